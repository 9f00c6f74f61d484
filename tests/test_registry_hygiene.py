"""Hygiene tests for the bundled registry of sourced claims (claims/*.yaml).

Like a dictionary project's tests: they read the YAML directly (not through linter.registry.entries),
so they check the data whatever the loader does; the allowed keys and values come from
linter.registry.schema, which claims/README.md documents.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
import yaml

from linter.registry import schema

CLAIMS = Path(__file__).resolve().parents[1] / "claims"
README = CLAIMS / "README.md"

# The schema's tables, from the module `healthlint claims validate` uses: one source of truth.
ENTRY_KEYS = schema.ENTRY_KEYS
ABOUT_KEYS = schema.ABOUT_KEYS
FIGURE_KEYS = schema.FIGURE_KEYS
EVIDENCE_KEYS = schema.EVIDENCE_KEYS
SOURCE_KEYS = set(schema.SOURCE_FORMS)
EVIDENCE_LEVELS = set(schema.EVIDENCE_LEVELS)
STRENGTHS = set(schema.STRENGTHS)
EFFICACY = set(schema.EFFICACY)
STATUS = set(schema.STATUS)

ID_FORM = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
DOI_FORM = re.compile(r"10\.\d{4,9}/\S+")
PMID_FORM = re.compile(r"\d+")
PMCID_FORM = re.compile(r"PMC\d+")
NCT_FORM = re.compile(r"NCT\d{8}")
URL_FORM = re.compile(r"https?://\S+")
TIMEFRAME_FORM = re.compile(r"\d+(?:\.\d+)? (?:days|weeks|months|years)")


def _files() -> list[Path]:
    return sorted(CLAIMS.glob("*.yaml"))


def _load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


FILES = _files()
DATA = {path.name: _load(path) for path in FILES}
ENTRIES = [(name, entry) for name, entries in DATA.items() for entry in entries or []]


def _where(name: str, entry: dict[str, Any]) -> str:
    return f"{name}:{entry.get('id', '?')}"


def _problems(check) -> list[str]:  # type: ignore[no-untyped-def]
    """Run `check(name, entry)` over every entry and collect the messages it yields."""
    return [
        f"{_where(name, entry)}: {message}"
        for name, entry in ENTRIES
        for message in check(name, entry)
    ]


def test_there_are_registry_files() -> None:
    assert FILES, f"no registry files in {CLAIMS}"
    assert ENTRIES, "the registry files hold no entries"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_is_a_list_of_mappings(path: Path) -> None:
    data = _load(path)
    assert isinstance(data, list), f"{path.name} must be a list of entries"
    assert all(isinstance(entry, dict) for entry in data), f"{path.name}: every entry is a mapping"


def test_ids_are_unique_across_files() -> None:
    counts = Counter(entry.get("id") for _, entry in ENTRIES)
    assert [i for i, n in counts.items() if n > 1] == []


def test_id_format() -> None:
    def check(name: str, entry: dict[str, Any]):  # type: ignore[no-untyped-def]
        if not (isinstance(entry.get("id"), str) and ID_FORM.fullmatch(entry["id"])):
            yield "id must be lowercase letters, digits and single hyphens"

    assert _problems(check) == []


def test_required_keys() -> None:
    def check(name: str, entry: dict[str, Any]):  # type: ignore[no-untyped-def]
        for key in ("id", "statement", "max_strength", "sources", "reviewed"):
            if entry.get(key) in (None, "", []):
                yield f"missing {key}"
        about = entry.get("about") or {}
        for key in ("intervention", "condition"):
            terms = about.get(key)
            if not (
                isinstance(terms, list)
                and terms
                and all(isinstance(t, str) and t.strip() for t in terms)
            ):
                yield f"about.{key} must be a non-empty list of terms"
        if "outcome" in about and not (isinstance(about["outcome"], list) and about["outcome"]):
            yield "about.outcome, when present, must be a non-empty list"
        if not (entry.get("evidence") or {}).get("level"):
            yield "missing evidence.level"
        if not isinstance(entry.get("statement", ""), str):
            yield "statement must be text"

    assert _problems(check) == []


def test_only_keys_the_readme_allows() -> None:
    def check(name: str, entry: dict[str, Any]):  # type: ignore[no-untyped-def]
        for where, data, allowed in (
            ("entry", entry, ENTRY_KEYS),
            ("about", entry.get("about") or {}, ABOUT_KEYS),
            ("evidence", entry.get("evidence") or {}, EVIDENCE_KEYS),
            *(("figure", f, FIGURE_KEYS) for f in entry.get("figures") or []),
            *(("source", s, SOURCE_KEYS) for s in entry.get("sources") or []),
        ):
            if not isinstance(data, dict):
                yield f"{where} must be a mapping"
                continue
            for key in sorted(set(data) - allowed):
                yield f"unknown key {key!r} in {where}"

    assert _problems(check) == []


def test_every_source_has_a_key() -> None:
    def check(name: str, entry: dict[str, Any]):  # type: ignore[no-untyped-def]
        sources = entry.get("sources")
        if not isinstance(sources, list) or not sources:
            yield "sources must be a non-empty list"
            return
        for number, source in enumerate(sources, 1):
            if not source:
                yield f"source {number} is empty"

    assert _problems(check) == []


def test_source_identifiers_are_well_formed() -> None:
    def check(name: str, entry: dict[str, Any]):  # type: ignore[no-untyped-def]
        for source in entry.get("sources") or []:
            for key, form in (
                ("doi", DOI_FORM),
                ("pmid", PMID_FORM),
                ("pmcid", PMCID_FORM),
                ("nct", NCT_FORM),
                ("url", URL_FORM),
            ):
                value = source.get(key)
                if value is None:
                    continue
                if isinstance(value, bool) or not form.fullmatch(str(value)):
                    yield f"malformed {key} {value!r}"
            doi = str(source.get("doi", ""))
            if doi.lower().startswith(("http", "doi:")):
                yield f"doi {doi!r} must not carry a prefix"

    assert _problems(check) == []


def test_source_years_are_plausible() -> None:
    this_year = datetime.date.today().year

    def check(name: str, entry: dict[str, Any]):  # type: ignore[no-untyped-def]
        for source in entry.get("sources") or []:
            if "year" not in source:
                continue
            year = source["year"]
            if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= this_year:
                yield f"implausible year {year!r}"

    assert _problems(check) == []


def test_reviewed_is_a_past_iso_date() -> None:
    today = datetime.date.today()

    def check(name: str, entry: dict[str, Any]):  # type: ignore[no-untyped-def]
        reviewed = entry.get("reviewed")
        # yaml.safe_load turns an unquoted YYYY-MM-DD into a date; a datetime is not wanted either.
        if not isinstance(reviewed, datetime.date) or isinstance(reviewed, datetime.datetime):
            yield f"reviewed {reviewed!r} is not an ISO date (YYYY-MM-DD)"
        elif reviewed > today:
            yield f"reviewed {reviewed} is in the future"

    assert _problems(check) == []


def test_enumerated_values() -> None:
    def check(name: str, entry: dict[str, Any]):  # type: ignore[no-untyped-def]
        level = (entry.get("evidence") or {}).get("level")
        if level not in EVIDENCE_LEVELS:
            yield f"evidence.level {level!r}"
        if entry.get("max_strength") not in STRENGTHS:
            yield f"max_strength {entry.get('max_strength')!r}"
        for key, allowed in (("efficacy", EFFICACY), ("status", STATUS)):
            if key in entry and entry[key] not in allowed:
                yield f"{key} {entry[key]!r}"
        size = (entry.get("evidence") or {}).get("size")
        if size is not None and (isinstance(size, bool) or not isinstance(size, int) or size < 0):
            yield f"evidence.size {size!r} must be a whole number"

    assert _problems(check) == []


def test_nothing_is_absolute() -> None:
    """No evidence supports "cures", "guarantees" or "100% effective"."""
    assert [_where(n, e) for n, e in ENTRIES if e.get("max_strength") == "absolute"] == []


def test_figures_are_well_formed() -> None:
    def check(name: str, entry: dict[str, Any]):  # type: ignore[no-untyped-def]
        for figure in entry.get("figures") or []:
            if not isinstance(figure, dict):
                continue  # reported by test_only_keys_the_readme_allows
            if not (isinstance(figure.get("outcome"), str) and figure["outcome"].strip()):
                yield f"figure without an outcome: {figure}"
            value, span = figure.get("value"), figure.get("range")
            if (value is None) == (span is None):
                yield f"figure needs exactly one of value or range: {figure}"
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int | float)
            ):
                yield f"figure value {value!r} is not a number"
            if span is not None and not (
                isinstance(span, list)
                and len(span) == 2
                and all(isinstance(v, int | float) and not isinstance(v, bool) for v in span)
                and span[0] <= span[1]
            ):
                yield f"figure range {span!r} must be [low, high]"
            timeframe = figure.get("timeframe")
            if timeframe is not None and not TIMEFRAME_FORM.fullmatch(str(timeframe)):
                yield f"timeframe {timeframe!r} is not '<number> <days|weeks|months|years>'"

    assert _problems(check) == []


def test_contested_by_names_other_existing_entries() -> None:
    known = {entry.get("id") for _, entry in ENTRIES}

    def check(name: str, entry: dict[str, Any]):  # type: ignore[no-untyped-def]
        contested_by = entry.get("contested_by")
        if contested_by is None:
            return
        if not isinstance(contested_by, list):
            yield "contested_by must be a list of ids"
            return
        for other in contested_by:
            if other == entry.get("id"):
                yield "contested_by names the entry itself"
            elif other not in known:
                yield f"contested_by names unknown id {other!r}"

    assert _problems(check) == []


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_entries_are_sorted_by_id(path: Path) -> None:
    """A stable order: entries within a file are sorted by id, so diffs and merges stay small."""
    ids = [entry.get("id", "") for entry in _load(path) or []]
    assert ids == sorted(ids)


def _fold(term: str) -> str:
    return " ".join(term.casefold().replace("-", " ").split())


def _figure_keys(entry: dict[str, Any]) -> dict[tuple[str, str | None], list[str | None]]:
    """(outcome, timeframe) -> the populations of the entry's figures for it."""
    keys: dict[tuple[str, str | None], list[str | None]] = {}
    for figure in entry.get("figures") or []:
        timeframe = figure.get("timeframe")
        key = (_fold(str(figure.get("outcome", ""))), _fold(str(timeframe)) if timeframe else None)
        population = figure.get("population")
        keys.setdefault(key, []).append(_fold(str(population)) if population else None)
    return keys


