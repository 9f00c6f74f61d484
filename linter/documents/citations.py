"""How sources are written in text: one set of patterns for URLs, DOIs, PMIDs, reference markers
and author-year citations.

The readers use URL_RE to take raw URLs out of the prose (each becomes an attached source) and
SUP_MARKER_RE to tell a reference <sup> from an exponent; the NLP layer uses SOURCE_PATTERNS to
find what a sentence cites in its own words. Whether a sentence has a source is then decided in
one place, where the NLP layer builds its Claim (linter/nlp/claims.py).
"""

from __future__ import annotations

import re

# A raw URL; trailing sentence punctuation is trimmed off by the readers.
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"'`]+", re.IGNORECASE)
# The digits of a reference marker: 1, 2,3, 1-4, 1–3, 7 (a year in brackets is not a marker).
_MARKER_DIGITS = r"\d{1,3}(?:\s*[,–—-]\s*\d{1,3})*"
# [1], [2,3], [1-4], text^1 (not 10^6: a digit before it makes a power) and superscript digits.
MARKER_RE = re.compile(rf"\[{_MARKER_DIGITS}\]|(?<=[^\s\d])\^\d{{1,3}}\b|(?<=\S)[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
# The content of a <sup> that is a reference marker: 1, 2,3, [4], 1-4.
SUP_MARKER_RE = re.compile(rf"\s*\[?\s*{_MARKER_DIGITS}\s*\]?\s*")

_NAME = r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?"
_AUTHORS = rf"{_NAME}(?: et al\.?|,? (?:and|&) {_NAME})?"
_YEAR = r"(?:19|20)\d{2}[a-z]?"

# Sources written in the prose itself; the readers add links and footnotes as attachments.
SOURCE_PATTERNS: dict[str, re.Pattern[str]] = {
    "doi": re.compile(
        r"(?<![\w/])(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/[^\s\"<>]+", re.I
    ),
    "pmid": re.compile(r"\bPMID:?\s*\d{5,9}\b"),
    "pmcid": re.compile(r"\bPMC\d{5,9}\b"),
    "url": URL_RE,
    "marker": MARKER_RE,
    "author-year": re.compile(
        rf"\((?:see |e\.g\.,? )?{_AUTHORS},? {_YEAR}(?:[;,] (?:{_AUTHORS},? )?{_YEAR})*\)"
        rf"|\b{_AUTHORS} \({_YEAR}\)"
    ),
}
