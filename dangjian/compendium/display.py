"""Plain-text views of the cleaning, for notebooks and for checking by hand.

Everything here reads a :class:`~dangjian.engine.clean.CleanResult` and returns a
tidy frame or a string; nothing changes the result.  The views are built so
that a reader can check each repair against the raw scrape with nothing but
``raw[raw_start:raw_end]``:

* :func:`rule_summary` and :func:`rule_damage`: what each rule repairs and how
  often it did;
* :func:`repair_context` and :func:`repair_examples`: every logged repair with
  the raw text around it and the clean text it became;
* :func:`digit_ledger` and :func:`digit_audit`: every digit of the raw text,
  and the check that the clean text keeps all of them, in order, except the
  ones a logged repair removed;
* :func:`trace_quote` and :func:`quote_offsets`: a quote of the clean text
  traced back to the raw text and its pages;
* :func:`wide_table` and :func:`repair_counts`: a tidy frame turned into the
  shapes a reader (or a figure) wants.

Examples
--------
>>> from dangjian.engine.clean import clean_text
>>> result = clean_text("1、- 1 -在 2010 年试\\n\\n2、行,占- 2 -65.16%。")
>>> print(trace_quote(result, "占65.16%"))
quote  '占65.16%'
clean  [9:16]  '占65.16%'
raw    [22:34]  '占- 2 -65.16%'
pages  1-2
>>> # counters 1、 2、 and markers - 1 - - 2 - hold 4 digits; 2010 and 65.16 keep 8
>>> digit_audit(result)[["raw_digits", "removed_digits", "clean_digits", "identical"]]
   raw_digits  removed_digits  clean_digits  identical
0          12               4             8       True
"""

from __future__ import annotations

import inspect
import re
import unicodedata
from collections.abc import Iterable, Sequence

import pandas as pd

from ..engine.clean import RULES, CleanResult, Rule

__all__ = [
    "RULE_NAMES",
    "rule_damage",
    "rule_summary",
    "repair_context",
    "repair_examples",
    "digit_ledger",
    "digit_audit",
    "trace_quote",
    "quote_offsets",
    "wide_table",
    "repair_counts",
]

#: Short Chinese and English names of the cleaning steps (pipeline order), for
#: printed summaries and figure labels.  ``trim`` is the final step of
#: :func:`dangjian.engine.clean.clean_text`, not a member of :data:`~dangjian.engine.clean.RULES`.
RULE_NAMES: dict[str, tuple[str, str]] = {
    "convert_traditional": ("繁体字", "traditional characters"),
    "strip_site_chrome": ("网站模板文字", "site chrome"),
    "join_preview_chunks": ("预览分块编号", "preview chunks"),
    "remove_page_markers": ("插入的页码", "page markers"),
    "normalise_punctuation": ("全角半角标点", "punctuation"),
    "join_cut_shares": ("换行截断的百分比", "shares cut by a line break"),
    "collapse_spacing": ("多余空格", "spacing"),
    "repair_month_ranges": ("月份范围缺连接号", "month ranges"),
    "repair_comma_decimals": ("顿号当小数点", "、 as decimal point"),
    "repair_numeral_digits": ("汉字数字", "numerals as digits"),
    "remove_pinyin_glosses": ("拼音注音", "pinyin glosses"),
    "repair_p_value_signs": ("尖括号当比较号", "〈 as < in p values"),
    "repair_decimal_points": ("句号或空格破坏小数点", "damaged decimal points"),
    "repair_thousands_separators": ("空格分隔千位", "spaced thousands"),
    "trim": ("首尾空白", "leading/trailing whitespace"),
}

#: Characters after which a removed span does not interrupt a sentence.
_SENTENCE_END = "。!?;！？；"
_DIGITS = "0123456789"


def _rule(name: str, rules: Iterable[Rule] = RULES) -> Rule:
    for rule in rules:
        if rule.name == name:
            return rule
    raise KeyError(f"no cleaning rule named {name!r}; the rules are {[r.name for r in RULES]}")


