"""Evidence cues: the words that say a finding is observational, preliminary, animal or in vitro."""

from __future__ import annotations

import bisect
import re
from functools import cache

from linter.claim import EVIDENCE_KINDS, Evidence
from linter.config.lexicon import default_lexicon, word_pattern
from linter.config.multi_match import MultiMatcher

# A claim scoped to its own model ("in mice ...") is about that model, not about people.
MODEL_KINDS = ("animal", "in_vitro")
# "experiments on human cells": the model describes the study, it does not scope the claim.
_STUDY_BEFORE = re.compile(
    r"\b(?:stud(?:y|ies)|research|experiments?|tests?|trials?|work|findings|data|results|"
    r"conducted|done|performed|carried out)\b[^.,;]{0,25}$",
    re.I,
)
# A place of manufacture, not of an experiment: "fentanyl is made in a lab", "synthesised in a
# laboratory" (FrameNet's Manufacturing frame: make, manufacture, produce, fabricate; and
# chemical synthesis), the participle right before the scope (issue 9, set N).
_MANUFACTURED = re.compile(
    r"\b(?:made|manufactured|produced|fabricated|synthesi[sz]ed|mass-produced)\s+$", re.I
)
# A design noun naming the field a person or a body works in, not a study: "a leading expert on
# nutrition epidemiology", "professor of epidemiology" (WordNet's epidemiology.n.01, a branch of
# medical science; the field in the prepositional phrase after the noun of who holds it, Quirk
# et al. 1985, §17.37). "Epidemiology shows that ..." and "epidemiological data" stay evidence;
# so do "researchers/scientists in epidemiology", who do the field's studies ("found that ...").
_FIELD_OF = re.compile(
    r"\b(?:experts?|specialists?|professors?|lecturers?|department|"
    r"school|institute|faculty|chair|degree|doctorate|phd|training)\s+(?:on|in|of)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)
_DISCIPLINE = re.compile(r"epidemiology", re.I)
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][\w-]*)")
_STUDY_NOUN = re.compile(
    r"(?:stud(?:y|ies)|research|experiments?|tests?|testing|work|findings|data|results|"
    r"models?|assays?|trials?|evidence|analys[ie]s)$",
    re.I,
)
# Words after "in vitro" that show it is not before a noun.
_NOT_A_NOUN = frozenset(
    re.findall(
        r"\w+",
        "and or but the a an to in on at by for with from of that which as than is are was "
        "were has have had can may",
    )
)
# Where the sentence around a cue ends (the evidence finder reads a whole passage).
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    lexicon = default_lexicon()
    names = (
        *EVIDENCE_KINDS,
        "model_scope",
        "association_wording",
        "groups",
        "group_comparisons",
        "animal_nouns",
        "animal_reports",
    )
    return {name: word_pattern(lexicon.get(f"evidence.{name}")) for name in names}


# The classes `find_evidence` reads whole (the others it searches around a match of these).
_SCANNED = (*EVIDENCE_KINDS, "association_wording", "model_scope", "groups", "animal_nouns")


@cache
def _matcher() -> MultiMatcher:
    """The scanned classes in one pass (linter/config/multi_match.py): each gets exactly its
    own pattern's `finditer` matches."""
    patterns = _patterns()
    return MultiMatcher({name: patterns[name] for name in _SCANNED})


def _in_name(text: str, at: int) -> bool:
    """A capitalised cue after a capitalised word inside a sentence is part of a name: "the
    Special Exposure Cohort", "the Nurses' Health Study"."""
    if not text[at : at + 1].isupper():
        return False
    before = re.search(r"([\w'’]+)[ \t]+$", text[max(0, at - 40) : at])
    return before is not None and before.group(1)[:1].isupper()


