"""The grammar of hype for the overstatement rule: word classes composed into claims.

rules/lexicon/hype.yaml holds the classes (health-fraud red flags, novelty hype, establishment
claims, absolute safety, immune boosting, detox, anti-ageing, evaluative praise, superlatives,
maximizers) and this module composes and reads them:

- praise counts only when applied to a health effect or a remedy ("incredible benefits", not
  "amazing flavours"); a superlative only with a remedy as its head;
- a word inside a name ("Reverse T3", "The Game Changers") or a noun compound that names a
  thing ("breakthrough pain", "cured meats", "the cure model") is no claim;
- a noun "cure" is a claim when praised or predicated ("turmeric is a cure for ..."), not when
  it names a goal ("the search for a cure"); a verb "cure" is no claim in a purpose ("treatment
  intended to cure") or a question about curability ("Can it be cured?");
- a plain clinical statement is no hype: a cure, reversal or freedom from side effects that
  standard care brings, or that is limited to some patients or stages ("usually cures", "most
  patients have no side effects"), unless an alternative remedy is what is said to do it;
- negation reaches further than the shared ConText cues: broad negatives ("is rarely cured")
  and not-yet forms ("none of these tests has yet been proven to").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from linter.claim import Claim
from linter.config.lexicon import alternation, default_lexicon, word_pattern

NEGATION_REACH = 8  # words, as the ConText negations of context.yaml
# Classes that fire wherever they stand (hype.yaml keys); "evaluative", "cure" and "reverse"
# are composed or read below.
STANDALONE = (
    "fraud_flags",
    "promotional_labels",
    "novelty",
    "establishment",
    "safety",
    "immune_boosting",
    "detox",
    "anti_aging",
    "superlative",
    "universal_fit",
    "maximized",
    "evaluative_adverbs",
)
CLASSES = (*STANDALONE, "evaluative", "cure", "reverse", "heading_claims")
# Classes whose claim a plain clinical statement may make ("usually cures", "most patients
# have no side effects").
CLINICAL = ("cure", "reverse", "safety")
# Hype nouns that also name a kind of thing when they stand before another noun.
_NOMINAL = re.compile(r"breakthroughs?|miracles?|cures?|superfoods?", re.I)


def words(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string."""
    return frozenset(text.split())


