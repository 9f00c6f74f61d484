"""Issue 20: what a big file's check holds, less without changing what it reports."""

from __future__ import annotations

import pickle

import pytest

from linter import freed
from linter.claim import Claim, Passage


def test_freed_pages_are_handed_back_only_for_a_big_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []

    def trim(pad: int) -> int:
        calls.append(pad)
        return 1

    monkeypatch.setattr(freed, "_malloc_trim", lambda: trim)
    freed.hand_back(freed.HAND_BACK_CHARS - 1)
    assert calls == []
    freed.hand_back(freed.HAND_BACK_CHARS)
    assert calls == [0]


def test_handing_back_without_glibc_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(freed, "_malloc_trim", lambda: None)
    freed.hand_back(10 * freed.HAND_BACK_CHARS)  # no error: nothing to call


@pytest.mark.parametrize("error", [OSError, AttributeError, TypeError])
def test_a_c_library_that_cannot_be_loaded_or_has_no_trim_means_none(
    monkeypatch: pytest.MonkeyPatch, error: type[Exception]
) -> None:
    # Windows' ctypes takes no None for the process's own library (TypeError); musl and macOS
    # have no malloc_trim (AttributeError).
    import ctypes

    def refuse(name: object) -> object:
        raise error("no library")

    monkeypatch.setattr(ctypes, "CDLL", refuse)
    freed._malloc_trim.cache_clear()
    try:
        assert freed._malloc_trim() is None
    finally:
        freed._malloc_trim.cache_clear()


def test_the_c_library_trim_runs_here() -> None:
    freed._malloc_trim.cache_clear()
    trim = freed._malloc_trim()
    if trim is not None:  # glibc: the call returns 0 or 1 and changes no Python object
        assert trim(0) in (0, 1)


def test_claims_and_passages_hold_no_instance_dict_and_travel_whole() -> None:
    # Slots: some 50 bytes less for each of a big file's tens of thousands of sentences.
    claim = Claim(0, 0, 12, "Zinc helps.")
    passage = Passage("Zinc helps. It does.", "paragraph", "markdown", (claim,))
    assert not hasattr(claim, "__dict__") and not hasattr(passage, "__dict__")
    again = pickle.loads(pickle.dumps(passage))  # forked children and Dask workers
    assert again == passage and again.claim_at(3) == claim
