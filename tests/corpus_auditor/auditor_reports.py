"""The auditor set: reports that exercise what a careful human auditor catches (issue 28)
and how real pages print their statistics (issue 25).  Each pattern has an innocent twin.

Built by ``python tests/corpus/build_corpus.py --set auditor`` with the machinery of
``tests/corpus/build_corpus.py`` (templates, anchors, exact arithmetic, the scorer's span
rule); standard library only (p-values from ``pvalues.py``, re-verified with scipy by
``tests/test_corpus_auditor.py``).  Writes into this folder:

- ``NN_*.txt`` and ``labels.csv`` (the scorer's format, ``../shared/tools/README.md``);
- ``groups.csv``: which labels form a question, a page, a test and its inputs, a total and
  its parts, with the facts a verdict rests on (base, sample, df, printed p, ...).  It holds
  structure only; the test recomputes every verdict from it and from the labels, without
  this module's arithmetic.

Labelling conventions are those of ``tests/corpus/`` (see its README and the docstring of
``build_corpus.py``) and of ``../shared/devcorpus`` (real pages, labelled by a careful
auditor), plus the rules below, each the verdict a careful auditor gives:

* **Established base** (no n printed): when 20 or more two-decimal shares of a page are
  all k/b for one b, the chance of that is below 1e-4, so b is as sure as a printed n:
  the shares that fit it are ``consistent`` (``base_source=other``), a share that breaks
  it is ``inconsistent``.  A share moved by 0.01 so that its question sums to exactly
  100.00% is ``inconsistent`` when no conventional rounding (half-up, half-even,
  truncation; not even the ceiling) of any k/b gives it.
* **Smallest common base** (no n printed, too few shares to establish one):
  ``consistent_if`` with the smallest base that fits every share (``other``).
* **One question, one base**: a single-choice question with a stated sample is
  ``inconsistent`` in the shares that miss the sample when no base up to the sample fits
  all its shares (half-up, half-even or truncation); item non-response is the excuse only
  where a base below the sample fits all of them (``consistent_if``, ``item``).
* **Exclusive options** (经常/偶尔/从未, 是/否, a scale, a breakdown of respondents) whose
  shares add past 100% beyond the rounding slack, or whose implied counts exceed the
  base: every share of the question is ``inconsistent``.  With n = 100 and whole-number
  shares each share is an exact count: the shares must add to exactly 100.
* **Weighted data** (加权): shares are not k/n; ``not_checkable``, never inconsistent.
* **Margins of error**: 1.96·sqrt(0.25/n), with and without the finite-population
  correction sqrt((N-n)/(N-1)) where a population N is printed (``kind=rate``,
  ``base`` = n): ``consistent`` when one convention prints the figure.
* **Test statistics**: p from the statistic's rounding interval, for the df the design
  makes evident, or every df when none is: ``consistent`` when the printed p fits,
  ``consistent_if`` when it fits only some df, ``inconsistent`` when it fits none.  A t
  recomputed from printed means, SDs and ns (pooled or Welch, over the rounding intervals)
  that misses the printed t is ``inconsistent``.
* **Glued numbers** ("4060.61%"): labelled as the count and the share the unique split
  gives; where two splits are possible, ``damaged``.
"""

from __future__ import annotations

import json
import math
import pathlib
import sys
from fractions import Fraction

HERE = pathlib.Path(__file__).resolve().parent
if str(HERE.parent / "corpus") not in sys.path:  # build_corpus.py, when imported on its own (pytest's doctests)
    sys.path.append(str(HERE.parent / "corpus"))
if str(HERE) not in sys.path:
    sys.path.append(str(HERE))

import build_corpus as bc  # noqa: E402
import pvalues as pv  # noqa: E402
from build_corpus import (  # noqa: E402
    Spec,
    cnt,
    counts_fitting,
    damaged,
    dec,
    decimals,
    mean_totals,
    other,
    pct,
    plain_mean,
    q,
    question,
    round_half_up,
    transposed,
)

REPORTS = []
GROUP_COLUMNS = ["file", "group", "type", "members", "facts"]
LENGTHS = (350, 3000)


def report(fn):
    REPORTS.append(fn)
    return fn


# --------------------------------------------------------------------------
# arithmetic beyond build_corpus
# --------------------------------------------------------------------------

def half_even(x: Fraction, dp: int) -> str:
    s = x * 10 ** dp
    fl = s.numerator // s.denominator
    r = s - fl
    n = fl + (1 if r > Fraction(1, 2) or (r == Fraction(1, 2) and fl % 2) else 0)
    return bc._fmt_scaled(n, dp)


def fits_any(printed: str, base: int) -> bool:
    """Some k/base prints as `printed` under half-up, half-even (ties either way) or truncation."""
    return bool(counts_fitting(printed, base)) or bool(counts_fitting(printed, base, "trunc"))


def joint_bases(shares: list[str], lo: int, hi: int, total: bool = True) -> list[int]:
    """Bases b in lo..hi for which every share is some k/b (half-up) and, if `total`, the
    counts can add up to b (a complete single-choice question)."""
    out = []
    for b in range(max(lo, 1), hi + 1):
        opts = [counts_fitting(s, b) for s in shares]
        if all(opts) and (not total or sum(min(o) for o in opts) <= b <= sum(max(o) for o in opts)):
            out.append(b)
    return out


def joint_any(shares: list[str], base: int) -> bool:
    """Every share is some k/base under half-up, half-even or truncation, and the counts can
    add up to base (a complete single-choice question)."""
    opts = [sorted(set(counts_fitting(s, base)) | set(counts_fitting(s, base, "trunc"))) for s in shares]
    return all(opts) and sum(min(o) for o in opts) <= base <= sum(max(o) for o in opts)


def chance(base: int, dp: int, fits: int) -> float:
    """The chance that `fits` random shares printed to `dp` decimals all fit `base`."""
    reach = len({round_half_up(Fraction(100 * k, base), dp) for k in range(base + 1)})
    return (reach / (100 * 10 ** dp + 1)) ** fits


def sci(x: float) -> str:
    return f"{x:.1e}".replace("e-0", "e-").replace("e+0", "e+")


def psum(specs) -> Fraction:
    return sum(Fraction(s.value) for s in specs)


def fmt_sum(x: Fraction, dp=2) -> str:
    return bc._fmt_scaled(int(x * 10 ** dp), dp)


def margin(n: int, N: int | None = None) -> float:
    """Conventional margin of error in percent: 1.96·sqrt(0.25/n), times the FPC if N."""
    m = 1.96 * math.sqrt(0.25 / n) * 100
    return m * math.sqrt((N - n) / (N - 1)) if N else m


def grimmer(mean: str, sd: str, n: int, lo: int, hi: int) -> bool:
    """Integer data on lo..hi with n values: some total T and sum of squares Q (Q ≡ T mod 2)
    give the printed mean and SD (sample SD, ties either way)."""
    hs = Fraction(1, 2 * 10 ** decimals(sd))
    s = Fraction(sd)
    for t in mean_totals(mean, n, lo, hi):
        # (Q - T²/n)/(n-1) in [(s-hs)², (s+hs)²]
        qlo = (s - hs) ** 2 * (n - 1) + Fraction(t * t, n)
        qhi = (s + hs) ** 2 * (n - 1) + Fraction(t * t, n)
        k = bc._ceil(qlo)
        if k % 2 != t % 2:
            k += 1
        if k <= qhi:
            return True
    return False


def t_interval(m1, s1, n1, m2, s2, n2) -> tuple[float, float]:
    """Smallest and largest |t| over the rounding intervals of the printed means and SDs,
    pooled or Welch."""
    def corners(x):
        h = 0.5 / 10 ** decimals(x)
        return (float(x) - h, float(x) + h)
    vals = []
    for a in corners(m1):
        for b in corners(m2):
            for c in corners(s1):
                for d in corners(s2):
                    diff = abs(a - b)
                    welch = math.sqrt(c * c / n1 + d * d / n2)
                    sp = math.sqrt(((n1 - 1) * c * c + (n2 - 1) * d * d) / (n1 + n2 - 2))
                    pooled = sp * math.sqrt(1 / n1 + 1 / n2)
                    vals += [diff / welch, diff / pooled]
    return min(vals), max(vals)


# --------------------------------------------------------------------------
# groups: which labels belong together, with the facts their verdicts rest on
# --------------------------------------------------------------------------

class Groups:
    def __init__(self):
        self.items = []

    def add(self, gtype, keys, **facts):
        self.items.append((gtype, list(keys), facts))


def keys_of(S, prefix, kind="p"):
    """The keys prefix_p0, prefix_p1, ... present in S, in order."""
    out, i = [], 0
    while f"{prefix}_{kind}{i}" in S:
        out.append(f"{prefix}_{kind}{i}")
        i += 1
    return out


def add_why(S, keys, text):
    for k in keys:
        S[k].why += "; " + text


# --------------------------------------------------------------------------
# pattern helpers
# --------------------------------------------------------------------------

def page_share(k, base, evidence, *, printed=None, note=""):
    """A share of a page whose base (no n printed) is established by the page itself."""
    p = pct(k, base, src="other", printed=printed, bare=True, note=note)
    p.why += "; " + evidence
    return p


def test_spec(text, value, expected, why):
    return Spec(text, value, "test", "", "", expected, why)


def p_fits(claim: str, lo: float, hi: float) -> bool:
    """Does a p-value interval [lo, hi] fit the printed claim ('<0.05', '=0.002', '>0.05')?"""
    op, num = claim[0], claim[1:]
    if op == "<":
        return lo < float(num)
    if op == ">":
        return hi > float(num)
    h = 0.5 / 10 ** decimals(num)
    v = float(num)
    return hi >= v - h and lo <= v + h  # '=0.000' is p < 0.0005


def p_text(x: float) -> str:
    return f"{x:.4f}" if x >= 0.0001 else sci(x)


def exclusive_over(S, G, key, printed, base, *, src="sample", what="", dp=None):
    """A single-choice question whose printed shares add past 100% beyond the rounding
    slack (or whose smallest implied counts exceed the base): every share inconsistent."""
    total = sum(Fraction(v) for v in printed)
    dp = max(decimals(v) for v in printed) if dp is None else dp
    slack = Fraction(len(printed), 2 * 10 ** dp)
    facts = [f"single-choice ({what}): printed shares sum to {fmt_sum(total, dp)}%"]
    if base:
        ks = [counts_fitting(v, base) for v in printed]
        assert all(ks)
        low = sum(min(k) for k in ks)
        assert low > base
        facts.append("each share alone fits " + str(base) + " (" + ", ".join(
            f"{v}%={'/'.join(map(str, k))}" for v, k in zip(printed, ks)) + f"), but the implied counts add "
            f"to at least {low} > {base}")
    if total - 100 > slack:
        facts.append(f"beyond the rounding slack of {len(printed)} shares (±{fmt_sum(slack, dp + 1)} points) for any base")
    why = "; ".join(facts) + ": every share of the question is inconsistent"
    keys = []
    for i, v in enumerate(printed):
        k = f"{key}_p{i}"
        S[k] = Spec(v + "%", v, "percent", base or "", src if base else "unknown", "inconsistent", why)
        keys.append(k)
    G.add("oversum", keys, base=base or None)
    return keys


def whole_hundred(S, G, key, printed, what, src="stated"):
    """Whole-number shares of n = 100: each share is an exact count, no rounding slack."""
    total = sum(int(v) for v in printed)
    ok = total == 100
    for i, v in enumerate(printed):
        why = (f"n=100 with whole-number shares: {v}% is exactly {v} of 100; single-choice ({what}): "
               f"{'+'.join(printed)}={total}")
        why += (" = 100: consistent" if ok else
                " respondents out of 100, with no rounding slack at n=100: every share of the question is inconsistent")
        S[f"{key}_p{i}"] = Spec(v + "%", v, "percent", 100, src, "consistent" if ok else "inconsistent", why)
    G.add("hundred", keys_of(S, key), base=100)


def verbal(text, value, why, base="", src="unknown"):
    """A share said in words or as a rough fraction (七成, 三分之一, 约1/3): not_checkable."""
    return Spec(text, value, "percent", base, src if base else "unknown", "not_checkable", why)


