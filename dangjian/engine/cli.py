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
case and never one of the run's own files (:func:`_names`).  SIGTERM is
handled as Ctrl-C (by :mod:`dangjian.__main__`), and the workers die with
their parent.

Exit status: 0 when the run worked (whatever the verdicts), 1 with
``--fail-on-inconsistent`` when a check is inconsistent, 2 for a usage or
input error (other inputs of the same run are still processed).  Nothing
here opens a network connection, reads or writes pickle files, or evaluates
input.
"""

from __future__ import annotations

import csv
import gc
import json
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from operator import itemgetter
from pathlib import Path, PurePosixPath

from . import explain
from ._lazy import pd
from .clean import REPAIR_COLUMNS, REPAIR_RUN_COLUMNS, RULES, CleanResult, RepairLog, clean_text
from .document_claims import document_records
from .documents import TABLE_COLUMNS, layout_rule, table_records
from .extract import CHECK_COLUMNS, CLAIM_COLUMNS, check_results, extract_records
from .report import render_report
from .results import Check
from .source import MAX_BYTES, RawText, SourceError, garble_warnings, printable_path, read_source, sha256
from .tabular import csv_text, to_frame, write_csv
from .verdicts import VERDICTS, Verdict

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
    "WORKERS_PER_CPU",
    "worker_count",
    "check_scheduler",
    "remove_stale_staging",
    "run_audit",
]

#: The file that marks a folder as written by ``dangjian audit``.
MARKER = "dangjian-audit.json"
#: The file that marks a hidden staging folder of a run while it writes (who wrote it: host and process id), so that a
#: later run can tell a killed run's debris from a live run's folder, remove the first and never read either as input.
STAGING_MARKER = ".dangjian-staging.json"
#: Columns of ``manifest.csv``: one row per input, in input order, then one per entry of a folder that was skipped
#: or could not be searched (:attr:`Inputs.problems`).
MANIFEST_COLUMNS = ["input", "sha256", "encoding", "output", "status", "message"]
#: The files written for each audited input, in its own folder.
PER_FILE_OUTPUTS = ("clean.txt", "clean_paragraphs.txt", "repairs.csv", "claims.csv", "checks.csv", "report.html")
#: Written besides those for a PDF, Word file or web page: its raw text as extracted, and (PDF, Word) its tables' cells.
DOCUMENT_OUTPUTS = ("raw.txt", "tables.csv")
#: The endings searched for in an input folder (in any case); what a file is, is decided by its content.
REPORT_SUFFIXES = (".txt", ".pdf", ".docx", ".doc", ".html", ".htm")


class OutputFolderError(FileExistsError):
    """The output folder cannot be written or replaced (the message says why; nothing was deleted)."""


@dataclass
class FileResult:
    """What auditing one input produced (or the one-line error that stopped it): the command's record of a file.

    The Python API returns :class:`AuditResult`, a small view of it; this
    record also carries what the command and its workers pass around.
    The tables are kept as plain records (cheap to build, pickle and write),
    and the repair log, hundreds of rows per file, as columns
    (:class:`dangjian.engine.clean.RepairLog`) until :attr:`repair_rows` is read;
    :attr:`repairs`, :attr:`claims` and :attr:`checks` give them as frames.
    Unpacking gives the two frames: ``claims, checks = dj.audit_text(text)``.

    Attributes
    ----------
    path, name : str
        The input as given, and the name of its output folder (``source``).
    error : str
        Why the input could not be audited; empty when it was.
    clean, paragraphs : str
        The clean text, and the same text with paragraph breaks.
    sha256, encoding : str
        The input's checksum and the codec it was read with.
    warnings : tuple of str
        Why the decoded text may be garbled (:func:`dangjian.engine.source.garble_warnings`).
    skipped : bool
        The entry was found in a folder but is not a file to audit (a FIFO, a
        device): ``error`` says why, and it does not make the run fail.
    reasons : dict
        Why checks were ``not_checkable``: :func:`not_checkable_reason` -> count (for the run's summary).
    """

    path: str
    name: str
    error: str = ""
    clean: str = ""
    repair_log: RepairLog | None = None
    claim_rows: list[dict] = field(default_factory=list)
    check_rows: list[dict] = field(default_factory=list)
    html: str = ""
    paragraphs: str = ""
    sha256: str = ""
    encoding: str = ""
    warnings: tuple[str, ...] = ()
    #: Set when the rows were written out as they came and dropped (see :func:`audit_to_folder`):
    #: the number of claims and the checks per verdict, for :meth:`summary`.
    streamed: tuple[int, int, dict] | None = None
    #: Set instead of the rows by the workers of :func:`audit_to_folder` for CSV tables: the lines of
    #: the claims and the checks in the combined tables (:func:`dangjian.engine.tabular.csv_text`,
    #: no header), so that the parent neither unpickles nor formats the rows.
    csv_rows: tuple[str, str] | None = None
    #: Set instead of the rows by the workers of :func:`audit_to_folder` for Parquet tables: the claims and the
    #: checks as Arrow record batches of the combined tables' schemas (:func:`_arrow_batch`), built by the worker, so
    #: that the parent only joins and writes them.
    arrow_tables: tuple | None = None
    skipped: bool = False
    #: For a PDF, Word file or web page: its raw text as extracted (``raw.txt``), its format
    #: (``"pdf"``, ``"docx"``, ``"html"``; ``"text"`` otherwise) and its tables' cells (``tables.csv``).
    raw: str = ""
    kind: str = "text"
    table_rows: list[tuple] = field(default_factory=list)
    reasons: dict = field(default_factory=dict)

    def __iter__(self) -> Iterator[pd.DataFrame]:
        return iter((self.claims, self.checks))

    def __repr__(self) -> str:
        return f"<FileResult {self.summary()}>"

    @property
    def repair_rows(self) -> list[tuple]:
        """The repair log as tuples: ``source`` (the input's name), then :data:`dangjian.engine.clean.REPAIR_COLUMNS`."""
        return self.repair_log.rows(self.name) if self.repair_log is not None else []

    @property
    def repair_run_rows(self) -> list[tuple]:
        """The compact repair log that ``repairs.csv`` holds, one row per run of one repair: ``source``, then
        :data:`dangjian.engine.clean.REPAIR_RUN_COLUMNS` (:meth:`dangjian.engine.clean.RepairLog.runs`)."""
        return self.repair_log.runs(self.name) if self.repair_log is not None else []

    @property
    def repairs(self) -> pd.DataFrame:
        """The repair log, columns ``source`` + :data:`dangjian.engine.clean.REPAIR_COLUMNS`."""
        return to_frame(self.repair_rows, ["source", *REPAIR_COLUMNS], integers=("page",))

    @property
    def claims(self) -> pd.DataFrame:
        """The statistics found, columns :data:`dangjian.engine.extract.CLAIM_COLUMNS`."""
        return to_frame(self.claim_rows, CLAIM_COLUMNS, integers=("base", "page"))

    @property
    def checks(self) -> pd.DataFrame:
        """The checks, columns :data:`dangjian.engine.extract.CHECK_COLUMNS`."""
        return to_frame(self.check_rows, CHECK_COLUMNS)

    def verdict_counts(self) -> dict[str, int]:
        """How many checks gave each verdict."""
        if self.streamed is not None:
            return dict(self.streamed[2])
        counts: dict[str, int] = {}
        for row in self.check_rows:
            counts[row["verdict"]] = counts.get(row["verdict"], 0) + 1
        return counts

    def sizes(self) -> tuple[int, int]:
        """How many statistics and checks (kept as counts once the rows were written out)."""
        return self.streamed[:2] if self.streamed is not None else (len(self.claim_rows), len(self.check_rows))

    def summary(self) -> str:
        """One line for the terminal."""
        if self.error:
            return f"{printable_path(self.path)}: {'skipped' if self.skipped else 'error'}: {self.error}"
        counts = self.verdict_counts()
        n_claims, n_checks = self.sizes()
        parts = [f"{n_claims} statistics", f"{n_checks} checks"]
        parts += [f"{counts[v]} {v}" for v in VERDICTS if v != Verdict.CONSISTENT and v in counts]
        if not n_claims:
            parts = ["no statistics found (no numbers with a unit or %)"]
        return f"{printable_path(self.path)}: " + ", ".join(parts)

    def warning(self) -> str:
        """One line when the text looks garbled, else ``""``."""
        if not self.warnings:
            return ""
        codec = f"; if the file is not {self.encoding}, name its encoding with --encoding" if self.encoding else ""
        return f"{printable_path(self.path)}: warning: the decoded text looks garbled: {'; '.join(self.warnings)}{codec}"

    @property
    def status(self) -> str:
        """``skipped`` (not a file to audit), ``error``, ``warning`` (audited, but the text looks garbled) or ``ok``."""
        return "skipped" if self.skipped else "error" if self.error else "warning" if self.warnings else "ok"


def not_checkable_reason(check: Check) -> str:
    """Why a ``not_checkable`` check could not decide, as a phrase to count by (:func:`dangjian.engine.explain.reason`).

    Examples
    --------
    >>> c = Check("no_base", "none_before", ("E001",), "not_checkable", "", "a stated base", "none",
    ...           {"reported": "93.5%", "why": {"key": "why_lone_share"}, "hints": []})
    >>> not_checkable_reason(c)
    'no base printed for a lone share'
    """
    return explain.reason(check)


#: The numeric columns of the claims frame :class:`AuditResult` gives: offsets, page and base as nullable integers,
#: the number's value as a nullable float (missing where the number is damaged); ``reported`` keeps the printed text.
_NUMERIC_CLAIMS = {"raw_start": "Int64", "raw_end": "Int64", "page": "Int64", "base": "Int64", "value": "Float64"}


class AuditResult:
    """The audit of one report, as :func:`audit_text` and :func:`audit_file` return it.

    It unpacks into its two tables: ``claims, checks = dj.audit_text(text)``.

    Attributes
    ----------
    claims : DataFrame
        The statistics found, columns :data:`dangjian.engine.records.CLAIM_COLUMNS`.  Numbers are
        numbers: ``value`` is a nullable float (so ``claims["value"].mean()`` works; missing for a
        damaged number), ``raw_start``, ``raw_end``, ``page`` and ``base`` nullable integers;
        ``reported`` and ``quote`` are the text as printed ("72.90%" keeps its zero), as
        ``claims.csv`` writes every column.
    checks : DataFrame
        The checks, columns :data:`dangjian.engine.records.CHECK_COLUMNS` (text, as ``checks.csv``).
    repairs : DataFrame
        The cleaner's log: ``source`` and :data:`dangjian.engine.clean.REPAIR_COLUMNS`.
    clean, paragraphs : str
        The clean text every offset points into, and the same text with its paragraph breaks.
    html : str
        The review page (``report.html``).
    source, path : str
        The name in the tables' ``source`` column, and the file (or ``source`` for a text).
    kind : str
        What the input was, told by its content: ``text``, ``pdf``, ``docx`` or ``html``.
    encoding, sha256 : str
        The codec the file was read with (``""`` for a text) and the input's SHA-256.
    warnings : tuple of str
        Why the decoded text may be garbled.

    Examples
    --------
    >>> result = audit_text("发放问卷200份。认为好的有120人,占60.00%;认为差的有80人,占40.00%。")
    >>> result
    <AuditResult text: 5 statistics, 5 checks>
    >>> float(result.claims.loc[result.claims["kind"] == "percent", "value"].mean())
    50.0
    >>> result.claims["reported"].tolist()[-1], result.verdict_counts()
    ('40.00%', {'consistent': 5})
    """

    __slots__ = ("_file",)

    def __init__(self, file: FileResult) -> None:
        self._file = file

    def __iter__(self) -> Iterator[pd.DataFrame]:
        return iter((self.claims, self.checks))

    def __repr__(self) -> str:
        return f"<AuditResult {self.summary()}>"

    @property
    def claims(self) -> pd.DataFrame:
        frame = to_frame(self._file.claim_rows, CLAIM_COLUMNS)
        for column, dtype in _NUMERIC_CLAIMS.items():
            frame[column] = pd.to_numeric(frame[column].replace("", None), errors="coerce").astype(dtype)
        return frame

    @property
    def checks(self) -> pd.DataFrame:
        return self._file.checks

    @property
    def repairs(self) -> pd.DataFrame:
        return self._file.repairs

    clean = property(lambda self: self._file.clean, doc="The clean text.")
    paragraphs = property(lambda self: self._file.paragraphs, doc="The clean text with its paragraph breaks.")
    html = property(lambda self: self._file.html, doc="The review page.")
    source = property(lambda self: self._file.name, doc="The name in the ``source`` column.")
    kind = property(lambda self: self._file.kind, doc="What the input was: ``text``, ``pdf``, ``docx`` or ``html``.")
    path = property(lambda self: self._file.path, doc="The input file (or the source name of a text).")
    encoding = property(lambda self: self._file.encoding, doc="The codec the file was read with.")
    sha256 = property(lambda self: self._file.sha256, doc="The input's SHA-256.")
    warnings = property(lambda self: self._file.warnings, doc="Why the decoded text may be garbled.")

    def summary(self) -> str:
        """The one line ``dangjian audit`` prints for the file."""
        return self._file.summary()

    def verdict_counts(self) -> dict[str, int]:
        """How many checks gave each verdict."""
        return self._file.verdict_counts()


def _strip_source_prefix(message: str, path: str) -> str:
    path = printable_path(path)
    return message[len(path) + 2 :] if message.startswith(path + ": ") else message


def _audit_raw(raw: RawText, path: str, name: str, *, per_file: bool = True) -> FileResult:
    """Clean, extract and check decoded text (raises SourceError if nothing is left).

    With ``per_file`` false the result holds the claims and checks only: no
    repair log, clean text or HTML is kept (``dangjian audit --no-per-file``).
    """
    result = _clean(raw)
    if not result.text.strip():
        raise SourceError(f"{printable_path(path)}: no text left after removing site boilerplate")
    # a PDF's or Word file's tables are read as cells, their table checks run on them (dangjian.engine.kinds.cells)
    claims = document_records(result, raw.document, source=name) if raw.document is not None and raw.document.tables else extract_records(result, source=name)
    judged = check_results(claims)
    checks = [c.row() for c in judged]
    reasons: dict[str, int] = {}
    for c in judged:
        if c.verdict == Verdict.NOT_CHECKABLE:
            reason = not_checkable_reason(c)
            reasons[reason] = reasons.get(reason, 0) + 1
    if not per_file:
        return FileResult(path, name, claim_rows=list(claims), check_rows=checks, sha256=raw.sha256, encoding=raw.encoding,
                          warnings=raw.warnings, reasons=reasons)
    document = raw.document
    return FileResult(path, name, clean=result.text, repair_log=result.repair_log(), claim_rows=claims, check_rows=checks,
                      html=render_report(name, result, claims, judged, warnings=raw.warnings), paragraphs=result.paragraphs(),
                      sha256=raw.sha256, encoding=raw.encoding, warnings=raw.warnings, raw=raw.text if document is not None else "",
                      kind=raw.kind, table_rows=table_records(document) if document is not None else [], reasons=reasons)


def _clean(raw: RawText) -> CleanResult:
    """:func:`dangjian.engine.clean.clean_text` of the raw text; for a document, its layout is undone first
    (:func:`dangjian.engine.documents.layout_rule`) and a PDF's pages are those it was printed on."""
    document = raw.document
    if document is None:
        return clean_text(raw.text)
    rules = (layout_rule(document), *RULES) if document.furniture or document.wraps else None
    result = clean_text(raw.text, rules)
    # The PDF says where each page starts; the page markers the cleaner looks for in a scrape ("- 3 -") are,
    # in a PDF, footers that layout_rule has already cut.
    return replace(result, markers=document.pages) if document.pages else result


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def audit_text(text: str, *, source: str = "text") -> AuditResult:
    """Audit a report given as text: its statistics and their checks.

    Parameters
    ----------
    text : str
        The report (a scrape with its damage, or clean text).
    source : str
        Written into the ``source`` column of both tables.

    Returns
    -------
    AuditResult
        ``claims`` and ``checks`` as frames (``claims, checks =
        audit_text(...)`` unpacks them), the clean text, the review page,
        and ``warnings`` if the text looks garbled.

    Raises
    ------
    SourceError
        If no text is left once site boilerplate is removed.

    Examples
    --------
    >>> claims, checks = audit_text("发放问卷200份。认为好的有120人,占60.00%。")
    >>> claims[["reported", "kind", "value", "base"]].values.tolist()
    [['200', 'count', 200.0, <NA>], ['120', 'count', 120.0, 200], ['60.00%', 'percent', 60.0, 200]]
    >>> checks[["check", "verdict"]].values.tolist()
    [['part_of_base', 'consistent'], ['percent_of', 'consistent']]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__} (for bytes or a file, use audit_file)")
    if not text.strip():
        raise SourceError(f"{source}: the text is empty")
    # A lone surrogate (half of a UTF-16 pair, or a byte kept by surrogateescape) is no character and
    # cannot be encoded: it becomes U+FFFD, one for one, so every offset stays where it was.
    text = _LONE_SURROGATE.sub("\ufffd", text)
    raw = RawText(text, "", source, sha256(text.encode("utf-8")), garble_warnings(text))
    return AuditResult(_audit_raw(raw, source, source))


def audit_file(path: str | Path, *, encoding: str | None = None, name: str | None = None) -> AuditResult:
    """Audit one file (read-only), as ``dangjian audit FILE`` does.

    ``encoding`` overrides the detection (:func:`dangjian.engine.source.decode_bytes`);
    ``name`` is the ``source`` column (default: the file's stem).

    Raises
    ------
    SourceError
        If the file cannot be read as a text report (the message says why).
    """
    return AuditResult(_audit_path(path, encoding=encoding, name=name))


def _audit_path(path: str | Path, *, encoding: str | None = None, name: str | None = None) -> FileResult:
    raw = read_source(path, encoding=encoding)
    return _audit_raw(raw, str(path), name or Path(path).stem)


def _audit_rows(path: str, name: str, encoding: str | None, form: str = "") -> FileResult:
    """:func:`audit_one` keeping only the claims and checks (``--no-per-file``); with ``form`` ``"csv"`` or
    ``"arrow"``, the rows as the lines or the Arrow tables of the combined tables (:func:`_as_table_rows`)."""
    try:
        result = _audit_raw(read_source(path, encoding=encoding), path, name, per_file=False)
        return _as_table_rows(result, form)
    except SourceError as exc:
        return FileResult(path, name, error=_strip_source_prefix(str(exc), path), sha256=_sha256_of(path))
    except Exception as exc:  # noqa: BLE001 - reported, never hidden
        return FileResult(path, name, error=f"internal error ({type(exc).__name__}: {exc}); please report it", sha256=_sha256_of(path))


def audit_one(path: str | Path, name: str | None = None, encoding: str | None = None) -> FileResult:
    """:func:`audit_file` for the command and its workers: a problem is
    returned as ``error``, never raised, so one bad file does not stop a run.

    An unexpected exception (a bug) becomes an ``internal error`` line too,
    with its type and message, instead of a traceback that would end the
    whole run.
    """
    path = str(path)
    name = name or Path(path).stem
    try:
        return _audit_path(path, encoding=encoding, name=name)
    except SourceError as exc:
        return FileResult(path, name, error=_strip_source_prefix(str(exc), path), sha256=_sha256_of(path))
    except Exception as exc:  # noqa: BLE001 - reported, never hidden
        return FileResult(path, name, error=f"internal error ({type(exc).__name__}: {exc}); please report it", sha256=_sha256_of(path))


def _sha256_of(path: str) -> str:
    """SHA-256 of a file that could not be audited, if it can be read at all."""
    try:
        p = Path(path)
        return sha256(p.read_bytes()) if p.is_file() and p.stat().st_size <= MAX_BYTES else ""
    except OSError:
        return ""


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


def _names(files: Sequence[Path]) -> list[str]:
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
    names = _names(files)
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
    task = _audit_rows if not per_file else audit_one if staging is None else _audit_file_into
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


def _stop(pool) -> None:
    """End a process pool now (an interrupt, a signal, an error): the queued files are dropped and the
    workers ended, instead of waiting for every file submitted to be audited."""
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
    table_format = _checked_format(table_format)
    staging = _new_staging(out, force=force)
    try:
        results = list(results)
        for r in results:
            if not r.error and per_file:
                _write_file(r, staging / r.name)
        _commit(results, staging, out, force=force, command=command, xlsx=xlsx, table_format=table_format)
        return out
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


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
    (:attr:`Inputs.problems`: entries found but not audited) are listed in
    the manifest after the files, with their reasons.

    Raises
    ------
    OutputFolderError
        As :func:`write_outputs`; raised before any file is audited.
    """
    out = Path(out)
    table_format = _checked_format(table_format)
    staging = _new_staging(out, force=force)
    try:
        # The combined tables are written as the results arrive, in input order, and each
        # result then drops its rows: the parent holds counts, not every file's claims.
        with _CombinedWriter(staging, table_format) as combined:
            results = audit_paths(files, workers=workers, progress=progress, staging=staging if per_file else None,
                                  encoding=encoding, per_file=per_file, on_result=combined.add, csv_rows=table_format == "csv",
                                  arrow_tables=table_format == "parquet")
        if any(not r.error for r in results):
            _commit([*results, *problems], staging, out, force=force, command=command, xlsx=xlsx, combined_written=True)
        else:
            shutil.rmtree(staging, ignore_errors=True)
        return results
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _checked_format(table_format: str) -> str:
    if table_format not in TABLE_FORMATS:
        raise ValueError(f"table_format must be one of {', '.join(TABLE_FORMATS)}, not {table_format!r}")
    if table_format == "parquet" and _parquet_missing():
        raise ValueError(_parquet_missing())
    return table_format


def _parquet_missing() -> str:
    """Why ``--format parquet`` cannot run here (pyarrow is an optional dependency), or ``""``."""
    import importlib.util

    if importlib.util.find_spec("pyarrow") is None:
        return "--format parquet needs pyarrow: pip install 'dangjian[parquet]'"
    return ""


def _audit_file_into(path: str, name: str, encoding: str | None, staging: str, form: str = "") -> FileResult:
    """:func:`audit_one`, writing the file's outputs into ``staging/name``;
    the result keeps only what the combined tables, the manifest and the
    summary need: the rows, or with ``form`` ``"csv"`` their lines (formatted once for the file's own tables and
    the combined ones) or with ``"arrow"`` their Arrow tables (:func:`_as_table_rows`)."""
    result = audit_one(path, name, encoding)
    if result.error:
        return result
    lines = _lines(result)
    _write_file(result, Path(staging) / result.name, lines)
    if form:
        return _as_table_rows(result, form, lines)
    return FileResult(result.path, result.name, claim_rows=result.claim_rows, check_rows=result.check_rows,
                      sha256=result.sha256, encoding=result.encoding, warnings=result.warnings, reasons=result.reasons)


def _as_table_rows(r: FileResult, form: str, lines: tuple[str, str] | None = None) -> FileResult:
    """``r`` with its claims and checks in the ``form`` the combined tables take them, and their counts (``streamed``),
    instead of the rows: ``"csv"``, the lines of the CSV tables (``csv_rows``; ``lines`` if already formatted);
    ``"arrow"``, Arrow tables of the Parquet tables' schemas (``arrow_tables``); ``""``, ``r`` as it is."""
    if not form or r.error:
        return r
    if form == "csv":
        tables = {"csv_rows": lines or _lines(r)}
    else:
        tables = {"arrow_tables": (_arrow_batch("claims", r.claim_rows), _arrow_batch("checks", r.check_rows))}
    return FileResult(r.path, r.name, sha256=r.sha256, encoding=r.encoding, warnings=r.warnings,
                      streamed=(len(r.claim_rows), len(r.check_rows), r.verdict_counts()), reasons=r.reasons, **tables)


def _lines(r: FileResult) -> tuple[str, str]:
    """The lines (no header) of ``r``'s claims and checks in their CSV tables."""
    return csv_text(CLAIM_COLUMNS, r.claim_rows, header=False), csv_text(CHECK_COLUMNS, r.check_rows, header=False)


#: The header lines of the claims and checks tables, in :func:`write_csv`'s format.
_HEADERS = (csv_text(CLAIM_COLUMNS, ()), csv_text(CHECK_COLUMNS, ()))


def _write_file(r: FileResult, folder: Path, csv_rows: tuple[str, str] | None = None) -> None:
    """The files of one audited input (:data:`PER_FILE_OUTPUTS`); ``csv_rows``: the lines of
    its claims and checks, if already formatted."""
    folder.mkdir()
    (folder / "clean.txt").write_text(r.clean + "\n", encoding="utf-8")
    (folder / "clean_paragraphs.txt").write_text(r.paragraphs + "\n", encoding="utf-8")
    # the compact log: one row per run of one repair, not one per removed space (the full log is the Python API's)
    write_csv(folder / "repairs.csv", ["source", *REPAIR_RUN_COLUMNS], r.repair_run_rows)
    for name, header, lines in zip(("claims.csv", "checks.csv"), _HEADERS, csv_rows or _lines(r)):
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


def _new_staging(out: Path, *, force: bool) -> Path:
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


#: The sheets of ``audit.xlsx``: the combined tables, then the checks of each verdict, worst first (a verdict's sheet
#: only when some check has it), then the manifest.
WORKBOOK_SHEETS = ("claims", "checks", *(v.value for v in VERDICTS), "manifest")


def _read_table(folder: Path, name: str) -> pd.DataFrame:
    """A combined table of ``folder`` as text, as its CSV prints it (from ``name``.csv or ``name``.parquet)."""
    if (folder / f"{name}.csv").exists():
        return pd.read_csv(folder / f"{name}.csv", dtype=str, keep_default_na=False)
    import pyarrow.parquet as pq

    table = pq.read_table(folder / f"{name}.parquet")  # through arrow, so that a nullable int stays an int
    return pd.DataFrame({c: ["" if v is None else str(v) for v in table.column(c).to_pylist()] for c in table.column_names},
                        columns=table.column_names, dtype=str)


#: Columns of the workbook that hold sentences: wide and wrapped (the others are as wide as their longest cell, up to a cap).
_WRAPPED_COLUMNS = {"quote": 60, "explanation": 70, "assumption": 40, "base_evidence": 40, "message": 50, "input": 40}
_MAX_WIDTH = 24


def _display_width(text: str) -> int:
    """Columns a cell's text takes in a spreadsheet: a Chinese character is about two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _verdict_sheet(checks: pd.DataFrame, claims: pd.DataFrame, verdict: str) -> pd.DataFrame:
    """The checks of one verdict, with the quote of the claims they judge beside their ids (each quote once)."""
    rows = checks[checks["verdict"] == verdict]
    quotes = dict(zip(zip(claims["source"], claims["claim_id"]), claims["quote"]))
    joined = [" … ".join(dict.fromkeys(quotes[(source, cid)] for cid in ids.split() if (source, cid) in quotes))
              for source, ids in zip(rows["source"], rows["claim_ids"])]
    at = list(rows.columns).index("claim_ids") + 1
    return rows.reset_index(drop=True).pipe(lambda f: f.insert(at, "quote", joined) or f)


def write_workbook(path: Path, folder: Path) -> None:
    """``audit.xlsx`` from the combined CSVs of ``folder``: one sheet per table and per verdict that has checks.

    The sheets hold the CSVs' text as it is (every cell a string, as
    ``claims.csv`` prints it, so "72.90%" and "0.050" keep their digits, and
    "=1+2" stays text, never a formula).  A reader needs no reformatting:
    the header row is frozen and bold with filters on, each column is as
    wide as its content (sentences wide and wrapped: :data:`_WRAPPED_COLUMNS`),
    and the sheet of each verdict (worst first, only for a verdict some
    check has) gives the quote of the numbers each check judges.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    frames = {name: _read_table(folder, name) for name in ("claims", "checks", "manifest")}
    checks = frames["checks"]
    book = Workbook()
    book.remove(book.active)
    wrap, top, bold = Alignment(wrap_text=True, vertical="top"), Alignment(vertical="top"), Font(bold=True)
    for sheet in WORKBOOK_SHEETS:
        frame = frames.get(sheet)
        if frame is None:
            if not (checks["verdict"] == sheet).any():
                continue  # no empty sheet for a verdict no check has
            frame = _verdict_sheet(checks, frames["claims"], sheet)
        ws = book.create_sheet(sheet)
        ws.append(list(frame.columns))
        for row in frame.itertuples(index=False):
            ws.append(list(row))
        # Every cell is text: openpyxl makes a string that starts with "=" a live formula, and a
        # spreadsheet may evaluate one that starts with +, - or @ (file names, quotes and
        # explanations come from the input: CSV/formula injection, OWASP).  A cell typed as a
        # string is shown as it is and never evaluated.
        for cells in ws.iter_rows():
            for cell in cells:
                if cell.value is not None:
                    cell.data_type = "s"
        for k, column in enumerate(frame.columns, start=1):
            letter = get_column_letter(k)
            wrapped = column in _WRAPPED_COLUMNS
            longest = max([_display_width(str(column)), *(_display_width(v) for v in frame[column].head(2000))])
            ws.column_dimensions[letter].width = min(longest, _WRAPPED_COLUMNS[column] if wrapped else _MAX_WIDTH) + 2
            alignment = wrap if wrapped else top
            for (cell,) in ws.iter_rows(min_row=2, min_col=k, max_col=k):
                cell.alignment = alignment
            ws[f"{letter}1"].font = bold
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = ws.dimensions
    book.save(path)


class _CombinedWriter:
    """The combined claims and checks tables of a staging folder (CSV, or Parquet through
    :class:`_ParquetTables`), appended one result at a time.

    :meth:`add` writes a result's rows and returns the result without them
    (with their counts in ``streamed``); the files are those
    :func:`dangjian.engine.tabular.write_csv` writes for all rows at once.
    """

    def __init__(self, staging: Path, table_format: str = "csv") -> None:
        self.staging = staging
        self.format = table_format

    def __enter__(self) -> _CombinedWriter:
        if self.format == "parquet":
            self.parquet = _ParquetTables(self.staging)
            return self
        self.files = [open(self.staging / name, "w", encoding="utf-8", newline="") for name in ("claims.csv", "checks.csv")]
        self.writers = [csv.writer(f, lineterminator="\n") for f in self.files]
        for f, header in zip(self.files, _HEADERS):
            f.write(header)
        return self

    def add(self, r: FileResult) -> FileResult:
        if r.error:
            return r
        if r.csv_rows is not None:  # formatted by the worker (audit_paths(..., csv_rows=True))
            if self.format != "csv":
                raise ValueError(f"a result with CSV lines cannot go into {self.format} tables")
            for f, lines in zip(self.files, r.csv_rows):
                f.write(lines)
            return replace(r, csv_rows=None)  # already without its rows (_as_table_rows)
        if r.arrow_tables is not None:  # built by the worker (audit_paths(..., arrow_tables=True))
            if self.format != "parquet":
                raise ValueError(f"a result with Arrow tables cannot go into {self.format} tables")
            self.parquet.append_table("claims", r.arrow_tables[0])
            self.parquet.append_table("checks", r.arrow_tables[1])
            return replace(r, arrow_tables=None)
        if self.format == "parquet":
            self.parquet.append("claims", r.claim_rows)
            self.parquet.append("checks", r.check_rows)
        else:
            self.writers[0].writerows(map(itemgetter(*CLAIM_COLUMNS), r.claim_rows))
            self.writers[1].writerows(map(itemgetter(*CHECK_COLUMNS), r.check_rows))
        counts = r.verdict_counts()
        return FileResult(r.path, r.name, sha256=r.sha256, encoding=r.encoding, warnings=r.warnings,
                          streamed=(len(r.claim_rows), len(r.check_rows), counts), reasons=r.reasons)

    def __exit__(self, *exc) -> None:
        if self.format == "parquet":
            self.parquet.close()
            return
        for f in self.files:
            f.close()


#: Formats of the combined claims and checks tables (``--format``).
TABLE_FORMATS = ("csv", "parquet")
#: Columns of the combined tables that are whole numbers (nullable); every other column is text, as printed.
_INTEGER_COLUMNS = {"claims": ("raw_start", "raw_end", "page", "base"), "checks": ()}
#: Rows of a parquet row group: big enough to compress, small enough that the parent's memory stays flat.
_ROW_GROUP = 50_000


def _parquet_schema(table: str):
    import pyarrow as pa

    columns = CLAIM_COLUMNS if table == "claims" else CHECK_COLUMNS
    return pa.schema([(c, pa.int64() if c in _INTEGER_COLUMNS[table] else pa.string()) for c in columns])


def _arrow_batch(table: str, rows: Sequence[dict]):
    """The rows of a combined table (``"claims"`` or ``"checks"``) as an Arrow record batch of :func:`_parquet_schema`,
    built column by column (a quarter cheaper than ``Table.from_pylist`` for a file's rows)."""
    import pyarrow as pa

    schema = _parquet_schema(table)
    return pa.RecordBatch.from_arrays([pa.array([row[f.name] for row in rows], type=f.type) for f in schema], schema=schema)


class _ParquetTables:
    """``claims.parquet`` and ``checks.parquet`` of a staging folder, appended one result at a time.

    Each result's rows come as an Arrow record batch (built by the worker
    that audited the file, :func:`_as_table_rows`, or here from its rows);
    the batches are buffered and written a row group at a time, in input
    order, joined into one contiguous table (the same file as the rows of
    all of them converted at once), with the schema of :func:`_parquet_schema`: the integer
    columns as int64 (null for a missing page or base), every other column
    as the text that ``claims.csv`` would print.
    """

    def __init__(self, staging: Path) -> None:
        import pyarrow.parquet as pq

        self.tables = {}
        try:
            for table in ("claims", "checks"):
                schema = _parquet_schema(table)
                self.tables[table] = (pq.ParquetWriter(staging / f"{table}.parquet", schema), schema, [])
        except BaseException:
            for writer, _, _ in self.tables.values():
                writer.close()
            raise
        self.rows = dict.fromkeys(self.tables, 0)

    def append(self, table: str, rows: Iterable[dict]) -> None:
        self.append_table(table, _arrow_batch(table, list(rows)))

    def append_table(self, table: str, batch) -> None:
        self.tables[table][2].append(batch)
        self.rows[table] += batch.num_rows
        if self.rows[table] >= _ROW_GROUP:
            self._flush(table)

    def _flush(self, table: str) -> None:
        import pyarrow as pa

        writer, schema, buffer = self.tables[table]
        if self.rows[table]:
            writer.write_table(pa.Table.from_batches(buffer, schema=schema).combine_chunks(), row_group_size=_ROW_GROUP)
        buffer.clear()
        self.rows[table] = 0

    def close(self) -> None:
        for table, (writer, _, _) in self.tables.items():
            self._flush(table)
            writer.close()


def _commit(results: Sequence[FileResult], staging: Path, out: Path, *, force: bool = False, command: Sequence[str] = (),
            xlsx: bool = False, combined_written: bool = False, table_format: str = "csv") -> None:
    """Write the combined tables (unless ``combined_written``), the manifest (and ``audit.xlsx``) and the
    marker, then move ``staging`` to ``out`` (replacing it, if it is still replaceable)."""
    good = [r for r in results if not r.error]
    if not combined_written:
        with _CombinedWriter(staging, table_format) as combined:
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


# --- the command ------------------------------------------------------------------

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


def _say(line: str, stream=None) -> None:
    """Print a line; a reader that has gone away (``dangjian audit … | head -1``) is no failure of the audit."""
    stream = stream or sys.stdout
    try:
        print(line, file=stream)
    except BrokenPipeError:
        _silence(stream)


def _silence(stream) -> None:
    """Point ``stream`` at the null device, so that neither later lines nor the flush at exit fail on a closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _flush(stream) -> None:
    try:
        stream.flush()
    except BrokenPipeError:
        _silence(stream)
    except (OSError, ValueError):
        pass


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def closing_summary(results: Sequence[FileResult], out: Path | str, *, per_file: bool = True) -> list[str]:
    """The lines that end ``dangjian audit``: over every file, what was read, found and judged, and where to look first.

    One line for the files (audited, unreadable, skipped), one for the
    statistics and the checks by verdict (worst first, the package's one
    order), one for the most common reason a check was ``not_checkable``
    (:func:`not_checkable_reason`), then the review pages to open first
    (those with the most inconsistent, then consistent_if, checks) and the
    output folder.

    Examples
    --------
    >>> good = FileResult("a.txt", "a", streamed=(12, 5, {"inconsistent": 1, "consistent": 3, "not_checkable": 1}),
    ...                   reasons={"no_base (none before)": 1})
    >>> print("\\n".join(closing_summary([good, FileResult("b.txt", "b", error="empty file")], "out")))
    2 files read: 1 audited, 1 could not be read (see above)
    12 statistics, 5 checks: 1 inconsistent, 0 consistent_if, 3 consistent, 1 not_checkable
    not_checkable, most often: no_base (none before), 1 of 1
    look first: out/a/report.html (1 inconsistent)
    wrote out/: claims.csv, checks.csv, manifest.csv and one folder per file (report.html, claims.csv, checks.csv, …)
    """
    out = Path(out).as_posix()
    good = [r for r in results if not r.error]
    failed = sum(1 for r in results if r.error and not r.skipped)
    skipped = sum(1 for r in results if r.skipped)
    read = [f"{len(good)} audited"] + ([f"{failed} could not be read (see above)"] if failed else []) + ([f"{skipped} skipped"] if skipped else [])
    lines = [f"{_count(len(results), 'file')} read: " + ", ".join(read)]
    sizes = [r.sizes() for r in good]
    counts = {v: sum(r.verdict_counts().get(v, 0) for r in good) for v in VERDICTS}
    lines.append(f"{_count(sum(n for n, _ in sizes), 'statistic')}, {_count(sum(k for _, k in sizes), 'check')}: "
                 + ", ".join(f"{counts[v]} {v}" for v in VERDICTS))
    reasons: dict[str, int] = {}
    for r in good:
        for reason, n in r.reasons.items():
            reasons[reason] = reasons.get(reason, 0) + n
    if reasons:
        reason, n = min(reasons.items(), key=lambda item: (-item[1], item[0]))
        lines.append(f"not_checkable, most often: {reason}, {n} of {counts[Verdict.NOT_CHECKABLE]}")
    flagged = sorted((r for r in good if r.verdict_counts().get("inconsistent") or r.verdict_counts().get("consistent_if")),
                     key=lambda r: (-r.verdict_counts().get("inconsistent", 0), -r.verdict_counts().get("consistent_if", 0)))
    if not per_file:
        lines.append(f"look first: {out}/checks.csv, sorted by verdict (--no-per-file writes no review pages)")
    elif flagged:
        def why(r: FileResult) -> str:
            c = r.verdict_counts()
            return f"{c['inconsistent']} inconsistent" if c.get("inconsistent") else f"{c['consistent_if']} consistent_if"

        shown = ", ".join(f"{out}/{r.name}/report.html ({why(r)})" for r in flagged[:3])
        lines.append(f"look first: {shown}{f', and {len(flagged) - 3} more' if len(flagged) > 3 else ''}")
    elif good:
        lines.append(f"look first: {out}/{good[0].name}/report.html (every check consistent or not checkable)")
    lines.append(f"wrote {out}/: claims.csv, checks.csv, manifest.csv"
                 + (" and one folder per file (report.html, claims.csv, checks.csv, …)" if per_file else ""))
    return lines


def run_audit(args) -> int:
    """Run ``dangjian audit`` from parsed arguments; return the exit status."""
    try:
        return _run_audit(args)
    finally:
        _flush(sys.stdout)


def _run_audit(args) -> int:
    scheduler = getattr(args, "scheduler", None)
    if scheduler:
        refusal = check_scheduler(scheduler)
        if refusal:
            _say(f"dangjian: error: {refusal}", sys.stderr)
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
            _say(f"dangjian: error: {refusal}", sys.stderr)
            return 2
    if getattr(args, "format", "csv") == "parquet" and _parquet_missing():
        _say(f"dangjian: error: {_parquet_missing()}", sys.stderr)
        return 2
    inputs = {str(f.resolve()) for f in files}
    if str(out.resolve()) in inputs or any(Path(i).is_relative_to(out.resolve()) for i in inputs):
        _say(f"dangjian: error: {out}: the output folder contains an input; choose another --out", sys.stderr)
        return 2
    workers = args.workers
    if files and not scheduler and workers is not None and worker_count(workers, len(files)) < workers:
        capped = worker_count(workers, len(files))
        why = f"{len(files)} file{'s' if len(files) != 1 else ''}" if capped == len(files) else f"{WORKERS_PER_CPU} per core"
        _say(f"dangjian: --workers {workers} capped at {capped} ({why})", sys.stderr)
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
        _say(line, sys.stderr)
    for line in errors:
        _say(line, sys.stderr)
    for r in [*results, *problems]:
        _say(r.summary(), sys.stderr if r.error else sys.stdout)
        if r.warnings:
            _say(r.warning(), sys.stderr)
    good = [r for r in results if not r.error]
    if good:
        for line in closing_summary([*results, *problems], out, per_file=not getattr(args, "no_per_file", False)):
            _say(line)
    failed = bool(errors) or any(r.error and not r.skipped for r in [*results, *problems])
    if failed:
        return 2
    if args.fail_on_inconsistent and any(r.verdict_counts().get("inconsistent") for r in good):
        return 1
    return 0
