"""What `healthlint check --format json` reports for one file the test writes."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from linter.cli import main


def findings(tmp_path: Path, name: str, text: str) -> list[tuple[int, int, str, str]]:
    """(line, column, rule, matched text) of each finding in `text` saved as `name`."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--no-cache", "--format", "json", str(path)])
    assert result.exit_code in (0, 1), result.output
    return [
        (f["line"], f["column"], f["rule"], f["text"])
        for f in json.loads(result.stdout)["findings"]
    ]