def ratio_spec(text, num, den, why_what):
    """A ratio printed to its decimals, checked against the two printed counts."""
    value = text
    r = Fraction(num, den)
    ok = round_half_up(r, decimals(text)) == text
    return Spec(text, value, "rate", "", "", "consistent" if ok else "inconsistent",
                f"{why_what}: {num}/{den}={round_half_up(r, 4)} -> {round_half_up(r, decimals(text))}, printed {text}")


def t_spec(G, key, printed, df, p_claim, *, inputs=None, ns=None, note="", shown=None):
    """A t statistic with its printed p; `inputs` = (m1, s1, m2, s2) printed strings (with the
    label keys in G) and `ns` = (n1, n2) recompute it from the table."""
    lo, hi = pv.p_range("t", printed, df)
    fits = p_fits(p_claim, lo, hi)
    why = [f"t with df={df}: p({printed}) = {p_text(lo)} to {p_text(hi)} over its rounding interval, printed P{p_claim}: "
           + ("fits" if fits else "does not fit")]
    ok = fits
    if inputs:
        m1, s1, m2, s2 = (x[0] for x in inputs)
        n1, n2 = ns
        a, b = t_interval(m1, s1, n1, m2, s2, n2)
        h = 0.5 / 10 ** decimals(printed)
        inside = a - h <= abs(float(printed)) <= b + h
        ok = ok and inside
        why.append(f"recomputed from the printed means and SDs, t = ({m1}-{m2})/sqrt({s1}²/{n1}+{s2}²/{n2}) "
                   f"lies in {a:.3f} to {b:.3f} (pooled or Welch, over the rounding intervals of the inputs): "
                   + (f"{printed} fits" if inside else f"{printed} is impossible; p for the recomputed t is "
                      f"{p_text(pv.p_t(b, df))} to {p_text(pv.p_t(a, df))}"))
        G.add("tcalc", [key] + [x[1] for x in inputs], n1=n1, n2=n2)
    G.add("ptest", [key], stat="t", df=[df], p=p_claim)
    if note:
        why.append(note)
    if shown:
        why.append(f"printed '{shown}' (damaged typography), read as {printed}")
    return Spec(shown or printed, printed, "test", "", "", "consistent" if ok else "inconsistent", "; ".join(why))


def chi2_2x2(a, n1, b, n2, yates=False):
    c, d, n = n1 - a, n2 - b, n1 + n2
    num = abs(a * d - c * b)
    if yates:
        num = max(0.0, num - n / 2)
    return n * num * num / ((a + b) * (c + d) * n1 * n2)


def mean_spec(G, key, printed, n, lo, hi, scale, src="stated"):
    """A mean of integer totals on lo..hi (GRIM)."""
    totals = mean_totals(printed.replace(" ", ""), n, lo, hi)
    v = printed.replace(" ", "")
    G.add("grim", [key], n=n, lo=lo, hi=hi)
    if totals:
        t = totals[0]
        return Spec(printed, v, "mean", n, src, "consistent",
                    f"{scale}, n={n}: {t}/{n}={round_half_up(Fraction(t, n), 4)} -> {v}")
    t0 = bc._floor(Fraction(v) * n)
    return Spec(printed, v, "mean", n, src, "inconsistent",
                f"{scale}, n={n}: {v}x{n}={round_half_up(Fraction(v) * n, 2)}; {t0}/{n}={round_half_up(Fraction(t0, n), 4)}, "
                f"{t0 + 1}/{n}={round_half_up(Fraction(t0 + 1, n), 4)}: no integer total gives {v} (GRIM)")


def sd_spec(G, key, mean_key, printed, mean, n, lo, hi, scale, src="stated"):
    """The SD beside a GRIM-checkable mean (GRIMMER)."""
    G.add("grimmer", [key, mean_key], n=n, lo=lo, hi=hi)
    if not mean_totals(mean, n, lo, hi):
        return Spec(printed, printed, "sd", n, src, "not_checkable",
                    f"{scale}, n={n}: its mean {mean} is impossible for n={n}, so GRIMMER has no total to test the SD on")
    ok = grimmer(mean, printed, n, lo, hi)
    return Spec(printed, printed, "sd", n, src, "consistent" if ok else "inconsistent",
                f"{scale}, n={n}: GRIMMER: some integer total and sum of squares (same parity) give mean {mean} "
                f"and SD {printed}" if ok else f"{scale}, n={n}: GRIMMER: no integer sum of squares gives SD {printed}")


DF_RANGES = {"chi2": list(range(1, 31)), "t": list(range(1, 1001)) + ["inf"], "f1": list(range(1, 11))}


def test_any_df(G, key, stat, printed, p_claim, design, dfs=None, fixed=()):
    """A statistic whose df no text prints: its p for every df in `dfs` (chi2: 1-30; t: 1-1000 and
    the normal limit); consistent for all, consistent_if for some, inconsistent for none."""
    dfs = dfs or DF_RANGES[stat]
    ok = []
    for d in dfs:
        if stat == "t" and d == "inf":
            lo, hi = pv.p_range("z", printed)
        else:
            lo, hi = pv.p_range(stat, printed, d, *fixed)
        if p_fits(p_claim, lo, hi):
            ok.append(d)
    first = pv.p_range(stat, printed, dfs[0], *fixed)
    if stat == "t":
        lim = pv.p_range("z", printed)
        span = (f"p({printed}) falls as df grows, to {p_text(lim[0])} to {p_text(lim[1])} at the normal limit "
                f"(df=1: {p_text(first[0])} to {p_text(first[1])})")
    else:
        span = f"p({printed}) grows with df: {p_text(first[0])} to {p_text(first[1])} at df={dfs[0]}"
    if not ok:
        exp, verdict = "inconsistent", f"printed P{p_claim} fits no df (a decision error)" if p_claim[0] == "<" else \
            f"printed P{p_claim} fits no df"
    elif len(ok) == len(dfs):
        exp, verdict = "consistent", f"printed P{p_claim} fits every df"
    else:
        exp = "consistent_if"
        near = [d for d in (ok[0] - 1, ok[-1] + 1) if isinstance(d, int) and d >= 1]
        others = ", ".join(f"df={d} gives {p_text(pv.p_range(stat, printed, d, *fixed)[0])}" for d in near)
        verdict = (f"printed P{p_claim} fits only df={'/'.join(map(str, ok))} "
                   f"({p_text(pv.p_range(stat, printed, ok[0], *fixed)[0])}); {others}: consistent only if df="
                   f"{'/'.join(map(str, ok))}")
    G.add("ptest", [key], stat=stat, df=dfs if stat != "t" else "1-1000,inf", p=p_claim, fixed=list(fixed))
    return Spec(printed, printed, "test", "", "", exp, f"{design}, df not printed; {span}; {verdict}")


# --------------------------------------------------------------------------
# the reports
# --------------------------------------------------------------------------

@report
def r15():
    """党校培训评估: no n printed; 27 of 29 two-decimal shares are k/27 (base established);
    one share breaks it (transposed digits), one is forced to make its question 100.00%."""
    S, G = {}, Groups()
    b = 27
    shares = {  # question: counts (k of 27)
        "s": [19, 8], "a": [22, 5], "q1": [15, 9, 3], "q2": [12, 11, 4], "q3": [13, 10, 4],
        "q4": [12, 12, 1, 2], "q5": [15, 10, 2], "q6": [21, 19, 17, 14, 8, 3], "q7": [20, 6, 1],
    }
    total = sum(len(v) for v in shares.values())
    fitting = total - 2
    ev = (f"no n printed: {fitting} of the page's {total} two-decimal shares are k/{b} "
          f"(chance {sci(chance(b, 2, fitting))} that so many fit by accident): base {b} established")
    for key, counts in shares.items():
        for i, k in enumerate(counts):
            S[f"{key}_p{i}"] = page_share(k, b, ev)
    # q5: transposed digits
    right = round_half_up(Fraction(100 * 10, b), 2)
    bad = transposed(right)
    assert not fits_any(bad, b)
    S["q5_p1"] = page_share(10, b, ev, printed=bad, note=f"digits transposed ({right} -> {bad})")
    # q4: the last share forced so that the question prints 100.00
    exact = [S[k] for k in keys_of(S, "q4")]
    assert psum(exact) == Fraction(9999, 100)
    k4 = 2
    x = Fraction(100 * k4, b)
    right4 = round_half_up(x, 2)
    forced = bc._fmt_scaled(int(Fraction(right4) * 100) + 1, 2)
    assert bc.truncate(x, 2) != forced and half_even(x, 2) != forced and not fits_any(forced, b)
    assert right4 == bc._fmt_scaled(bc._ceil(x * 100), 2)  # half-up is already the ceiling
    S["q4_p3"] = Spec(forced + "%", forced, "percent", b, "other", "inconsistent",
                      f"count not printed; {k4}/{b}={q(k4, b, 2)}%: half-up, half-even and the ceiling give "
                      f"{right4}, truncation {bc.truncate(x, 2)}; printed {forced}% is no k/{b} under any rounding; "
                      f"the question's k/{b} shares 44.44+44.44+3.70+{right4} sum to 99.99 and {forced} makes the "
                      f"printed shares sum to exactly 100.00: adjusted by 0.01 to force the sum to 100%; {ev}")
    q4 = [S[k] for k in keys_of(S, "q4")]
    assert psum(q4) == 100
    add_why(S, keys_of(S, "q6"), f"multi-select (多选): shares sum to {fmt_sum(psum([S[k] for k in keys_of(S, 'q6')]))}%")
    add_why(S, ["q5_p0", "q5_p2"], f"the question's printed shares sum to {fmt_sum(psum([S[k] for k in keys_of(S, 'q5')]))}% "
                                   f"because of the transposed 37.40")
    page = [k for key in shares for k in keys_of(S, key)]
    G.add("page", page, base=b)
    G.add("forced", keys_of(S, "q4"), base=b)
    for key in ("s", "a", "q1", "q2", "q3", "q5", "q7"):
        G.add("single", keys_of(S, key), base=b)
    G.add("multi", keys_of(S, "q6"), base=b)
    S["d_date"] = dec("2023-11-24", "publication date")
    S["d_views"] = dec("316", "page-view counter (浏览次数)")
    S["d_md"] = dec("11月20日", "date of the closing ceremony")
    S["d_issue"] = dec("36", "serial number of the training class (第36期)")
    S["d_age"] = dec("45", "age bound of a category label (45岁以下)")
    S["c_course"] = cnt(18, why="number of courses: a stand-alone count")
    S["c_site"] = cnt(4, why="number of site visits: a stand-alone count")
    S["c_days"] = cnt(15, why="length of the course in days: a stand-alone count")
    for i in (4, 5):
        S[f"d_q{i}"] = dec(str(i), f"question number ({i}、)")
    T = """
县委党校2023年秋季中青年干部培训班教学评估结果分析

⟪发布时间:«d_date»⟫ 来源:教务科 ⟪浏览次数:«d_views»⟫

⟪«d_md»,县委党校第«d_issue»期⟫中青年干部培训班顺利结业。本期培训⟪为期«c_days»天⟫,⟪共开设专题课程«c_course»门⟫,⟪组织现场教学«c_site»次⟫。为客观评价教学质量,教务科在结业前通过“问卷星”组织全体学员进行了匿名评估。因平台导出格式原因,各选项人数略去,现将各项比例公布如下。

一、学员基本情况
参训学员中,⟪男性占«s_p0»⟫,⟪女性占«s_p1»⟫;⟪«d_age»岁以下的学员占«a_p0»⟫,⟪45岁及以上的占«a_p1»⟫。

二、教学评估结果
1、对本期培训的总体评价:⟪非常满意«q1_p0»⟫,⟪满意«q1_p1»⟫,⟪基本满意«q1_p2»⟫。
2、课程设置的针对性:⟪很强«q2_p0»⟫,⟪较强«q2_p1»⟫,⟪针对性一般«q2_p2»⟫。
3、教学方式的多样性:⟪很好«q3_p0»⟫,⟪较好«q3_p1»⟫,⟪方式单一«q3_p2»⟫。
⟪«d_q4»、学习时间安排是否⟫合理:⟪认为合理的占«q4_p0»⟫,⟪基本合理«q4_p1»⟫,⟪不太合理«q4_p2»⟫,⟪说不清«q4_p3»⟫。
⟪«d_q5»、现场教学效果⟫:⟪效果很好«q5_p0»⟫,⟪效果较好«q5_p1»⟫,⟪效果一般«q5_p2»⟫。
6、您希望今后增加哪些方面的课程(多选):⟪乡村振兴«q6_p0»⟫、⟪党的创新理论«q6_p1»⟫、⟪基层治理«q6_p2»⟫、⟪应急管理«q6_p3»⟫、⟪数字政府«q6_p4»⟫、⟪其他«q6_p5»⟫。
7、对后勤服务的评价:⟪后勤满意«q7_p0»⟫,⟪基本满意«q7_p1»⟫,⟪不满意«q7_p2»⟫。

三、下一步改进措施
从评估情况看,学员对本期培训总体认可,对课程针对性和现场教学评价较高,对学习时间安排的意见相对集中,主要反映集中学习时间偏紧、自学和研讨时间不足。下一步,教务科将进一步优化课程设置,增加乡村振兴、基层治理等方面的专题,合理安排学习节奏,不断提高培训质量。
"""
    return "15_dangxiao_peixun_pinggu.txt", "utf-8", "\n", T, S, G


