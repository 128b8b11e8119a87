#!/usr/bin/env python3
"""Check tests/corpus_heldout6/labels.csv against its pages, with exact arithmetic.

    python tests/corpus_heldout6/check_labels.py      # numpy, scipy and the standard library

Copied from tests/corpus_heldout5/check_labels.py (same rules, same arithmetic checker), with the
rules this set needs added at the end ("rules added in heldout6"): a Mann-Whitney U against its Z
(ties only raise |Z|), the median of whole numbers, the SD of a 0/1 variable from its mean, a
standardised beta = B x SDx / SDy, a paired t from the mean and SD of the differences, Cohen's d with
the root mean square of two SDs, Bartlett's df = k(k - 1)/2, rates per 1 000 and per 100 000, shares
printed as proportions (0.352), a mean inside its printed minimum and maximum, a scale's item mean
from its dimensions, and a combined share that fits only as the sum of its rounded cells.

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
# rules added in heldout6
# ---------------------------------------------------------------------------------------

def _uz(n1, n2, u):
    """No-ties |Z| of a Mann-Whitney U over the rounding of U: (lowest, highest, centre)."""
    mu = Fraction(n1 * n2, 2)
    sd = math.sqrt(n1 * n2 * (n1 + n2 + 1) / 12)
    uv, uh = frac(u), half(places(u))
    dev = abs(uv - mu)
    return float(max(Fraction(0), dev - uh)) / sd, float(dev + uh) / sd, float(dev) / sd


def mw_uz(n1, n2, u, z):
    """Mann-Whitney U against its Z: |Z| is at least the no-ties |U - n1 n2/2| / sqrt(n1 n2 (N + 1)/12),
    because a tie correction only shrinks the variance."""
    lo, hi, c = _uz(n1, n2, u)
    zv, zh = abs(float(frac(z))), float(half(places(z)))
    ok = zv + zh >= lo
    return ("consistent" if ok else "inconsistent"), "no-ties |Z| of U = %s (groups of %d and %d, mean %s, SD %s) = %s; ties only raise |Z|, printed |Z| = %s" % (
        norm(u), n1, n2, fmt(Fraction(n1 * n2, 2), 1), fl(math.sqrt(n1 * n2 * (n1 + n2 + 1) / 12), 3), fl(c, 3), norm(z).lstrip("-"))


def mw_zp(n1, n2, u, p, v=None):
    """The Z of a Mann-Whitney test: against its U (mw_uz) and its own two-sided normal p."""
    v = _v(v)
    return all_(mw_uz(n1, n2, u, v), zp(p, v))


def median_whole(n, v=None):
    """A median of n whole-number values: a whole number, or (n even) a whole number or a half."""
    v = _v(v)
    x = frac(v)
    ok = x.denominator == 1 or (n % 2 == 0 and (2 * x).denominator == 1)
    return ("consistent" if ok else "inconsistent"), "a median of %d whole-number values is a whole number%s; printed %s" % (
        n, " or a half (n even)" if n % 2 == 0 else " (n odd)", norm(v))


def binsd(mean, n, v=None):
    """The SD of a 0/1 variable follows from its mean: with k ones of n, SD = sqrt(k(n - k)/(n(n - 1)))
    (n - 1 in the denominator) or sqrt(k(n - k))/n."""
    v = _v(v)
    m = frac(mean)
    tried = []
    for k in range(max(0, math.floor(m * n) - 2), min(n, math.floor(m * n) + 3) + 1):
        if fits(Fraction(k, n), mean) != "consistent":
            continue
        s1 = math.sqrt(k * (n - k) / (n * (n - 1)))
        s0 = math.sqrt(k * (n - k)) / n
        tried.append("k = %d: %s (n - 1) or %s (n)" % (k, fl(s1, 4), fl(s0, 4)))
        if fits(Fraction(s1), v) == "consistent" or fits(Fraction(s0), v) == "consistent":
            return "consistent", "a 0/1 variable with mean %s has k ones of %d, and SD sqrt(k(n - k)/(n(n - 1))) or sqrt(k(n - k))/n; %s; printed %s" % (
                norm(mean), n, tried[-1], norm(v))
    return "inconsistent", "a 0/1 variable with mean %s has k ones of %d, and SD sqrt(k(n - k)/(n(n - 1))) or sqrt(k(n - k))/n; %s; not the printed %s" % (
        norm(mean), n, "; ".join(tried), norm(v))


def beta_std(b, sdx, sdy, v=None):
    """A standardised coefficient: beta = B x SDx / SDy, over the rounding of the three."""
    v = _v(v)
    vals = [x * y / w for x, y, w in _corners([b, sdx, sdy])]
    c = float(frac(b) * frac(sdx) / frac(sdy))
    lo, hi = min(vals), max(vals)
    pv, ph = float(frac(v)), float(half(places(v)))
    ok = pv + ph >= lo and pv - ph <= hi
    return ("consistent" if ok else "inconsistent"), "beta = B x SDx / SDy = %s x %s / %s = %s (%s to %s over the rounding of the three), printed %s" % (
        norm(b), norm(sdx), norm(sdy), fl(c, 4), fl(lo, 4), fl(hi, 4), norm(v))


def paired_td(d, sdd, n, p, v=None):
    """A paired t from the mean and SD of the differences: t = D / (SD_D / sqrt(n)), and its p at df n - 1."""
    v = _v(v)
    vals = [abs(x) / (y / math.sqrt(n)) for x, y in _corners([d, sdd])]
    c = abs(float(frac(d))) / (float(frac(sdd)) / math.sqrt(n))
    lo, hi = min(vals), max(vals)
    tv, th = abs(float(frac(v))), float(half(places(v)))
    ok_t = tv + th >= lo and tv - th <= hi
    df = n - 1
    ok_p = _p_ok(2 * stats.t.sf(tv + th, df), 2 * stats.t.sf(max(0.0, tv - th), df), p)
    s = "paired t = D / (SD_D / sqrt(n)) = %s / (%s / sqrt(%d)) = %s (%s to %s over the rounding of D and SD_D), printed %s; p(|t| = %s; df %d) = %s, printed %s" % (
        norm(d).lstrip("-"), norm(sdd), n, fl(c, 3), fl(lo, 3), fl(hi, 3), norm(v).lstrip("-"), norm(v).lstrip("-"), df, pstr(2 * stats.t.sf(tv, df)), _pshow(p))
    return worst(["consistent" if ok_t else "inconsistent", "consistent" if ok_p else "inconsistent"]), s


def cohen_dav(m1, s1, m2, s2, v=None):
    """Cohen's d with the root mean square of two SDs: |M1 - M2| / sqrt((SD1² + SD2²)/2), over the rounding."""
    v = _v(v)
    vals = [abs(a - b) / math.sqrt((c * c + d * d) / 2) for a, c, b, d in _corners([m1, s1, m2, s2])]
    c = abs(float(frac(m1) - frac(m2))) / math.sqrt((float(frac(s1)) ** 2 + float(frac(s2)) ** 2) / 2)
    lo, hi = min(vals), max(vals)
    pv, ph = abs(float(frac(v))), float(half(places(v)))
    ok = pv + ph >= lo and pv - ph <= hi
    return ("consistent" if ok else "inconsistent"), "d = |%s − %s| / sqrt((%s² + %s²) / 2) = %s (%s to %s over the rounding of the means and SDs), printed %s" % (
        norm(m1), norm(m2), norm(s1), norm(s2), fl(c, 3), fl(lo, 3), fl(hi, 3), norm(v))


