"""Tests for dangjian.engine.consistency.

Every expected value is written beside its source: a hand calculation in the
comment, the report's own printed number, or an independent implementation
(Python's ``decimal`` module for the standard rounding modes, a brute-force
search over all candidate sums for GRIM).
"""

from __future__ import annotations

import math
from decimal import (
    ROUND_CEILING,
    ROUND_DOWN,
    ROUND_FLOOR,
    ROUND_HALF_DOWN,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    ROUND_UP,
    Decimal,
    localcontext,
)
from fractions import Fraction as F

import pandas as pd
import pandas.testing as pdt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dangjian.engine.consistency import (
    ROUNDING_MODES,
    Interval,
    audit,
    grim,
    grim_map,
    percent_of,
    ratio_of_rounded,
    reround,
    rounding_convention,
    sum_check,
    sum_map,
    unround,
)

# ---------------------------------------------------------------------------
# reround: every mode at an exact tie, hand-derived
# ---------------------------------------------------------------------------

# 2.25 to 1 decimal: t = 22.5, floor 22, ceiling 23, the dropped part is
# exactly one half. "up" = half away from zero, "down" = half toward zero,
# "even" keeps 22 (even), the *_or_* modes give both (up/ceiling first).
# For -2.25 the magnitude rounds as above and the sign is reattached, except
# ceiling/floor, which go toward +inf / -inf.
TIE_CASES = [
    ("up", ("2.3",), ("-2.3",)),
    ("down", ("2.2",), ("-2.2",)),
    ("up_or_down", ("2.3", "2.2"), ("-2.3", "-2.2")),
    ("even", ("2.2",), ("-2.2",)),
    ("ceiling", ("2.3",), ("-2.2",)),
    ("floor", ("2.2",), ("-2.3",)),
    ("trunc", ("2.2",), ("-2.2",)),
    ("anti_trunc", ("2.3",), ("-2.3",)),
    ("ceiling_or_floor", ("2.3", "2.2"), ("-2.2", "-2.3")),
    ("up_from", ("2.3",), ("-2.3",)),  # threshold 5 = half up
    ("down_from", ("2.2",), ("-2.2",)),  # threshold 5 = half down
    ("up_from_or_down_from", ("2.3", "2.2"), ("-2.3", "-2.2")),
]


def test_tie_table_covers_every_mode():
    assert sorted(mode for mode, _, _ in TIE_CASES) == sorted(ROUNDING_MODES)


@pytest.mark.parametrize(("mode", "positive", "negative"), TIE_CASES)
def test_reround_exact_tie(mode, positive, negative):
    assert reround("2.25", 1, mode) == positive
    assert reround(F(-9, 4), 1, mode) == negative


@pytest.mark.parametrize(
    ("value", "digits", "mode", "threshold", "expected"),
    [
        # 2.35: t = 23.5, tie; 23 is odd so "even" goes to 24.
        ("2.35", 1, "even", 5, ("2.4",)),
        # 2.675 is exact as a decimal: t = 267.5, 267 odd -> 268. (Binary
        # float rounding, round(2.675, 2), gives 2.67.)
        (Decimal("2.675"), 2, "even", 5, ("2.68",)),
        # A float is read through str(): 2.675 -> Decimal("2.675").
        (2.675, 2, "even", 5, ("2.68",)),
        (2.675, 2, "up", 5, ("2.68",)),
        # up_from 4 (brief's example): 2.34, dropped part 0.4 >= 0.4 -> up.
        ("2.34", 1, "up_from", 4, ("2.4",)),
        ("2.339", 1, "up_from", 4, ("2.3",)),  # 0.39 < 0.4 -> down
        # down_from 4 is scrutiny's ceiling(t - (1 - 4/10)): down while the
        # dropped part is <= 0.6. 2.34: ceiling(22.8) = 23; 2.36:
        # ceiling(23.0) = 23; 2.361: ceiling(23.01) = 24.
        ("2.34", 1, "down_from", 4, ("2.3",)),
        ("2.36", 1, "down_from", 4, ("2.3",)),
        ("2.361", 1, "down_from", 4, ("2.4",)),
        # up_from 4 gives floor(23.4 + 0.6) = 24, down_from 4 gives 23.
        ("2.34", 1, "up_from_or_down_from", 4, ("2.4", "2.3")),
        # A representable value: ceiling and floor agree, one string.
        ("2.2", 1, "ceiling_or_floor", 5, ("2.2",)),
        # 283/3 = 94.3333...: not a tie anywhere.
        ("283/3", 2, "up_or_down", 5, ("94.33",)),
        ("283/3", 2, "ceiling", 5, ("94.34",)),
        # Trailing zeros are kept; no "-" before a zero.
        (5, 2, "up", 5, ("5.00",)),
        ("-0.04", 1, "up", 5, ("0.0",)),
        ("0.05", 1, "down", 5, ("0.0",)),
        ("0.05", 1, "up", 5, ("0.1",)),
        ("-0.05", 1, "up", 5, ("-0.1",)),
        # digits = 0: no decimal point. 2.5 -> 3 (up), 2 (even).
        ("2.5", 0, "up", 5, ("3",)),
        ("2.5", 0, "even", 5, ("2",)),
        ("1/8", 3, "up", 5, ("0.125",)),
        ("1/8", 2, "even", 5, ("0.12",)),  # 12.5, 12 even
    ],
)
def test_reround_hand_cases(value, digits, mode, threshold, expected):
    assert reround(value, digits, mode, threshold) == expected


