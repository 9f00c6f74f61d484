"""Efficacy intensified in plain words (issue 14, session 29, overE): a health effect raised by a
degree word ("significantly reduces joint pain", "neck pain improves remarkably", "dramatically
whiter teeth"), an outcome praised with degree ("highly predictable results", "unimaginable
results", "the results are simply phenomenal") and the best care ensured ("ensures you receive
the best possible care"); the classes of hype_intensified_words.py.

The words are ordinary in research, care and business ("significantly reduced pain (p<0.01)
in a trial", "the new booking system dramatically reduced waiting times", "our fundraising
walk produced outstanding results"), so the reading asks what makes them a provider's promise
about health, with the claim layer read before (questions, hearsay and negation in
hype_composed.py and the rule):
- the writer's own plain claim: no source or attribution, no figure, no study, no
  "statistically" (a measured result), no hedge or condition, no aim or effort ("we aim to
  ensure the best care"), no risk or harm raised ("dramatically increases the risk");
- a health target: a body target, a disease, a complaint or a body function in the sentence,
  or care itself for the care ensured; never sales, bookings, waiting times, fundraising;
- what promises it: an alternative remedy, a product or the provider's own offer ("our
  capsules", hype_offer.offered), or a treatment, product or service head in the provider's
  voice ("our", "we", "us", a page that sells); not its staff, premises or prices as the
  subject, and never a medicine, a vaccine or a drug; standard care only in the provider's
  own words.
"""

from __future__ import annotations

import re
from functools import cache

from linter.checks.hype_intensified_words import INTENSIFIED_KINDS
from linter.checks.hype_offer import everyday_medicines, offered
from linter.checks.hype_praised import _CARE_WORDS, _EFFORT, _MEDICINE
from linter.checks.hype_raised import (
    _HEDGED,
    _HEDGED_AFTER,
    _PROVIDER,
    _RISK,
    _allied,
    _heads,
    _health,
)
from linter.checks.hype_reading import _clause
from linter.checks.hype_result import _AIM
from linter.checks.hype_subjects import phrase_after
from linter.checks.hype_valued import _HARM, _complaints
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim
from linter.config.lexicon import alternation, default_lexicon

# A measured result: its size, its test, its study or the groups it compares named in the
# sentence ("statistically significant", "p<0.01", "compared with placebo", "the group that took
# the shake had significantly more strength"; CONSORT 2010 items 13a, 17a and 19).
_MEASURED = re.compile(
    r"\d\s*%|\bstatistical(?:ly)?\b|\bp\s*[<=>]|\b(?:stud(?:y|ies|ied)|trials?|research|"
    r"researchers|reviews?|meta-analys[ie]s|data|participants|groups?|placebo|sham|"
    r"compared\s+with|compared\s+to|found|showed|shown|reported|cohort|survey)\b",
    re.I,
)

# What the provider's people, premises, prices and bookings are (the subject praised is no
# treatment: "our reception team", "the waiting room", "parking", "our prices"): the people of
# hype.yaml `provider_people` in spirit, with the premises and business of MeSH N02.278 "Health
# Facilities" and the booking of `booking_words`.
_NOT_CARE = re.compile(
    r"\b(?:staff|team|teams|receptionists?|reception|nurses?|doctors?|surgeons?|dentists?|"
    r"therapists?|physiotherapists?|chiropractors?|practitioners?|consultants?|clinicians?|"
    r"people|waiting\s+(?:rooms?|times?|lists?)|rooms?|lounge|premises|building|ward|"
    r"parking|car\s+park|prices?|fees?|costs?|bookings?|booking\s+system|appointments?\s+system|"
    r"website|shop|sales|customers?|service|members(?:hip)?s?|fundrais\w*|donations?)\b",
    re.I,
)

# An outcome of no health: a business's, a campaign's, a team's (sales, fundraising, growth).
_BUSINESS = re.compile(
    r"\b(?:sales|revenue|profits?|fundrais\w*|donations?|charit(?:y|ies)|campaigns?|"
    r"marketing|business|"
    r"bookings?|members(?:hip)?s?|followers|traffic|website|online\s+shop|shop|"
    # The results of schooling, not of care (the Department for Education's school performance
    # measures: exam results and grades), owned by the school's exam or its pupils (review30p:
    # "students" alone also silenced a student clinic's or a student patient's outcome).
    r"(?:school|exam|examination|GCSE|A[- ]level)\s+(?:results|grades|marks|passes)|"
    r"(?:pupils|students)['’]?\s+(?:exam\s+)?(?:results|grades|marks))\b",
    re.I,
)

