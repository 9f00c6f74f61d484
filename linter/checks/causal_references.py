"""The design a claim's cited reference names: evidence written at the foot of the page.

A page that cites by author and year ("... as well as oxycodone does (Marlow 2016)") keeps the
study's description in its reference list, and a reference's title often names the design: "...
thermal pain thresholds in rats", "Seasonal mood in a city: a cross-sectional study". The
document layer resolves the citation to its entry (documents/works_cited.py: MLA's and APA's
author-date forms) and passes the entry as the source's target; here the entry is read with the
same design lexicon as the prose (rules/lexicon/evidence.yaml: the Oxford CEBM levels, STROBE's
observational designs, MeSH's animal models and in vitro techniques) and the models a title
names as its setting ("in rats", "in human cells": evidence.yaml model_scope). Only the
entry's title is read (works_cited.entry_title): a journal's name ("Journal of Epidemiology")
says where a trial was published, not what it was.

Precision first (GUIDELINE.md: CAUSAL needs the weak evidence shown; a wrong reading is worse
than a miss): the entry speaks for the claim only when every source the claim has is such a
resolved entry, so a claim also linked or cited elsewhere rests on what is not read here; and an
entry (or any other entry the claim cites) that names a randomised or controlled trial, a
meta-analysis or a systematic review (context_words.STRONG) carries the claim.
"""

from __future__ import annotations

import re
from functools import cache

from linter.checks.context_words import STRONG
from linter.claim import Claim, Evidence, Source
from linter.config.lexicon import default_lexicon, word_pattern
from linter.documents.works_cited import entry_title

# The source kinds an in-text author-date citation is read as: the citation itself and the
# entry the page's list resolves it to (documents/works_cited.py), over the same characters.
_CITED = "works-cited"
_CITATION_KINDS = frozenset({"author-year", _CITED})
# A year in a citation: "(Marlow 2016; Fenwick 2019)" cites two works.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# The design kinds in the order a title names them most plainly (a "pilot study in mice" is
# first of all a study in mice).
_ORDER = ("animal", "in_vitro", "observational", "preliminary")
# A model scope names cells or a lab, not animals: MeSH "In Vitro Techniques" [E05.481].
_CELLS = re.compile(
    r"cells?|cultures?|lines?|tissue|lab(?:oratory)?|vitro|dish(?:es)?|tubes?", re.I
)

# A title that weighs designs rather than reports one ("Why rat studies mislead: ...", "Pain
# in adults, unlike earlier findings in rats", "A cohort is not enough") names a design that is
# not its own: a question (a wh-adverb or "?", as works_cited's titles open), a negator (Quirk
# et al. 1985, §10.54: not, no, never, nor) or a preposition of contrast (§9.4 and §9.58:
# unlike, beyond, versus, instead of, rather than, compared with, contrary to). Precision
# first: such a title is not read at all.
_WEIGHING = re.compile(
    r"^(?:how|why|when|where|whether|do|does|is|are|can)\b|\?|"
    r"\b(?:not|no|never|nor|unlike|beyond|versus|vs\.?|instead of|rather than|"
    r"compared (?:with|to)|contrary to)\b|n[’']t\b",
    re.I,
)


@cache
def _designs() -> dict[str, re.Pattern[str]]:
    lexicon = default_lexicon()
    names = (*_ORDER, "model_scope")
    return {name: word_pattern(lexicon.get(f"evidence.{name}")) for name in names}


def _entry_design(entry: str, kinds: set[str]) -> tuple[str, str] | None:
    """(kind, words) of the weak design an entry's title names, or None."""
    if _WEIGHING.search(entry):
        return None
    designs = _designs()
    for kind in _ORDER:
        found = designs[kind].search(entry) if kind in kinds else None
        if found is not None:
            return kind, found.group(0)
    scope = designs["model_scope"].search(entry)
    if scope is None:
        return None
    kind = "in_vitro" if _CELLS.search(scope.group(0).split()[-1]) else "animal"
    return (kind, scope.group(0)) if kind in kinds else None


def _resolved(source: Source, entries: list[Source]) -> bool:
    return source.kind == _CITED or any(
        e.start < source.end and source.start < e.end for e in entries
    )


def cited_designs(claim: Claim, kinds: set[str]) -> Claim:
    """A claim holding, as its evidence, the weak designs the reference entries `claim` cites
    name (none if the claim has any other source or cites a trial or review)."""
    entries = [s for s in claim.sources if s.kind == _CITED and s.target]
    if not entries or any(
        s.kind not in _CITATION_KINDS or not _resolved(s, entries) for s in claim.sources
    ):
        return Claim(0, 0, 0, "")
    if any(STRONG.search(e.target or "") for e in entries) or any(
        len(_YEAR.findall(s.text)) > 1 for s in claim.sources
    ):  # a trial among them, or several works in one citation the list resolved only in part
        return Claim(0, 0, 0, "")
    found = []
    for entry in entries:
        design = _entry_design(entry_title(entry.target or ""), kinds)
        if design is not None:
            found.append(Evidence(design[0], entry.start, entry.end, design[1]))
    return Claim(0, 0, 0, "", evidence=tuple(found))


def cited(claim: Claim, found: Evidence) -> bool:
    """Whether `found` is the design of a reference the claim cites (it stands where the
    citation does), so the message points to the reference, not the sentence."""
    return any(
        s.kind == _CITED and (s.start, s.end) == (found.start, found.end) for s in claim.sources
    )
