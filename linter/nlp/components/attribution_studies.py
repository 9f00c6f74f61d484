"""The named-attribution constructions for studies known by a name: a study known only by its
year ("a 2016 review found"), a trial or cohort by its acronym or proper name ("the SPRINT 2
trial", "the UK Biobank study", "the Nurses' Health Study"), and a work modified by the name of
the body or pollster behind it ("a recent Gallup poll"). Part of attribution_patterns' grammar.
"""

from __future__ import annotations

from linter.nlp.components.attribution_bases import basis_patterns
from linter.nlp.components.attribution_labels import label_patterns
from linter.nlp.components.attribution_names import (
    _NP_END,
    PERSON,
    TITLED_PERSON,
    NamedPattern,
    org_pattern,
)
from linter.nlp.components.attribution_words import MONTHS, TITLE, WORD, AttributionWords
from linter.nlp.lazy_regex import lazy

# "The 2016 IDSA guidelines for candiduria do not recommend": a guideline's topic after it, a
# prepositional postmodifier (Quirk et al. 1985, §17.38) of up to four words, before the verb
# that gives its advice; only after a guideline, whose title names its topic so (a study's "of
# 500 women" is its design, read elsewhere).
_GUIDELINE_TOPIC = (
    r"(?:(?:(?<=[Gg]uidelines)|(?<=[Gg]uideline)|(?<=[Gg]uidance))"
    r" (?:for|on|in) (?:the )?[\w-]+(?: [\w-]+){0,3}?)?"
)


