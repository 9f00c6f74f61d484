"""The classes of a remedy said to act on a body system, and of a result said to have no equal
(issue 14, session 30, overB), composed from the word classes of rules/lexicon/hype.yaml
(`body_systems`, `body_burdens`, `cleansed_organs`, `cleansing_verbs`, `removal_verbs`,
`system_change_verbs`, `rival_heads`, `rival_providers`, `products`):

- `system_effect`: a verb of change or effect on a body system or physiological process as its
  object ("rebalances your hormones", "dampens inflammation", "replenishes every cell", "fires
  up a sluggish metabolism"), a verb of cleaning on an organ a cleanse is said to clean
  ("flushes the liver", "purifies your blood"), and a verb of removal on the burdens of detox
  marketing ("pulls heavy metals out", "sweeps old waste from the bowel"): Levin 1993 verb
  class x MeSH noun class;
- `unrivalled_results`: a result or a remedy said to have no equal without a verb of healing,
  by the negative universal subject of Quirk et al. 1985 (§6.62: "no other clinic gets results
  like ours", "nothing else on the market compares to") and the comparative of superiority
  with the rival's domain made universal (§7.74-7.81: "you won't find a more powerful blend
  anywhere else").

Each is a candidate only: hype_system.py reads whose claim it is and what limits it.
"""

from __future__ import annotations

import re
from functools import cache, partial

from linter.config.lexicon import alternation, default_lexicon, lists_alternation

SYSTEM_KINDS = ("system_effect", "unrivalled_results")


# Every word list these patterns read is a list of the hype pack (rules/lexicon/hype.yaml).
_words = partial(lists_alternation, "hype")


def _syllables(word: str) -> int:
    return len(re.findall(r"[aeiouy]+", word))


def _forms(base: str) -> list[str]:
    """A verb's finite, participle and -ing forms from its base (Quirk et al. 1985, §3.5-3.10:
    -s, -ed, -ing, the final consonant doubled after one short vowel in one syllable)."""
    if base.endswith("ee"):
        return [base, base + "s", base + "d", base + "ing"]
    if base.endswith("e"):
        return [base, base + "s", base + "d", base[:-1] + "ing"]
    if base.endswith("y") and base[-2:-1] not in ("a", "e", "o", "u"):
        return [base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    if base.endswith(("sh", "ch", "x", "ss", "s", "z")):
        return [base, base + "es", base + "ed", base + "ing"]
    if base in ("rid", "shut", "set"):
        return [base, base + "s", base + base[-1] + "ing"]
    if base in ("sweep",):
        return [base, base + "s", "swept", base + "ing"]
    if base in ("build",):
        return [base, base + "s", "built", base + "ing"]
    if base in ("draw",):
        return [base, base + "s", "drew", "drawn", base + "ing"]
    if _syllables(base) == 1 and re.search(r"[^aeiou][aeiou][bdgmnprt]$", base):
        return [base, base + "s", base + base[-1] + "ed", base + base[-1] + "ing"]
    return [base, base + "s", base + "ed", base + "ing"]


def _verbs(key: str) -> str:
    """The inflected forms of a lexicon list of base forms, a particle kept after its verb."""
    alternatives = []
    for entry in default_lexicon().get(f"hype.{key}"):
        head, _, particle = entry.partition(" ")
        forms = "(?:" + "|".join(sorted(_forms(head), key=len, reverse=True)) + ")"
        alternatives.append(forms + (rf"\s+{particle}" if particle else ""))
    return "(?:" + "|".join(alternatives) + ")"


def _finite(*keys: str) -> str:
    """The -s and -ed forms of the lists' verbs: a finite verb of the classes right after one of
    their forms makes that form a noun ("our face wash cleanses ...", "the rinse flushes ...";
    Quirk et al. 1985, §17.104, a noun premodifier), so it is no verb's object (review30b)."""
    heads = (e.partition(" ")[0] for k in keys for e in default_lexicon().get(f"hype.{k}"))
    forms = {f for h in heads for f in _forms(h)[1:] if not f.endswith("ing")}
    return "(?!(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")\b)"


# The object's determiner and up to two modifiers (Quirk et al. 1985, §17.2: the premodifiers of
# a noun phrase), and a particle of direction before it ("flushes out the liver").
_DETERMINER = (
    r"(?:(?:the|your|our|their|a|an|his|her|its|one['’]s|every|each|any|all|those|these|"
    r"the\s+body['’]s|your\s+body['’]s|the\s+whole)\s+)?"
)
_MODIFIERS = (
    r"(?:(?!(?:and|or|but|of|to|in|on|with|from|for|by|that|which|who|as|is|are)\b)[\w'’-]+\s+)"
    r"{0,2}?"
)
_PARTICLE = r"(?:(?:out|away|up|down|off)\s+)?"
# A function or a state of the system as the head ("a healthy balance to your gut flora",
# "the production of lymph cells", "optimal thyroid function" is a body system itself).
_STATE_OF = (
    r"(?:(?:balance|levels?|production|function(?:ing)?|health|flow)\s+(?:of|to|in)\s+"
    rf"{_DETERMINER}{_MODIFIERS})?"
)


