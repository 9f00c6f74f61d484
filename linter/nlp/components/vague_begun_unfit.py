"""The near misses of vague_begun.py's agentless reports (issue 14, session 31, vagueP): a count
of cases said to have been reported ("three cases of measles have been reported in the county
this week", "more cases in women are reported") is surveillance, a number of events and no
finding (as vague_states.py's documented cases counted; precN's local surveillance, session
20). A beginning whose subject a possessive or a genitive determines through its premodifiers
("our clinic's research team has started to study", "our hospital research unit") is the
writer's own or a named body's work (review31v). attribution_vague.py asks these with the other
unfit tests before it keeps an agentless match.
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


# A possessive or a genitive determiner (Quirk et al. 1985, §5.112-5.115) and up to two
# premodifiers before the subject: vague_begun.py's lookbehind sees only the word just before
# the subject's first word, so "our clinic's research team" and "our hospital researchers"
# began there. Not the genitive of time (§5.118: "today's researchers", "this year's studies"),
# which determines nothing; not "that", as often the complementizer ("shows that new research").
_DETERMINED_BEFORE = re.compile(
    r"(?i)(?:\b(?:this|these|those|our|my|your|his|her|their|its)"
    r"|\b(?!(?:today|yesterday|tomorrow|tonight|day|week|month|season|year|decade|century)\b)"
    r"[a-z][\w-]*(?:'s|\u2019s|s'|s\u2019))(?: [\w-]+){0,2} $"
)


def determined_beginning(text: str, m: re.Match[str]) -> bool:
    """Whether an inchoative's subject is determined before its premodifiers ("our clinic's
    research team has started to study whether")."""
    if "(?#begun)" not in m.re.pattern:
        return False
    return bool(_DETERMINED_BEFORE.search(text, max(0, m.start() - 60), m.start()))


BEGUN_UNFIT = (counted_reports, determined_beginning)
