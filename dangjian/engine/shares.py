"""The arithmetic of printed shares, shared by the finders and the judges of ``dangjian audit``.

A printed share is kept as its string ("65.16"): its decimals fix the
rounding interval.  These helpers are the integer forms of
:mod:`dangjian.engine.consistency` that a scan over many counts or bases
needs, with no argument checks.

Examples
--------
>>> scaled("65.16"), share_fits(202, 310, "65.16"), printed_share(202, 310, 2), exact_share(202, 310)
((6516, 2), True, '65.16', '65.1613')
>>> fit_chance("65.16", 310)
0.0311
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from .consistency import reround, round_ratio

__all__ = ["scaled", "shifted", "share_fits", "printed_share", "exact_share", "whole", "fit_chance", "half_unit", "rounding_slack", "is_difference", "drop_one_zero", "swapped"]

#: The roundings tried for a share, the charitable default first: (mode, what the assumption says).
MODES = (("up_or_down", ""), ("trunc", "truncated to its printed decimals, not rounded"))


def scaled(value: str) -> tuple[int, int]:
    """A printed decimal as ``(m, d)``: value = m / 10**d."""
    whole_part, _, frac = value.partition(".")
    return int(whole_part + frac), len(frac)


def share_fits(k: int, n: int, value: str, mode: str = "up_or_down") -> bool:
    """Does ``100 k / n``, rounded with ``mode`` to the decimals of ``value``, print as ``value``?"""
    m, d = scaled(value)
    return m in round_ratio(100 * k * 10**d, n, mode, 5)


def printed_share(k: int, n: int, d: int, mode: str = "up") -> str:
    """``100 k / n`` printed with ``d`` decimals, half up (or as ``mode`` rounds: ``"trunc"``; ``"up_or_down"`` is half up)."""
    return reround(Fraction(100 * k, n), d, rounding="up" if mode == "up_or_down" else mode)[0]


def exact_share(k: int, n: int) -> str:
    """``100 k / n`` to four decimals, for an explanation."""
    return reround(Fraction(100 * k, n), 4, rounding="up")[0]


def whole(value: str) -> int | None:
    """The printed number as an integer, if it is whole ("120", "120.0"); else ``None``."""
    v = Decimal(value)
    return int(v) if v == v.to_integral_value() else None


def fit_chance(value: str, n: int) -> float:
    """The chance that a random share printed with the decimals of ``value`` fits a base ``n``: about
    ``(n + 1)`` reachable values among the ``100 · 10**d`` printable ones."""
    _, d = scaled(value)
    return min(1.0, (n + 1) / (100 * 10**d))


def half_unit(value: str) -> Fraction:
    """Half a unit of the last printed decimal of ``value``: how far rounding may have moved it."""
    return Fraction(1, 2 * 10 ** scaled(value)[1])


def rounding_slack(values) -> Fraction:
    """How far rounding can move the sum of printed ``values``: half a unit of the last decimal of each."""
    return sum((half_unit(v) for v in values), Fraction(0))


def is_difference(a: str, b: str, d: str) -> bool:
    """Is the printed ``d`` the difference of the printed ``a`` and ``b`` (either way round), within the rounding of all three?

    >>> is_difference("21.47", "16.83", "4.64"), is_difference("8.42", "7.58", "0.83"), is_difference("8.42", "7.58", "0.93")
    (True, True, False)
    """
    return abs(abs(Fraction(a) - Fraction(b)) - abs(Fraction(d))) <= rounding_slack([a, b, d])


def shifted(value: str, units: int) -> str:
    """``value`` moved by ``units`` of its last printed decimal, printed with the same decimals ("14.82", -1 -> "14.81")."""
    m, d = scaled(value)
    m += units
    sign, m = ("-" if m < 0 else ""), abs(m)
    return sign + (f"{m // 10**d}.{m % 10**d:0{d}d}" if d else str(m))


def drop_one_zero(q: str) -> str:
    """``q`` with its first zero after the point dropped ("90.03" -> "90.3")."""
    whole_part, _, frac = q.partition(".")
    return f"{whole_part}.{frac.replace('0', '', 1)}" if "0" in frac else q


def swapped(q: str, value: str) -> bool:
    """Is ``value`` the string ``q`` with two neighbouring digits swapped?"""
    if len(q) != len(value) or q == value:
        return False
    diff = [k for k in range(len(q)) if q[k] != value[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and q[diff[0]] == value[diff[1]] and q[diff[1]] == value[diff[0]]
