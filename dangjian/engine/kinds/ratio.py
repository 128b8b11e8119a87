"""``ratio``: a ratio or a multiple, against the two numbers of its sentence it divides.

Finder
    Each claim of kind ``ratio`` that prints its precision: "男女比例为1.3:1"
    (a ratio to one) or "是2018年(25.0%)的2.5倍" (a multiple), with the counts
    and the shares printed before it in its sentence.  A ratio of two whole
    numbers ("3:2") is a simplified fraction, not a rounded one, and is left
    alone.

Judge
    The ratio of two of those numbers, in either order, over their rounding
    (a share printed as 25.0% is 24.95% to 25.05%), rounded to the printed
    decimals: ``consistent`` when a pair gives the printed value.  When the
    sentence prints exactly two counts (or two shares) and neither order gives
    it, ``inconsistent``: "男性120人,女性92人,男女比例为1.5:1" (120/92 = 1.30).
    A multiple after 增长 / 增加 / 提高 / 上升 may count the growth (2.5倍 for
    a ratio of 3.5) and is only ever called consistent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from ..judging import make_check
from ..records import ClaimList, Group, clause_start, span_at
from ..results import Check

__all__ = ["RatioGroup", "find", "judge"]

#: Words before a multiple that make it a growth ("增长了2.5倍"), read two ways in Chinese usage.
_GROWTH = re.compile(r"增长|增加|提高|上升|翻")


@dataclass(eq=False)
class RatioGroup(Group):
    """A ratio (claim ``ratio``), the counts and the shares before it in its sentence (``numbers`` by kind)."""

    kind: str = "ratio"
    ratio: int = -1
    numbers: dict[str, list[int]] = field(default_factory=dict)
    growth: bool = False


def _printed_decimals(rows: ClaimList, i: int) -> bool:
    """Is the ratio printed to a precision ("1.3:1", "0.86:1", "2.5倍"), not as a fraction of whole numbers ("3:2")?"""
    reported = rows[i]["reported"].replace("：", ":")
    return reported.endswith(":1") or rows.units[i] in ("倍", "性别比")


def find(rows: ClaimList, add) -> None:
    text = rows.text
    for i, row in enumerate(rows):
        if row["kind"] != "ratio" or not _printed_decimals(rows, i):
            continue
        start = rows.positions[i][0]
        lo, _ = span_at(rows.sentences, start)
        numbers: dict[str, list[int]] = {"count": [], "percent": []}
        for j in range(i - 1, -1, -1):
            if rows.positions[j][0] < lo:
                break
            if rows[j]["kind"] in numbers and not rows.is_sample(j):
                numbers[rows[j]["kind"]].insert(0, j)
        # "大四学生…的比例(23.88%)是大一学生(10.42%)的2.5倍": the two shares of the multiple's own clause are the ones it divides
        clause = clause_start(text, start, lo)
        own = [j for j in numbers["percent"] if rows.positions[j][0] >= clause]
        if len(own) == 2 and rows.units[i] == "倍" and not [j for j in numbers["count"] if rows.positions[j][0] >= clause]:
            numbers = {"count": [], "percent": own}
        if not any(numbers.values()):
            continue
        g = RatioGroup(start=start, end=rows.positions[i][1], ratio=i, numbers=numbers,
                       growth=rows.units[i] == "倍" and bool(_GROWTH.search(text, max(lo, start - 8), start)))
        g.members.append(i)
        add(g)


def _interval(value: str, kind: str) -> tuple[Fraction, Fraction]:
    """What a printed number stands for: a count exactly, a share half a unit of its last decimal either way."""
    v = Fraction(Decimal(value))
    if kind == "count":
        return v, v
    half = Fraction(1, 2 * 10 ** len(value.partition(".")[2]))
    return v - half, v + half


def _gives(a: tuple[Fraction, Fraction], b: tuple[Fraction, Fraction], printed: str) -> bool:
    """Can a / b, with a and b anywhere in their intervals, print as ``printed`` (rounded to its decimals)?"""
    if b[0] <= 0:
        return False
    half = Fraction(1, 2 * 10 ** len(printed.partition(".")[2]))
    p = Fraction(Decimal(printed))
    lo, hi = a[0] / b[1], a[1] / b[0]
    return lo <= p + half and p - half <= hi


#: The words that name the males and the females of a count: "男性27.03万人", "男婴2 143人", "女性25.84万人".
_MALE = re.compile(r"男[性婴孩生]?(?:人口)?[^\d,，;；]{0,6}$")
_FEMALE = re.compile(r"女[性婴孩生]?(?:人口)?[^\d,，;；]{0,6}$")


def _rounded(rows: ClaimList, j: int) -> tuple[Fraction, Fraction]:
    """A count as printed: a whole count exactly, a count in 万 with decimals half a unit of its last decimal either way."""
    value = str(rows[j]["value"])
    return _interval(value, "count" if "." not in value else "percent")


def _sex_ratio(rows: ClaimList, g: RatioGroup) -> list[Check]:
    """A sex ratio (males per 100 females) against the males and the females counted before it in its sentence."""
    i = g.ratio
    text = rows.text
    named = {}
    for j in g.numbers["count"]:
        lead = text[max(0, rows.positions[j][0] - 8) : rows.positions[j][0]]
        for sex, words in (("male", _MALE), ("female", _FEMALE)):
            if words.search(lead):
                named[sex] = j
    if len(named) != 2:
        return []
    m, f = named["male"], named["female"]
    a, b = _rounded(rows, m), _rounded(rows, f)
    a = (100 * a[0], 100 * a[1])
    printed, reported = rows[i]["value"], rows[i]["reported"]
    exact = f"{float(100 * Fraction(str(rows[m]['value'])) / Fraction(str(rows[f]['value']))):.4f}"
    ok = _gives(a, b, printed)
    facts = {"male": rows[m]["reported"], "female": rows[f]["reported"], "exact": exact, "reported": reported}
    return [make_check(rows, g, sorted([i, m, f]) if ok else [i], "ratio_of_numbers", "sex_fit" if ok else "sex_misfit",
                       "consistent" if ok else "inconsistent", assumption="males per 100 females", expected=exact, observed=reported, **facts)]


def judge(rows: ClaimList, g: RatioGroup) -> list[Check]:
    i = g.ratio
    if rows.units[i] == "性别比":
        return _sex_ratio(rows, g)
    printed, reported = rows[i]["value"], rows[i]["reported"]
    tried = []
    for kind, ids in g.numbers.items():
        recent = ids[-4:]
        for x in recent:
            for y in recent:
                if x == y:
                    continue
                a, b = _interval(rows[x]["value"], kind), _interval(rows[y]["value"], kind)
                exact = float((a[0] + a[1]) / 2 / ((b[0] + b[1]) / 2)) if b[1] > 0 else float("inf")
                if _gives(a, b, printed) or (g.growth and _gives((a[0] - b[1], a[1] - b[0]), b, printed)):
                    return [make_check(rows, g, sorted([i, x, y]), "ratio_of_numbers", "fit", "consistent",
                                       assumption=f"{rows[i]['reported']} = {rows[x]['value']} / {rows[y]['value']}", expected=f"{exact:.4f}",
                                       observed=reported, a=rows[x]["reported"], b=rows[y]["reported"], exact=f"{exact:.4f}", reported=reported)]
                tried.append((kind, x, y, exact))
    pairs = [ids for ids in g.numbers.values() if len(ids) == 2]
    if g.growth or not pairs or len(pairs) != sum(1 for ids in g.numbers.values() if ids):
        return []  # more numbers than one pair (which two it divides is not certain), or a growth: nothing is said
    x, y = pairs[0]
    exacts = [t[3] for t in tried if {t[1], t[2]} == {x, y}]
    return [make_check(rows, g, [i], "ratio_of_numbers", "misfit", "inconsistent", assumption="the ratio of the two numbers printed before it",
                       expected=" or ".join(f"{e:.4f}" for e in exacts), observed=reported, a=rows[x]["reported"], b=rows[y]["reported"],
                       exacts=[f"{e:.4f}" for e in exacts], reported=reported)]
