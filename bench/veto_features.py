"""What a learned veto would know about one finding: the rule, its cue, its sentence, its block.

A finding of CITE, VAGUE, STAT or OVER is described by names (a sparse dict of name -> value),
all computed at run time from what the engine holds when it makes the finding (the rule, the
hit's span, the Passage and its Claim, the Block): no phrase list, no text kept. Words are
hashed into 2**BITS buckets (a stable CRC, not Python's salted hash), so what the model learns
of words is a bucket weight, never a word.
"""

from __future__ import annotations

import itertools
import math
import re
import zlib

from linter.claim import Claim, Passage
from linter.documents.model import Block

BITS = 12
_WORD_RE = re.compile(r"[a-z]+(?:['-][a-z]+)*|\d+")
_FIRST_PERSON = frozenset({"i", "my", "me", "we", "our", "us", "i'm", "i've", "we've", "we're"})
_SECOND_PERSON = frozenset({"you", "your", "you're", "you'll", "yours", "yourself"})
_PASSAGE_KINDS = ("paragraph", "heading", "list_item", "table_cell", "blockquote")


def _bucket(kind: str, token: str) -> str:
    return f"h:{kind}:{zlib.crc32(token.encode('utf-8')) & ((1 << BITS) - 1)}"


def _log_bin(value: int) -> str:
    return str(min(int(math.log2(value + 1)), 7))


def _claim_names(claim: Claim, start: int, end: int) -> dict[str, float]:
    """What the typed claim holds, and what of it sits at the hit."""
    names: dict[str, float] = {}
    for a in claim.attributions:
        at = "at" if a.start < end and start < a.end else "in"
        names[f"attr:{at}:{a.kind}"] = 1.0
        names[f"attr:{at}:ref:{a.reference}"] = 1.0
        names[f"attr:{at}:basis:{a.basis}"] = 1.0
    names["attr:named"] = float(any(a.named for a in claim.attributions))
    for f in claim.figures:
        at = "at" if f.start < end and start < f.end else "in"
        names[f"fig:{at}:{f.kind}"] = 1.0
        names[f"fig:{at}:q:{f.quantity or 'none'}"] = 1.0
        if f.measures:
            names[f"fig:{at}:measures"] = 1.0
        if f.comparator:
            names[f"fig:{at}:comparator"] = 1.0
        if f.timeframe:
            names[f"fig:{at}:timeframe"] = 1.0
    names["fig:count"] = float(min(len(claim.figures), 4))
    for m in claim.modifiers:
        names[f"mod:{m.category}"] = 1.0
        if m.reaches(start, end):
            names[f"mod:reach:{m.category}"] = 1.0
    for e in claim.evidence:
        names[f"evidence:{e.kind}"] = 1.0
    strength = claim.strength
    names[f"strength:{int(strength.level)}"] = 1.0
    names[f"strength:kind:{strength.kind or 'none'}"] = 1.0
    for flag in ("weak", "negated", "hedged", "reported"):
        if getattr(strength, flag):
            names[f"strength:{flag}"] = 1.0
    names["strength:asserts"] = float(strength.asserts_cause)
    names["claim:sourced"] = float(claim.has_source)
    names["claim:model_scope"] = float(bool(claim.model_scopes))
    return names


def _surface(text: str, prefix: str) -> dict[str, float]:
    """Marks of a sentence's surface: question, quotes, digits, persons, capitals."""
    stripped = text.strip()
    words = stripped.split()
    lower = [w.strip(".,;:!?\"'()[]").lower() for w in words]
    capitals = sum(1 for w in words if w[:1].isupper())
    names = {
        f"{prefix}:question": float(stripped.endswith("?")),
        f"{prefix}:exclaim": float("!" in stripped),
        f"{prefix}:colon_end": float(stripped.endswith(":")),
        f"{prefix}:no_stop": float(not stripped.endswith((".", "!", "?", '"', "”", ")"))),
        f"{prefix}:quotes": float(any(q in stripped for q in ('"', "“", "”"))),
        f"{prefix}:first_person": float(any(w in _FIRST_PERSON for w in lower)),
        f"{prefix}:second_person": float(any(w in _SECOND_PERSON for w in lower)),
        f"{prefix}:capital_share": capitals / len(words) if words else 0.0,
        f"{prefix}:digits": float(any(c.isdigit() for c in stripped)),
        f"{prefix}:words:{_log_bin(len(words))}": 1.0,
    }
    return names


def features(
    rule: str, level: str, start: int, end: int, passage: Passage, block: Block
) -> dict[str, float]:
    """The names of one finding: its rule and cue, its sentence and where its block stands."""
    names: dict[str, float] = {f"rule:{rule}": 1.0, f"level:{rule}:{level}": 1.0}
    kind = passage.kind if passage.kind in _PASSAGE_KINDS else "other"
    names[f"block:{kind}"] = 1.0
    names[f"format:{passage.format}"] = 1.0
    names[f"block:depth:{min(block.depth, 2)}"] = 1.0
    names["block:after_break"] = float(block.after_break)
    names["block:value"] = float(not block.fixable)
    names["block:inherits"] = float(bool(block.inherits))
    names["block:sentences:" + _log_bin(len(passage.claims))] = 1.0
    names["hit:in_link"] = float(
        any(a.kind == "link" and a.start <= start < a.end for a in block.attachments)
    )
    names["block:links"] = float(min(sum(a.kind == "link" for a in block.attachments), 3))
    claim = passage.claim_at(start)
    if claim is None:
        names["claim:none"] = 1.0
        return names
    names["claim:first"] = float(claim.index == 0)
    names["claim:last"] = float(claim.index == len(passage.claims) - 1)
    offset = (start - claim.start) / max(claim.end - claim.start, 1)
    names[f"hit:place:{min(int(offset * 4), 3)}"] = 1.0
    names.update(_claim_names(claim, start, end))
    names.update(_surface(claim.text, "sent"))
    names.update(_surface(passage.text, "block"))
    words = _WORD_RE.findall(claim.text.lower())
    cue = _WORD_RE.findall(passage.text[start:end].lower())
    for token in words:
        names[_bucket("w", token)] = 1.0
    for left, right in itertools.pairwise(words):
        names[_bucket("b", f"{left} {right}")] = 1.0
    for token in cue:
        names[_bucket(f"cue:{rule}", token)] = 1.0
    if words:
        names[_bucket("first", words[0])] = 1.0
    return names
