"""``count``: a count printed after the base it is part of, with no share.

Finder
    "在214名农村生源毕业生中,愿意回去的有231人": a count of people (or
    households, forms …) after a stated base that opens with 在 in its
    sentence, that no other group took.

Judge
    The count cannot exceed its base: ``inconsistent`` if it does.
"""

from __future__ import annotations

import re
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


#: "这35名重点培养对象中参加过…的有41人": a group named by a demonstrative (这, 该, 上述 …), whose parts follow in its clause.
_NAMED_GROUP = re.compile(r"(?:这|该|此|上述|以上)\s*(?P<n>\d{1,6})\s*(?:名|人|位|户|家|个)[\u4e00-\u9fff“”]{0,10}?中")


def _bases(text: str, lo: int, hi: int):
    """The stated bases of the sentence that open with 在 ("在214名毕业生中"), and the groups named by a demonstrative."""
    for m in STATED_BASE.finditer(text, lo, hi):
        digits = next(x for x in m.groups() if x)
        if len(digits) <= 9 and m.group(0).startswith("在"):
            yield m, int(digits)
    for m in _NAMED_GROUP.finditer(text, lo, hi):
        yield m, int(m.group("n"))


def find(scan: Scan) -> None:
    rows, text = scan.rows, scan.rows.text
    lo, hi = scan.sentence
    numerators = scan.numerators
    for m, n in _bases(text, lo, hi):
        clause_end = min([k for k in (text.find(p, m.end(), hi) for p in ";；") if k >= 0] or [hi])
        for i in scan.members:
            start = rows.positions[i][0]
            if (rows[i]["kind"] == "count" and i not in numerators and i not in scan.used and m.end() <= start < clause_end
                    and not rows.is_sample(i) and whole(rows[i]["value"]) is not None and rows.units[i] in PEOPLE_UNITS | {"份", "户", "个", "家"}):
                g = CountGroup(start=start, end=rows.positions[i][1], base=Base(n, "stated", m.group(0).strip()))
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
