"""The shapes a health figure can take: the candidates figures_grammar then reads in context.

Each shape is a regular expression built from the word classes of rules/lexicon/figures.yaml;
a shape alone decides nothing ("or 4" is no odds ratio, "4 out of 5 regions" no share).
"""

from __future__ import annotations

import re

from linter.nlp.components.figures_amounts import RANGE as _RANGE
from linter.nlp.components.figures_amounts import amount_shapes
from linter.nlp.components.figures_arms import arm_shapes
from linter.nlp.components.figures_grammar import DIGITS, FigureGrammar

_LEAD = r"(?<![\d.,])"  # not inside another number; a letter may precede (scraped "is55%")
# Shapes that start with a word ("hazard ratio", "lost", "the risk ... doubled", "every"): tried
# in the windows around numbers, not only where a number starts.
_STARTS_WITH_A_WORD = ("ratio", "amount", "fold/verb", "fold/limit", "rate/every", "count/change")
# Words before an intake verb that make it a condition or advice, not a finding ("fold/limit").
_NO_INTAKE_FINDING = (
    r"(?i:who|that|which|can|could|may|might|must|shall|should|will|would|ought|not|never|"
    r"don['’]t|do|does|did)"
)
# "per cent" also hyphenated ("30 per-cent"), as some house styles write it.
_PERCENT_UNIT = r"(?:[ -]?(?:percent|per[ -]cent)(?!age|ile)|\s?%)"
# Words that cannot stand between a count's number and its noun: a determiner or pronoun comes
# before a numeral in the noun phrase ("their 70 lives", not "70 their lives"), and a verb
# ends it (Huddleston & Pullum 2002, The Cambridge Grammar of the English Language, 5.2 and
# 5.7). So "120 over 80 their adult lives" (a blood pressure) and "people over 70 have more
# falls" (an age) count no lives or falls.
_NOT_IN_NP = (
    r"(?:the|a|an|this|that|these|those|its|their|his|her|your|our|my|it|they|we|you|he|she"
    r"|is|are|was|were|be|been|has|have|had|do|does|did|can|could|may|might|must|shall"
    r"|should|will|would)\b"
)


