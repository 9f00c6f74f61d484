"""The audit's HTML report from per-file results: grouping, chunks, links, CSV, escaping, CLI."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html import escape, unescape
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.errors import InputError
from linter.findings import Finding, Level
from linter.registry.entries import Entry
from linter.report.audit.html import html_parts, script_json, source_link
from linter.report.audit.html_assets import JS
from linter.report.audit.inventory import InventoryClaim
from linter.report.audit.model import AuditRun, FileAudit
from linter.report.audit.summary import claim_key
from linter.run.audit import AuditResult, apply_baseline, check_writable, write_html
from linter.run.baseline import load_baseline, write_baseline

COPIED = "Our tonic cures arthritis in a week."
HOSTILE = "Beetroot </script><script>alert(1)</script> cures <b>gout</b>."


def claim(path: str, line: int, text: str, **kw: object) -> InventoryClaim:
    values: dict[str, object] = {
        "strength": "absolute",
        "cues": ("cures",),
        "attributions": (),
        "sources": (),
        "figures": (),
        "registry": (),
        "registry_reference": None,
        "rules": (),
    }
    values.update(kw)
    return InventoryClaim(path=path, line=line, column=1, text=text, **values)  # type: ignore[arg-type]


def finding(path: str, line: int, rule: str = "overstatement", text: str = "cures") -> Finding:
    return Finding(
        path=path,
        line=line,
        column=12,
        rule=rule,
        level=Level.WARNING,
        message=f"{text!r} overstates the evidence",
        end_line=line,
        end_column=17,
        text=text,
    )


def site_files(pages: int = 3) -> list[FileAudit]:
    """`pages` pages that all carry one copied sentence, each with a sentence of its own."""
    files = []
    for i in range(pages):
        path = f"news/{2020 + i}/page-{i}.md"
        files.append(
            FileAudit(
                path,
                findings=(finding(path, 3),),
                claims=(
                    claim(path, 3, COPIED, rules=("overstatement",)),
                    claim(
                        path,
                        5,
                        f"Page {i} says garlic may lower blood pressure.",
                        strength="conditional",
                        cues=("may",),
                    ),
                ),
            )
        )
    return files


def run_header(**kw: object) -> AuditRun:
    values: dict[str, object] = {
        "version": "9.9.9",
        "date": "2026-12-03T15:00:00Z",
        "sources": ("content/",),
        "config": "healthlint.yaml",
    }
    values.update(kw)
    return AuditRun(**values)  # type: ignore[arg-type]


def chunks_of(page: str) -> dict[str, list]:
    """A self-contained page's data, by kind (claims and files rows; findings chunks)."""
    data: dict[str, list] = {"claims": [], "files": [], "findings": []}
    pattern = r'<script type="application/json" id="hl-(\w+)-(\d+)">(.*?)</script>'
    for kind, _, text in re.findall(pattern, page):
        rows = json.loads(text)
        data[kind] += [rows] if kind == "findings" else rows
    return data


