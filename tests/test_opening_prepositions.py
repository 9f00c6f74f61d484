"""A capitalised month or day after a clause-opening preposition of time is a time, not a name
the count after it belongs to (figures_counts._named, rules/lexicon/figures.yaml
`opening_prepositions`). Sentences written for these tests."""

from __future__ import annotations

from linter import lint_text


def _statistics(text: str) -> list[int]:
    return [f.column for f in lint_text(text, "p.md") if f.rule == "unsourced-statistic"]


def test_a_count_after_since_or_till_and_a_month_is_a_count() -> None:
    assert _statistics("Since March 12 died of measles in the county.\n") == [13]
    assert _statistics("Till June 40 died of measles in the county.\n") == [11]
    assert _statistics("In March 12 died of measles in the county.\n") == [10]


def test_a_name_with_a_number_mid_clause_is_still_a_name() -> None:
    assert _statistics("Babies born with Trisomy 18 die within a year.\n") == []


def test_since_giving_a_reason_leads_to_a_name_not_a_time() -> None:
    # "since" is also a conjunction of reason: only a month or a weekday after it is a time.
    assert _statistics("Since Trisomy 18 kills most babies in the first year, we help.\n") == []
    assert _statistics("Since Ward 7 patients died of sepsis more often, staff met.\n") == []
    assert _statistics("Till Ward 9 patients died of sepsis, nobody checked.\n") == []
    assert _statistics("Since Monday 12 died of measles in the county.\n") == [14]
