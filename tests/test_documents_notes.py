"""Notes-site Markdown (Obsidian, Foam, Quartz, GitHub): wikilinks read as the words they show,
alert and callout markers as markup (linter/documents/wikilinks.py, callouts.py). Pages written
for these tests."""

from __future__ import annotations

from exact_offsets import read_exact, texts, where

from linter import lint_text


def test_a_wikilink_reads_as_its_page_name() -> None:
    document = read_exact("note.md", "Amlodipine treats [[Hypertension]] in adults.\n")
    assert texts(document) == ["Amlodipine treats Hypertension in adults."]
    assert where(document, "Hypertension") == (1, 21)


def test_a_wikilink_with_display_text_reads_as_that_text_only() -> None:
    source = "It lowers [[Hypertension|high blood pressure]] by relaxing vessels.\n"
    document = read_exact("note.md", source)
    assert texts(document) == ["It lowers high blood pressure by relaxing vessels."]
    assert where(document, "high blood") == (1, 26)


def test_a_heading_link_shows_the_page_and_an_embed_shows_nothing() -> None:
    source = "See [[Aspirin#Risks]], [[#Dosage]] and ![[chart.png]] here.\n"
    assert texts(read_exact("note.md", source)) == ["See Aspirin, Dosage and  here."]


def test_a_wikilink_is_no_source() -> None:
    source = "About 40% of adults have [[Hypertension|high blood pressure]].\n"
    (block,) = read_exact("note.md", source).blocks
    assert block.text == "About 40% of adults have high blood pressure."
    assert block.attachments == ()
    assert [f.rule for f in lint_text(source, "note.md")] == ["unsourced-statistic"]


def test_numbers_in_double_brackets_and_markdown_links_are_not_wikilinks() -> None:
    source = "Salt raises blood pressure [[1]] and [[2]](#ref-2) and [a [b] c](https://x.org).\n"
    (block,) = read_exact("note.md", source).blocks
    assert "[[1]]" in block.text
    assert "[[2]]" not in block.text and "a [b] c" in block.text


def test_an_alert_marker_is_markup() -> None:
    source = "> [!WARNING]\n> Call 999 if the pain is sudden and severe.\n"
    document = read_exact("guide.md", source)
    assert texts(document) == ["Call 999 if the pain is sudden and severe."]
    assert where(document, "Call") == (2, 3)


def test_a_callout_title_is_a_block_of_its_own() -> None:
    source = "Intro.\n\n> [!note]- Medical disclaimer\n> This page is for education only.\n"
    document = read_exact("guide.md", source)
    assert texts(document) == ["Intro.", "Medical disclaimer", "This page is for education only."]
    assert where(document, "Medical") == (3, 12)


def test_a_callout_of_a_title_alone_and_a_quote_with_brackets_later() -> None:
    source = "> [!tip] Drink water\n\n> A quote with [!x] inside.\n"
    assert texts(read_exact("guide.md", source)) == ["Drink water", "A quote with [!x] inside."]


def test_a_marker_outside_a_quote_is_text() -> None:
    assert texts(read_exact("guide.md", "[!NOTE] stays.\n")) == ["[!NOTE] stays."]


def test_hostile_brackets_read_in_linear_time() -> None:
    # Unclosed and unbalanced runs of the openers each scan starts at: read, not hung (the
    # scans are bounded; bench/ times 1 MB of each).
    for piece in ("[[a|", "[[", "![[x", "> [!a", "[@a "):
        read_exact("hostile.md", piece * 2000)


def test_a_list_in_an_alert_and_a_nested_callout() -> None:
    source = "> [!WARNING]\n> - Sudden severe pain.\n\n> > [!tip] Nested title\n> > Nested body.\n"
    assert texts(read_exact("guide.md", source)) == [
        "Sudden severe pain.",
        "Nested title",
        "Nested body.",
    ]
