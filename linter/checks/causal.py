"""Check: a direct causal claim of the writer's that rests on evidence which cannot carry it.

The claim must be the writer's and direct: a causal verb or "is effective" (not a noun or an
adjective: "tissue damage"), with no modal of possibility or "help" before it ("can help",
"may reduce"), not in a purpose ("efforts to reduce"), a condition ("if the immune system is
stimulated") or a question. The evidence must be about the same thing: described in the
claim's own sentence; in the next sentence when that one turns on it ("However, human studies
are needed"); or anywhere in the article when the describing sentence names both the claim's
cause and its effect, or refers back to the study the claim names ("The study followed 1,011
patients ..."). A claim scoped to its own model ("in mice") or opening on its own small study
or, in the past, on its studies ("In animal studies, X reduced Y") reports that result.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, ClassVar

from linter.checks.base import Hit, PlacedCheck
from linter.checks.causal_context import (
    _plain_claim,
    article_evidence,
    named_study_evidence,
    next_evidence,
    section_evidence,
    study_evidence,
    study_marks,
    weighable,
)
from linter.checks.causal_neighbours import StrongIndex, neighbour_evidence
from linter.checks.causal_neighbours import model_of_claim as _model_of_claim
from linter.checks.causal_predicates import predicate_evidence
from linter.checks.causal_reading import (
    _cause_side,
    _clause_of,
    _other_clause,
    _study_scope,
    _weighed,
    _wording,
    asserts_cause,
    beside_a_trial,
    opens_on_studies,
    sides,
)
from linter.checks.causal_references import cited, cited_designs
from linter.checks.causal_stems import subject_words
from linter.checks.causal_summary import page_evidence
from linter.checks.causal_words import (
    _EFFICACY,
    _OWN_FINDING,
    _REPORTS_FINDING,
    _TURNS_ON,
    DESCRIBED,
    MODEL_KINDS,
)
from linter.checks.context_links import Discourse, discourse_of
from linter.checks.options import Option
from linter.checks.page_index import PageIndex, Sentences, page_reading
from linter.claim import EVIDENCE_KINDS, Claim, Evidence, Passage
from linter.registry.match import Matches

if TYPE_CHECKING:
    from linter.checks.rules import Rule

Span = tuple[int, int]
Told = Claim | None  # the sentence that describes a cue found beside the claim
At = int | None  # a sentence's article index (None: a passage checked on its own)
Kinds = set[str]


class CausalCheck(PlacedCheck):
    """Yield one hit per direct causal claim of the writer's resting on weak evidence."""

    OPTIONS: ClassVar[dict[str, Option]] = {
        "evidence": Option(list, list(EVIDENCE_KINDS), EVIDENCE_KINDS),
        # Also weigh evidence described in other sentences of the article, not only the claim's.
        "paragraph": Option(bool, True),
    }

    def __init__(self, rule: Rule) -> None:
        super().__init__(rule)
        self._sentences: Sequence[tuple[int, Claim]] = []  # (passage index, sentence), in order
        self._headings: list[bool] = []  # passage index -> whether it is a heading
        self._texts: list[str] = []  # passage index -> its text
        self._beside: tuple[Evidence, Claim] | None = None  # a cue read beside a claim, and where
        self._strong = StrongIndex()  # the subject words of the article's trials and reviews
        self._first: Sequence[int] = []  # passage index -> where its sentences start
        self._weighable: list[int] = []  # the places in _sentences that describe evidence
        # Where sentences introduce a new study and where they refer back to one (indexes in
        # _sentences, ascending), read on first need: a named study's evidence is looked up
        # between the two instead of scanning the rest of the article for every claim.
        self._marks: tuple[list[int], list[int]] | None = None
        self._discourse: Discourse | None = None

    def begin(self, passages: Sequence[Passage]) -> None:
        page = page_reading(passages, PageIndex)  # the same for every check (page_index.py)
        self._headings, self._texts = page.headings, page.texts
        self._discourse = discourse_of(passages)
        self._sentences = Sentences(self._discourse.sentences, passages)  # page_index.py
        self._strong = StrongIndex(c.text for c in self._discourse.sentences)
        self._weighable = weighable(self._sentences, set(self.options["evidence"]))
        self._marks = None
        self._first = self._discourse.first  # where each passage's sentences start

    def run_at(self, index: int, passage: Passage, matches: Matches) -> Iterator[Hit]:
        kinds = set(self.options["evidence"])
        here = index if 0 <= index < len(self._first) else None
        for n, claim in enumerate(passage.claims):
            # Its article index: its passage's place and its own, never its object's id().
            at = self._discourse.place(here, n) if here is not None and self._discourse else None
            if not asserts_cause(claim, passage.text):
                hit = self._predicate_hit(claim, passage, at, kinds)
                if hit is not None:
                    yield hit
                continue
            found = self._evidence_for(claim, passage, (here, at), kinds)
            if found is None:
                continue
            told = self._beside[1] if self._beside and self._beside[0] is found else None
            cue: Span = claim.strength.cue  # type: ignore[assignment]
            yield self._hit(passage, claim, cue, found, told)

    def _predicate_hit(self, claim: Claim, passage: Passage, place: At, kinds: Kinds) -> Hit | None:
        """A causal predicate the strength lexicon does not know ("sugar excites the reward
        centres", causal_predicates.py), weighed only against the study beside it."""
        if place is None:
            return None
        article = (self._sentences, self._texts, self._headings)
        read = predicate_evidence(article, place, passage.text, kinds, self._strong)
        if read is None:
            return None
        (start, end), found, told = read
        return self._hit(passage, claim, (start, end), found, told)

    def _hit(self, passage: Passage, claim: Claim, cue: Span, found: Evidence, told: Told) -> Hit:
        start, end = cue
        return Hit(
            start,
            end,
            {
                "cue": passage.text[start:end],
                "evidence": DESCRIBED[found.kind],
                "evidence_cue": found.text,
                "where": self._where(claim, found, told),
            },
        )

    def _where(self, claim: Claim, found: Evidence, beside: Claim | None) -> str:
        """ "described here", or the opening words of the other sentence that describes it
        (`beside`: the sentence a cue read beside the claim came from)."""
        told = self._discourse.sentence_of(found) if self._discourse is not None else None
        told = beside if beside is not None else told
        if told is None or told is claim:
            return "in the reference it cites" if cited(claim, found) else "described here"
        words = told.text.split()
        opening = " ".join(words[:8]) + (" ..." if len(words) > 8 else "")
        return f'described in another sentence ("{opening}")'

    def _evidence_for(
        self, claim: Claim, passage: Passage, placed: tuple[At, At], kinds: Kinds
    ) -> Evidence | None:
        """The evidence cue that undercuts the claim: its own sentence first, then the article
        (`placed`: its passage's index and its own in the article, None for a passage alone)."""
        self._beside = None
        scoped_model = bool(claim.model_scopes)
        cue_start, cue_end = claim.strength.cue or (claim.start, claim.start)
        # A study's result in the past tense reports it ("a 2018 study found that yoga improved
        # fatigue", "In animal studies, X reduced Y"); the present generalises ("... shrinks").
        scoped_study = _study_scope().search(claim.text) is not None or (
            claim.strength.form == "past"
            and (
                _REPORTS_FINDING.search(passage.text, claim.start, cue_start) is not None
                or opens_on_studies(claim, passage.text, cue_start)
            )
        )
        cause, effect = sides(claim, passage.text)

        def weak_of(other: Claim) -> Evidence | None:
            weak = [e for e in other.evidence if e.kind in kinds]
            for e in sorted(weak, key=_weighed):
                if e.kind in MODEL_KINDS and scoped_model:
                    continue  # "In mice, the compound reversed ageing" is about mice
                if scoped_study and e.kind != "observational":
                    continue  # "In a pilot study of 20 patients, the drug reduced pain"
                return e
            return None

        undercutting: Callable[[Claim], Evidence | None] = weak_of
        own = undercutting(claim)
        if own is not None and _model_of_claim(passage.text, claim, own, (cue_start, cue_end)):
            return None  # "zebrafish given turmeric healed", "reduced inflammation in bowel cells"
        if own is not None and _other_clause(passage.text, own, cue_start, cue_end):
            # "Further research is needed on valine, but they work best combined": the weak
            # evidence is about what its own clause says.
            words = subject_words(_clause_of(passage.text, claim, own.start))
            own = own if cause & words and effect & words else None
        own = own or undercutting(cited_designs(claim, kinds))  # the design its reference names
        if own is not None or not self.options["paragraph"] or scoped_model:
            return own
        undercutting = beside_a_trial(claim, undercutting)  # "In a randomised trial, ..."
        here, at = placed
        article = self._sentences if here is not None else [(0, c) for c in passage.claims]
        # The passage's own sentences, where the claim is (not the whole article: too slow).
        first = self._first[here] if here is not None else 0
        last = first + len(passage.claims)
        if here is not None:
            place = at if at is not None and first <= at < last else None
        else:
            place = next((k for k in range(first, last) if article[k][1] is claim), None)
        if place is None:
            return None
        if any(a.named for a in claim.attributions):
            found = self._named_study_evidence(article, place, undercutting)
            if found is None and self._discourse is not None:
                found = study_evidence(self._discourse, claim, at, undercutting)
            return found
        # "Research on acute exercise indicates that ...": the claim gives its own evidence;
        # what other sentences describe is other evidence.
        own_evidence = _OWN_FINDING.search(passage.text, claim.start, cue_start) is not None
        # A present-tense claim ("prevents", "kills") states a general truth; a past one reports.
        generalises = claim.strength.form in ("third", "base") or (
            not claim.strength.form
            and _EFFICACY.fullmatch(passage.text[cue_start:cue_end]) is not None
        )
        # Only the passage's sentences and the next one that describe evidence can undercut it.
        marks = self._weighable if here is not None else weighable(article, kinds)
        for k in marks[bisect_left(marks, first) : bisect_left(marks, max(last, place + 2))]:
            i, other = article[k]
            if k == place:
                continue
            found = undercutting(other)
            if found is None:
                continue
            if k == place + 1 and _TURNS_ON.match(other.text):
                return found  # "X cures Y. However, no study has tested it in people."
            if (i != here and here is not None) or own_evidence:
                continue  # another paragraph, or another study than the claim's own
            design = tuple(e for e in other.evidence if e.kind in kinds and not _wording(e))
            study = undercutting(Claim(0, 0, 0, "", evidence=design)) if design else None
            if study is None:
                continue  # "is linked to" in another sentence is wording, not a study
            words = subject_words(other.text)
            if cause & words and effect & words:
                return study
            if k == place - 1 and generalises and cause & _cause_side(other, passage.text):
                # "Mice fed cinnamon gained less weight. Cinnamon prevents obesity.": a
                # present-tense claim right after the study of its cause generalises from it.
                return study
        # Not a quoted claim, nor a relative clause that defines a noun ("a protein that causes").
        if here is not None and generalises and not own_evidence and _plain_claim(claim):
            # "Those who gardened had fewer fractures. Gardening strengthens your bones."
            texts, strong, page = self._texts, self._strong, (self._texts, self._headings)
            # The page's opening rests on the studies further on (causal_page.py) too.
            beside = neighbour_evidence(
                article, texts, self._headings, place, (cause, effect), kinds, undercutting, strong
            ) or page_evidence(article, page, place, (cause, effect), kinds, undercutting, strong)
            if beside is not None:
                self._beside = beside
                return beside[0]
        if here is not None and self._headings[here] and generalises:
            where = (self._first, self._headings, here, self._texts)
            found = section_evidence(article, where, cause, kinds, undercutting)
            if found is not None:
                return found
        if self._discourse is None:
            return None
        found = study_evidence(self._discourse, claim, at, undercutting)
        if found is not None or not generalises or own_evidence:
            return found
        found = next_evidence(self._discourse, claim, at, kinds, undercutting)
        if found is not None:
            return found
        if here is not None and self._headings[here]:
            return None  # a heading rests on its own section (above), not on the others
        return article_evidence(self._discourse, claim, at, (cause, effect), kinds, undercutting)

    def _named_study_evidence(
        self,
        article: Sequence[tuple[int, Claim]],
        place: int,
        undercutting: Callable[[Claim], Evidence | None],
    ) -> Evidence | None:
        """The evidence of the study a claim names (`causal_context.named_study_evidence`), with
        the page's study marks made once."""
        if article is not self._sentences:
            return named_study_evidence(article, place, undercutting, study_marks(article))
        if self._marks is None:
            self._marks = study_marks(article)
        return named_study_evidence(article, place, undercutting, self._marks)
