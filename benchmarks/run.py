"""Throughput benchmark of ``dangjian audit`` on a corpus of damaged scrapes.

Run from the repository root::

    .venv/bin/python benchmarks/run.py                    # 2000 documents, 1 and 2 workers
    .venv/bin/python benchmarks/run.py --docs 200 --workers 1 2 --out /tmp/bench
    .venv/bin/python benchmarks/run.py --docs 500 --repeat 4      # best of 4 alternating audit runs
    .venv/bin/python benchmarks/run.py --docs 50 --profile 50    # ms per step + cProfile of audit_file

What it does (see ``benchmarks/README.md`` for the reading of the results):

1. Builds a corpus of ``--docs`` damaged variants of the bundled report in a
   temporary folder (or ``--corpus DIR``, which is kept).  Bodies start from
   the *clean* text (``dangjian.load_clean().text``); each document gets the
   chrome of one of five document sites, preview chunks "\\n\\nN、" of random
   sizes, page markers "- N -", random spaces between CJK characters, and,
   for some documents, hard line wraps between a number and its unit, "、"
   as a decimal point ("65、16%"), traditional characters (OpenCC ``s2t``)
   and a GBK / GB18030 / UTF-8-with-BOM / UTF-16 encoding.  The generator
   is driven by one ``random.Random(0)``, so the corpus is byte-identical on
   every run (its SHA-256 is printed), and the first k documents do not
   depend on ``--docs``.
2. Times, in a fresh child process, reading + decoding, the floor (one
   compiled regex pass over the decoded texts), and the clean, extract and
   check stages separately (single process, each stage over all documents).
3. Times, each in a fresh child process, the full audit
   (``dangjian.engine.cli.audit_paths`` on the files: reading, decoding, cleaning,
   extraction, checks, the repair log and HTML rendering) at every
   ``--workers`` count (``--repeat R``: R alternating runs per count, the
   fastest kept), and then writing its results (``write_outputs``) into a
   temporary folder, reported in rows of its own, and the same bytes written
   again with plain ``open``/``write``: the file system's own share.  Then
   ``dangjian audit`` end to end (``audit_to_folder``), with and without the
   per-file outputs, each in a fresh child process as a user runs it.
4. Measures the machine's own speed-up on a pure-Python CPU loop at the same
   worker counts, the yardstick for the audit's speed-up.
5. Times a PDF of ``--pdf-pages`` pages (default 20): the bundled report
   typeset by reportlab with a running header and footer; reading its text
   layer and auditing the file, per page.
6. Prints a markdown table (and writes ``benchmark.md`` and ``benchmark.json``
   into ``--out DIR`` when given).

Every measurement runs in its own child process so that its peak memory
(``ru_maxrss``) is its own and not that of an earlier phase.  Wall time and
CPU time are both reported, and so is the share of the machine's CPUs that
*other* processes used meanwhile (from ``/proc/stat``): on a shared machine a
row measured beside other work is flagged ⚠ and should be re-run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

FLOOR_PATTERN = r"\d+(?:\.\d+)?%?"
#: Repetitions of the (fast) floor and read/decode passes; the best is kept.
FLOOR_REPEATS = 5
#: Documents in the traced pass that measures each stage's Python heap.
TRACE_DOCS = 100
#: A speed-up at or above this fraction of the worker count counts as near-linear.
NEAR_LINEAR = 0.9
#: Other processes using more than this share of all CPUs make a measurement suspect (flagged ⚠).
NOISY = 0.10
#: The target: the full audit within this factor of the floor.
FLOOR_TARGET = 20
#: The target of issue 11: one file's audit from a cold start, in seconds.
COLD_TARGET = 1.0
#: The targets of issue 11 for ``dangjian audit`` end to end: within this factor of the floor, by worker count.
E2E_TARGETS = {1: 40, 2: 25}
#: ... and the 1 -> 2 worker speed-up end to end, as a share of the machine's own.
SPEEDUP_TARGET = 0.9

# ---------------------------------------------------------------------------
# The corpus
# ---------------------------------------------------------------------------

TITLE = "基层党组织负责人履行抓党建工作责任情况调查研究"
SITES = ("jinchutou", "doc88", "docin", "book118", "wenku")
#: (codec, weight); "gbk" falls back to "gb18030" for a character GBK lacks.
ENCODINGS = (("utf-8", 50), ("gbk", 10), ("gb18030", 10), ("utf-8-sig", 15), ("utf-16", 15))

_CJK = "\u4e00-\u9fff"
_SPACE_GAP = re.compile(rf"(?<=[{_CJK}])(?=[{_CJK}\d])|(?<=\d)(?=[{_CJK}])")
_NUMBER_UNIT = re.compile(r"(?<=\d)(?=[人份个次名%])")
_DECIMAL_PERCENT = re.compile(rf"(?<=[{_CJK}])(\d{{1,3}})\.(\d{{1,2}})(?=%)")


def _maybe(rng: random.Random, p: float, line: str) -> list[str]:
    return [line] if rng.random() < p else []


def _thumbnails(rng: random.Random, pages: int, *, counters: bool) -> list[str]:
    lines = []
    for n in range(1, rng.randint(1, min(6, pages)) + 1):
        lines.append(f"{TITLE}_第{n}页")
        if counters:
            lines.append(f"第{n}页 / 共{pages}页")
    return lines


def _chrome(rng: random.Random, site: str, pages: int) -> tuple[list[str], list[str]]:
    """Header and footer lines of one document site (with random omissions)."""
    user = rng.choice("飞张李王赵陈刘") + "***"
    docid = rng.randint(10_000_000, 99_999_999)
    date = f"20{rng.randint(12, 23)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    kb = rng.randint(30, 400)
    read = rng.randint(1, pages - 1)
    if site == "jinchutou":  # 金锄头文库, as in the bundled scrape
        head = [TITLE, "", f"上传人:{user} 文档编号:{docid} 上传时间:{date} 格式:DOC 页数:{pages} 大小:{kb}KB",
                "返回 下载 相关 举报", *_thumbnails(rng, pages, counters=True), "点击查看更多>>", "资源描述", "",
                f"《{TITLE}》由会员分享,可在线阅读,更多相关《{TITLE}({pages}页珍藏版)》请在金锄头文库上搜索。", ""]
        foot = ["", "展开阅读全文", "相关资源", "相关搜索", "", "当前位置:首页 > 商业/管理/HR > 其它文档", "",
                "电脑版 |金锄头文库版权所有", f"经营许可证:蜀ICP备{rng.randint(10**7, 10**8 - 1)}号 | 川公网安备 {rng.randint(10**13, 10**14 - 1)}号"]
    elif site == "doc88":  # 道客巴巴
        head = ["道客巴巴", TITLE, f"文档贡献者:{user}", *_maybe(rng, 0.8, "下载 收藏 分享 举报"),
                *_thumbnails(rng, pages, counters=True), f"已阅读{read}页,剩余{pages - read}页未读", ""]
        foot = ["", "免费阅读已结束", *_maybe(rng, 0.7, "下载文档"), "doc88.com",
                f"Copyright © 2008-20{rng.randint(18, 24)} doc88.com All Rights Reserved"]
    elif site == "docin":  # 豆丁网
        head = ["豆丁网", TITLE, f"上传者:{user}", *_maybe(rng, 0.8, "举报该文档"), f"第1页 / 共{pages}页", ""]
        foot = ["", f"还剩{pages - read}页未读,继续阅读", *_maybe(rng, 0.7, "下载本文档"), "docin.com",
                f"豆丁网版权所有 © 2007-20{rng.randint(18, 24)}"]
    elif site == "book118":  # 原创力文档
        head = ["原创力文档", "max.book118.com", TITLE, f"文档贡献者:{user}", *_thumbnails(rng, pages, counters=False),
                *_maybe(rng, 0.8, "下载本文档"), ""]
        foot = ["", f"已阅读{read}页,剩余{pages - read}页未读", *_maybe(rng, 0.6, "付费下载"),
                f"原创力文档版权所有 | 浙ICP备{rng.randint(10**7, 10**8 - 1)}号"]
    else:  # 百度文库
        head = ["百度文库", TITLE, f"贡献者:{user}", *_maybe(rng, 0.8, "阅读 下载 收藏 打印"),
                *_thumbnails(rng, pages, counters=True), ""]
        foot = ["", *_maybe(rng, 0.5, "展开阅读全文"), "免费阅读已结束", *_maybe(rng, 0.6, "加入VIP"),
                f"©20{rng.randint(18, 24)} Baidu | 由百度智能云提供计算服务"]
    return head, foot


def _damage_body(rng: random.Random, clean: str, pages: int, info: dict) -> str:
    """Clean text -> a damaged preview body (chunks, markers, spaces, wraps, 、-decimals)."""
    body = clean
    if rng.random() < 0.25:  # "65.16%" -> "65、16%" for some percentages
        info["comma_decimal"] = True
        body = _DECIMAL_PERCENT.sub(lambda m: f"{m[1]}、{m[2]}" if rng.random() < 0.6 else m[0], body)
    if rng.random() < 0.3:  # hard line wraps between a number and its unit
        info["wraps"] = True
        body = _NUMBER_UNIT.sub(lambda m: "\n" if rng.random() < 0.4 else "", body)
    if rng.random() < 0.8:  # spaces between CJK characters (and between CJK and digits)
        p = rng.uniform(0.03, 0.5)
        info["space_rate"] = round(p, 2)
        body = _SPACE_GAP.sub(lambda m: " " * rng.choice((1, 1, 1, 2)) if rng.random() < p else "", body)
    # page markers "- N -": page 1 opens the text; later pages start anywhere
    cuts = sorted(rng.sample(range(1, len(body)), pages - 1))
    parts, last = ["- 1 -"], 0
    for n, cut in enumerate(cuts, start=2):
        parts += [body[last:cut], f"- {n} -"]
        last = cut
    parts.append(body[last:])
    body = "".join(parts)
    # preview chunks of random sizes, each after a blank line with a counter "N、"
    chunks, pos = [], 0
    lo, hi = rng.choice(((150, 400), (250, 700), (500, 1500)))
    while pos < len(body):
        size = rng.randint(lo, hi)
        chunks.append(body[pos : pos + size])
        pos += size
    info["chunks"] = len(chunks)
    return "\n\n".join(f"{i}、{chunk}" for i, chunk in enumerate(chunks, start=1))


def make_document(rng: random.Random, clean: str, opencc_s2t) -> tuple[bytes, dict]:
    """One damaged scrape: its bytes and a description of the damage."""
    site = rng.choice(SITES)
    pages = rng.randint(5, 20)
    info: dict = {"site": site, "pages": pages}
    head, foot = _chrome(rng, site, pages)
    text = "\n".join([*head, _damage_body(rng, clean, pages, info), *foot]) + "\n"
    if rng.random() < 0.2:  # a traditional-script mirror: chrome and body
        info["traditional"] = True
        text = opencc_s2t.convert(text)
    codec = rng.choices([c for c, _ in ENCODINGS], weights=[w for _, w in ENCODINGS])[0]
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:  # a character outside GBK (e.g. ©): the page was saved as GB18030
        codec = "gb18030"
        data = text.encode(codec)
    info["encoding"] = codec
    return data, info


def build_corpus(folder: Path, docs: int) -> dict:
    """Write ``docs`` damaged scrapes into ``folder``; return a summary."""
    import opencc

    import dangjian

    clean = dangjian.load_clean().text
    s2t = opencc.OpenCC("s2t")
    rng = random.Random(0)
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    total = 0
    counts: dict[str, dict] = {"site": {}, "encoding": {}}
    flags = {"traditional": 0, "comma_decimal": 0, "wraps": 0, "spaces": 0}
    for i in range(docs):
        data, info = make_document(rng, clean, s2t)
        (folder / f"doc{i:05d}_{info['site']}_{info['encoding']}.txt").write_bytes(data)
        digest.update(data)
        total += len(data)
        for key in counts:
            counts[key][info[key]] = counts[key].get(info[key], 0) + 1
        flags["traditional"] += "traditional" in info
        flags["comma_decimal"] += "comma_decimal" in info
        flags["wraps"] += "wraps" in info
        flags["spaces"] += "space_rate" in info
    return {"docs": docs, "bytes": total, "sha256": digest.hexdigest(), **counts, "damage": flags}


# ---------------------------------------------------------------------------
# Measurements (each in a child process)
# ---------------------------------------------------------------------------


def _maxrss_mb(who: int) -> float:
    # Linux reports kilobytes, macOS bytes.
    rss = resource.getrusage(who).ru_maxrss
    return rss / (2**20 if sys.platform == "darwin" else 2**10)


def _cpu_seconds() -> tuple[float, float]:
    """User + system CPU time of this process, and of its waited-for children."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def _proc_stat() -> dict[str, int]:
    """Cumulative CPU ticks of the whole machine by state (Linux; empty elsewhere)."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    except OSError:
        return {}
    names = ("user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal")
    return dict(zip(names, map(int, fields)))


class _Meter:
    """What the whole machine did while a measurement ran (Linux /proc/stat).

    ``foreign`` is the share of all CPUs used by processes other than this
    one and its children: another job on the machine slows the measurement.
    """

    def __init__(self) -> None:
        self.stat, self.cpu, self.t = _proc_stat(), sum(_cpu_seconds()), time.perf_counter()

    def stop(self) -> dict[str, float]:
        stat = {k: v - self.stat.get(k, 0) for k, v in _proc_stat().items()}
        ticks = sum(stat.values())
        if not ticks:
            return {}
        busy = (stat["user"] + stat["nice"] + stat["system"] + stat["irq"] + stat["softirq"]) / ticks
        own = (sum(_cpu_seconds()) - self.cpu) / ((time.perf_counter() - self.t) * (os.cpu_count() or 1))
        return {"busy": busy, "own": own, "foreign": max(0.0, busy - own), "steal": stat["steal"] / ticks}


def _files(corpus: Path) -> list[Path]:
    return sorted(corpus.glob("*.txt"))


def phase_stages(corpus: Path) -> dict:
    """Read/decode, floor, and the clean, extract and check stages, single process."""
    import dangjian
    from dangjian.engine.clean import clean_text
    from dangjian.engine.extract import check_records, extract_records
    from dangjian.engine.source import decode_bytes

    files = _files(corpus)
    blobs = [p.read_bytes() for p in files]
    nbytes = sum(map(len, blobs))
    out: dict = {"docs": len(files), "bytes": nbytes, "rows": {}}

    meter = _Meter()

    def best_of(fn) -> tuple[float, float]:
        """Fastest of FLOOR_REPEATS runs: (wall seconds, CPU seconds of that run)."""
        runs = []
        for _ in range(FLOOR_REPEATS):
            t, c = time.perf_counter(), time.process_time()
            fn()
            runs.append((time.perf_counter() - t, time.process_time() - c))
        return min(runs)

    # Reading and decoding (files are in the page cache after the read above).
    texts: list[str] = []

    def read_decode() -> None:
        texts[:] = [decode_bytes(p.read_bytes(), name=str(p)).text for p in files]

    out["rows"]["read + decode"] = best_of(read_decode)
    out["chars"] = sum(map(len, texts))

    # The floor: one compiled regex pass over every decoded text, consumed fully.
    out["rows"]["floor (regex pass)"] = best_of(lambda: _floor_pass(texts))
    out["floor_matches"] = _floor_pass(texts)

    # The stages, each over all documents; outputs are kept as the next stage's input.
    names = [p.stem for p in files]

    def once(stage: str, fn):
        t, c = time.perf_counter(), time.process_time()
        result = fn()
        out["rows"][stage] = (time.perf_counter() - t, time.process_time() - c)
        return result

    results = once("clean", lambda: [clean_text(text) for text in texts])
    claims = once("extract", lambda: [extract_records(r, source=n) for r, n in zip(results, names)])
    checks = once("check", lambda: [check_records(c) for c in claims])
    out["rss_self_mb"] = _maxrss_mb(resource.RUSAGE_SELF)
    out["machine"] = meter.stop()

    # Is the corpus a fair one? Compare every document with the bundled report.
    reference = dangjian.load_clean()
    ref_claims = extract_records(reference, source="reference")
    ref_reported = [c["reported"] for c in ref_claims]
    out["same_clean_text"] = sum(r.text == reference.text for r in results)
    out["same_statistics"] = sum([x["reported"] for x in c] == ref_reported for c in claims)
    out["reference_statistics"] = len(ref_reported)
    out["reference_checks"] = len(check_records(ref_claims))
    out["claims_per_doc"] = sorted({len(c) for c in claims})
    out["checks_per_doc"] = sorted({len(k) for k in checks})
    out["differing"] = [names[i] for i, c in enumerate(claims) if [x["reported"] for x in c] != ref_reported][:10]

    # Python heap (tracemalloc) of each stage, on a sample, outputs kept.
    k = min(TRACE_DOCS, len(texts))
    heap = {}
    tracemalloc.start()
    for stage, run in (
        ("clean", lambda: [clean_text(x) for x in texts[:k]]),
        ("extract", lambda: [extract_records(r, source=n) for r, n in zip(results[:k], names[:k])]),
        ("check", lambda: [check_records(c) for c in claims[:k]]),
    ):
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        kept = run()
        heap[stage] = (tracemalloc.get_traced_memory()[1] - base) / 2**20
        del kept
    tracemalloc.stop()
    out["heap_mb"] = heap
    out["heap_docs"] = k
    return out


def _floor_pass(texts: list[str]) -> int:
    """The floor: one compiled regex pass over every text, consumed fully; returns the matches."""
    pattern = re.compile(FLOOR_PATTERN)
    matches = 0
    for text in texts:
        for _m in pattern.finditer(text):
            matches += 1
    return matches


def _floor_of(files: list[Path]) -> float:
    """:func:`_floor_seconds` over the decoded texts of ``files`` (the floor of a run, timed in its own process)."""
    from dangjian.engine.source import decode_bytes

    return _floor_seconds([decode_bytes(p.read_bytes(), name=str(p)).text for p in files])


def _floor_seconds(texts: list[str]) -> float:
    """Fastest of FLOOR_REPEATS floor passes over ``texts`` (wall seconds)."""
    best = float("inf")
    for _ in range(FLOOR_REPEATS):
        t = time.perf_counter()
        _floor_pass(texts)
        best = min(best, time.perf_counter() - t)
    return best


def phase_audit(corpus: Path, workers: int) -> dict:
    """``audit_paths`` on the corpus files with ``workers`` processes, its own
    floor just before and after, then writing its results: the package's writer, and the same bytes with plain writes
    (the command end to end is :func:`phase_command`, in a fresh process of its own)."""
    from dangjian.engine.cli import audit_paths, write_outputs

    files = _files(corpus)
    nbytes = sum(p.stat().st_size for p in files)
    # The host's speed drifts over minutes, so each audit gets a floor timed
    # in the same process right before and after it; the faster one counts.
    floor_before = _floor_of(files)
    meter = _Meter()
    cpu0 = _cpu_seconds()
    t = time.perf_counter()
    results = audit_paths(files, workers=workers, progress=False)
    seconds = time.perf_counter() - t
    cpu = [b - a for a, b in zip(cpu0, _cpu_seconds())]
    machine = meter.stop()
    floor_after = _floor_of(files)
    # Writing the output folder (per-file CSVs, clean text, HTML, combined tables).
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        write_outputs(results, Path(tmp) / "out")
        write_seconds = time.perf_counter() - t
        # The file system's own share: the same bytes, read back, written again with plain
        # mkdir/open/write (no CSV or HTML to format) into a fresh folder of the same layout.
        written = [(f.relative_to(Path(tmp) / "out"), f.read_bytes()) for f in sorted((Path(tmp) / "out").rglob("*")) if f.is_file()]
        files_written = len(written)
        again = Path(tmp) / "again"
        t = time.perf_counter()
        for rel, data in written:
            target = again / rel
            if not target.parent.is_dir():
                target.parent.mkdir(parents=True)
            with open(target, "wb") as f:
                f.write(data)
        fs_seconds = time.perf_counter() - t
        del written
    checks = sum(len(r.check_rows) for r in results)
    errors = sum(bool(r.error) for r in results)
    del results
    return {
        "docs": len(files),
        "bytes": nbytes,
        "seconds": seconds,
        "cpu_parent_seconds": cpu[0],
        "cpu_workers_seconds": cpu[1],
        "cpu_seconds": sum(cpu),
        "machine": machine,
        "errors": errors,
        "checks": checks,
        "write_seconds": write_seconds,
        "files_written": files_written,
        "fs_seconds": fs_seconds,
        "floor_seconds": min(floor_before, floor_after),
        "floor_before_after": [floor_before, floor_after],
        "rss_self_mb": _maxrss_mb(resource.RUSAGE_SELF),
        "rss_children_mb": _maxrss_mb(resource.RUSAGE_CHILDREN),
    }


def phase_command(corpus: Path, workers: int, per_file: bool) -> dict:
    """``dangjian audit`` end to end (``audit_to_folder``) in a fresh process, as a user runs it,
    with its own floor just before and after: wall and CPU seconds (parent and workers)."""
    from dangjian.engine.cli import audit_to_folder

    files = _files(corpus)
    floor_before = _floor_of(files)
    meter = _Meter()
    with tempfile.TemporaryDirectory() as tmp:
        cpu0 = _cpu_seconds()
        t = time.perf_counter()
        results = audit_to_folder(files, Path(tmp) / "out", workers=workers, progress=False, per_file=per_file)
        seconds = time.perf_counter() - t
        cpu = [b - a for a, b in zip(cpu0, _cpu_seconds())]
    machine = meter.stop()
    floor_after = _floor_of(files)
    return {"docs": len(files), "seconds": seconds, "cpu_parent_seconds": cpu[0], "cpu_workers_seconds": cpu[1],
            "cpu_seconds": sum(cpu), "errors": sum(bool(r.error) for r in results), "machine": machine,
            "floor_seconds": min(floor_before, floor_after), "floor_before_after": [floor_before, floor_after]}


def scale_corpus(corpus: Path, folder: Path, docs: int) -> Path:
    """``docs`` documents for the linearity runs: the corpus's files, copied under new names as often as needed.

    Copies cost nothing to make and audit exactly as their originals do, so
    documents/s at 200, 2,000 and 20,000 documents compare the command's
    scaling, not the mix of the corpus.
    """
    files = _files(corpus)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(docs):
        src = files[i % len(files)]
        dst = folder / f"c{i:06d}_{src.name}"
        if not dst.exists():
            os.link(src, dst) if src.stat().st_dev == folder.stat().st_dev else dst.write_bytes(src.read_bytes())
    return folder


def phase_scale(corpus: Path, workers: int, per_file: bool) -> dict:
    """``dangjian audit`` end to end (``audit_to_folder``) on every file of ``corpus``, in a fresh process:
    wall time and the peak RSS of this process (the parent) and of its largest worker."""
    from dangjian.engine.cli import audit_to_folder

    files = _files(corpus)
    meter = _Meter()
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        results = audit_to_folder(files, Path(tmp) / "out", workers=workers, progress=False, per_file=per_file)
        seconds = time.perf_counter() - t
    return {"docs": len(files), "seconds": seconds, "errors": sum(bool(r.error) for r in results), "machine": meter.stop(),
            "rss_parent_mb": _maxrss_mb(resource.RUSAGE_SELF), "rss_largest_worker_mb": _maxrss_mb(resource.RUSAGE_CHILDREN)}


def phase_dask(corpus: Path, workers: int) -> dict:
    """``audit_paths`` on a Dask ``LocalCluster`` of ``workers`` single-threaded processes, against the local pool.

    The results must be the same rows as the local run's (the same frames);
    the time is the audit's alone (the cluster is started before the clock).
    """
    from distributed import LocalCluster

    from dangjian.engine.cli import audit_paths

    files = _files(corpus)
    local = audit_paths(files, workers=workers, progress=False)
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        t = time.perf_counter()
        remote = audit_paths(files, scheduler=cluster.scheduler_address, progress=False)
        seconds = time.perf_counter() - t
    same = [(r.claim_rows, r.check_rows) for r in local] == [(r.claim_rows, r.check_rows) for r in remote]
    return {"docs": len(files), "workers": workers, "seconds": seconds, "same_frames_as_local": same,
            "errors": sum(bool(r.error) for r in remote)}


#: The child that times one file's audit from a cold interpreter, step by step.
_COLD_STEPS = r"""
import json, sys, time
from pathlib import Path
t0 = time.perf_counter()
from dangjian.engine.clean import clean_text
from dangjian.engine.cli import audit_one, write_outputs
from dangjian.engine.extract import check_records, extract_records
from dangjian.engine.source import read_source
t1 = time.perf_counter()
path, out = Path(sys.argv[1]), Path(sys.argv[2])
raw = read_source(path); t2 = time.perf_counter()
result = clean_text(raw.text); t3 = time.perf_counter()
claims = extract_records(result, source=path.stem); t4 = time.perf_counter()
checks = check_records(claims); t5 = time.perf_counter()
r = audit_one(path); t6 = time.perf_counter()
write_outputs([r], out); t7 = time.perf_counter()
print(json.dumps({"imports": t1 - t0, "reading": t2 - t1, "cleaning": t3 - t2, "extraction": t4 - t3,
                  "checks": t5 - t4, "writing": t7 - t6}))
