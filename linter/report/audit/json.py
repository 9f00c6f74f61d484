"""The audit as JSON: `{"summary", "findings", "claims", "errors"}` for scripts and dashboards."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from linter.report.audit.summary import summary

if TYPE_CHECKING:
    from linter.run.audit import AuditResult


def render_json(result: AuditResult) -> str:
    """Findings and claims in their documented `to_dict()` shapes; errors as path/line/message."""
    return "".join(
        json_parts(
            summary(result),
            [item(f.to_dict()) for f in result.findings],
            [item(c.to_dict()) for c in result.claims],
            error_dicts(result.errors),
        )
    )


def error_dicts(errors: Iterable[Any]) -> list[dict[str, Any]]:
    return [{"path": e.path, "line": e.line, "message": e.message, "text": str(e)} for e in errors]


def item(value: Any) -> str:
    """One element of the findings or claims list, as json.dumps(indent=2) places it."""
    return _indented(value, 4)


def _indented(value: Any, by: int) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return text.replace("\n", "\n" + " " * by)


def json_parts(
    summary_of_run: Mapping[str, Any],
    findings: Iterable[str],
    claims: Iterable[str],
    errors: list[dict[str, Any]],
) -> Iterator[str]:
    """The report in pieces, equal to json.dumps of the whole payload with indent=2 and a
    newline: what a streamed report writes. `findings` and `claims` are item() texts (a
    streamed report may pass several, joined with ",\\n    ", as one)."""
    yield '{\n  "summary": '
    yield from _object(summary_of_run, 2)
    for key, texts in (("findings", findings), ("claims", claims)):
        yield from _list(key, texts)
    yield ',\n  "errors": ' + _indented(errors, 2) + "\n}\n"


def _object(mapping: Mapping[str, Any], by: int) -> Iterator[str]:
    """json.dumps(mapping, indent=2) placed `by` spaces in; a value that is an iterator (the
    summary's by_file of a streamed report) is written an element at a time."""
    pad = " " * (by + 2)
    first = True
    for key, value in mapping.items():
        yield ("{\n" if first else ",\n") + pad + json.dumps(key, ensure_ascii=False) + ": "
        if isinstance(value, Iterator):
            yield from _elements(value, by + 2)
        else:
            yield _indented(value, by + 2)
        first = False
    yield "{}" if first else "\n" + " " * by + "}"


def _elements(values: Iterator[Any], by: int) -> Iterator[str]:
    pad = " " * (by + 2)
    first = True
    for value in values:
        yield ("[\n" if first else ",\n") + pad + _indented(value, by + 2)
        first = False
    yield "[]" if first else "\n" + " " * by + "]"


def _list(key: str, texts: Iterable[str]) -> Iterator[str]:
    first = True
    for text in texts:
        yield (f',\n  "{key}": [\n    ' if first else ",\n    ") + text
        first = False
    yield f',\n  "{key}": []' if first else "\n  ]"
