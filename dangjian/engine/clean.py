"""Turn a damaged document-site scrape into clean, traceable text.

The cleaner is a pipeline of named rules (:data:`RULES`).  Each rule repairs
one kind of damage that scrapes of Chinese document-sharing sites show, and
each is general: none matches a string of one particular report.  Every
change a rule makes is logged as a :class:`Repair` (rule, raw span, text
before and after), and every character of the clean text keeps the offset of
the raw character it came from, so any quote can be traced back to the raw
scrape and to its page.

Conventions chosen here (and why)
---------------------------------
* Punctuation: a character that has a half-width (ASCII) form is written in
  that form (full-width ``，：；（）％０-９`` become ``,:;()%0-9``); marks
  with no ASCII form (``。、“”《》``) stay as they are.  This is the form the
  scrapes of the big sites already use for most marks, so it changes the
  fewest characters, and it keeps labels such as ``发放测评表(份)`` greppable.
* Offsets are code-point indices into the decoded raw text.  A character
  the cleaner inserts (the dash of a repaired month range) carries the
  offset of the raw character after it, so the map is non-decreasing.
* Page numbers: the scrape prints "- N -" where page N starts (the text
  opens with "- 1 -"), so a character belongs to the page of the last marker
  before it.

Examples
--------
Clean a small scrape and trace a quote back to the raw text and its page:

>>> raw = "标题\\n标题_第1页\\n\\n1、- 1 -基 层 党 组 织 在 2010 年 试\\n\\n2、行,占- 2 -65.16%。\\n"
>>> result = clean_text(raw)
>>> result.text
'基层党组织在2010年试行,占65.16%。'
>>> span = result.locate("65.16%")
>>> span.raw_start, span.raw_end, raw[span.raw_start:span.raw_end], span.page_start
(50, 56, '65.16%', 2)
>>> result.repairs_frame()["rule"].value_counts().to_dict()["collapse_spacing"]  # 基_层_党_组_织_在_2010_年_试
8
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from itertools import groupby, repeat
from typing import NamedTuple

import numpy as np

from ._lazy import pd

__all__ = [
    "Repair",
    "RepairLog",
    "Traced",
    "Rule",
    "CleanResult",
    "Span",
    "RULES",
    "clean_text",
    "paragraph_breaks",
    "strip_site_chrome",
    "join_preview_chunks",
    "remove_page_markers",
    "normalise_punctuation",
    "collapse_spacing",
    "repair_month_ranges",
    "convert_traditional",
    "repair_comma_decimals",
    "repair_numeral_digits",
    "join_cut_shares",
    "REPAIR_COLUMNS",
    "REPAIR_RUN_COLUMNS",
    "RUN_GAP",
]

REPAIR_COLUMNS = ["repair_id", "rule", "detail", "raw_start", "raw_end", "page", "before", "after"]
#: Columns of the compact repair log (:meth:`RepairLog.runs`), one row per run of one repair: ``repair_id`` is the id
#: of the run's first repair in the full log (:data:`REPAIR_COLUMNS`), ``repairs`` how many it holds (ids
#: ``repair_id`` to ``repair_id + repairs - 1``), ``raw_start``/``raw_end`` the raw span from the first repair's start
#: to the last one's end, and ``before``/``after`` the texts of its repairs, joined in order.
REPAIR_RUN_COLUMNS = ["repair_id", "rule", "detail", "raw_start", "raw_end", "page", "repairs", "before", "after"]
#: A run of repairs ends where more than this many raw characters lie between one repair and the next (about a line
#: of a page), so that a row still says where on the page its repairs are, even in a text without page markers.
RUN_GAP = 100

#: Characters written in CJK scripts or CJK punctuation; used to decide spacing.
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")


class Repair(NamedTuple):
    """One logged change: ``before`` (raw span ``raw_start:raw_end``) became ``after``.

    A named tuple rather than a dataclass: a scrape logs hundreds of repairs,
    and a tuple is about three times cheaper to create.
    """

    rule: str
    detail: str
    raw_start: int
    raw_end: int
    before: str
    after: str


@dataclass(frozen=True, eq=False)
class Traced:
    """Text whose every character remembers its offset in the raw text.

    ``offsets`` is a read-only numpy array of int64, one per character (a
    sequence of ints is converted).  A scrape has thousands of characters
    and every rule rebuilds the map, which numpy does by slicing and
    masking, without a Python object per character.
    """

    text: str
    offsets: np.ndarray

    def __post_init__(self) -> None:
        object.__setattr__(self, "offsets", _offset_array(self.offsets))
        if len(self.text) != len(self.offsets):
            raise ValueError("text and offsets differ in length")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Traced):
            return NotImplemented
        return self.text == other.text and np.array_equal(self.offsets, other.offsets)

    __hash__ = None  # type: ignore[assignment]

    @classmethod
    def from_raw(cls, raw: str) -> Traced:
        return cls(raw, np.arange(len(raw), dtype=np.int64))


def _offset_array(offsets: object) -> np.ndarray:
    """``offsets`` as a read-only int64 array (no copy if it already is one)."""
    arr = np.asarray(offsets, dtype=np.int64)
    if arr.ndim != 1:
        raise ValueError("offsets must be one-dimensional")
    if arr.flags.writeable:
        if arr is offsets:
            arr = arr.view()  # do not change the caller's array
        arr.flags.writeable = False
    return arr


def _cut(offsets: np.ndarray, spans: list[tuple[int, int]]) -> np.ndarray:
    """``offsets`` without the (sorted, disjoint) index ``spans``."""
    if not spans:
        return offsets
    keep = np.ones(len(offsets), dtype=bool)
    for a, b in spans:
        keep[a:b] = False
    return offsets[keep]


def _align(before: str, after: str, offsets: np.ndarray) -> list[int]:
    """Offsets for ``after``, which replaces ``before`` (with ``offsets``).

    Same length: position by position (a character was substituted).
    Otherwise ``after`` is aligned to ``before`` as a subsequence: a kept
    character keeps its offset; an inserted one takes the offset of the next
    kept character, which keeps the map non-decreasing.
    """
    offsets = offsets.tolist()
    if len(before) == len(after):
        return offsets
    out: list[int] = []
    i = 0
    for ch in after:
        j = before.find(ch, i)
        if j >= 0:
            out.append(offsets[j])
            i = j + 1
        else:
            out.append(offsets[min(i, len(offsets) - 1)])
    return out


def _cut_repairs(rule: str, detail: str, text: str, offsets: np.ndarray, start: int, end: int) -> list[Repair]:
    """Log the removal of ``text[start:end]``, one repair per contiguous raw run.

    A removed stretch can straddle text that an earlier rule already took out
    (a blank line left behind by removed boilerplate); splitting it keeps
    every logged raw span free of other rules' repairs.
    """
    raw = offsets[start:end].tolist()
    out: list[Repair] = []
    run = 0
    for i in range(1, len(raw) + 1):
        if i == len(raw) or raw[i] != raw[i - 1] + 1:
            out.append(Repair(rule, detail, raw[run], raw[i - 1] + 1, text[start + run : start + i], ""))
            run = i
    return out


def _substitute(
    traced: Traced,
    pattern: re.Pattern[str] | Iterable[re.Match[str]],
    replace: Callable[[re.Match[str]], str | None],
    rule: str,
    detail: str | Callable[[re.Match[str]], str] = "",
) -> tuple[Traced, list[Repair]]:
    """Apply ``replace`` to every match of ``pattern``, logging each change.

    ``pattern`` is a compiled pattern, or the matches themselves (in order,
    not overlapping) when a rule has found them already.  ``replace``
    returns the new text for a match, or ``None`` to leave it.  The offset
    map is non-decreasing, so a match's raw span runs from the offset of its
    first character to that of its last.
    """
    text, old = traced.text, traced.offsets
    matches = pattern.finditer(text) if isinstance(pattern, re.Pattern) else pattern
    pieces: list[str] = []
    offsets: list[np.ndarray | list[int]] = []
    repairs: list[Repair] = []
    fixed = None if callable(detail) else detail
    last = 0
    for m in matches:
        new = replace(m)
        if new is None:
            continue
        before = m.group()
        if new == before:
            continue
        start, end = m.span()
        pieces.append(text[last:start])
        offsets.append(old[last:start])
        pieces.append(new)
        if len(new) == end - start:
            offsets.append(old[start:end])
        elif new:
            offsets.append(_align(before, new, old[start:end]))
        repairs.append(Repair(rule, fixed if fixed is not None else detail(m), int(old[start]), int(old[end - 1]) + 1, before, new))
        last = end
    if not repairs:
        return traced, []
    pieces.append(text[last:])
    offsets.append(old[last:])
    return Traced("".join(pieces), np.concatenate(offsets)), repairs


# ---------------------------------------------------------------------------
# Rule 1: site chrome
# ---------------------------------------------------------------------------

#: Whole lines that document-sharing sites wrap around a preview.  Each entry
#: names the damage and shows an example line.
_CHROME_LINES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        # 上传人:飞*** 文档编号:32656838 上传时间:2018-02-12 格式:DOC 页数:15 大小:69KB
        ("upload_metadata", r"^\s*(上传人|文档编号|上传时间|贡献者|上传者)\s*[:：].*$"),
        # 返回 下载 相关 举报  (a navigation bar: nothing but these words)
        ("navigation", r"^\s*((返回|下载|相关|举报|收藏|分享|打印|阅读|立即下载|加入VIP|VIP专享)\s*){2,}$"),
        # 某某报告_第1页  (thumbnail caption of a page image)
        ("page_thumbnail", r"^.{0,200}_第\s*\d+\s*页\s*$"),
        # 第1页 / 共15页
        ("page_count", r"^\s*第\s*\d+\s*页\s*[/／]\s*共\s*\d+\s*页\s*$"),
        # 点击查看更多>>
        ("more_link", r"^\s*(点击查看更多|查看更多|展开阅读全文|免费阅读已结束|继续阅读|阅读全文).{0,6}$"),
        # 资源描述 / 相关资源 / 相关搜索 (section labels of the page)
        ("page_section_label", r"^\s*(资源描述|相关资源|相关搜索|相关文档|猜你喜欢|内容提示|文档介绍)\s*$"),
        # 《标题》由会员分享,可在线阅读,更多相关《…》请在金锄头文库上搜索。
        ("share_blurb", r"^\s*《.*》由.{0,10}分享.*(搜索|下载)。?\s*$"),
        # 当前位置:首页 > 商业/管理/HR > 其它文档
        ("breadcrumb", r"^\s*当前位置\s*[:：].*$"),
        # 已阅读5页,剩余10页未读 / 还剩10页未读,继续阅读
        ("reading_progress", r"^\s*(已阅读|还剩|剩余)\s*\d+\s*页.{0,20}$"),
        # 下载文档 / 举报 / 收藏 ... short lines of buttons of 道客巴巴, 豆丁, 原创力文档, 百度文库
        ("site_buttons", r"^\s*(下载文档|下载本文档|下载本文|立即下载|文档下载|举报该文档|举报|收藏|分享到|加入VIP|开通VIP|付费下载|下载券|文档贡献者|本文由.{0,12}上传|发表评论|评论|关注).{0,20}$"),
        # the name of a document site standing alone in a header or footer
        ("site_name", r"^\s*(金锄头文库|道客巴巴|豆丁网?|人人文库|原创力文档|百度文库|天天文库|文档之家|淘豆网|max\.book118\.com|doc88\.com|docin\.com).{0,20}$"),
        # 精选范文网  (any site whose name says what it is, alone on a line)
        ("site_name_generic", r"^\s*[\u4e00-\u9fffA-Za-z0-9]{1,8}(文库|范文网|文档网|论文网|资料网|作文网|美文网|文章网)\s*$"),
        # 版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领
        # (the site's notice on who owns an upload; it opens the line, a report never does)
        ("rights_notice", r"^\s*(版权说明|版权声明|免责声明|侵权投诉|版权申诉)\s*[:：].*$"),
        # 文档简介 / 内容简介  (a section label standing alone)
        ("summary_label", r"^\s*(文档简介|文档摘要|文档预览|内容简介|文档信息|文档详情)\s*[:：]?\s*$"),
        # 您现在查看是摘要页,全文长 4880 字符。  (a mirror that shows the first page only)
        ("abstract_page_notice", r"^\s*(您现在查看是摘要页|您现在查看的是摘要页|本页为摘要页|全文长\s*\d+\s*字符).{0,30}$"),
        # APP下载 / 下载APP / 手机版 / 扫码下载  (the mobile-app banner of a mirror)
        ("app_banner", r"^\s*(APP下载|下载APP|App下载|app下载|客户端下载|扫码下载|手机版|手机阅读|打开APP|打开App)(\s*[|｜/]?\s*(APP下载|下载APP|客户端下载|扫码下载|手机版|电脑版|登录|注册))*\s*$"),
        # 分类: 调查报告  时间: 2023-01-01 05:58:50  下载本文   (an article's site fields,
        # two or more "label: value" pairs, optionally ending in a download button)
        ("site_fields", r"^\s*((分类|栏目|时间|发布时间|更新时间|发布日期|来源|浏览|浏览次数|阅读|阅读量|点击|点击数|下载次数|字数)\s*[:：]\s*"
                        r"[^\s:：]{1,30}( \d{1,2}:\d{2}(:\d{2})?)?\s*){2,}(下载本文|下载文档|打印本文|收藏本文)?\s*$"),
        # 电脑版 |金锄头文库版权所有 / 经营许可证:蜀ICP备13022795号 | 川公网安备 …
        ("copyright", r"^.*(版权所有|ICP备|ICP证|公网安备|经营许可证|Copyright|©).*$"),
    )
)


#: All chrome patterns as one regex; the first alternative that matches names
#: the line, as trying them one by one in order would.
#: The copyright pattern "^.*(…).*$" is the last; on a line (no line break
#: inside) it is the same as searching for one of its words, which is much
#: faster on long lines, so it is tried on its own after the others.
_CHROME_ANY = re.compile("|".join(f"(?P<{name}>{pat.pattern})" for name, pat in _CHROME_LINES if name != "copyright"))
_COPYRIGHT_WORDS = re.compile(dict(_CHROME_LINES)["copyright"].pattern.removeprefix("^.*(").removesuffix(").*$"))
assert _CHROME_LINES[-1][0] == "copyright" and _COPYRIGHT_WORDS.pattern.startswith("版权所有")


def _chrome_detail(body: str) -> str | None:
    """Name of the first chrome pattern that matches the line ``body``, if any."""
    m = _CHROME_ANY.match(body)
    return m.lastgroup if m else ("copyright" if _COPYRIGHT_WORDS.search(body) else None)


def _document_title_lines(lines: list[str]) -> set[str]:
    """Titles that the site prints as captions: ``title_第N页`` → ``title``."""
    titles = set()
    for line in lines:
        if "_第" not in line:  # cheap test first: most lines are not captions
            continue
        m = re.match(r"^(.{1,200})_第\s*\d+\s*页\s*$", line.strip())
        if m:
            titles.add(m.group(1).strip())
    return titles


def strip_site_chrome(traced: Traced) -> tuple[Traced, list[Repair]]:
    """Remove whole lines of site boilerplate (header, thumbnails, footer).

    Damage repaired: the site wraps the preview in upload metadata, a
    navigation bar, page-thumbnail captions ("标题_第1页"), page counters
    ("第1页 / 共15页"), "点击查看更多>>", section labels and a footer with
    breadcrumbs and ICP licence lines.  The site's page title (the line that
    equals the thumbnails' caption title) is removed too.  Only whole lines
    are removed; a line that merely mentions such words survives.

    Other sites add their own lines, removed the same way: a rights notice
    ("版权说明:本文档由用户提供并上传…"), a summary label ("文档简介"), a
    mirror's notice that only the abstract is shown ("您现在查看是摘要页,全文长
    4880 字符。"), an app banner ("APP下载"), an article's site fields
    ("分类: 调查报告  时间: 2023-01-01 05:58:50  下载本文") and a site's name
    alone on a line ("精选范文网").

    Examples
    --------
    >>> t, log = strip_site_chrome(Traced.from_raw("报告\\n第1页 / 共15页\\n正文\\n展开阅读全文\\n"))
    >>> t.text, [r.detail for r in log]
    ('报告\\n正文\\n', ['page_count', 'more_link'])
    """
    lines = traced.text.splitlines(keepends=True)
    titles = _document_title_lines(lines)
    pieces: list[str] = []
    cut: list[tuple[int, int]] = []
    removed: list[tuple[str, str]] = []
    pos = 0
    for line in lines:
        body = line.rstrip("\r\n")
        detail = _chrome_detail(body)
        if detail is None and body.strip() and body.strip() in titles:
            detail = "site_title"
        if detail is None:
            pieces.append(line)
        else:
            cut.append((pos, pos + len(line)))
            removed.append((detail, line))
        pos += len(line)
    if not cut:
        return traced, []
    old = traced.offsets
    starts = old[[a for a, _ in cut]].tolist()
    ends = (old[[b - 1 for _, b in cut]] + 1).tolist()
    repairs = [Repair("strip_site_chrome", detail, a, b, line, "") for (detail, line), a, b in zip(removed, starts, ends)]
    return Traced("".join(pieces), _cut(old, cut)), repairs


# ---------------------------------------------------------------------------
# Rule 2: preview chunks
# ---------------------------------------------------------------------------


def _chunk_counters(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the counters "N、" that open preview chunks.

    A counter stands at the start of the text or after a blank line (LF or
    CRLF line ends), and the
    counters run 1, 2, 3, … in order.  Matching the *expected* number
    literally is what lets a chunk begin with digits or with a content "、"
    ("9、1 41" is counter 9 followed by "1 41"; "3、、乡" keeps one "、").
    Fewer than two counters in sequence is not a chunked preview: a lone
    "1、" is a real enumeration and survives.
    """
    spans: list[tuple[int, int]] = []
    expected = 1
    for start, end, number in _counter_candidates(text):
        if int(number) != expected:
            continue
        # The span runs from the blank line to the counter; a space that
        # ends the previous chunk is content and stays.
        spans.append((start, end))
        expected += 1
    return spans if len(spans) >= 2 else []


