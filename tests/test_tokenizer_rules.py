"""The tokenizer's special cases loaded as the text needs them give spaCy's tokens."""

from __future__ import annotations

import pickle
import random

import pytest
from spacy.tokenizer import Tokenizer

from linter.nlp import tokenizer_rules
from linter.nlp.pipeline import HealthEnglish
from linter.nlp.tokenizer_rules import LazyRulesTokenizer

# Between cases: nothing, spaces, other whitespace, affixes spaCy strips.
SEPARATORS = ("", " ", "  ", "\n", "\t", "\xa0", ".", ",", "(", ")", '"', "'", "-", "!", ":")
PROSE = (
    "Don't stop taking it, said Dr. Lee at 9 a.m. on Jan. 5th :) (see Fig. 2).",
    "Smith et al. found it; e.g. vit. D (approx. 10 mg) isn't a cure... y'all",
    "It's what they'd've said:  'cause we're sure\nit'll work\t(no.)",
    "",
)


def _texts(rules: list[str], seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    texts = list(PROSE)
    for _ in range(count):
        parts = (rng.choice(rules) + rng.choice(SEPARATORS) for _ in range(rng.randint(1, 10)))
        texts.append("".join(parts))
    return texts


def _tokens(doc):  # type: ignore[no-untyped-def]
    return [(t.text, t.whitespace_, t.norm_, t.idx) for t in doc]


def _full_copy(lazy: LazyRulesTokenizer) -> Tokenizer:
    """spaCy's own tokenizer with the same searches and every case loaded at once."""
    return Tokenizer(
        lazy.vocab,
        rules=lazy.rules,
        prefix_search=lazy.prefix_search,
        suffix_search=lazy.suffix_search,
        infix_finditer=lazy.infix_finditer,
        token_match=lazy.token_match,
        url_match=lazy.url_match,
    )


@pytest.mark.parametrize("seed", [1, 2])
def test_same_tokens_as_every_case_loaded(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    monkeypatch.setattr(tokenizer_rules, "LOAD_ALL_AFTER", 10**12)  # stay lazy throughout
    lazy = HealthEnglish().tokenizer
    assert isinstance(lazy, LazyRulesTokenizer)
    full = _full_copy(lazy)
    for text in _texts(sorted(lazy.rules), seed, 1500):
        assert _tokens(lazy(text)) == _tokens(full(text)), text


def test_a_short_text_loads_few_cases_and_a_long_run_all() -> None:
    lazy = HealthEnglish().tokenizer
    everything = len(lazy.rules)
    lazy("Vitamin D doesn't cure colds, said Dr. Lee.")
    assert lazy._pending  # most cases wait
    assert len(lazy.rules) == everything  # and are still listed
    lazy("word " * (tokenizer_rules.LOAD_ALL_AFTER // 5 + 1))
    assert not lazy._pending


def test_a_case_added_by_hand_wins_over_a_pending_one() -> None:
    lazy = HealthEnglish().tokenizer
    lazy.add_special_case("don't", [{"ORTH": "don't"}])
    assert [t.text for t in lazy("I don't know")] == ["I", "don't", "know"]


def test_pickled_with_every_case() -> None:
    lazy = HealthEnglish().tokenizer
    copy = pickle.loads(pickle.dumps(lazy))
    assert isinstance(copy, LazyRulesTokenizer)
    assert copy.rules == lazy.rules
    text = PROSE[0]
    assert _tokens(copy(text)) == _tokens(lazy(text))


def test_saved_with_every_case_after_a_short_text() -> None:
    # spaCy's to_bytes saves the loaded cases (`_rules`): a lazy tokenizer that had met one
    # sentence saved 9 of 1,358, and a pipeline loaded from it lost the rest.
    lazy = HealthEnglish().tokenizer
    lazy(PROSE[0])
    restored = HealthEnglish().tokenizer.from_bytes(lazy.to_bytes())
    assert restored.rules == lazy.rules
    full = _full_copy(lazy)
    for text in PROSE:
        assert _tokens(restored(text)) == _tokens(full(text)), text


def test_a_pipeline_memory_zone_loads_every_case_first() -> None:
    # A case loaded inside a zone has its lexemes freed at the zone's end: later texts then
    # met them as empty tokens (spaCy's E031) or read freed memory.
    nlp = HealthEnglish()
    lazy = nlp.tokenizer
    full = _full_copy(lazy)
    with nlp.memory_zone():
        assert [t.text for t in lazy(PROSE[1])][-2:] == ["y'", "all"]
    assert not lazy._pending
    for text in PROSE:
        assert _tokens(lazy(text)) == _tokens(full(text)), text


def test_a_vocab_memory_zone_with_cases_pending_is_refused() -> None:
    lazy = HealthEnglish().tokenizer
    with lazy.vocab.memory_zone(), pytest.raises(RuntimeError, match="memory zone"):
        lazy(PROSE[0])


def test_same_tokens_whatever_came_before(monkeypatch: pytest.MonkeyPatch) -> None:
    # The cases met by earlier texts, loaded in another order than spaCy's one sorted pass, and
    # a copy sent to a worker or a setter reloading the loaded ones half-way, change no token.
    monkeypatch.setattr(tokenizer_rules, "LOAD_ALL_AFTER", 10**12)
    texts = _texts(sorted(HealthEnglish().tokenizer.rules), 3, 400)
    texts += [
        "He winked ;-) ;-)) :)) (: ;)",
        "don\u2019t y\u2019all \u2019cause",
        "Fig. Co. approx.",
    ]
    for seed in (4, 5):
        random.Random(seed).shuffle(texts)
        lazy = HealthEnglish().tokenizer
        full = _full_copy(lazy)
        for i, text in enumerate(texts):
            if i == 150 and seed == 4:
                lazy = pickle.loads(pickle.dumps(lazy))
            if i == 150 and seed == 5:
                lazy.infix_finditer = lazy.infix_finditer  # reloads the loaded cases
            assert _tokens(lazy(text)) == _tokens(full(text)), text