# A determiner before the verb's form makes it a noun ("the cleanse", "a flush", "our reset"):
# Quirk et al. 1985, §5.11, the determiner opens a noun phrase.
_NOT_NOUN = "".join(
    rf"(?<!\b{d} )" for d in ("the", "a", "an", "our", "your", "this", "my", "any", "each", "every")
)


# A body word that names a measure or a test with the noun after it (Quirk et al. 1985, §17.104,
# a noun premodifier): "blood pressure", "blood tests", "cell phones" are no body system.
_NOT_MEASURE = (
    r"(?!\s+(?:pressure|tests?|testing|samples?|counts?|donors?|donations?|type|work|results|"
    r"phones?|banks?|draws?))"
)


def _system_effect() -> str:
    change, systems = _verbs("system_change_verbs"), _words("body_systems")
    cleaning, organs = _verbs("cleansing_verbs"), _words("cleansed_organs")
    removal, burdens = _verbs("removal_verbs"), _words("body_burdens")
    finite = _finite("system_change_verbs", "cleansing_verbs", "removal_verbs")
    phrase = _PARTICLE + _DETERMINER + finite + _MODIFIERS
    return (
        rf"\b{_NOT_NOUN}{change}\s+{phrase}{_STATE_OF}{systems}(?![\w-]){_NOT_MEASURE}"
        rf"|\b{_NOT_NOUN}{cleaning}\s+{phrase}(?:{organs}|{burdens})(?![\w-]){_NOT_MEASURE}"
        rf"|\b{_NOT_NOUN}{removal}\s+{phrase}{burdens}(?![\w-])"
    )


# A rival: a provider, a remedy or a product, with up to two words before its head.
_SOME = r"(?:[\w'’-]+\s+)"


def _unrivalled_results() -> str:
    lex = default_lexicon()
    rivals = alternation(
        lex.get("hype.rival_heads") + lex.get("hype.rival_providers") + lex.get("hype.products")
    )
    # The verbs of getting a result (Levin 1993, §13.5.1 Get verbs and §26.4 Create verbs:
    # get, achieve, deliver, produce, see) and of equalling (WordNet 3.1 equal.v.01).
    getting = r"(?:gets?|achieves?|delivers?|produces?|sees?|offers?|gives?|provides?|brings?)"
    results = r"(?:results|outcomes|relief|benefits|effects?)"
    comparative = r"(?:better|stronger|purer|more\s+[\w-]+|[a-z]{3,}er)"
    return "|".join(
        (
            # The negative universal subject over the rivals, with a result got like the
            # provider's own (§6.62; §15.23 "such", §15.67 "like ours").
            rf"\bno\s+other\s+{_SOME}{{0,2}}?{rivals}\s+{_SOME}{{0,5}}?(?:(?:can|could|will|does|do)"
            rf"\s+)?(?:ever\s+)?{getting}\s+(?:(?:such|these|the\s+same|similar|comparable|"
            rf"better|those)\s+)?{_SOME}{{0,1}}?{results}\b",
            # "Nothing compares", "nothing else comes close" with no object of comparison: the
            # universal rival itself (§6.62).
            r"\bnothing\s+(?:else\s+)?(?:on\s+the\s+market\s+|out\s+there\s+)?"
            r"(?:compares|comes\s+close|can\s+compare|even\s+comes\s+close)\b",
            # The comparative of superiority with the search made universal (§7.81, §8.116):
            # "you won't find a more powerful blend anywhere else".
            rf"\b(?:won['’]t|will\s+not|can['’]t|cannot|will\s+never|never)\s+find\s+(?:a|an|any)\s+"
            rf"(?:{comparative}\s+(?:(?:or|and)\s+{comparative}\s+)?){_SOME}{{0,2}}?{rivals}\s+"
            r"(?:anywhere(?:\s+else)?|elsewhere)\b",
        )
    )


@cache
def system_patterns() -> dict[str, re.Pattern[str]]:
    """The two classes' patterns, keyed by class name."""
    return {
        "system_effect": re.compile(_system_effect(), re.I),
        "unrivalled_results": re.compile(_unrivalled_results(), re.I),
    }
