"""The Python API the CLI, the pre-commit hook and the tests all use."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from linter.config.files import Config, find_config, load_config
from linter.config.rules import load_rules
from linter.config.settings import Overrides, configured_rules
from linter.documents import read_document
from linter.errors import HealthlintError, InputError
from linter.findings import Finding, Level
from linter.registry.entries import load_registry
from linter.run.cache import Cache, FileResult, default_cache_dir
from linter.run.files import glob_pattern, read_bytes, walk
from linter.run.fixes import digest

if TYPE_CHECKING:  # the engine imports spaCy: loaded only when a file must really be checked
    from linter.engine import Engine


@dataclass
class LintResult:
    """Everything a run produced: findings, per-file errors (exit 2) and warnings."""

    findings: list[Finding] = field(default_factory=list)
    errors: list[HealthlintError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    files: int = 0
    fail_on: dict[str, str] = field(default_factory=dict)  # path -> its config's fail_on
    digests: dict[str, str] = field(default_factory=dict)  # path -> hash of the bytes checked

    def merge(self, other: LintResult) -> None:
        self.findings += other.findings
        self.errors += other.errors
        self.warnings += other.warnings
        self.files += other.files
        self.fail_on.update(other.fail_on)
        self.digests.update(other.digests)

    def failing(self, default: str = "warning") -> bool:
        """Whether any finding is at or above its file's fail_on level."""
        for f in self.findings:
            name = self.fail_on.get(f.path, default)
            if name != "never" and f.level >= Level.parse(name):
                return True
        return False


