"""The township table of 二(二): the shares it implies and the ways of computing one "overall rate".

:func:`implied_shares`, :func:`answered_vs_issued`, :func:`mean_readings`,
:func:`rate_estimators`, :func:`homogeneity_tests`, :func:`text_vs_table`.
Verdicts that depend on rounding use exact fractions; floats are only estimates.
"""

from __future__ import annotations

import math
import warnings
from decimal import Decimal
from fractions import Fraction

import pandas as pd

from ..engine.consistency import answers_vs_forms, reround, unround
from ..engine.metrics import overall_rates
from .claims import number_value
from .sections import _in
from .text import _cell

__all__ = ["implied_shares", "answered_vs_issued", "mean_readings", "rate_estimators", "homogeneity_tests", "text_vs_table"]

_FORMS = "发放测评表(份)"


def _bound_count(reported: str, n: int) -> tuple[int, int]:
    """Least count behind "p%以上" of n: read as exact, and read as a rounded percentage."""
    share = number_value(reported)
    exact = math.ceil(share * n / 100)
    iv = unround(reported.rstrip("%"))
    low = iv.lower * n / 100
    rounded = math.ceil(low) if iv.incl_lower else math.floor(low) + 1
    return exact, rounded


def _count_range(reported: str, n: int) -> tuple[int, int]:
    """Counts 0..n whose share of n prints as ``reported`` (rounded either way at a tie)."""
    iv = unround(reported.rstrip("%"))
    low, high = iv.lower * n / 100, iv.upper * n / 100
    first = math.ceil(low) if iv.incl_lower else math.floor(low) + 1
    last = math.floor(high) if iv.incl_upper else math.ceil(high) - 1
    return max(first, 0), min(last, n)


def _share(k, n, digits: int) -> str:
    return reround(Fraction(100) * Fraction(k) / Fraction(n), digits, rounding="up")[0]


def _items(data: pd.DataFrame, block: str) -> list[str]:
    return list(dict.fromkeys(data.loc[data["block"] == block, "item"]))


def _blocks(data: pd.DataFrame) -> list[str]:
    return [b for b in dict.fromkeys(data["block"]) if b]


def _exact_values(table) -> pd.DataFrame:
    return table.data.assign(exact=[Fraction(Decimal(v)) for v in table.data["value"]])


def _sum(data: pd.DataFrame, items) -> Fraction:
    return sum(data.loc[data["item"].isin(list(items)), "exact"], Fraction(0))


def _block_of(data: pd.DataFrame, item: str) -> str:
    return data.loc[data["item"] == item, "block"].iloc[0]


def _reported_share(claims: pd.DataFrame, item: str) -> tuple[str, str]:
    """The claim id and printed percentage of the text's share of ``item`` (e.g. C43, "78.43")."""
    by_id = claims.set_index("claim_id")
    for r in claims[(claims["kind"] == "percent") & (claims["numerator"] != "")].itertuples():
        num = by_id.loc[r.numerator]
        source = by_id.loc[num["same_as"]] if num["same_as"] in by_id.index else num
        if source["method"] == f"table_mean({item})":
            return r.claim_id, r.reported.rstrip("%")
    return "", ""


