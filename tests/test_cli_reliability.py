"""``dangjian audit`` against a hostile tester (issue 24): odd files, names, signals, workers, formulas.

Each test here failed on the code before its fix (the branch point of ``io``,
commit 8b957b2): a PDF written with ASCII85 streams was audited as text,
an unreadable sub-folder or two colliding output names stopped a whole run,
a FIFO hung it, SIGTERM left a staging folder behind, ``--workers 50``
forked 50 processes, and so on.
"""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import dangjian as dj
from dangjian import paths
from dangjian.__main__ import main
from dangjian.engine.cli import MARKER

REPORT = paths.RAW_REPORT
SMALL = "共发放问卷200份。认为好的有120人,占60.00%。"


def _audit(*args) -> int:
    return main(["audit", *map(str, args), "--quiet"])


def _manifest(out: Path) -> list[dict[str, str]]:
    with open(out / "manifest.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _run(*args, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    """The command in a fresh process (its own signals, its own standard streams)."""
    return subprocess.run([sys.executable, "-m", "dangjian", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, **kwargs)


# --- item 2: documents are recognised by their content ------------------------------

# A PDF as reportlab writes it: its streams ASCII85-encoded, so every byte is
# printable text and no NUL or control byte gives it away.
ASCII85_PDF = (b"%PDF-1.4\n%\x93\x8c\x8b\x9e ReportLab Generated PDF document\n"
               b"1 0 obj\n<< /F1 2 0 R >>\nendobj\n"
               b"4 0 obj\n<< /Filter [ /ASCII85Decode /FlateDecode ] /Length 120 >>\nstream\n"
               b"Gap@D4\\rsL&;GE/)_Xk4rO3\\!JHc8f@DGBN&T>!Rp2Bt=>`/J8XY$T[,%mp~>endstream\nendobj\n"
               b"xref\n0 5\ntrailer\n<< /Size 5 >>\nstartxref\n1234\n%%EOF\n")


def test_a_text_encoded_pdf_is_never_audited_as_text(tmp_path, capsys):
    fake = tmp_path / "report.txt"
    fake.write_bytes(ASCII85_PDF.replace(b"\x93\x8c\x8b\x9e", b"1.4%"))  # not even one byte above 127
    out = tmp_path / "out"
    code = _audit(fake, "--out", out)
    err = capsys.readouterr().err
    assert code == 2 and "PDF" in err and "Traceback" not in err
    assert not out.exists()
    # a named encoding does not make it text either
    assert _audit(fake, "--out", out, "--encoding", "latin-1") == 2 and not out.exists()


# --- item 3: one bad entry never aborts a folder run ----------------------------------


def _as_nobody(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    """``dangjian`` with ``args`` in ``cwd``, as an unprivileged user when the tests run as root (root reads
    anything, so a permission test must not run as root).

    The interpreter may live where that user cannot read (a Python under /root), so the process imports
    what an audit needs and audits a small text first, then drops to ``nobody``: paths relative to the
    working folder need no search permission on its parents.
    """
    code = textwrap.dedent(f"""
        import os, sys, tempfile
        from pathlib import Path
        from dangjian.__main__ import main
        if os.geteuid() == 0:
            with tempfile.TemporaryDirectory() as warm:
                Path(warm, "w.txt").write_text({SMALL!r}, encoding="utf-8")
                main(["audit", warm, "--out", str(Path(warm, "out")), "--quiet", "--xlsx"])
            try:
                os.setgroups([]); os.setgid(65534); os.setuid(65534)
            except OSError as exc:  # no capability to change users (a container, a user namespace)
                print(f"cannot drop root's privileges: {{exc}}", file=sys.stderr)
                sys.exit(77)
        sys.exit(main({args!r}))
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=cwd)
    if done.returncode == 77:
        pytest.skip(f"running as root and {done.stderr.strip()}: permission bits do not stop root")
    return done


def test_an_unreadable_sub_folder_is_one_line_and_the_rest_is_audited(tmp_path):
    work = tmp_path / "work"
    (work / "in" / "locked").mkdir(parents=True)
    (work / "in" / "good.txt").write_text(SMALL, encoding="utf-8")
    (work / "in" / "locked" / "hidden.txt").write_text(SMALL, encoding="utf-8")
    if os.geteuid() == 0:
        for p in [work, *work.rglob("*")]:
            os.lchown(p, 65534, 65534)
    (work / "in" / "locked").chmod(0)
    try:
        done = _as_nobody(["audit", "in", "--out", "out", "--quiet"], work)
    finally:
        (work / "in" / "locked").chmod(0o755)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if "locked" in line]
    assert len(lines) == 1 and "permission denied" in lines[0], done.stderr
    rows = _manifest(work / "out")
    assert [(Path(r["input"]).name, r["status"]) for r in rows] == [("good.txt", "ok"), ("locked", "error")]
    assert (work / "out" / "good" / "report.html").exists()


