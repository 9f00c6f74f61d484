"""A profession describing its own practice, not vouching for a claim.

"Osteopaths understand how the joints of the back work together", "therapists usually consider
your sleep", "specialists estimate your due date from the first scan": a clinical profession
named bare (rules/lexicon/attribution.yaml `practising_agents`) as the subject of a present
verb of knowing, weighing, noticing, reckoning or telling (`practice_verbs`, after FrameNet's
Awareness, Cogitation, Becoming_aware, Estimating, Verification and Recording frames) whose
complement is a plain object describes what members of the profession routinely do: a service,
not an appeal to their authority. The reading composes the verb with its complement: a
that-clause ("osteopaths understand that the spine controls every organ"), an infinitive of
being ("consider it to be good for"), a word of value, safety, relation or hazard in the object
("understand the benefits of massage", "know the link between", "consider fish oil safe"), or,
after a verb of categorization, an effect noun or a superlative in the object's predicate
("consider acupuncture an effective treatment", "consider surgery the best option") keeps the
appeal; so does a subject counted or ranked ("many doctors know", "top surgeons consider"),
which appeals to their number or standing. The finder marks such a match with basis
"practice"; the check (linter/checks/attribution.py) still counts it where the sentence states
a figure or an effect ("dentists know fluoride protects children's teeth": the complement is a
clause after all, with no "that").
"""

from __future__ import annotations

import re
from functools import cache

from linter.config.lexicon import alternation, default_lexicon
from linter.nlp.components.attribution_words import AttributionWords

# A that-clause opening the complement, after adverbs or a parenthesis between commas:
# "understand that", "know full well that", "understand, from years of training, that".
_THAT_CLAUSE = re.compile(
    r"(?i)^\s*(?:,[^,.;:!?]{1,80},\s*)?(?:(?:[a-z]+ly|also|now|well|full|all|too|already) )*"
    r"that\b"
)
# An infinitive of being or working after the object: "consider it to be good for", "know it
# to work" (Quirk et al. 1985, §16.43: the object and infinitive of verbs of cognition).
_INFINITIVE = re.compile(r"(?i)\bto (?:be|work|have)\b")
# A superlative in the predicate of a categorizing verb's object ("the best option", "the most
# effective"): the superlative degree takes "the" (Quirk et al. 1985, §7.82).
_SUPERLATIVE = re.compile(r"(?i)\bthe (?:very )?(?:best|most|least|worst|[a-z]{2,}est)\b")
# What opens a noun phrase or an indirect question: the determiners, possessives and
# quantifiers of Quirk et al. (1985, §5.10-5.26) and the wh-words (§15.5).
_OPENS_OBJECT = re.compile(
    r"(?i)^\s*(?:[a-z]+ly )?(?:the|a|an|this|that|these|those|your|their|his|her|its|our|my|"
    r"each|every|any|all|both|some|many|most|much|how|what|which|when|where|why|whether|who)\b"
)
# An indirect question of identity, time or place (Quirk et al. 1985, §15.5 and §15.7): "know
# which exercises will help", "identify what is causing the pain" ask for what is to be found
# out and state no claim, unlike "how" or "why", which presuppose the relation they ask about.
_IDENTITY_QUESTION = re.compile(r"(?i)^\s*(?:[a-z]+ly )?(?:which|what|when|where|whether)\b")
_WH_OPENING = re.compile(r"(?i)^\s*(?:[a-z]+ly )?(?:which|what|when|where|whether|how|why)\b")
# An object that is a pronoun referring back to what the text just said ("most physicians
# understand this", "doctors know that", "many surgeons understand this and will refer you"):
# the demonstratives and "it" of extended reference (Halliday & Hasan 1976, Cohesion in
# English, §2.4.2), ending the clause. What is known is the sentence before; the check weighs
# that sentence (basis "anaphoric").
_PRONOUN_OBJECT = re.compile(
    r"(?i)^\s*(?:[a-z]+ly )?(?:this|that|it)\s*(?:$|[,)]|(?:and|but|too|well|as well)\b)"
)
# The closed classes that cannot be part of a plain object noun phrase before its complement
# (Quirk et al. 1985, §2.35-2.39: prepositions, conjunctions, wh-words, pronouns).
_FUNCTION = (
    r"of|in|on|at|for|with|from|by|to|about|before|after|during|within|without|between|into|"
    r"over|under|against|as|like|than|through|per|and|or|but|if|when|while|because|so|then|"
    r"once|until|unless|whether|what|which|who|whom|whose|how|why|where|you|they|we|it|he|she|"
    r"them|us|is|are|was|were|be|been|can|could|may|might|will|would|should|must|not"
)
# A categorizing verb's object and a noun-phrase complement right after it ("consider retinol
# the gold standard", "consider turmeric a natural painkiller", "consider this diet a powerful
# weapon"): the complex-transitive pattern S V O Co (Quirk et al. 1985, §16.44), a judgement of
# what the object is. A preposition, a conjunction, a comma or a wh-word before the article
# ends the object first ("consider your weight and your history", "consider testing for an
# underactive thyroid").
_OBJECT_COMPLEMENT = re.compile(
    rf"(?i)^\s*(?:[a-z]+ly )?(?:(?:the|a|an|this|that|these|those|your|their|its|our) )?"
    rf"(?:(?!(?:{_FUNCTION}|the|a|an)\b)[\w'’-]+ ){{1,3}}(?:a|an|the|one of)\b"
)
# A relative clause inside the object ("consider three kinds of strain that can affect the
# pelvis", "identify the muscles which are working too hard"): a relative pronoun right after
# a noun opens a postmodifier of that noun (Quirk et al. 1985, §17.8-17.12), part of what is
# weighed or noticed, not a claim the profession vouches for; after a verb of knowing (a
# factive verb, which presupposes what it takes) or of telling ("teach parents that", where
# "that" opens the message) it is not read so.
_RELATIVE = re.compile(r"(?i)[a-z]\s+(?:that|which|who)\b")
# A subject counted ("most physicians", "nearly all nurses"): read as practice only before a
# pronoun object, whose content the sentence before decides.
_COUNTED = re.compile(
    r"(?i)^(?:(?:nearly|almost|virtually) )?(?:many|most|some|several|all)(?: of (?:the|our) )?\s+"
)
# A profession's team: "a team of specialists", "the team of doctors".
_TEAM = re.compile(r"(?i)^(?:(?:a|an|the) )?(?:team|group)(?: of |$)")
_COORDINATOR = re.compile(r"(?i) (?:and|or|&) ")
# Where the verb's complement ends: the clause's stop or a dash.
_CLAUSE_END = re.compile(r"[.;:!?]|\s[-–—]\s")


