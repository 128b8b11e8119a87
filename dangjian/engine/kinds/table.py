"""``table``: one column of a table flattened into text, its answer rows against the forms of the column.

Finder
    The rows of a flattened table (:func:`dangjian.engine.tables.flattened_rows`)
    whose cells are claims; a row labelled as a total (发放, 合计, 样本, 人数 …)
    with whole numbers, and after it each block of two or more rows of whole
    numbers (a question's answers), one group per column.

Judge
    :func:`dangjian.engine.consistency.answers_vs_forms`: answers that add up
    to the forms are ``consistent``, fewer ``consistent_if`` (item
    non-response), more ``inconsistent``.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..consistency import answers_vs_forms
from ..judging import make_check
from ..records import ClaimList, Group
from ..results import Check
from ..shares import whole
from .question import OPTION_WORDS

__all__ = ["TableGroup", "find", "judge"]

_TOTAL_LABEL = re.compile(r"发放|合计|总计|总数|样本|人数|份数|回收")
_OWN_UNIT = re.compile(r"[(（][\u4e00-\u9fff]{1,2}[)）]\s*$")


@dataclass(eq=False)
class TableGroup(Group):
    """A column of a flattened table: the ``total`` row's cell, the answer ``parts``, their row ``labels``, the ``column`` (1-based)."""

    kind: str = "table"
    total: int = -1
    parts: list[int] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    column: int = 0


def find(rows: ClaimList, add) -> None:
    """The column groups of every flattened table of the text."""
    from ..tables import flattened_rows

    # a PDF's or Word file's table is given as cells: read as such (dangjian.engine.kinds.cells), or left alone where its
    # cells do not say what they are; its rows joined into text are not guessed at ("选项党员群众合计满意148 47 195": the
    # header's 合计 glued to the first row's label would make it a total row)
    spans = sorted(getattr(rows, "table_spans", ()))
    cells_at = {rows.positions[i]: i for i in range(len(rows)) if rows[i]["kind"] == "cell" and not _inside(spans, rows.positions[i][0])}
    if not cells_at:
        return
    table: list[tuple[str, list[int]]] = []
    tables = []
    last_end = None
    taken = rows.taken()
    for flat in rows.flat_rows if rows.flat_rows is not None else flattened_rows(rows.text):
        ids = [cells_at.get((s, e)) for s, e, _ in flat.cells]
        if any(i is None or i in taken for i in ids):
            continue
        if last_end is not None and flat.start > last_end + 1:
            tables.append(table)
            table = []
        table.append((flat.label, ids))
        last_end = flat.cells[-1][1]
    tables.append(table)
    for table in tables:
        _blocks(rows, table, add)


def _blocks(rows: ClaimList, table: list[tuple[str, list[int]]], add) -> None:
    width = len(table[0][1]) if table else 0
    if len(table) < 3 or any(len(ids) != width for _, ids in table):
        return
    integer = [all(whole(rows[i]["value"]) is not None and "." not in rows[i]["value"] for i in ids) for _, ids in table]
    total_row = next((k for k, (label, _) in enumerate(table) if integer[k] and _TOTAL_LABEL.search(label)), None)
    if total_row is None:
        return
    summary = "均值" in table[total_row][0] or "平均" in table[total_row][0]
    columns = width - 1 if summary else width
    blocks, block = [], []
    for k in range(total_row + 1, len(table)):
        label = table[k][0]
        if not integer[k] or _OWN_UNIT.search(label) or _TOTAL_LABEL.search(label):
            if len(block) >= 2:
                blocks.append(block)
            block = []
            continue
        block.append(k)
    if len(block) >= 2:
        blocks.append(block)
    for block in blocks:
        for col in range(columns):
            total = table[total_row][1][col]
            parts = [table[k][1][col] for k in block]
            g = TableGroup(start=rows.positions[parts[0]][0], end=rows.positions[parts[-1]][1], total=total, parts=parts,
                           labels=[_short_label(table[k][0]) for k in block], column=col + 1)
            # the total row's cell belongs to every column group of its block
            g.members += [total, *parts]
            add(g)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Is ``pos`` inside one of the (sorted) ``spans``?"""
    k = bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


@functools.lru_cache(maxsize=1024)
def _short_label(label: str) -> str:
    """The option of a row label with a merged group label before it ("述职报告真实情况不真实" -> "不真实")."""
    ends = [o for o in OPTION_WORDS if label.endswith(o)]
    return max(ends, key=len) if ends else label[-6:]


def judge(rows: ClaimList, g: TableGroup) -> list[Check]:
    check = answers_vs_forms([rows[j]["value"] for j in g.parts], rows[g.total]["value"])
    t, s, gap = check.issued, check.answered, check.gap
    facts = {"column": g.column, "labels": g.labels, "parts": [rows[j]["value"] for j in g.parts], "sum": s, "forms": t}
    ids = [g.total, *g.parts]
    if check.verdict == "consistent":
        return [make_check(rows, g, ids, "table_column_sum", "equal", "consistent", assumption="one answer per form", expected=str(s),
                           observed=str(t), **facts)]
    if check.verdict == "consistent_if":
        forms = f"{gap} form{'s' if gap != 1 else ''}"
        return [make_check(rows, g, ids, "table_column_sum", "short", "consistent_if", assumption=f"{forms} gave no answer here",
                           expected=str(s), observed=str(t), gap=gap, **facts)]
    return [make_check(rows, g, ids, "table_column_sum", "over", "inconsistent", assumption="one answer per form", expected=str(s),
                       observed=str(t), gap=-gap, **facts)]
