"""A provider's praise of the results of what it offers, with no hype keyword (issue 14, session
27, overX): efficacy raised by degree ("a highly effective, minimally invasive procedure",
"remarkably successful in treating"), outcomes assured or delivered at their best ("ensures the
best outcomes", "delivers lasting results", "to achieve optimal health"), results praised as
such ("excellent results", "high success rates", "proven over and over") and the pair "safe and
effective" said of what is offered; rules/lexicon/hype.yaml `praised_efficacy`,
`assured_outcome`, `praised_results`, `safe_effective`.

The words are ordinary in care, news and business ("the vaccine is highly effective", "a 95%
success rate in a 2020 audit", "we deliver excellent customer service", "approved as safe and
effective by the FDA"), so the reading asks what makes them a provider's promise about health:
- the provider's voice: "our", "we", "us", a page that sells a service in its own voice, or a
  practitioner's page that presents a titled clinician in the third person as offering care
  ("Dr X offers ...": `practitioner_page`); or an alternative remedy or a mind and body
  practice named in the sentence (or the one before, for a pronoun subject);
- a health target: a body target, disease, complaint or function, a treatment head, patients,
  or an outcome noun that is health's by itself (relief, recovery, healing, health);
- never a vaccine or a drug (standard procedures and surgery stay in: a surgeon's page praising
  its own operations is the provider's praise); not with a figure, a source or an attribution
  other than the provider's own name, a regulator's approval, a study's result, a hedge, a
  condition, an aim or effort ("our aim is the best possible outcome", "most likely to give"),
  a harm ("highly effective at spreading"), a question, or a testimonial quoted as such
  (questions, hearsay and negation are read before, in hype_composed.py and the rule).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from linter.checks.hype_raised import _HEDGED, _HEDGED_AFTER, _PROVIDER, _health, _treatment
from linter.checks.hype_reading import _clause
from linter.checks.hype_result import _AIM
from linter.checks.hype_valued import _HARM, _complaints
from linter.checks.hype_words import PRAISED_KINDS, hype_lexicon
from linter.claim import Claim, Passage

# A titled clinician presented as offering care, in the third person (the self-presentation of
# a practitioner's site; the titles of the Oxford Style Manual 2003, §6.1.4: Dr, Prof, Mr, Mrs,
# Ms before a surname) with a verb of Levin's (1993) Fulfilling class (13.4.1: offer, provide)
# or of practice (perform, treat, specialise in), or a practitioner named by an epithet of
# standing ("a leading orthopaedic surgeon"). The verb is the name's own, in its sentence: not
# past a sentence's end or a relative clause's verb ("Dr Roe, a consultant who treats children,
# has won an award": news of a clinician, not the clinician's page; Quirk et al. 1985, §17.9),
# and the epithet's head is a clinician (ONS SOC 2020 minor group 221 "Health professionals"
# and 223 "Nursing and midwifery professionals", by their job titles, and the "-ologist" and
# "-iatrist" of specialists): "a leading researcher" or "expert" on a charity's or a
# university's page offers no care (review27x).
_SPAN = r"(?:(?![.]\s)[^!?\n]){0,120}?(?<!\bwho\s)(?<!\bwhich\s)"
_CLINICIAN = (
    r"(?:\w+\s+){0,3}?(?:surgeons?|physicians?|consultants?|doctors?|GPs?|dentists?|"
    r"orthodontists?|\w*therapists?|chiropractors?|osteopaths?|acupuncturists?|homeopaths?|"
    r"naturopaths?|herbalists?|practitioners?|specialists?|clinicians?|nurses?|midwi(?:fe|ves)|"
    r"dietitians?|dieticians?|nutritionists?|optometrists?|podiatrists?|pharmacists?|"
    r"\w+ologists?|\w+iatrists?|\w+paedists?|\w+pedists?)\b"
)
_PRACTITIONER = re.compile(
    r"\b(?:Dr|Doctor|Prof|Professor|Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z][\w'’-]*\.?\s+){0,3}?[A-Z][\w'’-]*"
    + _SPAN
    + r"\b(?:(?:offers|provides|performs|treats|speciali[sz]es\s+in)\b|"
    r"is\s+(?:a|an|the)\s+(?:leading|renowned|experienced|skilled|expert|top|trusted|"
    r"well-known|highly\s+\w+|board-certified)\s+" + _CLINICIAN + ")"
)


def practitioner_page(passages: Sequence[Passage]) -> bool:
    """Whether the page presents a titled clinician in the third person as offering care:
    read once a page (page_index.page_reading), as `sells` is."""
    return any(_PRACTITIONER.search(p.text) for p in passages)


# A figure in the sentence: a result given its size is a statistic's matter, not hype.
_FIGURE = re.compile(r"\d")

# A regulator's or a body's approval as the ground of the praise (FDA "Development & Approval
# Process": approved, cleared, authorized; licensed, endorsed, recommended by a body).
_APPROVED = re.compile(
    r"\b(?:approved|licen[sc]ed|authori[sz]ed|cleared|endorsed|recommended|deemed|declared|"
    r"certified|regulated|considered|recogni[sz]ed)\b",
    re.I,
)

# What makes the praise no promise, before it in its sentence: a probability ("most likely to
# give the best outcome": the criterion of a choice), an effort or a commitment (FrameNet 1.7
# Attempt and Commitment: towards, strive, committed to, dedicated to, focused on), on top of
# hype_result's aims; and a condition or a hedge (hype_raised's).
_EFFORT = re.compile(
    r"\b(?:likely|likelihood|chance|towards?|committed|commitment|dedicated|focus(?:ed|es)?\s+on|"
    r"endeavou?rs?|hoping|help(?:s|ing)?)\b",
    re.I,
)

# A study, a trial or an audit as what gives the result: a finding reported (its figures and
# source are other rules' matter).
_STUDY = re.compile(
    r"\b(?:stud(?:y|ies)|trials?|research|audits?|surveys?|review|meta-analys[ie]s|data)\b", re.I
)

# A testimonial: the sentence quoted, or a patient's own account of their results in the first
# person singular (Quirk et al. 1985, §6.11: "I" and "my" of the speaker, not the exclusive
# "we" of a business).
_QUOTED = re.compile(r"^\s*[*_]*[\"“‘]")
_OWN_ACCOUNT = re.compile(
    r"\b(?:I|I[’']ve|I\s+have)\s+(?:\w+\s+)?(?:had|got|saw|seen|experienced|noticed|felt|"
    r"achieved|found)\b|\bmy\s+(?:\w+\s+)?(?:results|outcomes?|recovery)\b|\b(?:says|said|"
    r"writes|wrote|reviews?|testimonials?)\b"
)

# Medicines, drugs and vaccines: standard care whose praise is a clinical statement (MeSH D26
# "Pharmaceutical Preparations" by its everyday names, with hype.yaml's `immunization` and
# `drug_stems`); procedures and surgery are not among them.
_MEDICINE = re.compile(
    r"\b(?:medicines?|drugs?|medications?|antibiotics?|antivirals?|antifungals?|chemotherapy|"
    r"chemo|radiotherapy|prescriptions?|tablets?|pills?|statins?)\b",
    re.I,
)

# Medicines ruled out ("without drugs", "drug-free"; Quirk et al. 1985, §9.50: "without" of
# absence) name no care that is praised.
_WITHOUT = re.compile(r"\b(?:without|no|free\s+of|instead\s+of)\s+(?:\w+\s+)?\w+|\w+-free\b", re.I)

# What is offered to patients: the care recipients of MeSH M01.643 "Patients", and the outcome
# nouns that are health's by themselves.
_CARE_WORDS = re.compile(
    r"\b(?:patients?|relief|recovery|healing|health|wellbeing|well-being|mobility|"
    r"injur(?:y|ies)|conditions?|disorders?|symptoms?|procedures?|"
    r"surgery|surgeries|operations?|treating|treats?|treatments?|surgeons?|doctors?|nurses?|"
    r"clinicians?|practitioners?|therapists?|dietitians?|nutritionists?)\b",
    re.I,
)

# A pronoun as the clause's subject: the remedy the sentence before names ("Tui Na ... It
# provides excellent results").
_PRONOUN = re.compile(r"\s*[*_]*(?:it|they|this|these)\b", re.I)


def praised_reading(
    text: str, claim: Claim, start: int, end: int, kind: str, sells: bool = False
) -> str | None:
    """Why praise of results is no provider's promise about health, or None; "" for the other
    classes (their readings are elsewhere)."""
    if kind not in PRAISED_KINDS:
        return ""
    sentence = text[claim.start : claim.end]
    if claim.figures or _FIGURE.search(sentence):
        return "figure"  # "a 95% success rate in a 2020 audit"
    if claim.sources or any(_sourcing(a) for a in claim.attributions):
        return "sourced"
    if _APPROVED.search(sentence):
        return "approved"  # "approved as safe and effective by the FDA"
    if _HEDGED.search(text, claim.start, start) or _HEDGED_AFTER.search(text, end, claim.end):
        return "hedged"
    if _AIM.search(text, claim.start, start) or _EFFORT.search(text, claim.start, start):
        return "aim"  # "our aim is the best possible outcome", "we work towards lasting relief"
    if _QUOTED.match(sentence) or _OWN_ACCOUNT.search(sentence):
        return "testimonial"
    if _HARM.search(sentence):
        return "harm"  # "highly effective at spreading the virus"
    if _STUDY.search(sentence):
        return "finding"
    lex = hype_lexicon()
    # The praised thing: the sentence up to the words and the noun phrase they open (not a
    # medicine named later as what failed: "surgery, a highly effective treatment for patients
    # who do not respond to medications").
    praised = _WITHOUT.sub("", text[claim.start : start] + " " + _phrase(text, claim, end))
    if _MEDICINE.search(praised) or lex.immunization.search(praised):
        return "clinical"  # "the vaccine is highly effective", "statins deliver lasting ..."
    if lex.drug_stems.search(praised):
        return "clinical"
    if not (_health(sentence) or _complaints().search(sentence) or _CARE_WORDS.search(sentence)):
        return "no-health-problem"  # "our marketing team is extremely effective"
    if kind == "praised_efficacy" and not _praises_care(text, claim, end):
        return "not-a-remedy"  # "a highly effective team of nurses"
    left, _ = _clause(claim, start, end)
    if lex.standard_care.search(text, left, start) and not _VOICED.search(sentence):
        return "clinical"  # "Surgery is a highly effective treatment for appendicitis."
    before = _before(text, claim) if _PRONOUN.match(sentence) else ""
    # Degree praise of a remedy off the provider's voice stays mild ("turmeric is truly
    # effective against joint pain": recallE's rule case); assured results and praised results
    # of one are its promise.
    if kind != "praised_efficacy" and (_remedy(sentence) or _remedy(before)):
        return None  # "Tui Na ... It provides excellent results in relaxation"
    if kind == "safe_effective":
        # The public-health pair said of a clinic's own treatment stays silent ("Our clinic
        # offers a safe and effective treatment for back pain": a rule case since session 19);
        # of an alternative remedy, a practice or a diet it is the claim.
        return "not-a-remedy"
    if sells or _PROVIDER.search(sentence) or _PROVIDER.search(before):
        return None
    return "not-the-provider"


# The provider named in the sentence itself: the exclusive "we" of a business, or a clinician in
# the third person (a titled name, or "he", "she", "his", "her"; Quirk et al. 1985, §6.11).
_VOICED = re.compile(
    r"\b(?:our|we|us|he|she|his|her)\b|\b(?:Dr|Doctor|Prof|Professor|Mr|Mrs|Ms)\.?\s+[A-Z]", re.I
)

# The heads a praised efficacy may have when it is attributive: the treatment heads of
# hype.yaml (MeSH E02, E04), the means a therapy is called (approach, method, technique, way,
# option, solution, programme, protocol) and the remedies of `alternative` and `mind_body`.
_MEANS = re.compile(
    r"\b(?:approach(?:es)?|methods?|techniques?|ways?|options?|solutions?|programmes?|programs?|"
    r"protocols?|sessions?|courses?|plans?|care|operations?|therap(?:y|ies)|medicine)\b",
    re.I,
)
# What ends the noun phrase after the adjective (Quirk et al. 1985, §9.1, §13.1: a
# preposition, a conjunction or a subordinator), or shows the adjective is predicative.
_PHRASE_END = re.compile(
    r"[.;:!?()\n]|\b(?:for|in|at|to|of|with|against|on|when|because|as|and|but|or|than|"
    r"which|that|who|so|if)\b",
    re.I,
)


def _praises_care(text: str, claim: Claim, end: int) -> bool:
    """Whether the praised efficacy is of care: predicative (a preposition, a conjunction or
    the sentence's end right after it), or attributive with a treatment, a means of therapy or
    a remedy as the head of its noun phrase ("a highly effective, minimally invasive
    procedure"; not "a highly effective team of nurses")."""
    phrase = _phrase(text, claim, end)
    if not phrase.strip():
        return True
    return bool(_treatment().search(phrase) or _MEANS.search(phrase) or _remedy(phrase))


def _phrase(text: str, claim: Claim, end: int) -> str:
    """The noun phrase right after `end`, up to a preposition, a conjunction or punctuation
    (empty when the words are predicative)."""
    after = text[end : claim.end].lstrip(" ,")
    stop = _PHRASE_END.search(after)
    return after[: stop.start() if stop else len(after)]


def _sourcing(attribution: object) -> bool:
    """Whether an attribution gives the praise a source: any but a clinician's own name merely
    mentioned as who offers the care ("Dr X, a renowned surgeon, offers ...")."""
    kind = getattr(attribution, "kind", "")
    basis = getattr(attribution, "basis", "")
    return not (kind == "researcher" and basis == "mention")


def _remedy(words: str) -> bool:
    """An alternative remedy or a mind and body practice named (hype.yaml `alternative`,
    `mind_body`)."""
    lex = hype_lexicon()
    return bool(lex.alternative.search(words) or lex.mind_body.search(words))


def _before(text: str, claim: Claim) -> str:
    """Up to 300 characters of the passage before the sentence."""
    return text[max(0, claim.start - 300) : claim.start]
