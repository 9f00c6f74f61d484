"""An appeal to unnamed evidence that its own sentence concedes: the evidence it cites is
appraised there as weak or as never tested ("Although some trials reported that X works, their
quality was poor"; "anecdotal reports suggest X, but no clinical trials have been done"). The
writer mentions the evidence to set it aside, as the annotators read it (census of pooled false
alarms, censusP: 2 sites). So is one that the next sentence disputes ("Doctors tell you it is
just age. But what if they are wrong?": census class 1 of sets X, Z and G)."""

from __future__ import annotations

import re
from functools import cache

from linter.claim import Attribution, Claim
from linter.config.lexicon import alternation, default_lexicon

# The appraisal of the evidence just cited as weak: its quality or size judged by GRADE's
# certainty wording (Balshem et al. 2011, J Clin Epidemiol 64:401-406: low, very low; the
# risk-of-bias and imprecision domains: flawed, small), said of the same studies ("those",
# "these", "such", "their"); or the studies a claim would need said never to have been done
# (GRADE's "no evidence", the absence of trials). "More research is needed" is a hedge on the
# claim, not an appraisal of the evidence, and is left out.
_WEAK_APPRAISAL = re.compile(
    r"(?i)\b(?:(?:the|their) (?:quality|size|design|methods?|rigou?r) of (?:those|these|the|"
    r"such) (?:stud(?:y|ies)|trials?|reports?|papers?|data)|(?:those|these|such) (?:stud(?:y|ies)|"
    r"trials?|reports?|papers?))(?: [\w/-]+){0,4} (?:(?:was|were|is|are)(?: \w+){0,3} )?"
    r"(?:poor|low|very low|weak|small|flawed|questionable|unreliable|biased)\b"
    r"|\bno (?:\w+ ){0,2}(?:stud(?:y|ies)|trials?|research) (?:has|have) (?:yet |so far |ever )?"
    r"been (?:done|conducted|carried out|performed|published|undertaken)\b"
)
# Where the concession is made: a subordinate clause of concession (the subordinators of
# rules/lexicon/attribution.yaml, Quirk et al. 1985, §15.39) that holds the appeal, or a
# coordinated "but" after it (§13.28, contrast).
_BUT = re.compile(r"\bbut\b", re.I)


@cache
def _concessive_opening() -> re.Pattern[str]:
    subordinators = alternation(default_lexicon().get("attribution.concessive_subordinators"))
    return re.compile(rf"\W*{subordinators}\b", re.I)


# A view held by some people, not by an authority: the partitive pronoun "some" (or "some
# people") as the holder (Quirk et al. 1985, §6.59-6.62: "some" as a pronoun, contrasted with
# "others", §6.57). In a clause of concession it is the view the writer concedes and sets
# against the main clause ("While some argue that X is harmless, others point to the risks"),
# reported to be set aside, as the debunked views of sets G and M were; "some experts" and
# "some studies" name an authority or evidence and stay appeals.
_SOME_HOLDER = re.compile(r"(?i)(?:some|a few)(?: people)? [a-z]+")
# The same popular view with no holder named: an agentless passive of a verb of categorising,
# believing or praising (FrameNet's Categorization and Opinion frames: consider, regard, see,
# view, believe, think; tout, hail, praise, bill, market, promote), answered in the main clause
# by a negator (Quirk et al. 1985, §10.54-10.64: not, no, never, neither, nor): "While whole milk
# is often touted as crucial for toddlers, it is neither necessary nor healthy" (precU, set U).
_POPULAR_VIEW = re.compile(
    r"(?i)\b(?:considered|regarded|seen|viewed|believed|thought|touted|hailed|praised|billed|"
    r"marketed|promoted)\b"
)

# The main clause denies the view itself: its subject is the pronoun of the thing the view was
# about ("it", "they", "this", existential "there") and its finite primary verb is negated
# (Quirk et al. 1985, §10.54-10.64: "..., it is neither necessary nor healthy", "they don't
# remove any toxins", "there is no reason to take it", "they never burn fat"). A negator
# elsewhere qualifies the view without denying it ("..., you don't need a supplement if ...",
# "it should not be drunk at night"), and a negated universal ("it does not work for
# everyone", §10.64: "not all" denies only the "all") concedes part of it: the appeal stays
# (review23p).
_DENIAL = re.compile(
    r"(?i),\s*(?:it|they|this|that|these|those|there)\s+(?:never\b|"
    r"(?:is|are|was|were|does|do|did|has|have|had)(?:\s+(?:not|never|neither|no)\b|n['’]t\b))"
    r"(?![^.;]*\b(?:every(?:one|body|thing)?|all|always)\b)"
)


