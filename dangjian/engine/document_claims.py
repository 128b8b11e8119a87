"""A document's claims: the numbers of its text, and the cells of its tables that the table checks judge.

A PDF or Word file knows its tables as cells (:attr:`dangjian.engine.documents.Document.tables`);
the audit reads them as tables, not only as the text they were flattened
into (:func:`document_records`): :func:`locate_cells` finds where each cell
is printed in the raw text, and :func:`table_claims` makes each cell that
the table checks judge (:mod:`dangjian.engine.kinds.cells`) one claim, with
the raw offsets of its number, the number the text flow read there being
that same claim.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal

from .documents import Document
from .extract import read_records
from .kinds import assign_bases, find_groups
from .kinds.cells import CellTable, layout, number_of
from .records import ClaimList

__all__ = ["locate_cells", "table_claims", "document_records"]

_SPACE = re.compile(r"\s+")
#: The number of a cell in the raw text, with its % sign.
_CELL_NUMBER = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s*[%％])?")


def locate_cells(document: Document) -> tuple[tuple[tuple[tuple[int, int] | None, ...], ...], ...]:
    """Where each cell of each table is printed in the document's raw text: ``(start, end)`` of its text, ``None`` for
    an empty cell or a table whose rows are not found.

    Both readers put a table's rows in the text one line each, cells in order
    with spaces between (:func:`dangjian.engine.documents.read_docx` joins them; pdfplumber lines them
    up), so a table is found at the first run of lines, from where the table
    before it ended (on its page, for a PDF), that are its rows with the
    spaces taken out (a Word cell of two paragraphs makes its row two
    lines); each cell is then found in its row's text, in order.  A PDF
    cell wrapped over two lines interleaves with its neighbours', and its
    table is not found: its numbers are then read from the text alone.

    Examples
    --------
    >>> doc = Document("表1\\n评价 人数\\n较好 202\\n一般 61", "docx", tables=((0, (("评价", "人数"), ("较好", "202"), ("一般", "61"))),))
    >>> spans = locate_cells(doc)[0]
    >>> [doc.text[s:e] for row in spans for s, e in row]
    ['评价', '人数', '较好', '202', '一般', '61']
    """
    text = document.text
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, at + len(line), _SPACE.sub("", line)))
        at += len(line) + 1
    page_starts = [offset for offset, _ in document.pages]
    out = []
    cursor = 0  # the first line after the table before
    for page, rows in document.tables:
        lo, hi = 0, len(lines)
        if document.pages and page:
            k = next((n for n, (_, p) in enumerate(document.pages) if p == page), None)
            if k is not None:
                start = page_starts[k]
                end = page_starts[k + 1] if k + 1 < len(page_starts) else len(text) + 1
                lo = next((n for n, (s, _, _) in enumerate(lines) if s >= start), len(lines))
                hi = next((n for n, (s, _, _) in enumerate(lines) if s >= end), len(lines))
        found = _find_rows(lines, rows, max(lo, cursor) if cursor < hi else lo, hi)
        if found is None:
            out.append(tuple(tuple(None for _ in row) for row in rows))
            continue
        cursor = max(last for _, last in found.values()) + 1
        spans = []
        for r, row in enumerate(rows):
            if r not in found:
                spans.append(tuple(None for _ in row))
                continue
            first, last = found[r]
            at, end, cells = lines[first][0], lines[last][1], []
            for cell in row:
                chars = _SPACE.sub("", cell)
                if not chars:
                    cells.append(None)
                    continue
                m = re.compile(r"\s*".join(map(re.escape, chars))).search(text, at, end)
                cells.append((m.start(), m.end()) if m else None)
                at = m.end() if m else at
            spans.append(tuple(cells))
        out.append(tuple(spans))
    return tuple(out)


def _find_rows(lines: list[tuple[int, int, str]], rows, lo: int, hi: int) -> dict[int, tuple[int, int]] | None:
    """``row -> (first line, last line)`` of a table's rows that have text, found as consecutive runs of ``lines[lo:hi]``
    (a cell of several paragraphs makes its row several lines; blank lines between rows aside), or ``None``."""
    wanted = [(r, _SPACE.sub("", "".join(row))) for r, row in enumerate(rows)]
    wanted = [(r, w) for r, w in wanted if w]
    if not wanted:
        return None
    for first in range(lo, hi):
        if not lines[first][2] or not wanted[0][1].startswith(lines[first][2]):
            continue
        found, k = {}, first
        for r, w in wanted:
            while k < hi and not lines[k][2]:
                k += 1
            got, start = "", k
            while k < hi and len(got) < len(w) and w.startswith(got + lines[k][2]):
                got += lines[k][2]
                k += 1
            if got != w:
                break
            found[r] = (start, k - 1)
        else:
            return found
    return None


def table_claims(rows, result, document: Document, *, source: str):
    """The claims of a text with the cells of its document's tables that the table checks judge
    (:mod:`dangjian.engine.kinds.cells`): each such cell is one claim of kind ``cell``, whose raw offsets point at the
    cell's number in ``raw.txt``.  A number the text flow already read in the cell is that claim (its kind becomes
    ``cell``), never a second one.  A table whose cells are not all found, or whose cell the text flow read as another
    number (or as part of a sample statement, a paper's statistic, a damaged number), is left to the text flow.

    Returns a new :class:`~dangjian.engine.records.ClaimList` (claims renumbered in text order) whose ``cell_tables``
    the cells kind's finder reads, and whose ``table_spans`` (the clean span of every table found, read as cells or not)
    tell the flattened-table kind (:mod:`dangjian.engine.kinds.table`) where the document gives a table's structure,
    which it then does not guess.
    """
    text, offsets = result.text, result.offsets
    starts = [s for s, _ in rows.positions]
    added: dict[tuple[int, int], dict] = {}  # clean span -> a new claim
    changed: dict[int, dict] = {}  # an existing claim's index -> its new fields
    tables = []
    previous_end = 0  # where the table before ended in the raw text
    located: list[tuple[int, int]] = []  # the clean span of every table found in the text, read as cells or not
    for number, ((page, cells), where) in enumerate(zip(document.tables, locate_cells(document)), 1):
        where_first = min((c[0] for row in where for c in row if c is not None), default=None)
        if where_first is None:
            continue
        caption = _caption(document.text, where_first, previous_end)
        previous_end = max(c[1] for row in where for c in row if c is not None)
        located.append((int(offsets.searchsorted(where_first)), int(offsets.searchsorted(previous_end))))
        lay = layout(cells, caption=caption)
        if lay is None:
            continue
        spans: dict[tuple[int, int], tuple[int, int]] = {}
        new: dict[tuple[int, int], dict] = {}
        old: dict[int, dict] = {}
        for r, j in lay.judged():
            cell = where[r][j] if j < len(where[r]) else None
            if cell is None:
                break
            value = number_of(cells[r][j])
            m = _CELL_NUMBER.search(document.text, cell[0], cell[1]) if value else None
            if m is None:
                break
            raw_start, raw_end = m.start(), m.end()
            # the clean span of the number: the clean characters that come from its raw characters, all of them
            lo = int(offsets.searchsorted(raw_start))
            hi = int(offsets.searchsorted(raw_end))
            found = number_of(text[lo:hi]) if hi > lo else None
            if found is None or found.value != value.value or int(offsets[lo]) != raw_start or int(offsets[hi - 1]) != raw_end - 1:
                break  # the cleaner changed the cell: read from the text alone
            k = bisect_left(starts, lo)
            overlapping = [i for i in range(max(0, k - 1), min(len(rows), k + 2)) if rows.positions[i][0] < hi and lo < rows.positions[i][1]]
            # the quote: the row as the clean text has it (the cleaner joins a document's lines into paragraphs)
            raw_line = document.text.rfind("\n", 0, raw_start) + 1, document.text.find("\n", raw_end)
            quote = text[int(offsets.searchsorted(raw_line[0])) : int(offsets.searchsorted(raw_line[1] if raw_line[1] >= 0 else len(document.text)))]
            if not overlapping:
                new[(lo, hi)] = {"source": source, "claim_id": "", "quote": quote, "raw_start": raw_start,
                                 "raw_end": raw_end, "page": result.page_of(raw_start), "reported": found.printed, "kind": "cell",
                                 "value": found.value, "base": None, "base_evidence": "", "group_id": ""}
                spans[(r, j)] = (lo, hi)
                continue
            i = overlapping[0]
            row = rows[i]
            if (len(overlapping) > 1 or i in rows.paper or rows.is_sample(i) or row["kind"] == "damaged"
                    or not row["value"] or Decimal(row["value"]) != Decimal(found.value)):
                break  # the text flow read something else here: it keeps the cell
            old[i] = {"kind": "cell", "quote": quote}
            spans[(r, j)] = rows.positions[i]
        else:
            if not spans:
                continue  # nothing in it for the table checks
            added.update(new)
            changed.update(old)
            tables.append((number, page, lay, spans, int(offsets.searchsorted(where_first)), caption))
    if not tables:
        rows.cell_tables, rows.table_spans = [], located
        return rows
    items = [(rows.positions[i], rows.units[i], {**row, **changed.get(i, {})}, i) for i, row in enumerate(rows)]
    items += [(span, "%" if claim["reported"].endswith(("%", "％")) else "", claim, None) for span, claim in added.items()]
    items.sort(key=lambda item: item[0])
    out = ClaimList([row for _, _, row, _ in items], text=text, positions=[p for p, *_ in items], units=[u for _, u, _, _ in items],
                    samples=rows.samples, sentences=rows.sentences, flat_rows=rows.flat_rows,
                    paper={k: rows.paper[was] for k, (*_, was) in enumerate(items) if was is not None and was in rows.paper})
    for k, row in enumerate(out, start=1):
        row["claim_id"] = f"E{k:03d}"
    index = {tuple(p): k for k, p in enumerate(out.positions)}
    out.cell_tables, out.table_spans = [], located
    out.structured = getattr(rows, "structured", set())  # clean offsets: the claims' starts do not move
    out.owned = getattr(rows, "owned", [])
    for number, page, lay, spans, start, caption in tables:
        claims = {cell: index[tuple(span)] for cell, span in spans.items()}
        out.cell_tables.append(CellTable(number, page or None, lay, claims, start, max(e for _, e in spans.values()), caption))
    return out


def _caption(raw: str, start: int, after: int = 0) -> str:
    """The two lines of the raw text before a table that starts there at ``start``, after the table before (which ends at
    ``after``): "表1 …(单位:人)", "您获取信息的渠道(可多选)", where its unit and its question's form are printed."""
    return "\n".join(raw[max(after, start - 120) : start].strip("\n").split("\n")[-2:])


def document_records(result, document: Document, *, source: str):
    """:func:`dangjian.engine.extract.extract_records` of a document's clean text, its tables read as cells
    (:func:`table_claims`) before the groups are found."""
    rows = read_records(result, source=source)
    if document.tables:
        rows = table_claims(rows, result, document, source=source)
    rows.groups = find_groups(rows)
    assign_bases(rows)
    return rows
