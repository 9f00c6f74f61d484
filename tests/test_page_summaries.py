"""The whole-page readings of causal-overreach kept as summaries made as the page is read, with
no sentence in them (issue 20, step 2 of a page checked in runs): the trials and reviews of the
page (`StrongIndex`) as subject words with each sentence's index, and each study of the
discourse as the subject words of its sentences. A run's `Claim`s can then be released while
these stay for the page. Sentences written for these tests."""

from __future__ import annotations

from reachable import reaches_a_claim

from linter.checks.causal_designs import assigns
from linter.checks.causal_neighbours import StrongIndex
from linter.checks.causal_stems import subject_words
from linter.checks.context_links import Discourse
from linter.checks.context_words import STRONG
from linter.claim import Claim, Passage
from linter.documents import parse_text
from linter.engine import Engine

PAGE = (
    "# Green tea and the heart\n\n"
    "A small cohort study followed 300 tea drinkers in Osaka. The study found that those who "
    "drank green tea had lower blood pressure. The researchers also asked about sleep.\n\n"
    "In a randomised trial, walnut eaters were compared with a control group given olive oil. "
    "Participants were assigned to a placebo or to garlic capsules.\n\n"
    "Green tea lowers blood pressure. Walnuts protect the heart.\n\n"
    "## Other news\n\n"
    "Researchers at Leeds studied cocoa in mice. They found that cocoa slowed ageing."
)


def _passages(engine: Engine, text: str) -> list[Passage]:
    document = parse_text("case.md", text, None)
    return list(engine.reader.passages(engine.blocks(document), "markdown"))


def _strong_sentences(sentences: list[Claim]) -> list[int]:
    return [k for k, c in enumerate(sentences) if STRONG.search(c.text) or assigns(c.text)]


def test_the_trials_of_the_page_are_kept_as_words_and_places(engine: Engine) -> None:
    sentences = Discourse(_passages(engine, PAGE)).sentences
    strong = StrongIndex(c.text for c in sentences)
    places = _strong_sentences(sentences)
    assert len(places) == 2  # the randomised trial and the assigned placebo, nothing else
    assert list(strong.places) == places
    assert strong.words == [subject_words(sentences[k].text) for k in places]
    assert not reaches_a_claim(strong)


def test_a_cause_is_about_a_trial_only_when_a_trial_names_it(engine: Engine) -> None:
    strong = StrongIndex(c.text for c in Discourse(_passages(engine, PAGE)).sentences)
    assert strong.about(subject_words("walnuts"))  # the randomised trial's
    assert strong.about(subject_words("garlic"))  # the assigned intervention's
    # Near misses: the cohort's tea and the mice's cocoa are observational and animal work.
    assert not strong.about(subject_words("green tea"))
    assert not strong.about(subject_words("cocoa"))
    assert not StrongIndex().about(subject_words("walnuts"))  # an empty page: no trial


def test_read_one_sentence_at_a_time_it_is_the_same_summary(engine: Engine) -> None:
    texts = [c.text for c in Discourse(_passages(engine, PAGE)).sentences]
    whole = StrongIndex(texts)
    step = StrongIndex()
    for place, text in enumerate(texts):
        step.add(place, text)
    assert (list(step.places), step.words) == (list(whole.places), whole.words)


def test_a_study_keeps_the_words_of_its_sentences_and_no_sentence(engine: Engine) -> None:
    discourse = Discourse(_passages(engine, PAGE))
    assert discourse.studies
    for study in discourse.studies:
        expected = frozenset().union(
            *(subject_words(discourse.sentences[k].text) for k in study.sentences)
        )
        assert study.words == expected
        assert not reaches_a_claim(study)
    cohort = discourse.studies[0]
    assert len(cohort.sentences) == 3  # its introduction and two references back
    assert {"pressur", "sleep"} <= cohort.words  # from the second and the third
    leeds = discourse.studies[-1]
    assert "pressur" not in leeds.words  # another section's study: its own words alone
