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
from functools import cache, lru_cache

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
    other_condition: bool  # a condition word no registry term covers ("symptoms", "diabetes")
    populations: frozenset[str]
    other_named: bool = False  # one that names a condition ("diabetes", "sinusitis")

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
    interventions: tuple[Mention, ...] = ()  # every place the sentence names it

    @property
    def explicit(self) -> bool:
        """The sentence names the condition itself (or the entry is about every condition)."""
        return self.condition is not None or self.entry.any_condition


def read(text: str, registry: Registry, names: tuple[tuple[int, int], ...] = ()) -> Reading:
    """The registry terms, other condition words and population groups of a sentence; `names`
    are the spans of sources it names ("Centers for Disease Control"), which name no condition."""
    view = folded(text)
    conditions = tuple(
        m for m in registry.conditions.mentions(view) if not _inside(m.start, m.end, names)
    )
    interventions = tuple(registry.interventions.mentions(view))
    outcomes = tuple(registry.outcomes.mentions(view))
    covered = [(m.start, m.end) for m in (*conditions, *interventions, *outcomes)] + list(names)
    words = registry_words()
    others = [
        m.group(0)
        for m in (words.condition.finditer(text) if words.condition is not None else ())
        if not any(s <= m.start() < e for s, e in covered)
    ]
    return Reading(
        text=text,
        interventions=tuple(m for m in interventions if standalone(text, m.start, m.end)),
        conditions=conditions,
        outcomes=outcomes,
        comparators=tuple(registry.comparators.mentions(view)),
        other_condition=bool(others),
        populations=frozenset(populations_in(text)),
        other_named=any(words.named_condition.fullmatch(w) for w in others),
    )


def _inside(start: int, end: int, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


@cache
def _entry_populations(entry: Entry) -> frozenset[str]:
    parts = [entry.statement, *(str(f.get("population", "")) for f in entry.figures)]
    return frozenset(populations_in(" ".join(parts)))


def _covers_population(reading: Reading, entry: Entry) -> bool:
    return entry.relation is not None or reading.populations <= _entry_populations(entry)


@lru_cache(maxsize=4096)
def _head(term: str) -> str:
    return fold(term).split()[-1].rstrip("s")


@lru_cache(maxsize=4096)
def _content(term: str) -> frozenset[str]:
    return frozenset(w.rstrip("s") for w in fold(term).split() if not is_function_word(w))


def _more_specific(a: Mention, b: Mention) -> bool:
    """a names the same kind of condition as b, narrowed: "lung cancer" against "all cancers"."""
    return _head(a.term) == _head(b.term) and _content(b.term) < _content(a.term)


def applicable(reading: Reading, registry: Registry, topic: frozenset[str]) -> list[Applied]:
    """The entries that apply to the sentence, each once, the most specific where they nest."""
    found: dict[str, Applied] = {}
    compared = {i for m in reading.comparators for i in m.ids}
    by_entry: dict[str, list[Mention]] = {}
    for mention in reading.interventions:
        for entry_id in mention.ids:
            by_entry.setdefault(entry_id, []).append(mention)
    for entry_id, mentions in sorted(by_entry.items()):
        entry = registry.entries[entry_id]
        own = [c for c in reading.conditions if entry_id in c.ids]
        named = [c for c in own if not narrowed_for(reading.text, c, entry)]
        if len(named) < len(own):
            continue  # the sentence is (also) about a narrower kind: "pancreatic cancer"
        pairs = [(abs(c.start - m.start), c, m) for c in named for m in mentions]
        condition = min(pairs, key=lambda p: p[0])[1] if pairs else None
        mention = min(pairs, key=lambda p: p[0])[2] if pairs else mentions[0]
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
        found[entry_id] = Applied(entry, mention, condition, intervention_narrowed, tuple(mentions))
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
