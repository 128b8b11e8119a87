"""Plain-text views of the cleaning: examples, digit audit, quote traces, wide tables."""

from __future__ import annotations

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from dangjian.compendium.display import (
    RULE_NAMES,
    digit_audit,
    digit_ledger,
    quote_offsets,
    repair_context,
    repair_counts,
    repair_examples,
    rule_damage,
    rule_summary,
    trace_quote,
    wide_table,
)
from dangjian.engine.clean import RULES, CleanResult, Repair, clean_text

# A miniature scrape with the report's damage: two preview chunks whose
# boundary cuts "51" in two, page markers, spaced characters, a month range.
# Offsets counted by hand: "1、" 0:2, "- 1 -" 2:7, "810" 13:16, "5" 19,
# "\n\n2、" 20:24, "1" 24, "占" 27, "- 2 -" 28:33, "60.32%" 33:39.
MINI = "1、- 1 -基 层 在 810 月 5\n\n2、1%,占- 2 -60.32%。"


@pytest.fixture(scope="module")
def mini():
    return clean_text(MINI)


def test_mini_is_what_the_offsets_in_this_file_assume(mini):
    assert mini.text == "基层在8-10月51%,占60.32%。"
    assert MINI[2:7] == "- 1 -" and MINI[28:33] == "- 2 -" and MINI[13:16] == "810"


# --- rules ------------------------------------------------------------------------


def test_every_rule_has_a_name_and_a_damage_paragraph():
    for rule in RULES:
        assert rule.name in RULE_NAMES
        assert rule_damage(rule.name).startswith("Damage repaired: ")
        assert "\n" not in rule_damage(rule.name)


def test_rule_damage_of_an_unknown_rule():
    with pytest.raises(KeyError, match="no cleaning rule named 'tidy_up'"):
        rule_damage("tidy_up")


def test_rule_summary_of_the_mini_scrape(mini):
    summary = rule_summary(mini)
    assert summary["rule"].tolist() == [r.name for r in RULES] + ["trim"]
    assert summary["step"].tolist() == list(range(1, len(RULES) + 2))
    counts = dict(zip(summary["rule"], summary["repairs"]))
    removed = dict(zip(summary["rule"], summary["chars_removed"]))
    # counters "1、" and "\n\n2、": 2 repairs, 2 + 4 characters
    assert (counts["join_preview_chunks"], removed["join_preview_chunks"]) == (2, 6)
    # "- 1 -" and "- 2 -": 2 repairs of 5 characters
    assert (counts["remove_page_markers"], removed["remove_page_markers"]) == (2, 10)
    # spaces: 基_层_在_810_月_5 (5 removed); "810" -> "8-10" inserts one character
    assert (counts["collapse_spacing"], removed["collapse_spacing"]) == (5, 5)
    assert (counts["repair_month_ranges"], removed["repair_month_ranges"]) == (1, -1)
    assert counts["normalise_punctuation"] == 0 and counts["trim"] == 0


def test_rule_summary_of_the_report(cleaned):
    summary = rule_summary(cleaned)
    counts = dict(zip(summary["rule"], summary["repairs"]))
    # Counted by hand in data/raw: 16 header lines (title, metadata, navigation,
    # 5 thumbnails, 5 page counters, 点击查看更多, 资源描述, share blurb) and
    # 6 footer lines (展开阅读全文, 相关资源, 相关搜索, 当前位置, 电脑版, 经营许可证).
    assert counts["strip_site_chrome"] == 22
    # page markers "- 1 -" ... "- 7 -"; month ranges "810 月" and "89 月"
    assert counts["remove_page_markers"] == 7
    assert counts["repair_month_ranges"] == 2
    # the scrape uses half-width punctuation throughout
    assert counts["normalise_punctuation"] == 0


# --- repairs in context -------------------------------------------------------------


