"""A page's source line: "Sources: Reuters, the Associated Press and [the original story](...)".

News sites and aggregators close (or open) an article with a line under the label "Source" or
"Sources", Dublin Core's source element ("a related resource from which the described resource
is derived", DCMI Metadata Terms 1.1). It credits where the page comes from, as a byline
credits its writer and "Photo by ..." its picture: GUIDELINE.md leaves bylines and credits out
of the sentences to label. Such a line is a credit only when it names its sources and states
nothing:
- it names: a link, or a capitalised word that is neither a function word (the NLTK stop
  words, attribution.function_words) nor an unnamed source ("Research", "Experts": the
  evidence nouns and unnamed agents of rules/lexicon/attribution.yaml). A wire service is a
  named outlet (attribution.news_services), as any name is;
- it states nothing: no that-clause, no reporting verb of the attribution lexicon (research,
  discourse, tentative, cognition, evidence and textual verbs: "Source: research shows ..." is
  a sentence; a textual verb's form before "from", "by" or "of" is the noun, "reports from
  Reuters") and no share (furniture's statistic test), in at most a credit's length; and no
  clause after a sentence's end, a semicolon, a colon or a dash ("Source: CDC. Magnesium cures
  insomnia", "Source: NHS; it is a miracle cure"): what follows the credit is a sentence of the
  page, and its claims are read. A name's stops ("U.S. Census Bureau") part no clause, nor do a
  reference entry's (documents/citations.py), which states nothing.
It sources nothing else on the page: it is left out, and the page's claims keep their own
sources or none.
"""

from __future__ import annotations

import re
from functools import cache

from linter.config.lexicon import alternation, default_lexicon
from linter.documents.citations import reads_as_reference

_LABEL = re.compile(r"\s*sources?\s*:\s*", re.IGNORECASE)
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w&'’.-]*")
_LONGEST_CREDIT = 30  # words, as furniture's other credit and byline lines
_VERB_CLASSES = ("research", "discourse", "tentative", "cognition", "evidence", "textual")
# The noun of a textual verb's form, with its complement: "reports from", "a report by".
_NOUN_USE = r"(?!\s+(?:from|by|of)\b)"
# A sentence's end, a semicolon, a colon or a dash, and a lower-case word of three letters or
# more after it: the words of a clause; a name after a stop is capitalised ("Reuters. Edited by
# Jane Doe").
_CLAUSE_BREAK = re.compile(r"[.!?;:]\s+|\s[—–-]+\s")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]{2,}")


@cache
def _classes() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    lexicon = default_lexicon()
    verbs = [v for c in _VERB_CLASSES for v in lexicon.get(f"attribution.{c}_verbs")]
    unnamed = lexicon.get("attribution.evidence_nouns") + lexicon.get("attribution.unnamed_agents")
    return (
        re.compile(rf"(?<![\w-])(?:{alternation(verbs)}(?![\w-]){_NOUN_USE}|that\b)", re.I),
        re.compile(rf"{alternation(unnamed)}", re.IGNORECASE),
        frozenset(w.lower() for w in lexicon.get("attribution.function_words")),
    )


def source_line(text: str, linked: bool, words: int, states_share: bool) -> bool:
    """Whether a block's `text` is a source line that names its sources and states nothing.
    `linked`: the block has a link or a URL; `words`: its word count; `states_share`: it
    states a share (furniture's test)."""
    label = _LABEL.match(text)
    if label is None or words > _LONGEST_CREDIT or states_share:
        return False
    rest = text[label.end() :]
    verbs, unnamed, function_words = _classes()
    if verbs.search(rest) or _goes_on(rest, function_words):
        return False
    return linked or any(
        word.lower().strip(".") not in function_words and not unnamed.fullmatch(word)
        for word in _CAPITALISED.findall(rest)
    )


def _goes_on(rest: str, function_words: frozenset[str]) -> bool:
    """Whether the line goes on past the credit into a clause: after a sentence's end, a
    semicolon, a colon or a dash, a lower-case word that is no function word
    ("Source: CDC. Magnesium cures ...")."""
    if reads_as_reference(rest):
        return False
    return any(
        word not in function_words
        for part in _CLAUSE_BREAK.split(rest)[1:]
        for word in _LOWER_WORD.findall(part)
    )
