"""The CI output formats: SARIF, JUnit, GitHub annotations, GitLab Code Quality, rdjsonl."""

from __future__ import annotations

import dataclasses
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from linter.checks.rules import load_rules
from linter.cli import main
from linter.findings import Finding, Level
from linter.report import FORMATTERS, RunInfo
from linter.report.fingerprint import fingerprint, fingerprints, normalise_path

SCHEMAS = Path(__file__).resolve().parents[2] / "shared" / "schemas"
SARIF_SCHEMA = SCHEMAS / "sarif-schema-2.1.0.json"
GITHUB_LINE = re.compile(
    r"^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,"
    r"title=[^:]+::.+$"
)
AWKWARD = "100% sure, really: no\nsource <here> & \r\nthere"


def make(path: str, line: int, column: int, rule: str, level: Level, **kw: Any) -> Finding:
    text = kw.pop("text", "cures")
    return Finding(
        path=path,
        line=line,
        column=column,
        rule=rule,
        level=level,
        message=kw.pop("message", f"'{text}' overstates what any treatment can promise"),
        end_line=kw.pop("end_line", line),
        end_column=kw.pop("end_column", column + len(text)),
        text=text,
        **kw,
    )


MIRACLE = make("docs/a.md", 3, 5, "overstatement", Level.ERROR, text="«miracle» cure — ça")
FINDINGS = sorted(
    [
        MIRACLE,
        make(
            "docs/a.md",
            7,
            1,
            "vague-attribution",
            Level.WARNING,
            text="Research shows",
            message=AWKWARD,
            suggestion="Name the study",
        ),
        make("docs/a.md", 9, 12, "overstatement", Level.ERROR),
        make("docs/a.md", 14, 2, "overstatement", Level.ERROR),
        make(
            "./docs/ünï, cödé.md",
            1,
            40,
            "unsourced-statistic",
            Level.INFO,
            text="80%\nof people",
            end_line=2,
            end_column=10,
            registry_id="hsct-lupus",
        ),
    ]
)


@pytest.fixture(scope="module")
def run() -> RunInfo:
    return RunInfo(files=3, rules=load_rules(), version="0.1.0")


def test_every_format_is_a_choice_of_check() -> None:
    assert {"text", "json", "github", "sarif", "junit", "gitlab", "rdjsonl"} <= set(FORMATTERS)


# --- fingerprints -------------------------------------------------------------------------


def test_fingerprint_ignores_line_and_column() -> None:
    finding = MIRACLE
    moved = dataclasses.replace(
        finding, line=finding.line + 40, end_line=finding.end_line + 40, column=1, end_column=20
    )
    assert fingerprint(moved) == fingerprint(finding)
    assert fingerprints([moved]) == fingerprints([finding])


def test_fingerprint_changes_with_what_identifies_a_finding() -> None:
    finding = MIRACLE
    base = fingerprint(finding)
    assert re.fullmatch(r"[0-9a-f]{32}", base)
    assert fingerprint(dataclasses.replace(finding, rule="vague-attribution")) != base
    assert fingerprint(dataclasses.replace(finding, path="docs/b.md")) != base
    assert fingerprint(dataclasses.replace(finding, text="miracle")) != base
    assert fingerprint(dataclasses.replace(finding, message="other")) != base
    assert fingerprint(finding, context="It is a cure.") != base
    assert fingerprint(finding, occurrence=1) != base


def test_fingerprint_normalises_path_whitespace_and_case() -> None:
    finding = MIRACLE
    same = dataclasses.replace(
        finding, path="./docs//a.md", text="«Miracle»\n   cure —  ça", level=Level.WARNING
    )
    assert fingerprint(same) == fingerprint(finding)
    assert normalise_path(".\\docs\\a.md") == "docs/a.md"
    assert normalise_path("/abs/./a.md") == "/abs/a.md"


def test_identical_findings_are_numbered_in_document_order() -> None:
    cures = [f for f in FINDINGS if f.text == "cures"]
    assert len(cures) == 2
    prints = fingerprints(cures)
    assert len(set(prints)) == 2
    assert fingerprints(cures[::-1]) == prints[::-1]
    # Lines inserted above both: nothing changes.
    shifted = [dataclasses.replace(f, line=f.line + 3, end_line=f.end_line + 3) for f in cures]
    assert fingerprints(shifted) == prints


