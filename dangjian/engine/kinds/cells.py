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

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from ..bases import Base, BaseIndex
from ..consistency import grim_fits, reround
from ..grouping import MULTI, SINGLE
from ..judging import make_check, misfit_hints
from ..records import ClaimList, Group
from ..results import Check
from ..shares import MODES, exact_share, printed_share, rounding_slack, scaled, share_fits, whole
from .form import attribute_of, exclusive_options
from .question import OPTION_WORDS

__all__ = ["Column", "Layout", "CellTable", "CellsGroup", "layout", "number_of", "find", "decide", "judge"]

#: A cell that is a number: digits (thousands with commas), decimals, a % sign; spaces around it.
_NUMBER = re.compile(r"\s*(?P<number>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(?P<percent>[%％])?\s*")
#: A cell with no number that a numeric column may hold: empty, or a dash for none.
_BLANK = re.compile(r"\s*(?:[-—–－/／]+)?\s*")
#: The label of a total row or column.
_TOTAL = re.compile(r"\s*(?:合\s*计|总\s*计|总\s*数|总\s*和|共\s*计|总\s*体|全\s*体|[Tt]otal|TOTAL|[Ss]um|SUM)\s*(?:[(（][^)）]{0,8}[)）])?\s*")
#: Rows that make the table no partition (subtotals, rows of which, SPSS's missing values, a mean row): left to the text flow.
_NOT_PARTITION = re.compile(r"小\s*计|其中|缺失|平均|均值|中位数|标准差")
#: Headers of what is not judged: means, scores, ranks, years, changes, cumulative shares, rates ("满意率(%)" is the rate of its row).
_OTHER_WORDS = re.compile(r"均值|平均|均分|得分|分值|评分|标准差|方差|中位数|排序|排名|名次|序号|编号|年份|指数|系数|增长|增幅|同比|环比|变化|差值|累计|累积|"
                          r"Mean|SD|(?<!百分)(?<![比频])率|比率")
_SHARE_WORDS = re.compile(r"比例|百分比|百分率|占比|比重|构成|份额|[%％]")
_COUNT_WORDS = re.compile(r"单位\s*[:：]\s*(?:人|户|份|个|名|次)|人数|人次|频数|频次|次数|户数|份数|个数|数量|计数|样本量|样本数|例数|票数"
                          r"|\A\s*[Nn]\s*\Z|[(（]\s*(?:人|户|份|个|名|次|票|例|家|所)\s*[)）]|\A\s*(?:人|户|份|个|名|次|票|例)\s*\Z")
#: SPSS's Chinese "频率" is a frequency (a count), elsewhere a relative frequency: a count only beside a share column.
_FREQUENCY = re.compile(r"频率")
_SCALE = frozenset(OPTION_WORDS)
_SPACE = re.compile(r"\s+")
#: The unit a caption prints for the whole table: "(单位:人)", "单位：%", "(人)", "(%)".
_UNIT = re.compile(r"单位\s*[:：]\s*(?:人|户|份|个|名|次|%|％)|[(（]\s*(?:人|户|份|个|名|次|%|％)\s*[)）]\s*$")


@dataclass(frozen=True)
class Number:
    """A number cell: ``value`` without thousands commas, ``printed`` as in the cell (with its % sign), ``percent``."""

    value: str
    printed: str
    percent: bool


def number_of(cell: str) -> Number | None:
    """The number a cell holds, or ``None``.

    >>> number_of(" 65.16% "), number_of("1,236"), number_of("202人") is None
    (Number(value='65.16', printed='65.16%', percent=True), Number(value='1236', printed='1,236', percent=False), True)
    """
    m = _NUMBER.fullmatch(cell)
    if m is None:
        return None
    return Number(m.group("number").replace(",", ""), m.group("number") + (m.group("percent") or ""), bool(m.group("percent")))


@dataclass(frozen=True)
class Column:
    """A data column: its index in the table, its ``header`` (the header rows' texts joined), its ``role`` (``"count"``,
    ``"share"`` or ``""``: not judged), its ``group`` (the header above its own, which pairs a share with its count) and
    whether it is the table's 合计 column."""

    index: int
    header: str
    role: str
    group: str
    total: bool = False


