"""The grammar of hype for the overstatement rule: word classes composed into claims.

rules/lexicon/hype.yaml holds the word classes, each with its source; this module composes them:

- praise counts only when applied to a health effect or a remedy ("incredible benefits", not
  "amazing flavours"); a superlative only with a remedy as its head;
- a word inside a name ("Reverse T3", "The Game Changers") or a noun compound that names a
  thing ("breakthrough pain", "cured meats", "the cure model") is no claim, nor is a hype noun
  as the aim of a goal word ("to speed cures", "How we get to a cure": hype_goals.py);
- a noun "cure" is a claim when praised or predicated, not when it names a goal ("the search for
  a cure"); a verb "cure" is none in a purpose or a question about curability ("Can it be cured?");
- a plain clinical statement is no hype: a cure, reversal or freedom from side effects that
  standard care brings, or that is limited to some patients or stages ("usually cures", "most
  patients have no side effects"), unless an alternative remedy is what is said to do it;
- negation reaches further than the shared ConText cues: broad negatives ("is rarely cured")
  and not-yet forms ("none of these tests has yet been proven to");
- the composed classes of issue 14 are no claim of the writer's in a question, in what others
  say or promise, or where standard care is praised; an absolute verb ("wipes out") only with
  an alternative remedy as its subject (hype_composed.py);
- a heading promises an organ or a bodily target ("Protects the Heart") as well as a disease,
  unless standard care or a vaccine is what prevents or treats it ("Vaccines Prevent Measles");
- a definition by aim, a goal of helping, looks and hospitality are no claim (precZ).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from linter.checks.hype_composed import COMPOSED, composed_reading, restoring_way
from linter.checks.hype_degree import subject_reading
from linter.checks.hype_gates import asked, care_clinical, natural_inference, praises_health
from linter.checks.hype_goals import aimed_at
from linter.checks.hype_non_health import aim_or_no_health
from linter.checks.hype_objects import UNCLAIMED_KINDS, no_health_or_idiom, promises_money
from linter.checks.hype_practice import practice_reading
from linter.checks.hype_reading import (
    _previous,
    _words,
    cure_reading,
    is_name,
    names_a_thing,
    negated,
    organ_does_it,
    title_case,
)
from linter.checks.hype_standard import compared_to
from linter.checks.hype_topic import off_topic
from linter.checks.hype_words import (
    _HOW,
    _QUESTION_START,
    _RAISING,
    CLINICAL,
    DETERMINERS,
    FUNCTION_WORDS,
    Candidate,
    hype_lexicon,
)
from linter.claim import Claim, Strength
from linter.config.multi_match import MultiMatcher

_AGAINST = re.compile(r"against\s+", re.IGNORECASE)


def heading_claims(text: str, claims: tuple[Claim, ...]) -> list[Candidate]:
    """A heading that states as a fact that something prevents, treats or cures a disease
    ("Healthy Diet can Prevent Alzheimer's", "Eliminates Tumours"): a disease claim."""
    lex = hype_lexicon()
    found = []
    for claim in claims:
        reading = claim.strength
        cue = reading.cue if reading.asserts_cause else None
        cue = cue or _elided_subject(text, claim)
        if cue is None:
            continue
        start, end = cue
        sentence = text[claim.start : claim.end].strip(" \n\"“”‘’'«»")  # '"Can X cure Y?"'
        if sentence.endswith("?") or _QUESTION_START.match(sentence) or _HOW.match(sentence):
            continue
        if not lex.disease_claim_verbs.fullmatch(text[start:end]):
            continue
        before = _words(text[claim.start : start])
        if (not before and not text[start:end].lower().endswith("s")) or before[-1:] == ["to"]:
            continue  # an instruction ("Prevent falls at home") or a purpose ("to prevent")
        if any(w in ("help", "helps", "may", "might", "could") for w in before[-2:]):
            continue
        subject = text[claim.start : start]
        care = lex.standard_care.search(subject) or lex.immunization.search(subject)
        if care and not lex.alternative.search(sentence):
            continue  # "Vaccines Prevent Measles", "Antibiotics Treat Strep": clinical
        verb = text[start:end].lower()
        stop = min(claim.end, end + 40)
        disease = not verb.startswith("protect") and lex.diseases.search(text, end, stop)
        # "Protects the Heart", "Eliminates Inflammation": an organ or a bodily target as the
        # object right after the verb (a disease may come later: "Prevents ... Cancer").
        at = end + len(text[end:stop]) - len(text[end:stop].lstrip())
        if verb.startswith("protect"):
            # "Protects against Liver Damage": the listed "protect(s)? against" with its object.
            against = _AGAINST.match(text, at, stop)
            at = against.end() if against else at
        target = lex.body_targets.match(text, at)
        if disease or target:
            found.append(Candidate(start, end, "heading_claims"))
    return found


# A heading's first word, capitalised: where a list of benefits leaves the remedy out.
_FIRST_WORD = re.compile(r"\s*[A-Z][a-z]+s(?: against)?\b")


def _elided_subject(text: str, claim: Claim) -> tuple[int, int] | None:
    """The -s verb that opens a heading whose subject is left out ("Stops Cancer From
    Spreading", "Eliminates Tumours" under the remedy's name): headline grammar drops the
    subject an item shares with its list (Biber et al. 1999, Longman Grammar of Spoken and
    Written English, §3.13 on block language), which the claim reader, reading for a subject,
    does not see; the -s form keeps the instruction ("Prevent Falls") out."""
    first = _FIRST_WORD.match(text, claim.start, claim.end)
    if first is None:
        return None
    start = first.start() + len(first.group()) - len(first.group().lstrip())
    if not hype_lexicon().disease_claim_verbs.fullmatch(text[start : first.end()]):
        return None
    return start, first.end()


def candidates(
    text: str, classes: tuple[str, ...], claims: tuple[Claim, ...] = ()
) -> list[Candidate]:
    """Hype wording of the given classes in a passage, in order, longest first at each start
    (overlaps included); `claims` (a heading's) for the heading class."""
    lex = hype_lexicon()
    found: list[Candidate] = []
    if "heading_claims" in classes:
        found += heading_claims(text, claims)
    matched = _matcher(classes).found(text)  # only the classes that match: most match nowhere
    for kind in classes:
        if kind == "heading_claims" or not matched[kind]:
            continue
        if kind == "evaluative" and not lex.praise.search(text):
            continue  # never so (praise is part of every evaluative match): as it always read
        found += [Candidate(*m.span(), kind) for m in matched[kind]]
    # Overlapping candidates are all kept, longest first at each start: the rule reads them in
    # that order and shows the first that is a claim, so a longer match that is no claim ("some
    # sites say it cures everything": hearsay to one class) does not hide a shorter one.
    return sorted(found, key=lambda c: (c.start, c.start - c.end))


@cache
def _matcher(classes: tuple[str, ...]) -> MultiMatcher:
    """The classes' patterns scanned together (linter/nlp/multi_match.py): each class gets
    exactly its own pattern's `finditer` matches."""
    return MultiMatcher(class_patterns(classes))


def class_patterns(classes: tuple[str, ...]) -> dict[str, re.Pattern[str]]:
    """Each class's pattern: a lexicon key's words, or the pattern composed for it in
    hype_words.py; "heading_claims" has none (a heading is read whole)."""
    lex = hype_lexicon()
    composed = {
        "evaluative": lex.evaluative,
        "extreme": lex.extreme,
        "scale": lex.scale,
        "cure": lex.cure,
        "reverse": lex.reverse,
    }
    return {
        kind: lex.standalone.get(kind) or composed[kind]
        for kind in classes
        if kind != "heading_claims"
    }


def why_not(
    text: str,
    claim: Claim,
    candidate: Candidate,
    heading: bool,
    sells: bool = False,
    remedy_page: bool = False,
) -> str | None:
    """Why a candidate is no hype claim of the writer's (`sells`, `remedy_page`: page readings)."""
    start, end, kind = candidate.start, candidate.end, candidate.kind
    if is_name(text, start, end, heading or title_case(claim.text)):
        return "name"
    if names_a_thing(text, start, end):
        return "term"
    if negated(text, claim, start, end):
        return "negated"
    if why := aim_or_no_health(text, claim, candidate, heading):
        return why  # hype_non_health.py
    if kind in ("cure", "reverse", "novelty") and aimed_at(text, claim, start, end):
        return "goal"  # "to speed cures", "How we get to a cure" (hype_goals.py)
    if kind in ("cure", "novelty") and compared_to(text, claim, start, end):
        return "standard"  # "prevention is better than cure" (hype_standard.py)
    if kind in ("cure", "reverse"):
        reading = cure_reading(text, claim, start, end) or practice_reading(text, claim, start, end)
        if reading:
            return reading
    if kind == "fraud_flags" and text[start:end].lower() == "guarantee":
        prev = _previous(text, start, 2)
        if prev[-1:] == ["to"] and not _RAISING & set(prev):
            return "instruction"  # "changes you may need to make to guarantee": to ensure
        if prev and (prev[-1] in DETERMINERS or prev[-1] not in FUNCTION_WORDS):
            return "non-health"  # "a product guarantee", "our money-back guarantee"
    if kind in UNCLAIMED_KINDS and (why := no_health_or_idiom(text, claim, start, end)):
        return why  # "guarantees its long-term performance", "the secret to X is to eat less"
    if promises_money(text, start, end):
        return "non-health"  # "guaranteed refunds" (hype_objects.py)
    if off_topic(text, kind):
        return "non-health"  # "guaranteed to match your outfits": no health (hype_topic.py)
    if kind in CLINICAL and care_clinical(text, claim, start, end, kind):
        return "clinical"
    if kind == "establishment" and _PROVEN_THAT.search(text, start, end):
        cue, level = claim.strength.cue, claim.strength.level
        if cue is None or cue[0] < end or level < Strength.DIRECT:
            return "no-effect"  # "research has proven that the more motivated you are, ..."
    if kind == "detox" and organ_does_it(text, claim, start, end):
        return "physiology"
    if kind in COMPOSED and (reading := composed_reading(text, claim, start, end, kind)):
        return reading
    if reading := subject_reading(text, claim, start, end, kind, sells, remedy_page):
        return reading
    if kind == "superlative" and not (
        hype_lexicon().alternative.search(claim.text)
        or _TWICE.search(text[start:end])
        or _FOR_AILMENT.search(text[start:end])
        or _THAN_ANY_OTHER.search(text[start:end])
        or _MARKET_TOP.search(text, start, min(claim.end, end + 30))
        or _POSSIBLE_TOP.search(text, start, end)
        or restoring_way(text, start, end, claim.end)
    ):
        return "not-a-remedy"  # "prevention is the best medicine"
    if kind == "boosted_efficacy" and asked(text, claim, start):
        return "question"  # "whether turmeric really works"
    if kind == "natural_safety" and not natural_inference(text, claim, start, end):
        return "not-a-remedy"  # "vaccines are safe and effective"
    if kind in ("extreme", "scale") and not praises_health(text, claim, start, end, kind):
        return "not-a-remedy"  # "Apple produce fantastic products", "one huge benefit of ..."
    if kind in ("substitution", "drug_equivalence") and not hype_lexicon().alternative.search(
        claim.text
    ):
        return "not-a-remedy"  # "a safe alternative to ibuprofen" is care advice
    if (
        kind == "superlative"
        and re.match(r"#|number\b|no\.", text[start:end], re.I)
        and (re.search(r"(?:^|[.!?:]\s+)$", text[claim.start : start]))
    ):
        return "numbering"  # "#1 Fat burners help ...": an item's number
    return None


# "Proven that ...": an establishment claim only of what the clause after it says is an effect
# (a causal or efficacy cue there), as "for sure" is read in hype_composed.py.
_PROVEN_THAT = re.compile(r"\b(?:proven|proved) that$", re.I)


# Two coordinated superlatives ("the safest and most effective") rank a remedy on both at once.
_TWICE = re.compile(r"\b(?:most \w+|\w+est)\s+(?:and|&)\s+(?:most \w+|\w+est|best)\b", re.I)


# A market ranking for an ailment ("the number one bone broth for leaky gut": the superiority
# claim of advertising, which the FTC's "Health Products Compliance Guidance" (2022) requires to
# be substantiated) promises treating it, whatever the product is called; "the best treatment
# for osteoarthritis depends on ..." is advice and needs a remedy named.
_FOR_AILMENT = re.compile(r"^(?:the\s+)?(?:number one|#1|no\.?\s?1|ultimate)\b.*\sfor\s", re.I)


# "More fat than any other workout" names the remedy's kind itself (standard care: clinical).
_THAN_ANY_OTHER = re.compile(r"\bthan any other\b", re.I)


# Safety or efficacy ranked the top of a market or of the world ("the safest sleep aid you can
# buy", "the most effective on the market"; the domain may follow the matched words): the
# superiority claim of advertising, whatever the product is called; "the best blender on the
# market" ranks no health effect.
_MARKET_TOP = re.compile(
    r"\b(?:safest|strongest|most (?:effective|potent|powerful|efficacious))\b.*"
    r"\b(?:market|planet|earth|world|can buy|ever|known to)\b"
    # The world as the ranker: "the world's strongest antioxidant".
    r"|\bworld[’']s\s+(?:safest|strongest|mightiest|most\s+(?:effective|potent|powerful|"
    r"efficacious|protective|healing))\b",
    re.I,
)


# Everything one could eat or do as the superlative's domain ("the healthiest thing you can
# eat", "the most effective therapies we have"): the top of everything, whatever the remedy.
_POSSIBLE_TOP = re.compile(r"(?i)\b(?:you|anyone|one|we|people) (?:can|could|will|would|have)\b")


def hype_in(text: str, claim: Claim, classes: tuple[str, ...]) -> Iterator[Candidate]:
    """The candidates of one sentence (a convenience for tests and tools)."""
    for c in candidates(text[claim.start : claim.end], classes):
        yield Candidate(c.start + claim.start, c.end + claim.start, c.kind)
