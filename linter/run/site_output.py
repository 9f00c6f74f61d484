"""The folders a site generator writes, skipped by a walk only where the project's config says so.

A Hugo site builds its pages into `publishDir` (default `public/`) and keeps processed images
and stylesheets in `resources/_gen/`; a Jekyll site builds into `destination` (default
`_site/`, which a walk never enters: linter/run/files.py). Walked, such a folder gives every
page twice. A folder called `public` that no config names is a writer's own and is walked.

A folder is a Hugo site when it holds `hugo.toml`, `hugo.yaml`, `hugo.yml` or `hugo.json`
(Hugo 0.110+), or one of the older `config.*` names with a key only Hugo reads (`baseURL`,
`publishDir`); a Jekyll site when it holds `_config.yml` or `_config.yaml`. Key names are
compared case-insensitively, as Hugo does.
"""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import PurePosixPath
from typing import Any

import yaml

from linter.config.safe_read import ReadRefused, read_capped

_HUGO = ("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json")
_OLDER_HUGO = ("config.toml", "config.yaml", "config.yml", "config.json")
_HUGO_KEYS = {"baseurl", "publishdir"}
_JEKYLL = ("_config.yml", "_config.yaml")
_MAX_CONFIG_BYTES = 1_000_000


def output_folders(directory: str, names: set[str]) -> set[str]:
    """The paths, under `directory` (whose entries are `names`), of the folders a site generator
    configured there writes."""
    found: set[str] = set()
    for name in (*_HUGO, *_OLDER_HUGO):
        if name not in names:
            continue
        settings = _settings(os.path.join(directory, name))
        keys = {str(key).lower(): value for key, value in settings.items()}
        if name in _HUGO or _HUGO_KEYS & set(keys):
            found |= {_inside(keys.get("publishdir"), "public"), os.path.join("resources", "_gen")}
            break
    for name in _JEKYLL:
        if name in names:
            found.add(_inside(_settings(os.path.join(directory, name)).get("destination"), "_site"))
            break
    return {os.path.join(directory, path) for path in found if path}


def _inside(value: object, default: str) -> str:
    """A configured folder relative to the site's own folder, or "" when it lies outside."""
    path = PurePosixPath(value if isinstance(value, str) and value.strip() else default)
    if path.is_absolute() or ".." in path.parts:
        return ""
    return os.path.join(*path.parts) if path.parts else ""


def _settings(path: str) -> dict[Any, Any]:
    """A config file's top-level settings; empty when it cannot be read as its format."""
    try:
        text = read_capped(path, _MAX_CONFIG_BYTES).decode("utf-8")
        if path.endswith(".toml"):
            data: object = tomllib.loads(text)
        elif path.endswith(".json"):
            data = json.loads(text)
        else:
            data = yaml.safe_load(text)
    except (OSError, ValueError, RecursionError, ReadRefused, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}
