#!/usr/bin/env python3
"""Check tests/corpus_heldout3/labels.csv against its pages, with exact arithmetic.

    python tests/corpus_heldout3/check_labels.py      # numpy, scipy and the standard library

What it checks (it exits 1 on the first list of failures, 0 when everything holds):

1. Format: the header, the kinds and verdicts of the tools README, `value` blank for decoys and
   damaged numbers and equal to the printed number (full-width digits, `。`/`．` decimal points,
   space-separated thousands normalised) for the others, base and base_source where they belong.
2. Anchors: 5-40 characters, found exactly once in the decoded page (UTF-8 or GB18030), and
   containing `reported`; every page has at least five decoys; pages are 800-1200 characters.
3. Verdicts: every row judged consistent, consistent_if or inconsistent has a rule in RULES
   below (a share k/n, a reachable share, a sum, a bound, GRIM, GRIMMER, a t from means and SDs,
   a chi-square from counts, an F from group means, a p for its statistic, a margin of error,
   a growth rate, a change in points, a ratio, r with its stars, an OR inside its CI, mean
   ranks ...). The rule is recomputed with `fractions.Fraction` and scipy and its verdict must
   equal `expected`; the sentence the rule writes must appear verbatim in `why`.
4. The arithmetic of every `why`: each fraction `a/b = c` (or `c%`), each sum or difference
   `a + b - c = d`, each `x ≠ y`, each bound `a <= b` / `a > b`, each product `a x b = c` and each
   `z x sqrt(0.25/n) = m` is recomputed.
"""
import csv
import math
import re
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from scipy import stats

HERE = Path(__file__).resolve().parent
HEADER = ["file", "anchor", "reported", "value", "kind", "base", "base_source", "expected", "why"]
KINDS = {"percent", "count", "mean", "money", "rate", "sd", "test", "decoy", "damaged"}
EXPECTED = {"consistent", "inconsistent", "consistent_if", "not_checkable", "n/a"}
BASE_SOURCES = {"", "stated", "sample", "item", "issued", "other", "unknown"}
ORDER = {"consistent": 0, "consistent_if": 1, "inconsistent": 2}

FULL = str.maketrans("０１２３４５６７８９．。、，－−＋", "0123456789...,--+")


# ---------------------------------------------------------------------------------------
# numbers
# ---------------------------------------------------------------------------------------

def norm(s):
    """The number a printed string stands for, as a plain decimal string."""
    t = s.translate(FULL)
    t = re.sub(r"[%％‰\s*]", "", t)
    t = t.rstrip(".")
    if t.startswith("."):
        t = "0" + t
    if t.startswith("-."):
        t = "-0" + t[1:]
    if not re.fullmatch(r"[-+]?\d+(\.\d+)?", t):
        raise ValueError(f"not a number: {s!r}")
    return t.lstrip("+")


def dec(s):
    return Decimal(norm(s))


def frac(s):
    return Fraction(dec(s)) if isinstance(s, str) else Fraction(s)


def places(s):
    t = norm(s)
    return len(t.split(".")[1]) if "." in t else 0


def half(d):
    return Fraction(1, 2 * 10 ** d)


def r_up(x, d):
    """Round half-up (away from zero) to d decimals."""
    q = Fraction(10 ** d)
    y = abs(x) * q
    n = math.floor(y + Fraction(1, 2))
    return (1 if x >= 0 else -1) * Fraction(n) / q


def r_even(x, d):
    q = Fraction(10 ** d)
    y = abs(x) * q
    f = math.floor(y)
    rest = y - f
    n = f + 1 if rest > Fraction(1, 2) or (rest == Fraction(1, 2) and f % 2 == 1) else f
    return (1 if x >= 0 else -1) * Fraction(n) / q


def r_trunc(x, d):
    q = Fraction(10 ** d)
    return (1 if x >= 0 else -1) * Fraction(math.floor(abs(x) * q)) / q


def fmt(x, d=4):
    """Half-up decimal string of x with d decimals."""
    y = r_up(Fraction(x), d)
    s = "-" if y < 0 else ""
    y = abs(y)
    whole = math.floor(y)
    if d == 0:
        return s + str(whole)
    part = (y - whole) * 10 ** d
    return s + "%d.%0*d" % (whole, d, int(part))


def fl(x, d=3):
    """Half-up string of a float."""
    return fmt(Fraction(float(x)), d)


def worst(verdicts):
    return max(verdicts, key=lambda v: ORDER[v])


def fits(x, v):
    """Verdict of printing the exact value x as the decimal string v."""
    d = places(v)
    p = frac(v)
    if r_up(x, d) == p or r_even(x, d) == p:
        return "consistent"
    if r_trunc(x, d) == p:
        return "consistent_if"
    return "inconsistent"


# ---------------------------------------------------------------------------------------
# p-values printed as P=0.032, P<0.05, P=0.000, P>0.05
# ---------------------------------------------------------------------------------------

def p_interval(spec):
    spec = spec.replace(" ", "").replace("＜", "<").replace("＞", ">").replace("≤", "<")
    m = re.fullmatch(r"([=<>])(\d*\.?\d+)", spec)
    if not m:
        raise ValueError(f"bad p spec {spec!r}")
    op, num = m.groups()
    x = Fraction(Decimal(num))
    if op == "<":
        return (0.0, float(x))
    if op == ">":
        return (float(x), 1.0)
    h = half(places(num))
    return (max(0.0, float(x - h)), float(x + h))


def p_fits(p_lo, p_hi, spec):
    lo, hi = p_interval(spec)
    return p_hi >= lo - 1e-12 and p_lo <= hi + 1e-12


def pstr(p):
    if p < 0.0001:
        return f"{p:.2e}"
    return fl(p, 4)


# ---------------------------------------------------------------------------------------
# rules: each returns (verdict, sentence); V is the printed string of the label in hand
# ---------------------------------------------------------------------------------------

V = None


def _v(v):
    return V if v is None else v


def share(k, n, v=None):
    v = _v(v)
    x = Fraction(100 * k, n)
    verdict = fits(x, v)
    d = places(v)
    s = "%d/%d = %s%%" % (k, n, fmt(x))
    if verdict == "consistent":
        if r_up(x, d) != r_even(x, d) and r_even(x, d) == frac(v):
            s += f", printed {norm(v)} (half-even; half-up gives {fmt(r_up(x, d), d)})"
        else:
            s += f", printed {norm(v)}"
    elif verdict == "consistent_if":
        s += f" ({fmt(x, d)}), printed {norm(v)} only by truncation"
    else:
        s += f" ({fmt(x, d)}), not the printed {norm(v)}"
    return verdict, s


def reach(n, v=None):
    """A share with no count: is some k/n printed as v?"""
    v = _v(v)
    p = frac(v)
    d = places(v)
    k0 = math.floor(p * n / 100)
    best = None
    for k in range(max(0, k0 - 2), min(n, k0 + 3) + 1):
        verdict = fits(Fraction(100 * k, n), v)
        if verdict == "consistent":
            return "consistent", "%d/%d = %s%%, printed %s" % (k, n, fmt(Fraction(100 * k, n)), norm(v))
        if verdict == "consistent_if":
            best = k
    if best is not None:
        x = Fraction(100 * best, n)
        return "consistent_if", "%d/%d = %s%% (%s), printed %s only by truncation" % (
            best, n, fmt(x), fmt(x, d), norm(v))
    a, b = Fraction(100 * k0, n), Fraction(100 * (k0 + 1), n)
    return "inconsistent", "%s not reachable with %d: %d/%d = %s%%, %d/%d = %s%%" % (
        norm(v), n, k0, n, fmt(a), k0 + 1, n, fmt(b))


def _dsum(parts):
    return sum((Decimal(norm(str(p))) for p in parts), Decimal(0))


def _plus(parts):
    return " + ".join(norm(str(p)) for p in parts)


def sum_(parts, total):
    s = _dsum(parts)
    t = Decimal(norm(str(total)))
    if s == t:
        return "consistent", f"{_plus(parts)} = {s}"
    return "inconsistent", f"{_plus(parts)} = {s} ≠ {t}"


def sum_tol(parts, total, tol):
    s = _dsum(parts)
    t = Decimal(norm(str(total)))
    gap = abs(s - t)
    verdict = "consistent" if gap <= Decimal(str(tol)) else "inconsistent"
    return verdict, f"{_plus(parts)} = {s} against {t} (gap {gap}, allowed {tol} by rounding)"


def le(a, b):
    a, b = Decimal(norm(str(a))), Decimal(norm(str(b)))
    if a <= b:
        return "consistent", f"{a} <= {b}"
    return "inconsistent", f"{a} > {b}"


def pctsum(shares, d=None):
    """Single-choice shares: their printed sum must be 100 within the rounding of m shares."""
    d = max(places(str(s)) for s in shares) if d is None else d
    s = _dsum(shares)
    m = len(shares)
    slack = Fraction(m, 2 * 10 ** d)
    ok = abs(Fraction(s) - 100) <= slack
    return ("consistent" if ok else "inconsistent"), "%s = %s (%d shares of %d decimal place%s may sum to 100 ± %s)" % (
        _plus(shares), s, m, d, "" if d == 1 else "s", fmt(slack, d + 1))


def grim(n, items=1, v=None):
    v = _v(v)
    g = n * items
    p = frac(v)
    places(v)
    t0 = math.floor(p * g)
    found_if = None
    for t in range(t0 - 1, t0 + 3):
        verdict = fits(Fraction(t, g), v)
        if verdict == "consistent":
            return "consistent", "GRIM: %d/%d = %s, printed %s" % (t, g, fmt(Fraction(t, g)), norm(v))
        if verdict == "consistent_if":
            found_if = t
    if found_if is not None:
        return "consistent_if", "GRIM: %d/%d = %s, printed %s only by truncation" % (
            found_if, g, fmt(Fraction(found_if, g)), norm(v))
    return "inconsistent", "GRIM: %d/%d = %s, %d/%d = %s: no whole-number total gives %s" % (
        t0, g, fmt(Fraction(t0, g)), t0 + 1, g, fmt(Fraction(t0 + 1, g)), norm(v))


def grimmer(n, mean, items=1, v=None):
    """SD of n whole-number scores (or k-item sums) beside its mean: is an integer sum of squares
    of the right parity reachable?"""
    v = _v(v)
    g = n * items
    m = frac(mean)
    dm = places(mean)
    s = frac(v) * items
    ds = half(places(v)) * items
    for t in range(math.floor((m - half(dm)) * g), math.ceil((m + half(dm)) * g) + 1):
        if fits(Fraction(t, g), mean) != "consistent":
            continue
        # scores on the sum scale: total t, n people; Q = sum of squares
        lo = (n - 1) * (s - ds) ** 2 + Fraction(t * t, n)
        hi = (n - 1) * (s + ds) ** 2 + Fraction(t * t, n)
        q = math.ceil(lo)
        while q <= hi:
            if (q - t) % 2 == 0:
                sd = math.sqrt(float((q - Fraction(t * t, n)) / (n - 1))) / items
                return "consistent", "GRIMMER: total %d of %d scores with sum of squares %d gives SD %s" % (
                    t, n, q, fl(sd, 4))
            q += 1
    return "inconsistent", "GRIMMER: no whole-number total and sum of squares give SD %s with mean %s (n = %d)" % (
        norm(v), norm(mean), n)


def mean_dist(counts, scores, v=None):
    v = _v(v)
    tot = sum(c * s for c, s in zip(counts, scores))
    n = sum(counts)
    x = Fraction(tot, n)
    terms = " + ".join("%dx%d" % (s, c) for c, s in zip(counts, scores))
    verdict = fits(x, v)
    return verdict, "%s = %d; %d/%d = %s, printed %s" % (terms, tot, tot, n, fmt(x), norm(v))


def _box(vals):
    """Rounding intervals of printed strings."""
    return [(float(frac(x) - half(places(x))), float(frac(x) + half(places(x)))) for x in vals]


def _t_pooled(m1, s1, n1, m2, s2, n2):
    sp2 = ((n1 - 1) * s1 ** 2 + (n2 - 1) * s2 ** 2) / (n1 + n2 - 2)
    return (m1 - m2) / math.sqrt(sp2 * (1 / n1 + 1 / n2))


