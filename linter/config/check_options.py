"""The options each rule type (`check:`) accepts, validated without importing spaCy.

Loading rules and configuration needs this table; the checks themselves (linter/checks) need
spaCy. Keeping the table here means a run whose every file is answered from the cache never
imports spaCy at all.
"""

from __future__ import annotations

from typing import Any

from linter.config.regex_safety import problem
from linter.errors import ConfigError
from linter.findings import LEVEL_NAMES

EVIDENCE_KINDS = ("observational", "preliminary", "animal", "in_vitro")
FIGURE_KINDS = ("percent", "fold", "one-in-n", "rate", "ratio", "count")

# check name -> option name -> (type, default)
CHECK_OPTIONS: dict[str, dict[str, tuple[type, Any]]] = {
    "attribution": {"kind": (str, "named")},
    "causal": {"evidence": (list, list(EVIDENCE_KINDS)), "paragraph": (bool, True)},
    "registry-contradiction": {},
    "registry-overstated": {"min_strength": (str, "direct")},
    "registry-source-mismatch": {},
    "statistic": {"kinds": (list, list(FIGURE_KINDS))},
    "wording": {
        "terms": (list, []),
        "pseudo": (list, []),
        "hedged_level": (str, "warning"),
        "skip_scare_quotes": (bool, True),
    },
}


def validate_options(check: str, options: dict[str, Any], path: str, line: int) -> None:
    """Raise ConfigError (path:line) for an option the check does not take or a wrong value."""
    allowed_options = CHECK_OPTIONS[check]
    for key, value in options.items():
        if key not in allowed_options:
            allowed = ", ".join(sorted(allowed_options)) or "none"
            raise ConfigError(path, f"unknown option {key!r} (allowed: {allowed})", line)
        expected = allowed_options[key][0]
        if not isinstance(value, expected):
            raise ConfigError(path, f"option {key!r} must be a {expected.__name__}", line)
    if check == "wording":
        _validate_wording(options, path, line)


def _validate_wording(options: dict[str, Any], path: str, line: int) -> None:
    for key in ("terms", "pseudo"):
        for term in options.get(key, []):
            why = problem(term) if isinstance(term, str) else "must be a string"
            if why:
                raise ConfigError(path, f"{key}: {term!r}: {why}", line)
    level = options.get("hedged_level", "warning")
    if str(level).lower() not in LEVEL_NAMES:
        raise ConfigError(path, f"hedged_level must be one of {', '.join(LEVEL_NAMES)}", line)
