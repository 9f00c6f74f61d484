"""Import spaCy without its command line, which is a fifth of a cold `healthlint check`.

spacy/__init__.py imports `spacy.cli.info` for one function, `spacy.info`, and with it spaCy's
whole command line (typer, weasel, httpx, rich, jinja2: about 0.2 s). healthlint never runs it.
`defer_spacy_cli()` puts stand-ins for `spacy.cli` and `spacy.cli.info` in sys.modules before
spaCy is imported. A stand-in holds nothing: the first attribute anyone asks it for imports the
real module and answers from it, so a program that uses spaCy's command line in the same process
still gets it, only later.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

_CLI = "spacy.cli"
_INFO = "spacy.cli.info"


class _StandIn(types.ModuleType):
    """A module that imports its real self on the first attribute it is asked for."""

    def __getattr__(self, attr: str) -> Any:
        if self.__name__ == _INFO and attr == "info":
            # spacy/__init__ is running `from .cli.info import info`; the import system does
            # not bind `spacy.cli` for a module it finds in sys.modules, so bind it here.
            spacy = sys.modules.get("spacy")
            if spacy is not None and not hasattr(spacy, "cli"):
                setattr(spacy, "cli", sys.modules[_CLI])  # noqa: B010 - spaCy's own attribute
            return _info
        if attr.startswith("__") and self.__name__ == _INFO:
            raise AttributeError(attr)  # the import system asks a module for `__path__`
        return getattr(_real(self.__name__), attr)


def _real(name: str) -> types.ModuleType:
    for standin in (_CLI, _INFO):
        if isinstance(sys.modules.get(standin), _StandIn):
            del sys.modules[standin]
    module = importlib.import_module(name)
    spacy = sys.modules.get("spacy")
    if spacy is not None:
        setattr(spacy, "cli", sys.modules[_CLI])  # noqa: B010 - spaCy's own attribute
    return module


def _info(*args: Any, **kwargs: Any) -> Any:
    """spacy.info, imported when called."""
    return _real(_INFO).info(*args, **kwargs)


def defer_spacy_cli() -> None:
    """Stand in for spaCy's command line, unless spaCy is already imported (then it is too late)."""
    if "spacy" in sys.modules or _CLI in sys.modules:
        return
    sys.modules[_CLI] = _StandIn(_CLI)
    sys.modules[_INFO] = _StandIn(_INFO)
