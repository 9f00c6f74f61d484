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
_UNIT_WORDS = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "decade"}
_TIMEFRAME = re.compile(r"(\d+|" + "|".join(_WORDS) + r")[ -](day|week|month|year|decade)s?", re.I)
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


def timeframe(text: str | None) -> tuple[float, str] | None:
    """("after five years") -> (5.0, "year"); months and weeks kept as they are."""
    if not text:
        return None
    m = _TIMEFRAME.search(text)
    if m is None:
        return None
    return numbers(m.group(1))[0], _UNIT_WORDS[m.group(2).lower()]


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
