"""Page structure: only what a reader reads as the article is checked (our own test pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter.documents import parse_text
from linter.documents.page import article_blocks, furniture_heading, why_left_out
from linter.documents.vocabulary import tokens, vocabulary
from linter.engine import Engine
from linter.findings import Finding

PAGES = Path(__file__).resolve().parent / "pages"


def lint(engine: Engine, text: str, path: str = "page.md") -> list[Finding]:
    return engine.lint(parse_text(path, text))


def flagged_lines(findings: list[Finding]) -> set[int]:
    return {f.line for f in findings}


def prose(text: str, path: str = "page.md") -> list[str]:
    document = parse_text(path, text)
    return [b.text for b in article_blocks(document.blocks, document.source)]


# --- HTML: a WordPress post as its theme renders it, and a health service's page fragment


def test_wordpress_post_is_read_as_its_article_only(engine: Engine) -> None:
    source = (PAGES / "wordpress-post.html").read_text(encoding="utf-8")
    findings = lint(engine, source, "wordpress-post.html")
    lines = source.split("\n")
    by_line = {f.line: lines[f.line - 1] for f in findings}
    # Every finding is in the post's own body (div.entry-content), none in the furniture.
    body = range(
        next(i for i, line in enumerate(lines, 1) if "entry-content" in line),
        next(i for i, line in enumerate(lines, 1) if "wp-block-buttons" in line),
    )
    assert findings and all(f.line in body for f in findings), by_line
    # The body's unsourced claims are found ...
    assert any(f.rule == "overstatement" and f.text == "cures" for f in findings)
    assert any(f.rule == "vague-attribution" for f in findings)
    # ... the DOI-sourced figure and the PubMed-sourced list are not flagged ...
    assert not any("38%" in f.text or "20%" in f.text or "15%" in f.text for f in findings)
    # ... and a glossary link and a product link do not source a figure.
    assert any("27%" in f.text for f in findings)
    assert any("40%" in f.text for f in findings)


@pytest.mark.parametrize(
    "furniture",
    [
        "15% off",  # a promotion bar
        "Miracle supplements",  # the site description in the page header
        "Photo: our capsules",  # an image caption
        "Ashwagandha",  # a related-posts widget
        "10,000 clients",  # an author box
        "100% effective",  # a comment
        "300%",  # a sidebar widget
        "not medical advice",  # the footer disclaimer
        "cookies",  # a cookie notice
        "Jo Bright",  # the byline
    ],
)
def test_wordpress_furniture_is_not_prose(furniture: str) -> None:
    texts = prose((PAGES / "wordpress-post.html").read_text(encoding="utf-8"), "post.html")
    assert not any(furniture in text for text in texts)


def test_wordpress_headline_is_prose() -> None:
    texts = prose((PAGES / "wordpress-post.html").read_text(encoding="utf-8"), "post.html")
    assert texts[0] == "Does magnesium help you sleep?"


def test_health_service_fragment(engine: Engine) -> None:
    source = (PAGES / "health-service-fragment.html").read_text(encoding="utf-8")
    findings = lint(engine, source, "fragment.html")
    texts = prose(source, "fragment.html")
    assert not any("9 out of 10" in t or "Contents" in t for t in texts)  # the guide's nav
    assert not any("last reviewed" in t or "Experts say" in t for t in texts)  # date, feedback
    assert any("Research shows" in t for t in texts)  # an inset box is the article's
    flagged = {f.text for f in findings}
    assert "Research shows" in flagged
    assert "About 1 in 4" in flagged
    # A table row's source cell sources its row; the next row has none.
    assert "about 60%" not in flagged
    assert "about 40%" in flagged


def test_a_page_without_main_content_markup_is_read_less_its_furniture() -> None:
    page = (
        "<div class='breadcrumbs'><a href='/'>Home</a> &gt; Flu</div>"
        "<p>Flu vaccines cut the risk of flu by 40%.</p>"
        "<div class='author-box'>Dr Lee has cured 500 patients.</div>"
        "<div class='authority-note'>The authority publishes its data yearly.</div>"
    )
    assert prose(page, "f.html") == [
        "Flu vaccines cut the risk of flu by 40%.",
        "The authority publishes its data yearly.",
    ]


def test_main_content_in_a_script_only_does_not_hide_the_page() -> None:
    page = "<script>var t = '<main>';</script><p>Flu vaccines cut the risk of flu by 40%.</p>"
    assert prose(page, "f.html") == ["Flu vaccines cut the risk of flu by 40%."]


def test_class_names_are_matched_as_whole_tokens() -> None:
    words = vocabulary()
    assert tokens("jp-relatedPosts__item") == ("jp", "related", "posts", "item")
    assert words.furniture_class("author-bio")
    assert not words.furniture_class("authority-statement")
    assert words.furniture_class("site-header")
    assert not words.furniture_class("entry-header")  # the article's headline block
    assert not words.furniture_class("has-sidebar")  # a state, not an element
    assert not words.furniture_class("content-sidebar-wrap")  # a layout wrapper


# --- Markdown (and HTML alike): reference lists, bylines, metadata, teasers, link lists

ARTICLE = """\
**Title:** Fish oil and the heart

