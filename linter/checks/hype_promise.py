"""Promises of safety and of results made of ordinary words (issue 14, session 24, overS): a
treatment that is "painless and safe", "safe and natural", "harmless", "a safer option" with
no standard, has "no risks", "you are safe in our hands", "results you can see"
(rules/lexicon/hype.yaml `stacked_safety`, `promised_safety`, `promised_results`).

These words are ordinary in care and in everyday life ("safe payment", "a safe place to talk",
"it is safe to shower after 24 hours", "most moles are harmless"), so the reading asks for what
makes them a provider's promise: a treatment, product or procedure as what is promised
(`treatment_heads`, an alternative remedy, a mind and body practice) in the provider's own
voice (our, we, with us, or a page that sells a service) or in a product's verbless label
("Suitable for all skin types with no risk of scarring."); not limited by a condition after
them ("safe when done by a trained professional"), qualified ("harmless to most skin"),
compared with a standard ("a safer option than running"), a feeling ("feel safe in our
hands"), or of a donation or data. Questions, what others claim and standard care are read
before, as for every composed class (hype_composed.py).

Also, for every class: a hype noun phrase denied by its own predicate ("Permanent results
cannot be promised"), which the negation cues before a term do not reach.
"""

from __future__ import annotations

import re
from functools import cache

from linter.checks.hype_labels import (
    FINITE,
    LABEL_KINDS,
    PROVIDER,
    label_reading,
    opens_label,
    page_remedy,
)
from linter.checks.hype_reading import _clause
from linter.checks.hype_subjects import names_health
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim
from linter.config.lexicon import default_lexicon, lists_alternation, word_pattern

PROMISE_KINDS = ("stacked_safety", "promised_safety", "promised_results", *LABEL_KINDS)

# The safety words of the CAP advice and the second absolutes stacked with them (hype.yaml
# `stacked_safety`): both must be among the coordinated adjectives ("safe and effective" is the
# public-health phrase of vaccines and stays out).
_SAFETY = re.compile(r"\b(?:safe|harmless|risk[- ]free)\b", re.I)
_ABSOLUTE = re.compile(
    r"\b(?:painless|pain[- ]free|harmless|risk[- ]free|natural|all[- ]natural|permanent)\b", re.I
)

# The provider's own voice: the exclusive "we" of a business (Quirk et al. 1985, §6.11).

# A condition or a limit after the promise (Quirk et al. 1985, §15.33-15.35 conditional
# clauses; the restrictive "for most" of §8.116): "generally safe when done by a trained
# professional", "harmless as long as you patch test".
_LIMIT_AFTER = re.compile(
    r"(?<!even )\b(?:when|if|unless|as long as|provided|providing|once|for most|in most|"
    r"for some|in some)\b",
    re.I,
)


# The far end of a range of advice the page offers: a noun of advice (attribution.yaml
# `advice_nouns`: strategies, tips, advice) before "from X to Y", the range construction that
# samples the kinds of a whole (Quirk et al. 1985, §9.50: "from ... to" of extent), with the
# safety words in its "to" term ("practical strategies, from diet changes to safe, natural
# supplements, to support your thyroid"; set VV, precD): the page's topics, not a promise.
# The nouns are read from that list, not copied here (review28d), so the two cannot drift.
@cache
def _advice_range() -> re.Pattern[str]:
    nouns = lists_alternation("attribution", "advice_nouns")
    return re.compile(rf"(?i)(?<![\w-]){nouns}\b[^.;:!?]{{0,40}}?\bfrom\b[^.;:!?]{{1,60}}?\bto\s+$")


# A feeling or a wish, not a promise: "feel safe in our hands", "we want you to be safe".
_FEELING = re.compile(r"\b(?:feel|feels|felt|feeling)\s+$", re.I)

