"""The combined ``claims`` and ``checks`` tables of an output folder (CSV or Parquet), appended one file's result at
a time, in input order, so that the parent's memory does not grow with the corpus."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import replace
from operator import itemgetter
from pathlib import Path

from .audit import FileResult
from .extract import CHECK_COLUMNS, CLAIM_COLUMNS
from .table_formats import CSV_HEADERS, arrow_batch, parquet_schema

__all__ = [
    "CombinedWriter",
]


class CombinedWriter:
    """The combined claims and checks tables of a staging folder (CSV, or Parquet through
    :class:`_ParquetTables`), appended one result at a time.

    :meth:`add` writes a result's rows and returns the result without them
    (with their counts in ``streamed``); the files are those
    :func:`dangjian.engine.tabular.write_csv` writes for all rows at once.
    """

    def __init__(self, staging: Path, table_format: str = "csv") -> None:
        self.staging = staging
        self.format = table_format

    def __enter__(self) -> CombinedWriter:
        if self.format == "parquet":
            self.parquet = _ParquetTables(self.staging)
            return self
        self.files = [open(self.staging / name, "w", encoding="utf-8", newline="") for name in ("claims.csv", "checks.csv")]
        self.writers = [csv.writer(f, lineterminator="\n") for f in self.files]
        for f, header in zip(self.files, CSV_HEADERS):
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
            return replace(r, csv_rows=None)  # already without its rows (as_table_rows)
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


#: Rows of a parquet row group: big enough to compress, small enough that the parent's memory stays flat.
_ROW_GROUP = 50_000


class _ParquetTables:
    """``claims.parquet`` and ``checks.parquet`` of a staging folder, appended one result at a time.

    Each result's rows come as an Arrow record batch (built by the worker
    that audited the file, :func:`dangjian.engine.audit.as_table_rows`, or here from its rows);
    the batches are buffered and written a row group at a time, in input
    order, joined into one contiguous table (the same file as the rows of
    all of them converted at once), with the schema of :func:`parquet_schema`: the integer
    columns as int64 (null for a missing page or base), every other column
    as the text that ``claims.csv`` would print.
    """

    def __init__(self, staging: Path) -> None:
        import pyarrow.parquet as pq

        self.tables = {}
        try:
            for table in ("claims", "checks"):
                schema = parquet_schema(table)
                self.tables[table] = (pq.ParquetWriter(staging / f"{table}.parquet", schema), schema, [])
        except BaseException:
            for writer, _, _ in self.tables.values():
                writer.close()
            raise
        self.rows = dict.fromkeys(self.tables, 0)

    def append(self, table: str, rows: Iterable[dict]) -> None:
        self.append_table(table, arrow_batch(table, list(rows)))

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
