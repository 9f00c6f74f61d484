"""Appeals to evidence that no reporting verb carries (issue 14, set O): evidence graded as a
thing a remedy has ("yoga has modest evidence for hot flushes", "a remedy with strong evidence
behind it"), the same noun phrase standing alone as a list item, a table cell or a note
("Strong evidence for sleep problems.", "- Good evidence base", "Moderate evidence in trials.")
and the body of evidence graded by a copula ("the evidence for mindfulness is still emerging",
"the research is growing"). vague_patterns.py appends these to the agentless patterns; each
keeps their guards (negation, condition, question); evidence graded in a charge or an inquiry
("the police have strong evidence that") is a case's (`graded_case`). Also the lead-in on a
colon ("The research shows:"), which attribution_vague.py lets stand without a clause after.
"""

from __future__ import annotations

import re
from functools import cache

from linter.config.lexicon import alternation, default_lexicon, word_pattern

# Where note style may drop a subject and its verb (vague_elided._START): the start of the
# passage, of a line, of a sentence, after a label's colon or a list marker.
_START = r"(?:^|(?<=\n)|(?<=[.!?:]\s)|(?<=^[*+-]\s))"

# What graded evidence is evidence for: a purpose or a content clause, a supporting participle,
# or nothing after it (a cell or a fragment ending there). "Strong evidence against him" and
# "good evidence of wear" are left out: a charge or a thing's state, not a remedy's effect.
_FOR = (
    r"(?= (?:for|that|behind|supporting|in (?:favou?r|support) of|to (?:support|suggest|show))\b)"
)
_COMPLEMENT = rf"(?:{_FOR}|(?=\s*(?:[.;!]|$)))"
# "Evidence" and the other mass nouns of a body of evidence (a subset of attribution.yaml
# `evidence_nouns`, which a grade premodifies as an amount, Quirk et al. 1985, §5.3).
# "Research", "data" and "science" name work as well as its support: "good data for Tuesdays",
# "some research for this article" are for a purpose or a user (Quirk et al. 1985, §9.42, the
# "for" of purpose and recipient), so with them only a complement of support counts.
_SUPPORT = r"(?= (?:behind|supporting|in (?:favou?r|support) of|to (?:support|suggest|show))\b)"
_WORK = r"(?:research|data|science)"


@cache
def grades() -> str:
    """attribution.yaml `evidence_grades`: the GRADE certainty levels above low (Guyatt et al.
    2008) and the boosters and hedges that grade an amount of evidence (Hyland 2005)."""
    return alternation(default_lexicon().get("attribution.evidence_grades"))


@cache
def research_grades() -> str:
    """attribution.yaml `research_grades`: the grades that say research, data or science
    support a claim when a copula predicates them (a subset of `evidence_grades`)."""
    return alternation(default_lexicon().get("attribution.research_grades"))


# What the body of evidence is about, and the copula with its adverbs, before a grade.
_ABOUT = r"(?: (?:for|on|behind|about) [^.;:!?\n]{1,80}?)?"
_IS = (
    r"(?:is|are|remains|has been)(?: (?:still|now|increasingly|very|quite|fairly|becoming|"
    r"getting|already))*?"
)


def _graded() -> str:
    grade = rf"(?:{grades()})(?:[- ](?:quality|certainty|level|grade))?"
    # "moderate or strong", "moderate to high": two grades coordinated (Quirk et al. 1985,
    # §13.60); the second may be any adjective, the first must be a grade.
    return rf"(?P<amount>{grade}(?:,? (?:or|and|to) [a-z-]+)?)"


