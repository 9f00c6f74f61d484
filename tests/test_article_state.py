"""The checks that read the whole article before they check a passage (issue 20).

A check that overrides `Check.begin` keeps page-level state: the passages it is handed, or
indexes of them. Bounded memory for a big file (checking runs of blocks as they are read and
dropping the passages before them) must know every such piece and how far it reaches (a
prefix, a window, or the whole page): bench/README.md, "Bounded memory for a big file: what
the checks read of the whole article (issue 20, memW)", lists them. A check that starts to
keep page-level state fails here until it is added to that list and to `ARTICLE_CHECKS`.
"""

from __future__ import annotations

from linter.checks import CHECKS, Check

# Check name -> what of the page it keeps (the bench section says what each part reaches).
ARTICLE_CHECKS = {
    "attribution": "first capitalised words and source, named works (prefix); the next sentence "
    "(ForwardNames); the discourse's studies (closed WINDOW sentences after their last)",
    "causal": "every sentence, passage text and heading; the discourse (its studies as words "
    "and evidence); StrongIndex as subject words and places, no sentence; the named-study "
    "marks (the whole page)",
    "statistic": "the figures of sourced sentences (prefix)",
    "wording": "whether any passage offers a service in the page's own voice (one bool, the "
    "whole page: recallH)",
}


def test_every_check_with_page_state_is_declared() -> None:
    keeping = {name for name, check in CHECKS.items() if check.begin is not Check.begin}
    assert keeping == set(ARTICLE_CHECKS)
