"""``dj.audit_text`` on damaged and hostile text, in this process: a result or a clear ``SourceError``, never a crash.

A seeded generator (the same texts on every run; a failure names its index)
takes windows of the bundled report, the labelled corpus and the paper-style
documents and damages them: digits, % and ％, ±, 。 and ．, full-width digits,
odd Unicode (zero-width space, BOM, astral characters), numbers with 5,000
digits or decimals, zero and negative counts and sample sizes, empty
parentheses, p-values and test statistics with impossible degrees of
freedom.  Every text must audit without an exception (a text with nothing
left is a ``SourceError``), and every check it gives must be a valid result.
How long the calls take is the benchmark's business (``benchmarks/run.py``
records the slowest); here a call that does not end within a generous bound
fails as a hang.
"""

from __future__ import annotations

import random
import signal
from pathlib import Path

import pytest

import dangjian as dj
from dangjian import paths
from dangjian.engine.source import SourceError
from dangjian.engine.verdicts import rank

SEED = 20261207
N_TEXTS = 2000
CHUNKS = 8
#: A call that takes longer than this has hung (the slowest seen is well under a second).
HANG_SECONDS = 30

HERE = Path(__file__).resolve().parent
INSERTS = [
    "0", "7", "9", "%", "％", "±", "。", "．", "、", "１", "９", "-", "−", "人", "份", "名", "共", "其中", "合计", "(n=0)", "(n=-3)",
    "n=", "P<0.05", "P=0.000", "t=", "χ²=", "F(2,0)=", "\u200b", "\ufeff", "\U0001F600", "ß", "𠀀", "12." + "3" * 5000, "9" * 5000,
    "0.", "-5人", "0人", "平均", "分", "1~5分", "±0", "(0/0)", "100.00%", "0%", "-12%", "占", "率", "有效问卷", "发放问卷0份", "回收率",
    "个百分点", "多选", "；", "\n", "3 418人", "1,236份", "(2例搬迁,3例拒访)", "加权", "±4.90%", "投票人总数:0",
]


def _sources() -> list[str]:
    texts = [paths.RAW_REPORT.read_text(encoding="utf-8")]
    for folder in (HERE / "corpus", HERE / "papers"):
        for p in sorted(folder.glob("*.txt")):
            data = p.read_bytes()
            for codec in ("utf-8-sig", "utf-16", "gb18030"):
                try:
                    texts.append(data.decode(codec))
                    break
                except UnicodeDecodeError:
                    continue
    return texts


def _texts() -> list[str]:
    rng = random.Random(SEED)
    sources = _sources()
    out = []
    for _ in range(N_TEXTS):
        source = rng.choice(sources)
        start = rng.randrange(len(source))
        chars = list(source[start : start + rng.choice([200, 800, 2500])])
        for _ in range(rng.choice([1, 5, 20, 60])):
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(INSERTS))
        out.append("".join(chars))
    return out


def _hang(signum, frame):
    raise TimeoutError(f"an audit took more than {HANG_SECONDS} s")


@pytest.mark.parametrize("chunk", range(CHUNKS))
def test_every_damaged_text_audits_without_a_crash(chunk):
    texts = _texts()
    per = N_TEXTS // CHUNKS
    old = signal.signal(signal.SIGALRM, _hang)
    try:
        for i in range(chunk * per, (chunk + 1) * per):
            signal.alarm(HANG_SECONDS)
            try:
                result = dj.audit_text(texts[i], source=f"fuzz-{i}")
            except SourceError:
                continue
            finally:
                signal.alarm(0)
            for row in result.checks.to_dict("records"):
                rank(row["verdict"])  # one of the four
                assert row["explanation"], (i, row)
    finally:
        signal.signal(signal.SIGALRM, old)


@pytest.mark.parametrize("text", [
    "有0.5人,占3%;有8人,占1%。",  # a count that is no whole number beside its share
    "共发放问卷100份。认为好的占12." + "3" * 5000 + "%。",  # a share with 5,000 decimals
    "观察组47例,年龄(41." + "8" * 5000 + "±5.20)岁。",  # a mean with 5,000 decimals
    "两组比较t=2." + "1" * 5000 + ",P=0.035。",  # a statistic with 5,000 decimals
    "平均得分3.47分(n=0),采用1~5分计分。",  # a sample of none
])
def test_numbers_no_report_prints_are_data_not_crashes(text):
    result = dj.audit_text(text)
    assert all(rank(v) >= 0 for v in result.checks["verdict"])