_FIRST_COUNTER = re.compile(r"\s*[ \t]*(\d{1,6})、")
_NEXT_COUNTER = re.compile(r"\n[ \t\r]*\n[ \t]*(\d{1,6})、")


def _counter_candidates(text: str) -> list[tuple[int, int, str]]:
    """Every "N、" at the start of the text or after a blank line: the matches
    of ``(?:\\A\\s*|\\r?\\n[ \\t\\r]*\\n)[ \\t]*(\\d+)、``, found with two
    patterns that start with a literal, which the regex engine scans for far
    faster than for an alternation."""
    out = []
    first = _FIRST_COUNTER.match(text)
    if first:
        out.append((0, first.end(), first.group(1)))
    for m in _NEXT_COUNTER.finditer(text, first.end() if first else 0):
        start = m.start() - 1 if m.start() > 0 and text[m.start() - 1] == "\r" else m.start()
        out.append((start, m.end(), m.group(1)))
    return out


#: A counter "N、" at the start of a line (after one line break or several;
#: the "\r" of a CRLF before the first is added to the span by hand, so that
#: the pattern starts with a literal, which the regex engine scans for fast).
_LINE_COUNTER = re.compile(r"\n[ \t\r]*(?:\n[ \t\r]*)*(\d{1,6})、")


def _counters_inside_numbers(text: str) -> list[tuple[int, int]]:
    """Spans of the counters "\\nN、" that cut a number in two, on any layout.

    Other document sites print each preview chunk on a new line (not after
    a blank one), so a chunk counter looks like an item of a numbered list
    ("\\n2、").  It is told apart by what it cuts: a line that ends with a
    decimal point ("45.\\n2、17%"), or a chunk that opens with a "%" or a
    decimal point ("45.17\\n2、%", "(38\\n3、.26%)"), which no line and no list
    item does.  The counter must also have a neighbour in the sequence of
    line-start counters (N-1 before it or N+1 after it), as chunk counters
    do.  A counter between two digits ("3\\n4、40") is left alone: a list item
    can open with a number ("4、40岁以上").
    """
    if "、" not in text:
        return []
    found = [(m.start() - (m.start() > 0 and text[m.start() - 1] == "\r"), m.end(), int(m.group(1))) for m in _LINE_COUNTER.finditer(text)]
    first = _FIRST_COUNTER.match(text)
    if first and not (found and found[0][1] == first.end()):
        found.insert(0, (0, first.end(), int(first.group(1))))  # a neighbour only: nothing stands before it to cut
    if len(found) < 2:
        return []
    before: set[int] = set()
    after: dict[int, int] = {}
    for _, _, n in found:
        after[n] = after.get(n, 0) + 1
    spans = []
    for start, end, n in found:
        after[n] -= 1
        neighbour = (n - 1) in before or after.get(n + 1, 0) > 0
        before.add(n)
        if not neighbour:
            continue
        i = start
        while i > 0 and text[i - 1] in " \t\r":
            i -= 1
        j = end
        while j < len(text) and text[j] in " \t":
            j += 1
        left, right = text[i - 1 : i], text[j : j + 1]
        if (left.isdecimal() and right in ("%", ".")) or (left == "." and right.isdecimal()):
            spans.append((start, end))
    return spans


def join_preview_chunks(traced: Traced) -> tuple[Traced, list[Repair]]:
    """Remove preview-chunk counters and join the chunks end to end.

    Damage repaired: the site cut the document into fixed-size chunks and
    printed each after a blank line with a counter "N、".  A boundary can fall
    inside a word or a number, so the chunks are joined with nothing between
    them: "真实 53 41 5\\n\\n9、1 41" becomes "真实 53 41 51 41".  The blank
    lines and the line breaks around chunks are removed with the counters.

    Other sites start each chunk on a new line, without a blank one, where a
    counter looks like an item of a numbered list.  There a counter is removed
    only where it cuts a number: "45.17\\n2、%" is 45.17%, "(38\\n3、.26%)" is
    (38.26%) (detail ``chunk_counter_in_number``); the others stay.

    Examples
    --------
    >>> t, log = join_preview_chunks(Traced.from_raw("1、甲 5\\n\\n2、1 乙\\n\\n3、、丙\\n"))
    >>> t.text, [r.before for r in log]
    ('甲 51 乙、丙', ['1、', '\\n\\n2、', '\\n\\n3、', '\\n'])
    >>> t, log = join_preview_chunks(Traced.from_raw("1、占45.17\\n2、%,有(38\\n3、.26%)"))
    >>> t.text, [(r.detail, r.before) for r in log]
    ('1、占45.17%,有(38.26%)', [('chunk_counter_in_number', '\\n2、'), ('chunk_counter_in_number', '\\n3、')])
    """
    text = traced.text
    spans = _chunk_counters(text)
    # a counter after a blank line may be found by both: the first rule's span wins
    inside = [(s, e) for s, e in _counters_inside_numbers(text) if not any(a < e and s < b for a, b in spans)]
    if not spans and not inside:
        return traced, []
    cuts = list(spans)
    if spans:
        # The trailing line break of the last chunk is structure too.
        tail = len(text)
        while tail > cuts[-1][1] and text[tail - 1] in "\r\n":
            tail -= 1
        if tail < len(text):
            cuts.append((tail, len(text)))
    named = {span: "chunk_counter_in_number" for span in inside}
    cuts = sorted(cuts + inside)
    pieces: list[str] = []
    repairs: list[Repair] = []
    last = 0
    for start, end in cuts:
        pieces.append(text[last:start])
        detail = named.get((start, end)) or ("chunk_counter" if text[end - 1] == "、" else "chunk_end")
        repairs.extend(_cut_repairs("join_preview_chunks", detail, text, traced.offsets, start, end))
        last = end
    pieces.append(text[last:])
    return Traced("".join(pieces), _cut(traced.offsets, cuts)), repairs


