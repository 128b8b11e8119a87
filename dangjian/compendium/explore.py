"""The tables of notebook 12 (the explorer): the ledger, the audit and the tidy table, ready to filter.

:func:`explorer_tables` gives plain frames, which notebook 12 shows as
interactive tables (``itables``: sort, filter by column, search in
Chinese, in JupyterLab and on the static site alike), with
:func:`show_options`: the columns a reader needs first come first, long
text wraps, and each table keeps to the width of the page. The frames are the
package's data, not a copy: a test checks them against the ledger, the
audit and the raw scrape.

Examples
--------
>>> tables = explorer_tables()
>>> list(tables)
['claims', 'checks', 'table']
>>> tables["claims"].columns.tolist()[:5]
['claim_id', 'reported', 'verdict', 'meaning', 'quote']
>>> tables["checks"].columns.tolist()[:4]
['check_id', 'verdict', 'explanation', '说明']
"""

from __future__ import annotations

import pandas as pd

from .. import paths
from ..engine.clean import CleanResult
from .checks import claim_verdicts, explanation_parts, ledger_frame

__all__ = ["explorer_tables", "SHOW_OPTIONS", "show_options"]

#: How notebook 12 shows each table (``itables.show(frame, **SHOW_OPTIONS)``): text wraps (no ``nowrap``, long
#: words broken) and the table takes the page's width rather than its content's, so no column runs off the page;
#: a filter box in each header, as wide as its column (DataTables' default box alone is 200 px, ten of them a
#: 2,300 px table); every row kept (no down-sampling of a table over 64 KB).
SHOW_OPTIONS = {
    "column_filters": "header",
    "classes": "display compact",
    "style": "width:100%;table-layout:auto;margin:0",
    "autoWidth": False,
    "maxBytes": 0,
    "css": (".dt-container{font-size:.85em}.dt-container thead input{width:100%;min-width:2em;box-sizing:border-box}"
            ".dt-container table.dataTable th,.dt-container table.dataTable td{padding:4px 5px}"
            ".dt-container td{white-space:normal;overflow-wrap:break-word}.dt-container td.dj-wide{min-width:5em}.dt-container .dt-layout-table{overflow-x:auto}"),
}
#: A text column whose longest cell is longer than this (characters) gets room to wrap in (class ``dj-wide``).
_WIDE = 30


def show_options(frame: pd.DataFrame) -> dict:
    """:data:`SHOW_OPTIONS` for one table: its long-text columns (quotes, meanings, explanations) get the room
    to wrap in, so that Chinese text is not squeezed to a character per line.

    Examples
    --------
    >>> show_options(pd.DataFrame({"id": ["C01"], "quote": ["并在2010年试行了乡镇党委书记履行党建工作责任情况述职" * 2]}))["columnDefs"]
    [{'targets': [1], 'className': 'dj-wide'}]
    """
    wide = [k for k, c in enumerate(frame.columns) if frame[c].astype(str).str.len().max() > _WIDE]
    return {**SHOW_OPTIONS, "columnDefs": [{"targets": wide, "className": "dj-wide"}]}


def explorer_tables(result: CleanResult | None = None) -> dict[str, pd.DataFrame]:
    """The ledger, the audit and the debriefing table as frames for exploring.

    Returns
    -------
    dict of DataFrame
        ``claims``: one row per ledger claim, with its section, page, kind,
        the number as printed, its worst verdict, the quote, and the raw span
        (``raw``: the characters of the scrape it was read from, as
        ``raw[start:end]`` of ``data/raw/``). ``checks``: one row per check
        of the curated checks, its English explanation apart from the Chinese
        (each rendered from the check's facts).
        ``table``: the tidy debriefing table.
    """
    from ..pipeline import load_claims, load_clean, load_ledger_checks, load_table

    result = result or load_clean()
    claims = load_claims(result)
    found = load_ledger_checks(result)
    audit = ledger_frame(found)
    table = load_table(result)
    raw = paths.RAW_REPORT.read_text(encoding="utf-8")
    worst = claim_verdicts(audit, claims)
    # The columns a reader needs first come first (the number, its verdict, what it means, its words); where it
    # is and how it was read follow, so that a narrow page shows the first ones without scrolling.
    ledger = pd.DataFrame({
        "claim_id": claims["claim_id"],
        "reported": claims["reported"],
        "verdict": claims["claim_id"].map(worst),
        "meaning": claims["meaning"],
        "quote": claims["quote"],
        "section": claims["section_label"],
        "page": claims["page"],
        "kind": claims["kind"],
        "raw": [raw[a:b] for a, b in zip(claims["raw_start"], claims["raw_end"])],
        "raw_span": [f"{a}:{b}" for a, b in zip(claims["raw_start"], claims["raw_end"])],
    })
    english, chinese = explanation_parts(found)
    checks = pd.DataFrame({
        "check_id": audit["check_id"],
        "verdict": audit["verdict"],
        "explanation": english.to_numpy(),
        "说明": chinese.to_numpy(),
        "claims": audit["claim_ids"],
        "check": audit["check"],
        "assumption": audit["assumption"],
    })
    return {"claims": ledger, "checks": checks, "table": table.data.copy()}
