"""The review page (``report.html``): what it shows, and how it behaves in a real browser.

The page's behaviour is measured in headless Chromium (the ``browser`` fixture of
``conftest.py``): what the filters count against what they show, the search's
marks, the query string as filters change, and element widths at a phone's 390 px
and a desktop's 1,400 px.  Screenshots go to ``tests/artifacts/``.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest

from dangjian import paths
from dangjian.engine.clean import clean_text
from dangjian.engine.cli import audit_one, audit_text
from dangjian.engine.extract import check_results, extract_records
from dangjian.engine.report import _column_labels, render_report
from dangjian.engine.source import read_source

HERE = Path(__file__).parent
ARTIFACTS = HERE / "artifacts"


def _page(text: str, name: str = "demo") -> tuple[str, list, list]:
    result = clean_text(text)
    claims = extract_records(result, source=name)
    checks = check_results(claims)
    return render_report(name, result, claims, checks), claims, checks


def _group(page: str, gid: str) -> str:
    m = re.search(rf'<div class="group reviewed [^"]*" id="{gid}".*?</table>\s*</div>', page, flags=re.S)
    assert m, gid
    return m.group(0)


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """The review pages of the bundled scrape, a paper and a page whose base is inferred, written by the command."""
    from dangjian.__main__ import main

    folder = tmp_path_factory.mktemp("pages")
    inferred = folder / "inferred.txt"
    inferred.write_text(_INFERRED, encoding="utf-8")
    out = folder / "out"
    assert main(["audit", str(paths.RAW_REPORT), str(HERE / "papers" / "education_survey.txt"), str(inferred), "--out", str(out), "--quiet"]) == 0
    return {"bundled": out / paths.RAW_REPORT.stem / "report.html", "paper": out / "education_survey" / "report.html",
            "inferred": out / "inferred" / "report.html"}


# Ten questions whose shares are all k/27 (10/27 = 37.04%, 9/27 = 33.33%, 8/27 = 29.63% …), with no sample printed.
_INFERRED = "本次调查面向全村村民。\n" + "\n".join(
    f"{i}、对第{i}项工作的评价:认为满意的占{100 * a / 27:.2f}%,基本满意的占{100 * b / 27:.2f}%,不满意的占{100 * (27 - a - b) / 27:.2f}%。"
    for i, (a, b) in enumerate([(10, 9), (12, 8), (11, 7), (13, 9), (9, 9), (14, 6), (8, 10), (10, 10), (12, 9), (11, 11)], start=1))


# --- what the page says ------------------------------------------------------------------

def test_a_table_group_is_a_grid_with_row_and_column_labels_and_the_named_cells_marked():
    result = audit_one(paths.RAW_REPORT)
    page = result.html
    checks = result.checks
    bad = checks[(checks["check"] == "table_column_sum") & (checks["verdict"] == "inconsistent")].iloc[0]
    block = _group(page, bad["group_id"])
    grid = re.search(r'<table class="grid">.*?</table>', block, flags=re.S).group(0)
    # the report's header: seven townships (redacted to 镇 and 乡) and the mean, as printed
    assert re.findall(r'<th class="n[^"]*">([^<]*)</th>', grid) == ["镇", "镇", "镇", "乡", "乡", "乡", "乡", "均值"]
    labels = re.findall(r"<tr><th>([^<]*)</th><td", grid)
    assert labels[0] == "发放测评表(份)" and labels[1:] == ["优秀", "称职", "基本称职", "测评意见不称职"]
    # the cells the inconsistent check names are the marked ones, in the group's column: 36 forms, 24 + 14 + 0 + 0 answers
    marked = re.findall(r'<td class="n col" title="(E\d+)" data-claim="\1"><mark class="bad">([^<]*)</mark>', grid)
    assert [cid for cid, _ in marked] == bad["claim_ids"].split()
    assert [value for _, value in marked] == ["36", "24", "14", "0", "0"]
    # the text as printed is one click away, and the run of digits is no longer the group's quote
    assert "<details><summary>text as printed</summary>" in block


# A PDF's or a Word file's tables (kinds/cells): a share its count cannot give (61/310 = 19.68%, printed 19.71), a table
# of two blocks under merged labels (性别, 年龄: 163 + 237 = 400 = 120 + 200 + 80) and a cross-tab whose header spans
# two columns per group (男, 女, 合计 over 人数 and 比例(%): 40/70 = 57.14%, 92/152 = 60.53%).
_CELL_PARTS = [
    "一、基本情况", "本次调查共发放问卷320份,收回有效问卷310份。", "表1 评价",
    [["评价", "人数", "比例(%)"], ["较好", "202", "65.16"], ["一般", "61", "19.71"], ["较差", "47", "15.16"], ["合计", "310", "100.00"]],
    "共调查400人。", "表2 基本情况",
    [["项目", "类别", "人数", "比例(%)"], ["性别", "男", "163", "40.75"], ["", "女", "237", "59.25"], ["年龄", "35岁以下", "120", "30.00"],
     ["", "36-50岁", "200", "50.00"], ["", "51岁以上", "80", "20.00"], ["合计", "", "400", "100.00"]],
    "表3 满意度(单位:人)",
    [["选项", "男", "", "女", "", "合计", ""], ["", "人数", "比例(%)", "人数", "比例(%)", "人数", "比例(%)"],
     ["非常满意", "40", "57.14", "52", "63.41", "92", "60.53"], ["比较满意", "20", "28.57", "18", "21.95", "38", "25.00"],
     ["不满意", "10", "14.29", "12", "14.63", "22", "14.47"], ["合计", "70", "100.00", "82", "100.00", "152", "100.00"]],
]
#: Word keeps a merged cell's text once, in its first cell: the labels 性别 and 年龄 down their rows, 合计 across two
#: columns, and the groups 男, 女, 合计 each over their two columns.
_CELL_MERGES = [(1, (1, 0), (2, 0)), (1, (3, 0), (5, 0)), (1, (6, 0), (6, 1)), (2, (0, 1), (0, 2)), (2, (0, 3), (0, 4)), (2, (0, 5), (0, 6))]


@pytest.fixture(scope="module")
def cell_pages(tmp_path_factory):
    """The review pages of one Word file and one PDF with the three tables of ``_CELL_PARTS``, written by the command,
    with the claims and checks beside each."""
    import csv

    from test_documents import docx_tables, pdf_tables

    from dangjian.__main__ import main

    folder = tmp_path_factory.mktemp("cell_pages")
    docx_tables(folder / "tables.docx", _CELL_PARTS, _CELL_MERGES)
    pdf_tables(folder / "tables.pdf", _CELL_PARTS)
    out = folder / "out"
    assert main(["audit", str(folder / "tables.docx"), str(folder / "tables.pdf"), "--out", str(out), "--quiet"]) == 0
    pages = {}
    for kind, stem in (("docx", "tables"), ("pdf", "tables-2")):
        rows = {}
        for table in ("claims", "checks"):
            with open(out / stem / f"{table}.csv", encoding="utf-8", newline="") as f:
                rows[table] = list(csv.DictReader(f))
        pages[kind] = {"path": out / stem / "report.html", **rows}
    return pages


def _grids(page: str) -> dict[str, str]:
    """Each cells group's grid, by the caption's table title."""
    return {re.search(r'<p class="meta grid-title"><strong>(表\d)', g).group(1): g for g in re.findall(r'<div class="cells">.*?</table>', page, flags=re.S)}


def _cell_rows(grid: str) -> list[tuple[str, list[str]]]:
    """Each body row of a grid: its label and its cells' text, marks left out."""
    return [(label, [re.sub("<[^>]+>", "", c) for c in re.findall(r"<td[^>]*>(.*?)</td>", tds)])
            for label, tds in re.findall(r"<tr(?: class=\"total\")?><th>([^<]*)</th>(<td.*?)</tr>", grid)]


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_a_documents_table_is_a_grid_with_its_labels_and_the_named_cells_marked(cell_pages, kind):
    found = cell_pages[kind]
    page = found["path"].read_text(encoding="utf-8")
    grids = _grids(page)
    assert sorted(grids) == ["表1", "表2", "表3"]
    # 表1 as printed: its header, each answer's row with its label, the 合计 row set apart
    first = grids["表1"]
    assert re.findall(r'<th class="h">([^<]*)</th>', first) == ["人数", "比例(%)"]
    assert _cell_rows(first) == [("较好", ["202", "65.16"]), ("一般", ["61", "19.71"]), ("较差", ["47", "15.16"]), ("合计", ["310", "100.00"])]
    assert '<tr class="total"><th>合计</th>' in first
    # the cells named by an inconsistent check are the red ones (19.71 of 61, and the shares that add up to 100.03)
    claims = {c["claim_id"]: c for c in found["claims"]}
    bad = {cid for c in found["checks"] if c["verdict"] == "inconsistent" for cid in c["claim_ids"].split()}
    red = re.findall(r'data-claim="(E\d+)"><mark class="bad">([^<]*)</mark>', first)
    assert {cid for cid, _ in red} == bad and sorted(v for _, v in red) == ["100.00", "15.16", "19.71", "65.16"]
    assert all(claims[cid]["reported"] == value for cid, value in red)
    # every cell a check names is marked, and each marked cell is named by a check of its group
    for title, grid in grids.items():
        group = re.search(rf'id="(G\d+)"[^>]*>(?:(?!<div class="group).)*?<strong>{title}', page, flags=re.S).group(1)
        named = {cid for c in found["checks"] if c["group_id"] == group for cid in c["claim_ids"].split()}
        marked = set(re.findall(r'data-claim="(E\d+)"><mark', grid))
        assert marked == named and named, (title, group)
    # 表2's two blocks under their merged labels; 表3's groups over the two columns each spans
    assert re.findall(r'<tr class="title"><th colspan="3">([^<]*)</th></tr>', grids["表2"]) == ["性别", "年龄"]
    assert [label for label, _ in _cell_rows(grids["表2"])] == ["男", "女", "35岁以下", "36-50岁", "51岁以上", "合计"]
    assert re.findall(r'<th class="h[^"]*" colspan="2">([^<]*)</th>', grids["表3"]) == ["男", "女", "合计"]
    assert _cell_rows(grids["表3"])[0] == ("非常满意", ["40", "57.14", "52", "63.41", "92", "60.53"])
    # the flattened text, a run of digits, is one click away, no longer the group's quote
    assert page.count("<details><summary>text as printed</summary>") >= 3


