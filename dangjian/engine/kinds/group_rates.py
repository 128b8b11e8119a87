"""``group_rates``: a table of a rate by group with its χ² (a paper's 单因素分析), flattened into text.

Medical and public-health papers compare a rate across the levels of each
factor in one table: its header names the group's size, the count with the
outcome, the rate, the χ² and P ("特征 调查人数 跌倒人数 发生率(%) χ²值 P值"); each
factor is a block of rows, the first of which carries the block's χ² and P
("性别 男 583 104 17.84 6.565 0.010 女 665 158 23.76").  Flattened into text the
rows run together, row labels hold digits ("60~69", "≥80") and a count may
have a space for its thousands separator ("1 075"); the header fixes how many
numbers a row holds (three, or five on a block's first row), which settles
all three.

Finder (:func:`rate_tables`, also used by :mod:`dangjian.engine.extract` to
read each number as a claim of kind ``cell``)
    the header, then rows of a label and three numbers (size, count, rate),
    five on the first row of a block (χ², then P, which may carry a sign:
    "<0.001"); the table ends at the first stretch that is no such row.

Judge
    ``percent_of``: each rate against its count over its group's size, both
    printed in its row (a misfit is ``inconsistent``: nothing else can be its
    base); ``chi2_table``: each block's χ² against the χ² of its 2×k table
    (with and without the outcome), as :func:`dangjian.engine.kinds.crosstab.chi2_check`
    judges it (the block's rates confirm its counts when all of them fit);
    ``table_vs_sample``: each block's sizes added up against the sample the
    text states (each factor splits the same people; fewer is item
    non-response, ``consistent_if``); ``blocks_sum``: where two blocks' sizes
    add up alike, their counts must too (the same people cannot have two
    numbers of cases), ``inconsistent`` for a block whose counts differ from
    those of the other blocks, where those agree among themselves.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..bases import BaseIndex
from ..judging import make_check, misfit_hints
from ..records import ClaimList, Group
from ..results import Check
from ..shares import exact_share, printed_share, scaled, share_fits
from .crosstab import chi2_check

__all__ = ["RateTable", "RateGroup", "ShareRowsGroup", "rate_tables", "share_rows", "find", "find_share_rows", "judge"]

_HEADER = re.compile(
    r"(?P<n>调查人数|总人数|人数|例数|总例数|样本数|观察例数|调查例数)\s*[(（]?\s*[n]?\s*[)）]?\s*"
    r"(?P<k>[\u4e00-\u9fff]{1,6}(?:人数|例数|数))\s*[(（]?\s*[n]?\s*[)）]?\s*"
    r"(?P<rate>[\u4e00-\u9fff]{0,6}率\s*(?:[(（]\s*[%％]\s*[)）]|/\s*[%％])|[(（]\s*[%％]\s*[)）]|[%％])\s*"
    r"(?P<test>[χΧ]\s*[~～]?\s*[²2]\s*值?)\s*(?P<p>[Pp]\s*值?)"
)
#: A row's pieces: a p with a sign ("<0.001"), a label that is a range or a bound ("60~69", "≥80", "<2"), a number,
#: or a run of other characters (a label).
_TOKEN = re.compile(r"(?P<p>[<>≤≥＜＞]\s*\d*\.\d+)|(?P<label>\d+(?:\.\d+)?\s*[~～\-—–至]\s*\d+(?:\.\d+)?[^\s\d<>≤≥＜＞]*|[<>≤≥＜＞]\s*\d+(?![\d.])[^\s\d<>≤≥＜＞]*)"
                    r"|(?P<num>\d+(?:\.\d+)?)|(?P<word>[^\s\d<>≤≥＜＞]+)")
_P = re.compile(r"[<>≤≥＜＞]\s*\d*\.\d+|0?\.\d+|1(?:\.0+)?")
#: A table's total row: "合计 2 874 499 17.36".
_TOTAL_LABEL = re.compile(r"\s*(?:合\s*计|总\s*计|总体|全体|合计)\s*$")
#: What ends the table: the next heading or sentence ("2.3多因素分析", "注:").
_STOP = re.compile(r"。|;|；|注\s*[:：]|多因素|讨论|结论")


@dataclass(frozen=True)
class RateRow:
    """A row: its ``label`` and its numbers as ``(start, end, printed)``: size, count, rate (and χ², P on a block's first)."""

    label: str
    cells: tuple


@dataclass(frozen=True)
class RateTable:
    blocks: tuple[tuple[RateRow, ...], ...]
    start: int
    end: int


def rate_tables(text: str) -> list[RateTable]:
    """The rate-by-group tables of a text.

    >>> t = rate_tables("特征 调查人数 跌倒人数 发生率(%) χ2值 P值 性别 男 583 104 17.84 6.565 0.010 女 665 158 23.76 "
    ...                 "居住方式 独居 173 51 29.48 8.720 0.003 非独居 1 075 211 19.63。")[0]
    >>> [[(r.label, [c[2] for c in r.cells]) for r in b] for b in t.blocks][1]
    [('居住方式独居', ['173', '51', '29.48', '8.720', '0.003']), ('非独居', ['1 075', '211', '19.63'])]
    """
    out = []
    for head in _HEADER.finditer(text):
        stop = _STOP.search(text, head.end())
        end = stop.start() if stop else len(text)
        table = _read(text, head.end(), end)
        if table is not None:
            out.append(table)
    return out


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """``(start, end, text, kind)`` of the stretch: ``num``, ``p`` (a p with a sign) or ``label``."""
    return [(m.start(), m.end(), m.group(), "p" if m.group("p") else "num" if m.group("num") else "label") for m in _TOKEN.finditer(text, start, end)]


def _read(text: str, start: int, end: int) -> RateTable | None:
    tokens = _tokens(text, start, end)
    rows: list[tuple[str, tuple]] = []
    k = 0
    while k < len(tokens):
        labels = []
        while k < len(tokens) and tokens[k][3] == "label":
            labels.append(tokens[k][2])
            k += 1
        j = k
        while j < len(tokens) and tokens[j][3] != "label":
            j += 1
        found = _cells(text, tokens[k:j])
        if not labels or found is None or _TOTAL_LABEL.match("".join(labels)):
            break  # (the 合计 row ends the table: it is no level of a factor)
        cells, used = found
        rows.append(("".join(labels), cells))
        if used < j - k:
            break  # numbers left after the row: the table ends there
        k = j
    blocks: list[list[RateRow]] = []
    for label, cells in rows:
        if len(cells) == 5:
            blocks.append([])
        elif not blocks:
            return None
        blocks[-1].append(RateRow(label, cells))
    blocks = [b for b in blocks if len(b) >= 2]
    if not blocks:
        return None
    return RateTable(tuple(tuple(b) for b in blocks), start, blocks[-1][-1].cells[-1][1])


def _cells(text: str, tokens: list) -> tuple[tuple, int] | None:
    """A row's cells from the number tokens after its label, and how many tokens they take: five (size, count, rate, χ²,
    P) or three; a size or count of 1-3 digits, a space and three digits is one number ("1 075") where the row needs it.
    Of the readings that take every token, one whose rate its count and size give is preferred; a reading that leaves
    tokens over ends the table."""
    readings = []
    for want in (5, 3):
        for join in (None, 0, 1):
            cells, used = _reading(text, tokens, want, join)
            if cells is not None:
                size, count = int(cells[0][2].replace(" ", "")), int(cells[1][2].replace(" ", ""))
                fits = share_fits(count, size, cells[2][2]) if size else False
                readings.append((used == len(tokens), fits, join is None, want == 5, cells, used))
    if not readings:
        return None
    best = max(readings, key=lambda x: x[:4])
    return best[4], best[5]


def _reading(text: str, tokens: list, want: int, join: int | None) -> tuple[tuple | None, int]:
    out: list[tuple[int, int, str]] = []
    k = 0
    while len(out) < want:
        if k >= len(tokens):
            return None, 0
        s, e, w, kind = tokens[k]
        slot = len(out)
        if slot == join:
            if k + 1 >= len(tokens) or not re.fullmatch(r"\d{1,3}", w) or not re.fullmatch(r"\d{3}", tokens[k + 1][2]) or text[e : tokens[k + 1][0]] != " ":
                return None, 0
            out.append((s, tokens[k + 1][1], f"{w} {tokens[k + 1][2]}"))
            k += 2
            continue
        if slot < 4 and kind != "num" or slot == 4 and not _P.fullmatch(w.replace(" ", "")):
            return None, 0
        out.append((s, e, w))
        k += 1
    size, count, rate = out[0][2].replace(" ", ""), out[1][2].replace(" ", ""), out[2][2]
    if "." in size or "." in count or int(count) > int(size) or float(rate) > 100:
        return None, 0
    return tuple(out), k


# --- the group ----------------------------------------------------------------------------------------------------------


@dataclass(eq=False)
class RateGroup(Group):
    """A block of a rate table: its rows, and the claim of each cell (``(row, column) -> claim index``, columns 0-4)."""

    kind: str = "group_rates"
    rows_of: tuple = ()
    claims: dict = field(default_factory=dict)
    table: RateTable | None = None


def find(rows: ClaimList, add) -> None:
    at = {pos[0]: i for i, pos in enumerate(rows.positions)}
    taken = rows.taken()
    for t in rate_tables(rows.text):
        for block in t.blocks:
            claims = {}
            for r, row in enumerate(block):
                for c, (start, _, _) in enumerate(row.cells):
                    i = at.get(start)
                    if i is not None and i not in taken:
                        claims[(r, c)] = i
            if not claims:
                continue
            g = RateGroup(start=block[0].cells[0][0], end=block[-1].cells[-1][1], rows_of=block, claims=claims, table=t)
            g.members = sorted(set(claims.values()))
            add(g)


def judge(rows: ClaimList, g: RateGroup) -> list[Check]:
    if isinstance(g, ShareRowsGroup):
        return _judge_share_rows(rows, g)
    out: list[Check] = []
    counts = []
    fits = 0
    for r, row in enumerate(g.rows_of):
        n, k = int(row.cells[0][2].replace(" ", "")), int(row.cells[1][2].replace(" ", ""))
        counts.append([k, n - k])
        i, j, m = g.claims.get((r, 2)), g.claims.get((r, 1)), g.claims.get((r, 0))
        if i is None:
            continue
        check = _rate_in_row(rows, g, i, j, m, k, n, row.cells[2][2], f"stated: the size of the group {row.label} in its row ({n})")
        fits += check.verdict == "consistent"
        out.append(check)
    chi2 = g.claims.get((0, 3))
    if chi2 is not None:
        out += chi2_check(rows, g, chi2, counts, confirmed=fits == len(g.rows_of), ordered=True)
    return out + _across_blocks(rows, g)


def _rate_in_row(rows: ClaimList, g: Group, i: int, count: int | None, size: int | None, k: int, n: int, value: str, evidence: str) -> Check:
    """A rate (claim ``i``) against the count ``k`` and size ``n`` printed in its own row: consistent naming the three where
    it fits, inconsistent naming the rate alone where it does not (nothing else can be its base); the base is written into
    the rate's and the count's claims."""
    for x in (i, count):
        if x is not None:
            rows[x]["base"], rows[x]["base_evidence"] = n, evidence
    _, d = scaled(value)
    facts = {"k": k, "n": n, "exact": float(exact_share(k, n)), "printed": printed_share(k, n, d), "reported_value": value}
    if share_fits(k, n, value):
        return make_check(rows, g, [x for x in (i, count, size) if x is not None], "percent_of", "beside_fit", "consistent",
                          assumption=f"n = {n}, printed in the row", expected=f"{facts['printed']}%", observed=value, **facts)
    return make_check(rows, g, [i], "percent_of", "beside_misfit", "inconsistent", assumption=f"n = {n}, printed in the row",
                      expected=f"{facts['printed']}%", observed=value, hints=misfit_hints(rows, k, n, value), **facts)


def _sum_of(block: tuple, column: int) -> int:
    return sum(int(row.cells[column][2].replace(" ", "")) for row in block)


def _across_blocks(rows: ClaimList, g: RateGroup) -> list[Check]:
    """Each block splits the same people by another factor: its group sizes add up to the sample the text states (or to
    what the other blocks add up to), and where they do, its counts add up to what the other blocks' counts add up to."""
    blocks = g.table.blocks
    here = blocks.index(g.rows_of)
    label = g.rows_of[0].label
    out: list[Check] = []
    sizes = [_sum_of(b, 0) for b in blocks]
    counts = [_sum_of(b, 1) for b in blocks]
    size_ids = [g.claims.get((r, 0)) for r in range(len(g.rows_of))]
    count_ids = [g.claims.get((r, 1)) for r in range(len(g.rows_of))]
    if None in size_ids or None in count_ids:
        return []
    size_parts = [row.cells[0][2] for row in g.rows_of]
    samples = BaseIndex.of(rows).samples_before(g.table.start) if rows.samples else []
    smp = next((x for x in samples if x.n == sizes[here] and x.kind != "issued"), samples[0] if samples else None)
    if smp is not None:
        facts = {"total": f"{' + '.join(size_parts)} = {sizes[here]}", "line": label, "n": smp.n, "sample": smp.text}
        gap = abs(sizes[here] - smp.n)
        verdict, variant, assumption = (("consistent", "equal", "each factor splits the survey's sample") if gap == 0 else
                                        ("consistent_if", "fewer", f"{gap} of the {smp.n} gave no answer on this factor") if sizes[here] < smp.n else
                                        ("consistent_if", "more", "the table counts people outside that sample"))
        out.append(make_check(rows, g, size_ids, "table_vs_sample", variant, verdict, assumption=assumption, expected=str(smp.n),
                              observed=str(sizes[here]), **({"gap": gap} if gap else {}), **facts))
    # the other blocks that split the same people (their sizes add up to this block's): their counts add up alike
    same = [k for k in range(len(blocks)) if k != here and sizes[k] == sizes[here]]
    if not same:
        return out
    agreeing = [k for k in same if counts[k] == counts[here]]
    facts = {"line": label, "parts": [row.cells[1][2] for row in g.rows_of], "sum": str(counts[here]), "n": sizes[here],
             "others": len(same), "total": str(counts[same[0]])}
    if agreeing:
        out.append(make_check(rows, g, count_ids, "blocks_sum", "equal", "consistent", assumption="each factor splits the same people",
                              expected=str(counts[here]), observed=str(counts[here]), **{**facts, "others": len(agreeing)}))
        return out
    # no other block of the same people agrees: this block is wrong where the others agree among themselves, and one of
    # two where they are two; where the others disagree too, nothing can be told
    if len({counts[k] for k in same}) == 1:
        out.append(make_check(rows, g, count_ids, "blocks_sum", "mismatch", "inconsistent", assumption="each factor splits the same people",
                              expected=facts["total"], observed=str(counts[here]), **facts))
    return out


# --- rows of a size, a count and its rate in % ----------------------------------------------------------------------------

#: A row "label size count rate%": "机电工程学院912 861 94.41%", "经济管理学院1 036 948 91.51%" (a thousands space).
_SHARE_ROW = re.compile(r"(?P<label>[\u4e00-\u9fffA-Za-z()（）]{2,16}?)\s?(?P<nums>(?:\d{1,6}[ \t]){2,4})(?P<pct>\d{1,3}(?:\.\d{1,2})?)\s*[%％]")


@dataclass(frozen=True)
class ShareRow:
    label: str
    size: tuple  # (start, end, printed)
    count: tuple
    rate: tuple


def share_rows(text: str) -> list[tuple[ShareRow, ...]]:
    """Runs of three or more adjacent rows of a size, a count and the count's rate of the size, most of whose rates the
    two numbers give (which settles where a thousands space joins two digits: "1 036 948 91.51%" is 1036 and 948).

    >>> [[(r.label, r.size[2], r.count[2]) for r in t] for t in share_rows("学院912 861 94.41%工学院1 036 948 91.51%艺术学院462 410 88.74%。")]
    [[('学院', '912', '861'), ('工学院', '1 036', '948'), ('艺术学院', '462', '410')]]
    """
    if "%" not in text and "％" not in text:
        return []
    return list(_share_rows(text))


#: Three rows need three places where two numbers and a share follow each other (a quick test before the row pattern,
#: which tries every character).
_SHARE_ROW_GATE = re.compile(r"\d[ \t]\d{1,6}[ \t]\d{1,3}(?:\.\d{1,2})?\s*[%％]")


@functools.lru_cache(maxsize=4)
def _share_rows(text: str) -> tuple[tuple[ShareRow, ...], ...]:
    """(Read once per text: the extractor and the kind's finder both ask.)"""
    gate = _SHARE_ROW_GATE.finditer(text)
    if next(gate, None) is None or next(gate, None) is None or next(gate, None) is None:
        return ()
    out, run, last = [], [], -1
    for m in _SHARE_ROW.finditer(text):
        tokens = [(t.start() + m.start("nums"), t.end() + m.start("nums"), t.group()) for t in re.finditer(r"\d+", m.group("nums"))]
        row = _share_row(text, m, tokens)
        if row is None or (run and m.start() - last > 1):
            if len(run) >= 3:
                out.append(tuple(run))
            run = []
        if row is not None:
            run.append(row)
            last = m.end()
    if len(run) >= 3:
        out.append(tuple(run))
    # most rates of a run are their rows' count over size: the reading is the table's
    return tuple(t for t in out if 2 * sum(share_fits(int(r.count[2].replace(" ", "")), int(r.size[2].replace(" ", "")), r.rate[2]) for r in t) > len(t))


def _share_row(text: str, m: re.Match, tokens: list) -> ShareRow | None:
    """The row's size and count from its number tokens: two of them, or with a thousands space joined (1-3 digits, then
    exactly three) where that makes two; of several readings, one whose rate they give."""
    readings = []
    for a in range(1, len(tokens)):
        left, right = tokens[:a], tokens[a:]
        if any(len(part) > 2 for part in (left, right)):
            continue
        joined = []
        for part in (left, right):
            if len(part) == 2 and not (re.fullmatch(r"\d{1,3}", part[0][2]) and re.fullmatch(r"\d{3}", part[1][2]) and text[part[0][1] : part[1][0]] == " "):
                break
            joined.append((part[0][0], part[-1][1], " ".join(t[2] for t in part)))
        if len(joined) != 2:
            continue
        size, count = (int(x[2].replace(" ", "")) for x in joined)
        if count > size or size == 0:
            continue
        readings.append((share_fits(count, size, m.group("pct")), -sum(len(p) for p in (left, right)), joined))
    if not readings:
        return None
    _, _, (size, count) = max(readings, key=lambda x: (x[0], x[1]))
    return ShareRow(m.group("label"), size, count, (m.start("pct"), m.end("pct"), m.group("pct")))


@dataclass(eq=False)
class ShareRowsGroup(Group):
    """A run of share rows and the claims of each row's size, count and rate (``(row, "size" | "count" | "rate") -> index``)."""

    kind: str = "share_rows"
    rows_of: tuple = ()
    claims: dict = field(default_factory=dict)


def find_share_rows(rows: ClaimList, add) -> None:
    at = {pos[0]: i for i, pos in enumerate(rows.positions)}
    taken = rows.taken()
    for t in share_rows(rows.text):
        claims = {}
        for r, row in enumerate(t):
            for what in ("size", "count", "rate"):
                i = at.get(getattr(row, what)[0])
                if i is not None and i not in taken:
                    claims[(r, what)] = i
        if not claims:
            continue
        g = ShareRowsGroup(start=t[0].size[0], end=t[-1].rate[1], rows_of=t, claims=claims)
        g.members = sorted(set(claims.values()))
        add(g)


def _judge_share_rows(rows: ClaimList, g: ShareRowsGroup) -> list[Check]:
    out: list[Check] = []
    body = [r for r in g.rows_of if not re.search(r"合计|总计|全校|全部|总体|[Tt]otal", r.label)]
    totals = [r for r in g.rows_of if r not in body]
    for r, row in enumerate(g.rows_of):
        i = g.claims.get((r, "rate"))
        if i is None:
            continue
        n, k = int(row.size[2].replace(" ", "")), int(row.count[2].replace(" ", ""))
        out.append(_rate_in_row(rows, g, i, g.claims.get((r, "count")), g.claims.get((r, "size")), k, n, row.rate[2],
                                f"stated: {row.label}'s {row.size[2]}, printed in its row"))
    if len(totals) == 1 and len(body) >= 2:
        t = g.rows_of.index(totals[0])
        for what in ("size", "count"):
            ids = [g.claims.get((g.rows_of.index(row), what)) for row in body]
            k = g.claims.get((t, what))
            if k is None or None in ids:
                continue
            parts = [getattr(row, what)[2] for row in body]
            s = sum(int(x.replace(" ", "")) for x in parts)
            total = int(getattr(totals[0], what)[2].replace(" ", ""))
            facts = {"line": what, "parts": parts, "sum": str(s), "total": getattr(totals[0], what)[2], "total_label": totals[0].label, "total_in": "row"}
            if s == total:
                out.append(make_check(rows, g, [k, *ids], "cells_sum", "equal", "consistent", assumption="the 合计 row adds up the rows above it",
                                      expected=str(s), observed=facts["total"], **facts))
            else:
                out.append(make_check(rows, g, [k], "cells_sum", "short_if" if s < total else "over_if_several", "consistent_if",
                                      assumption="a row is not printed, or one is counted twice", expected=str(s), observed=facts["total"],
                                      gap=str(abs(s - total)), **facts))
    return out
