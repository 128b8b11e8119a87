"""``slash_counts``: a paper's baseline row of counts written a/b, one cell per group.

Chinese clinical papers print a two-category variable in their table of the groups' general data as one cell per
group, the two counts joined by a slash, the categories named the same way in the row's label: "性别(男/女,例)
21/27 20/26 χ2=0.001 0.979" under "项目 观察组(n=48) 对照组(n=46) 统计值 P".

Reader (:func:`slash_rows`, used by :mod:`dangjian.engine.table_numbers` to read each count as a claim of kind
``cell``)
    a row label naming two categories with a slash in brackets ("(男/女,例)", "(股骨颈/转子间,例)"), then two to
    four cells "a/b", then the row's χ², if printed.

Judge
    ``split_sum``: each group's two counts against the group's size in the header ("观察组(n=48)"): every member is
    of one category or the other, so a + b must be the size (``inconsistent`` otherwise); ``chi2_table``: the row's χ²
    against the counts' table (:func:`dangjian.engine.kinds.crosstab.chi2_check`), a miss ``inconsistent`` only where
    every group's counts add up to its size (the counts were read right).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..judging import make_check
from ..papers import header_sizes
from ..records import ClaimList, Group
from ..results import Check
from .crosstab import chi2_check, chi2_gives

__all__ = ["SlashRow", "SlashGroup", "slash_rows", "find", "judge"]

#: The row: its label with the two categories ("性别(男/女,例)"), its cells "a/b", and the χ² after them.
_ROW = re.compile(
    r"(?P<label>[\u4e00-\u9fff]{1,10}\s*[(（](?P<a>[^()（）/,，\d]{1,8})/(?P<b>[^()（）/,，\d]{1,8})(?:[,，]\s*(?:例|n|人|名))?[)）])\s*"
    r"(?P<cells>(?:\d{1,5}\s*/\s*\d{1,5}\s*){2,4})"
    r"(?P<chi2>[χΧ]\s*[²2]\s*(?:值)?\s*[=＝]\s*(?P<value>\d{1,4}\.\d{1,4}))?"
)
_CELL = re.compile(r"(\d{1,5})\s*/\s*(\d{1,5})")


@dataclass(frozen=True)
class SlashRow:
    """A row: its label, its two categories, its cells (``((start, end, printed), (start, end, printed))`` per group) and
    its χ² (``(start, end, printed)`` or ``None``)."""

    label: str
    categories: tuple[str, str]
    cells: tuple
    chi2: tuple | None
    start: int


def slash_rows(text: str) -> list[SlashRow]:
    """The a/b rows of a text.

    >>> [(r.categories, [(a[2], b[2]) for a, b in r.cells], r.chi2[2]) for r in slash_rows("性别(男/女,例) 21/27 20/26 χ2=0.001 0.979")]
    [(('男', '女'), [('21', '27'), ('20', '26')], '0.001')]
    """
    if "/" not in text:
        return []
    out = []
    for m in _ROW.finditer(text):
        base = m.start("cells")
        cells = tuple(((base + c.start(1), base + c.end(1), c.group(1)), (base + c.start(2), base + c.end(2), c.group(2)))
                      for c in _CELL.finditer(m.group("cells")))
        chi2 = (m.start("chi2"), m.end("chi2"), m.group("value")) if m.group("chi2") else None
        out.append(SlashRow(m.group("label"), (m.group("a").strip(), m.group("b").strip()), cells, chi2, m.start()))
    return out


@dataclass(eq=False)
class SlashGroup(Group):
    """A row of a/b cells, the claims of its counts (``(column, 0 | 1)`` -> claim index), its χ²'s claim, the groups' sizes."""

    kind: str = "slash_counts"
    row: SlashRow | None = None
    claims: dict = field(default_factory=dict)
    chi2: int | None = None
    sizes: tuple = ()


def find(rows: ClaimList, add) -> None:
    at = {pos[0]: i for i, pos in enumerate(rows.positions)}
    taken = rows.taken()
    for row in slash_rows(rows.text):
        claims = {}
        for c, pair in enumerate(row.cells):
            for k, cell in enumerate(pair):
                i = at.get(cell[0])
                if i is not None and i not in taken and rows[i]["kind"] == "cell":
                    claims[(c, k)] = i
        if len(claims) != 2 * len(row.cells):
            continue
        chi2 = next((j for j in rows.between(row.chi2[0], row.chi2[1]) if rows[j]["kind"] == "test"), None) if row.chi2 else None
        sizes = header_sizes(rows.text, row.start, len(row.cells), same_table=True) or []
        counts = [[int(a[2]), int(b[2])] for a, b in row.cells]
        if chi2 is not None and chi2 in (rows.paper or {}) and chi2_gives(counts, row.chi2[2]):
            # the row's test (its counts give it): its df is the table's, for its p
            shape = f"{len(counts)}×2"
            rows.paper[chi2].extra["table_df"] = {"key": "df_table", "shape": shape, "df": len(counts) - 1}
        g = SlashGroup(start=row.start, end=row.cells[-1][1][1], row=row, claims=claims, chi2=chi2, sizes=tuple(sizes))
        g.members = sorted(claims.values())
        add(g)


def judge(rows: ClaimList, g: SlashGroup) -> list[Check]:
    out: list[Check] = []
    row = g.row
    counts = [[int(a[2]), int(b[2])] for a, b in row.cells]
    confirmed = bool(g.sizes)
    a, b = row.categories
    for c, (pair, n) in enumerate(zip(counts, g.sizes, strict=False)):
        total = sum(pair)
        ok = total == n
        confirmed = confirmed and ok
        facts = {"line": row.label, "categories": [a, b], "counts": [str(x) for x in pair], "sum": total, "n": n, "column": c + 1}
        out.append(make_check(rows, g, [g.claims[(c, 0)], g.claims[(c, 1)]], "split_sum", "equal" if ok else "differ",
                              "consistent" if ok else "inconsistent", assumption=f"each member of the group is {a} or {b}",
                              expected=str(n), observed=str(total), **facts))
    if g.chi2 is not None:
        out += chi2_check(rows, g, g.chi2, counts, confirmed)
    return out
