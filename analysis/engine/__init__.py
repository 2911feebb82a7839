"""The corpus engine: one pure analysis function mapped over a stream of records, in this
process, in worker processes (``jobs``) or on a Dask cluster, in input order, with memory
bounded by a fixed window of records in flight."""

from __future__ import annotations

from ._run import (
    DEFAULT_CHUNKSIZE,
    EngineError,
    Options,
    Outcome,
    analyze_records,
    process_record,
    resolve_jobs,
)

__all__ = [
    "DEFAULT_CHUNKSIZE",
    "EngineError",
    "Options",
    "Outcome",
    "analyze_records",
    "process_record",
    "resolve_jobs",
]
