"""Guards of the vague grammar that read the words around a match: a named owner between an
evidence noun and its verb, and "my doctor recommended" as a subject and its verb."""

from __future__ import annotations

import re

from linter.nlp.components.attribution_names import NOT_JOURNALS

# A proper name with "the" after a preposition of origin or authorship: the owner of a work
# ("of the" is left out: "studies of the Hadza" name whom they studied).
_OWNER = re.compile(
    r"\b(?:from|by|at|out of) the (?P<name>[A-Z][\w'’-]*(?:(?: of| for| and| on)? "
    r"[A-Z][\w'’-]*){0,5})(?![\w'’-])"
)
# "research at Karolinska Institutet", "work at Louisiana State University's centre": a place
# of work named by two or more capitalised words after "at" with no article is a proper name
# of an employer (a place takes "in"); one word ("at Harvard") is left to the named grammar.
_AT_NAME = re.compile(
    r"\bat (?P<name>[A-Z][\w'’-]*(?:(?: of| for| and)? [A-Z][\w'’-]*){1,5})(?![\w'’-])"
)
# Places whose names take "the" and are not bodies: the ISO 3166 countries written with "the"
# and the regions of the UN geoscheme and of common use (Middle East, Mediterranean).
_THE_PLACES = re.compile(
    r"Philippines|Bahamas|Maldives|Gambia|Czech Republic|Dominican Republic|Central African "
    r"Republic|Comoros|Seychelles|Solomon Islands|Marshall Islands|UAE|United Arab Emirates|"
    r"Middle East|Far East|Mediterranean|Caribbean|Arctic|Antarctic|Pacific|Atlantic|Balkans|"
    r"Baltics|Nordics|Americas|Midwest|South|North|East|West|Southeast|Northeast|Northwest|"
    r"Southwest|West Coast|East Coast|Gulf|Himalayas|Alps|Amazon"
)
# A people as a plural ("the Pima Indians", "the Japanese"): the studied, not the author.
_PEOPLE = re.compile(r"(?:ans|ese|ish|ites|ers)$")
# "My doctor recommended that I rest": after a central determiner or a possessive (Quirk et al.
# 1985, §5.10-5.13) "doctor recommended" is a subject and its verb, not the compound adjective
# of a claim of backing ("a doctor-recommended diet", "doctor recommended!").
_DETERMINED = re.compile(
    r"(?i)\b(?:my|your|our|his|her|their|its|the|a|an|this|that|every|each|one)\s+$"
)
_POSSESSED = re.compile(r"(?i)\b(?:my|your|our|his|her|their)\s+$")
_SPACED_RECOMMENDED = re.compile(r"(?i)^\w+ recommended$")
# What follows a verb "recommended" and never a compound adjective: a clause, an infinitive, a
# gerund, a pronoun or a determiner ("recommended that", "recommended taking").
_VERB_OBJECT = re.compile(
    r"(?i)\s+(?:that|to|[a-z]+ing|i|me|you|him|her|us|them|we|he|she|they|a|an|the|my|your|"
    r"his|their|our|this|these|some|more|less|against)\b"
)


def spoken_recommendation(text: str, m: re.Match[str]) -> bool:
    """Whether "doctor recommended" in the match is a subject and its verb: after a
    possessive, or after another determiner with an object of the verb after it."""
    if not _SPACED_RECOMMENDED.match(m.group(0)):
        return False
    before = text[max(0, m.start() - 8) : m.start()]
    if _POSSESSED.search(before):
        return True
    return bool(_DETERMINED.search(before) and _VERB_OBJECT.match(text, m.end()))


def named_owner(phrase: str) -> str | None:
    """The proper name after "from the", "by the", "of the" ... in the words between an
    evidence noun and its verb ("a report from the Surgeon General", "data from the UK
    Biobank"): the work's author or owner, unless it names a place ("the Philippines")."""
    m = _OWNER.search(phrase) or _AT_NAME.search(phrase)
    if m is None:
        return None
    name = m.group("name")
    if NOT_JOURNALS.fullmatch(name) or _THE_PLACES.fullmatch(name) or _PEOPLE.search(name):
        return None
    return name
