"""Causal predicates the strength lexicon does not list, read only beside a study.

rules/lexicon/causal_predicates.yaml: psychological causatives ("sugar excites the reward
centres"), resultative phrasal verbs ("turmeric speeds up healing"), hazard adjectives
("sugar is addictive"), the periphrastic causative ("sweeteners make you gain weight"), verbs
of change of state ("saffron sharpens memory") and of destroying ("garlic destroys superbugs").
The strength reading of the claim layer (read by every rule) leaves such a sentence at no
relation; the causal check reads these cues only in a sentence with no
relation, where no hedge, negation or report reaches them, and only weighs them against the
study described right beside the sentence (causal_neighbours.py), where the guideline's
overreach is clearest, or, in the page's opening, the study the page describes after it
(causal_page.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from linter.checks.causal_neighbours import StrongIndex, neighbour_evidence
from linter.checks.causal_page import opening_evidence
from linter.checks.causal_reading import _weighed
from linter.checks.causal_stems import irregular_pasts, subject_words
from linter.claim import Claim, Evidence, Strength
from linter.config.lexicon import default_lexicon, word_pattern

_LISTS = (
    "psych_causatives",
    "phrasal_causatives",
    "hazard_adjectives",
    "periphrastic_causatives",
    "change_of_state",
    "destroy_verbs",
)
# A quotation mark or a question: someone's words, or no claim.
_QUOTED = re.compile(r"[\"“”?]")
# A relative pronoun or a modal right before the cue: a clause that defines a noun ("a drug
# that calms"), or a possibility ("can calm").
_BEFORE = re.compile(
    r"\b(?:that|which|who|can|could|may|might|would|should|to|not|if|whether)\s+$", re.I
)


_NEGATION = re.compile(r"\b(?:not|never|no|hardly|barely)\b|n[’']t\b", re.I)


# The comparative correlative ("The more plant foods you eat, the healthier you will be": Quirk
# et al. 1985, §15.35, proportion; Huddleston & Pullum 2002, the comparative correlative) states
# that one quantity varies with another, a dependence the writer asserts; beside an
# observational study of its first clause's cause it generalises from that study. Both halves
# open on "the" and a comparative: "more", "less", "fewer" or an adjective's inflected
# comparative (Quirk §7.74) of the gradable words of size, degree, health and time below. The
# cue is the second half's comparative; the first clause is the cause.
_COMPARATIVES = (
    r"more|less|fewer|better|worse|lower|higher|greater|smaller|bigger|larger|healthier|"
    r"longer|shorter|stronger|weaker|faster|slower|easier|harder|fitter|happier|sicker|"
    r"leaner|fatter|thinner|heavier|lighter|older|younger|deeper|calmer|clearer|sharper"
)
_CORRELATIVE = re.compile(
    rf"\s*the (?:{_COMPARATIVES})\b[^,.;:!?]{{1,80}},\s+(the (?:{_COMPARATIVES})\b)", re.I
)
# What makes the proportion a report or a possibility, not a general claim: a past form (the
# study's own result: "the more coffee they drank, the lower their risk": -ed, the commonest
# irregular pasts of Quirk et al. 1985 §3.14-3.16 and study_design.yaml's by causal_stems), or
# a modal of possibility in its second half ("the lower your risk may be"; "the more you can
# eat" in the first half is ability, not a hedge).
_PAST = re.compile(
    r"\b(?:was|were|had|did|ate|felt|got|grew|became|took|gave|ran|lost|kept|made|saw|found|"
    r"went|came|slept|drank|spent|lived)\b|\b\w+ed\b",
    re.I,
)
_MODAL = re.compile(r"\b(?:can|could|may|might|would|seems?|appears?|tends?)\b", re.I)


def _correlative(claim: Claim, text: str) -> tuple[int, int] | None:
    """The second comparative of a comparative correlative that opens the sentence."""
    found = _CORRELATIVE.match(text, claim.start, claim.end)
    sentence = text[claim.start : claim.end]
    if found is None or _PAST.search(sentence) or _MODAL.search(text, found.start(1), claim.end):
        return None
    if any(word in irregular_pasts() for word in re.findall(r"[a-z]+", sentence.lower())):
        return None
    return found.span(1)


@cache
def _pattern() -> re.Pattern[str]:
    lex = default_lexicon()
    return word_pattern([p for name in _LISTS for p in lex.get(f"causal_predicates.{name}")])


@cache
def _change_of_state() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("causal_predicates.change_of_state"))


# The first word after a cue, or the clause's end, past an adverb in -ly (the suffix that makes
# adverbs of manner from adjectives, Quirk et al. 1985, Appendix I: "worsens quickly", "lessens
# gradually over weeks"): whether the verb has an object ("melts belly fat" has one).
_NEXT_WORD = re.compile(r"\s*(?:\w+ly\b)?\s*(\w*)")


def _inchoative(text: str, cue: re.Match[str], end: int) -> bool:
    """Whether a verb of change of state is used without an object: "symptoms worsen at
    night", "bones weaken with age" say that something changes, not what changes it (the
    causative/inchoative alternation of Levin 1993, §1.1.2.1: causal_predicates.yaml
    inchoative_followers)."""
    if _change_of_state().fullmatch(cue.group(0)) is None:
        return False
    following = _NEXT_WORD.match(text, cue.end(), end)
    word = following.group(1).lower() if following else ""
    return not word or word in _inchoative_followers()


@cache
def _inchoative_followers() -> frozenset[str]:
    return frozenset(default_lexicon().get("causal_predicates.inchoative_followers"))


def predicate_cue(claim: Claim, text: str) -> tuple[int, int] | None:
    """The characters of a causal predicate the writer states plainly, if the sentence has one
    and the strength reading found no relation, hedge, negation or report in it."""
    reading = claim.strength
    # A block quote of the linked source (documents/quotations.py) is its words, as quoted.
    if reading.level != Strength.NONE or _QUOTED.search(claim.text) or claim.rebutted:
        return None
    if claim.quotes_source:
        return None
    proportion = _correlative(claim, text)
    if proportion is not None:
        return proportion
    found = _pattern().search(text, claim.start, claim.end)
    if found is None or not text[claim.start : found.start()].strip():
        return None  # no subject before it: an imperative or a heading's fragment
    if _BEFORE.search(text, claim.start, found.start()):
        return None
    if _inchoative(text, found, claim.end):
        return None  # "symptoms worsen at night": a change, no cause
    start, end = found.span()
    if _NEGATION.search(found.group(0)):
        return None  # "is not addictive", "is never toxic"
    # A negation, hedge or report that reaches the cue ("is not addictive", "may calm").
    if any(claim.modifiers_over(start, end, c) for c in ("negation", "hedge", "reported")):
        return None
    return start, end


# The article as the causal check holds it: its sentences (passage index, sentence), the
# passages' texts and whether each passage is a heading.
Article = tuple[Sequence[tuple[int, Claim]], Sequence[str], Sequence[bool]]


def predicate_evidence(
    article: Article, place: int, text: str, kinds: set[str], strong: StrongIndex
) -> tuple[tuple[int, int], Evidence, Claim] | None:
    """The cue of the sentence at `place`, the weak evidence of the study beside it and the
    sentence that describes that study, when the sentence states a cause with a predicate of
    causal_predicates.yaml and rests on that study."""
    sentences, texts, headings = article
    claim = sentences[place][1]
    cue = predicate_cue(claim, text)
    if cue is None:
        return None
    sides = (subject_words(text[claim.start : cue[0]]), subject_words(text[cue[1] : claim.end]))

    def undercutting(other: Claim) -> Evidence | None:
        weak = sorted((e for e in other.evidence if e.kind in kinds), key=_weighed)
        return weak[0] if weak else None

    beside = neighbour_evidence(
        sentences, texts, headings, place, sides, kinds, undercutting, strong
    ) or opening_evidence(sentences, (texts, headings), place, sides, kinds, undercutting, strong)
    return None if beside is None else (cue, *beside)
