"""What the figures component tells a check about each health figure, and where its words come from."""

from __future__ import annotations

import re

import pytest

from linter.claim import FIGURE_KINDS, Figure
from linter.config.lexicon import default_lexicon
from linter.config.resources import data_dir
from linter.documents import parse_text
from linter.nlp.components.figures import FigureFinder
from linter.nlp.components.figures_grammar import NOT_STATISTIC, STATISTIC
from linter.nlp.reader import ClaimReader


def figures(text: str) -> list[Figure]:
    document = parse_text("article.md", text)
    return [
        f
        for p in ClaimReader().passages(document.blocks, "markdown")
        for c in p.claims
        for f in c.figures
    ]


@pytest.fixture(scope="module")
def finder() -> FigureFinder:
    return FigureFinder("test", default_lexicon())


@pytest.mark.parametrize(
    ("text", "kind", "quantity", "measures"),
    [
        ("Over 40% of adults snore.", "percent", "share", "adults"),
        ("Walking cut the risk by 30%.", "percent", "change", "risk"),
        ("Women were 20% less likely to fall.", "percent", "comparison", "less"),
        ("The five-year survival rate is 62%.", "percent", "rate", "rate"),
        ("The flu killed 12,000 people last winter.", "count", "count", "people"),
        ("About a third of patients relapse.", "fraction", "share", "patients"),
        ("Dieters lost an average of 4 kg.", "amount", "mean", None),
        ("One in five children has asthma.", "one-in-n", "share", "children"),
    ],
)
def test_a_figure_says_what_it_measures_and_how(
    text: str, kind: str, quantity: str, measures: str | None
) -> None:
    (figure,) = figures(text)
    assert (figure.kind, figure.quantity, figure.measures) == (kind, quantity, measures)
    assert figure.quantity in STATISTIC


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("The risk was 1.3 (95% CI 1.1-1.6).", "interval"),
        ("Apply a 2% gel to the gum.", "composition"),
        ("About 95% of serotonin is produced in the gut.", "composition"),
        ("Immune System (70% Lives in Your Gut)", "composition"),
        ("Get 45% of your energy from starch.", "instruction"),
        ("A bar has 30% of the RDI for zinc.", "intake"),
        ("He was given a 40% disability rating.", "level"),
        ("Members get a 15% discount on every order.", "money"),
    ],
)
def test_numbers_that_are_not_statistics_are_read_as_what_they_are(
    finder: FigureFinder, text: str, quantity: str
) -> None:
    match = re.search(r"\d+(?:\.\d+)?%", text)
    assert match
    reading = finder.grammar.percent(text, match.start(), match.end())
    assert (reading.quantity, reading.statistic) == (quantity, False)
    assert reading.quantity in NOT_STATISTIC
    assert not figures(text)


def test_the_new_kinds_are_options_of_the_rule() -> None:
    assert {"fraction", "amount"} <= set(FIGURE_KINDS)


def test_every_figures_word_list_names_its_class_and_source() -> None:
    """Issue #14: each list in rules/lexicon/figures.yaml says what it is and where it is from."""
    lines = (data_dir("rules") / "lexicon" / "figures.yaml").read_text(encoding="utf-8").split("\n")
    lists = [i for i, line in enumerate(lines) if re.match(r"^[a-z_]+:\s*$", line)]
    assert len(lists) > 20
    for index in lists:
        comment = []
        for line in reversed(lines[:index]):
            if not line.startswith("#"):
                break
            comment.append(line)
        text = " ".join(reversed(comment))
        assert "Source:" in text, f"{lines[index]} has no 'Source:' in the comment above it"
