"""Rounding in exact arithmetic: :func:`reround`, :func:`unround`, the modes, and :func:`rounding_convention`.

Every other family of :mod:`dangjian.engine.consistency` is built on these.  The modes are listed in
:data:`ROUNDING_MODES` and described in the package docstring.
"""

from __future__ import annotations

import math
import numbers
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from .._lazy import pd

__all__ = ["ROUNDING_MODES", "Interval", "reround", "unround", "rounding_convention", "round_ratio"]


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
# down_from and their union) have their own tie points, see round_ratio.
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
    digits = len(match["int"] or "") + len(frac)
    limit = sys.get_int_max_str_digits()
    if limit and digits > limit:
        # Python refuses such an int with a message about its own limit; say what is wrong with x instead
        raise ValueError(f"{name} has {digits:,} digits; a printed number has at most {limit:,} (a report prints a few)")
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
    return round_ratio(t.numerator, t.denominator, rounding, threshold)


def round_ratio(n: int, d: int, rounding: str = "up_or_down", threshold: int = 5) -> tuple[int, ...]:
    """The integer(s) that ``n / d`` (``d > 0``, not necessarily in lowest terms) rounds to under ``rounding``.

    The integer core of :func:`reround`, without building a ``Fraction`` and
    without checking its arguments: for scans over many candidate bases
    (``dangjian audit`` tries thousands).  ``100 k 10**d / n`` rounded this
    way is the share ``k / n`` printed with ``d`` decimals, times ``10**d``.

    Examples
    --------
    >>> round_ratio(100 * 61 * 100, 310)   # 61/310 = 19.677…%: printed 19.68
    (1968,)
    >>> round_ratio(5, 2), round_ratio(5, 2, "even")  # 2.5: either way at a tie; to even
    ((3, 2), (2,))
    """
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
    # round_ratio). Magnitude M is printed for |t| in (M - 1 + c, M + c)
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
    return tuple(_format_scaled(m, digits) for m in round_ratio(t.numerator * 10**digits, t.denominator, rounding, threshold))


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
