"""Figures of the finding notebooks: Chinese labels render, titles and labels are the caller's."""

from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from dangjian.compendium import findings as fd  # noqa: E402
from dangjian.compendium import plotting  # noqa: E402
from dangjian.pipeline import load_claims, load_sections  # noqa: E402


@pytest.fixture(scope="module")
def claims(cleaned):
    return load_claims(cleaned)


@pytest.fixture()
def strict():
    """The CJK font, with every warning (a missing glyph above all) an error."""
    plotting.use_cjk_font()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield
    plt.close("all")


def _draw(fig):
    fig.canvas.draw()
    return fig


def _texts(items):
    return [t.get_text() for t in items]


def test_plot_shares_with_and_without_intervals(strict, claims):
    intervals = fd.survey_intervals(claims, sections=["1.3"])
    implied = fd.implied_shares(claims, sections=["1.3"])
    shares = pd.concat([
        implied.assign(percent=100 * implied["count"] / implied["n"], label=implied["claim_id"], 来源="走访"),
        intervals.assign(label=intervals["claim_id"] + " “" + intervals["answer"] + "”", 来源="问卷"),
    ], ignore_index=True)
    fig = _draw(plotting.plot_shares(shares, y="label", hue="来源", ylabel="数字编号", title="部门党组织:2/6个党委"))
    ax = fig.axes[0]
    assert ax.get_title() == "部门党组织:2/6个党委"
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("比例(%)", "数字编号")
    assert _texts(ax.get_yticklabels()) == ["C23", "C24", "C27 “普遍存在、部分存在”", "C29 “不重视”"]
    # one interval line per survey share only (2/6 and 11/26 are whole populations)
    assert len(ax.collections[-1].get_segments()) == 2
    # the points are labelled with their values, 1 decimal: 2/6 = 33.3, 11/26 = 42.3, 192/310 = 61.9, 149/310 = 48.1
    assert [t.get_text() for t in ax.texts] == ["33.3", "42.3", "61.9", "48.1"]
    assert _texts(ax.get_legend().get_texts()) == ["走访", "问卷", "95% 置信区间"]


def test_plot_rate_estimators(strict, claims, table):
    fig = _draw(plotting.plot_rate_estimators(fd.rate_estimators(table, claims), title="报告的78.43%是均值之比"))
    ax = fig.axes[0]
    assert ax.get_title() == "报告的78.43%是均值之比"
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("比例(%)", "计算方法")
    assert _texts(ax.get_yticklabels())[-1] == "表中均值之比"
    legend = _texts(ax.get_legend().get_texts())
    assert "报告数值:真实 78.43%" in legend and "报告数值:优秀 74.51%" in legend
    # dashed lines at the report's values
    assert sorted(round(line.get_xdata()[0], 2) for line in ax.lines if line.get_linestyle() == "--") == [74.51, 78.43]


def test_plot_parts_vs_total(strict, claims):
    parts = fd.parts_vs_total(claims, "C52")
    fig = _draw(plotting.plot_parts_vs_total(parts, title="其中所列五项合计22名"))
    ax = fig.axes[0]
    assert ax.get_title() == "其中所列五项合计22名"
    assert _texts(ax.get_yticklabels()) == ["其中所列", "报告总数"]
    legend = _texts(ax.get_legend().get_texts())
    assert legend[0] == "调整·基层党委书记" and legend[-1] == "未逐项列出"
    # the stacked parts (2, 3, 11, 1, 5) plus the hatched rest (10) reach the total 32
    widths = [p.get_width() for p in ax.patches]
    assert widths == [2, 3, 11, 1, 5, 32, 10]


def test_plot_counts(strict):
    data = pd.DataFrame({"项目": ["结对支部", "联建活动"], "数量": [161, 309], "文字": ["161", "≥309"]})
    fig = _draw(plotting.plot_counts(data, x="数量", y="项目", text="文字", title="每对约1.9次", xlabel="数量(个、次)"))
    ax = fig.axes[0]
    assert ax.get_title() == "每对约1.9次" and ax.get_xlabel() == "数量(个、次)"
    assert _texts(ax.get_yticklabels()) == ["结对支部", "联建活动"]
    assert [t.get_text().strip() for t in ax.texts] == ["161", "≥309"]


def test_plot_timeline(strict, claims):
    years = claims[(claims["kind"] == "date") & (claims["unit"] == "年")]
    years = years.assign(year=years["reported"].astype(int)).rename(columns={"section_label": "section"})
    fig = _draw(plotting.plot_timeline(years, title="二(一):2009年起", highlight=["二(一)"]))
    ax = fig.axes[0]
    assert ax.get_title() == "二(一):2009年起"
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("年份", "数字编号与章节")
    assert _texts(ax.get_yticklabels()) == ["C01 前言", "C30 二(一)", "C36 二(二)", "C37 二(二)", "C48 二(二)", "C50 二(二)"]
    # the report's years run from 2008 to 2010
    assert min(ax.get_xticks()) == 2007 and max(ax.get_xticks()) == 2012


def test_plot_key_phrases(strict, cleaned):
    chapter = load_sections(cleaned).set_index("section_id").loc["3"]
    text = cleaned.text[chapter["start"] : chapter["end"]]
    fig = _draw(plotting.plot_key_phrases(fd.key_phrases(text), fd.content_words(text), title="关键词", top=5))
    assert fig._suptitle.get_text() == "关键词"
    left, right = fig.axes
    assert (left.get_title(), right.get_title()) == ("报告引号中的词语", "实词(结巴分词)")
    assert _texts(left.get_yticklabels())[0] == "党要管党、从严治党"
    assert len(right.get_yticklabels()) == 5
    assert left.get_xlabel() == right.get_xlabel() == "出现次数"


def test_a_missing_glyph_fails_a_finding_figure(strict):
    with pytest.raises(UserWarning, match="missing from font"):
        _draw(plotting.plot_counts(pd.DataFrame({"y": ["\U0001F600"], "x": [1]}), x="x", y="y", title="t", xlabel="x"))
