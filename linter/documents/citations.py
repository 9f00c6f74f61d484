"""How sources are written in text: one set of patterns for URLs, DOIs, PMIDs, reference markers
and author-year citations.

The readers use URL_RE to take raw URLs out of the prose (each becomes an attached source) and
SUP_MARKER_RE to tell a reference <sup> from an exponent; the NLP layer uses SOURCE_PATTERNS to
find what a sentence cites in its own words. Whether a sentence has a source is then decided in
one place, where the NLP layer builds its Claim (linter/nlp/claims.py).
"""

from __future__ import annotations

import re

from linter.documents.pandoc_citations import PANDOC_CITATION_RE

# A raw URL; trailing sentence punctuation is trimmed off by the readers.
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"'`]+", re.IGNORECASE)
# The digits of a reference marker: 1, 2,3, 1-4, 1–3, 7 (a year in brackets is not a marker).
_MARKER_DIGITS = r"\d{1,3}(?:\s*[,–—-]\s*\d{1,3})*"
# [1], [2,3], [1-4], text^1 (not 10^6: a digit before it makes a power), superscript digits,
# and a footnote reference Markdown left as text ([^1], [^note]: no definition in the file).
# Also a number in parentheses straight after a word and before the sentence's punctuation,
# as Vancouver style allows ("... lower risk (4,5)."): not "(2) exercise", not "aged 65 (12)".
# A superscript flattened by a scraper or a copy-paste, in three shapes, each a branch below:
# the marker's digits, or the lower-case Roman numerals of endnotes, glued straight after a
# word's full stop ("risk.3 Next", "gout.ii"); Roman numerals after its comma ("adults,iii,iv
# who"); or digits glued to the word before the sentence's punctuation ("patients2.").
ROMAN = r"x{0,3}(?:ix|iv|v?i{1,3}|v)"
# The abbreviations whose full stop a number follows and is no marker: "Fig.2", "No.5",
# "vol.21", "Ref.3", "pp.4", "eq.2" (the tokenizer leaves their stop too).
NUMBERED_ABBREVIATIONS = (r"\b[Ff]ig", r"\b[Nn]o", r"\b[Vv]ol", r"\b[Rr]ef", r"\bpp", r"\beq")
_LINE_END = r"\s*\n|\s*$"
# After a full stop: not a decimal (a digit before the stop), not "Fig.2" or "vol.21", and only
# where the sentence is over: digits before a capital or a line end ("adults.5 million" is a
# glued stop), Roman numerals before a line end or a bullet ("gout.ii About" is one token to
# the tokenizer, a web address, and the next sentence would take this one's marker).
_NOT_AFTER = "".join(rf"(?<!{abbreviation}\.)" for abbreviation in NUMBERED_ABBREVIATIONS)
_AFTER_STOP = (
    rf"(?:(?<=[a-z]{{2}}\.)|(?<=[%)]\.)){_NOT_AFTER}"
    rf"(?:\d{{1,3}}(?:,\d{{1,3}})*(?={_LINE_END}|\s+[A-Z\"“(])"
    rf"|{ROMAN}(?:,{ROMAN})*(?={_LINE_END}|\s+[•◦▪‣]))"
)
# After a comma only Roman numerals: digits there are a figure whose link the scraper dropped
# with the spaces ("In fact,30 percentof"), and a lone "i" is the pronoun of a lost space
# ("apples,i like").
_AFTER_COMMA = rf"(?<=[a-z]{{2}},)(?!i\s){ROMAN}(?:,{ROMAN})*(?=\s)"
# Glued digits need a word of three or more letters, lower case throughout (no capital 2 to 12
# letters back): not "B12.", "T4." nor a gene's "Sirt1,"; and not the words that take a number
# ("omega3", "type2", "covid19", "stage4", "day5").
_NO_CAPITAL_BEFORE = "".join(rf"(?<![A-Z][a-z]{{{n}}})" for n in range(2, 13))
_NUMBERED_WORDS = (
    *("omega", "type", "covid", "sars", "phase", "stage", "grade", "step", "level"),
    *("day", "week", "year"),
)
_NOT_A_NUMBERED_WORD = "".join(rf"(?<!{w})" for w in _NUMBERED_WORDS)
_GLUED_DIGITS = (
    rf"(?<=[a-z]{{3}}){_NO_CAPITAL_BEFORE}{_NOT_A_NUMBERED_WORD}\d{{1,2}}(?=[.,;](?:\s|$)|\.[A-Z])"
)
# A bracketed number glued straight after a sentence's full stop, before the line's end or the
# emphasis the sentence sits in ("... by up to 30%.(2)", "**... eczema.(4)**"): a
# citation-sequence marker (NLM Citing Medicine, AMA) set in brackets. Glued, since a list's
# enumerator "(2)" stands after a space; after a word of two lower-case letters, a percent sign
# or a bracket, and not after "Fig." or "No." (_NOT_AFTER), since "Fig.(2)" and a decimal are
# no sentence's end. Not before more text on the line: "week.(2) Exercise ..." may number the
# next sentence's item (precZ's case), and a marker read there would source that sentence.
# precZ's bold-dropped "adults.**(3)**" reaches the reader as "adults.(3)" and is read here.
_STOP_BRACKETED = (
    rf"(?:(?<=[a-z]{{2}}\.)|(?<=[%)\]]\.)){_NOT_AFTER}\({_MARKER_DIGITS}\)"
    rf"(?=[*_]*(?:{_LINE_END}))"
)
# Every branch starts at a digit or a Roman numeral's letter, and the gate says so first: the
# pattern then costs a third of what its lookbehinds cost tried at every position.
_FLAT_MARKER = rf"(?=[\divx])(?:{_AFTER_STOP}|{_AFTER_COMMA}|{_GLUED_DIGITS})"
# What every branch below starts with, tested first (issue 20): a bracket, a caret, a
# superscript or a digit, a parenthesis after at most one white-space character, or a Roman
# numeral's letter after a full stop or a comma. Most positions of a text fail here at once,
# where each tried all the branches' look-behinds: the same matches at a third of the cost.
_MARKER_START = r"(?=[\[\^¹²³⁴⁵⁶⁷⁸⁹⁰\d]|\s?\(|(?<=[.,])[ivx])"
MARKER_RE = re.compile(
    rf"{_MARKER_START}(?:\[{_MARKER_DIGITS}\]|(?<=[^\s\d])\^\d{{1,3}}\b|(?<=\S)[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\^[\w-]{{1,20}}\]"
    rf"|(?<=[A-Za-z%)\]])\s?\({_MARKER_DIGITS}\)(?=[.;:,!?]|\s*$)|{_STOP_BRACKETED}"
    rf"|{_FLAT_MARKER})"
)
# The content of a <sup> that is a reference marker: 1, 2,3, [4], 1-4.
SUP_MARKER_RE = re.compile(rf"\s*\[?\s*{_MARKER_DIGITS}\s*\]?\s*")

