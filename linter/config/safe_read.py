"""Read a file a user or a repository names: a regular file only, never more than a cap.

A path in a hostile repository can be a FIFO (opening it waits for a writer for ever), a
device (`/dev/zero` never ends) or a symlink to either; and a file's size as `stat` reports it
is not a bound on what a read returns (/proc files say 0). So: open without blocking, refuse
anything that is not a regular file, and read at most `limit` bytes, whatever `stat` says.
"""

from __future__ import annotations

import os
import stat

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
_CHUNK = 1 << 20


class ReadRefused(OSError):
    """The path is not a regular file, or holds more than the cap: its message says which.

    The message says what the path is, not what becomes of it: an article refused is skipped
    and the run goes on, but a config, a registry file or a baseline refused stops the run.
    """


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def read_capped(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes.

    Raises ReadRefused (a FIFO, a device, a socket, a folder, too large) or OSError.
    """
    fd = os.open(path, _OPEN_FLAGS)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = _kind(mode)
            raise ReadRefused(f"{kind}, not a regular file" if kind[0] == "a" else kind)
        return read_fd_capped(fd, limit)
    finally:
        os.close(fd)


def read_fd_capped(fd: int, limit: int) -> bytes:
    """At most `limit` bytes from an open file (standard input too); more is ReadRefused."""
    parts: list[bytes] = []
    total = 0
    while True:
        chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)
        total += len(chunk)
        if total > limit:
            raise ReadRefused(f"larger than {limit} bytes")
