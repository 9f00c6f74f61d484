"""A block whose characters follow one another in the source keeps its offsets as a range."""

from __future__ import annotations

import pickle
from array import array

from linter.documents import parse_text


def test_plain_prose_is_a_range_and_markup_an_array() -> None:
    source = "# A plain heading\n\nPlain words over\ntwo lines.\n\nSome **bold** words.\n"
    blocks = parse_text("a.md", source, "markdown").blocks
    kinds = [type(block.offsets) for block in blocks]
    assert kinds == [range, range, array]
    for block in blocks:
        assert len(block.offsets) == len(block.text) + 1
        for i, char in enumerate(block.text):
            written = source[block.offsets[i]]
            assert written == char or (written.isspace() and char.isspace())  # a line break
    heading = blocks[0]
    assert heading.source_span(2, 7) == (4, 9)  # "plain" in the source
    assert pickle.loads(pickle.dumps(heading)) == heading  # the forked reader sends blocks


def test_html_prose_with_an_entity_stays_an_array() -> None:
    source = "<p>Fish &amp; chips</p><p>No entity here</p>"
    blocks = parse_text("a.html", source, "html").blocks
    assert [block.text for block in blocks] == ["Fish & chips", "No entity here"]
    assert isinstance(blocks[0].offsets, array)
    assert blocks[1].offsets == range(26, 26 + len("No entity here") + 1)
