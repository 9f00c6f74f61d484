"""The typed claim layer: what the NLP layer hands the checks for each sentence."""

from __future__ import annotations

from linter.claim import Claim, Passage, Strength
from linter.documents import parse_text
from linter.nlp.reader import ClaimReader


def passages(text: str, path: str = "article.md") -> list[Passage]:
    document = parse_text(path, text)
    return list(ClaimReader().passages(document.blocks, "markdown"))


def only(text: str) -> Claim:
    (passage,) = passages(text)
    (claim,) = passage.claims
    return claim


def test_each_sentence_is_a_claim_with_its_offsets() -> None:
    (passage,) = passages("Lupus is common. Statins cut the risk of stroke.")
    first, second = passage.claims
    assert (first.index, first.text) == (0, "Lupus is common.")
    assert passage.text[second.start : second.end] == second.text
    assert second.strength.level == Strength.DIRECT
    assert passage.claim_at(second.start + 3) is second


def test_markers_written_in_the_text_are_sources_of_their_sentence() -> None:
    claim = only("Risk fell 20% [1] and 30% [2, 3], not 10^6.")
    assert [(s.kind, s.text) for s in claim.sources] == [("marker", "[1]"), ("marker", "[2, 3]")]
    assert claim.has_source


def test_a_link_is_a_source_with_its_target() -> None:
    claim = only("A [trial](https://doi.org/10.1000/xyz) found it works.")
    assert [(s.kind, s.target) for s in claim.sources] == [("link", "https://doi.org/10.1000/xyz")]
    assert claim.sources[0].describe() == "link: https://doi.org/10.1000/xyz"


def test_a_year_in_brackets_is_no_marker() -> None:
    assert not only("The law changed in [2019] for clinics.").has_source


def test_attributions_named_and_vague() -> None:
    claim = only("Research shows, as a study published in The Lancet found, that tea helps.")
    kinds = {(a.kind, a.named) for a in claim.attributions}
    assert ("journal", True) in kinds
    assert ("vague", False) in kinds


def test_figures_carry_comparator_and_timeframe() -> None:
    claim = only("Over 80% of patients were alive after five years.")
    (figure,) = claim.figures
    assert (figure.kind, figure.text, figure.comparator) == ("percent", "Over 80%", "Over")
    assert figure.timeframe == "after five years"


def test_a_negation_reaches_forward_in_characters() -> None:
    claim = only("There is no cure for lupus.")
    (negation,) = [m for m in claim.modifiers if m.category == "negation"]
    cure = claim.text.index("cure")
    assert negation.reaches(cure, cure + 4)
    assert claim.modifiers_over(cure, cure + 4, "negation") == [negation]
    assert not negation.reaches(0, 5)  # "There" comes before it


def test_a_rebuttal_is_marked() -> None:
    assert only("Claims that vinegar cures diabetes are false.").rebutted
    assert not only("Vinegar cures diabetes.").rebutted


def test_strength_reading_explains_itself() -> None:
    reading = only("Walking after meals may lower blood sugar.").strength
    assert reading.level == Strength.CONDITIONAL
    assert reading.hedged  # the modal counts as the hedge of its own verb
    assert reading.cues and reading.cues[0].startswith("conditional:")
    assert not reading.asserts_cause
    assert only("Daily aspirin prevents a second heart attack.").strength.asserts_cause


def test_evidence_and_model_scopes() -> None:
    (passage,) = passages(
        "An observational study followed 500 adults. In mice, it reversed ageing."
    )
    study, mice = passage.claims
    assert [e.kind for e in study.evidence] == ["observational"]
    assert mice.model_scopes and not mice.evidence


def test_claims_are_frozen_and_hold_no_spacy_objects() -> None:
    claim = only("Statins cut the risk of stroke by 20% [1].")
    for value in (*claim.sources, *claim.figures, *claim.modifiers, claim.strength):
        assert type(value).__module__ == "linter.claim"
    try:
        claim.text = "changed"  # type: ignore[misc]
    except AttributeError:
        return
    raise AssertionError("a Claim must be frozen")
