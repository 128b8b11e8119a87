"""Consistency checks for reported numbers: GRIM, GRIMMER, DEBIT, rounding, sums and ratios.

A Python counterpart of the R package scrutiny (Jung), written from the
mathematics with exact arithmetic. Reported numbers are taken as the strings
printed in the report, because "72.90" and "72.9" carry different
information: the number of decimals fixes the rounding interval.

Three layers, named like scrutiny's:

* scalar tests: :func:`grim`, :func:`grimmer` (mean and SD of integer
  data), :func:`debit` (mean and SD of binary data), :func:`percent_of`,
  :func:`sum_check`, :func:`ratio_of_rounded`;
* maps over a tidy frame: :func:`grim_map`, :func:`grimmer_map`,
  :func:`debit_map`, :func:`sum_map` (a new frame that keeps every column of
  the input and adds a ``consistency`` column);
* :func:`audit`, a one-row summary of any map result.

The rounding machinery underneath is public as well: :func:`reround` (exact
value -> printed string(s)), :func:`unround` (printed string -> interval of
exact values) and :func:`rounding_convention` (which rounding mode explains
a set of printed numbers).

Rounding modes (:data:`ROUNDING_MODES`)
---------------------------------------
All modes act on exact :class:`fractions.Fraction` values; binary floats are
never used for a verdict. Write ``t`` for the value times ``10**digits``.

``"up"``
    Half up, i.e. half away from zero: 2.25 -> 2.3, -2.25 -> -2.3.
``"down"``
    Half down, i.e. toward zero at the tie: 2.25 -> 2.2, -2.25 -> -2.2.
``"up_or_down"``
    Either at a tie (two strings); the charitable default.
``"even"``
    Half to even (banker's rounding), on exact decimals: 2.675 -> 2.68.
``"ceiling"``, ``"floor"``
    Toward plus / minus infinity.
``"trunc"``, ``"anti_trunc"``
    Toward / away from zero.
``"ceiling_or_floor"``
    Either of the two (two strings unless ``t`` is an integer).
``"up_from"``, ``"down_from"``
    scrutiny's ``round_up_from()`` and ``round_down_from()`` with
    ``threshold=k`` (1..9), applied to the magnitude ``|t|``:

    * ``up_from``: ``floor(|t| + (1 - k/10))``, i.e. up when the dropped
      part ``r`` is ``>= k/10``;
    * ``down_from``: ``ceiling(|t| - (1 - k/10))``, i.e. down when
      ``r <= 1 - k/10``. It is the mirror image of ``up_from``, as in
      scrutiny, whose signed functions have
      ``round_down_from(x) = -round_up_from(-x)``.

    With ``k=5`` they are ``"up"`` and ``"down"``. Worked example, 2.35 to
    one decimal (``t = 23.5``) with ``k=4``: ``up_from`` gives
    ``floor(23.5 + 0.6) = 24`` (2.4) and ``down_from`` gives
    ``ceiling(23.5 - 0.6) = ceiling(22.9) = 23`` (2.3); ``down_from`` with
    ``k=4`` rounds down up to ``r = 0.6`` (2.36 -> 2.3, 2.361 -> 2.4).
    (Versions of this module before issue 16 rounded ``down_from`` down for
    ``r <= k/10``, which is scrutiny's ``10 - k``; results with ``k != 5``
    from them differ.)
``"up_from_or_down_from"``
    Either of the two, as scrutiny's ``reround()`` returns both: two
    strings where they differ, i.e. for ``k/10 <= r <= 1 - k/10`` when
    ``k < 5`` (2.35 with ``k=4`` -> 2.4 or 2.3), for ``1 - k/10 < r < k/10``
    when ``k > 5``, and only at the tie ``r = 1/2`` when ``k = 5``.

Differences from scrutiny
-------------------------
* **Exact ties.** scrutiny computes in binary floating point and, to stop
  representation error from breaking ties, compares with a small tolerance
  (e.g. the ``tolerance = .Machine$double.eps^0.5`` argument of its
  ``grim()``, and a threshold nudged by the same amount in
  ``round_up_from()``). It is therefore more tolerant at and near exact
  ties. Here every value is an exact fraction: a tie is a tie only when it
  is exactly one, and a value a hair off a tie rounds as it should.
* **Percentages are bounded.** ``grim(x, n, percent=True)`` asks for an
  integer count ``k`` with ``0 <= k <= n``; scrutiny does not bound ``k``, so
  "101%" (or "100.5" with n=200, which needs k=201) is consistent there and
  inconsistent here.
* **Bounded sums.** ``grim(..., scale=(lo, hi))`` additionally bounds the
  integer sum of the responses; scrutiny has no such option.
* **Negative numbers.** ``"up"``, ``"down"``, ``"up_from"``, ``"down_from"``
  and ``"even"`` are symmetric about zero (they act on the magnitude).
  scrutiny's default ``symmetric = FALSE`` rounds negative ties of ``"up"``
  toward plus infinity (-2.5 -> -2).
* **Negative zero.** "-0.0" is read as zero and :func:`reround` never prints
  a minus sign before zero.
* **Scalar arguments in maps.** ``items``, ``percent`` and ``rounding`` of
  :func:`grim_map` (and of the other maps) are scalars for the whole frame,
  not column names.
* **unround(digits=) keeps the value.** ``unround("4.50", digits=1)`` is
  ``[4.45, 4.55]`` as in scrutiny, but a ``digits`` that would drop a
  nonzero digit (``unround("4.56", digits=1)``) is an error here: 4.56 is
  not a one-decimal number, and scrutiny's answer, 4.56 +- 0.05, is the
  interval of no rounding.
* **DEBIT needs a whole count.** :func:`debit` asks for an integer number of
  ones ``k`` whose mean ``k/n`` rounds to the reported mean; scrutiny's
  ``debit()`` takes the SD over the whole rounding interval of the mean, so
  a binary mean that fails GRIM can pass there.
* **Exact GRIMMER.** :func:`grimmer` is Allard's analytic test in exact
  arithmetic; scrutiny's ``grimmer()`` computes in floating point with a
  tolerance. With ``scale=(lo, hi)`` it is exact in the stronger sense too:
  consistent iff some ``n`` integers on the scale print as the reported
  mean and SD (scrutiny has no such option).

References
----------
.. [1] Brown, N. J. L., & Heathers, J. A. J. (2017). The GRIM test: A simple
   technique detects numerous anomalies in the reporting of results in
   psychology. *Social Psychological and Personality Science*, 8(4), 363-369.
   https://doi.org/10.1177/1948550616673876
.. [2] Jung, L. scrutiny: Error detection in science. R package.
   https://lhdjung.github.io/scrutiny/
.. [3] The report's head counts and shares, e.g. "有 202 人,占 65.16%" of 310
   respondents.
.. [4] Anaya, J. (2016). The GRIMMER test: A method for testing the validity
   of reported measures of variability. *PeerJ Preprints* 4:e2400v1.
   https://doi.org/10.7287/peerj.preprints.2400v1
.. [5] Allard, A. (2018). Analytic-GRIMMER: A new way of testing the
   possibility of standard deviations. Blog post (web).
.. [6] Heathers, J. A. J., & Brown, N. J. L. (2019). DEBIT: A simple
   consistency test for binary data. Preprint (OSF).
"""

from __future__ import annotations

import functools
import heapq
import math
import numbers
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, Inexact, localcontext, MAX_PREC
from fractions import Fraction

import pandas as pd

__all__ = [
    "ROUNDING_MODES",
    "Interval",
    "PercentCheck",
    "SumCheck",
    "RatioCheck",
    "reround",
    "unround",
    "grim",
    "grim_map",
    "grimmer",
    "grimmer_map",
    "debit",
    "debit_map",
    "percent_of",
    "sum_check",
    "sum_map",
    "rounding_convention",
    "ratio_of_rounded",
    "audit",
]

#: Names accepted by every ``rounding=`` argument of this module.
ROUNDING_MODES: tuple[str, ...] = (
    "up_or_down",
    "up",
    "down",
    "even",
    "ceiling",
    "floor",
    "trunc",
    "anti_trunc",
    "ceiling_or_floor",
    "up_from",
    "down_from",
    "up_from_or_down_from",
)

_MODE_SET = frozenset(ROUNDING_MODES)
# Modes whose tie point is one half.  The threshold modes (up_from,
# down_from and their union) have their own tie points, see _round_ratio.
_HALF_MODES = frozenset({"up", "down", "even", "up_or_down"})
# At a half tie, which side may the mode take?  "away" = larger magnitude.
_TIE_AWAY = frozenset({"up", "up_or_down"})
_TIE_TOWARD = frozenset({"down", "up_or_down"})

# A printed number: optional sign, digits, optional point followed by at
# least one digit.  ASCII digits only: full-width digits, thousands
# separators, "%" and exponents are the cleaning stage's business.
_REPORTED = re.compile(r"(?P<sign>[+-]?)(?P<int>[0-9]*)(?:\.(?P<frac>[0-9]+))?")


