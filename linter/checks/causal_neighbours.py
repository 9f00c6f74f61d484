"""A present-tense causal claim right beside the study it generalises from.

The guideline's example: "In a study of 2,000 nurses, those who drank coffee had fewer strokes.
Coffee protects your brain." The claim names no study and shares no effect word with the
evidence ("strokes", "brain"), yet it is that study's finding stated as a general cause. Here a
claim rests on a study described up to two sentences before it or in the sentence right after
it, when the sentences from that study to the claim speak of the claim's cause (compared by
stem, causal_stems.stem: "gardening" and "those who gardened"); across a paragraph break
(news paragraphs are often one sentence) they must speak of its effect too, and a heading
ends the reach. A model named as a study's setting ("In a laboratory dish, garlic oil stopped
...") describes lab or animal work as a design cue does. The claim stays silent when the study
assigns its intervention (a trial's arms), or when the article describes a randomised trial or
a review of the same cause anywhere: then the mouse or cohort study is not the only evidence
it gives.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterable, Sequence

from linter.checks.causal_designs import assigns, design_evidence
from linter.checks.causal_reading import _cause_side, _wording
from linter.checks.causal_stems import subject_words
from linter.checks.context_words import STRONG
from linter.claim import Claim, Evidence, Strength

MODEL_KINDS = ("animal", "in_vitro")

Undercutting = Callable[[Claim], Evidence | None]

# How many sentences before the claim its study may start; after it, only the next sentence.
BEFORE = 2

# A pronoun subject opening a sentence (Quirk et al. 1985, §6.16-6.18: personal and
# demonstrative pronouns as subject), right before the cue's clause.
_ANAPHOR = re.compile(r"^\W*(?:it|they|this|these)\s+(?![\w-]+\s+(?:is|are|was|were)\b)", re.I)

# A model scope's words that name lab work on cells rather than animals (MeSH "In Vitro
# Techniques" [E05.481], "Cells, Cultured" [A11.251]).
_LAB_WORDS = re.compile(r"cell|lab|dish|tube|vitro|tissue|culture", re.I)


# What stands between a cue and a model named after it as the place of the effect: "reduced
# inflammation in bowel cells", "slowed growth in laboratory studies".
_IN_BEFORE = re.compile(r"\bin\s+(?:[\w-]+\s+){0,3}$", re.I)


def model_of_claim(text: str, claim: Claim, evidence: Evidence, cue: tuple[int, int]) -> bool:
    """Whether the animals or cells of the claim's own sentence are what the claim is about,
    not the evidence behind a claim about people: the treated animals as the subject of a past
    result ("zebrafish given turmeric healed faster"), or the model as the place of the effect
    right after it ("reduced inflammation in bowel cells in laboratory studies")."""
    if evidence.kind not in MODEL_KINDS:
        return False
    start, end = cue
    if evidence.end <= start:
        return claim.strength.form == "past" and text[claim.start : evidence.start].strip() == ""
    return evidence.start >= end and _IN_BEFORE.search(text, end, evidence.start) is not None


# A model as the setting of a result: "in mice", "in a laboratory dish", "in vitro".
_SETTING = re.compile(r"in\b", re.I)


def scope_evidence(claim: Claim, text: str) -> tuple[Evidence, ...]:
    """The models a sentence names as its setting ("in mice", "in a laboratory dish"), read as
    animal or lab evidence: a result scoped to them describes that kind of study."""
    found = []
    for start, end in claim.model_scopes:
        words = text[start:end]
        if not _SETTING.match(words):
            continue  # "cancer cells have antigens": cells named, no experiment's setting
        kind = "in_vitro" if _LAB_WORDS.search(words) else "animal"
        found.append(Evidence(kind, start, end, words))
    return tuple(found)


def neighbour_evidence(
    article: Sequence[tuple[int, Claim]],
    texts: Sequence[str],
    headings: Sequence[bool],
    place: int,
    sides: tuple[frozenset[str], frozenset[str]],
    kinds: set[str],
    undercutting: Undercutting,
    strong: StrongIndex,
) -> tuple[Evidence, Claim] | None:
    """The weak evidence of the study next to a present-tense claim (`place`: its article
    index), when the sentences from that study to the claim share a stem with the claim's
    cause (and, across a paragraph break, its effect), no heading stands between them, no
    sentence of the study assigns an intervention, and the article describes no trial or review of
    that cause, with the sentence that describes it. A claim whose cause is a pronoun ("It
    protects the heart") rests on the sentence right before it in its paragraph. News
    paragraphs are often one sentence long: the study may end the paragraph before the
    claim's."""
    cause_stems = sides[0]
    effect_stems = sides[1]
    # "It protects the heart." right after the study: the pronoun is the study's exposure.
    anaphor = not cause_stems and _ANAPHOR.match(article[place][1].text) is not None
    if not cause_stems and not anaphor:
        return None
    nearby = [place - 1] if anaphor else [place + 1, *range(place - 1, place - BEFORE - 1, -1)]
    for k in nearby:
        if not 0 <= k < len(article):
            continue
        low, high = (k, place) if k < place else (place + 1, k + 1)
        if any(headings[article[j][0]] for j in range(low, high)):
            continue  # another section: another topic
        i, other = article[k]
        design = tuple(e for e in other.evidence if e.kind in kinds and not _wording(e))
        design += tuple(e for e in scope_evidence(other, texts[i]) if e.kind in kinds)
        design += tuple(e for e in design_evidence(other, texts[i]) if e.kind in kinds)
        if not design:
            continue
        # The exposure of each sentence: what acts, before its own cue ("In a laboratory
        # study, ginger slowed the growth of these bacteria" is about ginger, not bacteria).
        # A sentence between them counts as the study's result only if it claims no cause of
        # its own ("Those who gardened had fewer fractures", not a repeated "X reverses Y").
        block = [j for j in range(low, high) if j == k or _reports(article[j][1])]
        words = frozenset().union(*(_exposure(article[j], texts) for j in block))
        if anaphor:
            if article[k][0] != article[place][0]:
                continue  # a pronoun reaches back only inside its paragraph
            cause_stems = words
        elif not cause_stems & words:
            continue
        # The study's sentences and the one that may introduce it.
        if any(assigns(article[j][1].text) for j in range(max(0, low - 1), high)):
            continue  # "supplemented with either protein or GABA": a trial's arms
        own_paragraph = article[place][0]
        if any(article[j][0] != own_paragraph for j in range(low, high)):
            # Across a paragraph break the study must also be of the claim's effect.
            told = frozenset().union(*(subject_words(article[j][1].text) for j in range(low, high)))
            if not effect_stems & told:
                continue
        found = undercutting(Claim(0, 0, 0, "", evidence=design))
        if found is not None and not strong.about(cause_stems):
            return found, other
    return None


def _reports(sentence: Claim) -> bool:
    """Whether a sentence states no cause itself (no direct or absolute reading)."""
    return sentence.strength.level < Strength.DIRECT


def _exposure(sentence: tuple[int, Claim], texts: Sequence[str]) -> frozenset[str]:
    """The subject words of what a sentence says acts (causal_reading._cause_side)."""
    i, claim = sentence
    return _cause_side(claim, texts[i])


class StrongIndex:
    """The subject words of the article's sentences that describe a randomised trial, a review
    of trials or an assigned intervention (a placebo, a control group), each with the
    sentence's article index: asking each claim's question over every sentence was quadratic
    on a long page. Made as the page's sentences are read (`add`, in order), from their texts
    alone: it holds no sentence, so a check in runs can release a run's `Claim`s while this
    summary of the whole page stays (issue 20)."""

    __slots__ = ("places", "words")

    def __init__(self, texts: Iterable[str] = ()) -> None:
        self.places = array("q")  # the article index of each sentence kept, ascending
        self.words: list[frozenset[str]] = []  # its subject words (causal_stems)
        for place, text in enumerate(texts):
            self.add(place, text)

    def add(self, place: int, text: str) -> None:
        """Read the article's sentence at `place` (after every one before it)."""
        if STRONG.search(text) or assigns(text):
            self.places.append(place)
            self.words.append(subject_words(text))

    def about(self, cause: frozenset[str]) -> bool:
        """Whether one of them is about the claim's cause: then the claim rests on more than
        the study beside it."""
        return any(cause & words for words in self.words)
