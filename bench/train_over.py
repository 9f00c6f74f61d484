"""Train the learned overstatement model (issue 14, session 29) and write the weights the wheel
would ship (bench/out/over-model.npz: not shipped, see bench/README.md).

Reads every written set of bench/data/written* (not the session-29 blind sets), the tune half of
../shared/data/articles and the 40 wild windows through healthlint's own checks
(bench/over_data.py), builds the features of linter/nlp/over_model.py (hashed word uni- and
bigrams, what the Claim holds) and fits one seeded logistic regression on all of it
(bench/over_training.py). The same data gives the same bytes (one BLAS thread, liblinear seeded,
fixed zip dates); `--check` trains again into a temporary file and compares. Validation:
bench/over_cv.py. Needs the `train` extra: pip install -e '.[train]'.

    python bench/train_over.py [--out bench/out/over-model.npz] [--check]
"""

from __future__ import annotations

import argparse
import hashlib
import tempfile
from pathlib import Path

from over_data import load_over_rows
from over_model import WEIGHTS, save
from over_training import THRESHOLD, design, fit, labels

DEFAULT_OUT = Path(__file__).resolve().parent / "out" / WEIGHTS


def train(out: Path) -> str:
    """Fit on every row, write the weights to `out`, return their SHA-256."""
    out.parent.mkdir(parents=True, exist_ok=True)
    rows = load_over_rows()
    model = fit(design(rows), labels(rows))
    save(str(out), type(model)(model.dense, model.hashed, model.bias, model.bits, THRESHOLD))
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
