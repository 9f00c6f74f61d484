"""health_page: stopping once the count of passages that name health is settled gives the
whole count's answer (issue 20, session 29)."""

from __future__ import annotations

import pytest

from linter.checks import hype_topic
from linter.checks.hype_topic import health_page

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

HEALTH = "Asthma can flare in winter. An inhaler eases the wheeze."
OTHER = "The bus leaves at noon. Tickets cost two pounds."
LONE = "A lone sentence"  # one sentence: not counted either way


@settings(deadline=None)
@given(st.lists(st.sampled_from([HEALTH, OTHER, LONE]), max_size=12))
def test_the_answer_is_the_whole_counts(passages: list[str]) -> None:
    several = [p for p in passages if p != LONE]
    named = sum(p == HEALTH for p in several)
    assert health_page(passages) == (2 * named >= len(several))


def test_it_stops_once_settled(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    real = hype_topic._names_health

    def counted(text: str, personnel: bool) -> bool:
        read.append(text)
        return real(text, personnel)

    monkeypatch.setattr(hype_topic, "_names_health", counted)
    assert health_page([HEALTH] * 10)
    assert len(read) == 5
    read.clear()
    assert not health_page([OTHER] * 10)
    assert len(read) == 6
