"""``make site``: the static website builds, and a real browser shows Chinese and figures."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dangjian import paths

ARTIFACTS = Path(__file__).parent / "artifacts"


def _site_recipe() -> tuple[list[str], str]:
    """The command of ``make site`` and the page it tells the reader to open, from the Makefile."""
    recipe = (paths.ROOT / "Makefile").read_text(encoding="utf-8").split("\nsite:", 1)[1].split("\n\n", 1)[0]
    command = next(line.strip() for line in recipe.splitlines() if "sphinx" in line)
    opened = re.search(r'echo "open ([^"]+)"', recipe).group(1)
    return command.replace("$(BIN)/python", sys.executable).split(), opened


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The site built by ``make site``'s own command, with its folder ``_site`` moved to a temporary one."""
    out = tmp_path_factory.mktemp("site")
    command, _ = _site_recipe()
    stray = paths.ROOT / "jupyter_execute"
    existed = stray.exists()
    proc = subprocess.run([str(out) + part[len("_site"):] if part.startswith("_site") else part for part in command],
                          cwd=paths.ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert "WARNING" not in proc.stderr, proc.stderr
    # MyST-NB writes jupyter_execute/ beside the pages' folder: inside the site's folder, never at the repository's root
    assert existed or not stray.exists(), "make site left jupyter_execute/ at the root"
    assert (out / "jupyter_execute").is_dir()
    return out / "html"


def test_make_site_and_the_readme_name_the_same_page_and_clean_removes_the_build():
    _, opened = _site_recipe()
    assert opened == "_site/html/index.html"
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    assert f"`{opened}`" in readme and "_site/docs/index.html" not in readme and "open `_site/index.html`" not in readme
    clean = (paths.ROOT / "Makefile").read_text(encoding="utf-8").split("\nclean:", 1)[1].split("\n\n", 1)[0]
    assert "_site" in clean and "jupyter_execute" in clean
    assert "jupyter_execute/" in (paths.ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()


def test_home_page_is_the_readme_with_navigation_in_report_order(site):
    home = (site / "docs" / "index.html").read_text(encoding="utf-8")
    assert "基层党组织负责人履行抓党建工作责任情况调查研究" in home
    order = [nb.stem for nb in sorted(paths.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))]
    positions = [home.find(f"notebooks/{stem}.html") for stem in order]
    assert all(p > 0 for p in positions), dict(zip(order, positions))
    assert positions == sorted(positions)
    assert (site / "index.html").exists()


def test_glossary_and_audit_pages(site):
    glossary = (site / "docs" / "glossary.html").read_text(encoding="utf-8")
    assert "一岗双责" in glossary
    audit = (site / "docs" / "audit.html").read_text(encoding="utf-8")
    assert "inconsistent" in audit and "A001" in audit


def _browser(chromium, args, tmp_path):
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}"]
    return subprocess.run([chromium, *flags, *args], capture_output=True, text=True, timeout=120)


def test_pages_in_a_headless_browser(chromium, site, tmp_path):
    home = (site / "docs" / "index.html").as_uri()
    page = (site / "notebooks" / "05_debriefing_table.html").as_uri()
    dom_home = _browser(chromium, ["--dump-dom", home], tmp_path).stdout
    assert "基层党组织" in dom_home
    dom_page = _browser(chromium, ["--dump-dom", page], tmp_path).stdout
    assert "推行党组织负责人抓党建工作述职" in dom_page
    figures = re.findall(r'<img[^>]*src="\.\./(_images/[^"]+\.png)"', dom_page)
    assert figures, "no figure on the notebook page"
    assert all((site / f).stat().st_size > 10_000 for f in figures)
    shots = Path(__file__).parent / "artifacts"
    shots.mkdir(exist_ok=True)
    for name, uri in (("site_home.png", home), ("site_notebook.png", page)):
        _browser(chromium, [f"--screenshot={shots / name}", "--window-size=1280,1000", uri], tmp_path)
        assert (shots / name).stat().st_size > 10_000


def test_wide_outputs_have_room_and_scroll_instead_of_being_clipped(site):
    # the home page's tables and the notebooks' plain-text outputs are wider than the theme's column
    for page in ("docs/index.html", "notebooks/09_audit.html"):
        assert "_static/dangjian.css" in (site / page).read_text(encoding="utf-8"), page
    css = (site / "_static" / "dangjian.css").read_text(encoding="utf-8")
    assert re.search(r"\.bd-article table:not\(\.dataTable\) \{[^}]*overflow-x: auto", css)
    assert re.search(r"pre \{[^}]*overflow-x: auto", css)
    assert re.search(r"\.bd-article-container \{ max-width: 100%", css)


