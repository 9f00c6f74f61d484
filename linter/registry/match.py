"""What a sentence says against the registry: its matched entries, cited entry, figure match.

Pure over claims: a Claim's text, named attributions and percentages are matched against the
registry's terms; nothing here knows spaCy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from linter.claim import Attribution, Claim, Figure
from linter.registry.entries import Entry, Registry, fold
from linter.registry.values import interval, numbers, overlaps, timeframe

# Bodies that count as one source: an institute of the NIH is the NIH.
_SAME_BODY = (
    frozenset({
        "nih", "national institutes of health", "niaid",
        "national institute of allergy and infectious diseases", "nci", "national cancer institute",
        "nccih", "national center for complementary and integrative health", "nhlbi",
    }),
    frozenset({"cdc", "centers for disease control and prevention", "centers for disease control"}),
    frozenset({"fda", "food and drug administration", "u.s. food and drug administration"}),
    frozenset({"who", "world health organization"}),
    frozenset({"nejm", "new england journal of medicine", "n engl j med"}),
)  # fmt: skip


@dataclass(frozen=True)
class FigureMatch:
    """A sentence figure set against the entry figure for the same outcome and timeframe."""

    entry: Entry
    figure: dict[str, Any]
    stated: Figure
    contradicts: bool


@dataclass(frozen=True)
class SentenceClaims:
    """The registry's view of one sentence."""

    entries: tuple[Entry, ...]
    explicit: tuple[Entry, ...]  # entries whose condition the sentence itself names
    named: tuple[Attribution, ...]  # named sources (journals, institutions) in the sentence
    cited: tuple[Entry, ...]  # matched entries whose source the sentence names
    figure: FigureMatch | None

    @property
    def reference(self) -> Entry | None:
        """The entry the claim is best checked against: cited, else figure, else best evidence."""
        if self.cited:
            return self.cited[0]
        if self.figure:
            return self.figure.entry
        return best_evidence(self.entries)


def best_evidence(entries: tuple[Entry, ...]) -> Entry | None:
    """The entry with the strongest evidence; on a tie, the one allowing the weakest wording."""
    if not entries:
        return None
    return max(entries, key=lambda e: (e.evidence_rank, -e.strength_rank, e.id))


class Matches:
    """The registry's view of each sentence of one passage, worked out once per sentence."""

    def __init__(self, registry: Registry | None, topic: frozenset[str] = frozenset()) -> None:
        self.registry = registry
        self.topic = topic
        self._seen: dict[int, SentenceClaims] = {}

    def of(self, claim: Claim) -> SentenceClaims | None:
        """Registry matches of a sentence (None where there is no registry)."""
        if self.registry is None:
            return None
        if claim.index not in self._seen:
            self._seen[claim.index] = _claims(claim, self.registry, self.topic)
        return self._seen[claim.index]


def _claims(claim: Claim, registry: Registry, topic: frozenset[str]) -> SentenceClaims:
    matched, named_condition = registry.matches(claim.text, topic)
    entries, explicit = tuple(matched), tuple(named_condition)
    named = tuple(
        a for a in claim.attributions if a.kind in ("journal", "institution", "affiliation")
    )
    cited = tuple(e for e in entries if any(source_named(e, a.name) for a in named))
    return SentenceClaims(entries, explicit, named, cited, _figure_match(claim, entries))


def _norm(name: str) -> str:
    return " ".join(fold(name).replace(".", "").removeprefix("the ").split())


def source_named(entry: Entry, name: str) -> bool:
    """Whether a name in the article is one of the entry's sources (a journal's family counts)."""
    named = _norm(name)
    if not named:
        return False
    for source in entry.sources:
        for key in ("journal", "institution", "publisher", "first_author"):
            value = source.get(key)
            if not value:
                continue
            for part in str(value).replace("(", ",").replace(")", ",").split(","):
                known = _norm(part)
                if known and (
                    known.startswith(named) or named.startswith(known) or _same_body(known, named)
                ):
                    return True
    return False


def _same_body(a: str, b: str) -> bool:
    return any(a in group and b in group for group in _SAME_BODY)


def _figure_match(claim: Claim, entries: tuple[Entry, ...]) -> FigureMatch | None:
    stated_figures = [f for f in claim.figures if f.kind == "percent"]
    if not stated_figures:
        return None
    folded = fold(claim.text)
    found: list[FigureMatch] = []
    for entry in entries:
        for figure in entry.figures:
            if figure.get("unit") != "percent" or not _names_outcome(figure["outcome"], folded):
                continue
            for stated in stated_figures:
                when = timeframe(stated.timeframe)
                if figure.get("timeframe") and when != timeframe(str(figure["timeframe"])):
                    continue
                values = numbers(stated.text)
                if not values:
                    continue
                said = interval((values[0], values[-1]), stated.comparator, 1.0)
                known = interval(_entry_value(figure), None, 0.5)
                found.append(FigureMatch(entry, figure, stated, not overlaps(said, known)))
    # A figure that agrees with any entry may come from that entry's source: no contradiction.
    agreeing = [m for m in found if not m.contradicts]
    return next(iter(agreeing or found), None)


def _names_outcome(outcome: str, folded_sentence: str) -> bool:
    words = fold(outcome).split()
    if words and words[0] in ("overall", "total"):
        words = words[1:]
    return " ".join(words) in folded_sentence


def _entry_value(figure: dict[str, Any]) -> float | tuple[float, float]:
    if "range" in figure:
        low, high = figure["range"]
        return float(low), float(high)
    return float(figure["value"])


def suggested_entry(claims: SentenceClaims | None, prefer_figure: bool) -> Entry | None:
    """The entry whose source an unsourced sentence could cite, if the registry knows one."""
    if claims is None or not claims.entries:
        return None
    if prefer_figure and claims.figure is not None:
        return claims.figure.entry
    return claims.reference


def cited_entry(claims: SentenceClaims | None) -> Entry | None:
    """The registry entry whose source the sentence names, if exactly one is."""
    return claims.cited[0] if claims and len(claims.cited) == 1 else None


def agreeing_entry(claims: SentenceClaims | None, figure: Figure) -> Entry | None:
    """The entry whose figure this one agrees with (same outcome, timeframe and value)."""
    match = claims.figure if claims else None
    if match is None or match.contradicts or match.stated != figure:
        return None
    return match.entry
