"""Tests for dangjian.engine.consistency.summary: the one-row summary of a map result.

The expected counts and rates are worked by hand in the comments.
"""

from __future__ import annotations

import pandas as pd
import pandas.testing as pdt
import pytest

from dangjian.engine.consistency import (
    map_summary,
)


def test_map_summary_without_probability_and_errors():
    result = pd.DataFrame({"consistency": [True, False, False, True]})
    pdt.assert_frame_equal(
        map_summary(result), pd.DataFrame({"cases": [4], "inconsistent": [2], "rate": [0.5]})
    )
    with pytest.raises(ValueError, match="no 'consistency'"):
        map_summary(pd.DataFrame({"x": [1]}))
    with pytest.raises(ValueError, match="missing"):
        map_summary(pd.DataFrame({"consistency": [True, None]}))
