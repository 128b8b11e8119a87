"""The audit of this report: every applicable consistency check on every claim.

:func:`audit_report` runs the tests of :mod:`dangjian.engine.consistency` over the
claims ledger and the parsed table and returns one row per check
(``data/processed/audit.csv``).  Each row names the claims it checks, the
test, the assumption it rests on, what was expected and what is printed, a
verdict, and a sentence of arithmetic in English and Chinese.

Verdicts
--------
``consistent``
    The printed numbers agree under the ordinary reading.
``consistent_if``
    They agree only under the named assumption (a rounding rule, a base
    other than the one printed, item non-response).  The report is not
    called wrong where such an assumption explains it.
``inconsistent``
    They disagree under the named assumption, and no conventional
    assumption tried here makes them agree.
``not_checkable``
    Nothing in the visible report bears on the number (the reason is given).

The cross-references between passages (years, months, number of
townships, the name of the scheme, the visits, the pairing) are specific to
this report: ``data/cross_references.yaml`` names their claims by role, and
one function per check here does the arithmetic.  Every other check is
driven by the ledger's columns (``kind``, ``numerator``/``denominator``,
``base``, ``same_as``, ``method``).  The rules themselves (GRIM, a share of
a base, a part of a whole, answers against forms, an overall rate) are the
engine's (:mod:`dangjian.engine.consistency`, :mod:`dangjian.engine.metrics`),
the same functions ``dangjian audit`` calls.

Assumptions are tried from the most conventional (half-up or half-down
rounding, integer scores, n = forms issued) to the less conventional, and a
verdict names the first that works.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import pandas as pd

from .. import paths
from ..engine.clean import CleanResult
from ..engine.consistency import answers_vs_forms, grim, part_of_base, percent_of, ratio_of_rounded, reround, rounding_convention, smallest_n, sum_check
from ..engine.metrics import overall_rates
from ..engine.tables import FlatTable
from ..engine.verdicts import VERDICTS, rank, worst
from .claims import LedgerError, decimals, number_value

__all__ = [
    "AUDIT_COLUMNS",
    "VERDICTS",
    "audit_report",
    "verdict_counts",
    "audit_summary",
    "format_summary",
    "format_findings",
    "audit_locations",
    "mean_column_convention",
    "compare_audits",
    "format_comparison",
]

AUDIT_COLUMNS = ["check_id", "claim_ids", "check", "assumption", "expected", "observed", "verdict", "explanation"]

_FORMS = "发放测评表(份)"
_SCORE = "量化测评平均分"


@dataclass(frozen=True)
class _Check:
    claim_ids: tuple[str, ...]
    check: str
    assumption: str
    expected: str
    observed: str
    verdict: str
    en: str
    zh: str

    def row(self) -> dict[str, str]:
        if self.verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {self.verdict!r}")
        return {
            "claim_ids": " ".join(self.claim_ids),
            "check": self.check,
            "assumption": self.assumption,
            "expected": self.expected,
            "observed": self.observed,
            "verdict": self.verdict,
            "explanation": f"{self.en} 中文：{self.zh}",
        }


_EN_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_ZH_NUMBERS = "零一二三四五六七八九十"


def _en(n: int) -> str:
    """A count in English words up to twelve, in digits above ("seven", "eleven", "21")."""
    return _EN_NUMBERS[n] if 0 <= n < len(_EN_NUMBERS) else str(n)


def _zh(n: int) -> str:
    """A count in Chinese numerals up to 99 (七, 十一), in digits above."""
    if 0 <= n <= 10:
        return _ZH_NUMBERS[n]
    if n < 20:
        return "十" + _ZH_NUMBERS[n - 10]
    if n < 100:
        return _ZH_NUMBERS[n // 10] + "十" + (_ZH_NUMBERS[n % 10] if n % 10 else "")
    return str(n)


def _f(value: Fraction, places: int = 2) -> str:
    """A Fraction for a sentence: exact integers as such, else ``places`` decimals (half-up)."""
    if value.denominator == 1:
        return str(value.numerator)
    return reround(value, places, rounding="up")[0]


class _Ledger:
    """Claims by id with their printed values."""

    def __init__(self, claims: pd.DataFrame):
        self.frame = claims
        self.rows = claims.set_index("claim_id")

    def reported(self, cid: str) -> str:
        return self.rows.loc[cid, "reported"]

    def value(self, cid: str) -> Fraction:
        return number_value(self.reported(cid))

    def digits(self, cid: str) -> str:
        return self.reported(cid).rstrip("%")

    def ids(self, **where: str) -> list[str]:
        frame = self.frame
        for column, value in where.items():
            frame = frame[frame[column] == value]
        return frame["claim_id"].tolist()


def _table_numbers(table: FlatTable) -> pd.DataFrame:
    data = table.data.copy()
    data["exact"] = [Fraction(v) for v in data["value"]]
    return data


def _cell(data: pd.DataFrame, item: str, township: str) -> Fraction:
    return data.loc[(data["item"] == item) & (data["township"] == township), "exact"].iloc[0]


def _row_ids(table: FlatTable) -> dict[str, int]:
    return {item: i for i, item in enumerate(dict.fromkeys(table.data["item"]), start=1)}


# --- survey percentages -------------------------------------------------------

def _survey_percentages(led: _Ledger) -> list[_Check]:
    out = []
    for cid in led.ids(kind="percent"):
        row = led.rows.loc[cid]
        num, den = row["numerator"], row["denominator"]
        if not num or not den or led.rows.loc[num, "kind"] != "count":
            continue
        x, k, n = led.digits(cid), int(led.value(num)), int(led.value(den))
        possible = grim(x, n, percent=True)
        out.append(_Check(
            (cid, den), "grim_percent", f"n = {n} respondents; the percentage is rounded (either way at a tie)",
            f"some count 0..{n} whose share prints as {x}%", "possible" if possible else "impossible",
            "consistent" if possible else "inconsistent",
            f"{x}% of n = {n} {'can' if possible else 'cannot'} arise from a whole number of respondents (granularity 100/{n} = {_f(Fraction(100, n), 3)} points).",
            f"在 n = {n} 时,{x}% {'可以' if possible else '不可能'}由整数人数得到(步长 100/{n} = {_f(Fraction(100, n), 3)} 个百分点)。",
        ))
        check = percent_of(k, n, x)
        exact = _f(check.exact, 4)
        out.append(_Check(
            (num, den, cid), "percent_of", f"the percentage is {num}/{den}; half-up or half-down rounding",
            f"{'/'.join(check.printed)}% ({k}/{n} = {exact}%)", f"{x}%",
            "consistent" if check.consistent else "inconsistent",
            f"100 × {k} / {n} = {exact}%, which prints as {check.printed[0]}%; the report prints {x}%.",
            f"100 × {k} / {n} = {exact}%,保留{decimals(x)}位小数为 {check.printed[0]}%;报告为 {x}%。",
        ))
    return out


# --- bounds and shares without a printed count ---------------------------------

def _bounds(led: _Ledger) -> list[_Check]:
    out = []
    for cid in led.ids(kind="bound") + led.ids(kind="percent"):
        row = led.rows.loc[cid]
        if row["numerator"] or not row["reported"].endswith("%"):
            continue
        x = led.digits(cid)
        base = row["base"]
        if base and base in led.rows.index and led.rows.loc[base, "kind"] == "count":
            n = int(led.value(base))
            share = led.value(cid)
            least = -(-share * n // 100)  # ceiling of share% of n
            ok = least <= n
            lower = row["kind"] == "bound"
            what = "at least" if lower else "exactly"
            out.append(_Check(
                (cid, base), "bound" if lower else "percent_of_base",
                f"the base is the {n} of {base}" + ("; 以上 means 'at least'" if lower else ""),
                f"{what} {least} of {n}", f"{x}%", "consistent" if ok else "inconsistent",
                f"{x}% of {n} is {_f(share * n / 100)}, so {what} {least} of the {n}; that is possible.",
                f"{n} 的 {x}% 为 {_f(share * n / 100)},即{'至少' if lower else ''} {least} 个,可能成立。",
            ))
        else:
            n_min = smallest_n(x)
            out.append(_Check(
                (cid,), "no_base", "none: the report gives no denominator", "a stated base", "none",
                "not_checkable",
                f"No base is given for {x}%, so it cannot be checked; it needs at least {n_min} respondents to be printable at all.",
                f"{x}% 没有给出分母,无法核对;要得到这个比例至少需要 {n_min} 个样本。",
            ))
    return out


# --- parts against their base ---------------------------------------------------

def _sum_parts(led: _Ledger, cid: str) -> list[str]:
    """The claims a ``sum(...)`` claim adds up, or []."""
    m = re.fullmatch(r"sum\((.*)\)", str(led.rows.loc[cid, "method"]))
    return m.group(1).split("+") if m else []


def _parts_of_base(led: _Ledger) -> list[_Check]:
    """A count of a subset cannot exceed the count it is a subset of."""
    out = []
    curated = led.frame[led.frame["claim_id"].str.startswith("C") & (led.frame["kind"] == "count") & (led.frame["base"] != "")]
    for row in curated.itertuples():
        base = row.base
        if base not in led.rows.index or led.rows.loc[base, "kind"] != "count" or row.claim_id in _sum_parts(led, base):
            continue
        k, n = led.value(row.claim_id), led.value(base)
        ok = part_of_base(k, n)
        out.append(_Check(
            (row.claim_id, base), "part_of_base", f"{row.claim_id} counts a subset of {base}", f"≤ {_f(n)}", _f(k),
            "consistent" if ok else "inconsistent",
            f"{_f(k)} is {'no more than' if ok else 'more than'} its base of {_f(n)}.",
            f"{_f(k)} {'不超过' if ok else '超过了'}其基数 {_f(n)}。",
        ))
    return out


def _of_which(led: _Ledger) -> list[_Check]:
    """A stated total against the 其中 (of which) list that breaks it down."""
    out = []
    for base in led.frame["claim_id"]:
        parts = _sum_parts(led, base)
        if not parts:
            continue
        check = sum_check([led.reported(p) for p in parts], led.reported(base))
        total, got = led.reported(base), _f(Fraction(check.parts_sum))
        terms = " + ".join(led.reported(p) for p in parts)
        gap = _f(abs(Fraction(check.difference)))
        if check.consistent:
            verdict, en, zh = "consistent", f"{terms} = {got}, the stated total.", f"{terms} = {got},与总数一致。"
        else:
            verdict = "inconsistent"
            en = f"The parts add up to {terms} = {got}, not the stated {total} ({gap} unaccounted for); they would agree only if the list were incomplete, which 其中 (of which) does not suggest."
            zh = f"各项之和 {terms} = {got},不等于所述总数 {total}(相差 {gap});只有当“其中”所列不完整时才能相符。"
        out.append(_Check((base, *parts), "of_which_sum", "the 其中 list is complete", total, got, verdict, en, zh))
    return out


# --- the 二(二) table -------------------------------------------------------------

def _categories(table: FlatTable, data: pd.DataFrame) -> list[_Check]:
    """Each township's answer categories against the forms issued there."""
    out = []
    rows = _row_ids(table)
    blocks = [b for b in dict.fromkeys(data["block"]) if b]
    for block in blocks:
        items = list(dict.fromkeys(data.loc[data["block"] == block, "item"]))
        for township in dict.fromkeys(data["township"]):
            forms = _cell(data, _FORMS, township)
            parts = [_cell(data, item, township) for item in items]
            check = answers_vs_forms(parts, forms)
            answered = check.answered
            ids = (f"R{rows[_FORMS]:02d}-{township}", *[f"R{rows[i]:02d}-{township}" for i in items])
            terms = " + ".join(_f(p) for p in parts)
            if check.verdict == "consistent":
                verdict, assumption = "consistent", "n = forms issued; one answer per form"
                en = f"{township} ({block}): {terms} = {_f(answered)}, the {_f(forms)} forms issued."
                zh = f"{township}({block}):{terms} = {_f(answered)},等于发放的 {_f(forms)} 份。"
            elif check.verdict == "consistent_if":
                verdict, assumption = "consistent_if", "some forms left this question unanswered (item non-response)"
                gap = _f(check.gap)
                en = f"{township} ({block}): {terms} = {_f(answered)}, {gap} fewer than the {_f(forms)} forms issued; consistent only if {gap} form{'s' if gap != '1' else ''} gave no answer here."
                zh = f"{township}({block}):{terms} = {_f(answered)},比发放的 {_f(forms)} 份少 {gap} 份;只有当这 {gap} 份未作答时才一致。"
            else:
                verdict, assumption = "inconsistent", "n = forms issued; at most one answer per form"
                gap = _f(-check.gap)
                en = f"{township} ({block}): {terms} = {_f(answered)}, {gap} more answers than the {_f(forms)} forms issued, which no reading of one answer per form allows."
                zh = f"{township}({block}):{terms} = {_f(answered)},比发放的 {_f(forms)} 份还多 {gap} 份,每份表一个答案时不可能。"
            out.append(_Check(ids, "row_sum_vs_forms", assumption, _f(forms), _f(answered), verdict, en, zh))
    return out


