"""``count``: a count printed after the base it is part of, with no share.

Finder
    "在214名农村生源毕业生中,愿意回去的有231人": a count of people (or
    households, forms …) after a stated base that opens with 在 in its
    sentence, that no other group took.

Judge
    The count cannot exceed its base: ``inconsistent`` if it does.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..bases import PEOPLE_UNITS, STATED_BASE, Base
from ..consistency import part_of_base
from ..grouping import Scan
from ..judging import make_check
from ..records import ClaimList, Group
from ..results import Check
from ..shares import whole

__all__ = ["CountGroup", "find", "judge"]


@dataclass(eq=False)
class CountGroup(Group):
    """A count (its one member) and the stated ``base`` it is part of."""

    kind: str = "count"
    base: Base | None = None


def find(scan: Scan) -> None:
    rows, text = scan.rows, scan.rows.text
    lo, hi = scan.sentence
    numerators = scan.numerators
    for m in STATED_BASE.finditer(text, lo, hi):
        digits = next(x for x in m.groups() if x)
        if len(digits) > 9 or not m.group(0).startswith("在"):
            continue
        n = int(digits)
        for i in scan.members:
            start = rows.positions[i][0]
            if (rows[i]["kind"] == "count" and i not in numerators and i not in scan.used and start >= m.end()
                    and not rows.is_sample(i) and whole(rows[i]["value"]) is not None and rows.units[i] in PEOPLE_UNITS | {"份", "户", "个", "家"}):
                g = CountGroup(start=start, end=rows.positions[i][1], base=Base(n, "stated", m.group(0)))
                g.members.append(i)
                scan.add(g)
                scan.used.add(i)


def judge(rows: ClaimList, g: CountGroup) -> list[Check]:
    i = g.members[0]
    base = g.base
    ok = part_of_base(whole(rows[i]["value"]), base.n)
    return [make_check(rows, g, [i], "part_of_base", "of_stated_within" if ok else "of_stated_over", "consistent" if ok else "inconsistent",
                       assumption=f"a part of the {base.n} of “{base.evidence}”", expected=f"<= {base.n}", observed=rows[i]["value"],
                       count=rows[i]["value"], n=base.n, evidence=base.evidence)]
