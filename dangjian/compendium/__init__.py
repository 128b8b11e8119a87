"""The compendium: the bundled report, reproduced and audited.

Its ledger of published numbers (:mod:`~dangjian.compendium.claims`, from
``data/claims_source.yaml``), its curated checks
(:mod:`~dangjian.compendium.checks`, with the cross-references of
``data/cross_references.yaml``; their sentences are the templates of
:mod:`~dangjian.compendium.explanations`), the helpers of the finding notebooks
(:mod:`~dangjian.compendium.findings` and the modules it gathers), what the
notebooks display (:mod:`~dangjian.compendium.display`), the figures
(:mod:`~dangjian.compendium.plotting`), the exercises
(:mod:`~dangjian.compendium.exercises`), the glossary
(:mod:`~dangjian.compendium.glossary`), notebook 12's tables
(:mod:`~dangjian.compendium.explore`) and the README's tables
(:mod:`~dangjian.compendium.docs`).

The rules of GRIM, of a share of a base, of a part of a whole, of answers
against forms and of an overall rate are the engine's
(:mod:`dangjian.engine.consistency`, :mod:`dangjian.engine.metrics`); the
cross-reference checks between passages (years, months, townships, the
scheme's name, the visits, the pairing) are this report's own.  The table's
spec is :mod:`~dangjian.compendium.debriefing`.
"""
