"""The graded-evidence guards read a match's sentence within a bounded reach: a long
unpunctuated block of graded appeals stays linear (review22e: each match once
searched to the passage's ends, 48 s of CPU for 180 kB)."""

from __future__ import annotations

import re
import time

import pytest

from linter.nlp.components.vague_graded import GRADED_UNFIT, comparison_off_topic

HAS = re.compile(r"(?P<graded>)\bhas good evidence")
SUBJECT = re.compile(r"(?P<subject>Head-to-head comparisons) of phones show")


@pytest.mark.timeout(60)
def test_graded_guards_stay_linear_on_an_unpunctuated_block() -> None:
    text = "Yoga has good evidence for pain and " * 10_000
    start = time.process_time()
    assert not any(unfit(text, m) for m in HAS.finditer(text) for unfit in GRADED_UNFIT)
    assert time.process_time() - start < 10


def test_comparisons_of_goods_in_a_long_block_name_no_health() -> None:
    comparisons = "Head-to-head comparisons of phones show that " * 50
    assert all(comparison_off_topic(comparisons, m) for m in SUBJECT.finditer(comparisons))


def test_a_sentence_is_still_read_to_its_stop() -> None:
    text = "The police have strong evidence that the driver was speeding. Yoga has good evidence."
    first, second = list(re.finditer(r"(?P<graded>)\bha(?:ve|s) (?:strong|good) evidence", text))
    assert GRADED_UNFIT[0](text, first)
    assert not GRADED_UNFIT[0](text, second)
