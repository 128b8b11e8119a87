"""The outline of a clean report: 一、 / (一) / inline 一是.

Chinese government reports number their parts three ways: ``一、`` for
chapters, ``(一)`` for sections and ``一是…。二是…。`` for points inside a
section.  The scrape lost every line break, so a heading runs straight into
its first sentence ("(一)层层签订党建目标责任书建立健全…").  Markers are found
by their form and by their order (一, 二, 三, … within the parent), and a
title ends at the first of: "。", a following ``一是``, or a common
sentence opener (:data:`SENTENCE_OPENERS`) once the title has some length.

Examples
--------
>>> text = "前言。一、总体情况根据调查,好。(一)甲乙丙丁通过走访,好。二、问题(一)责任不强。少数人…"
>>> parts = outline(text)
>>> list(zip(parts["section_id"], parts["label"], parts["title"]))
[('0', '前言', ''), ('1', '一', '总体情况'), ('1.1', '一(一)', '甲乙丙丁'), ('2', '二', '问题'), ('2.1', '二(一)', '责任不强。')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._lazy import pd

__all__ = ["SECTION_COLUMNS", "SENTENCE_OPENERS", "CHINESE_NUMERALS", "chinese_numeral", "outline", "section_pages"]

SECTION_COLUMNS = ["section_id", "level", "label", "title", "start", "end", "page_start", "page_end"]

#: Words that open a sentence in Chinese official prose; a heading that has
#: run into its first sentence ends before one of them.  A general lexicon of
#: discourse openers, not a list of this report's sentences.
SENTENCE_OPENERS = (
    "根据", "通过", "经过", "按照", "依据", "围绕", "针对", "为了", "随着",
    "近年来", "今年以来", "多年来", "去年以来", "目前", "当前", "截至", "截止",
    "从总体上看", "总体上看", "总的来看", "调查结果表明", "调查表明", "调查发现", "结果表明",
    "建立健全", "出台", "制定", "一是", "首先",
)

CHINESE_NUMERALS = "一二三四五六七八九十"

#: Shortest title, in characters, before an opener may end it.
_MIN_TITLE = 4
#: Longest title searched for an end.
_MAX_TITLE = 60


def chinese_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二 (enough for outline numbering, 1-99).

    Examples
    --------
    >>> [chinese_numeral(n) for n in (1, 4, 10, 12, 20, 23)]
    ['一', '四', '十', '十二', '二十', '二十三']
    """
    if not 1 <= n <= 99:
        raise ValueError(f"outline numbers run 1-99, got {n}")
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else CHINESE_NUMERALS[tens - 1] + "十")
    return head + ("" if ones == 0 else CHINESE_NUMERALS[ones - 1])


@dataclass
class _Heading:
    level: int
    number: int
    start: int
    body: int  # where the title starts (after the marker)
    parent: _Heading | None = None


def _title_end(text: str, body: int, limit: int) -> int:
    """End of the title that starts at ``body`` (exclusive)."""
    stop = min(limit, body + _MAX_TITLE)
    window = text[body:stop]
    full_stop = window.find("。")
    candidates = [full_stop + 1] if full_stop >= 0 else []
    for opener in SENTENCE_OPENERS:
        i = window.find(opener, _MIN_TITLE if opener != "一是" else 2)
        if i >= 0:
            candidates.append(i)
    return body + (min(candidates) if candidates else len(window))


def _scan(text: str, pattern: str, lo: int, hi: int, level: int, parent: _Heading | None, *, after_stop: bool) -> list[_Heading]:
    """Markers of one level between ``lo`` and ``hi``, numbered 1, 2, 3, … in order."""
    found: list[_Heading] = []
    expected = 1
    for m in re.finditer(pattern, text[lo:hi]):
        start = lo + m.start()
        if after_stop and start > 0 and text[start - 1] not in "。:;!?\n":
            continue
        if m.group(1) != chinese_numeral(expected):
            continue
        found.append(_Heading(level, expected, start, lo + m.end(), parent))
        expected += 1
    return found