"""


def phase_length(sizes_mb: list[float], fuzz: int = 300) -> dict:
    """``dj.audit_text`` on one document made long by repeating the bundled report, at each size; and the slowest of
    ``fuzz`` damaged windows of it (every per-document step must be linear in the document's length, and no text slow)."""
    import random

    import dangjian as dj
    from dangjian import paths
    from dangjian.engine.source import SourceError

    raw = paths.RAW_REPORT.read_text(encoding="utf-8")
    dj.audit_text(raw)  # imports and caches warm before the clock
    runs = []
    for mb in sizes_mb:
        text = "\n".join([raw] * max(1, round(mb * 1e6 / len(raw.encode("utf-8")))))
        kb = len(text.encode("utf-8")) / 1024
        t = time.perf_counter()
        result = dj.audit_text(text)
        seconds = time.perf_counter() - t
        runs.append({"mb": mb, "kb": kb, "seconds": seconds, "ms_per_kb": 1e3 * seconds / kb, "claims": len(result.claims)})
    rng = random.Random(7)
    inserts = ["0", "9", "%", "±", "。", "．", "１", "-", "人", "份", "共", "其中", "(n=0)", "P<0.05", "t=", "12." + "3" * 5000, "3 418人", "\n"]
    slowest = 0.0
    for _ in range(fuzz):
        start = rng.randrange(len(raw))
        chars = list(raw[start : start + rng.choice([200, 800, 2500])])
        for _ in range(rng.choice([1, 5, 20, 60])):
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(inserts))
        t = time.perf_counter()
        try:
            dj.audit_text("".join(chars))
        except SourceError:
            pass
        slowest = max(slowest, time.perf_counter() - t)
    return {"runs": runs, "fuzz": fuzz, "fuzz_slowest_seconds": slowest}


