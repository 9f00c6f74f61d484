"""Sources the page holds outside the sentence (issues 14 and 9): bare reference numbers that the
page's numbered list resolves (documents/numbered_markers.py), a citation line's DOI over its
pieces and a footnote closing a bullet (nlp/claims.py), and the reach of a linked headline or a
locator line over its section (documents/scopes.py). Each has a twin where the source is not
there, or the text is the page's own, and the finding stays."""

from __future__ import annotations

import pytest

from linter.documents import parse_text
from linter.engine import Engine

REFERENCES = (
    "## References\n\n"
    "1. Okafor A, Lind B. Fibre intake in adults. J Diet Stud. 2019;4(2):11-19.\n"
    "2. Marsh C, Petrov D. Walking habits of office staff. Work Health. 2020;7(1):30-38.\n"
    "3. Ngata E. Sleep and shift work. Sleep Notes. 2018;2(3):5-9.\n"
)


def found(engine: Engine, text: str, path: str = "page.md") -> list[tuple[str, str]]:
    return sorted((f.rule, f.text) for f in engine.lint(parse_text(path, text)))


@pytest.mark.parametrize(
    "paragraph",
    [
        # The stop set off where the emphasis around the sentence was dropped.
        "Fibre matters, yet only 12% of adults eat enough of it .1\n\n",
        # Spaces between the stop and the number, then the next sentence.
        "Even at work, only 1 in 5 office staff walk at lunch.  2 Most of them sit all day.\n\n",
        "Night shifts cut sleep by 30% in nurses. 3 As a result, many nap at noon.\n\n",
        "Night shifts cut sleep by 30% in nurses. 1,3 As a result, many nap at noon.\n\n",
    ],
)
def test_a_bare_number_the_numbered_list_resolves_is_a_marker(
    engine: Engine, paragraph: str
) -> None:
    assert found(engine, paragraph + REFERENCES) == []
    # No numbered list on the page: the number is no marker.
    assert [rule for rule, _ in found(engine, paragraph)] == ["unsourced-statistic"]


def test_a_number_outside_the_list_or_inside_the_sentence_is_no_marker(engine: Engine) -> None:
    outside = "Night shifts cut sleep by 30% in nurses. 7 As a result, many nap at noon.\n\n"
    inside = "The illness affects 2 in 5 nurses on night shifts.\n\n"
    for paragraph in (outside, inside):
        assert [rule for rule, _ in found(engine, paragraph + REFERENCES)] == [
            "unsourced-statistic"
        ]


def test_a_citation_line_is_sourced_by_its_doi_in_every_piece(engine: Engine) -> None:
    line = "Lancet. Published online March 3, 2022. doi:10.1000/lancet.2022.5555\n\n"
    assert found(engine, "## A trial of night lights\n\n" + line) == []


def test_a_doi_after_a_long_sentence_sources_only_its_own(engine: Engine) -> None:
    paragraph = (
        "In our clinic about 40% of the patients who come in with back pain have sat at a desk "
        "for most of the working day. A review is at doi:10.1000/back.2020.1\n\n"
    )
    assert [rule for rule, _ in found(engine, paragraph)] == ["unsourced-statistic"]


NEWS = "https://news.example.net/health/2024/05/nurses-sleep-study"
QUOTE = '"About 40% of night nurses have insomnia," the report said.\n\n'
OURS = "## Our view\n\nAt our clinic about 30% of nurses have insomnia.\n\n"


def test_a_linked_headline_sources_its_section_and_no_further(engine: Engine) -> None:
    page = f"## [Night nurses sleep too little]({NEWS})\n\n" + QUOTE + OURS
    assert found(engine, page) == [("unsourced-statistic", "about 30%")]


@pytest.mark.parametrize(
    "heading",
    [
        # The site's own address: its host is named again on the page.
        f"## [Night nurses sleep too little]({NEWS})\n\n[Home](https://news.example.net/)\n\n",
        f"## [Night nurses sleep too little]({NEWS})\n\n[Shop](https://www.example.net/)\n\n",
        "## [Night nurses sleep too little](/posts/nurses-sleep)\n\n",  # a page of the site
        "## [Night nurses sleep too little](https://news.example.net/)\n\n",  # a home page
        "## Night nurses sleep too little, says [a report](" + NEWS + ")\n\n",  # not a headline
    ],
)
def test_a_heading_that_is_no_linked_headline_sources_nothing_below(
    engine: Engine, heading: str
) -> None:
    assert ("unsourced-statistic", "About 40%") in found(engine, heading + QUOTE)


