"""A citation component whose attribute holds a reference sources the words it wraps
(documents/citation_components.py); one with no reference, or around a whole section, does not.
References and sentences written for these tests."""

from __future__ import annotations

import time

import pytest

from linter.api import lint_text
from linter.documents import parse_text
from linter.documents.citation_components import MARKER_TARGET, CitationComponents

REFERENCE = "Smith J, et al. Brisk walking and blood pressure. J Hypertens. 2019;37(4):701-709."


def markers(name: str, source: str) -> list[tuple[str, str]]:
    """(the words before each citation-component marker, its block's text)."""
    found = []
    for block in parse_text(name, source).blocks:
        for a in block.attachments:
            if a.target == MARKER_TARGET:
                found.append((block.text[: a.start].split()[-1], block.text))
    return found


@pytest.mark.parametrize("name", ["page.md", "page.mdx"])
def test_the_marker_stands_after_the_wrapped_words(name: str) -> None:
    source = (
        f'Walking is cheap. <Cite tooltip="{REFERENCE}">Studies suggest it helps.</Cite> Next.\n'
    )
    assert markers(name, source) == [
        ("helps.", "Walking is cheap. Studies suggest it helps. Next.")
    ]


def test_a_self_closing_component_marks_only_after_words() -> None:
    assert markers("a.md", f'Walking helps <Citation data="{REFERENCE}" />.\n')
    assert not markers("a.md", f'<Citation data="{REFERENCE}" />\n\nWalking helps.\n')


def test_attributes_that_are_no_reference_mark_nothing() -> None:
    for attributes in ('tooltip=""', 'id="smith-2019"', 'tooltip="Our guide, 2019"', "{...props}"):
        assert not markers("a.md", f"Walking <Cite {attributes}>helps the heart</Cite>.\n")


def test_a_link_is_left_to_the_link_reader() -> None:
    assert not markers("a.md", 'It <a href="https://shop.example.com/?id=10.1000/x1">helps</a>.\n')


def test_a_pmid_or_a_doi_alone_is_a_reference() -> None:
    assert markers("a.md", 'It <Ref pmid="PMID: 31234567">helps the heart</Ref>.\n')
    assert markers("a.md", "It <Ref id='10.1000/xyz.2019.12'>helps the heart</Ref>.\n")


def test_a_component_around_a_section_sources_none_of_its_paragraphs() -> None:
    source = f'<Cite tooltip="{REFERENCE}">\n\nStudies suggest walking helps.\n\n</Cite>\n'
    assert not markers("a.md", source)
    assert [f.rule for f in lint_text(source, "a.md")] == ["vague-attribution"]


def test_tags_inside_close_with_their_component() -> None:
    reader = CitationComponents()
    opened = [f'<Cite tooltip="{REFERENCE}">', "<em>", "<b>"]
    assert not any(reader.closes_citation(tag) for tag in opened)
    assert reader.closes_citation("</Cite>")  # the <em> and <b> left open go with it
    assert not reader.closes_citation("</em>")


@pytest.mark.timeout(60)
def test_a_paragraph_of_open_components_and_stray_closes_reads_in_linear_time() -> None:
    size = 1_000_000
    tag = f'<Cite tooltip="{REFERENCE}">'
    sources = [
        "w " + tag * (size // len(tag) // 2) + "</X>" * (size // 8),
        'w <Cite a="' + "'\"" * (size // 2),  # quotes that pair across the tag
    ]
    start = time.process_time()
    for source in sources:
        parse_text("a.md", source)
    assert time.process_time() - start < 30


def test_a_source_line_is_a_credit_only_when_it_names_and_states_nothing() -> None:
    from linter.documents.source_credit import source_line

    def credit(text: str, linked: bool = False) -> bool:
        return source_line(text, linked, len(text.split()), "%" in text)

    assert credit("Sources: Analysis based on reports from Reuters and AFP")
    assert credit("Source: Reuters")
    assert credit("Sources: the original story", linked=True)
    assert not credit("Sources: our own experience")
    assert not credit("Sources: Research and Experts")
    assert not credit("Source: Reuters reports that tea helps")
    assert not credit("Source: Studies show tea helps")
    assert not credit("Source: 40% of adults, Reuters")
    assert not credit("Photo: Reuters")
    # review22o: a clause after the credit's stop or semicolon is the page's sentence.
    assert not credit("Source: CDC. Magnesium cures insomnia in every case.")
    assert not credit("Source: Harvard Health; it is a miracle cure for arthritis.")
    assert not credit("Source: NHS — magnesium cures insomnia")
    assert credit("Source: U.S. Census Bureau. Edited by Jane Doe.")
    assert credit("Source: National Institutes of Health: Office of Dietary Supplements")
    assert credit("Source: Smith J, Brown K. Tea and sleep. J Sleep. 2019;37(4):701-9.")


def test_a_table_source_cell_still_sources_its_row() -> None:
    source = (
        "| Group | Share | Source |\n|---|---|---|\n"
        "| Adults over 65 | 40% have high blood pressure "
        "| Source: [CDC](https://www.cdc.gov/bloodpressure/facts.htm) |\n"
    )
    assert not lint_text(source, "a.md")
