"""The registry's rule cases seen with every rule on: what `--fix` inserts, and the words used.

tests/test_rule_cases.py checks each case's findings for its own rule; a case with a `fix` key
also says what a full run may insert into the sentence (null: nothing at all, for a sentence
the registry contradicts, or whose registry source does not report its claim or figure).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from linter import lint_text
from linter.engine import Engine

CASES_DIR = Path(__file__).parent / "rule_cases"
# Words of the schema that a writer should never have to read in a message.
INTERNAL = re.compile(
    r"max_strength|efficacy (?:shown|not-shown|contested|uncertain|not rated)|not-shown|allows \w+ wording|\bcorrelational\b|"
    r"\bconditional\b wording|trial-registration|[a-z0-9]+-[a-z0-9]+-[a-z0-9]+-\d{4}"
)


def _cases(with_fix: bool) -> list:
    params = []
    for path in sorted(CASES_DIR.glob("registry_*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            if ("fix" in case) == with_fix or not with_fix:
                params.append(pytest.param(case, id=f"{path.stem}: {case['name']}"))
    return params


@pytest.fixture(scope="module")
def everything(engine: Engine) -> Engine:
    return engine


@pytest.mark.parametrize("case", _cases(with_fix=True))
def test_fix_inserts_only_a_source_that_reports_the_claim(case: dict, everything: Engine) -> None:
    findings = lint_text(case["text"], "case.md", engine=everything)
    inserted = [f.fix[2] for f in findings if f.fix is not None]
    if case["fix"] is None:
        assert inserted == [], inserted
    else:
        assert inserted and all(case["fix"] in text for text in inserted), inserted


@pytest.mark.parametrize("case", _cases(with_fix=False))
def test_registry_messages_are_plain_words(case: dict, everything: Engine) -> None:
    for finding in lint_text(case["text"], "case.md", engine=everything):
        if finding.registry_id is None:
            continue
        for words in (finding.message, finding.suggestion or ""):
            assert not INTERNAL.search(words), words
            assert finding.registry_id not in words, words


def test_a_contradicted_figure_names_the_registry_figure_and_source(everything: Engine) -> None:
    text = "The five-year relative survival rate for lung cancer is 60%."
    findings = lint_text(text, "case.md", engine=everything)
    [contradiction] = [f for f in findings if f.rule == "registry-contradiction"]
    assert str(contradiction.level) == "error"
    assert "lung cancer" in contradiction.message and "18%" in contradiction.message
    assert "CDC" in contradiction.message and "60%" in contradiction.message
    assert contradiction.suggestion and "18%" in contradiction.suggestion
    assert "http" not in (contradiction.suggestion or "")
    # The unsourced-statistic finding on the same figure suggests no source for it.
    [statistic] = [f for f in findings if f.rule == "unsourced-statistic"]
    assert statistic.registry_id is None and statistic.fix is None
    assert "http" not in (statistic.suggestion or "")
