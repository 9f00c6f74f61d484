"""The grammar of named attributions: [named entity] [reporting verb | according to | ...].

Each pattern finds a name of one kind (journal, institution, person, outlet, trial, dated
study) in one construction, and says which verb ties it to the sentence. Whether the name is
the basis of a finding is decided from that verb (`basis_of`) and, later, from the sentence.
"""

from __future__ import annotations

from linter.nlp.components.attribution_names import (
    _NP_END,
    CO_AUTHORS,
    PERSON,
    TITLED_PERSON,
    NamedPattern,
    _verb_tail,
    org_pattern,
)
from linter.nlp.components.attribution_outlets import outlet_patterns
from linter.nlp.components.attribution_studies import study_patterns
from linter.nlp.components.attribution_words import (
    ACRONYM,
    AUX_ADVERBS,
    TITLE,
    WORD,
    AttributionWords,
)
from linter.nlp.lazy_regex import lazy

# The first words of place names, which premodify researchers as a people does ("San Diego
# researchers", "North Carolina scientists"): the compass points and the Spanish, Portuguese,
# French and English generic elements of city names (USGS Geographic Names Information System).
_PLACE_START = (
    r"San|Santa|Santo|São|Los|Las|Rio|Saint|St\.?|Fort|Port|Lake|Tel|Salt|North|South|East|"
    r"West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater"
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
    # Cheap searches a long pattern needs first; jt, a title (also listed lower-case: "eLife").
    jt = w.journal_title
    in_name = g(
        rf"\b[Ii]n (?:the |The |an? )?(?:(?i:[\w-]+ )?journals? )?[\"“‘*_]?"
        rf"(?:[A-Z]|{w.lower_journals})"
    )
    by_name = g(r"\bby (?:the |The )?[\"“‘*_]?[A-Z]")
    body = g(rf"\b(?:{w.heads}|{w.acronyms})\b")
    studies = w.study_nouns
    # "the WHO's 2021 report", "the CDC's latest estimates": a year or an adjective of a work's
    # age or status between a body and its work (the same adjectives as for unnamed evidence).
    work_adjectives = rf"(?i:{w.adjectives}|annual|final|updated|own|official)"
    work_modifiers = rf"(?: (?:(?:19|20)\d\d|{work_adjectives})){{0,2}}"
    journals = (
        NamedPattern(
            "journal",
            g(rf"\b(?P<verb>(?i:{said})){when} in {intro}(?P<name>{jt})"),
            in_name,
            "name",
        ),
        NamedPattern(
            "journal",
            g(rf"\b(?P<verb>(?i:{w.research}|{w.cognition})){when} in {intro}(?P<name>{jt})"),
            in_name,
            "strict",
        ),
        NamedPattern("journal", g(rf"\bjournal (?P<name>{TITLE})"), g("journal "), "name"),
        NamedPattern(
            "journal",
            g(rf"\b{verbs}(?: [\w’'-]+){{1,4}}? in {intro}(?P<name>{jt})"),
            in_name,
            "strict",
        ),
        NamedPattern(
            "journal",
            g(rf"(?:^|(?<=[.!?”\"] ))In {intro}(?P<name>{jt}),"),
            g("In "),
            "title",
        ),
        NamedPattern(
            "journal", g(rf"\b{verbs}{when} by {intro}(?P<name>{TITLE})"), by_name, "strict"
        ),
        NamedPattern(
            "journal",
            g(rf"(?P<name>(?!(?:An?|See|Read) ){TITLE}) (?i:study|report|paper|analysis|review)\b"),
            g(r"(?i)\b(?:study|report|paper|analysis|review)\b"),
            "title",
        ),
        NamedPattern(
            "journal",
            g(rf"\b(?i:according to)(?: [\w-]+){{1,6}}? in {intro}(?P<name>{jt})"),
            g("(?i)according to"),
            "according",
        ),
        NamedPattern(
            "journal",
            g(
                rf"(?i:\b{studies})(?: (?P<verb>published|appearing|reported))? in "
                rf"{intro}(?P<name>{jt})"
            ),
            in_name,
            "strict",
        ),
        # "The New England Journal of Medicine found", "Annals of Oncology reports that": a
        # title shaped as a periodical's (ISO 4's generic title words) as the subject of a
        # reporting verb; only a word that titles have, so no place or body is read as one.
        NamedPattern(
            "journal",
            g(
                rf"(?<![\w-])(?P<name>{TITLE})(?:,[^,\n]{{1,60}},)?"
                rf"(?: {AUX_ADVERBS}){{0,2}} (?P<verb>{w.reporting})(?![\w-])"
            ),
            g(r"\b(?:Journal|Annals|Archives|Proceedings|Bulletin|Frontiers)\b"),
            "title",
        ),
        # "Annals of Internal Medicine (2014) | 12 months | lost 7 kg more": a journal and its
        # year, as a table or a list of studies names the work behind the figure beside it.
        NamedPattern(
            "journal",
            g(rf"(?<![\w-])(?P<name>{TITLE}) \((?:19|20)\d\d\)"),
            g(r"\b(?:Journal|Annals|Archives|Proceedings|Bulletin|Frontiers)\b.*\((?:19|20)\d\d\)"),
            "title",
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
    # Any proper name that is no article, pronoun or preposition: the author of a work, the
    # employer of researchers ("researchers at Kaiser Permanente").
    named = rf"(?=[A-Z])(?!(?:{w.function_words.pattern}) ){TITLE}"
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
        # "researchers at Kaiser Permanente", "doctors at Mount Sinai": "at" takes an employer,
        # a place takes "in"; after "from" or "of" the name needs "the" ("from the Karolinska").
        NamedPattern(
            "affiliation",
            g(
                rf"(?i:\b{agents}) (?:at (?:the |The )?|(?:from|of) (?:the |The ))"
                rf"(?P<name>{named})(?:(?: {AUX_ADVERBS}){{0,2}} (?P<verb>{w.reporting})(?![\w-]))?"
            ),
            g(rf"(?i:{agents}) (?:at|from the|of the) (?:the )?[A-Z]"),
            "named",
        ),
        NamedPattern(
            "affiliation",
            g(rf"{org} {agents_after}(?:{tail})?"),
            g(agents_after),
        ),
        # "Kaiser Permanente researchers found", "Cedars-Sinai researchers": two or more
        # capitalised words (or two joined by a hyphen) before the researchers; one ("Cancer
        # researchers", "Swedish scientists") is a field or a people.
        NamedPattern(
            "affiliation",
            g(
                rf"(?<![\w-])(?:the |The )?(?P<name>"
                rf"(?=[A-Z])(?!(?:{w.function_words.pattern}|{_PLACE_START}) )"
                rf"(?:{WORD}(?: {WORD}){{1,3}}|[A-Z][a-z]+-[A-Z][a-z]+))"
                rf"(?<!an)(?<!ish)(?<!ese)(?<!ic) {agents_after}{tail}"
            ),
            g(rf"[A-Z][\w-]* [A-Z]\w* {agents_after}|[A-Z][a-z]+-[A-Z][a-z]+ {agents_after}"),
            "named",
        ),
        NamedPattern(
            "institution",
            g(
                rf"(?i:\b{studies}) (?:by|from|at|of|conducted by|led by|run by|funded by|"
                rf"sponsored by|carried out by|coordinated by|organi[sz]ed by|published by|"
                rf"released by|issued by|presented at) {org}"
                # "findings presented at the AHA's annual meeting show": a body's meeting.
                rf"(?:(?:'s|’s)? (?:annual |scientific )?(?:meeting|conference|congress|"
                rf"sessions?|symposium))?(?:{tail})?"
            ),
            body,
        ),
        # "a survey by YouGov found", "an investigation by The Guardian showed": a work whose
        # author is any proper name, when it reports a finding; only "by" ("from Chile": a place).
        NamedPattern(
            "institution",
            g(
                rf"(?i:\b{studies}) (?:by|conducted by|led by|carried out by|commissioned by) "
                rf"(?:the |The )?(?P<name>{named}(?:{CO_AUTHORS})?){tail}"
            ),
            by_name,
            "named",
        ),
        NamedPattern("institution", g(rf"{org}{tail}"), body),
        # "the CDC report", "Harvard's study": a lower-case noun; "Research Program" is a name.
        NamedPattern(
            "institution", g(rf"{org}(?:'s|’s)?{work_modifiers} (?:{studies})\b(?:{tail})?"), body
        ),
        NamedPattern(
            "institution", g(rf"\b(?P<verb>{w.reporting}|{w.publication}) by {org}"), by_name
        ),
        # "an NIH-funded trial found", "a Harvard-led study": the body joined to its work by a
        # participle as "a study funded by the NIH" joins it after the noun (Quirk et al. 1985,
        # §17.109: compound adjectives of noun + participle).
        NamedPattern(
            "institution",
            g(
                rf"(?<![\w-])(?P<name>{w.acronyms}|{ACRONYM})-(?:funded|led|run|sponsored|"
                rf"backed|supported|conducted) (?:[\w-]+ ){{0,2}}?(?:{studies})\b(?:{tail})?"
            ),
            g(r"-(?:funded|led|run|sponsored|backed|supported|conducted) "),
            "named",
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
                rf"(?:{CO_AUTHORS}"
                rf"|(?:'s|’s) (?:team|group|colleagues)| et al\.?)){tail}"
            ),
            g(r"colleagues|co-?authors|co-?workers|team|group|et al|(?:other|fellow) \w+"),
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
            # "senior author Professor Maria Hale": a title may stand between role and name;
            # "the study's lead author, Sarah Jones, said": the name may be set off as a
            # non-restrictive appositive (Quirk et al. 1985, §17.72).
            g(
                # (A titled name after the comma is found by its title, as before.)
                rf"\b(?:{w.roles})(?: |, (?!Dr\b|Prof)(?=[A-Z][^,\n]{{1,40}},))"
                rf"(?P<name>{TITLED_PERSON}|{PERSON})\b(?:,?(?:{tail}))?"
            ),
            g(rf"\b(?:{w.roles}),? [A-Z]"),
        ),
    )
    # "Maria Costa, who led the work, found that": a person any name, tied to the research by a
    # relative clause of their part in it (directing_verbs), reporting what it found.
    led = NamedPattern(
        "researcher",
        g(
            rf"(?P<name>{PERSON}), who (?:{w.directing}) (?:the|this|that|a|an|their|his|her) "
            rf"(?:[\w-]+ ){{0,2}}?(?:(?i:{studies})|work)\b,(?: {AUX_ADVERBS}){{0,2}}"
            rf" (?P<verb>{w.research}|{w.discourse}|{w.textual})(?![\w-])"
        ),
        g(rf", who (?:{w.directing}) "),
        "led",
    )
    studies_named = study_patterns(w, tail)
    according = NamedPattern(
        "according",
        g(
            # "as reported by the BBC", "as reported in The Times": "according to" in other words;
            # not "as shown in Table 2", "as described in Section 4", which point into a text.
            r"\b(?:[Aa]ccording to|[Pp]er|[Aa]s (?:reported|shown|noted|stated|found|described|"
            r"documented|estimated|explained|concluded|set out|laid down|outlined|defined) by|"
            r"[Aa]s (?:reported|published) in) (?:the |The )?"
            # "according to Lee et al.": the authors of a published work (attribution_named).
            rf"(?:(?P<org>{org_pattern(w, 'inner')})|(?P<person>{TITLED_PERSON}|{PERSON}"
            rf"(?=,(?: [A-Z][A-Za-z.]{{1,6}},)* (?:who|a|an|the) | who )|[A-Z][\w'’-]+ et al\b\.?)"
            rf"|(?P<acronym>{ACRONYM})|(?P<title>{TITLE}){_NP_END})"
        ),
        g(r"(?i)according to|\bper (?:the )?[A-Z]|\bas \w+(?: out| down)? (?:by|in) \w"),
    )
    outlets = outlet_patterns(w, tail, work_modifiers)
    return (*journals, *institutions, *people, led, *studies_named, according, *outlets)
