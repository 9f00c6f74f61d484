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


def test_the_distributed_audit_imports_pyarrow_only_to_write_or_read_parquet() -> None:
    """pyarrow (the `parquet` extra) is imported when a shard is, not with the audit's modules:
    a worker without it writes JSON Lines, and a client without it reads them."""
    code = (
        "import sys, linter.distributed.audit, linter.distributed.report\n"
        "print('pyarrow' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