@cache
def _evidence_words() -> re.Pattern[str]:
    """The evidence nouns of rules/lexicon/attribution.yaml, and evidence, data and proof: a
    main clause that holds one answers the conceded view with an appeal of its own ("while some
    argue X, the evidence shows Y"), and the sentence stays one."""
    lexicon = default_lexicon()
    nouns = [*lexicon.get("attribution.evidence_nouns"), "evidence", "data", "proof"]
    return re.compile(rf"(?i)(?<![\w-]){alternation(nouns)}(?![\w-])")


def _conceded_view(attribution: Attribution, text: str, at: int) -> bool:
    """Whether the appeal is some people's view, or a popular view with no holder that the main
    clause denies, in a concessive clause that opens the sentence, answered in the main clause
    after its comma by no appeal to evidence."""
    if not _concessive_opening().match(text):
        return False
    comma = text.find(",", at + len(attribution.text))
    if comma < 0 or _evidence_words().search(text, comma):
        return False
    if _SOME_HOLDER.fullmatch(attribution.text):
        return True
    popular = attribution.kind == "agentless" and _POPULAR_VIEW.search(attribution.text)
    # The main clause opens at a later comma when the concessive clause lists or explains
    # ("While milk is touted as crucial because it provides fat, protein and calcium, it is
    # neither necessary nor healthy"): try each comma of the sentence after the appeal.
    end = min((j for j in (text.find(s, comma) for s in ".!?;") if j >= 0), default=len(text))
    commas = (i for i in range(comma, end) if text[i] == ",")
    return bool(popular and any(_DENIAL.match(text, i) for i in commas))


def conceded(attribution: Attribution, claim: Claim) -> bool:
    """Whether the sentence holding the appeal appraises its evidence as weak or untested,
    with the appeal in a concessive clause before the appraisal or before a "but"; or the appeal
    is some people's view that a concessive clause sets against the main clause."""
    text, at = claim.text, attribution.start - claim.start
    if _conceded_view(attribution, text, at):
        return True
    appraisal = _WEAK_APPRAISAL.search(text, max(0, at))
    if appraisal is None:
        return False
    between = text[at : appraisal.start()]
    if _concessive_opening().match(text) and "," in between:
        return True
    return bool(_BUT.search(between))


# The next sentence's verdict on the view just reported: it opens on a contrast (Quirk et al.
# 1985, §8.137: but, however, yet) and judges that view false, as a predicate (FrameNet's
# Correctness frame: wrong, mistaken, incorrect, untrue, false, with the evaluative misguided,
# misleading, outdated) or in a challenging "what if ... wrong" question, or says that no
# evidence bears it out (GRADE's "no evidence"). The view is judged only through a word that
# refers back to it or its holders (Quirk et al. 1985, §6.45: a personal or demonstrative
# pronoun, or a demonstrative before a noun: "they", "that advice"): "But the critics are
# wrong" or "no evidence that vitamin C does" judges someone or something else. "But false
# alarms are common" judges nothing.
_BACK = r"(?:they|it|he|she|this|that|these|those|such)"
_DISPUTED = re.compile(
    rf"(?i)^\W*(?:but|however|yet)\b(?=.*(?:\b{_BACK}(?: \w+){{0,2}} (?:is|are|was|were|be|"
    r"been)(?: \w+)? (?:wrong|mistaken|incorrect|untrue|false|misguided|misleading|outdated|"
    rf"not (?:true|correct|right))\b|\bwhat if {_BACK}\b.*\bwrong\b|\bno (?:real |good |"
    rf"solid )?(?:evidence|proof)(?: (?:for|of|behind|to support|to back up|that) {_BACK}\b.*)?"
    r"\W*$))"
)


def disputed(attribution: Attribution, next_claim: Claim | None) -> bool:
    """Whether the sentence after an appeal disputes the view it reports."""
    if next_claim is None or attribution.reference != "new":
        return False
    return bool(_DISPUTED.match(next_claim.text))


# What may follow a closing reporting clause before its sentence ends: punctuation, a closing
# quotation mark or bracket.
_SENTENCE_END = re.compile(r"[\s.!?;:)\]\"”’']*")


def closing_report(attribution: Attribution, claim: Claim) -> bool:
    """Whether the appeal is the reporting clause that closes its sentence after a comma
    ("..., a new study found."): the comment clause governs the whole sentence before it
    (Quirk et al. 1985, §15.53-15.54), so a "supposed" or "so-called" inside that sentence
    cannot reach over it. Only an appeal with a subject is such a clause: an agentless one after
    a comma ("market the pills as safe, clinically proven") is still inside the marketing verb's
    object, and the maker's words stay the maker's."""
    if attribution.kind == "agentless":
        return False
    at, end = attribution.start - claim.start, attribution.end - claim.start
    return claim.text[:at].rstrip().endswith(",") and bool(_SENTENCE_END.fullmatch(claim.text, end))
