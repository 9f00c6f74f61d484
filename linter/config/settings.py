"""The Config value and the keys a config file may hold: what a loaded config is, apart from
how it is found and read (files.py), so the readers of its sections (sections.py) can build
on it without importing the loader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CONFIG_NAMES = (".healthlint.yaml", ".healthlint.yml")


KEYS = {
    "extends",
    "rules",
    "fail_on",
    "include",
    "exclude",
    "rule_packs",
    "claims",
    "builtin_claims",
    "model",
    "sources",
    "boilerplate",
    "accept",
    "accept_file",
    "baseline",
}


SOURCES_KEYS = ("allow", "deny")


BOILERPLATE_KEYS = ("min_pages", "report")


BOILERPLATE_REPORTS = ("once", "skip", "each")


PRESETS = ("default", "strict")


@dataclass(frozen=True)
class Config:
    """The effective settings for the files under one config file."""

    path: str | None = None
    root: Path = field(default_factory=Path.cwd)
    levels: dict[str, str] = field(default_factory=dict)  # rule id -> level or "off"
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    fail_on: str = "warning"
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    rule_packs: tuple[Path, ...] = ()
    claims: tuple[Path, ...] = ()
    builtin_claims: bool = True
    model: str | None = None
    # Link patterns that always (allow) or never (deny) count as a source: documents/links.py.
    sources_allow: tuple[str, ...] = ()
    sources_deny: tuple[str, ...] = ()
    # A sentence with findings on at least `min_pages` pages of a run is boilerplate, reported
    # once (with its number of pages), skipped, or on each page: run/boilerplate.py.
    boilerplate_min_pages: int = 5
    boilerplate_report: str = "once"
    # The allow list: phrases and sentences accepted project-wide (linter/config/accept.py),
    # from `accept:` and from the files `accept_file:` names (kept too, for an editor).
    accept: tuple[str, ...] = ()
    accept_files: tuple[Path, ...] = ()
    # The baseline `check` reads when no --baseline is given (run/baseline.py).
    baseline: Path | None = None
    # Every file this config was read from (itself and what it extends): not a setting.
    read_from: tuple[Path, ...] = field(default=(), compare=False)
    # Where each rule setting and option was last set, for errors found once the rules are
    # known: (rule id,) or (rule id, option) -> (file, line). Not a setting: not compared.
    origins: dict[tuple[str, ...], tuple[str, int]] = field(default_factory=dict, compare=False)

    def origin(self, *key: str) -> tuple[str, int | None]:
        """The file and line that set a rule (or one of its options), for an error there."""
        return self.origins.get(key, (self.path or "configuration", None))
