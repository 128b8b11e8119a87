"""The package surface: a light import, a complete public API."""

from __future__ import annotations

import subprocess
import sys

import dangjian


def test_import_is_light():
    code = "import sys, dangjian; print(sorted(m for m in ('statsmodels', 'scipy', 'matplotlib', 'seaborn', 'jieba', 'distributed') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_public_api_is_exported():
    for name in dangjian.__all__:
        assert getattr(dangjian, name) is not None, name
    for name in ("grim", "grim_map", "unround", "reround", "percent_of", "sum_check", "rounding_convention", "ratio_of_rounded", "audit"):
        assert name in dangjian.__all__


def test_version_matches_pyproject():
    import tomllib

    from dangjian import paths

    meta = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert meta["project"]["version"] == dangjian.__version__
