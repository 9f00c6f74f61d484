"""How causal-overreach reads a claim through the article's studies (context_links): the
evidence described for the claim's own study, and, for a present-tense claim with no study of
its own, the studies of the same cause and effect near it. Separate from causal.py, which reads
a claim's own sentence and its neighbours.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

from linter.checks.causal_page import block_evidence, design_of
from linter.checks.causal_reading import _wording
from linter.checks.causal_words import _NEW_STUDY, _STUDY_REFERENCE
from linter.checks.context_links import WINDOW, Discourse
from linter.checks.context_words import STRONG
from linter.claim import Claim, Evidence

Undercutting = Callable[[Claim], Evidence | None]

# A quotation mark: quoted speech is someone's aim or opinion, read apart from the article's
# studies. A relative pronoun right before the cue: a clause that describes a noun ("T cells
# that cause ...", "proteins that increase ...") defines it, it does not claim an effect.
_QUOTATION = re.compile(r"[\"“”]")
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+$", re.I)


def _plain_claim(claim: Claim) -> bool:
    """A claim the article's other sentences may undercut: not quoted, not a relative clause."""
    if claim.strength.cue is None or _QUOTATION.search(claim.text):
        return False
    before = claim.text[: claim.strength.cue[0] - claim.start]
    return _RELATIVE_BEFORE.search(before) is None


def weighable(article: Sequence[tuple[int, Claim]], kinds: set[str]) -> list[int]:
    """The places of the article's sentences that describe evidence of a weighed kind,
    ascending: only they can undercut another sentence's claim (every reading of another
    sentence looks at those cues alone), so a scan of a paragraph visits them, not every
    sentence (a pasted paragraph of 8,000 sentences cost the square of its length)."""
    return [k for k, (_, c) in enumerate(article) if any(e.kind in kinds for e in c.evidence)]


def study_evidence(
    discourse: Discourse, claim: Claim, at: int | None, undercutting: Undercutting
) -> Evidence | None:
    """A claim that introduces a study or refers back to one ("The study shows that ...",
    "These studies found ...") rests on it: what the article's other sentences about that
    study say of its kind undercuts it, unless one of them describes a randomised trial or a
    review. `at`: the claim's article index (Discourse.place)."""
    study = discourse.study_at(at)
    if study is None or study.strong or not study.research or not _plain_claim(claim):
        return None
    design = tuple(e for pos, _, e in study.evidence if pos != at and not _wording(e))
    if claim.strength.form == "past":
        # "The investigators reported that magnesium cut attacks": the study's own result;
        # only observational evidence makes a past cause an overreach (its design).
        design = tuple(e for e in design if e.kind == "observational")
    return undercutting(Claim(0, 0, 0, "", evidence=design)) if design else None


def article_evidence(
    discourse: Discourse,
    claim: Claim,
    at: int | None,
    sides: tuple[frozenset[str], frozenset[str]],
    kinds: set[str],
    undercutting: Undercutting,
) -> Evidence | None:
    """A present-tense claim with no study of its own ("Green tea extract slows ageing") rests
    on the studies the article describes of the same cause and effect within WINDOW sentences
    of it, in its section: when each of them is animal, cell, observational or preliminary work
    (none a randomised trial or a review), the claim generalises from it."""
    cause, effect = sides
    if at is None or not cause or not effect or not _plain_claim(claim):
        return None
    found: list[Evidence] = []
    own = discourse.study_at(at)
    for study in discourse.studies_near(at):
        if study is own or not study.research:
            continue
        words = study.words  # its sentences' subject words, gathered as they were read
        if not (cause & words and effect & words):
            continue
        if study.strong:
            return None  # a trial or a review of the same thing: other evidence
        found += [e for _, _, e in study.evidence if e.kind in kinds and not _wording(e)]
    return undercutting(Claim(0, 0, 0, "", evidence=tuple(found))) if found else None


def next_evidence(
    discourse: Discourse, claim: Claim, at: int | None, kinds: set[str], undercutting: Undercutting
) -> Evidence | None:
    """A present-tense claim followed by a sentence that refers back to a study none before it
    introduced ("Blueberries reverse memory loss. In the study, old rats fed blueberries ...")
    rests on that study: the claim is its finding, and what the sentence says of its kind
    undercuts it."""
    if at is None or at + 1 >= len(discourse.sentences) or not _plain_claim(claim):
        return None
    reference = discourse.reference_at(at + 1)
    if reference is None or reference.pronoun or reference.study is not None:
        return None
    described = discourse.sentences[at + 1].evidence
    design = tuple(e for e in described if e.kind in kinds and not _wording(e))
    return undercutting(Claim(0, 0, 0, "", evidence=design)) if design else None


def section_evidence(
    article: Sequence[tuple[int, Claim]],
    where: tuple[Sequence[int], list[bool], int, Sequence[str]],
    cause: frozenset[str],
    kinds: set[str],
    undercutting: Undercutting,
) -> Evidence | None:
    """A heading that states a cause ("Coffee Protects Your Liver") rests on the paragraph
    under it: a study design there about the same cause undercuts it, unless the paragraph
    describes a randomised trial or a review. `where`: the
    article index where each passage's sentences start, whether each passage is a heading,
    the heading's passage index and the passages' texts, from which the designs a sentence
    describes are read as beside a claim in the body (causal_neighbours.py): the models it
    names as its setting ("shown in mice") and groups compared by their outcome ("those who
    drank coffee had fewer strokes")."""
    first, headings, here, texts = where
    if here + 1 >= len(first) or headings[here + 1]:
        return None
    start = first[here + 1]
    end = first[here + 2] if here + 2 < len(first) else len(article)
    if any(STRONG.search(other.text) for _, other in article[start:end]):
        return None  # a trial or a review under the heading carries it
    for k in range(start, end):
        design = design_of(article[k], texts, kinds)
        if not design:
            continue
        # The study under a heading is its topic: the cause is enough ("Coffee Protects
        # Your Brain" over a cohort of coffee drinkers and their strokes), named in the
        # design's sentence or in the result after it ("A cohort study followed 50,000
        # adults. Those who drank the most coffee ...": causal_page.block_evidence).
        found = block_evidence(article, texts, k, design, cause, undercutting)
        if found is not None:
            return found
    return None


def study_marks(article: Sequence[tuple[int, Claim]]) -> tuple[list[int], list[int]]:
    """The indexes of the sentences that introduce a new study, and of those that refer back
    to a study (and introduce none)."""
    new: list[int] = []
    back: list[int] = []
    for k, (_, other) in enumerate(article):
        if _NEW_STUDY.search(other.text):
            new.append(k)
        elif _STUDY_REFERENCE.search(other.text):
            back.append(k)
    return new, back


def named_study_evidence(
    article: Sequence[tuple[int, Claim]],
    place: int,
    undercutting: Callable[[Claim], Evidence | None],
    marks: tuple[list[int], list[int]],
) -> Evidence | None:
    """A claim that names its study ("a study at Dana-Farber found that X increased Y")
    rests on that study: the sentences after it that describe "the study", up to the next
    study the article introduces and within WINDOW sentences, say what kind it was (`marks`:
    `study_marks` of the article)."""
    new, back = marks
    after = bisect_right(new, place)
    # Up to the next study, within the reach of the article's studies (context_links).
    stop = min(new[after] if after < len(new) else len(article), place + WINDOW + 1)
    for k in back[bisect_right(back, place) :]:
        if k >= stop:
            break
        found = undercutting(article[k][1])
        if found is not None:
            return found
    return None
