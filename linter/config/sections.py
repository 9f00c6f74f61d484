"""Readers of a config file's sections and values: accept entries, sources, boilerplate, a
rule's setting, lists of strings and booleans, each checked with its problems named. Separate
from files.py, which finds, reads and layers config files and applies these.
"""

from __future__ import annotations

from typing import Any

from linter.config.accept import entry_problem
from linter.config.settings import (
    BOILERPLATE_KEYS,
    BOILERPLATE_REPORTS,
    SOURCES_KEYS,
    Config,
)
from linter.config.yamlio import LineDict, LineList
from linter.errors import ConfigError
from linter.findings import LEVEL_NAMES


def _accept_entries(data: LineDict, where: str, problems: list[ConfigError]) -> list[str]:
    """The `accept:` list's entries; each bad one an error at its own line."""
    value = data.get("accept") or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        problems.append(
            ConfigError(where, "accept must be a list of phrases", data.line_of("accept"))
        )
        return []
    entries = []
    for index, entry in enumerate(value):
        line = value.line_of(index) if isinstance(value, LineList) else data.line_of("accept")
        if not isinstance(entry, str):
            problems.append(
                ConfigError(where, "accept: each entry must be a string (quote it)", line)
            )
            continue
        why = entry_problem(entry)
        if why:
            problems.append(ConfigError(where, f"accept: {why}", line))
        else:
            entries.append(entry)
    return entries


def _sources(data: LineDict, where: str, config: Config) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`sources: {allow: [...], deny: [...]}`: link patterns, added to those it extends."""
    if "sources" not in data:
        return config.sources_allow, config.sources_deny
    value = data.get("sources")
    line = data.line_of("sources")
    if value is None:
        return config.sources_allow, config.sources_deny
    if not isinstance(value, dict):
        raise ConfigError(where, "sources must be a mapping with allow and deny lists", line)
    found: dict[str, tuple[str, ...]] = {}
    for key in sorted(value):
        at = value.line_of(key) if isinstance(value, LineDict) else line
        if key not in SOURCES_KEYS:
            allowed = ", ".join(SOURCES_KEYS)
            raise ConfigError(where, f"unknown key {key!r} in sources (allowed: {allowed})", at)
        patterns = value[key] or []
        if isinstance(patterns, str):
            patterns = [patterns]
        if not isinstance(patterns, list):
            raise ConfigError(where, f"sources.{key} must be a list of link patterns", at)
        for pattern in patterns:
            if not isinstance(pattern, str) or not pattern.strip():
                raise ConfigError(where, f"sources.{key}: a pattern must be a non-empty string", at)
            if any(c.isspace() for c in pattern.strip()):
                raise ConfigError(
                    where, f"sources.{key}: pattern {pattern!r} holds a blank (links have none)", at
                )
        found[key] = tuple(p.strip() for p in patterns)
    return (
        (*config.sources_allow, *found.get("allow", ())),
        (*config.sources_deny, *found.get("deny", ())),
    )


def _boilerplate(data: LineDict, where: str, config: Config) -> tuple[int, str]:
    """`boilerplate: {min_pages: N, report: once|skip|each}`."""
    value = data.get("boilerplate")
    line = data.line_of("boilerplate")
    if value is None:
        return config.boilerplate_min_pages, config.boilerplate_report
    if not isinstance(value, dict):
        raise ConfigError(where, "boilerplate must be a mapping (min_pages, report)", line)
    for key in sorted(set(value) - set(BOILERPLATE_KEYS)):
        at = value.line_of(key) if isinstance(value, LineDict) else line
        allowed = ", ".join(BOILERPLATE_KEYS)
        raise ConfigError(where, f"unknown key {key!r} in boilerplate (allowed: {allowed})", at)
    min_pages = value.get("min_pages", config.boilerplate_min_pages)
    if isinstance(min_pages, bool) or not isinstance(min_pages, int) or min_pages < 2:
        at = value.line_of("min_pages") if isinstance(value, LineDict) else line
        raise ConfigError(where, "boilerplate.min_pages must be a whole number of 2 or more", at)
    report = value.get("report", config.boilerplate_report)
    if report not in BOILERPLATE_REPORTS:
        at = value.line_of("report") if isinstance(value, LineDict) else line
        allowed = ", ".join(BOILERPLATE_REPORTS)
        raise ConfigError(where, f"boilerplate.report must be one of {allowed}", at)
    return min_pages, report


def _rule_setting(setting: Any, where: str, line: int) -> tuple[str | None, dict[str, Any]]:
    """The level a rule setting names (None: unchanged) and its options, as written."""
    # `off` written bare is YAML 1.1's false; `on` is true (the rule at its default level).
    if setting is False or setting == "off":
        return "off", {}
    if setting is True or setting == "on":
        return None, {}
    if isinstance(setting, str):
        if setting.lower() not in LEVEL_NAMES:
            raise ConfigError(
                where, f"rule level must be one of off, {', '.join(LEVEL_NAMES)}", line
            )
        return setting.lower(), {}
    if isinstance(setting, dict):
        unknown = sorted(set(setting) - {"level", "options"})
        if unknown:
            raise ConfigError(
                where,
                f"unknown key {unknown[0]!r} in a rule setting (allowed: level, options)",
                line,
            )
        level, _ = _rule_setting(setting.get("level", True), where, line)
        options = setting.get("options") or {}
        if not isinstance(options, dict):
            raise ConfigError(where, "options must be a mapping", line)
        return level, options  # a LineDict: each option's line, for errors found later
    raise ConfigError(where, "a rule setting must be off, a level, or {level, options}", line)


def _strings(data: LineDict, key: str, where: str) -> tuple[str, ...]:
    value = data.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(where, f"{key} must be a list of strings", data.line_of(key))
    return tuple(value)


def _bool(data: LineDict, key: str, default: bool, where: str) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise ConfigError(where, f"{key} must be true or false", data.line_of(key))
    return value