@pytest.mark.parametrize(("header", "width", "labels"), [
    ("类别等次镇镇镇乡乡乡乡均值", 8, ["镇", "镇", "镇", "乡", "乡", "乡", "乡", "均值"]),
    ("统计表 一村 二村 三村", 3, ["一村", "二村", "三村"]),
    ("统计表", 3, ["1", "2", "3"]),  # nothing to read: the columns are numbered
    ("情况表甲乙均值", 4, ["1", "2", "3", "4"]),  # fewer single characters than columns: no guess
])
def test_column_labels(header, width, labels):
    assert _column_labels(header, width) == labels


def test_the_base_line_comes_from_the_same_facts_as_the_checks():
    # 在214名农村生源毕业生中 is the group's base in its check's facts: the line must name it, never "none printed"
    files = [*sorted((HERE / "corpus").glob("*.txt")), *sorted((HERE / "papers").glob("*.txt")), paths.RAW_REPORT]
    named = 0
    for path in files:
        result = clean_text(read_source(path).text)
        claims = extract_records(result, source=path.stem)
        checks = check_results(claims)
        page = render_report(path.stem, result, claims, checks)
        for gid in {c.group for c in checks if c.group and isinstance(c.facts.get("n"), int)}:
            block = _group(page, gid)
            assert "none printed" not in block, (path.name, gid)
            for c in checks:
                if c.group == gid and isinstance(c.facts.get("n"), int):
                    assert f"<strong>{c.facts['n']}</strong>" in block.split("<table", 1)[0].split("</details>")[-1], (path.name, gid)
                    named += 1
    assert named > 20


