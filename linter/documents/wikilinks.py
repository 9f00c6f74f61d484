"""Wikilinks, `[[Page]]` and `[[Page|shown text]]`, read as the words a reader sees.

Obsidian (help.obsidian.md, "Internal links"), Foam, Quartz, Dendron and MediaWiki link a note
to another by its name in double brackets; the rendered page shows the name, or the text after
a `|` when one is given ("Change the link display text"), and a link to a heading or block,
`[[Page#Heading]]`, `[[Page#^block]]`, shows the page's name. `![[file]]` embeds a file or a
note ("Embed files") and shows no words of its own here. A health note linked so
(`Treats [[Hypertension|high blood pressure]]`) is read "Treats high blood pressure": the
brackets, the target and the pipe are markup. A wikilink is a link between the site's own
notes, so it is never a source. `[[1]]` (a reference number in brackets), a Markdown link
whose text starts with a bracket (`[[1]](#ref)`) and a reference link in brackets (`[[label]]`
where the file defines `[label]: url`) are left to CommonMark's rules.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.common.utils import normalizeReference
from markdown_it.rules_inline import StateInline

# One line, no brackets inside, bounded: the scan stays linear on any input.
_WIKILINK = re.compile(r"(!?)\[\[([^\[\]\n|]{1,200}?)(?:\|([^\[\]\n]{0,200}?))?\]\](?![(\[:])")
_NUMBERS = re.compile(r"[\d\s,–-]+")


def wikilinks_plugin(md: MarkdownIt) -> None:
    """Read `[[Page]]`, `[[Page|text]]` and `![[embed]]` (before links, which `[[` would open)."""
    md.inline.ruler.before("link", "wikilink", _wikilink)


def _wikilink(state: StateInline, silent: bool) -> bool:
    src, pos = state.src, state.pos
    if src[pos] not in "![" or not src.startswith("[[", pos + (src[pos] == "!")):
        return False
    match = _WIKILINK.match(src, pos)
    if match is None or _NUMBERS.fullmatch(match[2]):
        return False
    # "[[*foo* bar]]" with a definition of "[*foo* bar]" is a link in brackets (CommonMark)
    inner = src[match.start() + len(match[1]) + 2 : match.end() - 2]
    if normalizeReference(inner) in state.env.get("references", {}):
        return False
    if not silent:
        start, end = _shown(match)
        if not match[1] and start < end:
            token = state.push("text", "", 0)
            token.content = src[start:end]
            token.meta["span"] = (start, end)  # exactly where the shown words are
        # A token of its own after the text, so that the span above is the text's alone (the
        # position tracker places a rule's lone token over all it read); readers skip it.
        state.push("wikilink", "", 0)
    state.pos = match.end()
    return True


def _shown(match: re.Match[str]) -> tuple[int, int]:
    """[start, end) in the source of the words the rendered link shows."""
    if match[3] is not None and match[3].strip():
        start, text = match.start(3), match[3]
    else:
        start, text = match.start(2), match[2]
        page = text.split("#", 1)[0]
        if page.strip():
            text = page
        else:  # a heading of this note: "#Dosage" shows "Dosage"
            cut = len(text) - len(text.lstrip("#^"))
            start, text = start + cut, text[cut:]
    lead = len(text) - len(text.lstrip())
    return start + lead, start + len(text.rstrip())
