"""``cases``: the cases listed before a rate printed with its count, against that count.

A paper lists a group's cases by kind, then their rate with its count and the
group's size: "观察组发生肩手综合征1例、压力性损伤1例,并发症发生率为4.65%(2/43)".
The listed cases add up to the rate's count where each patient has one of
them.

Finder
    each count that a rate prints beside it ("(2/43)", read by
    :mod:`dangjian.engine.papers`), and the counts in the same unit (例, 人,
    名) listed right before the rate in its clause, two or more of them, that
    no other group holds.

Judge
    ``listed_cases``: the listed counts add up to the rate's count
    (``consistent``); to more, ``consistent_if`` a patient had several of them;
    to fewer, ``consistent_if`` the list names only some (never accused: the
    text does not say that the list is complete or that each patient had one).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..judging import make_check
from ..records import ClaimList, Group
from ..results import Check

__all__ = ["CasesGroup", "find", "judge"]

_CLAUSE_END = "。;；!?！？"


@dataclass(eq=False)
class CasesGroup(Group):
    """The listed counts (``members``) and the rate's count they add up to (``count``, a claim index)."""

    kind: str = "cases"
    count: int = -1


def find(rows: ClaimList, add) -> None:
    paper = getattr(rows, "paper", None) or {}
    text = rows.text
    taken = rows.taken()
    for i, x in paper.items():
        if x.kind != "count" or x.extra.get("role") != "numerator":
            continue
        rate = next((j for j in range(i - 1, max(-1, i - 3), -1) if rows[j]["kind"] == "percent" and j in paper), None)
        if rate is None:
            continue
        start = rows.positions[rate][0]
        clause = max(text.rfind(c, 0, start) for c in _CLAUSE_END) + 1
        listed = [j for j in rows.between(clause, start) if rows[j]["kind"] == "count" and rows.units[j] == rows.units[i] and j not in taken
                  and j not in paper and str(rows[j]["value"]).isdigit()]
        if len(listed) < 2 or any(rows[j]["kind"] not in ("count",) for j in rows.between(clause, start) if j not in listed):
            continue
        g = CasesGroup(start=rows.positions[listed[0]][0], end=rows.positions[i][1], count=i)
        g.members += listed
        taken.update(listed)
        add(g)


def judge(rows: ClaimList, g: CasesGroup) -> list[Check]:
    values = [int(rows[j]["value"]) for j in g.members]
    total, k = sum(values), int(rows[g.count]["value"])
    facts = {"parts": [rows[j]["reported"] for j in g.members], "sum": str(total), "total": rows[g.count]["reported"]}
    claims = [*g.members, g.count]
    if total == k:
        return [make_check(rows, g, claims, "stated_total", "equal", "consistent", assumption="each case is of one listed kind",
                           expected=str(total), observed=str(k), **facts)]
    if total > k:
        return [make_check(rows, g, claims, "listed_cases", "over_if_several", "consistent_if", assumption="a patient had several of the listed kinds",
                           expected=str(total), observed=str(k), gap=total - k, **facts)]
    return [make_check(rows, g, claims, "stated_total", "short_partial", "consistent_if", assumption="the list names only some kinds of case",
                       expected=str(total), observed=str(k), gap=k - total, how="list", **facts)]