def test_a_ratio_has_no_base_line():
    # 120 / 92 = 1.3043 prints as 1.3:1: the check divides two printed numbers, no base is looked for or missed
    page, _, checks = _page("本次共有志愿者212人,其中女性120人,男性92人,女男比例为1.3:1。")
    ratio = next(c for c in checks if c.kind == "ratio_of_numbers")
    assert ratio.verdict.value == "consistent"
    assert "Base:" not in _group(page, ratio.group)


def test_a_base_no_text_prints_shows_its_evidence_and_how_sure_it_is():
    page, claims, checks = _page(_INFERRED)
    inferred = {c["group_id"]: c for c in claims if c["base_evidence"].startswith("other:")}
    assert len(inferred) >= 8 and sum(c["base"] == 27 for c in inferred.values()) >= 8
    for gid, c in inferred.items():
        box = re.findall(r'<p class="base inferred">(.*?)</p>', _group(page, gid))
        evidence = c["base_evidence"].split(":", 1)[1].strip().removeprefix(f"{c['base']}: ")
        # "Base 27, inferred (no text prints it). Evidence: the smallest base that fits all 3 shares …; the chance … is 5.9e-07"
        assert len(box) == 1 and f"<strong>{c['base']}</strong>, inferred (no text prints it)" in box[0], gid
        assert evidence in box[0] and "chance" in box[0], gid


