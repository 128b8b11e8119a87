"""``spss_groups``: SPSS's group statistics table (组统计量), flattened into text.

SPSS prints each group's N, mean, SD and the standard error of its mean: "班级 N 均值 标准差 均值的标准误 … 对照班 47 72.89
10.216 1.490".  The standard error is the SD over √N, whatever the data.

Reader (:func:`group_statistics`, also used by :mod:`dangjian.engine.table_numbers`: each number a claim of kind ``cell``)
    the header N · 均值 · 标准差 · 均值的标准误 (or 平均值 · 标准偏差 · 标准误差平均值), then rows of a label, N, the mean, the SD and
    the standard error, up to the first stretch that is no such row.

Its descriptive statistics table (描述统计量: N 极小值 极大值 均值 标准差) is read the same way (:func:`descriptives`).

Judge
    ``se_of_mean``: the standard error against SD / √N over the rounding of the SD, to the standard error's printed
    decimals; ``inconsistent`` outside it.  Where the text states that the data are whole numbers ("成绩为整数"), each
    row's mean and SD are tested with GRIM and GRIMMER over its N (``grimmer``), within the row's minimum and maximum
    where the descriptive table prints them.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field

from ..judging import make_check
from ..records import ClaimList, Group
from ..results import Check
from ..shares import half_unit

__all__ = ["GroupStatistics", "SpssGroupsGroup", "group_statistics", "descriptives", "range_tables", "find", "judge"]

_HEAD = re.compile(r"N\s*(?:均值|平均值)\s*(?:标准差|标准偏差)\s*(?:均值的标准误|标准误差平均值|均值标准误|标准误)")
_ROW = re.compile(r"\s*(?P<label>[\u4e00-\u9fffA-Za-z]{1,10}?)\s*(?P<n>\d{1,6})\s+(?P<m>-?\d*\.\d+)\s+(?P<sd>\d*\.\d+)\s+(?P<se>\d*\.\d+)(?![\d.])")


@dataclass(frozen=True)
class GroupStatistics:
    """The rows as ``(label, n, mean, sd, se)`` (a descriptive table's as ``(label, n, min, max, mean, sd)``, ``columns``
    naming them), each number ``(start, end, printed)``."""

    rows: tuple
    start: int
    end: int
    columns: tuple = ("n", "m", "sd", "se")


#: A descriptive statistics table's header and rows: "N 极小值 极大值 均值 标准差 / 前测成绩 48 52 94 73.42 9.875".
_DESC_HEAD = re.compile(r"N\s*(?:极小值|最小值)\s*(?:极大值|最大值)\s*(?:均值|平均值)\s*(?:标准差|标准偏差)")
_DESC_ROW = re.compile(r"\s*(?P<label>[\u4e00-\u9fffA-Za-z]{1,12}?)\s*(?P<n>\d{1,6})\s+(?P<lo>-?\d+(?:\.\d+)?)\s+(?P<hi>-?\d+(?:\.\d+)?)"
                       r"\s+(?P<m>-?\d*\.\d+)\s+(?P<sd>\d*\.\d+)(?![\d.])")
#: The text says the data are whole numbers: "成绩为整数", "得分均为整数", "按整数计分".
_WHOLE_DATA = re.compile(r"(?:成绩|得分|分数|评分|总分|数据)(?:均|都|皆|一律)?(?:为|是|取)整数|(?:按|以)整数(?:计分|记分|计)")


#: A table of descriptive statistics with each row's minimum and maximum, its columns in any order:
#: "维度 题项数 最小值 最大值 均值 标准差", "变量 均值 标准差 最小值 最大值".
_RANGE_COLUMN = {"N": "n", "n": "n", "题项数": "items", "项数": "items", "均值": "m", "平均值": "m", "平均数": "m", "标准差": "sd", "标准偏差": "sd",
                 "最小值": "lo", "极小值": "lo", "最大值": "hi", "极大值": "hi"}
_RANGE_HEAD = re.compile(r"(?:(?:" + "|".join(sorted(_RANGE_COLUMN, key=len, reverse=True)) + r")\s*){4,6}")
_NUM = r"(-?\d+(?:\.\d+)?)"
#: The n of the table's caption: "表1 变量描述统计(N=826)".
_CAPTION_N = re.compile(r"[(（][^()（）]{0,12}?[Nn]\s*[=＝]\s*(?P<n>\d{1,6})")


def range_tables(text: str) -> list[GroupStatistics]:
    """The tables of a text whose header names each row's minimum, maximum, mean and SD (and perhaps its N or number of
    items), except SPSS's N-first layout (:func:`descriptives`): rows of a label and as many numbers; ``columns`` as the
    header orders them, and the caption's N (if any) as a last pseudo-column ``"caption_n"`` (start -1).

    >>> t = range_tables("表3-2 描述统计(N=426) 维度 题项数 最小值 最大值 均值 标准差 情绪低落 8 1.00 5.00 2.86 0.71 由表")[0]
    >>> t.columns, [(label, cells[3][2]) for label, *cells in t.rows]
    (('items', 'lo', 'hi', 'm', 'sd', 'caption_n'), [('情绪低落', '2.86')])
    """
    if ("最小值" not in text and "极小值" not in text) or ("最大值" not in text and "极大值" not in text):
        return []
    out = []
    for head in _RANGE_HEAD.finditer(text):
        names = re.findall("|".join(sorted(_RANGE_COLUMN, key=len, reverse=True)), head.group(0))
        columns = tuple(_RANGE_COLUMN[x] for x in names)
        if not {"lo", "hi", "m"} <= set(columns) or len(set(columns)) != len(columns) or columns[0] == "n":
            continue
        row = re.compile(r"\s*(?P<label>[^\d\s][\u4e00-\u9fffA-Za-z（）()=\d\-]{0,15}?)\s*" + r"\s+".join([_NUM] * len(columns)) + r"(?![\d.])")
        caption = list(_CAPTION_N.finditer(text, max(0, head.start() - 60), head.start()))
        pos, rows = head.end(), []
        while (m := row.match(text, pos)) is not None:
            cells = [(m.start(k), m.end(k), m.group(k)) for k in range(2, 2 + len(columns))]
            if caption:
                cells.append((-1, -1, caption[-1].group("n")))
            rows.append((m.group("label"), *cells))
            pos = m.end()
        if rows:
            out.append(GroupStatistics(tuple(rows), head.start(), pos, columns + (("caption_n",) if caption else ())))
    return out


def descriptives(text: str) -> list[GroupStatistics]:
    """SPSS's descriptive statistics tables of a text.

    >>> t = descriptives("N 极小值 极大值 均值 标准差 前测成绩 48 52 94 73.42 9.875 有效的 N (列表状态) 48")[0]
    >>> [(label, n[2], m[2]) for label, n, lo, hi, m, sd in t.rows]
    [('前测成绩', '48', '73.42')]
    """
    if "极小值" not in text and "最小值" not in text:
        return []
    out = []
    for head in _DESC_HEAD.finditer(text):
        pos, rows = head.end(), []
        while (m := _DESC_ROW.match(text, pos)) is not None:
            rows.append((m.group("label"), *((m.start(x), m.end(x), m.group(x)) for x in ("n", "lo", "hi", "m", "sd"))))
            pos = m.end()
        if rows:
            out.append(GroupStatistics(tuple(rows), head.start(), pos, ("n", "lo", "hi", "m", "sd")))
    return out


def group_statistics(text: str) -> list[GroupStatistics]:
    """SPSS's group statistics tables of a text.

    >>> t = group_statistics("班级 N 均值 标准差 均值的标准误 实验班 48 73.42 9.875 1.425 对照班 47 72.89 10.216 1.490 表4")[0]
    >>> [(label, n[2], se[2]) for label, n, m, sd, se in t.rows]
    [('实验班', '48', '1.425'), ('对照班', '47', '1.490')]
    """
    if "标准误" not in text and "标准误差" not in text:
        return []
    return list(_tables(text))


@functools.lru_cache(maxsize=4)
def _tables(text: str) -> tuple[GroupStatistics, ...]:
    out = []
    for head in _HEAD.finditer(text):
        pos, rows = head.end(), []
        while (m := _ROW.match(text, pos)) is not None:
            rows.append((m.group("label"), *((m.start(x), m.end(x), m.group(x)) for x in ("n", "m", "sd", "se"))))
            pos = m.end()
        if rows:
            out.append(GroupStatistics(tuple(rows), head.start(), pos))
    return tuple(out)


@dataclass(eq=False)
class SpssGroupsGroup(Group):
    """A group statistics table and its cells' claims, ``(row, "n" | "m" | "sd" | "se")``."""

    kind: str = "spss_groups"
    table: GroupStatistics | None = None
    claims: dict = field(default_factory=dict)


