"""What a cache key is made of besides the file: the entry format, and the fingerprints of the
settings that change findings and of the code, rule packs, registry and models that make
them. Separate from cache.py, which stores and reads entries under those keys.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable
from dataclasses import fields
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any

from linter.config.resources import data_dir
from linter.config.safe_read import read_capped
from linter.version import __version__

if TYPE_CHECKING:
    from linter.config.files import Config
    from linter.run.settings import Overrides


MAX_HASHED_BYTES = 50_000_000  # a rule pack, registry file or model meta.json: far less


FORMAT = 4  # bump when the entry layout changes (3: the claim inventory; 4: its digest)


# Config fields that decide which files are checked or the exit code, not a file's findings.
# read_from: which files a config came from, not what it says (its settings are in the key).
_NOT_IN_KEY = {"path", "root", "include", "exclude", "fail_on", "origins", "read_from"}


def settings_fingerprint(config: Config, overrides: Overrides) -> str:
    """A hash of the settings that decide a file's findings, including the files they name."""
    digest = hashlib.sha256()
    settings = {
        "config": {
            f.name: getattr(config, f.name) for f in fields(config) if f.name not in _NOT_IN_KEY
        },
        "select": overrides.select,
        "ignore": overrides.ignore,
        "claims": overrides.claims,
        "builtin_claims": overrides.builtin_claims,
        "model": overrides.model,
    }
    digest.update(json.dumps(settings, sort_keys=True, default=str).encode())
    named = (*config.rule_packs, *config.claims, *overrides.claims)
    _hash_files(digest, named)
    for model in {config.model, overrides.model} - {None}:
        _hash_files(digest, _model_files(str(model)))
    return digest.hexdigest()


@cache
def code_fingerprint() -> str:
    """A hash of the code and bundled data: a new version, an edited checkout or spaCy upgrade."""
    digest = hashlib.sha256(f"{FORMAT}\0{__version__}\0{sys.version_info[:2]}".encode())
    _hash_files(digest, [*code_files(), data_dir("rules"), data_dir("claims")])
    # The versions of what reads the files and the rules: spaCy (the tokenizer), markdown-it-py
    # and its plugins (what is prose, and where), PyYAML (rules, lexicons, registry, config)
    # and regex (a user's patterns). Each package's version file, found without importing it.
    for package, version_file in _VERSIONED:
        _hash_files(digest, _package_files(package, version_file))
    return digest.hexdigest()


_VERSIONED = (
    ("spacy", "about.py"),
    ("markdown_it", "__init__.py"),
    ("mdit_py_plugins", "__init__.py"),
    ("yaml", "__init__.py"),
    ("regex", "_main.py"),  # its version is in the compiled part; its Python part changes with it
)


def code_files() -> list[Path]:
    """Every source file of the linter package (not only this folder's: a check decides too),
    and the data it ships beside them: a retrained strength model changes readings, and with
    them causal and registry findings, with no line of code changed."""
    package = Path(__file__).resolve().parents[1]
    shipped = (p for p in (package / "nlp" / "data").rglob("*") if p.is_file())
    return sorted([*package.rglob("*.py"), *shipped])


def _hash_files(digest: Any, paths: Iterable[Path]) -> None:
    """Each path and its bytes (a folder: every file under it); a missing file hashes as such."""
    for path in paths:
        if path.is_dir():
            _hash_files(digest, sorted(p for p in path.rglob("*") if p.is_file()))
            continue
        digest.update(f"\0{path}\0".encode("utf-8", "surrogatepass"))
        try:
            # A FIFO or /dev/zero named as a rule pack is refused (and reported) when loaded;
            # here it must not hang, nor fill memory.
            digest.update(read_capped(path, MAX_HASHED_BYTES))
        except OSError as exc:
            digest.update(f"unreadable: {exc.errno} {exc}".encode("utf-8", "surrogatepass"))


def _package_files(name: str, *files: str) -> list[Path]:
    """Files inside an installed package, found without importing it."""
    try:
        spec = find_spec(name)
    except (ImportError, ValueError):
        return []
    if spec is None or not spec.submodule_search_locations:
        return []
    root = Path(next(iter(spec.submodule_search_locations)))
    return [root / f for f in files]


def _model_files(model: str) -> list[Path]:
    """What identifies a spaCy pipeline's version: its meta.json, by path or by package."""
    if os.path.isdir(model):
        return [Path(model) / "meta.json"]
    return _package_files(model, "meta.json")
