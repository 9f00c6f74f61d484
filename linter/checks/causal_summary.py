"""What a page's summary and a headline rest on when the study is further off than a section.

Two constructions of real pages (issue 14, session 22, causalW) that the opening's reading
(causal_page.py) does not reach:

- A page's summary (its front-matter description or lede) over the association its body's
  study reports sections later: "description: Green tea lowers blood pressure" over
  "## Background" / "The researchers found that green tea was associated with lower blood
  pressure." (set P's description of a news page had this shape). A finding stated as an
  association is the observational evidence itself (STROBE 2007 item 16: an observational
  study reports estimates of association) when a study or its researchers report it
  (causal_words._REPORTS_FINDING): the writer's own "X is linked to Y" is wording, not a study,
  and stays out. A description summarises the whole page, so the reach passes headings of other
  names ("## Key Takeaways", "## Introduction"); in exchange the one sentence must name both
  the claim's cause and its effect. Only the reported association reaches so far: a study told
  by its design past a heading of another topic ("## Where to buy it") is left to the
  opening's reading, which ends there (review19k; tests/test_causal_reach.py).
- A headline over its lead: a title line (a heading, or a paragraph of one title-case sentence
  with no final stop, as a news digest sets "Outlet: Headline") whose next passage opens on the
  story's study. By the news lead's convention (the inverted pyramid: the first sentence gives
  the story the headline names) the lead's study is the headline's evidence, though the
  headline names its cause in lay words ("Removing The Appendix Lowers Parkinson's Risk") and
  the lead by its term ("appendectomy"): the lead must name the whole of the headline's effect
  instead.

Neither reading rests a claim on a study when the page describes a randomised trial or a review
of the claim's cause (StrongIndex), the study assigns its intervention (a trial's arms), the
lead itself names a trial, or neither the claim nor the study names health (hype_topic: a news
digest's item on trains, a survey of cyclists on their wheels). Bounded: a summary looks at
PAGE_REACH sentences after it, a headline at its lead's block, so a page costs linear time
however long it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from linter.checks.causal_designs import assigns
from linter.checks.causal_neighbours import StrongIndex
from linter.checks.causal_page import block_words, design_of, in_opening, opening_evidence
from linter.checks.causal_reading import _clause_of, _wording
from linter.checks.causal_stems import stem, subject_words
from linter.checks.causal_words import _CONDITION, FIRST_REPORT
from linter.checks.context_links import WINDOW
from linter.checks.context_words import STRONG
from linter.checks.hype_reading import title_case
from linter.checks.hype_topic import _names_health
from linter.checks.hype_words import FUNCTION_WORDS
from linter.claim import Claim, Evidence

Undercutting = Callable[[Claim], Evidence | None]
Article = Sequence[tuple[int, Claim]]
Page = tuple[Sequence[str], Sequence[bool]]  # the passages' texts; whether each is a heading

# How many sentences after a page's summary its body's reported finding may stand: the first
# sections of a page (a news story gives its study within its first paragraphs; five times the
# reach of a claim in the body, context_links.WINDOW).
PAGE_REACH = 5 * WINDOW
# A report verb (the last word of a FIRST_REPORT match) after a modal or "to" is an
# aim or a plan, not a finding ("should find out", "will show", "aims to find"): the modal
# auxiliaries and the infinitive (Quirk et al. 1985, §4.49-4.58 modals, §3.56 the
# to-infinitive); a finding is reported in the past or present ("Research to date shows").
_AIM = re.compile(
    r"\b(?:(?:will|would|should|could|may|might|can|shall|must)\s+(?:\w+\s+)?|to\s+)\w+$", re.I
)
_FUNCTION_STEMS = frozenset(stem(w) for w in FUNCTION_WORDS)
# The stops that end a sentence of prose; a title line ends on none of them.
_STOPS = (".", "!", "?", ":", ";")


def page_evidence(
    article: Article,
    page: Page,
    place: int,
    sides: tuple[frozenset[str], frozenset[str]],
    kinds: set[str],
    undercutting: Undercutting,
    strong: StrongIndex,
) -> tuple[Evidence, Claim] | None:
    """The weak evidence a claim of the page's opening or a headline rests on, with the sentence
    that describes it: the opening's study nearby (causal_page.opening_evidence), the finding
    its body reports further on, or a headline's lead."""
    near = opening_evidence(article, page, place, sides, kinds, undercutting, strong)
    if near is not None:
        return near
    far = summary_evidence(article, page, place, sides, kinds, undercutting, strong)
    far = far or headline_evidence(article, page, place, sides, kinds, undercutting, strong)
    # Far off, the study must be one of health: a digest's item on trains or a page on
    # cycling reports a survey of its own topic (hype_topic: the health words of MeSH).
    if far is None or not _names_health(f"{article[place][1].text} {far[1].text}", False):
        return None
    return far


