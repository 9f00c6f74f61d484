"""A link whose anchor asks the reader to act ("Sign up for our newsletter", "join our mailing
list", "Book a consultation") is no source whatever its address (GUIDELINE.md: sign-up, shop,
booking and social links are not sources; page.yaml `link_actions`, statW); an evidence host
stays one, and a site's `sources: allow` still wins."""

from __future__ import annotations

import pytest

from linter.documents.links import DEFAULT_POLICY, SourcePolicy


@pytest.mark.parametrize(
    ("anchor", "target"),
    [
        ("Sign up for our newsletter", "https://example.org/news-letter-page"),
        ("join our mailing list", "https://example.org/join"),
        ("Subscribe", "https://example.org/weekly"),
        ("Book a consultation", "https://clinic.example.com/consult"),
        ("Shop the range", "https://example.com/range"),
        ("Donate today", "https://example.org/give"),
        ("follow us", "https://example.org/social"),
        ("Register for the webinar", "https://example.org/events/webinar-2024"),
    ],
)
def test_an_anchor_asking_to_act_is_no_source(anchor: str, target: str) -> None:
    assert DEFAULT_POLICY.counts(target) is True  # the address alone would count
    assert DEFAULT_POLICY.counts(target, anchor) is False


@pytest.mark.parametrize(
    ("anchor", "target"),
    [
        ("our 2023 carers survey", "https://example.org/research/carers-survey-2023"),
        ("Download the full report", "https://example.org/reports/2024.pdf"),
        ("follow the guideline", "https://example.org/guidance/hypertension"),
        ("the national survey", "https://example.org/data/survey"),
        # a trial registry or a DOI stays a source whatever the anchor says
        ("Register your interest", "https://clinicaltrials.gov/study/NCT01234567"),
        ("join", "https://doi.org/10.1000/xyz123"),
        # the noun an action verb shares a spelling with names a source (review27s)
        ("Book: Stroke Medicine, 3rd edition", "https://example.org/books/stroke"),
        ("Order of Neurologists report", "https://example.org/neuro/report"),
        ("Register of skin disease", "https://example.org/data/skin"),
    ],
)
def test_an_anchor_naming_evidence_stays_a_source(anchor: str, target: str) -> None:
    assert DEFAULT_POLICY.counts(target, anchor) is True


def test_a_sites_allow_pattern_beats_the_anchor() -> None:
    policy = SourcePolicy(allow=("example.org/research/**",))
    assert policy.counts("https://example.org/research/join-study", "Join the study") is True
