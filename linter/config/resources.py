"""Where the bundled data (rules/, claims/) lives, in a wheel or in a source checkout."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path


@cache
def data_dir(name: str) -> Path:
    """The bundled `rules` or `claims` folder.

    The wheel carries them inside the package (linter/rules); a source checkout or an editable
    install keeps them at the top of the repository, beside linter/.
    """
    package = Path(str(resources.files("linter")))
    packaged = package / name
    if packaged.is_dir():
        return packaged
    return package.parent / name
