"""``mean_sd``: a paper's mean ± SD, with its group's n and the scale of its data.

Finder
    Each mean ± SD read by :func:`dangjian.engine.papers.find_paper_numbers`
    ("(3.45±0.82)分", "M=3.45,SD=0.82"), with the size of its group
    (:func:`dangjian.engine.papers.group_n`) and the scale stated before it.

Judge
    GRIM and GRIMMER (:func:`dangjian.engine.consistency.grimmer_result`) when
    the data are whole numbers: scores (分) on a stated integer scale or with
    a stated number of items, or ages (岁) in whole years; DEBIT for answers
    coded 0/1.  A mean of a measurement (mmol/L, kg, 天 …) is read but not
    tested: GRIM says nothing about continuous data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ..bases import BaseIndex
from ..consistency import debit_result, grimmer_result
from ..judging import make_check
from ..papers import defined_scales, group_n, header_sizes, scale_before, scales_stated
from ..records import ClaimList, Group
from ..results import Check
from ..shares import is_difference
from .correlations import ITEM_MEAN, items_of

__all__ = ["MeanSdGroup", "find", "judge", "EXACT_SCALE_WIDTH"]

#: The widest range of a respondent's score (items × the scale's width) on which the exact test with the scale runs:
#: its search grows with the cube of the width (a width of 102 took 100 s on one mean).  Above it the analytic
#: GRIMMER decides alone, which can miss an impossible SD but never calls a possible one impossible.
EXACT_SCALE_WIDTH = 40


@dataclass(eq=False)
class MeanSdGroup(Group):
    """A mean (claim ``mean``) ± SD (claim ``sd``), its group's ``n`` and where that came from (``n_how``), the
    ``scale`` stated before it (``{"scale": (lo, hi), "items": k}``, as found), its ``unit``."""

    kind: str = "mean_sd"
    mean: int = -1
    sd: int = -1
    n: int | None = None
    n_how: str = ""
    scale: dict = field(default_factory=dict)
    unit: str = ""
    #: the n is the report's sample (no group is named for the mean), not a group's own size
    n_from_sample: bool = False
    #: the mean is a cell of a table row after a label ("护理 31 3.68±0.98"): a group's mean, whose n the sample may not be
    in_row: bool = False
    #: the number of means ± SD in that row (several: a table of several measures)
    row_cells: int = 0


def find(rows: ClaimList, add) -> None:
    paper = rows.paper
    if not paper:
        return
    order = sorted(paper)
    for i in (i for i in order if paper[i].kind == "mean"):
        sd = next((j for j in order if j > i and paper[j].kind == "sd"), None)
        if sd is None:
            continue
        n, how = group_n(rows.text, rows, paper, i)
        from_sample = False
        if n is None:
            # no group is named: a mean of the whole sample ("对1700名大学生进行调查…问卷总均分为2.14±0.34")
            sample = next(iter(BaseIndex.of(rows).samples_before(paper[i].start)), None)
            if sample is not None:
                n, how, from_sample = sample.n, f"the report's sample: {sample.text}", True
        scale = scale_before(rows.text, paper[i].start)
        own = _defined_row_scale(rows.text, paper[i].start)
        if own is not None:
            scale = own  # "TAS 21.47±5.62 …" after "(1)考试焦虑量表(TAS),…总分0～37分": the row's instrument, as the text defines it
        if "items" in paper[i].extra:  # a table row's measure, with its own number of items (kinds.correlations)
            scale = {**scale, "items": paper[i].extra["items"]}
        elif paper[i].extra.get("items_unknown"):
            scale = {**scale, "items_unknown": True}
        cells = _row_cells(rows.text, paper[i].start)
        if cells is not None and "items" not in paper[i].extra and not paper[i].extra.get("items_unknown") and \
                ITEM_MEAN.search(rows.text, 0, paper[i].start):
            # "以条目均分表示": a table row's mean is the mean of its measure's items, as many as that measure has
            k = items_of(rows.text, cells[0], paper[i].start)
            scale = {**scale, "items": k, "by_label": True} if k else {**{x: v for x, v in scale.items() if x != "items"}, "items_unknown": True}
        unit = paper[i].unit
        row = None if unit else _ROW_UNIT.search(rows.text, max(0, paper[i].start - 60), paper[i].start)
        if not unit and row is None:
            # a group's row under a header of measures, each with its unit ("组别 例数 男/女 年龄(岁,x±s) 病程(h,x±s)"):
            # the k-th mean ± SD of the row is the k-th such column's (where the units label rows, _ROW_UNIT reads them)
            unit = _column_unit(rows.text, paper[i].start)
        label = rows.text[max(0, row.start() - 16) : row.start()] if row is not None else _column_label(rows.text, paper[i].start)
        named = instrument_of(label) if label and not ({"scale", "items", "total"} & set(scale)) else None
        if named is not None:
            scale = {**scale, "total": named[1], "instrument": named[0]}
        if row is not None:
            unit = row.group("unit")
            # a table row's mean: its column's group size, from the header's sizes side by side ("观察组(n=45) 对照组(n=43)")
            column = len(re.findall(r"±", row.group(0))) - 1  # the means ± SD of the row before this one, after the label's own x±s
            sizes = header_sizes(rows.text, row.start(), 2) or header_sizes(rows.text, row.start(), 3)
            if sizes and column < len(sizes):
                n, how, from_sample = sizes[column], f"the size of column {column + 1}'s group in the table's header", False
        elif row is None and cells is not None and (own := _ROW_N.search(rows.text, max(0, cells[3] - 2), paper[i].start)) is not None \
                and cells[1] == 0 and _N_COLUMN.search(rows.text, max(0, cells[3] - 300), cells[3]):
            # "专业 n 得分 / 护理 31 3.68±0.98": the row's own n, in the column the header names n (例数, 人数)
            n, how, from_sample = int(own.group(1)), f"the n of the row {cells[0]}", False
        elif row is None and cells is not None and cells[2] >= 2:
            # a row of means ± SD with a plain label ("手机依赖 2.48±0.69 2.63±0.70 2.83±0.71"): the column's group size
            sizes = header_sizes(rows.text, cells[3], cells[2], same_table=True)
            if sizes:
                n, how, from_sample = sizes[cells[1]], f"the size of column {cells[1] + 1}'s group in the table's header", False
        g = MeanSdGroup(start=paper[i].start, end=paper[sd].end, mean=i, sd=sd, n=n, n_how=how, scale=scale,
                        unit=unit, n_from_sample=from_sample, in_row=cells is not None, row_cells=cells[2] if cells else 0)
        g.members += [i, sd]
        add(g)


#: A table row's label that names the unit of its means ± SD: "年龄(岁,x±s)", "评分(分,x̄±s)", "BMI(kg/m²,x±s)"; then at most
#: the row's other cells before the mean ("68.62±8.14 ").
_ROW_UNIT = re.compile(r"[(（]\s*(?P<unit>[^()（）,，\s=＝]{1,8})\s*[,，]\s*(?:x̄|x|X|M)\s*[±]\s*(?:s|SD|S)\s*[)）](?:\s*-?\d+(?:\.\d+)?\s*±\s*\d+(?:\.\d+)?)*\s*$")


#: A row's own n between its label and its first mean ("护理 31 3.68±0.98"), and a header that names such a column.
_ROW_N = re.compile(r"[\u4e00-\u9fffA-Za-z)）]\s*(\d{1,5})\s+$")
_N_COLUMN = re.compile(r"(?<![A-Za-z])[nN](?![A-Za-z=＝])|例数|人数|样本量")
_CELL_BEFORE = re.compile(r"(?<![\d.])(-?\d{1,7}(?:\.\d{1,6})?\s*±\s*\d{1,7}(?:\.\d{1,6})?)\s*$")
_CELL_AFTER = re.compile(r"\s*-?\d{1,7}(?:\.\d{1,6})?\s*±\s*\d{1,7}(?:\.\d{1,6})?(?![\d.])")
#: (A header's last column may run into the first row's label, "t P手机依赖": a Latin letter before the label ends the header.)
_LABEL_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,12})\s*(?:\d{1,5}\s+)?$")


#: A table row's label that may be an instrument's abbreviation: "TAS", "PHQ-9".
_ABBREVIATION_LABEL = re.compile(r"(?<![A-Za-z0-9\-])([A-Za-z][A-Za-z0-9\-]{1,11})\s*$")


def _defined_row_scale(text: str, pos: int) -> dict | None:
    """The scale of the instrument a table row's label names, as the text defines it (:func:`defined_scales`), for the
    mean ± SD at ``pos``; a cell that is the difference of the row's two cells before it ("21.47±5.62 16.83±5.19 4.64±4.87")
    is a difference of whole-number totals: its scale says so, with no range.  ``None`` if the label names none."""
    defined = defined_scales(text)
    if not defined:
        return None
    if pos and text[pos - 1] in "-−":
        pos -= 1  # a minus the reading left out ("9.17-6.56±7.23")
    cells, start = [], pos
    while (m := _CELL_BEFORE.search(text, max(0, start - 30), start)) is not None:
        cells.insert(0, m.group(1))
        start = m.start()
    label = _ABBREVIATION_LABEL.search(text, max(0, start - 16), start)
    if label is None or label.group(1) not in defined:
        return None
    scale = dict(defined[label.group(1)])
    if len(cells) >= 2:
        here = _CELL_AFTER.match(text, pos)
        values = [c.partition("±")[0].strip() for c in cells[-2:]] + ([here.group(0).partition("±")[0].strip()] if here else [])
        if len(values) == 3:
            if is_difference(*values):
                return {"difference": True, "instrument": label.group(1)}
    return {**scale, "instrument_defined": label.group(1)}


def _row_cells(text: str, pos: int) -> tuple[str, int, int, int] | None:
    """A mean ± SD at ``pos`` in a table row of such cells after a plain label ("学业拖延 2.95±0.67 2.79±0.64 1.78"): the
    label, the cell's column (0 for the first), the row's number of cells and where the row starts; ``None`` if no
    label of Han characters stands right before the row's first cell."""
    column, start = 0, pos
    while (m := _CELL_BEFORE.search(text, max(0, start - 30), start)) is not None:
        column, start = column + 1, m.start()
    label = _LABEL_BEFORE.search(text, max(0, start - 20), start)
    if label is None:
        return None
    end, count = pos, column
    while (m := _CELL_AFTER.match(text, end)) is not None:
        count, end = count + 1, m.end()
    return label.group(1), column, count, label.start()


