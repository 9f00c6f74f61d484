"""The subject words the causal rule compares across sentences, each as its stem, so that a
claim and the study beside it are seen to speak of the same thing ("walnuts" and "walnut
intake", "gardening" and "those who gardened", "smokers" and "smoking")."""

from __future__ import annotations

import re
from functools import cache

from linter.checks.causal_words import _WORD
from linter.config.lexicon import default_lexicon


@cache
def _generic_words() -> frozenset[str]:
    return frozenset(default_lexicon().get("evidence.generic_words"))


@cache
def _generic_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in _generic_words())


def subject_words(text: str) -> frozenset[str]:
    """The words of a text that say what it is about (four letters or more, not generic), each
    as its stem: a plural and its singular, a habit and its doers are one subject ("walnuts",
    "walnut intake"; "gardening", "those who gardened"; "smokers", "smoking")."""
    words = frozenset(_WORD.findall(text.lower())) - _generic_words()
    stems = {stem(w) for w in words}
    doers = {agent_base(w) for w in words} - {""} - _generic_stems()
    return frozenset(stems | doers)


# English inflection (Quirk et al. 1985, §3.52-3.60 verbs, §5.78 plurals): -ing, -ed, -s/-es.
# A doubled final consonant is undoubled ("swimm" -> "swim"), but for l, s and z ("stress",
# "fill"), as in Porter's stemmer (1980, step 1b).
_DOUBLED = re.compile(r"([b-df-hj-kmnp-rtv-y])\1$")


@cache
def _irregular_pasts() -> dict[str, str]:
    """Irregular past form -> its base (rules/lexicon/study_design.yaml: "slept" -> "sleep")."""
    pairs = (entry.split() for entry in default_lexicon().get("study_design.irregular_pasts"))
    return {past: base for past, base in pairs}


def irregular_pasts() -> frozenset[str]:
    """The irregular past forms study_design.yaml lists ("slept", "drank")."""
    return frozenset(_irregular_pasts())


def stem(word: str) -> str:
    """A word without its inflection, so that its forms compare: "owning" and "owned" give
    "own"; "swimming" and "swam" "swim"; "reduce", "reduced", "reducing" give "reduc";
    "studies" "study"."""
    word = _irregular_pasts().get(word, word)
    if word.endswith("ing") and len(word) > 5:
        word = _DOUBLED.sub(r"\1", word[:-3])
    elif word.endswith("ed") and len(word) > 4:
        word = _DOUBLED.sub(r"\1", word[:-2])
    elif word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith(("sses", "xes", "zes", "ches", "shes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def agent_base(word: str) -> str:
    """The verb under a plural agent noun, as its stem ("smokers" -> "smok", "runners" ->
    "run", "dieters" -> "diet"), else "": studies name people by what they do ("coffee
    drinkers", "walkers"), claims by the habit ("drinking coffee", "walking"). The agentive
    suffix -er (Quirk et al. 1985, Appendix I.34: "driver", "smoker") is read only on a plural
    of six letters or more, whose base, if it is no verb, matches no other word's stem."""
    if not word.endswith("ers") or len(word) < 6:
        return ""
    return stem(_DOUBLED.sub(r"\1", word[:-3]))