def rule_damage(name: str) -> str:
    """The "Damage repaired:" paragraph of a rule's docstring, as one line.

    Parameters
    ----------
    name : str
        A rule of :data:`dangjian.engine.clean.RULES`.

    Returns
    -------
    str
        The paragraph that starts with "Damage repaired:", its lines joined
        with single spaces.

    Raises
    ------
    KeyError
        If there is no such rule.
    ValueError
        If the rule's docstring does not describe the damage it repairs.

    Examples
    --------
    >>> rule_damage("repair_month_ranges")[:54]
    'Damage repaired: the scrape dropped the dash of ranges'
    """
    doc = inspect.getdoc(_rule(name).apply) or ""
    for paragraph in re.split(r"\n\s*\n", doc):
        if paragraph.startswith("Damage repaired:"):
            return _plain(" ".join(line.strip() for line in paragraph.splitlines()))
    raise ValueError(f"the docstring of {name!r} has no 'Damage repaired:' paragraph")


_ROLE = re.compile(r":(?:func|meth|class|data|attr|mod):`~?([^`]+)`")


def _plain(text: str) -> str:
    """A docstring's text as a reader sees it: ":func:`page_starts`" becomes "page_starts()", ``x`` becomes x.

    Examples
    --------
    >>> _plain("see :func:`page_starts` and :data:`~dangjian.engine.clean.RULES`, ``x``")
    'see page_starts() and RULES, x'
    """
    def role(m: re.Match) -> str:
        name = m.group(1).rsplit(".", 1)[-1]
        return name + "()" if m.group(0).startswith((":func:", ":meth:")) else name

    return _ROLE.sub(role, text).replace("``", "")


def rule_summary(result: CleanResult, rules: Sequence[Rule] = RULES) -> pd.DataFrame:
    """How many repairs each cleaning step made, in pipeline order.

    Parameters
    ----------
    result : CleanResult
        A cleaned scrape.
    rules : sequence of Rule
        The pipeline that produced ``result`` (default :data:`~dangjian.engine.clean.RULES`).

    Returns
    -------
    DataFrame
        One row per step, including steps that repaired nothing and the
        final ``trim``: ``step`` (1, 2, …), ``rule``, ``name_zh``,
        ``name_en``, ``repairs`` (count) and ``chars_removed`` (characters
        removed minus characters inserted, summed over the step's repairs).

    Examples
    --------
    >>> from dangjian.engine.clean import clean_text
    >>> summary = rule_summary(clean_text("甲 乙- 1 -丙\\n\\n丁- 2 -"))
    >>> summary.loc[summary["repairs"] > 0, ["rule", "repairs", "chars_removed"]]
                      rule  repairs  chars_removed
    3  remove_page_markers        2             10
    6     collapse_spacing        2              3
    """
    names = [r.name for r in rules]
    names += [r.rule for r in result.repairs if r.rule not in names and r.rule != "trim"]
    names.append("trim")
    repairs = [sum(1 for r in result.repairs if r.rule == n) for n in names]
    removed = [sum(len(r.before) - len(r.after) for r in result.repairs if r.rule == n) for n in names]
    return pd.DataFrame(
        {
            "step": range(1, len(names) + 1),
            "rule": names,
            "name_zh": [RULE_NAMES.get(n, (n, n))[0] for n in names],
            "name_en": [RULE_NAMES.get(n, (n, n))[1] for n in names],
            "repairs": repairs,
            "chars_removed": removed,
        }
    )


def _show(text: str) -> str:
    """Make line breaks and tabs visible on one line."""
    return text.replace("\r", "␍").replace("\n", "⏎").replace("\t", "⇥")


