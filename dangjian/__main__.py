"""Command line: ``python -m dangjian build [--out DIR]``.

Errors in the input are reported in one line on standard error, with exit
status 2; no traceback.
"""

from __future__ import annotations

import argparse
import sys

from .claims import LedgerError
from .source import SourceError
from .tables import TableShapeError

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dangjian", description="Clean, reproduce and audit a scraped Chinese survey report.")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="regenerate data/processed/ from data/raw/")
    b.add_argument("--out", default=None, help="write into this folder instead of data/processed/")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "build":
            from .pipeline import build

            for path in build(args.out):
                print(path.name)
    except (SourceError, TableShapeError, LedgerError, OSError) as exc:
        print(f"dangjian: error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
