"""The readings of overstatement carried by a frame (issue 14, session 29, overF): a remedy's
effect had from it alone, popularity or authority offered as proof of an effect, and a patient's
testimony of relief on a provider's or seller's page (classes in hype_frame_words.py).

The frames are ordinary English about other things: a business's plain facts ("the only clinic
in the county offering evening appointments", "trusted by GPs across the county, who refer"),
standard care ("surgery is the only treatment that cures appendicitis", "millions rely on
insulin to stay alive"), advice ("there is no substitute for sleep") and a patient's own diary.
So each reading asks for a health effect in the frame's reach, for no medicine, standard care or
vaccine as what is praised, and for the remedy or the offer: a remedy named, the business's own
offer, or a pronoun or a bare frame on a page that sells or a section that names a remedy. A
testimony counts where a remedy is named or offered around it, or where it stands quoted or
labelled as a review on a page that sells. Questions and others' claims are read before
(hype_composed.py).
"""

from __future__ import annotations

import re
from functools import cache

from linter.checks.hype_offer import MEDICINE, everyday_medicines, names_remedy, offered
from linter.checks.hype_words import FUNCTION_WORDS, hype_lexicon
from linter.claim import Claim
from linter.config.lexicon import default_lexicon, word_pattern


@cache
def _healing() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("hype.healing_verbs"))


@cache
def _complaints() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("hype.testimony_complaints"))


# A study named in the sentence: its finding is another rule's matter ("found" alone is not one:
# "join the thousands who have found relief").
_STUDY_NOUN = re.compile(
    r"\b(?:stud(?:y|ies)|trials?|research|researchers|reviews?|meta-analys[ie]s|evidence)\b", re.I
)

# The nouns of relief and recovery an effect is named by where no disease is (MeSH "Pain
# Management", "Recovery of Function", "Wound Healing", "Sleep", "Stress, Psychological",
# "Myalgia" as soreness and stiffness).
_RELIEF = re.compile(
    r"\b(?:relief|recover(?:y|s|ed|ing)?|bounce\s+back|healing|injur(?:y|ies)|pain[- ]free|"
    r"sleep(?:less)?|stress|immune|immunity|vitality|symptoms?|sore(?:ness)?|stiff(?:ness)?)\b",
    re.I,
)

# The sole-remedy frame, whose match ends on its verb of healing (hype_frame_words.py).
_SOLE = re.compile(r"the\s+(?:first\s+and\s+only|one\s+and\s+only|only|sole|single|one)\s", re.I)

# What makes an endorsement a bandwagon or a testimonial (the Institute for Propaganda
# Analysis, 1937): a multitude (Quirk et al. 1985, §6.60), an elite or famous endorser, a
# universal locative ("everywhere", "across the country", "worldwide") or a rank of choice
# ("number one", "#1"); "many athletes use", "people use" and "doctors use" tell a habit or a
# clinical practice ("doctors use a scan to check"), so a profession
# counts only so marked or in the choice frame ("the choice of physiotherapists").
_BANDWAGON = re.compile(
    r"\d{2,}|\b(?:thousands|millions|hundreds|countless|top|elite|professional|pro|olympic|"
    r"world[- ]class|famous|leading|celebrit(?:y|ies)|royal(?:ty)?|stars|presenters|models|"
    r"everywhere|across\s+the\s+\w+|nationwide|worldwide|all\s+over|around\s+the\s+world|"
    r"number\s+one|no\.\s*1|choice|favou?rite|go-to)\b|#1",
    re.I,
)

# The sole remedy "for" a gerund: what the gerund does is the effect, read as a healing verb.
_FOR_GERUND = re.compile(r"\s+(\w+ing)\b", re.I)

# Where the frame's clause ends: a relative or a coordinated clause of another subject.
_CLAUSE_END = re.compile(r"[.;:!?]|,\s*(?:who|which|but|and\s+we|so)\b|\bbut\b", re.I)

# The standard care or a rival after "unlike", "than" or "instead of" is the standard of the
# comparison, not what is praised ("Unlike antibiotics, ozone ...").
_STANDARD_OF = re.compile(
    r"\b(?:unlike|than|instead\s+of|where|without|no\s+need\s+for)\s+(?:[\w'’-]+\s+){0,3}$", re.I
)

# A review's label or a quoted speaker: "Verified buyer:", "Five stars:", '..., says Carla'.
_REVIEW = re.compile(
    r"(?:\b(?:verified\s+(?:buyer|purchase|customer)|five\s+stars|5\s+stars|review(?:ed)?\s+by)\b|"
    r"★|[\"“”]\s*,?\s*(?:says|said|writes|wrote|explains|adds)\b|"
    r"\b(?:says|said|writes|wrote)\s+[A-Z][a-z]+)",
    re.I,
)
_QUOTED = re.compile(r"[\"“][^\"“”]{12,}[\"”]")

