"""Hugo's TOML front matter (between `+++` lines): settings, never prose.

Hugo reads a page's front matter in YAML (`---`), TOML (`+++`) or JSON, and its default
archetype long wrote TOML (gohugo.io/content-management/front-matter). markdown-it's
front-matter plugin knows only `---`, so a TOML block was read as a paragraph and every setting
in it (`date = ...`, `notes = "..."`, `images = [...]`) checked as prose. The block is blanked
here (each character a space, line breaks kept, so offsets stay the file's, as templates.py
does with template tags) and its table is read with tomllib for what healthlint reads from
front matter itself: the `[healthlint]` table's `disable` and the title, the page's topic.

Its title and description are not checked as the YAML ones are (tomllib keeps no positions,
and every finding must point at its line and column): a miss, not a false alarm.

Hugo's JSON front matter, an object that opens the page (`{` first) and closes on its own line,
is read the same way with the json module; braces that open no such object are the page's.
"""

from __future__ import annotations

import json
import re
import tomllib
from typing import Any

_OPEN = re.compile(r"\A\+\+\+[ \t]*\r?\n")  # the text, decoded, has no byte order mark
_CLOSE = re.compile(r"^\+\+\+[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
_NOT_A_LINE_BREAK = re.compile(r"[^\r\n]")
_TOML_LINE = re.compile(r"\(at line (\d+),")
_LINE_END = re.compile(r"[ \t]*(?:\r?\n|\Z)")


def blank_front_matter_block(source: str) -> tuple[str, dict[str, Any] | None, str | None]:
    """`source` with a leading TOML or JSON front-matter block blanked; its table; a warning."""
    if source.startswith("{"):
        return blank_json_front_matter(source)
    return blank_toml_front_matter(source)


def blank_json_front_matter(source: str) -> tuple[str, dict[str, Any] | None, None]:
    """`source` with a leading JSON front-matter object blanked, and the object; the source as
    it is when it opens with no JSON object ending its line."""
    try:
        settings, end = json.JSONDecoder().raw_decode(source)
    except (ValueError, RecursionError):  # not JSON, or nested past what the parser reads
        return source, None, None
    closing = _LINE_END.match(source, end)
    if not isinstance(settings, dict) or closing is None:
        return source, None, None
    blanked = _NOT_A_LINE_BREAK.sub(" ", source[: closing.end()]) + source[closing.end() :]
    return blanked, settings, None


def blank_toml_front_matter(source: str) -> tuple[str, dict[str, Any] | None, str | None]:
    """`source` with a leading TOML front-matter block blanked; its table; a warning.

    With no such block (no `+++` first line, or none closing it) the source comes back as it
    is. A block that is not valid TOML is blanked all the same (it is settings, not prose),
    and said in the warning.
    """
    opening = _OPEN.match(source)
    closing = _CLOSE.search(source, opening.end()) if opening else None
    if opening is None or closing is None:
        return source, None, None
    body = source[opening.end() : closing.start()]
    blanked = _NOT_A_LINE_BREAK.sub(" ", source[: closing.end()]) + source[closing.end() :]
    try:
        return blanked, tomllib.loads(body), None
    except tomllib.TOMLDecodeError as exc:
        # tomllib counts the block's lines; the file's start one line above (the +++ line).
        where = _TOML_LINE.sub(lambda m: f"(at line {int(m.group(1)) + 1},", str(exc))
        return blanked, None, f"front matter is not valid TOML: {where}"
    except RecursionError:  # tomllib recurses into nested arrays and tables: a hostile page
        return blanked, None, "front matter is not valid TOML: nested too deeply to read"