def _answered(data: pd.DataFrame, block: str) -> Fraction:
    return sum(data.loc[data["block"] == block, "exact"], Fraction(0))


def _mean_column(table: FlatTable, data: pd.DataFrame) -> list[_Check]:
    """The printed 均值 against the township values, under each rounding mode."""
    out = []
    rows = _row_ids(table)
    items = list(rows)
    n_units = data["township"].nunique()
    exact = [sum(data.loc[data["item"] == item, "exact"], Fraction(0)) / n_units for item in items]
    printed = [table.means.set_index("item").loc[item, "reported"] for item in items]
    convention = rounding_convention(exact, printed)
    explained = convention.loc[convention["explains_all"], "rounding"].tolist()
    half_up = convention.set_index("rounding").loc["up"]
    first_block = next(b for b in dict.fromkeys(data["block"]) if b)
    answered_forms = _answered(data, first_block) / n_units
    for item, value, shown in zip(items, exact, printed):
        cid = f"R{rows[item]:02d}-MEAN"
        ids = (cid, *[f"R{rows[item]:02d}-T{i}" for i in range(1, n_units + 1)])
        as_rounded = reround(value, decimals(shown), rounding="up_or_down")
        if shown in as_rounded:
            out.append(_Check(
                ids, "mean_rounding", "unweighted mean of the townships; half-up or half-down rounding",
                "/".join(as_rounded), shown, "consistent",
                f"The mean of the {_en(n_units)} townships is {_f(value, 4)}, which rounds to {'/'.join(as_rounded)}; the table prints {shown}.",
                f"{_zh(n_units)}个乡镇的均值为 {_f(value, 4)},四舍五入为 {'/'.join(as_rounded)};表中为 {shown}。",
            ))
            continue
        # Try the less conventional readings, most plausible first.
        floors = reround(value, decimals(shown), rounding="trunc")
        answered = {b: _answered(data, b) / n_units for b in dict.fromkeys(data["block"]) if b}
        base_fits = [b for b, v in answered.items() if item == _FORMS and shown in reround(v, decimals(shown), rounding="up_or_down")]
        if base_fits or shown in floors:
            readings = []
            if base_fits:
                readings.append("the mean of forms answered (" + ", ".join(f"{_f(answered[b] * n_units)}/{n_units} = {_f(answered[b], 2)} in {b}" for b in base_fits) + ") rather than forms issued")
            if shown in floors:
                readings.append(f"truncation (not rounding) of {_f(value, 4)}")
            assumption = " or ".join(readings)
            out.append(_Check(
                ids, "mean_rounding", assumption, "/".join(as_rounded), shown, "consistent_if",
                (f"The mean of forms issued is {_f(value * n_units)}/{n_units} = {_f(value, 4)}, which rounds to {as_rounded[0]}, not {shown}; {shown} fits only {assumption}, while the other means "
                    "of the column are rounded."),
                f"发放份数均值为 {_f(value * n_units)}/{n_units} = {_f(value, 4)},应为 {as_rounded[0]} 而非 {shown};只有按实际作答份数计算或截尾取整时才得 {shown},而该列其他均值都是四舍五入。",
            ))
        else:
            out.append(_Check(
                ids, "mean_rounding", "unweighted mean of the townships; any rounding rule", "/".join(as_rounded), shown, "inconsistent",
                f"The mean of the {_en(n_units)} townships is {_f(value, 4)}; no rounding rule prints {shown}.",
                f"{_zh(n_units)}个乡镇的均值为 {_f(value, 4)},任何取整规则都得不到 {shown}。",
            ))
    # The column under one rule: with means of forms issued, or with the forms
    # mean taken over forms answered (in this report the second fits half-up).
    conventional = [m for m in explained if m not in ("up_or_down", "ceiling_or_floor", "up_from_or_down_from")]
    answered_exact = [answered_forms if item == _FORMS else value for item, value in zip(items, exact)]
    with_answered = rounding_convention(answered_exact, printed).set_index("rounding")
    broken_at = (f"{half_up['first_broken_printed']} (exact {_f(Fraction(half_up['first_broken_exact']), 4)})"
                 if half_up["n_broken"] else "")
    n_means, explained_up = len(items), int(half_up["n_cases"] - half_up["n_broken"])
    issued = (f"With means of forms issued, half-up rounding explains {explained_up} of {int(half_up['n_cases'])} printed means"
              + (f" and breaks at {broken_at}" if half_up["n_broken"] else ""))
    issued_zh = (f"按发放份数计算,四舍五入可解释 {explained_up}/{int(half_up['n_cases'])} 个均值"
                 + (f",在 {half_up['first_broken_printed']}(精确值 {_f(Fraction(half_up['first_broken_exact']), 4)})处不符" if half_up["n_broken"] else ""))
    answered_text = f"with the forms mean taken over forms answered ({_f(answered_forms * n_units)}/{n_units} = {_f(answered_forms, 4)})"
    answered_zh = f"若发放份数均值按实际作答份数计算({_f(answered_forms * n_units)}/{n_units} = {_f(answered_forms, 4)})"
    if conventional:
        verdict, assumption = "consistent", f"{conventional[0]} rounding of means of forms issued"
        en = f"{issued}; {conventional[0]} rounding fits all {_en(n_means)}."
        zh = f"{issued_zh};{conventional[0]} 取整可解释全部 {n_means} 个。"
    elif with_answered.loc["up", "explains_all"]:
        verdict, assumption = "consistent_if", "half-up rounding throughout, with the forms mean taken over forms answered"
        en = (f"{issued}; no single conventional rule (half-up, half-down, half-even, truncation, floor, ceiling) fits all {_en(n_means)}; "
              f"{answered_text}, half-up fits all.")
        zh = f"{issued_zh};没有任何一种常规取整规则能解释全部 {n_means} 个;{answered_zh},四舍五入可解释全部。"
    else:
        verdict, assumption = "inconsistent", "one rounding rule for the whole 均值 column"
        en = (f"{issued}; no single conventional rule (half-up, half-down, half-even, truncation, floor, ceiling) fits all {_en(n_means)}, "
              f"and none does {answered_text} either.")
        zh = f"{issued_zh};没有任何一种常规取整规则能解释全部 {n_means} 个,{answered_zh}也不能。"
    out.append(_Check(
        tuple(f"R{rows[i]:02d}-MEAN" for i in items), "rounding_convention", assumption,
        f"one rule explains all {n_means} means", f"half-up explains {explained_up} of {int(half_up['n_cases'])}", verdict, en, zh,
    ))
    return out