class Session:
    """One run: the config for each file, one Engine per distinct config, and the cache."""

    def __init__(self, overrides: Overrides | None = None) -> None:
        self.overrides = overrides or Overrides()
        self._engines: dict[str | None, Engine] = {}
        self._found: dict[str, Path | None] = {}  # folder -> its nearest config file
        self.cache: Cache | None = None
        if self.overrides.use_cache:
            self.cache = Cache(self.overrides.cache_dir or default_cache_dir())

    def config_for(self, path: str) -> Config:
        chosen = self.overrides.config or self._config_file(path)
        return load_config(chosen.resolve() if chosen else None)

    def _config_file(self, path: str) -> Path | None:
        """The nearest config file, looked up once per folder in a run (not once per file)."""
        folder = os.path.abspath(path)
        if not os.path.isdir(folder):
            folder = os.path.dirname(folder)
        if folder not in self._found:
            self._found[folder] = find_config(Path(folder))
        return self._found[folder]

    def engine_for(self, config: Config) -> Engine:
        """The config's engine; its rules and registry are checked now, its pipeline built later.

        Building the spaCy pipeline is most of a cold start, and a run whose files are all
        cache hits never needs it; a bad rule id, registry file or model still fails here.
        """
        if config.path not in self._engines:
            self._engines[config.path] = self._make_engine(config)
        return self._engines[config.path]

    def _make_engine(self, config: Config) -> Engine:
        o = self.overrides
        rules = configured_rules(config, o)
        known = load_rules(config.rule_packs)
        model = o.model or config.model
        claims = (*config.claims, *o.claims)
        builtin = config.builtin_claims if o.builtin_claims is None else o.builtin_claims
        # A user's registry files are validated now (one error, exit 2), and loaded only once.
        registry = load_registry(claims, builtin=builtin) if claims else None

        def build() -> Engine:
            from linter.engine import Engine

            engine = Engine(
                rules=rules,
                known_rules=known,
                model=model,
                builtin_claims=builtin and registry is None,
            )
            if registry is not None:
                engine.registry = registry
            return engine

        # A named model is loaded now: whether it exists cannot be known without spaCy.
        return build() if model else _LazyEngine(rules, build)  # type: ignore[return-value]

    def rules(self) -> dict:
        """Every rule of every engine this run built (for formatters that describe rules)."""
        merged: dict = {}
        for engine in self._engines.values():
            merged.update(engine.rules)
        return merged or load_rules()

    def lint_document_bytes(self, path: str, data: bytes, fmt: str | None = None) -> LintResult:
        """Check one document's bytes (standard input, for one): never read from the cache."""
        checked, config, _ = self.check_bytes(path, data, fmt)
        return self._lint_result(path, digest(data), checked, config)

    def check_bytes(
        self, path: str, data: bytes, fmt: str | None = None
    ) -> tuple[FileResult, Config | None, bool]:
        """One file's result, its config, and whether the result may be cached.

        A config or engine that fails is not the file's doing: that result is not cached.
        """
        try:
            config = self.config_for(path)
            engine = _built(self.engine_for(config))
        except HealthlintError as exc:
            return FileResult(errors=[exc], ok=False), None, False
        result = FileResult()
        try:
            document = read_document(path, data, fmt)
            result.findings = engine.lint(document)
            # After lint: it may warn too (a file cut short at too many findings).
            result.warnings += [f"{path}: {w}" for w in document.warnings]
            result.errors += engine.directive_errors(document)
        except HealthlintError as exc:
            result.errors.append(exc)
            result.ok = False
        return result, config, True

    def _lint_result(
        self, path: str, data_digest: str | None, checked: FileResult, config: Config | None
    ) -> LintResult:
        if data_digest is None:  # the file could not be read
            return LintResult(errors=list(checked.errors))
        result = LintResult(
            findings=list(checked.findings),
            errors=list(checked.errors),
            warnings=list(checked.warnings),
            files=1,
            digests={path: data_digest},
        )
        if checked.ok and config is not None:
            result.fail_on[path] = self.overrides.fail_on or config.fail_on
        return result

    def lint_paths(self, paths: Iterable[str | Path]) -> LintResult:
        """Lint files and folders: cache hits first, then the rest (in a pool with --jobs)."""
        slots: list[LintResult] = []
        to_check: list[tuple[int, str]] = []
        for path, error in self.files(paths):
            if error is not None:
                slots.append(LintResult(errors=[error]))
                continue
            hit = self._from_cache(path)
            if hit is None:
                to_check.append((len(slots), path))
            slots.append(hit or LintResult())
        checked = self._check_paths([path for _, path in to_check])
        for (index, _), done in zip(to_check, checked, strict=True):
            slots[index] = done
        result = LintResult()
        for slot in slots:
            result.merge(slot)
        result.findings.sort()
        return result

    def _from_cache(self, path: str) -> LintResult | None:
        """The file's result from the cache, a read error, or None: it must be checked."""
        if self.cache is None:
            return None
        try:
            data = read_bytes(path)
        except HealthlintError as exc:
            return LintResult(errors=[exc])
        try:
            config = self.config_for(path)
            self.engine_for(config)  # its rules are the run's rules, as on a miss
        except HealthlintError:
            return None  # checked again, which reports the error
        data_digest = digest(data)
        stored = self.cache.get(self.cache.key(path, data_digest, config, self.overrides))
        return None if stored is None else self._lint_result(path, data_digest, stored, config)

    def _check_paths(self, paths: list[str]) -> Iterator[LintResult]:
        """Check files (not in the cache) in order; store each result that may be cached."""
        from linter.run import workers as parallel

        if parallel.use_pool(self.overrides.jobs, paths):
            for path in paths:  # the parent's rules and errors for the configs, as in-process
                with contextlib.suppress(HealthlintError):
                    self.engine_for(self.config_for(path))
            checked = parallel.check_in_pool(paths, self.overrides, self.overrides.jobs)
        else:
            checked = (parallel.check_file(self, path) for path in paths)
        for path, (data_digest, result, cacheable) in zip(paths, checked, strict=True):
            config = None
            if data_digest is not None:
                with contextlib.suppress(HealthlintError):
                    config = self.config_for(path)
            if self.cache is not None and cacheable and config is not None:
                key = self.cache.key(path, data_digest, config, self.overrides)
                self.cache.put(key, result)
            yield self._lint_result(path, data_digest, result, config)

    def files(self, paths: Iterable[str | Path]) -> Iterator[tuple[str, HealthlintError | None]]:
        """Files to check in a stable order, less what the config excludes."""
        for raw in paths:
            path = str(raw)
            if os.path.isdir(path):
                for found, error in walk(path):
                    if error is not None or self._wanted(found, walked=True):
                        yield found, error
            elif os.path.exists(path):
                if self._wanted(path, walked=False):
                    yield path, None
            else:
                yield path, InputError(path, "no such file or directory")

    def _wanted(self, path: str, walked: bool) -> bool:
        try:
            config = self.config_for(path)
        except HealthlintError:
            return True  # the error is reported when the file is linted
        relative = os.path.relpath(os.path.abspath(path), config.root).replace(os.sep, "/")
        if any(glob_pattern(p).fullmatch(relative) for p in config.exclude):
            return False
        return not (walked and config.include) or any(
            glob_pattern(p).fullmatch(relative) for p in config.include
        )


class _LazyEngine:
    """Stands in for an Engine until something other than its rules is asked for."""

    def __init__(self, rules: dict, build: Any) -> None:
        self.rules = rules
        self._build = build
        self._engine: Engine | None = None

    def built(self) -> Engine:
        if self._engine is None:
            self._engine = self._build()
        return self._engine

    def __getattr__(self, name: str) -> Any:  # only for what is not set in __init__
        return getattr(self.built(), name)


def _built(engine: Engine | _LazyEngine) -> Engine:
    return engine.built() if isinstance(engine, _LazyEngine) else engine
