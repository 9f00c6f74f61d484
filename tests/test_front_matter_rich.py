"""A ProseMirror document in front matter (Statamic Bard, TipTap) is read as its page shows it.

A link there is a mark on a text node, and a sentence is split into as many text nodes as its
marks change: a figure whose source is linked in the next text node is sourced, as the same
sentence written in Markdown or HTML is (issues 9/14).
"""

from __future__ import annotations

from pathlib import Path

from cli_findings import findings
from exact_offsets import assert_offsets_exact

from linter.documents import read_document

# Bard's layout: the node list under the field, one key a line (Statamic writes it so).
LINKED = """\
---
title: Tea and sleep
content:
  -
    type: paragraph
    content:
      -
        type: text
        text: 'Colds are common. Green tea drinkers had 40% fewer colds, according to a '
      -
        type: text
        marks:
          -
            type: link
            attrs:
              href: 'https://doi.org/10.1000/tea.2020.1'
              target: null
        text: 'trial of tea'
      -
        type: text
        text: ' in adults.'
---
"""

UNLINKED = """\
---
title: Tea and colds
content:
  -
    type: paragraph
    content:
      -
        type: text
        text: 'Green tea drinkers had '
      -
        type: text
        marks:
          -
            type: bold
        text: '40% fewer colds'
      -
        type: text
        marks:
          -
            type: italic
        text: ' than other adults in the town.'
---
"""


def _doc(*inline: str) -> str:
    """A TipTap-style document (flow mappings) holding one paragraph of these text nodes."""
    nodes = ", ".join(inline)
    return f"---\ntitle: Tea\nbody:\n  type: doc\n  content:\n    - {{type: paragraph, content: [{nodes}]}}\n---\n"


def _rules(tmp_path: Path, text: str) -> list[tuple[int, int, str, str]]:
    return [f for f in findings(tmp_path, "page.md", text) if f[2] != "overstatement"]


def test_a_link_mark_is_a_link_at_its_place_in_the_file() -> None:
    document = read_document("page.md", LINKED.encode("utf-8"))
    assert_offsets_exact(document)
    [block] = [b for b in document.blocks if b.kind == "paragraph"]
    assert block.text == (
        "Colds are common. Green tea drinkers had 40% fewer colds, according to a trial of tea"
        " in adults."
    )
    [link] = block.attachments
    assert (link.kind, link.target) == ("link", "https://doi.org/10.1000/tea.2020.1")
    assert block.text[link.start : link.end] == "trial of tea"
    assert LINKED[block.offsets[link.start] : block.offsets[link.end - 1] + 1] == "trial of tea"


def test_a_figure_linked_in_the_next_text_node_is_sourced(tmp_path: Path) -> None:
    assert not [f for f in _rules(tmp_path, LINKED) if f[2] == "unsourced-statistic"]


def test_an_unlinked_figure_is_flagged_where_the_file_has_it(tmp_path: Path) -> None:
    found = _rules(tmp_path, UNLINKED)
    # Bold and italic marks change nothing: the sentence is one block, the figure at its place.
    assert (15, 16, "unsourced-statistic", "40%") in found
    document = read_document("page.md", UNLINKED.encode("utf-8"))
    assert_offsets_exact(document)
    texts = [b.text for b in document.blocks]
    assert texts == [
        "Tea and colds",
        "Green tea drinkers had 40% fewer colds than other adults in the town.",
    ]
    assert not document.blocks[1].attachments


def test_adjacent_text_nodes_with_one_link_are_one_link() -> None:
    link = "marks: [{type: link, attrs: {href: 'https://example.org/report'}}]"
    bold = "{type: bold}, {type: link, attrs: {href: 'https://example.org/report'}}"
    source = _doc(
        "{type: text, text: 'See the '}",
        f"{{type: text, {link}, text: 'yearly '}}",
        f"{{type: text, marks: [{bold}], text: 'report'}}",
        "{type: text, text: ' for 2023.'}",
    )
    document = read_document("page.md", source.encode("utf-8"))
    assert_offsets_exact(document)
    block = document.blocks[-1]
    assert block.text == "See the yearly report for 2023."
    assert [(a.start, a.end, a.kind) for a in block.attachments] == [(8, 21, "link")]