# The idiom of hands: what is safe must be the patient or the patient's body, not a donation.
_HANDS = re.compile(r"(?:safe|in \w+ hands)\b", re.I)
_PATIENT = re.compile(
    r"\byou\b|\byour\s+(?:\w+\s+)?(?:skin|body|baby|babies|child|children|little ones?|health|"
    r"smile|face|teeth|hair|family|loved ones?|pregnancy|birth)\b",
    re.I,
)

# The comparative of safety with its standard named after it (Quirk et al. 1985, §7.74):
# "a safer option than running", "compared with ibuprofen".
_STANDARD = re.compile(r"\b(?:than|compared\s+(?:to|with)|versus|vs\.?)\b", re.I)

# A hype phrase denied by its own predicate: "Permanent results cannot be promised", "No
# treatment's results can be guaranteed" (Quirk et al. 1985, §10.54, clause negation).
_DENIED = re.compile(
    r"\s+(?:\w+\s+){0,3}?(?:cannot|can[’']t|can not|could not|couldn[’']t|will not|won[’']t|"
    r"is not|are not|isn[’']t|aren[’']t)\s+(?:be\s+|always\s+|be\s+always\s+)?"
    r"(?:promised|guaranteed|assured|expected|achieved|possible)\b",
    re.I,
)


# A subordinate yes-no question ("ask whether a cream is a safer option") or a condition before
# the promise (Quirk et al. 1985, §15.5 and §15.33); a concessive "even if" keeps it (review24o).
_ASKED_BEFORE = re.compile(r"(?<!even )\b(?:whether|if)\b", re.I)

# A term that holds its own finite verb ("poses no risk", "carries no risk"): the sentence is
# no verbless label, whatever its other verbs (review24o: "The regulator said the batch poses no
# risk" has none of `FINITE`'s words).
_VERB_TERM = re.compile(r"(?:carry|carries|has|have|poses?)\b", re.I)

# Results as what is kept on record, not promised: the verbs of FrameNet's Recording frame
# (record, log, chart) and of following a measure over time (track, monitor, measure) before them
# in the clause ("track results you can see week by week" in a fitness app; review24o).
_RECORDED = re.compile(
    r"\b(?:track|log|record|chart|monitor|measure)(?:s|ed|ing)?\s+(?:\w+\s+){0,3}$", re.I
)

# A prepositional phrase after the subject's head noun (Quirk et al. 1985, §17.37,
# postmodification): "the bacteria in our probiotic supplement are harmless", "a bruise after an
# injection is harmless" are said of the bacteria and the bruise, not of the product (review24o).
_POSTMODIFIER = re.compile(r"(?<=\w)\s+(?:in|of|on|from|after|inside|within)\b", re.I)


@cache
def _heads() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("hype.treatment_heads"))


@cache
def _event_heads() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("hype.event_heads"))


def denied_after(text: str, claim: Claim, end: int) -> bool:
    """Whether the predicate right after the hype words denies them."""
    found = _DENIED.match(text, end, claim.end)
    return found is not None


def promise_reading(
    text: str,
    claim: Claim,
    start: int,
    end: int,
    kind: str,
    sells: bool = False,
    remedy_page: bool = False,
) -> str | None:
    """Why a promise of safety or results is no provider's promise of a treatment, or None;
    "" for the other classes (their readings are elsewhere)."""
    if denied_after(text, claim, end):
        return "negated"  # "Permanent results cannot be promised"
    if kind not in PROMISE_KINDS:
        return ""
    term = text[start:end]
    left, right = _clause(claim, start, end)
    if kind == "stacked_safety" and not _stacked(term):
        return "not-absolute"  # "safe and effective"
    if kind == "stacked_safety" and _advice_range().search(text, claim.start, start):
        return "topic"  # "strategies, from diet hacks to safe, natural supplements"
    if _LIMIT_AFTER.search(text, end, right) or hype_lexicon().qualifiers.search(text, left, right):
        return "qualified"  # "safe when done by a trained professional", "harmless to most"
    if _study_result(text, claim):
        return "finding"  # "in our trial, the cream was safe and painless for 38 of 40 children"
    if _ASKED_BEFORE.search(text, claim.start, start):
        return "question"  # "Ask our pharmacist whether a cream is a safer option"
    if kind == "promised_results" and _RECORDED.search(text, left, start):
        return "recorded"  # "track results you can see week by week"
    if _FEELING.search(text, max(left, start - 12), start):
        return "feeling"  # "we want every parent to feel safe in our hands"
    if kind in LABEL_KINDS:
        return label_reading(text, claim, (left, start, end), kind, sells, remedy_page)
    if kind == "promised_safety" and _HANDS.match(term) and "hands" in term.lower():
        return None if _PATIENT.search(text, left, start) else "not-a-patient"
    if re.match(r"(?:a|the) safer", term, re.I) and _STANDARD.search(text, end, claim.end):
        return "compared"  # "a safer option than running"
    return _promised_of(text, claim, left, start, term, sells, remedy_page)


