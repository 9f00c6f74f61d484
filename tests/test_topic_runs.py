"""The registry topic counted over runs of the blocks (issue 20) is the whole text's count: the
same mentions, the same narrowings, so the same topic under every tie-break, whatever the size
of the runs and wherever a fold changes the text's length."""

from __future__ import annotations

from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from linter.registry.entries import Registry, TermIndex, default_registry
from linter.registry.narrowing import narrowed
from linter.registry.text import folded
from linter.registry.topic import condition_counts, most_named, runs, stops

_SIZES = (1, 2, 5, 17, 64, 10**9)


def _whole_counts(registry: Registry, texts: list[str]) -> dict[frozenset[str], int]:
    """The count as it was made: the prose of every block joined, then folded, at once."""
    whole = " ".join(texts)
    counts: dict[frozenset[str], int] = {}
    for m in registry.conditions.mentions(folded(whole)):
        if not narrowed(whole, m, registry):
            counts[m.ids] = counts.get(m.ids, 0) + 1
    return counts


def _same_everywhere(texts: list[str]) -> dict[frozenset[str], int]:
    registry = default_registry()
    whole = _whole_counts(registry, texts)
    for size in _SIZES:
        assert condition_counts(registry, texts, size) == whole, size
    return whole


def _ids(term: str) -> frozenset[str]:
    return frozenset(default_registry().conditions.folded[term])


# Condition terms (one of two words, an abbreviation, a plural), words that narrow them, words
# a fold rewrites (shorter, to nothing, a final sigma, a capital whose lower case is longer),
# the stops a run is cut at and the spaces and hyphens a term or a narrowing reads across.
_WORDS = ["stroke", "strokes", "heart", "attack", "breast", "cancer", "obesity", "autism"]
_WORDS += ["ASD", "SLE", "childhood", "pancreatic", "of", "the", "pancreas", "lupus", "x"]
_WORDS += ["paediatric", "haem", "tumour", "organised", "'s", "’s", "ΟΔΟΣ", "Σ", "İ", "oedema"]
_WORDS += [". ", ", ", "; ", "! ", ".", " ", "  ", "\n", "-", "/", "\u00a0"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), max_size=14).map("".join), max_size=8))
def test_runs_of_any_size_count_as_the_whole(texts: list[str]) -> None:
    _same_everywhere(texts)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab .;-", max_size=12), max_size=8), st.integers(1, 20))
def test_the_runs_make_up_the_joined_text_cut_after_a_stop(texts: list[str], size: int) -> None:
    pieces = list(runs(texts, ".;", size))
    assert "".join(pieces) == " ".join(texts)
    for piece in pieces[:-1]:
        assert piece[-2:] in (". ", "; ")


def test_a_term_and_its_narrowing_across_the_blocks_join() -> None:
    # No stop at the join: "breast" + "cancer" is one mention, "childhood" narrows "cancer".
    counts = _same_everywhere(["Breast", "cancer. Breast", "cancer; breast", "cancer."])
    assert counts == {_ids("breast cancer"): 3}
    assert _same_everywhere(["childhood", "cancer. Childhood", "cancer, childhood cancer."]) == {}
    # After a stop nothing narrows: the word before is across it.
    assert _same_everywhere(["Pancreatic. Cancer. Childhood. Cancer"]) == {_ids("cancer"): 2}


def test_a_fold_that_changes_the_length_before_a_mention() -> None:
    # "paediatric" and "'s" shorten the fold, "İ" lengthens the lower case (the map's table).
    texts = ["The paediatrician's İ tumour's", "stroke. Haem ΟΔΟΣ. Stroke", "İ. stroke’s."]
    assert _same_everywhere(texts) == {_ids("stroke"): 3}


def _topic(texts: list[str], size: int) -> frozenset[str]:
    return most_named(condition_counts(default_registry(), texts, size))


def test_every_tie_break_is_the_whole_texts() -> None:
    stroke, autism = _ids("stroke"), _ids("autism")
    cases = [
        (["Stroke. Stroke."], frozenset()),  # named twice: under three
        (["Stroke. Stroke.", "Stroke."], stroke),  # three times, nothing else
        (["Stroke. Autism. Stroke.", "Autism. Stroke. Stroke."], stroke),  # exactly twice
        (["Stroke. Autism. Stroke.", "Autism. Stroke. Autism."], frozenset()),  # 3 to 3
        (["Stroke. Autism. Stroke. Autism. Stroke.", "Autism. Stroke."], frozenset()),  # 4 to 3
        (["Autism; autism, autism. Stroke"], autism),
    ]
    for texts, topic in cases:
        whole = most_named(_whole_counts(default_registry(), texts))
        assert whole == topic, texts
        for size in _SIZES:
            assert _topic(texts, size) == topic, (texts, size)


def test_a_stop_a_term_holds_is_no_stop() -> None:
    index = TermIndex()
    for term in ("St. Vitus dance", "ASD", "heart attack"):
        index.add(term, "e")
    assert stops(index) == "!?;:,"


def test_a_title_naming_a_condition_reads_no_block() -> None:
    def blocks() -> Iterator[str]:
        raise AssertionError("the blocks were read")
        yield ""

    assert default_registry().topic_ids("Stroke", blocks()) == _ids("stroke")
