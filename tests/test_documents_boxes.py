"""Static-site boxes and attribute markup read as they render: MkDocs admonitions, `:::` boxes
of Docusaurus, VitePress and Pandoc/Quarto, kramdown and Pandoc attribute lists, bracketed
spans and Quarto cross-references (linter/documents/admonitions.py, fenced_divs.py,
attributes.py, pandoc_citations.py). Pages written for these tests."""

from __future__ import annotations

from exact_offsets import read_exact, texts, where

from linter import lint_text


def _found(source: str, name: str) -> list[tuple[str, int, int]]:
    return [(f.rule, f.line, f.column) for f in lint_text(source, name)]


# MkDocs: Python-Markdown's Admonition and PyMdown's Details


def test_an_admonition_title_is_a_paragraph_of_its_own_and_its_indented_body_is_prose() -> None:
    source = (
        '# Sleep\n\n!!! warning "Before you start"\n    Napping cures insomnia in 80% of adults.\n'
    )
    document = read_exact("sleep.md", source)
    assert texts(document) == [
        "Sleep",
        "Before you start",
        "Napping cures insomnia in 80% of adults.",
    ]
    assert [b.kind for b in document.blocks] == ["heading", "paragraph", "paragraph"]
    assert where(document, "Before") == (3, 14)
    assert where(document, "Napping") == (4, 5)
    assert ("overstatement", 4, 13) in _found(source, "sleep.md")


def test_a_box_title_is_never_the_page_title_nor_a_heading_of_the_page() -> None:
    # The title shows at the top of the box, not as a heading: the page's title (its topic,
    # for the registry) is the front matter's or the first heading's, never a box's.
    for source, title in (
        ('!!! danger "Diabetes"\n    Body.\n\n# Vitamin D\n\nText.\n', "Vitamin D"),
        (":::caution[Kidney disease]\nBody.\n:::\n\n## Vitamin D\n", "Vitamin D"),
        ("---\ntitle: Vitamin D\n---\n::: warning Diabetes\nBody.\n:::\n", "Vitamin D"),
        ('??? note "Diabetes"\n    Body.\n', None),
    ):
        document = read_exact("title.md", source)
        assert document.title == title
        assert "Diabetes" not in [b.text for b in document.blocks if b.kind == "heading"]
        assert "Kidney disease" not in [b.text for b in document.blocks if b.kind == "heading"]


def test_a_body_after_a_blank_line_is_prose_not_indented_code() -> None:
    source = '!!! note "Tea"\n\n    Green tea prevents cancer in 50% of drinkers.\n\n    More.\n\nAfter.\n'
    document = read_exact("tea.md", source)
    assert texts(document) == [
        "Tea",
        "Green tea prevents cancer in 50% of drinkers.",
        "More.",
        "After.",
    ]
    assert ("unsourced-statistic", 3, 34) in _found(source, "tea.md")


def test_a_type_alone_an_empty_title_and_collapsible_boxes_show_no_title_of_their_own() -> None:
    source = (
        "!!! note\n    One.\n\n"
        '!!! danger highlight ""\n    Two.\n\n'
        '??? tip "Folded"\n    Three.\n\n'
        "???+ info\n    Four.\n"
    )
    assert texts(read_exact("boxes.md", source)) == ["One.", "Two.", "Folded", "Three.", "Four."]


def test_nested_admonitions_and_lines_of_other_forms_stay_prose() -> None:
    source = (
        '!!! note "Outer"\n    Outer body.\n\n    !!! warning "Inner"\n        Inner body.\n\n'
        "!!! Stop taking it now!\n\n??? Nobody knows.\n\n!!! Never give aspirin to children\n\n"
        "??? What about coffee\nIt is fine.\n"
    )
    assert texts(read_exact("nest.md", source)) == [
        "Outer",
        "Outer body.",
        "Inner",
        "Inner body.",
        "!!! Stop taking it now!",
        "??? Nobody knows.",
        "!!! Never give aspirin to children",
        "??? What about coffee It is fine.",
    ]


# ::: boxes: Docusaurus, VitePress, markdown-it-container, Pandoc and Quarto


def test_a_docusaurus_box_has_a_title_heading_and_a_body_without_fences() -> None:
    source = (
        ":::tip Drink water\nTwo litres a day cures headaches in 90% of people.\n:::\n\n"
        ":::warning[Medical disclaimer]\n\nAsk a doctor first.\n\n:::\n\nAfter the boxes.\n"
    )
    document = read_exact("water.md", source)
    assert texts(document) == [
        "Drink water",
        "Two litres a day cures headaches in 90% of people.",
        "Medical disclaimer",
        "Ask a doctor first.",
        "After the boxes.",
    ]
    assert where(document, "Drink") == (1, 8)
    assert where(document, "Medical") == (5, 12)
    assert ("overstatement", 2, 18) in _found(source, "water.md")


def test_vitepress_and_pandoc_boxes_without_a_title_show_their_body_only() -> None:
    source = (
        "::: info\nCoffee helps.\n:::\n\n"
        "::: Warning ::::::\nSalt matters.\n:::\n\n"
        "::: {.callout-note}\n## Salt and pressure\nLess salt helps.\n:::\n"
    )
    assert texts(read_exact("boxes.md", source)) == [
        "Coffee helps.",
        "Salt matters.",
        "Salt and pressure",
        "Less salt helps.",
    ]