@dataclass(frozen=True)
class Layout:
    """What the cells of a table are (see the module's notes).

    ``columns`` are the data columns; ``pairs`` maps a share column's index to its count column's; ``blocks`` are the
    answer rows of each partition (indices into the table's rows) and ``totals`` the 合计 row of each (``None`` for
    none); ``labels`` the label of every row, ``titles`` the title of each block (its outer label, or ``""``);
    ``total_column`` the index of the 合计 column; ``header`` the text of the header rows.
    """

    columns: tuple[Column, ...]
    pairs: dict[int, int]
    blocks: tuple[tuple[int, ...], ...]
    totals: tuple[int | None, ...]
    labels: tuple[str, ...]
    titles: tuple[str, ...]
    total_column: int | None
    header: str
    numbers: tuple[tuple[Number | None, ...], ...] = field(repr=False, default=())

    def column(self, j: int) -> Column:
        return next(c for c in self.columns if c.index == j)

    def judged(self) -> list[tuple[int, int]]:
        """The ``(row, column)`` of every number cell that the checks judge, in the answer rows and the 合计 rows: a share
        column's, and a count column's where a 合计 row or column, or a share beside it, gives it a check."""
        rows = sorted({r for b in self.blocks for r in b} | {t for t in self.totals if t is not None})
        totals = any(t is not None for t in self.totals)
        columns = [c for c in self.columns if c.role == "share" or (c.role == "count" and (
            totals or c.index in self.pairs.values() or self.total_column is not None))]
        return [(r, c.index) for r in rows for c in columns if self.numbers[r][c.index] is not None]


def layout(cells: Sequence[Sequence[str]], caption: str = "") -> Layout | None:
    """The :class:`Layout` of a table's cells (rows of strings, ``""`` for an empty or merged cell), or ``None`` when the
    table is not one these checks read (see the module's notes).  ``caption`` is the text printed right before the
    table, whose unit ("(单位:人)", "(%)") names the role of the columns whose headers name none."""
    width = max((len(r) for r in cells), default=0)
    grid = [[str(c) for c in r] + [""] * (width - len(r)) for r in cells]
    numbers = [[number_of(c) for c in row] for row in grid]
    first = next((r for r, row in enumerate(numbers) if any(row)), None)
    if first is None or first == 0 or width < 2:
        return None
    body = range(first, len(grid))
    data = [j for j in range(width) if any(numbers[r][j] for r in body)]
    label_columns = [j for j in range(width) if j not in data and any(grid[r][j].strip() for r in body)]
    if not label_columns:
        return None
    header = _header(grid[:first], data, label_columns)
    corner = " ".join(grid[r][j].strip() for r in range(first) for j in label_columns if grid[r][j].strip())
    # the labels: an outer label cell left empty under a vertical merge (a PDF's) belongs to the rows below it
    nested = len(label_columns) > 1
    labels, titles_of = [], []
    carried = ""
    for r in body:
        own = [_SPACE.sub(" ", grid[r][j]).strip() for j in label_columns]
        if own[0]:
            carried = own[0]
        if nested:
            labels.append(" ".join(x for x in own[1:] if x) or own[0])
            titles_of.append(carried)
        else:
            labels.append(" ".join(x for x in own if x))
            titles_of.append("")
    all_labels = tuple([""] * first + labels)
    kinds = []
    for k, r in enumerate(body):
        label = labels[k]
        has_numbers = any(numbers[r][j] for j in data)
        if _NOT_PARTITION.search(" ".join(grid[r][j] for j in label_columns)):
            return None
        if not label:
            if has_numbers:
                return None  # numbers with no label: what they count is unknown
            kinds.append("empty")
        elif any(_TOTAL.fullmatch(grid[r][j]) for j in label_columns if grid[r][j].strip()):
            kinds.append("total")
        elif not has_numbers:
            kinds.append("section")
        else:
            kinds.append("answer")
    blocks, totals, titles = _blocks(list(body), kinds, labels, titles_of, nested)
    if blocks is None:
        return None
    unit = _UNIT.search(caption.strip())
    columns = _columns(grid, numbers, header, f"{corner} {unit.group(0)}" if unit else corner, data, body)
    # a judged column left of a label column (a 序号 column before the labels is not judged, and may stand there)
    if not any(c.role for c in columns) or any(c.role and c.index < max(label_columns) for c in columns):
        return None
    pairs = _pairs(columns)
    total_column = next((c.index for c in columns if c.total), None)
    words = " ".join(x for x in [corner, *(w for pair in header.values() for w in pair)] if x)
    return Layout(tuple(columns), pairs, blocks, totals, all_labels, titles, total_column, words, tuple(tuple(row) for row in numbers))


