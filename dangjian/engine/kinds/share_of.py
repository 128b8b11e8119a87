"""``share_of``: a share of a named total printed before it, "税收收入9.62亿元,…占一般公共预算收入的比重为64.87%".

A bulletin (统计公报) or a government report prints an amount, then its share of another amount it names
("占一般公共预算收入的比重为64.87%", "占地区生产总值的比重达35.9%"), the named amount printed earlier with its
figure ("一般公共预算收入14.83亿元").  The share is the first over the second.

Finder (one sentence, before the question finder, which leaves the share alone)
    a share right after 占 + a name + 的比重/的比例 (为, 达, 是); the named total: the last place before the share where
    the name is followed, within a few characters, by an amount or a count in 万; the part: the amounts of the
    share's sentence before it in the total's unit, an increase or decrease ("比上年增加0.71亿元") left out.
    Or a share after ",占" whose part is the figure right before it, led by 其中, and whose total is the figure of the same
    unit right before that 其中 ("接待国内游客3812.7万人次,其中过夜游客1046.3万人次,占27.4%").

Judge
    ``share_of_total``: 100 × part / total over the rounding of both figures against the share as printed.
    ``consistent`` when one part of the sentence gives it (named); ``inconsistent`` when the sentence has one part
    only and it does not; with several parts none of which gives it, nothing is said (which is the part is unsure).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction

from ..grouping import Scan
from ..judging import make_check
from ..records import ClaimList, Group, span_at
from ..results import Check
from ..shares import half_unit, rounding_slack
from .structure import share_range

__all__ = ["ShareOfGroup", "find", "judge"]

_SHARE_OF = re.compile(r"占(?:全[县市区省国])?(?P<name>[\u4e00-\u9fff]{2,16}?)的?(?:比重|比例)\s*(?:为|达|达到|是)?\s*$")
#: An increase or a decrease before an amount: not a part of anything.
_CHANGE = re.compile(r"(?:增加|减少|增长|下降|提高|降低|多|少|增收|减收)了?\s*$")
#: How far after its name a total's figure may stand ("一般公共预算收入14.83亿元", "地区生产总值(GDP)286.47亿元").
_NAME_TO_FIGURE = 8
_AMOUNT_KINDS = ("amount", "count")


@dataclass(eq=False)
class ShareOfGroup(Group):
    """A share (``members[0]``), the named total's claim (``total``) and the parts its sentence offers (``parts``)."""

    kind: str = "share_of"
    name: str = ""
    total: int = -1
    parts: list[int] = field(default_factory=list)


def _figure(rows: ClaimList, i: int) -> bool:
    """Is claim ``i`` an amount, or a count in 万 (a bulletin's figure, not a count of people answering)?"""
    return rows[i]["kind"] == "amount" or (rows[i]["kind"] == "count" and "万" in (rows.units[i] or ""))


def find(scan: Scan) -> None:
    rows, text = scan.rows, scan.rows.text
    lo, _ = scan.sentence
    if "占" not in text[lo : scan.sentence[1]]:
        return
    for i in scan.members:
        if rows[i]["kind"] != "percent" or i in scan.used:
            continue
        start = rows.positions[i][0]
        m = _SHARE_OF.search(text, max(lo, start - 24), start) if i not in scan.pairs else None
        if m is None:
            part = _part_of_qizhong(rows, scan, i)
            if part is None:
                part = _run_of_parts(rows, scan).get(i)
            if part is None:
                continue
            # "接待国内游客3812.7万人次,其中过夜游客1046.3万人次,占27.4%": the part over the figure before 其中
            at = rows.positions[part[1]][0]
            words = re.search(r"[\u4e00-\u9fff]{1,10}$", text[max(span_at(rows.sentences, at)[0], at - 10) : at])
            g = ShareOfGroup(start=start, end=rows.positions[i][1], name=re.sub(r"^(?:年末|年初|全年|[年月日])+", "", words.group()) if words else "其中之前的总数", total=part[1], parts=[part[0]])
            g.members.append(i)
            scan.add(g)
            scan.used.add(i)
            continue
        name = m.group("name")
        total = _named_total(rows, name, m.start())
        if total is None:
            continue
        unit = rows.units[total]
        parts = [j for j in scan.members if j < i and j != total and _figure(rows, j) and rows.units[j] == unit
                 and not _CHANGE.search(text, max(lo, rows.positions[j][0] - 6), rows.positions[j][0])]
        if not parts:
            continue
        g = ShareOfGroup(start=start, end=rows.positions[i][1], name=name, total=total, parts=parts)
        g.members.append(i)
        scan.add(g)
        scan.used.add(i)


#: 占 right before a share, after its part's clause: ",占27.4%".
_TAKES = re.compile(r"[,，]\s*(?:约)?占(?:了)?\s*$")
#: 其中 and the part's words up to its figure.
_QIZHONG_LEAD = re.compile(r"[,，]\s*其中[\u4e00-\u9fff]{0,12}$")


