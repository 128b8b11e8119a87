"""Tables for the notebooks: :func:`styled_table` (HTML, with its plain text) and :func:`text_table` (plain text).

A notebook shows a frame with :func:`styled_table`: in JupyterLab and on the
site a styled HTML table (numbers right-aligned with their decimals, whole
numbers as integers, long text wrapped, no index), and, as its plain-text
form, the same table from :func:`text_table`: fixed-width columns padded by
display width (a Chinese character takes two columns), floats with a fixed
number of decimals and a dash for a missing value.  Both forms are the same on
every machine (the HTML's ids come from the table's content), so nbval
compares the stored outputs exactly.  This module formats; it computes nothing.
"""

from __future__ import annotations

import functools
import math
import unicodedata
from decimal import Decimal
from fractions import Fraction
from numbers import Integral, Number

import pandas as pd

from ..engine.consistency import reround

__all__ = ["text_table", "styled_table", "StyledTable"]

_DASH = "—"


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
    IEEE-754 platform) with :func:`dangjian.engine.consistency.reround`.

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


# --- HTML ----------------------------------------------------------------------------


def _whole_floats(data: pd.DataFrame) -> pd.DataFrame:
    """Float columns whose every value is a whole number (sums of counts, 145.0) as integers, so they print as 145."""
    out = data.copy()
    for c in out.columns:
        column = out[c]
        if pd.api.types.is_float_dtype(column.dtype):
            values = column.dropna()
            if len(values) and bool((values == values.round()).all()) and bool((values.abs() < 2**53).all()):
                out[c] = column.astype("Int64")
    return out


#: A text column wider than this (in display columns) is wrapped in the HTML table, so the table stays within the page.
_WRAP_AT = 30


def _format(value, digits: int) -> str:
    return _cell(value, digits)


class StyledTable:
    """A frame as a notebook shows it: a styled HTML table, and :func:`text_table` as its plain text.

    Made by :func:`styled_table`; ``data`` is the frame shown.
    """

    def __init__(self, data: pd.DataFrame, digits: int | dict[str, int] = 2, caption: str = "") -> None:
        self.data = _whole_floats(data.reset_index(drop=True))
        self.digits = digits
        self.caption = caption

    def __repr__(self) -> str:
        text = text_table(self.data, digits=self.digits)
        return f"{self.caption}\n{text}" if self.caption else text

    def _repr_html_(self) -> str:
        import hashlib

        data = self.data
        default = 2 if isinstance(self.digits, dict) else self.digits
        per = self.digits if isinstance(self.digits, dict) else {}
        # The ids of a Styler's HTML are random unless set: a digest of the table keeps them the same at every run.
        uid = hashlib.sha1(repr(self).encode("utf-8")).hexdigest()[:10]
        formats = {c: functools.partial(_format, digits=per.get(c, default)) for c in data.columns}
        styler = data.style.format(formats).hide(axis="index").set_uuid(uid)
        styles = [{"selector": "", "props": "border-collapse: collapse; font-size: 0.9em;"},
                  {"selector": "th", "props": "text-align: left; border-bottom: 1px solid #999; padding: 0.2em 0.6em; vertical-align: bottom;"},
                  {"selector": "td", "props": "padding: 0.2em 0.6em; border-bottom: 1px solid #e5e5e5; vertical-align: top;"}]
        columns = {}
        for c in data.columns:
            if _is_numeric(data[c]):
                props = "text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums;"
            elif max((_width(str(v)) for v in data[c].tolist()), default=0) > _WRAP_AT:
                props = "text-align: left; white-space: normal; min-width: 12em; max-width: 36em;"
            else:
                props = "text-align: left; white-space: nowrap;"
            columns[c] = [{"selector": "td", "props": props}, {"selector": "th", "props": props.replace("min-width: 12em; max-width: 36em;", "")}]
        styler = styler.set_table_styles(styles).set_table_styles(columns, overwrite=False)
        if self.caption:
            styler = styler.set_caption(self.caption)
        return styler.to_html()


def styled_table(data: pd.DataFrame, *, digits: int | dict[str, int] = 2, caption: str = "") -> StyledTable:
    """A frame for a notebook to show: a styled HTML table, with :func:`text_table` as its plain text.

    Parameters
    ----------
    data : DataFrame
        Any frame; its index is not shown.
    digits : int or dict
        Decimals for float and Fraction cells (half-up), as :func:`text_table`.
    caption : str
        A line above the table.

    Returns
    -------
    StyledTable
        Shown as HTML in JupyterLab and on the site (numbers right-aligned,
        float columns of whole numbers as integers, text over 30 columns
        wrapped); its ``repr`` is the plain-text table.

    Examples
    --------
    >>> shown = styled_table(pd.DataFrame({"乡镇": ["T1", "T2"], "forms": [145.0, 200.0], "rate": [0.725, 0.5]}), digits=4)
    >>> print(repr(shown))
    乡镇  forms    rate
    T1      145  0.7250
    T2      200  0.5000
    >>> html = shown._repr_html_()
    >>> ">145<" in html and "145.0" not in html and html == shown._repr_html_()
    True
    """
    return StyledTable(data, digits, caption)
