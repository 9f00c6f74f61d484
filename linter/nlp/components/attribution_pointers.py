"""Named sources given in pointers, notes and brackets rather than as a reporting verb's
subject: where a dose or a table is said to come from ("This dosing is from the WAO
guideline", "adapted from the CDC recommendations"), a note's "Source: NHS Inform", a
society's web site named after a quotation, an outlet, writer and date in brackets after a
finding ("(Running Times, J. Doe, May 2014)"), a body's list of signs or advice ("The CDC has
listed the following as early signs of ...") and a person titled by a discipline ("according
to behavioural geneticist Jane Smith"). Part of attribution_patterns' grammar; GUIDELINE.md's
CITE names "a specific study, trial, journal, institution, or researcher as the basis of a
finding". The word classes are rules/lexicon/attribution.yaml's (citeY, session 27).

A link, DOI, PMID or reference marker in the sentence is a source (the claim's own gate), so
none of these is read there; a body named as an employer, a provider or a place ("he is from
the University of Toronto", "see the NHS website for opening hours") has no work noun, list of
facts or note form after it and is not read.
"""

from __future__ import annotations

from linter.nlp.components.attribution_names import PERSON, TITLED_PERSON, NamedPattern, org_pattern
from linter.nlp.components.attribution_words import (
    AUX_ADVERBS,
    MONTHS,
    AttributionWords,
)
from linter.nlp.lazy_regex import lazy

# Where a note or a sentence opens: the text's start, a new line, after a sentence's end (also
# after a closing quotation mark) or an opening bracket.
_OPENING = r"(?:^|(?<=\n)|(?<=[.!?] )|(?<=[.!?][”\"] )|(?<=\())"
# Where a web site note stands as a quotation's source: after its closing quotation mark, or
# after a sentence's end and a dash on the same line; a line of its own ("British Heart
# Foundation website" in a list of links or a footer) names no source of a claim (review27c).
_AFTER_QUOTE = r"(?:(?<=[”\"] )|(?<=[.!?] )(?=[-–—]))"
# What may end the noun phrase of a body's work: punctuation, the end, or a preposition that
# takes its topic ("the NICE guideline on feverish illness"); not a further noun ("the NHS
# research team" is people).
_WORK_END = r"(?=\s*(?:[.,;:)!?]|$)| (?:on|for|of|about|in|and|to)\b)"
# A writer in a bracketed note: a first name or initials and a surname ("J. Doe", "Anne Holt").
_WRITER = (
    r"(?:[A-Z]\.(?: ?[A-Z]\.)*|[A-Z][a-z]+(?: [A-Z]\.)?) (?:(?:van|von|de|da|le) )?"
    r"[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?"
)
# An outlet's title before its head word, each word capitalised as a title is ("The Daily
# Courier", "Kent Gazette"): not "Customer review", "Guest post by", "Reviewed by Dr".
_TITLE_WORDS = r"(?:(?:[A-Z][\w'’&.-]*|of|and|&) )"
# A date to the month: "May 2014", "12 June 2021", "July 10, 2018" (APA 7, §9.15: a news
# article or a magazine's issue is dated to the day or the month).
_DATE = rf"(?:\d{{1,2}} )?(?:{MONTHS})\.?(?: \d{{1,2}},?)? (?:19|20)\d\d"


