"""One client's own figures under a case study's heading are no health statistic (precD, set UU).

"Real-World Case Study: ..." over a list of one traveller's results, "Reduced illness frequency
by approximately 40%", "CRP dropped by 30%": the figures are the changes of the single case the
heading announces (figures.yaml `case_headings`: MeSH "Case Reports", the CARE guideline's
case report, a client's or patient's story), as the patient-writer's own figures are his story
(set H's convention, GUIDELINE.md STAT: a health statistic reported as a finding about people).
The section runs from that heading to the next heading. A figure about people as a group in
its sentence ("About 20% of runners catch a cold after a race", "in 7 of 10 patients") is a
statistic even there, and a sentence with a study word stays one too ("a study of 200 cases").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from linter.claim import Passage
from linter.config.lexicon import lists_alternation


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    def alt(*names: str) -> str:
        return lists_alternation("figures", *names)

    heading = re.compile(rf"(?<![\w-]){alt('case_headings')}(?![\w-])", re.I)
    group = re.compile(
        rf"(?<![\w-])(?:{alt('people', 'subjects', 'demographics', 'design')})(?![\w-])", re.I
    )
    return heading, group


def case_sections(passages: Sequence[Passage]) -> list[bool]:
    """For each passage, whether it stands under a heading that announces a single case, up to
    the next heading (the heading itself is not in the section)."""
    heading, _ = _patterns()
    inside = False
    sections: list[bool] = []
    for passage in passages:
        if passage.kind == "heading":
            inside = heading.search(passage.text) is not None
            sections.append(False)
        else:
            sections.append(inside)
    return sections


def own_case_figure(text: str, sentence: tuple[int, int]) -> bool:
    """Whether a figure in a case study's section is the case's own: its sentence names no group
    of people and no study design."""
    _, group = _patterns()
    return group.search(text, *sentence) is None
