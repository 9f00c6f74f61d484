"""The agentless patterns of the vague grammar: appeals with no subject at all ("is thought
to", "it has been suggested that", "there is evidence that", "science-backed"), each with the
words one of which its match must hold (a cheap test before the pattern is tried). Separate
from vague_patterns.py, which builds the patterns with a subject and applies these.
"""

from __future__ import annotations

from linter.nlp.components.attribution_words import AUX_ADVERBS, AttributionWords
from linter.nlp.components.vague_hedged import HEDGED_GUARDS, hedged_patterns
from linter.nlp.components.vague_judged import ESTABLISHED, judged_classes
from linter.nlp.components.vague_repute import _COMPLEMENT, _LINKED, EFFECT_HEADS, health_actions

# The contracted "is" after the pronouns whose "'s" is never a genitive (it, that, this, what,
# which, who, he, she), each a fixed-width look-behind.
_PRONOUN_IS = (
    "(?:"
    + "|".join(rf"(?<=\b{p})" for p in ("it", "that", "this", "what", "which", "who", "he", "she"))
    + ")['’]s"
)
# Not "is well known for her work" or "for its shops": repute is the "known for its" patterns'.
_RECEIVED = r"known(?! for\b)|recogni[sz]ed|accepted"


def agentless_patterns(w: AttributionWords, verbs: str) -> tuple[str, ...]:
    """The agentless patterns, in the order of AGENTLESS_GUARDS; `verbs` are the reporting and
    evidence verbs of the subject grammar."""
    # "is believed by many to", "is thought by scientists to": an unnamed agent changes nothing.
    by_unnamed = rf"(?: by (?:(?:{w.quantifiers}) )?(?:{w.agents}|many|some|most|others|people))?"
    # The adjuncts an agentless appeal may hold besides the adverbs of consensus: any adverb
    # in -ly ("it is currently believed that", "is mainly thought to") and "later" ("was
    # later found to"), the open class of time, manner and viewpoint adverbs the subject
    # grammar already admits (Quirk et al. 1985, §8.20: the medial position of adjuncts).
    adverb = rf"(?:{w.consensus}|(?-i:[a-z]{{2,}}ly)|later)"
    # "it has been proven from several studies that": unnamed evidence as the source of the
    # finding before its clause changes nothing, as "by many" does.
    from_unnamed = (
        rf"(?: (?:by|from|in) (?:(?:{w.quantifiers}|{w.counted}) )?"
        rf"(?:(?:{w.adjectives}) ){{0,2}}(?:{w.evidence_nouns}))?"
    )
    # "is thought", "has been shown", "has long been believed": the passive auxiliaries, with
    # a consensus adverb also inside the perfect.
    passive = (
        rf"(?:is|are|was|were|being|be|been|(?:has|have|had)(?: (?:{w.consensus})){{0,2}} been)"
    )
    # The finite passive only, for judgements: "can also be regarded as" is the writer's view.
    passive_finite = rf"(?:is|are|was|were|(?:has|have|had)(?: (?:{w.consensus})){{0,2}} been)"
    # "to" as the infinitive's marker, not a preposition before a noun phrase ("the results
    # were revealed to the press", "was reported to the police"): no determiner or object
    # pronoun after it (Quirk et al. 1985, §5.10-5.13 and §6.2), and not "to date", the
    # adverbial "so far" ("no side effects have been reported to date").
    # "Zinc may be considered to improve growth in ...", "Surgery may be suggested to correct
    # the toe" (precY): the bare passive of "consider" or "suggest" after a modal weighs an
    # option (the recommendation wording of the ACC/AHA Class of Recommendation 2b, "may be
    # considered"; Halperin et al. 2016, Circulation 133:1426; the ESC's Class IIa "should be
    # considered"; "must", Quirk et al. 1985, §4.49-4.58 on deontic modals), with a purpose
    # infinitive; a finite "is considered to improve", a modal of possibility ("can be
    # considered to reduce") and "may be considered to be" (raising) appeal.
    option = "".join(
        rf"(?!(?<=\b{modal} )be(?: {adverb}){{0,2}} (?:considered|suggested) to (?!be\b))"
        for modal in ("may", "should", "must")
    )
    option += judged_classes(w, passive, adverb)
    # "it's known to be great for", "that's believed to ease": the contracted "is" after a
    # pronoun (Quirk et al. 1985, §3.23) as the passive's auxiliary; such a match must name a
    # health matter in its sentence (vague_guards.off_health).
    participle_to = (
        rf"{option}(?:{passive}|{_PRONOUN_IS})"
        rf"(?: {adverb}){{0,2}} (?!known as\b)(?:{w.participles}){by_unnamed} to\b"
        r"(?! (?:the|a|an|this|that|these|those|my|your|his|her|its|our|their|me|you|him|us|"
        r"them|some|any|each|every|all|no|date)\b)"
    )
    as_participles = (
        r"(?:regarded|considered|touted|hailed|recogni[sz]ed|accepted|acknowledged|deemed)"
    )
    agentless = (
        # "it is thought that", "it's estimated that", "it has long been known that"
        rf"\bit(?:'s|’s| is| was| has| had| have)(?: {adverb}){{0,2}}(?: been)?"
        rf"(?: {adverb}){{0,2}} (?:{w.participles}|{w.clause_participles}){from_unnamed} that\b",
        # "it is a well-known fact that", "it's common knowledge that": MOS:WEASEL's appeal to
        # what everyone knows, with no one named.
        r"\bit(?:'s|’s| is| was) (?:a |an )?(?:(?:well|widely|generally|commonly)[- ]"
        r"(?:known|established|accepted|documented)|established|common knowledge)(?: fact)? that\b",
        # "is known to", "has been shown to", "are believed to"
        rf"\b{participle_to}",
        # "is widely regarded as", "is considered as"
        rf"\b{passive_finite}(?: (?:{w.consensus})){{0,2}} {as_participles} as\b",
        # "is considered safe", "is generally regarded as effective", "was found effective";
        # "it's generally considered safe": the contracted "is" (Quirk et al. 1985, §3.23),
        # after a pronoun (review19s: "Grandma's considered safe remedies" is a genitive).
        rf"\b(?:{passive_finite}|{_PRONOUN_IS})(?: (?:{w.consensus})){{0,2}}"
        rf" (?:considered|deemed|regarded as|thought|believed|recogni[sz]ed as|found|proven|"
        rf"shown|reported as|described as|documented as)(?: to be)?"
        rf"(?: (?:very|highly|extremely|relatively|generally|completely|"
        rf"perfectly|quite|both|fairly|largely|mostly|equally))? (?:{w.safety})\b",
        # "has been extensively studied", "is well documented", "well-researched"
        rf"\b(?:is|are|was|were|has been|have been)(?: (?:also|now|already))?"
        rf" (?:well|extensively|widely|thoroughly|heavily|intensively|rigorously|clinically|"
        rf"scientifically|repeatedly|consistently|long|frequently|commonly)"
        rf" (?:{w.research_participles}|documented|{ESTABLISHED}|{_RECEIVED})\b",
        rf"\bwell[- ](?:researched|studied|documented|{ESTABLISHED})\b",
        # "has been studied extensively", "is researched widely": the degree adverb after the
        # participle; "one of the most researched herbs": the superlative of the same.
        rf"\b(?:is|are|was|were|has been|have been) (?:{w.research_participles}|documented)"
        r" (?:extensively|widely|thoroughly|rigorously|intensively|in depth)\b"
        rf"|\b(?:is|are) (?:one of |among )?the (?:most|best)[- ]"
        rf"(?:{w.research_participles}|documented)\b",
        # "have been linked to", "has been associated with": the perfect passive of a research
        # verb says someone found the link, and does not say who. The adverb may also stand
        # between the auxiliaries ("have also been linked", "has long been tied"): the medial
        # position of adjuncts in a verb phrase (Quirk et al. 1985, §8.20).
        # After "been" also the adverbs that grade the association itself ("has been directly
        # linked to", "is independently associated with"): the degree and manner adverbs of an
        # association as epidemiology reports it (STROBE, von Elm et al. 2007, item 16:
        # "independently", "inversely", "significantly"; Quirk et al. 1985, §8.104-8.110 on
        # degree adverbs as intensifiers: "strongly", "closely", "clearly", "firmly"). Not any
        # -ly adverb: "has been wirelessly linked to your phone" joins things, not findings;
        # nor before "connected", a participle of joining things first ("has been directly
        # connected to the tube").
        r"\b(?:has|have|had)(?: (?:consistently|repeatedly|strongly|also|widely|often|long|"
        r"previously|already|frequently|since|now|even))? been"
        r"(?:(?: (?:consistently|repeatedly|strongly|also|widely|often))?"
        r" (?:linked|associated|tied|connected|correlated)"
        r"| (?:directly|causally|independently|closely|firmly|clearly|positively|negatively|"
        r"inversely|significantly|statistically|robustly|reliably|convincingly)"
        r" (?:linked|associated|tied|correlated)) (?:to|with)\b",
        # "an estimated 55% of people", "a projected 2 million cases": a figure with no estimator.
        r"\b(?:an|the) (?:estimated|projected|predicted|reported)\s?(?=\d|(?:one|two|three|four|"
        r"five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|"
        r"billions?|half|a third|a quarter|about|around|nearly|almost|over|more than|up to)\b)",
        # "has proven to be", "have proven themselves"
        r"\b(?:has|have)(?: also)? proven (?:to|itself|themselves)\b",
        # "there is some evidence to suggest", "there are studies showing"
        rf"\bthere(?:'s|’s| is| are| was| were| has been| have been| exists?| remains?)"
        rf"(?: (?:now|also|still|already|currently|even))?(?: (?P<amount>(?:(?:{w.quantifiers}|"
        rf"{w.absence}|{w.adjectives}|very|quite|some),? ){{0,4}}))?"
        # "evidence that" is a content clause; "a study that" must go on to report something.
        rf"(?:(?:evidence|proof|indications?) that|(?:{w.evidence_nouns})(?: (?:of|from|in) "
        rf"[\w-]+)? (?:(?:that|which)(?: {AUX_ADVERBS}){{0,2}} (?:{verbs})|to (?:{verbs})|"
        rf"(?:showing|suggesting|indicating|supporting|demonstrating|linking|pointing to|"
        rf"confirming|proving)))\b",
        # A product "lab-tested for purity" vouches for its make, not for an effect; a claim of
        # backing on the writing itself ("a science-backed guide", "the science-backed facts")
        # promises the writer's method, not a finding ("science-backed nutrition" still appeals);
        # nor on a practitioner or firm ("a research-based practitioner": how they work). A test
        # by a third party ("third-party lab-tested") is the independent check of a product's
        # make that USP and NSF certify, not a trial of its effect.
        rf"(?<![\w-])(?<!third-party )(?<!third party )(?<!independently )"
        rf"(?:{w.backing})(?![\w-])(?! (?:{w.documents}|{w.holders})(?![\w-]))"
        rf"(?! (?:and (?:\w+ )?)?(?:for|to confirm|to verify) (?:(?:its|their|the) )?"
        rf"(?:{w.quality})\b)",
        # "has long been held to ease anxiety", "is widely held to be": "held" appeals only with
        # a consensus adverb or before "to be"; "is held to account" is no appeal.
        rf"\b(?:(?:is|are|was|were|being|be|been)(?: (?:{w.consensus})){{1,2}}|(?:has|have|had)"
        rf"(?: (?:{w.consensus})){{1,2}} been|(?:has|have|had) been(?: (?:{w.consensus})){{1,2}})"
        rf" held to(?! account\b)|\b{passive} held to be\b",
        # "has been the subject of many studies", "is the focus of extensive research": the
        # nominal of "has been extensively studied", a body of unnamed research (one study, "the
        # subject of a study", only mentions one).
        rf"\b(?:is|are|was|were|has been|have been|had been)(?: (?:also|now|already))?"
        rf" the (?:subject|focus|topic) of (?!(?:a|an|one|another)\b)"
        rf"(?:(?:{w.quantifiers}|{w.counted}) )?(?:(?:{w.adjectives}|{w.consensus}),? ){{0,3}}"
        rf"(?:{w.evidence_nouns})\b",
        # "is widely considered a safe choice", "are generally considered one of the best": a
        # judgement of consensus with its noun phrase and no "as" (MOS:WEASEL, "is widely
        # regarded", "is considered"); only with a consensus adverb, since "a fever over 38 °C
        # is considered a sign of infection" states a clinical convention.
        rf"\b{passive_finite}(?: (?:{w.consensus}))?"
        r" (?:widely|generally|universally|commonly|broadly) considered"
        r" (?:to be )?(?:a|an|one of|among)\b",
        # "fish oil has shown promising effects", "turmeric has demonstrated benefits": the
        # perfect of Hyland's (2002) research acts "show" and "demonstrate" with the remedy as
        # subject and its effect as object says research found it, and not which. The object is
        # an outcome of treatment (MeSH "Treatment Outcome": efficacy, effectiveness; benefit,
        # effect, promise), not a person's progress ("has shown improvement", "signs").
        r"\b(?:has|have)(?: (?:also|consistently|repeatedly|already|even|clearly))?"
        r" (?:shown|demonstrated) (?:(?:some|great|real|much|considerable|significant|positive|"
        r"promising|beneficial|potential|clear|strong|good|encouraging|impressive|remarkable|"
        r"anti-[\w-]+|protective|therapeutic|health|clinical) ){0,2}"
        rf"(?:promise|benefits?|effects|efficacy|effectiveness|potential{_COMPLEMENT})\b",
        # "is consistently linked to", "are strongly associated with": the present passive of an
        # association with an adverb of repeated or strong finding (as the perfect "has been
        # linked to" above) reports the results of research; the bare "is linked to" may state
        # a known relation.
        r"\b(?:is|are)(?: (?:also|now))? (?:consistently|repeatedly|strongly|increasingly)"
        r" (?:linked|associated|tied|correlated) (?:to|with)\b",
        # "It's widely recommended that new users start low", "it has long been advised that":
        # the extraposed passive of an advice verb with an adverb of consensus appeals to what
        # is generally advised (MOS:WEASEL, "it is often said"). Without the adverb ("it is
        # recommended that patients see their GP") it is mostly a leaflet's own guidance, and
        # so is advice to the reader in any form ("that you", an indirect directive: Searle
        # 1975, "Indirect speech acts").
        rf"\bit(?:'s|’s| is| was| has| had| have)(?:(?: (?:{w.consensus})){{1,2}}(?: been)?"
        rf"|(?: been)(?: (?:{w.consensus})){{1,2}}) (?:{w.advice_participles}) that\b"
        r"(?! (?:you|your)\b)",
        # "it has also been recommended for joint pain", "has long been advised as a remedy":
        # the perfect passive of an advice verb says someone advised it and not who; the
        # present "is recommended for adults" is a leaflet's own guidance.
        rf"\b(?:has|have|had)(?: (?:{w.consensus})){{0,2}} been(?: (?:{w.consensus})){{0,2}}"
        rf" (?:{w.advice_participles}) (?:for|as)\b",
        # "has been studied for its ability to", "is being investigated for its potential":
        # research on a remedy's effect in the perfect or progressive passive says research
        # was done and not which (the nominal "has been the subject of studies" above);
        # only before the remedy's own effect ("its"/"their" + an outcome noun of MeSH
        # "Treatment Outcome") or its possible use, since "has been tested for lead" and
        # "was tested for diabetes" are tests of a thing or a person (recallV, issue 14).
        rf"\b(?:(?:has|have|had)(?: (?:{w.consensus})){{0,2}} been|(?:is|are|was|were)"
        rf"(?: (?:{w.consensus}|currently))? being)(?: (?:{w.consensus})){{0,2}}"
        rf" (?:{w.research_participles}|explored) for (?:(?:its|their) (?:\w+ ){{0,2}}?"
        r"(?:ability|abilities|potential|role|effects?|benefits?|impact|efficacy|effectiveness|"
        r"properties|use|uses|link|value)|(?:a |an )?(?:possible|potential|small|modest)\b)",
        # "known in the medical literature to", "shown in studies to": the evidential
        # participle with unnamed evidence as where it is known, also as a reduced relative
        # after a comma ("ingredients, known in scientific literature to support").
        rf"\b(?:known|thought|believed|shown|proven|reported|documented|recogni[sz]ed|{_LINKED})"
        rf" in (?:the )?(?:(?:{w.adjectives}|scientific|medical|clinical|research) ){{0,2}}"
        r"(?:literature|research|studies|science|trials) to\b",
        # "has solid research backing its use", "there is strong science behind its use": a
        # remedy said to have evidence of some strength behind it, with none named (the
        # GRADE adjectives of high certainty as in evidence_verbs; a bare "the science behind"
        # is a topic, and "little research backing" an absence, left out).
        r"\b(?:has|have|had|there (?:is|are|[’']s))"
        r" (?:(?:(?:good|solid|strong|decent|robust|sound|compelling|convincing|plenty of|lots of|"
        r"a lot of|a wealth of|ample|considerable|substantial|real) )+(?:(?:clinical|scientific|"
        r"medical) )?|(?:clinical|scientific|medical) )"
        # "The" only before the use or the claim backed: "good research behind the headlines"
        # is a journalist's idiom (review18v).
        rf"(?:{w.evidence_nouns}) (?:backing|supporting|behind) (?:its|their|this|these|the"
        r" (?:use|uses|claims?|benefits?|effects?|practice|idea)\b)",
        # "Ashwagandha is known for its adaptogenic properties", "zinc, known for its role in
        # supporting immunity": the evidential participle "known" (MOS:WEASEL, "it is known";
        # the CoNLL-2010 speculation cues) with a remedy's effect as what it is known for, the
        # outcome nouns of MeSH "Treatment Outcome" as in "studied for its" above, and no one
        # named who knows it. "Known for its beaches" or "for her work" praises no effect.
        # The effect must be one on health (review19s: "a charity known for its role in
        # supporting carers", "a hospital known for its ability to attract surgeons", "a region
        # known for its volcanic properties" praise no remedy): either its premodifier names a
        # health action, or a health target follows within its complement (below).
        # A compound premodifier on a health target ("immune-boosting", "heart-protective")
        # names a health action as well.
        rf"\bknown for (?:its|their) (?:[\w-]+ )?{health_actions(w)} {EFFECT_HEADS}\b",
        rf"\bknown for (?:its|their) (?:[\w-]+ ){{0,2}}?(?:{EFFECT_HEADS}|"
        r"ability|abilities|efficacy|effectiveness|potential|role in (?:supporting|promoting|"
        r"maintaining|regulating|boosting|reducing|lowering|preventing|protecting|improving|"
        r"enhancing|fighting|healing|relieving|easing|balancing|strengthening))\b"
        rf"(?= (?:[\w'’-]+ ){{0,5}}?{w.known_for_targets}\b)",
    )
    return agentless + hedged_patterns(w, adverb, passive_finite)


# For each agentless pattern, words one of which its match must hold (None: no test).
AGENTLESS_GUARDS: tuple[tuple[str, ...] | None, ...] = (
    ("that",),
    ("that",),
    (" to",),
    (" as",),
    None,
    None,
    ("well",),
    (
        "extensively",
        "widely",
        "thoroughly",
        "rigorously",
        "intensively",
        "depth",
        "most",
        "best",
    ),
    (" been",),
    ("estimated", "projected", "predicted", "reported"),
    ("proven",),
    ("there",),
    (
        "-",
        " by",
        "proven",
        "recommended",
        "backed",
        "tested",
        "validated",
        "studied",
        "researched",
        "shown",
        "demonstrated",
    ),
    ("held",),
    ("subject", "focus", "topic"),
    ("considered",),
    ("shown", "demonstrated"),
    ("linked", "associated", "tied", "correlated"),
    ("recommended", "advised", "urged"),
    ("recommended", "advised", "urged"),
    (" for ",),
    (" in ",),
    ("backing", "supporting", "behind"),
    ("known for",),
    ("known for",),
    *HEDGED_GUARDS,
)
