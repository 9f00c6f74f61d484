"""A big file's Markdown read in a forked child while the pipeline is built (issue 20,
linter/run/read_ahead.py): the same report as one process reads it, a fork only where two
processes are allowed and the pipeline is not built yet, and a child that fails or a file that
does not read handled as without it. Pages written for these tests; the size lowered to fit."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
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


def test_a_bad_file_among_others_is_one_error_and_the_others_are_checked(
    tmp_path: Path, forks: list[int]
) -> None:
    bad = tmp_path / "a.md"
    bad.write_bytes(b"\x00\x01binary\x00" * 100)  # first: read ahead, and fails in the child
    good = _page(tmp_path, "b.md")
    args = ["check", "--no-cache", "--format", "json", "--jobs"]
    one = CliRunner().invoke(main, [*args, "1", str(bad), str(good)])
    two = CliRunner().invoke(main, [*args, "2", str(bad), str(good)])
    assert len(forks) == 1
    assert (two.exit_code, two.output) == (one.exit_code, one.output)
    assert one.exit_code == 2 and f"{bad}: binary file" in one.output
    assert '"rule": "causal-overreach"' in one.output and str(good) in one.output


def test_a_child_that_is_killed_is_read_here(
    tmp_path: Path, forks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(tmp_path)
    one = _check(page, "1")
    # In the child only: this process reads the file itself, not through read_file.
    monkeypatch.setattr(read_ahead, "read_file", lambda *a: os.kill(os.getpid(), signal.SIGKILL))
    assert _check(page, "2") == one
    assert len(forks) == 1


def test_the_child_reads_the_bytes_checked_not_the_file_as_it_is_now(
    tmp_path: Path, forks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(tmp_path)
    one = _check(page, "1")
    real = read_ahead.read_file

    def edited_meanwhile(path: str, data: bytes, fmt: str | None) -> read_ahead.Read:
        Path(path).write_text("# Rewritten\n\nNothing to see.\n", encoding="utf-8")
        return real(path, data, fmt)

    monkeypatch.setattr(read_ahead, "read_file", edited_meanwhile)
    assert _check(page, "2") == one
    assert len(forks) == 1 and page.read_text(encoding="utf-8").startswith("# Rewritten")


def test_standard_input_is_not_read_ahead(tmp_path: Path, forks: list[int]) -> None:
    args = ["check", "--no-cache", "--format", "json", "--jobs"]
    one = CliRunner().invoke(main, [*args, "1", "-"], input=PAGE)
    two = CliRunner().invoke(main, [*args, "2", "-"], input=PAGE)
    assert forks == []
    assert (two.exit_code, two.output) == (one.exit_code, one.output)
    assert one.exit_code == 1 and '"rule": "causal-overreach"' in one.output


# A command whose child (reading ahead) and parent (building the pipeline) each leave a mark
# and then wait: the test interrupts them there, as Ctrl-C would.
INTERRUPTED = """
import os, sys, time
from pathlib import Path
from linter.run import checker, read_ahead
marks = Path(sys.argv[1])
read_ahead.READ_AHEAD_BYTES = 100
read_ahead.fork_possible = lambda: True
def wait(name):
    (marks / name).write_text(str(os.getpid()))
    time.sleep(60)
read_ahead.read_file = lambda *a: wait("child")
checker._built = lambda lazy: wait("parent")
sys.argv = ["healthlint", "check", "--no-cache", "--jobs", "2", sys.argv[2]]
from linter.cli import run
run()
"""


@pytest.mark.parametrize("to_group", [True, False], ids=["ctrl-c", "kill-int-parent"])
def test_ctrl_c_while_reading_ahead_exits_130_and_leaves_no_process(
    tmp_path: Path, to_group: bool
) -> None:
    page = _page(tmp_path)
    command = subprocess.Popen(
        [sys.executable, "-c", INTERRUPTED, str(tmp_path), str(page)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # a process group of its own, as a terminal's foreground job
    )
    try:
        deadline = time.monotonic() + 60
        while not ((tmp_path / "child").exists() and (tmp_path / "parent").exists()):
            assert command.poll() is None and time.monotonic() < deadline, command.stderr
            time.sleep(0.05)
        if to_group:  # a terminal's Ctrl-C: both processes
            os.killpg(command.pid, signal.SIGINT)
        else:  # `kill -INT`: the parent alone, which must not wait for the child's 60 s
            os.kill(command.pid, signal.SIGINT)
        _, err = command.communicate(timeout=30)
        left = _group_alive(command.pid)  # no child left running after its parent
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(command.pid, signal.SIGKILL)
    assert command.returncode == 130
    assert b"Traceback" not in err
    assert not left


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True
