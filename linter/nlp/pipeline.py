"""Build the spaCy pipeline: blank English (or a named model), a sentencizer, our components."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any, ClassVar, cast

import spacy
from spacy.attrs import IS_PUNCT, IS_SPACE, LOWER, NORM
from spacy.lang.en import English
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex
from thinc.api import Config

import linter.nlp.components  # noqa: F401 - registers the factories and extensions
from linter.documents.citations import NUMBERED_ABBREVIATIONS, ROMAN
from linter.errors import ConfigError
from linter.nlp.tokenizer_affixes import TOKENIZER
from linter.nlp.tokenizer_rules import LazyRulesTokenizer

COMPONENTS = (
    "healthlint_sources",
    "healthlint_attributions",
    "healthlint_figures",
    "healthlint_context",
    "healthlint_strength",
)
# `healthlint strength` needs only these: each input line is a sentence, so no sentencizer.
STRENGTH_COMPONENTS = ("healthlint_context", "healthlint_strength")

# "media.Did you": a full stop glued to the next sentence in scraped text still ends a sentence.
_GLUED_STOP = r"(?<=[a-z]{2})\.(?=[A-Z][a-z])"
# "effect.[5]": a reference marker after a full stop is its own token, so it can be found,
# and the full stop is its own token too, so that it still ends the sentence (glued to the
# word, "effect." is no punctuation and the marker would run on into the next sentence).
# Whether a sentence really ends there is for healthlint_sources to say ("in the U.S.[4] red
# meat" is one sentence).
_MARKER_AFTER_STOP = r"(?<=[.!?,;:])(?:\[|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\^(?=\d))"
# (Inside a token the marker's "]" is already split off: "[5" ends the text seen here.)
_STOP_BEFORE_MARKER = (
    r"(?<=[^\s.!?])(?<!\.\w)[.!?]"
    r"(?=\[\d{1,3}(?:\s*[,–—-]\s*\d{1,3})*(?:\]|$)|\[\^[\w-]|[¹²³⁴⁵⁶⁷⁸⁹⁰]|\^\d)"
)
# "effect.[5]Next": the marker's "]" glued to the next sentence's first word.
_MARKER_BEFORE_WORD = r"(?<=\d)\](?=[A-Z][a-z])"
# "gout.3", "gout.ii": a flattened superscript marker glued after a word's full stop (see
# MARKER_RE): the stop is split off so that it can end the sentence, as before a "[5]";
# not in "Fig.2", "vol.21", nor in a decimal.
_STOP_BEFORE_FLAT_MARKER = (
    r"(?<=[a-z]{2})"
    + "".join(rf"(?<!{abbreviation})" for abbreviation in NUMBERED_ABBREVIATIONS)
    + rf"\.(?=(?:\d{{1,3}}|{ROMAN})$)"
)
_OUR_INFIXES = (
    _GLUED_STOP,
    _MARKER_AFTER_STOP,
    _STOP_BEFORE_MARKER,
    _MARKER_BEFORE_WORD,
    _STOP_BEFORE_FLAT_MARKER,
)


# Abbreviations whose full stop does not end a sentence in health writing ("Smith et al. found").
_ABBREVIATIONS = (
    "al.",
    "approx.",
    "Fig.",
    "fig.",
    "Ref.",
    "ref.",
    "No.",
    "vol.",
    "Vol.",
    "pp.",
    "cf.",
)


# Lexical attributes healthlint's components read (is_punct) or spaCy keys on (lower, norm).
_LEXICAL_ATTRIBUTES = (IS_PUNCT, IS_SPACE, LOWER, NORM)


class _HealthEnglishDefaults(English.Defaults):  # type: ignore[misc,valid-type]
    # spaCy's tokenizer with a faster suffix search, the same splits (tokenizer_affixes.py).
    config: ClassVar[Config] = English.Defaults.config.merge(
        Config({"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    )
    infixes: ClassVar[list[str]] = [*English.Defaults.infixes, *_OUR_INFIXES]
    tokenizer_exceptions: ClassVar[dict[str, list[dict[int, str]]]] = {
        **English.Defaults.tokenizer_exceptions,
        **{abbreviation: [{ORTH: abbreviation}] for abbreviation in _ABBREVIATIONS},
    }


class HealthEnglish(English):  # type: ignore[no-untyped-call]  # spaCy's __init_subclass__
    """Blank English with our tokenizer rules in its defaults: built once, not patched after.

    Patching a built tokenizer (`prepare_tokenizer`) compiles the infixes a second time and
    reloads all 2,700 special cases for each one added: a tenth of a second at every start.

    Every word spaCy meets for the first time gets its lexical attributes computed, 23 Python
    functions (shape, like_url, like_num ...); our components read only a few, and the others
    cost a sixth of the time spent tokenizing text full of new words.
    """

    lang = "en"
    Defaults = _HealthEnglishDefaults

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # A Cython attribute spaCy's type stubs do not list.
        getters = self.vocab.lex_attr_getters  # type: ignore[attr-defined]
        kept = {a: getters[a] for a in _LEXICAL_ATTRIBUTES if a in getters}
        self.vocab.lex_attr_getters = kept  # type: ignore[attr-defined]

    @contextmanager
    def memory_zone(self, mem: Any = None) -> Iterator[Any]:
        """spaCy's, with every special case loaded first: one loaded inside the zone would be
        freed at its end (tokenizer_rules.py)."""
        if isinstance(self.tokenizer, LazyRulesTokenizer):
            self.tokenizer.load_all()
        with super().memory_zone(mem) as zone:
            yield zone


def prepare_tokenizer(nlp: Language) -> None:
    """Our tokenizer rules: glued full stops end sentences, "et al." does not."""
    infixes = [*(nlp.Defaults.infixes or ()), *_OUR_INFIXES]
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    for abbreviation in _ABBREVIATIONS:
        tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


@cache
def build_nlp(model: str | None = None) -> Language:
    """The pipeline, built once per process for each model name."""
    if model:
        try:
            nlp = spacy.load(model, exclude=["ner", "lemmatizer", "textcat"])
        except OSError as exc:
            raise ConfigError(None, f"cannot load spaCy pipeline {model!r}: {exc}") from None
        prepare_tokenizer(nlp)
    else:
        nlp = HealthEnglish()
    if not nlp.has_pipe("parser") and not nlp.has_pipe("senter"):
        nlp.add_pipe("sentencizer")
    nlp.add_pipe("healthlint_line_titles")
    nlp.add_pipe("healthlint_sentence_cap")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


@cache
def build_strength_nlp(negated: str = "keep") -> Language:
    """Blank English with only the components claim strength needs; the caller marks sentences.

    `negated`: "keep" (a denied relation keeps its level) or "none" (it is no claim).
    """
    nlp = HealthEnglish()
    for name in STRENGTH_COMPONENTS:
        nlp.add_pipe(name, config={"negated": negated} if name == "healthlint_strength" else {})
    return nlp
