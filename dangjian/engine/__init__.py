"""The engine: what serves any scraped Chinese survey report.

Reading a file (:mod:`~dangjian.engine.files`), decoding a text
(:mod:`~dangjian.engine.source`) or reading a PDF, Word file or web page
(:mod:`~dangjian.engine.documents`, its tables' cells made claims by
:mod:`~dangjian.engine.document_claims`), cleaning with a
repair log and an offset map (:mod:`~dangjian.engine.clean`), outline and
flattened-table parsing (:mod:`~dangjian.engine.outline`,
:mod:`~dangjian.engine.tables`), finding the statistics
(:mod:`~dangjian.engine.extract`, into the records of
:mod:`~dangjian.engine.records`; papers' means ± SD and tests,
:mod:`~dangjian.engine.papers`), the three steps of ``dangjian audit`` run
over the group kinds of :mod:`~dangjian.engine.kinds` (finding the groups,
:mod:`~dangjian.engine.grouping`; inferring their bases,
:mod:`~dangjian.engine.bases`; judging them, each kind's judge with
:mod:`~dangjian.engine.judging`), the result of a check
(:mod:`~dangjian.engine.results`) with its one verdict order
(:mod:`~dangjian.engine.verdicts`) and its explanation in English and
Chinese (:mod:`~dangjian.engine.explain`), the consistency tests, one family
per module (:mod:`~dangjian.engine.consistency`), statistics
(:mod:`~dangjian.engine.metrics`), the review page
(:mod:`~dangjian.engine.report`), one report's audit (:mod:`~dangjian.engine.audit`)
and the command's stages (:mod:`~dangjian.engine.cli` runs them: ``inputs``,
``workers``, ``outputs``, ``combined``, ``table_formats``, ``workbook``, ``terminal``).

Nothing here imports :mod:`dangjian.compendium`, the layer of the bundled
report (``tests/test_layers.py`` checks the import graph).
"""

#: The package's version, printed by ``dangjian --version`` and written into every audit.
__version__ = "0.1.0"
