"""``frequencies``: an SPSS frequency table flattened into text, checked against its own 合计 rows.

A thesis or report that runs SPSS pastes its *Frequencies* output as a
table whose header is fixed by the program: 频率 (or 频数, 人数) · 百分比 ·
有效百分比 · 累积百分比 (累计百分比).  Its rows are every answer given
(under 有效), then the answers' 合计, then the missing answers (缺失, often
one row 系统) and the table's 合计.  The columns mean one thing each, in every
such table: 百分比 is a row's count over the table's 合计 (everyone), 有效百分比
over the 有效 rows' 合计 (those who answered), 累积百分比 the counts of the
有效 rows so far over that same 合计.  Flattened into text
("频数百分比有效百分比累计百分比有效1小时以下97 23.5 24.1 24.1 1-3小时168 …合计403
97.8 100.0缺失系统9 2.2合计412 100.0") the rows are read back by their number
of cells, which the header fixes.

Finder (:func:`frequency_tables`, used by :mod:`dangjian.engine.extract` to
read the cells as claims of kind ``cell``, and :func:`find`)
    the header, then two or more answer rows of one number per column, the
    有效 合计 (every column but the cumulative one), and, if a 缺失 row
    follows, the missing rows and the table's 合计 (a count and its share).
    Anything else ends the table; a table whose rows do not come out in this
    order is not read.

Judge
    ``cells_sum``: the 有效 rows' counts against their 合计, and 有效 plus
    缺失 against the table's 合计; ``frequency_share``: each share against its
    column's count and base.  A base is the table's own printed 合计, so a
    share it does not give is ``inconsistent`` where the column's 合计 prints
    100 or most of the column's shares fit it; a sum that misses its 合计 is
    ``inconsistent`` where the 有效百分比 add up to 100 (the rows are every
    answer), else ``consistent_if``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction

from ..judging import make_check, misfit_hints
from ..records import ClaimList, Group
from ..results import Check
from ..shares import exact_share, printed_share, rounding_slack, scaled, share_fits, whole

__all__ = ["FrequencyTable", "FrequencyGroup", "frequency_tables", "find", "judge"]

#: The fixed header of SPSS's frequency table, in its Chinese forms: a count column, 百分比, then 有效百分比 and/or
#: 累积百分比 (spaces between the names, or none where a scrape joined them).
_HEADER = re.compile(r"(?P<count>频率|频数|频次|人数|次数|个案数)\s*(?:[(（](?:人|个|次)[)）])?\s*百分比\s*(?:[(（]%[)）])?\s*"
                     r"(?:(?P<valid>有效百分比)\s*(?:[(（]%[)）])?\s*)?(?:(?P<cumulative>累[积计]百分比)\s*(?:[(（]%[)）])?)?")
_NUMBER = r"\d+(?:\.\d+)?"
#: A row label: up to 24 characters, none of them a sentence's end, ending in a character that is no digit (so that
#: "1-3小时168" is the label 1-3小时 and the count 168).
_LABEL = r"(?P<label>[^\s\d。;；,，:：、](?:(?![ \t\u00a0]\d)[^。;；:：]){0,23}?(?<=[^\d\s.])|\d(?:(?![ \t\u00a0]\d)[^。;；:：]){0,23}?(?<=[^\d\s.]))"
_TOTAL = re.compile(r"(?:合\s*计|总\s*计|总\s*数|总\s*和|[Tt]otal)\s*$")
_VALID = re.compile(r"\s*有效(?:的|值)?\s*")
_MISSING = re.compile(r"\s*缺失(?:值)?\s*")


def _row(cells: int) -> re.Pattern:
    numbers = r"\s*".join([f"(?P<n{k}>{_NUMBER})" if k == 0 else f"[ \\t\\u00a0](?P<n{k}>{_NUMBER})" for k in range(cells)])
    return re.compile(rf"\s*{_LABEL}\s*{numbers}(?![\d.%％])(?![ \t\u00a0]{_NUMBER}(?:\s|$))")


_ROWS = {k: _row(k) for k in range(1, 6)}


@dataclass(frozen=True)
class FrequencyRow:
    """One row: its ``label``, its ``part`` (``"valid"``, ``"valid_total"``, ``"missing"``, ``"missing_total"``,
    ``"total"``) and its cells as ``(start, end, printed)``, in the header's column order."""

    label: str
    part: str
    cells: tuple[tuple[int, int, str], ...]


