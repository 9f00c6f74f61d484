"""Whether a registry term in a text is narrowed to something narrower than an entry is about.

"Pancreatic cancer" and "cancer of the pancreas" narrow "cancer"; "lupus nephritis" narrows
"lupus"; "childhood cancer" narrows it to a population. A word the entry itself uses about its
evidence ("female breast cancer" for an entry on female breast cancer) does not.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from linter.registry.text import fold, word_after, word_before
from linter.registry.words import is_function_word, narrows, registry_words

if TYPE_CHECKING:
    from linter.registry.entries import Entry, Mention, Registry

_OF_WHAT = re.compile(r"\s+of\s+(?:the\s+)?([^\W\d_]+)")


@cache
def _described(entry: Entry) -> frozenset[str]:
    """The words the entry itself uses about whom and what its evidence concerns."""
    words = fold(" ".join((entry.description, *entry.conditions, *entry.interventions))).split()
    return frozenset(w.rstrip("s") for w in words)


def undescribed(word: str, entry: Entry) -> bool:
    return any(w.rstrip("s") not in _described(entry) for w in fold(word).split())


def _foreign(word: str | None, entry: Entry) -> bool:
    """A word that narrows a condition to something the entry does not describe."""
    if word is None or is_function_word(word) or not narrows(word):
        return False
    return undescribed(word, entry)


def narrowed_for(text: str, mention: Mention, entry: Entry) -> bool:
    """Whether the sentence narrows the term to something narrower than the entry is about:
    "pancreatic cancer" or "cancer of the pancreas" for an all-sites entry, "lupus nephritis"
    for an entry on lupus."""
    if _foreign(word_before(text, mention.start), entry):
        return True
    of_what = _OF_WHAT.match(text, mention.end)
    if of_what and _foreign(of_what.group(1), entry):
        return True
    after = word_after(text, mention.end)
    pattern = registry_words().named_condition
    return bool(after and pattern.fullmatch(after) and undescribed(after, entry))


def narrowed(text: str, mention: Mention, registry: Registry) -> bool:
    """Narrowed for every entry that owns the term."""
    return all(narrowed_for(text, mention, registry.entries[i]) for i in mention.ids)
