"""The curated checks of this report's ledger: every applicable consistency check on every claim.

:func:`ledger_checks` runs the tests of :mod:`dangjian.engine.consistency` over
the claims ledger and the parsed table and returns one
:class:`~dangjian.engine.results.Check` per check, the engine's result type:
the claims it names, the test (``kind``), the assumption it rests on, what
is expected and what is printed, a verdict, and the facts behind the verdict.
:func:`check_ledger` gives them as the rows of ``data/processed/audit.csv``
(the file keeps its name; it holds these curated checks), with the
explanation rendered from the facts in English and Chinese
(:mod:`dangjian.compendium.explanations`) and written ``"{en} 中文：{zh}"``.

``expected`` and ``observed`` mean what they mean for every check of the
package (:data:`dangjian.engine.results.EXPECTED_OBSERVED`): ``observed`` is
what the report prints, ``expected`` what the check derives from the other
numbers; for a total and its parts, ``expected`` is the sum of the parts
(recomputed) and ``observed`` the total as printed.

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

The functions that read the checks (:func:`format_findings`,
:func:`format_summary`, :func:`explanation_parts` …) take either the checks
(a sequence of :class:`~dangjian.engine.results.Check`, as
:func:`ledger_checks` and :func:`dangjian.pipeline.load_ledger_checks` give
them) or the frame of ``audit.csv``; from the checks they render each
language from the facts, from the frame they split the written explanation.
"""

from __future__ import annotations

import inspect
import re
import warnings
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import pandas as pd

from .. import paths
from ..engine.clean import CleanResult
from ..engine.consistency import answers_vs_forms, grim, part_of_base, percent_of, ratio_of_rounded, reround, rounding_convention, smallest_n, sum_check
from ..engine.explain import render_phrase
from ..engine.metrics import overall_rates
from ..engine.results import Check
from ..engine.tables import FlatTable
from ..engine.verdicts import VERDICTS, rank, worst
from .claims import LedgerError, decimals, number_value
from .explanations import word

__all__ = [
    "AUDIT_COLUMNS",
    "SEPARATOR",
    "VERDICTS",
    "ledger_checks",
    "check_ledger",
    "ledger_frame",
    "ledger_row",
    "bilingual",
    "split_bilingual",
    "explanation_parts",
    "verdict_counts",
    "audit_summary",
    "claim_verdicts",
    "format_summary",
    "format_findings",
    "audit_locations",
    "mean_column_convention",
    "compare_audits",
    "format_comparison",
]

#: The columns of ``data/processed/audit.csv``, one row per curated check.
AUDIT_COLUMNS = ["check_id", "claim_ids", "check", "assumption", "expected", "observed", "verdict", "explanation"]

#: What joins the English and the Chinese explanation in the ``explanation`` column of ``audit.csv``.
SEPARATOR = " 中文："

_FORMS = "发放测评表(份)"
_SCORE = "量化测评平均分"


def _check(kind: str, variant: str, claims: Iterable[str], verdict: str, assumption: str, expected: str, observed: str, **facts) -> Check:
    """A curated check: the engine's :class:`Check`, its sentences those of ``explanations.TEMPLATES[(kind, variant)]``."""
    return Check(kind, variant, tuple(claims), verdict, assumption, expected, observed, facts)


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

def _survey_percentages(led: _Ledger) -> list[Check]:
    out = []
    for cid in led.ids(kind="percent"):
        row = led.rows.loc[cid]
        num, den = row["numerator"], row["denominator"]
        if not num or not den or led.rows.loc[num, "kind"] != "count":
            continue
        x, k, n = led.digits(cid), int(led.value(num)), int(led.value(den))
        possible = grim(x, n, percent=True)
        out.append(_check(
            "grim_percent", "survey_fit" if possible else "survey_misfit", (cid, den), "consistent" if possible else "inconsistent",
            f"n = {n} respondents; the percentage is rounded (either way at a tie)",
            f"some count 0..{n} whose share prints as {x}%", "possible" if possible else "impossible",
            reported=f"{x}%", n=n, step=_f(Fraction(100, n), 3),
        ))
        check = percent_of(k, n, x)
        exact = _f(check.exact, 4)
        out.append(_check(
            "percent_of", "survey_fit" if check.consistent else "survey_misfit", (num, den, cid), "consistent" if check.consistent else "inconsistent",
            f"the percentage is {num}/{den}; half-up or half-down rounding", f"{'/'.join(check.printed)}% ({k}/{n} = {exact}%)", f"{x}%",
            k=k, n=n, exact=exact, printed=check.printed[0], places=decimals(x), reported=f"{x}%",
        ))
    return out


