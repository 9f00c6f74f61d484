"""Reading the wild corpora as text: decoding, prose lines, rough word counts and sentence units.

The benchmarks in wild.py and windows.py key their judgements on text cut by these functions,
so the splitter is frozen: changing it changes sentence hashes and orphans earlier verdicts.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


def read_source(path: Path) -> str:
    """The file's text decoded as healthlint decodes it, so that line:column agree."""
    data = path.read_bytes()
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    for encoding in ("utf-8", "cp1252", "latin-1"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte")


def short_hash(text: str) -> str:
    """A 10-hex-digit fingerprint: enough to key a judgement, too short to carry the text."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:10]


def line_starts(source: str) -> list[int]:
    return [0] + [i + 1 for i, c in enumerate(source) if c == "\n"]


def offset_of(starts: list[int], line: int, column: int) -> int:
    return starts[line - 1] + column - 1


_FENCE = re.compile(r"^\s{0,3}(```|~~~)")


def prose_lines(source: str) -> Iterator[tuple[int, int, str]]:
    """(line number, start offset, line) outside YAML front matter and fenced code."""
    lines = source.split("\n")
    starts = line_starts(source)
    skip_until = -1
    if lines and lines[0].strip() == "---":
        # Front matter runs to the next line that is only '---'; unclosed means no front matter.
        for index in range(1, len(lines)):
            if lines[index].strip() in ("---", "..."):
                skip_until = index
                break
    in_fence = False
    for index, line in enumerate(lines):
        if index <= skip_until:
            continue
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        yield index + 1, starts[index], line


_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_REF_DEF = re.compile(r"^\s*\[[^\]]+\]:\s*\S+.*$", re.MULTILINE)
_TAG = re.compile(r"<[^>\n]*>")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_WORD = re.compile(r"[^\W_][\w'’-]*")


def strip_markup(text: str) -> str:
    """Text with link targets, reference definitions, HTML tags and bare URLs removed."""
    text = _LINK_TARGET.sub("]", text)
    text = _REF_DEF.sub(" ", text)
    text = _TAG.sub(" ", text)
    return _URL.sub(" ", text)


def count_words(source: str) -> int:
    """Rough prose words: runs of letters or digits outside front matter, fenced code, HTML
    comments and tags, link targets, reference definitions and bare URLs."""
    body = "\n".join(line for _, _, line in prose_lines(source))
    body = _COMMENT.sub(" ", body)
    return len(_WORD.findall(strip_markup(body)))


# Words that end in a full stop without ending a sentence.
_ABBREVIATIONS = {
    "dr", "mr", "mrs", "ms", "prof", "st", "vs", "etc", "e.g", "i.e", "al", "fig", "approx",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
    "inc", "ltd", "jr", "sr", "vol", "eds", "pp", "ph.d", "m.d",
}  # fmt: skip
_BOUNDARY = re.compile(
    r"[.!?…]+[\"'”’)\]*_]*(?:\[\d[\d,\s–-]*\])*[\"'”’)\]*_]*\s+(?=[\"“‘'(\[*_#]*[A-Z0-9])"
)


def split_sentences(line: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in one source line, outer whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for match in _BOUNDARY.finditer(line):
        before = line[begin : match.start() + 1]
        word = re.search(r"([\w.]+)\.?$", before[:-1] if before.endswith(".") else before)
        token = (word.group(1) if word else "").lower().rstrip(".")
        if line[match.start()] == "." and token in _ABBREVIATIONS:
            continue
        spans.append((begin, match.end()))
        begin = match.end()
    spans.append((begin, len(line)))
    trimmed = []
    for start, end in spans:
        text = line[start:end]
        left = len(text) - len(text.lstrip())
        right = len(text.rstrip())
        if right > left:
            trimmed.append((start + left, start + right))
    return trimmed


def sentence_around(source: str, starts: list[int], line: int, column: int) -> str:
    """The sentence (by split_sentences) of the source line that holds line:column."""
    line_text = source[starts[line - 1] :].split("\n", 1)[0]
    at = column - 1
    spans = split_sentences(line_text) or [(0, len(line_text))]
    for start, end in spans:
        if start <= at < end:
            return line_text[start:end]
    # Between sentences (or past the end): the nearest sentence that starts before it.
    before = [span for span in spans if span[0] <= at]
    start, end = before[-1] if before else spans[0]
    return line_text[start:end]


@dataclass(frozen=True)
class Unit:
    """One sentence, heading or list item of a corpus file, as a character range of the source."""

    corpus: str
    path: str
    line: int
    start: int
    end: int
    text: str
    occ: int

    @property
    def key(self) -> tuple[str, str, str, int]:
        return (self.corpus, self.path, short_hash(self.text), self.occ)


def units_of(corpus: str, path: str, source: str, min_words: int = 3) -> list[Unit]:
    """Sentence units of one file, skipping obvious non-prose: fewer than `min_words` words once
    markup is gone (menus, phone numbers, rules, bare tags and links)."""
    units: list[Unit] = []
    seen: dict[str, int] = {}
    comments = [(m.start(), m.end()) for m in _COMMENT.finditer(source)]
    for number, offset, line in prose_lines(source):
        for start, end in split_sentences(line):
            at = offset + start
            if any(s <= at < e for s, e in comments):
                continue
            text = line[start:end]
            if len(_WORD.findall(strip_markup(text).replace("*", " "))) < min_words:
                continue
            if not re.search(r"[A-Za-z]{2}", strip_markup(text)):
                continue
            digest = short_hash(text)
            occ = seen.get(digest, 0)
            seen[digest] = occ + 1
            units.append(Unit(corpus, path, number, at, offset + end, text, occ))
    return units
