"""What a sentence says against the registry: the entries that apply, and what they say of it.

Pure over claims: a Claim's text, named attributions, figures and strength are read against
the registry's terms; nothing here knows spaCy. The functions at the end are what the
unsourced-citation and unsourced-statistic checks ask of the registry; they answer only when
the registry's source reports the very claim or figure of the sentence, so a suggestion or a
`--fix` never points a writer at the wrong source.
"""

from __future__ import annotations

import re

from linter.claim import Attribution, Claim, Figure, Strength
from linter.registry.applies import Reading, applicable, read
from linter.registry.entries import Entry, Registry
from linter.registry.figures import Comparison, FigureVerdict, compare
from linter.registry.relations import asserted_link, cue_between
from linter.registry.sentence_claims import SentenceClaims as SentenceClaims
from linter.registry.sentence_claims import best_evidence as best_evidence
from linter.registry.text import fold
from linter.registry.values import numbers

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
_RESULT = re.compile(
    r"\b(?:found|showed|shown|demonstrated|reported|led to|resulted|achiev\w+|improv\w+|"
    r"reduc\w+|survival|remission|effective)\b",
    re.I,
)
_TRIAL = re.compile(r"\b(?:trials?|stud(?:y|ies)|research)\b", re.I)
_UNSHOWN = ("not-shown", "contested")


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
            self._seen[claim.index] = sentence_claims(claim, self.registry, self.topic)
        return self._seen[claim.index]


_NOTHING = Reading("", (), (), (), (), False, frozenset(), False)
# Longer than any sentence of prose: a run-on "sentence" (a table flattened, a 10 MB line) is
# not one claim the registry can judge, and reading it term by term would take minutes.
MAX_SENTENCE_CHARS = 2_000


def sentence_claims(claim: Claim, registry: Registry, topic: frozenset[str]) -> SentenceClaims:
    if len(claim.text) > MAX_SENTENCE_CHARS or not registry.interventions.any_in(claim.text):
        return SentenceClaims(_NOTHING, (), (), (), None, (), None)
    names = tuple(
        (a.start - claim.start, a.end - claim.start) for a in claim.attributions if a.named
    )
    reading = read(claim.text, registry, names)
    applied = tuple(applicable(reading, registry, topic)) if reading.interventions else ()
    named = tuple(
        a for a in claim.attributions if a.kind in ("journal", "institution", "affiliation")
    )
    cited = tuple(a.entry for a in applied if any(source_named(a.entry, n.name) for n in named))
    links = tuple(
        (a, span)
        for a in applied
        if a.entry.relation is not None
        for span in [asserted_link(claim, a, reading)]
        if span is not None
    )
    withdrawn = next(
        (
            e
            for e in cited
            if e.status in ("withdrawn", "retracted")
            and _TRIAL.search(claim.text)
            and (claim.figures or _RESULT.search(claim.text))
        ),
        None,
    )
    # A figure is compared only in a sentence about the entries' conditions alone: "the cancer
    # has spread ... survival for mesothelioma is 7-24%" is not about cancer as a whole.
    figure = compare(claim, list(applied)) if applied and not reading.other_named else None
    return SentenceClaims(
        reading,
        applied,
        named,
        cited,
        figure,
        links,
        withdrawn,
        _figure_source(claim, figure, named, cited),
        _named_source(claim, figure, cited),
    )


def _norm(name: str) -> str:
    """ "The Lancet", "a Cochrane" -> "lancet", "cochrane"."""
    return re.sub(r"^(?:the|an?) ", "", " ".join(fold(name).replace(".", "").split()))


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