def study_patterns(w: AttributionWords, tail: str) -> tuple[NamedPattern, ...]:
    """The constructions that name a study; `tail` is the reporting verb that may follow."""
    g = lazy
    studies = w.study_nouns
    dated = r"(?P<name>(?:19|20)\d{2})"
    # "a December 2024 review", "published in June 2019": the month may stand before the year
    # (a date of publication to the month, APA 7, §9.15; the months, a closed class).
    month = rf"(?:(?:{MONTHS}),? )?"
    studies_named: tuple[NamedPattern, ...] = (
        NamedPattern(
            "study",
            g(
                # "a small 2016 study": an evidence adjective before the year.
                rf"(?<![\w-])(?i:a|an|the|one|this|that|another)\s?(?:(?i:{w.adjectives}) ){{0,2}}"
                rf"{month}{dated}"
                rf"(?: [\w-]+){{0,3}}? (?i:{studies})(?![\w-])(?:{_GUIDELINE_TOPIC}{tail})?"
            ),
            g(r"(?:19|20)\d\d"),
        ),
        NamedPattern(
            "study",
            g(
                r"(?<![\w-])(?i:a|an|one) (?:[\w-]+ ){0,2}?(?i:study|trial|review|meta-analysis|"
                # "a meta-analysis, published in 2016, ...": the participle clause may also be set
                # off by commas (a non-restrictive postmodifier, Quirk et al. 1985, §17.24).
                r"analysis|survey|report|paper)(?:,? (?:published|conducted|carried out|done)"
                # "a study conducted by David Grand in 2016": its author before its year, the
                # author-year identification of a work in running text (APA 7, §8.11).
                r"(?: by (?:Dr\.? |Prof\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})?)?"
                rf" (?:in|from) {month}{dated}(?![\w–/-])"
            ),
            g(r"(?:19|20)\d\d"),
        ),
        # "a meta-analysis (2013) found": the year in brackets after the work, as a list or a
        # table of studies gives it; with no author it is no author-year citation.
        NamedPattern(
            "study",
            g(
                r"(?<![\w-])(?i:a|an|one|the) (?:[\w-]+ ){0,2}?(?i:study|trial|review|"
                rf"meta-analysis|analysis|survey|report|paper) \({dated}\)(?:{tail})?"
            ),
            g(r"\((?:19|20)\d\d\)"),
        ),
        NamedPattern(
            "study",
            g(
                r"(?<![\w-])(?:the |a |an |The |In the |in the )"
                # "the landmark DCCT trial", "the large SPRINT trial": an evidence adjective.
                rf"(?:(?:{w.adjectives}) )?"
                r"(?P<name>[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*(?:[ -]\d+)?) "
                rf"(?i:trials?|stud(?:y|ies)|cohort|survey|registry)(?![\w-])(?:{tail})?"
            ),
            g(r"[A-Z0-9]{3}(?:[ -]\d+)? (?i:trials?|stud|cohort|survey|registry)"),
        ),
        # A cohort or trial known by a proper name, in lower case after it: "the UK Biobank
        # study", "the Whitehall II cohort", "in the Framingham cohort". Not a people or a place
        # ("the Danish study", "the Texas trial"), an eponymous disease ("the Alzheimer's
        # trial") or an abbreviation of a disease or test ("the COVID study").
        NamedPattern(
            "study",
            g(
                rf"(?<![\w-])(?:the |The )"
                rf"(?P<name>{WORD}(?: {WORD}){{0,2}}(?: (?:\d+|[IVX]{{1,4}}))?)"
                r"(?<!an)(?<!ish)(?<!ese)(?<!ic)(?<!i)(?<![’'s]s)(?<![’'])"
                r"(?<!French)(?<!Dutch)(?<!Greek)(?<!Thai)(?<!Swiss)(?<!Welsh)(?<!Nordic)"
                rf" (?:trials?|stud(?:y|ies)|cohort|registry)(?![\w'’-])(?:{tail})?"
            ),
            g(r"[A-Z][\w'’-]* (?:trials?|stud(?:y|ies)|cohort|registry)\b"),
        ),
        # A study known by name takes "the": "the Nurses' Health Study", "the Women's Health
        # Initiative"; "Safety and Efficacy Study" in a title does not name one.
        NamedPattern(
            "study",
            g(
                # Or the body's own: "Harvard's Nurses' Health Study" (a possessive determiner,
                # Quirk et al. 1985, §5.115).
                rf"(?<![\w-])(?:the |The |(?:{WORD}(?:'s|’s) ))(?P<name>(?:{WORD} ){{1,5}}"
                rf"(?:Study|Trial|Survey|Initiative))(?![\w-])(?:{tail})?"
            ),
            g(r"Study|Trial|Survey|Initiative"),
        ),
    )
    studies_named = (
        *studies_named,
        # "a large trial in London, called CORONAVIT, found": a work named by an appositive of
        # designation ("called", "named", "known as", "dubbed"; Quirk et al. 1985, §17.84),
        # the name an acronym or capitalised words ("known as the Nurses' Health Study").
        NamedPattern(
            "study",
            g(
                rf"(?<![\w-])(?i:a|an|the|one)(?: [\w'’-]+){{0,4}}? (?i:{studies})(?![\w-])"
                rf"(?: [\w'’-]+){{0,3}}?,? (?:called|named|known as|dubbed) (?:the |The )?"
                rf"(?P<name>[A-Z][A-Z0-9]{{2,}}(?:-[A-Z0-9]+)*(?:[ -]\d+)?"
                rf"|{WORD}(?: {WORD}){{1,3}})"
                rf"(?![\w'’-])(?:,?(?:{tail}))?"
            ),
            g(r"\b(?:called|named|known as|dubbed) (?:the |The )?[A-Z]"),
        ),
        # "research published in 2019 shows": a body of work known only by its year.
        NamedPattern(
            "study",
            g(
                r"(?<![\w-])(?i:research|data|findings|evidence|results) (?:published |released )?"
                rf"(?:in|from) {dated}(?![\w–/-])(?:{tail})?"
            ),
            g(r"(?:19|20)\d\d"),
        ),
    )
    # "A recent Gallup poll found", "a Pew survey": a name as the modifier of a work; not a
    # people ("a Swedish study"), an eponymous disease ("an Alzheimer's study"), or a heading
    # (its nouns would be capitalised too).
    studies_named = (
        *studies_named,
        NamedPattern(
            "institution",
            g(
                r"(?<![\w-])(?:[Aa]n?|[Tt]he|[Oo]ne)(?: (?:new|recent|latest|large|small|major))? "
                r"(?!(?:French|Dutch|Greek|Thai|Swiss|Welsh|Nordic|Arab|New|Recent|Latest) )"
                r"(?P<name>[A-Z][a-z]+(?<!an)(?<!ish)(?<!ese)(?<!ic)(?<!i)(?: [A-Z][a-z]+)?)"
                rf" (?:poll|survey|study|report|(?:meta-)?analysis|review|trial)(?![\w'’-])"
                rf"(?:{tail})?"
            ),
            g(r"[A-Z][a-z]+ (?:poll|survey|study|report|(?:meta-)?analysis|review|trial)\b"),
        ),
    )
    return (
        *studies_named,
        *authored_patterns(w),
        affiliated_author(w),
        acronym_agent(w),
        with_estimate(w),
        *label_patterns(w),
        *basis_patterns(w),
    )


