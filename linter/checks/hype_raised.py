"""Promises built from ordinary words (issue 14, session 25, overT): a health effect raised by a
degree word ("dramatically improves energy", "cures eczema completely", "gentle and highly
effective", "myriad health benefits"), promised for certain in the future ("will help you
sleep deeper", "the benefits will be evident after the first session", "you won't have
symptoms again") or offered as the sole remedy ("can only be relieved by our adjustments", "the
only way to cure"); rules/lexicon/hype.yaml `raised_effect`, `certain_future`, `sole_remedy`.

The words are ordinary in care, news and everyday life ("the new system dramatically improved
our bookings", "antibiotics will clear the infection", "the rash will clear completely", "you
will need to fast"), so the reading asks for what makes them a provider's promise about health:
- a treatment, product, remedy or practice as what promises it: an alternative remedy or a mind
  and body practice anywhere, a treatment, product or service head (`treatment_heads`,
  `event_heads`, `services`) in the provider's own voice ("our", "we", a page that sells);
  never standard care, a vaccine or a drug (a clinical statement);
- a health target: a body target, a disease or complaint, or a body function (`function_targets`);
- not a risk or a harm raised ("dramatically reduces the risk of"), not hedged, conditional,
  sourced or attributed (questions, what others claim and a study's result are read before, in
  hype_composed.py, as for every composed class; negation by the rule's ConText cues).
"""

from __future__ import annotations

import re
from functools import cache

from linter.checks.hype_reading import _clause
from linter.checks.hype_subjects import names_health, phrase_after
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim
from linter.config.lexicon import default_lexicon, word_pattern

RAISED_KINDS = ("raised_effect", "certain_future", "sole_remedy")

# The speculative modals and adverbs of Hyland's (2005) hedges and the conditional and
# nominal "if"/"whether"/"unless" of Quirk et al. (1985, §15.3, §15.33): anywhere in the
# sentence before the promise ("if you keep taking it, it will help", "may greatly improve").
_HEDGED = re.compile(
    r"\b(?:may|might|could|can|possibly|potentially|perhaps|often|sometimes|usually|seems?|"
    r"appears?|tends?\s+to|for\s+some|in\s+some|if|unless|whether|hope|hopes|aims?\s+to)\b",
    re.I,
)

# The qualifiers and the conditional that may follow the promise in its sentence (Quirk et al.
# 1985, §15.33: a conditional clause after its matrix clause; Hyland's 2005 approximators of
# frequency and extent): "will ease back pain for some clients", "... if you use it nightly".
_HEDGED_AFTER = re.compile(
    r"\b(?:if|unless|for\s+(?:some|many|most)|in\s+(?:some|many|most)|sometimes|often|usually)\b",
    re.I,
)

# A fronted adverbial of time within the visit (Quirk et al. 1985, §8.51-8.55: "during",
# "in", "at", "before" and a noun phrase, then a comma): the session or treatment named there
# is when the care is given, not what promises it ("During your treatment, we will relieve any
# pain with local anaesthetic"); the subject after the comma must name the remedy.
_WHEN = re.compile(r"\s*(?:during|in|at|before|throughout)\b[^,]{0,60},", re.I)

# A risk, a harm or a chance as what is raised or lowered: the degree word is on the risk, not
# on a benefit ("dramatically reduces the risk of a stroke", "greatly eases the strain on").
_RISK = re.compile(
    r"\b(?:risks?|chances?|odds|likelihood|harms?|dangers?|side[- ]effects?|strain|burden|"
    r"costs?|waiting|queues?)\b",
    re.I,
)

# A gerund clause as the subject (Quirk et al. 1985, §17.54): the reader's own behaviour ("Eating
# well and sleeping more will lift your mood"), advice rather than a product's promise unless
# the provider's voice names what is taken ("Taking our capsules daily will ease ...").
_GERUND = re.compile(r"\s*[*_]*[A-Za-z]+ing\b", re.I)

# The provider's own voice: the exclusive "we" of a business (Quirk et al. 1985, §6.11).
_PROVIDER = re.compile(r"\b(?:our|we|us)\b", re.I)

# "Highly effective" as a predicate: a copula before it in its clause.
_COPULA = re.compile(r"\b(?:is|are|was|were|be|been|[’']s|[’']re)\b", re.I)