def overstated(claims: SentenceClaims, claim: Claim, floor: int) -> Entry | None:
    """The entry whose evidence the sentence's wording overstates, where the entries that apply
    agree that it does: the cited one, else those on the outcome the sentence names."""
    reading = claim.strength
    if reading.negated or reading.reported or reading.cue is None or claim.rebutted:
        return None
    strength = min(int(reading.level), int(Strength.DIRECT))
    if strength < floor:
        return None
    cue = (reading.cue[0] - claim.start, reading.cue[1] - claim.start)
    candidates = [
        a
        for a in claims.applied
        if a.explicit and a.entry.efficacy and a.entry.relation is None
        if cue_between(claim, a, claims.reading) == cue
    ]
    cited = [a for a in candidates if a.entry in claims.cited]
    if cited:
        candidates = cited
    on_outcome = [
        a for a in candidates if any(a.entry.id in m.ids for m in claims.reading.outcomes)
    ]
    candidates = on_outcome or candidates
    if claims.reading.other_named:
        # "antibiotics help when a cold turns into sinusitis": the claim is about another
        # condition. An entry whose terms name one subject only (intervention and condition
        # alike) has no condition of its own to tell apart.
        candidates = [a for a in candidates if _one_subject(a.entry)]
    if not candidates:
        return None
    if not all(
        strength > a.entry.strength_rank or a.entry.efficacy in _UNSHOWN for a in candidates
    ):
        return None  # an entry that applies supports the wording: abstain
    return best_evidence(tuple(a.entry for a in candidates))


def _one_subject(entry: Entry) -> bool:
    return {fold(t) for t in entry.conditions} == {fold(t) for t in entry.interventions}


def _within(entry: Entry, claim: Claim) -> bool:
    """The sentence's wording claims no more than the entry supports."""
    reading = claim.strength
    if reading.cue is None or reading.negated or reading.reported:
        return True
    strength = min(int(reading.level), int(Strength.DIRECT))
    if strength > entry.strength_rank:
        return False
    return not (strength >= Strength.DIRECT and entry.efficacy in _UNSHOWN)


def _citable(entry: Entry, claim: Claim) -> bool:
    """A source that reported results, for a claim no stronger than it supports."""
    return not entry.no_results and entry.relation is None and _within(entry, claim)


def _figure_source(
    claim: Claim,
    figure: FigureVerdict | None,
    named: tuple[Attribution, ...],
    cited: tuple[Entry, ...],
) -> Entry | None:
    """The entry that reports the sentence's figure, to cite for it."""
    if figure is None:
        return None
    agreeing = [c for c in figure.agreeing if _citable(c.entry, claim)]
    if named:  # the sentence credits someone: only that source may be linked
        agreeing = [c for c in agreeing if c.entry in cited]
    said = numbers(figure.stated.text)
    if not agreeing or not said:
        return None
    middle = (said[0] + said[-1]) / 2

    def distance(c: Comparison) -> tuple[float, int, str]:
        low, high = c.figure.get("range") or (c.figure["value"], c.figure["value"])
        return abs((float(low) + float(high)) / 2 - middle), -c.entry.evidence_rank, c.entry.id

    return min(agreeing, key=distance).entry


def _named_source(
    claim: Claim, figure: FigureVerdict | None, cited: tuple[Entry, ...]
) -> Entry | None:
    """The one entry whose source the sentence names, where it reports what the sentence says."""
    if len(cited) != 1 or not _citable(cited[0], claim):
        return None
    entry = cited[0]
    if claim.figures and (figure is None or not any(c.entry is entry for c in figure.agreeing)):
        return None  # a figure the source is not known to report
    return entry


def agreeing_entry(claims: SentenceClaims | None, figure: Figure) -> Entry | None:
    """The entry whose source reports this very figure (same outcome, timeframe, population and
    value), where the registry contradicts nothing in the sentence and the sentence credits no
    other source for it."""
    if claims is None or claims.contradicted or claims.figure is None:
        return None
    return claims.figure_source if claims.figure.stated == figure else None


def cited_entry(claims: SentenceClaims | None) -> Entry | None:
    """The registry entry whose source the sentence names, if exactly one is and it reports
    what the sentence says: its figure, and no stronger a claim than its evidence supports."""
    if claims is None or claims.contradicted:
        return None
    return claims.named_source


def suggested_entry(claims: SentenceClaims | None, prefer_figure: bool) -> Entry | None:
    """The entry whose source an unsourced sentence could cite: for a figure, the entry that
    reports it; for a named source, that source's entry. None where the registry contradicts
    the sentence, or no source it holds reports what the sentence says."""
    if claims is None or claims.contradicted:
        return None
    return claims.figure_source if prefer_figure else claims.named_source
