"""``dangjian audit`` end to end: re-damaged fixtures, bad input, atomic output, Dask, a browser."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from dangjian import paths
from dangjian.__main__ import main
from dangjian.engine.clean import REPAIR_RUN_COLUMNS
from dangjian.engine.cli import PER_FILE_OUTPUTS, audit_one, audit_paths
from dangjian.engine.extract import CHECK_COLUMNS, CLAIM_COLUMNS
from dangjian.engine.tabular import csv_text

# The survey shares of the bundled report (with n = 310), as printed.
SHARES = ["65.16%", "60.32%", "81.94%", "72.90%", "61.94%", "48.06%"]


def _body(raw: str) -> str:
    """The bundled scrape without its 金锄头文库 header and footer."""
    start = raw.index("\n1、")
    end = raw.index("展开阅读全文")
    return raw[start:end]


def _other_site(raw: str) -> str:
    """The same report as another site (道客巴巴/原创力文档 style) would wrap it."""
    header = "基层党组织负责人调查\n文档贡献者\n已阅读5页,剩余10页未读\n第1页 / 共15页\n基层党组织负责人调查_第1页\n下载文档\n"
    footer = "\n\n免费阅读已结束\n举报\n原创力文档\n"
    return header + _body(raw) + footer


def _hard_wrapped(raw: str) -> str:
    """Line breaks between every percentage and its % sign."""
    return raw.replace("%", "\n%")


def _comma_decimals(raw: str) -> str:
    return raw.replace("65.16%", "65、16%").replace("48.06%", "48、06%")


def _traditional(raw: str) -> str:
    import opencc

    return opencc.OpenCC("s2t").convert(raw)


@pytest.fixture(scope="module")
def fixtures(tmp_path_factory, raw_text):
    folder = tmp_path_factory.mktemp("inputs")
    variants = {
        "original.txt": raw_text.encode("utf-8"),
        "bom.txt": raw_text.encode("utf-8-sig"),
        "gbk.txt": raw_text.encode("gb18030"),
        "utf16.txt": raw_text.encode("utf-16"),
        "other_site.txt": _other_site(raw_text).encode("utf-8"),
        "traditional.txt": _traditional(raw_text).encode("utf-8"),
        "hard_wrapped.txt": _hard_wrapped(raw_text).encode("gb18030"),
        "comma_decimals.txt": _comma_decimals(raw_text).encode("utf-8"),
        "crlf.txt": raw_text.replace("\n", "\r\n").encode("utf-8"),
    }
    for name, data in variants.items():
        (folder / name).write_bytes(data)
    return folder


def _survey_shares(result) -> list[str]:
    claims = result.claims
    return claims[(claims["kind"] == "percent") & (claims["base"] == 310)]["reported"].tolist()


def _inconsistent(result) -> list[tuple[str, str]]:
    checks = result.checks
    return sorted(zip(checks["check"][checks["verdict"] == "inconsistent"], checks["explanation"][checks["verdict"] == "inconsistent"]))


def test_every_re_damaged_variant_gives_the_same_statistics(fixtures):
    original = audit_one(fixtures / "original.txt")
    # the six survey shares the report prints with its n = 310 are all read with that base
    assert set(SHARES) <= set(_survey_shares(original))
    for path in sorted(fixtures.iterdir()):
        result = audit_one(path)
        assert not result.error, (path.name, result.error)
        assert _survey_shares(result) == _survey_shares(original), path.name
        chrome = ("上传人", "文档贡献者", "已阅读", "免费阅读已结束", "原创力文档", "下载文档", "_第1页")
        assert not any(c in result.clean for c in chrome), path.name
        # the damage changes no verdict: the same numbers are found inconsistent, for the same reason
        assert _inconsistent(result) == _inconsistent(original), path.name


def test_folder_run_writes_per_file_and_combined_tables(fixtures, tmp_path, capsys):
    out = tmp_path / "out"
    before = {p.name: p.read_bytes() for p in fixtures.iterdir()}
    assert main(["audit", str(fixtures), "--out", str(out), "--quiet"]) == 0
    lines = capsys.readouterr().out.splitlines()
    found = f": {len(audit_one(fixtures / 'original.txt').claims)} statistics"
    assert sum(found in line for line in lines) == len(before), (found, lines)
    for name in before:
        folder = out / Path(name).stem
        assert sorted(p.name for p in folder.iterdir()) == sorted(PER_FILE_OUTPUTS)
    claims = pd.read_csv(out / "claims.csv")
    checks = pd.read_csv(out / "checks.csv")
    assert list(claims.columns) == CLAIM_COLUMNS and list(checks.columns) == CHECK_COLUMNS
    assert set(claims["source"]) == {Path(n).stem for n in before}
    assert {p.name: p.read_bytes() for p in fixtures.iterdir()} == before, "inputs were modified"
    # repairs.csv is the compact log: one row per run of one repair, which together hold the whole log
    original = audit_one(fixtures / "original.txt")
    repairs = pd.read_csv(out / "original" / "repairs.csv", dtype=str, keep_default_na=False)
    assert list(repairs.columns) == ["source", *REPAIR_RUN_COLUMNS]
    assert repairs["repairs"].astype(int).sum() == len(original.repair_rows) > 3 * len(repairs)
    assert (out / "original" / "repairs.csv").read_bytes() == csv_text(["source", *REPAIR_RUN_COLUMNS], original.repair_run_rows).encode()


def test_existing_output_needs_force(fixtures, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["audit", str(fixtures / "original.txt"), "--out", str(out), "--quiet"]) == 0
    before = _tree(out)
    assert main(["audit", str(fixtures / "original.txt"), "--out", str(out)]) == 2
    assert "exists; use --force" in capsys.readouterr().err
    assert _tree(out) == before
    assert main(["audit", str(fixtures / "bom.txt"), "--out", str(out), "--force", "--quiet"]) == 0
    assert not (out / "original").exists() and (out / "bom" / "report.html").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "staging folder left behind"


def test_fail_on_inconsistent(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("在310人参加的调查中,认为差的有61人,占19.71%。", encoding="utf-8")
    assert main(["audit", str(bad), "--out", str(tmp_path / "a"), "--quiet"]) == 0
    assert main(["audit", str(bad), "--out", str(tmp_path / "b"), "--quiet", "--fail-on-inconsistent"]) == 1


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: _write(d / "empty.txt", b""), "the file is empty"),
        (lambda d: _write(d / "bin.txt", b"\x00\x01PK\x03\x04" * 100), "binary"),
        (lambda d: (d / "nodir").mkdir() or d / "nodir", "folder has no .txt files"),
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: _big(d / "big.txt"), "MB; a scraped report is expected below"),
    ],
)
def test_bad_input_gets_one_line_and_exit_2_while_good_files_still_run(tmp_path, capsys, make, message):
    bad = make(tmp_path)
    out = tmp_path / "out"
    code = main(["audit", str(bad), str(paths.RAW_REPORT), "--out", str(out), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2
    assert message in err and "Traceback" not in err
    assert len([line for line in err.splitlines() if line.strip()]) == 1
    assert (out / paths.RAW_REPORT.stem / "report.html").exists(), "the good file was not processed"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _big(path: Path) -> Path:
    with path.open("wb") as f:
        f.truncate(100 * 1024 * 1024)  # sparse: 100 MB without using the disk
    return path


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permission bits")
def test_unreadable_file(tmp_path, capsys):
    locked = tmp_path / "locked.txt"
    locked.write_text("党建", encoding="utf-8")
    locked.chmod(0)
    assert main(["audit", str(locked), "--out", str(tmp_path / "o"), "--quiet"]) == 2
    assert "permission denied" in capsys.readouterr().err


def test_text_with_no_numbers(tmp_path, capsys):
    plain = tmp_path / "plain.txt"
    plain.write_text("这是一段没有任何数字的文字。", encoding="utf-8")
    assert main(["audit", str(plain), "--out", str(tmp_path / "o"), "--quiet"]) == 0
    assert "no statistics found" in capsys.readouterr().out


def test_usage_errors_exit_2(tmp_path):
    with pytest.raises(SystemExit) as exc:
        main(["audit", "--out", str(tmp_path / "o")])
    assert exc.value.code == 2
    assert main(["audit", str(paths.RAW_REPORT), "--out", str(tmp_path / "o"), "--workers", "0"]) == 2


def test_console_script_and_module_agree(tmp_path):
    exe = Path(sys.executable).with_name("dangjian")
    assert exe.exists(), "console script not installed"
    for cmd, out in (([str(exe)], "a"), ([sys.executable, "-m", "dangjian"], "b")):
        proc = subprocess.run([*cmd, "audit", str(paths.RAW_REPORT), "--out", str(tmp_path / out), "--quiet"], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "a" / "claims.csv").read_bytes() == (tmp_path / "b" / "claims.csv").read_bytes()


def test_local_processes_and_dask_give_the_same_results(fixtures):
    from distributed import LocalCluster

    files = sorted(fixtures.iterdir())[:4]
    local = audit_paths(files, workers=2, progress=False)
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        on_dask = audit_paths(files, scheduler=cluster.scheduler_address, progress=False)
    for a, b in zip(local, on_dask):
        pd.testing.assert_frame_equal(a.claims, b.claims)
        pd.testing.assert_frame_equal(a.checks, b.checks)


def test_report_html_in_a_headless_browser(chromium, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text(
        "共发放问卷310份。在310人参加的调查中,认为差的有61人,占19.71%;认为好的有202人,占65.16%。"
        "对“学习制度”,认为健全的有250人,占80.65%,不健全的有60人,占19.35%。", encoding="utf-8"
    )
    out = tmp_path / "out"
    assert main(["audit", str(bad), "--out", str(out), "--quiet"]) == 0
    assert main(["audit", str(paths.RAW_REPORT), "--out", str(tmp_path / "bundled"), "--quiet"]) == 0
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}"]

    def dom(page: Path) -> str:
        return subprocess.run([chromium, *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120).stdout

    page = dom(out / "bad" / "report.html")
    assert "数字核查报告" in page
    inconsistent = page[page.index('id="inconsistencies"') : page.index('id="consistent_if"')]
    consistent = page[page.index('id="consistent"') : page.index('id="statistics"')]
    # the group of 19.71% is shown once, under the inconsistent groups, with its quote and base;
    # its 65.16% is judged consistent there; the second question is a consistent group
    assert inconsistent.count('class="group reviewed inconsistent"') == 1 and '<mark class="bad">19.71%</mark>' in inconsistent
    assert 'data-verdict="inconsistent" data-check="percent_of"' in inconsistent and "Base: <strong>310</strong>" in inconsistent
    assert "<mark>65.16%</mark>" in inconsistent and "80.65%" not in inconsistent and "<mark>80.65%</mark>" in consistent
    # the bundled report: its two inconsistent groups (the table column, the stated total) come first
    bundled = dom(tmp_path / "bundled" / paths.RAW_REPORT.stem / "report.html")
    first = bundled[bundled.index('id="inconsistencies"') : bundled.index('id="consistent_if"')]
    assert first.count('class="group reviewed inconsistent"') == 2 and "不一致" in first
    shot = Path(__file__).parent / "artifacts" / "audit_report.png"
    shot.parent.mkdir(exist_ok=True)
    subprocess.run([chromium, *flags, f"--screenshot={shot}", "--window-size=1200,1400",
                    (tmp_path / "bundled" / paths.RAW_REPORT.stem / "report.html").as_uri()], capture_output=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > 10_000


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("workers", [1, 2])
def test_workers_write_the_same_folder_as_writing_afterwards(fixtures, tmp_path, workers):
    from dangjian.engine.cli import audit_to_folder, write_outputs

    files = sorted(fixtures.iterdir())[:3]
    results = audit_to_folder(files, tmp_path / "streamed", workers=workers, progress=False)
    write_outputs(audit_paths(files, workers=1, progress=False), tmp_path / "afterwards")
    streamed, afterwards = _tree(tmp_path / "streamed"), _tree(tmp_path / "afterwards")
    assert len(streamed) == 3 * len(PER_FILE_OUTPUTS) + 4  # + claims, checks, manifest, marker
    assert streamed == afterwards
    # the parent keeps only counts: the combined tables were written as each result arrived
    assert all(not r.claim_rows and not r.check_rows and not r.repair_rows and not r.html for r in results)
    originals = audit_paths(files, workers=1, progress=False)
    assert [r.summary() for r in results] == [r.summary() for r in originals]
    assert [r.verdict_counts() for r in results] == [r.verdict_counts() for r in originals]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afterwards", "streamed"], "staging folder left behind"


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("per_file", [True, False])
def test_the_fast_writer_writes_the_plain_writers_bytes(fixtures, tmp_path, workers, per_file):
    # The command's writer (workers format the rows once, the parent appends their lines) against
    # write_outputs, which formats every table from the rows: the bundled report, its damaged
    # variants and the labelled corpus of other reports (quotes with commas, quotes, empty tables).
    from dangjian.engine.cli import audit_to_folder, write_outputs

    files = [paths.RAW_REPORT, *sorted(fixtures.iterdir()), *sorted((Path(__file__).parent / "corpus").glob("*.txt"))]
    audit_to_folder(files, tmp_path / "fast", workers=workers, progress=False, per_file=per_file)
    write_outputs(audit_paths(files, workers=1, progress=False), tmp_path / "plain", per_file=per_file)
    fast, plain = _tree(tmp_path / "fast"), _tree(tmp_path / "plain")
    assert sorted(fast) == sorted(plain)
    assert [name for name in fast if fast[name] != plain[name]] == []


def test_csv_rows_are_the_lines_of_the_rows(fixtures, tmp_path):
    from dangjian.engine.combined import CombinedWriter
    from dangjian.engine.tabular import csv_text

    files = sorted(fixtures.iterdir())[:2]
    rows = audit_paths(files, workers=1, progress=False, per_file=False)
    lines = audit_paths(files, workers=1, progress=False, per_file=False, csv_rows=True)
    for r, formatted in zip(rows, lines):
        assert not formatted.claim_rows and not formatted.check_rows
        assert formatted.csv_rows == (csv_text(CLAIM_COLUMNS, r.claim_rows, header=False), csv_text(CHECK_COLUMNS, r.check_rows, header=False))
        assert formatted.summary() == r.summary() and formatted.verdict_counts() == r.verdict_counts()
    with pytest.raises(ValueError, match="csv_rows needs staging"):
        audit_paths(files, workers=1, progress=False, csv_rows=True)
    pytest.importorskip("pyarrow")
    (tmp_path / "pq").mkdir()
    with CombinedWriter(tmp_path / "pq", "parquet") as combined, pytest.raises(ValueError, match="cannot go into parquet"):
        combined.add(lines[0])


def test_arrow_tables_are_the_rows_and_make_the_parquet_file_of_all_rows_at_once(fixtures, tmp_path, monkeypatch):
    # --format parquet: the workers build each file's record batches, the parent joins and writes them
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    from dangjian.engine import combined as combined_tables
    from dangjian.engine.table_formats import parquet_schema

    files = sorted(fixtures.iterdir())[:3]
    rows = audit_paths(files, workers=1, progress=False, per_file=False)
    built = audit_paths(files, workers=2, progress=False, per_file=False, arrow_tables=True)
    for r, b in zip(rows, built):
        assert not b.claim_rows and b.csv_rows is None and b.summary() == r.summary()
        for table, batch, part in zip(("claims", "checks"), b.arrow_tables, (r.claim_rows, r.check_rows)):
            assert batch.equals(pa.RecordBatch.from_pylist(part, schema=parquet_schema(table)))
    with pytest.raises(ValueError, match="not both"):
        audit_paths(files, workers=1, progress=False, per_file=False, csv_rows=True, arrow_tables=True)
    with pytest.raises(ValueError, match="arrow_tables needs staging"):
        audit_paths(files, workers=1, progress=False, arrow_tables=True)
    (tmp_path / "csv").mkdir()
    with combined_tables.CombinedWriter(tmp_path / "csv", "csv") as combined, pytest.raises(ValueError, match="cannot go into csv"):
        combined.add(built[0])
    # row groups of 100 rows, many flushes: the same table as the rows of every file converted at once
    monkeypatch.setattr(combined_tables, "_ROW_GROUP", 100)
    (tmp_path / "pq").mkdir()
    with combined_tables.CombinedWriter(tmp_path / "pq", "parquet") as combined:
        for b in audit_paths(files, workers=2, progress=False, per_file=False, arrow_tables=True):
            combined.add(b)
    for table in ("claims", "checks"):
        schema = parquet_schema(table)
        with pq.ParquetWriter(tmp_path / f"{table}.parquet", schema) as writer:
            everything = [row for r in rows for row in (r.claim_rows if table == "claims" else r.check_rows)]
            writer.write_table(pa.Table.from_pylist(everything, schema=schema), row_group_size=100)
        assert pq.read_table(tmp_path / "pq" / f"{table}.parquet").equals(pq.read_table(tmp_path / f"{table}.parquet"))


def test_no_folder_when_every_file_fails(tmp_path):
    from dangjian.engine.cli import audit_to_folder

    bad = _write(tmp_path / "empty.txt", b"")
    results = audit_to_folder([bad], tmp_path / "out", workers=1, progress=False)
    assert results[0].error
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt"]


def test_a_failure_while_writing_leaves_nothing_behind(fixtures, tmp_path, monkeypatch):
    from dangjian.engine import cli

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(cli, "commit", broken)
    with pytest.raises(OSError, match="disk full"):
        cli.audit_to_folder(sorted(fixtures.iterdir())[:2], tmp_path / "out", workers=1, progress=False)
    assert list(tmp_path.iterdir()) == []


def test_report_html_filters_by_verdict_and_check_and_searches_chinese(chromium, tmp_path):
    import re
    from urllib.parse import quote

    out = tmp_path / "out"
    assert main(["audit", str(paths.RAW_REPORT), "--out", str(out), "--quiet"]) == 0
    page = out / paths.RAW_REPORT.stem / "report.html"
    checks = pd.read_csv(out / paths.RAW_REPORT.stem / "checks.csv", keep_default_na=False)
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}"]

    def shown(query: str) -> tuple[int, int, list[str]]:
        dom = subprocess.run([chromium, *flags, "--dump-dom", page.as_uri() + query], capture_output=True, text=True, timeout=120).stdout
        m = re.search(r'id="shown" data-checks="(\d+)" data-groups="(\d+)"', dom)
        assert m, "the filter script did not run"
        groups = re.findall(r'<div class="group reviewed [^"]*"[^>]*>.*?</table>\s*</div>', dom, flags=re.S)
        return int(m.group(1)), int(m.group(2)), groups

    # no filter: every check; the page makes no network request (no http(s) URL in it)
    assert shown("")[0] == len(checks)
    assert not re.search(r"(?:src|href)=\"https?://", page.read_text(encoding="utf-8"))
    bad = checks[checks["verdict"] == "inconsistent"]
    n_checks, n_groups, _ = shown("?verdict=inconsistent")
    assert (n_checks, n_groups) == (len(bad), bad["group_id"].replace("", None).dropna().nunique())
    assert shown("?check=stated_total")[0] == (checks["check"] == "stated_total").sum()
    # a Chinese word: the groups shown hold it, the groups hidden do not
    n_checks, n_groups, groups = shown("?q=" + quote("党组织"))
    visible = [g for g in groups if " hidden" not in g.split(">", 1)[0]]
    assert 0 < n_groups == len(visible) < len(groups)
    assert all("党组织" in g for g in visible) and not any("党组织" in g for g in groups if g not in visible)
    shot = Path(__file__).parent / "artifacts" / "audit_report_filtered.png"
    shot.parent.mkdir(exist_ok=True)
    subprocess.run([chromium, *flags, f"--screenshot={shot}", "--window-size=1200,900", page.as_uri() + "?verdict=inconsistent"],
                   capture_output=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > 10_000