# --- bounds and shares without a printed count ---------------------------------

def _bounds(led: _Ledger) -> list[Check]:
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
            least = int(-(-share * n // 100))  # ceiling of share% of n
            ok = least <= n
            lower = row["kind"] == "bound"
            out.append(_check(
                "bound" if lower else "percent_of_base", "within" if ok else "over", (cid, base), "consistent" if ok else "inconsistent",
                f"the base is the {n} of {base}" + ("; 以上 means 'at least'" if lower else ""),
                f"{'at least' if lower else 'exactly'} {least} of {n}", f"{x}%",
                reported=f"{x}%", n=n, part=_f(share * n / 100), least=least,
            ))
        else:
            out.append(_check(
                "no_base", "none_given", (cid,), "not_checkable", "none: the report gives no denominator", "a stated base", "none",
                reported=f"{x}%", n_min=smallest_n(x),
            ))
    return out


# --- parts against their base ---------------------------------------------------

def _sum_parts(led: _Ledger, cid: str) -> list[str]:
    """The claims a ``sum(...)`` claim adds up, or []."""
    m = re.fullmatch(r"sum\((.*)\)", str(led.rows.loc[cid, "method"]))
    return m.group(1).split("+") if m else []


def _parts_of_base(led: _Ledger) -> list[Check]:
    """A count of a subset cannot exceed the count it is a subset of."""
    out = []
    curated = led.frame[led.frame["claim_id"].str.startswith("C") & (led.frame["kind"] == "count") & (led.frame["base"] != "")]
    for row in curated.itertuples():
        base = row.base
        if base not in led.rows.index or led.rows.loc[base, "kind"] != "count" or row.claim_id in _sum_parts(led, base):
            continue
        k, n = led.value(row.claim_id), led.value(base)
        ok = part_of_base(k, n)
        out.append(_check(
            "part_of_base", "no_more_than_base" if ok else "more_than_base", (row.claim_id, base), "consistent" if ok else "inconsistent",
            f"{row.claim_id} counts a subset of {base}", f"≤ {_f(n)}", _f(k),
            count=_f(k), n=_f(n),
        ))
    return out


def _of_which(led: _Ledger) -> list[Check]:
    """A stated total against the 其中 (of which) list that breaks it down: expected the parts' sum, observed the total."""
    out = []
    for base in led.frame["claim_id"]:
        parts = _sum_parts(led, base)
        if not parts:
            continue
        check = sum_check([led.reported(p) for p in parts], led.reported(base))
        total, got = led.reported(base), _f(Fraction(check.parts_sum))
        variant = "equal" if check.consistent else "short" if check.difference > 0 else "over"
        out.append(_check(
            "of_which_sum", variant, (base, *parts), "consistent" if check.consistent else "inconsistent", "the 其中 list is complete", got, total,
            parts=[led.reported(p) for p in parts], sum=got, total=total, gap=_f(abs(Fraction(check.difference))),
        ))
    return out


# --- the 二(二) table -------------------------------------------------------------

def _categories(table: FlatTable, data: pd.DataFrame) -> list[Check]:
    """Each township's answer categories against the forms issued there: expected the answers' sum, observed the forms."""
    assumptions = {"consistent": "n = forms issued; one answer per form",
                   "consistent_if": "some forms left this question unanswered (item non-response)",
                   "inconsistent": "n = forms issued; at most one answer per form"}
    variants = {"consistent": "equal", "consistent_if": "short", "inconsistent": "over"}
    out = []
    rows = _row_ids(table)
    blocks = [b for b in dict.fromkeys(data["block"]) if b]
    for block in blocks:
        items = list(dict.fromkeys(data.loc[data["block"] == block, "item"]))
        for township in dict.fromkeys(data["township"]):
            forms = _cell(data, _FORMS, township)
            parts = [_cell(data, item, township) for item in items]
            check = answers_vs_forms(parts, forms)
            ids = (f"R{rows[_FORMS]:02d}-{township}", *[f"R{rows[i]:02d}-{township}" for i in items])
            out.append(_check(
                "row_sum_vs_forms", variants[check.verdict], ids, check.verdict, assumptions[check.verdict], _f(check.answered), _f(forms),
                township=township, block=block, parts=[_f(p) for p in parts], sum=_f(check.answered), forms=_f(forms), gap=abs(int(check.gap)),
            ))
    return out


def _answered(data: pd.DataFrame, block: str) -> Fraction:
    return sum(data.loc[data["block"] == block, "exact"], Fraction(0))


def _mean_column(table: FlatTable, data: pd.DataFrame) -> list[Check]:
    """The printed 均值 against the township values, under each rounding mode."""
    out = []
    rows = _row_ids(table)
    items = list(rows)
    n_units = int(data["township"].nunique())
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
        expected = "/".join(as_rounded)
        if shown in as_rounded:
            out.append(_check(
                "mean_rounding", "rounds", ids, "consistent", "unweighted mean of the townships; half-up or half-down rounding", expected, shown,
                units=n_units, mean=_f(value, 4), rounded=list(as_rounded), printed=shown,
            ))
            continue
        # Try the less conventional readings, most plausible first.
        floors = reround(value, decimals(shown), rounding="trunc")
        answered = {b: _answered(data, b) / n_units for b in dict.fromkeys(data["block"]) if b}
        base_fits = [b for b, v in answered.items() if item == _FORMS and shown in reround(v, decimals(shown), rounding="up_or_down")]
        if base_fits or shown in floors:
            readings = []
            if base_fits:
                readings.append({"key": "forms_answered", "means": [
                    {"key": "answered_mean", "total": _f(answered[b] * n_units), "units": n_units, "mean": _f(answered[b], 2), "block": b} for b in base_fits]})
            if shown in floors:
                readings.append({"key": "truncation", "mean": _f(value, 4)})
            # the assumption column names the readings that fit, in the words of the explanation
            assumption = " or ".join(render_phrase(r, "en") for r in readings)
            out.append(_check(
                "mean_rounding", "issued_fits_only_if" if item == _FORMS else "fits_only_if", ids, "consistent_if", assumption, expected, shown,
                total=_f(value * n_units), units=n_units, mean=_f(value, 4), rounded=as_rounded[0], printed=shown, readings=readings,
            ))
        else:
            out.append(_check(
                "mean_rounding", "no_rule", ids, "inconsistent", "unweighted mean of the townships; any rounding rule", expected, shown,
                units=n_units, mean=_f(value, 4), printed=shown,
            ))
    # The column under one rule: with means of forms issued, or with the forms
    # mean taken over forms answered (in this report the second fits half-up).
    conventional = [m for m in explained if m not in ("up_or_down", "ceiling_or_floor", "up_from_or_down_from")]
    answered_exact = [answered_forms if item == _FORMS else value for item, value in zip(items, exact)]
    with_answered = rounding_convention(answered_exact, printed).set_index("rounding")
    n_means, n_cases = len(items), int(half_up["n_cases"])
    explained_up = n_cases - int(half_up["n_broken"])
    issued = ({"key": "half_up_breaks", "explained": explained_up, "cases": n_cases, "broken": str(half_up["first_broken_printed"]),
               "exact": _f(Fraction(half_up["first_broken_exact"]), 4)}
              if half_up["n_broken"] else {"key": "half_up_fits", "explained": explained_up, "cases": n_cases})
    facts = {"issued": issued, "means": n_means, "units": n_units, "answered_total": _f(answered_forms * n_units), "answered_mean": _f(answered_forms, 4)}
    if conventional:
        verdict, variant, assumption = "consistent", "one_rule", f"{conventional[0]} rounding of means of forms issued"
        facts["rule"] = conventional[0]
    elif with_answered.loc["up", "explains_all"]:
        verdict, variant, assumption = "consistent_if", "one_rule_if_answered", "half-up rounding throughout, with the forms mean taken over forms answered"
    else:
        verdict, variant, assumption = "inconsistent", "no_rule", "one rounding rule for the whole 均值 column"
    out.append(_check(
        "rounding_convention", variant, tuple(f"R{rows[i]:02d}-MEAN" for i in items), verdict, assumption,
        f"one rule explains all {n_means} means", f"half-up explains {explained_up} of {n_cases}", **facts,
    ))
    return out


def _score_reading(steps: int, n: int) -> str:
    """The assumption of a GRIM test of a mean score: the scores it takes, one per form."""
    return f"{word('score_step', steps)}, one per form issued (n = {n})"


def _score_grim(table: FlatTable, data: pd.DataFrame) -> list[Check]:
    """GRIM on each township's mean score, from the most conventional score scale."""
    out = []
    rows = _row_ids(table)
    for township in dict.fromkeys(data["township"]):
        x = data.loc[(data["item"] == _SCORE) & (data["township"] == township), "value"].iloc[0]
        n = int(_cell(data, _FORMS, township))
        ids = (f"R{rows[_SCORE]:02d}-{township}", f"R{rows[_FORMS]:02d}-{township}")
        # integer scores, then half points, then one decimal: the number of steps per point
        steps = [s for s in (1, 2, 10) if grim(x, n, items=s, scale=(0, 100))]

        expected = f"a total S with S/{n} printing as {x}"
        step = _f(Fraction(1, n), 4)
        if steps and steps[0] == 1:
            out.append(_check("grim_mean", "integer_scores_fit", ids, "consistent", _score_reading(1, n), expected, "possible",
                              mean=x, n=n, product=_f(Fraction(x) * n), step=step))
        elif steps:
            out.append(_check("grim_mean", "finer_scores_fit", ids, "consistent_if", _score_reading(steps[0], n), expected,
                              f"impossible with integer scores; possible with {word('score_step', steps[0])}",
                              mean=x, n=n, step=step, scores=steps[0]))
        else:
            out.append(_check("grim_mean", "no_scores_fit", ids, "inconsistent", _score_reading(10, n), expected, "impossible", mean=x, n=n))
    return out


def _ratio_of_means(led: _Ledger, table: FlatTable, data: pd.DataFrame) -> list[Check]:
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
        variant = "not_ratio" if not check.consistent else "pooled_lower" if pooled < Fraction(x) else "pooled_higher"
        out.append(_check(
            "ratio_of_rounded_means", variant, (cid, num, den), "consistent_if" if check.consistent else "inconsistent",
            f"the share is {led.reported(num)}/{led.reported(den)}, a ratio of two rounded table means, not of the totals",
            f"{'/'.join(check.printed)}%", f"{x}%",
            reported=f"{x}%", num=led.reported(num), den=led.reported(den), percent=_f(check.percent, 4),
            total_num=_f(total_num), total_den=_f(total_den), pooled=_f(pooled, 2), gap=_f(abs(Fraction(x) - pooled), 2),
        ))
    return out


# --- cross-references -------------------------------------------------------------

def _same_number(led: _Ledger) -> list[Check]:
    """A quantity printed twice (``same_as`` in the ledger) must print the same."""
    out = []
    for row in led.frame[led.frame["same_as"] != ""].itertuples():
        value, other = row.reported, led.reported(row.same_as)
        ok = value == other
        out.append(_check(
            "same_number", "same" if ok else "different", (row.claim_id, row.same_as), "consistent" if ok else "inconsistent",
            "the two passages give the same quantity", other, value,
            claim=row.claim_id, other=row.same_as, value=value, other_value=other,
        ))
    return out


def _cross_references(led: _Ledger, table: FlatTable, result: CleanResult | None, path: str | Path) -> list[Check]:
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


def _roles_of(check: Callable[..., Check]) -> tuple[tuple[str, ...], bool]:
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
                    stated: str, preamble: str, table_cell: str, assumption: str) -> Check:
    """The townships the text says debriefed against the township columns of the table that gives 'the details'.

    ``preamble`` (the same count earlier in the text) and ``table_cell`` (a
    cell of the table) are cited in the row; the verdict compares ``stated``
    with the table's columns: expected the table's columns, observed the
    count the text prints.
    """
    n_table = int(table.data["township"].nunique())
    n_stated = int(led.value(stated))
    variant = "same_count" if n_stated == n_table else "fewer_columns" if n_table < n_stated else "more_columns"
    return _check(
        "township_count", variant, (stated, preamble, table_cell), "consistent" if n_stated == n_table else "inconsistent", assumption,
        f"{n_table} table columns", led.reported(stated),
        stated=n_stated, columns=n_table,
    )


def _average_per_township(led: _Ledger, table: FlatTable, result: CleanResult | None, *,
                          average: str, forms: str, townships: str) -> Check:
    """The printed forms per township against the forms issued over the townships stated, then over the table's.

    Consistent if ``forms`` / ``townships`` prints as ``average``; consistent
    only if the average is over the table's township columns when that fits
    (rounded, or else truncated); otherwise inconsistent.
    """
    n_table = int(table.data["township"].nunique())
    stated = int(led.value(townships))
    issued = led.value(forms)
    per_stated, per_table = issued / stated, issued / n_table
    shown = led.reported(average)
    digits = decimals(shown)
    over_stated = reround(per_stated, digits, rounding="up_or_down")
    over_table = [mode for mode in ("up_or_down", "trunc") if shown in reround(per_table, digits, rounding=mode)]
    facts = {"forms": _f(issued), "stated": stated, "per_stated": _f(per_stated), "printed": shown, "columns": n_table, "per_table": _f(per_table)}
    if shown in over_stated:
        verdict, variant = "consistent", "over_stated"
    elif over_table:
        verdict, variant = "consistent_if", "over_table_only"
        facts["how"] = over_table[0]
    else:
        verdict, variant = "inconsistent", "neither"
    return _check(
        "average_per_township", variant, (average, forms, townships), verdict, f"the average is over the {stated} townships named in the same sentence",
        f"{_f(issued)}/{stated} = {_f(per_stated)}", shown, **facts,
    )


def _months(led: _Ledger, table: FlatTable, result: CleanResult | None, *,
            text_months: str, table_months: str, assumption: str) -> Check:
    """The month range of the table's debriefings (e.g. "8-9") against the range the text gives for all townships."""
    text_range, table_range = led.reported(text_months), led.reported(table_months)
    a, b = (int(v) for v in text_range.split("-"))
    c, d = (int(v) for v in table_range.split("-"))
    inside = a <= c and d <= b
    return _check(
        "months", "inside" if inside else "outside", (text_months, table_months), "consistent_if" if inside else "inconsistent", assumption,
        f"{c}-{d} within {a}-{b}", f"{table_range} / {text_range}",
        table=table_range, text=text_range,
    )


def _scheme_name(led: _Ledger, table: FlatTable, result: CleanResult | None, *, text_name: str, table_name: str) -> Check:
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


def _visits(led: _Ledger, table: FlatTable, result: CleanResult | None, *, whole: str, part: str, assumption: str) -> Check:
    """Organisations said to be among those visited (``part``) against the number visited (``whole``).

    One round of visits cannot reach more than it visited, so a larger
    ``part`` is consistent only if the passages describe different rounds.
    """
    small, large = led.value(whole), led.value(part)
    separate = large > small
    return _check(
        "visits", "separate_rounds" if separate else "one_round", (whole, part), "consistent_if" if separate else "consistent", assumption,
        f"{_f(large)} ≤ {_f(small)} if one round", f"{_f(small)} / {_f(large)}",
        whole=_f(small), part=_f(large), whole_section=led.rows.loc[whole, "section_label"], part_section=led.rows.loc[part, "section_label"],
    )


def _pairing(led: _Ledger, table: FlatTable, result: CleanResult | None, *, agency: str, rural: str, assumption: str) -> Check:
    """One-to-one pairing of agency branches with rural branches needs equal numbers, as printed."""
    left, right = led.reported(agency), led.reported(rural)
    ok = left == right
    return _check("pairing", "equal" if ok else "unequal", (agency, rural), "consistent" if ok else "inconsistent", assumption, left, right,
                  agency=left, rural=right)


def _years_check(led: _Ledger, table: FlatTable, result: CleanResult | None, *,
                 preamble: str, section: str, table_body: str, table_header: str, assumption: str) -> Check:
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
    trial = {"key": "trial_one_year", "year": pre_year} if pre == sec else {"key": "trial_two_years", "preamble": pre_year, "section": sec_year}
    if body < min(pre, sec):
        relation = "before_either" if pre != sec else "before_it"
    elif body >= max(pre, sec):
        relation = "not_earlier"
    else:
        relation = "between"
    ok = pre == sec and body == head and body >= pre
    variant = "agree" if ok else "disagree" if body == head else "disagree_header"
    return _check("years", variant, ids, "consistent" if ok else "inconsistent", assumption, "one year", observed,
                  trial=trial, body=body_year, header=head_year, relation=relation)


def _scheme_check(ids: tuple[str, str], text_name: str, table_name: str, groups: list[str] | None, measures: list[str]) -> Check:
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
    facts = {"text_name": text_name, "table_name": table_name, "n_measures": len(measures), "measures": measures,
             "groups": {"key": "groups_counted", "n": n_groups} if n_groups is not None else {"key": "groups_uncounted"}}
    if text_name == table_name:
        return _check("scheme_name", "same", ids, "consistent", "the two passages name one scheme", text_name, table_name, **facts)
    text_fits = n_groups is None or count(text_name) in (None, n_groups)
    table_fits = count(table_name) in (None, len(measures))
    if text_fits and table_fits:
        return _check("scheme_name", "different_things", ids, "consistent_if",
                      "the two names describe different things: evaluator groups (text) and evaluation measures (table)", text_name, table_name, **facts)
    return _check("scheme_name", "miscounted", ids, "inconsistent", "each name counts the list beside it", text_name, table_name,
                  wrong=text_name if not text_fits else table_name, **facts)


#: The cross-reference checks by the name ``data/cross_references.yaml`` gives them.
#: Each takes the ledger, the table and the clean text, then its roles as
#: keyword-only claim ids (and ``assumption`` if the file words it); the loader
#: reads the roles off the signature, so a new role needs no second list.
_CROSS_REFERENCE_CHECKS: dict[str, Callable[..., Check]] = {
    "township_count": _township_count,
    "average_per_township": _average_per_township,
    "years": _years_check,
    "months": _months,
    "scheme_name": _scheme_name,
    "visits": _visits,
    "pairing": _pairing,
}


def _uncovered(led: _Ledger, checks: Iterable[Check]) -> list[Check]:
    """A ``not_checkable`` check for each claim no other check names, with the reason (the template's variant)."""
    covered = {cid for check in checks for cid in check.claims}
    out = []
    for row in led.frame.itertuples():
        if row.claim_id in covered:
            continue
        reason = {"bound": "lower_bound", "date": "date"}.get(row.kind, "no_other_number")
        out.append(_check("none", reason, (row.claim_id,), "not_checkable", "", "", row.reported,
                          claim=row.claim_id, reported=row.reported, unit=row.unit, meaning=row.meaning))
    return out


def _table_totals(led: _Ledger, table: FlatTable, data: pd.DataFrame) -> list[Check]:
    """Totals printed in the text against the township values re-added (362 forms, 36 suggestions):
    expected the cells' sum, observed the total the text prints."""
    out = []
    rows = _row_ids(table)
    for cid in led.frame["claim_id"]:
        m = re.fullmatch(r"table_sum\((.*)\)", str(led.rows.loc[cid, "method"]))
        if not m:
            continue
        item = m.group(1)
        cells = data[data["item"] == item]
        check = sum_check(cells["value"].tolist(), led.reported(cid))
        got = _f(Fraction(check.parts_sum))
        out.append(_check(
            "table_total", "equal" if check.consistent else "differ", (cid, *[f"R{rows[item]:02d}-{t}" for t in cells["township"]]),
            "consistent" if check.consistent else "inconsistent", f"the total covers the {len(cells)} townships of the table", got, led.reported(cid),
            parts=cells["value"].tolist(), sum=got, total=led.reported(cid),
        ))
    return out


def ledger_checks(claims: pd.DataFrame, table: FlatTable, result: CleanResult | None = None, *,
                  cross_references: str | Path | None = None) -> list[Check]:
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
    list of Check
        One :class:`~dangjian.engine.results.Check` per check, numbered
        ``A001``, ``A002`` … in the order of ``audit.csv``; every claim is
        named by at least one check.

    Raises
    ------
    LedgerError
        If an entry of ``cross_references`` is malformed (an unknown check or
        role, a missing role, a claim id not in ``claims``); the message names
        the entry.
    """
    led = _Ledger(claims)
    data = _table_numbers(table)
    checks: list[Check] = []
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
    return [c.numbered(f"A{i:03d}") for i, c in enumerate(checks, start=1)]


def check_ledger(claims: pd.DataFrame, table: FlatTable, result: CleanResult | None = None, *,
                 cross_references: str | Path | None = None) -> pd.DataFrame:
    """The curated checks of the ledger as the rows of ``data/processed/audit.csv``.

    :func:`ledger_checks` (same parameters, same errors) as a frame with the
    columns :data:`AUDIT_COLUMNS` (:func:`ledger_frame`).

    Examples
    --------
    >>> import dangjian as dj
    >>> result = dj.load_clean()
    >>> frame = check_ledger(dj.load_claims(result), dj.load_table(result), result)
    >>> frame.loc[frame["check"] == "of_which_sum", ["expected", "observed", "verdict"]].values.tolist()
    [['22', '32', 'inconsistent']]
    """
    return ledger_frame(ledger_checks(claims, table, result, cross_references=cross_references))


def bilingual(check: Check) -> str:
    """The explanation of ``audit.csv``: the English sentence, :data:`SEPARATOR`, the Chinese one."""
    return f"{check.explanation('en')}{SEPARATOR}{check.explanation('zh')}"


def split_bilingual(text: str) -> tuple[str, str]:
    """The English and the Chinese half of an explanation of ``audit.csv`` (the reader of :func:`bilingual`)."""
    en, _, zh = text.partition(SEPARATOR)
    return en, zh


def ledger_row(check: Check) -> dict[str, str]:
    """One curated check as a row of ``audit.csv`` (:data:`AUDIT_COLUMNS`)."""
    return {"check_id": check.check_id, "claim_ids": " ".join(check.claims), "check": check.kind, "assumption": check.assumption,
            "expected": check.expected, "observed": check.observed, "verdict": check.verdict.value, "explanation": bilingual(check)}


def ledger_frame(checks: pd.DataFrame | Iterable[Check]) -> pd.DataFrame:
    """The checks as the frame of ``audit.csv`` (columns :data:`AUDIT_COLUMNS`); a frame passes through unchanged."""
    if isinstance(checks, pd.DataFrame):
        return checks
    return pd.DataFrame([ledger_row(c) for c in checks], columns=AUDIT_COLUMNS)


def explanation_parts(audit: pd.DataFrame | pd.Series | Sequence[Check]) -> tuple[pd.Series, pd.Series]:
    """The English and the Chinese explanations of the curated checks.

    Parameters
    ----------
    audit : sequence of Check, DataFrame or Series
        The checks (each language rendered from their facts), or what was
        read from ``audit.csv``: its frame or its ``explanation`` column, each
        explanation split at :data:`SEPARATOR`.

    Returns
    -------
    (Series, Series)
        The English and the Chinese explanations, one per check, in order.
    """
    if isinstance(audit, pd.DataFrame):
        audit = audit["explanation"]
    if isinstance(audit, pd.Series):
        parts = audit.str.partition(SEPARATOR)
        return parts[0], parts[2]
    checks = list(audit)
    return (pd.Series([c.explanation("en") for c in checks], dtype=object),
            pd.Series([c.explanation("zh") for c in checks], dtype=object))


def __getattr__(name: str):
    if name == "audit_report":  # its name until 0.2: "audit" is the command and audit_text/audit_file
        warnings.warn("audit_report is now check_ledger (the curated checks of the ledger)", DeprecationWarning, stacklevel=2)
        return check_ledger
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def verdict_counts(audit: pd.DataFrame | Sequence[Check]) -> pd.DataFrame:
    """Checks per verdict, in the fixed order of :data:`VERDICTS` (``audit``: the checks or the frame of ``audit.csv``)."""
    counts = ledger_frame(audit)["verdict"].value_counts()
    return pd.DataFrame({"verdict": [v.value for v in VERDICTS], "checks": [int(counts.get(v, 0)) for v in VERDICTS]})


def audit_summary(audit: pd.DataFrame | Sequence[Check], claims: pd.DataFrame) -> dict[str, int]:
    """Counts for the top of notebook 09: claims, checks, claims checked, and claims per worst verdict.

    A claim's verdict is the worst of the checks that name it, in the order
    of :data:`dangjian.engine.verdicts.VERDICTS` (inconsistent, consistent_if,
    consistent, not_checkable).
    """
    audit = ledger_frame(audit)
    by_claim = claim_verdicts(audit, claims)
    counts = by_claim.value_counts()
    checked = int((by_claim != "not_checkable").sum())
    return {
        "claims": len(claims),
        "checks": len(audit),
        "claims_checked": checked,
        **{f"claims_{v}": int(counts.get(v, 0)) for v in VERDICTS},
    }


def claim_verdicts(audit: pd.DataFrame | Sequence[Check], claims: pd.DataFrame) -> pd.Series:
    """The worst verdict of each claim (indexed by claim id, in ledger order)."""
    audit = ledger_frame(audit)
    found: dict[str, str] = {}
    for ids, verdict in zip(audit["claim_ids"], audit["verdict"]):
        for cid in ids.split():
            if cid not in found or rank(verdict) < rank(found[cid]):
                found[cid] = verdict
    return pd.Series([found.get(c, "not_checkable") for c in claims["claim_id"]], index=claims["claim_id"], name="verdict")


def format_summary(audit: pd.DataFrame | Sequence[Check], claims: pd.DataFrame) -> str:
    """The headline of the curated checks as plain text (the top of notebook 09).

    Each inconsistent check is listed with what it expected (derived from the
    other numbers; for a total, the sum of its parts) and what the report
    printed (:data:`dangjian.engine.results.EXPECTED_OBSERVED`).
    """
    audit = ledger_frame(audit)
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


def format_findings(audit: pd.DataFrame | Sequence[Check], verdict: str, *, language: str = "en") -> str:
    """Every check with ``verdict`` as plain text: id, test, claims, assumption and the arithmetic.

    ``audit`` is the checks (the explanation rendered in ``language`` from
    their facts) or the frame of ``audit.csv`` (its explanation split).
    """
    if verdict not in VERDICTS:
        raise ValueError(f"verdict must be one of {tuple(v.value for v in VERDICTS)}")
    frame = ledger_frame(audit)
    english, chinese = explanation_parts(audit)
    sentences = (english if language == "en" else chinese).tolist()
    out = []
    for r, sentence in zip(frame.itertuples(), sentences):
        if r.verdict != verdict:
            continue
        out.append(f"{r.check_id} [{r.check}] {r.claim_ids}")
        if r.assumption:
            out.append(f"    assumption: {r.assumption}")
        out.append(f"    {sentence}")
    return "\n".join(out) if out else "(none)"


def audit_locations(audit: pd.DataFrame | Sequence[Check], claims: pd.DataFrame) -> pd.DataFrame:
    """Where each check sits in the report: one row per check and claim.

    Columns ``check_id``, ``check``, ``verdict``, ``claim_id``, ``section_label``,
    ``page`` and ``clean_start`` (the claim's offset in the clean text).
    """
    audit = ledger_frame(audit)
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


def compare_audits(claims: pd.DataFrame, audit: pd.DataFrame | Sequence[Check], table: FlatTable, result: CleanResult,
                   auto_claims: pd.DataFrame, auto_checks: pd.DataFrame) -> pd.DataFrame:
    """The curated checks of this report beside the automatic ones (``dangjian audit``), number by number.

    A number is a claim of the ledger, or the debriefing table as one unit
    (the curated audit names its cells by row and column, the automatic one
    reads them as flattened cells). Each takes the worst verdict of the
    checks that name it, in each audit; an automatic claim is the same
    number as a ledger claim when their raw spans overlap, and any cell of
    the automatic audit inside the table's span is the table.

    Parameters
    ----------
    claims, audit, table, result
        The ledger, the curated checks (:func:`dangjian.load_ledger_checks`, or the
        frame of ``audit.csv``: :func:`dangjian.load_audit`), the parsed table and
        the clean text (:func:`dangjian.load_claims`, …).
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
    audit = ledger_frame(audit)
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
