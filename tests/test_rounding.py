"""Tests for dangjian.engine.consistency.rounding: reround, unround, the modes and rounding_convention.

Also here, because they test the modes: the parity with scrutiny's threshold
modes (grim with up_from/down_from, scrutiny's pigs1 through grim_map), the
argument checks of grim and the other scalar tests, and the integer rounding
core that percent_of and reround share, against its earlier Fraction form.

Every expected value is written beside its source: a hand calculation in the
comment, or an independent implementation (Python's ``decimal`` module for
the standard rounding modes).
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
    grim,
    grim_map,
    percent_of,
    reround,
    rounding_convention,
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
    got = _consistency.round_ratio(t.numerator * k, t.denominator * k, rounding, threshold)
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
