"""``odds``: an odds, risk or hazard ratio against its own confidence interval.

A logistic (or Cox, or log-binomial) model's ratio is exp(B) and its 95%
interval exp(B ± 1.96 SE): the ratio is the geometric middle of its interval,
√(lower × upper), whatever the data.  Papers print the three together:
"(OR=2.84,95%CI:1.37~5.89,P=0.005)".

Reader (:func:`ratio_numbers`, used by :mod:`dangjian.engine.extract`)
    OR, aOR, RR, HR (or 比值比, 优势比) = value, then its CI: "95%CI:1.37~5.89",
    "95% CI (1.37, 5.89)", "95%可信区间为1.37~5.89"; each number a claim of
    kind ``coefficient``.

Judge
    ``ratio_ci``: a ratio outside its interval (over the rounding of all
    three) is ``inconsistent``; inside it and at the interval's geometric
    middle, ``consistent``; inside but off the middle, ``consistent_if`` an
    interval that is not symmetric on the log scale (profile likelihood,
    exact or bootstrap intervals are not).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal

from ..judging import make_check
from ..papers import PaperNumber
from ..records import ClaimList, Group
from ..results import Check
from ..shares import half_unit

__all__ = ["OddsGroup", "ratio_numbers", "find", "judge"]

_NUM = r"\d+(?:\.\d+)?"
_RATIO_CI = re.compile(
    rf"(?<![A-Za-z])(?P<name>a?OR|AOR|RR|HR|比值比|优势比)\s*(?:值)?\s*(?:[=＝]|为)\s*(?P<v>{_NUM})\s*[,，;；]?\s*"
    rf"(?:95\s*[%％]\s*(?:CI|置信区间|可信区间)|CI)\s*(?:[:：=＝]|为)?\s*[\[(（]?\s*(?P<lo>{_NUM})\s*(?:~|～|-|—|–|,|，|至|to)\s*(?P<hi>{_NUM})\s*[\])）]?"
)


#: A table's column of ratios with their intervals: "OR(95%CI)", "OR值(95% CI)", "aOR (95%CI)", "HR(95%可信区间)".
_RATIO_HEADER = re.compile(r"(?<![A-Za-z])(?P<name>a?OR|AOR|RR|HR)\s*(?:值)?\s*[(（\[]\s*95\s*[%％]\s*(?:CI|置信区间|可信区间)\s*[)）\]]")
#: A row's cell under it: "2.61(2.13~3.20)".
_RATIO_CELL = re.compile(r"(?<![\d.])(?P<v>\d{1,4}\.\d{1,4})\s*[(（\[]\s*(?P<lo>\d{1,4}\.\d{1,4})\s*(?:~|～|-|—|–|,|，|至)\s*"
                         r"(?P<hi>\d{1,4}\.\d{1,4})\s*[)）\]]")
#: The most characters between two rows' cells of one table (a row's label and its P cell).
_ROW_GAP = 60


def _table_ratios(text: str) -> list[re.Match]:
    """The cells of the ratio columns of tables whose header names them (a run of rows, each within a row's length of the
    one before), with the header's match for each."""
    out = []
    for head in _RATIO_HEADER.finditer(text):
        pos = head.end()
        while (cell := _RATIO_CELL.search(text, pos, pos + _ROW_GAP + 20)) is not None:
            out.append((head, cell))
            pos = cell.end()
    return out


