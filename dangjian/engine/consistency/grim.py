"""GRIM: can a mean (or a percentage) of ``n`` integer responses print as reported?

:func:`grim` is the scalar test, :func:`grim_map` its map over a frame (Brown & Heathers 2017),
:func:`smallest_n` the fewest respondents a share needs.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from fractions import Fraction

from .._lazy import pd
from .rounding import _as_count, _check_rounding, _has_integer, _parse_reported, _scale, unround

__all__ = ["grim", "grim_map", "smallest_n"]


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
    n = _as_count(n, "n")
    items = _as_count(items, "items")
    if percent:
        if items != 1:
            raise ValueError("items must be 1 when percent=True (a share of n respondents)")
        if scale is not None:
            raise ValueError("scale applies to means; leave it None when percent=True")
        # Checked here, not left to the cached interval: the cache would take 5.0 for 5 and True for 1.
        _check_rounding(rounding, threshold)
        if not isinstance(x, str):
            unround(x, rounding, threshold)  # raises the error that names what x must be
        return _has_count(_share_ends(x, rounding, threshold), n)
    interval = unround(x, rounding, threshold)
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


def smallest_n(x: str, *, percent: bool = True, rounding: str = "up_or_down", limit: int = 10_000) -> int | None:
    """Smallest sample size for which ``x`` can be printed (GRIM), or None up to ``limit``.

    For a percentage with no stated base this is the fewest respondents that
    could give it: "93.5" needs at least 31 (29/31 = 93.548%).  The curated
    audit reports it where a share has no base.

    Examples
    --------
    >>> smallest_n("93.5"), smallest_n("50"), smallest_n("83.2")  # 29/31, 1/2, 79/95
    (31, 2, 95)
    >>> smallest_n("0.01"), smallest_n("0.01", limit=100)  # 1/6667 = 0.014999%
    (6667, None)
    """
    if percent:
        _check_rounding(rounding, 5)
        return next(fitting_bases(x, range(1, limit + 1), rounding), None)
    return next((n for n in range(1, limit + 1) if grim(x, n, percent=False, rounding=rounding)), None)


# --- the integer core of the percentage test, shared with `dangjian audit` ---------


def _has_count(ends: tuple[int, int, bool, int, int, bool], n: int) -> bool:
    """Is ``100 k / n`` in ``[p/q, r/t]`` (ends open or closed) for some whole ``k`` in ``0..n``?

    The least such ``k`` is at most the greatest, in integer arithmetic: a
    scan of thousands of bases costs what a few calls of :func:`unround` cost.
    """
    p, q, closed_low, r, t, closed_high = ends
    lo_num, hi_num = p * n, r * n  # k >= p n / (100 q), k <= r n / (100 t)
    k_min = -((-lo_num) // (100 * q)) if closed_low else lo_num // (100 * q) + 1
    k_max = hi_num // (100 * t) if closed_high else -((-hi_num) // (100 * t)) - 1
    return max(k_min, 0) <= min(k_max, n)


@functools.lru_cache(maxsize=4096)
def _share_ends(value: str, mode: str, threshold: int = 5) -> tuple[int, int, bool, int, int, bool]:
    """The interval of a printed percentage, as integers, unrounded once per value and mode."""
    iv = unround(value, mode, threshold)
    return (iv.lower.numerator, iv.lower.denominator, iv.incl_lower, iv.upper.numerator, iv.upper.denominator, iv.incl_upper)


def grim_fits(value: str, n: int, rounding: str = "up_or_down") -> bool:
    """``grim(value, n, percent=True, rounding=rounding)`` without its argument checks, for scans over many bases.

    ``value`` must be a printed decimal string ("65.16") and ``n`` a positive
    integer; :func:`grim` checks them and says what is wrong.

    Examples
    --------
    >>> grim_fits("65.16", 310), grim_fits("65.17", 310)
    (True, False)
    """
    return _has_count(_share_ends(value, rounding), n)


def fitting_bases(value: str, ns: Iterable[int], rounding: str = "up_or_down") -> Iterator[int]:
    """The ``n`` of ``ns`` for which :func:`grim` holds for the percentage ``value`` (lazily, in the order of ``ns``).

    Examples
    --------
    >>> from itertools import islice
    >>> list(islice(fitting_bases("15.3", range(1, 2001)), 4))
    [59, 72, 85, 98]
    """
    ends = _share_ends(value, rounding)
    return (n for n in ns if _has_count(ends, n))
