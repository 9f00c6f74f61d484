"""Shards as Parquet (the `parquet` extra, pyarrow): the records of JSON Lines shards, as columns.

A row is a file's record, with the columns of JSON Lines' keys: path, digest, cached, fail_on,
boilerplate {min_pages, report}, listing {skipped, type, path, message, line} and result {ok,
warnings, errors, findings, claims}, a finding and a claim each a struct of its dataclass's
fields (level by name, fix as {start, end, replacement}). So a shard folder is a table that
DuckDB, pandas, Polars or Spark read as it is (`shards/*.parquet`), compressed (snappy), and a
reader takes only the columns it needs. `read()` gives back the very records JSON Lines holds,
so everything after it (boilerplate, the report) is one code path for both formats.

Parquet strings are UTF-8: a record with text that is not (a path's undecodable bytes, kept as
surrogates) makes `encode()` return None, and that shard is written as JSON Lines instead.
pyarrow is imported on first use, never with linter.distributed.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Iterator
from dataclasses import fields
from typing import Any

from linter.errors import InputError
from linter.findings import Finding, Level
from linter.report.audit.inventory import InventoryClaim

BATCH_ROWS = 64  # records read at a time (a part's files, CHUNK in audit.py)
_FINDING = tuple(f.name for f in fields(Finding))
_CLAIM = tuple(f.name for f in fields(InventoryClaim))
_FIX = ("start", "end", "replacement")


@functools.cache
def available() -> bool:
    """Whether pyarrow (with Parquet) can be imported here."""
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return False
    return True


def missing(name: str) -> InputError:
    return InputError(name, "a Parquet shard: reading it needs pyarrow (the `parquet` extra)")


def encode(records: list[dict[str, Any]]) -> bytes | None:
    """A shard's records as a Parquet file; None when a text is not UTF-8."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pa.Table.from_pylist([_row(r) for r in records], schema=_schema())
    except UnicodeEncodeError:
        return None
    sink = io.BytesIO()
    # A part is 64 files, a small table of 45 columns: column statistics and the Arrow schema
    # (the Parquet schema alone reads back the same) would make it 1.5x; snappy (Parquet's
    # default) reads back 3x faster than zstd (a context per column), for 20% more bytes.
    pq.write_table(table, sink, compression="snappy", write_statistics=False, store_schema=False)
    return sink.getvalue()


def read(handle: Any) -> Iterator[dict[str, Any]]:
    """The records of a Parquet shard (an open binary file), as JSON Lines would give them."""
    import pyarrow.parquet as pq

    # No thread pool: a shard is a few KB, and threads would only add to the client's memory.
    shard = pq.ParquetFile(handle)
    for batch in shard.iter_batches(batch_size=BATCH_ROWS, use_threads=False):
        for row in batch.to_pylist():
            yield _record(row)


@functools.cache
def _schema() -> Any:
    import pyarrow as pa

    text, number = pa.string(), pa.int64()
    error = pa.struct([("type", text), ("path", text), ("message", text), ("line", number)])
    fix = pa.struct([(name, number) for name in _FIX[:2]] + [(_FIX[2], text)])
    # A field's type by its annotation: a field of a new type stops here, not in a wrong column.
    types = {
        "str": text,
        "str | None": text,
        "int": number,
        "Level": text,  # its name
        "tuple[str, ...]": pa.list_(text),
        "tuple[int, int, str] | None": fix,
    }
    finding = pa.struct([(f.name, types[str(f.type)]) for f in fields(Finding)])
    claim = pa.struct([(f.name, types[str(f.type)]) for f in fields(InventoryClaim)])
    result = pa.struct(
        [
            ("ok", pa.bool_()),
            ("warnings", pa.list_(text)),
            ("errors", pa.list_(error)),
            ("findings", pa.list_(finding)),
            ("claims", pa.list_(claim)),  # null: the claims were not collected
        ]
    )
    listing = pa.struct([("skipped", pa.bool_()), *((f.name, f.type) for f in error)])
    return pa.schema(
        [
            ("path", text),
            ("digest", text),
            ("cached", pa.bool_()),
            ("fail_on", text),
            ("boilerplate", pa.struct([("min_pages", number), ("report", text)])),
            ("listing", listing),
            ("result", result),
        ]
    )


def _row(record: dict[str, Any]) -> dict[str, Any]:
    """A JSON Lines record as a row of the schema."""
    row = dict(record)
    if record.get("boilerplate") is not None:
        row["boilerplate"] = dict(zip(("min_pages", "report"), record["boilerplate"], strict=True))
    result = record.get("result")
    if result is not None:
        claims = result["claims"]
        row["result"] = {
            **result,
            "findings": [_finding_row(f) for f in result["findings"]],
            "claims": None
            if claims is None
            else [dict(zip(_CLAIM, c, strict=True)) for c in claims],
        }
    return row


def _finding_row(values: list[Any]) -> dict[str, Any]:
    row = dict(zip(_FINDING, values, strict=True))
    row["level"] = str(Level(row["level"]))
    if row["fix"] is not None:
        row["fix"] = dict(zip(_FIX, row["fix"], strict=True))
    return row


def _record(row: dict[str, Any]) -> dict[str, Any]:
    """A row back as its JSON Lines record (a key JSON Lines leaves out is read as null)."""
    record = {k: v for k, v in row.items() if v is not None or k == "digest"}
    if row["boilerplate"] is not None:
        record["boilerplate"] = [row["boilerplate"]["min_pages"], row["boilerplate"]["report"]]
    result = row["result"]
    if result is not None:
        claims = result["claims"]
        record["result"] = {
            **result,
            "findings": [_finding_values(f) for f in result["findings"]],
            "claims": None if claims is None else [[c[n] for n in _CLAIM] for c in claims],
        }
    return record


def _finding_values(row: dict[str, Any]) -> list[Any]:
    values = [row[name] for name in _FINDING]
    values[_FINDING.index("level")] = int(Level.parse(row["level"]))
    fix = row["fix"]
    if fix is not None:
        values[_FINDING.index("fix")] = [fix[name] for name in _FIX]
    return values
