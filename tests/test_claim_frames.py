"""A claim stated in order to refute it (issues 14 and 9, set Z class 3, set X class D;
documents/claim_frames.py): a block opening with a claim label ("The claim:", "Myth #2:")
that the next block, or a later line of its own, answers with a label of what is so ("The
reality:", "Fact:"). The claim's words are reported; the answer stays checked, and so does
a claim label no answer follows."""

from __future__ import annotations

import pytest

from linter.documents import parse_text
from linter.engine import Engine

CLAIM = "Turmeric shots are a cure-all that works for everyone and melts belly fat overnight."
ANSWER = "Turmeric shots are a cure-all for nothing: no trial backs any of it."


def rules(engine: Engine, text: str, path: str = "myths.md") -> list[str]:
    return sorted(f.rule for f in engine.lint(parse_text(path, text)))


@pytest.mark.parametrize(
    "text",
    [
        f"**The claim:** {CLAIM}\n\n**The reality:** Nothing does all of that.\n",
        f"Myth #2: {CLAIM}\n\nFact: Nothing does all of that.\n",
        f"- **Common belief:** {CLAIM}\n- **The truth:** Nothing does all of that.\n",
        # One paragraph, the answer on its own line.
        f"**You may have heard:** {CLAIM}\n**The facts:** Nothing does all of that.\n",
    ],
)
def test_a_claim_the_next_label_answers_is_not_the_writers(engine: Engine, text: str) -> None:
    assert rules(engine, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # No answer: the label heads the page's own claim (or nothing refutes it).
        f"**The claim:** {CLAIM}\n\nThat is why we sell them.\n",
        # A "Myth:" heading over a page that then asserts the myth: the page's claim.
        f"## Myth: {CLAIM}\n\nWe stand by it: turmeric shots are a cure-all.\n",
        # "Evidence:" may support the claim: no answer label.
        f"**Claim:** {CLAIM}\n\n**Evidence:** Our customers say so.\n",
        # The answer block is the writer's own and stays checked.
        f"**The claim:** Turmeric helps a little.\n\n**The reality:** {CLAIM}\n",
        # A label with nothing after it introduces, it puts no claim up.
        f"**The claim:**\n\n{CLAIM}\n\n**The reality:** Nothing does all of that.\n",
    ],
)
def test_a_claim_label_with_no_answer_leaves_the_claim_checked(engine: Engine, text: str) -> None:
    assert "overstatement" in rules(engine, text)


def test_the_answer_inside_the_block_ends_the_claims_words(engine: Engine) -> None:
    text = f"**The claim:** Turmeric is hyped.\n**The reality:** {ANSWER.replace('for nothing', 'for arthritis')}\n"
    assert "overstatement" in rules(engine, text)


# precN (session 20, set M): the frame over sections, a heading of claims in dispute and the
# very next heading an answer. Written for these tests.
HEARSAY = "Silicones are said to be toxic for the body."


@pytest.mark.parametrize(
    "text",
    [
        f"# Controversies on Silicone!\n\n{HEARSAY}\n\n# Facts About Silicone!\n\nNo harm is shown.\n",
        f"## Common myths about silicone\n\n- {HEARSAY}\n\n## The truth\n\nNo harm is shown.\n",
        f"## Misconceptions\n\n{HEARSAY}\n\n## Facts\n\nNo harm is shown.\n",
    ],
)
def test_a_section_of_claims_the_next_heading_answers_is_not_the_writers(
    engine: Engine, text: str
) -> None:
    assert "vague-attribution" not in rules(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        # Another heading comes first: the claims' section is not answered.
        f"# Controversies on Silicone!\n\n{HEARSAY}\n\n# How we use it\n\nIt is mild.\n",
        # No heading after it: the page's end.
        f"# Myths about silicone\n\n{HEARSAY}\n",
        # A singular heading may be the writer's own claim.
        f"# The controversy about silicone\n\n{HEARSAY}\n\n# Facts About Silicone!\n\nNone.\n",
        # A bare "Claims" heading may list a maker's own claims (review20n).
        f"## Claims\n\n{HEARSAY}\n\n## The facts\n\nIt ships fast.\n",
        # The answer section is the writer's own and stays checked.
        f"# Myths about silicone\n\nSome worry.\n\n# The facts about silicone\n\n{HEARSAY}\n",
    ],
)
def test_a_section_of_claims_with_no_answer_stays_checked(engine: Engine, text: str) -> None:
    assert "vague-attribution" in rules(engine, text)
