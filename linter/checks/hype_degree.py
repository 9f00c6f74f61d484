"""Recall round E (issue 14, session 23): the readings of two wordings of the remedy-subject
classes that the rule kept mild or did not read, efficacy praise raised by a degree adverb ("a
highly effective therapy for stress"; `intensified_efficacy`, attributive only: the predicative
stays mild) and the speed of an effect ("stops bad breath almost instantly"; `boosted_efficacy`).

A degree adverb is ordinary wording of care ("antibiotics are highly effective", "the vaccine
is highly effective"), so the praise is a promise only where the writer makes it of a therapy
in their own voice: not of standard care, a vaccine or a drug, not with a source or an
attribution in the sentence, not hedged; of an alternative remedy, or of another therapy on a
page that sells a service, and of a technique, method or tool only for a health purpose or with
a therapy as the subject.
"""

from __future__ import annotations

import re

from linter.checks.hype_assured import assured_reading
from linter.checks.hype_benefit import benefit_reading
from linter.checks.hype_comfort import comfort_reading
from linter.checks.hype_frames import frame_reading
from linter.checks.hype_function import body_reading
from linter.checks.hype_intensified import intensified_reading
from linter.checks.hype_panacea import panacea_reading
from linter.checks.hype_praised import praised_reading
from linter.checks.hype_promise import promise_reading
from linter.checks.hype_promised import promised_reading
from linter.checks.hype_raised import raised_reading
from linter.checks.hype_reach import reach_reading
from linter.checks.hype_reading import _clause
from linter.checks.hype_result import result_reading
from linter.checks.hype_solution import solution_reading
from linter.checks.hype_subjects import (
    names_health,
    phrase_after,
    promised_subject,
    remedy_reading,
)
from linter.checks.hype_testimony import testimony_reading
from linter.checks.hype_valued import valued_reading
from linter.checks.hype_vitality import vitality_reading
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim

# The degree adverbs that open the new `intensified_efficacy` entry.
_DEGREE = re.compile(
    r"(?:highly|very|extremely|truly|really|exceptionally|remarkably|incredibly|super)[ -]", re.I
)

# The new `boosted_efficacy` entry: an effect verb before a temporal adverb of immediacy.
_IMMEDIATE = re.compile(
    r"\b(?:instantly|immediately|overnight|(?:in|within) (?:just |only |under )?"
    r"(?:seconds|minutes|\d+ (?:seconds|minutes)))$",
    re.I,
)

# The older entry of the same class ("works instantly"), read as before (hype_subjects.py).
_WORKS = re.compile(r"(?:works|work|worked|acts|act)\b", re.I)

# Therapy nouns (MeSH E02 "Therapeutics" by its heads): the praised noun names a treatment.
_THERAPY_HEAD = re.compile(
    r"\b(?:therap(?:y|ies)|treatments?|remed(?:y|ies)|interventions?|modalit(?:y|ies))$", re.I
)
_THERAPY_WORD = re.compile(
    r"\b(?:therap(?:y|ies|ist|ists|eutic)|treatments?|remed(?:y|ies)|healing|psychotherapy)\b",
    re.I,
)

# A hedge of the claim's clause (the speculative modals and adverbs of Hyland 2005's hedges):
# "may be highly effective", "can be a very effective treatment for some people".
_HEDGE = re.compile(
    r"\b(?:may|might|could|can|possibly|potentially|perhaps|often|sometimes|usually|seems?|"
    r"appears?|tends?\s+to|for\s+some|in\s+some)\b",
    re.I,
)

# A demonstrative or personal pronoun as the whole subject: the remedy the sentence before names
# ("Use warm water to gargle. This stops bad breath almost instantly.").
_PRONOUN_SUBJECT = re.compile(r"\s*(?:this|these|that|those|it|they)\s*$", re.I)


