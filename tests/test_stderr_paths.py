"""The warning and error lines on stderr name a file as every report does: relative to the
current folder, with no leading `./` (`healthlint check` with no path walks `.`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "binary.md").write_bytes(bytes(range(256)))
    (tmp_path / "cafe.md").write_bytes("Experts say caf\xe9 is good for you.\n".encode("cp1252"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("command", ["check", "audit"])
@pytest.mark.parametrize("named", [[], ["."], ["ABS"]])
def test_stderr_names_files_as_the_reports_do(site: Path, command: str, named: list[str]) -> None:
    paths = [str(site) if p == "ABS" else p for p in named]
    extra = ["-o", str(site / "report.json")] if command == "audit" else ["--format", "json"]
    result = CliRunner().invoke(main, [command, "--no-cache", "-j", "1", *extra, *paths])
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert "binary.md: binary file, skipped" in lines
    assert any(line.startswith("warning: cafe.md: not valid UTF-8") for line in lines)
