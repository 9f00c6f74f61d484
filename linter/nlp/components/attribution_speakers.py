"""A named person as a speaker: the person's name read in an outlet's place ("Sir Chris said",
"O'Rahilly says") and a forecast of their own ("Dr X predicts that the rate will stay at 4%"),
which a news report quotes as speech, not as a finding (GUIDELINE.md: quoted speech by a named
expert is a citation only where it reports a study finding)."""

from __future__ import annotations

import re

from linter.config.lexicon import Lexicon, alternation
from linter.nlp.components.attribution_words import COMPARES

# A single surname, also with the patronymic prefixes of Irish, Scottish and Norman names
# (O'Brien, McCarthy, MacLeod, D'Arcy: the name forms of the UK's and Ireland's registers),
# whose capital inside it is no mark of a product or outlet name ("WebMD").
SURNAME = re.compile(r"(?:O['’]|Mc|Mac|D['’])?[A-Z][a-z'’-]+")
# A research team named by one of its members ("Smith and colleagues", "Lee et al.").
TEAM = re.compile(
    r"\b(?:colleagues|co-?authors|co-?workers|team|group|et al"
    r"|(?:other|fellow) (?:researchers|scientists|investigators))\b"
)
# A courtesy, academic or honorific title before a name: the name is a person's (Sir Chris,
# Dame Sally, Dr Lee, Prof Whitty; Debrett's forms of address).
TITLED = re.compile(r"(?:Sir|Dame|Lord|Lady|Dr\.?|Prof\.?|Professor|Mr\.?|Mrs\.?|Ms\.?|Miss) [A-Z]")
# "studies with enough participants to support": an infinitive is no report of a finding
# ("studies seem to show" is one).
_INFINITIVE = re.compile(
    r"(?<![\w-])(?!(?:seems?|seemed|tends?|tended|appears?|appeared|continues?|continued) )"
    r"[\w’'-]+ to $"
)


def infinitive_before(text: str, at: int) -> bool:
    """Whether the verb at `at` follows a bare "to" ("participants to support")."""
    return bool(_INFINITIVE.search(text[max(0, at - 16) : at]))


# A person tied to a study of their own ("the study's lead author", "who led the trial", "in
# their research"): what they say compares outcomes, it reports that study's result (the
# authorship roles of the ICMJE recommendations; the MeSH publication types' plain names).
OWN_STUDY = re.compile(
    r"(?i)\b(?:(?:lead|senior|first|co-?|study|corresponding)[ -]?author|principal investigator|"
    r"(?:led|directed|ran|conducted) (?:the|this|a|their|his|her) (?:new )?"
    r"(?:study|trial|research)|"
    r"(?:the|their|his|her|our) (?:new )?(?:study|trial|research|findings|results)(?:'s|’s)? "
    r"(?:lead|senior|first)? ?(?:author|investigator)s?)\b"
)
# "More research is needed", "larger trials must confirm it": the call for further research
# (CONSORT 2010 item 22, generalisability) compares no outcomes.
FURTHER_RESEARCH = re.compile(
    r"(?i)\b(?:more|larger|bigger|longer|better|further)(?: [\w-]+)? "
    r"(?:research|stud(?:y|ies)|trials?|work|data|evidence|investigation)\b"
)
# The verbs of FrameNet's Predicting frame (predict, forecast, project, foresee) and their
# object clause in the future ("predicts that it will stay", "forecasts the rate would fall"):
# a person's own forecast, what they expect to happen, not what a study found. A model or a
# study that "predicts" reports a result and is not read here: only a person's verb is.
_FORECAST_VERB = re.compile(r"(?i)(?:predict|forecast|project|foresee)(?:s|ed)?")
_FUTURE = re.compile(r"(?i)\b(?:will|would|shall|is going to|are going to|won['’]t)\b")


def person_name(name: str) -> bool:
    """Whether a name in an outlet's place is a person's: a surname alone or a titled name."""
    return bool(SURNAME.fullmatch(name) or TITLED.match(name))


def forecast(verb: str | None, sentence: str, kind: str) -> bool:
    """Whether a person's verb and the sentence around it make a forecast of their own (a
    team's projection may be its model's result, and is left as it was read)."""
    if kind != "researcher" or not verb:
        return False
    return bool(_FORECAST_VERB.fullmatch(verb) and _FUTURE.search(sentence))


