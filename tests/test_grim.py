"""Tests for dangjian.engine.consistency.grim: grim, grim_map and smallest_n.

With the report's own shares of n = 310 ("有 202 人,占 65.16%"), checked by
GRIM and by percent_of together.  Every expected value is written beside its
source: a hand calculation in the comment, the report's printed number, or a
brute-force search over all candidate counts and sums.
"""

from __future__ import annotations

import math
from fractions import Fraction as F

import pandas as pd
import pandas.testing as pdt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dangjian.engine.consistency import (
    ROUNDING_MODES,
    grim,
    grim_map,
    map_summary,
    percent_of,
    reround,
    unround,
)

# ---------------------------------------------------------------------------
# GRIM: published, report and hand-derived cases
# ---------------------------------------------------------------------------

GRIM_CASES = [
    # Brown & Heathers (2017), "The GRIM test", SPPS 8(4), worked example as
    # cited in our brief (not checked against the paper here): n = 28, mean
    # 5.19. By hand: 5.19 * 28 = 145.32; 145/28 = 5.17857 -> 5.18 and
    # 146/28 = 5.21429 -> 5.21, so 5.19 is impossible and 5.18 possible.
    ("5.19", 28, {}, False),
    ("5.18", 28, {}, True),
    # Hand-derived (the brief recalled scrutiny's doc example
    # grim(x = "5.27", n = 43) as TRUE; the arithmetic says otherwise):
    # 5.27 * 43 = 226.61; 226/43 = 5.25581 -> 5.26, 227/43 = 5.27907 -> 5.28.
    ("5.27", 43, {}, False),
    # Hand-derived exact tie: 211/40 = 5.275. 210/40 = 5.25, 212/40 = 5.30.
    # "5.27" needs the tie rounded down, "5.28" rounded up; "even" keeps the
    # even last digit 8.
    ("5.27", 40, {}, True),
    ("5.27", 40, {"rounding": "up"}, False),
    ("5.27", 40, {"rounding": "down"}, True),
    ("5.27", 40, {"rounding": "even"}, False),
    ("5.28", 40, {"rounding": "up"}, True),
    ("5.28", 40, {"rounding": "down"}, False),
    ("5.28", 40, {"rounding": "even"}, True),
    # Hand-derived, "5.1" vs "5.10" with n = 7: 35/7 = 5.0, 36/7 = 5.142857.
    # 5.142857 is in [5.05, 5.15] (one decimal) but not in [5.095, 5.105].
    ("5.1", 7, {}, True),
    ("5.10", 7, {}, False),
    # Hand-derived, items: n = 10, 3 items -> N = 30; 104/30 = 3.46667 ->
    # 3.47; 105/30 = 3.5, so 3.48 is impossible. With N = 10: 34/10 = 3.4,
    # 35/10 = 3.5, so 3.47 is impossible.
    ("3.47", 10, {"items": 3}, True),
    ("3.48", 10, {"items": 3}, False),
    ("3.47", 10, {}, False),
    # Hand-derived, scale (1..7, n = 10: sum from 10 to 70): 7.1 needs 71,
    # 6.9 needs 69, 0.9 needs 9.
    ("7.1", 10, {}, True),
    ("7.1", 10, {"scale": (1, 7)}, False),
    ("6.9", 10, {"scale": (1, 7)}, True),
    ("0.9", 10, {"scale": (1, 7)}, False),
    # Hand-derived, negative means: S = -145 gives -5.17857 -> -5.18.
    ("-5.18", 28, {}, True),
    ("-5.19", 28, {}, False),
    # Hand-derived, directed modes with n = 3 (thirds: 0, 0.333.., 0.666..):
    # trunc "0.3" is [0.3, 0.4) which holds 1/3; trunc "0.1" is [0.1, 0.2);
    # anti_trunc "0.4" is (0.3, 0.4] which holds 1/3; "0.3" is (0.2, 0.3].
    ("0.3", 3, {"rounding": "trunc"}, True),
    ("0.1", 3, {"rounding": "trunc"}, False),
    ("0.4", 3, {"rounding": "anti_trunc"}, True),
    ("0.3", 3, {"rounding": "anti_trunc"}, False),
    ("0", 3, {"rounding": "anti_trunc"}, True),  # S = 0
    ("5", 3, {}, True),  # S = 15, no decimals
]