def _header(rows: list[list[str]], data: list[int], label_columns: list[int]) -> dict[int, tuple[str, str]]:
    """``column -> (leaf, upper)``: a data column's own header (the lowest non-empty header cell) and the header rows
    above it, a merged cell's text carried to the columns it spans (a PDF leaves them empty, a Word file too)."""
    filled = [list(row) for row in rows]
    for row in filled[:-1]:  # the upper rows: a cell left empty right of a filled one is part of its merged cell
        for j in data:
            if not row[j].strip() and j - 1 in data and row[j - 1].strip():
                row[j] = row[j - 1]
    out = {}
    for j in data:
        texts = [row[j].strip() for row in filled]
        leaf_at = max((k for k, t in enumerate(texts) if t), default=None)
        leaf = texts[leaf_at] if leaf_at is not None else ""
        upper = " ".join(t for t in texts[:leaf_at] if t) if leaf_at is not None else ""
        out[j] = (leaf, upper)
    return out


def _blocks(body: list[int], kinds: list[str], labels: list[str], titles_of: list[str], nested: bool):
    """The answer rows of each partition, the 合计 row of each, and each one's title (a section row's label, or the
    outer label of nested labels); ``(None, None, None)`` when the totals stand in no clear place."""
    blocks: list[list[int]] = []
    titles: list[str] = []
    current: list[int] = []
    title = ""
    section = ""
    ends: list[int] = []  # where each block ends, in kinds' positions
    for k, (r, kind) in enumerate(zip(body, kinds)):
        if kind == "answer":
            if current and nested and titles_of[k] != title:
                blocks.append(current)
                titles.append(title)
                ends.append(k)
                current = []
            if not current:
                title = titles_of[k] if nested else section
            current.append(r)
            continue
        if current:
            blocks.append(current)
            titles.append(title)
            ends.append(k)
            current = []
        section = labels[k] if kind == "section" else ""
    if current:
        blocks.append(current)
        titles.append(title)
        ends.append(len(kinds))
    total_rows = [(k, r) for k, (r, kind) in enumerate(zip(body, kinds)) if kind == "total"]
    answers = [k for k, kind in enumerate(kinds) if kind == "answer"]
    if not blocks:
        return None, None, None
    if not total_rows:
        totals = [None] * len(blocks)
    elif len(total_rows) == 1 and (total_rows[0][0] > answers[-1] or total_rows[0][0] < answers[0]):
        totals = [total_rows[0][1]] * len(blocks)  # one 合计 of the whole table: every block is a partition of it
    elif len(total_rows) == len(blocks) and all(k == end for (k, _), end in zip(total_rows, ends)):
        totals = [r for _, r in total_rows]  # each block followed by its own 合计
    else:
        return None, None, None
    return tuple(tuple(b) for b in blocks), tuple(totals), tuple(titles)


def _role(texts: Sequence[str], cells: list[Number], share_beside: bool) -> str:
    """A column's role from the first of ``texts`` (its own header, the header above, the corner) that names one."""
    if not cells:
        return ""
    for text in texts:
        if _OTHER_WORDS.search(text):
            return ""
        if _SHARE_WORDS.search(text):
            return "share" if all(Decimal(c.value) <= 100 for c in cells) else ""
        if _COUNT_WORDS.search(text) or (_FREQUENCY.search(text) and share_beside):
            return "count" if all(not c.percent and whole(c.value) is not None for c in cells) else ""
    if all(c.percent for c in cells) and all(Decimal(c.value) <= 100 for c in cells):
        return "share"
    return ""


def _columns(grid, numbers, header: dict[int, tuple[str, str]], corner: str, data: list[int], body: range) -> list[Column]:
    out = []
    worded = {j for j in data if _SHARE_WORDS.search(" ".join(header[j]))}
    if _SHARE_WORDS.search(corner) and _COUNT_WORDS.search(corner):
        corner = ""  # "人数/比例" over the labels names both roles: it decides none
    for j in data:
        leaf, upper = header[j]
        cells = [numbers[r][j] for r in body if numbers[r][j] is not None]
        words = any(not numbers[r][j] and not _BLANK.fullmatch(grid[r][j]) for r in body)
        role = "" if words else _role([leaf, upper, corner], cells, bool(worded - {j}))
        total = bool(_TOTAL.fullmatch(leaf) or (upper and _TOTAL.fullmatch(upper)))
        group = upper if upper else ("" if role and (_SHARE_WORDS.search(leaf) or _COUNT_WORDS.search(leaf)) else leaf)
        out.append(Column(j, " ".join(x for x in (upper, leaf) if x), role, group, total))
    return out


def _pairs(columns: list[Column]) -> dict[int, int]:
    """Each share column's count column: the nearest before it under the same upper header, else the nearest after."""
    out = {}
    for c in columns:
        if c.role != "share":
            continue
        same = [d for d in columns if d.role == "count" and d.group == c.group and d.total == c.total]
        before = [d for d in same if d.index < c.index]
        after = [d for d in same if d.index > c.index]
        if before:
            out[c.index] = before[-1].index
        elif after:
            out[c.index] = after[0].index
    return out