# A time or a channel after the saying verb ("said Wednesday", "said on Jan. 29", "said in a
# letter to parents", "said in a joint statement"): the dated act of saying that news reports
# (the adjuncts of time and means of Quirk et al. 1985, §8.51-8.55, §8.79), skipped to reach
# what was said.
_SAYING_ADJUNCT = re.compile(
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
    r"yesterday|last\s+(?:week|month|year|night)|this\s+(?:week|month|morning)|earlier)\b"
    r"|\s+in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:letter|statement|notice|release|"
    r"post|email|update|announcement|alert|advisory)(?:\s+(?:to|on|from)\s+[^,;.]{1,40}?)?"
    r"(?=\s+(?:that\b|in\b|on\b)|[,.;]|\s*$)"
    r"|\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b|\s+(?:by|via|over\s+the)\s+(?:e-?mail|phone|telephone))"
)
# The one told ("told Reuters Health", "told reporters"): the addressee of "tell" (Levin 1993,
# 37.2), before what was said.
_TOLD = re.compile(r"(?i:told|tells?)$")
_ADDRESSEE = re.compile(
    r"\s+(?:[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*|(?i:him|her|them|us|me|reporters|"
    r"journalists|parents|the\s+(?:inquiry|committee|court|newspaper|paper)))\b"
)
# A clause is a finding, not news, where it names evidence, compares, advises or qualifies
# with a modal of obligation (the research acts of Hyland 2002; a comparison of outcomes;
# Searle's 1976 directives).
_FINDING = re.compile(
    r"(?i)\b(?:stud(?:y|ies)|research|data|evidence|findings?|analysis|survey|trial|risk|"
    r"should|must|need to|recommend\w*|advis\w*|likely|associated|linked|caus(?:e|es|ed|ing)|"
    r"prevent(?:s|ed|ing)?|warn\w*|advisory|recall\w*|reports?|show\w*|found|finds|find that|"
    r"reveal\w*|conclu\w+|demonstrat\w*|suggest\w*)\b"
)
_PAST = re.compile(r"(?i)\b(?:was|were|had|has|have|[a-z]{3,}ed)\b")
# A relative clause in the present perfect restricts a generic individual ("a person who has
# been vaccinated cannot spread it": Quirk et al. 1985, §5.52 generic reference), so its tense
# is no past event; "the average/typical person" is a statistical abstraction, no one case.
_PERFECT_RELATIVE = re.compile(
    r"(?i)\b(?:who|that|which)\s+(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?\w+"
)
_GENERIC = re.compile(r"(?i)^(?:a|an|the|one)\s+(?:average|typical|ordinary|normal|healthy)\b")
# Auxiliaries and adverbs between a programme and its verb ("will soon restart", "has been
# suspended", "is set to resume"); what may follow an intransitive verb of the Activity frames
# (a time, a place, a reason: Quirk et al. 1985, §8.1 adjuncts); the copula of a passive; a
# past form (regular or the Activity frames' irregular "began", "wrote to").
_AUXILIARY = r"will|would|shall|to|has|have|had|be|been|being|was|were|is|are|set|due|not|\w+ly"
_ADJUNCT_OPENER = (
    r"in|on|at|next|last|this|after|before|from|for|until|by|again|soon|later|today|tomorrow|"
    r"early|as|when|once|and|but|with|across|nationwide|statewide|worldwide|\w+ly|\d+"
)
_COPULA = r"is|are|was|were|be|been|being|also|sometimes|often|commonly|usually"
# A finite operator (Quirk et al. 1985, §3.21-3.22: the primary verbs' finite forms and the
# modals) after the gerund's object, with no relative word before it: a content clause whose
# "that" is left out ("remembering the risks are tiny", §15.3), a proposition stated.
_ZERO_THAT_CLAUSE = re.compile(
    r"(?i)(?:(?!\b(?:that|which|who|whom|whose|where|when|if|because|as|since|and|or)\b)[^,;:])*?"
    r"\b(?:is|are|was|were|has|have|had|does|do|did|can|could|will|would|may|might|must|"
    r"shall|should)\b"
)
_PAST_FORM = re.compile(r"(?i)\w+ed(?:\s+to)?|began|wrote\s+to")
# A title-case clause (a headline): words each opening on a capital or digit, written without
# nested repetition so an all-capitals headline cannot backtrack exponentially.
_TITLE_CASE = re.compile(r"[A-Z\d][\w'’.,-]*(?:\s+[A-Z\d][\w'’.,-]*)*\s*")


