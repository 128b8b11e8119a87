"""``votes``: a satisfaction poll's table of votes by unit (满意度测评), flattened into text.

A government site publishes each department's votes and its 满意率: "序号 单位名称 参评人数 满意票 基本满意票 不满意票 满意率(%)
综合得分 排名 1 县行政审批服务局 156 131 21 4 97.44 94.74 1 … 合计 996 731 196 59 94.08 90.14".  Every voter casts one
vote, so a row's votes add up to its voters; the 满意率 is 满意 (and 基本满意, as the page's formula says, "满意率=(满意票+
基本满意票)÷参评人数×100%") over the voters; the 合计 row adds up the rows.

Reader (:func:`vote_tables`, also used by :mod:`dangjian.engine.table_numbers`: each number a claim of kind ``cell``)
    the header (参评人数 or 测评人数, 满意, 基本满意, 不满意, 满意率), then rows of an optional number, a unit's name, the voters,
    the three votes and the 满意率 (the columns after it are read as the row's own), and the 合计 row.

Judge
    ``votes_sum``: a row's votes against its voters (exact: votes are counted one by one); ``vote_score``: a score the
    page defines by weights ("综合得分=(满意票×100+基本满意票×80)÷参评人数") against them; ``vote_rate``: the 满意率
    against the definition the page prints, or else either convention (满意 alone, or with 基本满意), over the voters
    (``inconsistent`` where none gives it); ``cells_sum``: the 合计 row's voters and votes against the rows.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from fractions import Fraction

from ..judging import make_check
from ..records import ClaimList, Group
from ..results import Check
from ..shares import share_fits

__all__ = ["VoteTable", "VotesGroup", "vote_tables", "find", "judge"]

_HEAD = re.compile(r"(?:参评人数|测评人数|参评票数|有效票数|总票数)\s*满意(?:票|票数)?\s*基本满意(?:票|票数)?\s*不满意(?:票|票数)?\s*满意率\s*[(（]\s*[%％]\s*[)）]")
_ROW = re.compile(r"\s*(?:\d{1,2}\s*)?(?P<name>[\u4e00-\u9fff（）()]{2,24}?)\s*(?P<n>\d{1,6})\s+(?P<a>\d{1,6})\s+(?P<b>\d{1,6})\s+(?P<c>\d{1,6})\s+"
                  r"(?P<rate>\d{1,3}(?:[.。]\d{1,2})?)(?![\d.。])(?P<rest>(?:\s+\d+(?:\.\d+)?(?![\d.]))*)")
_TOTAL = re.compile(r"合\s*计|总\s*计|合计|总计|全县|全市|平均")
#: The page's definition of a weighted score: "综合得分=(满意票×100+基本满意票×80)÷参评人数".
_SCORE = re.compile(r"(?:综合得分|满意度得分|得分)\s*[=＝]\s*[(（]?\s*满意(?:票|票数)?\s*[×xX*]\s*(?P<w1>\d+)\s*[+＋]\s*基本满意(?:票|票数)?\s*[×xX*]\s*(?P<w2>\d+)")
#: The page's definition of the rate: 满意 and 基本满意 together.
_BOTH = re.compile(r"满意率\s*[=＝]\s*[(（]?\s*满意(?:票|票数|人数)?\s*[+＋]\s*基本满意")


@dataclass(frozen=True)
class VoteTable:
    """The rows as ``(name, n, a, b, c, rate)`` (each number ``(start, end, printed)``), the 合计 row or ``None``, whether the
    page defines the rate as 满意 + 基本满意 (``True``), as 满意 alone (``False``) or not at all (``None``)."""

    rows: tuple
    total: tuple | None
    both: bool | None
    start: int
    end: int
    #: the weights of 满意 and 基本满意 in the score the page defines, with each row's score (the number after its rate)
    weights: tuple | None = None


def vote_tables(text: str) -> list[VoteTable]:
    """The vote tables of a text.

    >>> t = vote_tables("单位名称 参评人数 满意票 基本满意票 不满意票 满意率(%) 1 县医保局 129 108 17 4 96.90 2 县交通局 133 94 31 8 93.98 合计 262 202 48 12 95.42")[0]
    >>> [(r[0], r[1][2], r[5][2]) for r in t.rows], t.total[1][2]
    ([('县医保局', '129', '96.90'), ('县交通局', '133', '93.98')], '262')
    """
    if "满意率" not in text or "基本满意" not in text:
        return []
    return list(_tables(text))


@functools.lru_cache(maxsize=4)
def _tables(text: str) -> tuple[VoteTable, ...]:
    out = []
    definition = _BOTH.search(text)
    score = _SCORE.search(text)
    for head in _HEAD.finditer(text):
        # the header's other columns (综合得分, 排名) before the first row
        pos = head.end()
        skip = re.match(r"[\u4e00-\u9fff()（）%％\s]{0,20}?(?=\s*\d)", text[pos:])
        pos += skip.end() if skip else 0
        rows, total = [], None
        while (m := _ROW.match(text, pos)) is not None:
            # (a rate whose point the scrape printed as "。", "93。98", is read as 93.98)
            cells = tuple((m.start(x), m.end(x), m.group(x).replace("。", ".")) for x in ("n", "a", "b", "c", "rate"))
            if score is not None:
                first = re.match(r"\s+(\d+\.\d+)", m.group("rest"))
                cells += ((m.start("rest") + first.start(1), m.start("rest") + first.end(1), first.group(1)),) if first else ()
            row = (m.group("name").strip(), *cells)
            if _TOTAL.search(row[0]):
                total = row
                pos = m.end()
                break
            rows.append(row)
            pos = m.end()
        if len(rows) >= 2:
            weights = (int(score.group("w1")), int(score.group("w2"))) if score else None
            out.append(VoteTable(tuple(rows), total, True if definition else None, head.start(), pos, weights))
    return tuple(out)


@dataclass(eq=False)
class VotesGroup(Group):
    """A vote table and its cells' claims, ``(row, column)`` with columns 0-4 (voters, 满意, 基本满意, 不满意, 满意率) and the 合计
    row as ``("total", column)``."""

    kind: str = "votes"
    table: VoteTable | None = None
    claims: dict = field(default_factory=dict)


def find(rows: ClaimList, add) -> None:
    at = {pos[0]: i for i, pos in enumerate(rows.positions)}
    taken = rows.taken()
    for t in vote_tables(rows.text):
        claims = {}
        for key, row in [*enumerate(t.rows), *([("total", t.total)] if t.total else [])]:
            for c, cell in enumerate(row[1:]):
                i = at.get(cell[0])
                if i is not None and i not in taken:
                    claims[(key, c)] = i
        if claims:
            g = VotesGroup(start=t.start, end=t.end, table=t, claims=claims)
            g.members = sorted(set(claims.values()))
            add(g)


def judge(rows: ClaimList, g: VotesGroup) -> list[Check]:
    t, out = g.table, []
    rows_ok = True
    for key, row in [*enumerate(t.rows), *([("total", t.total)] if t.total else [])]:
        name = row[0]
        n, a, b, c = (int(x[2]) for x in row[1:5])
        if key == "total":
            # the 合计 row's rate is of the columns' sums, which its own cells are checked against below
            n, a, b = (sum(int(r[1 + col][2]) for r in t.rows) for col in range(3))
        rate = row[5][2]
        ids = [g.claims.get((key, k)) for k in range(4)]
        if None not in ids and key != "total":
            rows_ok = rows_ok and a + b + c == n
            ok = a + b + c == n
            out.append(make_check(rows, g, ids if ok else ids[1:], "votes_sum", "equal" if ok else "differ", "consistent" if ok else "inconsistent",
                                  assumption="each voter casts one vote", expected=str(n), observed=str(a + b + c), line=name, votes=[a, b, c],
                                  sum=a + b + c, n=n))
        i = g.claims.get((key, 4))
        if i is None or n == 0:
            continue
        tried = [("both", a + b)] if t.both else [("both", a + b), ("satisfied", a)]
        fit = next((how for how, k in tried if share_fits(k, n, rate)), None)
        how, k = (fit, dict(tried)[fit]) if fit else tried[0]
        facts = {"line": name, "k": k, "n": n, "exact": f"{100 * k / n:.4f}", "reported": rate, "how": how, "defined": bool(t.both)}
        out.append(make_check(rows, g, [i], "vote_rate", "fit" if fit else "misfit", "consistent" if fit else "inconsistent",
                              assumption="满意率 = (满意 + 基本满意) / 参评人数" if how == "both" else "满意率 = 满意 / 参评人数",
                              expected=f"{100 * k / n:.2f}", observed=rate, **facts))
        j = g.claims.get((key, 5))
        if t.weights and j is not None and len(row) > 6:
            # "综合得分=(满意票×100+基本满意票×80)÷参评人数", as the page defines it
            w1, w2 = t.weights
            exact = Fraction(a * w1 + b * w2, n)
            printed = row[6][2]
            half = Fraction(1, 2 * 10 ** len(printed.partition(".")[2]))
            ok = abs(exact - Fraction(printed)) <= half
            out.append(make_check(rows, g, [j], "vote_score", "fit" if ok else "misfit", "consistent" if ok else "inconsistent",
                                  assumption=f"综合得分 = (满意 × {w1} + 基本满意 × {w2}) / 参评人数", expected=f"{float(exact):.2f}", observed=printed,
                                  line=name, a=a, b=b, w1=w1, w2=w2, n=n, exact=f"{float(exact):.4f}", reported=printed))
    if t.total is not None:
        for col, label in enumerate(("参评人数", "满意", "基本满意", "不满意")):
            k = g.claims.get(("total", col))
            ids = [g.claims.get((r, col)) for r in range(len(t.rows))]
            if k is None or None in ids:
                continue
            values = [int(row[1 + col][2]) for row in t.rows]
            s, total = sum(values), int(t.total[1 + col][2])
            facts = {"line": label, "parts": [str(v) for v in values], "sum": str(s), "total": str(total), "total_label": "合计", "total_in": "row"}
            if s == total:
                out.append(make_check(rows, g, [k, *ids], "cells_sum", "equal", "consistent", assumption="the 合计 row adds up the rows",
                                      expected=str(s), observed=str(total), **facts))
            else:
                # every row's votes add up to its voters: the rows stand, and the 合计 cell is the one that misses them
                out.append(make_check(rows, g, [k] if rows_ok else [k, *ids], "cells_sum", "votes_total", "inconsistent",
                                      assumption="the 合计 row adds up the rows", expected=str(s), observed=str(total), gap=str(abs(s - total)), **facts))
    return out
