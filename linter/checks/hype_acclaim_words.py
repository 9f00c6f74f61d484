"""The classes of a remedy's efficacy or safety praised after the copula, and of a seller's
claim of superiority (issue 14, session 31, overQ), composed from the word classes of
rules/lexicon/hype.yaml (`efficacy_qualities`, `comfort_qualities`, `painless_words`,
`offered_qualities`, `degree_boosters`, `superiority_predicates`, `superlative_domains`,
`treatment_heads`) by the grammar of the predicative adjective and the noun phrase:

- `acclaimed_efficacy`: a predicative adjective phrase after the copula (Quirk et al. 1985,
  §16.38) whose adjectives are evaluative and coordinated (§13.68), at least one of them an
  efficacy adjective and at least one raised by a maximizer or booster (§8.104-8.106): "is
  safe, comfortable and highly effective", "are extremely effective for", "is remarkably safe
  and incredibly effective". The booster must stand in the coordination: "is safe and
  effective" (the regulator's pair) is none.
- `claimed_superiority`: the rank without rival predicated of care (§7.82: "is second to
  none for back pain", "are unmatched"), the gold standard claimed (Merriam-Webster, "gold
  standard", 2: "a standard of comparison that is the best"), a superlative of efficacy,
  safety or quality whose domain is the market or a place ("the most effective treatment
  available", "the best acne scar treatment in the region"; §7.84), the ultimate treatment,
  and the comparative over every rival with no better one ("there is no better treatment for
  period pain than"; §7.82).

Each is a candidate only: hype_acclaim.py reads whose praise it is and what limits it.
"""

from __future__ import annotations

import re
from functools import cache, partial

from linter.config.lexicon import lists_alternation

ACCLAIM_KINDS = ("acclaimed_efficacy", "claimed_superiority")


# Every word list these patterns read is a list of the hype pack (rules/lexicon/hype.yaml).
_words = partial(lists_alternation, "hype")


# The copula and the verbs of current copular meaning before a predicative adjective (Quirk et
# al. 1985, §16.21: be, remain, prove; "is both"), as fixed-width look-behinds.
_COPULA = (
    r"(?:(?<=\bis )|(?<=\bare )|(?<=[’']s )|(?<=[’']re )|(?<=\bremains )|(?<=\bproves )|"
    r"(?<=\bboth ))"
)
_JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|&|yet|as\s+well\s+as)\s+)"
# The heads of care and of what is sold for it (hype.yaml `treatment_heads`, with the means a
# therapy is called and the products of FDA's "Dietary Supplements" and device pages).
_HEADS = (
    r"(?:treatments?|therap(?:y|ies)|remed(?:y|ies)|procedures?|care|options?|solutions?|"
    r"cures?|methods?|approach(?:es)?|supplements?|products?|devices?)"
)


def _acclaimed() -> str:
    booster = _words("degree_boosters")
    # The calm words (`calm_qualities`: soothing, relaxing) join too: alone they praise what a
    # massage is for, but the reading asks for an efficacy word beside them ("is wonderfully
    # soothing and exceptionally effective against colds").
    quality = _words(
        "efficacy_qualities",
        "comfort_qualities",
        "calm_qualities",
        "painless_words",
        "offered_qualities",
    )
    item = rf"(?:{booster}(?:\s+|-))?{quality}"
    # One to four coordinated adjectives; the reading asks for an efficacy word and a booster.
    return rf"{_COPULA}(?:(?:simply|both|also|now)\s+)?{item}(?:{_JOIN}{item}){{0,3}}(?![\w-])"


def _superiority() -> str:
    rank = _words("superiority_predicates")
    domains = _words("superlative_domains")
    best = (
        r"(?:best|safest|most\s+(?:effective|efficacious|successful|powerful|advanced)|finest|"
        r"leading|top)"
    )
    function = r"(?:of|for|to|in|on|and|or|the|a|an|with|from|as|that|which)"
    modifier = rf"(?:(?!{function}\b)[\w-]+\s+){{0,3}}?"
    return "|".join(
        (
            rf"{_COPULA}(?:(?:simply|truly|quite|absolutely|genuinely|still)\s+)?{rank}(?![\w-])",
            r"\b(?:the|our)\s+(?:new\s+|true\s+|real\s+)?gold[- ]standard(?:\s+" + _HEADS + r")?\b",
            rf"\b(?:the|our)\s+(?:single\s+|very\s+)?{best}\s+{modifier}{_HEADS}\s+{domains}\b",
            rf"\bthe\s+(?:very\s+)?ultimate\s+{modifier}{_HEADS}\s+(?:for|in)\b",
            r"\bno\s+(?:better|safer|more\s+effective)\s+(?:\w+\s+)?(?:treatments?|therap(?:y|ies)|"
            r"remed(?:y|ies)|cures?|options?|ways?\s+to\s+\w+)\b[^.;:!?]{0,60}?\bthan\b",
        )
    )


@cache
def acclaim_patterns() -> dict[str, re.Pattern[str]]:
    """The two classes' patterns, keyed by class name."""
    return {
        "acclaimed_efficacy": re.compile(_acclaimed(), re.I),
        "claimed_superiority": re.compile(_superiority(), re.I),
    }
