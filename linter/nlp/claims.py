"""A processed Doc turned into a Passage of Claims: where spaCy's spans become plain records.

Every span the components wrote starts at a token, and every token belongs to one sentence, so
each source, attribution, figure and modifier goes to the sentence its first token is in (as
the Span extensions `sentence._.sources` etc. always did). Offsets stay those of the Doc text,
which is the block's text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span

from linter.claim import (
    Attribution,
    Claim,
    Evidence,
    Figure,
    Modifier,
    Passage,
    Source,
    Strength,
    StrengthReading,
)
from linter.config.lexicon import default_lexicon, word_pattern
from linter.documents.links import DEFAULT_POLICY, SourcePolicy
from linter.nlp.components.extensions import (
    SPAN_KEYS,
    doc_text,
    info_of,
    readings,
    sentences,
    span_group,
)
from linter.nlp.components.strength_lexicon import strength_lexicon
from linter.nlp.evidence import find_evidence
from linter.nlp.trailing_source import after_the_stop
from linter.nlp.whole_unit import whole_unit

# How a block shares its sources with another: a list's lead-in paragraph shares those of its
# last sentence (the one that introduces the list); a parent item, a table row's cells and a
# heading (a linked headline over its section: documents/scopes.py) share all of theirs.
# How a block quote's sentences hold the source its lead-in links: as that source's own words.
QUOTATION = "quotation"
_SHARED_BY_KIND = {"list_item": "parent item", "table_cell": "table row", "heading": "heading"}
# Sources that are written in a sentence's own words or attached as a marker: always sources.
# Links and raw URLs are sources only where they point to evidence (documents/links.py).
_LINK_KINDS = ("link", "url")
# Sources that name a study's authors in the prose: "Lee et al. (2021)", "[@lee2021]".
_NAMING_KINDS = ("author-year", "pandoc-citation", "works-cited")

_NO_STRENGTH = StrengthReading()


def _ordered(doc: Doc, key: str) -> list[Span]:
    """A span group by start and end character, as the Span extensions list it."""
    group = span_group(doc, key)
    return [] if group is None else sorted(group, key=lambda s: (s.start_char, s.end_char))


# The modal, or "help", right before a cue: "can reduce", "may help prevent", "helps to lower".
_MODAL_BEFORE = re.compile(
    r"\b((?:can|could|may|might|will|would|should|must|cannot)(?:\s+(?:also|even|actually|"
    r"really|further|still|potentially|significantly|greatly|often|not))*(?:\s+help(?:\s+to)?)?"
    r"|helps?(?:\s+to)?|helped(?:\s+to)?|helping(?:\s+to)?)\s+$",
    re.I,
)


def _cue_form(text: str, start: int, end: int) -> tuple[str, str]:
    """The deciding cue's verb form ("" for a phrase) and the modal right before it."""
    words = text[start:end].lower().split()
    form = strength_lexicon().verb_forms.get(words[0], ("", ""))[0] if words else ""
    modal = _MODAL_BEFORE.search(text, max(0, start - 40), start)
    return form, " ".join(modal.group(1).split()).lower() if modal else ""


def _reading(info: dict[str, Any] | None, text: str) -> StrengthReading:
    if not info or info["cue"] is None:
        if info and info.get("hedges"):
            return StrengthReading(hedges=tuple(info["hedges"]))
        return _NO_STRENGTH
    form, modal = _cue_form(text, info["cue"][0], info["cue"][1])
    return StrengthReading(
        level=Strength(int(info["strength"])),
        cues=tuple(info["cues"]),
        cue=(info["cue"][0], info["cue"][1]),
        kind=info["kind"],
        weak=bool(info["weak"]),
        negated=bool(info["negated"]),
        hedged=bool(info["hedged"]),
        reported=bool(info["reported"]),
        hedges=tuple(info["hedges"]),
        form=form,
        modal=modal,
    )


def _scope_chars(doc: Doc, scope: tuple[int, int]) -> tuple[int, int]:
    start, end = scope
    last = doc[end - 1]
    return doc[start].idx, last.idx + len(last.text)


