"""Unnamed evidence as a locative inside a clause, after the finding it sets there ("coffee
lowered the risk in several large studies"): which matches of the `in_clause` pattern are
appeals. The opening locative ("In one small trial, ...") is read in attribution_vague.py."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from linter.nlp.components.attribution_named import Found
from linter.nlp.components.attribution_words import AttributionWords

# Nouns for a body of evidence or a field, which after "in" name the field ("a career in
# research", "advances in science") unless a quantifier or an adjective makes them evidence
# ("in recent research"); the count nouns of studies (MeSH publication types) need none.
_FIELD_NOUNS = re.compile(
    r"(?i)research(?:es)?|science|evidence|literature|work|data|consensus|statistics|stats|"
    r"figures|results|findings|observations?|estimates?|reports?|papers?|guidelines|polls?|"
    r"(?:scientific|medical|clinical|research) (?:literature|consensus|community|world|"
    r"establishment)"
)
# The words before "in" that place a person or a thing in a study without a finding: taking
# part (Levin 1993, verbs of joining and "participate"), the procedures of research (Hyland
# 2002, research acts of procedure: study, test, use, measure, compare ...), publication
# (rules/lexicon/attribution.yaml, publication_verbs and research_participles) and nouns of a
# topic or a field ("interest in", "a role in", "advances in"), and of evidence wanted ("more
# is needed in trials").
_NOT_A_SETTING = re.compile(
    r"(?i)\b(?:part|participat\w*|enrol+(?:ed|s|ing)?|enrol+ment|join(?:ed|s|ing)?|"
    r"volunteer\w*|recruit\w*|included|involved|used|placed|randomi[sz]ed|assigned|allocated|"
    r"studied|tested|investigated|validated|evaluated|examined|researched|assessed|measured|"
    r"explored|analy[sz]ed|compared|given|administered|trial+ed|looked at|"
    r"published|appear(?:s|ed)?|presented|released|issued|cited|mentioned|described|"
    r"interest(?:ed)?|role|gaps?|advances|progress|experience|careers?|degree|trained|"
    r"training|involvement|participation|use|needed|required|lacking|missing)\s+$"
)
_MODIFIED = re.compile(r"\s")
# A coordinator or a focusing adverb right before "in" (Quirk et al. 1985, §8.116: only, even,
# especially ...) lines the locative up with other settings ("under medical supervision or in
# clinical trials", "especially in trials"): a setting where something is done, not the
# evidence for a finding.
_WORD_BEFORE = re.compile(r"([\w’'-]+)\s+$")
_LINKING = re.compile(
    r"(?i)or|and|nor|but|only|even|also|especially|particularly|mainly|mostly|chiefly|largely|"
    r"just|merely|except|both|either|neither|as|than|like"
)


def clause_locatives(
    words: AttributionWords,
    text: str,
    matches: Iterable[re.Match[str]],
    appeals: Callable[[re.Match[str]], bool],
) -> list[Found]:
    """The locatives of unnamed evidence inside a clause that set a finding there, marked
    "mention": the check counts them only where the sentence states a figure or an effect."""
    found: list[Found] = []
    for m in matches:
        subject, noun = m.group("subject"), m.group("noun")
        if subject == noun and _FIELD_NOUNS.fullmatch(noun) and not _MODIFIED.search(noun):
            continue  # "a career in research": a field, not evidence
        if _NOT_A_SETTING.search(text, max(0, m.start() - 40), m.start()):
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before is not None and (
            _LINKING.fullmatch(before.group(1))
            or words.function_words.fullmatch(before.group(1).capitalize())
        ):
            continue
        if not appeals(m):
            continue
        # "aside": evidence cited in passing introduces no study that "the researchers" of a
        # later sentence could refer back to (linter/checks/context_links.py).
        info = {"kind": "vague", "name": subject, "reference": "aside", "basis": "mention"}
        found.append(Found(m.start(), m.end("subject"), "vague", info))
    return found
