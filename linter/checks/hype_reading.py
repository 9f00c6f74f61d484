"""How a hype word reads in its sentence: its clause, negation, a name or a noun compound that
names a thing, a cure that is a goal or a clinical statement, an organ that does the work.
Separate from hype.py, which finds the candidates and decides on them with these readings.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from linter.checks.hype_denials import HARM_DENIAL, denied_statement
from linter.checks.hype_reversal import relation_reversed
from linter.checks.hype_words import (
    _AFTER_VERB,
    _BEFORE_ADJECTIVE,
    _CLAUSE,
    _DENIED_AFTER,
    _EXISTENTIAL,
    _HOPE,
    _NEXT_WORD,
    _NOMINAL,
    _POINTED,
    _PREDICATE_AFTER,
    _PREDICATE_BEFORE,
    _PREPOSITIONS,
    _PURPOSE,
    _QUESTION_START,
    _REJECTION,
    _SPACES,
    _SPECULATIVE,
    _STRICT_CLAUSE,
    _TOUGH,
    _WORD,
    AUXILIARIES,
    DETERMINERS,
    FUNCTION_WORDS,
    NEGATION_REACH,
    hype_lexicon,
)
from linter.claim import Claim


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _clause(claim: Claim, start: int, end: int, strict: bool = False) -> tuple[int, int]:
    """The passage characters of the clause around [start, end) within its sentence; `strict`
    also ends it at a dash or "because" (where a negation stops, but not a qualifier)."""
    base = claim.start
    breaks = _clause_breaks(claim.text, strict)
    # The last break that ends at or before `start`, and the first that starts at or after
    # `end`, as a scan of the breaks in order would find them.
    ends = [e for _, e in breaks]
    at = bisect.bisect_right(ends, start - base)
    left = breaks[at - 1][1] if at else 0
    right = len(claim.text)
    for s, _ in breaks[at:]:
        if s >= end - base:
            right = s
            break
    return base + left, base + right


@lru_cache(maxsize=256)
def _clause_breaks(sentence: str, strict: bool) -> list[tuple[int, int]]:
    """Where the sentence's clauses break, found once per sentence (a sentence with many
    candidates asked for each of them)."""
    return [m.span() for m in (_STRICT_CLAUSE if strict else _CLAUSE).finditer(sentence)]


@lru_cache(maxsize=256)
def _sentence_flags(sentence: str) -> tuple[bool, bool]:
    """Whether the sentence names an alternative remedy, and whether it reports a finding."""
    lex = hype_lexicon()
    return bool(lex.alternative.search(sentence)), bool(lex.findings.search(sentence))


@lru_cache(maxsize=256)
def found_in(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether `pattern` occurs in `text[start:end]`, a sentence or a clause: answered once for
    it, not for each of its candidates (a long line of them cost its length every time)."""
    return pattern.search(text, start, end) is not None


def negated(text: str, claim: Claim, start: int, end: int) -> bool:
    """A negative word earlier in the clause reaches the term ("is rarely cured", "none of these
    tests has yet been proven"), or to its end through a verb of saying (hype_denials.py); one
    inside the term is its own ("no side effects")."""
    lex = hype_lexicon()
    left, _ = _clause(claim, start, end, strict=True)
    before = text[left:start]
    masked = [m.span() for m in lex.not_negations.finditer(before)]
    masked += [m.span() for m in HARM_DENIAL.finditer(before)]
    for m in lex.negations.finditer(before):
        if any(s <= m.start() < e for s, e in masked):
            continue
        between = before[m.end() :]
        near = "," not in between and len(_words(between)) <= NEGATION_REACH
        if near or denied_statement().match(before, m.end()):
            return True
    return False


# Not across a spaced dash: list items run together into one sentence (" - Enhanced ...")
# are separate lines, not a name's next word (overF, session 32).
_FOLLOWING = re.compile(r"(?![ \t]+-[ \t])[ \t-]+([\w'’]+)")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:]\s+|[\"“(*]\s*)$")
_WORD_BEFORE = re.compile(r"([\w'’]+)[ \t]+$")
_NEXT_TOKEN = re.compile(r"\s*([\w'’-]+|[^\w\s])")


def _tail(text: str, start: int) -> str:
    """The end of `text[:start]` the `$`-anchored patterns above read, from the character before
    its last word (so `^` and the whole word read as in the prefix, whose search per candidate
    cost the square of a long line)."""
    at = start
    while at > 0 and not text[at - 1].isalnum() and text[at - 1] not in "_'’":
        at -= 1
    while at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_'’"):
        at -= 1
    return text[max(0, at - 1) : start]