def test_malformed_marks_are_read_as_plain_text(tmp_path: Path) -> None:
    for marks in ("marks: {type: link}", "marks: [{type: link}]", "marks: [{type: link, attrs: 3}]",
                  "marks: [7, {type: link, attrs: {href: ''}}]", "marks: 'link'"):  # fmt: skip
        source = _doc(
            "{type: text, text: 'Green tea drinkers had '}",
            f"{{type: text, {marks}, text: '40% fewer colds'}}",
            "{type: text, text: ' than other adults in the town.'}",
            "{type: hardBreak}",
            "{type: text, text: [not, a, string]}",
            "{type: image, attrs: {src: a.png}}",
            "[a list, not a node]",
        )
        document = read_document("page.md", source.encode("utf-8"))
        assert_offsets_exact(document)
        block = document.blocks[-1]
        assert block.text == "Green tea drinkers had 40% fewer colds than other adults in the town."
        assert not block.attachments
        column = source.index("40%") - source.rindex("\n", 0, source.index("40%"))
        assert (6, column, "unsourced-statistic", "40%") in _rules(tmp_path, source), marks


def test_lists_quotes_and_headings_keep_their_kind() -> None:
    source = """\
---
content:
  - {type: heading, attrs: {level: 2}, content: [{type: text, text: Sleep}]}
  - type: bulletList
    content:
      - {type: listItem, content: [{type: paragraph, content: [{type: text, text: One cup.}]}]}
      - {type: listItem, content: [{type: paragraph, content: [{type: text, text: Two cups.}]}]}
  - {type: horizontalRule}
  - {type: blockquote, content: [{type: paragraph, content: [{type: text, text: Sleep well.}]}]}
  - {type: codeBlock, content: [{type: text, text: print(40% of code)}]}
---
"""
    document = read_document("page.md", source.encode("utf-8"))
    assert_offsets_exact(document)
    read = [(b.kind, b.text, b.list_id, b.after_break) for b in document.blocks]
    assert read == [
        ("heading", "Sleep", None, False),
        ("list_item", "One cup.", 1, False),
        ("list_item", "Two cups.", 1, False),
        ("blockquote", "Sleep well.", None, True),
    ]


def test_a_page_builders_typed_sections_are_no_document() -> None:
    # `type:` keys without ProseMirror content: each string is read as a value, as before.
    source = """\
---
sections:
  - type: hero
    text: Our tea helps you rest after a long day at work.
  - type: paragraph
    body: Research shows our tea cures colds in most of the people who drink it.
---
"""
    document = read_document("page.md", source.encode("utf-8"))
    assert [b.text for b in document.blocks] == [
        "Our tea helps you rest after a long day at work.",
        "Research shows our tea cures colds in most of the people who drink it.",
    ]


def test_a_link_mark_is_judged_as_any_link(tmp_path: Path) -> None:
    # documents/links.py: a tag page is no source, whether the link is Markdown's or a mark's.
    source = LINKED.replace("https://doi.org/10.1000/tea.2020.1", "https://example.org/tag/tea/")
    markdown = (
        "Colds are common. Green tea drinkers had 40% fewer colds, according to a"
        " [trial of tea](https://example.org/tag/tea/) in adults.\n"
    )
    rules = [f[2] for f in _rules(tmp_path, source)]
    assert "unsourced-statistic" in rules
    assert rules == [
        f[2] for f in findings(tmp_path, "same.md", markdown) if f[2] != "overstatement"
    ]


def test_a_bard_set_among_the_nodes_is_read_as_any_value_in_its_place() -> None:
    source = """\
---
content:
  - {type: paragraph, content: [{type: text, text: Tea before bed.}]}
  - type: set
    attrs:
      values: {type: callout, body: 'Doctors agree that tea helps most people sleep.'}
  - {type: paragraph, content: [{type: text, text: Tea after lunch.}]}
---
"""
    document = read_document("page.md", source.encode("utf-8"))
    assert_offsets_exact(document)
    assert [b.text for b in document.blocks] == [
        "Tea before bed.",
        "Doctors agree that tea helps most people sleep.",
        "Tea after lunch.",
    ]


