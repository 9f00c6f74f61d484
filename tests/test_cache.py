"""The cache of results: hits for unchanged files, misses for any change, never a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import linter
from linter.cli import main
from linter.errors import InputError
from linter.findings import Finding, Level
from linter.run.cache import Cache, FileResult, code_files
from linter.run.checker import Checker
from linter.run.session import LintResult, Session
from linter.run.settings import Overrides

ARTICLES = {
    "a.md": "# Tea and asthma\n\nResearch shows that green tea cures asthma.\n",
    "b.md": "A study published in The Lancet found that about 30% of adults snore.\n",
    "c.html": "<p>Experts say yoga is a miracle for back pain.</p>\n",
    "clean.md": "Talk to your doctor before changing your treatment.\n",
}


@pytest.fixture
def site(tmp_path: Path) -> Path:
    folder = tmp_path / "site"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def cached(tmp_path: Path) -> Overrides:
    return Overrides(use_cache=True, cache_dir=tmp_path / "cache", jobs=1)


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths Checker.check_bytes really checks (that is, the cache misses)."""
    paths: list[str] = []
    original = Checker.check_bytes

    def spy(self: Checker, path: str, data: bytes, *args, **kwargs):  # type: ignore[no-untyped-def]
        paths.append(Path(path).name)
        return original(self, path, data, *args, **kwargs)

    monkeypatch.setattr(Checker, "check_bytes", spy)
    return paths


def same(a: LintResult, b: LintResult) -> None:
    assert a.findings == b.findings
    assert [f.fix for f in a.findings] == [f.fix for f in b.findings]
    assert [str(e) for e in a.errors] == [str(e) for e in b.errors]
    assert [type(e) for e in a.errors] == [type(e) for e in b.errors]
    assert (a.warnings, a.files, a.fail_on, a.digests) == (
        b.warnings,
        b.files,
        b.fail_on,
        b.digests,
    )


def test_unchanged_second_run_is_all_hits(
    site: Path, cached: Overrides, checked: list[str]
) -> None:
    first = Session(cached).lint_paths([site])
    assert sorted(checked) == sorted(ARTICLES)
    assert first.findings
    checked.clear()
    session = Session(cached)
    second = session.lint_paths([site])
    assert checked == []
    same(first, second)
    # Every file a hit: the spaCy pipeline was never built.
    engines = session.checker._engines.values()
    assert all(getattr(e, "_engine", "built") is None for e in engines)
    assert session.rules()  # the run's rules are known all the same


def test_a_changed_file_is_checked_again(site: Path, cached: Overrides, checked: list[str]) -> None:
    Session(cached).lint_paths([site])
    (site / "clean.md").write_text("Doctors recommend yoga for back pain.\n", encoding="utf-8")
    checked.clear()
    result = Session(cached).lint_paths([site])
    assert checked == ["clean.md"]
    assert any(f.path.endswith("clean.md") for f in result.findings)


def test_a_changed_config_is_a_miss(site: Path, cached: Overrides, checked: list[str]) -> None:
    before = Session(cached).lint_paths([site])
    assert any(f.rule == "vague-attribution" for f in before.findings)
    (site / ".healthlint.yaml").write_text("rules:\n  vague-attribution: off\n", encoding="utf-8")
    checked.clear()
    after = Session(cached).lint_paths([site])
    assert sorted(checked) == sorted(ARTICLES)
    assert not any(f.rule == "vague-attribution" for f in after.findings)


def test_fail_on_alone_keeps_the_cache(site: Path, cached: Overrides, checked: list[str]) -> None:
    Session(cached).lint_paths([site])
    (site / ".healthlint.yaml").write_text("fail_on: error\n", encoding="utf-8")
    checked.clear()
    result = Session(cached).lint_paths([site])
    assert checked == []
    assert set(result.fail_on.values()) == {"error"}


def test_a_changed_registry_file_is_a_miss(
    site: Path, cached: Overrides, checked: list[str]
) -> None:
    claims = site / "house-claims.yaml"
    claims.write_text("[]\n", encoding="utf-8")
    (site / ".healthlint.yaml").write_text("claims: [house-claims.yaml]\n", encoding="utf-8")
    Session(cached).lint_paths([site])
    checked.clear()
    Session(cached).lint_paths([site])
    assert checked == []
    claims.write_text("[]\n# reviewed again\n", encoding="utf-8")
    Session(cached).lint_paths([site])
    assert sorted(checked) == sorted(ARTICLES)


def test_select_on_the_command_line_is_part_of_the_key(
    site: Path, cached: Overrides, checked: list[str]
) -> None:
    Session(cached).lint_paths([site])
    checked.clear()
    only = Overrides(**{**cached.__dict__, "select": ("overstatement",)})
    result = Session(only).lint_paths([site])
    assert sorted(checked) == sorted(ARTICLES)
    assert {f.rule for f in result.findings} == {"overstatement"}