# Independent reference: the decimal module's quantize, whose documented
# modes match ours. Values are S/n; 60 significant digits cannot move a
# non-tie onto a tie (a non-tie is at least 1/(2*n*10**d) away from one).
_DECIMAL_MODES = {
    "up": ROUND_HALF_UP,  # "ties going away from zero"
    "down": ROUND_HALF_DOWN,  # "ties going towards zero"
    "even": ROUND_HALF_EVEN,
    "ceiling": ROUND_CEILING,
    "floor": ROUND_FLOOR,
    "trunc": ROUND_DOWN,  # "towards zero"
    "anti_trunc": ROUND_UP,  # "away from zero"
}


def _decimal_reference(s: int, n: int, digits: int, mode: str) -> str:
    with localcontext() as ctx:
        ctx.prec = 60
        exact = Decimal(s) / Decimal(n)
        printed = format(exact.quantize(Decimal(1).scaleb(-digits), _DECIMAL_MODES[mode]), "f")
    # decimal keeps the sign of zero ("-0.0"); the report would print "0.0".
    return printed[1:] if printed.startswith("-") and not printed.strip("-0.") else printed


@settings(max_examples=400, deadline=None)
@given(
    s=st.integers(-10**6, 10**6),
    n=st.integers(1, 5000),
    digits=st.integers(0, 3),
    mode=st.sampled_from(sorted(_DECIMAL_MODES)),
)
def test_reround_matches_decimal_module(s, n, digits, mode):
    assert reround(F(s, n), digits, mode) == (_decimal_reference(s, n, digits, mode),)


# ---------------------------------------------------------------------------
# unround: literal intervals, hand-derived
# ---------------------------------------------------------------------------

# Unit q = 0.1. A half-open end is the tie the mode sends elsewhere, e.g.
# "up" prints 2.25 as 2.3, so 2.25 is not in the interval of "2.2".
UNROUND_CASES = [
    ("2.2", "up_or_down", 5, Interval(F("2.15"), F("2.25"), True, True)),
    ("2.2", "up", 5, Interval(F("2.15"), F("2.25"), True, False)),
    ("2.2", "down", 5, Interval(F("2.15"), F("2.25"), False, True)),
    ("2.2", "even", 5, Interval(F("2.15"), F("2.25"), True, True)),  # 2 even
    ("2.3", "even", 5, Interval(F("2.25"), F("2.35"), False, False)),  # 3 odd
    ("2.2", "ceiling", 5, Interval(F("2.1"), F("2.2"), False, True)),
    ("2.2", "floor", 5, Interval(F("2.2"), F("2.3"), True, False)),
    ("2.2", "trunc", 5, Interval(F("2.2"), F("2.3"), True, False)),
    ("2.2", "anti_trunc", 5, Interval(F("2.1"), F("2.2"), False, True)),
    # 2.3 itself is printed "2.3" by both ceiling and floor: open ends.
    ("2.2", "ceiling_or_floor", 5, Interval(F("2.1"), F("2.3"), False, False)),
    # threshold 4: up_from prints 2.2 from 2.14 (dropped part 0.4 goes up)
    # to below 2.24; down_from (down while the dropped part is <= 0.6) from
    # above 2.16 to 2.26; the combined mode is the union of the two.
    ("2.2", "up_from", 4, Interval(F("2.14"), F("2.24"), True, False)),
    ("2.2", "down_from", 4, Interval(F("2.16"), F("2.26"), False, True)),
    ("2.2", "up_from_or_down_from", 4, Interval(F("2.14"), F("2.26"), True, True)),
    # threshold 6: up_from [2.16, 2.26), down_from (2.14, 2.24]; union
    # (2.14, 2.26), open at both ends.
    ("2.2", "up_from", 6, Interval(F("2.16"), F("2.26"), True, False)),
    ("2.2", "down_from", 6, Interval(F("2.14"), F("2.24"), False, True)),
    ("2.2", "up_from_or_down_from", 6, Interval(F("2.14"), F("2.26"), False, False)),
    # Negative: mirrored. -2.25 is printed "-2.3" by "up" (away from zero).
    ("-2.2", "up", 5, Interval(F("-2.25"), F("-2.15"), False, True)),
    ("-2.2", "down", 5, Interval(F("-2.25"), F("-2.15"), True, False)),
    ("-2.2", "ceiling", 5, Interval(F("-2.3"), F("-2.2"), False, True)),
    ("-2.2", "floor", 5, Interval(F("-2.2"), F("-2.1"), True, False)),
    ("-2.2", "trunc", 5, Interval(F("-2.3"), F("-2.2"), False, True)),
    ("-2.2", "anti_trunc", 5, Interval(F("-2.2"), F("-2.1"), True, False)),
    # Zero: both sides of the sign.
    ("0.0", "up", 5, Interval(F("-0.05"), F("0.05"), False, False)),
    ("0.0", "down", 5, Interval(F("-0.05"), F("0.05"), True, True)),
    ("0.0", "trunc", 5, Interval(F("-0.1"), F("0.1"), False, False)),
    ("0.0", "anti_trunc", 5, Interval(F(0), F(0), True, True)),
    ("0.0", "up_from", 4, Interval(F("-0.04"), F("0.04"), False, False)),
    # down_from 4 keeps magnitudes up to 0.06 (dropped part <= 0.6) at 0.0.
    ("-0.0", "down_from", 4, Interval(F("-0.06"), F("0.06"), True, True)),
    # Trailing zeros narrow the interval: "5.10" vs "5.1".
    ("5.10", "up_or_down", 5, Interval(F("5.095"), F("5.105"), True, True)),
    ("5.1", "up_or_down", 5, Interval(F("5.05"), F("5.15"), True, True)),
    ("5", "up_or_down", 5, Interval(F("4.5"), F("5.5"), True, True)),
    (".5", "up_or_down", 5, Interval(F("0.45"), F("0.55"), True, True)),
]


