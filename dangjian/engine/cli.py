"""``dangjian audit``: clean, extract and check any scraped Chinese survey report.

For each input file the command writes, in ``--out DIR/<name>/``:

``clean.txt`` and ``repairs.csv``
    the clean text (every offset of the package is into it; it has no line
    breaks) and the log of its repairs, compact: one row per run of one
    repair, with its raw span and the number of repairs it holds
    (:data:`dangjian.engine.clean.REPAIR_RUN_COLUMNS`; the full log, one row
    per repair, is :attr:`AuditResult.repairs`);
``clean_paragraphs.txt``
    the same text with a line break where a paragraph of the input ends,
    for reading (:meth:`dangjian.engine.clean.CleanResult.paragraphs`);
``claims.csv``
    the statistics found automatically (:data:`dangjian.engine.extract.CLAIM_COLUMNS`);
``checks.csv``
    every applicable consistency check (:data:`dangjian.engine.extract.CHECK_COLUMNS`);
``report.html``
    a readable summary, inconsistent numbers first, each in its context;
``raw.txt`` and ``tables.csv`` (a PDF, Word file or web page only)
    the document's raw text as extracted, which every offset of the repair
    log and the ``raw_start`` of the claims point into, and (PDF, Word) its
    tables' cells (:data:`dangjian.engine.documents.TABLE_COLUMNS`).

The inputs are ``.txt`` files, PDFs, Word files (``.docx``) and saved web
pages (``.html``, ``.htm``), told apart by their content
(:func:`dangjian.engine.source.sniff`), never by their names; see
:mod:`dangjian.engine.documents`.

``DIR/claims.csv`` and ``DIR/checks.csv`` combine all inputs (``source``
column); ``DIR/manifest.csv`` says which input became which folder
(:data:`MANIFEST_COLUMNS`), and ``DIR/dangjian-audit.json`` (:data:`MARKER`)
records the version, the command line, each input with its SHA-256, and
every file the run wrote.

Safety at the edges: inputs are only ever read.  The output folder appears
all at once (it is built beside the target, each worker writing the folders
of the files it audited, and renamed into place).  An existing folder is
replaced only with ``--force``, and only if it is a folder that ``dangjian
audit`` wrote itself: it carries the marker, and holds nothing the marker
does not list; otherwise nothing is deleted and the command exits 2.
Folders that carry the marker are skipped when an input folder is searched,
so an earlier run's output is not audited as new input; so are staging
folders (:data:`STAGING_MARKER`), and those of a killed run are removed by
the next run beside them (:func:`remove_stale_staging`).  One bad entry of a
folder (a sub-folder that cannot be read, a FIFO named like a report, a
name with undecodable bytes) is one line on the terminal and in the
manifest, never the end of the run; output folder names are unique in any
case and never one of the run's own files (:func:`dangjian.engine.outputs.output_names`).  SIGTERM is
handled as Ctrl-C (by :mod:`dangjian.__main__`), and the workers die with
their parent.

The command's stages are modules of their own: finding the inputs
(:mod:`dangjian.engine.inputs`), auditing each file
(:mod:`dangjian.engine.audit`, the Python API's ``audit_text`` and
``audit_file`` too) in worker processes (:mod:`dangjian.engine.workers`),
writing the output folder (:mod:`dangjian.engine.outputs`, with the
combined tables of :mod:`dangjian.engine.combined` in the forms of
:mod:`dangjian.engine.table_formats`, and :mod:`dangjian.engine.workbook`),
and what the terminal shows (:mod:`dangjian.engine.terminal`).  This module
runs them in order (:func:`run_audit`) and names their public faces.

Exit status: 0 when the run worked (whatever the verdicts), 1 with
``--fail-on-inconsistent`` when a check is inconsistent, 2 for a usage or
input error (other inputs of the same run are still processed).  Nothing
here opens a network connection, reads or writes pickle files, or evaluates
input.
"""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from .audit import AuditResult, FileResult, audit_file, audit_one, audit_text, not_checkable_reason
from .combined import CombinedWriter
from .inputs import REPORT_SUFFIXES, Inputs, collect_inputs
from .outputs import (
    DOCUMENT_OUTPUTS,
    MANIFEST_COLUMNS,
    MARKER,
    PER_FILE_OUTPUTS,
    STAGING_MARKER,
    OutputFolderError,
    commit,
    new_staging,
    remove_stale_staging,
    replace_refusal,
    write_outputs,
)
from .report import render_report
from .table_formats import checked_format, parquet_missing
from .terminal import closing_summary, flush, say
from .workbook import WORKBOOK_SHEETS
from .workers import WORKERS_PER_CPU, WorkerError, audit_paths, worker_count