# --- SARIF --------------------------------------------------------------------------------


def sarif(run: RunInfo, findings: list[Finding] = FINDINGS) -> dict[str, Any]:
    return json.loads(FORMATTERS["sarif"](findings, run))


def validate_sarif(log: dict[str, Any]) -> None:
    if not SARIF_SCHEMA.exists():
        pytest.skip(f"no SARIF schema at {SARIF_SCHEMA}")
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]
    assert errors == []


def test_sarif_validates_against_the_schema(run: RunInfo) -> None:
    validate_sarif(sarif(run))
    validate_sarif(sarif(run, []))
    validate_sarif(sarif(RunInfo(files=0), FINDINGS))


def test_sarif_describes_every_rule_from_its_docs(run: RunInfo) -> None:
    [sarif_run] = sarif(run)["runs"]
    driver = sarif_run["tool"]["driver"]
    assert driver["name"] == "healthlint"
    assert driver["version"] == "0.1.0"
    assert "informationUri" not in driver
    rules = {r["id"]: r for r in driver["rules"]}
    assert set(rules) == set(run.rules)
    overstatement = rules["overstatement"]
    docs = run.rules["overstatement"].docs
    assert overstatement["name"] == "Overstatement"
    assert overstatement["defaultConfiguration"] == {"level": "error"}
    assert rules["vague-attribution"]["defaultConfiguration"] == {"level": "warning"}
    what = " ".join(docs["what"].split())
    # GitHub takes at most 1,024 characters: a longer description is clipped with an ellipsis.
    clipped = what if len(what) <= 1024 else what[:1023] + "…"
    assert overstatement["fullDescription"]["text"] == clipped
    assert len(overstatement["fullDescription"]["text"]) <= 1024
    assert overstatement["fullDescription"]["text"].startswith(
        overstatement["shortDescription"]["text"]
    )
    assert "health-writing" in overstatement["properties"]["tags"]
    for section in ("What it flags", "Why it matters", "How to fix it", "Flagged", "Not flagged"):
        assert f"## {section}" in overstatement["help"]["markdown"]
        assert section in overstatement["help"]["text"]
    assert " ".join(docs["bad"].split()) in overstatement["help"]["markdown"]


def test_sarif_results_point_at_the_findings(run: RunInfo) -> None:
    [sarif_run] = sarif(run)["runs"]
    rules = sarif_run["tool"]["driver"]["rules"]
    results = sarif_run["results"]
    assert sarif_run["columnKind"] == "unicodeCodePoints"
    assert len(results) == len(FINDINGS)
    for result, finding in zip(results, FINDINGS, strict=True):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == finding.rule
        assert (
            result["level"]
            == {"error": "error", "warning": "warning", "info": "note"}[str(finding.level)]
        )
        assert result["message"]["text"] == finding.message
        [location] = result["locations"]
        region = location["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"]) == (finding.line, finding.column)
        assert (region["endLine"], region["endColumn"]) == (finding.end_line, finding.end_column)
        assert region["snippet"]["text"] == finding.text
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert uris == {"docs/a.md", "docs/%C3%BCn%C3%AF%2C%20c%C3%B6d%C3%A9.md"}
    bases = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"] for r in results
    }
    assert bases == {"%SRCROOT%"}
    prints = [r["partialFingerprints"]["healthlint/v1"] for r in results]
    assert prints == fingerprints(FINDINGS)
    assert len(set(prints)) == len(prints)


def test_sarif_absolute_paths_are_file_uris(run: RunInfo) -> None:
    finding = dataclasses.replace(MIRACLE, path="/home/me/my notes.md")
    [result] = sarif(run, [finding])["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "file:///home/me/my%20notes.md"}


def test_sarif_without_rule_metadata_still_indexes_rules() -> None:
    log = sarif(RunInfo(files=1), FINDINGS)
    driver = log["runs"][0]["tool"]["driver"]
    assert "version" not in driver
    for result in log["runs"][0]["results"]:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]


