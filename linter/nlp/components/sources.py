"""healthlint_sources: the verifiable sources attached to each sentence."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from linter.nlp.components.extensions import SPAN_KEYS, doc_text

_NAME = r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?"
_AUTHORS = rf"{_NAME}(?: et al\.?|,? (?:and|&) {_NAME})?"
_YEAR = r"(?:19|20)\d{2}[a-z]?"

# Sources written in the prose itself; a reader adds links and footnotes as attachments.
SOURCE_PATTERNS: dict[str, re.Pattern[str]] = {
    "doi": re.compile(
        r"(?<![\w/])(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/[^\s\"<>]+", re.I
    ),
    "pmid": re.compile(r"\bPMID:?\s*\d{5,9}\b"),
    "pmcid": re.compile(r"\bPMC\d{5,9}\b"),
    "url": re.compile(r"\bhttps?://[^\s<>\"]+|\bwww\.[a-z0-9-]+\.[^\s<>\"]+", re.I),
    "marker": re.compile(
        r"\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]|(?<=\S)\^\d{1,3}\b|(?<=\S)[¹²³⁴⁵⁶⁷⁸⁹⁰]+"
    ),
    "author-year": re.compile(
        rf"\((?:see |e\.g\.,? )?{_AUTHORS},? {_YEAR}(?:[;,] (?:{_AUTHORS},? )?{_YEAR})*\)"
        rf"|\b{_AUTHORS} \({_YEAR}\)"
    ),
}


class SourceFinder:
    """Find sources in the text and attached by the reader.

    A marker after a full stop is kept in the sentence it follows.
    """

    def __init__(self, name: str = "healthlint_sources") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        text = doc_text(doc)
        for kind, pattern in SOURCE_PATTERNS.items():
            for match in pattern.finditer(text):
                span = doc.char_span(
                    match.start(), match.end(), label=kind, alignment_mode="expand"
                )
                if span is not None and len(span):
                    spans.append(span)
        for attachment in doc._.attachments or ():
            span = _attachment_span(doc, attachment.start, attachment.end, attachment.kind)
            if span is not None:
                span._.info = {"target": attachment.target}
                spans.append(span)
        for span in spans:
            if span.label_ in ("marker", "footnote"):
                _keep_in_previous_sentence(doc, span)
        doc.spans[SPAN_KEYS["sources"]] = sorted(spans, key=lambda s: (s.start, s.end))
        return doc


def _attachment_span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    if not len(doc):
        return None
    length = doc[-1].idx + len(doc[-1].text_with_ws)
    start = max(0, min(start, length - 1))
    end = max(start + 1, min(end, length))
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is None or not len(span):
        # A zero-width marker at a space: attach it to the token just before.
        token = max((t for t in doc if t.idx <= start), key=lambda t: t.idx, default=doc[0])
        span = Span(doc, token.i, token.i + 1, label=label)
    return span


def _keep_in_previous_sentence(doc: Doc, marker: Span) -> None:
    """A marker after a full stop ("... effect. [5] Next") belongs to the sentence it follows,
    also where the sentencizer started the next one inside it ("[" is punctuation, "5" is not).
    """
    if marker.start == 0 or not doc[marker.start - 1].is_punct:
        return
    if not any(token.is_sent_start for token in marker):
        return
    for token in marker:
        token.is_sent_start = False
    if marker.end < len(doc):
        doc[marker.end].is_sent_start = True


@Language.factory("healthlint_sources", assigns=["doc.spans"])
def make_sources(nlp: Language, name: str) -> SourceFinder:
    return SourceFinder(name)
