"""``composition``: a table of amounts and each one's share of their total (a yearbook's 构成 table), flattened into text.

A statistical yearbook or bulletin prints the parts of a total with their shares: "项目 收入(亿元) 构成(%) 合计 468.15 100.0
住宿 97.36 20.8 餐饮 112.48 24.0 …".  Each share is its amount over the 合计 row's, the shares make 100, and the amounts
make the total, all within the rounding of the printed figures.

Reader (:func:`composition_tables`, also used by :mod:`dangjian.engine.table_numbers`: each amount and share a claim of
kind ``cell``)
    a header naming an amount with its unit and a share column (构成, 比重, 占比, 结构 with (%)), then rows of a label, an
    amount and a share; a 合计/总计 row is the total (first or last).

Judge
    ``composition_share``: each share against 100 × amount / total over the rounding of both (``inconsistent`` outside:
    the table's own figures give another share); ``shares_sum``: the shares against 100 (``inconsistent`` beyond their
    rounding, naming the shares that miss their amounts, else all); ``parts_sum``: the amounts against the total.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from fractions import Fraction

from ..judging import make_check
from ..records import ClaimList, Group
from ..results import Check
from ..shares import half_unit, rounding_slack
from .structure import share_range

__all__ = ["CompositionTable", "CompositionGroup", "PartsTable", "PartsTableGroup", "composition_tables", "parts_tables", "find", "judge"]

_HEADER = re.compile(r"[\u4e00-\u9fff]{1,10}\s*[(（][^()（）\d]{1,6}[)）]\s*(?:构成|比重|占比|结构)\s*[(（]\s*[%％]\s*[)）]")
_SHARE_COLUMN = re.compile(r"(?:构成|比重|占比|结构)\s*[(（]\s*[%％]\s*[)）]")
_ROW = re.compile(r"\s*(?P<label>[^\d\s.%％()（）,，。;；:：]{1,12})\s*(?P<amount>\d+(?:\.\d+)?)\s+(?P<share>\d{1,3}(?:\.\d{1,2})?)(?![\d.%％])")
_TOTAL = re.compile(r"合\s*计|总\s*计|总计|合计|全部|总额")


@dataclass(frozen=True)
class CompositionTable:
    """The rows as ``(label, (start, end, amount), (start, end, share))`` and the total row (or ``None``)."""

    rows: tuple
    total: tuple | None
    start: int
    end: int


def composition_tables(text: str) -> list[CompositionTable]:
    """The composition tables of a text.

    >>> t = composition_tables("项目 收入(亿元) 构成(%) 合计 100.00 100.0 住宿 40.00 40.0 餐饮 60.00 60.0。")[0]
    >>> [(label, a[2], s[2]) for label, a, s in t.rows], t.total[1][2]
    ([('住宿', '40.00', '40.0'), ('餐饮', '60.00', '60.0')], '100.00')
    """
    if "构成" not in text and "比重" not in text and "占比" not in text and "结构" not in text:
        return []
    return list(_tables(text))


@functools.lru_cache(maxsize=4)
def _tables(text: str) -> tuple[CompositionTable, ...]:
    out = []
    for col in _SHARE_COLUMN.finditer(text):
        # (found from its share column, a rare string, then the amount's column before it: a pattern that starts with a
        # class of Han characters is tried at every character of the text)
        head = _HEADER.search(text, max(0, col.start() - 24), col.end())
        if head is None or head.end() != col.end():
            continue
        pos, rows, total = head.end(), [], None
        while (m := _ROW.match(text, pos)) is not None:
            cell = (m.group("label").strip(), (m.start("amount"), m.end("amount"), m.group("amount")), (m.start("share"), m.end("share"), m.group("share")))
            if _TOTAL.fullmatch(cell[0]):
                if total is not None:
                    break
                total = cell
            else:
                rows.append(cell)
            pos = m.end()
        if len(rows) >= 2 and total is not None:
            out.append(CompositionTable(tuple(rows), total, head.start(), pos))
    return tuple(out)


#: A table of parts of a whole by columns: "区(县) 接待国内游客(万人次) 旅游总收入(亿元) 全市 3 812.7 468.15 江北区 1 126.4 152.37 …".
#: A column of amounts with its unit (not a place's kind in brackets, "区(县)", which names the rows).
_AMOUNT_COLUMN = r"[\u4e00-\u9fff]{2,12}\s*[(（](?![县区市镇乡街][)）])(?P<unit>[^()（）\d%％]{1,6})[)）]"
_PARTS_HEAD = re.compile(r"(?:[\u4e00-\u9fff]{1,6}\s*[(（][\u4e00-\u9fff、/]{1,4}[)）]|地区|区县|单位|项目|类别|乡镇|街道)\s*"
                         r"((?:[\u4e00-\u9fff]{2,12}\s*[(（](?![县区市镇乡街][)）])[^()（）\d%％]{1,6}[)）]\s*){1,4})")
_PARTS_COLUMN = re.compile(_AMOUNT_COLUMN)
_WHOLE = re.compile(r"全市|全县|全区|全省|全镇|全国|合计|总计")
_WHOLE_ROW = re.compile(r"(?:全市|全县|全区|全省|全镇|全国|合计|总计)(?=\s*\d)")
_LABEL = re.compile(r"\s*(?P<label>[\u4e00-\u9fff]{2,8})(?=\s*\d)")
_NUM = re.compile(r"\s*(\d+(?:\.\d+)?)")


@dataclass(frozen=True)
class PartsTable:
    """The columns' units, the whole's row and the parts' rows, each ``(label, ((start, end, printed), …))``."""

    units: tuple
    whole: tuple
    rows: tuple
    start: int
    end: int