def implied_shares(claims: pd.DataFrame, table=None, *, sections=None) -> pd.DataFrame:
    """Shares the report implies but never prints, and the counts its shares imply.

    Parameters
    ----------
    claims : DataFrame
        The ledger.
    table : dangjian.engine.tables.FlatTable, optional
        The 二(二) township table; if given, add the pooled shares of 真实 and
        优秀 over the forms issued and over the forms answered.
    sections : list of str, optional
        Keep only rows of these section ids (default: all).

    Returns
    -------
    DataFrame
        ``claim_id`` (the claim the row is about), ``section``, ``what``
        (English: the claim's meaning, or the pooled share), ``base`` (the
        claim id of n, or "table"), ``relation`` ("=" or "≥": the count is
        exact or a least value), ``count``, ``n``, ``share`` (percent as a string, half-up:
        1 decimal for the text's counts, 2 for the table like the report's
        own shares) and ``assumption`` (the reading the row depends on).

    Notes
    -----
    Three kinds of rows.

    * A count with a base that is itself a count, and no printed share
      (2 of the 6 department Party committees): the share ``100·k/n``.
      Counts listed as parts of a summed total (the 其中 list of 二(三)) are
      parts, not shares, and are left out.
    * A bound "p%以上" of a base n: read as an exact bound, the count is at
      least ``ceil(p·n/100)``; read as a percentage rounded to whole
      percents, ``p`` stands for at least ``p - 0.5`` and the least count is
      ``ceil((p - 0.5)·n/100)``.  Both are stated in ``assumption``.
    * A percentage of a base with no count (100% of 921): the count is
      ``p·n/100`` read exactly; read as a rounded percentage it is any count
      whose share rounds to p.

    Table rows: :math:`\\sum_i x_i / \\sum_i n_i` over the seven townships,
    with :math:`n_i` the forms issued or the forms answered in the item's
    block (the sum of its categories).

    Examples
    --------
    >>> claims = pd.DataFrame({"claim_id": ["C05", "C06", "C21", "C23"], "section_id": ["1.1", "1.1", "1.3", "1.3"],
    ...     "section_label": ["一(一)", "一(一)", "一(三)", "一(三)"], "reported": ["125", "98%", "6", "2"],
    ...     "kind": ["count", "bound", "count", "count"], "meaning": ["organisations", "leaders", "committees", "secretaries"],
    ...     "numerator": [""] * 4, "denominator": [""] * 4, "base": ["", "C05", "", "C21"], "method": [""] * 4})
    >>> implied_shares(claims)[["claim_id", "relation", "count", "n", "share"]]
      claim_id relation  count    n share
    0      C06        ≥    123  125  98.4
    1      C23        =      2    6  33.3
    """
    by_id = claims.set_index("claim_id")
    numerators = set(claims["numerator"]) - {""}
    chosen = claims if sections is None else _in(claims, sections)
    rows = []
    for r in chosen.itertuples():
        if not r.base or r.base not in by_id.index or by_id.loc[r.base, "kind"] != "count":
            continue
        base = by_id.loc[r.base]
        n = int(number_value(base["reported"]))
        if r.kind == "count" and r.claim_id not in numerators and base["method"] == "":
            k = int(number_value(r.reported))
            rows.append((r.claim_id, r.section_label, r.meaning, r.base, "=", k, n, _share(k, n, 1),
                         f"the {k} are among the {n} of {r.base} ({base['meaning']})"))
        elif r.kind == "bound" and r.reported.endswith("%"):
            exact, rounded = _bound_count(r.reported, n)
            rows.append((r.claim_id, r.section_label, r.meaning, r.base, "≥", exact, n, _share(exact, n, 1),
                         f"the base is the {n} of {r.base}; '{r.reported}以上' read as an exact bound: "
                         f"k ≥ {r.reported} × {n} = {_cell(number_value(r.reported) * n / 100, 1)}, so k ≥ {exact}; "
                         f"if {r.reported} were itself rounded to a whole percent, k ≥ {rounded}"))
        elif r.kind == "percent" and r.reported.endswith("%") and r.numerator == "":
            low, high = _count_range(r.reported, n)
            k = number_value(r.reported) * n / 100
            relation, count = ("=", int(k)) if k.denominator == 1 else ("≥", low)
            rows.append((r.claim_id, r.section_label, r.meaning, r.base, relation, count, n, _share(count, n, 1),
                         f"the base is the {n} of {r.base}; {r.reported} read as exact: {int(k) if k.denominator == 1 else _cell(k, 1)} of {n}; "
                         f"read as a percentage rounded to its printed decimals, any of {low}-{high}"))
    if table is not None and (sections is None or "2.2" in set(sections)):
        data = _exact_values(table)
        for item in ("真实", "优秀"):
            claim_id, _ = _reported_share(claims, item)
            block = _block_of(data, item)
            k = _sum(data, [item])
            for label, items in (("forms issued", [_FORMS]), (f"forms answered ({block})", _items(data, block))):
                n = _sum(data, items)
                rows.append((claim_id, "二(二)", f"pooled share of {item} over {label}", "table", "=", int(k), int(n), _share(k, n, 2),
                             "the seven township columns of the table added up; every form counted once"))
    columns = ["claim_id", "section", "what", "base", "relation", "count", "n", "share", "assumption"]
    return pd.DataFrame(rows, columns=columns)


