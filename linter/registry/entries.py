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
from linter.errors import ConfigError, ConfigErrors
from linter.registry.narrowing import narrowed
from linter.registry.schema import (
    ANY_CONDITION,
    EVIDENCE_RANK,
    STRENGTHS,
    SchemaErrors,
    check_entry,
)
from linter.registry.text import Folded, fold, folded, norm_term
from linter.registry.topic import condition_counts, most_named


@dataclass(frozen=True, eq=False)  # one object per entry: compared and hashed by identity
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
    relation: str | None
    comparators: tuple[str, ...]
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

    @property
    def any_condition(self) -> bool:
        """An entry about every condition (homeopathy works for none)."""
        return any(norm_term(c) == ANY_CONDITION for c in self.conditions)

    @property
    def no_results(self) -> bool:
        """Withdrawn, retracted, or a registered trial with no results: never a source to cite."""
        return (
            self.status in ("withdrawn", "retracted") or self.evidence_level == "trial-registration"
        )

    @property
    def description(self) -> str:
        """Everything the entry says about whom its evidence concerns, folded."""
        parts = [self.statement, *(str(f.get("population", "")) for f in self.figures)]
        return fold(" ".join(parts))


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
        relation=data.get("relation"),
        comparators=tuple(about.get("comparator") or ()),
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
        for index, item in enumerate(data):
            before = len(errors.problems)
            line_of = getattr(data, "line_of", None)
            line = getattr(item, "line", 0) or (line_of(index) if line_of else 1)
            check_entry(errors, item, line)
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


def _is_abbreviation(term: str) -> bool:
    return len(term) >= 2 and term.isupper() and term.replace("-", "").isalnum()


@dataclass(frozen=True)
class Mention:
    """A registry term found in a text: the entries that own it and where it is."""

    term: str  # the term as indexed (folded, or the abbreviation as written)
    ids: frozenset[str]
    start: int  # characters of the original text
    end: int


@dataclass
class TermIndex:
    """Every term of one kind (intervention, condition, outcome, comparator) in one pattern."""

    folded: dict[str, set[str]] = field(default_factory=dict)  # folded term -> entry ids
    capitals: dict[str, set[str]] = field(default_factory=dict)  # abbreviation -> entry ids

    def add(self, term: str, entry_id: str) -> None:
        if _is_abbreviation(term):
            self.capitals.setdefault(term, set()).add(entry_id)
            return
        folded_term = norm_term(term)
        self.folded.setdefault(folded_term, set()).add(entry_id)
        if re.search(r"[^aeiou]y$", folded_term):  # remedy, remedies
            self.folded.setdefault(folded_term[:-1] + "ies", set()).add(entry_id)

    def compile(self) -> None:
        def union(terms: Iterable[str]) -> re.Pattern[str] | None:
            ordered = sorted(terms, key=len, reverse=True)
            if not ordered:
                return None
            body = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in ordered)
            return re.compile(rf"(?<!\w)(?P<term>{body})(?:s|es)?(?!\w)")

        self._folded = union(self.folded)
        self._capitals = union(self.capitals)

    def mentions(self, text: Folded) -> list[Mention]:
        """Every term in the text, as words (the longest at each place), in order."""
        found: list[Mention] = []
        if self._folded is not None:
            for m in self._folded.finditer(text.folded):
                term = " ".join(m.group("term").split())
                start, end = text.span(m.start(), m.end())
                found.append(Mention(term, frozenset(self.folded[term]), start, end))
        if self._capitals is not None:
            for m in self._capitals.finditer(text.text):
                term = m.group("term")
                found.append(Mention(term, frozenset(self.capitals[term]), m.start(), m.end()))
        return sorted(found, key=lambda m: (m.start, -m.end))

    def any_in(self, text: str) -> bool:
        """Whether any term is in the text (quick: no positions)."""
        return bool(
            (self._folded is not None and self._folded.search(fold(text)))
            or (self._capitals is not None and self._capitals.search(text))
        )

    def ids_in(self, text: str, folded_text: str | None = None) -> set[str]:
        return {i for m in self.mentions(folded(text)) for i in m.ids}


class Registry:
    """Loaded entries and the term indexes used to match them."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = {e.id: e for e in entries}
        self.interventions, self.conditions = TermIndex(), TermIndex()
        self.outcomes, self.comparators = TermIndex(), TermIndex()
        for e in entries:
            for index, terms in (
                (self.interventions, e.interventions),
                (self.conditions, () if e.any_condition else e.conditions),
                (self.outcomes, e.outcomes),
                (self.comparators, e.comparators),
            ):
                for term in terms:
                    index.add(term, e.id)
        for index in (self.interventions, self.conditions, self.outcomes, self.comparators):
            index.compile()
        # Every word of every intervention term: "allogeneic" before "HSCT" names another kind.
        self.intervention_words = frozenset(
            w.rstrip("s") for e in entries for t in e.interventions for w in fold(t).split()
        )

    def topic_ids(self, title: str, texts: Iterable[str]) -> frozenset[str]:
        """Entries whose condition is the document's topic: named in its title or first
        heading, else the condition the `texts` (the blocks', read as joined by spaces) name
        most (three times or more, and at least twice as often as any other registry
        condition), counted over runs of them (linter/registry/topic.py). A condition word
        narrowed by another word ("childhood cancer") is not the condition it narrows."""
        in_title = [
            m for m in self.conditions.mentions(folded(title)) if not narrowed(title, m, self)
        ]
        if in_title:
            return frozenset(i for m in in_title for i in m.ids)
        return most_named(condition_counts(self, texts))

    def match(self, sentence: str, topic_ids: frozenset[str] = frozenset()) -> list[Entry]:
        """Entries whose intervention is in the sentence and condition in it or the topic
        (terms only; whether an entry applies is linter/registry/applies.py's question)."""
        text = folded(sentence)
        ids = {i for m in self.interventions.mentions(text) for i in m.ids}
        if not ids:
            return []
        named = {i for m in self.conditions.mentions(text) for i in m.ids}
        named |= {i for i in ids if self.entries[i].any_condition}
        return [self.entries[i] for i in sorted(ids & (named | topic_ids))]


def load_registry(extra: Iterable[Path] = (), builtin: bool = True) -> Registry:
    """The registry from the bundled files and a user's; any schema error is raised (exit 2)."""
    paths = [*(builtin_files() if builtin else []), *extra]
    entries, problems = validate_files(paths)
    if problems:  # every problem, one line each, as `claims validate` reports them
        raise problems[0] if len(problems) == 1 else ConfigErrors(problems)
    return Registry(entries)


@cache
def default_registry() -> Registry:
    return load_registry()
