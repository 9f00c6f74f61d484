"""What every audit report shows: totals, counts per rule and per file, claim keys."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from linter.claim import STRENGTH_NAMES
from linter.findings import LEVEL_NAMES, Finding, Level
from linter.report.audit.inventory import InventoryClaim

if TYPE_CHECKING:
    from linter.run.audit import AuditResult

# How much a finding makes its file "worse": one error outweighs three warnings.
LEVEL_WEIGHT = {Level.ERROR: 10, Level.WARNING: 3, Level.INFO: 1}
STRENGTHS = tuple(reversed(STRENGTH_NAMES))  # strongest first
LEVELS_DOWN = tuple(reversed(LEVEL_NAMES))  # error, warning, info


@dataclass(frozen=True)
class RuleRow:
    """One rule's line in a report: its findings counted by level, and what it flags."""

    id: str
    level: str  # the rule's configured level
    description: str
    counts: dict[str, int]
    files: int

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class FileRow:
    """One file with findings: its counts by level, its score, its findings in order."""

    path: str
    counts: dict[str, int]
    score: int
    claims: int
    findings: list[Finding] = field(default_factory=list)


def describe(rule: Any) -> str:
    """A rule's 'what it flags' docs section on one line."""
    docs = getattr(rule, "docs", None) or {}
    return " ".join(str(docs.get("what", "")).split())


def unsourced(claim: InventoryClaim) -> bool:
    return not claim.sources


def claim_key(claim: InventoryClaim) -> str:
    """file:line plus a hash of the sentence: names a claim across runs of the same site."""
    digest = hashlib.sha256(claim.text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{claim.path}:{claim.line}:{digest}"


def level_counts(findings: list[Finding]) -> dict[str, int]:
    counted = Counter(str(f.level) for f in findings)
    return {name: counted[name] for name in LEVELS_DOWN}


def totals(result: AuditResult) -> dict[str, Any]:
    """The headline numbers, in the order reports show them."""
    strengths = Counter(c.strength for c in result.claims)
    return {
        "files": result.files,
        "files_with_findings": len({f.path for f in result.findings}),
        "findings": len(result.findings),
        "findings_by_level": level_counts(result.findings),
        "claims": len(result.claims),
        "claims_with_findings": sum(1 for c in result.claims if c.rules),
        "claims_unsourced": sum(1 for c in result.claims if unsourced(c)),
        "claims_by_strength": {s: strengths[s] for s in STRENGTHS if strengths[s]},
        "input_errors": len(result.errors),
    }


def by_rule(result: AuditResult) -> list[RuleRow]:
    """Every rule that ran (also those with no findings), most findings first."""
    grouped: dict[str, list[Finding]] = defaultdict(list)
    for finding in result.findings:
        grouped[finding.rule].append(finding)
    rows = []
    for rule_id in sorted({*result.rules, *grouped}):
        rule = result.rules.get(rule_id)
        findings = grouped.get(rule_id, [])
        rows.append(
            RuleRow(
                id=rule_id,
                level=str(rule.level) if rule is not None else "",
                description=describe(rule),
                counts=level_counts(findings),
                files=len({f.path for f in findings}),
            )
        )
    return sorted(rows, key=lambda r: (-r.total, r.id))


def by_file(result: AuditResult) -> list[FileRow]:
    """Files with findings, worst first: by weighted score, then errors, then path."""
    grouped: dict[str, list[Finding]] = defaultdict(list)
    for finding in result.findings:
        grouped[finding.path].append(finding)
    claims = Counter(c.path for c in result.claims)
    rows = [
        FileRow(
            path=path,
            counts=level_counts(findings),
            score=sum(LEVEL_WEIGHT[f.level] for f in findings),
            claims=claims[path],
            findings=sorted(findings),
        )
        for path, findings in grouped.items()
    ]
    return sorted(rows, key=lambda r: (-r.score, -r.counts["error"], r.path))


def summary(result: AuditResult) -> dict[str, Any]:
    """The JSON report's `summary`: totals, then the per-rule and per-file tables."""
    return {
        **totals(result),
        "by_rule": [
            {
                "rule": r.id,
                "level": r.level,
                "total": r.total,
                **r.counts,
                "files": r.files,
                "description": r.description,
            }
            for r in by_rule(result)
        ],
        "by_file": [
            {"path": r.path, "score": r.score, **r.counts, "claims": r.claims}
            for r in by_file(result)
        ],
        "version": result.version,
        "date": result.date,
        "sources": list(result.sources),
        "config": result.config,
        "baseline": result.baseline,
    }


def summary_line(result: AuditResult, output: str) -> str:
    """The one line the CLI prints after writing a report."""
    t = totals(result)
    by_level = t["findings_by_level"]
    levels = f"{_count(by_level['error'], 'error')}, {_count(by_level['warning'], 'warning')}, "
    levels += f"{by_level['info']} info"
    line = (
        f"Audited {_count(t['files'], 'file')}: {_count(t['findings'], 'finding')} ({levels}) "
        f"in {_count(t['files_with_findings'], 'file')}, {_count(t['claims'], 'claim')}"
    )
    if t["input_errors"]:
        line += f", {_count(t['input_errors'], 'input error')}"
    return f"{line}; wrote {output}"


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"
