"""A linked source's own words block-quoted under the link (issue 14, set Z class 1;
documents/quotations.py): the quote is sourced by the lead-in's link and, being the source's
words, is not the page's overstatement or causal claim. Each case has a twin where the quote
is the page's own (no link, a shop's link, the site's own page, no hand-over) and the
findings stay; and the page's own prose after the quote is checked as before."""

from __future__ import annotations

import pytest

from linter.documents import parse_text
from linter.engine import Engine

QUOTE = (
    "> In old rats, the compound reverses aging of the liver and cures their fatty liver "
    "disease in 80% of animals.\n\n"
)
RULES = ["overstatement", "overstatement", "unsourced-statistic"]


def rules(engine: Engine, text: str, path: str = "digest.md") -> list[str]:
    return sorted(f.rule for f in engine.lint(parse_text(path, text)))


@pytest.mark.parametrize(
    "lead_in",
    [
        # A list item whose last sentence links the paper and hands over with a colon.
        "1. Rats did better on it. [A liver study](https://journal.example.org/articles/rat-42) "
        "reports (in rats):\n\n",
        # A paragraph doing the same.
        "The authors of [the rat trial](https://journal.example.org/articles/rat-42) wrote:\n\n",
        # A linked title alone on its line, over its abstract (a link-only line is otherwise
        # left out as furniture: here it is the quote's lead-in).
        "- [Liver ageing in rats](https://journal.example.org/articles/rat-42)\n\n",
        # A linked title as the last sentence of an item that says something first.
        "1. Rats did better. [Liver ageing in rats](https://journal.example.org/articles/rat-42)"
        ".\n\n",
    ],
)
def test_a_quote_under_the_link_to_its_source_is_the_source_speaking(
    engine: Engine, lead_in: str
) -> None:
    assert rules(engine, lead_in + QUOTE) == []


@pytest.mark.parametrize(
    "lead_in",
    [
        "1. Rats did better on it, our nutritionist says:\n\n",  # no link
        "1. You can [buy the compound](https://www.amazon.com/dp/B0000TEST1) here:\n\n",  # shop
        "1. We wrote about [the compound](/blog/compound-guide) before:\n\n",  # the site's own
        # The link is in an earlier sentence; the last one hands over without it.
        "1. See [the rat trial](https://journal.example.org/articles/rat-42). Our view is "
        "simple:\n\n",
        # The link does not close the lead-in and no colon hands over.
        "1. [The rat trial](https://journal.example.org/articles/rat-42) was small.\n\n",
        # The link closes the lead-in but cites its own sentence: the quote is the page's
        # call-out, not the source's words (review17q).
        "Rats age faster on a rich diet, as [one trial](https://journal.example.org/articles/"
        "rat-42) showed in 2019 and [another](https://journal.example.org/articles/rat-43).\n\n",
        "Rats age faster on a rich diet ([Ng 2019](https://journal.example.org/articles/rat-42)"
        ").\n\n",
    ],
)
def test_a_quote_with_no_linked_source_above_it_stays_the_pages_own(
    engine: Engine, lead_in: str
) -> None:
    assert rules(engine, lead_in + QUOTE) == RULES


def test_the_pages_own_prose_after_the_quote_is_checked(engine: Engine) -> None:
    text = (
        "1. [A liver study](https://journal.example.org/articles/rat-42) reports:\n\n"
        + QUOTE
        + "So the compound cures fatty liver in people too.\n\n"
        + "1. Another item: this tea cures fatty liver.\n"
    )
    # The page's own generalisation from the rats is its claim: hype, and causal overreach.
    assert rules(engine, text) == ["causal-overreach", "overstatement", "overstatement"]


def test_a_quote_under_a_linked_lead_in_in_html(engine: Engine) -> None:
    linked = (
        '<p>The <a href="https://journal.example.org/articles/rat-42">rat trial</a> '
        "concluded:</p><blockquote><p>The compound cures fatty liver disease in 80% of old "
        "rats.</p></blockquote>"
    )
    bare = linked.replace('<a href="https://journal.example.org/articles/rat-42">', "<a>")
    assert rules(engine, linked, "digest.html") == []
    assert rules(engine, bare, "digest.html") == [
        "overstatement",
        "unsourced-statistic",
        "vague-attribution",  # the unlinked trial
    ]


def test_the_quotes_causal_claim_is_the_sources_and_the_items_own_is_checked(
    engine: Engine,
) -> None:
    quote = "> In mice, the extract lowered blood sugar. The extract prevents diabetes.\n\n"
    linked = "1. [A mouse study](https://journal.example.org/articles/mice-7) found:\n\n"
    assert rules(engine, linked + quote) == []
    bare = rules(engine, "1. A mouse study found:\n\n" + quote)
    assert bare == ["causal-overreach", "vague-attribution"]  # and the unlinked study


def test_notes_right_under_a_linked_title_in_html_share_its_source(engine: Engine) -> None:
    """precMN (set N's link round-up): the <ul> right after a <p> that is a linked title."""
    notes = (
        "<ul><li>Survey found that 40% of night nurses have high blood pressure.</li>"
        "<li>Nurses on nights ate less fruit.</li></ul>"
    )
    linked = (
        '<p><a href="https://news.example.org/nursing/2024/night-shifts">Night shifts tied '
        "to missed meals</a></p>" + notes
    )
    shop = linked.replace("news.example.org/nursing/2024", "shop.example.com/products")
    between = linked.replace("</a></p>", "</a></p><p>I work nights myself.</p>")
    assert rules(engine, linked, "roundup.html") == []
    for page in (shop, between):
        assert rules(engine, page, "roundup.html") == ["unsourced-statistic", "vague-attribution"]
