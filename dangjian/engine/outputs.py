"""The output folder of ``dangjian audit``: each file's folder, the combined tables, the manifest and the marker,
built in a hidden staging folder beside the target and renamed into place, so that it appears complete or not at all.

An existing folder is replaced only with ``--force``, and only if it is a
folder that ``dangjian audit`` wrote itself (:func:`replace_refusal`);
staging folders of killed runs are removed by the next run beside them
(:func:`remove_stale_staging`); output folder names are unique in any case
and never one of the run's own files (:func:`output_names`).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath

from .audit import FileResult
from .clean import REPAIR_RUN_COLUMNS
from .combined import CombinedWriter
from .documents import TABLE_COLUMNS
from .files import printable_path
from .table_formats import CSV_HEADERS, checked_format, csv_lines
from .tabular import write_csv
from .workbook import write_workbook

__all__ = [
    "OutputFolderError",
    "MARKER",
    "STAGING_MARKER",
    "MANIFEST_COLUMNS",
    "PER_FILE_OUTPUTS",
    "DOCUMENT_OUTPUTS",
    "output_names",
    "write_outputs",
    "write_file",
    "new_staging",
    "remove_stale_staging",
    "replace_refusal",
    "commit",
]


class OutputFolderError(FileExistsError):
    """The output folder cannot be written or replaced (the message says why; nothing was deleted)."""


#: The file that marks a folder as written by ``dangjian audit``.
MARKER = "dangjian-audit.json"
#: The file that marks a hidden staging folder of a run while it writes (who wrote it: host and process id), so that a
#: later run can tell a killed run's debris from a live run's folder, remove the first and never read either as input.
STAGING_MARKER = ".dangjian-staging.json"
#: Columns of ``manifest.csv``: one row per input, in input order, then one per entry of a folder that was skipped
#: or could not be searched (:attr:`dangjian.engine.inputs.Inputs.problems`).
MANIFEST_COLUMNS = ["input", "sha256", "encoding", "output", "status", "message"]
#: The files written for each audited input, in its own folder.
PER_FILE_OUTPUTS = ("clean.txt", "clean_paragraphs.txt", "repairs.csv", "claims.csv", "checks.csv", "report.html")
#: Written besides those for a PDF, Word file or web page: its raw text as extracted, and (PDF, Word) its tables' cells.
DOCUMENT_OUTPUTS = ("raw.txt", "tables.csv")
#: Names of the files at the top of the output folder; no input's folder may take one of them, in any case.
_RESERVED_NAMES = frozenset(
    n.casefold() for n in ("claims", "checks", "manifest", "audit", "dangjian-audit", "claims.csv", "checks.csv", "manifest.csv",
                           "claims.parquet", "checks.parquet", "audit.xlsx", MARKER)
)
#: Characters no output folder name keeps: path separators, control characters, and what Windows forbids.
_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')
#: Longest output folder name, in characters: file systems allow 255 bytes, and a Chinese character takes 3.
_NAME_LENGTH = 80


def _safe_name(path: Path) -> str:
    """An output folder name for ``path``: its stem, printable, with no separator and no leading dot.

    ``..txt`` would be ``.``, ``a/b`` cannot be one folder, and a hidden folder
    would be missed: such characters become ``_``; undecodable bytes of the name
    are shown as their escapes (``\\xff`` becomes ``_xff``).
    """
    stem = printable_path(path.name)
    stem = stem[: -len(path.suffix)] if path.suffix and stem.endswith(path.suffix) else stem
    stem = _UNSAFE_NAME.sub("_", stem).lstrip(". ").rstrip(". ")
    return stem[:_NAME_LENGTH] or "file"


def output_names(files: Sequence[Path]) -> list[str]:
    """Output folder names: safe file stems (:func:`_safe_name`), unique even on a disk that ignores case,
    and none that the run's own files take (``manifest.csv`` records which input is which)."""
    taken = set(_RESERVED_NAMES)
    out = []
    for f in files:
        name = base = _safe_name(f)
        k = 1
        while name.casefold() in taken:
            k += 1
            name = f"{base}-{k}"
        taken.add(name.casefold())
        out.append(name)
    return out