# ---------------------------------------------------------------------------
# Rule 3: page numbers
# ---------------------------------------------------------------------------

_PAGE_MARKER = re.compile(r"[-‐–—－]\s+(\d{1,3})\s+[-‐–—－]")


def _page_marker_matches(text: str) -> list[re.Match[str]]:
    """Markers "- N -" whose numbers run N, N+1, N+2, … in reading order (a gap of up to two lost markers allowed).

    The longest run of consecutive page numbers wins (the first of equally
    long ones); stray matches that do not continue the run (a "- 3 -" inside
    a formula, say) are left alone.  A run from a marker takes, each time,
    the first later marker one to three pages on: the marker's *next*.
    Each marker's next is found once, walking back from the end with the
    nearest position of every number seen, and each run's length once from
    its next's, so a long document with thousands of markers costs linear
    time (:func:`_page_marker_matches_by_scan` is the plain form, quadratic).
    """
    found = list(_PAGE_MARKER.finditer(text))
    numbers = [int(m.group(1)) for m in found]
    nearest: dict[int, int] = {}  # number -> index of its nearest marker after the one at hand
    following = [-1] * len(found)
    length = [1] * len(found)
    for i in range(len(found) - 1, -1, -1):
        n = numbers[i]
        later = [nearest[k] for k in (n + 1, n + 2, n + 3) if k in nearest]
        if later:
            following[i] = min(later)
            length[i] = 1 + length[following[i]]
        nearest[n] = i
    if not found:
        return []
    i = length.index(max(length))
    best = []
    while i >= 0:
        best.append(found[i])
        i = following[i]
    return best


def _page_marker_matches_by_scan(text: str) -> list[re.Match[str]]:
    """:func:`_page_marker_matches` as a scan from every marker over all later ones: the plain form, which the
    tests compare it with."""
    found = list(_PAGE_MARKER.finditer(text))
    numbers = [int(m.group(1)) for m in found]
    best: list[int] = []
    for i in range(len(found)):
        run = [i]
        for j in range(i + 1, len(found)):
            # the next page, or one a few pages on (a page whose marker the scrape lost)
            if numbers[run[-1]] < numbers[j] <= numbers[run[-1]] + 3:
                run.append(j)
        if len(run) > len(best):
            best = run
    return [found[i] for i in best]


def remove_page_markers(traced: Traced) -> tuple[Traced, list[Repair]]:
    """Remove injected page numbers "- N -", wherever they fall.

    Damage repaired: the page number printed at the top of each page was
    injected into the running text, even between a verb and a percentage
    ("占- 2 -60.32%" becomes "占60.32%").  The page of every character is
    kept: see :func:`page_starts`.

    A preview's page counter "k/N" on a line of its own between the two
    halves of a number goes too ("的占4⏎2/6⏎1.99%" is "的占41.99%"), where
    every counter line of the text counts pages of one N.

    Examples
    --------
    >>> t, log = remove_page_markers(Traced.from_raw("- 1 -甲占- 2 -60.32%"))
    >>> t.text, [r.detail for r in log]
    ('甲占60.32%', ['page 1', 'page 2'])
    >>> t, log = remove_page_markers(Traced.from_raw("“缓解压力”的占4\\n2/6\\n1.99%,“兴趣爱好”"))
    >>> t.text, [r.detail for r in log]
    ('“缓解压力”的占41.99%,“兴趣爱好”', ['page 2 of 6'])
    """
    text = traced.text
    found = sorted([*_page_marker_matches(text), *_page_of_matches(text)], key=lambda m: m.start())
    return _substitute(traced, found, lambda m: "", "remove_page_markers",
                       lambda m: f"page {m.group(1)}" if m.re is _PAGE_MARKER else f"page {m.group(1)} of {m.group(2)}")


#: A preview's page counter "k/N" on a line of its own, between the two halves of a number ("占4\n2/6\n1.99%").
_PAGE_OF_IN_NUMBER = re.compile(r"(?<=\d)[ \t]*\r?\n[ \t]*(\d{1,3})[ \t]*[/／][ \t]*(\d{1,3})[ \t]*\r?\n[ \t]*(?=[\d.])")


def _page_of_matches(text: str) -> list[re.Match[str]]:
    """Counters "k/N" that cut a number, where every such line of the text counts pages of one N (k from 1 to N)."""
    if "/" not in text and "／" not in text:
        return []
    found = [m for m in _PAGE_OF_IN_NUMBER.finditer(text) if 1 <= int(m.group(1)) <= int(m.group(2))]
    lines = re.findall(r"(?m)^[ \t]*\d{1,3}[ \t]*[/／][ \t]*(\d{1,3})[ \t]*\r?$", text)
    return found if found and len(set(lines)) == 1 else []


def page_starts(raw_text_repairs: Iterable[Repair]) -> list[tuple[int, int]]:
    """``(raw_offset, page)`` of every removed page marker, in order."""
    return [
        (r.raw_start, int(r.detail.split()[1]))
        for r in raw_text_repairs
        if r.rule == "remove_page_markers"
    ]


# ---------------------------------------------------------------------------
# Rule 4: punctuation
# ---------------------------------------------------------------------------

# Full-width forms U+FF01-U+FF5E have ASCII twins at U+0021-U+007E; the
# ideographic space U+3000 and no-break spaces become ordinary spaces (and are
# then handled by the spacing rule).
_FULLWIDTH = re.compile(r"[\uff01-\uff5e\u3000\u00a0\u2002-\u200b\u202f\u205f\ufeff]")


def _halfwidth(ch: str) -> str:
    if "\uff01" <= ch <= "\uff5e":
        return chr(ord(ch) - 0xFEE0)
    if ch in "\u200b\ufeff":
        return ""
    return " "


def normalise_punctuation(traced: Traced) -> tuple[Traced, list[Repair]]:
    """Write every character that has a half-width form in that form.

    Damage repaired: scrapes mix full-width and half-width forms of the same
    mark ("（份）" and "(份)", "６５％" and "65%").  Marks with no ASCII form
    (。、“”《》—) are kept.  Zero-width spaces and BOMs are dropped.

    Examples
    --------
    >>> normalise_punctuation(Traced.from_raw("占６５．１６％（份）：好"))[0].text
    '占65.16%(份):好'
    """
    return _substitute(traced, _FULLWIDTH, lambda m: _halfwidth(m.group(0)), "normalise_punctuation", lambda m: f"U+{ord(m.group(0)):04X}")


# ---------------------------------------------------------------------------
# Rule 5: spacing
# ---------------------------------------------------------------------------

#: Whitespace, and the bars a survey platform draws between an option's count and its share ("男 117  ▇▇▇▇ 40.91%": the
#: block elements U+2580-U+259F), which are layout, not text.
_WHITESPACE = re.compile(r"[\s\u2580-\u259f]+")
_KEEP_LEFT = re.compile(r"[A-Za-z0-9.%]")
_KEEP_RIGHT = re.compile(r"[A-Za-z0-9.]")


#: A number spaced out digit by digit, with its decimal point, before a
#: "%": "3 0 . 9 7%" (the space before the % is gone by then) is 30.97%.
#: Each piece is one character; table cells ("53 41 5") are not.
_SPACED_NUMBER = re.compile(r"(?<![\d.])\d(?:[ \t][\d.])+(?=[ \t]?%)")


def _spaced_numbers(text: str) -> list[tuple[int, int]]:
    """Spans of the numbers spaced out digit by digit (with a decimal point) before a %."""
    if " ." not in text and ". " not in text:
        return []
    return [m.span() for m in _SPACED_NUMBER.finditer(text) if "." in m.group() and m.group().count(".") == 1]


def _spacing(m: re.Match[str]) -> str:
    text = m.string
    if any(a < m.start() < b for a, b in _spaced_numbers(text)):
        return ""  # a space inside "3 0 . 9 7%"
    left = text[m.start() - 1] if m.start() > 0 else ""
    right = text[m.end()] if m.end() < len(text) else ""
    if left == "," and m.start() > 1:
        # "1, 234": a comma between digits may be a thousands separator or a
        # list; either way the space must not vanish.  "述职, 2010" loses it.
        left = "0" if text[m.start() - 2].isdigit() else ""
    if left and right and _KEEP_LEFT.match(left) and _KEEP_RIGHT.match(right):
        # Two numbers (or Latin words) side by side: the space is what keeps
        # "51 41" from becoming 5141.  Keep exactly one.
        return " "
    return ""


def collapse_spacing(traced: Traced) -> tuple[Traced, list[Repair]]:
    """Remove spaces and line breaks that the scrape put inside the text.

    Damage repaired: spaces between CJK characters ("基 层 党 组"), between
    digits and CJK ("在 2010 年"), inside quotes and brackets ("“ 好 ”",
    "(条 )"), and between the digits of a share spaced out character by
    character, decimal point included ("3 0 . 9 7 %" is 30.97%).  Otherwise a
    space is kept, as one space, only between two Latin/number tokens, so two
    separate numbers are never joined ("68 68 64", "2 9 2 1").

    A survey platform's bars between a count and its share ("117  ▇▇▇▇
    40.91%", block elements) are layout and count as spacing.

    Examples
    --------
    >>> collapse_spacing(Traced.from_raw("在 2010 年, “ 好 ” (条 ) 68  68 64,占 3 0 . 9 7 %"))[0].text
    '在2010年,“好”(条)68 68 64,占30.97%'
    """
    # The same as _substitute(traced, _WHITESPACE, _spacing, ...), but decided
    # for all whitespace runs at once with numpy: a scrape has hundreds of
    # them, and this is the cleaner's busiest rule.  test_clean checks that the
    # two agree, on the bundled scrape and on generated text.
    text = traced.text
    n = len(text)
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    ws = _lookup(_IS_SPACE, cp)
    if not ws.any():
        return traced, []
    # where a run of whitespace starts or ends, alternately
    edges = np.flatnonzero(np.diff(ws, prepend=False, append=False))
    starts, ends = edges[0::2], edges[1::2]
    left = np.where(starts > 0, cp[np.maximum(starts - 1, 0)], 0)
    right = np.where(ends < n, cp[np.minimum(ends, n - 1)], 0)
    keep_left, keep_right = _lookup(_IS_KEEP_LEFT, left), _lookup(_IS_KEEP_RIGHT, right)
    # "1, 234": after a comma, the space stays only if a digit precedes the comma
    for k in np.flatnonzero((left == ord(",")) & (starts > 1) & keep_right).tolist():
        keep_left[k] = text[starts[k] - 2].isdigit()
    keep = keep_left & keep_right
    for a, b in _spaced_numbers(text):  # "3 0 . 9 7%": the spaces inside go
        keep[(starts > a) & (starts < b)] = False
    unchanged = keep & (ends - starts == 1) & (cp[starts] == ord(" "))
    change = ~unchanged
    if not change.any():
        return traced, []
    starts, ends, keep = starts[change], ends[change], keep[change]
    # where a kept run leaves its one space: at its first " ", else its first character
    spaces = np.flatnonzero(cp == ord(" "))
    idx = np.minimum(np.searchsorted(spaces, starts), max(len(spaces) - 1, 0))
    first_space = spaces[idx] if len(spaces) else starts
    at = np.where((first_space >= starts) & (first_space < ends), first_space, starts)[keep]
    # runs are maximal, so no run starts where another ends
    delta = np.zeros(n + 1, dtype=np.int32)
    delta[starts] = 1
    delta[ends] = -1
    inside = np.cumsum(delta[:n]) != 0  # the characters of the runs that change
    mask = ~inside
    mask[at] = True
    new_cp = cp.copy()
    new_cp[at] = ord(" ")
    old = traced.offsets
    repairs = RepairLog.from_columns(
        "collapse_spacing", "", old[starts], old[ends - 1] + 1,
        cp[inside].tobytes().decode("utf-32-le"), ends - starts, " " * int(keep.sum()), keep,
    )
    return Traced(new_cp[mask].tobytes().decode("utf-32-le"), old[mask]), repairs