def is_name(text: str, start: int, end: int, title_case: bool) -> bool:
    """The term is part of a name: "Reverse T3", "The Game Changers", "Miracle Whip"."""
    after = _FOLLOWING.match(text, end)
    if after and re.fullmatch(r"(?=.*\d)[A-Za-z0-9]+|[A-Z0-9]{2,}", after.group(1)):
        return True  # a code or an acronym follows: "Reverse T3", "Breakthrough T1D"
    if title_case or not text[start:end][:1].isupper():
        return False  # in a title every word is capitalised: that shows no name

    def capitalised(word: str) -> bool:
        return word[:1].isupper() and word.lower() not in FUNCTION_WORDS

    following = capitalised(after.group(1)) if after else False
    tail = _tail(text, start)
    if _OPENS_SENTENCE.search(tail):
        return False  # a sentence's first word is capitalised anyway
    before = _WORD_BEFORE.search(tail)
    return following or (before is not None and before.group(1)[:1].isupper())


@lru_cache(maxsize=256)  # asked once for each candidate of the sentence
def title_case(sentence: str) -> bool:
    """Whether most content words of the sentence are capitalised (a title or a heading)."""
    words = [w for w in _WORD.findall(sentence) if w.lower() not in FUNCTION_WORDS]
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 0.75 * len(words)


def names_a_thing(text: str, start: int, end: int) -> bool:
    """A hype noun before another noun names a kind of it ("breakthrough pain", "the cure
    model"), where that noun is a sign or event ("a miracle cure" is a promise)."""
    word = text[start:end]
    if not _NOMINAL.fullmatch(word):
        return False
    after = _NEXT_WORD.match(text, end)
    if after is None or after.group(1).lower() in FUNCTION_WORDS:
        return False
    if word.lower().startswith("cure"):
        # "the cure model", "a cure rate": a noun cure before a noun is always a term; "turmeric
        # cures arthritis" is a verb and its object.
        prev = _previous(text, start)
        return bool(prev) and prev[0] in DETERMINERS
    return hype_lexicon().clinical_events.match(text, after.start(1)) is not None


def _previous(text: str, start: int, count: int = 1) -> list[str]:
    """The last `count` words before `start` (nearest last), lower-cased."""
    return _words(text[max(0, start - 80) : start])[-count:]


def _next(text: str, end: int) -> str:
    m = _NEXT_TOKEN.match(text, end)  # from `end`, not a copy of the rest of the text
    return m.group(1).lower() if m else ""


def _after_punctuation(text: str, start: int) -> bool:
    return re.search(r"[,;(]\s*$", text[max(0, start - 3) : start]) is not None


# A cure the writer calls false by a premodifier of fraud or doubt, up to one word before the
# noun ("fake miracle cures"): the health-fraud names of FDA's "Health Fraud Scams" and of
# Wikipedia's "Snake oil" and "Quackery", and the expressions of doubt of Wikipedia's Manual of
# Style, "Words to watch" (so-called, supposed, alleged, purported).
_DISOWNED = re.compile(
    r"(?i)\b(?:snake[- ]oil|quack|bogus|fake|sham|phony|phoney|fraudulent|so-called|supposed|"
    r"alleged|purported|pseudo)(?:\s+[\w-]+)?\s+$"
)


