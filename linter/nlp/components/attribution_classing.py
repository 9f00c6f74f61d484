"""A named body's classification or definition, and an outlet named by a descriptive
genitive: two named bases of a claim outside the reporting verbs that take a clause (citeZ,
session 28). Part of attribution_patterns' grammar through attribution_bases; GUIDELINE.md's
CITE names "a specific ... institution" as the basis of a finding.

A body says what a thing is with a characterizing verb and its "as" complement ("The WHO
classifies processed meat as a cause of bowel cancer", "The American Academy of Pediatrics
describes responsive feeding as ..."; Levin 1993, 29.2), also in the passive with the body as
agent ("Processed meat is classified by the WHO as ..."). The object is what is classified,
so it opens in lower case or as an acronym: a pronoun of the writer or the body itself ("our
clinic", "itself", "its mission"), a person or another body ("Dr Lee", "Mercy Hospital") is
no classification of a health fact and is not read; nor "describes how", "as well as", "as
part of". A name of the lexicon's shape is needed (institution heads or a listed acronym): the
writer's own programme ("Our Little Steps programme") has no head word of a body.

An outlet is known without a nameplate word where its title holds a descriptive genitive of a
noun of people before a capitalised head ("Men's Health", "Runner's World": Quirk et al. 1985,
§5.123): a person's genitive heads a common noun ("Dr Lee's team"), a company's or a brand's
holds a surname or a thing ("McDonald's", "Nature's Bounty"). It must open its clause as the
subject of a reporting verb; like any proper name it must report a finding, a research verb or
a clause, not only say something ("Women's Health named our clinic ...": no reporting verb).
So is a title in close apposition with a kind of publication ("Prevention magazine", "the news
site Healthline": Quirk et al. 1985, §17.84), the kind kept in the name so that a lone title
word is not taken for a person's surname.
A link, DOI or reference in the sentence is a source already (the claim's own gate).
"""

from __future__ import annotations

import re

from linter.nlp.components.attribution_names import NamedPattern, org_pattern
from linter.nlp.components.attribution_words import AUX_ADVERBS, AttributionWords
from linter.nlp.lazy_regex import lazy

# Where a subject opens its clause: the text's start, a new line, after a sentence's end (also
# after a closing quotation mark), a colon, a semicolon or a comma.
_OPENING = r"(?:^|(?<=\n)|(?<=[.!?:;,] )|(?<=[.!?][”\"] ))"
# An operator opening a question or a condition ("Does the WHO classify ...?", "If the WHO
# classifies ...") asserts no classification (Quirk et al. 1985, §11.5: the yes-no question's
# operator; §15.33 conditional clauses).
_NOT_ASKED = (
    r"(?!(?:Do|Does|Did|Is|Are|Was|Were|Has|Have|Had|Can|Could|Should|Would|Will|Might|May|"
    r"If|Unless|Whether|When|Once)\b)"
)
# A modal of possibility before the verb ("The WHO may classify vaping as harmful next year")
# tells of a classification to come, not one made (Quirk et al. 1985, §4.49-4.58) (review28c).
_NOT_MODAL = r"(?! (?:may|might|could|can|would|will|should)\b)"
# The object that is classified: a lower-case noun phrase or an acronym ("processed meat",
# "HPV"), or a list of them ("smoking, high blood pressure and diabetes"), not the writer's
# or the body's own ("our", "itself", "its") nor a clause ("how").
_OWN = (
    r"(?:our|ours|us|we|my|me|you|your|its|itself|it|their|them|themselves|his|her|him|this|"
    r"these|those|that|how|what|why|when|where|which|who|whether)"
)
_OBJECT = rf"(?!{_OWN}\b)(?:[a-z][\w'’-]*|[A-Z]{{2,}}[\w-]*)(?:,? (?!as\b)[\w'’-]+){{0,10}}?"
# The "as" complement: not the comparative "as well as", "as soon as", nor "as part of".
_AS = r" as (?!(?:well|soon|long|much|far|many|part|follows|such)\b)[\w'’-]"
# A determiner or a possessive alone before "magazine" or "newspaper" makes no title of it ("The
# magazine reported", "One newspaper found", "Our magazine"): Quirk et al. (1985), §5.5-5.21,
# the central determiners, predeterminers and quantifiers (review28c).
_DETERMINER = (
    r"(?:The|A|An|This|That|These|Those|One|Each|Every|Another|Any|Some|No|Our|My|Your|His|"
    r"Her|Its|Their|Which|What|Whose|Either|Neither|Both|All)\b"
)
# One capitalised word before a genitive title is part of its name ("Boston Children's
# Hospital"), unless it opens the sentence as a determiner, a coordinator or an adverb
# ("The", "And", "Yesterday", "Recently"), which would put it into the source's name (the
# coordinator or the adverb is read before the name, outside it); a
# title before "magazine" may open with "The" ("The Guardian newspaper"), not the others (Quirk
# et al. 1985, §13.5 coordinators, §8.51 time adjuncts, §7.48 -ly adverbs) (review28c).
_OPENER = (
    r"(?:(?:And|But|Or|Nor|So|Yet|Then|Now|Today|Yesterday|Also|Still|Even|Only|Last|Here|"
    r"There)\b|[A-Z][a-z]+ly\b)"
)
_PLACE_WORD = rf"(?!{_DETERMINER}|{_OPENER})[A-Z][a-z]+"
# The kinds of print publication named after their title ("Prevention magazine").
_PRINT = r"(?:magazine|newspaper)"
# An outlet's title: capitalised words ("Prevention", "Good Housekeeping", "Verywell Health").
_TITLE = r"[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3}"
# A past participle of the same verbs after a copula (Quirk et al. 1985, §3.63: the agentive
# passive); only the verbs of classing, since "described" and "identified" in the passive
# more often tell a history ("was first described in 1906") and "regarded" and "listed" a
# provider's standing ("is regarded by the regulator as outstanding").
# "Redefined" is a body's revision of its own definition (citeB); a year may date it ("was
# redefined by the ACC in 2017 as ...": Quirk et al. 1985, §8.51, a time adjunct).
_PASSIVE_VERBS = r"(?:classified|classed|categori[sz]ed|characteri[sz]ed|(?:re)?defined)"
_DATED = r"(?: in (?:19|20)\d\d)?"

