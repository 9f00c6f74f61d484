"""What the figure grammar reads with: the kinds of quantity (STATISTIC, NOT_STATISTIC), the
shared number and clause patterns, a Reading of a figure, and the word classes of
rules/lexicon/figures.yaml as patterns (Classes). Separate from figures_grammar.py, whose
FigureGrammar composes them into the frames a number is read in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from linter.config.lexicon import Lexicon
from linter.nlp.components.figures_forms import DIGITS as DIGITS
from linter.nlp.phrase_regex import spell, trie

# Quantities a statistic can be, and quantities a number can be that make it no statistic.
STATISTIC = ("share", "change", "comparison", "effect", "rate", "count", "ratio", "mean")


NOT_STATISTIC = (
    "interval",  # the level or bound of a confidence interval, power, significance
    "instruction",  # a share of the reader's own intake, weight or day ("50% of your calories")
    "composition",  # what a product or food is made of ("90% protein", "100% pure")
    "concentration",  # a dose's strength ("a 2% cream", "lidocaine 2%")
    "intake",  # a share of a reference intake or of a maximum ("25% of the RDI", "70% 1RM")
    "level",  # a grade, stage, rating, scale level or a patient's measured value
    "money",  # a price, discount, tax or market figure
    "physical",  # a share or change of light, heat or air (figures_physical.py)
)


# Where the noun phrase after "of" ends: a preposition, a relative word, a verb or a number.
_NP_END = re.compile(
    r"\s(?:of|in|on|at|with|without|who|that|which|whose|from|for|by|aged?|ages|are|is|were|"
    r"was|have|has|had|will|would|may|might|can|could|should|must|do|does|did)\b|\d|[,;:()]",
    re.I,
)


_COORDINATED = re.compile(
    r"^\s*(?:,|or|and|to|vs\.?|versus)\s*(?:\d[\d.,]*\s?(?:%|percent|per cent)\s*)"
    r"(?=of\b|\w)",
    re.I,
)


PAST_TENSE = re.compile(r"(?:ed|lost|fell|rose|shed|grew|shrank|shrunk)$", re.I)
# What may stand before a change verb that is no finite verb of a finding: the infinitive of a
# goal ("aim to lose"), a modal (of advice, "should lose", or of possibility: Quirk et al. 1985,
# A Comprehensive Grammar of the English Language, §4.49-4.58), "let's", or nothing at all (an
# imperative, "Lose 5% of your weight", also after a single dash: two close an aside), or a
# causative verb and its object before a bare infinitive ("help patients lose", §16.52; not a
# relative clause's verb, "who make changes lose"). A present-tense verb after its
# subject reports what happens ("users lose about 10% of their body weight"), as its past
# tense does.
_NOT_FINITE_BEFORE = re.compile(
    r"(?i)(?:^|[:;(]|^[^—–]*[—–]|\b(?:to|can|could|may|might|must|shall|should|will|would|ought|"
    r"let['’]?s|don['’]?t|do|does|did|not|never)|(?<!who )(?<!that )(?<!which )\b(?:help|helps|"
    r"helped|helping|let|lets|make|makes|made|making)\s+[\w'’-]+)\s*(?:\w+ly\s+)?$"
)


# A share the reader is to take or lose, not a finding: "of your" intake, weight or day ("50%
# of your calories"), and a share of the body's own weight as the subject of a modal of
# possibility (Quirk et al. 1985, §4.49-4.58), the nominal of "lose 10% of your weight"
# ("Even 10% weight loss can reduce apnoea": an amount to lose; "a 10% weight loss was seen",
# "led to a 10% weight loss" stay findings; precU, set A).
_INSTRUCTION_AFTER = re.compile(
    r"\s*of\s*(?:what )?(?:your|you|yours)\b|\s*(?:(?:body|bodily)[ -])?weight\s+"
    r"(?:loss|reduction|gain)\s+(?:\w+ly\s+)?(?:can|could|may|might|will|would)\b",
    re.I,
)


_WORD = re.compile(r"[^\W\d_]")


_CLAUSE_END = re.compile(r"[.;:!?]\s|[)\[\]]|\d\s?%")


@dataclass(frozen=True)
class Reading:
    """What the grammar makes of a number: its quantity, and what it measures if it can tell.

    `statistic` is None when no frame decides; the caller then looks at the sentence.
    """

    quantity: str | None
    statistic: bool | None
    measures: str | None = None


UNDECIDED = Reading(None, None)


class Classes:
    """The lexicon's word lists as regular expressions, compiled on first use."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._compiled: dict[tuple[str, str, str], re.Pattern[str]] = {}
        self._alternations: dict[str, str] = {}

    def alt(self, name: str) -> str:
        """The class as one alternation; words sharing a first letter share a branch (a trie),
        which the regex engine tries several times faster than a flat list. `name` is a class of
        figures.yaml, or `file.class` for another lexicon file's."""
        if name not in self._alternations:
            words = self._lexicon.get(name if "." in name else f"figures.{name}")
            cased = [w for w in words if "(?-i" in w]  # spell() lower-cases: keep as written
            plain = spell([w for w in words if "(?-i" not in w])
            branches = [trie(plain)] if plain else []
            self._alternations[name] = "(?:" + "|".join([*branches, *cased]) + ")"
        return self._alternations[name]

    def pattern(self, head: str, names: str, tail: str = "") -> re.Pattern[str]:
        """`head` + any word of the classes named (space-separated) as a whole word + `tail`."""
        key = (head, names, tail)
        if key not in self._compiled:
            words = "|".join(self.alt(n) for n in names.split())
            self._compiled[key] = re.compile(
                rf"{head}(?<![\w-])(?P<word>{words})(?![\w-]){tail}", re.IGNORECASE
            )
        return self._compiled[key]

    def after(self, names: str, text: str, skip: str = "") -> re.Match[str] | None:
        """A word of the classes at the start of `text`, after an optional `skip`."""
        return (
            self.pattern(rf"\s*(?:{skip})?", names).match(text)
            if skip
            else (self.pattern(r"\s*", names).match(text))
        )

    def before(self, names: str, text: str, link: str = "") -> re.Match[str] | None:
        """A word of the classes at the end of `text`, before an optional `link`."""
        return self.pattern("", names, rf"\s*(?:{link})?\s*$").search(text[-120:])

    @staticmethod
    def instruction(after: str) -> bool:
        """Whether the words after a figure make it a share the reader is to take or lose."""
        return _INSTRUCTION_AFTER.match(after) is not None

    @staticmethod
    def reports_change(verb: re.Match[str]) -> bool:
        """Whether the change verb `verb`, a match of `before` (which searches the text's last
        120 characters, so its offsets are that string's), tells a finding: its past tense, or
        its present tense after a subject."""
        word = verb.group("word")
        if PAST_TENSE.search(word):
            return True
        head = verb.string[max(0, verb.start("word") - 60) : verb.start("word")]
        return _WORD.search(head) is not None and not _NOT_FINITE_BEFORE.search(head)

    def protects(self, before: str, after: str) -> bool:
        """ "a hat can block up to 50% of UV rays", "kills 99.9% of germs": a verb of
        protection right before the figure, a hazard it is a share of right after; the share
        is the product's efficacy (an effect size: GUIDELINE.md), not a physical proportion
        ("80% of UV rays pass through cloud")."""
        if re.search(
            r"(?:\b(?:should|must|ought to|needs? to|not|never|cannot)|n't)\s+(?:\w+\s+){0,2}$",
            before,
            re.I,
        ):
            # "sunglasses should block 100% of UV": a standard to meet; "sunscreen does not
            # block 100% of UV": an efficacy denied (verbal negation, CGEL ch. 9), no finding
            return False
        return bool(
            self.before("protective_verbs", before, r"(?:out|off)?")
            and self.after("hazards", after, skip=r"of\s+(?:the\s+|harmful\s+)?")
        )

    def make_up(self, after: str, before: str = "") -> bool:
        """Whether a share gives a group's make-up in a baseline row, not an outcome: it names
        a demographic category and nothing else ("53% male", "48% female, 52% male"), or the
        share of a study's participants is one ("62% of participants were women"), is of an
        age ("were over 65") or completed the study (CONSORT's participant flow)."""
        people = self.alt("demographics")
        if self._sample_row(before, after, people):
            return True
        # Nothing after it but the end of the row: a break, a stop, the next figure, or (a
        # table row whose line break became a space) the next row's capitalised first word
        # after a lower-case category ("53% male Median age", not "40% Black Americans").
        end = r"$|[,;.)\r\n]|(?:and|or)\b|\d|(?-i:[A-Z])"
        row = re.match(rf"\s*(?P<who>{people})(?![\w-])[ \t]*(?P<end>{end})", after, re.I)
        if row and (not row["end"][:1].isupper() or row["who"].islower()):
            return True
        group = r"\s*of\s+(?:the\s+|all\s+|our\s+|these\s+)?(?:[\w'-]+\s+){0,2}?"
        group += rf"(?:{self.alt('subjects')})\s+(?:were|are|was|is)\s+(?:\w+\s+)?"
        return bool(re.match(rf"{group}(?:{people})(?![\w-])", after, re.I))

    def in_the_body(self, after: str, before: str = "") -> bool:
        """Whether a share is of a body constituent where it sits or what makes it, anatomy and
        no health figure: "of <constituent> is stored in / made by / lives in" ("99% of calcium
        is stored in bone"), or a share of the constituent named just before it ("the immune
        system (70% lives in the gut)") placed in a part of the body. Not a change of it ("60%
        of serotonin is lost"), nor a share of people or cases (read before it)."""
        constituent = self.alt("body_constituents")
        verb = rf"(?:(?:is|are)\s+(?:\w+ly\s+)?)?(?:{self.alt('body_sites')})"
        site = rf"(?:{verb}\s+(?:in|within|inside|by)\b|(?:is|are)\s+(?:in|within|inside)\s+"
        site += r"(?:the|your|our|its)\b)"
        of = r"\s*of\s+(?:all\s+)?(?:(?:the|your|our)\s+)?(?:body['’]s\s+)?(?:[\w'-]+\s+){0,2}?"
        # "of the calcium in the body", "of the calcium we consume" (a contact relative clause,
        # Quirk et al. 1985, §17.15: a pronoun subject and its verb).
        body = r"(?:\s+(?:in|of)\s+(?:the|your|our)\s+body)?(?:\s+(?:that\s+|which\s+)?"
        body += r"(?:we|you|they|it|the body|your body)\s+[a-z]+)?\s+(?:\w+ly\s+)?"
        disease = self.pattern("", "people subjects cases conditions")  # "of tumour cells"
        share = re.match(rf"{of}(?:{constituent})(?![\w-]){body}{site}", after, re.I)
        if share:
            return not disease.search(share.group(0))
        named = (
            rf"(?<![\w-])(?:{constituent})\s*[(:,–—-]\s*(?:about|around|roughly|nearly|over)?\s*$"
        )
        organ = (
            rf"\s+(?:the\s+|your\s+|our\s+)?(?:[\w'-]+\s+){{0,2}}?(?:{self.alt('body')})(?![\w-])"
        )
        # Or the share is the subject of a relative clause placing it, in a sentence that named
        # the constituent ("of the calcium ... the 1% that stays in the blood").
        relative = rf"\s*(?:that|which)\s+(?:{self.alt('body_sites')}){organ}"
        if re.match(relative, after, re.I) and re.search(constituent, before[-160:], re.I):
            return not disease.search(before[-160:])
        return bool(
            re.search(named, before[-80:], re.I)
            and not disease.search(before[-30:])
            and re.match(rf"\s*(?:\w+ly\s+)?{site}{organ}", after, re.I)
        )

    def _sample_row(self, before: str, after: str, people: str) -> bool:
        """A baseline row or the flow of a study's sample told in a sentence: the share "of"
        its participants, "of whom" after the sample's design ("enrolled 500 patients, 58% of
        whom"), or a bare share once the sentence has named its participants ("Participants
        were aged 40 to 70; 55% were men", "were mostly women (62%)")."""
        # Not a category qualified by a condition ("were women with diabetes"), and an age
        # bound is a bare number or years, not a measure ("were under 140 mmHg").
        unit = rf"(?!in\b)(?:{self.alt('units')})(?![\w/])"
        age = rf"{_AGE}(?![\d%]|[.,]\d|\s*%|\s*{unit})"
        row = rf"(?:{people})(?![\w-])(?!\s+(?:with|who|whose|having|diagnosed)\b)|{age}"
        subjects = rf"(?<![\w-])(?:{self.alt('subjects')})(?![\w-])"
        named = any(_names_sample(m, before) for m in re.finditer(subjects, before, re.I))
        if named and re.search(rf"(?:{people})\s*\(\s*$", before, re.I):
            return re.match(r"\s*\)", after) is not None  # "mostly women (62%)"
        verb = rf"\s+(?:were|are|was|is)\s+(?:\w+\s+)?(?:{row})|\s+{_FLOW}"
        of = rf"\s*of\s+(?:the\s+|all\s+|our\s+|these\s+)?(?:[\w'-]+\s+){{0,2}}?{subjects}"
        if re.match(rf"(?:{of})(?:{verb})", after, re.I):
            return True
        design = self.pattern("", "design").search(before) is not None
        if design and re.match(rf"\s*of\s+whom(?:{verb})", after, re.I):
            return True
        return named and re.match(rf"(?:{verb})", after, re.I) is not None

    @staticmethod
    def threshold(sentence: str, end: int) -> bool:
        """Whether the figure ending at `end` is a cut-off of meaning, not a result: an open
        bound ("a change of 20% or greater") in a sentence that says, in the conditional, what
        change would count as meaningful (the minimal clinically important difference of
        Jaeschke, Singer & Guyatt 1989, Control Clin Trials 10:407-415)."""
        after = sentence[end:]
        if not re.match(r"\s*or (?:more|greater|higher|larger|above)\b", after, re.I):
            return False
        return bool(_WOULD_MEAN.search(after))


