"""healthlint_sources: the verifiable sources attached to each sentence."""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from linter.config.lexicon import alternation, default_lexicon
from linter.config.multi_match import MultiMatcher
from linter.documents.citations import SOURCE_PATTERNS
from linter.nlp.components.extensions import SPAN_KEYS, doc_text, set_group, set_info


class SourceFinder:
    """Find sources in the text and attached by the reader.

    A marker after a full stop is kept in the sentence it follows.
    """

    def __init__(self, name: str = "healthlint_sources") -> None:
        self.name = name
        # The patterns in one pass (linter/config/multi_match.py), each with exactly its own
        # `finditer` matches.
        self.matcher = MultiMatcher(SOURCE_PATTERNS)

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        text = doc_text(doc)
        found = self.matcher.found(text)
        for kind in self.matcher.patterns:  # in the patterns' order, as before
            for match in found[kind]:
                if kind == "author-year" and _names_a_title(text, match):
                    continue
                span = doc.char_span(
                    match.start(), match.end(), label=kind, alignment_mode="expand"
                )
                if span is not None and len(span):
                    spans.append(span)
        for attachment in doc._.attachments or ():
            span = _attachment_span(doc, attachment.start, attachment.end, attachment.kind)
            if span is not None:
                set_info(span, {"target": attachment.target})
                spans.append(span)
        for span in spans:
            if span.label_ in ("marker", "footnote", "works-cited"):
                _keep_in_previous_sentence(doc, span)
        set_group(doc, SPAN_KEYS["sources"], sorted(spans, key=lambda s: (s.start, s.end)))
        return doc


# The capitalised words (and the small words of titles) that end the text before a name.
_TITLE_RUN = re.compile(r"(?:(?<![\w'’-])(?:[A-Z][\w'’-]*|of|the|and|for|on|in|&)\s+){1,8}$")


@cache
def _title_words() -> re.Pattern[str]:
    """The heads of periodical and study titles, and the journals named without one."""
    lexicon = default_lexicon()
    words = lexicon.get("citations.title_heads") + lexicon.get("attribution.journals")
    return re.compile(rf"(?<![\w-]){alternation(words)}(?![\w-])")


def _names_a_title(text: str, match: re.Match[str]) -> bool:
    """Whether an author-year match names a journal, a review or a trial rather than an author
    ("Annals of Internal Medicine (2014)", "(REDUCE-IT Trial, 2019)"): naming a publication
    is no source (GUIDELINE.md), where "Smith et al. (2014)" is one. The words before count only
    for the narrative form: a bracketed citation names its own authors ("the Journal of Sleep
    Research (Okafor et al., 2021)" is a reference)."""
    name = match.group(0)
    if not name.startswith("("):
        run = _TITLE_RUN.search(text[max(0, match.start() - 80) : match.start()])
        name = (run.group(0) if run else "") + name
    return _title_words().search(name) is not None


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
    also where the sentencizer started the next one inside it ("[" is punctuation, "5" is not);
    the sentence after it starts after it, unless a lower-case word follows: then the stop was
    an abbreviation's ("in the U.S.[4] red meat ...") and the sentence goes on.
    """
    # A pasted article's bare marker may stand after spaces ("counseling.  2 It"): the
    # tokenizer's whitespace tokens between the stop and the marker go with it.
    first = marker.start
    while first > 0 and doc[first - 1].is_space:
        first -= 1
    if first == 0 or not doc[first - 1].is_punct:
        return
    if not any(token.is_sent_start for token in doc[first : marker.end]):
        return
    for token in doc[first : marker.end]:
        token.is_sent_start = False
    if marker.end < len(doc):
        doc[marker.end].is_sent_start = not doc[marker.end].text[:1].islower()


@Language.factory("healthlint_sources", assigns=["doc.spans"])
def make_sources(nlp: Language, name: str) -> SourceFinder:
    return SourceFinder(name)
