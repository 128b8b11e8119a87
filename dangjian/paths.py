"""Every path the package uses, in one place.

Nothing else in :mod:`dangjian` hard-codes a path.  All paths are relative to
the repository root, which is found from this file's location, so the package
works from any working directory (a notebook, ``make``, or pytest).
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "ROOT",
    "DATA",
    "RAW",
    "PROCESSED",
    "NOTEBOOKS",
    "REPORTS",
    "RAW_REPORT",
    "RAW_SHA256",
    "LEDGER_SOURCE",
    "CROSS_REFERENCES",
    "GLOSSARY",
    "PROCESSED_FILES",
    "processed",
]

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
RAW = DATA / "raw"
PROCESSED = DATA / "processed"
NOTEBOOKS = ROOT / "notebooks"
REPORTS = ROOT / "reports"

#: The scrape, byte for byte: 金锄头文库 document 32656838, uploaded 2018-02-12,
#: 15 pages, DOC (only pages 1-7 are visible in the scrape).
RAW_REPORT = RAW / "jinchutou_32656838_2018-02-12_15p.txt"

#: SHA-256 of :data:`RAW_REPORT`, recorded when the scrape was copied in.
RAW_SHA256 = "0af856023c4f687cb46706e04a7648f727dad6d235765d5583ad2962f522d522"

#: The hand-curated meaning of every published number (input to the ledger build).
LEDGER_SOURCE = DATA / "claims_source.yaml"

#: Which claims the audit's cross-reference checks compare, by role (read by the audit).
CROSS_REFERENCES = DATA / "cross_references.yaml"

#: Terms of art with pinyin, English and an explanation (figures' labels included).
GLOSSARY = DATA / "glossary.csv"

#: File names that ``python -m dangjian build`` writes into ``data/processed/``.
PROCESSED_FILES = (
    "report_clean.txt",
    "repairs.csv",
    "offset_map.csv",
    "sections.csv",
    "debriefing_table.csv",
    "debriefing_reported_means.csv",
    "debriefing_table_meta.csv",
    "claims.csv",
    "audit.csv",
)


def processed(name: str, root: Path | None = None) -> Path:
    """Path of a processed file, in ``data/processed`` or in ``root``."""
    return (PROCESSED if root is None else Path(root)) / name
