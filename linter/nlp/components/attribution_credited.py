"""Named sources credited in two forms no other pattern composes (citeB, session 30).

A norm a named body made, credited to it by the agentive passive: "The
working definition of peripartum cardiomyopathy, last revised by the European Society of
Cardiology in 2018, is ...", "The range for prediabetes was set by the American Diabetes
Association at ...". Part of attribution_patterns' grammar through attribution_bases;
GUIDELINE.md's CITE names "a specific ... institution" as the basis of a finding, and a body's
definition, threshold or schedule is its statement as its recommendation is.

The norm is a noun of the lexicon's `norm_nouns` (MeSH Reference Values, Threshold Limit
Values, Practice Guidelines ...) opening its noun phrase with a determiner that is not the
writer's own ("Our criteria" are the clinic's), and the body is the agent of a participle of
making or revising a norm (`norm_participles`), a name of the lexicon's shape (an
institution head or a listed acronym) after "by". Two constructions, each of which must go on
to give the norm's content, since a norm only named is a procedure the writer follows ("the
vaccination schedule set by the NHS is followed here", review28d's guideline as a procedure):

- the participle as a reduced relative after the norm (Quirk et al. 1985, §17.99: the -ed
  postmodifying clause, also set off by commas as a non-restrictive one), the norm then the
  subject of a verb that gives its content: a copula before a complement that is no passive
  participle ("is heart failure ...", not "is followed"), a verb of inclusion or requirement
  ("require an ejection fraction below 45%"), or a colon before a list;
- the passive with its copula (§3.63), the content after the agent in a prepositional
  complement of value or class ("was set by the ADA at an HbA1c of ...", "... as ...",
  "... to 130/80") or after a colon.

A time adjunct may stand before the participle ("first", "last", "most recently": §8.51) and
a year after the agent ("in 2018").

A journal and a year in brackets after a finding, with no author ("... a lower risk of liver
disease (Journal of Hepatology, 2017)", "[American Journal of Clinical Nutrition 2019]"): the
journal named before the year as attribution_patterns reads "Annals of Internal Medicine
(2014)", here inside the brackets with an optional comma. The title must hold a word only
titles have (Journal, Annals, Archives ...: the "title" reading of attribution_names), so
"(Smith, 2019)" and "(NICE, 2019)" are not read; an author before the title ("(Lee et al.,
Journal of ..., 2014)") is an author-year citation and the bracket must open with the title.

A link, DOI or reference in the sentence is a source already (the claim's own gate).
"""

from __future__ import annotations

from linter.nlp.components.attribution_names import NamedPattern, org_pattern
from linter.nlp.components.attribution_words import TITLE, AttributionWords
from linter.nlp.lazy_regex import lazy

# Where the norm's noun phrase opens: the text's start, a new line, after a sentence's end or
# a colon, semicolon or comma.
_OPENING = r"(?:^|(?<=\n)|(?<=[.!?:;,] )|(?<=[.!?][”\"] ))"
# The central determiners that are not the writer's own (Quirk et al. 1985, §5.5-5.21): "our",
# "my" and "your" make the norm the writer's.
_DETERMINER = r"(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hat|[Tt]hose|[Ii]ts|[Tt]heir|[Aa]n?)"
# Time adjuncts before the participle (Quirk et al. 1985, §8.51-8.59: "first", "last", "most
# recently", "originally", "later", "since", "now", "formally", "officially", "jointly").
_WHEN = (
    r"(?:(?:first|last|most recently|recently|originally|later|since|then|now|formally|"
    r"officially|jointly|subsequently) )?"
)
_YEAR = r"(?: in (?:(?:early|late|mid-?) )?(?:19|20)\d\d)?"
# The content after a reduced relative: a copula whose complement is no passive participle
# of a procedure ("is followed", "are used", "is available"), a verb of inclusion or
# requirement (FrameNet 1.7 Inclusion, Required_event: include, contain, comprise, require,
# need; Statement: state, specify, recommend, advise), or a colon before a list.
_PROCEDURE = (
    r"(?:[a-z]+ed|used|followed|kept|given|seen|done|made|shown|found|known|taken|held|"
    r"available|open|closed|here|there|free|also|not|now|still|our|my|your|on|in|at|part)\b"
)
_CONTENT = (
    rf"(?:,? (?:is|are|was|were)(?! {_PROCEDURE}) [\w$£€%'’(-]"
    r"|,? (?:requires?|required|includes?|included|contains?|comprises?|specif(?:y|ies|ied)|"
    r"states?|stated|recommends?|recommended|advises?|advised|puts?|sets?|lists?|listed)\b"
    r"|,?\s*:)"
)
# The complement of value or class after a passive's agent: "at 5.7%", "as a reading of",
# "to 130/80", or a colon.
_VALUE = r"(?:,? (?:at|as|to) [\w$£€%'’(-]|\s*:)"


def credited_patterns(w: AttributionWords) -> tuple[NamedPattern, ...]:
    """The norm's reduced relative and its passive with a copula, each with the norm's
    content, and the journal with its year in brackets."""
    norm = (
        # Before the noun only the adjectives of a work's age or status ("the current
        # guidelines", "the latest 2023 recommendations"; lexicon evidence_adjectives) or a
        # year: "the eligibility criteria", "the parking guidelines" are a service's rules.
        rf"{_OPENING}{_DETERMINER} (?:(?i:{w.adjectives}|(?:19|20)\d\d) ){{0,2}}(?i:{w.norms})"
        # "The range for prediabetes", "The working definition of peripartum cardiomyopathy".
        r"(?: (?:of|for|in|on) [^,.;:!?\n()]{1,60}?)?"
    )
    agent = rf"{_WHEN}(?:{w.norm_participles}) by (?:an? )?{org_pattern(w)}{_YEAR}"
    trigger = lazy(rf"\b(?:{w.norm_participles}) by (?:the |an? )?[A-Z]")
    return (
        NamedPattern(
            "institution",
            lazy(rf"{norm},? {agent},?(?={_CONTENT})"),
            trigger,
            "according",
        ),
        NamedPattern(
            "institution",
            lazy(
                rf"{norm} (?:is|are|was|were|has been|have been|had been) {agent}"
                rf"(?={_VALUE})"
            ),
            trigger,
            "according",
        ),
        NamedPattern(
            "journal",
            lazy(rf"[(\[](?P<name>{TITLE}),? (?:19|20)\d\d[)\]]"),
            lazy(
                r"\b(?:Journal|Annals|Archives|Proceedings|Bulletin|Letters|Frontiers)\b"
                r"[^()\[\]\n]{0,60}(?:19|20)\d\d[)\]]"
            ),
            "title",
        ),
    )
