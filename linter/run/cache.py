"""A cache of each checked file's findings and claims, keyed by everything that decides them.

An entry is one small JSON file named by a hash of: the file's path and bytes, the effective
settings (config fields that change findings, the contents of the rule packs and registry files
they name, the command line's overrides) and the code (healthlint's version and source, the
bundled rules/ and claims/, spaCy's version). Change any of these and the key changes, so an
entry is never stale; it is only ever unused. Entries are written atomically (run/atomic.py), so
two runs can share a cache; an entry that cannot be read or parsed is a miss, never an error.

The default folder is the user's cache dir ($XDG_CACHE_HOME/healthlint, else
~/.cache/healthlint; %LOCALAPPDATA%\\healthlint on Windows), not the current directory: a
pre-commit hook or a test run then never litters a work tree, and one cache serves every
checkout. $HEALTHLINT_CACHE_DIR or --cache-dir moves it; --no-cache turns it off.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import time
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from linter.errors import ConfigError, HealthlintError, InputError
from linter.findings import Finding, Level
from linter.run.atomic import write_atomic
from linter.run.cache_types import check_types
from linter.run.fingerprints import FORMAT as FORMAT
from linter.run.fingerprints import code_files as code_files
from linter.run.fingerprints import code_fingerprint
from linter.run.fingerprints import settings_fingerprint as settings_fingerprint

if TYPE_CHECKING:
    from linter.report.audit.inventory import InventoryClaim

ENV_VAR = "HEALTHLINT_CACHE_DIR"
_ERRORS: dict[str, type[HealthlintError]] = {
    cls.__name__: cls for cls in (HealthlintError, InputError, ConfigError)
}
_CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by healthlint.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)


def default_cache_dir() -> Path:
    """$HEALTHLINT_CACHE_DIR, else the user's cache dir (XDG on Unix, LOCALAPPDATA on Windows)."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "healthlint" / "Cache"
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "healthlint"


@dataclass
class FileResult:
    """What checking one file produced: the part of a LintResult that the cache stores."""

    findings: list[Finding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[HealthlintError] = field(default_factory=list)
    ok: bool = True  # False when checking stopped at an error (then no fail_on is recorded)
    # The claim inventory (for `audit`); None when it was not collected.
    claims: list[InventoryClaim] | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "findings": [_finding_to_json(f) for f in self.findings],
            "warnings": list(self.warnings),
            "errors": [
                {"type": type(e).__name__, "path": e.path, "message": e.message, "line": e.line}
                for e in self.errors
            ],
            "ok": self.ok,
            "claims": None if self.claims is None else [_claim_to_json(c) for c in self.claims],
        }

    @classmethod
    def from_json(
        cls, data: dict[str, Any], claims: bool = True, trusted: bool = False
    ) -> FileResult:
        """The inverse of to_json, less the claims unless asked for (`check` never reads them).

        Raises KeyError, TypeError or ValueError on a bad entry. `trusted`: the data is what
        to_json wrote, byte for byte (the cache checked its digest), so the type of each
        stored field is not checked again.
        """
        errors = []
        for e in data["errors"]:
            line = e["line"]
            if not isinstance(e["path"], str | None) or not isinstance(line, int | None):
                raise TypeError("not a stored error")
            errors.append(_ERRORS[e["type"]](e["path"], str(e["message"]), line))
        stored = data["claims"]
        return cls(
            findings=[_finding_from_json(f, trusted) for f in data["findings"]],
            warnings=[str(w) for w in data["warnings"]],
            errors=errors,
            ok=bool(data["ok"]),
            claims=[_claim_from_json(c, trusted) for c in stored]
            if claims and stored is not None
            else None,
        )


# A finding is stored as a list of its fields in this order: a third of the size of a mapping,
# and quicker to read back (a site's cache holds tens of thousands of findings).
_FIELDS = tuple(f.name for f in fields(Finding))
_LEVEL, _FIX = _FIELDS.index("level"), _FIELDS.index("fix")


def _finding_to_json(finding: Finding) -> list[Any]:
    values = [getattr(finding, name) for name in _FIELDS]
    values[_LEVEL] = int(finding.level)
    return values


def _finding_from_json(data: list[Any], trusted: bool = False) -> Finding:
    if not isinstance(data, list) or len(data) != len(_FIELDS):
        raise ValueError("not a stored finding")
    values = list(data)
    values[_LEVEL] = Level(values[_LEVEL])
    if isinstance(values[_FIX], list):
        values[_FIX] = tuple(values[_FIX])
    if not trusted:
        check_types(Finding, values)
    return Finding(*values)


# A claim likewise: its fields in order; its only lists are its tuples. The class is imported
# when a claim is read (it brings the audit renderers): a `check` from the cache never does.


def _claim_to_json(claim: InventoryClaim) -> list[Any]:
    return [getattr(claim, f.name) for f in fields(claim)]


def _claim_from_json(data: list[Any], trusted: bool = False) -> InventoryClaim:
    from linter.report.audit.inventory import InventoryClaim

    if not isinstance(data, list) or len(data) != len(fields(InventoryClaim)):
        raise ValueError("not a stored claim")
    values: list[Any] = [tuple(v) if isinstance(v, list) else v for v in data]
    if not trusted:
        check_types(InventoryClaim, values)
    return InventoryClaim(*values)


