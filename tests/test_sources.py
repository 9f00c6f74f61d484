"""Sources that are sources: which links count, which sentence a marker sources, and what a
list's lead-in, a parent item and a table row pass on (our own sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter.api import lint_paths
from linter.claim import Claim
from linter.documents import parse_text
from linter.documents.links import SourcePolicy, default_counts
from linter.engine import Engine
from linter.errors import ConfigError
from linter.run.settings import Overrides

FIGURE = "About 30% of adults get migraines"


def claims(engine: Engine, text: str, path: str = "page.md") -> list[Claim]:
    blocks = engine.blocks(parse_text(path, text))
    return [c for p in engine.reader.passages(blocks, "markdown") for c in p.claims]


def sourced(engine: Engine, text: str, path: str = "page.md") -> dict[str, bool]:
    """Each sentence's text -> whether it has a source."""
    return {c.text: c.has_source for c in claims(engine, text, path)}


def stat_findings(engine: Engine, text: str, path: str = "page.md") -> list[str]:
    findings = engine.lint(parse_text(path, text))
    return [f.text for f in findings if f.rule == "unsourced-statistic"]


@pytest.mark.parametrize(
    ("target", "counts"),
    [
        ("https://doi.org/10.1000/xyz.123", True),
        ("https://pubmed.ncbi.nlm.nih.gov/12345678/", True),
        ("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1234567/", True),
        ("https://clinicaltrials.gov/study/NCT01234567", True),
        ("https://www.who.int/publications/i/item/guideline", True),
        ("/health/migraine/", True),  # the site's own page on the subject
        ("#ref-4", True),  # a reference anchor
        ("#cite_note-12", True),
        ("https://www.cancer.gov/publications/dictionaries/cancer-terms/def/remission", False),
        ("/Common/PopUps/popDefinition.aspx?id=45214&version=Patient", False),  # a pop-up
        ("/glossary/migraine/", False),
        ("https://www.merriam-webster.com/dictionary/migraine", False),
        ("https://en.wikipedia.org/wiki/Migraine", False),  # an encyclopedia entry
        ("https://en.m.wikipedia.org/wiki/Turmeric#Research", False),
        ("https://www.britannica.com/science/migraine", False),
        ("https://medlineplus.gov/ency/article/000709.htm", True),  # NLM: an authority's page
        ("https://shop.example/products/migraine-relief", False),
        ("/collections/supplements", False),
        ("/cart", False),
        ("https://www.amazon.com/dp/B000000", False),
        ("https://amzn.to/3xYzAbc", False),  # Amazon's own short links lead only to Amazon
        ("https://a.co/d/1AbCdEf", False),
        ("https://bit.ly/3abcdEF", True),  # a general shortener's target may be a DOI
        ("https://calendly.com/dr-okafor/consultation", False),  # a booking service
        ("https://www.zocdoc.com/practice/city-headache-clinic-1234", False),
        ("/book-online", False),  # a clinic's own booking page
        ("https://clinic.example/contact/request-an-appointment/", False),
        ("/appointments.html", False),
        ("/news/appointment-of-new-director", True),  # a news page, not a booking page
        ("/books/headache-diary", True),
        ("https://blog.example/tag/migraine/", False),
        ("https://blog.example/category/health/", False),
        ("https://blog.example/author/sam/", False),
        ("https://www.facebook.com/sharer/sharer.php?u=https://blog.example/a", False),
        ("https://twitter.com/intent/tweet?url=x", False),
        ("#symptoms", False),  # a same-page anchor that is not a reference
        ("mailto:help@blog.example", False),
        ("tel:+15555550147", False),
        ("undefined", False),
    ],
)
def test_which_links_point_to_evidence(target: str, counts: bool) -> None:
    assert default_counts(target) is counts


def test_a_glossary_link_and_a_shop_link_do_not_source_a_claim(engine: Engine) -> None:
    text = (
        f"{FIGURE} ([migraine](https://www.cancer.gov/publications/dictionaries/x/def/m)).\n\n"
        "About 40% of adults get [tension headaches](https://shop.example/products/relief).\n"
    )
    assert stat_findings(engine, text) == ["About 30%", "About 40%"]


