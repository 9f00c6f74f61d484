"""Config files, presets, globs and in-document directives, as an editor would use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main

ARTICLE = """\
# Stem cells

Research shows that the pill cures arthritis.

A study published in The Lancet found a benefit.
"""


def run(*args: str) -> tuple[int, list[dict], str]:
    result = CliRunner().invoke(main, ["check", "--format", "json", *args])
    findings = json.loads(result.stdout)["findings"] if result.stdout.startswith("{") else []
    return result.exit_code, findings, result.stderr


def rules_of(findings: list[dict]) -> list[tuple[int, str]]:
    return [(f["line"], f["rule"]) for f in findings]


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "posts").mkdir()
    (tmp_path / "posts" / "a.md").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


BASELINE = [(3, "vague-attribution"), (3, "overstatement"), (5, "unsourced-citation")]


def test_no_config_uses_defaults(site: Path) -> None:
    code, findings, _ = run(str(site))
    assert code == 1 and rules_of(findings) == BASELINE


@pytest.mark.parametrize("setting", ["off", "'off'", "false"])
def test_rule_off_removes_exactly_its_findings(site: Path, setting: str) -> None:
    (site / ".healthlint.yaml").write_text(
        f"rules:\n  overstatement: {setting}\n", encoding="utf-8"
    )
    _, findings, _ = run(str(site))
    assert rules_of(findings) == [r for r in BASELINE if r[1] != "overstatement"]


def test_config_is_found_upward_from_the_file(site: Path) -> None:
    (site / ".healthlint.yaml").write_text("rules:\n  vague-attribution: info\n", encoding="utf-8")
    _, findings, _ = run(str(site / "posts" / "a.md"))
    assert [f["level"] for f in findings if f["rule"] == "vague-attribution"] == ["info"]


def test_pyproject_tool_section(site: Path) -> None:
    (site / "pyproject.toml").write_text(
        '[tool.healthlint.rules]\noverstatement = "off"\n', encoding="utf-8"
    )
    _, findings, _ = run(str(site))
    assert "overstatement" not in {f["rule"] for f in findings}


def test_a_toml_config_not_named_pyproject_says_where_toml_is_read(site: Path) -> None:
    # Read as YAML, it failed with "invalid YAML: expected '<document start>', but found ...".
    config = site / "healthlint.toml"
    config.write_text('[tool.healthlint]\nfail_on = "error"\n', encoding="utf-8")
    code, _, stderr = run("--config", str(config), str(site))
    assert code == 2
    assert stderr.strip() == (
        f"{config}:1: a TOML config is read only as [tool.healthlint] in a file named "
        "pyproject.toml: move the settings there or to .healthlint.yaml"
    )


def test_strict_preset_makes_everything_an_error(site: Path) -> None:
    (site / ".healthlint.yaml").write_text("extends: strict\n", encoding="utf-8")
    _, findings, _ = run(str(site))
    assert {f["level"] for f in findings} == {"error"}


def test_extends_a_path_and_overrides_it(site: Path) -> None:
    (site / "base.yaml").write_text(
        "rules:\n  overstatement: off\n  vague-attribution: off\n", encoding="utf-8"
    )
    (site / ".healthlint.yaml").write_text(
        "extends: base.yaml\nrules:\n  vague-attribution: warning\n", encoding="utf-8"
    )
    _, findings, _ = run(str(site))
    assert rules_of(findings) == [(3, "vague-attribution"), (5, "unsourced-citation")]


def test_fail_on_from_config(site: Path) -> None:
    (site / ".healthlint.yaml").write_text(
        "fail_on: error\nrules:\n  overstatement: off\n", encoding="utf-8"
    )
    code, findings, _ = run(str(site))
    assert findings and code == 0


def test_exclude_and_include_globs(site: Path) -> None:
    (site / "drafts").mkdir()
    (site / "drafts" / "b.md").write_text(ARTICLE, encoding="utf-8")
    (site / ".healthlint.yaml").write_text("exclude: ['drafts/**']\n", encoding="utf-8")
    _, findings, _ = run(str(site))
    assert {Path(f["path"]).parent.name for f in findings} == {"posts"}
    (site / ".healthlint.yaml").write_text("include: ['drafts/*.md']\n", encoding="utf-8")
    _, findings, _ = run(str(site))
    assert {Path(f["path"]).parent.name for f in findings} == {"drafts"}


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("rulez: {}\n", 1, "unknown key 'rulez'"),
        ("rules:\n  overstatement: loud\n", 2, "rule level must be one of"),
        ("fail_on: sometimes\n", 1, "fail_on must be one of"),
        ("rules: [1, 2\n", 2, "invalid YAML"),
        ("extends: nowhere.yaml\n", 1, "extends: no preset or file"),
    ],
)
def test_config_errors_name_file_and_line(site: Path, text: str, line: int, message: str) -> None:
    config = site / ".healthlint.yaml"
    config.write_text(text, encoding="utf-8")
    code, _, stderr = run(str(site))
    assert code == 2
    assert f"{config.resolve()}:{line}: " in stderr and message in stderr
    assert "Traceback" not in stderr


def test_unknown_rule_in_config(site: Path) -> None:
    (site / ".healthlint.yaml").write_text("rules:\n  no-such-rule: off\n", encoding="utf-8")
    code, _, stderr = run(str(site))
    assert code == 2 and "unknown rule id 'no-such-rule'" in stderr


def test_disable_next_line_removes_one_finding(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "The pill cures arthritis.\n\n<!-- healthlint-disable-next-line overstatement -->\n"
        "The pill cures gout.\n\nThe pill cures colds.\n",
        encoding="utf-8",
    )
    _, findings, _ = run(str(path))
    assert rules_of(findings) == [(1, "overstatement"), (6, "overstatement")]


def test_disable_and_enable_region(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "<!-- healthlint-disable -->\n\nThe pill cures arthritis.\n\n<!-- healthlint-enable -->\n\n"
        "The pill cures colds.\n",
        encoding="utf-8",
    )
    _, findings, _ = run(str(path))
    assert rules_of(findings) == [(7, "overstatement")]


def test_directive_in_html(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(
        "<p>The pill cures arthritis.</p>\n<!-- healthlint-disable-next-line -->\n<p>The pill cures gout.</p>\n",
        encoding="utf-8",
    )
    _, findings, _ = run(str(path))
    assert rules_of(findings) == [(1, "overstatement")]


def test_front_matter_disable(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "---\nhealthlint:\n  disable: [overstatement]\n---\n" + ARTICLE, encoding="utf-8"
    )
    _, findings, _ = run(str(path))
    assert "overstatement" not in {f["rule"] for f in findings} and findings


def test_unknown_rule_in_a_directive_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "<!-- healthlint-disable-next-line overstatment -->\nThe pill cures gout.\n",
        encoding="utf-8",
    )
    code, findings, stderr = run(str(path))
    assert code == 2
    assert f"{path}:1: unknown rule id 'overstatment' in a healthlint directive" in stderr
    assert rules_of(findings) == [(2, "overstatement")]
    # The text summary counts the error without calling the file unchecked: it was checked.
    text = CliRunner().invoke(main, ["check", "--no-cache", "--format", "concise", str(path)])
    assert text.stdout.endswith("in 1 of 1 file; 1 input error (on stderr).\n")


def test_init_writes_a_config_that_works(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["init"]).exit_code == 0
    assert runner.invoke(main, ["init"]).exit_code == 2  # does not overwrite
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    code, findings, stderr = run(str(tmp_path / "a.md"))
    assert code == 1 and findings, stderr
    assert runner.invoke(main, ["claims", "validate", "healthlint-claims.yaml"]).exit_code == 0
    # Its include line, uncommented, does what its comment says: a named file outside it is
    # not checked (as a hook names staged files), and the walk leaves it out too.
    config = Path(".healthlint.yaml").read_text(encoding="utf-8")
    assert "named" in config.split("# include:")[0].rsplit("\n\n", 1)[1]
    Path(".healthlint.yaml").write_text(config.replace("# include:", "include:"), encoding="utf-8")
    assert run(str(tmp_path / "a.md"))[:2] == (0, [])
    assert run(str(tmp_path))[:2] == (0, [])