# A negation of the promise after its words, in its clause (Quirk et al. 1985, §10.54: "not"
# and the negative modals): "permanent results cannot be promised", "... are not guaranteed".
_DENIED_AFTER = re.compile(
    r"\b(?:cannot|can[’']t|can\s+not|could\s+not|couldn[’']t|will\s+not|won[’']t|is\s+not|"
    r"are\s+not|isn[’']t|aren[’']t|never|not\s+(?:be\s+)?(?:promised|guaranteed|assured))\b",
    re.I,
)

# A share of those treated (Hyland 2005's approximators of quantity: most, many, some): the
# effect told of a part, as a clinician's plain account is ("most patients notice ...").
_SHARE = re.compile(
    r"\b(?:most|many|some|a\s+lot)\s+(?:of\s+)?(?:our\s+|the\s+)?(?:patients|people|clients|"
    r"users|customers|women|men|children|adults|cases)\b",
    re.I,
)

# The predicate form of a praised outcome: the treatment must be its subject.
_PREDICATED = re.compile(r"(?:is|are)\b", re.I)

# The noun of the change before its preposition ("a dramatic improvement in"): the health
# target must follow.
_OF_CHANGE = re.compile(r"(?:in|to|of|from|for)$", re.I)

# Where the phrase after the words ends: a comma, a semicolon or a colon (Quirk et al. 1985,
# ch. 13: what a comma and "so", "and" or "then" join to it is a clause of its own).
_PHRASE_END = re.compile(r"[,;:]")

# The booster's own words that need a health target after them.
# An infinitive clause of purpose (Quirk et al. 1985, §15.48: "to", "in order to", "so as to")
# right before the assurance verb says what an action is for, not what the care achieves.
_PURPOSE = re.compile(r"\b(?:in\s+order\s+|so\s+as\s+)?to\s+$", re.I)

_COMPARATIVE_END = re.compile(r"(?:better|less|fewer|more|[a-z]{3,}er)$", re.I)


