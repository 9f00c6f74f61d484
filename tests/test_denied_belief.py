"""A belief whose own sentence denies its evidence is a concession (vague_past.denied_belief),
read in a bounded reach so that a sentence of thousands of conjunctions stays linear."""

import time

from linter.nlp.components.vague_past import denied_belief


def test_a_denied_belief_is_a_concession() -> None:
    assert denied_belief("are believed to", " ease cramps, but there's not enough evidence.")
    assert denied_belief("is said to", " cure colds; however, no good research backs this.")


def test_evidence_named_after_but_is_no_denial() -> None:
    assert not denied_belief("are believed to", " ease cramps, but many studies are small.")


def test_a_research_act_is_not_conceded() -> None:
    assert not denied_belief("has been shown to", " ease cramps, but there is little evidence.")


def test_a_denial_far_from_its_belief_is_not_read() -> None:
    far = " ease cramps, and " + "then more words " * 40 + "but there is no evidence."
    assert not denied_belief("are believed to", far)


def test_a_sentence_of_conjunctions_stays_linear() -> None:
    after = " ease cramps " + "but the " * 100_000
    start = time.process_time()
    assert not denied_belief("are believed to", after)
    assert time.process_time() - start < 1.0  # unbounded, this took hours (quadratic)