def _table(predicate: Callable[[str], bool], size: int) -> np.ndarray:
    """``predicate`` of the code points below ``size``, then one False for
    all the others (see :func:`_lookup`)."""
    return np.array([predicate(chr(i)) for i in range(size)] + [False], dtype=bool)


def _lookup(table: np.ndarray, cp: np.ndarray) -> np.ndarray:
    """``table[cp]``, False for code points past the table's end: they are
    clipped to its last entry, which :func:`_table` makes False."""
    return table.take(cp, mode="clip")


#: Code points that :data:`_WHITESPACE` matches (``str.isspace``, the last of which is U+3000, and the block elements).
_IS_SPACE = _table(lambda ch: ch.isspace() or "\u2580" <= ch <= "\u259f", 0x3001)
_IS_KEEP_LEFT = _table(lambda ch: bool(_KEEP_LEFT.match(ch)), 128)
_IS_KEEP_RIGHT = _table(lambda ch: bool(_KEEP_RIGHT.match(ch)), 128)


# ---------------------------------------------------------------------------
# Rule 6: month ranges that lost their dash
# ---------------------------------------------------------------------------

# (?<![\d.\-])(\d{2,4})(?=月), with the look-behind moved after the first
# digit so that the pattern starts with \d: the regex engine then jumps from
# digit to digit instead of trying every position (the same matches).
_MONTH = re.compile(r"(\d(?<![\d.\-]\d)\d{1,3})(?=月)")


def _digits_before(text: str, anchor: str, shortest: int, longest: int) -> list[int]:
    """Where each run of ``shortest`` to ``longest`` digits (``\\d``) that ends
    right before an ``anchor`` starts.  A longer run is not listed."""
    out = []
    j = text.find(anchor)
    while j >= 0:
        i = j
        while i > 0 and j - i <= longest and text[i - 1].isdecimal():  # str.isdecimal is \d
            i -= 1
        if shortest <= j - i <= longest:
            out.append(i)
        j = text.find(anchor, j + 1)
    return out


