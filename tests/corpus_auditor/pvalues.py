"""p-values of t, F, chi-square and z with the standard library only.

The corpus builders are standard library only, so the labels of test statistics
are computed here: the regularized incomplete beta function (continued fraction,
modified Lentz) and the regularized upper incomplete gamma function (series or
continued fraction), as in Numerical Recipes §6.2-6.4.  Accurate to about 1e-12,
far beyond the three or four digits a label quotes.  ``tests/test_corpus_auditor.py``
recomputes every p-value a label uses with scipy and checks that they agree.
"""

from __future__ import annotations

import math

_EPS, _TINY, _ITMAX = 1e-15, 1e-300, 10000


def _betacf(a: float, b: float, x: float) -> float:
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > _TINY else _TINY)
    h = d
    for m in range(1, _ITMAX):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > _TINY else _TINY)
        c = 1.0 + aa / c
        c = c if abs(c) > _TINY else _TINY
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > _TINY else _TINY)
        c = 1.0 + aa / c
        c = c if abs(c) > _TINY else _TINY
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < _EPS:
            return h
    raise ArithmeticError("betacf did not converge")


def betainc(a: float, b: float, x: float) -> float:
    """Regularized incomplete beta I_x(a, b)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    lbt = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    if x < (a + 1.0) / (a + b + 2.0):
        return math.exp(lbt) * _betacf(a, b, x) / a
    return 1.0 - math.exp(lbt) * _betacf(b, a, 1.0 - x) / b


def gammaincc(a: float, x: float) -> float:
    """Regularized upper incomplete gamma Q(a, x)."""
    if x <= 0.0:
        return 1.0
    lg = -x + a * math.log(x) - math.lgamma(a)
    if x < a + 1.0:  # series for P(a, x)
        ap, s, d = a, 1.0 / a, 1.0 / a
        for _ in range(_ITMAX):
            ap += 1.0
            d *= x / ap
            s += d
            if abs(d) < abs(s) * _EPS:
                return 1.0 - s * math.exp(lg)
        raise ArithmeticError("gamma series did not converge")
    b = x + 1.0 - a  # continued fraction for Q(a, x)
    c, d = 1.0 / _TINY, 1.0 / b
    h = d
    for i in range(1, _ITMAX):
        an = -i * (i - a)
        b += 2.0
        d = an * d + b
        d = 1.0 / (d if abs(d) > _TINY else _TINY)
        c = b + an / c
        c = c if abs(c) > _TINY else _TINY
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < _EPS:
            return math.exp(lg) * h
    raise ArithmeticError("gamma continued fraction did not converge")


def p_t(t: float, df: float) -> float:
    """Two-sided p of Student's t."""
    return betainc(df / 2.0, 0.5, df / (df + t * t))


def p_z(z: float) -> float:
    """Two-sided p of a standard normal z."""
    return math.erfc(abs(z) / math.sqrt(2.0))


def p_chi2(x: float, df: int) -> float:
    """Upper-tail p of chi-square."""
    return gammaincc(df / 2.0, x / 2.0)


def p_f(f: float, d1: int, d2: int) -> float:
    """Upper-tail p of F(d1, d2)."""
    return betainc(d2 / 2.0, d1 / 2.0, d2 / (d2 + d1 * f))


def p_r(r: float, n: int) -> float:
    """Two-sided p of a Pearson r with n pairs (t = r·sqrt(n-2)/sqrt(1-r²), df = n-2)."""
    return p_t(r * math.sqrt(n - 2) / math.sqrt(1 - r * r), n - 2)


P = {"t": p_t, "z": p_z, "chi2": p_chi2, "f": p_f, "r": p_r}


def p_range(stat: str, printed: str, *df) -> tuple[float, float]:
    """The p-values at the two ends of the printed statistic's rounding interval
    (|x| ± half a unit of its last decimal), smallest first."""
    x = abs(float(printed))
    dp = len(printed.split(".")[1]) if "." in printed else 0
    h = 0.5 / 10 ** dp
    lo, hi = P[stat](x + h, *df), P[stat](max(x - h, 0.0), *df)
    return lo, hi
