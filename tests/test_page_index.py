"""The page indexes the checks share: made once for the list every check's `begin` is handed,
made again for another list, with the values each check built on its own before (issue 20)."""

from __future__ import annotations

import pytest

from linter.checks.attribution_forward import ForwardNames
from linter.checks.context_links import discourse_of
from linter.checks.page_index import PageIndex, Sentences, first_words, page_reading
from linter.claim import Claim, Passage


def _passage(text: str, kind: str = "paragraph") -> Passage:
    sentences = [s for s in text.split(". ") if s]
    claims, at = [], 0
    for index, sentence in enumerate(sentences):
        claims.append(Claim(index=index, start=at, end=at + len(sentence), text=sentence))
        at += len(sentence) + 2
    return Passage(text=text, kind=kind, format="markdown", claims=tuple(claims))


def _page() -> list[Passage]:
    return [
        _passage("Coffee and sleep", "heading"),
        _passage("Smith found less sleep. Jones-Lee did not. Smith wrote again"),
        _passage("A second paragraph by Jones-Lee"),
    ]


def test_one_reading_for_one_list_and_another_for_another() -> None:
    page, other = _page(), _page()
    first = page_reading(page, PageIndex)
    assert page_reading(page, PageIndex) is first
    assert page_reading(page, ForwardNames) is page_reading(page, ForwardNames)
    again = page_reading(other, PageIndex)
    assert again is not first
    assert again.texts == [p.text for p in other]
    assert page_reading(page, PageIndex) is not first  # the slot now holds `other`'s


def test_the_values_each_check_built_before() -> None:
    page = _page()
    index = page_reading(page, PageIndex)
    assert index.texts == [p.text for p in page]
    assert index.headings == [True, False, False]
    assert first_words(page) == {"Coffee": (0, 0), "Smith": (1, 0), "Jones-Lee": (1, 24)}
    # causal-overreach's own map of every sentence's id(), now a place from the two indexes
    discourse = discourse_of(page)
    places = [discourse.place(i, n) for i, p in enumerate(page) for n in range(len(p.claims))]
    assert places == list(range(len([c for p in page for c in p.claims])))
    assert discourse.place(-1, 0) is None and discourse.place(len(page), 0) is None


def test_the_sentences_read_as_the_list_of_pairs_causal_overreach_held() -> None:
    page = [*_page(), _passage("", "paragraph"), _passage("One. Two. Three")]
    held = [(i, c) for i, p in enumerate(page) for c in p.claims]  # what causal.py kept
    sentences = Sentences(discourse_of(page).sentences, page)
    assert list(sentences) == held and len(sentences) == len(held)
    for k in range(-len(held), len(held)):
        assert sentences[k] == held[k] and sentences[k][1] is held[k][1]
    for start in range(-2, len(held) + 2):
        for end in range(-2, len(held) + 2):
            assert sentences[start:end] == held[start:end]
    with pytest.raises(IndexError):
        sentences[len(held)]
    with pytest.raises(ValueError):
        Sentences(discourse_of(page).sentences[1:], page)
