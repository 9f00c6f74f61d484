"""A reference marker cut from the prose (BlockBuilder._cut, linter/documents/prose.py) takes only
the tail: the text before it, its parts, offsets, attachments and open links stay as they were.
Pages written for these tests."""

from __future__ import annotations

from linter.documents import parse_text
from linter.documents.prose import BlockBuilder


def test_a_cut_across_parts_keeps_the_text_offsets_and_links_before_it() -> None:
    builder = BlockBuilder()
    builder.add("Zinc ", range(5))
    builder.open_link("https://example.org/zinc")
    builder.add("helps", range(5, 10))
    builder.open_sup()
    builder.add("1", [10])
    builder.add(",", [11])
    builder.open_link("#note-2")  # opened inside the marker: it starts where the cut does
    builder.add("2", [12])
    builder.close_sup()
    builder.close_link()
    builder.close_link()
    builder.add(" daily.", range(13, 20))
    block = builder.build("paragraph")
    assert block is not None
    assert block.text == "Zinc helps daily."
    assert list(block.offsets) == [*range(10), *range(13, 21)]
    assert [(a.kind, a.target, a.start, a.end) for a in block.attachments] == [
        ("link", "https://example.org/zinc", 5, 10),
        ("marker", "1,2", 10, 10),
        ("link", "#note-2", 10, 10),
    ]


def test_a_paragraph_of_many_markers_reads_every_marker() -> None:
    source = "<p>" + "Zinc helps.<sup>1</sup> " * 2000 + "</p>"
    (block,) = parse_text("many.html", source).blocks
    assert block.text == " ".join(["Zinc helps."] * 2000)
    assert [a.kind for a in block.attachments] == ["marker"] * 2000