def test_a_corrupt_entry_is_a_miss(
    site: Path, cached: Overrides, checked: list[str], tmp_path: Path
) -> None:
    first = Session(cached).lint_paths([site])
    entries = sorted((tmp_path / "cache").rglob("*.json"))
    assert len(entries) == len(ARTICLES)
    entries[0].write_text('{"key": "tr', encoding="utf-8")  # cut short
    entries[1].write_bytes(b"\x00\xff garbage")
    entries[2].write_text(json.dumps({"key": "x", "result": {}}), encoding="utf-8")
    entries[3].write_text(json.dumps({"key": entries[3].parent.name}), encoding="utf-8")
    checked.clear()
    second = Session(cached).lint_paths([site])
    assert sorted(checked) == sorted(ARTICLES)
    same(first, second)
    checked.clear()
    Session(cached).lint_paths([site])  # rewritten, so hits again
    assert checked == []


def test_a_bad_file_error_is_cached_and_reported_the_same(
    site: Path, cached: Overrides, checked: list[str]
) -> None:
    (site / "binary.md").write_bytes(b"\x00\x01\x02PNG\x00\x00" * 20)
    first = Session(cached).lint_paths([site])
    assert [type(e) for e in first.errors] == [InputError]
    checked.clear()
    second = Session(cached).lint_paths([site])
    assert checked == []
    same(first, second)


def test_entries_round_trip_every_field() -> None:
    finding = Finding(
        path="a.md",
        line=3,
        column=5,
        rule="unsourced-citation",
        level=Level.WARNING,
        message="m",
        end_line=3,
        end_column=9,
        text="The Lancet",
        suggestion="cite it",
        registry_id="x",
        fix=(10, 10, " ([source](https://example.org))"),
    )
    result = FileResult([finding], ["a.md: w"], [InputError("a.md", "bad", 2)], ok=False)
    back = FileResult.from_json(json.loads(json.dumps(result.to_json())))
    assert back.findings == [finding] and back.findings[0].fix == finding.fix
    assert back.findings[0].level is Level.WARNING
    assert [(type(e), str(e)) for e in back.errors] == [(InputError, "a.md:2: bad")]
    assert (back.warnings, back.ok) == (["a.md: w"], False)


def test_an_unwritable_cache_is_skipped(site: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    result = Session(Overrides(use_cache=True, cache_dir=blocker)).lint_paths([site])
    assert result.files == len(ARTICLES) and not result.errors
    assert Cache(blocker).get("0" * 64) is None


def test_cli_no_cache_writes_nothing(site: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    folder = tmp_path / "cache"
    off = runner.invoke(main, ["check", "--no-cache", "--cache-dir", str(folder), str(site)])
    assert off.exit_code == 1 and not folder.exists()
    env = {"HEALTHLINT_CACHE_DIR": str(folder)}
    off = runner.invoke(main, ["check", "--no-cache", str(site)], env=env)
    assert not folder.exists()
    on = runner.invoke(main, ["check", str(site)], env=env)
    assert len(list(folder.rglob("*.json"))) == len(ARTICLES)
    assert (folder / "CACHEDIR.TAG").is_file()
    again = runner.invoke(main, ["check", "--cache-dir", str(folder), str(site)])
    assert on.stdout == again.stdout == off.stdout
    assert on.exit_code == again.exit_code == 1


def test_the_code_fingerprint_covers_every_part_of_the_linter() -> None:
    package = Path(linter.__file__).resolve().parent
    covered = {p.relative_to(package).as_posix() for p in code_files()}
    assert {"engine.py", "checks/base.py", "nlp/pipeline.py", "run/cache.py"} <= covered
    assert "nlp/data/strength-model.npz" in covered  # retrained weights change findings


def test_an_entry_edited_into_another_valid_one_is_a_miss(tmp_path: Path) -> None:
    """An entry is trusted whole by its digest, not field by field: a well-formed edit (another
    message, a line moved) no longer matches it, so it is read as a miss."""
    cache = Cache(tmp_path)
    finding = Finding("a.md", 3, 1, "hype", Level.WARNING, "said cure", 3, 9, "cures")
    cache.put("k" * 64, FileResult(findings=[finding]))
    back = cache.get("k" * 64)
    assert back is not None and back.findings == [finding]
    (entry,) = tmp_path.rglob("*.json")
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["result"]["findings"][0][1] = 4  # still an int: the per-field check would pass it
    entry.write_text(json.dumps(data), encoding="utf-8")
    assert cache.get("k" * 64) is None
