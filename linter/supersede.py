"""One problem, one line: a finding dropped for an overlapping one of a rule that
`supersedes:` its rule. Separate from engine.py, which runs the rules and calls this on each
file's findings; it needs only the findings and the rules.
"""

from __future__ import annotations

from dataclasses import replace

from linter.checks.rules import Rule
from linter.findings import Finding, Level


def _span(f: Finding) -> tuple[tuple[int, int], tuple[int, int]]:
    return (f.line, f.column), (f.end_line, f.end_column)


def _overlap(a: Finding, b: Finding) -> bool:
    """Whether two findings' words overlap in the same sentence of the same file."""
    (a_start, a_end), (b_start, b_end) = _span(a), _span(b)
    same = a.path == b.path and a.sentence == b.sentence
    return same and ((a_start < b_end and b_start < a_end) or a_start == b_start)


def superseded_by(rules: dict[str, Rule]) -> dict[str, set[str]]:
    """For each rule id, the rules that supersede it, directly or through another rule."""
    above: dict[str, set[str]] = {}
    for rule in rules.values():
        for lower in rule.supersedes:
            above.setdefault(lower, set()).add(rule.id)
    changed = True
    while changed:  # the closure: a rule above a rule above this one is above it too
        changed = False
        for lower, owners in above.items():
            more = set().union(*(above.get(owner, set()) for owner in owners)) - owners - {lower}
            if more:
                owners |= more
                changed = True
    return above


def supersede(findings: list[Finding], rules: dict[str, Rule]) -> list[Finding]:
    """One problem, one line: drop a finding whose words overlap, in the same sentence, those of
    a finding from a rule that `supersedes:` its rule (rules/<id>.yaml), directly or through
    another rule. Only the run's own rules count, so a rule switched off (config, --ignore,
    --select) supersedes nothing. The finding that stays takes the highest level of those it
    replaces, so that neither the exit code nor --fail-on changes because a line was merged."""
    above = superseded_by(rules)
    if not above or len(findings) < 2:
        return findings
    dropped: set[int] = set()
    raised: dict[int, Level] = {}
    # Findings of the superseding rules by (file, sentence, line) of each line they cover: two
    # findings that overlap share a line, so each finding is weighed against the few on its
    # own lines (comparing it with every finding was quadratic: minutes for a huge table).
    any_owner = set().union(*above.values())
    by_line: dict[tuple[str, str | None, int], list[int]] = {}
    for j, owner in enumerate(findings):
        if owner.rule in any_owner:
            for line in range(owner.line, owner.end_line + 1):
                by_line.setdefault((owner.path, owner.sentence, line), []).append(j)
    for i, lower in enumerate(findings):
        owners = above.get(lower.rule)
        if not owners:
            continue
        near = sorted(
            {
                j
                for line in range(lower.line, lower.end_line + 1)
                for j in by_line.get((lower.path, lower.sentence, line), ())
            }
        )
        for j in near:
            owner = findings[j]
            if owner.rule in owners and _overlap(lower, owner):
                dropped.add(i)
                if lower.level > raised.get(j, owner.level):
                    raised[j] = lower.level
    kept = []
    for i, finding in enumerate(findings):
        if i in dropped:
            continue
        kept.append(replace(finding, level=raised[i]) if i in raised else finding)
    return kept
