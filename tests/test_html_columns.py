"""An <aside> read as the page's second column when it holds what a main column holds, and
dropped as furniture otherwise (documents/html_furniture.py). Markup written for these tests."""

from __future__ import annotations

import pytest
from exact_offsets import assert_offsets_exact

from linter.documents import parse_text

# A hand-built page: its main column, then an aside holding headings and paragraphs.
COLUMN = """
<h2>Why a birth companion</h2>
<p>Studies of continuous support report shorter labours for the families who choose it.</p>
<p>Support in labour also lowers the use of pain medication, and most families value it.</p>
<ul><li>30% fewer requests for an epidural</li></ul>
<h2>What the companion does</h2>
<p>A companion stays with the family through labour and helps them ask the staff questions.
She also visits at home in the first weeks after the birth.</p>
"""

MAIN = "<p>Our clinic offers care before and after birth for families in the county.</p>"


def texts(source: str) -> list[str]:
    document = parse_text("page.html", source)
    assert_offsets_exact(document)
    return [" ".join(block.text.split()) for block in document.blocks]


@pytest.mark.parametrize(
    "page",
    [
        # No main content marked: the aside beside the body's text.
        f"<html><body><div>{MAIN}</div><aside>{COLUMN}</aside></body></html>",
        # Beside a main-role column, at the same depth (a hand-made two-column page).
        f"<body><div id='wrap'><div role='main'>{MAIN}</div><aside>{COLUMN}</aside></div></body>",
        # Inside <main>, with a class that names no furniture.
        f"<body><main>{MAIN}<aside class='benefits'>{COLUMN}</aside></main></body>",
    ],
)
def test_an_aside_that_holds_a_column_is_read(page: str) -> None:
    found = texts(page)
    assert found[0].startswith("Our clinic offers")
    assert "Why a birth companion" in found
    assert "30% fewer requests for an epidural" in found
    assert found[-1].startswith("A companion stays with the family")


@pytest.mark.parametrize(
    "aside",
    [
        # A role says what it is: complementary is a landmark of furniture.
        f"<aside role='complementary'>{COLUMN}</aside>",
        f"<aside role='note'>{COLUMN}</aside>",
        # A class or id that names furniture, or a hidden aside.
        f"<aside class='sidebar widget-area'>{COLUMN}</aside>",
        f"<aside id='secondary' class='widgets'>{COLUMN}</aside>",
        f"<aside hidden>{COLUMN}</aside>",
        # A widget's title and one blurb, a list of links, a sign-up box, a teaser.
        "<aside><h3>My free sleep guide</h3><p>Fall asleep in ten minutes with this simple"
        " routine that thousands of readers love.</p></aside>",
        "<aside><h3>Recent posts</h3><ul><li><a href='/a'>Magnesium cures cramps overnight"
        " for every runner we know</a></li><li><a href='/b'>Ten ways tea beats every"
        " medicine on the shelf today</a></li></ul></aside>",
        "<aside><h3>Join our list</h3><p>Get weekly recipes that ease joint pain for good, in"
        " your inbox.</p><form><input type='email'><button>Join</button></form></aside>",
        "<aside><h3>Elsewhere</h3><p>Our founder explains why the juice plan works so well and"
        " what it did for her…</p><p>Readers write in to say the plan changed their lives and"
        " their energy…</p><p>Everything you need to know about detox teas in one guide for"
        " the new year…</p></aside>",
        # An author box and a sign-up box long enough to pass for a column (review26r).
        "<aside><h3>About the author</h3><p>Our founder has cared for runners in the city for"
        " twenty years and still races most weekends.</p><p>Her gentle method has helped"
        " many patients reverse their arthritis without surgery or pills.</p><p>She lives by"
        " the river with two dogs and a garden of herbs that she grows for tea.</p><p>She"
        " teaches a weekly class on pacing and rest at the community hall.</p></aside>",
        "<aside><h3>Stay in touch</h3><p>Sign up to our monthly letter for tips that will"
        " cure your hay fever for good this spring.</p><p>We send one friendly email a month"
        " with recipes, stories and news from our supporters.</p><p>You can leave at any"
        " time with the link at the foot of every email we send.</p><p>Your address stays"
        " with us and is never sold or passed to anyone else.</p><form><input"
        " type='email'><button>Join</button></form></aside>",
        # Paragraphs of sentences but no heading: a note beside the text.
        "<aside><p>Our founder trained in herbal care for many years and now teaches it in"
        " the evenings.</p><p>She also writes the newsletter each month with recipes and news"
        " from the clinic garden.</p><p>Ask at the desk for a copy of the latest issue.</p>"
        "</aside>",
    ],
)
def test_a_sidebar_aside_is_still_furniture(aside: str) -> None:
    found = texts(f"<html><body><div>{MAIN}</div>{aside}</body></html>")
    assert found == [" ".join(MAIN[3:-4].split())]


def test_an_aside_away_from_the_main_column_is_furniture() -> None:
    # On a page that marks its main content, an aside elsewhere in the chrome (deeper than
    # the main element began, or in furniture) is not a column beside it.
    page = (
        f"<body><main>{MAIN}</main><div class='bottom'><div><aside>{COLUMN}</aside></div></div>"
        f"<nav><aside>{COLUMN}</aside></nav></body>"
    )
    assert texts(page) == [" ".join(MAIN[3:-4].split())]


def test_furniture_inside_a_column_stays_out() -> None:
    # A sidebar's widget nested in the column is left out; the column's own text is read.
    widget = "<div class='widget'><h4>Popular</h4><p>Garlic cures colds in a day, readers say so.</p></div>"
    found = texts(f"<body><div>{MAIN}</div><aside>{COLUMN}{widget}</aside></body>")
    assert "Why a birth companion" in found
    assert not any("Garlic" in text or text == "Popular" for text in found)


def test_markdown_paragraphs_inside_a_sidebar_aside_stay_read() -> None:
    # In Markdown, the paragraphs between `<aside>` and `</aside>` lines are the Markdown
    # reader's: a sidebar aside leaves out only its HTML, as it did before columns were read.
    source = (
        "Intro text here.\n\n<aside>\n\n<p>Related: garlic cures colds.</p>\n\n"
        "Our own note on colds and rest.\n\n</aside>\n\nOutro text.\n"
    )
    document = parse_text("page.md", source)
    assert [block.text for block in document.blocks] == [
        "Intro text here.",
        "Our own note on colds and rest.",
        "Outro text.",
    ]


def test_a_heading_in_an_aside_left_out_gives_no_title() -> None:
    page = "<body><aside><h2>Popular posts</h2><p>Short blurb.</p></aside><p>Body text.</p></body>"
    assert parse_text("page.html", page).title is None


def test_a_column_with_a_form_of_buttons_and_choices_is_read() -> None:
    # A payment or order form asks the reader to type nothing: the column around it is read.
    form = "<form><input type='hidden' name='id'><select><option>Deposit</option></select>"
    found = texts(
        f"<body><div>{MAIN}</div><aside>{COLUMN}{form}<button>Pay</button></form></aside></body>"
    )
    assert "Why a birth companion" in found
