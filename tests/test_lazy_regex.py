"""A lazy pattern matches exactly as re.compile would, and is compiled only when first used."""

from __future__ import annotations

import re

from linter.nlp.lazy_regex import LazyPattern, lazy

TEXT = "Researchers at the Mayo Clinic said that, per the CDC, 1 in 5 adults snore. mayo"


def test_it_matches_as_the_compiled_pattern() -> None:
    source, flags = r"(?P<name>Mayo|CDC)\b(?P<tail>,? \w+)?", re.IGNORECASE
    eager, lazy_one = re.compile(source, flags), LazyPattern(source, flags)
    assert [m.span() for m in lazy_one.finditer(TEXT)] == [m.span() for m in eager.finditer(TEXT)]
    assert [m.groupdict() for m in lazy_one.finditer(TEXT, 20, 60)] == [
        m.groupdict() for m in eager.finditer(TEXT, 20, 60)
    ]
    assert lazy_one.search(TEXT, 30).span() == eager.search(TEXT, 30).span()  # type: ignore[union-attr]
    assert lazy_one.match(TEXT) is None and eager.match(TEXT) is None
    assert lazy_one.match(TEXT, 19).span() == eager.match(TEXT, 19).span()  # type: ignore[union-attr]
    assert lazy_one.fullmatch("CDC") is not None and lazy_one.fullmatch("CDCs") is None


def test_it_compiles_on_first_use_only() -> None:
    pattern = LazyPattern(r"\bsnore\b")
    assert pattern._compiled is None
    assert pattern.search(TEXT) is not None
    first = pattern._compiled
    assert first is not None and pattern.compiled is first


def test_one_object_per_pattern_and_flags() -> None:
    # A shared trigger is searched once per text by its identity (attribution_named.find).
    assert lazy(r"\bper\b") is lazy(r"\bper\b")
    assert lazy(r"\bper\b") is not lazy(r"\bper\b", re.IGNORECASE)