__all__ = [
    "AuditResult",
    "FileResult",
    "not_checkable_reason",
    "closing_summary",
    "Inputs",
    "OutputFolderError",
    "MARKER",
    "STAGING_MARKER",
    "MANIFEST_COLUMNS",
    "PER_FILE_OUTPUTS",
    "DOCUMENT_OUTPUTS",
    "REPORT_SUFFIXES",
    "audit_text",
    "audit_file",
    "audit_one",
    "audit_paths",
    "audit_to_folder",
    "collect_inputs",
    "render_report",
    "replace_refusal",
    "write_outputs",
    "WorkerError",
    "WORKBOOK_SHEETS",
    "WORKERS_PER_CPU",
    "worker_count",
    "check_scheduler",
    "remove_stale_staging",
    "run_audit",
]


def audit_to_folder(files: Sequence[Path], out: Path, *, workers: int | None = None, force: bool = False,
                    progress: bool = True, encoding: str | None = None, command: Sequence[str] = (),
                    xlsx: bool = False, per_file: bool = True, table_format: str = "csv",
                    problems: Sequence[FileResult] = ()) -> list[FileResult]:
    """Audit ``files`` and write the output folder ``out``, as ``dangjian audit`` does.

    Each worker writes the folders of the files it audited into a hidden
    staging folder beside ``out``; the combined tables, the manifest and the
    marker follow, and the staging folder is renamed to ``out`` at the end,
    so ``out`` appears complete or not at all.  No folder is written when
    every file failed.  The combined ``claims.csv`` and ``checks.csv`` are
    appended as each file's result arrives, in input order, and the results
    returned keep only their counts (``streamed``: statistics, checks, checks
    per verdict), so the parent's memory does not grow with the corpus.  With ``per_file`` false only the
    combined tables, the manifest and the marker are written.  ``problems``
    (:attr:`dangjian.engine.inputs.Inputs.problems`: entries found but not audited) are listed in
    the manifest after the files, with their reasons.

    Raises
    ------
    OutputFolderError
        As :func:`write_outputs`; raised before any file is audited.
    """
    out = Path(out)
    table_format = checked_format(table_format)
    staging = new_staging(out, force=force)
    try:
        # The combined tables are written as the results arrive, in input order, and each
        # result then drops its rows: the parent holds counts, not every file's claims.
        with CombinedWriter(staging, table_format) as combined:
            results = audit_paths(files, workers=workers, progress=progress, staging=staging if per_file else None,
                                  encoding=encoding, per_file=per_file, on_result=combined.add, csv_rows=table_format == "csv",
                                  arrow_tables=table_format == "parquet")
        if any(not r.error for r in results):
            commit([*results, *problems], staging, out, force=force, command=command, xlsx=xlsx, combined_written=True)
        else:
            shutil.rmtree(staging, ignore_errors=True)
        return results
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def check_scheduler(address: str) -> str:
    """Why ``--scheduler address`` cannot be used (one line), or ``""``.

    Checked before anything is read or written: Dask's own errors for a
    malformed address are tracebacks, and a wrong one costs a 30-second
    connection time-out.  An address is ``tcp://HOST:PORT`` (``tls://``,
    ``ws://``, ``wss://``, ``ucx://`` too; ``HOST:PORT`` means ``tcp://``);
    ``tls://`` and ``wss://`` need the certificates named in Dask's
    configuration; ``inproc://`` reaches only a cluster inside this process,
    which a command never has.

    Examples
    --------
    >>> check_scheduler("tcp://127.0.0.1:8786")
    ''
    >>> check_scheduler("nonsense")
    "--scheduler 'nonsense': expected tcp://HOST:PORT, e.g. tcp://127.0.0.1:8786"
    """
    m = re.fullmatch(r"(?:([A-Za-z][A-Za-z0-9+.-]*)://)?(.*)", address.strip())
    scheme, rest = (m.group(1) or "tcp").lower(), m.group(2)
    expected = f"--scheduler {address!r}: expected tcp://HOST:PORT, e.g. tcp://127.0.0.1:8786"
    if scheme == "inproc":
        return f"--scheduler {address!r}: an inproc:// address reaches only a cluster inside this process; give tcp://HOST:PORT"
    if scheme not in ("tcp", "tls", "ws", "wss", "ucx"):
        return f"--scheduler {address!r}: unknown protocol {scheme}://; use tcp://HOST:PORT (or tls://, ws://, wss://, ucx://)"
    hp = re.fullmatch(r"(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+):(\d{1,5})/?", rest)
    if hp is None or not 0 < int(hp.group(2)) < 65536:
        return expected
    if scheme in ("tls", "wss"):
        try:
            import dask.config
        except ImportError:
            return "--scheduler needs dask.distributed: pip install 'dangjian[dask]'"
        tls = dask.config.get("distributed.comm.tls", default={}) or {}
        if not tls.get("ca-file") or not (tls.get("client") or {}).get("cert"):
            return (f"--scheduler {address!r}: {scheme}:// needs certificates: set distributed.comm.tls.ca-file and "
                    "distributed.comm.tls.client.cert (and .key) in Dask's configuration")
    return ""


