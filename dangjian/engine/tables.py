"""Tables that the scrape flattened into running text.

A Word table survives a document-site scrape as one run of text: each row's
label followed by its numbers, merged-cell group labels dropped between rows,
and the header reduced to whatever was not redacted.  Such a table cannot be
parsed by guessing, so :func:`parse_flat_table` takes a :class:`TableSpec`
that says what the table must look like (title, header, rows in order, group
labels) and fails loudly with :class:`TableShapeError` at the first row that
does not match.

A table's value columns are its units (townships, villages, schools …),
named ``unit_prefix`` + 1, 2, … in printed order, each with the one
character its header prints for it (its type); the spec names the two
columns that hold them (``unit_column``, ``type_column``), and the parsed
frame says which they are in ``data.attrs`` (``"unit"``, ``"unit_type"``),
so that the unit-table statistics of :mod:`dangjian.engine.metrics` find
them without being told.  The spec of the bundled report's table of
section 二(二) is the compendium's:
:data:`dangjian.compendium.debriefing.DEBRIEFING_SPEC` (townships of type
镇 or 乡, and the report's own 均值).

Examples
--------
>>> spec = TableSpec(
...     title=r"(?P<year>\\d{4})年测评表",
...     header=r"类别(?P<columns>[镇乡]+)(?P<mean>均值)",
...     rows=(RowSpec("发放"), RowSpec("好", "评价"), RowSpec("差", "评价")),
... )
>>> table = parse_flat_table("前文。2008年测评表类别镇乡均值发放10 20 15评价好8 10 9差2 10 6后文", spec)
>>> print(table.data.to_string(index=False))
unit unit_type block item  value
  T1         镇         发放     10
  T2         乡         发放     20
  T1         镇    评价    好      8
  T2         乡    评价    好     10
  T1         镇    评价    差      2
  T2         乡    评价    差     10
>>> table.data.attrs
{'unit': 'unit', 'unit_type': 'unit_type'}
>>> table.means["reported"].tolist()
['15', '9', '6']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._lazy import pd

__all__ = [
    "TableShapeError",
    "RowSpec",
    "TableSpec",
    "FlatTable",
    "parse_flat_table",
    "TABLE_COLUMNS",
    "MEANS_COLUMNS",
    "META_COLUMNS",
    "FlatRow",
    "flattened_rows",
]

#: The columns of a parsed table, with the default names of its unit and type columns (a spec may rename them).
TABLE_COLUMNS = ["unit", "unit_type", "block", "item", "value"]
MEANS_COLUMNS = ["block", "item", "reported"]
META_COLUMNS = ["key", "value"]

#: A printed number: integer or decimal, no sign, no thousands separator.
_NUMBER = r"\d+(?:\.\d+)?"


class TableShapeError(ValueError):
    """The flattened table does not have the shape its spec requires."""


@dataclass(frozen=True)
class RowSpec:
    """A table row: its printed ``item`` label and the merged-cell ``block`` it belongs to."""

    item: str
    block: str = ""


@dataclass(frozen=True)
class TableSpec:
    """What a flattened table must look like.

    Attributes
    ----------
    title : str
        Regex that finds the table's title; named groups become metadata.
    header : str
        Regex for the column header, matched right after ``title`` and any
        ``preamble``; must have a named group ``columns`` (one character per
        value column: the column's type) and may have ``mean`` (the label of a
        final summary column).  Other named groups become metadata.
    rows : tuple of RowSpec
        The rows, in printed order.
    preamble : str
        Regex for text between the title and the header (compiler, dates);
        named groups become metadata.
    unit_prefix : str
        Column names are this prefix plus 1, 2, 3, ….
    unit_column, type_column : str
        The names of the parsed frame's columns that hold each value column's
        name and its printed type (``"township"`` and ``"township_type"`` for
        the bundled report's table).
    """

    title: str
    header: str
    rows: tuple[RowSpec, ...]
    preamble: str = ""
    unit_prefix: str = "T"
    unit_column: str = "unit"
    type_column: str = "unit_type"


@dataclass(frozen=True)
class FlatTable:
    """A parsed table: tidy ``data``, the printed summary column ``means``, and ``meta``."""

    data: pd.DataFrame
    means: pd.DataFrame
    meta: pd.DataFrame
    start: int
    end: int
    block_label_rows: dict[str, str] = field(default_factory=dict)


def _context(text: str, pos: int) -> str:
    return text[pos : pos + 40] + ("…" if len(text) > pos + 40 else "")


def parse_flat_table(text: str, spec: TableSpec) -> FlatTable:
    """Parse a table that the scrape flattened into running text.

    Parameters
    ----------
    text : str
        Clean text that contains the table.
    spec : TableSpec
        The shape the table must have.

    Returns
    -------
    FlatTable
        ``data`` with columns :data:`TABLE_COLUMNS`, the first two named as the
        spec names them (``value`` is the number
        exactly as printed, a string), ``means`` with columns
        :data:`MEANS_COLUMNS` (empty if the spec has no ``mean`` column),
        ``meta`` (key/value strings: title, header, metadata groups, the
        printed position of each merged-cell label), and the table's
        ``start``/``end`` offsets in ``text``.

    Raises
    ------
    TableShapeError
        If the title or header is missing, a row label is not where the spec
        puts it, a row has the wrong number of values, or a merged-cell label
        is missing or printed twice.
    """
    title = re.search(spec.title, text)
    if title is None:
        raise TableShapeError(f"table title not found (pattern {spec.title!r})")
    pos = title.end()
    meta: dict[str, str] = {"title": title.group(0)}
    meta.update({k: v for k, v in title.groupdict().items() if v is not None})
    if spec.preamble:
        pre = re.compile(spec.preamble).match(text, pos)
        if pre is None:
            raise TableShapeError(f"table preamble not found after the title; text there: {_context(text, pos)!r}")
        meta.update({k: v for k, v in pre.groupdict().items() if v is not None})
        pos = pre.end()
    header = re.compile(spec.header).match(text, pos)
    if header is None:
        raise TableShapeError(f"column header not found after the title; text there: {_context(text, pos)!r}")
    groups = header.groupdict()
    columns = groups.get("columns") or ""
    if not columns:
        raise TableShapeError("the column header has no value columns")
    has_mean = bool(groups.get("mean"))
    meta.update({k: v for k, v in groups.items() if v is not None})
    meta["header"] = header.group(0)
    n_values = len(columns) + (1 if has_mean else 0)
    pos = header.end()

    units = [f"{spec.unit_prefix}{i + 1}" for i in range(len(columns))]
    values_re = rf"(?P<values>{_NUMBER}(?: {_NUMBER}){{{n_values - 1}}})(?![\d.]| \d)"
    seen_blocks: dict[str, str] = {}
    records: list[dict[str, str]] = []
    means: list[dict[str, str]] = []
    for row in spec.rows:
        block_re = f"(?P<block>{re.escape(row.block)})?" if row.block else ""
        m = re.compile(block_re + re.escape(row.item) + values_re).match(text, pos)
        if m is None:
            found = re.compile(block_re + re.escape(row.item) + r"(?P<values>[\d. ]*)").match(text, pos)
            if found is None:
                raise TableShapeError(f"row {row.item!r} expected; text there: {_context(text, pos)!r}")
            got = len(found.group("values").split())
            raise TableShapeError(f"row {row.item!r} has {got} values, expected {n_values} ({len(columns)} columns{' + mean' if has_mean else ''})")
        if row.block and m.group("block"):
            if row.block in seen_blocks:
                raise TableShapeError(f"merged-cell label {row.block!r} printed twice")
            seen_blocks[row.block] = row.item
        printed = m.group("values").split(" ")
        for unit, kind, value in zip(units, columns, printed):
            records.append({spec.unit_column: unit, spec.type_column: kind, "block": row.block, "item": row.item, "value": value})
        if has_mean:
            means.append({"block": row.block, "item": row.item, "reported": printed[-1]})
        pos = m.end()
    missing = {r.block for r in spec.rows if r.block} - set(seen_blocks)
    if missing:
        raise TableShapeError(f"merged-cell label(s) not printed anywhere in the table: {sorted(missing)}")
    for block, item in seen_blocks.items():
        meta[f"block_label_before:{block}"] = item
    meta_frame = pd.DataFrame(sorted(meta.items()), columns=META_COLUMNS)
    data = pd.DataFrame(records, columns=[spec.unit_column, spec.type_column, *TABLE_COLUMNS[2:]])
    data.attrs.update(unit=spec.unit_column, unit_type=spec.type_column)
    return FlatTable(
        data=data,
        means=pd.DataFrame(means, columns=MEANS_COLUMNS),
        meta=meta_frame,
        start=title.start(),
        end=pos,
        block_label_rows=seen_blocks,
    )


# ---------------------------------------------------------------------------
# Any report: rows of numbers that a scrape flattened into text
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FlatRow:
    """One row of a flattened table: its label and its cells ``(start, end, value)`` (clean offsets)."""

    label: str
    start: int
    cells: tuple[tuple[int, int, str], ...]


#: A label of two or more characters that are not digits or punctuation of
#: sentences, then three or more numbers separated by spaces, with no unit
#: after the last: "发放测评表(份)68 68 64 52 37 36 37 51".
_FLAT_ROW = re.compile(
    r"(?P<label>[\u4e00-\u9fff()（）A-Za-z]{2,24}?)\s?"
    r"(?P<cells>(?<![\d.])\d{1,6}(?:\.\d{1,3})?(?:[ \t]\d{1,6}(?:\.\d{1,3})?){2,})"
    r"(?![\d.%]|\s*(?:[%％人名份个次条户家项位元岁分年月日号页]))"
)


#: The same with a label of one Han character, read only right after the row before ("…196女57 52 47 156").
_ONE_CHARACTER_ROW = re.compile(_FLAT_ROW.pattern.replace(r"[\u4e00-\u9fff()（）A-Za-z]{2,24}?", r"[\u4e00-\u9fff]", 1))


def flattened_rows(text: str) -> list[FlatRow]:
    """Rows of a table that a scrape flattened into running text.

    Unlike :func:`parse_flat_table` this needs no spec: it finds any label
    followed by three or more numbers separated by spaces and no unit, the
    shape a Word table takes when its cells are joined ("真实53 41 51 41 30
    29 33 40").  What the rows mean (which one is a total, which are the
    answers of one question) is left to :mod:`dangjian.engine.kinds.table`.

    Examples
    --------
    >>> [(r.label, [v for _, _, v in r.cells]) for r in flattened_rows("表1 统计发放(份)68 68 64真实53 41 51不真实0 0 0。")]
    [('统计发放(份)', ['68', '68', '64']), ('真实', ['53', '41', '51']), ('不真实', ['0', '0', '0'])]
    """
    # _FLAT_ROW.finditer would try a label at every character; a row's cells are a run of three or
    # more numbers, so find those first and try the label only where it can start: at most 24 label
    # characters back (with one space before the cells), not before the end of the previous row.
    rows = []
    last_end = 0
    for run in _CELL_RUN.finditer(text):
        stop = run.start()
        if stop > 0 and text[stop - 1] in " \t\n\r\f\v":
            stop -= 1
        start = stop
        while start > max(last_end, stop - 24) and _LABEL_CHAR.match(text, start - 1):
            start -= 1
        # a label of two characters or more; of one Han character only right after the row before ("…196女57 52 47 156":
        # 男, 女 of a cross-tab)
        if stop - start < 2 and not (stop - start == 1 and start == last_end and last_end > 0 and "\u4e00" <= text[start] <= "\u9fff"):
            continue
        m = (_FLAT_ROW if stop - start >= 2 else _ONE_CHARACTER_ROW).match(text, start)
        if m is None:
            continue
        cells = tuple((c.start() + m.start("cells"), c.end() + m.start("cells"), c.group())
                      for c in _CELL.finditer(m.group("cells")))
        rows.append(FlatRow(m.group("label"), m.start("label"), cells))
        last_end = m.end()
    return rows


#: Where a row's cells can begin: three or more numbers separated by spaces or tabs.
_CELL_RUN = re.compile(r"(?<![\d.])\d{1,6}(?:\.\d{1,3})?(?:[ \t]\d{1,6}(?:\.\d{1,3})?){2,}")
_LABEL_CHAR = re.compile(r"[\u4e00-\u9fff()（）A-Za-z]")
_CELL = re.compile(r"\d+(?:\.\d+)?")
