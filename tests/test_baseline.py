"""Baselines: adopt healthlint on a site with old findings and see only the new ones."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from linter.cli import main

ARTICLE = """\
# Stem cells and lupus

Research shows that stem cells reset the immune system.

A study published in The Lancet found a survival rate of over 80% after five years.

It could be a game changer.
"""


def check(*args: str) -> tuple[int, list[dict], str]:
    result = CliRunner().invoke(main, ["check", "--format", "json", *args])
    return result.exit_code, json.loads(result.stdout)["findings"], result.stderr


def test_baseline_reports_only_the_new_finding(tmp_path: Path) -> None:
    article, baseline = tmp_path / "a.md", tmp_path / "baseline.json"
    article.write_text(ARTICLE, encoding="utf-8")
    code, findings, _ = check("--write-baseline", str(baseline), str(article))
    assert code == 0 and findings == []
    assert len(json.loads(baseline.read_text())["findings"]) >= 4
    assert check("--baseline", str(baseline), str(article))[:2] == (0, [])
    # A paragraph inserted at the top shifts every line; it adds one new overstatement.
    article.write_text("This is a miracle diet.\n\n" + ARTICLE, encoding="utf-8")
    code, findings, _ = check("--baseline", str(baseline), str(article))
    assert code == 1
    assert [(f["rule"], f["line"], f["text"]) for f in findings] == [
        ("overstatement", 1, "miracle")
    ]


def test_a_second_identical_finding_is_new(tmp_path: Path) -> None:
    article, baseline = tmp_path / "a.md", tmp_path / "baseline.json"
    article.write_text("It is a miracle.\n", encoding="utf-8")
    check("--write-baseline", str(baseline), str(article))
    article.write_text("It is a miracle.\n\nIt is a miracle.\n", encoding="utf-8")
    _, findings, _ = check("--baseline", str(baseline), str(article))
    assert len(findings) == 1


def test_a_broken_baseline_is_an_error(tmp_path: Path) -> None:
    article, baseline = tmp_path / "a.md", tmp_path / "baseline.json"
    article.write_text(ARTICLE, encoding="utf-8")
    baseline.write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--baseline", str(baseline), str(article)])
    assert result.exit_code == 2
    assert f"{baseline}: not a healthlint baseline" in result.stderr


# Issue 17 item 8: one baseline, whatever folder healthlint runs from and however paths are given.

SITE_ARTICLE = "Research shows that kale cures memory loss.\n\nIt is a miracle tonic.\n"


def site(tmp_path: Path, config: str = "fail_on: warning\n") -> Path:
    (tmp_path / ".git").mkdir()  # the repository root: the config search stops here
    (tmp_path / ".healthlint.yaml").write_text(config, encoding="utf-8")
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "a.md").write_text(SITE_ARTICLE, encoding="utf-8")
    return tmp_path


def run(*args: str) -> tuple[int, list[dict], str]:
    result = CliRunner().invoke(main, ["check", "--no-cache", "--format", "json", *args])
    return (
        result.exit_code,
        json.loads(result.stdout or '{"findings": []}')["findings"],
        result.stderr,
    )


def test_write_baseline_says_how_many_findings_it_recorded(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(site(tmp_path))
    code, findings, stderr = run("--write-baseline", "base.json", "content")
    recorded = json.loads(Path("base.json").read_text())["findings"]
    assert (code, findings) == (0, [])
    assert len(recorded) >= 2
    assert stderr == f"recorded {len(recorded)} findings in base.json\n"
    assert {e["path"] for e in recorded} == {"content/a.md"}  # relative to the config's root


def test_the_baseline_works_from_a_subfolder_and_with_absolute_paths(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(site(tmp_path))
    run("--write-baseline", "base.json", "content/a.md")
    absolute = str(tmp_path / "content" / "a.md")
    assert run("--baseline", "base.json", absolute)[:2] == (0, [])
    monkeypatch.chdir(tmp_path / "content")
    assert run("--baseline", "../base.json", "a.md")[:2] == (0, [])
    assert run("--baseline", str(tmp_path / "base.json"), ".")[:2] == (0, [])
    # A new finding is still new, from the subfolder too.
    Path("a.md").write_text(
        SITE_ARTICLE + "\nThis pill is a breakthrough cure.\n", encoding="utf-8"
    )
    code, findings, _ = run("--baseline", "../base.json", "a.md")
    assert code == 1 and findings and {f["line"] for f in findings} == {5}
    assert {f["path"] for f in findings} == {"a.md"}  # reported as given on the command line


def test_a_baseline_written_from_a_subfolder_works_from_the_root(
    tmp_path: Path, monkeypatch
) -> None:
    site(tmp_path)
    monkeypatch.chdir(tmp_path / "content")
    run("--write-baseline", "../base.json", "a.md")
    monkeypatch.chdir(tmp_path)
    assert run("--baseline", "base.json", "content")[:2] == (0, [])


def test_the_config_names_the_baseline(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(site(tmp_path, "baseline: .healthlint-baseline.json\n"))
    code, _, _ = run("content")
    assert code == 2  # named in the config but not written yet: said, never silently ignored
    code, _, stderr = run("--write-baseline", ".healthlint-baseline.json", "content")
    assert code == 0 and stderr.startswith("recorded ")
    assert run("content")[:2] == (0, [])
    monkeypatch.chdir(tmp_path / "content")  # the config is found upward; its path is its own
    assert run("a.md")[:2] == (0, [])


def test_a_missing_baseline_named_in_the_config_is_one_line_and_exit_2(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(site(tmp_path, "baseline: old.json\n"))
    code, _, stderr = run("content")
    assert code == 2
    assert stderr == (
        f"{tmp_path / 'old.json'}: cannot read the baseline: no such file; write it with: "
        f"healthlint check --write-baseline {tmp_path / 'old.json'}\n"
    )


def test_a_baseline_key_that_is_not_a_file_name_is_a_config_error(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(site(tmp_path, "fail_on: warning\nbaseline: [a, b]\n"))
    code, _, stderr = run("content")
    assert code == 2
    assert stderr == f"{tmp_path / '.healthlint.yaml'}:2: baseline must be a file name\n"


def test_the_baseline_file_is_0644_under_the_usual_umask(tmp_path: Path, monkeypatch) -> None:
    import os

    monkeypatch.chdir(site(tmp_path))
    old = os.umask(0o022)
    try:
        run("--write-baseline", "base.json", "content")
    finally:
        os.umask(old)
    assert Path("base.json").stat().st_mode & 0o777 == 0o644


def test_writing_a_baseline_does_not_say_no_problems_were_found(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(site(tmp_path))
    result = CliRunner().invoke(main, ["check", "--no-cache", "--write-baseline", "b.json", "."])
    assert result.exit_code == 0
    assert result.stdout == ""  # the findings were recorded, not absent
    assert result.stderr.startswith("recorded ")


def test_a_recorded_finding_that_is_gone_is_reported_as_fixed(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(site(tmp_path))
    (tmp_path / "content" / "b.md").write_text("It is a miracle tonic.\n", encoding="utf-8")
    run("--write-baseline", "base.json", "content")
    (tmp_path / "content" / "a.md").write_text(
        "Research shows that kale cures memory loss.\n", encoding="utf-8"
    )
    code, findings, stderr = run("--baseline", "base.json", "content")
    assert (code, findings) == (0, [])
    assert stderr == (
        "1 finding that base.json records is fixed (no longer found); write the baseline again "
        "over the whole site to forget it: healthlint check --write-baseline base.json ...\n"
    )
    # Only the files and the rules this run checked are judged.
    assert run("--baseline", "base.json", "content/b.md")[2] == ""
    assert run("--baseline", "base.json", "--select", "vague-attribution", "content")[2] == ""
    assert "fixed" in run("--baseline", "base.json", "--select", "overstatement", "content")[2]


def test_a_hook_on_one_page_knows_the_sites_boilerplate_findings(
    tmp_path: Path, monkeypatch
) -> None:
    """A whole-site run reports a disclaimer on six pages once (boilerplate); the baseline
    records it on every page, so a hook that checks one page, too few to collapse, finds it
    known rather than new."""
    monkeypatch.chdir(site(tmp_path))
    disclaimer = "Not medical advice; experts say our tea is a miracle cure.\n"
    for page in range(6):
        (tmp_path / "content" / f"p{page}.md").write_text(
            f"# Page {page}\n\nPage {page} is about sleep.\n\n{disclaimer}", encoding="utf-8"
        )
    (tmp_path / "content" / "a.md").unlink()
    code, findings, _ = run("content")
    assert code == 1 and {f["path"] for f in findings} == {"content/p0.md"}  # once
    run("--write-baseline", "base.json", "content")
    assert run("--baseline", "base.json", "content/p3.md") == (0, [], "")
    assert run("--baseline", "base.json", "content") == (0, [], "")


def test_fix_with_a_baseline_does_not_bring_back_the_recorded_findings(tmp_path: Path) -> None:
    """--fix checks a fixed file again: that check too leaves out what the baseline records."""
    from widget_registry import REGISTRY, SENTENCE

    registry, article, base = tmp_path / "claims.yaml", tmp_path / "a.md", tmp_path / "b.json"
    registry.write_text(REGISTRY, encoding="utf-8")
    article.write_text("Research shows that glarb syndrome is rare.\n", encoding="utf-8")
    claims = ["--no-builtin-claims", "--claims", str(registry)]
    run(*claims, "--write-baseline", str(base), str(article))
    article.write_text(article.read_text() + f"\n{SENTENCE}\n", encoding="utf-8")
    code, findings, _ = run(*claims, "--baseline", str(base), "--fix", str(article))
    assert (code, findings) == (0, [])
    assert "doi.org/10.1000/widget.1" in article.read_text()


def test_a_runs_baseline_is_kept_without_the_cli(tmp_path: Path) -> None:
    # The logic is the run's (STYLE.md: the CLI is thin): a session writes and compares it.
    from linter.run import baseline as baselines
    from linter.run.baseline_run import BaselineRun
    from linter.run.session import Session
    from linter.run.settings import Overrides

    article, baseline = tmp_path / "a.md", tmp_path / "baseline.json"
    article.write_text(ARTICLE, encoding="utf-8")
    session = Session(Overrides())
    writing = BaselineRun(session, None, None, str(baseline))
    assert session.lint_paths([str(article)]).findings == []
    recorded = writing.write()
    assert recorded is not None and recorded >= 4 and writing.fixed() == 0
    article.write_text(ARTICLE.replace("It could be a game changer.", "It helps."), "utf-8")
    session = Session(Overrides())
    entries = baselines.load_entries(baseline)
    reading = BaselineRun(session, entries, baseline, None)
    assert session.lint_paths([str(article)]).findings == [] and reading.write() is None
    assert reading.fixed() == 1