# The connective of a source (Quirk et al. 1985, §9.10: "according to" as a prepositional
# source adjunct; "per" and "as per" in its sense), before a determiner where it is "per".
_CONNECTIVE = (
    r"(?:\b[Aa]ccording to|(?:\b[Aa]s |(?<![\w-]))[Pp]er(?= (?:the|a|an|this|these|its|"
    r"their|new|recent|latest) ))"
)
# The determiner and premodifiers of the work, in lower case ("a suggested update to the").
_PREMODIFIERS = r"(?: [a-z][\w’'-]*){0,6}?"
# A relative clause in the passive ("the guideline that was developed by"): Quirk et al.
# 1985, §17.13, the restrictive relative that a participle postmodifier reduces.
_RELATIVE = r"(?:,? (?:that|which) (?:is|are|was|were|has been|have been|had been))?"
# A country's abbreviation before a body's name ("the U.S. Centers for ..."), whose dots end
# a capitalised word of the name grammar.
_NATIONAL = r"(?:(?:U\.S\.|U\.K\.|US|UK|EU) )?"
# A body's own output (the MeSH publication types Report, Guideline, Practice Guideline and
# Consensus Statement, and the data a body issues), not a research design: "the report of
# Healthline" names its author, "a study of Finns" whom it studied.
_OUTPUTS = (
    r"(?:reports?|data|findings|figures|statistics|estimates|guidelines?|guidance|"
    r"recommendations?|advice|(?:policy |position |consensus )?statements?|conclusions?)"
)


def authored_patterns(w: AttributionWords) -> tuple[NamedPattern, ...]:
    """ "According to new data published by the U.S. Centers for Disease Control and
    Prevention", "according to a draft guideline developed by the USPSTF", "as per the report
    of Healthline": the connective's object is a work whose maker is named after it, so the
    maker is the source of the clause, as in "according to the CDC"."""
    g = lazy
    trigger = g(r"(?i)according to|\bper (?:the|a|an|this|these|its|their|new|recent|latest) ")
    # Not a people ("a new analysis by Canadian researchers"): one word with a demonym
    # suffix, as in study_patterns, and no capitalised word after it ("the Mayo Clinic",
    # "the American Heart Association" are bodies).
    # A person by a courtesy or academic title is left to the grammar of people.
    people = (
        r"(?![A-Z][\w'’-]*(?:an|ish|ese|ic|i)(?![\w'’-])(?! [A-Z]))"
        r"(?!(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Sir|Dame)\b)"
    )
    name = (
        rf"(?:the |The )?{_NATIONAL}{people}(?P<name>{TITLE})"
        r"(?: \((?:the )?[A-Z][A-Za-z&.]{1,9}\))?"
    )
    return (
        NamedPattern(
            "institution",
            g(
                rf"{_CONNECTIVE}{_PREMODIFIERS} (?i:{w.study_nouns}){_RELATIVE}"
                rf"(?: (?i:{w.authorship}))? by {name}{_NP_END}"
            ),
            trigger,
            "according",
        ),
        NamedPattern(
            "institution",
            g(rf"{_CONNECTIVE}{_PREMODIFIERS} (?i:{_OUTPUTS}) of {name}{_NP_END}"),
            trigger,
            "according",
        ),
    )