def repair_context(result: CleanResult, *, context: int = 12) -> pd.DataFrame:
    """The repair log with the raw and clean text around every repair.

    Parameters
    ----------
    result : CleanResult
        A cleaned scrape.
    context : int, default 12
        Characters shown on either side, in the raw and in the clean text.

    Returns
    -------
    DataFrame
        The columns of :meth:`~dangjian.engine.clean.CleanResult.repairs_frame`
        plus:

        ``raw_left``, ``raw_span``, ``raw_right`` : str
            ``raw[raw_start - context:raw_start]``, ``raw[raw_start:raw_end]``,
            ``raw[raw_end:raw_end + context]``.
        ``matches_raw`` : bool
            ``raw_span == before``: the logged text is exactly what the raw
            file holds at ``raw_start:raw_end``.
        ``clean_left``, ``clean_span``, ``clean_right`` : str
            The clean text around the place the raw span went to, and what
            the span became there (empty for a removal).
        ``mid_sentence`` : bool
            There is clean text on both sides and the clean character before
            the repair does not end a sentence (。!?;): the damage sat inside
            a sentence.

    Notes
    -----
    The clean position of a raw span is found through the offset map: the
    span became the clean characters whose raw offsets fall in
    ``[raw_start, raw_end)`` (the map is non-decreasing, so this is one
    contiguous run, possibly empty).  Where later rules changed the same
    stretch, ``clean_span`` shows the final text.

    Examples
    --------
    >>> from dangjian.engine.clean import clean_text
    >>> frame = repair_context(clean_text("占- 2 -60.32%"), context=3)
    >>> print(frame.loc[0, ["raw_left", "raw_span", "raw_right", "clean_left", "clean_span", "clean_right", "mid_sentence"]].to_string())
    raw_left            占
    raw_span        - 2 -
    raw_right         60.
    clean_left          占
    clean_span
    clean_right       60.
    mid_sentence     True
    """
    frame = result.repairs_frame()
    raw, text, offsets = result.raw, result.text, result.offsets
    cols: dict[str, list] = {k: [] for k in ("raw_left", "raw_span", "raw_right", "matches_raw", "clean_left", "clean_span", "clean_right", "mid_sentence")}
    for start, end, before in zip(frame["raw_start"], frame["raw_end"], frame["before"]):
        cols["raw_left"].append(raw[max(0, start - context) : start])
        cols["raw_span"].append(raw[start:end])
        cols["raw_right"].append(raw[end : end + context])
        cols["matches_raw"].append(raw[start:end] == before)
        i, j = offsets.searchsorted([start, end]).tolist()
        left, right = text[max(0, i - context) : i], text[j : j + context]
        cols["clean_left"].append(left)
        cols["clean_span"].append(text[i:j])
        cols["clean_right"].append(right)
        cols["mid_sentence"].append(bool(left) and bool(right) and left[-1] not in _SENTENCE_END)
    return frame.assign(**cols)


def repair_examples(
    result: CleanResult,
    rule: str,
    *,
    n: int = 3,
    context: int = 12,
    repair_ids: Iterable[int] | None = None,
) -> str:
    """Plain-text examples of one rule's repairs, raw context before, clean context after.

    Each example shows the repair's id and raw span, the logged ``before``
    and ``after`` (as Python literals, so line breaks are visible), the raw
    text with the repaired span bracketed 【…】, and the clean text with what
    the span became bracketed (【】 for a removal).  Line breaks in the
    context are shown as ⏎.

    Parameters
    ----------
    result : CleanResult
        A cleaned scrape.
    rule : str
        A rule name (``repairs.csv``'s ``rule`` column).
    n : int, default 3
        Show the first ``n`` repairs of the rule (or of ``repair_ids``).
    context : int, default 12
        Characters shown on either side.
    repair_ids : iterable of int, optional
        Show these repairs (``repair_id`` of the log) instead of the first ones.

    Returns
    -------
    str
        A header line "rule: N repairs" and three lines per example.

    Examples
    --------
    >>> from dangjian.engine.clean import clean_text
    >>> print(repair_examples(clean_text("甲乙丙丁占- 2 -60.32%己庚"), "remove_page_markers", context=3))
    remove_page_markers: 1 repair, showing 1
      #1  raw[5:10]  page 2  '- 2 -' -> ''
        raw    丙丁占【- 2 -】60.
        clean  丙丁占【】60.
    """
    frame = repair_context(result, context=context)
    rows = frame[frame["rule"] == rule]
    total = len(rows)
    if repair_ids is not None:
        wanted = [int(i) for i in repair_ids]
        unknown = sorted(set(wanted) - set(rows["repair_id"]))
        if unknown:
            raise KeyError(f"repairs {unknown} are not repairs of rule {rule!r}")
        rows = rows.set_index("repair_id", drop=False).loc[wanted]
    rows = rows.head(n)
    lines = [f"{rule}: {total} repair{'' if total == 1 else 's'}, showing {len(rows)}"]
    for row in rows.itertuples():
        page = "outside the pages" if pd.isna(row.page) else f"page {row.page}"
        lines.append(f"  #{row.repair_id}  raw[{row.raw_start}:{row.raw_end}]  {page}  {row.before!r} -> {row.after!r}")
        lines.append(f"    raw    {_show(row.raw_left)}【{_show(row.raw_span)}】{_show(row.raw_right)}")
        lines.append(f"    clean  {_show(row.clean_left)}【{_show(row.clean_span)}】{_show(row.clean_right)}")
    return "\n".join(lines)


def _digit(ch: str) -> str | None:
    """The ASCII digit ``ch`` stands for (full-width digits count), else None."""
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 and folded in _DIGITS else None


