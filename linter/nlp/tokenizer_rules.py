"""spaCy's tokenizer with its special cases loaded as the text needs them.

English has 1,358 special cases (contractions, abbreviations, emoticons: "don't", "a.m.", ":)").
spaCy's `Tokenizer` loads every one as it is built, validating it, making its tokens and, for a
case with a prefix, suffix or infix, tokenizing it for the matcher of such cases: about 0.1 s of
CPU, a tenth of a cold check of one article, which meets few of them (27 in bench's 6 kB
article). `LazyRulesTokenizer` loads, before it tokenizes a text, only the cases that the text
can meet, and every case left once it has tokenized LOAD_ALL_AFTER characters (a long file
meets most of them, and the search for them would cost more than loading them).

Why the tokens are those of spaCy's tokenizer holding every case. A case acts on a text in two
ways only (spacy/tokenizer.pyx): its string is looked up as a chunk of the text, or as a chunk
with prefixes or suffixes stripped, all of them substrings of the text; or the matcher of cases
with affixes matches consecutive tokens whose texts are the tokens of the case's string, so the
text they span is those tokens with whitespace between them. Either way the case's string with
its whitespace removed is a substring of the text with its whitespace removed (`_squeezed`). A
case for which that fails is found by no lookup and matched nowhere, so leaving it out changes
no token; nor does loading it later: a case's tokens for the matcher are made without special
cases (they do not depend on which other cases are loaded), and adding one flushes the
tokenizer's cache. The cases whose string is only whitespace are loaded at once.

Two spaCy paths read the loaded cases (the Cython `_rules`), not `rules`, so they first load
every case left: `to_bytes` (and `to_disk`, which writes it), which would otherwise save only the
cases met so far; and a vocab memory zone, which frees at its end the lexemes and strings made
inside it, a lazily loaded case's among them (its tokens would then read freed memory): a case
cannot be loaded inside one, so `Language.memory_zone` is entered with none pending
(pipeline.py) and a call inside a zone with cases pending is refused.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

# Characters tokenized before every case left is loaded (an article's worth; the same bound as
# the one-pass matchers', linter/config/multi_match.py).
LOAD_ALL_AFTER = 50_000

Rules = dict[str, Any]


def _squeezed(text: str) -> str:
    """The text without its whitespace (str.split's, which includes the space spaCy splits on)."""
    return "".join(text.split())


class _Pending:
    """The cases not loaded yet, found by the first two characters of their squeezed string."""

    def __init__(self, strings: Iterable[str]) -> None:
        self.by_head: dict[str, list[tuple[str, str]]] = {}
        for string in strings:
            squeezed = _squeezed(string)
            self.by_head.setdefault(squeezed[:2], []).append((string, squeezed))

    def __bool__(self) -> bool:
        return bool(self.by_head)

    def discard(self, string: str) -> None:
        head = _squeezed(string)[:2]
        kept = [(s, q) for s, q in self.by_head.get(head, ()) if s != string]
        if kept:
            self.by_head[head] = kept
        else:
            self.by_head.pop(head, None)

    def met_in(self, text: str) -> list[str]:
        """The pending cases whose squeezed string is in the squeezed text (taken out)."""
        squeezed = _squeezed(text)
        # Every two characters, and every one (the head of a one-character case).
        heads = {squeezed[i : i + 2] for i in range(len(squeezed))} | set(squeezed)
        met: list[tuple[str, str]] = []
        for head in heads & self.by_head.keys():
            left: list[tuple[str, str]] = []
            for string, case in self.by_head[head]:
                (met if case in squeezed else left).append((string, case))
            if left:
                self.by_head[head] = left
            else:
                del self.by_head[head]
        return [string for string, _ in met]

    def take_all(self) -> list[str]:
        strings = [string for cases in self.by_head.values() for string, _ in cases]
        self.by_head.clear()
        return strings


class LazyRulesTokenizer(Tokenizer):  # type: ignore[misc]  # a Cython class to mypy
    """`spacy.tokenizer.Tokenizer` whose special cases are loaded when a text can meet them."""

    def __init__(self, vocab: Any, rules: Rules | None = None, *args: Any, **kwargs: Any) -> None:
        # Set before Tokenizer.__init__, which loads the first cases through add_special_case.
        self._all_rules: Rules = dict(rules or {})
        self._pending = _Pending(s for s in self._all_rules if _squeezed(s))
        self._tokenized = 0
        now = {s: v for s, v in self._all_rules.items() if not _squeezed(s)}
        super().__init__(vocab, now, *args, **kwargs)

    def __call__(self, string: str) -> Doc:
        # getattr: memory zones came with spaCy 3.8, and the project allows 3.7.
        if self._pending and getattr(self.vocab, "in_memory_zone", False):
            raise RuntimeError(
                "spaCy special cases cannot be loaded inside a vocab memory zone: "
                "enter it through the pipeline (nlp.memory_zone) or call load_all() first"
            )
        if self._pending:
            self._tokenized += len(string)
            if self._tokenized > LOAD_ALL_AFTER:
                self._load(self._pending.take_all())
            else:
                self._load(self._pending.met_in(string))
        doc: Doc = super().__call__(string)
        return doc

    def load_all(self) -> None:
        """Load every case left (before a memory zone, or to save the tokenizer)."""
        self._load(self._pending.take_all())

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """spaCy's, with every case: it saves the loaded ones (`_rules`), not `rules`."""
        self.load_all()
        data: bytes = super().to_bytes(exclude=exclude)
        return data

    def _load(self, strings: list[str]) -> None:
        for string in sorted(strings):  # the order Tokenizer._load_special_cases loads them in
            Tokenizer.add_special_case(self, string, self._all_rules[string])

    def add_special_case(self, string: str, substrings: Any) -> None:
        """A case added by hand replaces a pending one of the same string."""
        self._pending.discard(string)
        self._all_rules[string] = substrings
        super().add_special_case(string, substrings)

    # Every case, loaded or not, as spaCy's tokenizer lists them (its pickling and `explain`
    # read them here; `to_bytes` reads `_rules`, hence the method above).
    @property
    def rules(self) -> Rules:
        return dict(sorted(self._all_rules.items()))

    @rules.setter
    def rules(self, rules: Rules) -> None:
        self._all_rules = dict(rules or {})
        self._pending = _Pending(s for s in self._all_rules if _squeezed(s))
        now = {s: v for s, v in self._all_rules.items() if not _squeezed(s)}
        Tokenizer.rules.__set__(self, now)