def subject_reading(
    text: str,
    claim: Claim,
    start: int,
    end: int,
    kind: str,
    sells: bool = False,
    remedy_page: bool = False,
) -> str | None:
    """Why wording of a remedy-subject class is no promise of a remedy's (hype_subjects.py),
    the wordings of this module read here first."""
    if (reading := intensified_reading(text, claim, start, end, kind, sells)) != "":
        return reading
    if (reading := degree_reading(text, claim, start, end, kind, sells)) != "":
        return reading
    if (reading := promise_reading(text, claim, start, end, kind, sells, remedy_page)) != "":
        return reading
    if (reading := raised_reading(text, claim, start, end, kind, sells)) != "":
        return reading
    if (reading := result_reading(text, claim, start, end, kind, sells, remedy_page)) != "":
        return reading
    if (reading := valued_reading(text, claim, start, end, kind, sells)) != "":
        return reading
    if (reading := reach_reading(text, claim, start, end, kind, sells, remedy_page)) != "":
        return reading
    if (reading := praised_reading(text, claim, start, end, kind, sells)) != "":
        return reading
    if (reading := vitality_reading(text, claim, start, end, kind, sells, remedy_page)) != "":
        return reading
    if (reading := body_reading(text, claim, start, end, kind, sells, remedy_page)) != "":
        return reading
    if (reading := solution_reading(text, claim, start, end, kind, sells, remedy_page)) != "":
        return reading
    if (reading := benefit_reading(text, claim, start, end, kind, sells, remedy_page)) != "":
        return reading
    if (reading := panacea_reading(text, claim, start, end, kind, sells, remedy_page)) != "":
        return reading
    if (reading := testimony_reading(text, claim, start, end, kind, sells)) != "":
        return reading
    if (reading := frame_reading(text, claim, start, end, kind, sells, remedy_page)) != "":
        return reading
    if (reading := assured_reading(text, claim, start, end, kind, sells, remedy_page)) != "":
        return reading
    if (reading := comfort_reading(text, claim, start, end, kind, sells)) != "":
        return reading
    if (reading := promised_reading(text, claim, start, end, kind, sells)) != "":
        return reading
    return remedy_reading(text, claim, start, end, kind, sells)


def degree_reading(
    text: str, claim: Claim, start: int, end: int, kind: str, sells: bool = False
) -> str | None:
    """Why a degree-raised praise or an immediate effect is no promise of a therapy's, or None;
    "" when the wording is of neither (the caller reads it as before)."""
    term = text[start:end]
    if kind == "intensified_efficacy" and _DEGREE.match(term):
        return _praise_reading(text, claim, start, end, sells)
    if kind == "boosted_efficacy" and _IMMEDIATE.search(term) and not _WORKS.match(term):
        return _immediate_reading(text, claim, start, end)
    if kind == "superlative" and _WE_HAVE.search(term):
        return _ranked_among_care(text, claim, start, sells)
    return ""


# The domain recallE gave "one of the most ..." (rules/lexicon/hype.yaml `superlative`): "we
# have", "we know of", all the care there is. A clinician ranks care so ("statins are one of
# the most effective medicines we have for preventing heart attacks": a plain clinical
# statement, GUIDELINE.md OVER "Not"), so the rank is a promise only where the degree praise
# is one (review23o).
_WE_HAVE = re.compile(r"\bwe (?:have|know of)$", re.I)
# The heads that rank drugs among drugs (MeSH D26 "Pharmaceutical Preparations" by its
# everyday names): what they rank is standard care unless an alternative remedy is the subject.
_DRUG_HEAD = re.compile(
    r"\b(?:medicines?|drugs?|medications?|antibiotics?|antivirals?|anti-?inflammator(?:y|ies))\b",
    re.I,
)


def _ranked_among_care(text: str, claim: Claim, start: int, sells: bool) -> str:
    """Why a therapy ranked among the care "we have" is no promise, or "" (read as before)."""
    lex = hype_lexicon()
    left, _ = _clause(claim, start, start)
    subject = text[left:start]
    if lex.alternative.search(subject) or promised_subject(subject, "", False):
        return ""  # "reiki is one of the most effective therapies we have"
    if _care(subject) or _DRUG_HEAD.search(text, start, claim.end):
        return "clinical"
    return "" if sells else "not-a-remedy"


def _own_unhedged(text: str, claim: Claim, left: int, start: int) -> str | None:
    """Why the praise is not the writer's own plain claim: a source or an attribution in the
    sentence ("the CDC says ... [link]"), or a hedge in the clause before it."""
    if claim.sources or claim.attributions:
        return "sourced"
    if _HEDGE.search(text, left, start):
        return "hedged"
    return None


def _care(words: str) -> bool:
    """Whether standard care, a vaccine or a drug is named: the praise is then clinical."""
    lex = hype_lexicon()
    return any(p.search(words) for p in (lex.standard_care, lex.immunization, lex.drug_stems))


