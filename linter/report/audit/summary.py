"""What every audit report shows: totals, counts per rule and per file, claim keys."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
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


# A rule's docs run to 3,000 characters (their examples): in the rules table of a report, a
# reader needs the gist first, so that the table stays a table.
BRIEF_CHARS = 160


def brief(description: str) -> str:
    """The opening of a rule's description, cut at a word within BRIEF_CHARS ("..." marks a cut)."""
    if len(description) <= BRIEF_CHARS:
        return description
    return description[: BRIEF_CHARS - 1].rsplit(" ", 1)[0].rstrip(",;:(") + " …"


def unsourced(claim: InventoryClaim) -> bool:
    return not claim.sources


def claim_key(claim: InventoryClaim) -> str:
    """file:line plus a hash of the sentence: names a claim across runs of the same site."""
    digest = hashlib.sha256(claim.text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{claim.path}:{claim.line}:{digest}"


def level_counts(findings: Sequence[Finding]) -> dict[str, int]:
    counted = Counter(str(f.level) for f in findings)
    return {name: counted[name] for name in LEVELS_DOWN}


class Tally:
    """The totals, the per-rule and the per-file tables, counted one file at a time.

    What it holds: counts, one row per rule and one small row per file with findings (path,
    counts, score, claims); never a file's findings or claims. The whole-result functions
    below go through it too, so a report streamed from shards has the same tables.
    """

    def __init__(self, keep_rows: bool = True) -> None:
        self.keep_rows = keep_rows  # False: the files with findings are counted, not kept
        self.with_findings = 0
        self.files = 0
        self.findings = 0
        self.levels: Counter[str] = Counter()
        self.claims = 0
        self.claims_with_findings = 0
        self.claims_unsourced = 0
        self.strengths: Counter[str] = Counter()
        self.rule_levels: dict[str, Counter[str]] = {}
        self.rule_files: Counter[str] = Counter()
        self.rows: list[FileRow] = []

    def add(
        self,
        path: str,
        findings: Sequence[Finding],
        claims: Sequence[InventoryClaim],
        audited: bool = True,
        keep: bool = False,
    ) -> FileRow | None:
        """One file's findings and claims; its row when it has findings (with its findings
        when `keep`), kept in `rows` unless the tally was made with keep_rows=False."""
        self.files += audited
        self.findings += len(findings)
        counts = level_counts(findings)
        self.levels.update(counts)
        for finding in findings:
            self.rule_levels.setdefault(finding.rule, Counter())[str(finding.level)] += 1
        self.rule_files.update({f.rule for f in findings})
        for claim in claims:
            self.claims += 1
            self.claims_with_findings += bool(claim.rules)
            self.claims_unsourced += unsourced(claim)
            self.strengths[claim.strength] += 1
        if not findings:
            return None
        self.with_findings += 1
        row = FileRow(
            path=path,
            counts=counts,
            score=sum(LEVEL_WEIGHT[f.level] for f in findings),
            claims=len(claims),
            findings=sorted(findings) if keep else [],
        )
        if self.keep_rows:
            self.rows.append(row)
        return row

    def totals(self, input_errors: int) -> dict[str, Any]:
        return {
            "files": self.files,
            "files_with_findings": self.with_findings,
            "findings": self.findings,
            "findings_by_level": {name: self.levels[name] for name in LEVELS_DOWN},
            "claims": self.claims,
            "claims_with_findings": self.claims_with_findings,
            "claims_unsourced": self.claims_unsourced,
            "claims_by_strength": {s: self.strengths[s] for s in STRENGTHS if self.strengths[s]},
            "input_errors": input_errors,
        }

    def by_rule(self, rules: Mapping[str, Any]) -> list[RuleRow]:
        rows = []
        for rule_id in sorted({*rules, *self.rule_levels}):
            rule = rules.get(rule_id)
            counted = self.rule_levels.get(rule_id, Counter())
            rows.append(
                RuleRow(
                    id=rule_id,
                    level=str(rule.level) if rule is not None else "",
                    description=describe(rule),
                    counts={name: counted[name] for name in LEVELS_DOWN},
                    files=self.rule_files[rule_id],
                )
            )
        return sorted(rows, key=lambda r: (-r.total, r.id))

    def by_file(self) -> list[FileRow]:
        return sorted(self.rows, key=lambda r: (-r.score, -r.counts["error"], r.path))


def tally(result: AuditResult) -> Tally:
    """The whole result's tally, its file rows with their findings."""
    counted = Tally()
    findings: dict[str, list[Finding]] = defaultdict(list)
    claims: dict[str, list[InventoryClaim]] = defaultdict(list)
    for finding in result.findings:
        findings[finding.path].append(finding)
    for claim in result.claims:
        claims[claim.path].append(claim)
    for path in dict.fromkeys([*findings, *claims]):
        counted.add(path, findings.get(path, []), claims.get(path, []), audited=False, keep=True)
    counted.files = result.files
    return counted


def totals(result: AuditResult) -> dict[str, Any]:
    """The headline numbers, in the order reports show them."""
    return tally(result).totals(len(result.errors))


def by_rule(result: AuditResult) -> list[RuleRow]:
    """Every rule that ran (also those with no findings), most findings first."""
    return tally(result).by_rule(result.rules)


def by_file(result: AuditResult) -> list[FileRow]:
    """Files with findings, worst first: by weighted score, then errors, then path."""
    return tally(result).by_file()


def summary(result: AuditResult) -> dict[str, Any]:
    """The JSON report's `summary`: totals, then the per-rule and per-file tables."""
    counted = tally(result)
    return summary_of(counted, result.rules, len(result.errors), result)


def summary_of(
    counted: Tally,
    rules: Mapping[str, Any],
    input_errors: int,
    run: Any,
    lazy: bool = False,
    file_rows: Iterable[FileRow] | None = None,
) -> dict[str, Any]:
    """`summary` from a tally; `run` (an AuditResult or an AuditRun) gives the header.

    `lazy`: by_file is an iterator, made a row at a time as json_parts writes it.
    `file_rows`: the files with findings, worst first, where the tally did not keep them.
    """
    by_file = (
        {"path": r.path, "score": r.score, **r.counts, "claims": r.claims}
        for r in (counted.by_file() if file_rows is None else file_rows)
    )
    return {
        **counted.totals(input_errors),
        "by_rule": [
            {
                "rule": r.id,
                "level": r.level,
                "total": r.total,
                **r.counts,
                "files": r.files,
                "description": r.description,
            }
            for r in counted.by_rule(rules)
        ],
        "by_file": by_file if lazy else list(by_file),
        "version": run.version,
        "date": run.date,
        "sources": list(run.sources),
        "config": run.config,
        "baseline": run.baseline,
    }


def summary_line(result: AuditResult, output: str) -> str:
    """The one line the CLI prints after writing a report."""
    return summary_line_of(totals(result), output)


def summary_line_of(t: Mapping[str, Any], output: str) -> str:
    """summary_line from the totals."""
    by_level = t["findings_by_level"]
    levels = f"{count_of(by_level['error'], 'error')}, {count_of(by_level['warning'], 'warning')}, "
    levels += f"{by_level['info']} info"
    line = (
        f"Audited {count_of(t['files'], 'file')}: {count_of(t['findings'], 'finding')} ({levels}) "
        f"in {count_of(t['files_with_findings'], 'file')}, {count_of(t['claims'], 'claim')}"
    )
    if t["input_errors"]:
        line += f", {count_of(t['input_errors'], 'input error')}"
    return f"{line}; wrote {output}"


def count_of(n: int, word: str) -> str:
    """`n word`, plural unless n is 1: '1 file', '2 files'."""
    return f"{n} {word}{'s' * (n != 1)}"