def test_repair_context_columns(mini):
    frame = repair_context(mini, context=3)
    marker = frame[frame["before"] == "- 2 -"].iloc[0]
    assert (marker["raw_start"], marker["raw_end"]) == (28, 33)
    assert (marker["raw_left"], marker["raw_span"], marker["raw_right"]) == ("%,占", "- 2 -", "60.")
    assert (marker["clean_left"], marker["clean_span"], marker["clean_right"]) == ("%,占", "", "60.")
    assert marker["matches_raw"] and marker["mid_sentence"]
    month = frame[frame["rule"] == "repair_month_ranges"].iloc[0]
    assert (month["raw_span"], month["clean_span"]) == ("810", "8-10")
    # the first page marker opens the text: nothing before it, so not mid-sentence
    assert not frame[frame["before"] == "- 1 -"].iloc[0]["mid_sentence"]
    # the chunk boundary cut 51: the counter sat between 5 and 1
    chunk = frame[frame["before"] == "\n\n2、"].iloc[0]
    assert (chunk["clean_left"][-1], chunk["clean_right"][0], chunk["mid_sentence"]) == ("5", "1", True)


def test_repair_context_after_a_sentence_end():
    frame = repair_context(clean_text("甲。- 1 -乙- 2 -丙"))
    assert frame["mid_sentence"].tolist() == [False, True]


def test_every_logged_repair_of_the_report_matches_the_raw_file(cleaned, raw_text):
    frame = repair_context(cleaned)
    assert frame["matches_raw"].all()
    # independently of the package: slice the file as read from disk
    assert all(raw_text[a:b] == before for a, b, before in zip(frame["raw_start"], frame["raw_end"], frame["before"]))


def test_repair_examples_exact(mini):
    frame = repair_context(mini)
    # ids follow the pipeline: counters #1 #2, markers #3 #4, spaces #5-#9, month #10
    assert frame.loc[frame["before"] == "- 2 -", "repair_id"].tolist() == [4]
    text = repair_examples(mini, "remove_page_markers", context=4, repair_ids=[4])
    assert text.splitlines() == [
        "remove_page_markers: 2 repairs, showing 1",
        "  #4  raw[28:33]  page 2  '- 2 -' -> ''",
        "    raw    1%,占【- 2 -】60.3",
        "    clean  1%,占【】60.3",
    ]


def test_repair_examples_show_line_breaks_and_insertions(mini):
    chunk = repair_examples(mini, "join_preview_chunks", context=2).splitlines()
    assert chunk[0] == "join_preview_chunks: 2 repairs, showing 2"
    assert chunk[4] == "  #2  raw[20:24]  page 1  '\\n\\n2、' -> ''"
    assert chunk[5] == "    raw     5【⏎⏎2、】1%"
    assert chunk[6] == "    clean  月5【】1%"
    month = repair_examples(mini, "repair_month_ranges", context=2).splitlines()
    assert month[1:] == ["  #10  raw[13:16]  page 1  '810' -> '8-10'", "    raw    在 【810】 月", "    clean  层在【8-10】月5"]


def test_repair_examples_of_a_rule_without_repairs(mini):
    assert repair_examples(mini, "normalise_punctuation") == "normalise_punctuation: 0 repairs, showing 0"


def test_repair_examples_rejects_ids_of_another_rule(mini):
    with pytest.raises(KeyError, match="not repairs of rule"):
        repair_examples(mini, "remove_page_markers", repair_ids=[1])


def test_site_chrome_is_shown_outside_the_pages(cleaned):
    first = repair_examples(cleaned, "strip_site_chrome", n=1).splitlines()[1]
    assert first.startswith("  #1  raw[0:24]  outside the pages  '基层党组织负责人履行抓党建工作责任情况调查研究\\n' -> ''")


# --- every number survives ---------------------------------------------------------


def test_digit_ledger_by_hand(mini):
    ledger = digit_ledger(mini)
    # raw digits: 1 (counter) 1 (marker) 8 1 0 5 2 (counter) 1 2 (marker) 6 0 3 2
    assert "".join(ledger["digit"]) == "1181052126032"
    removed = ledger[ledger["removed_by"] != ""]
    assert removed["raw_offset"].tolist() == [0, 4, 22, 30]
    assert removed["removed_by"].tolist() == ["join_preview_chunks", "remove_page_markers", "join_preview_chunks", "remove_page_markers"]
    assert ledger["page"].tolist() == [1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2]
    assert ledger["repair_id"].notna().sum() == 4