def phase_cold_start(path: Path, repeat: int = 3) -> dict:
    """One file, cold start: the command end to end (best of ``repeat``) and its steps in a fresh interpreter.

    The interpreter's own start-up is the difference between the command and
    the sum of the steps (it includes ``python -m`` and argument parsing).
    """
    best, steps = float("inf"), None
    with tempfile.TemporaryDirectory(prefix="dangjian-cold-") as tmp:
        for i in range(repeat):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "dangjian", "audit", str(path), "--out", f"{tmp}/cmd{i}"],
                           check=True, capture_output=True)
            best = min(best, time.perf_counter() - t)
            done = subprocess.run([sys.executable, "-c", _COLD_STEPS, str(path), f"{tmp}/steps{i}"],
                                  check=True, capture_output=True, text=True)
            run = json.loads(done.stdout)
            if steps is None or sum(run.values()) < sum(steps.values()):
                steps = run
    return {"file": path.name, "command_seconds": best, "steps": steps}


def make_pdf(path: Path, pages: int) -> int:
    """A ``pages``-page PDF of the bundled report's clean text, typeset as a word processor prints it (justified lines of
    reportlab's CID font STSong-Light, a running header and a page-number footer), the text repeated until the pages are
    full; returns the number of pages written."""
    import re

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    from dangjian import paths
    from dangjian.engine.cli import audit_file

    font, size, width, per_page = "STSong-Light", 11, 430.0, 38
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    paragraphs = audit_file(paths.RAW_REPORT).paragraphs.split("\n")
    lines: list[tuple[str, bool]] = []
    while len(lines) < pages * per_page:
        for paragraph in paragraphs:
            line = ""
            for token in re.findall(r"[A-Za-z0-9.%+\-/]+ ?|.", paragraph):
                if line and pdfmetrics.stringWidth((line + token).rstrip(), font, size) > width:
                    lines.append((line.rstrip(), True))
                    line = ""
                line += token
            lines.append((line.rstrip(), False))
    c = canvas.Canvas(str(path), pagesize=A4)
    for number in range(1, pages + 1):
        c.setFont(font, 9)
        c.drawCentredString(A4[0] / 2, A4[1] - 50, "某县委组织部调研报告")
        c.drawCentredString(A4[0] / 2, 40, f"- {number} -")
        for k, (text, justify) in enumerate(lines[(number - 1) * per_page : number * per_page]):
            t = c.beginText(72, A4[1] - 90 - 18 * k)
            t.setFont(font, size)
            t.setCharSpace((width - pdfmetrics.stringWidth(text, font, size)) / (len(text) - 1) if justify and len(text) > 1 else 0)
            t.textLine(text)
            c.drawText(t)
        c.showPage()
    c.save()
    return pages


