"""What a sentence model trained on the real sites' labels adds on text it never saw (issue 14,
session 32, learnR): the four wild sites of ../shared/data/wild, and the shared articles' check
half.

The model is fitted on every row of bench/over_real_data.py (C and threshold given), then reads
every sentence the rules and the guard leave open (bench/over_training.py). On the wild sites
every addition is a candidate false alarm (nobody labelled them): a seeded sample is printed with
its sentence (shown, never stored) for judging by ../shared/data/articles/GUIDELINE.md, and the
verdicts go in bench/judgements/over-real-wild.jsonl, keys only:
    {"id": "<id printed here>", "verdict": "useful" | "false-alarm"}
On the articles' check half (even file numbers, scored, never tuned on) it prints OVER by unit,
rules alone and rules OR model.

    python bench/over_real_wild.py --t 0.9 [--C 10] [--written] [--sample 40] [--score]
    python bench/over_real_wild.py --t 0.9 --articles
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from over_real_data import load_real_rows, page_rows
from over_training import LABEL, decided, design, fit, labels, scores
from over_wild import judged_precision, seeded_sample
from wild import CORPORA, corpus_files, corpus_root
from wildtext import count_words, read_source, short_hash

from linter.engine import Engine

JUDGED = Path(__file__).resolve().parent / "judgements" / "over-real-wild.jsonl"
SEED = "healthlint-over-real-2026"


def model(c: float, written: bool = False):
    """Fitted on every real row (and, with `written`, every written set's row too)."""
    rows = load_real_rows()
    if written:
        from over_data import load_over_rows

        rows = rows + load_over_rows()
    return fit(design(rows), labels(rows), c)


def wild_additions(fitted, t: float) -> tuple[list[dict], int]:
    engine, found, words = Engine(), [], 0
    for corpus in CORPORA:
        root = corpus_root(corpus)
        for name in corpus_files(corpus):
            source = read_source(root / name)
            words += count_words(source)
            rows = page_rows(engine, corpus, root, root / name, [], source)
            if not rows:
                continue
            p = scores(fitted, design(rows))
            for r, q, closed in zip(rows, p, decided(rows), strict=True):
                if q >= t and not closed:
                    text = r.passage.text[r.claim.start : r.claim.end]
                    words_of = fitted.carriers(text)
                    found.append(
                        {
                            "corpus": corpus,
                            "path": name,
                            "p": float(q),
                            "text": " ".join(text.split()),
                            "words": words_of,
                            "id": short_hash(f"{corpus} {name} {' '.join(text.split())}"),
                        }
                    )
    return found, words


def articles_check(fitted, t: float) -> None:
    from articles import half_of
    from common import shared_data
    from goldscore import load_gold
    from learned_data import _rows_of
    from learned_scores import pr, unit_scores

    folder = shared_data() / "articles"
    engine = Engine()
    files = sorted(f.name for f in folder.glob("[0-9]*-*.md") if half_of(f.name) == "check")
    gold = load_gold(folder)
    rows = []
    for file in files:
        rows += _rows_of(folder, file, [g for g in gold if g["file"] == file], engine, "articles")
    ruled = np.array([LABEL in r.rules for r in rows])
    p = scores(fitted, design(rows))
    fired = ruled | ((p >= t) & ~decided(rows))
    print(f"articles check half, {len(files)} passages, {len(rows)} sentences, OVER by unit:")
    print(f"  rules alone     {pr(*unit_scores(rows, LABEL, ruled))}")
    print(f"  rules OR model  {pr(*unit_scores(rows, LABEL, fired))}  (t {t})")
    for r, q, d in zip(rows, p, decided(rows), strict=True):
        if q >= min(t, 0.5) and not d:
            print(f"    p {q:.2f} gold {sorted(r.gold)} {r.group}#{r.unit}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--t", type=float, required=True)
    parser.add_argument("--C", type=float, default=10.0)
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--score", action="store_true")
    parser.add_argument("--articles", action="store_true")
    parser.add_argument("--written", action="store_true", help="also train on the written sets")
    args = parser.parse_args()
    fitted = model(args.C, args.written)
    if args.articles:
        articles_check(fitted, args.t)
        return
    found, words = wild_additions(fitted, args.t)
    by = {c: sum(f["corpus"] == c for f in found) for c in CORPORA}
    print(
        f"{len(found)} additions over {words:,} words ({1000 * len(found) / words:.3f} per 1,000): {by}"
    )
    sample = seeded_sample(found, SEED, args.sample)
    if args.score:
        print(judged_precision(sample, JUDGED))
        return
    for f in sample:
        print(f"\n[{f['id']}] p {f['p']:.2f} {f['corpus']}/{f['path']}  words: {f['words']}")
        print(f"  {f['text'][:400]}")


if __name__ == "__main__":
    main()