def reported_association(sentence: Claim, kinds: set[str]) -> Evidence | None:
    """The association a sentence reports as a study's finding ("The researchers found that
    moderate coffee consumption was associated with a lower risk of dementia"), not one it
    sets as an aim ("Future research should find out whether ...")."""
    text = sentence.text
    report = FIRST_REPORT.search(text)
    if report is None or _AIM.search(text, 0, report.end()) is not None:
        return None
    return next(
        (
            e
            for e in sentence.evidence
            if e.kind in kinds
            and e.kind == "observational"
            and _wording(e)
            # "whether coffee is associated with ...": a question, not the finding.
            and _CONDITION.search(text, 0, max(0, e.start - sentence.start)) is None
        ),
        None,
    )


def summary_evidence(
    article: Article,
    page: Page,
    place: int,
    sides: tuple[frozenset[str], frozenset[str]],
    kinds: set[str],
    undercutting: Undercutting,
    strong: StrongIndex,
) -> tuple[Evidence, Claim] | None:
    """The first sentence within PAGE_REACH after a claim of the page's opening that reports a
    study's association and names, in the association's clause, the claim's cause and its whole
    effect, over any heading."""
    headings = page[1]
    cause, effect = sides
    here = article[place][0]
    if headings[here] or not cause or not effect or not in_opening(headings, here):
        return None
    if strong.about(cause):
        return None
    for k in range(place + 1, min(len(article), place + PAGE_REACH + 1)):
        i, other = article[k]
        if i == here or headings[i]:
            continue
        association = reported_association(other, kinds)
        if association is None:
            continue
        # The association's own clause ("tea was associated with lower blood pressure, while
        # coffee showed no link") names the claim's cause and the whole of its effect (a study of
        # blood sugar is not one of blood pressure), as a headline's lead must.
        words = subject_words(_clause_of(page[0][i], other, association.start))
        if not (cause & words and _content(effect) <= words) or assigns(other.text):
            continue
        found = undercutting(Claim(0, 0, 0, "", evidence=(association,)))
        if found is not None:
            return found, other
    return None


def _content(side: frozenset[str]) -> frozenset[str]:
    """A side's words but its function words: "protects against multiple sclerosis" is named
    by "less multiple sclerosis" (the preposition is the verb's, hype_words.FUNCTION_WORDS)."""
    return side - _FUNCTION_STEMS


def headline(article: Article, page: Page, place: int) -> bool:
    """Whether the sentence at `place` is a title line: a heading, or a paragraph of that one
    sentence, title case, with no final stop."""
    texts, headings = page
    here = article[place][0]
    if headings[here]:
        return True
    alone = (place == 0 or article[place - 1][0] != here) and (
        place + 1 >= len(article) or article[place + 1][0] != here
    )
    if not alone:
        return False  # (asked first: a passage of many sentences is not stripped for each)
    text = texts[here].strip()
    return not text.endswith(_STOPS) and title_case(text)


def headline_evidence(
    article: Article,
    page: Page,
    place: int,
    sides: tuple[frozenset[str], frozenset[str]],
    kinds: set[str],
    undercutting: Undercutting,
    strong: StrongIndex,
) -> tuple[Evidence, Claim] | None:
    """The weak study a headline's lead describes: the first sentence of the passage right after
    the headline (not a heading), with the result sentences after it (causal_page.block_words),
    when they name every word of the headline's effect, assign no intervention and name no
    trial."""
    texts, headings = page
    cause, effect = sides
    lead = place + 1
    if not effect or lead >= len(article) or not headline(article, page, place):
        return None
    here, there = article[place][0], article[lead][0]
    if there != here + 1 or headings[there] or strong.about(cause):
        return None
    design = design_of(article[lead], texts, kinds)
    if not design:
        return None
    words, end = block_words(article, texts, lead)
    story = [article[j][1].text for j in range(lead, end)]
    if not _content(effect) <= words or any(STRONG.search(t) or assigns(t) for t in story):
        return None
    found = undercutting(Claim(0, 0, 0, "", evidence=tuple(design)))
    return (found, article[lead][1]) if found is not None else None
