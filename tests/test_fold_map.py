"""The folded text's map back to the original: worked out lazily from each fold's
replacements, it must give every span the per-character table gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from linter.registry import text as text_module
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


# Words a fold rewrites, a final sigma (its lower case depends on the letters around it),
# a capital whose lower case is longer, and the separators a long text is cut at.
_WORDS = ["haem", "paedia", "oedema", "organise", "colour", "x-ray", "'s", "’s", "ΟΔΟΣ", "Σ"]
_WORDS += ["İ", "a", "is", " ", "  ", ". ", "-", "/"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30), st.integers(1, 12))
def test_a_long_text_folds_in_pieces_as_whole(words: list[str], piece: int) -> None:
    """A long text is folded in pieces cut after a space (issue 20: less memory at once); the
    folded text and its map are those of the whole text folded at once."""
    text = "".join(words)
    whole = folded(text)
    saved = text_module._PIECE
    text_module._PIECE = piece
    try:
        pieces = folded(text)
    finally:
        text_module._PIECE = saved
    assert (pieces.folded, pieces.edits, pieces.table) == (whole.folded, whole.edits, whole.table)


def test_no_fold_reads_past_a_space() -> None:
    """The pieces are cut after a space: a fold that matched one, or a class or escape that
    can, would make the pieces fold otherwise than the whole (then cut elsewhere)."""
    for pattern, _ in text_module._FOLDS:
        assert " " not in pattern.pattern and "\\s" not in pattern.pattern
        assert "." not in pattern.pattern.replace("\\.", "")
        assert "[^" not in pattern.pattern and "\\W" not in pattern.pattern