@pytest.mark.parametrize(("x", "mode", "threshold", "expected"), UNROUND_CASES)
def test_unround_hand_cases(x, mode, threshold, expected):
    assert unround(x, mode, threshold) == expected


@settings(max_examples=400, deadline=None)
@given(
    num=st.integers(-10**5, 10**5),
    den=st.integers(1, 2000),
    digits=st.integers(0, 3),
    mode=st.sampled_from(ROUNDING_MODES),
    threshold=st.integers(1, 9),
)
def test_unround_is_exact_preimage_of_reround(num, den, digits, mode, threshold):
    # For every printable string near the value: the mode prints it iff the
    # value lies in its unround interval. reround and unround are written
    # separately (direct rounding vs. interval formulas), so this checks both.
    value = F(num, den)
    t = value * 10**digits
    printed = set(reround(value, digits, mode, threshold))
    for m in range(math.floor(t) - 2, math.ceil(t) + 3):
        x = reround(F(m, 10**digits), digits, "up")[0]  # m / 10**d printed exactly
        assert (x in printed) == (value in unround(x, mode, threshold)), (x, printed)


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
# Parity with scrutiny where the names are the same (issue 16)
# ---------------------------------------------------------------------------

# scrutiny's documented definitions (?rounding_common, ?reround), worked by
# hand with t = x * 10^d:
#   round_up_from(x, d, k)   = floor(t + (1 - k/10)) / 10^d
#   round_down_from(x, d, k) = ceiling(t - (1 - k/10)) / 10^d
#   reround(rounding = "up_from_or_down_from") returns both.
# Negative values act on the magnitude (scrutiny's symmetric = TRUE; see the
# module docstring). "(was ...)" marks a case this module answered
# differently before issue 16, when down_from read k as scrutiny's 10 - k.
SCRUTINY_REROUND = [
    # up_from 4: floor(23.4 + 0.6) = 24; floor(23.39 + 0.6) = floor(23.99) = 23.
    ("2.34", 1, "up_from", 4, ("2.4",)),
    ("2.339", 1, "up_from", 4, ("2.3",)),
    # up_from 9: floor(23.8 + 0.1) = 23; floor(23.9 + 0.1) = 24.
    ("2.38", 1, "up_from", 9, ("2.3",)),
    ("2.39", 1, "up_from", 9, ("2.4",)),
    # down_from 4: ceiling(23.5 - 0.6) = ceiling(22.9) = 23 (was 2.4).
    ("2.35", 1, "down_from", 4, ("2.3",)),
    # down_from 1: ceiling(23.9 - 0.9) = 23 (was 2.4); ceiling(23.91 - 0.9) = 24.
    ("2.39", 1, "down_from", 1, ("2.3",)),
    ("2.391", 1, "down_from", 1, ("2.4",)),
    # down_from 9: ceiling(23.1 - 0.1) = 23; ceiling(23.2 - 0.1) = 24 (was 2.3).
    ("2.31", 1, "down_from", 9, ("2.3",)),
    ("2.32", 1, "down_from", 9, ("2.4",)),
    # down_from 5 is round_down: ceiling(22.5 - 0.5) = 22, ceiling(22.6 - 0.5) = 23.
    ("2.25", 1, "down_from", 5, ("2.2",)),
    ("2.26", 1, "down_from", 5, ("2.3",)),
    # No decimals, down_from 4: ceiling(0.6 - 0.6) = 0 (was 1); ceiling(0.7 - 0.6) = 1.
    ("0.6", 0, "down_from", 4, ("0",)),
    ("0.7", 0, "down_from", 4, ("1",)),
    # Mirror image, round_down_from(x) = -round_up_from(-x), on the magnitude:
    # -2.35 -> -ceiling(23.5 - 0.6) = -23 (was -2.4).
    ("-2.35", 1, "down_from", 4, ("-2.3",)),
    # Both, threshold 4: 2.35 -> floor(24.1) = 24 and ceiling(22.9) = 23
    # (was 2.4 only); 2.33 -> floor(23.9) = 23, ceiling(22.7) = 23;
    # 2.37 -> floor(24.3) = 24, ceiling(23.1) = 24.
    ("2.35", 1, "up_from_or_down_from", 4, ("2.4", "2.3")),
    ("2.33", 1, "up_from_or_down_from", 4, ("2.3",)),
    ("2.37", 1, "up_from_or_down_from", 4, ("2.4",)),
    # Both, threshold 6: 2.35 -> floor(23.5 + 0.4) = 23, ceiling(23.5 - 0.4) =
    # 24 (was 2.3 only); 2.36 -> floor(24.0) = 24, ceiling(23.2) = 24 (was
    # 2.4 or 2.3); 2.34 -> floor(23.8) = 23, ceiling(23.0) = 23.
    ("2.35", 1, "up_from_or_down_from", 6, ("2.4", "2.3")),
    ("2.36", 1, "up_from_or_down_from", 6, ("2.4",)),
    ("2.34", 1, "up_from_or_down_from", 6, ("2.3",)),
]