def graded_patterns() -> tuple[str, ...]:
    """The patterns, in the order of GRADED_GUARDS."""
    graded = _graded()
    kinds = r"(?:(?:scientific|clinical|research|trial|human|medical) )?"
    return (
        # "Yoga has modest evidence for hot flushes", "CBT-I and hypnotherapy have the best
        # evidence for", "a remedy with strong evidence behind it": evidence as a thing its
        # subject possesses (Quirk et al. 1985, §10.7: "have" of possession with an abstract
        # object), graded, for an effect. "The police have evidence" has no grade.
        rf"(?P<graded>)\b(?:has|have|had|having|with)(?: (?:the|a|an|some))? {graded}"
        rf" {kinds}(?:evidence(?: base)?{_COMPLEMENT}|{_WORK}{_SUPPORT})",
        # "Strong evidence for sleep problems.", "- Good evidence base", "Moderate or strong
        # evidence in trials.": the same noun phrase as a verbless note, list item or cell
        # (block language, Quirk et al. 1985, §11.44), opening its line or sentence.
        # Only "evidence" may close the note: "Emerging Research", "Early data" head a topic.
        rf"(?P<graded>){_START}{graded} {kinds}(?:evidence(?: base)?(?= in (?:trials|studies)\b"
        rf"|{_COMPLEMENT})|{_WORK}{_SUPPORT})",
        # "The evidence for mindfulness helping sleep is still emerging", "the research is
        # growing": the definite body of evidence, with no study named, graded by a copula.
        # "The evidence is not strong" denies (no "not" between); "the evidence against him is
        # strong" is a charge.
        # "The data are good for 2024 only", "the science is real": a grade of quality said of
        # research, data or science describes the work (`research_grades` the ones that do not).
        # "The certainty of the evidence is moderate" (a GRADE rating) grades no evidence: only
        # the subject's own "the", not one after "of", opens it.
        rf"(?P<graded>)(?<!\bof )\bthe (?:evidence{_ABOUT} {_IS} (?P<amount>{grades()})"
        rf"|{_WORK}{_ABOUT} {_IS} (?:{research_grades()}))\b",
    )


# For each pattern, words one of which its match must hold (as AGENTLESS_GUARDS).
GRADED_GUARDS: tuple[tuple[str, ...] | None, ...] = (
    ("evidence", "research", "data", "science"),
    ("evidence", "research", "data", "science"),
    ("the evidence", "the research", "the data", "the science"),
)


@cache
def _legal() -> re.Pattern[str]:
    words = alternation(default_lexicon().get("attribution.legal_frames"))
    return re.compile(rf"(?i)(?<![\w-])(?:{words})(?![\w-])")


def graded_case(text: str, m: re.Match[str]) -> bool:
    """Whether a graded form's sentence is set in a charge or an inquiry ("the police have
    strong evidence that he lied"; attribution.yaml `legal_frames`): a case's evidence, no
    appeal for a health claim; or whether its clause concedes it. Each graded pattern opens on
    an empty group named "graded"."""
    if m.re.groupindex.get("graded") is None or m.group("graded") is None:
        return False
    start, end = _sentence(text, m.start(), m.end())
    return bool(_legal().search(text, start, end) or _conceded().search(text, start, m.start()))


