"""Hype wording that defines a procedure by its aim, names a list's topic, or is the content of
a goal of helping: no claim of the writer's (issue 14, session 28, precZ; census of sets RR and
SS).

- A procedure defined by its aim: "Panchakarma is a process used to cleanse the body of
  toxins", "**Vamana:** a therapy used to purge the body of toxins". The detox wording is the
  to-infinitive of purpose (Quirk et al. 1985, §15.48) of a participle of purpose
  (hype.yaml `defining_purposes`) after a procedure noun (`defining_heads`) that is the
  complement of a copula or of a gloss's colon or dash: what the procedure is for, as a
  dictionary defines it. "Panchakarma is a therapy that cleanses the body" and "Our programme
  flushes toxins out" state the effect and stay claims, and so does the writer's own product
  defined so ("Our 7-day cleanse is a programme designed to flush toxins": review28p), and an
  aim that names a disease ("given to eliminate toxins and heal all skin diseases").
- A lead-in that names a list's topic: "Ways to detoxify your body", "Tips to detox your skin at
  home:" (a heading, or a line ending in a colon, that opens on a means noun or "how" and
  "to"). Only detox wording: "Ways to cure diabetes" names a cure as had.
- A goal of helping: "My goal is to help you reverse ageing", "Our mission is to help every
  client overcome insomnia for good". A possessed purpose noun (hype.yaml `purpose_nouns`) whose
  content is a verb of helping (`helping_verbs`) with a person as its object: the aim is to
  assist what the person does. Not "Our goal: to reverse your type 2 diabetes" (the effect
  itself as the aim, a promise: review25p), nor what the helping is done with ("help you with
  our proven protocol": the protocol is praised, not aimed at). Nor wording that is hype in any
  frame ("help you find the miracle cure", "get guaranteed results", "cure your diabetes") or
  an aim that names a disease ("help you reverse your diabetes permanently"): the goal then
  promises the remedy or the disease's end (review28p).
"""

from __future__ import annotations

import re
from functools import cache

from linter.checks.hype_words import FUNCTION_WORDS, hype_lexicon, words
from linter.claim import Claim
from linter.config.lexicon import alternation, default_lexicon

_REACH = 160  # characters back from the hype word to its frame
# The writer's own thing as the defined subject: a seller states what its product is for, a
# promise, not a dictionary's gloss of a tradition (review28p).
_OWN = re.compile(r"(?i)\b(?:our|my)\b")

# A clause break or a word that opens another clause between the frame and the hype word.
_BREAK = re.compile(r"[.;!?]|\b(?:that|which|who|because|but|so|while|whereas)\b", re.I)
# Prepositions that name the means of the helping, not the aim ("help you with our ...").
_MEANS = words("with using through by via thanks")
_PERSON_PRONOUNS = words("you me us them him her people everyone everybody others")
# Hype whatever frame holds it: a cure, a fraud flag ("guaranteed", "miracle cure"), a novelty
# ("breakthrough"), a label, and the praise and ranking of a remedy (review28p).
_HYPE_IN_ANY_FRAME = words(
    "cure fraud_flags novelty promotional_labels praised_efficacy assured_outcome "
    "praised_results raised_effect intensified_efficacy miracle_idioms magical_effect "
    "ranked_efficacy superlative"
)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = default_lexicon()
    heads = alternation(lex.get("hype.defining_heads"))
    purposes = alternation(lex.get("hype.defining_purposes"))
    goals = alternation(lex.get("hype.purpose_nouns"))
    helping = alternation(lex.get("hype.helping_verbs"))
    # "is a five-step process used to", ": a therapy used to", "— a massage performed to",
    # "a therapy that is used to", "a process that aims to", and the head's "of" or "for" with
    # a gerund as its complement (Quirk et al. 1985, §17.29): "the procedure of cleansing".
    defined = re.compile(
        rf"(?i)(?:\b(?:is|are|was|were)|[:–—])\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){{0,4}}?"
        rf"{heads}\s+(?:(?:(?:that|which)\s+(?:is|are)\s+)?(?:\w+ly\s+)?"
        rf"(?:{purposes}|(?:that|which)\s+aims?)\s+to|of|for)\s+"
    )
    # "My goal is to help", "Our founder's mission is simply to help", "our aim: to help".
    goal = re.compile(
        rf"(?i)\b(?:my|our|their|his|her|its|[\w]+['’]s)\s+(?:[\w'’-]+\s+)?{goals}\s*"
        rf"(?:(?:is|was|remains|has\s+always\s+been)\s+|:\s*)(?:simply\s+|always\s+)?to\s+"
        rf"{helping}\s+"
    )
    # "Ways to detoxify", "Five tips to detox", "The therapies below are ways to detoxify".
    lead = re.compile(
        r"(?i)\s*(?:[#*\-\d.)\s]*)(?:(?:[\w'’-]+\s+){1,3}(?:are|include)\s+)?"
        r"(?:(?:\w+\s+){0,2}(?:ways?|tips|steps|methods|how)\s+to)\s+$"
    )
    return defined, goal, lead


