"""A named drug's or vaccine's own trial results as the basis of what the sentence says of it.

"Based on its Phase 3 trial results, donanemab appears to slow cognitive decline", "Based on
its phase 2 results, the malaria vaccine R21 appears to protect three in four children" (census
of set DD: a named drug's trial as the basis of its effect). The possessive ties the trial to
the product the main clause names, so the trial is specific (that product's phase 3 trial) and
its results are the basis of the finding, as "based on the results of the ORBITA trial" is:
the complex preposition of basis (Quirk et al. 1985, §9.10). By construction:
- "based on", "on the basis of", "judging by" or "going by" with "its" or "their", an optional
  phase, an optional trial or study noun, and results, data, findings or outcomes;
- the subject of the clause after the comma names one product: a word with a drug's INN stem
  (rules/lexicon/attribution.yaml `inn_stems`, WHO 2018) or a code, or a capitalised name
  when the results are those of a trial or a phase ("its Phase 3 trial results"): "Based on
  their results, Mary decided to stop the drug" names a patient and her tests (review25p);
- the sentence states a finding (a figure, or a claim of effect the strength reader finds) and
  names no one and has no source itself ("Based on its Phase 3 results, Acme plans to apply"
  states none).
The name the finding gives is the product's trial as written ("its Phase 3 trial results"),
never a trial read from elsewhere. "Based on your test results, your GP ..." and "Based on its
results, the diet appears to work" (no product named) stay silent.
"""

from __future__ import annotations

import re
from functools import cache

from linter.claim import Claim, Strength
from linter.config.lexicon import alternation, default_lexicon

_BASIS = (
    r"(?i:based on|on the basis of|judging by|going by) (?i:its|their) "
    r"(?P<work>(?P<phase>(?i:phase|stage) (?:[1-4]|I{1,3}V?|IV)[ab]? )?"
    r"(?P<trial>(?i:clinical |pivotal )?(?i:trials?|stud(?:y|ies)) )?"
    r"(?i:results|data|findings|outcomes))"
    r", "
)


@cache
def _trial_basis() -> re.Pattern[str]:
    stems = alternation(default_lexicon().get("attribution.inn_stems"))
    # The product: an INN-stemmed word, or a capitalised name or code, after at most a
    # determiner and three lower-case words of its kind ("the malaria vaccine R21").
    product = (
        rf"(?:[Tt]he )?(?:[a-z]+ ){{0,3}}?"
        rf"(?:(?i:{stems})|[A-Z][\w-]*\d[\w-]*|(?P<name>[A-Z][a-z]+))"
    )
    return re.compile(rf"(?<![\w-]){_BASIS}(?P<product>{product})(?= \w)")


def trial_basis(claim: Claim) -> tuple[int, int, str] | None:
    """(start, end, the words that name it) of a named product's trial results given as the
    basis of what the sentence says of it, or None (see the module docstring)."""
    if claim.attributions or claim.has_source:
        return None
    if not claim.figures and claim.strength.level < Strength.CORRELATIONAL:
        return None
    found = _trial_basis().match(claim.text.lstrip())
    if found is None or (found.group("name") and not (found["phase"] or found["trial"])):
        return None  # "Based on their results, Mary ...": a name with no trial of its own
    offset = claim.start + len(claim.text) - len(claim.text.lstrip())
    return offset + found.start("work"), offset + found.end("work"), found.group("work")
