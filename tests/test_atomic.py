"""Atomic writes: the umask's mode for a new file, the old mode kept, no temp file left behind."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.run import atomic
from linter.run.atomic import write_atomic

posix_modes = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
ARTICLE = "Experts say that garlic cures the common cold.\n"


@pytest.fixture
def umask_027() -> Iterator[None]:
    """An unusual umask, so that a mode that merely happens to be 0644 does not pass."""
    old = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_modes
def test_a_new_file_gets_the_umask_mode(tmp_path: Path, umask_027: None) -> None:
    write_atomic(tmp_path / "new.txt", b"hello\n")
    assert mode(tmp_path / "new.txt") == 0o640
    assert (tmp_path / "new.txt").read_bytes() == b"hello\n"


@posix_modes
@pytest.mark.parametrize("old_mode", [0o600, 0o664, 0o755])
def test_an_existing_file_keeps_its_mode(tmp_path: Path, umask_027: None, old_mode: int) -> None:
    path = tmp_path / "kept.txt"
    path.write_bytes(b"old\n")
    path.chmod(old_mode)
    write_atomic(path, b"new\n", durable=False)
    assert (mode(path), path.read_bytes()) == (old_mode, b"new\n")


@posix_modes
def test_baseline_and_audit_report_come_out_with_the_umask_mode(
    tmp_path: Path, umask_027: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.md").write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()
    wrote = runner.invoke(main, ["check", "--no-cache", "--write-baseline", "base.json", "a.md"])
    assert wrote.exit_code == 0, wrote.output
    audited = runner.invoke(main, ["audit", "--no-cache", "a.md", "-o", "report.json"])
    assert audited.exit_code == 1, audited.output
    assert (mode(Path("base.json")), mode(Path("report.json"))) == (0o640, 0o640)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "base.json", "report.json"]


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"), KeyboardInterrupt()])
@pytest.mark.parametrize("where", ["fsync", "replace"])
def test_a_failed_write_leaves_the_old_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: BaseException, where: str
) -> None:
    path = tmp_path / "report.md"
    path.write_bytes(b"old\n")

    def fail(*args: object) -> None:
        raise failure

    monkeypatch.setattr(atomic.os, where, fail)
    with pytest.raises(type(failure)):
        write_atomic(path, b"new\n")
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]
    assert path.read_bytes() == b"old\n"


def test_a_failed_baseline_write_is_one_error_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    result = CliRunner().invoke(
        main, ["check", "--no-cache", "--write-baseline", "base.json", "a.md"]
    )
    assert result.exit_code == 2
    assert "base.json: cannot write the baseline: No space left on device" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


def test_temp_names_do_not_collide(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names = iter(["aaaa", "aaaa", "bbbb"])
    monkeypatch.setattr(atomic.secrets, "token_hex", lambda _: next(names))
    (tmp_path / ".r.md.aaaa.tmp").write_bytes(b"someone else's\n")
    write_atomic(tmp_path / "r.md", b"mine\n")
    assert (tmp_path / ".r.md.aaaa.tmp").read_bytes() == b"someone else's\n"
    assert (tmp_path / "r.md").read_bytes() == b"mine\n"


@pytest.mark.parametrize("data", [b"whole report\n", [b"a report ", b"in ", b"parts\n"]])
def test_without_proc_link_the_written_file_is_copied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes | list[bytes]
) -> None:
    """Where the unnamed file cannot be named, a named temp file gets what was written (parts
    are read once, so they cannot be written again), and none is left behind."""

    def no_proc(fd: int, folder: str, name: str) -> str:
        raise OSError("no /proc")

    monkeypatch.setattr(atomic, "_link_unnamed", no_proc)
    target = tmp_path / "report.md"
    target.write_text("old\n")
    atomic.write_atomic(target, iter(data) if isinstance(data, list) else data)
    expected = data if isinstance(data, bytes) else b"".join(data)
    assert target.read_bytes() == expected
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]