def _matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))``, for a pattern that can only match at
    one of ``starts`` (in increasing order).

    A pattern that starts with ``\\d`` makes the regex engine try every
    digit of the text; finding the few possible starts from a literal anchor
    ("月", "、") and matching there is several times faster.  Tests compare
    the two on generated text.
    """
    out: list[re.Match[str]] = []
    last = 0
    for i in starts:
        if i >= last and (m := pattern.match(text, i)):
            out.append(m)
            last = m.end()
    return out


def _month_range(digits: str) -> str | None:
    """Split ``digits`` into an increasing month range a-b, if exactly one split works."""
    if int(digits) <= 12:
        return None
    splits = []
    for k in range(1, len(digits)):
        a, b = digits[:k], digits[k:]
        if a.startswith("0") or b.startswith("0"):
            continue
        if 1 <= int(a) < int(b) <= 12:
            splits.append(f"{a}-{b}")
    return splits[0] if len(splits) == 1 else None


def repair_month_ranges(traced: Traced) -> tuple[Traced, list[Repair]]:
    """Restore the dash of a month range: "810月" → "8-10月".

    Damage repaired: the scrape dropped the dash of ranges such as "8—10 月".
    A month number above 12 can only be such a range.  It is split into an
    increasing pair of months 1-12; a number with no such split, or with more
    than one, is left as printed.  The dash is written as ASCII "-".

    Examples
    --------
    >>> repair_month_ranges(Traced.from_raw("2008年89月、810月、6月、112月、13月、123月"))[0].text
    '2008年8-9月、8-10月、6月、1-12月、1-3月、123月'
    """
    text = traced.text
    matches = _matches_at(_MONTH, text, _digits_before(text, "月", 2, 4))
    return _substitute(traced, matches, lambda m: _month_range(m.group(1)), "repair_month_ranges", "month range")


# ---------------------------------------------------------------------------
# Rule 7: traditional characters
# ---------------------------------------------------------------------------


def convert_traditional(traced: Traced) -> tuple[Traced, list[Repair]]:
    """Write traditional characters in their simplified form (OpenCC ``t2s``).

    Damage repaired: a report scraped from a traditional-script mirror, or
    converted by a reader, mixes 黨/党 and 佔/占, so quotes and keywords do
    not match.  Conversion is character by character (OpenCC's phrase rules
    can change a text's length, which would break the offset map); each run
    of converted characters is logged.  Simplified text is left unchanged.

    Examples
    --------
    >>> convert_traditional(Traced.from_raw("基層黨組織,佔65.16%"))[0].text
    '基层党组织,占65.16%'
    """
    text = traced.text
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    if (cp > 0xFFFF).any():
        return _convert_traditional_by_character(traced)  # beyond the table: rare, and slower
    mapped = _t2s_table()[cp]
    changed = mapped != cp
    if not changed.any() or _t2s_converter().convert(text) == text:
        return traced, []
    # Every character maps to one character (the table holds only those), so
    # the offsets stay as they are.  Each run of CJK characters (everything
    # above U+2E7F) in which something changed is logged as one repair.
    converted = mapped.tobytes().decode("utf-32-le")
    cjk = cp > 0x2E7F
    edges = np.diff(cjk.view(np.int8), prepend=np.int8(0), append=np.int8(0))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    before = np.concatenate(([0], np.cumsum(changed)))
    hit = before[ends] > before[starts]
    old = traced.offsets
    starts, ends = starts[hit], ends[hit]
    delta = np.zeros(len(cp) + 1, dtype=np.int32)
    delta[starts] = 1
    delta[ends] = -1
    inside = np.cumsum(delta[:-1]) != 0  # the characters of the runs logged
    repairs = RepairLog.from_columns(
        "convert_traditional", "t2s", old[starts], old[ends - 1] + 1,
        cp[inside].tobytes().decode("utf-32-le"), ends - starts, mapped[inside].tobytes().decode("utf-32-le"), ends - starts,
    )
    return Traced(converted, old), repairs


def _convert_traditional_by_character(traced: Traced) -> tuple[Traced, list[Repair]]:
    """:func:`convert_traditional` one character at a time (for text beyond the BMP)."""
    text = traced.text
    changed = {ch for ch in set(text) if ord(ch) > 0x2E7F and _t2s_char(ch) != ch}
    if not changed or _t2s_converter().convert(text) == text:
        return traced, []
    converted = "".join(_t2s_char(ch) if ch in changed else ch for ch in text)

    def run(m: re.Match[str]) -> str | None:
        # a run of CJK characters is logged as one repair if any of it changed
        new = converted[m.start() : m.end()]
        return None if new == m.group() else new

    return _substitute(traced, _CJK_RUN, run, "convert_traditional", "t2s")


_CJK_RUN = re.compile(r"[^\x00-\u2e7f]+")


@lru_cache(maxsize=1)
def _t2s_table() -> np.ndarray:
    """Code point → code point of t2s over the Basic Multilingual Plane.

    Built once per process from one OpenCC call over every character from
    U+2E80 to U+FFFF, one per line: a line break stops OpenCC's phrase
    matching, so each character is converted alone (a test checks the table
    against converting each character by itself).  A character that would
    become several characters keeps its own code point here.
    """
    table = np.arange(0x10000, dtype=np.uint32)
    chars = [chr(i) for i in range(0x2E80, 0x10000) if not 0xD800 <= i <= 0xDFFF]
    out = _t2s_converter().convert("\n".join(chars)).split("\n")
    if len(out) != len(chars):  # not seen with OpenCC 1.4; convert one by one instead
        out = [_t2s_char(ch) for ch in chars]
    for a, b in zip(chars, out):
        if a != b and len(b) == 1:
            table[ord(a)] = ord(b)
    return table


@lru_cache(maxsize=1)
def _t2s_converter():
    """OpenCC's t2s converter; building one reads five dictionary files, so it is built once."""
    import opencc

    return opencc.OpenCC("t2s")


@cache
def _t2s_char(ch: str) -> str:
    """One character in simplified form (memoised: a text repeats its characters)."""
    return _t2s_converter().convert(ch)


# ---------------------------------------------------------------------------
# Rule 8: "、" used as a decimal point
# ---------------------------------------------------------------------------

# The number must follow a CJK character or an opening bracket ("占65、16%",
# "139人(44、84%)"): an enumeration "1、20%以上的…" opens a sentence or a
# line and is left alone.
# (?<=[\u4e00-\u9fff])(\d{1,3})、…, the look-behind moved after the first digit (as _MONTH).
_COMMA_DECIMAL = re.compile(r"(\d(?<=[\u4e00-\u9fff(]\d)\d{0,2})、(\d{1,2})(?=\s*(?:%|万元|亿元|元|分))")


def repair_comma_decimals(traced: Traced) -> tuple[Traced, list[Repair]]:
    """Restore a decimal point typed as "、" inside a number with a unit: "65、16%" → "65.16%".

    Damage repaired: an input method or an OCR pass gave "、" for the
    full-stop-like decimal point.  Only a number directly followed by % or a
    money or score unit is repaired, so enumerations ("1、2、3") survive.

    Examples
    --------
    >>> repair_comma_decimals(Traced.from_raw("占65、16%,1、2、3项。1、20%以上"))[0].text
    '占65.16%,1、2、3项。1、20%以上'
    """
    text = traced.text
    matches = _matches_at(_COMMA_DECIMAL, text, _digits_before(text, "、", 1, 3))
    return _substitute(traced, matches, lambda m: f"{m.group(1)}.{m.group(2)}", "repair_comma_decimals", "、 as decimal point")


# ---------------------------------------------------------------------------
# Rule 9: digits written as Chinese numerals inside a number
# ---------------------------------------------------------------------------

_NUMERAL_DIGITS = {ch: str(i) for i, ch in enumerate("〇一二三四五六七八九")} | {"零": "0"}
_NUMERAL_NUMBER = re.compile(
    r"(?<![〇零一二三四五六七八九十百千万亿两])"
    r"([〇零一二三四五六七八九\d]+\.[〇零一二三四五六七八九\d]+|[〇零一二三四五六七八九]{2,})(?=%)"
)
#: A numeral with nothing but numerals, digits and points between it and a
#: "%": a text without one has nothing for the rule to change.
_NUMERAL_BEFORE_PERCENT = re.compile(r"[〇零一二三四五六七八九][〇零一二三四五六七八九\d.]*%")
#: The same, written backwards, to search the reversed text: a pattern that
#: starts with a literal "%" is scanned for far faster than one that starts
#: with a class of ten characters that a Chinese text is full of (一).
_NUMERAL_BEFORE_PERCENT_REVERSED = re.compile(r"%[〇零一二三四五六七八九\d.]*[〇零一二三四五六七八九]")
#: Characters that make a word with the 一 after them (单一, 统一, 唯一, 之一, 第一 …): that 一 is not a digit.
_ONE_WORDS = frozenset("单统唯之第万同专逐划整归合均不")


def repair_numeral_digits(traced: Traced) -> tuple[Traced, list[Repair]]:
    """Write digit-by-digit Chinese numerals inside a percentage as digits: "八五.二%" → "85.2%".

    Damage repaired: an input method or converter wrote some digits as the
    numerals 〇-九.  Only positional numerals (no 十/百/千) directly before
    "%" are converted, and only into a share of at most 100; ordinary
    numbers in words ("三级联创", "百分之八十", the 一 of "方式单一14.81%")
    are left alone.

    Examples
    --------
    >>> repair_numeral_digits(Traced.from_raw("占八五.二%,满意率9二.5%,三级联创,方式单一14.81%"))[0].text
    '占85.2%,满意率92.5%,三级联创,方式单一14.81%'
    """
    if not _NUMERAL_BEFORE_PERCENT_REVERSED.search(traced.text[::-1]):
        return traced, []  # every match would be all digits, which is left as it is
    return _substitute(traced, _NUMERAL_NUMBER, _numeral_digits, "repair_numeral_digits", "Chinese numerals as digits")


def _numeral_digits(m: re.Match[str]) -> str | None:
    """The digits of a match of :data:`_NUMERAL_NUMBER`, or ``None`` where its numerals are words, not digits."""
    number = "".join(_NUMERAL_DIGITS.get(ch, ch) for ch in m.group(1))
    # "方式单一14.81%": the 一 ends a word (单一, 统一, 之一 …) and the share follows it; a share is at most 100
    if float(number) > 100 or (m.group(1)[0] == "一" and m.string[m.start() - 1 : m.start()] in _ONE_WORDS):
        return None
    return number


# ---------------------------------------------------------------------------
# Rule 10: pronunciation glosses
# ---------------------------------------------------------------------------

_TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
#: One pinyin syllable: an initial, one to four vowels, a final n, ng or r.
_PINYIN_SYLLABLE = rf"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüv{_TONE_MARKED}]{{1,4}}(?:ng|n|r)?"
# 長(zhǎng)沙市 -> 長沙市; 會(huì )消費 -> 會消費 (the space inside is the site's).
# The syllable must carry a tone mark, so "(de)" or an English word in
# brackets after a character is never taken for a gloss.
# (The look-behind comes after the literal "(", so the regex engine scans for
# the bracket instead of trying every character.)
_PINYIN_GLOSS = re.compile(rf"\((?<=[\u3400-\u4dbf\u4e00-\u9fff]\()\s*(?=[a-zü{_TONE_MARKED}]*[{_TONE_MARKED}])({_PINYIN_SYLLABLE})\s*\)")
#: A page with at least this many glosses, on at least this share of its
#: Han characters, is "full of them" (:attr:`CleanResult.warnings`).
_GLOSS_WARN_COUNT, _GLOSS_WARN_SHARE = 5, 0.02
_HAN_CHARACTER = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def remove_pinyin_glosses(traced: Traced) -> tuple[Traced, list[Repair]]:
    """Remove the pinyin that some sites print in brackets after a character.

    Damage repaired: a mirror or a reading aid annotated characters with their
    pronunciation, "長(zhǎng)沙市", "現(xiàn)", "會(huì )" (with a stray space); the
    glosses break quotes and words ("消委會(huì )" is 消委会).  A gloss is one
    pinyin syllable with at least one tone mark, in brackets, right after a
    Han character; it is removed with its brackets.  A page full of glosses
    is also reported in :attr:`CleanResult.warnings`.

    Examples
    --------
    >>> t, log = remove_pinyin_glosses(Traced.from_raw("長(zhǎng)沙市消委會(huì )调查(de)和(SPSS)"))
    >>> t.text, [r.before for r in log]
    ('長沙市消委會调查(de)和(SPSS)', ['(zhǎng)', '(huì )'])
    """
    if "(" not in traced.text:
        return traced, []
    return _substitute(traced, _PINYIN_GLOSS, lambda m: "", "remove_pinyin_glosses", "pinyin gloss")


# ---------------------------------------------------------------------------
# Rule 11: "<" and ">" printed as angle brackets in a p value
# ---------------------------------------------------------------------------

# P〈0.05 -> P<0.05; P〉0.05 -> P>0.05.  PDF converters of journal pages give
# the CJK angle brackets 〈〉 (or the small forms ﹤﹥) for the signs.  Only
# right after a lone P or p and right before a number: 〈论语〉 is a title.
_P_SIGN = re.compile(r"(?<![A-Za-z])([Pp]\s?)([〈〉﹤﹥])(?=\s?\.?\d)")
_P_SIGNS = {"〈": "<", "﹤": "<", "〉": ">", "﹥": ">"}


def repair_p_value_signs(traced: Traced) -> tuple[Traced, list[Repair]]:
    """Write "<" and ">" for the angle brackets that stand for them in a p value.

    Damage repaired: a PDF converter printed the comparison sign of a p value
    as a CJK angle bracket: "P〈0.05", "P〉0.05".  Only a bracket between a
    lone P (or p) and a number is changed; a bracket anywhere else is text.

    Examples
    --------
    >>> repair_p_value_signs(Traced.from_raw("(t=2.1,P〈0.05);P 〉0.1;〈论语〉;SP〈0.5"))[0].text
    '(t=2.1,P<0.05);P >0.1;〈论语〉;SP〈0.5'
    """
    text = traced.text
    if "〈" not in text and "〉" not in text and "﹤" not in text and "﹥" not in text:
        return traced, []
    return _substitute(traced, _P_SIGN, lambda m: m.group(1) + _P_SIGNS[m.group(2)], "repair_p_value_signs", "angle bracket as comparison sign")


# ---------------------------------------------------------------------------
# Rule 12: a decimal point printed as "。" or with a space beside it
# ---------------------------------------------------------------------------

# A number whose decimal point is damaged: "37。42" (the ideographic full
# stop), "52. 16" (a space after the point; a line break there becomes that
# space), "52 .16" (a space before it).
_DAMAGED_POINT = re.compile(r"(?<![\d.])(\d{1,4})(。|\. | \.)(\d{1,4})(?![\d.])")
#: A statistic and its sign right before the number, or a list of numbers
#: after one: "t=", "P<", "F(2, 147)=", "χ2=", "χ2值为", "±", "t=31. 934,-".  Searched
#: in the 60 characters before the number, anchored at their end.  Only the
#: letters of test statistics, p values and summary statistics count: a
#: sentence can end with "n=45。" and the next open with "20%的人".
_STAT_NUMBER = r"-?\d{1,4}(?:(?:\.\s?|。)\d{1,4})?"
_STATISTIC_BEFORE = re.compile(
    r"(?:(?:(?<![A-Za-z])(?:[tTFPpZzrRUHQWBbM]|OR|RR|HR|SD|SE|df)值?|χ2|χ²|X2|x2|β)\s?(?:\([^()]{0,12}\))?\s?(?:[=<>≤≥〈〉]|值?为)|±)"
    rf"(?:\s?{_STAT_NUMBER}\s?[,，])*"
    r"\s?-?\Z"
)
#: What a number's integer part follows when it may open an enumeration or a
#: reference ("表1。20%的人", "第3. 5%"): the rule leaves those alone.
_REFERENCE_BEFORE = frozenset("表图第题例式章节条款项页号附")
#: A table row's label and count right before its share: "非常不满意17 3。1%".
_ROW_COUNT_BEFORE = re.compile(r"([\u4e00-\u9fff])\d{1,6} \Z")
#: Words that a number follows and that no line or sentence ends with.
_TAKES_A_NUMBER = frozenset("占为达约是到计仅近超逾至")


def _damaged_points(text: str) -> list[re.Match[str]]:
    """``list(_DAMAGED_POINT.finditer(text))``, found from the separators.

    The pattern starts with digits, which would make the regex engine try
    every digit of the text; the separators "。", ". " and " ." between two
    digits are few, and the pattern is matched where the digits before one
    start.  A test compares the two on generated text.
    """
    starts = set()
    for separator in ("。", ". ", " ."):
        width = len(separator)
        j = text.find(separator)
        while j >= 0:
            if j > 0 and text[j - 1].isdecimal() and text[j + width : j + width + 1].isdecimal():
                i = j
                while i > 0 and j - i <= 4 and text[i - 1].isdecimal():  # str.isdecimal is \d
                    i -= 1
                starts.add(i)
            j = text.find(separator, j + 1)
    return _matches_at(_DAMAGED_POINT, text, sorted(starts))


def _point_context(traced: Traced, m: re.Match[str]) -> str | None:
    """Why the damaged point of the match ``m`` is a decimal point, or None."""
    text, offsets = traced.text, traced.offsets
    start, end = m.start(), m.end()
    separator = m.group(2)
    if separator != " ." and _STATISTIC_BEFORE.search(text, max(0, start - 60), start):
        return "statistic"
    after = text[end : end + 2].lstrip(" ")[:1]  # a space before "%" is the spacing rule's to keep or not
    if after not in ("%", "‰", "±") or (after == "±" and separator == " ."):
        return None
    # A share or a mean ± SD: the number must follow a Han character or an
    # opening bracket, and not a word that numbers things ("表1。20%").  If
    # something was removed between them in the raw text (a line break, where
    # an enumeration "1. 20%…" would open a line), the character must be a
    # word that takes a number ("占\n52. 16%"), which no line ends with.
    if start == 0:
        return None
    left = text[start - 1]
    row = _ROW_COUNT_BEFORE.search(text, max(0, start - 9), start)
    if row is not None and row.group(1) not in _REFERENCE_BEFORE:
        return "share"  # a table row's share after its count: "非常不满意17 3。1%"
    if not ("\u4e00" <= left <= "\u9fff" or left == "(") or left in _REFERENCE_BEFORE:
        return None
    if offsets[start] - offsets[start - 1] != 1 and left not in _TAKES_A_NUMBER:
        return None
    return "mean" if after == "±" else "share"


def repair_decimal_points(traced: Traced) -> tuple[Traced, list[Repair]]:
    """Restore a decimal point printed as "。" or with a space beside it: "37。42%" → "37.42%".

    Damage repaired: PDF converters and document sites print the decimal
    point as the ideographic full stop ("37。42%", "t=3。27"), or put a space
    after it ("52. 16%", "F =11. 218", "P〈0. 05") or before it ("52 .16%"); a
    line break inside a number becomes such a space.  A "。" is normally a
    sentence end, and ". " can end an enumeration "1. ", so a number is only
    repaired where the point cannot be anything else: right after a test
    statistic or a p value and its sign ("t=", "P<", "χ2=", "F(2,147)=", "±",
    or the next number of a list after one: "t=31. 934,-17. 976"), or in a
    share or a mean directly followed by "%" or "±" and printed right after a
    Han character or a bracket ("占37。42%", "(52. 16%)", "(72. 36±8.14)"),
    or after a table row's label and count ("非常不满意17 3。1%").
    "共37。42人参加" and "表1。20%的人" are left as printed.

    Examples
    --------
    >>> repair_decimal_points(Traced.from_raw("占37。42%,(t=22. 959,-20. 516;P<0. 05),共37。42人,表1。20%"))[0].text
    '占37.42%,(t=22.959,-20.516;P<0.05),共37。42人,表1。20%'
    >>> repair_decimal_points(Traced.from_raw("非常不满意17 3。1%,表1 3。1%"))[0].text  # a row's share after its count
    '非常不满意17 3.1%,表1 3。1%'
    """
    text = traced.text
    matches = [m for m in _damaged_points(text) if _point_context(traced, m)]
    if not matches:
        return traced, []
    return _substitute(
        traced, matches, lambda m: f"{m.group(1)}.{m.group(3)}", "repair_decimal_points",
        lambda m: {"。": "。 as decimal point", ". ": "space after decimal point", " .": "space before decimal point"}[m.group(2)],
    )


# ---------------------------------------------------------------------------
# Rule 13: thousands separated by a space
# ---------------------------------------------------------------------------

# "3 418人", "共12 507": the thousands of a count separated by a space, a thin
# space or a no-break space (all a single space by now).  The pair must be
# alone (not inside a list of numbers "120 340 560人"), start with no zero,
# not follow 第 or a decimal point, and sit in a clause that counts: a count
# unit after it, or a word that states a total before it.
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,第])(?<!\d )([1-9]\d{0,2}) (\d{3})(\.\d+)?(?![\d.%‰]|,\d| \d)")
#: The same in a survey platform's table row, "label count share": "1-2年级1 207 35.31%" is 1207 and 35.31%.  Only
#: after the label (a Han character, a letter or a bracket), right before the row's share, and with one or two digits
#: before the space: "学院607 559 93.09%" is a row's size and count (a count of 607,559 in such a row is not plausible).
_SPACED_THOUSANDS_IN_ROW = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z)）])([1-9]\d?) (\d{3})(?= \d{1,3}(?:\.\d{1,2})?%)")
_SPACE_BEFORE_THOUSANDS = re.compile(r" (?=\d{3}(?!\d))")
_ROW_SHARE = re.compile(r" (\d{1,3}(?:\.\d{1,2})?)%")


