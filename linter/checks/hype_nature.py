""" "Miraculous" said in wonder at a natural process of the body, not of a remedy.

"This miraculous process" (neural plasticity, census of set CC), "the way a cut seals itself is
a miraculous process", "your body's ability to rebuild bone is almost miraculous": the word
marvels at what the body does by itself and promises no effect of anything sold or given. By
construction, "miraculous" either modifies a noun of a natural process or of the body
(rules/lexicon/hype.yaml `natural_process_nouns`, from WordNet) or is predicated of a subject
that holds one, and the sentence names no alternative remedy (hype.yaml `alternative`) and no
cure or reversal. "A miraculous herbal remedy", "miraculous results" and "the body's miraculous
ability to heal, unlocked by our cleanse" (a remedy named) stay claims, and so (review25p) does
a process noun whose of-phrase names a thing sold or shown ("the miraculous design of this
insole"): the wonder is at the product.
"""

from __future__ import annotations

import re
from functools import cache

from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim
from linter.config.lexicon import alternation, default_lexicon

_PREDICATE = re.compile(
    r"(?i)\b(?:is|are|was|were|seems?|looks?)\s+(?:(?:almost|truly|really|simply|quite|just|"
    r"nothing\s+short\s+of|little\s+short\s+of)\s+)?$"
)


_OF_THING = re.compile(r"(?i)\s+of\s+(?:this|these|that|those|our|my)\b")


@cache
def _process() -> re.Pattern[str]:
    nouns = alternation(default_lexicon().get("hype.natural_process_nouns"))
    return re.compile(rf"(?i)(?<![\w-]){nouns}(?![\w-])")


def marvels_at_nature(text: str, claim: Claim, start: int, end: int) -> bool:
    """Whether "miraculous" at [start, end) marvels at a natural process (module docstring)."""
    if not text[start:end].lower().startswith("miraculous"):
        return False
    lex = hype_lexicon()
    sentence = text[claim.start : claim.end]
    if any(p.search(sentence) for p in (lex.alternative, lex.cure, lex.reverse)):
        return False
    process = _process()
    noun = process.match(text, end + 1)
    if noun:  # "this miraculous process", not "the miraculous design of this insole"
        return not _OF_THING.match(text, noun.end())
    before = text[claim.start : start]
    return bool(_PREDICATE.search(before) and process.search(before))
