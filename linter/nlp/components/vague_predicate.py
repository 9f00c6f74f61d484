"""Whether the word the vague grammar took for a subject's reporting verb is that subject's
predicate at all. The subject pattern reads "<unnamed evidence or people> ... <verb>" and the
verb slot is a closed class of reporting words, but five constructions put such a word there
without any report (the real-site census of issue 14 found each on a different site):

- a word of a proper name in running text ("Scientists in the United States led the world"):
  title case capitalises every major word and lowercases the minor ones, articles,
  prepositions and coordinating conjunctions (Chicago Manual of Style, 17th ed., 8.159), so a
  capitalised "verb" followed by a lower-case major word is a name's last word, not a
  headline's verb ("Experts Say the Diet Works" keeps its verb), and a name's last word comes
  after its other words, so a verb straight after a subject that opens the sentence
  ("Experts Say vitamin D ...") stays a verb;
- an attributive participle after a determiner or possessive ("research into X and its
  associated symptoms"): a determiner opens a noun phrase, and the participle in it is an
  adjective (Quirk et al. 1985, A Comprehensive Grammar of the English Language, §7.15, §5.10);
- a participle of designation before "as" ("the literature known as endocrine disruptors"):
  the complex-transitive verbs that name or class something "as" X (Quirk et al. 1985,
  §16.46-16.47), whose participle postmodifies the noun;
- a reflexive object ("physicians find themselves at a crossroads"): "find oneself" is the
  idiom of being in a place or state (Merriam-Webster, "find oneself"; Cambridge Dictionary,
  "find yourself"), and a reporting verb with a reflexive object reports nothing;
- a present participle that postmodifies the subject ("the evidence supporting its use is still
  limited"): a reduced relative clause (Quirk et al. 1985, §17.27), whose noun's predicate comes
  later; when that predicate says the evidence is scant (attribution.yaml `absence_words`),
  the sentence appeals to nothing;
- ability with an indirect question ("before doctors can determine what caused it"): "can" of
  ability (Quirk et al. 1985, §4.52) and a wh- or whether-clause, an open question (§15.5),
  say what someone is able to find out, not what was found.
"""

from __future__ import annotations

import re

# Central determiners and possessives (Quirk et al. 1985, §5.10-5.13) that are never a whole
# noun phrase, so a verb cannot follow one; the demonstratives are left out, since as pronouns
# they end a phrase ("studies like these show").
_DETERMINER_BEFORE = re.compile(
    r"(?i)(?:^|\s)(?:the|a|an|its|their|his|her|our|your|my|every|each|no)\s*$"
)
# The complex-transitive verbs of naming and classing with "as" (Quirk et al. 1985,
# §16.46-16.47: know, describe, refer to, regard, recognize, classify, define, term, label).
_DESIGNATION = re.compile(
    r"(?i)(?:known|described|referred|regarded|recogni[sz]ed|classified|defined|termed|"
    r"labell?ed|designated|called|named|dubbed)"
)
_AS_AFTER = re.compile(r"(?i)\s+(?:to\s+)?as\b")
_REFLEXIVE_AFTER = re.compile(
    r"(?i)\s+(?:myself|yourself|himself|herself|itself|oneself|ourselves|yourselves|themselves)\b"
)
_ABILITY = re.compile(r"(?i)\b(?:can|could|(?:is|are|was|were|be) able to)\b")
_OPEN_QUESTION_AFTER = re.compile(r"(?i)\s+(?:what|whether|if|which|how|why|when|where|who)\b")
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w'’-]*)")
# The minor words title case keeps in lower case (Chicago Manual of Style, 17th ed., 8.159):
# articles, coordinating conjunctions, prepositions, "as" and the "to" of an infinitive.
_TITLE_MINOR = re.compile(
    r"a|an|the|and|but|or|nor|for|yet|so|as|to|at|by|in|of|on|up|off|out|per|via|vs|than|"
    r"with|from|into|onto|upon|over|about|after|before|under|between|through|against|amid"
)


def not_predicate(
    m: re.Match[str], function_words: re.Pattern[str], opens_sentence: bool = False
) -> bool:
    """Whether the subject pattern's verb is no reporting predicate of its subject: a word of a
    name, an attributive or designating participle, a verb with a reflexive object, or an
    ability to answer an open question. `function_words` fullmatches capitalised function
    words (the lexicon's class); `opens_sentence`: the subject is the sentence's first word."""
    text = m.string
    verb = m.group("verb")
    between = text[m.end("subject") : m.start("verb")]
    after = m.end("verb")
    # A name's last word follows other words of the name ("the ART Data Report has ..."); a
    # verb straight after a subject that opens the sentence ("Experts Say vitamin D ...", a
    # heading in title case up to its verb) is no name's.
    if verb[:1].isupper() and not (opens_sentence and not between.strip()):
        nxt = _NEXT_WORD.match(text, after)
        if (
            nxt
            and nxt.group(1)[:1].islower()
            and not _TITLE_MINOR.fullmatch(nxt.group(1))
            and not function_words.fullmatch(nxt.group(1).capitalize())
        ):
            return True
    if _DETERMINER_BEFORE.search(between):
        return True
    if _DESIGNATION.fullmatch(verb.split()[0]) and _AS_AFTER.match(text, after):
        return True
    if _REFLEXIVE_AFTER.match(text, after):
        return True
    return bool(_ABILITY.search(between) and _OPEN_QUESTION_AFTER.match(text, after))


# A copula after the participle's clause, and the time and degree adjuncts that may stand before
# its complement (Quirk et al. 1985, §16.21 current copulas; §8 adjuncts).
_COPULA_LATER = re.compile(
    r"(?i)[^,;:.!?]{0,120}?\b(?:is|are|was|were|remains?|remained|seems?|appears?)\s+"
    r"(?:(?:still|now|currently|very|rather|quite|fairly|relatively|somewhat|too)\s+)*"
)


def scant_after_participle(m: re.Match[str], absence: re.Pattern[str]) -> bool:
    """Whether the verb is a participle postmodifying its subject and the subject's own
    predicate, later in the clause, says the evidence is scant ("the evidence supporting it is
    limited"). `absence` searches the lexicon's `absence_words`."""
    verb = m.group("verb").split()[0]
    if not verb.lower().endswith("ing") or m.string[m.end("subject") : m.start("verb")].strip():
        return False
    copula = _COPULA_LATER.match(m.string, m.end("verb"))
    return copula is not None and bool(absence.match(m.string, copula.end()))
