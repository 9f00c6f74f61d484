"""The grammar around the rules' deciding cue, as features of the strength model.

The rules say which cue decides a sentence's level; the words right around it say what the
cue is doing there. A modal's verb: "may reduce" hedges a cause, "may be needed" and "may
serve as" hedge no relation (Yu, Li & Wang 2019 read those as no claim). A causal verb's form
and the word before it: "interventions to reduce" states an aim, "was increased in patients"
a difference between groups, "can improve" or "did not reduce" a claim. The classes are
closed grammatical ones (auxiliaries, modals, prepositions of comparison); the causal verbs
are strength.yaml's, so the model learns a class once instead of each phrase.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

import numpy as np

# The names of the columns, in order; strength_features.py appends them to DENSE. A name says
# where the cue stands ("after=to": the cue comes after "to"), so the word BEFORE the cue makes
# the "after=" columns and the word AFTER it the "before=" one. The weights file stores these
# names: renaming one is a new FORMAT and a retrain.
MODAL_VERBS = ("modal+causal", "modal+be", "modal+other")
FORMS = ("form=past", "form=base", "form=third", "form=ing", "form=phrase")
BEFORE = ("after=to", "after=be", "after=have", "after=can", "after=not", "after=adverb")
AFTER = ("before=comparison",)
HEDGES = ("hedge=reporting",)
COLUMNS = (*MODAL_VERBS, *FORMS, *BEFORE, *AFTER, *HEDGES)

_WORD = re.compile(r"[\w'-]+")
# A contraction's clitic, split off its host as the Penn Treebank tokenizes English ("didn't"
# -> "did n't", "won't" -> "wo n't", "it'll" -> "it 'll"): "n't" is a negation like "not".
# Only these two: "'s" and "'d" each stand for two auxiliaries (or a possessive).
_CLITIC = re.compile(r"(?<=\w)(n't|'ll)$")
# The word before a causal cue, by class: closed classes of English (auxiliaries, modals).
_PREVIOUS = {
    "to": "after=to",
    **dict.fromkeys(["is", "are", "was", "were", "be", "been", "being"], "after=be"),
    **dict.fromkeys(["has", "have", "had", "having"], "after=have"),
    **dict.fromkeys(["can", "cannot", "will", "'ll", "would", "shall", "must"], "after=can"),
    **dict.fromkeys(["not", "never", "n't"], "after=not"),
}
# An adverb between the cue and the word before it ("was significantly reduced") is skipped.
# An adverb is (1) the -ly adverb of an adjective made with one of English's adjective
# suffixes (Quirk et al. 1985, A Comprehensive Grammar of the English Language, App. I.51-56:
# -able/-ible, -al, -ant/-ent, -ary/-ory, -ate, -ed, -ful, -ing, -ive, -less, -ous, -ar),
# spelt as the adverb ends, with at least three letters before the ending ("early", "ally"
# and "rally" are not adverbs); or (2) one of the degree adverbs in -ly that Quirk et al.
# list as intensifiers (§8.104-8.113: maximizers, boosters, approximators, diminishers,
# minimizers) or particularizers (§8.116). Not any word in -ly: nouns ("family", "supply"),
# adjectives in -ly ("daily", "early", "likely") and "only" ("not only reduces" denies nothing).
_ADVERB_ENDINGS = (
    "ably", "ibly", "ally", "antly", "ently", "arily", "orily", "ately", "edly", "fully",
    "ingly", "ively", "lessly", "ously", "arly",
)  # fmt: skip
_DEGREE_ADVERBS = frozenset((
    "completely", "entirely", "extremely", "fully", "perfectly", "thoroughly", "utterly",
    "badly", "bitterly", "deeply", "greatly", "highly", "intensely", "severely", "strongly",
    "nearly", "mildly", "partly", "slightly", "barely", "hardly", "scarcely",
    "chiefly", "largely", "mainly", "mostly", "merely", "purely", "simply", "solely",
))  # fmt: skip
# After the cue, a comparison between groups or times: "increased in women", "lower than".
_COMPARISON = frozenset(
    ["in", "among", "than", "compared", "versus", "vs", "between", "after", "during"]
)
_MODALS = frozenset(("may", "might", "could"))
# Verbs that report a finding rather than doubt it: "our results suggest that X reduces Y" is
# labelled direct by Yu et al. and coded at the finding's own level by Sumner et al. (2014).
_REPORTING = ("suggest", "indicat")
_MODAL_REACH = 60  # characters from the modal: "may be more effective than", "could play a role"


@cache
def _verb_forms() -> dict[str, str]:
    """Each inflected form of strength.yaml's causal (and absolute) verbs -> its form."""
    from linter.nlp.components.strength_lexicon import strength_lexicon

    return {word: form for word, (form, _) in strength_lexicon().verb_forms.items()}


