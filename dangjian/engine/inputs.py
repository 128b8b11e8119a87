"""The inputs of ``dangjian audit``: the files named, and the reports found in the folders named.

Folders that an earlier run wrote (they carry
:data:`dangjian.engine.outputs.MARKER`) or that a run is writing (a staging
folder) are not searched, so an earlier run's output is not audited as new
input.  One bad entry of a folder (a sub-folder that cannot be read, a FIFO
named like a report, a name with undecodable bytes) is one line on the
terminal and in the manifest, never the end of the run.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .audit import FileResult
from .files import printable_path
from .outputs import MARKER, STAGING_MARKER

__all__ = [
    "REPORT_SUFFIXES",
    "Inputs",
    "collect_inputs",
]


#: The endings searched for in an input folder (in any case); what a file is, is decided by its content.
REPORT_SUFFIXES = (".txt", ".pdf", ".docx", ".doc", ".html", ".htm")


@dataclass
class Inputs:
    """What :func:`collect_inputs` found.

    ``files`` to audit, in order; ``errors`` (one line each, for paths that
    do not exist or folders with nothing to audit); ``problems``: entries of
    the folders searched that could not be searched or read, as
    :class:`FileResult` with their reason (an unreadable sub-folder is an
    ``error``, a FIFO or device named like a report is ``skipped``), for the
    terminal and ``manifest.csv``; ``skipped_files``: files in the folders
    searched that are not ``.txt``; ``skipped_outputs``: folders written by
    an earlier ``dangjian audit`` (they carry :data:`MARKER`) or being
    written by one (they carry :data:`STAGING_MARKER`), not searched.
    """

    files: list[Path] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    skipped_files: list[Path] = field(default_factory=list)
    skipped_outputs: list[Path] = field(default_factory=list)
    problems: list[FileResult] = field(default_factory=list)

    def notes(self) -> list[str]:
        """One line for each kind of thing skipped."""
        out = []
        if self.skipped_files:
            n = len(self.skipped_files)
            out.append(f"skipped {n} file{'s' if n != 1 else ''} that {'are' if n != 1 else 'is'} not .txt, .pdf, .docx or .html "
                       f"(e.g. {printable_path(self.skipped_files[0])})")
        if self.skipped_outputs:
            n = len(self.skipped_outputs)
            shown = ", ".join(printable_path(p) for p in self.skipped_outputs[:3])
            out.append(f"skipped {n} folder{'s' if n != 1 else ''} written by an earlier dangjian audit ({shown}{', …' if n > 3 else ''})")
        return out


def _is_report(path: Path) -> bool:
    return path.suffix.lower() in REPORT_SUFFIXES


def _is_output(folder: Path) -> bool:
    """Whether ``folder`` was written by ``dangjian audit``, or is the staging folder of a run (live or killed)."""
    try:
        return (folder / MARKER).is_file() or (folder / STAGING_MARKER).is_file()
    except OSError:  # a folder that cannot be searched: the walk reports it
        return False


def collect_inputs(paths: Sequence[str | Path]) -> Inputs:
    """Files to audit (folders searched for reports in any case: :data:`REPORT_SUFFIXES`), and what was skipped.

    A file named on the command line is audited whatever its name; in a
    folder, only files named as reports are (``report.TXT`` and ``a.PDF``
    too: whether each is text, a PDF, a Word file or a web page is then
    decided by its content), and folders that
    an earlier run wrote (:data:`MARKER`) or that a run is writing
    (:data:`STAGING_MARKER`) are not searched.  One bad entry never stops
    the search: a sub-folder that cannot be read, or a FIFO or device with
    a report's name, becomes one entry of :attr:`Inputs.problems`.
    """
    found = Inputs()
    for given in paths:
        p = Path(given)
        if p.is_dir():
            if _is_output(p):
                found.skipped_outputs.append(p)
                found.errors.append(f"{printable_path(given)}: error: this folder was written by dangjian audit; audit the reports it came from instead")
                continue
            txt: list[Path] = []
            unreadable: list[FileResult] = []

            def cannot_read(exc: OSError, unreadable=unreadable, given=given) -> None:
                where = exc.filename if exc.filename is not None else given
                reason = "permission denied" if isinstance(exc, PermissionError) else (exc.strerror or str(exc))
                unreadable.append(FileResult(str(where), "", error=f"{reason}: the folder cannot be searched"))

            for root, dirs, files in os.walk(p, onerror=cannot_read):
                here = Path(root)
                for d in list(dirs):
                    if _is_output(here / d):
                        found.skipped_outputs.append(here / d)
                        dirs.remove(d)
                for f in files:
                    q = here / f
                    if not _is_report(q):
                        found.skipped_files.append(q)
                        continue
                    kind = _entry_kind(q)
                    if kind == "file":
                        txt.append(q)
                    elif kind:
                        found.problems.append(FileResult(str(q), "", error=f"is not a regular file ({kind}); only files are read", skipped=True))
                    else:
                        found.skipped_files.append(q)  # a dangling link
            found.problems += unreadable
            if not txt and not unreadable:
                found.errors.append(f"{printable_path(given)}: error: folder has no .txt files (nor .pdf, .docx or .html)")
            found.files += sorted(txt)
        elif p.exists() or p.is_symlink():
            found.files.append(p)
        else:
            found.errors.append(f"{printable_path(given)}: error: no such file or folder")
    found.skipped_files.sort()
    found.skipped_outputs.sort()
    found.problems.sort(key=lambda r: r.path)
    return found


def _entry_kind(path: Path) -> str:
    """``"file"`` for a regular file (or a link to one), the kind of a special file, ``""`` for a dangling link."""
    import stat

    try:
        mode = path.stat().st_mode
    except OSError:
        return ""
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "a FIFO" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode) else "a special file"
