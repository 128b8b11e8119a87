"""Sphinx configuration for the dangjian website (``make site``).

The site is built from the repository root: the README is the home page,
the executed notebooks (with their stored outputs, never re-executed here)
follow in the report's order, then the glossary, the claims ledger and the
audit table, rendered straight from their CSV files.
"""

project = "dangjian"
author = "dangjian contributors"
copyright = "2026, dangjian contributors"
release = "0.1.0"

extensions = ["myst_nb"]
root_doc = "docs/index"
# The README is the home page through an include in docs/index.md.
include_patterns = ["docs/*.md", "notebooks/[0-9][0-9]_*.ipynb"]
exclude_patterns = ["_site", ".venv", "**/.ipynb_checkpoints"]

# Notebooks are shown with the outputs `make reproduce` stored; nbval checks them.
nb_execution_mode = "off"
nb_merge_streams = True
myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3
suppress_warnings = ["myst.header", "misc.highlighting_failure"]

html_theme = "sphinx_book_theme"
html_title = "dangjian · 基层党建调查报告的数字复核"
html_theme_options = {"show_toc_level": 2, "navigation_with_keys": False}
html_last_updated_fmt = None
# _site/index.html forwards to the home page, docs/index.html.
html_extra_path = ["_extra"]  # relative to this folder
# A wider content column, and wide outputs scroll in their own box (docs/_static/dangjian.css).
html_static_path = ["_static"]
html_css_files = ["dangjian.css"]
html_copy_source = False
html_show_sourcelink = False
language = "en"
