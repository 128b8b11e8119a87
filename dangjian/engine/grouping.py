"""The sentences of a text as the group finders see them: the first step of ``dangjian audit``.

A careful auditor does not judge a percentage alone.  She reads the
statistics of one question together (a *question group*: the answers of one
question, the categories of one breakdown, the rows of one table column),
asks which base the author divided by, and only then asks which numbers
cannot be right.  The audit does the same in three steps, each run over the
group kinds of :mod:`dangjian.engine.kinds`: find the groups (this module
cuts the text into the :class:`Scan` of each sentence, and each kind's
finder takes its groups from it), infer each group's base
(:mod:`dangjian.engine.bases`), and judge it.

A :class:`Scan` is one sentence with what every finder needs to know of it:
its statistics (a paper's means ± SD and tests are left to their own
finders), the (count, share) pairs among them ("有120人,占40%", "占40%(120人)",
"120人(40%)", "分别有120人、90人,分别占40%、30%"), the markers of the
sentence and the one before (multi-select, single-select, a breakdown of
respondents, a topic that invites several answers), and the claims already
taken by a group.  Rows of a table printed one per line ("非常满意 40 60.6%" /
"比较满意 20 30.3%") are merged into one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from .records import ClaimList, Group, clauses_of, span_at

__all__ = ["Scan", "scans", "number_groups", "markers", "MULTI", "SINGLE", "DEMOGRAPHIC", "MULTI_TOPIC", "QUESTION_VERB"]

MULTI = re.compile(r"可多选|多选|多项选择|不定项|最多选|限选|可选\s*\d+\s*项|多项|复选|可选择多项")
SINGLE = re.compile(r"单选|单项选择")
DEMOGRAPHIC = re.compile(
    r"性别|年龄|学历|文化程度|受教育程度|婚姻|民族|政治面貌|宗教|职业|收入|户籍|年级|专业|身份|工龄|党龄|职务|职称|"
    r"居住|家庭人口|从业|工作年限|任职年限|来源地|生源"
)
MULTI_TOPIC = re.compile(r"渠道|原因|途径|方式|需求|困难|希望|建议|措施|内容|因素|来源|哪些|主要问题|存在的问题")
QUESTION_VERB = re.compile(r"认为|表示|选择|觉得|赞成|同意|反映|回答|希望")
#: What joins a count to the share after it ("有120人,占40%", "120人,比例为40%").
_COUNT_TO_SHARE = re.compile(r"[\]】)）]?[\s,，、]*(?:的)?(?:占|占比|所占比例|比例|比重|占总数的|占全部的|占样本的|占调查总数的|即|达|约)?(?:为|是|达|达到)?[\s:：]*")
#: A group's name and an opening bracket right before a count: "女性受访者(624人)".
_GROUP_SIZE_BEFORE = re.compile(r"[\u4e00-\u9fff]\s*[(（]\s*$")
#: A short predicate between a count and its share, which 占 then introduces.
_PREDICATE_TO_SHARE = re.compile(r"[\u4e00-\u9fff“”\"]{1,14}[,，]\s*(?:占|占比为|占比|比例为|比重为)\s*")
#: What is left of a table row once its numbers are taken out: a short label, no verb.
_ROW_REST = re.compile(r"[\u4e00-\u9fffA-Za-z0-9“”\"()（）\[\]【】~～\-—.、:：\s]{0,16}")


def markers(text: str) -> set[str]:
    """What ``text`` says of the form of its question: ``multi``, ``single``, ``breakdown``, ``multi_topic``."""
    out = set()
    if MULTI.search(text):
        out.add("multi")
    if SINGLE.search(text):
        out.add("single")
    if DEMOGRAPHIC.search(text):
        out.add("breakdown")
    if MULTI_TOPIC.search(text):
        out.add("multi_topic")
    return out


@dataclass
class Scan:
    """One sentence of a text, as every sentence finder of :mod:`dangjian.engine.kinds` reads it.

    ``members`` are the sentence's claims (indices, in text order);
    ``pairs`` maps each share printed with its count to that count;
    ``numerators`` are those counts; ``markers`` those of the sentence and of
    a short lead-in sentence before it; ``used`` the claims of the whole text
    already in a group (shared by every scan of the text); ``add`` keeps a
    new group.
    """

    rows: ClaimList
    sentence: tuple[int, int]
    members: list[int]
    pairs: dict[int, int]
    markers: set[str]
    used: set[int]
    add: Callable[[Group], Group]
    clause_spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def numerators(self) -> set[int]:
        return set(self.pairs.values())


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    from bisect import bisect_right

    k = bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def scans(rows: ClaimList, used: set[int], add: Callable[[Group], Group]) -> Iterator[Scan]:
    """The :class:`Scan` of each sentence of ``rows`` that has statistics, in text order."""
    text = rows.text
    sentences = rows.sentences
    by_sentence: dict[tuple[int, int], list[int]] = {}
    structured = getattr(rows, "structured", ())
    owned = getattr(rows, "owned", [])
    for i, (start, _) in enumerate(rows.positions):
        if owned and _inside(owned, start):
            continue
        # a paper's means ± SD, tests and rates have finders of their own, and so have the cells and shares of a table
        # whose header fixes its columns
        if i not in rows.paper and (start not in structured or rows[i]["kind"] == "cell"):
            by_sentence.setdefault(span_at(sentences, start), []).append(i)
    for sentence, members in _merge_rows(rows, by_sentence):
        lo, hi = sentence
        pairs: dict[int, int] = {}
        for i in members:
            if rows[i]["kind"] == "percent":
                c = _pair_count(rows, i)
                if c is not None and c not in pairs.values():
                    pairs[i] = c
        _pair_lists(rows, members, pairs)
        found = markers(text[lo:hi]) | markers(_previous_sentence(text, sentences, lo))
        yield Scan(rows, sentence, members, pairs, found, used, add, clauses_of(text, lo, hi))


def number_groups(rows: ClaimList, groups: list[Group]) -> list[Group]:
    """Sort ``groups`` by their text (``G01``, ``G02`` …) and write each one's id into its claims' ``group_id``."""
    groups.sort(key=lambda g: (g.start, min(g.members, default=0)))
    for k, g in enumerate(groups, start=1):
        g.id = f"G{k:02d}"
        g.members.sort()
        for i in g.members:
            rows[i]["group_id"] = g.id
    return groups


#: Units of a count that is an answer's label, not the respondents who gave it: "参加培训1次占14.81%" is the share who
#: came once ("人次" counts people and stays).
_NOT_RESPONDENTS = frozenset({"次"})


def _pair_count(rows: ClaimList, i: int) -> int | None:
    """The count printed with share ``i``, if any: "有120人,占40%", "占40%(120人)", "120人(40%)", "40 60.6%"."""
    text, (start, end) = rows.text, rows.positions[i]
    if i > 0 and rows[i - 1]["kind"] == "count" and rows[i - 1]["quote"] == rows[i]["quote"] and rows.units[i - 1] not in _NOT_RESPONDENTS:
        c_start, c_end = rows.positions[i - 1]
        between = text[c_end:start]
        if _GROUP_SIZE_BEFORE.search(text, max(0, c_start - 2), c_start) and between.lstrip().startswith((")", "）")) and "占" not in between:
            return None  # "女性受访者(624人)为59.6%": the group's size in brackets, then its rate; no count of the share
        if len(between) <= 12 and _COUNT_TO_SHARE.fullmatch(between):
            return i - 1
        if _PREDICATE_TO_SHARE.fullmatch(between):  # "有54人参加过培训,占75.00%"
            return i - 1
        if between.strip() in ("(", "（") and text[end : end + 1] in (")", "）"):
            return i - 1
    if i + 1 < len(rows) and rows[i + 1]["kind"] == "count" and rows[i + 1]["quote"] == rows[i]["quote"] and rows.units[i + 1] not in _NOT_RESPONDENTS:
        c_start, c_end = rows.positions[i + 1]
        between = text[end:c_start]
        if re.fullmatch(r"\s*[(（]\s*(?:共|计|有)?\s*", between) and text[c_end : c_end + 1] in (")", "）"):
            return i + 1
    return None


def _pair_lists(rows: ClaimList, members: list[int], pairs: dict[int, int]) -> None:
    """Pair "分别有120人、90人、60人,分别占40%、30%、20%": counts and shares listed apart, in order."""
    text = rows.text
    for i in members:
        if rows[i]["kind"] != "percent" or i in pairs:
            continue
        start = rows.positions[i][0]
        lead = text[max(0, start - 12) : start]
        if not re.search(r"(?:分别|依次)(?:占|为|是|占比为|占比|比例为)?\s*$", lead):
            continue
        shares = [j for j in members if j >= i and rows[j]["kind"] == "percent" and j not in pairs]
        shares = [j for k, j in enumerate(shares) if j == i + k]  # a run of shares, nothing between
        counts = [j for j in members if j < i and rows[j]["kind"] == "count" and j not in pairs.values() and not rows.is_sample(j)]
        counts = counts[-len(shares) :]
        if len(counts) == len(shares) >= 2 and all(counts[k + 1] == counts[k] + 1 for k in range(len(counts) - 1)):
            for c, s in zip(counts, shares):
                pairs[s] = c


def _merge_rows(rows: ClaimList, by_sentence: dict[tuple[int, int], list[int]]) -> list[tuple[tuple[int, int], list[int]]]:
    """Sentences, with the rows of a table printed one per line merged into one ("非常满意 40 60.6%" / "比较满意 20 30.3%")."""
    text = rows.text
    out: list[tuple[tuple[int, int], list[int]]] = []
    previous_row = False
    for (lo, hi), members in sorted(by_sentence.items()):
        is_row = bool(members) and all(rows[i]["kind"] in ("percent", "count") for i in members)
        if is_row:
            # the sentence's text without its numbers, built once (a long flattened table is one "sentence")
            pieces, at = [], lo
            for i in members:
                s, e = rows.positions[i]
                pieces.append(text[at:s] if s >= at else "")
                at = max(at, e)
            pieces.append(text[at:hi])
            rest = "".join(pieces)
            is_row = _ROW_REST.fullmatch(rest) is not None and not QUESTION_VERB.search(rest)
        if is_row and previous_row and out and out[-1][0][1] == lo:
            (plo, _), pmembers = out[-1]
            out[-1] = ((plo, hi), pmembers + members)
        else:
            out.append(((lo, hi), list(members)))
        previous_row = is_row
    return out


def _previous_sentence(text: str, sentences: list[tuple[int, int]], lo: int) -> str:
    """The sentence before the one at ``lo`` (where a question is often introduced)."""
    if lo == 0:
        return ""
    prev = span_at(sentences, lo - 1)
    # only a short lead-in ("5.您获取信息的渠道(可多选)"), not a paragraph of its own with numbers
    return text[prev[0] : prev[1]] if prev[1] - prev[0] <= 60 else ""