def test_colliding_and_reserved_output_names_are_made_unique_and_safe(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    names = ["a.txt", "a.TXT", "a-2.txt", "A.txt", "claims.csv.txt", "manifest.csv.txt", "..txt", "claims.txt",
             "checks.txt", "manifest.txt", "audit.txt", "dangjian-audit.txt", "=1+2.txt"]
    for name in names:
        (folder / name).write_text(SMALL, encoding="utf-8")
    out = tmp_path / "out"
    assert _audit(folder, "--out", out) == 0
    rows = _manifest(out)
    assert sorted(Path(r["input"]).name for r in rows) == sorted(names)
    outputs = [r["output"] for r in rows]
    assert len({o.casefold() for o in outputs}) == len(names), outputs  # unique, even on a case-blind disk
    own = {"claims", "checks", "manifest", "audit", "dangjian-audit", "claims.csv", "checks.csv", "manifest.csv", "audit.xlsx"}
    for o in outputs:
        assert o and not o.startswith(".") and "/" not in o and o.casefold() not in own, o
        assert (out / o / "report.html").exists()


def test_an_undecodable_file_name_is_audited_and_reported_in_one_line(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    odd = os.fsencode(folder) + b"/\xff\xfebad.txt"
    with open(odd, "wb") as f:
        f.write(SMALL.encode("utf-8"))
    (folder / "good.txt").write_text(SMALL, encoding="utf-8")
    done = _run("audit", folder, "--out", tmp_path / "out", "--quiet")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    rows = _manifest(tmp_path / "out")
    assert len(rows) == 2 and all(r["status"] == "ok" for r in rows)
    assert any("\\xff\\xfebad" in r["input"] for r in rows), rows
    for r in rows:
        assert (tmp_path / "out" / r["output"] / "report.html").exists()


# --- item 4: files that are not files -------------------------------------------------


def _specials(folder: Path) -> list[Path]:
    fifo = folder / "fifo.txt"
    os.mkfifo(fifo)
    zero = folder / "zero.txt"
    zero.symlink_to("/dev/zero")
    return [fifo, zero]


def test_a_fifo_or_a_device_is_not_a_regular_file(tmp_path):
    for special in _specials(tmp_path):
        done = _run("audit", special, "--out", tmp_path / "out", "--quiet", timeout=60)
        assert done.returncode == 2 and "not a regular file" in done.stderr, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
        assert not (tmp_path / "out").exists()
        with pytest.raises(dj.SourceError, match="not a regular file"):
            dj.audit_file(special)


def test_in_a_folder_a_special_file_is_skipped_with_its_reason(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _specials(folder)
    (folder / "good.txt").write_text(SMALL, encoding="utf-8")
    done = _run("audit", folder, "--out", tmp_path / "out", "--quiet", timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("not a regular file") == 2
    rows = {Path(r["input"]).name: r for r in _manifest(tmp_path / "out")}
    assert rows["good.txt"]["status"] == "ok"
    assert rows["fifo.txt"]["status"] == rows["zero.txt"]["status"] == "skipped"
    assert "not a regular file" in rows["fifo.txt"]["message"]


# --- item 5: signals, orphans and stale staging folders --------------------------------


def _corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    text = REPORT.read_text(encoding="utf-8")
    for i in range(n):
        (folder / f"r{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def _wait_for(predicate, timeout: float = 60) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def test_sigterm_cleans_up_like_sigint(tmp_path):
    corpus = _corpus(tmp_path / "in", 60)
    proc = subprocess.Popen([sys.executable, "-m", "dangjian", "audit", str(corpus), "--out", str(tmp_path / "out"), "--quiet",
                             "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # wait until the staging folder holds the first audited files
    assert _wait_for(lambda: any(p.name.startswith(".out-") and any(p.glob("*/report.html")) for p in tmp_path.iterdir()))
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM, err
    assert "Traceback" not in err and "terminated" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"], "staging folder left behind"


def test_workers_die_with_their_parent(tmp_path):
    corpus = _corpus(tmp_path / "in", 60)
    proc = subprocess.Popen([sys.executable, "-m", "dangjian", "audit", str(corpus), "--out", str(tmp_path / "out"), "--quiet",
                             "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
    if not children.exists():
        pytest.skip("no /proc/PID/task/PID/children here to find the workers")
    assert _wait_for(lambda: len(children.read_text().split()) >= 2)
    workers = [int(p) for p in children.read_text().split()]
    proc.kill()
    proc.wait()
    assert _wait_for(lambda: not any(Path(f"/proc/{w}").exists() and "Z" not in _state(w) for w in workers), timeout=30), \
        "workers outlived their parent"


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


def _bytes(n: int) -> bytes:
    return b"x" * n


@pytest.mark.parametrize("delay", [0.3, 0.5, 0.7])
def test_stopping_the_workers_never_hangs_on_a_half_written_result(delay):
    # A worker killed while it sends a large result leaves half a message in the pool's result pipe; the
    # pool's manager thread then waited for the rest forever, and so did the interrupted command (seen in
    # about one SIGTERM of ten).  400 MB take long enough to send that these delays kill the worker mid-way.
    import threading
    from concurrent.futures import ProcessPoolExecutor

    from dangjian.engine.workers import _stop

    pool = ProcessPoolExecutor(max_workers=1)
    pool.submit(_bytes, 400_000_000)
    time.sleep(delay)
    stopper = threading.Thread(target=_stop, args=(pool,), daemon=True)
    stopper.start()
    stopper.join(30)
    assert not stopper.is_alive(), "stopping the pool hung"


def test_a_later_run_removes_stale_staging_and_never_reads_it(tmp_path):
    corpus = _corpus(tmp_path / "in", 40)
    out = corpus / "out"  # the output inside the input folder
    proc = subprocess.Popen([sys.executable, "-m", "dangjian", "audit", str(corpus), "--out", str(out), "--quiet", "--workers", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert _wait_for(lambda: any(p.name.startswith(".out-") and any(p.glob("*/clean.txt")) for p in corpus.iterdir()))
    proc.kill()  # no clean-up at all
    proc.wait()
    stale = [p for p in corpus.iterdir() if p.name.startswith(".out-")]
    assert stale
    mine = corpus / ".out-mine"  # the user's own folder of that shape: not ours, never deleted
    mine.mkdir()
    (mine / "keep.txt").write_text(SMALL, encoding="utf-8")
    done = _run("audit", corpus, "--out", out, "--quiet")
    assert done.returncode == 0, done.stderr
    assert len(_manifest(out)) == 41  # the 40 reports and the user's keep.txt, no debris
    assert not any(p.exists() for p in stale)
    assert (mine / "keep.txt").exists()


# --- item 6: workers ----------------------------------------------------------------


def test_workers_are_capped_at_the_files_and_say_so(tmp_path, capsys, monkeypatch):
    import concurrent.futures

    started = []
    real = concurrent.futures.ProcessPoolExecutor

    def spy(*args, **kwargs):
        started.append(kwargs.get("max_workers"))
        return real(*args, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", spy)
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"r{i}.txt").write_text(SMALL, encoding="utf-8")
    assert _audit(folder, "--out", tmp_path / "out", "--workers", "50") == 0
    err = capsys.readouterr().err
    assert started == [3] and "--workers 50 capped at 3" in err
    assert _audit(folder, "--out", tmp_path / "out2", "--workers", "100000") == 0
    assert "capped at 3" in capsys.readouterr().err


def test_a_fork_failure_is_one_line_not_a_hang(tmp_path):
    folder = _corpus(tmp_path / "in", 6)
    code = textwrap.dedent(f"""
        import os, sys
        from dangjian.__main__ import main
        real, calls = os.fork, []
        def fork():
            calls.append(1)
            if len(calls) > 1:
                raise BlockingIOError(11, "Resource temporarily unavailable")
            return real()
        os.fork = fork
        sys.exit(main(["audit", {str(folder)!r}, "--out", {str(tmp_path / "out")!r}, "--quiet", "--workers", "4"]))
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "worker" in done.stderr and "Resource temporarily unavailable" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


# --- item 7: malformed options are one line ----------------------------------------


@pytest.mark.parametrize("address", ["foo://host:1", "nonsense", "inproc://x", "tls://127.0.0.1:1", "tcp://", "tcp://host:99999"])
def test_a_malformed_scheduler_is_one_line_and_status_2(tmp_path, capsys, address):
    assert _audit(REPORT, "--out", tmp_path / "out", "--scheduler", address) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--scheduler" in err[0], err
    assert not (tmp_path / "out").exists()


def test_a_scheduler_that_does_not_answer_is_one_line_and_status_2(tmp_path):
    pytest.importorskip("distributed")
    # nothing listens on port 1 of this machine; Dask's time-out shortened through its environment variable
    done = _run("audit", REPORT, "--out", tmp_path / "out", "--quiet", "--scheduler", "tcp://127.0.0.1:1",
                env={**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"})
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert done.stderr.strip().splitlines() == [done.stderr.strip()] and "cannot connect" in done.stderr
    assert not (tmp_path / "out").exists()


def test_a_scheduler_without_dask_installed_is_one_line_and_status_2(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if dangjian[dask] were not installed
    assert _audit(REPORT, "--out", tmp_path / "out", "--scheduler", "tcp://127.0.0.1:8786") == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["dangjian: error: --scheduler needs dask.distributed: pip install 'dangjian[dask]'"]


@pytest.mark.parametrize("encoding", ["base64", "rot13", "zlib", "hex"])
def test_a_codec_that_is_not_a_text_encoding_is_one_line_and_status_2(tmp_path, capsys, encoding):
    assert _audit(REPORT, "--out", tmp_path / "out", "--encoding", encoding) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not a text encoding" in err[0] and "internal error" not in err[0], err
    with pytest.raises(dj.SourceError, match="not a text encoding"):
        dj.audit_file(REPORT, encoding=encoding)


# --- item 8: spreadsheet formulas ------------------------------------------------------


def test_the_workbook_holds_text_never_formulas(tmp_path):
    from openpyxl import load_workbook

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "=1+2.txt").write_text(SMALL, encoding="utf-8")
    (folder / "+cmd.txt").write_text(SMALL, encoding="utf-8")
    (folder / "-2+3.txt").write_text(SMALL, encoding="utf-8")
    (folder / "@SUM(A1).txt").write_text(SMALL, encoding="utf-8")
    out = tmp_path / "out"
    assert _audit(folder, "--out", out, "--xlsx") == 0
    book = load_workbook(out / "audit.xlsx")
    starts = set()
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    assert cell.data_type == "s", (ws.title, cell.coordinate, cell.value)
                    starts.add(str(cell.value)[:1])
    assert {"=", "+", "-", "@"} <= starts  # the dangerous cells are there, as text
    import zipfile

    with zipfile.ZipFile(out / "audit.xlsx") as z:
        assert not any(b"<f>" in z.read(n) or b"<f " in z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/"))


# --- item 9 (scalar API): huge decimals and lone surrogates ---------------------------------


def test_a_number_with_thousands_of_decimals_is_a_clear_value_error():
    huge = "1." + "1" * 5000
    for call in (lambda: dj.grim(huge, 10, percent=True), lambda: dj.smallest_n(huge), lambda: dj.grim(huge, 10)):
        with pytest.raises(ValueError, match="digits; a printed number") as info:
            call()
        assert "set_int_max_str_digits" not in str(info.value)


def test_a_lone_surrogate_does_not_stop_audit_text():
    claims, checks = dj.audit_text("共发放问卷200份\ud800。认为好的有120人,占60.00%。")
    assert list(claims["reported"]) == ["200", "120", "60.00%"]


# --- item 10: UTF-16 without a BOM, a closed standard output ------------------------------


def test_a_closed_stdout_is_not_a_failure(tmp_path):
    # `| head -1` over many files: the reader is gone before the summaries are written (`| true` is gone
    # at once); the audit has written everything and succeeded
    done = subprocess.run(["/bin/bash", "-c", f"set -o pipefail; {sys.executable} -m dangjian audit {REPORT} {REPORT} "
                           f"--out {tmp_path / 'out'} --quiet | true"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "Broken pipe" not in done.stderr and "error" not in done.stderr, done.stderr
    assert (tmp_path / "out" / MARKER).exists()


def test_utf16_without_a_bom_is_text(tmp_path):
    text = REPORT.read_text(encoding="utf-8")
    for codec in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{codec}.txt"
        path.write_bytes(text.encode(codec))
        assert dj.audit_file(path).summary().split(": ", 1)[1] == dj.audit_file(REPORT).summary().split(": ", 1)[1]
        assert dj.audit_file(path).encoding == codec

