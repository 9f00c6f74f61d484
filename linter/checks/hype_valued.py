"""Promotional evaluations with no hype keyword (issue 14, session 26, overV): a treatment,
habit or service ranked the most effective or the safest ("one of the most effective treatments
for back pain" in a clinic's voice, "the most beneficial pose"), "proven" on the thing offered
("a proven, effective diet", "injections for proven, sustainable weight loss"), the power of a
remedy or a food ("potent natural health foods", "a powerful healer") and colloquial hype of an
effect ("blast through your belly fat"); rules/lexicon/hype.yaml `ranked_efficacy`,
`proven_offer`, `power_praise`, `colloquial_effect`.

The words are ordinary outside health and in care ("the best parking in town", "the most
effective way to spread the flu", "statins are one of the most effective medicines"), so the
reading asks for what makes them a provider's promise about health:
- not with a source or an attribution in the sentence, not a condition, a question or an aim
  before it ("if it is the safest", "whether it is the best"; a hedge is no gate: "may be one of
  the most effective" is hedged hype, OVER by GUIDELINE.md, at the hedged level), not sought
  ("looking for the best treatment"), not of a harm or a risk, and
  never of standard care, a vaccine or a drug (questions, what others say and standard care
  before the words are read first, in hype_composed.py, as for every composed class);
- a rank "one of the most" only in the provider's own voice ("our", "we", a page that sells):
  the elative ranks among others, which a writer of advice says of a supplement without
  promising ("creatine is one of the most effective supplements for strength");
- the top rank with a subject that it is predicated of or a verb that offers it ("X is the
  most ...", "offers the safest ..."), of an alternative remedy or practice, of what the
  provider offers, or of a habit of exercise or posture; methods, services and tools only with
  a health target in the sentence ("the best service in town" praises a business);
- "proven" plans, courses and sessions only with a health target, and "proven" predicated only
  of what the provider offers or of an alternative remedy.
"""

from __future__ import annotations

import re
from functools import cache

from linter.checks.hype_composed import _SOUGHT
from linter.checks.hype_criteria import criterion
from linter.checks.hype_raised import _PROVIDER, _RISK, _care, _health, _offered
from linter.checks.hype_reading import _clause
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim
from linter.config.lexicon import default_lexicon, word_pattern

VALUED_KINDS = ("ranked_efficacy", "proven_offer", "power_praise", "colloquial_effect")

# The praise limited in its own sentence: a contrastive "but" (Quirk et al. 1985, §13.38,
# coordination of contrast) before a clause that denies a cure or a substitute for care ("a
# powerful tool for supporting thyroid function, but it's not a cure"; set VV, precD). What it
# does not replace must be care (review28d: "but it does not replace a positive mindset" leaves
# the praise whole): treatment and therapy (MeSH D013812 "Therapeutics"), medicines (MeSH
# D004364 "Pharmaceutical Preparations"), and the doctor or professional who gives them.
_CARE = (
    r"(?:medical|medicines?|medications?|prescri(?:bed|ptions?)|treatments?|therap(?:y|ies)|"
    r"care|doctors?|professionals?|clinicians?)\b"
)
_DISCLAIMED = re.compile(
    r"[^.!?]*?\bbut\s+(?:it|this|that|they|these|diet|food)(?:['’]s|['’]re| is| are|"
    r" isn['’]t| aren['’]t| (?:does|do|will|can)(?: not|n['’]t)| won['’]t| can['’]t| cannot)"
    r"\s+(?:not\s+|never\s+)?(?:(?:(?:a|an)\s+)?(?:cure|cures|miracle|magic bullet)\b|"
    rf"(?:(?:a|an)\s+)?(?:substitute|replacement)\s+for\s+(?:[\w'’-]+\s+){{0,2}}?{_CARE}|"
    rf"replace\s+(?:[\w'’-]+\s+){{0,2}}?{_CARE})",
    re.I,
)

# The elative: a rank among others (Huddleston & Pullum 2002, ch. 13 §4).
_AMONG = re.compile(r"(?:one|some) of\b|among\b", re.I)

# What a top rank is said of: the copula of a predicative superlative (Quirk et al. 1985,
# §16.38), also after a modal that hedges it ("may be one of the most effective"; §4.49), or a
# verb by which the provider offers it or the reader gets it.
_OF_SUBJECT = re.compile(
    r"\b(?:is|are|was|were|remains?|becomes?|offers?|offering|provides?|providing|delivers?|"
    r"(?<=may )be|(?<=might )be|(?<=could )be|(?<=possibly )be|"
    r"delivering|gives?|giving|receive|receives|receiving|get|gets|getting|use|uses|using)\b|"
    r"[’']s\b|[’']re\b",
    re.I,
)

# "We have", "we know of": the inclusive "we" of all care as a superlative's domain (Quirk et
# al. 1985, §6.11; "one of the most effective treatments we have"), no provider's voice.
_ALL_CARE = re.compile(r"\bwe (?:have|know of)\b", re.I)

# Heads that name a habit of exercise or posture: ranked on their own ("the most beneficial
# pose"), as a remedy is.
_HABIT = re.compile(r"\b(?:exercises?|workouts?|poses?|postures?|stretch(?:es)?)$", re.I)

