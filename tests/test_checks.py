"""The curated checks of the report's ledger: every claim checked, fair verdicts, the facts behind them.

Each verdict path is asserted by its verdict and its facts (the numbers the
sentence is made of), never by the words of the sentence: the words of each
template are tested once, in both languages, in ``tests/test_explanations.py``.
"""

from __future__ import annotations

import json

import pytest

from dangjian.compendium.checks import (
    AUDIT_COLUMNS,
    VERDICTS,
    bilingual,
    check_ledger,
    explanation_parts,
    format_findings,
    format_summary,
    ledger_checks,
    ledger_frame,
    split_bilingual,
    verdict_counts,
)
from dangjian.engine.consistency import smallest_n
from dangjian.engine.results import EXPECTED_OBSERVED, Check
from dangjian.pipeline import load_claims


@pytest.fixture(scope="module")
def claims(cleaned):
    return load_claims(cleaned)


@pytest.fixture(scope="module")
def checks(claims, table, cleaned):
    return ledger_checks(claims, table, cleaned)


@pytest.fixture(scope="module")
def audit(checks):
    return ledger_frame(checks)


def _find(checks, kind, claim) -> Check:
    found = [c for c in checks if c.kind == kind and claim in c.claims]
    assert len(found) == 1, f"{kind} on {claim}: {len(found)} checks"
    return found[0]


def _reported(claims, cid) -> str:
    return claims.loc[claims["claim_id"] == cid, "reported"].iloc[0]


def test_columns_and_vocabulary(audit, checks):
    assert list(audit.columns) == AUDIT_COLUMNS
    assert set(audit["verdict"]) <= set(VERDICTS)
    assert audit["check_id"].is_unique
    assert audit["check_id"].tolist() == [f"A{i:03d}" for i in range(1, len(checks) + 1)]
    # every row is its check: the explanation is the check's two sentences, glued, and reads back into them
    for check, row in zip(checks, audit.itertuples()):
        assert (row.check_id, row.check, row.claim_ids, row.verdict) == (check.check_id, check.kind, " ".join(check.claims), check.verdict)
        assert row.explanation == bilingual(check)
        assert split_bilingual(row.explanation) == (check.explanation("en"), check.explanation("zh"))


def test_the_frame_is_check_ledger_and_the_checks_carry_json_facts(claims, table, cleaned, audit, checks):
    assert check_ledger(claims, table, cleaned).equals(audit)
    for check in checks:
        assert isinstance(json.loads(check.facts_json()), dict), check.check_id


def test_every_claim_has_a_check_or_an_explicit_not_checkable(checks, claims):
    covered = {cid for c in checks for cid in c.claims}
    assert set(claims["claim_id"]) <= covered
    # a check that cannot decide says why: its variant is the reason, and an unchecked claim carries its meaning
    reasons = {c.variant for c in checks if c.verdict == "not_checkable"}
    assert reasons == {"none_given", "no_other_number", "date", "lower_bound"}
    for c in checks:
        if c.kind == "none":
            assert c.claims == (c.facts["claim"],) and c.facts["meaning"] and c.facts["reported"] == _reported(claims, c.facts["claim"])


