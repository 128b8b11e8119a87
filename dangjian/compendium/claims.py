"""The claims ledger: every published number, what it means, and its recomputation.

The ledger has two halves.  Meaning is curated by hand in
``data/claims_source.yaml`` (quote, number as printed, unit, kind, what it
says, which other claims it is a share of, how to recompute it).  Everything
mechanical is done here: each quote is found in the clean text (a quote that
is missing, or ambiguous, fails the build), the number's offsets, raw span,
page and section are filled in, and ``recomputed`` is computed from the data
by package code.  The cells and the 均值 column of the 二(二) table join the
ledger straight from the parsed table.

Recompute methods (``recompute: {method: ...}`` in the source):

``percent``
    100 × numerator / denominator, both other claims, printed with the
    reported number of decimals (half-up).
``sum``
    sum of the ``parts`` claims.
``table_sum``
    sum of a table row over the townships.
``table_mean``
    unweighted mean of a table row over the townships, printed with the
    reported number of decimals (half-up).

``status`` is ``match`` (recomputed equals reported), ``mismatch`` (it does
not: the audit says whether a rounding rule or another base explains it),
``datum`` (a table cell: a primary datum, checked only for its parse), or
``stated`` (nothing in the visible report to recompute it from).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pandas as pd

from .. import paths
from ..engine.clean import CleanResult
from ..engine.consistency import reround
from ..engine.tables import FlatTable

__all__ = [
    "LEDGER_COLUMNS",
    "LedgerError",
    "load_ledger_source",
    "build_ledger",
    "number_value",
    "decimals",
    "table_claim_id",
]

LEDGER_COLUMNS = [
    "claim_id",
    "section_id",
    "section_label",
    "page",
    "quote",
    "reported",
    "unit",
    "kind",
    "meaning",
    "numerator",
    "denominator",
    "base",
    "same_as",
    "method",
    "recomputed",
    "exact",
    "status",
    "note",
    "clean_start",
    "clean_end",
    "raw_start",
    "raw_end",
]

_REQUIRED = ("id", "quote", "reported", "unit", "kind", "meaning")
_KINDS = {"count", "percent", "mean", "amount", "date", "bound", "name", "ratio"}
_METHODS = {"percent", "sum", "table_sum", "table_mean"}


class LedgerError(ValueError):
    """The curated ledger source is malformed or does not match the clean text."""


def number_value(reported: str) -> Fraction:
    """The exact value of a printed number: "72.90%" → 729/10, "8-10" is not a number.

    Examples
    --------
    >>> number_value("72.90%"), number_value("51")
    (Fraction(729, 10), Fraction(51, 1))
    """
    m = re.fullmatch(r"(\d+(?:\.\d+)?)%?", reported)
    if m is None:
        raise LedgerError(f"not a single printed number: {reported!r}")
    return Fraction(Decimal(m.group(1)))


def decimals(reported: str) -> int:
    """Decimals as printed: "72.90%" → 2, "94.5" → 1, "51" → 0."""
    m = re.fullmatch(r"\d+(?:\.(\d+))?%?", reported)
    return len(m.group(1)) if m and m.group(1) else 0


def table_claim_id(row: int, column: str) -> str:
    """Ledger id of a table cell: row number in print order and T1..T7 or MEAN."""
    return f"R{row:02d}-{column}"


def load_ledger_source(path: str | Path | None = None) -> list[dict[str, Any]]:
    """Read and validate the curated ledger source (YAML).

    Raises
    ------
    LedgerError
        On a missing field, a duplicate id, an unknown kind or recompute
        method, or a reference to an unknown claim.
    """
    import yaml

    p = Path(path) if path is not None else paths.LEDGER_SOURCE
    items = yaml.safe_load(p.read_text(encoding="utf-8"))
    if not isinstance(items, list):
        raise LedgerError(f"{p}: expected a list of claims")
    ids = [item.get("id") for item in items]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise LedgerError(f"{p}: duplicate claim ids {dupes}")
    known = set(ids)
    for item in items:
        missing = [f for f in _REQUIRED if f not in item]
        if missing:
            raise LedgerError(f"{p}: claim {item.get('id')!r} lacks {missing}")
        if not isinstance(item["reported"], str):
            raise LedgerError(f"{p}: claim {item['id']}: reported must be a string (quote it in YAML)")
        if item["kind"] not in _KINDS:
            raise LedgerError(f"{p}: claim {item['id']}: unknown kind {item['kind']!r}")
        recompute = item.get("recompute") or {}
        if recompute and recompute.get("method") not in _METHODS:
            raise LedgerError(f"{p}: claim {item['id']}: unknown recompute method {recompute.get('method')!r}")
        refs = [item.get(k) for k in ("numerator", "denominator")] + [recompute.get(k) for k in ("numerator", "denominator")]
        refs += list(recompute.get("parts", []))
        refs += [item.get("same_as")] if item.get("same_as", "").startswith("C") else []
        bad = [r for r in refs if r and r not in known]
        if bad:
            raise LedgerError(f"{p}: claim {item['id']} refers to unknown claims {bad}")
    return items


@dataclass(frozen=True)
class _Located:
    start: int
    end: int


def _locate_number(text: str, quote: str, reported: str, occurrence: int, claim_id: str) -> _Located:
    """Offsets of ``reported`` inside the ``occurrence``-th copy of ``quote``."""
    starts = [m.start() for m in re.finditer(re.escape(quote), text)]
    if not starts:
        raise LedgerError(f"claim {claim_id}: quote not found in the clean text: {quote!r}")
    if len(starts) > 1 and occurrence is None:
        raise LedgerError(f"claim {claim_id}: quote occurs {len(starts)} times; give `occurrence`: {quote!r}")
    q = starts[occurrence or 0]
    # the number must stand alone: not a piece of a longer number
    m = re.search(rf"(?<![\d.]){re.escape(reported)}(?![\d.])" if reported[0].isdigit() else re.escape(reported), quote)
    if m is None:
        raise LedgerError(f"claim {claim_id}: {reported!r} is not printed in its quote {quote!r}")
    return _Located(q + m.start(), q + m.end())


def _printed(value: Fraction, like: str) -> str:
    """``value`` printed the way ``like`` is printed (decimals, % sign), rounded half-up."""
    text = reround(value, decimals(like), rounding="up")[0]
    return text + ("%" if like.endswith("%") else "")


def _exact(value: Fraction) -> str:
    """An exact value for the reader: integers as such, else 6 decimals."""
    if value.denominator == 1:
        return str(value.numerator)
    return f"{float(value):.6f}"


def _table_values(table: FlatTable, item: str) -> list[Fraction]:
    values = table.data.loc[table.data["item"] == item, "value"]
    if values.empty:
        raise LedgerError(f"table has no row {item!r}")
    return [Fraction(Decimal(v)) for v in values]


def _method(spec: dict[str, Any]) -> str:
    """The recompute spec as one readable string: ``percent(C09/C08)``, ``table_sum(真实)``."""
    method = spec.get("method")
    if method is None:
        return ""
    if method == "percent":
        return f"percent({spec['numerator']}/{spec['denominator']})"
    if method == "sum":
        return f"sum({'+'.join(spec['parts'])})"
    return f"{method}({spec['item']})"


def _recompute(item: dict[str, Any], reported: dict[str, str], table: FlatTable) -> tuple[str, str]:
    """``(recomputed, exact)`` for a curated claim, or empty strings."""
    spec = item.get("recompute") or {}
    method = spec.get("method")
    if method is None:
        return "", ""
    if method == "percent":
        value = 100 * number_value(reported[spec["numerator"]]) / number_value(reported[spec["denominator"]])
    elif method == "sum":
        value = sum((number_value(reported[p]) for p in spec["parts"]), Fraction(0))
    elif method == "table_sum":
        value = sum(_table_values(table, spec["item"]), Fraction(0))
    else:  # table_mean
        values = _table_values(table, spec["item"])
        value = sum(values, Fraction(0)) / len(values)
    return _printed(value, item["reported"]), _exact(value)


def _table_rows(table: FlatTable, text: str) -> list[dict[str, Any]]:
    """Ledger rows for every table cell and every printed 均值."""
    rows: list[dict[str, Any]] = []
    items = list(dict.fromkeys(table.data["item"]))
    units = {"分": "分", "条": "条"}
    for r, item in enumerate(items, start=1):
        cells = table.data[table.data["item"] == item]
        printed = cells["value"].tolist()
        means = table.means.loc[table.means["item"] == item, "reported"].tolist()
        values = printed + means
        quote = item + " ".join(values)
        q = text.find(quote, table.start, table.end)
        if q < 0:
            raise LedgerError(f"table row {item!r} is not printed as {quote!r} in the clean text")
        unit = next((u for k, u in units.items() if k in item), "份")
        is_score = item == "量化测评平均分"
        forms_row = table_claim_id(1, "{}")
        pos = q + len(item)
        columns = cells["township"].tolist() + (["MEAN"] if means else [])
        for column, value in zip(columns, values):
            cid = table_claim_id(r, column)
            if column == "MEAN":
                exact = sum((Fraction(Decimal(v)) for v in printed), Fraction(0)) / len(printed)
                rows.append({
                    "claim_id": cid, "quote": quote, "reported": value, "unit": unit, "kind": "mean",
                    "meaning": f"the table's printed 均值 (mean over townships) of {item}",
                    "base": f"{table_claim_id(r, 'T1')}..{table_claim_id(r, columns[-2])}",
                    "method": f"table_mean({item})",
                    "recomputed": _printed(exact, value), "exact": _exact(exact),
                    "clean_start": pos, "clean_end": pos + len(value),
                })
            else:
                block = cells.loc[cells["township"] == column, "block"].iloc[0]
                kind = "mean" if is_score else "count"
                rows.append({
                    "claim_id": cid, "quote": quote, "reported": value, "unit": unit, "kind": kind,
                    "meaning": f"{item} in township {column} ({cells.loc[cells['township'] == column, 'township_type'].iloc[0]})",
                    "base": forms_row.format(column) if block else "",
                    "method": "table_cell", "recomputed": value, "exact": value, "status": "datum",
                    "clean_start": pos, "clean_end": pos + len(value),
                })
            pos += len(value) + 1
    return rows


def build_ledger(result: CleanResult, table: FlatTable, sections: pd.DataFrame, source: list[dict[str, Any]] | None = None) -> pd.DataFrame:
    """Build ``claims.csv``: locate, trace and recompute every claim.

    Parameters
    ----------
    result : CleanResult
        The cleaned report (quotes are looked up in ``result.text``).
    table : FlatTable
        The parsed 二(二) table (recomputations and table claims).
    sections : DataFrame
        The outline (``section_id`` of each claim: the deepest part of level
        2 or less that contains it).
    source : list of dict, optional
        The curated source; read from ``data/claims_source.yaml`` if omitted.

    Returns
    -------
    DataFrame
        One row per claim with the columns :data:`LEDGER_COLUMNS`, in reading order.
    """
    source = load_ledger_source() if source is None else source
    text = result.text
    reported = {item["id"]: item["reported"] for item in source}
    rows: list[dict[str, Any]] = []
    for item in source:
        where = _locate_number(text, item["quote"], item["reported"], item.get("occurrence"), item["id"])
        recomputed, exact = _recompute(item, reported, table)
        rows.append({
            "claim_id": item["id"], "quote": item["quote"], "reported": item["reported"],
            "unit": item["unit"], "kind": item["kind"], "meaning": item["meaning"],
            "numerator": item.get("numerator", ""), "denominator": item.get("denominator", ""),
            "base": item.get("base", ""), "same_as": item.get("same_as", ""),
            "method": _method(item.get("recompute") or {}), "recomputed": recomputed, "exact": exact,
            "note": item.get("note", ""), "clean_start": where.start, "clean_end": where.end,
        })
    rows += _table_rows(table, text)
    frame = pd.DataFrame(rows)
    frame = frame.sort_values(["clean_start", "claim_id"], kind="stable").reset_index(drop=True)
    parts = sections[sections["level"] <= 2].sort_values("start")
    sid, slabel, page, raw_start, raw_end, status = [], [], [], [], [], []
    for row in frame.itertuples():
        inside = parts[(parts["start"] <= row.clean_start) & (parts["end"] >= row.clean_end)]
        deepest = inside.sort_values("level").iloc[-1]
        sid.append(deepest["section_id"])
        slabel.append(deepest["label"])
        span = result.span(row.clean_start, row.clean_end)
        page.append(span.page_start)
        raw_start.append(span.raw_start)
        raw_end.append(span.raw_end)
        if isinstance(row.status, str) and row.status:
            status.append(row.status)
        elif not row.recomputed:
            status.append("stated")
        else:
            status.append("match" if row.recomputed == row.reported else "mismatch")
    frame["section_id"], frame["section_label"], frame["page"] = sid, slabel, page
    frame["raw_start"], frame["raw_end"], frame["status"] = raw_start, raw_end, status
    frame["page"] = frame["page"].astype("Int64")
    unknown = sorted(set(frame["same_as"].dropna()) - {""} - set(frame["claim_id"]))
    if unknown:
        raise LedgerError(f"same_as refers to claims not in the ledger: {unknown}")
    frame = frame.reindex(columns=LEDGER_COLUMNS)
    text_columns = [c for c in LEDGER_COLUMNS if frame[c].dtype == object or str(frame[c].dtype) in ("str", "string")]
    frame[text_columns] = frame[text_columns].fillna("")
    return frame