def test_section_counts_are_markup_the_script_can_update():
    page, _, _ = _page("在310人参加的调查中,认为差的有61人,占19.71%;认为好的有202人,占65.16%。")
    assert '<h2 id="inconsistencies" data-section="inconsistencies">含不一致数字的问题 · Groups with an inconsistent number (<span class="count">1</span>)</h2>' in page
    assert '<p class="none" id="none-not_checkable">None. 无。</p>' in page
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page


def test_the_api_result_renders_the_same_page_as_the_command():
    text = paths.RAW_REPORT.read_text(encoding="utf-8")
    assert audit_text(text, source=paths.RAW_REPORT.stem).html == audit_one(paths.RAW_REPORT).html


# --- how the page behaves, in a browser -------------------------------------------------

_STATE = """(() => {
  const visible = el => !el.closest('.hidden');
  const sections = {};
  document.querySelectorAll('h2[data-section]').forEach(h => {
    const units = [...document.querySelectorAll(`.reviewed[data-section="${h.dataset.section}"]`)].filter(visible);
    const shown = h.dataset.section === 'ungrouped'
      ? units.reduce((n, u) => n + [...u.querySelectorAll('tr[data-verdict]')].filter(visible).length, 0) : units.length;
    const none = document.getElementById('none-' + h.dataset.section);
    sections[h.dataset.section] = {count: +h.querySelector('.count').textContent, shown, none: none ? visible(none) : null};
  });
  const hits = [...document.querySelectorAll('mark.hit')];
  return {
    sections, search: location.search,
    checks: [...document.querySelectorAll('tr[data-verdict]')].filter(visible).length,
    groups: [...document.querySelectorAll('.group.reviewed')].filter(visible).length,
    shown: [+document.getElementById('shown').dataset.checks, +document.getElementById('shown').dataset.groups],
    boxes: Object.fromEntries([...document.querySelectorAll('#filters input[name=verdict]')].map(b => [b.value, b.checked])),
    counts: Object.fromEntries([...document.querySelectorAll('#filters .n')].map(s => [s.dataset.verdict, +s.textContent])),
    hits: hits.map(m => m.textContent), hitsHidden: hits.filter(m => !visible(m)).length,
    query: document.getElementById('q').value, check: document.getElementById('check').value,
  };
})()"""


def _state(browser) -> dict:
    state = browser.js(_STATE)
    # what is counted is what is shown: every heading, and the line of what is shown
    for section, s in state["sections"].items():
        assert s["count"] == s["shown"], (section, s)
        if s["none"] is not None:
            assert s["none"] == (s["shown"] == 0), (section, s)
    assert state["shown"] == [state["checks"], state["groups"]]
    assert state["hitsHidden"] == 0
    return state