# --- the township table of 二(二) ----------------------------------------------------


def answered_vs_issued(table) -> pd.DataFrame:
    """Per township and answer block: the forms answered (categories added up) against the forms issued.

    Parameters
    ----------
    table : dangjian.engine.tables.FlatTable

    Returns
    -------
    DataFrame
        One row per township and block (述职报告真实情况, 测评意见), in print
        order: ``township``, ``township_type``, ``block``, ``issued``,
        ``answered`` (sum of the block's categories), ``difference``
        (answered - issued; negative: forms not answered or not counted,
        positive: more answers than forms).

    Examples
    --------
    >>> from dangjian.pipeline import load_table
    >>> rows = answered_vs_issued(load_table())
    >>> rows[rows["difference"] != 0][["township", "block", "issued", "answered"]].values.tolist()
    [['T2', '述职报告真实情况', 68, 64], ['T2', '测评意见', 68, 67], ['T4', '测评意见', 52, 49], ['T6', '测评意见', 36, 38]]
    """
    data = _exact_values(table)
    rows = []
    for township, unit in data.groupby("township", sort=False):
        for block in _blocks(data):
            check = answers_vs_forms(unit.loc[unit["item"].isin(_items(data, block)), "exact"], _sum(unit, [_FORMS]))
            rows.append((township, unit["township_type"].iloc[0], block, int(check.issued), int(check.answered), int(-check.gap)))
    return pd.DataFrame(rows, columns=["township", "township_type", "block", "issued", "answered", "difference"])


def mean_readings(table) -> pd.DataFrame:
    """The printed 均值 of forms issued against the means it could be.

    Returns
    -------
    DataFrame
        One row per reading: ``reading`` (forms issued; forms answered in
        each block), ``total``, ``units``, ``mean`` (exact Fraction),
        ``half_up`` and ``truncated`` (the mean printed with no decimals
        each way) and ``printed`` (the table's 均值).

    Notes
    -----
    The report's 均值 is the unweighted mean over the seven township columns:
    :math:`\\bar n = \\frac17 \\sum_i n_i`.  Which reading and which rounding
    explain the printed value is judged in ``09_audit.ipynb``.

    Examples
    --------
    >>> from dangjian.pipeline import load_table
    >>> from dangjian.compendium.text import text_table
    >>> print(text_table(mean_readings(load_table()), digits=4))
    reading                           total  units     mean  half_up  truncated  printed
    forms issued                        362      7  51.7143  52       51         51
    forms answered: 述职报告真实情况    358      7  51.1429  51       51         51
    forms answered: 测评意见            360      7  51.4286  51       51         51
    """
    data = _exact_values(table)
    units = data["township"].nunique()
    printed = table.means.set_index("item").loc[_FORMS, "reported"]
    rows = [("forms issued", _sum(data, [_FORMS]))] + [(f"forms answered: {b}", _sum(data, _items(data, b))) for b in _blocks(data)]
    return pd.DataFrame([(label, int(total), units, total / units, reround(total / units, 0, rounding="up")[0],
                          reround(total / units, 0, rounding="trunc")[0], printed) for label, total in rows],
                        columns=["reading", "total", "units", "mean", "half_up", "truncated", "printed"])


_ESTIMATORS = {
    "pooled_issued": ("pooled over forms issued", "合计/发放份数"),
    "pooled_answered": ("pooled over forms answered", "合计/作答份数"),
    "mean_issued": ("mean of township rates (issued)", "各乡镇比例均值(发放)"),
    "mean_answered": ("mean of township rates (answered)", "各乡镇比例均值(作答)"),
    "printed_means": ("ratio of the printed means", "表中均值之比"),
}


