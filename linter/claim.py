"""What the NLP layer learns about each sentence, as frozen records with no spaCy in them.

A Passage is one prose block (a paragraph, heading, list item or table cell) and its sentences;
a Claim is one sentence with everything the pipeline found in it: the sources attached to it,
who it attributes a finding to, its figures, the hedges, negations and boosters that reach into
it, the evidence it describes, and how strongly it claims a cause. Checks, registry matching and
the audit inventory read these records only, never spaCy's objects. Offsets are characters of
the passage text, [start, end).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from enum import IntEnum


class Strength(IntEnum):
    """DESIGN.md's scale; levels 0-3 are the classes of Yu et al. (2019, 2020)."""

    NONE = 0
    CORRELATIONAL = 1
    CONDITIONAL = 2
    DIRECT = 3
    ABSOLUTE = 4

    def __str__(self) -> str:
        return self.name.lower()


STRENGTH_NAMES = tuple(str(level) for level in Strength)  # "none" ... "absolute"


@dataclass(frozen=True, slots=True)
class Source:
    """Something a reader can check: a link, footnote, marker, DOI, PMID or author-year citation."""

    # link | footnote | marker | url | doi | pmid | pmcid | author-year | reference-number
    # | pandoc-citation | works-cited (an in-text "(Smith)" the page's list resolves)
    kind: str
    start: int
    end: int
    text: str
    target: str | None = None  # where a link points; None for what is written in the prose
    # Attached to another block whose sources cover this sentence: the list's lead-in, the
    # parent item, or another cell of the table row (start and end are then the sentence's).
    # "quotation": the sentence is in a block quote of that source (documents/quotations.py);
    # "citation line", "item's closing note", "excerpt's closing address": the source closes
    # the sentence's own block (nlp/whole_unit.py).
    inherited: str | None = None  # "lead-in" | "parent item" | "table row" | "quotation" | ...

    def describe(self) -> str:
        """ "link: https://...", "marker: [1]": how the inventory lists it."""
        told = f"{self.kind}: {self.target or self.text}"
        return f"{told} (from the {self.inherited})" if self.inherited else told


