"""Direct questions: an appeal inside one asks whether something holds instead of making it."""

from __future__ import annotations

import re

# A direct question opens on an interrogative word or an operator before its subject (Quirk et
# al. 1985, A Comprehensive Grammar of the English Language, §11.4-11.14: wh-questions and
# yes-no questions with subject-operator inversion) and ends on "?"; it asks whether something
# holds instead of appealing to someone for it ("What is considered by neurologists to be an
# effective drug?", "Do studies show that it works?"). A question that embeds a statement as the
# object of knowing or hearing ("Did you know that studies show ...?", "Have you heard that
# experts say ...?") or that is a negative question asking for agreement ("Isn't it true that
# ...?", §11.9) asserts it.
_ASKING = re.compile(
    r"[\W_\d]*(?:what|which|who|whom|whose|why|how|when|where|whether|is|are|was|were|am|do|"
    r"does|did|can|could|should|would|will|shall|may|might|must|has|have|had)\b",
    re.IGNORECASE,
)
_ASSERTING = re.compile(
    r"[\W_\d]*(?:(?:did|do|does|have|has)\s+(?:you|we)\s+(?:ever\s+)?(?:know|knew|heard?|read|"
    r"seen|see|realis\w*|realiz\w*|notice\w*|learn\w*)|(?:are|were)\s+you\s+aware|"
    r"\w+n['’]t\b)",
    re.IGNORECASE,
)


def asks(sentence: str, at: int) -> bool:
    """Whether the words at `at` of a sentence lie inside a direct question: the sentence
    opens on a question's first word, no "?" closes a question before `at`, a "?" comes after
    it before the sentence ends, and the question does not assert what it embeds."""
    if not _ASKING.match(sentence) or _ASSERTING.match(sentence):
        return False
    if "?" in sentence[:at]:
        return False
    close = sentence.find("?", at)
    return close >= 0 and not re.search(r"[.!](?:\s|$)", sentence[at:close])
