"""The strength reading says what form its deciding cue has and which modal stands before it,
so that causal-overreach can tell a causal verb from a noun and "reduces" from "can help"; and
the evidence finder composes its cues by sentence."""

from __future__ import annotations

import pytest

from linter.claim import Claim
from linter.documents import parse_text
from linter.nlp.evidence import find_evidence
from linter.nlp.reader import ClaimReader


def only(text: str) -> Claim:
    document = parse_text("case.md", text)
    (passage,) = ClaimReader().passages(document.blocks, "markdown")
    return passage.claims[0]


@pytest.mark.parametrize(
    ("text", "form", "modal"),
    [
        ("Exercise reduces stress.", "third", ""),
        ("Statins lowered the risk of stroke.", "past", ""),
        ("Coffee can help lower blood pressure.", "base", "can"),
        ("Green tea may help to lower cholesterol.", "", ""),  # a hedged cue: "may help"
        ("The drug will prevent most strokes.", "base", "will"),
        ("Heavy drinking leads to liver disease.", "third", ""),
        ("The vaccine is highly effective against measles.", "", ""),
    ],
)
def test_the_cue_form_and_the_modal_before_it(text: str, form: str, modal: str) -> None:
    reading = only(text).strength
    assert (reading.form, reading.modal) == (form, modal)


def test_a_group_is_evidence_only_when_compared_with_others() -> None:
    described, _ = find_evidence("People who use heroin often keep using it.")
    compared, _ = find_evidence("People who ate nuts were less likely to have a heart attack.")
    assert described == []
    assert [e.kind for e in compared] == ["observational"]


def test_animals_in_a_sentence_that_reports_research_are_animal_evidence() -> None:
    found, _ = find_evidence("Research found that rats worked harder for sugar. Rats are pests.")
    assert [(e.kind, e.text) for e in found] == [("animal", "rats")]


def test_in_vitro_before_a_procedure_names_it() -> None:
    procedure, _ = find_evidence("Couples may try in vitro fertilisation.")
    study, _ = find_evidence("An in vitro study tested the extract.")
    assert procedure == [] and [e.kind for e in study] == ["in_vitro"]


def test_a_capitalised_cue_inside_a_name_is_no_evidence() -> None:
    found, _ = find_evidence("Workers may join the Special Exposure Cohort.")
    assert found == []