def intensified_reading(
    text: str,
    claim: Claim,
    start: int,
    end: int,
    kind: str,
    sells: bool = False,
) -> str | None:
    """Why an intensified effect, a praised outcome or the best care ensured is no provider's
    promise about health, or None; "" for the other classes (their readings are elsewhere),
    but for praise of results of no health in the older evaluative classes."""
    if kind in ("evaluative", "extreme", "scale"):
        return _results_of_no_health(text, claim, start, end)
    if kind not in INTENSIFIED_KINDS:
        return ""
    sentence = text[claim.start : claim.end]
    left, right = _clause(claim, start, end)
    if claim.sources or claim.attributions:
        return "sourced"
    if claim.figures and kind == "intensified_effect":
        return "figure"  # an effect given its size is a statistic's matter
    if _MEASURED.search(sentence):
        return "finding"  # "in a trial, shockwave significantly reduced heel pain"
    if _HEDGED.search(text, claim.start, start) or _HEDGED_AFTER.search(text, end, claim.end):
        return "hedged"
    if _DENIED_AFTER.search(text, end, right):
        return "negated"  # "permanent results cannot be promised": denied after the words
    if _SHARE.search(sentence):
        return "hedged"  # "most patients notice a marked improvement": a share, not a promise
    if _AIM.search(text, claim.start, start) or _EFFORT.search(text, claim.start, start):
        return "aim"  # "we strive to ensure the best possible care"
    if kind == "ensured_care" and _PURPOSE.search(text, claim.start, start):
        return "aim"  # "what to avoid before surgery to ensure the best results": a purpose
    term = text[start:end]
    after = phrase_after(text, claim, end, end)
    if _RISK.search(term) or _RISK.search(after[:40]) or _HARM.search(sentence):
        return "harm"  # "dramatically reduces waiting times", "increases the risk"
    if _BUSINESS.search(sentence):
        return "no-health-problem"  # "sales grew dramatically", "outstanding fundraising results"
    lex = hype_lexicon()
    if _MEDICINE.search(sentence) or everyday_medicines().search(sentence):
        return "clinical"
    if lex.immunization.search(sentence) or lex.drug_stems.search(sentence):
        return "clinical"
    voiced = sells or _PROVIDER.search(sentence) is not None
    care = lex.standard_care.search(sentence) or _allied().search(sentence)
    subject = text[left:start]
    treats = _treatment_subject(subject, term, sells)
    if care and not _PROVIDER.search(sentence) and not treats:
        return "clinical"  # "hip replacement relieves pain dramatically for most people"
    if _PREDICATED.match(term) and not (offered(subject) or _heads().search(subject)):
        return "not-a-remedy"  # "the booking process is very reliable"
    if kind == "ensured_care":
        return None if voiced or offered(sentence) else "not-the-provider"
    named = _health(sentence) or _complaints().search(sentence) or care
    if not named and (kind == "intensified_effect" or not _CARE_WORDS.search(sentence)):
        return "no-health-problem"  # "our new rota greatly improves morale"
    if kind == "intensified_effect" and _COMPARATIVE_END.search(term) and not _health(after):
        return "no-health-problem"  # "dramatically more affordable"
    if kind == "intensified_effect" and _OF_CHANGE.search(term) and not _health(after):
        return "no-health-problem"  # "a dramatic improvement in our booking times"
    if _NOT_CARE.search(subject) and not offered(subject):
        return "not-a-remedy"  # "our reception team is exceptionally friendly"
    # The remedy must be the words' own: named in their clause before them or in their phrase
    # after them, up to a comma; one named past a comma is another clause's ("Stress
    # significantly lowers immunity, so our massage sessions are popular": review29e).
    stop = _PHRASE_END.search(text, end, right)
    own = text[left : stop.start() if stop else right]
    if offered(own) or treats:
        return None  # "red light therapy at our studio significantly reduces joint pain"
    if voiced and (_heads().search(own) or kind == "praised_outcome"):
        return None  # "our treatment delivers highly predictable results"
    return "not-a-remedy"


# A verb in the past or the perfect: an effect told as what happened is a narrative, not a
# promise (Quirk et al. 1985, §4.11 and §4.18: "the surgery greatly reduced her pain").
_PAST = re.compile(r"\b(?:was|were|has|have|had|did|\w+ed)\b", re.I)


@cache
def _subject_head() -> re.Pattern[str]:
    """A treatment head ending the subject, with its prepositional phrase ("this procedure",
    "shockwave therapy at our clinic"): hype.yaml `treatment_heads` and `event_heads`."""
    lex = default_lexicon()
    heads = alternation([*lex.get("hype.treatment_heads"), *lex.get("hype.event_heads")])
    return re.compile(
        rf"\b{heads}(?:\s+(?:with|at|from|in|for|of)\s+(?:[\w'’-]+\s+){{0,3}}?)?\s*$", re.I
    )


def _treatment_subject(subject: str, term: str, sells: bool) -> bool:
    """Whether a treatment is the subject of a present or future effect, a promise a page that
    speaks for its care makes with no "our" ("The procedure is highly predictable"); on any
    other page, only a treatment that is no standard care ("This therapy consistently
    produces excellent outcomes"), since a leaflet's surgery or procedure is a clinical
    statement (GUIDELINE.md, OVER). Measured on the wild and realtext sets (review29e)."""
    if _PAST.search(subject[-12:] + term) or not _subject_head().search(subject):
        return False
    return sells or hype_lexicon().standard_care.search(subject) is None


_RESULT_HEAD = re.compile(r"\b(?:results?|outcomes?|success)\s*$", re.I)


def _results_of_no_health(text: str, claim: Claim, start: int, end: int) -> str:
    """ "no-health-problem" for praise of the results of a business, a campaign or a charity
    ("our online shop has seen remarkable results since the redesign"), else "" (read as
    before: a surgeon's page's "years of experience and remarkable results" are its care's)."""
    if _RESULT_HEAD.search(text, start, end) and _BUSINESS.search(text, claim.start, claim.end):
        return "no-health-problem"
    return ""
