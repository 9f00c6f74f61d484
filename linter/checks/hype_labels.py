"""Promises of safety and cure without a second absolute (issue 14, session 25, overU): safety
predicated of a remedy ("Homeopathy is safe", "Our laser treatment is very safe"), a verbless
label of safety for a population or a use ("Safe for babies, children and pregnant women",
"Long-Term Use: Safe for ongoing nightly use") and a condition called curable ("completely
curable", "curable with our programme"): rules/lexicon/hype.yaml `predicated_safety`,
`safety_labels`, `promised_cure`.

The bare "safe" is the commonest word of care and of everyday life ("it is safe to drive after
24 hours", "our payment page is safe", "paracetamol is safe in pregnancy"), so the reading is
narrower than for the stacked promises of hype_promise.py, which reads the conditions, limits,
questions and findings of all of them first: what is safe or cures must be the subject (an
alternative remedy or a mind and body practice whoever speaks; a treatment or product head only
in the provider's voice; a vaccine never), and a label counts only at its start, with no finite
verb, on a page that names a remedy or a treatment before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import pairwise

from linter.checks.hype_subjects import names_health
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim, Passage
from linter.config.lexicon import default_lexicon, word_pattern

LABEL_KINDS = ("predicated_safety", "safety_labels", "promised_cure")

# The provider's own voice: the exclusive "we" of a business (Quirk et al. 1985, §6.11).
PROVIDER = re.compile(r"\b(?:our|my|we|us)\b", re.I)

# What opens a label before the promise: a bullet, a tick or a bold item name ending in a colon
# ("✓ Long-Term Use: Safe for ..."; Biber et al. 1999, §3.13, block language).
_LABEL_OPENING = re.compile(r"[\W_]*(?:[^.!?:;,]{1,40}:[\W_]*)?", re.I)

# The verbs and auxiliaries of a finite clause and the subject pronouns: a sentence with none
# of them is a verbless label (Biber et al. 1999, §3.13, block language), whose subject is the
# product or treatment on the page (hype_promise.py reads the same); a label of this module
# also has no modal and no "you".
FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|am|has|have|had|do|does|did|i|he|she|it|they|we)\b|[’']s\b|"
    r"[’']re\b",
    re.I,
)
_MODAL_OR_YOU = re.compile(r"\b(?:can|could|will|would|may|might|must|should|you)\b", re.I)

# The remedy that cures, named after "curable" by a preposition of means (Quirk et al. 1985,
# §9.52: with, by, through): "curable with homeopathy", "curable through our programme".
_MEANS = re.compile(r"\s+(?:\w+\s+){0,2}?(?:with|by|through|using)\b", re.I)

# A verb of belief, opinion or saying before the subject (FrameNet 1.7 frames Opinion,
# Certainty and Statement): "My mum thinks her herbal tea is safe" reports a belief.
_BELIEVED = re.compile(
    r"\b(?:think|thinks|thought|believe|believes|believed|feel|feels|felt|say|says|said|"
    r"claim|claims|claimed|insist|insists|insisted|assume|assumes|assumed|hope|hopes|hoped|"
    r"wonder|wonders|wondered|worry|worries|worried)\b",
    re.I,
)

# A concessive clause before the safety (Quirk et al. 1985, §15.40-15.43: while, whereas,
# although): "While the fibre is safe for daily use, senna is for short-term use only" grants
# the safety to weigh a caution against it in the main clause.
_CONCESSION = re.compile(r"\b(?:while|whilst|whereas|although|though)\b", re.I)

# The subject before the copula: up to five words back, cut after the last word that opens a
# clause or ends a noun phrase before it (a relative or a subordinator, a verb of telling, an
# object pronoun: Quirk et al. 1985, §17.13 restrictive relative clauses, §15.3 subordinators);
# a pronoun left alone is read no further ("it is safe" points back to what the sentence
# before names, which may be what a doctor must approve).
_SUBJECT = re.compile(r"(?:[\w’'-]+[,:]?\s+){0,5}$")
_SUBJECT_CUT = re.compile(
    r".*\b(?:that|which|who|whom|unless|if|when|until|because|so|tell|tells|told|say|says|said|"
    r"you|me|us|them|him|her)\b[,:]?\s*",
    re.I,
)
_PRONOUN = re.compile(r"\s*(?:it|this|that|they|these|those|he|she)?\s*$", re.I)


def _subject(before: str) -> str:
    """The subject of the copula that `before` ends with ("Homeopathy is "), or "" when it is
    a pronoun, a relative or nothing."""
    copula = re.search(r"\s*\b(?:is|are)\s+(?:\w+\s+)?$|\s*[’']s\s*$|\s*[’']re\s*$", before, re.I)
    head = before[: copula.start()] if copula else before
    window = _SUBJECT.search(head + " ")
    subject = window.group() if window else ""
    cut = _SUBJECT_CUT.match(subject)
    subject = subject[cut.end() :] if cut else subject
    return "" if _PRONOUN.fullmatch(subject) else subject


# An age limit or an exception after the safety (the guards of hype.yaml `universal_safety`
# that restrict who is safe): "The balm is safe for all users over twelve".
_RESTRICTED = re.compile(r"\b(?:over|under|aged|older|younger|above|below|except)\b", re.I)

# A maximizer before "curable" (Quirk et al. 1985, §8.104).
_MAXIMIZED = re.compile(r"(?:completely|fully|totally|permanently|entirely|100)", re.I)


@cache
def _heads() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("hype.treatment_heads"))


@cache
def _everyday() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("hype.everyday_intake"))


def _remedy(phrase: str) -> bool:
    """Whether the phrase names an alternative remedy or a mind and body practice that is not
    ordinary food, drink or nature (hype.yaml `everyday_intake`: "natural", "foods", "tea")."""
    lex = hype_lexicon()
    if lex.mind_body.search(phrase):
        return True
    return any(not _everyday().fullmatch(m.group()) for m in lex.alternative.finditer(phrase))


@cache
def _event_heads() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("hype.event_heads"))


def label_reading(
    text: str,
    claim: Claim,
    span: tuple[int, int, int],
    kind: str,
    sells: bool,
    page: bool,
) -> str | None:
    """Why a predicated safety, a safety label or "curable" is no promise of a remedy, or None;
    conditions, limits, questions and findings are read before (hype_promise.py). `span`: the
    clause's left edge and the term's start and end; `page`: the page names a remedy."""
    left, start, end = span
    if kind != "promised_cure" and _RESTRICTED.search(text, end, claim.end):
        return "qualified"  # "safe for all users over twelve"
    if kind == "safety_labels":
        if not opens_label(text, claim, start):
            return "not-a-label"  # "Safe for babies" after a verb is read as a predicate
        return None if page_remedy(text, claim, sells or page) else "not-a-remedy"  # a toy's label
    lex = hype_lexicon()
    subject = _subject(text[left:start])
    if not subject:
        return "no-subject"  # "unless your doctor tells you it is safe", "medicines that are safe"
    if _BELIEVED.search(text, claim.start, start):
        return "belief"  # "My mum thinks her herbal tea is safe"
    if _CONCESSION.search(text, claim.start, start) and "," in text[end : claim.end]:
        return "concession"  # "While the fibre is safe for daily use, senna is ..."
    if lex.immunization.search(subject) or lex.immunization.search(text, end, claim.end):
        return "clinical"  # "the flu vaccine is safe"
    if kind == "promised_cure":
        return _cure_reading(text, claim, subject, start, end, sells)
    if _remedy(subject):
        return None  # "Homeopathy is perfectly safe"
    provider = sells or PROVIDER.search(subject) is not None
    if provider and (_heads().search(subject) or lex.standard_care.search(subject)):
        return None  # "Our laser treatment is very safe"
    return "not-a-remedy"  # "Our payment page is safe", "Paracetamol is safe in pregnancy"


def _cure_reading(
    text: str, claim: Claim, subject: str, start: int, end: int, sells: bool
) -> str | None:
    """A condition called curable: with a maximizer, or with a remedy named after it by a
    preposition of means; standard care in the clause is GUIDELINE.md's plain clinical
    statement."""
    lex = hype_lexicon()
    after = text[end : claim.end]
    if lex.standard_care.search(subject) or lex.standard_care.search(after):
        return "clinical"  # "hepatitis C is curable with antiviral tablets"
    means = _MEANS.match(text, end, claim.end)
    if means is not None:
        remedy = text[means.end() : claim.end]
        if _remedy(remedy):
            return None  # "arthritis is curable with homeopathy"
        named = _heads().search(remedy) or _event_heads().search(remedy)
        if named and (sells or PROVIDER.search(remedy)):
            return None  # "eczema is curable with our programme"
    sentence = text[claim.start : claim.end]
    if _MAXIMIZED.match(text, start) and (sells or PROVIDER.search(sentence) or _remedy(sentence)):
        # "thyroid disease is completely curable" on a clinic's page; a news page's "hepatitis C
        # is now completely curable" names no remedy of a provider's (review25u)
        return None
    return "not-a-remedy"


def opens_label(text: str, claim: Claim, start: int) -> bool:
    """Whether the promise opens a verbless label (after a bullet, a tick or an item name)."""
    opening = _LABEL_OPENING.fullmatch(text, claim.start, start)
    finite = (p.search(text, claim.start, claim.end) for p in (FINITE, _MODAL_OR_YOU))
    return opening is not None and not any(finite)


def page_remedy(text: str, claim: Claim, page: bool) -> bool:
    """Whether the label stands on a page of a remedy or a treatment (`page`: the page sells a
    service or names one, `remedy_page`) or names the body itself."""
    return page or names_health(text[claim.start : claim.end])


def remedy_sections(passages: Sequence[Passage]) -> tuple[bool, ...]:
    """For each passage, whether its label stands where a remedy or a treatment is named: in
    the page's title part (the passages up to and including its first heading) or in its own
    section (from the heading before it to the next), a vaccine named in neither (a vaccine is
    never promised: the predicated reading's "clinical"). A list item's product is named in
    its heading or lead-in; a remedy named only in another section (a toy shop's "You may also
    like" balm, a soft-play venue's spa) makes no label of a toy, a cot or a play frame a
    remedy's (review25u). Read once a page (page_index.page_reading)."""
    lex = hype_lexicon()

    # Each passage is read only where the answer still needs it (issue 20): once the title part
    # names a remedy, no section's passage is searched for one (the title and the sections
    # are apart, so none is read twice).
    def names(i: int) -> bool:
        return _remedy(passages[i].text) or _heads().search(passages[i].text) is not None

    def vaccine(i: int) -> bool:
        return lex.immunization.search(passages[i].text) is not None

    heads = [i for i, p in enumerate(passages) if p.kind == "heading"]
    title = heads[0] + 1 if heads else len(passages)
    named = any(names(i) for i in range(title))
    vaccinated = any(vaccine(i) for i in range(title))
    bounds = [0, *heads, len(passages)]
    out: list[bool] = []
    for a, b in pairwise(bounds):
        here = range(max(a, title), b)
        reading = named or any(names(i) for i in here)
        out.extend([reading and not (vaccinated or any(vaccine(i) for i in here))] * (b - a))
    return tuple(out)
