"""Boilerplate across a run: a sentence repeated on many pages is reported once, with its
number of pages, whatever the cache, --jobs, output format or command (our own pages)."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.api import lint_paths
from linter.cli import main
from linter.findings import Finding
from linter.report.fingerprint import fingerprints
from linter.run import workers
from linter.run.audit import audit_paths
from linter.run.settings import Overrides

DISCLAIMER = "Our articles are reviewed by experts, and studies show 90% of readers trust them."
PAGES = 7
ILLS = ("colds", "flu", "acne", "gout", "asthma", "warts", "lice")


def write_site(folder: Path, pages: int = PAGES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(pages):
        (folder / f"page-{i}.md").write_text(
            f"# Page {i}\n\nGarlic cures {ILLS[i]} in {10 + i} days.\n\n{DISCLAIMER}\n",
            encoding="utf-8",
        )
    return folder


def disclaimer_findings(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.text in ("studies show", "90%")]


def test_a_repeated_disclaimer_is_reported_once_with_its_pages(tmp_path: Path) -> None:
    site = write_site(tmp_path)
    result = lint_paths([site], Overrides())
    repeated = disclaimer_findings(result.findings)
    assert {f.path for f in repeated} == {str(site / "page-0.md")}
    assert {f.rule for f in repeated} == {"vague-attribution", "unsourced-statistic"}
    assert all(f.message.endswith(f"(boilerplate: this sentence is on {PAGES} pages; reported once)")
               for f in repeated)  # fmt: skip
    # Each page's own claim is still reported on its page.
    assert sum(f.rule == "overstatement" for f in result.findings) == PAGES


def test_a_sentence_on_fewer_pages_than_the_threshold_is_reported_on_each(tmp_path: Path) -> None:
    site = write_site(tmp_path, pages=3)
    result = lint_paths([site], Overrides())
    assert len({f.path for f in disclaimer_findings(result.findings)}) == 3


@pytest.mark.parametrize(("report", "pages_reported"), [("skip", 0), ("each", PAGES)])
def test_boilerplate_can_be_skipped_or_kept_by_config(
    tmp_path: Path, report: str, pages_reported: int
) -> None:
    site = write_site(tmp_path)
    (site / ".healthlint.yaml").write_text(f"boilerplate:\n  report: {report}\n", encoding="utf-8")
    result = lint_paths([site], Overrides())
    assert len({f.path for f in disclaimer_findings(result.findings)}) == pages_reported


def test_min_pages_is_configurable(tmp_path: Path) -> None:
    site = write_site(tmp_path, pages=3)
    (site / ".healthlint.yaml").write_text("boilerplate:\n  min_pages: 3\n", encoding="utf-8")
    result = lint_paths([site], Overrides())
    assert len({f.path for f in disclaimer_findings(result.findings)}) == 1


def test_the_cache_gives_the_same_findings(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site")
    cached = Overrides(use_cache=True, cache_dir=tmp_path / "cache")
    first = lint_paths([site], cached)
    second = lint_paths([site], cached)  # every file from the cache
    assert first.findings == second.findings
    assert [f.message for f in first.findings] == [f.message for f in second.findings]
    assert len({f.path for f in disclaimer_findings(second.findings)}) == 1


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forked workers only")
def test_jobs_and_formats_give_the_same_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers, "POOL_MIN_BYTES", 0)
    site = write_site(tmp_path)

    def run(*args: str) -> str:
        result = CliRunner().invoke(main, ["check", "--no-cache", *args, str(site)])
        return result.stdout

    one = run("--jobs", "1", "--format", "json")
    assert one == run("--jobs", "2", "--format", "json")
    findings = json.loads(one)["findings"]
    notes = [f for f in findings if "boilerplate" in f["message"]]
    assert len(notes) == 2 and {f["path"] for f in notes} == {str(site / "page-0.md")}
    assert "sentence" not in findings[0]  # the sentence hash is not part of the JSON shape
    text = run("--jobs", "2")
    assert text.count("boilerplate: this sentence is on 7 pages") == 2


def test_audit_reports_boilerplate_once(tmp_path: Path) -> None:
    site = write_site(tmp_path)
    result = audit_paths([site], Overrides())
    assert len({f.path for f in disclaimer_findings(result.findings)}) == 1
    repeated = [c for c in result.claims if "90%" in c.text]
    assert len(repeated) == PAGES  # the inventory still lists the sentence on every page
    assert sum(bool(c.rules) for c in repeated) == 1  # with its findings on the first only


def test_a_page_more_keeps_the_fingerprint(tmp_path: Path) -> None:
    seven = lint_paths([write_site(tmp_path / "a")], Overrides())
    six = lint_paths([write_site(tmp_path / "b", pages=6)], Overrides())

    def prints(findings: list[Finding]) -> set[str]:
        first = [replace(f, path="page-0.md") for f in findings if f.path.endswith("page-0.md")]
        return set(fingerprints(first))

    assert "7 pages" in seven.findings[1].message and "6 pages" in six.findings[1].message
    assert prints(seven.findings) == prints(six.findings)
