"""The package surface: a light import, a complete public API."""

from __future__ import annotations

import subprocess
import sys

import pytest

import dangjian


def test_import_is_light():
    code = "import sys, dangjian; print(sorted(m for m in ('statsmodels', 'scipy', 'matplotlib', 'seaborn', 'jieba', 'distributed') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_public_api_is_exported():
    for name in dangjian.__all__:
        assert getattr(dangjian, name) is not None, name
    for name in ("grim", "grim_map", "unround", "reround", "percent_of", "sum_check", "rounding_convention", "ratio_of_rounded", "map_summary",
                 "part_of_base", "answers_vs_forms", "smallest_n", "overall_rates"):
        assert name in dangjian.__all__


def test_the_old_name_of_map_summary_still_works_and_says_so():
    # scrutiny's audit() is map_summary here: "audit" names the command and audit_text/audit_file only
    with pytest.warns(DeprecationWarning, match="map_summary"):
        old = dangjian.audit
    assert old is dangjian.map_summary and "audit" not in dangjian.__all__


def test_version_matches_pyproject():
    import tomllib

    from dangjian import paths

    meta = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert meta["project"]["version"] == dangjian.__version__


def test_the_command_audits_a_file_without_loading_pandas(tmp_path):
    # pandas (with the pyarrow it loads when installed) is about half of a cold
    # start; one file's audit works on plain records, so `dangjian audit` never
    # needs it (the engine binds pd to a stand-in that imports it on first use).
    from dangjian import paths

    code = (
        "import sys\n"
        "from dangjian.__main__ import main\n"
        f"status = main(['audit', {str(paths.RAW_REPORT)!r}, '--out', {str(tmp_path / 'out')!r}, '--quiet'])\n"
        "print(status, 'pandas' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()
    assert out[-1] == "0 False"
    assert (tmp_path / "out" / "claims.csv").exists()


def test_the_lazy_pandas_is_pandas_once_used():
    import pandas

    from dangjian.engine._lazy import pd

    assert pd.DataFrame is pandas.DataFrame and "read_csv" in dir(pd)
