"""Helpers that keep the finding notebooks (``01``-``08``) thin.

One notebook per finding section of the report, in the report's order
(:data:`NOTEBOOKS`).  Each notebook

* prints its section's claims, reported against recomputed, with a one-word
  status (:func:`reproduction`, :func:`print_reproduction`);
* adds what the report leaves out where the data allow it: a 95% interval for
  every survey percentage (:func:`survey_intervals`), the shares the report
  implies but never prints (:func:`implied_shares`) and, for the township
  table of 二(二), the competing ways of computing one "overall rate"
  (:func:`rate_estimators`, :func:`mean_readings`,
  :func:`answered_vs_issued`, :func:`homogeneity_tests`,
  :func:`text_vs_table`);
* says what cannot be reproduced and why (:func:`not_reproducible`,
  :func:`page_coverage`);
* for the qualitative chapter 三, structures the problems
  (:func:`problem_table`) and counts the report's own key phrases
  (:func:`key_phrases`) and content words (:func:`content_words`).

Tables are shown with :func:`styled_table`: a styled HTML table, whose plain
text is :func:`text_table` (fixed-width columns padded by display width, a
Chinese character taking two; floats with a fixed number of decimals), both
the same on every machine, so that nbval can compare the stored outputs
exactly.  Verdicts that depend on rounding (does a share print
as the report's 78.43?) use exact fractions; floats are only estimates.

This module gathers them; the code lives by what it does in
:mod:`~dangjian.compendium.text` (plain-text tables),
:mod:`~dangjian.compendium.sections` (the ledger by section),
:mod:`~dangjian.compendium.township` (the table of 二(二)) and
:mod:`~dangjian.compendium.problems` (chapter 三).
"""

from __future__ import annotations

from .problems import CONTENT_TAGS, STOP_WORDS, content_words, key_phrases, problem_table
from .sections import NOTEBOOKS, claim_value, claim_words, not_reproducible, page_coverage, parts_vs_total, print_reproduction, reproduction, survey_intervals
from .text import styled_table, text_table
from .township import answered_vs_issued, homogeneity_tests, implied_shares, mean_readings, rate_estimators, text_vs_table

__all__ = [
    "NOTEBOOKS",
    "text_table",
    "styled_table",
    "reproduction",
    "print_reproduction",
    "claim_words",
    "claim_value",
    "survey_intervals",
    "implied_shares",
    "not_reproducible",
    "page_coverage",
    "parts_vs_total",
    "answered_vs_issued",
    "mean_readings",
    "rate_estimators",
    "homogeneity_tests",
    "text_vs_table",
    "problem_table",
    "key_phrases",
    "CONTENT_TAGS",
    "STOP_WORDS",
    "content_words",
]
