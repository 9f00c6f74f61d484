"""What a formatter knows besides the findings: the run's size, its rules and the version."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RunInfo:
    """Context for formatters. `rules` maps rule id to its Rule (docs, level, message)."""

    files: int
    rules: Mapping[str, Any] = field(default_factory=dict)
    version: str = ""
