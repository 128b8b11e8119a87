"""Chinese renders in figures with the bundled font; a missing glyph fails."""

from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from matplotlib import font_manager  # noqa: E402

from dangjian.compendium.plotting import CJK_FAMILY, MISSING_GLYPH, cjk_font_path, use_cjk_font  # noqa: E402


def _render(text: str) -> None:
    fig, ax = plt.subplots()
    ax.set_title(text)
    fig.canvas.draw()
    plt.close(fig)


def test_font_ships_with_the_environment():
    path = cjk_font_path()
    assert path.suffix == ".otf" and path.stat().st_size > 10_000_000
    assert "site-packages" in str(path)  # from PyPI, not from the operating system


def test_chinese_labels_render_without_missing_glyphs():
    assert use_cjk_font() == CJK_FAMILY
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=MISSING_GLYPH)
        _render("基层党组织负责人履行抓党建工作责任 述职报告“真实”占78.43% 镇/乡 均值")
    found = font_manager.findfont(font_manager.FontProperties(family=CJK_FAMILY), fallback_to_default=False)
    assert found == str(cjk_font_path())


def test_a_missing_glyph_is_an_error():
    # The check must be able to fail: a character outside the font (an emoji
    # here) raises under the same filter the notebooks use.
    use_cjk_font()
    with pytest.raises(UserWarning, match="missing from font"):
        with warnings.catch_warnings():
            warnings.filterwarnings("error", message=MISSING_GLYPH)
            _render("\U0001F600")


def test_audit_figure_labels_and_title(cleaned):
    from dangjian.compendium.checks import audit_locations
    from dangjian.compendium.plotting import plot_audit_locations
    from dangjian.pipeline import load_audit, load_claims, load_sections

    use_cjk_font()
    claims = load_claims(cleaned)
    audit = load_audit(cleaned)
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=MISSING_GLYPH)
        fig = plot_audit_locations(audit_locations(audit, claims), load_sections(cleaned))
        fig.canvas.draw()
    ax = fig.axes[0]
    n_bad = int((audit["verdict"] == "inconsistent").sum())
    assert ax.get_title().startswith(f"{n_bad} 项核查不一致")
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["不一致", "有条件一致", "一致", "无法核对"]
    plt.close(fig)



def test_township_table_figure(cleaned):
    from dangjian.compendium.plotting import plot_township_table
    from dangjian.pipeline import load_table

    use_cjk_font()
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=MISSING_GLYPH)
        fig = plot_township_table(load_table(cleaned))
        fig.canvas.draw()
    # T2 (64 and 67 of 68), T4 (49 of 52) and T6 (38 of 36) do not add up
    assert fig._suptitle.get_text() == "3 个乡镇的评价份数与发放份数不符(T2、T4、T6)"
    plt.close(fig)