#: A header's column of means ± SD with its unit: "年龄(岁,x±s)", "病程(h,x±s)".
_COLUMN_UNIT = re.compile(r"[(（]\s*(?P<unit>[^()（）,，\s=＝]{1,8})\s*[,，]\s*(?:x̄|x|X|M)\s*[±]\s*(?:s|SD|S)\s*[)）]")
_CAPTION = re.compile(r"表\s*\d")
_PLUS_MINUS_CELL = re.compile(r"\d\s*±\s*\d")


#: Published instruments whose total is a whole number by their scoring rules, and its range: a mean of their totals is a
#: mean of whole numbers even where the paper prints no scale (NIHSS 0~42, GCS 3~15, MMSE and MoCA 0~30 …).
INSTRUMENTS = (
    (re.compile(r"NIHSS"), "NIHSS", (0, 42)),
    (re.compile(r"GCS|格拉斯哥昏迷"), "GCS", (3, 15)),
    (re.compile(r"MMSE|简易智能精神状态"), "MMSE", (0, 30)),
    (re.compile(r"MoCA|蒙特利尔认知"), "MoCA", (0, 30)),
    (re.compile(r"APACHE\s*(?:II|Ⅱ|2)"), "APACHE II", (0, 71)),
    (re.compile(r"Barthel|巴氏指数"), "Barthel", (0, 100)),
    (re.compile(r"Braden"), "Braden", (6, 23)),
    (re.compile(r"PSQI|匹兹堡睡眠质量"), "PSQI", (0, 21)),
    (re.compile(r"PHQ\s*-?\s*9"), "PHQ-9", (0, 27)),
    (re.compile(r"GAD\s*-?\s*7"), "GAD-7", (0, 21)),
    (re.compile(r"HAMA|汉密尔顿焦虑"), "HAMA", (0, 56)),
    (re.compile(r"HAMD|汉密尔顿抑郁"), "HAMD", (0, 76)),
    (re.compile(r"Fugl[\s-]?Meyer|FMA(?![A-Za-z])"), "Fugl-Meyer", (0, 100)),
)
#: The label of a header's column of means ± SD, right before its unit: "NIHSS评分(分,x±s)".
_COLUMN_LABEL = re.compile(r"(\S{1,16})\s*$")


