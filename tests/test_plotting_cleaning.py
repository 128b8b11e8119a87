"""Figures of the cleaning: Chinese labels render, titles state the finding."""

from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from dangjian.compendium.display import repair_context, repair_counts  # noqa: E402
from dangjian.compendium.plotting import MISSING_GLYPH, OUTSIDE_PAGES, plot_damage_along_text, plot_repairs_heatmap, use_cjk_font  # noqa: E402  # noqa: E402


def _draw(make, *args):
    """Render to Agg with every warning (a missing glyph above all) an error."""
    use_cjk_font()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.filterwarnings("error", message=MISSING_GLYPH)
        fig = make(*args)
        fig.canvas.draw()
    return fig


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


# page 1: 3 spaces; page 2: 1 space and 1 page marker; outside the pages: 5 chrome lines
COUNTS = pd.DataFrame(
    {
        "page": pd.array([1, 2, 2, None], dtype="Int64"),
        "rule": ["collapse_spacing", "remove_page_markers", "collapse_spacing", "strip_site_chrome"],
        "repairs": [3, 1, 1, 5],
    }
)


def test_heatmap_by_hand():
    fig = _draw(plot_repairs_heatmap, COUNTS)
    ax = fig.axes[0]
    # page 1 has 3 repairs, page 2 has 2; the 5 chrome lines are outside the pages
    assert ax.get_title() == "第1页修复最多:3 处,其中 3 处是多余空格"
    assert [t.get_text() for t in ax.get_xticklabels()] == ["1", "2", OUTSIDE_PAGES]
    # rows in pipeline order
    assert [t.get_text() for t in ax.get_yticklabels()] == ["网站模板文字", "插入的页码", "多余空格"]
    assert ax.get_xlabel() == "页码(页外 = 网站页眉页脚)" and ax.get_ylabel() == "修复规则"
    # annotations only for non-empty cells: 5, 1, 3, 1
    assert sorted(t.get_text() for t in ax.texts) == ["1", "1", "3", "5"]
    assert fig.axes[1].get_ylabel() == "修复次数"  # colour bar


def test_heatmap_tie_goes_to_the_earlier_page():
    counts = pd.DataFrame({"page": pd.array([1, 2, 2], dtype="Int64"), "rule": ["collapse_spacing", "remove_page_markers", "collapse_spacing"], "repairs": [2, 1, 1]})
    fig = _draw(plot_repairs_heatmap, counts)
    assert fig.axes[0].get_title() == "第1页修复最多:2 处,其中 2 处是多余空格"
    assert OUTSIDE_PAGES not in [t.get_text() for t in fig.axes[0].get_xticklabels()]


def test_heatmap_of_the_report(cleaned):
    repairs = cleaned.repairs_frame()
    fig = _draw(plot_repairs_heatmap, repair_counts(repairs))
    # the expected title from the log with plain pandas: the page with most repairs
    per_page = repairs.groupby("page")["rule"].value_counts()
    page = int(repairs.groupby("page").size().idxmax())
    assert page == 5  # the 支部联建 passage is spaced character by character
    top = per_page.loc[page]
    assert fig.axes[0].get_title() == f"第5页修复最多:{int(top.sum())} 处,其中 {int(top.iloc[0])} 处是多余空格"


# three seams inside the pages (two mid-sentence), one page marker outside any sentence
CONTEXT = pd.DataFrame(
    {
        "rule": ["strip_site_chrome", "join_preview_chunks", "remove_page_markers", "collapse_spacing", "remove_page_markers", "join_preview_chunks"],
        "raw_start": [0, 30, 35, 50, 80, 120],
        "page": pd.array([None, 1, 1, 1, 2, 2], dtype="Int64"),
        "mid_sentence": [False, False, False, True, True, True],
    }
)


def test_damage_along_text_by_hand():
    fig = _draw(plot_damage_along_text, CONTEXT)
    ax = fig.axes[0]
    # seams: chunks at 30 and 120, markers at 35 and 80; mid-sentence: 80 and 120
    assert ax.get_title() == "4 处页码标记和分块接缝中,2 处落在句子中间"
    assert [t.get_text() for t in ax.get_yticklabels()] == ["网站模板文字", "预览分块编号", "插入的页码", "多余空格"]
    assert ax.get_xlabel() == "在原始抓取文本中的位置(字符)" and ax.get_ylabel() == "修复规则"
    assert [t.get_text() for t in ax.texts] == ["第1页", "第2页"]
    assert [line.get_xdata()[0] for line in ax.get_lines() if line.get_linestyle() == "--"] == [35, 80]


def test_damage_along_text_of_the_report(cleaned):
    context = repair_context(cleaned)
    fig = _draw(plot_damage_along_text, context)
    ax = fig.axes[0]
    # 7 page markers + 15 chunk seams (counters 2..16; counter 1 opens the document,
    # before page 1) on the pages; mid-sentence counted from the log
    seams = context[context["rule"].isin(["remove_page_markers", "join_preview_chunks"]) & context["page"].notna()]
    assert len(seams) == 22
    assert ax.get_title() == f"22 处页码标记和分块接缝中,{int(seams['mid_sentence'].sum())} 处落在句子中间"
    assert [t.get_text() for t in ax.texts] == [f"第{n}页" for n in range(1, 8)]


def test_figures_are_deterministic(cleaned, tmp_path):
    context = repair_context(cleaned)
    images = []
    for name in ("a", "b"):
        fig = _draw(plot_damage_along_text, context)
        fig.savefig(tmp_path / f"{name}.png", dpi=50)
        images.append((tmp_path / f"{name}.png").read_bytes())
    assert images[0] == images[1]
