"""Concord and finiteness in the vague grammar: whether the verb a subject pattern found after
an evidence noun or an unnamed agent is that subject's own finite verb, or a noun of a compound
("a research project") or the head of a participle clause ("researchers confirming each
diagnosis used ...")."""

from __future__ import annotations

import re
from functools import cache

from linter.config.lexicon import default_lexicon, word_pattern
from linter.nlp.components.vague_guards import _health_matters
from linter.nlp.components.vague_patterns import AGENT_POSTMODIFIER_WORDS

# An auxiliary between a subject and its verb: with one, the verb's own form says nothing of
# concord or finiteness ("research may suggest", "studies are confirming").
_AUXILIARY = re.compile(
    r"(?i)\b(?:is|are|was|were|be|been|being|has|have|had|do|does|did|may|might|can|could|"
    r"will|would|should|must|seems? to|seemed to|appears? to|appeared to|tends? to|tended to|"
    r"continues? to|continued to)\b"
)
# The modals of prediction: after people they state a view held ("many doctors will tell
# you"), after evidence a result to come ("further research will show").
_PREDICTIVE = re.compile(r"(?i)\b(?:will|would)\b")
_HOW_MANY = re.compile(r"(?i)\b(?:many|most|some|several|numerous|countless|all|plenty|lots)\b")
# "Told me", "tell us": "tell" with a personal object reports what one person was told (of
# people; "the data tell us" is evidence speaking, an evidence verb).
_TOLD_SOMEONE = re.compile(r"(?i)(?:tell|tells|told) (?:me|us|him|her|them)\b")
# "back" before a place, a time or a particle of retreat is the adverb of return ("back home",
# "back then", "back in 2010") or a phrasal verb of retreat ("back down", "back off"), not the
# evidence verb "back" (to support), which takes an object or "up" (Quirk et al. 1985, §16.3,
# phrasal verbs; §7.46, "back" as an adverb of direction).
_ADVERB_BACK = re.compile(
    r"(?i)back (?:home|here|there|then|again|down|off|away|in|out|to|from|into|at|when)\b"
)
# The past forms of the reporting verbs that take no -ed (Quirk et al. 1985, App. II.3-II.12,
# irregular verbs): with them a singular subject needs no -s.
_IRREGULAR_PAST = re.compile(
    r"(?i)(?:found|showed|shown|proved|proven|thought|knew|known|said|told|held|wrote|written|"
    r"understood|tied|backed)"
)
# The past forms of the verbs of linking (Levin 1993, §22.1-22.2: link, tie, associate): active,
# they take their object before "to" or "with" ("researchers linked smoking to cancer", the
# "V n to n" pattern of Francis, Hunston & Manning 1996); right before the preposition they
# are the participle of a reduced relative ("looked at the deaths linked to smoke").
_LINKED_PARTICIPLE = re.compile(r"(?i)(?:linked|tied|associated) (?:to|with)\b")
# A singular evidence noun: no plural -s, or one of the singulars in -s (analysis, consensus);
# "data" takes either concord (Quirk et al. 1985, §5.92, foreign plurals).
_SINGULAR_NOUN = re.compile(r"(?i)(?!.*\bdata$).*(?:[^s]|sis|sus)")
# A determiner or a quantifier right before the "verb" makes it a noun ("providers in many
# states", "doctors in the states"; vagueK): a determiner heads a noun phrase, never a verb
# (Quirk et al. 1985, §5.10-5.13). Not the floating quantifiers all, both and each, which may
# stand before the verb ("studies all show"; §6.49), nor the demonstratives, pronouns as well
# ("studies like these show"), nor a numeral, which may be a year ("researchers in 2019
# reported").
_DETERMINER_BEFORE = re.compile(r"(?i)(?<![\w-])(?:the|a|an|many|most|several|some|other) $")
# The bare "providers" (MeSH Health Personnel's entry term, vagueK) after a noun premodifier
# names the kind of provider (Quirk et al. 1985, §17.108: "insurance providers", "broadband
# providers", "care home providers" say nothing about health evidence; review32k): only a
# closed-class word (§2.36: a determiner, pronoun, conjunction, preposition, auxiliary) or a
# health word may stand right before it.
_KIND_BEFORE = re.compile(
    r"(?i)(?<![\w'\u2019-])(?!(?:the|a|an|and|or|but|nor|that|which|who|when|where|why|how|if|"
    r"as|because|since|while|so|than|do|does|did|have|has|had|many|most|some|several|other|all|"
    r"both|few|more|these|those|this|our|your|their|his|her|its|my|of|for|to|in|on|at|with|by|"
    r"from|about|among|health|medical|clinical|dental)\b)[a-z][\w'\u2019-]* $"
)

