"""A one-row summary of any map result of :mod:`dangjian.engine.consistency`: :func:`map_summary`.

scrutiny calls this function ``audit()``; here "audit" is the command and
:func:`dangjian.audit_text` / :func:`dangjian.audit_file`, so the summary is
named for what it is.
"""

from __future__ import annotations

from .._lazy import pd

__all__ = ["map_summary"]


# ---------------------------------------------------------------------------
# Summary
# ---------------------------------------------------------------------------


def map_summary(result: pd.DataFrame) -> pd.DataFrame:
    """Summarise a ``*_map`` result in one row.

    Parameters
    ----------
    result : pandas.DataFrame
        Output of :func:`grim_map`, :func:`grimmer_map`, :func:`debit_map`,
        :func:`sum_map` or any frame with a boolean ``consistency`` column
        (no missing values).

    Returns
    -------
    pandas.DataFrame
        One row with columns ``cases`` (int), ``inconsistent`` (int),
        ``rate`` (float, inconsistent / cases; NaN for no cases) and, if
        ``result`` has a ``probability`` column, ``mean_probability``
        (float, its mean).

    Examples
    --------
    >>> import pandas as pd
    >>> from dangjian.engine.consistency import grim_map
    >>> df = pd.DataFrame({"x": ["5.18", "5.19", "5.20", "5.21"], "n": 28})
    >>> map_summary(grim_map(df))
       cases  inconsistent  rate  mean_probability
    0      4             2   0.5              0.72
    """
    if "consistency" not in result.columns:
        raise ValueError("result has no 'consistency' column; pass the output of a *_map function")
    verdicts = result["consistency"]
    if verdicts.isna().any():
        raise ValueError("'consistency' has missing values")
    verdicts = verdicts.astype(bool)
    cases = len(verdicts)
    inconsistent = int((~verdicts).sum())
    row: dict[str, object] = {
        "cases": cases,
        "inconsistent": inconsistent,
        "rate": inconsistent / cases if cases else float("nan"),
    }
    if "probability" in result.columns:
        row["mean_probability"] = float(result["probability"].mean())
    return pd.DataFrame([row])
