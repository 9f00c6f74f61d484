"""Train the claim-strength model on both shared sets and write the weights the wheel ships.

Reads ../shared/data/claim-strength (press releases and PubMed conclusions), reads each
sentence with the rule classifier, builds the features of linter/nlp/strength_model.py and
fits a multinomial logistic regression on all of it. The same data gives the same bytes (one
BLAS thread, no randomness, fixed zip dates); `--check` trains again into a temporary file
and compares, and says whether the file it replaced had the same bytes (the shipped weights
should be what a retrain gives today: the model card's figures are measured on a retrain).
Needs the `train` extra: pip install -e '.[train]'.

    python bench/train_strength.py [--out linter/nlp/data/strength-model.npz] [--check]
"""

from __future__ import annotations

import argparse
import hashlib
import tempfile
from pathlib import Path

from strength_training import REPO, SHIPPED, fit, load_sets

from linter.nlp.strength_model import WEIGHTS, save

DEFAULT_OUT = REPO / "linter" / "nlp" / "data" / WEIGHTS


def train(out: Path) -> str:
    """Train on both sets, write the weights to `out`, return their SHA-256."""
    press, pubmed = load_sets()
    save(str(out), fit(press + pubmed, SHIPPED))
    return hashlib.sha256(out.read_bytes()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="train twice; the bytes must match")
    args = parser.parse_args()
    before = hashlib.sha256(args.out.read_bytes()).hexdigest() if args.out.exists() else None
    digest = train(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes, sha256 {digest[:16]})")
    if before is not None:
        print("the file it replaced: " + ("same bytes" if before == digest else "other bytes"))
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            again = train(Path(tmp) / WEIGHTS)
        print(
            "retrained: same bytes" if again == digest else f"retrained: DIFFERENT ({again[:16]})"
        )
        if again != digest:
            raise SystemExit(1)


if __name__ == "__main__":
    main()
