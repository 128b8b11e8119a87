"""Tests for dangjian.engine.consistency.audit: the one-row summary of a map result.

Every expected value is written beside its source: a hand calculation in the
comment, the report's own printed number, or an independent implementation
(Python's ``decimal`` module for the standard rounding modes, a brute-force
search over all candidate sums for GRIM).
"""

from __future__ import annotations

import pandas as pd
import pandas.testing as pdt
import pytest

from dangjian.engine.consistency import (
    audit,
)


def test_audit_without_probability_and_errors():
    result = pd.DataFrame({"consistency": [True, False, False, True]})
    pdt.assert_frame_equal(
        audit(result), pd.DataFrame({"cases": [4], "inconsistent": [2], "rate": [0.5]})
    )
    with pytest.raises(ValueError, match="no 'consistency'"):
        audit(pd.DataFrame({"x": [1]}))
    with pytest.raises(ValueError, match="missing"):
        audit(pd.DataFrame({"consistency": [True, None]}))