def _score_grim(table: FlatTable, data: pd.DataFrame) -> list[_Check]:
    """GRIM on each township's mean score, from the most conventional score scale."""
    out = []
    rows = _row_ids(table)
    for township in dict.fromkeys(data["township"]):
        x = data.loc[(data["item"] == _SCORE) & (data["township"] == township), "value"].iloc[0]
        n = int(_cell(data, _FORMS, township))
        ids = (f"R{rows[_SCORE]:02d}-{township}", f"R{rows[_FORMS]:02d}-{township}")
        readings = [
            (1, f"integer scores 0-100, one per form issued (n = {n})"),
            (2, f"scores in half points, one per form issued (n = {n})"),
            (10, f"scores with one decimal, one per form issued (n = {n})"),
        ]
        fits = [(items, text) for items, text in readings if grim(x, n, items=items, scale=(0, 100))]
        step = _f(Fraction(1, n), 4)
        if fits and fits[0][0] == 1:
            out.append(_Check(ids, "grim_mean", readings[0][1], f"a total S with S/{n} printing as {x}", "possible", "consistent",
                              f"{x} × {n} = {_f(Fraction(x) * n)}, and a whole-number total over {n} forms can print as {x} (step 1/{n} = {step}).",
                              f"{x} × {n} = {_f(Fraction(x) * n)},{n} 份表的整数总分可以得到 {x}(步长 1/{n} = {step})。"))
        elif fits:
            out.append(_Check(ids, "grim_mean", fits[0][1], f"a total S with S/{n} printing as {x}", f"impossible with integer scores; possible with {fits[0][1].split(',')[0]}", "consistent_if",
                              f"No whole-number total over {n} forms gives {x} (step 1/{n} = {step}), so the scores cannot all be integers; {x} is possible with {fits[0][1].split(',')[0]}.",
                              f"{n} 份表的整数总分得不到 {x}(步长 1/{n} = {step}),因此分数不全是整数;若{ {2: '以0.5分计分', 10: '保留一位小数计分'}[fits[0][0]] }则可以得到。"))
        else:
            out.append(_Check(ids, "grim_mean", readings[-1][1], f"a total S with S/{n} printing as {x}", "impossible", "inconsistent",
                              f"No total of scores recorded to one decimal over {n} forms gives {x}.",
                              f"{n} 份表即使按一位小数计分也得不到 {x}。"))
    return out