# A name made of capitalised words; a study's or a journal's name before a year is matched too
# and set aside in one place, by the word classes of rules/lexicon/citations.yaml
# (linter/nlp/components/sources.py): a regex cannot read the title words before a narrative
# citation.
_NAME = r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?"
_AUTHORS = rf"{_NAME}(?: et al\.?|,? (?:and|&) {_NAME})?"
_YEAR = r"(?:19|20)\d{2}[a-z]?"
# A body as author, Harvard and APA style: "(World Health Organization, 2019)", "(Australian
# Bureau of Statistics, 2008)": capitalised words, joined by the small words of names.
# One or more author-year citations inside one pair of brackets: "see Smith et al., 2020; Doe 2019".
_AUTHOR_YEARS = rf"(?:see |e\.g\.,? )?{_AUTHORS},? {_YEAR}(?:[;,] (?:{_AUTHORS},? )?{_YEAR})*"
_CORPORATE = r"(?:the )?[A-Z][\w'’-]+(?:\s+(?:(?:of|for|and|on|the|&)\s+)?[A-Z][\w'’-]+){1,7}"

# Sources written in the prose itself; the readers add links and footnotes as attachments.
SOURCE_PATTERNS: dict[str, re.Pattern[str]] = {
    "doi": re.compile(
        r"(?<![\w/])(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/[^\s\"<>]+", re.I
    ),
    "pmid": re.compile(r"\bPMID:?\s*\d{5,9}\b"),
    "pmcid": re.compile(r"\bPMC\d{5,9}\b"),
    "url": URL_RE,
    "marker": MARKER_RE,
    # A numbered reference pointed to in words, "(ref 4)", "(Ref. 2, 3)", "(see reference 5)",
    # "(references 2-4)": the numbered marker of GUIDELINE.md, spelt out.
    "reference-number": re.compile(
        rf"(?i)\((?:see\s+)?(?:refs?\.?|references?|citations?)\s*#?\s*{_MARKER_DIGITS}\)"
    ),
    "author-year": re.compile(
        # In parentheses, or in square brackets as some house styles write it ("[Smith et al.,
        # 2020]").
        rf"\({_AUTHOR_YEARS}\)|\[{_AUTHOR_YEARS}\]"
        rf"|\b{_AUTHORS} \({_YEAR}\)"
        rf"|\((?:see |e\.g\.,? )?{_CORPORATE},? {_YEAR}\)"
    ),
    # Pandoc's, Quarto's and R Markdown's bracketed citation keys, "[@smith2020; @who2019]".
    "pandoc-citation": PANDOC_CITATION_RE,
}

