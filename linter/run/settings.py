"""Turn a Config and the command line's overrides into the rules an Engine runs."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from linter.checks import CHECK_OPTIONS
from linter.checks.options import option_problem
from linter.checks.rules import Rule, check_rule_ids, load_rules, unknown_rule_id
from linter.config.files import Config
from linter.errors import ConfigError, ConfigErrors
from linter.findings import Level


@dataclass(frozen=True)
class Overrides:
    """What the command line says, which beats any config file."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    claims: tuple[Path, ...] = ()
    builtin_claims: bool | None = None
    fail_on: str | None = None
    model: str | None = None
    config: Path | None = None  # one config for every file, instead of the nearest
    jobs: int = 1  # worker processes for lint_paths; 0 means one per CPU
    use_cache: bool = False  # reuse findings of unchanged files (the CLI turns it on)
    cache_dir: Path | None = (
        None  # where the cache lives; None: linter.run.cache.default_cache_dir()
    )
    no_exclude: bool = False  # check what the configs' include and exclude leave out


def configured_rules(config: Config, overrides: Overrides) -> dict[str, Rule]:
    """The rules to run: the config's levels and options applied, then --select/--ignore."""
    rules = load_rules(config.rule_packs)
    problems = rule_problems(config, rules)
    if problems:
        raise ConfigErrors(problems)
    check_rule_ids({*(overrides.select or ()), *overrides.ignore}, rules)
    result = {}
    for rule_id, rule in rules.items():
        level = config.levels.get(rule_id)
        if level == "off" and not (overrides.select and rule_id in overrides.select):
            continue
        if overrides.select is not None and rule_id not in overrides.select:
            continue
        if rule_id in overrides.ignore:
            continue
        if level and level != "off":
            rule = replace(rule, level=Level.parse(level))
        if rule_id in config.options:
            rule = replace(rule, options={**rule.options, **config.options[rule_id]})
        result[rule_id] = rule
    return result


def rule_problems(config: Config, rules: dict[str, Rule] | None = None) -> list[ConfigError]:
    """Every unknown rule id and bad option in the config, each at the file and line that set it."""
    rules = rules if rules is not None else load_rules(config.rule_packs)
    problems = []
    for rule_id in sorted({*config.levels, *config.options}):
        if rule_id not in rules:
            problems.append(unknown_rule_id(rule_id, rules, *config.origin(rule_id)))
        elif rule_id in config.options:  # also for a rule that is off or not selected
            problems += _option_problems(config, rules[rule_id])
    return problems


def _option_problems(config: Config, rule: Rule) -> list[ConfigError]:
    """The config's options for `rule` that are refused, each at the file and line that set it.

    The rule's own options were checked when its pack was loaded.
    """
    problems = []
    for key, value in config.options[rule.id].items():
        why = option_problem(CHECK_OPTIONS[rule.check], key, value)
        if why:
            path, line = config.origin(rule.id, key)
            problems.append(ConfigError(path, f"{rule.id}: {why}", line))
    return problems