# After "seen that" (evidence_verbs), a clause opens with a determiner, a pronoun, a
# subordinator or a plural (after up to two premodifiers: "that warm compresses ease"), while
# a demonstrative "that" determines a singular noun ("doctors have seen that kind of rash",
# "that pattern before"; Quirk et al. 1985, §6.40; review32k).
_CLAUSE_AFTER = re.compile(
    r"(?i) (?:(?:the|a|an|their|these|those|many|most|some|more|fewer|people|children|men|women|"
    r"we|they|you|it|when|if|once|after)\b|(?:[a-z-]+ ){0,2}[a-z]+s\b)"
)


def finite_verb(m: re.Match[str], agents: str) -> bool:
    """Whether the verb after a subject reports for it. With no auxiliary between them, an
    -ing form opens a participle clause that postmodifies the noun ("researchers confirming
    diagnoses use ..."; Quirk et al. 1985, §17.19-17.31), and a base form after a singular
    evidence noun breaks concord (§10.34), so it is a noun of a compound ("a research
    project", "the research report")."""
    between = m.string[m.end("subject") : m.start("verb")]
    if _DETERMINER_BEFORE.search(between):
        return False
    if m.group("verb").lower() == "seen that" and not _CLAUSE_AFTER.match(m.string, m.end()):
        return False
    start = m.start("subject")
    if m.group("subject").lower() == "providers" and _KIND_BEFORE.search(
        m.string, max(0, start - 40), start
    ):
        return False
    noun = m.groupdict().get("noun") or ""
    agent = re.fullmatch(agents, noun, re.IGNORECASE) is not None
    if _PREDICTIVE.search(between):
        # "Most doctors will advise against it" appeals to their number; "further research
        # will show" is research to come, and "the nurses will tell you about" a patient's care.
        return agent and _HOW_MANY.search(m.group("subject")) is not None
    if agent and _TOLD_SOMEONE.match(m.group("verb") + m.string[m.end() : m.end() + 8]):
        return False  # "one doctor told me to rest": what someone was told, an anecdote
    if _ADVERB_BACK.match(m.string, m.start("verb")):
        return False  # "your eye health professionals back home": the adverb, no verb
    if _LINKED_PARTICIPLE.match(m.string, m.start("verb")):
        return False  # "researchers looked at the deaths linked to": no verb of theirs
    if _AUXILIARY.search(between):
        return True
    verb = m.group("verb").split()[0].lower()
    if verb.endswith("ing"):
        # Evidence "linking", "showing" or "suggesting" still vouches for the claim, and so
        # do people "cautioning that" it holds; people "confirming diagnoses" do a task.
        return not agent or m.string.startswith(" that", m.end())
    subject = m.group("subject")
    if agent or re.search(r"(?i) (?:and|or|&|of) ", subject):
        # "a team of scientists report", "decades of research show": notional concord of
        # collectives and quantities (Quirk et al. 1985, §10.35-10.36)
        return True
    singular = _SINGULAR_NOUN.fullmatch(noun) is not None
    base = not (verb.endswith(("s", "ed")) or _IRREGULAR_PAST.fullmatch(verb))
    return not (singular and base)


# "It discussed other studies estimating X and found": after a participle clause, a verb
# right after "and" coordinates with the predicate of another subject (the studies are the
# object of "discussed"). The participle may stand anywhere in the words between ("a team of
# international researchers examined 25 trials and determined": the team's noun is "team",
# and "examined" the predicate the second verb joins), but not after a form of "be", where it
# is the subject's own predicate ("research in this field is promising and supports").
_ENDS_COORDINATED = re.compile(r"(?i)\b(?:and|or)\s+$")
_PARTICIPLE = re.compile(r"(?i)[a-z]+(?:ing|ed)")
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])


