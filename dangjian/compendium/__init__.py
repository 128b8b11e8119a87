"""The compendium: the bundled report, reproduced and audited.

Its ledger of published numbers (:mod:`~dangjian.compendium.claims`, from
``data/claims_source.yaml``), its curated audit
(:mod:`~dangjian.compendium.checks`, with the cross-references of
``data/cross_references.yaml``), the helpers of the finding notebooks
(:mod:`~dangjian.compendium.findings` and the modules it gathers), what the
notebooks display (:mod:`~dangjian.compendium.display`), the figures
(:mod:`~dangjian.compendium.plotting`), the exercises
(:mod:`~dangjian.compendium.exercises`), the glossary
(:mod:`~dangjian.compendium.glossary`), notebook 12's tables
(:mod:`~dangjian.compendium.explore`) and the README's tables
(:mod:`~dangjian.compendium.docs`).

Every check it runs is one of :mod:`dangjian.engine`'s; the compendium
supplies the report's claims, table and cross-references.
"""
