"""The named-attribution constructions for outlets and bodies that speak for themselves:
"WebMD reports that", "the CCFA estimates", "the WHO's 2021 report", "As the BBC reported, ...".
Part of attribution_patterns' grammar.
"""

from __future__ import annotations

from linter.nlp.components.attribution_names import PERSON, TITLED_PERSON, NamedPattern, org_pattern
from linter.nlp.components.attribution_words import (
    ACRONYM,
    AUX_ADVERBS,
    MONTHS,
    TITLE,
    WEEKDAYS,
    WORD,
    AttributionWords,
)
from linter.nlp.lazy_regex import lazy


def outlet_patterns(
    w: AttributionWords, tail: str, work_modifiers: str
) -> tuple[NamedPattern, ...]:
    """The constructions that name an outlet or a body by what it says; `tail` is the reporting
    verb that may follow a name, `work_modifiers` the words between a body and its work."""
    g = lazy
    studies = w.study_nouns
    body_verbs = rf"(?:{w.discourse}|{w.textual}|{w.advice}|estimates?|estimated|concluded?s?)"
    says = (
        r"(?P<verb>reports|reported|says|said|writes|wrote|notes|noted|explains|explained|"
        r"warns|warned|estimates|estimated|recommends|recommended|advises|advised|concludes|"
        r"concluded|states|stated)"
    )
    outlets = (
        NamedPattern(
            "outlet",
            # "The New York Times has reported": an auxiliary or adverb may stand before the verb.
            g(
                rf"\bThe (?P<name>{WORD}(?: {WORD}){{0,3}})(?: {AUX_ADVERBS}){{0,2}}"
                rf" (?P<verb>{w.discourse}|{w.textual})\b"
            ),
            g(r"\bThe [A-Z]"),
        ),
        # "WebMD reports that", "Consumer Reports says that": a name that reports a clause.
        # Not a capitalised word opening a sentence ("Experts say that"), which is no name.
        NamedPattern(
            "outlet",
            g(rf"(?<=[a-z,] )(?P<name>{WORD}(?: {WORD}){{0,2}}) {says}(?= that\b)"),
            g(rf"[A-Z]\w* {says} that"),
        ),
        # A name with a capital inside ("WebMD", "MedlinePlus") is one anywhere, and needs no
        # "that": "WebMD says the herb may ...".
        NamedPattern(
            "outlet",
            g(rf"(?<![\w-])(?P<camel>[A-Z][a-z]+[A-Z][A-Za-z]*) {says}(?= that\b| [a-z])"),
            g(rf"[a-z][A-Z][A-Za-z]* {says}"),
        ),
        # Any other acronym names a body only with what bodies do: say, advise, estimate,
        # report ("the CCFA estimates", "NMSS reports that"); "GABA demonstrated", "an MRI
        # showed" and "AAKG added to it" are no bodies. A body takes "the", or reports a clause.
        NamedPattern(
            "institution",
            g(
                # "the EFSA panel concluded": a body's own committee speaks for it.
                rf"(?<![\w-])[Tt]he (?P<name>{ACRONYM})(?: (?:expert |advisory |scientific )?"
                rf"(?:panel|committee|board|task force|working group))?(?:,[^,\n]{{1,60}},)?"
                rf"(?: {AUX_ADVERBS}){{0,2}} (?P<verb>{body_verbs})(?![\w-])"
            ),
            g(r"[Tt]he [A-Z][A-Z&]"),
        ),
        NamedPattern(
            "institution",
            g(
                rf"(?<![\w-])(?P<name>{ACRONYM})(?: {AUX_ADVERBS}){{0,2}} (?P<verb>{body_verbs})"
                r"(?= that\b)"
            ),
            g(r"[A-Z][A-Z&]"),
        ),
        NamedPattern(
            "institution",
            g(
                rf"(?<![\w-])(?:[Tt]he )?(?P<name>{ACRONYM})(?:'s|’s){work_modifiers} "
                rf"(?i:{studies})\b(?:{tail})?"
            ),
            g(r"[A-Z][A-Z&]+(?:'s|’s) "),
        ),
    )
    # "Diabetes UK warns that", "Consumer Reports says that": a name of two to four capitalised
    # words opening the sentence, with a present-tense reporting verb and its clause. A
    # person's shape ("John Smith says that") is a person's, who must report a result.
    opening = NamedPattern(
        "outlet",
        g(
            rf"(?:^|(?<=[.!?”\"]\s)|(?<=\n))(?P<name>(?!(?:{w.function_words.pattern}) )"
            rf"{WORD}(?: {WORD}){{1,3}}) (?P<verb>says|reports|notes|writes|warns|estimates|"
            rf"recommends|advises|concludes|states)(?= that\b)"
        ),
        g(
            r"[A-Z]\w* [A-Z]\w* (?:says|reports|notes|writes|warns|estimates|recommends|"
            r"advises|concludes|states) that"
        ),
        "opening",
    )
    # "As the BBC reported, ...", "As WebMD notes, ...": "according to" with the name first; the
    # clause after the comma is what the name says.
    as_reported = NamedPattern(
        "outlet",
        g(
            rf"(?:^|(?<=[.!?”\"]\s)|(?<=, )|(?<=\n))[Aa]s (?:the |The )?"
            rf"(?P<name>(?!(?:{w.function_words.pattern}) ){TITLE})(?: has| had)?"
            r" (?:reported|reports|noted|notes|wrote|writes|found|finds|said|says|explained|"
            r"explains|pointed out|points out|stated|states|warned|warns|estimated|estimates|"
            r"concluded|concludes|showed|shows|revealed|reveals|recommends|recommended)"
            rf"{_WHEN}?,"
        ),
        g(r"\b[Aa]s (?:the |The )?[A-Z]"),
        "according",
    )
    # "An MIT team found", "UCLA researchers showed": any acronym before a research team, with
    # a verb of finding; an abbreviation of a disease, test or country is no body ("HIV
    # researchers", "UK scientists": acceptable_name).
    acronym_team = NamedPattern(
        "affiliation",
        g(
            rf"(?<![\w-])(?:(?:[Aa]n?|[Tt]he) )?(?P<name>{ACRONYM}) (?:team|group|researchers|"
            rf"scientists|investigators)(?: {AUX_ADVERBS}){{0,2}}"
            rf" (?P<verb>{w.research}|{w.cognition})(?![\w-])"
        ),
        g(r"[A-Z][A-Z&]+ (?:team|group|researchers|scientists|investigators) "),
    )
    # "..., says the CDC.", "...,” said MasterClass.": the quotative inversion after the reported
    # clause (Quirk et al. 1985, §14.29: the reporting verb before its subject, which ends the
    # sentence). The clause before the comma is what the name says; a person found so must still
    # report a result (kind "according" maps a person to a researcher).
    inverted = NamedPattern(
        "according",
        g(
            r"(?:(?<=[a-z%)], )|(?<=[,.!?][”\"] ))"
            rf"{_INVERTED_VERBS} (?:the |The )?"
            rf"(?:(?P<org>{org_pattern(w, 'inner')})|(?P<person>{TITLED_PERSON}|{PERSON})"
            rf"|(?P<acronym>{ACRONYM})|(?P<title>(?!{_NOT_SPEAKERS}\b){TITLE}))"
            r"(?=[.;!?]|,| in (?:a|an|the|its|his|her|their) | on (?:its|his|her|their) |\s*$"
            # "..., says the American College of Surgeons website.": the body's own site.
            r"|(?:'s|’s)? (?:web ?site|web page)(?:[.;!?]|\s*$))"
        ),
        g(rf"(?:, |[”\"] ){_INVERTED_VERBS} (?:the |The )?[A-Z]"),
        "inverted",
    )
    # "the Dietary Guidelines for Americans recommend", "the 2015-2020 Dietary Guidelines for
    # Americans indicate that": a guideline or report known by its title, with a lower-case
    # reporting verb (a title-case heading's verb is capitalised). The head nouns are MeSH's
    # publication types Guideline, Practice Guideline and Consensus Development Conference; a
    # bare "guidelines recommend" names nothing and stays an unnamed appeal.
    titled_guideline = NamedPattern(
        "institution",
        g(
            r"(?<![\w-])(?:the |The )(?:(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)? )?"
            rf"(?P<name>(?:{WORD} ){{1,4}}(?:Guidelines?|Recommendations|Consensus Statement)"
            rf"(?: (?:for|on|of) (?:the )?{WORD}(?: {WORD}){{0,3}})?)"
            rf"(?: {AUX_ADVERBS}){{0,2}} (?P<verb>(?-i:{w.reporting}))(?![\w-])"
        ),
        g(r"(?:Guidelines?|Recommendations|Consensus Statement)(?: (?:for|on|of) [\w ]+)? [a-z]"),
    )
    return (*outlets, opening, as_reported, acronym_team, inverted, titled_guideline)


