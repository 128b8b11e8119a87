"""The statistics found in one text, and the spans of its sentences and clauses.

:class:`ClaimList` (the claims as plain dicts, with the text they come from),
:class:`Sample` (a statement of the survey's sample) and :class:`Group` (the
statistics of one question) are what :mod:`~dangjian.engine.extract` finds and
:mod:`~dangjian.engine.kinds`, :mod:`~dangjian.engine.papers` and
:mod:`~dangjian.engine.report` read; :func:`sentences_of`, :func:`clauses_of`
and :func:`span_at` cut a text the one way all of them share.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

__all__ = ["CLAIM_COLUMNS", "CHECK_COLUMNS", "Sample", "Group", "ClaimList", "sentences_of", "clauses_of", "clause_start", "span_at"]

CLAIM_COLUMNS = ["source", "claim_id", "quote", "raw_start", "raw_end", "page", "reported", "kind", "value", "base", "base_evidence", "group_id"]
CHECK_COLUMNS = ["source", "check_id", "claim_ids", "check", "assumption", "expected", "observed", "verdict", "explanation", "group_id"]


@dataclass(frozen=True)
class Sample:
    """A statement of the survey's sample: ``kind`` is valid, returned, issued or people."""

    kind: str
    n: int
    start: int
    end: int
    text: str


@dataclass(eq=False)
class Group:
    """The statistics of one question, or of one thing that a check judges together.

    ``members`` are indices into the claim list; ``pairs`` the (count, share)
    pairs among them, ``bare`` the shares printed without a count;
    ``start``/``end`` the clean span of the group's text; ``kind`` names the
    group kind (:data:`dangjian.engine.kinds.KINDS`), whose module defines a
    subclass with the group's own fields.
    """

    id: str = ""
    kind: str = ""
    start: int = 0
    end: int = 0
    members: list[int] = field(default_factory=list)
    pairs: list[tuple[int, int]] = field(default_factory=list)
    bare: list[int] = field(default_factory=list)


class ClaimList(list):
    """The claims of one text as plain dicts, with what the checks need to know of the text.

    A list of dicts in :data:`CLAIM_COLUMNS` (what is written out), with
    ``text`` (the clean text), ``sentences`` (spans that end in 。!? or at a
    paragraph break of the input), ``positions`` (clean start and end of
    each claim), ``units``, ``samples`` (:class:`Sample`) and ``groups``
    (:class:`Group`).  A frame built from it keeps them in ``frame.attrs``.
    ``flat_rows`` (:func:`dangjian.engine.tables.flattened_rows` of the text, read
    once for the cells and again for the table groups) is not kept there.
    """

    def __init__(self, rows=(), *, text: str = "", positions=(), units=(), samples=(), groups=(), sentences=None, flat_rows=None,
                 paper=None):
        super().__init__(rows)
        self.flat_rows = flat_rows
        self.paper: dict = dict(paper or {})  # claim index -> dangjian.engine.papers.PaperNumber
        self.text = text
        self.sentences = sentences_of(text) if sentences is None else list(sentences)
        self.positions = list(positions)
        self.units = list(units)
        self.samples = list(samples)
        self.groups = list(groups)
        self._found: list = []  # the groups found so far, while the finders run (see taken)

    def taken(self) -> set[int]:
        """The claims the groups found so far hold, while the finders run: a text finder takes no claim twice."""
        return {i for g in self._found for i in g.members}

    def before(self, pos: int) -> range:
        """Indices of the claims that start before ``pos`` (the claims are in text order)."""
        return range(bisect_left(self._starts(), pos))

    def between(self, lo: int, hi: int) -> range:
        """Indices of the claims that start in ``[lo, hi)``."""
        starts = self._starts()
        return range(bisect_left(starts, lo), bisect_left(starts, hi))

    def _starts(self) -> list[int]:
        if getattr(self, "_start_list", None) is None or len(self._start_list) != len(self.positions):
            self._start_list = [start for start, _ in self.positions]
        return self._start_list

    def is_sample(self, i: int) -> bool:
        """Is claim ``i`` the number of a sample statement ("回收有效问卷310份")?  Found once for the text, by a sweep."""
        inside = getattr(self, "_in_sample", None)
        if inside is None or self._in_sample_for != (len(self.positions), len(self.samples)):
            inside = self._in_sample = self._claims_in_samples()
            self._in_sample_for = (len(self.positions), len(self.samples))
        return i in inside

    def _claims_in_samples(self) -> frozenset[int]:
        # a claim is in a sample statement when its span lies inside the statement's; statements are a few
        # dozen characters long, so each claim looks at the statements that start at most that far before it
        spans = sorted((s.start, s.end) for s in self.samples)
        if not spans:
            return frozenset()
        longest = max(e - s for s, e in spans)
        starts = [s for s, _ in spans]
        out = set()
        for i, (start, end) in enumerate(self.positions):
            k = bisect_right(starts, start)
            j = k - 1
            while j >= 0 and spans[j][0] >= start - longest:
                if spans[j][0] <= start and end <= spans[j][1]:
                    out.add(i)
                    break
                j -= 1
        return frozenset(out)

    def context(self) -> dict:
        return {"text": self.text, "positions": self.positions, "units": self.units, "samples": self.samples, "groups": self.groups,
                "sentences": self.sentences, "paper": self.paper}


#: A share or count run into the next question's prompt, the break between them lost in the scrape
#: ("东城区占14.82%您的年龄?", "不满意6人2、您是否参加过培训?"): the prompt has no digits or punctuation
#: but its number, and asks (您/你/是否/哪/什么/如何/多少/吗 …) before its question mark.
_LOST_QUESTION_BREAK = re.compile(
    r"(?<=\d)(?:[%％]|人|名|户|份|票)[)）]?(?=(?:\d{1,2}[、.．]\s*)?(?![的是为及和与以左约上下中内外])"
    r"[^\d%％。!?！？,，;；:：、\n()（）]{0,30}?(?:您|你|是否|哪|什么|怎样|怎么|如何|多少|几|吗)[^\d%％。!?！？,，;；\n]{0,30}?[?？])")


def sentences_of(text: str, breaks: list[int] = ()) -> list[tuple[int, int]]:
    """Spans of sentences that tile the text: each ends in 。!? or at a paragraph break (``breaks``), or right after
    a statistic that the scrape ran into the next question's prompt (:data:`_LOST_QUESTION_BREAK`)."""
    ends = sorted({m.end() for m in re.finditer(r"[。!?！？]", text)} | {b for b in breaks if 0 < b < len(text)}
                  | {m.end() for m in _LOST_QUESTION_BREAK.finditer(text)})
    spans, start = [], 0
    for end in ends:
        spans.append((start, end))
        start = end
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return spans


def clauses_of(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of ;-separated clauses of a sentence."""
    spans, start = [], lo
    for m in re.finditer(r"[;；]", text[lo:hi]):
        spans.append((start, lo + m.end()))
        start = lo + m.end()
    spans.append((start, hi))
    return spans


def clause_start(text: str, pos: int, lo: int = 0, marks: str = ",，;；") -> int:
    """Where the clause of ``pos`` begins: right after the last of ``marks`` before it, and not before ``lo`` (a sentence's start).

    >>> clause_start("甲占1%,乙占2%", 7)
    5
    """
    return max([lo] + [text.rfind(c, lo, pos) + 1 for c in marks])


def span_at(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The span that contains ``pos`` (``spans`` tile the text in order)."""
    return spans[max(0, bisect_right(spans, (pos, _INF)) - 1)]


_INF = float("inf")