# The shapes of a reference-list entry, from the citation styles health sites use: NLM's
# Citing Medicine (Vancouver: "Gardner CD, Trepanowski JF, et al. Title. JAMA.
# 2018;319(7):667-79."), APA 7 ("Smith, J. A., & Jones, K. (2020). Title. Journal, 12(3),
# 45-67. https://doi.org/..."), AMA and Harvard.
_V_AUTHOR = r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)? [A-Z]{1,3}"
_ENTRY_AUTHORS_RE = re.compile(
    r"\s*(?:\[?\d{1,3}[.)\]]\s*)?"
    rf"(?:{_V_AUTHOR}(?:, {_V_AUTHOR})*(?:,? et al)?\."
    r"|[A-Z][\w'’-]+, (?:[A-Z]\.\s?){1,3}(?:,|&|and\b|\(|$)"
    r"|[A-Z][\w'’-]+ et al\b)"
)
# The American Diabetes Association journals' and Index Medicus's older order, volume:pages
# then the year ("Diabetes 28:1039-1057, 1979", "Lancet 2:809-10, 1985"), gives both.
_VOLUME_PAGES_YEAR = r"\b\d{1,4}\s?:\s?[eE]?\d{1,5}(?:[-–]\d{1,5})?,\s*(?:19|20)\d{2}\b"
_ENTRY_YEAR_RE = re.compile(
    r"\((?:19|20)\d{2}[a-z]?(?:,[^()]{0,24})?\)"
    r"|\b(?:19|20)\d{2}(?: [A-Z][a-z]{2}(?: \d{1,2})?)?;\s*\d"
    rf"|{_VOLUME_PAGES_YEAR}"
)
_ENTRY_VOLUME_RE = re.compile(
    r"\b\d{1,4}\s*\(\d{1,4}\)\s*[:,]\s*[eE]?\d|;\s*\d{1,4}\s*:\s*[eE]?\d|\bpp?\.\s*\d"
    rf"|{_VOLUME_PAGES_YEAR}"
)
# The entry's own number opening it, as numbered (citation-sequence) reference lists write it
# ("[1] Title. Journal ..."; NLM Citing Medicine, ch. 1, and IEEE number their entries so).
_ENTRY_NUMBER_RE = re.compile(r"\s*\[\d{1,3}\]\s")
_ENTRY_LOCATOR_RE = re.compile(
    r"\b(?:Retrieved|Available)\s+(?:from|at)\b|\bAccessed\b|\[Internet\]|\bdoi:|"
    r"\b10\.\d{4,9}/|\bPMID:?\s*\d|\bPMC\d{5}",
    re.IGNORECASE,
)
_ET_AL_RE = re.compile(r"\bet al\b")
_DIGIT_RE = re.compile(r"\d")


def citation_features(text: str, has_url: bool = False) -> set[str]:
    """Which marks of a reference-list entry the text has: authors (an author list at its
    start), number (its own "[1]" opening it), year, volume (volume, issue or pages), locator
    (DOI, PMID, URL, "Retrieved from"), et-al."""
    found = set()
    if _ENTRY_AUTHORS_RE.match(text):
        found.add("authors")
    if _ENTRY_NUMBER_RE.match(text):
        found.add("number")
    if not has_url and not _DIGIT_RE.search(text):
        return found | ({"et-al"} if _ET_AL_RE.search(text) else set())
    if _ENTRY_YEAR_RE.search(text):
        found.add("year")
    if _ENTRY_VOLUME_RE.search(text):
        found.add("volume")
    if has_url or _ENTRY_LOCATOR_RE.search(text):
        found.add("locator")
    if _ET_AL_RE.search(text):
        found.add("et-al")
    return found


def reads_as_reference(text: str) -> bool:
    """Whether a string has the marks of a reference-list entry: an author list with a year, a
    volume or a locator, or two of year, volume, locator and "et al."."""
    marks = citation_features(text)
    return bool("authors" in marks and marks & {"year", "volume", "locator"}) or (
        len(marks - {"authors"}) >= 2
    )