def _study_result(text: str, claim: Claim) -> bool:
    """A study's result with its figures: a study noun (hype.yaml `findings`) and a number."""
    found = hype_lexicon().findings.search(text, claim.start, claim.end)
    return found is not None and re.search(r"\d", text[claim.start : claim.end]) is not None


def _stacked(term: str) -> bool:
    """A safety word and a second absolute, different words, among the coordinated ones."""
    safety = {m.group().lower() for m in _SAFETY.finditer(term)}
    absolute = {m.group().lower() for m in _ABSOLUTE.finditer(term)}
    return bool(safety) and bool(absolute - safety or (safety & absolute and len(safety) > 1))


def _promised_of(
    text: str, claim: Claim, left: int, start: int, term: str, sells: bool, remedy_page: bool
) -> str | None:
    """None when a treatment, product or remedy is what is promised: named in the clause's
    subject as an alternative remedy or a practice, or with its head noun in the provider's
    voice or in a verbless label that names it or the body. A head in a phrase that
    postmodifies the subject's own head does not count, and a head of `event_heads` counts only
    in a label."""
    lex = hype_lexicon()
    sentence = text[claim.start : claim.end]
    subject = text[left:start]
    if (post := _POSTMODIFIER.search(subject)) is not None:
        # Read the subject and the sentence without the subject's postmodifier.
        cut = left + post.start() - claim.start
        sentence = sentence[:cut] + " " + sentence[start - claim.start :]
        subject = subject[: post.start()]
    if lex.alternative.search(subject) or lex.mind_body.search(subject):
        return None
    named = _heads().search(sentence) is not None or names_health(sentence)
    care = lex.standard_care.search(subject)
    if care and not named and _event_heads().fullmatch(care.group()):
        # An act or a device alone is no care ("Our furniture removal service", "our business
        # operations"); two in one subject are ("Our laser hair removal").
        care = care if len(_event_heads().findall(subject)) > 1 else None
    provider = sells or PROVIDER.search(sentence) is not None
    if care or lex.immunization.search(subject):
        # Standard care is promised only in the provider's own voice ("Our laser tattoo removal
        # is painless and safe"); "the vaccine is safe and painless" is public health.
        return None if provider and not lex.immunization.search(subject) else "clinical"
    if named and provider:
        return None
    label = not FINITE.search(text, claim.start, claim.end) and not _VERB_TERM.match(term)
    if label and named:
        return None  # "Suitable for all skin types with no risk of scarring."
    if label and start == claim.start and _event_heads().search(sentence):
        # A label that opens with the promise: "Results you can see from the very first
        # session." (a sentence whose only verbs are lexical, "Our app turns each training
        # session into results you can see", is no label the list of `FINITE` can tell).
        return None
    if label and opens_label(text, claim, start) and page_remedy(text, claim, remedy_page):
        return None  # "Natural and Safe: well-tolerated ingredients" on a remedy's page (overU)
    return "not-a-remedy"