def ratio_numbers(text: str) -> list[PaperNumber]:
    """The ratios with their intervals in a text, each number as a claim.

    >>> [(x.value, x.extra["role"]) for x in ratio_numbers("病程(OR=2.84,95%CI:1.37~5.89,P=0.005)")]
    [('2.84', 'ratio'), ('1.37', 'lower'), ('5.89', 'upper')]
    >>> [x.value for x in ratio_numbers("变量 OR(95%CI) P 初中 2.61(2.13~3.20) <0.001 高中 4.57(3.62~5.77) <0.001")]
    ['2.61', '2.13', '3.20', '4.57', '3.62', '5.77']
    """
    out: list[PaperNumber] = []
    if "CI" not in text and "区间" not in text:
        return out
    for m in _RATIO_CI.finditer(text):
        extra = {"name": m.group("name"), "at": m.start("v")}
        for role, group in (("ratio", "v"), ("lower", "lo"), ("upper", "hi")):
            out.append(PaperNumber("coefficient", m.start(group), m.end(group), m.group(group), m.group(group), "", {"role": role, **extra}))
    # a logistic regression table's column: "变量 OR(95%CI) P 初中 2.61(2.13~3.20) <0.001"
    seen = {x.start for x in out}
    for head, m in _table_ratios(text):
        if m.start("v") in seen:
            continue
        extra = {"name": head.group("name"), "at": m.start("v")}
        for role, group in (("ratio", "v"), ("lower", "lo"), ("upper", "hi")):
            out.append(PaperNumber("coefficient", m.start(group), m.end(group), m.group(group), m.group(group), "", {"role": role, **extra}))
    out.sort(key=lambda x: x.start)
    return out


@dataclass(eq=False)
class OddsGroup(Group):
    """A ratio (``ratio``) and the lower and upper ends of its interval (claim indices)."""

    kind: str = "odds"
    ratio: int = -1
    lower: int = -1
    upper: int = -1


def find(rows: ClaimList, add) -> None:
    paper = getattr(rows, "paper", None) or {}
    by_at: dict[int, dict[str, int]] = {}
    for i, x in paper.items():
        if x.kind == "coefficient" and x.extra.get("role") in ("ratio", "lower", "upper") and "at" in x.extra:
            by_at.setdefault(x.extra["at"], {})[x.extra["role"]] = i
    for found in by_at.values():
        if len(found) == 3:
            g = OddsGroup(start=rows.positions[found["ratio"]][0], end=rows.positions[found["upper"]][1], ratio=found["ratio"],
                          lower=found["lower"], upper=found["upper"])
            g.members += [found["ratio"], found["lower"], found["upper"]]
            add(g)


def judge(rows: ClaimList, g: OddsGroup) -> list[Check]:
    v, lo, hi = (str(rows[i]["value"]) for i in (g.ratio, g.lower, g.upper))
    r, a, b = float(v), float(lo), float(hi)
    hr, ha, hb = (float(half_unit(x)) for x in (v, lo, hi))
    name = rows.paper[g.ratio].extra["name"]
    if a <= 0 or b <= 0 or Decimal(lo) > Decimal(hi):
        return []
    middle = math.sqrt(a * b)
    low_mid, high_mid = math.sqrt(max(a - ha, 1e-12) * (b - hb)), math.sqrt((a + ha) * (b + hb))
    facts = {"name": name, "ratio": v, "lower": lo, "upper": hi, "middle": f"{middle:.3f}", "low": f"{low_mid:.3f}", "high": f"{high_mid:.3f}"}
    if r + hr < a - ha or r - hr > b + hb:
        # the estimate outside its own interval: it is the number that breaks the three
        return [make_check(rows, g, [g.ratio], "ratio_ci", "outside", "inconsistent", assumption="a ratio lies inside its confidence interval",
                           expected=f"{lo}–{hi}", observed=v, **facts)]
    claims = [g.ratio, g.lower, g.upper]
    if low_mid - hr <= r <= high_mid + hr:
        return [make_check(rows, g, claims, "ratio_ci", "middle", "consistent", assumption="an interval exp(B ± 1.96 SE), symmetric on the log scale",
                           expected=facts["middle"], observed=v, **facts)]
    return [make_check(rows, g, claims, "ratio_ci", "off_middle", "consistent_if", assumption="an interval not symmetric on the log scale",
                       expected=facts["middle"], observed=v, **facts)]