def test_digit_audit_by_hand(mini):
    expected = pd.DataFrame(
        {
            "raw_digits": [13],
            "removed_digits": [4],
            "kept_digits": [9],  # 810 51 6032
            "clean_digits": [9],
            "identical": [True],
            "first_difference": pd.array([None], dtype="Int64"),
            "traced_digits": [9],
            "rewrites_changing_digits": [0],
        }
    )
    assert_frame_equal(digit_audit(mini), expected)


def test_full_width_digits_count_as_digits():
    audit = digit_audit(clean_text("占６５％"))
    assert audit.loc[0, ["raw_digits", "clean_digits", "traced_digits"]].tolist() == [2, 2, 2]
    assert audit.loc[0, "identical"]


@pytest.mark.parametrize(
    "raw, text, offsets, first, traced",
    [
        ("甲12乙", "甲1乙", (0, 1, 3), 1, 1),  # a digit dropped without a log entry
        ("甲12", "甲13", (0, 1, 2), 1, 1),  # a digit changed
        ("甲12", "甲21", (0, 2, 1), 0, 2),  # digits swapped (the map still traces them)
        ("甲1", "甲12", (0, 1, 1), 1, 1),  # a digit added
    ],
)
def test_digit_audit_catches_unlogged_damage(raw, text, offsets, first, traced):
    broken = CleanResult(raw=raw, text=text, offsets=offsets, repairs=())
    audit = digit_audit(broken)
    assert not audit.loc[0, "identical"]
    assert audit.loc[0, "first_difference"] == first
    assert audit.loc[0, "traced_digits"] == traced


def test_digit_audit_counts_rewrites_that_change_digits():
    result = CleanResult(raw="占八五%", text="占85%", offsets=(0, 1, 2, 3), repairs=(Repair("repair_numeral_digits", "", 1, 3, "八五", "85"),))
    audit = digit_audit(result)
    assert audit.loc[0, ["raw_digits", "clean_digits", "identical", "rewrites_changing_digits"]].tolist() == [0, 2, False, 1]


def test_every_number_of_the_report_survives(cleaned):
    audit = digit_audit(cleaned).iloc[0]
    assert audit["identical"] and audit["kept_digits"] == audit["clean_digits"] == audit["traced_digits"]
    removed = digit_ledger(cleaned).groupby("removed_by")["digit"].agg("".join)
    # page markers - 1 - ... - 7 -; chunk counters 1、 ... 16、 (9 one-digit + 7 two-digit = 23 digits)
    assert removed["remove_page_markers"] == "1234567"
    assert removed["join_preview_chunks"] == "12345678910111213141516"
    # chrome, counted by hand in the raw file: 32656838 2018-02-12 15 69 (20 digits),
    # thumbnails _第1页.._第5页 (5), counters 第N页 / 共15页 x5 (15), 15页珍藏版 (2),
    # ICP 13022795 (8) and 51140202000112 (14): 64
    assert len(removed["strip_site_chrome"]) == 64


# --- the offset map ----------------------------------------------------------------------


def test_trace_quote_of_the_report(cleaned, raw_text):
    start = raw_text.index("占- 2 -60.32%")  # found in the raw file independently
    assert trace_quote(cleaned, "占60.32%").splitlines() == [
        "quote  '占60.32%'",
        f"clean  [{cleaned.text.index('占60.32%')}:{cleaned.text.index('占60.32%') + 7}]  '占60.32%'",
        f"raw    [{start}:{start + 12}]  '占- 2 -60.32%'",
        "pages  1-2",
    ]


def test_trace_quote_on_one_page(mini):
    assert trace_quote(mini, "60.32%").splitlines()[-1] == "pages  2"
    with pytest.raises(KeyError):
        trace_quote(mini, "99.99%")


def test_quote_offsets_skip_the_removed_marker(mini):
    frame = quote_offsets(mini, "占60")
    assert frame.columns.tolist() == ["clean_offset", "char", "raw_offset", "raw_char", "page"]
    assert frame["raw_offset"].tolist() == [27, 33, 34]  # 28:33 is "- 2 -"
    assert frame["raw_char"].tolist() == frame["char"].tolist() == ["占", "6", "0"]
    assert frame["page"].tolist() == [1, 2, 2]


