"""The claims ledger: complete, traced to the text, recomputed by code."""

from __future__ import annotations

import copy
import re

import pytest

from dangjian.compendium.claims import LEDGER_COLUMNS, LedgerError, build_ledger, decimals, load_ledger_source, number_value
from dangjian.pipeline import load_sections


@pytest.fixture(scope="module")
def source():
    return load_ledger_source()


@pytest.fixture(scope="module")
def ledger(cleaned, table):
    return build_ledger(cleaned, table, load_sections(cleaned))


def test_columns_and_size(ledger):
    assert list(ledger.columns) == LEDGER_COLUMNS
    assert len(ledger) > 60
    assert ledger["claim_id"].is_unique


def test_every_number_in_the_visible_report_is_a_claim(cleaned, ledger):
    spans = list(zip(ledger["clean_start"], ledger["clean_end"]))
    missing = [
        cleaned.text[max(m.start() - 8, 0) : m.end() + 4]
        for m in re.finditer(r"\d+(?:\.\d+)?", cleaned.text)
        if not any(a <= m.start() and m.end() <= b for a, b in spans)
    ]
    assert missing == []


def test_every_quote_is_in_the_clean_text_and_holds_its_number(cleaned, ledger):
    for row in ledger.itertuples():
        assert row.quote in cleaned.text
        assert cleaned.text[row.clean_start : row.clean_end] == row.reported


def test_raw_spans_and_pages_trace_back_to_the_scrape(raw_text, ledger):
    # In the raw, a traced number reads the same once spaces and injected
    # page markers are taken out.
    for row in ledger.itertuples():
        raw = raw_text[row.raw_start : row.raw_end]
        raw = re.sub(r"\n\n\d+、|- \d+ -|\s", "", raw)  # chunk counters, page markers, spaces
        assert raw.replace("810", "8-10").replace("89", "8-9") == row.reported
    c = ledger.set_index("claim_id")
    assert c.loc["C12", "page"] == 2  # 60.32% follows the "- 2 -" marker
    assert c.loc["R06-MEAN", "page"] == 4


def test_sections(ledger):
    c = ledger.set_index("claim_id")
    assert c.loc["C10", "section_label"] == "一(一)"
    assert c.loc["C19", "section_label"] == "一(二)"
    assert c.loc["R01-T1", "section_label"] == "二(二)"
    assert c.loc["C53", "section_label"] == "二(三)"


# Published values, with the arithmetic that must reproduce them.
@pytest.mark.parametrize(
    ("claim", "recomputed", "status"),
    [
        ("C10", "65.16%", "match"),    # 100 * 202 / 310 = 65.1613
        ("C16", "72.90%", "match"),    # 100 * 226 / 310 = 72.9032
        ("C29", "48.06%", "match"),    # 100 * 149 / 310 = 48.0645
        ("C40", "362", "match"),       # 68+68+64+52+37+36+37
        ("C41", "52", "mismatch"),     # 362 / 7 = 51.714 -> 52, printed 51
        ("C43", "78.43%", "match"),    # 100 * 40 / 51 = 78.431
        ("C44", "94.09", "match"),     # (94.03+94.18+92.74+94.5+95.8+94.02+93.35)/7 = 94.0886
        ("C47", "36", "match"),        # 4+11+12+3+5+1+0
        ("C52", "22", "mismatch"),     # 2+3+11+1+5, printed 32
        ("R09-MEAN", "2", "match"),    # 13 / 7 = 1.857 -> 2
        ("R02-T2", "41", "datum"),
        ("C05", "", "stated"),
    ],
)
def test_recomputed_values(ledger, claim, recomputed, status):
    row = ledger.set_index("claim_id").loc[claim]
    assert (row["recomputed"], row["status"]) == (recomputed, status)


def _mini_ledger(forms: str):
    """A two-claim ledger over a synthetic report whose table prints ``forms``."""
    from dangjian.engine.clean import clean_text
    from dangjian.engine.outline import outline, section_pages
    from dangjian.engine.tables import RowSpec, TableSpec, parse_flat_table

    text = f"一、情况共发放测评表{int(forms.split()[0]) + 20}份。测评表类别镇乡均值发放{forms} 15"
    result = clean_text(text)
    spec = TableSpec(title="测评表(?=类别)", header=r"类别(?P<columns>[镇乡]+)(?P<mean>均值)", rows=(RowSpec("发放"),),
                     unit_column="township", type_column="township_type")  # the compendium's columns, as DEBRIEFING_SPEC names them
    table = parse_flat_table(result.text, spec)
    source = [
        {"id": "C01", "quote": "共发放测评表", "reported": "", "unit": "份", "kind": "count", "meaning": "forms",
         "recompute": {"method": "table_sum", "item": "发放"}},
    ]
    source[0]["reported"] = re.search(r"共发放测评表(\d+)份", result.text).group(1)
    source[0]["quote"] = f"共发放测评表{source[0]['reported']}份"
    return build_ledger(result, table, section_pages(outline(result.text), result), source).set_index("claim_id")


def test_recomputed_values_come_from_the_data():
    # The synthetic text always claims "first cell + 20" forms.  With cells
    # 10 and 20 the table adds up to the claim (30); with 10 and 25 the
    # recomputed sum follows the table (35) and no longer matches the text.
    ledger = _mini_ledger("10 20")
    assert (ledger.loc["C01", "reported"], ledger.loc["C01", "recomputed"], ledger.loc["C01", "status"]) == ("30", "30", "match")
    ledger = _mini_ledger("10 25")
    assert (ledger.loc["C01", "reported"], ledger.loc["C01", "recomputed"], ledger.loc["C01", "status"]) == ("30", "35", "mismatch")
    assert ledger.loc["R01-MEAN", "recomputed"] == "18"  # (10 + 25) / 2 = 17.5 -> 18 half-up; printed 15


def test_a_quote_that_is_not_in_the_text_fails_the_build(cleaned, table, source):
    broken = copy.deepcopy(source)
    broken[0]["quote"] = "这句话不在报告里2010"
    with pytest.raises(LedgerError, match="quote not found"):
        build_ledger(cleaned, table, load_sections(cleaned), broken)


def test_an_ambiguous_quote_fails_the_build(cleaned, table, source):
    broken = copy.deepcopy(source)
    broken[0]["quote"] = "310"
    broken[0]["reported"] = "310"
    with pytest.raises(LedgerError, match="occurs 3 times"):
        build_ledger(cleaned, table, load_sections(cleaned), broken)


def test_a_number_not_in_its_quote_fails(cleaned, table, source):
    broken = copy.deepcopy(source)
    broken[0]["reported"] = "201"
    with pytest.raises(LedgerError, match="not printed in its quote"):
        build_ledger(cleaned, table, load_sections(cleaned), broken)


def test_source_validation(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("- {id: A, quote: q, reported: 1, unit: x, kind: count, meaning: m}\n", encoding="utf-8")
    with pytest.raises(LedgerError, match="must be a string"):
        load_ledger_source(path)
    path.write_text("- {id: A, quote: q, reported: '1', unit: x, kind: count, meaning: m, numerator: B}\n", encoding="utf-8")
    with pytest.raises(LedgerError, match="unknown claims"):
        load_ledger_source(path)


@pytest.mark.parametrize(("printed", "value", "places"), [("72.90%", "729/10", 2), ("94.5", "189/2", 1), ("51", "51", 0)])
def test_number_helpers(printed, value, places):
    from fractions import Fraction

    assert number_value(printed) == Fraction(value)
    assert decimals(printed) == places
