"""The engine: a Document through the spaCy pipeline and the enabled checks, to Findings."""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from linter.checks import CHECKS, Check
from linter.checks.base import Hit
from linter.checks.rules import Rule, check_rule_ids, load_rules
from linter.claim import Passage
from linter.config.accept import AcceptList
from linter.documents import format_for
from linter.documents.directives import apply_directives, unused_directives
from linter.documents.links import DEFAULT_POLICY, SourcePolicy
from linter.documents.model import Block, Document
from linter.documents.prose_blocks import prose_blocks
from linter.errors import ConfigError, did_you_mean
from linter.findings import Finding
from linter.forked import halfway, in_two
from linter.freed import hand_back
from linter.nlp.reader import SPLIT_AFTER_CHARS, ClaimReader
from linter.registry.entries import Registry, default_registry, load_registry
from linter.registry.match import Matches
from linter.supersede import supersede as supersede

if TYPE_CHECKING:  # imported where asked for: linter.report.audit brings its renderers (20 ms)
    from linter.report.audit.inventory import InventoryClaim

# Past this many findings a file is not worth reading further, and memory stays bounded (a
# finding is about a kilobyte). A 1.2 MB guide of dense claims has some 7,000: it is checked
# to the end; a file of one claim pasted a million times is not.
MAX_FINDINGS_PER_FILE = 50_000


# What is never the words a finding is about: blanks, and the borders and markers of tables
# and emphasis that a span can take in at its ends ("| Experts say", "**cure**").
_SPAN_EDGES = " \t\n\r|+=*_>`"
_TAG_RE = re.compile(r"<[^<>]{0,200}>")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A span of `text` without the blanks and border characters at its ends."""
    inner_start, inner_end = start, end
    while inner_start < inner_end and text[inner_start] in _SPAN_EDGES:
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1] in _SPAN_EDGES:
        inner_end -= 1
    return (inner_start, inner_end) if inner_end > inner_start else (start, end)


def plain(value: object) -> object:
    """A message value as plain text: no tags, no character references, single spaces."""
    if not isinstance(value, str):
        return value
    text = _TAG_RE.sub(" ", html.unescape(value)) if ("<" in value or "&" in value) else value
    return " ".join(text.replace("**", "").replace("__", "").split()).strip(_SPAN_EDGES)


@lru_cache(maxsize=256)
def sentence_key(text: str) -> str:
    """A short hash of a sentence, the same wherever the same words are (boilerplate).

    Cached: a sentence with many findings (a pasted run of "cures") is hashed once."""
    normal = " ".join(text.casefold().split())
    return hashlib.sha1(normal.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def sentence_start(text: str, words: int = 8, limit: int = 60) -> str:
    """The first words of a sentence, enough to find it with a search in an editor."""
    kept: list[str] = []
    size = 0  # of the kept words without spaces (the text is split to `words` + 1 at most)
    for word in text.split(None, words) if words > 0 else text.split():
        if len(kept) >= words or size + len(word) + len(kept) > limit:
            return (" ".join(kept) or word[:limit]) + " …"
        kept.append(word)
        size += len(word)
    return " ".join(kept)


def _finding(rule: Rule, hit: Hit, passage: Passage, block: Block, document: Document) -> Finding:
    """A check's hit as a Finding: its words' place in the source file and a plain message."""
    hit_start, hit_end = _trimmed(passage.text, hit.start, hit.end)
    start, end = block.source_span(hit_start, hit_end, document.source)
    line, column = document.position(start)
    end_line, end_column = document.position(end)
    values = {k: plain(v) for k, v in hit.values.items() if k != "rule"}
    claim = passage.claim_at(hit_start)
    return Finding(
        path=document.path,
        line=line,
        column=column,
        rule=rule.id,
        level=hit.level or rule.level,
        message=rule.format_message(**values),
        end_line=end_line,
        end_column=end_column,
        text=document.source[start:end],
        suggestion=hit.suggestion or rule.suggestion,
        registry_id=hit.registry_id,
        fix=_source_fix(block, hit.fix),
        sentence=sentence_key(claim.text if claim is not None else passage.text),
        context=sentence_start(claim.text if claim is not None else passage.text),
    )


def _with_rules(
    claim: InventoryClaim, start: int, end: int, findings: list[Finding], document: Document
) -> InventoryClaim:
    """The claim with the rule ids of the findings that start inside its sentence."""
    first, last = document.position(start), document.position(end)
    inside = [f.rule for f in findings if first <= (f.line, f.column) < last]
    return replace(claim, rules=tuple(dict.fromkeys(inside)))


def _source_fix(block: Block, fix: tuple[int, int, str] | None) -> tuple[int, int, str] | None:
    """A fix in Doc characters, moved to source characters (none where a block takes none)."""
    if fix is None or not block.takes_fix:
        return None
    start, end, text = fix
    if start == end:  # an insertion before the prose character at `start`
        at = block.offsets[min(start, len(block.offsets) - 1)]
        return at, at, text
    return (*block.source_span(start, end), text)


def front_matter_disabled(document: Document) -> set[str]:
    """Rules a document's front matter switches off: `healthlint: {disable: [...]}`."""
    settings = (document.front_matter or {}).get("healthlint")
    if not isinstance(settings, dict):
        return set()
    disable = settings.get("disable") or []
    disable = [disable] if isinstance(disable, str) else disable
    return {str(rule_id) for rule_id in disable} if isinstance(disable, list) else set()


