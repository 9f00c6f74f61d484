"""A sentence's percentage set against the registry's, on the same terms.

Two figures are compared only when they measure the same thing: the same outcome ("overall
survival" is not "disease-free survival"), the same kind of figure (a level such as "18%
survive", a change such as "cut by 40%", or a share such as "90% of lung cancers"), the same
timeframe in any spelling ("5-year", "five years", "5 yr"), and a population the registry's
figure covers. Then:

- agreement is tight: the sentence's value, with its comparator ("over", "about"), allows the
  registry's value give or take rounding, so that source can be cited for it;
- contradiction needs certainty: the value lies outside the study's 95% confidence interval
  (given, or from the number of participants), or, for population statistics that change with
  every data release, outside a wide band (odds more than e-fold away and more than 10 points).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from linter.claim import Claim, Figure
from linter.registry.applies import Applied
from linter.registry.entries import Entry
from linter.registry.text import fold
from linter.registry.values import interval, numbers, overlaps, same_time, timeframes
from linter.registry.words import is_function_word, populations_in, registry_words

# Population statistics, re-estimated at every data release: compared on a wide band.
_POPULATION_LEVELS = ("registry", "agency-statement", "advocacy-estimate")
# Studies whose percentages are shares of their participants (a survival or response rate).
_STUDY_LEVELS = ("rct", "cohort", "case-control", "case-series", "phase-1")
_CI = re.compile(r"95% CI (-?\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(-?\d+(?:\.\d+)?)")
_OF_N = re.compile(r"\b(\d+)/(\d+)\b|\bn=(\d+)")
_PARENS = re.compile(r"\([^)]*\)")
_TIME_WORDS = re.compile(r"\b(?:\d+(?:\.\d+)?|[a-z]+)[ -](?:year|month|week|day)s?\b")
_LEADS = {"share of": "share", "reduction in": "change", "change in": "change"}


@dataclass(frozen=True)
class Comparison:
    """One registry figure set against the sentence's figure."""

    entry: Entry
    figure: dict[str, Any]
    agrees: bool  # tight: the source can be cited for the sentence's figure
    contradicts: bool  # certain: the sentence's figure is outside what the evidence allows
    same_population: bool  # the registry figure is for the population the sentence names


@dataclass(frozen=True)
class FigureVerdict:
    """What the registry says about the sentence's one percentage."""

    stated: Figure
    comparisons: tuple[Comparison, ...]

    @property
    def agreeing(self) -> tuple[Comparison, ...]:
        return tuple(c for c in self.comparisons if c.agrees and c.same_population)

    @property
    def contradicted(self) -> bool:
        """Every comparable registry figure contradicts it, and none agrees."""
        return bool(self.comparisons) and all(c.contradicts for c in self.comparisons)


@lru_cache(maxsize=4096)
def _kind_of_entry_figure(outcome: str) -> str:
    text = fold(outcome)
    for lead, kind in _LEADS.items():
        if text.startswith(lead):
            return kind
    change = registry_words().change
    return "change" if change is not None and change.search(text) else "level"


def _stated_kind(text: str, figure: Figure, claim_start: int) -> str:
    """change ("by 40%", "40% lower"), of ("90% of ..."), or plain."""
    start, end = figure.start - claim_start, figure.end - claim_start
    change = registry_words().change
    before = text[max(0, start - 60) : start]
    after = text[end : end + 30]
    if re.search(r"\bby\s*$", before) and change is not None and change.search(before):
        return "change"
    if change is not None and change.match(after.lstrip()):
        return "change"
    if re.match(r"\s+(?:reduction|decrease|increase|drop|decline|fall|rise|cut)\b", after):
        return "change"
    return "of" if re.match(r"\s+of\b", after) else "plain"