def digit_ledger(result: CleanResult) -> pd.DataFrame:
    """Every digit of the raw text, and the logged repair that removed it, if any.

    Parameters
    ----------
    result : CleanResult
        A cleaned scrape.

    Returns
    -------
    DataFrame
        One row per raw digit, in raw order: ``raw_offset`` (int), ``digit``
        (str, the ASCII digit; full-width digits are folded by NFKC),
        ``page`` (Int64; empty for site chrome, which lies outside the pages),
        ``removed_by`` (the rule of the first logged repair that removed text
        covering the digit, "" if no removal covers it) and ``repair_id``
        (Int64, that repair's id).

    Notes
    -----
    A removal is a logged repair whose ``after`` is empty; it covers the raw
    offsets ``[raw_start, raw_end)``.  The ledger does not look at the clean
    text: :func:`digit_audit` compares the two.

    Examples
    --------
    >>> from dangjian.engine.clean import clean_text
    >>> ledger = digit_ledger(clean_text("1、甲 5\\n\\n2、1 乙"))
    >>> ledger[["raw_offset", "digit", "removed_by"]]
       raw_offset digit           removed_by
    0           0     1  join_preview_chunks
    1           4     5
    2           7     2  join_preview_chunks
    3           9     1
    """
    removals = [(r.raw_start, r.raw_end, r.rule, i + 1) for i, r in enumerate(result.repairs) if r.after == ""]
    rows = []
    for offset, ch in enumerate(result.raw):
        digit = _digit(ch)
        if digit is None:
            continue
        rule, repair_id = next(((rule, rid) for a, b, rule, rid in removals if a <= offset < b), ("", None))
        page = None if rule == "strip_site_chrome" else result.page_of(offset)
        rows.append({"raw_offset": offset, "digit": digit, "page": page, "removed_by": rule, "repair_id": repair_id})
    frame = pd.DataFrame(rows, columns=["raw_offset", "digit", "page", "removed_by", "repair_id"])
    frame["raw_offset"] = frame["raw_offset"].astype("int64")
    frame["page"] = frame["page"].astype("Int64")
    frame["repair_id"] = frame["repair_id"].astype("Int64")
    return frame


def digit_audit(result: CleanResult) -> pd.DataFrame:
    """Check that every number survives: the raw digits minus logged removals equal the clean digits, in order.

    Parameters
    ----------
    result : CleanResult
        A cleaned scrape.

    Returns
    -------
    DataFrame
        One row:

        ``raw_digits`` : int
            Digits in the raw text.
        ``removed_digits`` : int
            Of these, digits inside logged removals (:func:`digit_ledger`).
        ``kept_digits`` : int
            ``raw_digits - removed_digits``: the digits the clean text must hold.
        ``clean_digits`` : int
            Digits in the clean text.
        ``identical`` : bool
            The kept raw digits and the clean digits are the same sequence.
        ``first_difference`` : Int64
            Index (into both sequences) of the first digit that differs, or
            where the shorter one ends; empty when identical.
        ``traced_digits`` : int
            Clean digits whose raw offset (offset map) holds the same digit:
            equal to ``clean_digits`` when the offset map is right.
        ``rewrites_changing_digits`` : int
            Logged repairs that replace text (not remove it) and change its
            digits; the comparison assumes none, so each would show up as a
            difference.

    Notes
    -----
    The comparison is of digit sequences, so it catches a digit dropped,
    added, changed or moved; it does not see a space lost between two
    numbers (that is what ``collapse_spacing`` guards).

    Examples
    --------
    Counter "2、" is removed; the chunk boundary had cut 51 in two:

    >>> from dangjian.engine.clean import clean_text
    >>> print(digit_audit(clean_text("1、占 5\\n\\n2、1%")).T.to_string())
                              0
    raw_digits                4
    removed_digits            2
    kept_digits               2
    clean_digits              2
    identical              True
    first_difference       <NA>
    traced_digits             2
    rewrites_changing_digits  0
    """
    ledger = digit_ledger(result)
    kept = "".join(ledger.loc[ledger["removed_by"] == "", "digit"])
    clean_pairs = [(i, d) for i, ch in enumerate(result.text) if (d := _digit(ch)) is not None]
    clean = "".join(d for _, d in clean_pairs)
    first = None
    if kept != clean:
        first = next((k for k, (a, b) in enumerate(zip(kept, clean)) if a != b), min(len(kept), len(clean)))
    traced = sum(1 for i, d in clean_pairs if _digit(result.raw[result.offsets[i]]) == d)
    rewrites = sum(
        1
        for r in result.repairs
        if r.after != "" and [_digit(c) for c in r.before if _digit(c)] != [_digit(c) for c in r.after if _digit(c)]
    )
    frame = pd.DataFrame(
        {
            "raw_digits": [len(ledger)],
            "removed_digits": [int((ledger["removed_by"] != "").sum())],
            "kept_digits": [len(kept)],
            "clean_digits": [len(clean)],
            "identical": [kept == clean],
            "first_difference": pd.array([first], dtype="Int64"),
            "traced_digits": [traced],
            "rewrites_changing_digits": [rewrites],
        }
    )
    return frame


