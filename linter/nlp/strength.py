"""`healthlint strength`: the claim strength of one sentence a line, through the short pipeline.

The rule classifier reads each line (its level and the cues that decided it); by default the
learned model (nlp/strength_model.py) then gives the level, and the cues stay the rules'.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from spacy.tokens import Doc

from linter.claim import Strength
from linter.nlp.components.extensions import SPAN_KEYS, TEXT_KEY, doc_text
from linter.nlp.pipeline import build_strength_nlp
from linter.nlp.strength_model import NAMES, RuleReading, predict


def rule_readings(
    lines: Iterable[str], batch_size: int = 256, negated: str = "keep"
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each line (one sentence) with the rule classifier's `info` for it: what `predict` and
    the trainer read."""
    nlp = build_strength_nlp(negated)

    def one_sentence(text: str) -> Doc:
        doc = nlp.make_doc(text)
        doc.user_data[TEXT_KEY] = text  # what doc.text would join from tokens
        if len(doc) > 1:
            doc[1].is_sent_start = False  # the whole line is one sentence
        return doc

    none: dict[str, Any] = {"strength": Strength.NONE, "cues": [], "hedges": []}
    for doc in nlp.pipe((one_sentence(line) for line in lines), batch_size=batch_size):
        claims = doc.spans[SPAN_KEYS["claims"]] if len(doc) else ()
        yield doc_text(doc), (claims[0]._.info if claims else none)


def strength_of_lines(
    lines: Iterable[str],
    batch_size: int = 512,
    negated: str = "keep",
    model: bool = True,
    probabilities: bool = False,
) -> Iterator[dict[str, Any]]:
    """One result per line, each line one sentence: text, strength name and the rules' cues.

    With the model (the default), where it and the rules disagree strongly
    (`Prediction.disagrees`), "rules" holds the rules' level, for a reviewer. With
    `negated="none"` a claim the rules found negated is none, as the rule classifier's own
    option makes it. `model=False` gives the rule classifier alone. `probabilities` adds the
    model's probability of each level (none, correlational, conditional, direct): what a
    comparison of two sentences needs to tell a real difference from the model's doubt
    (bench/exaggeration.py); a line read as none without the model's say has (1, 0, 0, 0).
    """
    if not model:
        if probabilities:
            raise ValueError("the rule classifier alone gives no probabilities")
        for text, info in rule_readings(lines, batch_size, negated):
            yield {"text": text, "strength": str(info["strength"]), "cues": info["cues"]}
        return
    readings = rule_readings(lines, batch_size)
    while batch := list(islice(readings, batch_size)):
        texts = [text for text, _ in batch]
        rules = [RuleReading.from_info(info) for _, info in batch]
        for text, (_, info), rule, prediction in zip(
            texts, batch, rules, predict(texts, rules), strict=True
        ):
            level, odds = prediction.level, prediction.probabilities
            if not text.strip() or (negated == "none" and rule.negated):
                level, odds = 0, (1.0, 0.0, 0.0, 0.0)
            result = {"text": text, "strength": NAMES[level], "cues": info["cues"]}
            if prediction.disagrees:
                result["rules"] = NAMES[rule.level]
            if probabilities:
                result["probabilities"] = [round(p, 4) for p in odds]  # float32's digits, no more
            yield result
