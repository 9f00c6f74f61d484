"""Check: a finding attributed to a named or vague source, with no source attached."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from linter.checks.base import Check, Hit, dedupe, has_source
from linter.nlp.components.extensions import sentences, span_text
from linter.registry.match import citation_fix, cited_entry, registry_suggestion, suggested_entry

# A named researcher is a citation only where the sentence reports a result.
_REPORTS_RESULT = re.compile(
    r"\b(?:found|find|finds|show(?:s|ed|n)?|stud(?:y|ies)|trial|research|report(?:s|ed)?|"
    r"data|results?|survey|analysis)\b",
    re.I,
)


_QUOTE = re.compile(r"[“”]|(?:^|\s)\"|\"(?:\s|$)")


class AttributionCheck(Check):
    """Yield one hit per unsourced sentence whose attribution is of the configured kind."""

    def run(self, doc: Doc) -> Iterator[Hit]:
        kind = self.options["kind"]
        for sentence in sentences(doc):
            attributions = sentence._.attributions
            named = [a for a in attributions if a.label_ == "named" and _counts(a, sentence)]
            if has_source(sentence):
                continue
            if kind == "named":
                spans = named
            else:
                # A named source beats a vague one: "studies in The Lancet show" is a citation.
                spans = [] if named else dedupe([a for a in attributions if a.label_ == kind])
            if not spans:
                continue
            names = list(dict.fromkeys(s._.info["name"].strip() for s in dedupe(spans)))
            entry = suggested_entry(sentence, prefer_figure=False) if kind == "named" else None
            # One finding a sentence, covering every name it gives.
            yield Hit(
                min(s.start_char for s in spans),
                max(s.end_char for s in spans),
                {"name": ", ".join(names), "phrase": min(spans, key=lambda s: s.start).text},
                suggestion=registry_suggestion(entry),
                registry_id=entry.id if entry else None,
                fix=citation_fix(sentence, cited_entry(sentence)),
            )


def _counts(attribution: Span, sentence: Span) -> bool:
    """A person named as a source counts only where the sentence reports a result.

    A quotation from a named expert is opinion unless it gives a figure.
    """
    if attribution._.info["kind"] not in ("researcher", "affiliation"):
        return True
    if sentence._.figures:
        return True
    if _QUOTE.search(span_text(sentence)):
        return False
    return bool(_REPORTS_RESULT.search(span_text(sentence)))
