"""Checking one file: its config, its engine, its findings (and claims), as a cacheable result.

This is the one path every way of checking takes: `check` in this process or in a worker,
standard input, and `audit`. It knows nothing of the cache or of worker pools, which build on
it (run/session.py, run/workers.py), so the dependencies point one way.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from linter.checks.rules import Rule, load_rules
from linter.config.files import Config, find_config, load_config
from linter.config.regex_safety import PatternTimeout
from linter.documents import read_document
from linter.documents.links import SourcePolicy
from linter.errors import ConfigError, ConfigErrors, HealthlintError
from linter.registry.entries import Registry, default_registry, load_registry
from linter.run.cache import FileResult, settings_fingerprint
from linter.run.files import read_bytes
from linter.run.fixes import digest
from linter.run.read_ahead import built_and_read
from linter.run.settings import Overrides, configured_rules, rule_problems

if TYPE_CHECKING:  # the engine imports spaCy: loaded only when a file must really be checked
    from linter.engine import Engine


@dataclass
class Checked:
    """One file's outcome, from the engine, a worker or the cache."""

    path: str
    digest: str | None  # of the bytes checked; None when the file could not be read
    result: FileResult
    cacheable: bool = False  # False when the config or engine failed: not the file's doing
    config: Config | None = None  # the config it was checked under (set in this process)
    # The fingerprint of the settings that produced the result (the config, the rule packs and
    # registry files as the engine read them): the cache key is made of it, never of a config
    # read again later. None: not known to be stable (a file changed while it was read).
    settings: str | None = None