# "Group" and "arm" stand for a study's sample only as its arms (CONSORT 2010 item 13: the
# intervention, control or placebo group; "both groups"), not in "older age groups".
_ARM_BEFORE = re.compile(
    r"\b(?:treatment|placebo|control|intervention|comparison|study|active|both|each|either|"
    r"two|three)\s+$",
    re.I,
)


def _names_sample(subject: re.Match[str], before: str) -> bool:
    """Whether a research-subjects word of the sentence names a study's sample."""
    arm = subject.group(0).lower().startswith(("group", "arm"))
    return not arm or _ARM_BEFORE.search(before, 0, subject.start()) is not None


# An age bound in a baseline row (CONSORT 2010 item 15: age of the participants): "over 65",
# "aged 40 or older".
_AGE = r"(?:aged\s+|older\s+than\s+|younger\s+than\s+|over\s+(?:the\s+age\s+of\s+)?|under\s+)\d+"
# The participant flow of CONSORT 2010 (item 13, the flow diagram: allocated, completed, lost to
# follow-up, discontinued): how many were given placebo or an arm and how many stayed in the
# study, not what happened to their health; a reason given after it ("dropped out because of
# side effects") reports harms (item 19).
_FLOW = (
    r"(?:(?:ever|only)\s+)?(?:completed|finished|dropped\s+out|withdrew|discontinued|"
    r"were\s+lost\s+to\s+follow[- ]up|(?:receive[sd]?|got|get)\s+(?:a\s+|the\s+)?placebo|"
    r"(?:were|are)\s+(?:randomly\s+)?(?:assigned|allocated|randomi[sz]ed)\s+to)"
    r"(?![^.;]*\b(?:because|due\s+to|owing\s+to|side\s+effects?|adverse)\b)"
)


# "... would be clinically meaningful", "could count as a worthwhile improvement": a conditional
# judgement of meaning (a result is reported in the indicative: "was clinically meaningful").
_WOULD_MEAN = re.compile(
    r"\b(?:would|could|might|should)\s+(?:be|count as|represent|constitute)\s+(?:an?\s+)?"
    r"(?:(?:clinically|practically)\s+)?(?:meaningful|important|relevant|significant|worthwhile)",
    re.IGNORECASE,
)
