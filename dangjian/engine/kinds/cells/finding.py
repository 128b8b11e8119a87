"""The finder of the ``cells`` kind: one group per table of the document that the audit reads as cells, its blocks of
answer rows and their 合计."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from ...records import ClaimList, Group
from .structure import Layout

__all__ = ["CellTable", "CellsGroup", "find", "cell_value"]


@dataclass(eq=False)
class CellTable:
    """A table of a document as the audit reads it: its number in the document (from 1), the page it starts on, its
    :class:`Layout`, the claim of each judged cell (``(row, column) -> claim index``), the clean span of its judged
    cells, and the text right before it (its caption, where a question's form may be marked)."""

    number: int
    page: int | None
    layout: Layout
    claims: dict[tuple[int, int], int]
    start: int = 0
    end: int = 0
    caption: str = ""


@dataclass(eq=False)
class CellsGroup(Group):
    """A table read as cells: its ``blocks`` of answer rows (the layout's, or one where they are one partition cut in
    groups), their ``totals`` and ``titles``; ``bases`` holds what :func:`dangjian.engine.kinds.cells.bases.decide` chose for each paired share column of
    each block."""

    kind: str = "cells"
    table: CellTable | None = None
    bases: dict = field(default_factory=dict)
    blocks: tuple = ()
    totals: tuple = ()
    titles: tuple = ()


def find(rows: ClaimList, add) -> None:
    """One group per table of the document (``rows.cell_tables``, set by :func:`dangjian.engine.document_claims.table_claims`)."""
    for t in getattr(rows, "cell_tables", ()):
        g = CellsGroup(start=t.start, end=t.end, table=t)
        g.members = sorted(set(t.claims.values()))
        g.blocks, g.totals, g.titles = _partitions(rows, t)
        add(g)


def _partitions(rows: ClaimList, t: CellTable) -> tuple[tuple, tuple, tuple]:
    """The blocks of a table, its 合计 rows and titles; blocks under one 合计 whose counts together add up to it, and
    do not each, are one partition cut in groups (满意: 非常满意, 比较满意; 不满意: …), not several of it."""
    lay = t.layout
    blocks, totals, titles = lay.blocks, lay.totals, lay.titles
    if len(blocks) < 2 or len(set(totals)) != 1 or totals[0] is None:
        return blocks, totals, titles
    total = totals[0]
    for c in lay.columns:
        if c.role != "count" or (total, c.index) not in t.claims:
            continue
        cells = [[cell_value(rows, t, r, c.index) for r in b] for b in blocks]
        if any(v is None for b in cells for v in b):
            return blocks, totals, titles
        whole_total = Fraction(cell_value(rows, t, total, c.index))
        each = [sum(Fraction(v) for v in b) for b in cells]
        if sum(each) == whole_total and any(x != whole_total for x in each):
            return (tuple(r for b in blocks for r in b),), (total,), ("",)
        return blocks, totals, titles
    return blocks, totals, titles


def cell_value(rows: ClaimList, t: CellTable, r: int, j: int) -> str | None:
    """The value of the claim in row ``r``, column ``j`` of table ``t``, or ``None`` for a cell that is no claim."""
    i = t.claims.get((r, j))
    return None if i is None else rows[i]["value"]
