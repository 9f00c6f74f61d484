"""Check: a health figure with no source attached to its sentence."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from linter.checks.base import Check, Hit, has_source
from linter.nlp.components.context import modifiers_of
from linter.nlp.components.extensions import sentences
from linter.registry.match import agreeing_entry, citation_fix, registry_suggestion, suggested_entry


class StatisticCheck(Check):
    """Yield one hit per unsourced sentence that states a health figure."""

    def run(self, doc: Doc) -> Iterator[Hit]:
        kinds = set(self.options["kinds"])
        for sentence in sentences(doc):
            figures = [
                f
                for f in sentence._.figures
                if f.label_ in kinds and not modifiers_of(f, "reported")
            ]
            if not figures or has_source(sentence):
                continue
            first = figures[0]
            info = first._.info
            entry = suggested_entry(sentence, prefer_figure=True)
            yield Hit(
                first.start_char,
                first.end_char,
                {
                    "figure": first.text,
                    "count": len(figures),
                    "timeframe": info.get("timeframe") or "",
                },
                suggestion=registry_suggestion(entry),
                registry_id=entry.id if entry else None,
                fix=citation_fix(sentence, agreeing_entry(sentence, first)),
            )