def bartlett(k, df, p, v=None):
    """Bartlett's test of sphericity on k items: df = k(k - 1)/2, and the chi-square's p at the printed df."""
    v = _v(v)
    need = k * (k - 1) // 2
    ok_df = need == int(frac(str(df)))
    s1 = "Bartlett df = k(k − 1) / 2 for k = %d items: %d, printed df %s" % (k, need, df)
    v2, s2 = chi2_p(int(frac(str(df))), p, v)
    return worst(["consistent" if ok_df else "inconsistent", v2]), s1 + "; " + s2


def per(k, base, scale, v=None):
    """A rate per `scale` (1000 for ‰, 100000 for 1/10万): scale x k / base."""
    v = _v(v)
    x = Fraction(scale) * frac(str(k)) / frac(str(base))
    verdict = fits(x, v)
    unit = {1000: "per mille", 100000: "per 100 000"}.get(scale, "per %d" % scale)
    s = "%d x %s / %s = %s %s" % (scale, norm(str(k)), norm(str(base)), fmt(x), unit)
    if verdict == "consistent":
        s += ", printed %s" % norm(v)
    elif verdict == "consistent_if":
        s += " (%s), printed %s only by truncation" % (fmt(x, places(v)), norm(v))
    else:
        s += " (%s), not the printed %s" % (fmt(x, places(v)), norm(v))
    return verdict, s


def prop(k, n, v=None):
    """A share printed as a proportion (0.352) rather than a percentage."""
    v = _v(v)
    x = Fraction(k, n)
    verdict = fits(x, v)
    d = places(v)
    s = "%d/%d = %s" % (k, n, fmt(x))
    if verdict == "consistent":
        s += ", printed %s" % norm(v)
    elif verdict == "consistent_if":
        s += " (%s), printed %s only by truncation" % (fmt(x, d), norm(v))
    else:
        s += " (%s), not the printed %s" % (fmt(x, d), norm(v))
    return verdict, s


def within(v_lo, v_hi, what, v=None):
    """A mean inside the range its own table prints (minimum and maximum)."""
    v = _v(v)
    ok = frac(str(v_lo)) <= frac(v) <= frac(str(v_hi))
    return ("consistent" if ok else "inconsistent"), "%s: a mean lies between its minimum and maximum, %s <= %s <= %s%s" % (
        what, norm(str(v_lo)), norm(v), norm(str(v_hi)), "" if ok else " fails")


def item_mean(parts, v=None):
    """A whole-scale item mean from its dimensions' item means, weighted by their numbers of items.
    parts = [(mean string, items), ...]."""
    v = _v(v)
    k = sum(i for _, i in parts)
    x = sum(i * frac(m) for m, i in parts) / k
    h = sum(i * half(places(m)) for m, i in parts) / k
    ok = abs(frac(v) - x) <= h + half(places(v))
    return ("consistent" if ok else "inconsistent"), "(%s) / %d = %s (± %s over the rounding of the dimension means), printed %s" % (
        " + ".join("%dx%s" % (i, norm(m)) for m, i in parts), k, fmt(x, 4), fmt(h, 4), norm(v))


def share_cells(k, n, cells, v=None):
    """A combined share: k/n rounded, or (consistent_if) the sum of its printed rounded cells."""
    v = _v(v)
    verdict, s = share(k, n, v)
    if verdict == "consistent":
        return verdict, s
    tot = _dsum(cells)
    x = Fraction(100 * k, n)
    if tot == dec(v):
        return "consistent_if", "%d/%d = %s%% (%s); printed %s only as %s = %s, the sum of its rounded cells: it fits only by adding rounded cells" % (
            k, n, fmt(x), fmt(x, places(v)), norm(v), _plus(cells), tot)
    return "inconsistent", s + "; %s = %s" % (_plus(cells), tot)


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
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '年龄  0.087', '0.087'): '-0.087',
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '增长 2.9%', '2.9%'): '-2.9',
}
# --- VALUE_FIX END ---


