"""``report.html``: the page a reader of ``dangjian audit`` opens, one question group at a time.

A group (:mod:`dangjian.engine.groups`) is shown once: its text with each of its
numbers highlighted, the base chosen for it and why, then the verdict of
every check on it (in English, and in Chinese when the checks come as
:class:`~dangjian.engine.results.Check` results).  Groups are shown under
the worst verdict of their checks, in the package's one order
(:data:`dangjian.engine.verdicts.VERDICTS`): an inconsistent number first,
then those consistent only under an assumption, then the consistent ones,
then those that could not be checked; checks outside any group follow, and
the table of every statistic ends the page.  A bar at the top filters the
checks by verdict and by check and searches the groups' text and
explanations (Chinese included), with the count of what is shown; the
page's query string sets the filters on opening
(``report.html?verdict=inconsistent``, ``?check=percent_of``, ``?q=党员``).
The page is one file with its style and script inline, so it opens without
a network and can be mailed as it is.

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
from collections.abc import Sequence

from ._lazy import pd
from .clean import CleanResult
from .records import sentences_of, span_at
from .results import Check
from .tabular import is_missing, records
from .verdicts import VERDICTS, rank, worst

__all__ = ["render_report"]

_TITLES = {
    "inconsistent": ("Groups with an inconsistent number", "含不一致数字的问题"),
    "consistent_if": ("Consistent only under an assumption", "需在特定假设下才一致"),
    "not_checkable": ("Not checkable", "无法核对"),
    "consistent": ("Consistent", "一致"),
}
#: Section ids: the first keeps the name earlier pages linked to.
_SECTION_IDS = {"inconsistent": "inconsistencies", "consistent_if": "consistent_if", "not_checkable": "not_checkable", "consistent": "consistent"}

_CSS = """
body{font-family:"Noto Sans CJK SC","Noto Sans CJK JP","PingFang SC","Microsoft YaHei",sans-serif;max-width:64em;margin:2em auto;padding:0 1em;line-height:1.6;color:#222}
h1{font-size:1.5em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}h3{font-size:1em;margin:.2em 0}
.group{border-left:5px solid #999;padding:.4em .8em;margin:1.2em 0;background:#fafafa}
.group.inconsistent{border-color:#c0392b}.group.consistent_if{border-color:#e67e22}.group.not_checkable{border-color:#7f8c8d}.group.consistent{border-color:#27ae60}
.v{font-weight:bold;white-space:nowrap}.v.inconsistent{color:#c0392b}.v.consistent_if{color:#b35c00}.v.not_checkable{color:#5d6d7e}.v.consistent{color:#1e8449}
.warning{border:2px solid #c0392b;background:#fdecea;padding:.6em .9em;margin:1em 0}
mark{background:#ffe08a;padding:0 .1em}mark.bad{background:#f5b7b1;outline:1px solid #c0392b}
.quote{font-size:1.05em}.meta{color:#555;font-size:.9em}
table{border-collapse:collapse;font-size:.9em;margin:.4em 0}td,th{border:1px solid #ddd;padding:.2em .5em;text-align:left;vertical-align:top}
#filters{position:sticky;top:0;background:#fff;border-bottom:1px solid #ccc;padding:.5em 0;z-index:1;font-size:.95em}
#filters label{margin-right:.8em;white-space:nowrap}#filters input[type=search]{width:16em}.hidden{display:none}
"""

#: The review page's filters: by verdict, by check, and a search over each group's text and explanations.
#: The page's query string sets them on opening (``report.html?verdict=inconsistent&q=党员``), so a
#: filtered view can be linked to, and tested in a headless browser.
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
  function apply() {
    var verdicts = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    var name = check.value, q = query.value.trim().toLowerCase();
    var nChecks = 0, nGroups = 0;
    document.querySelectorAll('.reviewed').forEach(function (unit) {
      var text = unit.textContent.toLowerCase();
      var visible = 0;
      unit.querySelectorAll('tr[data-verdict]').forEach(function (row) {
        var ok = verdicts.indexOf(row.dataset.verdict) >= 0 && (!name || row.dataset.check === name)
          && (!q || text.indexOf(q) >= 0 && (unit.classList.contains('group') || row.textContent.toLowerCase().indexOf(q) >= 0));
        row.classList.toggle('hidden', !ok);
        if (ok) { visible += 1; }
      });
      unit.classList.toggle('hidden', visible === 0);
      nChecks += visible;
      if (visible && unit.classList.contains('group')) { nGroups += 1; }
    });
    shown.textContent = nChecks + ' checks shown, in ' + nGroups + ' groups';
    shown.dataset.checks = nChecks;
    shown.dataset.groups = nGroups;
  }
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
    out = ["<table><tr><th>verdict</th><th>check</th><th>numbers</th><th>explanation</th></tr>"]
    for r in sorted(rows, key=lambda r: rank(r["verdict"])):
        numbers = " ".join(f"{_esc(by_id[c]['reported'])} <span class=\"meta\">{c}</span>" for c in r["claim_ids"].split() if c in by_id)
        assumption = f'<br><span class="meta">Assumption: {_esc(r["assumption"])}</span>' if r["assumption"] else ""
        zh = chinese.get(r["check_id"])
        zh = f'<br><span class="zh" lang="zh-CN">{_esc(zh)}</span>' if zh else ""
        out.append(f'<tr data-verdict="{r["verdict"]}" data-check="{_esc(r["check"])}"><td class="v {r["verdict"]}">{r["verdict"]}</td>'
                   f'<td>{_esc(r["check"])}</td><td>{numbers}</td><td><span lang="en">{_esc(r["explanation"])}</span>{zh}{assumption}</td></tr>')
    out.append("</table>")
    return out


def _bases(members: list[dict], kind: str) -> list[str]:
    """The line naming the bases of a group's numbers and why each was chosen, once each."""
    seen: dict[tuple[str, str], None] = {}
    for c in members:
        if not is_missing(c["base"]):
            seen.setdefault((str(c["base"]), c["base_evidence"] or ""), None)
    if not seen:
        # a stated total or a table column is checked against its own numbers (see each check's assumption)
        return [] if kind in ("total", "table", "points") else ['<p class="meta">Base: none printed, and none could be inferred.</p>']
    listed = "; ".join(f"<strong>{_esc(n)}</strong> ({_esc(why)})" if why else f"<strong>{_esc(n)}</strong>" for n, why in seen)
    return [f'<p class="meta">Base: {listed}</p>']


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
        groups' text spans; for plain rows a group's text is its numbers'
        clauses.  Checks given as :class:`~dangjian.engine.results.Check`
        results are explained in Chinese as well as in English.
    warnings : sequence of str
        Why the decoded text may be garbled; shown first when there are any.
    """
    # A list of records is the command's case: tested first, so that it never loads pandas.
    claim_rows = list(claims) if isinstance(claims, list) else records(claims)
    check_rows = list(checks) if isinstance(checks, list) else records(checks)
    chinese = {c.check_id: c.explanation("zh") for c in check_rows if isinstance(c, Check)}
    check_rows = [c.row() if isinstance(c, Check) else c for c in check_rows]
    by_id = {c["claim_id"]: c for c in claim_rows}
    spans = {g.id: (g.start, g.end, g.kind) for g in getattr(claims, "groups", ())}
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
    # every claim's span in the clean text, in one search of the offsets
    found = result.offsets.searchsorted([int(c[k]) for c in claim_rows for k in ("raw_start", "raw_end")]).tolist() if claim_rows else []
    clean_spans = {id(c): (found[2 * i], found[2 * i + 1]) for i, c in enumerate(claim_rows)}

    sections: dict[str, list[str]] = {v: [] for v in VERDICTS}
    for gid in sorted(judged, key=lambda g: (rank(worst(r["verdict"] for r in judged[g])), g)):
        rows = judged[gid]
        shown = worst(r["verdict"] for r in rows)
        numbers = members.get(gid, []) or [by_id[c] for r in rows for c in r["claim_ids"].split() if c in by_id]
        marks = [(*clean_spans[id(c)], c["claim_id"] in bad_claims) for c in numbers]
        if gid in spans:
            lo, hi, kind = spans[gid]
        else:
            lo, hi, kind = min(m[0] for m in marks), max(m[1] for m in marks), ""
        lo, hi = _sentence_around(sentences, min([lo, *(m[0] for m in marks)]), max([hi, *(m[1] for m in marks)]))
        pages = sorted({int(c["page"]) for c in numbers if not is_missing(c["page"])})
        where = f", page {pages[0]}" if len(pages) == 1 else f", pages {pages[0]}–{pages[-1]}" if pages else ""
        block = [
            f'<div class="group reviewed {shown}" id="{_esc(gid)}" data-verdict="{shown}">',
            f'<h3>{_esc(gid)} · {_esc(kind or "group")} · <span class="v {shown}">{shown}</span>'
            f'<span class="meta"> ({_plural(len(numbers), "number")}, {_plural(len(rows), "check")}{where})</span></h3>',
            f'<p class="quote">{"…" if lo > 0 else ""}{_highlighted(text, lo, hi, marks)}{"…" if hi < len(text) else ""}</p>',
            *_bases(numbers, kind),
            *_check_rows(rows, by_id, chinese),
            "</div>",
        ]
        sections[shown] += block
    parts = [
        "<!doctype html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        f"<title>dangjian audit: {_esc(name)}</title><style>{_CSS}</style></head><body>",
        f"<h1>数字核查报告 · Audit of <code>{_esc(name)}</code></h1>",
        f'<p class="meta">{len(claim_rows)} statistics found in {len(members)} question groups, {len(check_rows)} checks: '
        + ", ".join(f'<a href="#{_SECTION_IDS[v]}">{counts[v]} {v}</a>' for v in VERDICTS)
        + ". Verdicts: consistent; consistent_if (only under the named assumption); inconsistent (no reading the text"
        " allows makes the number possible; the explanation gives the arithmetic); not_checkable.</p>",
    ]
    names = sorted({r["check"] for r in check_rows})
    parts.append(
        '<div id="filters">'
        + "".join(f'<label><input type="checkbox" name="verdict" value="{v}" checked> <span class="v {v}">{v}</span> ({counts[v]})</label>'
                  for v in VERDICTS)
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
        n_groups = sum(1 for line in sections[verdict] if line.startswith('<div class="group'))
        parts.append(f'<h2 id="{_SECTION_IDS[verdict]}">{zh} · {en} ({n_groups})</h2>')
        parts += sections[verdict] or ["<p>None. 无。</p>"]
    if loose:
        parts.append(f'<h2 id="ungrouped">不属于任何问题的核查 · Checks outside any question group ({len(loose)})</h2>')
        parts += ['<div class="reviewed">', *_check_rows(loose, by_id, chinese), "</div>"]
    parts.append('<h2 id="statistics">全部数字 · All statistics</h2><table><tr><th>id</th><th>reported</th><th>kind</th>'
                 "<th>group</th><th>base</th><th>how the base was found</th><th>page</th></tr>")
    for c in claim_rows:
        base = "" if is_missing(c["base"]) else str(c["base"])
        page = "" if is_missing(c["page"]) else str(c["page"])
        group = f'<a href="#{_esc(c["group_id"])}">{_esc(c["group_id"])}</a>' if c["group_id"] in judged else _esc(c["group_id"])
        parts.append(f"<tr><td>{c['claim_id']}</td><td>{_esc(c['reported'])}</td><td>{c['kind']}</td><td>{group}</td>"
                     f"<td>{base}</td><td>{_esc(c['base_evidence'])}</td><td>{page}</td></tr>")
    parts.append(f"</table><script>{_SCRIPT}</script></body></html>\n")
    return "\n".join(parts)