def find(rows: ClaimList, add) -> None:
    at = {pos[0]: i for i, pos in enumerate(rows.positions)}
    taken = rows.taken()
    for t in [*group_statistics(rows.text), *descriptives(rows.text), *range_tables(rows.text)]:
        claims = {}
        for r, (_, *cells) in enumerate(t.rows):
            for what, cell in zip(t.columns, cells, strict=True):
                i = at.get(cell[0])
                if i is not None and i not in taken:
                    claims[(r, what)] = i
        if claims:
            g = SpssGroupsGroup(start=t.start, end=t.end, table=t, claims=claims)
            g.members = sorted(set(claims.values()))
            add(g)



def judge(rows: ClaimList, g: SpssGroupsGroup) -> list[Check]:
    out = _in_range(rows, g) + _binary(rows, g) + _whole_numbers(rows, g)
    if g.table.columns != ("n", "m", "sd", "se"):
        return out
    for r, (label, n, _m, sd, se) in enumerate(g.table.rows):
        i = g.claims.get((r, "se"))
        count = int(n[2])
        if i is None or count < 2:
            continue
        s, hs = float(sd[2]), float(half_unit(sd[2]))
        lo, hi = (s - hs) / math.sqrt(count), (s + hs) / math.sqrt(count)
        value, half = float(se[2]), float(half_unit(se[2]))
        ok = lo - half - 1e-12 <= value <= hi + half + 1e-12
        exact = s / math.sqrt(count)
        facts = {"label": label, "sd": sd[2], "n": count, "exact": f"{exact:.4f}", "reported": se[2]}
        out.append(make_check(rows, g, [i], "se_of_mean", "fit" if ok else "misfit", "consistent" if ok else "inconsistent",
                              assumption="the standard error of a mean is its SD over √N", expected=f"{exact:.3f}", observed=se[2], **facts))
    return out


