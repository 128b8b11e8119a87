"""Regenerate ``data/processed/`` from ``data/raw/`` (one command, deterministic).

``python -m dangjian build`` runs :func:`build`.  Every output is a pure
function of the raw scrape and the curated sources in ``data/``: no
timestamps, no absolute paths, no randomness, so a rebuild is byte-identical
(the freshness test checks this).  Outputs are written atomically: all files
are first written into a temporary folder beside the target and moved into
place only when every one of them has been built, so a failure leaves the
previous outputs untouched and no partial file behind.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from . import paths
from .compendium.checks import ledger_checks, ledger_frame
from .compendium.claims import build_ledger
from .compendium.debriefing import DEBRIEFING_SPEC
from .engine.clean import CleanResult, clean_text
from .engine.outline import outline, section_pages
from .engine.source import SourceError, read_source
from .engine.tables import FlatTable, parse_flat_table

__all__ = ["load_clean", "load_table", "load_sections", "load_claims", "load_ledger_checks", "load_audit", "build", "write_csv", "Outputs"]

Outputs = dict[str, Callable[[Path], None]]


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """Write a frame as UTF-8 CSV with Unix line ends and no index (stable bytes)."""
    frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")


def load_clean(path: str | Path | None = None, *, check_sha256: bool = True) -> CleanResult:
    """Read the raw scrape and clean it.

    Parameters
    ----------
    path : path, optional
        A scrape; defaults to the bundled report :data:`dangjian.paths.RAW_REPORT`.
    check_sha256 : bool
        For the bundled report, refuse to work if its bytes have changed.

    Raises
    ------
    dangjian.engine.source.SourceError
        If the file cannot be read, or the bundled scrape's checksum differs.
    """
    source = read_source(paths.RAW_REPORT if path is None else path)
    if path is None and check_sha256 and source.sha256 != paths.RAW_SHA256:
        raise SourceError(
            f"{paths.RAW_REPORT}: SHA-256 is {source.sha256}, expected {paths.RAW_SHA256}; "
            "data/raw/ must hold the scrape byte for byte"
        )
    return clean_text(source.text)


def load_table(result: CleanResult | None = None) -> FlatTable:
    """The 二(二) evaluation table parsed from the clean text."""
    return parse_flat_table((result or load_clean()).text, DEBRIEFING_SPEC)


def load_sections(result: CleanResult | None = None) -> pd.DataFrame:
    """The outline of the clean report, with pages (as in ``sections.csv``)."""
    result = result or load_clean()
    return section_pages(outline(result.text), result)


def load_claims(result: CleanResult | None = None) -> pd.DataFrame:
    """The claims ledger (as in ``claims.csv``), built from the raw scrape and the curated source."""
    result = result or load_clean()
    return build_ledger(result, load_table(result), load_sections(result))


def load_ledger_checks(result: CleanResult | None = None) -> list:
    """The curated checks of every claim, as :class:`~dangjian.engine.results.Check` results with their facts
    (:func:`dangjian.compendium.checks.ledger_checks`; ``audit.csv`` holds them as rows)."""
    result = result or load_clean()
    return ledger_checks(load_claims(result), load_table(result), result)


def load_audit(result: CleanResult | None = None) -> pd.DataFrame:
    """The curated checks of every claim as a frame (as in ``audit.csv``, whose name it keeps)."""
    return ledger_frame(load_ledger_checks(result))


def _outputs(result: CleanResult) -> Outputs:
    table = load_table(result)
    sections = load_sections(result)
    claims = build_ledger(result, table, sections)
    audit = ledger_frame(ledger_checks(claims, table, result))
    return {
        "report_clean.txt": lambda p: p.write_text(result.text + "\n", encoding="utf-8"),
        "repairs.csv": lambda p: write_csv(result.repairs_frame(), p),
        "offset_map.csv": lambda p: write_csv(result.offset_frame(), p),
        "sections.csv": lambda p: write_csv(sections, p),
        "debriefing_table.csv": lambda p: write_csv(table.data, p),
        "debriefing_reported_means.csv": lambda p: write_csv(table.means, p),
        "debriefing_table_meta.csv": lambda p: write_csv(table.meta, p),
        "claims.csv": lambda p: write_csv(claims, p),
        "audit.csv": lambda p: write_csv(audit, p),
    }


def build(out_dir: str | Path | None = None) -> list[Path]:
    """Regenerate every processed file into ``out_dir`` (default ``data/processed``).

    Returns the written paths, in a fixed order.
    """
    target = Path(out_dir) if out_dir is not None else paths.PROCESSED
    target.mkdir(parents=True, exist_ok=True)
    result = load_clean()
    outputs = _outputs(result)
    staging = Path(tempfile.mkdtemp(prefix=".building-", dir=target))
    try:
        for name, write in outputs.items():
            write(staging / name)
        written = []
        for name in outputs:
            os.replace(staging / name, target / name)
            written.append(target / name)
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)
