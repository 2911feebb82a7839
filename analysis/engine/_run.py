"""Map one pure function over a stream of records: in this process, in worker processes, or
on a Dask cluster, always in input order and with a bounded number of records in flight.

The engine never looks inside the analysis: it calls ``analyze(text, lang, id=, outlet=,
meta=, lexicons=[, gazetteers=])`` and serialises ``result.to_dict()``. A record whose
analysis raises becomes an error record (with its source, line and id) and the run goes on.

Why not ``Pool.imap``: its feeder thread pulls the whole input iterator into the task queue
as fast as it can read, so memory would grow with the corpus. Here at most ``window`` chunks
are submitted ahead of the one being written, whatever executor runs them.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, NamedTuple

from ..io import Record, RecordError, to_json_line

__all__ = ["EngineError", "Options", "Outcome", "analyze_records", "process_record",
           "resolve_jobs"]

AnalyzeFn = Callable[..., Any]
Item = Record | RecordError

DEFAULT_CHUNKSIZE = 8  # records per task: an article takes ~1-10 ms, a task round trip ~0.1 ms
WINDOW_PER_WORKER = 4  # chunks in flight per worker: keeps workers busy, memory bounded


class EngineError(RuntimeError):
    """The run itself failed (a worker process died, the Dask scheduler is unreachable)."""


@dataclass(frozen=True)
class Options:
    """What every record is analysed with. Lexicon and gazetteer paths should be absolute
    (workers may run in another folder, or on another machine with Dask)."""

    lang: str | None = None
    lexicons: tuple[str, ...] = ()
    gazetteers: tuple[str, ...] = ()


class Outcome(NamedTuple):
    """One input record's result: ``line`` is its JSON line (an analysis record when ``ok``,
    an error record otherwise)."""

    ok: bool
    line: str
    id: str | None
    error: RecordError | None = None


def resolve_jobs(jobs: int) -> int:
    """``0`` means every core this process may use."""
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (all cores) or a positive number, not {jobs}")
    if jobs == 0:
        try:
            return len(os.sched_getaffinity(0))
        except AttributeError:  # pragma: no cover - macOS, Windows
            return os.cpu_count() or 1
    return jobs


def process_record(item: Item, options: Options = Options(),
                   analyze: AnalyzeFn | None = None) -> Outcome:
    """Analyse one record and serialise the result; any failure becomes an error record."""
    if isinstance(item, RecordError):
        return Outcome(False, to_json_line(item.to_dict()), item.id, item)
    fn = analyze if analyze is not None else _default_analyze()
    # gazetteers only when given: an analysis function need not know the argument otherwise
    extra = {"gazetteers": options.gazetteers} if options.gazetteers else {}
    try:
        result = fn(item.text, item.lang or options.lang, id=item.id, outlet=item.outlet,
                    meta=item.meta, lexicons=options.lexicons, **extra)
        return Outcome(True, to_json_line(result.to_dict()), item.id)
    except Exception as exc:
        if os.environ.get("SOURCEBIAS_DEBUG"):
            raise
        err = RecordError(item.source, item.line, item.id, _reason(exc))
        return Outcome(False, to_json_line(err.to_dict()), item.id, err)


def analyze_records(items: Iterable[Item], *, options: Options = Options(), jobs: int = 1,
                    chunksize: int | None = None, dask: Any = None,
                    analyze: AnalyzeFn | None = None) -> Iterator[Outcome]:
    """Yield one ``Outcome`` per input item, in input order, reading ``items`` lazily.

    ``jobs``: 1 runs in this process, N > 1 in N worker processes, 0 on every core.
    ``dask``: a ``distributed.Client``, a scheduler address (``tcp://host:8786``) or
    ``"local"`` (a local cluster of ``jobs`` processes); the records are sent in chunks to
    the workers, which must have sourcebias installed. ``analyze`` defaults to
    ``analysis.analyze``; another function must be importable by the workers (module level).
    """
    n = resolve_jobs(jobs)
    if dask is not None:
        yield from _run_dask(items, options, analyze, dask, n, chunksize or DEFAULT_CHUNKSIZE)
    elif n == 1:
        fn = analyze if analyze is not None else _default_analyze()
        for item in items:
            yield process_record(item, options, fn)
    else:
        yield from _run_local(items, options, analyze, n, chunksize or DEFAULT_CHUNKSIZE)


# -- executors --------------------------------------------------------------------------------

def _run_chunk(chunk: Sequence[Item], options: Options,
               analyze: AnalyzeFn | None) -> list[Outcome]:
    fn = analyze if analyze is not None else _default_analyze()
    return [process_record(item, options, fn) for item in chunk]


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _windowed(submit: Callable[[list[Item]], Any], items: Iterable[Item], size: int,
              window: int) -> Iterator[Outcome]:
    """Submit chunks ahead, at most ``window`` in flight; yield results in input order."""
    pending: deque[Any] = deque()
    for chunk in _chunks(items, size):
        pending.append(submit(chunk))
        while len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def _mp_context() -> multiprocessing.context.BaseContext:
    # forkserver: workers fork from a clean server process that has imported analysis once
    # (no fork of a threaded parent, no re-import per worker); spawn where it is missing.
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["analysis"])
        return ctx
    return multiprocessing.get_context("spawn")  # pragma: no cover - Windows


def _run_local(items: Iterable[Item], options: Options, analyze: AnalyzeFn | None, jobs: int,
               chunksize: int) -> Iterator[Outcome]:
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_mp_context())
    try:
        yield from _windowed(lambda c: pool.submit(_run_chunk, c, options, analyze),
                             items, chunksize, jobs * WINDOW_PER_WORKER)
    except BrokenProcessPool:
        raise EngineError("a worker process died (out of memory?): run again with "
                          "--jobs 1 to find the record that causes it") from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _run_dask(items: Iterable[Item], options: Options, analyze: AnalyzeFn | None, target: Any,
              jobs: int, chunksize: int) -> Iterator[Outcome]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise EngineError("Dask is not installed: pip install 'sourcebias[dask]'") from None
    own: list[Any] = []
    if isinstance(target, str):
        try:
            if target == "local":
                cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True)
                own.append(cluster)
                target = cluster
            client = Client(target, set_as_default=False)
        except OSError as exc:
            for o in own:
                o.close()
            raise EngineError(f"cannot reach the Dask scheduler at {target!r}: {exc}") from None
        own.insert(0, client)
    else:
        client = target
    try:
        nthreads = sum(client.nthreads().values()) or 1
        yield from _windowed(
            lambda c: client.submit(_run_chunk, c, options, analyze, pure=False),
            items, chunksize, nthreads * WINDOW_PER_WORKER)
    finally:
        for o in own:
            o.close()


# -- helpers ----------------------------------------------------------------------------------

def _default_analyze() -> AnalyzeFn:
    from .. import analyze

    return analyze


def _reason(exc: Exception) -> str:
    if isinstance(exc, ValueError) and type(exc).__module__.startswith(("analysis", "builtins")):
        return str(exc)
    return (f"analysis failed with {type(exc).__name__}: {exc} (an internal error: please "
            f"report it with this record)")
