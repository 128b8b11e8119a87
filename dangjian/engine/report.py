"""``report.html``: the page a reader of ``dangjian audit`` opens, one question group at a time.

A group (:mod:`dangjian.engine.kinds`) is shown once: its text with each of its
numbers highlighted (a column of a flattened table as the grid of its rows,
with their labels, and a table that a PDF or a Word file gives as cells as the
grid it prints, with its caption, headers and row labels; in both the cells
its checks name marked, and those of the check a reader points at
outlined), the base its checks use and
where it comes from (for a base that no text prints, the evidence for it and
how sure it is), then the verdict of every check on it, in English and in
Chinese when the checks come as :class:`~dangjian.engine.results.Check`
results.  Groups are shown under the worst verdict of their checks, in the
package's one order (:data:`dangjian.engine.verdicts.VERDICTS`): an
inconsistent number first, then those consistent only under an assumption,
then the consistent ones, then those that could not be checked; checks
outside any group follow, and the table of every statistic ends the page.

A bar at the top filters the checks by verdict and by check and searches the
groups' text and explanations (Chinese included).  What the page shows and
what it counts are the same: the section headings, the count beside each
verdict and the line "N checks shown, in M groups" follow the filters, and
the search's hits are highlighted.  Every filter is written to the page's
query string as it changes, and read from it on opening
(``report.html?verdict=inconsistent``, ``?check=percent_of``, ``?q=党员``),
so a filtered view can be linked to and reloaded.  The page reflows from a
phone (390 px: the tables become stacked cards, nothing scrolls sideways) to
a wide screen.  It is one file with its style and script inline, so it opens
without a network and can be mailed as it is.

Examples
--------
>>> from dangjian.engine.clean import clean_text
>>> from dangjian.engine.extract import check_records, extract_records
>>> result = clean_text("在310人参加的调查中,认为差的有61人,占19.71%;认为好的有202人,占65.16%。")
>>> claims = extract_records(result, source="demo")
>>> page = render_report("demo", result, claims, check_records(claims))
>>> page.index('id="G01"') < page.index('id="consistent_if"'), "19.71%" in page
(True, True)
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Sequence

from . import explain
from ._lazy import pd
from .clean import CleanResult
from .records import sentences_of, span_at
from .results import Check
from .tables import flattened_rows
from .tabular import is_missing, records
from .verdicts import VERDICTS, rank, worst

__all__ = ["render_report", "INFERRED_SOURCES"]

_TITLES = {
    "inconsistent": ("Groups with an inconsistent number", "含不一致数字的问题"),
    "consistent_if": ("Consistent only under an assumption", "需在特定假设下才一致"),
    "not_checkable": ("Not checkable", "无法核对"),
    "consistent": ("Consistent", "一致"),
}
#: Section ids: the first keeps the name earlier pages linked to.
_SECTION_IDS = {"inconsistent": "inconsistencies", "consistent_if": "consistent_if", "not_checkable": "not_checkable", "consistent": "consistent"}
#: The ``base_evidence`` prefixes (:meth:`dangjian.engine.bases.Base.describe`) of a base that no text prints:
#: the page shows the evidence for such a base in the group's base line, where a reader weighs the verdicts on it.
INFERRED_SOURCES = ("item", "other")
#: Kinds whose checks compare numbers with each other rather than with a base (a stated total and its parts,
#: a change in points, a test statistic and its p, a ratio and the two numbers it divides): no base line, unless a
#: check names one ("Base: none printed" above 236 / 276 = 0.8551 would say a base was looked for and missed).
_NO_BASE_KINDS = ("total", "points", "test", "ratio")

_CSS = """
*,*::before,*::after{box-sizing:border-box}
body{font-family:"Noto Sans CJK SC","Noto Sans CJK JP","PingFang SC","Microsoft YaHei",sans-serif;max-width:64em;margin:2em auto;padding:0 1em;line-height:1.6;color:#222;overflow-wrap:anywhere}
h1{font-size:1.5em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}h3{font-size:1em;margin:.2em 0}
.group{border-left:5px solid #999;padding:.4em .8em;margin:1.2em 0;background:#fafafa}
.group.inconsistent{border-color:#c0392b}.group.consistent_if{border-color:#e67e22}.group.not_checkable{border-color:#7f8c8d}.group.consistent{border-color:#27ae60}
.v{font-weight:bold;white-space:nowrap}.v.inconsistent{color:#c0392b}.v.consistent_if{color:#b35c00}.v.not_checkable{color:#5d6d7e}.v.consistent{color:#1e8449}
.warning{border:2px solid #c0392b;background:#fdecea;padding:.6em .9em;margin:1em 0}
mark{background:#ffe08a;padding:0 .1em}mark.bad{background:#f5b7b1;outline:1px solid #c0392b}mark.hit{background:#aed6f1;outline:1px solid #2e86c1}
.quote{font-size:1.05em}.meta{color:#555;font-size:.9em}
.base{margin:.4em 0}.base.inferred{border:1px solid #e67e22;background:#fef5e7;padding:.3em .6em;color:#333}
table{border-collapse:collapse;font-size:.9em;margin:.4em 0;max-width:100%}td,th{border:1px solid #ddd;padding:.2em .5em;text-align:left;vertical-align:top}
table.grid td.n,table.grid th.n{text-align:right;white-space:nowrap;overflow-wrap:normal;font-variant-numeric:tabular-nums}
table.checks th,table.checks td[data-label=check]{overflow-wrap:normal}table.grid .col{background:#eef6fc}table.grid caption{caption-side:bottom;text-align:left;color:#555;font-size:.9em}
table.grid th.h{text-align:right;font-weight:normal;color:#333}table.grid th.h[colspan]{text-align:center}.grid-title{margin:.3em 0 .1em}
table.grid tr.total th,table.grid tr.total td{border-top:2px solid #999;font-weight:bold}
table.grid .total{background:#f4f4f4}table.grid tr.title th{background:#f0f0f0;font-weight:bold}
table.grid td.focus{outline:2px solid #2e86c1;outline-offset:-2px}table.checks tr.focus{background:#eaf2f8}
details summary{cursor:pointer;color:#555;font-size:.9em}
#filters{position:sticky;top:0;background:#fff;border-bottom:1px solid #ccc;padding:.5em 0;z-index:1;font-size:.95em}
#filters label{margin-right:.8em;white-space:nowrap;display:inline-block}#filters input[type=search]{width:16em;max-width:100%}#filters select{max-width:12em}
.hidden{display:none}
@media (max-width:40em){
body{margin:.5em auto;padding:0 .5em}h1{font-size:1.2em}h2{font-size:1.15em}#shown{display:block}
#filters{position:static}
.group{padding:.3em .4em;border-left-width:4px}
table.cards,table.cards tbody,table.cards tr,table.cards td{display:block;width:auto}
table.cards tr.head{display:none}table.cards tr{border-top:1px solid #ddd;padding:.2em 0}table.cards td{border:none;padding:.1em 0}
table.cards td[data-label]::before{content:attr(data-label) ": ";color:#555;font-size:.9em}
table.grid{font-size:.75em}table.grid td,table.grid th{padding:.1em .2em}
}
"""

#: The review page's filters: by verdict, by check, and a search over each group's text and explanations.
#: What is shown is what is counted (the headings, the verdicts' counts, the line of what is shown), the
#: search's hits are marked, and every change is written to the query string (``history.replaceState``),
#: which sets the filters on opening: a filtered view can be linked to, reloaded, and tested in a browser.
_SCRIPT = """
(function () {
  var boxes = Array.prototype.slice.call(document.querySelectorAll('#filters input[name=verdict]'));
  var check = document.getElementById('check'), query = document.getElementById('q'), shown = document.getElementById('shown');
  var params = new URLSearchParams(window.location.search);
  if (params.has('verdict')) {
    var wanted = params.getAll('verdict').join(',').split(',');
    boxes.forEach(function (b) { b.checked = wanted.indexOf(b.value) >= 0; });
  }
  if (params.has('check')) { check.value = params.get('check'); }
  if (params.has('q')) { query.value = params.get('q'); }
  function clearHits() {
    document.querySelectorAll('mark.hit').forEach(function (m) {
      var parent = m.parentNode;
      parent.replaceChild(document.createTextNode(m.textContent), m);
      parent.normalize();
    });
  }
  function highlight(root, q) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT), nodes = [], node;
    while ((node = walker.nextNode())) {
      if (node.nodeValue.toLowerCase().indexOf(q) >= 0 && !node.parentNode.closest('.hidden')) { nodes.push(node); }
    }
    nodes.forEach(function (text) {
      var at;
      while (text && (at = text.nodeValue.toLowerCase().indexOf(q)) >= 0) {
        var hit = text.splitText(at), rest = hit.splitText(q.length), mark = document.createElement('mark');
        mark.className = 'hit';
        hit.parentNode.replaceChild(mark, hit);
        mark.appendChild(hit);
        text = rest;
      }
    });
  }
  function writeUrl(verdicts, name, q) {
    var out = new URLSearchParams();
    if (verdicts.length < boxes.length) { out.set('verdict', verdicts.join(',')); }
    if (name) { out.set('check', name); }
    if (q) { out.set('q', query.value.trim()); }
    var search = out.toString();
    try { history.replaceState(null, '', window.location.pathname + (search ? '?' + search : '') + window.location.hash); } catch (e) { /* a page without history */ }
  }
  function apply() {
    var verdicts = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    var name = check.value, q = query.value.trim().toLowerCase();
    var nChecks = 0, nGroups = 0, matching = {}, inSection = {};
    boxes.forEach(function (b) { matching[b.value] = 0; });
    clearHits();
    document.querySelectorAll('.reviewed').forEach(function (unit) {
      var text = unit.textContent.toLowerCase(), isGroup = unit.classList.contains('group');
      var visible = 0;
      unit.querySelectorAll('tr[data-verdict]').forEach(function (row) {
        var other = (!name || row.dataset.check === name)
          && (!q || text.indexOf(q) >= 0 && (isGroup || row.textContent.toLowerCase().indexOf(q) >= 0));
        var ok = other && verdicts.indexOf(row.dataset.verdict) >= 0;
        if (other) { matching[row.dataset.verdict] += 1; }
        row.classList.toggle('hidden', !ok);
        if (ok) { visible += 1; }
      });
      unit.classList.toggle('hidden', visible === 0);
      nChecks += visible;
      if (visible && isGroup) { nGroups += 1; }
      var section = unit.dataset.section;
      inSection[section] = (inSection[section] || 0) + (visible ? (isGroup ? 1 : visible) : 0);
      if (visible && q) {
        highlight(unit, q);
        unit.querySelectorAll('details').forEach(function (d) { if (d.querySelector('mark.hit')) { d.open = true; } });
      }
    });
    document.querySelectorAll('h2[data-section]').forEach(function (h) {
      var n = inSection[h.dataset.section] || 0, count = h.querySelector('.count');
      count.textContent = n;
      var none = document.getElementById('none-' + h.dataset.section);
      if (none) { none.classList.toggle('hidden', n > 0); }
    });
    document.querySelectorAll('#filters .n[data-verdict]').forEach(function (span) { span.textContent = matching[span.dataset.verdict]; });
    shown.textContent = nChecks + ' checks shown, in ' + nGroups + ' groups';
    shown.dataset.checks = nChecks;
    shown.dataset.groups = nGroups;
    writeUrl(verdicts, name, q);
  }
  // pointing at (or tapping) a check outlines the cells of its group's grid that it names
  document.querySelectorAll('.group').forEach(function (group) {
    var cells = group.querySelectorAll('td[data-claim]');
    if (!cells.length) { return; }
    function focus(row) {
      var ids = row ? row.dataset.claims.split(' ') : [];
      document.querySelectorAll('.focus').forEach(function (el) { el.classList.remove('focus'); });  // one check at a time
      cells.forEach(function (td) { if (ids.indexOf(td.dataset.claim) >= 0) { td.classList.add('focus'); } });
      if (row) { row.classList.add('focus'); }
    }
    group.querySelectorAll('tr[data-claims]').forEach(function (row) {
      row.addEventListener('mouseenter', function () { focus(row); });
      row.addEventListener('click', function () { focus(row); });
    });
    group.querySelector('table.checks').addEventListener('mouseleave', function () { focus(null); });
  });
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  check.addEventListener('change', apply);
  query.addEventListener('input', apply);
  apply();
}());
"""

_HTML_SPECIAL = re.compile("[&<>\"']")


def _esc(text: object) -> str:
    """``html.escape`` of ``str(text)``, skipped for the many strings that need no escaping."""
    text = str(text)
    return html.escape(text) if _HTML_SPECIAL.search(text) else text


def _highlighted(text: str, lo: int, hi: int, marks: Sequence[tuple[int, int, bool]]) -> str:
    """``text[lo:hi]`` escaped, with each ``(start, end, bad)`` span in a ``<mark>``."""
    parts, at = [], lo
    for start, end, bad in sorted(m for m in marks if lo <= m[0] and m[1] <= hi):
        if start < at:
            continue  # overlapping spans: the first one wins
        parts.append(html.escape(text[at:start]))
        parts.append(f'<mark class="bad">{html.escape(text[start:end])}</mark>' if bad else f"<mark>{html.escape(text[start:end])}</mark>")
        at = end
    parts.append(html.escape(text[at:hi]))
    return "".join(parts)


def _check_rows(rows: list[dict], by_id: dict[str, dict], chinese: dict[str, str]) -> list[str]:
    # class "cards": on a phone each check becomes a stacked card (see _CSS), so the explanation is never cut
    out = ['<table class="checks cards"><tr class="head"><th>verdict</th><th>check</th><th>numbers</th><th>explanation</th></tr>']
    for r in sorted(rows, key=lambda r: rank(r["verdict"])):
        numbers = " ".join(f"{_esc(by_id[c]['reported'])} <span class=\"meta\">{c}</span>" for c in r["claim_ids"].split() if c in by_id)
        assumption = f'<br><span class="meta">Assumption: {_esc(r["assumption"])}</span>' if r["assumption"] else ""
        zh = chinese.get(r["check_id"])
        zh = f'<br><span class="zh" lang="zh-CN">{_esc(zh)}</span>' if zh else ""
        out.append(f'<tr data-verdict="{r["verdict"]}" data-check="{_esc(r["check"])}" data-claims="{_esc(r["claim_ids"])}"><td class="v {r["verdict"]}">{r["verdict"]}</td>'
                   f'<td data-label="check">{_esc(r["check"])}</td><td data-label="numbers">{numbers}</td>'
                   f'<td><span lang="en">{_esc(r["explanation"])}</span>{zh}{assumption}</td></tr>')
    out.append("</table>")
    return out


def _base_line(members: list[dict], kind: str, checks: list[dict], facts: dict[str, dict]) -> list[str]:
    """The line naming the base of a group's numbers and where it comes from, from the same facts as its checks.

    The bases are those written into the group's claims (``base``,
    ``base_evidence``) and those the checks name in their facts (``n``, with
    the check's assumption saying where it comes from; a table column's
    ``forms``).  A base that no text prints (:data:`INFERRED_SOURCES`) is
    shown apart, with its evidence: the verdicts on it are only as sure as it.
    """
    seen: dict[int | str, str] = {}
    for c in members:
        if not is_missing(c["base"]):
            seen.setdefault(c["base"], c["base_evidence"] or "")
    for r in checks:
        f = facts.get(r["check_id"], {})
        if isinstance(f.get("n"), int) and f["n"] not in seen:
            seen[f["n"]] = r["assumption"]
        elif kind == "table" and isinstance(f.get("forms"), int) and f["forms"] not in seen:
            seen[f["forms"]] = f"forms: the total row's cell of column {f.get('column', '?')}"
    if not seen:
        # a stated total, a change in points and a test are judged against their own numbers (each check's assumption says how)
        return [] if kind in (*_NO_BASE_KINDS, "table") else ['<p class="base meta">Base: none printed, and none could be inferred.</p>']
    out = []
    printed = [(n, why) for n, why in seen.items() if why.split(":", 1)[0] not in INFERRED_SOURCES]
    inferred = [(n, why) for n, why in seen.items() if why.split(":", 1)[0] in INFERRED_SOURCES]
    if printed:
        listed = "; ".join(f"<strong>{_esc(n)}</strong> ({_esc(why)})" if why else f"<strong>{_esc(n)}</strong>" for n, why in printed)
        out.append(f'<p class="base meta">Base: {listed}</p>')
    for n, why in inferred:
        evidence = why.split(":", 1)[1].strip()
        evidence = evidence[len(f"{n}: "):] if evidence.startswith(f"{n}: ") else evidence  # "other: 27: the smallest base …"
        out.append(f'<p class="base inferred">基数为推断 · Base <strong>{_esc(n)}</strong>, inferred (no text prints it). '
                   f"Evidence: {_esc(evidence)}</p>")
    return out


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


#: The longest quote shown for a group: a flattened table has no sentence end for pages.
_MAX_QUOTE = 360


def _sentence_start(sentences: Sequence[tuple[int, int]], lo: int) -> int:
    """The start of the sentence holding ``lo`` (``lo`` if none does)."""
    s, e = span_at(sentences, lo) if sentences else (lo, lo)
    return s if s <= lo < e else lo


def _sentence_end(sentences: Sequence[tuple[int, int]], hi: int) -> int:
    """The end of the sentence that ``text[:hi]`` ends in (``hi`` if none)."""
    s, e = span_at(sentences, hi - 1) if sentences else (hi, hi)
    return e if s < hi <= e else hi


def _sentence_around(sentences: Sequence[tuple[int, int]], lo: int, hi: int, context: int = 30) -> tuple[int, int]:
    """The sentences that hold ``text[lo:hi]``, or ``context`` characters around it when they are too long."""
    first = _sentence_start(sentences, lo)
    last = _sentence_end(sentences, hi)
    if last - first <= max(_MAX_QUOTE, hi - lo):
        return first, last
    return max(first, lo - context), min(last, hi + context)


#: A header that ends in one character per column and a summary column ("镇镇镇乡乡乡乡均值": names cut to their
#: 镇 or 乡 by redaction), or in labels separated by spaces.  Only the suffixes of place names are read as such
#: one-character labels: any other run of characters before 均值 is more likely the end of a title.
_SUMMARY_COLUMN = re.compile(r"(均值|平均|合计|总计|小计)$")
_PLACE_SUFFIXES = frozenset("省市县区镇乡村街组社")


def _column_labels(header: str, width: int) -> list[str]:
    """The column labels at the end of the text before a flattened table, or ``1 … width`` when they cannot be told.

    Examples
    --------
    >>> _column_labels("述评结果类别等次镇镇镇乡乡乡乡均值", 8)
    ['镇', '镇', '镇', '乡', '乡', '乡', '乡', '均值']
    >>> _column_labels("情况表 一村 二村 三村", 3)
    ['一村', '二村', '三村']
    >>> _column_labels("情况统计表", 3)
    ['1', '2', '3']
    """
    tokens = header.split()
    if len(tokens) > width and all(0 < len(t) <= 8 for t in tokens[-width:]):
        return tokens[-width:]
    summary = _SUMMARY_COLUMN.search(header)
    if summary:
        before = header[: summary.start()]
        singles = before[-(width - 1):] if width > 1 else ""
        if len(singles) == width - 1 and all(ch in _PLACE_SUFFIXES for ch in singles):
            return [*singles, summary.group(1)]
    return [str(k) for k in range(1, width + 1)]


class _Tables:
    """The flattened tables of a text, read once, for the grids of its table groups."""

    def __init__(self, claims, text: str) -> None:
        self.text = text
        self.rows = claims.flat_rows if getattr(claims, "flat_rows", None) is not None else flattened_rows(text)
        self.row_of = {(s, e): k for k, row in enumerate(self.rows) for s, e, _ in row.cells}
        self.ids = {tuple(p): c["claim_id"] for p, c in zip(getattr(claims, "positions", ()), claims)}

    def header(self, first: int, width: int, sentences) -> tuple[list[str], str]:
        """The column labels of the table whose first row is ``first``, and that row's own label.

        The flattened text runs the header into the first row's label ("…镇镇镇乡乡乡乡均值发放测评表(份)68 68 …"):
        where a summary column's name in that label ends a header of one character per column, the label is cut there.
        """
        row = self.rows[first]
        lo = max(_sentence_start(sentences, row.start), row.start - 40)
        before = self.text[lo:row.start]
        for m in reversed(list(re.finditer(_SUMMARY_COLUMN.pattern.rstrip("$"), row.label))):
            labels = _column_labels(before + row.label[: m.end()], width)
            if not labels[0].isdigit() and row.label[m.end():]:
                return labels, row.label[m.end():]
        return _column_labels(before, width), row.label

    def grid(self, group, claims, bad: set[str], named: set[str], sentences) -> str:
        """The rows of a table group (the total row, then the answers), every column, with the group's column
        shaded and the cells its checks name marked; ``""`` if its cells are not found as rows."""
        try:
            cells = [claims.positions[i] for i in (group.total, *group.parts)]
            rows = [self.row_of[tuple(c)] for c in cells]
        except (AttributeError, IndexError, KeyError, TypeError):
            return ""
        width = len(self.rows[rows[0]].cells)
        first = rows[0]
        while first > 0 and self.rows[first - 1].cells and self.rows[first - 1].cells[-1][1] + 1 >= self.rows[first].start:
            first -= 1  # the table's first row: the rows before it run on without a gap
        labels, first_label = self.header(first, width, sentences)
        ids = self.ids
        col = group.column - 1
        head = "".join(f'<th class="n{" col" if k == col else ""}">{_esc(label)}</th>' for k, label in enumerate(labels))
        out = [f'<table class="grid"><caption>Column {group.column} ({_esc(labels[col])}) is this group: the first row is its total, '
               "the others its answers; marked cells are the ones its checks name.</caption>",
               f"<tr><th>row</th>{head}</tr>"]
        for k in rows:
            row = self.rows[k]
            tds = []
            for j, (s, e, value) in enumerate(row.cells):
                cid = ids.get((s, e), "")
                shown = f'<mark class="bad">{_esc(value)}</mark>' if cid in bad else f"<mark>{_esc(value)}</mark>" if cid in named and j == col else _esc(value)
                title = f' title="{cid}" data-claim="{cid}"' if cid else ""
                tds.append(f'<td class="n{" col" if j == col else ""}"{title}>{shown}</td>')
            out.append(f"<tr><th>{_esc(first_label if k == first else row.label)}</th>{''.join(tds)}</tr>")
        out.append("</table>")
        return "".join(out)


def _cells_header(columns) -> list[str]:
    """The header rows of a grid of cells: one row of the columns' headers, or two where a header spans columns
    (男 over 人数 and 比例(%)), its text once over the columns it spans."""
    split = []
    for c in columns:
        upper = c.group if c.group and c.header.startswith(c.group + " ") else ""
        split.append((upper, c.header[len(upper):].strip() if upper else c.header, c))
    cls = [f' class="h{" total" if c.total else ""}"' for c in columns]
    if not any(upper for upper, _, _ in split):
        return ['<tr><th></th>' + "".join(f"<th{k}>{_esc(leaf)}</th>" for k, (_, leaf, _) in zip(cls, split)) + "</tr>"]
    top, j = [], 0
    while j < len(split):
        span = 1
        while j + span < len(split) and split[j + span][0] == split[j][0] and split[j][0]:
            span += 1
        top.append(f'<th{cls[j]} colspan="{span}">{_esc(split[j][0])}</th>' if span > 1 else f"<th{cls[j]}>{_esc(split[j][0])}</th>")
        j += span
    return ['<tr><th rowspan="2"></th>' + "".join(top) + "</tr>",
            "<tr>" + "".join(f"<th{k}>{_esc(leaf)}</th>" for k, (_, leaf, _) in zip(cls, split)) + "</tr>"]


def _cells_grid(group, claims, bad: set[str], named: set[str]) -> str:
    """A table that a PDF or a Word file gives as cells (:mod:`dangjian.engine.kinds.cells`) as the grid it prints: its
    caption, its columns' headers, each row's label, every number cell, the 合计 rows marked as such, and the cells its
    checks name marked (an inconsistent check's in red); ``""`` when the group brings no table.

    Everything comes from the group's :class:`~dangjian.engine.kinds.cells.CellTable`: its layout holds each row's
    label, each data column's header and every number cell as printed, and its ``claims`` map a judged cell to its
    claim, whose id the page's script uses to outline the cells of the check a reader points at.
    """
    table = getattr(group, "table", None)
    lay = getattr(table, "layout", None)
    if lay is None or not lay.numbers:
        return ""
    try:
        ids = {cell: claims[i]["claim_id"] for cell, i in table.claims.items()}
    except (IndexError, KeyError, TypeError):
        return ""
    columns = sorted(lay.columns, key=lambda c: c.index)
    first = next((r for r, row in enumerate(lay.numbers) if any(row)), None)
    if first is None or not columns:
        return ""
    totals = {t for t in lay.totals if t is not None}
    titled = {block[0]: title for block, title in zip(lay.blocks, lay.titles) if block and title}
    width = len(columns) + 1
    where = f"table {table.number}" + (f", page {table.page}" if table.page else "")
    caption = table.caption.strip().splitlines()[-1].strip() if table.caption.strip() else ""
    # the note goes above the table, not in its caption: a caption is as narrow as a narrow table
    out = [f'<div class="cells"><p class="meta grid-title">{"<strong>" + _esc(caption) + "</strong> · " if caption else ""}{where}. '
           "Marked cells are the ones its checks name (red: an inconsistent check's); point at a check to outline its cells.</p>",
           '<table class="grid cells">', *_cells_header(columns)]
    for r in range(first, len(lay.numbers)):
        label = lay.labels[r] if r < len(lay.labels) else ""
        if r in titled and titled[r] != label:
            out.append(f'<tr class="title"><th colspan="{width}">{_esc(titled[r])}</th></tr>')
        tds = []
        for c in columns:
            number = lay.numbers[r][c.index] if c.index < len(lay.numbers[r]) else None
            cid = ids.get((r, c.index), "")
            value = _esc(number.printed) if number is not None else ""
            shown = f'<mark class="bad">{value}</mark>' if cid in bad else f"<mark>{value}</mark>" if cid in named else value
            at = f' title="{cid}" data-claim="{cid}"' if cid else ""
            tds.append(f'<td class="n{" total" if c.total else ""}"{at}>{shown}</td>')
        row_class = ' class="total"' if r in totals else ""
        out.append(f"<tr{row_class}><th>{_esc(label)}</th>{''.join(tds)}</tr>")
    out.append("</table></div>")
    return "".join(out)


def render_report(name: str, result: CleanResult, claims: pd.DataFrame | list[dict], checks: pd.DataFrame | list[dict],
                  *, warnings: Sequence[str] = ()) -> str:
    """A self-contained HTML page of the audit of one text, one question group at a time.

    Parameters
    ----------
    name : str
        The input's name, shown in the title.
    result : CleanResult
        The cleaned text the claims point into.
    claims, checks : DataFrame or list of dict
        The audit's tables (frames, or records as :mod:`dangjian.engine.tabular`
        gives them).  A :class:`dangjian.engine.extract.ClaimList` also brings the
        groups (their text spans, and a table column's cells, shown as a grid);
        for plain rows a group's text is its numbers' clauses.  Checks given as
        :class:`~dangjian.engine.results.Check` results are explained in
        Chinese as well as in English, and their facts name the base of the
        group's line.
    warnings : sequence of str
        Why the decoded text may be garbled; shown first when there are any.
    """
    # A list of records is the command's case: tested first, so that it never loads pandas.
    claim_rows = list(claims) if isinstance(claims, list) else records(claims)
    check_rows = list(checks) if isinstance(checks, list) else records(checks)
    chinese = {c.check_id: c.explanation("zh") for c in check_rows if isinstance(c, Check)}
    facts = {c.check_id: c.facts for c in check_rows if isinstance(c, Check)}
    reasons = Counter((explain.reason(c), explain.reason(c, "zh")) for c in check_rows if isinstance(c, Check) and c.verdict == "not_checkable")
    check_rows = [c.row() if isinstance(c, Check) else c for c in check_rows]
    by_id = {c["claim_id"]: c for c in claim_rows}
    groups = {g.id: g for g in getattr(claims, "groups", ())}
    members: dict[str, list[dict]] = {}
    for c in claim_rows:
        if c["group_id"]:
            members.setdefault(c["group_id"], []).append(c)
    judged: dict[str, list[dict]] = {}
    loose: list[dict] = []
    for r in check_rows:
        if r["group_id"]:
            judged.setdefault(r["group_id"], []).append(r)
        else:
            loose.append(r)
    bad_claims = {cid for r in check_rows if r["verdict"] == "inconsistent" for cid in r["claim_ids"].split()}
    counts = {v: sum(r["verdict"] == v for r in check_rows) for v in VERDICTS}
    text = result.text
    sentences = getattr(claims, "sentences", None) or sentences_of(text)
    tables = _Tables(claims, text) if any(g.kind == "table" for g in groups.values()) else None
    # every claim's span in the clean text, in one search of the offsets
    found = result.offsets.searchsorted([int(c[k]) for c in claim_rows for k in ("raw_start", "raw_end")]).tolist() if claim_rows else []
    clean_spans = {id(c): (found[2 * i], found[2 * i + 1]) for i, c in enumerate(claim_rows)}

    sections: dict[str, list[str]] = {v: [] for v in VERDICTS}
    for gid in sorted(judged, key=lambda g: (rank(worst(r["verdict"] for r in judged[g])), g)):
        rows = judged[gid]
        shown = worst(r["verdict"] for r in rows)
        numbers = members.get(gid, []) or [by_id[c] for r in rows for c in r["claim_ids"].split() if c in by_id]
        marks = [(*clean_spans[id(c)], c["claim_id"] in bad_claims) for c in numbers]
        group = groups.get(gid)
        if group is not None:
            lo, hi, kind = group.start, group.end, group.kind
        else:
            lo, hi, kind = min(m[0] for m in marks), max(m[1] for m in marks), ""
        lo, hi = _sentence_around(sentences, min([lo, *(m[0] for m in marks)]), max([hi, *(m[1] for m in marks)]))
        pages = sorted({int(c["page"]) for c in numbers if not is_missing(c["page"])})
        where = f", page {pages[0]}" if len(pages) == 1 else f", pages {pages[0]}–{pages[-1]}" if pages else ""
        quote = f'{"…" if lo > 0 else ""}{_highlighted(text, lo, hi, marks)}{"…" if hi < len(text) else ""}'
        named = {cid for r in rows for cid in r["claim_ids"].split()}
        if kind == "table" and tables is not None:
            grid = tables.grid(group, claims, bad_claims & named, named, sentences)
        elif kind == "cells":
            grid = _cells_grid(group, claims, bad_claims & named, named)
        else:
            grid = ""
        # a table's flattened text is a run of digits: the grid shows it, the text as printed stays one click away
        body = [grid, f'<details><summary>text as printed</summary><p class="quote">{quote}</p></details>'] if grid else [f'<p class="quote">{quote}</p>']
        sections[shown] += [
            f'<div class="group reviewed {shown}" id="{_esc(gid)}" data-verdict="{shown}" data-section="{_SECTION_IDS[shown]}">',
            f'<h3>{_esc(gid)} · {_esc(kind or "group")} · <span class="v {shown}">{shown}</span>'
            f'<span class="meta"> ({_plural(len(numbers), "number")}, {_plural(len(rows), "check")}{where})</span></h3>',
            *body,
            *_base_line(numbers, kind, rows, facts),
            *_check_rows(rows, by_id, chinese),
            "</div>",
        ]
    parts = [
        "<!doctype html>",
        '<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>dangjian audit: {_esc(name)}</title><style>{_CSS}</style></head><body>",
        f"<h1>数字核查报告 · Audit of <code>{_esc(name)}</code></h1>",
        f'<p class="meta">In the whole file: {len(claim_rows)} statistics found in {len(members)} question groups, {len(check_rows)} checks: '
        + ", ".join(f'<a href="#{_SECTION_IDS[v]}">{counts[v]} {v}</a>' for v in VERDICTS)
        + ". Verdicts: consistent; consistent_if (only under the named assumption); inconsistent (no reading the text"
        " allows makes the number possible; the explanation gives the arithmetic); not_checkable.</p>",
    ]
    if reasons:
        parts.append('<p class="meta" id="reasons">Why not checkable · 无法核对的原因: '
                     + "; ".join(f"{n} {_esc(en)} ({_esc(zh)})" for (en, zh), n in reasons.most_common()) + ".</p>")
    names = sorted({r["check"] for r in check_rows})
    parts.append(
        '<div id="filters">'
        + "".join(f'<label><input type="checkbox" name="verdict" value="{v}" checked> <span class="v {v}">{v}</span> '
                  f'(<span class="n" data-verdict="{v}">{counts[v]}</span>)</label>' for v in VERDICTS)
        + '<label>check <select id="check"><option value="">all</option>'
        + "".join(f'<option value="{_esc(n)}">{_esc(n)}</option>' for n in names)
        + '</select></label><label>搜索 · search <input type="search" id="q" placeholder="党员, 65.16%, base …"></label>'
        + f'<span class="meta" id="shown">{len(check_rows)} checks</span></div>'
    )
    if warnings:
        parts.append('<div class="warning" id="warning"><strong>警告 · Warning: the decoded text looks garbled.</strong> '
                     + _esc("; ".join(warnings))
                     + ". The statistics below may be wrong; if the file is in another encoding, run again with "
                     "<code>--encoding NAME</code> (for example big5, gb18030, utf-16).</div>")
    for verdict in VERDICTS:
        en, zh = _TITLES[verdict]
        section = _SECTION_IDS[verdict]
        n_groups = sum(1 for line in sections[verdict] if line.startswith('<div class="group'))
        parts.append(f'<h2 id="{section}" data-section="{section}">{zh} · {en} (<span class="count">{n_groups}</span>)</h2>')
        none = "None. 无。" if not n_groups else "None shown: the filters hide them. 筛选后无。"
        parts.append(f'<p class="none{" hidden" if n_groups else ""}" id="none-{section}">{none}</p>')
        parts += sections[verdict]
    if loose:
        parts.append(f'<h2 id="ungrouped" data-section="ungrouped">不属于任何问题的核查 · Checks outside any question group '
                     f'(<span class="count">{len(loose)}</span>)</h2>')
        parts += ['<div class="reviewed" data-section="ungrouped">', *_check_rows(loose, by_id, chinese), "</div>"]
    parts.append('<h2 id="statistics">全部数字 · All statistics</h2><table class="stats cards"><tr class="head"><th>id</th><th>reported</th><th>kind</th>'
                 "<th>group</th><th>base</th><th>how the base was found</th><th>page</th></tr>")
    for c in claim_rows:
        base = "" if is_missing(c["base"]) else str(c["base"])
        page = "" if is_missing(c["page"]) else str(c["page"])
        group = f'<a href="#{_esc(c["group_id"])}">{_esc(c["group_id"])}</a>' if c["group_id"] in judged else _esc(c["group_id"])
        parts.append(f"<tr><td>{c['claim_id']}</td><td data-label=\"reported\">{_esc(c['reported'])}</td><td data-label=\"kind\">{c['kind']}</td>"
                     f'<td data-label="group">{group}</td><td data-label="base">{base}</td><td data-label="base found">{_esc(c["base_evidence"])}</td>'
                     f'<td data-label="page">{page}</td></tr>')
    parts.append(f"</table><script>{_SCRIPT}</script></body></html>\n")
    return "\n".join(parts)