# --- the table as a group ----------------------------------------------------------------------------------------------


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
    groups), their ``totals`` and ``titles``; ``bases`` holds what :func:`decide` chose for each paired share column of
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
        cells = [[_value(rows, t, r, c.index) for r in b] for b in blocks]
        if any(v is None for b in cells for v in b):
            return blocks, totals, titles
        whole_total = Fraction(_value(rows, t, total, c.index))
        each = [sum(Fraction(v) for v in b) for b in cells]
        if sum(each) == whole_total and any(x != whole_total for x in each):
            return (tuple(r for b in blocks for r in b),), (total,), ("",)
        return blocks, totals, titles
    return blocks, totals, titles


@dataclass(frozen=True)
class _Choice:
    """The base of a share column of a block: ``base`` (or ``None`` for the row's 合计, per row), the rounding ``mode``,
    the shares it explains, whether it is established, and each row's base."""

    base: Base | None
    mode: str
    explained: frozenset[int]
    established: bool
    n_of: dict


def _value(rows: ClaimList, t: CellTable, r: int, j: int) -> str | None:
    i = t.claims.get((r, j))
    return None if i is None else rows[i]["value"]


def decide(rows: ClaimList, g: CellsGroup) -> None:
    """The base of each share column of each block that has counts beside it, written into its claims."""
    t, lay = g.table, g.table.layout
    index = BaseIndex.of(rows)
    samples = index.samples_before(t.start) if rows.samples else []
    for b, block in enumerate(g.blocks):
        total = g.totals[b]
        for s, c in lay.pairs.items():
            pairs = [(r, whole(_value(rows, t, r, c))) for r in block if (r, s) in t.claims and (r, c) in t.claims]
            pairs = [(r, k) for r, k in pairs if k is not None]
            if not pairs:
                continue
            header = lay.column(c).header
            candidates: list[tuple[Base | None, dict]] = []
            if total is not None and (total, c) in t.claims and whole(_value(rows, t, total, c)):
                n = whole(_value(rows, t, total, c))
                candidates.append((Base(n, "stated", f"the {lay.labels[total].strip()} row of “{header}” in table {t.number}"), {}))
            # a cross-tab's shares of its rows: of the row's 合计, or of its groups' counts added up where it prints none
            if not lay.column(s).total:
                totals = [d.index for d in lay.columns if d.total and d.role == "count"]
                groups = [d.index for d in lay.columns if not d.total and d.role == "count"]
                n_of = {}
                if totals:
                    n_of = {r: whole(_value(rows, t, r, totals[0]) or "0") for r, _ in pairs}
                elif len(groups) >= 2:
                    n_of = {r: sum(whole(_value(rows, t, r, j) or "0") or 0 for j in groups) for r, _ in pairs}
                if n_of and all(n_of.values()):
                    candidates.append((None, n_of))
            seen = {base.n for base, _ in candidates if base is not None}
            for smp in samples:
                if smp.n not in seen:
                    candidates.append((Base(smp.n, smp.kind, smp.text), {}))
                    seen.add(smp.n)
            # the column's own counts added up (after the samples: a sample of that size is the better evidence)
            counts_sum = sum(whole(_value(rows, t, r, c) or "0") or 0 for r in block if (r, c) in t.claims)
            if counts_sum and counts_sum not in seen:
                candidates.append((Base(counts_sum, "item", f"the counts of “{header}” add up to {counts_sum}"), {}))
            best = None
            for rank_mode, (mode, _) in enumerate(MODES):
                for rank, (base, n_of) in enumerate(candidates):
                    ns = n_of or {r: base.n for r, _ in pairs}
                    fits = frozenset(r for r, k in pairs if k <= ns[r] and share_fits(k, ns[r], _value(rows, t, r, s), mode))
                    key = (len(fits), -rank_mode, -rank)
                    if best is None or key > best[0]:
                        best = (key, base, n_of, mode, fits, ns)
            if best is None or not best[4]:
                continue
            _, base, n_of, mode, fits, ns = best
            hundred = (total is not None and base is not None and base.kind == "stated" and _value(rows, t, total, s) is not None
                       and Decimal(_value(rows, t, total, s)) == 100)
            # two fits or more, and most of the column's shares: a few shares of a column may fit a wrong base by chance
            established = hundred or (len(fits) >= 2 and 2 * len(fits) > len(pairs))
            g.bases[(b, s)] = _Choice(base, mode, fits, established, ns)
            for r, _ in pairs:
                evidence = base.describe() if base is not None else f"stated: the {lay.labels[r].strip()} row's 合计 in table {t.number}"
                for j in (c, s):
                    i = t.claims[(r, j)]
                    rows[i]["base"], rows[i]["base_evidence"] = ns[r], evidence