FIGURE_KINDS = ("percent", "fold", "one-in-n", "rate", "ratio", "count", "fraction", "amount")
EVIDENCE_KINDS = ("observational", "preliminary", "animal", "in_vitro")
NAMED_KINDS = ("journal", "institution", "affiliation", "researcher", "study", "outlet")
VAGUE_KINDS = ("vague", "agentless")


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who the sentence says a finding comes from: a named source or an unnamed one."""

    kind: str  # one of NAMED_KINDS or VAGUE_KINDS
    name: str  # "The Lancet", "researchers at Harvard", "studies"
    start: int
    end: int
    text: str
    # "reported": the wording presents the source as reporting a finding ("X found", "according
    # to X"); "mention": it only names it ("published in X", "a 2009 trial"), so the sentence
    # must state a finding for the name to be its basis; "spoken": a person's own forecast or
    # saying ("Dr X predicts that it will stay at 4%") or a biography's account of a career
    # ("Throughout his career, Dr X has observed ..."), no basis of a finding; "event": a body
    # or officials saying an event happened or an action was taken ("a person with measles
    # visited the clinic, officials said"), the basis only of a health figure in the sentence;
    # "awareness": advice to know or remember ("recommends knowing the signs of a stroke"), the
    # basis of a figure or a stated cause in the sentence.
    basis: str = "reported"
    # Vague ones: "new" ("studies show"), "back" ("these studies", "the researchers": may refer
    # to a source named before), "generic" ("the data show": refers back only to a source),
    # "aside" ("... cut pain in several trials": cited in passing, introducing no study).
    reference: str = "new"

    @property
    def named(self) -> bool:
        return self.kind in NAMED_KINDS


@dataclass(frozen=True, slots=True)
class Figure:
    """A health figure: a percentage, N-fold change, 1 in N, rate, ratio, count of people or
    events, fraction of people, or a measured change ("lost 2 kg on average")."""

    kind: str  # one of FIGURE_KINDS: the figure's written form
    start: int
    end: int
    text: str
    comparator: str | None = None  # "over", "nearly", ...
    timeframe: str | None = None  # "after five years", ...
    # What kind of number it is (figures_grammar.STATISTIC: share | change | comparison | effect
    # | rate | count | ratio | mean), None where only the sentence's health words decided.
    quantity: str | None = None
    measures: str | None = None  # the outcome or population it is about: "risk", "adults", ...


@dataclass(frozen=True, slots=True)
class Modifier:
    """A negation, hedge, booster or report ("claims that"), and the characters it reaches."""

    category: str  # negation | hedge | booster | reported
    direction: str  # forward | backward | both
    start: int
    end: int
    text: str
    scope_start: int
    scope_end: int

    def reaches(self, start: int, end: int) -> bool:
        """Whether the words at [start, end) are in its scope and not part of the modifier."""
        return self.scope_start <= start < self.scope_end and not (
            self.start < end and start < self.end
        )


@dataclass(frozen=True, slots=True)
class Evidence:
    """A cue that says what kind of evidence the text describes ("an observational study")."""

    kind: str  # observational | preliminary | animal | in_vitro
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class StrengthReading:
    """How strongly the sentence claims that an exposure affects an outcome, and why."""

    level: Strength = Strength.NONE
    cues: tuple[str, ...] = ()  # "direct:reduces", "hedge:may", ...
    cue: tuple[int, int] | None = None  # the deciding cue's characters
    kind: str | None = None  # the deciding cue's kind: absolute | direct | conditional | ...
    weak: bool = False  # decided by a weak cue only ("risk", "miracle")
    negated: bool = False
    hedged: bool = False
    reported: bool = False  # someone else's claim ("claims that X cures")
    hedges: tuple[str, ...] = ()  # every speculation word in the sentence
    # The deciding cue's verb form (past | third | ing | base), "" when it is a phrase ("due
    # to", "side effects", "is effective"); and the modal or "help" right before it ("can",
    # "may", "can help", "helps to"), "" when there is none.
    form: str = ""
    modal: str = ""

    @property
    def asserts_cause(self) -> bool:
        """A direct or absolute causal claim the writer makes: not hedged, negated or reported."""
        if self.cue is None or self.level < Strength.DIRECT or self.weak:
            return False
        return not (self.negated or self.hedged or self.reported)


@dataclass(frozen=True, slots=True)
class Claim:
    """One sentence and what it holds (a sentence that holds nothing is still a Claim)."""

    index: int  # its place in the passage
    start: int
    end: int
    text: str
    sources: tuple[Source, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    figures: tuple[Figure, ...] = ()
    modifiers: tuple[Modifier, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    # Where a model organism or cells scope the claim itself ("in mice, X reversed ageing").
    model_scopes: tuple[tuple[int, int], ...] = ()
    strength: StrengthReading = field(default_factory=StrengthReading)

    @property
    def has_source(self) -> bool:
        """A link, DOI, PMID, footnote, reference marker or author-year citation is attached."""
        return bool(self.sources)

    @property
    def quotes_source(self) -> bool:
        """The sentence is a linked source's own words, block-quoted under the link that
        sources it (documents/quotations.py): the source speaking, not the writer."""
        return any(s.inherited == "quotation" for s in self.sources)

    @property
    def rebutted(self) -> bool:
        """The sentence reports a claim to reject it ("claims that X cures Y are false")."""
        return any(
            m.category == "reported" or (m.category == "negation" and m.direction == "backward")
            for m in self.modifiers
        )

    def modifiers_over(self, start: int, end: int, category: str) -> list[Modifier]:
        """The modifiers of a category that reach the words at [start, end)."""
        return [m for m in self.modifiers if m.category == category and m.reaches(start, end)]


@dataclass(frozen=True, slots=True)
class Passage:
    """A prose block as the checks see it: its text, its kind, its format and its sentences."""

    text: str
    kind: str  # paragraph | heading | list_item | table_cell | ...
    format: str  # markdown | html | text: how a fix must write a link
    claims: tuple[Claim, ...]
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(c.start for c in self.claims))

    def claim_at(self, offset: int) -> Claim | None:
        """The sentence that holds the character at `offset` (or the one before a gap)."""
        index = bisect.bisect_right(self._starts, offset) - 1
        return self.claims[index] if index >= 0 else None