def defined_by_aim(text: str, claim: Claim, start: int, heading: bool) -> bool:
    """Whether detox wording at `start` is a procedure's defining aim or a lead-in's topic."""
    defined, _, lead = _patterns()
    if _names_disease(text, claim, start):
        return False  # "a therapy given to eliminate toxins and heal all skin diseases"
    left = max(claim.start, start - _REACH)
    for frame in defined.finditer(text, left, start):
        if _OWN.search(text, claim.start, frame.start()):
            break  # "Our 7-day cleanse is a programme designed to flush toxins": a seller's aim
        if (
            not _BREAK.search(text, frame.end(), start)
            and len(text[frame.end() : start].split()) <= 6
        ):
            return True  # "used to purge the body" and its conjunct "and cleanse the blood"
    lead_in = heading or text[claim.start : claim.end].rstrip(" *_").endswith(":")
    own = _OWN.search(text, claim.start, start) is not None
    return lead_in and not own and lead.fullmatch(text, claim.start, start) is not None


def _names_disease(text: str, claim: Claim, start: int) -> bool:
    """Whether the aim from the hype word to its clause's end names a disease (hype.yaml
    `diseases`): an aim of ending a disease is a promise in any frame (review28p)."""
    aim = re.split(r"[.;:!?]", text[start : claim.end], maxsplit=1)[0]
    return hype_lexicon().diseases.search(aim) is not None


def helping_goal(text: str, claim: Claim, start: int, kind: str) -> bool:
    """Whether the hype word at `start` is in the verb phrase a goal of helping aims at."""
    if kind in _HYPE_IN_ANY_FRAME or _names_disease(text, claim, start):
        return False  # "help you reverse your diabetes permanently": the disease's end promised
    _, goal, _ = _patterns()
    left = max(claim.start, start - _REACH)
    frames = list(goal.finditer(text, left, start))
    frame = frames[-1] if frames else None  # the nearest frame before the word
    if frame is None or _BREAK.search(text, frame.end(), start) or "," in text[frame.end() : start]:
        return False
    between = re.findall(r"[\w'’-]+", text[frame.end() : start])
    return _person_then_verb(between)


def _person_then_verb(between: list[str]) -> bool:
    """A person as the helping verb's object, then a verb and at most six words before the hype
    word: "you reverse", "every patient regain a full head of hair and"."""
    lowered = [w.lower() for w in between]
    if not lowered:
        return False
    if lowered[0] in _PERSON_PRONOUNS:
        verb = 1
    elif lowered[0] in FUNCTION_WORDS and len(lowered) > 1:
        verb = 2  # "every patient", "our clients"
    else:
        verb = 1  # "women", "families"
    if verb < len(lowered) and lowered[verb] == "to":
        verb += 1
    if verb > len(lowered) or any(w in _MEANS for w in lowered[verb:]):
        return False
    if verb == len(lowered):
        return True  # the hype word is the verb itself: "help you reverse ageing"
    return lowered[verb] not in FUNCTION_WORDS and len(lowered) - verb <= 7
