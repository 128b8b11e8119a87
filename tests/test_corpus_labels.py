"""Checks that the labelled development corpus in tests/corpus/ is itself valid.

The corpus measures `dangjian audit`; these tests measure the corpus.  They do
not import dangjian: every expected value is recomputed here from the label's
own fields (value, base, decimals) with exact arithmetic, independently of the
generator's `why` text.
"""

from __future__ import annotations

import codecs
import csv
import importlib.util
import math
import sys
from collections import Counter
from fractions import Fraction
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent / "corpus"
COLUMNS = ["file", "anchor", "reported", "value", "kind", "base", "base_source", "expected", "why"]
KINDS = {"percent", "count", "mean", "money", "rate", "sd", "test", "decoy", "damaged"}
EXPECTED = {"consistent", "inconsistent", "consistent_if", "not_checkable", "n/a"}
SOURCES = {"", "stated", "sample", "item", "issued", "other", "unknown"}


def _read_text(p: Path) -> str:
    """Decode a report the way /work/shared/tools/score_corpus.py does."""
    b = p.read_bytes()
    if b.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return b.decode("utf-16")
    try:
        return b.decode("utf-8-sig")
    except UnicodeDecodeError:
        return b.decode("gb18030")


def _span(text: str, anchor: str, rep: str):
    """The scorer's span rule: first occurrence of `rep` in the anchor not inside a longer number."""
    a = text.find(anchor)
    j = anchor.find(rep) if rep else -1
    while j >= 0:
        before = anchor[j - 1] if j else ""
        after = anchor[j + len(rep)] if j + len(rep) < len(anchor) else ""
        if not (before.isdigit() or before == "." or after.isdigit() or (after == "." and rep[-1].isdigit())):
            return a + j, a + j + len(rep)
        j = anchor.find(rep, j + 1)
    return None


def _decimals(s: str) -> int:
    return len(s.split(".")[1]) if "." in s else 0


def _fits(value: str, base: int, *, truncated: bool = False) -> bool:
    """Is there a count k (0..base) with k/base*100 printing as `value`?

    Rounding: |k/base*100 - v| <= half a unit of the last decimal (a tie may go
    either way).  Truncation: v <= k/base*100 < v + one unit.
    """
    v, step = Fraction(value), Fraction(1, 10 ** _decimals(value))
    lo, hi = (v, v + step) if truncated else (v - step / 2, v + step / 2)
    # candidate counts: the integers k with lo <= 100k/base <= hi
    for k in range(max(0, math.ceil(lo * base / 100)), min(base, math.floor(hi * base / 100)) + 1):
        x = Fraction(100 * k, base)
        if (lo <= x < hi) if truncated else (lo <= x <= hi):
            return True
    return False


def _mean_possible(value: str, n: int) -> bool:
    """Some integer total T gives T/n printing as `value` (ties either way)."""
    v, half = Fraction(value), Fraction(1, 2 * 10 ** _decimals(value))
    return math.floor((v + half) * n) >= math.ceil((v - half) * n)


