"""Rule packs: YAML files in rules/ (and a user's), validated against the closed set of checks."""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from linter.checks import CHECK_OPTIONS
from linter.checks.options import validate_options
from linter.config.resources import data_dir
from linter.config.yamlio import LineDict, load_yaml_file
from linter.errors import ConfigError, did_you_mean
from linter.findings import LEVEL_NAMES, Level

RULE_KEYS = {"id", "level", "check", "message", "suggestion", "options", "docs", "supersedes"}
REQUIRED_KEYS = ("id", "level", "check", "message", "docs")
DOC_SECTIONS = ("what", "why", "fix", "bad", "good", "limits")


@dataclass(frozen=True)
class Rule:
    """One rule: a check from the closed set, configured by its YAML."""

    id: str
    level: Level
    check: str
    message: str
    docs: dict[str, Any]
    suggestion: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    path: str = ""
    # Rules whose findings this rule's finding replaces where their words overlap in the same
    # sentence: one problem, one line (applied by linter/engine.py's `supersede`).
    supersedes: tuple[str, ...] = ()
    supersedes_line: int | None = None

    def format_message(self, **values: Any) -> str:
        return self.message.format_map(_Blank(values))


class _Blank(dict[str, Any]):
    """Leave unknown placeholders empty rather than raising KeyError."""

    def __missing__(self, key: str) -> str:
        return ""


def unknown_rule_id(
    rule_id: str, known: Collection[str], path: str | None = None, line: int | None = None
) -> ConfigError:
    """The one error for a rule id no rule pack defines: it lists the ids that exist."""
    hint = did_you_mean(rule_id, known)
    return ConfigError(
        path, f"unknown rule id {rule_id!r}{hint} (known: {', '.join(sorted(known))})", line
    )


def check_rule_ids(rule_ids: Iterable[str], known: Collection[str]) -> None:
    """Raise unknown_rule_id for the first (sorted) of `rule_ids` that is not `known`."""
    unknown = sorted(set(rule_ids) - set(known))
    if unknown:
        raise unknown_rule_id(unknown[0], known)


def _fail(path: Path, data: LineDict, key: str | None, message: str) -> ConfigError:
    line = data.line_of(key) if key else data.line
    return ConfigError(str(path), message, line)


def parse_rule(path: Path, data: Any) -> Rule:
    """Validate one rule mapping; every problem names the file and line."""
    if not isinstance(data, LineDict):
        raise ConfigError(str(path), "a rule must be a mapping", 1)
    unknown = sorted(set(data) - RULE_KEYS)
    if unknown:
        allowed = ", ".join(sorted(RULE_KEYS))
        raise _fail(path, data, unknown[0], f"unknown key {unknown[0]!r} (allowed: {allowed})")
    for key in REQUIRED_KEYS:
        if key not in data:
            raise _fail(path, data, None, f"missing required key {key!r}")
    if data["check"] not in CHECK_OPTIONS:
        allowed = ", ".join(sorted(CHECK_OPTIONS))
        raise _fail(path, data, "check", f"unknown check {data['check']!r} (allowed: {allowed})")
    if str(data["level"]).lower() not in LEVEL_NAMES:
        raise _fail(path, data, "level", f"level must be one of {', '.join(LEVEL_NAMES)}")
    docs = data["docs"]
    missing = [s for s in DOC_SECTIONS if not isinstance(docs, dict) or not docs.get(s)]
    if missing:
        raise _fail(path, data, "docs", f"docs must have sections {', '.join(missing)}")
    options = data.get("options") or {}
    if not isinstance(options, dict):
        raise _fail(path, data, "options", "options must be a mapping")
    # Each option's error at its own line (a mapping written inline is one line anyway).
    line_of = (
        options.line_of if isinstance(options, LineDict) else lambda _: data.line_of("options")
    )
    validate_options(CHECK_OPTIONS[data["check"]], options, str(path), line_of)
    supersedes = data.get("supersedes") or []
    if not isinstance(supersedes, list) or not all(isinstance(s, str) for s in supersedes):
        raise _fail(path, data, "supersedes", "supersedes must be a list of rule ids")
    return Rule(
        id=str(data["id"]),
        level=Level.parse(str(data["level"])),
        check=data["check"],
        message=str(data["message"]),
        docs=dict(docs),
        suggestion=data.get("suggestion"),
        options=dict(options),
        path=str(path),
        supersedes=tuple(supersedes),
        supersedes_line=data.line_of("supersedes") if supersedes else None,
    )


