"""Check: a direct causal claim of the writer's that rests on evidence which cannot carry it.

The claim must be the writer's and direct: a causal verb or "is effective" (not a noun or an
adjective: "tissue damage", "elevated levels"), with no modal of possibility or "help" before
it ("can help", "may reduce", "can lead to"), not in a purpose ("efforts to reduce"), a
condition ("if the immune system is stimulated") or a question. The evidence must be about the
same thing: described in the claim's own sentence; in the next sentence when that one turns on
it ("However, human studies are needed"); or anywhere in the article when the describing
sentence names both the claim's cause and its effect, or refers back to the study the claim
names ("The study followed 1,011 patients ..."). A claim scoped to its own model ("in mice") or
opening on its own small study reports that result.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING, ClassVar

from linter.checks.base import Check, Hit
from linter.checks.causal_words import (
    _AUXILIARY_AFTER,
    _CLAUSE_BREAK,
    _CONDITION,
    _EFFICACY,
    _FACT_MODALS,
    _HELP,
    _INFINITIVE,
    _NEW_STUDY,
    _NOUN_AFTER,
    _NOUN_BEFORE,
    _PASSIVE,
    _RAISING,
    _REPORTS_FINDING,
    _SINGULAR_BEFORE,
    _STUDY_ARM,
    _STUDY_REFERENCE,
    _TURNS_ON,
    _WORD,
    DESCRIBED,
    MODEL_KINDS,
)
from linter.checks.options import Option
from linter.claim import EVIDENCE_KINDS, Claim, Evidence, Passage
from linter.config.lexicon import default_lexicon, word_pattern
from linter.registry.match import Matches

if TYPE_CHECKING:
    from linter.checks.rules import Rule


@cache
def _generic_words() -> frozenset[str]:
    return frozenset(default_lexicon().get("evidence.generic_words"))


@cache
def _association_wording() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("evidence.association_wording"))


def _wording(evidence: Evidence) -> bool:
    """Whether the cue is wording of association ("is linked to"), not a study's design."""
    return _association_wording().fullmatch(evidence.text) is not None


@cache
def _study_scope() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("evidence.study_scope"))