def test_quote_offsets_of_an_inserted_dash(mini):
    frame = quote_offsets(mini, "8-10")
    # the dash takes the offset of the raw character after it ("1" of 810)
    assert frame["raw_offset"].tolist() == [13, 14, 14, 15]
    assert frame["raw_char"].tolist() == ["8", "1", "1", "0"]


# --- shapes -------------------------------------------------------------------------------


def test_wide_table_keeps_printed_order_and_strings():
    tidy = pd.DataFrame(
        {
            "township": ["T2", "T1", "T2", "T1"],
            "township_type": ["乡", "镇", "乡", "镇"],
            "item": ["发放", "发放", "均分", "均分"],
            "value": ["37", "68", "94.50", "94.5"],
        }
    )
    expected = pd.DataFrame(
        [["37", "94.50"], ["68", "94.5"]],
        index=pd.MultiIndex.from_tuples([("T2", "乡"), ("T1", "镇")], names=["township", "township_type"]),
        columns=pd.Index(["发放", "均分"], name="item"),
    )
    assert_frame_equal(wide_table(tidy), expected)


def test_wide_table_rejects_duplicates():
    tidy = pd.DataFrame({"township": ["T1", "T1"], "township_type": ["镇", "镇"], "item": ["甲", "甲"], "value": ["1", "2"]})
    with pytest.raises(ValueError):
        wide_table(tidy)


def test_wide_table_of_the_report(table):
    wide = wide_table(table.data)
    assert wide.shape == (7, 11)
    assert wide.columns[0] == "发放测评表(份)" and wide.columns[-1] == "意见或建议(条)"
    # printed in the report's table: 量化测评平均分 94.03 94.18 92.74 94.5 95.8 94.02 93.35
    assert wide["量化测评平均分"].tolist() == ["94.03", "94.18", "92.74", "94.5", "95.8", "94.02", "93.35"]
    assert wide.index.get_level_values("township_type").tolist() == list("镇镇镇乡乡乡乡")


def test_repair_counts_by_hand():
    log = pd.DataFrame(
        {
            "page": pd.array([2, None, 1, 1, 2], dtype="Int64"),
            "rule": ["collapse_spacing", "strip_site_chrome", "collapse_spacing", "remove_page_markers", "collapse_spacing"],
        }
    )
    expected = pd.DataFrame(
        {
            "page": pd.array([1, 1, 2, None], dtype="Int64"),
            "rule": ["remove_page_markers", "collapse_spacing", "collapse_spacing", "strip_site_chrome"],
            "repairs": [1, 1, 2, 1],
        }
    )
    assert_frame_equal(repair_counts(log), expected)
    assert repair_counts(log, by=["rule"])["rule"].tolist() == ["strip_site_chrome", "remove_page_markers", "collapse_spacing"]


def test_repair_counts_of_the_report_add_up(cleaned):
    counts = repair_counts(cleaned.repairs_frame())
    assert counts["repairs"].sum() == len(cleaned.repairs)
    # one page marker on each of the 7 visible pages
    markers = counts[counts["rule"] == "remove_page_markers"]
    assert markers["page"].tolist() == [1, 2, 3, 4, 5, 6, 7] and set(markers["repairs"]) == {1}


def test_verdict_table_colours_each_row_by_its_verdict_worst_first():
    import re

    import dangjian as dj
    from dangjian.compendium.display import VERDICT_BACKGROUNDS, verdict_table

    audit = dj.load_audit()
    styled = verdict_table(audit)
    html = styled.to_html()
    assert html == verdict_table(audit).to_html(), "the stored HTML must not change between runs"
    from dangjian.engine.verdicts import rank

    verdicts = styled.data["verdict"].tolist()
    assert verdicts == sorted(verdicts, key=rank) and sorted(verdicts) == sorted(audit["verdict"])
    for verdict, colour in VERDICT_BACKGROUNDS.items():
        rule = re.search(r"([^{}]*)\{\s*background-color: " + colour, html)
        rows = set(re.findall(r"row(\d+)_col", rule.group(1))) if rule else set()
        assert {int(r) for r in rows} == {i for i, v in enumerate(verdicts) if v == verdict}, verdict