@pytest.mark.parametrize(("value", "digits", "mode", "threshold", "expected"), SCRUTINY_REROUND)
def test_reround_threshold_modes_follow_scrutiny(value, digits, mode, threshold, expected):
    assert reround(value, digits, mode, threshold) == expected


# grim() with the threshold modes. 7.22 with n = 32: 7.22 * 32 = 231.04, so
# the candidate sums are 231/32 = 7.21875 (t = 721.875, dropped part 0.875)
# and 232/32 = 7.25 (prints 7.25 in every mode); only 231 can give "7.22".
#   down_from 1: ceiling(721.875 - 0.9) = ceiling(720.975) = 721 -> 7.21.
#     FALSE; this is the case of scrutiny's own tests cited in issue 16 (was TRUE).
#   down_from 2: ceiling(721.875 - 0.8) = ceiling(721.075) = 722 -> TRUE.
#   down_from 9: ceiling(721.875 - 0.1) = ceiling(721.775) = 722 -> TRUE (was FALSE).
#   up_from 8:   floor(721.875 + 0.2) = floor(722.075) = 722 -> TRUE.
#   up_from 9:   floor(721.875 + 0.1) = floor(721.975) = 721 -> FALSE.
#   up_from_or_down_from 9: up_from gives 721, down_from 722 -> TRUE (was FALSE).
#   up_from_or_down_from 1: up_from floor(722.775) = 722 -> TRUE.
SCRUTINY_GRIM_THRESHOLD = [
    ("down_from", 1, False),
    ("down_from", 2, True),
    ("down_from", 9, True),
    ("up_from", 8, True),
    ("up_from", 9, False),
    ("up_from_or_down_from", 9, True),
    ("up_from_or_down_from", 1, True),
]


@pytest.mark.parametrize(("mode", "threshold", "expected"), SCRUTINY_GRIM_THRESHOLD)
def test_grim_threshold_modes_follow_scrutiny(mode, threshold, expected):
    assert grim("7.22", 32, rounding=mode, threshold=threshold) is expected


def test_grim_map_on_scrutiny_pigs1():
    # scrutiny's example data pigs1 (as recalled, not copied from the
    # package); each verdict is by hand, from the two sums next to x * n:
    pigs1 = pd.DataFrame(
        {
            "x": ["7.22", "4.74", "5.23", "2.57", "6.77", "2.68",
                  "7.01", "7.38", "3.14", "6.89", "5.00", "0.24"],
            "n": [32, 25, 29, 24, 27, 28, 29, 26, 27, 31, 25, 28],
        }
    )
    consistency = [
        True,  # 231/32 = 7.21875 -> 7.22
        False,  # 118/25 = 4.72, 119/25 = 4.76
        False,  # 151/29 = 5.2069, 152/29 = 5.2414
        False,  # 61/24 = 2.5417, 62/24 = 2.5833
        False,  # 182/27 = 6.7407, 183/27 = 6.7778
        True,  # 75/28 = 2.67857 -> 2.68
        False,  # 203/29 = 7.0000, 204/29 = 7.0345
        True,  # 192/26 = 7.38462 -> 7.38
        False,  # 84/27 = 3.1111, 85/27 = 3.1481
        False,  # 213/31 = 6.8710, 214/31 = 6.9032
        True,  # 125/25 = 5.00
        False,  # 6/28 = 0.2143, 7/28 = 0.25
    ]
    # probability = 1 - n / 100 (two decimals).
    probability = [0.68, 0.75, 0.71, 0.76, 0.73, 0.72, 0.71, 0.74, 0.73, 0.69, 0.75, 0.72]
    expected = pigs1.assign(consistency=consistency, probability=probability)
    pdt.assert_frame_equal(grim_map(pigs1), expected)


# unround() with x = "2.7" (the value of scrutiny's unround() examples as we
# remember them), unit q = 0.1, by hand. up_from k: [x - (1 - k/10) q,
# x + (k/10) q); down_from k: (x - (k/10) q, x + (1 - k/10) q]; the combined
# mode is their union, so that unround stays the exact preimage of reround.
SCRUTINY_UNROUND = [
    ("up_or_down", 5, Interval(F("2.65"), F("2.75"), True, True)),
    ("up", 5, Interval(F("2.65"), F("2.75"), True, False)),
    ("down", 5, Interval(F("2.65"), F("2.75"), False, True)),
    ("ceiling", 5, Interval(F("2.6"), F("2.7"), False, True)),
    ("floor", 5, Interval(F("2.7"), F("2.8"), True, False)),
    ("trunc", 5, Interval(F("2.7"), F("2.8"), True, False)),
    ("anti_trunc", 5, Interval(F("2.6"), F("2.7"), False, True)),
    ("up_from", 4, Interval(F("2.64"), F("2.74"), True, False)),  # 2.7 - 0.06, 2.7 + 0.04
    ("down_from", 4, Interval(F("2.66"), F("2.76"), False, True)),  # (was (2.64, 2.74])
    ("up_from_or_down_from", 4, Interval(F("2.64"), F("2.76"), True, True)),  # (was [2.64, 2.74])
    ("down_from", 5, Interval(F("2.65"), F("2.75"), False, True)),  # = "down"
]


