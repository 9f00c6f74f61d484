"""An outcome promised in plain words, with no hype keyword (issue 14, session 30, overP): when
hype_promised_words.py's candidates are. The words are ordinary in care: a leaflet says "you
will be back to normal activities within a few weeks" and "a cataract cannot grow back", a shop
says "our prices are fixed for life", a review finds that "most people stay free of migraine".
So the reading asks for the provider's, seller's or blogger's own voice (our, we, us, my, I, a
page that sells or a clinic's own page that is no leaflet) or a remedy named, for health as
what is promised (a complaint, a body, care or a remedy; not prices, vouchers or a membership),
and it is silent when the sentence is sourced or a study's result, hedged, limited to a share
("most patients"), conditional, conceded, an aim or a design ("our aim is", "designed to"),
advice, a patient's own account in the past, a relative clause, or said of a test, a medicine, a
vaccine or standard care in no provider's words. Questions, what others claim and negation
before the words are read before, as for every composed class (hype_composed.py, wording.py).
"""

from __future__ import annotations

import re
from functools import cache

from linter.checks.hype_assured import (
    _CONCEDED,
    _DIAGNOSTIC,
    _HARMED,
    _HEDGE,
    _LIMIT,
    _RELATIVE,
    _care,
)
from linter.checks.hype_intensified import _BUSINESS, _MEASURED, _SHARE
from linter.checks.hype_offer import names_remedy
from linter.checks.hype_praised import _EFFORT, _MEDICINE
from linter.checks.hype_promised_words import PROMISED_KINDS, complaints
from linter.checks.hype_raised import _health
from linter.checks.hype_reading import _clause
from linter.checks.hype_result import _AIM
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim
from linter.config.lexicon import alternation, default_lexicon

# The voice of whoever offers the care: the exclusive "we" of a business and a blogger's or a
# practitioner's "I" and "my" (Quirk et al. 1985, §6.11).
_OWN = re.compile(r"\b(?:our|we|us|my|I)\b")
# The reader addressed (Quirk et al. 1985, §6.11: the second person): a durative promise or a
# denial of harm made to the reader ("your pain will never return", "it cannot harm you").
_READER = re.compile(r"\b(?:you|your)\b", re.I)
# Words inside quotation marks with a reporting clause after them are someone's reported words
# (Quirk et al. 1985, §14.29: direct speech; a testimonial signed "— Gail" is the page's own
# promotion and stays), and one person's state an account of that person, not a promise to the
# reader (a name's possessive or a third-person singular pronoun before the words).
_QUOTED = re.compile(r"[\"“](?=[^\"”]*$)")
_QUOTE_END = re.compile(
    r"[\"”]\s*,?\s*(?:[\w'’]+\s+){0,3}?(?:said|says|promised|promises|claimed|claims|told|"
    r"tells|wrote|writes|advertised|advertises|stated|states|insisted|insists)\b",
    re.I,
)
_ONE_PERSON = re.compile(r"\b(?:[A-Z][a-z]+['’]s|he|she|his|her|him)\b")
# A business named a group ("LaSara Medical Group") is no study's group (CONSORT's groups
# compared, hype_intensified._MEASURED), and weight loss is a result, not a harm's loss.
_NAMED_GROUP = re.compile(r"(?<=\w )Group\b")
_WEIGHT_LOSS = re.compile(r"\b(?:weight|fat)\s+loss\b", re.I)
# The persons and the body a harm verb or "do ... harm" names as its object.
_PERSON = re.compile(
    r"\b(?:you|anyone|anybody|body|child|children|baby|babies|kids)\b(?:\s+any\s+harm)?$", re.I
)
# "can" of ability or permission and the approximators a recovery is hedged by ("you can be
# back at work within a week", "should be back to normal"): Hyland (2005) hedges, Palmer
# (2001, §3.3) dynamic modality.
_ABLE = re.compile(r"\b(?:can|could|would|expect|aim|designed|intended|hope|like)\b", re.I)
# A patient's own account in the past (Quirk et al. 1985, §4.11: the past of a narrative).
_NARRATIVE = re.compile(
    r"\b(?:was|were|had|did|went|felt|got|became|stayed|has\s+been|have\s+been)\b", re.I
)
# A directive that opens the sentence (Quirk et al. 1985, §11.24), and its coordinated promise
# (§13.35: "Take two capsules a day and ...", the imperative as a condition).
_IMPERATIVE = re.compile(
    r"\s*[*_]*(?:please\s+)?(?:keep|follow|avoid|use|apply|take|wear|make\s+sure|ensure|remember|"
    r"wash|rest|drink|stop|tell|ask|call|contact|try|book|start|join|eat|add)\b",
    re.I,
)
# What is not health that lasts, returns or is free of something (prices, vouchers, access,
# memberships, data, deposits, deliveries; NHS England's GP Patient Survey access questions).
_NOT_HEALTH = re.compile(
    r"\b(?:prices?|fees?|costs?|vouchers?|gift\s+cards?|access|accounts?|data|deposits?|"
    r"deliver(?:y|ies)|orders?|refunds?|warrant(?:y|ies)|guarantees?|parking|appointments?|"
    r"subscriptions?|login|passwords?|discounts?|offers?)\b",
    re.I,
)


