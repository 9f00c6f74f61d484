"""Check: a health figure with no source attached to its sentence."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, ClassVar

from linter.checks.base import Hit, PlacedCheck
from linter.checks.options import Option
from linter.checks.page_index import page_reading
from linter.checks.statistic_cases import case_sections, own_case_figure
from linter.checks.statistic_frames import design_or_supposed, local_share
from linter.checks.statistic_kinds import no_finding_kind
from linter.checks.statistic_others import others_figure
from linter.checks.statistic_repeats import SourcedFigures
from linter.checks.statistic_steps import planned_step
from linter.checks.statistic_unasserted import unasserted
from linter.claim import FIGURE_KINDS, Passage
from linter.registry.cite import citation_fix, registry_suggestion
from linter.registry.match import Matches, agreeing_entry, suggested_entry

if TYPE_CHECKING:
    from linter.checks.rules import Rule


class StatisticCheck(PlacedCheck):
    """Yield one hit per unsourced sentence that states a health figure."""

    OPTIONS: ClassVar[dict[str, Option]] = {"kinds": Option(list, list(FIGURE_KINDS), FIGURE_KINDS)}

    def __init__(self, rule: Rule) -> None:
        super().__init__(rule)
        self._sourced = SourcedFigures([])
        self._cases: list[bool] = []

    def begin(self, passages: Sequence[Passage]) -> None:
        self._sourced = SourcedFigures(passages)
        self._cases = page_reading(passages, case_sections)

    def run_at(self, here: int, passage: Passage, matches: Matches) -> Iterator[Hit]:
        kinds = set(self.options["kinds"])
        case = 0 <= here < len(self._cases) and self._cases[here]
        for claim in passage.claims:
            if not claim.figures or claim.has_source:
                continue
            if case and own_case_figure(passage.text, claim):
                continue  # one client's own results under a case study (statistic_cases.py)
            figures = [
                f
                for f in claim.figures
                if f.kind in kinds
                and not claim.modifiers_over(f.start, f.end, "reported")
                # "a 50% chance of getting the placebo", "If a disease kills 30%, ...".
                and not design_or_supposed(passage.text, (claim.start, claim.end), f.start, f.end)
                # "is defined as losing more than 5%", "must show at least 50% efficacy".
                and not unasserted(passage.text, (claim.start, claim.end), f.start, f.end)
                # "a 50% chance of inheriting it", "her 3 kids", "30% lighter than the old model".
                and not no_finding_kind(passage.text, (claim.start, claim.end), f.start, f.end)
                # "98% of our clients return", "the exam's pass rate", "(over 70%)", "my pain".
                and not others_figure(passage.text, (claim.start, claim.end), f.start, f.end)
                # "cut the dose by 50%", "raise your mileage by no more than 10%": a plan's step.
                and not planned_step(passage.text, (claim.start, claim.end), f.start, f.end)
                # "Less than 1% of the county had tested positive": local surveillance.
                and not local_share(passage.text, f.end)
                # "That 41% drop ...", after "a trial [link] found a 41% drop": a repeat.
                and not self._sourced.restates(f, claim, passage.text, (here, claim.start))
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