@pytest.mark.parametrize(("x", "n", "kwargs", "expected"), GRIM_CASES)
def test_grim_cases(x, n, kwargs, expected):
    assert grim(x, n, **kwargs) is expected


# The report: "有 202 人,占 65.16%" and its neighbours, all of n = 310.
# 100 * k / 310 = 10k/31:
#   202 -> 2020/31 = 65.16129 -> 65.16
#   187 -> 1870/31 = 60.32258 -> 60.32
#   254 -> 2540/31 = 81.93548 -> 81.94
#   226 -> 2260/31 = 72.90323 -> 72.90
#   192 -> 1920/31 = 61.93548 -> 61.94
#   149 -> 1490/31 = 48.06452 -> 48.06
REPORT_PERCENTS = [
    (202, "65.16", F(2020, 31)),
    (187, "60.32", F(1870, 31)),
    (254, "81.94", F(2540, 31)),
    (226, "72.90", F(2260, 31)),
    (192, "61.94", F(1920, 31)),
    (149, "48.06", F(1490, 31)),
]


@pytest.mark.parametrize(("count", "reported", "exact"), REPORT_PERCENTS)
def test_report_percentages_are_consistent(count, reported, exact):
    assert grim(reported, 310, percent=True)
    check = percent_of(count, 310, reported)
    assert check.exact == exact
    assert check.printed == (reported,)
    assert check.consistent
    assert check.difference == F(reported) - exact


PERCENT_CASES = [
    # 0% and 100% are always reachable (k = 0, k = n).
    ("0", 310, True),
    ("0.00", 310, True),
    ("100", 310, True),
    ("100.00", 310, True),
    # Hand-derived: "0.1" needs k in [0.05, 0.15] * 3.1 = [0.155, 0.465].
    ("0.1", 310, False),
    # "99.9" needs k in [99.85, 99.95] * 3.1 = [309.535, 309.845].
    ("99.9", 310, False),
    # k is bounded to 0..n: 100.5% of 200 needs k = 201; 99.5% is k = 199.
    ("100.5", 200, False),
    ("99.5", 200, True),
    ("101", 310, False),
    ("-1", 310, False),
    # Hand-derived tie: 1 of 8 = 12.5% -> "13" (up) or "12" (down).
    ("12", 8, True),
    ("13", 8, True),
    ("14", 8, False),
]


@pytest.mark.parametrize(("x", "n", "expected"), PERCENT_CASES)
def test_grim_percent(x, n, expected):
    assert grim(x, n, percent=True) is expected


def test_percent_tie_depends_on_mode():
    # 1/8 = 12.5%: "up" prints 13, "down" and "even" print 12.
    check = percent_of(1, 8, "12", rounding="up")
    assert (check.printed, check.consistent, check.difference) == (("13",), False, F(-1, 2))
    assert percent_of(1, 8, "12", rounding="even").consistent
    assert percent_of(1, 8, "12").printed == ("13", "12")


@pytest.mark.parametrize("mode", ROUNDING_MODES)
def test_grim_cannot_fail_when_n_reaches_resolution(mode):
    # n = 100 >= 10**2: sums step by 0.01, so every 2-decimal mean in
    # [0, 3] is reachable whatever the mode (each interval has width 0.01
    # and at least one closed end, or is open with width > 0.01).
    frame = pd.DataFrame({"x": [f"{i / 100:.2f}" for i in range(301)], "n": 100})
    result = grim_map(frame, rounding=mode)
    assert result["consistency"].all()
    assert (result["probability"] == 0.0).all()
    # Percentages: n = 10**4 >= 10**(2 + 2); every 2-decimal percentage.
    shares = pd.DataFrame({"x": [f"{i / 100:.2f}" for i in range(0, 10001, 37)], "n": 10**4})
    result = grim_map(shares, percent=True, rounding=mode)
    assert result["consistency"].all()
    assert (result["probability"] == 0.0).all()


