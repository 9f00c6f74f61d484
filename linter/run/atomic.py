"""Atomic file writes: a reader sees the old file or the new one, never half of either.

The new content is written to an unnamed file in the target's folder (Linux's O_TMPFILE), so a
run killed at any moment, SIGKILL included, leaves no temp file behind: the file gets a name
only once it is complete, and is renamed over the target straight away. Where O_TMPFILE is not
available, a hidden named temp file is used and removed on any failure that Python sees.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import stat
from collections.abc import Iterable

# O_BINARY exists on Windows only: without it, "\n" would be written as "\r\n" there.
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
_TMPFILE = getattr(os, "O_TMPFILE", 0)


def write_atomic(
    path: str | os.PathLike[str],
    data: bytes | Iterable[bytes],
    durable: bool = True,
    keep_owner: bool = False,
) -> None:
    """Replace `path` with `data` (bytes, or its parts in order, consumed once: a report
    streamed from disk): a new file in the same folder, flushed, then renamed.

    The file keeps the mode it had (and with `keep_owner`, its owner and group: a file fixed
    by root stays its owner's; when that cannot be kept, nothing is written); a new file gets
    0666 less the umask, as any normal write does. No temp file outlives a failure.
    `durable=False` skips the fsync, for files whose loss in a power cut costs nothing (cache
    entries). Raises OSError.
    """
    target = os.fspath(path)
    folder, name = os.path.split(os.path.abspath(target))
    try:
        old: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        old = None

    def fill(fd: int, source: int | None = None) -> None:
        """Write the data into `fd`, or copy what the file `source` already holds."""
        with open(fd, "wb", closefd=False) as out:
            if source is not None:
                with open(source, "rb", closefd=False) as written:
                    written.seek(0)
                    shutil.copyfileobj(written, out)
            elif isinstance(data, bytes):
                out.write(data)
            else:
                for part in data:
                    out.write(part)
            out.flush()
        if old is not None:
            if keep_owner:
                new = os.fstat(fd)
                if (new.st_uid, new.st_gid) != (old.st_uid, old.st_gid):
                    os.fchown(fd, old.st_uid, old.st_gid)  # PermissionError: not written
            os.fchmod(fd, stat.S_IMODE(old.st_mode))  # after chown, which may clear set-id bits
        if durable:
            os.fsync(fd)

    fd, temp = _create(folder, name)
    try:
        fill(fd)
        if temp is None:  # unnamed so far: a name only now, for the instant before the rename
            try:
                temp = _link_unnamed(fd, folder, name)
            except OSError:  # no /proc to link through: a named temp file after all
                unnamed, fd = fd, -1
                try:
                    fd, temp = _create_temp(folder, name)
                    fill(fd, source=unnamed)  # the parts are consumed: copy what was written
                finally:
                    os.close(unnamed)
        os.replace(temp, target)
        temp = None
    finally:
        if fd >= 0:
            os.close(fd)
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def _create(folder: str, name: str) -> tuple[int, str | None]:
    """An unnamed file in `folder` where the system has them, else a named hidden one."""
    if _TMPFILE:
        try:
            # read and write: what was written is read back if the file cannot be named
            return os.open(folder, os.O_RDWR | _TMPFILE, 0o666), None
        except OSError:
            pass  # a file system without O_TMPFILE support: a named temp file instead
    return _create_temp(folder, name)


def _link_unnamed(fd: int, folder: str, name: str) -> str:
    """Give the unnamed file `fd` a hidden name beside the target (linkat through /proc).

    (A directory fd makes os.link call linkat with AT_SYMLINK_FOLLOW rather than link(2),
    which would link /proc's symlink itself.)
    """
    folder_fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        for _ in range(100):
            temp = _temp_name(folder, name)
            try:
                os.link(
                    f"/proc/self/fd/{fd}",
                    os.path.basename(temp),
                    dst_dir_fd=folder_fd,
                    follow_symlinks=True,
                )
                return temp
            except FileExistsError:
                continue
    finally:
        os.close(folder_fd)
    raise FileExistsError(f"no free temp file name beside {name}")


def _temp_name(folder: str, name: str) -> str:
    return os.path.join(folder, f".{name}.{secrets.token_hex(4)}.tmp")


def _create_temp(folder: str, name: str) -> tuple[int, str]:
    """A new, hidden file beside the target, created 0666 so that the umask decides its mode.

    (tempfile.mkstemp would create it 0600, and a baseline or report must stay readable.)
    """
    for _ in range(100):
        temp = _temp_name(folder, name)
        try:
            return os.open(temp, _FLAGS, 0o666), temp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temp file name beside {name}")