def _ratio_of_means(led: _Ledger, table: FlatTable, data: pd.DataFrame) -> list[_Check]:
    """Percentages in the text built from the table's rounded means, against the pooled rate."""
    out = []
    rows = _row_ids(table)
    for cid in led.ids(kind="percent"):
        row = led.rows.loc[cid]
        num, den = row["numerator"], row["denominator"]
        if not num or led.rows.loc[num, "kind"] != "mean":
            continue
        quote = led.rows.loc[num, "quote"]
        item = next(i for i in rows if led.rows.loc[f"R{rows[i]:02d}-MEAN", "reported"] == led.reported(num)
                    and i not in (_FORMS, _SCORE) and led.reported(num) in quote and i in quote)
        check = ratio_of_rounded(led.reported(num), led.reported(den), led.digits(cid))
        total_num = sum(data.loc[data["item"] == item, "exact"], Fraction(0))
        total_den = sum(data.loc[data["item"] == _FORMS, "exact"], Fraction(0))
        townships = list(dict.fromkeys(data["township"]))
        pooled = 100 * overall_rates([_cell(data, item, t) for t in townships], [_cell(data, _FORMS, t) for t in townships])["pooled"]
        x = led.digits(cid)
        out.append(_Check(
            (cid, num, den), "ratio_of_rounded_means",
            f"the share is {led.reported(num)}/{led.reported(den)}, a ratio of two rounded table means, not of the totals",
            f"{'/'.join(check.printed)}%", f"{x}%", "consistent_if" if check.consistent else "inconsistent",
            (f"{x}% is 100 × {led.reported(num)} / {led.reported(den)} = {_f(check.percent, 4)}%, a ratio of rounded means; the share of all forms is {_f(total_num)}/{_f(total_den)} = "
                f"{_f(pooled, 2)}%, {_f(abs(Fraction(x) - pooled), 2)} points {'lower' if pooled < Fraction(x) else 'higher'}."),
            (f"{x}% 是两个取整后的均值之比 100 × {led.reported(num)} / {led.reported(den)} = {_f(check.percent, 4)}%;按全部测评表计算应为 {_f(total_num)}/{_f(total_den)} = {_f(pooled, 2)}%,相差 "
                f"{_f(abs(Fraction(x) - pooled), 2)} 个百分点。"),
        ))
    return out


# --- cross-references -------------------------------------------------------------

def _same_number(led: _Ledger) -> list[_Check]:
    """A quantity printed twice (``same_as`` in the ledger) must print the same."""
    out = []
    for row in led.frame[led.frame["same_as"] != ""].itertuples():
        ids = (row.claim_id, row.same_as)
        values = (row.reported, led.reported(row.same_as))
        ok = values[0] == values[1]
        out.append(_Check(
            ids, "same_number", "the two passages give the same quantity", values[1], values[0],
            "consistent" if ok else "inconsistent",
            f"{ids[0]} and {ids[1]} print {'the same number' if ok else 'different numbers'} ({values[0]} / {values[1]}).",
            f"{ids[0]} 与 {ids[1]} 给出的数字{'相同' if ok else '不同'}({values[0]} / {values[1]})。",
        ))
    return out


def _cross_references(led: _Ledger, table: FlatTable, result: CleanResult | None, path: str | Path) -> list[_Check]:
    """The checks that ``path`` (``data/cross_references.yaml``) lists, in its order, each on the claims its entry names."""
    out = []
    for ref in _load_cross_references(path, set(led.rows.index)):
        given = {} if ref.assumption is None else {"assumption": ref.assumption}
        try:
            out.append(_CROSS_REFERENCE_CHECKS[ref.check](led, table, result, **ref.roles, **given))
        except ValueError as exc:
            # A claim of the wrong kind for its role (a name where a year is read, a
            # count where a month range is split) fails deep inside the arithmetic;
            # say which entry of the file put it there.
            raise LedgerError(f"{ref.where}: its claims cannot be read for this check: {exc}") from exc
    return out


@dataclass(frozen=True)
class _CrossReference:
    """One validated entry of ``data/cross_references.yaml``."""

    where: str  # "<path>: entry 3 (years)", for error messages
    check: str
    roles: dict[str, str]
    assumption: str | None


def _roles_of(check: Callable[..., _Check]) -> tuple[tuple[str, ...], bool]:
    """The roles a cross-reference check takes (its keyword-only parameters) and whether it takes an assumption."""
    names = [p.name for p in inspect.signature(check).parameters.values() if p.kind is p.KEYWORD_ONLY]
    return tuple(n for n in names if n != "assumption"), "assumption" in names


