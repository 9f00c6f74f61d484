"""A sentence an export split into paragraphs at its links and figures, joined back (issue 14,
set N), and the short paragraphs that stay apart (headings above their text, labels, prices).
Pages written for these tests."""

from __future__ import annotations

import pytest
from exact_offsets import joined_prose as prose

from linter.documents import parse_text
from linter.documents.prose_blocks import prose_blocks
from linter.documents.sentence_fragments import continues_fragment
from linter.engine import Engine

SPLIT = (
    "# Clean hands\n\nAccording to the\n\nWorld Health Organization (WHO)\n\n"
    ", washing hands with soap for 20 seconds cuts the spread of diarrhoeal disease.\n\n"
    "A study published in\n\nThe Lancet Digital Health\n\nin 2021 reported a\n\n**38%**\n\n"
    "reduction in admissions among heart failure patients who sent daily readings.\n"
)


def test_fragments_join_into_their_sentences() -> None:
    assert prose("page.md", SPLIT) == [
        "Clean hands",
        "According to the World Health Organization (WHO), washing hands with soap for 20 "
        "seconds cuts the spread of diarrhoeal disease.",
        "A study published in The Lancet Digital Health in 2021 reported a 38% reduction in "
        "admissions among heart failure patients who sent daily readings.",
    ]


def test_the_joined_sentence_is_flagged_where_the_page_has_it(engine: Engine) -> None:
    findings = engine.lint(parse_text("page.md", SPLIT))
    assert [(f.rule, f.line) for f in findings] == [
        ("unsourced-citation", 3),
        ("unsourced-citation", 9),
        ("unsourced-statistic", 15),
    ]


APART = {
    "a heading-like line above its text": (
        "How remote monitoring helps",
        "Patients send readings.",
    ),
    "a label with a colon": ("Source:", "the clinic's own audit of 2023."),
    "a sentence that ends": ("Wash your hands often.", "and dry them well, too."),
    "a price": ("$29", "per month for the plan."),
    "a long line before lower case": (
        "Our team of nurses and doctors answers calls from nine to five every weekday",
        "iPhone",
    ),
}


@pytest.mark.parametrize(("first", "second"), APART.values(), ids=APART.keys())
def test_blocks_that_are_no_fragments_stay_apart(first: str, second: str) -> None:
    assert not continues_fragment(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Research from", "Harvard Medical School"),
        ("World Health Organization (WHO)", ", washing hands ..."),
        ("Telemedicine and e-Health", "in 2022 reported a"),
        ("As reported by the", "Centers for Disease Control and Prevention"),
    ],
)
def test_fragments_that_continue(first: str, second: str) -> None:
    assert continues_fragment(first, second)


def test_a_page_of_fragments_joins_into_bounded_blocks() -> None:
    # Thousands of "According to the" paragraphs: each join copies the growing block, so a
    # joined block stops growing at a sentence's reach (figure_cards._MAX_JOINED).
    document = parse_text("page.md", "According to the\n\n" * 3000)
    blocks = prose_blocks(document.blocks, document.source)
    assert blocks
    assert max(len(block.text) for block in blocks) < 2100
