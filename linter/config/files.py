"""Config: `.healthlint.yaml` or `[tool.healthlint]` in pyproject.toml, found upward from a file."""

from __future__ import annotations

import stat
import tomllib
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from linter.config.accept import entry_problem, read_accept_file
from linter.config.resources import data_dir
from linter.config.safe_read import ReadRefused, read_capped
from linter.config.toml_lines import load_toml_table
from linter.config.yamlio import MAX_YAML_BYTES, LineDict, LineList, load_yaml_file
from linter.errors import ConfigError, ConfigErrors, did_you_mean
from linter.findings import FAIL_ON, LEVEL_NAMES

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
            # Named, never quoted: `extends: /etc/shadow` must not print a line of it.
            where = (
                f" (line {exc.line})" if exc.line is not None and exc.path == str(target) else ""
            )
            raise ConfigError(
                str(path),
                f"extends: {parent!r} is not a valid healthlint config{where}; "
                f"check it with --config",
                data.line_of("extends"),
            ) from None
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