def test_the_explorer_tables_filter_as_a_reader_types(chromium, site, tmp_path):
    """Type a Chinese word into the search box of notebook 12's ledger, on the built site: the rows filter."""
    import json

    from dangjian.compendium.explore import explorer_tables

    probe = site / "probe"
    probe.mkdir(exist_ok=True)
    shutil.copy(Path(__file__).parent / "site_search_probe.html", probe / "probe.html")
    proc = _browser(chromium, ["--allow-file-access-from-files", "--virtual-time-budget=15000", "--dump-dom", (probe / "probe.html").as_uri()], tmp_path)
    found = re.search(r'<pre id="out">(.*?)</pre>', proc.stdout, flags=re.S)
    assert found and found.group(1).startswith("{"), proc.stdout[-500:]
    result = json.loads(found.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"'))
    claims = explorer_tables()["claims"]
    expected = int(claims.astype(str).apply(lambda col: col.str.contains("党员")).any(axis=1).sum())
    assert result["before"].endswith(f"of {len(claims)} entries")
    assert f"of {expected} entries (filtered from {len(claims)} total entries)" in result["after"]
    assert len(result["rows"]) == min(expected, 15) and all("党员" in row for row in result["rows"])
    shots = Path(__file__).parent / "artifacts"
    shots.mkdir(exist_ok=True)
    _browser(chromium, ["--allow-file-access-from-files", "--virtual-time-budget=15000", f"--screenshot={shots / 'site_explorer_search.png'}",
              "--window-size=1280,1000", (probe / "probe.html").as_uri()], tmp_path)
    assert (shots / "site_explorer_search.png").stat().st_size > 10_000


def test_reproduced_in_links_to_the_notebook_pages(site):
    published = (site / "docs" / "published.html").read_text(encoding="utf-8")
    linked = set(re.findall(r'href="\.\./notebooks/(\d\d_[a-z_]+)\.html"><span class="std std-doc">\d\d<', published))
    # every notebook the table of published numbers names is a link on the site, and the link resolves
    named = set(re.findall(r"\]\(\.\./notebooks/(\d\d_[a-z_]+)\.ipynb\)", (paths.ROOT / "docs" / "published.md").read_text(encoding="utf-8")))
    assert len(named) >= 5 and named <= linked
    assert all((site / "notebooks" / f"{stem}.html").is_file() for stem in linked)
    # the home page links to it
    assert 'href="published.html"' in (site / "docs" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("width", [1000, 1280])
def test_the_explorer_tables_stay_within_the_page_and_show_the_readers_columns_first(site, browser, width):
    """Notebook 12 on the site: each interactive table as wide as the article at most (no column off the page),
    its first columns the number, its verdict and what it means, and its long text wrapped."""
    import time

    browser.open((site / "notebooks" / "12_explore.html").as_uri(), width=width, height=1000)
    for _ in range(100):  # DataTables draws the rows once its script has run
        if browser.js("document.querySelectorAll('#explore_claims tbody tr').length") > 1:
            break
        time.sleep(0.1)
    measured = browser.js("""(() => {
      const article = document.querySelector('.bd-article').getBoundingClientRect();
      return ['explore_claims', 'explore_checks', 'explore_table'].map(id => {
        const t = document.getElementById(id), box = t.getBoundingClientRect();
        return {id, left: box.left, right: box.right, article: [article.left, article.right], rows: t.querySelectorAll('tbody tr').length,
                head: [...t.querySelectorAll('thead input')].map(i => i.placeholder).slice(0, 4)};
      });
    })()""")
    for table in measured:
        assert table["rows"] > 1, table
        assert table["article"][0] - 1 <= table["left"] and table["right"] <= table["article"][1] + 1, table
    assert measured[0]["head"] == ["claim_id", "reported", "verdict", "meaning"]
    assert measured[1]["head"] == ["check_id", "verdict", "explanation", "说明"]
    ARTIFACTS.mkdir(exist_ok=True)
    browser.screenshot(ARTIFACTS / f"site_explorer_{width}.png")


def test_notebook_results_are_styled_html_tables_with_their_number_formats(site):
    """The finding notebooks show tables as HTML tables (not padded monospace text), counts as whole numbers."""
    page = (site / "notebooks" / "05_debriefing_table.html").read_text(encoding="utf-8")
    tables = re.findall(r'<table id="T_[0-9a-f]+"', page)
    assert len(tables) >= 10
    # the pooled rate of the 镇: 145 of 200 forms, once printed "145.0000" and "200.0000"
    assert re.search(r">145</td>\s*<td[^>]*>200</td>", page) and "145.0000" not in page
    # no plain-text table is left in an output block: its header line was "claim_id  section  reported"
    outputs = re.findall(r'<div class="cell_output docutils container">(.*?)</div>\s*</div>', page, flags=re.S)
    assert not any(re.search(r"claim_id\s{2,}section", block) for block in outputs if "<pre" in block)
    # nbval's markers are cell tags, not comments in the code
    for notebook in paths.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"):
        assert "NBVAL" not in notebook.read_text(encoding="utf-8"), notebook.name
