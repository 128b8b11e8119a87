"""Rates, intervals and small-sample tests for the survey and the township table.

The report gives survey percentages (n = 310 respondents) and a township
evaluation table (述职评议测评表): for each of seven townships (T1-T3 are 镇,
towns; T4-T7 are 乡, townships) the number of forms issued, counts of forms per
answer category ("述职报告真实情况": 真实/比较真实/基本真实/不真实; "测评意见":
优秀/称职/基本称职/不称职), a mean score and a count of suggestions. The
report summarises that table with a "均值" column and ratios of those means
("真实 ... 达 40 份, 占 78.43%", i.e. 40/51).

This module answers the questions those summaries raise:

* how uncertain is a survey percentage (:func:`proportion_ci`,
  :func:`proportion_interval`);
* which "overall rate" is meant - pooled, mean of township rates, ratio of
  (rounded) means (:func:`unit_rates`, :func:`pooled_vs_mean_rate`,
  :func:`weighted_vs_unweighted_mean`);
* do the answer distributions differ between townships or between 镇 and 乡:
  :mod:`dangjian.engine.comparisons` (:func:`~dangjian.engine.comparisons.chi2_homogeneity`,
  :func:`~dangjian.engine.comparisons.binomial_glm`), with the small-sample
  caveats spelled out in the result itself.

Every table function takes a tidy unit table (one row per unit x item:
a unit column, a unit-type column, ``block``, ``item``, ``value``, as
:func:`~dangjian.engine.tables.parse_flat_table` returns it, naming its unit
columns in ``data.attrs``; ``township`` and ``township_type`` in the bundled
report's) and returns a new frame; the input is never modified. statsmodels and scipy are
imported inside the functions that need them so that ``import dangjian`` stays
light.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from fractions import Fraction

import numpy as np

from ._lazy import pd

__all__ = [
    "PROPORTION_METHODS",
    "proportion_interval",
    "proportion_ci",
    "unit_rates",
    "overall_rates",
    "pooled_vs_mean_rate",
    "weighted_vs_unweighted_mean",
]

#: Interval methods accepted by ``method=``; the names are those of
#: :func:`statsmodels.stats.proportion.proportion_confint`.
PROPORTION_METHODS = (
    "wilson",
    "beta",
    "normal",
    "agresti_coull",
    "jeffreys",
    "binom_test",
)

# Fixed default seed for Monte Carlo p-values: the same call gives the same
# p-value on every machine, so a notebook's stored output stays valid.
_DEFAULT_SEED = 20240607


# ---------------------------------------------------------------------------
# private helpers
# ---------------------------------------------------------------------------


def _as_items(x, name: str) -> list[str]:
    """Return ``x`` as a non-empty list of distinct item labels."""
    items = [x] if isinstance(x, str) else list(x)
    if not items:
        raise ValueError(f"{name} must name at least one item")
    if len(set(items)) != len(items):
        raise ValueError(f"{name} lists an item twice: {items}")
    return items


def _label(items: Sequence[str]) -> str:
    """Label of a (possibly summed) list of items, e.g. ``"真实+比较真实"``."""
    return "+".join(items)


def _check_columns(data: pd.DataFrame, columns, func: str) -> None:
    missing = [c for c in columns if c is not None and c not in data.columns]
    if missing:
        raise KeyError(f"{func}: column(s) {missing} not in data")


def _unit_wide(data, items, *, by, item, value, func):
    """Pivot the tidy table to one row per unit and one column per item.

    Returns ``(sub, wide)``: the rows used and a float frame indexed by the
    levels of ``by`` in order of first appearance. Duplicated (unit, item)
    pairs and missing cells raise, because silently summing or dropping
    them would change a rate without anyone noticing.
    """
    _check_columns(data, [by, item, value], func)
    sub = data.loc[data[item].isin(items)].copy()
    absent = [i for i in items if i not in set(sub[item])]
    if absent:
        raise ValueError(f"{func}: item(s) {absent} not found in column {item!r}")
    dup = sub.duplicated([by, item], keep=False)
    if dup.any():
        pairs = sorted(set(zip(sub.loc[dup, by], sub.loc[dup, item])))
        raise ValueError(f"{func}: duplicated ({by}, {item}) rows: {pairs}")
    sub[value] = pd.to_numeric(sub[value])
    units = pd.unique(sub[by])
    wide = (
        sub.pivot(index=by, columns=item, values=value)
        .reindex(index=units, columns=items)
        .astype(float)
    )
    if wide.isna().to_numpy().any():
        stacked = wide.isna().stack()
        holes = [pair for pair, hole in stacked.items() if hole]
        raise ValueError(f"{func}: missing value for ({by}, {item}) {holes}")
    return sub, wide


def _unit_of(data, column, key: str, func: str) -> str:
    """The unit column (``key="unit"``) or unit-type column (``"unit_type"``) of a table: as named by the caller, or as
    the frame says (``data.attrs``, which :func:`~dangjian.engine.tables.parse_flat_table` fills)."""
    if column is not None:
        return column
    named = getattr(data, "attrs", {}).get(key)
    if named is None:
        arg = "by" if key == "unit" else "group"
        raise ValueError(f"{func}: name the {key.replace('_', ' ')} column ({arg}=...): the table does not say which column it is "
                         "(a table parsed by parse_flat_table does, in data.attrs)")
    return named


def _unit_context(sub, *, by, exclude):
    """Unit-level columns of the caller (e.g. ``township_type``).

    A column is kept when it takes a single value within every unit over the
    rows used; ``block`` differs between 真实 and 发放测评表(份) and is
    therefore dropped rather than reported with an arbitrary value.
    """
    others = [c for c in sub.columns if c not in set(exclude)]
    grouped = sub.groupby(by, sort=False, dropna=False)
    keep = [c for c in others if (grouped[c].nunique(dropna=False) <= 1).all()]
    return grouped[keep].first()


def _round_half_up(x: Fraction, decimals: int) -> Fraction:
    """Round like a printed table (0.5 goes up), exactly."""
    scale = Fraction(10) ** decimals
    return Fraction(math.floor(x * scale + Fraction(1, 2))) / scale


def _exact(v) -> Fraction:
    """Fraction of the decimal a float prints as (94.03 -> 9403/100)."""
    return Fraction(repr(float(v)))


def _fmt(x, digits=4) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "nan"
    return f"{x:.{digits}g}"


def _fmt_p(p) -> str:
    if p is None or math.isnan(p):
        return "nan"
    return "< 0.0001" if p < 1e-4 else f"{p:.4f}"


# ---------------------------------------------------------------------------
# proportions
# ---------------------------------------------------------------------------


def _check_proportion_args(count, nobs, method, alpha):
    if method not in PROPORTION_METHODS:
        raise ValueError(f"method must be one of {PROPORTION_METHODS}, got {method!r}")
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must lie in (0, 1), got {alpha}")
    count = np.asarray(count, dtype=float)
    nobs = np.asarray(nobs, dtype=float)
    if np.any(nobs <= 0) or np.any(count < 0) or np.any(count > nobs):
        raise ValueError("need 0 <= count <= nobs and nobs > 0")
    if np.any(np.isnan(count)) or np.any(np.isnan(nobs)):
        raise ValueError("count and nobs must not be missing")
    return count, nobs


def proportion_interval(count, nobs, *, method="wilson", alpha=0.05):
    """Confidence interval for one binomial proportion.

    Parameters
    ----------
    count : int
        Number of successes, e.g. respondents choosing an answer.
    nobs : int
        Number of trials, e.g. the 310 respondents of the survey.
    method : {"wilson", "beta", "normal", "agresti_coull", "jeffreys", "binom_test"}
        Interval method, named as in statsmodels' ``proportion_confint``;
        "beta" is the Clopper-Pearson interval. Default "wilson".
    alpha : float
        1 - confidence level. Default 0.05 (95 % interval).

    Returns
    -------
    tuple of float
        ``(ci_lower, ci_upper)``.

    Notes
    -----
    With :math:`\\hat p = x/n` and :math:`z = \\Phi^{-1}(1-\\alpha/2)`, the
    Wilson score interval is

    .. math::

        \\frac{\\hat p + z^2/(2n) \\pm z\\sqrt{\\hat p(1-\\hat p)/n + z^2/(4n^2)}}
              {1 + z^2/n}

    and the Clopper-Pearson ("beta") interval is
    :math:`[B^{-1}(\\alpha/2; x, n-x+1),\\ B^{-1}(1-\\alpha/2; x+1, n-x)]`.

    References
    ----------
    .. [1] Wilson, E. B. (1927). Probable inference, the law of succession,
       and statistical inference. JASA 22, 209-212.
    .. [2] Brown, L. D., Cai, T. T. and DasGupta, A. (2001). Interval
       estimation for a binomial proportion. Statistical Science 16, 101-133.

    Examples
    --------
    >>> from dangjian.engine.metrics import proportion_interval
    >>> lo, hi = proportion_interval(202, 310)
    >>> print(f"{lo:.4f} {hi:.4f}")
    0.5970 0.7025
    >>> lo, hi = proportion_interval(202, 310, method="beta")
    >>> print(f"{lo:.4f} {hi:.4f}")
    0.5957 0.7046
    """
    from statsmodels.stats.proportion import proportion_confint

    count, nobs = _check_proportion_args(count, nobs, method, alpha)
    lo, hi = proportion_confint(count, nobs, alpha=alpha, method=method)
    return float(lo), float(hi)


def proportion_ci(data, *, count="count", nobs="nobs", method="wilson", alpha=0.05):
    """Add a proportion and its confidence interval to every row.

    Parameters
    ----------
    data : pandas.DataFrame
        One row per proportion; other columns are kept unchanged.
    count : str
        Column with the number of successes. Default ``"count"``.
    nobs : str
        Column with the number of trials. Default ``"nobs"``.
    method : {"wilson", "beta", "normal", "agresti_coull", "jeffreys", "binom_test"}
        Interval method (statsmodels' names); "beta" is Clopper-Pearson.
    alpha : float
        1 - confidence level. Default 0.05.

    Returns
    -------
    pandas.DataFrame
        A copy of ``data`` with four added columns:

        ``proportion``
            ``count / nobs``.
        ``ci_lower``, ``ci_upper``
            Interval bounds.
        ``method``
            The ``method`` used, so that stacked results stay readable.

    Notes
    -----
    See :func:`proportion_interval` for the formulas. A percentage printed
    with n = 310 corresponds to a count of ``round(p * 310)``; rebuilding
    counts from percentages is the caller's job.

    References
    ----------
    .. [1] Brown, L. D., Cai, T. T. and DasGupta, A. (2001). Interval
       estimation for a binomial proportion. Statistical Science 16, 101-133.

    Examples
    --------
    >>> import pandas as pd
    >>> from dangjian.engine.metrics import proportion_ci
    >>> df = pd.DataFrame({"answer": ["A", "B"], "count": [202, 31],
    ...                    "nobs": [310, 310]})
    >>> print(proportion_ci(df).round(4).to_string())
      answer  count  nobs  proportion  ci_lower  ci_upper  method
    0      A    202   310      0.6516    0.5970    0.7025  wilson
    1      B     31   310      0.1000    0.0713    0.1384  wilson
    """
    from statsmodels.stats.proportion import proportion_confint

    _check_columns(data, [count, nobs], "proportion_ci")
    x, n = _check_proportion_args(data[count], data[nobs], method, alpha)
    if method == "binom_test" and (np.any(x != np.round(x)) or np.any(n != np.round(n))):
        raise ValueError("method='binom_test' needs integer counts")
    lo, hi = proportion_confint(x, n, alpha=alpha, method=method)
    out = data.copy()
    out["proportion"] = x / n
    out["ci_lower"] = np.asarray(lo, dtype=float)
    out["ci_upper"] = np.asarray(hi, dtype=float)
    out["method"] = method
    return out


# ---------------------------------------------------------------------------
# pooled rates versus means of rates
# ---------------------------------------------------------------------------


def unit_rates(data, *, numerator, denominator, by=None, item="item", value="value"):
    """Per-unit rate ``numerator / denominator`` from the tidy table.

    Parameters
    ----------
    data : pandas.DataFrame
        Tidy table, one row per unit x item.
    numerator : str or list of str
        Item(s) counted as successes, e.g. ``"真实"``; a list is summed.
    denominator : str or list of str
        Item(s) giving the base, e.g. ``"发放测评表(份)"`` (forms issued) or
        ``["真实", "比较真实", "基本真实", "不真实"]`` (forms answered).
    by : str
        Column identifying the unit. Default: the one the table names in
        ``data.attrs["unit"]`` (a parsed table does; ``"township"`` for the
        bundled report's).
    item, value : str
        Columns holding the item label and the number.

    Returns
    -------
    pandas.DataFrame
        One row per unit, in order of first appearance, with

        ``by`` and every other caller column that is constant within a unit
            e.g. ``township_type`` (``block`` varies between items and is
            dropped).
        ``numerator``, ``denominator``
            Item labels (lists joined with ``"+"``).
        ``numerator_value``, ``denominator_value``
            The unit's counts.
        ``rate``
            ``numerator_value / denominator_value``.

    Notes
    -----
    :math:`r_i = x_i / n_i`. A unit lacking one of the items, or holding an
    item twice, raises ``ValueError``.

    Examples
    --------
    >>> import pandas as pd
    >>> from dangjian.engine.metrics import unit_rates
    >>> df = pd.DataFrame({
    ...     "township": ["T1", "T4"] * 2,
    ...     "township_type": ["镇", "乡"] * 2,
    ...     "item": ["发放测评表(份)"] * 2 + ["真实"] * 2,
    ...     "value": [68, 52, 53, 41]})
    >>> res = unit_rates(df, numerator="真实", denominator="发放测评表(份)", by="township")
    >>> print(res.round(4).to_string())
      township township_type numerator denominator  numerator_value  denominator_value    rate
    0       T1             镇        真实    发放测评表(份)             53.0               68.0  0.7794
    1       T4             乡        真实    发放测评表(份)             41.0               52.0  0.7885
    """
    num_items = _as_items(numerator, "numerator")
    den_items = _as_items(denominator, "denominator")
    items = list(dict.fromkeys(num_items + den_items))
    by = _unit_of(data, by, "unit", "unit_rates")
    sub, wide = _unit_wide(data, items, by=by, item=item, value=value, func="unit_rates")
    context = _unit_context(sub, by=by, exclude=[by, item, value])
    out = context.reindex(wide.index).reset_index()
    out["numerator"] = _label(num_items)
    out["denominator"] = _label(den_items)
    num = wide[num_items].sum(axis=1).to_numpy()
    den = wide[den_items].sum(axis=1).to_numpy()
    out["numerator_value"] = num
    out["denominator_value"] = den
    with np.errstate(divide="ignore", invalid="ignore"):
        out["rate"] = np.where(den > 0, num / np.where(den > 0, den, 1), np.nan)
    return out


def overall_rates(successes: Sequence, bases: Sequence) -> dict[str, Fraction]:
    """One "overall rate" from unit counts, both ways, in exact arithmetic.

    The one implementation behind :func:`pooled_vs_mean_rate`, notebook
    05's estimators, the curated audit's ``ratio_of_rounded_means`` and the
    exercises.

    Parameters
    ----------
    successes, bases : sequence of int, str, Fraction or Decimal
        Each unit's count and its base, in the same order.

    Returns
    -------
    dict
        ``"pooled"``: :math:`\\sum x_i / \\sum n_i`; ``"mean_of_rates"``:
        :math:`\\frac1k \\sum x_i / n_i` (shares, not percentages), as
        :class:`fractions.Fraction`.

    Examples
    --------
    >>> r = overall_rates([55, 44, 29], [68, 68, 37])   # 128/173 pooled
    >>> r["pooled"], round(float(r["mean_of_rates"]), 6)
    (Fraction(128, 173), 0.746555)
    """
    x = [v if isinstance(v, Fraction) else Fraction(str(v)) for v in successes]
    n = [v if isinstance(v, Fraction) else Fraction(str(v)) for v in bases]
    if len(x) != len(n) or not x:
        raise ValueError("overall_rates: one base per unit, and at least one unit")
    if any(v <= 0 for v in n):
        raise ValueError("overall_rates: every base must be positive")
    return {"pooled": sum(x) / sum(n), "mean_of_rates": sum(a / b for a, b in zip(x, n)) / len(x)}


def _rate_rows(num, den, *, round_means):
    """Rows of :func:`pooled_vs_mean_rate` for one set of units."""
    n = len(num)
    rates = num / den
    exact = overall_rates([_exact(v) for v in num], [_exact(v) for v in den])
    rows = [
        ("pooled", num.sum(), den.sum(), exact["pooled"]),
        ("mean_of_rates", np.nan, np.nan, exact["mean_of_rates"]),
        ("weighted_mean_of_rates", (den * rates).sum(), den.sum(), (den * rates).sum() / den.sum()),
        ("ratio_of_means", num.mean(), den.mean(), num.mean() / den.mean()),
    ]
    if round_means is not None:
        # Exact decimal arithmetic: the verdict "the report divided rounded
        # means" must not depend on binary floating point.
        m_num = _round_half_up(sum(map(_exact, num)) / n, round_means)
        m_den = _round_half_up(sum(map(_exact, den)) / n, round_means)
        ratio = float(m_num / m_den) if m_den else np.nan
        rows.append(("ratio_of_rounded_means", float(m_num), float(m_den), ratio))
    return [(e, float(a), float(b), float(v), n) for e, a, b, v in rows]


def pooled_vs_mean_rate(
    data,
    *,
    numerator,
    denominator,
    by=None,
    item="item",
    value="value",
    group=None,
    round_means=None,
):
    """Compare the ways an "overall rate" can be computed from unit counts.

    Parameters
    ----------
    data : pandas.DataFrame
        Tidy table, one row per unit x item.
    numerator : str or list of str
        Success item(s), e.g. ``"真实"``; a list is summed.
    denominator : str or list of str
        Base item(s), e.g. ``"发放测评表(份)"`` or the list of answer
        categories (forms actually answered).
    by : str
        Unit column. Default: ``data.attrs["unit"]`` (as :func:`unit_rates`).
    item, value : str
        Columns holding the item label and the number.
    group : str, optional
        Unit-level column (e.g. ``"township_type"``); if given, the
        estimators are computed within each group.
    round_means : int, optional
        If given, add a row ``ratio_of_rounded_means`` that rounds both
        means half-up to this many decimals before dividing, as a printed
        "均值" column does.

    Returns
    -------
    pandas.DataFrame
        One row per (group,) estimator with columns

        ``group`` (named as the caller's column, only if ``group`` is given)
        ``estimator``
            ``"pooled"`` :math:`\\sum x_i / \\sum n_i`;
            ``"mean_of_rates"`` :math:`\\frac1k\\sum x_i/n_i`;
            ``"weighted_mean_of_rates"``
            :math:`\\sum n_i (x_i/n_i) / \\sum n_i`, identical to pooled and
            shown to make that visible;
            ``"ratio_of_means"`` :math:`\\bar x / \\bar n`, also identical to
            pooled when every unit reports both items;
            ``"ratio_of_rounded_means"`` (only with ``round_means``).
        ``numerator``, ``denominator``
            Item labels.
        ``numerator_value``, ``denominator_value``
            The two quantities whose ratio is ``value`` (NaN for
            ``mean_of_rates``, which is not a single ratio).
        ``value``
            The estimate.
        ``n_units``
            Number of units :math:`k`.

    Notes
    -----
    The pooled rate weights each unit by its size, the mean of rates weights
    units equally; they differ when rates vary with size. The report's
    "真实 达 40 份, 占 78.43%" is 40/51, a ratio of *rounded* means: 40 is
    278/7 = 39.71 rounded, but 51 is not the rounded mean of forms issued
    (362/7 = 51.71 -> 52); it is the rounded mean of forms answered
    (358/7 = 51.14), i.e. the sum of the four category means 40+9+2+0.
    ``round_means=0`` with the answer categories as denominator reproduces it.

    References
    ----------
    .. [1] Report, 述职评议测评表 and its "均值" column.
    .. [2] Simpson, E. H. (1951). The interpretation of interaction in
       contingency tables. JRSS B 13, 238-241.

    Examples
    --------
    >>> import pandas as pd
    >>> from dangjian.engine.metrics import pooled_vs_mean_rate
    >>> answered = ["真实", "比较真实", "基本真实", "不真实"]
    >>> counts = {"真实": [53, 41, 51, 41, 30, 29, 33],
    ...           "比较真实": [13, 14, 11, 10, 7, 6, 4],
    ...           "基本真实": [2, 9, 2, 1, 0, 1, 0],
    ...           "不真实": [0] * 7}
    >>> df = pd.DataFrame([(f"T{i + 1}", k, v[i]) for k, v in counts.items()
    ...                    for i in range(7)],
    ...                   columns=["township", "item", "value"])
    >>> res = pooled_vs_mean_rate(df, numerator="真实", denominator=answered, by="township",
    ...                           round_means=0)
    >>> res[["estimator", "numerator_value", "denominator_value", "value"]].round(4)
                    estimator  numerator_value  denominator_value   value
    0                  pooled         278.0000           358.0000  0.7765
    1           mean_of_rates              NaN                NaN  0.7877
    2  weighted_mean_of_rates         278.0000           358.0000  0.7765
    3          ratio_of_means          39.7143            51.1429  0.7765
    4  ratio_of_rounded_means          40.0000            51.0000  0.7843
    """
    if round_means is not None and (not isinstance(round_means, int) or round_means < 0):
        raise ValueError("round_means must be a non-negative int or None")
    by = _unit_of(data, by, "unit", "pooled_vs_mean_rate")
    units = unit_rates(
        data, numerator=numerator, denominator=denominator, by=by, item=item, value=value
    )
    if (units["denominator_value"] <= 0).any():
        bad = units.loc[units["denominator_value"] <= 0, by].tolist()
        raise ValueError(f"pooled_vs_mean_rate: non-positive denominator for {bad}")
    if group is not None and group not in units.columns:
        raise KeyError(f"pooled_vs_mean_rate: {group!r} is not a unit-level column")
    cols = ["estimator", "numerator_value", "denominator_value", "value", "n_units"]
    parts = []
    groups = [(None, units)] if group is None else units.groupby(group, sort=False)
    for key, g in groups:
        rows = _rate_rows(
            g["numerator_value"].to_numpy(),
            g["denominator_value"].to_numpy(),
            round_means=round_means,
        )
        part = pd.DataFrame(rows, columns=cols)
        if group is not None:
            part.insert(0, group, key)
        parts.append(part)
    out = pd.concat(parts, ignore_index=True)
    lead = [] if group is None else [group]
    out["numerator"] = units["numerator"].iloc[0]
    out["denominator"] = units["denominator"].iloc[0]
    return out[lead + ["estimator", "numerator", "denominator"] + cols[1:]]


def weighted_vs_unweighted_mean(
    data,
    *,
    item="量化测评平均分",
    weight="发放测评表(份)",
    by=None,
    group=None,
    item_column="item",
    value="value",
):
    """Unweighted mean of unit means versus the weight-weighted mean.

    Parameters
    ----------
    data : pandas.DataFrame
        Tidy table, one row per unit x item.
    item : str
        Item holding each unit's mean. Default ``"量化测评平均分"``.
    weight : str
        Item holding each unit's weight. Default ``"发放测评表(份)"``
        (forms issued; the number of forms scored is not printed).
    by : str
        Unit column. Default: ``data.attrs["unit"]`` (as :func:`unit_rates`).
    group : str, optional
        Unit-level column (e.g. ``"township_type"``); if given, both means
        are computed within each group.
    item_column, value : str
        Columns holding the item label and the number (``item`` is taken by
        the item *label* here, hence ``item_column``).

    Returns
    -------
    pandas.DataFrame
        One row per (group,) estimator with columns

        ``group`` (named as the caller's column, only if ``group`` is given)
        ``estimator``
            ``"unweighted"`` :math:`\\frac1k\\sum m_i` (the report's 均值
            94.09) or ``"weighted"`` :math:`\\sum w_i m_i / \\sum w_i`, the
            mean over all forms if every issued form was scored.
        ``value``
            The mean.
        ``n_units``
            :math:`k`.
        ``total_weight``
            :math:`\\sum w_i`.

    Notes
    -----
    The two coincide only when the weights are equal or the unit means do
    not vary with size.

    References
    ----------
    .. [1] Report, 述职评议测评表, row 量化测评平均分 and its 均值.

    Examples
    --------
    >>> import pandas as pd
    >>> from dangjian.engine.metrics import weighted_vs_unweighted_mean
    >>> df = pd.DataFrame({
    ...     "township": [f"T{i}" for i in range(1, 8)] * 2,
    ...     "township_type": (["镇"] * 3 + ["乡"] * 4) * 2,
    ...     "item": ["发放测评表(份)"] * 7 + ["量化测评平均分"] * 7,
    ...     "value": [68, 68, 64, 52, 37, 36, 37,
    ...               94.03, 94.18, 92.74, 94.5, 95.8, 94.02, 93.35]})
    >>> weighted_vs_unweighted_mean(df, by="township").round(4)
        estimator    value  n_units  total_weight
    0  unweighted  94.0886        7         362.0
    1    weighted  94.0080        7         362.0
    >>> weighted_vs_unweighted_mean(df, by="township", group="township_type").round(4)
      township_type   estimator    value  n_units  total_weight
    0             镇  unweighted  93.6500        3         200.0
    1             镇    weighted  93.6682        3         200.0
    2             乡  unweighted  94.4175        4         162.0
    3             乡    weighted  94.4276        4         162.0
    """
    items = _as_items([item, weight], "item/weight")
    by = _unit_of(data, by, "unit", "weighted_vs_unweighted_mean")
    sub, wide = _unit_wide(
        data, items, by=by, item=item_column, value=value, func="weighted_vs_unweighted_mean"
    )
    if (wide[weight] < 0).any() or wide[weight].sum() <= 0:
        raise ValueError("weights must be non-negative with a positive total")
    units = _unit_context(sub, by=by, exclude=[by, item_column, value]).reindex(wide.index)
    units["_m"] = wide[item]
    units["_w"] = wide[weight]
    if group is not None and group not in units.columns:
        raise KeyError(f"weighted_vs_unweighted_mean: {group!r} is not a unit-level column")
    parts = []
    groups = [(None, units)] if group is None else units.groupby(group, sort=False)
    for key, g in groups:
        m, w = g["_m"].to_numpy(), g["_w"].to_numpy()
        part = pd.DataFrame(
            {
                "estimator": ["unweighted", "weighted"],
                "value": [float(m.mean()), float((w * m).sum() / w.sum())],
                "n_units": len(m),
                "total_weight": float(w.sum()),
            }
        )
        if group is not None:
            part.insert(0, group, key)
        parts.append(part)
    return pd.concat(parts, ignore_index=True)
