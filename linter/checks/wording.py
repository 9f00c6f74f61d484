"""Check: wording from a list or a hype class, unless negated, rebutted, scare-quoted, a linked
source's words quoted under its link (documents/quotations.py), a name or term, or a plain
clinical statement (the classes and their grammar: linter/checks/hype.py)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, ClassVar

from linter.checks.base import Check, Hit
from linter.checks.hype import candidates, why_not
from linter.checks.hype_assured import provider_page
from linter.checks.hype_comfort import leaflet_page
from linter.checks.hype_comfort_words import COMFORT_KINDS
from linter.checks.hype_composed import weighed_next
from linter.checks.hype_criteria import criterion
from linter.checks.hype_denials import harm_denial_at
from linter.checks.hype_function import clinical_leads
from linter.checks.hype_function_words import FUNCTION_KINDS
from linter.checks.hype_gates import acclaimed_miracle, page_voices
from linter.checks.hype_intensified_words import BUILT_KINDS
from linter.checks.hype_labels import remedy_sections
from linter.checks.hype_nature import marvels_at_nature
from linter.checks.hype_news import news_of
from linter.checks.hype_praised import practitioner_page
from linter.checks.hype_promised_words import PROMISED_KINDS
from linter.checks.hype_questions import ASKABLE, answered_yes, faq_question
from linter.checks.hype_reading import rejected_next, title_case
from linter.checks.hype_subjects import sells
from linter.checks.hype_system_words import SYSTEM_KINDS
from linter.checks.hype_words import CLASSES, PRAISED_KINDS, Candidate
from linter.checks.options import Option
from linter.checks.page_index import page_reading
from linter.claim import Claim, Passage
from linter.config.lexicon import alternation, word_pattern
from linter.config.regex_safety import Matcher, user_pattern
from linter.config.regex_safety import problem as regex_problem
from linter.findings import LEVEL_NAMES, Level
from linter.registry.match import Matches

if TYPE_CHECKING:
    from linter.checks.rules import Rule

_QUOTES = {"“": "”", '"': '"', "‘": "’", "'": "'"}
MAX_SCARE_QUOTE_WORDS = 4

# The classes a clinician's third-person page offers (hype_praised.practitioner_page).
_PRACTITIONER_KINDS = (*PRAISED_KINDS, *BUILT_KINDS, *COMFORT_KINDS)
# The classes a provider's own page speaks for unless it reads as a leaflet: a degree word on
# comfort (overC) and a promised outcome (overP) are the absolutes a clinic's page makes.
# A provider's benefit list is its own promise too (overF, session 32).
_PAGE_PROMISED_KINDS = frozenset((*COMFORT_KINDS, *PROMISED_KINDS, *FUNCTION_KINDS))
_ONE_A_SENTENCE = frozenset((*SYSTEM_KINDS, *FUNCTION_KINDS))  # body systems and functions


class WordingCheck(Check):
    """Yield a hit per listed term; a hedged term gets `hedged_level`."""

    OPTIONS: ClassVar[dict[str, Option]] = {
        "terms": Option(list, [], item_problem=regex_problem),
        "pseudo": Option(list, [], item_problem=regex_problem),  # phrases that are not the term
        "hedged_level": Option(str, "warning", LEVEL_NAMES, fold_case=True),
        "skip_scare_quotes": Option(bool, True),
        # Classes of rules/lexicon/hype.yaml to look for, composed by linter/checks/hype.py.
        "classes": Option(list, [], CLASSES),
    }

    def __init__(self, rule: Rule) -> None:
        super().__init__(rule)
        self.terms = _matcher(rule, "terms", self.options["terms"])
        self.pseudo = _matcher(rule, "pseudo", self.options["pseudo"])
        self.hedged_level = Level.parse(self.options["hedged_level"])
        self._sells = False
        self._practitioner = False  # a clinician offering care in the third person
        self._provider = False  # a clinic speaking of its own care (hype_assured.py)
        self._leaflet = False  # a hospital's patient information (hype_comfort.py)
        self._remedy_sections: tuple[bool, ...] = ()
        self._answered: tuple[bool, ...] = ()  # the next passage says yes (hype_questions)
        self._clinical: tuple[bool, ...] = ()  # a list a medicine leads (hype_function)

    def begin(self, passages: Sequence[Passage]) -> None:
        """Whether the page sells a service in its own voice and where it names a remedy, read
        once a page."""
        self._sells = page_reading(passages, sells)
        self._practitioner = page_reading(passages, practitioner_page)
        self._provider = page_reading(passages, provider_page)
        self._leaflet = page_reading(passages, leaflet_page)
        self._remedy_sections = page_reading(passages, remedy_sections)
        self._answered = page_reading(passages, answered_yes)
        self._clinical = page_reading(passages, clinical_leads)

    def run_at(self, index: int, passage: Passage, matches: Matches) -> Iterator[Hit]:
        """`run` with the reading of the section that holds the passage (hype_labels.py)."""
        sections, answered, clinical = self._remedy_sections, self._answered, self._clinical
        placed = 0 <= index < min(len(sections), len(answered), len(clinical))
        return self._run(
            passage,
            matches,
            placed and sections[index],
            placed and answered[index],
            placed and clinical[index],
        )

    def run(self, passage: Passage, matches: Matches) -> Iterator[Hit]:
        """A passage on its own: a remedy named in it makes its labels a remedy's."""
        return self._run(passage, matches, remedy_sections([passage])[0], False)

    def _run(
        self,
        passage: Passage,
        matches: Matches,
        remedy: bool,
        answered: bool,
        clinical: bool = False,
    ) -> Iterator[Hit]:
        text = passage.text
        classes = tuple(self.options["classes"])
        heading = passage.kind == "heading" or _title_line(passage)
        found = candidates(text, classes, passage.claims if heading else ())
        if self.terms is not None:
            found += [Candidate(m.start(), m.end(), "term") for m in self.terms.finditer(text)]
        if not found:
            return
        excluded = [m.span() for m in self.pseudo.finditer(text)] if self.pseudo else []
        seen: list[tuple[int, int]] = []
        for candidate in sorted(found, key=lambda c: (c.start, c.start - c.end)):
            start, end = candidate.start, candidate.end
            claim = passage.claim_at(start)
            if claim is None or any(s <= start < e for s, e in excluded):
                continue
            if claim.quotes_source:  # the linked source's own words (documents/quotations.py)
                continue
            if seen and seen[-1][0] < end and start < seen[-1][1]:  # seen: in order, apart
                continue  # a user's term inside a class's match, or the other way round
            if candidate.kind in _ONE_A_SENTENCE and seen and seen[-1][0] >= claim.start:
                continue  # a body system's verb in a sentence flagged already (hype_system)
            negations = [
                m
                for m in claim.modifiers_over(start, end, "negation")
                if not harm_denial_at(text, m.start)
            ]
            if negations or (
                claim.modifiers_over(start, end, "reported")
                and not acclaimed_miracle(text, claim, start, end)
            ):
                continue
            if self.options["skip_scare_quotes"] and _scare_quoted(text, start, end):
                continue
            offers = self._sells or (self._practitioner and candidate.kind in _PRACTITIONER_KINDS)
            if not offers and self._provider and candidate.kind in _PAGE_PROMISED_KINDS:
                offers = not self._leaflet  # a clinic's own page promises, not a leaflet
            if not offers and self._provider and candidate.kind in BUILT_KINDS:
                offers = page_voices(text, claim, start, end, candidate.kind)
            if candidate.kind in FUNCTION_KINDS and clinical:
                continue  # "HRT has several benefits:" over "- Improves sleep quality"
            if why_not(text, claim, candidate, heading, offers, remedy):
                continue
            if candidate.kind in ASKABLE and not answered and faq_question(passage, claim, heading):
                continue  # "Can homeopathy cure all diseases?" as an FAQ item (hype_questions)
            if _chosen_or_news(text, claim, candidate):
                continue  # a criterion, news of breakthroughs, wonder at the body
            following = passage.claims[claim.index + 1 : claim.index + 2]
            if rejected_next(text, following) or weighed_next(text, claim, following):
                continue  # the next sentence rejects it: "This has not been shown to help."
            seen.append((start, end))
            hedges = claim.modifiers_over(start, end, "hedge")
            yield Hit(
                start,
                end,
                {"term": text[start:end], "hedge": hedges[0].text if hedges else ""},
                level=self.hedged_level if hedges else None,
            )


