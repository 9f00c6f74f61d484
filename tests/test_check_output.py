"""How `check` reports (issue 17, items 3, 9, 10 and 11): context in the text, colour, input
errors and paths in every format, several formats at once, the GitHub step summary, --quiet,
--statistics and the progress bar. Sentences are our own."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli.check_output import CheckProgress, shown_path, use_color, wants_progress
from linter.cli.main import main
from linter.run.session import Session
from linter.run.settings import Overrides

HYPE = "# Tea\n\nThis tea cures arthritis, and research shows that it helps.\n"
REGISTRY = "# Turmeric\n\nTurmeric is a miracle cure for inflammation.\n"
ANSI = "\x1b["


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    (tmp_path / "a.md").write_text(HYPE, encoding="utf-8")
    return tmp_path


def check(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["check", "--no-cache", "--jobs", "1", *args], env=env)


# --- item 3: context, the registry's link, colour, HTML positions ---------------------------


def test_text_gives_the_registry_source_link(here: Path) -> None:
    (here / "t.md").write_text(REGISTRY, encoding="utf-8")
    out = check("t.md").stdout
    assert '  flagged: "a miracle cure"' in out
    assert "  source: https://www.nccih.nih.gov/health/turmeric (registry entry " in out


def test_html_findings_name_the_sentence_to_search_for(here: Path) -> None:
    page = "<html><body><p>Intro.</p><p>Research shows that this tea cures arthritis.</p></body></html>"
    (here / "export.html").write_text(page, encoding="utf-8")
    lines = check("export.html").stdout.splitlines()
    flagged = [line for line in lines if line.startswith("  flagged:")]
    assert flagged, lines
    assert all(
        'in the sentence that starts "Research shows that this tea cures arthritis."' in line
        for line in flagged
    )
    # Markdown has useful lines and columns: no sentence there.
    assert "in the sentence" not in check("a.md").stdout


@pytest.mark.parametrize(
    ("choice", "env", "tty", "expected"),
    [
        ("auto", {}, True, True),
        ("auto", {}, False, False),
        ("auto", {"NO_COLOR": "1"}, True, False),
        ("auto", {"NO_COLOR": ""}, True, True),  # set but empty: no-color.org says ignore it
        ("auto", {"FORCE_COLOR": "1"}, False, True),
        ("auto", {"TERM": "dumb"}, True, False),
        ("always", {"NO_COLOR": "1"}, False, True),  # the command line beats the environment
        ("never", {"FORCE_COLOR": "1"}, True, False),
    ],
)
def test_colour_follows_the_conventions(
    choice: str, env: dict[str, str], tty: bool, expected: bool
) -> None:
    stream = io.StringIO()
    stream.isatty = lambda: tty  # type: ignore[method-assign]
    assert use_color(choice, stream, env) is expected


def test_colour_reaches_the_terminal_only_when_asked(here: Path) -> None:
    assert ANSI not in check("a.md").stdout  # not a terminal
    assert ANSI in check("--color", "always", "a.md").stdout
    assert ANSI in check("a.md", env={"FORCE_COLOR": "1"}).stdout
    assert ANSI not in check("--color", "never", "a.md", env={"FORCE_COLOR": "1"}).stdout
    check("--color", "always", "--output-format", "text=out.txt", "a.md")
    assert ANSI not in (here / "out.txt").read_text(encoding="utf-8")  # never in a file


# --- item 9: input errors and paths in every format -----------------------------------------


def _reports(here: Path, *paths: str) -> dict[str, str]:
    formats = ("sarif", "junit", "gitlab", "rdjsonl", "json", "github", "concise")
    args = [f"--output-format={fmt}={fmt}.out" for fmt in formats]
    result = check("--quiet", *args, *paths)
    assert result.exit_code == 2 if "missing.md" in paths else result.exit_code == 1
    return {fmt: (here / f"{fmt}.out").read_text(encoding="utf-8") for fmt in formats}


def test_a_missing_file_fails_every_format(here: Path) -> None:
    out = _reports(here, "a.md", "missing.md")
    suite = ET.fromstring(out["junit"].encode())
    assert suite.get("errors") == "1"
    error = suite.find(".//testcase[@classname='missing.md']/error")
    assert error is not None and "no such file" in (error.get("message") or "")
    invocation = json.loads(out["sarif"])["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error"
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "missing.md"
    gitlab = [i for i in json.loads(out["gitlab"]) if i["check_name"] == "input-error"]
    assert gitlab[0]["location"]["path"] == "missing.md" and gitlab[0]["severity"] == "blocker"
    rd = [json.loads(line) for line in out["rdjsonl"].splitlines()]
    assert {"path": "missing.md"} in [d["location"] for d in rd if d["severity"] == "ERROR"]
    assert "::error file=missing.md,title=input-error::no such file or directory" in out["github"]
    assert json.loads(out["json"])["errors"][0]["path"] == "missing.md"


def test_a_clean_run_says_it_succeeded(here: Path) -> None:
    (here / "ok.md").write_text("# Tea\n\nTea is a drink.\n", encoding="utf-8")
    result = check("--format", "sarif", "ok.md")
    assert json.loads(result.stdout)["runs"][0]["invocations"] == [{"executionSuccessful": True}]


@pytest.mark.parametrize("form", ["./a.md", "absolute"])
def test_paths_are_the_same_in_every_format(here: Path, form: str) -> None:
    path = str(here / "a.md") if form == "absolute" else form
    out = _reports(here, path)
    assert (
        json.loads(out["sarif"])["runs"][0]["results"][0]["locations"][0]["physicalLocation"][
            "artifactLocation"
        ]["uri"]
        == "a.md"
    )
    assert {i["location"]["path"] for i in json.loads(out["gitlab"])} == {"a.md"}
    assert {f["path"] for f in json.loads(out["json"])["findings"]} == {"a.md"}
    assert all("file=a.md," in line for line in out["github"].splitlines())
    assert all(line.startswith("a.md:") for line in out["concise"].splitlines())
    assert ET.fromstring(out["junit"].encode()).find(".//testcase").get("classname") == "a.md"


def test_a_path_outside_the_current_folder_stays_absolute(tmp_path: Path) -> None:
    assert shown_path(str(tmp_path / "x" / "a.md"), str(tmp_path / "y")) == str(
        tmp_path / "x" / "a.md"
    )
    assert shown_path(str(tmp_path / "y" / "a.md"), str(tmp_path / "y")) == "a.md"
    assert shown_path("./content//a.md") == "content/a.md"


# --- item 10: several formats, the step summary, --quiet, --statistics ----------------------


def test_several_formats_from_one_run(here: Path) -> None:
    result = check("--output-format", "sarif=out.sarif", "--output-format", "text", "a.md")
    assert result.exit_code == 1
    assert result.stdout.startswith("a.md:3:")
    assert json.loads((here / "out.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]


def test_files_only_leave_the_text_on_standard_output(here: Path) -> None:
    result = check("--output-format", "junit=out.xml", "a.md")
    assert result.stdout.startswith("a.md:3:")
    assert ET.fromstring((here / "out.xml").read_bytes()).get("failures") == "2"


def test_bad_output_formats_are_refused_before_the_run(here: Path) -> None:
    two = check("--output-format", "json", "--output-format", "text", "a.md")
    assert two.exit_code == 2 and "both go to standard output" in two.output
    unknown = check("--output-format", "sarf=x", "a.md")
    assert unknown.exit_code == 2 and "unknown format 'sarf'" in unknown.output
    nowhere = check("--output-format", "sarif=no/such/folder/out.sarif", "a.md")
    assert nowhere.exit_code == 2 and "no such folder" in nowhere.output
    # An explicit --format is standard output's too: an --output-format without =FILE that
    # took its place would drop it without a word.
    lost = check("--format", "github", "--output-format", "sarif", "a.md")
    assert lost.exit_code == 2 and "--format github and --output-format sarif" in lost.output
    same = check("--format", "json", "--output-format", "json", "a.md")
    assert same.exit_code == 1 and json.loads(same.stdout)["findings"]


def test_github_format_writes_every_finding_to_the_step_summary(here: Path) -> None:
    many = "\n\n".join(f"Tea number {i} cures arthritis." for i in range(15)) + "\n"
    (here / "many.md").write_text(many, encoding="utf-8")
    summary = here / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    result = check("--format", "github", "many.md", env={"GITHUB_STEP_SUMMARY": str(summary)})
    annotations = result.stdout.splitlines()
    assert len(annotations) == 15
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## healthlint")  # appended, as GitHub expects
    rows = [line for line in text.splitlines() if line.startswith("| many.md:")]
    assert len(rows) == 15
    assert "| overstatement | 15 | error |" in text


def test_no_step_summary_without_the_github_format(here: Path) -> None:
    summary = here / "summary.md"
    check("a.md", env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert not summary.exists()


def test_quiet_prints_only_the_findings(here: Path) -> None:
    loud = check("--format", "concise", "a.md").stdout.splitlines()
    quiet = check("--format", "concise", "--quiet", "a.md").stdout.splitlines()
    assert loud[-1].startswith("Found 2 problems") and quiet == loud[:-1]
    (here / "ok.md").write_text("Tea is a drink.\n", encoding="utf-8")
    assert check("-q", "ok.md").stdout == ""


def test_statistics_count_findings_per_rule(here: Path) -> None:
    (here / "b.md").write_text("This pill cures gout. That herb cures acne.\n", encoding="utf-8")
    lines = check("--statistics", "a.md", "b.md").stdout.splitlines()
    assert lines[0].split()[:2] == ["3", "overstatement"]
    assert lines[1].split() == ["1", "vague-attribution", "[warning]"]
    assert lines[-1].startswith("Found 4 problems")
    stats = json.loads(check("--statistics", "--format", "json", "a.md", "b.md").stdout)
    assert stats["statistics"][0]["rule"] == "overstatement"
    assert stats["statistics"][0]["count"] == 3


# --- item 11: the progress bar --------------------------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_for_a_person(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    assert wants_progress(False, _Terminal())
    assert not wants_progress(True, _Terminal())  # --quiet
    assert not wants_progress(False, io.StringIO())  # a pipe or a log
    monkeypatch.setenv("CI", "true")
    assert not wants_progress(False, _Terminal())


def test_progress_bar_counts_every_file_of_a_big_run(tmp_path: Path) -> None:
    for i in range(12):
        (tmp_path / f"a{i}.md").write_text(f"Tea {i} is a drink.\n", encoding="utf-8")
    calls: list[tuple[int, int]] = []
    Session(Overrides()).lint_paths([tmp_path], progress=lambda d, t, p: calls.append((d, t)))
    assert calls == [(i, 12) for i in range(1, 13)]
    terminal = _Terminal()
    bar = CheckProgress(terminal)
    for i in range(1, 13):
        bar(i, 12, "x.md")
    bar.finish()
    assert "Checking" in terminal.getvalue() and "12/12" in terminal.getvalue()
    few = _Terminal()
    small = CheckProgress(few)
    small(1, 3, "x.md")
    small.finish()
    assert few.getvalue() == ""  # three files: no bar to flash