def outline(text: str, *, inline_points: bool = True) -> pd.DataFrame:
    """Parse the outline of a clean report.

    Parameters
    ----------
    text : str
        Clean text (see :func:`dangjian.engine.clean.clean_text`).
    inline_points : bool
        Also list the ``一是/二是`` points inside sections (level 3).

    Returns
    -------
    DataFrame
        One row per part, in reading order, with columns
        ``section_id`` ("0" front matter, "1", "1.2", "2.3.1"), ``level``
        (0-3), ``label`` ("一(二)", "二(三)2" for the second point),
        ``title``, ``start``/``end`` (clean-text offsets; a part ends where
        the next part of the same or a higher level begins), and
        ``page_start``/``page_end`` (empty until :func:`section_pages`).
    """
    chapters = _scan(text, r"([一二三四五六七八九十]+)、", 0, len(text), 1, None, after_stop=True)
    rows: list[dict[str, object]] = []
    first = chapters[0].start if chapters else len(text)
    if first > 0:
        # Front matter (title, byline, preamble) has no marker and so no title
        # that can be told from its first sentence: the title is left empty.
        rows.append({"section_id": "0", "level": 0, "label": "前言", "title": "", "start": 0, "end": first})
    for ci, chapter in enumerate(chapters):
        c_end = chapters[ci + 1].start if ci + 1 < len(chapters) else len(text)
        sections = _scan(text, r"\(([一二三四五六七八九十]+)\)", chapter.body, c_end, 2, chapter, after_stop=False)
        c_title_limit = sections[0].start if sections else c_end
        cid = str(ci + 1)
        clabel = chinese_numeral(ci + 1)
        rows.append({"section_id": cid, "level": 1, "label": clabel, "title": text[chapter.body : _title_end(text, chapter.body, c_title_limit)], "start": chapter.start, "end": c_end})
        for si, section in enumerate(sections):
            s_end = sections[si + 1].start if si + 1 < len(sections) else c_end
            sid = f"{cid}.{si + 1}"
            slabel = f"{clabel}({chinese_numeral(si + 1)})"
            title_end = _title_end(text, section.body, s_end)
            rows.append({"section_id": sid, "level": 2, "label": slabel, "title": text[section.body : title_end], "start": section.start, "end": s_end})
            if not inline_points:
                continue
            points = _scan(text, r"([一二三四五六七八九十]+)是", title_end, s_end, 3, section, after_stop=False)
            # A point opens a sentence: right after the title or after "。".
            points = [p for p in points if p.start == title_end or text[p.start - 1] == "。"]
            if len(points) < 2:
                continue  # a lone "一是" is not an enumeration
            for pi, point in enumerate(points):
                p_end = points[pi + 1].start if pi + 1 < len(points) else s_end
                rows.append({"section_id": f"{sid}.{pi + 1}", "level": 3, "label": f"{slabel}{pi + 1}", "title": text[point.start : _title_end(text, point.body, p_end)],
                             "start": point.start, "end": p_end})
    frame = pd.DataFrame(rows, columns=SECTION_COLUMNS)
    frame["page_start"] = pd.array([None] * len(frame), dtype="Int64")
    frame["page_end"] = pd.array([None] * len(frame), dtype="Int64")
    return frame


def section_pages(sections: pd.DataFrame, result) -> pd.DataFrame:
    """Fill ``page_start``/``page_end`` from a :class:`~dangjian.engine.clean.CleanResult`."""
    out = sections.copy()
    spans = [result.span(int(s), int(e)) for s, e in zip(out["start"], out["end"])]
    out["page_start"] = pd.array([s.page_start for s in spans], dtype="Int64")
    out["page_end"] = pd.array([s.page_end for s in spans], dtype="Int64")
    return out
