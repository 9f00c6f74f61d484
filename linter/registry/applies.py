"""Whether a registry entry applies to a sentence, before anything is compared with it.

An entry applies when the sentence's own claim names its intervention or exposure, its
condition at the entry's level of specificity, a population the entry's evidence covers, and
(for an entry about a comparison) its comparator. "Lung cancer" meets lung-cancer entries and
not the all-sites one; "childhood cancer" and "metastatic breast cancer" meet neither. The
document's topic stands in for the condition only where the sentence names no condition of
its own. Where several entries apply, the most specific condition wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from linter.registry.entries import Entry, Mention, Registry
from linter.registry.narrowing import narrowed_for, undescribed
from linter.registry.text import fold, folded, standalone, word_before
from linter.registry.words import is_function_word, populations_in, registry_words


@dataclass(frozen=True)
class Reading:
    """What one sentence names, in the registry's terms."""

    text: str
    interventions: tuple[Mention, ...]
    conditions: tuple[Mention, ...]
    outcomes: tuple[Mention, ...]
    comparators: tuple[Mention, ...]
    other_condition: bool  # a condition word no registry term covers ("diabetes", "-itis")
    populations: frozenset[str]

    @property
    def names_condition(self) -> bool:
        return bool(self.conditions) or self.other_condition


@dataclass(frozen=True)
class Applied:
    """An entry that applies to a sentence, and the words that make it apply."""

    entry: Entry
    intervention: Mention
    condition: Mention | None  # None: from the document's topic, or an every-condition entry
    intervention_narrowed: bool  # "allogeneic HSCT" for an entry on autologous HSCT

    @property
    def explicit(self) -> bool:
        """The sentence names the condition itself (or the entry is about every condition)."""
        return self.condition is not None or self.entry.any_condition


def read(text: str, registry: Registry) -> Reading:
    """The registry terms, other condition words and population groups of a sentence."""
    view = folded(text)
    conditions = tuple(registry.conditions.mentions(view))
    covered = [(m.start, m.end) for m in conditions]
    pattern = registry_words().condition
    other = pattern is not None and any(
        not any(s <= m.start() < e for s, e in covered) for m in pattern.finditer(text)
    )
    return Reading(
        text=text,
        interventions=tuple(
            m for m in registry.interventions.mentions(view) if standalone(text, m.start, m.end)
        ),
        conditions=conditions,
        outcomes=tuple(registry.outcomes.mentions(view)),
        comparators=tuple(registry.comparators.mentions(view)),
        other_condition=other,
        populations=frozenset(populations_in(text)),
    )


@cache
def _entry_populations(entry: Entry) -> frozenset[str]:
    parts = [entry.statement, *(str(f.get("population", "")) for f in entry.figures)]
    return frozenset(populations_in(" ".join(parts)))


def _covers_population(reading: Reading, entry: Entry) -> bool:
    return entry.relation is not None or reading.populations <= _entry_populations(entry)


def _head(term: str) -> str:
    return fold(term).split()[-1].rstrip("s")


def _content(term: str) -> frozenset[str]:
    return frozenset(w.rstrip("s") for w in fold(term).split() if not is_function_word(w))


def _more_specific(a: Mention, b: Mention) -> bool:
    """a names the same kind of condition as b, narrowed: "lung cancer" against "all cancers"."""
    return _head(a.term) == _head(b.term) and _content(b.term) < _content(a.term)


def applicable(reading: Reading, registry: Registry, topic: frozenset[str]) -> list[Applied]:
    """The entries that apply to the sentence, each once, the most specific where they nest."""
    found: dict[str, Applied] = {}
    compared = {i for m in reading.comparators for i in m.ids}
    for mention in reading.interventions:
        for entry_id in sorted(mention.ids):
            if entry_id in found:
                continue
            entry = registry.entries[entry_id]
            named = [
                c
                for c in reading.conditions
                if entry_id in c.ids and not narrowed_for(reading.text, c, entry)
            ]
            condition = min(named, key=lambda c: abs(c.start - mention.start), default=None)
            # The topic stands in only where the sentence names no condition of its own.
            if (
                condition is None
                and not entry.any_condition
                and (reading.names_condition or entry_id not in topic)
            ):
                continue
            if entry.comparators and entry_id not in compared:
                continue
            if not entry.comparators and compared & mention.ids:
                continue  # the sentence compares with something this entry did not
            if not _covers_population(reading, entry):
                continue
            before = word_before(reading.text, mention.start)
            intervention_narrowed = bool(
                before
                and fold(before).rstrip("s") in registry.intervention_words
                and undescribed(before, entry)
            )
            found[entry_id] = Applied(entry, mention, condition, intervention_narrowed)
    applied = list(found.values())
    return [
        a
        for a in applied
        if not (
            a.condition is not None
            and any(
                b.condition is not None and _more_specific(b.condition, a.condition)
                for b in applied
            )
        )
    ]
