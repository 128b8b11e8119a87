"""Figures with Chinese labels that render on any machine.

The CJK font comes from PyPI (the ``notojp-matplotlib`` wheel ships Noto Sans
CJK, OFL-licensed), not from the operating system, so a figure renders the
same on a fresh Linux box, a Mac or Binder.  Noto Sans CJK covers every
simplified Chinese character; its JP build draws a few shared characters in
the Japanese style, which does not affect legibility.

:func:`use_cjk_font` also turns matplotlib's "Glyph … missing from font(s)"
warning into an error, so a figure with tofu boxes fails instead of passing.

The figures of the cleaning (:func:`plot_repairs_heatmap`,
:func:`plot_damage_along_text`) take the tidy frames of
:mod:`dangjian.compendium.display`; every figure is deterministic (no
jitter, no random colours, fixed sizes) and its title states the finding,
computed from the frame.  matplotlib and seaborn are imported inside the
functions, so importing this module stays light.
"""

from __future__ import annotations

import importlib.util
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from .display import RULE_NAMES

__all__ = [
    "cjk_font_path",
    "use_cjk_font",
    "CJK_FAMILY",
    "MISSING_GLYPH",
    "VERDICT_PALETTE",
    "VERDICT_LABELS",
    "plot_audit_locations",
    "plot_township_table",
    "ITEM_PALETTE",
    "plot_shares",
    "plot_rate_estimators",
    "plot_parts_vs_total",
    "plot_counts",
    "plot_timeline",
    "plot_key_phrases",
    "OUTSIDE_PAGES",
    "plot_repairs_heatmap",
    "plot_damage_along_text",
]

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
        :func:`dangjian.compendium.checks.audit_locations` (one row per check and claim).
    sections : DataFrame
        The outline (:func:`dangjian.pipeline.load_sections`), for the order
        of the sections on the y axis.

    Returns
    -------
    matplotlib.figure.Figure
        Title: how many checks are inconsistent and which section holds most.
    """
    import matplotlib.pyplot as plt

    order = [s for s in sections.sort_values("start")["label"] if s in set(locations["section_label"])]
    bad = locations[locations["verdict"] == "inconsistent"].drop_duplicates("check_id")
    names = [VERDICT_LABELS[v] for v in VERDICT_PALETTE]
    data = locations.assign(verdict=pd.Categorical(locations["verdict"].map(VERDICT_LABELS), categories=names))
    palette = {VERDICT_LABELS[v]: c for v, c in VERDICT_PALETTE.items()}
    worst = bad["section_label"].value_counts()
    where = worst.index[0] if len(worst) else "无"
    fig, ax = plt.subplots(figsize=(10, 4.8))
    # One marker per (section, page, verdict), its area and its label giving
    # how many checks sit there: jittered dots hid how many overlapped. The
    # verdicts are set side by side within a section's row.
    counts = data.groupby(["section_label", "page", "verdict"], observed=True).size().rename("n").reset_index()
    row = {label: k for k, label in enumerate(order)}
    offset = {name: (k - (len(names) - 1) / 2) * 0.18 for k, name in enumerate(names)}
    for name in names:
        part = counts[counts["verdict"] == name]
        if part.empty:
            continue
        ys = part["section_label"].map(row) + offset[name]
        ax.scatter(part["page"], ys, s=12 + 28 * np.sqrt(part["n"]), color=palette[name], alpha=0.85,
                   edgecolor="white", linewidth=0.5, zorder=3)
        for x, y, n in zip(part["page"], ys, part["n"]):
            if n > 1:
                ax.annotate(f"{n}", (x, y), xytext=(6, 0), textcoords="offset points", va="center", fontsize=7, color="#333")
    ax.set_yticks(range(len(order)), order)
    ax.set_ylim(len(order) - 0.5, -0.5)
    pages = sorted(counts["page"].unique())
    ax.set_xticks(pages)
    ax.set_xlim(min(pages) - 0.6, max(pages) + 0.6)
    ax.grid(axis="y", color="#eee", zorder=0)
    ax.set_xlabel("页码(页)")
    ax.set_ylabel("章节")
    ax.set_title(f"{len(bad)} 项核查不一致,最集中于 {where}(数字:同一处的核查数)")
    # outside the axes, so that no point is hidden behind it
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], marker="o", linestyle="", markersize=7, color=palette[name], label=name) for name in names]
    ax.legend(handles=handles, title="核查结论", loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, borderaxespad=0)
    fig.tight_layout()
    return fig


# --- the finding sections ---------------------------------------------------------

def plot_township_table(table):
    """The 二(二) table: each township's answers, stacked, against the forms issued there.

    Parameters
    ----------
    table : dangjian.engine.tables.FlatTable

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
        # headroom above the tallest bar or tick, and the legend below the axes, clear of the bars
        ax.set_ylim(0, 1.12 * max(bottom.max(), forms.max()))
        ax.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=3, frameon=False)
    axes[0].set_ylabel("份数")
    fig.suptitle(f"{len(mismatched)} 个乡镇的评价份数与发放份数不符({'、'.join(sorted(mismatched))})")
    fig.tight_layout()
    return fig


