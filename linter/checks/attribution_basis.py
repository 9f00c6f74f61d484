"""Whether an attribution is the basis of a finding its sentence states (AttributionCheck)."""

from __future__ import annotations

import re

from linter.checks.attribution_speakers import inside_quotation
from linter.claim import Attribution, Claim, Strength

_QUOTE = re.compile(r"[“”]|(?:^|\s)\"|\"(?:\s|$)")
# A quotation that reports research ("Our trial showed ...", "we found that ...", "our results
# clearly show"): the researchers or their work (MeSH publication types' plain names) as the
# subject of a research verb (Hyland 2002, research acts). "She found the study exciting" is
# an opinion of a study, not its finding.
_QUOTED_RESULT = re.compile(
    r"(?i)\b(?:we|our (?:new )?(?:stud(?:y|ies)|trials?|research|results|findings|data|"
    r"analysis|work|team)|this (?:stud(?:y|ies)|trial|research|analysis))"
    r"(?: \w+ly| have| has| also){0,2} (?:found|find|finds|showed|shown|show|shows|"
    r"demonstrated|demonstrate|demonstrates|confirmed|confirm|confirms|revealed|reveal|reveals|"
    r"observed|observe|discovered|identified)\b"
)
# "This shows that ...", quoted from a study's author: the finding just described, by a
# demonstrative (Quirk et al. 1985, §6.45: "this" referring to the preceding discourse), as the
# subject of a verb that states a result, with a clause of what was shown.
_QUOTED_THIS = re.compile(
    r"(?i)(?:^|[“\"]\s*)(?:this|these (?:results|findings|data))(?: \w+ly)? (?:shows?|showed|"
    r"proves?|proved|demonstrates?|demonstrated|confirms?|confirmed) that\b"
)
# A speaker introduced as a study's author (the author roles of rules/lexicon/attribution.yaml
# `expert_roles`).
_STUDY_AUTHOR = re.compile(
    r"(?i)\b(?:(?:lead|senior|first|co-?|study|corresponding)[ -]?author|principal investigator)\b"
)
# "According to Dr. X, walking cuts the risk of stroke": the connective presents the person as
# the source of the clause it governs (Quirk et al. 1985, §9.10, "according to" as a
# prepositional source adjunct), as it does a body or an outlet.
_ACCORDING_TO = re.compile(r"(?i)according to\b")
# "According to Karen Smith": a name with no title before it ("According to geneticist X",
# "according to Dr. X" are titled; review27c).
_UNTITLED = re.compile(r"(?i)according to (?:the |a |an )?")
_TITLE = re.compile(r"(?:Dr|Prof|Professor)\b")
# "according to Lee et al.": a published work's authors, a source as a journal is.
_CITED_WORK = re.compile(r"\bet al\b")


