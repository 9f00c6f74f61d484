"""Claim strength: the healthlint_strength component, its inflector and `healthlint strength`."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from spacy.language import Language

from linter.claim import Strength
from linter.cli import main
from linter.nlp.components.strength_lexicon import inflect
from linter.nlp.strength import strength_of_lines


def classify(sentence: str) -> dict:
    return next(strength_of_lines([sentence]))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The clinic opened a new wing for children last spring.", "none"),
        ("Heavy drinkers were more likely to develop liver disease.", "correlational"),
        ("Night shifts are linked to a higher risk of diabetes.", "correlational"),
        ("Walking after meals may lower blood sugar.", "conditional"),
        # "suggest" reports the finding and does not hedge it: Yu et al. label such sentences
        # direct (13 of 16 in the two claim-strength sets), as Sumner et al. code them at the
        # finding's level; the model learns it (strength_cue_context.py, hedge=reporting).
        ("The results suggest that the drug improves sleep.", "direct"),
        ("Daily aspirin prevents a second heart attack.", "direct"),
        ("Regular exercise can improve mood in older adults.", "direct"),
        ("The new inhaler is effective for severe asthma.", "direct"),
        ("This tea cures diabetes.", "absolute"),
        ("The cream is proven to remove wrinkles.", "absolute"),
    ],
)
def test_each_level(sentence: str, expected: str) -> None:
    assert classify(sentence)["strength"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A size adjective stands before a noun: "increases" here is not a verb.
        ("The smaller increases expected in the north would go unnoticed.", "none"),
        ("Exercise further increases the benefit of the drug.", "direct"),
        # A noun described by what is known of it is background, not the finding.
        ("Few wards use the checklists known to improve survival, a survey found.", "none"),
        ("Few wards use the checklists, which improve survival, a survey found.", "direct"),
        # An aside in brackets explains; it is not the finding.
        ("Cases (due to the warm summer) were hard to count.", "none"),
        ("Smoking causes cancer (see the review).", "direct"),
    ],
)
def test_words_that_look_like_claims_but_are_not(sentence: str, expected: str) -> None:
    assert classify(sentence)["strength"] == expected


def _claim(nlp: Language, sentence: str) -> dict:
    doc = nlp(sentence)
    return next(doc.sents)._.claims[0]._.info


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Negation keeps the level of the relation it denies (as in Yu et al.'s labels) ...
        ("The pill did not reduce migraines in the trial.", Strength.DIRECT),
        ("Screen time was not associated with poorer grades.", Strength.CORRELATIONAL),
        ("Zinc may not prevent colds in adults.", Strength.CONDITIONAL),
        # ... except that negated absolute wording promises nothing: a direct claim of no effect.
        ("There is no evidence that garlic cures infections.", Strength.DIRECT),
        ("Type 1 diabetes cannot be cured.", Strength.DIRECT),
    ],
)
def test_negated_claims(nlp: Language, sentence: str, expected: Strength) -> None:
    info = _claim(nlp, sentence)
    assert info["strength"] == expected
    assert info["negated"], info["cues"]


def test_an_unnegated_claim_is_not_negated(nlp: Language) -> None:
    info = _claim(nlp, "The pill reduced migraines in the trial.")
    assert info["strength"] == Strength.DIRECT
    assert not info["negated"] and not info["hedged"]


def test_the_month_may_is_not_a_hedge() -> None:
    result = classify("In May 2020 the new drug reduced hospital stays.")
    assert result["strength"] == "direct"
    assert not any(cue.startswith("hedge") for cue in result["cues"])
    assert classify("Hospital stays fell sharply by May 2021.")["strength"] == "none"


def test_the_modal_may_is_a_hedge() -> None:
    result = classify("May this supplement reduce joint pain? It may reduce joint pain.")
    assert result["strength"] == "conditional"


def test_a_reported_claim_is_not_the_writers() -> None:
    assert classify("Claims that vinegar cures diabetes are false.")["strength"] == "none"


def test_span_extension_gives_the_sentence_strength(nlp: Language) -> None:
    doc = nlp("Sleep is linked to memory. Statins cut the risk of stroke.")
    first, second = doc.sents
    assert first._.strength == Strength.CORRELATIONAL
    assert second._.strength == Strength.DIRECT
    assert doc[0:1]._.strength == Strength.CORRELATIONAL  # any span: its sentence's strength


def test_the_main_claim_decides_over_a_description() -> None:
    # The finding is the link; "caused by" only describes the condition.
    sentence = "Researchers found that infections caused by the virus were linked to hearing loss."
    assert classify(sentence)["strength"] == "correlational"


@pytest.mark.parametrize(
    ("base", "third", "past", "ing"),
    [
        ("reduce", "reduces", "reduced", "reducing"),
        ("worry", "worries", "worried", "worrying"),
        ("cut", "cuts", "cut", "cutting"),
        ("stop", "stops", "stopped", "stopping"),
        ("lead to", "leads to", "led to", "leading to"),
        ("boost", "boosts", "boosted", "boosting"),
        ("relieve", "relieves", "relieved", "relieving"),
    ],
)
def test_inflector(base: str, third: str, past: str, ing: str) -> None:
    irregular = {"cut": ("cut",), "lead": ("led",)}
    forms = inflect(base, irregular)
    assert forms["third"] == [third]
    assert past in forms["past"]
    assert forms["ing"] == [ing]


def test_cli_writes_one_json_object_a_line() -> None:
    lines = ["Coffee may reduce the risk of gout.", "", "Smoking causes lung cancer."]
    result = CliRunner().invoke(main, ["strength"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    objects = [json.loads(line) for line in result.output.splitlines()]
    assert [o["text"] for o in objects] == lines
    assert [o["strength"] for o in objects] == ["conditional", "none", "direct"]
    assert objects[0]["cues"][0].startswith("conditional:")
    assert objects[1]["cues"] == []
    assert all(set(o) == {"text", "strength", "cues"} for o in objects)


def test_cli_can_count_negated_claims_as_none() -> None:
    lines = "The pill did not reduce migraines.\nThe pill reduced migraines.\n"
    result = CliRunner().invoke(main, ["strength", "--negated", "none"], input=lines)
    assert result.exit_code == 0, result.output
    objects = [json.loads(line) for line in result.output.splitlines()]
    assert [o["strength"] for o in objects] == ["none", "direct"]
    assert "negation:did not" in objects[0]["cues"]


def test_cli_keeps_non_ascii_text() -> None:
    result = CliRunner().invoke(
        main, ["strength"], input="Café au lait is linked to fewer falls.\n"
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["text"] == "Café au lait is linked to fewer falls."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A prognostic factor is a predictor (correlational), whatever noun heads it.
        ("Tumour size was an independent prognostic factor for survival.", "correlational"),
        ("The prognostic role of serum albumin held in older adults.", "correlational"),
        # A change that follows an event goes with it; with an object the verb states a cause.
        ("Rates of hip fracture decreased by 30% after the screening advice.", "correlational"),
        ("The campaign increased clinic visits after its launch.", "direct"),
        # Every form of "predict" is correlational, the -ing and the noun in -ion too.
        ("Serum albumin was useful in predicting survival after surgery.", "correlational"),
        ("The score allows the prediction of falls in older adults.", "correlational"),
        # The benefits of a thing named as a topic state no effect (no outcome is named).
        ("The benefits of the new hospital wing were discussed at the meeting.", "none"),
        ("This review weighs the benefits and harms of screening in light of new trials.", "none"),
    ],
)
def test_nouns_that_carry_a_claim_by_the_rules(sentence: str, expected: str) -> None:
    assert next(strength_of_lines([sentence], model=False))["strength"] == expected
