"""What a sentence says against the registry: its matched entries, cited entry, figure match."""

from __future__ import annotations

import html
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from linter.nlp.components.extensions import doc_text, span_text
from linter.registry.entries import Entry, Registry, fold
from linter.registry.values import interval, numbers, overlaps, timeframe

REGISTRY_KEY = "healthlint.registry"
TOPIC_KEY = "healthlint.topic_ids"

# Bodies that count as one source: an institute of the NIH is the NIH.
_SAME_BODY = (
    frozenset({
        "nih", "national institutes of health", "niaid",
        "national institute of allergy and infectious diseases", "nci", "national cancer institute",
        "nccih", "national center for complementary and integrative health", "nhlbi",
    }),
    frozenset({"cdc", "centers for disease control and prevention", "centers for disease control"}),
    frozenset({"fda", "food and drug administration", "u.s. food and drug administration"}),
    frozenset({"who", "world health organization"}),
    frozenset({"nejm", "new england journal of medicine", "n engl j med"}),
)  # fmt: skip


@dataclass(frozen=True)
class FigureMatch:
    """A sentence figure set against the entry figure for the same outcome and timeframe."""

    entry: Entry
    figure: dict
    span: Span
    contradicts: bool


@dataclass(frozen=True)
class SentenceClaims:
    """The registry's view of one sentence."""

    entries: tuple[Entry, ...]
    explicit: tuple[Entry, ...]  # entries whose condition the sentence itself names
    named: tuple[Span, ...]  # named sources (journals, institutions) in the sentence
    cited: tuple[Entry, ...]  # matched entries whose source the sentence names
    figure: FigureMatch | None

    @property
    def reference(self) -> Entry | None:
        """The entry the claim is best checked against: cited, else figure, else best evidence."""
        if self.cited:
            return self.cited[0]
        if self.figure:
            return self.figure.entry
        return best_evidence(self.entries)


def best_evidence(entries: tuple[Entry, ...]) -> Entry | None:
    """The entry with the strongest evidence; on a tie, the one allowing the weakest wording."""
    if not entries:
        return None
    return max(entries, key=lambda e: (e.evidence_rank, -e.strength_rank, e.id))


def claims_of(sentence: Span) -> SentenceClaims | None:
    """Registry matches of a sentence, computed once per sentence and cached on the Doc."""
    doc: Doc = sentence.doc
    registry: Registry | None = doc.user_data.get(REGISTRY_KEY)
    if registry is None:
        return None
    key = ("healthlint.claims", sentence.start)
    if key not in doc.user_data:
        doc.user_data[key] = _claims(sentence, registry, doc.user_data.get(TOPIC_KEY, frozenset()))
    return doc.user_data[key]


def _claims(sentence: Span, registry: Registry, topic: frozenset[str]) -> SentenceClaims:
    matched, named_condition = registry.matches(span_text(sentence), topic)
    entries, explicit = tuple(matched), tuple(named_condition)
    named = tuple(
        a
        for a in sentence._.attributions
        if a.label_ == "named" and a._.info["kind"] in ("journal", "institution", "affiliation")
    )
    cited = tuple(e for e in entries if any(source_named(e, a._.info["name"]) for a in named))
    return SentenceClaims(entries, explicit, named, cited, _figure_match(sentence, entries))


def _norm(name: str) -> str:
    return " ".join(fold(name).replace(".", "").removeprefix("the ").split())


def source_named(entry: Entry, name: str) -> bool:
    """Whether a name in the article is one of the entry's sources (a journal's family counts)."""
    named = _norm(name)
    if not named:
        return False
    for source in entry.sources:
        for key in ("journal", "institution", "publisher", "first_author"):
            value = source.get(key)
            if not value:
                continue
            for part in str(value).replace("(", ",").replace(")", ",").split(","):
                known = _norm(part)
                if known and (
                    known.startswith(named) or named.startswith(known) or _same_body(known, named)
                ):
                    return True
    return False


def _same_body(a: str, b: str) -> bool:
    return any(a in group and b in group for group in _SAME_BODY)


def _figure_match(sentence: Span, entries: tuple[Entry, ...]) -> FigureMatch | None:
    spans = [f for f in sentence._.figures if f.label_ == "percent"]
    if not spans:
        return None
    folded = fold(span_text(sentence))
    found: list[FigureMatch] = []
    for entry in entries:
        for figure in entry.figures:
            if figure.get("unit") != "percent" or not _names_outcome(figure["outcome"], folded):
                continue
            for span in spans:
                stated = timeframe(span._.info.get("timeframe"))
                if figure.get("timeframe") and stated != timeframe(str(figure["timeframe"])):
                    continue
                values = numbers(span.text)
                if not values:
                    continue
                said = interval((values[0], values[-1]), span._.info.get("comparator"), 1.0)
                known = interval(_entry_value(figure), None, 0.5)
                found.append(FigureMatch(entry, figure, span, not overlaps(said, known)))
    # A figure that agrees with any entry may come from that entry's source: no contradiction.
    agreeing = [m for m in found if not m.contradicts]
    return (agreeing or found or [None])[0]


def _names_outcome(outcome: str, folded_sentence: str) -> bool:
    words = fold(outcome).split()
    if words and words[0] in ("overall", "total"):
        words = words[1:]
    return " ".join(words) in folded_sentence


def _entry_value(figure: dict) -> float | tuple[float, float]:
    if "range" in figure:
        low, high = figure["range"]
        return float(low), float(high)
    return float(figure["value"])


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


def suggested_entry(sentence: Span, prefer_figure: bool) -> Entry | None:
    """The entry whose source an unsourced sentence could cite, if the registry knows one."""
    claims = claims_of(sentence)
    if claims is None or not claims.entries:
        return None
    if prefer_figure and claims.figure is not None:
        return claims.figure.entry
    return claims.reference


def registry_suggestion(entry: Entry | None) -> str | None:
    if entry is None:
        return None
    return f"The registry's source for this claim ({entry.id}): {source_link(entry)}"


FORMAT_KEY = "healthlint.format"


def citation_fix(sentence: Span, entry: Entry | None) -> tuple[int, int, str] | None:
    """Insert the entry's source as a link before the sentence's full stop, in its markup."""
    doc = sentence.doc
    url = source_url(entry) if entry else None
    if entry is None or url is None or url in doc_text(doc):
        return None
    at = sentence.start_char + len(span_text(sentence).rstrip().rstrip(".!?:;"))
    label = source_text(entry).split(" (")[0]
    fmt = doc.user_data.get(FORMAT_KEY, "text")
    if fmt == "markdown":
        text = f" ([{label}]({url}))"
    elif fmt == "html":
        text = f' (<a href="{html.escape(url)}">{html.escape(label)}</a>)'
    else:
        text = f" ({label}, {url})"
    return at, at, text


def cited_entry(sentence: Span) -> Entry | None:
    """The registry entry whose source the sentence names, if exactly one is."""
    claims = claims_of(sentence)
    return claims.cited[0] if claims and len(claims.cited) == 1 else None


def agreeing_entry(sentence: Span, figure: Span) -> Entry | None:
    """The entry whose figure this one agrees with (same outcome, timeframe and value)."""
    claims = claims_of(sentence)
    match = claims.figure if claims else None
    if match is None or match.contradicts or match.span != figure:
        return None
    return match.entry
