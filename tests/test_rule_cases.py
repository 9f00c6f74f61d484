"""Data-driven rule tests: tests/rule_cases/<rule>.yaml, one parametrized runner."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from linter import lint_text
from linter.checks.rules import load_rules

CASES_DIR = Path(__file__).parent / "rule_cases"


def _cases() -> list:
    params = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        rule_id = path.stem.replace("_", "-")
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            params.append(pytest.param(rule_id, case, id=f"{rule_id}: {case['name']}"))
    return params


@pytest.mark.parametrize(("rule_id", "case"), _cases())
def test_rule_case(rule_id: str, case: dict, engine_for) -> None:  # type: ignore[no-untyped-def]
    # `with: [other rules]` runs them too (one phrase, one line: a rule that supersedes this
    # one hides its finding); only this rule's findings are compared.
    findings = lint_text(case["text"], "case.md", engine=engine_for(rule_id, *case.get("with", [])))
    findings = [f for f in findings if f.rule == rule_id]
    got = [
        [f.line, f.column, str(f.level)][: len(e)]
        for f, e in zip(findings, case["expect"], strict=False)
    ]
    assert len(findings) == len(case["expect"]), [f.to_dict() for f in findings]
    assert got == [list(e) for e in case["expect"]]


def test_every_rule_has_cases() -> None:
    have = {p.stem.replace("_", "-") for p in CASES_DIR.glob("*.yaml")}
    assert set(load_rules()) <= have


@pytest.mark.parametrize("rule", list(load_rules().values()), ids=lambda r: r.id)
def test_doc_examples_behave_as_documented(rule, engine_for) -> None:  # type: ignore[no-untyped-def]
    engine = engine_for(rule.id)
    assert lint_text(rule.docs["bad"], "bad.md", engine=engine), "the 'bad' example is not flagged"
    assert not lint_text(rule.docs["good"], "good.md", engine=engine), (
        "the 'good' example is flagged"
    )


def test_lexicon_fragments_are_safe() -> None:
    """Every bundled lexicon fragment is a valid, non-catastrophic pattern (checked here once,
    not at every start)."""
    from linter.config.lexicon import load_lexicon
    from linter.config.resources import data_dir

    load_lexicon(tuple(sorted((data_dir("rules") / "lexicon").glob("*.yaml"))), check=True)
