"""The stems the causal check compares a claim's cause by, and the designs it reads beside a
claim (linter/checks/causal_stems.stem, causal_designs.py)."""

from __future__ import annotations

import pytest

from linter.checks.causal_designs import assigns
from linter.checks.causal_stems import stem, subject_words


@pytest.mark.parametrize(
    ("forms", "same"),
    [
        (("gardening", "gardened", "gardens"), True),
        (("owning", "owned", "owns"), True),
        (("reduce", "reduced", "reducing", "reduces"), True),
        (("swimming", "swims"), True),
        (("studies", "study"), True),
        (("stress", "stressed"), True),
        (("walnut", "walnuts"), True),
        # Irregular pasts (rules/lexicon/study_design.yaml irregular_pasts).
        (("sleep", "slept", "sleeping"), True),
        (("drinking", "drank", "drunk"), True),
        (("swam", "swimming"), True),
        (("coffee", "caffeine"), False),
    ],
)
def test_the_forms_of_a_word_share_a_stem(forms: tuple[str, ...], same: bool) -> None:
    assert (len({stem(f) for f in forms}) == 1) is same


def test_subject_words_compare_a_habit_with_its_doers() -> None:
    assert subject_words("Gardening strengthens bones") & subject_words("those who gardened")


def test_short_words_keep_their_letters() -> None:
    assert stem("uses") == "use"
    assert stem("virus") == "virus"


@pytest.mark.parametrize(
    ("text", "trial"),
    [
        ("Participants were randomly assigned to tea or water.", True),
        ("Half of them took a placebo.", True),
        ("The men were supplemented with either protein or GABA.", True),
        ("Those who drank tea had fewer colds.", False),
        ("Self-control is hard for people with ADHD.", False),
    ],
)
def test_an_assigned_intervention_marks_a_trial(text: str, trial: bool) -> None:
    assert assigns(text) is trial
