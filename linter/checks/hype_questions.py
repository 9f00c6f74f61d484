"""A cure asked about in a question that stands as a heading or an FAQ item, not claimed.

"Can homeopathy cure all diseases?" as a heading, "Q: Will these tablets cure my hay fever?":
an FAQ sets each question apart as its own heading or labelled line and answers it below,
often with a no (census of set GG: a clinic's FAQ heading whose answer denies the cure). A
polar question (Huddleston & Pullum 2002, The Cambridge Grammar of the English Language, ch. 10
§4: an auxiliary before the subject) or a declarative question (the statement's order with a
question mark, §4.8: "Homeopathy increases the disease before curing?") asks whether; it
asserts nothing the answer has to undo. Not: "What if you could reverse diabetes?" and "Why
does turmeric cure ...?", whose open question presupposes the cure (§5.3), nor a question
inside a paragraph of other sentences, which the writer goes on to answer in the same breath
("Can't sleep? Our spray cures insomnia."). Nor (review25p) a polar question on a factive
verb ("Did you know cinnamon can reverse diabetes?", "Have you heard that ...?"), which
presupposes its complement true (Kiparsky & Kiparsky 1970, "Fact"; rules/lexicon/hype.yaml
`factive_questions`), nor a subjectless one ("Want to reverse diabetes in 30 days?", "Ready to
cure your reflux?"): the elliptical question of an advert's hook (Quirk et al. 1985, §12.47,
"(Do you) want ...?"), whose verb or adjective is followed by a preposition or "to", not by
the verb of a subject.

The same question set in quotation marks ('### "Do diet changes cure the condition?"': an FAQ
heading that quotes what patients ask) or with a maximizer on its cure ("Can coronary artery
disease be completely cured?", the `maximized` class: Quirk et al. 1985, §8.104), or a heading
that would state a disease claim ("Can lifestyle changes cure polyposis?": the `heading_claims`
of food law, which a question does not state as a fact) asks the same
whether (sets KK and II, precX); the marks are read off before the question's words (readX's
QUOTES_AROUND).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from linter.checks.hype_words import _QUESTION_START, QUOTES_AROUND, hype_lexicon
from linter.claim import Claim, Passage
from linter.config.lexicon import alternation, default_lexicon

# The hype classes a question can ask about: a cure, a reversal, a cure of everything, and a
# remedy fit or safe for everyone with a condition ("Are these herbs safe for everyone with a
# thyroid problem?": the FAQ asks whether, and answers below; set VV, precD).
ASKABLE = frozenset(
    {"cure", "reverse", "totality", "panacea_range", "maximized", "heading_claims", "universal_fit"}
)

# An FAQ item's label or number before its question: "Q:", "Question 3:", "1.", "Q2)".
_LABEL = re.compile(r"\s*(?:(?:q|question)\s*\d*\s*[:.)-]|\d{1,2}[.)])\s*", re.I)
# An open question's word at its start: what it asks presupposes the rest.
_OPEN = re.compile(
    r"\s*(?:what|why|how|when|where|which|who|whose|whom)\b|\s*[\w'’-]+\s+if\b", re.I
)


def faq_question(passage: Passage, claim: Claim, heading: bool) -> bool:
    """Whether `claim` is a polar or declarative question standing alone as its passage: a
    heading, a labelled FAQ question ("Q: ..."), a paragraph of its own, or any of these in
    quotation marks (an FAQ that quotes the reader's question: '"Can diet changes cure it?"').

    A paragraph of its own counts as a heading does (session 26, readX): a polar question
    asserts neither answer, and GUIDELINE.md labels the writer's claims; set H's rule case
    ("Can chiropractic care cure sciatica?" on a page that goes on to promise it) is answered
    by the promise in the next paragraph, which is flagged there. `heading` is kept for the
    reader of this rule: the same test holds for every passage that is the question alone.
    A question the next passage answers yes to is not asked alone (`answered_yes`)."""
    del heading
    sentence = QUOTES_AROUND.sub("", passage.text[claim.start : claim.end].strip())
    if not sentence.endswith("?") or len(passage.claims) != 1:
        return False
    label = _LABEL.match(sentence)
    asked = QUOTES_AROUND.sub("", sentence[label.end() :]) if label else sentence
    if _OPEN.match(asked) or _factive().match(asked) or _TAG.search(asked):
        return False
    return bool(_QUESTION_START.match(asked)) or _declarative(asked)


def _declarative(asked: str) -> bool:
    """A statement's order with a question mark: no auxiliary or wh-word opens it, and it is
    a clause (a lower-case word follows the first, as a verb or its object does)."""
    words = asked.split()
    return len(words) >= 3 and words[1][:1].islower() and words[1].lower() not in _NO_SUBJECT


# A negative tag after a statement ("Our tea is safe for everyone with diabetes, isn't it?"):
# the reversed-polarity tag question asks the reader to agree with what the writer asserts
# (Quirk et al. 1985, ch. 11, tag questions), no FAQ question asked alone (review28d).
_TAG = re.compile(r"(?i),\s*\w+n['’]t\s+(?:it|they|he|she|you|we|that|this|there|i)\s*\?$")

# A simple preposition or the infinitive's "to" as the second word: no subject and verb open
# the question ("Want to ...?", "Looking for ...?", "Tired of ...?"; Quirk et al. 1985, §9.7).
_NO_SUBJECT = frozenset({"to", "for", "of", "with", "about", "from", "into", "on", "in", "at"})


@cache
def _factive() -> re.Pattern[str]:
    verbs = alternation(default_lexicon().get("hype.factive_questions"))
    return re.compile(rf"(?i)\s*(?:\w+\s+){{0,3}}?{verbs}(?![\w-])(?!\s+(?:if|whether)\b)")


def answered_yes(passages: Sequence[Passage]) -> tuple[bool, ...]:
    """For each passage, whether the next one opens by saying yes to it ("Yes! ...",
    "Absolutely.", "It can, and ..."): the question and its answer promise the cure together
    (set H's page; review26r), as "Can't sleep? Our spray cures insomnia." does in one. An
    answer that names the cure again ("Yes, our acupuncture cures it.") holds the claim itself,
    and is flagged there: the question stays asked."""
    yes, verbs = _yes(), hype_lexicon().disease_claim_verbs
    return tuple(
        i + 1 < len(passages)
        and bool(yes.match(passages[i + 1].text))
        and not verbs.search(passages[i + 1].text)
        for i in range(len(passages))
    )


# A short answer: a pronoun and the question's auxiliary with nothing after it ("It can.",
# "They do!"; Huddleston & Pullum 2002, ch. 10 §4.6); "It can help" answers something else.
_SHORT = (
    r"(?:it|they|this|these|that|we|you|he|she)\s+(?:can|will|does|do|is|are|has|have)"
    r"(?=\s*[.,!;:])"
)


@cache
def _yes() -> re.Pattern[str]:
    words = alternation(default_lexicon().get("hype.affirmative_answers"))
    said = rf"(?:{words}|{_SHORT})(?![\w'’-])(?![\s,.!;:—–-]*(?:not|but|no)\b)"
    return re.compile(rf"(?i)[\s\"“‘'*_]*(?:a:\s*|answer:\s*)?{said}")
