"""The audit page's data side: escaping, the per-claim groups, the running tally of a run's
file results and the chunks of JSON they become. Separate from the markup (html_sections.py) and
from html.py, which streams: this part is fed one file at a time and knows nothing of HTML layout.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING, Any

from linter.report.audit.model import FileAudit
from linter.report.audit.on_disk import SortedOnDisk, blob, disk, unblob
from linter.report.audit.summary import LEVEL_WEIGHT, LEVELS_DOWN, claim_key

if TYPE_CHECKING:
    from linter.findings import Finding
    from linter.report.audit.inventory import InventoryClaim


MAX_FOLDERS = 400  # folder filter entries; past it, only the top two levels of folders


def e(value: object) -> str:
    """Escape untrusted text (sentences, paths, messages) for text and attribute values."""
    return escape(str(value), quote=True)


def script_json(value: object) -> str:
    """JSON that is safe inside a script element: no `<` (so no `</script>`, no `<!--`)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'s' * (n != 1)}"


def group_key(claim: InventoryClaim, count: int) -> str:
    """A claim row's key for ticks and notes: file:line:hash alone, `same:hash` when grouped."""
    if count == 1:
        return claim_key(claim)
    digest = hashlib.sha256(claim.text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"same:{digest}"


class _Groups:
    """Identical claim sentences across the site as one row each, in the order first met, with
    every place the sentence is. The rows, the digests that find a sentence met before and the
    later places wait in a temporary database on disk, so memory holds none of them however
    large the site (a dict of digests was about 150 bytes a distinct sentence)."""

    def __init__(self) -> None:
        self.count = 0
        self.db: sqlite3.Connection | None = None

    def __len__(self) -> int:
        return self.count

    def _open(self) -> sqlite3.Connection:
        if self.db is None:
            self.db = disk()
            self.db.execute(
                "CREATE TABLE groups (number INTEGER PRIMARY KEY, digest BLOB UNIQUE, first BLOB)"
            )
            self.db.execute("CREATE TABLE more (number INTEGER, place BLOB)")
        return self.db

    def add(self, claim: InventoryClaim) -> None:
        db = self._open()
        text = claim.text.encode("utf-8", "surrogatepass")
        key = hashlib.blake2b(text, digest_size=16).digest()
        met = db.execute("SELECT number FROM groups WHERE digest = ?", (key,)).fetchone()
        if met is not None:  # met before: one more place, and its rules
            place = blob([claim.path, claim.line, list(claim.rules)])
            db.execute("INSERT INTO more VALUES (?, ?)", (met[0], place))
            return
        same = f"same:{hashlib.sha256(text).hexdigest()[:12]}"
        first = [
            [claim_key(claim), same],
            claim.text,
            claim.strength,
            list(claim.cues),
            list(dict.fromkeys(claim.attributions)),
            list(dict.fromkeys(claim.sources)),
            list(claim.figures),
            list(claim.registry),
            claim.registry_reference,
            list(dict.fromkeys(claim.rules)),
            [[claim.path, claim.line]],
        ]
        db.execute("INSERT INTO groups VALUES (?, ?, ?)", (self.count, key, blob(first)))
        self.count += 1

    def rows(self, size: int) -> Iterator[list[list[Any]]]:
        """The rows, `size` at a time: [key, text, strength, cues, attributions, sources,
        figures, registry, reference, rules, places]; the key is file:line:hash for a sentence
        on one page, same:hash for one on several."""
        if self.db is None:
            return
        db, self.db = self.db, None
        try:
            db.execute("CREATE INDEX more_number ON more (number)")
            later = db.execute("SELECT number, place FROM more ORDER BY number, rowid")
            pending = later.fetchone()
            batch: list[list[Any]] = []
            for number, first in db.execute("SELECT number, first FROM groups ORDER BY number"):
                row = unblob(first)
                places: list[list[Any]] = []
                rules: dict[str, None] = {}
                while pending is not None and pending[0] == number:
                    path, line, its_rules = unblob(pending[1])
                    places.append([path, line])
                    rules.update(dict.fromkeys(its_rules))
                    pending = later.fetchone()
                row[0] = row[0][1] if places else row[0][0]
                row[9] = list(dict.fromkeys([*row[9], *rules]))
                row[10] += places
                batch.append(row)
                if len(batch) == size:
                    yield batch
                    batch = []
            if batch:
                yield batch
        finally:
            db.close()


class _FileRows(SortedOnDisk):
    """One row per file with findings ([path, score, errors, warnings, info, claims, findings
    chunk]), given worst first (score, then errors, then path) by a sort on disk."""

    def __init__(self) -> None:
        super().__init__((True, True, False))

    def append(self, row: list[Any]) -> None:  # type: ignore[override]
        super().append((row[1], row[2], row[0]), row)

    def worst_first(self, size: int) -> Iterator[list[list[Any]]]:
        """The rows, `size` at a time, worst first (once: the database is then closed)."""
        try:
            yield from self.sorted(size)
        finally:
            self.close()


@dataclass
class _Tally:
    """Totals, per-rule and per-file counts, and claim groups, as the files go by."""

    files: int = 0
    levels: Counter[str] = field(default_factory=Counter)
    rule_levels: dict[str, Counter[str]] = field(default_factory=dict)
    rule_files: Counter[str] = field(default_factory=Counter)
    file_rows: _FileRows = field(default_factory=_FileRows)
    groups: _Groups = field(default_factory=_Groups)
    claims: int = 0
    claims_with_findings: int = 0
    claims_unsourced: int = 0
    strengths: Counter[str] = field(default_factory=Counter)
    folders: Counter[str] = field(default_factory=Counter)

    def add(self, one: FileAudit, findings_chunk: int) -> None:
        self.files += 1
        counts = Counter(str(f.level) for f in one.findings)
        self.levels.update(counts)
        for rule in {f.rule for f in one.findings}:
            self.rule_files[rule] += 1
        for f in one.findings:
            self.rule_levels.setdefault(f.rule, Counter())[str(f.level)] += 1
        folder = posixpath.dirname(one.path)
        while folder not in ("", "/", "."):
            self.folders[folder] += 1
            folder = posixpath.dirname(folder)
        score = sum(LEVEL_WEIGHT[f.level] for f in one.findings)
        if one.findings:
            row = [one.path, score, *(counts[lv] for lv in LEVELS_DOWN), len(one.claims)]
            self.file_rows.append([*row, findings_chunk])
        for claim in one.claims:
            self.claims += 1
            self.claims_with_findings += bool(claim.rules)
            self.claims_unsourced += not claim.sources
            self.strengths[claim.strength] += 1
            self.groups.add(claim)

    def folder_list(self) -> list[str]:
        folders = sorted(self.folders)
        if len(folders) > MAX_FOLDERS:
            folders = [f for f in folders if f.count("/") <= 1][:MAX_FOLDERS]
        return folders


class _Chunks:
    """Data chunks: held to be embedded in the page, until they pass the inline limit."""

    def __init__(self, name: str, inline_bytes: int) -> None:
        self.base = f"{name}.data/"
        self.limit = inline_bytes
        self.held: list[tuple[str, int, str]] = []
        self.size = 0
        self.beside = False
        self.counts: Counter[str] = Counter()

    def add(self, kind: str, rows: object) -> Iterator[tuple[str, str]]:
        index = self.counts[kind]
        self.counts[kind] += 1
        text = script_json(rows)
        if not self.beside:
            self.held.append((kind, index, text))
            self.size += len(text)
            if self.size <= self.limit:
                return
            self.beside = True
            for held in self.held:
                yield self._file(*held)
            self.held = []
            return
        yield self._file(kind, index, text)

    def _file(self, kind: str, index: int, text: str) -> tuple[str, str]:
        return (
            f"{self.base}{kind}-{index:04}.js",
            f'healthlintChunk("{kind}",{index},{text});\n',
        )

    def inline(self) -> Iterator[str]:
        """The held chunks as script elements, one string each, let go as they are given
        (never joined: the page is written a piece at a time)."""
        self.held.reverse()
        while self.held:
            kind, index, text = self.held.pop()
            yield f'<script type="application/json" id="hl-{kind}-{index}">{text}</script>'


def _finding_row(f: Finding) -> list[Any]:
    return [f.line, f.column, str(f.level), f.rule, f.message, f.suggestion or "", f.text]