def run_audit(args) -> int:
    """Run ``dangjian audit`` from parsed arguments; return the exit status."""
    try:
        return _run_audit(args)
    finally:
        flush(sys.stdout)


def _run_audit(args) -> int:
    scheduler = getattr(args, "scheduler", None)
    if scheduler:
        refusal = check_scheduler(scheduler)
        if refusal:
            say(f"dangjian: error: {refusal}", sys.stderr)
            return 2
    out = Path(args.out)
    remove_stale_staging(out)  # before the search: a killed run's folder inside an input folder is no input
    found = collect_inputs(args.paths)
    files, errors = found.files, found.errors
    encoding = getattr(args, "encoding", None)
    command = getattr(args, "command_line", ())
    if out.exists() or out.is_symlink():
        refusal = replace_refusal(out) if args.force else f"{out}: exists; use --force to replace it"
        if refusal:
            say(f"dangjian: error: {refusal}", sys.stderr)
            return 2
    if getattr(args, "format", "csv") == "parquet" and parquet_missing():
        say(f"dangjian: error: {parquet_missing()}", sys.stderr)
        return 2
    inputs = {str(f.resolve()) for f in files}
    if str(out.resolve()) in inputs or any(Path(i).is_relative_to(out.resolve()) for i in inputs):
        say(f"dangjian: error: {out}: the output folder contains an input; choose another --out", sys.stderr)
        return 2
    workers = args.workers
    if files and not scheduler and workers is not None and worker_count(workers, len(files)) < workers:
        capped = worker_count(workers, len(files))
        why = f"{len(files)} file{'s' if len(files) != 1 else ''}" if capped == len(files) else f"{WORKERS_PER_CPU} per core"
        say(f"dangjian: --workers {workers} capped at {capped} ({why})", sys.stderr)
        workers = capped
    problems = found.problems
    if not files:
        results = []
    elif scheduler:  # Dask workers may not see a local folder: results come back and are written here
        results = audit_paths(files, workers=workers, scheduler=scheduler, progress=not args.quiet, encoding=encoding)
        if any(not r.error for r in results):
            write_outputs([*results, *problems], out, force=args.force, command=command, xlsx=getattr(args, "xlsx", False),
                          per_file=not getattr(args, "no_per_file", False), table_format=getattr(args, "format", "csv"))
    else:
        results = audit_to_folder(files, out, workers=workers, force=args.force, progress=not args.quiet,
                                  encoding=encoding, command=command, xlsx=getattr(args, "xlsx", False),
                                  per_file=not getattr(args, "no_per_file", False), table_format=getattr(args, "format", "csv"),
                                  problems=problems)
    for line in found.notes():
        say(line, sys.stderr)
    for line in errors:
        say(line, sys.stderr)
    for r in [*results, *problems]:
        say(r.summary(), sys.stderr if r.error else sys.stdout)
        if r.warnings:
            say(r.warning(), sys.stderr)
    good = [r for r in results if not r.error]
    if good:
        for line in closing_summary([*results, *problems], out, per_file=not getattr(args, "no_per_file", False)):
            say(line)
    failed = bool(errors) or any(r.error and not r.skipped for r in [*results, *problems])
    if failed:
        return 2
    if args.fail_on_inconsistent and any(r.verdict_counts().get("inconsistent") for r in good):
        return 1
    return 0
