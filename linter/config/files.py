"""Config: `.healthlint.yaml` or `[tool.healthlint]` in pyproject.toml, found upward from a file."""

from __future__ import annotations

import stat
import tomllib
from dataclasses import replace
from functools import cache
from pathlib import Path

from linter.config.accept import read_accept_file
from linter.config.resources import data_dir
from linter.config.safe_read import ReadRefused, read_capped
from linter.config.sections import (
    _accept_entries,
    _boilerplate,
    _bool,
    _rule_setting,
    _sources,
    _strings,
)
from linter.config.settings import CONFIG_NAMES as CONFIG_NAMES
from linter.config.settings import KEYS, PRESETS
from linter.config.settings import Config as Config
from linter.config.toml_lines import load_toml_table
from linter.config.yamlio import MAX_YAML_BYTES, LineDict, load_yaml_file
from linter.errors import ConfigError, ConfigErrors, did_you_mean
from linter.findings import FAIL_ON

# Read as YAML, a TOML file fails with a parser's riddle: said so instead, here and by extends.
_TOML_ONLY = "a TOML config is read only as [tool.healthlint] in a file named pyproject.toml"


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above `start` (a file or a folder).

    The search stops at the repository root (a folder with `.git`) and never enters a folder,
    or reads a config file, that another user owns: in a shared folder such as /tmp, anyone can
    leave a `.healthlint.yaml` that would otherwise silence every check of the files below it.
    """
    folder = start if start.is_dir() else start.parent
    try:
        owner = folder.resolve().stat().st_uid
    except OSError:
        return None
    for directory in (folder.resolve(), *folder.resolve().parents):
        try:
            if directory.stat().st_uid != owner:
                return None  # an ownership boundary: not this user's folder
        except OSError:
            return None
        for name in CONFIG_NAMES:
            if _owned_file(directory / name, owner):
                return directory / name
        pyproject = directory / "pyproject.toml"
        if _owned_file(pyproject, owner) and _has_tool_section(pyproject):
            return pyproject
        if (directory / ".git").exists():
            return None  # the repository root: nothing above it is this repository's
    return None


def _owned_file(path: Path, owner: int) -> bool:
    try:
        info = path.stat()
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_uid == owner


def _has_tool_section(path: Path) -> bool:
    try:
        text = read_capped(path, MAX_YAML_BYTES).decode("utf-8")
        return "healthlint" in tomllib.loads(text).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def load_config(path: Path | None) -> Config:
    """Read a config file (and what it extends); every error names the file and line."""
    if path is None:
        return _default_config()
    path = path.resolve()
    try:
        info = path.stat()
    except OSError as exc:
        raise ConfigError(str(path), f"cannot read: {exc.strerror}") from None
    return _load_cached(path, info.st_mtime_ns, info.st_size)


@cache
def _default_config() -> Config:
    return _apply(Config(), _preset("default"), Path("<default>"))


@cache
def _load_cached(path: Path, mtime_ns: int, size: int) -> Config:
    # Keyed by modification time and size too, so an edited file is read again.
    return _load(path, ())


def forget_loaded() -> None:
    """Read every config again next time (a long-running server, when a file it names changed:
    the file it extends, its accept file)."""
    _load_cached.cache_clear()


def _load(path: Path, seen: tuple[Path, ...]) -> Config:
    if path in seen:
        raise ConfigError(str(path), "extends itself (a cycle of extends)")
    data = _read(path)
    base = Config(path=str(path), root=path.parent)
    problems: list[ConfigError] = []
    parent = data.get("extends", "default")
    if not isinstance(parent, str):
        problems.append(
            ConfigError(
                str(path), "extends must be a preset name or a path", data.line_of("extends")
            )
        )
        parent = "default"
    target = (path.parent / parent).resolve()
    if parent not in PRESETS and not target.is_file():
        problems.append(
            ConfigError(
                str(path),
                f"extends: no preset or file {parent!r} (presets: {', '.join(PRESETS)})",
                data.line_of("extends"),
            )
        )
        parent = "default"
    if parent in PRESETS:
        base = _apply(base, _preset(parent), path)
    else:
        try:
            loaded = _load(target, (*seen, path))
        except ConfigError as exc:
            if exc.message.startswith("extends"):
                raise  # a cycle, or a missing file further up: our words, nothing quoted
            # Named, never quoted (`extends: /etc/shadow` must not print a line of it); only
            # our own words are said: a TOML file is no config of its own.
            own = exc.line is not None and exc.path == str(target)
            why = f"is not a valid healthlint config (line {exc.line}); check it with --config"
            if own and exc.message.startswith(_TOML_ONLY):
                why = f"is TOML, and {_TOML_ONLY}: extend that or a .healthlint.yaml instead"
            why = why if own else "is not a valid healthlint config; check it with --config"
            line = data.line_of("extends")
            raise ConfigError(str(path), f"extends: {parent!r} {why}", line) from None
        base = replace(loaded, path=str(path), root=path.parent)
    base = replace(base, read_from=(*base.read_from, path))
    try:
        result = _apply(base, data, path)
    except ConfigErrors as exc:
        raise ConfigErrors([*problems, *exc.errors], exc.config) from None
    if problems:
        raise ConfigErrors(problems, result)
    return result


def _read(path: Path) -> LineDict:
    if path.name == "pyproject.toml":
        try:
            text = read_capped(path, MAX_YAML_BYTES).decode("utf-8")
            return load_toml_table(text, "tool", "healthlint")
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(str(path), f"invalid TOML: {exc}") from None
        except ReadRefused as exc:
            raise ConfigError(str(path), str(exc)) from None
        except (OSError, UnicodeDecodeError) as exc:
            why = getattr(exc, "strerror", None) or exc
            raise ConfigError(str(path), f"cannot read: {why}") from None
    if path.suffix.lower() == ".toml":
        why = f"{_TOML_ONLY}: move the settings there or to .healthlint.yaml"
        raise ConfigError(str(path), why, 1)
    data = load_yaml_file(path)
    if data is None:
        data = LineDict()
        data.line, data.key_lines = 1, {}
    if not isinstance(data, LineDict):
        raise ConfigError(str(path), "a config file must be a mapping", 1)
    return data


def _preset(name: str) -> LineDict:
    return _read(data_dir("rules") / "presets" / f"{name}.yaml")


def _apply(config: Config, data: LineDict, path: Path) -> Config:
    """Merge one file's settings over `config`, rule by rule; every error in it is reported."""
    where = str(path)
    problems: list[ConfigError] = []
    allowed = ", ".join(sorted(KEYS))
    for key in sorted(set(data) - KEYS):
        problems.append(
            ConfigError(
                where,
                f"unknown key {key!r}{did_you_mean(key, KEYS)} (allowed: {allowed})",
                data.line_of(key),
            )
        )
    levels, options = dict(config.levels), {k: dict(v) for k, v in config.options.items()}
    origins = dict(config.origins)
    rules = data.get("rules") or {}
    if not isinstance(rules, dict):
        problems.append(
            ConfigError(
                where, "rules must map rule ids to a level, off, or options", data.line_of("rules")
            )
        )
        rules = {}
    for rule_id, setting in rules.items():
        line = rules.line_of(rule_id) if isinstance(rules, LineDict) else data.line_of("rules")
        try:
            level, rule_options = _rule_setting(setting, where, line)
        except ConfigError as exc:
            problems.append(exc)
            continue
        origins[(str(rule_id),)] = (where, line)
        if level:
            levels[str(rule_id)] = level
        for key, value in rule_options.items():
            options.setdefault(str(rule_id), {})[str(key)] = value
            at = rule_options.line_of(key) if isinstance(rule_options, LineDict) else line
            origins[(str(rule_id), str(key))] = (where, at)
    fail_on = data.get("fail_on", config.fail_on)
    if fail_on not in FAIL_ON:
        problems.append(
            ConfigError(
                where, f"fail_on must be one of {', '.join(FAIL_ON)}", data.line_of("fail_on")
            )
        )
        fail_on = config.fail_on

    def strings(key: str) -> tuple[str, ...]:
        try:
            return _strings(data, key, where)
        except ConfigError as exc:
            problems.append(exc)
            return ()

    try:
        builtin_claims = _bool(data, "builtin_claims", config.builtin_claims, where)
    except ConfigError as exc:
        problems.append(exc)
        builtin_claims = config.builtin_claims
    base = path.parent
    try:
        allow, deny = _sources(data, where, config)
    except ConfigError as exc:
        problems.append(exc)
        allow, deny = config.sources_allow, config.sources_deny
    try:
        min_pages, report = _boilerplate(data, where, config)
    except ConfigError as exc:
        problems.append(exc)
        min_pages, report = config.boilerplate_min_pages, config.boilerplate_report
    baseline = config.baseline
    if "baseline" in data:
        value = data["baseline"]
        if isinstance(value, str) and value.strip():
            baseline = base / value
        else:
            problems.append(
                ConfigError(where, "baseline must be a file name", data.line_of("baseline"))
            )
    accept_files = tuple(base / p for p in strings("accept_file"))
    accept = [*config.accept, *_accept_entries(data, where, problems)]
    for accept_file in accept_files:
        entries, errors = read_accept_file(accept_file)
        accept += entries
        problems += [
            error if error.line else ConfigError(where, error.message, data.line_of("accept_file"))
            for error in errors
        ]
    result = replace(
        config,
        sources_allow=allow,
        sources_deny=deny,
        boilerplate_min_pages=min_pages,
        boilerplate_report=report,
        levels=levels,
        options=options,
        origins=origins,
        fail_on=fail_on,
        include=strings("include") or config.include,
        exclude=(*config.exclude, *strings("exclude")),
        rule_packs=(*config.rule_packs, *(base / p for p in strings("rule_packs"))),
        claims=(*config.claims, *(base / p for p in strings("claims"))),
        builtin_claims=builtin_claims,
        model=data.get("model", config.model),
        accept=tuple(accept),
        accept_files=(*config.accept_files, *accept_files),
        baseline=baseline,
    )
    if problems:
        raise ConfigErrors(problems, result)
    return result
