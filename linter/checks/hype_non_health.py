"""Praise whose object is no health effect: a cosmetic look, the provider's hospitality, a local
ranking in a call to book, a product's form in its title (issue 14, session 28, precZ; census of
sets RR, SS and TT). GUIDELINE.md's OVER is wording "about a health effect or safety".

- Looks: "highly effective for glowing skin and silky hair", "works wonders for soft, shiny
  hair". The praise's object in its clause is a quality of appearance (hype.yaml
  `appearance_qualities`) of skin, hair or complexion (`appearance_targets`): a cosmetic's
  purpose in law (EU Regulation 1223/2009 Art. 2(1)(a); FD&C Act §201(i)), not a drug's. A
  skin or hair condition anywhere in the sentence (`skin_and_hair_conditions`: "acne",
  "hair loss") or a disease keeps the finding, and so does any other content word in the
  clause (review28p): "for glowing skin and strong, pain-free joints" praises a health effect
  too, whatever the joints' word is.
- Hospitality: "Our nurses are remarkably successful at making patients feel welcome". The
  praise's complement is "at/in" + a causative gerund (making, helping, getting, putting,
  keeping) whose result is a state of being received (`hospitality_states`), and the subject
  is the provider's people (`provider_people`, practice.yaml `health_personnel`). "...
  successful at getting patients back to sport after surgery" names an outcome and stays; so
  does a state with more after it than the visit's time ("feel at ease in social situations
  after years of social anxiety", "comfortable again after back pain": relief; review28p).
- A local ranking in a call to book: "Book your consultation today for the best hair
  transplant in Chennai". A superlative whose noun phrase closes on "in" and a capitalised
  place, in a sentence with a booking word (`booking_words`): the keyword phrase of local
  search (Google Search Central's spam policies name such city lists). "We provide the best
  Ayurvedic treatment in Delhi" (a declarative ranking) stays.
- A product's form in its title: "Golden Turmeric Healing Elixir". "Elixir" as the last
  capitalised word of a title, after capitalised modifiers only, names a dosage form
  (figures.yaml `dosage_forms`); "The Elixir of Youth" and "Turmeric Is Nature's Elixir" stay.
"""

from __future__ import annotations

import re
from functools import cache

from linter.checks.hype_defining import defined_by_aim, helping_goal
from linter.checks.hype_reading import found_in
from linter.checks.hype_words import FUNCTION_WORDS, Candidate, hype_lexicon, words
from linter.claim import Claim
from linter.config.lexicon import alternation, default_lexicon, word_pattern

# The verbs that give or keep a look, and a manner adverb, around the looks in the praise's
# object ("at giving you glowing skin", "for keeping hair soft and shiny naturally").
_GIVING = words(
    "give gives giving get gets getting keep keeps keeping leave leaves leaving achieve "
    "achieving naturally"
)

# After the state only the clause's end or the time of the visit ("from the first phone
# call", "at every appointment"): more words may name the relief ("at ease in social
# situations after years of social anxiety") and make it an outcome (review28p).
_VISIT_AFTER = (
    r"(?=\s*(?:[.!;,]|$)|\s+(?:here|from\s+the\s+(?:first|moment|minute|start)|(?:at|during|"
    r"throughout|on)\s+(?:every|each|their|your|the|arrival)\b))"
)

# The classes of praise and ranking whose object decides whether they speak of health.
PRAISE_KINDS = frozenset(
    {
        "praised_efficacy",
        "assured_outcome",
        "praised_results",
        "raised_effect",
        "intensified_efficacy",
        "miracle_idioms",
        "magical_effect",
        "ranked_efficacy",
        "superlative",
        "evaluative",
        "extreme",
        "scale",
        "acclaimed_efficacy",
        "claimed_superiority",
    }
)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = default_lexicon()
    qualities = alternation(lex.get("hype.appearance_qualities"))
    targets = alternation(lex.get("hype.appearance_targets"))
    states = alternation(lex.get("hype.hospitality_states"))
    people = alternation(lex.get("hype.provider_people") + lex.get("practice.health_personnel"))
    return {
        # "glowing skin", "soft, shiny hair", "skin soft and fair"
        "looks": re.compile(
            rf"(?i)\b{qualities}(?:,?\s+(?:and\s+|or\s+)?{qualities}){{0,3}},?\s+{targets}\b"
            rf"|\b{targets}\s+(?:\w+\s+)?{qualities}\b"
        ),
        "conditions": word_pattern(lex.get("hype.skin_and_hair_conditions")),
        "hospitality": re.compile(
            rf"(?i)^\s+(?:at|in)\s+(?:making|helping|getting|putting|keeping)\s+"
            rf"(?:[\w'’-]+\s+){{1,3}}?(?:(?:feel|be|become|stay)\s+)?"
            rf"(?:(?:very|so|really|truly|completely)\s+)?{states}\b{_VISIT_AFTER}"
        ),
        "people": re.compile(rf"(?i)(?<![\w-]){people}(?![\w-])"),
        "booking": word_pattern(lex.get("hype.booking_words")),
        "forms": word_pattern(lex.get("figures.dosage_forms")),
    }