# --- the finding notebooks (dangjian.compendium.findings) ------------------------------------

#: Colours of the two township-table items in the 二(二) estimator figure.
ITEM_PALETTE = {"真实": "#1f77b4", "优秀": "#c0392b"}


def plot_shares(data, *, y, title, x="percent", xlabel="比例(%)", ylabel="", hue=None, xlim=(0, 105)):
    """Percentages as points, with their 95% intervals where the frame has them.

    Parameters
    ----------
    data : DataFrame
        One row per share: ``x`` (percent), ``y`` (a label, e.g. the claim id
        and the answer quoted by the report) and, optionally, ``ci_lower`` and
        ``ci_upper`` (percent; NaN where a share has no interval, e.g. a count
        of a whole population, or a share with no stated n).
        :func:`dangjian.compendium.findings.survey_intervals` and
        :func:`dangjian.compendium.findings.implied_shares` give such frames.
    y : str
        Label column (one row each, drawn top to bottom in frame order).
    title : str
        The finding, composed by the caller from the data.
    x, xlabel, ylabel : str
        Value column and axis labels (Chinese).
    hue : str, optional
        Column colouring the points (e.g. printed vs implied).
    xlim : tuple
        Range of the x axis.

    Returns
    -------
    matplotlib.figure.Figure
        One axes; each point is labelled with its value (1 decimal) and each
        interval drawn as a horizontal line.
    """
    import matplotlib.pyplot as plt
    import seaborn as sns

    frame = data.reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(8.5, 0.55 * len(frame) + 1.8))
    sns.scatterplot(data=frame, x=x, y=y, hue=hue, color=None if hue else "#2c3e50", s=60, ax=ax, zorder=3)
    if {"ci_lower", "ci_upper"} <= set(frame.columns):
        has = frame["ci_lower"].notna()
        ax.hlines(frame.index[has], frame.loc[has, "ci_lower"], frame.loc[has, "ci_upper"], color="#2c3e50", lw=2, label="95% 置信区间")
    for i, value in enumerate(frame[x]):
        ax.annotate(f"{value:.1f}", (value, i), xytext=(0, 7), textcoords="offset points", ha="center", fontsize=8)
    ax.set_xlim(*xlim)
    ax.set_ylim(len(frame) - 0.5, -0.7)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title, fontsize=11)
    if ax.get_legend_handles_labels()[0]:
        ax.legend(fontsize=8, loc="lower left")
    fig.tight_layout()
    return fig