def _praise_reading(text: str, claim: Claim, start: int, end: int, sells: bool) -> str | None:
    lex = hype_lexicon()
    left, _ = _clause(claim, start, end)
    subject = text[left:start]
    after = phrase_after(text, claim, end, end)
    if reason := _own_unhedged(text, claim, left, start):
        return reason
    if _care(subject) or _care(text[start:end]) or _care(after):
        return "clinical"
    if _aims_elsewhere(text[start:end], after):
        return "no-health-purpose"
    remedy = bool(lex.alternative.search(subject)) or promised_subject(subject, "", False)
    if remedy:
        return None
    if not sells:
        # A therapy praised so on a page that sells none is reported care (news, a health
        # body's leaflet), where a degree adverb is mild; on the seller's own page it is the
        # offer's praise, as a sold service is a promise's subject only there (hype_subjects.py).
        return "not-a-remedy"
    if _THERAPY_WORD.search(subject):
        return None
    if _THERAPY_HEAD.search(text, start, end) and (names_health(after) or _purpose(after)):
        return None  # "a highly effective treatment for trauma"
    if re.search(r"\bways? to$", text[start:end], re.I) and _purpose(after):
        return None  # "a very effective way to relieve anxiety"
    if _purpose(after) and re.search(r"\w$", text[start:end]):
        return None  # "a very effective and gentle technique to deal with trauma"
    return "not-a-remedy"


# The heads of the entry that name a means, not a treatment: praise of one is of a therapy only
# when what it is a means to is health ("yoga is a very effective way to meet people",
# "meditation is a highly effective technique for studying": the subject is a remedy, the
# praise is not of its effect on health; review23o).
_MEANS_HEAD = re.compile(r"\b(?:techniques?|methods?|tools?|approach(?:es)?)$", re.I)
_MEANS_TO = re.compile(r"\bways?\s+to$", re.I)
_STATED_AIM = re.compile(r"^\s*(?:to|for)\s+\w", re.I)
# Body weight as an aim (MeSH C23.888.144.243.963 "Weight Loss", G07 "Body Weight"): a diet's
# "very effective method to accelerate weight reduction" is praise of an effect on health.
_WEIGHT_AIM = re.compile(r"\b(?:weight|body\s+fat|fat\s+loss|belly\s+fat|pounds)\b", re.I)


def _aims_elsewhere(term: str, after: str) -> bool:
    """Whether the praised means is said to serve an aim that is no health purpose."""
    if _MEANS_TO.search(term):
        aim = bool(after.strip())
    else:
        aim = bool(_MEANS_HEAD.search(term)) and _STATED_AIM.match(after) is not None
    return aim and not (_purpose(after) or _WEIGHT_AIM.search(after))


# A health purpose after the praised noun: an ailment or body target named, or a verb of
# treating with its object ("to deal with trauma", "for relieving pain").
_TREATING = re.compile(
    r"^\s*(?:to|for|in)\s+(?:treat|heal|relieve|ease|soothe|manage|deal\s+with|release|"
    r"resolve|process|overcome|reduce|calm)",
    re.I,
)


def _purpose(after: str) -> bool:
    return names_health(after) or _TREATING.match(after) is not None or _complaint(after)


# The complaints of MeSH F03 "Mental Disorders" that a therapy's praise names by their everyday
# heads (Anxiety Disorders, Stress Disorders, Traumatic; Sleep Initiation and Maintenance
# Disorders), and pains a remedy is sold for (MeSH C23: Toothache, Contusions).
_MENTAL_COMPLAINTS = re.compile(
    r"\b(?:trauma|ptsd|anxiety|stress|insomnia|panic|phobias?|toothaches?|bruis(?:es|ing))\b", re.I
)


def _complaint(words: str) -> bool:
    """Whether `words` name a complaint: a sign, symptom or trauma (MeSH C23 by
    `clinical_events`) or a body target."""
    lex = hype_lexicon()
    return bool(
        lex.clinical_events.search(words)
        or lex.body_targets.search(words)
        or _MENTAL_COMPLAINTS.search(words)
    )


def _immediate_reading(text: str, claim: Claim, start: int, end: int) -> str | None:
    lex = hype_lexicon()
    left, _ = _clause(claim, start, end)
    subject = text[left:start]
    if reason := _own_unhedged(text, claim, left, start):
        return reason
    if _care(subject):
        return "clinical"
    if not (names_health(text[start:end]) or _complaint(text[start:end])):
        return "no-health-problem"  # "removes the stain instantly"
    if lex.alternative.search(subject) or promised_subject(subject, "", False):
        return None
    if _PRONOUN_SUBJECT.match(subject) or not subject.strip():
        # The pronoun stands for what the sentence before names: a tip's remedy ("Use warm
        # water to gargle. This stops bad breath almost instantly."), or care ("Your GP may
        # prescribe an antibiotic. It clears the infection overnight.": clinical; review23o).
        return "clinical" if _care(_sentence_before(text, claim.start)) else None
    return "not-a-remedy"


# A sentence's end, to find the sentence a pronoun subject points back to.
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+")


def _sentence_before(text: str, start: int) -> str:
    """The sentence before `start` (up to 400 characters back: a pronoun's antecedent is near)."""
    before = text[max(0, start - 400) : start].rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(before[:-1])]
    return before[ends[-1] :] if ends else before
