"""healthlint_figures: health statistics with their comparator and timeframe."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from linter.config.lexicon import Lexicon, alternation, default_lexicon, word_pattern
from linter.nlp.components.extensions import SPAN_KEYS, sentences, span_text

NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred|a thousand)"
)
_SCALE = r"(?: (?:million|billion|thousand|hundred))?"
_TIMEFRAME = re.compile(
    rf"(?i:\b(?:after|at|within|over|for|in|by) (?:the (?:next |first |past )?)?"
    rf"(?:{NUMBER}|{NUMBER_WORD})"
    r"[ -](?:years?|months?|weeks?|days?|decades?)\b|\b(?:\d+|one|two|three|five|ten)-year\b)"
)
_KINDS: dict[str, str] = {
    "percent": rf"{NUMBER}(?:\s?%|\s?(?:-|–|to|and)\s?{NUMBER}\s?%| ?(?:percent|per cent)\b"
    rf"|\s?(?:-|–|to)\s?{NUMBER} ?(?:percent|per cent)\b| percentage points?\b)",
    "fold": rf"(?:{NUMBER}|{NUMBER_WORD})[- ]fold\b|\b(?:twice|{NUMBER}|{NUMBER_WORD}) times "
    r"(?:as (?:likely|many|much|high|common)|more|higher|greater|lower|less|harder|faster|"
    r"the (?:risk|rate|odds|number))\b|\b(?:doubled?|doubles|tripled?|triples|halved|halves)"
    r" (?:the|their|your|his|her) (?:risk|rate|odds|chance)s?\b",
    "one-in-n": rf"\b(?:{NUMBER}|{NUMBER_WORD}) (?:in|out of|of every) (?:{NUMBER}|{NUMBER_WORD})"
    rf"{_SCALE}\b",
    "rate": rf"\b{NUMBER} (?:per|for every) (?:{NUMBER}|100|1,000|10,000|100,000|million)\b",
    "ratio": rf"\b(?:(?:hazard|odds|risk|rate) ratio|HR|OR|RR|aOR|aHR)\b(?: \([A-Za-z]{{2,3}}\))?"
    rf"(?:,? (?:of|was|=|:)|=|:)? ?{NUMBER}\b",
}


class FigureFinder:
    """Mark health figures; counts of people only where the sentence reports an outcome."""

    def __init__(self, name: str, lexicon: Lexicon) -> None:
        self.name = name
        comparators = alternation(lexicon.get("figures.comparators"))
        body = "|".join(f"(?P<{k.replace('-', '_')}>{v})" for k, v in _KINDS.items())
        self.figure = re.compile(rf"(?<![\w.,])(?:(?P<cmp>{comparators}) )?(?:{body})", re.I)
        people = alternation(lexicon.get("figures.people"))
        outcomes = alternation(lexicon.get("figures.outcomes"))
        self.count = re.compile(
            rf"(?<![\w.,])(?:(?P<cmp>{comparators}) )?(?P<count>{NUMBER}{_SCALE}) "
            rf"(?:[\w-]+ ){{0,2}}?(?:{people})\b|(?<![\w.,])(?P<count2>{NUMBER}) "
            rf"(?:of (?:them|these|those) )?(?=(?:{outcomes})\b)",
            re.I,
        )
        self.outcome = word_pattern(lexicon.get("figures.outcomes"))
        self.design = word_pattern(lexicon.get("figures.design"))
        self.not_health = word_pattern(lexicon.get("figures.not_health"))

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        taken: set[int] = set()  # tokens already in a figure
        for sent in sentences(doc):
            text = span_text(sent)
            offset = sent.start_char
            matches = [(m, _kind(m)) for m in self.figure.finditer(text)]
            if self.outcome.search(text) and not self.design.search(text):
                matches += [(m, "count") for m in self.count.finditer(text)]
            timeframe = _TIMEFRAME.search(text)
            for m, kind in matches:
                window = text[max(0, m.start() - 25) : m.end() + 25]
                if kind == "percent" and self.not_health.search(window):
                    continue
                span = doc.char_span(
                    offset + m.start(), offset + m.end(), label=kind, alignment_mode="expand"
                )
                if span is None or any(i in taken for i in range(span.start, span.end)):
                    continue
                taken.update(range(span.start, span.end))
                span._.info = {
                    "kind": kind,
                    "comparator": m.group("cmp"),
                    "timeframe": timeframe.group(0) if timeframe else None,
                }
                spans.append(span)
        doc.spans[SPAN_KEYS["figures"]] = sorted(spans, key=lambda s: s.start)
        return doc


def _kind(match: re.Match[str]) -> str:
    return next(k for k in _KINDS if match.group(k.replace("-", "_")))


@Language.factory("healthlint_figures", assigns=["doc.spans"])
def make_figures(nlp: Language, name: str) -> FigureFinder:
    return FigureFinder(name, default_lexicon())
