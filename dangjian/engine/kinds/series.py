"""``series``: a yearbook's table of levels by year with their growth rates, flattened into text.

A statistical yearbook prints a quantity year by year with its growth on the year before: "年份 接待国内游客(万人次) 增长(%)
旅游总收入(亿元) 增长(%) 2019 3 486.2 9.8 412.67 11.2 2020 2 103.5 -39.7 236.41 -42.7 …".  Each growth is the level over
the year before's, less one.

Reader (:func:`series_tables`, also used by :mod:`dangjian.engine.table_numbers`: each level and growth a claim of kind
``cell``)
    a header of 年份 and two or more columns, each a name with its unit in brackets ("增长(%)" a growth column); then rows
    of consecutive years, each year followed by one number per column.  A level printed with a space for its thousands
    separator ("3 486.2") is one number where the row needs it to have as many numbers as columns.

Judge
    ``series_growth``: each growth (but the first year's) against 100 × (level / last year's level − 1) over the rounding
    of both levels, ``inconsistent`` outside it.  Growth at comparable prices (a value added, a product, a text that
    says 可比价 or 不变价) is not what the levels give, and is not judged.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from fractions import Fraction

from ..judging import make_check
from ..records import ClaimList, Group
from ..results import Check
from ..shares import half_unit
from .growth import _REAL

__all__ = ["SeriesTable", "SeriesGroup", "series_tables", "find", "judge"]

_HEADER = re.compile(r"年\s*份\s*((?:[\u4e00-\u9fff]{1,12}\s*[(（][^()（）\d]{1,6}[)）]\s*){2,8})")
_COLUMN = re.compile(r"([\u4e00-\u9fff]{1,12})\s*[(（]([^()（）\d]{1,6})[)）]")
_GROWTH = re.compile(r"增长|增速|比上年")
_NUMBER = re.compile(r"\s*(-?\d+(?:\.\d+)?)")


@dataclass(frozen=True)
class SeriesTable:
    """The columns as ``(name, unit, is_growth)`` and the rows as ``(year, ((start, end, printed), …))``."""

    columns: tuple
    rows: tuple
    start: int
    end: int


def series_tables(text: str) -> list[SeriesTable]:
    """The year-by-year tables of a text.

    >>> t = series_tables("年份 游客(万人次) 增长(%) 2019 3 486.2 9.8 2020 2 103.5 -39.7 注:")[0]
    >>> [(year, [c[2] for c in cells]) for year, cells in t.rows]
    [(2019, ['3486.2', '9.8']), (2020, ['2103.5', '-39.7'])]
    """
    if "年份" not in text and "年 份" not in text:
        return []
    return list(_tables(text))


@functools.lru_cache(maxsize=4)
def _tables(text: str) -> tuple[SeriesTable, ...]:
    out = []
    for head in _HEADER.finditer(text):
        columns = tuple((name, unit.strip(), bool(_GROWTH.search(name))) for name, unit in _COLUMN.findall(head.group(1)))
        if len(columns) < 2 or not any(g for _, _, g in columns):
            continue
        tokens, pos = [], head.end()
        while (m := _NUMBER.match(text, pos)) is not None:
            tokens.append((m.start(1), m.end(1), m.group(1)))
            pos = m.end()
        rows = _rows(text, tokens, len(columns))
        if len(rows) >= 2:
            out.append(SeriesTable(columns, tuple(rows), head.start(), rows[-1][1][-1][1]))
    return tuple(out)


def _rows(text: str, tokens: list, width: int) -> list:
    """The rows of consecutive years in ``tokens``, each with ``width`` numbers (a thousands pair joined where needed)."""
    rows, k, year = [], 0, None
    while k < len(tokens):
        printed = tokens[k][2]
        if not re.fullmatch(r"(?:19|20)\d{2}", printed) or (year is not None and int(printed) != year + 1):
            break
        year = int(printed)
        nxt = next((j for j in range(k + 1, len(tokens)) if tokens[j][2] == str(year + 1)), None)
        if nxt is None:
            # the last row: as many numbers as make the row most like the one before (a level keeps its number of digits)
            if not rows:
                break
            before = rows[-1][1]
            options = [(n, cells) for n in range(width, 2 * width + 1) if (cells := _joined(text, tokens[k + 1 : k + 1 + n], width)) is not None]
            if not options:
                break
            n, cells = min(options, key=lambda o: (sum(abs(_digits(a[2]) - _digits(b[2])) for a, b in zip(o[1], before, strict=True)), o[0]))
            rows.append((year, tuple(cells)))
            break
        cells = _joined(text, tokens[k + 1 : nxt], width)
        if cells is None:
            break
        rows.append((year, tuple(cells)))
        k = nxt
    return rows


def _digits(printed: str) -> int:
    return len(printed.lstrip("-").partition(".")[0])


def _joined(text: str, tokens: list, width: int) -> list | None:
    """``tokens`` as ``width`` numbers, joining "3 486.2" (1-3 digits, a space, three digits) from the left as needed."""
    extra = len(tokens) - width
    out, k = [], 0
    while k < len(tokens):
        s, e, w = tokens[k]
        if extra > 0 and k + 1 < len(tokens) and re.fullmatch(r"[1-9]\d{0,2}", w) and re.fullmatch(r"\d{3}(?:\.\d+)?", tokens[k + 1][2]) \
                and text[e : tokens[k + 1][0]] == " ":
            out.append((s, tokens[k + 1][1], w + " " + tokens[k + 1][2]))
            k, extra = k + 2, extra - 1
            continue
        out.append((s, e, w))
        k += 1
    if len(out) != width:
        return None
    return [(s, e, w.replace(" ", "")) if " " in w else (s, e, w) for s, e, w in out]


@dataclass(eq=False)
class SeriesGroup(Group):
    """A series table and its cells' claims, ``(row, column)``."""

    kind: str = "series"
    table: SeriesTable | None = None
    claims: dict = field(default_factory=dict)


