"""Helpers the readers share: block assembly, raw URLs, reference markers and directives."""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from itertools import repeat

from linter.documents.citations import SUP_MARKER_RE, URL_RE
from linter.documents.model import Attachment, Block, Directive

_URL_TRAILING = ".,:;!?)]}*_"
# The text of a link that is a numbered reference: 1, [2], 3,4, 1-3 (not a phone link's).
_LINK_MARKER_RE = re.compile(r"\s*\[?\d{1,3}(?:\s*[,–—-]\s*\d{1,3})*\]?\s*")
_NOT_MARKER_LINKS = ("tel:", "sms:", "mailto:", "fax:")
_DIRECTIVE_RE = re.compile(r"\s*healthlint-([A-Za-z][\w-]*)(.*)", re.DOTALL)


def comments(text: str) -> Iterator[tuple[int, str]]:
    """(start, content) of each `<!-- ... -->` in text; linear even when one is unclosed."""
    start = text.find("<!--")
    while start >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            return
        yield start, text[start + 4 : end]
        start = text.find("<!--", end + 3)


def parse_directive(comment: str, line: int) -> Directive | None:
    """The directive in an HTML comment's content (between `<!--` and `-->`), if any."""
    match = _DIRECTIVE_RE.match(comment)
    if match is None:
        return None
    rules = tuple(rule for rule in re.split(r"[\s,]+", match.group(2)) if rule)
    return Directive(line, match.group(1).lower(), rules)


def url_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each raw URL in text, without trailing sentence punctuation."""
    if "://" not in text and "www." not in text and "WWW." not in text:
        return []
    spans = []
    for match in URL_RE.finditer(text):
        start, end = match.span()
        while end > start and text[end - 1] in _URL_TRAILING:
            # A closing parenthesis that balances one inside the URL belongs to it.
            if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
                break
            end -= 1
        if end - start > len("www."):
            spans.append((start, end))
    return spans


class BlockBuilder:
    """Collects prose characters with their source offsets, and the sources attached to them."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        # 32-bit machine integers: a list of ints costs ~36 bytes a character, this 4 (files
        # are far below 2**31 characters: the CLI refuses files over 20 MB).
        self.offsets: array[int] = array("i")
        self.attachments: list[Attachment] = []
        self._links: list[tuple[int, str]] = []
        self._sup: tuple[int, int] | None = None
        self._blank_parts = 0  # parts[:this] hold white space only (has_words read them)

    def __len__(self) -> int:
        return len(self.offsets)

    def add(self, text: str, offsets: Iterable[int]) -> None:
        """Append prose; offsets[i] is the source offset of text[i]."""
        self.parts.append(text)
        if isinstance(offsets, memoryview) and offsets.format == self.offsets.typecode:
            # A view of another map (markdown_inline): copied as bytes, not one int at a time.
            self.offsets.frombytes(offsets.cast("B"))
        else:
            self.offsets.extend(offsets)

    def has_words(self) -> bool:
        """Whether any prose but white space has been added. Each part is read once: a paragraph
        of citation tags and no words asks once a tag."""
        while self._blank_parts < len(self.parts):
            part = self.parts[self._blank_parts]
            if part and not part.isspace():
                return True
            self._blank_parts += 1
        return False

    def add_at(self, text: str, offset: int) -> None:
        """Append prose whose every character comes from one source offset (an entity)."""
        self.parts.append(text)
        self.offsets.extend(repeat(offset, len(text)))

    def attach(self, kind: str, target: str, start: int | None = None) -> None:
        """Attach a source to the prose from `start` (default: zero width here) to here."""
        here = len(self.offsets)
        self.attachments.append(Attachment(here if start is None else start, here, kind, target))

    def open_link(self, href: str) -> None:
        self._links.append((len(self.offsets), href))

    def close_link(self) -> None:
        """End a link; one whose text is a reference number ("[1]", "2,3") is a marker.

        A numbered reference written as a link (Markdown's "effect.[1]" with "[1]: https://..."
        below, or <a href="#ref1">1</a>) is not prose: kept as text, "effect.1 Next" would run
        the two sentences together and source both.
        """
        if not self._links:
            return
        start, href = self._links.pop()
        if not href:
            return
        if len(self.offsets) - start <= 12 and not href.lower().startswith(_NOT_MARKER_LINKS):
            text = self._tail(len(self.offsets) - start)
            if _LINK_MARKER_RE.fullmatch(text):
                self._cut(start, len(self.attachments))
                self.attach("marker", href)
                return
        self.attach("link", href, start)

    def _tail(self, size: int) -> str:
        """The last `size` characters of prose, without joining all of it."""
        pieces: list[str] = []
        have = 0
        for part in reversed(self.parts):
            if have >= size:
                break
            pieces.append(part)
            have += len(part)
        return "".join(reversed(pieces))[-size:] if size else ""

    def _cut(self, start: int, first: int) -> None:
        """Drop the prose from `start` on, and the attachments from index `first` on.

        Only the tail is touched (the parts hold one character per offset): a paragraph of
        100,000 <sup> markers, each cut, stays linear."""
        drop = len(self.offsets) - start
        parts = self.parts
        while drop > 0 and parts and len(parts[-1]) <= drop:
            drop -= len(parts.pop())
        if drop > 0 and parts:
            parts[-1] = parts[-1][:-drop]
        self._blank_parts = min(self._blank_parts, len(parts))
        del self.offsets[start:]
        del self.attachments[first:]
        links = self._links  # opened in order: those opened after `start` are last
        for index in range(len(links) - 1, -1, -1):
            if links[index][0] <= start:
                break
            links[index] = (start, links[index][1])

    def open_sup(self) -> None:
        self._sup = (len(self.offsets), len(self.attachments))

    def close_sup(self) -> None:
        """End a <sup>: a number or an in-page link inside it is a reference marker, not prose."""
        if self._sup is None:
            return
        start, first = self._sup
        self._sup = None
        text = self._tail(len(self.offsets) - start)
        links = [a.target for a in self.attachments[first:] if a.kind == "link"]
        if not (SUP_MARKER_RE.fullmatch(text) or any(t.startswith("#") for t in links)):
            return
        self._cut(start, first)
        self.attach("marker", links[0] if links else text.strip())

    def build(
        self,
        kind: str,
        list_id: int | None = None,
        depth: int = 0,
        row: int | None = None,
        after_break: bool = False,
    ) -> Block | None:
        """The finished block (raw URLs dropped, ends trimmed), or None if it holds no prose.

        `list_id`, `depth`, `row` and `after_break` say where it sits: see Block.
        """
        text = "".join(self.parts)
        offsets = self.offsets
        attachments = self.attachments
        spans = url_spans(text)
        if spans:
            text, offsets, attachments = _remove(text, offsets, attachments, spans)
        stripped = text.strip()
        if not stripped:
            return None
        lead = len(text) - len(text.lstrip())
        if lead or len(stripped) != len(text):
            if lead:
                del offsets[:lead]
            del offsets[len(stripped) :]
            text = stripped
            attachments = [_clamp(a, -lead, len(text)) for a in attachments]
        attachments.sort(key=lambda a: (a.start, a.end))
        # The builder is done with its array: extend it in place rather than copy it.
        final = offsets if isinstance(offsets, array) else array("i", offsets)
        final.append(offsets[-1] + 1)
        kept = _compact(final)
        return Block(text, kept, kind, tuple(attachments), list_id, depth, row, after_break)


