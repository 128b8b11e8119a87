"""``dangjian audit`` on hostile input: results or one clear line, never a traceback.

A seeded generator (the same inputs on every run, so a failure can be
reproduced by its index) makes :data:`N_INPUTS` inputs of six kinds: random
bytes; the bundled report in five encodings cut at a random byte (truncated
multi-byte sequences); copies of the report with digits, %, 、, CR, NUL,
BOM, ± and full-width marks inserted at random; very long digit runs; deep
nesting of brackets; and mixtures of encodings.  Each is audited as a
file, in this process.  Every run must exit 0 (with at most one warning
line per file) or 2 with exactly one line on standard error that is not an
internal error; the input file is never modified, a failed run leaves no
folder, and no staging folder is left behind.
"""

from __future__ import annotations

import random

import pytest

from dangjian import paths
from dangjian.__main__ import main
from dangjian.engine.cli import MARKER

SEED = 20261202
#: Inputs of each kind (the README quotes the total).
PER_KIND = 100
KINDS = ("random_bytes", "truncated", "damaged", "digit_run", "nesting", "mixed_encodings")
N_INPUTS = PER_KIND * len(KINDS)

_INSERTS = ["0", "7", "9", "%", "%%", "、", "\r", "\r\n", "\x00", "\ufeff", "±", "占", "．", "％", "人", "-", "- 3 -", ".", "\n\n4、"]


def _inputs() -> list[tuple[str, bytes]]:
    rng = random.Random(SEED)
    raw = paths.RAW_REPORT.read_text(encoding="utf-8")
    encoded = [raw.encode(codec) for codec in ("utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-be")]
    out: list[tuple[str, bytes]] = []
    for i in range(PER_KIND):
        n = rng.choice([0, 1, 2, 3, 17, 200, 4096, 20000])
        out.append((f"random_bytes-{i}", rng.randbytes(n)))
    for i in range(PER_KIND):
        data = rng.choice(encoded)
        out.append((f"truncated-{i}", data[: rng.randrange(1, len(data))]))
    for i in range(PER_KIND):
        text = list(raw)
        for _ in range(rng.choice([1, 10, 100, 1000])):
            text.insert(rng.randrange(len(text) + 1), rng.choice(_INSERTS))
        out.append((f"damaged-{i}", "".join(text).encode(rng.choice(["utf-8", "gb18030", "utf-16"]), errors="replace")))
    for i in range(PER_KIND):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.choice([13, 50, 1000, 100_000])))
        sep = rng.choice(["", ".", "、", "%", "人,占", " "])
        out.append((f"digit_run-{i}", f"共发放问卷{digits}份,认为好的有{digits}{sep}{digits}%。".encode()))
    for i in range(PER_KIND):
        depth = rng.choice([10, 1000, 20000])
        left, right = rng.choice([("(", ")"), ("（", "）"), ("【", "】"), ("“", "”"), ("《", "》")])
        body = "在310人中,认为好的有202人,占65.16%"
        tail = right * (depth if rng.random() < 0.5 else depth // 2)
        out.append((f"nesting-{i}", (left * depth + body + tail).encode("utf-8")))
    for i in range(PER_KIND):
        a, b = rng.sample(encoded, 2)
        cut_a, cut_b = rng.randrange(len(a)), rng.randrange(len(b))
        out.append((f"mixed_encodings-{i}", a[:cut_a] + b[cut_b:]))
    assert len(out) == N_INPUTS
    return out


@pytest.mark.parametrize("chunk", range(len(KINDS)), ids=KINDS)
def test_every_input_gives_results_or_one_clear_line(tmp_path, capsys, chunk):
    inputs = _inputs()[chunk * PER_KIND : (chunk + 1) * PER_KIND]
    for i, (label, data) in enumerate(inputs):
        path = tmp_path / f"{label}.txt"
        path.write_bytes(data)
        out = tmp_path / f"out-{i}"
        code = main(["audit", str(path), "--out", str(out), "--quiet"])
        captured = capsys.readouterr()
        err = [line for line in captured.err.splitlines() if line.strip()]
        assert "Traceback" not in captured.err + captured.out, label
        assert not any("internal error" in line for line in err), (label, err)
        assert path.read_bytes() == data, f"{label}: the input was modified"
        if code == 0:
            assert all(": warning: " in line for line in err) and len(err) <= 1, (label, err)
            assert (out / MARKER).is_file(), label
        else:
            assert code == 2 and len(err) == 1, (label, code, err)
            assert not out.exists(), f"{label}: a failed run left a folder"
        leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
        assert not leftovers, f"{label}: staging folders left behind: {leftovers}"
