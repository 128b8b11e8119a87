"""Reading what researchers hold besides plain text: PDF, Word (.docx) and saved web pages.

:func:`dangjian.engine.source.read_source` recognises a document by its first
bytes (:func:`dangjian.engine.files.sniff`), never by its name, and hands a
PDF or a Word file here; a decoded text that is an HTML page comes here too
(:func:`looks_like_html`).  Each reader returns a :class:`Document`: the
document's *raw* text, which ``dangjian audit`` saves as ``raw.txt`` and
cleans with the same rules as a scrape, and what the format knows beyond the
text: the page on which every character was printed (PDF), the tables as
cells (PDF, Word), and where the layout broke the text (PDF).

The libraries (chosen in ``docs/architecture.md``)
-------------------------------------------------
* PDF: ``pdfplumber`` (on ``pdfminer.six``) gives every line with its
  position and the tables as cells; a CID font such as Adobe's STSong-Light
  is mapped to Unicode through pdfminer's bundled CMaps.
* Word: ``python-docx`` gives the body's paragraphs and tables in document
  order.
* HTML: ``trafilatura`` finds a page's main text and drops the navigation,
  the links and the footer around it.

Layout damage, repaired by two logged rules
-------------------------------------------
A PDF has no paragraphs, only lines placed on pages, so its text carries
damage that a scrape does not, and only the reader knows where it is (from
the lines' positions).  :func:`layout_rule` repairs it before the cleaner's
own rules (:data:`dangjian.engine.clean.RULES`) run, each change logged like
theirs:

``strip_page_furniture``
    a running header or footer: a first or last line of a page that repeats
    on other pages (digits aside: "- 3 -", "第 3 页"), or that is just the
    page's number.  "…占65.\\n某县调研报告\\n16%" becomes "…占65.\\n16%".
``join_wrapped_lines``
    a line break where a line only wrapped (the line runs to the right
    margin, outside a table), which would otherwise cut a number in two:
    "占65.\\n16%" becomes "占65.16%".  A hyphen that broke a Latin word
    ("inter-\\nnational") goes with it.  Between two Latin letters or two
    digits the wrap stood where a typesetter dropped a space ("13\\n14"
    becomes "13 14"), so a space is put back: two numbers are never made
    one.

Bad input is one :class:`~dangjian.engine.files.SourceError` line: an
encrypted PDF, a PDF with no text layer (a scan: "run OCR first"), a
damaged PDF or ``.docx``, an HTML page with no main text.

Tables
------
:func:`document_tables` returns a file's tables as data (a list of frames,
one per table, cells as printed text), and ``dangjian audit`` writes them to
``tables.csv`` (:data:`TABLE_COLUMNS`).  The audit reads them as tables too:
:mod:`dangjian.engine.document_claims` finds where each cell is printed in
the raw text and makes the cells that the table checks judge claims.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ._lazy import pd
from .clean import Repair, Rule, Traced
from .files import SourceError, printable_path, read_bytes, sniff

__all__ = [
    "Document",
    "FORMATS",
    "TABLE_COLUMNS",
    "read_document",
    "read_pdf",
    "read_docx",
    "read_html",
    "looks_like_html",
    "layout_rule",
    "table_records",
    "document_tables",
]

#: The formats ``dangjian audit`` reads, by the name :func:`dangjian.engine.files.sniff` gives them.
FORMATS = {"text": "plain text (.txt)", "pdf": "PDF (.pdf)", "docx": "Word (.docx)", "html": "saved web page (.html, .htm)"}
#: Columns of ``tables.csv``: one row per cell, tables numbered from 1 in reading order, rows and columns from 1.
TABLE_COLUMNS = ["table", "page", "row", "column", "text"]


@dataclass(frozen=True)
class Document:
    """A document's raw text and what its format knows beyond the text.

    Attributes
    ----------
    text : str
        The raw text: a PDF's lines (pages joined by a line break), a Word
        file's paragraphs and table rows, a web page's main text.
    kind : str
        ``"pdf"``, ``"docx"`` or ``"html"``.
    pages : tuple of (int, int)
        ``(offset, page)`` where each page starts in ``text`` (PDF only), the
        form of :attr:`dangjian.engine.clean.CleanResult.markers`.
    tables : tuple
        Each table as rows of cell texts (``""`` for an empty cell), with
        the page it starts on (0 when unknown): ``(page, rows)``.
    furniture : tuple of (int, int, str)
        Spans of ``text`` that are running headers or footers, with
        ``"header"`` or ``"footer"`` (PDF only).
    wraps : tuple of int
        Offsets in ``text`` of line breaks that only wrap a line (PDF only).
    """

    text: str
    kind: str
    pages: tuple[tuple[int, int], ...] = ()
    tables: tuple[tuple[int, tuple[tuple[str, ...], ...]], ...] = ()
    furniture: tuple[tuple[int, int, str], ...] = ()
    wraps: tuple[int, ...] = field(default=())


def read_document(data: bytes, kind: str, name: str = "<bytes>") -> Document:
    """Read the bytes of a ``"pdf"`` or ``"docx"`` (as :func:`dangjian.engine.files.sniff` names them).

    Raises
    ------
    SourceError
        One line naming the problem (encrypted, no text layer, damaged).
    """
    if kind == "pdf":
        return read_pdf(data, name)
    if kind == "docx":
        return read_docx(data, name)
    raise ValueError(f"no reader for {kind!r}")


def _need(module: str, what: str, name: str) -> None:
    """A one-line error when the optional reader of a format is not installed."""
    import importlib.util

    if importlib.util.find_spec(module) is None:
        raise SourceError(f"{name}: reading {what} needs the optional readers: pip install 'dangjian[documents]'")


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------

#: A line that is only a page number: "3", "- 3 -", "第 3 页", "第3页 共15页", "3 / 15", "Page 3".
_PAGE_NUMBER_LINE = re.compile(r"\s*(?:[-–—－]\s*)?(?:第\s*)?(?:page\s*)?(\d{1,4})\s*(?:页)?\s*(?:[/／]\s*\d{1,4}|共\s*\d{1,4}\s*页)?\s*(?:[-–—－])?\s*", re.I)


def _quiet_pdfminer() -> None:
    import logging

    # pdfminer logs every odd object of a PDF as a warning; a bad file is reported once, as a SourceError
    logging.getLogger("pdfminer").setLevel(logging.ERROR)


def read_pdf(data: bytes, name: str = "<bytes>") -> Document:
    """The text of a PDF's text layer, line by line, with its pages, tables, running heads and wraps.

    Lines come from ``pdfplumber`` in reading order (top to bottom); the
    pages are joined by a line break, and the offset where each starts is
    kept (:attr:`Document.pages`), so every character keeps the page it
    was printed on.  A line counts as a wrap when it ends within two
    characters' width of the right margin (the rightmost line end of the
    document's body) and lies outside the page's tables.

    Raises
    ------
    SourceError
        If the PDF is encrypted, has no text layer (a scan), or is damaged.
    """
    _need("pdfplumber", "a PDF", name)
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    _quiet_pdfminer()
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PdfminerException as exc:
        raise _pdf_error(exc.args[0] if exc.args else exc, name, (PDFPasswordIncorrect, PDFEncryptionError)) from None
    except Exception as exc:  # noqa: BLE001 - a damaged file can fail anywhere in the parser
        raise _pdf_error(exc, name, (PDFPasswordIncorrect, PDFEncryptionError)) from None
    try:
        pages = []
        for number, page in enumerate(pdf.pages, 1):
            lines = [(line["text"], float(line["x0"]), float(line["x1"]), float(line["top"]), float(line["bottom"]))
                     for line in page.extract_text_lines(return_chars=False) if line["text"].strip()]
            tables = page.find_tables()
            boxes = [t.bbox for t in tables]
            cells = [tuple(tuple("" if c is None else str(c) for c in row) for row in t.extract()) for t in tables]
            pages.append((number, lines, boxes, cells, float(page.width)))
    except PdfminerException as exc:
        raise _pdf_error(exc.args[0] if exc.args else exc, name, (PDFPasswordIncorrect, PDFEncryptionError)) from None
    except Exception as exc:  # noqa: BLE001
        raise _pdf_error(exc, name, (PDFPasswordIncorrect, PDFEncryptionError)) from None
    finally:
        pdf.close()
    if not pages:
        raise SourceError(f"{name}: is a damaged PDF (no pages found)")
    if not any(lines for _, lines, _, _, _ in pages):
        raise SourceError(f"{name}: the PDF has no text layer (a scanned document?): run OCR first, e.g. ocrmypdf IN.pdf OUT.pdf")
    return _assemble_pdf(pages)


def _pdf_error(exc: object, name: str, encrypted: tuple[type, ...]) -> SourceError:
    if isinstance(exc, encrypted) or "password" in str(exc).lower() or "encrypt" in str(exc).lower():
        return SourceError(f"{name}: the PDF is encrypted (it asks for a password); save a copy without the password and audit that")
    detail = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else type(exc).__name__
    return SourceError(f"{name}: is a damaged PDF ({detail})")


def _assemble_pdf(pages: list) -> Document:
    """The text, page starts, tables, running heads and wraps of the lines of every page."""
    furniture_lines = _running_heads(pages)
    # the right margin: where most full lines of the body end (the running heads and tables aside)
    body = [(x0, x1) for i, (_, lines, boxes, _, _) in enumerate(pages) for j, (_, x0, x1, top, bottom) in enumerate(lines)
            if (i, j) not in furniture_lines and not _in_box(x0, x1, top, bottom, boxes)]
    right = float(np.percentile([x1 for _, x1 in body], 90)) if body else 0.0
    left = min((x0 for x0, _ in body), default=0.0)
    heights = [bottom - top for _, lines, _, _, _ in pages for _, _, _, top, bottom in lines]
    em = float(np.median(heights)) if heights else 10.0
    parts: list[str] = []
    offset = 0
    starts, tables, furniture, wraps = [], [], [], []
    for i, (number, lines, boxes, cells, _) in enumerate(pages):
        if i:
            parts.append("\n")
            offset += 1
        starts.append((offset, number))
        tables += [(number, rows) for rows in cells if rows]
        for j, (text, x0, x1, top, bottom) in enumerate(lines):
            if j:
                parts.append("\n")
                offset += 1
            role = furniture_lines.get((i, j))
            if role:
                furniture.append((offset, offset + len(text) + (1 if j + 1 < len(lines) else 0), role))
            elif (x1 >= right - 2 * em and x1 - x0 >= 0.5 * (right - left) and not _in_box(x0, x1, top, bottom, boxes)
                  and not (i + 1 == len(pages) and j + 1 == len(lines))):
                # the line break after it, which is left once the page's footer and the next page's header
                # are cut, when the line is the last of its page: a number may run on to the next page
                wraps.append(offset + len(text))
            parts.append(text)
            offset += len(text)
    # a footer that ends a page takes the page break before the next page with it
    text = "".join(parts)
    return Document(text, "pdf", tuple(starts), tuple(tables), tuple(_with_page_breaks(furniture, text)), tuple(wraps))


def _with_page_breaks(furniture: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    out = []
    for start, end, role in furniture:
        if end < len(text) and text[end - 1 : end] != "\n" and text[end : end + 1] == "\n":
            end += 1
        out.append((start, end, role))
    return out


def _in_box(x0: float, x1: float, top: float, bottom: float, boxes: Sequence[tuple]) -> bool:
    middle = (top + bottom) / 2
    return any(b[0] - 1 <= x0 and x1 <= b[2] + 1 and b[1] - 1 <= middle <= b[3] + 1 for b in boxes)


def _running_heads(pages: list) -> dict[tuple[int, int], str]:
    """``(page index, line index) -> "header" | "footer"`` for the running heads of a PDF.

    A head is the first (header) or last (footer) line of a page, when its
    text with digits masked repeats as the first or last line of at least
    half the pages (and two), or when it is only the page's own number.
    """
    def key(text: str) -> str:
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))

    out: dict[tuple[int, int], str] = {}
    for role, pick in (("header", 0), ("footer", -1)):
        keys = Counter(key(lines[pick][0]) for _, lines, _, _, _ in pages if lines)
        for i, (number, lines, _, _, _) in enumerate(pages):
            if len(lines) < 2:
                continue
            j = pick if pick == 0 else len(lines) - 1
            text = lines[j][0]
            m = _PAGE_NUMBER_LINE.fullmatch(text)
            own_number = m is not None and int(m.group(1)) == number
            repeated = len(pages) >= 2 and keys[key(text)] >= max(2, len(pages) / 2)
            if own_number or repeated:
                out[(i, j)] = role
    return out


def layout_rule(document: Document) -> Rule:
    """The cleaning rule that undoes a document's layout (:data:`Document.furniture` and :data:`Document.wraps`).

    It runs before :data:`dangjian.engine.clean.RULES`, on the raw text, and
    logs each change as those rules do: ``strip_page_furniture`` for a
    running header or footer, ``join_wrapped_lines`` for a line break that
    only wrapped a line.

    Examples
    --------
    >>> doc = Document("占65.\\n页眉\\n16%", "pdf", furniture=((5, 8, "header"),), wraps=(4,))
    >>> traced, repairs = layout_rule(doc).apply(Traced.from_raw(doc.text))
    >>> traced.text, [(r.rule, r.before) for r in repairs]
    ('占65.16%', [('join_wrapped_lines', '\\n'), ('strip_page_furniture', '页眉\\n')])
    """
    def apply(traced: Traced) -> tuple[Traced, list[Repair]]:
        text, offsets = traced.text, traced.offsets
        cut = np.zeros(len(text), dtype=bool)
        spaces = np.zeros(len(text), dtype=bool)
        repairs: list[tuple[int, Repair]] = []
        position = {int(o): i for i, o in enumerate(offsets.tolist())}
        for start, end, role in document.furniture:
            idx = [position[o] for o in range(start, end) if o in position]
            if idx:
                cut[idx] = True
                repairs.append((start, Repair("strip_page_furniture", role, start, end, "".join(text[k] for k in idx), "")))
        for at in document.wraps:
            k = position.get(at)
            if k is None or cut[k] or text[k] != "\n":
                continue
            before, after = text[k - 1 : k], text[k + 1 : k + 2]
            if before == "-" and k >= 2 and text[k - 2].isascii() and text[k - 2].isalpha() and after.isascii() and after.islower():
                cut[k - 1] = cut[k] = True  # inter-\nnational: the hyphen only broke the word
                repairs.append((at - 1, Repair("join_wrapped_lines", "hyphen", int(offsets[k - 1]), at + 1, "-\n", "")))
            elif before.isascii() and before.isalnum() and after.isascii() and after.isalnum():
                # "13\n14", "the\nreport": a typesetter breaks a run of Latin letters or digits at the space
                # between two words or numbers and drops that space; it is put back, never two numbers made one
                spaces[k] = True
                repairs.append((at, Repair("join_wrapped_lines", "wrap at a space", at, at + 1, "\n", " ")))
            else:
                # "占65.\n16%", "党\n组织": a break inside a number or between Chinese characters
                cut[k] = True
                repairs.append((at, Repair("join_wrapped_lines", "wrap", at, at + 1, "\n", "")))
        keep = ~cut
        new = "".join(" " if space else c for c, k, space in zip(text, keep.tolist(), spaces.tolist()) if k)
        return Traced(new, offsets[keep]), [r for _, r in sorted(repairs, key=lambda p: p[0])]

    return Rule("undo_layout", apply)


# ---------------------------------------------------------------------------
# Word
# ---------------------------------------------------------------------------


def read_docx(data: bytes, name: str = "<bytes>") -> Document:
    """The body of a Word file: its paragraphs and tables in document order, one line each (a table row's cells
    joined by a space, as a PDF's text layer gives them), and the tables as cells.

    Headers, footers and footnotes are not part of the body and are left out
    (so no running head enters the text); Word's pages depend on how it lays
    the text out, so a Word file has no page numbers.

    Raises
    ------
    SourceError
        If the file is not a readable Word document.
    """
    import zipfile

    _need("docx", "a Word file", name)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        tables = []
        for block in document.iter_inner_content():
            if hasattr(block, "rows"):
                rows = _docx_rows(block)
                tables.append((0, rows))
                lines += [" ".join(c for c in row if c) for row in rows]
            else:
                lines.append(block.text)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as exc:
        raise SourceError(f"{name}: is a damaged Word file ({str(exc)[:120] or type(exc).__name__}); open it in Word or LibreOffice and save it again") from None
    except Exception as exc:  # noqa: BLE001 - lxml's errors for damaged XML, and others a bad package raises
        raise SourceError(f"{name}: is a damaged Word file ({type(exc).__name__}); open it in Word or LibreOffice and save it again") from None
    text = "\n".join(lines)
    if not text.strip():
        raise SourceError(f"{name}: the Word file has no text in its body")
    return Document(text, "docx", tables=tuple(tables))


def _docx_rows(table) -> tuple[tuple[str, ...], ...]:
    """A Word table's rows as cell texts; a merged cell, which python-docx repeats in every column it spans, counts once,
    the columns it spans after the first left empty (as pdfplumber leaves them), so that every row keeps the table's
    columns.  A cell merged down the rows is repeated in each (python-docx gives its text in each row it spans)."""
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # the same <w:tc> element: one merged cell
                cells.append("")
                continue
            seen.add(id(cell._tc))
            cells.append(cell.text.strip())
        rows.append(tuple(cells))
    return tuple(rows)


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

_HTML_START = re.compile(r"\A(?:\ufeff)?\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<\?xml[^>]*>\s*<!doctype\s+html)", re.I | re.S)


def looks_like_html(text: str) -> bool:
    """Whether a decoded text is an HTML page (it opens with a doctype, ``<html>`` or ``<head>``).

    Examples
    --------
    >>> looks_like_html("<!DOCTYPE html><html><body>报告</body></html>"), looks_like_html("报告 <b>65%</b>")
    (True, False)
    """
    return _HTML_START.match(text[:4096]) is not None


def read_html(html: str, name: str = "<html>") -> Document:
    """The main text of a saved web page (``trafilatura``), without its navigation, links and footer.

    Raises
    ------
    SourceError
        If the page has no main text (a page of links, a log-in page, one
        drawn by a script).
    """
    import logging

    _need("trafilatura", "a web page", name)
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=True, include_images=False,
                                   include_links=False, favor_recall=True, deduplicate=False)
    except Exception as exc:  # noqa: BLE001 - lxml's errors on a broken page
        raise SourceError(f"{name}: the HTML page cannot be parsed ({type(exc).__name__})") from None
    if not text or len(re.sub(r"\s+", "", text)) < 10:
        raise SourceError(f"{name}: the HTML page has no main text (only navigation, links or scripts?); save the report's own page")
    return Document(text, "html")


# ---------------------------------------------------------------------------
# Tables as data
# ---------------------------------------------------------------------------


def table_records(document: Document) -> list[tuple]:
    """The cells of a document's tables as rows of :data:`TABLE_COLUMNS` (``tables.csv``).

    Examples
    --------
    >>> table_records(Document("", "docx", tables=((0, (("评价", "人数"), ("较好", "202"))),)))
    [(1, None, 1, 1, '评价'), (1, None, 1, 2, '人数'), (1, None, 2, 1, '较好'), (1, None, 2, 2, '202')]
    """
    return [(t, page or None, r, c, cell)
            for t, (page, rows) in enumerate(document.tables, 1)
            for r, row in enumerate(rows, 1)
            for c, cell in enumerate(row, 1)]


def document_tables(path: str | Path) -> list[pd.DataFrame]:
    """The tables of a PDF or Word file as data: one frame per table, in reading order.

    Each frame holds the cells as printed (text, so "65.16%" keeps its
    digits), the first row as the header when it is one (no cell of it is
    empty and its cells are distinct), and ``attrs["page"]`` the page the
    table starts on (``None`` for Word).  This is the function the audit's
    table checks are meant to read; ``dangjian audit`` writes the same cells
    to ``tables.csv``.

    Raises
    ------
    SourceError
        If the file cannot be read, or is not a PDF or Word file.
    """
    data = read_bytes(path)
    kind = sniff(data)
    if kind not in ("pdf", "docx"):
        raise SourceError(f"{printable_path(path)}: is not a PDF or Word file, so it has no tables to read")
    frames = []
    for page, rows in read_document(data, kind, printable_path(path)).tables:
        width = max(len(r) for r in rows)
        rows = [list(r) + [""] * (width - len(r)) for r in rows]
        head = rows[0]
        header = all(head) and len(set(head)) == len(head) and len(rows) > 1
        frame = pd.DataFrame(rows[1:] if header else rows, columns=head if header else None, dtype=str)
        frame.attrs["page"] = page or None
        frames.append(frame)
    return frames
