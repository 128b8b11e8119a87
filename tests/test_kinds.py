"""The group kinds of the automatic audit (dangjian.engine.kinds): question groups, one base per question,
and every verdict path, each asserted by its verdict and the facts behind it, not by the words of its explanation.

Each expected verdict is worked out by hand in the comment beside it.  The
words are tested once per template, in ``tests/test_explain.py``.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from dangjian.engine.clean import clean_text
from dangjian.engine.extract import check_claims, check_results, extract_claims, extract_records
from dangjian.engine.verdicts import worst as dangjian_worst


def run(text: str):
    claims = extract_claims(clean_text(text), source="t")
    return claims, check_claims(claims)


def results(text: str):
    """The claims (as plain rows) and the checks as results, with their facts."""
    rows = extract_records(clean_text(text), source="t")
    return rows, check_results(rows)


def one(checks, kind: str, **where):
    """The one check of ``kind`` whose listed attributes (or facts) match."""
    found = [c for c in checks if c.kind == kind and all(getattr(c, k, c.facts.get(k)) == v for k, v in where.items())]
    assert len(found) == 1, [(c.kind, c.variant, c.observed) for c in checks]
    return found[0]


def rows_of(rows, check) -> list[str]:
    """The printed numbers a check names."""
    by_id = {row["claim_id"]: row["reported"] for row in rows}
    return [by_id[c] for c in check.claims]


def verdicts(text: str) -> dict[str, list[tuple[str, str]]]:
    """reported -> [(check, verdict)] for every claim a check names."""
    claims, checks = run(text)
    reported = dict(zip(claims["claim_id"], claims["reported"]))
    out: dict[str, list[tuple[str, str]]] = {}
    for row in checks.itertuples():
        for cid in row.claim_ids.split():
            out.setdefault(reported[cid], []).append((row.check, row.verdict))
    return out


def worst(text: str) -> dict[str, str]:
    return {k: dangjian_worst(v for _, v in vs) for k, vs in verdicts(text).items()}


# --- the issue's worked example --------------------------------------------------

ISSUE_EXAMPLE = (
    "本次调查共发放问卷430份,回收418份,其中有效问卷412份,有效率为95.81%。"
    "从年龄构成看,25岁以下的61人,占15.06%;26~35岁的148人,占36.54%;36~45岁的121人,占29.88%;"
    "46~55岁的52人,占12.84%;56岁以上的23人,占5.68%。"
)


def test_the_issues_example_accuses_nothing():
    claims, checks = run(ISSUE_EXAMPLE)
    assert "inconsistent" not in set(checks["verdict"])
    # 有效率 = valid / issued = 412 / 430 = 95.8140% -> 95.81%
    rate = checks[checks["check"] == "response_rate"].iloc[0]
    assert (rate["verdict"], rate["expected"]) == ("consistent", "95.81%")
    # the age counts add up to 61 + 148 + 121 + 52 + 23 = 405: every share is exact for 405 (7 skipped the question)
    shares = claims[claims["reported"].isin(["15.06%", "36.54%", "29.88%", "12.84%", "5.68%"])]
    assert set(shares["base"]) == {405} and shares["base_evidence"].str.startswith("item:").all()
    percent_of = checks[checks["check"] == "percent_of"]
    assert set(percent_of["verdict"]) == {"consistent_if"}
    assert all("item non-response" in a and "7 of the 412" in a for a in percent_of["assumption"])


def test_no_base_is_ever_smaller_than_a_count_of_its_question():
    # 41 of the 45 valid forms is 91.11%, printed 90.2%: 41/45.45 would give it, and no base below 41 may be offered
    text = "共回收有效问卷45份。认为满意的有41人,占90.2%;不满意的4人,占8.9%。"
    claims, checks = run(text)
    pairs = claims[claims["group_id"] != ""]
    for _group, rows in pairs.groupby("group_id"):
        counts = rows.loc[rows["kind"] == "count", "value"].astype(int)
        assert (rows["base"].dropna() >= counts.max()).all()
    check = one(results(text)[1], "percent_of", observed="90.2%")
    # 4/45 = 8.89% -> 8.9% fits 45, so 45 is the base: 100 × 41 / 45 = 91.1111%, not 90.2%
    assert (check.verdict, check.facts["k"], check.facts["n"], check.facts["exact"]) == ("inconsistent", 41, 45, "91.1111")


# --- one base per question ---------------------------------------------------------


def test_a_share_that_breaks_the_base_of_the_rest_of_its_question_is_inconsistent_with_the_reason():
    # 240/412 = 58.25%, 120/412 = 29.13%; 52/412 = 12.62%, printed 21.62% (two digits swapped)
    text = "共回收有效问卷412份。对“服务态度”,认为满意的有240人,占58.25%,一般的有120人,占29.13%,不满意的有52人,占21.62%。"
    _, checks = results(text)
    check = one(checks, "percent_of", observed="21.62%")
    assert check.verdict == "inconsistent"
    assert {"key": "digits_swapped", "value": "21.62", "printed": "12.62"} in check.facts["hints"]
    assert check.facts["context"] == {"key": "others_fit_many", "rest": 2, "n": 412}
    total = one(checks, "shares_sum")
    # 58.25 + 29.13 + 21.62 = 109 > 100: a scale (满意/一般/不满意) is single-select; the culprit is named alone
    assert total.verdict == "inconsistent" and total.claims == check.claims
    assert total.facts["blame"] == {"key": "culprits", "shares": ["21.62%"], "count": 1}


def test_a_dropped_digit_is_named():
    # 1084 / 1204 = 90.0332% -> 90.03%; printed 90.3%; 120 / 1204 = 9.9668% -> 9.97%
    text = "共入户调查1204户居民。知道可以报销的有1084户,占90.3%;不知道的120户,占9.97%。"
    check = one(results(text)[1], "percent_of", observed="90.3%")
    assert check.verdict == "inconsistent" and {"key": "digit_dropped", "value": "90.3", "printed": "90.03"} in check.facts["hints"]


def test_a_lone_share_beside_its_count_that_fits_no_base_of_the_text_is_inconsistent():
    # 100 × 61 / 310 = 19.68, printed 19.71 (61 -> 19.68, 62 -> 20.00); 310 is stated in the sentence
    assert worst("在310人参加的调查中,认为差的有61人,占19.71%。")["19.71%"] == "inconsistent"


def test_a_share_of_another_number_of_the_sentence_is_consistent_if():
    # 100 × 40 / 362 = 11.05, but 100 × 40 / 51 = 78.43: the share is of 51
    _, checks = run("共发放测评表362份,平均每乡镇发放51份,认为真实的达40份,占78.43%。")
    row = checks[checks["check"] == "percent_of"].iloc[0]
    assert row["verdict"] == "consistent_if" and "51" in row["assumption"]


def test_truncation_to_one_base_below_the_sample_is_a_finding_not_an_accusation():
    # shares of 298 truncated: 71/298 = 23.825 -> 23.82, 118/298 = 39.597 -> 39.59, 76/298 = 25.503 -> 25.50,
    # 25/298 = 8.389 -> 8.38, 8/298 = 2.684 -> 2.68; with 300 they would be 23.67, 39.33, 25.33, 8.33, 2.67
    text = "共回收有效问卷300份。从居住情况看,独居的占23.82%,与配偶同住的占39.59%,与子女同住的占25.50%,住养老机构的占8.38%,其他占2.68%。"
    claims, checks = run(text)
    shares = claims[claims["kind"] == "percent"]
    assert set(shares["base"]) == {298}
    assert shares["base_evidence"].str.contains("truncated").all()
    assert set(checks[checks["check"] == "grim_percent"]["verdict"]) == {"consistent_if"}


def test_pairs_that_fit_one_unprinted_base_say_so():
    # 120/298 = 40.268 -> 40.27, 90/298 = 30.201 -> 30.20, 88/298 = 29.530 -> 29.53 (sum 298); with 300: 40.00, 30.00, 29.33
    text = "共回收有效问卷300份。认为好的120人,占40.27%;较好的90人,占30.20%;一般的88人,占29.53%。"
    claims, checks = run(text)
    assert set(claims.loc[claims["kind"] == "percent", "base"]) == {298}
    assert "inconsistent" not in set(checks["verdict"])


def test_a_base_issued_is_named_as_an_assumption():
    # 17/340 = 5.00% of the forms issued; 17/310 = 5.48% of the valid ones
    text = "共发放问卷340份,回收有效问卷310份。认为较差的有17人,占5.00%。"
    _, checks = run(text)
    # one pair fits only the issued base: no accusation, the assumption named
    row = checks[checks["check"] == "percent_of"].iloc[0]
    assert row["verdict"] == "consistent_if" and "issued" in row["assumption"]


def test_a_sub_population_stated_in_the_sentence_is_the_base():
    # 54 / 72 = 75.00%
    claims, checks = run("共调查300人。在72名党员中,有54人参加过培训,占75.00%。")
    share = claims[claims["kind"] == "percent"].iloc[0]
    assert (share["base"], share["base_evidence"]) == (72, "stated: 在72名党员中")
    assert checks[checks["check"] == "percent_of"]["verdict"].tolist() == ["consistent"]


def test_a_sub_population_named_again_is_the_base():
    # 机关事业单位党员158人 … 机关事业单位党员中…占72.15% = 114/158 = 72.1519%
    text = "共回收有效问卷571份。农村党员236人,占41.33%;机关事业单位党员158人,占27.67%。在236名农村党员中,有157人喜欢现场教学,占66.53%;而机关事业单位党员中倾向于网络学习的占72.15%。"
    claims, checks = run(text)
    share = claims[claims["reported"] == "72.15%"].iloc[0]
    assert share["base"] == 158
    assert "inconsistent" not in set(checks["verdict"])


def test_a_count_above_the_base_stated_for_it_is_inconsistent():
    assert worst("在214名农村生源毕业生中,愿意回到县域就业的有231人。")["231"] == "inconsistent"


# --- bare shares ----------------------------------------------------------------------


def test_a_bare_share_impossible_for_a_base_that_the_rest_of_its_question_fits():
    # n = 45: 8/45 = 17.78, 23/45 = 51.11 fit; 31.25 does not (14/45 = 31.11, 15/45 = 33.33)
    text = "课题组对全县45名村党组织书记进行了专项问卷调查。关于培训时长,希望在3天以内的占17.78%,希望3~5天的占51.11%,希望5天以上的占31.25%。"
    w = worst(text)
    assert (w["17.78%"], w["51.11%"], w["31.25%"]) == ("consistent", "consistent", "inconsistent")


def test_a_lone_bare_share_with_only_an_inferred_base_is_never_accused():
    # 93.5% is not k/300 for any k (280 -> 93.33, 281 -> 93.67): it has another base
    _, checks = results("共调查300人。群众满意率为93.5%。")
    (check,) = checks
    # the smallest bases that give 93.5%: 29/31 = 93.548, 43/46 = 93.478, 58/62 = 93.548, 72/77 = 93.506
    assert (check.verdict, check.variant) == ("consistent_if", "misfit_other_base")
    assert check.facts["hints"] == [{"key": "bases_would_give", "bases": [31, 46, 62, 77]}]


def test_a_bare_share_impossible_for_the_base_stated_in_its_sentence():
    # in 45: 31.25% is impossible (14/45 = 31.11, 15/45 = 33.33)
    assert worst("在45名书记中,认为满意的占31.25%。")["31.25%"] == "inconsistent"


def test_no_base_is_not_checkable():
    _, checks = run("满意率为93.5%。")
    assert checks[["check", "verdict"]].values.tolist() == [["no_base", "not_checkable"]]


# --- sums of one question ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 50 + 30 + 20 = 100
        ("共调查300人。对“工作满意度”,认为满意的有150人,占50%,基本满意的有90人,占30%,不满意的有60人,占20%。", ("100%", "consistent")),
        # a marked multi-select question may add to more than 100%
        ("共调查300人。对“存在问题”(可多选),选择甲的占70%,选择乙的占60%。", ("130%", "consistent")),
        # unmarked and with no sign of one single-select question: several answers or questions, not an error
        ("共调查300人。选择学习理论的占70%,选择参加实践的占60%。", ("130%", "consistent_if")),
        # a breakdown of respondents is single-select: 40 + 35 + 28 = 103 > 100 + 3 × 0.5
        ("共调查300人。从学历看,初中以下的占40%,高中的占35%,大专以上的占28%。", ("103%", "inconsistent")),
    ],
)
def test_shares_of_one_question_add_up(text, expected):
    _, checks = run(text)
    assert tuple(checks[checks["check"] == "shares_sum"][["observed", "verdict"]].iloc[0]) == expected


def test_two_breakdowns_in_one_sentence_are_two_questions():
    # sex: 197 + 113 = 310 (100%); age: 94 + 121 + 95 = 310 (100%): together 200%, split where the shares reach 100
    text = "在310名受访干部中,男性197人,占63.55%,女性113人,占36.45%,35岁及以下的94人,占30.32%,36~45岁的121人,占39.03%,46岁及以上的95人,占30.65%。"
    claims, checks = run(text)
    groups = claims[claims["kind"] == "percent"].groupby("group_id")["reported"].apply(list).tolist()
    assert groups == [["63.55%", "36.45%"], ["30.32%", "39.03%", "30.65%"]]
    assert set(checks["verdict"]) == {"consistent"}


def test_a_subtotal_share_is_checked_against_the_shares_it_adds():
    # 102/310 = 32.90, 108/310 = 34.84, 两项合计 67.74 = 32.90 + 34.84; 83/310 = 26.77, 17/310 = 5.48
    text = "共回收有效问卷310份。认为“好”的有102人,占32.90%;认为“较好”的有108人,占34.84%,两项合计占67.74%;认为“一般”的83人,占26.77%;认为“较差”的17人,占5.48%。"
    _, checks = run(text)
    assert checks[checks["check"] == "subtotal"]["verdict"].tolist() == ["consistent"]
    # the subtotal is left out of the sum: 32.90 + 34.84 + 26.77 + 5.48 = 99.99
    assert checks[checks["check"] == "shares_sum"]["observed"].tolist() == ["99.99%"]
    assert "inconsistent" not in set(checks["verdict"])


# --- stated totals, changes, rates, means, tables -------------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # 2 + 3 + 11 + 1 + 5 = 22, not 32, after "其中:" (a list of the whole)
        ("全县共对32名负责人进行了调整或免职,其中:调整2名书记、3名副书记、11名支部书记,免去1名副书记、5名支部书记的职务。", "inconsistent"),
        # 98 + 37 = 135
        ("全县共清理工作群和政务APP 135个,其中工作群98个、政务APP 37个。", "consistent"),
        # 其中 with two parts that need not be all: 35 + 12 < 120
        ("全镇共有党员120名,其中女党员35名、少数民族党员12名。", "consistent_if"),
        # parts after the total's own noun: 12 + 5 + 2 = 19 > 18
        ("全镇18个村党支部中,达到要求的12个、基本达到的5个、尚有较大差距的2个。", "inconsistent"),
        # parts, then the total: 52 + 48 = 100
        ("男性52人,女性48人,合计100人。", "consistent"),
    ],
)
def test_stated_totals_against_their_parts(text, verdict):
    _, checks = run(text)
    assert checks[checks["check"] == "stated_total"]["verdict"].tolist() == [verdict]


def test_the_sample_statement_is_not_a_total_of_its_subsets():
    # returned and valid are nested, not parts: 418 + 412 > 430 is no error; each is within the one before it
    _, checks = run("共发放问卷430份,其中回收418份,有效问卷412份。")
    assert checks[["check", "verdict", "expected", "observed"]].values.tolist() == [
        ["part_of_base", "consistent", "<= 430", "418"], ["part_of_base", "consistent", "<= 418", "412"]]


def test_more_questionnaires_valid_than_issued_is_inconsistent():
    _, checks = run("本次调查共发放问卷300份,回收有效问卷320份。")
    assert checks[["check", "verdict", "expected", "observed"]].values.tolist() == [["part_of_base", "inconsistent", "<= 300", "320"]]
    # a count of people surveyed is no step of the questionnaires: nothing to chain
    assert run("共调查400人,发放问卷380份。")[1].empty


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("满意度由45.2%提高到48.4%,提高了3.2个百分点。", "consistent"),  # 48.4 - 45.2 = 3.2
        ("满意度由45.2%提高到48.4%,提高了3.5个百分点。", "inconsistent"),  # 3.2, not 3.5 (± 0.15)
        ("满意度比上年提高了3.5个百分点。", "not_checkable"),  # one share is not printed
    ],
)
def test_percentage_point_changes(text, verdict):
    _, checks = run(text)
    assert checks[checks["check"] == "points_change"]["verdict"].tolist() == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("共发放问卷600份,回收587份,回收率为97.83%。", "consistent"),  # 587/600 = 97.8333
        ("共发放问卷600份,回收587份,其中有效问卷571份,有效率95.17%。", "consistent"),  # 571/600 = 95.1667
        ("发放问卷560份,回收541份,有效问卷526份,有效率为97.23%。", "consistent"),  # valid / returned: 526/541 = 97.2274
        ("共发放问卷600份,回收587份,回收率为98.83%。", "inconsistent"),  # 97.83, not 98.83
        ("回收率为97.83%。", "not_checkable"),
    ],
)
def test_response_rates_are_shares_of_the_questionnaires_issued(text, verdict):
    _, checks = run(text)
    assert checks[checks["check"] == "response_rate"]["verdict"].tolist() == [verdict]


def test_a_rate_of_two_counts_of_its_sentence():
    # 2089 / 2137 = 97.7539% -> 97.75%
    _, checks = run("网格员累计上报各类事件2137件,办结2089件,办结率97.75%。")
    assert checks[checks["check"] == "rate_of_counts"]["verdict"].tolist() == ["consistent"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # 3.47 × 28 = 97.16: 97/28 = 3.4643, 98/28 = 3.5: no integer total; n and a 1-5 scale are stated
        ("平均得分3.47分(n=28),采用1~5分计分。", "inconsistent"),
        # 3.50 = 98/28
        ("平均得分3.50分(n=28),采用1~5分计分。", "consistent"),
        # no scale stated: the scores need not be whole numbers
        ("平均得分3.47分(n=28)。", "not_checkable"),
        # n only from a sample statement elsewhere: possible if n differs
        ("共调查28人。第二部分。采用1~5分计分。平均得分3.47分。", "consistent_if"),
    ],
)
def test_mean_scores_on_an_integer_scale(text, verdict):
    _, checks = run(text)
    assert checks[checks["check"] == "grim_mean"]["verdict"].tolist() == [verdict]


def test_flattened_table_columns_against_the_forms_issued():
    # column 1: 53 + 15 = 68 = 68; column 2: 41 + 27 = 68 > 64; column 3: 51 + 13 = 64 < 68 (4 unanswered)
    text = "情况表发放(份)68 64 68真实53 41 51不真实15 27 13。"
    _, checks = run(text)
    assert checks[checks["check"] == "table_column_sum"]["verdict"].tolist() == ["consistent", "inconsistent", "consistent_if"]


def test_the_bundled_report_automatic_audit_finds_the_total_and_the_table_column(cleaned):
    inconsistent = [c for c in check_results(extract_records(cleaned, source="report")) if c.verdict == "inconsistent"]
    assert [c.kind for c in inconsistent] == ["table_column_sum", "stated_total"]
    # column 6 of the table: 24 + 14 + 0 + 0 = 38 answers on 36 forms; 2 + 3 + 11 + 1 + 5 = 22 of the 32 dismissed
    assert {k: inconsistent[0].facts[k] for k in ("parts", "sum", "forms", "gap")} == {"parts": ["24", "14", "0", "0"], "sum": 38, "forms": 36, "gap": 2}
    assert {k: inconsistent[1].facts[k] for k in ("parts", "sum", "total", "gap")} == {"parts": ["2", "3", "11", "1", "5"], "sum": 22, "total": 32, "gap": 10}


def test_checks_name_only_the_claims_they_judge():
    # the share is judged; its count is named in the explanation, not in claim_ids
    rows, checks = results("在310人参加的调查中,认为差的有61人,占19.71%。")
    check = one(checks, "percent_of")
    share_id = next(r["claim_id"] for r in rows if r["reported"] == "19.71%")
    count_id = next(r["claim_id"] for r in rows if r["reported"] == "61")
    assert check.claims == (share_id,) and check.facts["count_id"] == count_id


def test_every_check_carries_its_claims_group():
    claims, checks = run(ISSUE_EXAMPLE)
    group_of = dict(zip(claims["claim_id"], claims["group_id"]))
    for row in checks.itertuples():
        assert {group_of[c] for c in row.claim_ids.split()} == {row.group_id}


def test_a_base_stated_with_a_verb_before_it_is_the_sentence_base():
    # "在走访的450户家庭中": the 450 households visited are the base; 36/450 = 8.00%, and 8.3% fits
    # no k/450 (37/450 = 8.22%, 38/450 = 8.44%)
    claims, checks = run("共调查300人。在走访的450户家庭中,有36户享受低保,占8.00%,住房困难的占8.3%。")
    share = claims[claims["reported"] == "8.00%"].iloc[0]
    assert share["base"] == 450 and share["base_evidence"] == "stated: 在走访的450户家庭中"
    assert worst("共调查300人。在走访的450户家庭中,有36户享受低保,占8.00%,住房困难的占8.3%。")["8.3%"] == "inconsistent"


def test_a_named_rate_beside_a_stated_population_is_consistent_only_if_it_is_of_that_population():
    # 861/921 = 93.49% prints as 93.5%; but 满意率 is the masses' rating, whose base the sentence does not give
    check = one(results("在走访的921个乡村党组织中,群众满意率为93.5%。")[1], "grim_percent")
    assert (check.verdict, check.variant, check.facts["word"], check.facts["n"]) == ("consistent_if", "fit_if_rate_base", "满意率", 921)
    # the same share with no rate word is a share of the stated 921 (GRIM alone, consistent)
    assert worst("在走访的921个乡村党组织中,有93.5%已完成换届。")["93.5%"] == "consistent"


def test_parts_of_two_populations_named_together_are_checked_against_both():
    # "6个部门党委和26个部门党组中": 2 + 11 = 13 is within 6 + 26 = 32; it is not a list that should make up 26
    check = one(results("通过走访了解,6个部门党委和26个部门党组中,有2个部门党委书记对工作不熟悉,有11个党组书记没有履行好职责。")[1], "stated_total")
    assert (check.verdict, check.facts["named"], check.facts["total"], check.facts["sum"]) == ("consistent", ["6", "26"], 32, 13)
    # more parts than both together can hold is an error whatever part is of which
    _, checks = run("通过走访了解,6个部门党委和26个部门党组中,有9个部门党委书记对工作不熟悉,有25个党组书记没有履行好职责。")
    assert checks[checks["check"] == "stated_total"].iloc[0]["verdict"] == "inconsistent"


# --- a careful auditor's bases (issue 28): the sample as real pages state it, bases the shares establish ----------------


def test_a_share_that_fits_only_when_truncated_is_named_not_accused():
    # 185/928 = 19.9353%: half up 19.94, truncated 19.93; 345/928 = 37.1767 -> 37.18 needs rounding: the question is rounded,
    # this one share truncated (and the four then add up to 100.00)
    text = "样本户籍人口:未成年人口185人,占比为19.93%;青年人口345人,占比为37.18%;中年人口188人,占比为20.26%;老年人口210人,占比为22.63%。"
    check = one(results(text)[1], "percent_of", observed="19.93%")
    assert (check.verdict, check.facts["mode"], check.facts["printed"]) == ("consistent_if", "trunc", "19.93")


def test_no_base_up_to_the_stated_sample_fits_a_single_choice_question():
    # 449 members: 243/449 = 54.12, 244/449 = 54.34 (not 54.32); 142/449 = 31.63, 143/449 = 31.85 (not 31.76); 62/449 = 13.81,
    # 63/449 = 14.03 (not 13.92); and no base up to 449 gives the three together (the smallest is 740); 参加 / 没有参加 exclude
    # each other, so the question is single-choice and each share is inconsistent
    text = ("对全国31个省的252个村的449位农村党员进行了问卷调查。调查显示,有54.32%的受访党员参加了选举投票,有31.76%的受访党员没有参加投票,"
            "有13.92%的受访党员记不清是否参加投票。")
    checks = results(text)[1]
    for value in ("54.32%", "31.76%", "13.92%"):
        check = one(checks, "grim_percent", reported=value)
        assert (check.verdict, check.variant, check.facts["n"]) == ("inconsistent", "misfit_no_base_below", 449)
        assert check.facts["above"] == [{"key": "smallest_above", "n": 740}]
        assert check.facts["form"]["key"] == "form_negation"


def test_a_question_whose_counts_add_up_below_the_sample_has_its_own_base():
    # every age share fits 1001, but their counts 126 + 368 + 308 + 198 add up to 1000, not 1001: a breakdown by age lists every
    # answer, so one member did not answer; 1000 fits all four and adds up (item non-response)
    text = "在1001个调查问卷样本中,青年党员(18—30周岁)占12.6%,中青年党员(30—45周岁)占36.8%,中年党员(45—60周岁)占30.8%,老年党员(60周岁以上)占19.8%。"
    rows, checks = results(text)
    assert {r["base"] for r in rows if r["kind"] == "percent"} == {1000}
    assert {c.verdict for c in checks if c.kind == "grim_percent"} == {"consistent_if"}


def test_shares_of_different_attributes_in_one_sentence_are_not_one_question():
    # 73.2% have a college education, 88% joined after 1979: two attributes, not a single-choice question adding to 161%
    text = "在1001个调查问卷样本中,大专以上学历党员占73.2%,在1979年以后入党的党员占88%。"
    assert "inconsistent" not in {c.verdict for c in results(text)[1]}


def test_whole_percent_shares_of_100_are_exact_counts_with_no_rounding_slack():
    # n = 100, whole percents: each share is a count; 31 + 27 + 25 + 19 = 102 answers of 100 (a flat slack of 4 × 0.5 would allow it)
    text = "共调查100名志愿者。您是否参加过社区志愿服务?经常参加的占31%,偶尔参加的占27%,很少参加的占25%,从未参加的占19%。"
    check = one(results(text)[1], "shares_sum")
    assert (check.verdict, check.variant, check.facts["answers"], check.facts["n"]) == ("inconsistent", "over_counts", 102, 100)
    twin = "共调查100名志愿者。志愿服务频率:每周参加的占31%,每月参加的占27%,每季度参加的占25%,每年参加的占17%。"
    assert one(results(twin)[1], "shares_sum").verdict == "consistent"


PAGE_27 = ("1.您对本次培训的总体评价:非常满意44.44%,满意37.04%,一般14.81%,不满意3.70%。"
           "2.您对授课老师的评价:非常满意51.85%,满意33.33%,一般11.11%,不满意3.70%。"
           "3.您对培训内容的评价:非常满意40.74%,满意29.63%,一般22.22%,不满意7.41%。"
           "4.您对培训时间安排的评价:非常满意33.33%,满意48.15%,一般{last}%,不满意3.70%。")


def test_a_base_that_the_page_establishes_accuses_the_share_that_breaks_it():
    # no n is printed; 15 of the 16 two-decimal shares are k/27 (12/27 = 44.44, 10/27 = 37.04, 4/27 = 14.81, 1/27 = 3.70 …);
    # 14.82 is not (4/27 = 14.8148): the page's base is 27 beyond chance, and 14.82 breaks it; it was moved by 0.01 so
    # that its question adds up to exactly 100.00 (33.33 + 48.15 + 14.82 + 3.70)
    checks = results(PAGE_27.format(last="14.82"))[1]
    check = one(checks, "grim_percent", reported="14.82%")
    assert (check.verdict, check.facts["role"], check.facts["n"]) == ("inconsistent", "page", 27)
    assert check.facts["hints"][0] == {"key": "forced_to_hundred", "value": "14.82", "k": 4, "n": 27, "printed": "14.81", "sum": "99.99", "by": "0.01"}
    # the twin, every share k/27: nothing accused, every share decided
    twin = results(PAGE_27.format(last="14.81"))[1]
    assert {c.verdict for c in twin if c.kind == "grim_percent"} == {"consistent"}


@pytest.mark.parametrize("text, base, verdict", [
    # 1/5, 2/5, 2/5 with two decimals: base 5 fits by accident with chance 5 × (6/10000)**3 ≈ 1e-9: established
    ("喜欢的占20.00%,一般的占40.00%,不喜欢的占40.00%。", 5, "consistent"),
    # two whole percents: 5 is the smallest base that fits, but a chance of 5 × (6/100)**2 = 0.018 establishes nothing
    ("喜欢的占20%,不喜欢的占80%。", 5, "consistent_if"),
])
def test_with_no_base_printed_the_smallest_base_of_the_question_is_named(text, base, verdict):
    rows, checks = results(text)
    assert {r["base"] for r in rows if r["kind"] == "percent"} == {base}
    assert {c.verdict for c in checks if c.kind == "grim_percent"} == {verdict}


def test_shares_of_weighted_data_are_not_checked_by_grim():
    # 45.3% is no k/400 (181/400 = 45.25, 182/400 = 45.50), but the data are weighted: a weighted share is no count over n
    text = "本次调查数据经过加权处理。共调查400人。满意的占45.3%,一般的占33.1%,不满意的占21.6%。"
    checks = results(text)[1]
    share = one(checks, "grim_percent", reported="45.3%")
    assert (share.verdict, share.variant) == ("not_checkable", "weighted") and "加权" in share.facts["words"]
    assert one(checks, "shares_sum").verdict == "consistent"  # weighted shares still add up to 100%
    assert "inconsistent" not in {c.verdict for c in checks}


def test_counts_in_brackets_after_a_part_are_its_parts_not_the_totals():
    # 共8例失访: 5 (观察组) + 3 (对照组) = 8; the bracketed 2 + 3 are the 5's, not more parts of the 8
    checks = results("随访6个月,共8例失访,其中观察组5例(2例搬迁,3例拒访),对照组3例。")[1]
    totals = sorted((c.facts["total"], c.facts["parts"], c.verdict) for c in checks if c.kind == "stated_total")
    assert totals == [(5, ["2", "3"], "consistent"), (8, ["5", "3"], "consistent")]


def test_the_t_of_two_means_is_recomputed_from_them():
    # (7.12 − 7.64) over the spread of 0.86 and 0.93 with 45 and 47: t = 2.71-2.86 (pooled or Welch's, over rounding), not 3.715
    text = "观察组45例,对照组47例。干预后观察组糖化血红蛋白(7.12±0.86)%,对照组(7.64±0.93)%,两组比较t=3.715,P=0.000。"
    check = one(results(text)[1], "t_recomputed")
    assert (check.verdict, check.variant, check.facts["n1"], check.facts["n2"]) == ("inconsistent", "misfit", 45, 47)
    assert check.facts["t"] == pytest.approx([2.71, 2.86], abs=0.01)
    # with no group sizes: 95.6 ± 1.5 against 80.8 ± 1.1 gives t >= 10.77 even with two per group, and t grows with n
    text = "实验组评分为(95.6±1.5)分,对照组评分为(80.8±1.1)分,实验组显著高于对照组(t=5.365,P=0.000)。"
    check = one(results(text)[1], "t_recomputed")
    assert (check.verdict, check.variant) == ("inconsistent", "misfit_any_n") and check.facts["t_least"] == pytest.approx(10.77, abs=0.01)


def test_the_survey_sample_is_the_size_of_neither_of_two_groups():
    # boys and girls of 612: (46.11 ± 9.71) against (44.91 ± 10.03) gives t = 2.11-2.15 if each group were 612, but the
    # groups are 323 and 289 (t = 1.49-1.52); with their sizes not printed beside the means, the t is not recomputed
    text = ("共调查初中生612名。男生倦怠总分(46.11±9.71)分,女生(44.91±10.03)分,差异有统计学意义(t=1.50,P<0.05)。")
    checks = results(text)[1]
    assert not [c for c in checks if c.kind == "t_recomputed" and c.verdict == "inconsistent"]
    assert one(checks, "decision_error").verdict == "inconsistent"  # t = 1.50 gives p > 0.13 for every df: the P is wrong


def test_a_question_run_into_the_next_ones_prompt_is_rebuilt():
    # the scrape lost the line break after 14.82%: "东城区占14.82%您的年龄?" — 14.82% is the last answer of the first
    # question (its four shares add up to 100%), not a question of its own with no base
    text = ("本次调查共回收有效问卷270份。\n您居住在哪个区?\n西城区占25.19%\n南城区占30.00%\n北城区占29.99%\n东城区占14.82%您的年龄?\n"
            "18-30岁占20.00%\n31-45岁占35.19%\n46-60岁占30.37%\n60岁以上占14.44%")
    rows, checks = results(text)
    groups = {row["reported"]: row["group_id"] for row in rows}
    assert groups["14.82%"] == groups["25.19%"] != groups["20.00%"]
    first = [c for c in checks if c.kind == "shares_sum" and rows_of(rows, c)[0] == "25.19%"]
    assert len(first) == 1 and rows_of(rows, first[0]) == ["25.19%", "30.00%", "29.99%", "14.82%"]
    # a share followed by words that go on with its own sentence is not cut ("占14.82%的人认为…?")
    from dangjian.engine.records import sentences_of

    kept = "其中占14.82%的人认为您的服务好吗?"
    assert sentences_of(kept) == [(0, len(kept))]


def test_a_list_of_counts_then_its_sum_after_gong():
    # "专职网格员153名、兼职网格员289名,共442名网格员": 153 + 289 = 442, and the parts are judged with the total
    rows, checks = results("全街道配备专职网格员153名、兼职网格员289名,共442名网格员。")
    check = one(checks, "stated_total")
    assert (check.verdict, check.variant, sorted(rows_of(rows, check))) == ("consistent", "equal", ["153", "289", "442"])
    # 共 may total things that overlap or a list that names only some: a list that does not add up exactly is not grouped
    assert results("参加培训的120人、参加考试的98人,共180人次参与。")[1] == []


def test_a_count_beside_its_group_is_judged_with_its_share():
    # "男生检出率30.03%(97/323)": 97 <= 323 and 323 <= the 612 surveyed are facts the share's check rests on
    rows, checks = results("共发放问卷650份,回收有效问卷612份。男生检出率30.03%(97/323),女生24.57%(71/289)。")
    judged = {rows_of(rows, c)[0]: c.verdict for c in checks if c.kind == "part_of_base"}
    assert judged == {"612": "consistent", "97": "consistent", "323": "consistent", "71": "consistent", "289": "consistent"}


_PAGE_OF_27THS = ("1.您的性别?男占55.56%,女占44.44%。\n2.您的年龄?30岁以下占18.52%,30-50岁占51.85%,50岁以上占29.63%。\n"
                  "3.您的文化程度?初中占40.74%,高中占33.33%,大专以上占25.93%。\n4.您对培训是否满意?满意占40.00%,一般占33.33%,不满意占26.67%。\n"
                  "5.您参加培训的次数?1次占14.81%,2次占37.04%,3次以上占48.15%。")


def test_the_base_of_a_page_of_27ths_is_27_for_every_question_it_explains():
    # 55.56% and 44.44% fit 9 as well as 27: the page's 27, which every other question's shares establish, is the base
    rows, checks = results(_PAGE_OF_27THS)
    bases = {row["reported"]: row["base"] for row in rows if row["kind"] == "percent"}
    assert bases["55.56%"] == bases["44.44%"] == bases["14.81%"] == 27
    # 40.00 / 33.33 / 26.67 fit no 27 but establish 15 of their own: consistent only if 15 of the 27 answered, not accused
    own = [c for c in checks if c.kind == "grim_percent" and rows_of(rows, c)[0] in ("40.00%", "26.67%")]
    assert [(c.verdict, c.facts["n"]) for c in own] == [("consistent_if", 15), ("consistent_if", 15)]
    assert "only 15 answered this question" in own[0].assumption
    # "1次占14.81%" is the share who came once: the 1 is the answer's label, no count of respondents
    assert not [c for c in checks if c.verdict == "inconsistent"]
    assert not [c for c in checks if c.kind == "part_of_base"]


def test_one_survey_one_pool_the_smallest_base_of_the_whole_text():
    # whole percents of 58 respondents (37, 11, 10 / 32, 26 / 34, 17, 7 / 38, 20 of 58, from printed_share): each question
    # alone fits a smaller base by chance, not established; the smallest base all of them fit is the better guess, named
    text = ("线上问卷结果如下:对项目的总体评价,满意的占64%,基本满意的占19%,不满意的占17%。您是否知道服务清单?知道55%,不知道45%。"
            "对服务态度,评价好的59%,较好的29%,一般的12%。您是否参加过议事活动?参加过66%,没有参加过34%。")
    rows, checks = results(text)
    assert {row["base"] for row in rows if row["kind"] == "percent"} == {58}
    assert {c.verdict for c in checks if c.kind == "grim_percent"} == {"consistent_if"}
    assert "all 10 shares of the text's questions" in next(row["base_evidence"] for row in rows if row["kind"] == "percent")


def test_a_poll_printed_as_a_platform_does_its_votes_in_brackets():
    # "支持[41票] 48.81%": the votes in brackets are the share's count; the rows of a poll are one question
    text = "投票人总数:84\n1.您对方案的态度是?(单选)\n支持[41票] 48.81%\n基本支持[23票] 27.38%\n不支持[14票] 16.67%\n无所谓[6票] 7.14%\n"
    rows, checks = results(text)
    fits = [c for c in checks if c.kind == "percent_of"]
    assert [(c.verdict, c.facts["k"], c.facts["n"]) for c in fits] == [("consistent", 41, 84), ("consistent", 23, 84), ("consistent", 14, 84), ("consistent", 6, 84)]
    assert len({row["group_id"] for row in rows if row["kind"] == "percent"}) == 1


def test_one_p_after_a_list_of_tests_is_the_p_of_each():
    # "t=5.48和8.70,P<0.01": both tests are judged against the one p (without df: over every df)
    rows, checks = results("男女生得分差异显著(t=5.48和8.70,P<0.01)。")
    judged = sorted(rows_of(rows, c)[0] for c in checks if c.kind == "test_p")
    assert judged == ["8.70", "t=5.48"] and {c.verdict for c in checks if c.kind == "test_p"} == {"consistent_if"}


def test_a_correlation_takes_its_df_from_the_n_beside_it():
    # r = 0.35 with n = 120: df = 118, t = 0.35·√118 / √(1 − 0.35²) = 4.06, p ≈ 7e-5, which P<0.01 allows
    rows, checks = results("倦怠总分与自我效能感呈负相关(r=-0.35,n=120,P<0.01)。")
    check = one(checks, "test_p")
    assert (check.verdict, check.facts["df"]) == ("consistent", {"key": "df_correlation", "n": 120, "df": 118})


def test_a_p_whose_sign_was_lost_passes_only_as_an_assumption_and_is_never_accused():
    # "P0.01": the sign was lost in the scrape and is read as "<"; a fit is consistent_if (read so), a misfit not_checkable
    rows, checks = results("两组比较差异有统计学意义(t(98)=5.48,P0.01)。")
    fit = one(checks, "test_p")
    assert fit.verdict == "consistent_if" and "P0.01 read as printed" in fit.assumption
    rows, checks = results("两组比较差异有统计学意义(t(98)=1.20,P0.01)。")
    assert {(c.kind, c.variant, c.verdict) for c in checks} == {("decision_error", "uncertain_reading", "not_checkable")}


def test_a_ratio_against_the_two_numbers_it_divides():
    # 120 / 92 = 1.3043 prints as 1.3; 62.5% / 25.0% = 2.5 (over their rounding)
    rows, checks = results("受访者中男性120人,女性92人,男女比例为1.3:1。网上办理的市民比例为62.5%,是2018年(25.0%)的2.5倍。")
    fits = [(c.verdict, c.facts["a"], c.facts["b"]) for c in checks if c.kind == "ratio_of_numbers"]
    assert fits == [("consistent", "120", "92"), ("consistent", "62.5%", "25.0%")]
    # two counts and a ratio neither order gives: 120/92 = 1.30, 92/120 = 0.77, not 1.5
    check = one(results("受访者中男性120人,女性92人,男女比例为1.5:1。")[1], "ratio_of_numbers")
    assert (check.verdict, check.variant, check.facts["exacts"]) == ("inconsistent", "misfit", ["1.3043", "0.7667"])
    # more than two numbers (which two it divides is not certain), a growth (增长了2.5倍 may mean 3.5 times) or a
    # fraction of whole numbers (3:2) is never accused
    assert not [c for c in results("甲村120人,乙村92人,丙村40人,比例为1.5:1。")[1] if c.kind == "ratio_of_numbers"]
    assert not [c for c in results("去年20人,今年70人,增长了2.5倍。")[1] if c.verdict == "inconsistent"]
    assert not [c for c in results("男性120人,女性92人,男女比例为3:2。")[1] if c.kind == "ratio_of_numbers"]


def test_the_groups_of_a_study_against_its_total_and_their_sexes():
    rows, checks = results("选取患者108例,按入院顺序分为观察组和对照组,每组54例。观察组男29例,女25例;对照组男27例,女27例。")
    arms = [(c.kind, c.variant, c.verdict) for c in checks]
    assert arms == [("arms_total", "equal", "consistent"), ("arms_sexes", "equal", "consistent"), ("arms_sexes", "equal", "consistent")]
    # three groups of 40 are 120; 29 + 27 men and women are 56, not the group's 54
    checks = results("纳入患者110例,分为A组、B组和C组,各40例。A组男29例,女27例。")[1]
    assert [(c.kind, c.variant, c.verdict, c.facts.get("product", c.facts.get("sum"))) for c in checks] == [
        ("arms_total", "more", "inconsistent", 120), ("arms_sexes", "differ", "inconsistent", 56)]
    # fewer in the groups than the total: some were not allocated, an assumption, not an error
    check = one(results("共入组100例,随机分为两组,每组48例。")[1], "arms_total")
    assert (check.verdict, check.facts["gap"]) == ("consistent_if", 4)


def test_a_count_whose_share_lost_its_digits_is_still_an_answer_of_its_question():
    # "认为效果不明显的44人(%)": 44 is judged against the question's base (139 + 127 + 44 = 310), not left without a check
    rows, checks = results("共回收有效问卷310份。139人(44.84%)认为效果明显,127人(40.97%)认为有一定效果,认为效果不明显的44人(%)。")
    within = [c for c in checks if c.kind == "part_of_base" and rows_of(rows, c) == ["44"]]
    assert [(c.verdict, c.facts["n"]) for c in within] == [("consistent", 310)]
    # a count with its own share is no orphan, and a count of another unit is not taken
    assert not [c for c in results("共回收有效问卷310份。其中发放资料44份(%)。")[1] if c.kind == "part_of_base"]


def test_a_total_score_range_printed_after_the_item_range_is_the_means_range():
    # "每项0~2分,总分0~100分": a mean of 38.47 is of totals from 0 to 100 (1654/43), not of items on 0~2 — misreading that
    # accused every mean of a real paper
    rows, checks = results("选取患者86例,分为观察组和对照组,各43例。采用FMA评定,包括上肢33项、下肢17项,每项0~2分,总分0~100分。"
                           "干预前,观察组FMA评分(38.47±6.25)分,对照组(38.91±6.03)分。")
    fits = [c for c in checks if c.kind == "grimmer"]
    assert [(c.verdict, c.facts["data"]) for c in fits] == [("consistent", {"key": "total_range", "lo": 0, "hi": 100})] * 2
    # items counted wrongly (the mean is above what they could give): whole-number totals, no range, never the item's
    rows, checks = results("共调查45人。量表共3个条目,每个条目1~5分。总得分(38.47±6.25)分。")
    assert [c.verdict for c in checks if c.kind == "grimmer"] != ["inconsistent"]


def test_a_platforms_count_of_answers_after_a_questions_rows_is_its_base():
    # 问卷星: "本题有效填写人次 53" after the rows of a question that only 53 were asked (依赖于第3题第3个选项)
    text = ("有效答卷:156\n第4题 您不在助餐点用餐的主要原因是: [单选题]\n依赖于第3题第3个选项\n选项\t小计\t比例\n不知道有助餐点\t14\t26.42%\n"
            "价格偏高\t11\t20.75%\n口味不合适\t17\t30.19%\n距离太远\t8\t15.09%\n其他\t3\t5.66%\n本题有效填写人次\t53\n\n第5题 您希望")
    rows, checks = results(text)
    assert {row["base"] for row in rows if row["kind"] == "percent"} == {53}
    # and on that base the one share its count cannot give is found: 17/53 = 32.08%, not 30.19%
    assert [rows_of(rows, c) for c in checks if c.verdict == "inconsistent"] == [["30.19%"]]


def test_a_rate_divides_only_the_counts_of_its_own_clause():
    # 287 and 420 are two age groups' sizes: 支持率 56.4% is a share of the 420 (237/420), not 287/420
    rows, checks = results("共成功访问1,026名市民。18至34岁的受访者(287人)中支持率达61.3%;35至54岁受访者(420人)支持率为56.4%。")
    assert not [c for c in checks if c.verdict == "inconsistent"]


def test_a_change_in_points_joins_the_share_of_the_sentence_before_that_names_the_same_answer():
    # 46.3% say 愿意 (not 不愿意, 20.9%): 46.3 - 37.4 = 8.9, not the printed 9.9; no share of that sentence gives 9.9
    text = ("对于是否愿意回乡发展,46.3%的受访青年表示愿意,32.9%表示不确定,20.9%表示不愿意。"
            "与2022年同类调查的37.4%相比,表示愿意的比例上升了{}个百分点。")
    check = one(results(text.format("9.9"))[1], "points_change")
    assert (check.verdict, check.facts["after"], check.facts["before"]) == ("inconsistent", "46.3", "37.4")
    assert one(results(text.format("8.9"))[1], "points_change").verdict == "consistent"
    # the words name none of the shares of the sentence before: nothing is said
    other = "满意的占54.9%,一般的占31.2%。与去年的48.6%相比,支持率上升了6.3个百分点。"
    assert one(results(other)[1], "points_change").verdict == "not_checkable"


def test_a_part_of_a_group_named_by_a_demonstrative_is_within_it():
    # "这35名重点培养对象中…有41人": 41 of 35 cannot be
    check = one(results("选出35名作为重点培养对象,这35名重点培养对象中参加过县级以上集中培训的有41人;另有9人进入班子。")[1], "part_of_base")
    assert (check.verdict, check.facts["n"], check.facts["count"]) == ("inconsistent", 35, "41")
    # the clause ends the group: a count after the semicolon is another subject's
    checks = results("这35名重点培养对象中参加过培训的有20人;全镇共有干部48人。")[1]
    assert [(c.verdict, c.facts["count"]) for c in checks if c.kind == "part_of_base"] == [("consistent", "20")]


def test_a_rate_defined_by_the_answers_it_adds_up_is_their_subtotal():
    # "总体满意率(非常满意+满意)达81.9%": 134 + 143 = 277 of 347 is 79.8%, not 81.9%
    text = ("共回收有效问卷347份。对本村垃圾分类工作,表示“非常满意”的134户,占38.6%;“满意”的143户,占41.2%;“一般”的52户,占15.0%;"
            "“不满意”的18户,占5.2%。总体满意率(非常满意+满意)达{}%。")
    rows, checks = results(text.format("81.9"))
    check = one(checks, "subtotal")
    assert (check.verdict, check.facts["k"], check.facts["n"], check.facts["printed"]) == ("inconsistent", 277, 347, "79.8")
    assert one(results(text.format("79.8"))[1], "subtotal").verdict == "consistent"
    # a name that is no answer of the question before: not a subtotal of it
    assert not [c for c in results(text.format("81.9").replace("非常满意+满意", "非常满意+比较满意"))[1] if c.kind == "subtotal"]


def test_a_margin_in_points_and_a_groups_own_margin():
    # "正负3.1个百分点" is a margin, not a change: 1.96·√(0.25/1026) = 3.06; the group of 287's own margin is 5.78 at 95%
    # (4.86 at 90%, 7.60 at 99%), so "约为正负3.8个百分点" understates it whatever the level
    text = ("共成功访问1,026名市民。在95%的置信水平下,本次调查的抽样误差为正负3.1个百分点。"
            "18至34岁的受访者(287人)中支持率达61.3%,该群体的抽样误差约为正负3.8个百分点;35至54岁受访者(420人)支持率为56.4%。")
    rows, checks = results(text)
    margins = [(c.verdict, c.facts["n"]) for c in checks if c.kind == "margin_of_error"]
    assert margins == [("consistent", 1026), ("inconsistent", 287)]
    assert not [c for c in checks if c.kind == "points_change"]
    # each group's share is of its own size in brackets, the nearest before it
    bases = {row["reported"]: row["base"] for row in rows if row["kind"] == "percent"}
    assert (bases["61.3%"], bases["56.4%"]) == (287, 420)


def test_a_mean_of_a_large_sample_passes_grim_whatever_its_data():
    # n = 1700 >= 100: every two-decimal mean is some whole total over 1700 (step 1/1700 < 0.01)
    check = one(results("使用问卷对1700名大学生进行调查。结果问卷总均分为2.14±0.34。")[1], "grimmer")
    assert (check.verdict, check.variant, check.facts["n"]) == ("consistent_if", "grim_uninformative", 1700)


def test_a_number_read_uncertainly_is_never_accused():
    from dangjian.engine.kinds import uncertain_reading
    from dangjian.engine.records import ClaimList

    # "其中 4 115人" where the space was not closed: a three-digit count with digits and a space before it may have lost its
    # thousands; a number with more digits, or a table's next cell ("7.92 72.10"), is read as printed
    text = "其中 4 115人"
    row = {"source": "t", "claim_id": "E001", "quote": text, "raw_start": 5, "raw_end": 8, "page": None, "reported": "115", "kind": "count",
           "value": "115", "base": None, "base_evidence": "", "group_id": ""}
    rows = ClaimList([row], text=text, positions=[(5, 8)], units=["人"])
    assert uncertain_reading(rows, "E001") == {"key": "thousands_cut", "context": "其中 4 115"}
    text = "其中 4 1150人"
    rows = ClaimList([{**row, "reported": "1150", "value": "1150"}], text=text, positions=[(5, 9)], units=["人"])
    assert uncertain_reading(rows, "E001") is None
    rows = ClaimList([{**row, "base_evidence": "uncertain: P0.01 read as P<0.01"}], text="P0.01", positions=[(0, 5)], units=[""])
    assert uncertain_reading(rows, "E001") == {"key": "reader_flag", "text": "uncertain: P0.01 read as P<0.01"}


def test_a_category_printed_earlier_with_its_count_is_the_base_of_its_shares():
    # 男性400人, 女性572人; then the age shares of each sex: 222/400 = 55.5%, 136/400 = 34%, 42/400 = 10.5%;
    # 340/572 = 59.44%, 156/572 = 27.27%, 76/572 = 13.29%
    text = ("在受调查的972人中,男性400人,女性572人。其中,男性三个年龄段的比例分别为55.5%、34%和10.5%;女性分别为59.44%、27.27%和13.29%。"
            "男性分别为11%和24.5%,女性分别为9.79%和13.64%。")
    rows, _ = results(text)
    base = {r["reported"]: r["base"] for r in rows if r["kind"] == "percent"}
    assert [base[v] for v in ("55.5%", "34%", "10.5%", "11%", "24.5%")] == [400] * 5
    assert [base[v] for v in ("59.44%", "27.27%", "13.29%", "9.79%", "13.64%")] == [572] * 5


def test_a_subtotal_printed_after_its_question_is_checked_from_the_counts():
    # the four bands fit only 62 of the 120 (3 + 26 + 20 + 13 = 62); 500元以上 = 500~1000 + 1000以上 = 20 + 13 = 33 of 62,
    # 100 × 33 / 62 = 53.2258% -> 53.2%; the printed 53.3% is the rounded 32.3 + 21 added
    text = ("对120名大学生进行了抽样调查。月平均消费300元以下的占4.8%,300~500元41.9%,500~1000元占32.3%,1000元以上占21%。"
            "其中月消费500元以上的学生达到53.3%。")
    check = one(results(text)[1], "subtotal", reported="53.3%")
    assert (check.verdict, check.variant, check.facts["counts"], check.facts["n"], check.facts["printed"]) == ("inconsistent", "counts_misfit", [20, 13], 62, "53.2")
    twin = text.replace("53.3%", "53.2%")
    assert one(results(twin)[1], "subtotal", reported="53.2%").verdict == "consistent"


# --- cells: a document's table read as cells (dangjian.engine.kinds.cells) ------------------------------------------------


def test_a_tables_layout_from_its_header():
    from dangjian.engine.kinds.cells import layout

    # two header rows, a merged group header left empty in the columns it spans (as a PDF gives it)
    t = layout([["选项", "男", "", "女", "", "合计", ""], ["", "人数", "比例(%)", "人数", "比例(%)", "人数", "比例(%)"],
                ["满意", "40", "57.14", "52", "63.41", "92", "60.53"], ["一般", "30", "42.86", "30", "36.59", "60", "39.47"],
                ["合计", "70", "100.00", "82", "100.00", "152", "100.00"]])
    assert [(c.header, c.role, c.total) for c in t.columns] == [
        ("男 人数", "count", False), ("男 比例(%)", "share", False), ("女 人数", "count", False), ("女 比例(%)", "share", False),
        ("合计 人数", "count", True), ("合计 比例(%)", "share", True)]
    assert t.pairs == {2: 1, 4: 3, 6: 5} and t.total_column == 5 and t.blocks == ((2, 3),) and t.totals == (4,)


@pytest.mark.parametrize(
    ("header", "cells", "role"),
    [
        ("人数", ["202", "61"], "count"),
        ("频数", ["202", "61"], "count"),
        ("(人)", ["202", "61"], "count"),
        ("比例(%)", ["65.16", "19.68"], "share"),
        ("占比", ["65.16", "19.68"], "share"),
        ("", ["65.16%", "19.68%"], "share"),  # no header word, but every cell is printed with %
        ("人数", ["20.5", "61"], ""),  # a count that is no whole number
        ("比例", ["165.16", "19.68"], ""),  # a share above 100
        ("满意率(%)", ["80.0", "75.0"], ""),  # the rate of its row, not a share of the column
        ("累计百分比", ["65.16", "84.84"], ""),
        ("平均分", ["4", "3"], ""),
        ("党员", ["40", "52"], ""),  # names a group, not what is counted
    ],
)
def test_a_columns_role_is_what_its_header_says(header, cells, role):
    from dangjian.engine.kinds.cells import layout

    t = layout([["评价", header], ["较好", cells[0]], ["一般", cells[1]]])
    assert (t.columns[0].role if t is not None else "") == role


@pytest.mark.parametrize(
    "rows",
    [
        [["评价", "人数"], ["较好", "202"], ["小计", "202"], ["一般", "61"], ["合计", "263"]],  # a subtotal: no partition
        [["评价", "人数"], ["较好", "202"], ["其中:党员", "150"], ["合计", "202"]],  # a row of which
        [["评价", "人数"], ["较好", "202"], ["", "61"]],  # numbers with no label
        [["1", "2"], ["3", "4"]],  # no header
        [["评价", "人数"], ["合计", "263"], ["较好", "202"], ["合计", "263"]],  # two totals of one block
    ],
)
def test_a_table_these_checks_cannot_read_is_left_to_the_text(rows):
    from dangjian.engine.kinds.cells import layout

    assert layout(rows) is None


def test_a_caption_unit_names_the_role_of_unnamed_columns():
    from dangjian.engine.kinds.cells import layout

    rows = [["选项", "男", "女", "合计"], ["满意", "40", "52", "92"], ["一般", "20", "18", "38"], ["合计", "60", "70", "130"]]
    assert layout(rows) is None
    t = layout(rows, caption="表1 满意度(单位:人)")
    assert [c.role for c in t.columns] == ["count", "count", "count"] and t.total_column == 3
    # a corner that names both counts and shares names neither
    assert layout([["人数/比例", "男"], ["满意", "40"], ["一般", "20"]]) is None


def _table_audit(cells: list[list[str]], before: str = ""):
    """The claims and checks of a text whose table a Word file gives as ``cells`` (rows joined as read_docx joins them)."""
    from dangjian.engine.document_claims import document_records
    from dangjian.engine.documents import Document

    lines = [before] if before else []
    lines += [" ".join(c for c in row if c) for row in cells]
    document = Document("\n".join(lines), "docx", tables=((0, tuple(tuple(r) for r in cells)),))
    rows = document_records(clean_text(document.text), document, source="t")
    return rows, check_results(rows)


def test_a_share_is_judged_against_the_base_its_column_establishes():
    # no 合计 row and no sample: the counts add up to 310, and 202/310 = 65.16, 47/310 = 15.16 establish it; 61/310 is
    # 19.68, not 19.71, and no base gives 19.71 for 61 (61/309 = 19.74)
    rows, checks = _table_audit([["评价", "人数", "比例(%)"], ["较好", "202", "65.16"], ["一般", "61", "19.71"], ["较差", "47", "15.16"]])
    shares = [(c.variant, c.verdict.value, c.facts["n"], c.facts["printed"]) for c in checks if c.kind == "percent_of"]
    assert shares == [("fit", "consistent", 310, "65.16"), ("misfit", "inconsistent", 310, "19.68"), ("fit", "consistent", 310, "15.16")]
    assert {rows[i]["base_evidence"] for i in rows.cell_tables[0].claims.values()} == {"item: the counts of “人数” add up to 310"}
    # one share that fits alone establishes nothing: its misfit twin is not accused
    rows, checks = _table_audit([["评价", "人数", "比例(%)"], ["较好", "202", "65.16"], ["一般", "61", "19.71"]])
    assert {c.verdict.value for c in checks} <= {"consistent", "consistent_if"}


def test_a_share_column_whose_rows_are_several_groups_is_not_summed_as_one():
    # a cross-tab's shares of its rows (each row's 男 and 女 make 100%): the columns' shares do not add up to 100%, and
    # are not accused of it, though 男 / 女 split the respondents
    cells = [["选项", "男", "", "女", "", "合计", ""], ["", "人数", "比例(%)", "人数", "比例(%)", "人数", "比例(%)"],
             ["满意", "40", "43.48", "52", "56.52", "92", "100.00"], ["一般", "30", "50.00", "30", "50.00", "60", "100.00"],
             ["合计", "70", "46.05", "82", "53.95", "152", "100.00"]]
    rows, checks = _table_audit(cells)
    assert not [c for c in checks if c.verdict == "inconsistent"]
    # each share is its count of its row's 合计: 40/92 = 43.48, 30/60 = 50.00, 52/92 = 56.52
    assert {(c.facts["k"], c.facts["n"]) for c in checks if c.kind == "percent_of" and c.verdict == "consistent"} >= {(40, 92), (30, 60), (52, 92)}


def test_the_shares_of_one_single_choice_column_cannot_pass_100():
    # 有效问卷310份; 202/310 = 65.16, 61/310 = 19.68 establish 310; 47/310 = 15.16, not the printed 25.16, and the column
    # then adds up to 110.00%: the answers of one scale, one per respondent, so more than 100% is inconsistent
    cells = [["评价", "人数", "比例(%)"], ["较好", "202", "65.16"], ["一般", "61", "19.68"], ["较差", "47", "25.16"]]
    rows, checks = _table_audit(cells, "收回有效问卷310份。")
    total = one(checks, "shares_sum")
    assert (total.variant, total.verdict.value, total.facts["sum"], rows_of(rows, total)) == ("over_single", "inconsistent", 110.0, ["25.16"])
    assert total.facts["blame"] == {"key": "culprits", "shares": ["25.16"], "count": 1}
    # a column of rates, one per row (the share of each sex who are Party members), is no whole: 60.0 + 70.0 = 130 is not
    # accused, though 男 and 女 split the respondents (100/220 = 45.45 and 120/220 = 54.55, not 60.0 and 70.0)
    rows, checks = _table_audit([["性别", "人数", "党员占比(%)"], ["男", "100", "60.0"], ["女", "120", "70.0"]])
    assert one(checks, "shares_sum").verdict.value == "consistent_if" and not [c for c in checks if c.verdict == "inconsistent"]


def test_any_table_is_read_without_an_error():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from dangjian.engine.verdicts import VERDICTS

    words = ["", "评价", "人数", "比例(%)", "合计", "较好", "一般", "男", "女", "12", "7", "100.00", "46.15", "53.85", "—", "小计", "1,236", "65%"]

    @given(st.lists(st.lists(st.sampled_from(words), min_size=1, max_size=5), min_size=1, max_size=6))
    @settings(max_examples=150, deadline=None)
    def read(cells):
        _, checks = _table_audit(cells, "共调查13人。")
        assert all(c.verdict in VERDICTS for c in checks)

    read()


# --- an SPSS frequency table flattened into text (kinds/frequencies) ------------------------------------------------------

_SPSS = ("表1 每周阅读时间\n频数 百分比 有效百分比 累计百分比\n有效 1小时以下 30 60.0 62.5 62.5\n1-3小时 18 36.0 37.5 100.0\n"
         "合计 48 96.0 100.0\n缺失 系统 2 4.0\n合计 50 100.0\n由表1可知,多数学生阅读时间偏少。")


def test_an_spss_frequency_table_is_checked_column_by_column():
    # 30 + 18 = 48 answered, + 2 missing = 50; 百分比 over 50 (30/50 = 60.0, 48/50 = 96.0, 2/50 = 4.0), 有效百分比 over 48
    # (30/48 = 62.5, 18/48 = 37.5), 累计百分比 the running counts over 48 (30/48 = 62.5, 48/48 = 100.0)
    rows, checks = results(_SPSS)
    sums = [c for c in checks if c.kind == "cells_sum"]
    assert [(c.verdict.value, c.facts["sum"], c.facts["total"]) for c in sums] == [("consistent", "48", "48"), ("consistent", "50", "50")]
    shares = [c for c in checks if c.kind == "frequency_share"]
    assert {c.verdict.value for c in shares} == {"consistent"}
    assert sorted((c.facts["column"], c.facts["k"], c.facts["n"]) for c in shares) == sorted([
        ("百分比", 30, 50), ("百分比", 18, 50), ("百分比", 48, 50), ("百分比", 2, 50), ("百分比", 50, 50),
        ("有效百分比", 30, 48), ("有效百分比", 18, 48), ("有效百分比", 48, 48), ("累积百分比", 30, 48), ("累积百分比", 48, 48)])
    # the base of each share is the table's own row, written into its claim; the 1 of "1-3小时" is no claim
    base = {row["reported"]: row["base"] for row in rows if row["kind"] == "cell"}
    assert (base["60.0"], base["62.5"], base["4.0"]) == (50, 48, 50)
    assert "1" not in [row["reported"] for row in rows]


def test_a_cumulative_share_the_counts_do_not_give_is_inconsistent():
    # 累计百分比 of the second row: (146 + 71)/412 = 52.67, printed 53.7; the column's other shares fit 412 and its last
    # prints 100.0, so the base is the table's own: inconsistent, with the running count in the facts
    text = ("频数 百分比 有效百分比 累计百分比 有效 文学类 146 35.4 35.4 35.4 科普类 71 17.2 17.2 53.7 教辅类 118 28.6 28.6 81.3 "
            "漫画 77 18.7 18.7 100.0 合计 412 100.0 100.0 从表中可以看出。")
    rows, checks = results(text)
    bad = [c for c in checks if c.verdict == "inconsistent"]
    assert [(c.kind, c.variant, rows_of(rows, c), c.facts["k"], c.facts["printed"]) for c in bad] == [
        ("frequency_share", "misfit", ["53.7"], 217, "52.7")]
    assert bad[0].facts["how"] == {"key": "running_count", "parts": [146, 71], "k": 217}


def test_frequency_rows_that_miss_their_total_are_inconsistent_only_when_their_shares_make_the_whole():
    # 30 + 17 = 47, not the 48 printed; the 有效百分比 add up to 62.5 + 37.5 = 100 and the 合计's is 100.0: every answer is a
    # row, so the rows must add up to it
    text = _SPSS.replace("1-3小时 18 36.0", "1-3小时 17 36.0")
    rows, checks = results(text)
    first = next(c for c in checks if c.kind == "cells_sum")
    assert (first.variant, first.verdict.value, first.facts["sum"], first.facts["gap"]) == ("mismatch_whole", "inconsistent", "47", "1")
    # without the 有效百分比 adding up (a row lost: 62.5 alone), the gap may be a row the scrape dropped: consistent_if
    text = ("频数 百分比 有效百分比 累计百分比 有效 是 30 60.0 62.5 62.5 否 10 20.0 20.8 83.3 合计 48 96.0 100.0 缺失 系统 2 4.0 "
            "合计 50 100.0 。")
    rows, checks = results(text)
    first = next(c for c in checks if c.kind == "cells_sum")
    assert (first.variant, first.verdict.value) == ("short_if", "consistent_if")


def test_a_frequency_table_out_of_order_is_not_read():
    from dangjian.engine.kinds.frequencies import frequency_tables

    # no 合计 after the answers, one answer row only, or a header without 有效百分比 or 累计百分比: not SPSS's table
    assert frequency_tables("频数 百分比 有效百分比 累计百分比 有效 是 30 60.0 62.5 62.5 否 18 36.0 37.5 100.0 由表可知") == []
    assert frequency_tables("频数 百分比 有效百分比 累计百分比 有效 是 30 60.0 62.5 62.5 合计 48 96.0 100.0") == []
    assert frequency_tables("频数 百分比 是 30 60.0 否 20 40.0 合计 50 100.0") == []
    assert [len(t.rows) for t in frequency_tables(_SPSS)] == [5]


# --- a growth rate with its level and increase (kinds/growth) -------------------------------------------------------------


def test_a_growth_rate_is_checked_against_its_level_and_change():
    # 68家, 4 fewer than the year before (72): 4/72 = 5.56%, printed 5.6% -> consistent; 2846公里, 118 more than the year
    # before (2728): 118/2728 = 4.33% (4.31-4.35 over the rounding of both lengths), printed 4.5% -> inconsistent
    text = ("年末全县规模以上工业企业68家,比上年减少4家,下降5.6%。年末全县公路通车里程2846公里,比上年末增加118公里,增长4.5%,"
            "其中高速公路71公里。")
    rows, checks = results(text)
    found = [(c.variant, c.verdict.value, rows_of(rows, c), c.facts["before"], c.facts["printed"]) for c in checks if c.kind == "growth_rate"]
    # (a length in 公里 is a statistic now: the misfit names the rate and the increase of 118 it is computed from)
    assert found == [("fit", "consistent", ["5.6%"], "72", "5.6"), ("misfit", "inconsistent", ["4.5%", "118"], "2728", "4.3")]


def test_a_growth_rate_of_money_or_of_another_direction_is_not_judged():
    # money grows at constant prices in a bulletin (the levels are at current prices); a decrease with a rate of growth
    # names two different things
    text = "全年实现地区生产总值245.68亿元,比上年增加20.1亿元,增长5.6%。全年粮食产量27.64万吨,比上年减少0.5万吨,增长2.9%。"
    _, checks = results(text)
    assert not [c for c in checks if c.kind == "growth_rate"]


# --- a cross-tab of n(%) cells (kinds/crosstab) --------------------------------------------------------------------------

_CROSSTAB = ("表2 不同性别学生阅读时间的交叉分析[n(%)] 性别 3小时以下 3小时以上 合计\n男 61(29.8) 144(70.2) 205\n女 36(18.2) 162(81.8) 198\n"
             "χ²={chi2},P=0.007。")


def _pearson() -> str:
    """The Pearson χ² of the cross-tab's counts, to three decimals (the value a paper would print)."""
    from scipy.stats import chi2_contingency

    return f"{chi2_contingency([[61, 144], [36, 162]], correction=False)[0]:.3f}"


