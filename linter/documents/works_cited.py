"""In-text citations the page itself resolves: "(Smith)", "(Smith 12)", "(AAD)" keyed to an
entry of the page's own works-cited list.

MLA style (MLA Handbook, 9th ed., ch. 6) cites in the prose by the first element of the
works-cited entry, in parentheses at the end of the sentence or clause: the author's surname
or the organisation ("(Rao et al.)", "(Cleveland Clinic)"), with a page number or a short title
after it ("(Smith 12)", "(Vogue, “Capsule Wardrobe”)"), or the title when the entry has no
author ("(“Changes to Gut”)"). The parenthetical carries no link, DOI or year, so on its own it
is no source (GUIDELINE.md: naming an institution is not one); with the list on the same page a
reader can look it up, as a numbered marker is looked up in a numbered list. So a parenthetical
is a source only when the page resolves it, read by construction:
- a reference list on the page: the blocks documents/page.py leaves out as citation entries;
- the parenthetical closes a sentence or clause (punctuation or the block's end after it), and
  is not an abbreviation's definition ("the National Institutes of Health (NIH) shows");
- one of its names (split at ";") matches the start of an entry at a word's end: the author or
  organisation, or the title of an entry with no author; for such an entry also the container
  after its title ("(PubMed)" for “Title.” PubMed, 2025), which writers put for the missing
  author; an abbreviation matches an entry that spells it as the initials of its first element
  or writes it as a word ("(USDA)": "United States Department of Agriculture. ... USDA ...");
- the entry is about what the paragraph says: a content word of its title (or of the entry,
  without the matched name, where no title is told apart) is in the paragraph too. GUIDELINE.md
  counts a reference as a source only where it points to evidence for the claim; a listed page
  on another subject does not (a wrong source is worse than a false alarm).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from linter.config.lexicon import default_lexicon
from linter.documents.model import Attachment, Block

KIND = "works-cited"
# How much of an entry its citation carries: an APA title (where a design is named: "... in rats")
# often starts after a long author list.
_TARGET = 320
# A parenthetical on one line: its content, at most a short title's length.
_PARENTHETICAL = re.compile(r"\(([^()\n]{2,160})\)")
# What may follow a citation that closes a sentence or clause: a closing quote, then punctuation.
_CLOSES = re.compile(r"[”\"’']?\s*(?:[.,;:!?]|$)")
# The locator after a name: a page or a range ("12", "pp. 4-5", "par. 3").
_LOCATOR = re.compile(r"\s+(?:(?:pp?|par|ch|sec)\.\s*)?\d+(?:\s*[-–]\s*\d+)?\s*$")
_ET_AL = re.compile(r"\s+(?:et al\.?|and others)\s*$")
_SECOND_AUTHOR = re.compile(r"\s+(?:and|&)\s+.*$")
_ABBREVIATION = re.compile(r"[A-Z]{2,6}")
_ABBREVIATION_WORD = re.compile(r"\b[A-Z]{2,6}\b")
_QUOTES = "“”\"‘’'"
_OPEN_QUOTES = '“"‘'
# A name: capitalised words (and the small words of names), or a quoted short title.
_NAME = re.compile(r"[“\"‘]?[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,9}[”\"’]?")
# Where an entry's locator part starts: nothing after it says what the work is about.
_LOCATOR_PART = re.compile(r"\bhttps?://|\bwww\.|\bAccessed\b|\bRetrieved\b|\bdoi\b", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# A publication year, in a citation ("Smith, 2016") or an entry ("(2016)", "2016.").
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_TITLE_END = re.compile(r"[.?!](?:\s|$)")
# The date element of an APA reference (APA Publication Manual, 7th ed., §9.4: author, date,
# title, source): "(2016)." or "(2016, May 3)." after the authors, the title after it.
_APA_DATE = re.compile(r"\s\((?:\d{4}[a-z]?|n\.d\.)(?:, [A-Z][a-z]+(?: \d{1,2})?)?\)\.\s+")
# Penn Treebank wh-adverbs (WRB), which titles open with; the other function words are the
# registry's closed classes (rules/lexicon/registry.yaml).
_WH_ADVERBS = frozenset({"how", "why", "when", "where"})
# Truncation stemming (Paice 1990, "Another stemmer"; Jivani 2011's survey): words agree on
# their first letters, plural -s off, so "diabetes"/"diabetic" and "diets"/"diet" meet.
_STEM = 5
_MIN_WORD = 4


@cache
def _function_words() -> frozenset[str]:
    words = default_lexicon().get("registry.function_words")
    return frozenset(w.lower() for w in words) | _WH_ADVERBS


def _stems(text: str) -> set[str]:
    """The content words of a text, lower-cased and truncated."""
    out = set()
    skip = _function_words()
    for match in _WORD.finditer(text):
        word = match.group(0).lower().strip("'’-")
        if len(word) < _MIN_WORD or word in skip:
            continue
        if word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        out.add(word[:_STEM])
    return out


def _entries(block: Block, source: str | None) -> list[str]:
    """The entries of a reference-list block: one, or one a source line where the paragraph
    holds several (soft line breaks join them into one block of text)."""
    text = block.text
    starts = [0]
    if source is not None:
        offsets = block.offsets
        for i in range(1, len(text)):
            # A space the reader made of a line break: the source between it and this
            # character holds the newline.
            gap = text[i - 1].isspace() and not text[i].isspace()
            if gap and "\n" in source[offsets[i - 1] : offsets[i]]:
                starts.append(i)
    return [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


def _names(content: str) -> list[tuple[str, str | None]]:
    """The names a parenthetical cites by, one a citation, each with the year it gives:
    "Smith 12; Doe, 2016" -> (Smith, None), (Doe, 2016)."""
    names = []
    for part in content.split(";"):
        name = part.strip().split(",", 1)[0].strip()
        name = _SECOND_AUTHOR.sub("", _ET_AL.sub("", _LOCATOR.sub("", name)))
        if _NAME.fullmatch(name) and not any(c.isdigit() for c in name):
            year = _YEAR.search(part)
            names.append((name.strip(_QUOTES), year.group(0) if year else None))
    return names


def _begins_with(text: str, name: str) -> bool:
    """Whether `text` starts with `name`, the name ending where a word does."""
    return text.startswith(name) and (len(text) == len(name) or not text[len(name)].isalnum())


def _first_word(text: str) -> str:
    found = _WORD.match(text)
    return found.group(0) if found else ""


def _initials(text: str) -> str:
    return "".join(w[0] for w in _WORD.findall(text) if w[0].isupper())


def _closing_quote(text: str) -> int:
    """Where the quote that opens `text` closes (the first closing quote after it), or -1."""
    return min((i for i in (text.find(q, 1) for q in '”"’') if i > 0), default=-1)


def _parts(entry: str) -> tuple[str, str, str]:
    """(first element, title, container) of an entry: its author or, with no author, its
    quoted title; the title; what follows the title, up to its locator."""
    entry = entry[: m.start()] if (m := _LOCATOR_PART.search(entry)) else entry
    if entry[:1] in _OPEN_QUOTES:
        close = _closing_quote(entry)
        if close > 0:
            title = entry[1:close].strip(" .,")
            return title, title, entry[close + 1 :].strip(" .,")
        return entry, "", ""
    dated = _APA_DATE.search(entry)
    if dated is not None:  # APA: "Marlow, J. K. (2016). Title. Journal": the title after the date
        rest = entry[dated.end() :]
        stop = _TITLE_END.search(rest)
        return entry[: dated.start()], (rest[: stop.start()] if stop else rest).strip(" .,"), ""
    end = _TITLE_END.search(entry)
    if not end:
        return entry, "", ""
    first, rest = entry[: end.start()], entry[end.end() :].lstrip()
    if rest[:1] in _OPEN_QUOTES:
        close = _closing_quote(rest)
        title = rest[1:close] if close > 0 else ""
    else:
        stop = _TITLE_END.search(rest)
        title = rest[: stop.start()] if stop else rest
    return first, title.strip(" .,"), ""


def entry_title(entry: str) -> str:
    """The title of a reference entry (APA's after its date, MLA's quoted or after its author),
    "" where none is told apart: what the work is, without the journal it is in."""
    return _parts(entry)[1]


@dataclass(frozen=True)
class _Entry:
    """One works-cited entry, read once: its text, the parts a name is matched against, and the
    stems of what it is about."""

    text: str
    first: str
    container: str
    told: str  # the entry up to its locator
    about: frozenset[str]
    years: frozenset[str]

    @classmethod
    def read(cls, text: str) -> _Entry:
        first, title, container = _parts(text)
        cut = _LOCATOR_PART.search(text)
        about = _stems(title or text.replace(first, " "))
        told = text[: cut.start()] if cut else text
        return cls(text, first, container, told, frozenset(about), frozenset(_YEAR.findall(told)))

    def index_words(self) -> set[str]:
        """The first words of the names that can cite it (`cited_by` decides)."""
        keys = {_first_word(self.text.lstrip(_QUOTES)), _first_word(self.container)}
        keys.add(_initials(self.first))
        keys.update(_ABBREVIATION_WORD.findall(self.told))
        return keys - {""}

    def cited_by(self, name: str, year: str | None = None) -> bool:
        """Whether an in-text citation by `name` (and `year`, if it gives one) points to this
        entry. A year the entry does not carry names another work by the same author ("Smith
        2016" is not "Smith, J. (2014)"), when the entry is dated at all."""
        if year is not None and self.years and year not in self.years:
            return False
        if _begins_with(self.text.lstrip(_QUOTES), name):
            return True  # the author, or an authorless entry's title
        if self.text[:1] in _OPEN_QUOTES and self.container and _begins_with(self.container, name):
            return True  # the container an authorless entry's title is in
        return bool(_ABBREVIATION.fullmatch(name)) and (
            _initials(self.first) == name or re.search(rf"\b{name}\b", self.told) is not None
        )


def _definition(text: str, start: int, name: str) -> bool:
    """Whether "(NIH)" at `start` defines an abbreviation: the capitalised words just before it
    have its letters as initials."""
    if not _ABBREVIATION.fullmatch(name):
        return False
    before = text[max(0, start - 120) : start]
    return _initials(" ".join(before.split()[-2 * len(name) :])).endswith(name)


def resolved_citations(
    blocks: list[Block], reasons: list[str | None], source: str | None = None
) -> dict[int, tuple[Attachment, ...]]:
    """Block index -> the works-cited attachments of its parenthetical citations, for the kept
    blocks (`reasons[i] is None`) of a page with a reference list."""
    entries = [
        _Entry.read(entry)
        for block, reason in zip(blocks, reasons, strict=True)
        if reason == "citation" and block.kind != "heading"
        for entry in _entries(block, source)
    ]
    if not entries:
        return {}
    # Each entry under the words a citation of it starts with: a long list is not scanned
    # whole for every parenthetical.
    by_word: dict[str, list[_Entry]] = {}
    for entry in entries:
        for word in entry.index_words():
            by_word.setdefault(word, []).append(entry)
    out: dict[int, tuple[Attachment, ...]] = {}
    for index, block in enumerate(blocks):
        if reasons[index] is not None or "(" not in block.text:
            continue
        said: set[str] | None = None  # the paragraph's words, its parentheticals left out
        found = []
        for match in _PARENTHETICAL.finditer(block.text):
            if not _CLOSES.match(block.text, match.end()):
                continue
            for name, year in _names(match.group(1)):
                if _definition(block.text, match.start(), name):
                    continue
                if said is None:
                    said = _stems(_PARENTHETICAL.sub(" ", block.text))
                near = by_word.get(_first_word(name), [])
                cited = next((e for e in near if e.cited_by(name, year) and e.about & said), None)
                if cited is not None:
                    found.append(Attachment(match.start(), match.end(), KIND, cited.text[:_TARGET]))
                    break
        if found:
            out[index] = tuple(found)
    return out
