"""Context across sentences: the studies an article introduces, and what refers back to them.

The annotation guideline reads some sentences through their neighbours: "the study", "the
researchers" or "they" refer back to a study introduced before; a study named or linked there
is not vague ("the study"/"the team" after a named study gets no label), while "these studies"
after unnamed ones still appeals to unnamed evidence; and a causal claim rests on the evidence
the article describes for its study (mice, cells, an observational cohort).

`Discourse` reads a document's passages once (after the NLP layer, from the frozen Claims
only) and keeps, in article order:
- the studies it introduces: a named source (a journal, institution, researcher or dated
  study), an unnamed appeal ("studies show", "researchers found"), or an indefinite study
  ("a new study", "one small trial", "researchers ..." opening a sentence), each with whether
  and where it was named or given a source, and the evidence its sentences describe;
- back-references: a definite or demonstrative determiner before a study noun or an unnamed
  agent ("the study", "this research", "these trials", "the researchers"), and a sentence that
  opens on "they" or "their" before a reporting verb ("they found", "as they report").
A back-reference resolves to the nearest study introduced in the WINDOW sentences before it
(a pronoun: only in the sentence right before, in the same paragraph), never past a heading
that starts another section; its sentence then adds to that study what it says (evidence
kinds, a name, a source).

The word classes are those of rules/lexicon/attribution.yaml (study nouns after the MeSH
publication types, unnamed agents after MOS:WEASEL and ISCO-08, reporting verbs after Hyland
2002) and the determiners of English grammar (Quirk et al. 1985, definite and demonstrative
determiners, §5.10-5.14); nothing here is a phrase list of its own.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from linter.checks.causal_stems import subject_words
from linter.checks.context_words import (
    AFFILIATED,
    END_MARKERS,
    STRONG,
    STUDY_STEM,
    YEAR,
    word_patterns,
)
from linter.claim import Claim, Evidence, Passage

# How many sentences back a definite back-reference ("the study") may reach.
WINDOW = 6
# How far before the window a study's introduction may lie and a later reference to it still
# keep it in reach (bounds the scan on a long page).
_SCAN = 60


@dataclass
class Study:
    """A study (or a body of unnamed research, or unnamed researchers) the article introduces."""

    position: int  # the article's sentence index where it is introduced
    passage: int
    start: int  # its mention, in the passage's characters
    end: int
    named_at: int | None = None  # the first sentence that names it (journal, body, person)
    sourced_at: int | None = None  # the first sentence that gives it a link or marker
    # The evidence its sentences describe: (sentence index, passage index, cue).
    evidence: list[tuple[int, int, Evidence]] = field(default_factory=list)
    strong: bool = False  # a sentence of it describes a randomised trial or a review
    # Research rather than care: introduced as a study, a source or an appeal to evidence, or
    # as unnamed science professionals ("researchers ..."); not as doctors or nurses.
    research: bool = True
    sentences: list[int] = field(default_factory=list)  # its introduction and references
    # The subject words of those sentences (causal_stems), gathered as they are read, so that
    # what the study is about is known without its sentences (issue 20: a page in runs).
    words: frozenset[str] = frozenset()

    def unnamed_at(self, position: int) -> bool:
        """Neither named nor given a source up to and including sentence `position`."""
        return not any(at is not None and at <= position for at in (self.named_at, self.sourced_at))


# The last document read (one slot: the checks of one document ask one after the other).
_LAST: list[tuple[Sequence[Passage], Discourse] | None] = [None]


@dataclass(frozen=True, slots=True)
class Reference:
    """A back-reference in a sentence, and the study it resolves to (None: none in reach)."""

    start: int
    end: int
    text: str
    pronoun: bool  # "they ... found": a reporting verb after a pronoun subject
    study: Study | None


def discourse_of(passages: Sequence[Passage]) -> Discourse:
    """The discourse of a document's passages, read once for all the checks that ask (the
    engine hands each check's `begin` the same list)."""
    last = _LAST[0]  # one read of the slot: another thread may fill it meanwhile
    if last is None or last[0] is not passages:
        last = (passages, Discourse(passages))
        _LAST[0] = last
    return last[1]


