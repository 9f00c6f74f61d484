"""Safe YAML loading with line numbers in errors and a guard against alias bombs."""

from __future__ import annotations

import contextlib
import datetime
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from linter.config.json_store import JsonStore, digest, source_digest
from linter.config.safe_read import ReadRefused, read_capped
from linter.errors import ConfigError

MAX_YAML_BYTES = 5_000_000


class LineDict(dict[str, Any]):
    """A mapping that remembers the 1-based line of itself and of each of its keys."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list[Any]):
    """A sequence that remembers the 1-based line of each of its items (in a user's file)."""

    line: int = 0
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        lines = getattr(self, "item_lines", [])
        return lines[index] if index < len(lines) else self.line


class _NoAliasLoader(yaml.SafeLoader):
    """A SafeLoader that refuses aliases, so a 'billion laughs' file cannot expand in memory.

    Mappings load as LineDict so that schema errors can name the line.
    """

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]  # untyped in the stubs
            raise yaml.MarkedYAMLError(
                None, None, "aliases (*name) are not allowed here", event.start_mark
            )
        return super().compose_node(parent, index)


def _line_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> LineDict:
    mapping = LineDict({str(k): v for k, v in loader.construct_mapping(node, deep=True).items()})
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {
        str(key.value): key.start_mark.line + 1 for key, _ in node.value if key.value
    }
    return mapping


def _line_sequence(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> LineList:
    items = LineList(loader.construct_sequence(node, deep=True))
    items.line = node.start_mark.line + 1
    items.item_lines = [item.start_mark.line + 1 for item in node.value]
    return items


def _timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    """A date or time, or the text as written when it is no real date (`2026-13-01`).

    PyYAML raises a bare ValueError for a date-shaped scalar that is no date; left as text,
    the schema that reads it reports it at its line like any other wrong value.
    """
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


_MAPPING = yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG
_NoAliasLoader.add_constructor(_MAPPING, _line_mapping)
_NoAliasLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
# Only a user's files: an error about one item of a list names that item's line.
_NoAliasLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _line_sequence)

# healthlint's own data files are trusted: libyaml reads them ten times faster at start-up.
_Bundled: Any = getattr(yaml, "CSafeLoader", _NoAliasLoader)
if _Bundled is not _NoAliasLoader:

    class _Bundled(_Bundled):  # type: ignore[no-redef,misc]
        """libyaml's safe loader, with mappings as LineDict."""

    _Bundled.add_constructor(_MAPPING, _line_mapping)


def load_yaml_text(text: str, path: str, bundled: bool = False) -> Any:
    """Parse YAML text; every error becomes a one-line ConfigError with file:line."""
    if len(text) > MAX_YAML_BYTES:
        raise ConfigError(path, f"file is larger than {MAX_YAML_BYTES} bytes")
    try:
        return yaml.load(text, Loader=_Bundled if bundled else _NoAliasLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise ConfigError(path, f"invalid YAML: {problem}", line) from None
    except yaml.YAMLError as exc:
        raise ConfigError(path, f"invalid YAML: {exc}") from None


def load_yaml_file(path: Path) -> Any:
    """Read and parse a YAML file (UTF-8); a user's file may not use aliases."""
    try:
        # A regular file of bounded size only: a FIFO or /dev/zero named as a config never hangs.
        text = read_capped(path, MAX_YAML_BYTES).decode("utf-8")
    except ReadRefused as exc:
        raise ConfigError(str(path), str(exc)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            str(path), f"cannot read: {getattr(exc, 'strerror', None) or exc}"
        ) from None
    if not _is_bundled(path):
        return load_yaml_text(text, str(path))
    key = "" if _store is None else digest(_code_key(), text)
    if _store is None or key in _handed:  # a tree is handed out once: a caller may change it
        return load_yaml_text(text, str(path), bundled=True)
    # healthlint's own files, parsed in an earlier run: the same tree, from plain JSON.
    _handed.add(key)
    kept = _store.get(key)
    if isinstance(kept, list) and len(kept) == 1:
        return kept[0]
    _store.forget(key)
    value = load_yaml_text(text, str(path), bundled=True)
    with contextlib.suppress(_Unstorable):  # else parsed in every run, as before
        _store.put(key, [value], [encode_tree(value)])
    return value


# Bundled files parsed in earlier runs (a JsonStore the command line installs, see
# linter/run/startup.py), or None: parsed in every run.
_store: JsonStore | None = None
_handed: set[str] = set()
_TAG = "\x00"  # opens the keys of an object that stands for a LineDict or a date
_LINE, _KEYS, _ITEMS, _DATE, _TIME = (f"{_TAG}{n}" for n in ("line", "keys", "items", "d", "t"))


class _Unstorable(Exception):
    pass


def parse_store(path: Path | Any) -> JsonStore:
    """A store of parsed bundled files at `path` (or a function that says where)."""
    return JsonStore(path, hook=tree_hook, encode=lambda kept: [encode_tree(kept[0])])


def use_store(store: JsonStore | None) -> None:
    """Keep the bundled files' parsed trees in `store` between runs, or stop (None)."""
    global _store
    _store = store


@cache
def _code_key() -> str:
    """What a parse depends on besides the text: this code, PyYAML and its loader."""
    return digest(source_digest(__file__), yaml.__version__, _Bundled.__mro__[1].__name__)


def encode_tree(value: Any) -> Any:
    """A parsed tree as JSON holds it: a LineDict and a date as tagged objects."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, list):
        return [encode_tree(item) for item in value]
    if isinstance(value, LineDict) and not any(k.startswith(_TAG) for k in value):
        lines = getattr(value, "key_lines", None)
        if not isinstance(lines, dict) or any(k.startswith(_TAG) for k in lines):
            raise _Unstorable
        items = {key: encode_tree(item) for key, item in value.items()}
        return {_LINE: value.line, _KEYS: lines, _ITEMS: items}
    if type(value) is datetime.date:
        return {_DATE: value.isoformat()}
    if type(value) is datetime.datetime and value.tzinfo is None:
        return {_TIME: value.isoformat()}
    raise _Unstorable  # a set, bytes, a date with a zone, a plain dict: not kept


def tree_hook(obj: dict[str, Any]) -> Any:
    """json's object_hook: the objects `encode_tree` tagged, rebuilt; a tag of any other shape
    makes the whole file unreadable (ValueError), so that it is ignored."""
    if not obj or not next(iter(obj)).startswith(_TAG):
        return obj
    if set(obj) == {_LINE, _KEYS, _ITEMS}:
        line, lines, items = obj[_LINE], obj[_KEYS], obj[_ITEMS]
        if (
            type(line) is int
            and isinstance(lines, dict)
            and isinstance(items, dict)
            and all(type(n) is int for n in lines.values())
        ):
            mapping = LineDict(items)
            mapping.line, mapping.key_lines = line, lines
            return mapping
    if set(obj) == {_DATE} and isinstance(obj[_DATE], str):
        return datetime.date.fromisoformat(obj[_DATE])
    if set(obj) == {_TIME} and isinstance(obj[_TIME], str):
        return datetime.datetime.fromisoformat(obj[_TIME])
    raise ValueError("not a tree this module wrote")


def _is_bundled(path: Path) -> bool:
    from linter.config.resources import data_dir

    resolved = path.resolve()
    return any(resolved.is_relative_to(data_dir(name).resolve()) for name in ("rules", "claims"))