# The forms of `raised_effect` whose health target is inside the matched words.
_WITHIN = re.compile(r"\b(?:benefits|rejuvenation|regeneration|healing|transformation)\b", re.I)
_EFFECTIVE = re.compile(r"(?:highly|extremely) effective", re.I)
_RESULTS = re.compile(r"(?:benefits|results|effects|improvements?|difference)\b", re.I)


@cache
def _heads() -> re.Pattern[str]:
    lex = default_lexicon()
    return word_pattern(
        [*lex.get("hype.treatment_heads"), *lex.get("hype.event_heads"), *lex.get("hype.services")]
    )


@cache
def _treatment() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("hype.treatment_heads"))


@cache
def _functions() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("hype.function_targets"))


def raised_reading(
    text: str, claim: Claim, start: int, end: int, kind: str, sells: bool = False
) -> str | None:
    """Why a raised, certain or sole promise is no provider's promise about health, or None;
    "" for the other classes (their readings are elsewhere)."""
    if kind not in RAISED_KINDS:
        return ""
    if claim.sources or claim.attributions:
        return "sourced"
    if _HEDGED.search(text, claim.start, start) or _HEDGED_AFTER.search(text, end, claim.end):
        return "hedged"
    left, right = _clause(claim, start, end)
    term = text[start:end]
    if _GERUND.match(text, left, start) and not _PROVIDER.search(text, claim.start, claim.end):
        return "advice"  # "Combining exercise and a balanced diet will boost energy"
    after = phrase_after(text, claim, end, end)
    if _RISK.search(term) or _RISK.match(after.strip()) or _RISK.search(after[:40]):
        return "harm"
    if kind == "sole_remedy":
        # The remedy stands before "is the only way" or after "by", "with" or the copula.
        return _offered(text, claim, text[left:start] + " " + text[end:right], sells)
    if kind == "raised_effect" and _EFFECTIVE.fullmatch(term):
        if not _COPULA.search(text, left, start):
            return "not-a-predicate"  # "a highly effective way to save money"
        subject = text[left:start]
        if not (_health(text[left:right]) or _treatment().search(subject)):
            return "no-health-problem"  # "our new rota is highly effective"
        if not (sells or _PROVIDER.search(text, claim.start, claim.end)):
            # Predicated without the provider's voice, the degree adverb stays mild ("this
            # supplement is highly effective": GUIDELINE.md's mild wording, the rule's limits).
            return "not-the-provider"
        return _offered(text, claim, subject, sells)
    if kind == "certain_future" and _RESULTS.match(term):
        # "The benefits of our sauna will be evident": benefits and results of a treatment or
        # product are health's by construction; the remedy is inside the words.
        return _offered(text, claim, text[claim.start : end], sells)
    if not _health(term + " " + after):
        return "no-health-problem"
    if kind == "raised_effect" and _WITHIN.search(term):
        return _offered(text, claim, text[claim.start : start] + " " + text[end : claim.end], sells)
    if kind == "certain_future" and re.match(r"you\b", term, re.I):
        # "you won't have symptoms again": the remedy elsewhere in the sentence.
        return _offered(text, claim, text[claim.start : claim.end], sells)
    return _offered(text, claim, text[left:start], sells)


def _health(words: str) -> bool:
    """Whether `words` name a body target, a disease, a complaint or a body function."""
    lex = hype_lexicon()
    return (
        names_health(words)
        or _functions().search(words) is not None
        or lex.clinical_events.search(words) is not None
    )


@cache
def _allied() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("hype.allied_care"))


def _care(words: str) -> bool:
    lex = hype_lexicon()
    care = (lex.standard_care, lex.immunization, lex.drug_stems, _allied())
    return any(p.search(words) for p in care)


def _offered(text: str, claim: Claim, phrase: str, sells: bool) -> str | None:
    """None when `phrase` names what the provider offers: an alternative remedy or a practice,
    or a treatment, product or service head in the provider's voice; "clinical" for standard
    care, a vaccine or a drug; else "not-a-remedy"."""
    lex = hype_lexicon()
    if _care(phrase):
        return "clinical"
    if lex.alternative.search(phrase) or lex.mind_body.search(phrase):
        return None
    provider = sells or _PROVIDER.search(text, claim.start, claim.end) is not None
    if (when := _WHEN.match(phrase)) is not None:
        phrase = phrase[when.end() :]  # the head of a fronted "during your session," is no agent
    if provider and _heads().search(phrase):
        return None
    return "not-a-remedy"