def test_nested_pandoc_divs_a_title_attribute_and_code_fences_inside() -> None:
    source = (
        ':::: {.column-page}\n::: {.callout-warning title="Red flags"}\n'
        "Beetroot juice cures hypertension in 50% of patients.\n:::\n"
        "```\n:::\n```\nStill in the outer box.\n::::\n\nOutside.\n"
    )
    document = read_exact("divs.md", source)
    assert texts(document) == [
        "Red flags",
        "Beetroot juice cures hypertension in 50% of patients.",
        "Still in the outer box.",
        "Outside.",
    ]
    assert where(document, "Red flags") == (2, 30)
    assert ("overstatement", 3, 16) in _found(source, "divs.md")


def test_myst_directive_options_are_markup_and_the_body_keeps_its_columns() -> None:
    source = (
        ":::{note}\n:class: dropdown\n:name: tea\nGreen tea prevents cancer in 50% of drinkers.\n"
        ":::\n\n:::{admonition} Salt\n---\nclass: tip\n---\nLess salt helps.\n:::\n"
    )
    document = read_exact("myst.md", source)
    assert texts(document) == [
        "Green tea prevents cancer in 50% of drinkers.",
        "Salt",
        "Less salt helps.",
    ]
    assert where(document, "Green") == (4, 1)
    assert ("unsourced-statistic", 4, 30) in _found(source, "myst.md")


def test_a_box_in_a_list_item_and_one_left_open() -> None:
    source = "- Item.\n\n  :::note\n  Inside the item.\n  :::\n\n:::danger Last\nNever closed.\n"
    assert texts(read_exact("open.md", source)) == [
        "Item.",
        "Inside the item.",
        "Last",
        "Never closed.",
    ]


def test_a_box_left_open_in_a_list_item_ends_with_the_item() -> None:
    source = "- Item.\n\n  :::note\n  Inside the item.\n\nOutside the list.\n\n:::\n"
    document = read_exact("item.md", source)
    assert [(b.kind, b.text) for b in document.blocks] == [
        ("list_item", "Item."),
        ("list_item", "Inside the item."),
        ("paragraph", "Outside the list."),
        ("paragraph", ":::"),
    ]


def test_indented_box_and_comment_markers_are_code() -> None:
    source = '    !!! note "Title"\n        Body.\n\n    :::tip Tip\n    Two.\n    :::\n\n'
    assert texts(read_exact("code.md", source + "    {::comment}\n    Three.\n")) == []


# Attribute lists, bracketed spans and kramdown's extensions


def test_kramdown_attribute_lists_are_markup_and_a_link_keeps_its_source() -> None:
    source = (
        "Vitamin C cures colds in 30% of adults.\n{: .notice--warning}\n\n"
        "It is **essential**{: .red} for 99% of people.\n\n"
        'Read the [report](https://example.org/r){:target="_blank"} on 20% of adults.\n'
    )
    document = read_exact("c.md", source)
    assert texts(document) == [
        "Vitamin C cures colds in 30% of adults.",
        "It is essential for 99% of people.",
        "Read the report on 20% of adults.",
    ]
    assert document.blocks[2].attachments[0].target == "https://example.org/r"
    found = _found(source, "c.md")
    assert ("overstatement", 1, 11) in found
    assert ("unsourced-statistic", 4, 33) in found
    assert not any(line == 6 for _, line, _ in found)


def test_a_kramdown_comment_hides_its_lines_and_nomarkdown_markers_show_nothing() -> None:
    source = (
        "Before.\n\n{::comment}\nDraft: it cures cancer in 90% of cases.\n\nMore draft.\n"
        "{:/comment}\n\n{::nomarkdown}\n<p>Raw words.</p>\n{:/nomarkdown}\n\n"
        "Inline {::comment}hidden{:/comment}shown.\n"
    )
    document = read_exact("k.md", source)
    assert texts(document) == ["Before.", "Raw words.", "Inline shown."]
    assert _found(source, "k.md") == []


def test_pandoc_spans_heading_and_image_attributes_show_only_their_words() -> None:
    source = (
        "## Dosage {#dosage .unnumbered}\n\n[Zinc]{.smallcaps} cures colds in 30% of children.\n\n"
        '![A chart](chart.png){#fig-chart width="50%"}\n\nA set {x} and {y, z} stays.\n'
    )
    document = read_exact("zinc.md", source)
    assert texts(document)[:2] == ["Dosage", "Zinc cures colds in 30% of children."]
    assert texts(document)[-1] == "A set {x} and {y, z} stays."
    assert where(document, "Zinc") == (3, 2)
    assert ("overstatement", 3, 20) in _found(source, "zinc.md")


def test_a_reference_link_followed_by_attributes_stays_a_link() -> None:
    source = "See [the review]{.x} on 40% of adults.\n\n[the review]: https://example.org/r\n"
    (block,) = read_exact("ref.md", source).blocks
    assert block.text == "See the review on 40% of adults."
    assert block.attachments[0].target == "https://example.org/r"


# Quarto and pandoc-crossref cross-references are no citations


def test_a_cross_reference_in_brackets_is_no_source_but_a_citation_key_is() -> None:
    crossref = "As @fig-trend shows, 45% of adults are affected [@fig-trend].\n"
    assert ("unsourced-statistic", 1, 22) in _found(crossref, "q.md")
    for other in ("[see @tbl-rates]", "[@fig:trend]", "[-@sec-methods]"):
        text = f"About 45% of adults are affected {other}.\n"
        assert "unsourced-statistic" in [rule for rule, _, _ in _found(text, "q.md")]
    for cited in ("[@figueroa2020]", "[@figueroa2020]{.cite}"):
        text = f"About 45% of adults are affected {cited}.\n"
        assert "unsourced-statistic" not in [rule for rule, _, _ in _found(text, "q.md")]