def test_a_hard_break_maps_to_a_space_of_the_file_even_after_a_comma() -> None:
    # Flow style written without a space after the comma: the break's line end is the space
    # inside `{type: hardBreak}`, not the comma before it.
    source = _doc(
        "{type: text, text: 'Tea helps sleep.'},{type: hardBreak}", "{type: text, text: Rest.}"
    )
    document = read_document("page.md", source.encode("utf-8"))
    assert_offsets_exact(document)
    block = document.blocks[-1]
    assert block.text == "Tea helps sleep.\nRest."
    assert source[block.offsets[block.text.index("\n")]] == " "


def test_an_aliased_text_node_is_read_once() -> None:
    # A YAML alias repeated in a paragraph would otherwise make its text as many times over:
    # 2,000 aliases of a 76,000-character text were a 152-million-character block.
    long = "Green tea cures colds in most adults. " * 50
    aliases = ", ".join(["*t"] * 200)
    source = f"---\ncontent:\n  - {{type: paragraph, content: [&t {{type: text, text: '{long}'}}, {aliases}]}}\n---\n"
    document = read_document("page.md", source.encode("utf-8"))
    assert_offsets_exact(document)
    assert [b.text for b in document.blocks] == [long.strip()]


def test_a_superscript_number_is_a_reference_marker_not_prose() -> None:
    sup = "{type: text, marks: [{type: superscript}], text: '2'}"
    source = _doc("{type: text, text: 'Green tea drinkers had 40% fewer colds.'}", sup)
    document = read_document("page.md", source.encode("utf-8"))
    assert_offsets_exact(document)
    block = document.blocks[-1]
    assert block.text == "Green tea drinkers had 40% fewer colds."
    assert [(a.kind, a.target) for a in block.attachments] == [("marker", "2")]


def test_the_cells_of_a_table_row_share_their_row() -> None:
    cell = (
        "{{type: tableCell, content: [{{type: paragraph, content: [{{type: text, text: {}}}]}}]}}"
    )
    rows = [f"{{type: tableRow, content: [{cell.format(a)}, {cell.format(b)}]}}" for a, b in
            (("Tea", "40% fewer colds"), ("Coffee", "10% fewer colds"))]  # fmt: skip
    source = f"---\ncontent:\n  - {{type: table, content: [{', '.join(rows)}]}}\n---\n"
    document = read_document("page.md", source.encode("utf-8"))
    assert_offsets_exact(document)
    read = [(b.kind, b.text, b.row) for b in document.blocks]
    assert read == [
        ("table_cell", "Tea", 1),
        ("table_cell", "40% fewer colds", 1),
        ("table_cell", "Coffee", 2),
        ("table_cell", "10% fewer colds", 2),
    ]


def test_nesting_deeper_than_an_editor_writes_is_left_out() -> None:
    deep = "{type: paragraph, content: [{type: text, text: Deep tea.}]}"
    for _ in range(60):
        deep = f"{{type: blockquote, content: [{deep}]}}"
    shallow = "{type: paragraph, content: [{type: text, text: Shallow tea.}]}"
    source = f"---\ncontent:\n  - {shallow}\n  - {deep}\n---\n"
    document = read_document("page.md", source.encode("utf-8"))
    assert [b.text for b in document.blocks] == ["Shallow tea."]


def test_a_text_that_is_no_yaml_string_is_left_out() -> None:
    source = _doc(
        "{type: text, text: null}",
        "{type: text, text: true}",
        "{type: text, text: 'Green tea drinkers had 40% fewer colds.'}",
    )
    document = read_document("page.md", source.encode("utf-8"))
    assert_offsets_exact(document)
    assert document.blocks[-1].text == "Green tea drinkers had 40% fewer colds."
