"""Professions as the object of "help": a goal the page serves, not a finding reported.

"help these courageous doctors find the cure", "to help neurology researchers find the best
papers": "help" takes an object and a bare infinitive (Quirk et al. 1985, A Comprehensive
Grammar of the English Language, §16.52: help, let, make + object + bare infinitive), so the
verb after the profession is the aim of the help, not what the profession found (census of sets
II and EE, precX). The adjacent case ("help doctors find") was read already (attribution_vague's
`_OBJECT_OF`); this reads up to three premodifiers between (a determiner, an adjective, a
noun modifier), none a subordinator or a wh-word, which would open a clause of its own ("help
us understand why doctors find ...") whose subject is the profession.
"""

from __future__ import annotations

import re

# The subordinators and wh-words that open a finite clause (Quirk et al. 1985, §14.12): after
# one the profession is that clause's subject, not the object of "help".
_OPENS_CLAUSE = frozenset(
    [
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "why",
        "how",
        "when",
        "where",
        "whether",
        "if",
        "because",
        "as",
        "since",
    ]
)
_HELP_BEFORE = re.compile(r"(?i)\bhelp(?:s|ed|ing)?\s+((?:[a-z][\w'’-]*\s+){1,3})$")


def object_of_help(before: str) -> bool:
    """Whether the text just before a profession ends in "help" and up to three of the
    profession's premodifiers ("help these courageous ", "help neurology ")."""
    m = _HELP_BEFORE.search(before)
    if m is None:
        return False
    return not any(w.lower() in _OPENS_CLAUSE for w in m.group(1).split())