# Closed-class words (determiners, pronouns, prepositions, conjunctions, auxiliaries, modals):
# after a hype noun they show that it heads its phrase; before a verb form they show its use.
FUNCTION_WORDS = words(
    "a an the this that these those its their his her your our my any no some every each all "
    "both either neither such what which who whom whose it they them we us you he she i me him "
    "of for to in on at by with from into onto over under about against among between through "
    "during after before since until than as like and or but nor so yet if when while because "
    "is are was were be been being am has have had do does did can could may might will would "
    "shall should must not also even only just very too more most less there here then now "
    "ever already still often usually always never"
)
DETERMINERS = words(
    "a an the this that these those its their his her your our my any no some every each "
    "another one potential possible eventual only true real definitive permanent known "
    "effective new first"
)
# Before these a participle reads as an adjective: "less cured meat", "of reversed flow".
_BEFORE_ADJECTIVE = DETERMINERS | words(
    "of for in on into onto at as among between with without from than less more most fewer "
    "some many"
)
_PREPOSITIONS = words("to of for in on at about into toward towards with without from than")
# Before an infinitive these make it a claim ("proven to", "guaranteed to"), not a purpose.
_RAISING = words("found shown proven proved known said claimed seems appears guaranteed likely")
AUXILIARIES = words("is are was were be been being get gets got has have had 's")
SUBJECT_PRONOUNS = words("i we you they he she it")
# What may follow a verb form "cured"/"reversed" (an object or an agent), unlike an adjective.
_AFTER_VERB = words(
    "my your his her their our its the a an this that these those it them him me us by with "
    "within in after through using permanently completely forever naturally"
)
# Where a clause ends: a negation or a qualifier does not reach across these.
_CLAUSE = re.compile(
    r"[;:]|\b(?:but|however|although|though|whereas|while|which|who)\b|(?:,|\band)\s+yet\b", re.I
)
_STRICT_CLAUSE = re.compile(rf"{_CLAUSE.pattern}|\s[—–-]\s|—|\bbecause\b", re.I)
_WORD = re.compile(r"[\w'’-]+")
_SPACES = re.compile(r"[ \t]+")
_NEXT_WORD = re.compile(r"\s+([\w'’-]+)")
_HOW = re.compile(r"\s*(?:how|why|what|when|where|which|who|ways|tips)\b", re.I)
_QUESTION_START = re.compile(
    r"\s*(?:can|could|is|are|was|were|will|would|does|do|did|has|have|should)\b", re.I
)
_PURPOSE = re.compile(
    r"\b(?:intended|aimed|designed|meant|goal|aim|purpose|attempts?|attempting|trying|tries|try|"
    r"hopes?|hoped|hoping|seeks?|seeking|order|efforts?|working|focus(?:ed)?)\s+(?:is\s+)?"
    r"(?:to|at|on|of)\s+(?:\w+\s+)?$",
    re.I,
)
# The adjectives of the tough-construction (Huddleston & Pullum 2002, The Cambridge Grammar of
# the English Language, ch. 14 §6: hard, difficult, easy, impossible, tough ...) before "to
# cure": a statement of how curable a condition is ("difficult to cure", "easy to reverse").
_TOUGH = re.compile(
    r"\b(?:difficult|hard|harder|hardest|impossible|tough|tougher|tricky|challenging|easy|"
    r"easier|simple|simpler|straightforward)\s+to\s+$",
    re.I,
)
_PREDICATE_BEFORE = re.compile(
    r"(?P<copula>\b(?:is|are|was|were|be|been|being|'s|as|becomes?|became|offers?|provides?|"
    r"remains?|found|discovered|developed|created|invented|unveiled)|[,:]|[—–])\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)
_PREDICATE_AFTER = re.compile(
    r"\s+for\s+[^,.;:?!]{1,60}?\s(?:is|are|was|were|has been|have been|exists?)\b", re.I
)
# "this simple cure", "our cure": a cure that the writer points at exists.
_POINTED = words("this these that those our my his her their")
# "a cure ... isn't available", "a cure remains elusive": denied after the noun.
_DENIED_AFTER = re.compile(
    r"(?:\s+for\s+[^,.;:?!]{1,50}?)?\s+(?:\w+\s+)?(?:isn[’']t|is not|are not|aren[’']t|"
    r"does not|doesn[’']t|do not|don[’']t|remains? elusive|has not been|have not been)\b",
    re.I,
)
_SPECULATIVE = re.compile(
    r"\b(?:may|might|could|would|possibly|potentially|promising|one day|someday)\b", re.I
)
# A sentence that opens by rejecting the one before: "This has not been shown", "These claims
# are false", "That is a myth".
_REJECTION = re.compile(
    r"\s*(?:this|that|these|those|such|the)\s+(?:\w+\s+){0,2}?(?:(?:has|have|is|are|was|were)"
    r"\s+(?:not|never)|(?:has|have)n[’']t|(?:is|are)n[’']t|(?:is|are)\s+(?:a\s+)?(?:myths?|false|"
    r"untrue|unproven))\b",
    re.I,
)
_HOPE = re.compile(r"\b(?:may|might|could|someday|one day|hope|hopes|hoped|hopefully)\b", re.I)
_EXISTENTIAL = re.compile(r"\bthere(?:'s|’s)?\s+(?:\w+\s+){0,3}$", re.I)


@dataclass(frozen=True)
class Candidate:
    """A stretch of hype wording in a passage: where it is and which class found it."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class HypeLexicon:
    """The compiled classes of rules/lexicon/hype.yaml."""

    standalone: dict[str, re.Pattern[str]]
    evaluative: re.Pattern[str]  # praise before a health head, a health purpose or a figure
    praise: re.Pattern[str]  # the praise words alone: a cheap test before `evaluative`
    cure: re.Pattern[str]
    reverse: re.Pattern[str]
    cure_modifiers: frozenset[str]
    cure_goals: re.Pattern[str]
    cured_foods: re.Pattern[str]
    qualifiers: re.Pattern[str]
    standard_care: re.Pattern[str]
    alternative: re.Pattern[str]
    findings: re.Pattern[str]
    organs: re.Pattern[str]
    negations: re.Pattern[str]
    not_negations: re.Pattern[str]
    heads: re.Pattern[str]  # a health head: what praise must be about
    clinical_events: re.Pattern[str]  # a sign or event: "breakthrough pain" names one
    disease_claim_verbs: re.Pattern[str]
    diseases: re.Pattern[str]


@cache
def hype_lexicon() -> HypeLexicon:
    """The bundled hype lexicon, compiled once per process."""
    lex = default_lexicon()

    def pattern(key: str) -> re.Pattern[str]:
        return word_pattern(lex.get(f"hype.{key}"))

    praise = alternation(lex.get("hype.evaluative"))
    heads = alternation(lex.get("hype.health_heads"))
    praised = alternation([*lex.get("hype.health_heads"), *lex.get("hype.innovation_heads")])
    # Up to two words between praise and its head, none of them a function word ("incredible
    # health benefits", not "amazing source of nutrients").
    gap = rf"(?:(?!(?:{'|'.join(sorted(FUNCTION_WORDS))})\b)[\w-]+\s+){{0,2}}?"
    # Praise before a health head, a health purpose or a figure ("an astonishing 40%"), or
    # predicated of a health head ("the results were astonishing").
    evaluative = re.compile(
        rf"(?<![\w-]){praise}\s+(?:{gap}{praised}(?![\w-])"
        rf"|for\s+(?:your|the|our|their)\s+(?:health|body|bodies|skin|heart|brain|gut)\b"
        rf"|\d+(?:[.,]\d+)?\s*(?:%|(?:percent|per cent|times|-?fold)\b))"
        rf"|(?<![\w-]){heads}\s+(?:is|are|was|were|has been|have been|seems?|seemed|looks?|"
        rf"looked)\s+(?:(?:truly|really|simply|just|quite|absolutely|nothing short of)\s+)?"
        rf"{praise}(?![\w-])",
        re.I,
    )
    return HypeLexicon(
        standalone={key: pattern(key) for key in STANDALONE},
        evaluative=evaluative,
        praise=pattern("evaluative"),
        cure=pattern("cure"),
        reverse=pattern("reverse"),
        cure_modifiers=frozenset(w.lower() for w in lex.get("hype.cure_modifiers")),
        cure_goals=pattern("cure_goals"),
        cured_foods=pattern("cured_foods"),
        qualifiers=pattern("qualifiers"),
        standard_care=pattern("standard_care"),
        alternative=pattern("alternative"),
        findings=pattern("findings"),
        organs=pattern("organs"),
        negations=pattern("negations"),
        not_negations=pattern("not_negations"),
        heads=re.compile(rf"(?:[\w-]+\s+){{0,2}}?{heads}(?![\w-])", re.I),
        clinical_events=word_pattern(lex.get("hype.clinical_events")),
        disease_claim_verbs=pattern("disease_claim_verbs"),
        diseases=word_pattern(lex.get("hype.diseases"), flags=0),
    )


def heading_claims(text: str, claims: tuple[Claim, ...]) -> list[Candidate]:
    """A heading that states as a fact that something prevents, treats or cures a disease
    ("Healthy Diet can Prevent Alzheimer's", "Eliminates Tumours"): a disease claim."""
    lex = hype_lexicon()
    found = []
    for claim in claims:
        reading = claim.strength
        if not reading.asserts_cause or reading.cue is None:
            continue
        start, end = reading.cue
        sentence = text[claim.start : claim.end].strip()
        if sentence.endswith("?") or _QUESTION_START.match(sentence) or _HOW.match(sentence):
            continue
        if not lex.disease_claim_verbs.fullmatch(text[start:end]):
            continue
        before = _words(text[claim.start : start])
        if (not before and not text[start:end].lower().endswith("s")) or before[-1:] == ["to"]:
            continue  # an instruction ("Prevent falls at home") or a purpose ("to prevent")
        if any(w in ("help", "helps", "may", "might", "could") for w in before[-2:]):
            continue
        if lex.diseases.search(text, end, min(claim.end, end + 40)):
            found.append(Candidate(start, end, "heading_claims"))
    return found


def candidates(
    text: str, classes: tuple[str, ...], claims: tuple[Claim, ...] = ()
) -> list[Candidate]:
    """Hype wording of the given classes in a passage, leftmost-longest where they overlap;
    `claims` (a heading's) for the heading class."""
    lex = hype_lexicon()
    found: list[Candidate] = []
    if "heading_claims" in classes:
        found += heading_claims(text, claims)
    for kind in classes:
        if kind == "heading_claims" or (kind == "evaluative" and not lex.praise.search(text)):
            continue
        pattern = (
            lex.standalone.get(kind)
            or {"evaluative": lex.evaluative, "cure": lex.cure, "reverse": lex.reverse}[kind]
        )
        found += [Candidate(m.start(), m.end(), kind) for m in pattern.finditer(text)]
    kept: list[Candidate] = []
    for c in sorted(found, key=lambda c: (c.start, c.start - c.end)):
        # Kept candidates do not overlap and come in order: only the last can reach this one.
        if not (kept and kept[-1].start < c.end and c.start < kept[-1].end):
            kept.append(c)
    return kept


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _clause(claim: Claim, start: int, end: int, strict: bool = False) -> tuple[int, int]:
    """The passage characters of the clause around [start, end) within its sentence; `strict`
    also ends it at a dash or "because" (where a negation stops, but not a qualifier)."""
    base = claim.start
    breaks = _clause_breaks(claim.text, strict)
    # The last break that ends at or before `start`, and the first that starts at or after
    # `end`, as a scan of the breaks in order would find them.
    ends = [e for _, e in breaks]
    at = bisect.bisect_right(ends, start - base)
    left = breaks[at - 1][1] if at else 0
    right = len(claim.text)
    for s, _ in breaks[at:]:
        if s >= end - base:
            right = s
            break
    return base + left, base + right


@lru_cache(maxsize=256)
def _clause_breaks(sentence: str, strict: bool) -> list[tuple[int, int]]:
    """Where the sentence's clauses break, found once per sentence (a sentence with many
    candidates asked for each of them)."""
    return [m.span() for m in (_STRICT_CLAUSE if strict else _CLAUSE).finditer(sentence)]


@lru_cache(maxsize=256)
def _sentence_flags(sentence: str) -> tuple[bool, bool]:
    """Whether the sentence names an alternative remedy, and whether it reports a finding."""
    lex = hype_lexicon()
    return bool(lex.alternative.search(sentence)), bool(lex.findings.search(sentence))


def negated(text: str, claim: Claim, start: int, end: int) -> bool:
    """A negative word earlier in the clause reaches the term ("is rarely cured", "none of these
    tests has yet been proven"); one inside the term is its own ("no side effects")."""
    lex = hype_lexicon()
    left, _ = _clause(claim, start, end, strict=True)
    before = text[left:start]
    masked = [m.span() for m in lex.not_negations.finditer(before)]
    for m in lex.negations.finditer(before):
        if any(s <= m.start() < e for s, e in masked):
            continue
        between = before[m.end() :]
        if "," not in between and len(_words(between)) <= NEGATION_REACH:
            return True
    return False


def is_name(text: str, start: int, end: int, title_case: bool) -> bool:
    """The term is part of a name: "Reverse T3", "The Game Changers", "Miracle Whip"."""
    after = re.match(r"[ \t-]+([\w'’]+)", text[end:])
    if after and re.fullmatch(r"(?=.*\d)[A-Za-z0-9]+|[A-Z0-9]{2,}", after.group(1)):
        return True  # a code or an acronym follows: "Reverse T3", "Breakthrough T1D"
    if title_case or not text[start:end][:1].isupper():
        return False  # in a title every word is capitalised: that shows no name

    def capitalised(word: str) -> bool:
        return word[:1].isupper() and word.lower() not in FUNCTION_WORDS

    following = capitalised(after.group(1)) if after else False
    if re.search(r"(?:^|[.!?:]\s+|[\"“(*]\s*)$", text[:start]):
        return False  # a sentence's first word is capitalised anyway
    before = re.search(r"([\w'’]+)[ \t]+$", text[:start])
    return following or (before is not None and before.group(1)[:1].isupper())


@lru_cache(maxsize=256)  # asked once for each candidate of the sentence
def title_case(sentence: str) -> bool:
    """Whether most content words of the sentence are capitalised (a title or a heading)."""
    words = [w for w in _WORD.findall(sentence) if w.lower() not in FUNCTION_WORDS]
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 0.75 * len(words)


def names_a_thing(text: str, start: int, end: int) -> bool:
    """A hype noun before another noun names a kind of it ("breakthrough pain", "the cure
    model"), where that noun is a sign or event ("a miracle cure" is a promise)."""
    word = text[start:end]
    if not _NOMINAL.fullmatch(word):
        return False
    after = _NEXT_WORD.match(text, end)
    if after is None or after.group(1).lower() in FUNCTION_WORDS:
        return False
    if word.lower().startswith("cure"):
        # "the cure model", "a cure rate": a noun cure before a noun is always a term; "turmeric
        # cures arthritis" is a verb and its object.
        prev = _previous(text, start)
        return bool(prev) and prev[0] in DETERMINERS
    return hype_lexicon().clinical_events.match(text, after.start(1)) is not None


def _previous(text: str, start: int, count: int = 1) -> list[str]:
    """The last `count` words before `start` (nearest last), lower-cased."""
    return _words(text[max(0, start - 80) : start])[-count:]


def _next(text: str, end: int) -> str:
    m = re.match(r"\s*([\w'’-]+|[^\w\s])", text[end:])
    return m.group(1).lower() if m else ""


def _after_punctuation(text: str, start: int) -> bool:
    return re.search(r"[,;(]\s*$", text[max(0, start - 3) : start]) is not None


def cure_reading(text: str, claim: Claim, start: int, end: int) -> str | None:
    """Why a cure or reversal word is no claim ("goal", "term", "question", "difficulty"), or
    None."""
    word = text[start:end].lower()
    prev = _previous(text, start, 2)
    prev1 = prev[-1] if prev else ""
    nxt = _next(text, end)
    sentence = text[claim.start : claim.end]
    before = text[max(claim.start, start - 60) : start]
    if _TOUGH.search(before):
        return "difficulty"  # "can be difficult to cure": how hard, not a promise
    if word in ("cure", "cures"):
        noun = prev1 in DETERMINERS or nxt in ("for", "") or not nxt[:1].isalnum()
        noun = noun or prev1 in hype_lexicon().cure_modifiers
        if noun:
            praised = any(w in hype_lexicon().cure_modifiers or w in _POINTED for w in prev)
            copula = _PREDICATE_BEFORE.search(before)
            if copula and _EXISTENTIAL.search(before[: copula.start()]):
                # "there is a cure for hepatitis C" claims one; "there may be a cure someday"
                # hopes for one.
                left, right = _clause(claim, start, end)
                if _HOPE.search(text, left, right):
                    return "goal"
            if praised:
                return None
            # "the search for a cure", "potential cures for epilepsy are being studied": a goal;
            # "could lead to a cure": a (hedged) promise.
            goal = hype_lexicon().cure_goals.search(text, max(claim.start, start - 40), start)
            if goal is not None and len(_words(text[goal.end() : start])) <= 3:
                return "goal"
            if copula is not None or _PREDICATE_AFTER.match(text, end) is not None:
                return None  # "turmeric is a cure for ...", "the only cure for X is surgery"
            if _DENIED_AFTER.match(text, end):
                return "negated"  # "a cure for Crohn's disease isn't available yet"
            return None
    if word in ("curing", "reversing") and prev1 in _PREPOSITIONS:
        return "goal"  # "connected to curing the condition": the activity named, not claimed
    gap = _SPACES.match(text, end)
    if word == "cured" and gap and hype_lexicon().cured_foods.match(text, gap.end()):
        return "term"  # "hard cured salami", "avoid cured pork": preserved food
    if word in ("cured", "reversed") and nxt not in _AFTER_VERB:
        listed = prev1 in ("and", "or") and len(prev) > 1 and prev[0].endswith("ed")
        if not prev1 or prev1 in _BEFORE_ADJECTIVE or listed or _after_punctuation(text, start):
            # An adjective: "cured meats", "eat less cured meat", "smoked, cured, or pickled".
            return "term"
    adjective_slot = not prev1 or prev1 in DETERMINERS or prev1 in ("on", "of", "in")
    if word == "reverse" and adjective_slot and nxt not in _AFTER_VERB:
        return "term"  # "reverse isolation", "a reverse shoulder replacement"
    if _PURPOSE.search(before):
        return "goal"  # "treatment intended to cure", "no longer aimed at curing"
    if sentence.rstrip().endswith("?") and _QUESTION_START.match(sentence) and prev1 in AUXILIARIES:
        return "question"  # "Can TMJ disorder be cured?"
    return None


def clinical(text: str, claim: Claim, start: int, end: int) -> bool:
    """A plain clinical statement: the claim holds for some patients or stages only ("usually
    cures", "most patients have no side effects"), or standard care is what cures ("antibiotics
    cure strep throat", "the only cure for appendicitis is surgery"); never when an alternative
    remedy is what is said to do it, the sentence reports a study's result, or a speculative
    hedge makes it a hope ("could cure many patients")."""
    lex = hype_lexicon()
    sentence = text[claim.start : claim.end]
    alternative, finding = _sentence_flags(sentence)
    if alternative:
        return False
    if any(_SPECULATIVE.search(m.text) for m in claim.modifiers_over(start, end, "hedge")):
        return False
    if finding:
        return False  # "the drug cured most patients in the trial": a result, not practice
    left, right = _clause(claim, start, end)
    if lex.qualifiers.search(text, left, right):
        return True
    if lex.standard_care.search(text, left, start):
        return True  # "antibiotics cure strep throat", "a medication that can cure"
    named = text[start:end].lower() in ("cure", "cures") and (
        _PREDICATE_AFTER.match(text, end) is not None
        or _PREDICATE_BEFORE.search(text[max(left, start - 60) : start]) is not None
    )
    return named and lex.standard_care.search(text, left, right) is not None


def organ_does_it(text: str, claim: Claim, start: int, end: int) -> bool:
    """Detox wording whose subject is an organ ("the liver flushes out toxins"): physiology."""
    lex = hype_lexicon()
    left, _ = _clause(claim, start, end)
    subject = text[left:start]
    return bool(lex.organs.search(subject)) and not lex.alternative.search(subject)


def rejected_next(text: str, following: tuple[Claim, ...]) -> bool:
    """The next sentence (`following`: it, or nothing) rejects this one: "... they think it
    will cure their cancer. This has not been shown to help." """
    return any(_REJECTION.match(text, c.start, c.end) is not None for c in following)


def why_not(text: str, claim: Claim, candidate: Candidate, heading: bool) -> str | None:
    """Why a candidate is no hype claim of the writer's, or None when it is one."""
    start, end, kind = candidate.start, candidate.end, candidate.kind
    if is_name(text, start, end, heading or title_case(claim.text)):
        return "name"
    if names_a_thing(text, start, end):
        return "term"
    if negated(text, claim, start, end):
        return "negated"
    if kind in ("cure", "reverse"):
        reading = cure_reading(text, claim, start, end)
        if reading:
            return reading
    if kind == "fraud_flags" and text[start:end].lower() == "guarantee":
        prev = _previous(text, start, 2)
        if prev[-1:] == ["to"] and not _RAISING & set(prev):
            return "instruction"  # "changes you may need to make to guarantee": to ensure
        if prev and (prev[-1] in DETERMINERS or prev[-1] not in FUNCTION_WORDS):
            return "non-health"  # "a product guarantee", "our money-back guarantee"
    if kind in CLINICAL and clinical(text, claim, start, end):
        return "clinical"
    if kind == "detox" and organ_does_it(text, claim, start, end):
        return "physiology"
    if kind == "superlative" and not hype_lexicon().alternative.search(claim.text):
        return "not-a-remedy"  # "prevention is the best medicine"
    if (
        kind == "superlative"
        and re.match(r"[#n]", text[start:end], re.I)
        and (re.search(r"(?:^|[.!?:]\s+)$", text[claim.start : start]))
    ):
        return "numbering"  # "#1 Fat burners help ...": an item's number
    return None


def hype_in(text: str, claim: Claim, classes: tuple[str, ...]) -> Iterator[Candidate]:
    """The candidates of one sentence (a convenience for tests and tools)."""
    for c in candidates(text[claim.start : claim.end], classes):
        yield Candidate(c.start + claim.start, c.end + claim.start, c.kind)
