"""The registry of sourced claims: load and validate YAML entries, match them to sentences."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from linter.config.resources import data_dir
from linter.config.yamlio import LineDict, load_yaml_file
from linter.errors import ConfigError
from linter.registry.schema import EVIDENCE_RANK, STRENGTHS, SchemaErrors, check_entry


@dataclass(frozen=True)
class Entry:
    """One registry entry (see claims/README.md)."""

    id: str
    statement: str
    interventions: tuple[str, ...]
    conditions: tuple[str, ...]
    outcomes: tuple[str, ...]
    figures: tuple[dict[str, Any], ...]
    evidence_level: str
    evidence_size: int | None
    max_strength: str
    efficacy: str | None
    status: str | None
    contested_by: tuple[str, ...]
    sources: tuple[dict[str, Any], ...]
    reviewed: str
    notes: str | None
    path: str
    line: int

    @property
    def strength_rank(self) -> int:
        return STRENGTHS.index(self.max_strength)

    @property
    def evidence_rank(self) -> int:
        return EVIDENCE_RANK[self.evidence_level]  # validated on load


def _entry(data: LineDict, path: str) -> Entry:
    about, evidence = data["about"], data["evidence"]
    return Entry(
        id=data["id"],
        statement=" ".join(str(data["statement"]).split()),
        interventions=tuple(about["intervention"]),
        conditions=tuple(about["condition"]),
        outcomes=tuple(about.get("outcome") or ()),
        figures=tuple(dict(f) for f in data.get("figures") or ()),
        evidence_level=evidence["level"],
        evidence_size=evidence.get("size"),
        max_strength=data["max_strength"],
        efficacy=data.get("efficacy"),
        status=data.get("status"),
        contested_by=tuple(data.get("contested_by") or ()),
        sources=tuple(dict(s) for s in data["sources"]),
        reviewed=str(data["reviewed"]),
        notes=" ".join(str(data["notes"]).split()) if data.get("notes") else None,
        path=path,
        line=data.line,
    )


def validate_files(paths: Iterable[Path]) -> tuple[list[Entry], list[ConfigError]]:
    """Every entry that is valid, and every problem found (file:line), across all files."""
    entries: list[Entry] = []
    problems: list[ConfigError] = []
    seen: dict[str, str] = {}
    for path in paths:
        errors = SchemaErrors(str(path))
        try:
            data = load_yaml_file(path)
        except ConfigError as exc:
            problems.append(exc)
            continue
        if data is None:
            continue
        if not isinstance(data, list):
            errors.add(1, "a registry file must be a list of entries")
            data = []
        for item in data:
            before = len(errors.problems)
            check_entry(errors, item, getattr(item, "line", 1))
            if len(errors.problems) > before:
                continue
            if item["id"] in seen:
                errors.add(
                    item.line_of("id"), f"duplicate id {item['id']!r} (first in {seen[item['id']]})"
                )
                continue
            seen[item["id"]] = f"{path}:{item.line}"
            entries.append(_entry(item, str(path)))
        problems += errors.problems
    known = {e.id for e in entries}
    for entry in entries:
        for other in entry.contested_by:
            if other not in known:
                problems.append(
                    ConfigError(entry.path, f"contested_by names unknown id {other!r}", entry.line)
                )
    return entries, problems


def builtin_files() -> list[Path]:
    return sorted(data_dir("claims").glob("*.yaml"))


# Spelling variants folded before matching: both the terms and the sentence are folded.
_FOLDS = (
    (re.compile(r"haem"), "hem"),
    (re.compile(r"paed"), "ped"),
    (re.compile(r"oe(?=[a-z])"), "e"),
    (re.compile(r"isation"), "ization"),
    (re.compile(r"(?<=\w{3})is(e|ed|es|ing)\b"), r"iz\1"),
    (re.compile(r"(?<=\w{2})our\b"), "or"),
    (re.compile(r"[-‐‑/]"), " "),
    (re.compile(r"[’']s\b"), ""),
)


def fold(text: str) -> str:
    """Lower case, hyphens as spaces, British spellings as American."""
    text = text.lower()
    for pattern, replacement in _FOLDS:
        text = pattern.sub(replacement, text)
    return text


def _is_abbreviation(term: str) -> bool:
    return len(term) >= 2 and term.isupper() and term.replace("-", "").isalnum()


@dataclass
class TermIndex:
    """Every term of one kind (intervention, condition, outcome) compiled into one pattern."""

    folded: dict[str, set[str]] = field(default_factory=dict)  # folded term -> entry ids
    capitals: dict[str, set[str]] = field(default_factory=dict)  # abbreviation -> entry ids
    # A condition term holds the shorter ones inside it: "lupus nephritis" is lupus too. An
    # intervention does not: "mesenchymal stem cell transplant" is not a "stem cell transplant".
    nested: bool = False

    def add(self, term: str, entry_id: str) -> None:
        if _is_abbreviation(term):
            self.capitals.setdefault(term, set()).add(entry_id)
        else:
            self.folded.setdefault(" ".join(fold(term).split()), set()).add(entry_id)

    def compile(self) -> None:
        def union(terms: Iterable[str]) -> re.Pattern[str] | None:
            ordered = sorted(terms, key=len, reverse=True)
            if not ordered:
                return None
            body = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in ordered)
            return re.compile(rf"(?<!\w)(?P<term>{body})(?:s|es)?(?!\w)")

        self._folded = union(self.folded)
        self._capitals = union(self.capitals)
        if self.nested:
            for term in self.folded:
                for inner, ids in list(self.folded.items()):
                    if inner != term and re.search(rf"(?<!\w){re.escape(inner)}(?!\w)", term):
                        self.folded[term] = self.folded[term] | ids

    def ids_in(self, text: str, folded_text: str) -> set[str]:
        ids: set[str] = set()
        for pattern, table, haystack in (
            (self._folded, self.folded, folded_text),
            (self._capitals, self.capitals, text),
        ):
            if pattern is not None:
                for m in pattern.finditer(haystack):
                    ids |= table[" ".join(m.group("term").split())]
        return ids


class Registry:
    """Loaded entries and the term indexes used to match them."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = {e.id: e for e in entries}
        self.interventions, self.outcomes = TermIndex(), TermIndex()
        self.conditions = TermIndex(nested=True)
        for e in entries:
            for index, terms in (
                (self.interventions, e.interventions),
                (self.conditions, e.conditions),
                (self.outcomes, (*e.outcomes, *(f["outcome"] for f in e.figures))),
            ):
                for term in terms:
                    index.add(term, e.id)
        for index in (self.interventions, self.conditions, self.outcomes):
            index.compile()

    def topic_ids(self, title: str, whole_text: str) -> frozenset[str]:
        """Entries whose condition is the document's topic: in its title or named twice."""
        ids = set(self.conditions.ids_in(title, fold(title)))
        counts: dict[str, int] = {}
        for pattern, table, haystack in (
            (self.conditions._folded, self.conditions.folded, fold(whole_text)),
            (self.conditions._capitals, self.conditions.capitals, whole_text),
        ):
            if pattern is None:
                continue
            for m in pattern.finditer(haystack):
                for entry_id in table[" ".join(m.group("term").split())]:
                    counts[entry_id] = counts.get(entry_id, 0) + 1
        ids |= {entry_id for entry_id, n in counts.items() if n >= 2}
        return frozenset(ids)

    def match(self, sentence: str, topic_ids: frozenset[str] = frozenset()) -> list[Entry]:
        """Entries whose intervention is in the sentence and condition in it or the topic."""
        return self.matches(sentence, topic_ids)[0]

    def matches(self, sentence: str, topic_ids: frozenset[str]) -> tuple[list[Entry], list[Entry]]:
        """(entries matched with the topic's help, entries whose condition the sentence names),
        from one pass over the sentence."""
        folded = fold(sentence)
        ids = self.interventions.ids_in(sentence, folded)
        if not ids:
            return [], []
        named = ids & self.conditions.ids_in(sentence, folded)
        return [self.entries[i] for i in sorted(named | (ids & topic_ids))], [
            self.entries[i] for i in sorted(named)
        ]


def load_registry(extra: Iterable[Path] = (), builtin: bool = True) -> Registry:
    """The registry from the bundled files and a user's; any schema error is raised (exit 2)."""
    paths = [*(builtin_files() if builtin else []), *extra]
    entries, problems = validate_files(paths)
    if problems:
        raise problems[0]
    return Registry(entries)


@cache
def default_registry() -> Registry:
    return load_registry()