def test_a_crosstab_of_counts_and_shares_is_checked_row_by_row_and_its_chi2_recomputed():
    # 61 + 144 = 205 and 36 + 162 = 198; the shares are of rows (61/205 = 29.76 -> 29.8, 144/205 = 70.24 -> 70.2,
    # 36/198 = 18.18 -> 18.2, 162/198 = 81.82 -> 81.8); the χ² printed is the Pearson χ² of [[61, 144], [36, 162]]
    rows, checks = results(_CROSSTAB.format(chi2=_pearson()))
    assert [(c.verdict.value, c.facts["sum"]) for c in checks if c.kind == "cells_sum"] == [("consistent", "205"), ("consistent", "198")]
    shares = [c for c in checks if c.kind == "percent_of"]
    assert [(c.facts["k"], c.facts["n"], c.verdict.value) for c in shares] == [(61, 205, "consistent"), (144, 205, "consistent"),
                                                                                 (36, 198, "consistent"), (162, 198, "consistent")]
    chi2 = one(checks, "chi2_table")
    assert (chi2.variant, chi2.verdict.value, chi2.facts["df"]) == ("fit", "consistent", 1)


def test_a_crosstab_share_its_row_does_not_give_is_inconsistent_and_a_chi2_that_misses_is_never_accused():
    # 36/198 = 18.18, printed 19.2: the other three shares fit their rows' totals -> inconsistent; χ²=9.999 is neither
    # the Pearson χ² of these counts nor Yates' (both below 8) -> consistent_if another test
    text = _CROSSTAB.format(chi2="9.999").replace("36(18.2)", "36(19.2)")
    rows, checks = results(text)
    bad = [c for c in checks if c.verdict == "inconsistent"]
    assert [(c.kind, rows_of(rows, c)) for c in bad] == [("percent_of", ["19.2"])]
    assert one(checks, "chi2_table").verdict.value == "consistent_if"