def parts_tables(text: str) -> list[PartsTable]:
    """The tables of a whole's row and its parts' rows by columns of amounts.

    >>> t = parts_tables("区(县) 游客(万人次) 收入(亿元) 全市 3 812.7 468.15 江北区 1 126.4 152.37 江南区 2 686.3 315.78 简要说明")[0]
    >>> t.whole[0], [(label, [c[2] for c in cells]) for label, cells in t.rows]
    ('全市', [('江北区', ['1126.4', '152.37']), ('江南区', ['2686.3', '315.78'])])
    """
    if not _WHOLE.search(text):
        return []
    return list(_parts_tables(text))


@functools.lru_cache(maxsize=4)
def _parts_tables(text: str) -> tuple[PartsTable, ...]:
    from .series import _joined

    out, done = [], -1
    for whole in _WHOLE_ROW.finditer(text):
        # (found from the whole's row right after its header, then the header before it: see _tables)
        head = _PARTS_HEAD.search(text, max(0, whole.start() - 80), whole.start())
        while head is not None and head.end() != whole.start():
            head = _PARTS_HEAD.search(text, head.start() + 1, whole.start())
        if head is None or head.start() <= done:
            continue
        done = head.start()
        units = tuple(_PARTS_COLUMN.findall(head.group(1)))
        if not units or any(u.strip() in ("%", "％") for u in units):
            continue
        pos, rows = head.end(), []
        while (lab := _LABEL.match(text, pos)) is not None:
            tokens, end = [], lab.end()
            while (m := _NUM.match(text, end)) is not None and len(tokens) < 2 * len(units):
                tokens.append((m.start(1), m.end(1), m.group(1)))
                end = m.end()
            cells = _joined(text, tokens, len(units))
            if cells is None:
                break
            rows.append((lab.group("label"), tuple(cells)))
            pos = end
        if len(rows) >= 3 and _WHOLE.fullmatch(rows[0][0]):
            out.append(PartsTable(units, rows[0], tuple(rows[1:]), head.start(), pos))
    return tuple(out)


@dataclass(eq=False)
class CompositionGroup(Group):
    """A composition table and the claims of its cells: ``(row, "a" | "s")`` and ``("total", "a" | "s")``."""

    kind: str = "composition"
    table: CompositionTable | None = None
    claims: dict = field(default_factory=dict)


@dataclass(eq=False)
class PartsTableGroup(Group):
    """A parts table and its cells' claims: ``(row, column)``, the whole's row as ``("whole", column)``."""

    kind: str = "composition"  # one kind: composition.judge tells the two apart
    table: PartsTable | None = None
    claims: dict = field(default_factory=dict)


def find(rows: ClaimList, add) -> None:
    at = {pos[0]: i for i, pos in enumerate(rows.positions)}
    taken = rows.taken()
    for t in parts_tables(rows.text):
        claims = {}
        for key, (_, cells) in [*enumerate(t.rows), ("whole", t.whole)]:
            for c, cell in enumerate(cells):
                i = at.get(cell[0])
                if i is not None and i not in taken:
                    claims[(key, c)] = i
        if claims:
            g = PartsTableGroup(start=t.start, end=t.end, table=t, claims=claims)
            g.members = sorted(set(claims.values()))
            add(g)
    for t in composition_tables(rows.text):
        claims = {}
        for key, row in [*enumerate(t.rows), ("total", t.total)]:
            for what, cell in (("a", row[1]), ("s", row[2])):
                i = at.get(cell[0])
                if i is not None and i not in taken:
                    claims[(key, what)] = i
        if len(claims) < 4:
            continue
        g = CompositionGroup(start=t.start, end=t.end, table=t, claims=claims)
        g.members = sorted(set(claims.values()))
        add(g)