def counts(attribution: Attribution, claim: Claim, before: Claim | None = None) -> bool:
    """A named source is a citation where the sentence gives it as the basis of a finding.

    Its own wording may say so ("X found", "according to X"); a name that is only mentioned
    ("published in X", "a 2009 trial") needs a finding in the sentence: a figure or a claimed
    relation. A person counts only for a result or a figure: a quoted opinion is not one.
    An unnamed study that only sets the scene ("In a study, participants kept a diary") needs
    a finding in the same way, and so does a profession describing its routine practice
    ("osteopaths understand how the back works"; basis "practice"), whose object is no claim
    unless a clause of effect follows it with no "that" ("dentists know fluoride protects").
    A profession knowing "this" (basis "anaphoric") vouches for the sentence `before` it:
    it counts where that sentence states a figure or a relation ("Vitamin D cuts colds. Most
    doctors know this."), not after advice or a plain statement.
    """
    if attribution.basis == "anaphoric":
        told = before is not None and (bool(before.figures) or _clause_effect(before))
        return bool(claim.figures) or told
    if attribution.basis in ("event", "awareness"):  # news: a figure; advice to know: or a
        # stated cause, not a sign's relation to its disease ("knowing the signs of a stroke")
        awareness = attribution.basis == "awareness"
        return bool(claim.figures) or (awareness and claim.strength.level >= Strength.DIRECT)
    if attribution.kind in ("researcher", "affiliation"):
        if attribution.basis == "spoken":
            return False  # a person's own forecast: "Dr X predicts that it will stay at 4%"
        if claim.figures and attribution.kind == "researcher":
            return True
        # "This shows that" is a result where what it shows is an effect or a relation, or
        # where the speaker is introduced as the study's author ("said senior author X").
        shown = (
            claim.strength.level >= Strength.CORRELATIONAL or _STUDY_AUTHOR.search(claim.text)
        ) and _QUOTED_THIS.search(claim.text)
        quoted_result = _QUOTED_RESULT.search(claim.text) or shown
        if (
            attribution.kind == "researcher"
            and _ACCORDING_TO.match(attribution.text)
            and not _CITED_WORK.search(attribution.name)
        ):
            # "..., according to Dr. X": the claimed effect is the person's, unless it stands in
            # a quotation (a quoted opinion, as below); advice or an opinion with no effect
            # ("patients should rest") is not a finding.
            cue = claim.strength.cue
            quoted = cue is None or inside_quotation(claim.text, cue[0])
            return (claim.strength.level >= Strength.CORRELATIONAL and not quoted) or _governs(
                attribution, claim
            )
        if _QUOTE.search(claim.text) and not quoted_result:
            return False  # a quoted opinion; "our trial showed", quoted, is a study's finding
        return attribution.basis == "reported"
    if attribution.basis == "reported":
        return True
    if complied_with(attribution, claim):
        # "administered in accordance with Dubai Health Authority (DHA) guidelines to ensure
        # maximum efficacy": the service says it follows the body's rules (set UU, precD).
        return bool(claim.figures)
    if attribution.basis in ("practice", "routine"):  # "routine": "know which exercises help"
        return bool(claim.figures) or (attribution.basis == "practice" and _clause_effect(claim))
    return bool(claim.figures) or claim.strength.level >= Strength.CORRELATIONAL


# A body's rules a service conforms to: the complex prepositions of conformity (Quirk et al.
# 1985, §9.10: "in accordance with", "in line with", "in compliance with", "in keeping with",
# "as per", "pursuant to") and the verbs of complying (FrameNet 1.7 Compliance: comply, adhere,
# abide, conform, follow, align) before the name, and a noun of rules after it (FrameNet 1.7
# Compliance's Norm and Legality: guidelines, standards, regulations, rules, requirements,
# protocols, codes, directives).
_CONFORMING = re.compile(
    r"(?i)\b(?:in (?:accordance|line|compliance|keeping|conformity|conformance) with|as per|"
    r"pursuant to|(?:compl(?:y|ies|ied|ying)|adher(?:e|es|ed|ing)|abid(?:e|es|ing)|"
    r"conform(?:s|ed|ing)?|align(?:s|ed|ing)?) (?:to |with |by )|follow(?:s|ed|ing)?)"
    r"(?: (?:the|all|current|local|national|its|their|our))*\s*$"
)
_NORMS = re.compile(
    r"(?i)\s*(?:(?:\([A-Z]{2,8}\)|[A-Z]{2,8})\s+)?(?:clinical |safety |practice |care )?"
    r"(?:guidelines?|standards?|regulations?|rules|requirements|protocols?|codes?|directives?|"
    r"licensing (?:rules|requirements))\b"
)