@dataclass(frozen=True)
class FrequencyTable:
    """A frequency table: its ``columns`` (``"count"``, ``"percent"``, ``"valid"``, ``"cumulative"``), its ``rows``,
    and the clean span from its header to its last cell."""

    columns: tuple[str, ...]
    rows: tuple[FrequencyRow, ...]
    start: int
    end: int

    def cell(self, row: FrequencyRow, column: str) -> tuple[int, int, str] | None:
        """A row's cell in ``column`` (``None`` where the row has none: a total's cumulative share, a missing row's)."""
        k = self.columns.index(column) if column in self.columns else -1
        return row.cells[k] if 0 <= k < len(row.cells) else None

    def part(self, name: str) -> list[FrequencyRow]:
        return [r for r in self.rows if r.part == name]


def frequency_tables(text: str) -> list[FrequencyTable]:
    """The SPSS frequency tables of a text, read from their fixed header.

    >>> t = frequency_tables("频数 百分比 有效百分比 累计百分比 有效 是 30 60.0 62.5 62.5 否 18 36.0 37.5 100.0 合计 48 96.0 100.0 "
    ...                      "缺失 系统 2 4.0 合计 50 100.0 由表可知")[0]
    >>> t.columns, [(r.label, r.part, [c[2] for c in r.cells]) for r in t.rows][-3:]
    (('count', 'percent', 'valid', 'cumulative'), [('合计', 'valid_total', ['48', '96.0', '100.0']), ('系统', 'missing', ['2', '4.0']), ('合计', 'total', ['50', '100.0'])])
    """
    out = []
    for head in _HEADER.finditer(text):
        if not (head.group("valid") or head.group("cumulative")):
            continue
        columns = ("count", "percent") + (("valid",) if head.group("valid") else ()) + (("cumulative",) if head.group("cumulative") else ())
        table = _read(text, head.end(), columns)
        if table is not None:
            out.append(FrequencyTable(columns, table, head.start(), table[-1].cells[-1][1]))
    return out


def _read(text: str, pos: int, columns: tuple[str, ...]) -> tuple[FrequencyRow, ...] | None:
    valid = _VALID.match(text, pos)
    if valid and valid.end() > pos:
        pos = valid.end()
    rows: list[FrequencyRow] = []
    width = len(columns)
    at_total = width - ("cumulative" in columns)
    # the answers, then their 合计 (every column but the cumulative share)
    while True:
        m = _ROWS[width].match(text, pos)
        if m is None or _TOTAL.search(m.group("label")) or _MISSING.fullmatch(m.group("label")):
            break
        rows.append(_made(m, width, "valid"))
        pos = m.end()
    total = _ROWS[at_total].match(text, pos)
    if len(rows) < 2 or total is None or not _TOTAL.search(total.group("label")):
        return None
    rows.append(_made(total, at_total, "valid_total"))
    pos = total.end()
    missing = _MISSING.match(text, pos)
    if missing is None or missing.end() == pos:
        return tuple(rows)
    pos = missing.end()
    lost: list[FrequencyRow] = []
    while True:
        m = _ROWS[2].match(text, pos)
        if m is None and not lost:  # a single missing row may have no label of its own: "缺失 9 2.2"
            m = re.compile(rf"(?P<label>)(?P<n0>{_NUMBER})[ \t\u00a0](?P<n1>{_NUMBER})(?![\d.%％])").match(text, pos)
        if m is None:
            return None
        if _TOTAL.search(m.group("label")):
            if not lost:
                return None
            # the missing rows' own 合计 (several of them), then the table's; or the table's straight away
            after = _ROWS[2].match(text, m.end())
            if len(lost) > 1 and after is not None and _TOTAL.search(after.group("label")):
                rows += lost + [_made(m, 2, "missing_total"), _made(after, 2, "total")]
            else:
                rows += lost + [_made(m, 2, "total")]
            return tuple(rows)
        lost.append(_made(m, 2, "missing"))
        pos = m.end()


def _made(m: re.Match, cells: int, part: str) -> FrequencyRow:
    return FrequencyRow(m.group("label").strip(), part, tuple((m.start(f"n{k}"), m.end(f"n{k}"), m.group(f"n{k}")) for k in range(cells)))


