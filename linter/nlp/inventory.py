"""The claim inventory: every sentence that claims something, for a fact-checker's audit."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from linter.documents.model import Block, Document
from linter.nlp.components.extensions import SPAN_KEYS, sentences
from linter.registry.match import claims_of
from linter.report.audit.inventory import InventoryClaim


def _strength(sentence: Span) -> tuple[str, tuple[str, ...]]:
    for claim in sentence.doc.spans.get(SPAN_KEYS["claims"], ()):
        if claim.start <= sentence.start < claim.end:
            return str(claim._.info["strength"]), tuple(claim._.info["cues"])
    return "none", ()


def claims_in(doc: Doc, block: Block, document: Document) -> list[tuple[int, int, InventoryClaim]]:
    """The block's claims, each with its source offsets [start, end) for attaching findings."""
    result = []
    for sentence in sentences(doc):
        strength, cues = _strength(sentence)
        attributions = tuple(
            f"{a._.info['kind']}: {a._.info['name'].strip()}" for a in sentence._.attributions
        )
        figures = tuple(f.text for f in sentence._.figures)
        if strength == "none" and not attributions and not figures:
            continue
        sources = tuple(
            f"{s.label_}: {(s._.info or {}).get('target') or s.text}" for s in sentence._.sources
        )
        matched = claims_of(sentence)
        start, end = block.source_span(sentence.start_char, sentence.end_char)
        line, column = document.position(start)
        reference = matched.reference if matched else None
        claim = InventoryClaim(
            path=document.path,
            line=line,
            column=column,
            text=document.source[start:end],
            strength=strength,
            cues=cues,
            attributions=tuple(dict.fromkeys(attributions)),
            sources=sources,
            figures=figures,
            registry=tuple(e.id for e in matched.entries) if matched else (),
            registry_reference=reference.id if reference else None,
        )
        result.append((start, end, claim))
    return result
