"""``dangjian audit``: clean, extract and check any scraped Chinese survey report.

For each input file the command writes, in ``--out DIR/<name>/``:

``clean.txt`` and ``repairs.csv``
    the clean text and the log of every repair (as for the bundled report);
``claims.csv``
    the statistics found automatically (:data:`dangjian.extract.CLAIM_COLUMNS`);
``checks.csv``
    every applicable consistency check (:data:`dangjian.extract.CHECK_COLUMNS`);
``report.html``
    a readable summary, inconsistent numbers first, each in its context.

``DIR/claims.csv`` and ``DIR/checks.csv`` combine all inputs (``source``
column).  The output folder appears all at once (it is built beside the
target, each worker writing the folders of the files it audited, and renamed
into place), an existing folder is replaced only with
``--force``, and inputs are only ever read.  Exit status: 0 when the run
worked (whatever the verdicts), 1 with ``--fail-on-inconsistent`` when a
check is inconsistent, 2 for a usage or input error (other inputs of the
same run are still processed).  Nothing here opens a network connection,
reads or writes pickle files, or evaluates input.
"""

from __future__ import annotations

import gc
import html
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .clean import REPAIR_COLUMNS, CleanResult, RepairLog, clean_text
from .extract import CHECK_COLUMNS, CLAIM_COLUMNS, check_records, extract_records
from .tabular import is_missing, records, to_frame, write_csv
from .source import SourceError, read_source

__all__ = ["FileResult", "audit_file", "audit_paths", "audit_to_folder", "collect_inputs", "render_report", "write_outputs", "run_audit"]


@dataclass
class FileResult:
    """What auditing one input produced (or the one-line error that stopped it).

    The tables are kept as plain records (cheap to build, pickle and write),
    and the repair log, hundreds of rows per file, as columns
    (:class:`dangjian.clean.RepairLog`) until :attr:`repair_rows` is read;
    :attr:`repairs`, :attr:`claims` and :attr:`checks` give them as frames.
    """

    path: str
    name: str
    error: str = ""
    clean: str = ""
    repair_log: RepairLog | None = None
    claim_rows: list[dict] = field(default_factory=list)
    check_rows: list[dict] = field(default_factory=list)
    html: str = ""

    @property
    def repair_rows(self) -> list[tuple]:
        """The repair log as tuples: ``source`` (the input's name), then :data:`dangjian.clean.REPAIR_COLUMNS`."""
        return self.repair_log.rows(self.name) if self.repair_log is not None else []

    @property
    def repairs(self) -> pd.DataFrame:
        """The repair log, columns ``source`` + :data:`dangjian.clean.REPAIR_COLUMNS`."""
        return to_frame(self.repair_rows, ["source", *REPAIR_COLUMNS], integers=("page",))

    @property
    def claims(self) -> pd.DataFrame:
        """The statistics found, columns :data:`dangjian.extract.CLAIM_COLUMNS`."""
        return to_frame(self.claim_rows, CLAIM_COLUMNS, integers=("base", "page"))

    @property
    def checks(self) -> pd.DataFrame:
        """The checks, columns :data:`dangjian.extract.CHECK_COLUMNS`."""
        return to_frame(self.check_rows, CHECK_COLUMNS)

    def verdict_counts(self) -> dict[str, int]:
        """How many checks gave each verdict."""
        counts: dict[str, int] = {}
        for row in self.check_rows:
            counts[row["verdict"]] = counts.get(row["verdict"], 0) + 1
        return counts

    def summary(self) -> str:
        """One line for the terminal."""
        if self.error:
            return f"{self.path}: error: {self.error}"
        counts = self.verdict_counts()
        parts = [f"{len(self.claim_rows)} statistics", f"{len(self.check_rows)} checks"]
        parts += [f"{counts[v]} {v}" for v in ("inconsistent", "consistent_if", "not_checkable") if v in counts]
        if not self.claim_rows:
            parts = ["no statistics found (no numbers with a unit or %)"]
        return f"{self.path}: " + ", ".join(parts)


def _strip_source_prefix(message: str, path: str) -> str:
    return message[len(path) + 2 :] if message.startswith(path + ": ") else message


def audit_file(path: str | Path, name: str | None = None) -> FileResult:
    """Audit one file; an input problem is returned as ``error``, never raised."""
    path = str(path)
    name = name or Path(path).stem
    try:
        raw = read_source(path)
    except SourceError as exc:
        return FileResult(path, name, error=_strip_source_prefix(str(exc), path))
    result = clean_text(raw.text)
    if not result.text.strip():
        return FileResult(path, name, error="no text left after removing site boilerplate")
    claims = extract_records(result, source=name)
    checks = check_records(claims)
    return FileResult(path, name, clean=result.text, repair_log=result.repair_log(), claim_rows=claims, check_rows=checks,
                      html=render_report(name, result, claims, checks))


