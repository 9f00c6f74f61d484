"""Score exaggeration on press-release vs abstract pairs (../shared/data/exaggeration).

First from the two strengths alone, as the labels were made: `healthlint strength` reads both
conclusions, and the pair exaggerates, is the same or downplays as the press release's
expected level (the model's probabilities) is above, within MARGIN of, or below the
abstract's; `--argmax` (and `--rules-only`) compares the two levels themselves (absolute
counts as direct). A claim the rules find negated ("did not reduce") reads as none, as
Sumner et al. code an explicit statement of no relationship (`--negated keep`: it keeps its
level). Macro-F1 over the three labels. Then registry-overstated, end to end:

Each abstract conclusion becomes a registry entry whose max_strength is the abstract's strength
(by default as `healthlint strength` reads it; `--gold-abstract` uses the labelled strength),
and each press-release conclusion becomes a paragraph of an article. Each pair gets a folder
with its own config and one-entry registry; the entry is matched by the rarest word both
conclusions share. `registry-overstated` should fire exactly on the pairs labelled
"exaggerates".

    python bench/exaggeration.py [--margin 0.55 | --argmax | --rules-only] [--negated keep]
        [--gold-abstract] [--min-strength conditional] [--errors]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

from common import healthlint_command, prf, run_json, shared_data

STRENGTHS = ("none", "correlational", "conditional", "direct", "absolute")
LABELS = ("exaggerates", "same", "downplays")
_WORD = re.compile(r"[a-z][a-z-]{3,}")
# The expected levels of a pair must differ by more than this to differ at all: chosen on
# the development pairs as bench/exaggeration_cv.py chooses it inside each training fold
# (README, model card).
MARGIN = 0.55


def read_strengths(sentences: list[str], *options: str) -> list[dict]:
    """`healthlint strength`'s result for each sentence."""
    text = "\n".join(" ".join(s.split()) for s in sentences) + "\n"
    cmd = [*healthlint_command(), "strength", *options]
    out = subprocess.run(cmd, input=text, capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines()]


def strengths(sentences: list[str], *options: str) -> list[str]:
    return [result["strength"] for result in read_strengths(sentences, *options)]


def shared_word(a: str, b: str, frequency: Counter[str]) -> str | None:
    """The rarest word both conclusions use: what the entry is about."""
    common = set(_WORD.findall(a.lower())) & set(_WORD.findall(b.lower()))
    return min(common, key=lambda w: (frequency[w], w)) if common else None


def from_strengths(pairs: list[dict], press: list[str], abstracts: list[str]) -> list[str]:
    """Each pair's label as the sign of the difference of the two levels."""
    out = []
    for p, a in zip(press, abstracts, strict=True):
        difference = min(STRENGTHS.index(p), 3) - min(STRENGTHS.index(a), 3)
        out.append("exaggerates" if difference > 0 else "downplays" if difference < 0 else "same")
    return out


def from_expected(
    press: list[list[float]], abstracts: list[list[float]], margin: float
) -> list[str]:
    """Each pair's label as the sign of the difference of the two expected levels (the model's
    probabilities), "same" while it is within +-margin: the model's doubt is no difference."""
    out = []
    for p, a in zip(press, abstracts, strict=True):
        difference = sum(level * (x - y) for level, (x, y) in enumerate(zip(p, a, strict=True)))
        out.append(
            "exaggerates"
            if difference > margin
            else "downplays"
            if difference < -margin
            else "same"
        )
    return out


