"""The discourse layer (linter/checks/context_links.py): which studies a document introduces,
and which study each back-reference resolves to. Sentences written for these tests."""

from __future__ import annotations

from linter.checks.context_links import WINDOW, Discourse
from linter.documents import parse_text
from linter.engine import Engine


def _discourse(engine: Engine, text: str) -> Discourse:
    document = parse_text("case.md", text, None)
    passages = list(engine.reader.passages(engine.blocks(document), "markdown"))
    return Discourse(passages)


def test_a_study_introduced_by_its_design_is_unnamed_until_linked(engine: Engine) -> None:
    d = _discourse(
        engine,
        "A new study followed 800 teenagers. The researchers found that screen time raises "
        "anxiety. The study [was published](https://doi.org/10.1000/xyz) last week.",
    )
    (study,) = d.studies
    assert study.sentences == [0, 1, 2]
    assert study.unnamed_at(1)
    assert not study.unnamed_at(2)
    assert d.reference_at(1) is not None and d.reference_at(1).study is study


def test_named_by_place_or_year(engine: Engine) -> None:
    for text in ("Researchers at Oxford tracked 500 runners.", "A 2019 study followed 80 runners."):
        (study,) = _discourse(engine, text).studies
        assert not study.unnamed_at(0), text


def test_a_pronoun_reaches_only_the_sentence_before(engine: Engine) -> None:
    near = _discourse(engine, "Scientists study sleep. They found that naps lower stress.")
    far = _discourse(
        engine, "Scientists study sleep. Sleep is vital. They found that naps lower stress."
    )
    assert near.reference_at(1) is not None and near.reference_at(1).study is not None
    assert far.reference_at(2) is not None and far.reference_at(2).study is None


def test_a_back_reference_stops_at_the_window_and_at_a_heading(engine: Engine) -> None:
    filler = " ".join(f"Line {n} is here." for n in range(WINDOW))
    far = _discourse(engine, f"A small trial gave zinc to 40 adults. {filler} The study found it.")
    assert far.reference_at(WINDOW + 1) is not None
    assert far.reference_at(WINDOW + 1).study is None
    headed = _discourse(
        engine, "A small trial gave zinc to 40 adults.\n\n# Results\n\nThe study ended."
    )
    assert headed.reference_at(2) is not None and headed.reference_at(2).study is None


def test_evidence_and_strength_of_a_study(engine: Engine) -> None:
    d = _discourse(
        engine,
        "A new study looked at green tea. The study was done in mice. "
        "A randomised controlled trial then tested it in 300 adults.",
    )
    first, second = d.studies
    assert [e.kind for _, _, e in first.evidence] == ["animal"]
    assert not first.strong and second.strong
    (_, _, cue) = first.evidence[0]
    assert d.sentence_of(cue) is d.sentences[1]


def test_doctors_are_care_not_research(engine: Engine) -> None:
    (study,) = _discourse(engine, "Doctors may ask you to fill in a questionnaire.").studies
    assert not study.research


def test_studies_near_a_sentence_are_those_in_its_window_and_section(engine: Engine) -> None:
    # The index a claim looks through (issue 20): the studies with a sentence within WINDOW of
    # it and no heading between, in the order they were introduced, and the study of its own
    # sentence; the same answers as asking every study of the article.
    filler = " ".join(f"Line {n} is here." for n in range(WINDOW))
    d = _discourse(
        engine,
        "A small trial gave zinc to 40 adults. The trial found that zinc shortens colds. "
        f"{filler} Researchers tracked 300 nurses. A new study followed 80 runners.\n\n"
        "## Another section\n\nA 2019 study gave iron to 60 children. The study found it.",
    )
    trial, nurses, runners, iron = d.studies
    heading = d.sentences.index(next(c for c in d.sentences if c.text == "Another section"))
    assert d.studies_near(0) == [trial]
    assert d.studies_near(WINDOW + 1) == [trial, nurses, runners]  # WINDOW after the trial's
    assert d.studies_near(WINDOW + 2) == [nurses, runners]
    assert d.studies_near(heading - 1) == [nurses, runners]
    assert d.studies_near(heading + 1) == [iron]  # nothing above the heading
    assert d.study_at(1) is trial
    assert d.study_at(2) is None
    for position in range(len(d.sentences)):
        assert d.studies_near(position) == [s for s in d.studies if d.near(s, position)]
