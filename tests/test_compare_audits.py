"""The curated audit beside the automatic one (notebook 09): :func:`dangjian.compendium.checks.compare_audits`."""

from __future__ import annotations

import pytest

import dangjian as dj
from dangjian.compendium.checks import compare_audits, format_comparison


@pytest.fixture(scope="module")
def inputs():
    result = dj.load_clean()
    claims = dj.load_claims(result)
    automatic = dj.audit_file(dj.paths.RAW_REPORT)
    return claims, dj.load_audit(result), dj.load_table(result), result, automatic.claims, automatic.checks


def test_both_audits_find_the_stated_total_and_the_table_column(inputs):
    both = compare_audits(*inputs).set_index("number")
    claims = inputs[0].set_index("claim_id")
    # the stated total "共对…32名党组织负责人进行了调整或免职" is a claim both audits call inconsistent
    total = claims.index[(claims["reported"] == "32") & claims["quote"].str.contains("调整或免职")][0]
    assert both.loc[total, ["curated", "automatic"]].tolist() == ["inconsistent", "inconsistent"]
    # the T6 answers (24 + 14 > 36 forms): the cells of that column are inconsistent on both sides
    t6 = [n for n in both.index if n.endswith("-T6") and both.loc[n, "automatic"] == "inconsistent"]
    assert t6 and all(both.loc[n, "curated"] == "inconsistent" for n in t6)


def test_a_verdict_changed_on_one_side_shows_as_a_disagreement(inputs):
    claims, audit, table, result, auto_claims, auto_checks = inputs
    before = compare_audits(*inputs)
    flipped = auto_checks.copy()
    flipped.loc[flipped["verdict"] == "inconsistent", "verdict"] = "consistent"
    after = compare_audits(claims, audit, table, result, auto_claims, flipped)
    assert after["agree"].sum() < before["agree"].sum()
    assert (after["automatic"] == "inconsistent").sum() == 0
    text = format_comparison(after)
    assert f"same worst verdict: {int(after['agree'].sum())}" in text and "curated inconsistent (of_which_sum" in text


def test_numbers_checked_by_neither_audit_are_left_out(inputs):
    both = compare_audits(*inputs)
    assert not ((both["curated"] == "") & (both["automatic"] == "")).any()
    assert both["number"].is_unique
