"""DEBIT: can a mean and SD of ``n`` binary (0/1) responses print as reported?

:func:`debit` is the scalar test, :func:`debit_map` its map (Heathers & Brown 2019).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from .._lazy import pd
from .grimmer import _map_with_reasons
from .rounding import _as_count, _check_rounding, _integer_bounds, _scale, _sd_interval, _squared, unround

__all__ = ["debit", "debit_map", "debit_result", "DebitResult"]


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


@dataclass(frozen=True)
class DebitResult:
    """What :func:`debit_result` finds: ``consistent``, and the failing step (``"grim"`` or ``"sd_range"``; ``""`` when consistent)."""

    consistent: bool
    reason: str

    def __bool__(self) -> bool:
        return self.consistent


def debit_result(x: str, sd: str, n: int, *, rounding: str = "up_or_down", threshold: int = 5) -> DebitResult:
    """:func:`debit` with the reason of an inconsistency.

    Examples
    --------
    >>> debit_result("0.50", "0.10", 10)
    DebitResult(consistent=False, reason='sd_range')
    """
    reason = _debit_reason(x, sd, n, rounding, threshold)
    return DebitResult(reason == "", reason)


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
    >>> from dangjian.engine.consistency import map_summary
    >>> df = pd.DataFrame({"x": ["0.30", "0.30", "0.35"], "sd": ["0.48", "0.46", "0.48"],
    ...                    "n": [10, 10, 10]})
    >>> debit_map(df)
          x    sd   n  consistency    reason
    0  0.30  0.48  10         True
    1  0.30  0.46  10        False  sd_range
    2  0.35  0.48  10        False      grim
    >>> map_summary(debit_map(df))
       cases  inconsistent      rate
    0      3             2  0.666667
    """
    _check_rounding(rounding, threshold)
    return _map_with_reasons(
        data,
        (x, sd, n),
        lambda mean, spread, size: _debit_reason(mean, spread, size, rounding, threshold),
    )
