"""The one search that spares a block the bare-number pattern (documents/numbered_markers.py):
it must find something in every text where the pattern matches, or a marker would be lost."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from linter.documents.model import Block
from linter.documents.numbered_markers import _BARE_NUMBER, _STOP_DIGIT, resolved_markers

# What the pattern reads: letters and closers before a stop, spaces of three kinds, digits,
# ranges and lists, capitals after, and the abbreviations that take a number.
_PIECES = ["ab", "c", "%", ")", "]", "”", ".", " .", " ", "\t", "\u00a0", "1", "23", "4-5"]
_PIECES += [", ", "–", "A", "“", "(", "Fig", "no", "\n"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_every_bare_number_holds_what_the_gate_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    if _BARE_NUMBER.search(text) is not None:
        assert _STOP_DIGIT.search(text) is not None


def _block(text: str, kind: str = "paragraph") -> Block:
    return Block(text=text, offsets=range(len(text)), kind=kind)


def test_markers_are_found_past_the_gate_and_not_in_blocks_without_them() -> None:
    entries = [_block("1. Doe J. A trial. J Diet. 2020."), _block("2. Roe K. A review. 2019.")]
    prose = [
        _block("Salt raises blood pressure in adults. 2 More trials followed."),
        _block("Fibre helps (see Fig. 2) in most adults."),
        _block("No number here at all."),
    ]
    reasons: list[str | None] = ["citation", "citation", None, None, None]
    found = resolved_markers([*entries, *prose], reasons)
    assert list(found) == [2]
    (marker,) = found[2]
    assert prose[0].text[marker.start : marker.end] == "2"