@lru_cache(maxsize=4096)  # an entry's figures are read once, not once a sentence
def _core(outcome: str, entry: Entry, kind: str) -> tuple[str | None, tuple[str, ...]]:
    """The measure kind ("relative", "disease free") and the words an outcome must show."""
    text = _PARENS.sub(" ", fold(outcome))
    for lead in _LEADS:
        text = text.removeprefix(lead)
    text = _TIME_WORDS.sub(" ", text)
    words = registry_words()
    qualifier = None
    if words.measure_kinds is not None:
        m = words.measure_kinds.search(text)
        if m is not None:
            qualifier = " ".join(m.group(0).replace("-", " ").split())
            text = text[: m.start()] + " " + text[m.end() :]
    # The condition and (for a share) the exposure are matched already; "invasive cervical
    # cancer" in an outcome does not make the sentence say "invasive".
    terms = entry.interventions if kind == "share" else entry.conditions
    skip = {w.rstrip("s") for t in terms for w in fold(t).split()}
    core = tuple(
        w
        for w in text.split()
        if not is_function_word(w)
        and w.rstrip("s") not in skip
        and not (words.measure_nouns is not None and words.measure_nouns.fullmatch(w))
    )
    return qualifier, core


def _names_outcome(outcome: str, entry: Entry, kind: str, sentence: str) -> bool:
    qualifier, core = _core(outcome, entry, kind)
    text = fold(sentence)
    stems = {w.rstrip("s") for w in re.findall(r"[a-z0-9]+", text)}
    if not all(w.rstrip("s") in stems for w in core):
        return False
    if not core:
        return True
    # The sentence's own kind of measure, just before the first core word ("disease free
    # survival", "relative five year survival"), must be the registry's.
    first = re.search(rf"\b{re.escape(core[0].rstrip('s'))}", text)
    if first is None:
        return False
    before = _TIME_WORDS.sub(" ", text[max(0, first.start() - 40) : first.start()])
    kinds = registry_words().measure_kinds
    said = None
    last = list(kinds.finditer(before)) if kinds is not None else []
    if last and not before[last[-1].end() :].strip(" ,")[:1].isalpha():
        said = " ".join(last[-1].group(0).replace("-", " ").split())
    interchangeable = {None, "overall", "relative"}
    if said == qualifier or (said is None and qualifier in interchangeable):
        return True
    return said in (None, "overall") and qualifier is None


def _value(figure: dict[str, Any]) -> tuple[float, float]:
    if "range" in figure:
        low, high = figure["range"]
        return float(low), float(high)
    return float(figure["value"]), float(figure["value"])


def _logit(p: float) -> float:
    p = min(max(p, 0.001), 0.999)
    return math.log(p / (1 - p))


def _expit(x: float) -> float:
    return 1 / (1 + math.exp(-x))


def _wilson(p: float, n: int) -> tuple[float, float]:
    z = 1.96
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def allowed(entry: Entry, figure: dict[str, Any], kind: str, wide: bool) -> tuple[float, float]:
    """The values of a percentage the registry's evidence does not contradict."""
    low, high = _value(figure)
    population = str(figure.get("population", ""))
    ci = _CI.search(population)
    if ci and not wide:
        return float(ci.group(1)) - 0.5, float(ci.group(2)) + 0.5
    count = _OF_N.search(population)
    n = (
        int(count.group(2) or count.group(3))
        if count
        else (entry.evidence_size if entry.evidence_size else None)
    )
    if (
        not wide
        and kind == "level"
        and entry.evidence_level in _STUDY_LEVELS
        and n
        and 0 <= low <= high <= 100
    ):
        lo = _wilson(low / 100, n)[0] * 100
        hi = _wilson(high / 100, n)[1] * 100
        return min(lo, low - 0.5), max(hi, high + 0.5)
    lo = min(low - 10, 100 * _expit(_logit(low / 100) - 1))
    hi = max(high + 10, 100 * _expit(_logit(high / 100) + 1))
    return lo, hi


def _same_population(sentence_groups: frozenset[str], entry: Entry, figure: dict[str, Any]) -> bool:
    """The registry figure is not for a narrower group (children, a stage) than the sentence
    names; a place is left out: a figure is the source's wherever the writer lives."""
    named = populations_in(str(figure.get("population", "")))
    return {g for g in named if not g.startswith("place_")} <= sentence_groups


def _covers(sentence_groups: frozenset[str], entry: Entry, figure: dict[str, Any]) -> bool:
    described = populations_in(f"{figure.get('population', '')} {entry.statement}")
    return sentence_groups <= described


