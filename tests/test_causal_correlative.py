"""Issue 14: the comparative correlative ("The more plant foods you eat, the healthier you will
be") states a dependence; beside an observational or small study of its cause it generalises
from that study (linter/checks/causal_predicates.py). GUIDELINE.md's CAUSAL needs the weak
evidence described, so with no study beside it the proportion stays silent.

The fragments are written for these tests.
"""

from __future__ import annotations

import pytest

from linter.api import lint_text
from linter.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(select=["causal-overreach"])


def _messages(text: str, engine: Engine) -> list[str]:
    return [f.message for f in lint_text(text, "page.md", engine=engine)]


SURVEY = "In a survey of 2,000 adults, people who ate the most beans reported better health."
MICE = "In one experiment, mice fed green tea extract ran longer on a wheel."
COHORT = "A cohort study followed 9,000 walkers for ten years."

FLAGGED = [
    (SURVEY, "The more beans you eat, the healthier you will be."),
    (SURVEY, "The more beans you can fit into your week, the healthier you will be."),
    (SURVEY, "The more beans people eat, the better their health."),
    (MICE, "The more green tea extract you take, the fitter you become."),
    (MICE, "The more green tea you drink, the longer you will run."),
    (
        COHORT + " Those who walked most had the strongest hearts.",
        "The more you walk, the stronger your heart.",
    ),
    (SURVEY, "The more beans a child eats, the stronger her bones."),
    (SURVEY, "The fewer beans you eat, the sicker you will be."),
    (SURVEY, "The less meat and the more beans you eat, the healthier you will be."),
    (
        COHORT + " Those who walked most had the strongest hearts.",
        "The longer you walk each day, the healthier your heart.",
    ),
]


@pytest.mark.parametrize(("study", "claim"), FLAGGED)
def test_a_proportion_beside_a_weak_study_of_its_cause(
    study: str, claim: str, engine: Engine
) -> None:
    found = _messages(f"# About beans\n\nSome words first. {study} {claim}\n", engine)
    assert len(found) == 1 and "states a cause" in found[0]


SILENT = [
    # No study beside it: GUIDELINE.md's CAUSAL needs the weak evidence described.
    "Beans are a staple food. The more beans you eat, the healthier you will be.",
    "Practice matters. The more you practise, the better you get.",
    # The study's own result in the past tense, a hedge in the second half, a question.
    SURVEY + " The more beans they ate, the healthier they felt.",
    SURVEY + " The more beans you eat, the healthier you may be.",
    SURVEY + " The more beans you eat, the healthier you might feel.",
    SURVEY + " So is it true that the more beans you eat, the healthier you are?",
    # A randomised trial beside it carries the claim.
    "In a randomised controlled trial, 300 adults were assigned beans or rice for a year. "
    "The more beans you eat, the healthier you will be.",
    # Not a correlative: one half only, or "the" before a noun.
    SURVEY + " Eat more beans and you will be healthier.",
    SURVEY + " The number of beans you eat, the brand and the price all vary.",
    # Another cause than the study's.
    SURVEY + " The more you sleep, the healthier you will be.",
    # Not health: a maxim of practice beside a study of practice.
    "In a survey of 200 pianists, those who practised most played best. "
    "The more you practise, the better you may play.",
]


@pytest.mark.parametrize("text", SILENT)
def test_near_misses_stay_silent(text: str, engine: Engine) -> None:
    assert _messages(f"# About beans\n\n{text}\n", engine) == []
