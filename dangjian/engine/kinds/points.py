"""``points``: a change in percentage points, and the two shares it joins.

Finder
    Each number printed in 个百分点 (or 百分点) is a group of its own, over its sentence.

Judge
    The change is the difference of the last two shares printed before it in
    its sentence, within the rounding of all three; ``not_checkable`` when the
    sentence does not print two shares before it.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from ..grouping import Scan
from ..judging import make_check
from ..records import ClaimList, Group, span_at
from ..results import Check
from ..shares import rounding_slack

__all__ = ["PointsGroup", "find", "judge"]


@dataclass(eq=False)
class PointsGroup(Group):
    """A change in percentage points (its one member)."""

    kind: str = "points"


def find(scan: Scan) -> None:
    rows = scan.rows
    lo, _ = scan.sentence
    for i in scan.members:
        if rows[i]["kind"] == "points":
            g = PointsGroup(start=lo, end=rows.positions[i][1])
            g.members.append(i)
            scan.add(g)
            scan.used.add(i)


def judge(rows: ClaimList, g: PointsGroup) -> list[Check]:
    i = g.members[0]
    start = rows.positions[i][0]
    lo, _ = span_at(rows.sentences, start)
    before = [j for j in rows.between(lo, start) if j < i and rows[j]["kind"] == "percent"]
    value = rows[i]["value"]
    if len(before) < 2:
        return [make_check(rows, g, [i], "points_change", "not_printed", "not_checkable", expected="two shares in the sentence",
                           observed=f"{value} points", value=value)]
    a, b = before[-2], before[-1]
    va, vb = Fraction(rows[a]["value"]), Fraction(rows[b]["value"])
    change = abs(vb - va)
    slack = rounding_slack(rows[j]["value"] for j in (a, b, i))
    ok = abs(change - Fraction(value)) <= slack
    return [make_check(rows, g, [i], "points_change", "fit" if ok else "misfit", "consistent" if ok else "inconsistent",
                       assumption=f"the change joins {rows[a]['reported']} and {rows[b]['reported']}", expected=f"{float(change):g} points",
                       observed=f"{value} points", before=rows[a]["value"], after=rows[b]["value"], change=float(change), value=value,
                       slack=float(slack))]
