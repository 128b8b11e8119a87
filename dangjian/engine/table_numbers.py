"""The numbers of tables flattened into text that :mod:`dangjian.engine.extract` reads beside its tokens.

A share column headed 占比(%) whose shares lost their % signs ("性别男163 42.23"), a table of bands whose
shares ran into the next band's bound, a survey platform's count before its share and its 本题有效填写人次,
SPSS output pasted with one repeated separator, and numbers glued together that a table's own sums split.
Each reader gives ``(start, end, number_start, number_end, reported, value, unit, kind)`` tuples, as the
extractor's own tokens are.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .consistency import round_ratio
from .kinds.composition import composition_tables, parts_tables
from .kinds.correlations import header_spans
from .kinds.crosstab import crosstabs
from .kinds.frequencies import frequency_tables
from .kinds.group_rates import rate_tables, share_rows
from .kinds.medians import median_cells
from .kinds.platform import platform_blocks
from .kinds.series import series_tables
from .kinds.slash_counts import slash_rows
from .kinds.spss_groups import descriptives, group_statistics, range_tables
from .kinds.structure import structure_chains
from .kinds.votes import vote_tables
from .records import Sample

__all__ = ["header_cells", "PERCENT_HEADER", "COUNT_AND_SHARE_CELLS", "HEADER_BASE", "MAYBE_SEPARATED", "PLATFORM_BASE", "PLATFORM_COUNT", "DAMAGE", "band_rows",
           "separated_tables", "split_glued"]


#: The head of a table column of shares printed without their % signs.
PERCENT_HEADER = re.compile(r"(?:占比|比例|百分比|比重|构成比|所占比例|百分率)\s*[(（]\s*%\s*[)）]")
#: A row's count and share under such a header: "性别男163 42.23".
COUNT_AND_SHARE_CELLS = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z)）])\s?(\d{1,6})[ \t]+(\d{1,3}\.\d{1,2})(?![\d.%])")
#: A row of such a table whose share ran into the next row's label, a band's lower bound ("岁61 2031---40岁": 61
#: teachers, 20%, then the band 31---40): the count, then the share and the bound as one number, which a band's dash
#: or its unit follows ("---40岁", "岁及以上", "年 225"; not "年龄": a word).
_BAND_ROW = re.compile(
    r"(?<=[\u4e00-\u9fffA-Za-z)）])\s?(\d{1,6})[ \t]+(\d{1,9}(?:\.\d{1,6})?)(?![\d.])"
    r"(?=\s?(?:-{1,3}|—{1,2}|~|～|(?:[岁年月天次元分人个]|小时|分钟)(?:及?以[上下内]|\s?\d|-|~|—|至)))"
)
#: The base a table prints in its header: "占总人数(301)的百分比(%)".
HEADER_BASE = re.compile(r"(?:总人数|总数|样本数|合计)\s*[(（]\s*(\d{1,7})\s*[)）]")
_LAST_INTEGER = re.compile(r"(\d+)(?!.*\d)")


def band_rows(text: str, start: int, stop: int, decimals: int) -> list[tuple]:
    """The rows of a table of bands whose share ran into the next band's lower bound, split where the rows decide it.

    "20岁及以下2 0.6621---20岁61 2031---40岁149 49.541---50岁75 2551岁及以上": each share (0.66, 20, 49.5, 25) ran
    into the lower bound of the next band (21, 31, 41, 51), which therefore starts with its dash or its unit.  The
    number is cut into a share (at most 100, with at most as many decimals as the table's other shares) and a
    whole bound; if more than one cut is left, the bound must continue the row's own band (its upper bound, or one
    more: 20 岁及以下 → 21, 8 年 → 8 年以上).  A number that no cut, or more than one, fits is damaged; the row's
    count is read either way.
    """
    out = []
    carried = ""  # the bound cut off the previous row's share: the start of this row's label
    last = start
    for m in _BAND_ROW.finditer(text, start, stop):
        label = carried + text[last : m.start(1)]
        carried, last = "", m.end()
        number = m.group(2)
        whole, _, frac = number.partition(".")
        out.append((m.start(1), m.end(1), m.start(1), m.end(1), m.group(1), m.group(1), "", "count"))
        cuts = []
        digits = number.replace(".", "")
        point = len(whole)  # the decimal point stands after this many digits
        for cut in range(1, len(digits)):
            share = digits[:cut] if cut <= point else digits[:point] + "." + digits[point:cut]
            bound = digits[cut:]
            if (frac and cut <= point) or bound.startswith("0") or (share.startswith("0") and not share.startswith("0.")) or share.endswith("."):
                continue  # the bound is a whole number after the point; no leading zeros
            if Decimal(share) <= 100 and len(share.partition(".")[2]) <= decimals:
                cuts.append((cut, share, bound))
        if len(cuts) > 1:
            upper = _LAST_INTEGER.search(label)
            if upper:
                cuts = [c for c in cuts if int(c[2]) in (int(upper.group(1)), int(upper.group(1)) + 1)]
        s_start = m.start(2)
        if len(cuts) == 1:
            cut, share, bound = cuts[0]
            s_end = s_start + len(share)
            out.append((s_start, s_end, s_start, s_end, share, share, "%", "percent"))
            carried = bound
        else:
            out.append((s_start, m.end(2), s_start, m.end(2), number, "", "damaged", "glued_bound"))
    return out


#: A count with no unit, then its share: the cells of a survey platform's table.
#: (A lookahead of what a match starts with, a space or a digit, put first: the same matches, without trying the
#: lookbehind at every character.)
PLATFORM_COUNT = re.compile(r"(?=[\s\d])(?<=[\u4e00-\u9fffA-Za-z)）:：])\s*(?<![\d.])(\d{1,6})[ \t]+(?=\d{1,3}(?:\.\d{1,2})?%)")
#: The base a survey platform prints under a question's table.
#: (The lookahead of its first characters, put first: the same matches, found from the two characters a match opens with.)
PLATFORM_BASE = re.compile(r"(?=[本有])(?:(?:本题)?有效填写人次\s*[:：]?\s*(\d{1,7})|有效回答(?:人数)?\s*[:：]?\s*(\d{1,7}))")


#: The kinds :mod:`dangjian.engine.extract` gives a number it cannot read, and why (``base_evidence`` of the damaged claim).
DAMAGE = {
    "glued": "a count glued to its share (no printed base tells where one ends)",
    "cut_cell": "a cell of a table row whose other cells are cut off (its first digits may be lost)",
    "glued_bound": "a share glued to the next row's label (no split of the digits fits the rows around it)",
    "ocr": "a letter where a digit should be (O for 0, l or I for 1: a character recognition error); its digits are not invented",
}
#: A character between two digits that may separate a table's cells: not a digit, a letter of the Latin alphabet, a
#: Han character, a space, a decimal point, a sign, or punctuation that lists, ranges or divides numbers.
_SEPARATOR_BETWEEN_DIGITS = re.compile(r"\d([^0-9A-Za-z\s.\-+%\u4e00-\u9fff,，。、;；:：()（）/\\~～—–·×*=<>±'\"“”])(?=[\d.])")
#: A quick test for such a separator: a text without one skips the search (the total row needs a word).
MAYBE_SEPARATED = re.compile(r"Total|TOTAL|合计|总计|总和|Sum")
#: A cell of such a table: a number (SPSS prints ".7" for 0.7), a total's label, or blank.
_SEPARATED_NUMBER = re.compile(r"\s*(-?(?:\d{1,7}(?:\.\d{1,6})?|\.\d{1,6}))\s*")
_TOTAL_CELL = re.compile(r"\s*(?:Total|TOTAL|合计|总计|总和|Sum)\s*")


def separated_tables(text: str) -> tuple[list[tuple], list[Sample]]:
    """The cells of SPSS frequency tables pasted with one repeated separator character, as ``dangjian.engine.extract``'s number tuples, and
    the N of each table's total row as a sample statement (the base of its percentages).

    "3.9Р91.00Р9Р3.2Р3.2Р87.0Р92.00Р14Р4.9Р4.9Р91.9Р…Р100.0РTotalР285Р100.0Р100.0Р": a page pasted SPSS
    output with a character between the cells (here a Cyrillic letter).  The separator is the character, neither
    digit nor Han nor punctuation that lists numbers, found between digits at least eight times.  A run of cells is
    read as a frequency table when it has a total row ("Total", 合计) of N and its percentages: each row before it
    has as many cells as the total row has plus the cumulative percent, a whole-number frequency and percentages
    of at most 100, the cumulative ones not falling.  The frequencies and N are counts, the percent columns shares;
    the values of the table's categories (91.00) are labels.  A part of a row before the first whole one (the page
    cut it) is damaged, never read.
    """
    counts: dict[str, int] = {}
    for m in _SEPARATOR_BETWEEN_DIGITS.finditer(text):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    out, totals = [], []
    for sep in (c for c, k in counts.items() if k >= 8):
        bounds = [-1] + [m.start() for m in re.finditer(re.escape(sep), text)] + [len(text)]
        cells = [(a + 1, b) for a, b in zip(bounds, bounds[1:])]
        for k, (a, b) in enumerate(cells):
            if _TOTAL_CELL.fullmatch(text, a, b):
                table = _frequency_table(text, cells, k)
                if table:
                    out += table
                    n_start, n_end = cells[k + 1]
                    totals.append(Sample("valid", int(text[n_start:n_end]), a, n_end, text[a:n_end]))
    return out, totals


def _frequency_table(text: str, cells: list[tuple[int, int]], total: int) -> list[tuple]:
    """The rows of one SPSS frequency table ending in the total row at ``cells[total]`` (see :func:`separated_tables`)."""

    def number(k: int) -> re.Match | None:
        return _SEPARATED_NUMBER.fullmatch(text, *cells[k]) if 0 <= k < len(cells) else None

    after = []
    k = total + 1
    while number(k) is not None and len(after) < 4:
        after.append(number(k))
        k += 1
    if len(after) < 2 or not after[0].group(1).isdigit() or any(m.group(1) not in ("100", "100.0", "100.00") for m in after[1:]):
        return []
    width = len(after) + 2  # the category, the frequency and percentages, the cumulative percent
    rows = []
    first = total  # the first cell of the earliest row read
    cumulative = Decimal(101)
    while first - width >= 0:
        label, frequency, *shares = [number(k) for k in range(first - width, first)]
        a, b = cells[first - width]
        if b - a > 20 or frequency is None or not frequency.group(1).isdigit() or any(m is None for m in shares):
            break
        values = [Decimal(m.group(1)) for m in shares]
        if any(x > 100 or m.group(1).startswith(("0", "-")) and not m.group(1).startswith("0.") for x, m in zip(values, shares)):
            break  # no share above 100, none printed with a leading zero or a sign
        if values[-1] > cumulative:
            break
        cumulative = values[-1]
        rows.append((frequency, shares))
        first -= width
    if not rows:
        return []
    out = []

    def cell(m: re.Match, kind: str) -> None:
        value = m.group(1)
        if kind == "percent":
            value = "0" + value if value.startswith(".") else value  # SPSS's ".7" is 0.7
        out.append((m.start(1), m.end(1), m.start(1), m.end(1), m.group(1), value, "%" if kind == "percent" else "", kind))

    for frequency, shares in [*rows, (after[0], after[1:])]:
        cell(frequency, "count")
        for m in shares:
            cell(m, "percent")
    # the cells of a row before the first whole one: its tail, the rest cut off by the page
    k = first - 1
    while k > first - width and number(k) is not None:
        m = number(k)
        out.append((m.start(1), m.end(1), m.start(1), m.end(1), m.group(1), "", "damaged", "cut_cell"))
        k -= 1
    return out


#: A flattened table's row "label count share%" ("满意214 38.8%"), and one whose share lost its % ("非常不满意11 2.0合计").
_SIGNED_ROW = re.compile(r"(?<![\d.])\d{1,6}[ \t]+\d{1,3}(?:\.(\d{1,2}))?[%％]")
_UNSIGNED_ROW = re.compile(r"(?=\d)(?<=[\u4e00-\u9fffA-Za-z)）])\s?(\d{1,6})[ \t]+(\d{1,3}\.(\d{1,2}))(?![\d.%％])(?=\s*[\u4e00-\u9fffA-Za-z])")


def lost_sign_rows(text: str) -> list[tuple]:
    """The count and share of a flattened table's row whose share lost its % ("非常不满意11 2.0合计552 100%"), as
    :mod:`dangjian.engine.extract`'s number tuples: a row between rows of the same table that print theirs, with as
    many decimals as they have (the row before ends right before it, the row after starts within a label's length),
    or a row of a survey platform's question block ("不满意(2分)\t17\t8.02")."""
    out = []
    for m in _UNSIGNED_ROW.finditer(text):
        before = [r for r in _SIGNED_ROW.finditer(text, max(0, m.start() - 16), m.start()) if m.start() - r.end() <= 8]
        after = _SIGNED_ROW.search(text, m.end(), m.end() + 16)
        # (a 合计 row's "100%" prints no decimals: the rows' own shares say how many they have)
        decimals = {len(r.group(1) or "") for r in [*before[-1:], *([after] if after else [])] if not r.group(0).startswith("100", r.group(0).find(" ") + 1)}
        if before and after and decimals == {len(m.group(3))} and Decimal(m.group(2)) <= 100:
            out.append((m.start(1), m.end(1), m.start(1), m.end(1), m.group(1), m.group(1), "", "count"))
            out.append((m.start(2), m.end(2), m.start(2), m.end(2), m.group(2), m.group(2), "%", "percent"))
    # a bulletin's structure, a chain of shares joined by colons ("三次产业结构为14.4:35.9:49.7"): each a share
    for chain in structure_chains(text):
        out += [(start, end, start, end, value, value, "%", "percent") for start, end, value in chain]
    # a survey platform's question block, read by its block (its rows' shares keep their %, but for this one)
    for block in platform_blocks(text) if "本题有效填写人次" in text else ():
        for (k_start, k_end, k), (p_start, p_end, p) in block.rows:
            if not text.startswith(("%", "％"), p_end):
                out.append((k_start, k_end, k_start, k_end, k, k, "", "count"))
                out.append((p_start, p_end, p_start, p_end, p, p, "%", "percent"))
    return out


def _platform_share_alone(text: str, found: list[tuple], t: tuple) -> bool:
    """A share in a survey platform's table with no count before it ("50岁以上 69.1%" where 6 and 9.1% were glued)."""
    start = t[0]
    if not (PLATFORM_BASE.search(text, start, start + 300) and "比例" in text[max(0, start - 400) : start]):
        return False
    if re.search(r"\d\s*[(（]\s*$", text[max(0, start - 4) : start]):
        return False  # a cross-tab's cell "23(23.96%)": its count printed before it, in its own place
    return not any(u[7] == "count" and 0 <= start - u[1] <= 2 for u in found) and len(t[5].partition(".")[0]) >= 2


def _fits_any(digits: str, d: int, n: int) -> bool:
    """Can a count out of ``n`` print as the share ``digits`` (with ``d`` decimals)?"""
    m = int(digits)
    return any(m in round_ratio(100 * k * 10**d, n, "up_or_down", 5) for k in (m * n // (100 * 10**d), m * n // (100 * 10**d) + 1) if 0 <= k <= n)


def split_glued(text: str, found: list[tuple], samples: list[Sample]) -> list[tuple]:
    """Split a count glued to its share ("4060.6%" is 40 and 60.6%) where one base decides it.

    A survey platform's table loses the separator between 小计 and 比例 in a
    scrape.  A "share" above 100% that is not a growth rate is tried as
    every split into a count and a share of at most 100%; a split is kept
    if the count over a base printed nearby (the platform's "本题有效填写人次",
    a sample statement, or the base that the other rows of the table imply)
    gives the share, and only if exactly one split does.  Otherwise the
    number is flagged as damaged, never reported as a share above 100%.
    """
    glued = [t for t in found if t[7] == "percent" and (Decimal(t[5]) > 100 or _platform_share_alone(text, found, t))]
    if not glued:
        return found
    bases = [int(a or b) for a, b in PLATFORM_BASE.findall(text)] + [s.n for s in samples]
    out = [t for t in found if t not in glued]
    for t in glued:
        start, end, n_start, n_end, reported, value, unit, kind = t
        whole, _, frac = value.partition(".")
        near = [int(a or b) for a, b in PLATFORM_BASE.findall(text, start, start + 300)]
        splits = []
        for cut in range(1, len(whole)):
            count, share = whole[:cut], whole[cut:] + ("." + frac if frac else "")
            if (share.startswith("0") and not share.startswith("0.")) or Decimal(share) > 100 or count.startswith("0"):
                continue
            m, d = int(share.replace(".", "")), len(frac)
            fits = {n for n in near + bases if n >= int(count) and m in round_ratio(100 * int(count) * 10**d, n, "up_or_down", 5)}
            if fits:
                splits.append((cut, count, share, min(fits)))
        if Decimal(value) <= 100:
            # a share that may stand alone: split only if it is impossible for the base as printed
            alone = [n for n in near if _fits_any(whole + frac, len(frac), n)]
            if not near or alone:
                out.append(t)
                continue
        if len(splits) == 1:
            cut, count, share, _ = splits[0]
            out.append((n_start, n_start + cut, n_start, n_start + cut, count, count, "", "count"))
            out.append((n_start + cut, end, n_start + cut, end, share + "%", share, "%", "percent"))
        else:
            out.append((start, end, n_start, n_end, reported, "", "%", "glued"))
    return out


def header_cells(text: str) -> tuple[dict, list[tuple[int, int]], set[int], list[tuple[int, int]]]:
    """The cells of the tables whose header fixes their columns, each to be one claim of kind ``cell``, the spans of
    those tables (no other number inside them is a claim: the 1 of a row labelled 1-3小时), and the starts of the shares
    the extractor reads in them (a row's rate: it belongs to its table, not to a question of the sentence), and the spans
    whose every number belongs to a block of its own (a platform export's question, from its options to its base).

    ``{(start, end): (row_start, row_cells, printed)}``: an SPSS frequency table's cells, also in rows of one or two
    numbers (:mod:`dangjian.engine.kinds.frequencies`); a cross-tab's n(%) cells and its rows' totals
    (:mod:`dangjian.engine.kinds.crosstab`); a rate-by-group table's sizes, counts, rates and χ², a size with a space
    for its thousands separator ("1 075") read whole (:mod:`dangjian.engine.kinds.group_rates`).
    """
    cells_of: dict = {}
    spss, tabs, rated = frequency_tables(text), crosstabs(text), rate_tables(text)
    for table in spss:
        for row in table.rows:
            cells_of.update({(start, end): (row.cells[0][0] - len(row.label), row.cells, value) for start, end, value in row.cells})
    for table in tabs:
        for row in table.rows:
            cells = [c for pair in row.cells for c in pair] + ([row.total] if row.total else []) + [c for c in (row.mean, row.sd) if c]
            cells_of.update({(start, end): (cells[0][0] - len(row.label), cells, value) for start, end, value in cells})
    for table in rated:
        for row in (r for block in table.blocks for r in block):
            cells = list(row.cells[:4])
            cells_of.update({(start, end): (cells[0][0] - len(row.label), cells, value) for start, end, value in cells})
    # and the size and count of rows "label size count rate%" (their rate is read as a share by the extractor)
    shares = share_rows(text)
    for table in shares:
        for row in table:
            cells = [row.size, row.count]
            cells_of.update({(start, end): (cells[0][0] - len(row.label), cells, value) for start, end, value in cells})
    rates = {row.rate[0] for table in shares for row in table}
    owned: list[tuple[int, int]] = []
    # a platform export's question blocks: their counts, shares and base belong to the block, not to a sentence
    for block in platform_blocks(text):
        owned.append((block.body, block.base[1]))
        if block.mean is not None:  # "本题平均分:3.96": a claim of its own, the block's
            cells_of[block.mean[:2]] = (block.mean[0], [block.mean], block.mean[2])
    owned += [(chain[0][0], chain[-1][1]) for chain in structure_chains(text)]  # a structure's shares are its own
    # a composition table's amounts and shares (a yearbook's "项目 收入(亿元) 构成(%)"): each a cell
    for table in composition_tables(text):
        for row in [*table.rows, table.total]:
            cells = [row[1], row[2]]
            cells_of.update({(start, end): (cells[0][0] - len(row[0]), cells, value) for start, end, value in cells})
    # a table of a whole's row and its parts' rows ("全市 3 812.7 468.15 江北区 1 126.4 152.37 …"): each figure a cell
    for table in parts_tables(text):
        for _label, cells in [table.whole, *table.rows]:
            cells_of.update({(start, end): (cells[0][0], list(cells), value) for start, end, value in cells})
    # SPSS's group statistics (N 均值 标准差 均值的标准误): each number a cell
    for table in [*group_statistics(text), *descriptives(text), *range_tables(text)]:
        for _label, *cells in table.rows:
            cells = [c for c in cells if c[0] >= 0]  # (a caption's N is no cell of the row)
            cells_of.update({(start, end): (cells[0][0], list(cells), value) for start, end, value in cells})
    # a median with its quartiles, "18.5(15.0,22.5)": each number a cell
    for cells in median_cells(text):
        cells_of.update({(start, end): (cells[0][0], list(cells), value) for start, end, value in cells})
    # a satisfaction poll's votes by unit (参评人数 满意票 基本满意票 不满意票 满意率(%)): each number a cell
    for table in vote_tables(text):
        for row in [*table.rows, *([table.total] if table.total else [])]:
            cells = list(row[1:])  # (and the row's score where the page defines it)
            cells_of.update({(start, end): (cells[0][0], cells, value) for start, end, value in cells})
    # a yearbook's levels and growth rates by year ("年份 游客(万人次) 增长(%) 2019 3 486.2 9.8 …"): each a cell
    for table in series_tables(text):
        for _year, cells in table.rows:
            cells_of.update({(start, end): (cells[0][0], list(cells), value) for start, end, value in cells})
    # a baseline row of counts a/b per group ("性别(男/女,例) 21/27 20/26"): each count a cell
    for row in slash_rows(text):
        cells = [c for pair in row.cells for c in pair]
        cells_of.update({(start, end): (row.start, cells, value) for start, end, value in cells})
    read = [*spss, *tabs, *rated, *composition_tables(text), *parts_tables(text), *series_tables(text), *group_statistics(text), *descriptives(text), *range_tables(text), *vote_tables(text)]
    spans = [(t.start, t.end) for t in read] + [(t[0].size[0], t[-1].rate[1]) for t in shares]
    # a correlation table's column numbers ("变量 M SD 1 2 3 4") are no cells
    return cells_of, spans + header_spans(text), rates, owned
