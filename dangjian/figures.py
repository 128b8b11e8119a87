"""Figures of the cleaning: how much damage each page carries, and where it sits.

Each function takes a tidy frame from :mod:`dangjian.display`, draws one
seaborn figure with Chinese labels and returns the matplotlib Figure; the
title states the finding, computed from the frame.  Call
:func:`dangjian.plotting.use_cjk_font` first so that Chinese renders (and a
missing glyph is an error).  matplotlib and seaborn are imported inside the
functions, so importing this module stays light.

The figures are deterministic: no jitter, no random colours, fixed sizes.
"""

from __future__ import annotations

import pandas as pd

from .display import RULE_NAMES

__all__ = ["OUTSIDE_PAGES", "plot_repairs_heatmap", "plot_damage_along_text"]

#: Column label of repairs that lie outside the report's pages (site chrome).
OUTSIDE_PAGES = "页外"


def _zh(rule: str) -> str:
    return RULE_NAMES.get(rule, (rule, rule))[0]


def _rule_order(rules) -> list[str]:
    """Rules present, in pipeline order (unknown ones last, in order of appearance)."""
    present = list(dict.fromkeys(rules))
    return [r for r in RULE_NAMES if r in present] + [r for r in present if r not in RULE_NAMES]


def plot_repairs_heatmap(counts: pd.DataFrame):
    """Repairs per page and rule as an annotated heatmap.

    Parameters
    ----------
    counts : DataFrame
        :func:`dangjian.display.repair_counts`: columns ``page`` (Int64,
        empty outside the pages), ``rule`` and ``repairs``.

    Returns
    -------
    matplotlib.figure.Figure
        One axes: rules (Chinese names, pipeline order) down, pages across,
        with a column :data:`OUTSIDE_PAGES` for repairs outside the pages;
        empty cells are blank.  Title: the page with the most repairs, how
        many, and how many of those its commonest rule made
        ("第5页修复最多:166 处,其中 162 处是多余空格").

    Notes
    -----
    A tie for the most repaired page goes to the earlier page.
    """
    import matplotlib.pyplot as plt
    import seaborn as sns

    data = counts.assign(
        column=[OUTSIDE_PAGES if pd.isna(p) else str(int(p)) for p in counts["page"]],
        label=[_zh(r) for r in counts["rule"]],
    )
    pages = sorted(int(p) for p in counts["page"].dropna().unique())
    columns = [str(p) for p in pages] + ([OUTSIDE_PAGES] if counts["page"].isna().any() else [])
    rows = [_zh(r) for r in _rule_order(counts["rule"])]
    wide = data.pivot_table(index="label", columns="column", values="repairs", aggfunc="sum", fill_value=0)
    wide = wide.reindex(index=rows, columns=columns, fill_value=0)

    on_pages = data[data["page"].notna()]
    per_page = on_pages.groupby("page")["repairs"].sum().sort_index()
    worst = int(per_page.idxmax())
    top = on_pages[on_pages["page"] == worst].sort_values("repairs", ascending=False, kind="stable").iloc[0]

    fig, ax = plt.subplots(figsize=(8, 3.8))
    sns.heatmap(wide, annot=True, fmt="d", mask=wide == 0, cmap="YlOrRd", linewidths=0.5, linecolor="white", cbar_kws={"label": "修复次数"}, ax=ax)
    ax.grid(False)  # the theme's grid would run through the blank cells
    ax.set_xlabel(f"页码({OUTSIDE_PAGES} = 网站页眉页脚)")
    ax.set_ylabel("修复规则")
    ax.tick_params(axis="y", rotation=0)
    ax.set_title(f"第{worst}页修复最多:{int(per_page[worst])} 处,其中 {int(top['repairs'])} 处是{top['label']}")
    fig.tight_layout()
    return fig


def plot_damage_along_text(context: pd.DataFrame):
    """Where each repair sits along the raw scrape, one row of ticks per rule.

    Parameters
    ----------
    context : DataFrame
        :func:`dangjian.display.repair_context`: needs ``rule``, ``raw_start``,
        ``page`` and ``mid_sentence``.

    Returns
    -------
    matplotlib.figure.Figure
        One axes: raw character offset across, rules (Chinese names,
        pipeline order) down, a tick per repair, and a dashed line with
        "第N页" where each removed page marker stood.  Title: how many of the
        page markers and chunk seams inside the pages fell in the middle of
        a sentence.
    """
    import matplotlib.pyplot as plt
    import seaborn as sns

    order = [_zh(r) for r in _rule_order(context["rule"])]
    data = context.assign(label=[_zh(r) for r in context["rule"]])
    seams = context[context["rule"].isin(["remove_page_markers", "join_preview_chunks"]) & context["page"].notna()]
    markers = context[context["rule"] == "remove_page_markers"].sort_values("raw_start")

    fig, ax = plt.subplots(figsize=(10, 3.8))
    for start, page in zip(markers["raw_start"], markers["page"]):
        ax.axvline(start, color="0.6", linestyle="--", linewidth=0.8, zorder=0)
        ax.text(start, -0.6, f"第{int(page)}页", fontsize=8, color="0.35", ha="left", va="bottom")
    sns.stripplot(data=data, x="raw_start", y="label", order=order, hue="label", hue_order=order, legend=False,
                  jitter=False, marker="|", size=14, linewidth=1.2, alpha=0.7, native_scale=True, ax=ax)
    ax.grid(axis="x", visible=False)  # the page lines are the only verticals
    ax.set_xlim(0, None)
    ax.set_ylim(len(order) - 0.5, -0.9)
    ax.set_xlabel("在原始抓取文本中的位置(字符)")
    ax.set_ylabel("修复规则")
    ax.set_title(f"{len(seams)} 处页码标记和分块接缝中,{int(seams['mid_sentence'].sum())} 处落在句子中间")
    fig.tight_layout()
    return fig
