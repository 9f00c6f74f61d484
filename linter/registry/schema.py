"""The registry schema: allowed keys, enumerations and identifier forms (see claims/README.md)."""

from __future__ import annotations

import datetime
import math
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
        problem = ConfigError(self.path, message, line)
        if str(problem) not in {str(p) for p in self.problems}:  # one line per problem
            self.problems.append(problem)


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
    if key in entry and not (isinstance(entry[key], str) and entry[key] in allowed):
        errors.add(entry.line_of(key), f"{key} {entry[key]!r} is not one of: {', '.join(allowed)}")


def _text(errors: SchemaErrors, data: LineDict, key: str, what: str) -> None:
    """A key whose value must be non-empty text, if present."""
    if key in data and not (isinstance(data[key], str) and data[key].strip()):
        errors.add(data.line_of(key), f"{what} must be text")


def _number(value: Any) -> bool:
    """An int or float, not a bool (YAML's `true` is no number of participants)."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def check_entry(errors: SchemaErrors, entry: Any, line: int) -> None:
    """Record every schema problem of one entry."""
    if not _keys(errors, entry, ENTRY_KEYS, "an entry", line):
        return
    for key in REQUIRED:
        if key not in entry:
            errors.add(entry.line, f"missing required key {key!r}")
    if "id" in entry and not (isinstance(entry["id"], str) and ID_FORM.fullmatch(entry["id"])):
        errors.add(entry.line_of("id"), "id must be lowercase letters, digits and hyphens")
    _text(errors, entry, "statement", "statement")
    _text(errors, entry, "notes", "notes")
    contested = entry.get("contested_by")
    if "contested_by" in entry and not (
        isinstance(contested, list)
        and all(isinstance(i, str) and ID_FORM.fullmatch(i) for i in contested)
    ):
        errors.add(entry.line_of("contested_by"), "contested_by must be a list of entry ids")
    about = entry.get("about")
    if "about" in entry and _keys(errors, about, ABOUT_KEYS, "about", entry.line_of("about")):
        for key in ("intervention", "condition"):
            _terms(errors, about.get(key), f"about.{key}", about.line_of(key))
        for key in ("outcome", "comparator"):
            if key in about:
                _terms(errors, about[key], f"about.{key}", about.line_of(key))
    figures = entry.get("figures")
    if "figures" in entry and not isinstance(figures, list):
        errors.add(entry.line_of("figures"), "figures must be a list of figures")
    for index, figure in enumerate(figures if isinstance(figures, list) else []):
        _check_figure(errors, figure, _item_line(figures, index, entry.line_of("figures")))
    evidence = entry.get("evidence")
    if "evidence" in entry and _keys(
        errors, evidence, EVIDENCE_KEYS, "evidence", entry.line_of("evidence")
    ):
        if evidence.get("level") not in EVIDENCE_LEVELS:
            errors.add(
                evidence.line_of("level"),
                f"evidence level must be one of: {', '.join(EVIDENCE_LEVELS)}",
            )
        size = evidence.get("size")
        if "size" in evidence and not (_number(size) and isinstance(size, int) and size >= 0):
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
    for index, source in enumerate(sources if isinstance(sources, list) else []):
        _check_source(errors, source, _item_line(sources, index, entry.line_of("sources")))
    if "reviewed" in entry and not _iso_date(entry["reviewed"]):
        errors.add(entry.line_of("reviewed"), "reviewed must be an ISO date (YYYY-MM-DD)")


def _item_line(items: Any, index: int, default: int) -> int:
    """The line of a list's item (a user's file records it), else the list's key's line."""
    line_of = getattr(items, "line_of", None)
    return line_of(index) if line_of is not None else default


def _iso_date(value: Any) -> bool:
    if isinstance(value, datetime.datetime):
        return False  # a date and a time: not what `reviewed` records
    if isinstance(value, datetime.date):
        return True
    if not isinstance(value, str):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _check_figure(errors: SchemaErrors, figure: Any, line: int) -> None:
    if not _keys(errors, figure, FIGURE_KEYS, "a figure", line):
        return
    if not (isinstance(figure.get("outcome"), str) and figure["outcome"].strip()):
        errors.add(figure.line_of("outcome"), "a figure needs an outcome (text)")
    for key in ("unit", "timeframe", "population", "comparator"):
        _text(errors, figure, key, f"a figure's {key}")
    value, span = figure.get("value"), figure.get("range")
    if (value is None) == (span is None):
        errors.add(figure.line, "a figure needs exactly one of value or range")
    if value is not None and not (_number(value) and math.isfinite(value)):
        errors.add(figure.line_of("value"), "value must be a number")
    if span is not None and not (
        isinstance(span, list)
        and len(span) == 2
        and all(_number(v) and math.isfinite(v) for v in span)
        and span[0] <= span[1]
    ):
        errors.add(figure.line_of("range"), "range must be [low, high]")


def _check_source(errors: SchemaErrors, source: Any, line: int) -> None:
    if not _keys(errors, source, set(SOURCE_FORMS), "a source", line):
        return
    if not source:
        errors.add(source.line or line, "a source needs at least one key")
    for key, form in SOURCE_FORMS.items():
        if key not in source:
            continue
        value = source[key]
        if not (isinstance(value, str) and value.strip()) and not (
            key in ("year", "pmid") and _number(value) and isinstance(value, int)
        ):
            errors.add(source.line_of(key), f"a source's {key} must be text")
        elif form is not None and not form.fullmatch(str(value).strip()):
            errors.add(source.line_of(key), f"malformed {key} {value!r}")
