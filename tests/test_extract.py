"""Automatic extraction on any report: synthetic snippets per rule (the checks are in test_groups)."""

from __future__ import annotations

import pytest

from dangjian.engine.clean import clean_text
from dangjian.engine.extract import CHECK_COLUMNS, CLAIM_COLUMNS, check_claims, chinese_number, extract_claims, find_samples


def run(text: str):
    claims = extract_claims(clean_text(text), source="t")
    return claims, check_claims(claims)


def claims_of(text: str) -> list[tuple[str, str, str]]:
    claims, _ = run(text)
    return claims[["reported", "kind", "value"]].values.tolist()


def test_contract_columns():
    claims, checks = run("发放问卷100份。认为好的有60人,占60%。")
    assert list(claims.columns) == CLAIM_COLUMNS
    assert list(checks.columns) == CHECK_COLUMNS
    assert CLAIM_COLUMNS[-1] == CHECK_COLUMNS[-1] == "group_id"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("共发放问卷430份,回收418份,其中有效问卷412份。", [("issued", 430), ("returned", 418), ("valid", 412)]),
        ("发放调查问卷310份,回收有效问卷300份。", [("issued", 310), ("valid", 300)]),
        ("共发放300份问卷,收回问卷296份。", [("issued", 300), ("returned", 296)]),
        ("在310人参加的调查问卷中", [("people", 310)]),
        ("共入户调查1204户居民。", [("people", 1204)]),
        ("课题组对全县45名村党组织书记进行了专项问卷调查。", [("people", 45)]),
        ("对418户农村电商经营户进行了问卷调查。", [("people", 418)]),
        ("有效样本量为526。", [("valid", 526)]),
        ("受访者共386人。", [("people", 386)]),
        # not a sample: people taking part in something other than the survey
        ("有54人参加过培训。", []),
        # digit runs and zero are not samples
        ("发放问卷0份。", []),
        ("发放问卷" + "9" * 12 + "份。", []),
    ],
)
def test_sample_statements(text, expected):
    assert [(s.kind, s.n) for s in find_samples(text)] == expected


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("三百二十一", 321), ("五零一八", 5018), ("十二", 12), ("二十", 20), ("两万三千", 23000), ("一千零五", 1005), ("一百", 100), ("百", None), ("三三十", None)],
)
def test_chinese_numerals(numeral, value):
    assert chinese_number(numeral) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Chinese numerals before a unit; 百分之; tenths
        ("共有五零一八户参加。", [["五零一八", "count", "5018"]]),
        ("调查了三百二十人。", [["三百二十", "count", "320"]]),
        ("百分之九十六的人表示满意。", [["百分之九十六", "percent", "96"]]),
        ("七成以上的群众表示满意。", [["七成", "approx", "70"]]),
        # a single numeral is an article ("一个"), not a count
        ("这是一个重要方面。", []),
        ("成为一名党员,成功举办。", []),
        # counts in 万: the number as printed, the unit in reported
        ("共有3.2万人次参加。", [["3.2万", "count", "3.2"]]),
        ("参保人数达38.6万人。", [["38.6万", "count", "38.6"]]),
        # means
        ("平均年龄41.85岁。", [["41.85", "mean", "41.85"]]),
        ("人均年志愿服务时长为26.8小时。", [["26.8", "mean", "26.8"]]),
        ("评价平均为3.39分。", [["3.39", "mean", "3.39"]]),
        ("年均参加集中培训38.6学时。", [["38.6", "mean", "38.6"]]),
        # growth rates are changes, levels reached are shares
        ("交易额同比增长23.4%。", [["23.4%", "change", "23.4"]]),
        ("满意度由45.2%提高到48.4%。", [["45.2%", "percent", "45.2"], ["48.4%", "percent", "48.4"]]),
        ("比上年提高3.2个百分点。", [["3.2", "points", "3.2"]]),
        # money
        ("投入资金120万元。", [["120", "amount", "120"]]),
        # bounds
        ("98%以上的负责人能说清职责,帮扶120余名群众。", [["98%", "bound", "98"], ["120", "bound", "120"]]),
        # a number after Latin letters and a space is a count; glued to them it is a model number
        ("政务APP 135个。", [["135", "count", "135"]]),
        ("A3纸500份。", [["500", "count", "500"]]),
    ],
)
def test_statistics_in_their_chinese_forms(text, expected):
    assert claims_of(text) == expected


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
        "第5题您对服务的评价。",
        "5人以下的小组。",  # a category bound, not a count
        "26~39岁的青年。",  # an age range
        "60岁以上的老人。",
        "期望月收入在5000元以上的。",  # a category of income
        "采用1~5分计分,5分制。",  # points of a scale
        "热线电话0791-86213579。",
    ],
)
def test_decoys_are_never_statistics(text):
    claims, _ = run(text)
    assert claims.empty, claims[["reported", "kind"]]