# --- judging -------------------------------------------------------------------------------------------------------------


def judge(rows: ClaimList, g: CellsGroup) -> list[Check]:
    """The checks of one table (see the module's notes)."""
    t, lay = g.table, g.table.layout
    out: list[Check] = []
    form = _form(lay, t.caption)
    for b, block in enumerate(g.blocks):
        labels = [lay.labels[r].strip() for r in block]
        single = None if form == "multi" else (form or _single(labels))
        whole_shares = {}
        for col in lay.columns:
            if col.role != "share":
                continue
            values = [_value(rows, t, r, col.index) for r in block]
            if None not in values and len(values) >= 2:
                total = sum(Fraction(v) for v in values)
                whole_shares[col.index] = abs(total - 100) <= rounding_slack(values)
        shares: list[Check] = []
        for s, c in lay.pairs.items():
            shares += _shares_of_counts(rows, g, b, block, s, c)
        for col in lay.columns:
            if col.role == "share" and col.index not in lay.pairs:
                shares += _bare_shares(rows, g, block, col)
        for col in lay.columns:
            if col.role:
                out += _column_sum(rows, g, b, block, col, single, form == "multi", whole_shares, shares)
        out += shares
    out += _row_sums(rows, g)
    out += _against_sample(rows, g, form)
    return out


def _form(lay: Layout, caption: str) -> dict | str | None:
    """``"multi"`` when the table's caption or header marks a multi-select question, the phrase of 单选 when they mark a
    single-choice one, else ``None`` (the labels may still show it: :func:`_single`)."""
    words = caption + " " + lay.header
    if MULTI.search(words):
        return "multi"
    if SINGLE.search(words):
        return {"key": "form_marked"}
    return None


def _single(labels: list[str]) -> dict | None:
    """Why the rows of a block are evidently the answers of one single-choice question (a phrase), or ``None``."""
    if len(labels) < 2:
        return None
    kinds = {attribute_of(label) for label in labels}
    if len(kinds) == 1 and "" not in kinds:
        return {"key": "form_breakdown", "attribute": next(iter(kinds))}
    if all(label in _SCALE for label in labels):
        return {"key": "form_scale", "labels": labels}
    if len(labels) <= 5:
        return exclusive_options("、".join(labels))
    return None


def _shown(total: Fraction, values: list[str]) -> str:
    """A sum of printed numbers, to the most decimals among them."""
    d = max(scaled(v)[1] for v in values)
    return reround(total, d, rounding="up")[0] if d else str(int(total))


def _column_sum(rows: ClaimList, g: CellsGroup, b: int, block: tuple[int, ...], col: Column, single: dict | None, multi: bool,
                whole_shares: dict[int, bool], checks: list[Check]) -> list[Check]:
    """A column of a block against its 合计 cell; a share column with no 合计 against 100%."""
    t, lay = g.table, g.table.layout
    parts = [(r, t.claims.get((r, col.index))) for r in block]
    if any(i is None for _, i in parts) or len(parts) < 2:
        return []
    ids = [i for _, i in parts]
    values = [rows[i]["value"] for i in ids]
    total_row = g.totals[b]
    line = " · ".join(x for x in (g.titles[b], col.header) if x)
    s = sum(Fraction(v) for v in values)
    if total_row is None or (total_row, col.index) not in t.claims:
        if col.role != "share":
            return []
        return _shares_sum(rows, g, ids, values, multi, checks, single if _distribution(rows, g, b, col) else None)
    if col.role == "share" and lay.total_column is not None and not whole_shares.get(col.index):
        return []  # a cross-tab's shares may be those of its rows: only a column whose shares make a whole is summed
    k = t.claims[(total_row, col.index)]
    total = Fraction(rows[k]["value"])
    slack = rounding_slack([*values, rows[k]["value"]]) if col.role == "share" else Fraction(0)
    facts = {"line": line, "parts": [rows[i]["reported"] for i in ids], "sum": _shown(s, values), "total": rows[k]["reported"],
             "total_label": lay.labels[total_row].strip(), "total_in": "row"}
    expected, observed = facts["sum"], rows[k]["reported"]
    claims = [k, *ids]
    if s == total:
        return [make_check(rows, g, claims, "cells_sum", "equal", "consistent", assumption="the 合计 row adds up the rows above it",
                           expected=expected, observed=observed, **facts)]
    if abs(s - total) <= slack:
        return [make_check(rows, g, claims, "cells_sum", "within_rounding", "consistent", assumption="the 合计 row adds up the rows above it",
                           expected=expected, observed=observed, slack=f"{float(slack):g}", **facts)]
    gap = _shown(abs(s - total), values + [rows[k]["value"]])
    # the rows are the whole when the table prints its shares adding up to 100% and its 合计 as 100%: then they add up to it
    share = next((sc for sc, cc in lay.pairs.items() if cc == col.index), None)
    total_share = _value(rows, t, total_row, share) if share is not None else None
    if col.role == "count" and share is not None and whole_shares.get(share) and total_share is not None and Decimal(total_share) == 100:
        shares = [_value(rows, t, r, share) for r in block]
        return [make_check(rows, g, claims, "cells_sum", "mismatch_whole", "inconsistent",
                           assumption="the rows are every answer: their shares add up to 100%, as the 合计 row's does",
                           expected=expected, observed=observed, gap=gap, shares_sum=_shown(sum(Fraction(v) for v in shares), shares),
                           total_share=rows[t.claims[(total_row, share)]]["reported"], **facts)]
    if s > total:
        if multi:
            return [make_check(rows, g, claims, "cells_sum", "multi_select", "consistent", assumption="a multi-select question (marked 多选)",
                               expected=expected, observed=observed, **facts)]
        distribution = col.role == "count" or _distribution(rows, g, b, col)
        if single and distribution:
            return [make_check(rows, g, claims, "cells_sum", "over", "inconsistent", assumption=f"one answer per respondent: {_words(single)}",
                               expected=expected, observed=observed, gap=gap, why=single, **facts)]
        return [make_check(rows, g, claims, "cells_sum", "over_if_several", "consistent_if", assumption="several answers per respondent",
                           expected=expected, observed=observed, gap=gap, **facts)]
    return [make_check(rows, g, claims, "cells_sum", "short_if", "consistent_if",
                       assumption="some gave no answer, or an answer is not printed as a row", expected=expected, observed=observed, gap=gap, **facts)]


