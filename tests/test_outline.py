"""The outline parser: markers in order, titles, offsets and pages."""

from __future__ import annotations

import pytest

from dangjian.engine.outline import chinese_numeral, outline, section_pages

# The headings as printed in the report (read off the raw scrape by hand).
EXPECTED = [
    ("0", 0, "前言", ""),
    ("1", 1, "一", "基层党组织负责人履行抓党建工作责任情况"),
    ("1.1", 2, "一(一)", "全县基层党组织负责人正常履行抓党建职责"),
    ("1.2", 2, "一(二)", "乡村党组织负责人抓党建工作较规范"),
    ("1.3", 2, "一(三)", "部门党委(党组)、支部负责人抓党建工作力度不够"),
    ("2", 1, "二", "近年来基层党组织负责人抓党建工作的实践举措"),
    ("2.1", 2, "二(一)", "层层签订党建目标责任书"),
    ("2.2", 2, "二(二)", "推行党组织负责人抓党建工作述职"),
    ("2.3", 2, "二(三)", "健全完善党建工作责任制"),
    ("2.3.1", 3, "二(三)1", "一是健全领导责任机制。"),
    ("2.3.2", 3, "二(三)2", "二是建立基层党建定期督查通报制。"),
    ("2.4", 2, "二(四)", "搭建党员领导干部党建扶贫联系平台"),
    ("2.4.1", 3, "二(四)1", "一是建立科级党员领导干部党建扶贫联系点制度。"),
    ("2.4.2", 3, "二(四)2", "二是实施城乡党组织“支部联建”活动。"),
    ("3", 1, "三", "基层党组织负责人履行抓基层党建工作责任存在问题"),
    ("3.1", 2, "三(一)", "责任意识不强,存在“主次不分”问题。"),
    ("3.2", 2, "三(二)", "思想认识不足,欠缺“服务大局”观念。"),
    ("3.3", 2, "三(三)", "主动谋划不多,缺乏“身体力行”活力。"),
]


def test_report_outline(cleaned):
    parts = outline(cleaned.text)
    got = list(parts[["section_id", "level", "label", "title"]].itertuples(index=False, name=None))
    assert got == EXPECTED


def test_sections_tile_the_text(cleaned):
    parts = outline(cleaned.text)
    top = parts[parts["level"] <= 1]
    assert top["start"].iloc[0] == 0
    assert top["end"].iloc[-1] == len(cleaned.text)
    assert (top["start"].iloc[1:].to_numpy() == top["end"].iloc[:-1].to_numpy()).all()
    numerals = "一二三四五六七八九十"
    for row in parts.itertuples():
        number = numerals[int(row.section_id.split(".")[-1]) - 1]
        marker = {1: f"{number}、", 2: f"({number})", 3: f"{number}是"}.get(row.level, "")
        assert cleaned.text[row.start :].startswith(marker)


def test_pages_of_sections(cleaned):
    parts = section_pages(outline(cleaned.text), cleaned).set_index("section_id")
    # 二(二) holds the table, printed over pages 3-4; 三 runs to the last visible page.
    assert (parts.loc["2.2", "page_start"], parts.loc["2.2", "page_end"]) == (3, 4)
    assert parts.loc["3", "page_end"] == 7


def test_enumerations_out_of_order_are_not_headings():
    text = "前文。二、不是标题。一、总体情况根据调查。(二)乱序(一)甲乙丙丁通过走访。"
    parts = outline(text)
    assert parts["label"].tolist() == ["前言", "一", "一(一)"]


def test_inline_chinese_list_comma_is_not_a_chapter():
    # "统一、" is an ordinary list, not chapter 一: a chapter marker opens a sentence.
    parts = outline("坚持统一、规范。一、情况")
    assert parts["label"].tolist() == ["前言", "一"]


def test_a_lone_yishi_is_not_an_enumeration():
    parts = outline("一、情况(一)甲乙丙丁一是好。")
    assert parts["level"].max() == 2


@pytest.mark.parametrize(("n", "expected"), [(1, "一"), (9, "九"), (10, "十"), (11, "十一"), (20, "二十"), (99, "九十九")])
def test_chinese_numeral(n, expected):
    assert chinese_numeral(n) == expected