def promised_reading(
    text: str,
    claim: Claim,
    start: int,
    end: int,
    kind: str,
    sells: bool = False,
) -> str | None:
    """Why a lasting outcome, a restored state or a flat denial of risk is no provider's
    promise about health, or None; "" for the other classes (their readings are elsewhere)."""
    if kind not in PROMISED_KINDS:
        return ""
    sentence = text[claim.start : claim.end]
    left, right = _clause(claim, start, end)
    if claim.sources or claim.has_source or claim.attributions:
        return "sourced"
    if _MEASURED.search(_NAMED_GROUP.sub(" ", sentence)):
        return "finding"  # "in the trial, 60% stayed free of migraine for a year"
    near = max(left, text.rfind(",", claim.start, start) + 1)
    if _HEDGE.search(text, near, start) or hype_lexicon().qualifiers.search(text, left, right):
        return "hedged"  # "results should last for years"
    if kind == "restored_state" and _ABLE.search(text, near, start):
        return "hedged"  # "you can be back at work within a week"
    if _SHARE.search(sentence):
        return "hedged"  # "most patients are back to normal within a week"
    if _LIMIT.search(text, left, start) or _LIMIT.search(text, end, right):
        return "condition"  # "your teeth will stay white for good if you avoid coffee"
    if _CONCEDED.search(sentence):
        return "conceded"
    if _AIM.search(text, claim.start, start) or _EFFORT.search(text, claim.start, start):
        return "aim"  # "our aim is to get you back to normal"
    if re.search(r"\b(?:designed|intended|meant)\s+to\b", sentence, re.I):
        return "aim"  # "the lens is designed to stay in your eye permanently"
    if _RELATIVE.search(text, max(claim.start, start - 12), start):
        return "described"
    if re.search(r"\bI\b|\bmy\b", sentence) and _NARRATIVE.search(sentence):
        return "testimonial"  # "my back pain went and has never come back"
    if _NARRATIVE.search(text, max(claim.start, start - 16), start):
        return "narrative"  # "the mole was removed permanently"
    if _QUOTED.search(text, claim.start, start) and _QUOTE_END.search(text, end, claim.end):
        return "quoted"  # '"Your pain will be gone in a week," the advert promised'
    if kind != "flat_risk_denial" and _ONE_PERSON.search(text, left, start):
        return "narrative"  # "Jack's arm movement is back to normal after rehabilitation"
    opening = _IMPERATIVE.match(sentence)
    if opening and not _offered(text[claim.start : start]):
        return "advice"  # "Keep taking the tablets and the pain will not come back"
    if re.search(r"gone$", text[start:end], re.I) and not _complaint().search(
        text, max(left, start - 40), start
    ):
        return "no-health-problem"  # "the queue is gone": a complaint must be what is gone
    if _HARMED.search(_WEIGHT_LOSS.sub(" ", sentence)) and kind != "flat_risk_denial":
        return "harm"  # "the nerve damage is permanent"
    if _NOT_HEALTH.search(text, left, end) or _BUSINESS.search(sentence):
        return "no-health-problem"  # "our prices are fixed for life"
    health = _health(sentence) or _care(sentence) or _complaint().search(sentence)
    if kind == "flat_risk_denial" and _PERSON.search(text[start:end]):
        health = True  # harm to the reader, a child or the body is a health harm by itself
    if not health:
        return "no-health-problem"  # "you will never have to queue again"
    remedy = names_remedy(sentence)
    own = _OWN.search(sentence) is not None
    if _DIAGNOSTIC.search(sentence) and not remedy:
        return "diagnostic"  # "the scan cannot harm you"
    lex = hype_lexicon()
    if not remedy and (
        _MEDICINE.search(sentence)
        or lex.immunization.search(sentence)
        or lex.drug_stems.search(sentence)
    ):
        return "clinical"  # "the vaccine cannot give you flu"
    if not (own or remedy) and lex.standard_care.search(sentence) and not sells:
        return "clinical"  # "after a hip replacement you will be back to normal"
    if kind == "restored_state" and re.search(r"again$", text[start:end], re.I):
        return None if own or remedy else "not-the-provider"  # a leaflet's "able to drive again"
    if remedy or sells or own:
        return None
    if kind != "restored_state" and _READER.search(sentence):
        return None  # a lasting result or a harm ruled out, promised to the reader
    return "not-the-provider"


@cache
def _complaint() -> re.Pattern[str]:
    """A complaint, a body measure or a body region named (hype.yaml `testimony_complaints`,
    `recovery_complaints`, `body_measures`, `body_regions`)."""
    lex = default_lexicon()
    measures = alternation([*lex.get("hype.body_measures"), *lex.get("hype.body_regions")])
    return re.compile(rf"\b(?:{complaints()}|{measures})\b", re.I)


def _offered(words: str) -> bool:
    """Whether a directive names what is sold or done for the reader: a remedy, the writer's
    own plan or product ("Follow my reset plan and ...", "Take two capsules a day and ...")."""
    return bool(
        names_remedy(words)
        or _OWN.search(words)
        or re.search(
            r"\b(?:capsules?|drops|tablets?|sessions?|course|plan|programme|program)\b", words, re.I
        )
    )
