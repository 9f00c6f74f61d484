"""The readings of the hype classes composed for issue 14 (secrecy, certainty, quick fixes,
permanence, totality, absolute verbs, superlatives): when their wording is no claim of the
writer's. Separate from hype_reading.py, which reads the older classes.
"""

from __future__ import annotations

import re

from linter.checks.hype_comfort_words import COMFORT_KINDS
from linter.checks.hype_frame_words import FRAME_KINDS
from linter.checks.hype_intensified_words import BUILT_KINDS
from linter.checks.hype_promise import PROMISE_KINDS
from linter.checks.hype_reading import _clause, _sentence_flags, found_in
from linter.checks.hype_words import _QUESTION_START, COMPOSED_CLASSES, PRAISED_KINDS, hype_lexicon
from linter.claim import Claim

# Classes composed for issue 14 (secrecy, certainty, quick fixes, totality, absolute verbs) and
# the superlatives: no claim in a question, in what others say or promise, or about a study's
# result (composed_reading).
COMPOSED = (*COMPOSED_CLASSES, "superlative", "extreme", "scale")


# "Some people say ...", "these products promise ...": the wording is another's, which the
# writer reports (Hyland 2002's reporting verbs of argument and the promissory verbs of
# advertising), within the term's clause before it.
HEARSAY = re.compile(
    r"\b(?:(?:some|many|other)\s+(?:\w+\s+)?(?:people|sites|websites|companies|brands|sellers|"
    r"marketers|ads|adverts|advertisements|proponents|advocates|supporters|fans|influencers|"
    r"books|blogs|articles|authors)\s+"
    r"(?:\w+\s+)?(?:say|said|claim|claimed|believe|believed|think|thought|argue|insist|"
    r"swear)|promis(?:e|es|ed|ing)|claim(?:s|ed|ing)?|tout(?:s|ed|ing)?|advertis(?:e|es|ed|ing)|"
    r"market(?:s|ed|ing)?\s+as)\b",
    re.I,
)


def weighed_next(text: str, claim: Claim, following: tuple[Claim, ...]) -> bool:
    """What others claim ("Its fans claim it reverses diabetes"), weighed by the next sentence
    as weak evidence ("The evidence is more modest."): the writer reports the claim to correct
    it, as a rejection does (`rejected_next`)."""
    if not found_in(HEARSAY, text, claim.start, claim.end):  # once a sentence
        return False
    if _DOUBTED.search(text, claim.start, claim.end):
        return True  # "Any pill that claims guaranteed weight loss should be viewed with doubt."
    return any(_WEAK_EVIDENCE.match(text, c.start, c.end) is not None for c in following)


# The sentence's own verdict on the claim it reports: the reader told to meet it with doubt
# (FrameNet's Certainty frame: skepticism, doubt, suspicion; with caution) or to be wary of it
# (census class 1, set G: "Any product that claims effortless, guaranteed fat loss ... should
# be viewed with skepticism").
_DOUBTED = re.compile(
    r"\b(?:should|must|ought\s+to|to)\s+be\s+(?:viewed|treated|taken|regarded|approached|met|"
    r"read)\s+with\s+(?:\w+\s+)?(?:skepticism|scepticism|suspicion|doubt|caution)\b"
    r"|\bbe\s+(?:wary|suspicious|skeptical|sceptical)\s+of\b",
    re.I,
)


# An appraisal of the evidence as weak: the evidence nouns of rules/lexicon/attribution.yaml
# with the GRADE certainty levels (Balshem et al. 2011, J Clin Epidemiol 64:401: low, very low)
# and the adjectives of weak support (limited, modest, mixed, weak, thin, scant, lacking).
_WEAK_EVIDENCE = re.compile(
    r"\s*(?:but\s+)?(?:the|this|that|such)\s+(?:\w+\s+)?(?:evidence|research|science|data)\s+"
    r"(?:\w+\s+)?(?:is|are|was|were|remains?)\s+(?:(?:much|far|rather|more|very|still)\s+){0,2}"
    r"(?:modest|limited|weak|mixed|thin|scant|scarce|lacking|low|inconclusive|less clear|"
    r"unconvincing|patchy|sparse)\b",
    re.I,
)


# The reporting clause after what is reported: "..., some sellers claim." (HEARSAY after a
# comma, at the end of the sentence).
_HEARSAY_AFTER = re.compile(rf"[^.!?]*?,\s*(?:{HEARSAY.pattern})[^,;:]*$", re.I)


