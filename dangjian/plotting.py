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

__all__ = ["cjk_font_path", "use_cjk_font", "CJK_FAMILY", "MISSING_GLYPH", "VERDICT_PALETTE", "VERDICT_LABELS", "plot_audit_locations"]

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
