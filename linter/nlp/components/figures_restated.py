"""A share that restates the complement of a share just given (precS, session 31).

"Most people read unaided after the lens exchange in 85% to 95% of cases. In 5% to 15% of
cases, reading glasses are still needed" (set AD's eye clinic, in other words): the second
range is 100 minus the first, of the same whole, in
the same sentence or the next. It is arithmetic of a figure already given, no new statistic
(bench/judgements/README.md `restatement`, set P's convention: "For the other 10% ..." after "90
percent ..."); the first share stays a finding, so the unit keeps its label.

Two shares are of the same whole when the noun after "of" is the same, or both are people or
cases (figures.yaml `people`, `cases`: a case is a patient): the partitive's head names the set
(Quirk et al. 1985, §5.13). The second must also be framed as the rest of that set: led by the
determiner of a complement ("the other", "the remaining", "the rest of": §6.56, "other" as the
remainder of a set already named), or opening its clause with "in" as the first did ("In 10% of
cases"), the frame of a subset of cases. "40% of patients have mild symptoms. 60% of patients
need surgery" has neither and stays two findings: the sum alone may be chance.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from linter.nlp.components.figures_classes import Classes, Reading

Found = tuple[str, re.Match[str], Reading]

# The rest of a share, or the second term of an elided comparison (Quirk et al. 1985, §15.70:
# "X contains 90% compared to 60% in Y"): figures.py reads either in the frame of the figure
# before it, so a composition compared stays a composition (precS, set AH).
REST_OR_COMPARED = re.compile(
    r"(?i)\b(?:the (?:remaining|other)|(?P<compared>compared (?:to|with)|versus|vs\.?))\s*$"
)


def inherits(rest: re.Match[str], sentence: str, end: int, first: Reading) -> bool:
    """Whether the figure ending at `end` after REST_OR_COMPARED's match `rest` takes the frame
    `first` of the figure before: always the rest of a share; a compared figure only when it
    names no whole of its own ("compared to 60% in capsules", not "compared to 10% of
    non-smokers") and the figure before is what a product holds or a diet gives (a composition
    or an intake, the frame a clause's predicate sets, "contains", "provides", which the
    ellipsis shares). A concentration read from the words beside the first figure ("heparin
    (40.0% vs 64.2%)") is not shared: the second is read on its own."""
    if not rest.group("compared"):
        return True
    shared = first.quantity in ("composition", "intake") and first.statistic is False
    return shared and _WHOLE.match(sentence, end) is None


_VALUE = re.compile(r"\d+(?:\.\d+)?")
_WHOLE = re.compile(r"\s+of\s+(?:the\s+|all\s+|these\s+|those\s+|our\s+)?([a-z][\w-]*)", re.I)
# The determiners of a complement just before the share ("the other 40%", "the remaining 30%",
# "the rest, 20%,").
_REST = re.compile(r"(?i)\b(?:the (?:other|remaining)|the rest(?: of them)?,?)\s*$")
# "In 10% of cases": the share opens its clause after "in" (a sentence's start, or after a
# comma, a semicolon or a conjunction).
_IN_FRAME = re.compile(r"(?i)(?:^|[,;:]\s*|\b(?:and|but|while|whereas)\s+)\W*in\s+$")


def restated(
    c: Classes, found: Sequence[Found], sentence: str, before: Sequence[tuple[str, str]]
) -> tuple[list[Found], list[tuple[str, str]]]:
    """The figures that are no restated complement, and this sentence's shares (each as its
    values' text and its whole) for the next sentence. `before`: the previous sentence's."""
    kept: list[Found] = []
    shares = list(before)
    mine: list[tuple[str, str]] = []
    for item in found:
        kind, m, _ = item
        if kind != "percent":
            kept.append(item)
            continue
        whole = _WHOLE.match(sentence, m.end())
        share = (m.group(0), whole.group(1).lower() if whole else "")
        framed = _REST.search(sentence[: m.start()]) or _IN_FRAME.search(sentence[: m.start()])
        if not (framed and any(_complement(c, share, other) for other in shares)):
            kept.append(item)
        shares.append(share)
        mine.append(share)
    return kept, mine


def _complement(c: Classes, share: tuple[str, str], other: tuple[str, str]) -> bool:
    """Whether `share` is 100 minus `other` (a range's bounds swapped) of the same whole."""
    values = sorted(float(v) for v in _VALUE.findall(share[0]))
    given = sorted(100 - float(v) for v in _VALUE.findall(other[0]))
    if not values or len(values) != len(given) or values != given:
        return False
    return _same_whole(c, share[1], other[1])


def _same_whole(c: Classes, one: str, two: str) -> bool:
    if not one or not two:
        return not one  # "the other 40%" with no "of": the whole of the share before
    if one == two:
        return True
    kinds = c.pattern("", "people cases")
    return bool(kinds.fullmatch(one) and kinds.fullmatch(two))
