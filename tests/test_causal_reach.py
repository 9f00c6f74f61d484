"""Which sentences causal-overreach weighs for a claim: its own paragraph, and the next sentence
even when that opens the next paragraph; in another paragraph, only the studies of the same
cause and effect within a few sentences, in the same section (context_links).

The check looks only at those sentences (issue 20: it used to walk the whole article for every
claim, which made a long page quadratic); these cases hold its reach where it was.
"""

from __future__ import annotations

import pytest

from linter.api import lint_text
from linter.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(select=["causal-overreach"])


def _rules(text: str, engine: Engine) -> list[tuple[int, int]]:
    return [(f.line, f.column) for f in lint_text(text, "page.md", engine=engine)]


def test_next_sentence_in_the_next_paragraph_turns_on_the_claim(engine: Engine) -> None:
    text = "The balm cures psoriasis.\n\nHowever, the only evidence comes from studies in rats.\n"
    assert _rules(text, engine) == [(1, 10)]


def test_a_sentence_two_paragraphs_on_does_not(engine: Engine) -> None:
    text = (
        "The balm cures psoriasis.\n\nPharmacies sell it in small tins.\n\n"
        "However, the only evidence comes from studies in rats.\n"
    )
    assert _rules(text, engine) == []


def test_a_later_sentence_of_the_same_paragraph_about_the_same_things(engine: Engine) -> None:
    text = (
        "The balm cures psoriasis. Pharmacies sell it in small tins. A study in rats found "
        "that the balm cleared psoriasis plaques.\n"
    )
    assert _rules(text, engine) == [(1, 10)]


def test_the_same_study_in_another_paragraph_within_reach(engine: Engine) -> None:
    # Issue 14: a present-tense claim rests on the research studies of its cause and effect
    # within context_links.WINDOW sentences of it, in its section (the guideline's "evidence
    # described elsewhere in the same article"); still bounded, so a long page stays linear.
    text = (
        "The balm cures psoriasis. Pharmacies sell it in small tins.\n\n"
        "A study in rats found that the balm cleared psoriasis plaques.\n"
    )
    assert _rules(text, engine) == [(1, 10)]


def test_the_same_study_past_a_heading_or_far_off_does_not(engine: Engine) -> None:
    headed = (
        "The balm cures psoriasis.\n\n## Where to buy it\n\n"
        "A study in rats found that the balm cleared psoriasis plaques.\n"
    )
    far = (
        "The balm cures psoriasis. "
        + "Pharmacies sell it in tins. " * 7
        + ("\n\nA study in rats found that the balm cleared psoriasis plaques.\n")
    )
    assert _rules(headed, engine) == []
    assert _rules(far, engine) == []


def test_a_named_study_rests_on_what_later_sentences_say_of_it(engine: Engine) -> None:
    # A claim naming its study reads the sentences after it that refer back to "the study", up
    # to the next study introduced (looked up by index, not by scanning the rest of the page).
    claim = "According to Harvard researchers, turmeric reduces joint pain."
    between = " Pharmacies sell it in jars. Some people grow it."
    later = "\n\n## How it was tested\n\nThe study fed turmeric to rats.\n"
    assert _rules(claim + between + later, engine) == [(1, 44)]
    another = " A new study of ginger followed 80 adults."
    assert _rules(claim + between + another + later, engine) == []


def test_a_named_study_reads_back_references_within_reach(engine: Engine) -> None:
    # A back-reference further than context_links.WINDOW sentences on speaks of another
    # study: a list of named findings ending on one about an observational analysis.
    claim = "Scientists at Lund University think the virus triggers the rash."
    filler = "\n\nPharmacies sell the cream in jars." * 7
    later = "\n\nLena Berg, a dermatologist who ran the analysis, found a link with the rash.\n"
    assert _rules(claim + filler + later, engine) == []


# causalW (session 22): a page's summary reaches the association its body's researchers report
# over headings, for PAGE_REACH sentences (causal_summary.py), and no further.
def _summary_page(filler_sentences: int) -> str:
    filler = " ".join("Many adults have sore knees." for _ in range(filler_sentences))
    return (
        "---\ntitle: Walking\ndescription: Walking prevents knee pain.\n---\n# Walking\n\n"
        f"## Background\n\n{filler}\n\n## The study\n\n"
        "The researchers found that walking was associated with less knee pain.\n"
    )


def test_a_summary_reaches_the_study_its_body_reports_within_reach(engine: Engine) -> None:
    from linter.checks.causal_summary import PAGE_REACH

    assert _rules(_summary_page(PAGE_REACH - 4), engine) == [(3, 22)]


def test_a_summary_does_not_reach_a_study_beyond_it(engine: Engine) -> None:
    from linter.checks.causal_summary import PAGE_REACH

    assert _rules(_summary_page(PAGE_REACH + 2), engine) == []