# A superlative that is sought, not claimed: the verbs of FrameNet's Seeking and Choosing
# frames right before it ("looking for the best remedy", "how to choose the safest").
_SOUGHT = re.compile(
    r"\b(?:search(?:es|ed|ing)?|look(?:s|ed|ing)?|hunt(?:s|ed|ing)?|seek(?:s|ing)?|sought|"
    r"choos(?:e|es|ing)|chose|pick(?:s|ed|ing)?|select(?:s|ed|ing)?|find(?:s|ing)?|advice on|"
    r"guide to|which is|what is|what's|want(?:s|ed)?|need(?:s|ed)?)\s+(?:for\s+|on\s+)?"
    r"(?:\w+\s+)?$",
    re.I,
)


# A study's result reported as found: "..., the trial found", "a study showed that", "studies
# confirm that" (Hyland 2002's research-act verbs of finding).
REPORTED_RESULT = re.compile(
    r"\b(?:found|find|finds|showed|shows|shown|reported|reports|revealed|demonstrated|observed|"
    r"confirm|confirms|confirmed)\b",
    re.I,
)


# "For certain", "for sure", "without doubt": certainty about a fact, which is hype only when
# what is certain is a health effect (a causal cue after it).
_EPISTEMIC = re.compile(r"\b(?:for certain|for sure|doubt)\b", re.I)


def composed_reading(text: str, claim: Claim, start: int, end: int, kind: str) -> str | None:
    """Why wording of a composed class is no claim of the writer's ("question", "hearsay",
    "clinical", "finding"), or None. A question that presupposes the claim ("Why is it the
    best medicine?") still makes it; a yes/no question asks."""
    lex = hype_lexicon()
    sentence = text[claim.start : claim.end]
    if sentence.rstrip().endswith("?") and (
        kind != "superlative" or _QUESTION_START.match(sentence)
    ):
        # "How do I get rid of it permanently?" asks; "Why is it the best medicine?" presupposes
        # a superlative (GUIDELINE.md counts that one), "Is it the safest remedy?" asks.
        return "question"
    left, right = _clause(claim, start, end)
    if HEARSAY.search(text, left, start):
        return "hearsay"  # "some people say garlic is the strongest natural antibiotic"
    if kind == "superlative" and _SOUGHT.search(text, max(left, start - 40), start):
        return "goal"  # "women searching for the best whey protein for weight loss"
    if _HEARSAY_AFTER.match(text, end, claim.end):
        return "hearsay"  # "it works every time, some sellers claim"
    if kind in _UNIVERSAL_KINDS and lex.qualifiers.search(text, left, right):
        return "qualified"  # "most herbs cause no harm at all": not everyone, not always
    if kind == "totality" and _governing_condition(text, left, start):
        return "condition"  # "whether acupuncture brings a reduction or elimination of pain"
    if kind == "harm_denial":
        if _CONDITION.search(text, left, start) or _CONDITION_AFTER.search(text, end, right):
            # "if it has no significant side effects, keep taking it"; "you won't experience
            # withdrawal if you taper the dose slowly" (overU)
            return "condition"
        after = text[end:right]
        if lex.standard_care.search(after) or lex.immunization.search(after):
            return "clinical"  # "there is no risk in taking antibiotics as prescribed"
    # PROMISE_KINDS read standard care in hype_promise.py, "proven_offer" in hype_valued.py,
    # BUILT_KINDS in hype_assured.py and hype_intensified.py, COMFORT_KINDS in hype_comfort.py
    # (the provider's own surgery is its promise: "our laser procedure dramatically reduces
    # scarring"), FRAME_KINDS in hype_frames.py (standard care after "unlike" is the rival).
    if (
        kind not in PROMISE_KINDS
        and kind not in ("proven_offer", *PRAISED_KINDS, *BUILT_KINDS, *COMFORT_KINDS, *FRAME_KINDS)
        and (
            lex.standard_care.search(text, left, start)
            or (kind == "superlative" and _ranks_care(text, end, right))
        )
    ):
        # "antibiotics are better than any home remedy for pneumonia", "the best treatment for
        # strep is antibiotics"
        return "clinical"
    cue = claim.strength.cue
    if (
        kind == "certainty"
        and _EPISTEMIC.search(text, start, end)
        and (cue is None or cue[0] < end)
    ):
        return "no-effect"  # "we know for sure that the virus spreads by droplets": no effect
    finding = _sentence_flags(sentence)[1] and REPORTED_RESULT.search(sentence) is not None
    study = _sentence_flags(sentence)[1]
    sourced = _FIGURE.search(sentence) is not None or claim.has_source
    figures = kind == "harm_denial" and study and sourced
    if kind in _FINDING_KINDS and (finding or figures):
        # "the drug works for everyone with the mutation, the trial found"; "the trial found no
        # significant side effects"
        return "finding"
    return None


