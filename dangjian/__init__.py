"""dangjian: clean, reproduce and audit a scraped Chinese survey report.

Start here
----------
The bundled report, its ledger of published numbers and its curated checks::

    >>> import dangjian as dj
    >>> ledger = dj.load_claims()                 # every published number, with its quote
    >>> ledger.loc[ledger["claim_id"] == "C10", ["reported", "quote"]].values.tolist()
    [['65.16%', '认为“较好”以上的有202人,占65.16%']]
    >>> dj.load_audit()["verdict"].value_counts().to_dict()   # the curated checks (audit.csv)
    {'consistent': 58, 'not_checkable': 13, 'consistent_if': 13, 'inconsistent': 4}

Audit any other report, given as text (or a file: ``dj.audit_file(path)``)::

    >>> claims, checks = dj.audit_text("共发放问卷310份。认为较好的有202人,占65.16%。")
    >>> checks[["check", "verdict"]].values.tolist()
    [['part_of_base', 'consistent'], ['percent_of', 'consistent']]

Run one check yourself (GRIM: can 65.17% come from 310 people?)::

    >>> dj.grim("65.17", 310, percent=True)
    False

The public API is re-exported here, so a notebook reads ``dj.clean_text(...)``,
``dj.grim(...)``.  ``import dangjian`` stays light: pandas, statsmodels, scipy,
matplotlib and seaborn load only when a function that needs them is called.
The command line is ``dangjian audit PATH --out DIR`` (``dangjian --help``).
"""

from __future__ import annotations

from importlib import import_module

from .engine import __version__
from .engine.audit import AuditResult, audit_file, audit_text
from .engine.clean import CleanResult, Repair, clean_text
from .engine.comparisons import binomial_glm, chi2_homogeneity
from .engine.consistency import (
    ROUNDING_MODES,
    AnswersCheck,
    answers_vs_forms,
    debit,
    debit_map,
    grim,
    grim_map,
    grimmer,
    grimmer_map,
    map_summary,
    part_of_base,
    percent_of,
    ratio_of_rounded,
    reround,
    rounding_convention,
    smallest_n,
    sum_check,
    sum_map,
    unround,
)
from .engine.metrics import (
    overall_rates,
    pooled_vs_mean_rate,
    proportion_ci,
    proportion_interval,
    unit_rates,
    weighted_vs_unweighted_mean,
)
from .engine.outline import outline, section_pages
from .engine.source import SourceError, decode_bytes, garble_warnings, read_source, site_metadata
from .engine.tables import RowSpec, TableShapeError, TableSpec, parse_flat_table

# Names served lazily: the compendium (the bundled report's ledger, audit and
# build), which ``dangjian audit`` never needs, and modules with heavy imports.
_LAZY = {
    **dict.fromkeys(("AUDIT_COLUMNS", "VERDICTS", "check_ledger", "ledger_checks", "verdict_counts"), "compendium.checks"),
    **dict.fromkeys(("LEDGER_COLUMNS", "LedgerError", "build_ledger", "load_ledger_source"), "compendium.claims"),
    "DEBRIEFING_SPEC": "compendium.debriefing",
    **dict.fromkeys(("build", "load_audit", "load_claims", "load_clean", "load_ledger_checks", "load_sections", "load_table"), "pipeline"),
    "use_cjk_font": "compendium.plotting",
    "cjk_font_path": "compendium.plotting",
    "document_tables": "engine.documents",
}

__all__ = [
    "__version__",
    "document_tables",
    "build",
    "load_clean",
    "load_table",
    "load_sections",
    "load_claims",
    "load_ledger_checks",
    "load_audit",
    "LEDGER_COLUMNS",
    "LedgerError",
    "build_ledger",
    "load_ledger_source",
    "AUDIT_COLUMNS",
    "VERDICTS",
    "ledger_checks",
    "check_ledger",
    "smallest_n",
    "verdict_counts",
    "ROUNDING_MODES",
    "map_summary",
    "grim",
    "grim_map",
    "grimmer",
    "grimmer_map",
    "debit",
    "debit_map",
    "percent_of",
    "part_of_base",
    "answers_vs_forms",
    "AnswersCheck",
    "overall_rates",
    "ratio_of_rounded",
    "reround",
    "rounding_convention",
    "sum_check",
    "sum_map",
    "unround",
    "binomial_glm",
    "chi2_homogeneity",
    "pooled_vs_mean_rate",
    "proportion_ci",
    "proportion_interval",
    "unit_rates",
    "weighted_vs_unweighted_mean",
    "audit_text",
    "audit_file",
    "AuditResult",
    "CleanResult",
    "Repair",
    "clean_text",
    "outline",
    "section_pages",
    "SourceError",
    "decode_bytes",
    "garble_warnings",
    "read_source",
    "site_metadata",
    "DEBRIEFING_SPEC",
    "TableShapeError",
    "TableSpec",
    "RowSpec",
    "parse_flat_table",
    "use_cjk_font",
    "cjk_font_path",
]


def __getattr__(name: str):
    if name == "audit":  # scrutiny's name for map_summary, until 0.2: "audit" is the command and audit_text/audit_file
        import warnings

        warnings.warn("dangjian.audit is now dangjian.map_summary (a one-row summary of a *_map result)", DeprecationWarning, stacklevel=2)
        return map_summary
    if name == "audit_report":  # the curated checks' old name, until 0.2
        import warnings

        from .compendium.checks import check_ledger

        warnings.warn("dangjian.audit_report is now dangjian.check_ledger (the curated checks of the bundled report's ledger, "
                      "written to audit.csv)", DeprecationWarning, stacklevel=2)
        return check_ledger
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'dangjian' has no attribute {name!r}")
    return getattr(import_module(f".{module}", __name__), name)
