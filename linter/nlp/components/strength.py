"""healthlint_strength: how strongly each sentence claims an exposure affects an outcome."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from linter.claim import Strength
from linter.nlp.components.context import modifiers_of
from linter.nlp.components.extensions import (
    READINGS_KEY,
    SPAN_KEYS,
    doc_text,
    sentences,
    set_info,
    span_group,
    store,
)
from linter.nlp.components.strength_grammar import is_month
from linter.nlp.components.strength_lexicon import (
    Cue,
    Found,
    StrengthLexicon,
    strength_lexicon,
)
from linter.nlp.phrase_regex import lower

# What a negated claim is worth: "keep" its level, as Yu et al. label it ("did not reduce" is
# direct), or "none", as InSciOut (Sumner et al. 2014) labels it (no relation is claimed).
NEGATED = ("keep", "none")
_BASE = {
    "correlational": Strength.CORRELATIONAL,
    "conditional": Strength.CONDITIONAL,
    "direct": Strength.DIRECT,
    "absolute": Strength.ABSOLUTE,
}


Scored = tuple[Strength, Cue, dict[str, list[str]]]
# "..., which may require": a hedge in a relative clause does not hedge the main claim.
_RELATIVE = re.compile(r"\b(?:which|who|that)\s+(?:\w+\s+)?$")
_NOT = re.compile(r"\bnot\b", re.I)
# What sets off a conclusion from the clause before it: a comma, a semicolon or a dash, "and"
# allowed after it (strength.yaml `conclusions`).
_SET_OFF = re.compile(r"[,;:\u2013\u2014-]\s*(?:and\s+)?$")


def _concluded(strong: list[Scored], low: str, found: Found) -> Scored | None:
    """The first direct or absolute cue after a conclusion that follows the sentence's first
    (correlational) cue: "had a lower risk, so eating nuts cuts your risk" states a cause."""
    first_end = strong[0][1].end
    for start, end in found["conclusions"]:
        if start < first_end or not _SET_OFF.search(low, 0, start):
            continue
        return next((s for s in strong if s[1].start >= end and s[0] >= Strength.DIRECT), None)
    return None


def _bracket_test(low: str) -> Callable[[int], bool]:
    """Whether a position is inside an open round bracket of the sentence: more "(" than ")"
    before it. The brackets are found once, so that testing many cues stays linear."""
    opens = [i for i, c in enumerate(low) if c == "("]
    closes = [i for i, c in enumerate(low) if c == ")"]
    return lambda at: bisect.bisect_left(opens, at) > bisect.bisect_left(closes, at)


# Where a clause ends: background wording before it does not reach a cue after it.
_CLAUSE_BREAK = re.compile(r"\b(?:but|however|yet|although|though|whereas|while)\b|[;:]")


class StrengthClassifier:
    """Give every sentence a strength, the cues that decided it, and its polarity.

    Each cue gets a level: correlational 1, a modal with its verb ("may lower") 2, a causal
    verb or phrase 3, absolute wording 4. A conditional hedge (context.yaml's hedges whose
    words strength.yaml lists as `conditional`) that reaches a causal or absolute cue makes it
    2; it leaves a correlational cue at 1 ("may be linked to" is still a link). A booster
    ("definitely reduces") makes a causal cue absolute. Background ("is known to") and reported
    beliefs ("claims that") make a cue no claim. `choose` then picks the cue that decides.

    Negation keeps the level of the relation it denies, as the labelled data of Yu et al. do:
    "was not associated" is correlational, "may not prevent" conditional, "did not reduce"
    direct. Only absolute wording loses its level under a negation: "cannot be cured", "does not
    cure" and "no evidence that X cures" promise nothing, so they are direct claims of no
    effect. Every such claim carries `negated: True`, and checks must not read a negated claim
    as asserting the effect. With `negated="none"` (InSciOut's convention) a negated claim is
    level 0 instead, its cues still listed.
    """

    def __init__(self, name: str, lexicon: StrengthLexicon, negated: str = "keep") -> None:
        if negated not in NEGATED:
            raise ValueError(f"negated must be one of {', '.join(NEGATED)}, not {negated!r}")
        self.name = name
        self.lexicon = lexicon
        self.negated_as_none = negated == "none"

    def __call__(self, doc: Doc) -> Doc:
        claims = []
        readings: dict[int, dict[str, Any]] = {}
        text = doc_text(doc)
        modifiers = list(span_group(doc, SPAN_KEYS["modifiers"]) or ())
        for sent in sentences(doc):  # listed once by the components before (final by now)
            local = [m for m in modifiers if sent.start <= m.start < sent.end]
            info = self.classify(sent, text[sent.start_char : sent.end_char], local)
            span = Span(doc, sent.start, sent.end, label=str(info["strength"]))
            set_info(span, info)
            claims.append(span)
            readings[sent.start] = info
        doc.spans[SPAN_KEYS["claims"]] = claims
        # The same readings by first token, for nlp/claims.py: reading them back from the span
        # group makes a Span and its Underscore for every sentence (a tenth of passage_of).
        store(doc)[READINGS_KEY] = (doc.spans[SPAN_KEYS["claims"]], readings)
        return doc

    def classify(self, sent: Span, text: str, modifiers: list[Span]) -> dict[str, Any]:
        """The strength of one sentence (its text and ConText modifiers) and its deciding cue."""
        offset = sent.start_char
        low = lower(text)
        found = self.lexicon.scan(low)
        scored = self.score(sent, text, low, modifiers, found)
        best = self.choose(scored, low, found) if scored else None
        # Every speculation word of the sentence, whether or not it reaches the claim.
        hedges = self.lexicon.speculation_cues(text, found)
        if best is None:
            return {
                "strength": Strength.NONE,
                "cues": [],
                "negated": False,
                "hedged": False,
                "reported": False,
                "cue": None,
                "kind": None,
                "weak": False,
                "hedges": hedges,
            }
        level, cue, mods = best
        named = [f"{cue.kind}:{cue.text}"]
        for category in ("hedge", "booster", "negation", "reported", "background"):
            named += [f"{category}:{text}" for text in mods[category]]
        return {
            "strength": level,
            "cues": named,
            "negated": bool(mods["negation"]),
            "hedged": bool(mods["hedge"]),
            "reported": bool(mods["reported"]),
            "cue": (offset + cue.start, offset + cue.end),
            "kind": cue.kind,
            "weak": cue.weak,
            "hedges": hedges,
        }

    def choose(self, scored: list[Scored], low: str, found: Found) -> Scored | None:
        """The cue that decides: the first claim of the finding, where a sentence has several.

        The finding is what follows the last "found that", "suggests that" ... if any cue does.
        Weak cues ("risk", "higher") count only where nothing else does. The first cue leads
        ("X is linked to Y, which causes Z" is a link), but a hedged claim in the finding
        outranks a direct one: "X reduces Y and may prevent Z" is conditional. None where every
        cue is inside brackets.
        """
        # An aside in brackets explains ("(due to ...)"); it is not the finding.
        in_brackets = _bracket_test(low)
        outside = [s for s in scored if not in_brackets(s[1].start)]
        if not outside:
            return None
        strong = [s for s in outside if not s[1].weak] or outside
        reports = [end for _, end in found["reporting"]]
        if reports:
            finding = [s for s in strong if s[1].start >= reports[-1]]
            strong = finding or strong
        first = strong[0]
        concluded = _concluded(strong, low, found) if first[0] == Strength.CORRELATIONAL else None
        if concluded is not None:
            return concluded
        if first[0] != Strength.CORRELATIONAL:
            hedged = next(
                (
                    s
                    for s in strong
                    if s[0] == Strength.CONDITIONAL
                    and not _RELATIVE.search(low, max(0, s[1].start - 40), s[1].start)
                ),
                None,
            )
            if hedged is not None:
                return hedged
        return first

    def score(
        self, sent: Span, text: str, low: str, modifiers: list[Span], found: Found
    ) -> list[Scored]:
        """Every cue of the sentence with its level after hedges, boosters and negation."""
        doc, offset = sent.doc, sent.start_char
        cues = self.lexicon.find(text, low, found)
        if any(not c.weak for c in cues):  # weak cues only decide where nothing else does
            cues = [c for c in cues if not c.weak]
        background = [(end, low[start:end]) for start, end in found["background"]]
        scored: list[Scored] = []
        for cue in cues:
            span = doc.char_span(offset + cue.start, offset + cue.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            mods = self._modifiers(span, cues, text, offset, modifiers)
            if cue.kind == "conditional":  # "may not prevent": the modal and "not" are inside
                mods["hedge"].insert(0, cue.text.split()[0])
                mods["negation"] += _NOT.findall(cue.text)
            level = _BASE[cue.kind]
            if level >= Strength.DIRECT:
                if mods["negation"] and level == Strength.ABSOLUTE:
                    level = Strength.DIRECT
                elif mods["hedge"]:
                    level = Strength.CONDITIONAL
                elif mods["booster"]:
                    level = Strength.ABSOLUTE
            # Known or earlier findings, and beliefs someone else holds, are not this claim.
            mods["background"] = [
                phrase
                for end, phrase in background
                if end <= cue.start and not _CLAUSE_BREAK.search(low, end, cue.start)
            ]
            denied = bool(mods["negation"]) and self.negated_as_none
            if mods["background"] or mods["reported"] or denied:
                level = Strength.NONE
            scored.append((level, cue, mods))
        return scored

    def _modifiers(
        self, span: Span, cues: list[Cue], text: str, offset: int, local: list[Span]
    ) -> dict[str, list[str]]:
        """The ConText modifiers (`local`: those of the sentence) that reach a cue and count."""
        if not local:  # most sentences: nothing to look up
            return {"hedge": [], "booster": [], "negation": [], "reported": []}
        lex = self.lexicon
        labels = {m.label_ for m in local}

        def reaching(category: str) -> list[Span]:
            return modifiers_of(span, category) if category in labels else []

        inside = [(offset + c.start, offset + c.end) for c in cues if c.kind == "correlational"]

        def free(mod: Span) -> bool:
            # "likely" in "more likely" is part of a cue, not a hedge on others.
            return not any(s < mod.end_char and mod.start_char < e for s, e in inside)

        hedges = [m for m in reaching("hedge") if free(m)]
        # "may help": the hedge phrase holds the verb it hedges, so modifiers_of leaves it out.
        hedges += [m for m in local if m.label_ == "hedge" and m.start < span.start < m.end]
        hedges = [
            m
            for m in hedges
            if lex.conditional.search(m.text)
            and not is_month(text, m.start_char - offset, m.end_char - offset)
            and (m.start < span.start or lex.trailing_hedges.search(m.text))
        ]
        boosters = [m for m in reaching("booster") if lex.absolute_boosters.search(m.text)]
        return {
            "hedge": [m.text for m in hedges],
            "booster": [m.text for m in boosters],
            "negation": [m.text for m in reaching("negation")],
            "reported": [m.text for m in reaching("reported")],
        }


@Language.factory("healthlint_strength", assigns=["doc.spans"], default_config={"negated": "keep"})
def make_strength(nlp: Language, name: str, negated: str) -> StrengthClassifier:
    return StrengthClassifier(name, strength_lexicon(), negated)