def complied_with(attribution: Attribution, claim: Claim) -> bool:
    """A body named as the maker of the rules a sentence says it follows ("in accordance with
    the DHA guidelines", "complies with NICE standards"): the body is the authority of the
    procedure, not the source of a finding, and it is the basis of one only for a figure in
    the sentence ("Following WHO guidelines, clinics cut infections by 35%" keeps its
    reading)."""
    if attribution.basis != "mention":
        return False
    at, end = attribution.start - claim.start, attribution.end - claim.start
    window = max(0, at - 40)
    conforming = _CONFORMING.search(claim.text, window, at)
    if conforming is None or not (
        _NORMS.search(attribution.text) is not None or _NORMS.match(claim.text, end) is not None
    ):
        return False
    if _SET_OFF.search(claim.text, 0, conforming.start()):
        return _aimed(claim)  # "In line with WHO guidelines, vitamin D prevents flu": a basis
    return True


# A conformity phrase set off as an adjunct of its whole clause, opening the sentence or after a
# comma, dash or bracket ("In line with WHO guidelines, vitamin D prevents flu", "Vitamin C
# shortens colds, in keeping with CDC guidelines"), as "according to" is, presents the body as
# the basis of that clause's effect (Quirk et al. 1985, ch. 8: an adverbial's position and
# separation make it an adjunct of the clause, not of the verb); after a verb ("administered in
# accordance with", "works in line with") it is the manner of the procedure (review28d).
_SET_OFF = re.compile(r"(?:^|[,;:(\u2013\u2014-])[\s*_\"“]*$")
# The effect as the aim of the procedure: a purpose infinitive of assurance (WordNet 3.1
# ensure.v.01: ensure, guarantee, assure, insure, secure) before the cue in its clause ("...
# are given by trained nurses to ensure maximum safety and efficacy").
_ASSURING = re.compile(r"(?i)\bto (?:ensure|guarantee|assure|insure|secure)\b[^.;:!?,]*$")


def _aimed(claim: Claim) -> bool:
    cue = claim.strength.cue
    return cue is not None and bool(_ASSURING.search(claim.text, 0, cue[0] - claim.start))


def _governs(attribution: Attribution, claim: Claim) -> bool:
    """ "According to geneticist X, large studies have shown that ...": an unnamed appeal
    reporting a finding in the clause the person's "according to" governs is that person's
    account of the evidence, so the person is its named source (GUIDELINE.md: CITE beats
    VAGUE). Not inside a quotation, which stays the speaker's opinion. The person must be
    titled, by a discipline before the name or a "Dr"/"Professor" (review27c): "According to
    Karen Smith, a customer, studies show ..." names a customer, no researcher, and the
    appeal stays vague."""
    head = attribution.text[: max(0, attribution.text.find(attribution.name))]
    if _UNTITLED.fullmatch(head) and not _TITLE.match(attribution.name):
        return False
    return any(
        not a.named
        and a.basis == "reported"
        and a.start >= attribution.end
        and not inside_quotation(claim.text, a.start - claim.start)
        for a in claim.attributions
    )


# A determiner right before an effect cue: a noun phrase ("identify the cause of your pain",
# "explain a treatment"), the object of the verb, not a clause of its own that states an effect
# (Quirk et al. 1985, §5.10: the determiner opens a noun phrase).
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|a|an|your|their|its|this|each|every|any)\s+$")
# A cue that is a predicate: a verb (the reading's form) or a phrase that a copula or a modal
# opens ("is the main cause of"); "at risk" and "the cause of" are phrases inside a noun phrase.
_PREDICATE_CUE = re.compile(r"(?i)(?:is|are|was|were|can|could|may|might|will|would)\b")


def _clause_effect(claim: Claim) -> bool:
    """Whether the sentence states an effect in a clause: a causal or correlational cue that
    is a predicate, not a phrase inside a noun phrase."""
    reading = claim.strength
    if reading.level < Strength.CORRELATIONAL or reading.cue is None:
        return False
    start, end = reading.cue
    if not (reading.form or _PREDICATE_CUE.match(claim.text, start, end)):
        return False  # "patients at risk of falls": a person's state, no clause
    return not _DETERMINER_BEFORE.search(claim.text[max(0, start - 12) : start])
