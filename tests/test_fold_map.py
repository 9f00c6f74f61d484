"""The folded text's map back to the original: worked out lazily from each fold's
replacements, it must give every span the per-character table gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from linter.registry.text import _folded_table, folded

# Pieces that each fold rewrites (some to shorter text, some to nothing), and plain ones.
_PIECES = ["haem", "paed", "oe", "isation", "ise", "ised", "our", "-", "/", "'s", "’s", " ", "a"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20))
def test_lazy_map_is_the_table(pieces: list[str]) -> None:
    text = "".join(pieces)
    lazy, table = folded(text), _folded_table(text)
    assert lazy.folded == table.folded
    size = len(lazy.folded)
    for start in range(size + 1):
        for end in range(start, size + 1):
            assert lazy.span(start, end) == table.span(start, end)


def test_possessive_and_british_spelling_map_back() -> None:
    view = folded("The paediatrician's haemoglobin test")
    assert view.folded == "the pediatrician hemoglobin test"
    start = view.folded.index("hemoglobin")
    begin, end = view.span(start, start + len("hemoglobin"))
    assert "The paediatrician's haemoglobin test"[begin:end] == "haemoglobin"
