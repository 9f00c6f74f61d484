"""How the causal rule reads one sentence: whether it states a cause in the writer's voice,
its cause and effect words, the clause that holds a cue, and the evidence wording it weighs.
Separate from causal.py, which weighs a claim against its sentence and its neighbours.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from linter.checks.causal_scarce import attributive_participle, conceded_scarce
from linter.checks.causal_stems import subject_words
from linter.checks.causal_words import (
    _AUXILIARY_AFTER,
    _CLAUSE_BREAK,
    _CONDITION,
    _COUNT_AFTER,
    _EFFICACY,
    _EVIDENCE_STATE_BEFORE,
    _FACT_MODALS,
    _HELP,
    _INFINITIVE,
    _MEANS_TO,
    _NOUN_AFTER,
    _NOUN_BEFORE,
    _PASSIVE,
    _PREPOSITION_BEFORE,
    _PREVALENCE,
    _RAISING,
    _SINGULAR_BEFORE,
    _STUDY_ARM,
)
from linter.checks.context_words import STRONG
from linter.claim import EVIDENCE_KINDS, Claim, Evidence
from linter.config.lexicon import default_lexicon, word_pattern


@cache
def _association_wording() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("evidence.association_wording"))


def _wording(evidence: Evidence) -> bool:
    """Whether the cue is wording of association ("is linked to"), not a study's design."""
    return _association_wording().fullmatch(evidence.text) is not None


@cache
def _study_scope() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("evidence.study_scope"))


# The conjuncts of result (Quirk et al. 1985, §8.137): a conclusion drawn from what comes before.
_RESULT_CONJUNCT = re.compile(
    r"\b(?:so|therefore|thus|hence|consequently|as a result|which means|meaning)\b", re.I
)


@cache
def _studies_setting() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("evidence.studies_setting"))


