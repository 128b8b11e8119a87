"""Tests for dangjian.engine.metrics.

Expected values come from hand calculations written beside them, from the
report's own printed numbers (its "均值" column and the text's 78.43% /
74.51%), or from a textbook formula evaluated on an independent path (exact
fractions, scipy's beta quantiles) rather than from the code under test.
"""

import importlib.util
import math
import subprocess
import sys
import warnings
from fractions import Fraction

import numpy as np
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from dangjian.engine.comparisons import binomial_glm, chi2_homogeneity
from dangjian.engine.metrics import (
    PROPORTION_METHODS,
    pooled_vs_mean_rate,
    proportion_ci,
    proportion_interval,
    unit_rates,
    weighted_vs_unweighted_mean,
)

# ---------------------------------------------------------------------------
# the report's township table, as printed (T1-T3 镇, T4-T7 乡)
# ---------------------------------------------------------------------------

TOWNSHIPS = [f"T{i}" for i in range(1, 8)]
TYPES = ["镇"] * 3 + ["乡"] * 4
ROWS = [
    ("", "发放测评表(份)", [68, 68, 64, 52, 37, 36, 37]),
    ("述职报告真实情况", "真实", [53, 41, 51, 41, 30, 29, 33]),
    ("述职报告真实情况", "比较真实", [13, 14, 11, 10, 7, 6, 4]),
    ("述职报告真实情况", "基本真实", [2, 9, 2, 1, 0, 1, 0]),
    ("述职报告真实情况", "不真实", [0, 0, 0, 0, 0, 0, 0]),
    ("", "量化测评平均分", [94.03, 94.18, 92.74, 94.5, 95.8, 94.02, 93.35]),
    ("测评意见", "优秀", [55, 44, 44, 40, 29, 24, 31]),
    ("测评意见", "称职", [10, 15, 18, 9, 8, 14, 6]),
    ("测评意见", "基本称职", [3, 8, 2, 0, 0, 0, 0]),
    ("测评意见", "不称职", [0, 0, 0, 0, 0, 0, 0]),
    ("", "意见或建议(条)", [4, 11, 12, 3, 5, 1, 0]),
]
TRUTH = ["真实", "比较真实", "基本真实", "不真实"]
RATING = ["优秀", "称职", "基本称职", "不称职"]
FORMS = "发放测评表(份)"


@pytest.fixture
def report():
    records = [
        {
            "township": t,
            "township_type": ty,
            "block": block,
            "item": item,
            "value": float(values[i]),
        }
        for block, item, values in ROWS
        for i, (t, ty) in enumerate(zip(TOWNSHIPS, TYPES))
    ]
    frame = pd.DataFrame(records)
    frame.attrs.update(unit="township", unit_type="township_type")  # as parse_flat_table says of the report's table
    return frame


# ---------------------------------------------------------------------------
# import stays light
# ---------------------------------------------------------------------------