def _words(phrase: dict) -> str:
    from ..explain import render_phrase

    return render_phrase(phrase)


def _distribution(rows: ClaimList, g: CellsGroup, b: int, col: Column) -> bool:
    """Are a share column's cells parts of one whole (the 合计 prints 100, or its counts' base is established)?"""
    t = g.table
    total_row = g.totals[b]
    if total_row is not None and _value(rows, t, total_row, col.index) is not None and Decimal(_value(rows, t, total_row, col.index)) == 100:
        return True
    choice = g.bases.get((b, col.index))
    return bool(choice and choice.established and choice.base is not None)


def _shares_sum(rows: ClaimList, g: CellsGroup, ids: list[int], values: list[str], multi: bool, checks: list[Check],
                single: dict | None) -> list[Check]:
    """A share column with no 合计 row: its shares against 100% (a column of a cross-tab only where the shares of each
    column make a whole: they may be the shares of its rows).  More than 100% is inconsistent only for the shares of one
    whole (``single``: why its rows answer one single-choice question, given only when the column's counts establish
    its base; a column of rates, one per row, may add up to anything)."""
    lay = g.table.layout
    total = sum(Fraction(v) for v in values)
    slack = rounding_slack(values)
    if lay.total_column is not None and abs(total - 100) > slack:
        return []
    facts = {"shares": values, "sum": float(total), "slack": float(slack)}
    shown = f"{float(total):g}%"
    if multi:
        return [make_check(rows, g, ids, "shares_sum", "multi_select", "consistent", assumption="a multi-select question (marked 多选)",
                           expected="any total", observed=shown, **facts)]
    if total <= 100 + slack:
        near = total >= 100 - slack
        return [make_check(rows, g, ids, "shares_sum", "near_hundred" if near else "below_hundred", "consistent",
                           assumption="the column's shares are parts of one question", expected="<= 100%", observed=shown, **facts)]
    # the shares already found wrong carry the excess, as a question's do (dangjian.engine.kinds.question)
    culprits = [i for i in ids if any(c.claims == (rows[i]["claim_id"],) and c.verdict == "inconsistent" for c in checks)]
    if single:
        blame = {"key": "culprits", "shares": [rows[i]["reported"] for i in culprits], "count": len(culprits)} if culprits else {"key": "unknown_culprit"}
        return [make_check(rows, g, culprits or ids, "shares_sum", "over_single", "inconsistent", assumption=f"a single-select question: {_words(single)}",
                           expected=f"100% ± {float(slack):g}", observed=shown, blame=blame, **facts)]
    return [make_check(rows, g, culprits or ids, "shares_sum", "over_if_several", "consistent_if", assumption="several answers per respondent, or several questions",
                       expected="<= 100%", observed=shown, **facts)]