# ---------------------------------------------------------------------------
# Result types
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Interval:
    """An interval of exact values with open or closed ends.

    Attributes
    ----------
    lower, upper : fractions.Fraction
        The end points.
    incl_lower, incl_upper : bool
        Whether each end point belongs to the interval.

    Examples
    --------
    >>> from fractions import Fraction
    >>> iv = Interval(Fraction(1, 2), Fraction(3, 2), True, False)
    >>> str(iv)
    '[1/2, 3/2)'
    >>> Fraction(1, 2) in iv, Fraction(3, 2) in iv, "1.2" in iv
    (True, False, True)
    """

    lower: Fraction
    upper: Fraction
    incl_lower: bool
    incl_upper: bool

    def __contains__(self, value: object) -> bool:
        v = _to_fraction(value, "value")
        above = v > self.lower or (self.incl_lower and v == self.lower)
        below = v < self.upper or (self.incl_upper and v == self.upper)
        return above and below

    def __str__(self) -> str:
        left = "[" if self.incl_lower else "("
        right = "]" if self.incl_upper else ")"
        return f"{left}{self.lower}, {self.upper}{right}"


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
# Parsing and validation
# ---------------------------------------------------------------------------


def _parse_reported(x: object, name: str = "x") -> tuple[int, int]:
    """Read a printed number as ``(m, d)`` with value ``m / 10**d``."""
    if not isinstance(x, str):
        raise TypeError(
            f"{name} must be the number as printed, a str such as '5.10' "
            f"(a number would lose its trailing zeros); got {type(x).__name__} {x!r}"
        )
    match = _REPORTED.fullmatch(x.strip())
    if match is None or not (match["int"] or match["frac"]):
        raise ValueError(
            f"{name}={x!r} is not a plain decimal number such as '5.10', '-3' or '.5' "
            "(no '%', thousands separators, exponents or full-width digits)"
        )
    frac = match["frac"] or ""
    m = int((match["int"] or "0") + frac)
    if match["sign"] == "-":
        m = -m
    return m, len(frac)


def _check_rounding(rounding: object, threshold: object) -> None:
    if type(threshold) is int and 1 <= threshold <= 9 and type(rounding) is str and rounding in _MODE_SET:
        return  # the usual call, decided without the checks against abstract number types
    if rounding not in ROUNDING_MODES:
        raise ValueError(
            f"unknown rounding={rounding!r}; valid modes are: " + ", ".join(ROUNDING_MODES)
        )
    if (
        isinstance(threshold, bool)
        or not isinstance(threshold, numbers.Integral)
        or not 1 <= threshold <= 9
    ):
        raise ValueError(f"threshold must be an integer digit from 1 to 9, got {threshold!r}")


def _as_count(value: object, name: str, *, minimum: int | None = 1) -> int:
    """An integer ``>= minimum``; integral floats are accepted because pandas
    turns an integer column with a gap into float64 (28 -> 28.0)."""
    if type(value) is int:  # the usual case, before the slower abstract-type checks
        out = value
    elif isinstance(value, bool):
        raise TypeError(f"{name} must be an integer, got bool {value!r}")
    elif isinstance(value, numbers.Integral):
        out = int(value)
    elif isinstance(value, float) and value.is_integer():
        out = int(value)
    else:
        raise TypeError(f"{name} must be an integer, got {type(value).__name__} {value!r}")
    if minimum is not None and out < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {out}")
    return out


def _to_fraction(value: object, name: str) -> Fraction:
    """Exact value of a Fraction, int, Decimal, str ('2.25', '7/3') or float.

    Floats go through ``Decimal(str(value))``, i.e. the shortest decimal that
    prints as the float (0.1 -> 1/10, not the binary 3602879701896397/2**55).
    """
    if type(value) is Fraction:  # the usual case, before the slower abstract-type checks
        return value
    if type(value) is int:
        return Fraction(value)
    if isinstance(value, bool):
        raise TypeError(f"{name} must be a number, got bool {value!r}")
    if isinstance(value, Fraction):
        return value
    if isinstance(value, numbers.Integral):
        return Fraction(int(value))
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{name} must be finite, got {value!r}")
        return Fraction(Decimal(str(value)))
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{name} must be finite, got {value!r}")
        return Fraction(value)
    if isinstance(value, str):
        try:
            return Fraction(value.strip())
        except (ValueError, ZeroDivisionError):
            raise ValueError(
                f"{name}={value!r} is not an exact number such as '2.25' or '7/3'"
            ) from None
    raise TypeError(
        f"{name} must be a Fraction, Decimal, int, float or str, got {type(value).__name__}"
    )


def _to_decimal(value: object, name: str) -> Decimal:
    """Exact Decimal of a printed string or a number (float via ``str``)."""
    if isinstance(value, str):
        m, d = _parse_reported(value, name)
        return Decimal(f"{m}E{-d}")
    if isinstance(value, bool):
        raise TypeError(f"{name} must be a number, got bool {value!r}")
    if isinstance(value, numbers.Integral):
        return Decimal(int(value))
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{name} must be finite, got {value!r}")
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{name} must be finite, got {value!r}")
        return Decimal(str(value))
    raise TypeError(f"{name} must be a str, int, Decimal or float, got {type(value).__name__}")


# ---------------------------------------------------------------------------
# Rounding core (on the scaled value t = value * 10**digits)
# ---------------------------------------------------------------------------


def _round_scaled(t: Fraction, rounding: str, threshold: int) -> tuple[int, ...]:
    """Integer(s) that ``rounding`` makes of ``t``, deduplicated, in order.

    Works on the numerator and denominator as integers: the audit of a corpus
    calls this for every percentage, and ``Fraction`` arithmetic costs about
    ten times as much.  ``rest = r / d`` is compared with the tie point
    (1/2, or ``threshold``/10 resp. ``1 - threshold/10``) by
    cross-multiplying.
    """
    if not isinstance(t, Fraction):
        t = Fraction(t)
    return _round_ratio(t.numerator, t.denominator, rounding, threshold)


