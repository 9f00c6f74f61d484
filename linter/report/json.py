"""`{"findings": [...], "files": N, "errors": [...]}`: every finding's documented `to_dict()`.

`errors` lists the files that could not be checked (`path`, `line`, `message`), so a reader of
the JSON alone knows the run was incomplete (it also exits 2). Paths as the command line
shows them in every format (relative to the current folder, no leading `./`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from json.encoder import encode_basestring
from typing import Any

from linter.findings import Finding
from linter.report.run_info import RunInfo


def format_json(findings: Sequence[Finding], run: RunInfo) -> str:
    return "".join(json_chunks(findings, run))


def json_chunks(findings: Sequence[Finding], run: RunInfo) -> Iterator[str]:
    """`format_json` a finding at a time, so that a report of many findings is written as it
    is made, never held whole (the findings array is written incrementally)."""
    errors = [{"path": p.path, "line": p.line, "message": p.message} for p in run.problems]
    if not findings:
        payload = {"findings": [], "files": run.files, "errors": errors}
        yield json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
        return
    # What json.dumps(indent=2) writes, with each finding written here: with an indent, json
    # encodes in Python, value by value (half a second for 7,000 findings); a finding is a flat
    # mapping of strings, numbers and nulls, whose lines are simple to write the same way.
    yield '{\n  "findings": [\n'
    for index, f in enumerate(findings):
        yield (",\n" if index else "") + _flat(f.to_dict(), "    ")
    rest = json.dumps({"files": run.files, "errors": errors}, ensure_ascii=False, indent=2)
    yield "\n  ],\n" + rest[2:] + "\n"


def _flat(item: dict[str, Any], pad: str) -> str:
    """A flat mapping as json.dumps(indent=2) writes it at `pad`."""
    lines = []
    for key, value in item.items():
        if isinstance(value, str):
            text = encode_basestring(value)
        elif value is None or isinstance(value, bool):
            text = "null" if value is None else "true" if value else "false"
        elif type(value) is int:
            text = int.__repr__(value)
        else:
            text = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  " + pad)
        lines.append(f"{pad}  {encode_basestring(key)}: {text}")
    return pad + "{\n" + ",\n".join(lines) + "\n" + pad + "}"