def pointer_patterns(w: AttributionWords) -> tuple[NamedPattern, ...]:
    """The provenance, note, bracket, list and titled-person patterns."""
    g = lazy
    org = org_pattern(w, acronyms=True)
    works = rf"(?:{w.study_nouns}|{w.body_documents})"
    return (
        # "This dosing is from the WAO guideline", "adapted from the CDC recommendations for
        # travellers", "based on the NICE guideline on ...": a body's work as where the
        # content was taken from (APA 7, §12.18: "From", "Adapted from").
        NamedPattern(
            "institution",
            g(
                # The subject opens its clause: not the object of a preposition ("our
                # treatment for this is based on ...": the treatment is the subject).
                rf"(?<![\w-])(?<!for )(?<!of )(?<!on )(?<!in )(?<!to )(?<!with )(?<!by )"
                rf"(?:(?i:the|this|these|our|my|its|their|that) "
                rf"(?:(?!(?:for|of|on|in|to|with|by|about|is|are)\b)[\w-]+ ){{0,2}}?)?"
                rf"(?i:{w.provenance_subjects})"
                rf"(?: (?:in|on|for|of|above|below)(?: [^\s.,;:!?]+){{1,5}}?)?"
                rf"(?: (?:is|are|was|were)(?: (?:all|mostly|largely|directly))?)?"
                rf" (?:from|(?i:{w.provenance})) {org}(?:'s|’s)?"
                rf"(?: (?:19|20)\d\d)?(?: [a-z-]+){{0,2}}? (?i:{works})(?![\w-]){_WORK_END}"
            ),
            g(rf"(?i)\b(?:from|{w.provenance}) (?:the )?[A-Z]"),
            "according",
        ),
        # "but this is from WAO": a demonstrative pointing at what came before, from a body.
        NamedPattern(
            "institution",
            g(
                rf"(?<![\w-])(?i:this|these|all this) (?i:is|are|was|were|comes|came) "
                rf"(?:(?:all|mostly|largely|directly) )?from {org}(?=\s*(?:[.;)]|$))"
            ),
            g(r"(?i)\b(?:this|these) (?:is|are|was|were|comes|came) "),
            "according",
        ),
        # "Source: NHS Inform.", "(source: British Heart Foundation)": a note naming a body
        # as the source (APA 7, §7.14: a table's source note); not an image's credit line.
        NamedPattern(
            "institution",
            g(
                rf"{_OPENING}(?:[Ss]ources?|SOURCES?): {org}(?:,? (?:19|20)\d\d)?"
                rf"(?=\s*(?:[.;)]|$))"
            ),
            g(r"(?i)\bsources?: "),
            "according",
        ),
        # "... used.” American Academy of Podiatric Sports Medicine web site.": a quotation's
        # source named after it, a body's web site as a note of its own, after the quotation
        # or a dash; not a line of links.
        NamedPattern(
            "institution",
            g(
                rf"{_AFTER_QUOTE}(?:[-–—]+ ?)?{org_pattern(w)}(?:'s|’s)? "
                rf"(?:web ?site|website|web page)(?=\.?[ \t]*(?:\n|$))"
            ),
            g(r"(?i)\b(?:web ?site|web page)\.?[ \t]*(?:\n|$)"),
            "according",
        ),
        # "(Running Times, J. Doe, May 2014)": an article's outlet, writer and date in
        # brackets after the finding it reports; a link or a DOI in the bracket is a source.
        # The outlet's title ends in a nameplate or a periodical's frequency (review27c), so
        # a review, a post, an interview or a reviewer's line is no outlet.
        NamedPattern(
            "outlet",
            g(
                rf"\((?P<name>{_TITLE_WORDS}{{0,4}}(?:{w.periodical_heads}))"
                rf"(?:[,:] [^()\n?]{{1,100}}?)?, (?:by )?{_WRITER},?(?: in [^(),\n]{{1,60}},)? "
                rf"{_DATE}\)"
            ),
            g(rf"(?:{MONTHS})\.?(?: \d{{1,2}},?)? (?:19|20)\d\d\)"),
        ),
        # "The CDC has listed the following as early signs of Lyme disease", "WHO lists these
        # signs of severe dehydration": a body's list of health facts or advice as its own.
        NamedPattern(
            "institution",
            g(
                rf"(?<![\w-]){org_pattern(w)}(?: {AUX_ADVERBS}){{0,2}} (?P<verb>{w.listing})"
                rf"(?: [\w’'-]+){{0,6}}? (?:{w.listed})(?![\w-])"
            ),
            g(rf"\b(?:{w.listing})\b"),
            "according",
        ),
        # "According to behavioural geneticist Jane Smith, ...": a person titled by a
        # discipline is a named person, the source of the clause "according to" governs.
        NamedPattern(
            "researcher",
            g(
                rf"\b[Aa]ccording to (?:(?:the|a|an|leading|noted) )?(?:[A-Za-z-]+ ){{0,2}}?"
                rf"(?i:{w.occupations}) (?P<name>{TITLED_PERSON}|{PERSON})(?=,| who\b)"
            ),
            g(r"(?i)according to "),
            "according",
        ),
        # "Child psychologist Amara Okafor found that ...": the titled person opening the
        # sentence as the subject of a reporting verb; like a "Dr X", they must report a result.
        NamedPattern(
            "researcher",
            g(
                rf"{_OPENING}(?:[A-Z][a-z-]+ |[a-z-]+ ){{0,2}}?(?i:{w.occupations}) "
                rf"(?P<name>{PERSON})(?: {AUX_ADVERBS}){{0,2}}"
                rf" (?P<verb>{w.reporting})(?![\w-])"
            ),
            g(rf"(?i)\b(?:{w.occupations}) [A-Z]"),
        ),
    )
