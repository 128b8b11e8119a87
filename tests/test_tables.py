"""The flattened 二(二) table: tidy shape, values as printed, loud failures."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from dangjian.compendium.debriefing import DEBRIEFING_SPEC
from dangjian.engine.tables import RowSpec, TableShapeError, TableSpec, parse_flat_table


def test_tidy_shape(table):
    data = table.data
    assert list(data.columns) == ["township", "township_type", "block", "item", "value"]
    assert len(data) == 7 * 11
    assert data["township"].unique().tolist() == [f"T{i}" for i in range(1, 8)]
    # the header prints 镇 镇 镇 乡 乡 乡 乡
    types = data.drop_duplicates("township").set_index("township")["township_type"]
    assert types.tolist() == ["镇", "镇", "镇", "乡", "乡", "乡", "乡"]
    assert data["item"].unique().tolist() == [r.item for r in DEBRIEFING_SPEC.rows]


def test_values_are_kept_as_printed(table):
    scores = table.data.query("item == '量化测评平均分'")["value"].tolist()
    # as printed in the raw scrape: "94.03 94.18 92.74 94.5 95.8 94.02 93.35"
    assert scores == ["94.03", "94.18", "92.74", "94.5", "95.8", "94.02", "93.35"]
    assert table.means.set_index("item").loc["量化测评平均分", "reported"] == "94.09"


def test_block_labels_come_from_merged_cells(table):
    blocks = table.data.drop_duplicates("item").set_index("item")["block"]
    assert blocks["真实"] == blocks["不真实"] == "述职报告真实情况"
    assert blocks["优秀"] == blocks["不称职"] == "测评意见"
    assert blocks["发放测评表(份)"] == ""


def test_metadata(table):
    meta = dict(zip(table.meta["key"], table.meta["value"]))
    assert meta["year"] == "2008"
    assert meta["period"] == "2008年8-9月"
    assert meta["compiled_by"] == "中共县委组织部"
    assert meta["scheme"] == "一述三评"


def _stated(text: str, pattern: str) -> Decimal:
    """A total as the report's text prints it (the independent source)."""
    return Decimal(re.search(pattern, text).group(1))


def test_township_values_re_added_match_the_stated_totals(cleaned, table):
    data = table.data.assign(value=table.data["value"].map(Decimal))
    total = data.groupby("item", sort=False)["value"].sum()
    # "共发放党委书记党建述职测评表362份"
    assert total["发放测评表(份)"] == _stated(cleaned.text, r"共发放党委书记党建述职测评表(\d+)份")
    # "共提出意见和建议36条"
    assert total["意见或建议(条)"] == _stated(cleaned.text, r"共提出意见和建议(\d+)条")


SPEC = TableSpec(title=r"测评表", header=r"(?P<columns>[镇乡]+)(?P<mean>均值)", rows=(RowSpec("发放"), RowSpec("好", "评价")))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("没有表", "title not found"),
        ("测评表类别镇乡均值发放1 2 3评价好1 2 3", "column header not found"),
        ("测评表镇乡均值发放1 2评价好1 2 3", "has 2 values, expected 3"),
        ("测评表镇乡均值发放1 2 3 4评价好1 2 3", "has 4 values, expected 3"),
        ("测评表镇乡均值发放1 2 3好1 2 3", "merged-cell label"),
        ("测评表镇乡均值发放1 2 3评价差1 2 3", "row '好' expected"),
    ],
)
def test_wrong_shapes_fail_loudly(text, message):
    with pytest.raises(TableShapeError, match=message):
        parse_flat_table(text, SPEC)


def test_a_damaged_report_table_fails_rather_than_guessing(cleaned):
    damaged = cleaned.text.replace("真实53 41 51 41 30 29 33 40", "真实53 41 51 41 30 29 33")
    with pytest.raises(TableShapeError, match="row '真实' has 7 values, expected 8"):
        parse_flat_table(damaged, DEBRIEFING_SPEC)


def test_flattened_rows_finds_what_one_regex_pass_over_every_position_finds():
    """The fast scan (cells first, then the label) gives exactly the rows of ``_FLAT_ROW.finditer``."""
    import random
    import re

    from dangjian.engine.tables import _FLAT_ROW, FlatRow, flattened_rows

    def by_regex(text):
        return [FlatRow(m.group("label"), m.start("label"),
                        tuple((c.start() + m.start("cells"), c.end() + m.start("cells"), c.group())
                              for c in re.finditer(r"\d+(?:\.\d+)?", m.group("cells"))))
                for m in _FLAT_ROW.finditer(text)]

    rng = random.Random(20261203)
    alphabet = "真实发放测评表(份)（）AB ab 1234567890. \t\n人%均值，。"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 80))) for _ in range(3000)]
    texts.append("表1 统计发放(份)68 68 64真实53 41 51不真实0 0 0。" + "很长的标签文字超过二十四个字符的一行表格的标签文字啊啊啊" + "1 2 3")
    for text in texts:
        # a row labelled with one Han character is read only right after the row before, which no single pass can say
        assert [r for r in flattened_rows(text) if len(r.label) >= 2] == by_regex(text), text


def test_a_row_labelled_with_one_character_is_read_only_right_after_another_row():
    from dangjian.engine.tables import flattened_rows

    rows = flattened_rows("交叉表男88 61 47 196女57 52 47 156合计145 113 94 352。")
    assert [(r.label, [c[2] for c in r.cells]) for r in rows][-2:] == [("女", ["57", "52", "47", "156"]), ("合计", ["145", "113", "94", "352"])]
    assert flattened_rows("如下。女57 52 47 156。") == []  # one character with no row right before it: no label
