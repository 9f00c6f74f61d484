"""One phrase, one line: a rule's `supersedes:` list, as the engine applies it (issue 17, item 12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter import lint_text
from linter.checks.rules import load_rules
from linter.engine import Engine, supersede
from linter.errors import ConfigError
from linter.findings import Finding, Level

HYPE = "Ginger tea is proven to ease nausea."


def _finding(rule: str, column: int, end: int, level: Level = Level.WARNING, **kw: str) -> Finding:
    return Finding(
        path=kw.get("path", "a.md"),
        line=1,
        column=column,
        rule=rule,
        level=level,
        message=rule,
        end_line=1,
        end_column=end,
        text="x",
        sentence=kw.get("sentence", "s1"),
    )


def test_bundled_rules_say_who_owns_each_shared_phrase() -> None:
    rules = load_rules()
    assert "vague-attribution" in rules["overstatement"].supersedes
    assert {"overstatement", "vague-attribution"} <= set(rules["registry-overstated"].supersedes)
    assert "unsourced-citation" in rules["registry-source-mismatch"].supersedes


def test_only_overlapping_words_of_the_same_sentence_are_merged() -> None:
    rules = load_rules()
    owner = _finding("overstatement", 10, 20, Level.ERROR)
    overlapping = _finding("vague-attribution", 5, 12)
    apart = _finding("vague-attribution", 1, 5)
    other_sentence = _finding("vague-attribution", 12, 14, sentence="s2")
    other_file = _finding("vague-attribution", 12, 14, path="b.md")
    kept = supersede([owner, overlapping, apart, other_sentence, other_file], rules)
    assert kept == [owner, apart, other_sentence, other_file]


def test_the_finding_kept_takes_the_higher_level() -> None:
    rules = load_rules()
    owner = _finding("registry-overstated", 3, 9, Level.WARNING)
    hype = _finding("overstatement", 5, 9, Level.ERROR)
    (kept,) = supersede([owner, hype], rules)
    assert (kept.rule, kept.level) == ("registry-overstated", Level.ERROR)


def test_a_rule_that_does_not_run_supersedes_nothing() -> None:
    rules = {k: v for k, v in load_rules().items() if k != "overstatement"}
    lower = _finding("vague-attribution", 5, 12)
    assert supersede([_finding("overstatement", 10, 20), lower], rules) == [
        _finding("overstatement", 10, 20),
        lower,
    ]


def test_engine_shows_one_line_for_one_phrase() -> None:
    findings = lint_text(HYPE, "a.md", engine=Engine(select=["overstatement", "vague-attribution"]))
    assert [f.rule for f in findings] == ["overstatement"]


def test_disabling_the_owner_on_a_line_shows_the_other_rule() -> None:
    text = f"<!-- healthlint-disable-next-line overstatement -->\n{HYPE}\n"
    findings = lint_text(text, "a.md", engine=Engine(select=["overstatement", "vague-attribution"]))
    assert [f.rule for f in findings] == ["vague-attribution"]


def _pack(tmp_path: Path, supersedes: str) -> Path:
    pack = tmp_path / "pack.yaml"
    good = load_rules()["overstatement"].docs
    docs = "\n".join(f"  {k}: {str(good[k])!r}" for k in ("what", "why", "fix", "bad", "good"))
    pack.write_text(
        "id: my-rule\nlevel: warning\ncheck: wording\nmessage: 'x'\n"
        f"supersedes: {supersedes}\ndocs:\n{docs}\n  limits: none\n",
        encoding="utf-8",
    )
    return pack


def test_an_unknown_id_in_supersedes_is_an_error_at_its_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_rules((_pack(tmp_path, "[overstatment]"),))
    assert caught.value.line == 5
    assert "did you mean 'overstatement'" in str(caught.value)


def test_supersedes_must_be_a_list_of_ids(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="list of rule ids"):
        load_rules((_pack(tmp_path, "overstatement"),))


def test_a_cycle_of_supersedes_is_refused(tmp_path: Path) -> None:
    pack = _pack(tmp_path, "[overstatement]")
    text = pack.read_text(encoding="utf-8").replace("id: my-rule", "id: vague-attribution")
    pack.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match="supersedes itself"):
        load_rules((pack,))
