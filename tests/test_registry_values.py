"""Every invalid value in a claims file is `file:line: message` and exit 2, never a traceback."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter.cli import main
from linter.errors import ConfigError
from linter.registry.entries import Registry, validate_files

# An invented registry (two entries, every key used once), written for these tests.
VALID = """\
- id: kale-smoothie-memory
  statement: >-
    A small invented trial of 40 adults found a daily kale smoothie improved a word-recall
    score by 12% over eight weeks.
  about:
    intervention: [kale smoothie, kale smoothies]
    condition: [memory loss, forgetfulness]
    outcome: [word recall, recall score]
    comparator: [water]
  figures:
    - outcome: word recall
      value: 12
      unit: percent
      timeframe: 8 weeks
      population: adults, n=40
    - outcome: recall score
      range: [5, 9]
      unit: percent
  evidence:
    level: rct
    size: 40
  max_strength: conditional
  efficacy: uncertain
  status: experimental
  contested_by: [kale-smoothie-null]
  sources:
    - journal: Journal of Invented Results
      year: 2024
      first_author: Example
      doi: 10.1234/example.5678
      pmid: 12345678
      url: https://example.org/trial
  reviewed: 2026-11-25
  notes: Flag "proven".
- id: kale-smoothie-null
  statement: A second invented trial found no effect.
  about:
    intervention: [kale smoothie]
    condition: [any condition]
  evidence: {level: cohort}
  max_strength: none
  relation: unsupported
  sources:
    - {institution: Example Institute, nct: NCT01234567}
  reviewed: 2026-11-26
"""
LINES = VALID.splitlines()
# Lines that set a key (`key: value` or `- key: value`): the places a mutation may go.
KEYED = [i for i, line in enumerate(LINES) if re.match(r"\s*(?:- )?[a-z_]+:", line)]
# Values of every YAML kind, and the invalid values writers type: impossible dates, a date
# and time, numbers where text goes, text where numbers go, unknown enumeration values.
VALUES = [
    "2026-13-01", "2026-02-30", "2026-11-25 10:00:00", "5", "-3", "4.5", "true", "null", "~",
    "[]", "{}", "[1, 2]", "[9, 1]", "{a: 1}", "'text'", "not-a-level", "12:30", ".nan", "-.inf",
    "[x]", "[[1]]", "[null]", "[{}]", "{outcome: 1}", "''", "'   '", "0x1F", "2026-01-01",
]  # fmt: skip
LOCATION = re.compile(r"^(?P<path>.+?):(?P<line>\d+): \S")


def validate(runner: CliRunner, path: Path) -> tuple[int, list[str], str]:
    result = runner.invoke(main, ["claims", "validate", str(path)])
    return result.exit_code, result.stderr.splitlines(), result.stdout


def test_the_base_file_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(VALID, encoding="utf-8")
    assert validate(CliRunner(), path) == (0, [], "2 entries in 1 file: valid.\n")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("reviewed: 2026-11-25", "reviewed: 2026-13-01", "reviewed must be an ISO date"),
        ("reviewed: 2026-11-25", "reviewed: 2026-02-30", "reviewed must be an ISO date"),
        ("level: rct", "level: rtc", "evidence level must be one of"),
        ("size: 40", "size: forty", "evidence size must be a whole number"),
        ("size: 40", "size: true", "evidence size must be a whole number"),
        ("max_strength: conditional", "max_strength: [direct]", "max_strength ['direct'] is"),
        ("value: 12", "value: twelve", "value must be a number"),
        ("range: [5, 9]", "range: [9, 5]", "range must be [low, high]"),
        ("timeframe: 8 weeks", "timeframe: 8", "a figure's timeframe must be text"),
        ("contested_by: [kale-smoothie-null]", "contested_by: 5", "contested_by must be a list"),
        ("year: 2024", "year: [2024]", "a source's year must be text"),
        ("  figures:", "  figures: 3\n  old_figures:", "figures must be a list"),
    ],
)
def test_an_invalid_value_is_one_line_at_its_own_line(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(VALID.replace(old, new, 1), encoding="utf-8")
    code, errors, _ = validate(CliRunner(), path)
    line = VALID.splitlines().index(next(x for x in LINES if x.strip() == old.strip())) + 1
    assert code == 2
    assert any(e.startswith(f"{path}:{line}: {message}") for e in errors), errors
    assert all(LOCATION.match(e) for e in errors), errors


def test_check_reports_a_bad_date_as_a_line_not_an_internal_error(tmp_path: Path) -> None:
    claims = tmp_path / "claims.yaml"
    claims.write_text(VALID.replace("2026-11-25", "2026-13-01"), encoding="utf-8")
    article = tmp_path / "a.md"
    article.write_text("A kale smoothie cures memory loss.\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["check", "--no-cache", "--claims", str(claims), str(article)]
    )
    line = LINES.index("  reviewed: 2026-11-25") + 1
    assert result.exit_code == 2
    assert result.stderr == f"{claims}:{line}: reviewed must be an ISO date (YYYY-MM-DD)\n"


def test_every_problem_of_a_file_is_its_own_line_in_check(tmp_path: Path) -> None:
    claims = tmp_path / "claims.yaml"
    text = VALID.replace("level: rct", "level: rtc").replace("size: 40", "size: many")
    claims.write_text(text, encoding="utf-8")
    article = tmp_path / "a.md"
    article.write_text("Nothing to see.\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["check", "--no-cache", "--claims", str(claims), str(article)]
    )
    assert result.exit_code == 2
    errors = result.stderr.splitlines()
    assert [e.split(": ")[0] for e in errors] == [
        f"{claims}:{LINES.index('    level: rct') + 1}",
        f"{claims}:{LINES.index('    size: 40') + 1}",
    ]


mutations = st.lists(
    st.tuples(st.sampled_from(KEYED), st.sampled_from(VALUES)), min_size=1, max_size=3
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(mutations)
def test_a_mutated_registry_is_valid_or_exit_2_with_one_line_per_error(
    tmp_path: Path, changes: list[tuple[int, str]]
) -> None:
    lines = list(LINES)
    for index, value in changes:
        key = re.match(r"(\s*(?:- )?[a-z_]+:)", lines[index])
        assert key is not None
        lines[index] = f"{key.group(1)} {value}"
    path = tmp_path / "mutated.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, errors, out = validate(CliRunner(), path)
    assert "Traceback" not in "\n".join(errors) and "internal error" not in "\n".join(errors)
    if code == 0:
        assert errors == [] and out.endswith("valid.\n")
        entries, _ = validate_files([path])
        registry = Registry(entries)  # a valid file loads and matches without an error
        registry.match("a kale smoothie cures memory loss", frozenset())
        return
    assert code == 2, errors
    assert errors, "exit 2 with nothing said"
    assert len(errors) == len(set(errors)), "a problem said twice"
    for error in errors:
        found = LOCATION.match(error)
        assert found and found["path"] == str(path), error
        assert 1 <= int(found["line"]) <= len(lines), error
    # The API raises the same problems, as ConfigErrors, never another exception.
    _, problems = validate_files([path])
    assert [str(p) for p in problems] == errors
    assert all(isinstance(p, ConfigError) for p in problems)