def collect_inputs(paths: Sequence[str | Path]) -> tuple[list[Path], list[str]]:
    """Files to audit (folders searched for ``*.txt``), and one-line errors for bad paths."""
    files: list[Path] = []
    errors: list[str] = []
    for given in paths:
        p = Path(given)
        if p.is_dir():
            found = sorted(q for q in p.rglob("*.txt") if q.is_file())
            if not found:
                errors.append(f"{given}: error: folder has no .txt files")
            files += found
        elif p.exists():
            files.append(p)
        else:
            errors.append(f"{given}: error: no such file or folder")
    return files, errors


def _names(files: Sequence[Path]) -> list[str]:
    """Output folder names: file stems, made unique."""
    seen: dict[str, int] = {}
    out = []
    for f in files:
        stem = f.stem
        seen[stem] = seen.get(stem, 0) + 1
        out.append(stem if seen[stem] == 1 else f"{stem}-{seen[stem]}")
    return out


def audit_paths(
    files: Sequence[Path],
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: bool = True,
    staging: Path | None = None,
) -> list[FileResult]:
    """Audit files in parallel: local processes by default, a Dask cluster with ``scheduler``.

    Results come back in the order of ``files``.  With ``staging`` (a folder;
    local processes only), each file's outputs are written there by the
    process that audited it, and the results keep only their claims and
    checks: the writing runs in parallel, and the parent holds a few KB per
    file instead of the repair log, clean text and HTML.
    """
    names = _names(files)
    jobs = [(str(f), n) for f, n in zip(files, names)]
    if scheduler:
        if staging is not None:
            raise ValueError("staging needs local processes: a Dask worker may not see the folder")
        return _audit_dask(jobs, scheduler, progress)
    if staging is not None:
        jobs = [(*job, str(staging)) for job in jobs]
    task = audit_file if staging is None else _audit_file_into
    workers = workers or min(len(jobs), os.cpu_count() or 1)
    bar = _bar(len(jobs), progress)
    if workers <= 1 or len(jobs) <= 1:
        results = []
        with _batch_gc():
            for job in jobs:
                results.append(task(*job))
                bar.update()
        bar.close()
        return results
    from concurrent.futures import ProcessPoolExecutor

    # Files go to the workers in chunks: one task per file costs the parent
    # more bookkeeping than a small report costs to audit.
    chunksize = max(1, min(32, len(jobs) // (workers * 8)))
    results = []
    with ProcessPoolExecutor(max_workers=workers, initializer=_worker_init) as pool, _batch_gc():
        for result in pool.map(task, *zip(*jobs), chunksize=chunksize):
            results.append(result)
            bar.update()
    bar.close()
    return results


@contextmanager
def _batch_gc():
    """Fewer and cheaper garbage collections while many files are audited.

    Auditing allocates many small objects and creates no reference cycles
    of its own, yet each full collection walks every object alive: the
    imported libraries and all results kept so far.  Freezing what exists
    now takes it out of those walks, and a larger first-generation
    threshold makes collections rarer.  Both are undone on exit.
    """
    threshold = _worker_init()
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def _worker_init() -> tuple[int, int, int]:
    """Freeze the objects that exist now and make collections rarer (the set-up
    of each worker process, and of :func:`_batch_gc`); returns the old thresholds."""
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(threshold[0], 20_000), *threshold[1:])
    return threshold


def _audit_dask(jobs: list[tuple[str, str]], scheduler: str, progress: bool) -> list[FileResult]:
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise SystemExit("dangjian: error: --scheduler needs dask.distributed: pip install 'dangjian[dask]'") from None
    client = Client(scheduler)
    try:
        futures = client.map(audit_file, [p for p, _ in jobs], [n for _, n in jobs], pure=False)
        bar = _bar(len(futures), progress)
        for _ in as_completed(futures):
            bar.update()
        bar.close()
        return client.gather(futures)
    finally:
        client.close()


def _bar(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="file", disable=not enabled or total < 2, file=sys.stderr, leave=False)


def write_outputs(results: Iterable[FileResult], out: Path, *, force: bool = False) -> Path:
    """Write every result into ``out``, atomically.

    Raises
    ------
    FileExistsError
        If ``out`` exists and ``force`` is false.
    """
    out = Path(out)
    staging = _new_staging(out, force=force)
    try:
        results = [r for r in results if not r.error]
        for r in results:
            _write_file(r, staging / r.name)
        _commit(results, staging, out)
        return out
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def audit_to_folder(files: Sequence[Path], out: Path, *, workers: int | None = None, force: bool = False,
                    progress: bool = True) -> list[FileResult]:
    """Audit ``files`` and write the output folder ``out``, as ``dangjian audit`` does.

    Each worker writes the folders of the files it audited into a hidden
    staging folder beside ``out``; the combined tables follow, and the staging
    folder is renamed to ``out`` at the end, so ``out`` appears complete or
    not at all.  No folder is written when every file failed.  Returns the
    results, each with its claims and checks only (see :func:`audit_paths`).
    """
    out = Path(out)
    staging = _new_staging(out, force=force)
    try:
        results = audit_paths(files, workers=workers, progress=progress, staging=staging)
        good = [r for r in results if not r.error]
        if good:
            _commit(good, staging, out)
        else:
            shutil.rmtree(staging, ignore_errors=True)
        return results
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _audit_file_into(path: str, name: str, staging: str) -> FileResult:
    """:func:`audit_file`, writing the file's outputs into ``staging/name``;
    the result keeps only what the combined tables and the summary need."""
    result = audit_file(path, name)
    if result.error:
        return result
    _write_file(result, Path(staging) / result.name)
    return FileResult(result.path, result.name, claim_rows=result.claim_rows, check_rows=result.check_rows)


def _write_file(r: FileResult, folder: Path) -> None:
    """The five files of one audited input."""
    folder.mkdir()
    (folder / "clean.txt").write_text(r.clean + "\n", encoding="utf-8")
    write_csv(folder / "repairs.csv", ["source", *REPAIR_COLUMNS], r.repair_rows)
    write_csv(folder / "claims.csv", CLAIM_COLUMNS, r.claim_rows)
    write_csv(folder / "checks.csv", CHECK_COLUMNS, r.check_rows)
    (folder / "report.html").write_text(r.html, encoding="utf-8")


def _new_staging(out: Path, *, force: bool) -> Path:
    """A hidden folder beside ``out`` to build the output in."""
    if out.exists() and not force:
        raise FileExistsError(f"{out}: exists; use --force to replace it")
    out.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))