def phase_pdf(pages: int, repeat: int = 3) -> dict:
    """Time per page of a ``pages``-page PDF (:func:`make_pdf`): reading its text layer (``read_source``: pdfplumber's
    lines, tables and the layout found) and the whole audit of the file (``audit_file``), best of ``repeat``, in this
    process after one warm-up run (the imports are not counted)."""
    from dangjian.engine.cli import audit_file
    from dangjian.engine.source import read_source

    with tempfile.TemporaryDirectory(prefix="dangjian-pdf-") as tmp:
        path = Path(tmp) / f"report-{pages}p.pdf"
        make_pdf(path, pages)
        result = audit_file(path)  # warm-up: imports, caches
        read, audit = float("inf"), float("inf")
        for _ in range(repeat):
            t = time.perf_counter()
            read_source(path)
            read = min(read, time.perf_counter() - t)
            t = time.perf_counter()
            result = audit_file(path)
            audit = min(audit, time.perf_counter() - t)
        return {"pages": pages, "bytes": path.stat().st_size, "read_seconds": read, "audit_seconds": audit,
                "statistics": len(result.claims), "pages_seen": int(result.claims["page"].nunique())}


def _burn(n: int) -> int:
    """Pure-Python CPU work with no I/O and no shared state."""
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def machine_ceiling(workers: list[int], repeat: int = 3, jobs: int = 12, n: int = 2_500_000) -> dict[int, float]:
    """Fastest seconds for ``jobs`` equal pure-Python CPU jobs at each worker count.

    The speed-up this gives is the most that parallel work of any kind can
    get on this machine (virtual CPUs can share a physical core or be
    throttled), so it is the yardstick for the audit's own speed-up.
    """
    from concurrent.futures import ProcessPoolExecutor

    best: dict[int, float] = {}
    for _ in range(repeat):
        for w in workers:
            t = time.perf_counter()
            if w == 1:
                [_burn(n) for _ in range(jobs)]
            else:
                with ProcessPoolExecutor(w) as pool:
                    list(pool.map(_burn, [n] * jobs))
            best[w] = min(best.get(w, float("inf")), time.perf_counter() - t)
    return best


