"""Lower-casing lexicon fragments: the quick path says what the character loop says."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from linter.nlp.phrase_regex import _lower_fragment


def _reference(fragment: str) -> str:
    """The character loop, escapes kept as written, a top-level "|" wrapped."""
    out, escaped, depth, bar = [], False, 0, False
    for ch in fragment.strip():
        out.append(ch if escaped else ch.lower())
        if not escaped:
            depth += {"(": 1, ")": -1}.get(ch, 0)
            bar = bar or (ch == "|" and depth == 0)
        escaped = ch == "\\" and not escaped
    text = "".join(out)
    return f"(?:{text})" if bar else text


@given(st.text(alphabet="aBcXyZ ()|\\?-ΣσİÉ.", max_size=24))
def test_lower_fragment_matches_the_character_loop(fragment: str) -> None:
    assert _lower_fragment(fragment) == _reference(fragment)


def test_escapes_and_alternatives() -> None:
    assert _lower_fragment(" Anti-Inflammatory ") == "anti-inflammatory"
    assert _lower_fragment(r"\W+Cure") == r"\W+cure"
    assert _lower_fragment("Heals|Cures") == "(?:heals|cures)"
    assert _lower_fragment("ΚΑΛΟΣ") == "καλοσ"  # letter by letter: no final sigma
