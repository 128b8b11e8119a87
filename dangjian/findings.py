"""Helpers that keep the finding notebooks (``01``-``08``) thin.

One notebook per finding section of the report, in the report's order
(:data:`NOTEBOOKS`).  Each notebook

* prints its section's claims, reported against recomputed, with a one-word
  status (:func:`reproduction`, :func:`print_reproduction`);
* adds what the report leaves out where the data allow it: a 95% interval for
  every survey percentage (:func:`survey_intervals`), the shares the report
  implies but never prints (:func:`implied_shares`) and, for the township
  table of 二(二), the competing ways of computing one "overall rate"
  (:func:`rate_estimators`, :func:`mean_readings`,
  :func:`answered_vs_issued`, :func:`homogeneity_tests`,
  :func:`text_vs_table`);
* says what cannot be reproduced and why (:func:`not_reproducible`,
  :func:`page_coverage`);
* for the qualitative chapter 三, structures the problems
  (:func:`problem_table`) and counts the report's own key phrases
  (:func:`key_phrases`) and content words (:func:`content_words`).

Everything printed is plain text from :func:`text_table`: fixed-width columns
padded by display width (a Chinese character takes two columns), floats with
a fixed number of decimals, so that nbval can compare the stored outputs
exactly on any machine.  Verdicts that depend on rounding (does a share print
as the report's 78.43?) use exact fractions; floats are only estimates.
"""

from __future__ import annotations

import math
import re
import unicodedata
import warnings
from collections import Counter
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from numbers import Integral, Number

import pandas as pd

from .claims import number_value
from .consistency import reround, unround

__all__ = [
    "NOTEBOOKS",
    "text_table",
    "reproduction",
    "print_reproduction",
    "claim_words",
    "claim_value",
    "survey_intervals",
    "implied_shares",
    "not_reproducible",
    "page_coverage",
    "parts_vs_total",
    "answered_vs_issued",
    "mean_readings",
    "rate_estimators",
    "homogeneity_tests",
    "text_vs_table",
    "problem_table",
    "key_phrases",
    "CONTENT_TAGS",
    "STOP_WORDS",
    "content_words",
]

#: Notebook file name -> the outline's section ids it covers, in the report's
#: order.  The front matter ("0") and chapter 一's lead-in ("1") go with the
#: first finding section; chapter 二's lead-in ("2") with 二(一); numbered
#: sub-parts (2.3.1, ...) with their section.  Every section id of the outline
#: belongs to exactly one notebook.
NOTEBOOKS: dict[str, tuple[str, ...]] = {
    "01_overall_performance.ipynb": ("0", "1", "1.1"),
    "02_township_village.ipynb": ("1.2",),
    "03_department_committees.ipynb": ("1.3",),
    "04_target_contracts.ipynb": ("2", "2.1"),
    "05_debriefing_table.ipynb": ("2.2",),
    "06_responsibility_system.ipynb": ("2.3", "2.3.1", "2.3.2"),
    "07_branch_pairing.ipynb": ("2.4", "2.4.1", "2.4.2"),
    "08_problems.ipynb": ("3", "3.1", "3.2", "3.3"),
}

_DASH = "—"
_FORMS = "发放测评表(份)"


# --- plain text -------------------------------------------------------------------


