"""health_page and remedy_sections: stopping once the count of passages that name health is settled gives the
whole count's answer, and reading a passage only where the answer needs it gives the answer
of reading every one (issue 20, session 29)."""

from __future__ import annotations

from itertools import pairwise

import pytest

from linter.checks import hype_topic
from linter.checks.hype_labels import _heads, _remedy, remedy_sections
from linter.checks.hype_topic import health_page
from linter.checks.hype_words import hype_lexicon
from linter.claim import Passage

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


REMEDY = "Our herbal tincture soothes the joints."
VACCINE = "The flu vaccine is given each autumn."
PLAIN = "The shop opens at nine."


@settings(deadline=None, max_examples=150)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["heading", "paragraph"]), st.sampled_from([REMEDY, VACCINE, PLAIN])
        ),
        max_size=12,
    )
)
def test_remedy_sections_read_lazily_give_the_eager_answer(shape: list[tuple[str, str]]) -> None:
    """remedy_sections reads a passage only where the answer still needs it (issue 20,
    session 29): the same tuple as reading every passage first."""
    passages = [Passage(text, kind, "markdown", ()) for kind, text in shape]
    lex = hype_lexicon()
    names = [_remedy(p.text) or _heads().search(p.text) is not None for p in passages]
    vaccine = [lex.immunization.search(p.text) is not None for p in passages]
    heads = [i for i, p in enumerate(passages) if p.kind == "heading"]
    title = heads[0] + 1 if heads else len(passages)
    named, vaccinated = any(names[:title]), any(vaccine[:title])
    expected: list[bool] = []
    for a, b in pairwise([0, *heads, len(passages)]):
        here = range(max(a, title), b)
        reading = named or any(names[i] for i in here)
        expected += [reading and not (vaccinated or any(vaccine[i] for i in here))] * (b - a)
    assert remedy_sections(passages) == tuple(expected)