@report
def r16():
    """The innocent twin of 15: a 问卷星 page with no n printed whose 23 two-decimal shares
    are all k/33 (base established; two questions print 99.99%, as rounding does)."""
    S, G = {}, Groups()
    b = 33
    shares = {"s": [25, 8], "y": [7, 14, 12], "q1": [17, 13, 3], "q2": [19, 11, 3], "q3": [16, 15, 2],
              "q4": [4, 26, 3], "q5": [28, 24, 21, 18], "q6": [30, 3]}
    total = sum(len(v) for v in shares.values())
    ev = (f"no n printed: all {total} two-decimal shares of the page are k/{b} "
          f"(chance {sci(chance(b, 2, total))} that so many fit by accident): base {b} established")
    for key, counts in shares.items():
        for i, k in enumerate(counts):
            S[f"{key}_p{i}"] = page_share(k, b, ev)
        if key != "q5":
            G.add("single", keys_of(S, key), base=b)
            tot = psum([S[k] for k in keys_of(S, key)])
            if tot != 100:
                add_why(S, keys_of(S, key), f"the question's shares sum to {fmt_sum(tot)}% (rounding)")
    add_why(S, keys_of(S, "q5"), f"multi-select (可多选): shares sum to {fmt_sum(psum([S[k] for k in keys_of(S, 'q5')]))}%")
    G.add("multi", keys_of(S, "q5"), base=b)
    G.add("page", [k for key in shares for k in keys_of(S, key)], base=b)
    S["d_when"] = dec("2024年4月", "date of the course")
    S["d_y0"] = dec("3", "bound of a category label (3年以下)")
    S["d_y1"] = dec("3-6", "range used as a category label")
    S["d_y2"] = dec("6", "bound of a category label (6年以上)")
    S["d_q3"] = dec("3", "question number (第3题)")
    S["d_pub"] = dec("2024-04-28", "date of the post")
    S["c_days"] = cnt(5, why="length of the course in days: a stand-alone count")
    S["c_talk"] = cnt(6, why="number of lectures: a stand-alone count")
    T = """
【培训动态】村(社区)党组织书记示范培训班学员评估情况

XX镇党建办 ⟪«d_pub»⟫ 08:30

⟪«d_when»,镇党委举办⟫全镇村(社区)党组织书记示范培训班,⟪培训为期«c_days»天⟫,⟪安排专题讲座«c_talk»场⟫,并组织学员赴先进村实地观摩。培训结束后,镇党建办通过问卷星开展了匿名评估,各题结果如下:

学员结构:⟪男性书记«s_p0»⟫,⟪女性书记«s_p1»⟫;任职年限⟪«d_y0»年以下的占«y_p0»⟫,⟪«d_y1»年的占«y_p1»⟫,⟪«d_y2»年以上的占«y_p2»⟫。
第1题 对本次培训的总体满意度
⟪A.非常满意 «q1_p0»⟫ ⟪B.满意 «q1_p1»⟫ ⟪C.基本满意 «q1_p2»⟫
第2题 培训内容是否实用
⟪A.很实用 «q2_p0»⟫ ⟪B.比较实用 «q2_p1»⟫ ⟪C.一般 «q2_p2»⟫
⟪第«d_q3»题 授课老师⟫的授课水平
⟪A.很高 «q3_p0»⟫ ⟪B.较高 «q3_p1»⟫ ⟪C.水平一般 «q3_p2»⟫
第4题 您认为培训时长
⟪A.偏长 «q4_p0»⟫ ⟪B.合适 «q4_p1»⟫ ⟪C.偏短 «q4_p2»⟫
第5题 您在本次培训中的主要收获(可多选)
⟪A.政策理论 «q5_p0»⟫ ⟪B.工作方法 «q5_p1»⟫ ⟪C.交流经验 «q5_p2»⟫ ⟪D.开阔视野 «q5_p3»⟫
第6题 今后是否愿意继续参加此类培训
⟪A.愿意 «q6_p0»⟫ ⟪B.视工作情况而定 «q6_p1»⟫

本次培训采取专题辅导、案例教学、现场观摩、分组研讨相结合的方式,邀请县委党校教师、县直部门业务骨干和优秀村党组织书记授课,内容涵盖基层党建、乡村振兴、矛盾纠纷化解、村级财务管理等方面。从评估结果看,学员普遍认为本次培训内容“接地气、用得上”,特别是现场观摩环节,让大家学到了可复制、可推广的好经验好做法。镇党委将认真梳理学员意见建议,持续办好基层干部培训,为乡村振兴提供坚强的组织保障。
"""
    return "16_cun_shuji_peixun.txt", "utf-8", "\n", T, S, G


@report
def r17():
    """党员学习教育 (GB18030): 共回收有效问卷1,236份 (comma thousands); a single-choice
    question no base up to 1,236 fits; its twin fits item non-response on 1,224; a margin of
    error with the finite-population correction."""
    S, G = {}, Groups()
    issued, n, N = 1300, 1236, 9583
    S["c_pop"] = cnt(N, text="9,583", why="party members in the county (the population): a stand-alone count")
    S["c_iss"] = cnt(issued, text="1,300", why="questionnaires issued")
    S["c_val"] = cnt(n, issued, "issued", text="1,236", why=f"{n} valid <= {issued} issued")
    S["p_val"] = pct(n, issued, src="issued", note="有效率 = valid / issued")
    m_fpc, m_srs = margin(n, N), margin(n)
    printed = f"{m_fpc:.2f}"
    assert printed == round_half_up(Fraction(round(m_fpc * 10 ** 6), 10 ** 6), 2) != f"{m_srs:.2f}"
    S["m_err"] = other("rate", printed + "%", printed, (
        f"margin of error at 95%: 1.96*sqrt(0.25/{n}) = {m_srs:.4f}% without, x sqrt(({N}-{n})/({N}-1)) = "
        f"{m_fpc:.4f}% with the finite-population correction (N={N} printed): {printed}% is the corrected figure"),
        expected="consistent", base=n, src="sample")
    G.add("margin", ["m_err"], n=n, N=N, printed=printed)
    question(S, "g", [706, 530], n)
    S["g_c0"].text = S["g_c0"].value = "706"
    question(S, "a", [221, 648, 367], n)
    S["d_a0"] = dec("10", "bound of a category label (党龄10年以下)")
    S["d_a1"] = dec("10-30", "range used as a category label")
    S["d_a2"] = dec("30", "bound of a category label (30年以上)")
    # the question that no base up to the sample fits
    true = [768, 352, 89, 27]
    right = round_half_up(Fraction(100 * 352, n), 2)
    bad = transposed(right)
    question(S, "h", true, n, bare=True, errors={1: {"printed": bad, "note": f"digits transposed ({right} -> {bad})"}})
    hs = [S[k].value for k in keys_of(S, "h")]
    assert joint_bases(hs, 1, n, total=False) == [] and not any(
        all(fits_any(v, b) for v in hs) for b in range(1, n + 1))
    add_why(S, keys_of(S, "h"), f"single-choice; no base from 1 to {n} fits all four shares under half-up, half-even "
                                f"or truncation, so item non-response cannot excuse {bad}; printed shares sum to "
                                f"{fmt_sum(psum([S[k] for k in keys_of(S, 'h')]))}%")
    G.add("nobase", keys_of(S, "h"), sample=n)
    # its twin: item non-response
    item = [571, 334, 209, 110]
    question(S, "x", item, sum(item), bare=True, src="item", sample=n, expected="consistent_if")
    xs = [S[k].value for k in keys_of(S, "x")]
    assert joint_bases(xs, max(item), n) == [sum(item)]
    add_why(S, keys_of(S, "x"), f"no count printed: among bases from {max(item)} to {n} only {sum(item)} fits all four "
                                f"shares with counts that add up to it: {n - sum(item)} of the {n} did not answer")
    G.add("itembase", keys_of(S, "x"), base=sum(item), sample=n)
    question(S, "w", [1135, 1102, 874, 653], n, multi=True)
    for i, t in enumerate(["1,135", "1,102", "874", "653"]):
        S[f"w_c{i}"].text = t
    S["d_when"] = dec("2023年5月", "survey date")
    S["d_tab"] = dec("2", "table number (表2)")
    S["d_conf"] = dec("95%", "confidence level of the margin of error, not a share")
    T = """
关于全县党员日常学习教育情况的调查报告

中共XX县委组织部 县委党校联合课题组

为全面了解全县党员日常学习教育开展情况,课题组⟪于«d_when»,面向⟫⟪全县«c_pop»名党员中的⟫农村、社区、机关和非公企业党员开展了问卷调查,⟪共发放问卷«c_iss»份⟫,⟪共回收有效问卷«c_val»份⟫,⟪有效率为«p_val»⟫,⟪在«d_conf»置信水平下⟫⟪抽样误差为±«m_err»⟫。

一、受访党员基本情况
受访党员中,⟪男性«g_c0»人,占«g_p0»⟫,⟪女性«g_c1»人,占«g_p1»⟫。⟪党龄«d_a0»年以下的«a_c0»人⟫,⟪占«a_p0»;«d_a1»年的«a_c1»人⟫,⟪占«a_p1»;«d_a2»年以上⟫的⟪«a_c2»人,占«a_p2»⟫。

二、学习教育开展情况
(一)组织生活总体规范。在“您参加‘三会一课’的情况”(单选)中,⟪表示每次都参加的占«h_p0»⟫,⟪大多数时候参加的占«h_p1»⟫,⟪偶尔参加的占«h_p2»⟫,⟪很少参加的占«h_p3»⟫。
(二)学习方式日益多样。在学习方式(可多选)方面,⟪参加支部集中学习的«w_c0»人(«w_p0»)⟫,⟪通过“学习强国”平台学习的«w_c1»人(«w_p1»)⟫,⟪坚持个人自学的«w_c2»人(«w_p2»)⟫,⟪收看线上党课的«w_c3»人(«w_p3»)⟫。
(三)平台使用有待加强。对于“学习强国”的使用频率(单选),⟪每天使用的占«x_p0»⟫,⟪经常使用的占«x_p1»⟫,⟪偶尔使用的占«x_p2»⟫,⟪很少使用的占«x_p3»⟫。

三、存在的问题
一是部分流动党员、老年党员参加组织生活不经常,一些年轻党员工作任务重,参加集中学习的时间难以保证;二是学习内容针对性不强,“上下一般粗”,照本宣科、念文件的现象依然存在,部分农村老党员对线上学习平台操作不熟练;三是学习效果评价机制不健全,⟪详见表«d_tab»。⟫

四、对策建议
坚持分类施策,对流动党员、老年党员实行“送学上门”;丰富学习载体,推动线上线下融合;健全学习积分管理,把学习情况纳入党员评议。
"""
    return "17_dangyuan_xuexi_jiaoyu.txt", "gb18030", "\n", T, S, G


