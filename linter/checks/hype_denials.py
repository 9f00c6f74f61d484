"""Denials: a negated verb of saying or of commitment (a disclaimer that denies its whole
that-clause), and a negative determiner bound to a noun of harm.

"We do not claim or state that it can be used for the treatment or cure of cancer" says
nothing cures: the negative word reaches past the verb of saying (attribution.yaml
`discourse_verbs`, `tentative_verbs`) or of commitment (hype.yaml `commitment_verbs`) to the
end of the clause it introduces, however many words stand between (hype_reading.negated reads
a bare negative word only within NEGATION_REACH words). Coordinated verbs ("claim or state",
"promise, or guarantee") count as one. The clause still ends where hype_reading's does, at a
"but" or a semicolon: "we do not claim that it cures diabetes, but it reverses fatigue" keeps
the second claim.
"""

from __future__ import annotations

import re
from functools import cache

from linter.config.lexicon import alternation, default_lexicon

# Factive verbs of saying presuppose their clause true, negated or not (Kiparsky and Kiparsky
# 1970, "Fact"): "doctors won't admit that this spice cures arthritis" asserts the cure.
_FACTIVE = re.compile(r"\(?(?:admit|acknowledge|concede)\b")
# A focusing subjunct after the negative word (Quirk et al. 1985, §8.116) widens the claim
# rather than denying it: "we don't just claim that it cures insomnia, we prove it".
_FOCUSING = r"(?:just|merely|only|simply|solely|exclusively)\b"


@cache
def denied_statement() -> re.Pattern[str]:
    """A verb of saying or commitment and "that", matched right after a negative word: "(we do
    not) claim or state that", "(we don't) guarantee that"; not a factive verb ("admit that"),
    nor one after "just" or "merely"."""
    lex = default_lexicon()
    verbs = alternation(
        [
            verb
            for verb in (
                *lex.get("attribution.discourse_verbs"),
                *lex.get("attribution.tentative_verbs"),
                *lex.get("hype.commitment_verbs"),
            )
            if not _FACTIVE.match(verb)
        ]
    )
    return re.compile(
        rf"\s+(?:(?!{_FOCUSING})\w+\s+)?{verbs}(?:\s*,?\s+(?:or|and|nor)\s+{verbs})*\s+that\b",
        re.IGNORECASE,
    )


# A negative determiner bound to a noun of harm ("does no harm", "has no side effects") denies
# that noun phrase: it is a safety claim of its own, and a claim coordinated after it ("... no
# harm and has no side effects", "no side effects and cures it") is not negated by it.
HARM_DENIAL = re.compile(
    r"\bno\s+(?:\w+\s+)?(?:harm|risks?|dangers?|(?:side|ill)[- ]effects|downsides?|downtime)\b",
    re.IGNORECASE,
)


def harm_denial_at(text: str, at: int) -> bool:
    """A negative word at `at` that denies a noun of harm ("no harm", "no side effects")."""
    return HARM_DENIAL.match(text, at) is not None
