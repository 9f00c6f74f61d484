"""Numbers out of figure text, and the interval a figure with its comparator allows."""

from __future__ import annotations

import math
import re

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100, "twice": 2,
}  # fmt: skip
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + "|".join(_WORDS), re.I)
# A timeframe in any spelling: "5-year", "five-year", "five years", "5 yr", "60 months".
_TIMEFRAME = re.compile(
    r"(?<![\w.])(?P<n>\d+(?:\.\d+)?|" + "|".join(w for w in _WORDS if " " not in w) + r")"
    r"(?:\s*-\s*|\s+)?(?P<unit>decades?|years?|yrs?|y|months?|mos?|weeks?|wks?|days?)(?![a-z])",
    re.I,
)
_DAY_N = re.compile(r"\bday[\s-]*(?P<n>\d+)\b", re.I)
_MONTHS = {"decade": 120.0, "year": 12.0, "yr": 12.0, "y": 12.0, "month": 1.0, "mo": 1.0}
_MONTHS |= {"week": 12 / 52.1775, "wk": 12 / 52.1775, "day": 12 / 365.25}
ABOVE = ("over", "more than", "above", "at least", "upwards of", "in excess of")
BELOW = ("up to", "less than", "fewer than", "under", "below", "at most", "as few as")
ABOUT = ("nearly", "almost", "about", "around", "approximately", "roughly", "some", "an estimated")


def numbers(text: str) -> list[float]:
    """Every number in a figure's text, words included ("five", "twice")."""
    values = []
    for m in _NUMBER.finditer(text):
        token = m.group(0).lower()
        values.append(float(_WORDS[token]) if token in _WORDS else float(token.replace(",", "")))
    return values


def _months(number: str, unit: str) -> float:
    unit = unit.lower().rstrip(".")
    unit = unit[:-1] if unit.endswith("s") and unit not in ("mos",) else unit
    unit = "mo" if unit == "mos" else unit
    value = float(_WORDS[number.lower()]) if number.lower() in _WORDS else float(number)
    return value * _MONTHS[unit]


def timeframes(text: str | None) -> list[float]:
    """Every timeframe in a text, in months, in order ("five-year" and "60 months" are 60)."""
    if not text:
        return []
    found = [_months(m.group("n"), m.group("unit")) for m in _TIMEFRAME.finditer(text)]
    found += [_months(m.group("n"), "day") for m in _DAY_N.finditer(text)]
    return found


def timeframe(text: str | None) -> float | None:
    """The first timeframe in a text, in months ("after five years" -> 60.0)."""
    found = timeframes(text)
    return found[0] if found else None


def same_time(a: float, b: float) -> bool:
    return abs(a - b) <= 0.02 * max(a, b)


def interval(
    value: float | tuple[float, float], comparator: str | None, tolerance: float
) -> tuple[float, float]:
    """The values a stated figure allows: "over 80%" is (80, inf); "84%" is 84 +/- tolerance."""
    low, high = value if isinstance(value, tuple) else (value, value)
    comparator = (comparator or "").lower()
    if comparator in ABOVE:
        return low, math.inf
    if comparator in BELOW:
        return -math.inf, high
    if comparator in ABOUT:
        tolerance = max(tolerance, 0.05 * high)
    return low - tolerance, high + tolerance


def overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]
