"""The checks of a table read as cells (:func:`judge`): each share against its count, each column and row against its
合计, a share column with no 合计 against 100%, the table's total against the sample the text states before it."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

from ...bases import Base, BaseIndex
from ...consistency import grim_fits, reround
from ...grouping import MULTI, SINGLE
from ...judging import make_check, misfit_hints
from ...records import ClaimList
from ...results import Check
from ...shares import exact_share, printed_share, rounding_slack, scaled, share_fits, whole
from ..form import attribute_of, exclusive_options
from ..question import OPTION_WORDS
from .finding import CellsGroup, cell_value
from .structure import NOT_PARTITION, Column, Layout

__all__ = ["judge"]


_SCALE = frozenset(OPTION_WORDS)


def judge(rows: ClaimList, g: CellsGroup) -> list[Check]:
    """The checks of one table (see the module's notes)."""
    t, lay = g.table, g.table.layout
    out: list[Check] = []
    form = _form(lay, t.caption)
    for b, block in enumerate(g.blocks):
        labels = [lay.labels[r].strip() for r in block]
        single = None if form == "multi" else (form or _single(labels))
        whole_shares = {}
        for col in lay.columns:
            if col.role != "share":
                continue
            values = [cell_value(rows, t, r, col.index) for r in block]
            if None not in values and len(values) >= 2:
                total = sum(Fraction(v) for v in values)
                whole_shares[col.index] = abs(total - 100) <= rounding_slack(values)
        shares: list[Check] = []
        for s, c in lay.pairs.items():
            shares += _shares_of_counts(rows, g, b, block, s, c)
        for col in lay.columns:
            if col.role == "share" and col.index not in lay.pairs:
                shares += _bare_shares(rows, g, block, col)
        for col in lay.columns:
            if col.role:
                out += _column_sum(rows, g, b, block, col, single, form == "multi", whole_shares, shares)
        out += shares
    out += _row_sums(rows, g)
    out += _against_sample(rows, g, form)
    return out


def _form(lay: Layout, caption: str) -> dict | str | None:
    """``"multi"`` when the table's caption or header marks a multi-select question, the phrase of 单选 when they mark a
    single-choice one, else ``None`` (the labels may still show it: :func:`_single`)."""
    words = caption + " " + lay.header
    if MULTI.search(words):
        return "multi"
    if SINGLE.search(words):
        return {"key": "form_marked"}
    return None


def _single(labels: list[str]) -> dict | None:
    """Why the rows of a block are evidently the answers of one single-choice question (a phrase), or ``None``."""
    if len(labels) < 2:
        return None
    kinds = {attribute_of(label) for label in labels}
    if len(kinds) == 1 and "" not in kinds:
        return {"key": "form_breakdown", "attribute": next(iter(kinds))}
    if all(label in _SCALE for label in labels):
        return {"key": "form_scale", "labels": labels}
    if len(labels) <= 5:
        return exclusive_options("、".join(labels))
    return None


def _shown(total: Fraction, values: list[str]) -> str:
    """A sum of printed numbers, to the most decimals among them."""
    d = max(scaled(v)[1] for v in values)
    return reround(total, d, rounding="up")[0] if d else str(int(total))


def _column_sum(rows: ClaimList, g: CellsGroup, b: int, block: tuple[int, ...], col: Column, single: dict | None, multi: bool,
                whole_shares: dict[int, bool], checks: list[Check]) -> list[Check]:
    """A column of a block against its 合计 cell; a share column with no 合计 against 100%."""
    t, lay = g.table, g.table.layout
    parts = [(r, t.claims.get((r, col.index))) for r in block]
    if any(i is None for _, i in parts) or len(parts) < 2:
        return []
    ids = [i for _, i in parts]
    values = [rows[i]["value"] for i in ids]
    total_row = g.totals[b]
    line = " · ".join(x for x in (g.titles[b], col.header) if x)
    s = sum(Fraction(v) for v in values)
    if total_row is None or (total_row, col.index) not in t.claims:
        if col.role != "share":
            return []
        return _shares_sum(rows, g, ids, values, multi, checks, single if _distribution(rows, g, b, col) else None)
    if col.role == "share" and lay.total_column is not None and not whole_shares.get(col.index):
        return []  # a cross-tab's shares may be those of its rows: only a column whose shares make a whole is summed
    k = t.claims[(total_row, col.index)]
    total = Fraction(rows[k]["value"])
    slack = rounding_slack([*values, rows[k]["value"]]) if col.role == "share" else Fraction(0)
    facts = {"line": line, "parts": [rows[i]["reported"] for i in ids], "sum": _shown(s, values), "total": rows[k]["reported"],
             "total_label": lay.labels[total_row].strip(), "total_in": "row"}
    expected, observed = facts["sum"], rows[k]["reported"]
    claims = [k, *ids]
    if s == total:
        return [make_check(rows, g, claims, "cells_sum", "equal", "consistent", assumption="the 合计 row adds up the rows above it",
                           expected=expected, observed=observed, **facts)]
    if abs(s - total) <= slack:
        return [make_check(rows, g, claims, "cells_sum", "within_rounding", "consistent", assumption="the 合计 row adds up the rows above it",
                           expected=expected, observed=observed, slack=f"{float(slack):g}", **facts)]
    gap = _shown(abs(s - total), values + [rows[k]["value"]])
    # the rows are the whole when the table prints its shares adding up to 100% and its 合计 as 100%: then they add up to it
    share = next((sc for sc, cc in lay.pairs.items() if cc == col.index), None)
    if col.role == "count" and share is not None and total.denominator == 1:
        off = _one_count_off(rows, g, block, col.index, share, int(total), s)
        if off is not None:
            r, j, fit = off
            # "大二 52 24.14%" under 本题有效填写人次 203: every other row's count fits its share of 203, this row's share gives
            # 49, and with 49 the rows add up to 203: the count is misprinted, its share and the total are right
            for x, c in enumerate(checks):
                if c.kind == "percent_of" and c.verdict == "inconsistent" and c.claims == (rows[t.claims[(r, share)]]["claim_id"],):
                    checks[x] = replace(c, claims=(rows[j]["claim_id"],))
            return [make_check(rows, g, [j], "cells_sum", "one_count_off", "inconsistent", assumption="the other rows' counts and shares are right",
                               expected=str(fit), observed=rows[j]["reported"], gap=gap, label=lay.labels[r].strip(), count=rows[j]["reported"],
                               share=rows[t.claims[(r, share)]]["reported"], fit=fit, **facts)]
    total_share = cell_value(rows, t, total_row, share) if share is not None else None
    if col.role == "count" and share is not None and whole_shares.get(share) and total_share is not None and Decimal(total_share) == 100:
        shares = [cell_value(rows, t, r, share) for r in block]
        return [make_check(rows, g, claims, "cells_sum", "mismatch_whole", "inconsistent",
                           assumption="the rows are every answer: their shares add up to 100%, as the 合计 row's does",
                           expected=expected, observed=observed, gap=gap, shares_sum=_shown(sum(Fraction(v) for v in shares), shares),
                           total_share=rows[t.claims[(total_row, share)]]["reported"], **facts)]
    if s > total:
        if multi:
            return [make_check(rows, g, claims, "cells_sum", "multi_select", "consistent", assumption="a multi-select question (marked 多选)",
                               expected=expected, observed=observed, **facts)]
        distribution = col.role == "count" or _distribution(rows, g, b, col)
        if single and distribution:
            return [make_check(rows, g, claims, "cells_sum", "over", "inconsistent", assumption=f"one answer per respondent: {_words(single)}",
                               expected=expected, observed=observed, gap=gap, why=single, **facts)]
        return [make_check(rows, g, claims, "cells_sum", "over_if_several", "consistent_if", assumption="several answers per respondent",
                           expected=expected, observed=observed, gap=gap, **facts)]
    return [make_check(rows, g, claims, "cells_sum", "short_if", "consistent_if",
                       assumption="some gave no answer, or an answer is not printed as a row", expected=expected, observed=observed, gap=gap, **facts)]


def _one_count_off(rows: ClaimList, g: CellsGroup, block: tuple[int, ...], c: int, s: int, total: int, summed: Fraction) -> tuple[int, int, int] | None:
    """``(row, count claim, the count its share gives)`` when exactly one row's count misses its share of ``total`` and that
    share's count makes the rows add up to ``total``; ``None`` otherwise."""
    t = g.table
    misses = []
    for r in block:
        i, j = t.claims.get((r, s)), t.claims.get((r, c))
        if i is None or j is None or whole(rows[j]["value"]) is None:
            return None
        k, value = whole(rows[j]["value"]), rows[i]["value"]
        if not any(share_fits(k, total, value, mode) for mode in ("up_or_down", "trunc")):
            misses.append((r, j, k, value))
    if len(misses) != 1:
        return None
    r, j, k, value = misses[0]
    fit = int(total - (summed - k))
    if 0 <= fit <= total and share_fits(fit, total, value, "up_or_down"):
        return r, j, fit
    return None


def _words(phrase: dict) -> str:
    from ...explain import render_phrase

    return render_phrase(phrase)


def _distribution(rows: ClaimList, g: CellsGroup, b: int, col: Column) -> bool:
    """Are a share column's cells parts of one whole (the 合计 prints 100, or its counts' base is established)?"""
    t = g.table
    total_row = g.totals[b]
    if total_row is not None and cell_value(rows, t, total_row, col.index) is not None and Decimal(cell_value(rows, t, total_row, col.index)) == 100:
        return True
    choice = g.bases.get((b, col.index))
    return bool(choice and choice.established and choice.base is not None)


def _shares_sum(rows: ClaimList, g: CellsGroup, ids: list[int], values: list[str], multi: bool, checks: list[Check],
                single: dict | None) -> list[Check]:
    """A share column with no 合计 row: its shares against 100% (a column of a cross-tab only where the shares of each
    column make a whole: they may be the shares of its rows).  More than 100% is inconsistent only for the shares of one
    whole (``single``: why its rows answer one single-choice question, given only when the column's counts establish
    its base; a column of rates, one per row, may add up to anything)."""
    lay = g.table.layout
    total = sum(Fraction(v) for v in values)
    slack = rounding_slack(values)
    if lay.total_column is not None and abs(total - 100) > slack:
        return []
    facts = {"shares": values, "sum": float(total), "slack": float(slack)}
    shown = f"{float(total):g}%"
    if multi:
        return [make_check(rows, g, ids, "shares_sum", "multi_select", "consistent", assumption="a multi-select question (marked 多选)",
                           expected="any total", observed=shown, **facts)]
    if total <= 100 + slack:
        near = total >= 100 - slack
        return [make_check(rows, g, ids, "shares_sum", "near_hundred" if near else "below_hundred", "consistent",
                           assumption="the column's shares are parts of one question", expected="<= 100%", observed=shown, **facts)]
    # the shares already found wrong carry the excess, as a question's do (dangjian.engine.kinds.question)
    culprits = [i for i in ids if any(c.claims == (rows[i]["claim_id"],) and c.verdict == "inconsistent" for c in checks)]
    if single:
        blame = {"key": "culprits", "shares": [rows[i]["reported"] for i in culprits], "count": len(culprits)} if culprits else {"key": "unknown_culprit"}
        return [make_check(rows, g, culprits or ids, "shares_sum", "over_single", "inconsistent", assumption=f"a single-select question: {_words(single)}",
                           expected=f"100% ± {float(slack):g}", observed=shown, blame=blame, **facts)]
    return [make_check(rows, g, culprits or ids, "shares_sum", "over_if_several", "consistent_if", assumption="several answers per respondent, or several questions",
                       expected="<= 100%", observed=shown, **facts)]


def _shares_of_counts(rows: ClaimList, g: CellsGroup, b: int, block: tuple[int, ...], s: int, c: int) -> list[Check]:
    """Each share of column ``s`` against its count in column ``c`` and the base :func:`dangjian.engine.kinds.cells.bases.decide` chose."""
    t = g.table
    choice = g.bases.get((b, s))
    if choice is None:
        return []
    out = []
    for r in block:
        if (r, s) not in t.claims or (r, c) not in t.claims:
            continue
        i, j = t.claims[(r, s)], t.claims[(r, c)]
        k = whole(rows[j]["value"])
        if k is None:
            continue
        n = choice.n_of[r]
        value, reported = rows[i]["value"], rows[i]["reported"]
        base = choice.base
        describe = base.describe() if base is not None else f"stated: the {t.layout.labels[r].strip()} row's 合计 in table {t.number}"
        _, d = scaled(value)
        expected = printed_share(k, n, d)
        facts = {"k": k, "n": n, "exact": exact_share(k, n), "printed": expected, "reported": reported, "count_id": rows[j]["claim_id"]}
        assumption = f"n = {n} ({describe})"
        if k <= n and g.totals[b] is None:
            # a count with no 合计 row to add up to: within its share's base (a count above it is left to its share's check)
            out.append(make_check(rows, g, [j], "part_of_base", "within", "consistent", assumption=assumption, expected=f"<= {n}",
                                  observed=rows[j]["value"], count=rows[j]["value"], n=n))
        if r in choice.explained:
            verdict = "consistent"
            if choice.mode == "trunc":
                assumption, verdict = f"{assumption}; the shares were truncated, not rounded", "consistent_if"
            elif base is not None and base.kind == "item" and g.totals[b] is not None:
                assumption, verdict = f"{assumption}, not the 合计 row", "consistent_if"
            out.append(make_check(rows, g, [i], "percent_of", "fit", verdict, assumption=assumption, expected=f"{printed_share(k, n, d, choice.mode)}%",
                                  observed=reported, mode=choice.mode, **{**facts, "printed": printed_share(k, n, d, choice.mode)}))
            continue
        other = "up_or_down" if choice.mode == "trunc" else "trunc"
        if k <= n and share_fits(k, n, value, other):
            printed = printed_share(k, n, d, other)
            out.append(make_check(rows, g, [i], "percent_of", "fit", "consistent_if", assumption=f"{assumption}; this share {'truncated' if other == 'trunc' else 'rounded'} "
                                  f"where the column's others are {'rounded' if other == 'trunc' else 'truncated'}", expected=f"{printed}%", observed=reported,
                                  mode=other, **{**facts, "printed": printed}))
            continue
        if not choice.established:
            out.append(make_check(rows, g, [i], "percent_of", "misfit_unsettled", "consistent_if", assumption="the share has another base",
                                  expected=f"{expected}%", observed=reported, base=describe, **facts))
            continue
        rest = len(choice.explained)
        context = {"key": "others_fit_one", "n": n} if rest == 1 else {"key": "others_fit_many", "rest": rest, "n": n} if rest else {"key": "base_is", "base": describe}
        out.append(make_check(rows, g, [i], "percent_of", "misfit", "inconsistent", assumption=assumption, expected=f"{expected}%", observed=reported,
                              context=context, hints=misfit_hints(rows, k, n, value), **facts))
    return out


def _bare_shares(rows: ClaimList, g: CellsGroup, block: tuple[int, ...], col: Column) -> list[Check]:
    """Shares with no count beside them: each against the sample the text states before the table, if it states one."""
    t = g.table
    samples = BaseIndex.of(rows).samples_before(t.start) if rows.samples else []
    if not samples:
        return []
    smp = samples[0]
    base = Base(smp.n, smp.kind, smp.text)
    n = smp.n
    step = reround(Fraction(100, n), 3, rounding="up")[0]
    out = []
    for r in block:
        i = t.claims.get((r, col.index))
        if i is None or Decimal(rows[i]["value"]) > 100:
            continue
        facts = {"reported": rows[i]["reported"], "n": n, "step": step}
        if grim_fits(rows[i]["value"], n):
            out.append(make_check(rows, g, [i], "grim_percent", "fit_if_sample", "consistent_if",
                                  assumption=f"the base is the report's sample of {n} ({base.describe()}), not stated for the table",
                                  expected=f"a count 0..{n}", observed="possible", **facts))
        else:
            out.append(make_check(rows, g, [i], "grim_percent", "misfit_other_base", "consistent_if",
                                  assumption=f"the share has its own base, not {n} ({base.describe()})", expected=f"a count 0..{n}",
                                  observed="impossible with the inferred base", base=base.describe(), hints=misfit_hints(rows, None, n, rows[i]["value"]),
                                  **facts))
    return out


def _row_sums(rows: ClaimList, g: CellsGroup) -> list[Check]:
    """Each row of a cross-tab against its 合计 column: the count columns of the other groups added up."""
    t, lay = g.table, g.table.layout
    if lay.total_column is None or lay.column(lay.total_column).role != "count":
        return []
    parts_columns = [c for c in lay.columns if c.role == "count" and not c.total]
    if len(parts_columns) < 2 or any(NOT_PARTITION.search(c.header) for c in lay.columns):
        return []  # "其中女党员" is part of another column, not a group beside it
    groups = [c.group or c.header for c in parts_columns]
    kinds = {attribute_of(x) for x in groups}
    single = {"key": "form_breakdown", "attribute": next(iter(kinds))} if len(kinds) == 1 and "" not in kinds else None
    out = []
    rows_of = sorted({r for b in g.blocks for r in b} | {x for x in g.totals if x is not None})
    for r in rows_of:
        ids = [t.claims.get((r, c.index)) for c in parts_columns]
        k = t.claims.get((r, lay.total_column))
        if k is None or any(i is None for i in ids):
            continue
        values = [rows[i]["value"] for i in ids]
        s = sum(Fraction(v) for v in values)
        total = Fraction(rows[k]["value"])
        facts = {"line": lay.labels[r].strip(), "parts": [rows[i]["reported"] for i in ids], "sum": _shown(s, values), "total": rows[k]["reported"],
                 "total_label": lay.column(lay.total_column).header, "total_in": "column"}
        claims = [*ids, k]
        expected, observed = facts["sum"], rows[k]["reported"]
        if s == total:
            out.append(make_check(rows, g, claims, "cells_sum", "equal", "consistent", assumption="the 合计 column adds up the columns before it",
                                  expected=expected, observed=observed, **facts))
            continue
        gap = _shown(abs(s - total), [*values, rows[k]["value"]])
        if s > total and single:
            out.append(make_check(rows, g, claims, "cells_sum", "over", "inconsistent", assumption=f"each respondent in one column: {_words(single)}",
                                  expected=expected, observed=observed, gap=gap, why=single, **facts))
        elif s > total:
            out.append(make_check(rows, g, claims, "cells_sum", "over_if_several", "consistent_if", assumption="a respondent may be in several columns",
                                  expected=expected, observed=observed, gap=gap, **facts))
        else:
            out.append(make_check(rows, g, claims, "cells_sum", "short_if", "consistent_if", assumption="some respondents are in no column printed",
                                  expected=expected, observed=observed, gap=gap, **facts))
    return out


def _against_sample(rows: ClaimList, g: CellsGroup, form) -> list[Check]:
    """The table's total (its 合计 row's count, or the 合计 column's) against the sample the text states before the table."""
    t, lay = g.table, g.table.layout
    if not rows.samples:
        return []
    total_row = g.totals[0] if g.totals else None
    if total_row is None:
        return []
    counts = [c for c in lay.columns if c.role == "count"]
    column = next((c for c in counts if c.total), None) or next(iter(counts), None)
    if column is None or (total_row, column.index) not in t.claims:
        return []
    k = t.claims[(total_row, column.index)]
    total = whole(rows[k]["value"])
    samples = BaseIndex.of(rows).samples_before(t.start)
    if total is None or not samples:
        return []
    # the likeliest sample, or one of the same size that is no count of questionnaires issued (the valid ones are fewer)
    smp = next((x for x in samples if x.n == total and x.kind != "issued"), samples[0])
    line = f"{lay.labels[total_row].strip()} · {column.header}"
    facts = {"total": rows[k]["reported"], "line": line, "n": smp.n, "sample": smp.text}
    if smp.n == total:
        return [make_check(rows, g, [k], "table_vs_sample", "equal", "consistent", assumption="the table is of the survey's sample",
                           expected=str(smp.n), observed=rows[k]["reported"], **facts)]
    gap = abs(total - smp.n)
    if total < smp.n:
        return [make_check(rows, g, [k], "table_vs_sample", "fewer", "consistent_if",
                           assumption=f"{gap} of the {smp.n} gave no answer, or the table is of a sub-group",
                           expected=str(smp.n), observed=rows[k]["reported"], gap=gap, **facts)]
    return [make_check(rows, g, [k], "table_vs_sample", "more", "consistent_if",
                       assumption="the table counts answers (several per respondent), or people outside that sample",
                       expected=str(smp.n), observed=rows[k]["reported"], gap=gap, **facts)]