# A reader's own habits or advice is no offer ("there is no substitute for sleep").
_ADVICE_OBJECT = re.compile(
    r"\b(?:sleep|exercise|rest|a\s+(?:healthy|balanced)\s+diet|water|professional|medical|"
    r"your\s+(?:doctor|gp)|a\s+doctor|hand[- ]?washing)\b",
    re.I,
)


def frame_reading(
    text: str,
    claim: Claim,
    start: int,
    end: int,
    kind: str,
    sells: bool = False,
    remedy_page: bool = False,
) -> str | None:
    """Why a frame's wording is no overstatement of the writer's, or None; "" for the other
    classes."""
    if kind not in ("exclusive_effect", "endorsed_effect", "testimony_relief"):
        return ""
    sentence = text[claim.start : claim.end]
    if claim.has_source or (_STUDY_NOUN.search(sentence) and kind != "testimony_relief"):
        return "sourced"
    if kind == "testimony_relief":
        return _testimony(text, claim, start, end, sells, remedy_page)
    stop = _CLAUSE_END.search(text, end, claim.end)
    # The frame's own words are not its effect ("nothing beats a walk in the park"), but for
    # the sole remedy's verb of healing that closes it ("the only treatment that cures").
    reach = text[claim.start : start] + " " + text[end : stop.start() if stop else claim.end]
    term = text[start:end]
    sole = _SOLE.match(text, start, end) is not None and _healing().search(term) is not None
    gerund = _FOR_GERUND.match(text, end) if re.search(r"\bfor$", term, re.I) else None
    if gerund and not _healing().fullmatch(gerund.group(1)):
        return "no-health"  # "the only certain method for identifying endometriosis"
    if not (sole or _effect(reach, kind)):
        return "no-health"  # "the only clinic offering evening appointments"
    if kind == "endorsed_effect" and (why := _plain_endorsement(text, claim, start, end)):
        return why
    if _praises_care(text, claim, start, end):
        return "clinical"  # "surgery is the only treatment that cures appendicitis"
    if kind == "exclusive_effect" and re.match(r"there\s+is", text[start:end], re.I):
        after = text[end : stop.start() if stop else claim.end]
        if _ADVICE_OBJECT.search(after) or not offered(after):
            return "advice"  # "there is no substitute for sleep"
        return None
    around = text[claim.start : claim.end]
    if offered(around) or sells:
        return None
    # A section that names a treatment may be a leaflet's or a news page's, and the frame's own
    # head names one ("the only treatment"): a remedy the sentence names itself must be an
    # alternative one or a product ("hip replacement is the only treatment that can restore",
    # "thousands of people turn to talking therapies"); a bare frame is the section's offer.
    if remedy_page and (
        names_remedy(around) or not _names_its_remedy(text, claim, start, end, kind)
    ):
        return None
    return "not-a-remedy"


# The marks of a multitude or a rank that may stand before a bare frame ("Over 10,000 ...",
# "It is the number one choice of"): no remedy named by them.
_MARK = re.compile(
    r"thousands|millions|hundreds|countless|number|one|top|elite|professional|pro|leading|"
    r"famous|world|class|olympic"
)
# The object of an active endorsement that points to the page's own remedy: a demonstrative
# or a pronoun ("use these methods", "trust it"); a proper name may be a medicine's brand
# ("millions of people use Ventolin inhalers to ease"), so it names its own remedy.
_POINTED_OBJECT = re.compile(r"\s*(?:this|these|that|those|it|them|ours)\b")


def _names_its_remedy(text: str, claim: Claim, start: int, end: int, kind: str) -> bool:
    """Whether the sentence names what the frame praises itself: a subject before it ("hip
    replacement is the only treatment"), or the object of an active endorsement ("people use a
    reliever inhaler to ...")."""
    before = re.findall(r"[a-z]+", text[claim.start : start].lower())
    if any(w not in FUNCTION_WORDS and not _MARK.fullmatch(w) for w in before):
        return True
    term = text[start:end]
    if kind != "endorsed_effect" or _COMPOUND.search(term) or _PASSIVE_OR_CHOICE.search(term):
        return False
    return not _POINTED_OBJECT.match(text, end)


