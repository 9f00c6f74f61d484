"""`healthlint audit --scheduler`: the audit on a Dask cluster (the `dask` extra).

Importing this package imports neither dask nor fsspec: the modules that need them
(scheduler.py, audit.py, store.py) are imported only when a distributed audit runs; pyarrow,
only when a shard is written or read.

The parts, one way round:
  sandbox.py      a child process per worker thread, so a file cannot hang or crash a worker
  worker_side.py  what the child does: walk local folders, check a file, the shared cache
  tasks.py        what a worker runs: list the sources into manifest parts, check one part
  parquet.py      a shard's records as a Parquet table (the `parquet` extra: pyarrow)
  store.py        the results folder on any fsspec storage: manifest, shards, atomic writes
  shards.py       the client's side: read the shards back, boilerplate, the AuditResult
  scheduler.py    `local`, `local:N` or a scheduler's address -> a dask Client
  audit.py        the run: list, submit parts, count as they finish, build the result
  report.py       the report (HTML, Markdown, JSON) streamed from the shards
"""