@report
def r18():
    """政府网站网上调查: a poll page (投票人总数:84, "支持[41票] 48.81%"), a multi-select poll
    whose shares are of all ticks, and a press release on a second poll (参与投票的网民317名)
    whose 是/否 question adds to 103.47%; its twins: a satisfaction question and a 哪些
    (multi-select) question adding to 180%."""
    S, G = {}, Groups()
    voters = 84
    S["c_voters"] = cnt(voters, why="投票人总数: the poll's sample, stand-alone")
    votes = [41, 23, 14, 6]
    question(S, "v", votes, voters)
    for i in range(len(votes)):
        S[f"v_c{i}"].why = "+".join(map(str, votes)) + f"={voters} votes, one per voter (单选)"
    ticks = [52, 38, 29, 27, 17]
    tt = sum(ticks)
    question(S, "t", ticks, tt)
    for i, k in enumerate(ticks):
        S[f"t_c{i}"].base_source = S[f"t_p{i}"].base_source = "item"
        assert k <= voters
        S[f"t_c{i}"].why = f"{k} of the {voters} voters ticked it (多选); the votes add to {tt} ticks"
        S[f"t_p{i}"].why += (f"; multi-select poll: shares of all {tt} ticks (the printed votes add to {tt}; "
                             f"{voters} voters), not of voters ({k}/{voters} would be "
                             f"{round_half_up(Fraction(100 * k, voters), 2)}%)")
    G.add("ticks", keys_of(S, "t"), base=tt, voters=voters, votes=ticks)
    n = 317
    S["c_n"] = cnt(n, why="参与投票的网民: the second poll's sample, stand-alone")
    yes_no = [round_half_up(Fraction(100 * 197, n), 2), round_half_up(Fraction(100 * 131, n), 2)]
    exclusive_over(S, G, "y", yes_no, n, what="是否…? with 支持/不支持")
    question(S, "s", [150, 118, 49], n, bare=True)
    G.add("single", keys_of(S, "s"), base=n)
    question(S, "m", [201, 176, 112, 83], n, bare=True, multi=True)
    G.add("multi", keys_of(S, "m"), base=n)
    S["d_start"] = dec("2023-09-01", "start date of the poll")
    S["d_end"] = dec("2023-09-30", "end date of the poll")
    S["d_night"] = dec("19:00", "clock time (start of the free-parking period)")
    S["d_morn"] = dec("7:00", "clock time (end of the free-parking period)")
    S["d_tel"] = dec("0371-6222148", "telephone number")
    S["d_id"] = dec("20230901", "poll id in the page address")
    S["d_site"] = dec("4101000012", "website id in the footer (网站标识码)")
    T = """
首页 > 互动交流 > 网上调查 > ⟪调查编号:«d_id»⟫

关于城区停车收费标准调整方案的网上调查
⟪开始时间:«d_start»⟫  ⟪结束时间:«d_end»⟫  ⟪投票人总数:«c_voters»⟫

1.您对停车收费标准调整方案的态度是?(单选)
⟪支持[«v_c0»票] «v_p0»⟫
⟪基本支持[«v_c1»票] «v_p1»⟫
⟪不支持[«v_c2»票] «v_p2»⟫
⟪无所谓[«v_c3»票] «v_p3»⟫
2.您认为城区停车难的主要原因有哪些?(多选)
⟪车位供给不足[«t_c0»票] «t_p0»⟫
⟪占道停车管理不严[«t_c1»票] «t_p1»⟫
⟪收费标准不合理[«t_c2»票] «t_p2»⟫
⟪公共交通不便[«t_c3»票] «t_p3»⟫
⟪其他[«t_c4»票] «t_p4»⟫
查看结果  返回

相关新闻:老城区停车管理网上征求意见结果公布
近日,县交通运输局就老城区停车管理开展网上征求意见,⟪参与投票的网民«c_n»名⟫。对于“您是否支持在老城区实行分时段免费停车(⟪«d_night»至次日«d_morn»)⟫?”,⟪选择“支持”的占«y_p0»⟫,⟪选择“不支持”的占«y_p1»⟫。对现行停车管理,⟪表示满意的占«s_p0»⟫,⟪基本满意的占«s_p1»⟫,⟪不满意的占«s_p2»⟫。在“您认为哪些措施最能缓解停车难”(多选)中,⟪增建立体停车场«m_p0»⟫,⟪开放机关单位停车场«m_p1»⟫,⟪发展公共交通«m_p2»⟫,⟪规范路边停车«m_p3»⟫。据介绍,调整方案拟对老城区主要道路实行差异化收费,并结合老旧小区改造新增一批公共停车泊位。不少网民留言建议,在学校、医院周边设置临时停车区,加快建设智慧停车平台,实现泊位信息实时查询。县交通运输局表示,将认真研究网民意见,进一步完善方案后按程序报批。⟪咨询电话:«d_tel»⟫。

主办:XX县人民政府办公室  ⟪网站标识码:«d_site»⟫
"""
    return "18_wangshang_diaocha.txt", "utf-8", "\n", T, S, G


@report
def r19():
    """青年志愿服务 (本次调查共有212人次参加): 经常/偶尔/从未 adding to 108% (each share alone
    fits 212); its twin a 可多选 question adding to 181.1%; a telephone follow-up of 100 whose
    whole-number shares add to 102, and its twin adding to 100; 男女比例为1.3:1, 七成, 三分之一."""
    S, G = {}, Groups()
    n = 212
    S["c_n"] = cnt(n, why="本次调查共有212人次参加: the survey's sample, stand-alone")
    question(S, "g", [120, 92], n)
    S["r_sex"] = ratio_spec("1.3", 120, 92, "男女比例 = men / women")
    G.add("ratio", ["r_sex"], num=120, den=92)
    question(S, "a", [87, 79, 46], n)
    for i, r in enumerate(["18~25", "26~35"]):
        S[f"d_a{i}"] = dec(r, "age range used as a category label")
    S["d_a2"] = dec("36", "age bound of a category label (36岁以上)")
    exclusive_over(S, G, "f", ["48", "39", "21"], n, what="经常/偶尔/从未 exclude each other")
    question(S, "w", [134, 109, 82, 43, 16], n, dp=1, bare=True, multi=True)
    G.add("multi", keys_of(S, "w"), base=n)
    S["v_seven"] = verbal("七成", "70", "近七成 = nearly 70%, a verbal rounded share with no printed precision", n, "sample")
    S["v_third"] = verbal("三分之一", repr(float(Fraction(100, 3))),
                          "约三分之一 = about 1/3 (33.33%), a rough fraction: not checkable", n, "sample")
    S["d_once"] = dec("1", "bound of a category (不足1次 a month)")
    whole_hundred(S, G, "h", ["31", "27", "25", "19"], "非常满意/满意/基本满意/不满意")
    whole_hundred(S, G, "k", ["34", "29", "22", "15"], "很有帮助/有一定帮助/帮助不大/没有帮助")
    S["c_reg"] = cnt(2.3, text="2.3万", value="2.3", why="registered volunteers in the county (2.3万): a stand-alone count")
    S["c_hours"] = cnt(15, text="15万", value="15", why="volunteer hours (超过15万小时), a bound: a stand-alone count")
    S["c_100"] = cnt(100, why="volunteers called back: the follow-up sample, stand-alone")
    S["d_year"] = dec("2023年", "year of the survey")
    T = """
全县青年志愿服务参与情况调查报告

共青团XX县委员会

近年来,我县青年志愿服务工作蓬勃发展,⟪全县注册志愿者达«c_reg»人⟫,⟪累计志愿服务时长超过«c_hours»小时⟫。为了解青年参与志愿服务的情况,团县委⟪于«d_year»通过问卷星⟫开展了专题调查,⟪本次调查共有«c_n»人次参加⟫。

一、基本情况
⟪受访者中男性«g_c0»人(«g_p0»)⟫,⟪女性«g_c1»人(«g_p1»)⟫,⟪男女比例为«r_sex»:1⟫。⟪«d_a0»岁的«a_c0»人,占«a_p0»⟫;⟪«d_a1»岁的«a_c1»人,占«a_p1»⟫;⟪«d_a2»岁以上的«a_c2»人,占«a_p2»⟫。

二、参与情况
对于“你是否参加过志愿服务”,⟪经常参加的占«f_p0»⟫,⟪偶尔参加的占«f_p1»⟫,⟪从未参加的占«f_p2»⟫。⟪约«v_third»的受访者⟫⟪每月参加志愿服务不足«d_once»次⟫。在“您最希望参加哪些类型的志愿服务”(可多选)中,⟪敬老助残«w_p0»⟫,⟪环境保护«w_p1»⟫,⟪文明交通«w_p2»⟫,⟪疫情防控«w_p3»⟫,⟪其他类型«w_p4»⟫。⟪近«v_seven»受访者认为⟫志愿服务“很有意义”。调查还发现,青年参与志愿服务的主要动机是“奉献社会、帮助他人”和“提升自身能力”,影响参与的主要因素是“工作学习忙、时间不够”和“不了解活动信息”。

三、电话回访情况
⟪团县委从注册志愿者中随机抽取«c_100»名⟫进行了电话回访。对志愿服务组织工作的满意度,⟪非常满意«h_p0»⟫,⟪满意«h_p1»⟫,⟪基本满意«h_p2»⟫,⟪不满意«h_p3»⟫。对岗前培训的评价,⟪认为很有帮助的«k_p0»⟫,⟪有一定帮助的«k_p1»⟫,⟪帮助不大的«k_p2»⟫,⟪没有帮助的«k_p3»⟫。

四、对策建议
一是健全志愿服务激励机制,推行志愿服务积分兑换,把志愿服务情况作为评优评先的参考;二是加强志愿者岗前培训,提高服务的专业化水平;三是打造青年志愿服务品牌项目,依托“志愿汇”平台及时发布活动信息,吸引更多青年常态化参与。
"""
    return "19_qingnian_zhiyuan_fuwu.txt", "utf-8", "\n", T, S, G