def _rate_prints_as(part: int, whole: int, share: str) -> bool:
    """Does ``100 part / whole``, rounded half up to the decimals of ``share``, print as ``share``?"""
    digits, _, decimals = share.partition(".")
    scale = 10 ** len(decimals)
    return whole > 0 and (200 * part * scale + whole) // (2 * whole) == int(digits + decimals)


_COUNT_AFTER = re.compile(
    r"\s?(?:余|多)?(?:万|千)?(?:人次|人|名|份|个|次|条|户|家|所|项|位|篇|场|件|批|例|支|村|张|册|套|台|辆|座|处|间|亿元|万元|元|公里|千米|吨|亩|公顷)"
)
#: A unit that a figure with decimals takes ("3 812.7万人次", "1 234.56亿元", "2 846.5公里"; not "3 418.5人").
_DECIMAL_UNIT_AFTER = re.compile(r"\s?(?:万|千|亿|元|公里|千米|吨|亩|公顷)")
_TOTAL_BEFORE = re.compile(
    r"(?:共|共有|有|共计|合计|总计|累计|计|达|约|回收|收回|发放|发出|调查|访问|走访|抽取|涉及|覆盖|样本量?|总数|人数|[nN]\s?=)"
    r"(?:了|为|是|达)?[:：]?\Z"
)


def repair_thousands_separators(traced: Traced) -> tuple[Traced, list[Repair]]:
    """Join the thousands of a count that a space separates: "3 418人" → "3418人".

    Damage repaired: typeset reports (and PDF converters) separate the
    thousands of a large number with a space, a thin space or a no-break
    space ("3 418人", "共12 507"), which reads as two numbers.  A run of one
    to three digits, one space and exactly three digits is joined when it is
    a count: a count unit follows it, or 共/有/回收/发放/n= … precedes it, or it is a count or
    its base in a bracketed fraction ("(705/1 455)"), or it
    is the count of a survey platform's table row, between the row's label
    and its share ("1-2年级1 207 35.31%") unless the two are a total and a
    part whose rate that share is ("学院912 861 94.41%": 861/912 = 94.41%).  A year ("2018 312人"), a list
    ("120 340 560人"), "第3 418" and table cells ("53 41") are left alone.

    Examples
    --------
    >>> repair_thousands_separators(Traced.from_raw("共发放3 418份,共12 507,第3 418号,120 340 560人,2018 312人,非常满意1 962 57.40%"))[0].text
    '共发放3418份,共12507,第3 418号,120 340 560人,2018 312人,非常满意1962 57.40%'
    >>> repair_thousands_separators(Traced.from_raw("机电工程学院912 861 94.41%"))[0].text  # 861/912 = 94.41%: a total, its part, their rate
    '机电工程学院912 861 94.41%'
    >>> repair_thousands_separators(Traced.from_raw("48.45%(705/1 455),(1 217/2 346)"))[0].text  # a count over its base, in brackets
    '48.45%(705/1455),(1217/2346)'
    """
    text = traced.text

    def join(m: re.Match[str]) -> str | None:
        if m.re is _SPACED_THOUSANDS_IN_ROW:
            # "学院912 861 94.41%" is a total, its part and their rate (861/912 = 94.41%): two cells, not 912861
            share = _ROW_SHARE.match(text, m.end())
            whole, part = int(m.group(1)), int(m.group(2))
            if share and part <= whole and _rate_prints_as(part, whole, share.group(1)):
                return None
            return m.group(1) + m.group(2)
        if m.group(3):
            # "3 812.7万人次": a yearbook's figure with decimals, joined only before its unit (not "合计412 100.0", a row's
            # count and share, nor "2019 3 486.2 9.8", a table's row)
            return m.group(1) + m.group(2) + m.group(3) if _DECIMAL_UNIT_AFTER.match(text, m.end()) else None
        if _COUNT_AFTER.match(text, m.end()) or _TOTAL_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            return m.group(1) + m.group(2)
        if text[m.start() - 1 : m.start()] in ("(", "（", "/") and text[m.end() : m.end() + 1] in ("/", ")", "）"):
            return m.group(1) + m.group(2)  # a count over its base in brackets: "48.45%(705/1 455)"
        return None

    if " " not in text:
        return traced, []
    # Anchored on the space: the pattern can only start one to three digits before it.
    starts = []
    for space in _SPACE_BEFORE_THOUSANDS.finditer(text):
        i = j = space.start()
        while i > 0 and j - i <= 3 and text[i - 1].isdecimal():
            i -= 1
        if 1 <= j - i <= 3:
            starts.append(i)
    matches = _matches_at(_SPACED_THOUSANDS, text, starts)
    rows = [m for m in _matches_at(_SPACED_THOUSANDS_IN_ROW, text, starts) if not any(r.start() <= m.start() < r.end() for r in matches)]
    if rows:  # "1-2年级1 207 35.31%": a platform table's row, its count then its share
        matches = sorted(matches + rows, key=lambda m: m.start())
    return _substitute(traced, matches, join, "repair_thousands_separators", "space as thousands separator")


# ---------------------------------------------------------------------------
# Rule 14: a share cut in two by a line break
# ---------------------------------------------------------------------------

# "占2\n8.57%" -> "占28.57%": a PDF converter or a page wrapped a line inside a
# share.  A line break between two numbers normally separates them (table
# cells, a list), and collapse_spacing keeps it as a space; here the first piece
# follows a word that takes a number and that no line ends with (占, 为, 达 …),
# and the second ends in "%", so the break is inside one share.  The joined
# share must be at most 100.  A cut after the point ("占52.\n16%") is
# repair_decimal_points'.
#: Where the pattern can start: after one of its words, before a number that a line break follows (found from the
#: word, a class of characters the regex engine scans for quickly, rather than from every digit of the text).
#: The end of a cut share, written backwards ("%75.8⏎"), to search the reversed text: a pattern that starts with a
#: literal "%" is found far faster than one that starts with a digit.
_CUT_SHARE_REVERSED = re.compile(r"[%％][ \t]*\d{1,4}(?:\.\d{1,3})?[ \t]*[\n\r]")
_WORD_BEFORE_CUT = re.compile(r"[占为达约是到计仅近超逾至](?=\d{1,3}[ \t]*[\r\n])")
_CUT_SHARE = re.compile(r"(?<=[占为达约是到计仅近超逾至])(\d{1,3})[ \t]*(?:\r\n|\r|\n)[ \t]*(\d{1,3}(?:\.\d{1,4})?)(?=[ \t]*[%％])")


def join_cut_shares(traced: Traced) -> tuple[Traced, list[Repair]]:
    """Join a share that a line break cut in two: "占2\\n8.57%" → "占28.57%".

    Damage repaired: a line wrapped inside a number, between its digits, so
    that it reads as two numbers ("占2" and "8.57%").  Only a share that
    follows 占, 为, 达 … (words that take a number, which no line ends with)
    is joined, and only if it is then at most 100%.

    Examples
    --------
    >>> join_cut_shares(Traced.from_raw("占2\\n8.57%,占9\\n8.57%,共2\\n8人,为45\\n67.5%"))[0].text
    '占28.57%,占98.57%,共2\\n8人,为45\\n67.5%'
    """
    text = traced.text
    if "\n" not in text and "\r" not in text:
        return traced, []

    def join(m: re.Match[str]) -> str | None:
        return m.group(1) + m.group(2) if float(m.group(1) + m.group(2)) <= 100 else None

    if not _CUT_SHARE_REVERSED.search(text[::-1]):
        return traced, []  # no "%" after digits that follow a line break
    starts = [m.end() for m in _WORD_BEFORE_CUT.finditer(text)]
    return _substitute(traced, _matches_at(_CUT_SHARE, text, starts), join, "join_cut_shares", "line break inside a share")


# ---------------------------------------------------------------------------
# The pipeline
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """A named cleaning step: ``apply(traced) -> (traced, repairs)``."""

    name: str
    apply: Callable[[Traced], tuple[Traced, list[Repair]]]


#: The cleaning pipeline, in order.  Traditional characters are converted
#: first, so that the boilerplate patterns (written in simplified characters)
#: match; chunks are joined before page markers are looked for, because a
#: chunk boundary can cut a marker in two.  The rules for the damage of other
#: sites come last: by then full-width forms are half-width and every run of
#: spaces between two numbers is one space (a line break inside a number
#: too), which the decimal-point and thousands rules read.  One of them runs
#: before the spacing rule: a share cut by a line break is told from two
#: numbers by the line break itself, which the spacing rule makes a space.
RULES: tuple[Rule, ...] = (
    Rule("convert_traditional", convert_traditional),
    Rule("strip_site_chrome", strip_site_chrome),
    Rule("join_preview_chunks", join_preview_chunks),
    Rule("remove_page_markers", remove_page_markers),
    Rule("normalise_punctuation", normalise_punctuation),
    Rule("join_cut_shares", join_cut_shares),
    Rule("collapse_spacing", collapse_spacing),
    Rule("repair_month_ranges", repair_month_ranges),
    Rule("repair_comma_decimals", repair_comma_decimals),
    Rule("repair_numeral_digits", repair_numeral_digits),
    Rule("remove_pinyin_glosses", remove_pinyin_glosses),
    Rule("repair_p_value_signs", repair_p_value_signs),
    Rule("repair_decimal_points", repair_decimal_points),
    Rule("repair_thousands_separators", repair_thousands_separators),
)