@pytest.mark.parametrize(("mode", "threshold", "expected"), SCRUTINY_UNROUND)
def test_unround_follows_scrutiny(mode, threshold, expected):
    assert unround("2.7", mode, threshold) == expected


# unround(x, digits = ) as in scrutiny: the given number of decimals replaces
# the string's own. Hand: q = 0.1 -> 4.5 +- 0.05; q = 0.01 -> 4.5 +- 0.005;
# q = 1 -> 5 +- 0.5.
UNROUND_DIGITS = [
    ("4.50", 1, "up_or_down", Interval(F("4.45"), F("4.55"), True, True)),  # issue 16's case
    ("4.50", 1, "up", Interval(F("4.45"), F("4.55"), True, False)),
    ("-4.50", 1, "up_or_down", Interval(F("-4.55"), F("-4.45"), True, True)),
    ("4.5", 2, "up_or_down", Interval(F("4.495"), F("4.505"), True, True)),
    ("5.0", 0, "up_or_down", Interval(F("4.5"), F("5.5"), True, True)),
    ("4.500", 1, "floor", Interval(F("4.5"), F("4.6"), True, False)),
    ("4.50", 2, "up_or_down", Interval(F("4.495"), F("4.505"), True, True)),  # its own
]


@pytest.mark.parametrize(("x", "digits", "mode", "expected"), UNROUND_DIGITS)
def test_unround_digits(x, digits, mode, expected):
    assert unround(x, mode, digits=digits) == expected


def test_unround_digits_rejects_dropped_digits():
    # 4.56 is not a one-decimal number; scrutiny would give 4.56 +- 0.05.
    with pytest.raises(ValueError, match="digits=1"):
        unround("4.56", digits=1)
    with pytest.raises(ValueError, match="digits must be >= 0"):
        unround("4.5", digits=-1)
    with pytest.raises(TypeError, match="digits must be an integer"):
        unround("4.5", digits=1.5)


# ---------------------------------------------------------------------------
# grim_map and audit
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


def test_grim_map_percent_and_audit():
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
        audit(result),
        pd.DataFrame(
            {"cases": [3], "inconsistent": [1], "rate": [1 / 3], "mean_probability": [0.876]}
        ),
    )


def test_grim_map_empty_frame():
    data = pd.DataFrame({"x": pd.Series([], dtype=object), "n": pd.Series([], dtype="int64")})
    result = grim_map(data)
    assert list(result.columns) == ["x", "n", "consistency", "probability"]
    assert result["consistency"].dtype == bool
    summary = audit(result)
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


def test_audit_without_probability_and_errors():
    result = pd.DataFrame({"consistency": [True, False, False, True]})
    pdt.assert_frame_equal(
        audit(result), pd.DataFrame({"cases": [4], "inconsistent": [2], "rate": [0.5]})
    )
    with pytest.raises(ValueError, match="no 'consistency'"):
        audit(pd.DataFrame({"x": [1]}))
    with pytest.raises(ValueError, match="missing"):
        audit(pd.DataFrame({"consistency": [True, None]}))


# ---------------------------------------------------------------------------
# Input validation
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "kwargs", "error", "match"),
    [
        ((5.1, 7), {}, TypeError, "trailing zeros"),
        (("5,1", 7), {}, ValueError, "plain decimal"),
        (("65.16%", 310), {"percent": True}, ValueError, "plain decimal"),
        (("1e3", 7), {}, ValueError, "plain decimal"),
        (("", 7), {}, ValueError, "plain decimal"),
        (("5.", 7), {}, ValueError, "plain decimal"),
        (("５.1", 7), {}, ValueError, "plain decimal"),  # full-width digit
        (("5.1", 0), {}, ValueError, "n must be >= 1"),
        (("5.1", 7.5), {}, TypeError, "n must be an integer"),
        (("5.1", True), {}, TypeError, "bool"),
        (("5.1", 7), {"rounding": "bankers"}, ValueError, "valid modes are: up_or_down, up, down"),
        (("5.1", 7), {"rounding": "up_from", "threshold": 0}, ValueError, "1 to 9"),
        (("5.1", 7), {"threshold": 10}, ValueError, "1 to 9"),
        (("50", 7), {"percent": True, "items": 2}, ValueError, "items must be 1"),
        (("5.1", 7), {"scale": (7, 1)}, ValueError, "lo <= hi"),
    ],
)
def test_grim_rejects_bad_input(args, kwargs, error, match):
    with pytest.raises(error, match=match):
        grim(*args, **kwargs)


@pytest.mark.parametrize(
    ("args", "error"),
    [
        ((float("nan"), 1), ValueError),
        ((Decimal("Infinity"), 1), ValueError),
        (("abc", 1), ValueError),
        (("1/0", 1), ValueError),
        ((True, 1), TypeError),
        ((None, 1), TypeError),
        (("1.5", -1), ValueError),
    ],
)
def test_reround_rejects_bad_input(args, error):
    with pytest.raises(error):
        reround(*args)


# ---------------------------------------------------------------------------
# sum_check and sum_map
# ---------------------------------------------------------------------------

