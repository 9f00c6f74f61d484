"""What the named-attribution grammar is built from and how its names are judged: the pieces of
a name (a person, an organisation, a journal title), the NamedPattern each construction
becomes, whether a name found is acceptable, and which verb makes it a basis (basis_of).
Separate from attribution_patterns.py, which holds the constructions themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from linter.nlp.components.attribution_words import (
    ACRONYM,
    AUX_ADVERBS,
    JOINER,
    MONTHS,
    WEEKDAYS,
    WORD,
    AttributionWords,
)
from linter.nlp.lazy_regex import LazyPattern

# Capitalised words after "in" that name a place, a time or a language, not a journal.
NOT_JOURNALS = re.compile(
    r"(?:The )?(?:U\.?S\.?A?|United States|Americans?|Europeans?|UK|U\.K\.|Britain|"
    r"Great Britain|England|"
    r"Scotland|Wales|Ireland|Europe|Canada|China|Japan|India|Australia|Germany|France|Sweden|"
    r"Denmark|Norway|Finland|Italy|Spain|Netherlands|Africa|Asia|Latin America|Brazil|Mexico|"
    r"Korea|South Korea|Israel|Switzerland|New York|Washington|D\.C\.|London|Boston|Chicago|"
    r"California|Texas|Florida|Philadelphia|Toronto|Paris|Berlin|English|Spanish|"
    rf"{MONTHS}|{WEEKDAYS}|Congress|Parliament|"
    r"December|Spring|Summer|Autumn|Fall|Winter|Phase [IV\d]+|Part|Chapter|Table|Figure|"
    r"Hong Kong|New Zealand|South Africa|Los Angeles|San Francisco|St\. Louis|New Jersey)"
)


# The same title words in the languages health journals are most often published in besides
# English (Spanish, Portuguese, French, German, Italian, Dutch, Scandinavian), as the ISSN
# International Centre's List of Title Word Abbreviations (LTWA, the ISO 4 word list) gives
# them: journal (revista, revue, Zeitschrift, tijdschrift, giornale, jornal, tidsskrift),
# annals, archives, bulletin and gazette (anales, annales, anais, annali, archivos, arquivos,
# Archiv, boletín, boletim, bollettino, gaceta, gazzetta), medicine and medical (medicina,
# médecine, Medizin, geneeskunde, médica, médico, médicale, medizinische), health (salud,
# saúde, santé, sanitaria) and the specialties above (psiquiatría, psychiatrie, psicología,
# psychologie, nutrición, nutrição, clínica, clinique, klinische, enfermería, pediatría).
# Read only where the context says a journal (a study "in" it, "published in" it): a place
# or a language of the same languages is no title word (NOT_JOURNALS).
FOREIGN_JOURNAL_WORDS = (
    r"Revista|Revue|Zeitschrift|Tijdschrift|Giornale|Jornal|Tidsskrift|Anales|Annales|Anais|"
    r"Annali|Archivos|Arquivos|Archiv|Boletín|Boletim|Bollettino|Gaceta|Gazzetta|Medicina|"
    r"Médecine|Medizin|Geneeskunde|Médica|Médico|Médicale|Medizinische|Salud|Saúde|Santé|"
    r"Sanitaria|Psiquiatría|Psiquiatria|Psychiatrie|Psicología|Psicologia|Psychologie|"
    r"Nutrición|Nutrição|Clínica|Clinique|Klinische|Enfermería|Pediatría"
)


_JOURNAL_WORDS = re.compile(
    r"\b(?:Journal|Annals|Archives|Proceedings|Reviews?|Reports?|Medicine|Medical|Bulletin|"
    r"Letters|Frontiers|Research|Sciences?|Care|Therapeutics|Oncology|Cardiology|Pediatrics|"
    r"Paediatrics|Psychiatry|Neurology|Epidemiology|Health|Nutrition|Obesity|Diabetes|Cancer|"
    r"Clinical|Lancet|JAMA|BMJ|NEJM|Nature|Cell|PLo[Ss]|Surgery|Dermatology|Gastroenterology|"
    r"Hepatology|Rheumatology|Immunology|Endocrinology|Metabolism|Sleep|Addiction|Allergy|"
    r"Obstetrics|Gynecology|Circulation|Stroke|Hypertension|Heart|Pharmacology|Psychology|"
    rf"{FOREIGN_JOURNAL_WORDS})\b"
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


# "Lee and colleagues", "Grand and other researchers": the named author's co-authors left
# unnamed, the plain words of "et al." (APA 7, §8.17), so the work is still named.
CO_AUTHORS = (
    r" and (?:(?:her |his |their )?(?:colleagues|co-?authors|co-?workers|team)"
    r"|(?:other|fellow) (?:researchers|scientists|investigators|colleagues|co-?authors))"
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
    # journals: "name" | "strict" | "title" (see is_journal_name); "according": the name is
    # the source of the clause; "opening": a name opening its sentence, a person's if shaped so;
    # "named": any proper name, which must report a finding (a research verb, a clause);
    # "inverted": the name after its reporting verb ("..., says the CDC.")
    how: str = ""


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
    # "A University of Michigan study": an article or pronoun that opens the sentence is no
    # part of the name (tried here, so that the name after it is still found).
    title = (
        rf"(?=[A-Z])(?!(?:{w.function_words.pattern}) )(?:{WORD}{JOINER}){{1,6}}?{w.heads}"
        rf"(?:{JOINER}{WORD}){{0,6}}"
        rf"|{w.heads} (?:of|for) (?:the )?{WORD}(?:{JOINER}{WORD}){{0,6}}"
    )
    other = rf"|{ACRONYM}" if acronyms else ""
    return (
        rf"(?:the |The )?(?P<{group}>{title}|{w.acronyms}(?: {WORD}){{0,2}}(?![\w-]){other})"
        rf"(?: \((?:the )?[A-Z][A-Za-z&]{{1,9}}\))?"
    )


def _verb_tail(w: AttributionWords) -> str:
    """A reporting verb after a name, past an aside and an auxiliary ("the CDC, in 2020, said"),
    also negated: "the Association does not recommend" is the body's advice as much as
    "recommends" (Quirk et al. 1985, §10.54: "not" after the operator). A bare -ing form after
    the aside continues a list ("ODSP, where he specializes in assessing, documenting"), no
    finite reporting verb."""
    return (
        rf"(?:,[^,\n]{{1,60}},(?! \w+ing(?![\w-])))?(?: {AUX_ADVERBS}){{0,2}}(?: not|n[’']t)?"
        rf" (?P<verb>{w.reporting}|{w.publication})(?![\w-])"
    )


def basis_of(
    w: AttributionWords, verb: str | None, before: str, after: str, journal: bool = False
) -> str:
    """How a name is tied to the finding: "reported" when its verb reports one ("found",
    "says", "recommends", "writes that"), "mention" when it only names where a work appeared
    or what a body published ("published in", "reports data on", a bare "2009 trial")."""
    if not verb:
        return "mention"
    # "is recommended by NICE" is NICE's advice, as "NICE recommends" is (the agent of a
    # passive advice verb); "was published by" only says where a work appeared.
    by_agent = re.fullmatch(w.advice, verb) and after.startswith(" by ")
    # "is warning": the progressive is active; only a participle after "is" is a passive.
    # "Our criteria, agreed by the Practice Board, are ...": a participle set off after a noun
    # with its agent is a reduced relative, a passive too (Quirk et al. 1985, §17.99; citeB).
    # The agent is a name ("by the", "by NICE"), not a manner ("..., said by email").
    reduced = before.endswith(", ") and re.match(r" by (?:the |[A-Z])", after) is not None
    passive = (_PASSIVE.search(before) or reduced) and not verb.endswith("ing")
    if (passive and not by_agent) or re.fullmatch(w.publication, verb):
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
    # "Doctors and other researchers found": a plural of the unnamed agents (attribution.yaml
    # `unnamed_agents`) capitalised by the sentence's start heads no named team (CO_AUTHORS).
    if " and " in name and re.fullmatch(w.agents, first, re.IGNORECASE):
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


# "Lee et al.": the bibliographic abbreviation names the authors of a published work (APA
# Publication Manual, 7th ed., 2020, §8.17; Chicago Manual of Style, 17th ed., 15.29), so what
# they report or advise, or what is "according to" them, is that work's, as for a journal.
ET_AL = re.compile(r"\bet al\b")


def cited_work(
    w: AttributionWords, name: str, verb: str | None, according: bool, m: re.Match[str], text: str
) -> bool:
    """ "Lee et al. reported a high rate of X", "according to Lee et al.": the authors of a
    published work report or advise what the work says, as a journal does."""
    if not ET_AL.search(name):
        return False
    if according:
        return True
    if not verb:
        return False
    before = text[max(0, m.start("verb") - 30) : m.start("verb")]
    after = text[m.end("verb") : m.end("verb") + 8]
    return basis_of(w, verb, before, after, journal=True) == "reported"


# A capital inside a word ("MasterClass", "WebMD"): a name by its shape.
_CAMEL = re.compile(r"[a-z][A-Z]")
# Where a speaker's affiliation starts: "Nigel Barr of the University of X", "Lee, of Y".
_AFFILIATION = re.compile(r",| of | from | at ")


def inverted_body(name: str, heads: re.Pattern[str], known: re.Pattern[str]) -> bool:
    """ "..., says the CDC.": after an inverted verb only a body or outlet is read: a name with
    a body's head word or a journal's title word, a body or journal known by name ("Health
    Canada"), an acronym, or one word with a capital inside ("MasterClass"). A person quoted
    so ("..., said Nigel Barr of the University of X") is left to the grammar of people, which
    asks for a result; what follows "of" or a comma is the affiliation, not the speaker."""
    if known.fullmatch(name.removeprefix("the ").removeprefix("The ")):
        return True
    lead = _AFFILIATION.split(name, maxsplit=1)[0]
    if heads.search(lead) or _TITLE_WORDS.search(lead):
        return True
    return " " not in lead and bool(re.fullmatch(ACRONYM, lead) or _CAMEL.search(lead))


# A title of two or three capitalised words and nothing else ("Washington Post").
_PLAIN_TITLE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")


def per_outlet(w: AttributionWords, matched: str, name: str) -> bool:
    """ "per the Washington Post": an outlet's plain title after "per the" names the source;
    a unit in a title-case heading ("Cases Per Day In The Post") does not."""
    plain = matched[4:8] == "the " and _PLAIN_TITLE.fullmatch(name)
    return bool(plain and w.nameplates.search(name))


def nameplate_outlet(w: AttributionWords, text: str, start: int, name: str) -> bool:
    """ "Washington Post", "the Guardian", "Reuters": an outlet by its nameplate word; a head
    alone is one only after "the" ("Emily Post said", "said Post" name a person)."""
    article = text[max(start - 4, 0) : start].lower() == "the "
    return bool(w.nameplates.search(f"the {name}" if article else name))