#: The sample statement and the answers every question below shares: "共发放问卷310份" is a count (the
#: sample), "202人" and "65.16%" its answer (202/310 = 0.65161… -> 65.16%).
_SAMPLE = [["310", "count", "310"]]
_ANSWER = [["202", "count", "202"], ["65.16%", "percent", "65.16"]]


@pytest.mark.parametrize(
    "question",
    [
        # a question number with no unit after it is never a statistic: 5以下 is question 5 ("以下" = "the
        # following"), not "5 or fewer"
        "5以下对于党建工作的看法:认为较好的有202人,占65.16%。",
        "第5题对于党建工作的看法:认为较好的有202人,占65.16%。",
        "5您对党建工作满意吗?满意的有202人,占65.16%。",
        "5是否参加过党建培训?参加过的有202人,占65.16%。",
        "\n1.对于党建工作的看法:认为较好的有202人,占65.16%。",
        "\n2、关于党建工作的看法:认为较好的有202人,占65.16%。",
    ],
)
def test_a_question_number_with_no_unit_is_not_a_statistic(question):
    assert claims_of("共发放问卷310份。" + question) == _SAMPLE + _ANSWER


@pytest.mark.parametrize(
    "question",
    [
        # a question number glued (its "." lost) to a question whose first word begins with a unit's
        # character: "3人们" is question 3 and the word 人们, not 3 人
        "3人们对党建工作的看法:认为较好的有202人,占65.16%。",
        "2家庭年收入情况:较高的有202人,占65.16%。",
        "6户籍所在地:本地的有202人,占65.16%。",
        "1村民对村务公开是否满意:满意的有202人,占65.16%。",
        "8支部是否按时开展活动:是的有202人,占65.16%。",
        "12人员构成:在职党员有202人,占65.16%。",
        # at the start of a line (the cleaner joins the lines; the paragraph break stays a sentence break)
        "\n\n3人们对党建工作的看法:认为较好的有202人,占65.16%。",
    ],
)
def test_a_question_number_glued_to_a_word_that_begins_with_a_unit_is_not_a_count(question):
    assert claims_of("共发放问卷310份。" + question) == _SAMPLE + _ANSWER


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # genuine bounds with a unit, at the start of a sentence where a question number would be
        ("5人以上参加了培训。", [["5", "bound", "5"]]),
        ("50%以上的党员认为较好。", [["50%", "bound", "50"]]),
        ("共有党支部5个以下。", [["5", "bound", "5"]]),
        ("帮扶120人以上。", [["120", "bound", "120"]]),
        # a bound followed by 的 labels a category (as the module's docstring says): only the 12 is a count
        ("5人以下的党支部有12个。", [["12", "count", "12"]]),
        # counts at a sentence start whose unit is followed by a word it can precede
        ("3人参加了培训。", [["3", "count", "3"]]),
        ("3所学校参加了调查。", [["3", "count", "3"]]),
        ("3家长期合作企业参加。", [["3", "count", "3"]]),
        ("3户主要靠务工。", [["3", "count", "3"]]),
        ("3名分管党建工作副书记参加。", [["3", "count", "3"]]),
        ("5个人认为较好。", [["5", "count", "5"]]),
        ("5人(6.94%)认为较好。", [["5", "count", "5"], ["6.94%", "percent", "6.94"]]),
        # a question word after a count in the middle of a sentence: the rule is for where a question starts
        ("其中党员3人们都认可。", [["3", "count", "3"]]),
    ],
)
def test_bounds_and_counts_where_a_question_could_start_are_still_statistics(sentence, expected):
    assert claims_of("共发放问卷310份。" + sentence) == _SAMPLE + expected


