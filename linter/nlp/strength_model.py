"""The learned claim-strength model: rule cues and hashed n-grams in, a level and its odds out."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

import numpy as np

from linter.nlp.text_hash import Batch, PhraseTable, hashed_ngrams

# The model's classes: the four of Yu et al. (2019, 2020). Absolute wording is their "direct".
LEVELS = ("none", "correlational", "conditional", "direct")
NAMES = (*LEVELS, "absolute")
ABSOLUTE = 4
WEIGHTS = "strength-model.npz"
FORMAT = 1  # bump when the features change: a weights file of another format will not load
# A reading the rules give a probability below this, the model differing, is worth a look.
DISAGREE_BELOW = 0.1

# strength.yaml's word classes for what a sentence does besides stating a finding.
CLASSES = ("future_work", "limitation", "method", "aim", "recommendation", "administrative")
_HEADING = re.compile(r"\s*[\"(]?[A-Z][A-Z /&,-]{3,}:")  # "CONCLUSIONS:", "LEVEL OF EVIDENCE:"
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
    flags = [*_FLAGS, "hedges=1", "hedges=2+", "heading", "question"]
    flags += [*CLASSES, *(f"{c}<cue" for c in CLASSES), *(f"{c}@start" for c in CLASSES)]
    flags += ["cue@start", "cue@middle", "cue@end"]
    flags += ["words<=8", "words<=20", "words<=35", "words>35"]
    crossed = ["negated", "hedged", "hedges=1", "hedges=2+", "background", "reported"]
    crossed += [*CLASSES, *(f"{c}<cue" for c in CLASSES)]
    crosses = [f"{r}&{f}" for r in rule for f in crossed]
    return (*rule, *kinds, *flags, *crosses)


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
    column("question")[:] = [t.rstrip().endswith("?") for t in texts]
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
    return out


def features(
    texts: Sequence[str], rules: Sequence[RuleReading], bits: int, chars: Sequence[int]
) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]:
    """The model's input for each sentence: its dense rule-cue features (`dense_features`) and
    its hashed n-grams (`text_hash.hashed_ngrams`). The trainer reads the same."""
    batch = Batch(texts)
    return dense_features(texts, rules, batch), hashed_ngrams(batch, bits, chars)


@dataclass(frozen=True)
class Model:
    """Linear weights over the features, one column per level (a multinomial logistic model)."""

    dense: np.ndarray  # (len(DENSE), 4)
    hashed: np.ndarray  # (2 kinds, 2**bits, 4): word n-grams, character n-grams
    bias: np.ndarray  # (4,)
    bits: int
    chars: tuple[int, ...]

    def scores(self, texts: Sequence[str], rules: Sequence[RuleReading]) -> np.ndarray:
        """Each sentence's score for each level (logits)."""
        dense, (row, column, kind, scale) = features(texts, rules, self.bits, self.chars)
        out = dense @ self.dense + self.bias
        weights = self.hashed.reshape(-1, len(LEVELS))[(kind << self.bits) + column]
        weights *= scale[:, None]
        for level in range(len(LEVELS)):
            out[:, level] += np.bincount(row, weights[:, level], minlength=len(texts))
        return out

    def probabilities(self, texts: Sequence[str], rules: Sequence[RuleReading]) -> np.ndarray:
        """Each sentence's probability of each level (rows sum to 1)."""
        scores = self.scores(texts, rules)
        scores -= scores.max(axis=1, keepdims=True)
        odds = np.exp(scores)
        return odds / odds.sum(axis=1, keepdims=True)


def save(path: str, model: Model) -> None:
    """Write the weights reproducibly: the same model gives the same bytes (fixed zip dates).

    Only the hashed rows some n-gram of the training data reached are stored (the others are
    zero), as float16: a fraction of the full table's size.
    """
    rows = np.flatnonzero(np.abs(model.hashed.reshape(-1, len(LEVELS))).max(axis=1) > 0)
    arrays = {
        "format": np.array([FORMAT, model.bits, *model.chars], np.int64),
        "dense_names": np.array(DENSE),
        "dense": model.dense.astype(np.float32),
        "bias": model.bias.astype(np.float32),
        "rows": rows.astype(np.uint32),
        "hashed": model.hashed.reshape(-1, len(LEVELS))[rows].astype(np.float16),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, array in arrays.items():
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, array, allow_pickle=False)
            archive.writestr(
                zipfile.ZipInfo(f"{name}.npy", (1980, 1, 1, 0, 0, 0)), buffer.getvalue()
            )


def load(source: Any) -> Model:
    """A model from a weights file (a path or a binary file object)."""
    with np.load(source, allow_pickle=False) as data:
        version, bits, *chars = (int(v) for v in data["format"])
        if version != FORMAT or tuple(data["dense_names"]) != DENSE:
            raise ValueError("strength model: weights of another format; retrain them")
        hashed = np.zeros((2 << bits, len(LEVELS)), np.float32)
        hashed[data["rows"]] = data["hashed"]
        return Model(
            dense=data["dense"],
            hashed=hashed.reshape(2, 1 << bits, len(LEVELS)),
            bias=data["bias"],
            bits=bits,
            chars=tuple(chars),
        )


@cache
def bundled_model() -> Model:
    """The model the wheel carries, read on first use (not at import)."""
    with (resources.files("linter.nlp") / "data" / WEIGHTS).open("rb") as handle:
        return load(io.BytesIO(handle.read()))


class Prediction(NamedTuple):
    """The model's reading of one sentence, beside the rules' reading."""

    level: int  # 0 none ... 4 absolute (the model's direct, where the rules read absolute)
    probabilities: tuple[float, ...]  # of none, correlational, conditional, direct
    rule_level: int
    disagrees: bool  # the model gives the rules' level a probability below DISAGREE_BELOW

    @property
    def name(self) -> str:
        return NAMES[self.level]


def predict(
    texts: Sequence[str], rules: Sequence[RuleReading], model: Model | None = None
) -> list[Prediction]:
    """The strength of each sentence (its text and the rules' reading of it).

    The model says direct where the rules found absolute wording ("cures"): that stays absolute,
    since the model's classes fold absolute into direct.
    """
    if not texts:
        return []
    odds = (model or bundled_model()).probabilities(texts, rules)
    rule = np.array([r[0] for r in rules])
    level = odds.argmax(axis=1)
    level[(level == len(LEVELS) - 1) & (rule == ABSOLUTE)] = ABSOLUTE
    rule_odds = odds[np.arange(len(rule)), np.minimum(rule, len(LEVELS) - 1)]
    disagrees = (level != rule) & (rule_odds < DISAGREE_BELOW)
    rounded = np.round(odds, 4).tolist()
    return [
        Prediction(*row)
        for row in zip(
            level.tolist(), map(tuple, rounded), rule.tolist(), disagrees.tolist(), strict=True
        )
    ]