@pytest.mark.parametrize(
    ("kind", "claim", "verdict", "expected", "observed"),
    [
        # 100 * 202 / 310 = 65.1613 -> 65.16, as printed
        ("percent_of", "C10", "consistent", "65.16% (202/310 = 65.1613%)", "65.16%"),
        # 2 + 3 + 11 + 1 + 5 = 22 (expected, the parts re-added), the text prints 32 (observed)
        ("of_which_sum", "C52", "inconsistent", "22", "32"),
        # T6 ratings: 24 + 14 + 0 + 0 = 38 answers (expected), from the 36 forms the table prints (observed)
        ("row_sum_vs_forms", "R07-T6", "inconsistent", "38", "36"),
        # T2 truthfulness: 41 + 14 + 9 + 0 = 64 of the 68 forms printed: 4 blank answers would explain it
        ("row_sum_vs_forms", "R02-T2", "consistent_if", "64", "68"),
        # 362 / 7 = 51.71 would print 52; 358 / 7 = 51.14 (forms answered) prints 51
        ("mean_rounding", "R01-MEAN", "consistent_if", "52", "51"),
        ("mean_rounding", "R02-MEAN", "consistent", "40", "40"),  # 278 / 7 = 39.71 -> 40
        # 40 / 51 = 78.43%, while 278 / 362 = 76.80%
        ("ratio_of_rounded_means", "C43", "consistent_if", "78.43%", "78.43%"),
        # 5935/64 = 92.734 and 5936/64 = 92.750: no integer total gives 92.74
        ("grim_mean", "R06-T3", "consistent_if", "a total S with S/64 printing as 92.74", "impossible with integer scores; possible with scores in half points"),
        ("grim_mean", "R06-T1", "consistent", "a total S with S/68 printing as 94.03", "possible"),  # 6394/68 = 94.0294
        # the table has 7 township columns (expected); the text prints 21 (observed)
        ("township_count", "C39", "inconsistent", "7 table columns", "21"),
        ("years", "C36", "inconsistent", "one year", "C01: 2010 / C36: 2009 / C48: 2008 / C50: 2008"),
        # 68 + 68 + 64 + 52 + 37 + 36 + 37 = 362, the text prints 362
        ("table_total", "C40", "consistent", "362", "362"),
        ("no_base", "C20", "not_checkable", "a stated base", "none"),
    ],
)
def test_verdicts(checks, kind, claim, verdict, expected, observed):
    check = _find(checks, kind, claim)
    assert (check.verdict, check.expected, check.observed) == (verdict, expected, observed)


@pytest.mark.parametrize(
    ("kind", "claim", "variant", "facts"),
    [
        # 100 * 202 / 310 = 65.16129…: 65.1613 to four places, 65.16 to the report's two
        ("percent_of", "C10", "survey_fit", {"k": 202, "n": 310, "exact": "65.1613", "printed": "65.16", "places": 2, "reported": "65.16%"}),
        # 100/310 = 0.32258 points between printable shares
        ("grim_percent", "C10", "survey_fit", {"reported": "65.16%", "n": 310, "step": "0.323"}),
        # 98% of 125 = 122.5, so at least 123 of the 125 (C06, C05)
        ("bound", "C06", "within", {"reported": "98%", "n": 125, "part": "122.50", "least": 123}),
        # 93.5% needs 29/31: 31 is the smallest n
        ("no_base", "C20", "none_given", {"reported": "93.5%", "n_min": 31}),
        ("part_of_base", "C24", "no_more_than_base", {"count": "11", "n": "26"}),
        # the report's 其中 list: 2 + 3 + 11 + 1 + 5 = 22, 10 short of the 32 printed
        ("of_which_sum", "C52", "short", {"parts": ["2", "3", "11", "1", "5"], "sum": "22", "total": "32", "gap": "10"}),
        ("table_total", "C47", "equal", {"parts": ["4", "11", "12", "3", "5", "1", "0"], "sum": "36", "total": "36"}),
        ("row_sum_vs_forms", "R07-T6", "over", {"township": "T6", "block": "测评意见", "parts": ["24", "14", "0", "0"], "sum": "38", "forms": "36", "gap": 2}),
        ("row_sum_vs_forms", "R02-T2", "short", {"township": "T2", "block": "述职报告真实情况", "parts": ["41", "14", "9", "0"], "sum": "64", "forms": "68", "gap": 4}),
        # 278 / 7 = 39.714… rounds to 40
        ("mean_rounding", "R02-MEAN", "rounds", {"units": 7, "mean": "39.7143", "rounded": ["40"], "printed": "40"}),
        # 40/51 = 78.4314%; 278/362 = 76.7956% -> 76.80%; 78.43 - 76.7956 = 1.6344 -> 1.63 points lower
        ("ratio_of_rounded_means", "C43", "pooled_lower",
         {"reported": "78.43%", "num": "40", "den": "51", "percent": "78.4314", "total_num": "278", "total_den": "362", "pooled": "76.80", "gap": "1.63"}),
        # 94.03 * 68 = 6394.04; 1/68 = 0.0147
        ("grim_mean", "R06-T1", "integer_scores_fit", {"mean": "94.03", "n": 68, "product": "6394.04", "step": "0.0147"}),
        # 92.74 * 64 = 5935.36: not whole, 5935.5 is (half points); 1/64 = 0.015625 -> 0.0156
        ("grim_mean", "R06-T3", "finer_scores_fit", {"mean": "92.74", "n": 64, "step": "0.0156", "scores": 2}),
        ("same_number", "C39", "same", {"claim": "C39", "other": "C02", "value": "21", "other_value": "21"}),
        ("township_count", "C39", "fewer_columns", {"stated": 21, "columns": 7}),
        # 362 / 21 = 17.238 -> 17.24; 362 / 7 = 51.714 -> 51.71, which truncates (not rounds) to the printed 51
        ("average_per_township", "C41", "over_table_only",
         {"forms": "362", "stated": 21, "per_stated": "17.24", "printed": "51", "columns": 7, "per_table": "51.71", "how": "trunc"}),
        ("years", "C01", "disagree", {"trial": {"key": "trial_two_years", "preamble": "2010", "section": "2009"}, "body": "2008", "header": "2008",
                                      "relation": "before_either"}),
        ("months", "C38", "inside", {"table": "8-9", "text": "8-10"}),
        ("scheme_name", "C35", "different_things", {"text_name": "一述五评", "table_name": "一述三评", "n_measures": 3,
                                                    "measures": ["述职报告真实情况", "测评意见", "量化测评平均分"], "groups": {"key": "groups_counted", "n": 5}}),
        ("visits", "C05", "separate_rounds", {"whole": "125", "part": "921", "whole_section": "一(一)", "part_section": "一(二)"}),
        ("pairing", "C60", "equal", {"agency": "161", "rural": "161"}),
        ("none", "C58", "lower_bound", {"claim": "C58", "reported": "120", "unit": "名",
                                        "meaning": "more than 120 rural people paired for assistance got loan guarantees"}),
    ],
)
def test_facts(checks, kind, claim, variant, facts):
    check = _find(checks, kind, claim)
    assert (check.variant, check.facts) == (variant, facts)