# --- the group ----------------------------------------------------------------------------------------------------------


@dataclass(eq=False)
class FrequencyGroup(Group):
    """A frequency table read from the text, and the claim of each of its cells (``(row, column) -> claim index``)."""

    kind: str = "frequencies"
    table: FrequencyTable | None = None
    claims: dict = field(default_factory=dict)


def find(rows: ClaimList, add) -> None:
    """One group per frequency table whose cells were read as claims."""
    at = {pos[0]: i for i, pos in enumerate(rows.positions)}
    taken = rows.taken()
    for t in frequency_tables(rows.text):
        claims = {}
        for r, row in enumerate(t.rows):
            for c, (start, _, _) in enumerate(row.cells):
                i = at.get(start)
                if i is not None and rows[i]["kind"] == "cell" and i not in taken:
                    claims[(r, t.columns[c])] = i
        if not claims:
            continue
        g = FrequencyGroup(start=t.start, end=t.end, table=t, claims=claims)
        g.members = sorted(set(claims.values()))
        add(g)


def _value(rows: ClaimList, g: FrequencyGroup, r: int, column: str) -> str | None:
    i = g.claims.get((r, column))
    return None if i is None else rows[i]["value"]


def _whole(value: str | None) -> int | None:
    """A cell's whole number (``None`` for a missing cell or a decimal one)."""
    return None if value is None else whole(value)


def judge(rows: ClaimList, g: FrequencyGroup) -> list[Check]:
    """The sums of the table and each share against its base (see the module's notes)."""
    t = g.table
    index = {row: r for r, row in enumerate(t.rows)}
    valid = [index[x] for x in t.part("valid")]
    valid_total = index[t.part("valid_total")[0]]
    missing = [index[x] for x in t.part("missing")]
    total = next((index[x] for x in t.part("total")), valid_total)
    n_valid, n_all = _whole(_value(rows, g, valid_total, "count")), _whole(_value(rows, g, total, "count"))
    counts = [_whole(_value(rows, g, r, "count")) for r in valid]
    out: list[Check] = []
    valid_shares = [_value(rows, g, r, "valid") for r in valid]
    whole = None not in valid_shares and "valid" in t.columns and abs(sum(map(Fraction, valid_shares)) - 100) <= rounding_slack(valid_shares)
    out += _sum(rows, g, valid, valid_total, whole)
    if missing:
        out += _sum(rows, g, [valid_total, *missing], total, True)
    for i in (g.claims.get((r, "count")) for r in valid):
        if i is not None and n_valid:
            rows[i]["base"], rows[i]["base_evidence"] = n_valid, f"stated: the 有效 合计 of the frequency table ({n_valid})"
    if n_all and missing:
        for r in [valid_total, *missing]:
            i = g.claims.get((r, "count"))
            if i is not None:
                rows[i]["base"], rows[i]["base_evidence"] = n_all, f"stated: the 合计 of the frequency table ({n_all})"
    if n_all and None not in counts:
        everyone = [*valid, valid_total, *missing, total] if missing else [*valid, valid_total]
        out += _shares(rows, g, "percent", everyone, [*counts, n_valid, *[_whole(_value(rows, g, r, "count")) for r in missing], n_all][: len(everyone)],
                       n_all, total, total)
    if n_valid and None not in counts:
        out += _shares(rows, g, "valid", [*valid, valid_total], [*counts, n_valid], n_valid, valid_total, valid_total)
        running = [sum(counts[: k + 1]) for k in range(len(counts))]
        out += _shares(rows, g, "cumulative", valid, running, n_valid, valid[-1], valid_total, parts=counts)
    return out


