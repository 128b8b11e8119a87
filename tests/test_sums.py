"""Tests for dangjian.engine.consistency.sums: sum_check, sum_map, ratio_of_rounded, part_of_base and answers_vs_forms.

percent_of is tested with GRIM on the report's shares (tests/test_grim.py)
and against its Fraction definition (tests/test_rounding.py).  Every expected
value is written beside its source: a hand calculation in the comment or the
report's own printed numbers.
"""

from __future__ import annotations

from decimal import (
    Decimal,
)
from fractions import Fraction as F

import pandas as pd
import pandas.testing as pdt
import pytest

from dangjian.engine.consistency import (
    Interval,
    ratio_of_rounded,
    sum_check,
    sum_map,
)

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


@pytest.mark.parametrize("answers, error, match", [
    ("5313", TypeError, "not one string"),           # a string is not four counts 5, 3, 1, 3
    ([-10, 78], ValueError, "whole numbers of 0 or more"),
    ([67.5, 0.5], ValueError, "whole numbers of 0 or more"),
])
def test_answers_vs_forms_rejects_what_is_not_counts(answers, error, match):
    from dangjian.engine.consistency import answers_vs_forms

    with pytest.raises(error, match=match):
        answers_vs_forms(answers, 68)
