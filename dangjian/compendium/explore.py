"""The tables of notebook 12 (the explorer): the ledger, the audit and the tidy table, ready to filter.

:func:`explorer_tables` gives plain frames, which notebook 12 shows as
interactive tables (``itables``: sort, filter by column, search in
Chinese, in JupyterLab and on the static site alike). The frames are the
package's data, not a copy: a test checks them against the ledger, the
audit and the raw scrape.

Examples
--------
>>> tables = explorer_tables()
>>> list(tables)
['claims', 'checks', 'table']
>>> tables["claims"].columns.tolist()[:6]
['claim_id', 'section', 'page', 'kind', 'reported', 'verdict']
"""

from __future__ import annotations

import pandas as pd

from .. import paths
from ..engine.clean import CleanResult
from .checks import claim_verdicts, explanation_parts, ledger_frame

__all__ = ["explorer_tables"]


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
    ledger = pd.DataFrame({
        "claim_id": claims["claim_id"],
        "section": claims["section_label"],
        "page": claims["page"],
        "kind": claims["kind"],
        "reported": claims["reported"],
        "verdict": claims["claim_id"].map(worst),
        "meaning": claims["meaning"],
        "quote": claims["quote"],
        "raw": [raw[a:b] for a, b in zip(claims["raw_start"], claims["raw_end"])],
        "raw_span": [f"{a}:{b}" for a, b in zip(claims["raw_start"], claims["raw_end"])],
    })
    english, chinese = explanation_parts(found)
    checks = pd.DataFrame({
        "check_id": audit["check_id"],
        "check": audit["check"],
        "verdict": audit["verdict"],
        "claims": audit["claim_ids"],
        "assumption": audit["assumption"],
        "explanation": english.to_numpy(),
        "说明": chinese.to_numpy(),
    })
    return {"claims": ledger, "checks": checks, "table": table.data.copy()}