def check_supersedes(rules: dict[str, Rule]) -> None:
    """Every id a rule supersedes is a rule, and no rule supersedes itself through others."""
    for rule in rules.values():
        for other in rule.supersedes:
            if other not in rules:
                error = unknown_rule_id(other, rules, rule.path, rule.supersedes_line)
                raise ConfigError(error.path, f"supersedes: {error.message}", error.line)
    for rule in rules.values():
        seen, todo = set(), list(rule.supersedes)
        while todo:
            other = todo.pop()
            if other == rule.id:
                raise ConfigError(
                    rule.path, f"supersedes: {rule.id} supersedes itself", rule.supersedes_line
                )
            if other not in seen:
                seen.add(other)
                todo += rules[other].supersedes


def load_rules(extra_packs: tuple[Path, ...] = ()) -> dict[str, Rule]:
    """The bundled rules, then a user's packs (a later rule with the same id replaces one)."""
    rules = dict(_bundled_rules())
    for path in extra_packs:
        rule = parse_rule(path, load_yaml_file(path))
        rules[rule.id] = rule
    if extra_packs:
        check_supersedes(rules)
    return rules


@cache
def _bundled_rules() -> dict[str, Rule]:
    # Read once per process: every engine and the CLI's rule listings start from these.
    rules = (parse_rule(p, load_yaml_file(p)) for p in sorted(data_dir("rules").glob("*.yaml")))
    bundled = {rule.id: rule for rule in rules}
    check_supersedes(bundled)
    return bundled


def render_docs(rule: Rule) -> str:
    """A rule's documentation as readable text (for `healthlint rules explain`)."""

    def para(value: Any) -> str:
        return " ".join(str(value).split())

    docs = rule.docs
    parts = [
        f"{rule.id} (default level: {rule.level}, check: {rule.check})",
        f"What it flags\n  {para(docs['what'])}",
        f"Why it matters\n  {para(docs['why'])}",
        f"How to fix it\n  {para(docs['fix'])}",
        f"Flagged\n  {para(docs['bad'])}",
        f"Not flagged\n  {para(docs['good'])}",
        f"Known limits\n  {para(docs['limits'])}",
    ]
    options = _options_text(rule)
    if options:
        parts.append(options)
    if docs.get("references"):
        parts.append("References\n" + "\n".join(f"  - {para(r)}" for r in docs["references"]))
    return "\n\n".join(parts)


def _options_text(rule: Rule) -> str | None:
    """The options a config may set for the rule, each with its value and what it allows (the
    config's `{level: ..., options: {...}}` names no option: its check's table does)."""
    table = CHECK_OPTIONS.get(rule.check, {})
    if not table:
        return None
    lines = [
        "Options (in the config: rules: {"
        + rule.id
        + ": {options: {NAME: VALUE}}}; a value replaces the one shown)"
    ]
    for name, option in table.items():
        value = rule.options.get(name, option.default)
        if isinstance(value, bool):
            shown, allowed = str(value).lower(), "true or false"
        elif isinstance(value, list):
            shown = ", ".join(str(v) for v in value) or "none"
            if option.item_problem and value:  # patterns: read them in the rule's YAML
                shown = f"{len(value)} in {os.path.basename(rule.path) or 'its YAML'}"
            if not option.choices:
                allowed = "a list of regular expressions" if option.item_problem else "a list"
            elif set(option.choices) <= set(value):
                allowed = "a list of these"
            else:
                allowed = "a list of: " + ", ".join(option.choices)
        else:
            shown = str(value)
            allowed = "one of: " + ", ".join(option.choices) if option.choices else "a string"
        lines.append(f"  {name}: {shown} ({allowed})")
    return "\n".join(lines)


def markdown_table(rules: dict[str, Rule]) -> str:
    """The README's rule table, generated from the rules' own docs."""
    lines = ["| rule | default level | what it flags |", "|---|---|---|"]
    for rule in rules.values():
        what = " ".join(str(rule.docs["what"]).split()).replace("|", "\\|")
        lines.append(f"| `{rule.id}` | {rule.level} | {what} |")
    return "\n".join(lines) + "\n"