def test_glued_count_and_share_are_split_where_the_base_decides():
    # "4060.6%" is 40 and 60.6%: 40/66 = 60.61%, while 4/66 = 6.06% is not 060.6 and 406 > 66
    text = "选项 小计 比例\n30岁以下 2030.3%\n30-50岁 4060.6%\n50岁以上 69.1%\n本题有效填写人次 66\n"
    got = claims_of(text)
    assert got == [["20", "count", "20"], ["30.3%", "percent", "30.3"], ["40", "count", "40"], ["60.6%", "percent", "60.6"],
                   ["6", "count", "6"], ["9.1%", "percent", "9.1"], ["66", "count", "66"]]


def test_a_glued_number_no_base_decides_is_damaged_never_a_share_above_100():
    claims, checks = run("选项 小计 比例\n满意 4060.6%\n")
    assert claims[["reported", "kind"]].values.tolist() == [["4060.6%", "damaged"]]
    assert "glued" in claims["base_evidence"].iloc[0]
    assert checks["verdict"].tolist() == ["not_checkable"]


def test_a_share_column_printed_without_percent_signs():
    text = "表1 受访学生基本情况\n项目 类别 人数 占比(%)\n性别 男 163 42.23\n性别 女 223 57.77\n注:数据来自问卷。"
    assert claims_of(text) == [["163", "count", "163"], ["42.23", "percent", "42.23"], ["223", "count", "223"], ["57.77", "percent", "57.77"]]


def test_survey_platform_rows_pair_a_unitless_count_with_its_share():
    claims, _ = run("选项 小计 比例\n非常满意 40 60.6%\n比较满意 20 30.3%\n一般 6 9.1%\n本题有效填写人次 66\n")
    # the question's base is a count of its own, which no question group takes
    assert claims["kind"].tolist() == ["count", "percent"] * 3 + ["count"]
    assert claims["base"].tolist()[:6] == [66] * 6
    assert set(claims["group_id"][:6]) == {"G01"} and claims["group_id"].iloc[6] == ""


def test_a_flattened_table_gives_its_cells():
    claims, _ = run("情况表发放(份)68 68 64真实53 41 51不真实15 27 13。")
    assert claims["kind"].tolist() == ["cell"] * 9
    assert claims["value"].tolist() == ["68", "68", "64", "53", "41", "51", "15", "27", "13"]


@pytest.mark.parametrize(
    ("text", "reported", "flag"),
    [
        ("共调查300人。认为好的占%。", "%", "percentage with no digits"),
        ("共调查300人。认为好的占56.%。", "56.%", "decimals lost before the % sign"),
        ("共调查300人。认为好的占65.16,较差的有3人。", "65.16", "share printed without a % sign"),
    ],
)
def test_lost_digits_or_sign_are_flagged_never_invented(text, reported, flag):
    claims, checks = run(text)
    damaged = claims[claims["kind"] == "damaged"]
    assert damaged[["reported", "base_evidence"]].values.tolist() == [[reported, flag]]
    assert checks.set_index("claim_ids").loc[damaged["claim_id"].iloc[0], "verdict"] == "not_checkable"


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("共调查300人。认为好的占八五.二%。", "85.2%"),  # digits written as numerals
        ("共调查300人。认为好的占65、16%。", "65.16%"),  # 、 as a decimal point
        ("共调查300人。认为好的139人(44、84%)。", "44.84%"),  # … after a bracket
        ("共调查300人。认为好的占65.16\n%。", "65.16%"),  # hard wrap between number and unit
        ("共调查300人。认为好的占 6 5 . 1 6 %。", "65.16%"),  # spaced out character by character
        ("共调查300人。認為好的佔65.16%。", "65.16%"),  # traditional characters
    ],
)
def test_damaged_number_forms_are_repaired_and_extracted(text, reported):
    claims, _ = run(text)
    assert claims[claims["kind"] == "percent"]["reported"].tolist() == [reported]


