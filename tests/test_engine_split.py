"""A big file checked in two processes gives what one process gives (issue 20): the same
findings in the same order, the same claims, context across the cut, the findings cap, and a
child that fails. Pages written for these tests; the size that splits is lowered to fit them."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import linter.engine as engine_module
from linter import forked
from linter.cli import main
from linter.documents import parse_text
from linter.documents.model import Document
from linter.engine import Engine
from linter.findings import Finding
from linter.nlp import reader as reader_module

FILLER = "Pharmacies sell it in small tins. Some people grow it at home."
SECTION = "\n\n".join(
    [
        "## Green tea and sleep",
        "A 2019 study in mice found that green tea extract cures insomnia [1].",
        "- Experts say 40% of adults sleep badly.\n- According to the CDC, one in three adults "
        "sleeps less than seven hours.",
        "Researchers reported in The Lancet that coffee lowers the risk of gout. However, the "
        "only evidence comes from studies in rats.",
        "[1]: https://example.org/study",
    ]
)
# The middle of the page, cut between NAMED and TOLD (test_the_cut_falls_between_them): a claim
# that names its study and, after the cut, the sentence that says what kind of study it was;
# a study in rats and, after the cut, a claim that generalises from it.
STUDY = "A study in rats found that turmeric eased joint pain."
NAMED = "According to Harvard researchers, turmeric reduces joint pain."
TOLD = "The study fed turmeric to rats."
GENERAL = "Turmeric eases joint pain."
MIDDLE = [FILLER, STUDY, NAMED, TOLD, GENERAL, FILLER]
PAGE = "\n\n".join([*[SECTION] * 6, *MIDDLE, *[SECTION] * 6])


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch, fork_log: list[int]) -> list[int]:
    """The forks made (the reader's and the checks'), with any small page big enough."""
    monkeypatch.setattr(engine_module, "SPLIT_AFTER_CHARS", 1_000)
    monkeypatch.setattr(reader_module, "SPLIT_AFTER_CHARS", 1_000)
    monkeypatch.setattr(forked, "fork_possible", lambda: True)
    monkeypatch.setattr(reader_module, "_split_possible", lambda: True)
    return fork_log


def _lint(engine: Engine, processes: int, text: str = PAGE) -> tuple[list[Finding], list, list]:
    document = parse_text("page.md", text)
    claims: list = []
    findings = engine.lint(document, claims, processes=processes)
    return findings, claims, document.warnings


def test_the_cut_falls_between_them(engine: Engine, forks: list[int]) -> None:
    blocks = engine.blocks(parse_text("page.md", PAGE))
    cut = forked.halfway([len(b.text) for b in blocks], 1_000)
    assert cut is not None
    assert blocks[cut - 1].text == NAMED and blocks[cut].text == TOLD


def test_two_processes_give_what_one_gives(engine: Engine, forks: list[int]) -> None:
    one = _lint(engine, processes=1)
    assert forks == []  # --jobs 1 never forks
    two = _lint(engine, processes=2)
    assert len(forks) == 2  # the second half read, then checked, in a child
    assert two == one
    assert len(one[0]) > 20 and len(one[1]) > 20


def test_context_across_the_cut(engine: Engine, forks: list[int]) -> None:
    # NAMED is checked in this process and rests on TOLD, after the cut; GENERAL is checked in
    # the child and rests on STUDY, before it. Each half weighs the whole article.
    findings, _, _ = _lint(engine, processes=2)
    causal = {f.text: f.message for f in findings if f.rule == "causal-overreach"}
    assert TOLD[:20] in causal["reduces"]
    assert STUDY[:20] in causal["eases"]


def test_a_failing_child_is_checked_again_here(
    engine: Engine, forks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    one = _lint(engine, processes=1)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the child cannot hand over its findings")

    monkeypatch.setattr(forked.pickle, "dump", broken)  # the reader's child and the checks'
    assert _lint(engine, processes=2) == one
    assert len(forks) == 2


def test_no_fork_to_be_had(
    engine: Engine, forks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    one = _lint(engine, processes=1)

    def refused() -> int:
        raise BlockingIOError("fork: Resource temporarily unavailable")

    monkeypatch.setattr(forked.os, "fork", refused)
    monkeypatch.setattr(reader_module, "_split_possible", lambda: False)
    assert _lint(engine, processes=2) == one


@pytest.mark.parametrize("share", [0.3, 0.5, 0.8])
def test_the_findings_cap_stops_where_one_process_stops(
    engine: Engine, forks: list[int], monkeypatch: pytest.MonkeyPatch, share: float
) -> None:
    total = len(_lint(engine, processes=1)[0])
    monkeypatch.setattr(engine_module, "MAX_FINDINGS_PER_FILE", int(total * share))
    one = _lint(engine, processes=1)
    assert one[2] and "more than" in one[2][0]
    assert _lint(engine, processes=2) == one


@pytest.mark.parametrize(("jobs", "processes"), [("1", 1), ("2", 2)])
def test_jobs_reaches_the_engine_for_one_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str, processes: int
) -> None:
    # `--jobs 1` never forks; with one file there is no pool, so `--jobs 2` goes to the file.
    asked: list[int] = []
    real = Engine.lint

    def lint(
        self: Engine,
        document: Document,
        inventory: list | None = None,
        processes: int = 1,
        blocks: list | None = None,
    ) -> list[Finding]:
        asked.append(processes)
        return real(self, document, inventory, processes, blocks)

    monkeypatch.setattr(Engine, "lint", lint)
    page = tmp_path / "page.md"
    page.write_text("Turmeric cures arthritis.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--no-cache", "--jobs", jobs, str(page)])
    assert result.exit_code == 1, result.output
    assert asked == [processes]
