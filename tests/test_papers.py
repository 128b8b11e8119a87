"""Means ± SD, tests and two-group rates of Chinese papers in ``dangjian audit``: reading them
(:mod:`dangjian.engine.papers`) and the group kinds that judge them (:mod:`dangjian.engine.kinds.mean_sd`,
:mod:`~dangjian.engine.kinds.test`, :mod:`~dangjian.engine.kinds.two_group`).

Each expected verdict is worked out beside it; p-values quoted in comments
come from scipy (``2 * t.sf``, ``chi2.sf``, ``f.sf``).  Checks are asserted by
their verdicts and facts; their words are tested in ``tests/test_explain.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import dangjian as dj
from dangjian.engine.clean import clean_text
from dangjian.engine.extract import check_results, extract_records
from dangjian.engine.papers import find_paper_numbers, p_value_range

PAPERS = Path(__file__).resolve().parent / "papers"


def checks_of(text: str):
    claims, checks = dj.audit_text(text)
    return claims, checks


def only(checks, name):
    rows = checks[checks["check"] == name]
    assert len(rows) == 1, checks[["check", "verdict", "explanation"]].values.tolist()
    return rows.iloc[0]


def result_of(text: str, name: str):
    """The one check ``name`` of ``text``, as a result with its facts."""
    found = [c for c in check_results(extract_records(clean_text(text), source="t")) if c.kind == name]
    assert len(found) == 1, found
    return found[0]


# --- reading ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, mean, sd", [
    ("干预后评分为(3.45±0.82)分。", "3.45", "0.82"),
    ("干预后评分为3.45±0.82分。", "3.45", "0.82"),
    ("量表得分M=3.45,SD=0.82。", "3.45", "0.82"),
    ("总分均值为63.40,标准差为8.15。", "63.40", "8.15"),
])
def test_means_and_sds_are_read_in_every_form(text, mean, sd):
    found = [(x.kind, x.reported) for x in find_paper_numbers(text)]
    assert ("mean", mean) in found and ("sd", sd) in found


def test_an_sd_with_a_unit_is_not_read_as_a_mean_score():
    # "0.82分" alone would be a score; beside "±" it is the SD
    claims, _ = checks_of("干预后评分为3.45±0.82分。")
    assert claims.set_index("reported").loc["0.82", "kind"] == "sd"


@pytest.mark.parametrize("text, reported, p", [
    ("差异有统计学意义(χ²=5.67,P<0.05)。", "χ²=5.67", "P<0.05"),
    ("两组比较χ2=5.67,P＜0.05。", "χ2=5.67", "P<0.05"),
    ("两组比较t=2.13,P=0.035。", "t=2.13", "P=0.035"),
    ("三组比较F(2,147)=4.21,P<0.01。", "F(2,147)=4.21", "P<0.01"),
    ("两组比较Z=1.98,p值为0.048。", "Z=1.98", "p值为0.048"),
])
def test_tests_and_their_p_values_are_read_in_chinese_typography(text, reported, p):
    claims, _ = checks_of(text)
    assert claims[claims["kind"] == "test"]["reported"].tolist() == [reported]
    assert claims[claims["kind"] == "p"]["reported"].tolist() == [p]


def test_decoys_of_papers_are_not_statistics():
    # reference numbers, dosages and lab units, age bounds: none is a mean, a test or a p
    claims, _ = checks_of("参考文献[12]指出,剂量5 mg,纳入18~25岁者,见第3期。")
    assert not set(claims["kind"]) & {"mean", "sd", "test", "p"}



def read(text: str) -> list[tuple[str, str, dict]]:
    """(kind, as printed, extra) of every number :func:`find_paper_numbers` reads in ``text``."""
    return [(x.kind, x.reported, x.extra) for x in find_paper_numbers(text)]


@pytest.mark.parametrize("text, tests, p", [
    # issue 25: several statistics after one sign share the p printed after the last
    ("(t=22.959,-20.516;P<0.05)", ["t=22.959", "-20.516"], "P<0.05"),
    ("(t=31.934 ,-17.976 ,-14.464 ;P<0.01)", ["t=31.934", "-17.976", "-14.464"], "P<0.01"),
    ("男生得分低于女生(t=5.48和8.70,P<0.01)", ["t=5.48", "8.70"], "P<0.01"),
    ("in total and attitude(t=5.48 and 8.70,P<0.01)", ["t=5.48", "8.70"], "P<0.01"),
    ("存在显著差异(F=4.50和3.96,P<0.05)", ["F=4.50", "3.96"], "P<0.05"),
    ("among the attitude of parents(F=4.50 or 3.96,P0.05)", ["F=4.50", "3.96"], "P0.05"),
])
def test_a_list_of_statistics_after_one_sign_is_read_with_its_p(text, tests, p):
    found = read(text)
    assert [r for k, r, _ in found if k == "test"] == tests
    ((_, printed, extra),) = [x for x in found if x[0] == "p"]
    # the p names every test of the list, so a check can reach it from each
    assert printed == p and len(extra["test_starts"]) == len(tests)
    assert [e["stat"] for k, _, e in found if k == "test"] == [found[0][2]["stat"]] * len(tests)


@pytest.mark.parametrize("text, tests", [
    ("F=2.13,3.45±0.82", ["F=2.13"]),  # a mean ± SD after a test is not a second test
    ("F=2.13,45.6%的患者", ["F=2.13"]),  # nor is a share
    ("F=2.13,3.4", ["F=2.13"]),  # another number of decimals: not a list of the same statistic
    ("F=2.13,12.50分", ["F=2.13"]),  # a score
    ("t=2.13,3.4,P<0.05", []),  # and the p is not the first t's across another number: a bare t is not read
])
def test_only_numbers_like_the_first_are_listed_after_it(text, tests):
    assert [r for k, r, _ in read(text) if k == "test"] == tests


@pytest.mark.parametrize("text, p, op, sign", [
    # an HTML page ate the "<" of "P<0.01" as the start of a tag: read as P<0.01 and flagged, never as P=0.01
    ("(t=1.99,P0.05)", "P0.05", "<", "lost"),
    ("(F=8.12,P0.01)", "P0.01", "<", "lost"),
    # a bracket printed for the sign
    ("neuroticism(t=-14.943,P(0.01),lie", "P(0.01", "<", "bracket"),
    # intact signs are not flagged
    ("(t=1.99,P<0.05)", "P<0.05", "<", None),
    ("(t=1.99,P=0.047)", "P=0.047", "=", None),
])
def test_a_damaged_p_sign_is_read_as_less_than_and_flagged(text, p, op, sign):
    ((_, printed, extra),) = [x for x in read(text) if x[0] == "p"]
    assert (printed, extra["op"], extra.get("sign")) == (p, op, sign)


def test_a_lost_sign_before_a_value_that_is_no_threshold_is_not_read():
    # "P0.034" may have lost an "=" as easily as a "<": neither is guessed, and the bare t goes with it
    assert read("(t=2.13,P0.034)") == []
    # the flag reaches the claim, as an uncertain reading
    claims, _ = checks_of("两组比较(t=1.99,P0.05)。")
    row = claims.set_index("kind").loc["p"]
    assert row["reported"] == "P0.05" and "uncertain" in row["base_evidence"]


@pytest.mark.parametrize("text, test, p", [
    # a correlation named in words, its p a few words later
    ("spearman等级相关系数为0.045 假设成立的概率为p=0.482>0.05", "相关系数为0.045", "p=0.482"),
    ("等级相关系数为0.323,假设成立的概率为p=0.00<0.01", "相关系数为0.323", "p=0.00"),
    # words between a test and its p
    ("t=2.13,差异有统计学意义(P<0.05)", "t=2.13", "P<0.05"),
])
def test_a_test_and_its_p_are_read_across_a_few_words(text, test, p):
    found = read(text)
    assert [r for k, r, _ in found if k == "test"] == [test] and [r for k, r, _ in found if k == "p"] == [p]


def test_the_n_of_a_correlation_is_kept_with_it():
    for text in ("r=0.35 (n=120),P<0.01", "(r=-0.35, n=120, P<0.01)", "r=0.35,P<0.01, n=120"):
        ((_, _, extra),) = [x for x in read(text) if x[0] == "test"]
        assert (extra["stat"], extra["n"]) == ("r", 120), text


def test_a_flattened_table_of_means_with_its_group_sizes_and_test_rows_is_read_cell_by_cell():
    # 表1 as a PDF converter leaves it: 组别 例数 干预前 干预后, one row per group, then the t and P rows
    text = ("组别 例数 干预前 干预后\n观察组 45 62.36±8.14 81.53±7.21\n对照组 47 61.89±7.92 72.10±8.05\n"
            "t值 0.283 5.917\nP值 0.778 <0.001\n")
    found = find_paper_numbers(clean_text(text).text)
    assert [(x.kind, x.reported) for x in found if x.kind in ("count", "test", "p")] == [
        ("count", "45"), ("count", "47"), ("test", "0.283"), ("test", "5.917"), ("p", "0.778"), ("p", "<0.001")]
    tests = {x.start: x for x in found if x.kind == "test"}
    # each p goes with the test of its column
    assert [(tests[x.extra["test_start"]].reported, x.extra["op"]) for x in found if x.kind == "p"] == [("0.283", "="), ("5.917", "<")]
    # each mean ± SD knows its group, the group's n and its column, and each test its column: the test of column 2
    # compares 81.53±7.21 (n = 45) with 72.10±8.05 (n = 47)
    cells = [(x.kind, x.reported, x.extra.get("group"), x.extra.get("n"), x.extra["column"]) for x in found if x.kind in ("mean", "sd")]
    assert cells == [("mean", "62.36", "观察组", 45, 1), ("sd", "8.14", "观察组", 45, 1), ("mean", "81.53", "观察组", 45, 2),
                     ("sd", "7.21", "观察组", 45, 2), ("mean", "61.89", "对照组", 47, 1), ("sd", "7.92", "对照组", 47, 1),
                     ("mean", "72.10", "对照组", 47, 2), ("sd", "8.05", "对照组", 47, 2)]
    assert [x.extra["column"] for x in found if x.kind == "test"] == [1, 2]
    # and the row's n is its group's size for the means of the row
    claims, checks = checks_of("每个条目1~5分,共20个条目。" + text)
    grimmer = checks[checks["check"] == "grimmer"]
    assert "n = 47" in grimmer[grimmer["observed"].str.startswith("72.10")]["assumption"].iloc[0]


def test_group_sizes_in_brackets_are_counts():
    found = read("最终观察组(n=45)、对照组(n=47)纳入分析;独生子女(n=86)")
    assert [(k, r) for k, r, _ in found] == [("count", "45"), ("count", "47"), ("count", "86")]

# --- GRIM and GRIMMER -----------------------------------------------------------------


def test_a_score_mean_impossible_for_its_group_is_inconsistent():
    # 20 items on 1~4: a total score is a whole number; 45 totals sum to a whole number,
    # and 45.32 × 45 = 2039.4 is not one (2039/45 = 45.31, 2040/45 = 45.33)
    text = "每组各45例。采用焦虑量表评估,共20个条目,每个条目1~4分。观察组评分为(45.32±6.21)分。"
    check = result_of(text, "grimmer")
    assert (check.verdict, check.facts["reason"], check.facts["n"]) == ("inconsistent", "grim", 45)
    assert "n = 45 (每组各45例)" in check.assumption


def test_a_possible_score_mean_is_consistent():
    # 2040 / 45 = 45.333… prints as 45.33; an SD of 6.21 is reachable (GRIMMER)
    text = "每组各45例。采用焦虑量表评估,共20个条目,每个条目1~4分。观察组评分为(45.33±6.21)分。"
    _, checks = checks_of(text)
    assert only(checks, "grimmer")["verdict"] == "consistent"


def test_an_sd_impossible_for_the_mean_fails_grimmer():
    # 40 scores on 0~10 with mean 3.15 sum to S = 126; SD 1.22 needs Q = S²/n + 39 SD² in
    # [396.9 + 57.57, 396.9 + 58.52] = [454.47, 455.42], so Q = 455, odd while S is even: impossible.
    # SD 1.25 gives [457.35, 458.33], Q = 458, even: possible.
    check = result_of("各40例。采用视觉模拟评分法(0~10分),评分为(3.15±1.22)分。", "grimmer")
    assert (check.verdict, check.facts["reason"]) == ("inconsistent", "parity")
    _, checks = checks_of("各40例。采用视觉模拟评分法(0~10分),评分为(3.15±1.25)分。")
    assert only(checks, "grimmer")["verdict"] == "consistent"


def test_a_mean_age_impossible_for_whole_year_ages_names_the_assumption():
    # 41.86 × 47 = 1967.42: 1967/47 = 41.851 prints as 41.85 and 1968/47 = 41.872 as 41.87, so no sum of
    # 47 whole-year ages gives 41.86
    check = result_of("观察组47例,年龄(41.86±5.20)岁。", "grimmer")
    assert (check.verdict, check.facts["data"], check.facts["reason"]) == ("inconsistent", {"key": "ages"}, "grim")


def test_a_lab_value_is_read_but_not_tested():
    check = result_of("观察组47例,空腹血糖(5.62±1.03)mmol/L。", "grimmer")
    assert (check.verdict, check.variant, check.facts["unit"]) == ("not_checkable", "measurement", "mmol/L")


def test_a_score_with_no_group_size_is_not_checkable():
    _, checks = checks_of("采用5级评分,总体满意度得分为(3.45±0.82)分。")
    assert only(checks, "grimmer")["verdict"] == "not_checkable"


# --- tests: statcheck --------------------------------------------------------------------


def test_p_value_range_widens_the_statistic_by_its_rounding():
    lo, hi = p_value_range("t", "2.13", 98)
    from scipy import stats

    assert lo == pytest.approx(2 * stats.t.sf(2.135, 98)) and hi == pytest.approx(2 * stats.t.sf(2.125, 98))


def test_a_printed_p_that_the_statistic_gives_is_consistent():
    # t(98) = 2.13: p in 0.0352..0.0363, P = 0.035 covers [0.0345, 0.0355]
    _, checks = checks_of("两组比较,t(98)=2.13,P=0.035。")
    assert only(checks, "test_p")["verdict"] == "consistent"


def test_a_bound_the_statistic_breaks_is_inconsistent():
    # F(2,147) = 4.21: p = 0.0166..0.0168, not < 0.01; both sides below 0.05, so not a decision error
    check = result_of("三组比较,F(2,147)=4.21,P<0.01。", "test_p")
    assert check.verdict == "inconsistent" and check.facts["df"] == {"key": "df_printed", "df": "2, 147"}
    assert check.facts["p"] == pytest.approx([0.01664, 0.01677], abs=5e-5)


def test_a_decision_error_is_named():
    # t(98) = 1.20: p = 0.231..0.235, printed P < 0.05
    check = result_of("两组比较,t(98)=1.20,P<0.05。", "decision_error")
    assert (check.verdict, check.facts["side"], check.facts["printed"]) == ("inconsistent", "not significant", {"key": "p_bound", "op": "<", "value": "0.05"})


def test_a_missing_df_is_derived_from_the_groups_and_said():
    # t = 2.13 with groups of 50 and 50: df = 98, as above
    check = result_of("观察组50例,对照组50例。两组比较t=2.13,P=0.035。", "test_p")
    assert (check.verdict, check.facts["df"]) == ("consistent", {"key": "df_two_groups", "n1": 50, "n2": 50, "df": 98})


def test_a_test_with_no_df_and_no_design_is_judged_over_every_df():
    # χ² = 15.63 (15.625..15.635): p < 0.05 for df up to 8 (chi2.sf(15.625, 8) = 0.0481), above it from df 9
    # (chi2.sf(15.635, 9) = 0.0749): the printed P<0.05 holds only for some df, which the check names
    check = result_of("不同生源的毕业生差异显著(χ²=15.63,P<0.05)。", "test_p")
    assert (check.verdict, check.variant, check.facts["df"]) == ("consistent_if", "fit_some_df", "df 1 to 8")


@pytest.mark.parametrize("text, kind, variant", [
    # χ² = 3.41: its smallest p is at df = 1, chi2.sf(3.415, 1) = 0.0646 > 0.05, and p grows with df: wrong for every df
    ("两组比较差异有统计学意义(χ²=3.41,P<0.05)。", "decision_error", "misfit_every_df"),
    # t = 1.50: its smallest p is at the normal limit, 2 norm.sf(1.505) = 0.1323 > 0.05: wrong for every df
    ("两组比较差异有统计学意义(t=1.50,P<0.05)。", "decision_error", "misfit_every_df"),
    # t = 22.959: at df = 1, 2 t.sf(22.9585, 1) = 0.0277 < 0.05, and smaller at every larger df
    ("男生与常模比较差异显著(t=22.959,P<0.05)。", "test_p", "fit_every_df"),
])
def test_a_test_without_df_is_wrong_only_if_no_df_gives_its_p(text, kind, variant):
    check = result_of(text, kind)
    assert (check.kind, check.variant) == (kind, variant)


def test_a_chi2_that_fits_df_2_but_not_df_1_is_consistent_if_with_the_df_named():
    # χ² = 7.36, P = 0.025 (0.0245..0.0255): df = 1 gives chi2.sf(7.36, 1) = 0.0067, df = 2 gives 0.0252, df = 3 gives 0.0613
    check = result_of("不同父母文化程度学生的检出率差异有统计学意义(χ²=7.36,P=0.025)。", "test_p")
    assert (check.verdict, check.facts["df"]) == ("consistent_if", "df = 2")


# --- two-group rates ------------------------------------------------------------------------


def test_two_group_rates_against_their_counts_and_the_recomputed_chi2():
    # 42/45 = 93.33%, 35/45 = 77.78%; Pearson's χ² of [[42, 3], [35, 10]] = 4.41 (Yates 3.24); df = 1 gives p = 0.0357
    text = "观察组总有效率93.33%(42/45),对照组77.78%(35/45),差异有统计学意义(χ²=4.41,P=0.036)。"
    _, checks = checks_of(text)
    assert checks[checks["check"] == "percent_of"]["verdict"].tolist() == ["consistent", "consistent"]
    chi2 = result_of(text, "chi2_recomputed")
    assert (chi2.verdict, chi2.facts["matched"]) == ("consistent", "Pearson's χ²")
    assert only(checks, "test_p")["verdict"] == "consistent"


def test_a_chi2_that_matches_yates_is_said_so_and_a_wrong_share_is_found():
    # Yates' χ² of [[42, 3], [35, 10]] prints as 3.24; 36/45 = 80.00%, not 77.78%
    text = "观察组总有效率93.33%(42/45),对照组77.78%(36/45),差异有统计学意义(χ²=3.24,P>0.05)。"
    _, checks = checks_of(text)
    assert checks[checks["check"] == "percent_of"]["verdict"].tolist() == ["consistent", "inconsistent"]
    chi2 = only(checks, "chi2_recomputed")
    # with 36/45 the table is [[42, 3], [36, 9]]: neither Pearson's (3.27) nor Yates' (2.22) is 3.24
    assert chi2["verdict"] == "inconsistent"
    text = "观察组总有效率93.33%(42/45),对照组77.78%(35/45),差异有统计学意义(χ²=3.24,P>0.05)。"
    assert result_of(text, "chi2_recomputed").facts["matched"] == "with Yates' correction"


def test_small_expected_counts_mention_fisher():
    text = "观察组有效率90.00%(9/10),对照组40.00%(4/10),χ²=5.49,P<0.05。"
    # [[9, 1], [4, 6]]: the expected counts are 6.5, 3.5, 6.5, 3.5, the smallest below 5
    (fisher,) = result_of(text, "chi2_recomputed").facts["fisher"]
    assert fisher["key"] == "fisher" and fisher["expected_min"] == pytest.approx(3.5)


# --- whole documents -------------------------------------------------------------------------


@pytest.mark.parametrize("name, expected", [
    # t recomputed from the printed means, SDs and groups of 48: (18.52 − 17.69) / sqrt((4.10² + 4.33²) / 48) = 0.83 / 0.861 = 0.96,
    # not 1.52; (15.84 − 12.46) / sqrt((3.21² + 3.87²) / 48) = 3.38 / 0.726 = 4.66, not 4.36
    ("nursing_intervention.txt", {"inconsistent": ["grimmer", "decision_error", "t_recomputed", "t_recomputed"]}),
    # (4.71 − 4.52) / sqrt(0.96² / 150 + 0.88² / 170) = 0.19 / 0.1034 = 1.84 (1.73-1.95 over rounding), not 2.05
    ("education_survey.txt", {"inconsistent": ["percent_of", "t_recomputed"]}),
    ("clinical_trial.txt", {"inconsistent": []}),
])
def test_paper_style_documents(name, expected):
    result = dj.audit_file(PAPERS / name)
    checks = result.checks
    assert sorted(checks[checks["verdict"] == "inconsistent"]["check"]) == sorted(expected["inconsistent"])
    assert {"mean", "sd", "test", "p"} <= set(result.claims["kind"])


def test_a_binary_variable_gets_debit():
    # 20 answers coded 0/1 with mean 0.35: k = 7, SD = sqrt(7 × 13 / (20 × 19)) = 0.4894, printed 0.49;
    # an SD of 0.40 is impossible for that mean
    _, checks = checks_of("观察组20例,是否吸烟(是=1,否=0)得分为(0.35±0.49)分。")
    assert only(checks, "debit")["verdict"] == "consistent"
    check = result_of("观察组20例,是否吸烟(是=1,否=0)得分为(0.35±0.40)分。", "debit")
    assert (check.verdict, check.variant) == ("inconsistent", "misfit_sd")


def test_a_scale_too_wide_for_the_exact_search_is_left_to_the_analytic_test():
    # 17 items of 1~7: a respondent's item sum spans 17 × 6 = 102 > EXACT_SCALE_WIDTH, where the exact search with the
    # scale can take minutes; the analytic GRIMMER decides alone (2.0 ± 0.96 passes it: 150 × 17 × 2.0 is a whole sum)
    from dangjian.engine.kinds.mean_sd import EXACT_SCALE_WIDTH

    assert 17 * (7 - 1) > EXACT_SCALE_WIDTH
    check = result_of("量表共17个条目,每个条目1~7分。观察组150例,评分为(2.0±0.96)分。", "grimmer")
    assert (check.verdict, check.variant) == ("consistent", "fit")
