"""The reversal claim of the hype lexicon as one pattern: its verbs ("reverses diabetes") and
their noun with a disease after "of" ("the reversal of arthritis")."""

from __future__ import annotations

import re

from linter.config.lexicon import Lexicon, alternation


def reversal_pattern(lex: Lexicon) -> re.Pattern[str]:
    """The reversal verbs anywhere, and their noun only with a disease of the class `diseases`
    after "of" ("the reversal of type 2 diabetes", not "the reversal of symptoms"); the
    diseases are matched case-sensitively, as in `diseases`."""
    verbs = alternation(lex.get("hype.reverse"))
    nouns = alternation(lex.get("hype.reverse_nouns"))
    diseases = alternation(lex.get("hype.diseases"))
    return re.compile(
        rf"(?<![\w-])(?:(?i:{verbs})(?![\w])"
        rf"|(?i:{nouns}\s+of\s+(?:(?:the|your|their|his|her)\s+)?(?:type\s+[12]\s+)?)"
        rf"{diseases}(?![\w]))"
    )