def looks_only(text: str, claim: Claim, end: int) -> bool:
    """Praise whose object is the look of skin or hair, with no condition in the sentence."""
    found = _patterns()
    # Asked once a sentence (found_in is cached), not once for each of its candidates.
    named = found_in(found["conditions"], text, claim.start, claim.end)
    if named or found_in(hype_lexicon().diseases, text, claim.start, claim.end):
        return False
    clause = re.split(r"[.;:!?]|\bbut\b", text[end : claim.end], maxsplit=1)[0]
    if found["looks"].search(clause) is None:
        return False
    # The looks are the whole object: every other word is a function word or a verb that
    # gives the look (review28p: "for glowing skin and a healthy heart" praises a heart).
    rest = re.findall(r"[\w'’-]+", found["looks"].sub(" ", clause))
    return all(w.lower() in FUNCTION_WORDS or w.lower() in _GIVING for w in rest)


def hospitality(text: str, claim: Claim, start: int, end: int) -> bool:
    """Praise of the provider's people for making patients feel welcome or at ease."""
    found = _patterns()
    if not found["hospitality"].match(text[end : claim.end]):
        return False
    return found["people"].search(text, claim.start, start) is not None


_PLACE = re.compile(
    r"\s+in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*(?:[.!,;:]|today|now|$)"
)


def local_ranking(text: str, claim: Claim, start: int, end: int) -> bool:
    """A superlative closed by "in <Place>" in a sentence that calls to book."""
    if not re.match(r"(?i)(?:the\s+)?best\b", text[start:end]):
        return False
    rest = text[end : claim.end]
    # The ranked noun phrase: up to four more words before "in <Place>" ("hair transplant").
    phrase = re.match(r"(?:\s+[\w'’-]+){0,4}?" + _PLACE.pattern, rest)
    if phrase is None or re.search(r"(?i)\bfor\b", rest[: phrase.end()]):
        return False  # "the best treatment for hair loss in Chennai" ranks a remedy for an ailment
    return _patterns()["booking"].search(text, claim.start, claim.end) is not None


def product_title(text: str, claim: Claim, start: int, end: int, heading: bool) -> bool:
    """A dosage form noun that closes a title after capitalised modifiers only."""
    if not heading or not _patterns()["forms"].fullmatch(text[start:end]):
        return False
    if text[end : claim.end].strip(" *_.!:\n"):
        return False  # "The Elixir of Youth": words follow it
    before = re.findall(r"[\w'’-]+", text[claim.start : start])
    return bool(before) and all(
        w[:1].isupper() and w.lower() not in FUNCTION_WORDS and not w.endswith(("'s", "’s"))
        for w in before
    )


def aim_or_no_health(text: str, claim: Claim, candidate: Candidate, heading: bool) -> str | None:
    """Why a candidate is no claim by the readings of this module and of hype_defining.py."""
    start, end, kind = candidate.start, candidate.end, candidate.kind
    if kind == "detox" and defined_by_aim(text, claim, start, heading):
        return "definition"  # "a process used to cleanse the body of toxins"
    if helping_goal(text, claim, start, kind):
        return "goal"  # "My goal is to help you reverse ageing"
    if kind == "promotional_labels" and product_title(text, claim, start, end, heading):
        return "name"  # "Lavender Sleep Elixir"
    if kind not in PRAISE_KINDS:
        return None
    if looks_only(text, claim, end) or hospitality(text, claim, start, end):
        return "non-health"  # "for glowing skin", "at making patients feel welcome"
    if local_ranking(text, claim, start, end):
        return "non-health"  # "Book ... the best hair transplant in Chennai"
    return None