def test_a_booking_link_does_not_source_a_claim(engine: Engine) -> None:
    text = f"{FIGURE} ([book a consultation](https://calendly.com/clinic-example/first-visit)).\n"
    assert stat_findings(engine, text) == ["About 30%"]


def test_a_doi_link_sources_a_claim(engine: Engine) -> None:
    text = f"{FIGURE} ([Lee et al.](https://doi.org/10.1000/xyz.123)).\n"
    assert stat_findings(engine, text) == []
    [claim] = claims(engine, text)
    assert [s.describe() for s in claim.sources] == ["link: https://doi.org/10.1000/xyz.123"]


@pytest.mark.parametrize(
    "text",
    [
        "Coffee lowers the risk of gout.[4] About 30% of adults get migraines.",
        "Coffee lowers the risk of gout. [4] About 30% of adults get migraines.",
        "Coffee lowers the risk of gout.[4]About 30% of adults get migraines.",
        "Coffee lowers the risk of gout.¹ About 30% of adults get migraines.",
        "Coffee lowers the risk of gout.^4 About 30% of adults get migraines.",
        "Coffee lowers the risk of gout (4). About 30% of adults get migraines.",
        "Coffee lowers the risk of gout.[^4] About 30% of adults get migraines.",
        "<p>Coffee lowers the risk of gout.<sup>4</sup> About 30% of adults get migraines.</p>",
        "<p>Coffee lowers the risk of gout.<a href='#ref4'>4</a> About 30% of adults get "
        "migraines.</p>",
        "Coffee lowers the risk of gout.[4] About 30% of adults get migraines.\n\n"
        "[4]: https://doi.org/10.1000/gout",
    ],
)
def test_a_marker_sources_its_own_sentence_and_no_other(engine: Engine, text: str) -> None:
    path = "page.html" if text.startswith("<") else "page.md"
    found = sourced(engine, text, path)
    assert found == {
        next(s for s in found if s.startswith("Coffee")): True,
        "About 30% of adults get migraines.": False,
    }


@pytest.mark.parametrize(
    "text",
    [
        "Coffee lowers the risk of gout.4 About 30% of adults get migraines.",
        "Coffee lowers the risk of gout.4\n\nAbout 30% of adults get migraines.",
        "Coffee lowers the risk of gout.iv\n\nAbout 30% of adults get migraines.",
        "Coffee lowers the risk of gout,iii,iv at least. About 30% of adults get migraines.",
        "Coffee lowers the risk of gout in adults4. About 30% of adults get migraines.",
    ],
)
def test_a_flattened_superscript_marker_sources_its_own_sentence(engine: Engine, text: str) -> None:
    """A scraper that drops the <sup> leaves the marker glued to the word or its stop."""
    found = sourced(engine, text)
    assert found == {
        next(s for s in found if s.startswith("Coffee")): True,
        "About 30% of adults get migraines.": False,
    }


@pytest.mark.parametrize(
    "text",
    [
        "About 30% of adults get migraines.5 million people have them.",  # a glued stop
        "See Fig.2 for the 30% of adults who get migraines.",
        "About 30% of adults lack vitamin B12.",
        "The pH of 8.8 helped 30% of adults with migraines.",
        "I love apples,i like that 30% of adults get migraines.",
        "In fact,30 percentof adults get migraines.",  # a link dropped with its spaces
        "Where Sirt1, a gene, is active, 30% of adults get migraines.",
        "About 30% of adults at stage4, or later, get migraines.",  # words that take a number
        "About 30% of adults with type2, and more, get migraines.",
        "About 30% of adults get migraines by day5.",
    ],
)
def test_digits_glued_to_a_stop_that_are_no_marker(engine: Engine, text: str) -> None:
    assert not any(sourced(engine, text).values())


def test_roman_numerals_after_a_stop_mid_line_are_no_marker(engine: Engine) -> None:
    """One token to the tokenizer (a web address): the next sentence would take the marker."""
    text = "Coffee lowers the risk of gout.ii About 30% of adults get migraines."
    assert not any(sourced(engine, text).values())


def test_a_marker_after_an_abbreviation_keeps_the_sentence_whole(engine: Engine) -> None:
    found = sourced(engine, "In the U.S.[4] about 30% of adults get migraines.")
    assert found == {"In the U.S.[4] about 30% of adults get migraines.": True}