def test_module_import_does_not_load_scipy_or_statsmodels():
    # In a fresh interpreter: importing the module (and the package above it)
    # loads neither scipy nor statsmodels, nor pandas, until a function needs them.
    code = (
        "import sys\n"
        "import dangjian.engine.metrics\n"
        "heavy = [k for k in sys.modules if k.split('.')[0] in ('scipy', 'statsmodels', 'pandas')]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert importlib.util.find_spec("dangjian.engine.metrics") is not None


# ---------------------------------------------------------------------------
# proportions
# ---------------------------------------------------------------------------


def test_wilson_interval_by_hand():
    # Wilson score interval for x = 202, n = 310, alpha = 0.05:
    #   p = 202/310 = 0.651613, z = 1.959964, z^2 = 3.841459
    #   denom  = 1 + z^2/n                = 1.012392
    #   center = (p + z^2/(2n)) / denom   = (0.651613 + 0.006196) / 1.012392
    #          = 0.649757
    #   half   = z * sqrt(p(1-p)/n + z^2/(4n^2)) / denom
    #          = 1.959964 * sqrt(0.00073230 + 0.00000999) / 1.012392
    #          = 0.052746
    #   interval = (0.597011, 0.702503)
    x, n, z = 202, 310, 1.959963984540054
    p = x / n
    denom = 1 + z**2 / n
    center = (p + z**2 / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z**2 / (4 * n**2)) / denom
    lo, hi = proportion_interval(x, n)
    assert lo == pytest.approx(center - half, abs=1e-12)
    assert hi == pytest.approx(center + half, abs=1e-12)
    assert (round(lo, 6), round(hi, 6)) == (0.597011, 0.702503)


def test_clopper_pearson_is_beta_quantiles():
    # Clopper-Pearson by definition: lower = Beta^{-1}(alpha/2; x, n-x+1),
    # upper = Beta^{-1}(1-alpha/2; x+1, n-x). (R's binom.test(202, 310)$conf.int
    # is the same definition; R is not available here, so scipy's beta
    # quantiles are the independent path.) Values: 0.595707, 0.704589.
    from scipy.stats import beta

    x, n = 202, 310
    lo, hi = proportion_interval(x, n, method="beta")
    assert lo == pytest.approx(beta.ppf(0.025, x, n - x + 1), abs=1e-10)
    assert hi == pytest.approx(beta.ppf(0.975, x + 1, n - x), abs=1e-10)
    assert (round(lo, 6), round(hi, 6)) == (0.595707, 0.704589)


def test_normal_interval_by_hand():
    # Wald: p +/- z sqrt(p(1-p)/n) = 0.1 +/- 1.959964 * sqrt(0.09/310)
    #      = 0.1 +/- 1.959964 * 0.0170389 = 0.1 +/- 0.0333956
    lo, hi = proportion_interval(31, 310, method="normal")
    assert lo == pytest.approx(0.1 - 0.0333956, abs=1e-6)
    assert hi == pytest.approx(0.1 + 0.0333956, abs=1e-6)


def test_proportion_ci_keeps_columns_and_does_not_mutate():
    df = pd.DataFrame(
        {"answer": ["A", "B"], "count": [202, 31], "nobs": [310, 310], "note": ["x", "y"]}
    )
    before = df.copy()
    out = proportion_ci(df, method="beta")
    assert_frame_equal(df, before)
    assert list(out.columns) == [
        "answer", "count", "nobs", "note", "proportion", "ci_lower", "ci_upper", "method",
    ]
    assert_frame_equal(out[list(df.columns)], df)
    assert (out["method"] == "beta").all()
    assert out.loc[0, "proportion"] == pytest.approx(202 / 310)
    assert out.loc[0, "ci_lower"] == pytest.approx(proportion_interval(202, 310, method="beta")[0])


def test_proportion_ci_custom_column_names():
    df = pd.DataFrame({"k": [5], "n": [10]})
    out = proportion_ci(df, count="k", nobs="n", alpha=0.1)
    assert out.loc[0, "proportion"] == 0.5
    # symmetric around 1/2 by construction of every method at p = 1/2
    assert out.loc[0, "ci_lower"] + out.loc[0, "ci_upper"] == pytest.approx(1.0)


@pytest.mark.parametrize("method", PROPORTION_METHODS)
def test_every_method_brackets_the_estimate(method):
    lo, hi = proportion_interval(202, 310, method=method)
    assert 0 <= lo < 202 / 310 < hi <= 1


@pytest.mark.parametrize(
    "count, nobs, kwargs",
    [
        (5, 3, {}),  # count > nobs
        (-1, 3, {}),
        (1, 0, {}),
        (1, 3, {"method": "clopper"}),  # not a statsmodels name
        (1, 3, {"alpha": 1.5}),
    ],
)
def test_proportion_interval_rejects_bad_input(count, nobs, kwargs):
    with pytest.raises(ValueError):
        proportion_interval(count, nobs, **kwargs)


# ---------------------------------------------------------------------------
# unit rates, pooled versus mean of rates
# ---------------------------------------------------------------------------


def test_unit_rates_keeps_unit_columns(report):
    before = report.copy()
    out = unit_rates(report, numerator="真实", denominator=FORMS)
    assert_frame_equal(report, before)
    # township_type is constant within a township and kept; block differs
    # between 真实 and 发放测评表(份) and is dropped.
    assert list(out.columns) == [
        "township", "township_type", "numerator", "denominator",
        "numerator_value", "denominator_value", "rate",
    ]
    assert out["township"].tolist() == TOWNSHIPS
    assert out["township_type"].tolist() == TYPES
    # T2: 41 / 68 = 0.602941
    assert out.loc[1, "rate"] == pytest.approx(41 / 68)
    assert round(out.loc[1, "rate"], 6) == 0.602941


def test_unit_rates_sums_a_list_of_items(report):
    out = unit_rates(report, numerator="真实", denominator=TRUTH)
    # T2 answered 41 + 14 + 9 + 0 = 64 of 68 forms issued
    assert out.loc[1, "denominator_value"] == 64
    assert out.loc[0, "denominator"] == "真实+比较真实+基本真实+不真实"


def test_unit_rates_rejects_missing_and_duplicated_cells(report):
    with pytest.raises(ValueError, match="missing"):
        unit_rates(report.iloc[1:], numerator="发放测评表(份)", denominator="真实")
    with pytest.raises(ValueError, match="duplicated"):
        unit_rates(pd.concat([report, report.iloc[:1]]), numerator="真实", denominator=FORMS)
    with pytest.raises(ValueError, match="not found"):
        unit_rates(report, numerator="真实", denominator="no such item")


def test_pooled_vs_mean_rate_by_hand(report):
    out = pooled_vs_mean_rate(report, numerator="真实", denominator=FORMS, round_means=0)
    est = out.set_index("estimator")["value"]
    # pooled = (53+41+51+41+30+29+33) / (68+68+64+52+37+36+37) = 278/362 = 0.767956
    assert est["pooled"] == pytest.approx(278 / 362)
    # mean of rates = (53/68 + 41/68 + 51/64 + 41/52 + 30/37 + 29/36 + 33/37) / 7
    #   = (0.779412 + 0.602941 + 0.796875 + 0.788462 + 0.810811 + 0.805556
    #      + 0.891892) / 7 = 5.475949 / 7 = 0.782278
    hand = sum(
        Fraction(a, b)
        for a, b in [(53, 68), (41, 68), (51, 64), (41, 52), (30, 37), (29, 36), (33, 37)]
    ) / 7
    assert est["mean_of_rates"] == pytest.approx(float(hand), abs=1e-12)
    assert round(est["mean_of_rates"], 6) == 0.782278
    # den-weighted mean of rates and ratio of means both equal pooled:
    # sum n_i (x_i/n_i) / sum n_i = 278/362 and (278/7)/(362/7) = 278/362
    assert est["weighted_mean_of_rates"] == pytest.approx(278 / 362)
    assert est["ratio_of_means"] == pytest.approx(278 / 362)
    # rounded means: 278/7 = 39.71 -> 40, 362/7 = 51.71 -> 52; 40/52 = 0.769231
    row = out.set_index("estimator").loc["ratio_of_rounded_means"]
    assert (row["numerator_value"], row["denominator_value"]) == (40, 52)
    assert row["value"] == pytest.approx(40 / 52)
    assert (out["n_units"] == 7).all()
    assert list(out.columns) == [
        "estimator", "numerator", "denominator",
        "numerator_value", "denominator_value", "value", "n_units",
    ]


@pytest.mark.parametrize(
    "numerator, categories, printed_num, printed_den, printed_pct",
    [
        # report: 真实 "达 40 份, 占 78.43%"; 均值 column 40 and 51
        ("真实", TRUTH, 40, 51, "78.43"),
        # report: 优秀 "达 38 份, 占 74.51%"; 均值 column 38 and 51
        ("优秀", RATING, 38, 51, "74.51"),
    ],
)
def test_report_ratio_is_ratio_of_rounded_means_of_answered_forms(
    report, numerator, categories, printed_num, printed_den, printed_pct
):
    # 真实: 278/7 = 39.71 -> 40; answered 278+65+15+0 = 358, 358/7 = 51.14 -> 51
    # 优秀: 267/7 = 38.14 -> 38; answered 267+80+13+0 = 360, 360/7 = 51.43 -> 51
    out = pooled_vs_mean_rate(
        report, numerator=numerator, denominator=categories, round_means=0
    ).set_index("estimator")
    row = out.loc["ratio_of_rounded_means"]
    assert (row["numerator_value"], row["denominator_value"]) == (printed_num, printed_den)
    assert f"{100 * row['value']:.2f}" == printed_pct
    # with forms issued as denominator the mean is 51.71 -> 52, not the printed 51
    issued = pooled_vs_mean_rate(
        report, numerator=numerator, denominator=FORMS, round_means=0
    ).set_index("estimator")
    assert issued.loc["ratio_of_rounded_means", "denominator_value"] == 52


@pytest.mark.parametrize(
    "item, printed",
    # the report's 均值 column for the category rows
    [("真实", 40), ("比较真实", 9), ("基本真实", 2), ("不真实", 0),
     ("优秀", 38), ("称职", 11), ("基本称职", 2), ("不称职", 0), ("意见或建议(条)", 5)],
)
def test_rounded_means_match_printed_mean_column(report, item, printed):
    out = pooled_vs_mean_rate(
        report, numerator=item, denominator=FORMS, round_means=0
    ).set_index("estimator")
    assert out.loc["ratio_of_rounded_means", "numerator_value"] == printed


def test_round_means_rounds_half_up():
    # means 2.5 and 5: half-up gives 3/5 = 0.6 (banker's rounding would give 2/5)
    df = pd.DataFrame(
        {"unit": ["a", "b"] * 2, "item": ["x", "x", "n", "n"], "value": [2, 3, 5, 5]}
    )
    out = pooled_vs_mean_rate(
        df, numerator="x", denominator="n", by="unit", round_means=0
    ).set_index("estimator")
    assert out.loc["ratio_of_rounded_means", "value"] == pytest.approx(0.6)


def test_pooled_vs_mean_rate_by_group(report):
    out = pooled_vs_mean_rate(report, numerator="真实", denominator=FORMS, group="township_type")
    pooled = out.loc[out["estimator"] == "pooled"].set_index("township_type")["value"]
    # 镇: (53+41+51)/(68+68+64) = 145/200 = 0.725
    # 乡: (41+30+29+33)/(52+37+36+37) = 133/162 = 0.820988
    assert pooled["镇"] == pytest.approx(145 / 200)
    assert pooled["乡"] == pytest.approx(133 / 162)
    assert out.columns[0] == "township_type"
    assert out.groupby("township_type")["n_units"].first().to_dict() == {"镇": 3, "乡": 4}


def test_weighted_vs_unweighted_mean_by_hand(report):
    out = weighted_vs_unweighted_mean(report)
    # unweighted = (94.03+94.18+92.74+94.5+95.8+94.02+93.35)/7 = 658.62/7
    #            = 94.088571 (report's 均值: 94.09)
    # weighted   = (68*94.03 + 68*94.18 + 64*92.74 + 52*94.5 + 37*95.8
    #               + 36*94.02 + 37*93.35) / 362
    #            = (6394.04 + 6404.24 + 5935.36 + 4914 + 3544.6 + 3384.72
    #               + 3453.95) / 362 = 34030.91 / 362 = 94.008039
    expected = pd.DataFrame(
        {
            "estimator": ["unweighted", "weighted"],
            "value": [658.62 / 7, 34030.91 / 362],
            "n_units": [7, 7],
            "total_weight": [362.0, 362.0],
        }
    )
    assert_frame_equal(out, expected, check_exact=False, rtol=1e-12)
    assert f"{out.loc[0, 'value']:.2f}" == "94.09"


def test_weighted_vs_unweighted_mean_by_group(report):
    out = weighted_vs_unweighted_mean(report, group="township_type")
    # 镇: unweighted 280.95/3 = 93.65; weighted 18733.64/200 = 93.6682
    # 乡: unweighted 377.67/4 = 94.4175; weighted 15297.27/162 = 94.427593
    expected = pd.DataFrame(
        {
            "township_type": ["镇", "镇", "乡", "乡"],
            "estimator": ["unweighted", "weighted"] * 2,
            "value": [280.95 / 3, 18733.64 / 200, 377.67 / 4, 15297.27 / 162],
            "n_units": [3, 3, 4, 4],
            "total_weight": [200.0, 200.0, 162.0, 162.0],
        }
    )
    assert_frame_equal(out, expected, check_exact=False, rtol=1e-12, check_dtype=False)


# ---------------------------------------------------------------------------
# chi-square test of homogeneity
# ---------------------------------------------------------------------------


def _table(rows, cols, counts, by="g"):
    return pd.DataFrame(
        [(r, c, counts[i][j]) for i, r in enumerate(rows) for j, c in enumerate(cols)],
        columns=[by, "item", "value"],
    )


def test_chi2_2x2_by_hand():
    # O = [[10, 20], [20, 10]]; all margins 30, N = 60, so every E = 15.
    # X^2 = 4 * (10 - 15)^2 / 15 = 100/15 = 6.666667, df = 1,
    # p = P(chi2_1 > 6.6667) = 2 * (1 - Phi(sqrt(6.6667))) = 2 * (1 - Phi(2.5820))
    #   = 0.009823
    df = _table(["a", "b"], ["x", "y"], [[10, 20], [20, 10]])
    res = chi2_homogeneity(df, items=["x", "y"], by="g")
    assert res.statistic == pytest.approx(20 / 3)
    assert res.dof == 1
    assert res.pvalue == pytest.approx(0.009823, abs=1e-6)
    assert res.warning == "" and res.share_small == 0
    # Yates: 4 * (|10 - 15| - 0.5)^2 / 15 = 4 * 20.25 / 15 = 5.4
    assert chi2_homogeneity(df, items=["x", "y"], by="g", correction=True).statistic == (
        pytest.approx(5.4)
    )


def test_chi2_2x3_by_hand():
    # O = [[10, 20, 30], [20, 20, 20]]; rows 60, 60; columns 30, 40, 50; N = 120
    # E = [[15, 20, 25], [15, 20, 25]]
    # X^2 = 2 * (25/15 + 0/20 + 25/25) = 2 * (1.666667 + 1) = 5.333333, df = 2
    # chi2 with 2 df has survival function exp(-x/2): p = exp(-2.666667) = 0.069483
    df = _table(["a", "b"], ["x", "y", "z"], [[10, 20, 30], [20, 20, 20]])
    res = chi2_homogeneity(df, items=["x", "y", "z"], by="g")
    assert res.statistic == pytest.approx(16 / 3)
    assert res.dof == 2
    assert res.pvalue == pytest.approx(math.exp(-8 / 3))
    expected = pd.DataFrame(
        {
            "g": ["a", "a", "a", "b", "b", "b"],
            "item": ["x", "y", "z"] * 2,
            "observed": [10.0, 20, 30, 20, 20, 20],
            "expected": [15.0, 20, 25, 15, 20, 25],
            "small": [False] * 6,
        }
    )
    assert_frame_equal(res.expected, expected, check_dtype=False)
    assert_frame_equal(res.observed, expected[["g", "item", "observed"]], check_dtype=False)


def test_chi2_township_type_by_hand_exact(report):
    # 镇 vs 乡 (townships summed): 镇 [145, 38, 13], 乡 [133, 27, 2], 不真实 0.
    # Rows 196, 162; columns 278, 65, 15; N = 358. E = R*C/N:
    #   镇: 152.1955, 35.5866, 8.2123;  乡: 125.8045, 29.4134, 6.7877
    # X^2 = 0.3402 + 0.1637 + 2.7912 + 0.4116 + 0.1980 + 3.3770 = 7.282..
    # (exact rationals below), df = 2, p = exp(-X^2/2) = 0.0262
    obs = [[145, 38, 13], [133, 27, 2]]
    R = [sum(r) for r in obs]
    C = [sum(c) for c in zip(*obs)]
    N = sum(R)
    x2 = sum(
        Fraction(obs[i][j] * N - R[i] * C[j]) ** 2 / (N * R[i] * C[j])
        for i in range(2)
        for j in range(3)
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # all expected counts >= 5: no warning
        res = chi2_homogeneity(report, items=TRUTH, by="township_type")
    assert res.statistic == pytest.approx(float(x2), rel=1e-12)
    assert round(res.statistic, 4) == 7.2828
    assert res.dof == 2
    assert res.pvalue == pytest.approx(math.exp(-float(x2) / 2))
    assert res.dropped == ("不真实",)
    assert res.warning == ""


def test_chi2_report_table_warns_about_small_expected_counts(report):
    before = report.copy()
    with pytest.warns(UserWarning, match="expected counts below 5"):
        res = chi2_homogeneity(report, items=TRUTH)
    assert_frame_equal(report, before)
    # 不真实 is zero in every township and is dropped: 7 x 3 table, df = 6 * 2
    assert res.dropped == ("不真实",)
    assert any("不真实" in note for note in res.notes)
    assert res.dof == 12
    # 基本真实: column total 2+9+2+1+0+1+0 = 15 of N = 358, so E = R_i * 15/358
    # is at most 68*15/358 = 2.85 < 5 in all 7 townships; 比较真实's smallest
    # is 36*65/358 = 6.54 >= 5. Share small = 7/21.
    assert res.share_small == pytest.approx(7 / 21)
    e = res.expected.set_index(["township", "item"])["expected"]
    # T6: row total 29+6+1 = 36, E = 36*15/358 = 1.508380
    assert e[("T6", "基本真实")] == pytest.approx(36 * 15 / 358)
    assert "基本真实" in res.warning and "1.51" in res.warning
    text = str(res)
    assert "df = 12" in text and "Warning:" in text and "不真实" in text
    assert text == res.summary()


def test_chi2_monte_carlo_is_seeded(report):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        a = chi2_homogeneity(report, items=RATING, simulate=999)
        b = chi2_homogeneity(report, items=RATING, simulate=999)
        c = chi2_homogeneity(report, items=RATING)
    assert a.pvalue_simulated == b.pvalue_simulated
    assert 0 < a.pvalue_simulated < 1
    assert math.isnan(c.pvalue_simulated)
    assert a.statistic == c.statistic
    assert "Monte Carlo p" in a.summary() and "seed" in a.summary()


def test_chi2_rejects_degenerate_table():
    df = _table(["a", "b"], ["x", "y"], [[1, 0], [2, 0]])
    with pytest.raises(ValueError, match="2 x 2"):
        chi2_homogeneity(df, items=["x", "y"], by="g")


# ---------------------------------------------------------------------------
# binomial GLM
# ---------------------------------------------------------------------------


def _logit(p):
    return math.log(p / (1 - p))


@pytest.mark.parametrize(
    "success, succ_zhen, succ_xiang",
    [
        # 优秀: 镇 55+44+44 = 143 of 68+68+64 = 200 -> 0.715
        #       乡 40+29+24+31 = 124 of 52+37+36+37 = 162 -> 0.765432
        ("优秀", 143, 124),
        # 真实: 镇 53+41+51 = 145 of 200 -> 0.725; 乡 41+30+29+33 = 133 of 162
        ("真实", 145, 133),
    ],
)
def test_glm_reproduces_pooled_group_shares(report, success, succ_zhen, succ_xiang):
    res = binomial_glm(report, success=success, total=FORMS)
    coef = res.coefficients.set_index("term")
    p_zhen, p_xiang = succ_zhen / 200, succ_xiang / 162
    b0 = coef.loc["Intercept", "estimate"]
    b1 = coef.loc["township_type[T.乡]", "estimate"]
    # saturated in the group: inverse logit of the intercept is the pooled 镇 share
    assert math.exp(b0) / (1 + math.exp(b0)) == pytest.approx(p_zhen, abs=1e-8)
    # and the coefficient is the log odds ratio logit(p乡) - logit(p镇)
    assert b1 == pytest.approx(_logit(p_xiang) - _logit(p_zhen), abs=1e-8)
    assert coef.loc["township_type[T.乡]", "odds_ratio"] == pytest.approx(
        (p_xiang / (1 - p_xiang)) / (p_zhen / (1 - p_zhen)), rel=1e-8
    )
    # Wald SE of a logit: sqrt(1 / (n p (1-p))); of a difference of two
    # independent logits: sqrt of the sum.
    se0 = math.sqrt(1 / (200 * p_zhen * (1 - p_zhen)))
    se1 = math.sqrt(se0**2 + 1 / (162 * p_xiang * (1 - p_xiang)))
    assert coef.loc["Intercept", "std_err"] == pytest.approx(se0, rel=1e-6)
    assert coef.loc["township_type[T.乡]", "std_err"] == pytest.approx(se1, rel=1e-6)
    assert coef.loc["Intercept", "ci_lower"] == pytest.approx(b0 - 1.959964 * se0, abs=1e-5)
    # pooled group shares are also the fitted values of every unit
    fitted = res.units.set_index("township")["fitted"]
    assert fitted["T1"] == pytest.approx(p_zhen) and fitted["T7"] == pytest.approx(p_xiang)


def test_glm_excellent_share_hand_values(report):
    # 优秀: intercept = logit(0.715) = log(0.715/0.285) = log(2.508772) = 0.919793
    # log OR = logit(0.765432) - 0.919793 = log(3.263158) - 0.919793 = 0.262902
    # SE(intercept) = sqrt(1/(200*0.715*0.285)) = sqrt(1/40.755) = 0.156642
    res = binomial_glm(report, success="优秀", total=FORMS)
    coef = res.coefficients
    assert coef["estimate"].round(6).tolist() == [0.919793, 0.262902]
    assert round(coef.loc[0, "std_err"], 6) == 0.156642
    assert list(coef.columns) == [
        "term", "estimate", "std_err", "z", "pvalue", "ci_lower", "ci_upper",
        "odds_ratio", "odds_ratio_ci_lower", "odds_ratio_ci_upper",
    ]


def test_glm_dispersion_by_hand(report):
    # Pearson X^2 = sum_i (y_i - n_i p_g)^2 / (n_i p_g (1 - p_g)) with the
    # pooled group shares p_镇 = 143/200, p_乡 = 124/162; df = 7 - 2 = 5.
    # e.g. T1: (55 - 68*0.715)^2 / (68*0.715*0.285) = 6.38^2/13.8567 = 2.937525
    y = np.array([55, 44, 44, 40, 29, 24, 31])
    n = np.array([68, 68, 64, 52, 37, 36, 37])
    p = np.array([143 / 200] * 3 + [124 / 162] * 4)
    x2 = float(np.sum((y - n * p) ** 2 / (n * p * (1 - p))))
    res = binomial_glm(report, success="优秀", total=FORMS)
    assert res.pearson_chi2 == pytest.approx(x2, rel=1e-8)
    assert res.df_resid == 5
    assert res.dispersion == pytest.approx(x2 / 5, rel=1e-8)
    # deviance = 2 sum [y log(y/mu) + (n-y) log((n-y)/(n-mu))]
    mu = n * p
    dev = 2 * np.sum(y * np.log(y / mu) + (n - y) * np.log((n - y) / (n - mu)))
    assert res.deviance == pytest.approx(dev, rel=1e-8)
    assert res.units["pearson_resid"].pow(2).sum() == pytest.approx(x2)


def test_glm_caveat_is_data_dependent_and_always_printed(report):
    res = binomial_glm(report, success="优秀", total=FORMS)
    assert "7 township units" in res.caveat
    assert "镇: 3, 乡: 4" in res.caveat
    assert "362" in res.caveat
    assert f"{res.dispersion:.2f}" in res.caveat
    assert "descriptive" in res.caveat.lower()
    assert "independent" in res.caveat
    text = str(res)
    assert res.caveat in text and "Intercept" in text and "df_resid = 5" in text
    # a different table gives a different caveat
    other = binomial_glm(report, success="真实", total=FORMS)
    assert other.caveat != res.caveat


def test_glm_quasibinomial_scales_standard_errors(report):
    from scipy.stats import t

    plain = binomial_glm(report, success="真实", total=FORMS)
    quasi = binomial_glm(report, success="真实", total=FORMS, scale="X2")
    factor = math.sqrt(plain.dispersion)
    assert quasi.coefficients["std_err"].to_numpy() == pytest.approx(
        plain.coefficients["std_err"].to_numpy() * factor, rel=1e-8
    )
    assert_frame_equal(
        quasi.coefficients[["term", "estimate"]], plain.coefficients[["term", "estimate"]]
    )
    # t reference on 5 df, as R's summary.glm for quasibinomial
    z = quasi.coefficients["z"].to_numpy()
    assert quasi.coefficients["pvalue"].to_numpy() == pytest.approx(2 * t.sf(abs(z), 5))
    assert "already scaled" in quasi.caveat


def _tiny_units(successes, trials, kinds=None):
    """A tidy frame as binomial_glm reads it: one row per unit x item ("yes" successes of "asked")."""
    units = [f"U{i}" for i in range(1, len(successes) + 1)]
    frame = pd.DataFrame({"unit": units * 2, "item": ["yes"] * len(units) + ["asked"] * len(units), "value": list(successes) + list(trials)})
    if kinds is not None:
        frame["kind"] = list(kinds) * 2
    return frame


def _t2_two_sided_p(t):
    # Student t on 2 df has a closed-form cdf, F(t) = 1/2 + t / (2 sqrt(2 + t^2)), so the two-sided
    # p-value is 1 - |t| / sqrt(2 + t^2): a hand formula, not scipy.
    return 1 - abs(t) / math.sqrt(2 + t * t)


def test_glm_quasibinomial_intercept_only_by_hand():
    # y = 2, 5, 8 of n = 10 each: p = 15/30 = 0.5, expected counts n p = 5, 5, 5;
    # n p (1 - p) = 10 * 0.25 = 2.5 per unit, sum 7.5.
    # Pearson X^2 = ((2-5)^2 + (5-5)^2 + (8-5)^2) / 2.5 = (9 + 0 + 9) / 2.5 = 7.2; df = 3 - 1 = 2;
    # dispersion phi = 7.2 / 2 = 3.6.
    # binomial SE of logit(p) = sqrt(1 / 7.5) = 0.365148; quasi-binomial SE = sqrt(3.6 / 7.5) = sqrt(0.48) = 0.692820,
    # i.e. sqrt(phi) = 1.897367 times larger.
    # estimate logit(0.5) = 0, so t = 0 and p = 1; t(0.975, 2 df) = (2q-1) / sqrt(2q(1-q)) with q = 0.975
    # = 0.95 / sqrt(0.04875) = 4.302653, interval 0 +/- 4.302653 * 0.692820 = +/- 2.980965.
    data = _tiny_units([2, 5, 8], [10, 10, 10])
    quasi = binomial_glm(data, success="yes", total="asked", by="unit", group=None, scale="X2")
    plain = binomial_glm(data, success="yes", total="asked", by="unit", group=None)
    assert quasi.pearson_chi2 == pytest.approx(7.2, rel=1e-9)
    assert quasi.df_resid == 2
    assert quasi.dispersion == pytest.approx(3.6, rel=1e-9)
    coef = quasi.coefficients.iloc[0]
    assert coef["term"] == "Intercept"
    assert coef["estimate"] == pytest.approx(0, abs=1e-9)
    assert coef["std_err"] == pytest.approx(math.sqrt(3.6 / 7.5), rel=1e-8)
    assert coef["std_err"] == pytest.approx(0.692820, abs=1e-6)
    assert plain.coefficients.loc[0, "std_err"] == pytest.approx(0.365148, abs=1e-6)
    assert coef["pvalue"] == pytest.approx(1.0)
    assert (coef["ci_lower"], coef["ci_upper"]) == pytest.approx((-2.980965, 2.980965), abs=1e-6)


@pytest.mark.parametrize(
    ("reference", "logit_ref", "se_ref", "p_ref", "log_or", "p_diff"),
    [
        # A: y = 2, 6 of 10, 10 -> p_A = 8/20 = 0.4; B: y = 5, 9 of 10, 10 -> p_B = 14/20 = 0.7.
        # X^2 = ((2-4)^2 + (6-4)^2) / (10*0.4*0.6) + ((5-7)^2 + (9-7)^2) / (10*0.7*0.3)
        #     = 8/2.4 + 8/2.1 = 3.333333 + 3.809524 = 7.142857 (= 50/7); df = 4 - 2 = 2; phi = 25/7 = 3.571429.
        # sum of n p (1-p): A 20*0.24 = 4.8, B 20*0.21 = 4.2.
        # SE logit p_A = sqrt(3.571429/4.8) = sqrt(0.744048) = 0.862582
        # SE logit p_B = sqrt(3.571429/4.2) = sqrt(0.850340) = 0.922139
        # SE of the difference = sqrt(0.744048 + 0.850340) = sqrt(1.594388) = 1.262691
        # logit 0.4 = ln(2/3) = -0.405465, logit 0.7 = ln(7/3) = 0.847298, difference ln(3.5) = 1.252763.
        # t = -0.405465/0.862582 = -0.470060 -> p = 1 - 0.470060/sqrt(2.220956) = 0.684584
        # t =  0.847298/0.922139 =  0.918840 -> p = 1 - 0.918840/sqrt(2.844267) = 0.455178
        # t =  1.252763/1.262691 =  0.992138 -> p = 1 - 0.992138/sqrt(2.984337) = 0.425688
        ("A", -0.405465, 0.862582, 0.684584, 1.252763, 0.425688),
        ("B", 0.847298, 0.922139, 0.455178, -1.252763, 0.425688),
    ],
)
def test_glm_quasibinomial_two_groups_by_hand(reference, logit_ref, se_ref, p_ref, log_or, p_diff):
    data = _tiny_units([2, 6, 5, 9], [10, 10, 10, 10], kinds=["A", "A", "B", "B"])
    res = binomial_glm(data, success="yes", total="asked", by="unit", group="kind", reference=reference, scale="X2")
    other = "B" if reference == "A" else "A"
    assert res.pearson_chi2 == pytest.approx(50 / 7, rel=1e-9)
    assert res.df_resid == 2
    assert res.dispersion == pytest.approx(25 / 7, rel=1e-9)
    coef = res.coefficients.set_index("term")
    assert list(coef.index) == ["Intercept", f"kind[T.{other}]"]
    intercept, diff = coef.loc["Intercept"], coef.loc[f"kind[T.{other}]"]
    assert intercept["estimate"] == pytest.approx(logit_ref, abs=1e-6)
    assert intercept["std_err"] == pytest.approx(se_ref, abs=1e-6)
    assert intercept["pvalue"] == pytest.approx(p_ref, abs=1e-6)
    assert diff["estimate"] == pytest.approx(log_or, abs=1e-6)
    assert diff["std_err"] == pytest.approx(1.262691, abs=1e-6)
    assert diff["pvalue"] == pytest.approx(p_diff, abs=1e-6)
    # the p-values are the 2-df t's of the printed t statistics, not a normal's
    assert intercept["pvalue"] == pytest.approx(_t2_two_sided_p(intercept["z"]), rel=1e-9)
    assert diff["pvalue"] == pytest.approx(_t2_two_sided_p(diff["z"]), rel=1e-9)


def test_glm_reference_level_and_list_total(report):
    typed = report.assign(
        township_type=pd.Categorical(report["township_type"], categories=["乡", "镇"])
    )
    res = binomial_glm(typed, success="优秀", total=RATING)
    coef = res.coefficients.set_index("term")
    # answered forms: 乡 124 of 124+37+0+0 = 161; 镇 143 of 143+43+13+0 = 199
    assert list(coef.index) == ["Intercept", "township_type[T.镇]"]
    assert coef.loc["Intercept", "estimate"] == pytest.approx(_logit(124 / 161), abs=1e-8)
    assert coef.loc["township_type[T.镇]", "estimate"] == pytest.approx(
        _logit(143 / 199) - _logit(124 / 161), abs=1e-8
    )


def test_glm_intercept_only(report):
    res = binomial_glm(report, success="真实", total=FORMS, group=None)
    # pooled 278/362
    assert res.coefficients["term"].tolist() == ["Intercept"]
    assert res.coefficients.loc[0, "estimate"] == pytest.approx(_logit(278 / 362), abs=1e-8)
    assert res.df_resid == 6


def test_glm_does_not_mutate_input(report):
    before = report.copy()
    binomial_glm(report, success="优秀", total=FORMS)
    assert_frame_equal(report, before)


def test_the_unit_column_is_the_tables_own_not_the_reports():
    # the engine assumes no report's column names: a parsed table says which column holds its units (data.attrs)
    from dangjian.engine.tables import RowSpec, TableSpec, parse_flat_table

    spec = TableSpec(title=r"测评表", header=r"类别(?P<columns>[村社]+)", rows=(RowSpec("发放"), RowSpec("好")), unit_prefix="V")
    table = parse_flat_table("测评表类别村社发放10 20好8 10", spec)
    assert list(table.data.columns[:2]) == ["unit", "unit_type"] and table.data.attrs == {"unit": "unit", "unit_type": "unit_type"}
    rates = unit_rates(table.data, numerator="好", denominator="发放")
    assert rates["unit"].tolist() == ["V1", "V2"] and rates["rate"].tolist() == [0.8, 0.5]
    # a frame that does not say, and no by=: one clear error naming what to pass
    plain = pd.DataFrame(table.data)
    plain.attrs.clear()
    with pytest.raises(ValueError, match=r"unit_rates: name the unit column \(by=\.\.\.\)"):
        unit_rates(plain, numerator="好", denominator="发放")
    assert unit_rates(plain, numerator="好", denominator="发放", by="unit")["rate"].tolist() == [0.8, 0.5]
