"""The registry schema: allowed keys, enumerations and identifier forms (see claims/README.md)."""

from __future__ import annotations

import datetime
import re
from typing import Any

from linter.claim import STRENGTH_NAMES
from linter.config.yamlio import LineDict
from linter.errors import ConfigError

STRENGTHS = STRENGTH_NAMES  # the claim-strength scale of linter/claim.py
# Each evidence level and its rank (higher is stronger evidence): when a sentence matches several
# entries, the one on the strongest evidence is the one it is checked against.
EVIDENCE_RANK = {
    "meta-analysis": 9,
    "systematic-review": 8,
    "rct": 7,
    "cohort": 5,
    "case-control": 4,
    "case-series": 3,
    "registry": 4,
    "phase-1": 2,
    "trial-registration": 0,
    "agency-statement": 6,
    "advocacy-estimate": 1,
    "animal": 0,
    "in-vitro": 0,
}
EVIDENCE_LEVELS = tuple(EVIDENCE_RANK)
EFFICACY = ("shown", "not-shown", "contested", "uncertain")
STATUS = ("approved", "experimental", "not-approved", "withdrawn", "retracted")
# What the evidence says of the link itself: refuted (the evidence shows there is none: vaccines
# and autism), unsupported (no reliable evidence of an effect: homeopathy for any condition).
RELATIONS = ("refuted", "unsupported")
# The condition term of an entry about every condition (an agency finding that a therapy works
# for none): such an entry applies whatever condition a sentence names, or none.
ANY_CONDITION = "any condition"

ENTRY_KEYS = {
    "id",
    "statement",
    "about",
    "figures",
    "evidence",
    "max_strength",
    "efficacy",
    "status",
    "contested_by",
    "relation",
    "sources",
    "reviewed",
    "notes",
}
REQUIRED = ("id", "statement", "about", "evidence", "max_strength", "sources", "reviewed")
ABOUT_KEYS = {"intervention", "condition", "outcome", "comparator"}
FIGURE_KEYS = {"outcome", "value", "range", "comparator", "unit", "timeframe", "population"}
EVIDENCE_KEYS = {"level", "size"}
SOURCE_FORMS: dict[str, re.Pattern[str] | None] = {
    "doi": re.compile(r"10\.\d{4,9}/\S+"),
    "pmid": re.compile(r"\d{1,9}"),
    "pmcid": re.compile(r"PMC\d+"),
    "nct": re.compile(r"NCT\d{8}"),
    "url": re.compile(r"https?://\S+"),
    "year": re.compile(r"(19|20)\d\d"),
    "journal": None,
    "title": None,
    "first_author": None,
    "institution": None,
    "publisher": None,
}
ID_FORM = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class SchemaErrors:
    """Collects every problem in a file, so `claims validate` reports them all at once."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[ConfigError] = []

    def add(self, line: int, message: str) -> None:
        self.problems.append(ConfigError(self.path, message, line))


def _keys(errors: SchemaErrors, data: Any, allowed: set[str], what: str, line: int) -> bool:
    if not isinstance(data, LineDict):
        errors.add(line, f"{what} must be a mapping")
        return False
    for key in sorted(set(data) - allowed):
        errors.add(
            data.line_of(key),
            f"unknown key {key!r} in {what} (allowed: {', '.join(sorted(allowed))})",
        )
    return True


def _terms(errors: SchemaErrors, value: Any, what: str, line: int) -> None:
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(t, str) and t.strip() for t in value)
    ):
        errors.add(line, f"{what} must be a non-empty list of terms")


def _choice(errors: SchemaErrors, entry: LineDict, key: str, allowed: tuple[str, ...]) -> None:
    if key in entry and entry[key] not in allowed:
        errors.add(entry.line_of(key), f"{key} {entry[key]!r} is not one of: {', '.join(allowed)}")


def check_entry(errors: SchemaErrors, entry: Any, line: int) -> None:
    """Record every schema problem of one entry."""
    if not _keys(errors, entry, ENTRY_KEYS, "an entry", line):
        return
    for key in REQUIRED:
        if key not in entry:
            errors.add(entry.line, f"missing required key {key!r}")
    if "id" in entry and not (isinstance(entry["id"], str) and ID_FORM.fullmatch(entry["id"])):
        errors.add(entry.line_of("id"), "id must be lowercase letters, digits and hyphens")
    about = entry.get("about")
    if about is not None and _keys(errors, about, ABOUT_KEYS, "about", entry.line_of("about")):
        for key in ("intervention", "condition"):
            _terms(errors, about.get(key), f"about.{key}", about.line_of(key))
        for key in ("outcome", "comparator"):
            if key in about:
                _terms(errors, about[key], f"about.{key}", about.line_of(key))
    for figure in entry.get("figures") or []:
        _check_figure(errors, figure, entry.line_of("figures"))
    evidence = entry.get("evidence")
    if evidence is not None and _keys(
        errors, evidence, EVIDENCE_KEYS, "evidence", entry.line_of("evidence")
    ):
        if evidence.get("level") not in EVIDENCE_LEVELS:
            errors.add(
                evidence.line_of("level"),
                f"evidence level must be one of: {', '.join(EVIDENCE_LEVELS)}",
            )
        if "size" in evidence and not isinstance(evidence["size"], int):
            errors.add(evidence.line_of("size"), "evidence size must be a whole number")
    _choice(errors, entry, "max_strength", STRENGTHS)
    _choice(errors, entry, "efficacy", EFFICACY)
    _choice(errors, entry, "status", STATUS)
    _choice(errors, entry, "relation", RELATIONS)
    if entry.get("relation") in RELATIONS and entry.get("max_strength") != "none":
        errors.add(
            entry.line_of("relation"),
            "an entry whose relation is refuted or unsupported needs max_strength none",
        )
    sources = entry.get("sources")
    if "sources" in entry and (not isinstance(sources, list) or not sources):
        errors.add(entry.line_of("sources"), "sources must be a non-empty list")
    for source in sources if isinstance(sources, list) else []:
        _check_source(errors, source, entry.line_of("sources"))
    if "reviewed" in entry and not _iso_date(entry["reviewed"]):
        errors.add(entry.line_of("reviewed"), "reviewed must be an ISO date (YYYY-MM-DD)")


def _iso_date(value: Any) -> bool:
    if isinstance(value, datetime.date):
        return True
    try:
        datetime.date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


def _check_figure(errors: SchemaErrors, figure: Any, line: int) -> None:
    if not _keys(errors, figure, FIGURE_KEYS, "a figure", line):
        return
    if not isinstance(figure.get("outcome"), str):
        errors.add(figure.line, "a figure needs an outcome")
    value, span = figure.get("value"), figure.get("range")
    if (value is None) == (span is None):
        errors.add(figure.line, "a figure needs exactly one of value or range")
    if value is not None and not isinstance(value, int | float):
        errors.add(figure.line_of("value"), "value must be a number")
    if span is not None and not (
        isinstance(span, list) and len(span) == 2 and all(isinstance(v, int | float) for v in span)
    ):
        errors.add(figure.line_of("range"), "range must be [low, high]")


def _check_source(errors: SchemaErrors, source: Any, line: int) -> None:
    if not _keys(errors, source, set(SOURCE_FORMS), "a source", line):
        return
    if not source:
        errors.add(source.line or line, "a source needs at least one key")
    for key, form in SOURCE_FORMS.items():
        if key in source and form is not None and not form.fullmatch(str(source[key]).strip()):
            errors.add(source.line_of(key), f"malformed {key} {source[key]!r}")