def plot_rate_estimators(rates, *, title):
    """The ways of computing the 二(二) "overall share" of 真实 and 优秀, against the report's value.

    Parameters
    ----------
    rates : DataFrame
        :func:`dangjian.compendium.findings.rate_estimators` with ``claims``: columns
        ``item``, ``label`` (Chinese estimator name), ``percent`` and
        ``reported``.
    title : str
        The finding, composed by the caller from the data.

    Returns
    -------
    matplotlib.figure.Figure
        One axes: a point per estimator and item; a dashed line per item at
        the report's printed share (报告数值).
    """
    import matplotlib.pyplot as plt
    import seaborn as sns

    frame = rates.reset_index(drop=True)
    order = list(dict.fromkeys(frame["label"]))
    fig, ax = plt.subplots(figsize=(8.5, 4.2))
    sns.pointplot(data=frame, x="percent", y="label", hue="item", order=order, palette=ITEM_PALETTE,
                  linestyle="none", dodge=0.3, markers="o", ax=ax)
    for item, reported in frame.drop_duplicates("item")[["item", "reported"]].itertuples(index=False):
        ax.axvline(float(reported), color=ITEM_PALETTE.get(item, "0.3"), ls="--", lw=1, label=f"报告数值:{item} {reported}%")
    for _i, row in frame.iterrows():
        ax.annotate(f"{row['percent']:.2f}", (row["percent"], order.index(row["label"]) + (-0.15 if row["item"] == frame["item"].iloc[0] else 0.15)),
                    xytext=(6, 0), textcoords="offset points", va="center", fontsize=7, color=ITEM_PALETTE.get(row["item"], "0.3"))
    ax.set_xlabel("比例(%)")
    ax.set_ylabel("计算方法")
    ax.set_title(title, fontsize=11)
    ax.legend(title="项目", fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    fig.tight_layout()
    return fig


def plot_parts_vs_total(parts, *, title):
    """A stated total against its 其中 (of which) list, as two stacked bars.

    Parameters
    ----------
    parts : DataFrame
        :func:`dangjian.compendium.findings.parts_vs_total`: rows with ``role`` "part"
        (``label`` names each segment), "stated total" and "not itemised".
    title : str
        The finding, composed by the caller from the data.

    Returns
    -------
    matplotlib.figure.Figure
        Bar "其中所列" stacks the parts; bar "报告总数" is the stated total;
        the part of the total the list does not itemise is hatched.
    """
    import matplotlib.pyplot as plt
    import seaborn as sns

    listed = parts[parts["role"] == "part"]
    total = int(parts.loc[parts["role"] == "stated total", "value"].iloc[0])
    rest = int(parts.loc[parts["role"] == "not itemised", "value"].iloc[0])
    colors = sns.color_palette("deep", len(listed))
    fig, ax = plt.subplots(figsize=(9, 3.6))
    left = 0
    for color, (label, value) in zip(colors, listed[["label", "value"]].itertuples(index=False)):
        ax.barh("其中所列", value, left=left, color=color, label=label)
        ax.text(left + value / 2, 0, str(value), ha="center", va="center", fontsize=9, color="white")
        left += value
    ax.barh("报告总数", total, color="#7f8c8d")
    ax.text(total / 2, 1, str(total), ha="center", va="center", fontsize=9, color="white")
    if rest > 0:
        ax.barh("其中所列", rest, left=left, color="none", edgecolor="#7f8c8d", hatch="//", label="未逐项列出")
        ax.text(left + rest / 2, 0, str(rest), ha="center", va="center", fontsize=9)
    ax.set_xlabel("人数(名)")
    ax.set_ylabel("")
    ax.set_title(title, fontsize=11)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    fig.tight_layout()
    return fig


def plot_counts(data, *, x, y, title, xlabel, ylabel="", text=None):
    """Horizontal bars of a section's counts, each labelled as the report prints it.

    Parameters
    ----------
    data : DataFrame
        One row per count.
    x, y : str
        Value column and label column (Chinese labels).
    title, xlabel, ylabel : str
        The finding (composed by the caller from the data) and axis labels.
    text : str, optional
        Column with the text printed at each bar's end (e.g. "≥120" for the
        report's "120余"); default: the value.

    Returns
    -------
    matplotlib.figure.Figure
    """
    import matplotlib.pyplot as plt
    import seaborn as sns

    frame = data.reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(8.5, 0.5 * len(frame) + 1.6))
    sns.barplot(data=frame, x=x, y=y, color="#34495e", orient="h", ax=ax)
    labels = frame[text] if text else frame[x].map(lambda v: f"{v:g}")
    for i, (value, label) in enumerate(zip(frame[x], labels)):
        ax.text(value, i, f" {label}", va="center", fontsize=8)
    ax.set_xlim(0, frame[x].max() * 1.15)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title, fontsize=11)
    fig.tight_layout()
    return fig