@report
def r20():
    """教育局简报 pasting two survey-platform exports (CRLF): 问卷星 (选项 小计 比例,
    本题有效填写人次) with a row whose count runs into its share ("4060.61%" = 40 and 60.61%,
    the only split), and 腾讯问卷 with space-separated thousands ("1 207") and a glued row cut
    off from its base line ("512.50%": 5|12.50% or 51|2.50%, damaged)."""
    S, G = {}, Groups()
    n = 84
    S["c_n"] = cnt(n, why="有效调查答卷84份: the teachers' sample, stand-alone")
    question(S, "a", [18, 39, 27], n)
    S["d_a0"] = dec("5", "bound of a category label (5年以下)")
    S["d_a1"] = dec("5-15", "range used as a category label")
    S["d_a2"] = dec("15", "bound of a category label (15年以上)")
    question(S, "b", [66, 18], n)
    sub = 66
    question(S, "c", [40, 19, 7], sub, src="stated")
    for k in keys_of(S, "c") + keys_of(S, "c", "c"):
        S[k].why += f"; the question prints its own base (本题有效填写人次 {sub}), the {sub} who answered 是 in 第2题"
    S["c_c0"].whole = S["c_p0"].whole = True
    glued = S["c_c0"].text + S["c_p0"].text
    S["c_c0"].why += f"; printed run into its share as '{glued}': the only split with a count <= {sub} whose share fits it"
    S["c_p0"].why += f"; printed run into its count as '{glued}'"
    G.add("glued", ["c_c0", "c_p0"], base=sub)
    G.add("single", keys_of(S, "c"), base=sub)
    S["c_sub"] = cnt(sub, n, "sample", why=f"本题有效填写人次 {sub} = the {sub} teachers who answered 是 in 第2题 (of {n})")
    S["d_ks"] = dec("2", "bound of a category label (2课时及以下)")
    S["d_q3"] = dec("3", "question number (第3题)")
    question(S, "m", [58, 47, 26, 41], n, multi=True)
    N = 3418
    S["c_N"] = cnt(N, text="3 418", why="有效答卷3 418份 (space as thousands separator): the parents' sample, stand-alone")
    question(S, "e", [1207, 1156, 1055], N)
    question(S, "f", [1962, 1018, 331, 107], N)
    for key in ("e", "f"):
        for k in keys_of(S, key, "c"):
            v = S[k].value
            if len(v) == 4:
                S[k].text = v[0] + " " + v[1:]
                S[k].why += " (printed with a space as thousands separator)"
    for i, r in enumerate(["1-2", "3-4", "5-6"]):
        S[f"d_e{i}"] = dec(r, "grade range used as a category label")
    S["x_glued"] = damaged("512.50%", (
        "count run into its share with the question's base line lost at the cut: 5|12.50% (5/40) or "
        f"51|2.50% (51/2040, 2040 <= {N}); the question is asked only of those who chose 否 in Q7, which the "
        "excerpt omits: the split is not unique, flag it and invent neither"))
    G.add("glued_damaged", ["x_glued"], max_base=N)
    S["d_q7"] = dec("7", "question number (Q7)")
    S["d_date"] = dec("2024年3月", "date of the bulletin")
    T = """
XX区教育局工作简报(第5期)
⟪XX区教育局办公室 «d_date»⟫

课后服务问卷调查结果

为深入了解全区义务教育阶段学校课后服务开展情况,区教育局近期分别面向教师和家长开展了问卷调查。教师问卷通过问卷星发放,家长问卷通过腾讯问卷发放,现将两份问卷的平台导出结果摘编如下。从结果看,家长对课后服务总体满意度较高,教师普遍认为课后服务增加了工作负担,希望落实课后服务补助、合理安排弹性上下班。

一、教师问卷(问卷星导出)
⟪教师问卷共收到有效调查答卷«c_n»份⟫。
第1题 您的教龄: [单选题]
选项 小计 比例
⟪«d_a0»年以下 «a_c0» «a_p0»⟫
⟪«d_a1»年 «a_c1» «a_p1»⟫
⟪«d_a2»年以上 «a_c2» «a_p2»⟫
本题有效填写人次 84
第2题 您是否承担课后服务任务: [单选题]
选项 小计 比例
⟪是 «b_c0» «b_p0»⟫
⟪否 «b_c1» «b_p1»⟫
本题有效填写人次 84
⟪第«d_q3»题 您每周承担⟫课后服务的课时数: [单选题]
选项 小计 比例
⟪«d_ks»课时及以下 «c_c0»«c_p0»⟫
⟪3-4课时 «c_c1» «c_p1»⟫
⟪5课时及以上 «c_c2» «c_p2»⟫
⟪本题有效填写人次 «c_sub»⟫
第4题 开展课后服务的主要困难有哪些: [多选题]
选项 小计 比例
⟪占用休息时间 «m_c0» «m_p0»⟫
⟪缺少补助 «m_c1» «m_p1»⟫
⟪内容设计难 «m_c2» «m_p2»⟫
⟪安全责任大 «m_c3» «m_p3»⟫
本题有效填写人次 84

二、家长问卷(腾讯问卷导出)
⟪家长问卷共回收有效答卷«c_N»份⟫。
Q1 孩子就读年级 [单选]
⟪«d_e0»年级 «e_c0» «e_p0»⟫
⟪«d_e1»年级 «e_c1» «e_p1»⟫
⟪«d_e2»年级 «e_c2» «e_p2»⟫
Q2 您对学校课后服务的总体满意度 [单选]
⟪非常满意 «f_c0» «f_p0»⟫
⟪比较满意 «f_c1» «f_p1»⟫
⟪一般 «f_c2» «f_p2»⟫
⟪不满意 «f_c3» «f_p3»⟫
……(中间部分略,完整内容请下载)……
Q8 您不满意的主要原因是 [单选]⟪(Q«d_q7»选择“否”的家长作答)⟫
⟪收费偏高 «x_glued»⟫
服务内容单
"""
    return "20_kehou_fuwu_daochu.txt", "utf-8", "\r\n", T, S, G


@report
def r21():
    """市民满意度电话调查: 数据经过加权处理 (weighted shares that are not k/400:
    not_checkable); margins of error ±4.90% for n = 400 (right) and ±5.66% for the 150 rural
    interviews (that is the figure for 300); 约320万人, 2.5倍, 约1/3."""
    S, G = {}, Groups()
    n, rural, N = 400, 150, 3_200_000
    S["c_n"] = cnt(n, why="共成功访问400人: the survey's sample, stand-alone")
    S["c_rural"] = cnt(rural, n, "sample", why=f"rural interviews, part of the {n}")
    S["c_pop"] = cnt(320, text="320万", value="320", why="resident population (约320万人): a stand-alone count")
    m = margin(n, N)
    printed = f"{margin(n):.2f}"
    assert printed == f"{m:.2f}" == "4.90"
    S["m_all"] = other("rate", printed + "%", printed, (
        f"margin of error at 95%: 1.96*sqrt(0.25/{n}) = {margin(n):.4f}% -> {printed}%; the correction for "
        f"a population of 320万 changes nothing ({m:.4f}%)"), expected="consistent", base=n, src="sample")
    G.add("margin", ["m_all"], n=n, N=N, printed=printed)
    bad = f"{margin(2 * rural):.2f}"
    right = f"{margin(rural):.2f}"
    z90 = 1.645 * math.sqrt(0.25 / rural) * 100
    assert bad not in (right, f"{z90:.2f}")
    S["m_rural"] = other("rate", bad + "%", bad, (
        f"margin of error at 95% for the {rural} rural interviews: 1.96*sqrt(0.25/{rural}) = {margin(rural):.4f}% -> "
        f"{right}% (no rural population printed; the correction is negligible for any county-sized one); "
        f"{bad}% is 1.96*sqrt(0.25/{2 * rural}), the figure for {2 * rural} interviews; at 90% (z=1.645) it would "
        f"be {z90:.2f}%: no convention gives {bad}%"), expected="inconsistent", base=rural, src="stated")
    G.add("margin", ["m_rural"], n=rural, N=None, printed=bad)
    weighted = {"s": ["36.4", "41.9", "15.1", "4.3", "2.3"], "w": ["54.7", "38.1", "33.9", "21.6"]}
    misses = []
    for key, vals in weighted.items():
        for i, v in enumerate(vals):
            fit = counts_fitting(v, n)
            if not fit:
                misses.append(v)
            S[f"{key}_p{i}"] = Spec(v + "%", v, "percent", "", "unknown", "not_checkable", (
                "数据经过加权处理: a weighted share is not k/n, so no count check applies; "
                + (f"as k/{n} it would be {'/'.join(map(str, fit))}" if fit else f"it is no k/{n} (GRIM would wrongly fail it)")))
    assert len(misses) >= 4
    G.add("weighted", keys_of(S, "s") + keys_of(S, "w"), n=n)
    tot = Fraction("36.4") + Fraction("41.9")
    S["p_sat"] = Spec("78.3%", "78.3", "percent", "", "unknown", "consistent",
                      f"满意率 = 非常满意 + 比较满意 = 36.4+41.9 = {fmt_sum(tot, 1)}, the sum of two printed shares "
                      f"(weighted shares add like any others)")
    G.add("sumof", ["p_sat", "s_p0", "s_p1"])
    S["p_net"] = Spec("62.5%", "62.5", "percent", "", "unknown", "not_checkable", "weighted share: not k/n, no count check")
    S["p_2018"] = Spec("25.0%", "25.0", "percent", "", "unknown", "not_checkable",
                       "the 2018 survey's weighted share, its sample not printed: no check")
    S["r_times"] = Spec("2.5", "2.5", "rate", "", "", "consistent",
                        "62.5/25.0 = 2.5 (from the rounded shares: 62.45/25.05 = 2.493 to 62.55/24.95 = 2.507, "
                        "all printing 2.5)")
    G.add("ratio", ["r_times"], num="62.5", den="25.0")
    S["v_third"] = verbal("1/3", repr(float(Fraction(100, 3))),
                          "约1/3 = about a third, a rough fraction (and weighted): not checkable")
    S["d_when"] = dec("2023年11月", "survey date")
    S["d_age"] = dec("18", "age bound of the population (18周岁及以上)")
    S["d_conf"] = dec("95%", "confidence level of the margin of error, not a share")
    S["d_y2018"] = dec("2018", "year of the earlier survey")
    T = """
2023年度市民对政务服务满意度调查结果发布

来源:市统计局社情民意调查中心

为了解市民对我市政务服务的评价,市统计局社情民意调查中心⟪于«d_when»开展了⟫电话调查。调查采用计算机辅助电话调查(CATI)方式,⟪对全市«d_age»周岁及以上常住居民⟫进行随机抽样,⟪共成功访问«c_n»人⟫,⟪在«d_conf»置信水平下⟫,⟪抽样误差为±«m_all»⟫。⟪其中农村居民样本«c_rural»人⟫,⟪该部分抽样误差为±«m_rural»⟫。为使样本结构与⟪全市约«c_pop»常住人口⟫的结构一致,数据经过加权处理。调查问卷由调查中心统一设计,访问员均经过专业培训。

一、总体满意度
⟪表示“非常满意”的占«s_p0»⟫,⟪“比较满意”的占«s_p1»⟫,⟪“一般”的占«s_p2»⟫,⟪“不太满意”的占«s_p3»⟫,⟪“很不满意”的占«s_p4»⟫,⟪满意率为«p_sat»⟫。

二、网上办事
⟪通过网上办理政务服务事项的市民比例为«p_net»⟫,⟪是«d_y2018»年(«p_2018»)的«r_times»倍⟫。但也有⟪约«v_third»的受访者表示⟫曾遇到“多头跑”“反复跑”的问题。

三、希望改进的方面(多选)
⟪“简化办事流程”«w_p0»⟫,⟪“延长服务时间”«w_p1»⟫,⟪“提高一次办结率”«w_p2»⟫,⟪“改善服务态度”«w_p3»⟫。

分领域看,市民对办事大厅环境、工作人员服务态度的评价较高,对网上办事系统稳定性、部门间数据共享的评价相对较低。部分受访者反映,一些事项虽然可以网上申请,但仍需到现场提交纸质材料,“网上办”与“线下跑”衔接不够顺畅。下一步,各级政务服务部门将针对调查反映的问题,持续深化“放管服”改革,推动更多事项“一网通办”“一次办成”。
"""
    return "21_shimin_manyidu_jiaquan.txt", "utf-8", "\n", T, S, G