def instrument_of(label: str) -> tuple[str, tuple[int, int]] | None:
    """The published instrument a column's or row's label names, with the range of its whole-number total; ``None``
    if it names none, or two."""
    found = [(name, span) for pattern, name, span in INSTRUMENTS if pattern.search(label)]
    return found[0] if len(found) == 1 else None


def _column_of(text: str, pos: int) -> tuple[str, re.Match] | None:
    """The header and the header's unit of the column of the mean ± SD at ``pos``, where the table's header names a unit for
    each column of means ± SD ("年龄(岁,x±s) 病程(h,x±s)") and its rows follow, each with as many means ± SD: the mean's
    column is its place in its row.  ``None`` where there is no caption and header before it, or the units stand in the
    rows' labels."""
    window = text[max(0, pos - 400) : pos]
    caption = list(_CAPTION.finditer(window))
    if not caption:
        return None
    head = window[caption[-1].start() :]
    units = list(_COLUMN_UNIT.finditer(head))
    if not units or any(_PLUS_MINUS_CELL.search(head, a.end(), b.start()) for a, b in zip(units, units[1:])):
        return None  # no unit, or cells between the units: the units label rows ("年龄(岁,x±s) 68.62±8.14 …")
    before = len(_PLUS_MINUS_CELL.findall(head, units[-1].end()))
    return head, units[before % len(units)]