class Discourse:
    """The studies a document introduces and the back-references that point to them."""

    def __init__(self, passages: Sequence[Passage]) -> None:
        self.studies: list[Study] = []
        # passage index -> the article index of its first sentence: a sentence's place is its
        # passage's index and its own in the passage (`place`), not its object's `id()`, which
        # another object may take once the sentence is freed (issue 20: a page checked in runs).
        self.first = array("q")
        self._references: dict[int, Reference] = {}  # sentence index -> its first reference
        self._headings: list[int] = []  # sentence indexes of headings, ascending
        # sentence index -> the study it introduces or refers to (one at most): a claim looks
        # up its own study and those near it here instead of going through every study.
        self._study_at: dict[int, Study] = {}
        self.sentences: list[Claim] = []  # the article's sentences, in order
        # id(evidence cue) -> the article index of the sentence that holds it, read back only
        # when that sentence holds that very cue (`sentence_of`): an id alone may be reused.
        self._told: dict[int, int] = {}
        patterns = word_patterns()
        position = 0
        for p_index, passage in enumerate(passages):
            self.first.append(position)
            for claim in passage.claims:
                self.sentences.append(claim)
                self._told.update((id(e), position) for e in claim.evidence)
                if passage.kind == "heading":
                    self._headings.append(position)
                else:
                    self._read(claim, passage, p_index, position, patterns)
                position += 1

    def _read(
        self,
        claim: Claim,
        passage: Passage,
        p_index: int,
        position: int,
        patterns: dict[str, re.Pattern[str]],
    ) -> None:
        text = claim.text
        named = any(a.named for a in claim.attributions)
        reference = self._reference(claim, p_index, position, patterns)
        if reference is not None:
            self._references[position] = reference
        study = reference.study if reference is not None else None
        if study is None:
            mention = self._introduction(claim, named, patterns)
            if mention is None:
                return
            study = Study(position, p_index, claim.start + mention[0], claim.start + mention[1])
            agents = patterns["agents_open"].match(text)
            if agents is not None and agents.end() == mention[1] and not claim.attributions:
                study.research = patterns["science_agents"].search(agents.group(0)) is not None
            self.studies.append(study)
            # "Researchers at Bath", "a new study from Stanford": named by their place; "a 2020
            # study" by its year.
            named = (
                named
                or AFFILIATED.match(text, mention[1]) is not None
                or YEAR.search(text, mention[0], mention[1]) is not None
            )
        if named and study.named_at is None:
            study.named_at = position
        if (claim.has_source or END_MARKERS.search(text)) and study.sourced_at is None:
            study.sourced_at = position
        study.sentences.append(position)
        study.words |= subject_words(text)
        self._study_at[position] = study
        study.evidence += [(position, p_index, e) for e in claim.evidence]
        study.strong = study.strong or STRONG.search(text) is not None

    @staticmethod
    def _introduction(
        claim: Claim, named: bool, patterns: dict[str, re.Pattern[str]]
    ) -> tuple[int, int] | None:
        """Where the sentence introduces a study, in its own characters; None if it does not."""
        sources = [a for a in claim.attributions if a.named or a.reference == "new"]
        if sources:
            first = min(sources, key=lambda a: a.start)
            return first.start - claim.start, first.end - claim.start
        # The study nouns' stems first: most sentences name none, and the patterns are slow.
        names = ("dated", "new_study") if STUDY_STEM.search(claim.text) else ()
        for name in (*names, "agents_open"):
            m = patterns[name].search(claim.text)
            if m is not None:
                return m.span()
        return None

    def _reference(
        self,
        claim: Claim,
        p_index: int,
        position: int,
        patterns: dict[str, re.Pattern[str]],
    ) -> Reference | None:
        pronoun = patterns["pronoun"].search(claim.text)
        if pronoun is not None:
            start, end = pronoun.start("p"), pronoun.end()
            before = self._nearest(position, reach=1)
            study = before if before is not None and before.passage == p_index else None
            return Reference(
                claim.start + start, claim.start + end, claim.text[start:end], True, study
            )
        back = patterns["back"].search(claim.text)
        if back is None:
            return None
        study = self._nearest(position, reach=WINDOW)
        start, end = back.span()
        return Reference(claim.start + start, claim.start + end, back.group(0), False, study)

    def _nearest(self, position: int, reach: int) -> Study | None:
        """The study introduced or last referred to nearest before `position`, within `reach`
        sentences and not before a heading between."""
        floor = max(0, position - reach, self._heading_before(position))
        best: Study | None = None
        best_last = -1
        for study in reversed(self.studies):
            last = max((s for s in study.sentences if s < position), default=-1)
            if last >= floor and last > best_last:
                best, best_last = study, last
            if study.position < floor and (best is not None or study.position < floor - _SCAN):
                break  # the rest were introduced before; one far back is seldom still in use
        return best

    def _heading_before(self, position: int) -> int:
        """The last heading before `position` (-1: none)."""
        at = bisect_left(self._headings, position)
        return self._headings[at - 1] if at else -1

    def _same_section(self, one: int, other: int) -> bool:
        """Whether no heading lies strictly between two sentences (or they are one)."""
        low, high = sorted((one, other))
        return bisect_left(self._headings, high) <= bisect_right(self._headings, low)

    def near(self, study: Study, position: int) -> bool:
        """Whether a sentence of the study is within WINDOW sentences of `position`, in the
        same section (no heading between them)."""
        return any(
            abs(at - position) <= WINDOW and self._same_section(at, position)
            for at in study.sentences
        )

    def studies_near(self, position: int) -> list[Study]:
        """The studies `near` `position`, in the order they were introduced: those of the
        sentences within WINDOW of it (bounded work per claim, however long the article)."""
        found = {
            id(study): study
            for at in range(max(0, position - WINDOW), position + WINDOW + 1)
            if (study := self._study_at.get(at)) is not None and self._same_section(at, position)
        }
        # One study is introduced per sentence at most, so its position orders them as
        # `studies` does.
        return sorted(found.values(), key=lambda study: study.position)

    def sentence_of(self, evidence: Evidence) -> Claim | None:
        """The sentence that describes an evidence cue (None: a cue no sentence holds)."""
        at = self._told.get(id(evidence))
        if at is None:
            return None
        sentence = self.sentences[at]
        return sentence if any(e is evidence for e in sentence.evidence) else None

    def place(self, passage: int, sentence: int) -> int | None:
        """The article index of the passage's `sentence`-th sentence (None: `passage` is not
        one of the page's, -1 for a passage checked on its own)."""
        return self.first[passage] + sentence if 0 <= passage < len(self.first) else None

    def reference_at(self, position: int | None) -> Reference | None:
        """The back-reference in the article's sentence at `position`, resolved."""
        return self._references.get(position) if position is not None else None

    def study_at(self, position: int | None) -> Study | None:
        """The study the article's sentence at `position` introduces or refers to."""
        return self._study_at.get(position) if position is not None else None