def plot_timeline(dates, *, title, highlight=()):
    """The years the report prints, one row per claim, on a common year axis.

    Parameters
    ----------
    dates : DataFrame
        Columns ``claim_id``, ``section`` (label), ``year`` (int) and
        ``quote`` (the report's words).
    title : str
        The finding, composed by the caller from the data.
    highlight : sequence of str
        Section labels drawn in colour (the notebook's own); others in grey.

    Returns
    -------
    matplotlib.figure.Figure
        One axes; each point is annotated with the start of its quote.
    """
    import matplotlib.pyplot as plt

    frame = dates.reset_index(drop=True)
    labels = [f"{c} {s}" for c, s in zip(frame["claim_id"], frame["section"])]
    fig, ax = plt.subplots(figsize=(9, 0.5 * len(frame) + 1.8))
    for i, row in frame.iterrows():
        own = row["section"] in set(highlight)
        ax.scatter(row["year"], i, s=70, color="#c0392b" if own else "#95a5a6", zorder=3)
        quote = row["quote"] if len(row["quote"]) <= 18 else row["quote"][:18] + "…"
        ax.annotate(quote, (row["year"], i), xytext=(8, 0), textcoords="offset points", va="center", fontsize=8)
    years = range(int(frame["year"].min()) - 1, int(frame["year"].max()) + 3)
    ax.set_xticks(list(years))
    ax.set_xlim(years[0] - 0.3, years[-1])
    ax.set_yticks(range(len(frame)), labels)
    ax.set_ylim(len(frame) - 0.5, -0.5)
    ax.set_xlabel("年份")
    ax.set_ylabel("数字编号与章节")
    ax.set_title(title, fontsize=11)
    fig.tight_layout()
    return fig


def plot_key_phrases(phrases, words, *, title, top=10):
    """The report's quoted phrases and its commonest content words, as two bar panels.

    Parameters
    ----------
    phrases : DataFrame
        :func:`dangjian.compendium.findings.key_phrases` (``phrase``, ``count``).
    words : DataFrame
        :func:`dangjian.compendium.findings.content_words` (``word``, ``count``).
    title : str
        The finding, composed by the caller from the data.
    top : int
        Rows drawn from each frame.

    Returns
    -------
    matplotlib.figure.Figure
        Left: “引号中的词语” (quoted phrases); right: 结巴分词的实词
        (content words).
    """
    import matplotlib.pyplot as plt
    import seaborn as sns
    from matplotlib.ticker import MaxNLocator

    fig, axes = plt.subplots(1, 2, figsize=(11, 0.35 * top + 1.8))
    for ax, frame, column, name in ((axes[0], phrases, "phrase", "报告引号中的词语"), (axes[1], words, "word", "实词(结巴分词)")):
        head = frame.head(top)
        sns.barplot(data=head, x="count", y=column, color="#34495e", orient="h", ax=ax)
        for i, value in enumerate(head["count"]):
            ax.text(value, i, f" {value}", va="center", fontsize=8)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlabel("出现次数")
        ax.set_ylabel("")
        ax.set_title(name, fontsize=10)
    fig.suptitle(title, fontsize=11)
    fig.tight_layout()
    return fig


# --- figures of the cleaning ------------------------------------------------------

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
        :func:`dangjian.compendium.display.repair_counts`: columns ``page`` (Int64,
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
        :func:`dangjian.compendium.display.repair_context`: needs ``rule``, ``raw_start``,
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
