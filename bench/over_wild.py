"""What the learned overstatement reading adds on the four wild sites, judged by hand (issue 14,
session 29). Every finding it adds there is a candidate false alarm: the corpora are real health
pages nobody labelled, mostly plain patient information.

Runs `healthlint check` over the corpora (../shared/data/wild), keeps the findings of the
learned reading (their message says so), counts them per 1,000 words, and prints a seeded
sample with their sentence (shown, never stored) for judging. Verdicts go in
bench/judgements/over-wild.jsonl, keys only, one JSON object a line:
    {"id": "<id printed here>", "verdict": "useful" | "false-alarm"}
judged by ../shared/data/articles/GUIDELINE.md (OVER).

    python bench/over_wild.py [--sample 40]      list the sample
    python bench/over_wild.py --score            the judged sample's precision

The learned reading was measured and not shipped: on main the rule has no such reading and
this finds nothing. Run it in a worktree of commit e17ebdeb, which wired the model into the
overstatement rule (`git worktree add --detach /tmp/learnO e17ebdeb`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from pathlib import Path

from common import run_json
from wild import CORPORA, corpus_files, corpus_root
from wildtext import count_words, read_source, short_hash

JUDGED = Path(__file__).resolve().parent / "judgements" / "over-wild.jsonl"
SEED = "healthlint-over-2026"
# How the learned reading's findings begin (linter/checks/hype_learned.py at commit e17ebdeb,
# where the reading is wired into the overstatement rule: run this script at that commit).
_LEAD = "the learned model reads this sentence as an overstatement"


def learned_findings() -> tuple[list[dict], int]:
    found, words = [], 0
    for corpus in CORPORA:
        root = corpus_root(corpus)
        files = corpus_files(corpus)
        words += sum(count_words(read_source(root / f)) for f in files)
        for f in run_json(files, "--no-cache", cwd=root):
            if f["message"].startswith(_LEAD):
                f["corpus"] = corpus
                f["id"] = short_hash(f"{corpus} {f['path']} {f['text']}")
                found.append(f)
    return found, words


def seeded_sample(found: list[dict], seed: str, size: int) -> list[dict]:
    """The first `size` findings in the order of a seeded hash of their ids (shared with
    over_real_wild.py): the same sample on every run, whatever order the run gave."""
    order = sorted(found, key=lambda f: hashlib.sha1(f"{seed}|{f['id']}".encode()).hexdigest())
    return order[:size]


def judged_precision(sample: list[dict], judged_path: Path) -> str:
    """How many of the sample the verdicts file (keys only: id, verdict) judged, and how many
    of those are useful."""
    verdicts = {}
    if judged_path.exists():
        for line in judged_path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            verdicts[record["id"]] = record["verdict"]
    judged = [verdicts[f["id"]] for f in sample if f["id"] in verdicts]
    useful = judged.count("useful")
    return (
        f"judged {len(judged)} of the sample of {len(sample)}: useful {useful}, "
        f"precision {useful / len(judged) if judged else 0:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--score", action="store_true")
    args = parser.parse_args()
    found, words = learned_findings()
    by = Counter(f["corpus"] for f in found)
    print(
        f"{len(found)} learned findings over {words:,} words ({1000 * len(found) / words:.3f}"
        f" per 1,000): {dict(by)}"
    )
    sample = seeded_sample(found, SEED, args.sample)
    if args.score:
        print(judged_precision(sample, JUDGED))
        return
    for f in sample:
        print(f"\n[{f['id']}] {f['corpus']}/{f['path']}:{f['line']}  {f['message'][58:]}")
        print(f"  {' '.join(f['text'].split())}")


if __name__ == "__main__":
    main()