# --- RULES BEGIN (written with the labels; one rule per judged label) ---
RULES = {
    ('01_fuqiangjing_eras_huli_cnki.txt', '收治的114例患者', '114'): 'sum_([58, 56], 114)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '分为观察组58例', '58'): 'sum_([58, 56], 114)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '和对照组56例', '56'): 'sum_([58, 56], 114)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '总满意率94.83%', '94.83%'): 'share(55, 58)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '高于对照组的85.71%', '85.71%'): 'share(48, 56)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '观察组 58 31/27', '58'): 'sum_([31, 27], 58)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '观察组 58 31/27', '31'): 'sum_([31, 27], 58)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '31/27 52.41', '27'): 'sum_([31, 27], 58)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '31/27 52.41', '52.41'): 'grim(58)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '52.41±10.36', '10.36'): "grimmer(58, '52.41')",
    ('01_fuqiangjing_eras_huli_cnki.txt', '对照组 56 28/28', '56'): 'sum_([28, 28], 56)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '对照组 56 28/28', '28'): 'sum_([28, 28], 56)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '/28 53.07', '28'): 'sum_([28, 28], 56)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '/28 53.07', '53.07'): 'grim(56)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '53.07±11.02', '11.02'): "grimmer(56, '53.07')",
    ('01_fuqiangjing_eras_huli_cnki.txt', 't/χ2值 0.136', '0.136'): "chi2([[31, 27], [28, 28]], '=0.713')",
    ('01_fuqiangjing_eras_huli_cnki.txt', '0.136 -0.330', '-0.330'): "ttest('52.41', '10.36', 58, '53.07', '11.02', 56, '=0.742')",
    ('01_fuqiangjing_eras_huli_cnki.txt', '-0.330 -0.543', '-0.543'): "ttest('24.3', '2.8', 58, '24.6', '3.1', 56, '=0.588')",
    ('01_fuqiangjing_eras_huli_cnki.txt', '观察组 58 18.5', '58'): 'sum_([58, 56], 114)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '5) 3(2,4)', '3'): 'median_whole(58)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '对照组 56 26.0', '56'): 'sum_([58, 56], 114)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '7) 3(3,4)', '3'): 'median_whole(56)',
    ('01_fuqiangjing_eras_huli_cnki.txt', 'U值 846.5', '846.5'): "mw_uz(58, 56, '846.5', '-4.415')",
    ('01_fuqiangjing_eras_huli_cnki.txt', '846.5 1012.0', '1012.0'): "mw_uz(58, 56, '1012.0', '-3.547')",
    ('01_fuqiangjing_eras_huli_cnki.txt', '1012.0 1285.5', '1285.5'): "mw_uz(58, 56, '1285.5', '-1.982')",
    ('01_fuqiangjing_eras_huli_cnki.txt', 'Z值 -4.415', '-4.415'): "mw_zp(58, 56, '846.5', '<0.001')",
    ('01_fuqiangjing_eras_huli_cnki.txt', '-4.415 -3.547', '-3.547'): "mw_zp(58, 56, '1012.0', '<0.001')",
    ('01_fuqiangjing_eras_huli_cnki.txt', '-3.547 -1.982', '-1.982'): "mw_zp(58, 56, '1285.5', '=0.004')",
    ('01_fuqiangjing_eras_huli_cnki.txt', '45岁(15例)', '15'): 'sum_([15, 27, 16], 58)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '59岁(27例)', '27'): 'sum_([15, 27, 16], 58)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '60岁(16例)', '16'): 'sum_([15, 27, 16], 58)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '(H=2.846,P=0.241)', '2.846'): "chi2_p(2, '=0.241')",
    ('01_fuqiangjing_eras_huli_cnki.txt', '观察组 58 41(70.69)', '58'): 'sum_([41, 14, 3], 58)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '观察组 58 41(70.69)', '41'): 'sum_([41, 14, 3], 58)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '41(70.69)', '70.69'): 'share(41, 58)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '14(24.14)', '14'): 'sum_([41, 14, 3], 58)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '14(24.14)', '24.14'): 'share(14, 58)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '3(5.17)', '3'): 'sum_([41, 14, 3], 58)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '3(5.17)', '5.17'): 'share(3, 58)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '55(94.83)', '55'): 'sum_([41, 14], 55)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '55(94.83)', '94.83'): 'share(55, 58)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '对照组 56 29(51.79)', '56'): 'sum_([29, 19, 8], 56)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '对照组 56 29(51.79)', '29'): 'sum_([29, 19, 8], 56)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '29(51.79)', '51.79'): 'share(29, 56)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '19(33.39)', '19'): 'sum_([29, 19, 8], 56)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '19(33.39)', '33.39'): 'share(19, 56)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '8(14.29)', '8'): 'sum_([29, 19, 8], 56)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '8(14.29)', '14.29'): 'share(8, 56)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '48(85.71)', '48'): 'sum_([29, 19], 48)',
    ('01_fuqiangjing_eras_huli_cnki.txt', '48(85.71)', '85.71'): 'share(48, 56)',
    ('01_fuqiangjing_eras_huli_cnki.txt', 'χ2=5.054,P=0.025', '5.054'): "chi2([[41, 14, 3], [29, 19, 8]], '=0.025')",
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '回收有效问卷 5 62份', '5 62'): 'sum_([248, 176, 93, 45], 562)',
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '有效回收率93.67%', '93.67%'): 'share(562, 600)',
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '外卖配送员248人', '248'): 'sum_([248, 176, 93, 45], 562)',
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '快递员176人', '176'): 'sum_([248, 176, 93, 45], 562)',
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '网约车司机93人', '93'): 'sum_([248, 176, 93, 45], 562)',
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '其他45人', '45'): 'sum_([248, 176, 93, 45], 562)',
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '分别占44.13%', '44.13%'): 'share(248, 562)',
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '44.13%、31.32%', '31.32%'): 'share(176, 562)',
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '31.32%、16.55%', '16.55%'): 'share(93, 562)',
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '16.55%和8.01%', '8.01%'): 'share(45, 562)',
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '男性487人', '487'): 'le(487, 562)',
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '占86.65%;35岁', '86.65%'): 'share(487, 562)',
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '平均年龄31.6岁', '31.6'): 'grim(562)',
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '劳动合同的２１４人', '２１４'): "share(214, 562, v='38.08')",
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '人,占38.08%', '38.08%'): 'share(214, 562)',
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '劳务协议的173人', '173'): "share(173, 562, v='30.78')",
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '占30.78%', '30.78%'): 'share(173, 562)',
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '或协议的185人', '185'): 'sum_([214, 173, 185], 562)',
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '占31.14%', '31.14%'): 'share(175, 562)',
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '签订劳动合同的有92人', '92'): 'all_(le(92, 176), le(92, 214))',
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '仅占快递员的16.37%', '16.37%'): 'share(92, 176)',
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '近六成(58.9%)', '58.9%'): 'reach(562)',
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '过半(53.2%)', '53.2%'): 'reach(562)',
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '以上的占47.5%', '47.5%'): "all_(reach(562), pctsum(['47.5', '38.6', '13.9']))",
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '小时的占38.6%', '38.6%'): "all_(reach(562), pctsum(['47.5', '38.6', '13.9']))",
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '以下的占13.9%', '13.9%'): "all_(reach(562), pctsum(['47.5', '38.6', '13.9']))",
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '接近三分之二(65.3%)', '65.3%'): 'reach(562)',
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '作伤害的有97人', '97'): 'le(97, 562)',
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '人,占17.26%', '17.26%'): 'share(97, 562)',
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '平台补偿的仅23人', '23'): 'le(23, 97)',
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '占受伤者的23.71%', '23.71%'): 'share(23, 97)',
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '"很了解"的占8.9%', '8.9%'): "all_(reach(562), pctsum(['8.9', '36.1', '55.0']))",
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '了解一些"的占36.1%', '36.1%'): "all_(reach(562), pctsum(['8.9', '36.1', '55.0']))",
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '"不了解"的占55.0%', '55.0%'): "all_(reach(562), pctsum(['8.9', '36.1', '55.0']))",
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '"愿意"的占64.8%', '64.8%'): "all_(reach(562), pctsum(['64.8', '12.3', '25.1']))",
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '"不愿意"的占12.3%', '12.3%'): "all_(reach(562), pctsum(['64.8', '12.3', '25.1']))",
    ('02_xinjiuye_laodongzhe_gonghui_yuanchuangli.txt', '"说不清"的占25.1%', '25.1%'): "all_(reach(562), pctsum(['64.8', '12.3', '25.1']))",
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '答卷总数:335', '335'): 'sum_([139, 196], 335)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '男\t139\t41.49%', '139'): 'sum_([139, 196], 335)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '139\t41.49%', '41.49%'): 'share(139, 335)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '女\t196\t58.51%', '196'): 'sum_([139, 196], 335)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '196\t58.51%', '58.51%'): 'share(196, 335)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '人次\t335\n第2题', '335'): 'sum_([139, 196], 335)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '大一\t96\t28.66%', '96'): 'sum_([96, 88, 84, 67], 335)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '96\t28.66%', '28.66%'): 'share(96, 335)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '大二\t88\t26.27%', '88'): 'sum_([96, 88, 84, 67], 335)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '88\t26.27%', '26.27%'): 'share(88, 335)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '大三\t84\t25.07%', '84'): 'sum_([96, 88, 84, 67], 335)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '84\t25.07%', '25.07%'): 'share(84, 335)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '大四\t67\t20%', '67'): 'sum_([96, 88, 84, 67], 335)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '67\t20%', '20%'): 'share(67, 335)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '人次\t335\n交叉分析', '335'): 'sum_([96, 88, 84, 67], 335)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '男\t12(8.63%)', '12'): 'sum_([12, 46, 53, 28], 139)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '12(8.63%)', '8.63%'): 'share(12, 139)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '46(33.09%)', '46'): 'sum_([12, 46, 53, 28], 139)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '46(33.09%)', '33.09%'): 'share(46, 139)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '53(38.13%)', '53'): 'sum_([12, 46, 53, 28], 139)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '53(38.13%)', '38.13%'): 'share(53, 139)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '28(20.14%)', '28'): 'sum_([12, 46, 53, 28], 139)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '28(20.14%)', '20.14%'): 'share(28, 139)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '20.14%)\t139', '139'): 'sum_([12, 46, 53, 28], 139)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '女\t21(10.71%)', '21'): 'sum_([21, 79, 70, 26], 196)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '21(10.71%)', '10.71%'): 'share(21, 196)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '79(40.31%)', '79'): 'sum_([21, 79, 70, 26], 196)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '79(40.31%)', '40.31%'): 'share(79, 196)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '70(35.71%)', '70'): 'sum_([21, 79, 70, 26], 196)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '70(35.71%)', '35.71%'): 'share(70, 196)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '26(13.27%)', '26'): 'sum_([21, 79, 70, 26], 196)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '26(13.27%)', '13.27%'): 'share(26, 196)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '13.27%)\t196', '196'): 'sum_([21, 79, 70, 26], 196)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '大一\t23(23.96%)', '23'): 'sum_([23, 41, 22, 10], 96)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '23(23.96%)', '23.96%'): 'share(23, 96)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '41(42.71%)', '41'): 'sum_([23, 41, 22, 10], 96)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '41(42.71%)', '42.71%'): 'share(41, 96)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '22(22.92%)', '22'): 'sum_([23, 41, 22, 10], 96)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '22(22.92%)', '22.92%'): 'share(22, 96)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '10(10.42%)\t96', '10'): 'sum_([23, 41, 22, 10], 96)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '10(10.42%)\t96', '10.42%'): 'share(10, 96)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '10.42%)\t96', '96'): 'sum_([23, 41, 22, 10], 96)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '大二\t15(17.05%)', '15'): 'sum_([15, 38, 24, 11], 88)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '15(17.05%)', '17.05%'): 'share(15, 88)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '38(43.18%)', '38'): 'sum_([15, 38, 24, 11], 88)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '38(43.18%)', '43.18%'): 'share(38, 88)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '24(27.27%)', '24'): 'sum_([15, 38, 24, 11], 88)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '24(27.27%)', '27.27%'): 'share(24, 88)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '11(12.5%)', '11'): 'sum_([15, 38, 24, 11], 88)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '11(12.5%)', '12.5%'): 'share(11, 88)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '12.5%)\t88', '88'): 'sum_([15, 38, 24, 11], 88)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '大三\t9(10.71%)', '9'): 'sum_([9, 31, 29, 15], 84)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '大三\t9(10.71%)', '10.71%'): 'share(9, 84)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '31(9.25%)', '31'): 'sum_([9, 31, 29, 15], 84)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '31(9.25%)', '9.25%'): 'share(31, 84)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '29(34.52%)', '29'): 'sum_([9, 31, 29, 15], 84)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '29(34.52%)', '34.52%'): 'share(29, 84)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '15(17.86%)', '15'): 'sum_([9, 31, 29, 15], 84)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '15(17.86%)', '17.86%'): 'share(15, 84)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '17.86%)\t84', '84'): 'sum_([9, 31, 29, 15], 84)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '大四\t6(8.96%)', '6'): 'sum_([6, 22, 23, 16], 67)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '6(8.96%)', '8.96%'): 'share(6, 67)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '22(32.84%)', '22'): 'sum_([6, 22, 23, 16], 67)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '22(32.84%)', '32.84%'): 'share(22, 67)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '23(34.33%)', '23'): 'sum_([6, 22, 23, 16], 67)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '23(34.33%)', '34.33%'): 'share(23, 67)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '16(23.88%)', '16'): 'sum_([6, 22, 23, 16], 67)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '16(23.88%)', '23.88%'): 'share(16, 67)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '23.88%)\t67', '67'): 'sum_([6, 22, 23, 16], 67)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '214\t63.88%', '63.88%'): 'share(214, 335)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '167\t49.85%', '49.85%'): 'share(167, 335)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '142\t42.39%', '42.39%'): 'share(142, 335)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '98\t29.25%', '29.25%'): 'share(98, 335)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '73\t21.79%', '21.79%'): 'share(73, 335)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '12\t3.58%', '3.58%'): 'share(12, 335)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '人次\t335\n分析小结', '335'): 'sum_([139, 196], 335)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '以上的占58.27%', '58.27%'): 'share(81, 139)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '女生为48.98%', '48.98%'): 'share(96, 196)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '男生高出9.29个百分点', '9.29'): 'pp_exact(81, 139, 96, 196)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '的比例(23.88%)', '23.88%'): 'share(16, 67)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '大一学生(10.42%)', '10.42%'): 'share(10, 96)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '的2.5倍', '2.5'): "exact('(16/67)/(10/96)')",
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '以下的占66.67%', '66.67%'): 'share(64, 96)',
    ('03_waimai_xiaofei_jiaocha_wenjuanxing.txt', '大四为41.80%', '41.80%'): "share_cells(28, 67, ['8.96', '32.84'])",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '的826份有效样本', '826'): "exact('826 - 5 - 1', v='820')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '有效样本826份', '826'): "exact('826 - 5 - 1', v='820')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '(β=0.291,P＜0.001)', '0.291'): "beta_std('0.412', '4.85', '6.87')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '女性452人(54.7%)', '452'): "prop(452, 826, v='0.547')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '女性452人(54.7%)', '54.7%'): 'share(452, 826)',
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '有配偶564人(68.3%)', '564'): "prop(564, 826, v='0.683')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '有配偶564人(68.3%)', '68.3%'): 'share(564, 826)',
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '表1 变量描述统计(N=826)', '826'): "exact('826 - 5 - 1', v='820')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '生活满意度 36.42', '36.42'): 'grim(826)',
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '36.42 6.87', '6.87'): "grimmer(826, '36.42')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '数字技能 9.73', '9.73'): 'grim(826)',
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '9.73 4.85', '4.85'): "grimmer(826, '9.73')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '年龄(岁) 70.28', '70.28'): 'grim(826)',
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '70.28 6.31', '6.31'): "grimmer(826, '70.28')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '(是=1) 0.547', '0.547'): 'prop(452, 826)',
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '0.547 0.498', '0.498'): "binsd('0.547', 826)",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '(是=1) 0.683', '0.683'): 'prop(564, 826)',
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '0.683 0.415', '0.415'): "binsd('0.683', 826)",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '(年) 8.46', '8.46'): 'grim(826)',
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '8.46 4.12', '4.12'): "grimmer(826, '8.46')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '数字技能 0.412', '0.412'): "beta_std('0.412', '4.85', '6.87', v='0.291')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '0.412 0.046', '0.046'): "bse('0.412', '0.046', '8.957')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '0.046 0.291', '0.291'): "beta_std('0.412', '4.85', '6.87')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '0.291 8.957***', '8.957'): "tb('0.412', '0.046', 820, '***')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '年龄  0.087', '0.087'): "beta_std('-0.087', '6.31', '6.87', v='-0.080')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '0.087 0.035', '0.035'): "bse('-0.087', '0.035', '-2.486')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '0.035 -0.080', '-0.080'): "beta_std('-0.087', '6.31', '6.87')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '-0.080 -2.486*', '-2.486'): "tb('-0.087', '0.035', 820, '*')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '女性 0.634', '0.634'): "beta_std('0.634', '0.498', '6.87', v='0.046')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '0.634 0.452', '0.452'): "bse('0.634', '0.452', '1.403')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '0.452 0.046', '0.046'): "beta_std('0.634', '0.498', '6.87')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '0.046 1.403', '1.403'): "tb('0.634', '0.452', 820, '')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '有配偶 1.528', '1.528'): "bse('1.528', '0.486', '3.144')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '1.528 0.486', '0.486'): "bse('1.528', '0.486', '3.144')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '0.486 0.103', '0.103'): "beta_std('1.528', '0.4657', '6.87')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '0.103 3.144**', '3.144'): "tb('1.528', '0.486', 820, '**')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '受教育年限 0.183', '0.183'): "beta_std('0.183', '4.12', '6.87', v='0.110')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '0.183 0.075', '0.075'): "bse('0.183', '0.075', '3.211')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '0.075 0.110', '0.110'): "beta_std('0.183', '4.12', '6.87')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '0.110 3.211**', '3.211'): "t_df(820, '**')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '常数项 25.316', '25.316'): "bse('25.316', '2.612', '9.692')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '25.316 2.612', '2.612'): "bse('25.316', '2.612', '9.692')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '— 9.692***', '9.692'): "tb('25.316', '2.612', 820, '***')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', 'R2 0.162', '0.162'): "r2_fp(5, 826, '31.71', '***')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '调整R2 0.167', '0.167'): "adj_r2('0.162', 826, 5)",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', 'F(5,820) 31.71***', '31.71'): "r2_fp(5, 826, '31.71', '***', v='0.162')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '平均提高0.412分', '0.412'): "beta_std('0.412', '4.85', '6.87', v='0.291')",
    ('04_shuzi_jineng_shenghuo_manyidu_ols_wanfang.txt', '解释了生活满意度16.2%', '16.2%'): "exact('0.162 * 100')",
    ('05_jiazhang_manyidu_nps_weixin.txt', '实际参与1 247户', '1 247'): 'sum_([213, 198, 221, 207, 204, 204], 1247)',
    ('05_jiazhang_manyidu_nps_weixin.txt', '一年级213户', '213'): 'sum_([213, 198, 221, 207, 204, 204], 1247)',
    ('05_jiazhang_manyidu_nps_weixin.txt', '二年级198户', '198'): 'sum_([213, 198, 221, 207, 204, 204], 1247)',
    ('05_jiazhang_manyidu_nps_weixin.txt', '三年级221户', '221'): 'sum_([213, 198, 221, 207, 204, 204], 1247)',
    ('05_jiazhang_manyidu_nps_weixin.txt', '四年级207户', '207'): 'sum_([213, 198, 221, 207, 204, 204], 1247)',
    ('05_jiazhang_manyidu_nps_weixin.txt', '五年级204户', '204'): 'sum_([213, 198, 221, 207, 204, 204], 1247)',
    ('05_jiazhang_manyidu_nps_weixin.txt', '六年级204户', '204'): 'sum_([213, 198, 221, 207, 204, 204], 1247)',
    ('05_jiazhang_manyidu_nps_weixin.txt', '母亲占61.9%', '61.9%'): "all_(reach(1247), pctsum(['61.9', '31.4', '6.7']))",
    ('05_jiazhang_manyidu_nps_weixin.txt', '父亲占31.4%', '31.4%'): "all_(reach(1247), pctsum(['61.9', '31.4', '6.7']))",
    ('05_jiazhang_manyidu_nps_weixin.txt', '监护人占6.7%', '6.7%'): "all_(reach(1247), pctsum(['61.9', '31.4', '6.7']))",
    ('05_jiazhang_manyidu_nps_weixin.txt', '非常满意"的占52.3%', '52.3%'): "all_(reach(1247), pctsum(['52.3', '38.6', '7.2', '1.9']))",
    ('05_jiazhang_manyidu_nps_weixin.txt', '"满意"的占38.6%', '38.6%'): "all_(reach(1247), pctsum(['52.3', '38.6', '7.2', '1.9']))",
    ('05_jiazhang_manyidu_nps_weixin.txt', '"一般"的占7.2%', '7.2%'): "all_(reach(1247), pctsum(['52.3', '38.6', '7.2', '1.9']))",
    ('05_jiazhang_manyidu_nps_weixin.txt', '"不满意"的占1.9%', '1.9%'): "all_(reach(1247), pctsum(['52.3', '38.6', '7.2', '1.9']))",
    ('05_jiazhang_manyidu_nps_weixin.txt', '满意)达90.9%', '90.9%'): "all_(reach(1247), combo(['52.3', '38.6']))",
    ('05_jiazhang_manyidu_nps_weixin.txt', '提高2.7个百分点', '2.7'): "pp('90.9', '88.2')",
    ('05_jiazhang_manyidu_nps_weixin.txt', '满意度最高,为91.6%', '91.6%'): 'reach(213)',
    ('05_jiazhang_manyidu_nps_weixin.txt', '二年级,为90.4%', '90.4%'): 'reach(198)',
    ('05_jiazhang_manyidu_nps_weixin.txt', '最低,为86.8%', '86.8%'): 'reach(204)',
    ('05_jiazhang_manyidu_nps_weixin.txt', '推荐者占58.7%', '58.7%'): "all_(reach(1247), pctsum(['58.7', '26.7', '14.6']))",
    ('05_jiazhang_manyidu_nps_weixin.txt', '被动者占26.7%', '26.7%'): "all_(reach(1247), pctsum(['58.7', '26.7', '14.6']))",
    ('05_jiazhang_manyidu_nps_weixin.txt', '贬损者占14.6%', '14.6%'): "all_(reach(1247), pctsum(['58.7', '26.7', '14.6']))",
    ('05_jiazhang_manyidu_nps_weixin.txt', '比例)为45.1', '45.1'): "pp('58.7', '14.6')",
    ('05_jiazhang_manyidu_nps_weixin.txt', '满意的占86.4%', '86.4%'): 'reach(1247)',
    ('05_jiazhang_manyidu_nps_weixin.txt', '提高4.5个百分点', '4.5'): "pp('86.4', '81.9')",
    ('05_jiazhang_manyidu_nps_weixin.txt', '"偏多"的占11.2%', '11.2%'): "all_(reach(1247), pctsum(['11.2', '73.8', '15.0']))",
    ('05_jiazhang_manyidu_nps_weixin.txt', '下降了5.3个百分点', '5.3'): "pp('17.5', '11.2')",
    ('05_jiazhang_manyidu_nps_weixin.txt', '"适中"的占73.8%', '73.8%'): "all_(reach(1247), pctsum(['11.2', '73.8', '15.0']))",
    ('05_jiazhang_manyidu_nps_weixin.txt', '"偏少"的占15.0%', '15.0%'): "all_(reach(1247), pctsum(['11.2', '73.8', '15.0']))",
    ('05_jiazhang_manyidu_nps_weixin.txt', '79.5%的家长', '79.5%'): 'reach(1247)',
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '全市医疗卫生机构1 286个', '1 286'): 'sum_([62, 1187, 33, 4], 1286)',
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '其中:医院62个', '62'): 'sum_([62, 1187, 33, 4], 1286)',
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '公立医院31个', '31'): 'sum_([31, 33], 62)',
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '民营医院33个', '33'): 'sum_([31, 33], 62)',
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '基层医疗卫生机构１ １８７个', '１ １８７'): 'all_(sum_([62, 1187, 33, 4], 1286), sum_([96, 118, 812, 161], 1187))',
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '(站)96个', '96'): 'sum_([96, 118, 812, 161], 1187)',
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '乡镇卫生院118个', '118'): 'sum_([96, 118, 812, 161], 1187)',
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '村卫生室812个', '812'): 'sum_([96, 118, 812, 161], 1187)',
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '门诊部(所)161个', '161'): 'sum_([96, 118, 812, 161], 1187)',
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '专业公共卫生机构33个', '33'): 'sum_([62, 1187, 33, 4], 1286)',
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '比上年减少1个', '1'): "growth2(33, 34, v='-2.9')",
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '增长 2.9%', '2.9%'): "growth2(33, 34, v='-2.9')",
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '其他机构4个', '4'): 'sum_([62, 1187, 33, 4], 1286)',
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '床位21 637张', '21 637'): "all_(growth(21637, 1024, v='5.0'), per(21637, 3524000, 1000, v='6.14'))",
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '增加1 024张', '1 024'): "growth(21637, 1024, v='5.0')",
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '增长5.0%', '5.0%'): 'growth(21637, 1024)',
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '床位6.14张', '6.14'): 'per(21637, 3524000, 1000)',
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '卫生技术人员28 415人', '28 415'): 'le(23899, 28415)',
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '医师11 026人', '11 026'): "per(11026, 3524000, 1000, v='3.13')",
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '注册护士12 873人', '12 873'): "per(12873, 3524000, 1000, v='3.65')",
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '医师3.13人', '3.13'): 'per(11026, 3524000, 1000)',
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '注册护士3.65人', '3.65'): 'per(12873, 3524000, 1000)',
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '医护比1:1.17', '1.17'): 'ratio(12873, 11026)',
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '总诊疗1 862.5万人次', '1 862.5'): "growth('1862.5', '110.4', v='6.3')",
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '增加110.4万人次', '110.4'): "growth('1862.5', '110.4', v='6.3')",
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '增长6.3%', '6.3%'): "growth('1862.5', '110.4')",
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '出院62.38万人', '62.38'): "pct('62.38', '352.4', v='17.70')",
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '增加4.26万人', '4.26'): "growth('62.38', '4.26', v='8.7')",
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '增长8.7%', '8.7%'): "growth('62.38', '4.26')",
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '住院率17.70%', '17.70%'): "pct('62.38', '352.4')",
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '传染病6 125例', '6 125'): "per(6125, 3524000, 100000, v='173.81')",
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '发病率173.81/10万', '173.81'): 'per(6125, 3524000, 100000)',
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '死亡18人', '18'): "per(18, 3524000, 100000, v='0.51')",
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '死亡率0.51/10万', '0.51'): 'per(18, 3524000, 100000)',
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '肺结核报告1 064例', '1 064'): 'le(1064, 6125)',
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '发病率31.54/10万', '31.54'): 'per(1064, 3524000, 100000)',
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '孕产妇死亡3人', '3'): "per(3, 29816, 100000, v='10.06')",
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '死亡率10.06/10万', '10.06'): 'per(3, 29816, 100000)',
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '婴儿死亡85人', '85'): "per(85, 29816, 1000, v='2.85')",
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '婴儿死亡率2.85‰', '2.85‰'): 'per(85, 29816, 1000)',
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '儿童死亡123人', '123'): "per(123, 29816, 1000, v='4.13')",
    ('06_weijian_tongji_gongbao_jiangzhou.txt', '死亡率4.13‰', '4.13‰'): 'per(123, 29816, 1000)',
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '本科生36名', '36'): 'sum_([14, 22], 36)',
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '男生14名(38.89%)', '14'): 'sum_([14, 22], 36)',
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '男生14名(38.89%)', '38.89%'): 'share(14, 36)',
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '女生22名', '22'): 'sum_([14, 22], 36)',
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '(19.83±1.13)', '19.83'): 'grim(36)',
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '(19.83±1.13)', '1.13'): "grimmer(36, '19.83')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '干预前后各量表得分比较(n=36', '36'): 'sum_([14, 22], 36)',
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '重复测量方差分析(n=36', '36'): 'sum_([14, 22], 36)',
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '21.47±5.62 16.83±5.19 4.64', '21.47'): 'grim(36)',
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '5.62 16.83±5.19 4.64', '5.62'): "grimmer(36, '21.47')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '16.83±5.19 4.64', '16.83'): 'grim(36)',
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '5.19 4.64', '5.19'): "grimmer(36, '16.83')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '4.64±4.87', '4.64'): "all_(grim(36), md('21.47', '16.83'))",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '4.64±4.87', '4.87'): "grimmer(36, '4.64')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '4.87 4.954', '4.954'): "paired_td('4.64', '4.87', 36, '<0.001')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '＜0.001 0.86', '0.86'): "cohen_dav('21.47', '5.62', '16.83', '5.19')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '52.36±9.84 58.92±9.17 -6.56', '52.36'): 'grim(36)',
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '9.84 58.92±9.17 -6.56', '9.84'): "grimmer(36, '52.36')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '58.92±9.17 -6.56', '58.92'): 'grim(36)',
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '9.17 -6.56', '9.17'): "grimmer(36, '58.92')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '-6.56±7.23', '-6.56'): "all_(grim(36, v='6.56'), md('52.36', '58.92'))",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '-6.56±7.23', '7.23'): "grimmer(36, '6.56')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '7.23 -5.444', '-5.444'): "paired_td('-6.56', '7.23', 36, '<0.001')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '＜0.001 0.91', '0.91'): "cohen_dav('52.36', '9.84', '58.92', '9.17')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '8.42±3.96 7.58±3.71 0.83', '8.42'): 'grim(36)',
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '3.96 7.58±3.71 0.83', '3.96'): "grimmer(36, '8.42')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '7.58±3.71 0.83', '7.58'): 'grim(36)',
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '3.71 0.83', '3.71'): "grimmer(36, '7.58')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '0.83±2.61', '0.83'): "all_(grim(36), md('8.42', '7.58'))",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '0.83±2.61', '2.61'): "grimmer(36, '0.83')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '2.61 1.908', '1.908'): "paired_td('0.83', '2.61', 36, '=0.065')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '0.065 0.22', '0.22'): "cohen_dav('8.42', '3.96', '7.58', '3.71')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '21.47±5.62 16.83±5.19 17.25', '21.47'): 'grim(36)',
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '5.62 16.83±5.19 17.25', '5.62'): "grimmer(36, '21.47')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '16.83±5.19 17.25', '16.83'): 'grim(36)',
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '5.19 17.25', '5.19'): "grimmer(36, '16.83')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '17.25±5.41', '17.25'): 'grim(36)',
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '5.41 21.36', '5.41'): "grimmer(36, '17.25')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '5.41 21.36', '21.36'): "f_p(2, 70, '<0.001')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '52.36±9.84 58.92±9.17 57.81', '52.36'): 'grim(36)',
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '9.84 58.92±9.17 57.81', '9.84'): "grimmer(36, '52.36')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '58.92±9.17 57.81', '58.92'): 'grim(36)',
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '9.17 57.81', '9.17'): "grimmer(36, '58.92')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '57.81±9.40', '57.81'): 'grim(36)',
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '9.40 18.94', '9.40'): "grimmer(36, '57.81')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '9.40 18.94', '18.94'): "f_p(2, 70, '<0.001')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '8.42±3.96 7.58±3.71 7.72', '8.42'): 'grim(36)',
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '3.96 7.58±3.71 7.72', '3.96'): "grimmer(36, '8.42')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '7.58±3.71 7.72', '7.58'): 'grim(36)',
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '3.71 7.72', '3.71'): "grimmer(36, '7.58')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '7.72±3.80', '7.72'): 'grim(36)',
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '3.80 2.87', '3.80'): "grimmer(36, '7.72')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '3.80 2.87 0.008', '2.87'): "f_p(2, 70, '=0.008')",
    ('07_zhengnian_kaoshi_jiaolv_peidui_xinli.txt', '(F=2.87,P=0.008)', '2.87'): "f_p(2, 70, '=0.008')",
    ('08_xuexi_juandai_bili_doc88.txt', '得到有效问卷426份', '426'): 'sum_([187, 239], 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '(N=426)\n变量', '426'): 'sum_([187, 239], 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '男 187 0.439', '187'): 'sum_([187, 239], 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '187 0.439', '0.439'): 'prop(187, 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '女 239 0.561', '239'): 'sum_([187, 239], 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '239 0.561', '0.561'): 'prop(239, 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '一年级 158 0.371', '158'): 'sum_([158, 149, 119], 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '158 0.371', '0.371'): 'prop(158, 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '二年级 149 0.350', '149'): 'sum_([158, 149, 119], 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '149 0.350', '0.350'): 'prop(149, 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '三年级 119 0.279', '119'): 'sum_([158, 149, 119], 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '119 0.279', '0.279'): 'prop(119, 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '城镇 164 0.385', '164'): 'sum_([164, 262], 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '164 0.385', '0.385'): 'prop(164, 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '农村 262 0.615', '262'): 'sum_([164, 262], 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '262 0.615', '0.615'): 'prop(262, 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '是 131 0.307', '131'): 'sum_([131, 295], 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '131 0.307', '0.307'): 'prop(131, 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '否 295 0.692', '295'): 'sum_([131, 295], 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '295 0.692', '0.692'): 'prop(295, 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '是 97 0.238', '97'): 'sum_([97, 329], 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '97 0.238', '0.238'): 'prop(97, 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '否 329 0.772', '329'): 'sum_([97, 329], 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '329 0.772', '0.772'): 'prop(329, 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '3000元以下 98 0.230', '98'): 'sum_([98, 172, 141, 15], 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '98 0.230', '0.230'): 'prop(98, 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '6000元 172 0.404', '172'): 'sum_([98, 172, 141, 15], 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '172 0.404', '0.404'): 'prop(172, 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '以上 141 0.331', '141'): 'sum_([98, 172, 141, 15], 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '141 0.331', '0.331'): 'prop(141, 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '缺失 15 0.035', '15'): 'sum_([98, 172, 141, 15], 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '15 0.035', '0.035'): 'prop(15, 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '量表共20题', '20'): 'sum_([8, 6, 6], 20)',
    ('08_xuexi_juandai_bili_doc88.txt', '情绪低落8题', '8'): 'sum_([8, 6, 6], 20)',
    ('08_xuexi_juandai_bili_doc88.txt', '行为不当6题', '6'): 'sum_([8, 6, 6], 20)',
    ('08_xuexi_juandai_bili_doc88.txt', '成就感低6题', '6'): 'sum_([8, 6, 6], 20)',
    ('08_xuexi_juandai_bili_doc88.txt', 'χ2=3862.47(df=190', '3862.47'): "bartlett(20, 190, '<0.001')",
    ('08_xuexi_juandai_bili_doc88.txt', 'χ2=4015.32(df=210', '4015.32'): "bartlett(22, 210, '<0.001')",
    ('08_xuexi_juandai_bili_doc88.txt', '(N=426,题均分)', '426'): 'sum_([187, 239], 426)',
    ('08_xuexi_juandai_bili_doc88.txt', '情绪低落 8 1.00', '8'): 'sum_([8, 6, 6], 20)',
    ('08_xuexi_juandai_bili_doc88.txt', '5.00 2.86', '2.86'): "all_(grim(426, 8), within('1.00', '5.00', '情绪低落'))",
    ('08_xuexi_juandai_bili_doc88.txt', '2.86 0.71', '0.71'): "grimmer(426, '2.86', 8)",
    ('08_xuexi_juandai_bili_doc88.txt', '行为不当 6 1.00', '6'): 'sum_([8, 6, 6], 20)',
    ('08_xuexi_juandai_bili_doc88.txt', '5.00 2.64', '2.64'): "all_(grim(426, 6), within('1.00', '5.00', '行为不当'))",
    ('08_xuexi_juandai_bili_doc88.txt', '2.64 0.78', '0.78'): "grimmer(426, '2.64', 6)",
    ('08_xuexi_juandai_bili_doc88.txt', '成就感低 6 1.17', '6'): 'sum_([8, 6, 6], 20)',
    ('08_xuexi_juandai_bili_doc88.txt', '5.00 5.12', '5.12'): "all_(within('1.17', '5.00', '成就感低'), item_mean([('2.86', 8), ('2.64', 6), ('5.12', 6)], v='2.87'))",
    ('08_xuexi_juandai_bili_doc88.txt', '总量表 20 1.05', '20'): 'sum_([8, 6, 6], 20)',
    ('08_xuexi_juandai_bili_doc88.txt', '4.85 2.87', '2.87'): "all_(grim(426, 20), within('1.05', '4.85', '总量表'))",
    ('08_xuexi_juandai_bili_doc88.txt', '2.87 0.56', '0.56'): "grimmer(426, '2.87', 20)",
    ('08_xuexi_juandai_bili_doc88.txt', '(题均分2.87', '2.87'): 'grim(426, 20)',
    ('09_kejian_toupiao_jiaquan_renminwang.txt', '其中72.4%的网友', '72.4%'): "pctsum(['72.4', '9.8', '17.8'])",
    ('09_kejian_toupiao_jiaquan_renminwang.txt', '9.8%表示不支持', '9.8%'): "pctsum(['72.4', '9.8', '17.8'])",
    ('09_kejian_toupiao_jiaquan_renminwang.txt', '17.8%表示"无所谓"', '17.8%'): "pctsum(['72.4', '9.8', '17.8'])",
    ('09_kejian_toupiao_jiaquan_renminwang.txt', '"安全顾虑"的占41.3%', '41.3%'): "pctsum(['41.3', '35.2', '15.6', '9.4'])",
    ('09_kejian_toupiao_jiaquan_renminwang.txt', '课业负担重"的占35.2%', '35.2%'): "pctsum(['41.3', '35.2', '15.6', '9.4'])",
    ('09_kejian_toupiao_jiaquan_renminwang.txt', '"场地不足"的占15.6%', '15.6%'): "pctsum(['41.3', '35.2', '15.6', '9.4'])",
    ('09_kejian_toupiao_jiaquan_renminwang.txt', '"其他"的占9.4%', '9.4%'): "pctsum(['41.3', '35.2', '15.6', '9.4'])",
    ('09_kejian_toupiao_jiaquan_renminwang.txt', '对2 035名受访者', '2 035'): 'sum_([1146, 889], 2035)',
    ('09_kejian_toupiao_jiaquan_renminwang.txt', '68.3%的受访者认为', '68.3%'): "all_(reach(2035), mix([('74.1', 1146), ('60.7', 889)]))",
    ('09_kejian_toupiao_jiaquan_renminwang.txt', '家长(1 146人)', '1 146'): 'sum_([1146, 889], 2035)',
    ('09_kejian_toupiao_jiaquan_renminwang.txt', '这一比例为74.1%', '74.1%'): 'reach(1146)',
    ('09_kejian_toupiao_jiaquan_renminwang.txt', '受访者(889人)', '889'): 'sum_([1146, 889], 2035)',
    ('09_kejian_toupiao_jiaquan_renminwang.txt', '为60.7%;按年龄', '60.7%'): 'reach(889)',
    ('09_kejian_toupiao_jiaquan_renminwang.txt', '受访者(742人)', '742'): 'le(742, 2035)',
    ('09_kejian_toupiao_jiaquan_renminwang.txt', '这一比例为66.8%', '66.8%'): 'reach(742)',
    ('09_kejian_toupiao_jiaquan_renminwang.txt', '误差为±3.2个百分点', '3.2'): 'moe(2035)',
    ('09_kejian_toupiao_jiaquan_renminwang.txt', '教室"的占53.7%', '53.7%'): "pctsum(['53.7', '34.9', '11.4'])",
    ('09_kejian_toupiao_jiaquan_renminwang.txt', '偶尔到室外活动"的占34.9%', '34.9%'): "pctsum(['53.7', '34.9', '11.4'])",
    ('09_kejian_toupiao_jiaquan_renminwang.txt', '经常到室外活动"的占11.4%', '11.4%'): "pctsum(['53.7', '34.9', '11.4'])",
    ('09_kejian_toupiao_jiaquan_renminwang.txt', '上升了6.8个百分点', '6.8'): "pp('53.7', '45.2')",
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '农户41 236', '41 236'): 'sum_([8412, 5127, 6835, 4296, 3958, 7204, 5404], 41236)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '36 794户,卫生厕所', '36 794'): 'sum_([7936, 4608, 6214, 3701, 3262, 6587, 4486], 36794)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '普及率达89.23%', '89.23%'): 'share(36794, 41236)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '提高7.8个百分点', '7.8'): "pp('89.23', '81.4')",
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '全年新改厕3 215', '3 215'): 'sum_([512, 436, 498, 547, 603, 389, 230], 3215)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '的107.2%', '107.2%'): 'share(3215, 3000)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '户均投入1.20万元', '1.20'): "ratio('3862.5', 3215)",
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '云岭乡新改603户', '603'): 'sum_([512, 436, 498, 547, 603, 389, 230], 3215)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '新改户数的18.76%', '18.76%'): 'share(603, 3215)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '3 862.5万元,其中', '3 862.5'): "sum_(['1846.0', '1120.5', '906.0'], '3862.5')",
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '补助1 846.0', '1 846.0'): "sum_(['1846.0', '1120.5', '906.0'], '3862.5')",
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '配套1 120.5万元', '1 120.5'): "sum_(['1846.0', '1120.5', '906.0'], '3862.5')",
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '906.0万元', '906.0'): "sum_(['1846.0', '1120.5', '906.0'], '3862.5')",
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '改厕户4 127户', '4 127'): 'le(316, 4127)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '所316户,已整改', '316'): 'all_(le(316, 4127), le(304, 316))',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '已整改304户', '304'): 'le(304, 316)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '整改率达96.20%', '96.20%'): 'share(304, 316)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '群众满意率92.4%', '92.4%'): 'reach(500)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '石桥镇    8 412', '8 412'): 'sum_([8412, 5127, 6835, 4296, 3958, 7204, 5404], 41236)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '8 412      7 936', '7 936'): 'sum_([7936, 4608, 6214, 3701, 3262, 6587, 4486], 36794)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '7 936       94.34', '94.34'): 'share(7936, 8412)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '94.34      512', '512'): 'sum_([512, 436, 498, 547, 603, 389, 230], 3215)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '龙潭乡    5 127', '5 127'): 'sum_([8412, 5127, 6835, 4296, 3958, 7204, 5404], 41236)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '5 127      4 608', '4 608'): 'sum_([7936, 4608, 6214, 3701, 3262, 6587, 4486], 36794)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '4 608       89.88', '89.88'): 'share(4608, 5127)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '89.88      436', '436'): 'sum_([512, 436, 498, 547, 603, 389, 230], 3215)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '白沙镇    6 835', '6 835'): 'sum_([8412, 5127, 6835, 4296, 3958, 7204, 5404], 41236)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '6 835      6 214', '6 214'): 'sum_([7936, 4608, 6214, 3701, 3262, 6587, 4486], 36794)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '6 214       90.91', '90.91'): 'share(6214, 6835)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '90.91      498', '498'): 'sum_([512, 436, 498, 547, 603, 389, 230], 3215)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '青溪乡    4 296', '4 296'): 'sum_([8412, 5127, 6835, 4296, 3958, 7204, 5404], 41236)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '4 296      3 701', '3 701'): 'sum_([7936, 4608, 6214, 3701, 3262, 6587, 4486], 36794)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '3 701       86.15', '86.15'): 'share(3701, 4296)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '86.15      547', '547'): 'sum_([512, 436, 498, 547, 603, 389, 230], 3215)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '云岭乡    3 958', '3 958'): 'sum_([8412, 5127, 6835, 4296, 3958, 7204, 5404], 41236)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '3 958      3 262', '3 262'): 'sum_([7936, 4608, 6214, 3701, 3262, 6587, 4486], 36794)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '3 262       85.42', '85.42'): 'share(3262, 3958)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '85.42      603', '603'): 'sum_([512, 436, 498, 547, 603, 389, 230], 3215)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '马坪镇    7 204', '7 204'): 'sum_([8412, 5127, 6835, 4296, 3958, 7204, 5404], 41236)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '7 204      6 587', '6 587'): 'sum_([7936, 4608, 6214, 3701, 3262, 6587, 4486], 36794)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '6 587       91.43', '91.43'): 'share(6587, 7204)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '91.43      389', '389'): 'sum_([512, 436, 498, 547, 603, 389, 230], 3215)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '东岗乡    5 404', '5 404'): 'sum_([8412, 5127, 6835, 4296, 3958, 7204, 5404], 41236)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '5 404      4 486', '4 486'): 'sum_([7936, 4608, 6214, 3701, 3262, 6587, 4486], 36794)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '4 486       83.01', '83.01'): 'share(4486, 5404)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '83.01      230', '230'): 'sum_([512, 436, 498, 547, 603, 389, 230], 3215)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '合计     41 236', '41 236'): 'sum_([8412, 5127, 6835, 4296, 3958, 7204, 5404], 41236)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '41 236     36 974', '36 974'): 'sum_([7936, 4608, 6214, 3701, 3262, 6587, 4486], 36974)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '36 974       89.23', '89.23'): 'share(36794, 41236)',
    ('10_gaice_baogao_shuanglan_pdf_zhengfu.txt', '89.23     3 215', '3 215'): 'sum_([512, 436, 498, 547, 603, 389, 230], 3215)',
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
