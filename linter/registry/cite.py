"""A registry entry's source and evidence in words a writer reads, as a link, and as a fix.

A fix inserts a source only for an entry that reported results: never a withdrawn or
retracted source, nor a registered trial with no results. Which entry may be cited for a
sentence at all (one whose source reports its very claim or figure, on a sentence the
registry does not contradict) is decided in linter/registry/match.py.
"""

from __future__ import annotations

import html
import re
from typing import Any

from linter.claim import Claim, Passage
from linter.registry.entries import Entry
from linter.registry.values import timeframe

_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
_LEVELS = {
    "meta-analysis": "a meta-analysis",
    "systematic-review": "a systematic review",
    "rct": "a randomised controlled trial",
    "cohort": "an observational cohort study",
    "case-control": "an observational case-control study",
    "case-series": "a case series with no control group",
    "registry": "registry data",
    "phase-1": "a phase 1 safety study",
    "trial-registration": "a registered trial with no published results",
    "agency-statement": "an agency statement",
    "advocacy-estimate": "an advocacy group's estimate",
    "animal": "animal studies",
    "in-vitro": "laboratory studies on cells",
}
_EFFICACY = {
    "shown": "shows an effect",
    "not-shown": "found no effect",
    "contested": "gives conflicting results",
    "uncertain": "leaves the effect uncertain",
}
_ALLOWS = {
    "none": "supports no claim of an effect",
    "correlational": "supports at most an association ('is linked to')",
    "conditional": "supports at most a possible effect ('may help')",
    "direct": "supports a direct claim",
    "absolute": "supports any wording",
}
_SMALL = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _acronym(institution: str) -> str | None:
    """ "Centers for Disease Control and Prevention (CDC)" -> "CDC"; "NIAID (National ...)" ->
    "NIAID"; None for a name with no short form."""
    m = _ACRONYM.search(institution)
    if m:
        return m.group(1)
    first = institution.split(" ", 1)[0]
    return first if len(first) > 1 and first.isupper() and first.isalpha() else None


def source_text(entry: Entry) -> str:
    """A short citation of an entry's first source: "Burt et al., JAMA 2006 (doi:...)"."""
    ids = [f"{k}:{entry.sources[0][k]}" for k in ("doi", "pmid", "nct") if entry.sources[0].get(k)]
    return source_words(entry) + (f" ({', '.join(ids)})" if ids else "")


def source_words(entry: Entry) -> str:
    """The first source in words: "Burt et al., JAMA 2006", "CDC (Henley et al., MMWR 2015)"."""
    source = entry.sources[0]
    author = f"{source['first_author']} et al." if source.get("first_author") else ""
    where = " ".join(str(source[k]) for k in ("journal", "year") if source.get(k))
    institution = str(source.get("institution") or "")
    body = _acronym(institution) if institution else None
    citation = ", ".join(p for p in (author, where) if p)
    if author:
        return f"{body} ({citation})" if body else citation
    if source.get("journal"):
        return ", ".join(p for p in (body, where) if p)
    name = body or institution or str(source.get("publisher") or "")
    year = f" {source['year']}" if source.get("year") else ""
    if source.get("nct"):
        return f"{name}, trial {source['nct']}" if name else f"trial {source['nct']}"
    title = str(source.get("title") or "")
    if title and (len(title) <= 60 or not name):
        shown = (
            title if name and title.startswith(name) else ", ".join(p for p in (name, title) if p)
        )
        return shown + year
    return (name + year) if name else entry.id


def evidence_words(entry: Entry) -> str:
    """ "a phase 1 safety study of 8 participants (Farge et al., ...)"."""
    size = f" of {entry.evidence_size:,} participants" if entry.evidence_size else ""
    return f"{_LEVELS[entry.evidence_level]}{size} ({source_words(entry)})"


def verdict_words(entry: Entry) -> str:
    """What the evidence shows and what wording it allows."""
    parts = []
    if entry.efficacy:
        parts.append(_EFFICACY[entry.efficacy])
    parts.append(_ALLOWS[entry.max_strength])
    return " and ".join(parts)


def _number(value: float) -> str:
    if value == int(value):
        whole = int(value)
        return _SMALL[whole] if 0 <= whole < len(_SMALL) else str(whole)
    return f"{value:g}"


def timeframe_words(text: str | None) -> str:
    """ "5 years" -> "five years"; "12 weeks" -> "12 weeks"."""
    months = timeframe(text)
    if months is None or not text:
        return text or ""
    number, _, unit = str(text).partition(" ")
    try:
        return f"{_number(float(number))} {unit}"
    except ValueError:
        return str(text)


def figure_words(figure: dict[str, Any]) -> str:
    """ "18% five-year relative survival", "84% overall survival at five years"."""
    value = figure.get("value")
    unit = {"percent": "%", "times": " times"}.get(
        str(figure.get("unit")), f" {figure.get('unit')}"
    )
    shown = (
        f"{figure['range'][0]:g}-{figure['range'][1]:g}{unit}"
        if value is None
        else f"{float(value):g}{unit}"
    )
    outcome = str(figure["outcome"])
    when = figure.get("timeframe")
    leading = re.match(r"(\d+)-(year|month|week|day)\s+", outcome)
    if leading:
        outcome = (
            f"{_number(float(leading.group(1)))}-{leading.group(2)} {outcome[leading.end() :]}"
        )
        return f"{shown} {outcome}"
    return f"{shown} {outcome}" + (f" at {timeframe_words(str(when))}" if when else "")


_LINKS = (
    ("doi", "https://doi.org/{}"),
    ("pmid", "https://pubmed.ncbi.nlm.nih.gov/{}/"),
    ("pmcid", "https://pmc.ncbi.nlm.nih.gov/articles/{}/"),
    ("nct", "https://clinicaltrials.gov/study/{}"),
    ("url", "{}"),
)


def source_url(entry: Entry) -> str | None:
    """The address of the entry's first source: its DOI, PubMed, PMC or trial record, or URL."""
    source = entry.sources[0]
    return next((form.format(source[key]) for key, form in _LINKS if source.get(key)), None)


def source_link(entry: Entry) -> str:
    """The entry's source as a Markdown link ready to paste, or plain text where it has no link."""
    label = source_words(entry)
    url = source_url(entry)
    return f"[{label}]({url})" if url else label


def registry_suggestion(entry: Entry | None) -> str | None:
    """The source to cite, for an entry the registry found reporting the sentence's claim."""
    if entry is None or entry.no_results:
        return None
    return f"The registry's source for this: {source_link(entry)}"


_ORPHAN_MARKS = re.compile(r"(?<=[.!?])\s+[^\w\s]+$")


def citation_fix(
    passage: Passage, claim: Claim, entry: Entry | None
) -> tuple[int, int, str] | None:
    """Insert the entry's source as a link before the sentence's full stop, in its markup."""
    if entry is None or entry.no_results or entry.relation is not None:
        return None
    url = source_url(entry)
    if url is None or url in passage.text:
        return None
    # A mark standing alone after the full stop ("years. ¡", a stray paragraph the reader joined)
    # belongs to no word: the link goes before the stop, where a second run finds it in the
    # same sentence, not after the mark, where the sentencizer may split it off next time.
    words = _ORPHAN_MARKS.sub("", claim.text.rstrip())
    at = claim.start + len(words.rstrip(".!?:;"))
    label = source_words(entry)
    if passage.format == "markdown":
        text = f" ([{label}]({url}))"
    elif passage.format == "html":
        text = f' (<a href="{html.escape(url)}">{html.escape(label)}</a>)'
    else:
        text = f" ({label}, {url})"
    return at, at, text
