"""``total``: a stated total and its parts.

Finder
    "共32名,其中:2名、3名…" (the parts follow 其中 in the same sentence, the
    total after 共/合计/总计 …), "18个村党支部中,…12个、5个…" (a total whose
    parts follow, with 中 right after its number), "6个部门党委和26个部门党组中"
    (two counts named together), and "甲20人,乙30人,合计50人" (the parts
    come before 合计).  The parts are counts of the same unit, not sample
    statements; they end where another base of the kind begins.

Judge
    Parts that add up past their total are ``inconsistent``; parts that miss
    it are ``inconsistent`` when the list is evidently complete (a colon, three
    parts or more, 合计) and ``consistent_if`` (the list names only some)
    otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..bases import same_unit
from ..grouping import Scan
from ..judging import make_check
from ..records import ClaimList, Group, span_at
from ..results import Check
from ..shares import whole

__all__ = ["TotalGroup", "find", "judge"]

#: Words before a total, right before its number.
_TOTAL_BEFORE = re.compile(r"(?:合计|总计|共计|两者总计|二者合计|两项合计|总共|一共|累计)\s*(?:为|有|达)?\s*$")
_OF_WHICH = re.compile(r"其中")
#: "18个村党支部中,": a total whose parts follow, right after its number.
_AMONG = re.compile(r"[\u4e00-\u9fff“”]{0,12}?中\s*[,，:：]")
#: What joins two counts into one population ("6个部门党委和26个部门党组中").
_JOINED = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:和|与|及|、|以及)")


@dataclass(eq=False)
class TotalGroup(Group):
    """A stated total (claim ``total``), its ``parts``, whether the list is evidently ``exhaustive``, ``how`` it is
    introduced (其中, 中, 合计), and the counts ``joined`` with the total into one population."""

    kind: str = "total"
    total: int = -1
    parts: list[int] = field(default_factory=list)
    exhaustive: bool = False
    how: str = ""
    joined: list[int] = field(default_factory=list)


def find(scan: Scan) -> None:
    rows, text = scan.rows, scan.rows.text
    lo, hi = scan.sentence
    numerators = scan.numerators
    counts = [i for i in scan.members if rows[i]["kind"] == "count" and whole(rows[i]["value"]) is not None]
    for i in counts:
        if rows.is_sample(i):
            continue
        start, end = rows.positions[i]
        unit = rows.units[i]
        # "共32名…,其中…": the parts follow 其中 in the same sentence; "18个村党支部中,…12个、5个…"
        m = _OF_WHICH.search(text, end, hi)
        among = False
        if not (m and re.search(r"(?:共|共有|共计|总计|合计|累计|一共|总共)", text[max(lo, start - 30) : start])):
            # "18个村党支部中,…": not "在214名毕业生中", the base of what follows
            m = _AMONG.match(text, end) if "在" not in text[max(lo, start - 3) : start] else None
            among = True
        if m and not any(rows.positions[j][0] < m.start() for j in counts if j > i):
            parts = [j for j in counts if rows.positions[j][0] > m.start() and same_unit(rows.units[j], unit) and not rows.is_sample(j)
                     and not (among and j in numerators)]
            # "其中观察组5例(2例搬迁,3例拒访),对照组3例": the counts in brackets right after a part are its parts, not the total's
            nested = _bracketed_parts(rows, parts, hi)
            parts = [j for j in parts if j not in {k for ks in nested.values() for k in ks}]
            # the parts end where another base of the kind begins ("…;今年受访的418户中,…")
            stop = next((k for k, j in enumerate(parts) if _AMONG.match(text, rows.positions[j][1])), None)
            parts = parts[:stop] if stop is not None else parts
            # "其中女党员3912名,…;35岁及以下党员2187名,…,60岁及以上党员5603名,…;大专及以上学历党员4071名": each ;-clause a list of
            # its own when the clauses split the total by different attributes (sex, age, education overlap)
            lists = _lists_by_attribute(rows, parts, scan.clause_spans) if not among else [parts]
            parts = lists[0]
            for more in lists[1:]:
                h = TotalGroup(start=rows.positions[more[0]][0], end=rows.positions[more[-1]][1], total=i, parts=more, exhaustive=False, how="其中")
                h.members += [i, *more]
                scan.add(h)
            if len(parts) >= (2 if among else 1):
                colon = text[m.end() : m.end() + 1] in (":", "：") or m.group(0).endswith((":", "："))
                # "6个部门党委和26个部门党组中,有2个…,有11个…": the population is both counts together
                joined = [j for j in counts if j < i and same_unit(rows.units[j], unit) and not rows.is_sample(j)
                          and _JOINED.fullmatch(text, rows.positions[j][1], start)][-1:] if among else []
                g = TotalGroup(start=rows.positions[joined[0]][0] if joined else start, end=hi, total=i, parts=parts,
                               exhaustive=(colon or len(parts) >= 3) and not joined, how="其中" if "其中" in m.group(0) else "中", joined=joined)
                g.members += [*joined, i, *parts]
                scan.add(g)
                scan.used.update(joined)
                scan.used.add(i)
                for part, inner in nested.items():
                    if part in parts and len(inner) >= 2:
                        sub = TotalGroup(start=rows.positions[part][0], end=rows.positions[inner[-1]][1], total=part, parts=inner, exhaustive=False, how="括号")
                        sub.members += [part, *inner]
                        scan.add(sub)
                continue
        # "…,合计50人": the parts come before, in the same sentence
        if _TOTAL_BEFORE.search(text, max(lo, start - 6), start):
            parts = [j for j in counts if j < i and same_unit(rows.units[j], unit) and not rows.is_sample(j) and j not in scan.used]
            if len(parts) >= 2:
                g = TotalGroup(start=lo, end=end, total=i, parts=parts, exhaustive=True, how="合计")
                g.members += [*parts, i]
                scan.add(g)
                scan.used.add(i)
        # "专职网格员153名、兼职网格员289名,共442名网格员": a list of counts, then 共 and their sum; 共 may also total
        # things that overlap or that the list names only some of, so only a list that adds up exactly is grouped
        elif _SUM_AFTER.search(text, max(lo, start - 4), start):
            parts = _listed_before(rows, counts, i, lo)
            if len(parts) >= 2 and sum(whole(rows[j]["value"]) for j in parts) == whole(rows[i]["value"]):
                g = TotalGroup(start=rows.positions[parts[0]][0], end=end, total=i, parts=parts, exhaustive=False, how="共")
                g.members += [*parts, i]
                scan.add(g)
                scan.used.add(i)


#: 共 right before a total that sums the list before it.
_SUM_AFTER = re.compile(r"[,，、]\s*(?:共|共有|总共|一共)\s*$")
#: What stands between two counts of one list: the unit of the first, 、 or a comma, the short label of the next.
_LIST_GAP = re.compile(r"[^\d\s,，、。;；:：]{0,2}\s*[、,，]\s*[\u4e00-\u9fffA-Za-z“”\"]{0,10}")


def _listed_before(rows: ClaimList, counts: list[int], i: int, lo: int) -> list[int]:
    """The counts of the unit of ``i`` listed right before it in its sentence, each joined to the next by a short label."""
    text, unit = rows.text, rows.units[i]
    before = [j for j in counts if j < i and rows.positions[j][0] >= lo and same_unit(rows.units[j], unit) and not rows.is_sample(j)]
    parts: list[int] = []
    for j in reversed(before):
        if parts and not _LIST_GAP.fullmatch(text, rows.positions[j][1], rows.positions[parts[0]][0]):
            break
        parts.insert(0, j)
    return parts


def _lists_by_attribute(rows: ClaimList, parts: list[int], clause_spans: list[tuple[int, int]]) -> list[list[int]]:
    """``parts`` as one list, or one list per ;-clause when the clauses name categories of different attributes."""
    from .form import attribute_of

    text = rows.text
    clauses: dict[tuple[int, int], list[int]] = {}
    for j in parts:
        clauses.setdefault(span_at(clause_spans, rows.positions[j][0]), []).append(j)
    if len(clauses) < 2:
        return [parts]
    attributes = []
    for (lo, _), members in clauses.items():
        found = set()
        for j in members:
            start = rows.positions[j][0]
            lead = max([lo] + [text.rfind(c, lo, start) + 1 for c in ",，、;；"])
            found.add(attribute_of(text[lead:start]))
        attributes.append(found - {""})
    if any(not a for a in attributes) or all(a == attributes[0] for a in attributes):
        return [parts]
    return list(clauses.values())


_OPEN, _CLOSE = "(（", ")）"


def _bracketed_parts(rows: ClaimList, parts: list[int], hi: int) -> dict[int, list[int]]:
    """For each part followed at once by an opening bracket, the parts inside that bracket."""
    text = rows.text
    out: dict[int, list[int]] = {}
    for j in parts:
        end = rows.positions[j][1]
        k = end
        while k < hi and text[k] in " \t":
            k += 1
        if k >= hi or text[k] not in _OPEN:
            continue
        close = next((x for x in range(k + 1, min(hi, k + 80)) if text[x] in _CLOSE), None)
        if close is None:
            continue
        inner = [p for p in parts if k < rows.positions[p][0] and rows.positions[p][1] <= close]
        if inner:
            out[j] = inner
    return out


def judge(rows: ClaimList, g: TotalGroup) -> list[Check]:
    t, parts, joined = g.total, g.parts, g.joined
    total = sum(whole(rows[j]["value"]) for j in [*joined, t])
    values = [rows[j]["value"] for j in parts]
    s = sum(whole(v) for v in values)
    facts = {"parts": values, "sum": s, "total": total}
    if joined:
        named = [rows[j]["value"] for j in [*joined, t]]
        ok = s <= total
        # a list within its total: its parts are judged with it; a list past it accuses the total only (which is wrong is not shown)
        return [make_check(rows, g, [*joined, t, *parts] if ok else [*joined, t], "stated_total", "joined_within" if ok else "joined_over", "consistent" if ok else "inconsistent",
                           assumption=f"the parts are of the {' + '.join(named)} = {total} named together", expected=f">= {s}", observed=str(total),
                           named=named, **facts)]
    if len(parts) == 1:
        ok = s <= total
        return [make_check(rows, g, [t, *parts] if ok else [t], "stated_total", "part_within" if ok else "part_over", "consistent" if ok else "inconsistent",
                           assumption="a part of the total", expected=f">= {s}", observed=rows[t]["value"], **facts)]
    if s == total:
        return [make_check(rows, g, [t, *parts], "stated_total", "equal", "consistent", assumption="the parts make up the total", expected=str(s),
                           observed=rows[t]["value"], **facts)]
    if s > total:
        return [make_check(rows, g, [t], "stated_total", "over", "inconsistent", assumption="the parts make up the total", expected=str(s),
                           observed=rows[t]["value"], gap=s - total, **facts)]
    if g.exhaustive:
        return [make_check(rows, g, [t], "stated_total", "short_complete", "inconsistent", assumption="the parts listed make up the total",
                           expected=str(s), observed=rows[t]["value"], gap=total - s, how=g.how, **facts)]
    how = "其中" if g.how == "其中" else "list"
    return [make_check(rows, g, [t, *parts], "stated_total", "short_partial", "consistent_if",
                       assumption=f"{'其中' if how == '其中' else 'the list'} may name only some of the parts", expected=f">= {s}",
                       observed=rows[t]["value"], gap=total - s, how=how, **facts)]
