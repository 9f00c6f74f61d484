"""A passage's and a sentence's place on the page are positions, never an object's `id()`
(issue 20): an id is taken again by a new object once the old one is freed, so a page checked
in runs, its earlier passages released, must find each place by index. Sentences written for
these tests."""

from __future__ import annotations

from dataclasses import replace

from reachable import reaches_a_claim

from linter.checks.attribution_forward import ForwardNames
from linter.checks.base import Hit
from linter.checks.context_links import discourse_of
from linter.documents import parse_text
from linter.engine import Engine
from linter.nlp.repeats import _copy
from linter.registry.match import Matches

PAGE = (
    "# Turmeric and memory\n\n"
    "A new study gave turmeric to 40 mice. The study found that turmeric reverses memory "
    "loss.\n\n"
    "Researchers say that coffee prevents dementia. Turmeric cures memory loss.\n\n"
    "In the study, old rats were fed curcumin. About 45% of adults over 65 take a supplement."
)


def _hits(engine: Engine, copies: bool) -> list[tuple[str, int, int, Hit]]:
    """Every check's hits over the page, each passage handed over as read or as an equal
    copy of new objects (as a run read again would give): the same when keyed by place."""
    document = parse_text("case.md", PAGE, None)
    blocks = engine.blocks(document)
    passages = list(engine.reader.passages(blocks, "markdown"))
    for check in engine.checks:
        check.begin(passages)
    found = []
    for index, passage in enumerate(passages):
        given = _copy(passage) if copies else passage
        for check in engine.checks:
            for hit in check.run_at(index, given, Matches(engine.registry, frozenset())):
                found.append((check.rule.id, index, hit.start, hit))
    return found


def test_a_passage_is_found_by_its_index_not_its_object(engine: Engine) -> None:
    read = _hits(engine, copies=False)
    assert {"causal-overreach", "vague-attribution", "unsourced-statistic"} <= {
        rule for rule, *_ in read
    }
    assert _hits(engine, copies=True) == read


def test_a_passage_alone_is_weighed_on_its_own(engine: Engine) -> None:
    document = parse_text("case.md", PAGE, None)
    passages = list(engine.reader.passages(engine.blocks(document), "markdown"))
    for check in engine.checks:
        check.begin(passages)
    matches = Matches(engine.registry, frozenset())
    for check in engine.checks:
        # `run` is the passage with no place on the page (index -1), as before for a passage
        # that was not among those `begin` was given.
        alone = list(check.run(_copy(passages[3]), matches))
        assert alone == list(check.run_at(-1, passages[3], matches))


def test_a_cue_is_read_back_only_from_the_sentence_that_holds_it(engine: Engine) -> None:
    document = parse_text("case.md", PAGE, None)
    passages = list(engine.reader.passages(engine.blocks(document), "markdown"))
    discourse = discourse_of(passages)
    held = [(c, e) for c in discourse.sentences for e in c.evidence]
    assert held
    for sentence, cue in held:
        assert discourse.sentence_of(cue) is sentence
        assert discourse.sentence_of(replace(cue)) is None  # equal, but no sentence holds it


def test_the_next_sentences_read_as_places_and_no_sentence_kept(engine: Engine) -> None:
    text = (
        "Several studies have looked at ginger for nausea. The first, published in 2012 "
        "([Lee](https://doi.org/10.1000/abc)), found that it eased it.\n\n"
        "Some trials tested ginger. The second one was small.\n\n"
        "Ginger binds the virus in mice. Here is an excerpt from "
        "[the paper](https://doi.org/10.1000/def):"
    )
    document = parse_text("case.md", text, None)
    passages = list(engine.reader.passages(engine.blocks(document), "markdown"))
    forward = ForwardNames(passages)
    assert [forward.names_next(at) for at in range(6)] == [True, False, False, False, False, False]
    assert [forward.excerpt_next(at) for at in range(6)] == [False] * 4 + [True, False]
    assert not forward.names_next(None) and not forward.excerpt_next(None)
    assert not reaches_a_claim(forward)
