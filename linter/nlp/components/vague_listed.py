"""The near miss of the agentless "is known to" (issue 14, session 32, vagueK): a medicine
named as the subject of "is known to cause" states one of its listed side effects ("Ibuprofen
is known to cause indigestion in some people", "Naproxen tablets are known to cause heartburn"), as
a leaflet does from the product's label (the EMA's SmPC guideline, section 4.8, "Undesirable
effects"), and appeals to no unnamed evidence. "Smoking is known to cause lung cancer" and
"Ginger is known to ease nausea" still appeal: no medicine is named, or no harm is caused.
Likewise a repute's "ability to cause" and a repute in the past with an adverb (review32k).
attribution_vague.py asks these with the other unfit tests before it keeps an agentless match.
"""

from __future__ import annotations

import re
from functools import cache

from linter.config.lexicon import alternation, default_lexicon

# The verbs that give a product's adverse effect (the SmPC's "may cause", "can trigger"):
# cause and its near-synonyms of bringing about (Levin 1993, §27 "engender" verbs: cause,
# produce, provoke, trigger) and "interact with", a listed interaction.
_HARM_AFTER = re.compile(r"(?i)\s+(?:cause|produce|provoke|trigger|induce|interact with)\b")
_KNOWN_TO = re.compile(r"(?i)\b(?:is|are)(?: \w+ly)? known to$")


@cache
def _medicine_before() -> re.Pattern[str]:
    """A medicine's name closing the words before the verb: a drug by its INN stem
    (figures.yaml `drug_stems`, attribution.yaml `inn_stems`, WHO 2018), an everyday medicine
    (hype.yaml `reach_medicines`) or "this medicine", with a plural and a dosage form after
    it (EDQM Standard Terms: tablets, capsules, gel, cream, injections)."""
    lex = default_lexicon()
    names = alternation(
        [
            *lex.get("figures.drug_stems"),
            *lex.get("attribution.inn_stems"),
            *lex.get("hype.reach_medicines"),
            r"(?:this|these|the) (?:medicines?|drugs?)",
        ]
    )
    return re.compile(
        rf"(?i)(?<![\w-])(?:{names})s?(?: (?:tablets?|capsules?|gel|cream|injections?))? $"
    )


def listed_side_effect(text: str, m: re.Match[str]) -> bool:
    """Whether an agentless "is known to" gives a named medicine's side effect ("Metformin is
    known to cause stomach upset")."""
    if not _KNOWN_TO.search(m.group(0)) or not _HARM_AFTER.match(text, m.end()):
        return False
    return bool(_medicine_before().search(text, max(0, m.start() - 60), m.start()))


# A repute's "ability to cause" (review32k: "shingles is known for its ability to cause
# headaches and itching"): the engender verbs above name a harm the subject brings about, a
# condition's symptoms or a medicine's side effects, not a remedy's benefit taken on trust.
_ABILITY_END = re.compile(r"(?i)\bfor (?:its|their) .*\b(?:ability|abilities|potential|powers?)$")
_CAUSE_AFTER = re.compile(r"(?i) to (?:cause|produce|provoke|trigger|induce)\b")
# The simple past with a time or frequency adverb before a repute ("feverfew was widely prized
# for its ability to ease headaches", "was once valued for its calming effects"): history
# told as history (Quirk et al. 1985, §4.11), as vague_received.py's "was prized for", whose
# fixed-width look-behind sees no adverb (review32k).
_PAST_ADVERB_BEFORE = re.compile(r"(?i)\b(?:was|were) (?:[a-z]+ly|once|long|first|also) $")
_REPUTE_FOR = re.compile(r"(?i)[a-z-]+ for (?:its|their) ")


def caused_harm(text: str, m: re.Match[str]) -> bool:
    """Whether a repute's ability is the ability to cause something ("known for its ability
    to cause a rash")."""
    return bool(_ABILITY_END.search(m.group(0)) and _CAUSE_AFTER.match(text, m.end()))


def past_repute(text: str, m: re.Match[str]) -> bool:
    """Whether a repute ("prized for its", "known for its") follows "was/were" and an adverb:
    a past repute."""
    if not _REPUTE_FOR.match(m.group(0)):
        return False
    return bool(_PAST_ADVERB_BEFORE.search(text, max(0, m.start() - 30), m.start()))
