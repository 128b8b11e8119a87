"""``spss_groups``: SPSS's group statistics table (组统计量), flattened into text.

SPSS prints each group's N, mean, SD and the standard error of its mean: "班级 N 均值 标准差 均值的标准误 … 对照班 47 72.89
10.216 1.490".  The standard error is the SD over √N, whatever the data.

Reader (:func:`group_statistics`, also used by :mod:`dangjian.engine.table_numbers`: each number a claim of kind ``cell``)
    the header N · 均值 · 标准差 · 均值的标准误 (or 平均值 · 标准偏差 · 标准误差平均值), then rows of a label, N, the mean, the SD and
    the standard error, up to the first stretch that is no such row.

Judge
    ``se_of_mean``: the standard error against SD / √N over the rounding of the SD, to the standard error's printed
    decimals; ``inconsistent`` outside it.
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

__all__ = ["GroupStatistics", "SpssGroupsGroup", "group_statistics", "find", "judge"]

_HEAD = re.compile(r"N\s*(?:均值|平均值)\s*(?:标准差|标准偏差)\s*(?:均值的标准误|标准误差平均值|均值标准误|标准误)")
_ROW = re.compile(r"\s*(?P<label>[\u4e00-\u9fffA-Za-z]{1,10}?)\s*(?P<n>\d{1,6})\s+(?P<m>-?\d*\.\d+)\s+(?P<sd>\d*\.\d+)\s+(?P<se>\d*\.\d+)(?![\d.])")


@dataclass(frozen=True)
class GroupStatistics:
    """The rows as ``(label, n, mean, sd, se)``, each number ``(start, end, printed)``."""

    rows: tuple
    start: int
    end: int


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
    for t in group_statistics(rows.text):
        claims = {}
        for r, (_, *cells) in enumerate(t.rows):
            for what, cell in zip(("n", "m", "sd", "se"), cells, strict=True):
                i = at.get(cell[0])
                if i is not None and i not in taken:
                    claims[(r, what)] = i
        if claims:
            g = SpssGroupsGroup(start=t.start, end=t.end, table=t, claims=claims)
            g.members = sorted(set(claims.values()))
            add(g)



def judge(rows: ClaimList, g: SpssGroupsGroup) -> list[Check]:
    out = []
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
