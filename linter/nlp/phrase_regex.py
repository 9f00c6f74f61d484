"""Fast whole-word matching of long phrase lists: shared prefixes become one regex branch."""

from __future__ import annotations

import re

_META = set("\\()[]{}?*+|.^$")
_QUANTIFIERS = ("?", "*", "+", "{")
MAX_EXPANSION = 64
# Whole words: no letter, digit or hyphen just before a match, no letter or digit just after.
# A fragment that starts with a punctuation mark (the terminate cues ";", ":", "—") is not
# tested before it, and one that ends with a mark not after it: a semicolon written right after
# a word ("at risk; 40%") is no part of the word, and the whole-word test refused it (review20k).
WORD_START = r"(?<![\w-])"
WORD_END = r"(?!\w)"
# The end test for a list that holds a fragment ending with a mark: only after a word character.
EDGE_END = r"(?:(?!\w)|(?<!\w))"


def _lower_fragment(fragment: str) -> str:
    """Lower-case a regex fragment's letters, but not escapes (\\W, \\S and \\D mean something).

    A fragment with a top-level "|" is wrapped, so that a shared prefix applies to all of it.
    """
    if fragment.isascii() and "\\" not in fragment and "|" not in fragment:
        return fragment.strip().lower()  # what the loop below gives, without a Python loop
    out, escaped, depth, bar = [], False, 0, False
    for ch in fragment.strip():
        out.append(ch if escaped else ch.lower())
        if not escaped:
            depth += {"(": 1, ")": -1}.get(ch, 0)
            bar = bar or (ch == "|" and depth == 0)
        escaped = ch == "\\" and not escaped
    text = "".join(out)
    return f"(?:{text})" if bar else text


def _leading_group(fragment: str) -> tuple[list[str], str, bool] | None:
    """A fragment that opens with a flat group "(a|b)" or "(a|b)?": its options and the rest."""
    if not fragment.startswith("("):
        return None
    end = fragment.find(")")
    inner = fragment[1:end]
    if end < 0 or inner.startswith("?") or any(c in inner for c in "()[]\\"):
        return None
    rest = fragment[end + 1 :]
    optional = rest.startswith("?")
    if rest[:1] in ("*", "+", "{"):
        return None
    return inner.split("|"), rest[1:] if optional else rest, optional


def expand(fragment: str) -> list[str]:
    """Spell out a fragment's leading group so that each option starts with a literal word."""
    group = _leading_group(fragment)
    if group is None:
        return [fragment]
    options, rest, optional = group
    tails = expand(rest.lstrip()) if optional else [rest]
    heads = [o + t for o in options for t in expand(rest)]
    if optional:
        heads += tails
    return heads if len(heads) <= MAX_EXPANSION else [fragment]


def longest_first(fragment: str) -> tuple[int, str]:
    """Sort key: the longest first, and fragments of one length in alphabetical order, so that
    the same fragments always make the same pattern text (a set's order changes from one run to
    the next with the string hash seed, and a pattern whose text changes cannot come from
    linter/nlp/regex_cache.py's file of compiled programs)."""
    return -len(fragment), fragment


def trie(fragments: list[str], depth: int = 0) -> str:
    """An alternation in which fragments sharing a literal first letter share one branch.

    Python's regex engine tries every option of an alternation at every word start; sharing
    prefixes lets it drop most options after one character (15x faster on the verb list).
    """
    heads: dict[str, list[str]] = {}
    rest: list[str] = []
    for frag in sorted(set(fragments), key=longest_first):
        first = literal_first(frag)
        if first is not None and depth < 4:
            heads.setdefault(first, []).append(frag[1:])
        else:
            rest.append(frag)
    parts = []
    for first, tails in heads.items():
        if len(tails) == 1:
            parts.append(first + tails[0])
        else:
            inner = trie([t for t in tails if t], depth + 1)
            parts.append(first + inner + ("?" if "" in tails else ""))
    return "(?:" + "|".join(parts + rest) + ")"


def phrase_pattern(fragments: list[str]) -> re.Pattern[str]:
    """Match any fragment as whole words in LOWER-CASED text (see `lower`): no letter, digit or
    hyphen just before ("non-associated" is not "associated"), no letter or digit just after;
    a fragment's side that is a punctuation mark is not tested (see `bounded`, `end_test`).

    Python's IGNORECASE makes every branch compare case-folded characters at every position;
    lower-casing the text once and matching a case-sensitive trie is twice as fast.
    """
    return compile_phrases(spell(fragments))


def spell(fragments: list[str]) -> list[str]:
    """The fragments lower-cased, each leading group spelt out (see `expand`)."""
    return [e for f in fragments if f.strip() for e in expand(_lower_fragment(f))]


def compile_phrases(spelled: list[str]) -> re.Pattern[str]:
    """`phrase_pattern` of fragments already spelt; no fragments match nothing."""
    if not spelled:
        return re.compile(r"(?!)")
    return re.compile(bounded(spelled) + end_test(spelled))


def bounded(spelled: list[str]) -> str:
    """The fragments' trie with the start test: fragments that start with a word character (or
    a regex item) after `WORD_START`, those that start with a punctuation mark in a trie of
    their own with none. A list of words alone keeps the one trie it always had (and the
    speed: Python's regex engine then fails at once inside a word)."""
    words, marks = split_marks(spelled)
    if not marks:
        return WORD_START + trie(words)
    if not words:
        return trie(marks)
    return f"(?:{WORD_START}{trie(words)}|{trie(marks)})"


def split_marks(spelled: list[str]) -> tuple[list[str], list[str]]:
    """The fragments that start with a word character or a regex item, and those that start
    with a punctuation mark."""
    marks = [f for f in spelled if _punctuation(f[:1])]
    return [f for f in spelled if not _punctuation(f[:1])], marks


def end_test(spelled: list[str]) -> str:
    """`WORD_END`, or `EDGE_END` for a list with a fragment that ends with a punctuation mark."""
    return EDGE_END if any(_punctuation(f[-1:]) for f in spelled) else WORD_END


def _punctuation(char: str) -> bool:
    """A literal mark that is no word character (not a regex operator, a hyphen or a space)."""
    return bool(char) and not (char.isalnum() or char in _META or char in "_- ")


def literal_first(fragment: str) -> str | None:
    """The character every match of a spelt fragment starts with, if it is a plain letter."""
    first = fragment[:1]
    plain = first.isalnum() and first not in _META and fragment[1:2] not in _QUANTIFIERS
    return first if plain else None


def literal_prefix(fragment: str, limit: int) -> str:
    """The characters (at most `limit`) every match of a spelt fragment starts with."""
    prefix = ""
    for at, char in enumerate(fragment[:limit]):
        if char in _META or fragment[at + 1 : at + 2] in _QUANTIFIERS:
            break
        prefix += char
    return prefix


def lower(text: str) -> str:
    """Lower-case text without changing its length, so match offsets stay valid."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
