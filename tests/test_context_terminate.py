"""A modifier's scope ends at a clause boundary written as a colon, a semicolon or a dash, and
reaches across the same marks where they are no boundary (issues 14 and 9, review20k).

Each case: the sentence, the modifier, a word after the mark, and whether the modifier reaches
that word. Where it must not, the second clause is the writer's own assertion (the guideline's
findings: a cure, a statistic); where it must, the mark stands inside the clause the modifier
doubts or denies, so its claim is not the writer's.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from linter.nlp.components.extensions import SPAN_KEYS
from linter.nlp.phrase_regex import lower, phrase_pattern

# A clause boundary: the modifier stops there, the clause after it is asserted.
BOUNDARIES = [
    ("Find out if you are at risk: 40% of adults have prediabetes.", "Find out if", "40"),
    ("It is unclear whether the drug works; experts say it cures arthritis.", "unclear whether", "cures"),
    ("It is unclear whether the drug works—studies show it cures arthritis.", "unclear whether", "cures"),
    ("We don't know if turmeric helps – research shows it reverses joint damage.", "don't know if", "reverses"),
    ("It may take weeks to feel better; this tea cures insomnia in days.", "may", "cures"),
    ("There is no cure for lupus: stem cells reverse it in 90% of patients.", "no", "reverse"),
    ("People often ask whether acupuncture is safe; studies prove it cures migraine.", "ask whether", "cures"),
    ("Not everyone responds: the supplement reverses diabetes in weeks.", "Not", "reverses"),
    ("Nobody knows whether the virus came from bats: 1 in 5 adults carry antibodies.", "Nobody knows whether", "carry"),
    ("Doctors used to think ulcers came from stress; now we know bacteria cause them.", "used to think", "cause"),
    ("Some sites claim that garlic cures colds; our trial proves that zinc halves them.", "claim that", "halves"),
    ("It is not yet known whether the vaccine blocks infection—it cuts deaths by 90%.", "not yet known whether", "cuts"),
    ("This might sound odd: fasting reverses type 2 diabetes.", "might", "reverses"),
    ("We cannot promise results; the cream erases wrinkles for good.", "cannot", "erases"),
    ("Perhaps you have tried everything—this patch ends back pain for good.", "Perhaps", "ends"),
    ("You may have heard the rumours; the clinic's data show a 70% cure rate.", "You may have heard", "70"),
    ("No two patients are alike; this programme cures anxiety in all of them.", "No", "cures"),
    ("Never skip a dose: missing one doubles the risk of a stroke.", "Never", "doubles"),
    ("It is uncertain if the herb helps – the oil is guaranteed to cure acne.", "uncertain if", "cure"),
    ("We wonder if the hype is deserved; the pill cuts heart attacks by half.", "wonder if", "cuts"),
    ("Do not panic—the treatment cures 95% of early cases.", "Do not", "cures"),
    ("Results could vary: the clinic reports a 98% success rate.", "could", "98"),
    # A demonstrative that is the subject, not a noun of what is said, announces nothing.
    ("It is unclear whether this works: studies show it cures arthritis.", "unclear whether", "cures"),
    ("We wonder if that helps: the pill cuts heart attacks by half.", "wonder if", "cuts"),
]  # fmt: skip

# No boundary: a mark inside the clause the modifier covers, or one that joins no clauses.
WITHIN = [
    # A pair of dashes around an aside: the clause goes on after it.
    ("It is unclear whether the drug — a new statin — lowers the risk of stroke.", "unclear whether", "lowers"),
    ("Some people claim that the diet—popular online—reverses diabetes.", "claim that", "reverses"),
    # A time, a ratio, a URL: a colon with no space after it.
    ("It is unclear whether the drug, given at 10:30 each day, lowers blood pressure.", "unclear whether", "lowers"),
    ("It is unclear whether a 1:3 dilution cures warts.", "unclear whether", "cures"),
    ("There is little evidence, says https://example.org/review, that copper cures arthritis.", "little evidence", "cures"),
    # A range: an em dash between digits, an en dash not spaced.
    ("We do not know whether doses of 10—20 mg prevent migraine.", "do not know whether", "prevent"),
    ("It is unclear whether doses of 10–20 mg prevent migraine.", "unclear whether", "prevent"),
    # The label's own colon: "Myth:" names what follows as the myth.
    ("Myth: vitamin C cures colds.", "Myth:", "cures"),
    ("Myth 2: sugar causes hyperactivity.", "Myth 2:", "causes"),
    # A mark right after the modifier opens what it announces.
    ("The headline: coffee cures cancer.", "The headline", "cures"),
    ("You may have heard: garlic cures colds.", "You may have heard", "cures"),
    # A colon after a word that takes a complement, or after a cataphoric expression: what
    # follows completes the clause.
    ("Benefits of the tea may include: a cure for insomnia.", "may", "cure"),
    ("These remedies might include: herbs that cure colds.", "might", "cure"),
    ("There is no evidence for these claims: turmeric cures arthritis.", "no evidence for", "cures"),
    ("There is no proof of the following: that garlic cures colds.", "no", "cures"),
    ("There is no evidence for this claim: turmeric cures arthritis.", "no evidence for", "cures"),
    ("We have seen no proof of that popular belief: copper cures arthritis.", "no", "cures"),
    # A rebuttal after the claim comments on the clause before it, across the mark.
    ("Some people say garlic cures colds; this is a myth.", "is a myth", "cures"),
    ("Garlic cures colds: that has been debunked.", "has been debunked", "cures"),
    ("Garlic cures colds—this is a myth.", "is a myth", "cures"),
    ("Turmeric reverses arthritis; this claim is not true.", "is not true", "reverses"),
    # ", and" is no terminate cue: it joins a second question to the first, and a list's
    # last item after a serial comma.
    ("It is unclear whether garlic lowers cholesterol, and whether it prevents strokes.", "unclear whether", "prevents"),
    ("It is unclear whether garlic, onions, and leeks lower cholesterol.", "unclear whether", "lower"),
]  # fmt: skip

# A modifier inside an aside stays in it.
INSIDE_ASIDE = [
    ("Turmeric — possibly the best spice — cures arthritis.", "possibly", "cures"),
    ("The tea—which may taste bitter—cures colds.", "may", "cures"),
]


def _reaches(nlp: Language, sentence: str, modifier: str, word: str) -> bool:
    doc = nlp(sentence)
    target = next(t.i for t in doc if t.text == word)
    found = [m for m in doc.spans[SPAN_KEYS["modifiers"]] if m.text == modifier]
    assert found, f"no modifier {modifier!r} in {sentence!r}"
    return any(m._.info["scope"][0] <= target < m._.info["scope"][1] for m in found)


@pytest.mark.parametrize(("sentence", "modifier", "word"), BOUNDARIES)
def test_a_clause_boundary_ends_the_scope(
    nlp: Language, sentence: str, modifier: str, word: str
) -> None:
    assert not _reaches(nlp, sentence, modifier, word)


@pytest.mark.parametrize(("sentence", "modifier", "word"), WITHIN)
def test_a_mark_inside_the_clause_is_crossed(
    nlp: Language, sentence: str, modifier: str, word: str
) -> None:
    assert _reaches(nlp, sentence, modifier, word)


@pytest.mark.parametrize(("sentence", "modifier", "word"), INSIDE_ASIDE)
def test_a_modifier_inside_an_aside_stays_there(
    nlp: Language, sentence: str, modifier: str, word: str
) -> None:
    assert not _reaches(nlp, sentence, modifier, word)


def test_a_mark_is_matched_right_after_a_word_and_words_keep_their_boundaries() -> None:
    marks = phrase_pattern([";", "but"])
    assert [m.group() for m in marks.finditer(lower("at risk; but 40%"))] == [";", "but"]
    assert not marks.search("butter; ".replace(";", ""))  # "but" is still a whole word
    assert not marks.search("rebut it")
    words = phrase_pattern(["risk", "no evidence (that|of)"])
    assert words.pattern.startswith(r"(?<![\w-])")  # a list of words keeps the fast tests
    assert [m.group() for m in words.finditer("at risk: no evidence that")] == [
        "risk",
        "no evidence that",
    ]
    assert not words.search("risky high-risk")
