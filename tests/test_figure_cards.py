"""A figure alone in its element, joined to the rest of its sentence in the next one (issue 14:
count-up boxes, stat cards, a Markdown "**94%**" line); and the pages whose numbers stay apart.
Pages written for these tests."""

from __future__ import annotations

import time

import pytest
from exact_offsets import joined_prose as prose

from linter.documents import parse_text
from linter.engine import Engine

CARDS = """<main><h1>Lungs in numbers</h1>
<div class="col"><div style="font-size:60px"><span id="data7">7</span><span>%</span></div>
<p>of adults in the town have asthma.</p></div>
<div class="col"><div><span>2</span><span> million</span></div>
<p>people live with a lung condition.</p></div></main>"""

MARKDOWN = "# Facts\n\n**1 in 8**\n\nadults in the town has a lung condition.\n"


def test_a_count_up_box_is_one_sentence_with_offsets_into_the_page() -> None:
    assert prose("page.html", CARDS) == [
        "Lungs in numbers",
        "7% of adults in the town have asthma.",
        "2 million people live with a lung condition.",
    ]


def test_a_bold_figure_line_in_markdown_is_one_sentence() -> None:
    assert prose("page.md", MARKDOWN) == [
        "Facts",
        "1 in 8 adults in the town has a lung condition.",
    ]


def test_a_range_and_a_demonym_open_a_split_sentence() -> None:
    page = (
        "<main><div><span>15</span>-<span>20</span><span>%</span></div>"
        "<p>of falls in older people lead to a hospital visit.</p>"
        "<div><span>2</span> million</div><p>Canadians over 65 live with diabetes.</p></main>"
    )
    assert prose("page.html", page) == [
        "15-20% of falls in older people lead to a hospital visit.",
        "2 million Canadians over 65 live with diabetes.",
    ]


def test_an_approximate_count_in_words_opens_a_split_sentence() -> None:
    page = "<main><div>≈ 1 in 4</div><p>adults in the town walk less than they should.</p></main>"
    assert prose("page.html", page) == ["≈ 1 in 4 adults in the town walk less than they should."]


def test_a_thematic_break_in_markdown_keeps_a_figure_apart() -> None:
    # "***" is a break made of emphasis characters: the text after it starts another part.
    source = "# Facts\n\n**7**\n\n***\n\nof the rooms have a window onto the garden.\n"
    assert prose("page.md", source) == ["Facts", "7", "of the rooms have a window onto the garden."]


APART = {
    "stat tiles with labels": '<div class="t"><div>98%</div><div>Satisfaction rate</div></div>'
    '<div class="t"><div>500+</div><div>Patients seen</div></div>',
    "a price and its period": '<div class="plan"><div>$29</div><p>per month for the plan.</p></div>',
    "a step number": '<div class="step"><div>01</div><p>fill in the short form online.</p></div>',
    "a year": "<div><div>2019</div><p>was the year the clinic opened.</p></div>",
    "a heading number": "<h3>3</h3><p>steps to a healthier heart are set out below.</p>",
    "a list marker": "<ol><li>1</li><li>call the team to book a first visit.</li></ol>",
    "a table cell": "<table><tr><td>20%</td><td>of the fee is paid up front.</td></tr></table>",
    "a sentence that starts anew": "<div><div>3,000</div><p>Our clinic opened in the spring.</p></div>",
    "a share and a label in capitals": "<div><div>40%</div><p>Plans include a visit to a nurse.</p></div>",
    "across a section": "<section><div>40%</div></section><section><p>of it is ours.</p></section>",
}


@pytest.mark.parametrize("source", APART.values(), ids=APART.keys())
def test_numbers_that_are_no_split_sentence_stay_apart(source: str) -> None:
    texts = prose("page.html", f"<main>{source}</main>")
    assert len(texts) >= 2
    assert not any(t[0].isdigit() and " " in t and t.split()[1][0].islower() for t in texts)


def test_a_page_of_numbers_without_sentences_is_silent(engine: Engine) -> None:
    page = "<main><h1>Our clinic</h1>" + "".join(APART.values()) + "</main>"
    assert engine.lint(parse_text("page.html", page)) == []


def test_the_joined_figure_is_flagged_where_the_page_has_it(engine: Engine) -> None:
    findings = engine.lint(parse_text("page.html", CARDS))
    assert [(f.rule, f.line, f.column) for f in findings] == [
        ("unsourced-statistic", 2, 63),
        ("unsourced-statistic", 4, 29),
    ]


# The timeout only guards against a hang (wall time, so it is wide: a loaded machine ran this
# for two minutes of wall time on nine seconds of CPU); the CPU assertion below is the test.
@pytest.mark.timeout(300)
def test_a_megabyte_of_cards_is_read_in_linear_time() -> None:
    cards = "<div><div><span>9</span>%</div><p>of adults in town have it.</p></div>\n" * 14_000
    gaps = "<div>9%</div>" + "<b></b>" * 150_000 + "<p>of adults in town have it.</p>"
    start = time.process_time()
    for page in (cards, gaps):
        prose("page.html", f"<main>{page}</main>")
    assert time.process_time() - start < 30
