"""``points``: a change in percentage points, and the two shares it joins.

Finder
    Each number printed in 个百分点 (or 百分点) is a group of its own, over its sentence.

Judge
    The change is the difference of the last two shares printed before it in
    its sentence, within the rounding of all three.  When the sentence prints
    one share (the earlier year's: "与2022年同类调查的37.4%相比,表示愿意的
    比例上升了9.9个百分点"), the other is a share of the sentence before whose
    clause names the same thing (a word of two characters in common: "46.3%的
    受访青年表示愿意"): ``consistent`` when it gives the change,
    ``consistent_if`` when only another share of that sentence does, and
    ``inconsistent`` when none does.  ``not_checkable`` otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from ..grouping import Scan
from ..judging import make_check
from ..records import ClaimList, Group, clause_start, span_at
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
    if len(before) == 1:
        paired = _with_the_sentence_before(rows, g, i, before[0], lo)
        if paired is not None:
            return [paired]
    if len(before) < 2:
        return [make_check(rows, g, [i], "points_change", "not_printed", "not_checkable", expected="two shares in the sentence",
                           observed=f"{value} points", value=value)]
    cut = clause_start(rows.text, start, lo)
    if any(rows[j]["kind"] == "damaged" for j in rows.between(cut, start)):
        # "比去年的6l.3%提高了12.5个百分点": the share it joins is damaged, and no other share stands in for it
        return [make_check(rows, g, [i], "points_change", "not_printed", "not_checkable", expected="two shares in the sentence",
                           observed=f"{value} points", value=value)]
    a, b = _named_answer(rows, before, lo, start) or _compared(rows, before, lo, start)
    if _TIME_COMPARED.search(rows.text, rows.positions[b][1], start) and not any(_marked_earlier(rows, j, lo) for j in (a, b)):
        # "…最高,为83.6%;对停车设施的满意度最低,仅为52.3%,比去年下降1.8个百分点": the change is on last year's share, which
        # is not printed; the share before is another subject's
        return [make_check(rows, g, [i], "points_change", "not_printed", "not_checkable", expected="two shares in the sentence",
                           observed=f"{value} points", value=value)]
    va, vb = Fraction(rows[a]["value"]), Fraction(rows[b]["value"])
    change = abs(vb - va)
    slack = rounding_slack(rows[j]["value"] for j in (a, b, i))
    ok = abs(change - Fraction(value)) <= slack
    return [make_check(rows, g, [i], "points_change", "fit" if ok else "misfit", "consistent" if ok else "inconsistent",
                       assumption=f"the change joins {rows[a]['reported']} and {rows[b]['reported']}", expected=f"{float(change):g} points",
                       observed=f"{value} points", before=rows[a]["value"], after=rows[b]["value"], change=float(change), value=value,
                       slack=float(slack))]


_QUOTED = re.compile(r"[“\"「]([^”\"」]{1,16})[”\"」]")


def _named_answer(rows: ClaimList, before: list[int], lo: int, start: int) -> tuple[int, int] | None:
    """The two shares a change joins when its clause quotes an answer and prints that answer's earlier share ("其中“基本待在
    教室”的比例比2021年调查时的45.2%上升了6.8个百分点"): the earlier share, and the share the sentence printed before for the
    same quoted answer ("“基本待在教室”的占53.7%"); ``None`` unless each is found once."""
    text = rows.text
    cut = clause_start(text, start, lo)
    inside = [j for j in before if rows.positions[j][0] >= cut]
    names = _QUOTED.findall(text, cut, start)
    if len(inside) != 1 or len(names) != 1 or not _marked_earlier(rows, inside[0], cut):
        return None
    quoted = [f"“{names[0]}”", f'"{names[0]}"', f"「{names[0]}」"]
    hits = []
    for j in before:
        if rows.positions[j][0] >= cut:
            continue
        lead = text[clause_start(text, rows.positions[j][0], lo) : rows.positions[j][0]]
        if any(q in lead for q in quoted):
            hits.append(j)
    return (hits[0], inside[0]) if len(hits) == 1 else None


#: A change on an earlier time after its share: "比去年下降1.8个百分点", "同比提高", "较上年".
_TIME_COMPARED = re.compile(r"(?:比|较|同比|与)(?:去年|上年|上一年|前一年|上次|上期|上届|上轮|同期|\d{4}年)|同比")
#: A share said to be of an earlier time: "去年同期调查的71.2%", "2022年为37.4%".
_EARLIER = re.compile(r"去年|上年|上一年|前一年|上次|上期|上届|上轮|同期|\d{4}年|此前|以前")


def _marked_earlier(rows: ClaimList, j: int, lo: int) -> bool:
    """Is share ``j`` said to be of an earlier time, in the words that lead to it from the number before it (or the
    sentence's start): "2022年调查的356户中,开设平台网店的83户,占23.31%"?"""
    start = rows.positions[j][0]
    before = [k for k in rows.between(lo, start) if k < j]
    return bool(_EARLIER.search(rows.text, rows.positions[before[-1]][1] if before and rows[before[-1]]["kind"] == "percent" else lo, start))


#: A clause that compares with one share: "比等候时间(40.88%)高出26.7个百分点", "较上年的37.4%提高".
_COMPARED_CLAUSE = re.compile(r"[^,，;；。]{0,12}?(?:比(?![例重率])|较(?![为多少高低好大小差]))[^,，;；。]*$")
def _compared(rows: ClaimList, before: list[int], lo: int, start: int) -> tuple[int, int]:
    """The two shares a change joins: the last two before it, unless its clause compares with one share ("比等候时间(40.88%)
    高出26.7个百分点") after another such clause; then the share it is compared with and the sentence's subject, the last
    share before them outside a comparing clause ("满意的占68.55%,比口味(53.45%)高出15.1个百分点,比等候时间(40.88%)高出
    26.7个百分点": 68.55 − 40.88)."""
    text = rows.text
    cut = clause_start(text, start, lo)
    inside = [j for j in before if rows.positions[j][0] >= cut]
    if len(inside) != 1 or not _COMPARED_CLAUSE.match(text, cut, rows.positions[inside[0]][0]):
        return before[-2], before[-1]
    for j in reversed([j for j in before if rows.positions[j][0] < cut]):
        c = clause_start(text, rows.positions[j][0], lo)
        if not _COMPARED_CLAUSE.match(text, c, rows.positions[j][0]):
            return j, inside[0]
    return before[-2], before[-1]


#: Words of two characters that say nothing about what a share is of.
_COMMON = frozenset("比例 受访 表示 调查 相比 百分 分点 上升 下降 提高 增加 减少 降低 增长 同期 同类 结果 显示 其中 认为 选择 的比 例上 例为 年同".split())
_CHANGE_CLAUSE = re.compile(r"[^,，;；。]*$")


def _bigrams(text: str) -> set[str]:
    """The words of two characters of ``text``, a negated one left out ("不愿意" names no 愿意)."""
    han = re.sub(r"[^\u4e00-\u9fff]", " ", re.sub(r"[不没未无非][\u4e00-\u9fff]{0,2}", " ", text))
    return {w[k : k + 2] for w in han.split() for k in range(len(w) - 1)} - _COMMON


def _with_the_sentence_before(rows: ClaimList, g: PointsGroup, i: int, old: int, lo: int) -> Check | None:
    """The change joins the one share of its sentence (``old``) and a share of the sentence before that names the same thing."""
    if lo == 0:
        return None
    plo, _ = span_at(rows.sentences, lo - 1)
    shares = [j for j in rows.between(plo, lo) if rows[j]["kind"] == "percent"]
    if not shares:
        return None
    text, start = rows.text, rows.positions[i][0]
    subject = _bigrams(_CHANGE_CLAUSE.search(text, lo, start).group(0))
    def clause(j: int) -> str:
        s, e = rows.positions[j]
        a = max(text.rfind(p, plo, s) for p in ",，;；") + 1
        ends = [k for k in (text.find(p, e, lo) for p in ",，;；。") if k >= 0]
        return text[max(a, plo) : min(ends) if ends else lo]
    named = [j for j in shares if subject & _bigrams(clause(j))]
    if len(named) != 1:
        return None
    value = rows[i]["value"]
    va = Fraction(rows[old]["value"])

    def fits(j: int) -> tuple[bool, Fraction, Fraction]:
        change = abs(Fraction(rows[j]["value"]) - va)
        slack = rounding_slack(rows[x]["value"] for x in (j, old, i))
        return abs(change - Fraction(value)) <= slack, change, slack

    new = named[0]
    ok, change, slack = fits(new)
    facts = {"before": rows[old]["value"], "value": value}
    if ok:
        return make_check(rows, g, [i], "points_change", "fit", "consistent", assumption=f"the change joins {rows[old]['reported']} and "
                          f"{rows[new]['reported']} of the sentence before, which names the same answer", expected=f"{float(change):g} points",
                          observed=f"{value} points", after=rows[new]["value"], change=float(change), slack=float(slack), **facts)
    other = next((j for j in shares if j != new and fits(j)[0]), None)
    if other is not None:
        ok, change, slack = fits(other)
        return make_check(rows, g, [i], "points_change", "fit", "consistent_if", assumption=f"the change joins {rows[old]['reported']} and "
                          f"{rows[other]['reported']} of the sentence before, though the words name {rows[new]['reported']}",
                          expected=f"{float(change):g} points", observed=f"{value} points", after=rows[other]["value"], change=float(change),
                          slack=float(slack), **facts)
    return make_check(rows, g, [i], "points_change", "misfit", "inconsistent", assumption=f"the change joins {rows[old]['reported']} and "
                      f"{rows[new]['reported']} of the sentence before, which names the same answer; no share of that sentence gives it",
                      expected=f"{float(change):g} points", observed=f"{value} points", after=rows[new]["value"], change=float(change),
                      slack=float(slack), **facts)
