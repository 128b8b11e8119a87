"""The cleaning pipeline: each rule alone, the whole report, and properties."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dangjian.engine.clean import (
    RULES,
    Traced,
    clean_text,
    collapse_spacing,
    join_preview_chunks,
    normalise_punctuation,
    remove_page_markers,
    repair_month_ranges,
    strip_site_chrome,
)


def apply(rule, text):
    return rule(Traced.from_raw(text))[0].text


# --- each rule alone: (input, expected output) written by hand ---------------

@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # header line of the upload metadata, with the other fields
        ("上传人:张** 文档编号:1 上传时间:2020-01-01\n正文\n", "正文\n"),
        ("返回 下载 相关 举报\n正文", "正文"),
        ("某报告_第3页\n第3页 / 共9页\n正文", "正文"),
        ("点击查看更多>>\n资源描述\n正文", "正文"),
        ("《某报告》由会员分享,可在线阅读,更多相关《某报告》请在金锄头文库上搜索。\n正文", "正文"),
        ("正文\n展开阅读全文\n相关资源\n当前位置:首页 > 其它\n电脑版 |某文库版权所有\n经营许可证:京ICP备1号", "正文\n"),
        # the site title line, recognised because the thumbnails repeat it
        ("某报告\n某报告_第1页\n正文", "正文"),
        # a line that only mentions such words is content and survives
        ("我们下载了相关文件。\n", "我们下载了相关文件。\n"),
        ("某报告\n正文", "某报告\n正文"),  # no thumbnails: the first line is content
    ],
)
def test_strip_site_chrome(raw, expected):
    assert apply(strip_site_chrome, raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1、甲乙\n\n2、丙丁\n", "甲乙丙丁"),
        # a boundary inside a number: "5" + "1" is 51
        ("1、真实 53 41 5\n\n2、1 41 30", "真实 53 41 51 41 30"),
        # a content "、" right after the counter
        ("1、县\n\n2、、乡", "县、乡"),
        # content that starts with digits after the counter
        ("1、共\n\n2、21个", "共21个"),
        # a real enumeration "1、" survives: a single counter is not a chunked preview
        ("1、加强领导。2、完善制度。", "1、加强领导。2、完善制度。"),
        ("前言\n\n1、加强领导。", "前言\n\n1、加强领导。"),
        # counters out of order are content, not counters
        ("1、甲\n\n3、乙\n\n2、丙", "甲\n\n3、乙丙"),
        # CRLF line ends (a scrape saved on Windows): the counter still goes,
        # and a counter next to a number does not join its digits to it
        ("1、甲 5\r\n\r\n2、1 乙\r\n", "甲 51 乙"),
        ("1、占6\r\n \r\n2、5.16%", "占65.16%"),
    ],
)
def test_join_preview_chunks(raw, expected):
    assert apply(join_preview_chunks, raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("- 1 -基层,占- 2 -60.32%", "基层,占60.32%"),
        ("甲- 3 -乙- 4 -丙", "甲乙丙"),
        # a stray match that does not continue the page run is left alone
        ("- 1 -甲- 2 -乙 x - 9 - y", "甲乙 x - 9 - y"),
        # no spaces: a formula or a range, not a page marker
        ("3-5-7", "3-5-7"),
    ],
)
def test_remove_page_markers(raw, expected):
    assert apply(remove_page_markers, raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("占６５．１６％", "占65.16%"),
        ("（份）：；，", "(份):;,"),
        ("甲\u3000乙", "甲 乙"),
        ("“好”。、《书》", "“好”。、《书》"),  # marks without an ASCII form stay
    ],
)
def test_normalise_punctuation(raw, expected):
    assert apply(normalise_punctuation, raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("基 层 党 组 织", "基层党组织"),
        ("在 2010 年", "在2010年"),
        ("“ 思想政治工作 ”", "“思想政治工作”"),
        ("意 见 或 建 议 (条 )", "意见或建议(条)"),
        # separate numbers are never joined; runs of spaces become one
        ("68 68 64", "68 68 64"),
        ("94.5  95.8", "94.5 95.8"),
        ("1, 234", "1, 234"),
        ("述职, 2010 年", "述职,2010年"),
        ("65.16 %", "65.16%"),
        ("Word 文档", "Word文档"),
        # a share spaced out character by character is one number again
        ("占 3 0 . 9 7 %", "占30.97%"),
        ("占 4 2 . 5 1%", "占42.51%"),
        # single-digit table cells stay apart, and so does a spaced integer (no decimal point to tell)
        ("2 9 2 1 0", "2 9 2 1 0"),
        ("53 41 5.5%", "53 41 5.5%"),
        ("占 6 5 %", "占6 5%"),
    ],
)
def test_collapse_spacing(raw, expected):
    assert apply(collapse_spacing, raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("810月", "8-10月"),
        ("2008年89月", "2008年8-9月"),
        ("1112月", "11-12月"),
        ("6月底和12月底", "6月底和12月底"),  # real months are left alone
        ("123月", "123月"),  # no increasing split into months 1-12: left as printed
        ("1.13月", "1.13月"),  # a decimal is not a month range
    ],
)
def test_repair_month_ranges(raw, expected):
    assert apply(repair_month_ranges, raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("基層黨組織負責人,佔65.16%", "基层党组织负责人,占65.16%"),
        ("基层党组织", "基层党组织"),  # simplified text is untouched
    ],
)
def test_convert_traditional(raw, expected):
    from dangjian.engine.clean import convert_traditional

    assert apply(convert_traditional, raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("占65、16%", "占65.16%"),
        ("投入120、5万元", "投入120.5万元"),
        ("139人(44、84%)认为", "139人(44.84%)认为"),  # after an opening bracket
        ("1、2、3项", "1、2、3项"),  # an enumeration, no unit
        ("。1、20%以上的人", "。1、20%以上的人"),  # an enumeration that opens a sentence
    ],
)
def test_repair_comma_decimals(raw, expected):
    from dangjian.engine.clean import repair_comma_decimals

    assert apply(repair_comma_decimals, raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("占八五.二%", "占85.2%"),
        ("达9二.5%", "达92.5%"),
        ("三级联创", "三级联创"),
        ("百分之八十", "百分之八十"),
        ("十五%", "十五%"),  # not positional: left alone (and flagged by the extractor)
        ("方式单一14.81%", "方式单一14.81%"),  # the 一 of a word (单一) before a share
        ("统一5.2%", "统一5.2%"),
        ("占一14.81%", "占一14.81%"),  # 114.81% is no share
    ],
)
def test_repair_numeral_digits(raw, expected):
    from dangjian.engine.clean import repair_numeral_digits

    assert apply(repair_numeral_digits, raw) == expected


def test_rules_are_named_and_ordered():
    assert [r.name for r in RULES] == [
        "convert_traditional",
        "strip_site_chrome",
        "join_preview_chunks",
        "remove_page_markers",
        "normalise_punctuation",
        "join_cut_shares",
        "collapse_spacing",
        "repair_month_ranges",
        "repair_comma_decimals",
        "repair_numeral_digits",
        "remove_pinyin_glosses",
        "repair_p_value_signs",
        "repair_decimal_points",
        "repair_thousands_separators",
    ]


# --- the bundled report ------------------------------------------------------

def test_clean_report_has_no_damage_left(cleaned):
    text = cleaned.text
    for chrome in ("上传人", "文档编号", "_第", "点击查看更多", "资源描述", "展开阅读全文", "ICP", "金锄头"):
        assert chrome not in text
    assert not re.search(r"[-‐–—－]\s*\d+\s*[-‐–—－]", text), "page marker left"
    assert not re.search(r"[\u4e00-\u9fff]\s|\s[\u4e00-\u9fff]", text), "spaced-out CJK left"
    assert not re.search(r"(?:^|\n)\d+、", text), "chunk counter left"
    assert "8-10月" in text and "2008年8-9月" in text


def test_every_raw_body_number_survives_in_order(cleaned, raw_text):
    # Numbers of the raw body, in order, minus those inside logged repairs
    # that remove them (counters, page markers, boilerplate).
    removed = [(r.raw_start, r.raw_end) for r in cleaned.repairs if r.after == ""]
    kept_digits = [
        (i, ch) for i, ch in enumerate(raw_text)
        if ch.isdigit() and not any(a <= i < b for a, b in removed)
    ]
    clean_digits = [(o, ch) for ch, o in zip(cleaned.text, cleaned.offsets) if ch.isdigit()]
    assert clean_digits == kept_digits
    # and the numbers read the same (chunk joins repaired 5|1 into 51)
    assert "真实53 41 51 41 30 29 33 40" in cleaned.text


def test_locate_a_quote_in_the_raw_scrape(cleaned, raw_text):
    span = cleaned.locate("占60.32%")
    # In the raw, a page marker sits between 占 and the percentage.
    assert raw_text[span.raw_start : span.raw_end] == "占- 2 -60.32%"
    assert (span.page_start, span.page_end) == (1, 2)
    with pytest.raises(KeyError, match="not found"):
        cleaned.locate("占99.99%")


def test_pages_run_from_one_to_seven(cleaned):
    assert sorted(set(cleaned.pages)) == [1, 2, 3, 4, 5, 6, 7]
    assert cleaned.pages == tuple(sorted(cleaned.pages))


def test_repair_log_matches_the_raw_text(cleaned, raw_text):
    log = cleaned.repairs_frame()
    # the bundled scrape is simplified, half-width, with no 、 decimals or numeral digits,
    # no glosses, no p values, no damaged decimal points and no spaced thousands
    assert set(log["rule"]) == {r.name for r in RULES} - {
        "normalise_punctuation", "convert_traditional", "repair_comma_decimals", "repair_numeral_digits",
        "remove_pinyin_glosses", "repair_p_value_signs", "repair_decimal_points", "repair_thousands_separators", "join_cut_shares",
    }
    for row in log.itertuples():
        span = raw_text[row.raw_start : row.raw_end]
        if row.rule in ("strip_site_chrome", "remove_page_markers", "repair_month_ranges"):
            assert span == row.before


# --- properties --------------------------------------------------------------

# Characters that cannot form site boilerplate, month ranges or page markers.
CJK = "党建工作组织负责人调查研究问卷在中有占以镇乡县委书记真实优秀称职评价"
BODY = st.text(alphabet=CJK + "0123456789.%,、。“”()", min_size=1, max_size=120).filter(
    lambda s: not s[0].isspace()
)


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch in "。、“”"


@st.composite
def damaged(draw):
    """A body and the scrape a document site would make of it."""
    body = draw(BODY)
    # spaces only where at least one neighbour is CJK (the scrape's own pattern)
    spaced = []
    for i, ch in enumerate(body):
        spaced.append(ch)
        nxt = body[i + 1] if i + 1 < len(body) else ""
        if nxt and (_is_cjk(ch) or _is_cjk(nxt)) and draw(st.booleans()):
            spaced.append(" ")
    text = "".join(spaced)
    # page markers at sorted random positions
    n_pages = draw(st.integers(0, 4))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), min_size=n_pages, max_size=n_pages)))
    pieces, last = [], 0
    for page, cut in enumerate(cuts, start=1):
        pieces += [text[last:cut], f"- {page} -"]
        last = cut
    text = "".join(pieces) + text[last:]
    # preview chunks of random size
    n_chunks = draw(st.integers(2, 6))
    bounds = sorted(set(draw(st.lists(st.integers(1, max(len(text) - 1, 1)), min_size=n_chunks - 1, max_size=n_chunks - 1))))
    parts = [text[a:b] for a, b in zip([0, *bounds], [*bounds, len(text)]) if text[a:b]]
    chunked = "\n\n".join(f"{i}、{part}" for i, part in enumerate(parts, start=1))
    header = "某报告\n上传人:x 文档编号:1\n某报告_第1页\n第1页 / 共2页\n\n"
    footer = "\n\n展开阅读全文\n电脑版 |某文库版权所有\n"
    return body, header + chunked + footer


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged())
def test_cleaning_recovers_the_body_of_a_damaged_scrape(case):
    body, raw = case
    if len([p for p in raw.split("\n\n") if re.match(r"\d+、", p)]) < 2:
        return  # one chunk only: a lone "1、" is content by design
    assert clean_text(raw).text == body


TEXTS = st.one_of(damaged().map(lambda c: c[1]), st.text(alphabet=CJK + "0123456789 .%,、。-\n　（）１２", max_size=150))


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_cleaning_is_idempotent(raw):
    once = clean_text(raw).text
    assert clean_text(once).text == once


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_digits_are_never_changed_dropped_or_reordered_except_by_a_logged_repair(raw):
    result = clean_text(raw)
    digit_offsets = [o for ch, o in zip(result.text, result.offsets) if ch.isdigit()]
    assert digit_offsets == sorted(set(digit_offsets)), "digits reordered or duplicated"
    for ch, o in zip(result.text, result.offsets):
        if ch.isdigit():
            assert unicodedata.normalize("NFKC", raw[o]) == ch, "digit changed"
    kept = set(digit_offsets)
    spans = [(r.raw_start, r.raw_end) for r in result.repairs]
    for i, ch in enumerate(raw):
        if ch.isdigit() and i not in kept:
            assert any(a <= i < b for a, b in spans), f"digit {ch!r} at {i} dropped without a logged repair"


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_offset_map_is_monotonic_and_in_range(raw):
    result = clean_text(raw)
    assert len(result.offsets) == len(result.text)
    assert all(0 <= o < len(raw) for o in result.offsets)
    assert list(result.offsets) == sorted(result.offsets)



def test_crlf_line_ends_clean_like_lf(raw_text):
    """The bundled scrape saved with CRLF line ends cleans to the same text."""
    lf = clean_text(raw_text)
    crlf = clean_text(raw_text.replace("\n", "\r\n"))
    assert crlf.text == lf.text
    assert [r.rule for r in crlf.repairs if r.rule == "join_preview_chunks"] == [r.rule for r in lf.repairs if r.rule == "join_preview_chunks"]


# --- fast paths agree with the generic rule machinery ------------------------
# collapse_spacing decides all whitespace runs at once with numpy, and
# convert_traditional keeps the offset map when every character maps to one
# character; both must log exactly what the generic _substitute would.

from dangjian.engine import clean as _clean  # noqa: E402

SPACING_TEXTS = st.text(alphabet=CJK + "0123456789 .%,、。-aZ\n\t\r\u3000\u00a0\u2003１", max_size=120)


def _reference_spacing(traced):
    return _clean._substitute(traced, _clean._WHITESPACE, _clean._spacing, "collapse_spacing")


@settings(max_examples=300, deadline=None)
@given(SPACING_TEXTS)
def test_vectorised_spacing_agrees_with_the_rule_applied_match_by_match(raw):
    traced = Traced.from_raw(raw)
    assert collapse_spacing(traced) == _reference_spacing(traced)


@pytest.mark.parametrize("raw", ["", " ", "甲", "1, 234", ",  1", "a \u3000 b", "1\t 2", "5\n\n 1", "1\t2", "占 65 . 16 %", " 甲 乙 ", "5\r\n\r\n1"])
def test_vectorised_spacing_edge_cases(raw):
    traced = Traced.from_raw(raw)
    assert collapse_spacing(traced) == _reference_spacing(traced)


def test_vectorised_spacing_on_the_bundled_scrape(raw_text):
    traced = Traced.from_raw(raw_text)
    fast = collapse_spacing(traced)
    assert fast == _reference_spacing(traced)
    assert len(fast[1]) > 100  # the scrape is full of spaces: the check has something to compare


def _reference_traditional(traced):
    converter = _clean._t2s_converter()
    text = traced.text
    if converter.convert(text) == text:
        return traced, []
    converted = "".join(converter.convert(ch) if ord(ch) > 0x2E7F else ch for ch in text)
    return _clean._substitute(
        traced,
        _clean._CJK_RUN,
        lambda m: converted[m.start() : m.end()] if converted[m.start() : m.end()] != m.group() else None,
        "convert_traditional",
        "t2s",
    )


@pytest.mark.parametrize("simplified", [False, True])
def test_traditional_fast_path_agrees_with_character_by_character_conversion(raw_text, simplified):
    import opencc

    raw = raw_text if simplified else opencc.OpenCC("s2t").convert(raw_text)
    traced = Traced.from_raw(raw)
    got = _clean.convert_traditional(traced)
    assert got == _reference_traditional(traced)
    assert bool(got[1]) is not simplified


def test_repair_records_give_each_repair_its_page(cleaned):
    records = cleaned.repair_records()
    assert len(records) == len(cleaned.repairs)
    assert [r[5] for r in records] == [cleaned._repair_page(r) for r in cleaned.repairs]
    assert {r[5] for r in records} - {None} == set(range(1, 8))


CHROME_PIECES = ["上传人", ":", "：", "第", "1", "页", " / ", "共", "15", "_第2页", "下载", " ", "举报", "收藏", "已阅读", "剩余",
                 "版权所有", "ICP备", "©", "《报告》由会员分享,可在线阅读", "请在金锄头文库上搜索。", "当前位置", "点击查看更多",
                 "金锄头文库", "资源描述", "正文", "占65%", "\t", "\r"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(CHROME_PIECES), max_size=6).map("".join))
def test_combined_chrome_regex_names_lines_as_the_patterns_in_order_do(body):
    expected = next((name for name, pat in _clean._CHROME_LINES if pat.match(body)), None)
    assert _clean._chrome_detail(body) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \n\t\r\u3000a甲1", max_size=12))
def test_trim_is_the_leading_and_trailing_whitespace_pattern(raw):
    traced = Traced.from_raw(raw)
    reference = _clean._substitute(traced, re.compile(r"\A\s+|\s+\Z"), lambda m: "", "trim", "leading/trailing whitespace")
    assert _clean._trim(traced) == reference


def test_t2s_table_converts_each_character_as_opencc_does_alone():
    converter = _clean._t2s_converter()
    table = _clean._t2s_table()
    chars = [chr(i) for i in range(0x2E80, 0x10000) if not 0xD800 <= i <= 0xDFFF]
    mismatched = [ch for ch in chars if (converter.convert(ch) if len(converter.convert(ch)) == 1 else ch) != chr(table[ord(ch)])]
    assert not mismatched
    assert chr(table[ord("黨")]) == "党" and chr(table[ord("党")]) == "党"


def test_text_beyond_the_bmp_is_converted_character_by_character():
    traced = Traced.from_raw("基層𠀀黨組織,佔65%")
    text, repairs = _clean.convert_traditional(traced)
    assert text.text == "基层𠀀党组织,占65%"
    assert [r.before for r in repairs] == ["基層𠀀黨組織", "佔"]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="\n\r \t12、甲", max_size=20))
def test_counter_candidates_are_the_matches_of_the_one_pattern(text):
    pattern = re.compile(r"(?:\A\s*|\r?\n[ \t\r]*\n)[ \t]*(\d+)、")
    expected = [(m.start(), m.end(), m.group(1)) for m in pattern.finditer(text)]
    assert _clean._counter_candidates(text) == expected


@pytest.mark.parametrize(
    ("name", "plain"),
    [
        ("_MONTH", r"(?<![\d.\-])(\d{2,4})(?=月)"),
        ("_COMMA_DECIMAL", r"(?<=[\u4e00-\u9fff(])(\d{1,3})、(\d{1,2})(?=\s*(?:%|万元|亿元|元|分))"),
    ],
)
@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="0123456789.-、月%元分甲( ", max_size=20))
def test_fast_patterns_match_their_plain_look_behind_forms(name, plain, text):
    fast = getattr(_clean, name)
    assert fast.pattern != plain
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [(m.span(), m.groups()) for m in re.compile(plain).finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789.%一二五八〇十百甲", max_size=16))
def test_numeral_prefilter_never_skips_a_change(text):
    traced = Traced.from_raw(text)
    full = _clean._substitute(
        traced, _clean._NUMERAL_NUMBER, _clean._numeral_digits, "repair_numeral_digits", "Chinese numerals as digits",
    )
    assert _clean.repair_numeral_digits(traced) == full


def test_repair_records_pages_with_a_page_zero_marker():
    result = clean_text("甲 乙- 0 -丙 丁- 1 -戊 己")
    assert [r[5] for r in result.repair_records()] == [result._repair_page(r) for r in result.repairs] == [0, 1, None, 0, 1]
    assert result.repair_records(source="s")[0][:2] == ("s", 1)


@pytest.mark.parametrize(
    ("name", "anchor", "shortest", "longest"),
    [("_MONTH", "月", 2, 4), ("_COMMA_DECIMAL", "、", 1, 3)],
)
@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="0123456789٣².-、月%元分甲 \n", max_size=24))
def test_anchored_matching_finds_what_finditer_finds(name, anchor, shortest, longest, text):
    pattern = getattr(_clean, name)
    anchored = _clean._matches_at(pattern, text, _clean._digits_before(text, anchor, shortest, longest))
    assert [(m.span(), m.groups()) for m in anchored] == [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_anchored_matching_on_the_bundled_scrape(raw_text):
    text = clean_text(raw_text).text.replace(".", "、")  # plenty of "、" after digits, and the months of the report
    for name, anchor, shortest, longest in [("_MONTH", "月", 2, 4), ("_COMMA_DECIMAL", "、", 1, 3)]:
        pattern = getattr(_clean, name)
        expected = [m.span() for m in pattern.finditer(text)]
        assert expected  # the comparison has something to compare
        assert [m.span() for m in _clean._matches_at(pattern, text, _clean._digits_before(text, anchor, shortest, longest))] == expected


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789.%一二五八〇零十甲", max_size=16))
def test_reversed_numeral_search_is_the_forward_search(text):
    forward = _clean._NUMERAL_BEFORE_PERCENT.search(text) is not None
    assert (_clean._NUMERAL_BEFORE_PERCENT_REVERSED.search(text[::-1]) is not None) == forward


def test_repair_log_columns_give_back_every_repair(cleaned):
    import pickle

    log = cleaned.repair_log()
    rows = log.rows()
    assert len(log) == len(rows) == len(cleaned.repairs)
    # every field of every repair, in order, with ids from 1
    assert [(r[1], r[2], r[3], r[4], r[6], r[7]) for r in rows] == [tuple(r) for r in cleaned.repairs]
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    assert log.rows("src") == [("src", *r) for r in rows]
    again = pickle.loads(pickle.dumps(log))
    assert again == log and again.rows() == rows


@pytest.mark.parametrize("raw", ["", "甲", "  甲 乙\n\n", "1、甲\n\n2、乙 丙\n"])
def test_repair_log_of_small_texts(raw):
    result = clean_text(raw)
    assert result.repair_log().rows() == [
        (i, r.rule, r.detail, r.raw_start, r.raw_end, result._repair_page(r), r.before, r.after)
        for i, r in enumerate(result.repairs, start=1)
    ]


def test_character_tables_agree_with_their_definitions_everywhere():
    import numpy as np

    cp = np.arange(0x110000, dtype=np.uint32)
    cp = cp[(cp < 0xD800) | (cp > 0xDFFF)]
    chars = [chr(c) for c in cp.tolist()]
    assert _clean._lookup(_clean._IS_SPACE, cp).tolist() == [bool(_clean._WHITESPACE.fullmatch(ch)) for ch in chars]
    assert _clean._lookup(_clean._IS_KEEP_LEFT, cp).tolist() == [bool(_clean._KEEP_LEFT.match(ch)) for ch in chars]
    assert _clean._lookup(_clean._IS_KEEP_RIGHT, cp).tolist() == [bool(_clean._KEEP_RIGHT.match(ch)) for ch in chars]


def test_repairs_of_one_rule_are_those_of_the_whole_log(raw_text):
    for rule in ["remove_page_markers", "collapse_spacing", "strip_site_chrome", "no_such_rule"]:
        fresh = clean_text(raw_text).repairs  # nothing built yet
        assert fresh.of_rule(rule) == [r for r in clean_text(raw_text).repairs if r.rule == rule]
        assert fresh._repairs is None  # and selecting built only the selection


# --- paragraphs (for reading; the clean text itself has no line breaks) ---------

@pytest.mark.parametrize(
    ("raw", "paragraphs"),
    [
        # a sentence ends at the line break: a new paragraph
        ("第一段到此结束。\n第二段从这里开始,内容较长一些。", ["第一段到此结束。", "第二段从这里开始,内容较长一些。"]),
        # a hard wrap inside a sentence is not a break
        ("本次调查共发放问卷三百份,回收有效问卷\n288份,有效率为百分之九十六。", ["本次调查共发放问卷三百份,回收有效问卷288份,有效率为百分之九十六。"]),
        # a heading opens the next line
        ("这是前面一段很长的文字,没有句号结尾\n二、存在的问题和不足之处还有很多", ["这是前面一段很长的文字,没有句号结尾", "二、存在的问题和不足之处还有很多"]),
        # a short title line
        ("调查报告\n这是正文的第一句话,它比标题长得多,写到这里才结束。", ["调查报告", "这是正文的第一句话,它比标题长得多,写到这里才结束。"]),
        # a blank line
        ("前一段没有标点结尾的很长一行文字内容\n\n后一段也是很长的一行文字内容而已", ["前一段没有标点结尾的很长一行文字内容", "后一段也是很长的一行文字内容而已"]),
        # CRLF line ends count the same
        ("第一段到此结束。\r\n第二段从这里开始,内容较长一些。", ["第一段到此结束。", "第二段从这里开始,内容较长一些。"]),
        # preview-chunk counters cut the text anywhere: never a break
        ("1、第一块的文字到这里被切断了。\n\n2、第二块接着写下去,直到结束。", ["第一块的文字到这里被切断了。第二块接着写下去,直到结束。"]),
    ],
)
def test_paragraphs(raw, paragraphs):
    result = clean_text(raw)
    assert result.paragraphs().split("\n") == paragraphs
    assert result.paragraphs().replace("\n", "") == result.text


def test_paragraphs_of_the_bundled_report_give_back_its_clean_text(cleaned):
    text = cleaned.paragraphs()
    assert text.replace("\n", "") == cleaned.text
    # the scrape is one line per preview chunk: the chunks' own breaks are not paragraphs
    assert text.count("\n") <= 5


# --- the boilerplate of other sites ---

@pytest.mark.parametrize(
    ("raw", "expected", "detail"),
    [
        ("APP下载\n正文", "正文", "app_banner"),
        ("下载APP | 手机版\n正文", "正文", "app_banner"),
        ("精选范文网\n正文", "正文", "site_name_generic"),
        ("分类: 调查报告  时间: 2023-01-01 05:58:50  下载本文 \n正文", "正文", "site_fields"),
        ("来源:县委组织部 时间:2020-05-06\n正文", "正文", "site_fields"),
        ("文档简介\n正文", "正文", "summary_label"),
        ("版权说明:本文档由用户提供并上传,收益归属内容提供方\n正文", "正文", "rights_notice"),
        ("正文\n您现在查看是摘要页,全文长 4880 字符。\n", "正文\n", "abstract_page_notice"),
        ("下载本文\n正文", "正文", "site_buttons"),
    ],
)
def test_strip_site_chrome_of_other_sites(raw, expected, detail):
    text, log = strip_site_chrome(Traced.from_raw(raw))
    assert text.text == expected
    assert [r.detail for r in log] == [detail]
    assert all(raw[r.raw_start : r.raw_end] == r.before for r in log)


@pytest.mark.parametrize(
    "line",
    [
        "我们的版权说明:如下。",  # the words inside a sentence, not opening the line
        "时间:2019年3月 地点:会议室",  # a meeting's own fields (地点 is no site field)
        "分类:调查报告",  # one field alone
        "本文档简介了调查的过程。",
        "全文长达三万字,分为五章。",
    ],
)
def test_report_lines_that_look_like_chrome_survive(line):
    assert apply(strip_site_chrome, line + "\n正文") == line + "\n正文"


# --- chunk counters on lines of their own, inside a number ---

@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # issue 26, item 8: a chunk counter on a line of its own cuts a share
        ("1、占45.17\n2、%,其余", "1、占45.17%,其余"),
        ("1、甲(38\n2、.26%)乙", "1、甲(38.26%)乙"),
        ("1、占45.\n2、17%", "1、占45.17%"),
        ("1、占45.17\r\n2、%", "1、占45.17%"),  # CRLF
        ("1、占45.17 \n2、 %", "1、占45.17  %"),  # the spaces around are the spacing rule's
        # a counter needs a neighbour in the sequence (N-1 before it or N+1 after it)
        ("甲占45.17\n5、%", "甲占45.17\n5、%"),
        ("甲占45.17\n5、%\n6、乙", "甲占45.17%\n6、乙"),
        # between two digits a list item can open with a number: left alone
        ("1、占3\n2、40%", "1、占3\n2、40%"),
        # a real list on single lines is not a chunked preview
        ("1、加强领导。\n2、完善制度。\n3、20%以上。", "1、加强领导。\n2、完善制度。\n3、20%以上。"),
    ],
)
def test_join_preview_chunks_inside_numbers(raw, expected):
    assert apply(join_preview_chunks, raw) == expected


def test_chunk_counters_inside_numbers_are_logged_and_traced():
    raw = "1、占45.17\n2、%,有(38\n3、.26%)"
    result = clean_text(raw)
    assert result.text == "1、占45.17%,有(38.26%)"
    log = [r for r in result.repairs if r.rule == "join_preview_chunks"]
    assert [(r.detail, r.before) for r in log] == [("chunk_counter_in_number", "\n2、"), ("chunk_counter_in_number", "\n3、")]
    assert [raw[r.raw_start : r.raw_end] for r in log] == ["\n2、", "\n3、"]
    span = result.locate("45.17%")
    assert raw[span.raw_start : span.raw_end] == "45.17\n2、%"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="\n\r \t12、.%甲", max_size=24))
def test_line_counters_are_the_matches_of_the_plain_pattern(text):
    plain = re.compile(r"(?:\r?\n[ \t\r]*)+(\d+)、")
    found = [(m.start() - (m.start() > 0 and text[m.start() - 1] == "\r"), m.end()) for m in _clean._LINE_COUNTER.finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]


# --- pronunciation glosses ---

from dangjian.engine.clean import remove_pinyin_glosses  # noqa: E402


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("長(zhǎng)沙市", "長沙市"),
        ("消委會(huì )消費", "消委會消費"),  # a stray space inside the brackets
        ("中新網(wǎng)9月6日電", "中新網9月6日電"),
        ("現(xiàn)在", "現在"),
        ("女(nǚ)生", "女生"),  # ü with a tone mark
        # no tone mark, not after a Han character, or not pinyin: left alone
        ("采用(de)方法", "采用(de)方法"),
        ("问卷(SPSS)分析", "问卷(SPSS)分析"),
        ("A(zhǎng)", "A(zhǎng)"),
        ("(zhǎng)沙", "(zhǎng)沙"),
        ("他(Müller)说", "他(Müller)说"),
        ("咖啡(café)", "咖啡(café)"),  # "caf" is no pinyin initial and final
    ],
)
def test_remove_pinyin_glosses(raw, expected):
    assert apply(remove_pinyin_glosses, raw) == expected


def test_a_page_full_of_glosses_is_warned_about():
    raw = "中新網(wǎng)9月6日電 消委會(huì )對120名大學(xué)生進(jìn)行了調查,其中男大學(xué)生64人,女大學(xué)生56人。"
    result = clean_text(raw)
    assert result.text == "中新网9月6日电消委会对120名大学生进行了调查,其中男大学生64人,女大学生56人。"
    # 6 glosses among 39 Han characters (more than 5, and more than 2%)
    assert len([r for r in result.repairs if r.rule == "remove_pinyin_glosses"]) == 6
    assert len(result.warnings) == 1
    assert result.warnings[0].startswith("6 pronunciation glosses") and "'網(wǎng)'" in result.warnings[0]
    # one gloss in a long page is a reading aid, not a page full of them
    assert clean_text("長(zhǎng)沙市" + "调查" * 40).warnings == ()
    assert clean_text("基层党组织负责人").warnings == ()


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="学A( )xuéìhzǎng", max_size=16))
def test_gloss_pattern_matches_its_plain_look_behind_form(text):
    plain = re.compile(_clean._PINYIN_GLOSS.pattern.replace("\\((?<=[\\u3400-\\u4dbf\\u4e00-\\u9fff]\\()", "(?<=[\\u3400-\\u4dbf\\u4e00-\\u9fff])\\("))
    assert plain.pattern != _clean._PINYIN_GLOSS.pattern
    assert [m.span() for m in _clean._PINYIN_GLOSS.finditer(text)] == [m.span() for m in plain.finditer(text)]


# --- p-value signs and damaged decimal points ---

from dangjian.engine.clean import repair_decimal_points, repair_p_value_signs  # noqa: E402


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("(t=2.10,P〈0.05)", "(t=2.10,P<0.05)"),
        ("p〉0.05", "p>0.05"),
        ("P 〈0.01", "P <0.01"),
        ("P﹤0.001", "P<0.001"),
        ("P〈.05", "P<.05"),
        # an angle bracket that is a bracket
        ("〈论语〉", "〈论语〉"),
        ("SPSS〈20〉", "SPSS〈20〉"),
        ("P〈注〉", "P〈注〉"),
    ],
)
def test_repair_p_value_signs(raw, expected):
    assert apply(repair_p_value_signs, raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # issue 25, item 3: a decimal point printed as 。 or beside a space
        ("占37。42%", "占37.42%"),
        ("占52. 16%", "占52.16%"),
        ("占52 .16%", "占52.16%"),
        ("(38. 26%)", "(38.26%)"),
        ("率为0。5‰", "率为0.5‰"),
        ("t=3。27", "t=3.27"),
        ("F=11. 218", "F=11.218"),
        ("F(2, 147)=4. 21", "F(2, 147)=4.21"),
        ("χ2=15. 543", "χ2=15.543"),
        ("P<0. 05", "P<0.05"),
        ("P〈0. 05", "P〈0.05"),  # the sign itself is repair_p_value_signs'
        ("t=-20. 516", "t=-20.516"),
        ("SD=0. 82", "SD=0.82"),
        ("χ2值为6. 94", "χ2值为6.94"),  # a statistic and its sign in words
        ("t值为3。27", "t值为3.27"),
        ("(72. 36±8. 14)分", "(72.36±8.14)分"),
        # a list of statistics after one sign
        ("(t=31. 934,-17. 976,-14. 464;P<0.01)", "(t=31.934,-17.976,-14.464;P<0.01)"),
        # ambiguous: a sentence may end with a number, or an enumeration open with one
        ("共37。42人参加", "共37。42人参加"),
        ("见表1。20%的人认为", "见表1。20%的人认为"),
        ("结束。1. 20%以上的人", "结束。1. 20%以上的人"),
        ("1. 20%以上的人", "1. 20%以上的人"),
        ("n=45。20%的人", "n=45。20%的人"),  # a sample size may end a sentence
        ("第3. 5%", "第3. 5%"),
        ("2 .7 .7 99.3", "2 .7 .7 99.3"),  # SPSS cells without a leading zero
        ("在2010. 25人", "在2010. 25人"),
        ("占37.42%", "占37.42%"),  # nothing to repair
    ],
)
def test_repair_decimal_points(raw, expected):
    assert apply(repair_decimal_points, raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # through the whole pipeline: full-width forms, line breaks, raw spaces
        ("８５．２％", "85.2%"),
        ("占５２． １６％", "占52.16%"),
        ("占\n52. 16%", "占52.16%"),  # a line cannot end with 占: the break is inside the sentence
        ("占52.\n16%", "占52.16%"),  # a number cut by a line break after its point
        ("占 52. 16%", "占52.16%"),
        ("t= 7. 715", "t=7.715"),
        ("(F =11. 218, P〈0. 01)", "(F=11.218, P<0.01)"),
        # an enumeration that opens a line after a heading: the line break is kept as evidence
        ("存在的不足\n1. 20%的人", "存在的不足1. 20%的人"),
        ("存在的不足\n1。20%的人", "存在的不足1。20%的人"),
    ],
)
def test_decimal_points_through_the_pipeline(raw, expected):
    assert clean_text(raw).text == expected


# --- a share cut by a line break ---

from dangjian.engine.clean import join_cut_shares  # noqa: E402


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("子女教育2322人,占2\n8.57%。", "子女教育2322人,占28.57%。"),
        ("占2\r\n8.57%", "占28.57%"),
        ("达9 \n 8.5 %", "达98.5 %"),  # spaces around the break go with it; the spacing rule takes the rest
        ("比例为4\n5%", "比例为45%"),
        # a break between two numbers that is not inside a share: left for the spacing rule
        ("共2\n8人", "共2\n8人"),  # no % after it
        ("人数2\n8.5%", "人数2\n8.5%"),  # no word that takes a number before it
        ("占45\n67.5%", "占45\n67.5%"),  # 4567.5% is no share
        ("占2\n\n8.57%", "占2\n\n8.57%"),  # a paragraph break is not a wrap
    ],
)
def test_join_cut_shares(raw, expected):
    assert apply(join_cut_shares, raw) == expected


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789٣占为甲 \t\n\r.%％", max_size=24))
def test_cut_shares_found_from_their_words_are_the_pattern_matches(text):
    traced = Traced.from_raw(text)
    reference = _clean._substitute(
        traced, _clean._CUT_SHARE, lambda m: m.group(1) + m.group(2) if float(m.group(1) + m.group(2)) <= 100 else None,
        "join_cut_shares", "line break inside a share",
    )
    assert join_cut_shares(traced) == reference


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("住房4239人,占52. 17%;子女教育2322人,占2\n8.57%。", "住房4239人,占52.17%;子女教育2322人,占28.57%。"),
        ("占2\n８.５７％", "占28.57%"),
        ("两组比较χ2值为6.\n94,P＜0.01", "两组比较χ2值为6.94,P<0.01"),
    ],
)
def test_cut_shares_through_the_pipeline(raw, expected):
    assert clean_text(raw).text == expected


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789٣。. 占%甲\n", max_size=24))
def test_damaged_points_found_from_the_separators_are_the_pattern_matches(text):
    assert [m.span() for m in _clean._damaged_points(text)] == [m.span() for m in _clean._DAMAGED_POINT.finditer(text)]


# --- thousands separated by a space ---

from dangjian.engine.clean import repair_thousands_separators  # noqa: E402


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("回收问卷3 418份", "回收问卷3418份"),
        ("共12 507", "共12507"),
        ("共12 507,其中", "共12507,其中"),
        ("有效样本1 700人", "有效样本1700人"),
        ("调查2 150余户", "调查2150余户"),
        ("月收入1 500元", "月收入1500元"),
        ("n=1 700", "n=1700"),
        # a year, a list, a reference, a decimal, a zero, table cells: left alone
        ("2018 312人", "2018 312人"),
        ("120 340 560人", "120 340 560人"),
        ("有120 340 560", "有120 340 560"),
        ("第3 418号", "第3 418号"),
        ("3 418 500人", "3 418 500人"),
        ("0.5 418人", "0.5 418人"),
        ("0 500人", "0 500人"),
        ("真实53 41 51", "真实53 41 51"),
        ("得分3 418", "得分3 418"),  # no count unit after it, no total word before it
        ("共3 4180人", "共3 4180人"),
        ("共3 418.5人", "共3 418.5人"),
        ("共3 418%", "共3 418%"),
        # a survey platform's table row, its label, its count, its share
        ("1-2年级1 207 35.31%", "1-2年级1207 35.31%"),
        ("非常满意1 962 57.40% 比较满意1 018 29.78%", "非常满意1962 57.40% 比较满意1018 29.78%"),
        ("1 207 35.31%", "1 207 35.31%"),  # no label before it
        ("满意1 207 35.31", "满意1 207 35.31"),  # no share after it
        ("满意12 34 35.31%", "满意12 34 35.31%"),  # not three digits after the space
    ],
)
def test_repair_thousands_separators(raw, expected):
    assert apply(repair_thousands_separators, raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("回收问卷3\u2009418份", "回收问卷3418份"),  # a thin space
        ("回收问卷3\u00a0418份", "回收问卷3418份"),  # a no-break space
        ("回收问卷3\u202f418份", "回收问卷3418份"),  # a narrow no-break space
        ("共 12 507 人", "共12507人"),
    ],
)
def test_thousands_through_the_pipeline(raw, expected):
    assert clean_text(raw).text == expected


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789٣ .,%人第甲A", max_size=24))
def test_spaced_thousands_found_from_the_spaces_are_the_pattern_matches(text):
    traced = Traced.from_raw(text)
    matches = list(_clean._SPACED_THOUSANDS.finditer(text))
    matches += [m for m in _clean._SPACED_THOUSANDS_IN_ROW.finditer(text) if not any(r.start() <= m.start() < r.end() for r in matches)]
    reference = _clean._substitute(
        traced, sorted(matches, key=lambda m: m.start()),
        lambda m: m.group(1) + m.group(2) if m.re is _clean._SPACED_THOUSANDS_IN_ROW or _clean._COUNT_AFTER.match(text, m.end())
        or _clean._TOTAL_BEFORE.search(text, max(0, m.start() - 8), m.start()) else None,
        "repair_thousands_separators", "space as thousands separator",
    )
    assert repair_thousands_separators(traced) == reference


@pytest.mark.parametrize(
    ("raw", "rule", "before", "after"),
    [
        ("占37。42%", "repair_decimal_points", "37。42", "37.42"),
        ("t=22. 959", "repair_decimal_points", "22. 959", "22.959"),
        ("χ2值为6. 94", "repair_decimal_points", "6. 94", "6.94"),
        ("占2\n8.57%", "join_cut_shares", "2\n8.57", "28.57"),
        ("P〈0.05", "repair_p_value_signs", "P〈", "P<"),
        ("长(zhǎng)沙", "remove_pinyin_glosses", "(zhǎng)", ""),
        ("共3 418人", "repair_thousands_separators", "3 418", "3418"),
    ],
)
def test_new_rules_log_their_raw_spans(raw, rule, before, after):
    result = clean_text(raw)
    log = [r for r in result.repairs if r.rule == rule]
    assert [(r.before, r.after) for r in log] == [(before, after)]
    assert raw[log[0].raw_start : log[0].raw_end] == before


# --- properties of the rules for other sites: a clean body, damaged as other sites damage it ---
# Expected values are the body as a reader writes it once the damage is undone.

BODY_WORDS = st.text(alphabet="党建工作组织调查研究问卷中以乡镇县委书记真实优秀称职评价学生会", min_size=1, max_size=6)
POINT_DAMAGE = ["。", ". ", " .", ".", ".\n", "\n."]
THOUSANDS_SEPARATORS = [" ", "\u2009", "\u00a0", ""]  # a space, a thin space, a no-break space, none
GLOSSES = {"学": "(xué)", "会": "(huì )", "长": "(zhǎng)", "书": "(shū)"}


@st.composite
def damaged_numbers(draw):
    """``(expected, raw)``: a clean body and a scrape of it with the damage of issues 25 and 26."""
    expected, raw = [], []
    cuts = 0
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["word", "share", "stat", "mean", "count", "wrap", "cut"]))
        if kind == "word":
            word = draw(BODY_WORDS)
            expected.append(word)
            raw.append("".join(ch + (GLOSSES[ch] if ch in GLOSSES and draw(st.booleans()) else "") for ch in word))
        elif kind == "share":
            i, f = draw(st.integers(1, 99)), draw(st.integers(0, 99))
            expected.append(f"占{i}.{f:02d}%")
            raw.append(f"占{i}{draw(st.sampled_from(POINT_DAMAGE))}{f:02d}%")
        elif kind == "stat":
            i, f, k = draw(st.integers(0, 40)), draw(st.integers(0, 999)), draw(st.integers(1, 5))
            expected.append(f"(t={i}.{f:03d},P<0.0{k})")
            point = draw(st.sampled_from(["。", ". ", "."]))
            sign = draw(st.sampled_from(["<", "〈", "＜"]))
            raw.append(f"(t={i}{point}{f:03d},P{sign}0{draw(st.sampled_from(['. ', '.']))}0{k})")
        elif kind == "mean":
            a, b, c, d = (draw(st.integers(0, 99)) for _ in range(4))
            expected.append(f"为({a}.{b:02d}±{c}.{d:02d})分")
            raw.append(f"为({a}{draw(st.sampled_from(['. ', '.']))}{b:02d}±{c}{draw(st.sampled_from(['. ', '.']))}{d:02d})分")
        elif kind == "count":
            a, b = draw(st.integers(1, 999)), draw(st.integers(0, 999))
            expected.append(f"共{a}{b:03d}人")
            space = draw(st.sampled_from(THOUSANDS_SEPARATORS))
            raw.append(f"共{a}{space}{b:03d}人")
        elif kind == "wrap":  # a share cut by a line break between its digits
            i, f = draw(st.integers(10, 99)), draw(st.integers(0, 99))
            expected.append(f"占{i}.{f:02d}%")
            raw.append(f"占{i // 10}\n{i % 10}.{f:02d}%")
        else:  # a share cut by a chunk counter on a line of its own
            i, f = draw(st.integers(1, 99)), draw(st.integers(0, 99))
            cuts += 1
            expected.append(f"占{i}.{f:02d}%")
            raw.append(draw(st.sampled_from([f"占{i}.{f:02d}\n{cuts + 1}、%", f"占{i}\n{cuts + 1}、.{f:02d}%"])))
        sep = draw(st.sampled_from(["", ",", "。"]))
        expected.append(sep)
        raw.append(sep)
    body, scrape = "".join(expected).rstrip(",。") or "党", "".join(raw).rstrip(",。") or "党"
    if cuts:
        body, scrape = "1、" + body, "1、" + scrape
    header = draw(st.sampled_from(["", "APP下载\n", "精选范文网\n\n", "分类: 调查报告  时间: 2023-01-01 05:58:50  下载本文 \n", "文档简介\n"]))
    footer = draw(st.sampled_from(["", "\n您现在查看是摘要页,全文长 4880 字符。\n", "\n版权说明:本文档由用户提供并上传\n"]))
    return body, header + scrape + footer


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged_numbers())
def test_cleaning_recovers_numbers_damaged_by_other_sites(case):
    body, raw = case
    assert clean_text(body).text == body  # the body is clean already
    assert clean_text(raw).text == body


GENERAL_TEXTS = st.one_of(
    damaged_numbers().map(lambda c: c[1]),
    st.text(alphabet=CJK + "0123456789 .%,、。〈P=t±-学(xuéì)共人份\n\u2009", max_size=150),
)
#: Rules whose removals may take digits with them (the site's own text).
REMOVING_RULES = {"strip_site_chrome", "join_preview_chunks", "remove_page_markers", "remove_pinyin_glosses"}


@settings(max_examples=300, deadline=None)
@given(GENERAL_TEXTS)
def test_general_cleaning_is_idempotent(raw):
    once = clean_text(raw).text
    assert clean_text(once).text == once


@settings(max_examples=300, deadline=None)
@given(GENERAL_TEXTS)
def test_every_digit_outside_a_removed_span_survives_in_order(raw):
    result = clean_text(raw)
    removed = [(r.raw_start, r.raw_end) for r in result.repairs if r.after == "" and r.rule in REMOVING_RULES]
    kept = [(i, unicodedata.normalize("NFKC", ch)) for i, ch in enumerate(raw)
            if unicodedata.normalize("NFKC", ch).isdigit() and not any(a <= i < b for a, b in removed)]
    assert [(int(o), ch) for ch, o in zip(result.text, result.offsets) if ch.isdigit()] == kept


@settings(max_examples=300, deadline=None)
@given(GENERAL_TEXTS)
def test_every_clean_character_maps_back_to_its_raw_character_or_a_logged_repair(raw):
    result = clean_text(raw)
    offsets = result.offsets.tolist()
    assert offsets == sorted(offsets) and all(0 <= o < len(raw) for o in offsets)
    for ch, o in zip(result.text, offsets):
        if unicodedata.normalize("NFKC", raw[o]) == ch or raw[o] == ch:
            continue
        assert any(r.raw_start <= o < r.raw_end and ch in r.after for r in result.repairs), f"{ch!r} at raw {o} ({raw[o]!r})"


def test_new_rules_leave_the_bundled_report_alone(raw_text, cleaned):
    """The rules for other sites change nothing in the bundled scrape (its clean text is the compendium's)."""
    new = {"remove_pinyin_glosses", "repair_p_value_signs", "repair_decimal_points", "repair_thousands_separators", "join_cut_shares"}
    assert not [r for r in cleaned.repairs if r.rule in new or r.detail == "chunk_counter_in_number"]
    assert cleaned.warnings == ()


# --- the compact repair log (RepairLog.runs: dangjian audit's per-file repairs.csv) --------------------------------


def _runs_from_rows(rows, gap=_clean.RUN_GAP):
    """The runs of a full log, built the plain way from its rows (the reference for RepairLog.runs)."""
    runs = []
    for row in rows:
        rid, rule, detail, start, end, page, before, after = row
        last = runs[-1] if runs else None
        if last and (last["rule"], last["detail"], last["page"]) == (rule, detail, page) and 0 <= start - last["prev_end"] <= gap:
            last["ends"].append(end)
            last["pairs"].append((before, after))
            last["prev_end"] = end
        else:
            runs.append({"id": rid, "rule": rule, "detail": detail, "start": start, "ends": [end], "page": page,
                         "pairs": [(before, after)], "prev_end": end})
    return [(r["id"], r["rule"], r["detail"], r["start"], max(r["ends"]), r["page"], len(r["pairs"]),
             "".join(b for b, _ in r["pairs"]), "".join(a for _, a in r["pairs"])) for r in runs]


def test_compact_log_of_the_bundled_scrape_is_its_full_log_in_runs(cleaned):
    log = cleaned.repair_log()
    runs = log.runs()
    assert runs == _runs_from_rows(log.rows())
    # every repair of the full log is in exactly one run, in order: ids 1, 1 + n1, 1 + n1 + n2, …
    assert [r[0] for r in runs] == [1 + sum(r[6] for r in runs[:k]) for k in range(len(runs))]
    assert sum(r[6] for r in runs) == len(log)
    assert len(runs) < len(log) / 3  # the scrape's spaced-out text: hundreds of one-space repairs
    assert log.runs("report")[0] == ("report", *runs[0])


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_compact_log_is_the_full_log_in_runs(raw):
    log = clean_text(raw).repair_log()
    assert log.runs() == _runs_from_rows(log.rows())


def test_compact_log_run_ends_at_a_gap_a_page_or_another_repair():
    # two spaced stretches far apart: two runs; page 2 starts a third
    raw = "- 1 -甲 乙 丙" + "丁" * (_clean.RUN_GAP + 1) + "戊 己- 2 -庚 辛"
    runs = clean_text(raw).repair_log().runs()
    spacing = [r for r in runs if r[1] == "collapse_spacing"]
    assert [(r[5], r[6]) for r in spacing] == [(1, 2), (1, 1), (2, 1)]
    assert clean_text("").repair_log().runs() == []


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(st.integers(0, 12).map(lambda n: f"- {n} -"), st.sampled_from(["甲", "1", " ", "-", "--"])), max_size=40).map("".join))
def test_page_markers_found_in_one_pass_are_those_of_the_scan_from_every_marker(text):
    spans = [m.span() for m in _clean._page_marker_matches(text)]
    assert spans == [m.span() for m in _clean._page_marker_matches_by_scan(text)]


def test_a_previews_page_counter_cutting_a_number_is_removed_only_where_the_counters_agree():
    # 百度文库 prints "2/6" (page 2 of 6) where its preview breaks a page, even inside "41.99%"
    raw = "选择“强身健体”的占76.21%,“缓解压力”的占4\n2/6\n1.99%,“兴趣爱好”的占33.50%。\n3/6\n下一页"
    result = clean_text(raw)
    assert "41.99%" in result.text and "2/6" not in result.text
    assert [r.detail for r in result.repairs if r.rule == "remove_page_markers"] == ["page 2 of 6"]
    # counter lines of different totals are no page counters: nothing is joined
    other = clean_text(raw.replace("3/6", "3/7"))
    assert "41.99%" not in other.text