SUM_CASES = [
    # Hand: 60.32 + 39.68 = 100.00 (report shares of n = 310: 187 and 123).
    (["60.32", "39.68"], "100.00", None, Decimal("100.00"), Decimal("0.00"), True),
    # Hand: 3 * 33.3 = 99.9, short by 0.1; up to rounding each is in
    # [33.25, 33.35], the sum in [99.75, 100.05], which holds 100.
    (["33.3"] * 3, 100, None, Decimal("99.9"), Decimal("0.1"), False),
    (["33.3"] * 3, 100, "up_or_down", Decimal("99.9"), Decimal("0.1"), True),
    # Hand: 33.3 + 33.3 + 33.2 = 99.8; possible sums [99.65, 99.95] miss an
    # exact 100, and touch the printed "100.0" = [99.95, 100.05] at 99.95.
    (["33.3", "33.3", "33.2"], 100, "up_or_down", Decimal("99.8"), Decimal("0.2"), False),
    (["33.3", "33.3", "33.2"], "100.0", "up_or_down", Decimal("99.8"), Decimal("0.2"), True),
    # Under "up" the sums are [99.65, 99.95) (33.35 would print 33.4), so
    # 99.95, the only shared point with [99.95, 100.05), is out.
    (["33.3", "33.3", "33.2"], "100.0", "up", Decimal("99.8"), Decimal("0.2"), False),
    # Half-open ends: "1" under "up" is [0.5, 1.5); two of them sum to
    # [1, 3), which misses an exact 3; "up_or_down" closes it: [1, 3].
    (["1", "1"], 3, "up", Decimal("2"), Decimal("1"), False),
    (["1", "1"], 3, "up_or_down", Decimal("2"), Decimal("1"), True),
    # Floats are read through str(): 0.1 + 0.2 is exactly 0.3 here.
    ([0.1, 0.2], "0.3", None, Decimal("0.3"), Decimal("0.0"), True),
    ([Decimal("1.25"), 2], Decimal("3.25"), None, Decimal("3.25"), Decimal("0.00"), True),
]


@pytest.mark.parametrize(("parts", "total", "rounding", "parts_sum", "difference", "ok"), SUM_CASES)
def test_sum_check(parts, total, rounding, parts_sum, difference, ok):
    check = sum_check(parts, total, rounding=rounding)
    assert check.parts_sum == parts_sum and str(check.parts_sum) == str(parts_sum)
    assert check.difference == difference and str(check.difference) == str(difference)
    assert check.consistent is ok


def test_sum_check_rejects_bad_input():
    with pytest.raises(TypeError, match="one string"):
        sum_check("60.32", "100")
    with pytest.raises(ValueError, match="empty"):
        sum_check([], "100")
    with pytest.raises(ValueError, match=r"parts\[1\]"):
        sum_check(["1", "1.2.3"], "100")


def test_sum_map_long_data():
    parts = pd.DataFrame(
        {
            "table": ["t1", "t1", "t1", "t2", "t2", "t3"],
            "value": ["202", "87", "21", "48.06", "51.93", "5"],
        }
    )
    before = parts.copy(deep=True)
    stated = pd.DataFrame(
        {"table": ["t1", "t2"], "total": ["310", "100.00"], "page": [12, 13]}, index=[5, 6]
    )
    result = sum_map(parts, totals=stated, by="table")
    # Hand: 202 + 87 + 21 = 310; 48.06 + 51.93 = 99.99. Group t3 has no
    # stated total and is ignored.
    expected = stated.assign(
        n_parts=[3, 2],
        parts_sum=pd.Series([Decimal("310"), Decimal("99.99")], index=[5, 6], dtype=object),
        difference=pd.Series([Decimal("0"), Decimal("0.01")], index=[5, 6], dtype=object),
        consistency=[True, False],
    )
    pdt.assert_frame_equal(result, expected)
    pdt.assert_frame_equal(parts, before)
    # Rounded: 99.99 could be 99.98..100.00 which meets [99.995, 100.005].
    rounded = sum_map(parts, totals=stated, by="table", rounding="up_or_down")
    assert rounded["consistency"].tolist() == [True, True]


def test_sum_map_series_totals_and_missing_group():
    parts = pd.DataFrame({"group": ["a", "a", "b"], "value": ["1.5", "2.5", "7"]})
    totals = pd.Series({"a": "4.0", "b": 8})
    result = sum_map(parts, totals=totals)
    # Hand: 1.5 + 2.5 = 4.0 = 4.0; 7 != 8.
    assert result["group"].tolist() == ["a", "b"]
    assert result["consistency"].tolist() == [True, False]
    assert result["difference"].tolist() == [Decimal("0.0"), Decimal("1")]
    with pytest.raises(ValueError, match="no parts"):
        sum_map(parts, totals=pd.Series({"a": "4.0", "c": 1}))


# ---------------------------------------------------------------------------
# ratio_of_rounded
# ---------------------------------------------------------------------------

# Printed 40 and 51 (whole numbers, so each stands for +-0.5):
#   100 * 40 / 51      = 4000/51 = 78.4314 -> "78.43"
#   100 * 39.5 / 51.5  = 7900/103 = 76.6990 (smallest possible share)
#   100 * 40.5 / 50.5  = 8100/101 = 80.1980 (largest possible share)
RATIO_CASES = [
    ("78.43", True, True),
    ("79.00", False, True),  # not the printed ratio, but reachable
    ("80.20", False, True),  # [80.195, 80.205] meets ... 80.1980
    ("80.21", False, False),  # [80.205, 80.215] is above 80.1980
    ("76.70", False, True),  # [76.695, 76.705] holds 76.6990
    ("76.69", False, False),  # [76.685, 76.695] is below 76.6990
]


