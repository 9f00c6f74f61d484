"""Two named bases of a claim that are no study: a document that comes with a medicine ("the
product information leaflet states that ...", "the physician information sheet for these
products specifically states that ...") and a body named as the holder of a view ("In the
WHO's view, obesity is ...", "In the view of the American Heart Association, ..."). Part of
attribution_patterns' grammar; GUIDELINE.md's CITE names "a specific ... report" and "named
institutions" as the basis of a claim.

A document is read only as the subject of a reporting verb of saying or advice with a
that-clause ("states that", "warns that": Quirk et al. 1985, §16.31, the reporting clause):
"read the leaflet before use" is an instruction, "the leaflet explains how to take it" a
description; nor where a condition or a question opens just before it ("if the leaflet says
that", "does the leaflet say that": lexicon `unasserted_openers`). A view is read only where
the holder is a body of the lexicon's shape (a name with an institution head or a listed
acronym) in the adverbial "in X's view" or "in the view of X" before a comma (Quirk et al.
1985, §8.127: viewpoint adjuncts): "in my view" and "in Sarah's view" name no body.
"""

from __future__ import annotations

from linter.nlp.components.attribution_classing import classing_patterns
from linter.nlp.components.attribution_credited import credited_patterns
from linter.nlp.components.attribution_names import NamedPattern, org_pattern
from linter.nlp.components.attribution_pointers import pointer_patterns
from linter.nlp.components.attribution_words import AttributionWords
from linter.nlp.lazy_regex import lazy

# An adverb between the document and its verb ("specifically states", "also warns"): -ly
# adverbs and the additive ones (Quirk et al. 1985, §8.116).
_ADVERB = r"(?: (?:also|clearly|specifically|explicitly|expressly|still))?"


def basis_patterns(w: AttributionWords) -> tuple[NamedPattern, ...]:
    """The document and the view patterns, the bases given in pointers, notes and brackets
    (attribution_pointers), and a body's classification or a genitive outlet's report
    (attribution_classing)."""
    documents = w.product_documents
    verbs = rf"(?:{w.discourse}|{w.advice})"
    view = r"(?:view|opinion|judge?ment|assessment)"
    opening = r"(?:^|(?<=[.!?”\"] )|(?<=\n))"
    trigger = lazy(rf"(?i)\bin\b.{{0,80}}\b{view}\b")
    return (
        NamedPattern(
            "institution",
            lazy(
                # "the product information leaflet for these tablets states that": a
                # prepositional postmodifier of up to four words may name the product.
                # Not in a condition or a question ("If the leaflet says that ...").
                rf"(?<![\w-]){w.unasserted}(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Ee]ach) "
                rf"(?P<name>(?i:{documents}))(?![\w-])"
                rf"(?: (?:for|of|with|on) (?:[\w-]+ ){{0,3}}?[\w-]+)?"
                rf"{_ADVERB} (?P<verb>{verbs}) that\b"
            ),
            lazy(rf"(?i)\b(?:{documents})\b"),
        ),
        NamedPattern(
            "institution",
            lazy(rf"{opening}[Ii]n (?:the )?{org_pattern(w)}(?:'s|’s) {view},"),
            trigger,
            "according",
        ),
        NamedPattern(
            "institution",
            lazy(rf"{opening}[Ii]n the {view} of (?:the )?{org_pattern(w)},"),
            trigger,
            "according",
        ),
        *pointer_patterns(w),
        *classing_patterns(w),
        *credited_patterns(w),
    )
