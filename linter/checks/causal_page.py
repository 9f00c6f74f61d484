"""What a page's opening and its headings rest on: the studies the page describes further on.

A page's opening (its front-matter title and description, its lede: the passages before its
first section heading) states what the page is about, and a heading what its section is about:
"description: Vitamin C shrinks tumours" over a body whose only evidence is "In laboratory
studies, high doses of vitamin C killed tumour cells"; "# Coffee Prevents Liver Cancer" over
"A cohort study followed 50,000 adults. Those who drank the most coffee had the fewest liver
tumours." Neither names its study, and a heading stands between the opening and the body, so
the readings of a claim's section (causal_context.py) and its neighbours
(causal_neighbours.py) do not reach it.

A study is read as a block: the sentence that names its design (the claim layer's evidence
cues, rules/lexicon/evidence.yaml: the Oxford CEBM levels and STROBE's designs; the designs of
rules/lexicon/study_design.yaml: treated animals and cells, groups compared by their outcomes)
and the sentences after it in its passage that give its groups' result (STROBE's exposure groups
and outcomes, study_design.yaml) without a cause of their own ("Those who drank the most coffee
had the fewest liver tumours."): the design sentence often names only its people, the next
one the exposure. The claim rests on the block when the block names the claim's cause
(compared by stem, causal_stems.py), no sentence of it assigns an intervention (a trial's
arms), and the page describes no randomised trial or review of that cause anywhere
(StrongIndex): then the weak study is all the page gives.

The opening's reach passes a heading that names the claim's cause (the page's title after a
front-matter description: "Vitamin C and cancer") and ends at one that does not ("## Where to
buy it": another topic). Bounded: an opening claim looks at the REACH sentences after it (as
far as the article's studies reach, context_links.WINDOW), a block at the BLOCK sentences
of its passage after its design sentence, so a page costs linear time however long it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from linter.checks.causal_designs import assigns, compares_groups, design_evidence
from linter.checks.causal_neighbours import StrongIndex, scope_evidence
from linter.checks.causal_reading import _wording
from linter.checks.causal_stems import subject_words
from linter.checks.context_links import WINDOW
from linter.claim import Claim, Evidence, Strength

Undercutting = Callable[[Claim], Evidence | None]
Article = Sequence[tuple[int, Claim]]

# How many passages a page's opening may hold before its first section heading: a front-matter
# title and description, or a title and a lede (a summary is short; a page with no headings
# has no opening beyond its first two paragraphs).
OPENING = 2
# How many sentences after an opening claim its studies may be described: as far as a claim
# reaches the article's studies (context_links.WINDOW); further on is another topic.
REACH = WINDOW
# How many sentences after a design sentence, in its passage, still report that study's result.
BLOCK = 2


def in_opening(headings: Sequence[bool], here: int) -> bool:
    """Whether passage `here` is in the page's opening: among its first OPENING passages, with
    no heading before it but the page's title (a heading as its first passage)."""
    return here < OPENING and not any(headings[1 : here + 1] if here else [])


def design_of(sentence: tuple[int, Claim], texts: Sequence[str], kinds: set[str]) -> list[Evidence]:
    """The study designs a sentence describes: its evidence cues (not wording of association
    such as "is linked to"), the models it names as its setting and the designs it describes."""
    i, other = sentence
    design = [e for e in other.evidence if e.kind in kinds and not _wording(e)]
    design += [e for e in scope_evidence(other, texts[i]) if e.kind in kinds]
    design += [e for e in design_evidence(other, texts[i]) if e.kind in kinds]
    return design


def block_words(article: Article, texts: Sequence[str], k: int) -> tuple[frozenset[str], int]:
    """The subject words of the study described at article index `k` together with the BLOCK
    sentences after it in its passage that give its groups' result and state no cause of their
    own, and where it ends."""
    words = subject_words(article[k][1].text)
    end = k + 1
    while (
        end < len(article)
        and end <= k + BLOCK
        and article[end][0] == article[k][0]
        and article[end][1].strength.level < Strength.DIRECT
        and compares_groups(article[end][1], texts[article[end][0]])
    ):
        words |= subject_words(article[end][1].text)
        end += 1
    return words, end


def block_evidence(
    article: Article,
    texts: Sequence[str],
    k: int,
    design: list[Evidence],
    cause: frozenset[str],
    undercutting: Undercutting,
) -> Evidence | None:
    """The design of the study at `k` when its block names the claim's cause and assigns no
    intervention."""
    words, end = block_words(article, texts, k)
    if not cause & words or any(assigns(article[j][1].text) for j in range(k, end)):
        return None
    return undercutting(Claim(0, 0, 0, "", evidence=tuple(design)))


def opening_evidence(
    article: Article,
    page: tuple[Sequence[str], Sequence[bool]],
    place: int,
    sides: tuple[frozenset[str], frozenset[str]],
    kinds: set[str],
    undercutting: Undercutting,
    strong: StrongIndex,
) -> tuple[Evidence, Claim] | None:
    """The weak evidence a claim of the page's opening rests on, with the sentence that
    describes it: the first study within REACH sentences after it whose block names the
    claim's cause, and whose block or the sentences and headings before it name the claim's
    effect, unless the page describes a trial or a review of that cause. `page`: the
    passages' texts and whether each is a heading; `sides`: the claim's cause and effect."""
    texts, headings = page
    cause, effect = sides
    here = article[place][0]
    if headings[here] or not cause or not in_opening(headings, here) or strong.about(cause):
        return None  # a heading rests on its own section (causal_context.section_evidence)
    for k in range(place + 1, min(len(article), place + REACH + 1)):
        i = article[k][0]
        if headings[i] and not cause & subject_words(article[k][1].text):
            break  # a heading of another topic ("## Where to buy it")
        if i == here or headings[i]:
            continue  # the opening's own sentences are the neighbours' to read
        design = design_of(article[k], texts, kinds)
        if not design:
            continue
        # Across a paragraph break a study must be of the claim's effect too, as beside a
        # claim (causal_neighbours.py): "Garlic lowers cholesterol" does not rest on "In mice,
        # garlic slowed the growth of stomach tumours", which is another claim's evidence. An
        # effect of short words only ("stops the flu") has no stems to compare: its cause
        # decides.
        if effect and not effect & _told(article, place + 1, block_words(article, texts, k)[1]):
            continue
        found = block_evidence(article, texts, k, design, cause, undercutting)
        if found is not None:
            return found, article[k][1]
    return None


def _told(article: Article, start: int, end: int) -> frozenset[str]:
    """The subject words of the article's sentences from `start` up to `end` (the headings
    among them too: a page's title names what its body is about)."""
    return frozenset().union(*(subject_words(article[j][1].text) for j in range(start, end)))
