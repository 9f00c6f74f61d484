"""The claim-strength lexicon (rules/lexicon/strength.yaml): an inflector and the cue finder."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from linter.components.strength_grammar import (
    LINK_AFTER_BE,
    MODAL,
    MODAL_REACH,
    NOT_AFTER_MODAL,
    inflect,
    is_month,
    verb_reading,
)
from linter.lexicon import Lexicon, alternation, default_lexicon, word_pattern
from linter.phrase_regex import lower, phrase_pattern


class Cue(NamedTuple):
    """A strength cue in a sentence: its kind, character range and (for verbs) its form.

    A NamedTuple rather than a dataclass: a sentence makes several and they must be cheap.
    """

    kind: str  # absolute | direct | correlational
    start: int
    end: int
    text: str
    form: str = ""
    weak: bool = False


@dataclass(frozen=True)
class StrengthLexicon:
    """The compiled cue patterns of strength.yaml; they match lower-cased text."""

    verbs: re.Pattern[str]
    verb_forms: dict[str, tuple[str, str]]  # "reduced" -> ("past", "reduce")
    change_verbs: frozenset[str]
    absolute_verbs: frozenset[str]
    phrases: re.Pattern[str]
    absolute: re.Pattern[str]
    hype: re.Pattern[str]
    correlational: re.Pattern[str]
    weak: re.Pattern[str]
    not_cues: re.Pattern[str]
    conditional: re.Pattern[str]
    trailing_hedges: re.Pattern[str]
    absolute_boosters: re.Pattern[str]
    outcome: re.Pattern[str]
    reporting: re.Pattern[str]
    speculation: re.Pattern[str]
    background: re.Pattern[str]

    def find(self, text: str, low: str | None = None) -> list[Cue]:
        """Every cue of the sentence `text` (`low`: its lower case), verbs read as nouns or
        adjectives set aside."""
        low = lower(text) if low is None else low
        masked = [m.span() for m in self.not_cues.finditer(low)]
        cues: list[Cue] = []
        cues += [
            Cue("absolute", m.start(), m.end(), text[m.start() : m.end()], weak=True)
            for m in self.hype.finditer(low)
        ]
        for kind, pattern in (
            ("absolute", self.absolute),
            ("correlational", self.correlational),
            ("direct", self.phrases),
        ):
            cues += [
                Cue(kind, m.start(), m.end(), text[m.start() : m.end()])
                for m in pattern.finditer(low)
            ]
        cues += [
            Cue("correlational", m.start(), m.end(), text[m.start() : m.end()], weak=True)
            for m in self.weak.finditer(low)
        ]
        for m in self.verbs.finditer(low):
            form, head = self.verb_forms.get(m.group(0).split(" ", 1)[0], ("base", ""))
            kind = verb_reading(
                low, m.start(), m.end(), form, head, self.change_verbs, self.outcome
            )
            if head in self.absolute_verbs:
                kind = "absolute" if kind == "direct" else None
            if kind:
                cues.append(Cue(kind, m.start(), m.end(), text[m.start() : m.end()], form))
        cues = [
            c
            for c in cues
            if not any(s <= c.start < e for s, e in masked)
            # "the American Heart Association": a capitalised Association is a body, not a link.
            and not (c.start > 0 and c.text.startswith("Association"))
        ]
        links = [c.start for c in cues if c.kind == "correlational" and not c.weak]
        for cue in self._modal_cues(text, low):
            # "may face an increased risk", "may survive longer than": a hedged link.
            if not any(cue.start < start <= cue.end + MODAL_REACH for start in links):
                cues.append(cue)
        return _resolve_overlaps(cues)

    def speculation_cues(self, text: str, low: str) -> list[str]:
        """The words that make the sentence uncertain ("may", "suggests", "whether")."""
        return [
            text[m.start() : m.end()]
            for m in self.speculation.finditer(low)
            if not is_month(text, m.start(), m.end())
        ]

    def _modal_cues(self, text: str, low: str) -> list[Cue]:
        """ "may double", "could be dangerous": a hedged claim, whatever the verb. Not "may be
        linked" (a hedged link stays a link), not "could not" (ability), not the month May."""
        cues: list[Cue] = []
        if "may" not in low and "might" not in low and "could" not in low:
            return cues
        for m in MODAL.finditer(low):
            verb, after = m.group("verb"), m.group("after") or ""
            if is_month(text, m.start(), m.start() + 3) or verb in NOT_AFTER_MODAL:
                continue
            if verb in ("be", "have") and (not after or after in LINK_AFTER_BE):
                continue
            cues.append(
                Cue("conditional", m.start(), m.end("verb"), text[m.start() : m.end("verb")])
            )
        return cues


def _resolve_overlaps(cues: list[Cue]) -> list[Cue]:
    """Where cues overlap, the leftmost and then longest stands: "increased risk" over
    "increased", "may lower" over "lower melanoma risk"."""
    kept: list[Cue] = []
    for cue in sorted(cues, key=lambda c: (c.start, c.start - c.end, c.weak)):
        if not any(k.start < cue.end and cue.start < k.end for k in kept):
            kept.append(cue)
    return sorted(kept, key=lambda c: c.start)


@cache
def strength_lexicon() -> StrengthLexicon:
    """The bundled strength lexicon, compiled once per process."""
    return compile_strength_lexicon(default_lexicon())


def compile_strength_lexicon(lex: Lexicon) -> StrengthLexicon:
    """Inflect the causal verbs of strength.yaml and compile every cue list."""
    irregular = {}
    for line in lex.get("strength.irregular"):
        head, *forms = line.split()
        irregular[head] = tuple(forms)
    forms: dict[str, tuple[str, str]] = {}
    verbs: list[str] = []
    absolute_verbs = lex.get("strength.absolute_verbs")
    for verb in [*lex.get("strength.causal_verbs"), *absolute_verbs]:
        for form, words in inflect(verb, irregular).items():
            verbs += words
            for word in words:
                # "cut" is base and past: the past reading also allows the adjective test.
                forms.setdefault(word.lower().split(" ", 1)[0], (form, verb.split(" ", 1)[0]))
    return StrengthLexicon(
        verbs=phrase_pattern(verbs),
        verb_forms=forms,
        change_verbs=frozenset(lex.get("strength.change_verbs")),
        absolute_verbs=frozenset(v.split(" ", 1)[0] for v in absolute_verbs),
        phrases=phrase_pattern(lex.get("strength.causal_phrases")),
        absolute=phrase_pattern(lex.get("strength.absolute")),
        hype=phrase_pattern(lex.get("strength.absolute_hype")),
        correlational=phrase_pattern(lex.get("strength.correlational")),
        weak=phrase_pattern(lex.get("strength.correlational_weak")),
        not_cues=phrase_pattern(lex.get("strength.not_cues")),
        conditional=word_pattern(lex.get("strength.conditional")),
        trailing_hedges=word_pattern(lex.get("strength.trailing_hedges")),
        absolute_boosters=word_pattern(lex.get("strength.absolute_boosters")),
        reporting=phrase_pattern(lex.get("strength.reporting")),
        speculation=phrase_pattern(lex.get("strength.speculation")),
        background=phrase_pattern(lex.get("strength.background")),
        # The noun an adjectival "reduced" or "higher" must come before to relate to an outcome.
        outcome=re.compile(
            r"\s+(?:[\w-]+\s+){0,2}?" + alternation(lex.get("strength.outcome_nouns")) + r"\b", re.I
        ),
    )
