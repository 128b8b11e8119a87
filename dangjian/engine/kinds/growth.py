"""``growth``: a growth rate printed with the level and the increase it comes from.

A statistical bulletin prints a quantity, its change on the year before in the
same unit and the rate of that change: "公路通车里程2846公里,比上年末增加118公里,
增长4.5%".  The year before is the level less the increase (plus a decrease),
so the rate is ``increase / (level - increase)``, and the three numbers must
agree up to their rounding.

Finder
    a quantity with its unit, 比上年/比上年末/比上届/较去年 … 增加 (多, 增长) or
    减少 (少, 下降) a quantity in the same unit, and right after it the rate of
    the same direction (增长 or 下降 … %), whose claim the extractor read; or
    the earlier level itself ("4863元,比上届的4712元增长3.2%").  A value's
    growth at constant prices is left out (GDP, value added, or a sentence
    that says 按可比价格 …): the printed levels, at current prices, do not
    give it.

Judge
    ``growth_rate``: the rate lies between the lowest and the highest that the
    level and the increase give over their rounding (each ± half a unit of its
    last digit; a whole number of things counted one by one is exact), to the rate's printed decimals: ``consistent``; outside it:
    ``inconsistent`` (the three figures cannot all be right).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from ..consistency import reround
from ..judging import make_check
from ..records import ClaimList, Group
from ..results import Check
from ..shares import half_unit

__all__ = ["GrowthGroup", "find", "judge"]

#: A number, whole: it starts where digits start and ends where they end (no backtracking into a long run of digits).
_NUM = r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])"
#: A unit of things or of money; "万" or "亿" before it.
_UNIT = r"(?:万|亿)?(?:公里|千米|米|吨|亩|公顷|头|只|辆|台|套|座|所|家|个|户|人次|人|名|件|项|张|部|艘|架|床|张|册|平方米|立方米|千瓦时|千瓦|度|元)"
#: The period compared with: 上年, 上年末, 上届, 去年, 上一年, 上年同期 …
_BEFORE = r"(?:比|较)(?:上年|上一年|上年度|去年|上届|上期|上年同期)(?:末|同期|底)?"
_GROWTH = re.compile(
    rf"(?=\d)(?P<level>{_NUM})\s*(?P<unit>{_UNIT})\s*[,，]?\s*(?:[^\d,，。;；]{{0,6}})?{_BEFORE}\s*(?P<dir>增加|增长|多|减少|下降|少)了?\s*"
    rf"(?P<change>{_NUM})\s*(?P=unit)\s*[,，、]?\s*(?:同比)?(?P<dir2>增长|上升|提高|下降|减少|降低)了?\s*(?P<rate>{_NUM})\s*[%％]"
)
#: The same with the earlier level printed instead of the change: "4863元,比上届的4712元增长3.2%".
_FROM_LEVEL = re.compile(
    rf"(?=\d)(?P<level>{_NUM})\s*(?P<unit>{_UNIT})\s*[,，]?\s*{_BEFORE}(?:的)?\s*(?P<before>{_NUM})\s*(?P=unit)\s*[,，]?\s*"
    rf"(?P<dir2>增长|上升|提高|下降|减少|降低)了?\s*(?P<rate>{_NUM})\s*[%％]"
)
#: Growth of a value at constant prices, which printed levels at current prices do not give: GDP and value added (a
#: bulletin's note says so), or a sentence that says it.
_REAL = re.compile(r"可比价|不变价|扣除价格|实际增长|生产总值|增加值|GDP")
_UP = frozenset({"增加", "增长", "多", "上升", "提高"})


@dataclass(eq=False)
class GrowthGroup(Group):
    """A growth rate (its one member) with the ``level`` and ``change`` printed before it, their ``unit``, and whether
    the change is an increase (``up``)."""

    kind: str = "growth"
    level: str = ""
    change: str = ""
    unit: str = ""
    up: bool = True
    quote: str = ""
    #: the earlier level where it is printed instead of the change ("比上届的4712元"): the change is the difference
    before: str = ""
    #: the claim that prints the change (or the earlier level), where it was read
    inputs: tuple = ()


def find(rows: ClaimList, add) -> None:
    text = rows.text
    if "上" not in text and "去年" not in text:
        return
    at = {pos[0]: i for i, pos in enumerate(rows.positions)}
    taken = rows.taken()
    for m in [*_GROWTH.finditer(text), *_FROM_LEVEL.finditer(text)]:
        up = m.group("dir2") in _UP
        if m.re is _GROWTH and up != (m.group("dir") in _UP):
            continue
        if m.group("unit").endswith("元") and _REAL.search(text, max(0, m.start() - 40), m.end()):
            continue  # a value's growth at constant prices
        i = at.get(m.start("rate"))
        if i is None or i in taken or not str(rows[i]["reported"]).rstrip("%％") == m.group("rate"):
            continue
        if m.re is _FROM_LEVEL:
            level, before = Decimal(m.group("level")), Decimal(m.group("before"))
            if (level >= before) != up or level == before:
                continue
            change = str(abs(level - before))
        else:
            change = m.group("change")
        g = GrowthGroup(start=m.start(), end=m.end(), level=m.group("level"), change=change, unit=m.group("unit"), up=up, quote=m.group(0),
                        before=m.group("before") if m.re is _FROM_LEVEL else "")
        g.members.append(i)
        # the change (or the earlier level): the level is often a headline total that other sums confirm, so it is not named
        g.inputs = tuple(at[m.start(x)] for x in ("change" if m.re is _GROWTH else "before",) if at.get(m.start(x)) is not None)
        taken.add(i)
        add(g)


#: Units of things counted one by one: a whole number of them is exact, not rounded (68家, 4家).
_DISCRETE = frozenset({"头", "只", "辆", "台", "套", "座", "所", "家", "个", "户", "人次", "人", "名", "件", "项", "张", "部", "艘", "架", "床", "册"})


def _half(value: str, unit: str) -> Fraction:
    """Half a unit of the last printed digit: how far rounding may have moved it (nothing for a whole count of things)."""
    if "." not in value and unit in _DISCRETE:
        return Fraction(0)
    return half_unit(value)


def judge(rows: ClaimList, g: GrowthGroup) -> list[Check]:
    i = g.members[0]
    level, change = Fraction(Decimal(g.level)), Fraction(Decimal(g.change))
    hl, hc = _half(g.level, g.unit), _half(g.change, g.unit)
    if g.before:
        hc = hl + _half(g.before, g.unit)  # the change is a difference of two rounded levels
    before = level - change if g.up else level + change
    if before <= 0 or change == 0:
        return []
    reported = rows[i]["reported"]
    rate = str(rows[i]["value"]).rstrip("%％")
    d = len(rate.partition(".")[2])
    exact = 100 * change / before
    # over the rounding of the level and the change: the rate is smallest with the change small and the year before large
    if g.up:
        lo = 100 * (change - hc) / (level + hl - (change - hc))
        hi = 100 * (change + hc) / (level - hl - (change + hc))
    else:
        lo = 100 * (change - hc) / (level + hl + (change - hc))
        hi = 100 * (change + hc) / (level - hl + (change + hc))
    r = Fraction(Decimal(rate))
    step = Fraction(1, 10**d)
    fits = lo - step / 2 <= r <= hi + step / 2
    facts = {"level": g.level, "change": g.change, "unit": g.unit, "before": _shown(before, g.level, g.change), "exact": reround(exact, 4, rounding="up")[0],
             "printed": reround(exact, d, rounding="up")[0], "reported": reported, "low": reround(lo, 4, rounding="up")[0],
             "high": reround(hi, 4, rounding="up")[0], "sign": "-" if g.up else "+"}
    if fits:
        return [make_check(rows, g, [i], "growth_rate", "fit", "consistent", assumption="the rate of the change printed before it",
                           expected=f"{facts['printed']}%", observed=reported, **facts)]
    # which is wrong cannot be told: the check names the rate and the change (the level stays unnamed: a total that other
    # sums of the text often confirm)
    return [make_check(rows, g, [i, *g.inputs], "growth_rate", "misfit", "inconsistent", assumption="the rate of the change printed before it",
                       expected=f"{facts['printed']}%", observed=reported, **facts)]


def _shown(x: Fraction, *printed: str) -> str:
    d = max(len(p.partition(".")[2]) for p in printed)
    return reround(x, d, rounding="up")[0] if d else str(int(x))
