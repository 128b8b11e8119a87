"""How sure a base is: the counts a share allows, the bases a set of shares fits, and the chance of that fit.

A careful auditor commits to a base that no text prints when the evidence is
overwhelming.  A share printed with ``d`` decimals is one of ``100 · 10**d``
printable values, and a base ``n`` reaches about ``n + 1`` of them, so a
random share fits ``n`` with probability about ``(n + 1) / (100 · 10**d)``
(:func:`dangjian.engine.shares.fit_chance`).  Twenty-eight two-decimal shares
that all fit 27 do so by chance with probability about ``(28 / 10000)**28``:
the base is 27 as surely as if it were printed.  :func:`chance_of_fit`
multiplies the per-share chances and counts the bases that were tried (the
more bases one tries, the likelier one of them fits by accident);
:data:`ESTABLISHED` is the threshold below which a base counts as established.

Examples
--------
>>> count_range("65.16", 310)
(202, 202)
>>> common_base(["12.6", "36.8", "30.8", "19.8"], 1, 1001, total="exactly")  # 23 + 67 + 56 + 36 = 182
(182, 'up_or_down')
>>> f"{chance_of_fit(['37.04'] * 28, 27, tried=1000):.1e}"  # 1000 × (28 / 10000) ** 28
'3.3e-69'
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from .consistency import fitting_bases, unround
from .shares import MODES, fit_chance, scaled

__all__ = ["ESTABLISHED", "MAX_BASE", "count_range", "counts_fit", "common_base", "largest_common_base", "chance_of_fit", "PageBase", "page_base"]

#: A base whose fit has a chance below this is established: it accuses a share that breaks it.  One in ten thousand:
#: far rarer than one error in a page of numbers, and a page of ten two-decimal shares that fit one base gets there.
ESTABLISHED = 1e-4
#: The largest base a search for a base that no text prints tries.
MAX_BASE = 5000


@functools.lru_cache(maxsize=4096)
def _ends(value: str, mode: str) -> tuple[int, int, bool, int, int, bool]:
    """The interval of a printed share as integers ``(p, q, closed, r, t, closed)``: ``[p/q, r/t]``, unrounded once."""
    iv = unround(value, mode)
    return iv.lower.numerator, iv.lower.denominator, iv.incl_lower, iv.upper.numerator, iv.upper.denominator, iv.incl_upper


def count_range(value: str, n: int, mode: str = "up_or_down") -> tuple[int, int] | None:
    """The counts ``k`` (least, greatest) whose share of ``n`` prints as ``value`` under ``mode``; ``None`` if none does."""
    p, q, closed_low, r, t, closed_high = _ends(value, mode)
    # k >= p n / (100 q) and k <= r n / (100 t), in integers
    k_min = -((-p * n) // (100 * q)) if closed_low else (p * n) // (100 * q) + 1
    k_max = (r * n) // (100 * t) if closed_high else -((-r * n) // (100 * t)) - 1
    k_min, k_max = max(k_min, 0), min(k_max, n)
    return (k_min, k_max) if k_min <= k_max else None


def counts_fit(values: list[str], n: int, mode: str = "up_or_down", *, total: str | None = "at_most") -> bool:
    """Can every share of ``values`` be a count of ``n``?  With ``total="at_most"`` the counts must also add up to at
    most ``n`` (the answers of one single-choice question), with ``"exactly"`` to ``n`` (every answer listed), with
    ``None`` to anything (several answers per respondent)."""
    lo = hi = 0
    for v in values:
        r = count_range(v, n, mode)
        if r is None:
            return False
        lo, hi = lo + r[0], hi + r[1]
    if total is None:
        return True
    return lo <= n and (total != "exactly" or hi >= n)


def common_base(values: list[str], low: int, high: int, *, total: str | None = "at_most", modes=MODES) -> tuple[int, str] | None:
    """The smallest base from ``low`` to ``high`` that every share of ``values`` fits, rounded before truncated (with
    :func:`counts_fit`'s test of the counts); ``None`` if none does."""
    low, high = max(1, low), min(high, max(low, 1) + MAX_BASE)
    for mode in (m for m, _ in modes):
        fits = range(low, high + 1)
        for v in sorted(values, key=lambda v: -scaled(v)[1]):  # the most decimals first: they rule out the most bases
            fits = list(fitting_bases(v, fits, mode))
            if not fits:
                break
        for n in fits:
            if counts_fit(values, n, mode, total=total):
                return n, mode
    return None


def largest_common_base(values: list[str], low: int, high: int, *, total: str | None = "at_most", modes=MODES) -> tuple[int, str] | None:
    """The largest base from ``low`` to ``high`` that every share fits (as :func:`common_base`); ``None`` if none does."""
    low = max(1, low, high - MAX_BASE)
    for mode in (m for m, _ in modes):
        fits = range(low, high + 1)
        for v in sorted(values, key=lambda v: -scaled(v)[1]):
            fits = list(fitting_bases(v, fits, mode))
            if not fits:
                break
        for n in reversed(fits):
            if counts_fit(values, n, mode, total=total):
                return n, mode
    return None


def chance_of_fit(values: list[str], n: int, *, tried: int = 1, of: int | None = None) -> float:
    """The chance that the shares ``values`` all fit ``n`` by accident, when ``tried`` bases were tried and they are
    ``len(values)`` of ``of`` shares (the others do not fit): ``tried · C(of, m) · Π fit_chance``."""
    m = len(values)
    chance = float(tried) * (math.comb(of, m) if of and of > m else 1)
    for v in values:
        chance *= fit_chance(v, n)
    return chance


@dataclass(frozen=True)
class PageBase:
    """A base that the shares of a text establish: ``n``, the shares that fit it (``fits`` of ``of``), the ``chance``."""

    n: int
    fits: int
    of: int
    chance: float

    def evidence(self) -> str:
        return f"{self.fits} of {self.of} shares of the text are k/{self.n}; the chance of that is {self.chance:.1e}"


def page_base(values: list[str], *, high: int = 2000) -> PageBase | None:
    """The base that most surely explains the shares ``values`` of a text (each ≤ 100), if its chance is below
    :data:`ESTABLISHED`; ``None`` otherwise.

    Every base from 2 to ``high`` is tried; each one's fit is weighed by
    :func:`chance_of_fit` over the shares that fit it, and the base with the
    smallest chance wins (multiples of it fit the same shares at a larger
    chance, so the smallest such base wins).  At least three shares must fit,
    and four in five of them.
    """
    values = [v for v in values if 0 < float(v) < 100]
    if len(values) < 3:
        return None
    best: PageBase | None = None
    fitting: dict[int, list[str]] = {}
    for v in values:
        for n in fitting_bases(v, range(2, high + 1)):
            fitting.setdefault(n, []).append(v)
    for n, fit in fitting.items():
        if len(fit) < 3 or 5 * len(fit) < 4 * len(values):
            continue
        chance = chance_of_fit(fit, n, tried=high - 1, of=len(values))
        if best is None or chance < best.chance:
            best = PageBase(n, len(fit), len(values), chance)
    return best if best is not None and best.chance < ESTABLISHED else None
