"""Adding a phrase to a project's allow list: its accept file, or `accept:` in its config.

The file is edited as text, not dumped again, so its comments and layout stay; the result is
parsed back, and it is written (atomically) only if it then holds the phrase and nothing else
changed meaning.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import yaml

from linter.config.files import Config
from linter.errors import ConfigError
from linter.run.atomic import write_atomic

NEW_CONFIG = "# healthlint configuration: `healthlint rules list`, and the README.\n"
_TOML_TABLE = re.compile(
    r"^[ \t]*\[[ \t]*tool[ \t]*\.[ \t]*healthlint[ \t]*\][ \t]*(?:#.*)?$", re.M
)
_TOML_HEADER = re.compile(r"^[ \t]*\[", re.M)
_TOML_ACCEPT = re.compile(r"^[ \t]*accept[ \t]*=[ \t]*\[", re.M)


def add_to_allow_list(
    phrase: str, config: Config | None, config_file: Path | None, folder: Path
) -> Path:
    """Add `phrase` to the allow list of the project; the file written (or already holding it).

    The nearest config's own accept file if it names one, else its `accept:` list (in
    .healthlint.yaml or pyproject.toml), else a new .healthlint.yaml in `folder`.
    """
    entry = " ".join(phrase.split())
    if config is not None and any(e.casefold() == entry.casefold() for e in config.accept):
        return config_file or folder
    if config is not None and config.accept_files:
        target = config.accept_files[-1]
        text = _read(target, missing_ok=True)
        newline = "\r\n" if "\r\n" in text else "\n"
        if text and not text.endswith(("\n", "\r")):
            text += newline
        _write(target, text + entry + newline)
        return target
    if config_file is None:
        target = folder / ".healthlint.yaml"
        _write(target, yaml_with_entry(NEW_CONFIG, entry))
        return target
    text = _read(config_file)
    try:
        if config_file.name == "pyproject.toml":
            new = toml_with_entry(text, entry)
        else:
            new = yaml_with_entry(text, entry)
    except (yaml.YAMLError, tomllib.TOMLDecodeError):
        raise ConfigError(str(config_file), "cannot be read; fix its errors first") from None
    except ConfigError as exc:
        raise ConfigError(str(config_file), exc.message) from None
    _write(config_file, new)
    return config_file


def _read(path: Path, missing_ok: bool = False) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if missing_ok:
            return ""
        raise ConfigError(str(path), "cannot read: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), f"cannot read: {exc}") from None


def _write(path: Path, text: str) -> None:
    try:
        write_atomic(path, text.encode("utf-8"))
    except OSError as exc:
        raise ConfigError(str(path), f"cannot write: {exc.strerror or exc}") from None


def _line_end(text: str, index: int) -> int:
    end = text.find("\n", index)
    return len(text) if end == -1 else end


def yaml_with_entry(text: str, entry: str) -> str:
    """YAML config text with `entry` added to its `accept:` list (made if missing)."""
    quoted = json.dumps(entry, ensure_ascii=False)  # a JSON string is a YAML double-quoted one
    newline = "\r\n" if "\r\n" in text else "\n"
    root = yaml.compose(text, Loader=yaml.SafeLoader) if text.strip() else None
    key: Any = None
    value: Any = None
    if isinstance(root, yaml.MappingNode):
        key, value = next(((k, v) for k, v in root.value if k.value == "accept"), (None, None))
    elif root is not None and not (isinstance(root, yaml.ScalarNode) and root.value == ""):
        raise ConfigError(None, "the config is not a mapping; add the phrase by hand")
    if value is None:
        if text and not text.endswith("\n"):
            text += newline
        new = f"{text}accept:{newline}  - {quoted}{newline}"
    elif isinstance(value, yaml.SequenceNode) and value.flow_style:
        at = value.start_mark.index + 1
        new = text[:at] + quoted + (", " if value.value else "") + text[at:]
    elif isinstance(value, yaml.SequenceNode) and value.value:
        first = value.value[0].start_mark
        line_start = text.rfind("\n", 0, first.index) + 1
        prefix = text[line_start : first.index]  # "  - ", the first item's own
        new = text[:line_start] + prefix + quoted + newline + text[line_start:]
    elif isinstance(value, yaml.ScalarNode) and value.tag.endswith(":null"):
        if value.start_mark.index == value.end_mark.index:  # `accept:` with nothing after it
            at = _line_end(text, key.end_mark.index)
            if text[at - 1 : at] == "\r":
                at -= 1
            new = text[:at] + f"{newline}  - {quoted}" + text[at:]
        else:  # `accept: ~` or `accept: null`
            new = text[: value.start_mark.index] + f"[{quoted}]" + text[value.end_mark.index :]
    elif isinstance(value, yaml.ScalarNode):  # one phrase, written bare
        original = text[value.start_mark.index : value.end_mark.index]
        new = (
            text[: value.start_mark.index]
            + f"[{original}, {quoted}]"
            + text[value.end_mark.index :]
        )
    else:
        raise ConfigError(None, "accept: is not a list; add the phrase by hand")
    _check(yaml.safe_load(text) if text.strip() else None, yaml.safe_load(new), entry)
    return new


def toml_with_entry(text: str, entry: str) -> str:
    """pyproject.toml text with `entry` added to [tool.healthlint]'s `accept` (made if missing)."""
    quoted = json.dumps(entry, ensure_ascii=False)  # valid as a TOML basic string too
    newline = "\r\n" if "\r\n" in text else "\n"
    table = _TOML_TABLE.search(text)
    if table is None:
        if text and not text.endswith("\n"):
            text += newline
        new = f"{text}{newline}[tool.healthlint]{newline}accept = [{quoted}]{newline}"
    else:
        body_start = _line_end(text, table.end()) + 1
        following = _TOML_HEADER.search(text, body_start)
        body_end = following.start() if following else len(text)
        accept = _TOML_ACCEPT.search(text, body_start, body_end)
        if accept is None:
            new = text[:body_start] + f"accept = [{quoted}]{newline}" + text[body_start:]
        else:
            at = accept.end()
            empty = text[at:].lstrip().startswith("]")
            new = text[:at] + quoted + ("" if empty else ", ") + text[at:]

    def healthlint(source: str) -> Any:
        return tomllib.loads(source).get("tool", {}).get("healthlint") if source else None

    try:
        _check(healthlint(text), healthlint(new), entry)
    except tomllib.TOMLDecodeError:
        raise ConfigError(None, "could not add the phrase safely; add it by hand") from None
    return new


def _check(before: Any, after: Any, entry: str) -> None:
    """The new config is the old one with `entry` added to `accept`, and nothing else changed."""
    before = dict(before or {})
    after = dict(after) if isinstance(after, dict) else {}
    old = before.pop("accept", None) or []
    new = after.pop("accept", None)
    old = [old] if isinstance(old, str) else list(old)
    if before != after or not isinstance(new, list) or sorted(new) != sorted([*old, entry]):
        raise ConfigError(None, "could not add the phrase safely; add it by hand")
