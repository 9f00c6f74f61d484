"""`healthlint rules explain ID` names the options a config may set for the rule, with their
values and what they allow: the config documents `{level: ..., options: {...}}`, and nothing
else said which options a rule has."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.checks import CHECK_OPTIONS
from linter.checks.rules import load_rules
from linter.cli import main


def test_explain_lists_a_rules_options() -> None:
    result = CliRunner().invoke(main, ["rules", "explain", "causal-overreach"])
    assert result.exit_code == 0
    assert (
        "Options (in the config: rules: {causal-overreach: {options: {NAME: VALUE}}}; "
        "a value replaces the one shown)\n"
        "  evidence: observational, preliminary, animal, in_vitro (a list of these)\n"
        "  paragraph: true (true or false)"
    ) in result.stdout


@pytest.mark.parametrize("rule", sorted(load_rules()))
def test_every_option_shown_is_one_the_config_takes(rule: str, tmp_path: Path) -> None:
    shown = CliRunner().invoke(main, ["rules", "explain", rule]).stdout
    table = CHECK_OPTIONS[load_rules()[rule].check]
    section = shown.split("\nOptions")[-1].split("\n\n")[0].splitlines()[1:]
    names = [line.split(":")[0].strip() for line in section]
    if not table:
        assert "\nOptions" not in shown
        return
    assert names == list(table)
    option = names[-1] if table[names[-1]].type is not list else None
    if option is not None:  # a config that sets it as shown is accepted
        value = str(table[option].default).lower()
        (tmp_path / ".healthlint.yaml").write_text(
            f"rules:\n  {rule}: {{options: {{{option}: {value}}}}}\n"
        )
        (tmp_path / "a.md").write_text("Tea is nice.\n")
        result = CliRunner().invoke(main, ["check", "--no-cache", str(tmp_path / "a.md")])
        assert result.exit_code == 0, result.output


def test_input_error_the_reports_name_as_a_rule_is_explained() -> None:
    # SARIF, GitLab, JUnit, rdjsonl and GitHub name an unreadable file `input-error`; looking
    # it up said "unknown rule id" (exit 2).
    result = CliRunner().invoke(main, ["rules", "explain", "input-error"])
    assert result.exit_code == 0
    assert result.stdout.startswith("input-error (not a rule)\n")
    assert "exits 2" in result.stdout