def _width(text: str) -> int:
    """Columns a string takes in a monospaced terminal (wide/full-width count 2)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(value, digits: int) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return _DASH
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Fraction):
        return reround(value, digits, rounding="up")[0]
    if isinstance(value, Integral):
        return str(int(value))
    if isinstance(value, float):
        # Half-up on the float's shortest decimal: the same text on every platform.
        return reround(Decimal(repr(value)), digits, rounding="up")[0]
    text = str(value)
    return text if text else _DASH


def _is_numeric(column: pd.Series) -> bool:
    """Right-align numbers, Fractions included (object columns of exact values)."""
    values = [v for v in column.tolist() if v is not None and v is not pd.NA]
    return bool(values) and all(isinstance(v, Number) and not isinstance(v, bool) for v in values)


def text_table(data: pd.DataFrame, *, digits: int | dict[str, int] = 2) -> str:
    """A frame as fixed-width plain text, stable across machines.

    Parameters
    ----------
    data : DataFrame
        Any frame; its index is not printed.
    digits : int or dict
        Decimals for float and Fraction cells (half-up), for all columns or
        per column name (columns not named get 2).

    Returns
    -------
    str
        A header line and one line per row.  Columns are separated by two
        spaces and padded by display width, so that Chinese text lines up;
        numeric columns are right-aligned, text left-aligned; empty strings,
        None and NaN print as "—"; trailing spaces are stripped.

    Notes
    -----
    pandas' ``to_string`` pads by code points (a Chinese character counts as
    one column) and formats floats by its display options; here every float
    is rounded half-up from its shortest decimal (``repr``, the same on every
    IEEE-754 platform) with :func:`dangjian.consistency.reround`.

    Examples
    --------
    >>> frame = pd.DataFrame({"乡镇": ["T1", "T2"], "rate": [0.80882, 0.5], "n": [68, 8]})
    >>> print(text_table(frame, digits={"rate": 3}))
    乡镇   rate   n
    T1    0.809  68
    T2    0.500   8
    """
    columns = list(data.columns)
    default = 2 if isinstance(digits, dict) else digits
    per = digits if isinstance(digits, dict) else {}
    cells = [[_cell(v, per.get(c, default)) for v in data[c].tolist()] for c in columns]
    numeric = [_is_numeric(data[c]) for c in columns]
    widths = [max([_width(str(c))] + [_width(v) for v in col]) for c, col in zip(columns, cells)]
    lines = []
    for row in [[str(c) for c in columns]] + [list(r) for r in zip(*cells)]:
        parts = [" " * (w - _width(t)) + t if right else t + " " * (w - _width(t)) for t, w, right in zip(row, widths, numeric)]
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines)


# --- the ledger -------------------------------------------------------------------


def _in(claims: pd.DataFrame, sections) -> pd.DataFrame:
    return claims[claims["section_id"].isin(list(sections))]


def reproduction(claims: pd.DataFrame, sections, *, table_cells: bool = False) -> pd.DataFrame:
    """Every claim of ``sections``: reported against recomputed, with a one-word status.

    Parameters
    ----------
    claims : DataFrame
        The ledger (:func:`dangjian.pipeline.load_claims`).
    sections : list of str
        Outline section ids, e.g. ``NOTEBOOKS["05_debriefing_table.ipynb"]``.
    table_cells : bool
        Also list the township table's cells (status ``datum``: printed data,
        nothing to recompute).  The printed 均值 column is always listed.

    Returns
    -------
    DataFrame
        In ledger (reading) order: ``claim_id``, ``section`` (the outline
        label, e.g. 一(一)), ``reported`` (as printed), ``recomputed`` (as
        the package prints it, "—" if nothing can be recomputed), ``status``
        (``match``, ``mismatch``, ``stated`` or ``datum``) and ``meaning``
        (English gloss).

    Examples
    --------
    >>> claims = pd.DataFrame({"claim_id": ["C09", "C10"], "section_id": ["1.1"] * 2,
    ...     "section_label": ["一(一)"] * 2, "reported": ["202", "65.16%"], "recomputed": ["", "65.16%"],
    ...     "status": ["stated", "match"], "meaning": ["respondents", "their share"]})
    >>> print(text_table(reproduction(claims, ["1.1"])))
    claim_id  section  reported  recomputed  status  meaning
    C09       一(一)    202       —           stated  respondents
    C10       一(一)    65.16%    65.16%      match   their share
    """
    rows = _in(claims, sections)
    if not table_cells:
        rows = rows[rows["status"] != "datum"]
    out = pd.DataFrame({
        "claim_id": rows["claim_id"],
        "section": rows["section_label"],
        "reported": rows["reported"],
        "recomputed": rows["recomputed"].where(rows["recomputed"] != "", _DASH),
        "status": rows["status"],
        "meaning": rows["meaning"],
    })
    return out.reset_index(drop=True)


def print_reproduction(claims: pd.DataFrame, sections, *, table_cells: bool = False) -> str:
    """:func:`reproduction` as plain text, one line per claim (see :func:`text_table`).

    Parameters
    ----------
    claims : DataFrame
        The ledger.
    sections : list of str
        Outline section ids.
    table_cells : bool
        Also list the table's cells (status ``datum``).

    Returns
    -------
    str
        Header ``claim_id section reported recomputed status meaning`` and one
        line per claim, fixed width.

    Examples
    --------
    >>> claims = pd.DataFrame({"claim_id": ["C52"], "section_id": ["2.3"], "section_label": ["二(三)"],
    ...     "reported": ["32"], "recomputed": ["22"], "status": ["mismatch"], "meaning": ["leaders"]})
    >>> print(print_reproduction(claims, ["2.3"]))
    claim_id  section  reported  recomputed  status    meaning
    C52       二(三)    32        22          mismatch  leaders
    """
    return text_table(reproduction(claims, sections, table_cells=table_cells))


def claim_words(claims: pd.DataFrame, sections) -> str:
    """Markdown bullets: each claim's id, the report's own words and the English gloss.

    Table cells (status ``datum``) are left out.  Used to write the first cell
    of each notebook, and by the tests to check that cell against the ledger.

    Examples
    --------
    >>> claims = pd.DataFrame({"claim_id": ["C04"], "section_id": ["0"], "status": ["stated"],
    ...     "quote": ["发放310份问卷开展调查"], "meaning": ["questionnaires issued"]})
    >>> print(claim_words(claims, ["0"]))
    * **C04** 「发放310份问卷开展调查」 — questionnaires issued
    """
    rows = _in(claims, sections)
    rows = rows[rows["status"] != "datum"]
    return "\n".join(f"* **{r.claim_id}** 「{r.quote}」 — {r.meaning}" for r in rows.itertuples())


def claim_value(claims: pd.DataFrame, claim_id: str) -> Fraction:
    """The exact value of a claim as printed ("72.90%" -> 729/10, "120" -> 120).

    Parameters
    ----------
    claims : DataFrame
        The ledger.
    claim_id : str
        A claim whose ``reported`` is a single number (not a date range or a name).

    Returns
    -------
    fractions.Fraction

    Examples
    --------
    >>> claim_value(pd.DataFrame({"claim_id": ["C16"], "reported": ["72.90%"]}), "C16")
    Fraction(729, 10)
    """
    return number_value(claims.set_index("claim_id").loc[claim_id, "reported"])


# --- what the report leaves out ---------------------------------------------------


def survey_intervals(claims: pd.DataFrame, *, sections=None, method: str = "wilson", alpha: float = 0.05) -> pd.DataFrame:
    """A confidence interval for every survey percentage whose count and n are claims.

    Parameters
    ----------
    claims : DataFrame
        The ledger.
    sections : list of str, optional
        Keep only these section ids (default: all).
    method : str
        Interval method, passed to :func:`dangjian.metrics.proportion_ci`
        (statsmodels' names: "wilson", "beta", ...).
    alpha : float
        1 - confidence level (0.05: 95% intervals).

    Returns
    -------
    DataFrame
        One row per percentage claim whose numerator and denominator are
        count claims: ``claim_id``, ``section`` (label), ``answer`` (the
        answer option the report quotes, e.g. 较好, from the count's quote),
        ``count``, ``n``,
        ``reported`` (as printed), ``percent`` (100·count/n), ``ci_lower``,
        ``ci_upper`` (percent) and ``method``.

    Notes
    -----
    The Wilson interval is
    :math:`\\frac{\\hat p + z^2/2n \\pm z\\sqrt{\\hat p(1-\\hat p)/n + z^2/4n^2}}{1 + z^2/n}`.
    The interval treats the 310 respondents as a simple random sample, which
    the report does not say they are; it measures sampling noise only.

    References
    ----------
    Report, 一(一) and 一(三) (310 respondents).  Wilson, E. B. (1927), JASA 22, 209-212.

    Examples
    --------
    >>> claims = pd.DataFrame({"claim_id": ["C08", "C09", "C10"], "section_id": ["1.1"] * 3,
    ...     "section_label": ["一(一)"] * 3, "reported": ["310", "202", "65.16%"],
    ...     "quote": ["在310人参加的调查问卷中", "认为“较好”以上的有202人", "占65.16%"],
    ...     "kind": ["count", "count", "percent"], "numerator": ["", "", "C09"], "denominator": ["", "", "C08"]})
    >>> print(text_table(survey_intervals(claims)))
    claim_id  section  answer  count    n  reported  percent  ci_lower  ci_upper  method
    C10       一(一)   较好      202  310  65.16%      65.16     59.70     70.25  wilson
    """
    from .metrics import proportion_ci

    by_id = claims.set_index("claim_id")
    rows = []
    chosen = claims if sections is None else _in(claims, sections)
    for r in chosen[(chosen["kind"] == "percent") & (chosen["numerator"] != "") & (chosen["denominator"] != "")].itertuples():
        if by_id.loc[r.numerator, "kind"] != "count" or by_id.loc[r.denominator, "kind"] != "count":
            continue
        answers = _QUOTED.findall(by_id.loc[r.numerator, "quote"])
        rows.append({"claim_id": r.claim_id, "section": r.section_label, "answer": answers[-1] if answers else "",
                     "count": int(number_value(by_id.loc[r.numerator, "reported"])),
                     "n": int(number_value(by_id.loc[r.denominator, "reported"])), "reported": r.reported})
    columns = ["claim_id", "section", "answer", "count", "n", "reported", "percent", "ci_lower", "ci_upper", "method"]
    if not rows:
        return pd.DataFrame(columns=columns)
    frame = proportion_ci(pd.DataFrame(rows), count="count", nobs="n", method=method, alpha=alpha)
    for col in ("proportion", "ci_lower", "ci_upper"):
        frame[col] = 100 * frame[col]
    return frame.rename(columns={"proportion": "percent"})[columns]


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
    table : dangjian.tables.FlatTable, optional
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


def page_coverage(result, sections: pd.DataFrame) -> dict[str, object]:
    """Which pages of the document the scrape shows.

    Parameters
    ----------
    result : dangjian.clean.CleanResult
        The cleaned scrape (its raw text holds the site's page count).
    sections : DataFrame
        The outline, with ``page_end``.

    Returns
    -------
    dict
        ``pages`` (the document's page count from the site header),
        ``visible_last`` (last page the outline reaches), ``missing``
        (e.g. "8-15", or "" if none).
    """
    from .source import site_metadata

    pages = int(site_metadata(result.raw)["pages"])
    last = int(sections["page_end"].max())
    missing = "" if last >= pages else (f"{last + 1}-{pages}" if last + 1 < pages else str(pages))
    return {"pages": pages, "visible_last": last, "missing": missing}


def not_reproducible(claims: pd.DataFrame, sections, *, missing_pages: str = "8-15") -> pd.DataFrame:
    """The section's claims that nothing in the scrape can reproduce, and why.

    Parameters
    ----------
    claims : DataFrame
        The ledger.
    sections : list of str
        Outline section ids.
    missing_pages : str
        The pages the scrape lacks (:func:`page_coverage`), named in the reasons.

    Returns
    -------
    DataFrame
        One row per claim with status ``stated``: ``claim_id``, ``section``,
        ``reported``, ``kind`` and ``reason`` (English: what is missing, from
        the claim's kind and base, followed by the ledger's note when there
        is one).

    Examples
    --------
    >>> claims = pd.DataFrame({"claim_id": ["C19"], "section_id": ["1.2"], "section_label": ["一(二)"],
    ...     "reported": ["83.2%"], "kind": ["bound"], "base": [""], "status": ["stated"], "note": [""]})
    >>> print(not_reproducible(claims, ["1.2"])["reason"].iloc[0])
    a lower bound on a percentage with no denominator: who was asked, and how many, is not stated in the visible pages (any evidence in pages 8-15 is missing)
    """
    rows = []
    elsewhere = f"(any evidence in pages {missing_pages} is missing)"
    for r in _in(claims, sections).itertuples():
        if r.status != "stated":
            continue
        percent = r.reported.endswith("%")
        if r.kind == "date":
            reason = "a date: there is nothing to recompute it from"
        elif r.kind == "name":
            reason = "a name: it can only be compared with other mentions"
        elif r.kind == "amount":
            reason = f"an amount of money with no accounts behind it in the visible pages {elsewhere}"
        elif percent and r.base:
            reason = f"a share of {r.base} whose count is not printed (see the implied count)"
        elif percent:
            what = "a lower bound on a percentage" if r.kind == "bound" else "a percentage"
            reason = f"{what} with no denominator: who was asked, and how many, is not stated in the visible pages {elsewhere}"
        elif r.kind == "bound":
            reason = f"a lower bound (余, 'more than') with no exact figure or records {elsewhere}"
        elif r.base:
            reason = f"a count within {r.base}; the records behind it are not published in the visible pages {elsewhere}"
        else:
            reason = f"a count with no records behind it in the visible pages {elsewhere}"
        if r.note and not (percent and not r.base and r.note.startswith("no denominator")):
            reason += f"; note: {r.note}"
        rows.append((r.claim_id, r.section_label, r.reported, r.kind, reason))
    return pd.DataFrame(rows, columns=["claim_id", "section", "reported", "kind", "reason"])


# A part of a 其中 list as the report prints it: an optional verb, the count
# with its measure word, the group.  "调整2名基层党委书记" -> 调整, 2, 基层党委书记;
# "3名分管党建工作副书记" (verb carried over from the part before); the next
# part's verb may trail a part ("11名党支部书记,免去") and the list may end
# with "的职务" ("5名党支部书记的职务"): both are cut off the group.
_PART = re.compile(r"^(?P<verb>[\u4e00-\u9fff]*?)(?P<n>\d+)(?P<measure>[名个人次])(?P<group>[\u4e00-\u9fff]+?)(?:的职务)?(?:[,、].*)?$")


def _part_labels(quotes) -> list[str]:
    labels, verb = [], ""
    for quote in quotes:
        m = _PART.match(quote)
        if m is None:
            labels.append(quote)
            continue
        verb = m.group("verb") or verb
        labels.append(f"{verb}·{m.group('group')}" if verb else m.group("group"))
    return labels


def parts_vs_total(claims: pd.DataFrame, total_id: str) -> pd.DataFrame:
    """The listed parts of a stated total, with the total and what the list leaves over.

    Parameters
    ----------
    claims : DataFrame
        The ledger.
    total_id : str
        A claim whose ledger method is ``sum(...)`` (e.g. C52, the 32 leaders
        adjusted or removed, whose 其中 list follows).

    Returns
    -------
    DataFrame
        One row per part (``role`` "part"), then the sum of the parts
        (``role`` "sum of parts"), the stated total (``role`` "stated total")
        and the stated total minus the sum (``role`` "not itemised"):
        ``claim_id``, ``role``, ``reported``, ``value`` (int), ``quote``
        (the report's words), ``label`` (a short Chinese label: for a part,
        its verb and group from the quote, e.g. 调整·党支部书记, the verb
        carried over from the part before when the quote has none) and
        ``meaning``.

    Examples
    --------
    >>> claims = pd.DataFrame({"claim_id": ["C1", "C2", "C3"], "reported": ["5", "2", "1"],
    ...     "method": ["sum(C2+C3)", "", ""], "quote": ["共5名", "调整2名党委书记", "1名副书记"], "meaning": ["all", "a", "b"]})
    >>> parts_vs_total(claims, "C1")[["role", "value", "label"]].values.tolist()
    [['part', 2, '调整·党委书记'], ['part', 1, '调整·副书记'], ['sum of parts', 3, '其中'], ['stated total', 5, '共5名'], ['not itemised', 2, '未逐项列出']]
    """
    by_id = claims.set_index("claim_id")
    m = re.fullmatch(r"sum\((.*)\)", by_id.loc[total_id, "method"])
    if m is None:
        raise ValueError(f"{total_id} is not a sum of listed parts in the ledger")
    parts = m.group(1).split("+")
    quotes = [by_id.loc[p, "quote"] for p in parts]
    rows = [(p, "part", by_id.loc[p, "reported"], int(number_value(by_id.loc[p, "reported"])), q, label, by_id.loc[p, "meaning"])
            for p, q, label in zip(parts, quotes, _part_labels(quotes))]
    total_parts = sum(r[3] for r in rows)
    total = int(number_value(by_id.loc[total_id, "reported"]))
    rows += [("+".join(parts), "sum of parts", str(total_parts), total_parts, "", "其中", "the 其中 (of which) list, added up"),
             (total_id, "stated total", by_id.loc[total_id, "reported"], total, by_id.loc[total_id, "quote"], by_id.loc[total_id, "quote"],
              by_id.loc[total_id, "meaning"]),
             ("", "not itemised", str(total - total_parts), total - total_parts, "", "未逐项列出", "stated total minus the listed parts")]
    return pd.DataFrame(rows, columns=["claim_id", "role", "reported", "value", "quote", "label", "meaning"])


# --- the township table of 二(二) ----------------------------------------------------


def answered_vs_issued(table) -> pd.DataFrame:
    """Per township and answer block: the forms answered (categories added up) against the forms issued.

    Parameters
    ----------
    table : dangjian.tables.FlatTable

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
        issued = int(_sum(unit, [_FORMS]))
        for block in _blocks(data):
            answered = int(_sum(unit, _items(data, block)))
            rows.append((township, unit["township_type"].iloc[0], block, issued, answered, answered - issued))
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
    table : dangjian.tables.FlatTable
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
        k = len(x)
        values = {
            "pooled_issued": (str(sum(x.values())), str(sum(n.values())), 100 * sum(x.values()) / sum(n.values())),
            "pooled_answered": (str(sum(x.values())), str(sum(a.values())), 100 * sum(x.values()) / sum(a.values())),
            "mean_issued": ("", "", 100 * sum(x[t] / n[t] for t in x) / k),
            "mean_answered": ("", "", 100 * sum(x[t] / a[t] for t in x) / k),
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
    table : dangjian.tables.FlatTable
    by : sequence of str
        Columns whose levels form the rows of each test.
    min_expected : float
        Threshold of the small-expected-count warning.

    Returns
    -------
    dict
        ``{(block, by): Chi2HomogeneityResult}`` in print order.  The
        ``UserWarning`` that :func:`dangjian.metrics.chi2_homogeneity` emits
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
    from .metrics import chi2_homogeneity

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
    table : dangjian.tables.FlatTable
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


# --- chapter 三: the problems -------------------------------------------------------

# The report's quotation marks; the innermost pair of a nested quote is taken.
_QUOTED = re.compile(r"“([^“”]{1,40})”")


def problem_table(result, sections: pd.DataFrame) -> pd.DataFrame:
    """The problems of chapter 三 and their sub-claims, one row per sub-claim.

    Parameters
    ----------
    result : dangjian.clean.CleanResult
        The cleaned report.
    sections : DataFrame
        The outline (:func:`dangjian.pipeline.load_sections`).

    Returns
    -------
    DataFrame
        ``problem`` (label, e.g. 三(一)), ``title``, ``key_phrase`` (the
        phrase the title puts in quotes, with its “ ”), ``n`` (1, 2, …
        within the problem), ``form`` ("sentence", or "clause" for one case
        of a list joined by ";", such as the "一些负责人…" cases),
        ``lead_in`` (the words introducing a list, e.g. "突出表现为:"),
        ``sub_claim`` and ``complete`` (False for a fragment the scrape cuts
        off before its full stop).

    Notes
    -----
    A problem's body is its section of the clean text after the heading.
    It is split into sentences at "。"; a sentence holding a list of cases
    separated by ";" is split into those cases, and the words before the
    list's ":" become its ``lead_in``.
    """
    rows = []
    problems = sections[(sections["level"] == 2) & sections["section_id"].str.startswith("3.")]
    for p in problems.itertuples():
        segment = result.text[p.start : p.end]
        body = segment[segment.index(p.title) + len(p.title) :]
        quoted = _QUOTED.findall(p.title)
        phrase = f"“{quoted[0]}”" if quoted else ""
        n = 0
        for sentence in (s for s in re.split(r"(?<=。)", body) if s.strip()):
            clauses = [c for c in re.split(r"(?<=;)", sentence) if c.strip()]
            lead = ""
            if len(clauses) > 1 and ":" in clauses[0]:
                head, _, rest = clauses[0].partition(":")
                lead, clauses[0] = head + ":", rest
            for clause in clauses:
                n += 1
                rows.append({"problem": p.label, "title": p.title, "key_phrase": phrase, "n": n,
                             "form": "clause" if len(clauses) > 1 else "sentence", "lead_in": lead,
                             "sub_claim": clause, "complete": clause.endswith(("。", ";"))})
    return pd.DataFrame(rows, columns=["problem", "title", "key_phrase", "n", "form", "lead_in", "sub_claim", "complete"])


def key_phrases(text: str) -> pd.DataFrame:
    """The phrases the report itself puts in quotation marks (“…”), with their counts.

    Parameters
    ----------
    text : str
        Clean text, e.g. chapter 三.

    Returns
    -------
    DataFrame
        ``phrase`` (without the marks) and ``count``, most frequent first,
        ties in order of first appearance.

    Notes
    -----
    A phrase is 1-40 characters between “ and ” with no other quotation mark
    inside; of a nested quote (“…“一把手”…”) only the innermost pair counts.

    Examples
    --------
    >>> key_phrases("把“主业”做好,“副业”不管,还是“主业”。").values.tolist()
    [['主业', 2], ['副业', 1]]
    """
    found = _QUOTED.findall(text)
    counts = Counter(found)
    first = {p: i for i, p in reversed(list(enumerate(found)))}
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], first[kv[0]]))
    return pd.DataFrame(ranked, columns=["phrase", "count"])


#: jieba part-of-speech tags kept as content words: nouns (n*), verbs (v*),
#: adjectives (a*), distinguishing words (b), abbreviations (j, e.g. 党建),
#: idioms (i) and fixed expressions (l).
CONTENT_TAGS = ("n", "v", "a", "b", "j", "i", "l")
#: Verbs that carry no content of their own in this report.
STOP_WORDS = frozenset("没有 存在 作为 认为 出现 进行 就是 还是 显得".split())


@lru_cache(maxsize=1)
def _pos_tokenizer():
    import logging

    import jieba
    import jieba.posseg

    # jieba logs "Building prefix dict…" and a timing at DEBUG level to stderr;
    # a notebook would store them.  It also caches its dictionary in the
    # system temp folder and reads any cache it finds there; building the
    # prefix dictionary from the packaged file instead reads and writes no cache.
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total = tokenizer.gen_pfdict(tokenizer.get_dict_file())
    tokenizer.initialized = True
    return jieba.posseg.POSTokenizer(tokenizer)


def content_words(text: str, *, top: int | None = 15, min_length: int = 2, tags=CONTENT_TAGS, stop_words=STOP_WORDS) -> pd.DataFrame:
    """The most frequent content words of ``text`` by jieba segmentation.

    Parameters
    ----------
    text : str
        Chinese text, e.g. chapter 三 of the clean report.
    top : int or None
        Keep this many words (None: all).
    min_length : int
        Shortest word kept, in characters.
    tags : tuple of str
        jieba part-of-speech tag prefixes counted as content words.
    stop_words : set of str
        Words dropped whatever their tag.

    Returns
    -------
    DataFrame
        ``word``, ``tag`` (its commonest part-of-speech tag) and ``count``,
        most frequent first, ties in order of first appearance.

    Notes
    -----
    Deterministic: jieba 0.42.1's default dictionary, HMM on, no random
    state; the dictionary is built quietly from the installed package (no
    log output, no cache file).

    Examples
    --------
    >>> content_words("党建工作要抓好党建,党组织要抓好党建。").values.tolist()
    [['党建', 'j', 3], ['抓好', 'v', 2], ['工作', 'vn', 1], ['党组织', 'nt', 1]]
    """
    pairs = [(w.word, w.flag) for w in _pos_tokenizer().cut(text)]
    kept = [(w, f) for w, f in pairs if len(w) >= min_length and w not in stop_words
            and f.startswith(tuple(tags)) and re.search(r"[\u4e00-\u9fff]", w)]
    counts = Counter(w for w, _ in kept)
    tags_of: dict[str, Counter] = {}
    first: dict[str, int] = {}
    for i, (w, f) in enumerate(kept):
        tags_of.setdefault(w, Counter())[f] += 1
        first.setdefault(w, i)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], first[kv[0]]))
    if top is not None:
        ranked = ranked[:top]
    return pd.DataFrame([(w, tags_of[w].most_common(1)[0][0], c) for w, c in ranked], columns=["word", "tag", "count"])