def test_bundled_report_finds_the_survey_shares(cleaned):
    claims = extract_claims(cleaned, source="report")
    in_pairs = claims[claims["group_id"].isin(claims.loc[claims["kind"] == "count", "group_id"]) & (claims["kind"] == "percent")]
    assert in_pairs.loc[in_pairs["base"] == 310, "reported"].tolist() == ["65.16%", "60.32%", "81.94%", "72.90%", "61.94%", "48.06%"]
    # the flattened table: 11 rows of 8 cells
    assert (claims["kind"] == "cell").sum() == 88


def test_a_frame_read_back_without_its_text_is_checked_without_accusing():
    claims, _ = run("共调查300人。认为好的有61人,占19.71%。")
    bare = claims.copy()
    bare.attrs = {}
    checks = check_claims(bare)
    assert "inconsistent" not in set(checks["verdict"])


@pytest.mark.parametrize("text, kind, n", [
    ("本次问卷调查有效投票数35人次,年龄阶段分布如下", "valid", 35),
    ("投票人总数:84", "people", 84),
    ("本次调查共有212人次参加", "people", 212),
    ("共回收有效问卷1,236份", "valid", 1236),
    ("参与投票的网民317名", "people", 317),
    ("样本量为500", "people", 500),
    ("样本选择200户(大多数调研问卷由常住户自己填写)", "people", 200),
    ("有效调查答卷84份", "valid", 84),
    # the count nearest the verb, not the first number of the phrase
    ("对全国31个省的252个村的449位农村党员进行了问卷调查", "people", 449),
    ("课题组对全县45名村(社区)党组织书记进行了专项问卷调查", "people", 45),
])
def test_samples_said_the_ways_real_pages_say_them(text, kind, n):
    assert [(s.kind, s.n) for s in find_samples(text)] == [(kind, n)]


def test_a_count_with_a_thousands_comma_is_read_whole():
    # "1,135人" is 1135 people, not 135 (its last three digits); a comma after a word stays a comma
    claims = extract_claims(clean_text("参加支部集中学习的1,135人(91.83%),效果,139人(44.84%)认为。"), source="t")
    assert claims[["reported", "value"]].values.tolist()[:3] == [["1,135", "1135"], ["91.83%", "91.83"], ["139", "139"]]


@pytest.mark.parametrize("text", [
    "家庭人口数以4人及以上为主,4人、5人家庭占比分别为25.50%、13.50%,6人及以上家庭占比为33.50%。",  # household sizes
    "党政论坛 2015年12期",  # a journal's issue
])
def test_categories_and_issue_numbers_are_not_counts(text):
    claims = extract_claims(clean_text(text), source="t")
    assert set(claims["kind"]) <= {"percent"}


