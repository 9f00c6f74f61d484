"""healthlint's spaCy components: registered factories and the Doc/Span extensions they set."""

from __future__ import annotations

from linter.claim import Strength
from linter.nlp.components.attributions import AttributionFinder, make_attributions
from linter.nlp.components.context import ContextFinder, make_context
from linter.nlp.components.extensions import SPAN_KEYS, register_extensions
from linter.nlp.components.figures import FigureFinder, make_figures
from linter.nlp.components.line_titles import split_line_titles
from linter.nlp.components.sentence_cap import MAX_SENTENCE_TOKENS, cap_sentences
from linter.nlp.components.sources import SourceFinder, make_sources
from linter.nlp.components.strength import StrengthClassifier, make_strength

register_extensions()

__all__ = [
    "MAX_SENTENCE_TOKENS",
    "SPAN_KEYS",
    "AttributionFinder",
    "ContextFinder",
    "FigureFinder",
    "SourceFinder",
    "Strength",
    "StrengthClassifier",
    "cap_sentences",
    "make_attributions",
    "make_context",
    "make_figures",
    "make_sources",
    "make_strength",
    "split_line_titles",
]
