"""One client's own figures under a case study's heading are no health statistic (precD, set UU).

"Real-World Case Study: ..." over a list of one traveller's results, "Reduced illness frequency
by approximately 40%", "CRP dropped by 30%": the figures are the changes of the single case the
heading announces (figures.yaml `case_headings`: MeSH "Case Reports", the CARE guideline's
case report, a client's or patient's story), as the patient-writer's own figures are his story
(set H's convention, GUIDELINE.md STAT: a health statistic reported as a finding about people).
The section runs from that heading to the next heading. A figure about people as a group in
its sentence ("About 20% of runners catch a cold after a race", "in 7 of 10 patients") is a
statistic even there, and a sentence with a study word stays one too ("a study of 200 cases").

The case's own figure is a change it went through (figures_grammar's quantity "change": "her
sick days dropped by about 45%"), not a share, a rate or an effect's size ("Our programme has
a 95% success rate", "Acupuncture is 70% effective"); and its sentence states no general
effect in the present ("Magnesium reduces migraine days by 41%": a cue of correlation or
cause not in the past tense). A page often goes on after its case study with no heading of its
own, and those sentences are the page's findings again (review28d). A heading that names a
group of people or a study ("Case study: 200 patients on the plan") announces no single case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from linter.claim import Claim, Passage, Strength
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
            inside = heading.search(passage.text) is not None and not _group(passage.text)
            sections.append(False)
        else:
            sections.append(inside)
    return sections


def _group(text: str, start: int = 0, end: int | None = None) -> bool:
    _, group = _patterns()
    return group.search(text, start, len(text) if end is None else end) is not None


def own_case_figure(text: str, claim: Claim) -> bool:
    """Whether the figures of a sentence in a case study's section are the case's own: changes
    only, in a sentence that names no group of people and no study design and states no
    general effect (above)."""
    if not claim.figures or any(f.quantity != "change" for f in claim.figures):
        return False
    strength = claim.strength
    if strength.level >= Strength.CORRELATIONAL and strength.form != "past":
        return False  # "Magnesium reduces migraine days by 41%": a finding, not her story
    return not _group(text, claim.start, claim.end)