def cure_reading(text: str, claim: Claim, start: int, end: int) -> str | None:
    """Why a cure or reversal word is no claim ("goal", "term", "question", "difficulty"), or
    None."""
    word = text[start:end].lower()
    prev = _previous(text, start, 2)
    prev1 = prev[-1] if prev else ""
    nxt = _next(text, end)
    sentence = text[claim.start : claim.end]
    before = text[max(claim.start, start - 60) : start]
    if _TOUGH.search(before):
        return "difficulty"  # "can be difficult to cure": how hard, not a promise
    if word in ("cure", "cures") and _DISOWNED.search(before):
        return "disowned"  # "the snake oil cures of old", "bogus herbal cures": called false
    if word in ("cure", "cures"):
        noun = prev1 in DETERMINERS or nxt in ("for", "") or not nxt[:1].isalnum()
        noun = noun or prev1 in hype_lexicon().cure_modifiers
        if noun:
            praised = any(w in hype_lexicon().cure_modifiers or w in _POINTED for w in prev)
            copula = _PREDICATE_BEFORE.search(before)
            if copula and _EXISTENTIAL.search(before[: copula.start()]):
                # "there is a cure for hepatitis C" claims one; "there may be a cure someday"
                # hopes for one.
                left, right = _clause(claim, start, end)
                if _HOPE.search(text, left, right):
                    return "goal"
            if praised:
                return None
            # "the search for a cure", "potential cures for epilepsy are being studied": a goal;
            # "could lead to a cure": a (hedged) promise.
            goal = hype_lexicon().cure_goals.search(text, max(claim.start, start - 40), start)
            if goal is not None and len(_words(text[goal.end() : start])) <= 3:
                return "goal"
            if copula is not None or _PREDICATE_AFTER.match(text, end) is not None:
                return None  # "turmeric is a cure for ...", "the only cure for X is surgery"
            if _DENIED_AFTER.match(text, end):
                return "negated"  # "a cure for Crohn's disease isn't available yet"
            return None
    if word in ("curing", "reversing") and prev1 in _PREPOSITIONS:
        return "goal"  # "connected to curing the condition": the activity named, not claimed
    gap = _SPACES.match(text, end)
    if word == "cured" and gap and hype_lexicon().cured_foods.match(text, gap.end()):
        return "term"  # "hard cured salami", "avoid cured pork": preserved food
    if word in ("cured", "reversed") and nxt not in _AFTER_VERB:
        listed = prev1 in ("and", "or") and len(prev) > 1 and prev[0].endswith("ed")
        if not prev1 or prev1 in _BEFORE_ADJECTIVE or listed or _after_punctuation(text, start):
            # An adjective: "cured meats", "eat less cured meat", "smoked, cured, or pickled".
            return "term"
    if word.startswith("revers") and relation_reversed(text, start, end):
        return "non-health"  # "reverse this relationship": a relation flips (hype_reversal.py)
    adjective_slot = not prev1 or prev1 in DETERMINERS or prev1 in ("on", "of", "in")
    compound = gap is not None and hype_lexicon().reverse_compounds.match(text, gap.end())
    if word == "reverse" and (compound or (adjective_slot and nxt not in _AFTER_VERB)):
        return "term"  # "reverse isolation", "a reverse shoulder replacement", "reverse engineer"
    if _PURPOSE.search(before):
        return "goal"  # "treatment intended to cure", "no longer aimed at curing"
    if sentence.rstrip().endswith("?") and _QUESTION_START.match(sentence) and prev1 in AUXILIARIES:
        return "question"  # "Can TMJ disorder be cured?"
    return None


def clinical(text: str, claim: Claim, start: int, end: int) -> bool:
    """A plain clinical statement: the claim holds for some patients or stages only ("usually
    cures", "most patients have no side effects"), or standard care is what cures ("antibiotics
    cure strep throat", "the only cure for appendicitis is surgery"); never when an alternative
    remedy is what is said to do it, the sentence reports a study's result, or a speculative
    hedge makes it a hope ("could cure many patients")."""
    lex = hype_lexicon()
    sentence = text[claim.start : claim.end]
    alternative, finding = _sentence_flags(sentence)
    if alternative:
        return False
    if any(_SPECULATIVE.search(m.text) for m in claim.modifiers_over(start, end, "hedge")):
        return False
    if finding:
        return False  # "the drug cured most patients in the trial": a result, not practice
    left, right = _clause(claim, start, end)
    if found_in(lex.qualifiers, text, left, right):
        return True
    if lex.standard_care.search(text, left, start):
        return True  # "antibiotics cure strep throat", "a medication that can cure"
    named = text[start:end].lower() in ("cure", "cures") and (
        _PREDICATE_AFTER.match(text, end) is not None
        or _PREDICATE_BEFORE.search(text[max(left, start - 60) : start]) is not None
    )
    return named and lex.standard_care.search(text, left, right) is not None


def organ_does_it(text: str, claim: Claim, start: int, end: int) -> bool:
    """Detox wording whose subject is an organ ("the liver flushes out toxins"): physiology."""
    lex = hype_lexicon()
    left, _ = _clause(claim, start, end)
    subject = text[left:start]
    return bool(lex.organs.search(subject)) and not lex.alternative.search(subject)


def rejected_next(text: str, following: tuple[Claim, ...]) -> bool:
    """The next sentence (`following`: it, or nothing) rejects this one: "... they think it
    will cure their cancer. This has not been shown to help." """
    return any(_REJECTION.match(text, c.start, c.end) is not None for c in following)
