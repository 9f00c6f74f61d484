"""The base install never needs Dask: importing the linter and its commands imports none of it."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_linter_imports_no_dask() -> None:
    code = (
        "import sys, linter, linter.cli, linter.cli.audit, linter.run.audit, linter.distributed\n"
        "from linter.cli import main\n"
        "print(sorted(m for m in ('dask', 'distributed', 'fsspec') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
