"""`--jobs`: a pool of workers gives the same output, in the same order, as one process."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.run import workers as parallel
from linter.run.checker import Checker
from linter.run.session import Session
from linter.run.settings import Overrides

THINGS = ("green tea", "turmeric", "yoga", "fish oil", "vitamin D")
CONDITIONS = ("asthma", "migraine", "eczema", "insomnia")
SENTENCES = (
    "Research shows that {x} helps with {y}.",
    "A study published in JAMA found that {x} reduced {y} symptoms.",
    "{X} cures {y}, with no side effects.",
    "About 1 in 5 adults will develop {y}.",
    "{X} may ease {y} ([review](https://example.org/review)).",
    "Talk to your doctor before changing your treatment.",
)
fork_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="workers see the monkeypatch only when forked"
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """20 small articles in two folders, an HTML page, a binary file and a bad directive."""
    folder = tmp_path_factory.mktemp("site")
    for i in range(20):
        x, y = THINGS[i % len(THINGS)], CONDITIONS[i % len(CONDITIONS)]
        lines = [
            SENTENCES[(i + k) % len(SENTENCES)].format(x=x, X=x.capitalize(), y=y) for k in range(4)
        ]
        section = folder / f"part-{i % 2}"
        section.mkdir(exist_ok=True)
        (section / f"article-{i:02}.md").write_text(
            f"# {x.capitalize()} and {y}\n\n" + " ".join(lines) + "\n", encoding="utf-8"
        )
    (folder / "page.html").write_text("<p>Experts say yoga is a miracle.</p>\n", encoding="utf-8")
    (folder / "part-0" / "binary.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00" * 30)
    (folder / "part-1" / "directive.md").write_text(
        "<!-- healthlint-disable no-such-rule -->\nTea cures colds.\n", encoding="utf-8"
    )
    return folder


@pytest.fixture(autouse=True)
def small_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pool even for these small files (real runs start one only for 256 kB or more)."""
    monkeypatch.setattr(parallel, "POOL_MIN_BYTES", 0)


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["check", "--no-cache", *args], catch_exceptions=False)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_two_jobs_print_what_one_job_prints(site: Path, fmt: str) -> None:
    one = run("--jobs", "1", "--format", fmt, str(site))
    two = run("--jobs", "2", "--format", fmt, str(site))
    assert one.exit_code == two.exit_code == 2  # the binary file and the unknown rule id
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr
    assert "binary.md" in one.stderr and "no-such-rule" in one.stderr


def test_the_pool_is_used_for_many_files_only(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    original = parallel.check_in_pool

    def spy(paths, overrides, jobs, inventory=False):  # type: ignore[no-untyped-def]
        calls.append(len(paths))
        return original(paths, overrides, jobs, inventory)

    monkeypatch.setattr(parallel, "check_in_pool", spy)
    one = Session(Overrides(jobs=1)).lint_paths([site])
    assert calls == []
    two = Session(Overrides(jobs=2)).lint_paths([site])
    assert calls == [23]
    assert one.findings == two.findings
    assert [str(e) for e in one.errors] == [str(e) for e in two.errors]
    assert (one.warnings, one.files, one.fail_on, one.digests) == (
        two.warnings,
        two.files,
        two.fail_on,
        two.digests,
    )
    few = sorted((site / "part-0").glob("*.md"))[:3]
    Session(Overrides(jobs=2)).lint_paths(few)
    assert calls == [23]


def test_the_pool_fills_the_cache(site: Path, tmp_path: Path) -> None:
    overrides = Overrides(jobs=2, use_cache=True, cache_dir=tmp_path / "cache")
    first = Session(overrides).lint_paths([site])
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 23  # the binary file's error too
    second = Session(overrides).lint_paths([site])
    assert first.findings == second.findings
    assert [str(e) for e in first.errors] == [str(e) for e in second.errors]


@fork_only
def test_a_crash_in_a_worker_is_that_file_error(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = Checker.check_bytes

    def crash(self: Checker, path: str, data: bytes, *args, **kwargs):  # type: ignore[no-untyped-def]
        if path.endswith("article-03.md"):
            raise RuntimeError("boom")
        return original(self, path, data, *args, **kwargs)

    monkeypatch.setattr(Checker, "check_bytes", crash)
    result = Session(Overrides(jobs=2)).lint_paths([site])
    crashed = [str(e) for e in result.errors if "article-03.md" in str(e)]
    assert crashed == [f"{site / 'part-1' / 'article-03.md'}: internal error: RuntimeError: boom"]
    assert any(f.path.endswith("article-04.md") for f in result.findings)


def test_jobs_and_when_a_pool_pays(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert 1 <= parallel.resolve_jobs(0) <= parallel.available_cpus()
    assert parallel.resolve_jobs(3) == 3
    # --jobs 0: one worker per idle CPU, never fewer than one, never more than there are.
    assert parallel.idle_cpus(cpus=8, load=0.1) == 8
    assert parallel.idle_cpus(cpus=2, load=0.9) == 1
    assert parallel.idle_cpus(cpus=2, load=11.0) == 1
    assert parallel.idle_cpus(cpus=4, load=1.2) == 3
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (12.0, 12.0, 12.0))
    assert parallel.resolve_jobs(0) == 1
    assert not parallel.use_pool(0, [str(p) for p in sorted(site.rglob("*.md"))])
    files = [str(p) for p in sorted(site.rglob("*.md"))]
    assert parallel.use_pool(2, files)
    assert not parallel.use_pool(1, files)
    assert not parallel.use_pool(4, files[: parallel.POOL_MIN_FILES - 1])
    monkeypatch.setattr(parallel, "POOL_MIN_BYTES", 256_000)
    assert not parallel.use_pool(2, files)  # a few kB: one process is faster