def test_a_crosstab_chi2_its_confirmed_counts_do_not_give_is_inconsistent():
    # every share fits its row (the counts were read right), and 9.999 is none of Pearson's, Yates' or the
    # likelihood-ratio χ² of [[61, 144], [36, 162]] (each below 8, computed here)
    from dangjian.engine.kinds.crosstab import chi2_statistics

    assert all(v < 8 for _, v in chi2_statistics([[61, 144], [36, 162]]))
    rows, checks = results(_CROSSTAB.format(chi2="9.999"))
    chi2 = one(checks, "chi2_table")
    assert (chi2.variant, chi2.verdict.value, rows_of(rows, chi2)) == ("misfit", "inconsistent", ["χ²=9.999"])


# --- a table of a rate by group with its χ² (kinds/group_rates) ----------------------------------------------------------

_RATES = ("表1 不同特征老年人跌倒发生率比较\n特征 调查人数 跌倒人数 发生率(%) χ~2值 P值\n性别 男 583 104 17.84 {sex} 0.010\n女 665 158 23.76\n"
          "居住方式 独居 173 51 29.48 8.720 0.003\n非独居 1 075 211 19.63\n2.3 多因素分析 结果显示独居是危险因素。")


def test_a_rate_table_reads_its_rows_by_the_header_and_checks_each_rate_and_chi2():
    from dangjian.engine.kinds.crosstab import chi2_statistics

    # the Pearson χ² of each block's 2×2 table (fallers, others), to the three decimals the table prints
    pearson = dict(chi2_statistics([[104, 583 - 104], [158, 665 - 158]]))["Pearson's χ²"]
    sex = f"{pearson:.3f}"
    alone = dict(chi2_statistics([[51, 173 - 51], [211, 1075 - 211]]))["Pearson's χ²"]
    assert f"{alone:.3f}" == "8.720"  # the value printed for 居住方式
    rows, checks = results(_RATES.format(sex=sex))
    # 104/583 = 17.84, 158/665 = 23.76, 51/173 = 29.48, 211/1075 = 19.63 ("1 075": a space for the thousands separator)
    rates = [(c.facts["k"], c.facts["n"], c.verdict.value) for c in checks if c.kind == "percent_of"]
    assert rates == [(104, 583, "consistent"), (158, 665, "consistent"), (51, 173, "consistent"), (211, 1075, "consistent")]
    assert [c.verdict.value for c in checks if c.kind == "chi2_table"] == ["consistent", "consistent"]
    assert {row["reported"]: row["value"] for row in rows if row["kind"] == "cell"}["1 075"] == "1075"


def test_a_rate_its_row_does_not_give_and_a_chi2_its_counts_do_not_give_are_inconsistent():
    # 158/665 = 23.76, printed 25.76: its own row's count and size give another share -> inconsistent; the sex block's χ²
    # then is not accused (its counts are not confirmed), 居住方式's still fits
    rows, checks = results(_RATES.format(sex="6.565").replace("158 23.76", "158 25.76"))
    assert [(c.kind, rows_of(rows, c)) for c in checks if c.verdict == "inconsistent"] == [("percent_of", ["25.76"])]
    # every rate fits and the χ² printed for sex is 9.999, none of Pearson 6.57, Yates 6.21, likelihood ratio 6.61
    rows, checks = results(_RATES.format(sex="9.999"))
    assert [(c.kind, c.variant, rows_of(rows, c)) for c in checks if c.verdict == "inconsistent"] == [("chi2_table", "misfit", ["9.999"])]


def test_the_blocks_of_a_rate_table_split_the_same_people():
    # 共调查1248人: 583 + 665 = 1248 and 173 + 1075 = 1248 (each factor splits the sample); 104 + 158 = 262 fallers by sex,
    # so by living alone 51 + 211 = 262 too -> consistent; printed 221 for 211 (a rate that fits neither: 221/1075 = 20.56)
    # makes 51 + 221 = 272 against the other block's 262 -> inconsistent, as is the rate itself
    text = "共调查1248人。" + _RATES.format(sex="6.565")
    rows, checks = results(text)
    assert [c.verdict.value for c in checks if c.kind == "table_vs_sample"] == ["consistent", "consistent"]
    assert [(c.variant, c.verdict.value, c.facts["sum"]) for c in checks if c.kind == "blocks_sum"] == [("equal", "consistent", "262")] * 2
    rows, checks = results(text.replace("1 075 211 19.63", "1 075 221 19.63"))
    bad = [(c.kind, c.variant, rows_of(rows, c)) for c in checks if c.verdict == "inconsistent"]
    assert ("blocks_sum", "mismatch", ["51", "221"]) in bad and ("percent_of", "beside_misfit", ["19.63"]) in bad


def test_counts_after_qizhong_that_split_the_sample_by_one_attribute_add_up_to_it():
    # 583 + 665 = 1248 (sex splits the sample); 600 + 665 = 1265 > 1248: no one is of two sexes -> inconsistent;
    # 583 + 600 = 1183 < 1248: some did not say -> consistent_if
    for women, verdict in (("665", "consistent"), ("700", "inconsistent"), ("600", "consistent_if")):
        rows, checks = results(f"本研究共调查1248人,其中男性583人,女性{women}人。")
        total = one(checks, "stated_total")
        assert (total.verdict.value, rows_of(rows, total)) == (verdict, ["583", women, "1248"]), women
    # categories of two attributes (男性, 党员) are no split
    _, checks = results("本研究共调查1248人,其中男性583人,党员665人。")
    assert not [c for c in checks if c.kind == "stated_total"]


def test_the_cases_listed_before_a_rate_add_up_to_its_count():
    # 3 + 2 + 2 = 7 cases, the 7 of 16.28%(7/43): consistent; listed 3 + 2 + 3 = 8 against 7: a patient may have had two
    # complications -> consistent_if, never accused
    text = "对照组发生肩手综合征3例、压力性损伤2例、肺部感染{x}例,并发症发生率为16.28%(7/43)。"
    rows, checks = results(text.format(x=2))
    total = one(checks, "stated_total")
    assert (total.verdict.value, rows_of(rows, total)) == ("consistent", ["3", "2", "2", "7"])
    _, checks = results(text.format(x=3))
    assert one(checks, "listed_cases").verdict.value == "consistent_if"


# --- regression coefficients and mediation effects (kinds/regression) -----------------------------------------------------


def test_a_coefficients_t_is_b_over_se():
    # 0.511/0.044 = 11.61 (11.47-11.76 over the rounding of both): t=11.614 fits, t=9.261 cannot
    rows, checks = results("社会支持正向预测心理韧性(B=0.511,SE=0.044,β=0.47,t=11.614,P<0.001)。")
    assert one(checks, "t_of_coefficient").verdict.value == "consistent"
    rows, checks = results("社会支持正向预测心理韧性(B=0.511,SE=0.044,β=0.47,t=9.261,P<0.001)。")
    bad = one(checks, "t_of_coefficient")
    # the t, derived from the other two, carries the verdict (B and SE are in its facts)
    assert (bad.verdict.value, rows_of(rows, bad), bad.facts["ratio"]) == ("inconsistent", ["t=9.261"], "11.61")


def test_a_regression_tables_rows_are_read_and_their_t_tested_with_the_residual_df():
    # -0.214/0.058 = -3.69 and -0.385/0.054 = -7.13 (their t); df = 482 from F(2,482) under the table
    text = ("表3 回归分析 预测变量 B SE β t P 社会支持 -0.214 0.058 -0.175 -3.690 <0.001 心理韧性 -0.385 0.054 -0.342 -7.130 <0.001 "
            "R²=0.203,F(2,482)=40.91,P<0.001。")
    rows, checks = results(text)
    assert [(c.verdict.value, c.facts["ratio"]) for c in checks if c.kind == "t_of_coefficient"] == [("consistent", "-3.69"), ("consistent", "-7.13")]
    tp = [c for c in checks if c.kind == "test_p" and c.facts["df"].get("key") == "df_regression"]
    assert [(c.verdict.value, c.facts["df"]["df"]) for c in tp] == [("consistent", 482), ("consistent", 482)]


def test_a_mediations_effects_add_up_and_its_share_is_indirect_over_total():
    # -0.161 + -0.175 = -0.336; 0.161/0.336 = 47.92% (47.70-48.14): 47.9% fits, 52.1% (the direct share) does not
    text = "心理韧性的间接效应值为-0.161,95%CI为[-0.213,-0.114];直接效应值为-0.175,总效应值为-0.336,间接效应占总效应的{x}%。"
    rows, checks = results(text.format(x="47.9"))
    assert one(checks, "effects_sum").verdict.value == "consistent" and one(checks, "mediated_share").verdict.value == "consistent"
    rows, checks = results(text.format(x="52.1"))
    bad = one(checks, "mediated_share")
    assert (bad.verdict.value, rows_of(rows, bad)) == ("inconsistent", ["52.1%"])


# --- a correlation table's stars (kinds/correlations) ---------------------------------------------------------------------

_CORRELATIONS = ("表2 各变量的平均数、标准差及相关系数(n=486)\n变量 M SD 1 2 3\n1.社会支持 3.62 0.58 1\n2.心理韧性 3.41 0.63 0.47** 1\n"
                 "3.每周运动 2.15 1.03 0.12** {r}* 1\n注:*P<0.05,**P<0.01。")


def test_a_correlations_stars_are_checked_against_its_p_with_the_captions_n():
    from dangjian.engine.papers import p_value_range

    # with n = 486 (df 484): r = 0.09 (0.085-0.095) can have p < 0.05, r = 0.08 (0.075-0.085) cannot (computed here)
    assert p_value_range("r", "0.09", 484)[0] < 0.05 <= p_value_range("r", "0.08", 484)[0]
    rows, checks = results(_CORRELATIONS.format(r="0.09"))
    assert [(c.verdict.value, rows_of(rows, c)) for c in checks if c.kind == "r_stars"] == [
        ("consistent", ["0.47**"]), ("consistent", ["0.12**"]), ("consistent", ["0.09*"])]
    assert {c.kind for c in checks if set(rows_of(rows, c)) & {"3.62", "0.58"}} == {"grimmer"}  # its means ± SDs go to GRIM/GRIMMER
    rows, checks = results(_CORRELATIONS.format(r="-0.08"))
    bad = [(c.kind, c.variant, rows_of(rows, c)) for c in checks if c.verdict == "inconsistent"]
    assert bad == [("r_stars", "misfit", ["-0.08*"])]


def test_a_correlation_table_without_a_note_on_its_stars_is_not_judged():
    rows, checks = results(_CORRELATIONS.format(r="-0.08").replace("注:*P<0.05,**P<0.01。", "。"))
    assert not [c for c in checks if c.kind == "r_stars"]


def test_a_misprinted_count_is_blamed_when_its_share_makes_the_counts_add_up():
    # 有效问卷552份; 129 + 262 + 131 + 49 + 17 = 588, not 552; the shares make 100.0 and 40.9% is 226 of 552, with which the
    # counts add up to 552: the count 262 is the misprint, not the share (226 = 552 - 129 - 131 - 49 - 17)
    text = ("回收有效问卷552份。\nQ4 您对本馆馆藏图书的满意度\n选项 人数 百分比\n非常满意 129 23.4%\n满意 262 40.9%\n一般 131 23.7%\n"
            "不满意 49 8.9%\n非常不满意 17 3。1%\n合计 552 100%\n从表中可以看出。")
    rows, checks = results(text)
    bad = [(c.kind, c.variant, rows_of(rows, c)) for c in checks if c.verdict == "inconsistent"]
    assert bad == [("percent_of", "count_misprinted", ["262"])]
    assert one(checks, "percent_of", variant="count_misprinted").facts["k_fit"] == 552 - 129 - 131 - 49 - 17


def test_a_correlation_rows_mean_uses_its_own_measures_number_of_items():
    # 学业自我效能: 4 items on 1~5, n = 32, item means: 443/128 = 3.4609 prints 3.46 (possible); as one item it would
    # need 3.46 × 32 = 110.72, no whole total (GRIM would fail): the measure's own items decide
    text = ("(1)学业自我效能问卷:选取4个条目,采用5点计分,取条目均分。(2)生活满意度:单条目自评,1~5分。\n"
            "表1 各变量的平均数、标准差及相关系数(n=32)\n变量 M SD 1 2\n1.学业自我效能 3.46 0.62 1\n2.生活满意度 3.50 0.80 0.21 1\n"
            "注:*P<0.05,**P<0.01。")
    assert round(443 / 128, 2) == 3.46 and (Fraction("3.46") * 32).denominator != 1
    rows, checks = results(text)
    assert not [c for c in checks if c.verdict == "inconsistent"]
    assert {c.facts["data"]["items"] for c in checks if c.kind == "grimmer" and "items" in c.facts.get("data", {})} == {4}


# --- an odds ratio against its interval (kinds/odds) ----------------------------------------------------------------------


def test_an_odds_ratio_is_checked_against_its_own_interval():
    import math

    # √(1.37 × 5.89) = 2.84: at the middle -> consistent; 3.72 outside 1.08~2.65 -> inconsistent (the OR alone);
    # 2.50 inside 1.37~5.89 but off its middle 2.84 -> consistent_if (an interval not symmetric on the log scale)
    assert f"{math.sqrt(1.37 * 5.89):.2f}" == "2.84"
    text = "病程≥5个月(OR=2.84,95%CI:1.37~5.89,P=0.005)、未规律用药(OR=3.72,95%CI:1.08~2.65,P=0.021)及年龄(OR=2.50,95% CI 1.37-5.89)。"
    rows, checks = results(text)
    found = [(c.variant, c.verdict.value, rows_of(rows, c)) for c in checks if c.kind == "ratio_ci"]
    assert found == [("middle", "consistent", ["2.84", "1.37", "5.89"]), ("outside", "inconsistent", ["3.72"]),
                     ("off_middle", "consistent_if", ["2.50", "1.37", "5.89"])]


