"""The grammar of named attributions: [named entity] [reporting verb | according to | ...].

Each pattern finds a name of one kind (journal, institution, person, outlet, trial, dated
study) in one construction, and says which verb ties it to the sentence. Whether the name is
the basis of a finding is decided from that verb (`basis_of`) and, later, from the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from linter.nlp.components.attribution_words import (
    ACRONYM,
    AUX_ADVERBS,
    JOINER,
    TITLE,
    WORD,
    AttributionWords,
)
from linter.nlp.lazy_regex import LazyPattern, lazy

# Capitalised words after "in" that name a place, a time or a language, not a journal.
NOT_JOURNALS = re.compile(
    r"(?:The )?(?:U\.?S\.?A?|United States|Americans?|Europeans?|UK|U\.K\.|Britain|"
    r"Great Britain|England|"
    r"Scotland|Wales|Ireland|Europe|Canada|China|Japan|India|Australia|Germany|France|Sweden|"
    r"Denmark|Norway|Finland|Italy|Spain|Netherlands|Africa|Asia|Latin America|Brazil|Mexico|"
    r"Korea|South Korea|Israel|Switzerland|New York|Washington|D\.C\.|London|Boston|Chicago|"
    r"California|Texas|Florida|Philadelphia|Toronto|Paris|Berlin|English|Spanish|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Congress|Parliament|"
    r"December|Spring|Summer|Autumn|Fall|Winter|Phase [IV\d]+|Part|Chapter|Table|Figure|"
    r"Hong Kong|New Zealand|South Africa|Los Angeles|San Francisco|St\. Louis|New Jersey)"
)
_JOURNAL_WORDS = re.compile(
    r"\b(?:Journal|Annals|Archives|Proceedings|Reviews?|Reports?|Medicine|Medical|Bulletin|"
    r"Letters|Frontiers|Research|Sciences?|Care|Therapeutics|Oncology|Cardiology|Pediatrics|"
    r"Paediatrics|Psychiatry|Neurology|Epidemiology|Health|Nutrition|Obesity|Diabetes|Cancer|"
    r"Clinical|Lancet|JAMA|BMJ|NEJM|Nature|Cell|PLo[Ss]|Surgery|Dermatology|Gastroenterology|"
    r"Hepatology|Rheumatology|Immunology|Endocrinology|Metabolism|Sleep|Addiction|Allergy|"
    r"Obstetrics|Gynecology|Circulation|Stroke|Hypertension|Heart|Pharmacology|Psychology)\b"
)
# Words only a journal's title has: "In the Journal of X," but not "In the Nurses' Health Study,".
_TITLE_WORDS = re.compile(
    r"\b(?:Journal|Annals|Archives|Proceedings|Bulletin|Letters|Frontiers|Lancet|JAMA|BMJ|NEJM|"
    r"PLo[Ss]|Cochrane)\b"
)
# A person's name: given name, optional initial, family name ("Jane Roe", "John Q. Public").
PERSON = (
    r"[A-Z][a-z]+(?: [A-Z]\.)*(?: (?:van|von|de|da|del|le|la|van der))? [A-Z][a-z'’]+"
    r"(?:-[A-Z][a-z]+)?"
)
TITLED_PERSON = r"(?:Dr\.?|Prof\.?|Professor) [A-Z][\w'’-]+(?: [A-Z]\.)*(?: [A-Z][\w'’-]+)?"
# What may follow a name that ends a noun phrase: punctuation, the end, or a function word.
_NP_END = (
    r"(?=[,.;:!?)\]”\"’*_]|\s*$| (?:and|or|who|whose|which|that|in|at|from|of|on|for|to|as|"
    r"is|are|was|were|has|have|had|also|now|recently|found|finds|says|said|reports|reported|"
    r"data|statistics|figures|estimates|research|researchers|experts|stud(?:y|ies)|reports?|"
    r"surveys?|guidelines?|recommendations?|website|fact sheet)\b)"
)
# Participles that make a compound adjective right after a name: "an EBV associated lymphoma",
# "HPV linked cancers", "NIH funded research".
ADJECTIVAL = re.compile(r"associated|linked|tied|related|based|led|funded|approved|backed")
# Bare verb forms that are also nouns: right after a name with no auxiliary they are the head
# of a compound ("the CDC report", "a WHO estimate"), not its verb.
NOUN_LIKE = re.compile(
    r"report|estimate|project|link|note|claim|caution|tie|issue|release|present|stress|"
    r"review|study|finding|state|point out|document|advice|warning|saying"
)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)(?: \w+)? $")
_PRODUCT_MARK = re.compile(r"^\s?[®™]")


@dataclass(frozen=True)
class NamedPattern:
    """A construction that names a source: its kind, how the name must look, its trigger."""

    kind: str  # journal | institution | affiliation | researcher | study | outlet | according
    # Compiled when first tried: most wait behind a trigger a short text never fires.
    regex: LazyPattern
    trigger: LazyPattern | None = None
    how: str = ""  # journals: "name" | "strict" | "title" (see is_journal_name)


def is_journal_name(name: str, gazetteer: re.Pattern[str], how: str) -> bool:
    """Whether a capitalised name is a journal: a place or month is not.

    `how` is the pattern group that caught it: "name" (the context says journal), "strict"
    (it must look like a journal's title), "title" (it must have a word only titles have).
    """
    if NOT_JOURNALS.fullmatch(name):
        return False
    if gazetteer.fullmatch(name) or gazetteer.fullmatch(name.removeprefix("The ")):
        return True
    if how == "title":
        return bool(_TITLE_WORDS.search(name))
    return how in ("name", "according") or bool(_JOURNAL_WORDS.search(name))


def org_pattern(w: AttributionWords, group: str = "name", acronyms: bool = False) -> str:
    """An organisation's name: capitalised words ending in a head word, or a known acronym,
    with its abbreviation in brackets after it ("the Centers for ... Prevention (CDC)").
    With `acronyms`, any acronym too, where the context says a body ("researchers at UCLA")."""
    title = (
        rf"(?:{WORD}{JOINER}){{1,6}}?{w.heads}(?:{JOINER}{WORD}){{0,6}}"
        rf"|{w.heads} (?:of|for) (?:the )?{WORD}(?:{JOINER}{WORD}){{0,6}}"
    )
    other = rf"|{ACRONYM}" if acronyms else ""
    return (
        rf"(?:the |The )?(?P<{group}>{title}|{w.acronyms}(?: {WORD}){{0,2}}(?![\w-]){other})"
        rf"(?: \((?:the )?[A-Z][A-Za-z&]{{1,9}}\))?"
    )


def _verb_tail(w: AttributionWords) -> str:
    """A reporting verb after a name, past an aside and an auxiliary ("the CDC, in 2020, said")."""
    return (
        rf"(?:,[^,\n]{{1,60}},)?(?: {AUX_ADVERBS}){{0,2}}"
        rf" (?P<verb>{w.reporting}|{w.publication})(?![\w-])"
    )


def build_patterns(w: AttributionWords) -> tuple[NamedPattern, ...]:
    org = org_pattern(w)
    tail = _verb_tail(w)
    verbs = rf"(?P<verb>(?i:{w.reporting}|{w.publication}))"
    intro = (
        r"(?:the (?i:(?:medical |scientific |peer-reviewed )?journals? )?"
        r"|(?i:journal )|The (?i:journal ))?[\"“‘*_]?"
    )
    when = (
        r"(?:\s+(?:online|today|yesterday|recently|earlier|this|last|on|week|month|year|"
        r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)){0,3}"
    )
    said = rf"(?:{w.discourse}|{w.textual}|{w.publication}|{w.advice})"
    g = lazy
    # Cheap searches that must succeed before a long pattern is tried: a capitalised name
    # after "in" or "by", a head word or acronym of a body.
    in_name = g(r"\b[Ii]n (?:the |The |an? )?(?:(?i:[\w-]+ )?journals? )?[\"“‘*_]?[A-Z]")
    by_name = g(r"\bby (?:the |The )?[\"“‘*_]?[A-Z]")
    body = g(rf"\b(?:{w.heads}|{w.acronyms})\b")
    studies = w.study_nouns
    journals = (
        NamedPattern(
            "journal",
            g(rf"\b(?P<verb>(?i:{said})){when} in {intro}(?P<name>{TITLE})"),
            in_name,
            "name",
        ),
        NamedPattern(
            "journal",
            g(rf"\b(?P<verb>(?i:{w.research}|{w.cognition})){when} in {intro}(?P<name>{TITLE})"),
            in_name,
            "strict",
        ),
        NamedPattern("journal", g(rf"\bjournal (?P<name>{TITLE})"), g("journal "), "name"),
        NamedPattern(
            "journal",
            g(rf"\b{verbs}(?: [\w’'-]+){{1,4}}? in {intro}(?P<name>{TITLE})"),
            in_name,
            "strict",
        ),
        NamedPattern(
            "journal",
            g(rf"(?:^|(?<=[.!?”\"] ))In {intro}(?P<name>{TITLE}),"),
            g("In "),
            "title",
        ),
        NamedPattern(
            "journal", g(rf"\b{verbs}{when} by {intro}(?P<name>{TITLE})"), by_name, "strict"
        ),
        NamedPattern(
            "journal",
            g(rf"(?P<name>{TITLE}) (?i:study|report|paper|analysis|review)\b"),
            g(r"(?i)\b(?:study|report|paper|analysis|review)\b"),
            "title",
        ),
        NamedPattern(
            "journal",
            g(rf"\b(?i:according to)(?: [\w-]+){{1,6}}? in {intro}(?P<name>{TITLE})"),
            g("(?i)according to"),
            "according",
        ),
        NamedPattern(
            "journal",
            g(
                rf"(?i:\b{studies})(?: (?P<verb>published|appearing|reported))? in "
                rf"{intro}(?P<name>{TITLE})"
            ),
            in_name,
            "strict",
        ),
        NamedPattern(
            "journal",
            g(r"(?<![\w-])(?P<name>(?:The )?(?:Lancet|JAMA|NEJM|BMJ)\b(?: [A-Z][\w-]*){0,4})"),
            g("Lancet|JAMA|NEJM|BMJ"),
            "name",
        ),
    )
    agents = (
        r"(?:researchers?|scientists?|investigators?|experts?|doctors?|physicians?|"
        r"epidemiologists?|professors?|teams?|a group|authors?|economists?|statisticians?)"
    )
    agents_after = (
        r"(?:researchers|scientists|investigators|experts|doctors|team|authors|reviewers)"
    )
    institutions = (
        # "a researcher at Columbia": a person named by affiliation.
        NamedPattern(
            "affiliation",
            g(
                rf"(?i:\b{agents}) (?:at|from|with|of) {org_pattern(w, acronyms=True)}"
                rf"(?: in {TITLE})?(?:(?: {AUX_ADVERBS}){{0,2}} (?P<verb>{w.reporting})(?![\w-]))?"
            ),
            g(rf"\b(?:{w.heads}|{w.acronyms})\b|(?i:{agents}) (?:at|from|with|of) (?:the )?[A-Z]"),
        ),
        NamedPattern(
            "affiliation",
            g(rf"{org} {agents_after}(?:{tail})?"),
            g(agents_after),
        ),
        NamedPattern(
            "institution",
            g(
                rf"(?i:\b{studies}) (?:by|from|at|of|conducted by|led by|funded by|sponsored by|"
                rf"carried out by|published by|released by|issued by) {org}(?:{tail})?"
            ),
            body,
        ),
        NamedPattern("institution", g(rf"{org}{tail}"), body),
        # "the CDC report", "Harvard's study": a lower-case noun; "Research Program" is a name.
        NamedPattern("institution", g(rf"{org}(?:'s|’s)? (?:{studies})\b(?:{tail})?"), body),
        NamedPattern(
            "institution", g(rf"\b(?P<verb>{w.reporting}|{w.publication}) by {org}"), by_name
        ),
    )
    people = (
        NamedPattern(
            "researcher", g(rf"(?P<name>{TITLED_PERSON})(?:{tail})?"), g(r"\b(?:Dr|Prof)")
        ),
        NamedPattern(
            "researcher",
            g(
                rf"(?P<name>[A-Z][\w'’-]+"
                rf"(?: and (?:her |his |their )?(?:colleagues|co-?authors|team)"
                rf"|(?:'s|’s) (?:team|group|colleagues)| et al\.?)){tail}"
            ),
            g(r"colleagues|co-?authors|team|group|et al"),
        ),
        NamedPattern(
            "researcher",
            g(
                rf"(?P<name>{PERSON}),(?: [A-Z][A-Za-z.]{{1,6}},)* (?:who is )?(?:a|an|the) "
                rf"(?:[\w’'-]+ ){{0,5}}?(?i:{w.roles})\b"
            ),
            g(r", (?:who is )?(?:a|an|the) "),
        ),
        NamedPattern(
            "researcher",
            g(rf"\b(?:{w.roles}) (?P<name>{PERSON})\b(?:{tail})?"),
            g(rf"\b(?:{w.roles}) [A-Z]"),
        ),
    )
    dated = r"(?P<name>(?:19|20)\d{2})"
    studies_named: tuple[NamedPattern, ...] = (
        NamedPattern(
            "study",
            g(
                rf"(?<![\w-])(?i:a|an|the|one|this|that|another)\s?{dated}"
                rf"(?: [\w-]+){{0,3}}? (?i:{studies})(?![\w-])(?:{tail})?"
            ),
            g(r"(?:19|20)\d\d"),
        ),
        NamedPattern(
            "study",
            g(
                r"(?<![\w-])(?i:a|an|one) (?:[\w-]+ ){0,2}?(?i:study|trial|review|meta-analysis|"
                r"analysis|survey|report|paper) (?:published |conducted |carried out |done )?"
                rf"(?:in|from) {dated}(?![\w–/-])"
            ),
            g(r"(?:19|20)\d\d"),
        ),
        NamedPattern(
            "study",
            g(
                r"(?<![\w-])(?:the |a |an |The |In the |in the )"
                r"(?P<name>[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*(?:[ -]\d+)?) "
                rf"(?i:trials?|stud(?:y|ies)|cohort|survey|registry)(?![\w-])(?:{tail})?"
            ),
            g(r"[A-Z0-9]{3}(?:[ -]\d+)? (?i:trials?|stud|cohort|survey|registry)"),
        ),
        # A study known by name takes "the": "the Nurses' Health Study", "the Women's Health
        # Initiative"; "Safety and Efficacy Study" in a title does not name one.
        NamedPattern(
            "study",
            g(
                rf"(?<![\w-])(?:the |The )(?P<name>(?:{WORD} ){{1,5}}(?:Study|Trial|Survey|"
                rf"Initiative))(?![\w-])(?:{tail})?"
            ),
            g(r"Study|Trial|Survey|Initiative"),
        ),
    )
    studies_named = (
        *studies_named,
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
                rf" (?:poll|survey|study|report|analysis|review|trial)(?![\w'’-])(?:{tail})?"
            ),
            g(r"[A-Z][a-z]+ (?:poll|survey|study|report|analysis|review|trial)\b"),
        ),
    )
    according = NamedPattern(
        "according",
        g(
            r"\b(?:[Aa]ccording to|[Pp]er) (?:the |The )?"
            rf"(?:(?P<org>{org_pattern(w, 'inner')})|(?P<person>{TITLED_PERSON}|{PERSON}"
            rf"(?=,? (?:[A-Z][A-Za-z.]{{1,6}},? )*(?:who|a|an|the) ))"
            rf"|(?P<acronym>{ACRONYM})|(?P<title>{TITLE}){_NP_END})"
        ),
        g(r"(?i)according to|\bper (?:the )?[A-Z]"),
    )
    body_verbs = rf"(?:{w.discourse}|{w.textual}|{w.advice}|estimates?|estimated)"
    outlets = (
        NamedPattern(
            "outlet",
            g(rf"\bThe (?P<name>{WORD}(?: {WORD}){{0,3}}) (?P<verb>{w.discourse}|{w.textual})\b"),
            g(r"\bThe [A-Z]"),
        ),
        # "WebMD reports that", "Consumer Reports says that": a name that reports a clause.
        # Not a capitalised word opening a sentence ("Experts say that"), which is no name.
        NamedPattern(
            "outlet",
            g(
                rf"(?<=[a-z,] )(?P<name>{WORD}(?: {WORD}){{0,2}})"
                rf" (?P<verb>reports|reported|says|said|writes|wrote|notes|noted|explains|"
                rf"explained|warns|warned|estimates|estimated|recommends|recommended|advises|"
                rf"advised|concludes|concluded)(?= that\b)"
            ),
            g(
                r"[A-Z]\w* (?:reports|reported|says|said|writes|wrote|notes|noted|explain\w*|"
                r"warn\w*|estimate\w*|recommend\w*|advise\w*|conclude\w*) that"
            ),
        ),
        # Any other acronym names a body only with what bodies do: say, advise, estimate,
        # report ("the CCFA estimates", "NMSS reports that"); "GABA demonstrated", "an MRI
        # showed" and "AAKG added to it" are no bodies. A body takes "the", or reports a clause.
        NamedPattern(
            "institution",
            g(
                rf"(?<![\w-])[Tt]he (?P<name>{ACRONYM})(?:,[^,\n]{{1,60}},)?"
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
            g(rf"(?<![\w-])(?:[Tt]he )?(?P<name>{ACRONYM})(?:'s|’s) (?i:{studies})\b(?:{tail})?"),
            g(r"[A-Z][A-Z&]+(?:'s|’s) "),
        ),
    )
    return (*journals, *institutions, *people, *studies_named, according, *outlets)


def basis_of(
    w: AttributionWords, verb: str | None, before: str, after: str, journal: bool = False
) -> str:
    """How a name is tied to the finding: "reported" when its verb reports one ("found",
    "says", "recommends", "writes that"), "mention" when it only names where a work appeared
    or what a body published ("published in", "reports data on", a bare "2009 trial")."""
    if not verb:
        return "mention"
    if _PASSIVE.search(before) or re.fullmatch(w.publication, verb):
        return "mention"
    # "Researchers report in Pediatrics": the journal is where they report it.
    if not journal and re.fullmatch(w.textual, verb) and not re.match(r"(?: that\b|:)", after):
        return "mention"
    return "reported"


def acceptable_name(w: AttributionWords, name: str, after: str) -> bool:
    """A name that can be a source: not a heading's first word, a product, a doctrine or a
    clinical abbreviation."""
    first = name.removeprefix("The ").split(" ", 1)[0]
    if w.function_words.fullmatch(first) and not name.startswith("The "):
        return False
    if _PRODUCT_MARK.match(after) or w.traditions.fullmatch(name.removeprefix("The ")):
        return False
    core = re.sub(r"(?:[ -]\d+)+$", "", name)
    if re.fullmatch(ACRONYM, core) or re.fullmatch(r"[A-Z][A-Z0-9-]+", core):
        acronym = re.sub(r"-.*$|s$", "", core)
        if w.not_bodies.fullmatch(core) or w.not_bodies.fullmatch(acronym):
            return False
    return not NOT_JOURNALS.fullmatch(name)


def acceptable_journal(
    w: AttributionWords, name: str, gazetteer: re.Pattern[str], how: str
) -> bool:
    """A journal's title: a department or a university is not one, though it may hold a
    journal word ("the Department of Nutrition"); "Journal of the ... Institute" is."""
    if re.search(rf"\b{w.heads}\b", name) and not (
        _TITLE_WORDS.search(name) or gazetteer.fullmatch(name.removeprefix("The "))
    ):
        return False
    return is_journal_name(name, gazetteer, how)