def _t_welch(m1, s1, n1, m2, s2, n2):
    return (m1 - m2) / math.sqrt(s1 ** 2 / n1 + s2 ** 2 / n2)


def ttest(m1, s1, n1, m2, s2, n2, p, v=None):
    """Independent-samples t from printed means and SDs (pooled or Welch), and its p (df n1+n2-2)."""
    v = _v(v)
    (a1, b1), (a2, b2), (c1, d1), (c2, d2) = _box([m1, m2, s1, s2])
    diff = abs(float(frac(m1) - frac(m2)))
    hd = (b1 - a1) / 2 + (b2 - a2) / 2
    dlo, dhi = max(0.0, diff - hd), diff + hd
    res = []
    for f in (_t_pooled, _t_welch):
        lo = f(dlo, d1, n1, 0, d2, n2)
        hi = f(dhi, c1, n1, 0, c2, n2)
        res.append((lo, hi))
    center = abs(_t_pooled(float(frac(m1)), float(frac(s1)), n1, float(frac(m2)), float(frac(s2)), n2))
    lo = min(r[0] for r in res)
    hi = max(r[1] for r in res)
    tv = abs(float(frac(v)))
    th = float(half(places(v)))
    df = n1 + n2 - 2
    ok_t = tv + th >= lo and tv - th <= hi
    p_lo = 2 * stats.t.sf(tv + th, df)
    p_hi = 2 * stats.t.sf(max(0.0, tv - th), df)
    ok_p = p_fits(p_lo, p_hi, p)
    s = "t (df %d) from %s ± %s (n = %d) vs %s ± %s (n = %d) = %s (%s-%s over the rounding of the means and SDs, pooled or Welch); p(|t| = %s; df %d) = %s, printed P%s" % (
        df, norm(m1), norm(s1), n1, norm(m2), norm(s2), n2, fl(center, 3), fl(lo, 3), fl(hi, 3),
        norm(v).lstrip("-"), df, pstr(2 * stats.t.sf(tv, df)), p)
    return ("consistent" if ok_t and ok_p else "inconsistent"), s


def _chi2(table, yates=False):
    rows = [sum(r) for r in table]
    cols = [sum(c) for c in zip(*table)]
    n = sum(rows)
    x = 0.0
    for i, r in enumerate(table):
        for j, o in enumerate(r):
            e = rows[i] * cols[j] / n
            dev = abs(o - e)
            if yates:
                dev = max(0.0, dev - 0.5)
            x += dev * dev / e
    return x, (len(rows) - 1) * (len(cols) - 1)


def chi2(table, p, v=None):
    """Pearson chi-square from the printed counts (for 2x2 also with Yates' correction), and its p."""
    v = _v(v)
    x, df = _chi2(table)
    h = float(half(places(v))) + 1e-9
    pv = float(frac(v))
    ok = abs(x - pv) <= h
    s = "Pearson chi-square (df %d) of %s = %s" % (df, " vs ".join("({})".format(", ".join(map(str, r))) for r in table), fl(x, 3))
    if len(table) == 2 and len(table[0]) == 2:
        y, _ = _chi2(table, yates=True)
        s += f" (Yates {fl(y, 3)})"
        ok = ok or abs(y - pv) <= h
    p_lo = stats.chi2.sf(pv + h, df)
    p_hi = stats.chi2.sf(max(0.0, pv - h), df)
    ok_p = p_fits(p_lo, p_hi, p)
    s += "; p(df %d) = %s from the counts, %s from the printed %s, printed P%s" % (
        df, pstr(stats.chi2.sf(x, df)), pstr(stats.chi2.sf(pv, df)), norm(v), p)
    return ("consistent" if ok and ok_p else "inconsistent"), s


def chi2_anydf(p, v=None):
    """A chi-square whose printed p no df can give (p grows with df for a fixed statistic)."""
    v = _v(v)
    pv = float(frac(v))
    h = float(half(places(v)))
    fits_df = [df for df in range(1, 61) if p_fits(stats.chi2.sf(pv + h, df), stats.chi2.sf(max(0.0, pv - h), df), p)]
    s = f"p(chi-square = {norm(v)}) for df 1, 2, 3 = {pstr(stats.chi2.sf(pv, 1))}, {pstr(stats.chi2.sf(pv, 2))}, {pstr(stats.chi2.sf(pv, 3))} (the smallest p any df gives is at df 1), printed P{p}"
    return ("consistent" if fits_df else "inconsistent"), s


def anova(groups, p, v=None):
    """One-way ANOVA F from printed group means, SDs and ns, and its p (df k-1, N-k)."""
    import numpy as np
    v = _v(v)
    k = len(groups)
    ns = np.array([g[2] for g in groups], dtype=float)
    N = ns.sum()

    def F(ms, ss):
        grand = (ns * ms).sum() / N
        b = (ns * (ms - grand) ** 2).sum() / (k - 1)
        w = ((ns - 1) * ss ** 2).sum() / (N - k)
        return b / w

    ms = np.array([float(frac(g[0])) for g in groups])
    ss = np.array([float(frac(g[1])) for g in groups])
    hm = np.array([float(half(places(g[0]))) for g in groups])
    hs = np.array([float(half(places(g[1]))) for g in groups])
    rng = np.random.default_rng(12345)
    vals = [F(ms, ss)]
    for _ in range(20000):
        vals.append(F(ms + rng.uniform(-1, 1, k) * hm, ss + rng.uniform(-1, 1, k) * hs))
    # corners of the box
    for mask in range(2 ** (2 * k)):
        sm = np.array([1 if mask >> i & 1 else -1 for i in range(k)])
        sv = np.array([1 if mask >> (k + i) & 1 else -1 for i in range(k)])
        vals.append(F(ms + sm * hm, ss + sv * hs))
    lo, hi = min(vals), max(vals)
    fv = float(frac(v))
    fh = float(half(places(v)))
    ok_f = fv + fh >= lo and fv - fh <= hi
    df1, df2 = k - 1, int(N) - k
    ok_p = p_fits(stats.f.sf(fv + fh, df1, df2), stats.f.sf(max(0.0, fv - fh), df1, df2), p)
    s = "F(%d, %d) from the group means and SDs (%s) = %s (%s-%s over their rounding); p(F = %s; %d, %d) = %s, printed P%s" % (
        df1, df2, ", ".join("%s ± %s, n = %d" % (norm(g[0]), norm(g[1]), g[2]) for g in groups),
        fl(vals[0], 3), fl(lo, 3), fl(hi, 3), norm(v), df1, df2, pstr(stats.f.sf(fv, df1, df2)), p)
    return ("consistent" if ok_f and ok_p else "inconsistent"), s


def f_p(df1, df2, p, v=None):
    v = _v(v)
    fv = float(frac(v))
    fh = float(half(places(v)))
    ok = p_fits(stats.f.sf(fv + fh, df1, df2), stats.f.sf(max(0.0, fv - fh), df1, df2), p)
    return ("consistent" if ok else "inconsistent"), "p(F = %s; %d, %d) = %s, printed P%s" % (
        norm(v), df1, df2, pstr(stats.f.sf(fv, df1, df2)), p)


def r2_f(k, n, f, v=None):
    """R² against the printed F of a regression with k predictors and n cases."""
    v = _v(v)
    r = float(frac(v))
    h = float(half(places(v)))
    df2 = n - k - 1
    lo = ((r - h) / k) / ((1 - r + h) / df2)
    hi = ((r + h) / k) / ((1 - r - h) / df2)
    fv = float(frac(f))
    fh = float(half(places(f)))
    ok = fv + fh >= lo and fv - fh <= hi
    return ("consistent" if ok else "inconsistent"), "F(%d, %d) from R² = %s: %s (%s-%s over its rounding), printed F = %s" % (
        k, df2, norm(v), fl((r / k) / ((1 - r) / df2), 3), fl(lo, 3), fl(hi, 3), norm(f))


def zp(p, v=None):
    v = _v(v)
    z = abs(float(frac(v)))
    h = float(half(places(v)))
    ok = p_fits(2 * stats.norm.sf(z + h), 2 * stats.norm.sf(max(0.0, z - h)), p)
    return ("consistent" if ok else "inconsistent"), "two-sided normal p(|Z| = {}) = {}, printed P{}".format(
        norm(v).lstrip("-"), pstr(2 * stats.norm.sf(z)), p)


def chi2_p(df, p, v=None):
    v = _v(v)
    x = float(frac(v))
    h = float(half(places(v)))
    ok = p_fits(stats.chi2.sf(x + h, df), stats.chi2.sf(max(0.0, x - h), df), p)
    return ("consistent" if ok else "inconsistent"), "p(chi-square = %s; df %d) = %s, printed P%s" % (
        norm(v), df, pstr(stats.chi2.sf(x, df)), p)


def _r_p(r, n):
    r = min(abs(r), 0.999999)
    t = r * math.sqrt(n - 2) / math.sqrt(1 - r * r)
    return 2 * stats.t.sf(t, n - 2)


def rstar(n, stars, v=None):
    """Pearson r with its stars (* P<0.05, ** P<0.01, none: P>=0.05) for n cases."""
    v = _v(v)
    r = abs(float(frac(v)))
    h = float(half(places(v)))
    p_hi = _r_p(max(0.0, r - h), n)
    p_lo = _r_p(r + h, n)
    need = {"": (0.05, 1.0), "*": (0.01, 0.05), "**": (0.0, 0.01)}[stars]
    ok = p_hi >= need[0] and p_lo < need[1]
    return ("consistent" if ok else "inconsistent"), "r = %s, n = %d: p = %s-%s over the rounding of r; printed %s" % (
        norm(v), n, pstr(p_lo), pstr(p_hi), (f"'{stars}' (P in [{need[0]}, {need[1]}))") if stars else "no star (P >= 0.05)")


def r_p(n, p, v=None):
    """Pearson r with its printed p for n cases."""
    v = _v(v)
    r = abs(float(frac(v)))
    h = float(half(places(v)))
    ok = p_fits(_r_p(r + h, n), _r_p(max(0.0, r - h), n), p)
    return ("consistent" if ok else "inconsistent"), "r = %s, n = %d: p = %s, printed P%s" % (
        norm(v), n, pstr(_r_p(r, n)), p)


def wmean(groups, v=None):
    """A total mean against the means and ns of its groups (within their rounding)."""
    v = _v(v)
    N = sum(g[1] for g in groups)
    x = sum(g[1] * frac(g[0]) for g in groups) / N
    h = sum(g[1] * half(places(g[0])) for g in groups) / N
    pv, ph = frac(v), half(places(v))
    ok = pv + ph >= x - h and pv - ph <= x + h
    return ("consistent" if ok else "inconsistent"), "(%s)/%d = %s (± %s over the rounding of the group means), printed %s" % (
        " + ".join("%dx%s" % (g[1], norm(g[0])) for g in groups), N, fmt(x), fmt(h, 4), norm(v))


def sd_total(groups, v=None):
    """The SD of a whole sample from its groups' means, SDs and ns (within their rounding)."""
    import numpy as np
    v = _v(v)
    ns = np.array([g[2] for g in groups], dtype=float)
    N = ns.sum()
    ms = np.array([float(frac(g[0])) for g in groups])
    ss = np.array([float(frac(g[1])) for g in groups])
    hm = np.array([float(half(places(g[0]))) for g in groups])
    hs = np.array([float(half(places(g[1]))) for g in groups])

    def sd(m, s):
        M = (ns * m).sum() / N
        return math.sqrt((((ns - 1) * s ** 2).sum() + (ns * (m - M) ** 2).sum()) / (N - 1))

    vals = [sd(ms, ss)]
    k = len(groups)
    for mask in range(2 ** (2 * k)):
        sm = np.array([1 if mask >> i & 1 else -1 for i in range(k)])
        sv = np.array([1 if mask >> (k + i) & 1 else -1 for i in range(k)])
        vals.append(sd(ms + sm * hm, ss + sv * hs))
    lo, hi = min(vals), max(vals)
    pv, ph = float(frac(v)), float(half(places(v)))
    ok = pv + ph >= lo and pv - ph <= hi
    return ("consistent" if ok else "inconsistent"), f"SD of the whole sample from the groups' means, SDs and ns = {fl(vals[0], 4)} ({fl(lo, 4)}-{fl(hi, 4)} over their rounding), printed {norm(v)}"


