"""Safe YAML loading with line numbers in errors and a guard against alias bombs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

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
    return load_yaml_text(text, str(path), bundled=_is_bundled(path))


def _is_bundled(path: Path) -> bool:
    from linter.config.resources import data_dir

    resolved = path.resolve()
    return any(resolved.is_relative_to(data_dir(name).resolve()) for name in ("rules", "claims"))
