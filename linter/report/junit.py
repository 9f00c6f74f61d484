"""JUnit XML for GitLab and Jenkins test reports: a failing test case per finding.

One `<testsuite name="healthlint">`. Each finding is a `<testcase>` whose `classname` is the
file's path (so reports group findings by file) holding exactly one `<failure>`: GitLab and
Jenkins show only the first `<failure>` of a test case, so one case with several failures would
hide all but one finding. A case's `name` (rule id, flagged text, and a number when the same
text is flagged twice) has no line number, so GitLab's merge-request widget does not report a
finding as new when lines are added above it. Files without findings are one passing case,
since the formatter knows how many files were checked but not their names. A file that could
not be checked (missing, unreadable) is a test case with an `<error>`, so the suite fails.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence

from linter.findings import Finding
from linter.report.fingerprint import normalise_path
from linter.report.run_info import INPUT_ERROR, RunInfo

# Characters XML 1.0 cannot carry at all, even escaped. Listed, rather than written as the
# complement of what it allows: that class takes 5 ms to compile at every start.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_MAX_NAME_TEXT = 80


def format_junit(findings: Sequence[Finding], run: RunInfo) -> str:
    clean = max(run.files - len({f.path for f in findings}), 0)
    suite = ET.Element("testsuite", name="healthlint")
    seen: Counter[tuple[str, str]] = Counter()
    for f in findings:
        path = normalise_path(f.path)
        name = f"{f.rule}: {_short(f.text)}" if f.text.strip() else f.rule
        seen[(path, name)] += 1
        if seen[(path, name)] > 1:
            name += f" ({seen[(path, name)]})"
        case = ET.SubElement(
            suite, "testcase", classname=_xml(path), name=_xml(name), file=_xml(path), time="0"
        )
        failure = ET.SubElement(case, "failure", message=_xml(f.message), type=_xml(f.rule))
        failure.text = _xml(_body(f, path))
    for problem in run.problems:
        path = normalise_path(problem.path) if problem.path else "healthlint"
        case = ET.SubElement(
            suite, "testcase", classname=_xml(path), name=INPUT_ERROR, file=_xml(path), time="0"
        )
        error = ET.SubElement(case, "error", message=_xml(problem.message), type=INPUT_ERROR)
        where = f"{path}:{problem.line}" if problem.line is not None else path
        error.text = _xml(f"{where}: {problem.message}")
    if clean or not (findings or run.problems):
        case = ET.SubElement(
            suite,
            "testcase",
            classname="healthlint",
            name="files without findings",
            time="0",
        )
        out = ET.SubElement(case, "system-out")
        out.text = f"{clean} of {run.files} file{'s' * (run.files != 1)} had no findings."
    cases, errors = len(suite), str(len(run.problems))
    suite.attrib.update(
        tests=str(cases), failures=str(len(findings)), errors=errors, skipped="0", time="0"
    )
    root = ET.Element("testsuites", name="healthlint")
    root.attrib.update(tests=str(cases), failures=str(len(findings)), errors=errors, time="0")
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _body(f: Finding, path: str) -> str:
    lines = [f"{path}:{f.line}:{f.column}: {f.level} {f.rule} {f.message}"]
    if f.text:
        lines.append(f"flagged: {f.text}")
    if f.suggestion:
        lines.append(f"suggestion: {f.suggestion}")
    return "\n".join(lines)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_NAME_TEXT else text[: _MAX_NAME_TEXT - 1] + "…"


def _xml(value: str) -> str:
    """Replace what XML 1.0 forbids outright (ElementTree escapes `<`, `&`, quotes, newlines)."""
    return _NOT_XML.sub("\ufffd", value)
