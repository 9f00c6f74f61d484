"""Links that are no evidence by their address's form (a home page, a social post or picture,
a shop), and the address that closes a pasted excerpt and sources all of it (our own
fragments; documents/links.py and nlp/closing_address.py)."""

from __future__ import annotations

import pytest

from linter.documents import parse_text
from linter.documents.links import default_counts
from linter.engine import Engine

_COUNTED = "counted as unsourced"


def flagged(engine: Engine, text: str, path: str = "page.md") -> list[str]:
    """The texts of the sourcing rules' findings (statistic, citation, appeal)."""
    rules = ("unsourced-statistic", "unsourced-citation", "vague-attribution")
    return [f.text for f in engine.lint(parse_text(path, text)) if f.rule in rules]


@pytest.mark.parametrize(
    "target",
    [
        # a site's front page: it names an institution, it holds none of its reports
        "http://cityhealth.example.gov/",
        "https://www.agency.example.org",
        "https://campaign.example.org/index.html",
        "https://clinic.example.com/home",
        "https://charity.example.org/en/",
        "https://charity.example.org/en-us/index.php",
        "https://hospital.example.org/Default.aspx",
        "/",  # the site's own front page: navigation
        "/index.html",
        # an in-page anchor of the front page is still the front page
        "https://agency.example.org/#contact",
        "HTTPS://WWW.AGENCY.EXAMPLE.ORG/EN/",
        # pictures and short posts of the social networks
        "https://scontent-lhr8-1.xx.fbcdn.net/v/t1.0-9/12345_67890_n.jpg",
        "https://pbs.twimg.com/media/AbCdEf.jpg",
        "https://i.pinimg.com/736x/aa/bb/cc/poster.jpg",
        "https://scontent.cdninstagram.com/v/t51.2885-15/photo.jpg",
        "https://www.instagram.com/p/Cx1yZ2AbC/",
        "https://twitter.com/healthcampaign/status/1234567890",
        "https://x.com/healthcampaign/status/1234567890",
        "https://www.tiktok.com/@wellnessshop/video/7000000000000000000",
        "https://www.pinterest.com/pin/123456789012345678/",
        "https://www.facebook.com/campaign/photos/a.1234/5678/",
        # shops: WooCommerce's product category and tag bases beside Shopify's
        "https://herbs.example/product-category/tinctures/",
        "https://herbs.example/product-tag/sleep/",
        "https://herbs.example/shop/",
    ],
)
def test_addresses_that_are_no_evidence(target: str) -> None:
    assert default_counts(target) is False


@pytest.mark.parametrize(
    "target",
    [
        "https://cityhealth.example.gov/assets/doh/downloads/pdf/survey-2012.pdf",
        "https://agency.example.gov/data/hospitalizations-2012",
        "https://doi.org/10.1000/example.2016.001",
        "https://www.cdc.gov/flu/about/index.html",  # a folder's index page is a page
        "https://blog.example.org/?p=1234",  # a WordPress post by its id
        "https://charity.example.org/ms/",  # two letters that are no language: a topic
        "https://news.example.com/2013/12/10/marijuana-and-schizophrenia/63148.html",
        "https://bit.ly/3abcdEF",  # a shortener hides its target: it could be a DOI
        "https://t.co/AbCdEf123",
        "index.html",  # relative to a folder: that folder's page
        "https://europepmc.org/",  # an evidence host is never judged by its path
        # a hash route is a single-page application's page, not its front page
        "https://dashboard.example.gov/#/surveillance/flu-2019",
        "https://dashboard.example.gov/en/#!/report/12",
        # upper case, a port, a trailing slash: a deep page stays a page
        "HTTPS://AGENCY.EXAMPLE.GOV/DATA/FLU-2019/",
        "https://agency.example.gov:8443/reports/flu-2019.pdf",
    ],
)
def test_addresses_that_stay_sources(target: str) -> None:
    assert default_counts(target) is True


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "According to [CITY.GOV](http://cityhealth.example.gov/) data, 43,000 people "
            "were hospitalized for alcohol in 2012.\n",
            True,
        ),
        (
            "The campaign lists [ten reasons](https://scontent-mia1-2.xx.fbcdn.net/t31.0-8/"
            "s960x960/1_2_3_o.jpg), such as a 25% drop in overdose deaths.\n",
            True,
        ),
        (
            "According to [city data](http://cityhealth.example.gov/data/alcohol-2012.pdf), "
            "43,000 people were hospitalized for alcohol in 2012.\n",
            False,
        ),
    ],
)
def test_a_home_page_or_a_picture_does_not_source_a_figure(
    engine: Engine, text: str, found: bool
) -> None:
    assert bool(flagged(engine, text)) is found, _COUNTED


_EXCERPT = (
    "**Small school shuts for flu**  \n"
    "About 30% of pupils caught the flu this winter. Researchers believe the "
    "dry air helps the virus spread."
)


