"""Regular expressions for attributions, built from rules/lexicon/attribution.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass

from linter.config.lexicon import Lexicon, alternation

# A capitalised word of a proper name; inner full stops allowed ("D.C."), a final one is not.
_WORD = r"[A-Z](?:[\w'’&+-]|\.(?=\w))*"
_JOINER = r"(?:,? (?:of|for|and|&|in|on|de|the|y) (?:the )?|: | - | )"
TITLE = rf"{_WORD}(?:{_JOINER}{_WORD}){{0,9}}"

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


# A pattern and a cheap search that must succeed first: most sentences hold no attribution,
# and the full patterns (long alternations tried at every position) are the slow part.
Guarded = tuple[re.Pattern[str], re.Pattern[str]]


def _guard(trigger: str, pattern: re.Pattern[str]) -> Guarded:
    return re.compile(trigger), pattern


@dataclass(frozen=True)
class AttributionPatterns:
    """Compiled attribution patterns: named sources by kind, and vague ones."""

    journal: tuple[Guarded, ...]
    institution: tuple[re.Pattern[str], ...]
    researcher: tuple[Guarded, ...]
    dated_study: re.Pattern[str]
    vague: re.Pattern[str]
    agentless: re.Pattern[str]
    gazetteer: re.Pattern[str]
    institution_trigger: re.Pattern[str]  # no head word or acronym: no institution to find


# Words only a journal's title has: "In the Journal of X," but not "In the Nurses' Health Study,".
_TITLE_WORDS = re.compile(
    r"\b(?:Journal|Annals|Archives|Proceedings|Bulletin|Letters|Frontiers|Lancet|JAMA|BMJ|NEJM|"
    r"PLo[Ss]|Cochrane)\b"
)


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
    return how == "name" or bool(_JOURNAL_WORDS.search(name))


def build_patterns(lexicon: Lexicon) -> AttributionPatterns:
    verbs = alternation(lexicon.get("attribution.report_verbs"))
    studies = alternation(lexicon.get("attribution.study_nouns"))
    heads = alternation(lexicon.get("attribution.institution_heads"))
    acronyms = alternation(lexicon.get("attribution.institution_acronyms"))
    journals = alternation(lexicon.get("attribution.journals"))
    # A head word alone ("University students") is not a name: a word before it or "of X" after.
    org_title = (
        rf"(?:{_WORD}{_JOINER}){{1,6}}?{heads}(?:{_JOINER}{_WORD}){{0,6}}"
        rf"|{heads} (?:of|for) (?:the )?{_WORD}(?:{_JOINER}{_WORD}){{0,6}}"
    )
    org = rf"(?:the |The )?(?P<name>{org_title}|{acronyms}\b)(?: \([A-Z][A-Za-z]{{1,7}}\))?"
    # "the journal Circulation" drops "the journal"; "The Lancet" keeps its "The".
    journal_intro = (
        r"(?:the (?i:(?:medical |scientific |peer-reviewed )?journals? )?"
        r"|(?i:journal )|The (?i:journal ))?"
    )
    when = (
        r"(?i:\s+(?:online|today|yesterday|recently|earlier|this|last|on|week|month|year|"
        r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)){0,3}"
    )
    return AttributionPatterns(
        journal=(
            _guard(
                r"(?i) in ",
                re.compile(rf"(?i:\b{verbs}){when} (?i:in) {journal_intro}(?P<name>{TITLE})"),
            ),
            _guard(r"journal ", re.compile(rf"\bjournal (?P<name>{TITLE})")),
            _guard(
                r"(?i) in ",
                re.compile(
                    rf"(?i:\b{verbs})(?: [\w’'-]+){{1,4}}? (?i:in) "
                    rf"{journal_intro}(?P<strict>{TITLE})"
                ),
            ),
            _guard(
                r"In ",
                re.compile(
                    rf"(?:^|(?<=[.!?”\"] ))In {journal_intro}(?P<title>{TITLE}),",
                ),
            ),
            _guard(
                r"(?i) by ",
                re.compile(rf"(?i:\b{verbs}){when} (?i:by) {journal_intro}(?P<strict>{TITLE})"),
            ),
            _guard(
                r"(?i)\b(?:study|report|paper|analysis|review)\b",
                re.compile(rf"(?P<title>{TITLE}) (?i:study|report|paper|analysis|review)\b"),
            ),
            _guard(
                r"(?i)according to",
                re.compile(
                    rf"\b(?i:according to(?: [\w-]+){{1,6}}? in) {journal_intro}(?P<name>{TITLE})"
                ),
            ),
            _guard(
                r"(?i) in ",
                re.compile(
                    rf"(?i:\b{studies}(?: (?:published|appearing|reported))?) (?i:in) "
                    rf"{journal_intro}(?P<strict>{TITLE})"
                ),
            ),
            _guard(
                r"Lancet|JAMA|NEJM|BMJ",
                re.compile(
                    r"(?<![\w-])(?P<name>(?:The )?(?:Lancet|JAMA|NEJM|BMJ)\b(?: [A-Z][\w-]*){0,4})"
                ),
            ),
        ),
        institution=(
            re.compile(
                rf"(?i:\b(?:researchers?|scientists?|investigators?|experts?|doctors?|physicians?|"
                rf"epidemiologists?|professors?|teams?|a group|authors?)) "
                rf"(?i:at|from|with|of) {org}"
            ),
            re.compile(
                rf"(?i:\b{studies}) (?i:by|from|at|of|conducted by|led by|funded by|sponsored by|"
                rf"carried out by|published by|released by|issued by) {org}"
            ),
            re.compile(
                rf"(?i:\baccording to )(?:(?i:a|an|the|new|recent|latest) )*"
                rf"(?:(?i:{studies}|statistics|figures) (?i:from|by|of|at) )?{org}"
            ),
            re.compile(rf"{org}(?:,[^,]{{1,60}},)? (?:\w+ ){{0,2}}?(?i:{verbs})\b"),
            re.compile(rf"{org}(?:'s|’s)? (?i:{studies})\b"),
        ),
        researcher=(
            _guard(
                r"\b(?:Dr|Prof)",
                re.compile(
                    r"(?P<name>(?:Dr\.?|Prof\.?|Professor) [A-Z][\w'’-]+(?: [A-Z]\.?)*"
                    r"(?: [A-Z][\w'’-]+)?)"
                ),
            ),
            _guard(
                r"(?i)colleagues|co-?authors|team|group|et al",
                re.compile(
                    rf"(?P<name>[A-Z][\w'’-]+"
                    rf"(?: and (?:her |his |their )?(?:colleagues|co-?authors|team)"
                    rf"|(?:'s|’s) (?:team|group|colleagues)| et al\.?)) (?i:{verbs})\b"
                ),
            ),
        ),
        institution_trigger=re.compile(rf"\b(?:{heads}|{acronyms})\b"),
        dated_study=re.compile(
            rf"(?i:\b(?:a|an|the|one|this) (?P<name>(?:19|20)\d{{2}}) (?:[\w-]+ )?{studies})\b"
        ),
        vague=_vague_pattern(lexicon),
        agentless=re.compile(
            r"(?<![\w-])" + alternation(lexicon.get("attribution.agentless")) + r"(?!\w)", re.I
        ),
        gazetteer=re.compile(journals),
    )


def _vague_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    mods = alternation(lexicon.get("attribution.vague_modifiers"))
    subjects = alternation(lexicon.get("attribution.vague_subjects"))
    verbs = alternation(lexicon.get("attribution.vague_verbs"))
    adverbs = (
        r"(?:have|has|had|now|also|consistently|repeatedly|clearly|already|long|even|all|"
        r"increasingly|generally|often|widely|largely|strongly|continue to|continues to|"
        r"seem to|seems to|tend to|tends to|been|do|does|did|would|will)"
    )
    subject = rf"(?:{mods} ){{0,3}}{subjects}"
    return re.compile(
        rf"(?<![\w-])(?P<subject>{subject}(?: (?:and|or|&) {subject})?)"
        rf"(?: (?:in|on|from|with) [\w-]+)?(?: {adverbs}){{0,3}} {verbs}(?!\w)",
        re.I,
    )