class Checker:
    """The config for each file and one Engine per distinct config, built when first needed."""

    def __init__(self, overrides: Overrides) -> None:
        self.overrides = overrides
        # Engines and registries by the fingerprint of the settings they were built from: an
        # edited config is a new engine, never the old one under the new config's name.
        self._engines: dict[str, Engine] = {}
        self._registries: dict[str, Registry | None] = {}
        # id(config) -> (config, its settings fingerprint or None, its engine); holding the
        # config keeps its id from being reused. A Config is loaded once per version of its file.
        self._settings: dict[int, tuple[Config, str | None, Engine]] = {}
        self._found: dict[str, Path | None] = {}  # folder -> its nearest config file

    def config_for(self, path: str) -> Config:
        chosen = self.overrides.config or self._config_file(path)
        try:
            return load_config(chosen.resolve() if chosen else None)
        except ConfigErrors as exc:
            # The rest of the file is read: its rule ids and options are reported in one go.
            more: list[ConfigError] = []
            if isinstance(exc.config, Config):
                with contextlib.suppress(HealthlintError):  # a bad rule pack: reported later
                    more = rule_problems(exc.config)
            if more:
                raise ConfigErrors([*exc.errors, *more]) from None
            raise

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
        return self.engine_and_settings(config)[0]

    def engine_and_settings(self, config: Config) -> tuple[Engine, str | None]:
        """The config's engine and the fingerprint of exactly what it was built from."""
        known = self._settings.get(id(config))
        if known is not None and known[0] is config:
            return known[2], known[1]
        before = settings_fingerprint(config, self.overrides)
        settings: str | None = before
        engine = self._engines.get(before)
        if engine is None:
            engine = self._make_engine(config, before)
            # The rule packs and registry files were read while building: if any changed
            # meanwhile, nobody knows which version the engine holds, and nothing is cached.
            if settings_fingerprint(config, self.overrides) != before:
                settings = None
            else:
                self._engines[before] = engine
        self._settings[id(config)] = (config, settings, engine)
        return engine, settings

    def registry_for(self, config: Config) -> Registry | None:
        """The registry the config's engine matches claims against (None: no registry)."""
        return self._registry(config, self.engine_and_settings(config)[1])

    def _registry(self, config: Config, settings: str | None) -> Registry | None:
        if settings is None or settings not in self._registries:
            o = self.overrides
            claims = (*config.claims, *o.claims)
            builtin = config.builtin_claims if o.builtin_claims is None else o.builtin_claims
            registry = load_registry(claims, builtin=builtin) if claims else None
            if registry is None and builtin:
                registry = default_registry()
            if settings is None:
                return registry
            self._registries[settings] = registry
        return self._registries[settings]

    def _make_engine(self, config: Config, settings: str) -> Engine:
        rules = configured_rules(config, self.overrides)
        known = load_rules(config.rule_packs)
        model = self.overrides.model or config.model
        if config.claims or self.overrides.claims:
            # A user's registry files are validated now (one error, exit 2), and loaded once,
            # with the rule packs: the settings fingerprint is taken before and after.
            self._registries[settings] = self._registry(config, None)

        def build() -> Engine:
            from linter.engine import Engine

            engine = Engine(
                rules=rules,
                known_rules=known,
                model=model,
                builtin_claims=False,
                sources=SourcePolicy(config.sources_allow, config.sources_deny),
                accept=config.accept,
            )
            engine.registry = self._registry(config, settings)
            return engine

        # A named model is loaded now: whether it exists cannot be known without spaCy.
        return build() if model else _LazyEngine(rules, build)  # type: ignore[return-value]

    def rules(self) -> dict[str, Rule]:
        """Every rule of every engine built so far (for formatters that describe rules)."""
        merged: dict[str, Rule] = {}
        for engine in self._engines.values():
            merged.update(engine.rules)
        return merged or load_rules()

    def check_file(self, path: str, inventory: bool = False, processes: int = 1) -> Checked:
        """Read and check one file; with `inventory`, its claims are collected too; with
        `processes` over 1, a big file in two processes (Engine.lint)."""
        try:
            # Held in a list and popped into the call, so that no frame here keeps a big file's
            # bytes while it is checked (check_bytes lets them go once the document is read).
            held = [read_bytes(path)]
        except HealthlintError as exc:
            return Checked(path, None, FileResult(errors=[exc], ok=False))
        return self.check_bytes(path, held.pop(), inventory=inventory, processes=processes)

    def check_bytes(
        self,
        path: str,
        data: bytes,
        fmt: str | None = None,
        inventory: bool = False,
        processes: int = 1,
    ) -> Checked:
        """Check one document's bytes as the file `path`: findings, warnings, errors, claims."""
        data_digest = digest(data)
        try:
            config = self.config_for(path)
            lazy, settings = self.engine_and_settings(config)
            # A big file's first read overlaps the pipeline's build where two processes may run.
            ready = not isinstance(lazy, _LazyEngine) or lazy.ready
            engine, read = built_and_read(lambda: _built(lazy), ready, path, data, processes, fmt)
        except HealthlintError as exc:
            return Checked(path, data_digest, FileResult(errors=[exc], ok=False))
        result = FileResult(claims=[] if inventory else None)
        try:
            document, blocks = read if read is not None else (read_document(path, data, fmt), None)
            del data  # the source is the document's now: the bytes need not live through lint
            result.findings = engine.lint(document, result.claims, processes, blocks)
            # After lint: it may warn too (a file cut short at too many findings).
            result.warnings += [f"{path}: {w}" for w in document.warnings]
            result.warnings += [f"{path}:{line}: {note}" for line, note in document.notes]
            result.errors += engine.directive_errors(document)
        except HealthlintError as exc:
            if exc.path is None:  # a user's pattern over its time budget, say
                exc.path = path
            result.errors.append(exc)
            result.ok = False
        # A pattern over its time budget depends on the machine's load: checked again next time.
        timed_out = any(isinstance(e, PatternTimeout) for e in result.errors)
        cacheable = settings is not None and not timed_out
        return Checked(path, data_digest, result, cacheable, config=config, settings=settings)


class _LazyEngine:
    """Stands in for an Engine until something other than its rules is asked for."""

    def __init__(self, rules: dict[str, Rule], build: Any) -> None:
        self.rules = rules
        self._build = build
        self._engine: Engine | None = None

    @property
    def ready(self) -> bool:
        """Whether the engine is built (so that nothing is left to overlap with a read)."""
        return self._engine is not None

    def built(self) -> Engine:
        if self._engine is None:
            self._engine = self._build()
        return self._engine

    def __getattr__(self, name: str) -> Any:  # only for what is not set in __init__
        return getattr(self.built(), name)


def _built(engine: Engine | _LazyEngine) -> Engine:
    return engine.built() if isinstance(engine, _LazyEngine) else engine
