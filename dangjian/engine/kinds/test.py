"""``test``: a test statistic with its p-value, as statcheck checks it.

Finder
    Each test read by :func:`dangjian.engine.papers.find_paper_numbers`
    ("χ²=5.67, P<0.05", "t=2.13,P=0.035", "F(2,147)=4.21,P<0.01"), with the two
    rates of its sentence (or the one before) that a χ² may compare and the
    sizes of the two groups it may compare.

Judge
    The printed statistic is widened by its rounding, the p-value range
    recomputed (:func:`dangjian.engine.papers.p_value_range`), and compared
    with the printed p (exact or a bound).  A missing df is derived where the
    design gives it (t: n₁ + n₂ − 2 from the two groups' sizes; χ² of two
    rates: 1), and the assumption says so; otherwise the test is not
    checkable.  When the printed and recomputed p fall on different sides of
    0.05 the check is ``decision_error``.  A χ² of two printed rates is also
    recomputed from their 2×2 table, with and without Yates' correction
    (Fisher's exact test beside it when an expected count is below 5).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..judging import make_check
from ..papers import arm_counts, p_value_range, printed_p, two_group_ns
from ..records import ClaimList, Group, span_at
from ..results import Check
from ..shares import is_difference, whole
from .crosstab import chi2_statistics

__all__ = ["TestGroup", "find", "judge"]


@dataclass(eq=False)
class TestGroup(Group):
    """A test (claim ``test``) and its p (claim ``p``, or ``None``), the ``rates`` it may compare, the sizes ``ns`` of two groups."""

    __test__ = False  # not a pytest class
    kind: str = "test"
    test: int = -1
    p: int | None = None
    rates: list[int] = field(default_factory=list)
    ns: list[int] = field(default_factory=list)
    #: for a χ² with no rates printed with their counts: two arms' counts of cases with their sizes, ``[(k, n), (k, n)]``
    counted: list[tuple[int, int]] = field(default_factory=list)


def find(rows: ClaimList, add) -> None:
    paper = rows.paper
    if not paper:
        return
    order = sorted(paper)
    rates = [i for i in order if paper[i].kind == "percent"]
    compared_already: set[int] = set()
    for i in (i for i in order if paper[i].kind == "test" and "stars" not in paper[i].extra):  # an r with stars: kinds.correlations
        # its p: printed after it, or after the list it ends ("t=22.959,-20.516;P<0.05": one p for both)
        p = next((j for j in order if paper[j].kind == "p" and (paper[j].extra.get("test_start") == paper[i].start
                                                               or paper[i].start in paper[j].extra.get("test_starts", ()))), None)
        shared = p is not None and paper[p].extra.get("test_start") != paper[i].start
        sentence = span_at(rows.sentences, paper[i].start)
        previous = span_at(rows.sentences, max(sentence[0] - 1, 0))
        # the rates of the sentence, or of the one before, that a χ² compares: the first test after them, not a later one
        compared = [j for j in rates if previous[0] <= paper[j].start < paper[i].start and j not in compared_already]
        if paper[i].extra["stat"] == "chi2":
            compared_already.update(compared[-2:])
        g = TestGroup(start=paper[i].start, end=paper[p].end if p is not None else paper[i].end, test=i, p=p, rates=compared[-2:],
                      ns=two_group_ns(rows.text, rows, paper, i))
        if paper[i].extra["stat"] == "chi2" and len(g.rates) < 2:
            # "观察组发生低血糖2例(4.4%),对照组9例(20.0%)(χ²=6.482)": two arms' counts with their shares, sizes printed before
            g.counted = [(k, n) for k, n, _, _ in arm_counts(rows.text, sentence[0], paper[i].start)]
        g.members += [i] + ([p] if p is not None and not shared else [])  # a p shared by a list is a member of its first test's group
        add(g)


def _df_of(g: TestGroup, paper: dict, i: int) -> tuple[float | None, float | None, dict | None]:
    """The degrees of freedom of a test: printed, or derived from the design (said in the phrase)."""
    stat, df1, df2 = paper[i].extra["stat"], paper[i].extra["df1"], paper[i].extra["df2"]
    if df1 is not None and paper[i].extra.get("df_how"):
        return float(df1), None, paper[i].extra["df_how"]  # the residual df of the F printed under a regression table
    if df1 is not None and paper[i].extra.get("df_phrase"):
        return float(df1), (float(df2) if df2 is not None else None), paper[i].extra["df_phrase"]  # from the design, said so
    if df1 is not None:
        return float(df1), (float(df2) if df2 is not None else None), {"key": "df_printed", "df": f"{df1}{', ' + df2 if df2 else ''}"}
    if stat in ("z", "u"):
        return None, None, {"key": "df_normal"}
    if stat == "t" and len(g.ns) == 2:
        return float(sum(g.ns) - 2), None, {"key": "df_two_groups", "n1": g.ns[0], "n2": g.ns[1], "df": sum(g.ns) - 2}
    if stat == "chi2" and (len(g.rates) == 2 or len(g.counted) == 2):
        return 1.0, None, {"key": "df_two_rates"}
    if stat == "chi2" and paper[i].extra.get("table_df"):
        return float(paper[i].extra["table_df"]["df"]), None, paper[i].extra["table_df"]  # the cross-tab printed before it
    n = paper[i].extra.get("n")
    if stat == "r" and n and int(n) > 2:
        return float(int(n) - 2), None, {"key": "df_correlation", "n": int(n), "df": int(n) - 2}
    return None, None, None


def judge(rows: ClaimList, g: TestGroup) -> list[Check]:
    from ..explain import render_phrase

    paper = rows.paper
    i, p = g.test, g.p
    stat = paper[i].extra["stat"]
    out = []
    if stat == "chi2" and (len(g.rates) == 2 or len(g.counted) == 2):
        out += _recompute_chi2(rows, g, paper)
    if stat == "chi2" and len(g.rates) < 2 and len(g.counted) < 2 and not paper[i].extra.get("table_df"):
        table = _prose_table(rows, g)
        if table:
            # "病程＜3年18例中有效17例(94.44%),3~5年20例中有效18例(90.00%),＞5年14例中有效12例(85.71%),…(χ2=7.214)": the
            # groups' counts over their stated sizes make the table the χ² compares
            from .crosstab import chi2_check

            out += chi2_check(rows, g, i, table, confirmed=True)
            paper[i].extra["table_df"] = {"key": "df_table", "shape": f"{len(table)}×2", "df": len(table) - 1}
    if stat == "t" and paper[i].extra.get("header_df"):
        out += _paired_from_difference(rows, g, paper)
        out += _cohen_d(rows, g, paper)
    elif stat == "t":
        out += _recompute_t(rows, g, paper)
    if stat == "f":
        out += _recompute_f(rows, g, paper)
    out += _bartlett_df(rows, g, paper)
    if stat == "z" and paper[i].extra.get("column"):
        out += _z_of_u(rows, g, paper)
    test = paper[i].reported
    if p is None:
        return out + [make_check(rows, g, [i], "test_p", "no_p", "not_checkable", observed=test, test=test)]
    df1, df2, how = _df_of(g, paper, i)
    needs = {"t": df1, "chi2": df1, "f": df1 if df2 is not None else None, "r": df1, "z": 0.0, "u": 0.0}
    p_lo, p_hi, read = printed_p(paper[p].extra["op"], paper[p].value)
    if needs.get(stat) is None:
        if stat in _DF_GRID:
            return out + [_judge_every_df(rows, g, i, p, stat, test, p_lo, p_hi, read)]
        return out + [make_check(rows, g, [i, p], "test_p", "no_df", "not_checkable", observed=paper[p].reported, test=test)]
    lo, hi = p_value_range(stat, paper[i].value, df1, df2)
    ok = lo <= p_hi and p_lo <= hi
    recomputed = f"{lo:.4g}–{hi:.4g}" if f"{lo:.4g}" != f"{hi:.4g}" else f"{lo:.4g}"
    assumption = render_phrase(how)
    facts = {"test": test, "df": how, "p": [lo, hi], "printed": read}
    if ok:
        return out + [make_check(rows, g, [i, p], "test_p", "fit", "consistent", assumption=assumption, expected=f"p in {recomputed}",
                                 observed=paper[p].reported, **facts)]
    # a decision error: the printed p says significant at 0.05 and every recomputed p says not, or the reverse
    decision = (p_hi <= 0.05 and lo >= 0.05) or (p_lo >= 0.05 and hi < 0.05)
    derived = how["key"] in ("df_two_groups", "df_two_rates", "df_k_groups", "df_table")
    if decision:
        return out + [make_check(rows, g, [i, p], "decision_error", "misfit", "inconsistent", assumption=assumption, expected=f"p in {recomputed}",
                                 observed=paper[p].reported, side="significant" if hi < 0.05 else "not significant", derived=derived, **facts)]
    return out + [make_check(rows, g, [i, p], "test_p", "misfit", "inconsistent", assumption=assumption, expected=f"p in {recomputed}",
                             observed=paper[p].reported, derived=derived, **facts)]


def _prose_table(rows: ClaimList, g: TestGroup) -> list[list[int]]:
    """The 2×k table of the groups whose rates the sentence prints before a χ², each a count and its share over the
    group's size stated with it ("18例中有效17例(94.44%)"), every share fitting; ``[]`` unless every question of the
    sentence before the χ² is such a group and there are two or more."""
    from .question import QuestionGroup

    start = rows.paper[g.test].start
    lo = span_at(rows.sentences, start)[0]
    found = [q for q in rows.groups if isinstance(q, QuestionGroup) and q.members and lo <= rows.positions[min(q.members)][0]
             and rows.positions[max(q.members)][1] <= start]  # (a question's span runs to its clause's end, past the test)
    table = []
    for q in found:
        d = q.decision
        if d is None or len(q.pairs) != 1 or q.bare or d.base.kind not in ("stated", "arm") or q.pairs[0][1] not in d.explained:
            return []
        k = whole(rows[q.pairs[0][0]]["value"])
        if k is None or k > d.base.n:
            return []
        table.append([k, d.base.n - k])
    return table if len(table) >= 2 else []


def _widened(value: str) -> tuple[float, float]:
    """The interval a printed number stands for: half a unit of its last decimal either way."""
    half = 0.5 * 10 ** -len(value.partition(".")[2])
    v = abs(float(value))
    return max(v - half, 0.0), v + half


def _t_range(m: tuple, s: tuple, n1: int, n2: int) -> tuple[float, float]:
    """The t of two independent groups (pooled and Welch's, the union) over the rounding intervals of the printed
    means ``m`` and SDs ``s``: the difference at its smallest over the spread at its largest, and the reverse."""
    import math

    (a1, a2), (b1, b2) = _widened(m[0]), _widened(m[1])
    d_lo = max(0.0, max(a1, b1) - min(a2, b2)) if not (a2 < b1 or b2 < a1) else min(abs(a1 - b2), abs(a2 - b1))
    d_hi = max(abs(a2 - b1), abs(b2 - a1))
    (s1lo, s1hi), (s2lo, s2hi) = _widened(s[0]), _widened(s[1])
    lows, highs = [], []
    for sd1, sd2, collect, d in ((s1hi, s2hi, lows, d_lo), (s1lo, s2lo, highs, d_hi)):
        welch = math.sqrt(sd1**2 / n1 + sd2**2 / n2)
        pooled = math.sqrt(((n1 - 1) * sd1**2 + (n2 - 1) * sd2**2) / (n1 + n2 - 2) * (1 / n1 + 1 / n2))
        collect += [d / welch if welch else math.inf, d / pooled if pooled else math.inf]
    return min(lows), max(highs)


def _recompute_t(rows: ClaimList, g: TestGroup, paper: dict) -> list[Check]:
    """The t of two groups' means ± SD printed just before it ("实验组(95.6±1.5)分,对照组(80.8±1.1)分,t=5.365"),
    recomputed from them (pooled and Welch's, over their rounding).  With the groups' sizes known the printed t must
    be in that range; without them, t grows with the square root of the group size, so a t below the one two per
    group would give cannot be right for any size."""
    from .mean_sd import MeanSdGroup

    i = g.test
    table = _table_means(rows, paper, i)
    if table is not None:
        a, b = table
        names = [paper[m.mean].extra.get("group") or f"column {k + 1}" for k, m in enumerate(table)]
        if names[0] == names[1] and not names[0].startswith("column "):
            return _paired_bound(rows, g, paper, a, b, names[0])  # "观察组 52 18.62±3.41 8.37±2.65 21.47": one group, before and after
    else:
        sentence = span_at(rows.sentences, paper[i].start)
        previous = span_at(rows.sentences, max(sentence[0] - 1, 0))
        means = [m for m in rows.groups if isinstance(m, MeanSdGroup) and previous[0] <= m.start < paper[i].start]
        if len(means) < 2:
            return []
        a, b = means[-2], means[-1]
        names = [_arm_before(rows.text, m.start) for m in (a, b)]
        if not all(names) or names[0] == names[1]:
            return []  # two means of one group (before and after) are not two independent groups
    m = (paper[a.mean].value, paper[b.mean].value)
    sd = (paper[a.sd].value, paper[b.sd].value)
    printed = _widened(paper[i].value)
    facts = {"test": paper[i].reported, "means": [f"{m[0]}±{sd[0]}", f"{m[1]}±{sd[1]}"], "groups": names}
    # a group's size is its own only when printed for it: the survey's sample is the size of neither of two groups
    own = a.n and b.n and not (a.n_from_sample or b.n_from_sample)
    n1, n2 = (a.n, b.n) if own else tuple(g.ns) if len(g.ns) == 2 else (None, None)
    if n1 and n2 and n1 >= 2 and n2 >= 2:
        lo, hi = _t_range(m, sd, n1, n2)
        ok = lo <= printed[1] and printed[0] <= hi
        return [make_check(rows, g, [i], "t_recomputed", "fit" if ok else "misfit", "consistent" if ok else "inconsistent",
                           assumption=f"two independent groups of {n1} and {n2}", expected=f"{lo:.2f}–{hi:.2f}", observed=paper[i].reported,
                           n1=n1, n2=n2, t=[lo, hi], **facts)]
    lo, _ = _t_range(m, sd, 2, 2)
    if printed[1] < lo:
        return [make_check(rows, g, [i], "t_recomputed", "misfit_any_n", "inconsistent", assumption="two independent groups of any size",
                           expected=f">= {lo:.2f}", observed=paper[i].reported, t_least=lo, **facts)]
    return []


def _paired_bound(rows: ClaimList, g: TestGroup, paper: dict, a, b, group: str) -> list[Check]:
    """A paired t of one group's two means ± SD (before and after, in one row): the SD of the differences is at most the
    sum of the two SDs, so |t| is at least |m1 − m2| × √n / (s1 + s2) over the rounding of all four; a printed t below
    that bound cannot be right, one above it can (the pairs' correlation is not printed)."""
    import math

    i = g.test
    n = a.n
    if not n or n < 2 or n != b.n:
        return []
    (a1, a2), (b1, b2) = _widened(paper[a.mean].value), _widened(paper[b.mean].value)
    d_lo = 0.0 if not (a2 < b1 or b2 < a1) else min(abs(a1 - b2), abs(a2 - b1))
    s_hi = _widened(paper[a.sd].value)[1] + _widened(paper[b.sd].value)[1]
    least = d_lo * math.sqrt(n) / s_hi if s_hi else math.inf
    printed = _widened(paper[i].value.lstrip("-"))
    ok = printed[1] >= least
    facts = {"test": paper[i].reported, "means": [f"{paper[a.mean].value}±{paper[a.sd].value}", f"{paper[b.mean].value}±{paper[b.sd].value}"],
             "group": group, "n": n, "t_least": least}
    return [make_check(rows, g, [i], "t_recomputed", "paired_within_bound" if ok else "paired_below_bound", "consistent" if ok else "inconsistent",
                       assumption=f"a paired t of the {n} of {group}, the SD of the differences at most the sum of the two SDs",
                       expected=f">= {least:.2f}", observed=paper[i].reported, **facts)]


def _row_means(rows: ClaimList, paper: dict, starts: list[int]) -> list:
    """The means ± SD of a table row whose cells start at ``starts``, in order (a minus glued to the cell before, "9.17-6.56±7.23",
    may be read as a dash: such a cell's mean starts one later)."""
    from .mean_sd import MeanSdGroup

    return [m for m in rows.groups if isinstance(m, MeanSdGroup) and (paper[m.mean].start in starts or paper[m.mean].start - 1 in starts)]


def _paired_from_difference(rows: ClaimList, g: TestGroup, paper: dict) -> list[Check]:
    """A paired t in a row "前测 后测 差值 t(df)": before, after and their difference as means ± SD, the df printed.  The
    difference cell is the one that equals the first two's difference (over their rounding); the t is its mean over its
    SD / √n, n = df + 1, over the rounding of both ("4.64±4.87 … t(35)": 4.64 / (4.87 / √36) = 5.72, not 4.954)."""
    import math


    i = g.test
    x = paper[i].extra
    starts = x.get("cells") or []
    found = _row_means(rows, paper, starts)
    if len(found) != 3 or len(starts) != 3 or not str(x.get("df1", "")).isdigit():
        return []
    a, b, d = (paper[m.mean].value for m in found)
    if not is_difference(a, b, d):
        return []  # the third cell is no difference of the first two
    n = int(x["df1"]) + 1
    (d_lo, d_hi), (s_lo, s_hi) = _widened(d), _widened(paper[found[2].sd].value)
    lo, hi = d_lo * math.sqrt(n) / s_hi, (d_hi * math.sqrt(n) / s_lo if s_lo else math.inf)
    printed = _widened(paper[i].value)
    ok = lo <= printed[1] and printed[0] <= hi
    facts = {"test": paper[i].reported, "difference": f"{d}±{paper[found[2].sd].value}", "n": n, "df": n - 1, "t": [lo, hi],
             "exact": abs(float(d)) * math.sqrt(n) / float(paper[found[2].sd].value)}
    return [make_check(rows, g, [i], "t_recomputed", "paired_difference_fit" if ok else "paired_difference_misfit", "consistent" if ok else "inconsistent",
                       assumption=f"a paired t: the mean difference over its SD / √n, n = df + 1 = {n}", expected=f"{lo:.3f}–{hi:.3f}",
                       observed=paper[i].reported, **facts)]


#: The paper states Cohen's d with the SDs' quadratic mean: "SD合并=√[(SD前²+SD后²)/2]".
_D_AVERAGE_STATED = re.compile(r"[(（]\s*SD\s*前\s*[²2]\s*\+\s*SD\s*后\s*[²2]\s*[)）]\s*/\s*2")


def _cohen_d(rows: ClaimList, g: TestGroup, paper: dict) -> list[Check]:
    """A pre/post row's Cohen's d after its p ("TAS 21.47±5.62 16.83±5.19 4.64±4.87 4.954 ＜0.001 0.86"): the mean difference over
    the two SDs' quadratic mean, |m1 − m2| / √((s1² + s2²)/2), or over the difference's SD (d_z), over the rounding of all; where
    the paper states its formula, that one only.  ``inconsistent`` where no allowed convention gives the printed d."""
    import math


    i = g.test
    d_id = next((k for k, x in paper.items() if x.kind == "coefficient" and x.extra.get("role") == "cohen_d"
                 and x.extra.get("test_start") == paper[i].start), None)
    if d_id is None:
        return []
    found = _row_means(rows, paper, paper[d_id].extra.get("cells") or [])
    if len(found) not in (2, 3):
        return []
    (a1, a2), (b1, b2) = _widened(paper[found[0].mean].value), _widened(paper[found[1].mean].value)
    (s1lo, s1hi), (s2lo, s2hi) = _widened(paper[found[0].sd].value), _widened(paper[found[1].sd].value)
    diff_lo = 0.0 if not (a2 < b1 or b2 < a1) else min(abs(a1 - b2), abs(a2 - b1))
    diff_hi = max(abs(a2 - b1), abs(b2 - a1))
    ranges = {"average": (diff_lo / math.sqrt((s1hi**2 + s2hi**2) / 2), diff_hi / math.sqrt((s1lo**2 + s2lo**2) / 2))}
    stated = bool(_D_AVERAGE_STATED.search(rows.text))
    if len(found) == 3 and not stated:
        (d1, d2), (sdlo, sdhi) = _widened(paper[found[2].mean].value), _widened(paper[found[2].sd].value)
        ranges["paired"] = (d1 / sdhi, d2 / sdlo if sdlo else math.inf)
    printed = _widened(paper[d_id].value)
    fits = [name for name, (lo, hi) in ranges.items() if lo <= printed[1] + 1e-12 and printed[0] <= hi + 1e-12]
    exact = abs(float(paper[found[0].mean].value) - float(paper[found[1].mean].value)) / math.sqrt(
        (float(paper[found[0].sd].value) ** 2 + float(paper[found[1].sd].value) ** 2) / 2)
    facts = {"d": paper[d_id].reported, "means": [f"{paper[m.mean].value}±{paper[m.sd].value}" for m in found[:2]], "exact": exact,
             "lo": ranges["average"][0], "hi": ranges["average"][1], "stated": stated}
    if fits:
        return [make_check(rows, g, [d_id], "cohen_d", "fit" if "average" in fits else "fit_paired", "consistent",
                           assumption="d over the SDs' quadratic mean" if "average" in fits else "d_z, over the SD of the differences",
                           expected=f"{exact:.2f}", observed=paper[d_id].reported, **facts)]
    return [make_check(rows, g, [d_id], "cohen_d", "misfit_stated" if stated else "misfit", "inconsistent",
                       assumption="the formula the paper states" if stated else "d over the SDs' quadratic mean or over the differences' SD",
                       expected=f"{exact:.2f}", observed=paper[d_id].reported, **facts)]


#: Bartlett's test of sphericity before its χ²: "Bartlett球形检验χ2=3862.47(df=190,P<0.001)".
_BARTLETT = re.compile(r"Bartlett|巴特利特|球形检验|球型检验")
#: A scale's number of items, said as its whole: "量表共22题", "共20个条目".
_ALL_ITEMS = re.compile(r"共\s*(?P<k>\d{1,3})\s*(?:个)?(?:题|条目|道题|项|个项目)")


def _bartlett_df(rows: ClaimList, g: TestGroup, paper: dict) -> list[Check]:
    """Bartlett's test of sphericity on k items has df = k(k − 1)/2: the printed df against the items the sentence says the
    scale has ("量表共20题 … df=190": 20 × 19 / 2 = 190).  A df that is k(k − 1)/2 for fewer items is ``consistent_if``
    the analysis left some out; one that is no such number is ``inconsistent``."""
    i = g.test
    x = paper[i].extra
    text = rows.text
    start = paper[i].start
    if x.get("stat") != "chi2" or not str(x.get("df1") or "").isdigit() or not _BARTLETT.search(text, max(0, start - 12), start):
        return []
    lo = span_at(rows.sentences, start)[0]
    items = list(_ALL_ITEMS.finditer(text, lo, start))
    if not items and lo > 0:  # "学习倦怠量表共20题(…),采用1～5级评分。量表的…Bartlett球形检验…": the sentence before
        items = list(_ALL_ITEMS.finditer(text, span_at(rows.sentences, lo - 1)[0], lo))
    if not items:
        return []
    k, df = int(items[-1].group("k")), int(x["df1"])
    need = k * (k - 1) // 2
    facts = {"test": paper[i].reported, "items": k, "need": need, "df": df, "words": items[-1].group(0)}
    if df == need:
        return [make_check(rows, g, [i], "bartlett_df", "fit", "consistent", assumption=f"{k} items (“{items[-1].group(0)}”)", expected=str(need),
                           observed=str(df), **facts)]
    fewer = next((m for m in range(k - 1, 2, -1) if m * (m - 1) // 2 == df), None)
    if fewer is not None:
        return [make_check(rows, g, [i], "bartlett_df", "fewer_items", "consistent_if", assumption=f"the analysis left out {k - fewer} of the {k} items",
                           expected=str(need), observed=str(df), fewer=fewer, **facts)]
    return [make_check(rows, g, [i], "bartlett_df", "misfit", "inconsistent", assumption=f"{k} items (“{items[-1].group(0)}”)", expected=str(need),
                       observed=str(df), **facts)]


#: A Mann-Whitney table's U row before its Z row: "U值 846.5 1012.0 1285.5".
_U_ROW = re.compile(r"(?<![A-Za-z])U\s*值?\s*((?:\d+(?:\.\d+)?\s*){1,8})")


def _z_of_u(rows: ClaimList, g: TestGroup, paper: dict) -> list[Check]:
    """A Mann-Whitney Z under its U, in a table of two groups of known size: without ties Z = (U − n1·n2/2) / √(n1·n2·(n1 + n2 + 1)/12),
    and a correction for ties only makes |Z| larger, so a printed |Z| below the one without ties cannot be right (U = 1285.5 of
    58 and 56: |Z| at least 1.919)."""
    import math

    i = g.test
    x = paper[i].extra
    if len(g.ns) != 2 or min(g.ns) < 2:
        return []
    text = rows.text
    start = paper[i].start
    rows_u = list(_U_ROW.finditer(text, max(0, start - 80), start))
    if not rows_u:
        return []
    m = rows_u[-1]
    cells = list(re.finditer(r"\d+(?:\.\d+)?", m.group(1)))
    column = x["column"]
    if column > len(cells):
        return []
    cell = cells[column - 1]
    u_start = m.start(1) + cell.start()
    u = next((k for k in rows.between(u_start, u_start + 1)), None)
    n1, n2 = g.ns
    # the two groups this column compares: SPSS's Wilcoxon W row gives the smaller group's size (W − U = n(n + 1)/2); without it,
    # the groups must be the study's two arms (a table of several groupings, 性别 and 补贴 side by side, has other sizes per column)
    w_rows = list(re.finditer(r"(?:Wilcoxon\s*)?W\s*值?\s*((?:\d+(?:\.\d+)?\s*){1,8})", text[m.end() : start]))
    if w_rows:
        w_cells = re.findall(r"\d+(?:\.\d+)?", w_rows[-1].group(1))
        if column > len(w_cells):
            return []
        k = float(w_cells[column - 1]) - float(cell.group())
        small = (math.sqrt(8 * k + 1) - 1) / 2 if k >= 0 else -1
        if abs(small - round(small)) > 1e-9 or round(small) not in (n1, n2):
            return []
    else:
        caption = text.rfind("表", max(0, start - 600), start)
        if caption < 0 or len(set(re.findall(r"(?:观察|对照|实验|干预|试验|治疗|研究)组", text[caption:start]))) != 2:
            return []
    mu, sigma = n1 * n2 / 2, math.sqrt(n1 * n2 * (n1 + n2 + 1) / 12)
    least = abs(float(cell.group()) - mu) / sigma
    printed = _widened(paper[i].value.lstrip("-"))
    ok = printed[1] >= least - 1e-9
    facts = {"test": paper[i].reported, "u": cell.group(), "n1": n1, "n2": n2, "z_least": least}
    claims = [i] + ([u] if u is not None and ok else [])
    return [make_check(rows, g, claims, "z_of_u", "fit" if ok else "misfit", "consistent" if ok else "inconsistent",
                       assumption=f"a Mann-Whitney U of two groups of {n1} and {n2}; ties only make |Z| larger", expected=f">= {least:.3f}",
                       observed=paper[i].reported, **facts)]


def _f_range(groups: list[tuple[str, str, int]]) -> tuple[float, float]:
    """The one-way ANOVA F of groups ``(mean, sd, n)`` over the rounding of their printed means and SDs: the between-groups
    mean square over the within-groups one, at the corners of the rounding intervals (the smallest and the largest)."""
    import itertools

    k, total = len(groups), sum(n for _, _, n in groups)
    values = []
    for corner in itertools.product(*[[(m, s) for m in _widened(mean) for s in _widened(sd)] for mean, sd, _ in groups]):
        grand = sum(m * n for (m, _), (_, _, n) in zip(corner, groups, strict=True)) / total
        between = sum(n * (m - grand) ** 2 for (m, _), (_, _, n) in zip(corner, groups, strict=True)) / (k - 1)
        within = sum((n - 1) * s * s for (_, s), (_, _, n) in zip(corner, groups, strict=True)) / (total - k)
        values.append(between / within if within else float("inf"))
    return min(values), max(values)


def _recompute_f(rows: ClaimList, g: TestGroup, paper: dict) -> list[Check]:
    """A table row's F of three or more groups ("手机依赖 2.48±0.69 2.63±0.70 2.83±0.71 4.41"), recomputed as a one-way
    ANOVA from the groups' means, SDs and sizes (the header's), over the rounding of the printed means and SDs."""
    from .mean_sd import MeanSdGroup

    i = g.test
    starts = paper[i].extra.get("row_means") or []
    found = [m for m in rows.groups if isinstance(m, MeanSdGroup) and paper[m.mean].start in starts]
    if len(found) < 3 or len(found) != len(starts) or len(found) > 6 or not all(m.n and m.n >= 2 and not m.n_from_sample for m in found):
        return []
    groups = [(paper[m.mean].value, paper[m.sd].value, m.n) for m in found]
    lo, hi = _f_range(groups)
    printed = _widened(paper[i].value)
    ok = lo <= printed[1] and printed[0] <= hi
    facts = {"test": paper[i].reported, "means": [f"{m}±{s}" for m, s, _ in groups], "ns": [n for _, _, n in groups], "f": [lo, hi]}
    return [make_check(rows, g, [i], "f_recomputed", "fit" if ok else "misfit", "consistent" if ok else "inconsistent",
                       assumption=f"a one-way analysis of variance of {len(groups)} independent groups", expected=f"{lo:.2f}–{hi:.2f}",
                       observed=paper[i].reported, **facts)]


def _table_means(rows: ClaimList, paper: dict, i: int):
    """The two groups' means ± SD that a table's t compares: the two cells of its own row ("手机依赖 2.71±0.66 2.57±0.75
    1.44"), or the two rows' cells in its column (a test row "t 0.300 4.994" under "观察组 48 13.54±2.87 7.85±2.14 …"),
    each with its group's size; ``None`` if there are not exactly two with sizes of their own."""
    from .mean_sd import MeanSdGroup

    x = paper[i].extra
    means = [m for m in rows.groups if isinstance(m, MeanSdGroup)]
    if x.get("row_means"):
        found = [m for m in means if paper[m.mean].start in x["row_means"]]
    elif x.get("column") is not None:
        found = [m for m in means if paper[m.mean].extra.get("column") == x["column"] and 0 < paper[i].start - m.start < 800]
    else:
        return None
    if len(found) != 2 or not all(m.n and not m.n_from_sample for m in found) or (x.get("row_means") and len(x["row_means"]) != 2):
        return None
    return found[0], found[1]


_ARM = re.compile(r"(实验组|观察组|对照组|干预组|试验组|治疗组|研究组|常规组|[A-Z甲乙丙]组|男生|女生|男性|女性|城市|农村)")


def _arm_before(text: str, pos: int) -> str:
    """The group named nearest before a mean ("对照组…评分为(80.8±1.1)分"), within its clause."""
    found = _ARM.findall(text, max(0, pos - 40), pos)
    return found[-1] if found else ""


#: The degrees of freedom tried for a test printed without them (as ``(df1, df2)``): every df a χ² of a table of up
#: to 31 rows or columns can have; for t and r from 1 up to the normal limit; for F, 1 to 20 groups against the same.
_LARGE = [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100, 150, 200, 300, 500, 1000, 10**9]
_DF_GRID = {
    "chi2": [(d, None) for d in range(1, 31)],
    "t": [(d, None) for d in _LARGE],
    "r": [(d, None) for d in _LARGE],
    "f": [(a, b) for a in range(1, 21) for b in _LARGE],
}


def _judge_every_df(rows: ClaimList, g: TestGroup, i: int, p: int, stat: str, test: str, p_lo: float, p_hi: float, read: dict) -> Check:
    """A test printed without its degrees of freedom, where the design does not fix them: the printed p against the p of
    every df of :data:`_DF_GRID`.  A χ² p only grows with its df (the smallest at df = 1) and a t p only falls as df
    grows (toward the normal limit), so the p of the tried df span every p the statistic can have; a p outside that
    span is wrong for every df ("χ²=3.41, P<0.05": p ≥ 0.065 at df = 1).  Inside it, the df that give it are named."""
    paper = rows.paper
    grid = _DF_GRID[stat]
    ranges = [p_value_range(stat, paper[i].value, a, b) for a, b in grid]
    low, high = min(r[0] for r in ranges), max(r[1] for r in ranges)
    fitting = [df for df, (lo, hi) in zip(grid, ranges) if lo <= p_hi and p_lo <= hi]
    facts = {"test": test, "printed": read, "p": [low, high]}
    observed = paper[p].reported
    if not (low <= p_hi and p_lo <= high):
        # a decision error: the printed p says significant at 0.05 and every df says not, or the reverse
        decision = (p_hi <= 0.05 and low >= 0.05) or (p_lo >= 0.05 and high < 0.05)
        side = "significant" if high < 0.05 else "not significant"
        return make_check(rows, g, [i, p], "decision_error" if decision else "test_p", "misfit_every_df", "inconsistent",
                          assumption="any degrees of freedom (none printed)", expected=f"p in {low:.4g}–{high:.4g}", observed=observed,
                          side=side, decision=decision, **facts)
    if len(fitting) == len(grid):
        return make_check(rows, g, [i, p], "test_p", "fit_every_df", "consistent", assumption="any degrees of freedom (none printed)",
                          expected=f"p in {low:.4g}–{high:.4g}", observed=observed, **facts)
    shown = _df_span(stat, fitting)
    return make_check(rows, g, [i, p], "test_p", "fit_some_df", "consistent_if", assumption=f"the test has {shown} (none printed)",
                      expected=f"p in {low:.4g}–{high:.4g}", observed=observed, df=shown, **facts)


def _df_span(stat: str, fitting: list[tuple[int, int | None]]) -> str:
    """The df that give the printed p, in words ("df = 4", "df 40 to the normal limit", "df1 = 2-3")."""
    if not fitting:
        return "some df between those tried"
    if stat == "f":
        ones = sorted({a for a, _ in fitting})
        return f"df1 = {ones[0]}" + (f"–{ones[-1]}" if ones[-1] != ones[0] else "")
    ds = sorted(d for d, _ in fitting)
    top = "the normal limit" if ds[-1] >= 10**9 else str(ds[-1])
    return f"df = {ds[0]}" if len(ds) == 1 else f"df {ds[0]} to {top}"


def _recompute_chi2(rows: ClaimList, g: TestGroup, paper: dict) -> list[Check]:
    """χ² of the 2×2 table of two printed rates, with and without Yates' correction, against the printed value."""
    from scipy import stats

    i = g.test
    table = []
    for k, n in [(paper[s].extra["k"], paper[s].extra["n"]) for s in g.rates] if len(g.rates) == 2 else g.counted:
        if k > n:
            return []
        table.append([k, n - k])
    if any(sum(r) == 0 for r in table) or any(table[0][c] + table[1][c] == 0 for c in range(2)):
        return []
    printed = paper[i].value
    decimals = len(printed.partition(".")[2])
    half = 0.5 * 10**-decimals
    computed = dict(chi2_statistics(table))  # Pearson's and Yates' (a 2×2 table), as kinds.crosstab computes them
    fits = {name: (computed[name], abs(computed[name] - float(printed)) <= half + 1e-12) for name in ("Pearson's χ²", "with Yates' correction")}
    expected = stats.contingency.expected_freq(table)
    fisher = []
    if expected.min() < 5:
        fisher = [{"key": "fisher", "expected_min": float(expected.min()), "p": float(stats.fisher_exact(table)[1])}]
    cells = {"key": "two_rates", "k1": table[0][0], "n1": sum(table[0]), "k2": table[1][0], "n2": sum(table[1])}
    values = [{"key": key, "value": f"{v:.{max(2, decimals)}f}"} for key, (v, _) in zip(("chi2_pearson", "chi2_yates"), fits.values())]
    matched = [name for name, (_, ok) in fits.items() if ok]
    from ..explain import render_phrase

    assumption = f"the 2×2 table of {render_phrase(cells)}"
    facts = {"cells": cells, "values": values, "printed": printed, "fisher": fisher}
    if matched:
        return [make_check(rows, g, [i], "chi2_recomputed", "fit", "consistent", assumption=assumption, expected=printed, observed=paper[i].reported,
                           matched=matched[0], **facts)]
    return [make_check(rows, g, [i], "chi2_recomputed", "misfit", "inconsistent", assumption=assumption,
                       expected=" or ".join(f"{v:.2f}" for v, _ in fits.values()), observed=paper[i].reported, **facts)]