def score_labels(gold: list[str], predicted: list[str]) -> None:
    """Macro-F1 over exaggerates/same/downplays, per-label F1 and the confusion matrix."""
    f1s = []
    for label in LABELS:
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, predicted, strict=True))
        f1s.append(prf(tp, fp, fn)[2])
    per_label = "  ".join(f"{label} {f:.3f}" for label, f in zip(LABELS, f1s, strict=True))
    print(f"from the two strengths: macro-F1 {sum(f1s) / 3:.3f}   ({per_label})")
    print("  confusion (rows gold, columns predicted): " + " ".join(f"{x[:6]:>7}" for x in LABELS))
    for label in LABELS:
        row = [
            sum(g == label and p == q for g, p in zip(gold, predicted, strict=True)) for q in LABELS
        ]
        print(f"  {label:41} " + " ".join(f"{v:7}" for v in row))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rules-only", action="store_true", help="passed to healthlint strength")
    parser.add_argument("--gold-abstract", action="store_true")
    parser.add_argument("--min-strength", choices=STRENGTHS, default=None)
    parser.add_argument("--errors", action="store_true")
    parser.add_argument(
        "--margin",
        type=float,
        default=MARGIN,
        help="the expected levels' difference that counts as one; --argmax: the levels' own",
    )
    parser.add_argument("--argmax", dest="margin", action="store_const", const=None)
    parser.add_argument("--negated", choices=("keep", "none"), default="none")
    args = parser.parse_args()
    path = shared_data() / "exaggeration" / "press-vs-abstract.jsonl"
    pairs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    press = [" ".join(p["press_release_conclusion"].split()) for p in pairs]
    abstracts = [" ".join(p["abstract_conclusion"].split()) for p in pairs]
    flags = ("--negated", args.negated)
    flags += ("--rules-only",) if args.rules_only else ("--probabilities",)
    results = read_strengths(press + abstracts, *flags)
    read = [r["strength"] for r in results]
    gold_labels = [p["exaggeration_label"] for p in pairs]
    n = len(pairs)
    if args.rules_only or args.margin is None:
        predicted = from_strengths(pairs, read[:n], read[n:])
    else:
        odds = [r["probabilities"] for r in results]
        predicted = from_expected(odds[:n], odds[n:], args.margin)
    score_labels(gold_labels, predicted)
    allowed = (
        [STRENGTHS[p["abstract_strength"]] for p in pairs]
        if args.gold_abstract
        else [s if s != "absolute" else "direct" for s in read[len(pairs) :]]
    )
    frequency = Counter(w for text in press for w in set(_WORD.findall(text.lower())))
    index: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        # One folder a pair, with its own config and one-entry registry: nothing else can match.
        for i, (p, a) in enumerate(zip(press, abstracts, strict=True)):
            word = shared_word(p, a, frequency)
            if word is None:
                continue
            folder = Path(tmp) / f"pair-{i:03d}"
            folder.mkdir()
            entry = {
                "id": f"pair-{i}",
                "statement": a,
                "about": {"intervention": [word], "condition": [word]},
                "evidence": {"level": "cohort"},
                "max_strength": allowed[i],
                "efficacy": "shown",
                "sources": [{"title": f"abstract {pairs[i]['original_file_id']}"}],
                "reviewed": "2026-11-25",
            }
            (folder / "entry.yaml").write_text(
                json.dumps([entry]), encoding="utf-8"
            )  # JSON is YAML
            options = (
                f"{{options: {{min_strength: {args.min_strength}}}}}" if args.min_strength else "on"
            )
            (folder / ".healthlint.yaml").write_text(
                f"claims: [entry.yaml]\nbuiltin_claims: false\nrules:\n  registry-overstated: {options}\n"
            )
            (folder / "press.md").write_text(p.replace("*", "\\*") + "\n", encoding="utf-8")
            index[folder.name] = i
        findings = run_json([tmp], "--select", "registry-overstated")
    fired = {index[Path(f["path"]).parent.name] for f in findings}
    gold = {i for i, p in enumerate(pairs) if p["exaggeration_label"] == "exaggerates"}
    scored = set(index.values())
    tp, fp, fn = len(fired & gold), len(fired - gold), len((gold & scored) - fired)
    p, r, f1 = prf(tp, fp, fn)
    print(
        f"pairs {len(pairs)}, matched {len(scored)}, labelled exaggerates {len(gold)} ({len(gold & scored)} matched)"
    )
    print(
        f"registry-overstated: precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}  (tp {tp}, fp {fp}, fn {fn})"
    )
    if args.errors:
        for i in sorted((fired - gold) | ((gold & scored) - fired)):
            kind = "FP" if i in fired else "FN"
            print(
                f"{kind} [{pairs[i]['exaggeration_label']}, press {pairs[i]['press_release_strength']}"
                f" vs abstract {pairs[i]['abstract_strength']}, allowed {allowed[i]}] {press[i][:120]}"
            )


if __name__ == "__main__":
    main()
