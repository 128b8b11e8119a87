"""Figures with Chinese labels that render on any machine.

The CJK font comes from PyPI (the ``notojp-matplotlib`` wheel ships Noto Sans
CJK, OFL-licensed), not from the operating system, so a figure renders the
same on a fresh Linux box, a Mac or Binder.  Noto Sans CJK covers every
simplified Chinese character; its JP build draws a few shared characters in
the Japanese style, which does not affect legibility.

:func:`use_cjk_font` also turns matplotlib's "Glyph … missing from font(s)"
warning into an error, so a figure with tofu boxes fails instead of passing.
"""

from __future__ import annotations

import importlib.util
import warnings
from pathlib import Path

import pandas as pd

__all__ = ["cjk_font_path", "use_cjk_font", "CJK_FAMILY", "MISSING_GLYPH", "VERDICT_PALETTE", "VERDICT_LABELS", "plot_audit_locations", "RULE_LABELS", "plot_repairs_by_page"]

CJK_FAMILY = "Noto Sans CJK JP"
#: Regex of matplotlib's warning for a character the font cannot draw.
MISSING_GLYPH = r".*missing from font"
_FONT_FILE = "NotoSansCJKjp-Regular.otf"


def cjk_font_path() -> Path:
    """Path of the bundled CJK font file (found without importing its package,
    whose import would change matplotlib's global settings behind our back)."""
    spec = importlib.util.find_spec("notojp_matplotlib")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the CJK font package notojp-matplotlib is not installed; run `make install`")
    path = Path(next(iter(spec.submodule_search_locations))) / "fonts" / _FONT_FILE
    if not path.exists():
        raise RuntimeError(f"CJK font file missing: {path}")
    return path


def use_cjk_font(*, strict: bool = True) -> str:
    """Register the CJK font, make it the default (with seaborn's theme), return its family.

    Parameters
    ----------
    strict : bool
        Turn the missing-glyph warning into an exception.
    """
    import matplotlib as mpl
    import seaborn as sns
    from matplotlib import font_manager

    font_manager.fontManager.addfont(str(cjk_font_path()))
    sns.set_theme(style="whitegrid", font=CJK_FAMILY, rc={"axes.unicode_minus": False, "svg.hashsalt": "dangjian"})
    mpl.rcParams["font.sans-serif"] = [CJK_FAMILY, "DejaVu Sans"]
    if strict:
        warnings.filterwarnings("error", message=MISSING_GLYPH, category=UserWarning)
    return CJK_FAMILY


# --- the audit ------------------------------------------------------------------

#: Verdict colours, from alarming to neutral, used by every audit figure.
VERDICT_PALETTE = {
    "inconsistent": "#c0392b",
    "consistent_if": "#e67e22",
    "consistent": "#27ae60",
    "not_checkable": "#95a5a6",
}


#: Chinese names of the verdicts for figure legends (English in the captions).
VERDICT_LABELS = {
    "inconsistent": "不一致",
    "consistent_if": "有条件一致",
    "consistent": "一致",
    "not_checkable": "无法核对",
}


def plot_audit_locations(locations, sections):
    """Where in the report each check's claims sit, coloured by verdict.

    Parameters
    ----------
    locations : DataFrame
        :func:`dangjian.checks.audit_locations` (one row per check and claim).
    sections : DataFrame
        The outline (:func:`dangjian.pipeline.load_sections`), for the order
        of the sections on the y axis.

    Returns
    -------
    matplotlib.figure.Figure
        Title: how many checks are inconsistent and which section holds most.
    """
    import matplotlib.pyplot as plt
    import seaborn as sns

    order = [s for s in sections.sort_values("start")["label"] if s in set(locations["section_label"])]
    bad = locations[locations["verdict"] == "inconsistent"].drop_duplicates("check_id")
    names = [VERDICT_LABELS[v] for v in VERDICT_PALETTE]
    data = locations.assign(verdict=pd.Categorical(locations["verdict"].map(VERDICT_LABELS), categories=names))
    palette = {VERDICT_LABELS[v]: c for v, c in VERDICT_PALETTE.items()}
    worst = bad["section_label"].value_counts()
    where = worst.index[0] if len(worst) else "无"
    fig, ax = plt.subplots(figsize=(9, 4.8))
    sns.stripplot(data=data, x="page", y="section_label", hue="verdict", order=order, palette=palette,
                  hue_order=names, dodge=True, jitter=0.25, size=5, alpha=0.8, ax=ax, native_scale=True)
    ax.set_xlabel("页码(页)")
    ax.set_ylabel("章节")
    ax.set_title(f"{len(bad)} 项核查不一致,最集中于 {where}")
    ax.legend(title="核查结论", loc="lower right", fontsize=8)
    fig.tight_layout()
    return fig


# --- the cleaning ---------------------------------------------------------------

#: Chinese names of the cleaning rules for figure legends.
RULE_LABELS = {
    "convert_traditional": "繁体转简体",
    "strip_site_chrome": "网站模板文字",
    "join_preview_chunks": "预览分块编号",
    "remove_page_markers": "页码标记",
    "normalise_punctuation": "全角半角",
    "collapse_spacing": "多余空格",
    "repair_month_ranges": "月份连接号",
    "repair_comma_decimals": "顿号小数点",
    "repair_numeral_digits": "汉字数字",
    "trim": "首尾空白",
}


def plot_repairs_by_page(repairs):
    """How many repairs each rule made on each page (boilerplate outside the pages as page 0).

    Parameters
    ----------
    repairs : DataFrame
        :meth:`dangjian.clean.CleanResult.repairs_frame`.

    Returns
    -------
    matplotlib.figure.Figure
        Title: the number of repairs and the share made by the commonest rule.
    """
    import matplotlib.pyplot as plt
    import seaborn as sns

    data = repairs.assign(page=repairs["page"].fillna(0).astype(int), rule=repairs["rule"].map(RULE_LABELS))
    counts = data.groupby(["page", "rule"]).size().reset_index(name="repairs")
    top = data["rule"].value_counts()
    share = round(100 * top.iloc[0] / len(data))
    fig, ax = plt.subplots(figsize=(9, 4.5))
    order = [RULE_LABELS[r] for r in RULE_LABELS if RULE_LABELS[r] in set(counts["rule"])]
    sns.barplot(data=counts, x="page", y="repairs", hue="rule", hue_order=order, ax=ax)
    ax.set_xlabel("页码(0 = 网站模板文字)")
    ax.set_ylabel("修复次数")
    ax.set_title(f"共 {len(data)} 处修复,{share}% 是{top.index[0]}")
    ax.legend(title="修复规则", fontsize=8)
    fig.tight_layout()
    return fig