@settings(max_examples=300, deadline=None)
@given(
    m=st.integers(-3000, 3000),
    digits=st.integers(0, 3),
    n=st.integers(1, 60),
    items=st.integers(1, 3),
    mode=st.sampled_from(ROUNDING_MODES),
    threshold=st.integers(1, 9),
)
def test_grim_agrees_with_brute_force(m, digits, n, items, mode, threshold):
    # Oracle: try every sum S with S / N within one unit of x.
    x = reround(F(m, 10**digits), digits, "up")[0]
    total = n * items
    value = F(m, 10**digits)
    candidates = range(math.floor((value - 1) * total), math.ceil((value + 1) * total) + 1)
    expected = any(x in reround(F(s, total), digits, mode, threshold) for s in candidates)
    assert grim(x, n, items=items, rounding=mode, threshold=threshold) is expected


@settings(max_examples=300, deadline=None)
@given(
    m=st.integers(-100, 11000),
    digits=st.integers(0, 2),
    n=st.integers(1, 400),
    mode=st.sampled_from(ROUNDING_MODES),
)
def test_grim_percent_agrees_with_brute_force(m, digits, n, mode):
    # Oracle: try every count k = 0..n.
    x = reround(F(m, 10**digits), digits, "up")[0]
    expected = any(x in reround(F(100 * k, n), digits, mode) for k in range(n + 1))
    assert grim(x, n, percent=True, rounding=mode) is expected


@settings(max_examples=500, deadline=None)
@given(s=st.integers(-10**7, 10**7), n=st.integers(1, 5000), digits=st.integers(0, 3))
def test_rounded_true_mean_is_grim_consistent(s, n, digits):
    (x,) = reround(F(s, n), digits, "up")
    assert grim(x, n, rounding="up")
    assert grim(x, n)  # the charitable default accepts it too
    assert F(s, n) in unround(x, "up")


# ---------------------------------------------------------------------------
# grim_map and map_summary
# ---------------------------------------------------------------------------


def test_grim_map_keeps_columns_and_does_not_mutate():
    data = pd.DataFrame(
        {
            "page": [3, 3, 7, 9],
            "x": ["5.19", "5.18", "5.10", "5.1"],
            "n": [28, 28, 7, 7],
        },
        index=["a", "b", "c", "d"],
    )
    before = data.copy(deep=True)
    result = grim_map(data)
    pdt.assert_frame_equal(data, before)
    expected = before.assign(
        # 5.19/28 and 5.18/28: Brown & Heathers example above; 5.10 and 5.1
        # with n = 7: hand-derived above.
        consistency=[False, True, False, True],
        # 1 - 28/100 = 0.72; 1 - 7/100 = 0.93; 1 - 7/10 = 0.3.
        probability=[0.72, 0.72, 0.93, 0.3],
    )
    pdt.assert_frame_equal(result, expected)


def test_grim_map_percent_and_map_summary():
    # Report percentages (see REPORT_PERCENTS) plus "0.1" of 310 (hand: no k).
    data = pd.DataFrame(
        {"x": ["65.16", "72.90", "0.1"], "n": [310, 310, 310], "claim": ["a", "b", "c"]}
    )
    result = grim_map(data, percent=True)
    # probability: 1 - 310/10**4 = 0.969 (2 decimals), 1 - 310/10**3 = 0.69.
    expected = data.assign(consistency=[True, True, False], probability=[0.969, 0.969, 0.69])
    pdt.assert_frame_equal(result, expected)
    # 1 of 3 inconsistent; mean probability (0.969 + 0.969 + 0.69) / 3 = 0.876.
    pdt.assert_frame_equal(
        map_summary(result),
        pd.DataFrame(
            {"cases": [3], "inconsistent": [1], "rate": [1 / 3], "mean_probability": [0.876]}
        ),
    )