def write_outputs(results: Iterable[FileResult], out: Path, *, force: bool = False, command: Sequence[str] = (),
                  xlsx: bool = False, per_file: bool = True, table_format: str = "csv") -> Path:
    """Write every result into ``out``, atomically (with ``audit.xlsx`` too if ``xlsx``; no folder per input
    unless ``per_file``).

    Raises
    ------
    OutputFolderError
        If ``out`` exists and ``force`` is false, or ``force`` is true but
        ``out`` is not a folder that ``dangjian audit`` wrote.
    """
    out = Path(out)
    table_format = checked_format(table_format)
    staging = new_staging(out, force=force)
    try:
        results = list(results)
        for r in results:
            if not r.error and per_file:
                write_file(r, staging / r.name)
        commit(results, staging, out, force=force, command=command, xlsx=xlsx, table_format=table_format)
        return out
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def write_file(r: FileResult, folder: Path, csv_rows: tuple[str, str] | None = None) -> None:
    """The files of one audited input (:data:`PER_FILE_OUTPUTS`); ``csv_rows``: the lines of
    its claims and checks, if already formatted."""
    folder.mkdir()
    (folder / "clean.txt").write_text(r.clean + "\n", encoding="utf-8")
    (folder / "clean_paragraphs.txt").write_text(r.paragraphs + "\n", encoding="utf-8")
    # the compact log: one row per run of one repair, not one per removed space (the full log is the Python API's)
    write_csv(folder / "repairs.csv", ["source", *REPAIR_RUN_COLUMNS], r.repair_run_rows)
    for name, header, lines in zip(("claims.csv", "checks.csv"), CSV_HEADERS, csv_rows or csv_lines(r)):
        with open(folder / name, "w", encoding="utf-8", newline="") as f:
            f.write(header + lines)
    (folder / "report.html").write_text(r.html, encoding="utf-8")
    if r.kind != "text":
        (folder / "raw.txt").write_text(r.raw, encoding="utf-8")
        if r.table_rows:
            write_csv(folder / "tables.csv", TABLE_COLUMNS, r.table_rows)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def new_staging(out: Path, *, force: bool) -> Path:
    """A hidden folder beside ``out`` to build the output in, with the user's
    permissions (``mkdtemp`` makes it private, 0700), marked as a staging folder
    (:data:`STAGING_MARKER`) before anything is written into it.  Staging
    folders of earlier runs that were killed are removed first
    (:func:`remove_stale_staging`)."""
    if out.exists() or out.is_symlink():
        if not force:
            raise OutputFolderError(f"{out}: exists; use --force to replace it")
        refusal = replace_refusal(out)
        if refusal:
            raise OutputFolderError(refusal)
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_staging(out)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        (staging / STAGING_MARKER).write_text(json.dumps(_staging_owner()) + "\n", encoding="utf-8")
        staging.chmod(0o777 & ~_umask())
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def _staging_owner() -> dict:
    import socket

    return {"tool": "dangjian audit", "host": socket.gethostname(), "pid": os.getpid()}


def remove_stale_staging(out: Path) -> list[Path]:
    """Remove the staging folders that killed runs left beside ``out``; return them.

    A folder is removed only if it is named as a staging folder of ``out``
    (``.NAME-…``), is a folder and not a link, and carries a readable
    :data:`STAGING_MARKER` of a process of this host that no longer runs: a
    live run's folder, a folder of another host's run (on a shared disk) and
    a folder of the user's that merely looks like one are left alone.
    """
    removed = []
    try:
        entries = list(out.parent.iterdir())
    except OSError:
        return removed
    host = _staging_owner()["host"]
    for entry in entries:
        if not entry.name.startswith(f".{out.name}-") or entry.is_symlink() or not entry.is_dir():
            continue
        try:
            owner = json.loads((entry / STAGING_MARKER).read_text(encoding="utf-8"))
            stale = owner["tool"] == "dangjian audit" and owner["host"] == host and not _alive(int(owner["pid"]))
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if stale:
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True  # another user's process (or a pid this system cannot have): leave its folder alone
    return True


