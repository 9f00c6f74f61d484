"""The closed set of rule types. A rule's `check:` names one of these; nothing else is allowed."""

from __future__ import annotations

from linter.checks.attribution import AttributionCheck
from linter.checks.base import Check, Hit
from linter.checks.causal import CausalCheck
from linter.checks.options import Option
from linter.checks.registry import (
    RegistryContradictionCheck,
    RegistryOverstatedCheck,
    RegistrySourceMismatchCheck,
)
from linter.checks.statistic import StatisticCheck
from linter.checks.wording import WordingCheck

CHECKS: dict[str, type[Check]] = {
    "attribution": AttributionCheck,
    "causal": CausalCheck,
    "registry-contradiction": RegistryContradictionCheck,
    "registry-overstated": RegistryOverstatedCheck,
    "registry-source-mismatch": RegistrySourceMismatchCheck,
    "statistic": StatisticCheck,
    "wording": WordingCheck,
}

# check name -> option name -> Option: what config validation reads, without building a check.
CHECK_OPTIONS: dict[str, dict[str, Option]] = {name: c.OPTIONS for name, c in CHECKS.items()}

__all__ = ["CHECKS", "CHECK_OPTIONS", "Check", "Hit", "Option"]
