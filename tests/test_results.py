"""A check's result as data (dangjian.engine.results.Check): validated when made, one row of checks.csv."""

from __future__ import annotations

import json

import pytest

from dangjian.engine import explain
from dangjian.engine.clean import clean_text
from dangjian.engine.extract import check_results, extract_records
from dangjian.engine.records import CHECK_COLUMNS
from dangjian.engine.results import EXPECTED_OBSERVED, Check

GOOD = {"k": 120, "n": 200, "exact": "60.0000", "printed": "60.00", "mode": "up_or_down", "reported": "60.00%", "count_id": "E001"}


def test_a_check_is_made_from_its_facts_and_gives_its_row():
    check = Check("percent_of", "fit", ("E002",), "consistent", "n = 200", "60.00%", "60.00%", GOOD, group="G01", source="t")
    row = check.numbered("K001").row()
    assert list(row) == CHECK_COLUMNS
    assert (row["check_id"], row["claim_ids"], row["verdict"], row["group_id"]) == ("K001", "E002", "consistent", "G01")
    assert json.loads(check.facts_json()) == GOOD


@pytest.mark.parametrize("verdict", ["fine", "Consistent", "", None])
def test_a_verdict_outside_the_four_is_refused(verdict):
    with pytest.raises(ValueError, match="verdict must be one of"):
        Check("percent_of", "fit", ("E002",), verdict, "", "", "", GOOD)


def test_a_missing_fact_is_refused():
    facts = {k: v for k, v in GOOD.items() if k != "printed"}
    with pytest.raises(ValueError, match="needs the fact 'printed'"):
        Check("percent_of", "fit", ("E002",), "consistent", "", "", "", facts)


def test_an_unknown_kind_or_variant_is_refused():
    with pytest.raises(ValueError, match="no explanation is registered"):
        Check("percent_of", "guess", ("E002",), "consistent", "", "", "", GOOD)


def test_a_word_outside_its_vocabulary_or_a_bad_phrase_is_refused():
    with pytest.raises(ValueError, match="is not one of"):
        Check("percent_of", "fit", ("E002",), "consistent", "", "", "", {**GOOD, "mode": "ceiling"})
    facts = {**GOOD, "context": {"key": "no_such_phrase"}, "hints": []}
    with pytest.raises(ValueError, match="must be a phrase"):
        Check("percent_of", "misfit", ("E002",), "inconsistent", "", "", "", facts)
    facts = {**GOOD, "context": {"key": "others_fit_one"}, "hints": []}  # the phrase lacks its n
    with pytest.raises(ValueError, match="needs"):
        Check("percent_of", "misfit", ("E002",), "inconsistent", "", "", "", facts)


def test_every_kind_of_check_says_what_expected_and_observed_hold():
    assert {kind for kind, _ in explain.ENGINE_TEMPLATE_KEYS} - {"*"} <= set(EXPECTED_OBSERVED)  # "*": a variant of any kind


def test_a_sum_keeps_its_parts_as_expected_and_its_printed_whole_as_observed():
    # 其中 2 + 3 + 11 + 1 + 5 = 22 of the 32 printed; a table column 41 + 27 = 68 answers on 64 forms
    checks = check_results(extract_records(clean_text("全县共对32名负责人进行了调整,其中:调整2名书记、3名副书记、11名支部书记,免去1名副书记、5名支部书记的职务。"), source="t"))
    total = next(c for c in checks if c.kind == "stated_total")
    assert (total.expected, total.observed) == ("22", "32")
    checks = check_results(extract_records(clean_text("情况表发放(份)68 64 68真实53 41 51不真实15 27 13。"), source="t"))
    column = next(c for c in checks if c.kind == "table_column_sum" and c.facts["column"] == 2)
    assert (column.expected, column.observed) == ("68", "64")
