"""What the registry says about one sentence: the entries its claim matched (SentenceClaims),
whether a figure or an entry contradicts it, which one it refers to, and the best evidence
among entries. Separate from match.py, which builds these from a claim and picks the entry a
finding names.
"""

from __future__ import annotations

from dataclasses import dataclass

from linter.claim import Attribution
from linter.registry.applies import Applied, Reading
from linter.registry.entries import Entry
from linter.registry.figures import FigureVerdict


@dataclass(frozen=True)
class SentenceClaims:
    """The registry's view of one sentence."""

    reading: Reading
    applied: tuple[Applied, ...]
    named: tuple[Attribution, ...]  # named sources (journals, institutions) in the sentence
    cited: tuple[Entry, ...]  # applicable entries whose source the sentence names
    figure: FigureVerdict | None
    links: tuple[tuple[Applied, tuple[int, int]], ...]  # refuted or unsupported links asserted
    withdrawn: Entry | None  # a withdrawn or retracted source credited with results
    figure_source: Entry | None = None  # the entry whose source reports the sentence's figure
    named_source: Entry | None = None  # the named source's entry, where it reports the claim

    @property
    def entries(self) -> tuple[Entry, ...]:
        return tuple(a.entry for a in self.applied)

    @property
    def explicit(self) -> tuple[Entry, ...]:
        """Entries whose condition the sentence names itself."""
        return tuple(a.entry for a in self.applied if a.explicit)

    @property
    def figure_contradicted(self) -> bool:
        """Certain: one percentage, one condition, and every comparable figure contradicts it."""
        verdict = self.figure
        if verdict is None or not verdict.contradicted:
            return False
        conditions = {
            a.condition.term if a.condition else None
            for a in self.applied
            if any(c.entry is a.entry for c in verdict.comparisons)
        }
        return len(conditions) == 1

    @property
    def contradicted(self) -> bool:
        """The registry contradicts the sentence: no registry source may be cited for it."""
        return self.figure_contradicted or bool(self.links) or self.withdrawn is not None

    @property
    def reference(self) -> Entry | None:
        """The entry the claim is best checked against: cited, else agreeing, else best."""
        if self.cited:
            return self.cited[0]
        if self.figure and self.figure.agreeing:
            return self.figure.agreeing[0].entry
        return best_evidence(self.explicit)


def best_evidence(entries: tuple[Entry, ...]) -> Entry | None:
    """The entry with the strongest evidence; on a tie, the one allowing the weakest wording."""
    if not entries:
        return None
    return max(entries, key=lambda e: (e.evidence_rank, -e.strength_rank, e.id))