**SEO Description:** Studies show fish oil cures heart disease.

By Sam Ortiz, RN

Updated on May 3, 2024

# Fish oil and the heart

Omega-3 fats are found in oily fish.

Studies show that 30% of adults take a supplement.

## Read this next

Fish oil may lower triglycerides by 25%. Here is what the research says and…

## More from our blog

* [Vitamin D cures depression](https://site.example/vitamin-d)
* [Magnesium and sleep](https://site.example/magnesium)

### How we reviewed this article:

* Lee K, et al. (2021). Omega-3 supplements and triglycerides. Journal of Lipids, 12(3), 45-56.
* Heart disease facts. (2023).https://www.cdc.gov/heartdisease/facts.htm
* Patel R, Gomez L. Fish oil in 40% of adults. Nutr Rev. 2019;77(2):101-9.
"""


def test_furniture_of_a_markdown_article_is_not_checked(engine: Engine) -> None:
    findings = lint(engine, ARTICLE)
    body = ARTICLE.split("\n").index("Studies show that 30% of adults take a supplement.") + 1
    assert findings and flagged_lines(findings) == {body}
    texts = prose(ARTICLE)
    assert texts == [
        "Fish oil and the heart",
        "Omega-3 fats are found in oily fish.",
        "Studies show that 30% of adults take a supplement.",
    ]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Medically reviewed by Ana Costa, MD — Written by Sam Ortiz", "byline"),
        ("Page last reviewed: 12 March 2024", "metadata"),
        ("Published: 2021-02-04T16:00:28Z", "metadata"),
        ("Photo by Lee Chan on a stock site", "credit"),
        ("Call our helpline at (212) 555-0147.", "contact"),
        ("Join our community on the mobile app and get 10% off.", "promotion"),
        ("Smith J, Brown K. Diet and mood. Am J Nutr. 2019;12(3):45-56.", "citation"),
        ("Diet changes may ease mood problems in some people, and new work goes on…", "teaser"),
        ("[Find a clinic near you](/clinics/).", "link-list"),
        ("**Related:** [Vitamin D cures the winter blues](/vitamin-d/)", "link-list"),
    ],
)
def test_blocks_that_are_not_prose(text: str, reason: str) -> None:
    document = parse_text("page.md", f"# A page\n\n{text}\n")
    assert why_left_out(document.blocks, document.source) == [None, reason]


@pytest.mark.parametrize(
    "text",
    [
        "By 2030, about 40% of adults will have obesity.",
        "Dosage: 3 mg a day with food.",
        "Join a support group: people who do feel less alone.",
        "Smith and colleagues found that 30% of patients improved (Smith et al., 2019).",
        "Follow-up visits are an important part of your care now that treatment is over.",
        # A contact in an aside is no source, and the figure makes the line a statement.
        "About 12% of adults (info@clinic.org) have high blood pressure.",
        "One in four adults has high blood pressure (call 212-555-0147).",
    ],
)
def test_prose_that_looks_a_little_like_furniture_stays_prose(text: str) -> None:
    document = parse_text("page.md", f"# A page\n\n{text}\n")
    assert why_left_out(document.blocks, document.source) == [None, None]


@pytest.mark.parametrize(
    ("heading", "furniture"),
    [
        ("Read this next", True),
        ("You may also like", True),
        ("Related posts", True),
        ("Share this:", True),
        ("Leave a Reply", True),
        ("Next steps", False),
        ("Follow-up care", False),
        ("Latest research on statins", False),
    ],
)
def test_furniture_headings(heading: str, furniture: bool) -> None:
    assert furniture_heading(heading) is furniture


def test_a_reference_list_split_at_full_stops_is_not_checked(engine: Engine) -> None:
    text = (
        "# Sources\n\n"
        "1. Grant P. Curcumin cures arthritis in 60% of patients? A trial. J Rheum. "
        "2020;14:1-9. doi:10.1000/abc\n"
        "2. Varga T, et al. Proven benefits of turmeric. (2018). https://example.org/t\n"
    )
    assert lint(engine, text) == []


def test_a_reference_list_without_a_heading_is_found_by_its_entries(engine: Engine) -> None:
    text = (
        "# Turmeric\n\nTurmeric is a spice.\n\n### How we checked our facts\n\n"
        "* Grant P, et al. (2020). Curcumin cures arthritis in 60% of adults. https://a.example/1\n"
        "* Turmeric facts. (2021). https://b.example/2\n"
        "* Varga T. Proven benefits of turmeric. J Herb Med. 2018;4(2):10-19.\n"
    )
    assert lint(engine, text) == []


def test_a_listing_of_teasers_is_not_checked(engine: Engine) -> None:
    text = (
        "# Nutrition\n\n## Popular in diets\n\n"
        "Low carb diets cure type 2 diabetes in 60% of people, new studies show that…\n\n"
        "Experts say intermittent fasting is a proven way to lose weight. Here is what we…\n\n"
        "Research shows that 1 in 3 adults skips breakfast.\n"
    )
    assert lint(engine, text) == []


def test_a_list_of_headlines_is_not_checked(engine: Engine) -> None:
    text = (
        "# Sleep\n\nSleep matters.\n\n### Looking for more?\n\n"
        "* A 2023 Review of the Best Sleep Trackers\n"
        "* Why Magnesium Is the Miracle Mineral for Sleep\n"
    )
    assert lint(engine, text) == []


def test_numbered_entries_with_their_links_nested_below_are_not_checked(engine: Engine) -> None:
    text = (
        "# History\n\nThe name changed twice.\n\n---\n\n"
        '* \\[1] "Type 1 1/2" in Editorial: Insulin-dependent? Lancet 2:809-10, 1985\n'
        "  * The full text is not free to read.\n"
        '* \\[2] "Islet antibodies in adults" in Diabetes Care 11(7):531-7\n'
        "  * Read it here: https://example.org/2\n"
    )
    assert lint(engine, text) == []


def test_numbered_items_that_are_not_entries_are_checked(engine: Engine) -> None:
    text = (
        "# Gout\n\nWhat we know.\n\n"
        "* [1] Studies show that 40% of adults have high uric acid.\n"
        "* [2] Experts say cherries cure gout.\n"
    )
    assert lint(engine, text) != []


def test_an_entry_with_its_own_link_still_sources_the_items_under_it(engine: Engine) -> None:
    text = (
        "# Gout\n\nWhat we know.\n\n"
        "* \\[1] [Uric acid in adults](https://doi.org/10.1016/S0140-6736(85)90800-0). Lancet 2:809-10, 1985\n"
        "  * In this study, 40% of adults had high uric acid.\n"
        "* \\[2] [Cherries and gout](https://doi.org/10.2337/diacare.11.7.531). Diabetes Care 11(7):531-7, 1988\n"
        "  * In this study, cherries lowered the risk of gout attacks by 35%.\n"
    )
    assert lint(engine, text) == []


def test_a_note_under_an_entry_without_a_link_is_still_unsourced(engine: Engine) -> None:
    # The near miss of the test above: the entries are left out as citations all the same, but
    # with no link of their own there is nothing to pass to the notes under them.
    text = (
        "# Gout\n\nWhat we know.\n\n"
        "* \\[1] Uric acid in adults. Lancet 2:809-10, 1985\n"
        "  * In this study, 40% of adults had high uric acid.\n"
        "* \\[2] Cherries and gout. Diabetes Care 11(7):531-7, 1988\n"
        "  * In this study, cherries lowered the risk of gout attacks by 35%.\n"
    )
    found = lint(engine, text)
    assert {f.rule for f in found} == {"unsourced-statistic"}
    assert flagged_lines(found) == {6, 8}


def test_a_teaser_ending_in_a_read_more_link_is_not_checked() -> None:
    # One excerpt of another page, cut with an ellipsis and closed by its "Learn More" link
    # (issue 14): furniture even alone; the same words with no cut, or a link that is no
    # read-more call, stay prose.
    page = "# Interviews\n\nAdults nap daily and most of them sleep{end}\n"
    assert prose(page.format(end="... [Learn More »](nap.html)")) == ["Interviews"]
    whole = prose(page.format(end=". [Learn More »](nap.html)"))
    assert any(text.startswith("Adults nap") for text in whole)
    other = prose(page.format(end="... [the board's survey](nap.html)"))
    assert any(text.startswith("Adults nap") for text in other)
    # Words after the link: the ellipsis is inside the text, not the end of a cut excerpt.
    cont = prose(page.format(end="... [Learn More »](nap.html) about naps at work"))
    assert any(text.startswith("Adults nap") for text in cont)


def test_a_short_line_trailing_off_in_an_ellipsis_is_prose(engine: Engine) -> None:
    # Recall round O: a site cuts a teaser by length (55 or 70 words, 50 characters), so a
    # short aside that trails off is the writer's own line, even two under one heading.
    text = (
        "# Sugar\n\n## Sugar lifts your mood\n\n"
        "Research literally says so…\n\n"
        "And then comes the crash...\n\n"
        "Eat something with fibre.\n"
    )
    assert [f.rule for f in lint(engine, text)] == ["vague-attribution"]