@pytest.mark.parametrize(
    "text",
    [
        # the address shown as the link's text on the item's last line
        f"1. {_EXCERPT}  \n   [https://news.example.com/2018/01/school-flu.html]"
        "(https://news.example.com/2018/01/school-flu.html)\n",
        # the same after the last sentence, on its line
        f"1. {_EXCERPT} [https://news.example.com/2018/01/school-flu.html]"
        "(https://news.example.com/2018/01/school-flu.html)\n",
        # an autolink
        f"- {_EXCERPT}  \n  <https://news.example.com/2018/01/school-flu.html>\n",
        # a raw address
        f"- {_EXCERPT}  \n  https://news.example.com/2018/01/school-flu.html\n",
        # glued to the residue of a broken no-break space ("Â" read from UTF-8 as cp1252)
        f"1. {_EXCERPT}A [https://news.example.com/2018/01/school-flu.html]"
        "(https://news.example.com/2018/01/school-flu.html)\n",
        # a paragraph, not an item
        f"{_EXCERPT}  \nhttps://news.example.com/2018/01/school-flu.html\n",
        # a quotation closed before the address
        "- The nurse said “about 30% of pupils caught the flu this winter.” "
        "https://news.example.com/2018/01/school-flu.html\n",
        # a "www." address
        f"- {_EXCERPT}  \n  www.news.example.com/2018/01/school-flu.html\n",
        # an HTML list item whose link shows its address
        "<ul><li><b>Small school shuts for flu</b><br>About 30% of pupils caught the flu "
        "this winter.<br><a href='https://news.example.com/2018/01/school-flu.html'>"
        "https://news.example.com/2018/01/school-flu.html</a></li></ul>",
        # a full stop after the address
        f"- {_EXCERPT} https://news.example.com/2018/01/school-flu.html.\n",
        # a no-break space after the stop, as read or as the reader repairs its mojibake
        f"- {_EXCERPT}\u00a0https://news.example.com/2018/01/school-flu.html\n",
        f"- {_EXCERPT}Â\u00a0https://news.example.com/2018/01/school-flu.html\n",
        # a list item is one point, with a headline or not
        "- About 30% of pupils caught the flu this winter. Researchers believe the dry air "
        "helps the virus spread.  \n  https://news.example.com/2018/01/school-flu.html\n",
    ],
)
def test_an_address_closing_an_excerpt_sources_all_of_it(engine: Engine, text: str) -> None:
    path = "page.html" if text.startswith("<") else "page.md"
    assert flagged(engine, text, path) == []


@pytest.mark.parametrize(
    "text",
    [
        # the closing address is a home page, a shop, a social post
        f"1. {_EXCERPT}  \n   https://news.example.com/\n",
        f"1. {_EXCERPT}  \n   https://herbs.example/products/flu-tonic\n",
        f"1. {_EXCERPT}  \n   https://twitter.com/schoolnews/status/1234567890\n",
        # the address is inside the last sentence: it sources that sentence only
        "- About 30% of pupils caught the flu this winter. Read more at "
        "https://news.example.com/2018/01/school-flu.html\n",
        "- About 30% of pupils caught the flu this winter. Flu is common "
        "(https://news.example.com/2018/01/school-flu.html).\n",
        # words follow the address
        "- About 30% of pupils caught the flu this winter. "
        "https://news.example.com/2018/01/school-flu.html for more.\n",
        # the closing link has words, not an address: it sources its own sentence
        "- About 30% of pupils caught the flu this winter. "
        "[Read more](https://news.example.com/2018/01/school-flu.html)\n",
        # the address opens the item, it closes nothing
        "- https://news.example.com/2018/01/school-flu.html  \n  Flu is common. About 30% of "
        "pupils caught the flu this winter.\n",
        # a site-relative path is the site's own page, not the quoted article
        "- About 30% of pupils caught the flu this winter. [/news/flu/](/news/flu/)\n",
        # a paragraph of the writer's own claims, with no headline, ending on a link to a page
        # about one of them: the link sources the last sentence only
        "About 30% of pupils caught the flu this winter. Colds last about a week.  \n"
        "https://news.example.com/2018/01/colds.html\n",
        "About 30% of pupils caught the flu this winter. Colds last about a week. "
        "https://news.example.com/2018/01/colds.html\n",
        # a first line that ends as a lead-in or a sentence is no headline
        "Flu this winter:  \nAbout 30% of pupils caught the flu this winter. Colds last "
        "about a week.  \nhttps://news.example.com/2018/01/colds.html\n",
        # the closing address is the item's picture, not its article
        f"- {_EXCERPT}  \n  https://news.example.com/2018/01/school-flu-chart.png\n",
        f"- {_EXCERPT}  \n  ![https://news.example.com/a.JPG](https://news.example.com/a.JPG)\n",
    ],
)
def test_near_misses_of_the_closing_address(engine: Engine, text: str) -> None:
    assert any("30%" in f for f in flagged(engine, text)), _COUNTED
