"""healthlint_figures: health statistics with what they measure, comparator and timeframe.

Candidates are found by a number's shape (a percentage, "N-fold", "1 in N", "N per N", a ratio, a
fraction, a count, a change), read in their frame by figures_grammar; statistics become spans.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from linter.config.lexicon import Lexicon, default_lexicon
from linter.nlp.components.extensions import SPAN_KEYS, doc_text, sentences, set_group, set_info
from linter.nlp.components.figures_counts import CountReaders
from linter.nlp.components.figures_effects import EffectReaders
from linter.nlp.components.figures_elided import with_elided
from linter.nlp.components.figures_fewer import FewerReaders
from linter.nlp.components.figures_forms import multiplied_by, number_starts
from linter.nlp.components.figures_grammar import UNDECIDED, FigureGrammar, Reading
from linter.nlp.components.figures_numbers import (
    _IN_BODY,
    _MEASURED,
    _TIMEFRAME,
    _windows,
    fraction_compared,
    multiplies_an_amount,
)
from linter.nlp.components.figures_occasions import OccasionReaders, elided_share
from linter.nlp.components.figures_outcome_shares import outcome_share, vital_sign
from linter.nlp.components.figures_restated import REST_OR_COMPARED, inherits, restated
from linter.nlp.components.figures_search import ShapeGuards, reach_of
from linter.nlp.components.figures_shapes import shapes

Reader = Callable[[str, re.Match[str]], Reading]

# "a decade", "a day sooner": a length of time with no number word in it (figures_effects).
_DECADE = re.compile(
    r"(?i)\bdecade\b|\ban? (?:day|night|week|month|year) (?:sooner|earlier|faster|longer)\b"
)
# How far before a number its leading words ("more than a", "for every") are looked for.
LEADER_REACH = 40


class FigureFinder(EffectReaders, CountReaders, FewerReaders, OccasionReaders):
    """Mark the numbers of a sentence that are health statistics."""

    def __init__(self, name: str, lexicon: Lexicon) -> None:
        self.name = name
        g = self.grammar = FigureGrammar(lexicon)
        readers: dict[str, Reader] = {
            "ratio": lambda s, m: UNDECIDED if vital_sign(s, m[0]) else Reading("ratio", True),
            "fold": self._fold,
            "one-in-n": self._one_in_n,
            "one-in-n/of": self._n_of_m,
            "one-in-n/slash": self._slash_rate,
            "one-in-n/times": self._occasions,
            "rate/every": self._every,
            "count/change": self._bare_count,
            "rate": lambda s, m: Reading("rate", True),
            "percent": self._percent,
            "fraction": self._fraction,
            "count": self._events_compared,
            "bare-count": self._bare_count,
            "fold/verb": self._multiplied,
            "fold/limit": lambda s, m: Reading("comparison", True),
            "amount": self._timed_amount,
        }
        self.shapes: list[tuple[str, re.Pattern[str], Reader, bool]] = [
            (
                kind.removeprefix("bare-").split("/")[0],
                pattern,
                readers[kind],
                led,
            )
            for kind, pattern, led in shapes(g)
        ]
        # Where numbers start; a shape led by its number is tried there only, after the words
        # that may lead it ("more than", "a", "for every").
        self.numbers = number_starts(g.c)
        self.leader = re.compile(
            rf"(?:(?:{g.c.alt('comparators')})\s?(?:(?:a|an|one)[ -])?"
            r"|(?:a|an|one)[ -]|(?:for|in|out of) every )$",
            re.IGNORECASE,
        )
        # The leader's widest match is about half the reach: searching the rest of the window,
        # position by position, found nothing and cost a twentieth of a big file's check.
        self.leader_reach = reach_of(self.leader, LEADER_REACH)
        self.guards = ShapeGuards([pattern for _, pattern, _, _ in self.shapes])
        self.percent_shape = next(p for kind, p, _, _ in self.shapes if kind == "percent")

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        taken: set[int] = set()  # tokens already in a figure
        text_of_doc = doc_text(doc)
        if not self.numbers.search(text_of_doc) and not _DECADE.search(text_of_doc):
            set_group(doc, SPAN_KEYS["figures"], [])
            return doc  # no number anywhere: the common case for a heading or a short item
        counted = False  # a count in the sentence before: the next may leave out its noun
        shares: list[tuple[str, str]] = []  # the sentence before's, for a restated complement
        for sent in sentences(doc):
            text = text_of_doc[sent.start_char : sent.end_char]
            timeframe = None
            found = with_elided(self.read(text), text, counted)
            found, shares = restated(self.grammar.c, found, text, shares)
            counted = any(kind == "count" for kind, _, _ in found)
            for kind, match, reading in found:
                timeframe = timeframe or _TIMEFRAME.search(text)
                # A frame holding more than the figure ("lost 2 kg") spans the figure alone.
                value = "value" if match.groupdict().get("value") else 0
                span = doc.char_span(
                    sent.start_char + match.start(value),
                    sent.start_char + match.end(value),
                    label=kind,
                    alignment_mode="expand",
                )
                if span is None or any(i in taken for i in range(span.start, span.end)):
                    continue
                taken.update(range(span.start, span.end))
                set_info(
                    span,
                    {
                        "kind": kind,
                        "comparator": match.groupdict().get("cmp"),
                        "timeframe": timeframe.group(0) if timeframe else None,
                        "quantity": reading.quantity,
                        "measures": reading.measures,
                    },
                )
                spans.append(span)
        set_group(doc, SPAN_KEYS["figures"], sorted(spans, key=lambda s: s.start))
        return doc

    def read(self, sentence: str) -> Iterator[tuple[str, re.Match[str], Reading]]:
        """Every health statistic of a sentence: its kind, where it is, and how it reads."""
        numbers = [m.span() for m in self.numbers.finditer(sentence)]
        if not numbers:
            # Most sentences: no number, no figure; "takes a decade off your life" has one.
            yield from self.effects(sentence) if _DECADE.search(sentence) else ()
            return
        windows = _windows(sentence, numbers)
        low, guards = self.guards.folded(sentence)
        starts = [start for start, _ in numbers]
        leads: dict[tuple[int, int], re.Match[str] | None] = {}  # shared by the led shapes
        for (kind, pattern, reader, led), guard in zip(self.shapes, guards, strict=True):
            if led:
                if guard is not None and guard.search(low) is None:
                    continue  # the shape cannot match anywhere in the sentence
                matches = self._led(pattern, sentence, starts, leads)
            else:
                near = [(a, b) for a, b in windows if guard is None or guard.search(low, a, b)]
                matches = (m for a, b in near for m in pattern.finditer(sentence, a, b))
            for match in matches:
                reading = reader(sentence, match)
                if reading.statistic:
                    yield kind, match, reading
        yield from self.effects(sentence)  # years of life, onset, energy (figures_effects)

    def _led(
        self,
        pattern: re.Pattern[str],
        sentence: str,
        starts: list[int],
        leads: dict[tuple[int, int], re.Match[str] | None],
    ) -> Iterator[re.Match[str]]:
        """The shape's matches that start at a number or at the words leading it, left to
        right and not overlapping (as finditer would find them, at a fraction of the cost).
        `leads`: the leader's search of each stretch, the same for every shape of a sentence."""
        last = 0
        for start in starts:
            if start < last:
                continue
            stretch = (max(last, start - self.leader_reach), start)
            if stretch in leads:
                lead = leads[stretch]
            else:
                lead = leads[stretch] = self.leader.search(sentence, *stretch)
            for at in (lead.start(), start) if lead else (start,):
                match = pattern.match(sentence, at)
                if match:
                    last = match.end()
                    yield match
                    break

    # --- readers, one per kind of candidate ---

    def _percent(self, sentence: str, m: re.Match[str]) -> Reading:
        rest = REST_OR_COMPARED.search(sentence[: m.start()])
        if rest:  # "the remaining 5%", "has 90% ... compared to 60% in pills": the frame of the one
            earlier = list(self.percent_shape.finditer(sentence[: m.start()]))
            first = self._percent(sentence, earlier[-1]) if earlier else None  # before it
            if first is not None and inherits(rest, sentence, m.end(), first):
                return first
            if not rest.group("compared"):
                return Reading("share", True)
        if re.match(r"\s*of the time\b", sentence[m.end() :], re.I):
            return self.occasions(sentence, m.start(), m.end())  # "80 percent of the time"
        reading = outcome_share(self.grammar.c, sentence, m.start(), m.end())  # "60% of grafts"
        reading = reading or self.grammar.percent(sentence, m.start(), m.end())
        if reading is UNDECIDED and elided_share(sentence, m.start(), m.end()):
            return Reading("share", True)  # "eosinophilia in 50-90%"
        if reading is UNDECIDED and self.grammar.health_context(sentence):
            return Reading(None, True)
        return reading

    def _fold(self, sentence: str, m: re.Match[str]) -> Reading:
        """ "three times more likely", "twice as common"; not "twice as much leucine"."""
        c, said = self.grammar.c, m.group(0)
        if m["bare_times"] or m["factor"]:
            ok = multiplied_by(c, sentence, m.start(), m.end())
            return Reading("comparison", True) if ok else UNDECIDED
        if multiplies_an_amount(c, said, sentence[m.end() :]):
            return UNDECIDED  # "twice as much leucine", "3 times more flavanols than"
        # Not what a product or recipe holds ("it halves the sugar") nor a body's own value
        # ("doubles your heart rate"): the classes that make a figure no statistic.
        if m.groupdict().get("times_verb") and c.pattern(
            "", "substances reference_intakes physiological"
        ).search(said):
            return UNDECIDED
        # "4x more absorbable": a drug's or nutrient's bioavailability, a pharmacokinetic result.
        if re.search(r"as much$|\d\s?[x×]", m.group(0), re.I) and not (
            self.grammar.health_context(sentence) or c.after("bioavailability", sentence[m.end() :])
        ):
            return UNDECIDED  # "twice as much flour", "a 3x stronger formula": no health figure
        if m.group(0).lower().endswith("fold"):
            # "a threefold risk", "a 2-fold increase", "raises the risk fivefold"; not "the
            # benefits are twofold" (of two kinds): a multiple of a rate, a change or a degree.
            c, clause = self.grammar.c, re.split(r"[.;:!?]\s", sentence[: m.start()])[-1]
            if not c.after(
                "comparatives rate_nouns change_nouns", sentence[m.end() :], skip=r"[\w-]+\s+"
            ) and not c.pattern("", "change_verbs rate_nouns").search(clause):
                return UNDECIDED
        return Reading("comparison", True)

    def _fraction(self, sentence: str, m: re.Match[str]) -> Reading:
        """ "half of adults", "two-thirds have", "drops to about half", "cut in half"."""
        before, after = sentence[: m.start()], sentence[m.end() :]
        c = self.grammar.c
        if re.match(r"\s*of\s*(?:what )?(?:your|you)\b", after, re.I):
            return UNDECIDED
        if c.pattern(r"^\s*", "rate_nouns").search(after):
            return Reading("rate", True)  # a probability: "a 1/3 chance", "a 50/50 chance"
        # The verb, its object (a few words: "cut the risk of hospitalisation by"), then the
        # preposition; "down"/"up" stand for a verb of change ("stays went down by a fifth").
        change = re.search(
            rf"(?<![\w-])(?:{c.alt('change_verbs')}|down|up)(?P<object>(?:\s+[\w'-]+){{0,8}}?)"
            r"\s+(?:to|by|in)\s*$",
            before,
            re.I,
        )
        if change:
            # Only the change of a health measure: "cut deaths by a third", "the risk drops to
            # half"; not "cut tablets in half" or "cut calorie intake by a third".
            said = before[max(0, change.start() - 40) : change.end()]
            # What changed is the verb's object when it has one ("the diet reduced the risk by
            # a quarter" changes a risk, not a diet), else its subject.
            changed = change.group("object") if change.group("object").strip() else said
            # A substance's level in the body is a measure ("vitamin D levels fell by a third",
            # "your NAD+ levels have dropped by half"), not an intake; "noise levels" are neither.
            intake = c.pattern("", "reference_intakes substances").search(changed)
            measured = _MEASURED.search(said)
            if measured and (intake or _IN_BODY.search(said, 0, measured.start())):
                return Reading("change", True)
            if intake:
                return UNDECIDED
            if c.pattern("", "rate_nouns people subjects cases conditions outcome_measures").search(
                said
            ):
                return Reading("change", True)
        rate = c.before(
            "rate_nouns",
            before,
            r"(?:(?:after|of|for|in|among|at|from|with)\s+(?:[\w'-]+\s+){1,3}?)?"
            r"(?:is|was|are|were|stands at|stood at)\s+",
        )
        if rate and not c.before("physiological", before[: rate.end("word")]):
            # A rate's value ("the mortality rate is about half"); not a body's measure ("your
            # heart rate is half of what it was").
            return Reading("rate", True)
        if fraction_compared(c, before, after):
            return Reading("comparison", True)  # "a third less likely", "less than normal"
        if c.pattern(
            r"^\s*(?:fewer|more|less)\s+(?:[\w'-]+\s+){0,2}?",
            "people cases conditions health_words rate_nouns",
        ).search(after):
            return Reading("comparison", True)  # "a third fewer heart attacks", "less risk"
        lost = outcome_share(c, sentence, m.start(), m.end())  # "shed half of excess weight"
        of = re.match(r"\s*(?:of|the|all)\s*((?:[\w'’.-]+\s*){1,5})", after, re.I)
        if lost or (of and not (c.make_up(after, before) or c.in_the_body(after, before))):
            return lost or self.grammar.share_of(of.group(1) if of else "") or UNDECIDED
        if c.after("auxiliaries outcomes", after, skip=r"(?:\w+ly\s+)?"):
            return Reading("share", True)
        return Reading("share", True) if elided_share(sentence, m.start(), m.end()) else UNDECIDED


@Language.factory("healthlint_figures", assigns=["doc.spans"])
def make_figures(nlp: Language, name: str) -> FigureFinder:
    return FigureFinder(name, default_lexicon())
