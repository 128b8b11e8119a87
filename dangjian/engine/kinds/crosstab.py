"""``crosstab``: a cross-tab whose cells are printed "n(%)", flattened into text, and the χ² printed under it.

Papers print a contingency table with each cell as its count and share,
"男 61(29.8) 83(40.5) 40(19.5) 21(10.2) 205", often under a caption marked
[n(%)], with a row's total after its cells.  Flattened into text the rows
follow each other: a label, two or more n(%) cells, the total.

Finder (:func:`crosstabs`, also used by :mod:`dangjian.engine.extract` to read
each count, share and total as a claim of kind ``cell``)
    two or more consecutive rows with the same number of n(%) cells (two or
    more each); the χ² printed right after the table (within its sentence)
    is its test.

Judge
    ``cells_sum``: each row's counts against its printed total; ``percent_of``:
    each share against its count, over the row's total (shares of rows) or
    the column's counts added up (shares of columns), whichever explains more
    of the table's shares: a share that misses it is ``inconsistent`` when
    that base explains most of them, and two or more; ``chi2_table``: the
    χ² of the counts (Pearson's, Yates' for a 2×2 table, the likelihood
    ratio) against the printed χ², ``consistent`` where one of them prints as
    it; where none does, ``inconsistent`` only when every share of the table
    fits its count (the counts were read right), else ``consistent_if``
    another test or other counts.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from fractions import Fraction

from ..judging import make_check, misfit_hints
from ..papers import header_sizes
from ..records import ClaimList, Group
from ..results import Check
from ..shares import exact_share, printed_share, rounding_slack, scaled, share_fits

__all__ = ["Crosstab", "CrosstabGroup", "CountsGroup", "crosstabs", "find", "find_counts", "judge", "chi2_statistics", "chi2_check", "chi2_gives"]

_CELL = r"\d{1,6}\s*[(（]\s*\d{1,3}(?:\.\d{1,3})?\s*[%％]?\s*[)）]"
#: A row: its label (an item's code first, "A1课前主动预习"), its n(%) cells, its total, or an item's mean and SD after them.
_ROW = re.compile(rf"(?P<label>(?:[A-Za-z]{{1,2}}\d{{1,2}}[.、]?\s*)?[^\d\s()（）。;；,，:：、\[\]【】%％=＝<>]{{1,12}})\s*(?:(?P<lead>\d{{1,5}})[ \t]+)?(?P<cells>{_CELL}(?:\s*{_CELL})+)"
                  r"(?:[ \t]*(?P<total>\d{1,6})(?![\d.(（%％]))?(?:[ \t]*(?P<mean>\d{1,2}\.\d{1,3})(?:[ \t]+(?P<sd>\d{1,2}\.\d{1,3}))?(?![\d.%％(（]))?")
#: A header whose second column is each row's size: "组别 例数 显效 有效 无效 总有效", "组别 n 治愈 好转 无效".
_LEAD_HEADER = re.compile(r"(?:例数|人数|总例数|总人数|例|n)\s*(?:[(（][^()（）]{0,6}[)）])?\s*[\u4e00-\u9fff]{1,6}")
#: A header that names an item's mean and SD after its cells ("非常不同意 不同意 一般 同意 非常同意 M SD"), or its mean alone
#: (a survey platform's matrix question: "… 非常满意 平均分").
_MEAN_SD_HEADER = re.compile(r"(?:M|均值|平均分|平均值|得分)\s*(?:±\s*)?(?:SD|标准差|S)(?![A-Za-z])")
_MEAN_HEADER = re.compile(r"平均分|平均值|均值|均分")
_ONE = re.compile(r"(?P<k>\d{1,6})\s*[(（]\s*(?P<p>\d{1,3}(?:\.\d{1,3})?)\s*[%％]?\s*[)）]")
_CHI2 = re.compile(r"[χΧ]\s*[²2]\s*(?:值)?\s*(?:[=＝]|为|\s)\s*(?P<value>\d+(?:\.\d+)?)")


@dataclass(frozen=True)
class CrosstabRow:
    """A row: its ``label``, its cells as ``((k_start, k_end, k), (p_start, p_end, p))`` and its total ``(start, end, n)``."""

    label: str
    cells: tuple
    total: tuple | None
    #: an item's mean and SD printed after its cells, under a header that names them (``(start, end, printed)``)
    mean: tuple | None = None
    sd: tuple | None = None


@dataclass(frozen=True)
class Crosstab:
    rows: tuple[CrosstabRow, ...]
    start: int
    end: int
    chi2: tuple | None = None  # (start, end, printed value) of the χ² printed right after it


def crosstabs(text: str) -> list[Crosstab]:
    """The n(%) cross-tabs of a text.

    >>> t = crosstabs("表1 [n(%)] 性别 是 否 合计 男 61(29.8) 144(70.2) 205 女 36(18.2) 162(81.8) 198 χ²=7.35,P=0.007")[0]
    >>> [(r.label, [c[0][2] for c in r.cells], r.total[2]) for r in t.rows], t.chi2[2]
    ([('男', ['61', '144'], '205'), ('女', ['36', '162'], '198')], '7.35')
    """
    if "(" not in text and "（" not in text:
        return []
    return list(_crosstabs(text))


@functools.lru_cache(maxsize=4)
def _crosstabs(text: str) -> tuple[Crosstab, ...]:
    """(Read once per text: the extractor and the kind's finder both ask.)"""
    cells = _ONE.finditer(text)
    if next(cells, None) is None or next(cells, None) is None or next(cells, None) is None or next(cells, None) is None:
        return ()  # fewer than four n(%) cells: no cross-tab (a quick test before the row pattern tries every character)
    out, run = [], []
    for m in _ROW.finditer(text):
        cells = tuple(((c.start("k") + m.start("cells"), c.end("k") + m.start("cells"), c.group("k")),
                       (c.start("p") + m.start("cells"), c.end("p") + m.start("cells"), c.group("p"))) for c in _ONE.finditer(m.group("cells")))
        total = (m.start("total"), m.end("total"), m.group("total")) if m.group("total") else None
        if m.group("lead"):
            # "观察组 52 22(42.31) 25(48.08) 5(9.62) 47(90.38)": the group's size (例数) before its cells is the row's total
            if total is not None or not _LEAD_HEADER.search(text, max(0, (run[0][2] if run else m.start()) - 60), run[0][2] if run else m.start()):
                if run:
                    out += _table(text, run)
                    run = []
                continue  # two totals, or no 例数 in the header: not this table's layout
            total = (m.start("lead"), m.end("lead"), m.group("lead"))
        mean_sd, end = [None, None], m.end()
        if m.group("mean"):
            # two numbers after the cells are an item's mean and SD only under a header that says so ("… 非常同意 M SD"),
            # not a baseline row's test and p ("男 24(53.3) 26(57.8) 0.180 0.671")
            first = run[0][2] if run else m.start()
            header = text[max(0, first - 60) : run[0][0].cells[0][0][0] if run else m.start("cells")]  # (a first row's label may hold the header's end)
            if m.group("sd") and _MEAN_SD_HEADER.search(header):
                mean_sd = [(m.start(x), m.end(x), m.group(x)) for x in ("mean", "sd")]
            elif not m.group("sd") and _MEAN_HEADER.search(header):
                mean_sd = [(m.start("mean"), m.end("mean"), m.group("mean")), None]
            else:
                end = m.end("total") if m.group("total") else m.end("cells")
        label = m.group("label").strip()
        if m.group("lead") and (arm := re.search(r"(?:观察|对照|干预|实验|试验|治疗|研究|常规|护理|联合|[A-Za-z]|[甲乙丙丁一二三四])组$", label)):
            label = arm.group()  # "显效有效无效总有效观察组": the header's end run into the first row's label
        if mean_sd[0] is not None:  # "…非常满意平均分价格实惠": the header's end run into the first row's label
            label = re.split(r"平均分|平均值|均值|均分|SD|标准差", label)[-1].strip() or label
        row = CrosstabRow(label, cells, total, *mean_sd)
        # a paper's baseline table prints the block's test on its first row, between it and the next ("男 24(53.3)
        # 26(57.8) χ²=0.180 0.671 女 21(46.7) 19(42.2)"): the rows still run on
        test = _ROW_TEST.match(text, run[-1][1]) if run else None
        gap_end = test.end() if test and len(run) == 1 else run[-1][1] if run else 0
        if run and (m.start() - gap_end > 2 or len(cells) != len(run[-1][0].cells)):
            out += _table(text, run)
            run = []
        run.append((row, end, m.start()))
    out += _table(text, run)
    return tuple(out)


#: A test printed in a table row after its cells, with its p as a bare cell: "χ²=0.180 0.671", "χ²=14.862<0.001".
_ROW_TEST = re.compile(r"\s*(?P<chi2>[χΧ]\s*[~～]?\s*[²2]\s*(?:值)?\s*[=＝]\s*(?P<value>\d+(?:\.\d+)?))\s*(?:[<>＜＞]?\s*0?\.\d+|1\.0+)?")


def _table(text: str, run: list) -> list[Crosstab]:
    if len(run) < 2:
        return []

    end = run[-1][1]
    first = _ROW_TEST.match(text, run[0][1])  # the test on the block's first row
    if first is not None:
        return [Crosstab(tuple(r for r, _, _ in run), run[0][2], end, (first.start("chi2"), first.end("chi2"), first.group("value")))]
    # (a note under the table, "注:总满意=满意+一般;χ2=5.054,P=0.025", runs on past its ;)
    stops = "。" if text[end : end + 4].lstrip().startswith("注") else "。;；"
    sentence_end = min([k for k in (text.find(c, end) for c in stops) if k >= 0] + [end + 80])
    chi2 = _CHI2.search(text, end, min(sentence_end, end + 80))
    return [Crosstab(tuple(r for r, _, _ in run), run[0][2], end, (chi2.start(), chi2.end(), chi2.group("value")) if chi2 else None)]


@dataclass(eq=False)
class CrosstabGroup(Group):
    """A cross-tab read from the text; ``claims`` maps ``(row, column, "k" | "p")`` and ``(row, "total")`` to claim indices,
    ``chi2`` is the index of its χ²'s claim."""

    kind: str = "crosstab"
    table: Crosstab | None = None
    claims: dict = field(default_factory=dict)
    chi2: int | None = None


def find(rows: ClaimList, add) -> None:
    at = {pos[0]: i for i, pos in enumerate(rows.positions)}
    taken = rows.taken()
    for t in crosstabs(rows.text):
        claims = {}
        for r, row in enumerate(t.rows):
            for c, (k, p) in enumerate(row.cells):
                for what, cell in (("k", k), ("p", p)):
                    i = at.get(cell[0])
                    # (a share printed with its %, "6(2.96%)", the text flow reads as a share: the cell's all the same)
                    if i is not None and i not in taken and rows[i]["kind"] in ("cell", "percent" if what == "p" else "count"):
                        claims[(r, c, what)] = i
            if row.total is not None and at.get(row.total[0]) is not None and at[row.total[0]] not in taken:
                claims[(r, "total")] = at[row.total[0]]
            for what, cell in (("mean", row.mean), ("sd", row.sd)):
                if cell is not None and at.get(cell[0]) is not None and at[cell[0]] not in taken:
                    claims[(r, what)] = at[cell[0]]
        if not claims:
            continue
        g = CrosstabGroup(start=t.start, end=t.end, table=t, claims=claims)
        if t.chi2 is not None:
            i = next((j for j in rows.between(t.chi2[0], t.chi2[1]) if rows[j]["kind"] == "test"), None)
            g.chi2 = i
            shape = _tested_shape(t, str(rows[i]["value"])) if i is not None and i in (rows.paper or {}) and t.rows and t.rows[0].cells else None
            if shape is not None:
                # the test of this table (its counts give it): its df is the table's, (rows − 1)(columns − 1), for its p
                r, c = shape
                rows.paper[i].extra["table_df"] = {"key": "df_table", "shape": f"{r}×{c}", "df": (r - 1) * (c - 1)}
        g.members = sorted(set(claims.values()))
        add(g)


@dataclass(eq=False)
class CountsGroup(Group):
    """A cross-tab of plain counts flattened into text: each body row's cells with its total last (``body``: claim
    indices per row), the 合计 row's (``total``, or ``()``), and the χ² printed after it (``chi2``)."""

    kind: str = "crosstab_counts"
    body: tuple = ()
    labels: tuple = ()
    total: tuple = ()
    chi2: int | None = None


_TOTAL_ROW = re.compile(r"(?:合\s*计|总\s*计|[Tt]otal)\s*$")


def find_counts(rows: ClaimList, add) -> None:
    """Cross-tabs of plain counts: two or more consecutive rows of whole numbers, each ending in the sum of the others
    (the 合计 column), and the 合计 row under them, if printed; the χ² printed right after the table is its test."""
    flat = rows.flat_rows or []
    at = {pos[0]: i for i, pos in enumerate(rows.positions)}
    taken = rows.taken()
    run: list = []

    def close() -> None:
        body = [r for r in run if not _TOTAL_ROW.search(r.label)]
        totals = [r for r in run if _TOTAL_ROW.search(r.label)]
        if len(body) < 2 or len(totals) > 1 or (totals and run[-1] is not totals[0]):
            return
        ids = [[at.get(c[0]) for c in r.cells] for r in run]
        if any(i is None or i in taken for row in ids for i in row):
            return
        end = run[-1].cells[-1][1]
        stop = min([k for k in (rows.text.find(c, end) for c in "。;；") if k >= 0] + [end + 80])
        m = _CHI2.search(rows.text, end, min(stop, end + 80))
        chi2 = next((j for j in rows.between(m.start(), m.end()) if rows[j]["kind"] == "test"), None) if m else None
        # every row adds up to its 合计: the cells were read right (no thousands cut among them)
        rows.structured = getattr(rows, "structured", set()) | {rows.positions[i][0] for row in ids for i in row}
        labels = tuple(r.label.rpartition("合计")[2] or r.label for r in body)  # the header run into the first label
        g = CountsGroup(start=run[0].start, end=end, body=tuple(tuple(x) for x in ids[: len(body)]), labels=labels,
                        total=tuple(ids[-1]) if totals else (), chi2=chi2)
        g.members = sorted({i for row in ids for i in row})
        add(g)

    for row in flat:
        values = [c[2] for c in row.cells]
        whole_row = all(v.isdigit() for v in values) and len(values) >= 3
        adds_up = whole_row and sum(int(v) for v in values[:-1]) == int(values[-1])
        width_ok = not run or len(values) == len(run[-1].cells)
        adjacent = not run or row.start - run[-1].cells[-1][1] <= 2
        if whole_row and width_ok and adjacent and (adds_up or _TOTAL_ROW.search(row.label)):
            run.append(row)
            continue
        if len(run) >= 2:
            close()
        run = [row] if whole_row and adds_up else []
    if len(run) >= 2:
        close()


def judge(rows: ClaimList, g: CrosstabGroup) -> list[Check]:
    if isinstance(g, CountsGroup):
        return _judge_counts(rows, g)
    t = g.table
    counts = [[int(k[2]) for k, _ in row.cells] for row in t.rows]
    out: list[Check] = []
    # a last column that adds up the first ones in every row ("显效 有效 无效 总有效": 47 = 22 + 25) is a subtotal, no category
    first = _subtotal_column(t, counts)
    parts = [row[:-1] for row in counts] if first else counts
    if first:
        out += _judge_subtotal_column(rows, g, counts, first)
    # each row against its total
    row_n = []
    for r, row in enumerate(t.rows):
        s = sum(parts[r])
        n = int(row.total[2]) if row.total is not None else s
        row_n.append(n)
        ids = [g.claims.get((r, c, "k")) for c in range(len(parts[r]))]
        k = g.claims.get((r, "total"))
        if row.total is None or k is None or None in ids:
            continue
        shares = [p[2] for _, p in row.cells[: len(parts[r])]]
        facts = {"line": row.label, "parts": [rows[i]["reported"] for i in ids], "sum": str(s), "total": row.total[2],
                 "total_label": "例数" if row.total[0] < row.cells[0][0][0] else "合计", "total_in": "column"}
        if s == n:
            out.append(make_check(rows, g, [*ids, k], "cells_sum", "equal", "consistent", assumption="the row's total adds up its cells",
                                  expected=str(s), observed=row.total[2], **facts))
        elif abs(sum(map(Fraction, shares)) - 100) <= rounding_slack(shares):
            out.append(make_check(rows, g, [*ids, k], "cells_sum", "mismatch_whole", "inconsistent",
                                  assumption="the row's cells are all of it: their shares add up to 100%", expected=str(s), observed=row.total[2],
                                  gap=str(abs(s - n)), shares_sum=f"{float(sum(map(Fraction, shares))):g}", total_share="100%", **facts))
        else:
            out.append(make_check(rows, g, [*ids, k], "cells_sum", "short_if" if s < n else "over_if_several", "consistent_if",
                                  assumption="a cell is not printed, or a respondent is in several", expected=str(s), observed=row.total[2],
                                  gap=str(abs(s - n)), **facts))
    # the shares: of rows, or of columns
    column_n = [sum(counts[r][c] for r in range(len(counts))) for c in range(len(counts[0]))]
    pairs = [(r, c) for r in range(len(counts)) for c in range(len(counts[0])) if (r, c, "p") in g.claims]
    bases = {"row": {(r, c): row_n[r] for r, c in pairs}, "column": {(r, c): column_n[c] for r, c in pairs}}
    # the groups' sizes printed in the header, one per column ("观察组(n=45) 对照组(n=45)"): the shares of a column are of
    # its group, also where a row is missing an answer (14 + 16 + 14 = 44 of 45)
    header = header_sizes(rows.text, t.start, len(counts[0]))
    if header:
        bases["header"] = {(r, c): header[c] for r, c in pairs}
    fits = {name: {(r, c) for r, c in pairs if counts[r][c] <= ns[(r, c)] and share_fits(counts[r][c], ns[(r, c)], t.rows[r].cells[c][1][2])}
            for name, ns in bases.items()}
    name = max(bases, key=lambda x: (len(fits[x]), x == "header"))
    ns, fit = bases[name], fits[name]
    established = len(fit) >= 2 and 2 * len(fit) > len(pairs)
    for r, c in pairs:
        i, j = g.claims[(r, c, "p")], g.claims.get((r, c, "k"))
        k, n = counts[r][c], ns[(r, c)]
        value = t.rows[r].cells[c][1][2]
        where = (f"the total of the row {t.rows[r].label}" if name == "row" else f"the size of column {c + 1}'s group in the header" if name == "header"
                 else f"the counts of column {c + 1} added up")
        for x in (i, j):
            if x is not None:
                stated = (name == "row" and t.rows[r].total) or name == "header"
                rows[x]["base"], rows[x]["base_evidence"] = n, f"{'stated' if stated else 'item'}: {where} ({n})"
        _, d = scaled(value)
        facts = {"k": k, "n": n, "exact": exact_share(k, n), "printed": printed_share(k, n, d), "reported": value,
                 "count_id": rows[j]["claim_id"] if j is not None else "", "mode": "up_or_down"}
        if (r, c) in fit:
            out.append(make_check(rows, g, [i], "percent_of", "fit", "consistent", assumption=f"n = {n} ({where})", expected=f"{facts['printed']}%",
                                  observed=value, **facts))
        elif established:
            out.append(make_check(rows, g, [i], "percent_of", "misfit", "inconsistent", assumption=f"n = {n} ({where})", expected=f"{facts['printed']}%",
                                  observed=value, context={"key": "base_is", "base": where + f" ({n})"}, hints=misfit_hints(rows, k, n, value), **facts))
        else:
            out.append(make_check(rows, g, [i], "percent_of", "misfit_unsettled", "consistent_if", assumption="the share has another base",
                                  expected=f"{facts['printed']}%", observed=value, base=where, **facts))
    if g.chi2 is not None:
        confirmed = bool(pairs) and len(fit) == len(pairs)
        table = parts
        if first and all(row.total for row in t.rows):
            # an efficacy table's χ² compares the subtotal (总有效) against the rest of each group, or all its categories
            whole = [[row[-1], int(t.rows[r].total[2]) - row[-1]] for r, row in enumerate(counts)]
            if chi2_gives(whole, str(rows[g.chi2]["value"])) or not chi2_gives(parts, str(rows[g.chi2]["value"])):
                table = whole
        out += chi2_check(rows, g, g.chi2, table, confirmed)
    out += _item_scores(rows, g, counts)
    out += _items_against_sample(rows, g, counts)
    return out


def _items_against_sample(rows: ClaimList, g: CrosstabGroup, counts: list[list[int]]) -> list[Check]:
    """A scale's items (rows with no total, under a header of the scale's answers): each respondent answers each item
    once, so each row's counts add up to the survey's sample stated before the table (``consistent``), fewer where some
    skipped it (``consistent_if``), more only if the table counts other people (``consistent_if``)."""
    from ..bases import BaseIndex

    t = g.table
    header = rows.text[max(0, t.start - 60) : t.start]
    if any(row.total for row in t.rows) or not (_SCALE_LOW.search(header) or _SCALE_HIGH.search(header)) or not rows.samples:
        return []
    smp = next((x for x in BaseIndex.of(rows).samples_before(t.start) if x.kind != "issued" and x.end <= t.start), None)
    if smp is None:
        return []
    out = []
    for r, row in enumerate(t.rows):
        ids = [g.claims.get((r, c, "k")) for c in range(len(row.cells))]
        if None in ids:
            continue
        s = sum(counts[r])
        gap = abs(s - smp.n)
        facts = {"total": f"{' + '.join(str(k) for k in counts[r])} = {s}", "line": row.label, "n": smp.n, "sample": smp.text}
        verdict, variant, assumption = (("consistent", "equal", "each respondent answers each item once") if gap == 0 else
                                        ("consistent_if", "fewer", f"{gap} of the {smp.n} skipped this item") if s < smp.n else
                                        ("consistent_if", "more", "the table counts people outside that sample"))
        out.append(make_check(rows, g, ids, "table_vs_sample", variant, verdict, assumption=assumption, expected=str(smp.n), observed=str(s),
                              **({"gap": gap} if gap else {}), **facts))
    return out


def _subtotal_column(t: Crosstab, counts: list[list[int]]) -> int:
    """How many first columns the last column adds up in every row (0 for none): "22 25 5 47" is 22 + 25 = 47."""
    if len(counts[0]) < 4 or len({len(row) for row in counts}) != 1:
        return 0
    for m in range(2, len(counts[0]) - 1):
        if all(row[-1] == sum(row[:m]) for row in counts) and any(row[-1] for row in counts):
            return m
    return 0


def _judge_subtotal_column(rows: ClaimList, g: CrosstabGroup, counts: list[list[int]], first: int) -> list[Check]:
    """Each row's subtotal against the columns it adds up (``cells_sum``, exact: counts have no rounding)."""
    out = []
    for r, row in enumerate(g.table.rows):
        ids = [g.claims.get((r, c, "k")) for c in range(first)]
        k = g.claims.get((r, len(row.cells) - 1, "k"))
        if k is None or None in ids:
            continue
        s = sum(counts[r][:first])
        facts = {"line": row.label, "parts": [rows[i]["reported"] for i in ids], "sum": str(s), "total": rows[k]["reported"],
                 "total_label": "合计", "total_in": "column"}
        # (the column is a subtotal only where it adds up in every row: :func:`_subtotal_column`)
        out.append(make_check(rows, g, [*ids, k], "cells_sum", "equal", "consistent", assumption="the last column adds up the first ones",
                              expected=str(s), observed=rows[k]["reported"], **facts))
    return out


#: The first answer of a scale, negative ("非常不同意", "很不满意", "从不": scored 1 up) or positive ("非常同意", "总是": scored
#: k down), in a header.
_SCALE_LOW = re.compile(r"非常不|很不|完全不|极不|从不|从未|非常差|很差")
_SCALE_HIGH = re.compile(r"非常同意|非常满意|完全同意|完全符合|非常符合|总是|非常好|很好|非常重要")


def _item_scores(rows: ClaimList, g: CrosstabGroup, counts: list[list[int]]) -> list[Check]:
    """Each item's mean and SD printed after its answers' counts (a Likert item table: "A1 11(4.66) 34(14.41) 79(33.47)
    81(34.32) 31(13.14) 3.37 1.03"), recomputed from the counts with the scale's scores (1 to k from its negative end, as the
    header's first answer says): both are exact functions of the counts, so a printed value outside their rounding is
    ``inconsistent`` (the SD as a sample's, over n − 1, or the population's, over n)."""
    import math

    t = g.table
    header = rows.text[max(0, t.start - 60) : t.start]
    low, high = _SCALE_LOW.search(header), _SCALE_HIGH.search(header)
    if low is None and high is None:
        return []
    ascending = high is None or (low is not None and low.start() < high.start())
    out = []
    for r, row in enumerate(t.rows):
        i, j = g.claims.get((r, "mean")), g.claims.get((r, "sd"))
        if i is None or row.mean is None:
            continue
        k = len(counts[r])
        scores = list(range(1, k + 1)) if ascending else list(range(k, 0, -1))
        n = sum(counts[r])
        if n < 2:
            continue
        total = sum(s * c for s, c in zip(scores, counts[r], strict=True))
        squares = sum(s * s * c for s, c in zip(scores, counts[r], strict=True))
        mean = Fraction(total, n)
        facts = {"line": row.label, "counts": counts[r], "scores": scores, "n": n, "total": total, "exact": f"{float(mean):.4f}",
                 "reported": row.mean[2]}
        ok = _prints_as(float(mean), row.mean[2])
        out.append(make_check(rows, g, [i], "item_mean", "fit" if ok else "misfit", "consistent" if ok else "inconsistent",
                              assumption=f"scores {scores[0]}–{scores[-1]} for the answers as the header orders them", expected=f"{float(mean):.2f}",
                              observed=row.mean[2], **facts))
        if j is None:
            continue
        ss = squares - Fraction(total * total, n)
        sample, population = math.sqrt(ss / (n - 1)), math.sqrt(ss / n)
        fits = [name for name, v in (("sample", sample), ("population", population)) if _prints_as(v, row.sd[2])]
        out.append(make_check(rows, g, [j], "item_sd", "fit" if fits else "misfit", "consistent" if fits else "inconsistent",
                              assumption="the SD of the item's answers, of a sample (n − 1) or of the population (n)", expected=f"{sample:.2f} or {population:.2f}",
                              observed=row.sd[2], line=row.label, n=n, sample=f"{sample:.4f}", population=f"{population:.4f}", reported=row.sd[2]))
    return out


def _tested_shape(t: Crosstab, printed: str) -> tuple[int, int] | None:
    """The shape of the table whose counts give the printed χ²: the table as printed, or, where its last column adds up the
    first ones (an efficacy table's 总有效), its categories without that column, or that subtotal against the rest (2 columns);
    ``None`` if none does."""
    if _gives(t, printed):
        return len(t.rows), len(t.rows[0].cells)
    try:
        counts = [[int(k[2]) for k, _ in row.cells] for row in t.rows]
    except ValueError:
        return None
    if len({len(row) for row in counts}) != 1 or not _subtotal_column(t, counts):
        return None
    if chi2_gives([row[:-1] for row in counts], printed):
        return len(counts), len(counts[0]) - 1
    if all(row.total is not None for row in t.rows):
        whole = [[row[-1], int(t.rows[r].total[2]) - row[-1]] for r, row in enumerate(counts)]
        if chi2_gives(whole, printed):
            return len(counts), 2
    return None


def _gives(t: Crosstab, printed: str) -> bool:
    """Do the table's counts give the printed χ² (one of :func:`chi2_statistics`, within its rounding)?"""
    try:
        counts = [[int(k[2]) for k, _ in row.cells] for row in t.rows]
    except ValueError:
        return False
    return len({len(row) for row in counts}) == 1 and chi2_gives(counts, printed)


def chi2_gives(counts: list[list[int]], printed: str) -> bool:
    """Do the counts give the printed χ² (one of :func:`chi2_statistics`, within its rounding)?"""
    return any(_prints_as(v, printed) for _, v in chi2_statistics(counts))


def _prints_as(v: float, printed: str) -> bool:
    """Is ``v`` within the rounding of the printed χ²?"""
    _, d = scaled(printed)
    return abs(Fraction(v) - Fraction(printed)) <= Fraction(1, 2 * 10**d) + Fraction(1, 10**6)


def chi2_statistics(counts: list[list[int]], ordered: bool = False) -> list[tuple[str, float]]:
    """The χ² a paper may have printed for a table of counts: Pearson's, Yates' (a 2×2 table), the likelihood ratio, and
    for ``ordered`` rows of a two-column table the linear-by-linear association (a trend test); ``[]`` for a table with an
    empty row or column."""
    import numpy as np
    from scipy.stats import chi2_contingency

    if not all(sum(row) for row in counts) or not all(map(sum, zip(*counts, strict=True))) or len(counts) < 2 or len(counts[0]) < 2:
        return []
    out = [("Pearson's χ²", float(chi2_contingency(counts, correction=False)[0]))]
    if len(counts) == 2 and len(counts[0]) == 2:
        out.append(("with Yates' correction", float(chi2_contingency(counts, correction=True)[0])))
    out.append(("likelihood ratio", float(chi2_contingency(counts, correction=False, lambda_="log-likelihood")[0])))
    if ordered and len(counts) > 2 and len(counts[0]) == 2:
        table = np.array(counts, dtype=float)
        n = table.sum()
        x = np.arange(len(counts), dtype=float)
        rows_n, yes = table.sum(axis=1), table[:, 0]
        mx, my = (x * rows_n).sum() / n, yes.sum() / n
        sxy = (x * yes).sum() - n * mx * my
        sxx, syy = (x * x * rows_n).sum() - n * mx * mx, yes.sum() - n * my * my
        if sxx > 0 and syy > 0:
            out.append(("linear-by-linear", float((n - 1) * sxy * sxy / (sxx * syy))))
    return out


def chi2_check(rows: ClaimList, g: Group, i: int, counts: list[list[int]], confirmed: bool, ordered: bool = False) -> list[Check]:
    """The printed χ² (claim ``i``) against the χ² of ``counts``: ``consistent`` where one of them prints as it;
    where none does, ``inconsistent`` if the table's shares all fit their counts (``confirmed``: the counts were read
    right), else ``consistent_if`` another test or other counts."""
    printed = str(rows[i]["value"])
    _, d = scaled(printed)
    tried = chi2_statistics(counts, ordered)
    if not tried:
        return []
    shape = f"{len(counts)}×{len(counts[0])}"
    df = (len(counts) - 1) * (len(counts[0]) - 1)
    computed = [{"key": "chi2_tried", "name": name, "value": f"{v:.4f}"} for name, v in tried]
    facts = {"reported": rows[i]["reported"], "shape": shape, "df": df, "tried": computed}
    for _, v in tried:
        if _prints_as(v, printed):
            return [make_check(rows, g, [i], "chi2_table", "fit", "consistent", assumption=f"the test of the {shape} table printed before it",
                               expected=f"{v:.{d}f}", observed=rows[i]["reported"], **facts)]
    expected = " or ".join(c["value"] for c in computed)
    if confirmed:
        return [make_check(rows, g, [i], "chi2_table", "misfit", "inconsistent", assumption=f"the test of the {shape} table printed before it",
                           expected=expected, observed=rows[i]["reported"], **facts)]
    return [make_check(rows, g, [i], "chi2_table", "misfit_if", "consistent_if", assumption="another test, or counts other than the table's",
                       expected=expected, observed=rows[i]["reported"], **facts)]


def _judge_counts(rows: ClaimList, g: CountsGroup) -> list[Check]:
    """Each row against its 合计 cell (found so), each column against the 合计 row, and the χ² against the counts."""
    out: list[Check] = []
    body = [[int(rows[i]["value"]) for i in row[:-1]] for row in g.body]
    for label, row in zip(g.labels, g.body, strict=True):
        parts = [rows[i]["reported"] for i in row[:-1]]
        facts = {"line": label, "parts": parts, "sum": str(sum(map(int, parts))), "total": rows[row[-1]]["reported"], "total_label": "合计",
                 "total_in": "column"}
        out.append(make_check(rows, g, [*row[:-1], row[-1]], "cells_sum", "equal", "consistent", assumption="the 合计 column adds up the row",
                              expected=facts["sum"], observed=facts["total"], **facts))
    confirmed = True
    if g.total:
        for j, k in enumerate(g.total):
            column = [row[j] for row in g.body]
            s = sum(int(rows[i]["value"]) for i in column)
            printed = int(rows[k]["value"])
            facts = {"line": f"column {j + 1}", "parts": [rows[i]["reported"] for i in column], "sum": str(s), "total": rows[k]["reported"],
                     "total_label": "合计", "total_in": "row"}
            if s == printed:
                out.append(make_check(rows, g, [*column, k], "cells_sum", "equal", "consistent", assumption="the 合计 row adds up the rows above it",
                                      expected=str(s), observed=rows[k]["reported"], **facts))
            else:
                confirmed = False
                out.append(make_check(rows, g, [k], "cells_sum", "short_if" if s < printed else "over_if_several", "consistent_if",
                                      assumption="a row is not printed, or a respondent is in several", expected=str(s), observed=rows[k]["reported"],
                                      gap=str(abs(s - printed)), **facts))
    if g.chi2 is not None:
        out += chi2_check(rows, g, g.chi2, body, confirmed and bool(g.total))
    return out