class EventNews:
    """A named body or unnamed officials speaking over an event or an action, which news
    reports, not over a finding (rules/lexicon/attribution.yaml, precS's classes): one
    individual in a past event, a programme started or stopped, a service's cost or hours, a
    supply, the body's own rules, a body getting in touch with others; or a body urging or
    endorsing a legislature or bills.
    The check still reads a health figure in the sentence as the body's (claim.figures)."""

    def __init__(self, lexicon: Lexicon, speech: str, publication: str) -> None:
        def alt(name: str, file: str = "attribution") -> str:
            return alternation(lexicon.get(f"{file}.{name}"))

        words = r"(?:[\w'’.-]+\s+)"
        self._speech = re.compile(rf"(?i)(?:{speech})$")
        self._suasion = re.compile(rf"(?i)(?:{alt('suasion_verbs')})$")
        self._publication = re.compile(rf"(?i)(?:{publication})$")
        # "are reported to have contacted the maker": hearsay of a past action (Contacting),
        # in the perfect infinitive; "is said to alert the immune system" states an effect.
        self._reported_action = re.compile(
            rf"(?i)\s*have\s+(?:\w+ly\s+)?(?:{alt('contacting_verbs')})\b"
        )
        self._political = re.compile(
            rf"\s+(?:both\s+|the\s+|these\s+|two\s+|three\s+)?(?:{alt('legislatures')}|"
            rf"(?i:{words}{{0,3}}?(?:{alt('regulatory_documents')})))\b(?<!act(?=\s+of\b))"
        )
        # A headline drops the article ("Person Infected With Measles Visited ...": headlinese,
        # Quirk et al. 1985, §11.40), so a clause in title case may open on the noun.
        article = r"(?:a|an|the|one|that|this)\s+"
        self._headline_individual = re.compile(
            rf"^(?:[A-Z][\w'’-]*\s+){{0,2}}?(?i:{alt('single_individuals')})\b"
        )
        # Its modifiers ("the infected person"), not a verb and another noun phrase ("the
        # treatment helped the patient"): no second determiner before the noun.
        modifier = rf"(?:(?!(?:a|an|the|one|that|this|his|her|its|their|our|your)\s){words})"
        self._individual = re.compile(
            rf"(?i)^{article}{modifier}{{0,3}}?(?:{alt('single_individuals')})\b"
        )
        # A health outcome named in a programme's, a rule's or a supply's clause makes it a
        # claim of effect (COMET's mortality and morbidity domains, Dodd et al. 2018: the
        # conditions and health words of figures.yaml, and deaths, mortality, morbidity,
        # incidence, prevalence, survival); one case's clause names its condition as news. So
        # does a disease's occurrence in a population, the terms of CDC's Principles of
        # Epidemiology (3rd ed., Lesson 1, §11: outbreak, epidemic, pandemic): "officials say
        # the water supply was the source of the outbreak" is a finding, not a stock of supplies.
        self._health_outcome = re.compile(
            rf"(?i)\b(?:{alt('conditions', 'figures')}|{alt('health_words', 'figures')}|"
            r"deaths?|mortality|morbidity|incidence|prevalence|survival|"
            r"outbreaks?|epidemics?|pandemics?)\b"
        )
        # The programme's own verb, after auxiliaries ("will restart", "has been suspended") or
        # in the past, used intransitively: a time, place or the clause's end follows. A verb
        # in the simple present states a habit ("screening stops cancer early"), one with an
        # object or a verbal complement an effect ("the campaign ended polio", "began cutting
        # heart attacks": the catenative's complement is the news, Quirk et al. 1985, §16.40).
        self._activity = re.compile(
            rf"(?i)^(?:the\s+|its\s+|their\s+)?{words}{{0,4}}?(?:{alt('administrative_nouns')})"
            rf"\b(?P<aux>(?:\s+(?:{_AUXILIARY}))*)\s+(?P<verb>{alt('activity_verbs')})\b"
            rf"(?=\s*$|\s*[,;.!?)]|\s+(?:{_ADJUNCT_OPENER})\b)"
        )
        # Advice or emphasis (`advice_verbs`, `emphasis_verbs`), then a gerund of the awareness
        # class (`awareness_gerunds`), bare or after "the importance/value/need of"; a clause after
        # the gerund is a proposition (Quirk et al. 1985, §15.3 content clauses), so no match.
        self._advising = re.compile(rf"(?i)\b(?:{alt('advice_verbs')}|{alt('emphasis_verbs')})$")
        self._awareness = re.compile(
            r"(?i)\s+(?:the\s+(?:importance|value|need)\s+of\s+)?"
            rf"(?:{alt('awareness_gerunds')})\s+"
            r"(?!(?:that|how|whether|if|what|why|when|which|who)\b)(?:the|a|an|your|their|\w)"
        )
        # A service's cost or hours as a copula's complement, ending the clause or before a
        # time, place or group ("parking is free after six", "the pharmacy will be closed on
        # Monday", "the jab is free for over-65s"): the body's notice of its service, no finding.
        # "Free of" and "free from" tell an absence ("the region is free from measles").
        self._service_state = re.compile(
            rf"(?i)^{words}{{1,6}}?(?:is|are|will\s+be|remains?|stays?)\s+(?:now\s+|still\s+)?"
            rf"(?:{alt('service_states')})\b(?!(?<=free)\s+(?:of|from)\b)"
            rf"(?=\s*$|\s*[,;.!?)]|\s+(?:{_ADJUNCT_OPENER}|every|each|all)\b)"
        )
        # A store noun as a noun, not the verb "supplies the body with".
        self._store = re.compile(
            rf"(?i)^(?:the\s+|its\s+|their\s+)?{words}{{0,2}}?(?:{alt('store_nouns')})\b"
            r"(?!\s+(?:the|a|an|your|our|their|its|his|her|them|us|you|enough|plenty)\b)"
        )
        self._own_rule = re.compile(
            rf"(?i)^(?:its|their)\s+(?:(?:own|new|latest|proposed|draft)\s+){{0,2}}"
            rf"(?:{alt('regulatory_documents')})\b"
        )
        # One body getting in touch: its subject no relative clause and no copula before the
        # verb (a passive or reduced relative: "patients informed about", "is called"), the
        # verb in the past with someone after it (a sentence's first capital names no body:
        # "caffeine alerts the brain" is no action of a body).
        subject_word = rf"(?:(?!(?:who|that|which|{_COPULA})\s)[\w.'’&-]+\s+)"
        self._contacting = re.compile(
            rf"^(?:(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+){subject_word}{{0,8}}?|(?:it|they)\s+)"
            rf"(?:\w+ly\s+)?(?P<verb>(?i:{alt('contacting_verbs')}))\b"
            r"(?=\s+(?:them|him|her|it|us|me|the|a|an|its|their|[A-Z]|[a-z]+s\b))"
        )

    def advises_awareness(self, span: str, text: str, end: int, stop: int) -> bool:
        """Whether the attribution `span`, ending on a verb of advice or emphasis, asks the
        reader to know or remember something ("recommends remembering the acronym",
        "emphasizes the importance of knowing the warning signs"): an object, not a content
        clause, follows the gerund ("knowing that aspirin prevents ..." or, "that" left out,
        "knowing the risks are tiny" states a finding)."""
        if self._advising.search(span) is None:
            return False
        gerund = self._awareness.match(text, end, stop)
        return gerund is not None and not _ZERO_THAT_CLAUSE.match(text, gerund.end(), stop)

    def reports_event(self, text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
        """Whether the attribution at [start, end), which ends with its verb, speaks over an
        event or an action: what it says is in the clause after it, or before it where it
        closes the sentence ("..., the WHO said Wednesday.")."""
        span = text[start:end]
        if _FINDING.search(span):
            return False  # "a study reported that a man died": the work is the source
        if self._suasion.search(span):
            # "urged lawmakers to act because sugar causes diabetes": the reason is a finding.
            said = text[end : sentence[1]]
            if _FINDING.search(said) or COMPARES.search(said):
                return False
            return self._political.match(text, end, sentence[1]) is not None
        if span.endswith(" to") and self._reported_action.match(text, end, sentence[1]):
            return not _FINDING.search(text, end, sentence[1])
        if self._publication.search(span):
            # "The committee released a concept document for comment": the release is the
            # news; a finding in the sentence ("a report showing that ...") keeps the body.
            said = text[end : sentence[1]]
            return not (_FINDING.search(said) or COMPARES.search(said))
        if not self._speech.search(span):
            return False
        told = _TOLD.search(span) and _ADDRESSEE.match(text, end, sentence[1])
        after = told.end() if told else end
        while m := _SAYING_ADJUNCT.match(text, after, sentence[1]):
            after = m.end()
        rest = text[after : sentence[1]].strip()
        if not rest.strip(" .!?\"”'’)"):
            # What it closes, after a headline's kicker ("CBS News: ...").
            clause = re.sub(r"^[^:]{1,40}:\s+", "", text[sentence[0] : start].rstrip(" ,"))
        else:
            clause = re.sub(r"^(?:,\s*)?that\s+", "", rest)
        return self._event(clause.strip())

    def _event(self, clause: str) -> bool:
        if not clause or _FINDING.search(clause) or COMPARES.search(clause):
            return False
        title_case = _TITLE_CASE.fullmatch(clause)
        if self._individual.match(clause) or (
            title_case and self._headline_individual.match(clause)
        ):
            if _GENERIC.match(clause):
                return False
            return _PAST.search(_PERFECT_RELATIVE.sub(" ", clause)) is not None
        contacting = self._contacting.match(clause)
        if contacting and _PAST_FORM.fullmatch(contacting["verb"]):
            return True  # getting in touch "about the case" is the act itself
        if self._health_outcome.search(clause):
            return False  # "its rules are reducing deaths", "will restart and cut flu deaths"
        if self._service_state.match(clause):
            return True
        activity = self._activity.match(clause)
        if activity and (activity["aux"].strip() or _PAST_FORM.fullmatch(activity["verb"])):
            return True
        return any(p.match(clause) for p in (self._store, self._own_rule))
