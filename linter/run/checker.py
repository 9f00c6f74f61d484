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
from linter.documents import read_document
from linter.errors import ConfigError, ConfigErrors, HealthlintError
from linter.registry.entries import Registry, default_registry, load_registry
from linter.run.cache import FileResult
from linter.run.files import read_bytes
from linter.run.fixes import digest
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


class Checker:
    """The config for each file and one Engine per distinct config, built when first needed."""

    def __init__(self, overrides: Overrides) -> None:
        self.overrides = overrides
        self._engines: dict[str | None, Engine] = {}
        self._registries: dict[str | None, Registry | None] = {}
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
        if config.path not in self._engines:
            self._engines[config.path] = self._make_engine(config)
        return self._engines[config.path]

    def registry_for(self, config: Config) -> Registry | None:
        """The registry the config's engine matches claims against (None: no registry)."""
        if config.path not in self._registries:
            o = self.overrides
            claims = (*config.claims, *o.claims)
            builtin = config.builtin_claims if o.builtin_claims is None else o.builtin_claims
            registry = load_registry(claims, builtin=builtin) if claims else None
            if registry is None and builtin:
                registry = default_registry()
            self._registries[config.path] = registry
        return self._registries[config.path]

    def _make_engine(self, config: Config) -> Engine:
        rules = configured_rules(config, self.overrides)
        known = load_rules(config.rule_packs)
        model = self.overrides.model or config.model
        if config.claims or self.overrides.claims:
            # A user's registry files are validated now (one error, exit 2), and loaded once.
            self.registry_for(config)

        def build() -> Engine:
            from linter.engine import Engine

            engine = Engine(
                rules=rules,
                known_rules=known,
                model=model,
                builtin_claims=False,
                accept=config.accept,
            )
            engine.registry = self.registry_for(config)
            return engine

        # A named model is loaded now: whether it exists cannot be known without spaCy.
        return build() if model else _LazyEngine(rules, build)  # type: ignore[return-value]

    def rules(self) -> dict[str, Rule]:
        """Every rule of every engine built so far (for formatters that describe rules)."""
        merged: dict[str, Rule] = {}
        for engine in self._engines.values():
            merged.update(engine.rules)
        return merged or load_rules()

    def check_file(self, path: str, inventory: bool = False) -> Checked:
        """Read and check one file; with `inventory`, its claims are collected too."""
        try:
            data = read_bytes(path)
        except HealthlintError as exc:
            return Checked(path, None, FileResult(errors=[exc], ok=False))
        return self.check_bytes(path, data, inventory=inventory)

    def check_bytes(
        self, path: str, data: bytes, fmt: str | None = None, inventory: bool = False
    ) -> Checked:
        """Check one document's bytes as the file `path`: findings, warnings, errors, claims."""
        data_digest = digest(data)
        try:
            config = self.config_for(path)
            engine = _built(self.engine_for(config))
        except HealthlintError as exc:
            return Checked(path, data_digest, FileResult(errors=[exc], ok=False))
        result = FileResult(claims=[] if inventory else None)
        try:
            document = read_document(path, data, fmt)
            result.findings = engine.lint(document, result.claims)
            # After lint: it may warn too (a file cut short at too many findings).
            result.warnings += [f"{path}: {w}" for w in document.warnings]
            result.warnings += [f"{path}:{line}: {note}" for line, note in document.notes]
            result.errors += engine.directive_errors(document)
        except HealthlintError as exc:
            result.errors.append(exc)
            result.ok = False
        return Checked(path, data_digest, result, cacheable=True, config=config)


class _LazyEngine:
    """Stands in for an Engine until something other than its rules is asked for."""

    def __init__(self, rules: dict[str, Rule], build: Any) -> None:
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