def _load_cross_references(path: str | Path, known: Collection[str]) -> list[_CrossReference]:
    """Read and validate the cross-references file against the ledger's claim ids.

    Parameters
    ----------
    path : str or Path
        The YAML file (``data/cross_references.yaml``): a list of entries with
        ``check``, ``roles`` (role: claim id) and, for the checks that take
        one, ``assumption``.
    known : collection of str
        The ledger's claim ids (the table's cells included).

    Returns
    -------
    list of _CrossReference
        The entries in file order.

    Raises
    ------
    LedgerError
        Naming the entry, if the file is not a list of entries, or an entry
        names an unknown check, lacks a role its check needs or gives one it
        does not take, names a claim that is not in the ledger, lacks the
        assumption its check needs, or gives one to a check that words its own.
    """
    import yaml

    p = Path(path)
    items = yaml.safe_load(p.read_text(encoding="utf-8"))
    if not isinstance(items, list):
        raise LedgerError(f"{p}: expected a list of cross-references")
    out = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise LedgerError(f"{p}: entry {number}: expected a mapping with check and roles, got {item!r}")
        check = item.get("check")
        where = f"{p}: entry {number} ({check})"
        if not isinstance(check, str) or check not in _CROSS_REFERENCE_CHECKS:
            raise LedgerError(f"{where}: unknown check {check!r}; the checks are {', '.join(_CROSS_REFERENCE_CHECKS)}")
        unknown_fields = sorted(map(str, set(item) - {"check", "roles", "assumption"}))
        if unknown_fields:
            raise LedgerError(f"{where}: unknown fields {unknown_fields}")
        needed, takes_assumption = _roles_of(_CROSS_REFERENCE_CHECKS[check])
        roles = item.get("roles")
        if not isinstance(roles, dict):
            raise LedgerError(f"{where}: roles must map each of {list(needed)} to a claim id")
        missing = [r for r in needed if r not in roles]
        if missing:
            raise LedgerError(f"{where}: lacks the roles {missing}")
        extra = sorted(map(str, set(roles) - set(needed)))
        if extra:
            raise LedgerError(f"{where}: unknown roles {extra}; {check} takes {list(needed)}")
        bad = [f"{role}: {cid!r}" for role, cid in roles.items() if not isinstance(cid, str) or cid not in known]
        if bad:
            raise LedgerError(f"{where}: claims not in the ledger ({', '.join(bad)})")
        assumption = item.get("assumption")
        if takes_assumption and not (isinstance(assumption, str) and assumption.strip()):
            raise LedgerError(f"{where}: lacks its assumption (the reading the verdict rests on)")
        if not takes_assumption and "assumption" in item:
            raise LedgerError(f"{where}: {check} words its assumption from the numbers; remove the assumption")
        out.append(_CrossReference(where, check, {r: roles[r] for r in needed}, assumption))
    return out


def _township_count(led: _Ledger, table: FlatTable, result: CleanResult | None, *,
                    stated: str, preamble: str, table_cell: str, assumption: str) -> _Check:
    """The townships the text says debriefed against the township columns of the table that gives 'the details'.

    ``preamble`` (the same count earlier in the text) and ``table_cell`` (a
    cell of the table) are cited in the row; the verdict compares ``stated``
    with the table's columns.
    """
    n_table = table.data["township"].nunique()
    n_stated = int(led.value(stated))
    return _Check(
        (stated, preamble, table_cell), "township_count", assumption,
        str(n_stated), f"{n_table} table columns", "inconsistent" if n_stated != n_table else "consistent",
        (f"The text says {n_stated} townships completed the debriefing, but the table that gives 'the details' has {n_table} township columns."
         if n_stated != n_table else
         f"The text says {n_stated} townships completed the debriefing, and the table that gives 'the details' has {n_table} township columns."),
        (f"正文称 {n_stated} 个乡镇完成述职,但“具体情况见统计表”的统计表只有 {n_table} 个乡镇列。" if n_stated != n_table else
         f"正文称 {n_stated} 个乡镇完成述职,“具体情况见统计表”的统计表也有 {n_table} 个乡镇列。"),
    )


def _average_per_township(led: _Ledger, table: FlatTable, result: CleanResult | None, *,
                          average: str, forms: str, townships: str) -> _Check:
    """The printed forms per township against the forms issued over the townships stated, then over the table's.

    Consistent if ``forms`` / ``townships`` prints as ``average``; consistent
    only if the average is over the table's township columns when that fits
    (rounded, or else truncated); otherwise inconsistent.
    """
    n_table = table.data["township"].nunique()
    stated = int(led.value(townships))
    issued = led.value(forms)
    per_stated, per_table = issued / stated, issued / n_table
    shown = led.reported(average)
    digits = decimals(shown)
    over_stated = reround(per_stated, digits, rounding="up_or_down")
    over_table = [mode for mode in ("up_or_down", "trunc") if shown in reround(per_table, digits, rounding=mode)]
    if shown in over_stated:
        verdict = "consistent"
        en = f"{_f(issued)} forms over {stated} townships is {_f(per_stated)} each, which prints as {shown}."
        zh = f"{_f(issued)} 份除以 {stated} 个乡镇为每乡镇 {_f(per_stated)} 份,即 {shown}。"
    elif over_table:
        verdict = "consistent_if"
        how = "rounded" if over_table[0] == "up_or_down" else "truncated"
        how_zh = "四舍五入" if over_table[0] == "up_or_down" else "截尾"
        en = (f"{_f(issued)} forms over {stated} townships is {_f(per_stated)} each, not {shown}; {shown} fits only an average over the table's "
              f"{n_table} townships ({_f(issued)}/{n_table} = {_f(per_table)}, {how}).")
        zh = (f"{_f(issued)} 份除以 {stated} 个乡镇为每乡镇 {_f(per_stated)} 份,而非 {shown};只有按表中 {n_table} 个乡镇计算"
              f"({_f(issued)}/{n_table} = {_f(per_table)},{how_zh})才得 {shown}。")
    else:
        verdict = "inconsistent"
        en = (f"{_f(issued)} forms over {stated} townships is {_f(per_stated)} each, and over the table's {n_table} townships {_f(per_table)}; "
              f"neither prints as {shown}.")
        zh = f"{_f(issued)} 份除以 {stated} 个乡镇为 {_f(per_stated)} 份,除以表中 {n_table} 个乡镇为 {_f(per_table)} 份,都不是 {shown}。"
    return _Check(
        (average, forms, townships), "average_per_township", f"the average is over the {stated} townships named in the same sentence",
        f"{_f(issued)}/{stated} = {_f(per_stated)}", shown, verdict, en, zh,
    )


def _months(led: _Ledger, table: FlatTable, result: CleanResult | None, *,
            text_months: str, table_months: str, assumption: str) -> _Check:
    """The month range of the table's debriefings (e.g. "8-9") against the range the text gives for all townships."""
    text_range, table_range = led.reported(text_months), led.reported(table_months)
    a, b = (int(v) for v in text_range.split("-"))
    c, d = (int(v) for v in table_range.split("-"))
    inside = a <= c and d <= b
    return _Check(
        (text_months, table_months), "months", assumption,
        f"{c}-{d} within {a}-{b}", f"{table_range} / {text_range}", "consistent_if" if inside else "inconsistent",
        (f"The table's debriefings ({table_range}月) fall {'inside' if inside else 'outside'} the months the text gives for all townships ({text_range}月); both ranges were printed without their "
            "dash and repaired by the cleaner."),
        f"表中述职时间 {table_range}月 {'在' if inside else '不在'}正文所说的 {text_range}月 之内;两处的连接号均由清洗程序恢复。",
    )


def _scheme_name(led: _Ledger, table: FlatTable, result: CleanResult | None, *, text_name: str, table_name: str) -> _Check:
    """The scheme's name in the text against the table's title, each with the list beside it (see :func:`_scheme_check`)."""
    named = led.reported(text_name)
    groups = None
    if result is not None:
        # The text lists the evaluator groups just before it names the scheme
        # ("……、……等对述职人员进行评议的党建工作“<name>”"); the name is the claim's,
        # so a ledger that prints another name looks for that one.
        m = re.search(r"([^,。]+?)等对述职人员进行评议的党建工作“" + re.escape(named), result.text)
        groups = m.group(1).split("、") if m else None
    measures = [b for b in dict.fromkeys(table.data["block"]) if b] + [_SCORE]
    return _scheme_check((text_name, table_name), named, led.reported(table_name), groups, measures)