STUDY = "## Night shifts and sleep: a cohort of nurses\n\n"
ABSTRACT = (
    "We followed 800 nurses for two years. About 40% had insomnia after a night shift, and "
    "25% had depression.\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Sleep Health Rev 2023 https://doi.org/10.1000/shr.2023.12\n\n",
        "Journal of Shift Work DOI: 10.1000/jsw.77\n\n",
        "Sleep Notes. 2021. PMID: 12345678\n\n",
    ],
)
def test_a_locator_line_under_a_heading_sources_its_section(engine: Engine, line: str) -> None:
    listed = "Problems included\n\n- back pain (32%)\n- depression (11%)\n\n"
    assert found(engine, STUDY + line + ABSTRACT + listed + OURS) == [
        ("unsourced-statistic", "about 30%")
    ]


def test_prose_that_links_a_doi_in_its_words_heads_nothing(engine: Engine) -> None:
    prose = (
        "A [review](https://doi.org/10.1000/shr.2023.12) found that nurses who nap sleep "
        "better.\n\n"
    )
    assert ("unsourced-statistic", "About 40%") in found(engine, STUDY + prose + ABSTRACT)


def test_a_locator_line_after_the_pages_own_prose_heads_nothing(engine: Engine) -> None:
    own = (
        "Many readers asked us about night shifts, so we looked at what the research on "
        "nurses says and what it means for anyone who works late.\n\n"
    )
    line = "Sleep Health Rev 2023 https://doi.org/10.1000/shr.2023.12\n\n"
    assert ("unsourced-statistic", "About 40%") in found(engine, STUDY + own + line + ABSTRACT)


FOOTNOTE = "\n\n[^1]: Okafor A. A trial of statins in older adults. https://doi.org/10.1000/x.1\n"
BULLET = (
    "The TRIAL-Z study reported a 50% fall in strokes with the drug. However, the absolute "
    "fall was only 0.4 points.[^1]"
)


def test_a_footnote_closing_a_bullet_sources_the_whole_bullet(engine: Engine) -> None:
    assert found(engine, "- " + BULLET + FOOTNOTE) == []


def test_a_footnote_closing_a_paragraph_sources_its_last_sentence_only(engine: Engine) -> None:
    assert ("unsourced-statistic", "50%") in found(engine, BULLET + FOOTNOTE)


def test_a_linked_heading_over_the_pages_own_prose_heads_nothing(engine: Engine) -> None:
    page = (
        "## [Insomnia](https://encyclopedia.example.org/wiki/Insomnia)\n\n"
        "About 40% of night nurses have insomnia.\n\n"
    )
    assert found(engine, page) == [("unsourced-statistic", "About 40%")]


def test_a_reversed_range_names_no_entry(engine: Engine) -> None:
    # "5-2" names no number of the list (a score, a ratio): it is no marker, the figure stays.
    paragraph = "Only 12% of adults eat fish twice a week. 5-2 The rest do not.\n\n"
    assert [rule for rule, _ in found(engine, paragraph + REFERENCES)] == ["unsourced-statistic"]


LOCATOR = "Read the study: Sleep Health Rev 2023 https://doi.org/10.1000/shr.2023.12"
OWN = "Our readers sleep 30% longer within a month of starting our plan."


@pytest.mark.parametrize(
    ("path", "page"),
    [
        ("page.md", f"# Why night nurses should nap\n\n{LOCATOR}\n\n{OWN}\n"),
        (
            "page.md",
            f"Why night nurses should nap\n===========================\n\n{LOCATOR}\n\n{OWN}\n",
        ),
        (
            "page.html",
            f'<h1><span>Why night nurses should nap</span></h1><p>Read the study: <a href="'
            f'https://doi.org/10.1000/shr.2023.12">https://doi.org/10.1000/shr.2023.12</a></p>'
            f"<p>{OWN}</p>",
        ),
        (
            "page.md",
            f"# [Night nurses sleep too little]({NEWS})\n\n"
            '"About 20% of night nurses nap," the report said.\n\n' + OWN + "\n",
        ),
    ],
)
def test_the_pages_title_heads_nothing(engine: Engine, path: str, page: str) -> None:
    # The title's section is the whole article: the article's own figures stay unsourced.
    assert ("unsourced-statistic", "30%") in found(engine, page, path)