# How far a sentence is looked for on each side of a match: a search to the passage's ends
# for every match is quadratic on a long unpunctuated block (a 1 MB paragraph of
# "Yoga has good evidence for pain and ..."), and no sentence is this long.
_REACH = 1000


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence or line around text[start:end], within _REACH each side."""
    low, high = max(0, start - _REACH), min(len(text), end + _REACH)
    first = max(max(text.rfind(stop, low, start) for stop in ".!?\n") + 1, low)
    ends = (text.find(stop, end, high) for stop in ".!?\n")
    return first, min((i for i in ends if i >= 0), default=high)


@cache
def _health() -> re.Pattern[str]:
    lex = default_lexicon()
    classes = ("health_words", "conditions", "substances", "body", "outcome_measures")
    words = [w for c in classes for w in lex.get(f"figures.{c}")]
    words += [*lex.get("figures.drug_stems"), *lex.get("hype.health_heads")]
    return word_pattern([*words, *lex.get("hype.standard_care")])


def comparison_off_topic(text: str, m: re.Match[str]) -> bool:
    """Whether an appeal's subject is comparisons ("head-to-head comparisons show") in a
    sentence that names no health: comparisons of treatments appeal to reviews (Cochrane
    Handbook ch. 11), but "comparisons of the two phones" or "of mortgage deals" compare
    goods. Health is named as the hype topic test names it (hype_topic.py): figures.yaml's
    health words, conditions, substances, body, outcome measures and drug stems; hype.yaml's
    health heads (treatments, drugs, remedies) and standard care."""
    if "comparison" not in m.group("subject").lower():
        return False
    return not _health().search(text, *_sentence(text, m.start(), m.end()))


@cache
def _superlative_note() -> re.Pattern[str]:
    """The research superlative as a note (vague_elided.py: "Most-studied herbal remedy.")."""
    participles = alternation(default_lexicon().get("attribution.research_participles"))
    return re.compile(rf"(?i)(?:the )?(?:most|best)[- ](?:{participles}|documented)\b")


def superlative_off_topic(text: str, m: re.Match[str]) -> bool:
    """Whether a research superlative standing as a note ("Most-studied probiotic for ...")
    names no health in its sentence: "Most researched topics" heads a blog's list of its most
    read posts, "Most studied languages in Europe" a school's; as for comparisons, the
    superlative is an appeal to research on a remedy only where the sentence names health."""
    if not _superlative_note().match(m.group(0)):
        return False
    return not _health().search(text, *_sentence(text, m.start(), m.end()))


_HAVING = re.compile(r"(?i)(?:has|have|had|having|with)\b")


@cache
def _work_before() -> re.Pattern[str]:
    studies = alternation(default_lexicon().get("attribution.study_nouns"))
    return re.compile(rf"(?i)\b(?:(?:{studies})(?: authors)?|authors|researchers)\s+$")


def work_owns(text: str, m: re.Match[str]) -> bool:
    """Whether the graded evidence a subject has is a study's or its authors' own ("This review
    has moderate evidence for exercise", "the review authors had some evidence for"): a
    Cochrane summary reporting its own result, the work named by its subject (a CITE's
    matter, sources.py's), not an appeal to unnamed evidence."""
    if "graded" not in m.re.groupindex or not _HAVING.match(m.group(0)):
        return False  # only the "has"/"with" pattern has a subject
    return bool(_work_before().search(text, max(0, m.start() - 40), m.start()))


# What a graded or superlative form's sentence must not be, besides AGENTLESS_UNFIT.
GRADED_UNFIT = (graded_case, superlative_off_topic, work_owns)


# A clause of concession around the grade ("Massage eases tension, though the evidence for
# back pain is mixed"): the sentence concedes the evidence, as GUIDELINE.md's conceded appeals
# (Quirk et al. 1985, §15.19: the concessive subordinators).
@cache
def _conceded() -> re.Pattern[str]:
    subordinators = alternation(default_lexicon().get("attribution.concessive_subordinators"))
    return re.compile(rf"(?i)(?:^|[,;(]\s*|\s)(?:{subordinators})\b[^,;:()]*$")


# A question word or an auxiliary before an appeal's subject: a topic ("what the research says
# about fasting") or a question ("does research show ...?"), as GUIDELINE.md reads them.
_WH_BEFORE = re.compile(
    r"(?i)\b(?:what|how|whether|if|unless|until|does|do|did|can|could|will|would|should)\s+$"
)
# A colon right after the verb: the lead-in of a list or a clause that states what the
# evidence shows ("The research shows:", "Here is what studies suggest: ..."), as a colon
# announces a verb's object (Quirk et al. 1985, appendix III.19, the colon of apposition and
# enumeration; §18.29, a wh-cleft whose focus follows). "What the research says about
# fasting" (a topic) and a bare heading ("Studies Show") have none. A durative adjunct may
# stand between the verb and its colon ("what many providers have known for years: ...",
# "what smaller trials have shown for years: ..."; vagueK): Quirk et al. 1985, §8.56.
_LEAD_IN = re.compile(
    r"(?:\s+for (?:years|decades|generations|centuries|ages|a long time|some time))?\s*:"
)


def lead_in(text: str, end: int) -> bool:
    """Whether an appeal's verb, ending at `end`, leads in with a colon."""
    return bool(_LEAD_IN.match(text, end))


# "This isn't what the science says.", "That is exactly what the research shows.": the
# wh-clause as the predicate of a copula whose subject points to the writer's claim (Quirk et
# al. 1985, §15.8, nominal relative clauses as subject complement), closing its sentence: the
# claim is set against or beside what the evidence says, an appeal and no topic.
_PREDICATE_WHAT = re.compile(
    r"(?i)\b(?:this|that|it|which)(?:['’]s| is| isn['’]t| is not| was| wasn['’]t| was not)"
    r"(?: not| exactly| precisely| just| also)? what\s+$"
)
_CLOSES = re.compile(r"\s*(?:too|as well|either)?\s*(?:[.!]|$)")


def wh_topic(before: str, text: str, end: int, with_verb: bool) -> bool:
    """Whether a question word or an auxiliary before the subject makes the appeal a topic or a
    question, unless its verb leads in on a colon ("Here is what the research shows: ...") or
    the wh-clause closes its sentence as a copula's predicate ("This isn't what science says.")."""
    if with_verb and _PREDICATE_WHAT.search(before) and _CLOSES.match(text, end):
        return False
    return bool(_WH_BEFORE.search(before)) and not (with_verb and lead_in(text, end))
