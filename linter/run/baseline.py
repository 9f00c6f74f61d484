"""Baselines: record today's findings so that only new ones are reported from now on.

A finding's path is stored, and compared, relative to the root of the config that governs its
file (the folder of its `.healthlint.yaml`, or of `--config`; with no config, the baseline's
own folder): the same baseline then works from the repository root, from a subfolder
(`../content/x.md`) and with absolute paths.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from linter.config.safe_read import ReadRefused, read_capped
from linter.errors import ConfigError, HealthlintError
from linter.findings import Finding
from linter.report.fingerprint import fingerprints
from linter.run.atomic import write_atomic

if TYPE_CHECKING:
    from linter.config.files import Config

VERSION = 1
MAX_BASELINE_BYTES = 200_000_000  # some 1.5 million findings

Roots = Callable[[str], Path]  # a checked file's path -> the folder its baseline path is from


@dataclass(frozen=True)
class Entry:
    """One finding a baseline records: its path (from its root), rule and fingerprint."""

    path: str
    rule: str
    fingerprint: str


def baseline_path(option: str | None, config: Config, writing: bool) -> Path | None:
    """The baseline to read: `--baseline`, else the config's `baseline:` (not when writing one)."""
    if option:
        return Path(option)
    return None if writing else config.baseline


def root_finder(config_for: Callable[[str], Config], baseline: Path) -> Roots:
    """Each file's root: its config's folder, or the baseline's folder where no config applies."""
    fallback = baseline.resolve().parent

    def root(path: str) -> Path:
        try:
            config = config_for(path)
        except HealthlintError:
            return fallback
        return config.root.resolve() if config.path else fallback

    return root


def relative_to_root(path: str, root: Path) -> str:
    """`path` (as given: relative to here, or absolute) relative to `root`, with `/`."""
    try:
        relative = os.path.relpath(os.path.abspath(path), root)
    except ValueError:  # another drive (Windows): no relative path exists
        return path
    return relative.replace(os.sep, "/")


def rooted(findings: Sequence[Finding], roots: Roots | None) -> list[Finding]:
    """The findings with their paths relative to their roots (as they are without `roots`)."""
    if roots is None:
        return list(findings)
    return [replace(f, path=relative_to_root(f.path, roots(f.path))) for f in findings]


def write_baseline(path: Path, findings: Sequence[Finding], roots: Roots | None = None) -> int:
    """Write the fingerprints of `findings` (atomically: a reader never sees half a file).

    Returns how many findings it recorded.
    """
    findings = rooted(findings, roots)
    entries = [
        {"path": f.path, "rule": f.rule, "fingerprint": fp}
        for f, fp in zip(findings, fingerprints(findings), strict=True)
    ]
    payload = json.dumps({"version": VERSION, "findings": entries}, indent=1) + "\n"
    try:
        write_atomic(path, payload.encode("utf-8"))
    except OSError as exc:
        raise ConfigError(str(path), f"cannot write the baseline: {exc.strerror or exc}") from None
    return len(entries)


def load_baseline(path: Path) -> Counter[str]:
    """The fingerprints a baseline holds, counted (two identical findings are two entries)."""
    return Counter(e.fingerprint for e in load_entries(path))


def load_entries(path: Path) -> list[Entry]:
    """The findings a baseline records, in its order."""
    try:
        data = json.loads(read_capped(path, MAX_BASELINE_BYTES).decode("utf-8"))
        entries = data["findings"]
        if data.get("version") != VERSION or not isinstance(entries, list):
            raise ValueError("unsupported version")
        return [Entry(str(e["path"]), str(e["rule"]), str(e["fingerprint"])) for e in entries]
    except ReadRefused as exc:
        raise ConfigError(str(path), f"cannot read the baseline: {exc}") from None
    except FileNotFoundError:
        hint = (
            "cannot read the baseline: no such file; write it with: "
            f"healthlint check --write-baseline {path}"
        )
        raise ConfigError(str(path), hint) from None
    except OSError as exc:
        raise ConfigError(str(path), f"cannot read the baseline: {exc.strerror or exc}") from None
    except (ValueError, KeyError, TypeError) as exc:
        message = f"not a healthlint baseline ({exc}); write one with --write-baseline"
        raise ConfigError(str(path), message) from None


def new_findings(
    findings: Sequence[Finding], baseline: Counter[str], roots: Roots | None = None
) -> list[Finding]:
    """The findings the baseline does not account for (reported with their own paths)."""
    found = fingerprints(rooted(findings, roots))
    # Only these findings' entries, not the whole baseline: check calls this once a file.
    remaining = {fp: baseline[fp] for fp in found}
    fresh = []
    for finding, fp in zip(findings, found, strict=True):
        if remaining[fp] > 0:
            remaining[fp] -= 1
        else:
            fresh.append(finding)
    return fresh


def fixed_entries(
    entries: Sequence[Entry],
    findings: Sequence[Finding],
    checked: Iterable[str],
    rules_run: Callable[[str], Collection[str]],
    roots: Roots | None = None,
) -> int:
    """How many recorded findings are gone: fixed, or their words changed.

    Only entries of the files this run checked, and of the rules it ran on them, are judged: a
    hook that checks one staged file, or `--select`, says nothing of the others.
    """
    ran: dict[str, Collection[str]] = {}
    for path in checked:
        ran[relative_to_root(path, roots(path)) if roots else path] = rules_run(path)
    remaining = Counter(e.fingerprint for e in entries if e.rule in ran.get(e.path, ()))
    for fp in fingerprints(rooted(findings, roots)):
        if remaining[fp] > 0:
            remaining[fp] -= 1
    return sum(remaining.values())


def fixed_note(count: int, baseline: Path) -> str:
    """The line that says so, and how to forget them (a stale entry would hide their return)."""
    one = count == 1
    return (
        f"{count} finding{'s' * (not one)} that {baseline} records {'is' if one else 'are'} "
        "fixed (no longer found); write the baseline again over the whole site to forget "
        f"{'it' if one else 'them'}: healthlint check --write-baseline {baseline} ..."
    )
