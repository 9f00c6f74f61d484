"""The language server's parts without a server: positions, edits, the allow list, the cache."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pygls")

from linter.config.files import load_config
from linter.documents import parse_text
from linter.engine import Engine
from linter.errors import ConfigError
from linter.findings import Finding, Level
from linter.lsp.actions import disable_next_line_edit, flagged_phrase
from linter.lsp.allow_list import add_to_allow_list, toml_with_entry, yaml_with_entry
from linter.lsp.positions import UTF8, UTF32, LineIndex
from linter.lsp.projects import CachedReader, Projects

# -- positions -------------------------------------------------------------------------------


def test_utf16_counts_an_emoji_as_two_units() -> None:
    text = "a🍵é b\nx"
    index = LineIndex(text)
    b = text.index("b")
    assert index.position(b) == (0, 5)  # a, two for the emoji, é, space
    assert index.offset_at(0, 5) == b
    assert LineIndex(text, UTF8).position(b) == (0, 8)  # 1 + 4 + 2 + 1 bytes
    assert LineIndex(text, UTF32).position(b) == (0, 4)
    assert index.position(text.index("x")) == (1, 0)


def test_our_columns_to_lsp_positions_through_every_line_ending() -> None:
    # healthlint breaks lines at \n only; LSP at \r\n, \r and \n.
    text = "one\r\ntwo 🍵 three\rfour\n"
    index = LineIndex(text)
    three = text.index("three")
    line, column = 2, three - text.index("two") + 1  # healthlint: "two..." is line 2
    assert index.offset_of(line, column) == three
    assert index.position(three) == (1, 7)  # LSP: line 1, "two " + emoji (2) + " "
    four = text.index("four")
    assert index.position(four) == (2, 0)  # the lone \r is a line break to LSP
    assert index.offset_at(2, 0) == four
    assert index.offset_at(1, 99) == text.index("\rfour")  # past the end: the line's end
    assert index.offset_at(9, 0) == len(text)


def test_a_position_inside_a_surrogate_pair_rounds_to_the_character() -> None:
    index = LineIndex("🍵x")
    assert index.offset_at(0, 1) == 1  # inside the emoji: after it
    assert index.offset_at(0, 2) == 1


# -- the disable-next-line edit --------------------------------------------------------------


def finding(line: int, column: int = 1, rule: str = "overstatement") -> Finding:
    return Finding("a.md", line, column, rule, Level.ERROR, "m", line, column + 1, "x")


def apply(text: str, path: str, f: Finding) -> str:
    edit = disable_next_line_edit(text, path, f)
    return text[: edit.start] + edit.text + text[edit.end :]


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        # After a blank line: a comment line of its own.
        (
            "Intro.\n\nTea cures.\n",
            3,
            "Intro.\n\n<!-- healthlint-disable-next-line overstatement -->\nTea cures.\n",
        ),
        # In the middle of a paragraph: at the end of the line before, so nothing is split.
        (
            "Tea is\ngreat and cures.\n",
            2,
            "Tea is <!-- healthlint-disable-next-line overstatement -->\ngreat and cures.\n",
        ),
        # Before a hard line break, which must stay at the end of the line.
        (
            "Tea is\\\ngreat and cures.\n",
            2,
            "Tea is <!-- healthlint-disable-next-line overstatement -->\\\ngreat and cures.\n",
        ),
        # A list item after a blank line: indented as the item's text, so the list goes on.
        (
            "- one\n\n- tea cures\n",
            3,
            "- one\n\n  <!-- healthlint-disable-next-line overstatement -->\n- tea cures\n",
        ),
        # After a code fence: a line of its own (the fence line must stay as it is).
        (
            "```\ncode\n```\nTea cures.\n",
            4,
            "```\ncode\n```\n<!-- healthlint-disable-next-line overstatement -->\nTea cures.\n",
        ),
        # The first line.
        ("Tea cures.\n", 1, "<!-- healthlint-disable-next-line overstatement -->\nTea cures.\n"),
        # A directive already there for another rule: this rule is added to it.
        (
            "<!-- healthlint-disable-next-line vague-attribution -->\nTea cures.\n",
            2,
            "<!-- healthlint-disable-next-line vague-attribution, overstatement -->\nTea cures.\n",
        ),
        # CRLF stays CRLF.
        (
            "Intro.\r\n\r\nTea cures.\r\n",
            3,
            "Intro.\r\n\r\n<!-- healthlint-disable-next-line overstatement -->\r\nTea cures.\r\n",
        ),
    ],
)
def test_disable_next_line_edit(text: str, line: int, expected: str) -> None:
    assert apply(text, "a.md", finding(line)) == expected


def test_the_disable_edit_silences_exactly_that_finding(engine: Engine) -> None:
    text = "Research shows that tea\ncures colds. Research shows it\ncures gout.\n"
    findings = engine.lint(parse_text("a.md", text))
    target = next(f for f in findings if f.rule == "overstatement" and f.line == 2)
    edited = apply(text, "a.md", target)
    document = parse_text("a.md", edited)
    after = engine.lint(document)
    assert len(after) == len(findings) - 1
    assert not any(f.rule == "overstatement" and f.line == 2 for f in after)
    assert document.notes == []  # the directive is used


def test_in_html_the_directive_goes_on_the_line_above() -> None:
    text = "<p>Tea is\ngreat and cures.</p>\n"
    assert apply(text, "a.html", finding(2)) == (
        "<p>Tea is\n<!-- healthlint-disable-next-line overstatement -->\ngreat and cures.</p>\n"
    )


def test_the_flagged_phrase_leaves_the_markup_out() -> None:
    text = "Tea *really\ncures* colds.\n"
    document = parse_text("a.md", text)
    start, end = text.index("really"), text.index("cures") + len("cures")
    assert flagged_phrase(document, start, end, "fallback") == "really cures"
    assert flagged_phrase(None, 0, 1, " a\nb ") == "a b"


# -- the allow list --------------------------------------------------------------------------


def test_the_allow_list_goes_to_the_accept_file_when_there_is_one(tmp_path: Path) -> None:
    (tmp_path / "accept.txt").write_text("one", encoding="utf-8")  # no final newline
    config_file = tmp_path / ".healthlint.yaml"
    config_file.write_text("accept_file: accept.txt\n", encoding="utf-8")
    config = load_config(config_file)
    written = add_to_allow_list("research\n shows", config, config_file, tmp_path)
    assert written == tmp_path / "accept.txt"
    assert written.read_text(encoding="utf-8") == "one\nresearch shows\n"
    assert config_file.read_text(encoding="utf-8") == "accept_file: accept.txt\n"


def test_the_allow_list_makes_a_config_where_there_is_none(tmp_path: Path) -> None:
    written = add_to_allow_list("Miracle Cure Tea", None, None, tmp_path)
    assert written == tmp_path / ".healthlint.yaml"
    assert load_config(written).accept == ("Miracle Cure Tea",)


def test_the_allow_list_in_pyproject(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[tool.healthlint]\nfail_on = "error"\n', encoding="utf-8")
    add_to_allow_list('a "quoted" phrase', load_config(pyproject), pyproject, tmp_path)
    assert load_config(pyproject).accept == ('a "quoted" phrase',)
    assert load_config(pyproject).fail_on == "error"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "# a comment\nrules:\n  overstatement: off\n",
        "accept:\n  - one\n  - two\nfail_on: error\n",
        "accept:\n- one\n",
        "accept: [one, two]\n",
        "accept: []\n",
        "accept:\nfail_on: error\n",
        "accept:  # ours\nfail_on: error\n",
        "accept: ~\n",
        "accept: one\n",
        "accept:\r\n  - one\r\n",
    ],
)
def test_yaml_allow_list_edits_keep_the_rest(text: str) -> None:
    import yaml

    new = yaml_with_entry(text, "it's “x” é")
    before = yaml.safe_load(text) or {}
    after = yaml.safe_load(new)
    old = before.pop("accept", None) or []
    assert sorted(after.pop("accept")) == sorted(
        [*([old] if isinstance(old, str) else old), "it's “x” é"]
    )
    assert after == before
    if "# " in text:
        assert text.split("\n")[0] in new  # comments stay


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[tool.black]\nline-length = 99\n",
        '[tool.healthlint]\nfail_on = "error"\n\n[tool.other]\nx = 1\n',
        '[tool.healthlint]\naccept = ["one"]\n',
        "[tool.healthlint]\naccept = []\n",
        '[tool.healthlint]\naccept = [\n  "one",\n]\n',
        "[tool.healthlint.rules]\noverstatement = 'off'\n",
    ],
)
def test_toml_allow_list_edits_keep_the_rest(text: str) -> None:
    import tomllib

    new = toml_with_entry(text, 'back\\slash "q"')
    assert 'back\\slash "q"' in tomllib.loads(new)["tool"]["healthlint"]["accept"]
    assert {k: v for k, v in tomllib.loads(new).items() if k != "tool"} == {
        k: v for k, v in tomllib.loads(text).items() if k != "tool"
    }


def test_a_config_that_cannot_be_edited_safely_is_refused() -> None:
    with pytest.raises(ConfigError):
        yaml_with_entry("- a list\n", "x")
    with pytest.raises(ConfigError):
        yaml_with_entry("accept: {a: b}\n", "x")


# -- the passage cache -----------------------------------------------------------------------


def test_the_passage_cache_gives_the_same_findings_and_reads_only_new_blocks(
    tmp_path: Path, engine: Engine
) -> None:
    text = "# Tea\n\nResearch shows tea cures colds.\n\nA study in The Lancet found 45% slept.\n"
    projects = Projects()
    path = str(tmp_path / "a.md")
    first = projects.check(path, text)
    assert first.findings == engine.lint(parse_text(path, text))
    read: list[str] = []
    reader = projects._passages  # shared by every engine of the server
    inner_passages = CachedReader._read

    def counting(self: CachedReader, blocks, fmt, processes=1):  # type: ignore[no-untyped-def]
        read.extend(b.text for b in blocks if (b.text, b.attachments, b.kind, fmt) not in reader)
        return inner_passages(self, blocks, fmt, processes)

    CachedReader._read = counting  # type: ignore[method-assign]
    try:
        changed = text.replace("cures colds", "cures gout")
        second = projects.check(path, changed)
    finally:
        CachedReader._read = inner_passages  # type: ignore[method-assign]
    assert read == ["Research shows tea cures gout."]
    assert second.findings == engine.lint(parse_text(path, changed))


def test_the_cache_shares_a_lead_in_source_with_its_list_after_an_edit(
    tmp_path: Path, engine: Engine
) -> None:
    # A list's lead-in sentence sources its items (linter/nlp/reader.py): the sharing spans
    # blocks, so it must hold when only one block is read again and the others come cached.
    text = (
        "Studies of sleep found these effects [(Lee, 2021)](https://doi.org/10.1000/x1).\n\n"
        "- 40% of adults slept longer.\n- 30% of adults woke less.\n\n"
        "Experts say 25% of people nap daily.\n"
    )
    projects = Projects()
    path = str(tmp_path / "a.md")
    assert projects.check(path, text).findings == engine.lint(parse_text(path, text))
    changed = text.replace("woke less", "woke up less")
    assert projects.check(path, changed).findings == engine.lint(parse_text(path, changed))


def test_a_project_is_rebuilt_when_its_files_change(tmp_path: Path) -> None:
    projects = Projects()
    path = str(tmp_path / "a.md")
    text = "Research shows tea cures colds.\n"
    assert {f.rule for f in projects.check(path, text).findings} == {
        "vague-attribution",
        "overstatement",
    }
    (tmp_path / ".healthlint.yaml").write_text("accept_file: ok.txt\n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("research shows\n", encoding="utf-8")
    assert {f.rule for f in projects.check(path, text).findings} == {"overstatement"}
    (tmp_path / "ok.txt").write_text("research shows\ntea cures colds\n", encoding="utf-8")
    assert projects.check(path, text).findings == []
    (tmp_path / ".healthlint.yaml").write_text("rules:\n  overstatment: off\n", encoding="utf-8")
    broken = projects.check(path, text)
    assert not broken.checked
    assert [(e.line, "did you mean 'overstatement'" in e.message) for e in broken.errors] == [
        (2, True)
    ]


def test_the_pipeline_is_built_once_for_every_project(tmp_path: Path) -> None:
    projects = Projects()
    for name, config in (("a", "extends: strict\n"), ("b", "rules:\n  overstatement: off\n")):
        (tmp_path / name).mkdir()
        (tmp_path / name / ".healthlint.yaml").write_text(config, encoding="utf-8")
        assert projects.check(str(tmp_path / name / "x.md"), "Tea cures colds.\n").checked
    readers = []
    for name in ("a", "b"):
        config_file = (tmp_path / name / ".healthlint.yaml").resolve()
        checker = projects.project(config_file).checker
        engine = checker.engine_for(checker.config_for(str(tmp_path / name / "x.md")))
        readers.append(engine.built().reader)  # type: ignore[attr-defined]
    assert isinstance(readers[0], CachedReader) and isinstance(readers[1], CachedReader)
    assert readers[0] is not readers[1] and readers[0].nlp is readers[1].nlp


def test_without_the_server_extra_the_command_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    from click.testing import CliRunner

    from linter.cli import main

    for name in [m for m in sys.modules if m.startswith("linter.lsp")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "pygls", None)  # as if not installed
    monkeypatch.setitem(sys.modules, "lsprotocol", None)
    result = CliRunner().invoke(main, ["server"])
    assert result.exit_code == 2
    assert "pip install 'healthlint[server]'" in result.stderr
