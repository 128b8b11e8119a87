"""``cells``: a table that a PDF or a Word file gives as cells, checked as a table.

A survey report's results are often a table: a row per answer, columns 人数
and 比例(%), a 合计 row; or a cross-tab (rows the answers, columns the groups,
a 合计 column).  Flattened into text its structure has to be guessed
(:mod:`dangjian.engine.kinds.table`); read from the document it is known.
:func:`dangjian.engine.document_claims.table_claims` makes each cell that these
checks judge one claim of kind ``cell`` (a number the text flow read in that
cell is that claim, not a second one), with its raw offsets, and leaves every
other cell to the text flow.

Layout (:func:`layout`)
    The header is the rows before the first that holds a number, the label
    columns those that hold none.  A column's role comes from its header, or
    where that names none, from the header rows above it or the corner: a
    count (人数, 频数, 户数, (人) …) of whole numbers; a share (比例, 百分比,
    占比, % …, or every cell printed with %) of at most 100; anything else
    (均值, 得分, 累计百分比, a rate such as 满意率, a year) is not judged, and
    neither is a column with a word among its numbers.  A share column is
    paired with the count column nearest before it under the same upper
    header.  The 合计 row and column (总计, 总数, 总体, Total …) are found by
    their labels; two label columns make blocks (性别: 男, 女; 年龄: …), each
    a partition of the one 合计.  A table with 小计, 其中, 缺失 or 平均 rows,
    a row with numbers and no label, or totals in no clear place is left to
    the text flow.

Base (:func:`decide`)
    Of a share printed with its count: the candidate that explains most of
    the column's shares (100 k / n printed to the share's decimals, rounded,
    else truncated), among the 合计 row's count of its column, the row's 合计
    or its groups' counts added up (the shares of a cross-tab's rows), the
    samples the text states before the table and the column's counts added
    up; it is *established* when it
    explains two shares of the column or more and most of them, or is the
    合计 whose share prints as 100.

Judge (:func:`judge`)
    ``percent_of`` each share with its count; ``cells_sum`` each column (and
    each row of a cross-tab with a 合计 column) against its 合计 cell, counts
    exactly and shares within rounding; ``shares_sum`` a share column with no
    合计 row; ``table_vs_sample`` the table's total against the sample the
    text states before it; ``grim_percent`` a share with no count, against
    that sample.  Nothing is accused unless the table itself fixes what the
    number must be: a share misses the base the column's other shares
    establish, the rows of a table whose shares make 100% and whose 合计 is
    100% do not add up to the 合计, or the rows of a single-choice table (a
    breakdown by one attribute, the answers of one scale, an answer and its
    negation, 单选) add up to more than it.

The kind is a package of four modules: :mod:`.structure` (what the cells
of a table are), :mod:`.finding` (the group and its finder), :mod:`.bases`
(:func:`decide`: the base and its evidence) and :mod:`.checks`
(:func:`judge`).

Examples
--------
>>> t = layout([["评价", "人数", "比例(%)"], ["较好", "202", "65.16"], ["一般", "61", "19.68"], ["较差", "47", "15.16"],
...             ["合计", "310", "100.00"]])
>>> [(c.header, c.role) for c in t.columns], t.pairs, t.blocks, t.totals
([('人数', 'count'), ('比例(%)', 'share')], {2: 1}, ((1, 2, 3),), (4,))
>>> layout([["选项", "党员", "群众"], ["满意", "40", "52"]]) is None  # no header names what the numbers are
True
"""

from __future__ import annotations

from .bases import decide
from .checks import judge
from .finding import CellsGroup, CellTable, find
from .structure import Column, Layout, layout, number_of

__all__ = ["Column", "Layout", "CellTable", "CellsGroup", "layout", "number_of", "find", "decide", "judge"]
