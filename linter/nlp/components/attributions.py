"""healthlint_attributions: who a sentence says a finding comes from, named or vague.

The words are classes in rules/lexicon/attribution.yaml (attribution_words); the grammar
that composes them is in attribution_patterns (named sources) and attribution_vague (unnamed
evidence and authority). A vague appeal inside a named one ("research from Yale shows") is
the named one's.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from linter.config.lexicon import Lexicon, default_lexicon
from linter.nlp.components.attribution_named import Found, NamedFinder
from linter.nlp.components.attribution_premodifiers import PremodifierReader
from linter.nlp.components.attribution_speakers import EventNews
from linter.nlp.components.attribution_vague import VagueFinder
from linter.nlp.components.attribution_words import Bounds, sentence_at, words_of
from linter.nlp.components.extensions import SPAN_KEYS, doc_text, sentences, set_group, set_info


class AttributionFinder:
    """Mark named sources (journal, institution, researcher, outlet, trial, dated study) and
    vague ones, with how each is tied to its sentence's finding."""

    def __init__(self, name: str, lexicon: Lexicon) -> None:
        self.name = name
        words = words_of(lexicon)
        self.named = NamedFinder(words)
        self.vague = VagueFinder(words)
        self.premodifiers = PremodifierReader(words)
        speech = rf"{words.discourse}|{words.textual}|confirm(?:s|ed)?"
        self.events = EventNews(lexicon, speech, words.publication)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        bounds = [(s.start_char, s.end_char) for s in sentences(doc)]
        # "The BBC has reported on research linking X to Y": the outlet reports the research,
        # which it does not name; the appeal is to that unnamed research (VAGUE).
        named = [self.premodifiers.reported_on(text, n) for n in self.named.find(text, bounds)]
        found = named + [
            self._premodified(v, text, bounds)
            for v in self.vague.find(text, bounds)
            if not any(n.start < v.end and v.start < n.end for n in named)
        ]
        found = [self._event(item, text, bounds) for item in found]
        spans = []
        taken: set[tuple[int, int]] = set()
        for item in found:
            span = doc.char_span(item.start, item.end, label=item.label, alignment_mode="expand")
            if span is None or not len(span) or (span.start, span.end) in taken:
                continue
            taken.add((span.start, span.end))
            set_info(span, item.info)
            spans.append(span)
        set_group(doc, SPAN_KEYS["attributions"], sorted(spans, key=lambda s: (s.start, s.end)))
        return doc

    def _event(self, item: Found, text: str, bounds: Bounds) -> Found:
        """A body or unnamed officials speaking over an event or an action ("a person with
        measles visited the clinic, health officials said"): news, no finding (basis "event")."""
        kind, basis = item.info.get("kind"), item.info.get("basis", "reported")
        if kind not in ("institution", "outlet", "vague", "agentless") or basis != "reported":
            return item
        stop, span = sentence_at(bounds, item.start)[1], text[item.start : item.end]
        named = kind in ("institution", "outlet")  # "experts recommend ..." stays an appeal
        if named and self.events.advises_awareness(span, text, item.end, stop):
            # "The AHA recommends remembering the acronym": the body is named, no finding is
            # given as its; a figure or a stated cause in the sentence makes it one.
            return item._replace(info={**item.info, "basis": "awareness"})
        if not self.events.reports_event(
            text, item.start, item.end, sentence_at(bounds, item.start)
        ):
            return item
        return item._replace(info={**item.info, "basis": "event"})

    def _premodified(self, item: Found, text: str, bounds: Bounds) -> Found:
        """The appeal as a named body's work where its name premodifies the evidence noun
        ("a NASA study has revealed"), else as found."""
        if item.info.get("kind") != "vague":
            return item
        body = self.premodifiers.body(
            text, item.start, item.end, sentence_at(bounds, item.start)[0]
        )
        return item if body is None else item._replace(info=body)


@Language.factory("healthlint_attributions", assigns=["doc.spans"])
def make_attributions(nlp: Language, name: str) -> AttributionFinder:
    return AttributionFinder(name, default_lexicon())
