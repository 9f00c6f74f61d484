"""`--scheduler ADDRESS`: `local`, `local:N` (a LocalCluster of N worker processes) or the
address of a running Dask scheduler (`tcp://host:8786`)."""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterator
from typing import Any

from linter.errors import ConfigError
from linter.run.workers import available_cpus

_LOCAL = re.compile(r"local(?::(\d+))?")


def parse_scheduler(address: str) -> tuple[str | None, int]:
    """(the scheduler's address, or None for a local cluster; its number of workers)."""
    local = _LOCAL.fullmatch(address.strip())
    if local:
        workers = int(local.group(1)) if local.group(1) else available_cpus()
        if workers < 1:
            raise ConfigError(None, f"--scheduler {address}: a local cluster needs a worker")
        return None, workers
    if "://" in address or re.fullmatch(r"[\w.-]+:\d+", address):
        return address, 0
    raise ConfigError(
        None, f"--scheduler {address!r}: expected local, local:N or an address (tcp://host:8786)"
    )


# A local cluster shares the machine's CPUs with the checking: what Dask does beside the tasks
# is made rarer (py-spy on a run's client and workers: the memory monitor read /proc every
# 100 ms for each worker, in the nanny and in the worker; the worker profiler woke every 10 ms).
# Memory limits are then enforced within a second rather than 100 ms. The event-loop health
# check (a "tick" every 20 ms in the scheduler, each nanny and each worker: it only warns when
# a loop is blocked for 3 s) runs every second, and the system monitor (the dashboard's CPU,
# memory and network graphs) every 10 s: an idle 2-worker cluster then burns 8 ms of CPU a
# second in the workers and 8.5 in the client process, against 30 and 32.5 with a 20 ms tick
# and a 2 s monitor (a LocalCluster left idle 20 s, its CPU times read with psutil), about
# 4% of a core given back to the checking. A remote cluster keeps its own configuration.
LOCAL_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "10s",
    "distributed.admin.tick.interval": "1s",
}


@contextlib.contextmanager
def connect(address: str) -> Iterator[Any]:
    """A dask Client: to a new LocalCluster (closed after), or to a running scheduler."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ConfigError(None, "--scheduler needs Dask: pip install 'healthlint[dask]'") from None
    remote, workers = parse_scheduler(address)
    if remote is not None:
        with Client(remote) as client:
            yield client
        return
    import dask

    with (
        dask.config.set(LOCAL_CONFIG),
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,  # each thread drives one checking process: one CPU
            processes=True,
            # Any free port (8787 may be another cluster's); without bokeh it says how to get it.
            dashboard_address=":0",
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def threads(client: Any) -> int:
    """The cluster's worker threads (each checks one file at a time)."""
    info = client.scheduler_info()
    return sum(int(w.get("nthreads", 1)) for w in info.get("workers", {}).values()) or 1