def _words_of(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def _subject_words(text: str) -> frozenset[str]:
    """The words of a text that say what it is about (four letters or more, not generic)."""
    words = frozenset(_WORD.findall(text.lower())) - _generic_words()
    # A plural and its singular are one subject ("walnuts", "walnut intake").
    return frozenset(w[:-1] if w.endswith("s") and not w.endswith("ss") else w for w in words)


def _weighed(evidence: Evidence) -> tuple[int, int]:
    """Evidence is weighed by kind (observational first), then by place."""
    return EVIDENCE_KINDS.index(evidence.kind), evidence.start


def asserts_cause(claim: Claim, text: str) -> bool:
    """Whether the sentence states a cause as a fact, in the writer's own voice."""
    reading = claim.strength
    if not reading.asserts_cause or reading.cue is None:
        return False
    start, end = reading.cue
    cue = text[start:end]
    if cue.lower().split()[-1] in ("a", "an", "the"):
        return False  # "make them a member": to become, not to cause
    if cue.lower().split()[0] in _HELP or reading.modal not in _FACT_MODALS:
        return False  # "helps lower", "can reduce", "may help": a possibility
    if not reading.form and not _EFFICACY.fullmatch(cue):
        return False  # a noun or an adjective: "side effects", "due to", "a key role"
    if text[end : end + 1] == "-" or claim.text.rstrip().endswith("?"):
        return False  # "double-blind"; a question
    before = text[claim.start : start]
    infinitive = _INFINITIVE.search(before)
    if infinitive and not _RAISING & set(infinitive.group(1).lower().split()):
        return False  # "efforts to reduce", "looking to lose weight"; not "found X to be"
    if _CONDITION.search(before):
        return False  # "if the immune system is stimulated"
    if _STUDY_ARM.search(before):
        return False  # "one group did reduce its calorie count": what a study's arm did
    # "different causes are ...", "brain benefits such as ...": a noun.
    if reading.form == "base" and _SINGULAR_BEFORE.search(before):
        return False  # "a stronger antibacterial impact": no verb agrees with "a"
    if reading.form == "base" and _FOUND_BEFORE.search(before):
        return False  # "a study found lower rates of liver disease": an adjective, a result
    if reading.form in ("base", "third") and _AUXILIARY_AFTER.match(text, end):
        return False  # "tissue damage was seen": a verb is not followed by an auxiliary
    if reading.form == "past" and not _words_of(before):
        return False  # "Elevated levels were found": a past verb needs a subject before it
    return not (
        reading.form == "third" and (_NOUN_BEFORE.search(before) or _NOUN_AFTER.match(text, end))
    )


def sides(claim: Claim, text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The subject words of the claim's cause and of its effect (split at its cue)."""
    start, end = claim.strength.cue or (claim.start, claim.start)
    cause = _subject_words(text[claim.start : start])
    effect = _subject_words(text[end : claim.end])
    if _PASSIVE.match(text, end) or text[start:end].lower().endswith(" by"):
        cause, effect = effect, cause  # "strep throat is caused by bacteria"
    return cause, effect


_FOUND_BEFORE = re.compile(
    r"\b(?:found|find|finds|showed|shows|show|saw|see|sees|reported|reports|observed|revealed|had)"
    r"\s+$",
    re.I,
)


_BACK_TO_STUDY = re.compile(
    r"\b(?:that|this|the|their|its|these|those)\s+(?:experiments?|stud(?:y|ies)|trials?|work)\b",
    re.I,
)


def _cause_side(other: Claim, text: str) -> frozenset[str]:
    """The subject words of what another sentence says acts: before its causal cue, or the whole
    sentence when it has none ("mice fed cinnamon gained less weight")."""
    cue = other.strength.cue
    end = cue[0] if cue else other.end
    return _subject_words(text[other.start : end])


def _other_clause(text: str, evidence: Evidence, start: int, end: int) -> bool:
    """Whether a clause break stands between the evidence cue and the claim's cue."""
    left, right = sorted((evidence.end, start)) if evidence.end <= start else (end, evidence.start)
    return left < right and _CLAUSE_BREAK.search(text, left, right) is not None


def _clause_of(text: str, claim: Claim, at: int) -> str:
    """The clause of the sentence that holds the character at `at`."""
    left, right = claim.start, claim.end
    for m in _CLAUSE_BREAK.finditer(text, claim.start, claim.end):
        if m.end() <= at:
            left = m.end()
        elif m.start() > at:
            right = m.start()
            break
    return text[left:right]


class CausalCheck(Check):
    """Yield one hit per direct causal claim of the writer's resting on weak evidence."""

    OPTIONS: ClassVar[dict[str, Option]] = {
        "evidence": Option(list, list(EVIDENCE_KINDS), EVIDENCE_KINDS),
        # Also weigh evidence described in other sentences of the article, not only the claim's.
        "paragraph": Option(bool, True),
    }

    def __init__(self, rule: Rule) -> None:
        super().__init__(rule)
        self._sentences: list[tuple[int, Claim]] = []  # (passage index, sentence), in order
        self._index: dict[int, int] = {}  # id(passage) -> its index
        self._headings: list[bool] = []  # passage index -> whether it is a heading
        self._first: list[int] = []  # passage index -> where its sentences start in _sentences

    def begin(self, passages: Sequence[Passage]) -> None:
        self._index = {id(p): i for i, p in enumerate(passages)}
        self._headings = [p.kind == "heading" for p in passages]
        self._sentences = [(i, c) for i, p in enumerate(passages) for c in p.claims]
        self._first = []
        at = 0
        for p in passages:
            self._first.append(at)
            at += len(p.claims)

    def run(self, passage: Passage, matches: Matches) -> Iterator[Hit]:
        kinds = set(self.options["evidence"])
        for claim in passage.claims:
            if not asserts_cause(claim, passage.text):
                continue
            found = self._evidence_for(claim, passage, kinds)
            if found is None:
                continue
            start, end = claim.strength.cue  # type: ignore[misc]
            yield Hit(
                start,
                end,
                {
                    "cue": passage.text[start:end],
                    "evidence": DESCRIBED[found.kind],
                    "evidence_cue": found.text,
                },
            )

    def _evidence_for(self, claim: Claim, passage: Passage, kinds: set[str]) -> Evidence | None:
        """The evidence cue that undercuts the claim: its own sentence first, then the article."""
        scoped_model = bool(claim.model_scopes)
        cue_start, cue_end = claim.strength.cue or (claim.start, claim.start)
        # A study's result in the past tense reports it ("a 2018 study found that yoga
        # improved fatigue in a small group"); the present generalises ("... shows the drug
        # shrinks tumours").
        scoped_study = _study_scope().search(claim.text) is not None or (
            claim.strength.form == "past"
            and (
                _REPORTS_FINDING.search(passage.text, claim.start, cue_start) is not None
                # "In that experiment, cinnamon prevented weight gain": the study named before.
                or _BACK_TO_STUDY.search(passage.text, claim.start, cue_start) is not None
            )
        )
        cause, effect = sides(claim, passage.text)

        def undercutting(other: Claim) -> Evidence | None:
            weak = [e for e in other.evidence if e.kind in kinds]
            for e in sorted(weak, key=_weighed):
                if e.kind in MODEL_KINDS and scoped_model:
                    continue  # "In mice, the compound reversed ageing" is about mice
                if scoped_study and e.kind != "observational":
                    continue  # "In a pilot study of 20 patients, the drug reduced pain"
                return e
            return None

        own = undercutting(claim)
        if own is not None and _other_clause(passage.text, own, cue_start, cue_end):
            # "Further research is needed on valine, but they work best combined": the weak
            # evidence is about what its own clause says.
            words = _subject_words(_clause_of(passage.text, claim, own.start))
            own = own if cause & words and effect & words else None
        if own is not None or not self.options["paragraph"] or scoped_model:
            return own
        here = self._index.get(id(passage))
        article = self._sentences if here is not None else [(0, c) for c in passage.claims]
        # The passage's own sentences: where the claim is, and all that can weigh on it but
        # the next sentence (a quadratic scan of the whole article, sentence by sentence, was
        # most of the time on a long page).
        first = self._first[here] if here is not None else 0
        last = first + len(passage.claims)
        place = next(
            (k for k in range(first, last) if article[k][1] is claim),
            None,
        )
        if place is None:
            return None
        if any(a.named for a in claim.attributions):
            return self._named_study_evidence(article, place, undercutting)
        # "Research on acute exercise indicates that ...": the claim gives its own evidence;
        # what other sentences describe is other evidence.
        own_evidence = _REPORTS_FINDING.search(passage.text, claim.start, cue_start) is not None
        # A present-tense claim ("prevents", "kills") states a general truth; a past one reports.
        generalises = claim.strength.form in ("third", "base") or (
            not claim.strength.form
            and _EFFICACY.fullmatch(passage.text[cue_start:cue_end]) is not None
        )
        # Only the passage's sentences and the next one can undercut the claim (below):
        # those of other paragraphs are skipped, so they are not weighed at all.
        for k in range(first, min(max(last, place + 2), len(article))):
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
            design = [e for e in other.evidence if e.kind in kinds and not _wording(e)]
            if not design or undercutting(Claim(0, 0, 0, "", evidence=tuple(design))) is None:
                continue  # "is linked to" in another sentence is wording, not a study
            words = _subject_words(other.text)
            if cause & words and effect & words:
                return undercutting(Claim(0, 0, 0, "", evidence=tuple(design)))
            if k == place - 1 and generalises and cause & _cause_side(other, passage.text):
                # "Mice fed cinnamon gained less weight. Cinnamon prevents obesity.": a
                # present-tense claim right after the study of its cause generalises from it.
                return undercutting(Claim(0, 0, 0, "", evidence=tuple(design)))
        if here is not None and self._headings[here] and generalises:
            return self._section_evidence(article, here, cause, effect, kinds, undercutting)
        return None

    def _section_evidence(
        self,
        article: list[tuple[int, Claim]],
        here: int,
        cause: frozenset[str],
        effect: frozenset[str],
        kinds: set[str],
        undercutting: Callable[[Claim], Evidence | None],
    ) -> Evidence | None:
        """A heading that states a cause ("Coffee Protects Your Liver") rests on the paragraph
        under it: a study design there about the same cause and effect undercuts it."""
        if here + 1 >= len(self._first) or self._headings[here + 1]:
            return None
        start = self._first[here + 1]
        end = self._first[here + 2] if here + 2 < len(self._first) else len(article)
        for _, other in article[start:end]:
            design = [e for e in other.evidence if e.kind in kinds and not _wording(e)]
            if not design:
                continue
            words = _subject_words(other.text)
            if cause & words and effect & words:
                found = undercutting(Claim(0, 0, 0, "", evidence=tuple(design)))
                if found is not None:
                    return found
        return None

    @staticmethod
    def _named_study_evidence(
        article: list[tuple[int, Claim]],
        place: int,
        undercutting: Callable[[Claim], Evidence | None],
    ) -> Evidence | None:
        """A claim that names its study ("a study at Dana-Farber found that X increased Y")
        rests on that study: the sentences after it that describe "the study", up to the next
        study the article introduces, say what kind it was."""
        for _, other in article[place + 1 :]:
            if _NEW_STUDY.search(other.text):
                return None
            if _STUDY_REFERENCE.search(other.text):
                found = undercutting(other)
                if found is not None:
                    return found
        return None
