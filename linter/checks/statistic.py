"""Check: a health figure with no source attached to its sentence."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from linter.checks.base import Check, Hit
from linter.checks.options import Option
from linter.claim import FIGURE_KINDS, Passage
from linter.registry.cite import citation_fix, registry_suggestion
from linter.registry.match import Matches, agreeing_entry, suggested_entry


class StatisticCheck(Check):
    """Yield one hit per unsourced sentence that states a health figure."""

    OPTIONS: ClassVar[dict[str, Option]] = {"kinds": Option(list, list(FIGURE_KINDS), FIGURE_KINDS)}

    def run(self, passage: Passage, matches: Matches) -> Iterator[Hit]:
        kinds = set(self.options["kinds"])
        for claim in passage.claims:
            if not claim.figures or claim.has_source:
                continue
            figures = [
                f
                for f in claim.figures
                if f.kind in kinds and not claim.modifiers_over(f.start, f.end, "reported")
            ]
            if not figures:
                continue
            first = figures[0]
            registry = matches.of(claim)
            entry = suggested_entry(registry, prefer_figure=True)
            yield Hit(
                first.start,
                first.end,
                {"figure": first.text, "count": len(figures), "timeframe": first.timeframe or ""},
                suggestion=registry_suggestion(entry),
                registry_id=entry.id if entry else None,
                fix=citation_fix(passage, claim, agreeing_entry(registry, first)),
            )
