"""The strength model's inputs: the levels it names, the rule classifier's reading of a claim
(RuleReading), and the features built from a sentence and that reading (dense columns and
hashed word n-grams). Separate from strength_model.py, which holds the weights, loads and
saves them and predicts; training (bench/) builds the same features from here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any, NamedTuple

import numpy as np

from linter.nlp.strength_cue_context import COLUMNS as CUE_CONTEXT
from linter.nlp.strength_cue_context import cue_context_columns
from linter.nlp.text_hash import Batch, PhraseTable, hashed_ngrams

# The model's classes: the four of Yu et al. (2019, 2020). Absolute wording is their "direct".
LEVELS = ("none", "correlational", "conditional", "direct")


NAMES = (*LEVELS, "absolute")


ABSOLUTE = 4


# strength.yaml's word classes for what a sentence does besides stating a finding.
CLASSES = ("future_work", "limitation", "method", "aim", "recommendation", "administrative")


_HEADING = re.compile(r"\s*[\"(]?[A-Z][A-Z /&,-]{3,}:")  # "CONCLUSIONS:", "LEVEL OF EVIDENCE:"


# A headline: no full stop (or ! ?) at its end, before any closing quote or bracket. Press
# releases state their claim in the headline, where a sentence of the body or of an abstract
# may describe, recommend or plan: the rules' level means more in a headline. The closing
# marks after the stop: straight and curly quotes (", ', \u201d, \u2019), guillemets, brackets.
_CLOSING = "\"'\u201d\u2019\u00bb)\\]"
_SENTENCE_END = re.compile(f"[.!?][{_CLOSING}]*\\s*$")
_QUESTION_END = re.compile(f"\\?[{_CLOSING}]*\\s*$")  # "Does tea cure colds?\u201d" asks too


_KINDS = ("direct", "conditional", "correlational")  # an absolute cue counts as direct


_FLAGS = ("negated", "hedged", "reported", "weak", "background", "booster")


_START = 14  # bytes of "^ " and a word or two: a class that starts before this opens the text


class RuleReading(NamedTuple):
    """What the rule classifier (healthlint_strength) says of one sentence: the model's input.

    A NamedTuple: one is made for every sentence, and a frozen dataclass costs three times as
    much to build.
    """

    level: int  # 0 none ... 4 absolute
    kind: str | None = None  # the deciding cue's kind: absolute, direct, conditional, correlational
    negated: bool = False
    hedged: bool = False
    reported: bool = False
    weak: bool = False
    background: bool = False
    booster: bool = False
    hedges: int = 0  # speculation words anywhere in the sentence
    cue_start: int | None = None  # where the deciding cue starts in the sentence text
    cues: tuple[str, ...] = ()  # as the rules name them: "direct:reduced", "hedge:may"

    @classmethod
    def from_info(cls, info: Mapping[str, Any], sentence_start: int = 0) -> RuleReading:
        """From a claim span's `info` (StrengthClassifier.classify); `sentence_start`: the
        sentence's offset in its document, since the cue's offsets are the document's."""
        cues = tuple(info.get("cues", ()))
        cue = info.get("cue")
        named = " ".join(cues)
        return cls(
            int(info["strength"]),
            info.get("kind"),
            bool(info.get("negated")),
            bool(info.get("hedged")),
            bool(info.get("reported")),
            bool(info.get("weak")),
            "background:" in named,
            "booster:" in named,
            len(info.get("hedges", ())),
            None if cue is None else cue[0] - sentence_start,
            cues,
        )


def _dense_names() -> tuple[str, ...]:
    # Absolute wording reads as the rules' direct: the labelled data hold seven absolute
    # readings, most of them the rules' mistakes, too few to learn anything of their own from
    # (a flag for them learnt that "This tea cures diabetes." is no claim).
    rule = [f"rule={n}" for n in LEVELS]
    kinds = [f"kind={k}" for k in _KINDS]
    flags = [*_FLAGS, "hedges=1", "hedges=2+", "heading", "question", "headline"]
    flags += [*CLASSES, *(f"{c}<cue" for c in CLASSES), *(f"{c}@start" for c in CLASSES)]
    flags += ["cue@start", "cue@middle", "cue@end"]
    flags += ["words<=8", "words<=20", "words<=35", "words>35"]
    crossed = ["negated", "hedged", "hedges=1", "hedges=2+", "background", "reported", "headline"]
    crossed += [*CLASSES, *(f"{c}<cue" for c in CLASSES)]
    crosses = [f"{r}&{f}" for r in rule for f in crossed]
    return (*rule, *kinds, *flags, *crosses, *CUE_CONTEXT)


DENSE = _dense_names()


_INDEX = {name: i for i, name in enumerate(DENSE)}


_CROSSES = tuple(name for name in DENSE if "&" in name)


_KIND_COLUMN = {k: _INDEX[f"kind={k}"] for k in _KINDS} | {"absolute": _INDEX["kind=direct"]}


