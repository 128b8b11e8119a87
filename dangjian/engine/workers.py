"""Auditing many files at once: local worker processes (or a Dask cluster), each auditing its files and writing their
folders, the results coming back in input order.

The workers die with their parent, ignore its SIGTERM handler, and are
ended at once on an interrupt (:func:`audit_paths`).
"""

from __future__ import annotations

import gc
import os
import sys
import threading
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path

from .audit import FileResult, as_table_rows, audit_one, audit_rows
from .outputs import output_names, write_file
from .table_formats import csv_lines

__all__ = [
    "audit_paths",
    "WorkerError",
    "WORKERS_PER_CPU",
    "worker_count",
]


def audit_paths(
    files: Sequence[Path],
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: bool = True,
    staging: Path | None = None,
    encoding: str | None = None,
    per_file: bool = True,
    on_result=None,
    csv_rows: bool = False,
    arrow_tables: bool = False,
) -> list[FileResult]:
    """Audit files in parallel: local processes by default, a Dask cluster with ``scheduler``.

    Results come back in the order of ``files``.  With ``staging`` (a folder;
    local processes only), each file's outputs are written there by the
    process that audited it, and the results keep only their claims and
    checks: the writing runs in parallel, and the parent holds a few KB per
    file instead of the repair log, clean text and HTML.  With ``per_file``
    false nothing is written and the results hold only the claims and checks.
    ``encoding`` applies to every file (default: detected per file).
    ``on_result``, if given, is called with each result as it arrives, in the
    order of ``files``, and what it returns is kept instead.  With ``csv_rows``
    (``staging`` or ``per_file`` false), each result carries its claims and
    checks as the lines of the combined CSV tables (``FileResult.csv_rows``),
    formatted by the worker, instead of the rows; with ``arrow_tables``, as Arrow tables
    (``FileResult.arrow_tables``: ``--format parquet``), built by the worker.
    """
    keep = on_result or (lambda r: r)
    names = output_names(files)
    jobs = [(str(f), n, encoding) for f, n in zip(files, names)]
    if scheduler:
        if staging is not None:
            raise ValueError("staging needs local processes: a Dask worker may not see the folder")
        return _audit_dask(jobs, scheduler, progress)
    if csv_rows and arrow_tables:
        raise ValueError("csv_rows or arrow_tables, not both")
    if (csv_rows or arrow_tables) and per_file and staging is None:
        raise ValueError(f"{'csv_rows' if csv_rows else 'arrow_tables'} needs staging, or per_file=False")
    form = "csv" if csv_rows else "arrow" if arrow_tables else ""
    task = audit_rows if not per_file else audit_one if staging is None else _audit_file_into
    if per_file and staging is not None:
        jobs = [(*job, str(staging), form) for job in jobs]
    elif not per_file:
        jobs = [(*job, form) for job in jobs]
    workers = worker_count(workers, len(jobs))
    bar = _bar(len(jobs), progress)
    if workers <= 1 or len(jobs) <= 1:
        results = []
        with _batch_gc():
            for job in jobs:
                results.append(keep(task(*job)))
                bar.update()
        bar.close()
        return results
    from concurrent.futures import ProcessPoolExecutor

    # Files go to the workers in chunks: one task per file costs the parent
    # more bookkeeping than a small report costs to audit.
    chunksize = max(1, min(32, len(jobs) // (workers * 8)))
    results = []
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_start, initargs=(os.getpid(),))
    try:
        with _batch_gc():
            try:
                mapped = pool.map(task, *zip(*jobs), chunksize=chunksize)
            except OSError as exc:  # fork() failed: a process limit, or no memory
                raise WorkerError(f"cannot start {workers} worker processes ({exc.strerror or exc}); try --workers 1") from None
            for result in mapped:
                results.append(keep(result))
                bar.update()
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown()
    bar.close()
    return results


class WorkerError(OSError):
    """The worker processes could not be started (the message says why and what to try)."""


#: At most this many local workers per core: auditing is CPU-bound, so more only costs memory and start-up.
WORKERS_PER_CPU = 4


def worker_count(requested: int | None, files: int) -> int:
    """The local workers used for ``files`` inputs: ``requested`` (default one per core), capped at the
    number of files and at :data:`WORKERS_PER_CPU` per core.

    Examples
    --------
    >>> worker_count(50, 3)
    3
    """
    cpus = os.cpu_count() or 1
    return max(1, min(requested or cpus, files, WORKERS_PER_CPU * cpus))


def _quiet_cancelled_future_race() -> None:
    """Leave out of stderr the InvalidStateError of a future cancelled while the pool's manager thread ends it."""
    from concurrent.futures import InvalidStateError

    previous = threading.excepthook
    if getattr(previous, "_dangjian", False):
        return

    def hook(args) -> None:
        if args.exc_type is not None and issubclass(args.exc_type, InvalidStateError):
            return
        previous(args)

    hook._dangjian = True
    threading.excepthook = hook


def _stop(pool) -> None:
    """End a process pool now (an interrupt, a signal, an error): the queued files are dropped and the
    workers ended, instead of waiting for every file submitted to be audited."""
    # CPython 3.11's pool manager thread, finding its workers killed, sets an exception on every pending future,
    # and raises on one that shutdown(cancel_futures=True) has cancelled in the meantime (InvalidStateError, printed
    # as a thread's traceback): a race of the library's own, harmless here, so that one error is not printed.
    _quiet_cancelled_future_race()
    # ProcessPoolExecutor has no public way to end its workers; shutdown() alone waits for them.  SIGKILL,
    # not SIGTERM: a worker forked a moment ago may still run the parent's SIGTERM handler, and a worker
    # holds nothing to clean up (what it wrote is in the staging folder, which the parent removes).
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        try:
            process.kill()
        except (OSError, AttributeError):
            pass
    # A worker killed while it wrote a result leaves half a message in the result pipe, and the pool's manager
    # thread would wait for the rest forever (the parent holds a write end too, so the pipe never ends): with
    # the parent's end closed as well, the thread reads the end of the pipe, finds the pool broken and stops.
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
    if writer is not None:
        try:
            writer.close()
        except OSError:
            pass
    pool.shutdown(wait=True, cancel_futures=True)


def _worker_start(parent: int) -> None:
    """The set-up of each worker process: it dies with its parent, ignores the parent's SIGTERM handler,
    and collects garbage as :func:`_worker_init` says."""
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if not _die_with_parent():
        import threading

        threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="dangjian-watchdog").start()
    if os.getppid() != parent:  # the parent died before the line above could take effect
        os._exit(1)
    _worker_init()


