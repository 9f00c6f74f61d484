"""A big file's Markdown read in a forked child while the pipeline is built (issue 20,
linter/run/read_ahead.py): the same report as one process reads it, a fork only where two
processes are allowed and the pipeline is not built yet, and a child that fails or a file that
does not read handled as without it. Pages written for these tests; the size lowered to fit."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter import forked
from linter.cli import main
from linter.run import read_ahead
from linter.run.checker import Checker
from linter.run.settings import Overrides

PAGE = "\n\n".join(
    [
        "# Green tea and sleep",
        "A 2019 study in mice found that green tea extract cures insomnia [1].",
        "- Experts say 40% of adults sleep badly.\n- According to the CDC, one in three adults "
        "sleeps less than seven hours.",
        "Researchers reported in The Lancet that coffee lowers the risk of gout.",
        "[1]: https://example.org/study",
    ]
)


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch, fork_log: list[int]) -> list[int]:
    """The forks made, with any page big enough to be read ahead (and no other split)."""
    monkeypatch.setattr(read_ahead, "READ_AHEAD_BYTES", 100)
    monkeypatch.setattr(read_ahead, "fork_possible", lambda: True)
    return fork_log


def _page(folder: Path, name: str = "page.md") -> Path:
    page = folder / name
    page.write_text(PAGE, encoding="utf-8")
    return page


def _check(path: Path, jobs: str, *more: str) -> tuple[int, str]:
    args = ["check", "--no-cache", "--format", "json", "--jobs", jobs, *more, str(path)]
    result = CliRunner().invoke(main, args)
    return result.exit_code, result.output


def test_read_ahead_gives_what_one_process_reads(tmp_path: Path, forks: list[int]) -> None:
    page = _page(tmp_path)
    one = _check(page, "1")
    assert forks == []  # --jobs 1 never forks
    two = _check(page, "2")
    assert len(forks) == 1  # the page is small: no reader's or checks' split, only the read
    assert two == one
    assert one[0] == 1 and '"rule": "causal-overreach"' in one[1]


def test_a_small_file_is_not_read_ahead(
    tmp_path: Path, forks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(read_ahead, "READ_AHEAD_BYTES", 100_000)
    page = _page(tmp_path)
    _check(page, "2")
    assert forks == []


def test_only_the_first_file_is_read_ahead(tmp_path: Path, forks: list[int]) -> None:
    # Files checked one after another by one Checker: once the pipeline is built there is
    # nothing to overlap a read with.
    checker = Checker(Overrides())
    first = checker.check_file(str(_page(tmp_path, "a.md")), processes=2)
    assert len(forks) == 1
    second = checker.check_file(str(_page(tmp_path, "b.md")), processes=2)
    assert len(forks) == 1
    assert first.result.findings == [replace(f, path=first.path) for f in second.result.findings]


def test_a_failing_child_is_read_here(
    tmp_path: Path, forks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(tmp_path)
    one = _check(page, "1")

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the child cannot hand over the document")

    monkeypatch.setattr(forked.pickle, "dump", broken)
    assert _check(page, "2") == one
    assert len(forks) == 1


def test_a_file_that_does_not_read_fails_as_in_one_process(
    tmp_path: Path, forks: list[int]
) -> None:
    page = tmp_path / "page.md"
    page.write_bytes(b"\x00\x01binary\x00" * 100)  # InputError, raised in the child first
    one = _check(page, "1")
    assert one[0] == 2 and "binary" in one[1]
    assert _check(page, "2") == one
    assert len(forks) == 1