# --- JUnit --------------------------------------------------------------------------------


def test_junit_has_a_failing_case_per_finding_and_counts_right(run: RunInfo) -> None:
    output = FORMATTERS["junit"](FINDINGS, run)
    assert output.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    root = ET.fromstring(output.encode("utf-8"))
    [suite] = root.findall("testsuite")
    assert suite.get("name") == "healthlint"
    cases = suite.findall("testcase")
    failing = [c for c in cases if c.find("failure") is not None]
    passing = [c for c in cases if c.find("failure") is None]
    assert len(failing) == len(FINDINGS)
    assert len(passing) == 1  # one of the three files had no findings
    assert "1 of 3 files" in passing[0].findtext("system-out", "")
    for node in (root, suite):
        assert node.get("tests") == str(len(cases))
        assert node.get("failures") == str(len(FINDINGS))
        assert node.get("errors") == "0"
    names = [(c.get("classname"), c.get("name")) for c in failing]
    assert len(set(names)) == len(names)
    for case, finding in zip(failing, FINDINGS, strict=True):
        [failure] = case.findall("failure")
        path = normalise_path(finding.path)
        assert case.get("classname") == path
        assert failure.get("type") == finding.rule
        # XML normalises a bare \r in text; attributes keep it as a character reference.
        assert failure.get("message") == finding.message
        assert f"{path}:{finding.line}:{finding.column}:" in (failure.text or "")
    assert [c.get("name") for c in failing if c.get("classname") == "docs/a.md"][-2:] == [
        "overstatement: cures",
        "overstatement: cures (2)",
    ]


def test_junit_with_no_findings_is_one_passing_case() -> None:
    root = ET.fromstring(FORMATTERS["junit"]([], RunInfo(files=2)))
    assert (root.get("tests"), root.get("failures")) == ("1", "0")


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        ("bell \x07 here", "bell \ufffd here"),
        ("a\x1fb\ud800c\ufffed\uffffe", "a\ufffdb\ufffdc\ufffdd\ufffde"),
        ("\x20é\ud7ff\ue000\ufffd\U0001f600", "\x20é\ud7ff\ue000\ufffd\U0001f600"),
    ],
)
def test_junit_drops_characters_xml_cannot_hold(run: RunInfo, message: str, kept: str) -> None:
    finding = dataclasses.replace(MIRACLE, message=message, text="nul\x00")
    root = ET.fromstring(FORMATTERS["junit"]([finding], run))
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None and failure.get("message") == kept


# --- GitHub workflow commands -------------------------------------------------------------


def test_github_lines_are_workflow_commands(run: RunInfo) -> None:
    output = FORMATTERS["github"](FINDINGS, run)
    lines = output.splitlines()
    assert len(lines) == len(FINDINGS)
    for line in lines:
        assert GITHUB_LINE.match(line), line
    awkward = next(line for line in lines if "vague-attribution" in line)
    assert awkward.endswith("::100%25 sure, really: no%0Asource <here> & %0D%0Athere")
    assert "file=docs/%C3" not in output  # properties are not URL-encoded, only escaped
    assert "file=./docs/ünï%2C cödé.md," in output  # as given: the command line normalises


# --- GitLab Code Quality ------------------------------------------------------------------


def test_gitlab_issues_have_the_required_keys(run: RunInfo) -> None:
    issues = json.loads(FORMATTERS["gitlab"](FINDINGS, run))
    assert isinstance(issues, list) and len(issues) == len(FINDINGS)
    for issue, finding in zip(issues, FINDINGS, strict=True):
        assert {"description", "check_name", "fingerprint", "severity", "location"} <= set(issue)
        assert issue["check_name"] == finding.rule
        assert issue["description"] == finding.message
        assert (
            issue["severity"]
            == {"error": "major", "warning": "minor", "info": "info"}[str(finding.level)]
        )
        assert issue["location"]["path"] == normalise_path(finding.path)
        assert issue["location"]["lines"]["begin"] == finding.line
    prints = [issue["fingerprint"] for issue in issues]
    assert len(set(prints)) == len(prints)
    assert json.loads(FORMATTERS["gitlab"]([], run)) == []


