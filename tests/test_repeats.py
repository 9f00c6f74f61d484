"""A block that repeats an earlier one is not read again, and its passage is the same (issue 20)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest
from spacy.tokens import Doc

from linter.claim import Passage
from linter.documents import parse_text
from linter.documents.model import Attachment, Block
from linter.engine import Engine
from linter.nlp import reader as reader_module
from linter.nlp.repeats import REMEMBER_CHARS, Key, Remembered, Repeats, key_of

SECTION = "\n\n".join(
    [
        "## Side effects",
        "A 2019 study in mice found that green tea extract cures insomnia [1].",
        "Researchers at Harvard reported in The Lancet that coffee may lower the risk of gout. "
        "However, the only evidence comes from studies in rats.",
        "- Experts say 40% of adults sleep badly.\n- Ask your doctor.",
    ]
)
PAGE = "\n\n".join([SECTION, SECTION, "A [link](https://doi.org/10.1/x) to one study.", SECTION])
PAGE += "\n\n[1]: https://example.org/study\n"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _read(engine: Engine, monkeypatch: pytest.MonkeyPatch, repeats: bool) -> list:
    monkeypatch.setattr(reader_module, "_split_possible", lambda: False)
    if not repeats:

        class EveryBlockAnew(Repeats):
            def __init__(self, blocks: list, fmt: str, remembered: object) -> None:
                super().__init__(blocks, fmt)
                self.keys = [(str(i), "", "", ()) for i in range(len(blocks))]
                self._left.clear()
                self._left.update(self.keys)

        monkeypatch.setattr(reader_module, "Repeats", EveryBlockAnew)
    document = parse_text("page.md", PAGE)
    return list(engine.reader.passages(engine.blocks(document), "markdown"))


def _record_reads(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts spaCy is given from now on, in order: what the reader really read."""
    docs: list[str] = []
    real = engine.reader._processed

    def processed(made: Iterable[Doc]) -> Iterator[Doc]:
        for doc in real(made):
            docs.append(doc.text)
            yield doc

    monkeypatch.setattr(engine.reader, "_processed", processed)
    return docs


def test_repeated_blocks_read_once_give_equal_passages(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine.reader.remembered = Remembered()
    docs = _record_reads(engine, monkeypatch)
    once = _read(engine, monkeypatch, repeats=True)
    read_once = list(docs)
    docs.clear()
    anew = _read(engine, monkeypatch, repeats=False)
    assert once == anew
    assert len(docs) == len(anew)  # every block read
    assert len(read_once) == len(set(read_once)) < len(anew)  # each distinct block once
    assert any(p.claims and p.claims[0].evidence for p in once)  # the page has what is copied


def test_a_repeat_is_a_copy_not_the_same_objects(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The checks index passages, claims and evidence cues by id(): a repeat shares none.
    passages = _read(engine, monkeypatch, repeats=True)
    claims = [c for p in passages for c in p.claims]
    held = [*passages, *claims, *(e for c in claims for e in c.evidence)]
    held += [a for c in claims for a in c.attributions]
    assert len({id(x) for x in held}) == len(held)


def test_blocks_with_the_same_words_but_other_sources_are_each_read() -> None:
    text = "A trial found that it works."
    cited = (Attachment(0, 7, "link", "https://doi.org/10.1/x"),)
    blocks = [
        Block(text, range(len(text) + 1)),
        Block(text, range(len(text) + 1), attachments=cited),
        Block(text, range(len(text) + 1), kind="list_item"),
        Block(text, range(len(text) + 1)),
    ]
    assert Repeats(blocks, "markdown").fresh(blocks) == blocks[:3]


def test_short_blocks_of_an_earlier_file_are_not_read_again(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader_module, "_split_possible", lambda: False)
    other = "## Side effects\n\nCoffee may lower the risk of gout, a 2020 study found.\n"
    fresh = Engine()
    expected = list(fresh.reader.passages(fresh.blocks(parse_text("b.md", other)), "markdown"))
    engine.reader.remembered = Remembered()
    _read(engine, monkeypatch, repeats=True)  # PAGE has the heading "Side effects"
    assert len(engine.reader.remembered) == 0  # one run keeps nothing for later ones
    _read(engine, monkeypatch, repeats=True)  # the words come up again: now remembered
    assert len(engine.reader.remembered) > 0
    docs = _record_reads(engine, monkeypatch)
    blocks = engine.blocks(parse_text("b.md", other))
    again = list(engine.reader.passages(blocks, "markdown"))
    assert again == expected
    assert docs == [blocks[1].text]  # the heading came from the earlier file
    kept = engine.reader.remembered.get(key_of(blocks[0], "markdown"))
    assert kept == again[0] and kept is not again[0]  # a copy is given out
    # The same words in another format are another reading (a fix writes links by format).
    html = list(engine.reader.passages(blocks, "html"))
    assert [p.format for p in html] == ["html", "html"] and len(docs) == 3


def test_only_short_blocks_that_came_up_before_are_remembered_and_at_most_the_limit() -> None:
    def keys(*texts: str) -> list[Key]:
        return [(text, "heading", "markdown", ()) for text in texts]

    long = "x" * (REMEMBER_CHARS + 1)
    remembered = Remembered(limit=2)
    assert remembered.admit(keys("a", "b", long)) == set()  # first seen
    assert remembered.admit(keys("a", "b", "c", long)) == set(keys("a", "b"))
    passage = Passage(text="x", kind="heading", format="markdown", claims=())
    for key in keys("a", "b", "c"):
        remembered.add(key, passage)
    assert len(remembered) == 2
    assert remembered.get(keys("a")[0]) is None  # the oldest forgotten
    assert remembered.get(keys("c")[0]) is passage