# Heads that name no health thing by themselves: a method, a service, a tool, a food, a plan.
_GENERIC = re.compile(
    r"\b(?:tools?|methods?|approach(?:es)?|services?|options?|solutions?|techniques?|"
    r"programmes?|programs?|foods?|plans?|routines?|courses?|sessions?|regimens?|regimes?)$",
    re.I,
)

# A harm, a warning or a spread as what the words rank or praise: "the most effective way to
# spread the flu", "a potent herb that interacts with warfarin", "the safest and most toxic".
_HARM = re.compile(
    r"\b(?:interact(?:s|ions?)?|side[- ]effects?|toxic\w*|poison\w*|dangerous|dangers?|caution|"
    r"careful|overdose\w*|spread(?:s|ing)?|transmi\w+|addictive|harmful|deadly|lethal)\b",
    re.I,
)

# The predicative "proven" of `proven_offer` ("is proven and effective"): the copula before it.
# Not the existential "there is", "there are".
_PREDICATED = re.compile(r"(?<!\bthere )(?:\bis|\bare|[’']s|[’']re) $", re.I)


# What makes the evaluation no assertion: a condition, an indirect question ("work out what may be
# the best approach"), a hope or an aim
# (Quirk et al. 1985, §15.33, §15.5); the words of hype_raised's hedge that are no hedge. A modal
# or an adverb of possibility ("may", "could", "possibly") hedges hype that still counts as OVER
# (GUIDELINE.md: "Hedged hype still counts as OVER"; the finding gets the hedged level).
_UNASSERTED = re.compile(r"\b(?:if|unless|whether|what|hope|hopes|aims?\s+to)\b", re.I)


# The standard-care nouns that also name what an aesthetic or weight-loss clinic sells.
_SOLD_CARE = re.compile(r"\b(?:injections?|infusions?|procedures?)\b", re.I)


def valued_reading(
    text: str, claim: Claim, start: int, end: int, kind: str, sells: bool = False
) -> str | None:
    """Why a promotional evaluation is no provider's promise about health, or None; "" for the
    other classes (their readings are elsewhere)."""
    if kind not in VALUED_KINDS:
        return ""
    if claim.sources or claim.attributions:
        return "sourced"
    left, right = _clause(claim, start, end)
    if _UNASSERTED.search(text, max(left, text.rfind(",", left, start)), start):
        return "unasserted"  # "whether acupuncture is the best treatment", "if it is the safest"
    sentence = text[claim.start : claim.end]
    if _HARM.search(sentence) or _RISK.match(text[end : claim.end].strip()):
        return "harm"
    term = text[start:end]
    if _GENERIC.search(term) and not (_health(sentence) or _complaints().search(sentence)):
        return "no-health-problem"  # "a proven plan to grow your savings"
    if kind == "ranked_efficacy":
        return _ranked(text, claim, start, end, left, sells)
    if kind == "proven_offer":
        if criterion(text, claim, start):
            return "criterion"  # "we only use implant systems with proven long-term outcomes"
        if _PREDICATED.search(text[max(left, start - 10) : start]):
            return _offered(text, claim, text[left:start], sells)
        # Standard care named, but for the injections and procedures a clinic sells (the NHS's
        # "Cosmetic procedures": "injections for proven, sustainable weight loss").
        return "clinical" if _care(_SOLD_CARE.sub("", text[left:right])) else None
    if _care(text[left:right]):
        return "clinical"  # "opioids are potent medicines", "semaglutide injections"
    if kind == "power_praise" and term.lower().rstrip("s").endswith("tool"):
        if _DISCLAIMED.match(text, end, claim.end):
            return "disclaimed"  # "a powerful tool for supporting ..., but it's not a cure"
        return _offered(text, claim, text[left:start], sells)  # "meditation is a powerful tool"
    return None


def _ranked(text: str, claim: Claim, start: int, end: int, left: int, sells: bool) -> str | None:
    """Why a superlative or an elative of efficacy or safety is no promise, or None."""
    if _SOUGHT.search(text, max(left, start - 40), start):
        return "goal"  # "receiving advice on the best treatment", "looking for the safest"
    subject = text[left:start]
    if not _OF_SUBJECT.search(subject):
        return "advice"  # "The best treatment for osteoarthritis will depend on your symptoms"
    phrase = text[left:end]
    if _care(phrase):
        return "clinical"
    own = _ALL_CARE.sub("", text[claim.start : claim.end])
    provider = sells or _PROVIDER.search(own) is not None
    if provider:
        return None  # "we offer the safest and most effective treatment", a seller's page
    if _AMONG.match(text, start):
        return "among-others"  # "creatine is one of the most effective supplements"
    lex = hype_lexicon()
    if lex.alternative.search(phrase) or lex.mind_body.search(phrase):
        return None  # "homeopathy is the safest remedy for teething pain"
    if _HABIT.search(text[start:end]):
        return None  # "savasana is the most beneficial pose"
    return _offered(text, claim, subject, sells)


@cache
def _complaints() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("hype.valued_complaints"))