# The reporting verbs that invert after a reported clause: Hyland's (2002) discourse and
# advice acts in the present and past tense.
_INVERTED_VERBS = (
    r"(?:says|said|reports|reported|notes|noted|writes|wrote|warns|warned|explains|explained|"
    r"advises|advised|recommends|recommended|states|stated|estimates|estimated|adds|added|"
    r"concludes|concluded)"
)
# Capitalised words after an inverted verb that name no speaker: titles without their name,
# the days of the week and the months (when something was said).
_NOT_SPEAKERS = rf"(?:Dr|Prof|Mr|Mrs|Ms|Miss|{WEEKDAYS}|{MONTHS}|Today|Yesterday|Last|This|Earlier)"
# A time adjunct between the reporting verb and its comma ("As Reuters reported on Tuesday,"):
# the time-position adjuncts of Quirk et al. (1985, §8.51-8.55), a weekday, a month or a year
# after a preposition, a deictic "last"/"this" phrase, or a time adverb.
_WHEN = (
    rf"(?: (?:on (?:{WEEKDAYS})|in (?:(?:{MONTHS})(?: (?:19|20)\d\d)?|(?:19|20)\d\d)|"
    rf"(?:last|this|earlier this) (?:week|month|year|spring|summer|autumn|fall|winter|{WEEKDAYS})"
    r"|yesterday|today|recently|in (?:a|an|its|their) (?:\w+ )?(?:report|story|article)))"
)
