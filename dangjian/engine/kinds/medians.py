"""``medians``: a median with its quartiles, "M(P25,P75)", as a skewed measure's table prints it.

A paper that describes skewed data prints each group's median and its 25th and 75th percentiles: "18.5(15.0,22.5)" under
a caption or header "M(P25,P75)" (or 中位数(四分位数)).  Whatever the data, the median lies between its quartiles.

Reader (:func:`median_cells`, whose numbers :mod:`dangjian.engine.table_numbers` makes cells)
    in a text that names the layout (M(P25,P75), P25, 四分位数), each "m(a,b)" with a ≤ b, not a share or a count in a bracket.

Judge
    ``median_in_quartiles``: ``consistent`` when P25 ≤ M ≤ P75, ``inconsistent`` otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..judging import make_check
from ..records import ClaimList, Group
from ..results import Check

__all__ = ["MedianGroup", "median_cells", "find", "judge"]

#: What says a text prints medians with their quartiles.
_LAYOUT = re.compile(r"[MＭ]\s*[(（]\s*P\s*25\s*[,，]\s*P\s*75\s*[)）]|P\s*25|四分位(?:数|间距)")
_NUM = r"(\d+(?:\.\d+)?)"
#: "18.5(15.0,22.5)", "4(3,5)".
_TRIPLE = re.compile(rf"(?<![\d.]){_NUM}\s*[(（]\s*{_NUM}\s*[,，]\s*{_NUM}\s*[)）]")


def median_cells(text: str) -> list[tuple[tuple[int, int, str], ...]]:
    """Each median with its quartiles, as ``((start, end, printed) × 3)``: median, P25, P75.

    >>> [tuple(c[2] for c in t) for t in median_cells("[M(P25,P75)] 观察组 58 18.5(15.0,22.5) 4(3,5)")]
    [('18.5', '15.0', '22.5'), ('4', '3', '5')]
    """
    if not _LAYOUT.search(text):
        return []
    out = []
    for m in _TRIPLE.finditer(text):
        if float(m.group(2)) > float(m.group(3)) or not _LAYOUT.search(text, max(0, m.start() - 400), m.start()):
            continue
        out.append(tuple((m.start(k), m.end(k), m.group(k)) for k in (1, 2, 3)))
    return out


@dataclass(eq=False)
class MedianGroup(Group):
    """A median and its two quartiles (``members``: median, P25, P75)."""

    kind: str = "medians"


def find(rows: ClaimList, add) -> None:
    at = {pos[0]: i for i, pos in enumerate(rows.positions)}
    taken = rows.taken()
    for cells in median_cells(rows.text):
        ids = [at.get(c[0]) for c in cells]
        if None in ids or any(i in taken for i in ids):
            continue
        g = MedianGroup(start=cells[0][0], end=cells[2][1])
        g.members += ids
        add(g)


def judge(rows: ClaimList, g: MedianGroup) -> list[Check]:
    m, lo, hi = g.members
    values = [rows[i]["reported"] for i in (m, lo, hi)]
    ok = float(values[1]) <= float(values[0]) <= float(values[2])
    facts = {"median": values[0], "p25": values[1], "p75": values[2]}
    return [make_check(rows, g, [m, lo, hi] if ok else [m], "median_in_quartiles", "fit" if ok else "misfit", "consistent" if ok else "inconsistent",
                       assumption="a median lies between its quartiles", expected=f"{values[1]}–{values[2]}", observed=values[0], **facts)]
