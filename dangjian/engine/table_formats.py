"""The forms the combined claims and checks tables of ``dangjian audit`` take: CSV lines, or Arrow record batches
for Parquet (``--format``).

A worker formats a file's rows in the form the parent writes them
(:func:`csv_lines`, :func:`arrow_batch`), so that the parent neither
unpickles nor converts every row (:func:`dangjian.engine.audit.as_table_rows`);
the files are those :func:`dangjian.engine.tabular.write_csv` and
pyarrow write for all the rows at once.
"""

from __future__ import annotations

from collections.abc import Sequence

from .extract import CHECK_COLUMNS, CLAIM_COLUMNS
from .tabular import csv_text

__all__ = [
    "TABLE_FORMATS",
    "CSV_HEADERS",
    "checked_format",
    "parquet_missing",
    "csv_lines",
    "parquet_schema",
    "arrow_batch",
]


#: Formats of the combined claims and checks tables (``--format``).
TABLE_FORMATS = ("csv", "parquet")
#: Columns of the combined tables that are whole numbers (nullable); every other column is text, as printed.
_INTEGER_COLUMNS = {"claims": ("raw_start", "raw_end", "page", "base"), "checks": ()}


def checked_format(table_format: str) -> str:
    """``table_format`` if it is one of :data:`TABLE_FORMATS` that can be written here; else a ``ValueError`` that says why."""
    if table_format not in TABLE_FORMATS:
        raise ValueError(f"table_format must be one of {', '.join(TABLE_FORMATS)}, not {table_format!r}")
    if table_format == "parquet" and parquet_missing():
        raise ValueError(parquet_missing())
    return table_format


def parquet_missing() -> str:
    """Why ``--format parquet`` cannot run here (pyarrow is an optional dependency), or ``""``."""
    import importlib.util

    if importlib.util.find_spec("pyarrow") is None:
        return "--format parquet needs pyarrow: pip install 'dangjian[parquet]'"
    return ""


def csv_lines(r) -> tuple[str, str]:
    """The lines (no header) of the claims and checks of ``r`` (a :class:`dangjian.engine.audit.FileResult`) in their
    CSV tables."""
    return csv_text(CLAIM_COLUMNS, r.claim_rows, header=False), csv_text(CHECK_COLUMNS, r.check_rows, header=False)


#: The header lines of the claims and checks tables, in :func:`dangjian.engine.tabular.write_csv`'s format.
CSV_HEADERS = (csv_text(CLAIM_COLUMNS, ()), csv_text(CHECK_COLUMNS, ()))


def parquet_schema(table: str):
    """The Arrow schema of the combined ``"claims"`` or ``"checks"`` table: its integer columns as int64, the rest as text."""
    import pyarrow as pa

    columns = CLAIM_COLUMNS if table == "claims" else CHECK_COLUMNS
    return pa.schema([(c, pa.int64() if c in _INTEGER_COLUMNS[table] else pa.string()) for c in columns])


def arrow_batch(table: str, rows: Sequence[dict]):
    """The rows of a combined table (``"claims"`` or ``"checks"``) as an Arrow record batch of :func:`parquet_schema`,
    built column by column (a quarter cheaper than ``Table.from_pylist`` for a file's rows)."""
    import pyarrow as pa

    schema = parquet_schema(table)
    return pa.RecordBatch.from_arrays([pa.array([row[f.name] for row in rows], type=f.type) for f in schema], schema=schema)
