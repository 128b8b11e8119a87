"""What ``dangjian audit`` prints: a line per file, and the summary that ends the run; a reader that has gone away
(``dangjian audit … | head -1``) is no failure of the audit."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .audit import FileResult
from .verdicts import VERDICTS, Verdict

__all__ = [
    "say",
    "flush",
    "closing_summary",
]


def say(line: str, stream=None) -> None:
    """Print a line; a reader that has gone away (``dangjian audit … | head -1``) is no failure of the audit."""
    stream = stream or sys.stdout
    try:
        print(line, file=stream)
    except BrokenPipeError:
        _silence(stream)


def _silence(stream) -> None:
    """Point ``stream`` at the null device, so that neither later lines nor the flush at exit fail on a closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def flush(stream) -> None:
    """Flush ``stream``; a reader that has gone away silences it (:func:`say`), and no other error of the flush is raised."""
    try:
        stream.flush()
    except BrokenPipeError:
        _silence(stream)
    except (OSError, ValueError):
        pass


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def closing_summary(results: Sequence[FileResult], out: Path | str, *, per_file: bool = True) -> list[str]:
    """The lines that end ``dangjian audit``: over every file, what was read, found and judged, and where to look first.

    One line for the files (audited, unreadable, skipped), one for the
    statistics and the checks by verdict (worst first, the package's one
    order), one for the most common reason a check was ``not_checkable``
    (:func:`dangjian.engine.audit.not_checkable_reason`), then the review pages to open first
    (those with the most inconsistent, then consistent_if, checks) and the
    output folder.

    Examples
    --------
    >>> good = FileResult("a.txt", "a", streamed=(12, 5, {"inconsistent": 1, "consistent": 3, "not_checkable": 1}),
    ...                   reasons={"no_base (none before)": 1})
    >>> print("\\n".join(closing_summary([good, FileResult("b.txt", "b", error="empty file")], "out")))
    2 files read: 1 audited, 1 could not be read (see above)
    12 statistics, 5 checks: 1 inconsistent, 0 consistent_if, 3 consistent, 1 not_checkable
    not_checkable, most often: no_base (none before), 1 of 1
    look first: out/a/report.html (1 inconsistent)
    wrote out/: claims.csv, checks.csv, manifest.csv and one folder per file (report.html, claims.csv, checks.csv, …)
    """
    out = Path(out).as_posix()
    good = [r for r in results if not r.error]
    failed = sum(1 for r in results if r.error and not r.skipped)
    skipped = sum(1 for r in results if r.skipped)
    read = [f"{len(good)} audited"] + ([f"{failed} could not be read (see above)"] if failed else []) + ([f"{skipped} skipped"] if skipped else [])
    lines = [f"{_count(len(results), 'file')} read: " + ", ".join(read)]
    sizes = [r.sizes() for r in good]
    counts = {v: sum(r.verdict_counts().get(v, 0) for r in good) for v in VERDICTS}
    lines.append(f"{_count(sum(n for n, _ in sizes), 'statistic')}, {_count(sum(k for _, k in sizes), 'check')}: "
                 + ", ".join(f"{counts[v]} {v}" for v in VERDICTS))
    reasons: dict[str, int] = {}
    for r in good:
        for reason, n in r.reasons.items():
            reasons[reason] = reasons.get(reason, 0) + n
    if reasons:
        reason, n = min(reasons.items(), key=lambda item: (-item[1], item[0]))
        lines.append(f"not_checkable, most often: {reason}, {n} of {counts[Verdict.NOT_CHECKABLE]}")
    flagged = sorted((r for r in good if r.verdict_counts().get("inconsistent") or r.verdict_counts().get("consistent_if")),
                     key=lambda r: (-r.verdict_counts().get("inconsistent", 0), -r.verdict_counts().get("consistent_if", 0)))
    if not per_file:
        lines.append(f"look first: {out}/checks.csv, sorted by verdict (--no-per-file writes no review pages)")
    elif flagged:
        def why(r: FileResult) -> str:
            c = r.verdict_counts()
            return f"{c['inconsistent']} inconsistent" if c.get("inconsistent") else f"{c['consistent_if']} consistent_if"

        shown = ", ".join(f"{out}/{r.name}/report.html ({why(r)})" for r in flagged[:3])
        lines.append(f"look first: {shown}{f', and {len(flagged) - 3} more' if len(flagged) > 3 else ''}")
    elif good:
        lines.append(f"look first: {out}/{good[0].name}/report.html (every check consistent or not checkable)")
    lines.append(f"wrote {out}/: claims.csv, checks.csv, manifest.csv"
                 + (" and one folder per file (report.html, claims.csv, checks.csv, …)" if per_file else ""))
    return lines
