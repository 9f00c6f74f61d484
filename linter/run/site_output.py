"""The folders a site generator writes, skipped by a walk only where the project's config says so.

A Hugo site builds its pages into `publishDir` (default `public/`) and keeps processed images
and stylesheets in `resources/_gen/`; a Jekyll site builds into `destination` (default
`_site/`, which a walk never enters: linter/run/files.py). Walked, such a folder gives every
page twice. A folder called `public` that no config names is a writer's own and is walked.

A folder is a Hugo site when it holds `hugo.toml`, `hugo.yaml`, `hugo.yml` or `hugo.json`
(Hugo 0.110+), or one of the older `config.*` names with a key only Hugo reads (`baseURL`,
`publishDir`); a Jekyll site when it holds `_config.yml` or `_config.yaml`. Key names are
compared case-insensitively, as Hugo does. The JavaScript generators' configs
(site_output_js.py) are read for the one setting that moves their output, never run.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Callable
from pathlib import PurePosixPath
from typing import Any

import yaml

from linter.config.safe_read import ReadRefused, read_capped
from linter.run.site_output_js import js_output_folders

_HUGO = ("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json")
_OLDER_HUGO = ("config.toml", "config.yaml", "config.yml", "config.json")
_HUGO_KEYS = {"baseurl", "publishdir"}
_JEKYLL = ("_config.yml", "_config.yaml")
MAX_CONFIG_BYTES = 1_000_000

Read = Callable[[str], bytes]  # a config file's bytes by its name in the folder; raises OSError


def output_folders(directory: str, names: set[str]) -> set[str]:
    """The paths, under `directory` (whose entries are `names`), of the folders a site generator
    configured there writes."""

    def read(name: str) -> bytes:
        return read_capped(os.path.join(directory, name), MAX_CONFIG_BYTES)

    return {os.path.join(directory, *path.split("/")) for path in configured_output(names, read)}


def configured_output(names: set[str], read: Read) -> set[str]:
    """The folders, relative to a folder whose entries are `names` and as POSIX paths, that the
    site generators configured there write; `read` gives a config file's bytes."""
    found: set[str] = set()
    for name in (*_HUGO, *_OLDER_HUGO):
        if name not in names:
            continue
        settings = _settings(name, read)
        keys = {str(key).lower(): value for key, value in settings.items()}
        if name in _HUGO or _HUGO_KEYS & set(keys):
            found |= {inside(keys.get("publishdir"), "public"), "resources/_gen"}
            break
    for name in _JEKYLL:
        if name in names:
            found.add(inside(_settings(name, read).get("destination"), "_site"))
            break
    found |= {inside(value, "") for value in js_output_folders(names, read)}
    return {path for path in found if path}


def inside(value: object, default: str) -> str:
    """A configured folder relative to the site's own folder, or "" when it lies outside."""
    path = PurePosixPath(value if isinstance(value, str) and value.strip() else default)
    if path.is_absolute() or ".." in path.parts:
        return ""
    return "/".join(path.parts)


def _settings(name: str, read: Read) -> dict[Any, Any]:
    """A config file's top-level settings; empty when it cannot be read as its format."""
    try:
        text = read(name).decode("utf-8")
        if name.endswith(".toml"):
            data: object = tomllib.loads(text)
        elif name.endswith(".json"):
            data = json.loads(text)
        else:
            data = yaml.safe_load(text)
    except (OSError, ValueError, RecursionError, ReadRefused, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}
