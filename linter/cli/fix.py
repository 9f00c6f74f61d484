"""`check --diff` and `check --fix`: show or apply the findings' fixes, file by file."""

from __future__ import annotations

from typing import Any

from linter.cli.options import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS
from linter.cli.output import emit, say
from linter.cli.problems import say_run_problems


def _by_path(findings: list) -> dict[str, list]:  # type: ignore[type-arg]
    grouped: dict[str, list] = {}  # type: ignore[type-arg]
    for finding in findings:
        if finding.fix is not None:
            grouped.setdefault(finding.path, []).append(finding)
    return grouped


def show_diff(result: Any) -> int:
    """Print what --fix would change; exit 1 when it would change something."""
    from linter.errors import HealthlintError, InputError
    from linter.run.files import read_bytes
    from linter.run.fixes import digest, fixed_text, unified_diff

    changed = False
    for path, findings in _by_path(result.findings).items():
        try:
            data = read_bytes(path)
            if digest(data) != result.digests.get(path):
                raise InputError(path, "changed since it was checked; not shown")
            old, new, applied = fixed_text(path, data, findings)
        except HealthlintError as exc:
            result.errors.append(exc)
            continue
        if applied:
            emit(unified_diff(path, old, new))
            changed = True
    say_run_problems(result.warnings, result.errors)
    if not changed:  # an empty diff on a page full of findings reads as "nothing wrong"
        count = len(result.findings)
        found = "no findings, so no"
        if count:
            found = f"{count} finding{'s' * (count != 1)}, none with a"
        say(f"no fix to show: {found} safe fix (a registry source link)", err=True)
    return EXIT_ERROR if result.errors else EXIT_FINDINGS if changed else EXIT_CLEAN


def apply_fixes(session: Any, result: Any) -> None:
    """Fix each file, then check it again so the report shows what is left."""
    from linter.errors import HealthlintError
    from linter.run.fixes import write_fixed

    fixed_paths, count = [], 0
    for path, findings in _by_path(result.findings).items():
        try:
            applied = write_fixed(path, result.digests[path], findings)
        except HealthlintError as exc:
            result.errors.append(exc)
            continue
        if applied:
            fixed_paths.append(path)
            count += applied
    if fixed_paths:
        again = session.lint_paths(fixed_paths)
        result.findings = sorted(
            [f for f in result.findings if f.path not in fixed_paths] + again.findings
        )
        files = len(fixed_paths)
        plural = "s" * (count != 1), "s" * (files != 1)
        say(f"fixed {count} finding{plural[0]} in {files} file{plural[1]}", err=True)