def test_a_body_as_author_year_is_a_source(engine: Engine) -> None:
    text = "About 30% of adults get migraines (World Health Organization, 2019)."
    assert stat_findings(engine, text) == []


def test_a_lead_in_source_covers_its_list(engine: Engine) -> None:
    text = (
        "Headaches are common. A large survey found these rates "
        "([survey](https://doi.org/10.1000/survey)):\n\n"
        "* about 30% of adults get migraines\n"
        "* about 40% get tension headaches\n"
        "  * about 5% of them every day\n\n"
        "Other figures are less certain:\n\n"
        "* about 20% of children get headaches\n"
    )
    assert stat_findings(engine, text) == ["about 20%"]
    inherited = [s for c in claims(engine, text) for s in c.sources if s.inherited]
    assert {s.inherited for s in inherited} == {"lead-in"}
    assert all(s.describe().endswith("(from the lead-in)") for s in inherited)


def test_only_the_lead_in_sentence_passes_its_source_on(engine: Engine) -> None:
    text = (
        "Migraine is studied often ([review](https://doi.org/10.1000/r)). Rates vary:\n\n"
        "* about 30% of adults get migraines\n"
    )
    assert stat_findings(engine, text) == ["about 30%"]


def test_a_parent_item_sources_its_children(engine: Engine) -> None:
    text = (
        "# Rates\n\n"
        "* In a cohort study ([report](https://doi.org/10.1000/c)):\n"
        "  * about 30% of adults got migraines\n"
        "* In another group:\n"
        "  * about 40% of adults got migraines\n"
    )
    assert stat_findings(engine, text) == ["about 40%"]


def test_a_table_rows_source_cell_sources_its_row(engine: Engine) -> None:
    text = (
        "| Group | Rate | Source |\n|---|---|---|\n"
        "| Adults | 30% of adults get migraines | [1] |\n"
        "| Children | 20% of children get migraines | [survey](https://doi.org/10.1000/s) |\n"
        "| Teens | 25% of teens get migraines | |\n"
    )
    assert stat_findings(engine, text) == ["25%"]


def test_sources_config_allows_and_denies_links(tmp_path: Path) -> None:
    (tmp_path / ".healthlint.yaml").write_text(
        "sources:\n"
        '  deny: ["clinic.example/blog/**"]\n'
        '  allow: ["clinic.example/blog/research/**", "/dictionary/evidence/*"]\n',
        encoding="utf-8",
    )
    (tmp_path / "a.md").write_text(
        "About 30% of adults get [migraines](https://clinic.example/blog/migraine).\n\n"
        "About 40% of adults get [headaches](https://clinic.example/blog/research/h).\n\n"
        "About 50% of adults get [colds](/dictionary/evidence/colds).\n",
        encoding="utf-8",
    )
    result = lint_paths([tmp_path / "a.md"], Overrides())
    assert [f.text for f in result.findings] == ["About 30%"]


def test_source_policy_patterns() -> None:
    policy = SourcePolicy(allow=("/glossary/studies/**",), deny=("*.example.org/**",))
    assert not policy.counts("https://www.blog.example.org/a")
    assert policy.counts("/glossary/studies/trial-1")
    assert not policy.counts("/glossary/cure")  # the default still applies


@pytest.mark.parametrize(
    ("config", "line", "message"),
    [
        ("sources: [a]\n", 1, "sources must be a mapping"),
        ("sources:\n  allow: 3\n", 2, "sources.allow must be a list"),
        ("sources:\n  deny: ['']\n", 2, "a pattern must be a non-empty string"),
        ("sources:\n  deny: ['a b']\n", 2, "holds a blank"),
        ("sources:\n  other: []\n", 2, "unknown key 'other' in sources"),
        ("boilerplate: 3\n", 1, "boilerplate must be a mapping"),
        ("boilerplate:\n  min_pages: 1\n", 2, "min_pages must be a whole number"),
        ("boilerplate:\n  report: never\n", 2, "boilerplate.report must be one of"),
        ("boilerplate:\n  pages: 3\n", 2, "unknown key 'pages' in boilerplate"),
    ],
)
def test_config_errors_name_the_line(tmp_path: Path, config: str, line: int, message: str) -> None:
    from linter.config.files import load_config

    path = tmp_path / ".healthlint.yaml"
    path.write_text(config, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.line == line
    assert message in caught.value.message
