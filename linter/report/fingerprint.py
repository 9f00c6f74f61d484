"""Stable fingerprints: a finding keeps its identity when lines are added above it."""

from __future__ import annotations

import hashlib
import posixpath
import unicodedata
from collections import Counter
from collections.abc import Sequence

from linter.findings import Finding, without_boilerplate_note

# Bump when what goes into the hash changes: every stored fingerprint changes with it.
SCHEME = "healthlint-fingerprint-v1"
_SEPARATOR = "\x1f"  # ASCII unit separator: no field can run into the next one


def normalise_path(path: str) -> str:
    r"""A path as reports and fingerprints show it: `/` separators, no `./`, no `a//b`.

    A relative path stays relative (to wherever healthlint ran, normally the repository
    root); an absolute one stays absolute. `\` is read as a separator, as Windows writes it.
    """
    if not path:
        return path
    cleaned = posixpath.normpath(path.replace("\\", "/"))
    return "/" + cleaned.lstrip("/") if cleaned.startswith("//") else cleaned


def normalise_text(text: str) -> str:
    """NFC, case-folded, whitespace collapsed: rewrapping or recasing a span keeps its identity."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def fingerprint(finding: Finding, context: str = "", occurrence: int = 0) -> str:
    """A 32-hex-digit hash that identifies a finding across runs.

    What goes in: the scheme version, the rule id, the normalised path, the normalised flagged
    `text`, the normalised `message`, the normalised `context` (a caller that has the source
    can pass the sentence or line around the finding; formatters pass nothing) and
    `occurrence`, the index of this finding among the findings of the same file that share
    all of the above (see `fingerprints`).

    What stays out: line and column, so that inserting or deleting lines above a finding,
    or re-indenting it, does not change its fingerprint; level and suggestion, so that
    re-levelling a rule in a config does not turn old findings into new ones.
    """
    parts = (
        SCHEME,
        finding.rule,
        normalise_path(finding.path),
        normalise_text(finding.text),
        normalise_text(without_boilerplate_note(finding.message)),
        normalise_text(context),
        str(occurrence),
    )
    return hashlib.sha256(_SEPARATOR.join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def fingerprints(findings: Sequence[Finding]) -> list[str]:
    """One fingerprint per finding, in the order given; identical ones are told apart.

    Findings that hash alike (same rule, file, text and message) are numbered in document
    order (line, then column), whatever order they are passed in, so the first "cures" in a
    file is occurrence 0 and the second is occurrence 1 on every run. A new identical finding
    added above old ones shifts their numbers, but the set of fingerprints still grows by
    exactly one, which is what a baseline compares.
    """
    order = sorted(range(len(findings)), key=lambda i: _position(findings[i]))
    seen: Counter[tuple[str, ...]] = Counter()
    result = [""] * len(findings)
    for index in order:
        finding = findings[index]
        key = (
            finding.rule,
            normalise_path(finding.path),
            normalise_text(finding.text),
            normalise_text(without_boilerplate_note(finding.message)),
        )
        result[index] = fingerprint(finding, occurrence=seen[key])
        seen[key] += 1
    return result


def _position(finding: Finding) -> tuple[str, int, int, int, int, str]:
    return (
        finding.path,
        finding.line,
        finding.column,
        finding.end_line,
        finding.end_column,
        finding.rule,
    )