def _die_with_parent() -> bool:
    """Ask Linux to send this process SIGTERM when its parent dies (``prctl(PR_SET_PDEATHSIG)``); False elsewhere."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(1, int(signal.SIGTERM), 0, 0, 0) == 0  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int, interval: float = 1.0) -> None:
    """Where no system call does it: end this worker within ``interval`` seconds of its parent's death
    (the worker is then adopted, and its parent id changes)."""
    import time

    while os.getppid() == parent:
        time.sleep(interval)
    os._exit(1)


@contextmanager
def _batch_gc():
    """Fewer and cheaper garbage collections while many files are audited.

    Auditing allocates many small objects and creates no reference cycles
    of its own, yet each full collection walks every object alive: the
    imported libraries and all results kept so far.  Freezing what exists
    now takes it out of those walks, and a larger first-generation
    threshold makes collections rarer.  Both are undone on exit.
    """
    threshold = _worker_init()
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def _worker_init() -> tuple[int, int, int]:
    """Freeze the objects that exist now and make collections rarer (the set-up
    of each worker process, and of :func:`_batch_gc`); returns the old thresholds."""
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(threshold[0], 20_000), *threshold[1:])
    return threshold


def _audit_dask(jobs: list[tuple[str, str, str | None]], scheduler: str, progress: bool) -> list[FileResult]:
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise OSError("--scheduler needs dask.distributed: pip install 'dangjian[dask]'") from None  # one line, exit 2
    try:
        client = Client(scheduler)
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        raise OSError(f"--scheduler {scheduler}: cannot connect ({exc})") from None
    try:
        futures = client.map(audit_one, *zip(*jobs), pure=False)
        bar = _bar(len(futures), progress)
        for _ in as_completed(futures):
            bar.update()
        bar.close()
        return client.gather(futures)
    finally:
        client.close()


def _bar(total: int, enabled: bool):
    """A progress bar on standard error, shown only when that is a terminal
    (captured or redirected output stays free of it)."""
    from tqdm import tqdm

    shown = enabled and total >= 2 and sys.stderr.isatty()
    return tqdm(total=total, unit="file", disable=not shown, file=sys.stderr, leave=False)


def _audit_file_into(path: str, name: str, encoding: str | None, staging: str, form: str = "") -> FileResult:
    """:func:`audit_one`, writing the file's outputs into ``staging/name``;
    the result keeps only what the combined tables, the manifest and the
    summary need: the rows, or with ``form`` ``"csv"`` their lines (formatted once for the file's own tables and
    the combined ones) or with ``"arrow"`` their Arrow tables (:func:`as_table_rows`)."""
    result = audit_one(path, name, encoding)
    if result.error:
        return result
    lines = csv_lines(result)
    write_file(result, Path(staging) / result.name, lines)
    if form:
        return as_table_rows(result, form, lines)
    return FileResult(result.path, result.name, claim_rows=result.claim_rows, check_rows=result.check_rows,
                      sha256=result.sha256, encoding=result.encoding, warnings=result.warnings, reasons=result.reasons)