def rate_estimators(table, claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """The ways one "overall share" of 真实 and of 优秀 can be computed from the township table.

    Parameters
    ----------
    table : dangjian.engine.tables.FlatTable
    claims : DataFrame, optional
        The ledger; if given, add the report's printed share (C43: 78.43%,
        C46: 74.51%) and whether each estimator prints as it.

    Returns
    -------
    DataFrame
        One row per item (真实, 优秀) and estimator: ``item``,
        ``estimator`` (English), ``label`` (Chinese, for figures),
        ``numerator``, ``denominator`` (as text: the counts, or the printed
        means), ``exact`` (Fraction, percent), ``percent`` (float) and, with
        ``claims``, ``claim_id``, ``reported`` and ``prints_as_reported``
        (the exact value rounded half-up to the report's decimals equals it).

    Notes
    -----
    With township counts :math:`x_i`, forms issued :math:`n_i` and forms
    answered :math:`a_i` (the block's categories added up):
    pooled :math:`\\sum x_i / \\sum n_i` (or :math:`/ \\sum a_i`); mean of
    township rates :math:`\\frac17 \\sum x_i/n_i` (or :math:`x_i/a_i`); ratio
    of the printed means :math:`\\bar x^{printed} / \\bar n^{printed}` (the
    table's 均值 column, e.g. 40/51).  The pooled share weights townships by
    their size, the mean of rates weights them equally.

    References
    ----------
    Report, 二(二): "真实"达40份, 占78.43%; "优秀"等次达38份, 占74.51%.

    Examples
    --------
    >>> from dangjian.pipeline import load_table
    >>> from dangjian.compendium.text import text_table
    >>> rates = rate_estimators(load_table())
    >>> print(text_table(rates[rates["item"] == "真实"][["estimator", "numerator", "denominator", "percent"]]))
    estimator                          numerator  denominator  percent
    pooled over forms issued           278        362            76.80
    pooled over forms answered         278        358            77.65
    mean of township rates (issued)    —          —              78.23
    mean of township rates (answered)  —          —              78.77
    ratio of the printed means         40         51             78.43
    """
    data = _exact_values(table)
    means = table.means.set_index("item")["reported"]
    rows = []
    for item in ("真实", "优秀"):
        block = _block_of(data, item)
        answered = _items(data, block)
        x = {t: _sum(u, [item]) for t, u in data.groupby("township", sort=False)}
        n = {t: _sum(u, [_FORMS]) for t, u in data.groupby("township", sort=False)}
        a = {t: _sum(u, answered) for t, u in data.groupby("township", sort=False)}
        issued = overall_rates(list(x.values()), [n[t] for t in x])
        of_answered = overall_rates(list(x.values()), [a[t] for t in x])
        values = {
            "pooled_issued": (str(sum(x.values())), str(sum(n.values())), 100 * issued["pooled"]),
            "pooled_answered": (str(sum(x.values())), str(sum(a.values())), 100 * of_answered["pooled"]),
            "mean_issued": ("", "", 100 * issued["mean_of_rates"]),
            "mean_answered": ("", "", 100 * of_answered["mean_of_rates"]),
            "printed_means": (means[item], means[_FORMS], 100 * number_value(means[item]) / number_value(means[_FORMS])),
        }
        for key, (num, den, exact) in values.items():
            rows.append({"item": item, "estimator": _ESTIMATORS[key][0], "label": _ESTIMATORS[key][1],
                         "numerator": num, "denominator": den, "exact": exact, "percent": float(exact)})
    out = pd.DataFrame(rows)
    if claims is not None:
        reported = {item: _reported_share(claims, item) for item in ("真实", "优秀")}
        out["claim_id"] = out["item"].map(lambda i: reported[i][0])
        out["reported"] = out["item"].map(lambda i: reported[i][1])
        out["prints_as_reported"] = [
            rep != "" and reround(ex, len(rep.partition(".")[2]), rounding="up")[0] == rep
            for ex, rep in zip(out["exact"], out["reported"])
        ]
    return out


def homogeneity_tests(table, *, by=("township", "township_type"), min_expected: float = 5) -> dict:
    """Chi-square tests of homogeneity of each answer block, across townships and across 镇/乡.

    Parameters
    ----------
    table : dangjian.engine.tables.FlatTable
    by : sequence of str
        Columns whose levels form the rows of each test.
    min_expected : float
        Threshold of the small-expected-count warning.

    Returns
    -------
    dict
        ``{(block, by): Chi2HomogeneityResult}`` in print order.  The
        ``UserWarning`` that :func:`dangjian.engine.comparisons.chi2_homogeneity` emits
        for small expected counts is caught here (its text would carry a file
        path into a notebook's output); the same text is in each result's
        ``warning`` and ``summary()``.

    Examples
    --------
    >>> from dangjian.pipeline import load_table
    >>> tests = homogeneity_tests(load_table())
    >>> [(key, test.dof, round(test.statistic, 4)) for key, test in tests.items()][1]
    (('述职报告真实情况', 'township_type'), 2, 7.2828)
    """
    from ..engine.comparisons import chi2_homogeneity

    data = table.data.assign(value=pd.to_numeric(table.data["value"]))
    out = {}
    for block in _blocks(data):
        for level in by:
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", message="chi2_homogeneity:", category=UserWarning)
                out[(block, level)] = chi2_homogeneity(data, items=_items(data, block), by=level, min_expected=min_expected)
    return out


# The text's number of townships (compared with the table's columns) and its
# forms per township (compared with forms issued / columns).
_TOWNSHIPS, _FORMS_PER_TOWNSHIP = "C39", "C41"
# Pairs of claims (text, table or another passage) that print the same fact.
_TEXT_TABLE_PAIRS = (
    ("year the township debriefings were trialled", "C36", "C50"),
    ("year the debriefing was trialled (preamble vs 二(二))", "C01", "C36"),
    ("months of the debriefings", "C38", "C51"),
    ("name of the debriefing scheme", "C35", "C49"),
)


def text_vs_table(claims: pd.DataFrame, table) -> pd.DataFrame:
    """Where the text of 二(二) and its table (or the preamble) print the same fact differently.

    Parameters
    ----------
    claims : DataFrame
        The ledger.
    table : dangjian.engine.tables.FlatTable
        The 二(二) township table.

    Returns
    -------
    DataFrame
        ``topic``, ``text_claim``, ``text``, ``other_claim``, ``other``
        (the table's value, or another passage's) and ``same`` (bool).  The
        number of townships compares the text's 21 with the township
        columns of the table; the forms per township compares the text's 51
        with the forms issued divided by those columns.

    Notes
    -----
    A difference is listed, not judged: a table of 2008 may sit in a report
    on 2009, and 21 townships may have debriefed while the table shows 7.
    ``09_audit.ipynb`` gives the verdicts.

    Examples
    --------
    >>> from dangjian.pipeline import load_claims, load_table
    >>> text_vs_table(load_claims(), load_table())[["topic", "text", "other"]].head(2).values.tolist()
    [['townships that debriefed', '21', '7'], ['forms per township', '51', '362/7 = 51.71']]
    """
    by_id = claims.set_index("claim_id")
    data = _exact_values(table)
    units = data["township"].nunique()
    forms = _sum(data, [_FORMS])
    townships, per = _TOWNSHIPS, _FORMS_PER_TOWNSHIP
    rows = [("townships that debriefed", townships, by_id.loc[townships, "reported"], "table columns", str(units)),
            ("forms per township", per, by_id.loc[per, "reported"], "table: forms / columns", f"{int(forms)}/{units} = {_cell(forms / units, 2)}")]
    rows += [(topic, a, by_id.loc[a, "reported"], b, by_id.loc[b, "reported"]) for topic, a, b in _TEXT_TABLE_PAIRS]
    out = pd.DataFrame(rows, columns=["topic", "text_claim", "text", "other_claim", "other"])
    out["same"] = out["text"] == out["other"]
    return out