def manifest_of(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="hl-manifest">(.*?)</script>', page)
    assert found
    return json.loads(found.group(1))


def only_page(files: list[FileAudit], run: AuditRun) -> str:
    parts = list(html_parts(files, run))
    assert [name for name, _ in parts] == [""]  # small: one self-contained page
    return parts[0][1]


def test_identical_claims_across_pages_are_one_row_with_every_page() -> None:
    files = site_files(3)
    rows = chunks_of(only_page(files, run_header()))["claims"]
    copied = [r for r in rows if r[1] == COPIED]
    assert len(copied) == 1
    assert copied[0][10] == [[f.path, 3] for f in files]  # every page, in order
    assert copied[0][0].startswith("same:") and copied[0][9] == ["overstatement"]
    own = [r for r in rows if r[1] != COPIED]
    assert len(own) == 3 and all(len(r[10]) == 1 for r in own)
    assert own[0][0] == claim_key(files[0].claims[1])  # a single sentence keeps its own key


def test_header_names_date_paths_config_version_and_baseline() -> None:
    page = only_page(site_files(1), run_header(baseline="base.json"))
    for fact in ("2026-12-03T15:00:00Z", "content/", "healthlint.yaml", "9.9.9", "base.json"):
        assert f"<dd>{fact}" in page
    default = only_page(site_files(1), run_header(config=""))
    assert "built-in defaults" in default


def test_untrusted_text_is_json_with_no_way_out_of_its_script() -> None:
    path = 'odd/<img src=x onerror="alert(1)">.md'
    files = [FileAudit(path, (finding(path, 1),), (claim(path, 1, HOSTILE),))]
    page = only_page(files, run_header(sources=("<i>site</i>",)))
    assert "</script><script>alert(1)" not in page
    assert "<img src=x" not in page and "<b>gout" not in page
    assert "&lt;i&gt;site&lt;/i&gt;" in page  # the header is escaped HTML
    data = chunks_of(page)
    assert data["claims"][0][1] == HOSTILE and data["claims"][0][10] == [[path, 1]]
    assert data["findings"][0][path][0][3] == "overstatement"
    assert "\u2028" not in script_json("a\u2028b") and json.loads(script_json("a\u2028b")) == (
        "a\u2028b"
    )
    # The script puts values in the page as text only.
    assert "innerHTML" not in JS and "insertAdjacentHTML" not in JS and "eval(" not in JS


def test_links_to_the_repository_sources_dois_and_registry() -> None:
    template = "https://github.com/o/r/blob/main/{path}#L{line}"
    entry = Entry(
        id="tonic-arthritis",
        statement="No tonic cures arthritis (an invented test entry).",
        interventions=("tonic",),
        conditions=("arthritis",),
        outcomes=(),
        figures=(),
        evidence_level="review",
        evidence_size=None,
        max_strength="correlational",
        efficacy=None,
        status=None,
        contested_by=(),
        relation=None,
        comparators=(),
        sources=({"journal": "J Invented", "year": 2020, "doi": "10.1234/abc.5"},),
        reviewed="2026-01-01",
        notes=None,
        path="claims.yaml",
        line=1,
    )
    related = [f"tonic-related-{i}" for i in range(7)]
    files = [
        FileAudit(
            "a.md",
            claims=(
                claim(
                    "a.md",
                    1,
                    COPIED,
                    sources=("doi: 10.1234/abc.5", "link: javascript:alert(1)"),
                    registry=("tonic-arthritis", *related),
                    registry_reference="tonic-arthritis",
                ),
            ),
        )
    ]
    page = only_page(files, run_header(link_template=template, registry={entry.id: entry}))
    manifest = manifest_of(page)
    assert manifest["link"] == template
    assert manifest["registry"]["tonic-arthritis"][1] == [
        ["J Invented, 2020", "https://doi.org/10.1234/abc.5"]
    ]
    # The row carries the reference and the related ids; the page shows the related ones
    # folded ("+7 related"), not as a list in every row.
    row = chunks_of(page)["claims"][0]
    assert row[8] == "tonic-arthritis" and row[7][1:] == related
    assert '" related"' in JS and 'el("details", "more")' in JS
    # Only http(s) URLs, DOIs and PubMed ids become links; a javascript: link stays text.
    assert "https://doi.org/" in JS and "/^(link|url): (https?:\\/\\/\\S+)/" in JS
    assert source_link({"url": "javascript:alert(1)"}) is None
    assert source_link({"pmid": 123}) == "https://pubmed.ncbi.nlm.nih.gov/123/"


def test_csv_export_sortable_columns_and_folder_filter_are_on_the_page() -> None:
    page = only_page(site_files(3), run_header())
    assert '<button type="button" id="export-csv">' in page
    assert '"key", "checked", "note", "where", "pages", "claim"' in JS
    assert "/^[=+\\-@\\t\\r]/" in JS  # a cell a spreadsheet would run as a formula is quoted
    for key in ("where", "text", "strength", "pages", "sources", "registry", "rules"):
        assert f'<th data-key="{key}"' in page
    assert manifest_of(page)["folders"] == [
        "news",
        "news/2020",
        "news/2021",
        "news/2022",
    ]
    assert '<select id="f-folder">' in page and '<option value="news/2021">' in page


def test_a_big_report_streams_its_chunks_beside_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("linter.report.audit.html.FINDINGS_CHUNK_BYTES", 2_000)
    consumed = 0

    def files() -> Iterator[FileAudit]:
        nonlocal consumed
        for one in site_files(400):
            consumed += 1
            yield one

    parts = html_parts(files(), run_header(), name="big", inline_bytes=20_000)
    name, text = next(parts)
    assert name == "big.data/findings-0000.js" and consumed < 400  # written as files stream
    rest = list(parts)
    page = rest[-1][1]
    names = [name, *(n for n, _ in rest[:-1])]
    assert rest[-1][0] == "" and 'type="application/json" id="hl-claims' not in page
    manifest = manifest_of(page)
    assert manifest["base"] == "big.data/"
    assert names.count("big.data/claims-0000.js") == 1
    rows = []
    for chunk_name, chunk_text in [(name, text), *rest[:-1]]:
        call = re.fullmatch(r'healthlintChunk\("(\w+)",(\d+),(.*)\);\n', chunk_text, re.S)
        assert call, chunk_name
        if call.group(1) == "claims":
            rows += json.loads(call.group(3))
    assert len(rows) == manifest["claims"]["rows"] == 401  # the copied sentence once
    assert manifest["files"]["rows"] == 400
    # The first page of each table is in the page itself: it shows with no file to read.
    assert manifest["first"]["claims"] == rows[:100] and len(manifest["first"]["files"]) == 100


def test_write_html_removes_the_chunks_of_an_earlier_big_report(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    (tmp_path / "report.data").mkdir()
    (tmp_path / "report.data" / "claims-0007.js").write_text("old", encoding="utf-8")
    assert write_html(out, site_files(2), run_header()) == 0
    assert not (tmp_path / "report.data").exists()
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_baseline_leaves_out_its_findings_and_their_rules() -> None:
    result = AuditResult(
        findings=[finding("a.md", 1), finding("a.md", 4)],
        claims=[
            claim("a.md", 1, COPIED, rules=("overstatement",)),
            claim("a.md", 4, "Tea cures colds.", rules=("overstatement",)),
        ],
    )
    known = load_baseline_of([result.findings[0]])
    apply_baseline(result, known, "base.json")
    assert [f.line for f in result.findings] == [4]
    assert [c.rules for c in result.claims] == [(), ("overstatement",)]
    assert result.baseline == "base.json"


def load_baseline_of(findings: list[Finding]):  # type: ignore[no-untyped-def]
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "base.json"
        write_baseline(path, findings)
        return load_baseline(path)


def test_check_writable_fails_before_anything_is_written(tmp_path: Path) -> None:
    check_writable(tmp_path / "report.html")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(InputError, match="does not exist"):
        check_writable(tmp_path / "missing" / "report.html")
    with pytest.raises(InputError, match="is a folder"):
        check_writable(tmp_path)


ARTICLE = "# Tonic\n\nOur tonic cures arthritis in a week.\n"


@pytest.fixture
def small_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for i in range(2):
        (tmp_path / "site" / "news").mkdir(parents=True, exist_ok=True)
        (tmp_path / "site" / "news" / f"p{i}.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "out").mkdir()
    return tmp_path


def invoke(*args: str) -> tuple[int, str, str]:
    run = CliRunner().invoke(main, ["audit", *args, "--no-cache", "--no-builtin-claims"])
    return run.exit_code, run.stdout, run.stderr


def test_cli_output_that_cannot_be_written_stops_before_the_run(small_site: Path) -> None:
    code, out, err = invoke("site", "-o", "missing/report.html")
    assert code == 2 and "cannot write the report" in err
    assert "Audited" not in out  # no file was checked


def test_cli_baseline_and_link_template(small_site: Path) -> None:
    base = small_site / "base.json"
    check = CliRunner().invoke(main, ["check", "site", "--no-cache", "--write-baseline", str(base)])
    assert check.exit_code == 0, check.output
    template = "https://example.org/r/blob/main/{path}#L{line}"
    code, out, err = invoke(
        "site", "-o", "out/r.html", "--baseline", str(base), "--link-template", template
    )
    assert code == 0, err
    assert "0 findings" in out
    page = (small_site / "out" / "r.html").read_text(encoding="utf-8")
    manifest = manifest_of(page)
    assert manifest["link"] == template and manifest["fileBase"] == "../"
    rows = chunks_of(page)["claims"]
    assert len(rows) == 1 and len(rows[0][10]) == 2 and rows[0][9] == []
    code, _, err = invoke("site", "-o", "out/r.html", "--link-template", "javascript:{path}")
    assert code == 2 and "--link-template" in err
    code, _, err = invoke("site", "-o", "out/r.html", "--baseline", "no-such.json")
    assert code == 2 and "cannot read the baseline" in err


def test_the_rules_table_shows_each_rules_gist_and_keeps_the_rest_a_click_away(
    small_site: Path,
) -> None:
    """A rule's docs run to thousands of characters: whole, they pushed the files and the
    inventory screens below the rules table."""
    from linter.checks.rules import load_rules

    assert invoke("site", "-o", "out/r.html")[0] == 1
    assert invoke("site", "-o", "out/r.md")[0] == 1
    page = (small_site / "out" / "r.html").read_text(encoding="utf-8")
    markdown = (small_site / "out" / "r.md").read_text(encoding="utf-8")
    table = page[page.index('id="rules-table"') : page.index("</table>", page.index("rules-table"))]
    for rule in load_rules().values():
        what = " ".join(str(rule.docs["what"]).split())
        shown = re.search(rf"<summary>([^<]*)</summary>{re.escape(escape(what))}", table)
        assert shown and len(unescape(shown.group(1))) <= 160, rule.id
        row = next(line for line in markdown.splitlines() if line.startswith(f"| {rule.id} "))
        assert len(row) < 400 and f"see: healthlint rules explain {rule.id}" in row


def test_the_section_of_unread_files_and_warnings_is_named_for_what_it_holds() -> None:
    """ "Errors" beside the card of error-level findings sent readers to files not read."""
    warned = only_page(site_files(1), run_header(warnings=("a.md:3: unused directive",)))
    assert '<a href="#errors">Warnings</a>' in warned and '<h2 id="errors">Warnings</h2>' in warned
    unread = only_page(site_files(1), run_header(errors=(InputError("b.md", "cannot read"),)))
    assert '<a href="#errors">Unread files</a>' in unread
    assert '<h2 id="errors">Files that could not be read</h2>' in unread
    assert ">Errors</a>" not in warned + unread
    assert 'href="#errors"' not in only_page(site_files(1), run_header())