@cache
def _words() -> tuple[re.Pattern[str], ...]:
    """The agent, practice-verb, categorizing-verb and awareness-verb classes as full-match
    tests, and the words of value, safety, relation and hazard that make an object a claim
    vouched for."""
    lex = default_lexicon()

    def full(name: str) -> re.Pattern[str]:
        return re.compile(rf"(?i){alternation(lex.get(f'attribution.{name}'))}")

    vouched = "|".join(
        alternation(lex.get(name))
        for name in (
            "attribution.safety_predicates",
            "attribution.value_nouns",
            "attribution.relation_nouns",
            "figures.hazards",
        )
    )
    # The hazards of a thing to health ("the risks of", "the dangers of", "the harms"):
    # MeSH "Risk" and "Safety" entry terms (risk, danger, harm, hazard); "at risk" is a
    # person's state ("patients at risk of falls"), and so is "your risk", the reader's own
    # level of risk that a clinician works out ("specialists calculate your risk of a heart
    # attack"), no hazard vouched for.
    vouched += r"|(?<!\bat )(?<!\byour )risks?|dangers?|harms?|hazards?"
    return (
        full("practising_agents"),
        full("practice_verbs"),
        full("categorizing_verbs"),
        full("awareness_verbs"),
        full("telling_verbs"),
        re.compile(rf"(?i)(?<![\w-])(?:{vouched})(?![\w-])"),
    )


@cache
def _effect_nouns() -> re.Pattern[str]:
    nouns = alternation(default_lexicon().get("attribution.effect_nouns"))
    return re.compile(rf"(?i)(?<![\w-])(?:{nouns})(?![\w-])")