def _round_ratio(n: int, d: int, rounding: str, threshold: int) -> tuple[int, ...]:
    """:func:`_round_scaled` of ``t = n / d`` (``d > 0``, not necessarily in
    lowest terms), without building a ``Fraction``."""
    if rounding == "ceiling":
        return (-(-n // d),)
    if rounding == "floor":
        return (n // d,)
    if rounding == "ceiling_or_floor":
        return tuple(dict.fromkeys((-(-n // d), n // d)))
    sign = -1 if n < 0 else 1
    whole, r = divmod(abs(n), d)
    toward, away = sign * whole, sign * (whole + 1)
    if rounding == "trunc":
        return (toward,)
    if rounding == "anti_trunc":
        return (away,) if r else (toward,)
    if rounding in _HALF_MODES:
        rest = 2 * r
        if rest > d:
            return (away,)
        if rest < d:
            return (toward,)
        if rounding == "even":
            return (toward,) if whole % 2 == 0 else (away,)
        out = []
        if rounding in _TIE_AWAY:
            out.append(away)
        if rounding in _TIE_TOWARD:
            out.append(toward)
        return tuple(out)
    # scrutiny's definitions on the magnitude |t| = whole + r/d, k = threshold:
    #   round_up_from:   floor(|t| + (1 - k/10))   -> away iff r/d >= k/10
    #   round_down_from: ceiling(|t| - (1 - k/10)) -> away iff r/d >  1 - k/10
    # (for r = 0 both give whole: the ceiling of whole - (1 - k/10) is whole).
    up_goes_away = 10 * r >= threshold * d
    down_goes_away = 10 * r > (10 - threshold) * d
    if rounding == "up_from":
        return (away,) if up_goes_away else (toward,)
    if rounding == "down_from":
        return (away,) if down_goes_away else (toward,)
    # up_from_or_down_from: the union, the larger magnitude first.
    if up_goes_away == down_goes_away:
        return (away,) if up_goes_away else (toward,)
    return (away, toward)


def _preimage_scaled(m: int, rounding: str, threshold: int) -> Interval:
    """Interval of ``t`` for which ``m in _round_scaled(t, ...)``."""
    if rounding == "ceiling":
        return Interval(Fraction(m - 1), Fraction(m), False, True)
    if rounding == "floor":
        return Interval(Fraction(m), Fraction(m + 1), True, False)
    if rounding == "ceiling_or_floor":
        # t = m + 1 is an integer: ceiling and floor both give m + 1, not m.
        return Interval(Fraction(m - 1), Fraction(m + 1), False, False)
    if rounding == "trunc":
        if m > 0:
            return Interval(Fraction(m), Fraction(m + 1), True, False)
        if m < 0:
            return Interval(Fraction(m - 1), Fraction(m), False, True)
        return Interval(Fraction(-1), Fraction(1), False, False)
    if rounding == "anti_trunc":
        if m > 0:
            return Interval(Fraction(m - 1), Fraction(m), False, True)
        if m < 0:
            return Interval(Fraction(m), Fraction(m + 1), True, False)
        return Interval(Fraction(0), Fraction(0), True, True)
    if rounding == "up_from_or_down_from":
        # Both intervals hold m itself, so their union is one interval.
        return _union(
            _preimage_scaled(m, "up_from", threshold),
            _preimage_scaled(m, "down_from", threshold),
        )
    # A magnitude goes away from zero when the dropped part passes the tie
    # point c: 1/2, k/10 for up_from, 1 - k/10 for down_from (see
    # _round_ratio). Magnitude M is printed for |t| in (M - 1 + c, M + c)
    # (for M = 0: [0, c)); each end point is a tie, included if the mode
    # resolves that tie in favour of M.
    big = abs(m)
    if rounding == "up_from":
        c, incl_low, incl_high = Fraction(threshold, 10), True, False
    elif rounding == "down_from":
        c, incl_low, incl_high = Fraction(10 - threshold, 10), False, True
    else:
        even = big % 2 == 0
        c = Fraction(1, 2)
        # Lower tie lies between M - 1 and M: M is the "away" side there.
        incl_low = rounding in _TIE_AWAY or (rounding == "even" and even)
        # Upper tie lies between M and M + 1: M is the "toward" side there.
        incl_high = rounding in _TIE_TOWARD or (rounding == "even" and even)
    if big == 0:
        return Interval(-c, c, incl_high, incl_high)
    low, high = big - 1 + c, big + c
    if m > 0:
        return Interval(low, high, incl_low, incl_high)
    return Interval(-high, -low, incl_high, incl_low)


def _union(a: Interval, b: Interval) -> Interval:
    """Union of two overlapping intervals."""
    if a.lower != b.lower:
        lo, incl_lo = min((a.lower, a.incl_lower), (b.lower, b.incl_lower), key=lambda e: e[0])
    else:
        lo, incl_lo = a.lower, a.incl_lower or b.incl_lower
    if a.upper != b.upper:
        hi, incl_hi = max((a.upper, a.incl_upper), (b.upper, b.incl_upper), key=lambda e: e[0])
    else:
        hi, incl_hi = a.upper, a.incl_upper or b.incl_upper
    return Interval(lo, hi, incl_lo, incl_hi)


def _format_scaled(m: int, digits: int) -> str:
    """Print ``m / 10**digits`` with exactly ``digits`` decimals."""
    body = str(abs(m)).rjust(digits + 1, "0")
    if digits:
        body = body[:-digits] + "." + body[-digits:]
    return ("-" if m < 0 else "") + body


def _scale(iv: Interval, factor: Fraction) -> Interval:
    """``iv * factor`` for a positive factor."""
    return Interval(iv.lower * factor, iv.upper * factor, iv.incl_lower, iv.incl_upper)


def _intersects(a: Interval, b: Interval) -> bool:
    if a.lower != b.lower:
        lo, incl_lo = max((a.lower, a.incl_lower), (b.lower, b.incl_lower))
    else:
        lo, incl_lo = a.lower, a.incl_lower and b.incl_lower
    if a.upper != b.upper:
        hi, incl_hi = min((a.upper, a.incl_upper), (b.upper, b.incl_upper))
    else:
        hi, incl_hi = a.upper, a.incl_upper and b.incl_upper
    return lo < hi or (lo == hi and incl_lo and incl_hi)


def _integer_bounds(iv: Interval) -> tuple[int, int]:
    """Smallest and largest integer in ``iv`` (first > last if there is none)."""
    first = math.ceil(iv.lower) if iv.incl_lower else math.floor(iv.lower) + 1
    last = math.floor(iv.upper) if iv.incl_upper else math.ceil(iv.upper) - 1
    return first, last


def _has_integer(iv: Interval, low: int | None = None, high: int | None = None) -> bool:
    """Whether an integer lies in ``iv`` (and in ``[low, high]`` if given)."""
    first, last = _integer_bounds(iv)
    if low is not None:
        first = max(first, low)
    if high is not None:
        last = min(last, high)
    return first <= last


# ---------------------------------------------------------------------------
# Public rounding functions
# ---------------------------------------------------------------------------


def reround(
    value: Fraction | Decimal | int | float | str,
    digits: int,
    rounding: str = "up_or_down",
    threshold: int = 5,
) -> tuple[str, ...]:
    """Print an exact value the way a rounding mode would.

    Parameters
    ----------
    value : Fraction, Decimal, int, str or float
        The exact value. A str may be a decimal ("2.25") or a ratio ("283/3").
        A float is converted through ``Decimal(str(value))``, i.e. read as the
        shortest decimal that prints as that float (2.675 -> 2.675 exactly).
    digits : int
        Number of decimals to print (>= 0).
    rounding : str, default "up_or_down"
        One of :data:`ROUNDING_MODES`.
    threshold : int, default 5
        Digit 1..9 used by ``"up_from"``, ``"down_from"`` and
        ``"up_from_or_down_from"``; ignored by the other modes.

    Returns
    -------
    tuple of str
        The printed string(s), each with exactly ``digits`` decimals (trailing
        zeros kept, no "-" before zero). Two strings for ``"up_or_down"`` at a
        tie, for ``"up_from_or_down_from"`` where its two modes differ (the
        larger magnitude first) and for ``"ceiling_or_floor"`` at a
        non-representable value (the ceiling first); otherwise one.

    Notes
    -----
    With ``t = value * 10**digits``, ``i = floor(|t|)`` and ``r = |t| - i``:
    the half modes give the magnitude ``i + 1`` if ``r > 1/2``, ``i`` if
    ``r < 1/2``, and decide at ``r = 1/2``. With ``k = threshold``,
    ``"up_from"`` gives ``floor(|t| + 1 - k/10)`` (``i + 1`` iff
    ``r >= k/10``) and ``"down_from"`` ``ceiling(|t| - (1 - k/10))``
    (``i`` iff ``r <= 1 - k/10``), scrutiny's ``round_up_from()`` and
    ``round_down_from()`` on the magnitude.

    Examples
    --------
    >>> reround("2.25", 1, "up"), reround("2.25", 1, "even")
    (('2.3',), ('2.2',))
    >>> reround("2.25", 1)  # up_or_down: both sides of the tie
    ('2.3', '2.2')
    >>> reround("-2.25", 1, "up")  # half away from zero
    ('-2.3',)
    >>> reround("283/3", 2, "floor")
    ('94.33',)
    >>> reround(2.675, 2, "even")  # the float is read as the decimal 2.675
    ('2.68',)
    >>> reround("2.34", 1, "up_from", threshold=4)
    ('2.4',)

    ``down_from`` with threshold 4 rounds down while the dropped part is at
    most 0.6: ``ceiling(23.6 - 0.6) = 23``, ``ceiling(23.61 - 0.6) = 24``.

    >>> reround("2.36", 1, "down_from", threshold=4), reround("2.361", 1, "down_from", threshold=4)
    (('2.3',), ('2.4',))
    >>> reround("2.35", 1, "up_from_or_down_from", threshold=4)  # 24 or 23
    ('2.4', '2.3')
    >>> reround(5, 2)
    ('5.00',)
    """
    _check_rounding(rounding, threshold)
    digits = _as_count(digits, "digits", minimum=0)
    t = _to_fraction(value, "value")
    return tuple(_format_scaled(m, digits) for m in _round_ratio(t.numerator * 10**digits, t.denominator, rounding, threshold))


def unround(
    x: str,
    rounding: str = "up_or_down",
    threshold: int = 5,
    *,
    digits: int | None = None,
) -> Interval:
    """Interval of exact values that a rounding mode prints as ``x``.

    Parameters
    ----------
    x : str
        The printed number; its decimals (trailing zeros included) fix the
        rounding unit ``10**-d``.
    rounding : str, default "up_or_down"
        One of :data:`ROUNDING_MODES`.
    threshold : int, default 5
        Digit 1..9 for the ``*_from`` modes.
    digits : int, optional
        Number of decimals ``d`` to use instead of the string's own, as in
        scrutiny's ``unround(x, digits = )``: ``"4.50"`` with ``digits=1``
        is read as 4.5 rounded to one decimal. ``x`` must be a multiple of
        ``10**-digits`` (``"4.56"`` with ``digits=1`` is an error).

    Returns
    -------
    Interval
        ``lower``, ``upper`` (Fractions), ``incl_lower``, ``incl_upper``.
        Exactly the values ``v`` with ``x in reround(v, d, rounding)``
        (``x`` printed with ``d`` decimals).

    Raises
    ------
    ValueError
        If ``x`` is not a plain decimal, the mode or threshold is unknown,
        or ``digits`` would drop a nonzero digit of ``x``.

    Notes
    -----
    With unit ``q = 10**-d``: ``"up_or_down"`` gives ``[x - q/2, x + q/2]``;
    ``"up"`` gives ``[x - q/2, x + q/2)`` for ``x > 0`` (mirrored below zero);
    ``"even"`` closes both ends when the last digit is even, opens both when
    it is odd; ``"floor"`` gives ``[x, x + q)``; ``"ceiling_or_floor"`` gives
    ``(x - q, x + q)``; ``"trunc"`` gives ``[x, x + q)`` for ``x > 0`` and
    ``(-q, q)`` for zero; ``"anti_trunc"`` gives ``(x - q, x]`` for ``x > 0``
    and ``[0, 0]`` for zero. With ``k = threshold``, ``"up_from"`` gives
    ``[x - (1 - k/10) q, x + (k/10) q)``, ``"down_from"``
    ``(x - (k/10) q, x + (1 - k/10) q]`` and ``"up_from_or_down_from"``
    their union (all for ``x > 0``, mirrored below zero).

    Examples
    --------
    >>> print(unround("5.18"))  # 5.175 to 5.185, both ends included
    [207/40, 1037/200]
    >>> print(unround("5.18", "up"))
    [207/40, 1037/200)
    >>> print(unround("2.2", "even"))  # last digit even: both ties included
    [43/20, 9/4]
    >>> print(unround("2.3", "even"))  # odd: both ties go elsewhere
    (9/4, 47/20)
    >>> unround("-0.0", "trunc") == unround("0.0", "trunc")
    True

    Threshold 4, unit 0.1: ``up_from`` prints 2.2 from 2.14 (dropped part
    0.4 goes up) to below 2.24; ``down_from`` from above 2.16 to 2.26
    (dropped part 0.6 goes down).

    >>> print(unround("2.2", "up_from", 4))  # [2.14, 2.24)
    [107/50, 56/25)
    >>> print(unround("2.2", "down_from", 4))  # (2.16, 2.26]
    (54/25, 113/50]

    An explicit number of decimals, as scrutiny's ``digits``:

    >>> print(unround("4.50", digits=1))  # 4.45 to 4.55
    [89/20, 91/20]
    """
    _check_rounding(rounding, threshold)
    m, d = _parse_reported(x, "x")
    if digits is not None:
        digits = _as_count(digits, "digits", minimum=0)
        if digits >= d:
            m *= 10 ** (digits - d)
        elif m % 10 ** (d - digits):
            raise ValueError(
                f"x={x!r} has more than digits={digits} decimals that are not zero; "
                "it cannot be a number rounded to that many decimals"
            )
        else:
            m //= 10 ** (d - digits)
        d = digits
    return _scale(_preimage_scaled(m, rounding, threshold), Fraction(1, 10**d))


# ---------------------------------------------------------------------------
# GRIM
# ---------------------------------------------------------------------------


def grim(
    x: str,
    n: int,
    *,
    items: int = 1,
    percent: bool = False,
    rounding: str = "up_or_down",
    threshold: int = 5,
    scale: tuple[int, int] | None = None,
) -> bool:
    """GRIM test: can a mean (or percentage) of integer data print as ``x``?

    Parameters
    ----------
    x : str
        The reported mean or percentage, as printed ("5.10" has 2 decimals).
    n : int
        Sample size (>= 1).
    items : int, default 1
        Number of integer items averaged per respondent (means only).
    percent : bool, default False
        If True, ``x`` is a percentage of ``n`` (e.g. "65.16" for 65.16%).
    rounding : str, default "up_or_down"
        One of :data:`ROUNDING_MODES`.
    threshold : int, default 5
        Digit 1..9 for the ``*_from`` modes.
    scale : (int, int), optional
        Lowest and highest possible integer response (means only). Bounds
        the sum ``S`` to ``[lo * n * items, hi * n * items]``.

    Returns
    -------
    bool
        True if consistent.

    Notes
    -----
    With ``U(x)`` the :func:`unround` interval and ``N = n * items``: a mean
    is consistent iff some integer ``S`` has ``S / N`` in ``U(x)`` (and in
    the ``scale`` bounds); a percentage iff some integer ``0 <= k <= n`` has
    ``100 * k / n`` in ``U(x)``. The first candidate is ``ceil(N * lower)``
    (``floor(N * lower) + 1`` for an open end), the last ``floor(N * upper)``
    (``ceil(N * upper) - 1``); consistent iff first <= last. No search, no
    floats.

    Unlike scrutiny the percentage count is bounded to ``0..n`` and ties are
    exact (see the module docstring).

    References
    ----------
    Brown & Heathers (2017), *Social Psychological and Personality Science*
    8(4); scrutiny's ``grim()``.

    Examples
    --------
    A mean of 5.19 from 28 integers: 145/28 = 5.1786 and 146/28 = 5.2143, so
    5.19 is impossible while 5.18 is fine.

    >>> grim("5.19", 28), grim("5.18", 28)
    (False, True)

    An exact tie: 211/40 = 5.275 prints as 5.27 only if rounded down.

    >>> grim("5.27", 40), grim("5.27", 40, rounding="up")
    (True, False)

    The report's "有 202 人,占 65.16%" of 310: 100 * 202 / 310 = 65.1613.

    >>> grim("65.16", 310, percent=True)
    True
    >>> grim("100.5", 200, percent=True)  # would need 201 of 200
    False
    >>> grim("7.1", 10, scale=(1, 7))  # sum 71 > 7 * 10
    False
    """
    interval = unround(x, rounding, threshold)
    n = _as_count(n, "n")
    items = _as_count(items, "items")
    if percent:
        if items != 1:
            raise ValueError("items must be 1 when percent=True (a share of n respondents)")
        if scale is not None:
            raise ValueError("scale applies to means; leave it None when percent=True")
        return _has_integer(_scale(interval, Fraction(n, 100)), 0, n)
    total = n * items
    low = high = None
    if scale is not None:
        lo, hi = _scale_pair(scale)
        low, high = lo * total, hi * total
    return _has_integer(_scale(interval, Fraction(total)), low, high)


def _grim_probability(x: str, n: int, items: int, percent: bool) -> float:
    """Share of d-decimal values in a unit interval that are inconsistent."""
    _, d = _parse_reported(x, "x")
    granules = Fraction(n * items, 10**d)
    if percent:
        granules /= 100
    return float(max(Fraction(0), 1 - granules))


def grim_map(
    data: pd.DataFrame,
    *,
    x: str = "x",
    n: str = "n",
    items: int = 1,
    percent: bool = False,
    rounding: str = "up_or_down",
    threshold: int = 5,
    scale: tuple[int, int] | None = None,
) -> pd.DataFrame:
    """GRIM-test every row of a frame.

    Parameters
    ----------
    data : pandas.DataFrame
        One row per reported value. Not modified.
    x : str, default "x"
        Column of reported values as printed strings.
    n : str, default "n"
        Column of sample sizes (integers; integral floats accepted).
    items, percent, rounding, threshold, scale
        As in :func:`grim`; scalars applied to every row (not column names).

    Returns
    -------
    pandas.DataFrame
        A copy of ``data`` with two columns added:

        ``consistency`` : bool
            :func:`grim` verdict.
        ``probability`` : float
            Share of the ``10**d`` possible ``d``-decimal values of one unit
            interval that would be inconsistent for this ``n``:
            ``max(0, 1 - n * items / 10**d)`` for means,
            ``max(0, 1 - n / 10**(d + 2))`` for percentages (granularity
            ``100/n`` against ``10**-d``). Zero when the test cannot fail.

    Raises
    ------
    ValueError
        If a column is missing, ``data`` already has a ``consistency`` or
        ``probability`` column, or a row is invalid (the row label is named).

    See Also
    --------
    grim, audit

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"item": ["a", "b", "c"], "x": ["5.19", "5.18", "65.16"],
    ...                    "n": [28, 28, 310]})
    >>> grim_map(df.iloc[:2])
      item     x   n  consistency  probability
    0    a  5.19  28        False         0.72
    1    b  5.18  28         True         0.72
    >>> grim_map(df.iloc[2:], percent=True)
      item      x    n  consistency  probability
    2    c  65.16  310         True        0.969
    """
    _check_rounding(rounding, threshold)
    for column in (x, n):
        if column not in data.columns:
            raise ValueError(f"column {column!r} not found in data")
    for added in ("consistency", "probability"):
        if added in data.columns:
            raise ValueError(f"data already has a {added!r} column; drop or rename it first")
    verdicts, probabilities = [], []
    for label, value, size in zip(data.index, data[x], data[n]):
        try:
            verdicts.append(
                grim(
                    value,
                    size,
                    items=items,
                    percent=percent,
                    rounding=rounding,
                    threshold=threshold,
                    scale=scale,
                )
            )
            probabilities.append(_grim_probability(value, _as_count(size, "n"), items, percent))
        except (TypeError, ValueError) as error:
            raise type(error)(f"row {label!r}: {error}") from error
    out = data.copy()
    out["consistency"] = pd.Series(verdicts, index=data.index, dtype=bool)
    out["probability"] = pd.Series(probabilities, index=data.index, dtype="float64")
    return out


# ---------------------------------------------------------------------------
# GRIMMER and DEBIT: a mean and a standard deviation together
# ---------------------------------------------------------------------------

def _sd_interval(sd: str, rounding: str, threshold: int) -> Interval:
    """Interval of true SDs that print as ``sd``, cut at zero."""
    m, d = _parse_reported(sd, "sd")
    if m < 0:
        raise ValueError(f"sd={sd!r} is negative; a standard deviation is >= 0")
    interval = _scale(_preimage_scaled(m, rounding, threshold), Fraction(1, 10**d))
    if interval.lower < 0:
        # A printed zero such as "0.00" stands for SDs from 0 (attained by a
        # constant sample) up to its upper end.
        interval = Interval(Fraction(0), interval.upper, True, interval.incl_upper)
    return interval


def _squared(iv: Interval, factor: int = 1) -> Interval:
    """``factor * v**2`` for ``v`` in a non-negative interval (monotone)."""
    return Interval(factor * iv.lower**2, factor * iv.upper**2, iv.incl_lower, iv.incl_upper)


def _scale_pair(scale: object) -> tuple[int, int]:
    """``scale`` as a validated pair of integers ``lo <= hi``."""
    try:
        lo, hi = scale
    except (TypeError, ValueError):
        raise ValueError(f"scale must be a pair (lo, hi), got {scale!r}") from None
    lo = _as_count(lo, "scale[0]", minimum=None)
    hi = _as_count(hi, "scale[1]", minimum=None)
    if lo > hi:
        raise ValueError(f"scale must have lo <= hi, got {scale!r}")
    return lo, hi


# The printed strings of a corpus (and of a grid of cases) repeat, and their
# intervals cost more than the rest of a GRIMMER verdict: keep them as
# integer numerators and denominators.
@functools.lru_cache(maxsize=4096)
def _mean_ends(x: str, rounding: str, threshold: int) -> tuple[int, int, bool, int, int, bool]:
    """``unround(x)`` as ``(p, q, closed, r, s, closed)`` for ``[p/q, r/s]``."""
    iv = unround(x, rounding, threshold)
    return (
        iv.lower.numerator, iv.lower.denominator, iv.incl_lower,
        iv.upper.numerator, iv.upper.denominator, iv.incl_upper,
    )


@functools.lru_cache(maxsize=4096)
def _sd_square_ends(sd: str, rounding: str, threshold: int) -> tuple[int, int, bool, int, int, bool]:
    """``[L**2, U**2]`` of :func:`_sd_interval` as ``(p, q, closed, r, s, closed)``."""
    iv = _sd_interval(sd, rounding, threshold)
    return (
        iv.lower.numerator**2, iv.lower.denominator**2, iv.incl_lower,
        iv.upper.numerator**2, iv.upper.denominator**2, iv.incl_upper,
    )


class _NearMax:
    """What a sample can do near its largest sum of squares, for one ``w``.

    A sample of ``n`` integers in ``[0, w]`` with sum ``t`` is ``c_w``
    values ``w``, ``c_0`` zeros and a multiset ``P`` of values strictly
    inside, with ``Q = w t - D(P)``, ``D(P) = sum(p * (w - p))``. The
    tables below hold the ``D`` that multisets ``P`` attain (bit ``D`` of a
    Python int, or the least ``D`` of a class), for ``D < (w**3 - w) / 6``
    only. They do not depend on ``n`` or ``t``, are built lazily and kept
    per ``w`` (see :func:`_near_max`).
    """

    def __init__(self, w: int) -> None:
        self.w = w
        self.mask = (1 << (w**3 - w) // 6) - 1
        self.costs = [(p, p * (w - p)) for p in range(1, w)]
        # by_sum[s]: D of the multisets with sum s (of any size);
        # below[s]: union of by_sum[s], by_sum[s - w], by_sum[s - 2w], ...
        self.by_sum = [1]
        self.below = [1]
        # layers[k][s]: D of the multisets of size k and sum s.
        self.layers = [{0: 1}]
        self._least: list[int | None] | None = None

    def below_sum(self, s: int) -> int:
        """D of the multisets with sum at most ``s`` and ``= s`` modulo ``w``."""
        by_sum, below, w, mask = self.by_sum, self.below, self.w, self.mask
        for t in range(len(by_sum), s + 1):
            bits = 0
            for p, f in self.costs:
                if p > t:
                    break
                bits |= by_sum[t - p] << f
            bits &= mask
            by_sum.append(bits)
            below.append(bits | below[t - w] if t >= w else bits)
        return below[s]

    def layer(self, k: int) -> dict[int, int]:
        """``{s: D of the multisets of size k and sum s}``."""
        layers, mask = self.layers, self.mask
        while len(layers) <= k:
            grown: dict[int, int] = {}
            for s, bits in layers[-1].items():
                for p, f in self.costs:
                    shifted = (bits << f) & mask
                    if shifted:
                        grown[s + p] = grown.get(s + p, 0) | shifted
            layers.append(grown)
        return layers[k]

    def unbounded(self, d: int, r: int) -> bool:
        """Whether some multiset with sum ``= r`` (mod ``w``) has ``D = d``.

        Adding the pair ``{1, w - 1}`` keeps the sum modulo ``w`` and adds
        ``g = 2 (w - 1)`` to ``D``; so the attained ``D`` of each class
        modulo ``g`` are all values from the class's least one up, and the
        least ones (a shortest-path search over the ``w * g`` classes,
        Dijkstra's) decide.
        """
        w = self.w
        g = 2 * (w - 1)
        if self._least is None:
            least: list[int | None] = [None] * (w * g)
            least[0] = 0
            heap = [(0, 0)]
            while heap:
                dist, state = heapq.heappop(heap)
                if dist != least[state]:
                    continue
                rest, cls = divmod(state, g)
                for p, f in self.costs:
                    nxt = (rest + p) % w * g + (cls + f) % g
                    if least[nxt] is None or dist + f < least[nxt]:
                        least[nxt] = dist + f
                        heapq.heappush(heap, (dist + f, nxt))
            self._least = least
        m = self._least[r % w * g + d % g]
        return m is not None and m <= d


@functools.lru_cache(maxsize=64)
def _near_max(w: int) -> _NearMax:
    return _NearMax(w)


def _bounded_sample(n: int, w: int, t: int, q_low: int, q_high: int) -> bool:
    """Whether ``n`` integers in ``[0, w]`` with sum ``t`` can have a sum of
    squares in ``[q_low, q_high]`` (exact; the proof is in :func:`grimmer`)."""
    if not 0 <= t <= n * w:
        return False
    whole, extra = divmod(t, n)
    q_min = n * whole * whole + extra * (2 * whole + 1)  # values as equal as possible
    tops, rest = divmod(t, w) if w else (0, 0)
    q_max = tops * w * w + rest * rest  # as many values w as possible
    low = max(q_low, q_min)
    low += (low - t) % 2  # z**2 = z (mod 2)
    high = min(q_high, q_max)
    if low > high:
        return False
    if low <= w * t - (w**3 - w) // 6:
        return True  # every Q of the parity of t from q_min up to there
    # Near the maximum: Q = w t - D(P) with D(P) < (w**3 - w) / 6, where P
    # (sum s, size k) must leave room for the values w, (t - s) / w of
    # them, and the zeros: s = t (mod w), s <= t and u = w k - s <= w n - t.
    d_low, d_high = w * t - high, w * t - low
    near = _near_max(w)
    room = min(t, n * w - t)
    # s <= D(P) and u <= D(P): up to D = room the limits cannot bind.
    top = min(d_high, room)
    for d in range(top, max(d_low, top - 2 * (w - 1) + 1) - 1, -1):
        if near.unbounded(d, t):
            return True
    if d_high <= room:
        return False
    # Above the room, look for a sample built from one with D(P') below the
    # room left, plus i blocks of w ones (each adding w to s, w (w - 1) to u
    # and to D) and j pairs {h, w - h} (adding w to s and u, 2 h (w - h) to
    # D), after z -> w - z if that makes t the smaller room (it keeps D and
    # swaps s with u, t with w n - t). A match is a sample; no match proves
    # nothing, and the tables below decide. Small w skip this: their tables
    # cost less than the search.
    t = min(t, n * w - t)
    spare = n * w - t
    h = w // 2
    pair, block = 2 * h * (w - h), w * (w - 1)
    if w > 20:
        for d in range(d_high, max(d_low, room + 1, d_high - 2 * (w - 1) - 1) - 1, -1):
            for i in range(min(d // block, t // w, spare // block) + 1):
                rest, most = d - i * block, min(t - i * w, spare - i * block)
                first = max(0, -(-(rest - most) // (pair - w)))
                for j in range(first, min(rest // pair, first + w) + 1):
                    if near.unbounded(rest - j * pair, t):
                        return True
    window = (1 << (d_high - d_low + 1)) - 1
    if d_high <= spare:
        # u cannot bind; the inside values must sum to at most t.
        return (near.below_sum(t) >> d_low) & window != 0
    for k in range(min(n, d_high // (w - 1)) + 1):
        for s, bits in near.layer(k).items():
            if s <= t and (t - s) % w == 0 and k + (t - s) // w <= n and (bits >> d_low) & window:
                return True
    return False


def _grimmer_reason(
    x: str,
    sd: str,
    n: object,
    items: object,
    rounding: str,
    threshold: int,
    scale: object = None,
) -> str:
    """The first failing GRIMMER step ("grim", "sd_range", "parity",
    "scale"), or ""."""
    _check_rounding(rounding, threshold)
    # Cached ends for printed strings; anything else goes to the uncached
    # functions, which raise the errors.
    mean_ends = _mean_ends if type(x) is str else _mean_ends.__wrapped__
    sd_ends = _sd_square_ends if type(sd) is str else _sd_square_ends.__wrapped__
    mp, mq, m_closed_low, mr, ms, m_closed_high = mean_ends(x, rounding, threshold)
    lp, lq, closed_low, up, uq, closed_high = sd_ends(sd, rounding, threshold)
    n = _as_count(n, "n", minimum=2)
    items = _as_count(items, "items")
    bounds = None if scale is None else _scale_pair(scale)
    total = n * items
    # GRIM: the integer sums S with S / total in [mp/mq, mr/ms].
    first = -(-total * mp // mq) if m_closed_low else total * mp // mq + 1
    last = total * mr // ms if m_closed_high else -(-total * mr // ms) - 1
    if first > last:
        return "grim"
    # Q - S**2 / n = (n - 1) * var(y), and var(y) = items**2 * var(score):
    # Q lies in S**2 / n + [a/b, c/e], [a/b, c/e] = factor * [L**2, U**2].
    factor = (n - 1) * items * items
    a, b, c, e = factor * lp, lq, factor * up, uq

    def q_range(s: int) -> tuple[int, int]:
        # The ends S**2/n + a/b are compared as integers (S**2 b + a n) / (n b).
        low, high = s * s * b + a * n, s * s * e + c * n
        q_first = -(-low // (n * b)) if closed_low else low // (n * b) + 1
        q_last = high // (n * e) if closed_high else -(-high // (n * e)) - 1
        return q_first, q_last

    # width = c/e - a/b; above 2 (or 2 with a closed end) every shifted copy
    # holds two consecutive integers, one of each parity.
    width_num, width_den = c * b - a * e, 2 * b * e
    if width_num > width_den or (width_num == width_den and (closed_low or closed_high)):
        reason = ""
    else:
        # S -> S + n shifts the Q interval by the integer 2S + n and keeps
        # the parity of Q - S, so n consecutive sums decide for all of them.
        reason = "sd_range"
        for s in range(first, min(last, first + n - 1) + 1):
            q_first, q_last = q_range(s)
            if q_first > q_last:
                continue
            if q_last > q_first or (q_first - s) % 2 == 0:
                reason = ""
                break
            reason = "parity"
    if reason or bounds is None:
        return reason
    # The scale: n integers y in [lo_y, lo_y + w], z = y - lo_y in [0, w],
    # sum t = S - n lo_y and sum of squares Q - n lo_y**2 - 2 lo_y t.
    lo_y, hi_y = items * bounds[0], items * bounds[1]
    w = hi_y - lo_y
    for s in range(max(first, n * lo_y), min(last, n * hi_y) + 1):
        q_first, q_last = q_range(s)
        if q_first > q_last:
            continue
        t = s - n * lo_y
        shift = n * lo_y * lo_y + 2 * lo_y * t
        if _bounded_sample(n, w, t, q_first - shift, q_last - shift):
            return ""
    return "scale"


def _debit_reason(x: str, sd: str, n: object, rounding: str, threshold: int) -> str:
    """The first failing DEBIT step ("grim", "sd_range"), or ""."""
    _check_rounding(rounding, threshold)
    mean_iv = unround(x, rounding, threshold)
    sd_iv = _sd_interval(sd, rounding, threshold)
    n = _as_count(n, "n", minimum=2)
    first, last = _integer_bounds(_scale(mean_iv, Fraction(n)))
    first, last = max(first, 0), min(last, n)
    if first > last:
        return "grim"
    # k (n - k) / (n (n - 1)) against the ends a/b and c/e of [L**2, U**2],
    # cross-multiplied.
    variance_iv = _squared(sd_iv)
    a, b = variance_iv.lower.numerator, variance_iv.lower.denominator
    c, e = variance_iv.upper.numerator, variance_iv.upper.denominator
    scale = n * (n - 1)
    for k in range(first, last + 1):
        ones = k * (n - k)
        above = ones * b > a * scale or (variance_iv.incl_lower and ones * b == a * scale)
        below = ones * e < c * scale or (variance_iv.incl_upper and ones * e == c * scale)
        if above and below:
            return ""
    return "sd_range"


def grimmer(
    x: str,
    sd: str,
    n: int,
    *,
    items: int = 1,
    rounding: str = "up_or_down",
    threshold: int = 5,
    scale: tuple[int, int] | None = None,
) -> bool:
    """GRIMMER test: can a mean and an SD of integer data print as ``x``, ``sd``?

    Parameters
    ----------
    x : str
        The reported mean, as printed ("3.00" has 2 decimals).
    sd : str
        The reported sample standard deviation, as printed (>= 0).
    n : int
        Sample size (>= 2; the sample SD needs two values).
    items : int, default 1
        Number of integer items averaged per respondent.
    rounding : str, default "up_or_down"
        One of :data:`ROUNDING_MODES`, for both the mean and the SD.
    threshold : int, default 5
        Digit 1..9 for the ``*_from`` modes.
    scale : (int, int), optional
        Lowest and highest possible score of one item, e.g. ``(1, 5)``. A
        respondent's item sum then lies in ``[items * lo, items * hi]`` and
        the test becomes exact (see Notes). Without it the test is the
        analytic one, a necessary condition only.

    Returns
    -------
    bool
        True if consistent. Without ``scale``: no contradiction was found
        (which does not mean that a sample exists). With ``scale``: some
        ``n`` integers on the scale have this mean and SD.

    Raises
    ------
    TypeError
        If ``x`` or ``sd`` is not a str, or ``n``, ``items`` or a ``scale``
        end not an integer.
    ValueError
        If a string is not a plain decimal, ``sd`` is negative, ``n < 2``,
        ``items < 1``, ``scale`` is not a pair ``lo <= hi``, or the rounding
        mode or threshold is unknown.

    See Also
    --------
    grimmer_map : the same for every row of a frame, with the failing step.
    grim, debit

    Notes
    -----
    *Analytic steps* (Allard's GRIMMER, in exact arithmetic). Each
    respondent's item sum ``y_i = items * score_i`` is an integer; let
    ``S = sum(y_i)`` and ``Q = sum(y_i**2)``. Then the mean is
    ``S / (n * items)`` and the sample variance of the ``y_i`` is
    ``(Q - S**2 / n) / (n - 1)``, so the SD of the scores is that SD divided
    by ``items``. With ``U(.)`` the :func:`unround` interval and
    ``[L, U] = items * U(sd)`` (cut at 0), the case passes iff, for some
    integer ``S``:

    1. ``S / (n * items)`` is in ``U(x)`` (GRIM; step ``"grim"``);
    2. some integer ``Q`` lies in
       ``[S**2 / n + (n - 1) * L**2, S**2 / n + (n - 1) * U**2]``, with the
       ends open or closed as those of ``U(sd)`` (step ``"sd_range"``);
    3. such a ``Q`` has the parity of ``S``, since ``y**2 = y`` modulo 2
       (step ``"parity"``).

    These steps check the two sums, not that ``n`` integers with those sums
    exist, and know no bounds: ``n = 2``, mean "2.00", SD "2.00" passes
    (``S = 4``, ``Q = 12``), yet ``y_1 + y_2 = 4``, ``y_1**2 + y_2**2 = 12``
    needs ``2 +- sqrt(2)``.

    *The scale step* (``scale`` given; step ``"scale"``). Shift to
    ``z_i = y_i - items * lo`` in ``[0, w]``, ``w = items * (hi - lo)``,
    with sum ``t`` and sum of squares ``q``. The case is consistent iff for
    some ``S`` of step 1 a ``q`` of step 2 is the sum of squares of ``n``
    integers in ``[0, w]`` with sum ``t``. The attainable ``q`` for a given
    ``t`` are exactly:

    * every ``q`` of the parity of ``t`` from ``q_min`` (values as equal as
      possible) up to ``w t - (w**3 - w) / 6``. Proof: start at the most
      equal sample and, while two values ``u, u`` with ``0 < u < w`` are
      equal, replace them by ``u - 1, u + 1``: the sum stays and ``q`` grows
      by exactly 2. When this stops, the values strictly inside ``(0, w)``
      are distinct, and since ``z**2 = w z - z (w - z)``,
      ``q = w t - sum(z (w - z)) >= w t - sum(p (w - p) for p in 1..w-1)
      = w t - (w**3 - w) / 6``. The walk passed every ``q`` on the way.
    * above that, ``q = w t - D`` where ``D = sum(p (w - p))`` over the
      multiset ``P`` of inside values (only they contribute), ``D <
      (w**3 - w) / 6``. A sample is ``P`` (sum ``s``, size ``k``) with
      ``(t - s) / w`` values ``w`` and zeros for the rest, so ``D`` is
      attainable iff some ``P`` has ``s = t`` (mod ``w``), ``s <= t`` and
      ``w k - s <= w n - t``. Tables of the ``D`` of all such ``P`` (bits
      of Python ints, by sum, or by size and sum) are built once per
      ``w``. Where the last two limits cannot bind (``D <= min(t,
      w n - t)``, as ``s <= D`` and ``w k - s <= D``), only ``s`` modulo
      ``w`` matters; adding the pair ``{1, w - 1}`` keeps it and adds
      ``2 (w - 1)`` to ``D``, so per class of ``D`` modulo ``2 (w - 1)`` all
      values from the least one up are attained, and a shortest-path
      search over the ``2 w (w - 1)`` classes finds the least ones. For
      ``w > 20`` an explicit sample (such a ``P`` plus blocks of ``w`` ones
      and pairs ``{w // 2, w - w // 2}``) is tried before the tables; it is
      checked against all three limits, so a match is a real sample.

    Nothing is sampled at random or approximated. Cost: a few integer
    operations per candidate ``S`` unless the SD is within
    ``(w**3 - w) / 6`` of the largest sum of squares; there, tables that
    depend only on ``w`` are built once and kept: at most about 0.1 s for
    ``w`` up to 40 (e.g. ten 1-5 items). For wider ranges (``w`` of 60 to
    100, e.g. a 0-100 score) a case whose SD is close to the largest one
    possible for its mean, with the mean near an end of the scale or ``n``
    small, can take seconds to a minute the first time.

    References
    ----------
    Anaya, J. (2016). The GRIMMER test: A method for testing the validity of
    reported measures of variability. *PeerJ Preprints* 4:e2400v1.
    Allard, A. (2018). Analytic-GRIMMER: a new way of testing the
    possibility of standard deviations (blog post).
    scrutiny's ``grimmer()`` (Jung), which computes in floating point.

    Examples
    --------
    Five integers with mean 3.00 and SD 1.00: (2, 2, 3, 4, 4) has ``S = 15``
    and ``Q = 49``, and ``(49 - 225/5) / 4 = 1``.

    >>> grimmer("3.00", "1.00", 5), grimmer("3.00", "1.00", 5, scale=(1, 5))
    (True, True)

    SD 1.12 needs ``Q`` in ``45 + 4 * [1.115**2, 1.125**2] =
    [49.97, 50.06]``: ``Q = 50`` is even while ``S = 15`` is odd. SD 1.10
    needs ``Q`` in ``[49.80, 49.88]``, which holds no integer.

    >>> grimmer("3.00", "1.12", 5), grimmer("3.00", "1.10", 5)
    (False, False)

    Two items per respondent: item sums (4, 5, 6) give scores 2, 2.5, 3.

    >>> grimmer("2.50", "0.50", 3, items=2), grimmer("2.50", "0.50", 3)
    (True, False)

    Passes the analytic steps, but no two integers have sum 4 and sum of
    squares 12; and (0, 2), mean 1.00 and SD 1.41, is off a 1-5 scale.

    >>> grimmer("2.00", "2.00", 2), grimmer("2.00", "2.00", 2, scale=(1, 5))
    (True, False)
    >>> grimmer("1.00", "1.41", 2), grimmer("1.00", "1.41", 2, scale=(1, 5))
    (True, False)

    The largest SD on 1-5 with mean 3.00 and ``n = 4``, (1, 1, 5, 5):
    ``sqrt(16 / 3) = 2.3094``.

    >>> grimmer("3.00", "2.31", 4, scale=(1, 5)), grimmer("3.00", "2.32", 4, scale=(1, 5))
    (True, False)
    """
    return _grimmer_reason(x, sd, n, items, rounding, threshold, scale) == ""


def _map_with_reasons(
    data: pd.DataFrame, columns: Sequence[str], reason_of
) -> pd.DataFrame:
    """Copy of ``data`` with ``consistency`` and ``reason`` from ``reason_of(*row)``."""
    for column in columns:
        if column not in data.columns:
            raise ValueError(f"column {column!r} not found in data")
    for added in ("consistency", "reason"):
        if added in data.columns:
            raise ValueError(f"data already has a {added!r} column; drop or rename it first")
    reasons = []
    for label, *values in zip(data.index, *(data[column] for column in columns)):
        try:
            reasons.append(reason_of(*values))
        except (TypeError, ValueError) as error:
            raise type(error)(f"row {label!r}: {error}") from error
    out = data.copy()
    out["consistency"] = pd.Series([r == "" for r in reasons], index=data.index, dtype=bool)
    out["reason"] = pd.Series(reasons, index=data.index, dtype=object)
    return out


def grimmer_map(
    data: pd.DataFrame,
    *,
    x: str = "x",
    sd: str = "sd",
    n: str = "n",
    items: int = 1,
    rounding: str = "up_or_down",
    threshold: int = 5,
    scale: tuple[int, int] | None = None,
) -> pd.DataFrame:
    """GRIMMER-test every row of a frame.

    Parameters
    ----------
    data : pandas.DataFrame
        One row per reported mean and SD. Not modified.
    x, sd : str, default "x", "sd"
        Columns of reported means and SDs as printed strings.
    n : str, default "n"
        Column of sample sizes (integers; integral floats accepted).
    items, rounding, threshold, scale
        As in :func:`grimmer`; scalars applied to every row.

    Returns
    -------
    pandas.DataFrame
        A copy of ``data`` with two columns added:

        ``consistency`` : bool
            :func:`grimmer` verdict.
        ``reason`` : str
            The first step that fails: ``"grim"`` (no integer sum gives the
            mean), ``"sd_range"`` (no integer sum of squares gives the SD),
            ``"parity"`` (only sums of squares of the wrong parity do),
            ``"scale"`` (the analytic steps pass, but no ``n`` integers on
            the ``scale`` have this mean and SD; only with ``scale``);
            ``""`` when consistent.

    Raises
    ------
    ValueError
        If a column is missing, ``data`` already has a ``consistency`` or
        ``reason`` column, or a row is invalid (the row label is named).

    See Also
    --------
    grimmer, audit

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"x": ["3.00", "3.00", "3.00", "3.10"],
    ...                    "sd": ["1.00", "1.10", "1.12", "1.00"], "n": 5})
    >>> grimmer_map(df)
          x    sd  n  consistency    reason
    0  3.00  1.00  5         True
    1  3.00  1.10  5        False  sd_range
    2  3.00  1.12  5        False    parity
    3  3.10  1.00  5        False      grim
    >>> audit(grimmer_map(df))
       cases  inconsistent  rate
    0      4             3  0.75

    On a 1-5 scale: mean 2.00 and SD 2.00 of two answers would need
    ``2 +- sqrt(2)``; (1, 3) gives SD 1.41.

    >>> pairs = pd.DataFrame({"x": ["2.00", "2.00"], "sd": ["2.00", "1.41"], "n": 2})
    >>> grimmer_map(pairs)
          x    sd  n  consistency reason
    0  2.00  2.00  2         True
    1  2.00  1.41  2         True
    >>> grimmer_map(pairs, scale=(1, 5))
          x    sd  n  consistency reason
    0  2.00  2.00  2        False  scale
    1  2.00  1.41  2         True
    """
    _check_rounding(rounding, threshold)
    if scale is not None:
        scale = _scale_pair(scale)  # a bad scale is no row's fault
    return _map_with_reasons(
        data,
        (x, sd, n),
        lambda mean, spread, size: _grimmer_reason(
            mean, spread, size, items, rounding, threshold, scale
        ),
    )


def debit(
    x: str,
    sd: str,
    n: int,
    *,
    rounding: str = "up_or_down",
    threshold: int = 5,
) -> bool:
    """DEBIT test: can a mean and an SD of binary (0/1) data print as ``x``, ``sd``?

    Parameters
    ----------
    x : str
        The reported mean (a proportion between 0 and 1), as printed.
    sd : str
        The reported sample standard deviation, as printed (>= 0).
    n : int
        Sample size (>= 2).
    rounding : str, default "up_or_down"
        One of :data:`ROUNDING_MODES`, for both the mean and the SD.
    threshold : int, default 5
        Digit 1..9 for the ``*_from`` modes.

    Returns
    -------
    bool
        True if consistent.

    Raises
    ------
    TypeError, ValueError
        As :func:`grimmer`.

    See Also
    --------
    debit_map : the same for every row of a frame, with the failing step.
    grimmer

    Notes
    -----
    A 0/1 sample of size ``n`` is fixed, up to order, by its number of ones
    ``k``: mean ``k / n`` and sample variance
    ``k * (n - k) / (n * (n - 1))`` (that is ``n / (n - 1) * p * (1 - p)``
    with ``p = k / n``). The case is consistent iff some integer
    ``0 <= k <= n`` has ``k / n`` in ``unround(x)`` (step ``"grim"``) and
    ``k * (n - k) / (n * (n - 1))`` in ``[L**2, U**2]``, ``[L, U]`` the
    interval of ``sd`` cut at 0 (step ``"sd_range"``). Because ``k`` fixes
    the sample, the test is exact: consistent iff some 0/1 sample prints as
    the reported pair. A mean outside ``[0, 1]`` is inconsistent, not an
    error. A report that prints the population SD ``sqrt(p * (1 - p))``
    fails here.

    References
    ----------
    Heathers, J. A. J., & Brown, N. J. L. (2019). DEBIT: A simple
    consistency test for binary data. Preprint (OSF).
    scrutiny's ``debit()`` (Jung), which does not ask for an integer ``k``.

    Examples
    --------
    Three ones in ten: ``sqrt(3 * 7 / 90) = 0.4830``; the population SD
    ``sqrt(0.3 * 0.7) = 0.4583`` would print as 0.46.

    >>> debit("0.30", "0.48", 10), debit("0.30", "0.46", 10)
    (True, False)

    A mean of 0.35 needs 3.5 ones in ten.

    >>> debit("0.35", "0.48", 10)
    False
    """
    return _debit_reason(x, sd, n, rounding, threshold) == ""


def debit_map(
    data: pd.DataFrame,
    *,
    x: str = "x",
    sd: str = "sd",
    n: str = "n",
    rounding: str = "up_or_down",
    threshold: int = 5,
) -> pd.DataFrame:
    """DEBIT-test every row of a frame.

    Parameters
    ----------
    data : pandas.DataFrame
        One row per reported proportion and SD. Not modified.
    x, sd : str, default "x", "sd"
        Columns of reported means and SDs as printed strings.
    n : str, default "n"
        Column of sample sizes (integers; integral floats accepted).
    rounding, threshold
        As in :func:`debit`; scalars applied to every row.

    Returns
    -------
    pandas.DataFrame
        A copy of ``data`` with two columns added:

        ``consistency`` : bool
            :func:`debit` verdict.
        ``reason`` : str
            ``"grim"`` (no count of ones gives the mean), ``"sd_range"``
            (no count that gives the mean gives the SD); ``""`` when
            consistent.

    Raises
    ------
    ValueError
        If a column is missing, ``data`` already has a ``consistency`` or
        ``reason`` column, or a row is invalid (the row label is named).

    See Also
    --------
    debit, audit

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"x": ["0.30", "0.30", "0.35"], "sd": ["0.48", "0.46", "0.48"],
    ...                    "n": [10, 10, 10]})
    >>> debit_map(df)
          x    sd   n  consistency    reason
    0  0.30  0.48  10         True
    1  0.30  0.46  10        False  sd_range
    2  0.35  0.48  10        False      grim
    >>> audit(debit_map(df))
       cases  inconsistent      rate
    0      3             2  0.666667
    """
    _check_rounding(rounding, threshold)
    return _map_with_reasons(
        data,
        (x, sd, n),
        lambda mean, spread, size: _debit_reason(mean, spread, size, rounding, threshold),
    )


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
    candidates = _round_ratio(100 * count * scale, total, rounding, threshold)
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
# Which rounding convention did the authors use?
# ---------------------------------------------------------------------------


def rounding_convention(
    exact: Sequence[Fraction | Decimal | int | float | str],
    printed: Sequence[str],
    *,
    modes: Sequence[str] | None = None,
    threshold: int = 5,
) -> pd.DataFrame:
    """Which rounding modes explain a set of printed numbers?

    Parameters
    ----------
    exact : sequence of Fraction, Decimal, int, str or float
        The exact values (e.g. recomputed from counts), a str may be a ratio
        such as "283/3".
    printed : sequence of str
        What the report printed for each, same length; each string's own
        decimals are used.
    modes : sequence of str, optional
        Modes to try; default all of :data:`ROUNDING_MODES`.
    threshold : int, default 5
        Digit 1..9 for the ``*_from`` modes.

    Returns
    -------
    pandas.DataFrame
        One row per mode, columns:

        ``rounding`` : str
        ``explains_all`` : bool
            Every printed string is among ``reround(exact, d, mode)``.
        ``n_cases`` : int
        ``n_broken`` : int
            Cases the mode does not explain.
        ``first_broken_index`` : Int64
            0-based position of the first such case (<NA> if none).
        ``first_broken_exact`` : Fraction or None
        ``first_broken_printed`` : str or None
        ``first_broken_expected`` : str or None
            What the mode would print, two strings joined by " or ".

    Examples
    --------
    >>> table = rounding_convention(["2.25", "283/3"], ["2.2", "94.33"],
    ...                             modes=["up", "even", "up_or_down"])
    >>> print(table[["rounding", "explains_all", "n_broken", "first_broken_expected"]]
    ...       .to_string(index=False))
      rounding  explains_all  n_broken first_broken_expected
            up         False         1                   2.3
          even          True         0                  None
    up_or_down          True         0                  None
    """
    modes = list(ROUNDING_MODES if modes is None else modes)
    for mode in modes:
        _check_rounding(mode, threshold)
    values = [_to_fraction(v, f"exact[{i}]") for i, v in enumerate(exact)]
    strings = list(printed)
    if len(values) != len(strings):
        raise ValueError(f"exact has {len(values)} values but printed has {len(strings)}")
    parsed = [_parse_reported(s, f"printed[{i}]") for i, s in enumerate(strings)]
    rows = []
    for mode in modes:
        broken = []
        for i, (v, (m, d)) in enumerate(zip(values, parsed)):
            candidates = _round_scaled(v * 10**d, mode, threshold)
            if m not in candidates:
                broken.append((i, " or ".join(_format_scaled(c, d) for c in candidates)))
        first = broken[0] if broken else None
        rows.append(
            {
                "rounding": mode,
                "explains_all": not broken,
                "n_cases": len(values),
                "n_broken": len(broken),
                "first_broken_index": first[0] if first else pd.NA,
                "first_broken_exact": values[first[0]] if first else None,
                "first_broken_printed": strings[first[0]] if first else None,
                "first_broken_expected": first[1] if first else None,
            }
        )
    columns = {
        "rounding": pd.Series([r["rounding"] for r in rows], dtype=object),
        "explains_all": pd.Series([r["explains_all"] for r in rows], dtype=bool),
        "n_cases": pd.Series([r["n_cases"] for r in rows], dtype="int64"),
        "n_broken": pd.Series([r["n_broken"] for r in rows], dtype="int64"),
        "first_broken_index": pd.Series([r["first_broken_index"] for r in rows], dtype="Int64"),
    }
    for name in ("first_broken_exact", "first_broken_printed", "first_broken_expected"):
        columns[name] = pd.Series([r[name] for r in rows], dtype=object)
    return pd.DataFrame(columns)


# ---------------------------------------------------------------------------
# Summary
# ---------------------------------------------------------------------------


def audit(result: pd.DataFrame) -> pd.DataFrame:
    """Summarise a ``*_map`` result in one row.

    Parameters
    ----------
    result : pandas.DataFrame
        Output of :func:`grim_map`, :func:`grimmer_map`, :func:`debit_map`,
        :func:`sum_map` or any frame with a boolean ``consistency`` column
        (no missing values).

    Returns
    -------
    pandas.DataFrame
        One row with columns ``cases`` (int), ``inconsistent`` (int),
        ``rate`` (float, inconsistent / cases; NaN for no cases) and, if
        ``result`` has a ``probability`` column, ``mean_probability``
        (float, its mean).

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"x": ["5.18", "5.19", "5.20", "5.21"], "n": 28})
    >>> audit(grim_map(df))
       cases  inconsistent  rate  mean_probability
    0      4             2   0.5              0.72
    """
    if "consistency" not in result.columns:
        raise ValueError("result has no 'consistency' column; pass the output of a *_map function")
    verdicts = result["consistency"]
    if verdicts.isna().any():
        raise ValueError("'consistency' has missing values")
    verdicts = verdicts.astype(bool)
    cases = len(verdicts)
    inconsistent = int((~verdicts).sum())
    row: dict[str, object] = {
        "cases": cases,
        "inconsistent": inconsistent,
        "rate": inconsistent / cases if cases else float("nan"),
    }
    if "probability" in result.columns:
        row["mean_probability"] = float(result["probability"].mean())
    return pd.DataFrame([row])
