"""``audit.xlsx`` (``dangjian audit --xlsx``): the combined tables and the checks of each verdict as the sheets of a
workbook a reader needs not reformat."""

from __future__ import annotations

from pathlib import Path

from ._lazy import pd
from .verdicts import VERDICTS

__all__ = [
    "WORKBOOK_SHEETS",
    "write_workbook",
]


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
