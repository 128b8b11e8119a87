"""``parts``: a statistical bulletin's total and the parts it is split into, in the same unit.

A bulletin prints a total, then its parts: "地区生产总值245.68亿元…分产业看,第一产业增加值38.12亿元…第二产业…96.47亿元…第三产业…111.09亿元",
"户籍总人口52.37万人,其中城镇人口21.86万人,乡村人口30.51万人", "社会消费品零售总额86.43亿元…按经营地分,城镇…61.27亿元,乡村…25.16亿元".

Finder
    a total (an amount or a count in 万) named as one (总值, 总额, 总量, 总人口,
    总产量, 生产总值 …), then, within its sentence or the next, a split (分产业看,
    按经营地分, 分城乡看, 其中 …) and two or more numbers in the total's unit, up to
    the end of that sentence; the parts are each led by a category of one
    partition (第一/第二/第三产业; 城镇/城市/城区 and 乡村/农村; 男/女) or, after
    其中, by any words.

Judge
    ``parts_sum``: the parts add up to the total within the rounding of all
    of them (half a unit of each one's last digit), ``consistent``; to more,
    ``inconsistent`` (parts that exclude each other cannot exceed their
    whole; a part larger than the total by itself is named alone with the total,
    ``part_over``); to less, ``inconsistent`` where the categories are a whole
    partition (the three industries, town and country), else ``consistent_if``
    (其中 may name only some).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from ..judging import make_check
from ..records import ClaimList, Group, clause_start
from ..results import Check
from ..shares import rounding_slack

__all__ = ["PartsGroup", "find", "judge"]

_TOTAL_WORDS = re.compile(r"(?:总值|总额|总量|总人口|总产量|总产值|总收入|总支出|生产总值|零售总额|总数)\s*(?:为|达|达到|是)?\s*$")
#: Words of an average: a total named with one is no sum of parts.
_AVERAGE = re.compile(r"人均|平均|年均|户均|日均|月均|生均|均值")
_CHANGE = re.compile(r"(?:增加|减少|增长|下降|提高|降低|多|少)了?\s*$")
_SPLIT = re.compile(r"分产业看|分行业看|分城乡看|按经营地分|按城乡分|分地区看|分经济类型看|其中")
#: The categories of the partitions a bulletin splits a total by: each part's words name one.
_PARTITIONS = (
    ("industry", re.compile(r"第[一二三]产业")),
    ("residence", re.compile(r"城镇|城市|城区|乡村|农村")),
    ("sex", re.compile(r"男|女")),
)


#: A total's unit, then 其中 right after it: "户籍人口61.84万人,其中", "卫生机构342个,其中", "学校142所。其中,"; or after the
#: total's changes on the year before ("在校学生68 435人,比上年减少1 286人,下降1.9%。其中,普通高中在校生…").
_RIGHT_BEFORE_SPLIT = re.compile(r"[\u4e00-\u9fff]{0,2}(?:\s*[,，]\s*(?:比上年|较上年|比去年|同比)?(?:增加|减少|增长|下降|提高|降低)了?[^,，。;；]{0,14})*"
                                 r"\s*[,，。]\s*其中")


@dataclass(eq=False)
class PartsGroup(Group):
    """A total (``total``, a claim index) and its parts (``members`` after it), the partition that names them (or ``""``)."""

    kind: str = "parts"
    total: int = -1
    partition: str = ""
    #: a nested group's total confirmed by the parts it is one of ("62 + 1187 + 33 + 4 = 1286"): not blamed for its own parts
    confirmed: str = ""


def _unit(rows: ClaimList, i: int) -> str:
    return rows.units[i] or ""


def find(rows: ClaimList, add) -> None:
    text = rows.text
    if not _SPLIT.search(text):
        return
    taken = rows.taken()
    for i, row in enumerate(rows):
        if row["kind"] not in ("amount", "count") or i in taken or not _unit(rows, i):
            continue
        start, end = rows.positions[i]
        if _CHANGE.search(text, max(0, start - 6), start):
            continue  # "比上年减少1 286人": a change, no total
        clause = clause_start(text, start, marks=",，。;；\n")
        if _AVERAGE.search(text, clause, start):
            continue  # "人均可支配收入41 256元…其中城镇居民人均…52 418元": an average is not the sum of its groups' averages
        # a total named as one ("生产总值"), or any count or amount right before 其中 ("户籍人口61.84万人,其中城镇人口…")
        right_before = _RIGHT_BEFORE_SPLIT.match(text, end)
        if not right_before and not _TOTAL_WORDS.search(text, max(0, start - 10), start):
            continue
        # the split in this sentence or the next, and the parts up to the end of that sentence
        stop = text.find("。", end)
        stop = text.find("。", stop + 1) if stop >= 0 and not _SPLIT.search(text, end, stop) else stop
        split = _SPLIT.search(text, end, stop if stop >= 0 else len(text))
        if split is None:
            continue
        sentence_end = text.find("。", split.end())
        hi = sentence_end if sentence_end >= 0 else len(text)
        parts = [j for j in rows.between(split.end(), hi) if rows[j]["kind"] == row["kind"] and _unit(rows, j) == _unit(rows, i) and j not in taken]
        if len(parts) < 2:
            continue
        leads = []
        last = split.end()
        for j in parts:
            leads.append(text[last : rows.positions[j][0]])
            last = rows.positions[j][1]
        # a change ("比上年增加1.02万人") is no part of it
        keep = [k for k, (j, lead) in enumerate(zip(parts, leads, strict=True)) if not _CHANGE.search(lead)]
        parts, leads = [parts[k] for k in keep], [leads[k] for k in keep]
        # "医院62个(公立医院31个,民营医院33个);基层…1 187个(…)": the parts in brackets after a part are that part's, not the total's
        nested: dict[int, list[int]] = {}
        for j in parts:
            close = _bracket_after(text, rows.positions[j][1])
            if close is not None:
                nested[j] = [x for x in parts if rows.positions[j][1] < rows.positions[x][0] < close]
        inner = {x for xs in nested.values() for x in xs}
        leads = [lead for j, lead in zip(parts, leads, strict=True) if j not in inner]
        parts = [j for j in parts if j not in inner]
        if len(parts) < 2:
            continue
        partition = ""
        for name, words in _PARTITIONS:
            if all(words.search(lead) for lead in leads):
                partition = name
                break
        if not partition and split.group() != "其中":
            continue
        if not partition and not text.startswith((":", "："), split.end()):
            # "46家,其中5A级2家、4A级15家、3A级29家;星级饭店38家": a 其中 list without a partition ends with its clause (a list
            # headed "其中:" runs over its ;-clauses to the sentence's end)
            clause_end = min((k for k in (text.find(";", split.end(), hi), text.find("；", split.end(), hi)) if k >= 0), default=hi)
            parts = [j for j in parts if rows.positions[j][0] < clause_end]
            if len(parts) < 2:
                continue
        g = PartsGroup(start=start, end=rows.positions[parts[-1]][1], total=i, partition=partition)
        g.members += [i, *parts]
        taken.update(g.members)
        add(g)
        values = [str(rows[j]["value"]) for j in parts]
        whole_sum = all("." not in v for v in values) and sum(int(v) for v in values) == Fraction(str(row["value"]))
        for j in parts:
            if len(nested.get(j, [])) >= 2:
                sub = PartsGroup(start=rows.positions[j][0], end=rows.positions[nested[j][-1]][1], total=j,
                                 confirmed=f"{' + '.join(values)} = {row['value']}" if whole_sum else "")
                sub.members += [j, *nested[j]]
                taken.update(sub.members)
                add(sub)


def _bracket_after(text: str, end: int) -> int | None:
    """Where the bracket that opens right after a part (its unit between) closes, brackets inside it skipped; ``None`` if
    no bracket opens there."""
    m = re.match(r"[\u4e00-\u9fff]{0,2}\s*[(（]", text[end : end + 6])
    if m is None:
        return None
    depth, k = 0, end + m.end() - 1
    while k < len(text) and k < end + 400:
        if text[k] in "(（":
            depth += 1
        elif text[k] in ")）":
            depth -= 1
            if depth == 0:
                return k
        k += 1
    return None


def judge(rows: ClaimList, g: PartsGroup) -> list[Check]:
    parts = g.members[1:]
    values = [str(rows[j]["value"]) for j in parts]
    total = str(rows[g.total]["value"])
    s = sum(map(Fraction, values))
    unit = rows.units[g.total] or ""
    # whole counts of things counted one by one ("46家, 其中…2家、15家、29家") are exact; figures in 万 or with decimals are rounded
    exact = all("." not in v for v in [*values, total]) and not any(w in unit for w in ("万", "亿", "千"))
    slack = Fraction(0) if exact else rounding_slack([*values, total])
    gap = s - Fraction(total)
    d = max(len(v.partition(".")[2]) for v in [*values, total])
    shown = f"{float(s):.{d}f}"
    facts = {"parts": [rows[j]["reported"] for j in parts], "sum": shown, "total": rows[g.total]["reported"], "slack": f"{float(slack):g}"}
    claims = [g.total, *parts]
    blamed = parts if g.confirmed else claims  # a total that the parts it is one of confirm is not the number at fault
    if abs(gap) <= slack:
        return [make_check(rows, g, claims, "parts_sum", "equal_exact" if exact else "equal", "consistent", assumption="the parts make up the total",
                           expected=shown, observed=rows[g.total]["reported"], **facts)]
    facts["gap"] = f"{float(abs(gap)):.{d}f}"
    alone = [j for j in parts if Fraction(str(rows[j]["value"])) - Fraction(total) > rounding_slack([str(rows[j]["value"]), total])]
    if alone:
        # "公路总里程1846公里,其中…农村公路1912公里": a part larger than its whole by itself; that part or the total is wrong
        return [make_check(rows, g, [g.total, *alone], "parts_sum", "part_over", "inconsistent", assumption="a part is within its whole",
                           expected=f"<= {rows[g.total]['reported']}", observed=rows[alone[0]]["reported"], part=rows[alone[0]]["reported"], **facts)]
    if gap > 0 and g.confirmed:
        return [make_check(rows, g, blamed, "parts_sum", "over_confirmed", "inconsistent",
                           assumption=f"the parts exclude each other; the total is confirmed by {g.confirmed}",
                           expected=shown, observed=rows[g.total]["reported"], confirmed=g.confirmed, **facts)]
    if gap > 0:
        return [make_check(rows, g, blamed, "parts_sum", "over", "inconsistent", assumption="the parts exclude each other",
                           expected=shown, observed=rows[g.total]["reported"], **facts)]
    if g.partition:
        return [make_check(rows, g, claims, "parts_sum", "short_whole", "inconsistent", assumption=f"the parts are a whole partition ({g.partition})",
                           expected=shown, observed=rows[g.total]["reported"], **facts)]
    return [make_check(rows, g, claims, "parts_sum", "short_if", "consistent_if", assumption="其中 names only some of the parts",
                       expected=shown, observed=rows[g.total]["reported"], **facts)]