# Classes that claim something for everyone or every case: a qualifier ("most", "usually")
# takes the "all" back.
_UNIVERSAL_KINDS = ("universal_safety", "universal_benefit", "always_best", "safe_for_all")


# A condition (Quirk et al. 1985, §15.33-15.35: if, unless, whether) sets a case, not a promise.
_CONDITION = re.compile(r"\b(?:if|unless|whether|in case)\b", re.I)

# The same condition after the claim (Quirk et al. 1985, §15.33-15.35), with the conditional
# "as long as" and "provided"; "even if" concedes and keeps it.
_CONDITION_AFTER = re.compile(r"(?<!even )\b(?:if|unless|as long as|provided|providing)\b", re.I)


def _governing_condition(text: str, left: int, start: int) -> bool:
    """Whether a condition opens the clause that holds the claim: a fronted conditional clause
    closes at its comma (Quirk et al. 1985, §15.34), and the main clause after it still
    promises ("If you suffer from back pain, our adjustments have helped thousands of people
    heal", review21o)."""
    conditions = list(_CONDITION.finditer(text, left, start))
    return bool(conditions) and "," not in text[conditions[-1].end() : start]


# A figure in a study's sentence, or its source: "In our study, 40 of 42 patients had it without
# any serious side effects", "[Studies](link) show ... without any adverse side effects" give a
# study's result (overU), as hype_promise.py's study results do.
_FIGURE = re.compile(r"\d")


# Classes whose wording is a study's result when the sentence reports one.
_FINDING_KINDS = (
    "totality",
    "quick_fix",
    "drug_equivalence",
    "substitution",
    "harm_denial",
    "universal_benefit",
    "always_best",
    "intensified_efficacy",
)


_COPULA_AFTER = re.compile(r"\s+(?:is|are|was|were|remains?)\s+(?:\w+\s+){0,2}?", re.I)


def _ranks_care(text: str, end: int, right: int) -> bool:
    """What the superlative ranks, named after it by a copula, is standard care."""
    copula = _COPULA_AFTER.search(text, end, right)
    if copula is None:
        return False
    return hype_lexicon().standard_care.match(text, copula.end()) is not None


# "The best way to balance blood sugars", "the safest way to slow ageing": the verb of a wellness
# claim to restore a body system, or the anti-ageing promise (rules/lexicon/hype.yaml
# `anti_aging`, here with "slow", which only the superlative makes a promise), is what the
# superlative ranks, whatever the way is (recall round O).
RESTORING_WAY = re.compile(
    r"\bways? to (?:naturally )?(?:(?:balance|rebalance|detox|detoxify|cleanse|reset|heal|"
    r"reverse|flush|unclog|supercharge)\b|(?:slow|stop|halt|turn back) (?:down )?(?:the )?"
    r"(?:signs of )?(?:ageing|aging)\b)",
    re.I,
)


# "The best way to heal your gut is to eat more fibre", "... is by cutting down on alcohol",
# "... is not to smoke", also past a parenthesis (", says our dietitian,"): the superlative is
# the subject and what it ranks is the reader's own behaviour (an infinitive, a gerund or a
# negation after the copula), advice as "the best way to prevent flu is a vaccine" is; the
# restoring way is a wellness claim when a remedy is ranked ("Cinnamon tea is the best way to
# balance your blood sugar", review17o).
_ADVISED_WAY = re.compile(
    r"(?:\s+(?!(?:and|but|or|it|which)\b)[\w'’-]+){0,4}?(?:\s*,[^,.;:!?]{1,60},)?"
    r"\s+(?:is|are|was|would be)\s+"
    r"(?:simply\s+|just\s+|still\s+|really\s+)?(?:to|by|through|not)\b",
    re.I,
)


def restoring_way(text: str, start: int, end: int, claim_end: int) -> bool:
    """Whether the superlative at text[start:end] ranks a way to restore a body system or to
    slow ageing (RESTORING_WAY) that is not the reader's advised behaviour (_ADVISED_WAY)."""
    way = RESTORING_WAY.search(text, start, min(claim_end, end + 40))
    if way is None:
        return False
    predicate = _AFTER_COPULA.search(text, max(0, start - 12), start) is not None
    return predicate or not _ADVISED_WAY.match(text, max(end, way.end()), claim_end)


# The superlative as the predicate ("Bone broth is the best way to ..."): a remedy is ranked.
_AFTER_COPULA = re.compile(r"\b(?:is|are|was|were|[’']s|[’']re)\s+$", re.I)