# --- issue 25: statistics as real pages print them ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # units of counts: questions (道), courses (门), a poll's votes (票), a paper's ears (耳)
        ("本次问卷共设计5道选择题、2道问答题。", [["5", "count", "5"], ["2", "count", "2"]]),
        ("共开设专题课程18门。", [["18", "count", "18"]]),
        ("支持[41票] 48.81%", [["41", "count", "41"], ["48.81%", "percent", "48.81"]]),
        ("回顾性分析92例(96耳)突发性耳聋患者", [["92", "count", "92"], ["96", "count", "96"]]),
        # the length of an event is a count; a follow-up period is not
        ("培训为期15天,安排专题讲座6场。", [["15", "count", "15"], ["6", "count", "6"]]),
        ("随访6个月,共8例失访。", [["8", "count", "8"]]),
        # counts in 万 with no unit, or another noun after it
        ("全市约320万常住人口。", [["320万", "count", "320"]]),
        ("累计志愿服务时长超过15万小时。", [["15万", "count", "15"]]),
        ("投入资金120万元,改造5万平方米。", [["120", "amount", "120"]]),
        # tenths with 两 (兩 before the traditional characters are converted)
        ("逾兩成大學生月消費超千元,恋爱支出占两成多。", [["两成", "approx", "20"], ["两成", "approx", "20"]]),
        # fractions in words and digits (a backslash typed for the slash): approximate shares
        ("约三分之一的受访者表示满意。", [["三分之一", "approx", "33.3333333333"]]),
        ("五分之四的村。", [["五分之四", "approx", "80"]]),
        ("约1/3的受访者表示曾遇到问题。", [["1/3", "approx", "33.3333333333"]]),
        ("近2\\3的受访者。", [["2\\3", "approx", "66.6666666667"]]),
        # ratios and multiples are not shares
        ("男女比例为1.3:1。", [["1.3:1", "ratio", "1.3"]]),
        ("两组人数之比为3:2。", [["3:2", "ratio", "1.5"]]),
        ("比例为62.5%,是2018年(25.0%)的2.5倍。", [["62.5%", "percent", "62.5"], ["25.0%", "percent", "25.0"], ["2.5", "ratio", "2.5"]]),
        # a margin of error, and the confidence level beside it, which is no share
        ("在95%置信水平下,抽样误差为±4.90%。", [["4.90%", "margin", "4.90"]]),
        ("置信度为95%,误差±2.60%。", [["2.60%", "margin", "2.60"]]),
        # counts of an English abstract, a word cut by a line break included
        ("Methods A total of 527 stu-dents of grade 8 or grade 9 students were tested.", [["527", "count", "527"]]),
        ("A total of 1700 college students were investigated; the scores of 2 dimensions were high.",
         [["1700", "count", "1700"], ["2", "count", "2"]]),
        # the number of a sample statement printed without a unit
        ("开始时间:2023-09-01 投票人总数:84", [["84", "count", "84"]]),
        ("样本量为500,其中", [["500", "count", "500"]]),
        ("本题有效填写人次 66", [["66", "count", "66"]]),
    ],
)
def test_statistics_as_real_pages_print_them(text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "300元以下的占,1000元以上占,集中在80元以下,占多数。",  # money bands of a breakdown
        "农村学生生活费用集中在500元左右。",
        "受访者每月参加志愿服务不足1次。",  # the bound of a frequency band
        "每周锻炼不到3次。",
        "在95%置信水平下。",  # a confidence level
        "开放时间19:00至次日7:00。",  # clock times are not ratios
        "见表1/3页,3/4月。",  # a fraction needs a word of approximation before it or 的 after it
        "Table 2 shows grade 9 students aged 15 to 16 years; in 2010 patients.",
    ],
)
def test_decoys_of_real_pages_are_never_statistics(text):
    claims, _ = run(text)
    assert claims.empty, claims[["reported", "kind"]]


# A frequency table of SPSS pasted into a page with one character between its cells: value, frequency, percent,
# valid percent, cumulative percent per row, then the total row (N and its two 100.0).  The page cut the table's
# start, so "3.9" is the tail of a cumulative percent (83.9) whose first digit is lost.
_SPSS = "3.9{s}91.00{s}9{s}3.2{s}3.2{s}87.0{s}92.00{s}2{s}.7{s}.7{s}87.7{s}Total{s}285{s}100.0{s}100.0{s} {s}表2-1学生成绩分布"


@pytest.mark.parametrize("separator", ["Р", "|", "│", "¦"])
def test_an_spss_table_pasted_with_a_separator_is_read_cell_by_cell(separator):
    claims, _ = run(_SPSS.format(s=separator))
    assert claims[["reported", "kind", "value"]].values.tolist() == [
        ["3.9", "damaged", ""],
        ["9", "count", "9"], ["3.2", "percent", "3.2"], ["3.2", "percent", "3.2"], ["87.0", "percent", "87.0"],
        ["2", "count", "2"], [".7", "percent", "0.7"], [".7", "percent", "0.7"], ["87.7", "percent", "87.7"],
        ["285", "count", "285"], ["100.0", "percent", "100.0"], ["100.0", "percent", "100.0"],
    ]
    # the total row's N is the base of the table's percentages
    assert set(claims.loc[claims["kind"] == "percent", "base"]) == {285}


@pytest.mark.parametrize("text", [
    _SPSS.format(s="Р").replace("Total", "Tot"),  # no total row: not read as a frequency table
    "9Р3Р2Р5Р7Р1Р4Р6Р8Р2 合计",  # a separator, but no total row of N and 100
    "1,2,3,4,5,6,7,8,9,10 合计",  # commas list numbers
])
def test_separated_cells_without_the_shape_of_a_frequency_table_are_not_read(text):
    claims, _ = run(text)
    assert not set(claims["kind"]) & {"percent", "damaged"}, claims[["reported", "kind"]]


