"""What the cells of a table are (:func:`layout`): its header, label and data columns, each column's role (a count, a
share, or not judged), the pairs of a share column and its count column, the blocks of answer rows and their 合计.

See the notes of :mod:`dangjian.engine.kinds.cells` for the rules.

Examples
--------
>>> t = layout([["评价", "人数", "比例(%)"], ["较好", "202", "65.16"], ["一般", "61", "19.68"], ["较差", "47", "15.16"],
...             ["合计", "310", "100.00"]])
>>> [(c.header, c.role) for c in t.columns], t.pairs, t.blocks, t.totals
([('人数', 'count'), ('比例(%)', 'share')], {2: 1}, ((1, 2, 3),), (4,))
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from ...shares import whole

__all__ = ["Number", "Column", "Layout", "layout", "number_of", "NOT_PARTITION"]


#: A cell that is a number: digits (thousands with commas), decimals, a % sign; spaces around it.
_NUMBER = re.compile(r"\s*(?P<number>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(?P<percent>[%％])?\s*")
#: A cell with no number that a numeric column may hold: empty, or a dash for none.
_BLANK = re.compile(r"\s*(?:[-—–－/／]+)?\s*")
#: The label of a total row or column.
_TOTAL = re.compile(r"\s*(?:合\s*计|总\s*计|总\s*数|总\s*和|共\s*计|总\s*体|全\s*体|[Tt]otal|TOTAL|[Ss]um|SUM)\s*(?:[(（][^)）]{0,8}[)）])?\s*")
#: Rows that make the table no partition (subtotals, rows of which, SPSS's missing values, a mean row): left to the text flow.
NOT_PARTITION = re.compile(r"小\s*计|其中|缺失|平均|均值|中位数|标准差")
#: Headers of what is not judged: means, scores, ranks, years, changes, cumulative shares, rates ("满意率(%)" is the rate of its row).
_OTHER_WORDS = re.compile(r"均值|平均|均分|得分|分值|评分|标准差|方差|中位数|排序|排名|名次|序号|编号|年份|指数|系数|增长|增幅|同比|环比|变化|差值|累计|累积|"
                          r"Mean|SD|(?<!百分)(?<![比频])率|比率")
_SHARE_WORDS = re.compile(r"比例|百分比|百分率|占比|比重|构成|份额|[%％]")
_COUNT_WORDS = re.compile(r"单位\s*[:：]\s*(?:人|户|份|个|名|次)|人数|人次|频数|频次|次数|户数|份数|个数|数量|计数|样本量|样本数|例数|票数"
                          r"|\A\s*[Nn]\s*\Z|[(（]\s*(?:人|户|份|个|名|次|票|例|家|所)\s*[)）]|\A\s*(?:人|户|份|个|名|次|票|例)\s*\Z")
#: SPSS's Chinese "频率" is a frequency (a count), elsewhere a relative frequency: a count only beside a share column.
_FREQUENCY = re.compile(r"频率")
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
        if NOT_PARTITION.search(" ".join(grid[r][j] for j in label_columns)):
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
