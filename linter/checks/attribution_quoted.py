"""A first-person research finding quoted right after the researcher or body is named.

"Professor Leah Morgan leads the heart failure group at the University of Bristol. 'We've
found that patients who walk each day are readmitted less often,' she said." The quote has no
name in it, but the sentence before names who speaks (census of set DD: a quoted "We've found
that ..." whose researcher is named just before): a news report's convention, the speaker
introduced first and quoted next (Bell 1991, The Language of News Media, ch. 10, on the
attribution of quoted speech). The finding rests on that researcher's or body's own work, a
CITE with no source. By construction, never a wrong source:
- the sentence opens on a quotation whose first words report research in the first person
  ("We've found that", "we have shown that": Hyland 2002's research acts, with the that-clause
  of a finding; "we have found the new building easier" states no finding);
- the sentence names no one itself and has no source, and its speech tag, if any, is a
  pronoun ("she said", "says he"): a tag that names anyone else ("said Tom Hale, who runs a
  practice", "said her colleague Dan") gives the quote its own speaker, whom the sentence
  before does not name (review25p: the body of the sentence before was read as the source);
- the sentence before (in the passage, or the last of the passage before) names a researcher
  by a professor's title, a body, or a researcher (a "Dr" too: a clinician's title as much as a
  researcher's) with an institution of research (rules/lexicon/attribution.yaml
  `institution_heads`) in the same sentence; the name the finding gives is that one. "My
  consultant, Dr Ahmed, went through my scan" names a doctor, not a research source (review25p).
"""

from __future__ import annotations

import re
from functools import cache

from linter.claim import Attribution, Claim
from linter.config.lexicon import alternation, default_lexicon

_WE_FOUND = re.compile(
    r"(?i)^[\"“‘']?\s*we(?:[’']ve| have| had)?(?: \w+ly| also| now){0,2} "
    r"(?:found|shown|showed|demonstrated|observed|discovered|confirmed|seen) that\b"
)
_ACADEMIC = re.compile(r"^(?:Prof\.?|Professor|Associate Professor)\s")
# What follows the quote's closing mark: nothing, or a speech tag whose speaker is a pronoun.
_CLOSE = re.compile(r"[\"”’']")
_PRONOUN_TAG = re.compile(
    r"(?i)\s*[,.]?\s*(?:(?:she|he|they)\s+(?:\w+ly\s+)?(?:said|told|wrote|\w+(?:s|ed))\b"
    r"(?:\s+(?:me|us|\w+))?|"
    r"(?:said|says|adds|added|explains|explained)\s+(?:she|he|they))?\s*[.!]?\s*$"
)
_BODIES = ("institution", "affiliation")


@cache
def _institution() -> re.Pattern[str]:
    heads = alternation(default_lexicon().get("attribution.institution_heads"))
    return re.compile(rf"(?<![\w-]){heads}(?![\w-])")


def quoted_finding(text: str, claim: Claim, previous: Claim | None) -> tuple[int, int, str] | None:
    """(start, end, the name) of a first-person finding quoted after its speaker is named in
    the sentence before, or None (see the module docstring); `text`: the passage's."""
    if previous is None or claim.attributions or claim.has_source:
        return None
    found = _WE_FOUND.search(claim.text)
    opening = text[max(0, claim.start - 2) : claim.start] + claim.text[:1]
    if found is None or not re.search(r"[\"“‘']", opening):
        return None
    if not _pronoun_tag(claim.text, found.end()):
        return None  # '"...," said Tom Hale, who runs a practice': the quote's own speaker
    speaker = _speaker(previous)
    if speaker is None:
        return None
    start = claim.start + found.start() + len(found.group()) - len(found.group().lstrip("\"“‘' "))
    return start, claim.start + found.end(), speaker.name


def _speaker(previous: Claim) -> Attribution | None:
    """The researcher or body the sentence before names, as a research source."""
    for a in reversed(previous.attributions):
        if not a.named:
            continue
        if a.kind in _BODIES or (a.kind == "researcher" and _ACADEMIC.match(a.name)):
            return a
        if a.kind == "researcher" and _institution().search(previous.text):
            return a
    return None


def _pronoun_tag(sentence: str, after: int) -> bool:
    """Whether the quote opening `sentence` ends with no speech tag or a pronoun's one."""
    closing = [m.end() for m in _CLOSE.finditer(sentence, after)]
    if not closing:
        return True
    return any(_PRONOUN_TAG.match(sentence, end) for end in closing)