def spell_out(fragment: str, top: bool = True) -> list[str]:
    """Every phrase a word-class entry stands for: "(a|b) c(s)?" -> "a c", "a cs", "b c", "b cs".

    Groups (nested too), "?" after a group or a letter, and "[sz]" are spelt out; any other
    regular-expression syntax is an error, since the classes are matched as literal words.
    """
    phrases, i = [""], 0
    while i < len(fragment):
        char = fragment[i]
        if char == "(":
            depth, j = 1, i + 1
            while depth:
                depth += {"(": 1, ")": -1}.get(fragment[j], 0)
                j += 1
            inner, options, depth, start = fragment[i + 1 : j - 1], [], 0, 0
            for k, c in enumerate(inner + "|"):
                depth += {"(": 1, ")": -1}.get(c, 0)
                if c == "|" and not depth:
                    options += spell_out(inner[start:k], top=False)
                    start = k + 1
            i = j
        elif char == "[":
            j = fragment.index("]", i)
            options, i = list(fragment[i + 1 : j]), j + 1
        elif char in "\\.*+{}|^$":
            raise ValueError(f"word class entry {fragment!r}: only (a|b), ? and [ab] are spelt out")
        else:
            options, i = [char], i + 1
        if i < len(fragment) and fragment[i] == "?":
            options, i = [*options, ""], i + 1
        phrases = [p + o for p in phrases for o in options]
    # An optional "(a )?" leaves two spaces or one at an end: only the whole phrase is tidied.
    return [" ".join(p.split()) for p in phrases] if top else phrases


@cache
def _word_classes() -> PhraseTable:
    """strength.yaml's word classes, spelt out and hashed."""
    from linter.config.lexicon import default_lexicon

    lexicon = default_lexicon()
    return PhraseTable(
        {
            name: [p for entry in lexicon.get(f"strength.{name}") for p in spell_out(entry)]
            for name in CLASSES
        }
    )


def dense_features(
    texts: Sequence[str], rules: Sequence[RuleReading], batch: Batch | None = None
) -> np.ndarray:
    """The rule-cue features of each sentence: a 0/1 matrix, one column for each of DENSE.

    Built a column at a time over the whole batch: per sentence, only the reading's fields and
    a few string methods run in Python.
    """
    n = len(texts)
    batch = Batch(texts) if batch is None else batch
    out = np.zeros((n, len(DENSE)), np.float32)
    rows = np.arange(n)

    def column(name: str) -> np.ndarray:
        return out[:, _INDEX[name]]

    # The readings' fields, each as a tuple over the batch (zip is C; a comprehension a field
    # is not).
    level, kind, *flags, hedges, cue_start, _ = zip(*rules, strict=True) if n else [()] * 11
    levels = np.array(level, np.int64)
    out[rows, np.minimum(levels, ABSOLUTE - 1)] = 1.0  # rule=none ... rule=direct come first
    kind_column = np.array([_KIND_COLUMN.get(k, -1) for k in kind], np.int64)
    out[rows[kind_column >= 0], kind_column[kind_column >= 0]] = 1.0
    for name, values in zip(_FLAGS, flags, strict=True):
        column(name)[:] = values
    count = np.array(hedges, np.int64)
    column("hedges=1")[:] = count == 1
    column("hedges=2+")[:] = count >= 2
    column("heading")[:] = [_HEADING.match(t) is not None for t in texts]
    column("question")[:] = [_QUESTION_END.search(t) is not None for t in texts]
    column("headline")[:] = [_SENTENCE_END.search(t) is None for t in texts]
    length = np.array([len(t) for t in texts], np.int64)
    has_cue = np.array([c is not None for c in cue_start], bool)
    cue = np.array([-1 if c is None else c for c in cue_start], np.int64)
    cue = np.where(has_cue, cue, length)
    at = cue / np.maximum(length, 1)
    column("cue@start")[:] = has_cue & (at < 0.2)
    column("cue@middle")[:] = has_cue & (at >= 0.2) & (at < 0.6)
    column("cue@end")[:] = has_cue & (at >= 0.6)
    words = np.array([t.count(" ") + 1 for t in texts], np.int64)
    column("words<=8")[:] = words <= 8
    column("words<=20")[:] = (words > 8) & (words <= 20)
    column("words<=35")[:] = (words > 20) & (words <= 35)
    column("words>35")[:] = words > 35
    # Where each word class first matches, against where the deciding cue is: both as a share
    # of the text (the match is found in the normalised text, the cue in the original).
    row, which, where = _word_classes().find(batch)
    order = np.lexsort((where, which, row))
    row, which, where = row[order], which[order], where[order]
    keep = np.ones(len(row), bool)
    keep[1:] = (row[1:] != row[:-1]) | (which[1:] != which[:-1])
    row, which, where = row[keep], which[keep], where[keep]
    size = np.diff(np.concatenate([batch.offset, [len(batch.data) + 1]])) - 1
    before = where / np.maximum(size[row], 1) < at[row]
    names = np.array([_INDEX[c] for c in CLASSES])
    out[row, names[which]] = 1.0
    out[row, names[which] + len(CLASSES)] = before
    out[row, names[which] + 2 * len(CLASSES)] = where < _START
    for name in _CROSSES:
        rule, flag = name.split("&")
        column(name)[:] = column(rule) * column(flag)
    context = _INDEX[CUE_CONTEXT[0]]
    cues = [r.cues for r in rules]
    out[:, context : context + len(CUE_CONTEXT)] = cue_context_columns(
        texts, level, kind, cue_start, cues
    )
    return out


def features(
    texts: Sequence[str], rules: Sequence[RuleReading], bits: int, chars: Sequence[int]
) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]:
    """The model's input for each sentence: its dense rule-cue features (`dense_features`) and
    its hashed n-grams (`text_hash.hashed_ngrams`). The trainer reads the same."""
    batch = Batch(texts)
    return dense_features(texts, rules, batch), hashed_ngrams(batch, bits, chars)