def test_the_forms_mean_fits_only_forms_answered_or_truncation(checks):
    check = _find(checks, "mean_rounding", "R01-MEAN")
    # 362/7 = 51.714 rounds to 52; the table prints 51
    assert (check.variant, check.facts["total"], check.facts["mean"], check.facts["rounded"], check.facts["printed"]) == (
        "issued_fits_only_if", "362", "51.7143", "52", "51")
    readings = check.facts["readings"]
    assert [r["key"] for r in readings] == ["forms_answered", "truncation"]
    # forms answered: 53+13+2+0 + … = 358 in the first block, 360 in the second; 358/7 = 51.14, 360/7 = 51.43, both print 51
    assert [(m["total"], m["mean"], m["block"]) for m in readings[0]["means"]] == [("358", "51.14", "述职报告真实情况"), ("360", "51.43", "测评意见")]
    assert readings[1]["mean"] == "51.7143"
    # the assumption names the same readings
    assert "358/7 = 51.14" in check.assumption and "truncation" in check.assumption


def test_consistent_if_always_names_its_assumption(audit):
    rows = audit[audit["verdict"].isin(["consistent_if", "inconsistent"])]
    assert (rows["assumption"].str.len() > 10).all()


# --- expected and observed: one meaning (EXPECTED_OBSERVED) -----------------------------------------


def test_every_curated_kind_says_what_expected_and_observed_hold(checks):
    assert {c.kind for c in checks} <= set(EXPECTED_OBSERVED)


def test_a_total_and_its_parts_expect_the_sum_and_observe_the_printed_total(checks, claims, table):
    cells = {(r.item, r.township): r.value for r in table.data.itertuples()}
    seen = set()
    for c in checks:
        if c.kind in ("of_which_sum", "table_total"):
            # expected: the parts re-added (recomputed); observed: the total as the text prints it
            assert c.expected == c.facts["sum"] and c.observed == _reported(claims, c.claims[0]) == c.facts["total"], c.check_id
        elif c.kind == "row_sum_vs_forms":
            # observed: the forms cell as the table prints it (its first claim)
            township = c.claims[0].split("-")[1]
            assert c.expected == c.facts["sum"] and c.observed == cells[("发放测评表(份)", township)] == c.facts["forms"], c.check_id
        elif c.kind == "township_count":
            assert c.observed == _reported(claims, c.claims[0]) and c.expected == f"{c.facts['columns']} table columns"
        else:
            continue
        seen.add(c.kind)
        assert sum(int(p) for p in c.facts.get("parts", [])) == int(c.facts.get("sum", 0))
    assert seen == {"of_which_sum", "table_total", "row_sum_vs_forms", "township_count"}


