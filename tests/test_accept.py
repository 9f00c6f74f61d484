"""The project's allow list (`accept:` and `accept_file:`), honoured by every rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.config.accept import AcceptList

ARTICLE = """\
# Tea

Research shows that green tea cures colds.

A study published in The Lancet found that 45% of drinkers slept better.

Our tea is a miracle cure for tired mornings.
"""
# Without an allow list: (line, rule) of each finding.
ALL = {
    (3, "vague-attribution"),
    (3, "overstatement"),
    (5, "unsourced-citation"),
    (5, "unsourced-statistic"),
    (7, "overstatement"),
}


def run(folder: Path) -> tuple[int, set[tuple[int, str]], str]:
    result = CliRunner().invoke(
        main, ["check", "--no-cache", "--format", "json", str(folder / "a.md")]
    )
    findings = json.loads(result.stdout)["findings"] if result.stdout.startswith("{") else []
    return result.exit_code, {(f["line"], f["rule"]) for f in findings}, result.stderr


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def test_without_an_allow_list_every_finding_is_reported(site: Path) -> None:
    assert run(site)[1] == ALL


def test_an_accepted_phrase_silences_the_findings_it_covers_only(site: Path) -> None:
    (site / ".healthlint.yaml").write_text(
        "accept:\n  - a miracle cure for tired mornings\n", encoding="utf-8"
    )
    assert run(site)[1] == ALL - {(7, "overstatement")}


def test_an_accepted_sentence_silences_every_rule_in_it(site: Path) -> None:
    sentence = "A study published in The Lancet found that 45% of drinkers slept better."
    (site / ".healthlint.yaml").write_text(f'accept:\n  - "{sentence}"\n', encoding="utf-8")
    assert run(site)[1] == ALL - {(5, "unsourced-citation"), (5, "unsourced-statistic")}


def test_the_accept_file_one_entry_a_line(site: Path) -> None:
    (site / "accept.txt").write_text(
        "# words our house style allows\n\nresearch   SHOWS\n", encoding="utf-8"
    )
    (site / ".healthlint.yaml").write_text("accept_file: accept.txt\n", encoding="utf-8")
    assert run(site)[1] == ALL - {(3, "vague-attribution")}


def test_an_accept_file_in_pyproject(site: Path) -> None:
    (site / "words.txt").write_text("Miracle cure for tired mornings\n", encoding="utf-8")
    (site / "pyproject.toml").write_text(
        '[tool.healthlint]\naccept_file = "words.txt"\n', encoding="utf-8"
    )
    assert run(site)[1] == ALL - {(7, "overstatement")}


def test_a_phrase_inside_the_flagged_words_does_not_silence_them(site: Path) -> None:
    # "green tea" is accepted, but the flagged word is "cures": not covered.
    (site / ".healthlint.yaml").write_text("accept: [green tea, cure]\n", encoding="utf-8")
    assert run(site)[1] == ALL


def test_an_extending_config_adds_to_the_allow_list(site: Path) -> None:
    (site / "base.yaml").write_text("accept: [miracle cure for TIRED mornings]\n", encoding="utf-8")
    (site / ".healthlint.yaml").write_text(
        "extends: base.yaml\naccept: [research shows]\n", encoding="utf-8"
    )
    assert run(site)[1] == ALL - {(7, "overstatement"), (3, "vague-attribution")}


@pytest.mark.parametrize(
    ("config", "accept_txt", "where", "message"),
    [
        ("accept:\n  - fine\n  - 42\n", None, ".healthlint.yaml:3", "must be a string"),
        ("accept:\n  - '...'\n", None, ".healthlint.yaml:2", "must contain a word"),
        ("accept: {a: b}\n", None, ".healthlint.yaml:1", "accept must be a list"),
        ("\naccept_file: missing.txt\n", None, ".healthlint.yaml:2", "cannot read the accept"),
        ("accept_file: accept.txt\n", "fine\n\n--\n", "accept.txt:3", "must contain a word"),
    ],
)
def test_allow_list_errors_name_file_and_line(
    site: Path, config: str, accept_txt: str | None, where: str, message: str
) -> None:
    (site / ".healthlint.yaml").write_text(config, encoding="utf-8")
    if accept_txt is not None:
        (site / "accept.txt").write_text(accept_txt, encoding="utf-8")
    code, _, stderr = run(site)
    assert code == 2
    assert f"{(site / where.split(':')[0]).resolve()}:{where.split(':')[1]}: " in stderr
    assert message in stderr


def test_accept_list_matching_rules() -> None:
    accept = AcceptList(["miracle   cure", "don't know"])
    text = "Call it a Miracle\ncure, or a miracle cured; we don’t know."
    start = text.index("cure,")
    assert accept.covers(text, start, start + 4)  # case and white space do not matter
    cured = text.index("cured")
    assert not accept.covers(text, cured, cured + 5)  # whole words only
    know = text.index("know")
    assert accept.covers(text, know, know + 4)  # a curly apostrophe matches a straight one
    assert not accept.covers(text, 0, 4)  # "Call" is outside every entry
    assert not AcceptList()
