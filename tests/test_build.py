"""``data/processed`` is fresh, the build is atomic, the command line fails cleanly."""

from __future__ import annotations

import subprocess
import sys

import pytest

from dangjian import paths
from dangjian import pipeline as build_module
from dangjian.__main__ import main


def test_processed_data_is_fresh(tmp_path):
    # Regenerate into a temporary folder: every file must equal the committed one byte for byte.
    written = build_module.build(tmp_path)
    assert sorted(p.name for p in written) == sorted(paths.PROCESSED_FILES)
    for path in written:
        committed = paths.PROCESSED / path.name
        assert committed.exists(), f"{path.name} is not committed; run `make data`"
        assert path.read_bytes() == committed.read_bytes(), f"data/processed/{path.name} is stale; run `make data`"


def test_processed_folder_has_no_stray_files():
    assert sorted(p.name for p in paths.PROCESSED.iterdir()) == sorted(paths.PROCESSED_FILES)


def test_a_failing_build_leaves_previous_outputs_and_no_partial_files(tmp_path, monkeypatch):
    build_module.build(tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def broken(path):
        raise OSError("disk full")

    original = build_module._outputs

    def outputs(result):
        out = original(result)
        out["sections.csv"] = broken
        return out

    monkeypatch.setattr(build_module, "_outputs", outputs)
    with pytest.raises(OSError, match="disk full"):
        build_module.build(tmp_path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_build_refuses_a_changed_raw_scrape(tmp_path, monkeypatch):
    copy = tmp_path / "raw.txt"
    copy.write_bytes(paths.RAW_REPORT.read_bytes() + b" ")
    monkeypatch.setattr(paths, "RAW_REPORT", copy)
    out = tmp_path / "out"
    assert main(["build", "--out", str(out)]) == 2
    assert not out.exists() or not any(out.iterdir())


def test_command_line_error_is_one_line_without_traceback(tmp_path):
    copy = tmp_path / "raw.txt"
    copy.write_bytes(b"")
    code = (
        "import sys; from dangjian import paths; from pathlib import Path;"
        f"paths.RAW_REPORT = Path({str(copy)!r});"
        "from dangjian.__main__ import main; sys.exit(main(['build', '--out', sys.argv[1]]))"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path / "out")], capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0
    assert "Traceback" not in proc.stderr
    assert "empty" in proc.stderr
