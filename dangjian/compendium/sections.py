"""The ledger, section by section: what each finding notebook reproduces, and what it cannot.

:data:`NOTEBOOKS` maps each notebook to the outline's sections; :func:`reproduction`
puts each claim's reported value beside the recomputed one, :func:`survey_intervals`
adds a 95% interval to every survey percentage, :func:`not_reproducible` and
:func:`page_coverage` say what the visible pages cannot show, :func:`parts_vs_total`
sets a 其中 list against its total.
"""

from __future__ import annotations

import re
from fractions import Fraction

import pandas as pd

from .claims import number_value
from .text import _DASH, text_table

__all__ = ["NOTEBOOKS", "reproduction", "print_reproduction", "claim_words", "claim_value", "survey_intervals", "not_reproducible", "page_coverage", "parts_vs_total"]

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
        Interval method, passed to :func:`dangjian.engine.metrics.proportion_ci`
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
    from ..engine.metrics import proportion_ci

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


def page_coverage(result, sections: pd.DataFrame) -> dict[str, object]:
    """Which pages of the document the scrape shows.

    Parameters
    ----------
    result : dangjian.engine.clean.CleanResult
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
    from ..engine.source import site_metadata

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


# --- chapter 三: the problems -------------------------------------------------------

# The report's quotation marks; the innermost pair of a nested quote is taken.
_QUOTED = re.compile(r"“([^“”]{1,40})”")