def _column_label(text: str, pos: int) -> str:
    """The label of the column of the mean ± SD at ``pos`` ("NIHSS评分" of "NIHSS评分(分,x±s)"), or ``""``."""
    found = _column_of(text, pos)
    if found is None:
        return ""
    head, m = found
    label = _COLUMN_LABEL.search(head, 0, m.start())
    return label.group(1) if label else ""


def _column_unit(text: str, pos: int) -> str:
    """The unit of the column of the mean ± SD at ``pos`` (:func:`_column_of`), or ``""``."""
    found = _column_of(text, pos)
    return found[1].group("unit") if found else ""


def _row_unit(text: str, pos: int) -> str:
    """The unit a table row's label gives its means ± SD ("年龄(岁,x±s) 68.62±8.14 69.43±7.93": 岁), or ``""``."""
    m = _ROW_UNIT.search(text, max(0, pos - 60), pos)
    return m.group("unit") if m else ""


def judge(rows: ClaimList, g: MeanSdGroup) -> list[Check]:
    paper = rows.paper
    i, s = g.mean, g.sd
    mean, sd, n, unit = paper[i].value, paper[s].value, g.n, g.unit
    scale = g.scale
    shown = f"{mean}±{sd}"
    facts = {"mean": mean, "sd": sd}
    if unit == "" and scale:
        unit = "分"  # no unit, but a scale is stated before it: a score
    if unit not in ("", "分", "岁"):
        return [make_check(rows, g, [i, s], "grimmer", "measurement", "not_checkable", observed=shown, unit=unit, **facts)]
    if n is not None and n >= 10 ** len(mean.partition(".")[2]) and (unit == "" or not scale or scale.get("items_unknown")):
        # every mean printed with d decimals is a whole-number total over n >= 10**d: GRIM cannot fail, whatever the data
        verdict = "consistent_if" if g.n_from_sample else "consistent"
        return [make_check(rows, g, [i, s], "grimmer", "grim_uninformative", verdict, assumption=f"n = {n} ({g.n_how})", expected="possible",
                           observed=shown, n=n, step=10 ** -len(mean.partition(".")[2]), **facts)]
    if unit == "":
        return [make_check(rows, g, [i, s], "grimmer", "no_unit", "not_checkable", observed=shown, **facts)]
    if n is None:
        return [make_check(rows, g, [i, s], "grimmer", "no_n", "not_checkable", observed=shown, unit=unit, **facts)]
    if n < 2:
        return []
    items, bounds = 1, None
    if unit == "岁":
        data = {"key": "ages"}
    else:
        k = scale.get("items", 1)
        lo_hi = scale.get("scale")
        total = scale.get("total")
        if scale.get("difference"):
            items, bounds, data = 1, None, {"key": "differences", "name": scale["instrument"]}
        elif (lo_hi is None and "items" not in scale and total is None) or scale.get("items_unknown"):
            return [make_check(rows, g, [i, s], "grimmer", "no_scale", "not_checkable", observed=shown, **facts)]
        elif total is not None and (lo_hi is None or Decimal(mean) > lo_hi[1]) and total[0] <= Decimal(mean) <= total[1]:
            items, bounds = 1, total  # "总分0~100分": a whole-number total in its printed range
            data = {"key": "total_range", "lo": total[0], "hi": total[1]}
            if "instrument" in scale:  # "NIHSS评分(分,x±s)": the instrument's total, 0~42, by its scoring rules
                data = {"key": "instrument_total", "name": scale["instrument"], "lo": total[0], "hi": total[1]}
        elif lo_hi is not None and Decimal(mean) <= lo_hi[1]:
            items, bounds = k, lo_hi  # the mean of item scores, each on the scale
            data = ({"key": "item_scores_averaged", "lo": lo_hi[0], "hi": lo_hi[1], "items": k} if k > 1
                    else {"key": "item_scores", "lo": lo_hi[0], "hi": lo_hi[1]})
        else:
            items = 1  # a total score: a whole number per respondent
            bounds = (k * lo_hi[0], k * lo_hi[1]) if lo_hi is not None else None
            data = ({"key": "total_scores_of_items", "items": k, "lo": lo_hi[0], "hi": lo_hi[1]} if lo_hi is not None
                    else {"key": "total_scores"})
            if bounds is not None and not bounds[0] <= Decimal(mean) <= bounds[1]:
                # a mean outside the range its items would give: the items were not all read ("上肢33项、下肢17项"), so the
                # range is not known; whole-number totals still are
                bounds, data = None, {"key": "total_scores"}
    from ..explain import render_phrase

    name = "grimmer"
    if bounds == (0, 1) and items == 1:
        name, data = "debit", {"key": "binary"}
        reason = debit_result(mean, sd, n).reason
    else:
        if bounds is not None and items * (bounds[1] - bounds[0]) > EXACT_SCALE_WIDTH:
            bounds = None  # too wide for the exact search: the analytic test, and the explanation says "GRIM and GRIMMER"
        reason = grimmer_result(mean, sd, n, items=items, scale=bounds).reason
    assumption = f"n = {n} ({g.n_how}); {render_phrase(data)}"
    facts.update(n=n, data=data)
    if reason == "":
        return [make_check(rows, g, [i, s], name, "fit_on_scale" if bounds else "fit", "consistent", assumption=assumption, expected="possible",
                           observed=shown, **facts)]
    ids = [i, s] if reason != "grim" else [i]
    if name == "debit":
        return [make_check(rows, g, ids, "debit", "misfit_grim" if reason == "grim" else "misfit_sd", "inconsistent", assumption=assumption,
                           expected="possible", observed=shown, **facts)]
    if g.in_row and g.row_cells >= 2 and not g.scale.get("by_label") and "items" not in paper[i].extra \
            and len(scales_stated(rows.text, paper[i].start)) >= 2:
        # a table of several measures ("PSQI NRS评分 住院时间(d)") after several scales were stated (0~21分, 0~10分): which
        # one this column is on, or whether it is a score at all, the row does not say
        return [make_check(rows, g, ids, "grimmer", "misfit_scale_unsure", "consistent_if", assumption="the column is on another scale, or no score",
                           expected="possible", observed=shown, reason=reason, total=n * items, **facts)]
    if g.n_from_sample and g.in_row:
        # a table row's mean of some group, with the whole sample's n only for want of its own: not known to be the n
        return [make_check(rows, g, ids, "grimmer", "misfit_if_sample", "consistent_if", assumption=f"the mean is of another n than {n}",
                           expected="possible", observed=shown, reason=reason, total=n * items, **facts)]
    return [make_check(rows, g, ids, "grimmer", "misfit", "inconsistent", assumption=assumption, expected="possible", observed=shown,
                       reason=reason, total=n * items, **facts)]
