"""The wording the causal rule reads: which claims are described, the kinds of model study, and
the patterns for modals, help, efficacy, raising verbs, infinitives, conditions, nouns, study
arms, reported findings, clause breaks and references to a study. Separate from causal.py,
which reads a claim's sentence and its neighbours with them.
"""

from __future__ import annotations

import re

from linter.checks.hype_words import words

# How the message names each kind.
DESCRIBED = {
    "observational": "observational",
    "preliminary": "preliminary",
    "animal": "from animals",
    "in_vitro": "from cells in a lab",
}


# A claim scoped to its own model ("in mice ...") or study is no overreach for these kinds.
MODEL_KINDS = ("animal", "in_vitro")


_WORD = re.compile(r"[^\W\d_]{4,}")


# Modals before a cue that still state the cause as a fact; any other ("can", "may", "could",
# "can help") makes it a possibility, which this rule leaves alone.
_FACT_MODALS = ("", "will", "must")


_HELP = ("help", "helps", "helped", "helping")


# "is effective", "was beneficial", "works": the efficacy phrases that claim a cause.
_EFFICACY = re.compile(
    r"(?:is|are|was|were|be|been|being|proves?|proved|proven)\b.*\b(?:effective|efficacious|"
    r"beneficial|protective|curative)|works?\b",
    re.I,
)


# "found to reduce", "shown to prevent": an infinitive that carries the claim. After other
# words an infinitive states a purpose or an ability ("efforts to reduce", "able to lower").
_RAISING = words(
    "found shown proven proved known reported demonstrated seen observed thought believed said"
)


_INFINITIVE = re.compile(r"((?:\S+\s+){0,3})to\s+(?:(?:\w+\s+){1,3}(?:and|or)\s+)?$", re.I)


_CONDITION = re.compile(r"\b(?:if|unless|whether|once)\b[^,;:.!?]*$", re.I)


# Before a verb's -s form these make it a noun: "different causes", "the main effects".
_NOUN_BEFORE = re.compile(
    r"\b(?:different|various|several|many|main|common|possible|potential|other|known|major|"
    r"underlying|key|primary|leading|such|its|their|the|these|those|[a-z]+(?:ent|ous|ive|ible|"
    r"able|ary|ful))\s+$",
    re.I,
)


# The people of a study as the subject: the sentence reports what they did or showed.
_STUDY_ARM = re.compile(
    r"\b(?:(?:the|one|each|a|another|second|third|first|control|placebo|treatment|other)\s+"
    r"(?:\w+\s+)?(?:group|groups|arm|arms)|participants|subjects|volunteers)\b[^,;:]*$",
    re.I,
)


# A singular determiner and up to two words before a base form: a noun phrase.
_SINGULAR_BEFORE = re.compile(
    r"\b(?:a|an|this|its|his|her|every|each|another)\s+(?:[\w-]+\s+){0,2}$", re.I
)


_AUXILIARY_AFTER = re.compile(
    r"\s+(?:is|are|was|were|has|have|had|can|could|may|might|will|would|should|must)\b", re.I
)


_NOUN_AFTER = re.compile(r"\s*(?:such as|of|for|include|including|[,.;:])", re.I)


# "A 2018 study found that ...", "researchers reported that ...": the sentence gives its study's
# result; preliminary, animal or lab evidence in it is that result's scope.
_FINDING_WORKS = (
    r"\b(?:study|studies|trial|trials|research|researchers|scientists|team|review|analysis)\b"
)
_FINDING_VERBS = (
    r"\b(?:found|find|finds|showed|shows|show|shown|reported|reports|observed|"
    r"suggested|suggests|suggest|revealed|reveals|demonstrated|demonstrates|indicates|"
    r"indicate|indicated|confirms|confirmed)\b"
)
_REPORTS_FINDING = re.compile(rf"{_FINDING_WORKS}[^.;:]*{_FINDING_VERBS}", re.I)
# The same, ending at the first report verb after the work, not the last (causal_summary reads
# what stands before that verb: "should find out ... showed" is an aim).
FIRST_REPORT = re.compile(rf"{_FINDING_WORKS}[^.;:]*?{_FINDING_VERBS}", re.I)