def _names_a_procedure(text: str, end: int, kind: str) -> bool:
    """ "in vitro fertilisation", "in vitro diagnostics": "in vitro" before a noun that is no
    study names a procedure or a product; "an in vitro study" and "tested in vitro" are work in
    a lab."""
    if kind != "in_vitro":
        return False
    after = _NEXT_WORD.match(text, end)
    if after is None or after.group(1).lower() in _NOT_A_NOUN:
        return False
    return _STUDY_NOUN.match(after.group(1)) is None


def _names_a_field(text: str, found: re.Match[str]) -> bool:
    """ "an expert on epidemiology": the discipline someone works in, no study described."""
    return _DISCIPLINE.fullmatch(found.group(0)) is not None and (
        _FIELD_OF.search(text, max(0, found.start() - 80), found.start()) is not None
    )


class _Sentences:
    """The sentence ends of a text, found once: asking for the sentence around each of many
    cues stays linear in a long text (scanning from the start each time was quadratic)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.marks: list[int] | None = None  # where each final punctuation mark stands

    def around(self, at: int) -> tuple[int, int]:
        """The characters of the sentence around `at`, by its final punctuation."""
        if self.marks is None:
            self.marks = [m.start() for m in _SENTENCE_END.finditer(self.text)]
        index = bisect.bisect_left(self.marks, at)  # the first mark at or after `at`
        start = self.marks[index - 1] + 1 if index else 0
        if at and self.text[at - 1] in ".!?":  # a mark right before `at` ends a sentence
            start = at
        end = self.marks[index] + 1 if index < len(self.marks) else len(self.text)
        return start, end


def _composed(
    text: str, patterns: dict[str, re.Pattern[str]], scanned: dict[str, list[re.Match[str]]]
) -> list[Evidence]:
    """Cues that need two classes in one sentence: a group of people compared with others
    ("people who drank coffee were less likely to ..."), and animals in a sentence that reports
    research ("research found that rats ...")."""
    found = []
    sentences = _Sentences(text)
    for m in scanned["groups"]:
        start, end = sentences.around(m.start())
        if patterns["group_comparisons"].search(text, m.end(), end):
            found.append(Evidence("observational", m.start(), m.end(), m.group(0)))
    for m in scanned["animal_nouns"]:
        start, end = sentences.around(m.start())
        if patterns["animal_reports"].search(text, start, end):
            found.append(Evidence("animal", m.start(), m.end(), m.group(0)))
    return found


def find_evidence(text: str) -> tuple[list[Evidence], list[tuple[int, int]]]:
    """Evidence cues in `text`, and the model scopes ("in mice") that are not part of one."""
    patterns = _patterns()
    scanned = _matcher().found(text)
    if not scanned:  # no class matches (most blocks): no cue, no scope, nothing composed
        return [], []
    listed = [
        Evidence(kind, m.start(), m.end(), m.group(0))
        for kind in EVIDENCE_KINDS
        for m in scanned[kind]
        if not _in_name(text, m.start())
        and not _names_a_procedure(text, m.end(), kind)
        and not _names_a_field(text, m)
    ]
    listed += [
        Evidence("observational", m.start(), m.end(), m.group(0))
        for m in scanned["association_wording"]
    ]
    scopes = [
        m.span()
        for m in scanned["model_scope"]
        if not any(e.kind in MODEL_KINDS and e.start <= m.start() < e.end for e in listed)
        and not _STUDY_BEFORE.search(text, max(0, m.start() - 45), m.start())
        and not _MANUFACTURED.search(text, max(0, m.start() - 40), m.start())
    ]
    # A composed cue inside a scope is the scope's own word: "researchers found that, in
    # mice, ..." scopes the claim to mice.
    composed = [
        e
        for e in _composed(text, patterns, scanned)
        if not any(f.kind == e.kind and f.start <= e.start < f.end for f in listed)
        and not any(s <= e.start < end for s, end in scopes)
    ]
    found = sorted([*listed, *composed], key=lambda e: (EVIDENCE_KINDS.index(e.kind), e.start))
    return found, scopes
