"""Notebook 12 (the explorer): its tables are the package's data, and its page works offline."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

import dangjian as dj
from dangjian import paths
from dangjian.compendium.checks import claim_verdicts, explanation_parts
from dangjian.compendium.explore import explorer_tables


@pytest.fixture(scope="module")
def tables(cleaned):
    return explorer_tables(cleaned)


def test_the_claims_table_is_the_ledger_with_its_verdicts_and_raw_spans(tables, cleaned):
    claims, ledger = tables["claims"], dj.load_claims(cleaned)
    assert claims["claim_id"].tolist() == ledger["claim_id"].tolist()
    assert claims["reported"].tolist() == ledger["reported"].tolist()
    worst = claim_verdicts(dj.load_audit(cleaned), ledger)
    assert claims["verdict"].tolist() == worst.tolist()
    raw = paths.RAW_REPORT.read_text(encoding="utf-8")
    for row in claims.itertuples():
        start, end = map(int, row.raw_span.split(":"))
        assert row.raw == raw[start:end]
    # the raw span holds the printed number once the scrape's spaces and page markers are taken out
    digits = [re.sub(r"\D", "", r) for r in claims["reported"]]
    kept = [re.sub(r"\D", "", re.sub(r"- \d+ -", "", r)) for r in claims["raw"]]
    assert sum(d == k for d, k in zip(digits, kept)) >= 0.9 * len(claims)


def test_the_checks_table_is_the_curated_checks_in_two_languages(tables, cleaned):
    checks, found = tables["checks"], dj.load_ledger_checks(cleaned)
    assert checks["check_id"].tolist() == [c.check_id for c in found]
    assert checks["verdict"].tolist() == [c.verdict for c in found]
    # each language is rendered from the check's facts ...
    assert checks["explanation"].tolist() == [c.explanation("en") for c in found]
    assert checks["说明"].tolist() == [c.explanation("zh") for c in found]
    # ... and is what a user who loads the committed audit.csv reads back from its glued explanation
    committed = pd.read_csv(paths.PROCESSED / "audit.csv", dtype=str, keep_default_na=False)
    english, chinese = explanation_parts(committed)
    assert english.tolist() == checks["explanation"].tolist() and chinese.tolist() == checks["说明"].tolist()


def test_the_table_is_the_tidy_debriefing_table(tables, table):
    assert tables["table"].equals(table.data)


def test_the_notebook_shows_the_three_tables_with_the_library_embedded():
    nb = json.loads((paths.NOTEBOOKS / "12_explore.ipynb").read_text(encoding="utf-8"))
    html = "".join("".join(o.get("data", {}).get("text/html", "")) for c in nb["cells"] if c["cell_type"] == "code" for o in c["outputs"])
    for name in ("claims", "checks", "table"):
        assert f'id="explore_{name}"' in html, name
    # offline: the DataTables bundle is in the page, no script comes from a CDN
    assert "dataTable" in html and "ITable" in html and len(html) > 300_000
    assert not re.search(r"<script[^>]+src=\"https?://", html)
