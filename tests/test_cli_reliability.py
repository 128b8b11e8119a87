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
import subprocess
import sys
import time
from pathlib import Path

import pytest

import dangjian as dj
from dangjian import paths
from dangjian.__main__ import main

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


def _as_nobody(code: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run Python ``code`` as an unprivileged user (root reads anything, so a permission test must not run as root)."""
    prelude = "import os; os.setgid(65534); os.setgroups([]); os.setuid(65534)\n" if os.geteuid() == 0 else ""
    return subprocess.run([sys.executable, "-c", prelude + code], capture_output=True, text=True, timeout=120, cwd=cwd,
                          env={**os.environ, "PYTHONPATH": str(paths.ROOT)})


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


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


# --- item 6: workers ----------------------------------------------------------------


# --- item 7: malformed options are one line ----------------------------------------


@pytest.mark.parametrize("encoding", ["base64", "rot13", "zlib", "hex"])
def test_a_codec_that_is_not_a_text_encoding_is_one_line_and_status_2(tmp_path, capsys, encoding):
    assert _audit(REPORT, "--out", tmp_path / "out", "--encoding", encoding) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not a text encoding" in err[0] and "internal error" not in err[0], err
    with pytest.raises(dj.SourceError, match="not a text encoding"):
        dj.audit_file(REPORT, encoding=encoding)


# --- item 8: spreadsheet formulas ------------------------------------------------------


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


def test_utf16_without_a_bom_is_text(tmp_path):
    text = REPORT.read_text(encoding="utf-8")
    for codec in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{codec}.txt"
        path.write_bytes(text.encode(codec))
        assert dj.audit_file(path).summary().split(": ", 1)[1] == dj.audit_file(REPORT).summary().split(": ", 1)[1]
        assert dj.audit_file(path).encoding == codec

