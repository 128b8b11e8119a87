"""Plain-text tables for the notebooks: :func:`text_table`.

Fixed-width columns padded by display width (a Chinese character takes two
columns), floats with a fixed number of decimals and a dash for a missing
value, so that nbval compares the stored outputs exactly on any machine.
This module formats; it computes nothing.
"""

from __future__ import annotations

import math
import unicodedata
from decimal import Decimal
from fractions import Fraction
from numbers import Integral, Number

import pandas as pd

from ..engine.consistency import reround

__all__ = ["text_table"]

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