def test_a_crosstab_of_plain_counts_is_read_by_its_row_totals_and_its_chi2_recomputed():
    from dangjian.engine.kinds.crosstab import chi2_statistics

    # every row adds up to its 合计 (88 + 61 + 47 = 196, 57 + 52 + 47 = 156) and every column to the 合计 row: the counts
    # are read right, so a χ² that none of the table's statistics gives (each about 2.8, computed here) is inconsistent
    assert all(2.8 < v < 2.9 for _, v in chi2_statistics([[88, 61, 47], [57, 52, 47]]))
    text = "表2 性别与留城意愿交叉表\n 是 否 没想好 合计\n男 88 61 47 196\n女 57 52 47 156\n合计 145 113 94 352\n卡方检验结果为χ²={chi2},df=2,P=0.020。"
    rows, checks = results(text.format(chi2="7.836"))
    assert [c.verdict.value for c in checks if c.kind == "cells_sum"] == ["consistent"] * 6
    bad = one(checks, "chi2_table")
    assert (bad.variant, bad.verdict.value, bad.facts["shape"]) == ("misfit", "inconsistent", "2×3")
    rows, checks = results(text.format(chi2="2.836"))
    assert one(checks, "chi2_table").verdict.value == "consistent"


def test_a_regression_tables_constant_row_has_no_beta_and_its_df_comes_from_the_captions_n():
    # (常量) prints B, SE, t, Sig. only; with N = 352 and 2 predictors the t have df = 352 - 2 - 1 = 349
    text = ("表4-3 回归分析结果(N=352)\n B 标准误 β t Sig.\n(常量) 1.842 .215  8.567 .000\n月收入 .186 .041 .231 4.537 .000\n"
            "居住时间 .127 .038 .178 3.342 .001\nR²=.247,F=28.46,P<.001。")
    rows, checks = results(text)
    assert [c.facts["ratio"] for c in checks if c.kind == "t_of_coefficient"] == ["8.57", "4.54", "3.34"]
    dfs = [c.facts["df"] for c in checks if c.kind == "test_p" and isinstance(c.facts.get("df"), dict)]
    assert {d["df"] for d in dfs if d.get("key") == "df_regression_n"} == {349}


def test_a_baseline_tables_nk_blocks_take_their_groups_sizes_from_the_header_and_their_chi2_from_the_first_row():
    from dangjian.engine.kinds.crosstab import chi2_statistics

    # the control group's 14 + 16 + 14 = 44 answered of its 45 (n=45 in the header): 14/45 = 31.1, 16/45 = 35.6; the
    # education block's χ² is printed on its first row and is the Pearson χ² of its counts (computed here)
    pearson = dict(chi2_statistics([[12, 14], [18, 16], [15, 14]]))["Pearson's χ²"]
    text = ("表1 两组患者一般资料比较\n项目 观察组(n=45) 对照组(n=45) t/χ² P\n性别[n(%)] 男 24(53.3) 26(57.8) χ²=0.180 0.671\n女 21(46.7) 19(42.2)\n"
            f"文化程度[n(%)] 小学及以下 12(26.7) 14(31.1) χ²={pearson:.3f} 0.863\n初中 18(40.0) 16(35.6)\n高中及以上 15(33.3) 14(31.1)\n1.2 方法 略。")
    rows, checks = results(text)
    shares = [(c.facts["k"], c.facts["n"], c.verdict.value) for c in checks if c.kind == "percent_of"]
    assert len(shares) == 10 and {n for _, n, _ in shares} == {45} and {v for *_, v in shares} == {"consistent"}
    assert [c.verdict.value for c in checks if c.kind == "chi2_table"] == ["consistent", "consistent"]


def test_a_baseline_rows_means_take_their_unit_from_the_label_and_their_n_from_their_columns_group():
    # 年龄(岁,x±s): ages in whole years; 68.62 of 45 (3088/45) and 69.42 of 43 (2985/43) are possible; 69.43 of 45 is not
    # (3124/45 = 69.42, 3125/45 = 69.44): the second column's n is its own group's 43 or 45, as the header prints it
    assert (round(3088 / 45, 2), round(2985 / 43, 2), round(3124 / 45, 2), round(3125 / 45, 2)) == (68.62, 69.42, 69.42, 69.44)
    text = "表1 一般资料\n项目 观察组(n=45) 对照组(n={n}) t P\n年龄(岁,x±s) 68.62±8.14 {mean}±7.93 t=0.478 0.634\n"
    _, checks = results(text.format(n=43, mean="69.42"))
    grims = [c for c in checks if c.kind == "grimmer"]
    assert [(c.verdict.value, c.facts["n"]) for c in grims] == [("consistent", 45), ("consistent", 43)]
    rows, checks = results(text.format(n=45, mean="69.43"))
    assert [(c.verdict.value, rows_of(rows, c)) for c in checks if c.kind == "grimmer"][1] == ("inconsistent", ["69.43"])


def test_a_chi2_of_two_arms_counts_of_cases_is_recomputed_from_their_sizes():
    from dangjian.engine.kinds.crosstab import chi2_statistics

    # 各45例; 2/45 against 9/45: Pearson's χ² and Yates' (computed here) are the statistics the printed χ² must be one of
    stats = dict(chi2_statistics([[2, 43], [9, 36]]))
    pearson, yates = stats["Pearson's χ²"], stats["with Yates' correction"]
    text = "分为观察组和对照组,各45例。干预期间观察组发生低血糖2例(4.4%),对照组9例(20.0%),差异有统计学意义(χ²={chi2},P=0.011)。"
    _, checks = results(text.format(chi2=f"{pearson:.3f}"))
    assert one(checks, "chi2_recomputed").verdict.value == "consistent"
    _, checks = results(text.format(chi2=f"{yates:.3f}"))
    assert one(checks, "chi2_recomputed").verdict.value == "consistent"
    rows, checks = results(text.format(chi2="6.482"))
    bad = one(checks, "chi2_recomputed")
    assert (bad.verdict.value, rows_of(rows, bad)) == ("inconsistent", ["χ²=6.482"])


def test_a_growth_rate_of_money_or_from_an_earlier_level_is_checked_unless_it_is_at_constant_prices():
    # 41256 - 2186 = 39070: 2186/39070 = 5.60%, printed 5.9% -> inconsistent; 3862 - 214 = 3648: 214/3648 = 5.87%, not 6.2%;
    # 4863 against the earlier 4712: 151/4712 = 3.20% -> consistent; GDP at comparable prices is not judged
    text = ("全年全体居民人均可支配收入41256元,比上年增加2186元,增长5.9%。毕业生共3862人,比上届增加214人,增长6.2%。"
            "平均月收入为4863元,比上届的4712元增长3.2%。地区生产总值512.36亿元,按可比价格计算,比上年增加30.1亿元,增长5.4%。")
    rows, checks = results(text)
    found = [(c.verdict.value, rows_of(rows, c)) for c in checks if c.kind == "growth_rate"]
    # a misfit names the rate and the change (which of them is wrong cannot be told; the level is a total other sums may confirm)
    assert found == [("inconsistent", ["5.9%", "2186"]), ("inconsistent", ["6.2%", "214"]), ("consistent", ["3.2%"])]


def test_rows_of_a_size_a_count_and_their_rate_are_read_and_checked():
    # 861/912 = 94.41%, 948/1036 = 91.51% ("1 036": a thousands space), 410/462 = 88.74%; 559/607 = 92.09%, printed 93.09%:
    # inconsistent; the 合计 row is the sum of the rows (3862, 3568)
    text = ("学院 毕业生数 落实人数 落实率\n机电工程学院 912 861 94.41%\n经济管理学院 1 036 948 91.51%\n建筑工程学院 607 559 93.09%\n"
            "艺术设计学院 462 410 88.74%\n合计 3 017 2 778 92.08%\n")
    assert (912 + 1036 + 607 + 462, 861 + 948 + 559 + 410) == (3017, 2778)
    rows, checks = results(text)
    bad = [(c.kind, c.variant, rows_of(rows, c)) for c in checks if c.verdict == "inconsistent"]
    assert bad == [("percent_of", "beside_misfit", ["93.09%"])]
    assert [(c.facts["sum"], c.verdict.value) for c in checks if c.kind == "cells_sum"] == [("3017", "consistent"), ("2778", "consistent")]


def test_the_text_is_searched_for_weighting_once_per_text_not_once_per_check(monkeypatch):
    # every share's check asks whether the data were weighted; a search of the whole text per check made a long report's
    # audit grow with the square of its length (2 MB: 27 s against 2.3 s, measured in the benchmark's document-length runs)
    import dangjian.engine.kinds as kinds

    calls = []
    real = kinds._weighting
    monkeypatch.setattr(kinds, "_weighting", lambda rows: calls.append(1) or real(rows))
    text = "".join(f"第{k}题:满意{k + 10}人,占{k + 10}.0%;不满意{90 - k}人,占{90 - k}.0%。" for k in range(1, 40))
    _, checks = results("共调查100人。" + text)
    assert len([c for c in checks if c.kind in ("grim_percent", "percent_of")]) > 20 and len(calls) == 1


def test_the_growth_pattern_reads_a_number_whole_from_where_its_digits_start():
    # the growth pattern started at every digit of a run and took the rest of the run each time (5,000 digits: about
    # 3 s an occurrence); it starts where a number starts now.  Counted, not timed: the pattern's matches are the same
    from dangjian.engine.kinds.growth import _GROWTH

    text = "8" * 5000 + "人,比上年增加10人,增长0.2%。"
    assert [m.group("level") for m in _GROWTH.finditer("共3862人,比上届增加214人,增长6.2%。")] == ["3862"]
    assert [m.group("level") for m in _GROWTH.finditer(text)] == ["8" * 5000]


def test_a_target_and_a_correlation_tables_column_numbers_are_no_statistics():
    # "力争…达到95%以上", "达到90%以上的(工作)目标": targets; a result beside them is read
    claims, _ = run("力争年底前主城区覆盖率达到95%以上。满意率达到90%以上的目标仍有差距。去向落实率为92.39%,高于90%以上的工作目标。")
    assert claims["reported"].tolist() == ["92.39%"]
    rows, _ = results("表1 相关系数(n=32)\n变量 M SD 1 2 3\n1.甲 3.10 0.50 1\n2.乙 2.80 0.60 0.25 1\n3.丙 3.00 0.70 0.10 0.20 1\n注:*P<0.05。")
    assert "1" not in [row["reported"] for row in rows] and {"3.10", "0.50", "0.25"} <= {row["reported"] for row in rows}


# --- a bulletin's total and its parts (kinds/parts) -----------------------------------------------------------------------


def test_a_bulletins_total_and_its_parts_add_up_within_their_rounding():
    # 38.12 + 96.47 + 111.09 = 245.68; 152.38 + 34.10 = 186.48 against 186.47 (within the rounding of three figures,
    # ± 0.015); 夏粮 + 秋粮 = 11.08 + 16.73 = 27.81 > 27.64 (parts that exclude each other cannot exceed it); a change
    # after 其中 (比上年增加1.02万) is no part
    text = ("全年实现地区生产总值245.68亿元。分产业看,第一产业增加值38.12亿元,增长3.9%;第二产业增加值96.47亿元;第三产业增加值111.09亿元。"
            "全年社会消费品零售总额186.47亿元。按经营地分,城镇消费品零售额152.38亿元,乡村消费品零售额34.10亿元。"
            "全年粮食总产量27.64万人,其中夏粮11.08万人,秋粮16.73万人。户籍总人口52.37万人,其中城镇人口21.86万人,比上年增加1.02万人。")
    rows, checks = results(text)
    found = [(c.variant, c.verdict.value, c.facts["sum"]) for c in checks if c.kind == "parts_sum"]
    assert found == [("equal", "consistent", "245.68"), ("equal", "consistent", "186.48"), ("over", "inconsistent", "27.81")]


# --- a survey platform's question block (kinds/platform) ------------------------------------------------------------------

_EXPORT = ("第1题 您目前是否使用智能手机: [单选题]\n选项 小计 比例\n是 163 76.89%\n否(请跳至第6题) 49 23.11%\n本题有效填写人次 212\n"
           "第2题 您每周的课时数: [单选题]\n选项 小计 比例\n2课时及以下 4060.61%\n3-4课时 19 28.79%\n5课时及以上 7 10.61%\n本题有效填写人次 66\n"
           "第3题 主要困难有哪些: [多选题]\n选项 小计 比例\n占用休息时间 58 69.05%\n缺少补助 47 55.95%\n本题有效填写人次 84\n")


def test_a_platform_exports_question_blocks_are_read_whole_with_their_own_bases():
    # 163/212 = 76.89, 49/212 = 23.11 ("第6题" in an option's label is no question); 40/66 = 60.61 (a count glued to its
    # share), 19/66, 7/66; 58/84, 47/84 of a multi-select question, whose counts may add up to anything
    rows, checks = results(_EXPORT)
    shares = [(c.facts["k"], c.facts["n"], c.verdict.value) for c in checks if c.kind == "percent_of"]
    assert shares == [(163, 212, "consistent"), (49, 212, "consistent"), (40, 66, "consistent"), (19, 66, "consistent"), (7, 66, "consistent"),
                      (58, 84, "consistent"), (47, 84, "consistent")]
    assert [(c.variant, c.verdict.value) for c in checks if c.kind == "cells_sum"] == [("equal", "consistent"), ("equal", "consistent"),
                                                                                      ("multi_select", "consistent")]
    # a single-choice block whose counts pass its base: inconsistent; here the one count that misses its share (59, where
    # 23.11% is 49/212 and 163 + 49 = 212) is named alone
    rows, checks = results(_EXPORT.replace("否(请跳至第6题) 49 23.11%", "否(请跳至第6题) 59 23.11%"))
    assert ("cells_sum", "one_count_off") in [(c.kind, c.variant) for c in checks if c.verdict == "inconsistent"]
    rows, checks = results(_EXPORT.replace("否(请跳至第6题) 49 23.11%", "否(请跳至第6题) 59 27.83%"))  # 59/212 = 27.83%: which is wrong is unknown
    assert ("cells_sum", "over") in [(c.kind, c.variant) for c in checks if c.verdict == "inconsistent"]


def test_the_groups_of_a_breakdown_by_one_attribute_add_up_to_the_sample():
    # 共访问1208名: by age 502 + 448 + 258 = 1208, by sex 587 + 621 = 1208 (consistent); groups that overlap as printed
    # (30岁以上, 50岁以上) may add up to more: consistent_if, never accused; men and women cannot: inconsistent
    text = ("本次调查共成功访问1208名市民。分年龄看,18至39岁的502名受访者中,支持者占71.3%;40至59岁的448名受访者中,支持者占60.0%;"
            "60岁及以上的258名受访者中,支持者占57.2%。分性别看,男性受访者{men}人,支持率为61.3%;女性受访者621人,支持率为64.9%。")
    rows, checks = results(text.format(men=587))
    assert [(c.verdict.value, c.facts["sum"]) for c in checks if c.kind == "stated_total"] == [("consistent", "1208"), ("consistent", "1208")]
    _, checks = results(text.format(men=687))
    assert [c.verdict.value for c in checks if c.kind == "stated_total"][1] == "inconsistent"
    _, checks = results("本次调查共访问600名市民。分年龄看,30岁以上受访者(500人)中支持率为60.0%;50岁以上受访者(200人)中支持率为55.0%。")
    assert [(c.variant, c.verdict.value) for c in checks if c.kind == "stated_total"] == [("over_if_overlap", "consistent_if")]


def test_a_scale_questions_mean_is_its_options_scores_over_its_base():
    # (2×1 + 7×2 + 19×3 + 46×4 + 29×5) / 103 = 402/103 = 3.90: 3.96 cannot be; 3.90 is
    assert round(402 / 103, 2) == 3.9
    text = ("第7题 您对助餐点的总体满意度: [量表题]\n选项\t小计\t比例\n非常不满意(1分)\t2\t1.94%\n不满意(2分)\t7\t6.80%\n一般(3分)\t19\t18.45%\n"
            "满意(4分)\t46\t44.66%\n非常满意(5分)\t29\t28.16%\n本题有效填写人次\t103\n本题平均分:{mean}\n")
    rows, checks = results(text.format(mean="3.96"))
    bad = one(checks, "scale_mean")
    assert (bad.verdict.value, bad.facts["total"], rows_of(rows, bad)) == ("inconsistent", 402, ["3.96"])
    _, checks = results(text.format(mean="3.90"))
    assert one(checks, "scale_mean").verdict.value == "consistent"


def test_page_chrome_settings_and_band_bounds_are_no_statistics():
    # a post's counter, a document site's ratings, the most answers allowed, bootstrap repetitions, a time, a criterion
    # and a band's bounds are read as nothing; the statistics beside them are read
    text = ("阅读 2.1万 在看 35。本文档(58人评价)。您最看重哪些因素(最多选3项)?采用Bootstrap法(重复抽样5000次)检验。平均完成时间:3分41秒。"
            "第一个因子解释了24.37%的变异,小于40%的临界标准。家庭月收入5万-10万元的占35.0%。有58人评价为满意,占20%。")
    claims, _ = run(text)
    assert claims["reported"].tolist() == ["24.37%", "35.0%", "58", "20%"]


def test_a_group_size_stated_in_a_shares_own_clause_is_its_base():
    # "60岁及以上的258名受访者中,支持者占57.2%": 57.2% of 258 is 147.6, no whole number (147/258 = 56.98, 148/258 = 57.36):
    # inconsistent, though the share fits the survey's 1208; 57.0% of 258 (147.06, rounds from 147) is consistent
    assert (round(100 * 147 / 258, 1), round(100 * 148 / 258, 1)) == (57.0, 57.4)
    text = "共成功访问1208名市民。60岁及以上的258名受访者中,支持者占{share}。"
    rows, checks = results(text.format(share="57.2%"))
    bad = one(checks, "grim_percent")
    assert (bad.verdict.value, bad.facts["n"]) == ("inconsistent", 258)
    _, checks = results(text.format(share="57.0%"))
    assert one(checks, "grim_percent").verdict.value == "consistent"


def test_a_groups_rate_after_its_size_is_of_that_group_and_its_part_after_占_is_of_the_whole():
    # "女性受访者621人,支持率为64.9%": the 支持率 of the 621 women (403/621 = 64.90), consistent, not of the men's 587
    # printed before in the sentence, nor of the 1208 surveyed; "男性4人,所占比例为80.00%" is the men's part of the whole
    # (4 of 5), so the 4 is not its base and nothing is accused
    assert (round(100 * 360 / 587, 1), round(100 * 403 / 621, 1)) == (61.3, 64.9)
    claims, checks = run("本次调查共成功访问1208名市民。分性别看,男性受访者587人,支持率为61.3%;女性受访者621人,支持率为64.9%。")
    by = dict(zip(claims["reported"], claims["base"]))
    assert (by["61.3%"], by["64.9%"]) == (587, 621)
    assert set(checks.loc[checks["check"] == "grim_percent", "verdict"]) == {"consistent"}
    claims, checks = run("受访人员均为大专及以上学历,其中男性4人,所占比例为80.00%,女性1人,所占比例为20.00%。")
    assert "inconsistent" not in set(checks["verdict"])
    assert 4 not in claims.loc[claims["reported"] == "80.00%", "base"].tolist()


def test_a_qualified_respondents_count_is_a_group_not_the_sample():
    # "男性受访者587人" is a group of the sample; "受访者共500人" and "本次调查的受访者1208人" state the sample
    from dangjian.engine.extract import find_samples

    assert [s.n for s in find_samples("分性别看,男性受访者587人;60岁以上的受访者258人。")] == []
    assert [s.n for s in find_samples("本次调查的受访者1208人。受访者共500人。")] == [1208, 500]


def test_a_sub_population_named_by_an_earlier_share_takes_that_shares_count_as_its_base():
    # 63.2% of 1208 is 763 or 764 people (763/1208 = 63.16, 764/1208 = 63.25); among the supporters, 68.4% fits 763
    # (522/763 = 68.41) and not 764; 35.4% of "这部分受访者" (the 41.6% of 1208: 502 or 503) fits 503 only (178/503 = 35.39)
    assert [k for k in (762, 763, 764, 765) if round(100 * k / 1208, 1) == 63.2] == [763, 764]
    assert [k for k in range(520, 525) if round(100 * k / 763, 1) == 68.4] == [522]
    assert [n for n in (502, 503) if any(round(100 * k / n, 1) == 35.4 for k in range(n))] == [503]
    text = ("本次调查共成功访问1208名市民。调查结果显示,63.2%的受访者表示支持新规。在支持新规的受访者中,认为人行道更整洁的占68.4%。"
            "调查还发现,41.6%的受访者骑行过共享单车,这部分受访者中有35.4%表示遇到过还不了车的情况;表示每周都会骑行的受访者占18.9%。")
    claims, checks = run(text)
    by = dict(zip(claims["reported"], claims["base"]))
    assert (by["68.4%"], by["35.4%"], by["18.9%"]) == (763, 503, 1208)
    assert "inconsistent" not in set(checks["verdict"])
    evidence = claims.loc[claims["reported"] == "68.4%", "base_evidence"].item()
    assert "63.2%" in evidence and "在支持新规的受访者中" in evidence


def test_a_share_of_all_respondents_takes_the_survey_sample_as_its_stated_base():
    # "答卷数:212" is a platform's sample; "占全部受访老人的41.10%" names it as the base: 41.10% of 212 is 87.1, no whole
    # count (87/212 = 41.04, 88/212 = 41.51): inconsistent; 31.60% (67/212 = 31.6038) is consistent
    assert (round(100 * 87 / 212, 2), round(100 * 88 / 212, 2), round(100 * 67 / 212, 2)) == (41.04, 41.51, 31.6)
    text = "导出时间:2024-05-16  答卷数:212\n小结:会用手机移动支付的老人占全部受访老人的{share}。"
    claims, checks = run(text.format(share="41.10%"))
    assert claims.loc[claims["reported"] == "41.10%", "base"].item() == 212
    assert worst(text.format(share="41.10%"))["41.10%"] == "inconsistent"
    assert worst(text.format(share="31.60%"))["31.60%"] == "consistent"


def test_a_platform_rows_share_that_lost_its_percent_sign_is_read_beside_the_others():
    # "不满意(2分)\t17\t8.02": 17/212 = 8.0189% -> 8.02, read as a share; the rows then add up to 212
    assert 8 + 17 + 55 + 84 + 48 == 212 and round(100 * 17 / 212, 2) == 8.02
    text = ("第6题 您对培训是否满意: [量表题]\n选项\t小计\t比例\n很不满意(1分)\t8\t3.77%\n不满意(2分)\t17\t8.02\n一般(3分)\t55\t25.94%\n"
            "满意(4分)\t84\t39.62%\n很满意(5分)\t48\t22.64%\n本题有效填写人次\t212\n")
    claims, checks = run(text)
    assert ["17", "8.02"] == claims["reported"].tolist()[2:4]
    assert checks.loc[checks["check"] == "cells_sum", "verdict"].tolist() == ["consistent"]
    # with no row printing its %, a row's decimals are not read as a share
    claims, _ = run(text.replace("%", ""))
    assert "8.02" not in claims["reported"].tolist()


def test_a_flattened_tables_row_that_lost_its_percent_sign_and_its_total_row_are_read_as_such():
    # "非常不满意11 2.0合计552 100%": 11/552 = 1.99% -> 2.0, a share beside rows that print their %; the 合计 row is the
    # rows' subtotal, not an answer (the answers add up to 100.1%, 100% within rounding); the 满意率 named as
    # (非常满意+满意) adds 187 + 214 = 401 of 552 = 72.64%, so 75.6% is inconsistent
    assert round(100 * 11 / 552, 1) == 2.0 and round(100 * 401 / 552, 1) == 72.6
    text = ("本次调查共发放问卷600份,回收有效问卷552份。受访读者中男性241人,女性311人。\n"
            "Q3 您对本馆的总体服务是否满意?\n选项 人数 百分比\n非常满意 187 33.9%\n满意 214 38.8%\n一般 102 18.5%\n不满意 38 6.9%\n"
            "非常不满意 11 2.0\n合计 552 100%\n总体来看,读者满意率(非常满意+满意)为{rate}。")
    claims, checks = run(text.format(rate="75.6%"))
    assert {"11", "2.0"} <= set(claims["reported"])
    found = worst(text.format(rate="75.6%"))
    assert (found["75.6%"], found["2.0"], found["100%"]) == ("inconsistent", "consistent", "consistent")
    assert worst(text.format(rate="72.6%"))["72.6%"] == "consistent"
    # the sex split after "受访读者中" adds up to the sample: 241 + 311 = 552
    assert 241 + 311 == 552
    assert checks.loc[checks["check"] == "stated_total", "verdict"].tolist() == ["consistent"]
    # a row with no % between rows with none is not read as a share
    claims, _ = run("选项 人数 比例\n男 87 41.04\n女 125 58.96\n")
    assert "41.04" not in claims["reported"].tolist()


def test_a_share_of_those_who_answered_takes_the_answers_not_the_sample():
    # 412 returned, 9 did not answer (403 answered): "在作答的学生中…占41.7%" is 168/403 = 41.69%, consistent; 43.7% fits no
    # k/403 (176/403 = 43.67, so 43.7 fits: use 41.9 instead: 168.9 of 403, 169/403 = 41.94, 168/403 = 41.69)
    assert (round(100 * 168 / 403, 1), round(100 * 169 / 403, 1)) == (41.7, 41.9)
    assert not any(round(100 * k / 403, 1) == 41.8 for k in range(404))
    text = "共发放问卷430份,回收有效问卷412份。有9名学生未作答此题。在作答的学生中,每周阅读1-3小时的最多,占{share}。"
    claims, _ = run(text.format(share="41.7%"))
    row = claims.loc[claims["reported"] == "41.7%"].iloc[0]
    assert row["base"] == 403 and "less the" in row["base_evidence"]
    assert worst(text.format(share="41.7%"))["41.7%"] == "consistent"
    assert worst(text.format(share="41.8%"))["41.8%"] == "inconsistent"
    # after a frequency table with missing answers, 有效样本 is its 有效 合计
    table = ("频数 百分比 有效百分比 累计百分比 有效 是 139 38.5 39.5 39.5 否 213 59.0 60.5 100.0 合计 352 97.5 100.0 "
             "缺失 系统 9 2.5 合计 361 100.0\n由表可知,回答是的受访者占有效样本的39.5%。")
    claims, _ = run(table)
    assert claims.loc[claims["reported"] == "39.5%", "base"].tolist()[-1] == 352


_SCALE_PAPER = ("采用整群抽样,回收有效问卷212份。①手机依赖量表,共13个条目;②学业拖延量表,共16个条目;③孤独感量表,共8个条目。均采用5点计分"
                "(1=完全不符合,5=完全符合),以条目均分表示。\n")


def test_a_correlation_table_with_unmarked_row_numbers_and_no_last_column_is_read_whole():
    # "1手机依赖2.64 0.71 1": row numbers with no "." after them, and the last variable's row without a diagonal;
    # r = -0.11* with n = 212 has p = 0.095-0.128 (no star allowed), r = -0.15* has p = 0.024-0.035
    from scipy import stats

    p = 2 * stats.t.sf(0.105 * (210 / (1 - 0.105**2)) ** 0.5, 210)
    assert p > 0.05
    text = _SCALE_PAPER + ("表1 各变量的平均数、标准差及相关系数(N=212)\n变量 M SD 1 2\n1手机依赖 2.64 0.71 1\n2学业拖延 2.87 0.66 0.47** 1\n"
                           "3孤独感 2.23 0.62 -0.11* -0.15*\n注:*P<0.05,**P<0.01。")
    claims, checks = run(text)
    table = claims[(claims["raw_start"] > text.index("表1")) & claims["kind"].isin(["mean", "sd", "test"])]
    assert table["reported"].tolist() == ["2.64", "0.71", "2.87", "0.66", "0.47**", "2.23", "0.62", "-0.11*", "-0.15*"]
    found = worst(text)
    assert (found["-0.11*"], found["-0.15*"], found["0.47**"]) == ("inconsistent", "consistent", "consistent")