def test_the_summary_prints_the_reports_own_numbers_as_printed(checks, claims):
    summary = format_summary(checks, claims)
    # the report prints 32 leaders (C52), 36 forms in T6 (R01-T6) and 21 townships (C39); the checks recompute 22, 38 and 7
    assert "A026 of_which_sum       C52      expected 22, printed 32" in summary
    assert "row_sum_vs_forms   R01-T6   expected 38, printed 36" in summary
    assert "township_count     C39      expected 7 table columns, printed 21" in summary
    assert (_reported(claims, "C52"), _reported(claims, "C39")) == ("32", "21")


# --- the readers take the checks or the frame of audit.csv -----------------------------------------------


def test_the_readers_take_the_checks_or_the_frame(checks, audit, claims):
    from_checks, from_frame = explanation_parts(checks), explanation_parts(audit)
    assert from_checks[0].tolist() == from_frame[0].tolist() == [c.explanation("en") for c in checks]
    assert from_checks[1].tolist() == from_frame[1].tolist() == [c.explanation("zh") for c in checks]
    assert explanation_parts(audit["explanation"])[1].tolist() == from_checks[1].tolist()
    for verdict in VERDICTS:
        for language in ("en", "zh"):
            assert format_findings(checks, verdict, language=language) == format_findings(audit, verdict, language=language)
    assert format_summary(checks, claims) == format_summary(audit, claims)
    bad = format_findings(checks, "inconsistent", language="zh").splitlines()
    assert bad[0].startswith("A026 [of_which_sum] C52") and bad[2] == "    " + _find(checks, "of_which_sum", "C52").explanation("zh")


def test_a_misprinted_percentage_is_caught(claims, table, cleaned):
    # 100 * k / 310 prints 65.16 for k = 202 and 65.48 for k = 203: 65.17 is impossible.
    wrong = claims.copy()
    wrong.loc[wrong["claim_id"] == "C10", "reported"] = "65.17%"
    found = ledger_checks(wrong, table, cleaned)
    assert (_find(found, "grim_percent", "C10").variant, _find(found, "grim_percent", "C10").verdict) == ("survey_misfit", "inconsistent")
    check = _find(found, "percent_of", "C10")
    assert (check.variant, check.verdict, check.facts["printed"], check.facts["reported"]) == ("survey_misfit", "inconsistent", "65.16", "65.17%")


def test_a_complete_of_which_list_is_consistent(claims, table, cleaned):
    fixed = claims.copy()
    fixed.loc[fixed["claim_id"] == "C52", "reported"] = "22"
    check = _find(ledger_checks(fixed, table, cleaned), "of_which_sum", "C52")
    assert (check.verdict, check.variant, check.expected, check.observed) == ("consistent", "equal", "22", "22")


def test_parts_over_their_total_are_their_own_case(claims, table, cleaned):
    # 2 + 3 + 11 + 1 + 5 = 22 against a printed 20: 2 more than the total
    check = _find(ledger_checks(_with(claims, C52="20"), table, cleaned), "of_which_sum", "C52")
    assert (check.verdict, check.variant, check.facts["gap"], check.expected, check.observed) == ("inconsistent", "over", "2", "22", "20")


@pytest.mark.parametrize(("x", "n"), [("93.5", 31), ("50", 2), ("83.2", 95), ("100", 1)])
def test_smallest_n(x, n):
    # 29/31 = 93.548%, 1/2 = 50%, 79/95 = 83.158%, 1/1 = 100%
    assert smallest_n(x) == n


def test_verdict_counts_add_up(audit, checks):
    counts = verdict_counts(audit)
    assert counts["verdict"].tolist() == list(VERDICTS)
    assert counts["checks"].sum() == len(audit)
    assert verdict_counts(checks).equals(counts)


def test_the_old_name_still_works_and_says_so(claims, table, cleaned, audit):
    import dangjian
    from dangjian.compendium import checks as module

    with pytest.warns(DeprecationWarning, match="check_ledger"):
        old = dangjian.audit_report
    assert old is module.check_ledger and "audit_report" not in dangjian.__all__
    with pytest.warns(DeprecationWarning, match="check_ledger"):
        assert module.audit_report is module.check_ledger
    assert "audit_report" not in module.__all__


