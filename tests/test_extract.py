"""Automatic extraction and checks on any report: synthetic snippets per rule."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import dangjian.extract as _extract
from dangjian.clean import clean_text
from dangjian.extract import CHECK_COLUMNS, CLAIM_COLUMNS, check_claims, extract_claims


def run(text: str):
    claims = extract_claims(clean_text(text), source="t")
    return claims, check_claims(claims)


def test_contract_columns():
    claims, checks = run("发放问卷100份。认为好的有60人,占60%。")
    assert list(claims.columns) == CLAIM_COLUMNS
    assert list(checks.columns) == CHECK_COLUMNS


def test_count_and_share_with_a_base_stated_in_the_sentence():
    # 100 * 202 / 310 = 65.1613 -> 65.16
    claims, checks = run("在310人参加的调查问卷中,认为“较好”以上的有202人,占65.16%。")
    share = claims.iloc[-1]
    assert (share["reported"], share["kind"], share["base"]) == ("65.16%", "percent", 310)
    assert share["base_evidence"] == "stated: 在310人参加的调查问卷中"
    row = checks[checks["check"] == "percent_of"].iloc[0]
    assert (row["verdict"], row["expected"]) == ("consistent", "65.16%")


def test_base_inferred_from_the_stated_sample_valid_beats_issued():
    claims, _ = run("共发放问卷320份,回收有效问卷300份。认为满意的有150人,占50%。")
    share = claims[claims["kind"] == "percent"].iloc[0]
    assert (share["base"], share["base_evidence"]) == (300, "inferred: 有效问卷300份")


def test_item_with_its_own_base():
    # item non-response: 80 answered this question; 100 * 30 / 80 = 37.5
    claims, checks = run("发放问卷100份。对此题有效回答80人,其中认为好的有30人,占37.5%。")
    share = claims[claims["kind"] == "percent"].iloc[0]
    assert (share["base"], share["base_evidence"]) == (80, "stated: 有效回答80人")
    assert checks[checks["check"] == "percent_of"]["verdict"].tolist() == ["consistent"]


def test_inconsistent_share_with_a_stated_base():
    # 100 * 61 / 310 = 19.68, printed 19.71: no count of 310 gives 19.71 (61 -> 19.68, 62 -> 20.00)
    claims, checks = run("在310人参加的调查中,认为差的有61人,占19.71%。")
    row = checks[checks["check"] == "percent_of"].iloc[0]
    assert (row["verdict"], row["expected"], row["observed"]) == ("inconsistent", "19.68%", "19.71%")


def test_share_of_another_number_in_the_sentence_is_consistent_if():
    # 100 * 40 / 362 = 11.05, but 100 * 40 / 51 = 78.43: the share is of 51
    _, checks = run("共发放测评表362份,平均每乡镇发放51份,认为真实的达40份,占78.43%。")
    row = checks[checks["check"] == "percent_of"].iloc[0]
    assert row["verdict"] == "consistent_if"
    assert "of 51" in row["explanation"]


def test_single_choice_shares_and_multi_select():
    text = (
        "共调查300人。对“工作满意度”,认为满意的有150人,占50%,基本满意的有90人,占30%,不满意的有60人,占20%。"
        "对“存在问题”(可多选),选择甲的占70%,选择乙的占60%。"
        "对“是否参加”,选择是的占70%,选择否的占60%。"
    )
    _, checks = run(text)
    sums = checks[checks["check"] == "shares_sum"][["observed", "verdict"]].values.tolist()
    assert sums == [["100%", "consistent"], ["130%", "consistent"], ["130%", "consistent_if"]]


def test_percentage_above_100_is_inconsistent():
    _, checks = run("共调查300人。认为好的占101%。")
    assert checks[checks["check"] == "percent_range"]["verdict"].tolist() == ["inconsistent"]


def test_no_base_is_not_checkable():
    _, checks = run("满意率为93.5%。")
    assert checks[["check", "verdict"]].values.tolist() == [["no_base", "not_checkable"]]


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("共调查300人。认为好的占八五.二%。", "85.2%"),  # digits written as numerals
        ("共调查300人。认为好的占65、16%。", "65.16%"),  # 、 as a decimal point
        ("共调查300人。认为好的占65.16\n%。", "65.16%"),  # hard wrap between number and unit
        ("共调查300人。認為好的佔65.16%。", "65.16%"),  # traditional characters
    ],
)
def test_damaged_number_forms_are_repaired_and_extracted(text, reported):
    claims, _ = run(text)
    assert claims[claims["kind"] == "percent"]["reported"].tolist() == [reported]


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("共调查300人。认为好的占%。", "percentage with no digits"),
        ("共调查300人。认为好的占65.16,较差的有3人。", "share printed without a % sign"),
    ],
)
def test_lost_digits_or_sign_are_flagged_never_invented(text, flag):
    claims, checks = run(text)
    damaged = claims[claims["kind"] == "damaged"]
    assert damaged["base_evidence"].tolist() == [flag]
    assert checks.set_index("claim_ids").loc[damaged["claim_id"].iloc[0], "verdict"] == "not_checkable"


@pytest.mark.parametrize(
    "text",
    [
        "见第3章第5条。",  # chapter and article numbers
        "文档编号:32656838。",
        "上传时间:2018-02-12。",
        "邮编:610000。",
        "时间戳1518393600000。",
        "大小:69KB。",
        "5以下对于工作的评价。",  # a question number glued to its question
        "第1页 / 共15页",
    ],
)
def test_decoys_are_never_statistics(text):
    claims, _ = run(text)
    assert claims.empty, claims[["reported", "kind"]]


def test_bundled_report_finds_the_survey_shares(cleaned):
    claims = extract_claims(cleaned, source="report")
    shares = claims[(claims["kind"] == "percent") & (claims["base"] == 310)]["reported"].tolist()
    assert shares == ["65.16%", "60.32%", "81.94%", "72.90%", "61.94%", "48.06%"]
    checks = check_claims(claims)
    assert set(checks[checks["check"] == "percent_of"]["verdict"]) == {"consistent", "consistent_if"}


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789.%人份占 甲,", max_size=25))
def test_number_pattern_is_the_plain_look_behind_form(text):
    import re

    from dangjian import extract

    plain = re.compile(extract._TOKEN.pattern.replace(extract._NUMBER, r"(?<![\d.])(\d+(?:\.\d+)?)", 1))
    assert plain.pattern != extract._TOKEN.pattern
    assert [(m.span(), m.groups()) for m in extract._TOKEN.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)]


SAMPLE_PIECES = ["共", "调查", "了", " ", "\u3000", "31", "0", "٣", "²", "人", "名", "参加", "参与", "参", "加", "甲", "人参加"]


@pytest.mark.parametrize("pattern", sorted(_extract._SAMPLE_FINDERS))
@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from(SAMPLE_PIECES), max_size=10).map("".join))
@example(text="共调查310人,其中 ٣10 人参加;调查了 25名参与,²人参加,共共调查了1名")
def test_fast_sample_finders_give_the_matches_of_their_patterns(pattern, text):
    expected = [(m.start(), m.end(), m.group(1)) for m in re.finditer(pattern, text)]
    assert _extract._SAMPLE_FINDERS[pattern](text) == expected


def test_fast_sample_finders_are_for_sample_patterns():
    assert set(_extract._SAMPLE_FINDERS) <= {pattern for _, pattern in _extract.SAMPLE_PATTERNS}


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="第编号邮政码No.aZ \n\t甲12", max_size=12), start=st.integers(0, 12))
@example(text="No.", start=3)
@example(text="邮政编码 \n", start=6)
@example(text="甲第", start=2)
@example(text="x", start=1)
def test_decoy_prefilter_decides_as_the_pattern_does(text, start):
    start = min(start, len(text))
    plain = _extract._DECOY_BEFORE.search(text[max(0, start - 6) : start]) is not None
    assert _extract._is_decoy(text, start, start, "1") == plain


@settings(max_examples=500, deadline=None)
@given(quote=st.text(alphabet="12.人名占, ，\n甲", max_size=14), value=st.sampled_from(["1", "11", "12", "2", "1.2", "12人"]))
@example(quote="有12人,占5%", value="12")
@example(quote="有112 名，占5%", value="12")
@example(quote="111人占", value="11")
def test_count_then_share_is_the_search_it_replaces(quote, value):
    plain = re.search(rf"{re.escape(value)}\s*(?:{_extract._COUNT_UNITS})\s*[,，]?\s*占", quote) is not None
    assert _extract._count_then_share(quote, value) == plain
