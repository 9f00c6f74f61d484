"""Rule options: a wrong type or value stops the run at the option's own file:line, naming what is allowed."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.checks import CHECK_OPTIONS
from linter.checks.options import option_problem
from linter.cli import main
from linter.config.toml_lines import key_lines, load_toml_table

ARTICLE = "Experts say that garlic cures the common cold.\n"
DOCS = "docs: {what: a, why: b, fix: c, bad: d, good: e, limits: f}\n"
STRENGTH_NAMES = "none, correlational, conditional, direct, absolute"
EVIDENCE_NAMES = "observational, preliminary, animal, in_vitro"

# (config text, line of the offending option, the message after "file:line: ")
TYPOS = {
    "kind": (
        "fail_on: error\nrules:\n  vague-attribution:\n    options: {kind: vauge}\n",
        4,
        "vague-attribution: option 'kind': 'vauge' is not one of: named, vague",
    ),
    "evidence": (
        "rules:\n  causal-overreach:\n    level: info\n    options:\n      paragraph: false\n"
        "      evidence:\n        - observatonal\n",
        6,
        f"causal-overreach: option 'evidence': 'observatonal' is not one of: {EVIDENCE_NAMES}",
    ),
    "min_strength": (
        "rules:\n  overstatement: warning\n  registry-overstated:\n    options:\n"
        "      min_strength: strongg\n",
        5,
        f"registry-overstated: option 'min_strength': 'strongg' is not one of: {STRENGTH_NAMES}",
    ),
}


def check(folder: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["check", "--no-cache", *args, str(folder / "a.md")])


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("option", sorted(TYPOS))
def test_a_misspelt_option_value_is_an_error_at_its_line(site: Path, option: str) -> None:
    text, line, message = TYPOS[option]
    config = site / ".healthlint.yaml"
    config.write_text(text, encoding="utf-8")
    result = check(site)
    assert result.exit_code == 2
    assert result.stderr == f"{config.resolve()}:{line}: {message}\n"


@pytest.mark.parametrize(
    ("toml", "line", "message"),
    [
        (
            '[tool.black]\nline-length = 99\n\n[tool.healthlint]\nfail_on = "error"\n'
            '[tool.healthlint.rules]\noverstatement = "off"\n'
            'vague-attribution = { options = { kind = "vauge" } }\n',
            8,
            TYPOS["kind"][2],
        ),
        (
            '[tool.healthlint.rules.causal-overreach]\nlevel = "info"\n'
            "[tool.healthlint.rules.causal-overreach.options]\nparagraph = true\n"
            'evidence = [\n  "animal",\n  "observatonal",\n]\n',
            5,
            TYPOS["evidence"][2],
        ),
        (
            '[project]\ndescription = """\n[tool.healthlint.rules]\nx = 1\n"""\n'
            '[tool.healthlint.rules.registry-overstated]\noptions.min_strength = "strongg"\n',
            7,
            TYPOS["min_strength"][2],
        ),
    ],
)
def test_pyproject_option_errors_name_their_line(
    site: Path, toml: str, line: int, message: str
) -> None:
    (site / "pyproject.toml").write_text(toml, encoding="utf-8")
    result = check(site)
    assert result.exit_code == 2
    assert result.stderr == f"{(site / 'pyproject.toml').resolve()}:{line}: {message}\n"


def test_an_option_in_an_extended_file_is_reported_there(site: Path) -> None:
    base = site / "base.yaml"
    base.write_text(
        "rules:\n  unsourced-statistic:\n    options:\n      kinds: [percnt]\n", "utf-8"
    )
    (site / ".healthlint.yaml").write_text("extends: base.yaml\nfail_on: never\n", "utf-8")
    result = check(site)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{base.resolve()}:4: unsourced-statistic: option 'kinds': ")
    assert "'percnt' is not one of: percent, fold, one-in-n, rate, ratio, count" in result.stderr


@pytest.mark.parametrize("how", ["off", "not selected"])
def test_a_bad_option_of_a_rule_that_does_not_run_still_stops(site: Path, how: str) -> None:
    level = "    level: off\n" if how == "off" else ""
    (site / ".healthlint.yaml").write_text(
        f"rules:\n  vague-attribution:\n{level}    options:\n      kind: vauge\n", "utf-8"
    )
    result = check(site, "--select", "overstatement")
    assert result.exit_code == 2 and "option 'kind': 'vauge'" in result.stderr


@pytest.mark.parametrize(
    ("options", "line", "message"),
    [
        ("  kind: vage\n", 5, "option 'kind': 'vage' is not one of: named, vague"),
        ("  kind: named\n  knd: vague\n", 6, "unknown option 'knd' (allowed: kind)"),
        ("  kind: [vague]\n", 5, "option 'kind' must be a string"),
    ],
)
def test_a_rule_pack_option_error_is_at_the_option_line(
    site: Path, options: str, line: int, message: str
) -> None:
    pack = site / "house.yaml"
    pack.write_text(
        "id: house-attribution\nlevel: warning\ncheck: attribution\noptions:\n"
        f"{options}message: unnamed\n{DOCS}",
        encoding="utf-8",
    )
    (site / ".healthlint.yaml").write_text("rule_packs: [house.yaml]\n", "utf-8")
    result = check(site)
    assert result.exit_code == 2
    assert result.stderr == f"{pack}:{line}: {message}\n"


@pytest.mark.parametrize(
    ("check_name", "key", "value", "problem"),
    [
        ("causal", "paragraph", "yes", "option 'paragraph' must be true or false"),
        ("causal", "evidence", "animal", "option 'evidence' must be a list"),
        ("causal", "evidence", [1], "option 'evidence': 1: items must be strings"),
        ("statistic", "kinds", ["percent", "ratios"], "option 'kinds': 'ratios' is not one of"),
        ("wording", "terms", ["(a+)+"], "option 'terms': '(a+)+': a repeat inside a repeat"),
        ("wording", "hedged_level", "loud", "option 'hedged_level': 'loud' is not one of"),
        (
            "registry-contradiction",
            "min_strength",
            "direct",
            "unknown option 'min_strength' (allowed: none)",
        ),
    ],
)
def test_wrong_types_and_values_are_named(check_name: str, key: str, value, problem: str) -> None:  # type: ignore[no-untyped-def]
    found = option_problem(CHECK_OPTIONS[check_name], key, value)
    assert found is not None and found.startswith(problem)


@pytest.mark.parametrize(
    ("check_name", "key", "value"),
    [
        ("wording", "hedged_level", "Info"),  # a level, matched as levels are everywhere
        ("causal", "evidence", []),
        ("registry-overstated", "min_strength", "conditional"),
        ("attribution", "kind", "vague"),
    ],
)
def test_allowed_values_pass(check_name: str, key: str, value) -> None:  # type: ignore[no-untyped-def]
    assert option_problem(CHECK_OPTIONS[check_name], key, value) is None


def test_every_default_is_an_allowed_value() -> None:
    for check_name, options in CHECK_OPTIONS.items():
        for key, option in options.items():
            assert option_problem(options, key, option.default) is None, (check_name, key)


def test_an_allowed_option_changes_what_runs(site: Path) -> None:
    (site / ".healthlint.yaml").write_text(
        "rules:\n  vague-attribution:\n    options: {kind: named}\n", encoding="utf-8"
    )
    named = check(site, "--select", "vague-attribution")
    (site / ".healthlint.yaml").unlink()
    vague = check(site, "--select", "vague-attribution")
    assert (named.exit_code, vague.exit_code) == (0, 1)


def test_toml_key_lines_follow_tables_dotted_keys_and_inline_tables() -> None:
    text = (
        "# a comment [not.a.table]\n"  # 1
        '[tool.other]\nnote = """\n[tool.healthlint]\nfail_on = 1\n"""\n'  # 2-6
        "list = ['a', # comment ]\n  'b']\n"  # 7-8
        "[tool.healthlint]\n"  # 9
        'include = ["a/**"]\n'  # 10
        '"quoted.key" = { a.b = 1, c = { d = 2 } }\n'  # 11
        "rules.overstatement = 'off'\n"  # 12
    )
    lines = key_lines(text)
    assert lines[("tool", "healthlint")] == 9
    assert lines[("tool", "healthlint", "include")] == 10
    assert lines[("tool", "healthlint", "quoted.key", "c", "d")] == 11
    assert lines[("tool", "healthlint", "rules", "overstatement")] == 12
    assert ("tool", "healthlint", "fail_on") not in lines
    table = load_toml_table(text, "tool", "healthlint")
    assert (table.line, table.line_of("include"), table["rules"].line_of("overstatement")) == (
        9,
        10,
        12,
    )