def test_a_table_of_bands_splits_each_share_from_the_next_band_it_ran_into():
    # every share ran into the lower bound of the next band: 15.5|6---10年, 24|11---20年, 53.5|21年及以上
    # (31, 48, 107 and 14 of the 200 in the header: 15.5%, 24%, 53.5%, 7.00%)
    text = ("表2 基本情况 类别 选项 人数 占总人数(200)的百分比(%)\n工龄 5年及以下 31 15.56---10年 48 2411---20年 107 53.521年及以上 14 7.00"
            "职称 初级 90 45.00中级 110 55.00")
    assert claims_of(text) == [
        ["200", "count", "200"],
        ["31", "count", "31"], ["15.5", "percent", "15.5"], ["48", "count", "48"], ["24", "percent", "24"],
        ["107", "count", "107"], ["53.5", "percent", "53.5"], ["14", "count", "14"], ["7.00", "percent", "7.00"],
        ["90", "count", "90"], ["45.00", "percent", "45.00"], ["110", "count", "110"], ["55.00", "percent", "55.00"],
    ]


def test_a_glued_band_that_the_rows_do_not_decide_is_damaged():
    # "1510---20岁": 1|510 or 15|10, and the row's label (儿童) has no bound to continue: damaged, never a share
    claims, _ = run("类别 人数 占比(%)\n儿童 30 1510---20岁 40 20.00青年 130 65.00")
    rows = claims[["reported", "kind"]].values.tolist()
    assert ["30", "count"] in rows and ["1510", "damaged"] in rows
    assert not any(kind == "percent" and reported.startswith("15") for reported, kind in rows)
    # a word after a share is not a band: "42.23年龄" is 42.23, then the next label
    assert claims_of("项目 人数 占比(%)\n性别男 163 42.23年龄30岁以下 50 12.95") == [
        ["163", "count", "163"], ["42.23", "percent", "42.23"], ["50", "count", "50"], ["12.95", "percent", "12.95"]]


@pytest.mark.parametrize(("row", "share"), [
    ("18岁及以下 64 12.5019---20岁", "12.50"),  # not 12 | .5019: a bound is a whole number after the point
    ("1---2小时 260 50.783小时及以上", "50.78"),  # a band in 小时
])
def test_a_glued_share_is_cut_after_its_point(row, share):
    claims = extract_claims(clean_text("类别 人数 占比(%)\n" + row), source="t")
    assert claims.loc[claims["kind"] == "percent", "value"].tolist() == [share]


# --- patterns made faster with a lookahead of their first characters: the same matches as the plain forms ----------

import re  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from dangjian.engine import extract as _extract  # noqa: E402

#: Each fast pattern and the plain form it replaces (the prefix is a lookahead every match satisfies).
_PLAIN_FORMS = {
    "_TOKEN": _extract._TOKEN.pattern.removeprefix(r"(?=\d)"),
    "PLATFORM_COUNT": _extract.PLATFORM_COUNT.pattern.removeprefix(r"(?=[\s\d])"),
    "PLATFORM_BASE": _extract.PLATFORM_BASE.pattern.removeprefix(r"(?=[本有])(?:").removesuffix(")"),
}
_PIECES = ["1", "0", "90", "23", "4,567", ".", "5", ",", " ", "\t", "%", "人", "人次", "万", "分", "岁", "元", "余", "多", "本题", "有效填写人次",
           "有效回答", "人数", ":", "占", "男", "A", ")", "共", "\n", "。"]


def _matches(pattern: re.Pattern, text: str) -> list[tuple]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", sorted(_PLAIN_FORMS))
def test_fast_patterns_match_as_their_plain_forms_on_the_bundled_report(name, cleaned):
    plain = re.compile(_PLAIN_FORMS[name])
    assert plain.pattern != getattr(_extract, name).pattern
    for text in (cleaned.text, cleaned.raw):
        assert _matches(getattr(_extract, name), text) == _matches(plain, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_fast_patterns_match_as_their_plain_forms(text):
    for name, plain in _PLAIN_FORMS.items():
        assert _matches(getattr(_extract, name), text) == _matches(re.compile(plain), text), name
