"""Issue 12: no module of the linter package over 300 lines, so each stays readable whole."""

from __future__ import annotations

from pathlib import Path

import linter

MAX_LINES = 300
PACKAGE = Path(linter.__file__).resolve().parent


def test_no_module_is_over_300_lines() -> None:
    sizes = {
        path.relative_to(PACKAGE.parent).as_posix(): len(
            path.read_text(encoding="utf-8").splitlines()
        )
        for path in sorted(PACKAGE.rglob("*.py"))
    }
    assert sizes, f"no modules found under {PACKAGE}"
    over = {name: lines for name, lines in sizes.items() if lines > MAX_LINES}
    assert not over, f"modules over {MAX_LINES} lines (split them): " + ", ".join(
        f"{name} ({lines})" for name, lines in sorted(over.items())
    )
