"""healthlint_attributions: who a sentence says a finding comes from, named or vague."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from linter.config.lexicon import Lexicon, default_lexicon
from linter.nlp.components.attribution_patterns import (
    AttributionPatterns,
    build_patterns,
    is_journal_name,
)
from linter.nlp.components.extensions import SPAN_KEYS, doc_text

# A determiner right before "researchers found" refers back to a study already named.
_ANAPHORIC = re.compile(r"(?:\b(?:the|these|those|this|that|their|our|his|her|its|such)\s+)$", re.I)
_NEGATED = re.compile(
    r"(?:\b(?:no|little|limited|insufficient|scant|not enough|lack of|without|nor|neither)\s+)$",
    re.I,
)
# "The (scientific) community" and "the existing evidence" are vague despite "the".
_GENERIC_AFTER_THE = re.compile(
    r"(?:medical|scientific|existing|current|available|latest|growing|overwhelming)\b", re.I
)


class AttributionFinder:
    """Mark named sources (journal, institution, researcher, dated study) and vague ones."""

    def __init__(self, name: str, lexicon: Lexicon) -> None:
        self.name = name
        self.patterns: AttributionPatterns = build_patterns(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found: list[tuple[int, int, str, dict[str, str]]] = []
        found += self._named(text)
        found += self._vague(text)
        spans = []
        taken: set[tuple[int, int]] = set()
        for start, end, label, info in found:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is None or not len(span) or (span.start, span.end) in taken:
                continue
            taken.add((span.start, span.end))
            span._.info = info
            spans.append(span)
        doc.spans[SPAN_KEYS["attributions"]] = sorted(spans, key=lambda s: (s.start, s.end))
        return doc

    def _named(self, text: str) -> list[tuple[int, int, str, dict[str, str]]]:
        p = self.patterns
        found = []
        for trigger, pattern in p.journal:
            if not trigger.search(text):
                continue
            for m in pattern.finditer(text):
                group = next(g for g in ("name", "strict", "title") if g in pattern.groupindex)
                name = m.group(group)
                if is_journal_name(name, p.gazetteer, group):
                    found.append(
                        (m.start(), m.end(group), "named", {"kind": "journal", "name": name})
                    )
        institutions = p.institution if p.institution_trigger.search(text) else ()
        for index, pattern in enumerate(institutions):
            # The first pattern names a person by affiliation ("a researcher at Columbia").
            kind = "affiliation" if index == 0 else "institution"
            for m in pattern.finditer(text):
                found.append((m.start(), m.end(), "named", {"kind": kind, "name": m.group("name")}))
        for trigger, pattern in p.researcher:
            if not trigger.search(text):
                continue
            for m in pattern.finditer(text):
                found.append(
                    (m.start(), m.end(), "named", {"kind": "researcher", "name": m.group("name")})
                )
        for m in p.dated_study.finditer(text):
            found.append((m.start(), m.end(), "named", {"kind": "study", "name": m.group("name")}))
        return found

    def _vague(self, text: str) -> list[tuple[int, int, str, dict[str, str]]]:
        found = []
        for m in self.patterns.vague.finditer(text):
            before = text[max(0, m.start() - 20) : m.start()]
            subject = m.group("subject")
            if _NEGATED.search(before):
                continue
            if (_ANAPHORIC.search(before) or subject.lower().startswith("the ")) and not (
                _GENERIC_AFTER_THE.search(subject)
            ):
                continue
            found.append((m.start(), m.end(), "vague", {"kind": "vague", "name": subject}))
        for m in self.patterns.agentless.finditer(text):
            before = text[max(0, m.start() - 20) : m.start()]
            if not _NEGATED.search(before):
                found.append(
                    (m.start(), m.end(), "vague", {"kind": "agentless", "name": m.group(0)})
                )
        return found


@Language.factory("healthlint_attributions", assigns=["doc.spans"])
def make_attributions(nlp: Language, name: str) -> AttributionFinder:
    return AttributionFinder(name, default_lexicon())