def _shares_of_counts(rows: ClaimList, g: CellsGroup, b: int, block: tuple[int, ...], s: int, c: int) -> list[Check]:
    """Each share of column ``s`` against its count in column ``c`` and the base :func:`decide` chose."""
    t = g.table
    choice = g.bases.get((b, s))
    if choice is None:
        return []
    out = []
    for r in block:
        if (r, s) not in t.claims or (r, c) not in t.claims:
            continue
        i, j = t.claims[(r, s)], t.claims[(r, c)]
        k = whole(rows[j]["value"])
        if k is None:
            continue
        n = choice.n_of[r]
        value, reported = rows[i]["value"], rows[i]["reported"]
        base = choice.base
        describe = base.describe() if base is not None else f"stated: the {t.layout.labels[r].strip()} row's 合计 in table {t.number}"
        _, d = scaled(value)
        expected = printed_share(k, n, d)
        facts = {"k": k, "n": n, "exact": exact_share(k, n), "printed": expected, "reported": reported, "count_id": rows[j]["claim_id"]}
        assumption = f"n = {n} ({describe})"
        if k <= n and g.totals[b] is None:
            # a count with no 合计 row to add up to: within its share's base (a count above it is left to its share's check)
            out.append(make_check(rows, g, [j], "part_of_base", "within", "consistent", assumption=assumption, expected=f"<= {n}",
                                  observed=rows[j]["value"], count=rows[j]["value"], n=n))
        if r in choice.explained:
            verdict = "consistent"
            if choice.mode == "trunc":
                assumption, verdict = f"{assumption}; the shares were truncated, not rounded", "consistent_if"
            elif base is not None and base.kind == "item" and g.totals[b] is not None:
                assumption, verdict = f"{assumption}, not the 合计 row", "consistent_if"
            out.append(make_check(rows, g, [i], "percent_of", "fit", verdict, assumption=assumption, expected=f"{printed_share(k, n, d, choice.mode)}%",
                                  observed=reported, mode=choice.mode, **{**facts, "printed": printed_share(k, n, d, choice.mode)}))
            continue
        other = "up_or_down" if choice.mode == "trunc" else "trunc"
        if k <= n and share_fits(k, n, value, other):
            printed = printed_share(k, n, d, other)
            out.append(make_check(rows, g, [i], "percent_of", "fit", "consistent_if", assumption=f"{assumption}; this share {'truncated' if other == 'trunc' else 'rounded'} "
                                  f"where the column's others are {'rounded' if other == 'trunc' else 'truncated'}", expected=f"{printed}%", observed=reported,
                                  mode=other, **{**facts, "printed": printed}))
            continue
        if not choice.established:
            out.append(make_check(rows, g, [i], "percent_of", "misfit_unsettled", "consistent_if", assumption="the share has another base",
                                  expected=f"{expected}%", observed=reported, base=describe, **facts))
            continue
        rest = len(choice.explained)
        context = {"key": "others_fit_one", "n": n} if rest == 1 else {"key": "others_fit_many", "rest": rest, "n": n} if rest else {"key": "base_is", "base": describe}
        out.append(make_check(rows, g, [i], "percent_of", "misfit", "inconsistent", assumption=assumption, expected=f"{expected}%", observed=reported,
                              context=context, hints=misfit_hints(rows, k, n, value), **facts))
    return out


def _bare_shares(rows: ClaimList, g: CellsGroup, block: tuple[int, ...], col: Column) -> list[Check]:
    """Shares with no count beside them: each against the sample the text states before the table, if it states one."""
    t = g.table
    samples = BaseIndex.of(rows).samples_before(t.start) if rows.samples else []
    if not samples:
        return []
    smp = samples[0]
    base = Base(smp.n, smp.kind, smp.text)
    n = smp.n
    step = reround(Fraction(100, n), 3, rounding="up")[0]
    out = []
    for r in block:
        i = t.claims.get((r, col.index))
        if i is None or Decimal(rows[i]["value"]) > 100:
            continue
        facts = {"reported": rows[i]["reported"], "n": n, "step": step}
        if grim_fits(rows[i]["value"], n):
            out.append(make_check(rows, g, [i], "grim_percent", "fit_if_sample", "consistent_if",
                                  assumption=f"the base is the report's sample of {n} ({base.describe()}), not stated for the table",
                                  expected=f"a count 0..{n}", observed="possible", **facts))
        else:
            out.append(make_check(rows, g, [i], "grim_percent", "misfit_other_base", "consistent_if",
                                  assumption=f"the share has its own base, not {n} ({base.describe()})", expected=f"a count 0..{n}",
                                  observed="impossible with the inferred base", base=base.describe(), hints=misfit_hints(rows, None, n, rows[i]["value"]),
                                  **facts))
    return out


