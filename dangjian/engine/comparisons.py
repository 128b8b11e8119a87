"""Do the answer distributions of a unit table differ between its units or their types?

The χ² test of homogeneity (:func:`chi2_homogeneity`, with a seeded Monte
Carlo p-value when expected counts are small) and a binomial GLM of one
answer's share on a unit-level group (:func:`binomial_glm`), each returning a
result that spells out its small-sample caveats.  They take the tidy unit
table of :mod:`dangjian.engine.metrics` (its unit columns named by the
caller or by the table's ``data.attrs``); statsmodels and scipy are imported
inside the functions, so that ``import dangjian`` stays light.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

import numpy as np

from ._lazy import pd
from .metrics import _DEFAULT_SEED, _as_items, _check_columns, _fmt, _fmt_p, _unit_of, unit_rates

__all__ = ["Chi2HomogeneityResult", "chi2_homogeneity", "BinomialGLMResult", "binomial_glm"]


# ---------------------------------------------------------------------------
# chi-square test of homogeneity
# ---------------------------------------------------------------------------


@dataclass(eq=False)
class Chi2HomogeneityResult:
    """Result of :func:`chi2_homogeneity`.

    Attributes
    ----------
    statistic : float
        Pearson's :math:`X^2` (Yates-corrected only if ``correction`` and
        dof == 1).
    dof : int
        :math:`(r-1)(c-1)` of the table actually tested.
    pvalue : float
        Asymptotic chi-square p-value.
    pvalue_simulated : float
        Monte Carlo p-value (NaN unless ``simulate`` was given).
    observed : pandas.DataFrame
        Tidy table tested: columns ``by``, ``item``, ``observed``.
    expected : pandas.DataFrame
        Columns ``by``, ``item``, ``observed``, ``expected``, ``small``
        (expected < ``min_expected``).
    share_small : float
        Share of cells with expected count below ``min_expected``.
    warning : str
        Plain-English warning when any expected count is small, else "".
    dropped : tuple
        Categories (and levels of ``by``) dropped because all their counts
        were zero.
    notes : tuple of str
        Plain-English notes on what was dropped and why.
    """

    statistic: float
    dof: int
    pvalue: float
    pvalue_simulated: float
    observed: pd.DataFrame
    expected: pd.DataFrame
    share_small: float
    warning: str
    dropped: tuple = ()
    notes: tuple = ()
    by: str = ""
    items: tuple = ()
    min_expected: float = 5
    correction: bool = False
    n_resamples: int | None = None
    seed: int | None = None
    n_levels: int = 0

    def summary(self) -> str:
        """Plain-text report of the test, notes and warning."""
        lines = [
            f"Chi-square test of homogeneity: {' / '.join(self.items)} "
            f"across {self.by} ({self.n_levels} levels)",
            f"X^2 = {self.statistic:.4f}, df = {self.dof}, "
            f"p = {_fmt_p(self.pvalue)} (asymptotic chi-square"
            + (", Yates-corrected" if self.correction and self.dof == 1 else "")
            + ")",
        ]
        if self.n_resamples:
            lines.append(
                f"Monte Carlo p = {_fmt_p(self.pvalue_simulated)} "
                f"({self.n_resamples} tables with the observed margins, seed {self.seed})"
            )
        lines.append(
            f"Cells with expected count < {self.min_expected}: "
            f"{self.share_small:.1%}"
        )
        lines.extend(f"Note: {n}" for n in self.notes)
        if self.warning:
            lines.append(f"Warning: {self.warning}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.summary()


def chi2_homogeneity(
    data,
    *,
    items,
    by=None,
    item="item",
    value="value",
    min_expected=5,
    correction=False,
    simulate=None,
    seed=_DEFAULT_SEED,
):
    """Chi-square test that the answer distribution is the same across ``by``.

    Parameters
    ----------
    data : pandas.DataFrame
        Tidy table, one row per unit x item.
    items : list of str
        Answer categories forming the columns of the table, e.g.
        ``["真实", "比较真实", "基本真实", "不真实"]``.
    by : str
        Column whose levels form the rows: ``"township"`` or
        ``"township_type"`` (counts are summed within each level).
    item, value : str
        Columns holding the item label and the count.
    min_expected : float
        Threshold for the small-expected-count warning. Default 5.
    correction : bool
        Yates' continuity correction; scipy applies it only when dof == 1,
        so it never affects larger tables. Default False: plain Pearson
        :math:`X^2`, as R's ``chisq.test(x, correct = FALSE)``.
    simulate : int, optional
        If given, also compute a Monte Carlo p-value from this many random
        tables with the observed margins (scipy's ``random_table``).
    seed : int
        Seed of the Monte Carlo generator; fixed by default so the p-value
        is reproducible.

    Returns
    -------
    Chi2HomogeneityResult
        With ``statistic``, ``dof``, ``pvalue``, ``pvalue_simulated``,
        ``observed`` (columns ``by``, ``item``, ``observed``), ``expected``
        (adds ``expected`` and ``small``), ``share_small``, ``warning``,
        ``dropped``, ``notes`` and ``summary()``. A ``UserWarning`` is also
        emitted when any expected count is below ``min_expected``.

    Notes
    -----
    With row totals :math:`R_i`, column totals :math:`C_j` and grand total
    :math:`N`, :math:`E_{ij} = R_i C_j / N` and
    :math:`X^2 = \\sum_{ij} (O_{ij} - E_{ij})^2 / E_{ij}`, referred to a
    chi-square with :math:`(r-1)(c-1)` df. Categories whose counts are zero
    everywhere (不真实, 不称职 in the report) have :math:`E = 0` and are
    dropped, which also reduces the df. Cochran's rule asks for expected
    counts of at least 5 in most cells; in the township table 基本真实 and
    基本称职 fall well below it, so prefer ``simulate=`` or pool rows
    (``by="township_type"``).

    References
    ----------
    .. [1] Pearson, K. (1900). On the criterion that a given system of
       deviations ... Philosophical Magazine 50, 157-175.
    .. [2] Cochran, W. G. (1954). Some methods for strengthening the common
       chi-square tests. Biometrics 10, 417-451.

    Examples
    --------
    >>> import pandas as pd
    >>> from dangjian.engine.comparisons import chi2_homogeneity
    >>> answered = ["真实", "比较真实", "基本真实", "不真实"]
    >>> df = pd.DataFrame({
    ...     "township_type": ["镇"] * 4 + ["乡"] * 4,
    ...     "item": answered * 2,
    ...     "value": [145, 38, 13, 0, 133, 27, 2, 0]})
    >>> res = chi2_homogeneity(df, items=answered, by="township_type")
    >>> print(res)
    Chi-square test of homogeneity: 真实 / 比较真实 / 基本真实 across township_type (2 levels)
    X^2 = 7.2828, df = 2, p = 0.0262 (asymptotic chi-square)
    Cells with expected count < 5: 0.0%
    Note: dropped 不真实: all counts are zero, so its expected counts would be 0.
    >>> res.expected.round(2)
      township_type item  observed  expected  small
    0             镇   真实     145.0    152.20  False
    1             镇 比较真实      38.0     35.59  False
    2             镇 基本真实      13.0      8.21  False
    3             乡   真实     133.0    125.80  False
    4             乡 比较真实      27.0     29.41  False
    5             乡 基本真实       2.0      6.79  False
    """
    from scipy import stats

    items = _as_items(items, "items")
    by = _unit_of(data, by, "unit", "chi2_homogeneity")
    _check_columns(data, [by, item, value], "chi2_homogeneity")
    sub = data.loc[data[item].isin(items), [by, item, value]].copy()
    absent = [i for i in items if i not in set(sub[item])]
    if absent:
        raise ValueError(f"chi2_homogeneity: item(s) {absent} not found in column {item!r}")
    sub[value] = pd.to_numeric(sub[value])
    if (sub[value] < 0).any():
        raise ValueError("chi2_homogeneity: counts must be non-negative")
    levels = pd.unique(sub[by])
    table = (
        sub.groupby([by, item], sort=False)[value]
        .sum()
        .unstack(item)
        .reindex(index=levels, columns=items)
    )
    if table.isna().to_numpy().any():
        holes = [pair for pair, h in table.isna().stack().items() if h]
        raise ValueError(f"chi2_homogeneity: missing count for ({by}, {item}) {holes}")
    table = table.astype(float)

    dropped, notes = [], []
    zero_cols = [c for c in table.columns if table[c].sum() == 0]
    if zero_cols:
        dropped += zero_cols
        notes.append(
            f"dropped {', '.join(zero_cols)}: all counts are zero, "
            "so its expected counts would be 0."
        )
        table = table.drop(columns=zero_cols)
    zero_rows = [r for r in table.index if table.loc[r].sum() == 0]
    if zero_rows:
        dropped += zero_rows
        notes.append(
            f"dropped {by} {', '.join(map(str, zero_rows))}: no counts in the tested categories."
        )
        table = table.drop(index=zero_rows)
    if table.shape[0] < 2 or table.shape[1] < 2:
        raise ValueError(
            f"chi2_homogeneity: need at least a 2 x 2 table after dropping empty "
            f"rows/columns, got {table.shape[0]} x {table.shape[1]}"
        )

    obs = table.to_numpy()
    res = stats.chi2_contingency(obs, correction=correction)
    expected = np.asarray(res.expected_freq, dtype=float)
    p_sim = np.nan
    if simulate is not None:
        method = stats.MonteCarloMethod(
            n_resamples=int(simulate), rng=np.random.default_rng(seed)
        )
        # Monte Carlo needs the uncorrected statistic; it conditions on both
        # margins, like R's chisq.test(simulate.p.value = TRUE).
        p_sim = float(stats.chi2_contingency(obs, correction=False, method=method).pvalue)

    long_obs = (
        table.rename_axis(index=by, columns=item).stack().rename("observed").reset_index()
    )
    exp_frame = pd.DataFrame(expected, index=table.index, columns=table.columns)
    long_exp = long_obs.copy()
    long_exp["expected"] = (
        exp_frame.rename_axis(index=by, columns=item).stack().to_numpy()
    )
    long_exp["small"] = long_exp["expected"] < min_expected
    n_small = int(long_exp["small"].sum())
    share_small = n_small / len(long_exp)

    warning = ""
    if n_small:
        worst = long_exp.loc[long_exp["expected"].idxmin()]
        small_items = list(dict.fromkeys(long_exp.loc[long_exp["small"], item]))
        warning = (
            f"{n_small} of {len(long_exp)} cells ({share_small:.0%}) have expected "
            f"counts below {min_expected} (smallest {worst['expected']:.2f}, "
            f"{by} {worst[by]}, {worst[item]}; small cells in {', '.join(small_items)}). "
            "The chi-square p-value may be inaccurate; use simulate= for a Monte Carlo "
            "p-value or pool sparse rows/categories."
        )
        warnings.warn(f"chi2_homogeneity: {warning}", UserWarning, stacklevel=2)

    return Chi2HomogeneityResult(
        statistic=float(res.statistic),
        dof=int(res.dof),
        pvalue=float(res.pvalue),
        pvalue_simulated=p_sim,
        observed=long_obs,
        expected=long_exp,
        share_small=share_small,
        warning=warning,
        dropped=tuple(dropped),
        notes=tuple(notes),
        by=by,
        items=tuple(table.columns),
        min_expected=min_expected,
        correction=bool(correction),
        n_resamples=None if simulate is None else int(simulate),
        seed=None if simulate is None else seed,
        n_levels=table.shape[0],
    )


# ---------------------------------------------------------------------------
# binomial GLM
# ---------------------------------------------------------------------------


@dataclass(eq=False)
class BinomialGLMResult:
    """Result of :func:`binomial_glm`.

    Attributes
    ----------
    coefficients : pandas.DataFrame
        Columns ``term``, ``estimate`` (log odds), ``std_err``, ``z``,
        ``pvalue``, ``ci_lower``, ``ci_upper``, ``odds_ratio``,
        ``odds_ratio_ci_lower``, ``odds_ratio_ci_upper``.
    units : pandas.DataFrame
        One row per unit: ``by``, ``group``, ``successes``, ``trials``,
        ``observed`` (share), ``fitted`` (share), ``pearson_resid``.
    deviance, pearson_chi2 : float
        Goodness-of-fit statistics.
    df_resid : int
        Units minus parameters.
    dispersion : float
        ``pearson_chi2 / df_resid`` (NaN if ``df_resid == 0``).
    caveat : str
        Data-dependent statement of what the model can and cannot say.
    """

    coefficients: pd.DataFrame
    units: pd.DataFrame
    deviance: float
    pearson_chi2: float
    df_resid: int
    dispersion: float
    caveat: str
    success: str = ""
    total: str = ""
    scale: str | None = None

    def summary(self) -> str:
        """Plain-text coefficient table, fit statistics and the caveat."""
        coef = self.coefficients.copy()
        num = coef.select_dtypes("number").columns
        coef["pvalue"] = coef["pvalue"].map(_fmt_p)
        num = num.drop("pvalue")
        coef[num] = coef[num].map(lambda v: f"{v:.4f}")
        lines = [
            f"Binomial GLM (logit) of {self.success} / {self.total}, "
            f"{len(self.units)} units"
            + (" (quasi-binomial scale: Pearson X2)" if self.scale == "X2" else ""),
            coef.to_string(index=False),
            f"Deviance = {self.deviance:.4f}, Pearson chi2 = {self.pearson_chi2:.4f}, "
            f"df_resid = {self.df_resid}, dispersion = {_fmt(self.dispersion, 4)}",
            self.caveat,
        ]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.summary()


def _glm_caveat(n_units, group_sizes, n_trials, df_resid, pearson, dispersion, scale, by):
    groups = ", ".join(f"{k}: {v}" for k, v in group_sizes.items())
    parts = [
        f"Caveat (descriptive only): fitted to {n_units} {by} units"
        + (f" ({groups})" if groups else "")
        + f" holding {n_trials:.0f} trials (forms) in total.",
        "The binomial likelihood treats every form as an independent trial, but forms "
        f"within a {by} share the place, the cadre being rated and the meeting, so they "
        "are clustered, not independent respondents.",
    ]
    if df_resid <= 0:
        parts.append(
            "The model is saturated (0 residual df): dispersion cannot be estimated."
        )
    else:
        parts.append(
            f"Pearson dispersion = {dispersion:.2f} (chi2 {pearson:.2f} on {df_resid} "
            "residual df)."
        )
        if dispersion > 1:
            factor = math.sqrt(dispersion)
            if scale == "X2":
                parts.append(
                    "The standard errors above are already scaled by it (quasi-binomial); "
                    f"binomial ones would be {factor:.2f} times smaller."
                )
            else:
                parts.append(
                    "Above 1 signals overdispersion: the binomial standard errors are too "
                    f"small by a factor of about {factor:.2f} (refit with scale='X2')."
                )
        else:
            parts.append(
                "No overdispersion is visible in this statistic, but with "
                f"{df_resid} residual df it is itself very imprecise."
            )
    parts.append(
        f"With {n_units} units, p-values and intervals describe these units and are "
        "not evidence about such units in general."
    )
    return " ".join(parts)


def binomial_glm(
    data,
    *,
    success,
    total,
    by=None,
    group=...,
    item="item",
    value="value",
    reference=None,
    scale=None,
    alpha=0.05,
):
    """Binomial GLM of the share ``success / total`` on a unit-level group.

    Parameters
    ----------
    data : pandas.DataFrame
        Tidy table, one row per unit x item.
    success : str or list of str
        Success item(s), e.g. ``"优秀"``; a list is summed.
    total : str or list of str
        Trials item(s), e.g. ``"发放测评表(份)"`` or the answer categories.
    by : str
        Unit column. Default: ``data.attrs["unit"]`` (as :func:`unit_rates`).
    group : str or None
        Unit-level regressor column. Default (``...``): ``data.attrs["unit_type"]``
        (``"township_type"``, 乡 vs 镇, for the bundled report's table);
        ``None`` fits an intercept only.
    item, value : str
        Columns holding the item label and the number.
    reference : optional
        Reference level of ``group``. Default: the first category of a
        categorical column, otherwise the first level in order of
        appearance (镇 for the report's table, where T1-T3 are 镇).
    scale : {None, "X2"}
        ``None`` keeps the binomial scale 1 (Wald z tests and intervals);
        ``"X2"`` multiplies the covariance by the Pearson dispersion
        (quasi-binomial) and refers ``z`` to a t distribution on
        ``df_resid`` df, as R's ``summary(glm(..., family = quasibinomial))``.
    alpha : float
        1 - confidence level of the intervals. Default 0.05.

    Returns
    -------
    BinomialGLMResult
        ``coefficients`` with columns ``term`` (``"Intercept"``,
        ``"<group>[T.<level>]"``), ``estimate`` (log odds / log odds
        ratio), ``std_err``, ``z`` (estimate / std_err; a t statistic when
        ``scale="X2"``), ``pvalue``, ``ci_lower``, ``ci_upper`` (Wald),
        ``odds_ratio`` (exp of estimate), ``odds_ratio_ci_lower``,
        ``odds_ratio_ci_upper``; ``units`` (columns ``by``, ``group``,
        ``successes``, ``trials``, ``observed``, ``fitted``,
        ``pearson_resid``); ``deviance``; ``pearson_chi2``; ``df_resid``;
        ``dispersion``; ``caveat`` (always part of ``summary()``).

    Notes
    -----
    :math:`y_i \\sim \\mathrm{Bin}(n_i, p_i)`,
    :math:`\\operatorname{logit} p_i = \\beta_0 + \\sum_g \\beta_g [\\text{group}_i = g]`.
    With one indicator per non-reference group the model is saturated in
    the groups, so the fitted share of a group is its pooled share
    :math:`\\sum_{i \\in g} y_i / \\sum_{i \\in g} n_i`, :math:`\\beta_0` is the
    reference group's pooled log odds and :math:`\\beta_g` a log odds ratio.
    Dispersion :math:`\\hat\\phi = X^2 / (k - p)` with
    :math:`X^2 = \\sum_i (y_i - n_i\\hat p_i)^2 / (n_i \\hat p_i (1-\\hat p_i))`.

    References
    ----------
    .. [1] McCullagh, P. and Nelder, J. A. (1989). Generalized Linear Models,
       2nd ed., ch. 4 (binomial data, overdispersion).
    .. [2] Report, 述职评议测评表, rows 优秀 and 真实.

    Examples
    --------
    >>> import pandas as pd
    >>> from dangjian.engine.comparisons import binomial_glm
    >>> df = pd.DataFrame({
    ...     "township": [f"T{i}" for i in range(1, 8)] * 2,
    ...     "township_type": (["镇"] * 3 + ["乡"] * 4) * 2,
    ...     "item": ["发放测评表(份)"] * 7 + ["优秀"] * 7,
    ...     "value": [68, 68, 64, 52, 37, 36, 37, 55, 44, 44, 40, 29, 24, 31]})
    >>> res = binomial_glm(df, success="优秀", total="发放测评表(份)", by="township", group="township_type")
    >>> res.coefficients[["term", "estimate", "std_err", "odds_ratio"]].round(4)
                    term  estimate  std_err  odds_ratio
    0          Intercept    0.9198   0.1566      2.5088
    1  township_type[T.乡]    0.2629   0.2427      1.3007
    >>> round(res.dispersion, 2)
    1.57
    >>> print(res.caveat)  # doctest: +ELLIPSIS
    Caveat (descriptive only): fitted to 7 township units (镇: 3, 乡: 4) holding 362 ...
    """
    import statsmodels.api as sm

    if scale not in (None, "X2"):
        raise ValueError("scale must be None or 'X2'")
    by = _unit_of(data, by, "unit", "binomial_glm")
    group = _unit_of(data, None, "unit_type", "binomial_glm") if group is ... else group
    units = unit_rates(data, numerator=success, denominator=total, by=by, item=item, value=value)
    y = units["numerator_value"].to_numpy()
    n = units["denominator_value"].to_numpy()
    if np.any(n <= 0) or np.any(y < 0) or np.any(y > n):
        raise ValueError("binomial_glm: need 0 <= successes <= trials and trials > 0")

    terms = ["Intercept"]
    X = np.ones((len(units), 1))
    group_sizes = {}
    if group is not None:
        if group not in units.columns:
            raise KeyError(f"binomial_glm: {group!r} is not a unit-level column")
        col = units[group]
        if isinstance(col.dtype, pd.CategoricalDtype):
            levels = [c for c in col.cat.categories if (col == c).any()]
        else:
            levels = list(pd.unique(col))
        if reference is None:
            reference = levels[0]
        if reference not in levels:
            raise ValueError(f"reference {reference!r} is not a level of {group!r}")
        levels = [reference] + [lv for lv in levels if lv != reference]
        if len(levels) < 2:
            raise ValueError(f"binomial_glm: {group!r} has a single level")
        for lv in levels[1:]:
            X = np.column_stack([X, (col == lv).to_numpy(dtype=float)])
            terms.append(f"{group}[T.{lv}]")
        group_sizes = {lv: int((col == lv).sum()) for lv in levels}

    endog = np.column_stack([y, n - y])
    model = sm.GLM(endog, X, family=sm.families.Binomial())
    # IRLS reports the covariance from the weights of its last-but-one
    # step; statsmodels' default tol (1e-8 on the deviance) leaves the
    # standard errors off in the 6th digit, a tighter tol costs one step.
    fit = model.fit(tol=1e-12)
    df_resid = int(round(fit.df_resid))
    pearson = float(fit.pearson_chi2)
    dispersion = pearson / df_resid if df_resid > 0 else float("nan")
    if scale == "X2":
        if not df_resid > 0:
            raise ValueError("binomial_glm: scale='X2' needs residual df > 0")
        # statsmodels 0.15's own fit(scale="X2") with a (successes, failures)
        # endog divides by the trial-weighted scale and returns standard
        # errors ~6x *smaller* than the binomial ones (0.028 vs 0.158 for 真实
        # of 镇). Refitting with the Pearson dispersion as a fixed scale gives
        # the textbook quasi-binomial errors: binomial SE * sqrt(dispersion).
        fit = model.fit(scale=dispersion, tol=1e-12)
    params = np.asarray(fit.params)
    bse = np.asarray(fit.bse)
    stat = params / bse
    from scipy import stats

    # With an estimated dispersion refer to t on df_resid, as R's summary.glm
    # does for family = quasibinomial (5 df here, far from a normal limit).
    ref = stats.t(df_resid) if scale == "X2" else stats.norm()
    crit = ref.ppf(1 - alpha / 2)
    coef = pd.DataFrame(
        {
            "term": terms,
            "estimate": params,
            "std_err": bse,
            "z": stat,
            "pvalue": 2 * ref.sf(np.abs(stat)),
            "ci_lower": params - crit * bse,
            "ci_upper": params + crit * bse,
        }
    )
    coef["odds_ratio"] = np.exp(coef["estimate"])
    coef["odds_ratio_ci_lower"] = np.exp(coef["ci_lower"])
    coef["odds_ratio_ci_upper"] = np.exp(coef["ci_upper"])

    fitted = np.asarray(fit.fittedvalues, dtype=float)
    unit_cols = [by] + ([group] if group is not None else [])
    unit_frame = units[unit_cols].copy()
    unit_frame["successes"] = y
    unit_frame["trials"] = n
    unit_frame["observed"] = y / n
    unit_frame["fitted"] = fitted
    unit_frame["pearson_resid"] = (y - n * fitted) / np.sqrt(n * fitted * (1 - fitted))

    caveat = _glm_caveat(
        len(units), group_sizes, float(n.sum()), df_resid, pearson, dispersion, scale, by
    )
    return BinomialGLMResult(
        coefficients=coef,
        units=unit_frame,
        deviance=float(fit.deviance),
        pearson_chi2=pearson,
        df_resid=df_resid,
        dispersion=dispersion,
        caveat=caveat,
        success=units["numerator"].iloc[0],
        total=units["denominator"].iloc[0],
        scale=scale,
    )