def test_a_table_rows_means_take_their_columns_group_sizes_and_their_measures_items():
    # "以条目均分表示": 2.71 is a mean of 13 items over 109 boys (granularity 1/1417), not a whole-number total over 103;
    # and the row's t and p cells are a test with df = 109 + 103 - 2 = 210, the F with df 2 and 209
    from scipy import stats

    assert round(2 * stats.t.sf(1.44, 210), 3) == 0.151 and round(stats.f.sf(4.41, 2, 209), 3) == 0.013
    text = _SCALE_PAPER + ("表2 不同性别学生得分比较(M±SD)\n变量 男(n=109) 女(n=103) t P\n手机依赖 2.71±0.66 2.57±0.75 1.44 0.150\n"
                           "表3 不同年级学生得分比较(M±SD)\n变量 初一(n=74) 初二(n=71) 初三(n=67) F P\n手机依赖 2.48±0.69 2.63±0.70 2.83±0.71 4.41 0.031\n")
    rows, checks = results(text)
    grimmer = [c for c in checks if c.kind == "grimmer"]
    assert [(c.facts["n"], c.verdict.value) for c in grimmer] == [(109, "consistent"), (103, "consistent"), (74, "consistent"),
                                                                   (71, "consistent"), (67, "consistent")]
    assert all(c.facts["data"]["items"] == 13 for c in grimmer)
    tests = [c for c in checks if c.kind in ("test_p", "decision_error")]
    assert [(c.facts["df"]["key"], c.verdict.value) for c in tests] == [("df_two_groups", "consistent"), ("df_k_groups", "inconsistent")]


def test_a_bare_p_in_a_tables_p_column_and_a_crosstabs_df_go_with_their_test():
    # "t=0.478 0.634" under "t/χ² P": 0.634 is the t's p (df = 45 + 45 - 2 = 88); χ²=0.180 of the 2×2 table before it has
    # df = 1, p = 0.671
    from scipy import stats

    assert round(2 * stats.t.sf(0.478, 88), 3) == 0.634 and round(stats.chi2.sf(0.180, 1), 3) == 0.671
    text = ("项目 观察组(n=45) 对照组(n=45) t/χ² P\n性别[n(%)] 男 24(53.3) 26(57.8) χ²=0.180 0.671\n女 21(46.7) 19(42.2)\n"
            "年龄(岁,x±s) 68.62±8.14 69.43±7.93 t=0.478 0.634\n")
    rows, checks = results(text)
    tests = {rows_of(rows, c)[0]: (c.facts["df"]["key"], c.verdict.value) for c in checks if c.kind == "test_p"}
    assert tests == {"χ²=0.180": ("df_table", "consistent"), "t=0.478": ("df_two_groups", "consistent")}


def test_each_study_arms_counts_and_shares_are_over_the_arms_own_size():
    # 5/48 = 10.42% and 14/46 = 30.43%: each share over its own arm, not both over the 46 named last
    assert (round(100 * 5 / 48, 2), round(100 * 14 / 46, 2)) == (10.42, 30.43)
    text = ("选取94例患者,分为观察组48例和对照组46例。结果 观察组术后谵妄发生率为10.42%,低于对照组的30.43%。"
            "观察组术后发生谵妄5例(10.42%),对照组14例(30.43%)。")
    claims, checks = run(text)
    assert claims.loc[claims["kind"] == "percent", "base"].tolist() == [48, 46, 48, 46]
    assert "inconsistent" not in set(checks["verdict"])


def test_a_share_beside_its_count_over_its_base_in_brackets_reads_the_spaced_base_whole():
    # "48.45%(705/1 455)": 705/1455 = 48.45%, read as one base; compared with the 57.46% of another group (512/891)
    assert (round(100 * 705 / 1455, 2), round(100 * 512 / 891, 2)) == (48.45, 57.46)
    claims, checks = run("每日电子屏幕时间≥2 h者891名,近视512名(57.46%),高于<2 h者的48.45%(705/1 455)。")
    assert claims.loc[claims["reported"] == "48.45%", "base"].item() == 1455
    assert "inconsistent" not in set(checks["verdict"])


def test_a_logistic_regression_tables_odds_ratios_are_checked_against_their_intervals():
    # OR 2.61 with 2.13~3.20: √(2.13 × 3.20) = 2.611, at the middle; OR 1.83 with 1.15~1.66 lies outside its interval
    assert round((2.13 * 3.20) ** 0.5, 2) == 2.61 and not 1.15 <= 1.83 <= 1.66
    text = "表3 多因素Logistic回归分析\n变量 OR(95%CI) P\n初中 2.61(2.13~3.20) <0.001\n电子屏幕时间≥2 h 1.83(1.15~1.66) <0.001\n"
    rows, checks = results(text)
    assert [(c.verdict.value, rows_of(rows, c)[0]) for c in checks if c.kind == "ratio_ci"] == [("consistent", "2.61"), ("inconsistent", "1.83")]


def test_a_tables_test_row_is_recomputed_from_its_columns_means_and_an_f_from_its_rows_groups():
    # 住院时间 12.63±3.21 (48) against 14.85±3.67 (46): t = 3.10-3.14, so the printed 2.146 is inconsistent; the F of
    # 2.48±0.69, 2.63±0.70, 2.83±0.71 (74, 71, 67) is 4.41 (between 2.16 over within 0.49)
    se = (3.21**2 / 48 + 3.67**2 / 46) ** 0.5  # Welch's
    assert round((14.85 - 12.63) / se, 2) == 3.12
    text = ("表2 两组评分比较(x±s)\n组别 例数 PSQI 住院时间(d)\n观察组 48 13.54±2.87 12.63±3.21\n对照组 46 13.72±2.95 14.85±3.67\n"
            "t 0.300 2.146\nP 0.765 0.034\n")
    rows, checks = results(text)
    assert [(c.verdict.value, c.observed) for c in checks if c.kind == "t_recomputed"] == [("consistent", "0.300"), ("inconsistent", "2.146")]
    text = ("表3 不同年级学生得分比较(M±SD)\n变量 初一(n=74) 初二(n=71) 初三(n=67) F P\n手机依赖 2.48±0.69 2.63±0.70 2.83±0.71 {f} 0.013\n")
    assert one(results(text.format(f="4.41"))[1], "f_recomputed").verdict.value == "consistent"
    assert one(results(text.format(f="6.41"))[1], "f_recomputed").verdict.value == "inconsistent"


def test_a_single_choice_polls_votes_cannot_outnumber_its_voters():
    # 投票人总数:94, but the votes of the single-choice question add up to 47 + 25 + 17 + 7 = 96 (and each share is k/96:
    # 47/96 = 48.96%): inconsistent; with 96 voters, consistent; counts of people against a sample of households are not
    # compared (样本选择200户)
    assert 47 + 25 + 17 + 7 == 96 and round(100 * 47 / 96, 2) == 48.96
    text = "调查状态:已结束 投票人总数:{n}\n1.您对方案的态度?(单选)\n支持[47票] 48.96%\n比较支持[25票] 26.04%\n不支持[17票] 17.71%\n不清楚[7票] 7.29%\n"
    bad = one(results(text.format(n=94))[1], "answers_sum")
    assert (bad.verdict.value, bad.facts["sum"], bad.facts["n"]) == ("inconsistent", 96, 94)
    assert not [c for c in results(text.format(n=96))[1] if c.kind == "answers_sum"]
    households = "样本选择200户。您的家庭成员中:(单选)男185人,占48.05%;女200人,占51.95%。"
    assert not [c for c in results(households)[1] if c.kind == "answers_sum"]


def test_a_tencent_exports_mean_printed_before_its_base_is_checked():
    # 腾讯问卷 prints 本题平均分 before 本题有效填写人次: (9 + 82 + 291 + 224 + 60)/215 = 666/215 = 3.10, not 3.19
    assert 9 * 1 + 41 * 2 + 97 * 3 + 56 * 4 + 12 * 5 == 666 and round(666 / 215, 2) == 3.1
    text = ("第5题 您对AI工具的信任程度: [量表题]\n选项\t小计\t比例\n非常不信任(1分)\t9\t4.19%\n不太信任(2分)\t41\t19.07%\n一般(3分)\t97\t45.12%\n"
            "比较信任(4分)\t56\t26.05%\n非常信任(5分)\t12\t5.58%\n本题平均分:{mean}\n本题有效填写人次\t215\n")
    assert one(results(text.format(mean="3.19"))[1], "scale_mean").verdict.value == "inconsistent"
    assert one(results(text.format(mean="3.10"))[1], "scale_mean").verdict.value == "consistent"


def test_a_sub_population_is_the_share_that_names_it_not_its_negation_and_runs_over_its_sentence():
    # "在使用过的同学中" is the 37.42% of 318 who used a loan (119: 119/318 = 37.42%), not the 62.58% who never did ("从未
    # 使用过"); its shares 47.06% (56/119) and, after ";", 15.13% (18/119) are of those 119
    assert (round(100 * 119 / 318, 2), round(100 * 56 / 119, 2), round(100 * 18 / 119, 2)) == (37.42, 47.06, 15.13)
    text = ("本次共发放问卷350份,其中有效问卷318份。调查显示,使用过网络借贷平台的同学占37.42%,从未使用过的占62.58%。在使用过的同学中,"
            "借贷主要用于日常消费的占47.06%,购买电子产品的占26.89%,旅游娱乐的占15.97%,其他用途的占10.08%;有过逾期还款经历的占15.13%,"
            "没有逾期经历的占84.87%。")
    claims, checks = run(text)
    by = dict(zip(claims["reported"], claims["base"]))
    assert (by["47.06%"], by["15.13%"], by["84.87%"]) == (119, 119, 119)
    assert "inconsistent" not in set(checks["verdict"])


def test_a_table_rows_mean_takes_the_rows_own_n_and_a_scale_counted_down():
    # "依次赋值5~1分" is the 1~5 scale; "电子商务 26 3.29±1.15": 3.29 × 26 = 85.54, no whole sum (85/26 = 3.27,
    # 86/26 = 3.31): inconsistent; "护理 31 3.68±0.98": 114/31 = 3.677, consistent with its own 31 (not the 86 surveyed)
    assert (round(85 / 26, 2), round(86 / 26, 2), round(114 / 31, 2)) == (3.27, 3.31, 3.68)
    text = ("回收有效问卷86份。将“非常满意”至“非常不满意”依次赋值5~1分。\n表4-3 不同专业学生满意度比较(M±SD)\n专业 n 得分\n"
            "护理 31 3.68±0.98\n电子商务 26 3.29±1.15\n")
    rows, checks = results(text)
    assert [(c.facts["n"], c.verdict.value) for c in checks if c.kind == "grimmer"] == [(31, "consistent"), (26, "inconsistent")]
    # with no n column, a row's mean is not accused on the survey's sample
    rows, checks = results(text.replace("专业 n 得分", "专业 得分").replace(" 31 ", " ").replace(" 26 ", " "))
    assert "inconsistent" not in {c.verdict.value for c in checks}


def test_poll_options_frequency_bands_and_a_ci_level_are_no_statistics():
    # a poll's option "2元[67票]" (its votes follow it), a frequency band "每周使用6次及以上", a money band "收入在1000元以下(占
    # 3.45%)" and the level of "OR(95%CI)" are read as nothing; the votes and shares beside them are read
    text = ("2元[67票] 28.27%\n5元及以上[25票] 10.55%\n近三成每周使用6次及以上。约三分之一的老人每月收入在1000元以下(占3.45%)。\n"
            "变量 OR(95%CI) P\n初中 2.61(2.13~3.20) <0.001\n")
    claims, _ = run(text)
    reported = claims["reported"].tolist()
    assert not {"2", "5", "6", "1000", "95%"} & set(reported)
    assert {"67", "28.27%", "25", "10.55%", "3.45%", "2.61"} <= set(reported)


def test_an_spss_test_tables_z_row_is_read_with_its_two_sided_significance_row():
    # "Z -1.683 -2.417 渐近显著性(双侧) .012 .016": p(|Z| = 1.683) = 0.092, so .012 is a decision error; p(2.417) = 0.0156
    from scipy import stats

    assert round(2 * stats.norm.sf(1.683), 3) == 0.092 and round(2 * stats.norm.sf(2.417), 3) == 0.016
    text = ("组间比较采用Mann-Whitney U检验。平均得分为3.47±1.06分。\n检验统计量 性别 实习补贴\nMann-Whitney U 731.500 569.000\n"
            "Wilcoxon W 1472.500 1004.000\nZ -1.683 -2.417\n渐近显著性(双侧) .012 .016\n")
    rows, checks = results(text)
    found = [(c.kind, c.verdict.value) for c in checks if c.kind in ("test_p", "decision_error")]
    assert found == [("decision_error", "inconsistent"), ("test_p", "consistent")]


def test_a_summarys_share_repeating_a_tables_takes_its_base_but_never_accuses_by_it():
    # "小结:…有92.64%用于微信聊天" repeats 第4题's 92.64% (151/163): its base is the 163 who answered that question, a
    # candidate no sample gives; it explains the share (consistent) but never establishes a base for others
    assert round(100 * 151 / 163, 2) == 92.64
    text = ("答卷数:212\n第4题 您用智能手机主要做什么: [多选题]\n选项\t小计\t比例\n微信聊天\t151\t92.64%\n看短视频\t118\t72.39%\n"
            "本题有效填写人次\t163\n小结:绝大多数老人用于微信聊天(92.64%)。")
    claims, checks = run(text)
    last = claims[claims["reported"] == "92.64%"].iloc[-1]
    assert last["base"] == 163 and "printed before" in last["base_evidence"]
    assert "inconsistent" not in set(checks["verdict"])


def test_a_baseline_rows_slash_counts_add_up_to_each_group_and_give_their_chi2():
    # "性别(男/女,例) 21/27 20/26 χ2=0.001 0.979" under "观察组(n=48) 对照组(n=46)": 21 + 27 = 48, 20 + 26 = 46; the 2×2
    # table's Pearson χ² is 0.0007 (0.001), p(df = 1) = 0.979
    from scipy import stats

    from dangjian.engine.kinds.crosstab import chi2_statistics

    assert round(chi2_statistics([[21, 27], [20, 26]])[0][1], 3) == 0.001 and round(stats.chi2.sf(0.001, 1), 3) == 0.975
    text = "项目 观察组(n=48) 对照组(n=46) 统计值 P\n性别(男/女,例) {a}/27 20/26 χ2=0.001 0.979\n"
    rows, checks = results(text.format(a=21))
    assert [(c.kind, c.verdict.value) for c in checks if c.kind in ("split_sum", "chi2_table", "test_p")] == [
        ("split_sum", "consistent"), ("split_sum", "consistent"), ("chi2_table", "consistent"), ("test_p", "consistent")]
    bad = [c for c in results(text.format(a=22))[1] if c.kind == "split_sum" and c.verdict.value == "inconsistent"]
    assert [(c.facts["sum"], c.facts["n"]) for c in bad] == [(49, 48)]


def test_a_bulletins_structure_chain_is_read_as_shares_and_checked_against_its_parts():
    # "三次产业结构由上年的16.1:38.7:45.2调整为15.5:39.3:45.2": both chains make 100; this year's against the parts printed
    # before: 38.12/245.68 = 15.52% (15.5), 96.47/245.68 = 39.27% (39.3), 111.09/245.68 = 45.22% (45.2); last year's is
    # of figures not printed, so only its sum is checked
    assert [round(100 * p / 245.68, 1) for p in (38.12, 96.47, 111.09)] == [15.5, 39.3, 45.2]
    text = ("全年实现地区生产总值245.68亿元,比上年增长5.6%。分产业看,第一产业增加值38.12亿元,增长3.9%;第二产业增加值96.47亿元,增长6.1%;"
            "第三产业增加值111.09亿元,增长5.8%。三次产业结构由上年的16.1:38.7:45.2调整为{chain}。")
    rows, checks = results(text.format(chain="15.5:39.3:45.2"))
    assert [c.verdict.value for c in checks if c.kind == "structure_share"] == ["consistent"] * 3
    assert len([c for c in checks if c.kind == "shares_sum" and c.verdict.value == "consistent"]) == 2
    rows, checks = results(text.format(chain="16.5:38.3:45.2"))
    assert [c.verdict.value for c in checks if c.kind == "structure_share"] == ["inconsistent", "inconsistent", "consistent"]


def test_a_table_of_several_measures_after_several_scales_is_not_accused_on_a_guessed_scale():
    # PSQI 0~21 and NRS 0~10 are both stated; "住院时间(d)" is a stay in days: 12.64 × 46 = 581.44, no whole total, but the
    # column is no score, so the misfit is only consistent_if; with one scale stated and one measure the same mean is accused
    assert round(581 / 46, 2) == 12.63 and round(582 / 46, 2) == 12.65
    text = ("睡眠质量采用PSQI评价,总分0~21分;疼痛采用NRS,0~10分。\n表2 两组评分比较(x±s)\n组别 例数 PSQI NRS评分 住院时间(d)\n"
            "观察组 48 13.54±2.87 4.21±1.03 12.63±3.21\n对照组 46 13.72±2.95 4.87±1.15 12.64±3.67\n")
    rows, checks = results(text)
    stay = [c for c in checks if c.kind == "grimmer" and c.facts["mean"] == "12.64"]
    assert [(c.variant, c.verdict.value) for c in stay] == [("misfit_scale_unsure", "consistent_if")]
    assert "inconsistent" not in {c.verdict.value for c in checks}
    one = "睡眠质量采用PSQI评价,总分0~21分。\n表2 两组PSQI评分比较(x±s)\n组别 例数 PSQI\n观察组 48 13.54±2.87\n对照组 46 12.64±3.67\n"
    assert [c.verdict.value for c in results(one)[1] if c.kind == "grimmer" and c.facts["mean"] == "12.64"] == ["inconsistent"]


def test_an_instruments_item_and_total_ranges_are_one_scale_two_instruments_are_two():
    # 20 items of 1~5 make a total of 20~100 (20 × 1, 20 × 5): one instrument; PSQI 0~21 and NRS 0~10 are two
    from dangjian.engine.papers import scales_stated

    assert scales_stated("共20个条目,每个条目1~5分,总分20~100分。", 99) == {(1, 5)}
    assert scales_stated("PSQI评价,总分0~21分;NRS,0~10分。", 99) == {(0, 21), (0, 10)}


def test_a_sample_split_by_district_keeps_every_district():
    # "其中东城区268人、西城区241人、南湖区276人、高新区203人": four districts, 988 of the 1000 (a 其中 list may name only
    # some: consistent_if); "东城区" is a district, not the residence word 城区
    from dangjian.engine.kinds.form import attribute_of

    assert (attribute_of("东城区"), attribute_of("城区"), attribute_of("高新区")) == ("district", "residence", "district")
    assert 268 + 241 + 276 + 203 == 988
    rows, checks = results("共成功访问1000名市民,其中东城区268人、西城区241人、南湖区276人、高新区203人。")
    split = one(checks, "stated_total")
    assert (split.facts["sum"], split.verdict.value, len(split.claims)) == ("988", "consistent_if", 5)


def test_a_papers_methods_sentence_states_its_sample():
    # "抽取安平市6所中小学2346名学生进行视力筛查": the people nearest the verb that the sentence studies, past the counts of
    # schools; "选取…收治的患者96例作为研究对象", "纳入…80例,随机分为两组" alike
    from dangjian.engine.extract import find_samples

    assert [s.n for s in find_samples("抽取安平市6所中小学2346名学生进行视力筛查。")] == [2346]
    assert [s.n for s in find_samples("选取我院2020年1月—2021年6月收治的患者96例作为研究对象。")] == [96]
    assert [s.n for s in find_samples("纳入符合标准的患者80例,随机分为两组。")] == [80]
    assert find_samples("选取6所学校开展试点。") == []
    # 1217/2346 = 51.876% (51.88): a share of the sample is now judged
    assert round(100 * 1217 / 2346, 2) == 51.88
    rows, checks = results("抽取安平市6所中小学2346名学生进行视力筛查。结果近视检出率为51.88%。")
    assert one(checks, "grim_percent").facts["n"] == 2346


def test_two_groups_rates_compared_in_brackets_are_not_one_questions_answers():
    # "女生(54.39%)高于男生(49.50%)": the rates of two groups, not two answers of one question; 54.39 + 49.50 = 103.89 is no
    # excess, and 49.50 is not accused for missing the sample's grid (598/1208 = 49.50%)
    assert round(100 * 598 / 1208, 2) == 49.50 and round(100 * 1161 / 2346, 2) == 49.49 and round(100 * 1162 / 2346, 2) == 49.53
    text = "抽取6所中小学2346名学生进行视力筛查。结果近视检出率为51.88%,女生(54.39%)高于男生(49.50%),差异有统计学意义(χ2=5.614,P=0.018)。"
    rows, checks = results(text)
    assert "inconsistent" not in {c.verdict.value for c in checks}
    assert not [c for c in checks if c.kind == "shares_sum"]


def test_a_groups_size_stated_between_two_shares_is_the_next_shares_base():
    # "≥2 h的612名学生中近视301名(49.18%),<2 h的1734名学生中近视916名(52.83%)": 301/612 = 49.18%, 916/1734 = 52.83%
    assert round(100 * 301 / 612, 2) == 49.18 and round(100 * 916 / 1734, 2) == 52.83
    text = "每日户外活动≥2 h的612名学生中近视301名(49.18%),<2 h的1734名学生中近视{k}名(52.83%)。"
    rows, checks = results(text.format(k=916))
    assert [(c.facts.get("n"), c.verdict.value) for c in checks if c.kind == "percent_of"] == [(612, "consistent"), (1734, "consistent")]
    rows, checks = results(text.format(k=926))
    assert [c.verdict.value for c in checks if c.kind == "percent_of"] == ["consistent", "inconsistent"]


def test_groups_of_their_own_sizes_add_up_to_the_patients_divided():
    # "94例…分为观察组48例和对照组46例": 48 + 46 = 94; with 48 + 48 = 96 the groups hold more than were divided
    text = "选取我院收治的94例患者,按入院顺序分为观察组{a}例和对照组46例。"
    check = one(results(text.format(a=48))[1], "arms_total")
    assert (check.variant, check.verdict.value, check.facts["sum"]) == ("sizes_equal", "consistent", 94)
    check = one(results(text.format(a=50))[1], "arms_total")
    assert (check.variant, check.verdict.value, check.facts["gap"]) == ("sizes_more", "inconsistent", 2)
    check = one(results(text.format(a=46))[1], "arms_total")
    assert (check.variant, check.verdict.value) == ("sizes_fewer", "consistent_if")


def test_each_clause_after_a_split_splits_the_same_sample_again():
    # "其中男生38人,女生48人;护理专业31人,机电一体化专业29人,电子商务专业26人;获得实习补贴的57人,未获得的29人": 38 + 48,
    # 31 + 29 + 26 and 57 + 29 are each the 86; with shares in brackets ("初一74人(34.91%),…") alike
    assert 38 + 48 == 31 + 29 + 26 == 57 + 29 == 86 and 74 + 71 + 67 == 212
    text = "回收有效问卷86份。其中男生38人,女生48人;护理专业31人,机电一体化专业29人,电子商务专业{c}人;实习期间获得实习补贴的57人,未获得的29人。"
    checks = [c for c in results(text.format(c=26))[1] if c.kind == "stated_total"]
    assert [(c.facts["sum"], c.verdict.value) for c in checks] == [("86", "consistent")] * 3
    checks = [c for c in results(text.format(c=20))[1] if c.kind == "stated_total"]
    assert [(c.facts["sum"], c.verdict.value) for c in checks] == [("86", "consistent"), ("80", "consistent_if"), ("86", "consistent")]
    text = "回收有效问卷212份。其中男生109人,女生103人;初一74人(34.91%),初二71人(33.49%),初三67人(31.60%)。"
    assert [c.facts["sum"] for c in results(text)[1] if c.kind == "stated_total"] == ["212", "212"]
    # a clause that goes on past its counts is no split
    text = "回收有效问卷86份。其中男生38人,女生48人;护理专业31人,机电专业29人的满意度较高。"
    assert [c.facts["sum"] for c in results(text)[1] if c.kind == "stated_total"] == ["86"]


def test_any_total_right_before_qizhong_is_split_into_its_parts():
    # "户籍人口61.84万人,其中城镇人口27.53万人,乡村人口34.31万人": 27.53 + 34.31 = 61.84 (town and country: a whole
    # partition); "卫生机构342个,其中医院21个,卫生院19个,卫生室284个": 324 of 342, 其中 may name only some
    assert Fraction("27.53") + Fraction("34.31") == Fraction("61.84") and 21 + 19 + 284 == 324
    rows, checks = results("年末全县户籍人口61.84万人,其中城镇人口27.53万人,乡村人口34.31万人。全县卫生机构342个,其中医院21个,卫生院19个,卫生室284个。")
    assert [(c.variant, c.verdict.value) for c in checks if c.kind == "parts_sum"] == [("equal", "consistent"), ("short_if", "consistent_if")]
    rows, checks = results("年末全县户籍人口61.84万人,其中城镇人口27.53万人,乡村人口30.31万人。")
    assert [(c.variant, c.verdict.value) for c in checks if c.kind == "parts_sum"] == [("short_whole", "inconsistent")]


def test_a_share_of_a_named_total_is_its_part_over_that_total():
    # "一般公共预算收入14.83亿元…其中税收收入9.62亿元,比上年增加0.71亿元,占一般公共预算收入的比重为64.87%": 9.62/14.83 =
    # 64.87% (the increase 0.71 is no part); 68.47% is no share of 14.83 that 9.62 gives
    assert round(100 * 9.62 / 14.83, 2) == 64.87
    text = "全县一般公共预算收入14.83亿元,比上年增加0.74亿元,增长5.3%。其中税收收入9.62亿元,比上年增加0.71亿元,占一般公共预算收入的比重为{p}。"
    check = one(results(text.format(p="64.87%"))[1], "share_of_total")
    assert (check.variant, check.verdict.value, check.facts["part"], check.facts["total"]) == ("fit", "consistent", "9.62", "14.83")
    check = one(results(text.format(p="68.47%"))[1], "share_of_total")
    assert (check.variant, check.verdict.value) == ("misfit", "inconsistent")
    # no figure printed after the name: no check
    assert not [c for c in results("税收收入9.62亿元,占财政收入的比重为64.87%。")[1] if c.kind == "share_of_total"]


def test_a_bulletins_quantities_are_read_and_their_parts_checked():
    # "粮食总产量27.64万吨…其中夏粮11.08万吨,秋粮16.73万吨": 11.08 + 16.73 = 27.81 > 27.64; "公路总里程1 846公里,其中高速公路
    # 126公里,农村公路1 912公里": 1912 > 1846 by itself; "距县城15公里" is a distance, no statistic
    assert Fraction("11.08") + Fraction("16.73") == Fraction("27.81")
    rows, checks = results("全年粮食总产量27.64万吨,比上年增长2.9%。其中夏粮11.08万吨,秋粮16.73万吨。")
    assert [r["value"] for r in rows if r["kind"] == "count"] == ["27.64", "11.08", "16.73"]
    assert one(checks, "parts_sum").verdict.value == "inconsistent"
    rows, checks = results("年末全区公路总里程1 846公里,其中高速公路126公里,农村公路1 912公里。")
    check = one(checks, "parts_sum")
    assert (check.variant, check.verdict.value, check.facts["part"]) == ("part_over", "inconsistent", "1912")
    assert rows_of(rows, check) == ["1846", "1912"]
    rows, checks = results("年末全区公路总里程1 846公里,其中高速公路126公里,农村公路1 512公里。")
    assert one(checks, "parts_sum").verdict.value == "consistent_if"
    rows, _ = results("该村距县城15公里,人均耕地1.2亩。")
    assert [(r["value"], r["kind"]) for r in rows] == [("1.2", "mean")]


