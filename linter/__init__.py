"""healthlint: a fact-checking linter for health writing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from linter.version import __version__

__all__ = ["__version__", "lint_paths", "lint_text"]

if TYPE_CHECKING:
    from linter.api import lint_paths, lint_text


def __getattr__(name: str) -> Any:
    # The API pulls in spaCy; importing it lazily keeps `healthlint --version` instant.
    if name in ("lint_text", "lint_paths"):
        from linter import api

        return getattr(api, name)
    raise AttributeError(name)