class RepairLog(Sequence):
    """Repairs kept as columns: cheap to build, to pickle and to move.

    A scrape logs hundreds of repairs, one per collapsed space.  As
    :class:`Repair` tuples, that is hundreds of objects to build, and for
    every file a parallel audit sends back, hundreds of rows to pickle and
    unpickle.  A RepairLog holds them as one integer array and two strings.
    It is a sequence of :class:`Repair` all the same: the tuples are built
    the first time it is indexed or iterated.

    ``labels`` holds each distinct ``(rule, detail)``.  ``numbers`` has one
    row per repair: raw start, raw end, page (-1 for none, or not known
    yet), index into ``labels``, and the lengths of ``before`` and ``after``,
    whose texts are joined in ``befores`` and ``afters``.

    The cleaner's vectorised rules return one; :func:`clean_text` joins the
    rules' logs (:meth:`concat`), and :meth:`CleanResult.repair_log` adds the
    pages.
    """

    __slots__ = ("labels", "numbers", "befores", "afters", "_repairs")

    def __init__(self, labels: tuple[tuple[str, str], ...], numbers: np.ndarray, befores: str, afters: str) -> None:
        self.labels, self.numbers, self.befores, self.afters = labels, numbers, befores, afters
        self._repairs: tuple[Repair, ...] | None = None

    @classmethod
    def from_columns(cls, rule: str, detail: str, raw_starts: np.ndarray, raw_ends: np.ndarray,
                     befores: str, before_lengths: np.ndarray, afters: str, after_lengths: np.ndarray) -> RepairLog:
        """Repairs of one rule and detail, from arrays and joined texts."""
        numbers = np.empty((len(raw_starts), 6), dtype=np.int64)
        numbers[:, 0], numbers[:, 1], numbers[:, 2], numbers[:, 3] = raw_starts, raw_ends, -1, 0
        numbers[:, 4], numbers[:, 5] = before_lengths, after_lengths
        return cls(((rule, detail),), numbers, befores, afters)

    @classmethod
    def from_repairs(cls, repairs: Iterable[Repair]) -> RepairLog:
        """The log of :class:`Repair` tuples (pages not known)."""
        repairs = tuple(r if type(r) is Repair else Repair(*r) for r in repairs)
        if not repairs:
            return cls((), np.zeros((0, 6), dtype=np.int64), "", "")
        rules, details, starts, ends, befores, afters = zip(*repairs)
        # a rule logs its repairs one after another, mostly with one detail:
        # label runs, not single repairs
        runs = [(pair, len(list(group))) for pair, group in groupby(zip(rules, details))]
        index: dict[tuple[str, str], int] = {}
        run_codes = [index.setdefault(pair, len(index)) for pair, _ in runs]
        numbers = np.empty((len(repairs), 6), dtype=np.int64)
        numbers[:, 0] = starts
        numbers[:, 1] = ends
        numbers[:, 2] = -1
        numbers[:, 3] = np.repeat(run_codes, [n for _, n in runs])
        numbers[:, 4] = np.fromiter(map(len, befores), dtype=np.int64, count=len(befores))
        numbers[:, 5] = np.fromiter(map(len, afters), dtype=np.int64, count=len(afters))
        log = cls(tuple(index), numbers, "".join(befores), "".join(afters))
        log._repairs = repairs
        return log

    @classmethod
    def concat(cls, logs: Iterable[Sequence[Repair]]) -> RepairLog:
        """One log of several (each a RepairLog or a sequence of Repair), in order."""
        parts = [log if isinstance(log, RepairLog) else cls.from_repairs(log) for log in logs if len(log)]
        if len(parts) == 1:
            return parts[0]
        if not parts:
            return cls.from_repairs(())
        index: dict[tuple[str, str], int] = {}
        blocks = []
        for part in parts:
            block = part.numbers.copy()
            block[:, 3] = np.array([index.setdefault(label, len(index)) for label in part.labels])[block[:, 3]]
            blocks.append(block)
        return cls(tuple(index), np.concatenate(blocks), "".join(p.befores for p in parts), "".join(p.afters for p in parts))

    def with_pages(self, pages: np.ndarray | int) -> RepairLog:
        """The same log with the page column set (-1 for none)."""
        numbers = self.numbers.copy()
        numbers[:, 2] = pages
        log = RepairLog(self.labels, numbers, self.befores, self.afters)
        log._repairs = self._repairs
        return log

    def of_rule(self, rule: str) -> list[Repair]:
        """The repairs of one rule (only those are built as tuples)."""
        codes = [i for i, (name, _) in enumerate(self.labels) if name == rule]
        if not codes:
            return []
        picked = np.flatnonzero(np.isin(self.numbers[:, 3], codes))
        if self._repairs is not None:
            return [self._repairs[i] for i in picked.tolist()]
        rows = self.numbers[picked].tolist()
        befores, afters = _pieces(self.befores, self.numbers[:, 4], picked), _pieces(self.afters, self.numbers[:, 5], picked)
        return [Repair(*self.labels[code], start, end, b, a) for (start, end, _, code, _, _), b, a in zip(rows, befores, afters)]

    def _columns(self) -> tuple[list, ...]:
        """rules, details, raw starts, raw ends, pages, befores, afters (lists)."""
        starts, ends, pages, codes = self.numbers[:, :4].T.tolist()
        labels = [self.labels[c] for c in codes]
        rules, details = [r for r, _ in labels], [d for _, d in labels]
        return rules, details, starts, ends, pages, _pieces(self.befores, self.numbers[:, 4]), _pieces(self.afters, self.numbers[:, 5])

    def _built(self) -> tuple[Repair, ...]:
        if self._repairs is None:
            rules, details, starts, ends, _, befores, afters = self._columns()
            self._repairs = tuple(map(tuple.__new__, repeat(Repair), zip(rules, details, starts, ends, befores, afters)))
        return self._repairs

    def __len__(self) -> int:
        return len(self.numbers)

    def __getitem__(self, i):
        return self._built()[i]

    def __iter__(self):
        return iter(self._built())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RepairLog):
            return self.rows() == other.rows()
        if isinstance(other, (list, tuple)):
            return self._built() == tuple(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self):
        return (RepairLog, (self.labels, self.numbers, self.befores, self.afters))

    def __repr__(self) -> str:
        return f"<RepairLog: {len(self)} repairs>"

    def rows(self, source: str | None = None) -> list[tuple]:
        """Tuples in :data:`REPAIR_COLUMNS` order (page ``None`` for -1), each after ``source`` if given."""
        if not len(self):
            return []
        rules, details, starts, ends, pages, befores, afters = self._columns()
        columns = [range(1, len(starts) + 1), rules, details, starts, ends, [None if p < 0 else p for p in pages], befores, afters]
        if source is not None:
            columns.insert(0, repeat(source))
        return list(zip(*columns))

    def runs(self, source: str | None = None) -> list[tuple]:
        """The log compacted: one tuple per run of one repair, in :data:`REPAIR_RUN_COLUMNS` order (page ``None``
        for -1), each after ``source`` if given.

        A run is a stretch of consecutive repairs of the log with the same rule, detail and page, each starting
        at most :data:`RUN_GAP` raw characters after the one before it ends.  A spaced-out scrape logs one repair
        per removed space, hundreds a page; as runs, that is a few rows a page, each saying which repairs of the
        full log it holds (``repair_id``, ``repairs``), where they lie, and what they changed: the ``before``
        and ``after`` texts of its repairs, joined in order (the spaces removed; the characters converted, "黨組織"
        and "党组织"), as ftfy explains a fix once rather than per character.  The full log stays the cleaner's
        (:meth:`rows`, ``CleanResult.repairs``).

        Examples
        --------
        >>> log = clean_text("- 1 -黨 組 織,黨  組\\n織。").repair_log()
        >>> len(log), len(log.runs())
        (11, 3)
        >>> log.runs()[0]
        (1, 'convert_traditional', 't2s', 5, 18, 1, 6, '黨組織黨組織。', '党组织党组织。')
        >>> log.runs()[2][:7], log.runs()[2][7] == "   " + " \\n"
        ((8, 'collapse_spacing', '', 6, 16, 1, 4), True)
        """
        n = len(self)
        if not n:
            return []
        starts, ends, pages, codes = (self.numbers[:, k] for k in range(4))
        breaks = np.ones(n, dtype=bool)
        gap = starts[1:] - ends[:-1]
        breaks[1:] = (codes[1:] != codes[:-1]) | (pages[1:] != pages[:-1]) | (gap < 0) | (gap > RUN_GAP)
        firsts = np.flatnonzero(breaks)
        lasts = np.append(firsts[1:], n) - 1
        # the texts of a run are consecutive in the joined befores and afters: one slice each
        before_ends = np.concatenate(([0], np.cumsum(self.numbers[:, 4]))).tolist()
        after_ends = np.concatenate(([0], np.cumsum(self.numbers[:, 5]))).tolist()
        out = []
        for first, last, start, end, page, code in zip(firsts.tolist(), lasts.tolist(), starts[firsts].tolist(),
                                                        np.maximum.reduceat(ends, firsts).tolist(), pages[firsts].tolist(),
                                                        codes[firsts].tolist()):
            before = self.befores[before_ends[first] : before_ends[last + 1]]
            after = self.afters[after_ends[first] : after_ends[last + 1]]
            rule, detail = self.labels[code]
            row = (first + 1, rule, detail, start, end, None if page < 0 else page, last - first + 1, before, after)
            out.append(row if source is None else (source, *row))
        return out


def _pieces(text: str, lengths: np.ndarray, picked: np.ndarray | None = None) -> list[str]:
    """``text`` cut into consecutive pieces of ``lengths``; with ``picked``,
    only the pieces at those indices."""
    ends = np.cumsum(lengths)
    if picked is not None:
        ends, lengths = ends[picked], lengths[picked]
    return [text[e - n : e] for e, n in zip(ends.tolist(), lengths.tolist())]


@dataclass(frozen=True)
class Span:
    """Where a piece of clean text lies: clean offsets, raw offsets, pages."""

    start: int
    end: int
    raw_start: int
    raw_end: int
    page_start: int | None
    page_end: int | None