# "Prevention magazine", "The Guardian newspaper", after an opening adverb kept out of the name.
_PRINT_TITLE = rf"(?:{_OPENER},? )?(?P<name>(?!{_DETERMINER} {_PRINT}|{_OPENER}){_TITLE} {_PRINT})"


def _subject(w: AttributionWords) -> str:
    """The passive's subject opening its clause, up to its copula: not the writer's own, a
    product or a place of care ("Our clinic", "The app")."""
    words = rf"(?!(?i:{_OWN}|{w.classed_products})\b)[\w'’-]+"
    # After its first word the subject holds no capitalised word of a name ("St Mary's is
    # classified by NHS England as a trauma centre" ranks a provider): what a body classes is
    # a common noun or an acronym ("Processed meat", "HPV") (review28c).
    common = rf"(?![A-Z][a-z]){words}"
    # People or a setting as the whole subject ("Nurses are classed by the NHS as key
    # workers", "Countries are classified by ..."), as the active's bare object; "People with
    # a BMI over 30 are classified by the WHO as obese" names them by a health measure.
    bare = (
        rf"(?!(?i:(?:(?:the|all|most|many|some) )?(?:[a-z-]+ )?"
        rf"(?:{w.classed_people}|{w.classed_settings})) (?:is|are|was|were|has|have)\b)"
    )
    return (
        rf"{_OPENING}(?=[A-Za-z]){bare}{words}(?: {common}){{0,8}}? "
        r"(?:is|are|was|were|has been|have been)(?: (?:now|also|officially))? "
    )