def _words_of(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def _weighed(evidence: Evidence) -> tuple[int, int]:
    """Evidence is weighed by kind (observational first), then by place."""
    return EVIDENCE_KINDS.index(evidence.kind), evidence.start


def asserts_cause(claim: Claim, text: str) -> bool:
    """Whether the sentence states a cause as a fact, in the writer's own voice."""
    reading = claim.strength
    if not reading.asserts_cause or reading.cue is None or claim.quotes_source:
        return False  # a quoted source's own words (documents/quotations.py): not the writer's
    start, end = reading.cue
    cue = text[start:end]
    if cue.lower().split()[-1] in ("a", "an", "the"):
        return False  # "make them a member": to become, not to cause
    if cue.lower().split()[0] in _HELP or reading.modal not in _FACT_MODALS:
        return False  # "helps lower", "can reduce", "may help": a possibility
    if not reading.form and not _EFFICACY.fullmatch(cue):
        return False  # a noun or an adjective: "side effects", "due to", "a key role"
    if _PREVALENCE.match(cue) and _COUNT_AFTER.match(text, end):
        return False  # "affects 301 million people": how many, not what causes it
    if text[end : end + 1] == "-" or claim.text.rstrip().endswith("?"):
        return False  # "double-blind"; a question
    before = text[claim.start : start]
    if _MEANS_TO.search(before):
        return not _CONDITION.search(before)  # "is a simple way to lower stress"
    infinitive = _INFINITIVE.search(before)
    if infinitive and not _RAISING & set(infinitive.group(1).lower().split()):
        return False  # "efforts to reduce", "looking to lose weight"; not "found X to be"
    if _CONDITION.search(before):
        return False  # "if the immune system is stimulated"
    if _STUDY_ARM.search(before):
        return False  # "one group did reduce its calorie count": what a study's arm did
    # "different causes are ...", "brain benefits such as ...": a noun.
    if reading.form == "base" and _SINGULAR_BEFORE.search(before):
        return False  # "a stronger antibacterial impact": no verb agrees with "a"
    if reading.form == "third" and _PREPOSITION_BEFORE.search(before):
        return False  # "with promising results in areas such as": a noun after a preposition
    if reading.form == "base" and (
        _FOUND_BEFORE.search(before) or _THE_ADJECTIVE_BEFORE.search(before)
    ):
        return False  # "a study found lower rates", "the abnormal slow waves": an adjective
    if _FREE_CHOICE_BEFORE.search(before):
        return False  # "any therapy that resulted in": a hypothetical member of a set
    if reading.form in ("base", "third") and _AUXILIARY_AFTER.match(text, end):
        return False  # "tissue damage was seen": a verb is not followed by an auxiliary
    if reading.form == "past" and not _words_of(before):
        return False  # "Elevated levels were found": a past verb needs a subject before it
    if reading.form == "past" and _EVIDENCE_STATE_BEFORE.search(before):
        return False  # "the evidence for it is still limited": the evidence's state, no cause
    if attributive_participle(text, end, reading.form) or conceded_scarce(text, claim, start, end):
        return False  # "limited evidence", "few studies showing that X prevents Y" (precZ)
    if reading.form == "past" and _FINDING_VERB_BEFORE.search(before):
        return False  # "users reported reduced anxiety": a participle on the verb's object
    if _participants_report(text, claim.start, start):
        return False  # "most patients said that ginger eases their pain": their report
    return not (
        reading.form == "third" and (_NOUN_BEFORE.search(before) or _NOUN_AFTER.match(text, end))
    )


def sides(claim: Claim, text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The subject words of the claim's cause and of its effect (split at its cue)."""
    start, end = claim.strength.cue or (claim.start, claim.start)
    cause = subject_words(text[claim.start : start])
    effect = subject_words(text[end : claim.end])
    if _PASSIVE.match(text, end) or text[start:end].lower().endswith(" by"):
        cause, effect = effect, cause  # "strep throat is caused by bacteria"
    return cause, effect


# An adjective by its derivational suffix (Quirk et al. 1985, Appendix I.40-I.44: -al, -ic,
# -ous, -ive, -ent, -ant, -ful, -less, -able, -ible, -ary), one word before the cue.
_ADJECTIVE = r"(?:[a-z]{3,}(?:al|ic|ous|ive|ent|ant|ful|less|able|ible|ary)\s+)"
_FOUND_BEFORE = re.compile(
    r"\b(?:found|find|finds|showed|shows|show|saw|see|sees|reported|reports|observed|revealed|had)"
    rf"\s+{_ADJECTIVE}?$",
    re.I,
)
# "the abnormal slow waves": "the" and an adjective open a noun phrase, so a base form after
# them is another premodifier (Quirk et al. 1985, §17.2-17.4), not a verb; "the drugs slow
# progression" keeps its verb (a plural noun, no adjective, stands between).
_THE_ADJECTIVE_BEFORE = re.compile(rf"\bthe\s+{_ADJECTIVE}$", re.I)
# "any therapy that resulted in a change of 20% would be meaningful": a relative clause on a
# free-choice "any" (Quirk et al. 1985, §6.62; Huddleston & Pullum 2002, 5.7.4) describes
# whatever member would meet it, a hypothetical, as "if a therapy resulted in" does.
_FREE_CHOICE_BEFORE = re.compile(r"\bany\s+(?:[\w-]+\s+){0,3}(?:that|which|who)\s+$", re.I)


# A finite verb of finding or reporting right before a past form: two finite verbs do not
# follow each other without a conjunction (Quirk et al. 1985, §3.9), so the past form is a
# participle premodifying the object ("showed improved memory", "reported reduced pain").
# "had" is left out: "had reduced" is a past perfect.
_FINDING_VERB_BEFORE = re.compile(
    r"\b(?:found|finds|showed|shows|saw|reported|reports|observed|revealed|noted|noticed|"
    r"experienced|described|demonstrated)\s+$",
    re.I,
)


# The end of a reported clause: punctuation, or a coordinating conjunction or a contrast
# (Quirk et al. 1985, §13.1-13.5) opening a clause of the writer's, or a subordinator of reason
# (§14.12, "because", "since", "as"): "people feel calmer since magnesium reduces stress"
# gives the writer's reason for what they feel.
_REPORT_ENDS = re.compile(
    r"[,;:]|\b(?:and|or|so|but|yet|however|although|though|while|because|since|as)\b", re.I
)


@cache
def _participant_report() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("evidence.participant_report"))


@cache
def _research_agents() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("evidence.research_agents"))


def _participants_report(text: str, start: int, cue: int) -> bool:
    """Whether the cue stands in what a study's participants said or felt ("users of the app
    report that it improves their sleep"): their experience, not the writer's claim. The
    report must hold the cue in its clause, and no researcher or expert be its speaker
    ("researchers who surveyed patients reported that ..." states a finding). A comma or a
    coordinator ends the report: "people reported fewer flare-ups, so turmeric prevents
    flares" goes on in the writer's voice."""
    for m in _participant_report().finditer(text, start, cue):
        if _REPORT_ENDS.search(text, m.end(), cue) is None:
            return _research_agents().search(text, start, m.end()) is None
    return False


