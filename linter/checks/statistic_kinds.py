"""Figures of kinds that are no health finding: a textbook Mendelian chance, a count of one's
own family, a product's figure against its predecessor, and a multiple of a dose (statU).

GUIDELINE.md's STAT is a health statistic reported as a finding; it excludes doses and "general
background facts that nobody would cite". Four kinds of number read like a finding by their
shape and are none:

- A Mendelian chance: "each child has a 50% chance of inheriting it", "a 1 in 4 chance of having
  cystic fibrosis" when both parents carry the gene. The chance a child inherits a parent's
  allele is the ratio of the mode of inheritance (NHGRI Talking Glossary: autosomal dominant,
  one in two; autosomal recessive, one in four from two carriers), a textbook fact. Only
  Mendel's ratios (a half, a quarter, three quarters, all), as a chance, in a sentence with a
  word of inheritance and one of kinship (figures.yaml `inheritance_terms`, `kinship`); a
  penetrance ("carriers have a 60% chance of developing breast cancer") gives no kinship and
  no Mendelian ratio and stays a statistic. A chance of developing
  or of dying with no inheriting after it is a penetrance too, even of the kin who inherited
  ("children who inherit it have a 50% chance of developing it by 40"; review25s).
- A count of one's family: "a mum of 3 kids", "lived with her husband and 3 kids", "a father
  of four" count the relatives of one person in a story (FrameNet's Kinship frame), not people
  affected. The count is small (under 20) and its noun is a kinship noun after a possessive
  determiner ("her 3 children", "her husband and 3 kids") or a kin noun and "of".
- A product's specification against its predecessor: "processes 30 percent more information
  than older chips", "40% lighter than the previous model" compare a product with its earlier
  variant (schema.org predecessorOf), a specification. Not when the words between the figure
  and the comparison name an effect or a health measure ("20% more effective than the previous
  version" is an efficacy).
- A multiple of a dose: "at doses five times higher than the recommended dose", "were given
  five times the recommended human dose" (an animal study's design; GUIDELINE.md: doses).
"""

from __future__ import annotations

import re
from functools import cache

from linter.config.lexicon import lists_alternation

# Mendel's ratios as a share: a half, a quarter, three quarters, all (NHGRI Talking Glossary,
# "Mendelian inheritance": 1:1 and 3:1 segregation).
_MENDELIAN = re.compile(
    r"(?i)^(?:(?:about|around|roughly|a|an)\s+)?(?:50|25|75|100)\s*(?:%|percent|per cent)$"
    r"|^(?:1|one|3|three)[ -](?:in|out of)[ -](?:2|two|4|four)$"
    r"|^(?:a |one[ -])?(?:half|quarter)$|^(?:fifty[ -]fifty|50[/-]50)$"
)
# A chance: the noun of probability right after the figure (Porta 2014: probability, risk,
# odds; "chance" and "likelihood" in plain words).
_CHANCE = r"\s*(?:%|percent|per cent)?\s*(?:chance|risk|probability|odds|likelihood)\b"
_CHANCE_AFTER = re.compile(_CHANCE, re.I)
# The small numbers a family has (spelled to nineteen or in digits under 20).
_SMALL = re.compile(
    r"(?i)^(?:1?\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b"
)
# Possessive determiners (Quirk et al. 1985, 6.27) or a genitive, then at most a relative and
# "and" ("her husband and"), right before the count.
_POSSESSED = r"(?:\b(?:my|our|his|her|their|your)|[\w]['’]s)\s+(?:[\w'’-]+\s+(?:and|&)\s+)?$"
_COMPARATIVE = re.compile(r"(?i)\b(?:more|less|fewer|[a-z]{3,}er)\b")
_HEALTH_BETWEEN = (
    "effect_adjectives",
    "rate_nouns",
    "outcome_measures",
    "conditions",
    "cases",
    "health_words",
    "people",
)


