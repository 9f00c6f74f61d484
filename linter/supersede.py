"""One problem, one line: a finding dropped for an overlapping one of a rule that
`supersedes:` its rule. Separate from engine.py, which runs the rules and calls this on each
file's findings; it needs only the findings and the rules.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
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


Position = tuple[int, int]  # (line, column)


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
    # The findings of each superseding rule by (file, sentence), in order of where they start,
    # with the furthest end so far: a finding is weighed only against those that can reach it
    # (comparing it with every finding was quadratic: minutes for a huge table or one
    # sentence repeated thousands of times).
    index: dict[tuple[str, str | None, str], tuple[list[Position], list[Position], list[int]]] = {}
    any_owner = set().union(*above.values())
    for j in sorted(
        (j for j, f in enumerate(findings) if f.rule in any_owner),
        key=lambda j: _span(findings[j])[0],
    ):
        owner = findings[j]
        starts, reach, ids = index.setdefault(
            (owner.path, owner.sentence, owner.rule), ([], [], [])
        )
        start, end = _span(owner)
        starts.append(start)
        reach.append(max(end, reach[-1]) if reach else end)
        ids.append(j)
    for i, lower in enumerate(findings):
        for rule in above.get(lower.rule, ()):
            found = index.get((lower.path, lower.sentence, rule))
            if found is None:
                continue
            starts, reach, ids = found
            a_start, a_end = _span(lower)
            # Those that start before the lower one ends (or where it starts, if it is empty).
            k = bisect_left(starts, a_end) if a_end > a_start else bisect_right(starts, a_start)
            while k > 0 and (reach[k - 1] > a_start or starts[k - 1] == a_start):
                k -= 1
                owner = findings[ids[k]]
                if _overlap(lower, owner):
                    dropped.add(i)
                    if lower.level > raised.get(ids[k], owner.level):
                        raised[ids[k]] = lower.level
    kept = []
    for i, finding in enumerate(findings):
        if i in dropped:
            continue
        kept.append(replace(finding, level=raised[i]) if i in raised else finding)
    return kept