def _row_sums(rows: ClaimList, g: CellsGroup) -> list[Check]:
    """Each row of a cross-tab against its 合计 column: the count columns of the other groups added up."""
    t, lay = g.table, g.table.layout
    if lay.total_column is None or lay.column(lay.total_column).role != "count":
        return []
    parts_columns = [c for c in lay.columns if c.role == "count" and not c.total]
    if len(parts_columns) < 2 or any(_NOT_PARTITION.search(c.header) for c in lay.columns):
        return []  # "其中女党员" is part of another column, not a group beside it
    groups = [c.group or c.header for c in parts_columns]
    kinds = {attribute_of(x) for x in groups}
    single = {"key": "form_breakdown", "attribute": next(iter(kinds))} if len(kinds) == 1 and "" not in kinds else None
    out = []
    rows_of = sorted({r for b in g.blocks for r in b} | {x for x in g.totals if x is not None})
    for r in rows_of:
        ids = [t.claims.get((r, c.index)) for c in parts_columns]
        k = t.claims.get((r, lay.total_column))
        if k is None or any(i is None for i in ids):
            continue
        values = [rows[i]["value"] for i in ids]
        s = sum(Fraction(v) for v in values)
        total = Fraction(rows[k]["value"])
        facts = {"line": lay.labels[r].strip(), "parts": [rows[i]["reported"] for i in ids], "sum": _shown(s, values), "total": rows[k]["reported"],
                 "total_label": lay.column(lay.total_column).header, "total_in": "column"}
        claims = [*ids, k]
        expected, observed = facts["sum"], rows[k]["reported"]
        if s == total:
            out.append(make_check(rows, g, claims, "cells_sum", "equal", "consistent", assumption="the 合计 column adds up the columns before it",
                                  expected=expected, observed=observed, **facts))
            continue
        gap = _shown(abs(s - total), [*values, rows[k]["value"]])
        if s > total and single:
            out.append(make_check(rows, g, claims, "cells_sum", "over", "inconsistent", assumption=f"each respondent in one column: {_words(single)}",
                                  expected=expected, observed=observed, gap=gap, why=single, **facts))
        elif s > total:
            out.append(make_check(rows, g, claims, "cells_sum", "over_if_several", "consistent_if", assumption="a respondent may be in several columns",
                                  expected=expected, observed=observed, gap=gap, **facts))
        else:
            out.append(make_check(rows, g, claims, "cells_sum", "short_if", "consistent_if", assumption="some respondents are in no column printed",
                                  expected=expected, observed=observed, gap=gap, **facts))
    return out


def _against_sample(rows: ClaimList, g: CellsGroup, form) -> list[Check]:
    """The table's total (its 合计 row's count, or the 合计 column's) against the sample the text states before the table."""
    t, lay = g.table, g.table.layout
    if not rows.samples:
        return []
    total_row = g.totals[0] if g.totals else None
    if total_row is None:
        return []
    counts = [c for c in lay.columns if c.role == "count"]
    column = next((c for c in counts if c.total), None) or next(iter(counts), None)
    if column is None or (total_row, column.index) not in t.claims:
        return []
    k = t.claims[(total_row, column.index)]
    total = whole(rows[k]["value"])
    samples = BaseIndex.of(rows).samples_before(t.start)
    if total is None or not samples:
        return []
    # the likeliest sample, or one of the same size that is no count of questionnaires issued (the valid ones are fewer)
    smp = next((x for x in samples if x.n == total and x.kind != "issued"), samples[0])
    line = f"{lay.labels[total_row].strip()} · {column.header}"
    facts = {"total": rows[k]["reported"], "line": line, "n": smp.n, "sample": smp.text}
    if smp.n == total:
        return [make_check(rows, g, [k], "table_vs_sample", "equal", "consistent", assumption="the table is of the survey's sample",
                           expected=str(smp.n), observed=rows[k]["reported"], **facts)]
    gap = abs(total - smp.n)
    if total < smp.n:
        return [make_check(rows, g, [k], "table_vs_sample", "fewer", "consistent_if",
                           assumption=f"{gap} of the {smp.n} gave no answer, or the table is of a sub-group",
                           expected=str(smp.n), observed=rows[k]["reported"], gap=gap, **facts)]
    return [make_check(rows, g, [k], "table_vs_sample", "more", "consistent_if",
                       assumption="the table counts answers (several per respondent), or people outside that sample",
                       expected=str(smp.n), observed=rows[k]["reported"], gap=gap, **facts)]
