"""The near misses of vague_begun.py's agentless reports (issue 14, session 31, vagueP): a count
of cases said to have been reported ("three cases of measles have been reported in the county
this week", "more cases in women are reported") is surveillance, a number of events and no
finding (as vague_states.py's documented cases counted; precN's local surveillance, session
20). attribution_vague.py asks this with the other unfit tests before it keeps an agentless
match.
"""

from __future__ import annotations

import re

# A cardinal before the report in its clause (Quirk et al. 1985, §5.23 and §6.63: cardinal
# numerals, in figures or in words), with no stop, semicolon or colon between.
_COUNT_BEFORE = re.compile(
    r"(?i)(?:\b\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|dozens?|a handful|"
    # The comparative quantifiers (§5.23-5.25: more, fewer, less, most) compare such counts:
    # "more cases in women are reported" (the wild corpora) is a figure of incidence.
    r"more|fewer|less|most))"
    r"\b[^.;:!?\n]*$"
)


def counted_reports(text: str, m: re.Match[str]) -> bool:
    """Whether an agentless report counts the cases it reports ("two cases have been reported
    in the town")."""
    if "(?#reported)" not in m.re.pattern or m.group(0).lower().startswith("there"):
        return False
    return bool(_COUNT_BEFORE.search(text, max(0, m.start() - 80), m.start()))


BEGUN_UNFIT = (counted_reports,)