def _judge_parts(rows: ClaimList, g: PartsTableGroup) -> list[Check]:
    """Each column's parts against the whole's row, within the rounding of all the figures."""
    t, out = g.table, []
    for c, _unit in enumerate(t.units):
        ids = [g.claims.get((r, c)) for r in range(len(t.rows))]
        k = g.claims.get(("whole", c))
        if k is None or None in ids:
            continue
        values = [cells[c][2] for _, cells in t.rows]
        total = t.whole[1][c][2]
        s, slack = sum(map(Fraction, values)), rounding_slack([*values, total])
        d = max(len(v.partition(".")[2]) for v in [*values, total])
        shown = f"{float(s):.{d}f}"
        facts = {"parts": [rows[j]["reported"] for j in ids], "sum": shown, "total": rows[k]["reported"], "slack": f"{float(slack):g}"}
        if abs(s - Fraction(total)) <= slack:
            out.append(make_check(rows, g, [k, *ids], "parts_sum", "equal", "consistent", assumption=f"the parts make up {t.whole[0]}",
                                  expected=shown, observed=total, **facts))
        else:
            # the parts of a whole's row (its districts, its kinds) are all of it: short or over, one figure is wrong
            out.append(make_check(rows, g, [k, *ids], "parts_sum", "over" if s > Fraction(total) else "short_whole", "inconsistent",
                                  assumption=f"the parts make up {t.whole[0]}", expected=shown, observed=total,
                                  gap=f"{float(abs(s - Fraction(total))):.{d}f}", **facts))
    return out


def judge(rows: ClaimList, g: CompositionGroup) -> list[Check]:
    if isinstance(g, PartsTableGroup):
        return _judge_parts(rows, g)
    t, out = g.table, []
    total = t.total[1][2]
    w, dw = Fraction(total), half_unit(total)
    misses = []
    for r, (label, amount, share) in enumerate(t.rows):
        i = g.claims.get((r, "s"))
        if i is None or w <= dw:
            continue
        p = Fraction(amount[2])
        lo, hi = share_range(p, w, amount[2], total)
        value, half = Fraction(share[2]), half_unit(share[2])
        ok = lo - half <= value <= hi + half
        if not ok:
            misses.append(i)
        exact = 100 * p / w
        out.append(make_check(rows, g, [i], "composition_share", "fit" if ok else "misfit", "consistent" if ok else "inconsistent",
                              assumption=f"the share of {label} in the 合计 row's {total}", expected=f"{float(exact):.2f}", observed=share[2],
                              label=label, part=amount[2], total=total, exact=f"{float(exact):.4f}", range=[float(lo), float(hi)], reported=share[2]))
    shares = [s[2] for _, _, s in t.rows]
    ids = [g.claims[(r, "s")] for r in range(len(t.rows)) if (r, "s") in g.claims]
    if len(ids) == len(shares):
        s, slack = sum(map(Fraction, shares)), rounding_slack(shares)
        ok = abs(s - 100) <= slack
        facts = {"shares": shares, "sum": float(s), "slack": float(slack)}
        if ok:
            out.append(make_check(rows, g, ids, "shares_sum", "near_hundred", "consistent", assumption="the shares of one total", expected="100%",
                                  observed=f"{float(s):g}%", **facts))
        else:
            out.append(make_check(rows, g, misses or ids, "shares_sum", "composition_over" if s > 100 else "composition_under", "inconsistent",
                                  assumption="the shares of one total", expected=f"100% ± {float(slack):g}", observed=f"{float(s):g}%", **facts))
    amounts = [a[2] for _, a, _ in t.rows]
    a_ids = [g.claims.get((r, "a")) for r in range(len(t.rows))]
    k = g.claims.get(("total", "a"))
    if k is not None and None not in a_ids:
        s, slack = sum(map(Fraction, amounts)), rounding_slack([*amounts, total])
        d = max(len(v.partition(".")[2]) for v in [*amounts, total])
        shown = f"{float(s):.{d}f}"
        facts = {"parts": [rows[j]["reported"] for j in a_ids], "sum": shown, "total": total, "slack": f"{float(slack):g}"}
        if abs(s - w) <= slack:
            out.append(make_check(rows, g, [k, *a_ids], "parts_sum", "equal", "consistent", assumption="the parts make up the total",
                                  expected=shown, observed=total, **facts))
        else:
            out.append(make_check(rows, g, [k, *a_ids], "parts_sum", "over" if s > w else "short_whole", "inconsistent",
                                  assumption="the parts make up the total" if s < w else "the parts exclude each other", expected=shown, observed=total,
                                  gap=f"{float(abs(s - w)):.{d}f}", **facts))
    return out
