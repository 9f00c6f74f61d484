"""bench/over_page.py, the measurement of a claim-level + page-level reading of OVER: how it splits
the pool, which units its claim reading adds and what its page signals count (own pages)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

CHECKOUT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(CHECKOUT / "bench"))

from over_page import added, part_of, read_page  # noqa: E402

from linter.engine import Engine  # noqa: E402

PAGE = [
    ("Colostrum heals the gut and restores your energy.", ["OVER"]),
    ("Order now and get free shipping on our formula.", []),
    ("Colostrum may help some people with digestion.", []),
    ("Chemotherapy treats and shrinks the tumour.", []),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _page(folder: Path, name: str, units: list[tuple[str, list[str]]]) -> list[dict]:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text("\n\n".join(text for text, _ in units) + "\n", encoding="utf-8")
    gold = [
        {"file": name, "n": n, "text": t, "labels": labels} for n, (t, labels) in enumerate(units)
    ]
    (folder / "gold.jsonl").write_text("\n".join(json.dumps(g) for g in gold), encoding="utf-8")
    return gold


def test_even_passages_are_the_check_half_and_odd_ones_split_by_site() -> None:
    assert part_of("102-anysite-slug.md") == "check"
    parts = {part_of(f"{n}-site{n % 7}-slug.md") for n in range(1, 200, 2)}
    assert parts == {"choose", "confirm"}
    # By site, not by passage: two passages of one site always land together.
    assert part_of("101-samesite-a.md") == part_of("303-samesite-b.md")


def test_the_reading_adds_an_unhedged_benefit_claim_and_not_a_hedge_or_a_drug(
    tmp_path: Path, engine: Engine
) -> None:
    gold = _page(tmp_path / "A", "101-shop-colostrum.md", PAGE)
    page = read_page(engine, tmp_path / "A", "101-shop-colostrum.md", gold)
    assert page.promo >= 2  # "order now", "free shipping", "our formula"
    assert page.imperative > 0  # "Order now ..."
    found = {n for n, _, _ in added(page, "none", "any+can")}
    assert 0 in found  # unless healthlint already flags it: then it is not "added"
    assert 2 not in found  # "may help" is no overstatement (GUIDELINE.md)
    assert 3 not in found  # standard care (hype.yaml standard_care) stated clinically
    assert all(ok for n, _, ok in added(page, "none", "any+can") if n == 0)


def test_a_page_gate_keeps_the_reading_off_a_plain_page(tmp_path: Path, engine: Engine) -> None:
    units = [("Colostrum heals the gut and restores your energy.", [])]
    gold = _page(tmp_path / "B", "103-plain-colostrum.md", units)
    page = read_page(engine, tmp_path / "B", "103-plain-colostrum.md", gold)
    assert page.promo == 0
    assert added(page, "promo>=1", "any+can") == []
