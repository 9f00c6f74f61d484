"""Readings that once cost more than linear time on odd input (issue 20, perfL), held to what
they read before: a hype word's name reading looks back over a bounded end of the text, not
the whole prefix of a long line; causal-overreach's scan of a paragraph visits only its
sentences that describe evidence, not all of them for every claim; the tokenizer's suffix
search reads the end of a long run of punctuation, not all of it for every suffix peeled.
"""

from __future__ import annotations

import random
import re

from spacy.lang.en import English
from spacy.util import compile_suffix_regex

from linter.api import lint_text
from linter.checks.causal_context import weighable
from linter.checks.causal_neighbours import StrongIndex
from linter.checks.causal_page import REACH, opening_evidence
from linter.checks.hype_reading import _OPENS_SENTENCE, _WORD_BEFORE, _tail
from linter.claim import Claim, Evidence
from linter.engine import Engine
from linter.nlp.pipeline import HealthEnglish
from linter.nlp.tokenizer_affixes import SuffixSearch, rule_width

_CHARACTERS = list("ab A_'’.!?:\"“(*\t\n -,é1²\u00a0\u2028\u0301")


def test_the_bounded_tail_reads_as_the_whole_prefix() -> None:
    # The whole-prefix searches the tail replaced, on short random texts of the characters
    # that matter to them (words, apostrophes, stops, quotes, every kind of space).
    chance = random.Random(20)
    for _ in range(3000):
        text = "".join(chance.choice(_CHARACTERS) for _ in range(chance.randint(0, 10)))
        for start in range(len(text) + 1):
            prefix, tail = text[:start], _tail(text, start)
            opens = re.search(r"(?:^|[.!?:]\s+|[\"“(*]\s*)$", prefix)
            assert bool(opens) == bool(_OPENS_SENTENCE.search(tail)), (text, start)
            word = re.search(r"([\w'’]+)[ \t]+$", prefix)
            found = _WORD_BEFORE.search(tail)
            assert (word and word.group(1)) == (found and found.group(1)), (text, start)


def test_the_tail_of_a_long_line_is_short() -> None:
    line = "word cures " * 10_000
    assert _tail(line, len(line) - len("cures ")) == " word "


def test_only_sentences_that_describe_evidence_are_weighed() -> None:
    rats = Evidence("animal", 0, 7, "in rats")
    article = [(0, Claim(0, 0, 9, "a")), (0, Claim(0, 10, 19, "b", evidence=(rats,)))]
    article += [(1, Claim(0, 20, 29, "c", evidence=(rats,)))]
    assert weighable(article, {"animal"}) == [1, 2]
    assert weighable(article, {"observational"}) == []


def test_a_study_at_the_far_end_of_a_long_paragraph_still_weighs() -> None:
    # The scan skips the sentences with no evidence, not the evidence far from the claim.
    engine = Engine(select=["causal-overreach"])
    filler = "Pharmacies sell it in small tins. " * 300
    text = f"The balm cures psoriasis. {filler}A study in rats found that the balm cleared "
    text += "psoriasis plaques.\n"
    assert [(f.line, f.column) for f in lint_text(text, "page.md", engine=engine)] == [(1, 10)]


def test_a_long_run_of_punctuation_is_peeled_as_spacy_peels_it() -> None:
    # The suffix search looks at the end of a chunk only, as far as the longest suffix rule
    # reaches ("\.\.+" has no bound: chunks ending with a stop are searched whole).
    rules = list(English.Defaults.suffixes)
    whole, bounded = compile_suffix_regex(rules), SuffixSearch(rules, plain_calls=0)
    for chunk in ("`" * 3000, "a" + "”)" * 900, "5" + "km" * 700, "x" + "." * 2000, "10%"):
        for text in (chunk, chunk[:-1], chunk[1:]):
            found, expected = bounded(text), whole.search(text)
            assert (found and found.span()) == (expected and expected.span()), text[-20:]
    assert rule_width("a|b", 0) is None  # "$" ends only the second branch
    assert rule_width(r"\.\.+", 0) is None and rule_width("(?<=[0-9])km", 0) == 2