_BACK_TO_STUDY = re.compile(
    r"\b(?:that|this|the|their|its|these|those)\s+(?:experiments?|stud(?:y|ies)|trials?|work)\b",
    re.I,
)


def opens_on_studies(claim: Claim, text: str, cue_start: int) -> bool:
    """Whether a sentence opens on the studies whose result it gives: the study named before
    ("In that experiment, cinnamon prevented weight gain"), or its studies as a bare plural
    ("In animal studies, vitamin K2 reduced calcification"). Read with a past-tense cue."""
    if _BACK_TO_STUDY.search(text, claim.start, cue_start) is not None:
        return True
    # Not when the sentence draws a conclusion from them ("..., so it prevents strokes").
    conclusion = _RESULT_CONJUNCT.search(text, cue_start, claim.end)
    return conclusion is None and _studies_setting().search(claim.text) is not None


def _cause_side(other: Claim, text: str) -> frozenset[str]:
    """The subject words of what another sentence says acts: before its causal cue, or the whole
    sentence when it has none ("mice fed cinnamon gained less weight")."""
    cue = other.strength.cue
    end = cue[0] if cue else other.end
    return subject_words(text[other.start : end])


def _other_clause(text: str, evidence: Evidence, start: int, end: int) -> bool:
    """Whether a clause break stands between the evidence cue and the claim's cue."""
    left, right = sorted((evidence.end, start)) if evidence.end <= start else (end, evidence.start)
    return left < right and _CLAUSE_BREAK.search(text, left, right) is not None


def _clause_of(text: str, claim: Claim, at: int) -> str:
    """The clause of the sentence that holds the character at `at`."""
    left, right = claim.start, claim.end
    for m in _CLAUSE_BREAK.finditer(text, claim.start, claim.end):
        if m.end() <= at:
            left = m.end()
        elif m.start() > at:
            right = m.start()
            break
    return text[left:right]


# A trial that is not there: negated, wished for or still to come ("no randomised trial has
# tested it", "until placebo-controlled trials are done", "a randomised trial is needed";
# Quirk et al. 1985, §10.54-10.64 on negation and non-assertive contexts).
# "Few" and "little" are negative determiners (§10.63: "there are few randomised trials");
# "upcoming", "future" and "proposed" trials are not done yet. A trial that was done but
# found no effect carries no cause either: "randomised trials found no benefit", "have
# failed to confirm it", "did not", and one still to come, "will test it".
_NO_TRIAL_BEFORE = re.compile(
    r"\b(?:no|not|never|nor|without|lacks?|lacking|absence|until|unless|before|if|would|"
    r"should|needs?|needed|few|little|upcoming|future|proposed)\b[^.;:,]*$",
    re.I,
)
_NO_TRIAL_AFTER = re.compile(
    r"^[^.;:,]*\b(?:needed|lacking|required|missing|planned|ongoing|underway|under way|"
    r"(?:has|have|had) (?:not|yet|never)|(?:is|are|was|were|did|do|does) not|didn't|"
    r"failed|fails?|will|would|(?:found|showed|shown|saw|reported) (?:no|little)|"
    r"no (?:benefit|effect|difference))\b",
    re.I,
)


def _trial_reported(text: str, trial: re.Match[str]) -> bool:
    """Whether a sentence's randomised or controlled trial is one that was done."""
    before, after = text[: trial.start()], text[trial.end() :]
    return _NO_TRIAL_BEFORE.search(before) is None and _NO_TRIAL_AFTER.search(after) is None


# The preliminary cues that say the evidence is not from people ("has not been tested in
# humans", rules/lexicon/evidence.yaml) speak of the model, as animal and cell work do.
_NOT_IN_PEOPLE = re.compile(r"\b(?:humans|people)\b", re.I)
_MODELS = ("animal", "in_vitro")


def beside_a_trial(
    claim: Claim, undercutting: Callable[[Claim], Evidence | None]
) -> Callable[[Claim], Evidence | None]:
    """How other sentences weigh on a claim whose own sentence names a randomised or controlled
    trial or a review of trials (MeSH publication types, context_words.STRONG): that design
    carries a cause, so what other sentences say of observational or small studies is other
    evidence or the trial's size; only a model other than people (mice, cells) undercuts it."""
    if not any(_trial_reported(claim.text, m) for m in STRONG.finditer(claim.text)):
        return undercutting

    def of_models(other: Claim) -> Evidence | None:
        kept = tuple(
            e for e in other.evidence if e.kind in _MODELS or _NOT_IN_PEOPLE.search(e.text)
        )
        return undercutting(replace(other, evidence=kept)) if kept else None

    return of_models