def _is_adverb(word: str) -> bool:
    if word in _DEGREE_ADVERBS:
        return True
    return any(word.endswith(e) and len(word) >= len(e) + 3 for e in _ADVERB_ENDINGS)


def _adverb_after_auxiliary(word: str, auxiliary: str) -> bool:
    """An -ly word between an auxiliary and the cue is its adverb ("was sharply reduced": the
    verb phrase's adverb position, Quirk et al. 1985, §8.20); not "only", whose focus may be
    what follows, nor after a negation ("not only causes")."""
    return (
        word.endswith("ly")
        and word != "only"
        and auxiliary in _PREVIOUS
        and _PREVIOUS[auxiliary] != "after=not"
    )


def _words_before(text: str, cue_start: int) -> list[str]:
    """The words in the 40 characters before the cue, lower case, a contraction's clitic split
    off ("didn't" -> "did", "n't"), a curly apostrophe read as a straight one."""
    window = text[max(0, cue_start - 40) : cue_start].lower().replace("\u2019", "'")
    words = []
    for word in _WORD.findall(window):
        host = _CLITIC.split(word)
        words += [w for w in host if w]
    return words


def _modal_verb(text: str, cue_start: int, words: list[str]) -> str:
    """What a modal hedges: a cause ("may reduce", "could be effective", "might play a role":
    a causal cue of strength.yaml within its reach), being something else ("may be needed")
    or another verb ("may serve as")."""
    from linter.nlp.components.strength_lexicon import strength_lexicon

    if words[-1] in _verb_forms():
        return "modal+causal"
    # From the modal's verb on (the modal itself would make the whole a conditional cue).
    verb = cue_start + text[cue_start:].lower().find(words[-1], len(words[0]))
    reach = text[verb : verb + _MODAL_REACH]
    if any(c.kind in ("direct", "absolute") for c in strength_lexicon().find(reach)):
        return "modal+causal"
    return "modal+be" if "be" in words[1:] else "modal+other"


def cue_context(
    text: str, level: int, kind: str | None, cue_start: int | None, named: Sequence[str]
) -> list[str]:
    """The COLUMNS that hold for one sentence: its text, the rules' level, their deciding
    cue's kind and start, and their named cues (the deciding one first, "direct:reduced",
    then its modifiers, "hedge:may"). None where the rules read no claim: a cue someone else
    reports ("claims that X cures") or known background says nothing of this sentence's claim.
    """
    if not level or kind is None or cue_start is None or not named:
        return []
    phrase = named[0].partition(":")[2]  # "direct:reduced" -> "reduced"
    words = [w.lower() for w in _WORD.findall(phrase)]
    if not words:
        return []
    out = []
    if kind == "conditional":
        if words[0] in _MODALS:
            out.append(_modal_verb(text, cue_start, words))
        return out
    if kind not in ("direct", "absolute"):
        return out
    hedges = [c.partition(":")[2].lower() for c in named if c.startswith("hedge:")]
    if hedges and all(h.startswith(_REPORTING) for h in hedges):
        out.append("hedge=reporting")
    form = _verb_forms().get(words[0]) if len(words) == 1 else None
    out.append(f"form={form}" if form else "form=phrase")
    before = _words_before(text, cue_start)
    previous = before[-1] if before else ""
    if len(before) > 1 and (_is_adverb(previous) or _adverb_after_auxiliary(previous, before[-2])):
        out.append("after=adverb")
        previous = before[-2]
    if previous in _PREVIOUS:
        out.append(_PREVIOUS[previous])
    end = cue_start + len(phrase)
    following = _WORD.findall(text[end : end + 30].lower())
    if following and following[0] in _COMPARISON:
        out.append("before=comparison")
    return out


def cue_context_columns(
    texts: Sequence[str],
    levels: Sequence[int],
    kinds: Sequence[str | None],
    starts: Sequence[int | None],
    cues: Sequence[tuple[str, ...]],
) -> np.ndarray:
    """A 0/1 matrix, one row for each sentence and one column for each of COLUMNS."""
    index = {name: i for i, name in enumerate(COLUMNS)}
    out = np.zeros((len(texts), len(COLUMNS)), np.float32)
    rows = zip(texts, levels, kinds, starts, cues, strict=True)
    for row, (text, level, kind, start, named) in enumerate(rows):
        for name in cue_context(text, level, kind, start, named):
            out[row, index[name]] = 1.0
    return out