def _visits(led: _Ledger, table: FlatTable, result: CleanResult | None, *, whole: str, part: str, assumption: str) -> _Check:
    """Organisations said to be among those visited (``part``) against the number visited (``whole``).

    One round of visits cannot reach more than it visited, so a larger
    ``part`` is consistent only if the passages describe different rounds.
    """
    small, large = led.value(whole), led.value(part)
    said = (f"Section 一(一) says {_f(small)} Party organisations were visited, section 一(二) speaks of the {_f(large)} township and village "
            "organisations visited; ")
    said_zh = f"一(一)称走访了 {_f(small)} 个党组织,一(二)称在走访的 {_f(large)} 个乡村党组织中;"
    if large > small:
        verdict = "consistent_if"
        en = said + f"one round of visits cannot have reached {_f(large)} of {_f(small)}, so the passages agree only if they describe different visits."
        zh = said_zh + f"同一次走访不可能在 {_f(small)} 个中走访到 {_f(large)} 个,只有两处指不同的走访时才一致。"
    else:
        verdict = "consistent"
        en = said + f"{_f(large)} of the {_f(small)} visited can be one round of visits."
        zh = said_zh + f"{_f(small)} 个中的 {_f(large)} 个可以是同一次走访。"
    return _Check((whole, part), "visits", assumption, f"{_f(large)} ≤ {_f(small)} if one round", f"{_f(small)} / {_f(large)}", verdict, en, zh)


def _pairing(led: _Ledger, table: FlatTable, result: CleanResult | None, *, agency: str, rural: str, assumption: str) -> _Check:
    """One-to-one pairing of agency branches with rural branches needs equal numbers, as printed."""
    left, right = led.reported(agency), led.reported(rural)
    ok = left == right
    return _Check(
        (agency, rural), "pairing", assumption, left, right,
        "consistent" if ok else "inconsistent",
        f"{left} agency branches paired with {right} rural branches: one-to-one pairing needs equal numbers{'' if ok else ', which they are not'}.",
        f"{left} 个机关党支部与 {right} 个农村党支部结对,一对一帮扶要求两数相等{'' if ok else ',但二者不等'}。",
    )


def _years_check(led: _Ledger, table: FlatTable, result: CleanResult | None, *,
                 preamble: str, section: str, table_body: str, table_header: str, assumption: str) -> _Check:
    """The trial year in the preamble and in section 二(二) against the table's year (in its body and its header).

    Consistent when the text gives one trial year and the table's debriefings,
    one year in body and header, were held in it or later; otherwise
    inconsistent, saying which passages disagree.
    """
    ids = (preamble, section, table_body, table_header)
    printed = [led.reported(c) for c in ids]
    pre_year, sec_year, body_year, head_year = printed
    pre, sec, body, head = (int(y) for y in printed)
    observed = " / ".join(f"{c}: {y}" for c, y in zip(ids, printed))
    if pre == sec:
        trial, trial_zh = f"in {pre} according to both the preamble and section 二(二)", f"前言与二(二)均称 {pre} 年试行述职"
    else:
        trial = f"in {pre_year} according to the preamble and in {sec_year} according to section 二(二)"
        trial_zh = f"前言称 {pre_year} 年试行述职,二(二)称 {sec_year} 年试行"
    held = f"debriefings held in {body_year} ({head_year}年 in its header)"
    if body < min(pre, sec):
        relation, relation_zh = "before either" if pre != sec else "before it", "早于两者" if pre != sec else "早于试行之年"
    elif body >= max(pre, sec):
        relation, relation_zh = "no earlier than the trial", "不早于试行之年"
    else:
        relation, relation_zh = "between the two", "介于两者之间"
    ok = pre == sec and body == head and body >= pre
    if ok:
        en = f"The debriefing was first trialled {trial}, and the table reports {held}, {relation}."
        zh = f"{trial_zh},统计表记录的是 {body_year} 年的述职,{relation_zh}。"
    else:
        en = f"The debriefing was first trialled {trial}, while the table reports {held}, {relation}."
        zh = f"{trial_zh},而统计表记录的是 {body_year} 年的述职,{relation_zh}。"
        if body != head:
            en += f" The table's body and header disagree ({body_year} / {head_year})."
            zh += f"表中正文与表头年份不一致({body_year} / {head_year})。"
    return _Check(ids, "years", assumption, "one year", observed,
                  "consistent" if ok else "inconsistent", en, zh)


def _scheme_check(ids: tuple[str, str], text_name: str, table_name: str, groups: list[str] | None, measures: list[str]) -> _Check:
    """The scheme's name in the text (一述五评) against the table's (一述三评); ``ids`` are the two claims.

    The same name is consistent. Two names are consistent only if each
    describes its own list: the text's count of 评 against the evaluator
    groups it lists, the table's against its evaluation measures; a name
    whose count its own list contradicts is inconsistent.
    """
    from ..engine.extract import chinese_number

    def count(name: str) -> int | None:
        m = re.search(r"([一二三四五六七八九十]+)评", name)
        return chinese_number(m.group(1)) if m else None

    n_groups = len(groups) if groups else None
    listed = str(n_groups) if n_groups is not None else "an unstated number of"
    listed_zh = str(n_groups) if n_groups is not None else "若干"
    en = (f"The text calls the scheme {text_name} and lists {listed} groups of evaluators; the table is titled {table_name} "
          f"and has {len(measures)} evaluation measures ({', '.join(measures)})")
    zh = (f"正文称 {text_name},并列出 {listed_zh} 类评议人;统计表标题为 {table_name},有 {len(measures)} 项测评({'、'.join(measures)})")
    if text_name == table_name:
        return _Check(ids, "scheme_name", "the two passages name one scheme", text_name, table_name, "consistent",
                      en + "; the names agree.", zh + ";名称一致。")
    text_fits = n_groups is None or count(text_name) in (None, n_groups)
    table_fits = count(table_name) in (None, len(measures))
    if text_fits and table_fits:
        return _Check(ids, "scheme_name",
                      "the two names describe different things: evaluator groups (text) and evaluation measures (table)",
                      text_name, table_name, "consistent_if", en + "; the names differ but need not contradict.", zh + ";名称不同,但不一定矛盾。")
    wrong = text_name if not text_fits else table_name
    return _Check(ids, "scheme_name", "each name counts the list beside it", text_name, table_name, "inconsistent",
                  en + f"; {wrong} does not count the list beside it.", zh + f";{wrong} 与其所列项数不符。")