@report
def r22():
    """护理论文: nested parts (共8例失访,其中观察组5例(2例搬迁,3例拒访),对照组3例), group
    sizes in headers (观察组(n=45)), a table flattened into rows (观察组 45 62.36±8.14 ...,
    t值, P值), a GRIM failure, a t that its means and SDs cannot give; twins: GRIM-possible
    means, t's that fit, a χ² recomputed from its counts."""
    S, G = {}, Groups()
    S["c_all"] = cnt(100, expected="consistent", why="stated total: 50+50=100 randomised")
    S["c_50"] = cnt(50, 100, "stated", why="各50例: 50+50=100; each arm then 45+5 and 47+3")
    G.add("total", ["c_all", "c_50", "c_50"])
    S["c_lost"] = cnt(8, expected="consistent", why="stated total lost to follow-up: 5 (观察组) + 3 (对照组) = 8; the "
                      "parenthesised 2 and 3 are parts of the 5, not more parts of the 8")
    S["c_lo"] = cnt(5, 8, "stated", why="part of the 8 lost, and itself the total of 2 moved + 3 refused = 5")
    S["c_move"] = cnt(2, 5, "stated", why="part of the 5 lost in the observation arm (2+3=5)")
    S["c_refuse"] = cnt(3, 5, "stated", why="part of the 5 lost in the observation arm (2+3=5)")
    S["c_lc"] = cnt(3, 8, "stated", why="part of the 8 lost (5+3=8)")
    G.add("total", ["c_lost", "c_lo", "c_lc"])
    G.add("total", ["c_lo", "c_move", "c_refuse"])
    S["c_n1"] = cnt(45, 50, "stated", why="观察组(n=45) = 50 randomised - 5 lost")
    S["c_n2"] = cnt(47, 50, "stated", why="对照组(n=47) = 50 randomised - 3 lost")
    G.add("total", ["c_50", "c_n1", "c_lo"])
    G.add("total", ["c_50", "c_n2", "c_lc"])
    S["c_t1"] = cnt(45, 50, "stated", why="table 例数, the analysed observation arm (n=45)")
    S["c_t2"] = cnt(47, 50, "stated", why="table 例数, the analysed control arm (n=47)")
    S["c_items"] = cnt(20, why="number of items of the scale: a stand-alone count")
    sc = "20 items scored 1~5: a whole total from 20 to 100"
    tab = {"a1": ("62.36", "8.14", 45), "a2": ("81.53", "7.21", 45), "b1": ("61.89", "7.92", 47), "b2": ("72.10", "8.05", 47)}
    for k, (m, sd, n) in tab.items():
        S[f"m_{k}"] = mean_spec(G, f"m_{k}", m, n, 20, 100, sc)
        S[f"s_{k}"] = sd_spec(G, f"s_{k}", f"m_{k}", sd, m, n, 20, 100, sc)
    assert S["m_b2"].expected == "inconsistent" and all(S[f"m_{k}"].expected == "consistent" for k in ("a1", "a2", "b1"))
    S["t_pre"] = t_spec(G, "t_pre", "0.283", 90, "=0.778", inputs=[("62.36", "m_a1"), ("8.14", "s_a1"),
                        ("61.89", "m_b1"), ("7.92", "s_b1")], ns=(45, 47))
    S["t_post"] = t_spec(G, "t_post", "5.917", 90, "=0.000", inputs=[("81.53", "m_a2"), ("7.21", "s_a2"),
                         ("72.10", "m_b2"), ("8.05", "s_b2")], ns=(45, 47),
                         note="(the control mean 72.10 is itself impossible, but t follows from the printed figures)")
    assert S["t_pre"].expected == S["t_post"].expected == "consistent"
    S["h_m1"] = plain_mean("7.12", "mean HbA1c in % (a continuous lab value): no integer-scale check", 45)
    S["h_s1"] = other("sd", "0.86", "0.86", "SD of HbA1c, a continuous lab value: no check of its own", base=45, src="stated")
    S["h_m2"] = plain_mean("7.64", "mean HbA1c in % (a continuous lab value): no integer-scale check", 47)
    S["h_s2"] = other("sd", "0.93", "0.93", "SD of HbA1c, a continuous lab value: no check of its own", base=47, src="stated")
    for k in ("h_m1", "h_m2"):
        S[k].base_source = "stated"
    S["t_hb"] = t_spec(G, "t_hb", "3.715", 90, "=0.000", inputs=[("7.12", "h_m1"), ("0.86", "h_s1"), ("7.64", "h_m2"),
                       ("0.93", "h_s2")], ns=(45, 47))
    assert S["t_hb"].expected == "inconsistent"
    S["p_h1"] = pct(2, 45, src="stated")
    S["p_h2"] = pct(7, 47, src="stated")
    S["c_h1"] = cnt(2, 45, "stated", why="hypoglycaemia, observation arm: 2 of 45")
    S["c_h2"] = cnt(7, 47, "stated", why="hypoglycaemia, control arm: 7 of 47")
    x, xy = chi2_2x2(2, 45, 7, 47), chi2_2x2(2, 45, 7, 47, yates=True)
    printed = f"{xy:.3f}"
    lo, hi = pv.p_range("chi2", printed, 1)
    assert p_fits("=0.182", lo, hi)
    S["x_hb"] = test_spec(printed, printed, "consistent", (
        f"2x2 (arm x hypoglycaemia), df=1, expected counts below 5 so the continuity correction applies: "
        f"2/45 vs 7/47 give χ² = {x:.3f} uncorrected, {xy:.3f} with Yates; p({printed}) = {p_text(lo)} to "
        f"{p_text(hi)}, printed P=0.182: consistent"))
    G.add("chi2calc", ["x_hb", "c_h1", "c_h2"], n1=45, n2=47)
    G.add("ptest", ["x_hb"], stat="chi2", df=[1], p="=0.182")
    S["d_when"] = dec("2022年3月至2023年2月", "study period (date)")
    S["d_fu"] = dec("6", "follow-up length in months (随访6个月), not a statistic")
    S["d_scale"] = dec("1~5", "scale points of an item")
    S["d_range"] = dec("20~100", "range of the total score")
    S["d_tab"] = dec("1", "table number (表1)")
    S["d_ref"] = dec("5", "reference number [5]")
    S["d_type"] = dec("2", "the 2 of 2型糖尿病 (type 2 diabetes), not a number of anything")
    T = """
基于微信平台的延续护理对2型糖尿病患者自我管理行为的影响

摘要 目的:探讨基于微信平台的延续护理对2型糖尿病患者自我管理行为及血糖控制的影响。方法:⟪选取«d_when»⟫在我院内分泌科出院的⟪«d_type»型糖尿病患者«c_all»例⟫,按随机数字表法分为⟪观察组和对照组各«c_50»例⟫。对照组给予常规出院指导,观察组在此基础上实施基于微信平台的延续护理。⟪随访«d_fu»个月⟫,⟪共«c_lost»例失访⟫,⟪其中观察组«c_lo»例(«c_move»例搬迁⟫,⟪«c_refuse»例拒访)⟫,⟪对照组«c_lc»例,⟫⟪最终观察组(n=«c_n1»)⟫、⟪对照组(n=«c_n2»)纳入分析⟫。采用糖尿病自我管理行为量表评价,⟪共«c_items»个条目⟫,⟪每个条目«d_scale»分⟫,⟪总分«d_range»分⟫,⟪得分越高自我管理行为越好[«d_ref»]⟫。

2 结果
⟪表«d_tab» 两组干预前后⟫自我管理行为评分比较(分, x±s)
组别 例数 干预前 干预后
⟪观察组 «c_t1» «m_a1»±«s_a1» «m_a2»±«s_a2»⟫
⟪对照组 «c_t2» «m_b1»±«s_b1» «m_b2»±«s_b2»⟫
⟪t值 «t_pre» «t_post»⟫
P值 0.778 0.000
干预后⟪观察组糖化血红蛋白(«h_m1»±«h_s1»)%⟫,⟪对照组(«h_m2»±«h_s2»)%⟫,⟪两组比较t=«t_hb»,P=0.000⟫。⟪观察组低血糖发生率为«p_h1»(«c_h1»/45)⟫,⟪对照组为«p_h2»(«c_h2»/47)⟫,差异无统计学意义⟪(χ²=«x_hb»,P=0.182)⟫。

3 讨论
延续护理是住院护理的延伸,能够使出院患者在恢复期内继续得到专业的护理指导。本研究借助微信平台,通过推送健康知识、定期随访、在线答疑等方式,帮助患者掌握饮食控制、运动锻炼、血糖监测和规范用药等自我管理技能。结果表明,基于微信平台的延续护理能够提高糖尿病患者的自我管理水平,改善血糖控制,值得在临床推广应用。
"""
    return "22_huli_yanxu_huli.txt", "utf-8-sig", "\n", T, S, G


@report
def r23():
    """教育论文: statistics without df: "χ²=3.41,P<0.05" (p >= 0.065 at df=1, a decision
    error for every df), "t=1.50,P<0.05" (p >= 0.132 at the normal limit); twins: a χ² whose
    P fits df=2 only (consistent_if), F, Z, r with n, a χ² recomputed from its counts."""
    S, G = {}, Groups()
    issued, n = 650, 612
    S["c_iss"] = cnt(issued, why="questionnaires issued")
    S["c_n"] = cnt(n, issued, "issued", why=f"{n} valid <= {issued} issued")
    S["p_eff"] = pct(n, issued, src="issued", note="有效率 = valid / issued")
    S["p_all"] = pct(168, n)
    S["c_all"] = cnt(168, n, "sample", why="97 boys + 71 girls = 168 with burnout, of 612")
    S["c_b"] = cnt(97, 323, "stated", why="boys with burnout, of 323 boys")
    S["c_g"] = cnt(71, 289, "stated", why="girls with burnout, of 289 girls")
    S["c_nb"] = cnt(323, n, "sample", why="323 boys + 289 girls = 612")
    S["c_ng"] = cnt(289, n, "sample", why="323 boys + 289 girls = 612")
    G.add("total", ["c_all", "c_b", "c_g"])
    G.add("total", ["c_n", "c_nb", "c_ng"])
    S["p_b"] = pct(97, 323, src="stated")
    S["p_g"] = pct(71, 289, src="stated")
    x = chi2_2x2(97, 323, 71, 289)
    lo, hi = pv.p_range("chi2", "2.286", 1)
    assert f"{x:.3f}" == "2.286" and p_fits("=0.131", lo, hi)
    S["x_sex"] = test_spec("2.286", "2.286", "consistent", (
        f"2x2 (sex x burnout), df=1: 97/323 vs 71/289 give χ² = {x:.4f} without correction; "
        f"p(2.286) = {p_text(lo)} to {p_text(hi)}, printed P=0.131: consistent"))
    G.add("chi2calc", ["x_sex", "c_b", "c_g"], n1=323, n2=289)
    G.add("ptest", ["x_sex"], stat="chi2", df=[1], p="=0.131")
    sc = "16 items scored 1~5: a whole total from 16 to 80"
    S["m_b"] = mean_spec(G, "m_b", "46.11", 323, 16, 80, sc)
    S["s_b"] = sd_spec(G, "s_b", "m_b", "9.71", "46.11", 323, 16, 80, sc)
    S["m_g"] = mean_spec(G, "m_g", "44.91", 289, 16, 80, sc)
    S["s_g"] = sd_spec(G, "s_g", "m_g", "10.03", "44.91", 289, 16, 80, sc)
    for k in ("m_b", "m_g"):
        S[k].why += " (at n >= 100 every two-decimal mean is reachable: GRIM cannot fail)"
    a, b = t_interval("46.11", "9.71", 323, "44.91", "10.03", 289)
    assert a <= 1.50 <= b
    S["t_sex"] = test_any_df(G, "t_sex", "t", "1.50", "<0.05", "boys vs girls (323 and 289: df=610 if printed)")
    S["t_sex"].why += (f"; the means and SDs give t = {a:.3f} to {b:.3f}, so the t itself fits: the P is what is wrong")
    G.add("tcalc", ["t_sex", "m_b", "s_b", "m_g", "s_g"], n1=323, n2=289)
    S["c_only"] = cnt(86, n, "sample", why="only children, a sub-group of the 612")
    S["m_only"] = mean_spec(G, "m_only", "44.63", 86, 16, 80, sc)
    S["s_only"] = sd_spec(G, "s_only", "m_only", "10.21", "44.63", 86, 16, 80, sc)
    S["x_only"] = test_any_df(G, "x_only", "chi2", "3.41", "<0.05",
                              "only child or not x burnout (a 2x2 table, df=1, though the paper prints no df)")
    S["x_edu"] = test_any_df(G, "x_edu", "chi2", "7.36", "=0.025",
                             "parents' education (categories not listed) x burnout")
    assert S["x_only"].expected == "inconsistent" and S["x_edu"].expected == "consistent_if"
    assert S["t_sex"].expected == "inconsistent"
    lo, hi = pv.p_range("f", "4.18", 2, n - 3)
    assert p_fits("=0.016", lo, hi)
    S["f_grade"] = test_spec("4.18", "4.18", "consistent", (
        f"one-way ANOVA across three grades (初一, 初二, 初三): df=(2, {n - 3}); p(4.18) = {p_text(lo)} to "
        f"{p_text(hi)}, printed P=0.016: consistent"))
    G.add("ptest", ["f_grade"], stat="f", df=[2], fixed=[n - 3], p="=0.016")
    lo, hi = pv.p_range("z", "2.31")
    assert p_fits("=0.021", lo, hi)
    S["z_sleep"] = test_spec("2.31", "2.31", "consistent", (
        f"rank-sum z, two-sided normal p(2.31) = {p_text(lo)} to {p_text(hi)}, printed P=0.021: consistent"))
    G.add("ptest", ["z_sleep"], stat="z", df=[], p="=0.021")
    S["c_120"] = cnt(120, n, "sample", why="students followed up, a sub-group of the 612")
    lo, hi = pv.p_range("r", "-0.35", 120)
    assert p_fits("<0.01", lo, hi)
    S["r_eff"] = test_spec("-0.35", "-0.35", "consistent", (
        f"Pearson r with n=120 (df=118): t = 0.35*sqrt(118)/sqrt(1-0.35²) = 4.06, p = {p_text(lo)} to {p_text(hi)}, "
        f"printed P<0.01: consistent"))
    G.add("ptest", ["r_eff"], stat="r", df=[120], p="<0.01")
    S["d_schools"] = cnt(3, why="number of schools: a stand-alone count")
    S["c_items"] = cnt(16, why="number of items of the scale: a stand-alone count")
    S["d_scale"] = dec("1~5", "scale points of an item")
    S["d_tab"] = dec("2", "table number (表2)")
    S["d_ref"] = dec("12", "reference number [12]")
    S["d_cls"] = dec("444", "library classification number (G444)")
    S["d_issn"] = dec("1671-0000", "article number / ISSN")
    T = """
初中生学业倦怠现状及其影响因素分析

[摘要] 目的 了解初中生学业倦怠现状及其影响因素。方法 采用分层整群抽样法,⟪选取某市«d_schools»所初级中学⟫初一至初三学生,采用中学生学业倦怠量表⟪(共«c_items»个条目⟫,⟪«d_scale»级评分)⟫进行问卷调查,⟪共发放问卷«c_iss»份⟫,⟪回收有效问卷«c_n»份⟫⟪(有效率«p_eff»)⟫。结果 ⟪学业倦怠检出率为«p_all»(«c_all»/612)⟫,⟪男生检出率«p_b»(«c_b»/«c_nb»)⟫,⟪女生«p_g»(«c_g»/«c_ng»)⟫,差异无统计学意义⟪(χ²=«x_sex»,P=0.131)⟫。⟪男生倦怠总分(«m_b»±«s_b»)分⟫,⟪女生(«m_g»±«s_g»)分⟫,差异有统计学意义⟪(t=«t_sex»,P<0.05)⟫。⟪独生子女(n=«c_only»)倦怠总分为⟫⟪(«m_only»±«s_only»)分⟫,是否独生子女学生的检出率差异有统计学意义⟪(χ²=«x_only»,P<0.05)⟫;不同父母文化程度学生的检出率差异有统计学意义⟪(χ²=«x_edu»,P=0.025)⟫。不同年级学生倦怠总分差异有统计学意义⟪(F=«f_grade»,P=0.016)⟫,⟪详见表«d_tab»。⟫周末睡眠时间不足的学生倦怠得分较高⟪(Z=«z_sleep»,P=0.021)⟫。⟪对其中«c_120»名学生⟫的追踪测评显示,倦怠总分与学业自我效能感呈负相关⟪(r=«r_eff»,P<0.01)⟫。结论 初中生学业倦怠问题不容忽视,学校和家庭应关注学生的睡眠和学业自我效能感,⟪及早干预[«d_ref»]⟫。
[关键词] 学业倦怠;初中生;影响因素
⟪[中图分类号] G«d_cls»⟫ [文献标识码] A ⟪[文章编号] «d_issn»(2023)⟫04-0056-04
学业倦怠是指学生由于长期的学业压力或负担而产生的精力耗竭、对学习缺乏热情、学习效能感降低等消极状态,不仅影响学生的学业成绩,也影响其身心健康。
"""
    return "23_chuzhongsheng_xueye_juandai.txt", "utf-8", "\n", T, S, G


