"""A short title line with no stop above a sentence ends there (recallA, session 20): the
readers keep its line break and the NLP layer starts a sentence after it; wrapped prose,
long lines and lower-case continuations stay one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_findings import findings

from linter.documents import parse_text
from linter.documents.title_lines import title_break, title_line


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("Information about Flu", "Most experts believe that flu spreads.", True),
        ("Vitamin D", "It is widely thought that it helps.", True),
        ("Sleep and memory", "Some studies suggest naps help.", True),
        # Wrapped prose: a function word, a comma or a long line continues the sentence.
        ("Research from several groups shows that", "Vitamin D helps.", False),
        ("We walked to the clinic,", "Then we went home.", False),
        ("Our physiotherapists see patients with back pain every week and", "Many", False),
        ("A long line of wrapped prose that runs well past sixty characters", "Then", False),
        ("Flu", "most experts believe that flu spreads.", False),
        ("Flu.", "Most experts believe.", False),
        ("", "Most experts believe.", False),
        # A break inside a journal's or an organisation's name is a wrap (set E).
        ("A 2023 study in the International Body Psychotherapy", "Journal compared two", False),
        ("Doctors at the Mayo", "Clinic found that", False),
        ("Information about Flu", "Study shows naps help.", True),
        # A heading in title case keeps its break above a head noun: read as one name, it
        # would name a wrong source ("Better Sleep Clinic").
        ("Better Sleep", "Clinic trials found that magnesium helps.", True),
        ("Notes on Vitamin D", "Journal entries from members show it helps.", True),
        ("Healthy Eating for Kids", "School nurses have found that sugar harms.", True),
        ("Sleep tips from Harvard", "University researchers found that naps help.", False),
    ],
)
def test_title_break(before: str, after: str, expected: bool) -> None:
    assert title_break(before, after) is expected


def test_a_title_ends_on_a_content_word() -> None:
    assert title_line("Cold remedies")
    assert not title_line("Cold remedies and")
    assert not title_line("**Cold remedies**")


@pytest.mark.parametrize("path", ["page.md", "page.txt"])
def test_the_readers_keep_a_title_break(path: str) -> None:
    text = "Information about Flu\nMost experts believe that flu viruses spread.\n"
    (block,) = parse_text(path, text, None).blocks
    assert block.text == "Information about Flu\nMost experts believe that flu viruses spread."


@pytest.mark.parametrize("path", ["page.md", "page.txt"])
def test_wrapped_prose_stays_one_line(path: str) -> None:
    text = "Research from several groups shows that\nVitamin D helps the bones.\n"
    (block,) = parse_text(path, text, None).blocks
    assert "\n" not in block.text


def test_the_sentence_starts_after_the_title() -> None:
    from linter.nlp.pipeline import build_nlp

    doc = build_nlp()("Information about Flu\nMost experts believe that flu viruses spread.")
    assert [s.text.strip() for s in doc.sents] == [
        "Information about Flu",
        "Most experts believe that flu viruses spread.",
    ]


def test_a_finding_no_longer_starts_in_the_title() -> None:
    from linter.api import lint_text

    findings = lint_text("Flu\nMost experts believe that flu viruses spread by droplets.", "a.md")
    assert [(f.rule, f.line, f.column) for f in findings] == [("vague-attribution", 2, 1)]


def test_a_line_opening_on_markup_is_no_title() -> None:
    assert not title_line("??? What about coffee")
    assert not title_line("> Quoted label")


@pytest.mark.parametrize("path", ["page.md", "page.txt"])
def test_a_wrap_is_no_title_break(path: str) -> None:
    # Hard-wrapped prose breaks where the next word would not fit: a short line ending on a
    # content word above a capitalised one is a wrap, and its figure keeps its citation.
    text = (
        "According to Lee et al. (2020), people who take\n"
        "Vitamin D supplements had 20% fewer falls.\n"
    )
    (block,) = parse_text(path, text, None).blocks
    assert "\n" not in block.text


def test_a_wrapped_figure_keeps_its_citation() -> None:
    from linter.api import lint_text

    text = "According to Lee et al. (2020), people who take\nVitamin D had 20% fewer falls.\n"
    assert not [f for f in lint_text(text, "a.md") if f.rule == "unsourced-statistic"]


@pytest.mark.parametrize(
    ("before", "after", "widest", "expected"),
    [
        ("Information about Flu", "Most experts believe that flu spreads.", 38, False),
        ("Information about Flu", "Most experts believe that flu spreads.", 26, False),
        ("Information about Flu", "Most experts believe that flu spreads.", 25, True),
        ("Information about Flu", "", 21, False),
    ],
)
def test_wrapped(before: str, after: str, widest: int, expected: bool) -> None:
    from linter.documents.title_lines import wrapped

    assert wrapped(before, after, widest) is expected


def test_a_name_wrapped_before_its_head_reads_as_one_line() -> None:
    text = (
        "Brainspotting uses the field of vision to find stored trauma and more.\n"
        "A 2023 study in the International Body Psychotherapy\n"
        "Journal compared Brainspotting to talking therapy in adults with PTSD.\n"
    )
    document = parse_text("wrap.md", text)
    assert "Psychotherapy Journal compared" in document.blocks[0].text


def test_a_line_inside_a_wrapped_sentence_is_no_title() -> None:
    # The line above does not end a sentence: "agree that this tea cures" continues it.
    previous = "Doctors at the clinic found that walking helps knees. Many experts"
    assert not title_break("agree that this tea cures", "Alzheimer's disease", None, previous)
    assert title_break("Information about Flu", "Most experts agree.", None, "Read this first.")
    assert title_break("Information about Flu", "Most experts agree.", None, "Flu season")
    assert title_break("Information about Flu", "Most experts agree.", None, "January 10, 2023")


def test_a_heading_above_a_head_noun_names_no_source(tmp_path: Path) -> None:
    page = "Better Sleep\nClinic trials found that magnesium helps people sleep.\n"
    rules = [(line, rule) for line, _, rule, _ in findings(tmp_path, "h.md", page)]
    assert rules == [(2, "vague-attribution")]