def compare(claim: Claim, applied: list[Applied]) -> FigureVerdict | None:
    """The sentence's one figure against the registry figures of the entries that apply: a
    percentage on the same terms, or an N-fold risk (for agreement only: who names "15 to 30
    times" a source reported can cite it; other multiples are not judged)."""
    percents = [f for f in claim.figures if f.kind == "percent"]
    folds = [f for f in claim.figures if f.kind == "fold"]
    if len(percents) + len(folds) != 1:
        return None  # several figures: which outcome each gives is not known
    stated = (percents or folds)[0]
    values = numbers(stated.text)
    if not values:
        return None
    if folds:
        return _compare_fold(stated, values, applied)
    text = claim.text
    own = timeframes(stated.timeframe)
    all_times = timeframes(text)
    when = own[0] if own else (all_times[0] if len(set(all_times)) == 1 else None)
    stated_kind = _stated_kind(text, stated, claim.start)
    groups = populations_in(text)
    said = interval((values[0], values[-1]), stated.comparator, 0.5 if values[0] % 1 == 0 else 0.05)
    comparisons = []
    for a in applied:
        entry = a.entry
        if a.intervention_narrowed or entry.relation is not None:
            continue
        for figure in entry.figures:
            if figure.get("unit") != "percent":
                continue
            kind = _kind_of_entry_figure(str(figure["outcome"]))
            if stated_kind not in _COMPARABLE[kind]:
                continue
            if not _names_outcome(str(figure["outcome"]), entry, kind, text):
                continue
            if kind == "share" and not _share_of_same(text, stated, claim.start, figure):
                continue
            timeframe = timeframes(str(figure.get("timeframe") or ""))
            if timeframe and (when is None or not same_time(when, timeframe[0])):
                continue
            if not _covers(groups, entry, figure):
                continue
            low, high = _value(figure)
            agrees = overlaps(said, (low - 0.5, high + 0.5))
            wide = claim.has_source
            contradicts = not agrees and not overlaps(said, allowed(entry, figure, kind, wide))
            same = _same_population(groups, entry, figure)
            comparisons.append(Comparison(entry, figure, agrees, contradicts, same))
    if not comparisons:
        return None
    return FigureVerdict(stated, tuple(comparisons))


_COMPARABLE = {"level": ("plain", "of"), "change": ("change",), "share": ("of",)}
_SHARE_TAIL = re.compile(r"\b(?:linked|attributable|caused|due|related)\b.*")


def _share_of_same(text: str, stated: Figure, claim_start: int, figure: dict[str, Any]) -> bool:
    """A share is compared only with a share of the same whole: the first content word after the
    sentence's "of" must be in what the registry's share is of. "30% of smokers" is no share of
    lung cancers though the sentence names both (a wrong source is worse than a miss)."""
    after = re.match(r"\s+of\s+(.*)", fold(text[stated.end - claim_start :][:80]))
    for word in re.findall(r"[a-z0-9]+", after.group(1) if after else ""):
        if not is_function_word(word):
            return word.rstrip("s") in _share_whole(str(figure["outcome"]))
    return False


@lru_cache(maxsize=4096)  # an entry's figures are read once, not once a sentence
def _share_whole(outcome: str) -> frozenset[str]:
    """What a registry share is of: "share of lung cancers linked to smoking" -> lung, cancer."""
    whole = _SHARE_TAIL.sub(" ", fold(outcome).removeprefix("share of"))
    return frozenset(w.rstrip("s") for w in whole.split() if not is_function_word(w))


def _compare_fold(
    stated: Figure, values: list[float], applied: list[Applied]
) -> FigureVerdict | None:
    said = (values[0], values[-1])
    comparisons = []
    for a in applied:
        if a.intervention_narrowed or a.entry.relation is not None:
            continue
        for figure in a.entry.figures:
            if figure.get("unit") != "times":
                continue
            low, high = _value(figure)
            agrees = low - 0.5 <= said[0] and said[1] <= high + 0.5 and said[0] <= low + 0.5
            comparisons.append(Comparison(a.entry, figure, agrees, False, True))
    agreeing = [c for c in comparisons if c.agrees]
    return FigureVerdict(stated, tuple(agreeing)) if agreeing else None