def _share_a_triple(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Both entries own some (intervention, condition, outcome) term triple.

    An entry without outcome terms matches any outcome, so it shares every outcome term.
    """

    def terms(entry: dict[str, Any], key: str) -> set[str]:
        return {_fold(t) for t in (entry.get("about") or {}).get(key) or []}

    if not (terms(a, "intervention") & terms(b, "intervention")):
        return False
    if not (terms(a, "condition") & terms(b, "condition")):
        return False
    outcomes_a, outcomes_b = terms(a, "outcome"), terms(b, "outcome")
    return not outcomes_a or not outcomes_b or bool(outcomes_a & outcomes_b)


def test_no_ambiguous_figures() -> None:
    """No figure that a sentence could match in two entries without a way to tell them apart.

    The strict rule would be: no (intervention term, condition term, outcome term) triple owned
    by two entries that both have figures for the same outcome and timeframe. Real data breaks
    it for good reasons: two HSCT-in-lupus case series report remission at 6 months (92% after
    one conditioning regimen, 66% in the EBMT registry), and CDC (18%) and SEER (18.4%) both
    give 5-year relative survival for lung cancer from different data years.

    So this tests the weaker rule: when two entries share a triple and a figure's (outcome,
    timeframe), every such figure in both entries states a population, and no population is
    the same in both, so a checker (and a reader) can tell which study a number belongs to.
    Two entries claiming the same figure for the same population, or leaving the population
    out, fail.
    """
    keyed = [(name, entry, _figure_keys(entry)) for name, entry in ENTRIES]
    problems = []
    for (name_a, a, keys_a), (name_b, b, keys_b) in combinations(keyed, 2):
        common = set(keys_a) & set(keys_b)
        if not common or not _share_a_triple(a, b):
            continue
        for key in sorted(common, key=str):
            pops_a, pops_b = keys_a[key], keys_b[key]
            if None in pops_a or None in pops_b or set(pops_a) & set(pops_b):
                problems.append(f"{_where(name_a, a)} and {_where(name_b, b)}: {key}")
    assert problems == []


def _readme_section(heading: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(heading)
    end = text.find("\n#", start + len(heading))
    return text[start : end if end != -1 else None]


def test_schema_here_matches_the_readme() -> None:
    """The key and level tables above are the README's, so the two cannot drift apart."""
    sources = set(re.findall(r"`([a-z_]+)`", _readme_section("### Keys of a source")))
    assert sources == SOURCE_KEYS
    levels = set(re.findall(r"`([a-z0-9-]+)`", _readme_section("### Evidence levels")))
    assert levels == EVIDENCE_LEVELS
    strengths = set(re.findall(r"`([a-z]+)`", _readme_section("### Strength")))
    assert strengths >= STRENGTHS