def orci(lo, hi, p=None, v=None):
    """OR (or any ratio) with its Wald 95% CI: inside it, at the geometric middle, with its p."""
    v = _v(v)
    o = float(frac(v))
    oh = float(half(places(v)))
    (l1, l2), (u1, u2) = _box([lo, hi])
    gm_lo, gm_hi = math.sqrt(l1 * u1), math.sqrt(l2 * u2)
    inside = float(frac(lo)) <= o <= float(frac(hi))
    middle = o + oh >= gm_lo and o - oh <= gm_hi
    s = f"95%CI {norm(lo)}~{norm(hi)}: geometric middle sqrt({norm(lo)} x {norm(hi)}) = {fl(math.sqrt(float(frac(lo)) * float(frac(hi))), 3)} ({fl(gm_lo, 3)}-{fl(gm_hi, 3)} over the rounding), printed OR {norm(v)}"
    if not inside:
        s += " lies outside its own CI"
    ok = inside and middle
    if p is not None:
        se = (math.log(float(frac(hi))) - math.log(float(frac(lo)))) / (2 * 1.959964)
        z = abs(math.log(math.sqrt(float(frac(lo)) * float(frac(hi))))) / se
        pz = 2 * stats.norm.sf(z)
        # p over the rounding of the bounds
        zs = []
        for a in (l1, l2):
            for b in (u1, u2):
                se2 = (math.log(b) - math.log(a)) / (2 * 1.959964)
                zs.append(abs(math.log(math.sqrt(a * b))) / se2)
        ok_p = p_fits(2 * stats.norm.sf(max(zs)), 2 * stats.norm.sf(min(zs)), p)
        s += f"; from the CI: SE(ln OR) = {fl(se, 4)}, z = {fl(z, 2)}, p = {pstr(pz)}, printed P{p}"
        ok = ok and ok_p
    return ("consistent" if ok else "inconsistent"), s


def ci_p(lo, hi, p, v=None):
    """A CI bound of an OR: with its partner bound it gives the printed P (Wald, on the log scale)."""
    (l1, l2), (u1, u2) = _box([lo, hi])
    zs = []
    for a in (l1, l2):
        for b in (u1, u2):
            se = (math.log(b) - math.log(a)) / (2 * 1.959964)
            zs.append(abs(math.log(math.sqrt(a * b))) / se)
    ok = float(frac(lo)) < float(frac(hi)) and p_fits(2 * stats.norm.sf(max(zs)), 2 * stats.norm.sf(min(zs)), p)
    gm = math.sqrt(float(frac(lo)) * float(frac(hi)))
    se = (math.log(float(frac(hi))) - math.log(float(frac(lo)))) / (2 * 1.959964)
    return ("consistent" if ok else "inconsistent"), f"CI {norm(lo)}~{norm(hi)}: middle {fl(gm, 3)}, SE(ln OR) = {fl(se, 4)}, p = {pstr(2 * stats.norm.sf(abs(math.log(gm)) / se))}, printed P{p}"


def moe(n, z="1.96", v=None):
    v = _v(v)
    x = float(Decimal(z)) * math.sqrt(0.25 / n) * 100
    ok = fits(Fraction(x), v) == "consistent"
    return ("consistent" if ok else "inconsistent"), "%s x sqrt(0.25/%d) = %s points, printed %s" % (z, n, fl(x, 4), norm(v))


def growth(level, inc, v=None):
    """Growth rate from this year's level and the increase printed beside it."""
    v = _v(v)
    lv, ic = Decimal(norm(str(level))), Decimal(norm(str(inc)))
    last = lv - ic
    x = Fraction(ic) / Fraction(last) * 100
    verdict = fits(x, v)
    s = f"last year = {lv} - {ic} = {last}; {ic}/{last} = {fmt(x)}%"
    s += (f", printed {norm(v)}") if verdict == "consistent" else f" ({fmt(x, places(v))}), not the printed {norm(v)}"
    return verdict, s


def growth2(cur, prev, v=None):
    """Growth rate from both years' levels."""
    v = _v(v)
    c, pr = Decimal(norm(str(cur))), Decimal(norm(str(prev)))
    x = Fraction(c - pr) / Fraction(pr) * 100
    verdict = fits(x, v)
    s = f"{c} - {pr} = {c - pr}; {c - pr}/{pr} = {fmt(x)}%"
    s += (f", printed {norm(v)}") if verdict == "consistent" else f" ({fmt(x, places(v))}), not the printed {norm(v)}"
    return verdict, s


def pp(a, b, v=None):
    """Change in percentage points between two printed shares, over their rounding."""
    v = _v(v)
    da, db = Decimal(norm(str(a))), Decimal(norm(str(b)))
    h = half(places(str(a))) + half(places(str(b)))
    x = Fraction(da - db)
    lo, hi = x - h, x + h
    pv, ph = frac(v), half(places(v))
    ok = pv + ph > lo and pv - ph < hi or pv == r_up(x, places(v))
    return ("consistent" if ok else "inconsistent"), f"{da} - {db} = {da - db} points ({fmt(lo, places(v) + 2)} to {fmt(hi, places(v) + 2)} over the rounding of both), printed {norm(v)}"


def pp_exact(k1, n1, k2, n2, v=None):
    v = _v(v)
    x = Fraction(100 * k1, n1) - Fraction(100 * k2, n2)
    verdict = fits(x, v)
    return verdict, "%d/%d - %d/%d = %s points, printed %s" % (k1, n1, k2, n2, fmt(x), norm(v))


def ratio(a, b, v=None):
    v = _v(v)
    x = frac(str(a)) / frac(str(b))
    verdict = fits(x, v)
    return verdict, f"{norm(str(a))}/{norm(str(b))} = {fmt(x)}, printed {norm(v)}"


def pct(a, b, v=None):
    """A share of two printed decimal quantities (万人, 亿元): 100·a/b."""
    v = _v(v)
    x = frac(str(a)) / frac(str(b)) * 100
    verdict = fits(x, v)
    return verdict, f"{norm(str(a))}/{norm(str(b))} = {fmt(x)}%, printed {norm(v)}"


def pp_levels(a1, b1, a2, b2, v=None):
    """Change in points of a share a/b between two years whose levels are printed or follow from the page."""
    v = _v(v)
    x1 = frac(str(a1)) / frac(str(b1)) * 100
    x2 = frac(str(a2)) / frac(str(b2)) * 100
    verdict = fits(x1 - x2, v)
    return verdict, f"{norm(str(a1))}/{norm(str(b1))} = {fmt(x1)}% this year, {norm(str(a2))}/{norm(str(b2))} = {fmt(x2)}% last year: change = {fmt(x1 - x2)} points, printed {norm(v)}"


def exact(expr, v=None):
    """An exact expression of printed figures, e.g. '(39967/21429) - (42185/22947)'."""
    v = _v(v)
    x = eval(re.sub(r"(\d+(?:\.\d+)?)", r"Fraction('\1')", expr))  # noqa: S307
    verdict = fits(x, v)
    return verdict, f"{expr} = {fmt(x)}, printed {norm(v)}"


def permille(diff, pop, v=None):
    """A rate per mille: diff / population (population in 万)."""
    v = _v(v)
    x = frac(str(diff)) / (frac(str(pop)) * 10000) * 1000
    verdict = fits(x, v)
    return verdict, f"({norm(str(diff))})/({norm(str(pop))}万) = {fmt(x)} per mille, printed {norm(v)}"


def combo(parts, v=None):
    """A combined share printed beside its rounded parts (weighted data): equal within their rounding."""
    v = _v(v)
    s = _dsum(parts)
    h = sum(half(places(str(p))) for p in parts) + half(places(v))
    ok = abs(Fraction(s) - frac(v)) <= h
    return ("consistent" if ok else "inconsistent"), f"{_plus(parts)} = {s} against the printed {norm(v)} (allowed gap {fmt(h, places(v) + 1)})"


def ranksum(n, r, v=None):
    """A rank sum beside its mean rank: n x mean rank within the rounding of the mean rank."""
    v = _v(v)
    x = n * frac(r)
    h = n * half(places(r)) + half(places(v))
    ok = abs(frac(v) - x) <= h
    return ("consistent" if ok else "inconsistent"), "rank sum = %dx%s = %s (± %s over the rounding of the mean rank), printed %s" % (
        n, norm(r), fmt(x, 2), fmt(n * half(places(r)), 3), norm(v))


def sd_dist(counts, scores, v=None):
    """The SD of a printed distribution of whole-number scores (n - 1 in the denominator)."""
    v = _v(v)
    n = sum(counts)
    t = sum(c * s for c, s in zip(counts, scores))
    q = sum(c * s * s for c, s in zip(counts, scores))
    var = (q - Fraction(t * t, n)) / (n - 1)
    sd = math.sqrt(var)
    ok = fits(Fraction(sd), v) == "consistent"
    return ("consistent" if ok else "inconsistent"), "sum of squares %s = %d, SD = sqrt((%d - %d^2/%d)/%d) = %s, printed %s" % (
        " + ".join("%dx%d" % (s * s, c) for c, s in zip(counts, scores)), q, q, t, n, n - 1, fl(sd, 4), norm(v))


def mw_ranks(n1, r1, n2, r2):
    """Mean ranks of two groups: n1*R1 + n2*R2 = N(N+1)/2 within their rounding."""
    N = n1 + n2
    tot = Fraction(N * (N + 1), 2)
    got = n1 * frac(r1) + n2 * frac(r2)
    slack = n1 * half(places(r1)) + n2 * half(places(r2))
    ok = abs(got - tot) <= slack
    return ("consistent" if ok else "inconsistent"), "mean ranks: %dx%s + %dx%s = %s against N(N + 1)/2 = %s for N = %d (allowed gap %s)" % (
        n1, norm(r1), n2, norm(r2), fmt(got, 2), fmt(tot, 1), N, fmt(slack, 2))


def mw_z(n1, r1, n2, r2, p, v=None):
    """Mann-Whitney Z: at least the no-ties Z of the mean ranks (ties only raise |Z|), and its p."""
    v = _v(v)
    N = n1 + n2
    sd = math.sqrt(n1 * n2 * (N + 1) / 12)
    u_lo = n1 * (float(frac(r1)) - float(half(places(r1)))) - n1 * (n1 + 1) / 2
    u_hi = n1 * (float(frac(r1)) + float(half(places(r1)))) - n1 * (n1 + 1) / 2
    zs = [abs(u - n1 * n2 / 2) / sd for u in (u_lo, u_hi)]
    zmin = min(zs)
    z = abs(float(frac(v)))
    h = float(half(places(v)))
    ok_z = z + h >= zmin
    ok_p = p_fits(2 * stats.norm.sf(z + h), 2 * stats.norm.sf(max(0.0, z - h)), p)
    s = "no-ties |Z| from the mean ranks = {}-{} (ties only raise it), printed |Z| = {}; two-sided p(|Z| = {}) = {}, printed P{}".format(
        fl(min(zs), 3), fl(max(zs), 3), norm(v).lstrip("-"), norm(v).lstrip("-"), pstr(2 * stats.norm.sf(z)), p)
    return ("consistent" if ok_z and ok_p else "inconsistent"), s


