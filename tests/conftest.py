"""Shared fixtures: one engine (and so one spaCy pipeline) for the whole session."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from linter.engine import Engine
from linter.nlp.pipeline import build_nlp

TESTS = Path(__file__).resolve().parent
SHARED_DATA = TESTS.parents[1] / "shared" / "data"


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine()


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The spaCy pipeline itself, for tests of the components (the engine builds the same one)."""
    return build_nlp()


@pytest.fixture(scope="session")
def engines() -> dict[str, Engine]:
    """One engine per rule, built lazily, for tests that look at a single rule."""
    return {}


@pytest.fixture
def engine_for(engines: dict[str, Engine]):  # type: ignore[no-untyped-def]
    def make(rule_id: str, *more: str) -> Engine:
        key = ",".join((rule_id, *more))
        if key not in engines:
            engines[key] = Engine(select=[rule_id, *more])
        return engines[key]

    return make


@pytest.fixture
def fork_log(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The process ids of the forks made while a test runs (os.fork still forks)."""
    import os

    made: list[int] = []
    real = os.fork

    def fork() -> int:
        pid = real()
        made.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", fork)
    return made
