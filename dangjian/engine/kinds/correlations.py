"""``correlations``: a correlation table's r and the significance stars it marks them with.

Psychology and education papers print their variables' means, SDs and
correlations in one table: the header "变量 M SD 1 2 3 …", then one row per
variable, "2.心理韧性 3.41 0.63 0.47** 1" (its mean, its SD, its r with each
variable before it, 1 on the diagonal), and a note that says what the stars
mean ("注:*P<0.05,**P<0.01").  Flattened into text the rows run on; the
header's numbering fixes how many r each row holds.

Reader (:func:`correlation_numbers`, used by :mod:`dangjian.engine.extract`)
    each row's mean and SD (claims of kind ``mean`` and ``sd``, with the n of
    the table's caption, "(n=486)", for the mean ± SD checks of
    :mod:`dangjian.engine.kinds.mean_sd`) and each r with its stars (a claim
    of kind ``test``), where the note says what the stars mean.

Judge
    ``r_stars``: the p that r gives with df = n − 2 (over the rounding of r)
    against what its stars say.  Stars that no r within the rounding earns
    (p below the stars' threshold) are ``inconsistent``; fewer stars than
    every r within the rounding earns, or none though every such r is
    significant, are ``consistent_if`` (the table marks only some); else
    ``consistent``.  Without an n, or a note saying what the stars mean,
    nothing is judged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..judging import make_check
from ..papers import PaperNumber, p_value_range
from ..records import ClaimList, Group
from ..results import Check

__all__ = ["CorrelationGroup", "correlation_numbers", "header_spans", "find", "judge"]

_HEAD = re.compile(r"(?:变量|维度|项目)?\s*(?:M|均值|平均数|平均值|Mean)\s*(?:SD|标准差)\s*1\s*2(?![.、．\d])(?:\s*\d{1,2}(?![.、．\d]))*")
_ROW = re.compile(r"\s*(?P<i>\d{1,2})\s*[.、．]?\s*(?P<label>[^\d\s*.、．]{1,14}?)\s*(?P<m>-?\d+\.\d+)\s+(?P<sd>\d+\.\d+)")
_R = re.compile(r"\s*(?P<r>-?\d?\.\d+)(?P<stars>\*{0,3})")
_DIAGONAL = re.compile(r"\s*(?:1(?:\.0+)?|—|–|-)(?![\d.])")
_LEGEND = re.compile(r"(?P<stars>\*{1,3})\s*[Pp]\s*[<＜]\s*(?P<p>0?\.\d+)")
_CAPTION_N = re.compile(r"[(（]\s*[nN]\s*[=＝]\s*(?P<n>\d{1,6})\s*[)）]")


def correlation_numbers(text: str) -> list[PaperNumber]:
    """The means, SDs and r of the correlation tables of a text (r only where a note says what the stars mean).

    >>> xs = correlation_numbers("表2 相关系数(n=100) 变量 M SD 1 2 1.甲 3.10 0.50 1 2.乙 2.80 0.60 0.25* 1 注:*P<0.05,**P<0.01")
    >>> [(x.kind, x.value, x.extra.get("stars")) for x in xs]
    [('mean', '3.10', None), ('sd', '0.50', None), ('mean', '2.80', None), ('sd', '0.60', None), ('test', '0.25', 1)]
    """
    out: list[PaperNumber] = []
    if "*" not in text:
        return out
    for head, rows, pos in _tables(text):
        caption = [m for m in _CAPTION_N.finditer(text, max(0, head.start() - 80), head.start())]
        n = int(caption[-1].group("n")) if caption else None
        legend = {len(x.group("stars")): x.group("p") for x in _LEGEND.finditer(text, pos, pos + 200)}
        item_means = ITEM_MEAN.search(text, 0, head.start()) is not None
        for m, rs in rows:
            extra = {"group": m.group("label"), "row": m.group("label")}
            if n is not None:
                extra["n"] = n
            items = items_of(text, m.group("label"), head.start())
            if items is not None:
                extra["items"] = items  # the variable's own number of items, as its measure is described
            elif item_means:
                extra["items_unknown"] = True  # a mean of item scores whose number of items is not printed
            out.append(PaperNumber("mean", m.start("m"), m.end("m"), m.group("m"), m.group("m"), "", dict(extra)))
            out.append(PaperNumber("sd", m.start("sd"), m.end("sd"), m.group("sd"), m.group("sd"), "", dict(extra)))
            if not legend or n is None:
                continue
            for r in rs:
                out.append(PaperNumber("test", r.start("r"), r.end("stars"), r.group("r") + r.group("stars"), r.group("r"), "",
                                       {"stat": "r", "df1": None, "df2": None, "n": n, "stars": len(r.group("stars")), "legend": legend}))
    return out


#: A scale scored as the mean of its items ("取条目均分", "以条目均分表示").
ITEM_MEAN = re.compile(r"条目均分|项目均分|题目均分|条目平均分|题均分|平均每(?:个)?(?:条目|题)")
#: A measure's number of items, after its name: "学业自我效能问卷:选取4个条目", "均为单条目自评".
_ITEMS = re.compile(r"(?P<k>\d{1,3}|[一二两三四五六七八九十]{1,3})\s*个?(?:条目|题目|项目|道题|题)|(?P<one>单(?:个)?条目|单题)")


def items_of(text: str, label: str, before: int) -> int | None:
    """The number of items of the measure named ``label``, from the first statement of it after the name (within 40
    characters, before the next measure's number "(2)"), before the table; ``None`` if none."""
    from ..numerals import chinese_number

    for name in dict.fromkeys((label, label[:4])):
        for at in (k.start() for k in re.finditer(re.escape(name), text[:before])):
            stop = min([before, at + len(name) + 40] + [k for k in (text.find("(", at + len(name)), text.find("(", at + len(name))) if k > 0])
            m = _ITEMS.search(text, at + len(name), stop)
            if m is None:
                continue
            if m.group("one"):
                return 1
            k = m.group("k")
            return int(k) if k.isdigit() else chinese_number(k)
    return None


def _tables(text: str):
    """Each correlation table: its header's match, its rows (the row's match and its r's matches), and where it ends."""
    for head in _HEAD.finditer(text):
        columns, pos = _columns(text, head)
        if len(columns) < 2:
            continue
        rows = []
        diagonals = True  # a table prints its diagonal's 1s on every row, or on none ("1.主观幸福感 3.62 0.71 2.社区参与 …")
        # (the last variable's row often has no column of its own: "5孤独感 2.23 0.62 0.24** -0.12 0.19** -0.15*", no diagonal)
        for i in range(1, len(columns) + 2):
            m = _ROW.match(text, pos)
            if m is None or int(m.group("i")) != i:
                break
            end, rs = m.end(), []
            for _ in range(i - 1):
                r = _R.match(text, end)
                if r is None:
                    break
                rs.append(r)
                end = r.end()
            diagonal = _DIAGONAL.match(text, end) if diagonals else None
            if i == 1 and diagonal is None and _ROW.match(text, end) is not None and _ROW.match(text, end).group("i") == "2":
                diagonals = False  # no 1 after the first row's SD, and the second row follows at once
            if len(rs) != i - 1 or (diagonal is None and diagonals and i <= len(columns)):
                break
            pos = diagonal.end() if diagonal is not None and i <= len(columns) else end
            rows.append((m, rs))
        if len(rows) >= 2:
            yield head, rows, pos


def _columns(text: str, head: re.Match) -> tuple[list[int], int]:
    """The column numbers of a correlation table's header, 1, 2, … as far as they run in order, and where they end: a first
    row numbered without a mark ("… 3 4 1手机依赖") starts again at 1, which is the row's number, not a column."""
    body = head.start() + head.group().find("1")
    columns, end = [], body
    for m in re.finditer(r"\d{1,2}", text[body : head.end()]):
        if int(m.group()) != len(columns) + 1:
            break
        columns.append(int(m.group()))
        end = body + m.end()
    return columns, end


def header_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the correlation tables' headers ("变量 M SD 1 2 3 4"): their column numbers are no statistics."""
    if "SD" not in text and "标准差" not in text:
        return []
    out = []
    for head in _HEAD.finditer(text):
        columns, end = _columns(text, head)
        if len(columns) >= 2:
            out.append((head.start(), end))
    # a table read whole: no number in it but its means, SDs and r is a claim (its row numbers, its diagonal's 1s)
    out += [(head.start(), end) for head, _, end in _tables(text)] if "*" in text else []
    return out


@dataclass(eq=False)
class CorrelationGroup(Group):
    """One r of a correlation table (its one member) with its stars."""

    kind: str = "correlations"


def find(rows: ClaimList, add) -> None:
    paper = getattr(rows, "paper", None) or {}
    taken = rows.taken()
    for i in sorted(paper):
        if paper[i].kind == "test" and "stars" in paper[i].extra and "legend" in paper[i].extra and i not in taken:
            g = CorrelationGroup(start=paper[i].start, end=paper[i].end)
            g.members.append(i)
            add(g)


def judge(rows: ClaimList, g: CorrelationGroup) -> list[Check]:
    i = g.members[0]
    x = rows.paper[i]
    n, stars, legend = x.extra["n"], x.extra["stars"], x.extra["legend"]
    if n <= 2 or (stars and stars not in legend):
        return []
    df = n - 2
    lo, hi = p_value_range("r", x.value, df)
    below = float(legend[stars]) if stars else None  # the p its stars say it is below
    above = float(legend[stars + 1]) if stars + 1 in legend else None  # the p it is not below (else it would have more stars)
    if stars == 0:
        above = float(legend[min(legend)])
    facts = {"r": x.reported, "n": n, "df": df, "p": [lo, hi], "stars": "*" * stars or "no star",
             "means": f"p < {legend[stars]}" if stars else f"p ≥ {legend[min(legend)]}"}
    assumption = f"n = {n}, as the table's caption prints it"
    if stars and lo >= below:
        return [make_check(rows, g, [i], "r_stars", "misfit", "inconsistent", assumption=assumption, expected=facts["means"], observed=x.reported, **facts)]
    if stars and above is not None and hi < above:
        return [make_check(rows, g, [i], "r_stars", "under_marked", "consistent_if", assumption="the table marks this r with fewer stars than it could",
                           expected=facts["means"], observed=x.reported, **facts)]
    if not stars and hi < above:
        return [make_check(rows, g, [i], "r_stars", "unmarked_significant", "consistent_if", assumption="the table marks only some of its significant r",
                           expected=facts["means"], observed=x.reported, threshold=legend[min(legend)], **facts)]
    return [make_check(rows, g, [i], "r_stars", "fit", "consistent", assumption=assumption, expected=facts["means"], observed=x.reported, **facts)]