def test_a_split_whose_parts_each_carry_a_count_within_them():
    # "其中男生1208名,近视598名;女生1138名,近视619名。小学1052名,近视371名;初中743名,近视447名;高中551名,近视399名。":
    # 1208 + 1138 and 1052 + 743 + 551 are each the 2346; each 近视 count is within its part
    assert 1208 + 1138 == 1052 + 743 + 551 == 2346
    text = ("抽取6所中小学2346名学生进行视力筛查。共检出近视学生1217名。其中男生1208名,近视598名;女生1138名,近视619名。"
            "小学1052名,近视371名;初中743名,近视447名;高中551名,近视{k}名。")
    rows, checks = results(text.format(k=399))
    assert [(c.facts["sum"], c.verdict.value) for c in checks if c.kind == "stated_total"] == [("2346", "consistent")] * 2
    within = [(c.facts["count"], c.facts["n"], c.verdict.value) for c in checks if c.kind == "part_of_base" and c.variant.startswith("of_stated")]
    assert within[:5] == [("598", 1208, "consistent"), ("619", 1138, "consistent"), ("371", 1052, "consistent"),
                          ("447", 743, "consistent"), ("399", 551, "consistent")]
    rows, checks = results(text.format(k=599))
    assert [c.verdict.value for c in checks if c.kind == "part_of_base" and c.facts.get("count") == "599"] == ["inconsistent"]


def test_a_qizhong_list_over_several_attributes_is_one_list_per_clause():
    # "共有党员14836名,其中女党员3912名,…;35岁及以下党员2187名,…,36至59岁党员7046名,…,60岁及以上党员5603名,…;大专及以上
    # 学历党员4071名": sex, age and education overlap; the ages alone make up the total (2187 + 7046 + 5603 = 14836)
    assert 2187 + 7046 + 5603 == 14836
    text = ("共有党员14836名,其中女党员3912名,占26.37%;35岁及以下党员2187名,占14.74%,36至59岁党员7046名,占47.49%,60岁及以上党员"
            "{old}名,占37.77%;大专及以上学历党员4071名,占27.44%。")
    checks = [c for c in results(text.format(old=5603))[1] if c.kind == "stated_total"]
    assert [(c.variant, c.verdict.value) for c in checks] == [("part_within", "consistent"), ("equal", "consistent"), ("part_within", "consistent")]
    checks = [c for c in results(text.format(old=5703))[1] if c.kind == "stated_total"]
    assert [(c.variant, c.verdict.value) for c in checks] == [("part_within", "consistent"), ("over", "inconsistent"), ("part_within", "consistent")]


def test_counts_of_things_and_a_sample_stated_after_them_are_no_pair():
    # "村(社区)…“一肩挑”的201个,占92.20%" is 201 of the 218 villages (92.20%), not of the 561 questionnaires stated later:
    # a count of things (个) never takes a sample of respondents as its base, nor does a pair a sample printed after it
    assert round(100 * 201 / 218, 2) == 92.20
    text = "全县218个村(社区)中,村196个、社区22个。村(社区)党组织书记和主任“一肩挑”的201个,占92.20%。\n二、问卷调查\n发放问卷600份,回收有效问卷561份。"
    rows, checks = results(text)
    # (the sentence before, "全县218个村(社区)中", opens the topic: 201 of 218, the base it states)
    assert [(c.kind, c.verdict.value) for c in checks] == [("part_of_base", "consistent"), ("percent_of", "consistent"), ("part_of_base", "consistent")]
    assert [r["base"] for r in rows if r["kind"] == "percent"] == [218]
    # without the topic's count, no base at all (never the 561 questionnaires stated after it)
    rows, checks = results(text.replace("全县218个村(社区)中,村196个、社区22个。", ""))
    assert [(c.kind, c.verdict.value) for c in checks] == [("no_base", "not_checkable"), ("part_of_base", "consistent")]


def test_a_qizhong_lists_parts_of_things_end_with_its_clause_and_add_up_exactly():
    # "Ａ级旅游景区46家,其中5A级2家、4A级15家、3A级29家;星级饭店38家": 2 + 15 + 29 = 46, the hotels are another clause;
    # whole counts of things are exact: 2 + 15 + 28 = 45 is not 46 within any rounding
    text = "年末全市A级旅游景区46家,其中5A级2家、4A级15家、3A级{n}家;星级饭店38家。"
    check = one(results(text.format(n=29))[1], "parts_sum")
    assert (check.variant, check.verdict.value, check.facts["sum"]) == ("equal_exact", "consistent", "46")
    check = one(results(text.format(n=28))[1], "parts_sum")
    assert (check.verdict.value, check.facts["slack"]) == ("consistent_if", "0")


def test_a_yearbooks_thousands_with_decimals_are_joined_before_their_unit_only():
    # "3 812.7万人次" is 3812.7; "合计412 100.0" is a row's count and its share, "2019 3 486.2 9.8" a table's row
    cleaned = clean_text("接待国内游客3 812.7万人次,其中过夜游客1 046.3万人次。合计412 100.0\n2019 3 486.2 9.8\n")
    text = cleaned if isinstance(cleaned, str) else cleaned.text
    assert "3812.7万人次" in text and "1046.3万人次" in text and "合计412 100.0" in text and "2019 3 486.2 9.8" in text


def test_a_share_after_qizhong_is_its_part_over_the_figure_before_qizhong():
    # 1046.3/3812.7 = 27.44% (27.4); 29.4% is no share of it
    assert round(100 * 1046.3 / 3812.7, 1) == 27.4
    text = "2023年全市接待国内游客3812.7万人次,其中过夜游客1046.3万人次,占{p}。"
    check = one(results(text.format(p="27.4%"))[1], "share_of_total")
    assert (check.verdict.value, check.facts["part"], check.facts["total"]) == ("consistent", "1046.3万", "3812.7万")
    assert one(results(text.format(p="29.4%"))[1], "share_of_total").verdict.value == "inconsistent"


def test_a_rows_before_and_after_t_is_paired_and_checked_against_its_bound():
    # "观察组 52 18.62±3.41 8.37±2.65 21.47": one group at two times; the SD of the differences is at most 3.41 + 2.65, so
    # |t| >= 10.25 × √52 / 6.06 ≈ 12.2 (12.14 over the rounding): 21.47 can be right, 5.12 for the other row cannot
    import math

    assert round((18.62 - 8.37) * math.sqrt(52) / (3.41 + 2.65), 1) == 12.2 and (18.42 - 12.06) * math.sqrt(50) / (3.52 + 3.08) > 6.8
    text = ("表1 两组治疗前后便秘症状积分比较(分,x±s)\n组别 例数 治疗前 治疗后 组内t P\n观察组 52 18.62±3.41 8.37±2.65 21.47 0.000\n"
            "对照组 50 18.42±3.52 12.06±3.08 {t} 0.000\n")
    checks = [c for c in results(text.format(t="5.12"))[1] if c.kind == "t_recomputed"]
    assert [(c.variant, c.verdict.value) for c in checks] == [("paired_within_bound", "consistent"), ("paired_below_bound", "inconsistent")]
    checks = [c for c in results(text.format(t="9.12"))[1] if c.kind == "t_recomputed"]
    assert [c.verdict.value for c in checks] == ["consistent", "consistent"]


def test_a_chi2_after_groups_rates_with_their_sizes_is_recomputed_from_them():
    # "病程＜3年18例中有效17例(94.44%),3~5年20例中有效18例(90.00%),＞5年14例中有效12例(85.71%)(χ2=7.214,P=0.027)": the 3×2
    # table [[17, 1], [18, 2], [12, 2]] gives Pearson's χ² 0.696, df 2
    from dangjian.engine.kinds.crosstab import chi2_statistics

    assert round(dict(chi2_statistics([[17, 1], [18, 2], [12, 2]]))["Pearson's χ²"], 3) == 0.696
    text = "病程＜3年18例中有效17例(94.44%),3~5年20例中有效18例(90.00%),＞5年14例中有效12例(85.71%),差异有统计学意义(χ2={x},P=0.027)。"
    assert one(results(text.format(x="7.214"))[1], "chi2_table").verdict.value == "inconsistent"
    assert one(results(text.format(x="0.696"))[1], "chi2_table").verdict.value == "consistent"


def test_a_platforms_bars_are_layout_and_one_misprinted_count_is_named_alone():
    # 问卷星 draws bars between a count and its share ("售后无保障 52  ▇▇ 24.14%"); 88 + 41 + 52 + 25 = 206 > 203, and only
    # 52 misses its share of 203: 24.14% is 49/203, and 88 + 41 + 49 + 25 = 203. The count is named, not its share
    assert round(100 * 49 / 203, 2) == 24.14 and 88 + 41 + 49 + 25 == 203
    text = ("答卷数:286\n第5题: 您在二手交易中最担心的问题是: [单选题]\n选项 小计 比例\n商品与描述不符 88  ▇▇▇▇▇▇ 43.35%\n交易受骗 41  ▇▇▇ 20.2%\n"
            "售后无保障 {k}  ▇▇ 24.14%\n其他 25  ▇ 12.32%\n本题有效填写人次 203\n")
    rows, checks = results(text.format(k=52))
    bad = [c for c in checks if c.verdict.value == "inconsistent"]
    assert [(c.kind, c.variant, rows_of(rows, c)) for c in bad] == [("percent_of", "misfit", ["52"]), ("cells_sum", "one_count_off", ["52"])]
    assert one(checks, "cells_sum").facts["fit"] == 49
    rows, checks = results(text.format(k=49))
    assert "inconsistent" not in {c.verdict.value for c in checks}
    # two counts off: which one is wrong the page does not show, and the sum names them all
    rows, checks = results(text.format(k=52).replace("交易受骗 41", "交易受骗 44"))
    assert one(checks, "cells_sum").variant == "over"


def test_a_likert_items_mean_and_sd_are_recomputed_from_its_answers_counts():
    # "A4查找拓展资料 15(6.36) 43(18.22) 84(35.59) 67(28.39) 27(11.44) 3.20 0.86" under "非常不同意 … 非常同意 M SD": scores 1-5,
    # mean 756/236 = 3.2034 (3.20); SD 1.0684 (n − 1) or 1.0661 (n), not 0.86
    import statistics

    answers = [1] * 15 + [2] * 43 + [3] * 84 + [4] * 67 + [5] * 27
    assert round(statistics.mean(answers), 2) == 3.20 and round(statistics.stdev(answers), 2) == 1.07
    text = ("表4-3 在线学习投入各题项的得分情况[n(%)]\n题项 非常不同意 不同意 一般 同意 非常同意 M SD\n"
            "A1 课前主动预习 11(4.66) 34(14.41) 79(33.47) 81(34.32) 31(13.14) 3.37 1.03\n"
            "A4 查找拓展资料 15(6.36) 43(18.22) 84(35.59) 67(28.39) 27(11.44) {m} {sd}\n")
    rows, checks = results(text.format(m="3.20", sd="1.07"))
    assert [(c.kind, c.verdict.value) for c in checks if c.kind.startswith("item_")] == [("item_mean", "consistent"), ("item_sd", "consistent")] * 2
    rows, checks = results(text.format(m="3.02", sd="0.86"))
    assert [(c.kind, c.verdict.value) for c in checks if c.kind.startswith("item_")][2:] == [("item_mean", "inconsistent"), ("item_sd", "inconsistent")]
    # two numbers after a baseline row's cells are its test and p, not a mean and SD, when the header does not name them
    rows, checks = results("项目 观察组 对照组 χ2 P\n男 24(53.3) 26(57.8) 0.180 0.671\n女 21(46.7) 19(42.2)\n")
    assert not [c for c in checks if c.kind.startswith("item_")]


def test_two_subgroups_sizes_give_a_ts_df_only_when_its_sentence_compares_them():
    # "其中男性188人,女性248人" then a regression coefficient's "t=1.21,P=0.003": no groups compared, so no df of 434; the p is
    # wrong for every df (p(1.21) >= 0.2244 at any df); "男性…高于女性(t=2.10,P=0.036)" does compare them: df = 434
    from scipy import stats

    assert round(2 * stats.t.sf(1.21, 10**9), 4) >= 0.2262 and round(2 * stats.t.sf(2.10, 434), 3) == 0.036
    text = "回收有效问卷436份。其中男性188人,女性248人。居住年限的作用亦达到显著水平(t=1.21,P=0.003)。"
    check = one(results(text)[1], "decision_error")
    assert check.variant == "misfit_every_df"
    text = "回收有效问卷436份。其中男性188人,女性248人。男性得分高于女性(t=2.10,P=0.036)。"
    assert one(results(text)[1], "test_p").facts["df"]["key"] == "df_two_groups"


def test_a_base_the_text_declares_for_its_shares_binds_them():
    # "以下比例均以412份有效问卷为基数": 52.45% is no k/412 (216/412 = 52.43, 217/412 = 52.67); 51.46% (212/412) is
    assert round(100 * 216 / 412, 2) == 52.43 and round(100 * 217 / 412, 2) == 52.67 and round(100 * 212 / 412, 2) == 51.46
    text = ("共发放问卷450份,得到有效问卷412份。以下比例均以412份有效问卷为基数(另有说明的除外)。\n"
            "每周锻炼1次及以上的同学占90.53%,但每周锻炼3次及以上的只占{p}。")
    check = [c for c in results(text.format(p="52.45%"))[1] if c.kind == "grim_percent" and c.facts.get("n") == 412]
    assert [c.verdict.value for c in check] == ["consistent", "inconsistent"]
    check = [c for c in results(text.format(p="51.46%"))[1] if c.kind == "grim_percent"]
    assert [c.verdict.value for c in check] == ["consistent", "consistent"]


def test_a_platforms_matrix_question_prints_each_rows_mean_alone():
    # 问卷星's 矩阵量表题: "题目\选项 非常不满意 不满意 一般 满意 非常满意 平均分", rows "交易安全 14(6.9%) 37(18.23%) 78(38.42%)
    # 55(27.09%) 19(9.36%) 3.41": (14 + 74 + 234 + 220 + 95)/203 = 637/203 = 3.14, not 3.41; the shares are of 203
    assert 14 * 1 + 37 * 2 + 78 * 3 + 55 * 4 + 19 * 5 == 637 and round(637 / 203, 2) == 3.14
    text = ("第6题: 您对校园二手交易以下方面的满意程度: [矩阵量表题]\n题目\\选项 非常不满意 不满意 一般 满意 非常满意 平均分\n"
            "价格实惠 6(2.96%) 15(7.39%) 61(30.05%) 83(40.89%) 38(18.72%) 3.65\n交易安全 14(6.9%) 37(18.23%) 78(38.42%) 55(27.09%) 19(9.36%) {m}\n")
    rows, checks = results(text.format(m="3.41"))
    means = [(c.facts["line"], c.verdict.value) for c in checks if c.kind == "item_mean"]
    assert means == [("价格实惠", "consistent"), ("交易安全", "inconsistent")]
    assert {c.verdict.value for c in checks if c.kind == "percent_of"} == {"consistent"}
    rows, checks = results(text.format(m="3.14"))
    assert "inconsistent" not in {c.verdict.value for c in checks}


def test_a_rate_tables_header_may_write_its_rate_as_rate_slash_percent_and_its_total_row_ends_it():
    # "特征 调查人数 检出人数 检出率/% χ2值 P值"; the 合计 row is no level of the last factor: 1124 + 1750 = 2874 (not 5748, the
    # total row counted as a third level); the block's 2×2 table [[243, 881], [256, 1494]] gives Pearson's χ² 23.311
    from dangjian.engine.kinds.group_rates import rate_tables

    text = ("特征 调查人数 检出人数 检出率/% χ2值 P值 性别 男 1 486 298 20.05 15.533 <0.001 女 1 388 201 14.48 "
            "含糖饮料 ≥3次/周 1 124 243 21.62 {chi2} <0.001 <3次/周 1 750 256 14.63 合计 2 874 499 17.36。")
    table = rate_tables(text.format(chi2="23.311"))[0]
    assert [[r.label for r in b] for b in table.blocks] == [["性别男", "女"], ["含糖饮料≥3次/周", "<3次/周"]]
    rows, checks = results("抽取6所初中2874名学生进行调查。\n" + text.format(chi2="23.311"))
    assert [c.verdict.value for c in checks if c.kind == "chi2_table"] == ["consistent", "consistent"]
    assert [(c.facts["total"], c.verdict.value) for c in checks if c.kind == "table_vs_sample"] == [("1 486 + 1 388 = 2874", "consistent"), ("1 124 + 1 750 = 2874", "consistent")]
    rows, checks = results("抽取6所初中2874名学生进行调查。\n" + text.format(chi2="32.311"))
    assert [c.verdict.value for c in checks if c.kind == "chi2_table"] == ["consistent", "inconsistent"]


def test_a_polls_sample_unweighted_data_group_sizes_in_brackets_and_the_overall_rate():
    # "随机访问了全市18周岁以上常住居民1 206人(数据未经加权)": the sample, and the data are NOT weighted (GRIM applies);
    # "女性受访者(624人)为59.6%": 624 is the group's size, not the share's count (372/624 = 59.6%); "城区受访者(731人)中有52.4%…,
    # 郊县受访者(475人)中为47.2%,总体为55.3%": the overall rate of two groups lies between theirs, 55.3 cannot
    assert round(100 * 372 / 624, 1) == 59.6 and round(100 * (383 + 224) / 1206, 2) == 50.33
    text = ("本次调查于4月15日至5月10日随机访问了全市18周岁以上常住居民1 206人(数据未经加权)。分性别看,男性受访者(582人)支持率为66.8%,"
            "女性受访者(624人)为59.6%。城区受访者(731人)中有52.4%给出肯定回答,郊县受访者(475人)中为47.2%,总体为{p}。")
    rows, checks = results(text.format(p="55.3%"))
    assert "weighted" not in {c.variant for c in checks}
    assert [(c.variant, c.verdict.value, rows_of(rows, c)) for c in checks if c.kind == "overall_rate"] == [
        ("outside", "inconsistent", ["55.3%", "52.4%", "47.2%"])]
    assert not [c for c in checks if c.kind == "percent_of"]
    assert [(c.facts["n"], c.verdict.value) for c in checks if c.kind == "grim_percent" and c.facts["n"] == 624] == [(624, "consistent")]
    rows, checks = results(text.format(p="50.3%"))
    assert [(c.variant, c.verdict.value) for c in checks if c.kind == "overall_rate"] == [("fit", "consistent")]
    rows, checks = results(text.format(p="51.3%"))
    assert [(c.variant, c.verdict.value) for c in checks if c.kind == "overall_rate"] == [("misfit", "inconsistent")]
    rows, checks = results(text.format(p="55.3%").replace("未经加权", "经过加权"))
    assert "weighted" in {c.variant for c in checks}


def test_a_margin_in_brackets_after_a_group_of_the_sample_is_the_groups():
    # "在居住于老旧小区的318名受访者中(抽样误差±5.5个百分点)": 1.96 √(0.25/318) = 5.50; "402名青年受访者…(抽样误差±3.9个百分点)":
    # 1.96 √(0.25/402) = 4.89, and no convention gives 3.9 (the whole sample's 1206 gives 2.82)
    import math

    assert round(196 * math.sqrt(0.25 / 318), 1) == 5.5 and round(196 * math.sqrt(0.25 / 402), 2) == 4.89
    text = ("随机访问了全市常住居民1206人,在95%的置信水平下,抽样误差为±2.8个百分点。在居住于老旧小区的318名受访者中(抽样误差±5.5个百分点),"
            "支持率达71.4%。报告还对18至35岁的402名青年受访者作了单独分析(抽样误差±{m}个百分点),其支持率为58.7%。")
    checks = [c for c in results(text.format(m="3.9"))[1] if c.kind == "margin_of_error"]
    assert [(c.facts["n"], c.verdict.value) for c in checks] == [(1206, "consistent"), (318, "consistent"), (402, "inconsistent")]
    checks = [c for c in results(text.format(m="4.9"))[1] if c.kind == "margin_of_error"]
    assert [c.verdict.value for c in checks] == ["consistent"] * 3


def test_a_headings_form_and_n_state_its_questions_base_and_a_local_weighting_stays_local():
    # "(三)时间安排(单选,n=1 346)。认为…“合适”的占68.4%,“偏早”的占21.7%,“偏晚”的占12.9%": the 1346 participants, not the
    # 1537 questionnaires; 68.4 + 21.7 + 12.9 = 103.0 for a single-choice question. "按…人数加权后,…总体满意率为70.2%":
    # only that share is weighted
    text = ("回收问卷1 602份,有效问卷1 537份。(三)时间安排(单选,n=1 346)。认为课后服务结束时间“合适”的占68.4%,“偏早”的占21.7%,“偏晚”的占{p}。"
            "按小学、初中在校生人数加权后,全区家长总体满意率为70.2%。")
    rows, checks = results(text.format(p="12.9%"))
    assert {r["base"] for r in rows if r["reported"] in ("68.4%", "21.7%", "12.9%")} == {1346}
    assert one(checks, "shares_sum").verdict.value == "inconsistent"
    assert [(c.facts["reported"], c.variant) for c in checks if c.variant == "weighted"] == [("70.2%", "weighted")]
    rows, checks = results(text.format(p="9.9%"))
    assert one(checks, "shares_sum").verdict.value == "consistent"
    # a bare "(n=45)" in a heading is no question's base
    rows, checks = results("对全国252个村的449位农村党员进行了问卷调查。(一)党支部换届选举(n=45)。有54.34%的受访党员参加了投票。")
    assert [r["base"] for r in rows if r["reported"] == "54.34%"] == [449]


def test_an_efficacy_tables_size_column_and_subtotal_column_are_read_as_such():
    # "组别 例数 显效 有效 无效 总有效 / 观察组 52 22(42.31) 25(48.08) 5(9.62) 47(90.38)": 52 is the row's size, 47 = 22 + 25 a
    # subtotal; 22 + 25 + 5 = 52; the χ² after the table compares 总有效 with the rest: [[47, 5], [37, 13]] gives 4.709 (a paper's
    # bare "χ2 4.709  P 0.030" row is read in a text with a paper's means ± SD)
    from dangjian.engine.kinds.crosstab import chi2_statistics

    assert round(dict(chi2_statistics([[47, 5], [37, 13]]))["Pearson's χ²"], 3) == 4.709
    text = ("1.1 一般资料 观察组年龄(71.35±6.42)岁,对照组(72.08±6.87)岁。1.3 统计学方法 计数资料以例(%)表示,用χ2检验,P<0.05为差异有统计学意义。\n"
            "表2 两组临床疗效比较[例(%)]\n组别 例数 显效 有效 无效 总有效\n观察组 52 22(42.31) 25(48.08) 5(9.62) 47(90.38)\n"
            "对照组 50 13(26.00) 24(48.00) 13(26.00) 37(74.00)\nχ2 {x}  P 0.030\n2.3 两组不良反应比较 均未见严重不良反应。\n")
    rows, checks = results(text.format(x="4.709"))
    sums = [(c.facts["sum"], c.facts["total"], c.verdict.value) for c in checks if c.kind == "cells_sum"]
    assert sums == [("52", "52", "consistent"), ("47", "47", "consistent"), ("50", "50", "consistent"), ("37", "37", "consistent")]
    assert {c.verdict.value for c in checks if c.kind == "percent_of"} == {"consistent"} and len([c for c in checks if c.kind == "percent_of"]) == 8
    assert one(checks, "chi2_table").verdict.value == "consistent"
    assert one(results(text.format(x="7.409"))[1], "chi2_table").verdict.value == "inconsistent"


def test_a_yearbooks_composition_table_shares_are_their_amounts_over_the_total():
    # "项目 收入(亿元) 构成(%) 合计 468.15 100.0 住宿 97.36 20.8 … 交通 86.72 19.5 …": 86.72/468.15 = 18.52%, not 19.5, and the
    # shares add up to 101.0; the amounts add up to 468.15
    assert round(100 * 86.72 / 468.15, 1) == 18.5 and round(97.36 + 112.48 + 86.72 + 74.05 + 59.83 + 37.71, 2) == 468.15
    text = "15-4 2023年旅游总收入构成\n项目 收入(亿元) 构成(%)\n合计 468.15 100.0\n住宿 97.36 20.8\n餐饮 112.48 24.0\n交通 86.72 {s}\n购物 74.05 15.8\n游览娱乐 59.83 12.8\n其他 37.71 8.1\n"
    rows, checks = results(text.format(s="19.5"))
    bad = [(c.kind, rows_of(rows, c)) for c in checks if c.verdict.value == "inconsistent"]
    assert bad == [("composition_share", ["19.5"]), ("shares_sum", ["19.5"])]
    assert one(checks, "parts_sum").verdict.value == "consistent"
    rows, checks = results(text.format(s="18.5"))
    assert "inconsistent" not in {c.verdict.value for c in checks}


def test_thresholds_bands_targets_and_site_counters_are_no_statistics():
    # a criterion's threshold after a comparison sign ("症状积分减少≥70%", "病程＜3年"), a band ("减少30%~69%"), a target
    # ("力争两年内将满意率稳定在80%以上") and a site's counter ("下载 412 次") are read as nothing; a p value is still read
    text = ("疗效标准:显效:症状积分减少≥70%;有效:症状积分减少30%~69%。病程＜3年18例中有效17例(94.44%)。力争两年内将满意率稳定在80%以上。"
            "被引 3 次  下载 412 次。累计下载1200万次。")
    rows, _ = results(text)
    assert [r["reported"] for r in rows] == ["18", "17", "94.44%", "1200万"]


def test_a_yearbooks_levels_by_year_give_their_growth_rates():
    # "年份 接待国内游客(万人次) 增长(%) 旅游总收入(亿元) 增长(%) … 2022 2 376.4 -9.3 278.93 -7.4 2023 3 812.7 60.4 468.15 55.4":
    # 3812.7/2376.4 − 1 = 60.44% (60.4), 468.15/278.93 − 1 = 67.84%, not 55.4; "3 812.7" is one level (the row needs four numbers)
    assert round(100 * (3812.7 / 2376.4 - 1), 1) == 60.4 and round(100 * (468.15 / 278.93 - 1), 1) == 67.8
    text = ("15-3 旅游业主要指标(2019—2023年)\n年份 接待国内游客(万人次) 增长(%) 旅游总收入(亿元) 增长(%)\n2021 2 618.9 24.5 301.26 27.4\n"
            "2022 2 376.4 -9.3 278.93 -7.4\n2023 3 812.7 60.4 468.15 {g}\n15-4 2023年旅游总收入构成\n")
    rows, checks = results(text.format(g="55.4"))
    growth = [(c.facts["year"], c.facts["column"], c.verdict.value) for c in checks if c.kind == "series_growth"]
    assert growth == [(2022, "接待国内游客", "consistent"), (2022, "旅游总收入", "consistent"), (2023, "接待国内游客", "consistent"),
                      (2023, "旅游总收入", "inconsistent")]
    rows, checks = results(text.format(g="67.8"))
    assert {c.verdict.value for c in checks if c.kind == "series_growth"} == {"consistent"}
    # growth at comparable prices is no ratio of the levels: not judged
    rows, checks = results(text.format(g="55.4") + "注:增长速度按可比价格计算。")
    assert not [c for c in checks if c.kind == "series_growth"]


