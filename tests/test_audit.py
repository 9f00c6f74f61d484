"""`healthlint audit`: the API, the three report formats, escaping and the command's exit codes."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.errors import InputError
from linter.report.audit import render_html, render_json, render_markdown
from linter.report.audit.markdown import cell
from linter.report.audit.summary import claim_key
from linter.run.audit import AuditResult, audit_paths, write_report
from linter.run.settings import Overrides

SCRIPT = "<script>alert(1)</script>"
ARTICLES = {
    "a.md": "# Yoga\n\nResearch shows that yoga cures back pain.\n\n"
    "A study published in The Lancet found that 40% of patients improved.\n\n"
    "The clinic is open on weekdays.\n",
    "b.txt": f"Some sites say {SCRIPT} cures everything.\n",
    "clean.md": "The clinic is open on weekdays.\n",
    "sourced.md": "Yoga may ease back pain ([review](https://example.org/review)).\n",
}
# A registry of our own, so that no test depends on the built-in one.
REGISTRY = """\
- id: example-yoga-back-pain
  statement: Yoga may ease chronic low back pain a little (an invented test entry).
  about:
    intervention: [yoga]
    condition: [back pain]
  evidence: {level: rct, size: 100}
  max_strength: conditional
  sources:
    - {url: "https://example.org/review", year: 2020}
  reviewed: 2024-01-01
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("site")
    for name, text in ARTICLES.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / "broken.md").write_bytes(b"\x00\x01\x02 not text")
    (root.parent / "registry.yaml").write_text(REGISTRY, encoding="utf-8")
    return root


def overrides(site: Path) -> Overrides:
    return Overrides(claims=(site.parent / "registry.yaml",), builtin_claims=False)


@pytest.fixture(scope="module")
def result(site: Path) -> AuditResult:
    return audit_paths([site], overrides(site))


def test_errors_are_kept_and_the_other_files_audited(result: AuditResult, site: Path) -> None:
    assert [e.path for e in result.errors] == [str(site / "broken.md")]
    assert "binary" in str(result.errors[0])
    assert sorted(Path(p).name for p in result.paths) == sorted(ARTICLES)
    assert result.files == len(ARTICLES)