def _encoded(stored: Any) -> str:
    return json.dumps(stored, ensure_ascii=False, separators=(",", ":"))


def _digest_of(key: str, text: str) -> str:
    return hashlib.blake2b(
        f"{key}\0{text}".encode("utf-8", "surrogatepass"), digest_size=16
    ).hexdigest()


def _digest(key: str, stored: Any) -> str:
    """A digest of an entry's result as written, under its key: an entry whose result reads
    back to the same digest is what this code wrote, so its fields are not type-checked one
    by one (json's C encoder writes the result again in a fraction of that time)."""
    return _digest_of(key, _encoded(stored))


# The cache's bounds: entries unused this long are removed, and past this size the least
# recently used go until it is three quarters full (a 50,000-file site takes about 200 MB).
MAX_AGE_DAYS = 30
MAX_BYTES = 512_000_000
PRUNE_EVERY = 3600.0


class Cache:
    """Entries in one folder, two levels deep by key: <dir>/v3/ab/cdef....json."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.entries = folder / f"v{FORMAT}"
        self.written = 0

    def key(self, path: str, data_digest: str, settings: str) -> str:
        """The entry's name for this file's path and bytes under these settings.

        `settings` is the fingerprint the Checker took of exactly the config, rule packs and
        registry files its engine was built from (Checked.settings), never of a config read
        again after the check: an edit during a run then cannot file old findings under the
        new settings.
        """
        material = "\0".join((path, data_digest, settings, code_fingerprint()))
        return hashlib.sha256(material.encode("utf-8", "surrogatepass")).hexdigest()

    def _entry(self, key: str) -> Path:
        return self.entries / key[:2] / f"{key[2:]}.json"

    def get(self, key: str, claims: bool = False) -> FileResult | None:
        """The stored result, or None when there is none or it is unreadable or malformed.

        With `claims`, an entry stored without the claim inventory (by `check`) is a miss too;
        the result checked again then replaces it, and serves `check` and `audit` alike.
        """
        try:
            # surrogatepass: a path that is not valid UTF-8 round-trips (see put).
            with open(self._entry(key), encoding="utf-8", errors="surrogatepass") as handle:
                data = json.load(handle)
            if data.get("key") != key or data.get("digest") != _digest(key, data["result"]):
                return None  # damaged, or edited by hand: a miss
            result = FileResult.from_json(data["result"], claims=claims, trusted=True)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        if claims and result.claims is None:
            return None
        with contextlib.suppress(OSError):
            os.utime(self._entry(key))  # used: pruning removes the least recently used first
        return result

    def prune(self, now: float | None = None) -> int:
        """Keep the cache bounded: remove entries unused for MAX_AGE_DAYS, then the least
        recently used until it holds at most MAX_BYTES. At most once every PRUNE_EVERY seconds
        (a stamp file says when), so a run pays for the walk rarely. Returns entries removed."""
        now = time.time() if now is None else now
        stamp = self.folder / "last-prune"
        try:
            if now - stamp.stat().st_mtime < PRUNE_EVERY:
                return 0
        except OSError:
            pass
        try:
            stamp.touch()
            os.utime(stamp, (now, now))
        except OSError:
            return 0
        found = []
        for entry in self.folder.glob("v*/*/*"):
            with contextlib.suppress(OSError):
                info = entry.lstat()
                found.append((info.st_mtime, info.st_size, entry))
        found.sort()
        total = sum(size for _, size, _ in found)
        over = total > MAX_BYTES  # then the oldest go until it is three quarters full
        removed = 0
        for mtime, size, entry in found:
            stale = now - mtime > MAX_AGE_DAYS * 86400
            temp = entry.name.endswith(".tmp") and now - mtime > 3600  # left by a killed run
            if not (stale or temp or (over and total > MAX_BYTES * 3 // 4)):
                continue
            with contextlib.suppress(OSError):
                entry.unlink()
                total -= size
                removed += 1
        return removed

    def put(self, key: str, result: FileResult) -> None:
        """Store a result atomically; a cache that cannot be written is silently skipped."""
        entry = self._entry(key)
        stored = _encoded(result.to_json())
        # What json.dumps of {"key", "digest", "result"} writes, with the result encoded once.
        digest = _digest_of(key, stored)
        text = f'{{"key":{json.dumps(key)},"digest":"{digest}","result":{stored}}}'
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            self._tag()
            # Not fsynced: an entry lost or cut short in a power cut is only a miss.
            write_atomic(entry, text.encode("utf-8", "surrogatepass"), durable=False)
        except (OSError, ValueError):
            return
        self.written += 1

    def _tag(self) -> None:
        """Mark the folder as a cache (backup tools skip it) the first time it is written."""
        tag = self.folder / "CACHEDIR.TAG"
        if not tag.exists():
            with contextlib.suppress(OSError):
                tag.write_text(_CACHEDIR_TAG, encoding="utf-8")
