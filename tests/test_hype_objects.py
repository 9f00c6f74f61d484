"""A promise verb is health hype by what it promises: a result for health, not a service's quality."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.checks.hype_objects import said_of_no_health
from linter.cli import main


def _verb(sentence: str) -> tuple[str, int, int]:
    for verb in ("guarantees", "guarantee", "revolutionized", "revolutionize"):
        at = sentence.find(verb)
        if at >= 0:
            return sentence, at, at + len(verb)
    raise AssertionError(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We guarantee the most careful selection of materials for your crowns.",
        "A seal that guarantees its long-term performance.",
        "It guarantees that the copy is faithful to our design.",
        "The method revolutionized the practice of restorative dentistry.",
    ],
)
def test_a_promise_about_a_service_or_a_field_is_not_health_hype(sentence: str) -> None:
    assert said_of_no_health(*_verb(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "This programme guarantees results in two weeks.",
        "We guarantee relief from back pain.",
        "This tea guarantees weight loss.",
        "It guarantees a shorter, easier labour.",
        "The method guarantees faster healing of the gums.",
        "Our cream guarantees younger skin.",
        "The diet will revolutionize your health.",
        "The drug revolutionized the treatment of diabetes.",
        "We guarantee to cure it.",
    ],
)
def test_a_promise_of_a_health_result_stays_hype(sentence: str) -> None:
    assert not said_of_no_health(*_verb(sentence))


def test_the_overstatement_rule_reads_the_object(tmp_path: Path) -> None:
    page = tmp_path / "p.md"
    page.write_text(
        "We guarantee the most careful selection of materials.\n\n"
        "This tea guarantees weight loss.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["check", "--no-cache", "--format", "json", str(page)])
    found = [(f["line"], f["rule"]) for f in json.loads(result.stdout)["findings"]]
    assert found == [(3, "overstatement")]