def find(rows: ClaimList, add) -> None:
    at = {pos[0]: i for i, pos in enumerate(rows.positions)}
    taken = rows.taken()
    for t in series_tables(rows.text):
        claims = {(r, c): at[cell[0]] for r, (_, cells) in enumerate(t.rows) for c, cell in enumerate(cells) if at.get(cell[0]) is not None
                  and at[cell[0]] not in taken}
        if claims:
            g = SeriesGroup(start=t.start, end=t.end, table=t, claims=claims)
            g.members = sorted(set(claims.values()))
            add(g)



def judge(rows: ClaimList, g: SeriesGroup) -> list[Check]:
    t, out = g.table, []
    real = _REAL.search(rows.text) is not None
    for c, (name, _unit, growth) in enumerate(t.columns):
        if not growth or c == 0 or t.columns[c - 1][2]:
            continue
        level_name = t.columns[c - 1][0]
        if real:
            continue  # growth at comparable prices is not the levels' ratio
        for r in range(1, len(t.rows)):
            i = g.claims.get((r, c))
            if i is None:
                continue
            (year, cells), (last_year, last) = t.rows[r], t.rows[r - 1]
            now, before, printed = cells[c - 1][2], last[c - 1][2], cells[c][2]
            a, b = Fraction(now), Fraction(before)
            if b - half_unit(before) <= 0:
                continue
            lo = 100 * ((a - half_unit(now)) / (b + half_unit(before)) - 1)
            hi = 100 * ((a + half_unit(now)) / (b - half_unit(before)) - 1)
            exact = 100 * (a / b - 1)
            value, half = Fraction(printed), half_unit(printed)
            ok = lo - half <= value <= hi + half
            out.append(make_check(rows, g, [i], "series_growth", "fit" if ok else "misfit", "consistent" if ok else "inconsistent",
                                  assumption=f"{name} is {level_name}'s growth on the year before, at current prices", expected=f"{float(exact):.1f}",
                                  observed=printed, column=level_name, year=year, last_year=last_year, now=now, before=before,
                                  exact=f"{float(exact):.4f}", range=[float(lo), float(hi)], reported=printed))
    return out