# --- every verdict is computed: change the input, see it change --------------------------------


def _with(claims, **reported):
    changed = claims.copy()
    for cid, value in reported.items():
        changed.loc[changed["claim_id"] == cid, "reported"] = value
    return changed


def test_years_agree_when_the_text_gives_one_trial_year_and_the_table_is_not_earlier(checks, claims, table, cleaned):
    assert _find(checks, "years", "C01").verdict == "inconsistent"
    agreed = _find(ledger_checks(_with(claims, C01="2008", C36="2008"), table, cleaned), "years", "C01")
    assert (agreed.verdict, agreed.variant, agreed.facts["trial"], agreed.facts["relation"]) == (
        "consistent", "agree", {"key": "trial_one_year", "year": "2008"}, "not_earlier")
    # one trial year, but the table's debriefings are earlier than it: still impossible
    earlier = _find(ledger_checks(_with(claims, C01="2010", C36="2010"), table, cleaned), "years", "C01")
    assert (earlier.verdict, earlier.variant, earlier.facts["relation"]) == ("inconsistent", "disagree", "before_it")
    # the table's body and header disagree: its own case, naming both years
    header = _find(ledger_checks(_with(claims, C01="2008", C36="2008", C50="2009"), table, cleaned), "years", "C01")
    assert (header.verdict, header.variant, header.facts["body"], header.facts["header"]) == ("inconsistent", "disagree_header", "2008", "2009")


def test_average_per_township_follows_the_printed_average(checks, claims, table, cleaned):
    # 362 / 21 = 17.24 and 362 / 7 = 51.71: 51 fits only the table's 7 townships, truncated
    row = _find(checks, "average_per_township", "C41")
    assert (row.verdict, row.facts["how"]) == ("consistent_if", "trunc")
    fits = _find(ledger_checks(_with(claims, C41="17"), table, cleaned), "average_per_township", "C41")
    assert (fits.verdict, fits.variant) == ("consistent", "over_stated")
    # 52 is 51.71 rounded
    rounded = _find(ledger_checks(_with(claims, C41="52"), table, cleaned), "average_per_township", "C41")
    assert (rounded.verdict, rounded.facts["per_table"], rounded.facts["how"]) == ("consistent_if", "51.71", "up_or_down")
    neither = _find(ledger_checks(_with(claims, C41="40"), table, cleaned), "average_per_township", "C41")
    assert (neither.verdict, neither.variant) == ("inconsistent", "neither")


def test_scheme_name_follows_the_names_and_their_lists(checks, claims, table, cleaned):
    assert _find(checks, "scheme_name", "C35").verdict == "consistent_if"
    same = _find(ledger_checks(_with(claims, C49="一述五评"), table, cleaned), "scheme_name", "C35")
    assert (same.verdict, same.variant) == ("consistent", "same")
    # 一述四评 for a table of three measures counts its list wrongly
    wrong = _find(ledger_checks(_with(claims, C49="一述四评"), table, cleaned), "scheme_name", "C35")
    assert (wrong.verdict, wrong.variant, wrong.facts["wrong"]) == ("inconsistent", "miscounted", "一述四评")


def test_rounding_convention_and_its_facts_follow_the_printed_means(checks, claims, table, cleaned):
    import dataclasses

    row = _find(checks, "rounding_convention", "R01-MEAN")
    # half-up explains 10 of the 11 printed means and breaks at the forms mean (362/7 = 51.7143 printed 51);
    # with the forms mean over forms answered (358/7 = 51.1429) it explains all 11
    assert (row.verdict, row.variant) == ("consistent_if", "one_rule_if_answered")
    assert row.facts["issued"] == {"key": "half_up_breaks", "explained": 10, "cases": 11, "broken": "51", "exact": "51.7143"}
    assert (row.facts["means"], row.facts["answered_total"], row.facts["answered_mean"]) == (11, "358", "51.1429")
    # 362/7 = 51.71 printed as 52: half-up now explains every mean of forms issued
    means = table.means.copy()
    means.loc[means["item"] == "发放测评表(份)", "reported"] = "52"
    fixed = _find(ledger_checks(claims, dataclasses.replace(table, means=means), cleaned), "rounding_convention", "R01-MEAN")
    assert (fixed.verdict, fixed.variant, fixed.facts["issued"]["key"], fixed.facts["rule"]) == ("consistent", "one_rule", "half_up_fits", "up")
    # a mean that no rule gives under either base
    means.loc[means["item"] == "发放测评表(份)", "reported"] = "49"
    broken = _find(ledger_checks(claims, dataclasses.replace(table, means=means), cleaned), "rounding_convention", "R01-MEAN")
    assert (broken.verdict, broken.variant) == ("inconsistent", "no_rule")
    assert _find(ledger_checks(claims, dataclasses.replace(table, means=means), cleaned), "mean_rounding", "R01-MEAN").variant == "no_rule"