def shapes(g: FigureGrammar) -> list[tuple[str, re.Pattern[str], bool]]:
    """(kind, pattern, led by its number) in the order they are tried: a figure's tokens go
    to the first. A shape led by its number starts with it or with a comparator, "a", "one" or
    "for every" right before it; the others start with a word ("hazard ratio", "lost")."""
    c, num, scaled = g.c, g.number, g.scaled
    cmp = rf"(?:(?P<cmp>{c.alt('comparators')})\s?)?"
    people, cases, conditions = c.alt("people"), c.alt("cases"), c.alt("conditions")
    # A multiplicative numeral: "three times", "1.5 times", "one and a half times", "3x"
    # (the multiplication sign read as "times"; Quirk et al. 1985, 6.64).
    half = r"(?: and a half)?"
    # A condition after "ratio for", not a group: no determiner, no people ("for our team").
    not_a_group = (
        rf"(?!(?:the|a|an|this|that|these|those|its|their|our|your|my|his|her|{people})\b)"
    )
    occur = r"(?:affects?|affected|(?:is|are) (?:diagnosed|seen|found) in|occurs? in|strikes?)"
    ratio = rf"(?:about |around |roughly )?{DIGITS}(?::| to ){DIGITS}(?![\d:])"
    times = rf"(?:{num}{half}(?:{_RANGE}{num}{half})? times|{DIGITS}(?:{_RANGE}{DIGITS})?\s?[x×])"
    raw = [
        (
            "ratio",
            # "an odds ratio of 1.4", "HR 0.72", "the odds ratio for dementia was 1.4": the
            # measure, what it is for (a few words), then a link to its value.
            rf"(?<![\w-])(?:{c.alt('effect_measures')})(?![\w-])(?: \([A-Za-z]{{2,3}}\))?"
            rf"(?:(?: (?:for|of|in|among|with|to) (?:[\w'’-]+ ){{0,4}}?[\w'’-]+)?"
            rf"(?:,? (?:of|was|were|is|are|=|:)|=|:)|,)? ?{DIGITS}\b",
        ),
        (
            "ratio",
            # "affects more men than women in a ratio of 1.5:1", "a male-to-female ratio of
            # 3:1": two groups of people compared in ratio notation (Porta 2014, "sex ratio"),
            # by a verb of a condition's occurrence; "16:9", "10:30", "John 3:16" and a
            # recipe's "2:1" compare no people, "more women than men in our choir" no cases.
            # The ratio noun takes "for" and what it is computed for ("for autism"); "in" or
            # "among" a group gives a population's make-up ("among nurses", "in the class").
            # Two groups coordinated take the ratio's value after "in a ratio of" or before
            # "ratio" ("affects women and men in a ratio of 3 to 1", "at a 9:1 ratio"), in the
            # colon or the "to" of a ratio written out (Chicago Manual of Style, 17th ed., 9.58).
            rf"(?<![\w-])(?:(?:{occur} (?:more|fewer) (?:{people}) than (?:{people})"
            rf"(?: [\w'’-]+){{0,4}}?"
            rf",? (?:in|at|by) a ratio|(?:sex|gender|male[- ]to[- ]female|female[- ]to[- ]male)"
            rf" ratio(?: for {not_a_group}(?:[\w'’-]+ ){{0,3}}?[\w'’-]+)?) (?:of|is|was) {ratio}"
            rf"|{occur} (?:{people}) and (?:{people})(?: [\w'’-]+){{0,4}}? (?:in|at|by) (?:a|an) "
            rf"(?:ratio of {ratio}|{ratio} ratio))",
        ),
        (
            "fold",
            rf"{_LEAD}{cmp}(?:{num}(?:{_RANGE}{num})?[- ]fold\b|{DIGITS}fold\b"
            rf"|\b(?:{c.alt('number_words')}|hundred)fold\b"
            rf"|\b(?:twice|thrice|half|{times}) (?:as (?:likely|many|much|high|"
            rf"common|often)|(?:{c.alt('comparatives')})|the (?:risk|rate|odds|number))\b"
            rf"|\b(?:{c.alt('multipliers')}) (?:the|their|your|his|her|its) "
            rf"(?:risk|rate|odds|chance|number|incidence|survival|life expectancy)s?\b"
            # A multiplying verb with a measured outcome or a rate as its object, no article:
            # "the drug tripled survival", "the treatment halved pain scores".
            rf"|\b(?P<times_verb>(?:doubled|doubles|tripled|triples|quadrupled|quadruples"
            rf"|halved|halves)) (?:(?:the|their|its) )?(?:[\w'-]+ )?"
            rf"(?:{c.alt('outcome_measures')}|{c.alt('rate_nouns')})(?![\w-])"
            # A multiple with nothing after it, read by what comes before ("rose by more than
            # three times", "by a factor of three": figures_forms.multiplied_by).
            rf"|(?<=factor of )(?P<factor>{num})\b|(?P<bare_times>{times})(?![\w-]))",
        ),
        (
            "one-in-n",
            rf"{_LEAD}{cmp}\b{num}(?: (?:{c.alt('person')}))?(?P<sep>[ -])(?:in|out of|of every)"
            rf"(?P=sep)(?:every )?{scaled}\b",
        ),
        (
            # "~1/1000", "1:200 children": "1 in N" in the slash or colon of a clinician's note
            # (AMA Manual of Style, 11th ed., 19.4: the virgule for "per"; the colon of a ratio,
            # Chicago Manual of Style, 17th ed., 9.58); what it counts is read by
            # figures_occasions._slash_rate.
            "one-in-n/slash",
            r"(?<![\w/:.,-])(?P<top>\d{1,2})(?P<sep>/|:)"
            r"(?P<bottom>[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d+)(?![\d/:]|[.,]\d|[^\W\d_])",
        ),
        (
            "one-in-n/of",  # "in 7 of 10 patients", "30 of the 50 children"
            rf"{_LEAD}{cmp}\b{num} of (?:the |all )?{num} (?:[\w'-]+ ){{0,2}}?"
            # Of people or of cases, not of kinds ("six of 12 cancers", "one of seven side
            # effects").
            rf"(?:{people}|{c.alt('subjects')}|cases)(?![\w-])",
        ),
        # A share of occasions: "nine times out of ten", "4 times in 5" (figures_occasions).
        ("one-in-n/times", rf"{_LEAD}{cmp}\b{num} times (?:in|out of) {num}\b"),
        (
            "rate/every",  # "someone has a stroke every 40 seconds"
            rf"(?<![\w-])every (?P<value>{num} (?:seconds?|minutes?|hours?))\b",
        ),
        (
            "rate",
            rf"{_LEAD}{cmp}(?:{DIGITS} (?:(?:{people}|{cases}|{conditions}) )?"
            # "for every two years" or "per 2 weeks" after a number is a schedule ("from 50
            # for every two years", "1 pill per 2 weeks"), not a rate: the frequency frames of
            # figures.yaml, and GUIDELINE.md's schedules.
            rf"(?:(?:per|(?:for|in) every) {scaled}(?! (?:{c.alt('time_units')})\b))"
            rf"|\b(?:for|in|out of) every {scaled} (?:[\w'-]+ ){{0,2}}?(?:{people}))\b",
        ),
        (
            "percent",
            rf"{_LEAD}{cmp}(?:{num}{_PERCENT_UNIT}?\s?(?:-|–|to|and)\s?{num}{_PERCENT_UNIT}"
            rf"|{num}{_PERCENT_UNIT}|{num} percentage points?\b)",
        ),
        ("fraction", rf"{cmp}{g.fraction}(?:{_RANGE}{g.fraction})?"),
        (
            "count",
            # "3.8m people": m and bn abbreviate million and billion before a noun of people.
            # A range: "3,000 to 49,000 deaths", "between 3,000 and 49,000 people".
            rf"{_LEAD}{cmp}(?P<n>(?<![\w-])(?:(?<=between ){scaled} and {scaled}"
            rf"|{scaled}(?:{_RANGE}{scaled})?)|{DIGITS}(?:m|bn)\b"
            # A scraped page may glue the scale word to the noun ("20.7 millionpeople").
            rf"|\b(?:hundreds|thousands|millions|billions)(?: of)?)(?: |(?<=illion)(?=[a-z]))"
            rf"(?P<part>of (?:the |these |those |all )?)?"
            rf"(?P<mod>(?:(?!{_NOT_IN_NP})[\w'-]+ ){{0,2}}?)"
            # The head is the last class noun: "10 million new cancer cases", not "cancer".
            rf"(?P<noun>{people}|{cases}|{conditions})(?![\w-])"
            rf"(?! (?:{people}|{cases}|{conditions})(?![\w-]))",
        ),
        (
            "bare-count",  # "114 of them had", "seven will be diagnosed"
            rf"{_LEAD}(?<![\w-])(?!one\b){num}(?: (?:of (?:them|these|those)"
            rf"|\([^)]{{1,12}}\)))?(?= (?:(?:more|new|additional|others?) )?"
            rf"(?:(?:{c.alt('auxiliaries')}) ){{0,2}}"
            rf"(?:{c.alt('outcomes')})\b)"
            # "7 experienced ophthalmologists": an adjective of skill before staff or people
            # counts them, no event (figures.yaml competence_adjectives, precS).
            rf"(?! (?:{c.alt('competence_adjectives')}) (?:[\w'-]+ ){{0,2}}?"
            rf"(?:{people}|{c.alt('staff')})(?![\w-]))",
        ),
        (
            "fold/verb",  # "the risk of stroke doubled", "rates have nearly tripled"
            rf"(?<![\w-])(?P<subject>{c.alt('rate_nouns')}|{cases}|{conditions}|numbers?)(?![\w-])"
            # "the number of patients in England prescribed drugs to treat ADHD has nearly
            # trebled": "number of" heads a longer noun phrase, postmodified by a clause.
            rf"(?P<between>(?: [\w'’-]+){{0,6}}?"
            rf"|(?<=number) of (?:{people}|{cases}|{conditions})(?: [\w'’-]+){{1,12}}?)"
            rf" (?:(?:{c.alt('auxiliaries')}|expected to|set to|"
            rf"projected to|likely to|nearly|almost|more than|roughly|about|all but|since) )*"
            rf"(?P<value>(?!twice|thrice)(?:{c.alt('multipliers')}))(?![\w-])"
            # A verb, not a modifier ("doubles players", "double mastectomies"): what follows
            # ends the clause or starts an adjunct or an object.
            rf"(?=\s*(?:[,.;:!?)]|$)|\s+(?:in|since|from|over|between|during|among|after|by|"
            rf"to|for|the|a|an|its|their|his|her|your|when|if|with|within|each|every|compared|"
            rf"and|or|but|again|\d))",
        ),
        (
            # "most children eat more than three times the recommended limit": a group's intake
            # as a multiple of a reference intake (NASEM's Dietary Reference Intakes: the
            # tolerable upper intake level; WHO's limit on free sugars), said of people, not
            # advice to the reader ("never take three times the recommended dose"). Not after a
            # conditional or causative ("if children eat", "do not let children eat", "your
            # kids"), nor with a modal, a negation or a relative pronoun before the verb
            # ("should not drink", "children who drink ... should"): a condition or advice
            # (Quirk et al. 1985, §4.49-4.58 modals, §15.34 conditionals, §17.8 relatives).
            "fold/limit",
            rf"(?<![\w-])(?<!\bif )(?<!\bwhen )(?<!\bunless )(?<!\blet )(?<!\byour )"
            rf"(?:{people})(?: (?!{_NO_INTAKE_FINDING}\b)[\w'’-]+){{0,2}}? "
            rf"(?:(?:now|still|often|typically) )?"
            rf"(?:(?:eat|drink|consume|get|smoke)s?|ate|drank|consumed|got|smoked) "
            rf"(?P<value>{cmp}(?:twice|thrice|{times}) the "
            rf"(?:(?:recommended|safe|upper|daily|maximum) ){{1,2}}"
            rf"(?:limits?|levels?|amounts?|intakes?|allowances?))(?![\w-])",
        ),
        (
            "count/change",  # "deaths climbed to 4,000", "the number of cases reached 100,000"
            rf"(?<![\w-])(?P<subject>{cases}|{conditions}|death toll"
            rf"|numbers? of (?:[\w'-]+ ){{0,3}}?(?:{people}|{cases}|{conditions}))(?![\w-])"
            # Only a modifier between the subject and its verb ("deaths from overdose"): a
            # clause there has a subject of its own ("strokes happen when pressure rises to").
            rf"(?: (?:from|of|in|among|with|on|at|under|aged|for|per"
            rf"|related to|linked to|caused by|due to)"
            rf"(?: [\w'’-]+){{1,3}}?)?(?: \w+ly)? "
            rf"(?:(?:{c.alt('auxiliaries')}|expected to|projected to|set to|likely to) )*"
            rf"(?:{c.alt('change_verbs')}|reach(?:es|ed)?|hit|top(?:s|ped)?)(?: (?:from|to|by))? "
            rf"(?:{c.alt('comparators')} )?(?P<value>{scaled})"
            rf"(?!\d|[.,]\d|\s?%| ?per ?cent| (?!in\b)(?:{c.alt('units')})\b| per\b)",
        ),
        *amount_shapes(g, cmp),
        *arm_shapes(g, cmp),
    ]
    return [
        (
            kind,
            re.compile(pattern, re.IGNORECASE),
            kind not in _STARTS_WITH_A_WORD,
        )
        for kind, pattern in raw
    ]