def replace_refusal(out: Path) -> str:
    """Why ``--force`` must not replace ``out`` (one line), or ``""`` if it may.

    ``out`` may be replaced only if it is a folder (not a link) holding
    :data:`MARKER`, a readable marker of ``dangjian audit``, and nothing
    that the marker does not list: a file the user added, a folder of
    theirs, a link.
    """
    if out.is_symlink() or not out.is_dir():
        return f"{out}: is not a folder; --force replaces only a folder that dangjian audit wrote, so nothing was deleted"
    marker = out / MARKER
    if not marker.is_file():
        return (f"{out}: was not written by dangjian audit (it has no {MARKER}); --force replaces only such folders, "
                "so nothing was deleted: choose another --out")
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
        listed = set(data["files"])
        if data.get("tool") != "dangjian audit" or not all(isinstance(f, str) for f in listed):
            raise ValueError
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return f"{out}: its {MARKER} is damaged or not dangjian's, so nothing was deleted: choose another --out"
    listed.add(MARKER)
    parents = {q.as_posix() for f in listed for q in PurePosixPath(f).parents}
    foreign: list[str] = []
    for root, dirs, files in os.walk(out):
        here = Path(root).relative_to(out)
        for name in dirs:
            rel = (here / name).as_posix()
            if (Path(root) / name).is_symlink() or rel not in parents:
                foreign.append(rel + "/")
        dirs[:] = [d for d in dirs if (here / d).as_posix() in parents and not (Path(root) / d).is_symlink()]
        for name in files:
            rel = (here / name).as_posix()
            if rel not in listed or (Path(root) / name).is_symlink():
                foreign.append(rel)
    if foreign:
        foreign.sort()
        n = len(foreign)
        return (f"{out}: holds {n} file{'s' if n != 1 else ''} that dangjian audit did not write ({', '.join(foreign[:3])}{', …' if n > 3 else ''}); "
                f"--force would delete {'them' if n != 1 else 'it'}, so nothing was deleted: move {'them' if n != 1 else 'it'} or choose another --out")
    return ""


def commit(results: Sequence[FileResult], staging: Path, out: Path, *, force: bool = False, command: Sequence[str] = (),
            xlsx: bool = False, combined_written: bool = False, table_format: str = "csv") -> None:
    """Write the combined tables (unless ``combined_written``), the manifest (and ``audit.xlsx``) and the
    marker, then move ``staging`` to ``out`` (replacing it, if it is still replaceable)."""
    good = [r for r in results if not r.error]
    if not combined_written:
        with CombinedWriter(staging, table_format) as combined:
            for r in good:
                combined.add(r)
    write_csv(staging / "manifest.csv", MANIFEST_COLUMNS, (_manifest_row(r) for r in results))
    if xlsx:
        write_workbook(staging / "audit.xlsx", staging)
    # From here the folder is a finished output: its MARKER, not the staging marker, keeps it from being read as input
    (staging / STAGING_MARKER).unlink(missing_ok=True)
    _write_marker(staging, results, command)
    if out.exists() or out.is_symlink():
        # checked again: the folder may have changed while the files were audited
        refusal = replace_refusal(out) if force else f"{out}: exists; use --force to replace it"
        if refusal:
            raise OutputFolderError(refusal)
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
        old.rmdir()
        out.rename(old)
        staging.rename(out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        staging.rename(out)


def _manifest_row(r: FileResult) -> tuple[str, ...]:
    message = r.error or "; ".join(r.warnings)
    return (printable_path(r.path), r.sha256, r.encoding, "" if r.error else r.name, r.status, message)


def _write_marker(staging: Path, results: Sequence[FileResult], command: Sequence[str]) -> None:
    """:data:`MARKER`: who wrote the folder, from what, and every file in it."""
    from . import __version__

    files = sorted((Path(root).relative_to(staging) / f).as_posix() for root, _, names in os.walk(staging) for f in names)
    marker = {
        "tool": "dangjian audit",
        "version": __version__,
        "command": list(command),
        "inputs": [dict(zip(MANIFEST_COLUMNS, _manifest_row(r))) for r in results],
        "files": [*files, MARKER],
    }
    (staging / MARKER).write_text(json.dumps(marker, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
