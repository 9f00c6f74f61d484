"""A named clinician in a biography: a research verb of the person's own career or character,
not the basis of a finding (issue 14, session 27, precY).

GUIDELINE.md's CITE names a researcher "as the basis of a finding". An about page's biography
uses the same verbs for a career: "Throughout his career, Dr. A has observed the effects of
illness on families" (experience over time, not a study) and "Dr. B has consistently
demonstrated a commitment to better care" (a trait shown, not a result). Read as the person's
own account ("spoken": no basis of a finding) where the verb takes a noun phrase (not a
that-clause, a colon or a wh-clause, which report what was found), the sentence gives no figure,
and either the sentence sets the verb in a career (the adjuncts of duration and time of Quirk et
al. 1985, §8.57-8.61, with a career noun: "throughout his career", "over the past 20 years",
"since her days as a resident", "in his years of practice"; not "in recent years") or the
object is a personal trait (WordNet 3.1 noun.attribute and noun.feeling: commitment,
dedication, devotion, passion, compassion, excellence, leadership, expertise, integrity, skill,
talent).
"""

from __future__ import annotations

import re

# The verbs of observing and showing that a biography uses for a career (Hyland 2002's research
# acts "observe", "demonstrate", "show" and their perception synonyms).
_CAREER_VERB = re.compile(r"(?i)(?:observed|seen|witnessed|noticed|demonstrated|shown)")
# A noun phrase opening the object: a determiner or a possessive (Quirk et al. 1985, §5.10), an
# adjective of number or kind, never "that", "how", "what", "why" or a colon.
_NOUN_PHRASE = re.compile(
    r"(?i)\s+(?:(?:consistently|repeatedly|firsthand|first-hand|directly|personally)\s+)?"
    r"(?:the|a|an|his|her|their|its|many|countless|numerous|great|remarkable|exceptional|"
    r"outstanding|unwavering|deep|strong|genuine)\b"
)
# The person's own career in the adjunct: a possessive before a noun of working life ("his
# years of practice", "her days as a resident"), or a career named with any determiner ("a
# 30-year career"); "in recent years" is no career, and a trend observed then may be a finding.
_CAREER = re.compile(
    r"(?i)\b(?:throughout|over|during|across|in|since|for)\s+(?:(?:his|her|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:career|years|decades|days\s+as|practice|residency|tenure)"
    r"|(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?career)\b"
)
_TRAIT = re.compile(
    r"(?i)^\s+(?:(?:consistently|repeatedly)\s+)?(?:a|an|his|her|their|great|remarkable|"
    r"exceptional|outstanding|unwavering|deep|strong|genuine)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:commitment|dedication|devotion|passion|compassion|excellence|leadership|expertise|"
    r"integrity|skill|skills|talent|talents)\b"
)
# What a study finds, not what a career sees: a relation between two things (WordNet 3.1
# noun.relation: link, association, connection, correlation, relationship), a worth or harm
# (noun.attribute effectiveness, efficacy, value; noun.state benefit, harm, risk) and a change
# (noun.process and noun.event: rise, drop, fall, increase, decrease, reduction, decline,
# improvement). "Throughout his career, Dr. A has demonstrated a strong link between sugar and
# acne" names the basis of a finding (review27p).
_RESULT = re.compile(
    r"(?i)^\s+(?:[\w-]+\s+){0,4}?(?:links?|associations?|connections?|correlations?|"
    r"relationships?|effectiveness|efficacy|value|benefits?|harms?|risks?|rises?|drops?|falls?|"
    r"increases?|decreases?|reductions?|declines?|improvements?)\b"
)
# A figure in the sentence (a number, not the length of the career: "his 30-year career").
_FIGURE = re.compile(
    r"(?<![\d.,])\d[\d.,]*(?![\d.,])(?!(?:-|\s)(?:years?|decades?)\b)|\bper ?cent\b|\bhalf\b",
    re.I,
)


def career_account(verb: str | None, after: str, sentence: str) -> bool:
    """Whether a named person's `verb`, followed by `after` in `sentence`, tells a career or a
    trait in a biography rather than a finding."""
    if not verb or not _CAREER_VERB.fullmatch(verb) or _FIGURE.search(sentence):
        return False
    if _RESULT.match(after):
        return False
    if _TRAIT.match(after):
        return True
    return bool(_NOUN_PHRASE.match(after) and _CAREER.search(sentence))
