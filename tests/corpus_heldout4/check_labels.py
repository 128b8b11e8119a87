#!/usr/bin/env python3
"""Check tests/corpus_heldout4/labels.csv against its pages, with exact arithmetic.

    python tests/corpus_heldout4/check_labels.py      # numpy, scipy and the standard library

Adapted from tests/corpus_heldout3/check_labels.py (same rules and arithmetic checker), with the
rules this set needs added: r with three-level stars, a regression t from B/SE, its p at df
N - k - 1 or at any df, R² with F, adjusted R², ΔR² and the F change, a paired t bounded by the
two SDs, an overall share from its sub-groups, cumulative percents.

What it checks (it exits 1 with the list of failures, 0 when everything holds):

1. Format: the header, the kinds and verdicts of the tools README, `value` blank for decoys and
   damaged numbers and equal to the printed number (full-width digits, `。`/`．` decimal points,
   space-separated thousands normalised) for the others, base and base_source where they belong.
2. Anchors: 5-40 characters, found exactly once in the decoded page (UTF-8 or GB18030), and
   containing `reported`; every page has at least five decoys; pages have 800-1300 characters
   not counting whitespace.
3. Verdicts: every row judged consistent, consistent_if or inconsistent has a rule in RULES
   below. The rule is recomputed with `fractions.Fraction` and scipy and its verdict must
   equal `expected`; the sentence the rule writes must appear verbatim in `why`. Rows judged
   not_checkable or n/a must have no rule.
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
    d = c - pr
    s = f"{c} - {pr} = {d}; " + (f"({d})/{pr}" if d < 0 else f"{d}/{pr}") + f" = {fmt(x)}%"
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
    return verdict, "%d/%d = %s%% and %d/%d = %s%%: difference %s points, printed %s" % (
        k1, n1, fmt(Fraction(100 * k1, n1)), k2, n2, fmt(Fraction(100 * k2, n2)), fmt(x), norm(v))


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
# rules added for this set
# ---------------------------------------------------------------------------------------

STARS3 = {"": (0.05, 1.0), "*": (0.01, 0.05), "**": (0.001, 0.01), "***": (0.0, 0.001)}


def rstar3(n, stars, v=None):
    """Pearson r with stars under a three-level legend (* P<0.05, ** P<0.01, *** P<0.001)."""
    v = _v(v)
    r = abs(float(frac(v)))
    h = float(half(places(v)))
    p_hi = _r_p(max(0.0, r - h), n)
    p_lo = _r_p(r + h, n)
    need = STARS3[stars]
    ok = p_hi >= need[0] and p_lo < need[1]
    shown = ("'%s' (P in [%s, %s))" % (stars, need[0], need[1])) if stars else "no star (P >= 0.05)"
    return ("consistent" if ok else "inconsistent"), "r = %s, n = %d: p = %s-%s over the rounding of r; printed %s" % (
        norm(v).lstrip("-"), n, pstr(p_lo), pstr(p_hi), shown)


def _bse_range(b, se):
    (b1, b2), (s1, s2) = _box([b, se])
    lo_b = 0.0 if b1 <= 0 <= b2 else min(abs(b1), abs(b2))
    hi_b = max(abs(b1), abs(b2))
    return lo_b / s2, hi_b / s1


def bse(b, se, t):
    """A regression B and its SE against the printed t: t = B/SE within the rounding of both."""
    lo, hi = _bse_range(b, se)
    c = abs(float(frac(b))) / float(frac(se))
    tv = abs(float(frac(t)))
    th = float(half(places(t)))
    ok = tv + th >= lo and tv - th <= hi
    return ("consistent" if ok else "inconsistent"), "|B|/SE = %s/%s = %s (%s-%s over the rounding of both), printed t = %s" % (
        norm(b).lstrip("-"), norm(se), fl(c, 3), fl(lo, 3), fl(hi, 3), norm(t).lstrip("-"))


def _p_spec_range(p):
    """A printed p ('=0.003', '<0.001') or a star string ('***', '**', '*', '' for none)."""
    if p in STARS3:
        return STARS3[p]
    return p_interval(p)


def _p_ok(p_lo, p_hi, p):
    if p in STARS3:
        need = STARS3[p]
        return p_hi >= need[0] and p_lo < need[1]
    return p_fits(p_lo, p_hi, p)


def _pshow(p):
    return ("P%s" % p) if p not in STARS3 else (("stars '%s'" % p) if p else "no star")


def tb(b, se, df, p, v=None):
    """A regression t: t = B/SE within rounding, and its p (or stars) with df = N - k - 1."""
    v = _v(v)
    v1, s1 = bse(b, se, v)
    tv = abs(float(frac(v)))
    th = float(half(places(v)))
    p_lo = 2 * stats.t.sf(tv + th, df)
    p_hi = 2 * stats.t.sf(max(0.0, tv - th), df)
    ok_p = _p_ok(p_lo, p_hi, p)
    s = s1 + "; p(|t| = %s; df %d) = %s, printed %s" % (norm(v).lstrip("-"), df, pstr(2 * stats.t.sf(tv, df)), _pshow(p))
    return worst([v1, "consistent" if ok_p else "inconsistent"]), s


def t_df(df, p, v=None):
    """A t with its printed p (or stars) at a known df."""
    v = _v(v)
    tv = abs(float(frac(v)))
    th = float(half(places(v)))
    ok = _p_ok(2 * stats.t.sf(tv + th, df), 2 * stats.t.sf(max(0.0, tv - th), df), p)
    return ("consistent" if ok else "inconsistent"), "p(|t| = %s; df %d) = %s, printed %s" % (
        norm(v).lstrip("-"), df, pstr(2 * stats.t.sf(tv, df)), _pshow(p))


def t_anydf(p, v=None):
    """A t whose printed p no df can give: for a fixed t, p falls as df grows, down to the normal p."""
    v = _v(v)
    tv = abs(float(frac(v)))
    th = float(half(places(v)))
    p_min = 2 * stats.norm.sf(tv + th)
    p_max = 2 * stats.t.sf(max(0.0, tv - th), 1)
    ok = _p_ok(p_min, p_max, p)
    return ("consistent" if ok else "inconsistent"), "p(|t| = %s) is %s at df 1 and falls to %s as df grows (the normal limit); printed %s" % (
        norm(v).lstrip("-"), pstr(2 * stats.t.sf(tv, 1)), pstr(2 * stats.norm.sf(tv)), _pshow(p))


def paired_t(m1, s1, m2, s2, n, p, v=None):
    """A paired (before/after) t from the two means and SDs of n cases. The SD of the differences lies
    between |s1 - s2| and s1 + s2 (correlation +1 to -1), so |t| >= |d| / ((s1 + s2)/sqrt(n)), and
    |t| <= |d| / (|s1 - s2|/sqrt(n)); its p uses df n - 1."""
    v = _v(v)
    (a1, b1), (a2, b2), (c1, d1), (c2, d2) = _box([m1, m2, s1, s2])
    diff = abs(float(frac(m1) - frac(m2)))
    hd = (b1 - a1) / 2 + (b2 - a2) / 2
    dlo, dhi = max(0.0, diff - hd), diff + hd
    rn = math.sqrt(n)
    t_min = dlo / ((d1 + d2) / rn)
    sdif = max(0.0, abs(float(frac(s1)) - float(frac(s2))) - float(half(places(s1))) - float(half(places(s2))))
    t_max = float("inf") if sdif == 0 else dhi / (sdif / rn)
    tv = abs(float(frac(v)))
    th = float(half(places(v)))
    ok_t = tv + th >= t_min and tv - th <= t_max
    df = n - 1
    ok_p = _p_ok(2 * stats.t.sf(tv + th, df), 2 * stats.t.sf(max(0.0, tv - th), df), p)
    s = "paired t (df %d) from %s ± %s and %s ± %s (n = %d): the SD of the differences is at most %s + %s, so |t| >= %s (%s at the edges of the rounding), printed %s; p(|t| = %s; df %d) = %s, printed %s" % (
        df, norm(m1), norm(s1), norm(m2), norm(s2), n, norm(s1), norm(s2),
        fl(diff / ((float(frac(s1)) + float(frac(s2))) / rn), 3), fl(t_min, 3), norm(v).lstrip("-"),
        norm(v).lstrip("-"), df, pstr(2 * stats.t.sf(tv, df)), _pshow(p))
    return worst(["consistent" if ok_t else "inconsistent", "consistent" if ok_p else "inconsistent"]), s


def r2_fp(k, n, f, p, v=None):
    """R² with its F (df k, n - k - 1) and the F's p or stars."""
    v = _v(v)
    v1, s1 = r2_f(k, n, f, v)
    fv = float(frac(f))
    fh = float(half(places(f)))
    df2 = n - k - 1
    ok_p = _p_ok(stats.f.sf(fv + fh, k, df2), stats.f.sf(max(0.0, fv - fh), k, df2), p)
    s = s1 + "; p(F = %s; %d, %d) = %s, printed %s" % (norm(f), k, df2, pstr(stats.f.sf(fv, k, df2)), _pshow(p))
    return worst([v1, "consistent" if ok_p else "inconsistent"]), s


def adj_r2(r2, n, k, v=None):
    """Adjusted R² = 1 - (1 - R²)(n - 1)/(n - k - 1), over the rounding of R²."""
    v = _v(v)
    r = frac(r2)
    h = half(places(r2))
    f = Fraction(n - 1, n - k - 1)
    lo, hi = 1 - (1 - (r - h)) * f, 1 - (1 - (r + h)) * f
    pv, ph = frac(v), half(places(v))
    ok = pv + ph >= lo and pv - ph <= hi
    return ("consistent" if ok else "inconsistent"), "adjusted R² = 1 - (1 - %s) x (%d/%d) = %s (%s to %s over the rounding of R²), printed %s" % (
        norm(r2), n - 1, n - k - 1, fmt(1 - (1 - r) * f), fmt(lo), fmt(hi), norm(v))