def _compact(offsets: array[int]) -> Sequence[int]:
    """The offsets as a range where each character follows the last in the source (most blocks
    of a page: no markup inside them), which holds no memory, else as they are. A range reads,
    slices, pickles and bisects like the array, with the same values (issue 20: the arrays were
    4 bytes a character of prose, held for the whole run)."""
    first = offsets[0]
    whole = range(first, first + len(offsets))
    if offsets[-1] == whole[-1] and offsets == array("i", whole):
        return whole
    return offsets


def _clamp(att: Attachment, shift: int, length: int) -> Attachment:
    start = min(max(att.start + shift, 0), length)
    end = min(max(att.end + shift, start), length)
    return Attachment(start, end, att.kind, att.target)


def _remove(
    text: str, offsets: Sequence[int], attachments: list[Attachment], spans: list[tuple[int, int]]
) -> tuple[str, array[int], list[Attachment]]:
    """Drop the URL spans from the prose, leaving a zero-width "url" attachment at each."""
    starts = [s for s, _ in spans]
    removed_before = [0]
    for s, e in spans:
        removed_before.append(removed_before[-1] + e - s)

    def moved(i: int) -> int:
        k = bisect.bisect_right(starts, i) - 1
        if k < 0:
            return i
        s, e = spans[k]
        return s - removed_before[k] if i < e else i - removed_before[k + 1]

    kept_text: list[str] = []
    kept_offsets: array[int] = array("i")
    prev = 0
    for s, e in spans:
        kept_text.append(text[prev:s])
        kept_offsets.extend(offsets[prev:s])
        prev = e
    kept_text.append(text[prev:])
    kept_offsets.extend(offsets[prev:])
    moved_atts = [Attachment(moved(a.start), moved(a.end), a.kind, a.target) for a in attachments]
    moved_atts += [Attachment(moved(s), moved(s), "url", text[s:e]) for s, e in spans]
    return "".join(kept_text), kept_offsets, moved_atts