def _chosen_or_news(text: str, claim: Claim, candidate: Candidate) -> bool:
    """A proven criterion of choice (hype_criteria.py), breakthroughs as news (hype_news.py)
    or "miraculous" said of a natural process (hype_nature.py)."""
    start, end, kind = candidate.start, candidate.end, candidate.kind
    if kind == "establishment":
        return criterion(text, claim, start)
    if kind == "novelty":
        return news_of(text, claim, start, end)
    return kind == "fraud_flags" and marvels_at_nature(text, claim, start, end)


def _matcher(rule: Rule, key: str, phrases: list[str]) -> Matcher | None:
    """The bundled rule's own list as a plain pattern; a user's under a time budget."""
    if not phrases:
        return None
    from linter.checks.rules import load_rules

    bundled = load_rules().get(rule.id)
    if bundled is not None and bundled.options.get(key) == phrases:
        return word_pattern(phrases)
    source = r"(?<![\w-])" + alternation(phrases) + r"(?![\w])"
    return user_pattern(source, label=f"{rule.id} {key}")


def _title_line(passage: Passage) -> bool:
    """A paragraph that is one title-case line with no full stop reads as a heading (an
    article's title given as a plain line)."""
    text = passage.text.strip()
    return (
        len(passage.claims) == 1
        and passage.kind == "paragraph"
        and not text.endswith((".", "!", ":", ";"))
        and title_case(text)
    )


def _scare_quoted(text: str, start: int, end: int) -> bool:
    """'a "miracle" drug': a short quotation around the term distances the writer from it."""
    for opening, closing in _QUOTES.items():
        left = text.rfind(opening, max(0, start - 40), start)
        if left == -1 or (left > 0 and text[left - 1].isalnum()):
            continue  # an apostrophe inside a word, not an opening quote
        right = text.find(closing, end, end + 40)
        if right == -1 or (right + 1 < len(text) and text[right + 1].isalnum()):
            continue
        if len(text[left + 1 : right].split()) <= MAX_SCARE_QUOTE_WORDS:
            return True
    return False
