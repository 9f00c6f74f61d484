"""The learned claim-strength model: rule cues and hashed n-grams in, a level and its odds out."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

from linter.nlp.text_hash import hashed_ngrams

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
_MODALS = ("can", "cannot", "may", "might", "could", "would", "should", "must", "will")
_MODAL = re.compile(r"\b(" + "|".join(_MODALS) + r")\b")
_NEGATION = re.compile(r"\b(?:no|not|never|neither|nor|without|none|cannot)\b|n[’']t\b")
_HEADING = re.compile(r"^\s*[\"(]?[A-Z][A-Z /&,-]{3,}:")  # "CONCLUSIONS:", "LEVEL OF EVIDENCE:"
_WE = re.compile(r"\b(?:we|our)\b")
_KINDS = ("absolute", "direct", "conditional", "correlational")


@dataclass(frozen=True)
class RuleReading:
    """What the rule classifier (healthlint_strength) says of one sentence: the model's input."""

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
        cues = info.get("cues", ())
        cue = info.get("cue")
        return cls(
            level=int(info["strength"]),
            kind=info.get("kind"),
            negated=bool(info.get("negated")),
            hedged=bool(info.get("hedged")),
            reported=bool(info.get("reported")),
            weak=bool(info.get("weak")),
            background=any(c.startswith("background:") for c in cues),
            booster=any(c.startswith("booster:") for c in cues),
            hedges=len(info.get("hedges", ())),
            cue_start=None if cue is None else cue[0] - sentence_start,
            cues=tuple(cues),
        )


def _dense_names() -> tuple[str, ...]:
    rule = [f"rule={n}" for n in NAMES]
    flags = ["negated", "hedged", "reported", "weak", "background", "booster"]
    flags += ["hedges=1", "hedges=2+", "heading", "question", "we", "negation-word"]
    flags += [f"{c}" for c in CLASSES] + [f"{c}<cue" for c in CLASSES]
    flags += [f"{c}@start" for c in CLASSES]
    flags += [f"modal={m}" for m in _MODALS]
    flags += ["cue@start", "cue@middle", "cue@end"]
    flags += ["words<=8", "words<=20", "words<=35", "words>35"]
    kinds = [f"kind={k}" for k in _KINDS]
    crossed = ["negated", "hedged", "hedges=1", "hedges=2+", "background", "reported"]
    crossed += [*CLASSES, *(f"{c}<cue" for c in CLASSES), "modal=should", "we"]
    crosses = [f"{r}&{f}" for r in rule[:4] for f in crossed]
    return (*rule, *kinds, *flags, *crosses)


DENSE = _dense_names()
_INDEX = {name: i for i, name in enumerate(DENSE)}


@cache
def _word_classes() -> Any:
    """strength.yaml's word classes as one PhraseSet (one pass over a sentence)."""
    from linter.lexicon import default_lexicon
    from linter.phrase_set import PhraseSet

    lexicon = default_lexicon()
    return PhraseSet({name: lexicon.get(f"strength.{name}") for name in CLASSES})


def dense_features(text: str, rule: RuleReading) -> list[int]:
    """The indices (in DENSE) of the rule-cue features that hold for one sentence."""
    from linter.phrase_regex import lower

    low = lower(text)
    on = [f"rule={NAMES[rule.level]}"]
    if rule.kind in _KINDS:
        on.append(f"kind={rule.kind}")
    for flag in ("negated", "hedged", "reported", "weak", "background", "booster"):
        if getattr(rule, flag):
            on.append(flag)
    if rule.hedges:
        on.append("hedges=1" if rule.hedges == 1 else "hedges=2+")
    if _HEADING.match(text):
        on.append("heading")
    if text.rstrip().endswith("?"):
        on.append("question")
    if _WE.search(low):
        on.append("we")
    if _NEGATION.search(low):
        on.append("negation-word")
    cue = len(low) if rule.cue_start is None else rule.cue_start
    for name, spans in _word_classes().scan(low).items():
        if spans:
            on.append(name)
            if spans[0][0] < cue:
                on.append(f"{name}<cue")
            if spans[0][0] < 12:
                on.append(f"{name}@start")
    on += sorted({f"modal={m}" for m in _MODAL.findall(low)})
    if rule.cue_start is not None:
        at = rule.cue_start / max(len(text), 1)
        on.append("cue@start" if at < 0.2 else "cue@middle" if at < 0.6 else "cue@end")
    words = len(low.split())
    on.append(
        "words<=8"
        if words <= 8
        else "words<=20"
        if words <= 20
        else "words<=35"
        if words <= 35
        else "words>35"
    )
    if rule.level < ABSOLUTE:
        level = NAMES[rule.level]
        on += [f"rule={level}&{f}" for f in list(on) if f"rule={level}&{f}" in _INDEX]
    return [_INDEX[name] for name in on]


def features(
    texts: Sequence[str], rules: Sequence[RuleReading], bits: int, chars: Sequence[int]
) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]:
    """The model's input for each sentence: its dense rule-cue features (a 0/1 matrix, columns
    as in DENSE) and its hashed n-grams (`text_hash.hashed_ngrams`). Training reads the same."""
    dense = np.zeros((len(texts), len(DENSE)), np.float32)
    for row, (text, rule) in enumerate(zip(texts, rules, strict=True)):
        dense[row, dense_features(text, rule)] = 1.0
    return dense, hashed_ngrams(texts, bits, chars)


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
        weights = self.hashed[kind, column] * scale[:, None]
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


@dataclass(frozen=True)
class Prediction:
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
    predictions = []
    for row, rule in zip(odds, rules, strict=True):
        level = int(row.argmax())
        if level == len(LEVELS) - 1 and rule.level == ABSOLUTE:
            level = ABSOLUTE
        rule_odds = float(row[min(rule.level, len(LEVELS) - 1)])
        predictions.append(
            Prediction(
                level=level,
                probabilities=tuple(round(float(p), 4) for p in row),
                rule_level=rule.level,
                disagrees=level != rule.level and rule_odds < DISAGREE_BELOW,
            )
        )
    return predictions


def rule_readings(lines: Iterable[str], batch_size: int = 256) -> Iterator[tuple[str, dict]]:
    """Each line (one sentence) with the rule classifier's `info` for it: what `predict` and
    the trainer read. Negated claims keep their level, as in the labelled data."""
    from linter.components.extensions import SPAN_KEYS, TEXT_KEY, doc_text
    from linter.components.strength import Strength
    from linter.pipeline import build_strength_nlp

    nlp = build_strength_nlp("keep")

    def one_sentence(text: str) -> Any:
        doc = nlp.make_doc(text)
        doc.user_data[TEXT_KEY] = text  # what doc.text would join from tokens
        if len(doc) > 1:
            doc[1].is_sent_start = False  # the whole line is one sentence
        return doc

    none = {"strength": Strength.NONE, "cues": [], "hedges": []}
    for doc in nlp.pipe((one_sentence(line) for line in lines), batch_size=batch_size):
        claims = doc.spans[SPAN_KEYS["claims"]] if len(doc) else ()
        yield doc_text(doc), (claims[0]._.info if claims else none)