def breakdown(files: list[Path]) -> str:
    """Milliseconds per document of each step of ``audit_file`` (no profiler overhead)."""
    from dangjian.engine.clean import RULES, Rule, clean_text
    from dangjian.engine.cli import render_report
    from dangjian.engine.extract import check_records, extract_records
    from dangjian.engine.source import read_source

    steps: dict[str, float] = {}

    def timed(name: str, fn, *a, **kw):
        t = time.perf_counter()
        out = fn(*a, **kw)
        steps[name] = steps.get(name, 0.0) + time.perf_counter() - t
        return out

    # The same rules, each wrapped in a timer (clean_text takes the pipeline as an argument).
    rules = [Rule(r.name, lambda traced, r=r: timed(f"clean: {r.name}", r.apply, traced)) for r in RULES]
    clean_total = 0.0
    for p in files:
        raw = timed("read_source", read_source, p)
        t = time.perf_counter()
        result = clean_text(raw.text, rules)
        clean_total += time.perf_counter() - t
        claims = timed("extract_records", extract_records, result, source=p.stem)
        checks = timed("check_records", check_records, claims)
        timed("repair_log", result.repair_log)
        timed("render_report", render_report, p.stem, result, claims, checks)
    steps["clean: rest (trim, CleanResult)"] = clean_total - sum(v for k, v in steps.items() if k.startswith("clean: "))
    total = sum(steps.values())
    n = len(files)
    lines = [f"Milliseconds per document of each step of audit_file, {n} documents "
             f"(total {total / n * 1e3:.1f} ms/doc, of which clean_text {clean_total / n * 1e3:.1f})", ""]
    for name, sec in sorted(steps.items(), key=lambda kv: -kv[1]):
        lines.append(f"  {name:36s} {sec / n * 1e3:7.2f} ms  {sec / total:5.1%}")
    return "\n".join(lines) + "\n"


def phase_profile(corpus: Path, docs: int, top: int = 25) -> str:
    """cProfile of ``audit_file`` over the first ``docs`` files (serial)."""
    import cProfile
    import io
    import pstats

    from dangjian.engine.cli import audit_file

    files = _files(corpus)[:docs]
    audit_file(files[0])  # warm up imports and lazy compiles
    prof = cProfile.Profile()
    prof.enable()
    for p in files:
        audit_file(p)
    prof.disable()
    buf = io.StringIO()
    buf.write(breakdown(files))
    stats = pstats.Stats(prof, stream=buf)
    buf.write(f"\ncProfile of audit_file over {len(files)} documents\n\n")
    stats.sort_stats("cumulative").print_stats(r"dangjian", top)
    stats.sort_stats("tottime").print_stats(top)
    return buf.getvalue()


