"""Baselines: record today's findings so that only new ones are reported from now on."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from linter.config.safe_read import ReadRefused, read_capped
from linter.errors import ConfigError
from linter.findings import Finding
from linter.report.fingerprint import fingerprints
from linter.run.atomic import write_atomic

VERSION = 1
MAX_BASELINE_BYTES = 200_000_000  # some 1.5 million findings


def write_baseline(path: Path, findings: Sequence[Finding]) -> None:
    """Write the fingerprints of `findings` (atomically: a reader never sees half a file)."""
    entries = [
        {"path": f.path, "rule": f.rule, "fingerprint": fp}
        for f, fp in zip(findings, fingerprints(findings), strict=True)
    ]
    payload = json.dumps({"version": VERSION, "findings": entries}, indent=1) + "\n"
    try:
        write_atomic(path, payload.encode("utf-8"))
    except OSError as exc:
        raise ConfigError(str(path), f"cannot write the baseline: {exc.strerror or exc}") from None


def load_baseline(path: Path) -> Counter[str]:
    """The fingerprints a baseline holds, counted (two identical findings are two entries)."""
    try:
        data = json.loads(read_capped(path, MAX_BASELINE_BYTES).decode("utf-8"))
        entries = data["findings"]
        if data.get("version") != VERSION or not isinstance(entries, list):
            raise ValueError("unsupported version")
        return Counter(str(e["fingerprint"]) for e in entries)
    except ReadRefused as exc:
        raise ConfigError(str(path), f"cannot read the baseline: {exc}") from None
    except OSError as exc:
        raise ConfigError(str(path), f"cannot read the baseline: {exc.strerror or exc}") from None
    except (ValueError, KeyError, TypeError) as exc:
        message = f"not a healthlint baseline ({exc}); write one with --write-baseline"
        raise ConfigError(str(path), message) from None


def new_findings(findings: Sequence[Finding], baseline: Counter[str]) -> list[Finding]:
    """The findings the baseline does not account for."""
    remaining = Counter(baseline)
    fresh = []
    for finding, fp in zip(findings, fingerprints(findings), strict=True):
        if remaining[fp] > 0:
            remaining[fp] -= 1
        else:
            fresh.append(finding)
    return fresh
