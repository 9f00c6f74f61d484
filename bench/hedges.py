"""Score the strength component's hedge cues on BioScope abstracts (../shared/data/hedges).

Sentence-level uncertainty, as in CoNLL-2010 shared task 1: a sentence is uncertain in the
gold data when it holds a <cue type="speculation">. healthlint judges a sentence uncertain
when the healthlint_strength component finds at least one speculation cue in it (the
`speculation` list of rules/lexicon/strength.yaml: "may", "suggests", "whether", "indicate
that", ..., not "could not" and not the month May); those cues are the sentence's `hedges`.
Each sentence is run alone through the component's own pipeline (one sentence a Doc, as
`healthlint strength` does). Prints precision, recall and F1, and with --errors the misses
and false alarms with the most frequent gold cues missed.

    python bench/hedges.py [--errors]
"""

from __future__ import annotations

import argparse
import time
import xml.etree.ElementTree as ET
from collections import Counter

from common import REPO, prf, shared_data


def load(path: str) -> list[tuple[str, list[str]]]:
    """(sentence text, its gold speculation cues) for every sentence of the corpus."""
    sentences = []
    for node in ET.parse(path).getroot().iter("sentence"):
        cues = ["".join(c.itertext()) for c in node.iter("cue") if c.get("type") == "speculation"]
        sentences.append((" ".join("".join(node.itertext()).split()), cues))
    return sentences


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--errors", action="store_true", help="list misses and false alarms")
    args = parser.parse_args()
    import sys

    sys.path.insert(0, str(REPO))  # the checkout's linter, as `python -m linter` would use
    from linter.nlp.components.extensions import SPAN_KEYS
    from linter.nlp.pipeline import build_strength_nlp

    gold = load(str(shared_data() / "hedges" / "bioscope-abstracts.xml"))
    nlp = build_strength_nlp()

    def one_sentence(text: str):  # type: ignore[no-untyped-def]
        doc = nlp.make_doc(text)
        if len(doc) > 1:
            doc[1].is_sent_start = False
        return doc

    start = time.perf_counter()
    found = []
    for doc in nlp.pipe(one_sentence(text) for text, _ in gold):
        claims = doc.spans[SPAN_KEYS["claims"]] if len(doc) else ()
        found.append(claims[0]._.info["hedges"] if claims else [])
    elapsed = time.perf_counter() - start
    tp = sum(1 for (_, g), f in zip(gold, found, strict=True) if g and f)
    fp = sum(1 for (_, g), f in zip(gold, found, strict=True) if f and not g)
    fn = sum(1 for (_, g), f in zip(gold, found, strict=True) if g and not f)
    p, r, f1 = prf(tp, fp, fn)
    uncertain = sum(1 for _, g in gold if g)
    print(f"{len(gold)} sentences, {uncertain} uncertain (gold); judged uncertain when the")
    print("strength component finds a speculation cue (rules/lexicon/strength.yaml `speculation`)")
    print(f"precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}   (tp {tp}, fp {fp}, fn {fn})")
    print(f"{len(gold) / elapsed:,.0f} sentences/s in-process")
    if args.errors:
        missed = Counter(
            c.lower() for (_, g), f in zip(gold, found, strict=True) if g and not f for c in g
        )
        print("\nmost frequent gold cues in missed sentences:", missed.most_common(20))
        alarms = Counter(
            c.lower() for (_, g), f in zip(gold, found, strict=True) if f and not g for c in f
        )
        print("most frequent cues in false alarms:", alarms.most_common(20))
        for (text, g), f in zip(gold, found, strict=True):
            if bool(g) != bool(f):
                print(f"{'FN' if g else 'FP'} gold={g} found={f}  {text[:150]}")


if __name__ == "__main__":
    main()