#: The cross-reference checks by the name ``data/cross_references.yaml`` gives them.
#: Each takes the ledger, the table and the clean text, then its roles as
#: keyword-only claim ids (and ``assumption`` if the file words it); the loader
#: reads the roles off the signature, so a new role needs no second list.
_CROSS_REFERENCE_CHECKS: dict[str, Callable[..., _Check]] = {
    "township_count": _township_count,
    "average_per_township": _average_per_township,
    "years": _years_check,
    "months": _months,
    "scheme_name": _scheme_name,
    "visits": _visits,
    "pairing": _pairing,
}


_NOT_CHECKABLE = "no other number in the visible pages bears on it"


def _uncovered(led: _Ledger, checks: Iterable[_Check]) -> list[_Check]:
    covered = {cid for check in checks for cid in check.claim_ids}
    out = []
    for row in led.frame.itertuples():
        if row.claim_id in covered:
            continue
        reason = _NOT_CHECKABLE
        if row.kind == "bound":
            reason = "a lower bound (余, 以上) with no total to compare it with"
        elif row.kind == "date":
            reason = "a date that no other passage of the visible pages gives"
        out.append(_Check(
            (row.claim_id,), "none", "", "", row.reported, "not_checkable",
            f"{row.claim_id} ({row.reported}{row.unit}, {row.meaning}) cannot be checked: {reason}.",
            f"{row.claim_id}({row.reported}{row.unit})无法核对:可见页面中没有其他数字与之相关。",
        ))
    return out


def audit_report(claims: pd.DataFrame, table: FlatTable, result: CleanResult | None = None, *,
                 cross_references: str | Path | None = None) -> pd.DataFrame:
    """Run every applicable check on every claim of the ledger.

    Parameters
    ----------
    claims : DataFrame
        The claims ledger (:func:`dangjian.pipeline.load_claims`).
    table : FlatTable
        The parsed 二(二) table.
    result : CleanResult, optional
        The clean report, for checks that read the text itself (the list of
        evaluator groups).
    cross_references : str or Path, optional
        Which claims the cross-references between passages compare (YAML);
        :data:`dangjian.paths.CROSS_REFERENCES` if omitted.

    Returns
    -------
    DataFrame
        One row per check with the columns :data:`AUDIT_COLUMNS`; every claim
        appears in at least one row's ``claim_ids``.

    Raises
    ------
    LedgerError
        If an entry of ``cross_references`` is malformed (an unknown check or
        role, a missing role, a claim id not in ``claims``); the message names
        the entry.
    """
    led = _Ledger(claims)
    data = _table_numbers(table)
    checks: list[_Check] = []
    checks += _survey_percentages(led)
    checks += _bounds(led)
    checks += _parts_of_base(led)
    checks += _of_which(led)
    checks += _table_totals(led, table, data)
    checks += _categories(table, data)
    checks += _mean_column(table, data)
    checks += _ratio_of_means(led, table, data)
    checks += _score_grim(table, data)
    checks += _same_number(led)
    checks += _cross_references(led, table, result, paths.CROSS_REFERENCES if cross_references is None else cross_references)
    checks += _uncovered(led, checks)
    frame = pd.DataFrame([c.row() for c in checks])
    frame.insert(0, "check_id", [f"A{i:03d}" for i in range(1, len(frame) + 1)])
    return frame[AUDIT_COLUMNS]


def _table_totals(led: _Ledger, table: FlatTable, data: pd.DataFrame) -> list[_Check]:
    """Totals printed in the text against the township values re-added (362 forms, 36 suggestions)."""
    out = []
    rows = _row_ids(table)
    for cid in led.frame["claim_id"]:
        m = re.fullmatch(r"table_sum\((.*)\)", str(led.rows.loc[cid, "method"]))
        if not m:
            continue
        item = m.group(1)
        cells = data[data["item"] == item]
        check = sum_check(cells["value"].tolist(), led.reported(cid))
        terms = " + ".join(cells["value"])
        got = _f(Fraction(check.parts_sum))
        out.append(_Check(
            (cid, *[f"R{rows[item]:02d}-{t}" for t in cells["township"]]), "table_total",
            f"the total covers the {len(cells)} townships of the table", led.reported(cid), got,
            "consistent" if check.consistent else "inconsistent",
            f"{terms} = {got}; the text states {led.reported(cid)}.",
            f"{terms} = {got};正文为 {led.reported(cid)}。",
        ))
    return out


def verdict_counts(audit: pd.DataFrame) -> pd.DataFrame:
    """Checks per verdict, in the fixed order of :data:`VERDICTS`."""
    counts = audit["verdict"].value_counts()
    return pd.DataFrame({"verdict": [v.value for v in VERDICTS], "checks": [int(counts.get(v, 0)) for v in VERDICTS]})


def audit_summary(audit: pd.DataFrame, claims: pd.DataFrame) -> dict[str, int]:
    """Counts for the top of the audit: claims, checked, and claims per worst verdict.

    A claim's verdict is the worst of the checks that name it, in the order
    of :data:`dangjian.engine.verdicts.VERDICTS` (inconsistent, consistent_if,
    consistent, not_checkable).
    """
    by_claim = claim_verdicts(audit, claims)
    counts = by_claim.value_counts()
    checked = int((by_claim != "not_checkable").sum())
    return {
        "claims": len(claims),
        "checks": len(audit),
        "claims_checked": checked,
        **{f"claims_{v}": int(counts.get(v, 0)) for v in VERDICTS},
    }


def explanation_parts(explanations: pd.Series) -> tuple[pd.Series, pd.Series]:
    """The English and the Chinese halves of the audit's bilingual explanations (``"… 中文：…"``)."""
    parts = explanations.str.partition(" 中文：")
    return parts[0], parts[2]


def claim_verdicts(audit: pd.DataFrame, claims: pd.DataFrame) -> pd.Series:
    """The worst verdict of each claim (indexed by claim id, in ledger order)."""
    found: dict[str, str] = {}
    for ids, verdict in zip(audit["claim_ids"], audit["verdict"]):
        for cid in ids.split():
            if cid not in found or rank(verdict) < rank(found[cid]):
                found[cid] = verdict
    return pd.Series([found.get(c, "not_checkable") for c in claims["claim_id"]], index=claims["claim_id"], name="verdict")


def format_summary(audit: pd.DataFrame, claims: pd.DataFrame) -> str:
    """The audit's headline as plain text (the top of the audit notebook)."""
    s = audit_summary(audit, claims)
    lines = [
        f"claims in the ledger:            {s['claims']}",
        f"checks run:                      {s['checks']}",
        f"claims checked (not only 'not checkable'): {s['claims_checked']}",
        "claims by their worst verdict:",
    ]
    lines += [f"  {v:<15} {s['claims_' + v]:>4}" for v in VERDICTS]
    bad = audit[audit["verdict"] == "inconsistent"]
    lines.append(f"inconsistent checks: {len(bad)}")
    lines += [f"  {r.check_id} {r.check:<18} {r.claim_ids.split()[0]:<8} expected {r.expected}, printed {r.observed}" for r in bad.itertuples()]
    return "\n".join(lines)


