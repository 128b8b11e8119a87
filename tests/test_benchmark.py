"""The benchmark script runs end to end on a tiny corpus (a smoke test; no timing is checked)."""

from __future__ import annotations

import json
import subprocess
import sys

from dangjian import paths


def test_benchmark_script_runs_and_records_every_measurement(tmp_path):
    out = tmp_path / "bench"
    done = subprocess.run(
        [sys.executable, str(paths.ROOT / "benchmarks" / "run.py"), "--docs", "3", "--workers", "1", "2",
         "--ceiling-jobs", "2", "--scale", "4", "8", "--dask", "--length-mb", "0.02", "0.04", "--fuzz", "5", "--out", str(out)],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    table = (out / "benchmark.md").read_text(encoding="utf-8")
    for row in ("floor: one regex pass", "**clean**", "**extract**", "**check**", "full audit (`audit_paths`), 2 workers",
                "writing the output folder", "the file system's share",
                "`dangjian audit` end to end (`audit_to_folder`: workers write), 2 workers, fresh process",
                "`dangjian audit --no-per-file` end to end, 1 worker, fresh process", "`dangjian audit` end to end: ",
                "End-to-end speed-up from 1 to 2 workers", "same process just before and after", "machine's own speed-up", "Single file, cold start",
                "Linear in the corpus", "4 documents", "Linear in a document's length", "0.04 MB", "Slowest of 5 damaged windows", "PDF of 20 pages",
                "ms per page", "8 documents", "parent peak RSS", "Dask LocalCluster, 2 worker(s)"):
        assert row in table, row
    result = json.loads((out / "benchmark.json").read_text(encoding="utf-8"))
    assert result["stages"]["same_statistics"] == 3, "every generated document must give the report's statistics"
    assert {a["errors"] for a in result["audits"].values()} == {0}
    assert [s["docs"] for s in result["machine"]["scale"]] == [4, 8]
    assert result["machine"]["pdf"]["pages_seen"] == 20  # every page's numbers were found, on their own pages
    assert all(d["same_frames_as_local"] and not d["errors"] for d in result["machine"]["dask"])