# The active frame's first word, its endorser: a plural or a mass noun is a group ("doctors",
# "people", "royalty"); a singular one is one person's care ("your doctor may use this test").
_GROUP_NOUNS = frozenset(("people", "men", "women", "royalty"))
_COMPOUND = re.compile(
    r"\w-(?:recommended|approved|trusted|endorsed|preferred)\b|"
    r"\b(?:most|best)[- ](?:trusted|recommended|prescribed|loved)\b|#1|\bnumber\s+one\b",
    re.I,
)
# "chosen" is the one irregular participle of the passive frame (hype_frame_words.py).
_PASSIVE_OR_CHOICE = re.compile(
    r"(?:\w+ed|chosen)\s+by\b|relied\s+on\s+by\b|choice|favou?rite|go-to|pick|join\b", re.I
)
# A modal or a frequency adverb before the verb: what an endorser may or sometimes does
# (Quirk et al. 1985, §4.49-4.59, §8.62): a possibility, not a proof.
_MODAL = re.compile(
    r"\b(?:may|might|can|could|will|would|should|must|often|sometimes|usually|probably|also)\b",
    re.I,
)


def _plain_endorsement(text: str, claim: Claim, start: int, end: int) -> str | None:
    """Why an endorsement is no bandwagon or testimonial, or None."""
    # The mark may stand after the endorser too ("recommended by dermatologists everywhere").
    window = (max(claim.start, start - 40), min(claim.end, end + 25))
    if not _BANDWAGON.search(text, *window) and not _COMPOUND.search(text, start, end):
        return "plain-use"  # "many athletes use ice baths": a habit, not a multitude's proof
    term = text[start:end]
    if _COMPOUND.search(term):
        return None  # "doctor-recommended", "the most trusted": an endorsement as such
    if _PASSIVE_OR_CHOICE.match(term) or _PASSIVE_OR_CHOICE.search(term[:40]):
        return None
    first = term.split()[0].lower()
    if not first.endswith("s") and first not in _GROUP_NOUNS:
        return "one-person"  # "your doctor may use this imaging test"
    if _MODAL.search(term):
        return "possible"  # "doctors may recommend a scan"
    return None


# An eponym's possessive names a disease only before its head ("Crohn's disease"); alone it is
# any owner ("Australia's top athletes", "It's").
_EPONYM_HEAD = re.compile(r"\s+(?:disease|syndrome|palsy|sarcoma|lymphoma|ataxia)\b", re.I)


def _names_health(phrase: str) -> bool:
    """hype_subjects.names_health, with a bare capitalised possessive read as no disease."""
    lex = hype_lexicon()
    if lex.body_targets.search(phrase) or lex.organs.search(phrase):
        return True
    for found in lex.diseases.finditer(phrase):
        bare = found.group().endswith(("'s", "’s"))
        if not bare or _EPONYM_HEAD.match(phrase, found.end()):
            return True
    return False


def _effect(reach: str, kind: str) -> bool:
    """A health effect in the frame's clause: a verb of healing, a disease, an organ or a body
    part, or a noun of relief or recovery."""
    if _healing().search(reach) or _names_health(reach) or _RELIEF.search(reach):
        return True
    return _complaints().search(reach) is not None


# The reader's own clinician: what they do is the reader's standard care (Quirk et al. 1985,
# §6.11: the "your" of the addressee), not a business's offer.
_YOUR_CLINICIAN = re.compile(
    r"\byour\s+(?:own\s+)?(?:doctor|gp|dentist|surgeon|nurse|pharmacist|specialist|consultant|"
    r"midwife|care\s+team|(?:health\s*care|medical)\s+(?:provider|team))\b",
    re.I,
)


def _praises_care(text: str, claim: Claim, start: int, end: int) -> bool:
    """Standard care, a vaccine or a medicine named in the sentence as what is praised, not as
    the standard it is compared with."""
    lex = hype_lexicon()
    sentence = text[claim.start : claim.end]
    if _YOUR_CLINICIAN.search(sentence):
        return True  # "the only way to fix it is for your dentist to replace the tooth"
    if names_remedy(sentence):
        return False
    for words in (lex.standard_care, lex.immunization, MEDICINE, everyday_medicines()):
        for found in words.finditer(text, claim.start, claim.end):
            if not _STANDARD_OF.search(text, claim.start, found.start()):
                return True
    return False


def _testimony(
    text: str, claim: Claim, start: int, end: int, sells: bool, remedy_page: bool
) -> str | None:
    """A testimony of relief: a remedy named or offered around it, or a review or quotation on
    a page that sells or names a remedy; never of standard care or a medicine's."""
    sentence = text[claim.start : claim.end]
    lex = hype_lexicon()
    if re.search(r"\b(?:for\s+a\s+(?:while|few)|temporarily|at\s+first|came\s+back)\b", sentence):
        return "hedged"
    if lex.standard_care.search(sentence) or lex.immunization.search(sentence):
        return "clinical"  # "after my operation my pain vanished"
    around = text[claim.start : start] + " " + text[end : claim.end]
    if names_remedy(around) or offered(around):
        return None
    if (sells or remedy_page) and (_REVIEW.search(sentence) or _QUOTED.search(sentence)):
        return None
    if offered(text[max(0, claim.start - 300) : claim.start]):
        return None
    return "not-a-remedy"