def mw_u(n1, r1, n2, r2, v=None):
    v = _v(v)
    h = n1 * half(places(r1))
    u1 = n1 * frac(r1) - Fraction(n1 * (n1 + 1), 2)
    u1 = min(u1, n1 * n2 - u1)
    pv = frac(v)
    ok = abs(pv - u1) <= h + half(places(v))
    return ("consistent" if ok else "inconsistent"), "U = n x mean rank - n(n + 1)/2 = %dx%s - %d = %s (± %s over the rounding of the mean rank), printed %s" % (
        n1, norm(r1), n1 * (n1 + 1) // 2, fmt(u1, 2), fmt(h, 3), norm(v))


def all_(*rules):
    return worst([r[0] for r in rules]), "; ".join(r[1] for r in rules)


def same(other, v=None):
    """A number repeated from elsewhere on the page (abstract and table)."""
    v = _v(v)
    ok = frac(str(other)) == frac(v)
    return ("consistent" if ok else "inconsistent"), f"the same figure as {norm(str(other))} printed elsewhere on the page"


# ---------------------------------------------------------------------------------------
# arithmetic written in `why`
# ---------------------------------------------------------------------------------------

NUM = r"-?\d+(?:\.\d+)?"
TERM = r"\d+(?:\.\d+)?(?:x\d+(?:\.\d+)?)?"
RE_FRAC = re.compile(r"(?<![\w.)/])(\d+(?:\.\d+)?)/(\d+(?:\.\d+)?) = (-?\d+(?:\.\d+)?)(%?)")
RE_SUM = re.compile(r"(?<![\w.x/])(-?" + TERM + r"(?: [+-] \(?-?" + TERM + r"\)?)+) = (-?\d+(?:\.\d+)?)(?![\d.]|/)")
RE_NE = re.compile(r"= (" + NUM + r") ≠ (" + NUM + r")")
RE_LE = re.compile(r"(?<![\w.])(" + NUM + r") (<=|>=|<|>) (" + NUM + r")(?![\d.])")
RE_MOE = re.compile(r"(\d+\.\d+) x sqrt\(0\.25/(\d+)\) = (\d+\.\d+)")
RE_PROD = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?) x (\d+(?:\.\d+)?) = (\d+(?:\.\d+)?)(?![\d.])")


def _term(t):
    t = t.strip("() ")
    neg = t.startswith("-")
    t = t.lstrip("-")
    if "x" in t:
        a, b = t.split("x")
        x = Fraction(Decimal(a)) * Fraction(Decimal(b))
    else:
        x = Fraction(Decimal(t))
    return -x if neg else x


def check_why(why):
    """Recompute every fraction, sum, product, bound and margin written in a `why`."""
    errs = []
    count = 0
    for a, b, c, pct in RE_FRAC.findall(why):
        x = Fraction(Decimal(a)) / Fraction(Decimal(b)) * (100 if pct else 1)
        d = places(c)
        if abs(x - Fraction(Decimal(c))) > half(d):
            errs.append(f"{a}/{b} = {c}{pct} (is {fmt(x, d + 2)})")
        count += 1
    for expr, res in RE_SUM.findall(why):
        toks = re.findall(r"[+-]|\(?-?" + TERM + r"\)?", expr)
        total = _term(toks[0])
        for op, t in zip(toks[1::2], toks[2::2]):
            total = total + _term(t) if op == "+" else total - _term(t)
        if total != Fraction(Decimal(res)):
            errs.append(f"{expr} = {res} (is {float(total)})")
        count += 1
    for a, b in RE_NE.findall(why):
        if Decimal(a) == Decimal(b):
            errs.append(f"{a} ≠ {b}")
        count += 1
    for a, op, b in RE_LE.findall(why):
        a, b = Decimal(a), Decimal(b)
        ok = {"<=": a <= b, ">=": a >= b, "<": a < b, ">": a > b}[op]
        if not ok:
            errs.append(f"{a} {op} {b}")
        count += 1
    for z, n, m in RE_MOE.findall(why):
        x = float(z) * math.sqrt(0.25 / int(n)) * 100
        if abs(x - float(m)) > float(half(places(m))) + 1e-9:
            errs.append(f"{z} x sqrt(0.25/{n}) = {m} (is {x:.4f})")
        count += 1
    for a, b, c in RE_PROD.findall(why):
        x = Fraction(Decimal(a)) * Fraction(Decimal(b))
        if abs(x - Fraction(Decimal(c))) > half(places(c)):
            errs.append(f"{a} x {b} = {c} (is {float(x)})")
        count += 1
    return errs, count


# ---------------------------------------------------------------------------------------
# pages
# ---------------------------------------------------------------------------------------

def decode(path):
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030")


# Numbers cut by a page marker: `reported` is the part printed after the marker, `value` the
# whole number (the digits before the marker belong to it).
VALUE_FIX = {
    ("08_nongcun_yanglao_yiyuan_minzheng.txt", "－ 2 －\n3.45%)", "3.45%"): "33.45",
}


