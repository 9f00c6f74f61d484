"""A block that repeats an earlier one is not read again, and its passage is the same (issue 20)."""

from __future__ import annotations

import pytest

from linter.documents import parse_text
from linter.documents.model import Attachment, Block
from linter.engine import Engine
from linter.nlp import reader as reader_module
from linter.nlp.repeats import Repeats

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
            def __init__(self, blocks: list) -> None:
                super().__init__(blocks)
                self.keys = [(str(i), "", ()) for i in range(len(blocks))]
                self._left.clear()
                self._left.update(self.keys)

        monkeypatch.setattr(reader_module, "Repeats", EveryBlockAnew)
    document = parse_text("page.md", PAGE)
    return list(engine.reader.passages(engine.blocks(document), "markdown"))


def test_repeated_blocks_read_once_give_equal_passages(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs: list[str] = []
    real = engine.reader.nlp.pipe

    def pipe(made, **kwargs):  # type: ignore[no-untyped-def]
        for doc in real(made, **kwargs):
            docs.append(doc.text)
            yield doc

    monkeypatch.setattr(engine.reader.nlp, "pipe", pipe)
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
    assert Repeats(blocks).fresh(blocks) == blocks[:3]