def r2_delta(r2b, r2a, v=None):
    """ΔR² = R² of the larger model - R² of the smaller one, over the rounding of both."""
    v = _v(v)
    x = frac(r2b) - frac(r2a)
    h = half(places(r2b)) + half(places(r2a))
    pv, ph = frac(v), half(places(v))
    ok = pv + ph >= x - h and pv - ph <= x + h
    return ("consistent" if ok else "inconsistent"), "ΔR² = %s - %s = %s, printed %s" % (norm(r2b), norm(r2a), fmt(x, 3), norm(v))


def fchange(dr2, r2, n, k, m, p, v=None):
    """F change of adding m predictors (k in the larger model): (ΔR²/m)/((1 - R²)/(n - k - 1))."""
    v = _v(v)
    d, r = frac(dr2), frac(r2)
    hd, hr = half(places(dr2)), half(places(r2))
    df2 = n - k - 1

    def F(dd, rr):
        return float((dd / m) / ((1 - rr) / df2))
    c = F(d, r)
    lo, hi = F(d - hd, r - hr), F(d + hd, r + hr)
    fv, fh = float(frac(v)), float(half(places(v)))
    ok = fv + fh >= lo and fv - fh <= hi
    ok_p = _p_ok(stats.f.sf(fv + fh, m, df2), stats.f.sf(max(0.0, fv - fh), m, df2), p)
    s = "F change (%d, %d) = (%s/%d)/((1 - %s)/%d) = %s (%s-%s over the rounding), printed %s; p = %s, printed %s" % (
        m, df2, norm(dr2), m, norm(r2), df2, fl(c, 3), fl(lo, 3), fl(hi, 3), norm(v), pstr(stats.f.sf(fv, m, df2)), _pshow(p))
    return worst(["consistent" if ok else "inconsistent", "consistent" if ok_p else "inconsistent"]), s


def mix(parts, v=None):
    """An overall share from sub-group shares and sizes: sum(n_i x p_i)/sum(n_i), within their rounding.
    parts = [(share string, n), ...]."""
    v = _v(v)
    N = sum(n for _, n in parts)
    x = sum(n * frac(s) for s, n in parts) / N
    h = sum(n * half(places(s)) for s, n in parts) / N + half(places(v))
    ok = abs(frac(v) - x) <= h
    terms = " + ".join("%dx%s" % (n, norm(s)) for s, n in parts)
    s = "(%s)/%d = %s (allowed gap %s by rounding), printed %s" % (terms, N, fmt(x, 3), fmt(h, 3), norm(v))
    lo = min((sh for sh, _ in parts), key=frac)
    hi = max((sh for sh, _ in parts), key=frac)
    if not ok and not (frac(lo) <= frac(v) <= frac(hi)):
        s += "; an overall share must lie between its sub-groups' shares (%s to %s)" % (norm(lo), norm(hi))
    return ("consistent" if ok else "inconsistent"), s


def eqn(a, b, what):
    """Two printed figures that must be equal (a df and the number of items, a repeat)."""
    ok = frac(str(a)) == frac(str(b))
    return ("consistent" if ok else "inconsistent"), "%s: %s %s %s" % (what, norm(str(a)), "=" if ok else "≠", norm(str(b)))


def cum(running, n, v=None):
    """A cumulative percent: the running count over the base."""
    return share(running, n, v)


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


# Numbers cut by a page marker or a preview counter: `reported` is the part printed after the
# marker, `value` the whole number (the digits before the marker belong to it).
# --- VALUE_FIX BEGIN ---
VALUE_FIX = {
    ('02_tiyu_duanlian_baiduwenku.txt', '2/6\n1.99%', '1.99%'): '41.99',
}
# --- VALUE_FIX END ---


