#!/usr/bin/env python3
"""Check tests/corpus_heldout5/labels.csv against its pages, with exact arithmetic.

    python tests/corpus_heldout5/check_labels.py      # numpy, scipy and the standard library

Adapted from tests/corpus_heldout4/check_labels.py (same rules, same arithmetic checker), with the
rules this set needs added: a logistic Wald chi-square from B/SE, an OR from exp(B) and its CI bounds
from exp(B ± 1.96 SE), a prevalence CI, SPSS's standard error of the mean, mean difference, pooled
and unpooled standard error of a difference and the Welch row, a fall rate (下降 x%).

What it checks (it exits 1 with the list of failures, 0 when everything holds):

1. Format: the header, the kinds and verdicts of the tools README, `value` blank for decoys and
   damaged numbers and equal to the printed number (full-width digits, `。`/`．` decimal points,
   space-separated thousands, SPSS's leading dot normalised) for the others, unless VALUE_FIX
   names the repaired value; base and base_source where they belong.
2. Anchors: 5-40 characters, found exactly once in the decoded page (UTF-8 or GB18030), and
   containing `reported`, whose first occurrence in the anchor is a whole number (not the tail or
   head of a longer one); every page has at least five decoys; pages have 800-1300 characters
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
# rules added in heldout4
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


# ---------------------------------------------------------------------------------------
# rules added for this set
# ---------------------------------------------------------------------------------------

def _corners(vals):
    """All corners of the rounding box of printed strings, as floats."""
    import itertools
    box = _box(vals)
    return list(itertools.product(*box))


def wald(b, se, p, v=None):
    """Wald chi-square of a logistic coefficient: (B/SE)² within the rounding of B and SE; p at df 1."""
    v = _v(v)
    lo, hi = _bse_range(b, se)
    c = (abs(float(frac(b))) / float(frac(se))) ** 2
    wv = float(frac(v))
    wh = float(half(places(v)))
    ok = wv + wh >= lo ** 2 and wv - wh <= hi ** 2
    ok_p = _p_ok(stats.chi2.sf(wv + wh, 1), stats.chi2.sf(max(0.0, wv - wh), 1), p)
    s = "Wald = (B/SE)^2 = (%s/%s)^2 = %s (%s-%s over the rounding of both), printed %s; p(chi-square = %s; df 1) = %s, printed %s" % (
        norm(b).lstrip("-"), norm(se), fl(c, 3), fl(lo ** 2, 3), fl(hi ** 2, 3), norm(v), norm(v), pstr(stats.chi2.sf(wv, 1)), _pshow(p))
    return worst(["consistent" if ok else "inconsistent", "consistent" if ok_p else "inconsistent"]), s


def wald_bse(b, se, w):
    """A logistic B and its SE against the printed Wald chi-square: (B/SE)² within the rounding of
    all three (no p)."""
    lo, hi = _bse_range(b, se)
    wv = float(frac(w))
    wh = float(half(places(w)))
    ok = wv + wh >= lo ** 2 and wv - wh <= hi ** 2
    return ("consistent" if ok else "inconsistent"), "(|B|/SE)^2 = (%s/%s)^2 = %s (%s-%s over the rounding of both), printed Wald %s" % (
        norm(b).lstrip("-"), norm(se), fl((abs(float(frac(b))) / float(frac(se))) ** 2, 3), fl(lo ** 2, 3), fl(hi ** 2, 3), norm(w))


def or_exp(b, v=None):
    """A logistic OR against its B: OR = exp(B), over the rounding of B."""
    v = _v(v)
    bb = float(frac(b))
    h = float(half(places(b)))
    lo, hi = math.exp(bb - h), math.exp(bb + h)
    ov, oh = float(frac(v)), float(half(places(v)))
    ok = ov + oh >= lo and ov - oh <= hi
    return ("consistent" if ok else "inconsistent"), "exp(%s) = %s (%s-%s over the rounding of B), printed OR %s" % (
        norm(b), fl(math.exp(bb), 3), fl(lo, 3), fl(hi, 3), norm(v))


def ci_exp(b, se, side, v=None):
    """A Wald 95% CI bound of an OR: exp(B - 1.96 SE) (side 'lo') or exp(B + 1.96 SE) ('hi'),
    over the rounding of B and SE."""
    v = _v(v)
    sign = -1 if side == "lo" else 1
    vals = [math.exp(x + sign * 1.96 * y) for x, y in _corners([b, se])]
    c = math.exp(float(frac(b)) + sign * 1.96 * float(frac(se)))
    lo, hi = min(vals), max(vals)
    pv, ph = float(frac(v)), float(half(places(v)))
    ok = pv + ph >= lo and pv - ph <= hi
    return ("consistent" if ok else "inconsistent"), "exp(%s %s 1.96 x %s) = %s (%s-%s over the rounding of B and SE), printed %s" % (
        norm(b), "-" if sign < 0 else "+", norm(se), fl(c, 3), fl(lo, 3), fl(hi, 3), norm(v))


def prev_ci(k, n, side, v=None):
    """A Wald 95% CI bound of a prevalence k/n, in percent: 100(p -/+ 1.96 sqrt(p(1 - p)/n))."""
    v = _v(v)
    p = k / n
    se = math.sqrt(p * (1 - p) / n)
    x = 100 * (p + (-1 if side == "lo" else 1) * 1.96 * se)
    ok = fits(Fraction(x), v) == "consistent"
    return ("consistent" if ok else "inconsistent"), "%d/%d %s 1.96 x sqrt(p(1 - p)/%d) = %s%%, printed %s" % (
        k, n, "-" if side == "lo" else "+", n, fl(x, 4), norm(v))


def sem(sd, n, v=None):
    """A standard error of the mean: SD/sqrt(n), over the rounding of the SD."""
    v = _v(v)
    s = frac(sd)
    h = half(places(sd))
    rn = math.sqrt(n)
    lo, hi = float(s - h) / rn, float(s + h) / rn
    pv, ph = float(frac(v)), float(half(places(v)))
    ok = pv + ph >= lo and pv - ph <= hi
    return ("consistent" if ok else "inconsistent"), "SE = %s/sqrt(%d) = %s (%s-%s over the rounding of the SD), printed %s" % (
        norm(sd), n, fl(float(s) / rn, 4), fl(lo, 4), fl(hi, 4), norm(v))


def md(m1, m2, v=None):
    """A mean difference against the two printed means, over their rounding."""
    v = _v(v)
    x = frac(m1) - frac(m2)
    h = half(places(m1)) + half(places(m2))
    pv, ph = frac(v), half(places(v))
    ok = abs(pv - x) <= h + ph
    return ("consistent" if ok else "inconsistent"), "%s - %s = %s (± %s over the rounding of the means), printed %s" % (
        norm(m1), norm(m2), fmt(x, max(places(m1), places(m2))), fmt(h, 3), norm(v))


def sed_pooled(s1, n1, s2, n2, v=None):
    """The pooled standard error of a difference of means, over the rounding of the SDs."""
    v = _v(v)

    def f(a, b):
        sp2 = ((n1 - 1) * a * a + (n2 - 1) * b * b) / (n1 + n2 - 2)
        return math.sqrt(sp2 * (1 / n1 + 1 / n2))
    vals = [f(a, b) for a, b in _corners([s1, s2])]
    c = f(float(frac(s1)), float(frac(s2)))
    lo, hi = min(vals), max(vals)
    pv, ph = float(frac(v)), float(half(places(v)))
    ok = pv + ph >= lo and pv - ph <= hi
    return ("consistent" if ok else "inconsistent"), "pooled SE of the difference from SDs %s (n = %d) and %s (n = %d) = %s (%s-%s over their rounding), printed %s" % (
        norm(s1), n1, norm(s2), n2, fl(c, 4), fl(lo, 4), fl(hi, 4), norm(v))


def sed_welch(s1, n1, s2, n2, v=None):
    """The unpooled (Welch) standard error of a difference of means, over the rounding of the SDs."""
    v = _v(v)

    def f(a, b):
        return math.sqrt(a * a / n1 + b * b / n2)
    vals = [f(a, b) for a, b in _corners([s1, s2])]
    c = f(float(frac(s1)), float(frac(s2)))
    lo, hi = min(vals), max(vals)
    pv, ph = float(frac(v)), float(half(places(v)))
    ok = pv + ph >= lo and pv - ph <= hi
    return ("consistent" if ok else "inconsistent"), "unpooled SE of the difference from SDs %s (n = %d) and %s (n = %d) = %s (%s-%s over their rounding), printed %s" % (
        norm(s1), n1, norm(s2), n2, fl(c, 4), fl(lo, 4), fl(hi, 4), norm(v))


def welch_t(m1, s1, n1, m2, s2, n2, p, v=None):
    """SPSS's 'equal variances not assumed' row: Welch t over the rounding of the means and SDs, its
    Welch-Satterthwaite df and p."""
    v = _v(v)
    ts, dfs = [], []
    for a1, b1, a2, b2 in _corners([m1, s1, m2, s2]):
        se2 = b1 * b1 / n1 + b2 * b2 / n2
        ts.append(abs(a1 - a2) / math.sqrt(se2))
        dfs.append(se2 ** 2 / ((b1 * b1 / n1) ** 2 / (n1 - 1) + (b2 * b2 / n2) ** 2 / (n2 - 1)))
    c1, c2 = float(frac(s1)), float(frac(s2))
    se2 = c1 * c1 / n1 + c2 * c2 / n2
    df = se2 ** 2 / ((c1 * c1 / n1) ** 2 / (n1 - 1) + (c2 * c2 / n2) ** 2 / (n2 - 1))
    t = abs(float(frac(m1) - frac(m2))) / math.sqrt(se2)
    tv, th = abs(float(frac(v))), float(half(places(v)))
    ok_t = tv + th >= min(ts) and tv - th <= max(ts)
    ok_p = _p_ok(2 * stats.t.sf(tv + th, max(dfs)), 2 * stats.t.sf(max(0.0, tv - th), min(dfs)), p)
    s = "Welch t from %s ± %s (n = %d) vs %s ± %s (n = %d) = %s (%s-%s over the rounding), df = %s; p(|t| = %s; df %s) = %s, printed %s" % (
        norm(m1), norm(s1), n1, norm(m2), norm(s2), n2, fl(t, 3), fl(min(ts), 3), fl(max(ts), 3), fl(df, 2),
        norm(v).lstrip("-"), fl(df, 2), pstr(2 * stats.t.sf(tv, df)), _pshow(p))
    return worst(["consistent" if ok_t else "inconsistent", "consistent" if ok_p else "inconsistent"]), s


def decline(level, dec, v=None):
    """A fall rate (下降 x%) from this year's level and the decrease printed beside it."""
    v = _v(v)
    lv, dc = Decimal(norm(str(level))), Decimal(norm(str(dec)))
    last = lv + dc
    x = Fraction(dc) / Fraction(last) * 100
    verdict = fits(x, v)
    s = f"last year = {lv} + {dc} = {last}; {dc}/{last} = {fmt(x)}%"
    s += (f", printed {norm(v)}") if verdict == "consistent" else f" ({fmt(x, places(v))}), not the printed {norm(v)}"
    return verdict, s


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