def test_a_subtotal_that_names_its_answers_stays_with_its_question_and_adds_them():
    # "满意312人(55.61%),基本满意176人(31.37%),不满意41人(7.31%),说不清32人(5.70%),满意和基本满意合计86.98%": 55.61 + 31.37 =
    # 86.98, the two answers it names (not a question of its own because 满意 was printed before with its count)
    text = ("回收有效问卷561份。对村党组织工作的总体评价:满意312人(55.61%),基本满意176人(31.37%),不满意41人(7.31%),说不清32人(5.70%),"
            "满意和基本满意合计{p}。")
    check = one(results(text.format(p="86.98%"))[1], "subtotal")
    assert (check.variant, check.verdict.value, check.facts["shares"]) == ("fit", "consistent", ["55.61", "31.37"])
    check = one(results(text.format(p="88.98%"))[1], "subtotal")
    assert (check.variant, check.verdict.value) == ("misfit_named", "inconsistent")


def test_a_correlation_table_without_its_diagonal_is_read():
    # "变量 M SD 1 2 3 4 1.主观幸福感 3.62 0.71 2.社区参与 2.87 0.84 0.38*** … 5.年龄 68.47 6.12 -0.19*** -0.08* -0.11* -0.27***":
    # no 1 on the diagonal; n = 436: |r| 0.08 gives p 0.076-0.118, no star; 0.11 gives p 0.016-0.028, one star
    from dangjian.engine.kinds.correlations import correlation_numbers

    text = ("表1 主要变量的描述统计与相关系数(N=436)\n变量 M SD 1 2 3 4\n1.主观幸福感 3.62 0.71\n2.社区参与 2.87 0.84 0.38***\n"
            "3.社会支持 3.41 0.76 0.41*** 0.29***\n4.自评健康 3.05 0.93 0.35*** 0.12* 0.16***\n5.年龄 68.47 6.12 -0.19*** {r}* -0.11* -0.27***\n"
            "注:*P<0.05,**P<0.01,***P<0.001。\n")
    assert len([x for x in correlation_numbers(clean_text(text.format(r="-0.08")).text) if x.kind == "test"]) == 10
    rows, checks = results(text.format(r="-0.08"))
    assert [rows_of(rows, c) for c in checks if c.kind == "r_stars" and c.verdict.value == "inconsistent"] == [["-0.08*"]]
    assert len([c for c in checks if c.kind == "r_stars"]) == 10
    rows, checks = results(text.format(r="-0.10"))  # p 0.029-0.052 over the rounding: a star is possible
    assert {c.verdict.value for c in checks if c.kind == "r_stars"} == {"consistent"}


def test_a_hierarchical_regressions_models_side_by_side_give_each_t_from_its_b_and_se():
    # "变量 模型1(B SE β t) 模型2(B SE β t) 常量 2.215 0.386 — 5.74*** 1.106 0.372 — 2.97** … 社区参与 0.214 0.047 0.205 4.55***":
    # 2.215/0.386 = 5.74; a predictor entered in model 2 only has four cells; 0.243/0.035 = 6.94, not 9.64
    assert round(2.215 / 0.386, 2) == 5.74 and round(0.243 / 0.035, 2) == 6.94
    text = ("表2 主观幸福感的分层回归分析(控制性别,系数略)\n变量 模型1(B SE β t) 模型2(B SE β t)\n常量 2.215 0.386 — 5.74*** 1.106 0.372 — 2.97**\n"
            "自评健康 0.243 0.035 0.318 {t}*** 0.176 0.033 0.231 5.33***\n社区参与 0.214 0.047 0.205 4.55***\nR² 0.187 0.312\n")
    checks = [c for c in results(text.format(t="6.94"))[1] if c.kind == "t_of_coefficient"]
    assert [c.verdict.value for c in checks] == ["consistent"] * 5
    checks = [c for c in results(text.format(t="9.64"))[1] if c.kind == "t_of_coefficient"]
    assert [c.verdict.value for c in checks] == ["consistent", "consistent", "inconsistent", "consistent", "consistent"]


def test_each_likert_items_answers_add_up_to_the_sample():
    # "回收有效问卷236份" … "A1 课前主动预习 11(4.66) 34(14.41) 79(33.47) 81(34.32) 31(13.14) 3.37 1.03": 11 + 34 + 79 + 81 + 31 = 236
    text = ("本研究共回收有效问卷236份。\n表4-3 在线学习投入各题项的得分情况[n(%)]\n题项 非常不同意 不同意 一般 同意 非常同意 M SD\n"
            "A1 课前主动预习 11(4.66) 34(14.41) 79(33.47) 81(34.32) {k}(13.14) 3.37 1.03\nA2 按时完成作业 4(1.69) 13(5.51) 51(21.61) 104(44.07) 64(27.12) 3.89 0.92\n")
    checks = [c for c in results(text.format(k=31))[1] if c.kind == "table_vs_sample"]
    assert [(c.variant, c.verdict.value) for c in checks] == [("equal", "consistent")] * 2
    checks = [c for c in results(text.format(k=29))[1] if c.kind == "table_vs_sample"]
    assert [(c.variant, c.verdict.value) for c in checks] == [("fewer", "consistent_if"), ("equal", "consistent")]


def test_a_table_of_a_wholes_row_and_its_parts_rows_adds_up_by_column():
    # "区(县) 接待国内游客(万人次) 旅游总收入(亿元) 全市 3 812.7 468.15 江北区 1 126.4 152.37 江南区 984.2 131.06 东湖区 867.5 97.41
    # 青山县 834.6 87.31": 1126.4 + 984.2 + 867.5 + 834.6 = 3812.7, 152.37 + 131.06 + 97.41 + 87.31 = 468.15
    assert round(1126.4 + 984.2 + 867.5 + 834.6, 1) == 3812.7 and round(152.37 + 131.06 + 97.41 + 87.31, 2) == 468.15
    text = ("15-5 2023年分区(县)旅游接待情况\n区(县) 接待国内游客(万人次) 旅游总收入(亿元)\n全市 3 812.7 468.15\n江北区 1 126.4 152.37\n"
            "江南区 984.2 131.06\n东湖区 867.5 {x}\n青山县 834.6 87.31\n简要说明\n")
    checks = [c for c in results(text.format(x="97.41"))[1] if c.kind == "parts_sum"]
    assert [(c.facts["sum"], c.verdict.value) for c in checks] == [("3812.7", "consistent"), ("468.15", "consistent")]
    checks = [c for c in results(text.format(x="79.41"))[1] if c.kind == "parts_sum"]
    assert [(c.variant, c.verdict.value) for c in checks] == [("equal", "consistent"), ("short_whole", "inconsistent")]


def test_a_baseline_tables_chi2_t_row_takes_each_columns_own_statistic():
    # "χ2/t值 0.092 0.412 0.582 0.090 0.340" under columns 男/女 (counts), 年龄 (x±s), … : the 0.092 and 0.090 are χ² (df 1 gives
    # p 0.762 and 0.765), the others t (df 89); reading all as t accused the χ² (p(t = 0.092, df 89) = 0.927)
    text = ("表1 两组患者一般资料比较\n组别 例数 男/女 年龄(岁,x±s) 发病至入院时间(h,x±s) 脑梗死/脑出血 NIHSS评分(分,x±s)\n"
            "观察组 46 27/19 67.43±8.12 18.6±6.3 34/12 8.74±2.31\n对照组 45 25/20 68.12±7.86 19.4±6.8 32/13 8.91±2.45\n"
            "χ2/t值 0.092 0.412 0.582 0.090 0.340\nP值 0.762 0.681 0.562 0.765 0.735\n")
    rows, checks = results(text)
    assert "inconsistent" not in {c.verdict.value for c in checks if c.kind in ("test_p", "decision_error")}
    stats = [r["reported"] for r in rows if r["kind"] == "test"]
    assert stats == ["0.092", "0.412", "0.582", "0.090", "0.340"]


def test_a_tables_header_gives_each_column_of_means_its_unit():
    # "组别 例数 男/女 年龄(岁,x±s) 发病至入院时间(h,x±s) …" with rows "对照组 45 25/20 68.12±7.86 19.4±6.8": 68.12 is a mean age
    # in whole years of 45 (3065/45 = 68.11, 3066/45 = 68.13: GRIM fails); 19.4 hours are a measurement, not tested
    assert round(3065 / 45, 2) == 68.11 and round(3066 / 45, 2) == 68.13
    text = ("选取91例患者,按随机数字表法分为观察组46例和对照组45例。\n"
            "表1 两组患者一般资料比较\n组别 例数 男/女 年龄(岁,x±s) 发病至入院时间(h,x±s)\n观察组 46 27/19 67.43±8.12 18.6±6.3\n"
            "对照组 45 25/20 {m}±7.86 19.4±6.8\n")
    checks = [c for c in results(text.format(m="68.12"))[1] if c.kind == "grimmer"]
    assert [(c.facts["mean"], c.variant, c.verdict.value) for c in checks] == [
        ("67.43", "fit", "consistent"), ("18.6", "measurement", "not_checkable"), ("68.12", "misfit", "inconsistent"),
        ("19.4", "measurement", "not_checkable")]
    checks = [c for c in results(text.format(m="68.13"))[1] if c.kind == "grimmer"]
    assert [c.verdict.value for c in checks if c.facts["mean"] == "68.13"] == ["consistent"]


def test_spss_independent_samples_test_table_is_read_and_each_t_checked_against_its_df_and_sig():
    # "假设方差相等 .347 .557 .257 93 .079 .530 2.061": t = .257 with df 93 gives p = .798, not .079; the Welch row's .798 fits
    from scipy import stats

    assert round(2 * stats.t.sf(0.257, 93), 3) == 0.798
    text = ("表4-4 独立样本检验\n方差方程的 Levene 检验 F Sig. 均值方程的 t 检验 t df Sig.(双侧) 均值差值 标准误差值\n"
            "前测 假设方差相等 .347 .557 .257 93 {p} .530 2.061\n假设方差不相等 .257 92.717 .798 .530 2.062\n由表4-4可知,差异不显著。")
    checks = [c for c in results(text.format(p=".079"))[1] if c.kind in ("test_p", "decision_error")]
    assert [(c.facts["df"]["df"], c.verdict.value) for c in checks] == [("93", "inconsistent"), ("92.717", "consistent")]
    checks = [c for c in results(text.format(p=".798"))[1] if c.kind in ("test_p", "decision_error")]
    assert [c.verdict.value for c in checks] == ["consistent", "consistent"]


def test_a_logistic_tables_wald_is_b_over_se_squared_with_one_df():
    # "变量 B SE Waldχ2 P OR(95%CI) … 高血压 0.187 0.109 2.943 0.008 1.21(0.97~1.49)": (0.187/0.109)² = 2.943, p(2.943; 1) = 0.086,
    # not 0.008 (a decision error); "规律运动 −0.387 0.121 10.229 0.001" fits
    from scipy import stats

    assert round((0.187 / 0.109) ** 2, 3) == 2.943 and round(stats.chi2.sf(2.943, 1), 3) == 0.086
    text = ("表2 HUA影响因素的多因素Logistic回归分析\n变量 B SE Waldχ2 P OR(95%CI)\n高血压 0.187 0.109 {w} 0.008 1.21(0.97~1.49)\n"
            "规律运动 −0.387 0.121 10.229 0.001 0.68(0.54~0.86)\n注:以女性为参照。\n")
    rows, checks = results(text.format(w="2.943"))
    assert [c.verdict.value for c in checks if c.kind == "wald_of_coefficient"] == ["consistent", "consistent"]
    assert [c.kind for c in checks if c.verdict.value == "inconsistent"] == ["decision_error"]
    rows, checks = results(text.format(w="9.243"))
    assert [c.verdict.value for c in checks if c.kind == "wald_of_coefficient"] == ["inconsistent", "consistent"]


def test_spss_group_statistics_standard_error_is_the_sd_over_root_n():
    # "班级 N 均值 标准差 均值的标准误 … 对照班 47 72.89 10.216 1.940": 10.216/√47 = 1.490, not 1.940
    import math

    assert round(10.216 / math.sqrt(47), 3) == 1.490 and round(9.875 / math.sqrt(48), 3) == 1.425
    text = "表4-3 组统计量\n班级 N 均值 标准差 均值的标准误\n前测 实验班 48 73.42 9.875 1.425\n对照班 47 72.89 10.216 {se}\n表4-4 独立样本检验\n"
    checks = [c for c in results(text.format(se="1.940"))[1] if c.kind == "se_of_mean"]
    assert [(c.facts["n"], c.verdict.value) for c in checks] == [(48, "consistent"), (47, "inconsistent")]
    checks = [c for c in results(text.format(se="1.490"))[1] if c.kind == "se_of_mean"]
    assert [c.verdict.value for c in checks] == ["consistent", "consistent"]


def test_a_satisfaction_polls_votes_by_unit_add_up_and_give_their_rate():
    # "满意率=(满意票+基本满意票)÷参评人数×100%"; "7 县自然资源局 141 89 38 14 92.07": (89 + 38)/141 = 90.07%, not 92.07;
    # "合计 996 731 196 59 94.08": the 满意 column adds up to 741, so the 合计's 731 is the figure that misses (the rate 94.08 is
    # (741 + 196)/996); "93。98" is 93.98; here (314 + 90)/430 = 93.95
    assert round(100 * 127 / 141, 2) == 90.07 and round(100 * (741 + 196) / 996, 2) == 94.08
    text = ("计分办法:满意率=(满意票+基本满意票)÷参评人数×100%;综合得分=(满意票×100+基本满意票×80)÷参评人数。\n"
            "序号 单位名称 参评人数 满意票 基本满意票 不满意票 满意率(%) 综合得分 排名\n"
            "1 县行政审批服务局 156 131 21 4 97.44 94.74 1\n5 县交通运输局 133 94 31 8 93。98 89.32 5\n7 县自然资源局 141 89 38 14 {r} 84.68 7\n"
            "合计 430 {t} 90 26 93.95 89.77 —\n")
    rows, checks = results(text.format(r="92.07", t="314"))
    bad = [(c.kind, rows_of(rows, c)) for c in checks if c.verdict.value == "inconsistent"]
    assert bad == [("vote_rate", ["92.07"])]
    rows, checks = results(text.format(r="90.07", t="304"))
    assert [(c.kind, rows_of(rows, c)) for c in checks if c.verdict.value == "inconsistent"] == [("cells_sum", ["304"])]
    # the score the page defines: (89 × 100 + 38 × 80)/141 = 84.68
    assert [c.verdict.value for c in checks if c.kind == "vote_score"][:3] == ["consistent"] * 3


def test_a_bulletins_beds_in_zhang_are_counts_and_their_parts_add_up():
    # "实有床位2 965张,其中医院2 118张,乡镇卫生院903张": 2118 + 903 = 3021 > 2965, whole beds, no rounding
    assert 2118 + 903 == 3021
    text = "年末全县医疗卫生机构实有床位2 965张,其中医院2 118张,乡镇卫生院{n}张。全年总诊疗186.42万人次。"
    rows, checks = results(text.format(n="903"))
    assert [r["reported"] for r in rows][:3] == ["2965", "2118", "903"]
    assert [c.verdict.value for c in checks if c.kind == "parts_sum"] == ["inconsistent"]
    rows, checks = results(text.format(n="847"))  # 2118 + 847 = 2965
    assert [c.verdict.value for c in checks if c.kind == "parts_sum"] == ["consistent"]


def test_a_chain_of_comparisons_joins_each_change_to_the_sentences_subject():
    # "满意的占68.55%,比口味(53.45%)高出15.1个百分点,比等候时间(40.88%)高出26.7个百分点": each 比 clause compares the
    # subject's 68.55 with its own share: 68.55 − 40.88 = 27.67, not 26.7 (and not 53.45 − 40.88 = 12.57)
    assert round(68.55 - 53.45, 2) == 15.1 and round(68.55 - 40.88, 2) == 27.67
    text = "就过餐的老人对价格最满意,满意的占68.55%,比口味的满意比例(53.45%)高出15.1个百分点,比等候时间(40.88%)高出{d}个百分点。"
    checks = [c for c in results(text.format(d="26.7"))[1] if c.kind == "points_change"]
    assert [(c.verdict.value, c.facts["before"], c.facts["after"]) for c in checks] == [
        ("consistent", "68.55", "53.45"), ("inconsistent", "68.55", "40.88")]
    checks = [c for c in results(text.format(d="27.7"))[1] if c.kind == "points_change"]
    assert [c.verdict.value for c in checks] == ["consistent", "consistent"]


def test_a_summary_adding_up_named_answers_of_a_platform_block_takes_their_counts():
    # "经常或偶尔就餐的老人合计占64.21%" after 第2题 (经常 58, 偶尔 101, 从未 89 of 248): (58 + 101)/248 = 64.11%, not 64.21%
    assert round(100 * (58 + 101) / 248, 2) == 64.11
    text = ("第2题 您是否在社区长者食堂就过餐: [单选题]\n选项\t小计\t比例\n经常(每周3次以上)\t58\t23.39%\n偶尔\t101\t40.73%\n"
            "从未(请跳至第6题)\t89\t35.89%\n本题有效填写人次\t248\n第5题 您希望增加哪些服务: [多选题]\n选项\t小计\t比例\n送餐上门\t143\t57.66%\n"
            "助餐补贴\t167\t67.34%\n本题有效填写人次\t248\n简要分析:经常或偶尔就餐的老人合计占{p}%。")
    rows, checks = results(text.format(p="64.21"))
    got = [(c.variant, c.verdict.value, c.facts["k"], c.facts["n"]) for c in checks if c.kind == "subtotal"]
    assert got == [("options_misfit", "inconsistent", 159, 248)]
    rows, checks = results(text.format(p="64.11"))
    assert [(c.variant, c.verdict.value) for c in checks if c.kind == "subtotal"] == [("options_fit", "consistent")]
    # the answers of a multi-select block are not added up, nor a share whose clause names its own base
    rows, checks = results(text.format(p="64.21").replace("经常或偶尔就餐的老人", "送餐上门和助餐补贴"))
    assert [c for c in checks if c.kind == "subtotal"] == []
    rows, checks = results(text.format(p="64.21").replace("合计占", "占就餐老人的"))
    assert [c for c in checks if c.kind == "subtotal"] == []


def test_groups_sized_in_brackets_each_take_their_size_and_a_list_of_margins_follows_them_in_order():
    # "35岁以下家长(687人)中…占65.2%,35-44岁家长(1 012人)为70.4%,45岁及以上家长(347人)为70.6%": each rate over its group's
    # size; "三个年龄组的抽样误差分别约为±3.7、±3.1和±4.3个百分点": 1.96·√(0.25/687) = 3.74, /1012 = 3.08, /347 = 5.26 (not 4.3)
    import math

    assert [round(196 * math.sqrt(0.25 / n), 2) for n in (687, 1012, 347)] == [3.74, 3.08, 5.26]
    text = ("共回收有效样本2 046份。分年龄段看,35岁以下家长(687人)中担忧孩子视力的占65.2%,35-44岁家长(1 012人)为70.4%,"
            "45岁及以上家长(347人)为70.6%。研究中心提示,三个年龄组的抽样误差分别约为±3.7、±3.1和±{m}个百分点。")
    rows, checks = results(text.format(m="4.3"))
    assert [(r["reported"], r["base"]) for r in rows if r["kind"] == "percent"] == [("65.2%", 687), ("70.4%", 1012), ("70.6%", 347)]
    margins = [c for c in checks if c.kind == "margin_of_error"]
    assert [(c.facts["n"], c.verdict.value) for c in margins] == [(687, "consistent"), (1012, "consistent"), (347, "inconsistent")]
    margins = [c for c in results(text.format(m="5.3"))[1] if c.kind == "margin_of_error"]
    assert [c.verdict.value for c in margins] == ["consistent"] * 3
    # as many sizes as margins, or the list is not mapped
    margins = [c for c in results(text.format(m="4.3").replace("和±4.3", ""))[1] if c.kind == "margin_of_error"]
    assert all(c.facts.get("n") != 347 for c in margins)


def test_a_published_instruments_total_is_a_whole_number_by_its_scoring_rules():
    # "NIHSS评分(分,x±s)" with no scale printed: NIHSS totals are whole numbers 0~42, so its mean over 46 is GRIM-testable:
    # 402/46 = 8.739 and 403/46 = 8.761, so 8.75 cannot be a mean of 46 NIHSS totals; 8.74 can
    assert round(402 / 46, 2) == 8.74 and round(403 / 46, 2) == 8.76
    text = ("表1 两组患者一般资料比较\n组别 例数 年龄(岁,x±s) NIHSS评分(分,x±s)\n观察组 46 67.43±8.12 {m}±2.31\n"
            "对照组 45 68.11±7.86 8.91±2.45\nt值 0.412 0.340\nP值 0.681 0.735\n")
    checks = [c for c in results(text.format(m="8.74"))[1] if c.kind == "grimmer"]
    assert [(c.verdict.value, c.facts["data"]["key"]) for c in checks] == [
        ("consistent", "ages"), ("consistent", "instrument_total"), ("consistent", "ages"), ("consistent", "instrument_total")]
    checks = [c for c in results(text.format(m="8.75"))[1] if c.kind == "grimmer"]
    assert [c.verdict.value for c in checks][1] == "inconsistent"
    # a score no instrument names stays unknown
    checks = [c for c in results(text.format(m="8.75").replace("NIHSS评分", "疼痛评分"))[1] if c.kind == "grimmer"]
    assert [c.verdict.value for c in checks][1] == "not_checkable"


def test_a_total_before_a_sentence_opened_by_qizhong_takes_its_parts_past_its_changes_but_an_average_takes_none():
    # "学校142所。其中,普通高中5所,…幼儿园70所": 5 + 2 + 18 + 47 + 70 = 142; "在校学生68 435人,比上年减少1 286人,下降1.9%。其中,…"
    # the parts of 68435, not of the change 1286; "人均可支配收入41 256元…。其中城镇居民人均…52 418元": averages are no parts
    assert 5 + 2 + 18 + 47 + 70 == 142 and 9874 + 3216 + 16052 + 29438 + 9855 == 68435
    text = ("年末全县共有各级各类学校142所。其中,普通高中5所,中等职业学校2所,初中18所,小学47所,幼儿园{k}所。各级各类学校在校学生68 435人,"
            "比上年减少1 286人,下降1.9%。其中,普通高中在校生9 874人,中职在校生3 216人,初中在校生16 052人,小学在校生29 438人,在园幼儿9 855人。"
            "全年全体居民人均可支配收入41 256元,比上年增加2 186元,增长5.6%。其中城镇居民人均可支配收入52 418元,农村居民人均可支配收入26 037元。")
    rows, checks = results(text.format(k="70"))
    sums = [(c.facts.get("total"), c.verdict.value) for c in checks if c.kind == "parts_sum"]
    assert sums == [("142", "consistent"), ("68435", "consistent")]
    rows, checks = results(text.format(k="80"))
    assert [c.verdict.value for c in checks if c.kind == "parts_sum"] == ["inconsistent", "consistent"]


def test_a_run_of_parts_each_with_its_share_is_of_the_figure_they_add_up_to():
    # "年末常住人口47.36万人…0-15岁常住人口7.84万人,占16.55%;16-59岁28.17万人,占59.48%;60岁及以上11.35万人,占23.97%,其中65岁及以上
    # 8.62万人,占18.20%": 7.84 + 28.17 + 11.35 = 47.36, so each share is of 47.36万 (16.55, 59.48, 23.97; the nested 18.20 too)
    assert round(7.84 + 28.17 + 11.35, 2) == 47.36 and round(100 * 28.17 / 47.36, 2) == 59.48
    text = ("年末常住人口47.36万人,比上年减少0.41万人。从年龄构成看,0-15岁常住人口7.84万人,占16.55%;16-59岁28.17万人,占{s}%;"
            "60岁及以上11.35万人,占23.97%,其中65岁及以上8.62万人,占18.20%。")
    checks = [c for c in results(text.format(s="59.48"))[1] if c.kind == "share_of_total"]
    assert [(c.facts["part"], c.facts["total"], c.verdict.value) for c in checks] == [
        ("7.84万", "47.36万", "consistent"), ("28.17万", "47.36万", "consistent"), ("11.35万", "47.36万", "consistent"),
        ("8.62万", "47.36万", "consistent")]
    checks = [c for c in results(text.format(s="57.48"))[1] if c.kind == "share_of_total"]
    assert sorted((c.facts["part"], c.verdict.value) for c in checks) == [
        ("11.35万", "consistent"), ("28.17万", "inconsistent"), ("7.84万", "consistent"), ("8.62万", "consistent")]
    # parts that add up to no figure printed before take no whole
    checks = [c for c in results(text.format(s="59.48").replace("47.36万人", "48.36万人"))[1] if c.kind == "share_of_total"]
    assert checks == []


def test_a_sex_ratio_is_males_per_hundred_females_of_its_sentence():
    # "其中男性27.03万人,女性25.84万人,户籍人口性别比(以女性为100)为104.6": 100 × 27.03 / 25.84 = 104.61;
    # "其中男婴2 143人、女婴1 989人,出生人口性别比107.7": 100 × 2143 / 1989 = 107.74
    assert round(100 * 27.03 / 25.84, 1) == 104.6 and round(100 * 2143 / 1989, 1) == 107.7
    text = ("年末全县户籍人口52.87万人,其中男性27.03万人,女性25.84万人,户籍人口性别比(以女性为100)为104.6。"
            "全年出生人口4 132人,其中男婴2 143人、女婴1 989人,出生人口性别比{r}。")
    checks = [c for c in results(text.format(r="107.7"))[1] if c.kind == "ratio_of_numbers"]
    assert [(c.variant, c.verdict.value) for c in checks] == [("sex_fit", "consistent"), ("sex_fit", "consistent")]
    checks = [c for c in results(text.format(r="108.7"))[1] if c.kind == "ratio_of_numbers"]
    assert [(c.variant, c.verdict.value) for c in checks] == [("sex_fit", "consistent"), ("sex_misfit", "inconsistent")]


def test_a_platforms_ranking_question_gives_each_options_average_score_from_its_counts_by_place():
    # 问卷星's 平均综合得分: (4 × 61 + 3 × 40 + 2 × 33 + 1 × 25) / 159 = 455/159 = 2.86; each option's counts and each place's
    # counts add up to the 159 who ranked them
    assert 4 * 61 + 3 * 40 + 2 * 33 + 25 == 455 and round(455 / 159, 2) == 2.86 and 61 + 52 + 25 + 21 == 159
    text = ("第4题 请对您选择社区食堂的原因排序: [排序题]\n选项\t平均综合得分\t第1位\t第2位\t第3位\t第4位\n离家近\t{s}\t61\t40\t33\t25\n"
            "价格实惠\t2.77\t52\t44\t38\t25\n不用自己做饭\t2.19\t25\t38\t39\t57\n饭菜适合老人口味\t2.17\t21\t37\t49\t52\n本题有效填写人次\t159\n"
            "说明:平均综合得分由问卷星根据所有填写者对选项的排序情况自动计算得出,选项排在第1位的权值为4,第2位为3,依次类推。\n")
    checks = results(text.format(s="2.86"))[1]
    assert [(c.facts["option"], c.verdict.value) for c in checks if c.kind == "rank_score"] == [
        ("离家近", "consistent"), ("价格实惠", "consistent"), ("不用自己做饭", "consistent"), ("饭菜适合老人口味", "consistent")]
    assert sum(c.kind == "cells_sum" and c.verdict.value == "consistent" for c in checks) == 8
    checks = results(text.format(s="2.68"))[1]
    assert [c.verdict.value for c in checks if c.kind == "rank_score"] == ["inconsistent", "consistent", "consistent", "consistent"]