@pytest.mark.parametrize(("reported", "consistent", "reachable"), RATIO_CASES)
def test_ratio_of_rounded(reported, consistent, reachable):
    check = ratio_of_rounded("40", "51", reported)
    assert check.percent == F(4000, 51)
    assert check.printed == ("78.43",)
    assert check.range == Interval(F(7900, 103), F(8100, 101), True, True)
    assert check.difference == F(reported) - F(4000, 51)
    assert (check.consistent, check.reachable) == (consistent, reachable)


def test_ratio_of_rounded_half_open_and_errors():
    # Under "up", "40" is [39.5, 40.5) and "51" is [50.5, 51.5): both extreme
    # corners use an excluded end, so the range is open.
    check = ratio_of_rounded("40", "51", "78.43", rounding="up")
    assert check.range == Interval(F(7900, 103), F(8100, 101), False, False)
    # A printed "0" may hide a negative value: [-0.5, 0.5] / [9.5, 10.5]
    # gives 100 * [-0.5/9.5, 0.5/9.5] = [-100/19, 100/19].
    zero = ratio_of_rounded("0", "10", "0.0")
    assert zero.range == Interval(F(-100, 19), F(100, 19), True, True)
    assert zero.consistent and zero.reachable
    # Under "floor", "0" is [0, 1) and "10" is [10, 11): 0 / v = 0 is
    # attained for any v; the top, 100 * 1 / 10 = 10, is not (1 excluded).
    floor = ratio_of_rounded("0", "10", "0.0", rounding="floor")
    assert floor.range == Interval(F(0), F(10), True, False)
    # Under "down", "0" is [-0.5, 0.5] but "10" is (9.5, 10.5]: both
    # extremes, 100 * -0.5/9.5 and 100 * 0.5/9.5, need the excluded 9.5.
    down = ratio_of_rounded("0", "10", "0.0", rounding="down")
    assert down.range == Interval(F(-100, 19), F(100, 19), False, False)
    with pytest.raises(ValueError, match="positive"):
        ratio_of_rounded("1", "0", "5")
    with pytest.raises(ValueError, match="reaches zero"):
        ratio_of_rounded("1", "1", "5", rounding="ceiling")  # "1" is (0, 1]


# ---------------------------------------------------------------------------
# rounding_convention
# ---------------------------------------------------------------------------


def test_rounding_convention_full_table():
    # Hand: 9/4 = 2.25 printed "2.2" (a tie rounded down); 283/3 = 94.333
    # printed "94.33" (any nearest or downward mode); 2.35 printed "2.4"
    # (a tie rounded up). Only modes that may go either way at a tie, or
    # round half to even (2 and 4 are even), explain all three.
    result = rounding_convention(["9/4", "283/3", Decimal("2.35")], ["2.2", "94.33", "2.4"])
    rows = [
        # rounding, explains_all, n_broken, first index, exact, printed, expected
        ("up_or_down", True, 0, pd.NA, None, None, None),
        ("up", False, 1, 0, F(9, 4), "2.2", "2.3"),
        ("down", False, 1, 2, F(47, 20), "2.4", "2.3"),
        ("even", True, 0, pd.NA, None, None, None),
        ("ceiling", False, 2, 0, F(9, 4), "2.2", "2.3"),  # and 94.34
        ("floor", False, 1, 2, F(47, 20), "2.4", "2.3"),
        ("trunc", False, 1, 2, F(47, 20), "2.4", "2.3"),
        ("anti_trunc", False, 2, 0, F(9, 4), "2.2", "2.3"),
        ("ceiling_or_floor", True, 0, pd.NA, None, None, None),
        ("up_from", False, 1, 0, F(9, 4), "2.2", "2.3"),
        ("down_from", False, 1, 2, F(47, 20), "2.4", "2.3"),
        ("up_from_or_down_from", True, 0, pd.NA, None, None, None),
    ]
    expected = pd.DataFrame(
        {
            "rounding": pd.Series([r[0] for r in rows], dtype=object),
            "explains_all": [r[1] for r in rows],
            "n_cases": pd.Series([3] * len(rows), dtype="int64"),
            "n_broken": pd.Series([r[2] for r in rows], dtype="int64"),
            "first_broken_index": pd.Series([r[3] for r in rows], dtype="Int64"),
            "first_broken_exact": pd.Series([r[4] for r in rows], dtype=object),
            "first_broken_printed": pd.Series([r[5] for r in rows], dtype=object),
            "first_broken_expected": pd.Series([r[6] for r in rows], dtype=object),
        }
    )
    pdt.assert_frame_equal(result, expected)


def test_rounding_convention_two_strings_and_errors():
    # 2.35 printed "2.5": ceiling_or_floor would print "2.4" or "2.3".
    result = rounding_convention(["2.35"], ["2.5"], modes=["ceiling_or_floor"])
    assert result.loc[0, "first_broken_expected"] == "2.4 or 2.3"
    with pytest.raises(ValueError, match="2 values but printed has 1"):
        rounding_convention(["1", "2"], ["1"])
    with pytest.raises(ValueError, match="valid modes"):
        rounding_convention(["1"], ["1"], modes=["nearest"])


from dangjian.engine.consistency import rounding as _consistency  # noqa: E402