# --- RULES BEGIN (written with the labels; one rule per judged label) ---
RULES = {
    ('01_ershou_jiaoyi_wenjuanxing.txt', '答卷数:286', '286'): 'sum_([117, 169], 286)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '男 117  ▇▇▇▇▇▇▇▇ 40.91%', '117'): 'sum_([117, 169], 286)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '男 117  ▇▇▇▇▇▇▇▇ 40.91%', '40.91%'): 'share(117, 286)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '女 169  ▇▇▇▇▇▇▇▇▇▇▇▇ 59.09%', '169'): 'sum_([117, 169], 286)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '女 169  ▇▇▇▇▇▇▇▇▇▇▇▇ 59.09%', '59.09%'): 'share(169, 286)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '59.09%\n本题有效填写人次 286', '286'): 'sum_([117, 169], 286)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '大一 64  ▇▇▇▇ 22.38%', '64'): 'sum_([64, 83, 79, 48, 12], 286)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '大一 64  ▇▇▇▇ 22.38%', '22.38%'): 'share(64, 286)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '大二 83  ▇▇▇▇▇ 29.02%', '83'): 'sum_([64, 83, 79, 48, 12], 286)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '大二 83  ▇▇▇▇▇ 29.02%', '29.02%'): 'share(83, 286)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '大三 79  ▇▇▇▇▇ 27.62%', '79'): 'sum_([64, 83, 79, 48, 12], 286)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '大三 79  ▇▇▇▇▇ 27.62%', '27.62%'): 'share(79, 286)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '大四 48  ▇▇▇ 16.78%', '48'): 'sum_([64, 83, 79, 48, 12], 286)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '大四 48  ▇▇▇ 16.78%', '16.78%'): 'share(48, 286)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '研究生 12  ▏ 4.2%', '12'): 'sum_([64, 83, 79, 48, 12], 286)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '研究生 12  ▏ 4.2%', '4.2%'): 'share(12, 286)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '4.2%\n本题有效填写人次 286', '286'): 'sum_([64, 83, 79, 48, 12], 286)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '经常使用 57  ▇▇▇ 19.93%', '57'): 'sum_([57, 146, 83], 286)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '经常使用 57  ▇▇▇ 19.93%', '19.93%'): 'share(57, 286)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '偶尔使用 146  ▇▇▇▇▇▇▇▇▇ 51.05%', '146'): 'sum_([57, 146, 83], 286)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '偶尔使用 146  ▇▇▇▇▇▇▇▇▇ 51.05%', '51.05%'): 'share(146, 286)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '第7题) 83  ▇▇▇▇ 29.02%', '83'): 'sum_([57, 146, 83], 286)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '第7题) 83  ▇▇▇▇ 29.02%', '29.02%'): 'share(83, 286)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '29.02%\n本题有效填写人次 286', '286'): 'sum_([57, 146, 83], 286)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '闲鱼 171  ▇▇▇▇▇▇▇▇▇▇▇▇▇ 84.24%', '84.24%'): 'share(171, 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '表白墙 118  ▇▇▇▇▇▇▇▇▇ 58.13%', '58.13%'): 'share(118, 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '转转 62  ▇▇▇▇▇ 30.54%', '30.54%'): 'share(62, 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '多抓鱼 23  ▇▇ 11.33%', '11.33%'): 'share(23, 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '其他 9  ▏ 4.43%', '4.43%'): 'share(9, 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '4.43%\n本题有效填写人次 203', '203'): 'sum_([57, 146], 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '商品与描述不符 88', '88'): "share(88, 203, v='43.35%')",
    ('01_ershou_jiaoyi_wenjuanxing.txt', '商品与描述不符 88  ▇▇▇▇▇▇ 43.35%', '43.35%'): 'share(88, 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '交易受骗 41  ▇▇▇ 20.2%', '41'): "share(41, 203, v='20.2%')",
    ('01_ershou_jiaoyi_wenjuanxing.txt', '交易受骗 41  ▇▇▇ 20.2%', '20.2%'): 'share(41, 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '售后无保障 52  ▇▇ 24.14%', '52'): "all_(sum_([88, 41, 52, 25], 203), share(52, 203, v='24.14%'))",
    ('01_ershou_jiaoyi_wenjuanxing.txt', '售后无保障 52  ▇▇ 24.14%', '24.14%'): 'share(49, 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '其他 25  ▇ 12.32%', '25'): "share(25, 203, v='12.32%')",
    ('01_ershou_jiaoyi_wenjuanxing.txt', '其他 25  ▇ 12.32%', '12.32%'): 'share(25, 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '12.32%\n本题有效填写人次 203', '203'): 'sum_([88, 41, 49, 25], 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '价格实惠 6(2.96%)', '6'): 'sum_([6, 15, 61, 83, 38], 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '价格实惠 6(2.96%)', '2.96%'): 'share(6, 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '价格实惠 6(2.96%) 15(7.39%)', '15'): 'sum_([6, 15, 61, 83, 38], 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '价格实惠 6(2.96%) 15(7.39%)', '7.39%'): 'share(15, 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '15(7.39%) 61(30.05%)', '61'): 'sum_([6, 15, 61, 83, 38], 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '15(7.39%) 61(30.05%)', '30.05%'): 'share(61, 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '61(30.05%) 83(40.89%)', '83'): 'sum_([6, 15, 61, 83, 38], 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '61(30.05%) 83(40.89%)', '40.89%'): 'share(83, 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '83(40.89%) 38(18.72%)', '38'): 'sum_([6, 15, 61, 83, 38], 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '83(40.89%) 38(18.72%)', '18.72%'): 'share(38, 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '38(18.72%) 3.65', '3.65'): 'mean_dist([6, 15, 61, 83, 38], [1, 2, 3, 4, 5])',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '交易安全 14(6.9%)', '14'): 'sum_([14, 37, 78, 55, 19], 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '交易安全 14(6.9%)', '6.9%'): 'share(14, 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '交易安全 14(6.9%) 37(18.23%)', '37'): 'sum_([14, 37, 78, 55, 19], 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '交易安全 14(6.9%) 37(18.23%)', '18.23%'): 'share(37, 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '37(18.23%) 78(38.42%)', '78'): 'sum_([14, 37, 78, 55, 19], 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '37(18.23%) 78(38.42%)', '38.42%'): 'share(78, 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '78(38.42%) 55(27.09%)', '55'): 'sum_([14, 37, 78, 55, 19], 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '78(38.42%) 55(27.09%)', '27.09%'): 'share(55, 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '55(27.09%) 19(9.36%)', '19'): 'sum_([14, 37, 78, 55, 19], 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '55(27.09%) 19(9.36%)', '9.36%'): 'share(19, 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '19(9.36%) 3.41', '3.41'): 'mean_dist([14, 37, 78, 55, 19], [1, 2, 3, 4, 5])',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '物品质量 9(4.43%)', '9'): 'sum_([9, 28, 85, 63, 18], 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '物品质量 9(4.43%)', '4.43%'): 'share(9, 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '物品质量 9(4.43%) 28(13.79%)', '28'): 'sum_([9, 28, 85, 63, 18], 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '物品质量 9(4.43%) 28(13.79%)', '13.79%'): 'share(28, 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '28(13.79%) 85(41.87%)', '85'): 'sum_([9, 28, 85, 63, 18], 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '28(13.79%) 85(41.87%)', '41.87%'): 'share(85, 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '85(41.87%) 63(31.03%)', '63'): 'sum_([9, 28, 85, 63, 18], 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '85(41.87%) 63(31.03%)', '31.03%'): 'share(63, 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '63(31.03%) 18(8.87%)', '18'): 'sum_([9, 28, 85, 63, 18], 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '63(31.03%) 18(8.87%)', '8.87%'): 'share(18, 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '18(8.87%) 3.26', '3.26'): 'mean_dist([9, 28, 85, 63, 18], [1, 2, 3, 4, 5])',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '平台的同学占70.98%', '70.98%'): 'share(203, 286)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '其中经常使用的占28.08%', '28.08%'): 'share(57, 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '同学占样本的44.40%', '44.40%'): 'share(127, 286)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '使用者中占84.24%', '84.24%'): 'share(171, 203)',
    ('01_ershou_jiaoyi_wenjuanxing.txt', '平均分仅3.14分', '3.14'): 'mean_dist([14, 37, 78, 55, 19], [1, 2, 3, 4, 5])',
    ('02_tiyu_duanlian_baiduwenku.txt', '回收431份', '431'): 'all_(le(412, 431), le(431, 450))',
    ('02_tiyu_duanlian_baiduwenku.txt', '回收率95.78%', '95.78%'): 'share(431, 450)',
    ('02_tiyu_duanlian_baiduwenku.txt', '得到有效问卷412份', '412'): 'sum_([197, 215], 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '有效率95.59%', '95.59%'): 'share(412, 431)',
    ('02_tiyu_duanlian_baiduwenku.txt', '以412份有效问卷', '412'): 'sum_([197, 215], 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '男生197人', '197'): 'sum_([197, 215], 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '男生197人,占47.82%', '47.82%'): 'share(197, 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '女生215人', '215'): 'sum_([197, 215], 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '女生215人,占52.18%', '52.18%'): 'share(215, 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '大一 118 28.64', '118'): 'sum_([118, 109, 103, 82], 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '大一 118 28.64', '28.64'): 'share(118, 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '大二 109 26.46', '109'): 'sum_([118, 109, 103, 82], 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '大二 109 26.46', '26.46'): 'share(109, 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '大三 103 25.00', '103'): 'sum_([118, 109, 103, 82], 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '大三 103 25.00', '25.00'): 'share(103, 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '大四 82 19.90', '82'): 'sum_([118, 109, 103, 82], 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '大四 82 19.90', '19.90'): 'share(82, 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '19.90 合计 412 100.00', '412'): 'sum_([118, 109, 103, 82], 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '19.90 合计 412 100.00', '100.00'): 'share(412, 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '不锻炼 39 9.47', '39'): 'sum_([39, 161, 134, 78], 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '不锻炼 39 9.47', '9.47'): 'share(39, 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '1~2次 161 39.08', '161'): 'sum_([39, 161, 134, 78], 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '1~2次 161 39.08', '39.08'): 'share(161, 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '3~4次 134 32.52', '134'): 'sum_([39, 161, 134, 78], 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '3~4次 134 32.52', '32.52'): 'share(134, 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '5次及以上 78 18.93', '78'): 'sum_([39, 161, 134, 78], 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '5次及以上 78 18.93', '18.93'): 'share(78, 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '18.93 合计 412 100.00', '412'): 'sum_([39, 161, 134, 78], 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '18.93 合计 412 100.00', '100.00'): 'share(412, 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '1次及以上的同学占90.53%', '90.53%'): 'share(373, 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '3次及以上的只占52.45%', '52.45%'): 'all_(share(212, 412), reach(412))',
    ('02_tiyu_duanlian_baiduwenku.txt', '30分钟以下的占29.61%', '29.61%'): 'reach(412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '3060分钟的占44.17%', '44.17%'): 'reach(412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '60分钟以上的占26.22%', '26.22%'): 'reach(412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '“强身健体”的占76.21%', '76.21%'): 'share(314, 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '“减肥塑形”的占48.06%', '48.06%'): 'share(198, 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '2/6\n1.99%', '1.99%'): "share(173, 412, v='41.99%')",
    ('02_tiyu_duanlian_baiduwenku.txt', '“兴趣爱好”的占33.50%', '33.50%'): 'share(138, 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '“应付体质测试”的占27.18%', '27.18%'): 'share(112, 412)',
    ('02_tiyu_duanlian_baiduwenku.txt', '在39名不锻炼的同学中', '39'): 'sum_([17, 13, 6, 3], 39)',
    ('02_tiyu_duanlian_baiduwenku.txt', '“没有时间”的17人', '17'): 'sum_([17, 13, 6, 3], 39)',
    ('02_tiyu_duanlian_baiduwenku.txt', '17人,占43.59%', '43.59%'): 'share(17, 39)',
    ('02_tiyu_duanlian_baiduwenku.txt', '“懒得动”的13人', '13'): 'sum_([17, 13, 6, 3], 39)',
    ('02_tiyu_duanlian_baiduwenku.txt', '13人,占33.33%', '33.33%'): 'share(13, 39)',
    ('02_tiyu_duanlian_baiduwenku.txt', '“没有场地”的6人', '6'): 'sum_([17, 13, 6, 3], 39)',
    ('02_tiyu_duanlian_baiduwenku.txt', '6人,占15.38%', '15.38%'): 'share(6, 39)',
    ('02_tiyu_duanlian_baiduwenku.txt', '其他原因3人', '3'): 'sum_([17, 13, 6, 3], 39)',
    ('02_tiyu_duanlian_baiduwenku.txt', '3人,占7.69%', '7.69%'): 'share(3, 39)',
    ('02_tiyu_duanlian_baiduwenku.txt', '前两项合计达76.92%', '76.92%'): 'share(30, 39)',
    ('03_shequ_canyu_xingfugan_cssci.txt', '基于H市436名老年人', '436'): 'sum_([188, 248], 436)',
    ('03_shequ_canyu_xingfugan_cssci.txt', '回收有效问卷436份', '436'): 'sum_([188, 248], 436)',
    ('03_shequ_canyu_xingfugan_cssci.txt', '有效率90.83%', '90.83%'): 'share(436, 480)',
    ('03_shequ_canyu_xingfugan_cssci.txt', '其中男性188人', '188'): 'sum_([188, 248], 436)',
    ('03_shequ_canyu_xingfugan_cssci.txt', '188人(43.12%)', '43.12%'): 'share(188, 436)',
    ('03_shequ_canyu_xingfugan_cssci.txt', '女性248人', '248'): 'sum_([188, 248], 436)',
    ('03_shequ_canyu_xingfugan_cssci.txt', '248人(56.88%)', '56.88%'): 'share(248, 436)',
    ('03_shequ_canyu_xingfugan_cssci.txt', '相关系数(N=436)', '436'): 'sum_([188, 248], 436)',
    ('03_shequ_canyu_xingfugan_cssci.txt', '1.主观幸福感 3.62', '3.62'): 'grim(436, 10)',
    ('03_shequ_canyu_xingfugan_cssci.txt', '2.社区参与 2.87', '2.87'): 'grim(436, 8)',
    ('03_shequ_canyu_xingfugan_cssci.txt', '3.社会支持 3.41', '3.41'): 'grim(436, 10)',
    ('03_shequ_canyu_xingfugan_cssci.txt', '4.自评健康 3.05', '3.05'): 'grim(436)',
    ('03_shequ_canyu_xingfugan_cssci.txt', '3.05 0.93', '0.93'): "grimmer(436, '3.05')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '5.年龄 68.47', '68.47'): 'grim(436)',
    ('03_shequ_canyu_xingfugan_cssci.txt', '68.47 6.12', '6.12'): "grimmer(436, '68.47')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '0.84 0.38***', '0.38***'): "rstar3(436, '***')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '0.76 0.41***', '0.41***'): "rstar3(436, '***')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '0.41*** 0.29***', '0.29***'): "rstar3(436, '***')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '0.93 0.35***', '0.35***'): "rstar3(436, '***')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '0.35*** 0.12*', '0.12*'): "rstar3(436, '*')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '0.12* 0.16***', '0.16***'): "rstar3(436, '***')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '6.12 -0.19***', '-0.19***'): "rstar3(436, '***')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '-0.19*** -0.08*', '-0.08*'): "rstar3(436, '*')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '-0.08* -0.11*', '-0.11*'): "rstar3(436, '*')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '-0.11* -0.27***', '-0.27***'): "rstar3(436, '***')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '(r=0.38,P<0.001)', '0.38'): "r_p(436, '<0.001')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '常量 2.215 0.386', '2.215'): "bse('2.215', '0.386', '5.74')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '常量 2.215 0.386', '0.386'): "bse('2.215', '0.386', '5.74')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '— 5.74***', '5.74***'): "tb('2.215', '0.386', 431, '***', v='5.74***')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '年龄 -0.021 0.005', '-0.021'): "bse('-0.021', '0.005', '-4.20')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '年龄 -0.021 0.005', '0.005'): "bse('-0.021', '0.005', '-4.20')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '-0.181 -4.20***', '-4.20***'): "tb('-0.021', '0.005', 431, '***', v='-4.20***')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '居住年限 0.006 0.004', '0.006'): "bse('0.006', '0.004', '1.50')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '居住年限 0.006 0.004', '0.004'): "bse('0.006', '0.004', '1.50')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '0.071 1.50', '1.50'): "tb('0.006', '0.004', 431, '', v='1.50')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '自评健康 0.243 0.035', '0.243'): "bse('0.243', '0.035', '6.94')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '自评健康 0.243 0.035', '0.035'): "bse('0.243', '0.035', '6.94')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '0.318 6.94***', '6.94***'): "tb('0.243', '0.035', 431, '***', v='6.94***')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '5.74*** 1.106 0.372', '1.106'): "bse('1.106', '0.372', '2.97')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '5.74*** 1.106 0.372', '0.372'): "bse('1.106', '0.372', '2.97')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '— 2.97**', '2.97**'): "tb('1.106', '0.372', 429, '**', v='2.97**')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '-4.20*** -0.017 0.005', '-0.017'): "bse('-0.017', '0.005', '-3.40')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '-4.20*** -0.017 0.005', '0.005'): "bse('-0.017', '0.005', '-3.40')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '-0.147 -3.40***', '-3.40***'): "tb('-0.017', '0.005', 429, '***', v='-3.40***')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '1.50 0.005 0.004', '0.005'): "bse('0.005', '0.004', '1.21')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '1.50 0.005 0.004', '0.004'): "bse('0.005', '0.004', '1.21')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '0.059 1.21', '1.21'): "tb('0.005', '0.004', 429, '', v='1.21')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '6.94*** 0.176 0.033', '0.176'): "bse('0.176', '0.033', '5.33')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '6.94*** 0.176 0.033', '0.033'): "bse('0.176', '0.033', '5.33')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '0.231 5.33***', '5.33***'): "tb('0.176', '0.033', 429, '***', v='5.33***')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '社区参与 0.214 0.047', '0.214'): "bse('0.214', '0.047', '4.55')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '社区参与 0.214 0.047', '0.047'): "bse('0.214', '0.047', '4.55')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '0.205 4.55***', '4.55***'): "tb('0.214', '0.047', 429, '***', v='4.55***')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '社会支持 0.186 0.039', '0.186'): "bse('0.186', '0.039', '4.77')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '社会支持 0.186 0.039', '0.039'): "bse('0.186', '0.039', '4.77')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '0.219 4.77***', '4.77***'): "tb('0.186', '0.039', 429, '***', v='4.77***')",
    ('03_shequ_canyu_xingfugan_cssci.txt', 'R² 0.187 0.312', '0.187'): "r2_fp(4, 436, '24.78', '***')",
    ('03_shequ_canyu_xingfugan_cssci.txt', 'R² 0.187 0.312', '0.312'): "r2_fp(6, 436, '32.42', '***')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '调整R² 0.179', '0.179'): "adj_r2('0.187', 436, 4)",
    ('03_shequ_canyu_xingfugan_cssci.txt', '0.179 0.302', '0.302'): "adj_r2('0.312', 436, 6)",
    ('03_shequ_canyu_xingfugan_cssci.txt', 'ΔR² 0.187 0.125', '0.187'): "eqn('0.187', '0.187', 'ΔR² of the first model is its R²')",
    ('03_shequ_canyu_xingfugan_cssci.txt', 'ΔR² 0.187 0.125', '0.125'): "r2_delta('0.312', '0.187')",
    ('03_shequ_canyu_xingfugan_cssci.txt', 'F 24.78*** 32.42***', '24.78***'): "r2_fp(4, 436, '24.78', '***', v='0.187')",
    ('03_shequ_canyu_xingfugan_cssci.txt', 'F 24.78*** 32.42***', '32.42***'): "r2_fp(6, 436, '32.42', '***', v='0.312')",
    ('03_shequ_canyu_xingfugan_cssci.txt', 'ΔF — 38.97***', '38.97***'): "fchange('0.125', '0.312', 436, 6, 2, '***')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '提高了12.5%', '12.5%'): "r2_delta('0.312', '0.187', v='0.125')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '(ΔR²=0.125,P<0.001)', '0.125'): "fchange('0.125', '0.312', 436, 6, 2, '<0.001', v='38.97')",
    ('03_shequ_canyu_xingfugan_cssci.txt', '(t=1.21,P=0.003)', '1.21'): "all_(tb('0.005', '0.004', 429, '=0.003'), t_anydf('=0.003'))",
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '老年功能性便秘52例临床观察', '52'): 'sum_([52, 50], 102)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '收治的102例患者', '102'): 'sum_([52, 50], 102)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '分为观察组52例', '52'): 'sum_([52, 50], 102)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '和对照组50例', '50'): 'sum_([52, 50], 102)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '总有效率90.38%', '90.38%'): 'share(47, 52)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '高于对照组的74.00%', '74.00%'): 'share(37, 50)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '观察组男23例', '23'): 'sum_([23, 29], 52)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '女29例,年龄(71.35', '29'): 'sum_([23, 29], 52)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '年龄(71.35±6.42)', '71.35'): 'grim(52)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '年龄(71.35±6.42)', '6.42'): "grimmer(52, '71.35')",
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '对照组男21例', '21'): 'sum_([21, 29], 50)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '女29例,年龄(72.08', '29'): 'sum_([21, 29], 50)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '年龄(72.08±6.87)', '72.08'): 'grim(50)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '年龄(72.08±6.87)', '6.87'): "grimmer(50, '72.08')",
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '(χ2=0.052,P=0.820', '0.052'): "chi2([[23, 29], [21, 29]], '=0.820')",
    ('04_bianmi_xuewei_tiefu_linchuang.txt', 't=0.555,P=0.580', '0.555'): "ttest('71.35', '6.42', 52, '72.08', '6.87', 50, '=0.580')",
    ('04_bianmi_xuewei_tiefu_linchuang.txt', 't=0.561,P=0.576', '0.561'): "ttest('4.62', '1.83', 52, '4.41', '1.95', 50, '=0.576')",
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '观察组 52 18.62', '52'): 'sum_([52, 50], 102)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '52 18.62±3.41', '18.62'): 'grim(52)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '18.62±3.41 8.37', '3.41'): "grimmer(52, '18.62')",
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '3.41 8.37±2.65', '8.37'): 'grim(52)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '8.37±2.65 21.47', '2.65'): "grimmer(52, '8.37')",
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '2.65 21.47 0.000', '21.47'): "paired_t('18.62', '3.41', '8.37', '2.65', 52, '=0.000')",
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '对照组 50 18.42', '50'): 'sum_([52, 50], 102)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '50 18.42±3.52', '18.42'): 'grim(50)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '18.42±3.52 12.06', '3.52'): "grimmer(50, '18.42')",
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '3.52 12.06±3.08', '12.06'): 'grim(50)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '12.06±3.08 5.12', '3.08'): "grimmer(50, '12.06')",
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '3.08 5.12 0.000', '5.12'): "paired_t('18.42', '3.52', '12.06', '3.08', 50, '=0.000')",
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '组间t值 0.291', '0.291'): "ttest('18.62', '3.41', 52, '18.42', '3.52', 50, '=0.771')",
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '0.291 6.494', '6.494'): "ttest('8.37', '2.65', 52, '12.06', '3.08', 50, '=0.000')",
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '观察组 52 22(42.31)', '52'): 'sum_([22, 25, 5], 52)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '观察组 52 22(42.31)', '22'): 'sum_([22, 25, 5], 52)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '52 22(42.31)', '42.31'): 'share(22, 52)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '22(42.31) 25(48.08)', '25'): 'sum_([22, 25, 5], 52)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '25(48.08)', '48.08'): 'share(25, 52)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '48.08) 5(9.62)', '5'): 'sum_([22, 25, 5], 52)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '5(9.62)', '9.62'): 'share(5, 52)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '9.62) 47(90.38)', '47'): 'sum_([22, 25], 47)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '47(90.38)', '90.38'): 'share(47, 52)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '对照组 50 13(26.00)', '50'): 'sum_([13, 24, 13], 50)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '对照组 50 13(26.00)', '13'): 'sum_([13, 24, 13], 50)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '50 13(26.00)', '26.00'): 'share(13, 50)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '13(26.00) 24(48.00)', '24'): 'sum_([13, 24, 13], 50)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '24(48.00)', '48.00'): 'share(24, 50)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '48.00) 13(26.00)', '13'): 'sum_([13, 24, 13], 50)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '48.00) 13(26.00)', '26.00'): 'share(13, 50)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '26.00) 37(74.00)', '37'): 'sum_([13, 24], 37)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '37(74.00)', '74.00'): 'share(37, 50)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', 'χ2 4.709  P 0.030', '4.709'): "chi2([[47, 5], [37, 13]], '=0.030')",
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '病程＜3年18例', '18'): 'sum_([18, 20, 14], 52)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '中有效17例(94.44%)', '17'): 'sum_([17, 18, 12], 47)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '中有效17例(94.44%)', '94.44%'): 'share(17, 18)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '3~5年20例', '20'): 'sum_([18, 20, 14], 52)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '中有效18例(90.00%)', '18'): 'sum_([17, 18, 12], 47)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '中有效18例(90.00%)', '90.00%'): 'share(18, 20)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '＞5年14例', '14'): 'sum_([18, 20, 14], 52)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '中有效12例(85.71%)', '12'): 'sum_([17, 18, 12], 47)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '中有效12例(85.71%)', '85.71%'): 'share(12, 14)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '(χ2=7.214,P=0.027)', '7.214'): "chi2([[17, 1], [18, 2], [12, 2]], '=0.027')",
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '皮肤瘙痒2例(3.85%)', '3.85%'): 'share(2, 52)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '腹胀3例(6.00%)', '6.00%'): 'share(3, 50)',
    ('04_bianmi_xuewei_tiefu_linchuang.txt', '(χ2=0.002,P=0.964)', '0.002'): "chi2([[2, 50], [3, 47]], '=0.964')",
    ('05_jiceng_dangjian_diaoyan_gov.txt', '共有基层党组织612个', '612'): 'sum_([38, 27, 547], 612)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '其中党委38个', '38'): 'sum_([38, 27, 547], 612)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '党总支27个', '27'): 'sum_([38, 27, 547], 612)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '党支部547个', '547'): 'sum_([38, 27, 547], 612)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '共有党员14 836名', '14 836'): 'sum_([2187, 7046, 5603], 14836)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '其中女党员3 912名', '3 912'): 'le(3912, 14836)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '3 912名,占26.37%', '26.37%'): 'share(3912, 14836)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '35岁及以下党员2 187名', '2 187'): 'sum_([2187, 7046, 5603], 14836)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '2 187名,占14.74%', '14.74%'): 'share(2187, 14836)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '36至59岁党员7 046名', '7 046'): 'sum_([2187, 7046, 5603], 14836)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '7 046名,占47.49%', '47.49%'): 'share(7046, 14836)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '60岁及以上党员5 603名', '5 603'): 'sum_([2187, 7046, 5603], 14836)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '5 603名,占37.77%', '37.77%'): 'share(5603, 14836)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '学历党员4 071名', '4 071'): 'le(4071, 14836)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '4 071名,占27.44%', '27.44%'): 'share(4071, 14836)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '增长13.9%', '13.9%'): 'growth(213, 26)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '全县218个村(社区)中', '218'): 'sum_([196, 22], 218)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '村196个', '196'): 'sum_([196, 22], 218)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '社区22个', '22'): 'sum_([196, 22], 218)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '“一肩挑”的201个', '201'): 'le(201, 218)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '201个,占92.20%', '92.20%'): 'share(201, 218)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '学历的129名', '129'): 'le(129, 218)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '129名,占59.17%', '59.17%'): 'share(129, 218)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '致富带头人97名', '97'): 'le(97, 218)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '97名,占44.59%', '44.59%'): 'all_(share(97, 218), reach(218))',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '均8.53万元', '8.53'): "ratio('1860', '218')",
    ('05_jiceng_dangjian_diaoyan_gov.txt', '收入的村187个', '187'): 'le(23 + 96 + 71, 187)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '其中50万元以上的23个', '23'): 'le(23 + 96 + 71, 187)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '10万~50万元的96个', '96'): 'le(23 + 96 + 71, 187)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '5万~10万元的71个', '71'): 'le(23 + 96 + 71, 187)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '回收有效问卷561份', '561'): 'all_(sum_([312, 176, 41, 32], 561), sum_([238, 323], 561))',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '有效率93。50%', '93。50%'): 'share(561, 600)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '其中党员238人', '238'): 'all_(sum_([238, 323], 561), sum_([171, 52, 15], 238))',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '群众323人', '323'): 'sum_([238, 323], 561)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '满意312人(55.61%)', '312'): 'sum_([312, 176, 41, 32], 561)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '满意312人(55.61%)', '55.61%'): 'share(312, 561)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '基本满意176人', '176'): 'sum_([312, 176, 41, 32], 561)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '176人(31.37%)', '31.37%'): 'share(176, 561)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '不满意41人(7.31%)', '41'): 'sum_([312, 176, 41, 32], 561)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '不满意41人(7.31%)', '7.31%'): 'share(41, 561)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '说不清32人(5.70%)', '32'): 'sum_([312, 176, 41, 32], 561)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '说不清32人(5.70%)', '5.70%'): 'share(32, 561)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '满意和基本满意合计86.98%', '86.98%'): 'share(488, 561)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '规范开展”的171人', '171'): 'sum_([171, 52, 15], 238)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '171人(71.85%)', '71.85%'): 'share(171, 238)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '质量不高”的52人', '52'): 'sum_([171, 52, 15], 238)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '52人(21.85%)', '21.85%'): 'share(52, 238)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '不经常”的15人', '15'): 'sum_([171, 52, 15], 238)',
    ('05_jiceng_dangjian_diaoyan_gov.txt', '15人(6.30%)', '6.30%'): 'share(15, 238)',
    ('06_laojiu_xiaoqu_dianti_mindiao.txt', '常住居民1 206人', '1 206'): 'all_(sum_([582, 624], 1206), sum_([731, 475], 1206))',
    ('06_laojiu_xiaoqu_dianti_mindiao.txt', '抽样误差为±2.8个百分点', '2.8'): 'moe(1206)',
    ('06_laojiu_xiaoqu_dianti_mindiao.txt', '63.1%的受访者支持', '63.1%'): "all_(share(761, 1206), mix([('66.8', 582), ('59.6', 624)], v='63.1%'))",
    ('06_laojiu_xiaoqu_dianti_mindiao.txt', '上升5.5个百分点', '5.5'): "pp('63.1', '57.6')",
    ('06_laojiu_xiaoqu_dianti_mindiao.txt', '另有22.9%表示反对', '22.9%'): 'share(276, 1206)',
    ('06_laojiu_xiaoqu_dianti_mindiao.txt', '14.0%表示“说不清”', '14.0%'): 'share(169, 1206)',
    ('06_laojiu_xiaoqu_dianti_mindiao.txt', '男性受访者(582人)', '582'): 'sum_([582, 624], 1206)',
    ('06_laojiu_xiaoqu_dianti_mindiao.txt', '支持率为66.8%', '66.8%'): 'share(389, 582)',
    ('06_laojiu_xiaoqu_dianti_mindiao.txt', '女性受访者(624人)', '624'): 'sum_([582, 624], 1206)',
    ('06_laojiu_xiaoqu_dianti_mindiao.txt', '624人)为59.6%', '59.6%'): 'share(372, 624)',
    ('06_laojiu_xiaoqu_dianti_mindiao.txt', '分摊”的761名受访者', '761'): "share(761, 1206, v='63.1%')",
    ('06_laojiu_xiaoqu_dianti_mindiao.txt', '78.6%认为一楼住户', '78.6%'): 'share(598, 761)',
    ('06_laojiu_xiaoqu_dianti_mindiao.txt', '(抽样误差±5.5个百分点)', '5.5'): 'moe(318)',
    ('06_laojiu_xiaoqu_dianti_mindiao.txt', '支持率达71.4%', '71.4%'): 'share(227, 318)',
    ('06_laojiu_xiaoqu_dianti_mindiao.txt', '(抽样误差±3.9个百分点)', '3.9'): 'moe(402)',
    ('06_laojiu_xiaoqu_dianti_mindiao.txt', '其支持率为58.7%', '58.7%'): 'share(236, 402)',
    ('06_laojiu_xiaoqu_dianti_mindiao.txt', '城区受访者(731人)', '731'): 'sum_([731, 475], 1206)',
    ('06_laojiu_xiaoqu_dianti_mindiao.txt', '中有52.4%给出肯定回答', '52.4%'): "all_(reach(731), mix([('52.4', 731), ('47.2', 475)], v='55.3%'))",
    ('06_laojiu_xiaoqu_dianti_mindiao.txt', '郊县受访者(475人)', '475'): 'sum_([731, 475], 1206)',
    ('06_laojiu_xiaoqu_dianti_mindiao.txt', '中为47.2%', '47.2%'): "all_(reach(475), mix([('52.4', 731), ('47.2', 475)], v='55.3%'))",
    ('06_laojiu_xiaoqu_dianti_mindiao.txt', '总体为55.3%', '55.3%'): "all_(reach(1206), mix([('52.4', 731), ('47.2', 475)], v='55.3%'))",
    ('06_laojiu_xiaoqu_dianti_mindiao.txt', '“加装电梯”的占61.5%', '61.5%'): 'reach(1206)',
    ('06_laojiu_xiaoqu_dianti_mindiao.txt', '“增加停车位”的占47.3%', '47.3%'): 'reach(1206)',
    ('06_laojiu_xiaoqu_dianti_mindiao.txt', '“管网改造”的占39.8%', '39.8%'): 'reach(1206)',
    ('06_laojiu_xiaoqu_dianti_mindiao.txt', '“外墙保温”的占28.6%', '28.6%'): 'reach(1206)',
    ('06_laojiu_xiaoqu_dianti_mindiao.txt', '“适老化改造”的占24.9%', '24.9%'): 'reach(1206)',
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '2019 3 486.2', '3 486.2'): "growth2('2103.5', '3486.2', v='-39.7')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '9.8 412.67', '412.67'): "growth2('236.41', '412.67', v='-42.7')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '2020 2 103.5', '2 103.5'): "all_(growth2('2103.5', '3486.2', v='-39.7'), growth2('2618.9', '2103.5', v='24.5'))",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '2 103.5 -39.7', '-39.7'): "growth2('2103.5', '3486.2')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '-39.7 236.41', '236.41'): "all_(growth2('236.41', '412.67', v='-42.7'), growth2('301.26', '236.41', v='27.4'))",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '236.41 -42.7', '-42.7'): "growth2('236.41', '412.67')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '2021 2 618.9', '2 618.9'): "all_(growth2('2618.9', '2103.5', v='24.5'), growth2('2376.4', '2618.9', v='-9.3'))",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '2 618.9 24.5', '24.5'): "growth2('2618.9', '2103.5')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '24.5 301.26', '301.26'): "all_(growth2('301.26', '236.41', v='27.4'), growth2('278.93', '301.26', v='-7.4'))",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '301.26 27.4', '27.4'): "growth2('301.26', '236.41')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '2022 2 376.4', '2 376.4'): "all_(growth2('2376.4', '2618.9', v='-9.3'), growth2('3812.7', '2376.4', v='60.4'))",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '2 376.4 -9.3', '-9.3'): "growth2('2376.4', '2618.9')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '-9.3 278.93', '278.93'): "growth2('278.93', '301.26', v='-7.4')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '278.93 -7.4', '-7.4'): "growth2('278.93', '301.26')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '2023 3 812.7', '3 812.7'): "growth2('3812.7', '2376.4', v='60.4')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '3 812.7 60.4', '60.4'): "growth2('3812.7', '2376.4')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '60.4 468.15', '468.15'): "sum_(['97.36', '112.48', '86.72', '74.05', '59.83', '37.71'], '468.15')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '468.15 55.4', '55.4'): "growth2('468.15', '278.93')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '合计 468.15 100.0', '468.15'): "sum_(['97.36', '112.48', '86.72', '74.05', '59.83', '37.71'], '468.15')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '合计 468.15 100.0', '100.0'): "pct('468.15', '468.15')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '住宿 97.36 20.8', '97.36'): "sum_(['97.36', '112.48', '86.72', '74.05', '59.83', '37.71'], '468.15')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '住宿 97.36 20.8', '20.8'): "pct('97.36', '468.15')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '餐饮 112.48 24.0', '112.48'): "sum_(['97.36', '112.48', '86.72', '74.05', '59.83', '37.71'], '468.15')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '餐饮 112.48 24.0', '24.0'): "pct('112.48', '468.15')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '交通 86.72 19.5', '86.72'): "sum_(['97.36', '112.48', '86.72', '74.05', '59.83', '37.71'], '468.15')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '交通 86.72 19.5', '19.5'): "all_(pct('86.72', '468.15'), pctsum(['20.8', '24.0', '19.5', '15.8', '12.8', '8.1']))",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '购物 74.05 15.8', '74.05'): "sum_(['97.36', '112.48', '86.72', '74.05', '59.83', '37.71'], '468.15')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '购物 74.05 15.8', '15.8'): "pct('74.05', '468.15')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '游览娱乐 59.83 12.8', '59.83'): "sum_(['97.36', '112.48', '86.72', '74.05', '59.83', '37.71'], '468.15')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '游览娱乐 59.83 12.8', '12.8'): "pct('59.83', '468.15')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '其他 37.71 8.1', '37.71'): "sum_(['97.36', '112.48', '86.72', '74.05', '59.83', '37.71'], '468.15')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '其他 37.71 8.1', '8.1'): "pct('37.71', '468.15')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '全市 3 812.7 468.15', '3 812.7'): "sum_(['1126.4', '984.2', '867.5', '834.6'], '3812.7')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '全市 3 812.7 468.15', '468.15'): "sum_(['152.37', '131.06', '97.41', '87.31'], '468.15')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '江北区 1 126.4 152.37', '1 126.4'): "sum_(['1126.4', '984.2', '867.5', '834.6'], '3812.7')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '江北区 1 126.4 152.37', '152.37'): "sum_(['152.37', '131.06', '97.41', '87.31'], '468.15')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '江南区 984.2 131.06', '984.2'): "sum_(['1126.4', '984.2', '867.5', '834.6'], '3812.7')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '江南区 984.2 131.06', '131.06'): "sum_(['152.37', '131.06', '97.41', '87.31'], '468.15')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '东湖区 867.5 97.41', '867.5'): "sum_(['1126.4', '984.2', '867.5', '834.6'], '3812.7')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '东湖区 867.5 97.41', '97.41'): "sum_(['152.37', '131.06', '97.41', '87.31'], '468.15')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '青山县 834.6 87.31', '834.6'): "sum_(['1126.4', '984.2', '867.5', '834.6'], '3812.7')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '青山县 834.6 87.31', '87.31'): "sum_(['152.37', '131.06', '97.41', '87.31'], '468.15')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '国内游客3 812.7万人次', '3 812.7'): "same('3812.7')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '过夜游客1 046.3万人次', '1 046.3'): "le('1046.3', '3812.7')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '1 046.3万人次,占27.4%', '27.4%'): "pct('1046.3', '3812.7')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '人均花费1 228元', '1 228'): "exact('468.15 * 10000 / 3812.7')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '占全市的29.5%', '29.5%'): "pct('1126.4', '3812.7')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '入境游客8.62万人次', '8.62'): "exact('(8.62 - 2.79) / 2.79', v='2.1')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '比上年(2.79万人次)', '2.79'): "exact('(8.62 - 2.79) / 2.79', v='2.1')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '增长2.1倍', '2.1'): "exact('(8.62 - 2.79) / 2.79')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '乡村旅游接待游客1 215.6万人次', '1 215.6'): "le('1215.6', '3812.7')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '实现收入96.48亿元', '96.48'): "le('96.48', '468.15')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '分别占全市的31.9%', '31.9%'): "pct('1215.6', '3812.7')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '31.9%和20.6%', '20.6%'): "pct('96.48', '468.15')",
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', 'Ａ级旅游景区４６家', '４６'): 'sum_([2, 15, 29], 46)',
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '其中５Ａ级２家', '２'): 'sum_([2, 15, 29], 46)',
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '４Ａ级１５家', '１５'): 'sum_([2, 15, 29], 46)',
    ('07_jiangcheng_tongji_nianjian_lvyou.txt', '３Ａ级２９家', '２９'): 'sum_([2, 15, 29], 46)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '回收有效问卷236份', '236'): 'all_(sum_([38, 198], 236), sum_([97, 120, 19], 236))',
    ('08_zaixian_xuexi_touru_lunwen.txt', 'χ2=486.25(df=6', '486.25'): "all_(eqn('6', '6', 'Bartlett df for 4 items is 4(4 - 1)/2'), chi2_p(6, '<0.001'))",
    ('08_zaixian_xuexi_touru_lunwen.txt', 'A1 课前主动预习 11(4.66)', '11'): 'sum_([11, 34, 79, 81, 31], 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', 'A1 课前主动预习 11(4.66)', '4.66'): 'share(11, 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '34(14.41) 79(33.47)', '34'): 'sum_([11, 34, 79, 81, 31], 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '34(14.41) 79(33.47)', '14.41'): 'share(34, 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '79(33.47) 81(34.32)', '79'): 'sum_([11, 34, 79, 81, 31], 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '79(33.47) 81(34.32)', '33.47'): 'share(79, 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '81(34.32) 31(13.14)', '81'): 'sum_([11, 34, 79, 81, 31], 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '81(34.32) 31(13.14)', '34.32'): 'share(81, 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '31(13.14) 3.37', '31'): 'sum_([11, 34, 79, 81, 31], 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '31(13.14) 3.37', '13.14'): 'share(31, 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '31(13.14) 3.37', '3.37'): 'mean_dist([11, 34, 79, 81, 31], [1, 2, 3, 4, 5])',
    ('08_zaixian_xuexi_touru_lunwen.txt', '3.37 1.03', '1.03'): 'sd_dist([11, 34, 79, 81, 31], [1, 2, 3, 4, 5])',
    ('08_zaixian_xuexi_touru_lunwen.txt', 'A2 按时完成作业 4(1.69)', '4'): 'sum_([4, 13, 51, 104, 64], 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', 'A2 按时完成作业 4(1.69)', '1.69'): 'share(4, 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '13(5.51) 51(21.61)', '13'): 'sum_([4, 13, 51, 104, 64], 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '13(5.51) 51(21.61)', '5.51'): 'share(13, 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '51(21.61) 104(44.07)', '51'): 'sum_([4, 13, 51, 104, 64], 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '51(21.61) 104(44.07)', '21.61'): 'share(51, 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '104(44.07) 64(27.12)', '104'): 'sum_([4, 13, 51, 104, 64], 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '104(44.07) 64(27.12)', '44.07'): 'share(104, 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '64(27.12) 3.89', '64'): 'sum_([4, 13, 51, 104, 64], 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '64(27.12) 3.89', '27.12'): 'share(64, 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '64(27.12) 3.89', '3.89'): 'mean_dist([4, 13, 51, 104, 64], [1, 2, 3, 4, 5])',
    ('08_zaixian_xuexi_touru_lunwen.txt', '3.89 0.92', '0.92'): 'sd_dist([4, 13, 51, 104, 64], [1, 2, 3, 4, 5])',
    ('08_zaixian_xuexi_touru_lunwen.txt', 'A3 参与讨论互动 21(8.90)', '21'): 'sum_([21, 52, 86, 55, 22], 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', 'A3 参与讨论互动 21(8.90)', '8.90'): 'share(21, 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '52(22.03) 86(36.44)', '52'): 'sum_([21, 52, 86, 55, 22], 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '52(22.03) 86(36.44)', '22.03'): 'share(52, 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '86(36.44) 55(23.31)', '86'): 'sum_([21, 52, 86, 55, 22], 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '86(36.44) 55(23.31)', '36.44'): 'share(86, 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '55(23.31) 22(9.32)', '55'): 'sum_([21, 52, 86, 55, 22], 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '55(23.31) 22(9.32)', '23.31'): 'share(55, 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '22(9.32) 3.02', '22'): 'sum_([21, 52, 86, 55, 22], 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '22(9.32) 3.02', '9.32'): 'share(22, 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '22(9.32) 3.02', '3.02'): 'mean_dist([21, 52, 86, 55, 22], [1, 2, 3, 4, 5])',
    ('08_zaixian_xuexi_touru_lunwen.txt', '3.02 1.09', '1.09'): 'sd_dist([21, 52, 86, 55, 22], [1, 2, 3, 4, 5])',
    ('08_zaixian_xuexi_touru_lunwen.txt', 'A4 查找拓展资料 15(6.36)', '15'): 'sum_([15, 43, 84, 67, 27], 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', 'A4 查找拓展资料 15(6.36)', '6.36'): 'share(15, 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '43(18.22) 84(35.59)', '43'): 'sum_([15, 43, 84, 67, 27], 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '43(18.22) 84(35.59)', '18.22'): 'share(43, 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '84(35.59) 67(28.39)', '84'): 'sum_([15, 43, 84, 67, 27], 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '84(35.59) 67(28.39)', '35.59'): 'share(84, 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '67(28.39) 27(11.44)', '67'): 'sum_([15, 43, 84, 67, 27], 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '67(28.39) 27(11.44)', '28.39'): 'share(67, 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '27(11.44) 3.20', '27'): 'sum_([15, 43, 84, 67, 27], 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '27(11.44) 3.20', '11.44'): 'share(27, 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '27(11.44) 3.20', '3.20'): 'mean_dist([15, 43, 84, 67, 27], [1, 2, 3, 4, 5])',
    ('08_zaixian_xuexi_touru_lunwen.txt', '3.20 0.86', '0.86'): 'sd_dist([15, 43, 84, 67, 27], [1, 2, 3, 4, 5])',
    ('08_zaixian_xuexi_touru_lunwen.txt', '量表总均分为3.37分', '3.37'): "exact('(795 + 919 + 713 + 756)/(236*4)')",
    ('08_zaixian_xuexi_touru_lunwen.txt', 'A2得分最高(3.89分)', '3.89'): 'mean_dist([4, 13, 51, 104, 64], [1, 2, 3, 4, 5])',
    ('08_zaixian_xuexi_touru_lunwen.txt', '71.19%的学生同意', '71.19%'): 'share(168, 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', 'A3得分最低(3.02分)', '3.02'): 'mean_dist([21, 52, 86, 55, 22], [1, 2, 3, 4, 5])',
    ('08_zaixian_xuexi_touru_lunwen.txt', '仅32.63%的学生', '32.63%'): 'share(77, 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '学生干部者(n=38)', '38'): 'sum_([38, 198], 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '得分为3.47±1.03', '3.47'): 'grim(38)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '得分为3.47±1.03', '1.03'): "grimmer(38, '3.47')",
    ('08_zaixian_xuexi_touru_lunwen.txt', '非学生干部(n=198)', '198'): 'sum_([38, 198], 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '的2.93±1.05', '2.93'): "all_(grim(198), wmean([('3.47', 38), ('2.93', 198)], v='3.02'))",
    ('08_zaixian_xuexi_touru_lunwen.txt', '的2.93±1.05', '1.05'): "grimmer(198, '2.93')",
    ('08_zaixian_xuexi_touru_lunwen.txt', '(t=2.91,P=0.004)', '2.91'): "ttest('3.47', '1.03', 38, '2.93', '1.05', 198, '=0.004')",
    ('08_zaixian_xuexi_touru_lunwen.txt', '文科(n=97)', '97'): 'sum_([97, 120, 19], 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '97)3.11±1.04', '3.11'): 'grim(97)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '97)3.11±1.04', '1.04'): "grimmer(97, '3.11')",
    ('08_zaixian_xuexi_touru_lunwen.txt', '理工(n=120)', '120'): 'sum_([97, 120, 19], 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '120)2.98±1.06', '2.98'): 'grim(120)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '120)2.98±1.06', '1.06'): "grimmer(120, '2.98')",
    ('08_zaixian_xuexi_touru_lunwen.txt', '艺体(n=19)', '19'): 'sum_([97, 120, 19], 236)',
    ('08_zaixian_xuexi_touru_lunwen.txt', '19)2.66±1.13', '2.66'): "all_(grim(19), wmean([('3.11', 97), ('2.98', 120), ('2.66', 19)], v='3.02'))",
    ('08_zaixian_xuexi_touru_lunwen.txt', '(F=1.52,P=0.221)', '1.52'): "anova([('3.11', '1.04', 97), ('2.98', '1.06', 120), ('2.66', '1.13', 19)], '=0.221')",
    ('09_chaozhong_feipang_wanfang.txt', '初中2 874名学生', '2 874'): 'all_(sum_([1486, 1388], 2874), sum_([982, 957, 935], 2874), sum_([1653, 1221], 2874), sum_([803, 2071], 2874), sum_([1124, 1750], 2874))',
    ('09_chaozhong_feipang_wanfang.txt', '检出率为17.36%', '17.36%'): 'share(499, 2874)',
    ('09_chaozhong_feipang_wanfang.txt', '(499/2 874)', '499'): 'all_(sum_([298, 201], 499), sum_([154, 171, 174], 499), sum_([327, 172], 499), sum_([201, 298], 499), sum_([243, 256], 499))',
    ('09_chaozhong_feipang_wanfang.txt', '(499/2 874)', '2 874'): 'sum_([1486, 1388], 2874)',
    ('09_chaozhong_feipang_wanfang.txt', '两者相差5.69个百分点', '5.69'): 'pp_exact(327, 1653, 172, 1221)',
    ('09_chaozhong_feipang_wanfang.txt', '男 1 486 298', '1 486'): 'sum_([1486, 1388], 2874)',
    ('09_chaozhong_feipang_wanfang.txt', '男 1 486 298', '298'): 'sum_([298, 201], 499)',
    ('09_chaozhong_feipang_wanfang.txt', '298 20.05', '20.05'): 'share(298, 1486)',
    ('09_chaozhong_feipang_wanfang.txt', '20.05 15.533 <0.001', '15.533'): "chi2([[298, 1188], [201, 1187]], '<0.001')",
    ('09_chaozhong_feipang_wanfang.txt', '女 1 388 201', '1 388'): 'sum_([1486, 1388], 2874)',
    ('09_chaozhong_feipang_wanfang.txt', '女 1 388 201', '201'): 'sum_([298, 201], 499)',
    ('09_chaozhong_feipang_wanfang.txt', '201 14.48', '14.48'): 'share(201, 1388)',
    ('09_chaozhong_feipang_wanfang.txt', '初一 982 154', '982'): 'sum_([982, 957, 935], 2874)',
    ('09_chaozhong_feipang_wanfang.txt', '初一 982 154', '154'): 'sum_([154, 171, 174], 499)',
    ('09_chaozhong_feipang_wanfang.txt', '154 15.68', '15.68'): 'share(154, 982)',
    ('09_chaozhong_feipang_wanfang.txt', '15.68 3.116 0.211', '3.116'): "chi2([[154, 828], [171, 786], [174, 761]], '=0.211')",
    ('09_chaozhong_feipang_wanfang.txt', '初二 957 171', '957'): 'sum_([982, 957, 935], 2874)',
    ('09_chaozhong_feipang_wanfang.txt', '初二 957 171', '171'): 'sum_([154, 171, 174], 499)',
    ('09_chaozhong_feipang_wanfang.txt', '171 17.87', '17.87'): 'share(171, 957)',
    ('09_chaozhong_feipang_wanfang.txt', '初三 935 174', '935'): 'sum_([982, 957, 935], 2874)',
    ('09_chaozhong_feipang_wanfang.txt', '初三 935 174', '174'): 'sum_([154, 171, 174], 499)',
    ('09_chaozhong_feipang_wanfang.txt', '174 18.61', '18.61'): 'share(174, 935)',
    ('09_chaozhong_feipang_wanfang.txt', '城镇 1 653 327', '1 653'): 'sum_([1653, 1221], 2874)',
    ('09_chaozhong_feipang_wanfang.txt', '城镇 1 653 327', '327'): 'sum_([327, 172], 499)',
    ('09_chaozhong_feipang_wanfang.txt', '327 19.78', '19.78'): 'share(327, 1653)',
    ('09_chaozhong_feipang_wanfang.txt', '19.78 5.877 0.015', '5.877'): "chi2([[327, 1326], [172, 1049]], '=0.015')",
    ('09_chaozhong_feipang_wanfang.txt', '农村 1 221 172', '1 221'): 'sum_([1653, 1221], 2874)',
    ('09_chaozhong_feipang_wanfang.txt', '农村 1 221 172', '172'): 'sum_([327, 172], 499)',
    ('09_chaozhong_feipang_wanfang.txt', '172 14.09', '14.09'): 'share(172, 1221)',
    ('09_chaozhong_feipang_wanfang.txt', '≥2 h 803 201', '803'): 'sum_([803, 2071], 2874)',
    ('09_chaozhong_feipang_wanfang.txt', '≥2 h 803 201', '201'): 'sum_([201, 298], 499)',
    ('09_chaozhong_feipang_wanfang.txt', '201 25.03', '25.03'): 'share(201, 803)',
    ('09_chaozhong_feipang_wanfang.txt', '25.03 45.673 <0.001', '45.673'): "chi2([[201, 602], [298, 1773]], '<0.001')",
    ('09_chaozhong_feipang_wanfang.txt', '<2 h 2 071 298', '2 071'): 'sum_([803, 2071], 2874)',
    ('09_chaozhong_feipang_wanfang.txt', '<2 h 2 071 298', '298'): 'sum_([201, 298], 499)',
    ('09_chaozhong_feipang_wanfang.txt', '298 14.39', '14.39'): 'share(298, 2071)',
    ('09_chaozhong_feipang_wanfang.txt', '≥3次/周 1 124 243', '1 124'): 'sum_([1124, 1750], 2874)',
    ('09_chaozhong_feipang_wanfang.txt', '≥3次/周 1 124 243', '243'): 'sum_([243, 256], 499)',
    ('09_chaozhong_feipang_wanfang.txt', '243 21.62', '21.62'): 'share(243, 1124)',
    ('09_chaozhong_feipang_wanfang.txt', '21.62 23.311 <0.001', '23.311'): "chi2([[243, 881], [256, 1494]], '<0.001')",
    ('09_chaozhong_feipang_wanfang.txt', '<3次/周 1 750 256', '1 750'): 'sum_([1124, 1750], 2874)',
    ('09_chaozhong_feipang_wanfang.txt', '<3次/周 1 750 256', '256'): 'sum_([243, 256], 499)',
    ('09_chaozhong_feipang_wanfang.txt', '256 14.63', '14.63'): 'share(256, 1750)',
    ('09_chaozhong_feipang_wanfang.txt', '合计 2 874 499 17.36', '2 874'): 'sum_([1486, 1388], 2874)',
    ('09_chaozhong_feipang_wanfang.txt', '合计 2 874 499 17.36', '499'): 'sum_([298, 201], 499)',
    ('09_chaozhong_feipang_wanfang.txt', '合计 2 874 499 17.36', '17.36'): 'share(499, 2874)',
    ('09_chaozhong_feipang_wanfang.txt', '回归分析(n=2 874)', '2 874'): 'sum_([1486, 1388], 2874)',
    ('09_chaozhong_feipang_wanfang.txt', '男生 1.43(1.17~1.75)', '1.43'): "orci('1.17', '1.75', '<0.001')",
    ('09_chaozhong_feipang_wanfang.txt', '男生 1.43(1.17~1.75)', '1.17'): "ci_p('1.17', '1.75', '<0.001')",
    ('09_chaozhong_feipang_wanfang.txt', '男生 1.43(1.17~1.75)', '1.75'): "ci_p('1.17', '1.75', '<0.001')",
    ('09_chaozhong_feipang_wanfang.txt', '城镇 1.38(1.12~1.69)', '1.38'): "orci('1.12', '1.69', '=0.002')",
    ('09_chaozhong_feipang_wanfang.txt', '城镇 1.38(1.12~1.69)', '1.12'): "ci_p('1.12', '1.69', '=0.002')",
    ('09_chaozhong_feipang_wanfang.txt', '城镇 1.38(1.12~1.69)', '1.69'): "ci_p('1.12', '1.69', '=0.002')",
    ('09_chaozhong_feipang_wanfang.txt', '屏幕时间≥2 h 1.86(1.52~2.28)', '1.86'): "orci('1.52', '2.28', '<0.001')",
    ('09_chaozhong_feipang_wanfang.txt', '屏幕时间≥2 h 1.86(1.52~2.28)', '1.52'): "ci_p('1.52', '2.28', '<0.001')",
    ('09_chaozhong_feipang_wanfang.txt', '屏幕时间≥2 h 1.86(1.52~2.28)', '2.28'): "ci_p('1.52', '2.28', '<0.001')",
    ('09_chaozhong_feipang_wanfang.txt', '含糖饮料≥3次/周 1.15(1.24~1.87)', '1.15'): "orci('1.24', '1.87', '<0.001')",
    ('09_chaozhong_feipang_wanfang.txt', '含糖饮料≥3次/周 1.15(1.24~1.87)', '1.24'): "ci_p('1.24', '1.87', '<0.001')",
    ('09_chaozhong_feipang_wanfang.txt', '含糖饮料≥3次/周 1.15(1.24~1.87)', '1.87'): "ci_p('1.24', '1.87', '<0.001')",
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '回收问卷1 602份', '1 602'): 'le(1537, 1602)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '有效问卷1 537份', '1 537'): 'all_(sum_([1024, 513], 1537), sum_([1498, 39], 1537))',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '有效率95.94%', '95.94%'): 'share(1537, 1602)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '小学家长1 024人', '1 024'): 'sum_([1024, 513], 1537)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '1 024人(66.62%)', '66.62%'): 'share(1024, 1537)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '初中家长513人', '513'): 'sum_([1024, 513], 1537)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '513人(33.38%)', '33.38%'): 'share(513, 1537)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '课后服务的家长1 346人', '1 346'): 'le(1346, 1537)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '有效样本的87．57%', '87．57%'): 'share(1346, 1537)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '5天的占61.2%', '61.2%'): 'reach(1346)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '3~4天的占27.5%', '27.5%'): 'reach(1346)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '1~2天的占11.3%', '11.3%'): 'reach(1346)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '(可多选,n=1 346)', '1 346'): "same('1346')",
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '作业辅导的占82.4%', '82.4%'): 'reach(1346)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '体育活动46.7%', '46.7%'): 'reach(1346)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '艺术类27.3%', '27.3%'): 'reach(1346)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '科技类14.9%', '14.9%'): 'reach(1346)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '阅读类8.7%', '8.7%'): 'reach(1346)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '(单选,n=1 346)', '1 346'): "same('1346')",
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '“合适”的占68.4%', '68.4%'): "pctsum(['68.4', '21.7', '12.9'])",
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '“偏早”的占21.7%', '21.7%'): "pctsum(['68.4', '21.7', '12.9'])",
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '“偏晚”的占12.9%', '12.9%'): "pctsum(['68.4', '21.7', '12.9'])",
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '占参加者的79.34%', '79.34%'): 'share(1068, 1346)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '非常满意 412 26.8', '412'): 'sum_([412, 629, 327, 98, 32], 1498)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '非常满意 412 26.8', '26.8'): 'share(412, 1537)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '26.8 27.5 27.5', '27.5'): 'share(412, 1498)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '27.5\n满意 629', '27.5'): 'cum(412, 1498)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '满意 629 40.9', '629'): 'sum_([412, 629, 327, 98, 32], 1498)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '满意 629 40.9', '40.9'): 'share(629, 1537)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '40.9 69.5', '40.9'): "all_(share(629, 1498), pctsum(['27.5', '40.9', '21.8', '6.5', '2.1']))",
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '40.9 69.5', '69.5'): 'cum(1041, 1498)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '一般 327 21.3', '327'): 'sum_([412, 629, 327, 98, 32], 1498)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '一般 327 21.3', '21.3'): 'share(327, 1537)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '21.3 21.8 91.3', '21.8'): 'share(327, 1498)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '21.8 91.3', '91.3'): 'cum(1368, 1498)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '不满意 98 6.4', '98'): 'sum_([412, 629, 327, 98, 32], 1498)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '不满意 98 6.4', '6.4'): 'share(98, 1537)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '6.4 6.5 97.9', '6.5'): 'share(98, 1498)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '6.5 97.9', '97.9'): 'cum(1466, 1498)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '非常不满意 32 2.1', '32'): 'sum_([412, 629, 327, 98, 32], 1498)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '非常不满意 32 2.1', '2.1'): 'share(32, 1537)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '2.1 100.0\n合计 1498', '2.1'): 'share(32, 1498)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '2.1 100.0\n合计 1498', '100.0'): 'cum(1498, 1498)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '合计 1498 97.5 100.0', '1498'): 'all_(sum_([412, 629, 327, 98, 32], 1498), sum_([1498, 39], 1537))',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '合计 1498 97.5 100.0', '97.5'): 'share(1498, 1537)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '合计 1498 97.5 100.0', '100.0'): 'share(1498, 1498)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '缺失 系统 39 2.5', '39'): 'sum_([1498, 39], 1537)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '缺失 系统 39 2.5', '2.5'): 'share(39, 1537)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '合计 1537 100.0', '1537'): 'sum_([1498, 39], 1537)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '合计 1537 100.0', '100.0'): 'share(1537, 1537)',
    ('10_kehou_fuwu_manyidu_jiaoyuju.txt', '合计占69.49%', '69.49%'): 'share(1041, 1498)',
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
        if not 800 <= n <= 1300:
            errors.append("%s: %d characters (800-1300 wanted)" % (name, n))
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