def test_counts_follow_the_filters_and_the_search_marks_its_hits(pages, browser):
    uri = pages["bundled"].as_uri()
    browser.open(uri)
    everything = _state(browser)
    assert everything["search"] == "" and everything["hits"] == []
    browser.open(uri + "?q=" + quote("党组织"))
    state = _state(browser)
    assert 0 < state["groups"] < everything["groups"] and state["hits"] and set(state["hits"]) == {"党组织"}
    assert any(s["count"] == 0 and s["none"] for s in state["sections"].values())  # a section emptied by the search says so
    # each verdict's count is what ticking it would show, given the search
    for verdict, n in state["counts"].items():
        assert n == browser.js(f"[...document.querySelectorAll('tr[data-verdict={verdict}]')].filter(r => !r.closest('.hidden')).length")
    browser.open(uri + "?verdict=inconsistent")
    state = _state(browser)
    assert state["sections"]["inconsistencies"]["count"] == 2 and state["sections"]["consistent"] == {"count": 0, "shown": 0, "none": True}


def test_every_filter_and_search_is_written_to_the_url_and_reloads(pages, browser):
    uri = pages["bundled"].as_uri()
    browser.open(uri)
    browser.js("""(() => {
      const q = document.getElementById('q'); q.value = '310'; q.dispatchEvent(new Event('input'));
      const box = document.querySelector('#filters input[value=consistent_if]'); box.checked = false; box.dispatchEvent(new Event('change'));
      const check = document.getElementById('check'); check.value = 'percent_of'; check.dispatchEvent(new Event('change'));
    })()""")
    typed = _state(browser)
    assert typed["search"] == "?verdict=inconsistent%2Cconsistent%2Cnot_checkable&check=percent_of&q=310"
    assert typed["hits"] and set(typed["hits"]) == {"310"}
    url = browser.js("location.href")
    browser.open(url)
    reloaded = _state(browser)
    assert reloaded == typed
    assert reloaded["boxes"] == {"inconsistent": True, "consistent_if": False, "consistent": True, "not_checkable": True}
    # clearing the filters clears the query string
    browser.js("""(() => {
      const q = document.getElementById('q'); q.value = ''; q.dispatchEvent(new Event('input'));
      const box = document.querySelector('#filters input[value=consistent_if]'); box.checked = true; box.dispatchEvent(new Event('change'));
      const check = document.getElementById('check'); check.value = ''; check.dispatchEvent(new Event('change'));
    })()""")
    assert _state(browser)["search"] == ""


_OVERFLOW = """(() => {
  const width = document.documentElement.clientWidth, out = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('.hidden') || el.closest('details:not([open]) > :not(summary)') || ['SCRIPT', 'STYLE', 'OPTION'].includes(el.tagName)) continue;
    const box = el.getBoundingClientRect();
    if (!box.width && !box.height) continue;
    const what = el.tagName + (el.id ? '#' + el.id : '') + (el.className ? '.' + el.className : '');
    if (box.left < -0.5 || box.right > width + 0.5) out.push(`${what} spans ${Math.round(box.left)}-${Math.round(box.right)} of ${width}`);
    else if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') out.push(`${what} clips ${el.scrollWidth} in ${el.clientWidth}`);
  }
  return {scroll: document.documentElement.scrollWidth, width, out: out.slice(0, 10)};
})()"""


@pytest.mark.parametrize("width", [390, 1400])
@pytest.mark.parametrize("name", ["bundled", "paper", "inferred"])
def test_the_page_reflows_with_no_sideways_scroll_and_nothing_clipped(pages, browser, name, width):
    browser.open(pages[name].as_uri(), width=width, height=900)
    measured = browser.js(_OVERFLOW)
    assert measured["scroll"] <= measured["width"] == width, measured
    assert measured["out"] == [], measured
    if name == "bundled":
        # the explanation of the first check is on screen, whole, at either width
        box = browser.js("(() => { const b = document.querySelector('.group span[lang=en]').getBoundingClientRect(); return [b.left, b.right]; })()")
        assert 0 <= box[0] < box[1] <= width
        # pointing at the column whose answers outnumber its forms outlines its cells in the grid: 36 forms, 24 + 14 + 0 + 0
        outlined = browser.js("""(() => {
          const row = document.querySelector('tr[data-check=table_column_sum][data-verdict=inconsistent]');
          row.dispatchEvent(new MouseEvent('mouseenter'));
          return [...row.closest('.group').querySelectorAll('table.grid td.focus')].map(td => td.textContent);
        })()""")
        assert outlined == ["36", "24", "14", "0", "0"]
        browser.js("document.querySelector('.group table.checks').dispatchEvent(new MouseEvent('mouseleave'))")
        browser.screenshot(ARTIFACTS / f"audit_report_{width}.png")
        assert (ARTIFACTS / f"audit_report_{width}.png").stat().st_size > 10_000


