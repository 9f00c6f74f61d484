"""CPU seconds of spaCy's tokenizer over one file's prose blocks: spaCy's own suffix search
against healthlint's (linter/nlp/tokenizer_affixes.py), with the tokens compared.

    python bench/tokenizer_times.py [FILE] [--runs 3]

Reads FILE's prose blocks as a check does, then tokenizes them --runs times with each
tokenizer in turn, each time in a new pipeline (a check tokenizes each new word once: the
tokenizer's cache starts empty), and prints the medians of CPU time (time.process_time) and
whether every block's tokens (offset and text) are the same.
"""

from __future__ import annotations

import statistics
import time

from common import file_and_runs


def main() -> None:
    args = file_and_runs(__doc__)

    from spacy.util import compile_suffix_regex

    from linter.documents import format_for, read_document
    from linter.documents.prose_blocks import prose_blocks
    from linter.nlp.pipeline import HealthEnglish

    path = str(args.file)
    document = read_document(path, args.file.read_bytes(), format_for(path))
    texts = [block.text for block in prose_blocks(document.blocks, document.source)]
    spent: dict[str, list[float]] = {"spaCy's suffix search": [], "healthlint's": []}
    tokens: dict[str, list[list[tuple[int, str]]]] = {}
    for _ in range(args.runs):
        for name in spent:
            nlp = HealthEnglish()
            if name == "spaCy's suffix search":
                nlp.tokenizer.suffix_search = compile_suffix_regex(nlp.Defaults.suffixes).search
            start = time.process_time()
            docs = [nlp.make_doc(text) for text in texts]
            spent[name].append(time.process_time() - start)
            tokens[name] = [[(t.idx, t.text) for t in doc] for doc in docs]
    print(f"{args.file}: {len(texts)} blocks, medians of {args.runs} runs (CPU s)")
    for name, runs in spent.items():
        print(
            f"  {name:22s} {statistics.median(runs):.3f}  ({', '.join(f'{r:.3f}' for r in runs)})"
        )
    same = tokens["spaCy's suffix search"] == tokens["healthlint's"]
    print("  tokens identical" if same else "  TOKENS DIFFER")


if __name__ == "__main__":
    main()