@report
def r24():
    """医学论文 from a PDF conversion: full-width digits (８５．２％), a 。 for the decimal
    point (t=3。27), a space after the decimal point (52. 17), a χ² cut by a line break
    (6.|94), χ2 printed with an ASCII 2; a GRIM failure (47.36 for n=54)."""
    S, G = {}, Groups()
    S["c_all"] = cnt(108, expected="consistent", why="stated total: 54+54=108")
    S["c_arm"] = cnt(54, 108, "stated", why="每组54例: 54+54=108")
    G.add("total", ["c_all", "c_arm", "c_arm"])
    for key, (men, women) in (("1", (29, 25)), ("2", (27, 27))):
        S[f"c_m{key}"] = cnt(men, 54, "stated", why=f"men in the arm: {men}+{women}=54")
        S[f"c_f{key}"] = cnt(women, 54, "stated", why=f"women in the arm: {men}+{women}=54")
        G.add("total", ["c_arm", f"c_m{key}", f"c_f{key}"])
    S["c_items"] = cnt(20, why="number of items of the scale: a stand-alone count")
    sc = "20 items scored 1~4: a whole total from 20 to 80"
    S["m_a"] = mean_spec(G, "m_a", "52. 17", 54, 20, 80, sc)
    S["m_a"].why += "; printed with a space after the decimal point"
    S["s_a"] = sd_spec(G, "s_a", "m_a", "6.38", "52.17", 54, 20, 80, sc)
    S["m_b"] = mean_spec(G, "m_b", "47.36", 54, 20, 80, sc)
    S["s_b"] = sd_spec(G, "s_b", "m_b", "7.12", "47.36", 54, 20, 80, sc)
    assert S["m_a"].expected == "consistent" and S["m_b"].expected == "inconsistent"
    S["t_sc"] = t_spec(G, "t_sc", "3.70", 106, "=0.000", inputs=[("52.17", "m_a"), ("6.38", "s_a"), ("47.36", "m_b"),
                       ("7.12", "s_b")], ns=(54, 54))
    wide = "８５．２％"
    S["p_a"] = pct(46, 54, dp=1, src="stated")
    assert S["p_a"].value == "85.2"
    S["p_a"].text = wide
    S["p_a"].why += "; printed in full-width digits and signs"
    S["p_b"] = pct(34, 54, dp=1, src="stated")
    S["c_a"] = cnt(46, 54, "stated", why="adherent, observation arm: 46 of 54")
    S["c_b"] = cnt(34, 54, "stated", why="adherent, control arm: 34 of 54")
    x, xy = chi2_2x2(46, 54, 34, 54), chi2_2x2(46, 54, 34, 54, yates=True)
    lo, hi = pv.p_range("chi2", "6.94", 1)
    assert f"{x:.2f}" == "6.94" and p_fits("<0.01", lo, hi)
    S["x_ad"] = test_spec("94", "6.94", "consistent", (
        f"χ² cut by a line break as '6.' | '94': reported is the piece after the break, a good repair reads 6.94; "
        f"2x2 (arm x adherence), df=1: 46/54 vs 34/54 give χ² = {x:.3f} ({xy:.3f} with Yates); "
        f"p(6.94) = {p_text(lo)} to {p_text(hi)}, printed P＜0.01: consistent"))
    G.add("chi2calc", ["x_ad", "c_a", "c_b"], n1=54, n2=54)
    G.add("ptest", ["x_ad"], stat="chi2", df=[1], p="<0.01")
    S["b_a"] = plain_mean("132.46", "mean systolic pressure in mmHg: no integer-scale check", 54)
    S["b_sa"] = other("sd", "10.27", "10.27", "SD of systolic pressure: no check of its own", base=54, src="stated")
    S["b_b"] = plain_mean("139.15", "mean systolic pressure in mmHg: no integer-scale check", 54)
    S["b_sb"] = other("sd", "11.03", "11.03", "SD of systolic pressure: no check of its own", base=54, src="stated")
    for k in ("b_a", "b_b"):
        S[k].base_source = "stated"
    S["t_bp"] = t_spec(G, "t_bp", "3.27", 106, "<0.01", inputs=[("132.46", "b_a"), ("10.27", "b_sa"),
                       ("139.15", "b_b"), ("11.03", "b_sb")], ns=(54, 54), shown="3。27")
    assert S["t_sc"].expected == S["t_bp"].expected == "consistent"
    S["d_when"] = dec("2021年1月—2022年12月", "study period (date)")
    S["d_age"] = dec("60", "age bound of the population (60岁以上)")
    S["d_scale"] = dec("1~4", "scale points of an item")
    S["d_chi"] = dec("2", "the 2 of χ2 (chi-square) printed with an ASCII digit, not a number")
    S["d_ref"] = dec("3", "reference number [3]")
    S["d_page"] = dec("2", "page marker of the PDF (第2页)")
    T = """
健康教育路径对老年高血压患者服药依从性及血压控制的影响
【摘要】目的 探讨健康教育路径对老年高血压患者服药依从性及血压控制的影响。方法 ⟪选取«d_when»我院⟫收治的⟪«d_age»岁以上高血压患者«c_all»例⟫,按入院顺序分为观察组和对照组,⟪每组«c_arm»例⟫。⟪观察组男«c_m1»例,女«c_f1»例⟫;⟪对照组男«c_m2»例⟫,⟪女«c_f2»例。两组一般资料⟫比较,差异无统计学意义(P＞0.05)。对照组实施常规健康教育,观察组实施健康教育路径。采用服药依从性量表⟪(共«c_items»个条目⟫,⟪每个条目«d_scale»分)⟫评价,两组比较采用⟪t检验和χ«d_chi»检验⟫。结果 干预后⟪观察组服药依从性评分为(«m_a»±«s_a»)分⟫,⟪对照组为(«m_b»±«s_b»)分⟫,⟪t=«t_sc»,P=0.000⟫;⟪观察组服药依从率为«p_a»(«c_a»/54)⟫,⟪对照组为«p_b»(«c_b»/54)⟫,两组比较χ2值为6.
⟪«x_ad»,P＜0.01⟫。干预后⟪观察组收缩压为(«b_a»±«b_sa»)mmHg⟫,⟪低于对照组的(«b_b»±«b_sb»)mmHg⟫,⟪t=«t_bp»,P＜0.01⟫。
⟪—第«d_page»页—⟫
3 讨论 老年高血压患者病程长、用药种类多,加之记忆力减退,漏服、错服药物的情况较为常见。健康教育路径将健康教育内容按住院时间进行规范化、程序化安排,使患者在住院期间循序渐进地掌握疾病知识和用药方法,出院后再通过电话随访强化。
结论 健康教育路径可提高老年高血压患者的服药依从性,有助于⟪血压控制[«d_ref»]。⟫
关键词 健康教育路径;高血压;服药依从性;老年患者
"""
    return "24_gaoxueya_yicongxing.txt", "utf-8", "\n", T, S, G


def spaced(n: int) -> str:
    """A count printed with a space as its thousands separator ("8 126")."""
    s = str(n)
    return s if len(s) <= 3 else s[:-3] + " " + s[-3:]


@report
def r25():
    """青年发展状况调查 on a document site: counts with a space as thousands separator
    (共回收有效问卷8 126份,其中男4 115名; 在校学生3 418人,占42.06%: read as 418 it would be a
    false alarm), damaged shares (37。42%, 52. 17%, 2|8.57% cut by a line break). No errors."""
    S, G = {}, Groups()
    N = 8126
    S["c_N"] = cnt(N, text=spaced(N), why="共回收有效问卷8 126份 (space as thousands separator): the sample, stand-alone")
    for key, counts in (("g", [4115, 4011]), ("a", [1207, 2904, 4015]), ("e", [3418, 3902, 806])):
        question(S, key, counts, N)
        for k in keys_of(S, key, "c"):
            if len(S[k].value) > 3:
                S[k].text = spaced(int(S[k].value))
                S[k].why += " (printed with a space as thousands separator)"
        G.add("single", keys_of(S, key), base=N)
    S["e_c0"].why += f"; read as 418 it would give 418/{N}={q(418, N, 2)}%, not 42.06%: only the whole number fits"
    question(S, "m", [5012, 4239, 3041, 2322], N, multi=True)
    for k in keys_of(S, "m", "c"):
        S[k].text = spaced(int(S[k].value))
    S["m_p1"].text = "52. 17%"
    S["m_p1"].why += "; printed with a space after the decimal point"
    S["m_p2"].text = "37。42%"
    S["m_p2"].why += "; printed with 。 for the decimal point"
    assert S["m_p3"].value == "28.57"
    S["m_p3"].text = "8.57%"
    S["m_p3"].why += "; cut by a line break as '2' | '8.57%': reported is the piece after the break, a good repair reads 28.57"
    G.add("multi", keys_of(S, "m"), base=N)
    for i, r in enumerate(["14~17", "18~24", "25~35"]):
        S[f"d_a{i}"] = dec(r, "age range used as a category label")
    S["d_up"] = dec("2023-03-15", "upload date in the site header")
    S["d_pages"] = dec("12", "page count in the site header")
    S["d_year"] = dec("2022年", "year of the survey")
    S["d_plan"] = dec("2021-2025", "years of a plan in a related-document link")
    T = """
XX市青年发展状况调查报告(摘要)
⟪上传时间:«d_up»⟫ ⟪页数:«d_pages»⟫ 下载券:5

为全面掌握全市青年发展状况,市青年工作联席会议办公室⟪于«d_year»组织开展⟫了全市青年发展状况抽样调查,调查对象为14至35周岁的常住青年。⟪共回收有效问卷«c_N»份⟫,⟪其中男«g_c0»名(«g_p0»)⟫,⟪女«g_c1»名(«g_p1»)⟫。

一、样本结构
从年龄看,⟪«d_a0»岁«a_c0»人,占«a_p0»⟫;⟪«d_a1»岁«a_c1»人,占«a_p1»⟫;⟪«d_a2»岁«a_c2»人,占«a_p2»⟫。从身份看,⟪其中在校学生«e_c0»人,占«e_p0»⟫;⟪已就业青年«e_c1»人,占«e_p1»⟫;⟪待业及其他«e_c2»人,占«e_p2»⟫。

二、青年最关心的问题(多选)
⟪就业创业«m_c0»人,占«m_p0»⟫;⟪住房«m_c1»人,占«m_p1»⟫;⟪婚恋交友«m_c2»人,占«m_p2»⟫;⟪子女教育«m_c3»人,占2⟫
⟪«m_p3»。数据显示⟫,就业和住房是青年最关心的两大问题,婚恋交友问题在25岁以上青年中尤为突出。

三、主要发现
调查显示,全市青年思想主流积极健康,对城市发展前景充满信心。与此同时,青年在就业、住房、婚恋等方面面临的压力不容忽视,部分青年对相关扶持政策知晓度不高,参与社会事务的渠道有待拓宽。

四、意见建议
青年普遍希望政府在就业见习、创业扶持、青年人才公寓、婚恋交友服务等方面出台更多务实举措,为青年发展营造良好环境。

本文档由用户上传,仅供学习交流使用,如有侵权请联系删除。
相关文档:⟪XX市中长期青年发展规划(«d_plan»年)⟫ | 青年工作调研报告范文 | 共青团工作总结
"""
    return "25_qingnian_fazhan_diaocha.txt", "utf-8", "\n", T, S, G


