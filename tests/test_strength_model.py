"""The learned strength model: its features, its determinism, `healthlint strength`, the wheel."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.nlp.strength_model import (
    DENSE,
    RuleReading,
    bundled_model,
    dense_features,
    features,
    predict,
    spell_out,
)
from linter.nlp.text_hash import Batch, PhraseTable, hashed_ngrams, normalise

CHECKOUT = Path(__file__).resolve().parents[1]
SENTENCES = [
    "Further trials should test whether the programme improves care.",
    "The pill did not reduce migraines in the trial.",
    "Walking after meals may lower blood sugar.",
    "Night shifts are linked to a higher risk of diabetes.",
    "Our clinic opened a “new” wing – for 250 children – in May 2024.",
    "",
]


def strength(*lines: str, options: tuple[str, ...] = ()) -> list[dict]:
    result = CliRunner().invoke(
        main, ["strength", *options], input="".join(f"{s}\n" for s in lines)
    )
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def test_normalised_text() -> None:
    assert normalise("Our clinic opened a “new” wing – for 250 children (p<0.05).") == (
        '^ our clinic opened a " new " wing - for 0 children ( p < 0 . 0 ) . $'
    )
    assert normalise("") == "^ $"
    assert normalise("bad \udcff byte") == "^ bad ? byte $"


def test_a_text_hashes_the_same_alone_and_in_a_batch() -> None:
    row, column, _, scale = hashed_ngrams(Batch(SENTENCES), 16)
    for i, text in enumerate(SENTENCES):
        alone = hashed_ngrams(Batch([text]), 16)
        assert np.array_equal(column[row == i], alone[1])
        assert np.allclose(scale[row == i], alone[3])


def test_the_hash_is_fixed() -> None:
    """Not Python's salted hash(): the same buckets in every process, so the weights apply."""
    _, column, _, _ = hashed_ngrams(Batch(["Coffee lowers risk."]), 16)
    assert column[:4].tolist() == [1021, 31331, 11977, 41269]


def test_word_class_entries_are_spelt_out() -> None:
    assert spell_out("(trial )?registration") == ["trial registration", "registration"]
    assert spell_out("generali[sz]ed") == ["generalised", "generalized"]
    assert spell_out("first (study|to (show|test))") == [
        "first study",
        "first to show",
        "first to test",
    ]
    with pytest.raises(ValueError):
        spell_out(r"further (\w+ )?studies")


def test_phrases_are_found_by_their_hashes() -> None:
    table = PhraseTable({"future": ["further studies", "needed"], "method": ["we examined"]})
    row, which, where = table.find(Batch(["We examined it.", "Further studies are needed."]))
    assert sorted(zip(row.tolist(), which.tolist(), where.tolist(), strict=True)) == [
        (0, 1, 2),
        (1, 0, 2),
        (1, 0, 22),
    ]


def test_future_work_before_the_cue_is_a_feature() -> None:
    text = "Further studies are needed to confirm whether the drug reduces pain."
    reading = RuleReading(3, "direct", cue_start=text.index("reduces"))
    on = {DENSE[i] for i in np.flatnonzero(dense_features([text], [reading])[0])}
    assert {"rule=direct", "future_work", "future_work<cue", "rule=direct&future_work"} <= on


def test_predictions_are_deterministic_and_do_not_depend_on_the_batch() -> None:
    readings = [RuleReading(3, "direct", cue_start=0)] * len(SENTENCES)
    first = predict(SENTENCES, readings)
    assert first == predict(SENTENCES, readings)
    assert [p for t, r in zip(SENTENCES, readings, strict=True) for p in predict([t], [r])] == first
    for p in first:
        assert abs(sum(p.probabilities) - 1) < 1e-3


def test_features_and_weights_agree() -> None:
    model = bundled_model()
    dense, (_, column, kind, _) = features(SENTENCES, [RuleReading(0)] * 6, model.bits, model.chars)
    assert dense.shape == (6, len(DENSE)) and model.dense.shape == (len(DENSE), 4)
    assert column.max() < model.hashed.shape[1] and kind.max() < model.hashed.shape[0]


def test_a_future_work_sentence_is_no_claim_and_the_rules_disagree() -> None:
    (result,) = strength("Further trials should test whether the programme improves care.")
    assert result["strength"] == "none"
    assert result["cues"] == ["direct:improves"]  # the cues still say what the rules saw
    assert result["rules"] == "direct"


def test_a_negated_finding_keeps_its_level_unless_asked() -> None:
    sentence = "The pill did not reduce migraines in the trial."
    (kept,) = strength(sentence)
    assert kept["strength"] == "direct" and "negation:did not" in kept["cues"]
    assert "rules" not in kept  # model and rules agree
    (denied,) = strength(sentence, options=("--negated", "none"))
    assert denied["strength"] == "none"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Walking after meals may lower blood sugar.", "conditional"),
        ("Night shifts are linked to a higher risk of diabetes.", "correlational"),
        ("Daily aspirin prevents a second heart attack.", "direct"),
        (
            "This tea cures diabetes.",
            "absolute",
        ),  # the rules' absolute, where the model says direct
        ("The clinic opened a new wing for children last spring.", "none"),
    ],
)
def test_each_level(sentence: str, expected: str) -> None:
    assert strength(sentence)[0]["strength"] == expected


def test_rules_only_is_the_rule_classifier() -> None:
    (result,) = strength(
        "Further trials should test whether the programme improves care.", options=("--rules-only",)
    )
    assert result == {
        "text": "Further trials should test whether the programme improves care.",
        "strength": "direct",
        "cues": ["direct:improves"],
    }


def test_one_line_a_result_blank_lines_too() -> None:
    results = strength(*SENTENCES)
    assert [r["text"] for r in results] == SENTENCES
    assert results[-1]["strength"] == "none"


def test_the_wheel_carries_the_weights(tmp_path: Path) -> None:
    builders = pytest.importorskip("hatchling.builders.wheel")
    (wheel,) = builders.WheelBuilder(str(CHECKOUT)).build(
        directory=str(tmp_path), versions=["standard"]
    )
    names = zipfile.ZipFile(wheel).namelist()
    assert "linter/nlp/data/strength-model.npz" in names
    size = zipfile.ZipFile(wheel).getinfo("linter/nlp/data/strength-model.npz").file_size
    assert size < 3_000_000  # "a few MB at most"


def test_the_distillation_pool_reads_prose_sentences_out_of_markup() -> None:
    """bench/strength_unlabelled.py: the teacher's unlabelled sentences come from Markdown and
    HTML with the markup, link targets and front matter gone, cut at sentence ends; only
    sentences of 6 to 60 words that end like one are kept, and the pick is fixed."""
    import sys

    sys.path.insert(0, str(CHECKOUT / "bench"))
    from strength_unlabelled import _keep, _pick, sentences_of

    page = (
        "---\ntitle: Sleep\n---\n# Sleep and mood\n\n"
        "A <b>short</b> night may [lower](https://example.org/a) your mood. "
        "Naps are linked to better recall in older adults. Read more\n\n"
        "* Ask your doctor before you change how much you sleep each night."
    )
    found = sentences_of(page)
    assert "A short night may lower your mood." in found
    assert "Naps are linked to better recall in older adults." in found
    assert not any("example.org" in s or "title" in s or "<b>" in s for s in found)
    kept = [s for s in found if _keep(s)]
    assert "Sleep and mood" not in " ".join(kept)  # a heading is no sentence
    assert _pick(found, 2) == _pick(list(reversed(found)), 2)  # order does not matter
    assert len(_pick(found, 2)) == 2
