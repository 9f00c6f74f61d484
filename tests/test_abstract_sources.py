"""A study's abstract reproduced under its reference (documents/abstracts.py): the linked title's
source covers the paragraphs that report from it, and nothing after them (our own sentences)."""

from __future__ import annotations

import pytest

from linter.documents import parse_text
from linter.engine import Engine

TITLE = "[Migraine in adults: a cohort study.](https://pubmed.ncbi.nlm.nih.gov/12345678/)\n\n"
JOURNAL = "Headache Res. 2019 Mar;12(2):45-52. doi: 10.1000/hr.2019.45.\n\n"
ABSTRACT = (
    "We followed 2,000 adults for five years in three clinics and asked them about their "
    "headaches at every visit, with diaries kept between the visits. About 30% of adults "
    "had migraines by the end, and the results showed that sleep loss came first.\n\n"
)
OURS = "At our clinic about 40% of patients come for headaches.\n\n"


def findings(engine: Engine, text: str) -> list[tuple[str, str]]:
    found = engine.lint(parse_text("page.md", text))
    return sorted((f.rule, f.text) for f in found if f.rule != "unsourced-citation")


def test_an_abstract_under_its_linked_title_and_journal_line_is_sourced(engine: Engine) -> None:
    assert findings(engine, TITLE + JOURNAL + "Smith J, Jones K.\n\n" + ABSTRACT) == []


def test_what_follows_the_abstract_keeps_its_findings(engine: Engine) -> None:
    found = findings(engine, TITLE + JOURNAL + ABSTRACT + OURS)
    assert found == [("unsourced-statistic", "about 40%")]


def test_a_short_abstract_shares_nothing_after_it(engine: Engine) -> None:
    short = "We followed 2,000 adults; about 30% had migraines.\n\n"
    assert findings(engine, TITLE + JOURNAL + short + OURS) == [
        ("unsourced-statistic", "about 40%")
    ]


def test_a_journal_line_set_as_a_heading_on_an_html_page(engine: Engine) -> None:
    html = (
        '<p><a href="https://pubmed.ncbi.nlm.nih.gov/12345678/">Migraine in adults.</a></p>\n'
        "<h4>Headache Res. 2019 Mar;12(2):45-52.</h4>\n"
        "<p>We followed 2,000 adults; about 30% had migraines.</p>\n"
        "<p>At our clinic about 40% of patients come for headaches.</p>\n"
    )
    found = engine.lint(parse_text("page.html", html))
    assert [f.text for f in found if f.rule == "unsourced-statistic"] == ["about 40%"]


def test_a_journal_line_with_a_doi_sources_the_abstract_alone(engine: Engine) -> None:
    assert findings(engine, "Our reading list.\n\n" + JOURNAL + ABSTRACT) == []


@pytest.mark.parametrize(
    "head",
    [
        "",  # no reference at all
        "Headache Res. 2019 Mar;12(2):45-52.\n\n",  # a journal line with no link and no DOI
        "[Book a visit](https://www.example-clinic.com/shop/booking)\n\n"
        + "Headache Res. 2019.\n\n",
    ],
)
def test_without_a_linked_reference_the_paragraph_is_unsourced(engine: Engine, head: str) -> None:
    rules = {rule for rule, _ in findings(engine, head + ABSTRACT)}
    assert "unsourced-statistic" in rules


def test_a_structured_abstract_under_a_linked_title(engine: Engine) -> None:
    text = (
        TITLE
        + "METHODS: We followed 2,000 adults for five years.\n\n"
        + "RESULTS: The results showed that about 30% of adults had migraines.\n\n"
        + "CONCLUSION: Sleep loss came first.\n\n"
        + OURS
    )
    assert findings(engine, text) == [("unsourced-statistic", "about 40%")]


def test_labelled_paragraphs_need_the_title_right_before_them(engine: Engine) -> None:
    text = TITLE + "Our own notes follow.\n\n" + "RESULTS: About 30% of adults had migraines.\n\n"
    assert ("unsourced-statistic", "About 30%") in findings(engine, text)


def test_an_opening_paragraph_then_labelled_sections_are_one_abstract(engine: Engine) -> None:
    text = (
        TITLE
        + JOURNAL
        + "The aim was to see how often adults get migraines.\n\n"
        + "METHODS: We followed 2,000 adults for five years.\n\n"
        + "RESULTS: The results showed that about 30% of adults had migraines.\n\n"
        + OURS
    )
    assert findings(engine, text) == [("unsourced-statistic", "about 40%")]


def test_without_labels_the_paragraph_after_the_opening_is_ours(engine: Engine) -> None:
    text = TITLE + JOURNAL + "The aim was to count migraines.\n\n" + OURS
    assert findings(engine, text) == [("unsourced-statistic", "about 40%")]


HEADED = (
    "<h3>Research supporting sleep for migraine</h3>\n"
    '<a href="https://pubmed.ncbi.nlm.nih.gov/12345678/"><b>Migraine in adults.</b></a>\n'
    "<h4>Headache Res. 2019 Mar;12(2):45-52.</h4>\n"
    "We followed 2,000 adults; about 30% had migraines.\n\n"
)


def test_a_heading_right_above_a_linked_study_is_sourced_by_it(engine: Engine) -> None:
    assert findings(engine, HEADED + OURS) == [("unsourced-statistic", "about 40%")]


def test_a_heading_above_our_own_paragraph_is_not(engine: Engine) -> None:
    text = "### Research supporting sleep for migraine\n\nSleep helps, we think.\n\n" + OURS
    rules = [rule for rule, _ in findings(engine, text)]
    assert "vague-attribution" in rules


# An attribution lead-in on a line of its own ("According to <linked source>:") sources the
# passage it hands over to, up to the next heading, as a list's lead-in sources its items.
LEAD = "According to [Mayo Clinic](https://www.mayoclinic.org/daily-aspirin-therapy):\n\n"
QUOTED = "The Mayo Clinic states that daily aspirin lowers the risk of a second stroke by 20%.\n\n"


def all_findings(engine: Engine, text: str) -> list[tuple[str, str]]:
    return sorted((f.rule, f.text) for f in engine.lint(parse_text("page.md", text)))


def test_a_linked_attribution_lead_in_sources_the_passage_under_it(engine: Engine) -> None:
    assert all_findings(engine, LEAD + QUOTED) == []


def test_an_unlinked_lead_in_sources_nothing(engine: Engine) -> None:
    unlinked = LEAD.replace(
        "[Mayo Clinic](https://www.mayoclinic.org/daily-aspirin-therapy)", "Mayo Clinic"
    )
    assert ("unsourced-citation", "The Mayo Clinic states") in all_findings(
        engine, unlinked + QUOTED
    )


def test_the_lead_in_reaches_no_further_than_the_next_heading(engine: Engine) -> None:
    found = all_findings(engine, LEAD + QUOTED + "## Our clinic\n\n" + OURS)
    assert found == [("unsourced-statistic", "about 40%")]
