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

__all__ = ["cjk_font_path", "use_cjk_font", "CJK_FAMILY", "MISSING_GLYPH"]

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