def coordinated(between: str) -> bool:
    """Whether the verb after `between` joins, after "and" or "or", the predicate of a
    participle clause or a verb inside it ("researchers examined 25 trials and determined")."""
    if not _ENDS_COORDINATED.search(between):
        return False
    words = between.split()
    return any(
        _PARTICIPLE.fullmatch(word) and (i == 0 or words[i - 1].lower() not in _BE)
        for i, word in enumerate(words[:-1])
    )


def long_description(m: re.Match[str], agents: str) -> bool:
    """Whether an unnamed person's postmodifier runs past the reach kept for people: more
    than eight words after its preposition or participle, or a list or bracket, which only
    evidence takes ("professionals seeking clarity, and those building a stack" is a list of
    readers, and "support" there a noun)."""
    noun = m.groupdict().get("noun") or ""
    post = m.groupdict().get("post") or ""
    if re.fullmatch(agents, noun, re.IGNORECASE) is None:
        return False
    return len(post.split()) > 1 + AGENT_POSTMODIFIER_WORDS or any(c in post for c in ",(")


def quoted_relative(m: re.Match[str]) -> bool:
    """Whether the appeal's verb stands in a non-restrictive relative clause inside an open
    quotation (Dr X added, "this fits previous research, which has shown ..."): a speaker's
    aside on what is known, as a named expert's quoted opinion is (GUIDELINE.md on quoted
    speech); outside quotation marks the relative form appeals as the plain one does."""
    post = m.groupdict().get("post") or ""
    if not re.match(r", (?:which|who)\b", post):
        return False
    return open_quotation(m.string[: m.start()])


# The hearsay modal before a saying, its subject the bare quantifier pronoun ("some would
# even say", "others would argue"; attribution.yaml `unnamed_agents`).
_HEARSAY = re.compile(r"(?i)^(?:some|others|a (?:small |tiny )?minority)$")
_WOULD = re.compile(r"(?i)\bwould\b")
# What the writer says against it after ("Some would say it is the aroma. But really, it is
# the gingerol."): an antithetic conjunct opening the next sentence or a but-clause in its
# own (Quirk et al. 1985, §8.137 and §13.38), the view reported only to be corrected.
_CORRECTED = re.compile(
    r"(?i)[^.!?]*?(?:,\s*but\b|[.!?]\s+(?:but|however|yet|actually|in fact|really)\b)"
)


def open_quotation(before: str) -> bool:
    """Whether a quotation opened in `before` is still open (a straight quote after a digit is
    an inch mark, "5'10\"", which opens none)."""
    straight = len(re.findall(r'(?<!\d)"', before))
    return before.rfind("“") > before.rfind("”") or straight % 2 == 1


@cache
def _appeal_topic() -> re.Pattern[str]:
    """What an appeal in health writing is about when it names no ailment (hype.yaml
    `appeal_topic`: health behaviours, food, teeth, the mind; MeSH branches named there)."""
    return word_pattern(default_lexicon().get("hype.appeal_topic"))


def hearsay_unfit(m: re.Match[str]) -> bool:
    """Whether "some would say" is no appeal: inside a quotation it is the speaker's own
    hedge (a named person's quoted opinion, GUIDELINE.md), and in a sentence that names no
    health matter it is a turn of phrase ("some would say the weather was perfect")."""
    noun = m.groupdict().get("noun") or ""
    verb_at = m.start("verb") if "verb" in m.re.groupindex and m.start("verb") >= 0 else -1
    between = m.string[m.end("noun") : verb_at] if noun and verb_at >= 0 else ""
    if not _HEARSAY.match(noun) or not _WOULD.search(between):
        return False
    text = m.string
    start = max(text.rfind(stop, 0, m.start()) for stop in ".!?\n") + 1
    end = min((i for i in (text.find(s, m.end()) for s in ".!?\n") if i >= 0), default=len(text))
    if open_quotation(text[start : m.start()]) or open_quotation(text[: m.start()]):
        return True
    if _CORRECTED.match(text, m.end()):
        return True
    topics = (_health_matters(), _appeal_topic())
    return not any(topic.search(text, start, end) for topic in topics)


def quoted_aside(m: re.Match[str]) -> bool:
    """A relative appeal inside a quotation, or hearsay unfit for an appeal (above)."""
    return quoted_relative(m) or hearsay_unfit(m)