# --- RULES BEGIN (written with the labels; one rule per judged label) ---
RULES = {
    ('01_tingche_shoufei_wangshang_diaocha.txt', '调查状态:已结束    投票人总数:237', '237'): 'sum_([121, 58, 39, 19], 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '支持[121票] 51.05%', '121'): 'sum_([121, 58, 39, 19], 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '支持[121票] 51.05%', '51.05%'): 'share(121, 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '基本支持[58票] 24.47%', '58'): 'sum_([121, 58, 39, 19], 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '基本支持[58票] 24.47%', '24.47%'): 'share(58, 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '不支持[39票] 16.46%', '39'): 'sum_([121, 58, 39, 19], 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '不支持[39票] 16.46%', '16.46%'): 'share(39, 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '无所谓[19票] 8.02%', '19'): 'sum_([121, 58, 39, 19], 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '无所谓[19票] 8.02%', '8.02%'): 'share(19, 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '2元[67票] 28.27%', '67'): 'sum_([67, 104, 41, 25], 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '2元[67票] 28.27%', '28.27%'): 'share(67, 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '3元[104票] 43.88%', '104'): 'sum_([67, 104, 41, 25], 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '3元[104票] 43.88%', '43.88%'): 'share(104, 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '4元[41票] 17.30%', '41'): 'sum_([67, 104, 41, 25], 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '4元[41票] 17.30%', '17.30%'): 'share(41, 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '5元及以上[25票] 10.55%', '25'): 'sum_([67, 104, 41, 25], 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '5元及以上[25票] 10.55%', '10.55%'): 'share(25, 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '赞成[188票] 79.32%', '188'): 'sum_([188, 31, 18], 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '赞成[188票] 79.32%', '79.32%'): 'share(188, 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '不赞成[31票] 13.08%', '31'): 'sum_([188, 31, 18], 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '不赞成[31票] 13.08%', '13.08%'): 'share(31, 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '说不清[18票] 7.59%', '18'): 'sum_([188, 31, 18], 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '说不清[18票] 7.59%', '7.59%'): 'share(18, 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '同意[149票] 62.87%', '149'): 'sum_([149, 52, 36], 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '同意[149票] 62.87%', '62.87%'): 'share(149, 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '不同意[52票] 21.49%', '52'): 'sum_([149, 52, 36], 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '不同意[52票] 21.49%', '21.49%'): 'share(52, 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '无所谓[36票] 15.19%', '36'): 'sum_([149, 52, 36], 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '无所谓[36票] 15.19%', '15.19%'): 'share(36, 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '1-2次[88票] 37.13%', '88'): 'sum_([88, 79, 43, 27], 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '1-2次[88票] 37.13%', '37.13%'): 'share(88, 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '3-5次[79票] 33.33%', '79'): 'sum_([88, 79, 43, 27], 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '3-5次[79票] 33.33%', '33.33%'): 'share(79, 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '6次及以上[43票] 18.14%', '43'): 'sum_([88, 79, 43, 27], 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '6次及以上[43票] 18.14%', '18.14%'): 'share(43, 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '基本不停车[27票] 11.39%', '27'): 'sum_([88, 79, 43, 27], 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '基本不停车[27票] 11.39%', '11.39%'): 'share(27, 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '路内停车泊位[132票] 55.70%', '55.70%'): 'share(132, 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '公共停车场[98票] 41.35%', '41.35%'): 'share(98, 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '单位或小区内部车位[71票] 29.96%', '29.96%'): 'share(71, 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '其他[16票] 6.75%', '6.75%'): 'share(16, 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '合计占75.52%', '75.52%'): 'share(179, 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '最多,占43.88%', '43.88%'): 'share(104, 237)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '投票人总数:94', '94'): 'sum_([47, 25, 17, 7], 94)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '支持[47票] 48.96%', '47'): "share(47, 96, v='48.96%')",
    ('01_tingche_shoufei_wangshang_diaocha.txt', '支持[47票] 48.96%', '48.96%'): 'share(47, 96)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '比较支持[25票] 26.04%', '25'): "share(25, 96, v='26.04%')",
    ('01_tingche_shoufei_wangshang_diaocha.txt', '比较支持[25票] 26.04%', '26.04%'): 'share(25, 96)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '不支持[17票] 17.71%', '17'): "share(17, 96, v='17.71%')",
    ('01_tingche_shoufei_wangshang_diaocha.txt', '不支持[17票] 17.71%', '17.71%'): 'share(17, 96)',
    ('01_tingche_shoufei_wangshang_diaocha.txt', '不清楚[7票] 7.29%', '7'): "share(7, 96, v='7.29%')",
    ('01_tingche_shoufei_wangshang_diaocha.txt', '不清楚[7票] 7.29%', '7.29%'): 'share(7, 96)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '回收331份', '331'): 'all_(le(318, 331), le(331, 350))',
    ('02_wangluo_jiedai_yuanchuangli.txt', '其中有效问卷318份', '318'): 'sum_([139, 179], 318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '回收率为94。57%', '94。57%'): 'share(331, 350)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '有效率为96.07%', '96.07%'): 'share(318, 331)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '性别 男 139 43.71%', '139'): 'sum_([139, 179], 318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '性别 男 139 43.71%', '43.71%'): 'share(139, 318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '女 179 56.29%', '179'): 'sum_([139, 179], 318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '女 179 56.29%', '56.29%'): 'share(179, 318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '年级 大一 96 30.19%', '96'): "share(96, 318, v='30.19%')",
    ('02_wangluo_jiedai_yuanchuangli.txt', '年级 大一 96 30.19%', '30.19%'): 'share(96, 318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '大二 88 27.67%', '88'): "share(88, 318, v='27.67%')",
    ('02_wangluo_jiedai_yuanchuangli.txt', '大二 88 27.67%', '27.67%'): 'share(88, 318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '大四 56 17.61%', '56'): "share(56, 318, v='17.61%')",
    ('02_wangluo_jiedai_yuanchuangli.txt', '大四 56 17.61%', '17.61%'): 'share(56, 318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '大三 87 24.53%', '87'): "all_(sum_([96, 88, 87, 56], 318), share(87, 318, v='24.53%'))",
    ('02_wangluo_jiedai_yuanchuangli.txt', '大三 87 24.53%', '24.53%'): 'share(78, 318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '17.61%\n合计 318 100%', '318'): 'sum_([96, 88, 78, 56], 318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '17.61%\n合计 318 100%', '100%'): 'share(318, 318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '1000元以下 41 12.89%', '41'): 'sum_([41, 126, 98, 53], 318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '1000元以下 41 12.89%', '12.89%'): 'share(41, 318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '1000-1500元 126 39.62%', '126'): 'sum_([41, 126, 98, 53], 318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '1000-1500元 126 39.62%', '39.62%'): 'share(126, 318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '1501-2000元 98 30.82%', '98'): 'sum_([41, 126, 98, 53], 318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '1501-2000元 98 30.82%', '30.82%'): 'share(98, 318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '2000元以上 53 16.67%', '53'): 'sum_([41, 126, 98, 53], 318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '2000元以上 53 16.67%', '16.67%'): 'share(53, 318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '16.67%\n合计 318 100%', '318'): 'sum_([41, 126, 98, 53], 318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '16.67%\n合计 318 100%', '100%'): 'share(318, 318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '服装鞋帽的占68.87%', '68.87%'): 'reach(318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '零食饮品占57.23%', '57.23%'): 'reach(318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '书籍占41.19%', '41.19%'): 'reach(318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '数码产品占26.42%', '26.42%'): 'reach(318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '游戏充值占13.84%', '13.84%'): 'reach(318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '的同学占37。42%', '37。42%'): 'reach(318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '从未使用过的占62.58%', '62.58%'): 'reach(318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '日常消费的占47.06%', '47.06%'): 'reach(119)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '电子产品的占26.89%', '26.89%'): 'reach(119)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '旅游娱乐的占15.97%', '15.97%'): 'reach(119)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '其他用途的占10.08%', '10.08%'): 'reach(119)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '还款经历的占15.13%', '15.13%'): 'reach(119)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '逾期经历的占84.87%', '84.87%'): 'reach(119)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '非常满意的占17.92%', '17.92%'): 'reach(318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '比较满意的占38.05%', '38.05%'): 'reach(318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '一般的占32.70%', '32.70%'): 'reach(318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '不满意的占11.33%', '11.33%'): 'reach(318)',
    ('02_wangluo_jiedai_yuanchuangli.txt', '“非常有必要”的占46.23%', '46.23%'): 'reach(318)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '收治的94例老年髋部', '94'): 'sum_([48, 46], 94)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '分为观察组48例', '48'): 'sum_([48, 46], 94)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '和对照组46例', '46'): 'sum_([48, 46], 94)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '发生率为10.42%', '10.42%'): 'share(5, 48)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '低于对照组的30.43%', '30.43%'): 'share(14, 46)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '观察组(n=48)', '48'): 'all_(sum_([48, 46], 94), sum_([21, 27], 48))',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '对照组(n=46)', '46'): 'all_(sum_([48, 46], 94), sum_([20, 26], 46))',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '性别(男/女,例) 21/27', '21'): 'sum_([21, 27], 48)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '性别(男/女,例) 21/27', '27'): 'sum_([21, 27], 48)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '21/27 20/26', '20'): 'sum_([20, 26], 46)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '20/26 χ2', '26'): 'sum_([20, 26], 46)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', 'χ2=0.001 0.979', '0.001'): "chi2([[21, 27], [20, 26]], '=0.979')",
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '76.42±6.18', '76.42'): 'grim(48)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '76.42±6.18', '6.18'): "grimmer(48, '76.42')",
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '75.87±6.53', '75.87'): 'grim(46)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '75.87±6.53', '6.53'): "grimmer(46, '75.87')",
    ('03_kuanbu_guzhe_zhanwang_huli.txt', 't=0.420 0.676', '0.420'): "ttest('76.42', '6.18', 48, '75.87', '6.53', 46, '=0.676')",
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '骨折类型(股骨颈/转子间,例) 29/19', '29'): 'sum_([29, 19], 48)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '骨折类型(股骨颈/转子间,例) 29/19', '19'): 'sum_([29, 19], 48)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '29/19 26/20', '26'): 'sum_([26, 20], 46)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '26/20 χ2', '20'): 'sum_([26, 20], 46)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', 'χ2=0.147 0.702', '0.147'): "chi2([[29, 19], [26, 20]], '=0.702')",
    ('03_kuanbu_guzhe_zhanwang_huli.txt', 't=0.896 0.373', '0.896'): "ttest('98.36', '15.42', 48, '101.27', '16.08', 46, '=0.373')",
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '谵妄5例(10.42%)', '10.42%'): 'share(5, 48)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '对照组14例(30.43%)', '30.43%'): 'share(14, 46)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '(χ2=5.837,P=0.016)', '5.837'): "chi2([[5, 43], [14, 32]], '=0.016')",
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '观察组 48 13.54', '48'): 'sum_([48, 46], 94)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '对照组 46 13.72', '46'): 'sum_([48, 46], 94)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '13.54±2.87', '13.54'): 'grim(48)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '13.54±2.87', '2.87'): "grimmer(48, '13.54')",
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '7.85±2.14', '7.85'): 'grim(48)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '7.85±2.14', '2.14'): "grimmer(48, '7.85')",
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '4.21±1.03', '4.21'): 'grim(48)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '4.21±1.03', '1.03'): "grimmer(48, '4.21')",
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '13.72±2.95', '13.72'): 'grim(46)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '13.72±2.95', '2.95'): "grimmer(46, '13.72')",
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '10.26±2.53', '10.26'): 'grim(46)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '10.26±2.53', '2.53'): "grimmer(46, '10.26')",
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '4.87±1.15', '4.87'): 'grim(46)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '4.87±1.15', '1.15'): "grimmer(46, '4.87')",
    ('03_kuanbu_guzhe_zhanwang_huli.txt', 't 0.300 4.994', '0.300'): "ttest('13.54', '2.87', 48, '13.72', '2.95', 46, '=0.765')",
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '0.300 4.994 2.934', '4.994'): "ttest('7.85', '2.14', 48, '10.26', '2.53', 46, '=0.000')",
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '4.994 2.934 2.146', '2.934'): "ttest('4.21', '1.03', 48, '4.87', '1.15', 46, '=0.004')",
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '2.934 2.146\n', '2.146'): "ttest('12.63', '3.21', 48, '14.85', '3.67', 46, '=0.034')",
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '满意45例(93.75%)', '93.75%'): 'share(45, 48)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '满意36例(78.26%)', '78.26%'): 'share(36, 46)',
    ('03_kuanbu_guzhe_zhanwang_huli.txt', '(χ2=6.913,P=0.009)', '6.913'): "chi2([[45, 3], [36, 10]], '=0.009')",
    ('04_shouji_yilai_xueye_tuoyan.txt', '调查212名初中生', '212'): 'all_(sum_([109, 103], 212), sum_([74, 71, 67], 212))',
    ('04_shouji_yilai_xueye_tuoyan.txt', '(r=0.47,P<0.01)', '0.47'): "r_p(212, '<0.01')",
    ('04_shouji_yilai_xueye_tuoyan.txt', '回收有效问卷212份', '212'): 'all_(sum_([109, 103], 212), le(212, 230))',
    ('04_shouji_yilai_xueye_tuoyan.txt', '有效率92.17%', '92.17%'): 'share(212, 230)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '其中男生109人', '109'): 'sum_([109, 103], 212)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '女生103人', '103'): 'sum_([109, 103], 212)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '初一74人(34.91%)', '74'): 'sum_([74, 71, 67], 212)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '初一74人(34.91%)', '34.91%'): 'share(74, 212)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '初二71人(33.49%)', '71'): 'sum_([74, 71, 67], 212)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '初二71人(33.49%)', '33.49%'): 'share(71, 212)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '初三67人(31.60%)', '67'): 'sum_([74, 71, 67], 212)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '初三67人(31.60%)', '31.60%'): 'share(67, 212)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '相关系数(N=212)', '212'): 'sum_([74, 71, 67], 212)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '1手机依赖 2.64 0.71', '2.64'): "all_(grim(212, 13), wmean([('2.48', 74), ('2.63', 71), ('2.83', 67)]), wmean([('2.71', 109), ('2.57', 103)]))",
    ('04_shouji_yilai_xueye_tuoyan.txt', '1手机依赖 2.64 0.71', '0.71'): "all_(sd_total([('2.48', '0.69', 74), ('2.63', '0.70', 71), ('2.83', '0.71', 67)]), sd_total([('2.71', '0.66', 109), ('2.57', '0.75', 103)]))",
    ('04_shouji_yilai_xueye_tuoyan.txt', '2自我控制 3.12 0.58', '3.12'): "all_(grim(212, 19), wmean([('3.21', 74), ('3.13', 71), ('3.01', 67)]))",
    ('04_shouji_yilai_xueye_tuoyan.txt', '2自我控制 3.12 0.58', '0.58'): "sd_total([('3.21', '0.57', 74), ('3.13', '0.58', 71), ('3.01', '0.59', 67)])",
    ('04_shouji_yilai_xueye_tuoyan.txt', '0.58 -0.42** 1', '-0.42**'): "rstar(212, '**')",
    ('04_shouji_yilai_xueye_tuoyan.txt', '3学业拖延 2.87 0.66', '2.87'): "all_(grim(212, 16), wmean([('2.71', 74), ('2.86', 71), ('3.06', 67)]), wmean([('2.95', 109), ('2.79', 103)]))",
    ('04_shouji_yilai_xueye_tuoyan.txt', '3学业拖延 2.87 0.66', '0.66'): "all_(sd_total([('2.71', '0.63', 74), ('2.86', '0.65', 71), ('3.06', '0.66', 67)]), sd_total([('2.95', '0.67', 109), ('2.79', '0.64', 103)]))",
    ('04_shouji_yilai_xueye_tuoyan.txt', '2.87 0.66 0.47**', '0.47**'): "rstar(212, '**')",
    ('04_shouji_yilai_xueye_tuoyan.txt', '0.47** -0.53** 1', '-0.53**'): "rstar(212, '**')",
    ('04_shouji_yilai_xueye_tuoyan.txt', '4学习投入 3.35 0.74', '3.35'): 'grim(212, 17)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '0.74 -0.29**', '-0.29**'): "rstar(212, '**')",
    ('04_shouji_yilai_xueye_tuoyan.txt', '-0.29** 0.38**', '0.38**'): "rstar(212, '**')",
    ('04_shouji_yilai_xueye_tuoyan.txt', '0.38** -0.11* 1', '-0.11*'): "rstar(212, '*')",
    ('04_shouji_yilai_xueye_tuoyan.txt', '5孤独感 2.23 0.62', '2.23'): 'grim(212, 8)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '0.62 0.24**', '0.24**'): "rstar(212, '**')",
    ('04_shouji_yilai_xueye_tuoyan.txt', '0.24** -0.12 0.19**', '-0.12'): "rstar(212, '')",
    ('04_shouji_yilai_xueye_tuoyan.txt', '-0.12 0.19**', '0.19**'): "rstar(212, '**')",
    ('04_shouji_yilai_xueye_tuoyan.txt', '0.19** -0.15*', '-0.15*'): "rstar(212, '*')",
    ('04_shouji_yilai_xueye_tuoyan.txt', '变量 男(n=109)', '109'): 'sum_([109, 103], 212)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '女(n=103) t P', '103'): 'sum_([109, 103], 212)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '2.71±0.66', '2.71'): 'grim(109, 13)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '2.57±0.75', '2.57'): 'grim(103, 13)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '2.95±0.67', '2.95'): 'grim(109, 16)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '2.79±0.64', '2.79'): 'grim(103, 16)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '2.57±0.75 1.44 0.150', '1.44'): "ttest('2.71', '0.66', 109, '2.57', '0.75', 103, '=0.150')",
    ('04_shouji_yilai_xueye_tuoyan.txt', '2.79±0.64 1.78 0.077', '1.78'): "ttest('2.95', '0.67', 109, '2.79', '0.64', 103, '=0.077')",
    ('04_shouji_yilai_xueye_tuoyan.txt', '初一(n=74)', '74'): 'sum_([74, 71, 67], 212)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '初二(n=71)', '71'): 'sum_([74, 71, 67], 212)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '初三(n=67)', '67'): 'sum_([74, 71, 67], 212)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '2.48±0.69', '2.48'): 'grim(74, 13)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '2.63±0.70', '2.63'): 'grim(71, 13)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '2.83±0.71', '2.83'): 'grim(67, 13)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '3.21±0.57', '3.21'): 'grim(74, 19)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '3.13±0.58', '3.13'): 'grim(71, 19)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '3.01±0.59', '3.01'): 'grim(67, 19)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '2.71±0.63', '2.71'): 'grim(74, 16)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '2.86±0.65', '2.86'): 'grim(71, 16)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '3.06±0.66', '3.06'): 'grim(67, 16)',
    ('04_shouji_yilai_xueye_tuoyan.txt', '2.83±0.71 4.41 0.031', '4.41'): "anova([('2.48', '0.69', 74), ('2.63', '0.70', 71), ('2.83', '0.71', 67)], '=0.031')",
    ('04_shouji_yilai_xueye_tuoyan.txt', '3.01±0.59 2.11 0.124', '2.11'): "anova([('3.21', '0.57', 74), ('3.13', '0.58', 71), ('3.01', '0.59', 67)], '=0.124')",
    ('04_shouji_yilai_xueye_tuoyan.txt', '3.06±0.66 5.17 0.006', '5.17'): "anova([('2.71', '0.63', 74), ('2.86', '0.65', 71), ('3.06', '0.66', 67)], '=0.006')",
    ('05_lixian_tongji_gongbao.txt', '地区生产总值286.47亿元', '286.47'): "sum_(['41.36', '102.85', '142.26'], '286.47')",
    ('05_lixian_tongji_gongbao.txt', '第一产业增加值41.36亿元', '41.36'): "sum_(['41.36', '102.85', '142.26'], '286.47')",
    ('05_lixian_tongji_gongbao.txt', '第二产业增加值102.85亿元', '102.85'): "sum_(['41.36', '102.85', '142.26'], '286.47')",
    ('05_lixian_tongji_gongbao.txt', '第三产业增加值142.26亿元', '142.26'): "sum_(['41.36', '102.85', '142.26'], '286.47')",
    ('05_lixian_tongji_gongbao.txt', '结构为14.4:35.9', '14.4'): "pct('41.36', '286.47')",
    ('05_lixian_tongji_gongbao.txt', '14.4:35.9:49.7', '35.9'): "pct('102.85', '286.47')",
    ('05_lixian_tongji_gongbao.txt', ':35.9:49.7。', '49.7'): "pct('142.26', '286.47')",
    ('05_lixian_tongji_gongbao.txt', '户籍人口61.84万人', '61.84'): "sum_(['27.53', '34.31'], '61.84')",
    ('05_lixian_tongji_gongbao.txt', '其中城镇人口27.53万人', '27.53'): "sum_(['27.53', '34.31'], '61.84')",
    ('05_lixian_tongji_gongbao.txt', '乡村人口34.31万人', '34.31'): "sum_(['27.53', '34.31'], '61.84')",
    ('05_lixian_tongji_gongbao.txt', '城镇化率44.52%', '44.52%'): "pct('27.53', '61.84')",
    ('05_lixian_tongji_gongbao.txt', '自然增长率为-1.44‰', '-1.44‰'): "permille('-892', '61.84')",
    ('05_lixian_tongji_gongbao.txt', '粮食总产量32.68万吨', '32.68'): "all_(sum_(['2.31', '30.37'], '32.68'), growth('32.68', '0.94', v='3.0%'))",
    ('05_lixian_tongji_gongbao.txt', '比上年增加0.94万吨', '0.94'): "growth('32.68', '0.94', v='3.0%')",
    ('05_lixian_tongji_gongbao.txt', '0.94万吨,增长3.0%', '3.0%'): "growth('32.68', '0.94')",
    ('05_lixian_tongji_gongbao.txt', '其中夏粮2.31万吨', '2.31'): "sum_(['2.31', '30.37'], '32.68')",
    ('05_lixian_tongji_gongbao.txt', '秋粮30.37万吨', '30.37'): "sum_(['2.31', '30.37'], '32.68')",
    ('05_lixian_tongji_gongbao.txt', '零售总额112.58亿元', '112.58'): "all_(sum_(['86.94', '25.64'], '112.58'), growth('112.58', '7.26', v='6.9%'))",
    ('05_lixian_tongji_gongbao.txt', '比上年增加7.26亿元', '7.26'): "growth('112.58', '7.26', v='6.9%')",
    ('05_lixian_tongji_gongbao.txt', '7.26亿元,增长6.9%', '6.9%'): "growth('112.58', '7.26')",
    ('05_lixian_tongji_gongbao.txt', '城镇消费品零售额86.94亿元', '86.94'): "sum_(['86.94', '25.64'], '112.58')",
    ('05_lixian_tongji_gongbao.txt', '乡村消费品零售额25.64亿元', '25.64'): "sum_(['86.94', '25.64'], '112.58')",
    ('05_lixian_tongji_gongbao.txt', '预算收入14.83亿元', '14.83'): "all_(growth('14.83', '0.74', v='5.3%'), le('9.62', '14.83'))",
    ('05_lixian_tongji_gongbao.txt', '比上年增加0.74亿元', '0.74'): "growth('14.83', '0.74', v='5.3%')",
    ('05_lixian_tongji_gongbao.txt', '0.74亿元,增长5.3%', '5.3%'): "growth('14.83', '0.74')",
    ('05_lixian_tongji_gongbao.txt', '其中税收收入9.62亿元', '9.62'): "pct('9.62', '14.83', v='64.87%')",
    ('05_lixian_tongji_gongbao.txt', '比上年增加0.71亿元', '0.71'): "pp_levels('9.62', '14.83', '8.91', '14.09', v='1.6')",
    ('05_lixian_tongji_gongbao.txt', '比重为64.87%', '64.87%'): "pct('9.62', '14.83')",
    ('05_lixian_tongji_gongbao.txt', '提高1.6个百分点', '1.6'): "pp_levels('9.62', '14.83', '8.91', '14.09')",
    ('05_lixian_tongji_gongbao.txt', '可支配收入31 426元', '31 426'): "growth('31426', '1873', v='5.9%')",
    ('05_lixian_tongji_gongbao.txt', '比上年增加1 873元', '1 873'): "growth('31426', '1873', v='5.9%')",
    ('05_lixian_tongji_gongbao.txt', '1 873元,增长5.9%', '5.9%'): "growth('31426', '1873')",
    ('05_lixian_tongji_gongbao.txt', '可支配收入42 185元', '42 185'): "all_(growth('42185', '2218', v='5.5%'), ratio('42185', '22947', v='1.84'))",
    ('05_lixian_tongji_gongbao.txt', '增加2 218元', '2 218'): "growth('42185', '2218', v='5.5%')",
    ('05_lixian_tongji_gongbao.txt', '2 218元,增长5.5%', '5.5%'): "growth('42185', '2218')",
    ('05_lixian_tongji_gongbao.txt', '可支配收入22 947元', '22 947'): "all_(growth('22947', '1518', v='7.1%'), ratio('42185', '22947', v='1.84'))",
    ('05_lixian_tongji_gongbao.txt', '增加1 518元', '1 518'): "growth('22947', '1518', v='7.1%')",
    ('05_lixian_tongji_gongbao.txt', '1 518元,增长7.1%', '7.1%'): "growth('22947', '1518')",
    ('05_lixian_tongji_gongbao.txt', '收入比为1.84', '1.84'): "ratio('42185', '22947')",
    ('05_lixian_tongji_gongbao.txt', '比上年缩小0.03', '0.03'): "exact('(39967/21429) - (42185/22947)')",
    ('05_lixian_tongji_gongbao.txt', '各级各类学校153所', '153'): 'sum_([87, 48, 14, 7], 153)',
    ('05_lixian_tongji_gongbao.txt', '其中幼儿园87所', '87'): 'sum_([87, 48, 14, 7], 153)',
    ('05_lixian_tongji_gongbao.txt', '小学48所', '48'): 'sum_([87, 48, 14, 7], 153)',
    ('05_lixian_tongji_gongbao.txt', '初中14所', '14'): 'sum_([87, 48, 14, 7], 153)',
    ('05_lixian_tongji_gongbao.txt', '中职学校7所', '7'): 'sum_([87, 48, 14, 7], 153)',
    ('05_lixian_tongji_gongbao.txt', '卫生机构342个', '342'): 'le(324, 342)',
    ('05_lixian_tongji_gongbao.txt', '其中医院21个', '21'): 'le(324, 342)',
    ('05_lixian_tongji_gongbao.txt', '乡镇卫生院19个', '19'): 'le(324, 342)',
    ('05_lixian_tongji_gongbao.txt', '村卫生室284个', '284'): 'le(324, 342)',
    ('05_lixian_tongji_gongbao.txt', '卫生技术人员4 163人', '4 163'): 'le(3576, 4163)',
    ('05_lixian_tongji_gongbao.txt', '医师1 682人', '1 682'): 'le(3576, 4163)',
    ('05_lixian_tongji_gongbao.txt', '注册护士1 894人', '1 894'): 'le(3576, 4163)',
    ('06_bianmin_shenghuoquan_jiaquan.txt', '共成功访问1 000名市民', '1 000'): 'sum_([268, 241, 276, 203], 1000)',
    ('06_bianmin_shenghuoquan_jiaquan.txt', '其中东城区268人', '268'): 'sum_([268, 241, 276, 203], 1000)',
    ('06_bianmin_shenghuoquan_jiaquan.txt', '西城区241人', '241'): 'sum_([268, 241, 276, 203], 1000)',
    ('06_bianmin_shenghuoquan_jiaquan.txt', '南湖区276人', '276'): 'sum_([268, 241, 276, 203], 1000)',
    ('06_bianmin_shenghuoquan_jiaquan.txt', '高新区203人', '203'): 'sum_([268, 241, 276, 203], 1000)',
    ('06_bianmin_shenghuoquan_jiaquan.txt', '抽样误差为±3.1%', '3.1'): 'moe(1000)',
    ('06_bianmin_shenghuoquan_jiaquan.txt', '之和)为75.5%', '75.5%'): "combo(['38.6', '36.9'])",
    ('06_bianmin_shenghuoquan_jiaquan.txt', '提高4.3个百分点', '4.3'): "pp('75.5', '71.2')",
    ('06_bianmin_shenghuoquan_jiaquan.txt', '抽样误差约为±6.2个百分点', '6.2'): 'moe(247)',
    ('06_bianmin_shenghuoquan_jiaquan.txt', '回答“能”的占62.4%', '62.4%'): "pctsum(['62.4', '24.9', '15.7'])",
    ('06_bianmin_shenghuoquan_jiaquan.txt', '“不能”的占24.9%', '24.9%'): "pctsum(['62.4', '24.9', '15.7'])",
    ('06_bianmin_shenghuoquan_jiaquan.txt', '“不清楚”的占15.7%', '15.7%'): "pctsum(['62.4', '24.9', '15.7'])",
    ('06_bianmin_shenghuoquan_jiaquan.txt', '参评的16类便民设施', '16'): 'sum_([11, 5], 16)',
    ('06_bianmin_shenghuoquan_jiaquan.txt', '有11类设施', '11'): 'sum_([11, 5], 16)',
    ('06_bianmin_shenghuoquan_jiaquan.txt', '其余5类持平', '5'): 'sum_([11, 5], 16)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '有效答卷:263份', '263'): 'all_(sum_([198, 65], 263), sum_([71, 83, 64, 45], 263))',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '微信 198 (75.29%)', '198'): 'sum_([198, 65], 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '微信 198 (75.29%)', '75.29%'): 'share(198, 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '链接 65 (24.71%)', '65'): 'sum_([198, 65], 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '链接 65 (24.71%)', '24.71%'): 'share(65, 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '大一\t71\t27.00%', '71'): 'sum_([71, 83, 64, 45], 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '大一\t71\t27.00%', '27.00%'): 'share(71, 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '大二\t83\t31.56%', '83'): 'sum_([71, 83, 64, 45], 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '大二\t83\t31.56%', '31.56%'): 'share(83, 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '大三\t64\t24.33%', '64'): 'sum_([71, 83, 64, 45], 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '大三\t64\t24.33%', '24.33%'): 'share(64, 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '大四\t45\t17.11%', '45'): 'sum_([71, 83, 64, 45], 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '大四\t45\t17.11%', '17.11%'): 'share(45, 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '17.11%\n本题有效填写人次\t263', '263'): 'sum_([71, 83, 64, 45], 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '经常使用\t97\t36.88%', '97'): 'sum_([97, 118, 48], 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '经常使用\t97\t36.88%', '36.88%'): 'share(97, 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '偶尔使用\t118\t44.87%', '118'): 'sum_([97, 118, 48], 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '偶尔使用\t118\t44.87%', '44.87%'): 'share(118, 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '从未使用\t48\t18.25%', '48'): 'sum_([97, 118, 48], 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '从未使用\t48\t18.25%', '18.25%'): 'share(48, 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '18.25%\n本题有效填写人次\t263', '263'): 'sum_([97, 118, 48], 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '1-2次\t74\t34.42%', '74'): 'sum_([74, 86, 55], 215)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '1-2次\t74\t34.42%', '34.42%'): 'share(74, 215)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '3-5次\t86\t40.00%', '86'): 'sum_([74, 86, 55], 215)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '3-5次\t86\t40.00%', '40.00%'): 'share(86, 215)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '6次及以上\t55\t25.58%', '55'): 'sum_([74, 86, 55], 215)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '6次及以上\t55\t25.58%', '25.58%'): 'share(55, 215)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '25.58%\n本题有效填写人次\t215', '215'): 'sum_([74, 86, 55], 215)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '解答课程作业疑问\t152\t70.70%', '70.70%'): 'share(152, 215)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '润色或翻译文本\t131\t60.93%', '60.93%'): 'share(131, 215)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '编写或调试代码\t67\t31.61%', '31.61%'): 'share(67, 215)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '查找文献资料\t88\t40.93%', '40.93%'): 'share(88, 215)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '生成论文或报告初稿\t39\t18.14%', '18.14%'): 'share(39, 215)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '其他\t6\t2.79%', '2.79%'): 'share(6, 215)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '2.79%\n本题有效填写人次\t215', '215'): 'le(215, 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '非常不信任(1分)\t9\t4.19%', '9'): 'sum_([9, 41, 97, 56, 12], 215)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '非常不信任(1分)\t9\t4.19%', '4.19%'): 'share(9, 215)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '不太信任(2分)\t41\t19.07%', '41'): 'sum_([9, 41, 97, 56, 12], 215)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '不太信任(2分)\t41\t19.07%', '19.07%'): 'share(41, 215)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '一般(3分)\t97\t45.12%', '97'): 'sum_([9, 41, 97, 56, 12], 215)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '一般(3分)\t97\t45.12%', '45.12%'): 'share(97, 215)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '比较信任(4分)\t56\t26.05%', '56'): 'sum_([9, 41, 97, 56, 12], 215)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '比较信任(4分)\t56\t26.05%', '26.05%'): 'share(56, 215)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '非常信任(5分)\t12\t5.58%', '12'): 'sum_([9, 41, 97, 56, 12], 215)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '非常信任(5分)\t12\t5.58%', '5.58%'): 'share(12, 215)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '本题平均分:3.19', '3.19'): 'mean_dist([9, 41, 97, 56, 12], [1, 2, 3, 4, 5])',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '5.58%\n本题平均分:3.19\n本题有效填写人次\t215', '215'): 'sum_([9, 41, 97, 56, 12], 215)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '应该\t189\t71.86%', '189'): 'sum_([189, 21, 53], 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '应该\t189\t71.86%', '71.86%'): 'share(189, 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '不应该\t21\t7.98%', '21'): 'sum_([189, 21, 53], 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '不应该\t21\t7.98%', '7.98%'): 'share(21, 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '无所谓\t53\t20.15%', '53'): 'sum_([189, 21, 53], 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '无所谓\t53\t20.15%', '20.15%'): 'share(53, 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '20.15%\n本题有效填写人次\t263', '263'): 'sum_([189, 21, 53], 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '共回收有效答卷263份', '263'): 'sum_([71, 83, 64, 45], 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '八成以上(81.75%)', '81.75%'): 'share(215, 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '经常使用的占36.88%', '36.88%'): 'share(97, 263)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '超过七成(70.70%)', '70.70%'): 'share(152, 215)',
    ('07_ai_xuexi_tengxun_wenjuan.txt', '一般。71.86%的学生', '71.86%'): 'share(189, 263)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '回收有效问卷562份', '562'): 'all_(sum_([318, 244], 562), sum_([247, 221, 94], 562))',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '有效率为93.67%', '93.67%'): 'share(562, 600)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '男性３１８人', '３１８'): 'sum_([318, 244], 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '女性２４４人', '２４４'): 'sum_([318, 244], 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '男女比例约为１．３：１', '１．３'): 'ratio(318, 244)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '60-69岁247人,占43.95%', '247'): 'sum_([247, 221, 94], 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '60-69岁247人,占43.95%', '43.95%'): 'share(247, 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '70-79岁221人,占39.32%', '221'): 'sum_([247, 221, 94], 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '70-79岁221人,占39.32%', '39.32%'): 'share(221, 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '80岁及以上94人,占16.73%', '94'): 'sum_([247, 221, 94], 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '80岁及以上94人,占16.73%', '16.73%'): 'share(94, 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '与配偶同住的231人', '231'): 'sum_([231, 97, 168, 66], 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '同住的231人,占41．10%', '41．10%'): 'share(231, 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '独居的97人', '97'): 'sum_([231, 97, 168, 66], 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '独居的97人,占20．26%', '20．26%'): 'share(97, 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '与子女同住的168人', '168'): 'sum_([231, 97, 168, 66], 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '168人,占29．89%', '29．89%'): 'share(168, 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '其他66人,占11．74%', '66'): 'sum_([231, 97, 168, 66], 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '其他66人,占11．74%', '11．74%'): 'share(66, 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '－ 2 －\n3.45%)', '3.45%'): "share(188, 562, v='33.45%')",
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '近半数(48.75%)', '48.75%'): 'share(274, 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '占调查对象的54.33%', '54.33%'): 'share(326, 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '比例达９９．２９％', '９９．２９％'): 'share(558, 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '七成老人(69.93%)', '69.93%'): 'share(393, 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '日间照料的占15.48%', '15.48%'): 'share(87, 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '机构养老的占8.54%', '8.54%'): 'share(48, 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '说不清的占6.05%', '6.05%'): 'share(34, 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '近六成(59.29%)', '59.29%'): 'share(233, 393)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '满意157人(27.93%)', '157'): 'sum_([157, 218, 121, 66], 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '满意157人(27.93%)', '27.93%'): 'share(157, 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '基本满意218人(38.79%)', '218'): 'sum_([157, 218, 121, 66], 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '基本满意218人(38.79%)', '38.79%'): 'share(218, 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '不满意121人(21.53%)', '121'): 'sum_([157, 218, 121, 66], 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '不满意121人(21.53%)', '21.53%'): 'share(121, 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '不了解66人(11.74%)', '66'): 'sum_([157, 218, 121, 66], 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '不了解66人(11.74%)', '11.74%'): 'share(66, 562)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '农村幸福院41所', '41'): 'le(29, 41)',
    ('08_nongcun_yanglao_yiyuan_minzheng.txt', '正常运营的29所', '29'): 'le(29, 41)',
    ('09_jinshi_jiance_cnki.txt', '2 346名学生进行', '2 346'): 'all_(sum_([1208, 1138], 2346), sum_([1052, 743, 551], 2346))',
    ('09_jinshi_jiance_cnki.txt', '近视检出率为51.88%,女生', '51.88%'): 'share(1217, 2346)',
    ('09_jinshi_jiance_cnki.txt', '女生(54.39%)', '54.39%'): 'share(619, 1138)',
    ('09_jinshi_jiance_cnki.txt', '男生(49.50%)', '49.50%'): 'share(598, 1208)',
    ('09_jinshi_jiance_cnki.txt', '(χ2=5.614,P=0.018)', '5.614'): "chi2([[598, 610], [619, 519]], '=0.018')",
    ('09_jinshi_jiance_cnki.txt', '分别为35.27%、60.16%', '35.27%'): 'share(371, 1052)',
    ('09_jinshi_jiance_cnki.txt', '35.27%、60.16%、72.41%', '60.16%'): 'share(447, 743)',
    ('09_jinshi_jiance_cnki.txt', '60.16%、72.41%(χ2', '72.41%'): 'share(399, 551)',
    ('09_jinshi_jiance_cnki.txt', '(χ2=229.784,P<0.001)', '229.784'): "chi2([[371, 681], [447, 296], [399, 152]], '<0.001')",
    ('09_jinshi_jiance_cnki.txt', '共检出近视学生1 217名', '1 217'): 'all_(sum_([598, 619], 1217), sum_([371, 447, 399], 1217))',
    ('09_jinshi_jiance_cnki.txt', '名,检出率为51.88%。', '51.88%'): 'share(1217, 2346)',
    ('09_jinshi_jiance_cnki.txt', '其中男生1 208名', '1 208'): 'sum_([1208, 1138], 2346)',
    ('09_jinshi_jiance_cnki.txt', '名,近视598名', '598'): 'all_(sum_([598, 619], 1217), le(598, 1208))',
    ('09_jinshi_jiance_cnki.txt', '女生1 138名', '1 138'): 'sum_([1208, 1138], 2346)',
    ('09_jinshi_jiance_cnki.txt', '近视619名', '619'): 'all_(sum_([598, 619], 1217), le(619, 1138))',
    ('09_jinshi_jiance_cnki.txt', '小学1 052名', '1 052'): 'sum_([1052, 743, 551], 2346)',
    ('09_jinshi_jiance_cnki.txt', '近视371名', '371'): 'sum_([371, 447, 399], 1217)',
    ('09_jinshi_jiance_cnki.txt', '初中743名', '743'): 'sum_([1052, 743, 551], 2346)',
    ('09_jinshi_jiance_cnki.txt', '近视447名', '447'): 'sum_([371, 447, 399], 1217)',
    ('09_jinshi_jiance_cnki.txt', '高中551名', '551'): 'sum_([1052, 743, 551], 2346)',
    ('09_jinshi_jiance_cnki.txt', '近视399名', '399'): 'sum_([371, 447, 399], 1217)',
    ('09_jinshi_jiance_cnki.txt', '≥2 h的612名学生', '612'): 'sum_([612, 1734], 2346)',
    ('09_jinshi_jiance_cnki.txt', '近视301名(49.18%)', '301'): 'sum_([301, 916], 1217)',
    ('09_jinshi_jiance_cnki.txt', '近视301名(49.18%)', '49.18%'): 'share(301, 612)',
    ('09_jinshi_jiance_cnki.txt', '<2 h的1 734名', '1 734'): 'sum_([612, 1734], 2346)',
    ('09_jinshi_jiance_cnki.txt', '近视916名(52.83%)', '916'): 'sum_([301, 916], 1217)',
    ('09_jinshi_jiance_cnki.txt', '近视916名(52.83%)', '52.83%'): 'share(916, 1734)',
    ('09_jinshi_jiance_cnki.txt', '(χ2=2.404,P=0.008)', '2.404'): "all_(chi2([[301, 311], [916, 818]], '=0.008'), chi2_anydf('=0.008'))",
    ('09_jinshi_jiance_cnki.txt', '≥2 h者891名', '891'): 'sum_([891, 1455], 2346)',
    ('09_jinshi_jiance_cnki.txt', '近视512名(57.46%)', '512'): 'sum_([512, 705], 1217)',
    ('09_jinshi_jiance_cnki.txt', '近视512名(57.46%)', '57.46%'): 'share(512, 891)',
    ('09_jinshi_jiance_cnki.txt', '<2 h者的48.45%', '48.45%'): 'share(705, 1455)',
    ('09_jinshi_jiance_cnki.txt', '(705/1 455)', '705'): 'sum_([512, 705], 1217)',
    ('09_jinshi_jiance_cnki.txt', '(705/1 455)', '1 455'): 'sum_([891, 1455], 2346)',
    ('09_jinshi_jiance_cnki.txt', '(χ2=17.969,P<0.001)', '17.969'): "chi2([[512, 379], [705, 750]], '<0.001')",
    ('09_jinshi_jiance_cnki.txt', '回归分析(n=2 346)', '2 346'): 'sum_([1208, 1138], 2346)',
    ('09_jinshi_jiance_cnki.txt', '初中 2.61(2.13~3.20)', '2.61'): "orci('2.13', '3.20', '<0.001')",
    ('09_jinshi_jiance_cnki.txt', '初中 2.61(2.13~3.20)', '2.13'): "ci_p('2.13', '3.20', '<0.001')",
    ('09_jinshi_jiance_cnki.txt', '初中 2.61(2.13~3.20)', '3.20'): "ci_p('2.13', '3.20', '<0.001')",
    ('09_jinshi_jiance_cnki.txt', '高中 4.57(3.62~5.77)', '4.57'): "orci('3.62', '5.77', '<0.001')",
    ('09_jinshi_jiance_cnki.txt', '高中 4.57(3.62~5.77)', '3.62'): "ci_p('3.62', '5.77', '<0.001')",
    ('09_jinshi_jiance_cnki.txt', '高中 4.57(3.62~5.77)', '5.77'): "ci_p('3.62', '5.77', '<0.001')",
    ('09_jinshi_jiance_cnki.txt', '女生 1.24(1.05~1.46)', '1.24'): "orci('1.05', '1.46', '=0.011')",
    ('09_jinshi_jiance_cnki.txt', '女生 1.24(1.05~1.46)', '1.05'): "ci_p('1.05', '1.46', '=0.011')",
    ('09_jinshi_jiance_cnki.txt', '女生 1.24(1.05~1.46)', '1.46'): "ci_p('1.05', '1.46', '=0.011')",
    ('09_jinshi_jiance_cnki.txt', '父母双方近视 2.18(1.74~2.73)', '2.18'): "orci('1.74', '2.73', '<0.001')",
    ('09_jinshi_jiance_cnki.txt', '父母双方近视 2.18(1.74~2.73)', '1.74'): "ci_p('1.74', '2.73', '<0.001')",
    ('09_jinshi_jiance_cnki.txt', '父母双方近视 2.18(1.74~2.73)', '2.73'): "ci_p('1.74', '2.73', '<0.001')",
    ('09_jinshi_jiance_cnki.txt', '户外活动≥2 h 0.82(0.68~0.99)', '0.82'): "orci('0.68', '0.99', '=0.039')",
    ('09_jinshi_jiance_cnki.txt', '户外活动≥2 h 0.82(0.68~0.99)', '0.68'): "ci_p('0.68', '0.99', '=0.039')",
    ('09_jinshi_jiance_cnki.txt', '户外活动≥2 h 0.82(0.68~0.99)', '0.99'): "ci_p('0.68', '0.99', '=0.039')",
    ('09_jinshi_jiance_cnki.txt', '电子屏幕时间≥2 h 1.83(', '1.83'): "orci('1.15', '1.66', '<0.001')",
    ('09_jinshi_jiance_cnki.txt', '1.83(1.15~1.66)', '1.15'): "ci_p('1.15', '1.66', '<0.001')",
    ('09_jinshi_jiance_cnki.txt', '(1.15~1.66) <0.001', '1.66'): "ci_p('1.15', '1.66', '<0.001')",
    ('10_dinggang_shixi_manyidu_lunwen.txt', '回收有效问卷86份', '86'): 'all_(sum_([38, 48], 86), sum_([31, 29, 26], 86), sum_([57, 29], 86))',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '有效率为90.53%', '90.53%'): 'share(86, 95)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '其中男生38人', '38'): 'sum_([38, 48], 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '女生48人', '48'): 'sum_([38, 48], 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '护理专业31人', '31'): 'sum_([31, 29, 26], 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '机电一体化专业29人', '29'): 'sum_([31, 29, 26], 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '电子商务专业26人', '26'): 'sum_([31, 29, 26], 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '实习补贴的57人', '57'): 'sum_([57, 29], 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '未获得的29人', '29'): 'sum_([57, 29], 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '分布(n=86)', '86'): 'sum_([14, 31, 26, 11, 4], 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '非常满意 14 16.28', '14'): 'sum_([14, 31, 26, 11, 4], 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '非常满意 14 16.28', '16.28'): 'share(14, 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '\n满意 31 36.05', '31'): 'sum_([14, 31, 26, 11, 4], 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '\n满意 31 36.05', '36.05'): 'share(31, 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '一般 26 30.23', '26'): 'sum_([14, 31, 26, 11, 4], 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '一般 26 30.23', '30.23'): 'share(26, 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '\n不满意 11 12.79', '11'): 'sum_([14, 31, 26, 11, 4], 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '\n不满意 11 12.79', '12.79'): 'share(11, 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '非常不满意 4 4.65', '4'): 'sum_([14, 31, 26, 11, 4], 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '非常不满意 4 4.65', '4.65'): 'share(4, 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '合计 86 100.00', '86'): 'sum_([14, 31, 26, 11, 4], 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '合计 86 100.00', '100.00'): 'share(86, 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '得分为3.47±1.06分', '3.47'): 'all_(mean_dist([4, 11, 26, 31, 14], [1, 2, 3, 4, 5]), grim(86))',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '得分为3.47±1.06分', '1.06'): 'sd_dist([4, 11, 26, 31, 14], [1, 2, 3, 4, 5])',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '满意及以上的学生占52.33%', '52.33%'): 'share(45, 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '护理 31 3.68', '31'): 'sum_([31, 29, 26], 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '31 3.68±0.98', '3.68'): 'grim(31)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '31 3.68±0.98', '0.98'): "grimmer(31, '3.68')",
    ('10_dinggang_shixi_manyidu_lunwen.txt', '机电一体化 29 3.41', '29'): 'sum_([31, 29, 26], 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '29 3.41±1.05', '3.41'): 'grim(29)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '29 3.41±1.05', '1.05'): "grimmer(29, '3.41')",
    ('10_dinggang_shixi_manyidu_lunwen.txt', '电子商务 26 3.29', '26'): 'sum_([31, 29, 26], 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '26 3.29±1.15', '3.29'): 'grim(26)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', 'H=2.31,df=2,P=0.315', '2.31'): "chi2_p(2, '=0.315')",
    ('10_dinggang_shixi_manyidu_lunwen.txt', '男 38 38.75', '38'): 'sum_([38, 48], 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '38 38.75 1472.50', '38.75'): "mw_ranks(38, '38.75', 48, '47.26')",
    ('10_dinggang_shixi_manyidu_lunwen.txt', '38.75 1472.50', '1472.50'): "all_(ranksum(38, '38.75'), sum_(['1472.50', '2268.50'], 3741))",
    ('10_dinggang_shixi_manyidu_lunwen.txt', '女 48 47.26', '48'): 'sum_([38, 48], 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '48 47.26 2268.50', '47.26'): "mw_ranks(38, '38.75', 48, '47.26')",
    ('10_dinggang_shixi_manyidu_lunwen.txt', '47.26 2268.50', '2268.50'): "all_(ranksum(48, '47.26'), sum_(['1472.50', '2268.50'], 3741))",
    ('10_dinggang_shixi_manyidu_lunwen.txt', '有补贴 57 48.02', '57'): 'sum_([57, 29], 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '57 48.02 2737.00', '48.02'): "mw_ranks(57, '48.02', 29, '34.62')",
    ('10_dinggang_shixi_manyidu_lunwen.txt', '48.02 2737.00', '2737.00'): "all_(ranksum(57, '48.02'), sum_(['2737.00', '1004.00'], 3741))",
    ('10_dinggang_shixi_manyidu_lunwen.txt', '无补贴 29 34.62', '29'): 'sum_([57, 29], 86)',
    ('10_dinggang_shixi_manyidu_lunwen.txt', '29 34.62 1004.00', '34.62'): "mw_ranks(57, '48.02', 29, '34.62')",
    ('10_dinggang_shixi_manyidu_lunwen.txt', '34.62 1004.00', '1004.00'): "all_(ranksum(29, '34.62'), sum_(['2737.00', '1004.00'], 3741))",
    ('10_dinggang_shixi_manyidu_lunwen.txt', 'Mann-Whitney U 731.500', '731.500'): "mw_u(38, '38.75', 48, '47.26')",
    ('10_dinggang_shixi_manyidu_lunwen.txt', '731.500 569.000', '569.000'): "mw_u(29, '34.62', 57, '48.02')",
    ('10_dinggang_shixi_manyidu_lunwen.txt', 'Wilcoxon W 1472.500', '1472.500'): "sum_(['731.5', '741'], '1472.5')",
    ('10_dinggang_shixi_manyidu_lunwen.txt', '1472.500 1004.000', '1004.000'): "sum_(['569', '435'], '1004')",
    ('10_dinggang_shixi_manyidu_lunwen.txt', 'Z -1.683 -2.417', '-1.683'): "mw_z(38, '38.75', 48, '47.26', '=0.012')",
    ('10_dinggang_shixi_manyidu_lunwen.txt', '-1.683 -2.417', '-2.417'): "mw_z(29, '34.62', 57, '48.02', '=0.016')",
}
# --- RULES END ---


