"""Command line.

``python -m dangjian build [--out DIR]``
    regenerate ``data/processed/`` from ``data/raw/``.
``python -m dangjian audit PATH [PATH ...] --out DIR``
    clean, extract and check any scraped report (see :mod:`dangjian.engine.cli`).

The console script ``dangjian`` is the same program.  Errors in the input are
reported in one line on standard error with exit status 2; no traceback.
"""

from __future__ import annotations

import argparse
import signal
import sys

from .engine.source import SourceError, codec_name
from .engine.tables import TableShapeError

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    from .engine import __version__

    parser = argparse.ArgumentParser(prog="dangjian", description="Clean, reproduce and audit scraped Chinese survey reports.")
    parser.add_argument("--version", action="version", version=f"dangjian {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="regenerate data/processed/ from data/raw/")
    b.add_argument("--out", default=None, help="write into this folder instead of data/processed/")
    a = sub.add_parser("audit", help="clean, extract and check reports (.txt, .pdf, .docx, .html; files or folders)",
                       description="Clean, extract and check reports: plain text (.txt), PDF (.pdf, with a text layer), "
                                   "Word (.docx) and saved web pages (.html, .htm). A file is read by its content, not its name; "
                                   "an old binary .doc must be converted first (libreoffice --headless --convert-to docx FILE.doc), "
                                   "a scanned PDF needs OCR first.")
    a.add_argument("paths", nargs="+", metavar="PATH",
                   help="a report (.txt, .pdf, .docx, .html), or a folder searched for them")
    a.add_argument("--out", required=True, metavar="DIR", help="output folder (created; must not exist unless --force)")
    a.add_argument("--force", action="store_true",
                   help="replace an existing output folder, if dangjian audit wrote it and it holds nothing else")
    a.add_argument("--encoding", default=None, metavar="NAME",
                   help="read every input with this codec (e.g. big5, gb18030, utf-16) instead of detecting it")
    a.add_argument("--fail-on-inconsistent", action="store_true", help="exit 1 if any check is inconsistent")
    a.add_argument("--workers", type=int, default=None, metavar="N", help="local worker processes (default: one per core)")
    a.add_argument("--scheduler", default=None, metavar="ADDRESS", help="run on a Dask cluster (e.g. tcp://host:8786)")
    a.add_argument("--quiet", action="store_true", help="no progress bar")
    a.add_argument("--no-per-file", action="store_true",
                   help="write only the combined tables, manifest.csv and the marker, no folder per input (large corpora)")
    a.add_argument("--xlsx", action="store_true", help="also write DIR/audit.xlsx: claims, checks and one sheet per verdict")
    a.add_argument("--format", choices=("csv", "parquet"), default="csv",
                   help="format of the combined claims and checks tables at the top of DIR (default csv; parquet for corpora "
                        "of tens of thousands of reports: typed, compressed, read back with pandas.read_parquet)")
    return parser


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the program is, so that it cleans up as for Ctrl-C (the staging folder is removed)."""


def _on_sigterm(signum, frame) -> None:
    raise _Terminated


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread: leave signals to whoever owns it
        previous = None
    try:
        return _main(args, argv)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _main(args, argv: list[str] | None) -> int:
    try:
        if args.command == "build":
            from .compendium.claims import LedgerError  # the compendium loads only for build
            from .pipeline import build

            try:
                written = build(args.out)
            except LedgerError as exc:
                print(f"dangjian: error: {exc}", file=sys.stderr)
                return 2
            folder = written[0].parent if written else args.out
            print(f"wrote {len(written)} files to {folder}/: {', '.join(p.name for p in written)}")
            return 0
        from .engine.cli import run_audit

        if args.workers is not None and args.workers < 1:
            print("dangjian: error: --workers must be at least 1", file=sys.stderr)
            return 2
        if args.encoding is not None:
            args.encoding = codec_name(args.encoding)
        args.command_line = ["dangjian", *(sys.argv[1:] if argv is None else argv)]
        return run_audit(args)
    except (SourceError, TableShapeError, OSError) as exc:
        print(f"dangjian: error: {exc}", file=sys.stderr)
        return 2
    except _Terminated:
        print("dangjian: terminated", file=sys.stderr)
        return 128 + signal.SIGTERM
    except KeyboardInterrupt:
        print("dangjian: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
