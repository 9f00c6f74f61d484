"""Where a sentence asserts, in its own voice, the link an entry is about.

The link is asserted when a claim cue ("causes", "is linked to", "may trigger", or one of the
entry's own outcome words such as "works") stands between the intervention and the condition,
as words of its own ("double" in "double-blind" is not a cue), and nothing puts it out of the
writer's voice: no negation, no debunking or distancing word ("myth", "no evidence", "fears"),
no question and no "if" or "whether". The condition must be named in the sentence: the
document's topic never stands in for one end of a refuted link.
"""

from __future__ import annotations

import re

from linter.claim import Claim, Strength
from linter.registry.applies import Applied, Reading
from linter.registry.entries import Mention
from linter.registry.text import standalone
from linter.registry.words import is_function_word, registry_words

_CLAUSE_BREAK = re.compile(
    r"[;:—–]|,\s*(?:and|or|but|so|yet)\b|\b(?:but|however|although|though|whereas|while)\b", re.I
)
_SUBJECT_WORDS = 3  # words between an intervention and its cue, where no condition is named
_OBJECT_REACH = 40  # characters from a cue to the words it links (", in some children, autism")


def _between(start: int, end: int, a: tuple[int, int], b: tuple[int, int]) -> bool:
    low, high = min(a[1], b[1]), max(a[0], b[0])
    return low <= start and end <= high


def cue_between(
    claim: Claim, applied: Applied, reading: Reading, reach: int | None = None
) -> tuple[int, int] | None:
    """The claim cue (sentence characters) that links the intervention to the condition; with
    `reach`, the words after the cue must be no further than that from it."""
    found = _link(claim, applied, reading, reach)
    return found[0] if found else None


def _link(
    claim: Claim, applied: Applied, reading: Reading, reach: int | None
) -> tuple[tuple[int, int], Mention] | None:
    text = claim.text
    strength = claim.strength
    cues: list[tuple[int, int]] = []
    if strength.cue is not None and strength.level >= Strength.CORRELATIONAL:
        cues.append((strength.cue[0] - claim.start, strength.cue[1] - claim.start))
    cues += [(m.start, m.end) for m in reading.outcomes if applied.entry.id in m.ids]
    c = (applied.condition.start, applied.condition.end) if applied.condition else None
    for mention in applied.interventions or (applied.intervention,):
        i = (mention.start, mention.end)
        for start, end in cues:
            if not (0 <= start < end <= len(text)) or not standalone(text, start, end):
                continue
            if c is not None and (c[0] < i[1] and i[0] < c[1]):
                return (start, end), mention  # the same words name both (a one-word entry)
            if c is not None and _between(start, end, i, c):
                first, last = sorted((i, c))
                if reach is not None and last[0] - end > reach:
                    continue  # the cue's object is something else ("protect children from")
                if not _CLAUSE_BREAK.search(text, first[1], last[0]) and not _new_subject(
                    text, end, last
                ):
                    return (start, end), mention
            elif c is None and _subject_of(text, i[1], start):
                return (start, end), mention
    return None


# A coordinated clause of its own: "and", "or" or "but" before the later term (a determiner or a
# modifier between) and a finite auxiliary or copula after it, the operators of English
# (Huddleston & Pullum 2002, The Cambridge Grammar of the English Language, ch. 3 §2: the
# finite forms of be, have and do, and the modals).
_COORDINATOR_BEFORE = re.compile(r"\b(?:and|or|but)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
_OPERATOR_AFTER = re.compile(
    r"\s+(?:is|are|was|were|has|have|had|does|do|did|can|could|may|might|must|shall|should|"
    r"will|would)\b",
    re.I,
)


def _new_subject(text: str, cue_end: int, term: tuple[int, int]) -> bool:
    """The later term is the subject of a clause coordinated after the cue's ("antibiotics are
    only effective against bacterial infections and colds are caused by viruses"): the cue's
    object is another thing, and the term is what the next clause is about."""
    if term[0] < cue_end:
        return False
    before = _COORDINATOR_BEFORE.search(text, cue_end, term[0])
    return before is not None and _OPERATOR_AFTER.match(text, term[1]) is not None


def _subject_of(text: str, end: int, cue: int) -> bool:
    """The intervention is the subject of the cue: a few auxiliaries or adverbs between
    ("homeopathy can really help", not "homeopathic remedies include foods that cause")."""
    if cue < end:
        return False
    between = text[end:cue].split()
    return len(between) <= _SUBJECT_WORDS and all(
        is_function_word(w) or w.lower().endswith("ly") for w in between
    )


def out_of_voice(claim: Claim) -> bool:
    """The sentence reports, doubts, asks about, supposes or denies a link (see the module)."""
    text = claim.text
    words = registry_words()
    if claim.rebutted or claim.strength.reported or claim.strength.negated:
        return True
    if text.rstrip(" )*_\"'”’").endswith("?"):
        return True
    return any(p is not None and p.search(text) for p in (words.debunking, words.non_assertive))


def asserted_link(claim: Claim, applied: Applied, reading: Reading) -> tuple[int, int] | None:
    """Sentence characters from the first to the last word of an asserted link, or None.

    The sentence must name the condition itself (or the entry be about every condition): a
    topic that fills in "autism" does not make "vaccines protect people" a link to it."""
    if not applied.explicit or out_of_voice(claim):
        return None
    found = _link(claim, applied, reading, _OBJECT_REACH)
    if found is None:
        return None
    cue, mention = found
    safety = registry_words().safety
    if safety is not None and safety.search(claim.text, cue[0], cue[1] + 20):
        return None  # "completely safe", "no side effects": a claim about safety, not effect
    if any(
        m.category == "negation" and (m.reaches(cue[0] + claim.start, cue[1] + claim.start))
        for m in claim.modifiers
    ):
        return None
    points = [mention.start, mention.end, *cue]
    if applied.condition is not None:
        points += [applied.condition.start, applied.condition.end]
    return min(points), max(points)
