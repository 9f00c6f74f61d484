"""Atomic file writes: a reader sees the old file or the new one, never half of either."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat

# O_BINARY exists on Windows only: without it, "\n" would be written as "\r\n" there.
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def write_atomic(path: str | os.PathLike[str], data: bytes, durable: bool = True) -> None:
    """Replace `path` with `data`: a temp file in the same folder, flushed, then renamed.

    The file keeps the mode it had; a new file gets 0666 less the umask, as any normal write
    does. The temp file is removed on any failure, Ctrl-C included. `durable=False` skips the
    fsync, for files whose loss in a power cut costs nothing (cache entries). Raises OSError.
    """
    target = os.fspath(path)
    folder, name = os.path.split(os.path.abspath(target))
    try:
        mode: int | None = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = None
    fd, temp = _create_temp(folder, name)
    try:
        with open(fd, "wb") as out:
            out.write(data)
            if durable:
                out.flush()
                os.fsync(out.fileno())
        if mode is not None:
            os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _create_temp(folder: str, name: str) -> tuple[int, str]:
    """A new, hidden file beside the target, created 0666 so that the umask decides its mode.

    (tempfile.mkstemp would create it 0600, and a baseline or report must stay readable.)
    """
    for _ in range(100):
        temp = os.path.join(folder, f".{name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temp, _FLAGS, 0o666), temp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temp file name beside {name}")