def test_grim_map_empty_frame():
    data = pd.DataFrame({"x": pd.Series([], dtype=object), "n": pd.Series([], dtype="int64")})
    result = grim_map(data)
    assert list(result.columns) == ["x", "n", "consistency", "probability"]
    assert result["consistency"].dtype == bool
    summary = map_summary(result)
    assert summary.loc[0, "cases"] == 0 and math.isnan(summary.loc[0, "rate"])


def test_grim_map_accepts_integral_float_n():
    # An integer column with a gap elsewhere becomes float64 in pandas.
    result = grim_map(pd.DataFrame({"x": ["5.18"], "n": [28.0]}))
    assert result["consistency"].tolist() == [True]


@pytest.mark.parametrize(
    ("data", "kwargs", "error", "match"),
    [
        (pd.DataFrame({"x": [5.18], "n": [28]}), {}, TypeError, "row 0.*trailing zeros"),
        (pd.DataFrame({"x": ["5.18"], "n": [28.5]}), {}, TypeError, "row 0.*integer"),
        (pd.DataFrame({"mean": ["5.18"], "n": [28]}), {}, ValueError, "column 'x'"),
        (
            pd.DataFrame({"x": ["5.18"], "n": [28], "consistency": [True]}),
            {},
            ValueError,
            "already has",
        ),
        (pd.DataFrame({"x": ["5.18"], "n": [28]}), {"rounding": "bankers"}, ValueError, "even"),
    ],
)
def test_grim_map_errors(data, kwargs, error, match):
    with pytest.raises(error, match=match):
        grim_map(data, **kwargs)


@pytest.mark.parametrize("x, expected", [
    ("93.5", 31),   # 29/31 = 93.548%; no n <= 30 has a k with 93.45 <= 100k/n <= 93.55
    ("50", 2),      # 1/2
    ("83.2", 95),   # 79/95 = 83.158%
    ("0.01", 6667), # 1/6667 = 0.014999% rounds to 0.01; 1/6666 = 0.015002% rounds to 0.02
])
def test_smallest_n(x, expected):
    from dangjian.engine.consistency import smallest_n

    assert smallest_n(x) == expected
    assert smallest_n(x, limit=expected - 1) is None


def test_smallest_n_is_the_one_of_the_package():
    import dangjian
    from dangjian.compendium import checks
    from dangjian.engine.consistency import smallest_n

    assert dangjian.smallest_n is smallest_n and checks.smallest_n is smallest_n


@pytest.mark.parametrize("kwargs", [{"threshold": 5.0}, {"rounding": "up_from", "threshold": True}, {"rounding": ["up"]}])
def test_grim_percent_checks_its_arguments_whatever_ran_before(kwargs):
    # The percentage path caches the share's interval; a cache that already holds
    # threshold 5 (or 1) must not let 5.0 (or True) through, nor hide an unknown mode.
    grim("65.16", 310, percent=True)
    grim("65.16", 310, percent=True, rounding="up_from", threshold=1)
    with pytest.raises((TypeError, ValueError)):
        grim("65.16", 310, percent=True, **kwargs)


def test_fitting_bases_and_grim_fits_agree_with_grim_on_every_base():
    """The integer scan of many bases (``dangjian audit`` tries thousands) gives exactly the bases :func:`grim` accepts."""
    import random

    from dangjian.engine.consistency import fitting_bases, grim_fits

    rng = random.Random(7)
    values = ["0", "100", "0.0", "100.00", "93.5", "33.33", "0.01", "99.99", "19.71"]
    values += [f"{rng.uniform(0, 100):.{rng.choice([0, 1, 2])}f}" for _ in range(60)]
    for value in values:
        for mode in ("up_or_down", "trunc", "up", "even"):
            expected = [n for n in range(1, 300) if grim(value, n, percent=True, rounding=mode)]
            assert list(fitting_bases(value, range(1, 300), mode)) == expected, (value, mode)
            assert [n for n in range(1, 300) if grim_fits(value, n, mode)] == expected, (value, mode)