def _sum(rows: ClaimList, g: FrequencyGroup, parts: list[int], total: int, whole: bool) -> list[Check]:
    """The counts of ``parts`` against the count of the row ``total``."""
    ids = [g.claims.get((r, "count")) for r in parts]
    k = g.claims.get((total, "count"))
    if k is None or None in ids:
        return []
    values = [rows[i]["value"] for i in ids]
    s, n = sum(map(Fraction, values)), Fraction(rows[k]["value"])
    t = g.table
    facts = {"line": f"{t.rows[parts[-1]].label} · 频数" if len(parts) == 1 else "频数", "parts": [rows[i]["reported"] for i in ids], "sum": str(s),
             "total": rows[k]["reported"], "total_label": t.rows[total].label, "total_in": "row"}
    claims = [k, *ids]
    if s == n:
        return [make_check(rows, g, claims, "cells_sum", "equal", "consistent", assumption="the 合计 row adds up the rows above it",
                           expected=str(s), observed=rows[k]["reported"], **facts)]
    gap = str(abs(s - n))
    percent = [_value(rows, g, r, "valid" if "valid" in t.columns else "percent") for r in parts]
    share_total = _value(rows, g, total, "valid" if "valid" in t.columns else "percent")
    if whole and None not in percent and share_total is not None:
        return [make_check(rows, g, claims, "cells_sum", "mismatch_whole", "inconsistent",
                           assumption="the rows are every answer: their shares add up to 100%, as the 合计 row's does",
                           expected=str(s), observed=rows[k]["reported"], gap=gap, shares_sum=f"{float(sum(map(Fraction, percent))):g}",
                           total_share=share_total, **facts)]
    variant, assumption = (("over_if_several", "a respondent may be in several rows") if s > n else
                           ("short_if", "some gave no answer, or an answer is not printed as a row"))
    return [make_check(rows, g, claims, "cells_sum", variant, "consistent_if", assumption=assumption, expected=str(s), observed=rows[k]["reported"],
                       gap=gap, **facts)]


_WHAT = {"percent": "百分比", "valid": "有效百分比", "cumulative": "累积百分比"}


def _shares(rows: ClaimList, g: FrequencyGroup, column: str, rs: list[int], ks: list[int | None], n: int, hundred_row: int, n_row: int,
            parts: list[int] | None = None) -> list[Check]:
    """Each share of ``column`` in the rows ``rs`` against its count ``ks`` over ``n``, the count of the row ``n_row``;
    the column's base is established when the share of ``hundred_row`` prints 100 and fits, or most shares fit."""
    t = g.table
    judged = [(r, k, g.claims[(r, column)]) for r, k in zip(rs, ks, strict=True) if k is not None and (r, column) in g.claims]
    if not judged:
        return []
    fits = {r for r, k, i in judged if k <= n and share_fits(k, n, rows[i]["value"])}
    hundred = _value(rows, g, hundred_row, column)
    established = (hundred is not None and Fraction(hundred) == 100 and hundred_row in fits) or (len(fits) >= 2 and 2 * len(fits) > len(judged))
    where = f"the {t.rows[n_row].label} row's count in the frequency table"
    out = []
    for r, k, i in judged:
        value, reported = rows[i]["value"], rows[i]["reported"]
        rows[i]["base"], rows[i]["base_evidence"] = n, f"stated: {where} ({n})"
        _, d = scaled(value)
        printed = printed_share(k, n, d)
        if column == "cumulative":
            upto = parts[: rs.index(r) + 1]
            how = {"key": "running_count", "parts": upto, "k": k} if len(upto) > 1 else {"key": "row_count", "k": k}
        else:
            how = {"key": "row_count", "k": k}
        facts = {"column": _WHAT[column], "k": k, "n": n, "exact": exact_share(k, n), "printed": printed, "reported": reported, "how": how,
                 "row": t.rows[r].label, "n_row": t.rows[n_row].label}
        assumption = f"n = {n} ({where})"
        if r in fits:
            out.append(make_check(rows, g, [i], "frequency_share", "fit", "consistent", assumption=assumption, expected=f"{printed}%",
                                  observed=reported, **facts))
        elif k <= n and share_fits(k, n, value, "trunc"):
            printed = printed_share(k, n, d, "trunc")
            out.append(make_check(rows, g, [i], "frequency_share", "truncated", "consistent_if", assumption=f"{assumption}; truncated, not rounded",
                                  expected=f"{printed}%", observed=reported, **{**facts, "printed": printed}))
        elif established:
            out.append(make_check(rows, g, [i], "frequency_share", "misfit", "inconsistent", assumption=assumption, expected=f"{printed}%",
                                  observed=reported, hints=misfit_hints(rows, k, n, value) if column != "cumulative" else [], **facts))
        else:
            out.append(make_check(rows, g, [i], "frequency_share", "misfit_unsettled", "consistent_if", assumption="the share has another base",
                                  expected=f"{printed}%", observed=reported, **facts))
    return out