@dataclass(frozen=True)
class _Part:
    """What checking a run of a document's blocks needs: every passage read and every check
    begun, so that a run (half of a big file, in a forked child) sees the whole article."""

    engine: Engine
    document: Document
    blocks: list[Block]
    passages: list[Passage]
    topic: frozenset[str]
    inventory: bool

    def check(
        self,
        first: int,
        last: int,
        findings: list[Finding],
        spans: list[tuple[int, int, InventoryClaim]],
    ) -> tuple[list[Finding], list[tuple[int, int, InventoryClaim]]]:
        """Findings (and claims) of blocks first..last, appended to those given: the lists."""
        engine, document = self.engine, self.document
        pairs = zip(self.blocks[first:last], self.passages[first:last], strict=False)
        for index, (block, passage) in enumerate(pairs, first):
            if len(findings) >= MAX_FINDINGS_PER_FILE:
                break
            matches = Matches(engine.registry, self.topic)
            if self.inventory:
                from linter.report.audit.inventory import inventory_rows

                spans += inventory_rows(passage, block, document, matches)
            for check in engine.checks:
                rule = check.rule
                for hit in check.run_at(index, passage, matches):
                    if engine.accept and engine.accept.covers(passage.text, hit.start, hit.end):
                        continue
                    findings.append(_finding(rule, hit, passage, block, document))
                    if len(findings) >= MAX_FINDINGS_PER_FILE:
                        break  # one huge block of claims stops here too
        return findings, spans


