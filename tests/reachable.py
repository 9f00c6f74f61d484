"""Whether a page summary still holds a sentence: shared by the tests of a check in runs."""

from __future__ import annotations

import gc

from linter.claim import Claim


def reaches_a_claim(root: object) -> bool:
    """Whether any object reachable from `root` is a sentence (a Claim)."""
    seen, stack = set(), [root]
    while stack:
        o = stack.pop()
        if id(o) in seen or isinstance(o, (str, int, type)):
            continue
        seen.add(id(o))
        if isinstance(o, Claim):
            return True
        stack.extend(gc.get_referents(o))
    return False