_GRIDS = """(() => [...document.querySelectorAll('table.grid')].map(t => {
  const g = t.closest('.group').getBoundingClientRect(), b = t.getBoundingClientRect();
  return {left: b.left, right: b.right, groupLeft: g.left, groupRight: g.right, scroll: t.scrollWidth, client: t.clientWidth};
}))()"""


@pytest.mark.parametrize("width", [390, 1400])
@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_a_grid_of_cells_fits_the_page_and_outlines_the_cells_of_the_check_pointed_at(cell_pages, browser, kind, width):
    browser.open(cell_pages[kind]["path"].as_uri(), width=width, height=900)
    measured = browser.js(_OVERFLOW)
    assert measured["scroll"] <= measured["width"] == width, measured
    assert measured["out"] == [], measured
    grids = browser.js(_GRIDS)
    assert len(grids) == 3
    for g in grids:  # each grid within its group's box, every column shown
        assert g["groupLeft"] - 0.5 <= g["left"] < g["right"] <= g["groupRight"] + 0.5 and g["scroll"] <= g["client"] + 1, g
    # pointing at a check outlines the cells it names, and only those: the shares that add up to 100.03 against their 100.00
    outlined = browser.js("""(() => [...document.querySelectorAll('.group')].filter(g => g.querySelector('table.grid.cells'))
      .flatMap(g => [...g.querySelectorAll('tr[data-claims]')].map(row => {
        row.dispatchEvent(new MouseEvent('mouseenter'));
        return {check: row.dataset.check, verdict: row.dataset.verdict, claims: row.dataset.claims.split(' '),
                cells: [...document.querySelectorAll('td.focus')].map(td => [td.dataset.claim, td.textContent])};
      })))()""")
    assert len(outlined) > 20
    for row in outlined:
        cells = {cid for cid, _ in row["cells"]}
        # every cell it names (a table_vs_sample check also names the sample, printed in the text before the table)
        assert cells and (cells == set(row["claims"]) or row["check"] == "table_vs_sample" and cells < set(row["claims"])), row
    over = next(r for r in outlined if r["check"] == "cells_sum" and r["verdict"] == "inconsistent")
    assert sorted(value for _, value in over["cells"]) == ["100.00", "15.16", "19.71", "65.16"]
    browser.js("document.querySelector('table.checks').dispatchEvent(new MouseEvent('mouseleave'))")
    assert browser.js("document.querySelectorAll('td.focus').length") == 0
    if kind == "docx":
        browser.js("(() => { document.querySelector('div.cells').closest('.group').scrollIntoView(); "
                   "window.scrollBy(0, -document.getElementById('filters').getBoundingClientRect().height - 8); })()")
        browser.screenshot(ARTIFACTS / f"audit_report_cells_{width}.png")
        assert (ARTIFACTS / f"audit_report_cells_{width}.png").stat().st_size > 10_000


def test_the_summary_counts_each_reason_a_number_is_not_checkable():
    # two lone shares with no sample before them and a test printed without its p: the reasons, counted, in both languages
    page, _, checks = _page("调查显示,满意的占45%。另有12%的人表示不清楚。两组比较差异显著(F=4.50)。")
    reasons = re.search(r'<p class="meta" id="reasons">(.*?)</p>', page).group(1)
    assert "2 no base printed for a lone share (单个比例未给出基数)" in reasons
    assert "1 a test printed without its p (检验未给出 p 值)" in reasons
    # and the explanation says what a reader would look for
    lone = next(c for c in checks if c.kind == "no_base")
    assert "the only share of its statement" in lone.explanation() and "Bases that would give it" in lone.explanation()
    # a page with nothing not_checkable has no such line
    assert 'id="reasons"' not in _page("共调查200人,满意的120人,占60.00%。")[0]
