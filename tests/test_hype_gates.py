"""A class's gate words must hold for every match of its pattern: a gate only spares scanning
passages where the class cannot match (linter/checks/hype_composed.py, GATES)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from linter.checks.hype_composed import GATES
from linter.checks.hype_words import STANDALONE, hype_lexicon

CASES = Path(__file__).parent / "rule_cases" / "overstatement.yaml"


def _texts() -> list[str]:
    return [case["text"] for case in yaml.safe_load(CASES.read_text(encoding="utf-8"))]


def test_gates_name_hype_classes() -> None:
    assert set(GATES) <= set(STANDALONE)


@pytest.mark.parametrize("kind", sorted(GATES))
def test_every_match_holds_a_gate_word(kind: str) -> None:
    pattern = hype_lexicon().standalone[kind]
    matched = 0
    for text in _texts():
        for match in pattern.finditer(text):
            matched += 1
            low = match.group(0).lower()
            assert any(w in low for w in GATES[kind]), f"{kind}: {match.group(0)!r} has no gate"
    assert matched, f"no rule case exercises {kind}"