def _profession(m: re.Match[str], agents: re.Pattern[str], counted: bool = False) -> bool:
    """Whether the subject is a profession named bare, alone, coordinated ("nurses and
    doctors") or as its team ("a team of specialists"); not ranked ("top surgeons"), and not
    counted ("many doctors") unless `counted`."""
    subject, det = m.group("subject"), m.groupdict().get("det")
    bare = subject[len(det) + 1 :] if det and subject.startswith(det) else subject
    if counted:
        bare = _COUNTED.sub("", bare, count=1)
    team = _TEAM.match(bare)
    if team:  # the team's members follow "of", in the subject or in its postmodifier
        rest = bare[team.end() :] or (m.groupdict().get("post") or "").removeprefix(" of ")
        member = agents.match(rest)
        return member is not None and not rest[member.end() : member.end() + 1].isalnum()
    return all(agents.fullmatch(part) for part in _COORDINATOR.split(bare))


def practice(m: re.Match[str], sentence_end: int) -> str | None:
    """How a subject-verb appeal `m` (groups subject, noun, verb) reads as a profession's
    routine practice, by the verb's class and its complement up to the clause's end: "practice"
    (a plain object: the check still weighs a clause of effect in it), "routine" (an indirect
    question of which, what, when or where, or a relative clause inside the object of a verb of
    weighing or noticing: no claim stated), "anaphoric" (a pronoun object: the sentence before
    is what is known), or None (an appeal)."""
    agents, verbs, categorizing, awareness, telling, vouched = _words()
    verb = m.group("verb")
    if not verbs.fullmatch(verb):
        return None
    text = m.string
    end = _CLAUSE_END.search(text, m.end(), sentence_end)
    complement = text[m.end() : end.start() if end else sentence_end]
    if _PRONOUN_OBJECT.match(complement):  # "most physicians understand this"
        return "anaphoric" if _profession(m, agents, counted=True) else None
    if not _profession(m, agents):
        return None
    if _THAT_CLAUSE.match(complement) or (
        _INFINITIVE.search(complement) and not _WH_OPENING.match(complement)
    ):  # "what you want to work on": the infinitive belongs to the wh-clause's own verb
        return None
    if awareness.fullmatch(verb) and not _OPENS_OBJECT.match(complement):
        return None  # "dentists know sugary drinks erode teeth": a clause with no "that"
    if vouched.search(complement):
        return None  # "understand the benefits of", "consider it safe", "know the link"
    if categorizing.fullmatch(verb) and (
        _effect_nouns().search(complement)
        or _SUPERLATIVE.search(complement)
        or _OBJECT_COMPLEMENT.match(complement)
    ):
        return None  # "consider acupuncture an effective treatment", "retinol the gold standard"
    # "know exactly which exercises will help": what is to be found out, no claim made
    if _IDENTITY_QUESTION.match(complement):
        return "routine"
    if not (awareness.fullmatch(verb) or telling.fullmatch(verb)) and _RELATIVE.search(complement):
        return "routine"  # "consider three kinds of strain that can affect the pelvis"
    return "practice"


_HOW_MANY = re.compile(r"(?i)\b(?:many|most|some|several|numerous|countless|all|plenty|lots)\b")
_MODAL = re.compile(r"(?i)\b(?:may|might|can|could|will|would|should|must)\b")


def carers_advice(m: re.Match[str], words: AttributionWords) -> bool:
    """ "Doctors may recommend surgery", "your nurse will explain": what carers do or may
    do for a patient, a modal before an advising or explaining verb, is no appeal."""
    noun = m.groupdict().get("noun") or ""
    if not re.fullmatch(words.agents, noun, re.IGNORECASE):
        return False
    between = m.string[m.end("subject") : m.start("verb")]
    if not _MODAL.search(between) or _HOW_MANY.search(m.group("subject")):
        return False  # "many doctors would recommend" appeals to their number
    verb = m.group("verb")
    return any(re.fullmatch(verbs, verb, re.IGNORECASE) for verbs in (words.advice, words.textual))