def _round_scaled_reference(t, rounding, threshold):
    """The Fraction form of _consistency._round_scaled, before it moved to integer arithmetic.

    The threshold modes are written as scrutiny writes them (round_up_from:
    floor(x * 10^d + (1 - threshold/10)); round_down_from:
    ceiling(x * 10^d - (1 - threshold/10))), applied to the magnitude.
    """
    import math as _math

    if rounding == "ceiling":
        return (_math.ceil(t),)
    if rounding == "floor":
        return (_math.floor(t),)
    if rounding == "ceiling_or_floor":
        return tuple(dict.fromkeys((_math.ceil(t), _math.floor(t))))
    sign = -1 if t < 0 else 1
    whole = _math.floor(abs(t))
    rest = abs(t) - whole
    toward, away = sign * whole, sign * (whole + 1)
    if rounding == "trunc":
        return (toward,)
    if rounding == "anti_trunc":
        return (away,) if rest else (toward,)
    if rounding in {"up_from", "down_from", "up_from_or_down_from"}:
        up = sign * _math.floor(abs(t) + (1 - F(threshold, 10)))
        down = sign * _math.ceil(abs(t) - (1 - F(threshold, 10)))
        if rounding == "up_from":
            return (up,)
        if rounding == "down_from":
            return (down,)
        return tuple(dict.fromkeys(sorted({up, down}, key=abs, reverse=True)))
    tie = F(1, 2)
    if rest > tie:
        return (away,)
    if rest < tie:
        return (toward,)
    if rounding == "even":
        return (toward,) if whole % 2 == 0 else (away,)
    out = []
    if rounding in {"up", "up_or_down"}:
        out.append(away)
    if rounding in {"down", "up_or_down"}:
        out.append(toward)
    return tuple(out)


@settings(max_examples=500, deadline=None)
@given(
    st.fractions(min_value=-1000, max_value=1000, max_denominator=40) | st.integers(-50, 50).map(lambda i: F(2 * i + 1, 2)),
    st.sampled_from(sorted(_consistency.ROUNDING_MODES)),
    st.integers(1, 9),
)
def test_integer_rounding_agrees_with_fraction_rounding(t, rounding, threshold):
    assert _consistency._round_scaled(t, rounding, threshold) == _round_scaled_reference(t, rounding, threshold)


@settings(max_examples=500, deadline=None)
@given(
    st.fractions(min_value=-1000, max_value=1000, max_denominator=40) | st.integers(-50, 50).map(lambda i: F(2 * i + 1, 2)),
    st.integers(1, 12),
    st.sampled_from(sorted(_consistency.ROUNDING_MODES)),
    st.integers(1, 9),
)
def test_rounding_a_ratio_not_in_lowest_terms(t, k, rounding, threshold):
    # percent_of and reround pass 100 * count * 10**d over total, unreduced
    got = _consistency._round_ratio(t.numerator * k, t.denominator * k, rounding, threshold)
    assert got == _round_scaled_reference(t, rounding, threshold)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 400), st.integers(1, 400), st.integers(0, 3), st.sampled_from(sorted(_consistency.ROUNDING_MODES)))
def test_percent_of_is_its_fraction_definition(count, total, digits, rounding):
    exact = F(100 * count, total)
    printed = reround(exact, digits, rounding)[0]
    check = percent_of(count, total, printed, rounding=rounding)
    assert check.exact == exact
    assert check.difference == F(printed) - exact
    reference = _round_scaled_reference(exact * 10**digits, rounding, 5)
    assert check.printed == tuple(_consistency._format_scaled(m, digits) for m in reference)
    assert check.consistent


# ---------------------------------------------------------------------------
# parts of a base, answers of a form, the fewest respondents: one rule each,
# shared by the curated audit and `dangjian audit`
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("part, base, expected", [
    (202, 310, True),        # 一(一): 202 of the 310 respondents
    ("310", "310", True),    # a part may be the whole
    (311, 310, False),       # one more than the whole
    ("0", "0", True),
    (F(1, 2), 1, True),
])
def test_part_of_base(part, base, expected):
    from dangjian.engine.consistency import part_of_base

    assert part_of_base(part, base) is expected


@pytest.mark.parametrize("answers, issued, verdict, gap", [
    # T1's truthfulness block of 二(二): 53 + 13 + 2 + 0 = 68 = the 68 forms.
    ([53, 13, 2, 0], 68, "consistent", 0),
    # T2's: 41 + 14 + 9 + 0 = 64, 4 fewer than its 68 forms: item non-response.
    (["41", "14", "9", "0"], "68", "consistent_if", 4),
    # one answer more than forms: 44 + 19 + 6 = 69 > 68.
    ([44, 19, 6, 0], 68, "inconsistent", -1),
])
def test_answers_vs_forms(answers, issued, verdict, gap):
    from dangjian.engine.consistency import answers_vs_forms

    check = answers_vs_forms(answers, issued)
    assert (check.verdict, check.gap) == (verdict, gap)
    assert check.answered == sum(F(str(a)) for a in answers)


def test_answers_vs_forms_changes_with_the_data():
    # The same answers against fewer, equal and more forms: three verdicts.
    from dangjian.engine.consistency import answers_vs_forms

    assert [answers_vs_forms([30, 20], n).verdict for n in (49, 50, 51)] == ["inconsistent", "consistent", "consistent_if"]


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
