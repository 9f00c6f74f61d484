"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, every rule, every finding.

Columns: a Finding counts characters (Unicode code points), so the run says
`"columnKind": "unicodeCodePoints"`. SARIF's `endColumn` is "the column number of the character
following the end of the region" (SARIF 2.1.0, region object), which is exactly
`Finding.end_column` (exclusive), so it is passed through unchanged.

Input errors (a missing or unreadable file) are the run's `invocations[0]`: one
`toolExecutionNotifications` entry each, at level error with the file as its location, and
`executionSuccessful: false` (SARIF 2.1.0, section 3.20.14: the tool could not do all it was
asked), so that a viewer does not take a partial run for a clean one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from linter.findings import Finding, Level
from linter.report.fingerprint import fingerprints, normalise_path
from linter.report.run_info import INPUT_ERROR, Problem, RunInfo

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
FINGERPRINT_KEY = "healthlint/v1"
SRCROOT = "%SRCROOT%"
_LEVEL = {Level.ERROR: "error", Level.WARNING: "warning", Level.INFO: "note"}
_MAX_DESCRIPTION = 1024  # GitHub's limit on shortDescription and fullDescription
_MARKDOWN_SPECIAL = re.compile(r"[\\`*_\[\]<>]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")
_SECTIONS = (
    ("what", "What it flags"),
    ("why", "Why it matters"),
    ("fix", "How to fix it"),
    ("bad", "Flagged"),
    ("good", "Not flagged"),
    ("limits", "Known limits"),
)


def format_sarif(findings: Sequence[Finding], run: RunInfo) -> str:
    """A SARIF log with one run; `rules` lists every rule of the run, results index into it."""
    rules = dict(run.rules)
    for rule_id in sorted({f.rule for f in findings} - set(rules)):
        rules[rule_id] = None  # a finding from a rule the run did not describe: a bare entry
    index = {rule_id: i for i, rule_id in enumerate(rules)}
    driver: dict[str, Any] = {"name": "healthlint"}
    if run.version:
        driver["version"] = run.version
    driver["rules"] = [_descriptor(rule_id, rule) for rule_id, rule in rules.items()]
    results = [
        _result(f, index[f.rule], fp)
        for f, fp in zip(findings, fingerprints(findings), strict=True)
    ]
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "invocations": [_invocation(run.problems)],
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _invocation(problems: Sequence[Problem]) -> dict[str, Any]:
    invocation: dict[str, Any] = {"executionSuccessful": not problems}
    if problems:
        invocation["toolExecutionNotifications"] = [_notification(p) for p in problems]
    return invocation


def _notification(problem: Problem) -> dict[str, Any]:
    notification: dict[str, Any] = {
        "level": "error",
        "message": {"text": problem.message},
        "descriptor": {"id": INPUT_ERROR},
    }
    if problem.path:
        physical: dict[str, Any] = {"artifactLocation": artifact_location(problem.path)}
        if problem.line is not None and problem.line > 0:
            physical["region"] = {"startLine": problem.line}
        notification["locations"] = [{"physicalLocation": physical}]
    return notification


def artifact_location(path: str) -> dict[str, str]:
    """A relative path as a URI reference under %SRCROOT%; an absolute one as a file: URI."""
    cleaned = normalise_path(path)
    windows = PureWindowsPath(cleaned)
    if windows.drive and windows.is_absolute():
        return {"uri": "file:///" + quote(cleaned, safe="/:")}
    if PurePosixPath(cleaned).is_absolute():
        return {"uri": "file://" + quote(cleaned, safe="/")}
    return {"uri": quote(cleaned, safe="/"), "uriBaseId": SRCROOT}


def _result(f: Finding, rule_index: int, fingerprint: str) -> dict[str, Any]:
    region: dict[str, Any] = {
        "startLine": f.line,
        "startColumn": max(f.column, 1),
        "endLine": max(f.end_line, f.line),
        "endColumn": max(f.end_column, 1),
    }
    if f.text:
        region["snippet"] = {"text": f.text}
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "level": _LEVEL[f.level],
        "message": {"text": f.message},
        "locations": [
            {"physicalLocation": {"artifactLocation": artifact_location(f.path), "region": region}}
        ],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
    }
    properties = {
        key: value
        for key, value in (("suggestion", f.suggestion), ("registryId", f.registry_id))
        if value
    }
    if properties:
        result["properties"] = properties
    return result


def _descriptor(rule_id: str, rule: Any) -> dict[str, Any]:
    docs: Mapping[str, Any] = getattr(rule, "docs", None) or {}
    what = _para(docs.get("what", "")) or rule_id
    descriptor: dict[str, Any] = {
        "id": rule_id,
        "name": "".join(part.capitalize() for part in re.split(r"[^0-9A-Za-z]+", rule_id)),
        "shortDescription": {"text": _clip(_SENTENCE_END.split(what, 1)[0])},
        "fullDescription": {"text": _clip(what)},
    }
    if docs:
        descriptor["help"] = {"text": _help_text(rule_id, docs), "markdown": _help_markdown(docs)}
    level = getattr(rule, "level", None)
    if isinstance(level, Level):
        descriptor["defaultConfiguration"] = {"level": _LEVEL[level]}
    tags = ["health-writing"]
    check = getattr(rule, "check", None)
    if check and check != rule_id:
        tags.append(str(check))
    descriptor["properties"] = {"tags": tags}
    return descriptor


def _help_text(rule_id: str, docs: Mapping[str, Any]) -> str:
    parts = [f"{title}\n  {_para(docs[key])}" for key, title in _SECTIONS if docs.get(key)]
    parts.extend(_references(docs, "  - "))
    return f"{rule_id}\n\n" + "\n\n".join(parts)


def _help_markdown(docs: Mapping[str, Any]) -> str:
    parts = []
    for key, title in _SECTIONS:
        if not docs.get(key):
            continue
        body = _para(docs[key])
        # Examples are shown verbatim: their Markdown (links, emphasis) is the point.
        text = _fenced(body) if key in ("bad", "good") else _escape_markdown(body)
        parts.append(f"## {title}\n\n{text}")
    references = _references(docs, "- ")
    if references:
        parts.append("## References\n\n" + "\n".join(references))
    return "\n\n".join(parts)


def _references(docs: Mapping[str, Any], bullet: str) -> list[str]:
    refs = docs.get("references") or []
    if isinstance(refs, str):
        refs = [refs]
    return [f"{bullet}{_para(ref)}" for ref in refs]


def _escape_markdown(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(lambda m: "\\" + m.group(0), text)


def _fenced(text: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}text\n{text}\n{fence}"


def _para(value: Any) -> str:
    return " ".join(str(value).split())


def _clip(text: str) -> str:
    return text if len(text) <= _MAX_DESCRIPTION else text[: _MAX_DESCRIPTION - 1] + "…"