def classing_patterns(w: AttributionWords) -> tuple[NamedPattern, ...]:
    """The body's classification (active and passive) and the genitive outlet's report."""
    org = org_pattern(w)
    verbs = rf"(?:{w.characterizing})"
    # The body's work in its place ("The WHO's guidance defines ...", "the NHS website
    # describes ..."): a study noun or a body's document after its genitive or as its head.
    work = (
        rf"(?:(?:'s|’s)?(?: (?:19|20)\d\d)?(?: [a-z-]+){{0,2}}? "
        rf"(?i:{w.study_nouns}|{w.body_documents})(?![\w-]))?"
    )
    aux = rf"{_NOT_MODAL}(?: {AUX_ADVERBS}){{0,2}}"
    return (
        # "The WHO classifies processed meat as a carcinogen", "the AAP describes responsive
        # feeding as watching for ...": the body as the subject opening its clause (not after
        # "if" or "does": a condition or a question asserts nothing), its object and "as".
        NamedPattern(
            "institution",
            lazy(
                rf"{_OPENING}{_NOT_ASKED}{org}{work}{aux} {verbs} "
                rf"(?!(?:the|this|a|an|its|our) (?:[\w-]+ )?(?i:{w.classed_products})\b)"
                # People as a bare object ("regards nurses as professionals") or a place or a
                # span of time ("classifies countries as low income"): esteem or
                # administration, no health fact (review28c).
                rf"(?!(?:(?:the|a|an|our|its|their|all) )?(?:[a-z-]+ )?"
                rf"(?:{w.classed_people}|{w.classed_settings}) as\b)"
                rf"{_OBJECT}{_AS}"
            ),
            lazy(rf"(?i)\b{verbs} [^.;:!?\n]{{1,80}}? as\b"),
            "according",
        ),
        # "The American Heart Association lists smoking, high blood pressure and diabetes as
        # major risk factors": a body's list with an "as" complement that names a class of
        # health facts (citeY's listing_verbs and listed_facts); "lists the benefits of
        # whitening as ..." or "lists the clinic as a provider" names none.
        NamedPattern(
            "institution",
            lazy(
                rf"{_OPENING}{_NOT_ASKED}{org}{work}{aux} (?:{w.listing}) "
                rf"{_OBJECT} as (?:(?:the|a|an) )?(?:[a-z-]+ ){{0,3}}?(?:{w.listed})(?![\w-])"
            ),
            lazy(rf"\b(?:{w.listing})\b"),
            "according",
        ),
        # "Processed meat is classified by the WHO as a carcinogen", "... is classified as a
        # carcinogen by the IARC.": the body as the agent of a passive of classing, the
        # subject a classified thing that opens its clause (not "our", "we", "this").
        *(
            NamedPattern(
                "institution",
                lazy(rf"{_subject(w)}{_PASSIVE_VERBS} {agent}"),
                lazy(rf"(?i)\b{_PASSIVE_VERBS} (?:by|as)\b"),
                "according",
            )
            for agent in (
                rf"by {org}{_DATED}{_AS}",
                rf"as [^.;:!?\n,]{{1,80}}? by {org}(?=\s*(?:[.;:!?]|$))",
            )
        ),
        # "Runner's World reported that ...", "Men's Health found that ...": an outlet by the
        # descriptive genitive in its title, opening its clause before a reporting verb.
        NamedPattern(
            "outlet",
            lazy(
                rf"{_OPENING}{_NOT_ASKED}(?:{_OPENER},? )?(?P<name>(?:{_PLACE_WORD} )?(?=[A-Z])"
                rf"(?i:{w.genitive_persons})['’]s?(?: (?!(?:Team|Group|Lab|Laboratory|"
                rf"(?i:{w.genitive_non_titles}))\b)[A-Z][a-z]+){{1,2}})"
                rf"(?: {AUX_ADVERBS}){{0,2}} (?P<verb>{w.reporting})(?![\w-])"
            ),
            lazy(rf"\b(?i:{w.genitive_persons})['’]s? [A-Z]"),
            "named",
        ),
        # "The magazine Prevention reported that ...", "the news site Healthline reports
        # that ...", "Prevention magazine found that ...": a title in close apposition with a
        # kind of publication (Quirk et al. 1985, §17.84), the subject of a reporting verb; the
        # kind is kept in the name, so that no single title word is taken for a person's name.
        *(
            NamedPattern(
                "outlet",
                lazy(
                    rf"{_OPENING}{_NOT_ASKED}{title}(?: {AUX_ADVERBS}){{0,2}} "
                    rf"(?P<verb>{w.reporting})(?![\w-])"
                ),
                lazy(rf"(?i)\b(?:{w.periodical_nouns})\b"),
                "named",
            )
            for title in (
                rf"[Tt]he (?P<name>(?i:{w.periodical_nouns}) {_TITLE})",
                _PRINT_TITLE,
            )
        ),
        # "An article in Vogue magazine claimed that ...": a work in a title before a kind of
        # print publication (citeB), the work the subject of a reporting verb; like any proper
        # name the outlet must report a finding (a research verb or a clause).
        NamedPattern(
            "outlet",
            lazy(
                rf"(?i:\b{w.study_nouns}) (?:published |appearing )?in (?:the |The )?"
                rf"(?P<name>(?!{_DETERMINER} {_PRINT}){_TITLE} {_PRINT})"
                rf"(?: {AUX_ADVERBS}){{0,2}} (?P<verb>{w.reporting})(?![\w-])"
            ),
            lazy(rf"(?i)\bin (?:the )?[\w'’ -]{{2,40}} {_PRINT}\b"),
            "named",
        ),
    )


# A name set off by an appositive with a possessive determiner, closed by its comma ("According
# to Sarah, our head coach, ..."; not the clause's subject, "According to Stein, our trial
# found"): the apposition says who the person is to the writer (Quirk et al. 1985, §17.65), so
# the name is a person's, not an outlet's title.
_OWN_APPOSITIVE = re.compile(r", (?:our|my|his|her|their|your) [a-z][\w'’-]*(?: [\w'’-]+){0,3},")


def according_kind(group: str, text: str, end: int) -> str:
    """The kind of the name "according to" governs, by the group that caught it: a title is an
    outlet ("According to Prevention, ..."), unless an appositive of the writer's own makes it
    a person, who must then report a result or a claimed effect as any named person does."""
    if group == "title" and _OWN_APPOSITIVE.match(text, end):
        return "researcher"
    return {"person": "researcher", "title": "outlet"}.get(group, "institution")
