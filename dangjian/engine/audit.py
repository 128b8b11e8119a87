"""Auditing one report: clean, extract and check its text, as :func:`audit_text`, :func:`audit_file` and each
worker of ``dangjian audit`` (:func:`audit_one`) do.

:class:`FileResult` is the command's record of one input (its tables as
plain records, cheap to build, pickle and write); :class:`AuditResult` is
the small view of it that the Python API returns (``dj.audit_text``,
``dj.audit_file``).  A file that cannot be read is one line
(:class:`dangjian.engine.files.SourceError`), returned by :func:`audit_one`
as the result's ``error`` and never raised, so one bad file does not stop a
run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import explain
from ._lazy import pd
from .clean import REPAIR_COLUMNS, RULES, CleanResult, RepairLog, clean_text
from .document_claims import document_records
from .documents import layout_rule, table_records
from .extract import CHECK_COLUMNS, CLAIM_COLUMNS, check_results, extract_records
from .files import MAX_BYTES, SourceError, printable_path
from .report import render_report
from .results import Check
from .source import RawText, garble_warnings, read_source, sha256
from .table_formats import arrow_batch, csv_lines
from .tabular import to_frame
from .verdicts import VERDICTS, Verdict

__all__ = [
    "AuditResult",
    "FileResult",
    "not_checkable_reason",
    "audit_text",
    "audit_file",
    "audit_one",
    "audit_rows",
    "as_table_rows",
]


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
    #: Set when the rows were written out as they came and dropped (see :func:`dangjian.engine.cli.audit_to_folder`):
    #: the number of claims and the checks per verdict, for :meth:`summary`.
    streamed: tuple[int, int, dict] | None = None
    #: Set instead of the rows by the workers of :func:`dangjian.engine.cli.audit_to_folder` for CSV tables: the lines of
    #: the claims and the checks in the combined tables (:func:`dangjian.engine.tabular.csv_text`,
    #: no header), so that the parent neither unpickles nor formats the rows.
    csv_rows: tuple[str, str] | None = None
    #: Set instead of the rows by the workers of :func:`dangjian.engine.cli.audit_to_folder` for Parquet tables: the claims and the
    #: checks as Arrow record batches of the combined tables' schemas (:func:`arrow_batch`), built by the worker, so
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


def audit_rows(path: str, name: str, encoding: str | None, form: str = "") -> FileResult:
    """:func:`audit_one` keeping only the claims and checks (``--no-per-file``); with ``form`` ``"csv"`` or
    ``"arrow"``, the rows as the lines or the Arrow tables of the combined tables (:func:`as_table_rows`)."""
    try:
        result = _audit_raw(read_source(path, encoding=encoding), path, name, per_file=False)
        return as_table_rows(result, form)
    except SourceError as exc:
        return FileResult(path, name, error=_strip_source_prefix(str(exc), path), sha256=_sha256_of(path))
    except Exception as exc:  # noqa: BLE001 - reported, never hidden
        return FileResult(path, name, error=f"internal error ({type(exc).__name__}: {exc}); please report it", sha256=_sha256_of(path))


def as_table_rows(r: FileResult, form: str, lines: tuple[str, str] | None = None) -> FileResult:
    """``r`` with its claims and checks in the ``form`` the combined tables take them, and their counts (``streamed``),
    instead of the rows: ``"csv"``, the lines of the CSV tables (``csv_rows``; ``lines`` if already formatted);
    ``"arrow"``, Arrow tables of the Parquet tables' schemas (``arrow_tables``); ``""``, ``r`` as it is."""
    if not form or r.error:
        return r
    if form == "csv":
        tables = {"csv_rows": lines or csv_lines(r)}
    else:
        tables = {"arrow_tables": (arrow_batch("claims", r.claim_rows), arrow_batch("checks", r.check_rows))}
    return FileResult(r.path, r.name, sha256=r.sha256, encoding=r.encoding, warnings=r.warnings,
                      streamed=(len(r.claim_rows), len(r.check_rows), r.verdict_counts()), reasons=r.reasons, **tables)


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
