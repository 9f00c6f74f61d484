"""The word classes and patterns the discourse layer (context_links.py) reads: study nouns,
unnamed agents and reporting verbs of rules/lexicon/attribution.yaml composed with the
determiners of English grammar, and the marks of a trial, a place, a year or reference numbers.
"""

from __future__ import annotations

import re
from functools import cache

from linter.config.lexicon import alternation, default_lexicon

# Evidence that can carry a causal claim about people: a randomised or controlled trial, or a
# review of trials (MeSH publication types: Randomized Controlled Trial, Controlled Clinical
# Trial, Systematic Review, Meta-Analysis).
STRONG = re.compile(
    r"\b(?:randomi[sz]ed|placebo[- ]controlled|controlled (?:clinical )?trials?|"
    r"double[- ]blind(?:ed)?|meta-analys[ie]s|systematic reviews?|cochrane)\b",
    re.I,
)

# A proper name right after a study or agent names it: "researchers at Bath", "a study from
# the Mayo Clinic", "scientists of the Karolinska Institute".
AFFILIATED = re.compile(r"\s+(?:at|from|of|with|in|by)\s+(?:the\s+)?[A-Z]")

YEAR = re.compile(r"(?:19|20)\d\d")
STUDY_STEM = re.compile(r"stud|trial|review|analys|survey|experiment", re.I)
# Numbered reference markers closing a sentence, "(1, 2)" or "(3-5)" (the guideline's numbered
# reference markers): the study of that sentence has a source, even where the page's own
# reference list did not survive for the source finder to confirm them.
END_MARKERS = re.compile(r"\(\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\s*\)\W*$")


@cache
def word_patterns() -> dict[str, re.Pattern[str]]:
    lex = default_lexicon()
    nouns = alternation(lex.get("attribution.study_nouns"))
    agents = alternation(lex.get("attribution.unnamed_agents"))
    quantifiers = alternation(lex.get("attribution.vague_quantifiers"))
    verbs = alternation(
        [
            *lex.get("attribution.research_verbs"),
            *lex.get("attribution.discourse_verbs"),
            *lex.get("attribution.textual_verbs"),
        ]
    )
    return {
        # Definite and demonstrative determiners (Quirk et al. 1985) before a study noun or an
        # unnamed agent, with up to two modifiers between ("the small new study").
        "back": re.compile(
            rf"\b(?:the|this|that|these|those|such|their|its)\s+(?:[\w-]+\s+){{0,2}}?"
            rf"(?:{nouns}|{agents}|authors|team)(?![\w-])",
            re.I,
        ),
        # A pronoun subject opening the sentence (after a connective) before a reporting verb,
        # with at most an auxiliary between: "And they are finding", "As they report".
        "pronoun": re.compile(
            rf"^\W*(?:(?:and|but|so|now|as|yet|here|also)\W+)?(?P<p>they|their\s+(?:{nouns}|work))"
            rf"\s+(?:(?:are|were|have|had|also|now|then|later|further)\s+){{0,2}}(?:{verbs})\b",
            re.I,
        ),
        # An indefinite study: a quantifier (MOS:WEASEL's and Quirk's, the lexicon's
        # vague_quantifiers) before a study noun of the MeSH publication types, with up to three
        # modifiers between: "a new study", "one small trial", "several studies in mice". A
        # plain "review" or "analysis" is left out: as often a review of one's history.
        "new_study": re.compile(
            rf"\b(?:{quantifiers}|new|recent)\s+(?:(?!of\b|the\b)[\w-]+\s+){{0,3}}?"
            r"(?:stud(?:y|ies)|trials?|systematic reviews?|meta-analys[ie]s|surveys?|"
            r"experiments?)\b",
            re.I,
        ),
        # A study identified by its year is named (the articles' README): "a 2020 study", and
        # "a2020 study" where a scraper glued the link text to its neighbours.
        "dated": re.compile(
            r"\b(?:a|an|one|the|this)?\s*(?:19|20)\d\d\s*(?:[\w-]+\s+){0,2}?"
            r"(?:stud(?:y|ies)|trials?|reviews?|analys[ie]s|meta-analys[ie]s|surveys?)",
            re.I,
        ),
        # Science professionals (ISCO-08 sub-major group 21) among the unnamed agents: their
        # work is research; health professionals' (group 22) is care.
        "science_agents": re.compile(
            r"\b(?:scientists|researchers|investigators|scholars|academics)\b", re.I
        ),
        # Unnamed agents as the subject that opens a sentence: "Researchers are learning ...".
        "agents_open": re.compile(
            rf"^\W*(?:(?:some|many|several|other|a|an)\s+)?"
            rf"(?:(?!the\b|th[eo]se\b|this\b|their\b|its\b)[\w-]+\s+)?(?:{agents})\b",
            re.I,
        ),
    }
