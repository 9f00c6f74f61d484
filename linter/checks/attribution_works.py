"""A definite description of a work the page has already named with its source: no new citation.

"The 2025 RCT data reinforces ...", "the 2023 study suggested ...", "## The 2023 Science Study":
the definite article (Quirk et al. 1985, A Comprehensive Grammar of the English Language,
§5.32, anaphoric reference) with the modifiers that identify a work, its year or its proper
name, points back to the work an earlier sentence introduced and named, however far back and
across headings (Halliday & Hasan 1976, Cohesion in English, §2.4: reference by a definite
noun phrase that repeats the identifying words). Only a work whose earlier sentence gave its
source: that source is the later mention's too (GUIDELINE.md: a sourced lead-in sources what
reports from the same evidence; bench/judgements/README.md's back-reference). A work first named
without one is named without a source each time, and each such sentence is a citation to
source (GUIDELINE.md defines a source per sentence; session 14 measured the wider reading: it
silenced only repeats of unsourced works). A bare "the study" carries no identifying words and
is read by the discourse layer (context_links.py) within its window only.

The head must be the earlier sentence's own study noun, as a word ("studying" names no work), or
a noun for a work's output that any work has (research, data, findings, results) where the
earlier sentence names a work: a source that is not a person, or a study noun. "The 2019 review"
does not point back to "a 2019 study", nor "the Harvard data" to "Dr. Lee, a cardiologist at
Harvard, says". Study nouns are
rules/lexicon/attribution.yaml's `study_nouns` (MeSH publication types).
"""

from __future__ import annotations

import re
from functools import cache

from linter.claim import Attribution, Claim
from linter.config.lexicon import alternation, default_lexicon

Position = tuple[int, int]  # (passage index in the document, character offset)

# Nouns for what every work has, which any of its later mentions may use as the head.
_OUTPUT = frozenset(["research", "data", "findings", "results"])
_IDENTIFIER = re.compile(r"\b(?:19|20)\d\d\b|\b[A-Z][\w&'’-]*")
_DETERMINERS = frozenset(["The", "This", "That", "THE"])
_WORDS = re.compile(r"[\w&'’-]+")
# Named sources that are people (a researcher, researchers by affiliation): a description of
# them is no work's, and their names are read by attribution.py's _refers_back.
_PEOPLE = frozenset(["researcher", "affiliation"])
# A clause after the head makes it a verb ("the Mayo Clinic report that"; Quirk §16.31).
_CLAUSE_AFTER = re.compile(r"\s+(?:that|how|whether)\b", re.I)


@cache
def _definite() -> re.Pattern[str]:
    nouns = alternation(default_lexicon().get("attribution.study_nouns"))
    return re.compile(
        rf"\b(?:the|this|that)\s+(?P<mods>(?:[\w&.'’-]+\s+){{1,3}}?)(?P<head>{nouns})(?![\w-])",
        re.I,
    )


@cache
def _study_noun() -> re.Pattern[str]:
    nouns = alternation(default_lexicon().get("attribution.study_nouns"))
    return re.compile(rf"(?<![\w-])(?:{nouns})(?![\w-])", re.I)


def _names_work(head: str, text: str, work: bool) -> bool:
    """Whether a sentence (`text`, in lower case; `work`: it names a source not a person) names
    a work that `head` can point back to: the same noun as a word, or for an output noun a
    source not a person or any study noun."""
    if head in _OUTPUT:
        return work or bool(_study_noun().search(text))
    return re.search(rf"(?<![\w-]){re.escape(head)}(?![\w-])", text) is not None


class NamedWorks:
    """The sentences that named a source, in article order, and the definite descriptions that
    point back to one of them."""

    def __init__(self) -> None:
        # Each sentence that names a source: where it is, its words, its text in lower case,
        # whether it names a source that is not a person;
        # and, for each identifying word, the sentences that hold it (in article order), so a
        # description is checked against the sentences of its rarest word only.
        self._named: list[tuple[Position, frozenset[str], str, bool]] = []
        self._holding: dict[str, list[int]] = {}
        # (identifying words, head) -> where the first sentence naming such a work is, or None:
        # a page repeating one description is read once, not once per repetition.
        self._first: dict[tuple[frozenset[str], str], Position | None] = {}

    def add(self, at: Position, claim: Claim) -> None:
        if not claim.has_source or not any(a.named for a in claim.attributions):
            return
        words = frozenset(_WORDS.findall(claim.text))
        for word in words & set(_IDENTIFIER.findall(claim.text)):
            self._holding.setdefault(word, []).append(len(self._named))
        work = any(a.named and a.kind not in _PEOPLE for a in claim.attributions)
        self._named.append((at, words, claim.text.lower(), work))

    def refers_back(self, attribution: Attribution, claim: Claim, at: Position) -> bool:
        """Whether the named source is inside a definite description of a work named before."""
        if attribution.kind in _PEOPLE:
            return False  # "Researchers at the Mayo Clinic report that": people, not a work
        offset = attribution.start - claim.start
        for m in _definite().finditer(claim.text):
            if m.start() <= offset < m.end():
                # "the Mayo Clinic report that ...": a reporting verb, not a work's noun.
                if _CLAUSE_AFTER.match(claim.text, m.end()):
                    return False
                return self._named_before(m, at)
        return False

    def _named_before(self, description: re.Match[str], at: Position) -> bool:
        ids = {w for w in _IDENTIFIER.findall(description["mods"]) if w not in _DETERMINERS}
        if not ids:
            return False
        key = (frozenset(ids), description["head"].lower())
        if key not in self._first:
            self._first[key] = self._first_naming(*key)
        first = self._first[key]
        return first is not None and first < at

    def _first_naming(self, ids: frozenset[str], head: str) -> Position | None:
        """Where the first sentence holding all of `ids` names a work `head` points back to."""
        rarest = min((self._holding.get(word, []) for word in ids), key=len)
        for index in rarest:
            where, words, text, work = self._named[index]
            if ids <= words and _names_work(head, text, work):
                return where
        return None