def test_progress_is_called_once_per_file(site: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    audit_paths([site], overrides(site), progress=lambda *call: calls.append(call))
    assert [(done, total) for done, total, _ in calls] == [(i, 5) for i in range(1, 6)]


def test_json_report_structure_and_counts(result: AuditResult, site: Path) -> None:
    report = json.loads(render_json(result))
    assert set(report) == {"summary", "findings", "claims", "errors"}
    summary = report["summary"]
    assert summary["files"] == 4
    assert summary["input_errors"] == 1
    assert summary["findings"] == len(report["findings"]) == len(result.findings)
    assert sum(summary["findings_by_level"].values()) == summary["findings"]
    assert summary["files_with_findings"] == 2  # a.md and b.txt
    assert summary["claims"] == len(report["claims"]) == len(result.claims)
    rules = {row["rule"]: row for row in summary["by_rule"]}
    assert rules["overstatement"]["total"] == 2 and rules["overstatement"]["files"] == 2
    assert all(row["description"] for row in summary["by_rule"])
    scores = [row["score"] for row in summary["by_file"]]
    assert scores == sorted(scores, reverse=True)
    assert summary["by_file"][0]["path"] == str(site / "a.md")  # two warnings, an error
    assert report["errors"][0]["path"] == str(site / "broken.md")
    assert report["findings"][0].keys() >= {"rule", "level", "path", "line", "column"}
    texts = {c["text"]: c for c in report["claims"]}
    cure = texts["Research shows that yoga cures back pain."]
    assert cure["strength"] == "absolute" and cure["line"] == 3
    assert set(cure["rules"]) == {"vague-attribution", "overstatement"}
    assert cure["registry_reference"] == "example-yoga-back-pain"
    sourced = texts["Yoga may ease back pain ([review](https://example.org/review))."]
    assert sourced["sources"] == ["link: https://example.org/review"]
    assert sourced["rules"] == []
    assert "The clinic is open on weekdays." not in texts  # no claim, not inventoried


def test_markdown_has_the_tables(result: AuditResult) -> None:
    text = render_markdown(result)
    for heading in ("## Totals", "## Findings by rule", "## Files, worst first"):
        assert heading in text
    assert "## Claim inventory" in text and "## Files that could not be read" in text
    assert "| Rule | Level | Findings |" in text
    assert "| Where | Claim | Strength | Attributions | Sources |" in text
    assert "&lt;script&gt;alert\\(1\\)&lt;/script&gt;" in text
    assert SCRIPT not in text
    assert cell("a|b\n c <x>") == "a\\|b c &lt;x&gt;"


class _Checker(HTMLParser):
    """Every element closed in order (void elements aside); tags and attributes collected."""

    VOID = frozenset({"meta", "input", "br", "wbr", "img", "hr", "link"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()


def page_data(page: str) -> dict[str, list]:
    """The data chunks embedded in a self-contained page, by kind, rows concatenated."""
    data: dict[str, list] = {}
    for kind, _, text in re.findall(
        r'<script type="application/json" id="hl-(claims|files|findings)-(\d+)">(.*?)</script>',
        page,
    ):
        chunk = json.loads(text)
        if kind == "findings":
            data.setdefault(kind, []).append(chunk)
        else:
            data.setdefault(kind, []).extend(chunk)
    return data


def test_html_is_well_formed_escaped_and_self_contained(result: AuditResult) -> None:
    page = render_html(result)
    checker = _Checker()
    checker.feed(page)
    checker.close()
    assert checker.stack == []
    # The article's text reaches the page only as JSON with "<" escaped: it cannot end a script.
    assert SCRIPT not in page and "\\u003cscript>alert(1)\\u003c/script>" in page
    scripts = [attrs for tag, attrs in checker.tags if tag == "script"]
    assert all(s == {} or s.get("type") == "application/json" for s in scripts)
    assert scripts[-1] == {}  # our own inline script, last
    assert not any(tag == "link" for tag, _ in checker.tags)
    assert not any("src" in attrs for _, attrs in checker.tags)
    data = page_data(page)
    assert {row[0] for row in data["claims"]} == {claim_key(c) for c in result.claims}
    texts = {row[1] for row in data["claims"]}
    assert f"Some sites say {SCRIPT} cures everything." in texts
    assert 'id="inventory-table"' in page and 'id="f-text"' in page
    assert "example-yoga-back-pain" in page


def test_claim_key_names_file_line_and_text(result: AuditResult) -> None:
    keys = [claim_key(c) for c in result.claims]
    assert len(set(keys)) == len(keys)
    assert keys[0].startswith(f"{result.claims[0].path}:{result.claims[0].line}:")


def test_cli_writes_each_format_and_exits_2_on_an_unreadable_file(
    site: Path, tmp_path: Path
) -> None:
    registry = str(site.parent / "registry.yaml")
    for name in ("report.html", "report.md", "report.json"):
        out = tmp_path / name
        run = CliRunner().invoke(
            main, ["audit", str(site), "-o", str(out), "--no-builtin-claims", "--claims", registry]
        )
        assert run.exit_code == 2, run.output
        assert "broken.md: binary file" in run.stderr
        assert run.stdout.startswith("Audited 4 files:") and f"wrote {out}" in run.stdout
        assert out.stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html", "report.json", "report.md"]


def test_cli_exit_codes_follow_fail_on(site: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "r.json")
    args = ["audit", str(site / "a.md"), "-o", out, "--no-builtin-claims"]
    assert CliRunner().invoke(main, args).exit_code == 1
    assert CliRunner().invoke(main, [*args, "--fail-on", "never"]).exit_code == 0
    clean = ["audit", str(site / "clean.md"), "-o", out, "--no-builtin-claims"]
    assert CliRunner().invoke(main, clean).exit_code == 0


def test_cli_unknown_extension_is_a_usage_error(site: Path, tmp_path: Path) -> None:
    run = CliRunner().invoke(main, ["audit", str(site), "-o", str(tmp_path / "report.txt")])
    assert run.exit_code == 2
    assert ".html" in run.stderr and not (tmp_path / "report.txt").exists()


def test_cli_bad_rule_id_is_one_line_exit_2(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    run = CliRunner().invoke(main, ["audit", str(site), "-o", str(out), "--select", "no-such"])
    assert run.exit_code == 2 and "unknown rule id 'no-such'" in run.stderr
    assert not out.exists()


def test_write_report_replaces_atomically(tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    write_report(out, "old\n")
    write_report(out, "new\n")
    assert out.read_text(encoding="utf-8") == "new\n"
    assert [p.name for p in tmp_path.iterdir()] == ["r.md"]
    with pytest.raises(InputError, match="cannot write the report"):
        write_report(tmp_path / "missing" / "r.md", "x")


def test_json_and_markdown_name_the_run(result: AuditResult, site: Path) -> None:
    summary = json.loads(render_json(result))["summary"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", summary["date"])
    assert summary["sources"] == [str(site)] and summary["baseline"] == ""
    text = render_markdown(result)
    assert f"| Date | {summary['date']} |" in text
    assert "| Config | built-in defaults " in text


def test_markdown_counts_agree_with_their_nouns(tmp_path: Path) -> None:
    # "1 files audited", "(1 errors, ...)": the report's prose said what the CLI line did not.
    (tmp_path / "one.md").write_text("Research shows that zinc is a miracle cure.\n")
    text = render_markdown(audit_paths([str(tmp_path)], Overrides()))
    assert "1 file audited with healthlint" in text
    assert "| Findings | 2 \\(1 error, 1 warning, 0 info\\) |" in text
    page = render_html(audit_paths([str(tmp_path)], Overrides()))
    assert '<b>1</b><span class="muted">file audited</span>' in page
    assert '<b>1</b><span class="muted">error</span>' in page
    assert '<b>0</b><span class="muted">info</span>' in page