DIGITS = "0123456789０１２３４５６７８９"


def whole_token(anchor, reported):
    """`reported` first occurs in `anchor` as a whole number, not inside a longer one."""
    i = anchor.find(reported)
    if i < 0:
        return False
    before = anchor[:i]
    after = anchor[i + len(reported):]
    if reported[:1] in DIGITS + ".．。" and before and (before[-1] in DIGITS or (before[-1] in ".．。" and before[-2:-1] in tuple(DIGITS))):
        return False
    if reported[-1:] in DIGITS and after and (after[0] in DIGITS or (after[0] in ".．。" and after[1:2] in tuple(DIGITS))):
        return False
    return True


def decode(path):
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030")



# A number whose printed form lost something an extractor can restore from the page: `reported`
# is the part printed, `value` the number it stands for (a minus sign lost in scraping).
# --- VALUE_FIX BEGIN ---
VALUE_FIX = {
    ('03_chengxi_tongji_gongbao_renkou.txt', '自然增长率为 1.56‰', '1.56‰'): '-1.56',
}
# --- VALUE_FIX END ---


# --- RULES BEGIN (written with the labels; one rule per judged label) ---
RULES = {
    ('01_tunyan_zhangai_huli_cnki.txt', '收治的91例脑卒中', '91'): 'sum_([46, 45], 91)',
    ('01_tunyan_zhangai_huli_cnki.txt', '分为观察组46例', '46'): 'sum_([46, 45], 91)',
    ('01_tunyan_zhangai_huli_cnki.txt', '和对照组45例', '45'): 'sum_([46, 45], 91)',
    ('01_tunyan_zhangai_huli_cnki.txt', '总发生率8.70%', '8.70%'): 'share(4, 46)',
    ('01_tunyan_zhangai_huli_cnki.txt', '对照组的26.67%', '26.67%'): 'share(12, 45)',
    ('01_tunyan_zhangai_huli_cnki.txt', '(χ2=5.070,P=0.024)', '5.070'): "chi2([[4, 42], [12, 33]], '=0.024')",
    ('01_tunyan_zhangai_huli_cnki.txt', '观察组 46 27/19', '46'): 'sum_([27, 19], 46)',
    ('01_tunyan_zhangai_huli_cnki.txt', '观察组 46 27/19', '27'): 'sum_([27, 19], 46)',
    ('01_tunyan_zhangai_huli_cnki.txt', '27/19 67.43', '19'): 'sum_([27, 19], 46)',
    ('01_tunyan_zhangai_huli_cnki.txt', '27/19 67.43', '67.43'): 'grim(46)',
    ('01_tunyan_zhangai_huli_cnki.txt', '67.43±8.12', '8.12'): "grimmer(46, '67.43')",
    ('01_tunyan_zhangai_huli_cnki.txt', '6.3 34/12', '34'): 'sum_([34, 12], 46)',
    ('01_tunyan_zhangai_huli_cnki.txt', '34/12 8.74', '12'): 'sum_([34, 12], 46)',
    ('01_tunyan_zhangai_huli_cnki.txt', '34/12 8.74', '8.74'): 'grim(46)',
    ('01_tunyan_zhangai_huli_cnki.txt', '8.74±2.31', '2.31'): "grimmer(46, '8.74')",
    ('01_tunyan_zhangai_huli_cnki.txt', '对照组 45 25/20', '45'): 'sum_([25, 20], 45)',
    ('01_tunyan_zhangai_huli_cnki.txt', '对照组 45 25/20', '25'): 'sum_([25, 20], 45)',
    ('01_tunyan_zhangai_huli_cnki.txt', '25/20 68.12', '20'): 'sum_([25, 20], 45)',
    ('01_tunyan_zhangai_huli_cnki.txt', '25/20 68.12', '68.12'): 'grim(45)',
    ('01_tunyan_zhangai_huli_cnki.txt', '6.8 32/13', '32'): 'sum_([32, 13], 45)',
    ('01_tunyan_zhangai_huli_cnki.txt', '32/13 8.91', '13'): 'sum_([32, 13], 45)',
    ('01_tunyan_zhangai_huli_cnki.txt', '32/13 8.91', '8.91'): 'grim(45)',
    ('01_tunyan_zhangai_huli_cnki.txt', '8.91±2.45', '2.45'): "grimmer(45, '8.91')",
    ('01_tunyan_zhangai_huli_cnki.txt', 'χ2/t值 0.092', '0.092'): "chi2([[27, 19], [25, 20]], '=0.762')",
    ('01_tunyan_zhangai_huli_cnki.txt', '0.092 0.412', '0.412'): "ttest('67.43', '8.12', 46, '68.12', '7.86', 45, '=0.681')",
    ('01_tunyan_zhangai_huli_cnki.txt', '0.412 0.582', '0.582'): "ttest('18.6', '6.3', 46, '19.4', '6.8', 45, '=0.562')",
    ('01_tunyan_zhangai_huli_cnki.txt', '0.582 0.090', '0.090'): "chi2([[34, 12], [32, 13]], '=0.765')",
    ('01_tunyan_zhangai_huli_cnki.txt', '0.090 0.340', '0.340'): "ttest('8.74', '2.31', 46, '8.91', '2.45', 45, '=0.735')",
    ('01_tunyan_zhangai_huli_cnki.txt', '观察组 46 38.6', '46'): 'sum_([46, 45], 91)',
    ('01_tunyan_zhangai_huli_cnki.txt', '对照组 45 35.9', '45'): 'sum_([46, 45], 91)',
    ('01_tunyan_zhangai_huli_cnki.txt', 't值 3.842', '3.842'): "ttest('38.6', '3.2', 46, '35.9', '3.5', 45, '<0.001')",
    ('01_tunyan_zhangai_huli_cnki.txt', '3.842 3.353', '3.353'): "ttest('248.3', '31.6', 46, '226.7', '29.8', 45, '=0.001')",
    ('01_tunyan_zhangai_huli_cnki.txt', '3.353 3.106', '3.106'): "ttest('126.4', '10.8', 46, '121.9', '11.3', 45, '=0.003')",
    ('01_tunyan_zhangai_huli_cnki.txt', '吸入性肺炎发生率4.35%', '4.35%'): 'share(2, 46)',
    ('01_tunyan_zhangai_huli_cnki.txt', '低于对照组的13.33%', '13.33%'): 'share(6, 45)',
    ('01_tunyan_zhangai_huli_cnki.txt', '(χ2=1.307,P=0.253)', '1.307'): "chi2([[2, 44], [6, 39]], '=0.253')",
    ('01_tunyan_zhangai_huli_cnki.txt', '观察组 46 2(4.35)', '46'): 'sum_([46, 45], 91)',
    ('01_tunyan_zhangai_huli_cnki.txt', '观察组 46 2(4.35)', '2'): 'sum_([2, 1, 1], 4)',
    ('01_tunyan_zhangai_huli_cnki.txt', '46 2(4.35) 1(2.17)', '4.35'): 'share(2, 46)',
    ('01_tunyan_zhangai_huli_cnki.txt', '2(4.35) 1(2.17) 1', '1'): 'sum_([2, 1, 1], 4)',
    ('01_tunyan_zhangai_huli_cnki.txt', '2(4.35) 1(2.17) 1', '2.17'): 'share(1, 46)',
    ('01_tunyan_zhangai_huli_cnki.txt', '1(2.17) 4(8.70)', '2.17'): 'share(1, 46)',
    ('01_tunyan_zhangai_huli_cnki.txt', '1(2.17) 4(8.70)', '1'): 'sum_([2, 1, 1], 4)',
    ('01_tunyan_zhangai_huli_cnki.txt', '1(2.17) 4(8.70)', '4'): 'sum_([2, 1, 1], 4)',
    ('01_tunyan_zhangai_huli_cnki.txt', '4(8.70)', '8.70'): 'share(4, 46)',
    ('01_tunyan_zhangai_huli_cnki.txt', '对照组 45 6(13.33)', '45'): 'sum_([46, 45], 91)',
    ('01_tunyan_zhangai_huli_cnki.txt', '对照组 45 6(13.33)', '6'): 'sum_([6, 4, 2], 12)',
    ('01_tunyan_zhangai_huli_cnki.txt', '45 6(13.33) 4', '13.33'): 'share(6, 45)',
    ('01_tunyan_zhangai_huli_cnki.txt', '6(13.33) 4(8.89)', '4'): 'sum_([6, 4, 2], 12)',
    ('01_tunyan_zhangai_huli_cnki.txt', '6(13.33) 4(8.89)', '8.89'): 'share(4, 45)',
    ('01_tunyan_zhangai_huli_cnki.txt', '4(8.89) 2(4.44)', '2'): 'sum_([6, 4, 2], 12)',
    ('01_tunyan_zhangai_huli_cnki.txt', '4(8.89) 2(4.44)', '4.44'): 'share(2, 45)',
    ('01_tunyan_zhangai_huli_cnki.txt', '2(4.44) 12(26.67)', '12'): 'sum_([6, 4, 2], 12)',
    ('01_tunyan_zhangai_huli_cnki.txt', '2(4.44) 12(26.67)', '26.67'): 'share(12, 45)',
    ('01_tunyan_zhangai_huli_cnki.txt', 'χ2值 5.070', '5.070'): "chi2([[4, 42], [12, 33]], '=0.024')",
    ('02_laji_fenlei_shijian_docin.txt', '回收372份', '372'): 'all_(le(353, 372), le(372, 400))',
    ('02_laji_fenlei_shijian_docin.txt', '有效问卷３５３份', '３５３'): 'sum_([164, 189], 353)',
    ('02_laji_fenlei_shijian_docin.txt', '有效回收率为88。25%', '88。25%'): 'share(353, 400)',
    ('02_laji_fenlei_shijian_docin.txt', '男性164人', '164'): 'sum_([164, 189], 353)',
    ('02_laji_fenlei_shijian_docin.txt', '占46.46%', '46.46%'): 'share(164, 353)',
    ('02_laji_fenlei_shijian_docin.txt', '女性189人', '189'): 'sum_([164, 189], 353)',
    ('02_laji_fenlei_shijian_docin.txt', '占53.54%', '53.54%'): 'share(189, 353)',
    ('02_laji_fenlei_shijian_docin.txt', '18岁以下 21', '21'): 'sum_([21, 118, 142, 72], 353)',
    ('02_laji_fenlei_shijian_docin.txt', '21 5.95%', '5.95%'): 'share(21, 353)',
    ('02_laji_fenlei_shijian_docin.txt', '18-35岁 118 33.43%', '118'): 'sum_([21, 118, 142, 72], 353)',
    ('02_laji_fenlei_shijian_docin.txt', '118 33.43%', '33.43%'): 'share(118, 353)',
    ('02_laji_fenlei_shijian_docin.txt', '36-55岁 142 40.23%', '142'): 'sum_([21, 118, 142, 72], 353)',
    ('02_laji_fenlei_shijian_docin.txt', '142 40.23%', '40.23%'): 'share(142, 353)',
    ('02_laji_fenlei_shijian_docin.txt', '56岁以上 72 20.40%', '72'): 'sum_([21, 118, 142, 72], 353)',
    ('02_laji_fenlei_shijian_docin.txt', '72 20.40%', '20.40%'): 'share(72, 353)',
    ('02_laji_fenlei_shijian_docin.txt', '20.40%\n合计 353', '353'): 'sum_([21, 118, 142, 72], 353)',
    ('02_laji_fenlei_shijian_docin.txt', '合计 353 100%\n第 2 页', '100%'): 'share(353, 353)',
    ('02_laji_fenlei_shijian_docin.txt', '居民占12.5%', '12.5%'): "all_(reach(353), pctsum(['12.5', '38.2', '41.6', '10.8']))",
    ('02_laji_fenlei_shijian_docin.txt', '比较了解"的占38.2%', '38.2%'): "all_(reach(353), pctsum(['12.5', '38.2', '41.6', '10.8']))",
    ('02_laji_fenlei_shijian_docin.txt', '具体标准"的占41.6%', '41.6%'): "all_(reach(353), pctsum(['12.5', '38.2', '41.6', '10.8']))",
    ('02_laji_fenlei_shijian_docin.txt', '完全不了解"的占10.8%', '10.8%'): "all_(reach(353), pctsum(['12.5', '38.2', '41.6', '10.8']))",
    ('02_laji_fenlei_shijian_docin.txt', '47.3%的受访者', '47.3%'): "all_(reach(353), pctsum(['47.3', '36.8', '15.9']))",
    ('02_laji_fenlei_shijian_docin.txt', '36.8%表示', '36.8%'): "all_(reach(353), pctsum(['47.3', '36.8', '15.9']))",
    ('02_laji_fenlei_shijian_docin.txt', '15.9%表示"没有"', '15.9%'): "all_(reach(353), pctsum(['47.3', '36.8', '15.9']))",
    ('02_laji_fenlei_shijian_docin.txt', '每次都分 67 18.98%', '67'): 'sum_([67, 129, 98, 59], 353)',
    ('02_laji_fenlei_shijian_docin.txt', '67 18.98%', '18.98%'): 'share(67, 353)',
    ('02_laji_fenlei_shijian_docin.txt', '经常分 129 36.54%', '129'): 'sum_([67, 129, 98, 59], 353)',
    ('02_laji_fenlei_shijian_docin.txt', '129 36.54%', '36.54%'): 'share(129, 353)',
    ('02_laji_fenlei_shijian_docin.txt', '偶尔分 98 27.67%', '98'): 'sum_([67, 129, 98, 59], 353)',
    ('02_laji_fenlei_shijian_docin.txt', '98 27.67%', '27.67%'): 'share(98, 353)',
    ('02_laji_fenlei_shijian_docin.txt', '从不分 59 16.71%', '59'): 'sum_([67, 129, 98, 59], 353)',
    ('02_laji_fenlei_shijian_docin.txt', '59 16.71%', '16.71%'): 'share(59, 353)',
    ('02_laji_fenlei_shijian_docin.txt', '16.71%\n合计 353', '353'): 'sum_([67, 129, 98, 59], 353)',
    ('02_laji_fenlei_shijian_docin.txt', '合计 353 100%\n第 3 页', '100%'): 'share(353, 353)',
    ('02_laji_fenlei_shijian_docin.txt', '经常分"的196名居民中', '196'): 'sum_([67, 129], 196)',
    ('02_laji_fenlei_shijian_docin.txt', '有环保意识"(45.4%)', '45.4%'): "all_(reach(196), pctsum(['45.4', '31.6', '23.0']))",
    ('02_laji_fenlei_shijian_docin.txt', '社区有要求"(31.6%)', '31.6%'): "all_(reach(196), pctsum(['45.4', '31.6', '23.0']))",
    ('02_laji_fenlei_shijian_docin.txt', '有积分奖励"(23.0%)', '23.0%'): "all_(reach(196), pctsum(['45.4', '31.6', '23.0']))",
    ('02_laji_fenlei_shijian_docin.txt', '217 61.47%', '61.47%'): 'share(217, 353)',
    ('02_laji_fenlei_shijian_docin.txt', '192 54.39%', '54.39%'): 'share(192, 353)',
    ('02_laji_fenlei_shijian_docin.txt', '166 47.03%', '47.03%'): 'share(166, 353)',
    ('02_laji_fenlei_shijian_docin.txt', '104 29.46%', '29.46%'): 'share(104, 353)',
    ('02_laji_fenlei_shijian_docin.txt', '其他 15 4.25%', '4.25%'): 'share(15, 353)',
    ('02_laji_fenlei_shijian_docin.txt', '本题有效填写人数 353', '353'): 'sum_([164, 189], 353)',
    ('03_chengxi_tongji_gongbao_renkou.txt', '各级各类学校142所', '142'): 'sum_([5, 2, 18, 47, 70], 142)',
    ('03_chengxi_tongji_gongbao_renkou.txt', '普通高中5所', '5'): 'sum_([5, 2, 18, 47, 70], 142)',
    ('03_chengxi_tongji_gongbao_renkou.txt', '中等职业学校2所', '2'): 'sum_([5, 2, 18, 47, 70], 142)',
    ('03_chengxi_tongji_gongbao_renkou.txt', '初中18所', '18'): 'sum_([5, 2, 18, 47, 70], 142)',
    ('03_chengxi_tongji_gongbao_renkou.txt', '小学47所', '47'): 'sum_([5, 2, 18, 47, 70], 142)',
    ('03_chengxi_tongji_gongbao_renkou.txt', '幼儿园70所', '70'): 'sum_([5, 2, 18, 47, 70], 142)',
    ('03_chengxi_tongji_gongbao_renkou.txt', '在校学生68 435人', '68 435'): 'sum_([9874, 3216, 16052, 29438, 9855], 68435)',
    ('03_chengxi_tongji_gongbao_renkou.txt', '比上年减少1 286人', '1 286'): "decline(68435, 1286, v='1.9')",
    ('03_chengxi_tongji_gongbao_renkou.txt', '1 286人,下降1.9%', '1.9%'): 'decline(68435, 1286)',
    ('03_chengxi_tongji_gongbao_renkou.txt', '普通高中在校生9 874人', '9 874'): 'sum_([9874, 3216, 16052, 29438, 9855], 68435)',
    ('03_chengxi_tongji_gongbao_renkou.txt', '中职在校生3 216人', '3 216'): 'sum_([9874, 3216, 16052, 29438, 9855], 68435)',
    ('03_chengxi_tongji_gongbao_renkou.txt', '初中在校生16 052人', '16 052'): 'sum_([9874, 3216, 16052, 29438, 9855], 68435)',
    ('03_chengxi_tongji_gongbao_renkou.txt', '小学在校生29 438人', '29 438'): 'sum_([9874, 3216, 16052, 29438, 9855], 68435)',
    ('03_chengxi_tongji_gongbao_renkou.txt', '在园幼儿９ ８５５人', '９ ８５５'): 'sum_([9874, 3216, 16052, 29438, 9855], 68435)',
    ('03_chengxi_tongji_gongbao_renkou.txt', '专任教师5 126人', '5 126'): "growth(5126, 97, v='1.9')",
    ('03_chengxi_tongji_gongbao_renkou.txt', '比上年增加97人', '97'): "growth(5126, 97, v='1.9')",
    ('03_chengxi_tongji_gongbao_renkou.txt', '97人,增长1.9%', '1.9%'): 'growth(5126, 97)',
    ('03_chengxi_tongji_gongbao_renkou.txt', '医疗卫生机构386个', '386'): 'all_(sum_([12, 17, 9, 331], 369), le(369, 386))',
    ('03_chengxi_tongji_gongbao_renkou.txt', '医院12个', '12'): 'all_(sum_([12, 17, 9, 331], 369), le(369, 386))',
    ('03_chengxi_tongji_gongbao_renkou.txt', '乡镇卫生院17个', '17'): 'all_(sum_([12, 17, 9, 331], 369), le(369, 386))',
    ('03_chengxi_tongji_gongbao_renkou.txt', '服务中心(站)9个', '9'): 'all_(sum_([12, 17, 9, 331], 369), le(369, 386))',
    ('03_chengxi_tongji_gongbao_renkou.txt', '村卫生室331个', '331'): 'all_(sum_([12, 17, 9, 331], 369), le(369, 386))',
    ('03_chengxi_tongji_gongbao_renkou.txt', '卫生技术人员3 842人', '3 842'): 'all_(sum_([1516, 1689], 3205), le(3205, 3842))',
    ('03_chengxi_tongji_gongbao_renkou.txt', '执业(助理)医师1 516人', '1 516'): "all_(all_(sum_([1516, 1689], 3205), le(3205, 3842)), ratio(1516, '473.6', v='3.20'))",
    ('03_chengxi_tongji_gongbao_renkou.txt', '注册护士1 689人', '1 689'): "all_(all_(sum_([1516, 1689], 3205), le(3205, 3842)), ratio(1689, '473.6', v='3.57'))",
    ('03_chengxi_tongji_gongbao_renkou.txt', '医师3.20人', '3.20'): "ratio(1516, '473.6')",
    ('03_chengxi_tongji_gongbao_renkou.txt', '注册护士3.57人', '3.57'): "ratio(1689, '473.6')",
    ('03_chengxi_tongji_gongbao_renkou.txt', '实有床位2 965张', '2 965'): 'all_(sum_([2118, 903], 3021), le(3021, 2965))',
    ('03_chengxi_tongji_gongbao_renkou.txt', '其中医院2 118张', '2 118'): 'all_(sum_([2118, 903], 3021), le(3021, 2965))',
    ('03_chengxi_tongji_gongbao_renkou.txt', '乡镇卫生院903张', '903'): 'all_(sum_([2118, 903], 3021), le(3021, 2965))',
    ('03_chengxi_tongji_gongbao_renkou.txt', '户籍人口52.87万人', '52.87'): "sum_(['27.03', '25.84'], '52.87')",
    ('03_chengxi_tongji_gongbao_renkou.txt', '其中男性27.03万人', '27.03'): "sum_(['27.03', '25.84'], '52.87')",
    ('03_chengxi_tongji_gongbao_renkou.txt', '女性25.84万人', '25.84'): "sum_(['27.03', '25.84'], '52.87')",
    ('03_chengxi_tongji_gongbao_renkou.txt', '性别比(以女性为100)为104.6', '104.6'): "pct('27.03', '25.84')",
    ('03_chengxi_tongji_gongbao_renkou.txt', '常住人口47.36万人', '47.36'): "decline(47.36, 0.41, v='0.9')",
    ('03_chengxi_tongji_gongbao_renkou.txt', '比上年减少0.41万人', '0.41'): "decline(47.36, 0.41, v='0.9')",
    ('03_chengxi_tongji_gongbao_renkou.txt', '0.41万人,下降0.9%', '0.9%'): 'decline(47.36, 0.41)',
    ('03_chengxi_tongji_gongbao_renkou.txt', '城镇常住人口24.18万人', '24.18'): "pct('24.18', '47.36', v='51.06')",
    ('03_chengxi_tongji_gongbao_renkou.txt', '城镇化率51.06%', '51.06%'): "pct('24.18', '47.36')",
    ('03_chengxi_tongji_gongbao_renkou.txt', '出生人口4 132人', '4 132'): "all_(sum_([2143, 1989], 4132), permille(4132, '47.565', v='8.69'))",
    ('03_chengxi_tongji_gongbao_renkou.txt', '男婴2 143人', '2 143'): 'sum_([2143, 1989], 4132)',
    ('03_chengxi_tongji_gongbao_renkou.txt', '女婴1 989人', '1 989'): 'sum_([2143, 1989], 4132)',
    ('03_chengxi_tongji_gongbao_renkou.txt', '出生人口性别比107.7', '107.7'): "pct('2143', '1989')",
    ('03_chengxi_tongji_gongbao_renkou.txt', '出生率为8.69‰', '8.69‰'): "permille(4132, '47.565')",
    ('03_chengxi_tongji_gongbao_renkou.txt', '死亡人口4 875人', '4 875'): "permille(4875, '47.565', v='10.25')",
    ('03_chengxi_tongji_gongbao_renkou.txt', '死亡率为10.25‰', '10.25‰'): "permille(4875, '47.565')",
    ('03_chengxi_tongji_gongbao_renkou.txt', '自然增长率为 1.56‰', '1.56‰'): "permille(-743, '47.565', v='-1.56')",
    ('03_chengxi_tongji_gongbao_renkou.txt', '0-15岁常住人口7.84万人', '7.84'): "sum_(['7.84', '28.17', '11.35'], '47.36')",
    ('03_chengxi_tongji_gongbao_renkou.txt', '7.84万人,占16.55%', '16.55%'): "pct('7.84', '47.36')",
    ('03_chengxi_tongji_gongbao_renkou.txt', '16-59岁28.17万人', '28.17'): "sum_(['7.84', '28.17', '11.35'], '47.36')",
    ('03_chengxi_tongji_gongbao_renkou.txt', '占59.48%', '59.48%'): "pct('28.17', '47.36')",
    ('03_chengxi_tongji_gongbao_renkou.txt', '60岁及以上11.35万人', '11.35'): "sum_(['7.84', '28.17', '11.35'], '47.36')",
    ('03_chengxi_tongji_gongbao_renkou.txt', '占23.97%', '23.97%'): "pct('11.35', '47.36')",
    ('03_chengxi_tongji_gongbao_renkou.txt', '65岁及以上8.62万人', '8.62'): "le('8.62', '11.35')",
    ('03_chengxi_tongji_gongbao_renkou.txt', '占18.20%', '18.20%'): "pct('8.62', '47.36')",
    ('04_zhangzhe_shitang_wenjuanxing.txt', '答卷数:248', '248'): 'sum_([37, 96, 83, 32], 248)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '60岁以下\t37\t14.92%', '37'): 'sum_([37, 96, 83, 32], 248)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '37\t14.92%', '14.92%'): 'share(37, 248)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '60-69岁\t96', '96'): 'sum_([37, 96, 83, 32], 248)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '96\t38.71%', '38.71%'): 'share(96, 248)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '70-79岁\t83', '83'): 'sum_([37, 96, 83, 32], 248)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '83\t33.47%', '33.47%'): 'share(83, 248)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '80岁及以上\t32', '32'): 'sum_([37, 96, 83, 32], 248)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '80岁及以上\t32\t12.9%', '12.9%'): 'share(32, 248)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '12.9%\n本题有效填写人次\t248', '248'): 'sum_([37, 96, 83, 32], 248)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '以上)\t58\t23.39%', '58'): 'sum_([58, 101, 89], 248)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '58\t23.39%', '23.39%'): 'share(58, 248)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '偶尔\t101', '101'): 'sum_([58, 101, 89], 248)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '101\t40.73%', '40.73%'): 'share(101, 248)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '第6题)\t89\t35.89%', '89'): 'sum_([58, 101, 89], 248)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '89\t35.89%', '35.89%'): 'share(89, 248)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '35.89%\n本题有效填写人次\t248', '248'): 'sum_([58, 101, 89], 248)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '5(3.14%)\t17(10.69%)', '5'): 'sum_([5, 17, 52, 61, 24], 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '5(3.14%)\t17(10.69%)', '3.14%'): 'share(5, 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '17(10.69%)\t52(32.7%)', '17'): 'sum_([5, 17, 52, 61, 24], 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '17(10.69%)\t52(32.7%)', '10.69%'): 'share(17, 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '52(32.7%)\t61(38.36%)', '52'): 'sum_([5, 17, 52, 61, 24], 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '52(32.7%)\t61(38.36%)', '32.7%'): 'share(52, 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '61(38.36%)\t24(15.09%)', '61'): 'sum_([5, 17, 52, 61, 24], 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '61(38.36%)\t24(15.09%)', '38.36%'): 'share(61, 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '24(15.09%)\t3.52', '24'): 'sum_([5, 17, 52, 61, 24], 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '24(15.09%)\t3.52', '15.09%'): 'share(24, 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '24(15.09%)\t3.52', '3.52'): 'mean_dist([5, 17, 52, 61, 24], [1, 2, 3, 4, 5])',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '3(1.89%)\t9(5.66%)', '3'): 'sum_([3, 9, 38, 72, 37], 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '3(1.89%)\t9(5.66%)', '1.89%'): 'share(3, 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '9(5.66%)\t38(23.9%)', '9'): 'sum_([3, 9, 38, 72, 37], 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '9(5.66%)\t38(23.9%)', '5.66%'): 'share(9, 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '38(23.9%)\t72(45.28%)', '38'): 'sum_([3, 9, 38, 72, 37], 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '38(23.9%)\t72(45.28%)', '23.9%'): 'share(38, 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '72(45.28%)\t37(23.27%)', '72'): 'sum_([3, 9, 38, 72, 37], 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '72(45.28%)\t37(23.27%)', '45.28%'): 'share(72, 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '37(23.27%)\t3.82', '37'): 'sum_([3, 9, 38, 72, 37], 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '37(23.27%)\t3.82', '23.27%'): 'share(37, 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '37(23.27%)\t3.82', '3.82'): 'mean_dist([3, 9, 38, 72, 37], [1, 2, 3, 4, 5])',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '2(1.26%)\t8(5.03%)', '2'): 'sum_([2, 8, 45, 69, 35], 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '2(1.26%)\t8(5.03%)', '1.26%'): 'share(2, 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '8(5.03%)\t45(28.3%)', '8'): 'sum_([2, 8, 45, 69, 35], 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '8(5.03%)\t45(28.3%)', '5.03%'): 'share(8, 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '45(28.3%)\t69(43.4%)', '45'): 'sum_([2, 8, 45, 69, 35], 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '45(28.3%)\t69(43.4%)', '28.3%'): 'share(45, 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '69(43.4%)\t35(22.01%)', '69'): 'sum_([2, 8, 45, 69, 35], 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '69(43.4%)\t35(22.01%)', '43.4%'): 'share(69, 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '35(22.01%)\t3.8', '35'): 'sum_([2, 8, 45, 69, 35], 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '35(22.01%)\t3.8', '22.01%'): 'share(35, 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '35(22.01%)\t3.8', '3.8'): 'mean_dist([2, 8, 45, 69, 35], [1, 2, 3, 4, 5])',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '11(6.92%)\t26(16.35%)', '11'): 'sum_([11, 26, 57, 48, 17], 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '11(6.92%)\t26(16.35%)', '6.92%'): 'share(11, 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '26(16.35%)\t57(35.85%)', '26'): 'sum_([11, 26, 57, 48, 17], 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '26(16.35%)\t57(35.85%)', '16.35%'): 'share(26, 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '57(35.85%)\t48(30.19%)', '57'): 'sum_([11, 26, 57, 48, 17], 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '57(35.85%)\t48(30.19%)', '35.85%'): 'share(57, 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '48(30.19%)\t17(10.69%)', '48'): 'sum_([11, 26, 57, 48, 17], 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '48(30.19%)\t17(10.69%)', '30.19%'): 'share(48, 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '17(10.69%)\t3.21', '17'): 'sum_([11, 26, 57, 48, 17], 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '17(10.69%)\t3.21', '10.69%'): 'share(17, 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '17(10.69%)\t3.21', '3.21'): 'mean_dist([11, 26, 57, 48, 17], [1, 2, 3, 4, 5])',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '10.69%)\t3.21\n本题有效填写人次\t159', '159'): 'sum_([58, 101], 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '离家近\t2.86', '2.86'): 'mean_dist([61, 40, 33, 25], [4, 3, 2, 1])',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '离家近\t2.86\t61', '61'): 'all_(sum_([61, 40, 33, 25], 159), sum_([61, 52, 25, 21], 159))',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '2.86\t61\t40', '40'): 'all_(sum_([61, 40, 33, 25], 159), sum_([40, 44, 38, 37], 159))',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '61\t40\t33', '33'): 'all_(sum_([61, 40, 33, 25], 159), sum_([33, 38, 39, 49], 159))',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '40\t33\t25', '25'): 'all_(sum_([61, 40, 33, 25], 159), sum_([25, 25, 57, 52], 159))',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '价格实惠\t2.77', '2.77'): 'mean_dist([52, 44, 38, 25], [4, 3, 2, 1])',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '价格实惠\t2.77\t52', '52'): 'all_(sum_([52, 44, 38, 25], 159), sum_([61, 52, 25, 21], 159))',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '2.77\t52\t44', '44'): 'all_(sum_([52, 44, 38, 25], 159), sum_([40, 44, 38, 37], 159))',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '52\t44\t38', '38'): 'all_(sum_([52, 44, 38, 25], 159), sum_([33, 38, 39, 49], 159))',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '44\t38\t25', '25'): 'all_(sum_([52, 44, 38, 25], 159), sum_([25, 25, 57, 52], 159))',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '不用自己做饭\t2.19', '2.19'): 'mean_dist([25, 38, 39, 57], [4, 3, 2, 1])',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '不用自己做饭\t2.19\t25', '25'): 'all_(sum_([25, 38, 39, 57], 159), sum_([61, 52, 25, 21], 159))',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '2.19\t25\t38', '38'): 'all_(sum_([25, 38, 39, 57], 159), sum_([40, 44, 38, 37], 159))',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '25\t38\t39', '39'): 'all_(sum_([25, 38, 39, 57], 159), sum_([33, 38, 39, 49], 159))',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '38\t39\t57', '57'): 'all_(sum_([25, 38, 39, 57], 159), sum_([25, 25, 57, 52], 159))',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '饭菜适合老人口味\t2.17', '2.17'): 'mean_dist([21, 37, 49, 52], [4, 3, 2, 1])',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '饭菜适合老人口味\t2.17\t21', '21'): 'all_(sum_([21, 37, 49, 52], 159), sum_([61, 52, 25, 21], 159))',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '2.17\t21\t37', '37'): 'all_(sum_([21, 37, 49, 52], 159), sum_([40, 44, 38, 37], 159))',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '21\t37\t49', '49'): 'all_(sum_([21, 37, 49, 52], 159), sum_([33, 38, 39, 49], 159))',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '37\t49\t52', '52'): 'all_(sum_([21, 37, 49, 52], 159), sum_([25, 25, 57, 52], 159))',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '49\t52\n本题有效填写人次\t159', '159'): 'sum_([58, 101], 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '143\t57.66%', '57.66%'): 'share(143, 248)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '98\t39.52%', '39.52%'): 'share(98, 248)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '167\t67.34%', '67.34%'): 'share(167, 248)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '41\t16.53%', '16.53%'): 'share(41, 248)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '6\t2.42%', '2.42%'): 'share(6, 248)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '2.42%\n本题有效填写人次\t248', '248'): 'sum_([58, 101, 89], 248)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '不知道有食堂\t19', '19'): 'sum_([19, 23, 15, 32], 89)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '19\t21.35%', '21.35%'): 'share(19, 89)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '价格偏高\t23', '23'): 'sum_([19, 23, 15, 32], 89)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '23\t25.84%', '25.84%'): 'share(23, 89)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '不合口味\t15', '15'): 'sum_([19, 23, 15, 32], 89)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '15\t16.85%', '16.85%'): 'share(15, 89)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '习惯自己做饭\t32', '32'): 'sum_([19, 23, 15, 32], 89)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '32\t35.96%', '35.96%'): 'share(32, 89)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '35.96%\n本题有效填写人次\t89', '89'): 'sum_([19, 23, 15, 32], 89)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '合计占64.21%', '64.21%'): 'share(159, 248)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '的占68.55%', '68.55%'): 'share(109, 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '满意比例(53.45%)', '53.45%'): 'share(85, 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '高出15.1个百分点', '15.1'): "pp('68.55', '53.45')",
    ('04_zhangzhe_shitang_wenjuanxing.txt', '等候时间(40.88%)', '40.88%'): 'share(65, 159)',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '高出26.7个百分点', '26.7'): "pp('68.55', '40.88')",
    ('04_zhangzhe_shitang_wenjuanxing.txt', '平均综合得分2.86,位居', '2.86'): 'mean_dist([61, 40, 33, 25], [4, 3, 2, 1])',
    ('04_zhangzhe_shitang_wenjuanxing.txt', '占全部受访者的12.9%', '12.9%'): 'share(32, 248)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '回收有效问卷512份', '512'): 'all_(sum_([247, 265], 512), sum_([178, 171, 163], 512))',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '有效率94.81%', '94.81%'): 'share(512, 540)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '男生247名', '247'): 'sum_([247, 265], 512)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '(48.24%)', '48.24%'): 'share(247, 512)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '女生265名', '265'): 'sum_([247, 265], 512)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '(51.76%)', '51.76%'): 'share(265, 512)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '高一178名', '178'): 'sum_([178, 171, 163], 512)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '高二171名', '171'): 'sum_([178, 171, 163], 512)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '高三163名', '163'): 'sum_([178, 171, 163], 512)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '检出率为38.67%', '38.67%'): 'reach(512)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '男(n=247)', '247'): 'sum_([247, 265], 512)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '女(n=265)', '265'): 'sum_([247, 265], 512)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '睡眠质量 6.82±3.14', '6.82'): 'grim(247)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '6.82±3.14', '3.14'): "grimmer(247, '6.82')",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '3.14 7.53±3.37', '7.53'): 'grim(265)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '7.53±3.37', '3.37'): "grimmer(265, '7.53')",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '3.37 －2.462', '－2.462'): "ttest('6.82', '3.14', 247, '7.53', '3.37', 265, '=0.014')",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '心理韧性 61.47±13.28', '61.47'): 'grim(247)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '61.47±13.28', '13.28'): "grimmer(247, '61.47')",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '13.28 58.92±12.85', '58.92'): 'grim(265)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '58.92±12.85', '12.85'): "grimmer(265, '58.92')",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '12.85 2.208', '2.208'): "ttest('61.47', '13.28', 247, '58.92', '12.85', 265, '=0.028')",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '学业压力 3.12±0.68', '3.12'): 'grim(247, 16)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '0.68 3.29±0.71', '3.29'): 'grim(265, 16)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '0.71 －2.763', '－2.763'): "ttest('3.12', '0.68', 247, '3.29', '0.71', 265, '=0.006')",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '高一(n=178)', '178'): 'sum_([178, 171, 163], 512)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '高二(n=171)', '171'): 'sum_([178, 171, 163], 512)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '高三(n=163)', '163'): 'sum_([178, 171, 163], 512)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '睡眠质量 6.43±3.02', '6.43'): 'grim(178)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '6.43±3.02', '3.02'): "grimmer(178, '6.43')",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '3.02 7.09±3.20', '7.09'): 'grim(171)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '7.09±3.20', '3.20'): "grimmer(171, '7.09')",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '3.20 8.11±3.42', '8.11'): 'grim(163)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '8.11±3.42', '3.42'): "grimmer(163, '8.11')",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '3.42 11.75', '11.75'): "anova([('6.43', '3.02', 178), ('7.09', '3.20', 171), ('8.11', '3.42', 163)], '<0.001')",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '心理韧性 60.83±13.15', '60.83'): 'grim(178)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '60.83±13.15', '13.15'): "grimmer(178, '60.83')",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '13.15 59.76±13.42', '59.76'): 'grim(171)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '59.76±13.42', '13.42'): "grimmer(171, '59.76')",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '13.42 59.80±12.76', '59.80'): 'grim(163)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '59.80±12.76', '12.76'): "grimmer(163, '59.80')",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '12.76 3.416 0.034', '3.416'): "anova([('60.83', '13.15', 178), ('59.76', '13.42', 171), ('59.80', '12.76', 163)], '=0.034')",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '学业压力 3.05±0.66', '3.05'): 'grim(178, 16)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '0.66 3.19±0.70', '3.19'): 'grim(171, 16)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '0.70 3.39±0.72', '3.39'): 'grim(163, 16)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '0.72 10.30', '10.30'): "anova([('3.05', '0.66', 178), ('3.19', '0.70', 171), ('3.39', '0.72', 163)], '<0.001')",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '(MD=1.68', '1.68'): "md('8.11', '6.43')",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '(MD=1.02', '1.02'): "md('8.11', '7.09')",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '相关系数(n=512)', '512'): 'all_(sum_([247, 265], 512), sum_([178, 171, 163], 512))',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '1.睡眠质量 7.19', '7.19'): "all_(wmean([('6.82', 247), ('7.53', 265)]), wmean([('6.43', 178), ('7.09', 171), ('8.11', 163)]))",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '7.19 3.28', '3.28'): "all_(sd_total([('6.82', '3.14', 247), ('7.53', '3.37', 265)]), sd_total([('6.43', '3.02', 178), ('7.09', '3.20', 171), ('8.11', '3.42', 163)]))",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '2.心理韧性 60.15', '60.15'): "all_(wmean([('61.47', 247), ('58.92', 265)]), wmean([('60.83', 178), ('59.76', 171), ('59.80', 163)]))",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '60.15 13.11', '13.11'): "all_(sd_total([('61.47', '13.28', 247), ('58.92', '12.85', 265)]), sd_total([('60.83', '13.15', 178), ('59.76', '13.42', 171), ('59.80', '12.76', 163)]))",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '3.学业压力 3.21', '3.21'): "all_(wmean([('3.12', 247), ('3.29', 265)]), wmean([('3.05', 178), ('3.19', 171), ('3.39', 163)]))",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '3.21 0.70 0.31', '0.70'): "all_(sd_total([('3.12', '0.68', 247), ('3.29', '0.71', 265)]), sd_total([('3.05', '0.66', 178), ('3.19', '0.70', 171), ('3.39', '0.72', 163)]))",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '4.体育锻炼 2.36', '2.36'): 'grim(512)',
    ('05_gaozhong_shuimian_renxing_xinli.txt', '2.36 1.52', '1.52'): "grimmer(512, '2.36')",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '13.11 －0.42***', '－0.42'): "rstar3(512, '***')",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '0.70 0.31***', '0.31'): "rstar3(512, '***')",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '0.31*** －0.27***', '－0.27'): "rstar3(512, '***')",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '1.52 －0.09**', '－0.09'): "rstar3(512, '**')",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '－0.09** 0.11**', '0.11'): "rstar3(512, '**')",
    ('05_gaozhong_shuimian_renxing_xinli.txt', '0.11** －0.15***', '－0.15'): "rstar3(512, '***')",
    ('06_bumen_manyidu_ceping_gongshi.txt', '收回1 021份', '1 021'): 'all_(le(996, 1021), le(1021, 1050))',
    ('06_bumen_manyidu_ceping_gongshi.txt', '回收率97.24%', '97.24%'): 'share(1021, 1050)',
    ('06_bumen_manyidu_ceping_gongshi.txt', '有效测评表996份', '996'): 'sum_([156, 129, 152, 138, 133, 147, 141], 996)',
    ('06_bumen_manyidu_ceping_gongshi.txt', '有效率97.55%', '97.55%'): 'share(996, 1021)',
    ('06_bumen_manyidu_ceping_gongshi.txt', '县行政审批服务局 156 131', '156'): 'all_(sum_([131, 21, 4], 156), sum_([156, 129, 152, 138, 133, 147, 141], 996))',
    ('06_bumen_manyidu_ceping_gongshi.txt', '156 131 21', '131'): 'sum_([131, 21, 4], 156)',
    ('06_bumen_manyidu_ceping_gongshi.txt', '131 21 4', '21'): 'all_(sum_([131, 21, 4], 156), sum_([21, 17, 24, 29, 31, 36, 38], 196))',
    ('06_bumen_manyidu_ceping_gongshi.txt', '131 21 4 97.44', '4'): 'all_(sum_([131, 21, 4], 156), sum_([4, 4, 7, 7, 8, 15, 14], 59))',
    ('06_bumen_manyidu_ceping_gongshi.txt', '4 97.44 94.74', '97.44'): 'share(152, 156)',
    ('06_bumen_manyidu_ceping_gongshi.txt', '97.44 94.74 1', '94.74'): "exact('(131*100+21*80)/156')",
    ('06_bumen_manyidu_ceping_gongshi.txt', '县医疗保障局 129 108', '129'): 'all_(sum_([108, 17, 4], 129), sum_([156, 129, 152, 138, 133, 147, 141], 996))',
    ('06_bumen_manyidu_ceping_gongshi.txt', '129 108 17', '108'): 'sum_([108, 17, 4], 129)',
    ('06_bumen_manyidu_ceping_gongshi.txt', '108 17 4', '17'): 'all_(sum_([108, 17, 4], 129), sum_([21, 17, 24, 29, 31, 36, 38], 196))',
    ('06_bumen_manyidu_ceping_gongshi.txt', '108 17 4 96.90', '4'): 'all_(sum_([108, 17, 4], 129), sum_([4, 4, 7, 7, 8, 15, 14], 59))',
    ('06_bumen_manyidu_ceping_gongshi.txt', '4 96.90 94.26', '96.90'): 'share(125, 129)',
    ('06_bumen_manyidu_ceping_gongshi.txt', '96.90 94.26 2', '94.26'): "exact('(108*100+17*80)/129')",
    ('06_bumen_manyidu_ceping_gongshi.txt', '县人力资源和社会保障局 152 121', '152'): 'all_(sum_([121, 24, 7], 152), sum_([156, 129, 152, 138, 133, 147, 141], 996))',
    ('06_bumen_manyidu_ceping_gongshi.txt', '152 121 24', '121'): 'sum_([121, 24, 7], 152)',
    ('06_bumen_manyidu_ceping_gongshi.txt', '121 24 7', '24'): 'all_(sum_([121, 24, 7], 152), sum_([21, 17, 24, 29, 31, 36, 38], 196))',
    ('06_bumen_manyidu_ceping_gongshi.txt', '121 24 7 95.39', '7'): 'all_(sum_([121, 24, 7], 152), sum_([4, 4, 7, 7, 8, 15, 14], 59))',
    ('06_bumen_manyidu_ceping_gongshi.txt', '7 95.39 92.24', '95.39'): 'share(145, 152)',
    ('06_bumen_manyidu_ceping_gongshi.txt', '95.39 92.24 3', '92.24'): "exact('(121*100+24*80)/152')",
    ('06_bumen_manyidu_ceping_gongshi.txt', '县市场监督管理局 １３８ １０２', '１３８'): 'all_(sum_([102, 29, 7], 138), sum_([156, 129, 152, 138, 133, 147, 141], 996))',
    ('06_bumen_manyidu_ceping_gongshi.txt', '１３８ １０２ ２９', '１０２'): 'sum_([102, 29, 7], 138)',
    ('06_bumen_manyidu_ceping_gongshi.txt', '１０２ ２９ ７', '２９'): 'all_(sum_([102, 29, 7], 138), sum_([21, 17, 24, 29, 31, 36, 38], 196))',
    ('06_bumen_manyidu_ceping_gongshi.txt', '１０２ ２９ ７ ９４.９３', '７'): 'all_(sum_([102, 29, 7], 138), sum_([4, 4, 7, 7, 8, 15, 14], 59))',
    ('06_bumen_manyidu_ceping_gongshi.txt', '７ ９４.９３ ９０.７２', '９４.９３'): 'share(131, 138)',
    ('06_bumen_manyidu_ceping_gongshi.txt', '９４.９３ ９０.７２ ４', '９０.７２'): "exact('(102*100+29*80)/138')",
    ('06_bumen_manyidu_ceping_gongshi.txt', '县交通运输局 133 94', '133'): 'all_(sum_([94, 31, 8], 133), sum_([156, 129, 152, 138, 133, 147, 141], 996))',
    ('06_bumen_manyidu_ceping_gongshi.txt', '133 94 31', '94'): 'sum_([94, 31, 8], 133)',
    ('06_bumen_manyidu_ceping_gongshi.txt', '94 31 8', '31'): 'all_(sum_([94, 31, 8], 133), sum_([21, 17, 24, 29, 31, 36, 38], 196))',
    ('06_bumen_manyidu_ceping_gongshi.txt', '94 31 8 93。98', '8'): 'all_(sum_([94, 31, 8], 133), sum_([4, 4, 7, 7, 8, 15, 14], 59))',
    ('06_bumen_manyidu_ceping_gongshi.txt', '8 93。98 89.32', '93。98'): 'share(125, 133)',
    ('06_bumen_manyidu_ceping_gongshi.txt', '93。98 89.32 5', '89.32'): "exact('(94*100+31*80)/133')",
    ('06_bumen_manyidu_ceping_gongshi.txt', '县住房和城乡建设局 147 96', '147'): 'all_(sum_([96, 36, 15], 147), sum_([156, 129, 152, 138, 133, 147, 141], 996))',
    ('06_bumen_manyidu_ceping_gongshi.txt', '147 96 36', '96'): 'sum_([96, 36, 15], 147)',
    ('06_bumen_manyidu_ceping_gongshi.txt', '96 36 15', '36'): 'all_(sum_([96, 36, 15], 147), sum_([21, 17, 24, 29, 31, 36, 38], 196))',
    ('06_bumen_manyidu_ceping_gongshi.txt', '96 36 15 89.80', '15'): 'all_(sum_([96, 36, 15], 147), sum_([4, 4, 7, 7, 8, 15, 14], 59))',
    ('06_bumen_manyidu_ceping_gongshi.txt', '15 89.80 84.90', '89.80'): 'share(132, 147)',
    ('06_bumen_manyidu_ceping_gongshi.txt', '89.80 84.90 6', '84.90'): "exact('(96*100+36*80)/147')",
    ('06_bumen_manyidu_ceping_gongshi.txt', '县自然资源局 141 89', '141'): 'all_(sum_([89, 38, 14], 141), sum_([156, 129, 152, 138, 133, 147, 141], 996))',
    ('06_bumen_manyidu_ceping_gongshi.txt', '141 89 38', '89'): 'sum_([89, 38, 14], 141)',
    ('06_bumen_manyidu_ceping_gongshi.txt', '89 38 14', '38'): 'all_(sum_([89, 38, 14], 141), sum_([21, 17, 24, 29, 31, 36, 38], 196))',
    ('06_bumen_manyidu_ceping_gongshi.txt', '89 38 14 92.07', '14'): 'all_(sum_([89, 38, 14], 141), sum_([4, 4, 7, 7, 8, 15, 14], 59))',
    ('06_bumen_manyidu_ceping_gongshi.txt', '14 92.07 84.68', '92.07'): 'share(127, 141)',
    ('06_bumen_manyidu_ceping_gongshi.txt', '92.07 84.68 7', '84.68'): "exact('(89*100+38*80)/141')",
    ('06_bumen_manyidu_ceping_gongshi.txt', '合计 996 731', '996'): 'sum_([156, 129, 152, 138, 133, 147, 141], 996)',
    ('06_bumen_manyidu_ceping_gongshi.txt', '合计 996 731', '731'): 'all_(sum_([131, 108, 121, 102, 94, 96, 89], 731), sum_([731, 196, 59], 996))',
    ('06_bumen_manyidu_ceping_gongshi.txt', '731 196 59', '196'): 'sum_([21, 17, 24, 29, 31, 36, 38], 196)',
    ('06_bumen_manyidu_ceping_gongshi.txt', '196 59 94.08', '59'): 'sum_([4, 4, 7, 7, 8, 15, 14], 59)',
    ('06_bumen_manyidu_ceping_gongshi.txt', '59 94.08 90.14', '94.08'): 'share(937, 996)',
    ('06_bumen_manyidu_ceping_gongshi.txt', '94.08 90.14 —', '90.14'): "exact('(741*100+196*80)/996')",
    ('06_bumen_manyidu_ceping_gongshi.txt', '平均满意率为94.08%', '94.08%'): 'share(937, 996)',
    ('06_bumen_manyidu_ceping_gongshi.txt', '满意率最高,为97.44%', '97.44%'): 'share(152, 156)',
    ('06_bumen_manyidu_ceping_gongshi.txt', '满意率最低,为89.80%', '89.80%'): 'share(132, 147)',
    ('06_bumen_manyidu_ceping_gongshi.txt', '不满意率达10.20%', '10.20%'): 'share(15, 147)',
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '68.7%的受访家长', '68.7%'): "all_(reach(2046), mix([('65.2', 687), ('70.4', 1012), ('70.6', 347)]))",
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '上升4.8个百分点', '4.8'): "pp('68.7', '62.4')",
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '有效样本2 046份', '2 046'): 'all_(sum_([1297, 749], 2046), sum_([687, 1012, 347], 2046))',
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '母亲1 297人', '1 297'): 'sum_([1297, 749], 2046)',
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '占63.4%', '63.4%'): 'share(1297, 2046)',
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '父亲749人', '749'): 'sum_([1297, 749], 2046)',
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '占36.6%', '36.6%'): 'share(749, 2046)',
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '就读小学的占57.2%', '57.2%'): "all_(reach(2046), pctsum(['57.2', '28.9', '13.9']))",
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '初中占28.9%', '28.9%'): "all_(reach(2046), pctsum(['57.2', '28.9', '13.9']))",
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '高中占13.9%', '13.9%'): "all_(reach(2046), pctsum(['57.2', '28.9', '13.9']))",
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '总体抽样误差为±2.2', '2.2'): 'moe(2046)',
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '家长(687人)中', '687'): 'sum_([687, 1012, 347], 2046)',
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '的占65.2%', '65.2%'): 'reach(687)',
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '35-44岁家长(1 012人)', '1 012'): 'sum_([687, 1012, 347], 2046)',
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '(1 012人)为70.4%', '70.4%'): 'reach(1012)',
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '45岁及以上家长(347人)', '347'): 'sum_([687, 1012, 347], 2046)',
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '(347人)为70.6%', '70.6%'): 'reach(347)',
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '约为±3.7', '3.7'): 'moe(687)',
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '±3.7、±3.1', '3.1'): 'moe(1012)',
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '±3.1和±4.3', '4.3'): 'moe(347)',
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '约六成(59.8%)', '59.8%'): "all_(share(1224, 2046), mix([('54.7', 687), ('61.2', 1012), ('66.0', 347)]))",
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '分别为54.7%', '54.7%'): 'reach(687)',
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '54.7%、61.2%', '61.2%'): 'reach(1012)',
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '61.2%和66.0%', '66.0%'): 'reach(347)',
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '2小时以上的仅占18.5%', '18.5%'): 'reach(2046)',
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '提高2.6个百分点', '2.6'): "pp('18.5', '15.9')",
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '不足1小时的1 224名家长', '1 224'): "share(1224, 2046, v='59.8')",
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '时间紧"的占71.5%', '71.5%'): 'reach(1224)',
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '电子产品"的占58.2%', '58.2%'): 'reach(1224)',
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '活动场地"的占33.9%', '33.9%'): 'reach(1224)',
    ('07_jiazhang_jinshi_diaocha_zhongxinwang.txt', '担心安全"的占27.6%', '27.6%'): 'reach(1224)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '对3 126名居民', '3 126'): 'all_(sum_([1487, 1639], 3126), sum_([1402, 1311, 413], 3126), sum_([1738, 1388], 3126))',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '患病率为17.95%', '17.95%'): 'share(561, 3126)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '16.60%~19.29%', '16.60%'): "prev_ci(561, 3126, 'lo')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '16.60%~19.29%', '19.29%'): "prev_ci(561, 3126, 'hi')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '男性患病率22.80%', '22.80%'): 'share(339, 1487)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '高于女性13.54%', '13.54%'): 'share(222, 1639)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '男 1 487 339', '1 487'): 'sum_([1487, 1639], 3126)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '男 1 487 339', '339'): 'sum_([339, 222], 561)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '339 22.80', '22.80'): 'share(339, 1487)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '22.80 45.328', '45.328'): "chi2([[339, 1148], [222, 1417]], '<0.001')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '女 1 639 222', '1 639'): 'sum_([1487, 1639], 3126)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '女 1 639 222', '222'): 'sum_([339, 222], 561)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '222 13.54', '13.54'): 'share(222, 1639)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '45~59 1 402 203', '1 402'): 'sum_([1402, 1311, 413], 3126)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '1 402 203 14.48', '203'): 'sum_([203, 253, 105], 561)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '203 14.48', '14.48'): 'share(203, 1402)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '14.48 28.753', '28.753'): "chi2([[203, 1199], [253, 1058], [105, 308]], '<0.001')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '60~74 1 311 253', '1 311'): 'sum_([1402, 1311, 413], 3126)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '1 311 253 19.30', '253'): 'sum_([203, 253, 105], 561)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '253 19.30', '19.30'): 'share(253, 1311)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '≥75 413 105', '413'): 'sum_([1402, 1311, 413], 3126)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '413 105 25.42', '105'): 'sum_([203, 253, 105], 561)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '105 25.42', '25.42'): 'share(105, 413)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '＜24 1 738 241', '1 738'): 'sum_([1738, 1388], 3126)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '1 738 241 13.87', '241'): 'sum_([241, 320], 561)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '241 13.87', '13.87'): 'share(241, 1738)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '13.87 44.243', '44.243'): "chi2([[241, 1497], [320, 1068]], '<0.001')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '≥24 1 388 320', '1 388'): 'sum_([1738, 1388], 3126)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '1 388 320 23.05', '320'): 'sum_([241, 320], 561)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '320 23.05', '23.05'): 'share(320, 1388)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '合计 3 126 561 17.95', '3 126'): 'sum_([1487, 1639], 3126)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '合计 3 126 561 17.95', '561'): 'all_(sum_([339, 222], 561), sum_([203, 253, 105], 561), sum_([241, 320], 561))',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '合计 3 126 561 17.95', '17.95'): 'share(561, 3126)',
    ('08_gaoniaosuan_xiezheng_weipu.txt', '男性 0.598 0.097', '0.598'): "wald_bse('0.598', '0.097', '38.007')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '0.598 0.097 38.007', '0.097'): "wald_bse('0.598', '0.097', '38.007')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '0.097 38.007 ＜0.001', '38.007'): "wald('0.598', '0.097', '<0.001')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '＜0.001 1.82(1.50~2.20)', '1.82'): "all_(or_exp('0.598'), orci('1.50', '2.20'))",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '1.82(1.50~2.20)', '1.50'): "ci_exp('0.598', '0.097', 'lo')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '1.82(1.50~2.20)', '2.20'): "ci_exp('0.598', '0.097', 'hi')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '60~74岁 0.342 0.104', '0.342'): "wald_bse('0.342', '0.104', '10.814')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '0.342 0.104 10.814', '0.104'): "wald_bse('0.342', '0.104', '10.814')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '0.104 10.814 0.001', '10.814'): "wald('0.342', '0.104', '=0.001')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '0.001 1.41(1.15~1.73)', '1.41'): "all_(or_exp('0.342'), orci('1.15', '1.73'))",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '1.41(1.15~1.73)', '1.15'): "ci_exp('0.342', '0.104', 'lo')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '1.41(1.15~1.73)', '1.73'): "ci_exp('0.342', '0.104', 'hi')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '≥75岁 0.716 0.139', '0.716'): "wald_bse('0.716', '0.139', '26.534')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '0.716 0.139 26.534', '0.139'): "wald_bse('0.716', '0.139', '26.534')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '0.139 26.534 ＜0.001', '26.534'): "wald('0.716', '0.139', '<0.001')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '＜0.001 2.05(1.56~2.69)', '2.05'): "all_(or_exp('0.716'), orci('1.56', '2.69'))",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '2.05(1.56~2.69)', '1.56'): "ci_exp('0.716', '0.139', 'lo')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '2.05(1.56~2.69)', '2.69'): "ci_exp('0.716', '0.139', 'hi')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', 'BMI≥24 kg/m2 0.542 0.096', '0.542'): "wald_bse('0.542', '0.096', '31.875')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '0.542 0.096 31.875', '0.096'): "wald_bse('0.542', '0.096', '31.875')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '0.096 31.875 ＜0.001', '31.875'): "wald('0.542', '0.096', '<0.001')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '＜0.001 2.72(1.42~2.08)', '2.72'): "all_(or_exp('0.542'), orci('1.42', '2.08'))",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '2.72(1.42~2.08)', '1.42'): "ci_exp('0.542', '0.096', 'lo')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '2.72(1.42~2.08)', '2.08'): "ci_exp('0.542', '0.096', 'hi')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '饮酒 0.264 0.112', '0.264'): "wald_bse('0.264', '0.112', '5.556')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '0.264 0.112 5.556', '0.112'): "wald_bse('0.264', '0.112', '5.556')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '0.112 5.556 0.018', '5.556'): "wald('0.264', '0.112', '=0.018')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '0.018 1.30(1.05~1.62)', '1.30'): "all_(or_exp('0.264'), orci('1.05', '1.62'))",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '1.30(1.05~1.62)', '1.05'): "ci_exp('0.264', '0.112', 'lo')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '1.30(1.05~1.62)', '1.62'): "ci_exp('0.264', '0.112', 'hi')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '高血压 0.187 0.109', '0.187'): "wald_bse('0.187', '0.109', '2.943')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '0.187 0.109 2.943', '0.109'): "wald_bse('0.187', '0.109', '2.943')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '0.109 2.943 0.008', '2.943'): "all_(wald('0.187', '0.109', '=0.008'), chi2_anydf('=0.008'))",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '0.008 1.21(0.97~1.49)', '1.21'): "all_(or_exp('0.187'), orci('0.97', '1.49'))",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '1.21(0.97~1.49)', '0.97'): "ci_exp('0.187', '0.109', 'lo')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '1.21(0.97~1.49)', '1.49'): "ci_exp('0.187', '0.109', 'hi')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '规律运动 −0.387 0.121', '−0.387'): "wald_bse('-0.387', '0.121', '10.229')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '−0.387 0.121 10.229', '0.121'): "wald_bse('-0.387', '0.121', '10.229')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '0.121 10.229 0.001', '10.229'): "wald('-0.387', '0.121', '=0.001')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '0.001 0.68(0.54~0.86)', '0.68'): "all_(or_exp('-0.387'), orci('0.54', '0.86'))",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '0.68(0.54~0.86)', '0.54'): "ci_exp('-0.387', '0.121', 'lo')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '0.68(0.54~0.86)', '0.86'): "ci_exp('-0.387', '0.121', 'hi')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '常量 −2.315 0.146', '−2.315'): "wald_bse('-2.315', '0.146', '251.418')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '−2.315 0.146 251.418', '0.146'): "wald_bse('-2.315', '0.146', '251.418')",
    ('08_gaoniaosuan_xiezheng_weipu.txt', '0.146 251.418', '251.418'): "wald('-2.315', '0.146', '<0.001')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '前测成绩 48 52', '48'): "exact('48+47-2', v='93')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '94 73.42 9.875', '73.42'): 'grim(48)',
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '73.42 9.875\n后测', '9.875'): "grimmer(48, '73.42')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '后测成绩 48 61', '48'): "exact('48+47-2', v='93')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '98 81.06 8.413', '81.06'): 'grim(48)',
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '81.06 8.413\n有效', '8.413'): "grimmer(48, '81.06')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '(列表状态) 48', '48'): "exact('48+47-2', v='93')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '前测成绩 47 50', '47'): "exact('48+47-2', v='93')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '93 72.89 10.216', '72.89'): 'grim(47)',
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '72.89 10.216\n后测', '10.216'): "grimmer(47, '72.89')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '后测成绩 47 53', '47'): "exact('48+47-2', v='93')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '95 75.34 9.687', '75.34'): 'grim(47)',
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '75.34 9.687\n有效', '9.687'): "grimmer(47, '75.34')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '(列表状态) 47', '47'): "exact('48+47-2', v='93')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '前测 实验班 48', '48'): "exact('48+47-2', v='93')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '实验班 48 73.42', '73.42'): 'grim(48)',
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '48 73.42 9.875 1.425', '9.875'): "grimmer(48, '73.42')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '9.875 1.425', '1.425'): "sem('9.875', 48)",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '对照班 47 72.89', '47'): "exact('48+47-2', v='93')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '47 72.89 10.216 1.940', '72.89'): 'grim(47)',
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '72.89 10.216 1.940', '10.216'): "grimmer(47, '72.89')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '10.216 1.940', '1.940'): "sem('10.216', 47)",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '后测 实验班 48', '48'): "exact('48+47-2', v='93')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '实验班 48 81.06', '81.06'): 'grim(48)',
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '81.06 8.413 1.214', '8.413'): "grimmer(48, '81.06')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '8.413 1.214', '1.214'): "sem('8.413', 48)",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '对照班 47 75.34', '47'): "exact('48+47-2', v='93')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '47 75.34 9.687 1.413', '75.34'): 'grim(47)',
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '75.34 9.687 1.413', '9.687'): "grimmer(47, '75.34')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '9.687 1.413', '1.413'): "sem('9.687', 47)",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '相等 .347 .557', '.347'): "f_p(1, 93, '=.557')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '.557 .257 93 .079', '.257'): "ttest('73.42', '9.875', 48, '72.89', '10.216', 47, '=.079')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '.079 .530 2.061', '.530'): "md('73.42', '72.89')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '.530 2.061', '2.061'): "sed_pooled('9.875', 48, '10.216', 47)",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '不相等 .257 92.717', '.257'): "welch_t('73.42', '9.875', 48, '72.89', '10.216', 47, '=.798')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '.798 .530 2.062', '.530'): "md('73.42', '72.89')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '.530 2.062', '2.062'): "sed_welch('9.875', 48, '10.216', 47)",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '相等 1.026 .314', '1.026'): "f_p(1, 93, '=.314')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '.314 3.075 93', '3.075'): "ttest('81.06', '8.413', 48, '75.34', '9.687', 47, '=.003')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '.003 5.720 1.860', '5.720'): "md('81.06', '75.34')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '5.720 1.860', '1.860'): "sed_pooled('8.413', 48, '9.687', 47)",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '不相等 3.070 90.646', '3.070'): "welch_t('81.06', '8.413', 48, '75.34', '9.687', 47, '=.003')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '90.646 .003 5.720', '5.720'): "md('81.06', '75.34')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '5.720 1.863', '1.863'): "sed_welch('8.413', 48, '9.687', 47)",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '高5.72分', '5.72'): "md('81.06', '75.34')",
    ('09_hezuo_xuexi_spss_baiduwenku.txt', '(t=3.075,P<0.01)', '3.075'): "ttest('81.06', '8.413', 48, '75.34', '9.687', 47, '<0.01')",
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '基层党组织862个', '862'): 'sum_([31, 47, 784], 862)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '其中党委31个', '31'): 'sum_([31, 47, 784], 862)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '党总支47个', '47'): 'sum_([31, 47, 784], 862)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '党支部784个', '784'): 'sum_([31, 47, 784], 862)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '党员18 426名', '18 426'): 'all_(sum_([3412, 8906, 6108], 18426), sum_([7925, 5317, 5184], 18426))',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '女党员5 873名', '5 873'): 'le(5873, 18426)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '占31．87%', '31．87%'): 'share(5873, 18426)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '35岁及以下3 412名', '3 412'): 'sum_([3412, 8906, 6108], 18426)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '占18.52%', '18.52%'): 'share(3412, 18426)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '36至60岁8 906名', '8 906'): 'sum_([3412, 8906, 6108], 18426)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '占48.33%', '48.33%'): 'share(8906, 18426)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '61岁及以上6 108名', '6 108'): 'sum_([3412, 8906, 6108], 18426)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '占33.15%', '33.15%'): 'share(6108, 18426)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '大专及以上7 925名', '7 925'): 'sum_([7925, 5317, 5184], 18426)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '占43.01%', '43.01%'): 'share(7925, 18426)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '高中及中专5 317名', '5 317'): 'sum_([7925, 5317, 5184], 18426)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '初中及以下5 184名', '5 184'): 'sum_([7925, 5317, 5184], 18426)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '发展党员326名', '326'): 'all_(le(241, 326), le(198, 326))',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '35岁以下241名', '241'): 'le(241, 326)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '占73.93%', '73.93%'): 'share(241, 326)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '大专以上学历198名', '198'): 'le(198, 326)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '占60.74%', '60.74%'): 'share(198, 326)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '流动党员1 136名', '1 136'): 'sum_([487, 649], 1136)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '流向省外487名', '487'): 'sum_([487, 649], 1136)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '省内县外649名', '649'): 'sum_([487, 649], 1136)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '已有96.2%的党支部', '96.2%'): 'reach(784)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '回收有效问卷612份', '612'): 'sum_([418, 194], 612)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '有效率94.15%', '94.15%'): 'share(612, 650)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '其中党员418名', '418'): 'sum_([418, 194], 612)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '群众194名', '194'): 'sum_([418, 194], 612)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '非常满意"的占33.82%', '33.82%'): 'reach(612)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '"满意"的占40.52%', '40.52%'): 'reach(612)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '基本满意"的占17.81%', '17.81%'): 'reach(612)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '不满意"的占7.85%', '7.85%'): 'reach(612)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '满意率(含基本满意)达92.15%', '92.15%'): 'share(564, 612)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '在418名党员受访者中', '418'): 'sum_([418, 194], 612)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '三会一课"的占62.2%', '62.2%'): "all_(reach(418), pctsum(['62.2', '29.7', '8.1']))",
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '偶尔参加的占29.7%', '29.7%'): "all_(reach(418), pctsum(['62.2', '29.7', '8.1']))",
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '很少参加的占8.1%', '8.1%'): "all_(reach(418), pctsum(['62.2', '29.7', '8.1']))",
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '难度较大"的占45.7%', '45.7%'): 'reach(418)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '在76名流动党员受访者中', '76'): 'all_(le(76, 418), le(76, 1136))',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '按时参加组织生活的占57.9%', '57.9%'): 'reach(76)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '偶尔参加的占30.3%', '30.3%'): 'reach(76)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '从未参加的占1.5%', '1.5%'): "all_(reach(76), pctsum(['57.9', '30.3', '1.5']))",
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '在194名群众受访者中', '194'): 'sum_([418, 194], 612)',
    ('10_liudong_dangyuan_diaoyan_zuzhibu.txt', '发挥"明显"的占64.4%', '64.4%'): 'reach(194)',
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
        elif not whole_token(a, r["reported"]):
            errors.append(where + ": reported first occurs inside a longer number in the anchor")
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