class Engine:
    """Built once per process: the pipeline and one checker per enabled rule."""

    def __init__(
        self,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] = (),
        model: str | None = None,
        rules: dict[str, Rule] | None = None,
        claims: Iterable[Path] = (),
        builtin_claims: bool = True,
        known_rules: Iterable[str] | None = None,
        sources: SourcePolicy = DEFAULT_POLICY,
        accept: Iterable[str] = (),
    ) -> None:
        self.rules = rules if rules is not None else load_rules()
        check_rule_ids({*(select or ()), *ignore}, self.rules)
        enabled = [r for r in self.rules.values() if select is None or r.id in set(select)]
        self.checks: list[Check] = [CHECKS[r.check](r) for r in enabled if r.id not in set(ignore)]
        # Directives may name any rule, also one this config switches off.
        self.known_rules = set(known_rules) if known_rules is not None else set(load_rules())
        self.reader = ClaimReader(model, sources)
        self.accept = AcceptList(accept)  # the project's allow list (config `accept:`)
        claims = tuple(claims)
        self.registry: Registry | None = None
        if claims or builtin_claims:
            self.registry = (
                default_registry() if not claims else load_registry(claims, builtin=builtin_claims)
            )

    def blocks(self, document: Document) -> list[Block]:
        """The prose blocks of the document that make claims (page furniture excluded)."""
        return prose_blocks(document.blocks, document.source)

    def _topic(self, document: Document, blocks: list[Block]) -> frozenset[str]:
        """Registry entries whose condition is what the document is about."""
        if self.registry is None:
            return frozenset()
        heading = next((b.text for b in blocks if b.kind == "heading"), "")
        title = f"{document.title or ''} {heading}"
        return self.registry.topic_ids(title, (b.text for b in blocks))

    def lint(
        self,
        document: Document,
        inventory: list[InventoryClaim] | None = None,
        processes: int = 1,
        blocks: list[Block] | None = None,
    ) -> list[Finding]:
        """The findings, sorted (claims appended to `inventory`); over 1 `processes`, a big file
        read, then checked, in two (forked), as in one; `blocks`, if read already (read_ahead)."""
        blocks = self.blocks(document) if blocks is None else blocks
        topic = self._topic(document, blocks)
        hand_back(len(document.source))  # what the read and the topic freed: not in the peak
        fmt = format_for(document.path) or "text"
        # Read the whole document first: a check may weigh one passage against the others
        # (causal-overreach looks for the evidence a claim rests on anywhere in the article).
        passages = list(self.reader.passages(blocks, fmt, processes))
        for check in self.checks:
            check.begin(passages)
        part = _Part(self, document, blocks, passages, topic, inventory is not None)
        cut = halfway([len(b.text) for b in blocks], SPLIT_AFTER_CHARS) if processes > 1 else None
        if cut is None:
            findings, spans = part.check(0, len(blocks), [], [])
        else:
            # The child is forked with every passage read and every check begun, so the second
            # half is checked with the whole article as context, as in one process.
            (findings, spans), later = in_two(
                lambda: part.check(0, cut, [], []), lambda: part.check(cut, len(blocks), [], [])
            )
            if later is None or len(findings) + len(later[0]) >= MAX_FINDINGS_PER_FILE:
                part.check(cut, len(blocks), findings, spans)  # where one process would stop
            else:
                findings += later[0]
                spans += later[1]
        if len(findings) >= (limit := MAX_FINDINGS_PER_FILE):
            document.warnings.append(f"more than {limit} findings; the rest is not checked")
        disabled = front_matter_disabled(document)
        findings = [f for f in findings if f.rule not in disabled and "*" not in disabled]
        if document.directives and len(findings) < MAX_FINDINGS_PER_FILE:
            enabled = {check.rule.id for check in self.checks}
            document.notes += unused_directives(
                findings, document.directives, document.source, enabled
            )
        findings = sorted(apply_directives(findings, document.directives))
        # After the directives: disabling the rule that owns a phrase shows the other one.
        findings = supersede(findings, {check.rule.id: check.rule for check in self.checks})
        if inventory is not None:
            inventory += [
                _with_rules(claim, start, end, findings, document) for start, end, claim in spans
            ]
        return findings

    def directive_errors(self, document: Document) -> list[ConfigError]:
        """Unknown rule ids in directives and front matter: reported, so a typo is not silent."""
        errors = []
        for directive in document.directives:
            for rule_id in directive.rules:
                if rule_id not in self.known_rules:
                    errors.append(
                        ConfigError(
                            document.path,
                            f"unknown rule id {rule_id!r} in a healthlint directive"
                            + did_you_mean(rule_id, self.known_rules),
                            directive.line,
                        )
                    )
        for rule_id in sorted(front_matter_disabled(document) - self.known_rules - {"*"}):
            errors.append(
                ConfigError(
                    document.path,
                    f"unknown rule id {rule_id!r} in front matter healthlint.disable"
                    + did_you_mean(rule_id, self.known_rules),
                    1,
                )
            )
        return errors
