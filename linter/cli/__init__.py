"""The `healthlint` command line: click commands that parse options and call the API."""

# This module must stay readable by old Pythons (no annotations, no new syntax): it is what the
# `healthlint` script imports first, so that Python 3.10 and older say what is wrong in one
# line instead of failing somewhere inside with a SyntaxError or ImportError.
import sys

REQUIRED_PYTHON = (3, 11)


def python_too_old(version_info=None):
    # type: (tuple[int, ...] | None) -> str | None
    """The message for a Python older than healthlint needs, or None."""
    version = tuple(version_info or sys.version_info)[:2]
    if version >= REQUIRED_PYTHON:
        return None
    need = "{}.{}".format(*REQUIRED_PYTHON)
    return (
        f"healthlint needs Python {need} or newer; this is Python {version[0]}.{version[1]}"
        f" ({sys.executable}). Install it under a newer one (see the README: pipx install"
        " --python python3.11 ...)."
    )


_message = python_too_old()
if _message is not None:
    sys.stderr.write(_message + "\n")
    raise SystemExit(2)

try:
    from linter.cli.main import main, run
except KeyboardInterrupt:  # Ctrl-C while importing: the exit a later Ctrl-C gives, no traceback
    raise SystemExit(130) from None

__all__ = ["main", "run"]
