"""A short title line with no final stop above a sentence: the line break ends a sentence.

Scraped pages and pages converted from HTML keep a heading or a label on its own line with no
stop ("Information about Flu" / "Most experts believe that ..."); read as one paragraph, the
title runs into the sentence under it, and a finding there starts in the title (set K's
census). The readers keep such a line break as a line break (every other soft break is a
space), and the NLP layer starts a sentence there (linter/nlp/components/line_titles.py).
A title line: at most MAX_TITLE_WORDS words and MAX_TITLE_CHARS characters, opening on a
letter or digit and ending on a word that is no function word (a wrapped line of prose ends
anywhere, a title on a content word); the next line opens with a capitalised word; and the
break is no wrap: the next line's first word would have fit on the title line within the
paragraph's widest line (hard-wrapped prose "... people who take" / "Vitamin D supplements had
20% fewer falls" breaks only where the next word would not fit, and splitting it there parts a
figure from its citation); and the break is not inside a name: a line ending on a capitalised
word above a line opening with a name's head noun ("... in the International Body
Psychotherapy" / "Journal compared ...", "... at the Mayo" / "Clinic found") wraps a journal's
or an organisation's name, whose head nouns are the lexicon's classes (citations.title_heads,
ISO 4's title words, less those that open a sentence as its subject, "Study shows";
attribution.institution_heads, from Wikidata's organisation types).
"""

from __future__ import annotations

import re
from functools import cache

from linter.config.lexicon import alternation, default_lexicon

# A heading or label is short: news headlines average some 8 words; a line of wrapped prose
# (60-80 characters) is longer.
MAX_TITLE_WORDS = 10
MAX_TITLE_CHARS = 60
# The closed classes that never end a title and often end a wrapped line: articles,
# prepositions, conjunctions, the complementiser, auxiliaries and modals (Quirk et al. 1985,
# §2.35-2.37 on closed-class words).
_CONTINUING_WORDS = (
    "a an the of to in on at by for with from into about as than and or but nor that which who "
    "whose whom is are was were be been being has have had do does did can could will would "
    "shall should may might must not"
)
CONTINUING = frozenset(_CONTINUING_WORDS.split(" "))
_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$")
_CAPITALISED = re.compile(r"\s*[A-Z][^\W\d_]*\b")
_ENDS_CAPITALISED = re.compile(r"\b[A-Z][^\W\d_]*\s*$")


# Title heads that also open a sentence as its plain subject ("Study shows ...", "Reports
# suggest ...", "Reviews of ..."): a capitalised line above them may be a title after all.
_SUBJECT_HEADS = re.compile(r"Stud|Trial|Review|Meta|Cohort|Survey|Program|Project|Report|Letter")


@cache
def _name_head() -> re.Pattern[str]:
    """A line opening with the head noun of a journal's or an organisation's name."""
    lexicon = default_lexicon()
    periodical = [h for h in lexicon.get("citations.title_heads") if not _SUBJECT_HEADS.match(h)]
    heads = periodical + lexicon.get("attribution.institution_heads")
    return re.compile(rf"\s*{alternation(heads)}(?![\w-])")


# A line of running prose, not a heading in title case: a name's definite article before the
# capitalised words that end it ("... at the Mayo"), or a lower-case word of four letters or
# more, which title case capitalises (APA Style, 7th ed., 6.17: every word of four letters or
# more; the Chicago Manual of Style, 8.159, lowers only articles, prepositions and
# conjunctions). A heading ("Better Sleep", "Notes on Vitamin D") keeps its break above a line
# opening with a head noun ("Clinic trials found ..."): read as one name, it names a wrong source.
_PROSE_BEFORE_NAME = re.compile(r"\bthe\s+(?:[A-Z][^\W_]*\s+)*[A-Z][^\W_]*\s*$|\b[a-z]{4,}\b")


def inside_name(before: str, after: str) -> bool:
    """Whether a line break falls inside a name: a line of running prose (not a title-case
    heading) ends on a capitalised word and a name's head noun opens the line `after`
    ("... in the International Body Psychotherapy" / "Journal")."""
    if not _name_head().match(after) or not _ENDS_CAPITALISED.search(before):
        return False
    return bool(_PROSE_BEFORE_NAME.search(before))


def title_line(line: str) -> bool:
    """Whether a line (its text alone, no line break) is short and ends as a title does."""
    words = line.split()
    if not words or len(words) > MAX_TITLE_WORDS or len(line.strip()) > MAX_TITLE_CHARS:
        return False
    if not words[0][0].isalnum():
        return False  # markup or punctuation first ("??? What about", "> quoted"): no label
    last = _LAST_WORD.search(line)
    return last is not None and last.group(1).lower() not in CONTINUING


_SENTENCE_END = re.compile(r"[.!?:;…][\"'”’)\]*_]*\s*$")


def _stands_alone(previous: str) -> bool:
    """Whether the line above a title line leaves it on its own: it ends a sentence, or it is
    as short as a title, a label or a date line ("January 10, 2023") itself; a longer line
    with no stop is wrapped prose running on."""
    if _SENTENCE_END.search(previous):
        return True
    return len(previous.split()) <= MAX_TITLE_WORDS and len(previous.strip()) <= MAX_TITLE_CHARS


def wrapped(before: str, after: str, widest: int) -> bool:
    """Whether the break after the line `before` is a wrap: the first word of the line `after`
    would not have fit on it within `widest`, the paragraph's widest line (an editor's or a
    converter's greedy fill breaks a line only there)."""
    first = after.split(maxsplit=1)
    return bool(first) and len(before.rstrip()) + 1 + len(first[0]) > widest


def title_break(
    before: str, after: str, widest: int | None = None, previous: str | None = None
) -> bool:
    """Whether a line break between the line `before` and the line `after` ends a title;
    `widest`, the paragraph's widest line where the reader knows it (None: no wrap test, as
    for a hard break, which its writer put there); `previous`, the line above `before` (None:
    `before` opens its paragraph). A title stands on its own line: the line above it ends a
    sentence or is short as a title is, else `before` is the middle of a wrapped sentence
    ("... walking helps knees. Many experts" / "agree that this tea cures" / "Alzheimer's
    disease ...")."""
    if (widest is not None and wrapped(before, after, widest)) or inside_name(before, after):
        return False
    if previous is not None and previous.strip() and not _stands_alone(previous):
        return False
    return bool(_CAPITALISED.match(after)) and title_line(before)