def passage_of(doc: Doc, kind: str, fmt: str, policy: SourcePolicy = DEFAULT_POLICY) -> Passage:
    """The Doc's sentences as Claims, with what the components found in each.

    A sentence's sources are what is attached to it or written in it; a link or raw URL
    counts only where `policy` says it points to evidence (not a glossary, shop, tag page or
    share button).
    """
    text = doc_text(doc)
    sents = sentences(doc)
    first_tokens = [s.start for s in sents]
    buckets: list[dict[str, list[Any]]] = [
        {"sources": [], "attributions": [], "figures": [], "modifiers": []} for _ in sents
    ]

    def text_of(span: Span) -> str:  # Span.text joins its tokens again on every call
        return text[span.start_char : span.end_char]

    def bucket(span: Span, name: str) -> list[Any]:
        return buckets[bisect.bisect_right(first_tokens, span.start) - 1][name]

    for span in _ordered(doc, SPAN_KEYS["sources"]):
        info = info_of(span)
        target = info.get("target") if info else None
        anchor = text_of(span) if target and span.label_ == "link" else ""
        if span.label_ in _LINK_KINDS and not policy.counts(target or text_of(span), anchor):
            continue
        bucket(span, "sources").append(
            Source(span.label_, span.start_char, span.end_char, text_of(span), target)
        )
    for span in _ordered(doc, SPAN_KEYS["attributions"]):
        info = info_of(span)
        bucket(span, "attributions").append(
            Attribution(
                info["kind"],
                info["name"],
                span.start_char,
                span.end_char,
                text_of(span),
                info.get("basis", "reported"),
                info.get("reference", "new"),
            )
        )
    for span in _ordered(doc, SPAN_KEYS["figures"]):
        info = info_of(span)
        bucket(span, "figures").append(
            Figure(
                span.label_,
                span.start_char,
                span.end_char,
                text_of(span),
                info.get("comparator"),
                info.get("timeframe"),
                info.get("quantity"),
                info.get("measures"),
            )
        )
    for span in _ordered(doc, SPAN_KEYS["modifiers"]):
        info = info_of(span)
        bucket(span, "modifiers").append(
            Modifier(
                span.label_,
                info["direction"],
                span.start_char,
                span.end_char,
                text_of(span),
                *_scope_chars(doc, info["scope"]),
            )
        )
    strengths = readings(doc)
    evidence, scopes = find_evidence(text)
    starts = [s.start_char for s in sents]
    cues: list[list[Evidence]] = [[] for _ in sents]
    scoped: list[list[tuple[int, int]]] = [[] for _ in sents]
    for cue in evidence:  # in the finder's order: by kind, then by place
        cues[max(0, bisect.bisect_right(starts, cue.start) - 1)].append(cue)
    for scope in scopes:
        scoped[max(0, bisect.bisect_right(starts, scope[0]) - 1)].append(scope)
    claims = []
    for index, (sent, found) in enumerate(zip(sents, buckets, strict=True)):
        claims.append(
            Claim(
                index=index,
                start=sent.start_char,
                end=sent.end_char,
                text=text[sent.start_char : sent.end_char],
                sources=tuple(found["sources"]),
                attributions=tuple(found["attributions"]),
                figures=tuple(found["figures"]),
                modifiers=tuple(found["modifiers"]),
                evidence=tuple(cues[index]),
                model_scopes=tuple(scoped[index]),
                strength=_reading(strengths.get(sent.start), text),
            )
        )
    claims = after_the_stop(text, claims)
    whole = whole_unit(kind, text, claims, doc._.attachments or (), policy)
    return Passage(text=text, kind=kind, format=fmt, claims=whole)


def shared_sources(passage: Passage) -> tuple[Source, ...]:
    """The sources a block passes on to the blocks under it (see _SHARED_BY_KIND)."""
    if passage.kind in _SHARED_BY_KIND:
        return tuple(s for claim in passage.claims for s in claim.sources)
    return passage.claims[-1].sources if passage.claims else ()


def with_shared(passage: Passage, giver: Passage, quoted: bool = False) -> Passage:
    """The passage whose every sentence is also sourced by what `giver` passes on; `quoted`:
    the passage quotes that source (documents/quotations.py), its words are the source's:
    only what the lead-in's last sentence holds itself (the link that hands over to it)."""
    given = shared_sources(giver)
    if quoted:
        last = giver.claims[-1].sources if giver.claims else ()
        given = tuple(s for s in last if s.inherited is None)
    if passage.kind == "table_cell" and giver.kind != "table_cell":
        given = _study_sources(giver, given)  # a table's lead-in: only one naming its study
    if not given:
        return passage
    how = QUOTATION if quoted else _SHARED_BY_KIND.get(giver.kind, "lead-in")
    # A quote's own mark wins over how its lead-in got the source; what a quote passes on to
    # a list under it is a lead-in's source, not a quotation.
    given = tuple(
        replace(s, inherited=None) if quoted or s.inherited == QUOTATION else s for s in given
    )
    claims = tuple(
        replace(
            claim,
            sources=claim.sources
            + tuple(
                replace(s, start=claim.start, end=claim.start, inherited=s.inherited or how)
                for s in given
            ),
        )
        for claim in passage.claims
    )
    return Passage(text=passage.text, kind=passage.kind, format=passage.format, claims=claims)


@cache
def _study_heads() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("citations.study_heads"))


def _study_sources(lead_in: Passage, given: tuple[Source, ...]) -> tuple[Source, ...]:
    """What a table's lead-in passes on to its cells: the sources its closing sentence holds
    itself (or the sentence before a source unit closing it: nlp/trailing_source.py) where
    that sentence names a study (a named source, a head noun of citations.study_heads, an
    author-year citation); a lead-in that names none ("Here is what we know:") gives nothing."""
    heads = _study_heads()
    for claim in lead_in.claims[-2:]:
        own = tuple(s for s in given if s.inherited is None and s in claim.sources)
        if own and (
            any(a.named for a in claim.attributions)
            or any(s.kind in _NAMING_KINDS for s in claim.sources)
            or heads.search(claim.text) is not None
        ):
            return own
    return ()


def as_examined(passage: Passage, label_start: int, label_end: int, end: int) -> Passage:
    """The passage whose words after a claim label, up to `end`, are reported: the claim a
    myth-and-fact frame puts up to refute (documents/claim_frames.py), read as "claims that"
    reads (rules/lexicon/context.yaml), so no check takes it for the writer's claim."""
    label = Modifier(
        "reported",
        "forward",
        label_start,
        label_end,
        passage.text[label_start:label_end],
        label_end,
        end,
    )
    claims = tuple(
        replace(claim, modifiers=(*claim.modifiers, label))
        if claim.start < end and label_end < claim.end
        else claim
        for claim in passage.claims
    )
    return Passage(text=passage.text, kind=passage.kind, format=passage.format, claims=claims)