@dataclass(frozen=True, eq=False)
class CleanResult:
    """The clean text with its offset map, page map and repair log.

    ``repairs`` is a sequence of :class:`Repair` (from :func:`clean_text`,
    a :class:`RepairLog`).  ``offsets`` holds the raw offset of every clean character, as a
    read-only int64 numpy array (a sequence of ints is converted).
    """

    raw: str
    text: str
    offsets: np.ndarray
    repairs: Sequence[Repair]
    markers: tuple[tuple[int, int], ...] = field(default=())

    def __post_init__(self) -> None:
        object.__setattr__(self, "offsets", _offset_array(self.offsets))

    def page_of(self, raw_offset: int) -> int | None:
        """Page on which the raw character at ``raw_offset`` was printed.

        ``None`` when the scrape has no page markers.  Text before the first
        marker belongs to the page before it (or to it, if it is page 1).
        """
        if not self.markers:
            return None
        i = bisect_right(self._marker_offsets, raw_offset)
        return self.markers[i - 1][1] if i else max(self.markers[0][1] - 1, 1)

    @cached_property
    def _marker_offsets(self) -> list[int]:
        return [offset for offset, _ in self.markers]

    @cached_property
    def warnings(self) -> tuple[str, ...]:
        """Reasons to read the clean text with care, one sentence each (empty when none).

        A page full of pronunciation glosses (at least 5, on at least 2% of its
        Han characters; :func:`remove_pinyin_glosses`) went through a site
        that rewrites text: it often converted or lost other characters too.
        The warning gives the count and the first gloss in its raw context.

        Examples
        --------
        >>> clean_text("長(zhǎng)沙市消委會(huì )對(duì)大學(xué)生進(jìn)行了調查").warnings
        ("5 pronunciation glosses (pinyin in brackets after a character, e.g. '長(zhǎng)') were removed: a site annotated this page and may have changed other characters too",)
        >>> clean_text("長(zhǎng)沙市").warnings
        ()
        """
        if isinstance(self.repairs, RepairLog):
            glosses = self.repairs.of_rule("remove_pinyin_glosses")
        else:
            glosses = [r for r in self.repairs if r.rule == "remove_pinyin_glosses"]
        han = len(_HAN_CHARACTER.findall(self.text))
        if len(glosses) < _GLOSS_WARN_COUNT or len(glosses) < _GLOSS_WARN_SHARE * han:
            return ()
        first = glosses[0]
        example = self.raw[max(0, first.raw_start - 1) : first.raw_end]
        return (f"{len(glosses)} pronunciation glosses (pinyin in brackets after a character, e.g. {example!r}) were removed: "
                "a site annotated this page and may have changed other characters too",)

    @cached_property
    def paragraph_starts(self) -> tuple[int, ...]:
        """:func:`paragraph_breaks` of this result, computed once (an audit reads them for
        the sentences and again for ``clean_paragraphs.txt``)."""
        return tuple(paragraph_breaks(self))

    @property
    def pages(self) -> tuple[int | None, ...]:
        """Page of every clean character."""
        return tuple(self.page_of(o) for o in self.offsets.tolist())

    def span(self, start: int, end: int) -> Span:
        """Raw span and pages of the clean text ``text[start:end]``."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span {start}:{end} is outside the clean text (length {len(self.text)})")
        raw_start, raw_end = int(self.offsets[start]), int(self.offsets[end - 1]) + 1
        return Span(start, end, raw_start, raw_end, self.page_of(raw_start), self.page_of(raw_end - 1))

    def locate(self, quote: str, *, occurrence: int = 0) -> Span:
        """Find ``quote`` in the clean text and trace it to the raw text.

        Raises
        ------
        KeyError
            If the quote is not in the clean text (or has fewer occurrences).
        """
        start = -1
        for _ in range(occurrence + 1):
            start = self.text.find(quote, start + 1)
            if start < 0:
                raise KeyError(f"quote not found in the clean text: {quote!r}")
        return self.span(start, start + len(quote))

    def _repair_page(self, r: Repair) -> int | None:
        """Page of a repair; none for the site's wrapping around the document
        (boilerplate, the blank lines and counter before the first page
        marker, the line breaks after the last chunk)."""
        if _outside_pages(r.rule, r.detail):
            return None
        if self.markers and r.raw_start < self.markers[0][0]:
            return None
        return self.page_of(r.raw_start)

    def repair_records(self, source: str | None = None) -> list[tuple]:
        """The repair log as tuples in :data:`REPAIR_COLUMNS` order (no frame built).

        With ``source``, each tuple starts with it (the ``source`` column of
        ``dangjian audit``'s ``repairs.csv``).  Pages are those of
        :meth:`_repair_page`, found for all repairs at once.
        """
        return self.repair_log().rows(source)

    def repair_log(self) -> RepairLog:
        """The repair log as columns (:class:`RepairLog`), with each repair's page."""
        log = self.repairs if isinstance(self.repairs, RepairLog) else RepairLog.from_repairs(self.repairs)
        if not len(log) or not self.markers:
            return log.with_pages(-1)
        numbers = np.array([p for _, p in self.markers])
        found = np.searchsorted(self._marker_offsets, log.numbers[:, 0], side="right")
        outside = np.array([_outside_pages(rule, detail) for rule, detail in log.labels])[log.numbers[:, 3]]
        # -1: no page before the first marker, nor for the site's wrapping
        return log.with_pages(np.where((found == 0) | outside, -1, numbers[np.maximum(found - 1, 0)]))

    def paragraphs(self) -> str:
        """The clean text with a line break where a paragraph of the raw text ends.

        For reading only: the clean text itself has no line breaks, and every
        offset of the package is into it.  Removing the line breaks of this
        text gives the clean text back (:func:`paragraph_breaks` says where
        they go and why).

        Examples
        --------
        >>> print(clean_text("调查报告\\n一、基本情况\\n共发放问卷\\n300份。\\n二、问题\\n").paragraphs())
        调查报告
        一、基本情况
        共发放问卷300份。
        二、问题
        """
        breaks = self.paragraph_starts
        if not breaks:
            return self.text
        cuts = [0, *breaks, len(self.text)]
        return "\n".join(self.text[a:b] for a, b in zip(cuts, cuts[1:]))

    def repairs_frame(self) -> pd.DataFrame:
        """The repair log as a frame with columns :data:`REPAIR_COLUMNS`."""
        from .tabular import to_frame

        return to_frame(self.repair_records(), REPAIR_COLUMNS, integers=("page",))

    def offset_frame(self) -> pd.DataFrame:
        """One row per clean character: ``clean_offset, char, raw_offset, page``."""
        frame = pd.DataFrame(
            {
                "clean_offset": range(len(self.text)),
                "char": list(self.text),
                "raw_offset": self.offsets,
                "page": self.pages,
            }
        )
        frame["page"] = frame["page"].astype("Int64")
        return frame


#: What ends a paragraph or a heading line: a sentence-final mark or a colon.
_PARAGRAPH_END = frozenset("。!?！？:：;；”」』")
#: What opens a heading: 一、 (一) 1. 1、 第一章 第3节 ……
#: Characters no paragraph opens with: a break before one is inside a sentence ("78.43\n%").
_LINE_END = re.compile(r"\n|\r(?!\n)")
_NO_PARAGRAPH_START = frozenset("%％‰,，、。.．;；:：!！?？)）】」』”")
_HEADING = re.compile(r"(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、](?!\d)|第[一二三四五六七八九十\d]+[章节部分条])")


#: Repairs whose line breaks are never paragraph breaks: the site's preview chunks cut the text at random
#: places, and so do a document's page furniture and wrapped lines (:func:`dangjian.engine.documents.layout_rule`).
_NOT_PARAGRAPH_BREAKS = ("join_preview_chunks", "strip_page_furniture", "join_wrapped_lines")


def paragraph_breaks(result: CleanResult) -> list[int]:
    """Clean offsets at which a paragraph of the raw text begins.

    The cleaner joins lines (a scrape breaks lines anywhere, even inside a
    number), so the clean text has no paragraphs.  A line break of the raw
    text that the cleaner removed starts a paragraph when the text before
    it ends a sentence (。!?:;), when the text after it opens a heading
    ("二、", "(三)", "2.", "第三章"), when the line it ends is a heading (a
    short line that opens with one), when a blank line stood there, or when
    the line it ends is clearly shorter than the file's full lines (a
    title).  Otherwise it is a hard wrap inside a paragraph, and so is a
    break before a character no paragraph opens with (a % sign, a comma, a
    closing bracket) or between two digits.  Line
    breaks that belong to the site's preview chunks ("\\n\\n3、") are never
    paragraph breaks: the chunks cut the text at random places.

    Returns
    -------
    list of int
        Sorted offsets ``i`` into ``result.text``: a paragraph starts at ``text[i]``.
    """
    text, off, raw = result.text, result.offsets, result.raw
    if len(text) < 2 or ("\n" not in raw and "\r" not in raw):
        return []
    chunk = [(r.raw_start, r.raw_end) for rule in _NOT_PARAGRAPH_BREAKS
             for r in (result.repairs.of_rule(rule) if isinstance(result.repairs, RepairLog) else (r for r in result.repairs if r.rule == rule))]
    lengths = sorted(len(line) for line in raw.splitlines() if line.strip())
    full = lengths[min(len(lengths) - 1, int(0.9 * len(lengths)))] if lengths else 0
    chunk.sort()
    chunk_starts = [a for a, _ in chunk]

    def in_chunk(j: int) -> bool:
        k = bisect_right(chunk_starts, j) - 1
        return k >= 0 and j < chunk[k][1]

    # the line ends of the raw text, by the clean character that follows them (the clean text has none)
    line_ends = [m.start() for m in _LINE_END.finditer(raw)]
    ends_at: dict[int, list[int]] = {}
    for j, i in zip(line_ends, np.searchsorted(off, line_ends).tolist()):
        if 0 < i < len(text) and not in_chunk(j):
            ends_at.setdefault(i, []).append(j)
    breaks = []
    for i, ends in ends_at.items():
        if text[i] in _NO_PARAGRAPH_START or (text[i - 1].isdigit() and text[i].isdigit()):
            continue
        line_start = raw.rfind("\n", 0, ends[0]) + 1
        line = raw[line_start : ends[0]].strip()
        short = len(line) < 0.7 * full or (len(line) <= 30 and _HEADING.match(line) is not None and not _PARAGRAPH_END & set(line))
        if len(ends) > 1 or text[i - 1] in _PARAGRAPH_END or _HEADING.match(text, i) or short:
            breaks.append(i)
    return breaks


def _trim(traced: Traced) -> tuple[Traced, list[Repair]]:
    """Remove (and log) leading and trailing whitespace: ``\\A\\s+|\\s+\\Z``."""
    text, old = traced.text, traced.offsets
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip()) if start < len(text) else len(text)
    spans = [(a, b) for a, b in ((0, start), (end, len(text))) if b > a]
    if not spans:
        return traced, []
    repairs = [Repair("trim", "leading/trailing whitespace", int(old[a]), int(old[b - 1]) + 1, text[a:b], "") for a, b in spans]
    return Traced(text[start:end], old[start:end]), repairs


def _outside_pages(rule: str, detail: str) -> bool:
    """Whether a repair is of the site's wrapping, which lies on no page:
    boilerplate lines, and the line breaks after the last chunk."""
    return rule == "strip_site_chrome" or (rule == "join_preview_chunks" and detail == "chunk_end")


def clean_text(raw: str, rules: Iterable[Rule] | None = None) -> CleanResult:
    """Run the cleaning pipeline on a decoded scrape.

    Parameters
    ----------
    raw : str
        The decoded raw scrape (see :func:`dangjian.engine.source.read_source`).
    rules : iterable of Rule, optional
        The pipeline; ``None`` (the default) is :data:`RULES`.

    Returns
    -------
    CleanResult
        ``text`` (the clean text), ``offsets`` (raw offset of each clean
        character), ``repairs`` (every change, in pipeline order) and page
        markers.  Leading and trailing whitespace is removed and logged.

    Notes
    -----
    The pipeline is idempotent: cleaning clean text changes nothing.  Digits
    are never changed, dropped or reordered except by a logged repair.

    Examples
    --------
    >>> clean_text("  在 2008 年 89 月,占 ６５％  ").text
    '在2008年8-9月,占65%'
    """
    traced = Traced.from_raw(raw)
    logs: list[Sequence[Repair]] = []
    for rule in RULES if rules is None else rules:
        traced, log = rule.apply(traced)
        logs.append(log)
    traced, log = _trim(traced)
    logs.append(log)
    repairs = RepairLog.concat(logs)
    return CleanResult(raw, traced.text, traced.offsets, repairs, tuple(page_starts(repairs.of_rule("remove_page_markers"))))


def strip_nfkc_digits(text: str) -> str:
    """The digits of ``text`` (after NFKC, so full-width digits count), in order."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isdigit())