# The same report with its researchers left out: the anticipatory "it" and a verb of Hyland's
# (2002, "Activity and evaluation") findings group in the perfect passive before a that-clause
# (Quirk et al. 1985, §18.33, extraposition): "it has been demonstrated that the vaccine
# alters immune cells". The sentence names what its claim rests on (unnamed: the finding is
# vague-attribution's), so the study another sentence describes is not borrowed as its
# evidence (issue 9, set K; the wild conventions' `borrowed-evidence`). Only with "that" right
# after the verb: "it has been shown in that cohort that ..." names the neighbour's study.
_OWN_FINDING = re.compile(
    rf"{_REPORTS_FINDING.pattern}|\bit\s+(?:has|have|had)\s+(?:(?:also|now|recently|since|"
    r"already)\s+)?been\s+(?:shown|demonstrated|established|found|reported|observed|proven|"
    r"proved|confirmed)\s+that\b",
    re.I,
)


# Where a sentence's clauses part: evidence in another clause must be about the same thing.
_CLAUSE_BREAK = re.compile(r"\b(?:but|however|although|though|while|whereas|yet)\b|[;:]", re.I)


_PASSIVE = re.compile(r"\s+by\b", re.I)
# A participle predicated of evidence by a copula ("the evidence for it is still limited",
# "the data were mixed"): the state of the evidence, not a cause of anything. The nouns are the
# head nouns of attribution.yaml's `evidence_nouns`; the copulas and the adverbs between them
# are Quirk et al. (1985) §16.21's current copulas and the time and degree adjuncts of §8.
_EVIDENCE_STATE_BEFORE = re.compile(
    r"(?i)\b(?:evidence|research|data|stud(?:y|ies)|trials?|literature|findings|proof|science)"
    r"\b[^,;:.!?]{0,100}?\b(?:is|are|was|were|remains?|remained|seems?|seemed|appears?)\s+"
    r"(?:(?:still|now|currently|so\s+far|very|rather|quite|fairly|relatively|somewhat|too)\s+)*$"
)


# A sentence that turns on the one before: a contrast, or a reference back to it.
_TURNS_ON = re.compile(
    r"\W*(?:however|but|yet|still|that said|although|though|this|these|that|those|such|"
    r"the (?:study|studies|trial|research|researchers|authors|team|findings?|results?|"
    r"scientists|effects?|data|evidence|claim|link))\b"
    # A reference back to the claim inside the sentence: "researchers observed this in ...".
    r"|\W*(?:\w+\s+){1,3}(?:observed|showed|found|saw|tested|reported)\s+(?:this|these|that)\s+"
    r"(?:(?:effect|finding|result|benefit)s?\s+)?(?:in|on|among|with)\b",
    re.I,
)


# A reference back to a study already named ("the study followed ...").
_STUDY_REFERENCE = re.compile(
    r"\b(?:the|this|that|their|its|the study's) (?:study|trial|research|researchers|authors|"
    r"investigators|team|scientists|analysis|survey|cohort|participants|patients|subjects)\b",
    re.I,
)


# A new study introduced: after it, "the study" is that one.
_NEW_STUDY = re.compile(
    r"\b(?:a|an|one|another|other|second|earlier|later|new|recent)\s+"
    r"(?:(?!of\b|the\b)\w+\s+){0,3}(?:study|studies|trial|trials|review|analysis)\b",
    re.I,
)


# "affects 301 million people", "strikes one in eight women": how many a condition reaches (its
# prevalence, a count of people as the object), not an effect of an exposure.
_PREVALENCE = re.compile(
    r"(?:affect|strike|afflict|touch)(?:s|ed|ing)?$",
    re.I,
)
_COUNT_AFTER = re.compile(
    r"\s+(?:(?:an?|some|about|around|approximately|roughly|nearly|almost|over|more\s+than|"
    r"up\s+to|at\s+least|as\s+many\s+as|estimated|the)\s+)*"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\b|"
    r"(?:hundreds|thousands|millions|billions|tens)\b|(?:half|a\s+third|a\s+quarter)\s+of\b)",
    re.I,
)


# "is a simple way to lower stress", "are the best means to prevent": a copular clause whose
# complement is a noun of FrameNet's Means frame (way, means, method, technique, approach) with
# the causal infinitive states that the subject brings the effect about: a claim, not a purpose.
_MEANS_TO = re.compile(
    r"\b(?:is|are|was|were|remains?)\s+(?:a|an|the|one|another)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:ways?|means|methods?|techniques?|approach(?:es)?)\s+to\s+$",
    re.I,
)


# A preposition before a cue's -s form and one word: a noun phrase ("with promising results in",
# "of the effects on"); a finite verb does not follow a preposition (Quirk et al. 1985, §9.1).
_PREPOSITION_BEFORE = re.compile(r"\b(?:with|without|of|from)\s+(?:[\w-]+\s+)?$", re.I)
