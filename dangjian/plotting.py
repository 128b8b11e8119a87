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

import numpy as np
import pandas as pd

__all__ = ["cjk_font_path", "use_cjk_font", "CJK_FAMILY", "MISSING_GLYPH", "VERDICT_PALETTE", "VERDICT_LABELS", "plot_audit_locations", "plot_survey_intervals", "plot_bars", "plot_township_table"]

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
    # stripplot jitters with numpy's global generator: seed it for this plot
    # only, so that the stored figure is the same at every run.
    state = np.random.get_state()
    np.random.seed(0)
    sns.stripplot(data=data, x="page", y="section_label", hue="verdict", order=order, palette=palette,
                  hue_order=names, dodge=True, jitter=0.25, size=5, alpha=0.8, ax=ax, native_scale=True)
    np.random.set_state(state)
    ax.set_xlabel("页码(页)")
    ax.set_ylabel("章节")
    ax.set_title(f"{len(bad)} 项核查不一致,最集中于 {where}")
    ax.legend(title="核查结论", loc="lower right", fontsize=8)
    fig.tight_layout()
    return fig


# --- the finding sections ---------------------------------------------------------

def plot_survey_intervals(intervals, *, title):
    """Survey percentages with their 95% intervals (one row per claim).

    Parameters
    ----------
    intervals : DataFrame
        :func:`dangjian.reproduce.survey_intervals` (``claim_id``, ``percent``,
        ``ci_lower``, ``ci_upper``).
    title : str
        The finding, computed by the caller from the data.
    """
    import matplotlib.pyplot as plt
    import seaborn as sns

    data = intervals.reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(8, 0.6 * len(data) + 1.6))
    sns.pointplot(data=data, x="percent", y="claim_id", linestyle="none", color="#2c3e50", ax=ax)
    ax.hlines(range(len(data)), data["ci_lower"], data["ci_upper"], color="#2c3e50")
    ax.set_xlim(0, 100)
    ax.set_xlabel("比例(%)")
    ax.set_ylabel("数字编号")
    ax.set_title(title)
    fig.tight_layout()
    return fig


def plot_bars(data, *, x, y, title, xlabel, ylabel, hue=None, order=None):
    """A labelled bar chart of a small tidy frame (the section's numbers).

    The caller passes the axis labels (Chinese terms from the glossary) and a
    title that states the finding, computed from the data.
    """
    import matplotlib.pyplot as plt
    import seaborn as sns

    fig, ax = plt.subplots(figsize=(8, 4.2))
    sns.barplot(data=data, x=x, y=y, hue=hue, order=order, ax=ax, color=None if hue else "#34495e")
    for container in ax.containers:
        ax.bar_label(container, fmt="%g", fontsize=8)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    if hue:
        ax.legend(title=None, fontsize=8)
    fig.tight_layout()
    return fig


def plot_township_table(table):
    """The 二(二) table: each township's answers, stacked, against the forms issued there.

    Parameters
    ----------
    table : dangjian.tables.FlatTable

    Returns
    -------
    matplotlib.figure.Figure
        Two panels (述职报告真实情况, 测评意见); a black tick marks the forms
        issued.  The title counts the townships whose answers do not add up
        to their forms.
    """
    import matplotlib.pyplot as plt

    data = table.data.assign(value=pd.to_numeric(table.data["value"]))
    forms = data[data["item"] == "发放测评表(份)"].set_index("township")["value"]
    blocks = [b for b in dict.fromkeys(data["block"]) if b]
    fig, axes = plt.subplots(1, len(blocks), figsize=(11, 4.4), sharey=True)
    mismatched = set()
    colors = ["#1f77b4", "#7fb3d5", "#f5b041", "#c0392b"]
    for ax, block in zip(axes, blocks):
        wide = data[data["block"] == block].pivot(index="township", columns="item", values="value")
        wide = wide[list(dict.fromkeys(data.loc[data["block"] == block, "item"]))]
        bottom = pd.Series(0.0, index=wide.index)
        for color, item in zip(colors, wide.columns):
            ax.bar(wide.index, wide[item], bottom=bottom, label=item, color=color)
            bottom += wide[item]
        ax.scatter(forms.index, forms.values, marker="_", s=600, color="black", zorder=3, label="发放测评表(份)")
        mismatched |= set(bottom.index[bottom != forms.reindex(bottom.index)])
        ax.set_title(block, fontsize=10)
        ax.set_xlabel("乡镇")
        ax.legend(fontsize=7, loc="lower right")
    axes[0].set_ylabel("份数")
    fig.suptitle(f"{len(mismatched)} 个乡镇的评价份数与发放份数不符({'、'.join(sorted(mismatched))})")
    fig.tight_layout()
    return fig