def trace_quote(result: CleanResult, quote: str, *, occurrence: int = 0) -> str:
    """Where a quote of the clean text came from in the raw text, as plain text.

    Parameters
    ----------
    result : CleanResult
        A cleaned scrape.
    quote : str
        Text of the clean report.
    occurrence : int, default 0
        Which occurrence (0 = the first).

    Returns
    -------
    str
        Four lines: the quote, its clean span, the raw span it was cut from
        (including whatever the cleaning removed inside it) and its page(s).

    Raises
    ------
    KeyError
        If the quote is not in the clean text.

    Examples
    --------
    >>> from dangjian.engine.clean import clean_text
    >>> print(trace_quote(clean_text("- 1 -甲占- 2 -60.32%"), "60.32%"))
    quote  '60.32%'
    clean  [2:8]  '60.32%'
    raw    [12:18]  '60.32%'
    pages  2
    """
    span = result.locate(quote, occurrence=occurrence)
    pages = str(span.page_start) if span.page_start == span.page_end else f"{span.page_start}-{span.page_end}"
    return "\n".join(
        [
            f"quote  {quote!r}",
            f"clean  [{span.start}:{span.end}]  {result.text[span.start:span.end]!r}",
            f"raw    [{span.raw_start}:{span.raw_end}]  {result.raw[span.raw_start:span.raw_end]!r}",
            f"pages  {pages}",
        ]
    )


def quote_offsets(result: CleanResult, quote: str, *, occurrence: int = 0) -> pd.DataFrame:
    """The offset map of a quote: one row per clean character.

    Returns
    -------
    DataFrame
        ``clean_offset``, ``char``, ``raw_offset``, ``raw_char`` (the raw
        character at ``raw_offset``: equal to ``char`` unless a rule
        substituted it or inserted ``char``) and ``page``.

    Examples
    --------
    >>> from dangjian.engine.clean import clean_text
    >>> quote_offsets(clean_text("占- 2 -6%"), "占6")
       clean_offset char  raw_offset raw_char  page
    0             0    占           0        占     1
    1             1    6           6        6     2
    """
    span = result.locate(quote, occurrence=occurrence)
    frame = result.offset_frame().iloc[span.start : span.end].reset_index(drop=True)
    frame.insert(3, "raw_char", [result.raw[o] for o in frame["raw_offset"]])
    return frame


def wide_table(
    data: pd.DataFrame,
    *,
    index: str | Sequence[str] = ("township", "township_type"),
    columns: str = "item",
    values: str = "value",
) -> pd.DataFrame:
    """Pivot a tidy table wide, keeping the printed order of rows and columns and the values as printed.

    Parameters
    ----------
    data : DataFrame
        Tidy table, e.g. :attr:`dangjian.engine.tables.FlatTable.data`.
    index : str or sequence of str
        Column(s) that become the rows.
    columns : str
        Column whose values become the columns.
    values : str
        Column holding the cell values (kept as they are, e.g. strings).

    Returns
    -------
    DataFrame
        One row per ``index`` value and one column per ``columns`` value, both
        in order of first appearance in ``data`` (not sorted).

    Raises
    ------
    ValueError
        If an (index, column) pair occurs more than once.

    Examples
    --------
    >>> tidy = pd.DataFrame({"unit": ["T1", "T2", "T1", "T2"], "item": ["乙", "乙", "甲", "甲"], "value": ["1", "2", "3.0", "4"]})
    >>> wide_table(tidy, index="unit")
    item  乙    甲
    unit
    T1    1  3.0
    T2    2    4
    """
    keys = [index] if isinstance(index, str) else list(index)
    wide = data.pivot(index=keys, columns=columns, values=values)
    row_order = data[keys].drop_duplicates()
    if len(keys) == 1:
        wide = wide.reindex(row_order[keys[0]].tolist())
    else:
        wide = wide.reindex(pd.MultiIndex.from_frame(row_order))
    return wide.reindex(columns=pd.Index(data[columns].drop_duplicates().tolist(), name=columns))