def affiliated_author(w: AttributionWords) -> NamedPattern:
    """ "in a mouse study by Jane Roe, Ph.D., of the University of Bristol", "was confirmed in
    1970 by David Cohen at MIT": a work, or a finding in the passive (research_verbs), whose
    "by"-agent (Quirk et al. 1985, §3.63) is a person named with the body that employs them,
    the author and affiliation of a paper's byline (ICMJE Recommendations, II.A; the degrees
    after the name as a byline sets them off, "Ph.D.", "MD"). The body must be a name of the
    lexicon's shape (institution_heads or an acronym): "a study by Jane Roe of Leeds" names a
    place. Without a work or a finding verb before it ("a talk by Jane Roe of the University of
    Bristol", "she trained with Jane Roe at the University of Leeds") it names no source."""
    degrees = r"(?:,(?: [A-Z][A-Za-z.]{1,6},)+)?"
    when = rf"(?: (?:in|on) (?:(?:{MONTHS}),? )?(?:19|20)\d\d)?"
    # Read as the body's work, as "a study by Jane Roe of the University of Bristol" is.
    return NamedPattern(
        "institution",
        lazy(
            rf"(?:(?i:\b{w.study_nouns})|\b(?P<verb>{w.research}|{w.publication})){when}"
            rf" by (?P<name>(?:{TITLED_PERSON}|{PERSON}){degrees}"
            rf" (?:of|at|from) (?:the |The )?{org_pattern(w, 'org', acronyms=True)})"
        ),
        lazy(r"\bby (?:Dr\.? |Prof\.? |Professor )?[A-Z][a-z]"),
    )


def acronym_agent(w: AttributionWords) -> NamedPattern:
    """ "recommended by NAMS (2015)", "as advised by ACOG": any acronym as the agent of a
    passive of advice or saying, as a listed body's is ("recommended by NICE"): the "by"-agent
    is the active's subject (Quirk et al. 1985, §3.63-3.64), and what recommends or states in
    capitals is a body. Not a plural ("recommended by GPs" is unnamed doctors), a compound
    ("by FDA-approved devices"), a premodifier ("by VA experts": the acronym must end its
    noun phrase, before punctuation or a function word), nor a clinical abbreviation, degree
    or role (acceptable_name: "by MD", "by PT").
    Without an article the acronym must have four letters or more: two and three capitals
    after a bare "by" are mostly the abbreviations of occupations and departments ("by PCP",
    "by ENT", "by EMT", "by CFO", "by IT": a person's role in clinical shorthand, which no
    list closes), while a body's unlisted acronym of three letters takes the article of an
    institution's name ("recommended by the IOM"; Quirk et al. 1985, ch. 5 on proper nouns
    with "the"). Listed bodies ("by NICE", "by CDC") are read by the body lexicon anyway."""
    return NamedPattern(
        "institution",
        lazy(
            rf"\b(?P<verb>{w.advice}|{w.discourse}) by "
            r"(?:the (?=[A-Z][A-Z&]{2})|(?=[A-Z][A-Z&]{3}))"
            r"(?P<name>[A-Z][A-Z&]{1,7})(?![\w&’'-])(?=\s*[.,;:!?()\]]|\s*$| (?:for|in|as|and|or|"
            r"to|after|since|because|on|at|with|when|if|who|which|that|over|from|during|but)\b)"
        ),
        lazy(r"\bby (?:the )?[A-Z][A-Z&]"),
    )


def with_estimate(w: AttributionWords) -> NamedPattern:
    """ "..., with the CDC estimating that up to 30% of cases could be prevented": a body as
    the subject of a nonfinite clause after "with" (Quirk et al. 1985, §15.58-15.59: "with" +
    subject + -ing participle) says what the body estimates, as "the CDC estimates" does. The
    -ing forms of the estimate group (research_verbs) are kept out of the verb classes, where
    they open participle clauses ("studies estimating X"); after "with" and a body they
    report, when what follows is the estimate: a clause or a figure ("with the WHO estimating
    tool", "calculating your dose" estimate nothing). "With the CDC's help" has no verb."""
    return NamedPattern(
        "institution",
        lazy(
            rf"\b[Ww]ith {org_pattern(w)}"
            r" (?P<verb>estimating|projecting|predicting|calculating)"
            r"(?= that\b| (?:(?:up to|about|around|nearly|almost|over|more than|as many as|"
            r"some) )?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|half|a third|"
            r"a quarter)\b))"
        ),
        lazy(r"\b[Ww]ith .{0,80}?(?:estimating|projecting|predicting|calculating)\b"),
    )
