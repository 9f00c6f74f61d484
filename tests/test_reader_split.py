"""A big file read in two processes gives the same passages as one process (issue 20)."""

from __future__ import annotations

import pytest

from linter import forked
from linter.documents import parse_text
from linter.engine import Engine
from linter.nlp import reader as reader_module
from linter.nlp.reader import ClaimReader

PAGE = "\n\n".join(
    [
        "# Green tea and sleep",
        "A 2019 study in mice found that green tea extract cures insomnia [1].",
        "- Experts say 40% of adults sleep badly.\n- According to the CDC, one in three adults "
        "sleeps less than seven hours.",
        "| group | share |\n|---|---|\n| adults | 35% |\n| teens | 70% |",
        "Researchers at Harvard reported in The Lancet that coffee lowers the risk of gout. "
        "However, the only evidence comes from studies in rats.",
        "[1]: https://example.org/study",
    ]
    * 12
)


def _passages(
    engine: Engine, split_after: int, monkeypatch: pytest.MonkeyPatch, processes: int = 2
) -> list:
    monkeypatch.setattr(reader_module, "SPLIT_AFTER_CHARS", split_after)
    document = parse_text("page.md", PAGE)
    return list(engine.reader.passages(engine.blocks(document), "markdown", processes))


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch, fork_log: list[int]) -> list[int]:
    """The forks made, with a fork always possible."""
    monkeypatch.setattr(reader_module, "_split_possible", lambda: True)
    return fork_log


@pytest.fixture
def read_here(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many blocks each reading in this process took (the child's are not seen here)."""
    sizes: list[int] = []
    real = ClaimReader._read_part

    def read_part(self: ClaimReader, blocks: list, fmt: str):  # type: ignore[no-untyped-def]
        sizes.append(len(blocks))
        return real(self, blocks, fmt)

    monkeypatch.setattr(ClaimReader, "_read_part", read_part)
    return sizes


def test_split_reading_gives_the_same_passages(
    engine: Engine, forks: list[int], read_here: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    one = _passages(engine, 10**9, monkeypatch)
    assert forks == [] and read_here == [len(one)]
    two = _passages(engine, 1_000, monkeypatch)
    assert len(forks) == 1
    assert 0 < read_here[1] < len(one) and len(read_here) == 2  # the child read the rest
    assert two == one
    assert [p.claims for p in two] == [p.claims for p in one]


def test_a_failing_child_is_read_again_here(
    engine: Engine, forks: list[int], read_here: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    one = _passages(engine, 10**9, monkeypatch)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the child cannot hand over its passages")

    monkeypatch.setattr(forked.pickle, "dump", broken)
    two = _passages(engine, 1_000, monkeypatch)
    assert len(forks) == 1
    assert read_here[1] + read_here[2] == len(one)  # both halves read here
    assert two == one


def test_a_small_file_is_not_split(forks: list[int], engine: Engine) -> None:
    document = parse_text("page.md", PAGE)
    list(engine.reader.passages(engine.blocks(document), "markdown", processes=2))
    assert forks == []


def test_one_process_never_forks(
    engine: Engine, forks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    _passages(engine, 1_000, monkeypatch, processes=1)  # `--jobs 1`, however big the file
    assert forks == []


def test_where_the_blocks_are_cut() -> None:
    reader = ClaimReader()
    assert reader is not None
    blocks = Engine().blocks(parse_text("page.md", PAGE))
    cut = reader_module._cut(blocks)
    before = sum(len(b.text) for b in blocks[:cut])
    after = sum(len(b.text) for b in blocks[cut:])
    assert 0 < cut < len(blocks)
    assert abs(before - after) <= max(len(b.text) for b in blocks)
