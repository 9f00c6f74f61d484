"""Checking an editor's text: one Checker per project, rebuilt when a file it read changes.

A project is the files under one config file (or under none). Its Checker (linter/run/checker.py)
holds the config, the rules and the registry; the spaCy pipeline under it is built once per
process (linter/nlp/pipeline.py caches it), so a new Checker after an edit of the config costs
milliseconds. Before each check the project's files (the config, what it extends, its accept
files, rule packs and registry files) are looked at (one stat each): the server honours an
edit even from an editor that does not report file changes.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from linter.config.files import Config, find_config, forget_loaded, load_config
from linter.documents import parse_text
from linter.errors import ConfigErrors, HealthlintError, each_error
from linter.nlp.reader import ClaimReader
from linter.run.checker import Checker
from linter.run.settings import Overrides

if TYPE_CHECKING:
    from linter.checks.rules import Rule
    from linter.claim import Passage
    from linter.documents.model import Block, Document
    from linter.engine import Engine
    from linter.findings import Finding

# Passages kept for blocks that did not change between two checks (a few articles' worth).
PASSAGE_CACHE_SIZE = 4096


@dataclass
class Outcome:
    """One check of one text: findings, or the errors that kept it from being checked."""

    path: str
    text: str
    config_file: Path | None
    config: Config | None = None
    document: Document | None = None
    findings: list[Finding] = field(default_factory=list)
    rules: dict[str, Rule] = field(default_factory=dict)
    # Errors in this text (a directive's unknown rule id) or in a file of its project.
    errors: list[HealthlintError] = field(default_factory=list)
    notes: list[tuple[int, str]] = field(default_factory=list)  # (line, directive warning)
    # What reading the text said (front matter that does not parse, an unclosed HTML comment
    # that hides the rest): on the command line a `warning:` line, here a diagnostic.
    warnings: list[str] = field(default_factory=list)

    @property
    def checked(self) -> bool:
        return self.document is not None


@dataclass
class _Project:
    checker: Checker
    stamp: tuple[Any, ...]
    files: tuple[Path, ...]


def _stamp(files: tuple[Path, ...]) -> tuple[Any, ...]:
    stamps: list[Any] = []
    for path in files:
        try:
            stat = os.stat(path)
            stamps.append((str(path), stat.st_mtime_ns, stat.st_size))
        except OSError:
            stamps.append((str(path), None))
    return tuple(stamps)


def project_files(config_file: Path | None) -> tuple[Path, ...]:
    """The files a project's findings depend on: its config, what it extends, the files it names."""
    if config_file is None:
        return ()
    config: Any = None
    try:
        config = load_config(config_file)
    except ConfigErrors as exc:
        config = exc.config
    except HealthlintError:
        pass
    files = [config_file]
    if isinstance(config, Config):
        files += [*config.read_from, *config.accept_files, *config.rule_packs, *config.claims]
    return tuple(dict.fromkeys(p.resolve() for p in files))


class Projects:
    """Every project the server has checked a file of, and the passages it has read."""

    def __init__(self) -> None:
        self._projects: dict[Path | None, _Project] = {}
        self._passages: OrderedDict[Any, Passage] = OrderedDict()

    def config_file(self, path: str) -> Path | None:
        found = find_config(Path(path))
        return found.resolve() if found else None

    def project(self, config_file: Path | None) -> _Project:
        """The project's Checker, new if any of its files changed since it was made."""
        project = self._projects.get(config_file)
        if project is None or _stamp(project.files) != project.stamp:
            forget_loaded()  # what a config extends or reads is cached with it
            overrides = Overrides(config=config_file)
            files = project_files(config_file)
            project = _Project(Checker(overrides), _stamp(files), files)
            self._projects[config_file] = project
        return project

    def files(self) -> set[Path]:
        """Every file of every project checked so far (to watch for changes)."""
        # A list first: the worker thread may add a project meanwhile (list() holds the GIL).
        projects = list(self._projects.values())
        return {path for project in projects for path in project.files}

    def forget(self) -> None:
        """Build every project again at its next check."""
        self._projects.clear()
        forget_loaded()

    def check(self, path: str, text: str, fmt: str | None = None) -> Outcome:
        """Check `text` as the file `path`, under the nearest config (as `healthlint check`)."""
        config_file = self.config_file(path)
        outcome = Outcome(path, text, config_file)
        checker = self.project(config_file).checker
        try:
            outcome.config = checker.config_for(path)
            engine = _built(checker.engine_for(outcome.config))
        except HealthlintError as exc:
            outcome.errors = each_error(exc)
            return outcome
        if not isinstance(engine.reader, CachedReader):
            engine.reader = CachedReader(engine.reader, self._passages)
        try:
            document = parse_text(path, text, fmt)
            outcome.findings = engine.lint(document)
            outcome.errors = list(engine.directive_errors(document))
            outcome.notes = list(document.notes)
            outcome.warnings = list(document.warnings)
            outcome.rules = dict(engine.rules)
            outcome.document = document
        except HealthlintError as exc:
            outcome.errors = each_error(exc)
        return outcome

    def problems(self, config_file: Path) -> list[HealthlintError]:
        """The errors of a config file and the files it names ([] when it is valid)."""
        checker = self.project(config_file).checker
        try:
            checker.engine_for(checker.config_for(str(config_file)))
        except HealthlintError as exc:
            return each_error(exc)
        return []


def _built(engine: Any) -> Engine:
    """The engine itself, for a Checker's stand-in that builds it on first use."""
    built = getattr(type(engine), "built", None)
    return built(engine) if callable(built) else engine  # type: ignore[no-any-return]


class CachedReader(ClaimReader):
    """A ClaimReader that reads only the blocks it has not read before.

    A block's passage as read depends on nothing but its block's text, attachments and kind
    and the format (linter/nlp/reader.py), so a keystroke re-reads one paragraph, not the whole
    article. What a block shares with others (a list's lead-in, a table row) depends on the
    whole article, so the cache holds passages as read and ClaimReader.passages shares them
    afresh on every check.
    """

    def __init__(self, inner: ClaimReader, cache: OrderedDict[Any, Passage]) -> None:
        self.nlp = inner.nlp
        self._inner = inner
        self._cache = cache

    def _read(self, blocks: list[Block], fmt: str, processes: int = 1) -> Iterator[Passage]:
        # `processes` is not passed on: the server's threads rule out a fork (nlp/reader.py).
        keys = [(b.text, b.attachments, b.kind, fmt) for b in blocks]
        known: dict[Any, Passage] = {}  # held here: a full cache may drop them meanwhile
        missing: dict[Any, Block] = {}
        for block, key in zip(blocks, keys, strict=True):
            if key in self._cache:
                known[key] = self._cache[key]
                self._cache.move_to_end(key)
            elif key not in missing:
                missing[key] = block
        fresh = self._inner._read(list(missing.values()), fmt)
        # Stored as they are read: the engine stops pulling after the last block (zip), so
        # nothing after the final yield would run.
        for key in keys:
            passage = known.get(key)
            if passage is None:
                passage = known[key] = self._cache[key] = next(fresh)
                while len(self._cache) > PASSAGE_CACHE_SIZE:
                    self._cache.popitem(last=False)
            yield passage
