"""Every error of a config file is reported in one run, each at its own line."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from linter.cli import main


def check(folder: Path):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["check", "--no-cache", str(folder / "a.md")])


def test_every_error_of_a_config_in_one_run(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("The pill cures gout.\n", encoding="utf-8")
    config = tmp_path / ".healthlint.yaml"
    config.write_text(
        "extends: nowhere.yaml\n"
        "rulez: {}\n"
        "rules:\n"
        "  overstatment: off\n"
        "  vague-attribution: loud\n"
        "  unsourced-statistic: {options: {kind: x}}\n"
        "fail_on: sometimes\n"
        "include: 3\n",
        encoding="utf-8",
    )
    result = check(tmp_path)
    assert result.exit_code == 2
    where = str(config.resolve())
    lines = result.stderr.splitlines()
    assert [line.split(": ", 1)[0] for line in lines] == [
        f"{where}:{n}" for n in (1, 2, 4, 5, 6, 7, 8)
    ]
    assert "unknown key 'rulez' (did you mean 'rules'?)" in lines[1]
    assert "unknown rule id 'overstatment' (did you mean 'overstatement'?)" in lines[2]
    assert "unsourced-statistic: unknown option 'kind'" in lines[4]
    assert "Traceback" not in result.stderr


def test_one_error_is_one_line_as_before(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("The pill cures gout.\n", encoding="utf-8")
    config = tmp_path / ".healthlint.yaml"
    config.write_text("fail_on: sometimes\n", encoding="utf-8")
    result = check(tmp_path)
    assert result.stderr == (
        f"{config.resolve()}:1: fail_on must be one of error, warning, info, never\n"
    )


def test_select_with_a_typo_suggests_the_rule(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("The pill cures gout.\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["check", "--no-cache", "--select", "vague-atribution", str(tmp_path / "a.md")]
    )
    assert result.exit_code == 2
    assert "unknown rule id 'vague-atribution' (did you mean 'vague-attribution'?)" in (
        result.stderr
    )


def test_extends_of_a_toml_file_says_what_is_wrong_at_the_extends_line(tmp_path: Path) -> None:
    # It said only "'other.toml' is not a valid healthlint config (line 1); check it with
    # --config": a TOML file is read as a config only as a pyproject.toml's [tool.healthlint].
    (tmp_path / "a.md").write_text("The pill cures gout.\n", encoding="utf-8")
    (tmp_path / "other.toml").write_text('fail_on = "error"\n', encoding="utf-8")
    config = tmp_path / ".healthlint.yaml"
    config.write_text("fail_on: error\nextends: other.toml\n", encoding="utf-8")
    result = check(tmp_path)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"{config.resolve()}:2: extends: 'other.toml' is TOML, and a TOML config is read only"
        " as [tool.healthlint] in a file named pyproject.toml: extend that or a .healthlint.yaml"
        " instead"
    ]