def format_findings(audit: pd.DataFrame, verdict: str, *, language: str = "en") -> str:
    """Every check with ``verdict`` as plain text: id, test, claims, assumption and the arithmetic."""
    if verdict not in VERDICTS:
        raise ValueError(f"verdict must be one of {tuple(v.value for v in VERDICTS)}")
    out = []
    for r in audit[audit["verdict"] == verdict].itertuples():
        en, _, zh = r.explanation.partition(" 中文：")
        out.append(f"{r.check_id} [{r.check}] {r.claim_ids}")
        if r.assumption:
            out.append(f"    assumption: {r.assumption}")
        out.append(f"    {en if language == 'en' else zh}")
    return "\n".join(out) if out else "(none)"


def audit_locations(audit: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """Where each check sits in the report: one row per check and claim.

    Columns ``check_id``, ``check``, ``verdict``, ``claim_id``, ``section_label``,
    ``page`` and ``clean_start`` (the claim's offset in the clean text).
    """
    where = claims.set_index("claim_id")[["section_label", "page", "clean_start"]]
    rows = [
        {"check_id": r.check_id, "check": r.check, "verdict": r.verdict, "claim_id": cid}
        for r in audit.itertuples()
        for cid in r.claim_ids.split()
    ]
    frame = pd.DataFrame(rows).join(where, on="claim_id")
    return frame.reset_index(drop=True)


def mean_column_convention(table: FlatTable) -> pd.DataFrame:
    """Which rounding modes explain the printed 均值 column (means of the township values)."""
    data = _table_numbers(table)
    items = list(_row_ids(table))
    n = data["township"].nunique()
    exact = [sum(data.loc[data["item"] == item, "exact"], Fraction(0)) / n for item in items]
    printed = [table.means.set_index("item").loc[item, "reported"] for item in items]
    return rounding_convention(exact, printed)


def compare_audits(claims: pd.DataFrame, audit: pd.DataFrame, table: FlatTable, result: CleanResult,
                   auto_claims: pd.DataFrame, auto_checks: pd.DataFrame) -> pd.DataFrame:
    """The curated audit of this report beside the automatic one (``dangjian audit``), number by number.

    A number is a claim of the ledger, or the debriefing table as one unit
    (the curated audit names its cells by row and column, the automatic one
    reads them as flattened cells). Each takes the worst verdict of the
    checks that name it, in each audit; an automatic claim is the same
    number as a ledger claim when their raw spans overlap, and any cell of
    the automatic audit inside the table's span is the table.

    Parameters
    ----------
    claims, audit, table, result
        The ledger, the curated audit, the parsed table and the clean text
        (:func:`dangjian.load_claims`, :func:`dangjian.load_audit`, …).
    auto_claims, auto_checks
        ``dangjian audit``'s two tables for the same raw text
        (:func:`dangjian.audit_file`).

    Returns
    -------
    DataFrame
        One row per number that either audit checked: ``number`` (a claim id
        or ``table``), ``page``, ``reported``, ``curated`` and ``automatic``
        (the worst verdicts, empty where the audit has no check on it),
        ``agree``, and the checks that gave the worst verdict on each side
        (``curated_checks``, ``automatic_checks``, names joined by spaces).
    """
    raw_lo, raw_hi = int(result.offsets[table.start]), int(result.offsets[table.end - 1]) + 1
    spans = {c.claim_id: (int(c.raw_start), int(c.raw_end)) for c in claims.itertuples()}
    info = {c.claim_id: (int(c.page), c.reported) for c in claims.itertuples()}

    def number_of_ledger_id(cid: str) -> str:
        return cid if cid in spans else "table"  # cell ids (R01-T6, R01-MEAN) are the table's

    def number_of_auto(row) -> str | None:
        lo, hi = int(row.raw_start), int(row.raw_end)
        hit = [cid for cid, (a, b) in spans.items() if a < hi and lo < b]
        if hit:
            return hit[0]
        return "table" if raw_lo <= lo < raw_hi else None

    curated: dict[str, list[tuple[str, str]]] = {}
    for ids, check, verdict in zip(audit["claim_ids"], audit["check"], audit["verdict"]):
        for number in dict.fromkeys(number_of_ledger_id(c) for c in ids.split()):
            curated.setdefault(number, []).append((verdict, check))
    auto_number = {r.claim_id: number_of_auto(r) for r in auto_claims.itertuples()}
    automatic: dict[str, list[tuple[str, str]]] = {}
    for ids, check, verdict in zip(auto_checks["claim_ids"], auto_checks["check"], auto_checks["verdict"]):
        for number in dict.fromkeys(auto_number.get(c) for c in ids.split()):
            if number is not None:
                automatic.setdefault(number, []).append((verdict, check))
    order = [c for c in claims["claim_id"] if c in curated or c in automatic]
    if "table" in curated or "table" in automatic:
        order.append("table")
    rows = []
    for number in order:
        cur, aut = (worst((v for v, _ in found.get(number, ())), default=None) or "" for found in (curated, automatic))
        page, reported = info.get(number, (int(result.page_of(raw_lo)), "the debriefing table"))
        rows.append({
            "number": number, "page": page, "reported": reported, "curated": cur, "automatic": aut, "agree": cur == aut,
            "curated_checks": " ".join(dict.fromkeys(c for v, c in curated.get(number, ()) if v == cur)),
            "automatic_checks": " ".join(dict.fromkeys(c for v, c in automatic.get(number, ()) if v == aut)),
        })
    return pd.DataFrame(rows, columns=["number", "page", "reported", "curated", "automatic", "agree", "curated_checks", "automatic_checks"])


def format_comparison(both: pd.DataFrame) -> str:
    """:func:`compare_audits` as plain text: the counts side by side, then each kind of disagreement once.

    A kind of disagreement is a pair of worst verdicts with the checks that
    gave them; its numbers are listed by id.
    """
    names = [*(v.value for v in VERDICTS), ""]
    label = {v: v or "(no check)" for v in names}
    width = max(len(x) for x in label.values()) + 2
    lines = [f"numbers checked by either audit: {len(both)}; same worst verdict: {int(both['agree'].sum())}", "",
             "curated \\ automatic".ljust(width) + "".join(label[v].rjust(width) for v in names)]
    for cur in names:
        counts = [int(((both["curated"] == cur) & (both["automatic"] == aut)).sum()) for aut in names]
        if any(counts):
            lines.append(label[cur].ljust(width) + "".join(str(n).rjust(width) for n in counts))
    lines += ["", "where they differ:"]
    differ = both[~both["agree"]]
    keys = ["curated", "curated_checks", "automatic", "automatic_checks"]
    for (cur, cur_checks, aut, aut_checks), rows in differ.groupby(keys, sort=False):
        ids = " ".join(rows["number"])
        lines.append(f"  curated {label[cur]} ({cur_checks or '-'}) / automatic {label[aut]} ({aut_checks or '-'}): "
                     f"{len(rows)} number{'s' if len(rows) != 1 else ''}")
        lines.append(f"      {ids}")
    return "\n".join(lines)
