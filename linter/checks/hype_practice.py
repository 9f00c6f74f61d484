"""A cure word said of ordinary practice, not promised by the writer (issue 14: a dental clinic's
blog writes "cure" for "treat" in nine of its sixteen false alarms).

GUIDELINE.md, OVER: "Not: a plain clinical statement that a standard treatment cures a
condition". hype_reading.clinical reads standard care as the subject; these readings find the
other shapes such a statement takes, none naming a remedy of its own:

- a clinician does it: health personnel (rules/lexicon/practice.yaml, MeSH M01.526.485) just
  before it ("the dentist cures the stain", "a medical expert may cure your dislocation");
- a procedure or standard agent is used for it: a verb that takes a procedure ("performed",
  "carried out") or a standard agent ("pain medicines") before a purpose infinitive ("can be
  conducted to cure gum disease", "require painkillers to cure the pain");
- the cure is hypothetical, wanted or named: a condition ("if not cured in time"), a causative
  ("get the illness cured"), the activity as a noun ("cleaning and curing of dental issues");
- the condition resolves by itself ("fractures may cure on their own");
- "reverse" as an adjective after an indefinite pronoun ("something reverse").

Never when the sentence names an alternative remedy (hype.yaml, alternative, herbs, products):
"our doctors cure diabetes with herbs" stays a claim.
"""

from __future__ import annotations

import re
from functools import cache

from linter.checks.hype_cautions import caution_reading
from linter.checks.hype_reading import _clause, _previous, _words, found_in
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim
from linter.config.lexicon import default_lexicon, word_pattern

# Words allowed between a clinician and the cure word: a modal and adverbs ("may simply cure").
_CLINICIAN_GAP = 3
# A condition or causative reaches the cure word across at most this many words.
_REACH = 4
# Closed grammatical classes, kept here rather than in rules/lexicon as the grammar's own words
# (Quirk et al. 1985, A Comprehensive Grammar of the English Language): the conditional and
# temporal subordinators that make a cure hypothetical (ch. 15), the causative verbs of "get /
# have the illness cured" (ch. 16), and the compound indefinite pronouns before "reverse" as an
# adjective (ch. 6).
_CONDITION = re.compile(r"\b(?:if|unless|until|once)\b", re.I)
_CAUSATIVE = re.compile(r"\b(?:get|gets|getting|got|have|has|having|had)\b", re.I)
_OF = re.compile(r"\s+of\b")
_INDEFINITE = frozenset(("something", "anything", "nothing", "everything"))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = default_lexicon()
    return (
        word_pattern(lex.get("practice.health_personnel")),
        word_pattern(lex.get("practice.standard_agents")),
        re.compile(
            r"(?<![\w-])(?:" + "|".join(lex.get("practice.procedure_verbs")) + r")"
            r"\s+(?:in order\s+)?to\s+$",
            re.I,
        ),
        re.compile(r"\s+(?:" + "|".join(lex.get("practice.by_itself")) + r")\b", re.I),
    )


def practice_reading(text: str, claim: Claim, start: int, end: int) -> str | None:
    """Why a cure or reversal word states ordinary practice ("clinical", "goal", "condition",
    "natural course", "term"), or None."""
    if why := caution_reading(text, claim, start, end):
        return why  # "avoid brands making cure claims", "stopping the drug may reverse it"
    word = text[start:end].lower()
    prev = _previous(text, start, 1)
    if word == "reverse":
        return "term" if prev and prev[0] in _INDEFINITE else None
    if found_in(hype_lexicon().alternative, text, claim.start, claim.end):
        return None
    personnel, agents, performed, by_itself = _patterns()
    left, _ = _clause(claim, start, end)
    before = text[left:start]
    if by_itself.match(text, end):
        return "natural course"  # "minor fractures may cure on their own"
    clinicians = list(personnel.finditer(before))
    if clinicians and len(_words(before[clinicians[-1].end() :])) <= _CLINICIAN_GAP:
        return "clinical"  # "the dentist cures the problem of stain"
    purpose = word in ("cure", "cures") and re.search(r"\bto\s+$", before) is not None
    if purpose and (performed.search(before) or agents.search(before)):
        return "clinical"  # "can be conducted to cure", "pain medicines to cure the pain"
    if word == "curing" and _OF.match(text, end):
        return "goal"  # "cleaning and curing of dental issues": the activity named
    near = " ".join(_words(before)[-_REACH:])
    if word == "cured" and _CONDITION.search(near):
        return "condition"  # "may cause gaps if not cured in time"
    if word == "cured" and _CAUSATIVE.search(near):
        return "goal"  # "pay to get the illness cured"
    return None
