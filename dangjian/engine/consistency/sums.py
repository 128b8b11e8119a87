"""Sums and ratios of printed numbers: :func:`percent_of`, :func:`sum_check`, :func:`sum_map`, :func:`ratio_of_rounded`,
:func:`part_of_base` (a part against its whole) and :func:`answers_vs_forms` (answers against forms).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import MAX_PREC, Decimal, Inexact, localcontext
from fractions import Fraction

from .._lazy import pd
from .rounding import (
    Interval,
    _as_count,
    _check_rounding,
    _format_scaled,
    _intersects,
    _parse_reported,
    _round_scaled,
    _scale,
    _to_decimal,
    _to_fraction,
    round_ratio,
    unround,
)

__all__ = ["PercentCheck", "SumCheck", "RatioCheck", "AnswersCheck", "percent_of", "part_of_base", "answers_vs_forms", "sum_check", "sum_map", "ratio_of_rounded"]


@dataclass(frozen=True)
class PercentCheck:
    """Result of :func:`percent_of`.

    Attributes
    ----------
    exact : fractions.Fraction
        ``100 * count / total``.
    printed : tuple of str
        What the rounding mode prints for ``exact`` at the reported decimals.
    consistent : bool
        Whether the reported string is among ``printed``.
    difference : fractions.Fraction
        Reported value minus ``exact``.
    """

    exact: Fraction
    printed: tuple[str, ...]
    consistent: bool
    difference: Fraction


@dataclass(frozen=True)
class SumCheck:
    """Result of :func:`sum_check`.

    Attributes
    ----------
    parts_sum : decimal.Decimal
        Exact sum of the parts.
    total : decimal.Decimal
        The stated total.
    difference : decimal.Decimal
        Stated total minus ``parts_sum``.
    consistent : bool
        The verdict (see :func:`sum_check` for the two rules).
    """

    parts_sum: Decimal
    total: Decimal
    difference: Decimal
    consistent: bool


@dataclass(frozen=True)
class RatioCheck:
    """Result of :func:`ratio_of_rounded`.

    Attributes
    ----------
    percent : fractions.Fraction
        ``100 * numerator / denominator`` computed from the printed numbers.
    printed : tuple of str
        What the rounding mode prints for ``percent`` at the reported decimals.
    consistent : bool
        Whether the reported percentage is among ``printed``.
    difference : fractions.Fraction
        Reported percentage minus ``percent``.
    range : Interval
        Percentages reachable by true (unrounded) numerator and denominator.
    reachable : bool
        Whether some value in ``range`` rounds to the reported percentage.
    """

    percent: Fraction
    printed: tuple[str, ...]
    consistent: bool
    difference: Fraction
    range: Interval
    reachable: bool


# ---------------------------------------------------------------------------
# Percentages, sums, ratios
# ---------------------------------------------------------------------------


def percent_of(
    count: int,
    total: int,
    reported: str,
    *,
    rounding: str = "up_or_down",
    threshold: int = 5,
) -> PercentCheck:
    """Check a reported percentage against a known count and total.

    Parameters
    ----------
    count : int
        The count (>= 0).
    total : int
        The base (>= 1).
    reported : str
        The printed percentage without "%" (e.g. "65.16").
    rounding : str, default "up_or_down"
        One of :data:`ROUNDING_MODES`.
    threshold : int, default 5
        Digit 1..9 for the ``*_from`` modes.

    Returns
    -------
    PercentCheck
        ``exact`` (Fraction), ``printed`` (tuple of str), ``consistent``
        (bool), ``difference`` (Fraction, reported minus exact).

    Notes
    -----
    ``exact = 100 * count / total``; consistent iff ``reported`` is among
    ``reround(exact, d, rounding)``, ``d`` the reported decimals.

    References
    ----------
    The report: "有 202 人,占 65.16%" of 310 respondents.

    Examples
    --------
    >>> check = percent_of(202, 310, "65.16")
    >>> check.exact, check.printed, check.consistent
    (Fraction(2020, 31), ('65.16',), True)
    >>> check.difference
    Fraction(-1, 775)
    >>> percent_of(202, 310, "65.2").consistent
    True
    >>> percent_of(202, 310, "65.17").consistent
    False
    """
    _check_rounding(rounding, threshold)
    count = _as_count(count, "count", minimum=0)
    total = _as_count(total, "total")
    m, d = _parse_reported(reported, "reported")
    scale = 10**d
    candidates = round_ratio(100 * count * scale, total, rounding, threshold)
    return PercentCheck(
        exact=Fraction(100 * count, total),
        printed=tuple(_format_scaled(c, d) for c in candidates),
        consistent=m in candidates,
        difference=Fraction(m * total - 100 * count * scale, total * scale),
    )


def _point_or_interval(value: object, name: str, rounding: str, threshold: int) -> Interval:
    """Printed strings are rounded (an interval); numbers are exact (a point)."""
    if isinstance(value, str):
        return unround(value, rounding, threshold)
    v = Fraction(_to_decimal(value, name))
    return Interval(v, v, True, True)


def sum_check(
    parts: Iterable[str | int | Decimal | float],
    total: str | int | Decimal | float,
    *,
    rounding: str | None = None,
    threshold: int = 5,
) -> SumCheck:
    """Check that parts add up to a stated total, exactly.

    Parameters
    ----------
    parts : iterable of str, int, Decimal or float
        The parts, preferably as printed strings. Floats are read through
        ``Decimal(str(value))``.
    total : str, int, Decimal or float
        The stated total.
    rounding : str, optional
        None (default): consistent iff the exact sum equals the total.
        A mode of :data:`ROUNDING_MODES`: every *string* is taken as a
        rounded number standing for its :func:`unround` interval (a number
        that is not a string stays exact); consistent iff the interval of
        possible true sums meets the interval of the total. Use this for
        rounded shares that add to "100.0" only up to rounding.
    threshold : int, default 5
        Digit 1..9 for the ``*_from`` modes.

    Returns
    -------
    SumCheck
        ``parts_sum`` (Decimal, exact), ``total`` (Decimal), ``difference``
        (Decimal, total minus parts_sum), ``consistent`` (bool).

    Notes
    -----
    With rounding, the true sum lies in ``[sum of lowers, sum of uppers]``
    (an end closed only if all the parts' ends are closed).

    Examples
    --------
    >>> check = sum_check(["60.32", "39.68"], "100.00")
    >>> check.parts_sum, check.difference, check.consistent
    (Decimal('100.00'), Decimal('0.00'), True)
    >>> check = sum_check(["33.3", "33.3", "33.3"], 100)
    >>> check.difference, check.consistent
    (Decimal('0.1'), False)
    >>> sum_check(["33.3", "33.3", "33.3"], 100, rounding="up_or_down").consistent
    True
    """
    if isinstance(parts, str):
        raise TypeError("parts must be a collection of numbers, not one string")
    parts = list(parts)
    if not parts:
        raise ValueError("parts is empty")
    decimals = [_to_decimal(p, f"parts[{i}]") for i, p in enumerate(parts)]
    stated = _to_decimal(total, "total")
    # Decimal addition is exact when the precision is large enough; the
    # Inexact trap turns any silent rounding into an error.
    with localcontext() as ctx:
        ctx.prec = MAX_PREC
        ctx.traps[Inexact] = True
        parts_sum = sum(decimals, Decimal(0))
        difference = stated - parts_sum
    if rounding is None:
        consistent = difference == 0
    else:
        _check_rounding(rounding, threshold)
        pieces = [
            _point_or_interval(p, f"parts[{i}]", rounding, threshold)
            for i, p in enumerate(parts)
        ]
        possible = Interval(
            sum((iv.lower for iv in pieces), Fraction(0)),
            sum((iv.upper for iv in pieces), Fraction(0)),
            all(iv.incl_lower for iv in pieces),
            all(iv.incl_upper for iv in pieces),
        )
        consistent = _intersects(
            possible, _point_or_interval(total, "total", rounding, threshold)
        )
    return SumCheck(
        parts_sum=parts_sum, total=stated, difference=difference, consistent=consistent
    )


def sum_map(
    data: pd.DataFrame,
    *,
    totals: pd.DataFrame | pd.Series,
    value: str = "value",
    by: str | Sequence[str] = "group",
    total: str = "total",
    rounding: str | None = None,
    threshold: int = 5,
) -> pd.DataFrame:
    """Check stated totals against the sums of their parts, group by group.

    Parameters
    ----------
    data : pandas.DataFrame
        Long format: one row per part, with the grouping column(s) ``by`` and
        the part in ``value`` (printed strings preferred). Not modified.
    totals : pandas.DataFrame or pandas.Series
        One row per stated total: a frame with the ``by`` column(s) and a
        ``total`` column (its other columns are kept), or a Series of totals
        indexed by group (index level names are set from ``by``).
    value : str, default "value"
        Column of ``data`` holding the parts.
    by : str or list of str, default "group"
        Grouping column(s), present in both ``data`` and ``totals``.
    total : str, default "total"
        Column of ``totals`` holding the stated totals.
    rounding, threshold
        As in :func:`sum_check`.

    Returns
    -------
    pandas.DataFrame
        A copy of ``totals`` (one row per stated total) with added columns:

        ``n_parts`` : int
            Number of parts in the group.
        ``parts_sum`` : Decimal (object)
            Exact sum of the parts.
        ``difference`` : Decimal (object)
            Stated total minus ``parts_sum``.
        ``consistency`` : bool
            :func:`sum_check` verdict.

    Raises
    ------
    ValueError
        If a stated total has no parts in ``data`` (usually a key mismatch
        such as "1" against 1), or a column is missing. Groups of ``data``
        without a stated total are ignored.

    Examples
    --------
    >>> import pandas as pd
    >>> parts = pd.DataFrame({"group": ["q1", "q1", "q2", "q2"],
    ...                       "value": ["60.32", "39.68", "48.06", "51.93"]})
    >>> stated = pd.DataFrame({"group": ["q1", "q2"], "total": ["100.00", "100.00"]})
    >>> sum_map(parts, totals=stated)
      group   total  n_parts parts_sum difference  consistency
    0    q1  100.00        2    100.00       0.00         True
    1    q2  100.00        2     99.99       0.01        False
    >>> sum_map(parts, totals=stated, rounding="up_or_down")["consistency"].tolist()
    [True, True]
    """
    keys = [by] if isinstance(by, str) else list(by)
    if isinstance(totals, pd.Series):
        totals = totals.rename(total).rename_axis(keys).reset_index()
    for column in [*keys, value]:
        if column not in data.columns:
            raise ValueError(f"column {column!r} not found in data")
    for column in [*keys, total]:
        if column not in totals.columns:
            raise ValueError(f"column {column!r} not found in totals")
    for added in ("n_parts", "parts_sum", "difference", "consistency"):
        if added in totals.columns:
            raise ValueError(f"totals already has a {added!r} column; drop or rename it first")
    groups = {
        (key if isinstance(key, tuple) else (key,)): list(values)
        for key, values in data.groupby(keys, sort=False, dropna=False)[value]
    }
    wanted = [tuple(row) for row in totals[keys].itertuples(index=False, name=None)]
    missing = [key for key in wanted if key not in groups]
    if missing:
        raise ValueError(f"no parts in data for stated total(s) with {keys}: {missing}")
    checks = []
    for key, stated in zip(wanted, totals[total]):
        try:
            checks.append(sum_check(groups[key], stated, rounding=rounding, threshold=threshold))
        except (TypeError, ValueError) as error:
            raise type(error)(f"group {key!r}: {error}") from error
    out = totals.copy()
    out["n_parts"] = pd.Series([len(groups[k]) for k in wanted], index=out.index, dtype="int64")
    out["parts_sum"] = pd.Series([c.parts_sum for c in checks], index=out.index, dtype=object)
    out["difference"] = pd.Series([c.difference for c in checks], index=out.index, dtype=object)
    out["consistency"] = pd.Series([c.consistent for c in checks], index=out.index, dtype=bool)
    return out


def _ratio_interval(num: Interval, den: Interval) -> Interval:
    """``num / den`` over the box, for a denominator interval above zero."""
    if den.lower <= 0:
        raise ValueError(f"denominator interval {den} reaches zero; the ratio is unbounded")
    # Smallest ratio: a non-negative numerator over the largest denominator,
    # a negative one over the smallest; a zero numerator gives 0 for any
    # denominator, so only its own end needs to be attainable.
    a, b = num.lower, num.upper
    if a >= 0:
        lo = a / den.upper
        incl_lo = num.incl_lower and (den.incl_upper or a == 0)
    else:
        lo = a / den.lower
        incl_lo = num.incl_lower and den.incl_lower
    if b > 0:
        hi = b / den.lower
        incl_hi = num.incl_upper and den.incl_lower
    else:
        hi = b / den.upper
        incl_hi = num.incl_upper and (den.incl_upper or b == 0)
    return Interval(lo, hi, incl_lo, incl_hi)


def ratio_of_rounded(
    num_printed: str,
    den_printed: str,
    reported_pct: str,
    *,
    rounding: str = "up_or_down",
    threshold: int = 5,
) -> RatioCheck:
    """Is a percentage the ratio of two already-rounded numbers?

    A share computed from two printed (rounded) figures, e.g. two printed
    averages 40 and 51 giving 40/51 = 78.43%, can differ from the share of
    the underlying totals. This reports both views.

    Parameters
    ----------
    num_printed, den_printed : str
        The printed numerator and denominator.
    reported_pct : str
        The printed percentage without "%".
    rounding : str, default "up_or_down"
        One of :data:`ROUNDING_MODES`, for the percentage and for reading
        the printed numerator and denominator.
    threshold : int, default 5
        Digit 1..9 for the ``*_from`` modes.

    Returns
    -------
    RatioCheck
        ``percent`` (Fraction, ``100 * num / den`` of the printed numbers),
        ``printed`` (tuple of str), ``consistent`` (reported among
        ``printed``), ``difference`` (reported minus ``percent``), ``range``
        (:class:`Interval` of ``100 * u / v`` over ``u`` in
        ``unround(num_printed)`` and ``v`` in ``unround(den_printed)``) and
        ``reachable`` (the range meets ``unround(reported_pct)``).

    Notes
    -----
    For ``v > 0`` the ratio is monotone in each argument, so its extremes sit
    at corners of the box: ``[100 * u_lo / v_hi, 100 * u_hi / v_lo]`` for a
    non-negative numerator. The range is connected, so a reported value is
    reachable iff its rounding interval meets the range.

    Examples
    --------
    >>> check = ratio_of_rounded("40", "51", "78.43")
    >>> check.percent, check.printed, check.consistent
    (Fraction(4000, 51), ('78.43',), True)
    >>> print(check.range)  # 100 * 39.5 / 51.5 to 100 * 40.5 / 50.5
    [7900/103, 8100/101]
    >>> r = ratio_of_rounded("40", "51", "79.50")
    >>> r.consistent, r.reachable
    (False, True)
    """
    _check_rounding(rounding, threshold)
    m, d = _parse_reported(reported_pct, "reported_pct")
    num_m, num_d = _parse_reported(num_printed, "num_printed")
    den_m, den_d = _parse_reported(den_printed, "den_printed")
    if den_m <= 0:
        raise ValueError(f"den_printed must be positive, got {den_printed!r}")
    percent = 100 * Fraction(num_m, 10**num_d) / Fraction(den_m, 10**den_d)
    num_iv = unround(num_printed, rounding, threshold)
    den_iv = unround(den_printed, rounding, threshold)
    candidates = _round_scaled(percent * 10**d, rounding, threshold)
    possible = _scale(_ratio_interval(num_iv, den_iv), Fraction(100))
    return RatioCheck(
        percent=percent,
        printed=tuple(_format_scaled(c, d) for c in candidates),
        consistent=m in candidates,
        difference=Fraction(m, 10**d) - percent,
        range=possible,
        reachable=_intersects(possible, unround(reported_pct, rounding, threshold)),
    )


# ---------------------------------------------------------------------------
# Parts of a base, answers of a form
# ---------------------------------------------------------------------------


def part_of_base(part: object, base: object) -> bool:
    """Can a count of a subset be ``part`` when the count of the whole is ``base``?

    The rule of both audits (the curated one of the bundled report and
    ``dangjian audit``): a part may equal its whole, never exceed it.

    Parameters
    ----------
    part, base : int, str, Fraction or Decimal
        Printed counts (strings are read exactly).

    Returns
    -------
    bool
        ``0 <= part <= base``.

    Examples
    --------
    >>> part_of_base(202, 310), part_of_base("310", "310"), part_of_base(311, 310)
    (True, True, False)
    """
    k, n = _to_fraction(part, "part"), _to_fraction(base, "base")
    return 0 <= k <= n


@dataclass(frozen=True)
class AnswersCheck:
    """Result of :func:`answers_vs_forms`.

    Attributes
    ----------
    answered, issued : int
        The answers added up, and the forms the question was asked on.
    gap : int
        ``issued - answered``: forms with no answer (negative: answers too many).
    verdict : str
        ``"consistent"`` (one answer per form), ``"consistent_if"`` (``gap``
        forms gave no answer: item non-response) or ``"inconsistent"`` (more
        answers than forms).
    """

    answered: int
    issued: int
    gap: int
    verdict: str


def _whole_count(value: object, name: str) -> int:
    """A count as printed or computed ("41", 41, Fraction(41)): a whole number of 0 or more."""
    if type(value) is int and value >= 0:  # the usual cases, without a Fraction
        return value
    if type(value) is str and value.isascii() and value.isdigit():
        return int(value)
    v = _to_fraction(value, name)
    if v.denominator != 1 or v < 0:
        raise ValueError(f"{name} must be whole numbers of 0 or more, got {value!r}")
    return int(v)


def answers_vs_forms(answers: Iterable[object], issued: object) -> AnswersCheck:
    """The answers of one single-answer question against the forms it was asked on.

    Item non-response is normal: fewer answers than forms is consistent on
    that assumption, and only more answers than forms breaks the reading of
    one answer per form.  The curated audit's ``row_sum_vs_forms``, the
    automatic audit's ``table_column_sum``, notebook 05's table and the
    exercises all use this rule.

    Parameters
    ----------
    answers : iterable of int or str
        The count of each answer category (whole numbers, 0 or more; "41" or 41).
    issued : int or str
        The forms issued (or returned) on which the question was asked.

    Raises
    ------
    TypeError, ValueError
        For one string instead of a list, or a count that is not a whole number of 0 or more.

    Returns
    -------
    AnswersCheck

    Examples
    --------
    >>> answers_vs_forms([53, 13, 2, 0], 68).verdict
    'consistent'
    >>> r = answers_vs_forms(["41", "14", "9", "0"], "68"); r.verdict, r.gap
    ('consistent_if', 4)
    >>> answers_vs_forms([44, 19, 6, 0], 68).verdict   # one answer too many
    'inconsistent'
    """
    if isinstance(answers, (str, bytes)):
        raise TypeError("answers must be the counts of the answer categories (a list), not one string")
    answered = sum((_whole_count(a, "answers") for a in answers), 0)
    forms = _whole_count(issued, "issued")
    gap = forms - answered
    verdict = "consistent" if gap == 0 else "consistent_if" if gap > 0 else "inconsistent"
    return AnswersCheck(answered, forms, gap, verdict)