def main():
    global V
    rows = list(csv.reader(open(HERE / "labels.csv", encoding="utf-8", newline="")))
    errors = []
    if rows[0] != HEADER:
        errors.append(f"header {rows[0]!r}")
    labels = [dict(zip(HEADER, r)) for r in rows[1:]]
    texts = {}
    for p in sorted(HERE.glob("*.txt")):
        texts[p.name] = decode(p)
    for name, text in texts.items():
        n = len(re.sub(r"\s", "", text))
        if not 800 <= n <= 1200:
            errors.append("%s: %d characters (800-1200 wanted)" % (name, n))
    seen = set()
    used_rules = set()
    n_why = 0
    decoys = {}
    for i, r in enumerate(labels, start=2):
        where = "row %d (%s, %r, %r)" % (i, r["file"], r["anchor"], r["reported"])
        if r["file"] not in texts:
            errors.append(where + ": no such page")
            continue
        text = texts[r["file"]]
        a = r["anchor"]
        if not 5 <= len(a) <= 40:
            errors.append(where + ": anchor length %d" % len(a))
        if text.count(a) != 1:
            errors.append(where + ": anchor found %d times" % text.count(a))
        if r["reported"] not in a:
            errors.append(where + ": reported not in anchor")
        key = (r["file"], a, r["reported"])
        if key in seen:
            errors.append(where + ": duplicate label")
        seen.add(key)
        if r["kind"] not in KINDS:
            errors.append(where + ": kind {!r}".format(r["kind"]))
        if r["expected"] not in EXPECTED:
            errors.append(where + ": expected {!r}".format(r["expected"]))
        if r["base_source"] not in BASE_SOURCES:
            errors.append(where + ": base_source {!r}".format(r["base_source"]))
        if not r["why"].strip():
            errors.append(where + ": empty why")
        if r["kind"] in ("decoy", "damaged"):
            decoys[r["file"]] = decoys.get(r["file"], 0) + (r["kind"] == "decoy")
            if r["value"] or r["expected"] != "n/a":
                errors.append(where + ": decoy/damaged needs a blank value and n/a")
        elif not re.search(r"[0-9０-９]", r["reported"]):
            # verbal shares (近八成, 三分之一): the value is the paraphrased share, if any
            if r["value"] and not re.fullmatch(r"\d+(\.\d+)?", r["value"]):
                errors.append(where + ": value {!r}".format(r["value"]))
            if r["expected"] != "not_checkable":
                errors.append(where + ": a verbal share is not_checkable")
        elif key in VALUE_FIX:
            if r["value"] != VALUE_FIX[key]:
                errors.append(where + ": value {}, repaired value {}".format(r["value"], VALUE_FIX[key]))
        else:
            try:
                if Decimal(r["value"]) != dec(r["reported"]):
                    errors.append(where + ": value {} is not the printed {}".format(r["value"], r["reported"]))
            except Exception as e:  # noqa: BLE001
                errors.append(where + f": value/reported {e}")
        if r["base"] and not re.fullmatch(r"\d+(\.\d+)?", r["base"]):
            errors.append(where + ": base {!r}".format(r["base"]))
        if r["kind"] == "percent" and r["expected"] in ("consistent", "consistent_if", "inconsistent") and not r["base"]:
            # every judged share must name its base (growth rates name last year's level)
            errors.append(where + ": judged percent without a base")
        # the rule
        if r["expected"] in ORDER:
            rule = RULES.get(key)
            if rule is None:
                errors.append(where + ": no rule for a judged label")
            else:
                used_rules.add(key)
                V = r["reported"]
                try:
                    verdict, sentence = eval(rule)  # noqa: S307 (rules are written in this file)
                except Exception as e:  # noqa: BLE001
                    errors.append(where + f": rule {rule} failed: {e!r}")
                    continue
                if verdict != r["expected"]:
                    errors.append(where + ": rule {} gives {}, labelled {} ({})".format(rule, verdict, r["expected"], sentence))
                if sentence not in r["why"]:
                    errors.append(where + f": why lacks the rule's sentence: {sentence}")
        elif key in RULES:
            errors.append(where + ": a rule for a label judged {}".format(r["expected"]))
        errs, k = check_why(r["why"])
        n_why += k
        for e in errs:
            errors.append(where + ": why arithmetic " + e)
    for key in set(RULES) - used_rules:
        if key not in seen:
            errors.append(f"rule for no label: {key!r}")
    for name in texts:
        if decoys.get(name, 0) < 5:
            errors.append("%s: %d decoys (5 wanted)" % (name, decoys.get(name, 0)))
    if set(texts) != {r["file"] for r in labels}:
        errors.append("pages without labels: %s" % (set(texts) - {r["file"] for r in labels}))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        return 1
    from collections import Counter
    c = Counter((r["kind"], r["expected"]) for r in labels)
    print("%d labels on %d pages; %d rules recomputed; %d fractions, sums, bounds and margins in `why` recomputed" % (
        len(labels), len(texts), len(used_rules), n_why))
    for kind in sorted({k for k, _ in c}):
        print("  %-8s %s" % (kind, ", ".join("%s %d" % (e, c[(kind, e)]) for e in
                                             ("consistent", "consistent_if", "inconsistent", "not_checkable", "n/a") if c[(kind, e)])))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