def test_the_tokenizer_splits_a_long_backtick_run_as_spacys_own() -> None:
    fast, stock = HealthEnglish(), HealthEnglish()
    stock.tokenizer.suffix_search = compile_suffix_regex(stock.Defaults.suffixes).search
    text = "`" * 2500 + " cure " + "`" * 2499 + "\n" + "(" * 300 + "x" + ")" * 300 + ".\n"
    assert [(t.idx, t.text) for t in fast.make_doc(text)] == [
        (t.idx, t.text) for t in stock.make_doc(text)
    ]


# Pieces a chunk of web text ends with: mixed punctuation and quotes, units and numbers with
# suffixes, emoji (one with a skin-tone modifier, a flag), URLs, abbreviations, odd spaces.
_PIECES = [*".,;:!?'\"“”‘’()[]{}<>`~*-_—–…/\\%$€£°#@&+=|^±×"]
_PIECES += ["😀", "👍🏽", "🇬🇧", "km", "mg", "°C", "'s", "’s", "n't", "...", "10", "3.5", "1,000"]
_PIECES += ["2nd", "30mg", "http://a.example/b?c=1", "www.x.org", "e.g.", "U.S.", "p<0.05"]
_PIECES += ["a", "Z", "é", "ß", "ı", "K", "ﬁ", "½", "²", "\u00a0", "\u200b", "\t", "\n"]


def test_mixed_chunks_are_peeled_as_spacys_own_search_peels_them() -> None:
    # Each chunk is peeled to nothing as spaCy peels it (search, cut the suffix found, go on),
    # with the rules read at once: every search's span must be the whole pattern's.
    rules = list(English.Defaults.suffixes)
    whole, bounded = compile_suffix_regex(rules), SuffixSearch(rules, plain_calls=0)
    chance = random.Random(18)
    chunks: list[str] = []
    for _ in range(1500):
        chunks.append("".join(chance.choice(_PIECES) for _ in range(chance.randint(1, 30))))
    for _ in range(40):  # runs past LONG_CHUNK and MAX_WIDTH, ending with other pieces
        run = chance.choice(["”)", "…", "%", "km", "😀", "'s", "]", "*", "—", "!?"])
        chunks.append(
            chance.choice(_PIECES) + run * chance.randint(40, 200) + chance.choice(_PIECES)
        )
    for chunk in chunks:
        text = chunk
        while text:
            found, expected = bounded(text), whole.search(text)
            assert (found and found.span()) == (expected and expected.span()), text[-40:]
            cut = expected.start() if expected and expected.start() < len(text) else len(text) - 1
            text = text[:cut]


def test_mixed_text_is_tokenized_as_spacys_own_tokenizer_does() -> None:
    fast, stock = HealthEnglish(), HealthEnglish()
    stock.tokenizer.suffix_search = compile_suffix_regex(stock.Defaults.suffixes).search
    chance = random.Random(19)
    words = [
        "".join(chance.choice(_PIECES) for _ in range(chance.randint(1, 12))) for _ in range(4000)
    ]
    words += [
        "”)" * 200,
        "x" + "😀" * 150 + ".",
        "5" + "%" * 300,
        "(" * 90 + "cure" + ")" * 90 + "!",
    ]
    text = " ".join(words)
    assert [(t.idx, t.text) for t in fast.make_doc(text)] == [
        (t.idx, t.text) for t in stock.make_doc(text)
    ]


def test_an_opening_claim_reads_a_bounded_stretch_after_it() -> None:
    # causal_page.opening_evidence looks at REACH sentences after the claim, whatever follows:
    # a page's cost is its opening's sentences times REACH, not times the page.
    claim = Claim(0, 0, 25, "The balm cures psoriasis.")
    rats = "A study in rats found that the balm cleared psoriasis."
    study = Claim(0, 0, len(rats), rats, evidence=(Evidence("animal", 11, 18, "in rats"),))
    filler = Claim(0, 0, 10, "Tins sell.")

    def found(gap: int) -> bool:
        article = [(0, claim)] + [(1 + k, filler) for k in range(gap)] + [(gap + 1, study)]
        texts = [claim.text] + [filler.text] * gap + [rats]
        headings = [False] * (gap + 2)
        read = opening_evidence(
            article,
            (texts, headings),
            0,
            (frozenset({"balm"}), frozenset({"psoriasis"})),
            {"animal"},
            lambda c: c.evidence[0] if c.evidence else None,
            StrongIndex([]),
        )
        return read is not None

    assert found(REACH - 1)
    assert not found(REACH)
