"""The claim-strength lexicon (rules/lexicon/strength.yaml): an inflector and the cue finder."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from linter.config.lexicon import Lexicon, alternation, default_lexicon, word_pattern
from linter.nlp.components.strength_grammar import (
    LINK_AFTER_BE,
    MODAL,
    MODAL_REACH,
    NOT_AFTER_MODAL,
    inflect,
    is_month,
    verb_reading,
)
from linter.nlp.phrase_regex import lower
from linter.nlp.phrase_set import PhraseSet, Spans

Found = dict[str, Spans]  # a sentence's matches of each phrase list (PhraseSet.scan)
# Names of the phrase lists in StrengthLexicon.lists -> their keys in strength.yaml.
_LISTS = {
    "phrases": "causal_phrases",
    "absolute": "absolute",
    "hype": "absolute_hype",
    "correlational": "correlational",
    "weak": "correlational_weak",
    "not_cues": "not_cues",
    "reporting": "reporting",
    "speculation": "speculation",
    "background": "background",
    "conclusions": "conclusions",
}


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

    # The phrase lists every sentence is scanned for, in one pass (see PhraseSet): verbs,
    # phrases, absolute, hype, correlational, weak, not_cues, reporting, speculation, background.
    lists: PhraseSet
    verb_forms: dict[str, tuple[str, str]]  # "reduced" -> ("past", "reduce")
    change_verbs: frozenset[str]
    absolute_verbs: frozenset[str]
    conditional: re.Pattern[str]
    trailing_hedges: re.Pattern[str]
    absolute_boosters: re.Pattern[str]
    outcome: re.Pattern[str]

    def scan(self, low: str) -> Found:
        """Where each list matches in a lower-cased sentence: what `find` and the rest read."""
        return self.lists.scan(low)

    def find(self, text: str, low: str | None = None, found: Found | None = None) -> list[Cue]:
        """Every cue of the sentence `text` (`low`: its lower case; `found`: its `scan`), verbs
        read as nouns or adjectives set aside."""
        low = lower(text) if low is None else low
        found = self.scan(low) if found is None else found
        masked = found["not_cues"]
        cues = [Cue("absolute", s, e, text[s:e], weak=True) for s, e in found["hype"]]
        for listed, name in (
            ("absolute", "absolute"),
            ("correlational", "correlational"),
            ("direct", "phrases"),
        ):
            cues += [Cue(listed, s, e, text[s:e]) for s, e in found[name]]
        cues += [Cue("correlational", s, e, text[s:e], weak=True) for s, e in found["weak"]]
        for start, end in found["verbs"]:
            form, head = self.verb_forms.get(low[start:end].split(" ", 1)[0], ("base", ""))
            kind: str | None = verb_reading(
                low, start, end, form, head, self.change_verbs, self.outcome
            )
            if head in self.absolute_verbs:
                kind = "absolute" if kind == "direct" else None
            if kind:
                cues.append(Cue(kind, start, end, text[start:end], form))
        cues = [
            c
            for c in cues
            if not (masked and any(s <= c.start < e for s, e in masked))
            # "the American Heart Association": a capitalised Association is a body, not a link.
            and not (c.start > 0 and c.text.startswith("Association"))
        ]
        links = [c.start for c in cues if c.kind == "correlational" and not c.weak]
        for cue in self._modal_cues(text, low):
            # "may face an increased risk", "may survive longer than": a hedged link.
            if not any(cue.start < start <= cue.end + MODAL_REACH for start in links):
                cues.append(cue)
        return _resolve_overlaps(cues)

    def speculation_cues(self, text: str, found: Found) -> list[str]:
        """The words that make the sentence uncertain ("may", "suggests", "whether")."""
        return [text[s:e] for s, e in found["speculation"] if not is_month(text, s, e)]

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
        # Kept cues do not overlap and come in order of start, so only the last one can reach
        # this cue: linear, where comparing with every kept cue was quadratic in a long line.
        last = kept[-1] if kept else None
        if last is None or not (last.start < cue.end and cue.start < last.end):
            kept.append(cue)
    return kept


@cache
def strength_lexicon() -> StrengthLexicon:
    """The bundled strength lexicon, compiled once per process."""
    return compile_strength_lexicon(default_lexicon())


def compile_strength_lexicon(lex: Lexicon) -> StrengthLexicon:
    """Inflect the causal verbs of strength.yaml and compile every cue list."""
    irregular: dict[str, tuple[str, ...]] = {}
    for line in lex.get("strength.irregular"):
        head, *pasts = line.split()
        irregular[head] = tuple(pasts)
    forms: dict[str, tuple[str, str]] = {}
    verbs: list[str] = []
    absolute_verbs = lex.get("strength.absolute_verbs")
    for verb in [*lex.get("strength.causal_verbs"), *absolute_verbs]:
        for form, words in inflect(verb, irregular).items():
            verbs += words
            for word in words:
                # "cut" is base and past: the past reading also allows the adjective test.
                forms.setdefault(word.lower().split(" ", 1)[0], (form, verb.split(" ", 1)[0]))
    lists = {name: lex.get(f"strength.{key}") for name, key in _LISTS.items()}
    return StrengthLexicon(
        lists=PhraseSet({"verbs": verbs, **lists}),
        verb_forms=forms,
        change_verbs=frozenset(lex.get("strength.change_verbs")),
        absolute_verbs=frozenset(v.split(" ", 1)[0] for v in absolute_verbs),
        conditional=word_pattern(lex.get("strength.conditional")),
        trailing_hedges=word_pattern(lex.get("strength.trailing_hedges")),
        absolute_boosters=word_pattern(lex.get("strength.absolute_boosters")),
        # The noun an adjectival "reduced" or "higher" must come before to relate to an outcome.
        outcome=re.compile(
            r"\s+(?:[\w-]+\s+){0,2}?" + alternation(lex.get("strength.outcome_nouns")) + r"\b", re.I
        ),
    )