def _child(*args: str) -> dict:
    """Run one phase in a fresh interpreter; return its JSON result."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        result = Path(f.name)
    try:
        subprocess.run([sys.executable, str(Path(__file__).resolve()), *args, "--_result", str(result)],
                       check=True, cwd=ROOT)
        return json.loads(result.read_text())
    finally:
        result.unlink(missing_ok=True)


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------


def machine() -> dict:
    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.rstrip()
        except (OSError, subprocess.CalledProcessError):
            return "?"

    # Uncommitted changes to the package are named: they may or may not touch the audit's code path.
    dirty = " ".join(line[3:].removeprefix("dangjian/") for line in
                     git("status", "--porcelain", "--untracked-files=all", "--", "dangjian").splitlines() if line[3:])
    return {
        "nproc": os.cpu_count(),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "system": f"{platform.system()} {platform.release()}",
        "cpu": _cpu_model(),
        "loadavg_before": [round(x, 2) for x in os.getloadavg()],
        "commit": git("rev-parse", "--short", "HEAD") + (f" + uncommitted dangjian/{{{dirty}}}" if dirty else ""),
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def _ratio(x: float) -> str:
    return f"{x:.2f}" if x < 10 else f"{x:,.0f}"


def render(corpus: dict, stages: dict, audits: dict[int, dict], env: dict) -> str:
    docs, nbytes = stages["docs"], stages["bytes"]
    floor, floor_cpu = stages["rows"]["floor (regex pass)"]
    rows = []

    def row(name: str, seconds: float, cpu: float, memory: str, machine: dict | None = None, own_floor: float | None = None) -> None:
        if machine and machine.get("foreign", 0) > NOISY:
            name += f" ⚠ other load {machine['foreign']:.0%}"
        ratio = f"{_ratio(seconds / own_floor)}× †" if own_floor else f"{_ratio(seconds / floor)}×"
        rows.append(f"| {name} | {seconds:.3f} | {cpu:.3f} | {docs / seconds:,.0f} | {nbytes / seconds / 1e6:,.2f} | "
                    f"{ratio} | {memory} |")

    heap = stages["heap_mb"]
    k = stages["heap_docs"]
    row("floor: one regex pass", floor, floor_cpu, "–", stages.get("machine"))
    row("read + decode", *stages["rows"]["read + decode"], "–")
    for stage in ("clean", "extract", "check"):
        row(f"clean → extract → check: **{stage}**", *stages["rows"][stage], f"heap {heap[stage]:.1f} MB / {k} docs")
    parts = ("read + decode", "clean", "extract", "check")
    row("sum of read + decode + stages", sum(stages["rows"][s][0] for s in parts), sum(stages["rows"][s][1] for s in parts),
        f"RSS {stages['rss_self_mb']:.0f} MB (all outputs kept)")
    for w, a in sorted(audits.items()):
        mem = f"RSS {a['rss_self_mb']:.0f} MB" + (f", largest worker {a['rss_children_mb']:.0f} MB" if w > 1 else "")
        runs = a.get("all_seconds", [a["seconds"]])
        best_of = f" (best of {len(runs)})" if len(runs) > 1 else ""
        row(f"full audit (`audit_paths`), {w} worker{'s' if w > 1 else ''}{best_of}", a["seconds"], a["cpu_seconds"], mem,
            a.get("machine"), a.get("floor_seconds"))
    if audits:
        w, a = min(audits.items())
        row("writing the output folder (`write_outputs`, one process)", a["write_seconds"], a["write_seconds"], "–")
        if "fs_seconds" in a:
            row(f"… the same {a['files_written']:,} files' bytes written again with plain mkdir/open/write (the file system's share)",
                a["fs_seconds"], a["fs_seconds"], "–")
        for w, a in sorted(audits.items()):
            workers = f"{w} worker{'s' if w > 1 else ''}"
            if "end_to_end_seconds" in a:
                row(f"`dangjian audit` end to end (`audit_to_folder`: workers write), {workers}, fresh process",
                    a["end_to_end_seconds"], a["end_to_end_cpu_seconds"], "–", a.get("end_to_end_machine"), a.get("end_to_end_floor_seconds"))
            if "lean_seconds" in a:
                row(f"`dangjian audit --no-per-file` end to end, {workers}, fresh process",
                    a["lean_seconds"], a["lean_cpu_seconds"], "–", a.get("lean_machine"), a.get("lean_floor_seconds"))

    lines = [
        f"Corpus: {docs} documents, {nbytes / 1e6:.1f} MB ({nbytes / docs / 1e3:.1f} KB each, "
        f"{stages['chars'] / docs:,.0f} characters each), SHA-256 {corpus['sha256'][:16]}….",
        f"Machine: {env['nproc']} CPUs ({env['cpu']}), {env['machine']}, {env['system']}, Python {env['python']}, "
        f"load average before the run {env['loadavg_before']}, commit {env['commit']}.",
        "",
        "| measurement | seconds | CPU s | docs/s | MB/s | × floor | peak memory |",
        "|---|---:|---:|---:|---:|---:|---|",
        *rows,
        "",
    ]
    own = [(f"the {w}-worker {what}", a[key]) for w, a in sorted(audits.items())
           for key, what in (("floor_seconds", "audit"), ("end_to_end_floor_seconds", "command"), ("lean_floor_seconds", "--no-per-file command"))
           if key in a]
    if own:
        lines.append("† Against the floor timed in the same process just before and after that run (the faster of "
                     "the two): " + ", ".join(f"{f:.3f} s for {what}" for what, f in own)
                     + f". The other rows use the floor row above ({floor:.3f} s).")
        lines.append("")
    if len(audits) >= 2:
        ws = sorted(audits)
        one, many = audits[ws[0]]["seconds"], audits[ws[-1]]["seconds"]
        speedup = one / many
        ideal = ws[-1] / ws[0]
        lines.append(f"Speed-up from {ws[0]} to {ws[-1]} workers: {speedup:.2f}× (ideal {ideal:.0f}×, "
                     f"efficiency {speedup / ideal:.0%}; near-linear here means ≥ {NEAR_LINEAR:.0%}). "
                     "CPU time (user + system, parent + workers): "
                     + ", ".join(f"{audits[w]['cpu_parent_seconds']:.1f} + {audits[w]['cpu_workers_seconds']:.1f} s "
                                 f"at {w}" for w in ws)
                     + ".")
        ceiling = env.get("ceiling", {})
        if ws[0] in ceiling and ws[-1] in ceiling:
            machine_speedup = ceiling[ws[0]] / ceiling[ws[-1]]
            lines.append(f"The machine's own speed-up from {ws[0]} to {ws[-1]} processes on a pure-Python CPU loop "
                         f"(no I/O, nothing shared; best of 3): {machine_speedup:.2f}×. The audit reaches "
                         f"{speedup / machine_speedup:.0%} of that.")

    def other(m: dict) -> str:
        return f"{m.get('foreign', float('nan')):.0%}" + (f" (steal {m['steal']:.0%})" if m.get("steal") else "")

    lines.append("Other load: share of all CPUs used by other processes during the measurement: "
                 f"{other(stages.get('machine', {}))} during read/floor/stages, "
                 + ", ".join(f"{other(a.get('machine', {}))} during the {w}-worker audit" for w, a in sorted(audits.items()))
                 + f"; load average before / after: {env['loadavg_before']} / {env.get('loadavg_after', '?')}.")
    best_w, best_a = min(audits.items(), key=lambda wa: wa[1]["seconds"] / wa[1].get("floor_seconds", floor))
    best_floor = best_a.get("floor_seconds", floor)
    best = best_a["seconds"] / best_floor
    one_cpu = min(audits.values(), key=lambda a: a["cpu_seconds"])["cpu_seconds"]
    lines.append(f"Target \"full audit within {FLOOR_TARGET}× the floor\": best full audit is "
                 f"{best:,.0f}× its floor in wall time, at {best_w} worker(s) ({'met' if best <= FLOOR_TARGET else 'not met'}; "
                 f"{FLOOR_TARGET}× would be {best_floor * FLOOR_TARGET:.3f} s for the corpus); against the floor row it is "
                 f"{best_a['seconds'] / floor:,.0f}×; in CPU time the audit's work is {one_cpu / floor_cpu:,.0f}× the floor's.")
    ends = {w: a for w, a in audits.items() if "end_to_end_seconds" in a}
    if ends:
        parts = []
        for w, a in sorted(ends.items()):
            ratio = a["end_to_end_seconds"] / a["end_to_end_floor_seconds"]
            target = E2E_TARGETS.get(w)
            verdict = f" (target {target}×: {'met' if ratio <= target else 'not met'})" if target else ""
            parts.append(f"{ratio:,.0f}× its floor at {w} worker(s){verdict}")
        lines.append("`dangjian audit` end to end: " + "; ".join(parts) + ".")
        ceiling = env.get("ceiling", {})
        ws = sorted(ends)
        if len(ws) >= 2 and ws[0] in ceiling and ws[-1] in ceiling:
            speedup = ends[ws[0]]["end_to_end_seconds"] / ends[ws[-1]]["end_to_end_seconds"]
            machine_speedup = ceiling[ws[0]] / ceiling[ws[-1]]
            share = speedup / machine_speedup
            lines.append(f"End-to-end speed-up from {ws[0]} to {ws[-1]} workers: {speedup:.2f}×, {share:.0%} of the machine's own "
                         f"{machine_speedup:.2f}× (target {SPEEDUP_TARGET:.0%}: {'met' if share >= SPEEDUP_TARGET else 'not met'}).")
    lines.append(f"Corpus check: {stages['same_statistics']}/{docs} documents yield exactly the "
                 f"{stages['reference_statistics']} statistics of the bundled report "
                 f"({stages['same_clean_text']}/{docs} give its clean text character for character); "
                 "audit errors: " + ", ".join(f"{a['errors']} at {w} worker(s)" for w, a in sorted(audits.items())) + ".")
    scale = env.get("scale") or []
    if scale:
        rates = [s["docs"] / s["seconds"] for s in scale]
        spread = max(rates) / min(rates) - 1
        lines.append(
            "Linear in the corpus (`dangjian audit` end to end, per-file outputs, "
            f"{max(audits)} worker(s); the larger corpora repeat the corpus's files under new names): "
            + "; ".join(f"{s['docs']:,} documents {s['seconds']:.1f} s, {s['docs'] / s['seconds']:,.0f} docs/s, "
                        f"parent peak RSS {s['rss_parent_mb']:,.0f} MB (largest worker {s['rss_largest_worker_mb']:,.0f} MB)"
                        + (f" ⚠ other load {s['machine']['foreign']:.0%}" if s["machine"].get("foreign", 0) > NOISY else "")
                        for s in scale)
            + f". Spread of documents/s: {spread:.0%} (target within 15%: {'met' if spread <= 0.15 else 'not met'})."
        )
    for d in env.get("dask") or []:
        lines.append(f"Dask LocalCluster, {d['workers']} worker(s): {d['seconds']:.2f} s for {d['docs']:,} documents "
                     f"({d['docs'] / d['seconds']:,.0f} docs/s), same rows as the local pool: {'yes' if d['same_frames_as_local'] else 'NO'}, "
                     f"errors: {d['errors']}.")
    length = env.get("length")
    if length and length["runs"]:
        runs = length["runs"]
        ratio = runs[-1]["ms_per_kb"] / runs[0]["ms_per_kb"]
        lines.append(
            "Linear in a document's length (`dj.audit_text` on the bundled report repeated): "
            + "; ".join(f"{r['mb']:g} MB {r['seconds']:.2f} s, {r['ms_per_kb']:.3f} ms/KB" for r in runs)
            + f". Time per KB at the largest against the smallest: {ratio:.2f}× (target within 1.5×: {'met' if ratio <= 1.5 else 'not met'})."
            + f" Slowest of {length['fuzz']} damaged windows: {length['fuzz_slowest_seconds']:.2f} s (target under 2 s: "
            + f"{'met' if length['fuzz_slowest_seconds'] < 2 else 'not met'})."
        )
    cold = env.get("cold_start")
    if cold:
        steps = cold["steps"]
        lines.append(
            f"Single file, cold start (`python -m dangjian audit {cold['file']} --out DIR`, best of 3): "
            f"{cold['command_seconds']:.2f} s (target < {COLD_TARGET:.0f} s: {'met' if cold['command_seconds'] < COLD_TARGET else 'not met'}); "
            "its steps in a fresh interpreter: " + ", ".join(f"{k} {v * 1e3:.0f} ms" for k, v in steps.items())
            + f"; the interpreter's start-up and the command's own set-up take the remaining "
            f"{max(0.0, cold['command_seconds'] - sum(steps.values())) * 1e3:.0f} ms."
        )
    pdf = env.get("pdf")
    if pdf:
        lines.append(
            f"PDF of {pdf['pages']} pages ({pdf['bytes'] / 1e3:,.0f} KB, the report typeset with a running header and footer; best of 3 "
            f"in one warm process): reading the text layer {pdf['read_seconds'] / pdf['pages'] * 1e3:.0f} ms per page, the whole audit "
            f"of the file {pdf['audit_seconds'] / pdf['pages'] * 1e3:.0f} ms per page ({pdf['audit_seconds']:.2f} s; "
            f"{pdf['statistics']:,} statistics on {pdf['pages_seen']} pages)."
        )
    damage = corpus["damage"]
    lines.append(
        "Damage mix: sites " + ", ".join(f"{k} {v}" for k, v in sorted(corpus["site"].items()))
        + "; encodings " + ", ".join(f"{k} {v}" for k, v in sorted(corpus["encoding"].items()))
        + f"; traditional {damage['traditional']}, 、-decimals {damage['comma_decimal']}, "
        f"number/unit wraps {damage['wraps']}, CJK spacing {damage['spaces']}; every document has chunks and page markers."
    )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000, help="documents in the corpus (default 2000)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts for the full audit (default 1 2)")
    ap.add_argument("--out", type=Path, help="write benchmark.md and benchmark.json into this folder (default: print only)")
    ap.add_argument("--repeat", type=int, default=1, help="run each full audit this many times and keep the fastest (default 1)")
    ap.add_argument("--corpus", type=Path, help="build the corpus in this folder and keep it (default: a temporary folder)")
    ap.add_argument("--profile", type=int, metavar="N", help="only print a cProfile of audit_file over the first N documents")
    ap.add_argument("--ceiling-jobs", type=int, default=12, metavar="N",
                    help="jobs of the pure CPU loop that measures the machine's own speed-up (default 12)")
    ap.add_argument("--cold-file", type=Path, metavar="PATH",
                    help="the file of the single-file cold-start measurement (default: the bundled report)")
    ap.add_argument("--scale", type=int, nargs="*", default=[200, 2000, 20000], metavar="N",
                    help="corpus sizes of the linearity runs, end to end at the most workers (default 200 2000 20000; none to skip)")
    ap.add_argument("--dask", action="store_true", help="also time the audit on a Dask LocalCluster at each worker count")
    ap.add_argument("--length-mb", type=float, nargs="*", default=[0.25, 0.5, 1, 2], metavar="MB",
                    help="sizes of one long document, to show the audit linear in a document's length (default 0.25 0.5 1 2; none to skip)")
    ap.add_argument("--fuzz", type=int, default=300, metavar="N", help="damaged windows of the report whose slowest audit is recorded (default 300)")
    ap.add_argument("--pdf-pages", type=int, default=20, metavar="N",
                    help="pages of the PDF whose time per page is measured (default 20; 0 to skip)")
    ap.add_argument("--_phase", help=argparse.SUPPRESS)
    ap.add_argument("--_corpus", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--_result", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--_n", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--_sizes", default="[]", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args._phase:  # a child process: one measurement
        if args._phase == "stages":
            result = phase_stages(args._corpus)
        elif args._phase == "scale":
            result = phase_scale(args._corpus, args._n, per_file=True)
        elif args._phase in ("command", "command-lean"):
            result = phase_command(args._corpus, args._n, per_file=args._phase == "command")
        elif args._phase == "dask":
            result = phase_dask(args._corpus, args._n)
        elif args._phase == "length":
            result = phase_length(json.loads(args._sizes), args._n)
        else:
            result = phase_audit(args._corpus, args._n)
        args._result.write_text(json.dumps(result))
        return 0
    if args.docs < 2:
        ap.error("--docs must be at least 2")
    if args.repeat < 1 or min(args.workers) < 1:
        ap.error("--repeat and --workers must be at least 1")

    env = machine()
    with tempfile.TemporaryDirectory(prefix="dangjian-bench-") as tmp:
        folder = args.corpus or Path(tmp) / "corpus"
        if args.corpus and any(folder.glob("*.txt")):
            ap.error(f"{folder}: already holds .txt files; give an empty or new folder")
        t = time.perf_counter()
        corpus = build_corpus(folder, args.docs)
        print(f"corpus: {corpus['docs']} documents, {corpus['bytes'] / 1e6:.1f} MB in {folder} "
              f"({time.perf_counter() - t:.1f} s)", file=sys.stderr)
        if args.profile:
            print(phase_profile(folder, args.profile))
            return 0
        print("measuring: the machine's own speed-up on a pure CPU loop …", file=sys.stderr)
        env["ceiling"] = machine_ceiling(sorted(set(args.workers)), jobs=args.ceiling_jobs)
        print("measuring: one file from a cold start …", file=sys.stderr)
        from dangjian import paths

        env["cold_start"] = phase_cold_start(args.cold_file or paths.RAW_REPORT)
        if args.length_mb:
            print("measuring: one long document at " + ", ".join(f"{mb:g}" for mb in args.length_mb) + " MB, and damaged windows …", file=sys.stderr)
            env["length"] = _child("--_phase", "length", "--_sizes", json.dumps(args.length_mb), "--_n", str(args.fuzz))
        if args.pdf_pages:
            print(f"measuring: a PDF of {args.pdf_pages} pages …", file=sys.stderr)
            env["pdf"] = phase_pdf(args.pdf_pages)
        print("measuring: read/decode, floor, clean, extract, check …", file=sys.stderr)
        stages = _child("--_phase", "stages", "--_corpus", str(folder))
        audits: dict[int, dict] = {}
        for rep in range(args.repeat):  # alternate the worker counts; keep each one's fastest run
            for w in args.workers:
                print(f"measuring: full audit, {w} worker(s) (run {rep + 1}/{args.repeat}) …", file=sys.stderr)
                run = _child("--_phase", "audit", "--_corpus", str(folder), "--_n", str(w))
                runs = audits.get(w, {}).get("all_seconds", []) + [run["seconds"]]
                if w not in audits or run["seconds"] < audits[w]["seconds"]:
                    audits[w] = run
                audits[w]["all_seconds"] = runs
        for w in args.workers:
            for phase, key in (("command", "end_to_end"), ("command-lean", "lean")):
                print(f"measuring: `dangjian audit` end to end{' --no-per-file' if key == 'lean' else ''}, {w} worker(s) …", file=sys.stderr)
                os.sync()  # the folders the earlier runs wrote and deleted are on disk before the clock starts
                run = _child("--_phase", phase, "--_corpus", str(folder), "--_n", str(w))
                audits[w][f"{key}_seconds"] = run["seconds"]
                audits[w][f"{key}_cpu_seconds"] = run["cpu_seconds"]
                audits[w][f"{key}_cpu_split"] = [run["cpu_parent_seconds"], run["cpu_workers_seconds"]]
                audits[w][f"{key}_floor_seconds"] = run["floor_seconds"]
                audits[w][f"{key}_machine"] = run["machine"]
                audits[w]["errors"] += run["errors"]
        scale: list[dict] = []
        for n in args.scale:
            print(f"measuring: linearity, {n} documents end to end, {max(args.workers)} worker(s) …", file=sys.stderr)
            sized = scale_corpus(folder, Path(tmp) / f"scale{n}", n)
            scale.append(_child("--_phase", "scale", "--_corpus", str(sized), "--_n", str(max(args.workers))))
            shutil.rmtree(sized, ignore_errors=True)
        env["scale"] = scale
        if args.dask:
            env["dask"] = []
            for w in args.workers:
                print(f"measuring: Dask LocalCluster, {w} worker(s) …", file=sys.stderr)
                env["dask"].append(_child("--_phase", "dask", "--_corpus", str(folder), "--_n", str(w)))
    env["loadavg_after"] = [round(x, 2) for x in os.getloadavg()]
    table = render(corpus, stages, audits, env)
    print(table)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "benchmark.md").write_text(table, encoding="utf-8")
        payload = {"machine": env, "corpus": corpus, "stages": stages, "audits": audits}
        (args.out / "benchmark.json").write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {args.out}/benchmark.md and benchmark.json", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
