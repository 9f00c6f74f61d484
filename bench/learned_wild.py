"""What a learned sentence model would add on the wild sites, judged by hand (issue 14).

Trains the model of bench/learned_cv.py on all of its data (the tune half of the articles and
the 40 labelled windows), reads every file of the four wild corpora with healthlint's own
reader and checks (in process), and lists, per label, the sentences the rules left without
that label where the model's probability reaches --threshold: how many per 1,000 words, and
a fixed seeded sample of them with their text (shown, never stored) for judging.

    python bench/learned_wild.py [--threshold 0.5] [--per-label 20] [--labels VAGUE OVER]
    python bench/learned_wild.py --score     precision of the judged sample

Verdicts go in bench/judgements/learned-wild.jsonl, keys only, one JSON object a line:
    {"id": "<id printed here>", "label": "VAGUE", "verdict": "useful" | "false-alarm"}
judged strictly by ../shared/data/articles/GUIDELINE.md and the conventions of
bench/judgements/README.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np
from goldscore import LABELS
from learned_cv import design, fit
from learned_data import Row, guarded, load_rows
from learned_features import dense_names
from wild import CORPORA, corpus_files, corpus_root, leaks
from wildtext import count_words, read_source, short_hash

from linter.documents import parse_text
from linter.engine import Engine
from linter.registry.match import Matches

CACHE = Path(__file__).resolve().parent / "out" / "learned-wild-rows.pickle"
JUDGED = Path(__file__).resolve().parent / "judgements" / "learned-wild.jsonl"
SEED = "healthlint-learned-2026"


def wild_rows(engine: Engine) -> tuple[list[Row], list[tuple[str, str, int]], int]:
    """Every sentence of the wild corpora as a Row (gold empty), its (corpus, path, line), and
    the corpora's rough word count."""
    rows: list[Row] = []
    where: list[tuple[str, str, int]] = []
    words = 0
    for corpus in CORPORA:
        root = corpus_root(corpus)
        for path in corpus_files(corpus):
            source = read_source(root / path)
            words += count_words(source)
            document = parse_text(str(root / path), source)
            blocks = engine.blocks(document)
            passages = list(engine.reader.passages(blocks, "markdown"))
            for check in engine.checks:
                check.begin(passages)
            topic = engine._topic(document, blocks)
            for index, (block, passage) in enumerate(zip(blocks, passages, strict=False)):
                flagged: dict[int, set[str]] = defaultdict(set)
                matches = Matches(engine.registry, topic)
                for check in engine.checks:
                    label = LABELS.get(check.rule.id)
                    for hit in check.run_at(index, passage, matches) if label else ():
                        claim = passage.claim_at(hit.start)
                        if claim is not None:
                            flagged[claim.index].add(label or "")
                for claim in passage.claims:
                    start, _ = block.source_span(claim.start, claim.end, source)
                    rows.append(
                        Row(
                            group=f"{corpus}/{path}",
                            unit=claim.index,
                            kind=passage.kind,
                            claim=claim,
                            passage=passage,
                            rules=frozenset(flagged.get(claim.index, ())),
                            gold=frozenset(),
                            prose=True,
                        )
                    )
                    where.append((corpus, path, document.position(start)[0]))
    return rows, where, words


def item_id(corpus: str, path: str, label: str, text: str, occ: int) -> str:
    key = f"{corpus}|{path}|{label}|{short_hash(text)}|{occ}"
    return hashlib.sha1(key.encode()).hexdigest()[:10]


def strongest(x_row: np.ndarray, coef: np.ndarray, k: int = 4) -> str:
    """The dense features that pushed this sentence up most, in words."""
    names = dense_names()
    dense = x_row[: len(names)] * coef[: len(names)]
    order = np.argsort(-dense)[:k]
    return ", ".join(f"{names[i]} {dense[i]:+.2f}" for i in order if dense[i] > 0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--per-label", type=int, default=20)
    parser.add_argument("--labels", nargs="*", default=["VAGUE", "OVER", "CITE", "STAT"])
    parser.add_argument("--score", action="store_true", help="precision of the judged sample")
    parser.add_argument("--reuse", action="store_true", help="the wild sentences of the last run")
    args = parser.parse_args()
    verdicts = {}
    if JUDGED.exists():
        for line in JUDGED.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                verdicts[record["id"]] = record
    train = load_rows()
    if args.reuse and CACHE.exists():
        rows, where, words = pickle.loads(CACHE.read_bytes())
    else:
        rows, where, words = wild_rows(Engine())
        CACHE.parent.mkdir(exist_ok=True)
        CACHE.write_bytes(pickle.dumps((rows, where, words)))
    print(f"wild: {len(rows)} sentences, {words:,} words")
    for label in args.labels:
        x_train = design(train, label, "both")
        y = np.array([label in r.gold for r in train])
        model = fit(x_train, y, 1.0)
        began = time.perf_counter()
        x = design(rows, label, "both")
        p = model.predict_proba(x)[:, 1]
        took = time.perf_counter() - began
        print(
            f"\n{label}: features and scores in {1000 * took / len(rows):.2f} s per 1,000 sentences"
        )
        ruled = np.array([label in r.rules for r in rows])
        # The guideline's hard conditions, as a rule's guard: CITE, VAGUE and STAT need a
        # sentence with no source; no label on a question.
        guard = np.array([guarded(r, label) for r in rows])
        ruled |= guard
        seen: dict[tuple[str, str, str], int] = defaultdict(int)
        added = []
        for i in np.flatnonzero((p >= args.threshold) & ~ruled):
            corpus, path, line = where[i]
            r = rows[i]
            text = r.passage.text[r.claim.start : r.claim.end]
            occ = seen[(corpus, path, text)]
            seen[(corpus, path, text)] += 1
            added.append((item_id(corpus, path, label, text, occ), i, text))
        per_corpus: dict[str, int] = defaultdict(int)
        for _, i, _ in added:
            per_corpus[where[i][0]] += 1
        print(
            f"\n== {label}: model adds {len(added)} at p>={args.threshold} "
            f"({1000 * len(added) / words:.2f} per 1,000 words; "
            + ", ".join(f"{c} {n}" for c, n in sorted(per_corpus.items()))
            + ")"
        )
        sample = sorted(added, key=lambda a: hashlib.sha1(f"{SEED}|{a[0]}".encode()).hexdigest())
        sample = sample[: args.per_label]
        judged = [verdicts[a[0]] for a in sample if a[0] in verdicts]
        useful = sum(1 for v in judged if v["verdict"] == "useful")
        right = sum(1 for v in judged if v["verdict"] == "useful" and not v.get("wrong_label"))
        print(
            f"judged {len(judged)} of a sample of {len(sample)}: {useful} useful, of which "
            f"{right} with the right label"
        )
        for ident, _, text in sample:
            note = verdicts.get(ident, {}).get("note", "")
            if note and leaks(note, text):
                print(f"  {ident}: its note repeats the page's words; rewrite it")
        if args.score:
            continue
        coef = model.coef_[0]
        for ident, i, text in sample:
            if ident in verdicts:
                continue
            corpus, path, line = where[i]
            row = x[i].toarray()[0]
            print(f"\n{ident} {corpus} {path}:{line} p={p[i]:.2f} [{rows[i].kind}]")
            print(f"  why: {strongest(row, coef)}")
            print(f"  {text[:400]}")


if __name__ == "__main__":
    main()
