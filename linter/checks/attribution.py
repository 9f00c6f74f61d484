"""Check: a finding attributed to a named or vague source, with no source attached."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, ClassVar

from linter.checks.attribution_basis import counts
from linter.checks.attribution_concession import closing_report, conceded, disputed
from linter.checks.attribution_experience import experience_basis
from linter.checks.attribution_forward import ForwardNames
from linter.checks.attribution_quoted import quoted_finding
from linter.checks.attribution_speakers import Surnames, named_after
from linter.checks.attribution_trials import trial_basis
from linter.checks.attribution_works import NamedWorks
from linter.checks.base import Hit, PlacedCheck, dedupe
from linter.checks.context_links import Discourse, discourse_of
from linter.checks.hype_topic import health_page, off_topic_appeal
from linter.checks.options import Option
from linter.checks.page_index import CAPITALISED, PageIndex, first_words, page_reading
from linter.claim import Attribution, Claim, Passage, Strength
from linter.registry.cite import citation_fix, registry_suggestion
from linter.registry.match import Matches, cited_entry, suggested_entry

if TYPE_CHECKING:
    from linter.checks.rules import Rule

# A year names no one ("A 2016 review found"): the message names the work it dates instead,
# without the reporting verb after it (Hyland 2002's research acts, as in attribution.yaml).
_YEAR = re.compile(r"(?:19|20)\d{2}")
_REPORTING_VERB_AFTER = re.compile(
    r"\s+(?:found|finds?|shows?|showed|shown|suggests?|suggested|reports?|reported|"
    r"concluded|concludes|says|said|revealed|reveals|notes|noted)$",
    re.I,
)
# Courtesy and academic titles before a name (Dr, Prof, Mr, Mrs, Ms, Miss, Mx): not a surname.
_TITLES = frozenset(
    ["Dr", "Prof", "Professor", "Mr", "Mrs", "Ms", "Miss", "Mx", "Doctor", "Sir", "Dame"]
)
Position = tuple[int, int]  # (passage index in the document, character offset)


class AttributionCheck(PlacedCheck):
    """Yield one hit per unsourced sentence whose attribution is of the configured kind."""

    # "named": a journal, body, researcher or dated study; "vague": unnamed evidence.
    OPTIONS: ClassVar[dict[str, Option]] = {"kind": Option(str, "named", ("named", "vague"))}

    def __init__(self, rule: Rule) -> None:
        super().__init__(rule)
        self._texts: list[str] = []
        self._health_page: bool | None = None
        self._first_word: dict[str, Position] = {}
        self._first_source: Position | None = None
        self._discourse: Discourse | None = None
        self._works = NamedWorks()
        self._forward = ForwardNames([])
        self._surnames = Surnames([])
        self._last: dict[int, Claim] = {}  # each passage's last sentence

    def begin(self, passages: Sequence[Passage]) -> None:
        """Where each capitalised word first occurs, and where a source is first named or
        given: a researcher named again after that refers back to the study already named."""
        page = page_reading(passages, PageIndex)  # the same for every check (page_index.py)
        self._texts = page.texts
        self._health_page = None  # read on first need (hype_topic.health_page)
        self._discourse = discourse_of(passages)
        self._first_word = page_reading(passages, first_words)
        self._first_source = None
        self._works = NamedWorks()
        self._forward = page_reading(passages, ForwardNames)
        self._surnames = page_reading(passages, Surnames)  # "According to Stein"
        self._last = {i: p.claims[-1] for i, p in enumerate(passages) if p.claims}
        for i, p in enumerate(passages):
            for c in p.claims:
                self._works.add((i, c.start), c)
            if self._first_source is None:
                self._first_source = next(
                    (
                        (i, c.start)
                        for c in p.claims
                        if c.has_source or any(a.named and counts(a, c) for a in c.attributions)
                    ),
                    None,
                )

    def _refers_back(self, attribution: Attribution, at: Position) -> bool:
        """ "Newberry and her colleagues calculated ...", after a study was named and Newberry
        introduced: the team of a study already named (the annotators' back-reference)."""
        if attribution.kind != "researcher" or self._first_source is None:
            return False
        if not self._first_source < at:
            return False
        names = [w for w in CAPITALISED.findall(attribution.name) if w not in _TITLES]
        if not names:
            return False
        return self._first_word.get(names[-1], at) < at

    def run_at(self, index: int, passage: Passage, matches: Matches) -> Iterator[Hit]:
        kind = self.options["kind"]
        antecedent: str | None = None  # what the last sentence that gave a source gave
        discourse = self._discourse
        for n, claim in enumerate(passage.claims):
            at = discourse.place(index, n) if discourse is not None else None  # article index
            after = passage.claims[n + 1] if n + 1 < len(passage.claims) else None
            # A surname reread as a person is weighed as a person's words; the back-reference
            # to a study's team reads it as written ("According to Stein, our trial found ..."
            # after some other source stays Stein's citation).
            reread = self._surnames.reread_all(claim.attributions, (index, claim.start))
            named = [
                a
                for a, written in zip(reread, claim.attributions, strict=True)
                if a.named
                and counts(a, claim)
                and not (index >= 0 and self._refers_back(written, (index, claim.start)))
                and not (index >= 0 and self._works.refers_back(a, claim, (index, claim.start)))
            ]
            vague = [
                a
                for a in claim.attributions
                if not a.named
                and self._appeals(a, at, antecedent)
                and counts(a, claim, passage.claims[n - 1] if n else None)
                # "Makers advertise the pills as clinically proven", "labels such as clinically
                # proven": the appeal is the maker's, or the wording is talked about.
                and (
                    not claim.modifiers_over(a.start, a.end, "reported") or closing_report(a, claim)
                )
                # "Although some trials reported X, their quality was poor": set aside.
                and not conceded(a, claim)
                and not disputed(a, after)  # "... But what if they are wrong?"
                and not named_after(a, claim)  # "Experts said X, according to the chief nurse"
                # "Several studies ... The first [link] found", "Here is an excerpt from [it]".
                and not self._forward.sources_next(at, a.reference)
            ]
            # Evidence cited in passing ("... in laboratory studies") adds nothing to an appeal
            # the sentence already makes, and would stretch its finding over the clause.
            if any(a.reference != "aside" for a in vague):
                vague = [a for a in vague if a.reference != "aside"]
            # A named study that only sets the scene ("Harvard researchers studied 12,000
            # people") is still a source just given: "the research" after it is that study.
            if claim.has_source or named or any(a.named for a in claim.attributions):
                antecedent = "named"
            elif any(a.reference == "new" for a in vague):
                antecedent = "vague"
            if claim.has_source:
                continue
            if kind == "vague" and not named and not vague:
                pronoun = self._unnamed_pronoun(claim, at)
                if pronoun is not None:
                    yield pronoun
                    continue
            if not claim.attributions:
                before = passage.claims[n - 1] if n else self._last.get(index - 1)
                quoted = quoted_finding(passage.text, claim, before) if kind == "named" else None
                quoted = quoted or (experience_basis(claim) if kind == "named" else None)
                quoted = quoted or (trial_basis(claim) if kind == "named" else None)
                if quoted is not None:  # '"We've found that ...," she said' (attribution_quoted)
                    yield Hit(quoted[0], quoted[1], {"name": quoted[2], "phrase": quoted[2]})
                continue
            # A named source beats a vague one: "studies in The Lancet show" is a citation.
            found = named if kind == "named" else ([] if named else dedupe(vague))
            # Hearsay about careers or prehistory, a book on forest policy: no health (hype_topic).
            found = [a for a in found if not self._off_topic(passage, claim, a)]
            if not found:
                continue
            names = _source_names(dedupe(found))
            registry = matches.of(claim)
            entry = suggested_entry(registry, prefer_figure=False) if kind == "named" else None
            # One finding a sentence, covering every name it gives.
            yield Hit(
                min(a.start for a in found),
                max(a.end for a in found),
                {"name": ", ".join(names), "phrase": min(found, key=lambda a: a.start).text},
                suggestion=registry_suggestion(entry),
                registry_id=entry.id if entry else None,
                fix=citation_fix(passage, claim, cited_entry(registry)),
            )

    def _off_topic(self, passage: Passage, claim: Claim, attribution: Attribution) -> bool:
        """Hearsay, or a named person or outlet, naming no health on a non-health page."""
        if not off_topic_appeal(passage.text, claim, len(passage.claims), attribution):
            return False
        if self._health_page is None:
            self._health_page = health_page(self._texts)
        return not self._health_page

    def _appeals(self, attribution: Attribution, at: int | None, antecedent: str | None) -> bool:
        """Whether a vague attribution appeals to unnamed evidence of its own. A back-reference
        ("these studies", "the researchers") resolves to the nearest study introduced before it
        in the article (context_links): unnamed and unsourced there, it is still an appeal to
        unnamed evidence; named or linked, it is that study's team. With no study in reach, the
        paragraph's last source decides, as before. `at`: the sentence's article index."""
        if attribution.reference == "back" and self._discourse is not None:
            reference = self._discourse.reference_at(at)
            if reference is not None and reference.study is not None and at is not None:
                return reference.study.unnamed_at(at)
        return _refers(attribution, antecedent)

    def _unnamed_pronoun(self, claim: Claim, at: int | None) -> Hit | None:
        """ "Researchers are learning more. And they are finding that X cuts Y": a pronoun
        subject before a reporting verb, whose antecedent in the sentence before is unnamed
        research or unnamed researchers, appeals to them when the sentence states a finding."""
        if self._discourse is None:
            return None
        reference = self._discourse.reference_at(at)
        if reference is None or not reference.pronoun or reference.study is None or at is None:
            return None
        if not reference.study.unnamed_at(at):
            return None
        if not (claim.figures or claim.strength.level >= Strength.CORRELATIONAL):
            return None
        phrase = reference.text
        return Hit(reference.start, reference.end, {"name": phrase, "phrase": phrase})


def _refers(attribution: Attribution, antecedent: str | None) -> bool:
    """Whether a vague attribution is an appeal of its own: "these studies" after a named one
    refers back to it; "the data show" is generic unless a source was just given."""
    if attribution.reference == "back":
        return antecedent == "vague"
    if attribution.reference == "generic":
        return antecedent != "named"
    return True


def _source_names(found: Sequence[Attribution]) -> list[str]:
    """The names a finding gives, once each: a bare year gives way to the other names, or to
    the work it dates ("A 2016 review")."""
    names = list(dict.fromkeys(a.name.strip() for a in found))
    named = [name for name in names if not _YEAR.fullmatch(name)]
    if named or not found:
        return named or names
    works = [_REPORTING_VERB_AFTER.sub("", re.split(r"[,;:(]", a.text)[0].strip()) for a in found]
    works = list(dict.fromkeys(work for work in works if work))
    return [works[0][:1].upper() + works[0][1:], *works[1:]] if works else names