def _commit(results: Sequence[FileResult], staging: Path, out: Path) -> None:
    """Write the combined tables, then move ``staging`` to ``out`` (replacing it)."""
    write_csv(staging / "claims.csv", CLAIM_COLUMNS, (row for r in results for row in r.claim_rows))
    write_csv(staging / "checks.csv", CHECK_COLUMNS, (row for r in results for row in r.check_rows))
    if out.exists():
        old = out.with_name(f".{out.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        out.rename(old)
        staging.rename(out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        staging.rename(out)


# --- the human-readable report -------------------------------------------------

_CSS = """
body{font-family:"Noto Sans CJK SC","Noto Sans CJK JP","PingFang SC","Microsoft YaHei",sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.6;color:#222}
h1{font-size:1.5em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}
.finding{border-left:4px solid #999;padding:.4em .8em;margin:1em 0;background:#fafafa}
.inconsistent{border-color:#c0392b}.consistent_if{border-color:#e67e22}.not_checkable{border-color:#7f8c8d}.consistent{border-color:#27ae60}
mark{background:#ffe08a;padding:0 .1em}.ctx{font-size:1.05em}.meta{color:#555;font-size:.9em}
table{border-collapse:collapse;font-size:.9em}td,th{border:1px solid #ddd;padding:.2em .5em;text-align:left}
"""

_TITLES = {
    "inconsistent": ("Inconsistent numbers", "不一致的数字"),
    "consistent_if": ("Consistent only under an assumption", "需在特定假设下才一致"),
    "not_checkable": ("Not checkable", "无法核对"),
    "consistent": ("Consistent", "一致"),
}


_HTML_SPECIAL = re.compile("[&<>\"']")


def _escape(text: str) -> str:
    """``html.escape``, skipped for the many strings that need no escaping."""
    return html.escape(text) if _HTML_SPECIAL.search(text) else text


def _context(result: CleanResult, raw_start: int, raw_end: int, width: int = 40) -> str:
    start, end = result.offsets.searchsorted([raw_start, raw_end]).tolist()
    text = result.text
    before = html.escape(text[max(0, start - width) : start])
    number = html.escape(text[start:end])
    after = html.escape(text[end : end + width])
    return f"…{before}<mark>{number}</mark>{after}…"


def render_report(name: str, result: CleanResult, claims: pd.DataFrame | list[dict], checks: pd.DataFrame | list[dict]) -> str:
    """A self-contained HTML page: inconsistent numbers first, each in context with its arithmetic.

    ``claims`` and ``checks`` are frames or records (:mod:`dangjian.tabular`).
    """
    claim_rows = records(claims) if isinstance(claims, pd.DataFrame) else claims
    check_rows = records(checks) if isinstance(checks, pd.DataFrame) else checks
    by_id = {c["claim_id"]: c for c in claim_rows}
    by_verdict: dict[str, list[dict]] = {v: [] for v in _TITLES}
    for r in check_rows:
        by_verdict.setdefault(r["verdict"], []).append(r)
    esc = _escape
    parts = [
        "<!doctype html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        f"<title>dangjian audit: {esc(name)}</title><style>{_CSS}</style></head><body>",
        f"<h1>数字核查报告 · Audit of <code>{esc(name)}</code></h1>",
        f'<p class="meta">{len(claim_rows)} statistics found, {len(check_rows)} checks: '
        + ", ".join(f"{len(by_verdict[v])} {v}" for v in _TITLES)
        + ". Verdicts: consistent; consistent_if (only under the named assumption); inconsistent; not_checkable.</p>",
    ]
    for verdict, (en, zh) in _TITLES.items():
        rows = by_verdict[verdict]
        section_id = "inconsistencies" if verdict == "inconsistent" else verdict
        parts.append(f'<h2 id="{section_id}">{zh} · {en} ({len(rows)})</h2>')
        if not rows:
            parts.append("<p>None. 无。</p>")
            continue
        if verdict == "consistent":
            parts.append("<table><tr><th>check</th><th>claims</th><th>observed</th><th>explanation</th></tr>")
            parts += [
                f"<tr><td>{esc(r['check'])}</td><td>{esc(r['claim_ids'])}</td><td>{esc(str(r['observed']))}</td><td>{esc(r['explanation'])}</td></tr>"
                for r in rows
            ]
            parts.append("</table>")
            continue
        for r in rows:
            claim = by_id[r["claim_ids"].split()[-1]]
            ctx = _context(result, int(claim["raw_start"]), int(claim["raw_end"]))
            page = "" if is_missing(claim["page"]) else f", page {int(claim['page'])}"
            parts.append(
                f'<div class="finding {verdict}"><div class="ctx">{ctx}</div>'
                f'<p><strong>{esc(str(claim["reported"]))}</strong> ({esc(r["check"])}; claims {esc(r["claim_ids"])}{page}). '
                f"{esc(r['explanation'])}</p>"
                + (f'<p class="meta">Assumption: {esc(r["assumption"])}</p>' if r["assumption"] else "")
                + "</div>"
            )
    parts.append("<h2>All statistics · 全部数字</h2><table><tr><th>id</th><th>reported</th><th>kind</th><th>base</th><th>how the base was found</th><th>page</th></tr>")
    for c in claim_rows:
        base = "" if is_missing(c["base"]) else str(c["base"])
        page = "" if is_missing(c["page"]) else str(c["page"])
        parts.append(f"<tr><td>{c['claim_id']}</td><td>{esc(c['reported'])}</td><td>{c['kind']}</td><td>{base}</td><td>{esc(c['base_evidence'])}</td><td>{page}</td></tr>")
    parts.append("</table></body></html>\n")
    return "\n".join(parts)


# --- the command ------------------------------------------------------------------

def run_audit(args) -> int:
    """Run ``dangjian audit`` from parsed arguments; return the exit status."""
    files, errors = collect_inputs(args.paths)
    out = Path(args.out)
    if out.exists() and not args.force:
        print(f"dangjian: error: {out}: exists; use --force to replace it", file=sys.stderr)
        return 2
    inputs = {str(f.resolve()) for f in files}
    if str(out.resolve()) in inputs or any(Path(i).is_relative_to(out.resolve()) for i in inputs):
        print(f"dangjian: error: {out}: the output folder contains an input; choose another --out", file=sys.stderr)
        return 2
    if not files:
        results = []
    elif args.scheduler:  # Dask workers may not see a local folder: results come back and are written here
        results = audit_paths(files, workers=args.workers, scheduler=args.scheduler, progress=not args.quiet)
        if any(not r.error for r in results):
            write_outputs(results, out, force=args.force)
    else:
        results = audit_to_folder(files, out, workers=args.workers, force=args.force, progress=not args.quiet)
    for line in errors:
        print(line, file=sys.stderr)
    for r in results:
        print(r.summary(), file=sys.stderr if r.error else sys.stdout)
    good = [r for r in results if not r.error]
    if good:
        print(f"wrote {out}/ ({len(good)} file{'s' if len(good) != 1 else ''})")
    failed = bool(errors) or any(r.error for r in results)
    if failed:
        return 2
    if args.fail_on_inconsistent and any(r.verdict_counts().get("inconsistent") for r in good):
        return 1
    return 0