def repair_counts(repairs: pd.DataFrame, *, by: Sequence[str] = ("page", "rule")) -> pd.DataFrame:
    """Count repairs by page and rule (tidy).

    Parameters
    ----------
    repairs : DataFrame
        The repair log (:meth:`~dangjian.engine.clean.CleanResult.repairs_frame`,
        ``repairs.csv`` or :func:`repair_context`).
    by : sequence of str, default ("page", "rule")
        Columns to count by.  An empty page (site chrome, outside the pages)
        is a group of its own.

    Returns
    -------
    DataFrame
        The ``by`` columns and ``repairs`` (count), one row per group that
        occurs, sorted by page (empty last) and by rule in pipeline order.

    Examples
    --------
    >>> log = pd.DataFrame({"page": pd.array([1, 1, 2, None], dtype="Int64"),
    ...                     "rule": ["collapse_spacing", "remove_page_markers", "collapse_spacing", "strip_site_chrome"]})
    >>> repair_counts(log)
       page                 rule  repairs
    0     1  remove_page_markers        1
    1     1     collapse_spacing        1
    2     2     collapse_spacing        1
    3  <NA>    strip_site_chrome        1
    """
    keys = list(by)
    counts = repairs.groupby(keys, dropna=False, sort=False).size().reset_index(name="repairs")
    sort_by = keys
    if "rule" in keys:
        # Rules sort in pipeline order (unknown names last), not alphabetically.
        rank = {name: i for i, name in enumerate(RULE_NAMES)}
        counts["_rule_rank"] = counts["rule"].map(lambda r: rank.get(r, len(rank)))
        sort_by = ["_rule_rank" if k == "rule" else k for k in keys]
    counts = counts.sort_values(sort_by, na_position="last", kind="stable")
    return counts.drop(columns="_rule_rank", errors="ignore").reset_index(drop=True)


#: Light backgrounds of the verdicts in HTML tables (the figures' colours, lightened).
VERDICT_BACKGROUNDS = {
    "inconsistent": "#f5b7b1",
    "consistent_if": "#fad7a0",
    "consistent": "#d5f5e3",
    "not_checkable": "#e5e8e8",
}


def verdict_table(audit, *, language: str = "en"):
    """The curated checks as an HTML table, worst verdict first, each row coloured by its verdict.

    For reading in JupyterLab and on the site; the plain-text findings
    (:func:`dangjian.compendium.checks.format_findings`) stay for nbval.

    Parameters
    ----------
    audit : sequence of Check, or DataFrame
        The checks (:func:`dangjian.load_ledger_checks`: the explanation is
        rendered from their facts), or the frame of ``audit.csv``
        (:func:`dangjian.load_audit`: its explanation is split).
    language : {"en", "zh"}
        The language of the explanation.

    Returns
    -------
    pandas.io.formats.style.Styler
        Columns check_id, check, claims, verdict, explanation; a fixed table id
        (``verdicts``) so that the stored HTML is the same at every run.

    Examples
    --------
    >>> import dangjian as dj
    >>> styled = verdict_table(dj.load_ledger_checks())
    >>> styled.data["verdict"].iloc[0], styled.data["verdict"].iloc[-1]
    ('inconsistent', 'not_checkable')
    """
    from ..engine.verdicts import rank
    from .checks import explanation_parts, ledger_frame

    en, zh = explanation_parts(audit)
    audit = ledger_frame(audit)
    frame = pd.DataFrame({
        "check_id": audit["check_id"], "check": audit["check"], "claims": audit["claim_ids"], "verdict": audit["verdict"],
        "explanation": (en if language == "en" else zh).to_numpy(),
    })
    frame = frame.iloc[sorted(range(len(frame)), key=lambda i: (rank(frame["verdict"].iloc[i]), i))].reset_index(drop=True)

    def colour(row: pd.Series) -> list[str]:
        return [f"background-color: {VERDICT_BACKGROUNDS.get(row['verdict'], '#ffffff')}"] * len(row)

    return (frame.style.apply(colour, axis=1).hide(axis="index").set_uuid("verdicts")
            .set_properties(**{"text-align": "left", "white-space": "normal"})
            .set_table_styles([{"selector": "th", "props": [("text-align", "left")]}]))