def _alt(*names: str) -> str:
    return lists_alternation("figures", *names)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    kin = _alt("kinship")
    return {
        "inherit": re.compile(rf"(?<![\w-]){_alt('inheritance_terms')}(?![\w-])", re.I),
        "kin": re.compile(rf"(?<![\w-]){kin}(?![\w-])", re.I),
        # The chance of an onset or a death ("a 50% chance of developing it by 40"), not of
        # being affected: a penetrance, whoever inherited (review25s).
        "onset": re.compile(rf"{_CHANCE}\s+of\s+(?!affect)(?:{_alt('outcomes')})(?![\w-])", re.I),
        "kin_count": re.compile(rf"(?:\s+{kin})$", re.I),
        "kin_before": re.compile(rf"(?:{_POSSESSED}|(?<![\w-]){kin}\s+of\s+$)", re.I),
        "predecessor": re.compile(
            r"(?P<between>[^.;:!?]{0,80}?)\b(?:than|compared (?:to|with)|versus|vs\.?)\s+"
            rf"(?:(?:the|its|their|our|your|a|an|all|any)\s+)?{_alt('product_predecessors')}"
            r"(?![\w-])",
            re.I,
        ),
        "health": re.compile(rf"(?<![\w-]){_alt(*_HEALTH_BETWEEN)}(?![\w-])", re.I),
        "dose_before": re.compile(
            rf"(?<![\w-]){_alt('dose_nouns')}\s+(?:(?:of\s+)?(?:up to|about|around|nearly|"
            r"almost|roughly|some|over|more than|at least)\s+)?$",
            re.I,
        ),
        "dose_after": re.compile(
            r"\s*(?:(?:higher|greater|larger|bigger|stronger|above|more)\b"
            r"|(?:the|a|their|its)\s+(?:[\w-]+\s+){0,3}?"
            rf"{_alt('dose_nouns')}(?![\w-]))",
            re.I,
        ),
    }


def mendelian_chance(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the figure at [start, end) is a Mendelian ratio given as a child's chance."""
    p = _patterns()
    said = text[start:end].strip()
    if not _MENDELIAN.match(said) or not _CHANCE_AFTER.match(text, end):
        return False
    # The sentence speaks of inheritance, and the chance's own clause of kin or, after the
    # chance, of inheriting: a penetrance keeps its figure ("Women who carry the gene have a
    # 50% risk of breast cancer, and each child has a 50% chance of inheriting it").
    after = re.split(r"[,;:]\s", text[end : sentence[1]])[0]
    # A chance of developing or dying with no inheriting after it is a penetrance, even of the
    # kin who inherited ("Children who inherit it have a 50% chance of developing it by 40").
    if p["onset"].match(text, end) and p["inherit"].search(after) is None:
        return False
    clause = re.split(r"[,;:]\s", text[sentence[0] : start])[-1] + text[start:end] + after
    whole = text[sentence[0] : sentence[1]]
    return p["inherit"].search(whole) is not None and (
        p["kin"].search(clause) is not None or p["inherit"].search(after) is not None
    )


def family_count(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the figure at [start, end) counts one person's relatives ("her 3 kids")."""
    p = _patterns()
    said = text[start:end]
    if not _SMALL.match(said) or not p["kin_count"].search(said):
        return False
    return p["kin_before"].search(text[max(sentence[0], start - 60) : start]) is not None


def predecessor_compared(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the figure at [start, end) compares a product with its earlier variant; not
    when its clause names people or health ("patients respond 30% better than older ones",
    "are 20% more likely to be obese than previous generations")."""
    p = _patterns()
    found = p["predecessor"].match(text, end)
    if found is None or not _COMPARATIVE.search(text[start : found.end("between")]):
        return False
    clause = re.split(r"[.;:!?]\s", text[sentence[0] : start])[-1]
    return p["health"].search(clause + " " + found.group("between")) is None


def dose_multiple(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the figure at [start, end) is a multiple of a dose ("doses five times higher",
    "five times the recommended dose")."""
    p = _patterns()
    said = text[start:end]
    if not re.search(r"(?i)\btimes\b|\d\s?[x×]|fold\b|\btwice\b", said):
        return False
    if p["dose_before"].search(text[max(sentence[0], start - 60) : start]):
        return p["dose_after"].match(text, end) is not None or bool(
            re.search(r"(?i)(?:higher|greater|larger|more)$", said)
        )
    return p["dose_after"].match(text, end) is not None and bool(
        re.search(r"(?i)times$", said.strip())
    )


def no_finding_kind(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the figure at [start, end) is of a kind that is no health finding (above)."""
    return (
        mendelian_chance(text, sentence, start, end)
        or family_count(text, sentence, start, end)
        or predecessor_compared(text, sentence, start, end)
        or dose_multiple(text, sentence, start, end)
    )
