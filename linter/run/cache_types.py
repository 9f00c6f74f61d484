"""The types of a cache entry's stored fields, checked where an entry's digest does not vouch
for it (linter/run/cache.py)."""

from __future__ import annotations

from dataclasses import fields
from functools import cache
from types import UnionType
from typing import Any, Union, get_args, get_origin, get_type_hints


def check_types(cls: Any, values: list[Any]) -> None:
    """Raise TypeError unless each value is of its field's type: a tampered or damaged entry
    is a miss, not a crash later in sorting or formatting."""
    hints = _hints(cls)
    for f, value in zip(fields(cls), values, strict=True):
        if not _conforms(value, hints[f.name]):
            raise TypeError(f"stored {f.name} is not a {hints[f.name]}")


@cache
def _hints(cls: Any) -> dict[str, Any]:
    return get_type_hints(cls)


def _conforms(value: Any, hint: Any) -> bool:
    origin, args = get_origin(hint), get_args(hint)
    if origin in (UnionType, Union):
        return any(_conforms(value, arg) for arg in args)
    if origin is tuple:
        if not isinstance(value, tuple):
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return all(_conforms(v, args[0]) for v in value)
        return len(value) == len(args) and all(map(_conforms, value, args))
    if hint is type(None):
        return value is None
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, hint)