# --- the cross-references are data: data/cross_references.yaml -----------------------------------


def _cross_refs():
    import yaml

    from dangjian import paths

    return yaml.safe_load(paths.CROSS_REFERENCES.read_text(encoding="utf-8"))


def _write(tmp_path, entries):
    import yaml

    path = tmp_path / "cross_references.yaml"
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_the_cross_references_run_in_the_files_order_after_the_ledger_checks(audit):
    checks = [entry["check"] for entry in _cross_refs()]
    # the seven hand-linked checks, as listed in data/cross_references.yaml; after them come only the "none" rows
    assert checks == ["township_count", "average_per_township", "years", "months", "scheme_name", "visits", "pairing"]
    tail = audit[audit["check"] != "none"]["check"].tolist()[-len(checks):]
    assert tail == checks


def test_the_checks_follow_the_cross_references_file(checks, claims, table, cleaned, tmp_path):
    # As shipped, pairing compares C60 and C61, both printed "161" (161 agency and 161 rural branches).
    assert _find(checks, "pairing", "C60").verdict == "consistent"
    entries = _cross_refs()
    pairing = next(e for e in entries if e["check"] == "pairing")
    # C05 prints "125" (organisations visited) and C17 "921": no one-to-one pairing of unequal numbers.
    pairing["roles"] = {"agency": "C05", "rural": "C17"}
    moved = ledger_checks(claims, table, cleaned, cross_references=_write(tmp_path, entries))
    row = _find(moved, "pairing", "C05")
    assert (row.verdict, row.expected, row.observed, row.claims) == ("inconsistent", "125", "921", ("C05", "C17"))
    assert (row.variant, row.facts) == ("unequal", {"agency": "125", "rural": "921"})
    # C60 and C61 are then named by no check and fall back to "not checkable"
    assert _find(moved, "none", "C60").verdict == "not_checkable"
    # the assumption is the file's too
    pairing["assumption"] = "a reworded assumption"
    reworded = ledger_checks(claims, table, cleaned, cross_references=_write(tmp_path, entries))
    assert _find(reworded, "pairing", "C05").assumption == "a reworded assumption"


def test_the_visits_follow_their_roles(checks, claims, table, cleaned, tmp_path):
    # As shipped: 921 organisations (C17, section 一(二)) "among those visited" against 125 visited (C05, 一(一)): two rounds at least.
    shipped = _find(checks, "visits", "C05")
    assert (shipped.verdict, shipped.variant, shipped.facts["whole"], shipped.facts["part"]) == ("consistent_if", "separate_rounds", "125", "921")
    # The roles swapped: 125 of 921 visited can be one round, and each number keeps its own section.
    entries = _cross_refs()
    visits = next(e for e in entries if e["check"] == "visits")
    visits["roles"] = {"whole": "C17", "part": "C05"}
    swapped = _find(ledger_checks(claims, table, cleaned, cross_references=_write(tmp_path, entries)), "visits", "C17")
    assert (swapped.verdict, swapped.variant) == ("consistent", "one_round")
    assert swapped.facts == {"whole": "921", "part": "125", "whole_section": "一(二)", "part_section": "一(一)"}


def test_an_entry_left_out_of_the_file_is_not_run(audit, claims, table, cleaned, tmp_path):
    entries = [e for e in _cross_refs() if e["check"] != "visits"]
    without = check_ledger(claims, table, cleaned, cross_references=_write(tmp_path, entries))
    assert "visits" not in set(without["check"]) and len(without) == len(audit) - 1
    # C17 (921 organisations visited) is still the base of C18's 100%, the one check left on it
    assert without[without["claim_ids"].str.split().map(lambda ids: "C17" in ids)]["check"].tolist() == ["percent_of_base"]


