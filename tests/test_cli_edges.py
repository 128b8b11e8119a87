"""``dangjian audit`` at its edges: a user's folder, a wrong decode, odd file names, readable text.

Each test here failed on the code before these rules existed (commit 93d48e5):
``--force`` deleted a folder of the user's files, a Big5 report was read as
GB18030 without a word, ``report.TXT`` was skipped silently, and so on.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import dangjian as dj
from dangjian import paths
from dangjian.__main__ import main
from dangjian.engine.cli import MANIFEST_COLUMNS, MARKER, audit_one, collect_inputs, replace_refusal
from dangjian.engine.verdicts import VERDICTS

REPORT = paths.RAW_REPORT


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _audit(*args: str) -> int:
    return main(["audit", *map(str, args), "--quiet"])


# --- 1. --force only replaces a folder that dangjian audit wrote -----------------


def test_force_never_deletes_a_folder_of_the_users_files(tmp_path, capsys):
    precious = tmp_path / "precious"
    (precious / "sub").mkdir(parents=True)
    (precious / "thesis.docx").write_bytes(b"PK\x03\x04 my thesis")
    (precious / "sub" / "data.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    before = _tree(precious)
    assert _audit(REPORT, "--out", precious, "--force") == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "was not written by dangjian audit" in err[0] and "nothing was deleted" in err[0]
    assert _tree(precious) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["precious"], "staging folder left behind"


def test_force_refuses_an_audit_folder_to_which_the_user_added_files(tmp_path, capsys):
    out = tmp_path / "out"
    assert _audit(REPORT, "--out", out) == 0
    (out / "my_notes.txt").write_text("notes", encoding="utf-8")
    (out / "extra").mkdir()  # an empty folder of the user's, too
    before = _tree(out)
    assert _audit(REPORT, "--out", out, "--force") == 2
    err = capsys.readouterr().err
    assert "holds 2 files that dangjian audit did not write (extra/, my_notes.txt)" in err
    assert _tree(out) == before and (out / "extra").is_dir()


def test_force_replaces_a_folder_it_wrote(tmp_path):
    out = tmp_path / "out"
    assert _audit(REPORT, "--out", out) == 0
    (out / "claims.csv").write_text("edited", encoding="utf-8")  # its own file, edited: still its own
    assert _audit(REPORT, "--out", out, "--force") == 0
    assert (out / "claims.csv").read_text(encoding="utf-8").startswith("source,claim_id")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda out: (out / MARKER).write_text("{not json", encoding="utf-8"), "damaged or not dangjian's"),
        (lambda out: (out / MARKER).write_text(json.dumps({"tool": "other", "files": []}), encoding="utf-8"), "damaged or not dangjian's"),
        (lambda out: (out / "link").symlink_to(REPORT), "did not write (link)"),
    ],
)
def test_force_refuses_a_damaged_marker_or_a_link(tmp_path, capsys, damage, message):
    out = tmp_path / "out"
    assert _audit(REPORT, "--out", out) == 0
    damage(out)
    before = _tree(out)
    assert _audit(REPORT, "--out", out, "--force") == 2
    assert message in capsys.readouterr().err
    assert _tree(out) == before


def test_force_refuses_a_file_in_place_of_the_folder(tmp_path, capsys):
    target = tmp_path / "out"
    target.write_text("a file of the user's", encoding="utf-8")
    assert _audit(REPORT, "--out", target, "--force") == 2
    assert "is not a folder" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "a file of the user's"


def test_the_marker_records_version_command_inputs_and_every_file(tmp_path):
    out = tmp_path / "out"
    assert _audit(REPORT, "--out", out) == 0
    marker = json.loads((out / MARKER).read_text(encoding="utf-8"))
    assert marker["tool"] == "dangjian audit" and marker["version"] == dj.__version__
    assert marker["command"] == ["dangjian", "audit", str(REPORT), "--out", str(out), "--quiet"]
    assert marker["inputs"] == [{"input": str(REPORT), "sha256": paths.RAW_SHA256, "encoding": "utf-8",
                                 "output": REPORT.stem, "status": "ok", "message": ""}]
    assert sorted(marker["files"]) == sorted(_tree(out))
    assert replace_refusal(out) == ""


def test_a_folder_that_changes_during_the_run_is_not_replaced(tmp_path, monkeypatch):
    """The check is made again just before the old folder is replaced."""
    from dangjian.engine import cli

    out = tmp_path / "out"
    assert _audit(REPORT, "--out", out) == 0
    real = cli.audit_paths

    def meddling(*args, **kwargs):
        (out / "added_meanwhile.txt").write_text("x", encoding="utf-8")
        return real(*args, **kwargs)

    monkeypatch.setattr(cli, "audit_paths", meddling)
    assert _audit(REPORT, "--out", out, "--force") == 2
    assert (out / "added_meanwhile.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


# --- 2. encodings -------------------------------------------------------------


def _big5(text: str, config: str, codec: str) -> bytes:
    import opencc

    # The scrape's no-break spaces have no Big5 code: they become spaces (the
    # cleaner turns them into spaces anyway).  s2t writes the variant 爲,
    # which neither Big5 nor Big5-HKSCS has: it becomes the standard 為.
    return opencc.OpenCC(config).convert(text.replace("\xa0", " ")).replace("爲", "為").encode(codec)


@pytest.mark.parametrize(("config", "codec"), [("s2tw", "big5"), ("s2t", "big5hkscs")])
def test_a_big5_report_gives_the_statistics_of_the_utf8_copy(tmp_path, raw_text, config, codec):
    # s2t writes 羣 and 衆, which plain Big5 lacks and Big5-HKSCS has.
    path = tmp_path / f"{codec}.txt"
    path.write_bytes(_big5(raw_text, config, codec))
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    got, want = audit_one(path), audit_one(REPORT)
    assert got.encoding == codec and not got.warnings
    columns = ["reported", "kind", "value", "base"]
    pd.testing.assert_frame_equal(got.claims[columns], want.claims[columns])
    assert got.checks["verdict"].tolist() == want.checks["verdict"].tolist()


def test_a_wrong_encoding_warns_on_one_line_and_in_the_report(tmp_path, raw_text, capsys):
    path = tmp_path / "big5.txt"
    path.write_bytes(_big5(raw_text, "s2tw", "big5"))
    out = tmp_path / "out"
    assert _audit(path, "--out", out, "--encoding", "gb18030") == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"{path}: warning: the decoded text looks garbled")
    assert "rare ones" in err[0] and "--encoding" in err[0]
    assert 'id="warning"' in (out / "big5" / "report.html").read_text(encoding="utf-8")
    manifest = pd.read_csv(out / "manifest.csv", dtype=str, keep_default_na=False)
    assert manifest[["encoding", "status"]].values.tolist() == [["gb18030", "warning"]]


def test_encoding_override_and_bad_names(tmp_path, raw_text, capsys):
    path = tmp_path / "gbk.txt"
    path.write_bytes(raw_text.encode("gb18030"))
    assert _audit(path, "--out", tmp_path / "a", "--encoding", "GB18030") == 0
    assert pd.read_csv(tmp_path / "a" / "manifest.csv")["encoding"].tolist() == ["gb18030"]
    capsys.readouterr()
    assert _audit(path, "--out", tmp_path / "b", "--encoding", "klingon") == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["dangjian: error: unknown encoding 'klingon' (try utf-8, gb18030, big5, big5hkscs or utf-16)"]
    assert _audit(path, "--out", tmp_path / "c", "--encoding", "utf-8") == 2
    assert "is not valid utf-8 text" in capsys.readouterr().err
    assert not (tmp_path / "b").exists() and not (tmp_path / "c").exists()


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("认为好的有120人,占60.00%。" * 3, None),
        ("基層黨組織負責人的調查問卷共發放310份,認為較好的有202人,佔65.16%。" * 3, None),  # traditional is not garbled
        ("认为好的有120人,占60.00%。".encode().decode("latin-1"), "mojibake"),
        ("认为好的有120人,占60.00%。".encode("gb18030").decode("utf-8", errors="replace"), "replacement characters"),
        (("基層黨組織負責人的調查問卷共發放310份,認為較好的有202人,佔65.16%。" * 3).encode("big5").decode("gb18030"), "rare ones"),
        ("基层党组织负责人的调查问卷共发放310份,认为较好的有202人,占65.16%。".encode("gb18030").decode("big5", errors="replace"), "rare ones"),
    ],
)
def test_garble_warnings(text, sign):
    warnings = dj.garble_warnings(text)
    if sign is None:
        assert warnings == ()
    else:
        assert any(sign in w for w in warnings), warnings


# --- 3. folders ---------------------------------------------------------------


def test_folders_take_txt_in_any_case_say_what_they_skip_and_record_which_input_is_which(tmp_path, capsys):
    inputs = tmp_path / "in"
    (inputs / "a").mkdir(parents=True)
    (inputs / "b").mkdir()
    data = REPORT.read_bytes()
    (inputs / "a" / "report.txt").write_bytes(data)
    (inputs / "b" / "report.TXT").write_bytes(data)
    (inputs / "notes.odt").write_bytes(b"PK")  # .docx, .pdf and .html are searched for too (issue 29)
    (inputs / "table.csv").write_text("x", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["audit", str(inputs), "--out", str(out), "--quiet"]) == 0
    captured = capsys.readouterr()
    assert captured.err.strip().splitlines() == [f"skipped 2 files that are not .txt, .pdf, .docx or .html (e.g. {inputs / 'notes.odt'})"]
    manifest = pd.read_csv(out / "manifest.csv", dtype=str, keep_default_na=False)
    assert list(manifest.columns) == MANIFEST_COLUMNS
    assert manifest[["input", "output", "status"]].values.tolist() == [
        [str(inputs / "a" / "report.txt"), "report", "ok"],
        [str(inputs / "b" / "report.TXT"), "report-2", "ok"],
    ]
    assert set(manifest["sha256"]) == {paths.RAW_SHA256}


def test_an_earlier_output_inside_the_input_folder_is_not_audited_again(tmp_path, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "report.txt").write_bytes(REPORT.read_bytes())
    assert _audit(inputs, "--out", inputs / "audit") == 0  # the output inside the input folder
    capsys.readouterr()
    found = collect_inputs([inputs])
    assert found.files == [inputs / "report.txt"] and found.skipped_outputs == [inputs / "audit"]
    assert _audit(inputs, "--out", tmp_path / "second") == 0
    assert "skipped 1 folder written by an earlier dangjian audit" in capsys.readouterr().err
    assert pd.read_csv(tmp_path / "second" / "manifest.csv")["output"].tolist() == ["report"]


def test_an_output_folder_named_as_input_gets_one_line(tmp_path, capsys):
    out = tmp_path / "out"
    assert _audit(REPORT, "--out", out) == 0
    capsys.readouterr()
    assert _audit(out, "--out", tmp_path / "again") == 2
    assert "was written by dangjian audit; audit the reports it came from" in capsys.readouterr().err


def test_a_failed_input_is_in_the_manifest(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "out"
    assert _audit(empty, REPORT, "--out", out) == 2
    manifest = pd.read_csv(out / "manifest.csv", dtype=str, keep_default_na=False)
    assert manifest[["status", "output", "message"]].values.tolist() == [
        ["error", "", "the file is empty"],
        ["ok", REPORT.stem, ""],
    ]
    # the SHA-256 of the empty file, computed independently
    assert manifest["sha256"].iloc[0] == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


# --- 4. readable text ----------------------------------------------------------


def test_clean_paragraphs_keeps_paragraph_breaks_and_nothing_else(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(
        "关于社区养老服务的调查报告\n"
        "一、调查的基本情况\n"
        "本次调查共发放问卷300份,回收有效问卷\n"  # a hard wrap inside a sentence
        "288份。认为服务较好的有144人,占50.00%。\n"
        "\n"
        "二、存在的问题\n"
        "部分老人反映服务时间太短。\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert _audit(report, "--out", out) == 0
    clean = (out / "r" / "clean.txt").read_text(encoding="utf-8")
    readable = (out / "r" / "clean_paragraphs.txt").read_text(encoding="utf-8")
    assert clean.count("\n") == 1  # only the final newline: offsets are into this text
    assert readable.splitlines() == [
        "关于社区养老服务的调查报告",
        "一、调查的基本情况",
        "本次调查共发放问卷300份,回收有效问卷288份。认为服务较好的有144人,占50.00%。",
        "二、存在的问题",
        "部分老人反映服务时间太短。",
    ]
    assert readable.replace("\n", "") == clean.replace("\n", "")


# --- 5. small things -------------------------------------------------------------


def test_output_folders_follow_the_umask(tmp_path):
    old = os.umask(0o027)
    try:
        assert _audit(REPORT, "--out", tmp_path / "out") == 0
    finally:
        os.umask(old)
    assert (tmp_path / "out").stat().st_mode & 0o777 == 0o750
    assert (tmp_path / "out" / REPORT.stem).stat().st_mode & 0o777 == 0o750
    assert (tmp_path / "out" / "claims.csv").stat().st_mode & 0o777 == 0o640


def test_no_progress_bar_in_captured_output(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(3):
        (inputs / f"r{i}.txt").write_bytes(REPORT.read_bytes())
    proc = subprocess.run([sys.executable, "-m", "dangjian", "audit", str(inputs), "--out", str(tmp_path / "out"), "--workers", "1"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == "" and "\r" not in proc.stdout


def test_version():
    proc = subprocess.run([sys.executable, "-m", "dangjian", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.strip() == f"dangjian {dj.__version__}"


# --- 6. from Python ----------------------------------------------------------------


def test_audit_text_and_audit_file_from_python(tmp_path):
    text = "共发放问卷310份。认为较好的有202人,占65.16%;认为一般的有61人,占19.71%。"
    claims, checks = dj.audit_text(text, source="mine")
    assert set(claims["source"]) == {"mine"}
    # 100 × 61 / 310 = 19.677...%, printed 19.71%: no rounding gives it
    assert checks.set_index("claim_ids").loc["E005", "verdict"] == "inconsistent"
    path = tmp_path / "mine.txt"
    path.write_bytes(text.encode("gb18030"))
    result = dj.audit_file(path)
    assert result.encoding == "gb18030"
    pd.testing.assert_frame_equal(result.claims, claims)
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(dj.SourceError, match="the file is empty"):
        dj.audit_file(tmp_path / "empty.txt")
    with pytest.raises(dj.SourceError, match="no such file"):
        dj.audit_file(tmp_path / "missing.txt")
    with pytest.raises(TypeError, match="use audit_file"):
        dj.audit_text(b"bytes")


def test_the_api_gives_numbers_as_numbers_and_the_csv_keeps_the_printed_strings(tmp_path):
    result = dj.audit_file(paths.RAW_REPORT)
    claims = result.claims
    assert claims["value"].dtype == "Float64"
    assert all(claims[c].dtype == "Int64" for c in ("raw_start", "raw_end", "page", "base"))
    shares = claims[(claims["kind"] == "percent") & (claims["base"] == 310)]
    # the six survey shares of n = 310, as the report prints them: their mean by hand is 390.32 / 6 = 65.0533
    assert shares["reported"].tolist() == ["65.16%", "60.32%", "81.94%", "72.90%", "61.94%", "48.06%"]
    assert round(float(shares["value"].mean()), 4) == 65.0533
    # the CSV of the same audit keeps every column as printed ("72.90", not 72.9)
    assert main(["audit", str(paths.RAW_REPORT), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    csv = pd.read_csv(tmp_path / "out" / "claims.csv", dtype=str, keep_default_na=False)
    assert "72.90" in csv["value"].tolist() and csv["reported"].tolist() == claims["reported"].tolist()
    assert pd.to_numeric(csv["value"]).tolist() == claims["value"].astype(float).tolist()


def test_the_api_result_has_a_small_documented_surface():
    result = dj.audit_text("发放问卷200份。认为好的有120人,占60.00%。", source="mine")
    public = {name for name in dir(result) if not name.startswith("_")}
    assert public == {"claims", "checks", "repairs", "clean", "paragraphs", "html", "source", "path", "encoding", "sha256", "warnings",
                      "kind", "summary", "verdict_counts"}
    # each is named in the class's documentation, and the internals of the command's record are not there
    doc = type(result).__doc__
    assert all(name in doc for name in public - {"summary", "verdict_counts"})
    assert not any(hasattr(result, name) for name in ("claim_rows", "check_rows", "csv_rows", "streamed", "repair_log"))
    assert repr(result) == "<AuditResult mine: 3 statistics, 2 checks>" and result.source == "mine"


def test_the_command_ends_with_one_summary_over_every_file(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "report.txt").write_text(paths.RAW_REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "small.txt").write_text("共发放问卷310份。认为较好的有202人,占65.16%;认为一般的有61人,占19.71%。平均得分3.47分。", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["audit", str(folder), "--out", str(out), "--quiet"]) == 2  # the empty file is an input error
    lines = capsys.readouterr().out.splitlines()
    checks = pd.read_csv(out / "checks.csv", dtype=str, keep_default_na=False)
    claims = pd.read_csv(out / "claims.csv", dtype=str, keep_default_na=False)
    counts = checks["verdict"].value_counts()
    assert lines[-5:-3] == [
        "3 files read: 2 audited, 1 could not be read (see above)",
        f"{len(claims)} statistics, {len(checks)} checks: " + ", ".join(f"{counts.get(v, 0)} {v}" for v in VERDICTS),
    ]
    assert lines[-3].startswith("not_checkable, most often: ") and lines[-3].endswith(f" of {counts['not_checkable']}")
    # where to look first: the review page of the file with the most inconsistent checks
    by_file = checks[checks["verdict"] == "inconsistent"]["source"].value_counts()
    assert lines[-2].startswith(f"look first: {out.as_posix()}/{by_file.index[0]}/report.html ({by_file.iloc[0]} inconsistent)")
    assert (out / by_file.index[0] / "report.html").is_file()
    assert lines[-1].startswith(f"wrote {out.as_posix()}/: claims.csv, checks.csv, manifest.csv")
    # with --no-per-file there are no review pages: the summary points to checks.csv
    assert main(["audit", str(folder / "small.txt"), "--out", str(tmp_path / "lean"), "--quiet", "--no-per-file"]) == 0
    assert capsys.readouterr().out.splitlines()[-2] == f"look first: {(tmp_path / 'lean').as_posix()}/checks.csv, sorted by verdict (--no-per-file writes no review pages)"


def test_help_starts_here_and_shows_no_object_addresses():
    import pydoc

    page = pydoc.render_doc(dj, renderer=pydoc.plaintext)
    description = page[page.index("DESCRIPTION") :]
    assert description.split("\n")[1].strip() == "Start here"
    assert " at 0x" not in page


def test_xlsx_holds_the_csvs_and_one_sheet_per_verdict(tmp_path, raw_text):
    from dangjian.engine.cli import WORKBOOK_SHEETS

    src = tmp_path / "in"
    src.mkdir()
    (src / "report.txt").write_text(raw_text, encoding="utf-8")
    (src / "small.txt").write_text("共发放问卷310份。认为较好的有202人,占65.16%;认为一般的有61人,占19.71%。", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["audit", str(src), "--out", str(out), "--quiet", "--xlsx"]) == 0
    book = pd.read_excel(out / "audit.xlsx", sheet_name=None, dtype=str, keep_default_na=False)
    checks = pd.read_csv(out / "checks.csv", dtype=str, keep_default_na=False)
    claims = pd.read_csv(out / "claims.csv", dtype=str, keep_default_na=False)
    # no empty sheet: a verdict's sheet only when some check has it (here none is not_checkable)
    had = set(checks["verdict"])
    assert "not_checkable" not in had
    assert list(book) == [s for s in WORKBOOK_SHEETS if s in ("claims", "checks", "manifest") or s in had]
    for name in ("claims", "checks", "manifest"):
        csv = pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)
        pd.testing.assert_frame_equal(book[name], csv, check_dtype=False)
    quotes = dict(zip(zip(claims["source"], claims["claim_id"]), claims["quote"]))
    for verdict in had:
        expected = checks[checks["verdict"] == verdict].reset_index(drop=True)
        sheet = book[verdict]
        # the checks of the verdict, and beside their ids the quote of the numbers they judge
        pd.testing.assert_frame_equal(sheet.drop(columns="quote"), expected, check_dtype=False, check_index_type=False)
        assert list(sheet.columns).index("quote") == list(sheet.columns).index("claim_ids") + 1
        for row in sheet.itertuples():
            for cid in row.claim_ids.split():
                assert quotes[(row.source, cid)] in row.quote
    assert len(book["inconsistent"]) >= 1  # 19.71% of 310 is impossible
    # readable without reformatting: frozen bold header, columns as wide as their text, sentences wrapped
    from openpyxl import load_workbook

    ws = load_workbook(out / "audit.xlsx")["inconsistent"]
    header = {c.value: c.column_letter for c in ws[1]}
    assert ws.freeze_panes == "A2" and all(c.font.bold for c in ws[1]) and ws.auto_filter.ref
    assert ws.column_dimensions[header["explanation"]].width >= 60 and ws[header["explanation"] + "2"].alignment.wrap_text
    assert ws[header["quote"] + "2"].alignment.wrap_text and ws.column_dimensions[header["quote"]].width >= 40
    assert 8 <= ws.column_dimensions[header["verdict"]].width <= 26
    # the marker lists the workbook, so --force may replace the folder later
    assert "audit.xlsx" in json.loads((out / MARKER).read_text(encoding="utf-8"))["files"]
    # without --xlsx there is no workbook
    assert main(["audit", str(src), "--out", str(tmp_path / "plain"), "--quiet"]) == 0
    assert not (tmp_path / "plain" / "audit.xlsx").exists()


@pytest.mark.parametrize("workers", ["1", "2"])
def test_no_per_file_writes_the_same_combined_tables_and_nothing_else(tmp_path, raw_text, workers):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(raw_text, encoding="utf-8")
    (src / "b.txt").write_text("共发放问卷310份。认为较好的有202人,占65.16%;认为一般的有61人,占19.71%。", encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    full, lean = tmp_path / "full", tmp_path / "lean"
    assert main(["audit", str(src), "--out", str(full), "--quiet", "--workers", workers]) == 2  # empty.txt fails
    assert main(["audit", str(src), "--out", str(lean), "--quiet", "--workers", workers, "--no-per-file"]) == 2
    for name in ("claims.csv", "checks.csv", "manifest.csv"):
        assert (lean / name).read_bytes() == (full / name).read_bytes(), name
    assert sorted(p.name for p in lean.iterdir()) == sorted(["claims.csv", "checks.csv", "manifest.csv", MARKER])
    # the marker lists what is there, so --force can replace the lean folder
    assert main(["audit", str(src / "b.txt"), "--out", str(lean), "--quiet", "--force", "--no-per-file"]) == 0


def _small_corpus(folder: Path, raw_text: str) -> Path:
    folder.mkdir()
    (folder / "report.txt").write_text(raw_text, encoding="utf-8")
    (folder / "small.txt").write_text("共发放问卷310份。认为较好的有202人,占65.16%;认为一般的有61人,占19.71%。", encoding="utf-8")
    (folder / "none.txt").write_text("这一段没有任何数字。", encoding="utf-8")
    return folder


@pytest.mark.parametrize("workers", ["1", "2"])
def test_parquet_tables_hold_what_the_csvs_hold(tmp_path, raw_text, workers):
    import pyarrow.parquet as pq

    from dangjian.engine.workbook import _read_table

    src = _small_corpus(tmp_path / "in", raw_text)
    assert main(["audit", str(src), "--out", str(tmp_path / "csv"), "--quiet", "--workers", workers]) == 0
    assert main(["audit", str(src), "--out", str(tmp_path / "pq"), "--quiet", "--workers", workers, "--format", "parquet"]) == 0
    pq_out = tmp_path / "pq"
    assert not (pq_out / "claims.csv").exists() and not (pq_out / "checks.csv").exists()
    for name in ("claims", "checks"):
        csv = pd.read_csv(tmp_path / "csv" / f"{name}.csv", dtype=str, keep_default_na=False)
        pd.testing.assert_frame_equal(_read_table(pq_out, name), csv)
    # typed: offsets, page and base are whole numbers (null where the CSV is empty), the rest text as printed
    schema = pq.read_schema(pq_out / "claims.parquet")
    assert {f.name: str(f.type) for f in schema if str(f.type) != "string"} == {
        "raw_start": "int64", "raw_end": "int64", "page": "int64", "base": "int64"}
    claims = pq.read_table(pq_out / "claims.parquet").to_pandas()
    assert claims["reported"].str.endswith("%").any() and claims["page"].isna().any() == (
        pd.read_csv(tmp_path / "csv" / "claims.csv", dtype=str, keep_default_na=False)["page"] == "").any()
    # the per-file folders and the manifest are the same files
    for rel in ("manifest.csv", "small/claims.csv", "report/checks.csv"):
        assert (pq_out / rel).read_bytes() == (tmp_path / "csv" / rel).read_bytes(), rel
    files = json.loads((pq_out / MARKER).read_text(encoding="utf-8"))["files"]
    assert "claims.parquet" in files and "checks.parquet" in files and "claims.csv" not in files


def test_parquet_row_groups_keep_the_input_order(tmp_path, raw_text, monkeypatch):
    # Row groups of 7 rows: many flushes, one table in input order.
    import pyarrow.parquet as pq

    from dangjian.engine import combined, workbook

    monkeypatch.setattr(combined, "_ROW_GROUP", 7)
    src = _small_corpus(tmp_path / "in", raw_text)
    assert main(["audit", str(src), "--out", str(tmp_path / "csv"), "--quiet", "--workers", "1"]) == 0
    assert main(["audit", str(src), "--out", str(tmp_path / "pq"), "--quiet", "--workers", "1", "--format", "parquet"]) == 0
    assert pq.ParquetFile(tmp_path / "pq" / "claims.parquet").num_row_groups > 10
    csv = pd.read_csv(tmp_path / "csv" / "claims.csv", dtype=str, keep_default_na=False)
    pd.testing.assert_frame_equal(workbook._read_table(tmp_path / "pq", "claims"), csv)


def test_parquet_through_write_outputs_and_with_the_workbook(tmp_path, raw_text):
    # The Dask path writes the results it gets back with write_outputs.
    from dangjian.engine.cli import write_outputs
    from dangjian.engine.workbook import _read_table

    src = _small_corpus(tmp_path / "in", raw_text)
    results = [audit_one(p) for p in sorted(src.glob("*.txt"))]
    write_outputs(results, tmp_path / "csv", xlsx=True)
    write_outputs(results, tmp_path / "pq", xlsx=True, table_format="parquet")
    for name in ("claims", "checks"):
        pd.testing.assert_frame_equal(_read_table(tmp_path / "pq", name), _read_table(tmp_path / "csv", name))
    a = pd.read_excel(tmp_path / "csv" / "audit.xlsx", sheet_name=None, dtype=str, keep_default_na=False)
    b = pd.read_excel(tmp_path / "pq" / "audit.xlsx", sheet_name=None, dtype=str, keep_default_na=False)
    assert list(a) == list(b)
    for sheet in a:
        pd.testing.assert_frame_equal(a[sheet], b[sheet])
    with pytest.raises(ValueError, match="table_format must be one of csv, parquet"):
        write_outputs(results, tmp_path / "bad", table_format="feather")
    assert not (tmp_path / "bad").exists()


def test_an_unknown_format_is_one_line_and_status_2(tmp_path, raw_text):
    src = _small_corpus(tmp_path / "in", raw_text)
    done = subprocess.run([sys.executable, "-m", "dangjian", "audit", str(src), "--out", str(tmp_path / "o"), "--format", "xls"],
                          capture_output=True, text=True)
    assert done.returncode == 2 and "invalid choice: 'xls'" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "o").exists()


def test_parquet_without_pyarrow_is_one_line_and_status_2(tmp_path, raw_text, monkeypatch, capsys):
    # pyarrow is the optional dependency dangjian[parquet]; without it the run stops before auditing.
    import importlib.util

    from dangjian.engine import cli

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pyarrow" else real(name, *a))
    src = _small_corpus(tmp_path / "in", raw_text)
    assert main(["audit", str(src), "--out", str(tmp_path / "o"), "--quiet", "--format", "parquet"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "dangjian: error: --format parquet needs pyarrow: pip install 'dangjian[parquet]'"
    assert not (tmp_path / "o").exists()
    with pytest.raises(ValueError, match=r"dangjian\[parquet\]"):
        cli.write_outputs([audit_one(src / "small.txt")], tmp_path / "o2", table_format="parquet")
    assert not (tmp_path / "o2").exists()


def test_parquet_with_no_rows_reads_back_as_the_empty_csv(tmp_path):
    from dangjian.engine.workbook import _read_table

    src = tmp_path / "in"
    src.mkdir()
    (src / "none.txt").write_text("这一段没有任何数字。", encoding="utf-8")
    assert main(["audit", str(src), "--out", str(tmp_path / "csv"), "--quiet"]) == 0
    assert main(["audit", str(src), "--out", str(tmp_path / "pq"), "--quiet", "--format", "parquet"]) == 0
    for name in ("claims", "checks"):
        pd.testing.assert_frame_equal(_read_table(tmp_path / "pq", name), _read_table(tmp_path / "csv", name))
        assert len(_read_table(tmp_path / "pq", name)) == 0


def test_the_lazy_pandas_pickles_as_pandas():
    # Dask's cloudpickle sends a function's globals by value; the stand-in travels as the module itself.
    import pickle

    import cloudpickle
    import pandas

    from dangjian.engine._lazy import pd as lazy

    assert pickle.loads(pickle.dumps(lazy)) is pandas
    assert pickle.loads(cloudpickle.dumps(lazy)) is pandas