@report
def r26():
    """社区居民满意度 (样本量为500户; GB18030): one-decimal shares of 500 are exact (k/500 has
    one decimal, always an even tenth), so 31.5% is impossible and its question prints 99.9%;
    twin questions print exact shares summing to 100.0%; a margin of error printed without the
    finite-population correction although the population (4,870户) is printed: one convention."""
    S, G = {}, Groups()
    n, N = 500, 4870
    S["c_pop"] = cnt(N, text="4,870", why="households in the community (the population): a stand-alone count")
    S["c_n"] = cnt(n, why="样本量为500户: the sample, stand-alone")
    srs, fpc = margin(n), margin(n, N)
    printed = f"{srs:.2f}"
    assert printed != f"{fpc:.2f}"
    S["m_err"] = other("rate", printed + "%", printed, (
        f"margin of error at 95%: 1.96*sqrt(0.25/{n}) = {srs:.4f}% -> {printed}% without the finite-population "
        f"correction; with it (N={N}) {fpc:.4f}%: the uncorrected convention gives the printed figure"),
        expected="consistent", base=n, src="sample")
    G.add("margin", ["m_err"], n=n, N=N, printed=printed)
    S["d_conf"] = dec("95%", "confidence level of the margin of error, not a share")
    question(S, "a", [192, 206, 102], n, dp=1, bare=True)
    G.add("single", keys_of(S, "a"), base=n)
    question(S, "h", [234, 158, 76, 32], n, dp=1, bare=True, errors={1: {
        "printed": "31.7", "note": f"one-decimal shares of {n} are exact even tenths (k/{n} = k/5 %): 158/{n}=31.6%, "
                                   f"159/{n}=31.8%; the question prints 100.1% where exact shares must add to 100.0"}})
    hs = [S[k].value for k in keys_of(S, "h")]
    assert not any(joint_any(hs, x) for x in range(1, n + 1))
    add_why(S, keys_of(S, "h"), f"no base from 1 to {n} fits the four shares together (with counts adding up to it) "
                                f"under half-up, half-even or truncation, so item non-response cannot excuse 31.7")
    G.add("single", keys_of(S, "h"), base=n)
    question(S, "w", [178, 191, 97, 34], n, dp=1, bare=True)
    G.add("single", keys_of(S, "w"), base=n)
    for key in ("a", "w"):
        add_why(S, keys_of(S, key), f"shares of {n} are exact to one decimal: the question adds to exactly 100.0%")
    question(S, "m", [292, 238, 166, 149], n, dp=1, bare=True, multi=True)
    G.add("multi", keys_of(S, "m"), base=n)
    S["p_hot"] = pct(363, n, dp=1, bare=True)
    S["d_hot"] = dec("12345", "hotline number (12345热线)")
    S["d_when"] = dec("2023年7月10日至20日", "survey period (date)")
    S["d_a0"] = dec("60", "age bound of a category label (60岁以上)")
    S["d_a1"] = dec("40~59", "age range used as a category label")
    S["d_a2"] = dec("40", "age bound of a category label (40岁以下)")
    S["d_bldg"] = dec("3", "building number (3号楼)")
    T = """
XX社区居民满意度调查报告

为了解居民对社区服务的满意程度,XX社区居委会⟪于«d_when»开展⟫了入户调查。⟪社区共有常住居民«c_pop»户⟫,调查内容包括社区环境、物业服务、公共设施、社区治理等方面,由社区网格员和志愿者担任调查员入户面访,采用系统抽样方法抽取样本,⟪样本量为«c_n»户⟫,⟪在«d_conf»置信水平下⟫⟪抽样误差约为±«m_err»⟫。

一、受访户基本情况
⟪户主年龄«d_a0»岁以上的占«a_p0»⟫,⟪«d_a1»岁的占«a_p1»⟫,⟪«d_a2»岁以下的占«a_p2»⟫。

二、满意度情况
(一)社区环境卫生:⟪“满意”«h_p0»⟫,⟪“比较满意”«h_p1»⟫,⟪“一般”«h_p2»⟫,⟪“不满意”«h_p3»⟫。部分居民反映⟪«d_bldg»号楼周边⟫垃圾清运不及时。
(二)物业服务:⟪评价“满意”的«w_p0»⟫,⟪“比较满意”的«w_p1»⟫,⟪“一般”的«w_p2»⟫,⟪“不满意”的«w_p3»⟫。

三、居民认为最需要改进的方面(可多选)
⟪停车管理«m_p0»⟫,⟪老旧设施维修«m_p1»⟫,⟪垃圾分类«m_p2»⟫,⟪居家养老服务«m_p3»⟫。

四、其他
⟪居民对“«d_hot»”热线的知晓率为«p_hot»⟫。

五、存在的问题及建议
从调查情况看,居民对社区工作总体认可,但停车难、老旧小区设施老化、物业服务不到位等问题仍较突出,部分老年居民对线上办事渠道不熟悉。入户访谈中,有居民提出,希望社区增设老年助餐点、定期组织义诊,并加强对电动自行车违规充电的巡查。社区将根据调查结果,建立问题清单,明确责任人和完成时限,逐项整改落实,并在下一年度继续开展满意度调查,持续跟踪整改成效。
"""
    return "26_shequ_manyidu_500.txt", "gb18030", "\n", T, S, G


@report
def r27():
    """公众号 article with no n anywhere: 14 whole-number shares whose smallest common base is
    58 (too coarse to establish it: the chance that they fit 58 by accident is above 1e-4):
    consistent_if with base 58, as the smallest base that fits every share."""
    S, G = {}, Groups()
    b = 58
    qs = {"q1": ([37, 11, 10], True), "q2": ([32, 26], True), "q3": ([46, 39, 9, 8], False),
          "q4": ([34, 17, 7], True), "q5": ([38, 20], True)}
    allv = []
    for key, (counts, single) in qs.items():
        for i, k in enumerate(counts):
            S[f"{key}_p{i}"] = pct(k, b, dp=0, src="other", bare=True, expected="consistent_if")
            allv.append(S[f"{key}_p{i}"].value)
        G.add("single" if single else "multi", keys_of(S, key), base=b)
    total = len(allv)
    ch = chance(b, 0, total)
    assert ch > 1e-4
    questions = [([S[k].value for k in keys_of(S, key)], single) for key, (_, single) in qs.items()]
    small = [x for x in range(1, b + 1) if all(joint_bases(v, x, x, total=t) for v, t in questions)]
    assert small and small[0] == b
    ev = (f"no n printed: {b} is the smallest base that fits all {total} whole-number shares of the page "
          f"(with each single-choice question's counts adding up to it); the chance that {total} whole-number "
          f"shares fit {b} by accident is {sci(ch)}, too large to establish it (multiples such as {2 * b} fit too): "
          f"consistent only if the base is {b}")
    keys = [k for key in qs for k in keys_of(S, key)]
    add_why(S, keys, ev)
    add_why(S, keys_of(S, "q3"), "multi-select (哪些): shares sum to "
            f"{int(psum([S[k] for k in keys_of(S, 'q3')]))}%")
    G.add("smallest", keys, base=b)
    S["c_proj"] = cnt(26, expected="consistent", why="projects listed: the base of 已完成23项 and of the completion rate")
    S["c_done"] = cnt(23, 26, "stated", why="23 of the 26 projects done")
    S["p_done"] = pct(23, 26, dp=1, src="stated", note="完成率 = projects done / projects listed, a separately stated base")
    S["c_proj"].expected = "n/a"
    S["c_proj"].why = "projects listed: a stand-alone count (the base of the completion rate)"
    S["d_date"] = dec("2023-06-12", "date of the post")
    S["d_read"] = dec("1264", "reading counter (阅读 1264)")
    S["d_q"] = dec("3", "question number (第3题)")
    T = """
“我为群众办实事”群众满意度调查结果出炉

XX街道发布 ⟪«d_date»⟫ ⟪阅读 «d_read»⟫

活动开展以来,街道坚持“群众点单、街道接单”,⟪共梳理民生实事项目«c_proj»项⟫,⟪目前已完成«c_done»项⟫,⟪完成率«p_done»⟫,涉及老旧小区改造、社区食堂、口袋公园建设等。为检验活动成效,街道近期面向辖区居民开展了线上满意度调查,结果如下:

对街道办实事项目的总体评价,⟪满意的占«q1_p0»⟫,⟪基本满意的占«q1_p1»⟫,⟪不满意的占«q1_p2»⟫。
⟪您是否知道街道的“民生实事清单”?知道«q2_p0»⟫,⟪不知道«q2_p1»⟫。
⟪第«d_q»题“您最关注哪些民生领域”⟫(可多选):⟪养老服务«q3_p0»⟫,⟪医疗卫生«q3_p1»⟫,⟪文体活动«q3_p2»⟫,⟪便民设施«q3_p3»⟫。
对工作人员服务态度,⟪评价“好”的«q4_p0»⟫,⟪“较好”的«q4_p1»⟫,⟪“一般”的«q4_p2»⟫。
⟪您是否参加过街道组织的议事协商活动?参加过«q5_p0»⟫,⟪没有参加过«q5_p1»⟫。

从留言情况看,居民对社区食堂、口袋公园等项目评价较高,也对老旧小区加装电梯、停车位紧张等问题提出了意见建议。下一步,街道将继续聚焦群众急难愁盼,建立“征集—办理—反馈—评价”闭环机制,把实事办好、好事办实。

来源:XX街道党工委  编辑:王**  审核:李**
欢迎关注“XX街道发布”,及时了解街道工作动态。
"""
    return "27_gongzhonghao_banshishi.txt", "utf-8", "\n", T, S, G


# --------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------

def build(out_dir=HERE):
    """Render every report of the set, its labels.csv and groups.csv; return the label rows."""
    out_dir = pathlib.Path(out_dir)
    rows, keyed = bc.write_reports(REPORTS, out_dir, LENGTHS)
    bc.write_csv(out_dir / "labels.csv", bc.COLUMNS, rows)
    grows, start = [], 0
    for name, keys, extra in keyed:
        index = {k: start + i + 1 for i, k in enumerate(keys)}
        for gi, (gtype, ks, facts) in enumerate(extra[0].items, 1):
            grows.append([name, f"g{gi}", gtype, " ".join(str(index[k]) for k in ks),
                          json.dumps(facts, ensure_ascii=False, sort_keys=True)])
        start += len(keys)
    bc.write_csv(out_dir / "groups.csv", GROUP_COLUMNS, grows)
    return rows