def _whole_numbers(rows: ClaimList, g: SpssGroupsGroup) -> list[Check]:
    """GRIM and GRIMMER on each row's mean and SD, where the text states before the table that the data are whole numbers."""
    from ..consistency.grimmer import grimmer_result

    stated = next(reversed(list(_WHOLE_DATA.finditer(rows.text, 0, g.table.start))), None)  # the last statement before it
    if stated is None:
        return []
    out = []
    columns = g.table.columns
    for r, (label, *cells) in enumerate(g.table.rows):
        cell = dict(zip(columns, cells, strict=True))
        i, s = g.claims.get((r, "m")), g.claims.get((r, "sd"))
        n = int(cell["n"][2])
        if i is None or s is None or n < 2:
            continue
        mean, sd = cell["m"][2], cell["sd"][2]
        bounds = None
        if "lo" in cell and re.fullmatch(r"-?\d+", cell["lo"][2]) and re.fullmatch(r"-?\d+", cell["hi"][2]):
            bounds = (int(cell["lo"][2]), int(cell["hi"][2]))
            if bounds[1] - bounds[0] > 200 or bounds[0] >= bounds[1]:
                bounds = None
        # SPSS drops the zero before the point (".875"); a negative mean is tested by its size, with no range
        size, spread = _with_zero(mean.lstrip("-")), _with_zero(sd)
        reason = grimmer_result(size, spread, n, scale=None if mean.startswith("-") else bounds).reason
        data = {"key": "whole_stated", "words": stated.group(0)}
        facts = {"mean": mean, "sd": sd, "n": n, "data": data}
        shown = f"{mean}±{sd}"
        assumption = f"n = {n} (the N of {label}); the data are whole numbers (“{stated.group(0)}”)"
        if reason == "":
            out.append(make_check(rows, g, [i, s], "grimmer", "fit_on_scale" if bounds else "fit", "consistent", assumption=assumption,
                                  expected="possible", observed=shown, **facts))
        else:
            out.append(make_check(rows, g, [i, s] if reason != "grim" else [i], "grimmer", "misfit", "inconsistent", assumption=assumption,
                                  expected="possible", observed=shown, reason=reason, total=n, **facts))
    return out