def _broken(entries, check, change):
    entry = next(e for e in entries if e["check"] == check)
    change(entry)
    return entries


@pytest.mark.parametrize(
    ("change", "message"),
    [
        # the entries are numbered from 1 in file order: pairing is the 7th, years the 3rd, months the 4th
        (lambda es: _broken(es, "pairing", lambda e: e.update(check="pairings")), "entry 7 (pairings): unknown check 'pairings'"),
        (lambda es: _broken(es, "pairing", lambda e: e["roles"].update(rural="C99")), "entry 7 (pairing): claims not in the ledger (rural: 'C99')"),
        (lambda es: _broken(es, "years", lambda e: e["roles"].pop("table_header")), "entry 3 (years): lacks the roles ['table_header']"),
        (lambda es: _broken(es, "years", lambda e: e["roles"].update(footer="C50")), "entry 3 (years): unknown roles ['footer']"),
        (lambda es: _broken(es, "months", lambda e: e.pop("assumption")), "entry 4 (months): lacks its assumption"),
        (lambda es: _broken(es, "scheme_name", lambda e: e.update(assumption="x")), "entry 5 (scheme_name): scheme_name words its assumption from the numbers"),
        (lambda es: _broken(es, "visits", lambda e: e.update(note="x")), "entry 6 (visits): unknown fields ['note']"),
        (lambda es: _broken(es, "visits", lambda e: e.update(roles=["C05", "C17"])), "entry 6 (visits): roles must map each of ['whole', 'part']"),
        # a claim that is in the ledger but of the wrong kind: 一述五评 (C35) is not a year
        (lambda es: _broken(es, "years", lambda e: e["roles"].update(preamble="C35")), "entry 3 (years): its claims cannot be read for this check"),
        (lambda es: es + ["pairing"], "entry 8: expected a mapping"),
        # keys YAML reads as other types: a list as the check, a number as a role or a field
        (lambda es: _broken(es, "pairing", lambda e: e.update(check=["pairing", "visits"])), "entry 7 (['pairing', 'visits']): unknown check"),
        (lambda es: _broken(es, "pairing", lambda e: e["roles"].update({1: "C60"})), "entry 7 (pairing): unknown roles ['1']"),
        (lambda es: _broken(es, "visits", lambda e: e.update({2: "x"})), "entry 6 (visits): unknown fields ['2']"),
        (lambda es: {"entries": es}, "expected a list of cross-references"),
    ],
)
def test_a_malformed_cross_references_file_names_the_entry(claims, table, cleaned, tmp_path, change, message):
    from dangjian.compendium.claims import LedgerError

    path = _write(tmp_path, change(_cross_refs()))
    with pytest.raises(LedgerError) as caught:
        ledger_checks(claims, table, cleaned, cross_references=path)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)


def test_no_claim_id_is_written_in_the_cross_reference_code():
    import inspect
    import re

    from dangjian.compendium import checks

    claim_id = re.compile(r"\b[CR]\d{2}\b")  # C39, R01-MEAN, ...
    # the pattern does find the ids where they now live
    assert {"C39", "R01"} <= set(claim_id.findall(str(_cross_refs())))
    functions = [checks._cross_references, checks._load_cross_references, checks._roles_of, checks._scheme_check, *checks._CROSS_REFERENCE_CHECKS.values()]
    assert checks._years_check in functions and len(checks._CROSS_REFERENCE_CHECKS) == 7
    for function in functions:
        assert claim_id.findall(inspect.getsource(function)) == [], function.__name__


def test_no_sentence_is_written_in_the_checks():
    # The sentences are templates (dangjian/compendium/explanations.py): apart from docstrings, no string or
    # f-string of checks.py ends a sentence, in English or in Chinese. (Adding en = f"{k} is fine." fails here.)
    import ast
    import inspect

    from dangjian.compendium import checks

    tree = ast.parse(inspect.getsource(checks))
    docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)}
    inside = {id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for part in node.values}  # judged as one f-string
    texts = [node.value for node in ast.walk(tree)
             if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings | inside]
    texts += [ast.unparse(node)[2:-1] for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)]
    assert len(texts) > 100
    assert [t for t in texts if t.rstrip().endswith((".", "。"))] == []
