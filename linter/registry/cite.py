"""A registry entry's source as words, as a link, and as a fix that inserts it into a sentence."""

from __future__ import annotations

import html

from linter.claim import Claim, Passage
from linter.registry.entries import Entry


def source_text(entry: Entry) -> str:
    """A short citation of an entry's first source: "Burt, JAMA 2006 (doi:...)"."""
    source = entry.sources[0]
    who = source.get("first_author") or source.get("institution") or source.get("publisher") or ""
    where = " ".join(str(source[k]) for k in ("journal", "year") if source.get(k))
    text = ", ".join(
        p for p in (f"{who} et al." if source.get("first_author") else who, where) if p
    )
    ids = [f"{k}:{source[k]}" for k in ("doi", "pmid", "nct") if source.get(k)]
    return f"{text or source.get('title', entry.id)}" + (f" ({', '.join(ids)})" if ids else "")


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
    label = source_text(entry).split(" (")[0]
    url = source_url(entry)
    return f"[{label}]({url})" if url else label


def registry_suggestion(entry: Entry | None) -> str | None:
    if entry is None:
        return None
    return f"The registry's source for this claim ({entry.id}): {source_link(entry)}"


def citation_fix(
    passage: Passage, claim: Claim, entry: Entry | None
) -> tuple[int, int, str] | None:
    """Insert the entry's source as a link before the sentence's full stop, in its markup."""
    url = source_url(entry) if entry else None
    if entry is None or url is None or url in passage.text:
        return None
    at = claim.start + len(claim.text.rstrip().rstrip(".!?:;"))
    label = source_text(entry).split(" (")[0]
    if passage.format == "markdown":
        text = f" ([{label}]({url}))"
    elif passage.format == "html":
        text = f' (<a href="{html.escape(url)}">{html.escape(label)}</a>)'
    else:
        text = f" ({label}, {url})"
    return at, at, text
