"""English for the strength lexicon: verb inflection and how a verb form reads in context."""

from __future__ import annotations

import re


def words(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string."""
    return frozenset(text.split())


FORMS = ("past", "third", "ing", "base")
_VOWELS = "aeiou"
# Words that stand before a noun: a causal verb's base or -s form after one is a noun
# ("an increase in", "the effects"); its -ed form after one is an adjective ("with reduced risk").
NOUN_CONTEXT = words(
    "a an the this these those its their his her our your any no each every some such of for "
    "with in on by from at to as into among than had have has having show shows showed "
    "experience experienced see saw seen face faces faced carry carries display displays "
    "percent cent fold times"
)
# Adjectives of size that stand only before a noun: "the smaller increases expected", "modest
# gains". ("further" is left out: "further reduces" is a verb.)
SIZE_ADJECTIVES = words(
    "small smaller smallest large larger largest big bigger biggest great greater greatest "
    "significant modest slight substantial marked dramatic sharp steep major minor similar"
)
# "measures known to improve survival": a noun described by what is known of it, which is
# background, not the finding. After "is known to" the claim is the sentence's own.
_DESCRIBED = words("known thought believed")
# Before a participle these make it a passive or perfect verb ("was reduced", "has improved").
AUXILIARY = words("is are was were be been being get gets got has have had 's")
# "linked to lower weight": after these, "to" is a preposition and what follows an adjective.
LINKING = words("linked related tied associated connected due leads lead led contributes")
# After a change verb with no object: it goes with something else, or it is a trend.
COVARY = words("with after following alongside")
TREND = words(
    "in by over since between from during among until rapidly dramatically sharply steadily "
    "significantly slightly substantially markedly considerably quickly slowly"
)
# A modal of doubt and the verb it governs (adverbs skipped); for "be"/"have", the next word.
MODAL = re.compile(
    r"\b(?:may|might|could)(?: (?:not|also|even|actually|well|potentially|still|each|both|further|"
    r"one day|in turn))* (?P<verb>[a-z]+)(?: (?:also|even|particularly|especially|more|less|"
    r"slightly|partly|the|a|an) )*(?: (?P<after>[a-z]+))?"
)
NOT_AFTER_MODAL = words("not also been predict signal herald indicate mark reflect represent mean")
MODAL_REACH = 40  # characters after the modal's verb where a correlational cue takes over
# "may be linked", "may have a higher risk": what follows be/have is a correlational cue.
LINK_AFTER_BE = words(
    "associated linked tied related connected correlated at higher lower greater increased "
    "reduced more less likely risk risks elevated"
)
# "has long been known to", "is now thought to": between the auxiliary and the participle.
ADVERBS_OF_TIME = words("long now already also widely generally commonly well still often")
_BEFORE_KNOWN = AUXILIARY | ADVERBS_OF_TIME  # "is known to", "has long been known to"
# After these, an -ing form is a verb ("is reducing", "not boosting"), not a gerund.
PROGRESSIVE = words("is are was were be been being not 's")
WINDOW = 40  # characters to look back for the word before a cue (no word is longer)
_DATE_AFTER = re.compile(r",? \d")
_WORD_BEFORE = re.compile(r"([\w'%]+)[^\w%]*$")
_WORD_AFTER = re.compile(r"\W*([\w']+)")
# Words that cannot follow an adjective inside a noun phrase: after "reduced" they show a verb.
_NOT_NOUN = words(
    "the a an their its his her your our this that these those by to from in on at with for "
    "and or but as than after when while significantly"
)


def inflect(base: str, irregular: dict[str, tuple[str, ...]]) -> dict[str, list[str]]:
    """The forms of a verb phrase, inflecting its first word only ("lead to" -> "led to").

    -s: +es after s, x, z, ch, sh, o; consonant+y -> ies. -ed/-ing: a final silent e drops,
    consonant+y -> ied, a one-syllable word ending in vowel+consonant doubles it (cut, stop).
    """
    head, _, rest = base.partition(" ")
    tail = f" {rest}" if rest else ""
    if head.endswith(("s", "x", "z", "ch", "sh", "o")):
        third = head + "es"
    elif head.endswith("y") and head[-2:-1] not in _VOWELS:
        third = head[:-1] + "ies"
    else:
        third = head + "s"
    doubles = (
        len(re.findall(f"[{_VOWELS}]+", head)) == 1
        and re.search(f"[^{_VOWELS}][{_VOWELS}][^{_VOWELS}wxy]$", head) is not None
    )
    stem = head + head[-1] if doubles else head
    if head.endswith("e"):
        past, ing = head + "d", head[:-1] + "ing"
    elif head.endswith("y") and head[-2:-1] not in _VOWELS:
        past, ing = head[:-1] + "ied", head + "ing"
    else:
        past, ing = stem + "ed", stem + "ing"
    pasts = list(irregular.get(head, (past,)))
    return {
        "third": [third + tail],
        "past": [p + tail for p in dict.fromkeys(pasts)],
        "ing": [ing + tail],
        "base": [base],
    }


def verb_reading(
    text: str,
    start: int,
    end: int,
    form: str,
    head: str,
    change_verbs: frozenset[str],
    outcome: re.Pattern[str],
) -> str | None:
    """'direct' where the match reads as a causal verb; 'correlational' for an adjective
    before an outcome ("with reduced risk") or a change that goes with another ("risk
    increases with age"); None for a noun, a gerund or a trend ("obesity rose in 2010")."""
    before = _WORD_BEFORE.search(text, max(0, start - WINDOW), start)
    prev = before.group(1) if before else ""
    if form == "ing":
        # "is reducing", "..., causing pain": a verb; "by reducing", "Reducing X": a gerund.
        clause = _char_before(text, start) == ","
        return "direct" if prev in PROGRESSIVE or clause else None
    if prev.endswith("ly") and before is not None:  # skip an adverb: "with sharply reduced"
        before = _WORD_BEFORE.search(text, max(0, before.start() - WINDOW), before.start())
        prev = before.group(1) if before else ""
    after = _WORD_AFTER.match(text, end)
    nxt = after.group(1) if after else ""
    auxiliary = prev in AUXILIARY
    # At the start of a sentence, "Reduced risk of ..." and "Lower incidence of ...".
    slot = prev in NOUN_CONTEXT or prev.replace("%", "").isdigit() or not prev
    if form == "past" and (prev in ("has", "have") or " " in text[start:end].strip()):
        slot = False  # "has prevented", "resulted in": a verb
    if prev == "to" and form == "base" and before is not None:
        # "found to reduce" is a verb; "linked to lower weight" an adjective.
        link = _WORD_BEFORE.search(text, max(0, before.start() - WINDOW), before.start())
        slot = link is not None and link.group(1) in LINKING
        if link is not None and link.group(1) in _DESCRIBED:
            ahead = _WORD_BEFORE.search(text, max(0, link.start() - WINDOW), link.start())
            if ahead is not None and ahead.group(1) not in _BEFORE_KNOWN:
                return None
    if form in ("base", "third") and prev in SIZE_ADJECTIVES:
        return None
    if form in ("base", "third") and nxt in ("of", "in", "on", "for"):
        return None  # "an increase in", "the effects of"
    if form == "third" and not nxt:
        return None  # a plural noun that ends the sentence: "natural cancer cures."
    if head in change_verbs and not auxiliary and not slot:
        if nxt in COVARY:
            return "correlational"
        if not nxt or nxt in TREND or nxt.isdigit():
            return None
    if form == "past" and nxt == "by" and not auxiliary and prev not in ("not", "never"):
        return None  # a description, not the claim: "strokes caused by bleeding"
    if not slot:
        return "direct"  # "statins reduce", "X reduced pain", "was reduced"
    if form == "third" or nxt in _NOT_NOUN:
        return "direct" if form == "past" and nxt else None
    return "correlational" if outcome.match(text, end) else None


def is_month(text: str, start: int, end: int) -> bool:
    """'May' as a month: capitalised inside a sentence, or before a date ("May 2020", "May 5")."""
    if text[start:end] != "May":
        return False
    return start > 0 or _DATE_AFTER.match(text, end) is not None


def _char_before(text: str, at: int) -> str:
    """The last character before `at` that is not white space ("" if none): what
    `text[:at].rstrip()[-1:]` gives, without copying a long text's prefix for every cue."""
    index = at - 1
    while index >= 0 and text[index].isspace():
        index -= 1
    return text[index] if index >= 0 else ""