# --- reviewdog rdjsonl --------------------------------------------------------------------


def test_rdjsonl_is_one_diagnostic_a_line(run: RunInfo) -> None:
    output = FORMATTERS["rdjsonl"](FINDINGS, run)
    lines = output.splitlines()
    assert len(lines) == len(FINDINGS)
    for line, finding in zip(lines, FINDINGS, strict=True):
        diagnostic = json.loads(line)
        assert diagnostic["message"] == finding.message
        assert diagnostic["severity"] == str(finding.level).upper()
        assert diagnostic["code"] == {"value": finding.rule}
        assert diagnostic["source"] == {"name": "healthlint"}
        assert diagnostic["location"]["path"] == normalise_path(finding.path)
        assert diagnostic["location"]["range"] == {
            "start": {"line": finding.line, "column": finding.column},
            "end": {"line": finding.end_line, "column": finding.end_column},
        }
        assert "suggestions" not in diagnostic
    assert FORMATTERS["rdjsonl"]([], run) == ""


# --- end to end ---------------------------------------------------------------------------

ARTICLE = (
    "# Lupus\n\n"
    "A study published in The Lancet found that the pill cures arthritis.\n\n"
    "Research shows that tea helps.\n"
)


def parse_output(fmt: str, output: str) -> int:
    """Parse one format's output; return how many findings it reports."""
    if fmt in ("text", "concise"):
        assert output.splitlines()[-1].startswith("Found ")
        return len([line for line in output.splitlines()[:-1] if not line.startswith("  ")])
    if fmt == "json":
        return len(json.loads(output)["findings"])
    if fmt == "github":
        assert all(GITHUB_LINE.match(line) for line in output.splitlines())
        return len(output.splitlines())
    if fmt == "sarif":
        log = json.loads(output)
        validate_sarif(log) if SARIF_SCHEMA.exists() else None
        return len(log["runs"][0]["results"])
    if fmt == "junit":
        return int(ET.fromstring(output.encode("utf-8")).get("failures", "-1"))
    if fmt == "gitlab":
        return len(json.loads(output))
    assert fmt == "rdjsonl"
    return len([json.loads(line) for line in output.splitlines()])


@pytest.mark.parametrize("fmt", sorted(FORMATTERS))
def test_check_prints_every_format(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "article.md").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "--format", fmt, "article.md"])
    assert result.exit_code == 1, result.output
    assert parse_output(fmt, result.stdout) == 3
    if fmt in ("sarif", "gitlab", "rdjsonl"):
        assert "article.md" in result.stdout and str(tmp_path) not in result.stdout


def test_json_report_is_what_json_dumps_writes() -> None:
    """The JSON report writes each finding itself: byte for byte what json.dumps(indent=2)
    writes, for quotes, backslashes, control characters, non-ASCII text and nulls."""
    import json

    from linter.findings import Finding, Level
    from linter.report.json import format_json
    from linter.report.run_info import RunInfo

    odd = 'say "cure"\\\n\t\x01 é ✓ \u2028 end'
    findings = [
        Finding("a.md", 1, 2, "hype", Level.WARNING, odd, 1, 9, "cure"),
        Finding("b/ü.md", 30, 1, "x-rule", Level.ERROR, "m", 31, 4, odd, "use 'helps'", "R1"),
    ]
    run = RunInfo(files=2)
    expected = {"findings": [f.to_dict() for f in findings], "files": 2, "errors": []}
    assert format_json(findings, run) == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
    empty = {"findings": [], "files": 2, "errors": []}
    assert format_json([], run) == json.dumps(empty, ensure_ascii=False, indent=2) + "\n"


def test_the_summary_counts_info_as_the_audit_does() -> None:
    """'info' is a level's name, not a count noun: "2 info", as `audit` says, never "2 infos"."""
    from linter.report.text import summary

    info = next(f for f in FINDINGS if f.level == Level.INFO)
    warning = next(f for f in FINDINGS if f.level == Level.WARNING)
    infos = [dataclasses.replace(info, line=n) for n in (1, 2)]
    assert summary([warning, *infos], 3) == (
        "Found 3 problems (2 info, 1 warning) in 2 of 3 files."
    )