def test_spss_tables_means_are_tested_with_grim_where_the_text_says_the_scores_are_whole_numbers():
    # "满分100分,成绩为整数" then SPSS's 描述统计量 (N 极小值 极大值 均值 标准差) and 组统计量: 3524/48 = 73.4167 prints as 73.42;
    # 73.43 is no whole-number total over 48 (3525/48 = 73.4375)
    assert round(3524 / 48, 2) == 73.42 and round(3525 / 48, 4) == 73.4375
    text = ("前测、后测均采用统一命制的阅读试卷,满分100分,成绩为整数。\n表4-1 描述统计量(实验班)\nN 极小值 极大值 均值 标准差\n"
            "前测成绩 48 52 94 {m} 9.875\n后测成绩 48 61 98 81.06 8.413\n有效的 N (列表状态) 48\n表4-3 组统计量\n班级 N 均值 标准差 均值的标准误\n"
            "前测 实验班 48 73.42 9.875 1.425\n对照班 47 72.89 10.216 1.490\n")
    checks = [c for c in results(text.format(m="73.42"))[1] if c.kind == "grimmer"]
    assert [(c.facts["n"], c.verdict.value) for c in checks] == [(48, "consistent"), (48, "consistent"), (48, "consistent"), (47, "consistent")]
    assert checks[0].facts["data"] == {"key": "whole_stated", "words": "成绩为整数"}
    checks = [c for c in results(text.format(m="73.43"))[1] if c.kind == "grimmer"]
    assert [c.verdict.value for c in checks][0] == "inconsistent"
    # without the statement, nothing is said about whole numbers
    checks = [c for c in results(text.format(m="73.43").replace("成绩为整数", "成绩保留一位小数"))[1] if c.kind == "grimmer"]
    assert checks == []


def test_a_change_on_last_year_needs_last_years_share_and_a_weighted_questions_sum_is_no_count():
    # "…满意度最高,为83.6%;对停车设施的满意度最低,仅为52.3%,比去年下降1.8个百分点": last year's share of parking is not printed,
    # and 83.6 is another facility's (before, 83.6 − 52.3 = 31.3 was set against 1.8); "比去年同期调查的62.4%上升" still joins
    text = ("调查结果按性别、年龄和城区结构进行了加权处理。在参评的16类便民设施中,市民对社区卫生服务站的满意度最高,为83.6%;对停车设施的满意度最低,"
            "仅为52.3%,比去年下降1.8个百分点。对于“步行15分钟内能否到达菜市场”(单选),回答“能”的占62.4%,“不能”的占24.9%,“不清楚”的占15.7%。"
            "满意率为68.7%,比去年同期调查的62.4%上升{d}个百分点。")
    rows, checks = results("共成功访问1 000名市民。" + text.format(d="6.3"))
    changes = [(c.variant, c.verdict.value) for c in checks if c.kind == "points_change"]
    assert changes == [("not_printed", "not_checkable"), ("fit", "consistent")]
    assert [(c.variant, c.verdict.value) for c in checks if c.kind == "shares_sum"] == [("over_single", "inconsistent")]
    changes = [c.verdict.value for c in results("共成功访问1 000名市民。" + text.format(d="4.8"))[1] if c.kind == "points_change"]
    assert changes == ["not_checkable", "inconsistent"]


def test_a_sample_cut_by_a_stray_space_is_read_whole_where_its_response_rate_confirms_it():
    # "共发放问卷600份,回收有效问卷 5 62份,有效回收率93.67%": 562/600 = 93.67%, so "5 62" is 562 (not 62), the base of what follows
    assert round(100 * 562 / 600, 2) == 93.67 and round(100 * 214 / 562, 2) == 38.08
    text = "共发放问卷600份,回收有效问卷 5 62份,有效回收率{r}%。签订劳动合同的214人,占38.08%;签订劳务协议的173人,占30.78%。"
    rows, checks = results(text.format(r="93.67"))
    assert [(r["reported"], r["value"]) for r in rows][:3] == [("600", "600"), ("5 62", "562"), ("93.67%", "93.67")]
    assert [(c.kind, c.verdict.value) for c in checks if c.kind in ("response_rate", "percent_of")] == [
        ("response_rate", "consistent"), ("percent_of", "consistent"), ("percent_of", "consistent")]
    # no rate to confirm it: the number stays unread as a sample
    rows, checks = results(text.format(r="93.67").replace(",有效回收率93.67%", ""))
    assert "5 62" not in [r["reported"] for r in rows]


def test_a_share_of_a_group_the_text_names_takes_that_groups_count():
    # "快递员176人…快递员中签订劳动合同的有92人,仅占快递员的16.37%": 92/176 = 52.27%, and 16.37 is no k/176 (it is 92/562);
    # "…有97人,占17.26%,其中获得工伤认定的仅23人,占受伤者的23.71%": the whole of the 其中 part, 23/97 = 23.71%
    assert round(100 * 92 / 176, 2) == 52.27 and round(100 * 23 / 97, 2) == 23.71
    text = ("共回收有效问卷562份。受访者中,外卖配送员248人、快递员176人。快递员中签订劳动合同的有92人,仅占快递员的{p}%。"
            "过去一年发生过交通事故或工作伤害的有97人,占17.26%,其中获得工伤认定或平台补偿的仅23人,占受伤者的23.71%。")
    rows, checks = results(text.format(p="16.37"))
    bases = {r["reported"]: r["base"] for r in rows if r["kind"] == "percent"}
    assert bases == {"16.37%": 176, "17.26%": 562, "23.71%": 97}
    assert [rows_of(rows, c) for c in checks if c.verdict.value == "inconsistent"] == [["16.37%"]]
    rows, checks = results(text.format(p="52.27"))
    assert [c for c in checks if c.verdict.value == "inconsistent"] == []
    # "占有效样本的" names the sample
    rows, checks = results("共回收有效问卷562份。月收入在3000-5000元之间的受访者最多,占有效样本的39.50%。")
    assert [r["base"] for r in rows if r["kind"] == "percent"] == [562]


def test_a_pre_post_table_with_its_difference_gives_a_paired_t_and_each_rows_instrument_its_own_scale():
    # "量表 前测 后测 差值(前-后) t(35) P": 4.64 / (4.87 / √36) = 5.72, not 4.954; 6.56 / (7.23 / 6) = 5.44. Each row's instrument as
    # the text defines it (TAS 0~37, PHQ-9 0~27); the difference cell is a difference of whole-number totals, of no range.
    # The age of "本科生36名,其中男生14名(38.89%),女生22名;年龄…平均(19.83±1.13)岁" is of all 36: 714/36 = 19.83
    import math

    assert round(4.64 / (4.87 / math.sqrt(36)), 2) == 5.72 and round(6.56 / (7.23 / 6), 3) == 5.444 and round(714 / 36, 2) == 19.83
    text = ("在某高校招募考试焦虑量表(TAS)得分≥15分的本科生36名,其中男生14名(38.89%),女生22名;年龄18～22岁,平均(19.83±1.13)岁。\n"
            "工具 (1)考试焦虑量表(TAS),共37题,是/否计0、1分,总分0～37分;(2)抑郁筛查量表(PHQ-9),总分0～27分。\n"
            "表1 干预前后各量表得分比较(n=36,M±SD)\n量表 前测 后测 差值(前-后) t(35) P\nTAS 21.47±5.62 16.83±5.19 4.64±4.87 {t} ＜0.001\n"
            "PHQ-9 8.42±3.96 7.58±3.71 0.83±2.61 1.908 0.065\n")
    checks = results(text.format(t="4.954"))[1]
    assert [(c.variant, c.verdict.value) for c in checks if c.kind == "t_recomputed"] == [
        ("paired_difference_misfit", "inconsistent"), ("paired_difference_fit", "consistent")]
    grim = [(c.facts["n"], c.facts["data"]["key"], c.verdict.value) for c in checks if c.kind == "grimmer"]
    assert grim[0] == (36, "ages", "consistent")
    assert [d for _, d, _ in grim[1:]] == ["total_range", "total_range", "differences", "total_range", "total_range", "differences"]
    assert [c.facts["data"]["hi"] for c in checks if c.kind == "grimmer" and c.facts["data"]["key"] == "total_range"] == [37, 37, 27, 27]
    checks = results(text.format(t="5.717"))[1]
    assert [c.verdict.value for c in checks if c.kind == "t_recomputed"] == ["consistent", "consistent"]


def test_a_text_of_several_surveys_weights_only_the_survey_it_says_is_weighted():
    # a vote of 12.6万人次, then an unweighted poll of 2 035 ("样本未加权"), then a weighted survey of 4 862 ("样本经加权后…"):
    # GRIM applies to the poll's groups (74.1% of 1146), its margin is 1.96·√(0.25/2035) = 2.17 (not 3.2, no weighting to widen
    # it), and "“基本待在教室”的比例比2021年调查时的45.2%上升了6.8个百分点" joins 53.7 and 45.2 (8.5, not 6.8; not 45.2 − 11.4)
    import math

    assert round(196 * math.sqrt(0.25 / 2035), 2) == 2.17 and round(53.7 - 45.2, 1) == 8.5
    text = ("人民投票频道的网络投票显示,共有12.6万人次参与投票,其中72.4%的网友表示支持,9.8%表示不支持,17.8%表示无所谓。"
            "江州晚报民调中心对2 035名受访者进行的一项调查(样本未加权)显示,68.3%的受访者认为课间不够用。其中,中小学生家长(1 146人)中这一比例为74.1%。"
            "此次调查在95%置信水平下的抽样误差为±{m}个百分点。课题组对全国12个省份4 862名中小学生家长开展了问卷调查,样本经加权后与全国家庭结构一致。"
            "结果显示,孩子课间“基本待在教室”的占53.7%,“偶尔到室外活动”的占34.9%,“经常到室外活动”的占11.4%;其中“基本待在教室”的比例比2021年调查时的"
            "45.2%上升了{d}个百分点。")
    rows, checks = results(text.format(m="3.2", d="6.8"))
    weighted = [rows_of(rows, c)[0] for c in checks if c.variant == "weighted"]
    assert weighted == ["53.7%", "34.9%", "11.4%", "45.2%"]
    assert [(c.variant, c.verdict.value) for c in checks if c.kind == "margin_of_error"] == [("misfit_unweighted", "inconsistent")]
    assert [(c.facts["before"], c.facts["after"], c.verdict.value) for c in checks if c.kind == "points_change"] == [("53.7", "45.2", "inconsistent")]
    rows, checks = results(text.format(m="2.2", d="8.5"))
    assert [c.verdict.value for c in checks if c.kind in ("margin_of_error", "points_change")] == ["consistent", "consistent"]
    assert [r["base"] for r in rows if r["reported"] == "74.1%"] == [1146]


def rows_of_total(check):
    """The total a stated_total check names (from its explanation's facts)."""
    return int(check.facts.get("total", 0))


def test_parts_in_brackets_after_a_part_are_that_parts_and_a_list_headed_qizhong_colon_runs_over_its_clauses():
    # "机构1 286个。其中:医院62个(公立医院31个,民营医院33个);基层…1 187个(…96个,…118个,…812个,…161个);专业…33个,比上年减少1个,…;
    # 其他机构4个": 62 + 1187 + 33 + 4 = 1286; 96 + 118 + 812 + 161 = 1187; 31 + 33 = 64 > 62 (the bracket's parts exceed their part)
    assert 62 + 1187 + 33 + 4 == 1286 and 96 + 118 + 812 + 161 == 1187
    text = ("2023年末,全市医疗卫生机构1 286个。其中:医院62个(公立医院31个,民营医院{k}个);基层医疗卫生机构1 187个(社区卫生服务中心(站)96个,"
            "乡镇卫生院118个,村卫生室812个,门诊部(所)161个);专业公共卫生机构33个,比上年减少1个;其他机构4个。")
    checks = [c for c in results(text.format(k="33"))[1] if c.kind == "parts_sum"]
    assert [(c.facts["total"], c.verdict.value) for c in checks] == [("1286", "consistent"), ("62", "inconsistent"), ("1187", "consistent")]
    checks = [c for c in results(text.format(k="31"))[1] if c.kind == "parts_sum"]
    assert [c.verdict.value for c in checks] == ["consistent", "consistent", "consistent"]
    # issue 28's example: "共8例失访,其中观察组5例(2例搬迁,3例拒访),对照组3例": 5 + 3 = 8, and 2 + 3 = 5
    checks = [c for c in results("研究期间共8例失访,其中观察组5例(2例搬迁,3例拒访),对照组3例。")[1] if c.kind in ("parts_sum", "stated_total")]
    assert [(c.kind, rows_of_total(c), c.verdict.value) for c in checks] == [("stated_total", 8, "consistent"), ("stated_total", 5, "consistent")]


def test_a_descriptive_table_with_minimum_and_maximum_bounds_each_mean_and_fixes_a_dummys_sd():
    # "维度 题项数 最小值 最大值 均值 标准差 … 成就感低 6 1.17 5.00 5.12 0.69": 5.12 > 5.00; "变量 均值 标准差 最小值 最大值 (N=826) …
    # 有配偶(是=1) 0.683 0.415 0 1": k = 564 ones of 826 have SD √(564·262/(826·825)) = 0.466, not 0.415
    import math

    assert round(math.sqrt(564 * 262 / (826 * 825)), 3) == 0.466
    text = ("表3-2 学习倦怠各维度描述统计(N=426,题均分)\n维度 题项数 最小值 最大值 均值 标准差\n情绪低落 8 1.00 5.00 2.86 0.71\n成就感低 6 1.17 5.00 {m} 0.69\n"
            "由表3-2可知。表1 变量描述统计(N=826)\n变量 均值 标准差 最小值 最大值\n女性(是=1) 0.547 0.498 0 1\n有配偶(是=1) 0.683 {sd} 0 1\n四、实证结果")
    checks = results(text.format(m="5.12", sd="0.415"))[1]
    assert [(c.facts["label"], c.verdict.value) for c in checks if c.kind == "mean_in_range"] == [
        ("情绪低落", "consistent"), ("成就感低", "inconsistent"), ("女性(是=1)", "consistent"), ("有配偶(是=1)", "consistent")]
    assert [(c.variant, c.verdict.value) for c in checks if c.kind == "debit"] == [("fit_on_scale", "consistent"), ("misfit_sd", "inconsistent")]
    checks = results(text.format(m="4.12", sd="0.466"))[1]
    assert [c for c in checks if c.verdict.value == "inconsistent"] == []


def test_bartletts_df_is_that_of_the_items_the_scale_has():
    # "量表共20题…Bartlett球形检验χ2=3862.47(df=190,P＜0.001)": 20 × 19 / 2 = 190; df=210 of 共22题 is 21 items' (one left out?)
    assert 20 * 19 // 2 == 190 and 21 * 20 // 2 == 210 and 22 * 21 // 2 == 231
    text = "学业自我效能感量表共{k}题,α系数为0.912,KMO值为0.887,Bartlett球形检验χ2=4015.32(df={df},P＜0.001),适合进行因子分析。"
    got = [(c.variant, c.verdict.value) for c in results(text.format(k=20, df=190))[1] if c.kind == "bartlett_df"]
    assert got == [("fit", "consistent")]
    got = [(c.variant, c.verdict.value) for c in results(text.format(k=22, df=210))[1] if c.kind == "bartlett_df"]
    assert got == [("fewer_items", "consistent_if")]
    got = [(c.variant, c.verdict.value) for c in results(text.format(k=22, df=220))[1] if c.kind == "bartlett_df"]
    assert got == [("misfit", "inconsistent")]
    # the df printed in brackets before the p is the test's: its p is read
    assert [c.kind for c in results(text.format(k=20, df=190))[1]] == ["bartlett_df", "test_p"]


def test_a_tables_proportions_are_shares_in_percent():
    # "表中比例以小数表示 … 变量 类别 频数 比例 性别 男 187 0.439 女 239 0.561": 187/426 = 0.4390 (43.9%); 97/426 = 0.2277, not 0.238
    assert round(187 / 426, 3) == 0.439 and round(97 / 426, 3) == 0.228
    text = ("本研究发放问卷460份,得到有效问卷426份。样本基本情况见表3-1,表中比例以小数表示。\n表3-1 样本基本情况(N=426)\n变量 类别 频数 比例\n"
            "性别 男 187 0.439\n女 239 0.561\n是否学生干部 是 97 {p}\n否 329 0.772\n3.2 量表的信度与效度")
    rows, checks = results(text.format(p="0.228"))
    assert [(r["reported"], r["value"]) for r in rows if r["kind"] == "percent"] == [("0.439", "43.9"), ("0.561", "56.1"), ("0.228", "22.8"),
                                                                                      ("0.772", "77.2")]
    assert [c for c in checks if c.verdict.value == "inconsistent"] == []
    rows, checks = results(text.format(p="0.238"))
    assert [rows_of(rows, c) for c in checks if c.verdict.value == "inconsistent" and c.kind == "percent_of"] == [["0.238"]]


def test_a_cross_tabs_cells_near_a_platform_block_are_counts_and_shares_not_glued_numbers():
    # a 问卷星 交叉分析 "大一 23(23.96%) 41(42.71%) …" right before a block with its 本题有效填写人次: each cell is a count and its share
    # of the row (23/96 = 23.96%), never a count glued to its share
    assert round(100 * 23 / 96, 2) == 23.96
    text = ("交叉分析 X:2.您所在的年级 Y:6.您每月的外卖支出\nX\\Y\tA.100元以下\tB.100-300元\tC.301-500元\tD.500元以上\t小计\n"
            "大一\t23(23.96%)\t41(42.71%)\t22(22.92%)\t10(10.42%)\t96\n大二\t15(17.05%)\t38(43.18%)\t24(27.27%)\t11(12.5%)\t88\n"
            "第7题 您点外卖的主要原因:[多选题]\n选项\t小计\t比例\n节省时间\t214\t63.88%\n其他\t12\t3.58%\n本题有效填写人次\t335\n")
    rows, checks = results(text)
    assert not [r for r in rows if r["kind"] == "damaged"]
    assert [(rows_of(rows, c), c.verdict.value) for c in checks if c.kind == "percent_of"][:2] == [(["23.96%"], "consistent"), (["42.71%"], "consistent")]


def test_a_mann_whitney_tables_z_is_at_least_the_one_without_ties_and_each_median_lies_between_its_quartiles():
    # two arms of 58 and 56: U = 1285.5 gives |Z| = |1285.5 − 1624| / √(58·56·115/12) = 1.919 without ties (ties raise it)
    import math

    assert round(abs(1285.5 - 58 * 56 / 2) / math.sqrt(58 * 56 * 115 / 12), 3) == 1.919
    text = ("选取患者114例,分为观察组58例和对照组56例。\n表2 两组术后恢复指标比较[M(P25,P75)]\n组别 例数 首次排气时间(h) NRS评分(分)\n"
            "观察组 58 18.5(15.0,22.5) 3(2,4)\n对照组 56 26.0(21.5,{q}) 3(3,4)\nU值 846.5 1285.5\nZ值 -4.415 {z}\nP值 ＜0.001 0.047\n")
    checks = results(text.format(q="31.0", z="-1.982"))[1]
    assert [c.verdict.value for c in checks if c.kind == "z_of_u"] == ["consistent", "consistent"]
    assert [c.verdict.value for c in checks if c.kind == "median_in_quartiles"] == ["consistent"] * 4
    checks = results(text.format(q="25.0", z="-1.682"))[1]
    assert [c.verdict.value for c in checks if c.kind == "z_of_u"] == ["consistent", "inconsistent"]
    assert [c.verdict.value for c in checks if c.kind == "median_in_quartiles"] == ["consistent", "consistent", "inconsistent", "consistent"]


def test_a_chi_square_in_a_tables_note_is_of_the_tables_categories_and_takes_their_df():
    # "组别 例数 满意 一般 不满意 总满意 … 注:总满意=满意+一般;χ2=5.054,P=0.025": Pearson's χ² of the 2×3 categories (without the
    # 总满意 subtotal) is 5.054, so df = 2 and p = 0.080, not 0.025 (the p of df 1)
    from scipy.stats import chi2, chi2_contingency

    assert round(chi2_contingency([[41, 14, 3], [29, 19, 8]], correction=False)[0], 3) == 5.054 and round(chi2.sf(5.054, 2), 3) == 0.080
    text = ("表3 两组护理满意度比较[n(%)]\n组别 例数 满意 一般 不满意 总满意\n观察组 58 41(70.69) 14(24.14) 3(5.17) 55(94.83)\n"
            "对照组 56 29(51.79) 19(33.93) 8(14.29) 48(85.71)\n注:总满意=满意+一般;χ2=5.054,P={p}\n")
    checks = results(text.format(p="0.025"))[1]
    assert [(c.kind, c.verdict.value) for c in checks if c.kind in ("chi2_table", "decision_error", "test_p")] == [
        ("chi2_table", "consistent"), ("decision_error", "inconsistent")]
    checks = results(text.format(p="0.080"))[1]
    assert [(c.kind, c.verdict.value) for c in checks if c.kind in ("chi2_table", "decision_error", "test_p")] == [
        ("chi2_table", "consistent"), ("test_p", "consistent")]


def test_a_letter_for_a_digit_makes_a_number_damaged_and_those_who_took_part_are_the_sample():
    # "全校共1 548户家庭,实际参与1 247户,参与率8O.56%": 1247 is the sample; "8O.56%" and "6l.3%" are damaged (an OCR letter),
    # never read, and the change "比去年的6l.3%提高了12.5个百分点" is not set against another share
    text = ("全校共1 548户家庭,实际参与1 247户,参与率8O.56%。家长对学校工作“非常满意”的占52.3%,“满意”的占38.6%,“一般”的占7.2%,"
            "“不满意”的占1.9%。关于作业量,认为“偏多”的占11.2%,比去年(17.5%)下降了6.3个百分点;认为“适中”的占73.8%,比去年的6l.3%提高了"
            "12.5个百分点。本次共收到家长留言l 032条。")
    rows, checks = results(text)
    assert [r["reported"] for r in rows if r["kind"] == "damaged"] == ["8O.56%", "6l.3%", "l 032"]
    assert {r["base"] for r in rows if r["reported"] in ("52.3%", "38.6%")} == {1247}
    assert [(c.facts["value"], c.verdict.value) for c in checks if c.kind == "points_change"] == [("6.3", "consistent"), ("12.5", "not_checkable")]


def test_a_multiple_divides_the_two_shares_of_its_own_clause():
    # "男生…占58.27%,女生为48.98%,…;大四学生月支出500元以上的比例(23.88%)是大一学生(10.42%)的2.5倍": 23.88/10.42 = 2.29
    assert round(23.88 / 10.42, 2) == 2.29
    text = ("男生每周点外卖3次及以上的占58.27%,女生为48.98%,男生高出9.29个百分点;月支出随年级升高,大四学生月支出500元以上的比例(23.88%)"
            "是大一学生(10.42%)的{r}倍,大一学生月支出300元以下的占66.67%。")
    assert [c.verdict.value for c in results(text.format(r="2.5"))[1] if c.kind == "ratio_of_numbers"] == ["inconsistent"]
    assert [c.verdict.value for c in results(text.format(r="2.3"))[1] if c.kind == "ratio_of_numbers"] == ["consistent"]


def test_a_sentence_that_opens_a_topic_of_things_gives_the_shares_after_it_their_base():
    # "全县218个村(社区)中,村196个、社区22个。…“一肩挑”的201个,占92.20%;书记中…的129名,占59.17%,致富带头人97名,占44.59%":
    # 201/218 = 92.20%, 129/218 = 59.17%, 97/218 = 44.50% (not 44.59)
    assert round(100 * 201 / 218, 2) == 92.20 and round(100 * 97 / 218, 2) == 44.50
    text = ("全县218个村(社区)中,村196个、社区22个。村(社区)党组织书记和主任“一肩挑”的201个,占92.20%;书记中大专及以上学历的129名,占59.17%,"
            "致富带头人97名,占{p}%;书记平均年龄47.6岁。")
    rows, checks = results(text.format(p="44.59"))
    assert {r["base"] for r in rows if r["kind"] == "percent"} == {218}
    assert [rows_of(rows, c) for c in checks if c.verdict.value == "inconsistent"] == [["44.59%"]]
    rows, checks = results(text.format(p="44.50"))
    assert [c for c in checks if c.verdict.value == "inconsistent"] == []


def test_shares_after_a_list_of_groups_and_fenbie_take_each_groups_size_in_order():
    # "35岁以下家长(687人)…,35-44岁家长(1 012人)…,45岁及以上家长(347人)…。…这一比例在35岁以下、35-44岁和45岁及以上家长中分别为54.7%、
    # 61.2%和66.0%": over 687, 1012 and 347 (not the sample's 2 046); 66.1 is no k/347 (229/347 = 65.99%, 230/347 = 66.28%)
    assert round(100 * 229 / 347, 1) == 66.0 and round(100 * 230 / 347, 2) == 66.28
    text = ("共回收有效样本2 046份。分年龄段看,35岁以下家长(687人)中担忧的占65.2%,35-44岁家长(1 012人)为70.4%,45岁及以上家长(347人)为70.6%。"
            "约六成(59.8%)家长表示孩子每天户外活动不足1小时,这一比例在35岁以下、35-44岁和45岁及以上家长中分别为54.7%、61.2%和{p}%。")
    rows, checks = results(text.format(p="66.0"))
    assert [(r["reported"], r["base"]) for r in rows if r["kind"] == "percent"][-4:] == [("59.8%", 2046), ("54.7%", 687), ("61.2%", 1012),
                                                                                         ("66.0%", 347)]
    rows, checks = results(text.format(p="66.1"))
    assert [rows_of(rows, c) for c in checks if c.verdict.value == "inconsistent"] == [["66.1%"]]


def test_an_index_from_zero_to_one_is_no_dummy():
    # "社会资本指数 0.45 0.21 0 1": an index may take any value between 0 and 1; only a row the label says is coded 0/1
    # ("有配偶(是=1)") has its SD fixed by its mean
    text = "表1 变量描述统计(N=826)\n变量 均值 标准差 最小值 最大值\n社会资本指数 0.45 0.21 0 1\n有配偶(是=1) 0.683 0.415 0 1\n四、实证结果"
    checks = results(text)[1]
    assert [(c.kind, c.verdict.value) for c in checks if c.kind == "debit"] == [("debit", "inconsistent")]
    assert [c.verdict.value for c in checks if c.kind == "mean_in_range"] == ["consistent", "consistent"]


def test_a_pre_post_rows_cohens_d_follows_the_formula_the_paper_states():
    # "Cohen's d=(M前-M后)/SD合并,SD合并=√[(SD前²+SD后²)/2]": |52.36 − 58.92| / √((9.84² + 9.17²)/2) = 0.690, not 0.91 (which is the
    # difference's mean over its SD, 6.56/7.23, another convention, allowed only where the paper states none)
    import math

    assert round(6.56 / math.sqrt((9.84**2 + 9.17**2) / 2), 3) == 0.690 and round(6.56 / 7.23, 2) == 0.91
    text = ("前后测比较采用配对样本t检验;效应量Cohen's d=(M前-M后)/SD合并,SD合并=√[(SD前²+SD后²)/2]。\n"
            "表1 干预前后各量表得分比较(n=36,M±SD)\n量表 前测 后测 差值(前-后) t(35) P Cohen's d\n"
            "TAS 21.47±5.62 16.83±5.19 4.64±4.87 5.717 ＜0.001 0.86\nMAAS 52.36±9.84 58.92±9.17 -6.56±7.23 -5.444 ＜0.001 0.91\n")
    checks = [c for c in results(text)[1] if c.kind == "cohen_d"]
    assert [(c.variant, c.verdict.value) for c in checks] == [("fit", "consistent"), ("misfit_stated", "inconsistent")]
    checks = [c for c in results(text.replace("效应量Cohen's d=(M前-M后)/SD合并,SD合并=√[(SD前²+SD后²)/2]", "效应量以Cohen's d表示"))[1]
              if c.kind == "cohen_d"]
    assert [(c.variant, c.verdict.value) for c in checks] == [("fit", "consistent"), ("fit_paired", "consistent")]