@pytest.fixture(scope="module")
def labels():
    with open(CORPUS / "labels.csv", encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == COLUMNS
        return list(reader)


@pytest.fixture(scope="module")
def texts():
    return {p.name: _read_text(p) for p in sorted(CORPUS.glob("*.txt"))}


def test_generator_reproduces_committed_files(tmp_path):
    spec = importlib.util.spec_from_file_location("_build_corpus", CORPUS / "build_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    old, sys.dont_write_bytecode = sys.dont_write_bytecode, True
    try:
        spec.loader.exec_module(mod)
        mod.build(tmp_path)
    finally:
        sys.dont_write_bytecode = old
    made = sorted(p.name for p in tmp_path.iterdir())
    committed = sorted(p.name for p in CORPUS.iterdir() if p.suffix in (".txt", ".csv"))
    assert made == committed
    for name in made:
        assert (tmp_path / name).read_bytes() == (CORPUS / name).read_bytes(), name


def test_encodings_and_lengths(texts):
    raw = {name: (CORPUS / name).read_bytes() for name in texts}
    assert len(texts) >= 12
    assert sum(b.startswith(codecs.BOM_UTF16_LE) for b in raw.values()) >= 1
    assert sum(b.startswith(codecs.BOM_UTF8) for b in raw.values()) >= 1
    assert sum(b"\r\n" in b and not b.startswith(codecs.BOM_UTF16_LE) for b in raw.values()) >= 1

    def is_gb(b):
        try:
            b.decode("utf-8")
            return False
        except UnicodeDecodeError:
            return not b.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    assert sum(is_gb(b) for b in raw.values()) >= 1
    for name, t in texts.items():
        assert 1500 <= len(t) <= 5000, (name, len(t))


def test_anchors_unique_and_reported_inside(labels, texts):
    for r in labels:
        text = texts[r["file"]]
        anchor = r["anchor"]
        assert 5 <= len(anchor) <= 40, r
        first = text.find(anchor)
        assert first >= 0, r
        assert text.find(anchor, first + 1) < 0, r
        assert r["reported"] and r["reported"] in anchor, r
        if r["kind"] != "damaged":
            assert _span(text, anchor, r["reported"]) is not None, r


def test_label_fields(labels):
    for r in labels:
        assert r["kind"] in KINDS, r
        assert r["expected"] in EXPECTED, r
        assert r["base_source"] in SOURCES, r
        assert r["why"].strip(), r
        if r["kind"] in ("decoy", "damaged"):
            assert r["value"] == "" and r["expected"] == "n/a", r
        else:
            float(r["value"])
        if r["base"]:
            assert int(r["base"]) > 0, r


def test_label_counts_meet_minimums(labels):
    kinds = Counter(r["kind"] for r in labels)
    expected = Counter(r["expected"] for r in labels)
    assert len(labels) >= 250
    assert kinds["percent"] >= 120 and kinds["count"] >= 40 and kinds["decoy"] >= 30
    assert kinds["mean"] >= 8 and kinds["money"] >= 3 and kinds["rate"] >= 3 and kinds["damaged"] >= 2
    assert expected["inconsistent"] >= 12 and expected["consistent_if"] >= 15
    assert expected["not_checkable"] >= 2
    per_file = Counter(r["file"] for r in labels if r["expected"] == "inconsistent")
    files = {r["file"] for r in labels}
    assert max(per_file.values()) <= 2
    assert len(files - set(per_file)) >= 2  # at least two reports without any error
    assert sum(r["base_source"] == "item" for r in labels) >= 10
    assert sum(r["base_source"] == "issued" and r["kind"] == "percent" for r in labels) >= 8


def test_consistent_percents_fit_their_base(labels):
    checked = 0
    for r in labels:
        if r["kind"] != "percent" or not r["base"]:
            continue
        base = int(r["base"])
        if r["expected"] == "consistent":
            assert _fits(r["value"], base), r
            checked += 1
        elif r["expected"] == "consistent_if":
            assert _fits(r["value"], base) or _fits(r["value"], base, truncated=True), r
            checked += 1
    assert checked >= 150


def test_truncated_page_needs_truncation(labels):
    rows = [r for r in labels if r["kind"] == "percent" and r["expected"] == "consistent_if"
            and r["base_source"] == "other"]
    assert rows
    assert any(not _fits(r["value"], int(r["base"])) for r in rows)
    for r in rows:
        assert _fits(r["value"], int(r["base"]), truncated=True), r


def test_item_shares_do_not_fit_the_sample(labels):
    """Item non-response labels: the share fits the item base but not the next larger sample."""
    samples = {}
    for r in labels:
        if r["kind"] == "percent" and r["base_source"] == "sample" and r["base"]:
            samples.setdefault(r["file"], set()).add(int(r["base"]))
    for r in labels:
        if r["base_source"] == "item" and r["kind"] == "percent":
            assert r["expected"] == "consistent_if", r
            bigger = [s for s in samples.get(r["file"], ()) if s > int(r["base"])]
            assert bigger, r
            assert not _fits(r["value"], min(bigger)), r


def test_inconsistent_grim_style_labels(labels):
    """Shares and means labelled inconsistent with no printed count must be impossible for n."""
    for r in labels:
        if r["expected"] != "inconsistent" or not r["base"]:
            continue
        if r["kind"] == "mean":
            assert not _mean_possible(r["value"], int(r["base"])), r
        if r["kind"] == "percent" and r["why"].startswith("count not printed"):
            assert not _fits(r["value"], int(r["base"])), r


def test_scale_means(labels):
    for r in labels:
        if r["kind"] == "mean" and r["base"] and r["expected"] == "consistent":
            assert _mean_possible(r["value"], int(r["base"])), r


def test_counts_within_their_base(labels):
    for r in labels:
        if r["kind"] == "count" and r["base"] and r["expected"] == "consistent":
            assert float(r["value"]) <= int(r["base"]), r
        if r["kind"] == "count" and r["expected"] == "inconsistent" and r["base"]:
            assert float(r["value"]) > int(r["base"]), r


def test_worked_example_present(labels):
    """The issue's example: 430 issued, 412 valid (95.81%), age answered by 405."""
    rows = [r for r in labels if r["file"].startswith("02_")]
    assert any(r["reported"] == "95.81%" and r["base"] == "430" and r["expected"] == "consistent" for r in rows)
    ages = [r for r in rows if r["base"] == "405" and r["kind"] == "percent"]
    assert [r["value"] for r in ages] == ["15.06", "36.54", "29.88", "12.84", "5.68"]
    assert all(r["expected"] == "consistent_if" and r["base_source"] == "item" for r in ages)
    assert not any(r["expected"] == "inconsistent" for r in rows)


@pytest.mark.parametrize("folder", ["corpus_heldout", "corpus_heldout2", "corpus_heldout3", "corpus_heldout4", "corpus_heldout5", "corpus_heldout6"])
def test_the_held_out_labels_pass_their_own_verifier(folder):
    """Each held-out set's check_labels.py recomputes every label's arithmetic; it exits 1 on any problem."""
    import subprocess
    import sys

    script = Path(__file__).resolve().parent / folder / "check_labels.py"
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