def _with_zero(value: str) -> str:
    """``value`` with the zero SPSS leaves out before its point (".875" -> "0.875")."""
    return "0" + value if value.startswith(".") else value


def _in_range(rows: ClaimList, g: SpssGroupsGroup) -> list[Check]:
    """Each row's mean against its minimum and maximum: a mean lies between them, whatever the data."""
    out = []
    columns = g.table.columns
    if "lo" not in columns or "hi" not in columns:
        return out
    for r, (label, *cells) in enumerate(g.table.rows):
        cell = dict(zip(columns, cells, strict=True))
        i = g.claims.get((r, "m"))
        if i is None:
            continue
        lo, hi, m = (float(cell[k][2]) for k in ("lo", "hi", "m"))
        if lo > hi:
            continue
        ok = lo <= m <= hi
        facts = {"label": label, "mean": cell["m"][2], "lo": cell["lo"][2], "hi": cell["hi"][2]}
        ids = [i] + [x for x in (g.claims.get((r, "lo")), g.claims.get((r, "hi"))) if x is not None and ok]
        out.append(make_check(rows, g, ids, "mean_in_range", "fit" if ok else "misfit", "consistent" if ok else "inconsistent",
                              assumption="a mean lies between the smallest and the largest value", expected=f"{facts['lo']}–{facts['hi']}",
                              observed=cell["m"][2], **facts))
    return out


#: A row label that says its variable is coded 0/1: "女性(是=1)", "有配偶(1=是)", "是否党员", "城镇户籍(虚拟变量)".
_BINARY_LABEL = re.compile(r"[=＝]\s*1|1\s*[=＝]|是否|虚拟|哑变量|0\s*/\s*1")


def _binary(rows: ClaimList, g: SpssGroupsGroup) -> list[Check]:
    """A row whose values run from 0 to 1 only (a dummy, "女性(是=1) 0.547 0.498 0 1"): its SD is fixed by its mean and n
    (DEBIT), with the row's N or the caption's."""
    from ..consistency import debit_result

    out = []
    columns = g.table.columns
    if "lo" not in columns or "hi" not in columns or "sd" not in columns:
        return out
    for r, (label, *cells) in enumerate(g.table.rows):
        if not _BINARY_LABEL.search(label):
            continue  # an index from 0 to 1 may take any value between: only a row the label says is coded 0/1 ("女性(是=1)")
        cell = dict(zip(columns, cells, strict=True))
        i, s = g.claims.get((r, "m")), g.claims.get((r, "sd"))
        n_cell = cell.get("n") or cell.get("caption_n")
        if i is None or s is None or n_cell is None or cell["lo"][2] not in ("0", "0.00") or cell["hi"][2] not in ("1", "1.00"):
            continue
        n = int(n_cell[2])
        mean, sd = _with_zero(cell["m"][2]), _with_zero(cell["sd"][2])
        if n < 2 or not 0 <= float(mean) <= 1:
            continue
        reason = debit_result(mean, sd, n).reason
        facts = {"mean": cell["m"][2], "sd": cell["sd"][2], "n": n, "data": {"key": "binary"}}
        shown = f"{cell['m'][2]}±{cell['sd'][2]}"
        assumption = f"n = {n}; the row's values are 0 and 1 only (its minimum and maximum)"
        if reason == "":
            out.append(make_check(rows, g, [i, s], "debit", "fit_on_scale", "consistent", assumption=assumption, expected="possible", observed=shown,
                                  **facts))
        else:
            out.append(make_check(rows, g, [i] if reason == "grim" else [s], "debit", "misfit_grim" if reason == "grim" else "misfit_sd",
                                  "inconsistent", assumption=assumption, expected="possible", observed=shown, **facts))
    return out
