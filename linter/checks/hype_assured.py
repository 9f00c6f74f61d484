"""A provider's plain promise that what it offers is harmless or painless, or that its result is
certain or lasting (issue 14, session 28, safeZ): when hype_assured_words.py's candidates are.
The words are ordinary in care: a leaflet says "side effects are usually mild and pass within a
day", "you will have a local anaesthetic, so you will not feel any pain", "complications are
rare"; a news page reports that "some clinics advertise painless treatments"; a shop says "our
prices are fixed for life". So the reading asks for the provider's own voice (our, we, us, a
page that sells a service, a clinician's page in the third person) or an alternative remedy or
practice named, and is silent when the sentence is sourced or reports a study, hedged or
qualified (may, should, usually, most; an approximator before "painless"), conditional (if,
unless, as long as), concedes a harm (but, although, apart from), is a patient's own account,
advises the reader (an imperative), explains an anaesthetic with no assurance, or is of a
vaccine or a medicine. Questions, what others claim and negation are read before, as for every
composed class (hype_composed.py, hype_reading.negated).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from linter.checks.hype_assured_words import ASSURED_KINDS, RESULT_OWNER
from linter.checks.hype_composed import REPORTED_RESULT
from linter.checks.hype_labels import FINITE
from linter.checks.hype_praised import _CARE_WORDS, _MEDICINE, _remedy
from linter.checks.hype_raised import _health, _treatment
from linter.checks.hype_reading import _clause
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim, Passage
from linter.config.lexicon import default_lexicon, word_pattern

# The provider's own voice: the exclusive "we" of a business (Quirk et al. 1985, §6.11).
_PROVIDER = re.compile(r"\b(?:our|we|us)\b", re.I)

# Hedges before the words in their clause: the modals of possibility and advice ("can" of
# ability is none: "you can go home the same day, with no downtime") and Hyland's
# (2005) approximators of frequency and degree ("should not be painful", "is relatively
# painless", "usually disappears").
_HEDGE = re.compile(
    r"\b(?:may|might|could|should|ought|usually|generally|normally|typically|often|"
    r"sometimes|mostly|rarely|seldom|hardly|relatively|fairly|quite|almost|nearly|virtually|"
    r"practically|largely|mainly|minimal(?:ly)?|little|likely|unlikely|hope)\b",
    re.I,
)

# A condition or a limit after the words (Quirk et al. 1985, §15.33-15.35; "for most" of
# §8.116); "even if" concedes and keeps the promise.
_LIMIT = re.compile(
    r"(?<!even )\b(?:if|unless|as\s+long\s+as|provided|providing|for\s+(?:most|some|many)|"
    r"in\s+(?:most|some|many|rare)|whether)\b",
    re.I,
)

# A concession that names what the treatment does bring (Quirk et al. 1985, §15.40: concessive
# clauses; §13.10 "but" of contrast): "the injection is painless, but your arm may be sore".
_CONCEDED = re.compile(
    r"\b(?:but(?!\s+also)|although|though|however|except|apart\s+from|aside\s+from|other\s+than)\b",
    re.I,
)

# A patient's own account in the past (Quirk et al. 1985, §6.11: "I" and "my" of the speaker).
_OWN_ACCOUNT = re.compile(
    r"\b(?:I|my)\b.*\b(?:was|were|had|felt|did|didn[’']t|got)\b|\b(?:was|felt)\b.*\bmy\b", re.I
)

# Advice to the reader: a sentence that opens with an imperative of care (Quirk et al. 1985,
# §11.24: "Keep the area clean and there is no risk of infection").
_ADVICE = re.compile(
    r"\s*[*_]*(?:please\s+)?(?:keep|follow|avoid|use|apply|take|wear|make\s+sure|ensure|"
    r"remember|wash|rest(?!\s+assured)|drink|stop|tell|ask|call|contact)\b",
    re.I,
)

# A relative clause: the words describe whom they are true of, not what is promised.
_RELATIVE = re.compile(r"\b(?:who|that|which|whose)\s+$", re.I)

# An anaesthetic as the reason there is no pain: a leaflet's plain account of care, unless the
# provider assures it ("numbing cream ensures you feel nothing": WordNet 3.1 ensure.v.01).
_ANAESTHETIC = re.compile(
    r"\b(?:an(?:a)?esthe\w+|numb\w*|sedat\w+|nerve\s+block|spray|epidural|gas\s+and\s+air)\b",
    re.I,
)
_ASSURANCE = re.compile(
    r"\b(?:ensur\w+|guarant\w+|assur\w+|promis\w+|complete\w*|absolute\w*|"
    r"totally|100\s?%)",
    re.I,
)

# A maximizer in a denial of pain (Quirk et al. 1985, §8.104): a bare "is not painful" is a
# leaflet's plain statement, "not at all painful" a promise.
_ABSOLUTE = re.compile(
    r"\b(?:complete(?:ly)?|total(?:ly)?|absolute(?:ly)?|entirely|utterly|100\s?%|at\s+all|"
    r"whatsoever|never|nothing|a\s+thing|ensur\w+|guarant\w+|assur\w+|promis\w+)",
    re.I,
)
_MAXIMIZED = re.compile(r"\b(?:at\s+all|in\s+the\s+least|whatsoever|never|even\s+slightly)\b", re.I)
_DENIAL = re.compile(r"\b(?:not|never|nothing|no)\b|n[’']t\b", re.I)

# The harm nouns that name health only beside a treatment, a body or care ("no risk to your
# card details", "no reactions from the audience"), and the machines whose downtime is theirs
# (WordNet 3.1 downtime.n.01: "a period when something, as a machine, is not operating").
_CONTEXT_HARM = re.compile(r"^(?:risks?|(?:allergic\s+|skin\s+)?reactions?)$", re.I)
# What a bare "risk" is of, when no harm noun follows it (those are in the matched words).
_RISK_AFTER = re.compile(r"\s+(?:of|to|for)\s+((?:[\w'’-]+\s*){1,4})", re.I)
_MACHINE = re.compile(
    r"\b(?:website|site|system|server|app|network|phone|line|portal|booking|online|machine)s?\b",
    re.I,
)
# The drug-safety nouns of ICH E2A, and the maximizers, that make a harm gone at once a promise
# ("any side effects disappear within a day"); "the bruising will disappear" is its course.
_SAFETY_NOUN = re.compile(
    r"\b(?:side|ill)[- ]effects?|\badverse\b|\bcomplications?\b"
    r"|\b(?:any|all|completely|entirely)\b",
    re.I,
)

# A test's result, not a treatment's ("the results of the blood test are immediate").
_DIAGNOSTIC = re.compile(r"\b(?:tests?|scans?|screening|biops(?:y|ies)|x-rays?|reports?)\b", re.I)
# A harm as what lasts ("the damage is permanent", "the effects of smoking last a lifetime").
_HARMED = re.compile(
    r"\b(?:damage\w*|injur\w+|smok\w+|loss|scar\w*|disab\w+|harm\w*|disease\w*|toxic\w*)\b", re.I
)
# A warning of the future, not a result ("you will definitely feel sore", "will surely need").
_WARNING = re.compile(
    r"(?:need|needs|have\s+to|has\s+to|feel\s+(?:some|sore|tired|a\s+little|slight|a\s+bit)|"
    r"be\s+(?:sore|tired|bruised|swollen|red))\b",
    re.I,
)
# What a result must be of: the result nouns of hype.yaml `result_nouns`, the body a clinic of
# this class restores (hair, skin, weight), safety itself, and the habits of MeSH "Tobacco Use
# Cessation" (quit or stop smoking).
_RESULT_WORDS = re.compile(
    r"\b(?:results?|outcomes?|relief|recovery|healing|cure|improvement|hair|skin|weight|pain|"
    r"benefits?|effects?|difference|quit|lose|heal|relieve|safe|painless|harmless|smoking)\b",
    re.I,
)
_PAIN_WORDS = re.compile(r"\b(?:pain|discomfort|soreness|stinging|feel|felt|hurts?)\b", re.I)
_SUBJECT_FRAME = re.compile(r"\b(?:grow|grows|regrow|regrows|never|last|lasts|permanent)\b", re.I)
_VANISH = re.compile(r"(?:disappear|vanish|go(?:es)?\s+away|gone)\b", re.I)
_PAINLESS = re.compile(r"pain[- ]?(?:less|free)$", re.I)


# A clinic's page in its own voice: the exclusive "we" of a business (Quirk et al. 1985, §6.11)
# with the clinic, its clinicians or its care ("our surgeons perform", "at our clinic", "we
# treat"); a page that `sells` or a practitioner's page is one too (wording.py).
_OWN_CLINIC = re.compile(
    r"\b(?:our\s+(?:[\w-]+\s+)?(?:clinics?|centres?|centers?|practices?|surgeons?|doctors?|"
    r"specialists?|therapists?|practitioners?|consultants?|physicians?|dentists?|nurses?|"
    r"hospitals?|team|experts?|treatments?|therap(?:y|ies)|procedures?|remed(?:y|ies)|products?)|"
    r"at\s+our|we\s+(?:perform|treat|use|carry\s+out)|(?:call|contact|visit)\s+us|"
    r"(?:order|buy|shop)\s+now|add\s+to\s+(?:cart|basket))\b",
    re.I,
)


def provider_page(passages: Sequence[Passage]) -> bool:
    """Whether the page speaks as a clinic of its own care: read once a page
    (page_index.page_reading), as `sells` is."""
    return any(_OWN_CLINIC.search(p.text) for p in passages)


def assured_reading(
    text: str,
    claim: Claim,
    start: int,
    end: int,
    kind: str,
    sells: bool = False,
    remedy_page: bool = False,
) -> str | None:
    """Why a plain promise of safety, painlessness or a lasting result is no provider's
    promise, or None; "" for the other classes (their readings are elsewhere)."""
    if kind not in ASSURED_KINDS:
        return ""
    sentence = text[claim.start : claim.end]
    left, right = _clause(claim, start, end)
    if claim.sources or claim.has_source:
        return "sourced"  # "the [NHS guide](...) says ..."
    if hype_lexicon().findings.search(sentence) and (
        REPORTED_RESULT.search(sentence) or re.search(r"\d", sentence)
    ):
        return "finding"  # "the trial found no serious side effects"
    # A hedge reaches the words from their own clause or phrase, not across a comma ("You can
    # go back to work the same day, with no downtime at all").
    near = max(left, text.rfind(",", claim.start, start) + 1)
    if _HEDGE.search(text, near, end) or hype_lexicon().qualifiers.search(text, left, right):
        return "hedged"  # "should not be painful for most people"
    if _LIMIT.search(text, left, start) or _LIMIT.search(text, end, right):
        return "condition"  # "no risk of infection if you follow our aftercare"
    if _CONCEDED.search(sentence):
        return "conceded"  # "the injection is painless, but the area may be sore"
    if _OWN_ACCOUNT.search(sentence):
        return "testimonial"  # "my procedure was painless"
    if _ADVICE.match(sentence):
        return "advice"  # "Keep the dressing dry and there is no risk of infection"
    if _RELATIVE.search(text, max(claim.start, start - 12), start):
        return "described"  # "patients who do not experience side effects carry on"
    why = _kind_reading(text, claim, start, end, kind, remedy_page)
    if why:
        return why
    lex = hype_lexicon()
    remedy = _remedy(sentence)
    own = _PROVIDER.search(sentence) is not None
    if _DIAGNOSTIC.search(sentence) and not remedy:
        return "diagnostic"  # "an MRI scan is painless": a test described, no treatment offered
    plain = not (own or remedy or _ABSOLUTE.search(sentence))
    heads = _harm_heads(text[start:end]) if kind == "denied_harm" else []
    painless = kind == "painless_promise" or (heads and all(_PAIN_WORDS.match(h) for h in heads))
    if plain and painless and (lex.standard_care.search(sentence) or _treatment().search(sentence)):
        # Care said painless with only the page's voice: a leaflet says so plainly ("the
        # procedure is painless", "the treatment does not cause any pain or discomfort"); a
        # maximizer or an assurance makes it a promise whoever says it.
        return "clinical"
    if not remedy and (
        _MEDICINE.search(sentence)
        or lex.immunization.search(sentence)
        or lex.drug_stems.search(sentence)
    ):
        return "clinical"  # "the vaccine is harmless", "statins have no side effects for most"
    if remedy or sells or own:
        return None
    return "not-the-provider"


def _kind_reading(
    text: str, claim: Claim, start: int, end: int, kind: str, remedy_page: bool
) -> str | None:
    """The reading each class needs of its own words."""
    term = text[start:end]
    sentence = text[claim.start : claim.end]
    if kind == "painless_promise":
        label = remedy_page and not FINITE.search(sentence)
        if not (_care(sentence) or _PAIN_WORDS.search(sentence) or label):
            # "booking your appointment is quick and painless"; a verbless label under a
            # treatment's heading ("Painless", "Painless and quick") is the treatment's.
            return "no-health-problem"
        explained = _ANAESTHETIC.search(sentence) and not _ASSURANCE.search(sentence)
        if explained and (_PAINLESS.search(term) or term.lower().startswith("you")):
            return "explained"  # "a local anaesthetic, so you will not feel any pain"
        if re.search(r"painful|sore|uncomfortable", term, re.I) and not _MAXIMIZED.search(term):
            return "plain"  # "the test is not painful": a leaflet's plain statement
        if term.lower().startswith("you") and not _DENIAL.search(term):
            return "no-denial"  # "if you feel any pain, tell the nurse"
        return None
    if kind == "denied_harm":
        opening = (
            re.match(r"\s*no\b", term, re.I)
            and re.search(r"(?:^|[.!?:,•✓*])[\s*_]*$", text[claim.start : start]) is not None
        )
        if opening and FINITE.search(sentence):
            return "not-a-label"  # "No pain was reported by the patients"
        harms = _harm_heads(term)
        if harms and all(_CONTEXT_HARM.match(h) for h in harms) and not _care(sentence):
            return "no-health-problem"  # "no risk to your card details"
        after = _RISK_AFTER.match(text, end, claim.end)
        if re.search(r"risks?$", term, re.I) and after and not _health(after.group(1)):
            return "no-health-problem"  # "no risk of staining your clothes"
        if "downtime" in term.lower() and _MACHINE.search(sentence):
            return "no-health-problem"  # "our booking system has no downtime"
        if _VANISH.search(term) and not (_SAFETY_NOUN.search(term) or _PROVIDER.search(sentence)):
            return "course"  # "the bruising will disappear in two weeks"
        return None
    if re.search(r"\bto\s+$", text[max(claim.start, start - 4) : start]):
        return "purpose"  # "works with your nurses to ensure your recovery"
    if _HARMED.search(text, claim.start, end):
        return "harm"  # "the damage to the nerve is permanent"
    verb = start + len(term) - len(term.split()[-1]) if term.split() else start
    if re.search(r"\bwill\b|[’']ll\b", term, re.I) and _WARNING.match(text, verb):
        return "warning"  # "you will definitely feel sore for a day"
    # What is assured must be a result or health: the words after the assurance, or the
    # sentence where the frame's subject is what lasts ("the hair grows back for life").
    scope = sentence if _SUBJECT_FRAME.search(term) else text[start : claim.end]
    if not _RESULT_WORDS.search(scope) and not _health(scope):
        return "no-health-problem"  # "we promise you a warm welcome"
    owner = RESULT_OWNER.match(term)  # whose result (review28z): care, health or "our" offer
    if owner and not (_care(owner.group(1)) or owner.group(1).lower().startswith("our ")):
        return "no-health-problem"  # "the benefits of joining our loyalty scheme are immediate"
    return None


@cache
def _harm_nouns() -> re.Pattern[str]:
    lex = default_lexicon()
    return word_pattern([*lex.get("hype.harm_nouns"), *lex.get("hype.pain_nouns")])


def _harm_heads(term: str) -> list[str]:
    """The harm nouns of `term` (hype.yaml `harm_nouns`, `pain_nouns`)."""
    return [m.group() for m in _harm_nouns().finditer(term)]


def _care(sentence: str) -> bool:
    """Whether the sentence names care: a treatment head, a remedy, a body, a disease or a
    word of care (procedure, patients, recovery)."""
    return bool(
        _treatment().search(sentence)
        or _CARE_WORDS.search(sentence)
        or _remedy(sentence)
        or _health(sentence)
    )