def _part_of_qizhong(rows: ClaimList, scan: Scan, i: int) -> tuple[int, int] | None:
    """``(part, total)`` for a share after ",占" whose part is the figure right before it, led by 其中, and whose total is the
    figure of the same unit right before that 其中 ("…3812.7万人次,其中过夜游客1046.3万人次,占27.4%")."""
    text = rows.text
    start = rows.positions[i][0]
    if not _TAKES.search(text, max(0, start - 6), start):
        return None
    before = [j for j in scan.members if j < i]
    if len(before) < 2 or not _figure(rows, before[-1]) or not _figure(rows, before[-2]):
        return None
    part, total = before[-1], before[-2]
    if rows.units[part] != rows.units[total] or not _QIZHONG_LEAD.search(text, rows.positions[total][1], rows.positions[part][0]):
        return None
    return part, total


def _run_of_parts(rows: ClaimList, scan: Scan) -> dict[int, tuple[int, int]]:
    """Each share of a sentence's run of parts, each printed with its share ("0-15岁常住人口7.84万人,占16.55%;16-59岁28.17万人,
    占59.48%;60岁及以上11.35万人,占23.97%"), to ``(part, total)``, where the parts (those not led by 其中) add up, within
    their rounding, to a figure of their unit printed before the sentence (常住人口47.36万人 = 7.84 + 28.17 + 11.35): that
    figure is their whole.  A part led by 其中 ("其中65岁及以上8.62万人,占18.20%") is of the same whole only where that
    fits its share (it may be the share of the part it is in).  Found once per sentence."""
    cached = getattr(scan, "_run_of_parts", None)
    if cached is not None:
        return cached
    text = rows.text
    out: dict[int, tuple[int, int]] = {}
    scan._run_of_parts = out
    pairs = []
    for k, i in enumerate(scan.members):
        if rows[i]["kind"] == "percent" and k and _TAKES.search(text, max(0, rows.positions[i][0] - 6), rows.positions[i][0]):
            j = scan.members[k - 1]
            if _figure(rows, j):
                nested = bool(re.search(r"其中", text[rows.positions[pairs[-1][1]][1] if pairs else scan.sentence[0] : rows.positions[j][0]]))
                pairs.append((j, i, nested))
    top = [j for j, _, nested in pairs if not nested]
    units = {rows.units[j] for j, _, _ in pairs}
    if len(top) < 2 or len(units) != 1:
        return out
    values = [str(rows[j]["value"]) for j in top]
    total = sum(Fraction(v) for v in values)
    lo = scan.sentence[0]
    whole = None
    for t in reversed([t for t in range(len(rows)) if rows.positions[t][1] <= lo and _figure(rows, t) and rows.units[t] in units]):
        if abs(Fraction(str(rows[t]["value"])) - total) <= rounding_slack([*values, str(rows[t]["value"])]):
            whole = t
            break
    if whole is None:
        return out
    w = Fraction(str(rows[whole]["value"]))
    for j, i, nested in pairs:
        if nested:
            part, printed = str(rows[j]["value"]), str(rows[i]["value"])
            low, high = share_range(Fraction(part), w, part, str(rows[whole]["value"]))
            half = half_unit(printed)
            if not low - half <= Fraction(printed) <= high + half:
                continue
        out[i] = (j, whole)
    return out


def _named_total(rows: ClaimList, name: str, before: int) -> int | None:
    """The claim of the figure printed right after ``name``, at its last place before ``before``."""
    text = rows.text
    at = text.rfind(name, 0, before)
    while at >= 0:
        end = at + len(name)
        for j in rows.between(end, end + _NAME_TO_FIGURE):
            if _figure(rows, j) and not re.search(r"[,，。;；]", text[end : rows.positions[j][0]]):
                return j
        at = text.rfind(name, 0, at)
    return None



def judge(rows: ClaimList, g: ShareOfGroup) -> list[Check]:
    i = g.members[0]
    printed = str(rows[i]["value"])
    share = Fraction(printed)
    half = half_unit(printed)
    whole = str(rows[g.total]["value"])
    tried = []
    for j in reversed(g.parts):  # the nearest part first
        part = str(rows[j]["value"])
        lo, hi = share_range(Fraction(part), Fraction(whole), part, whole)
        exact = 100 * Fraction(part) / Fraction(whole)
        facts = {"part": rows[j]["reported"], "total": rows[g.total]["reported"], "name": g.name, "exact": f"{float(exact):.4f}",
                 "range": [float(lo), float(hi)], "reported": rows[i]["reported"]}
        if lo - half <= share <= hi + half:
            return [make_check(rows, g, [i, j, g.total], "share_of_total", "fit", "consistent", assumption=f"the share is of {g.name}",
                               expected=f"{float(exact):.2f}%", observed=rows[i]["reported"], **facts)]
        tried.append((j, facts, exact))
    if len(tried) == 1:
        j, facts, exact = tried[0]
        return [make_check(rows, g, [i], "share_of_total", "misfit", "inconsistent", assumption=f"the share is of {g.name}",
                           expected=f"{float(exact):.2f}%", observed=rows[i]["reported"], **facts)]
    return []
