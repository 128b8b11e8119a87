"""Question groups, one base per question, and the checks of ``dangjian audit``.

A careful auditor does not judge a percentage alone.  She reads the
statistics of one question together (a *question group*: the answers of
one question, the categories of one breakdown, the rows of one table
column), asks which base the author divided by, and only then asks which
numbers cannot be right.  This module does the same.

Groups (:func:`find_groups`)
    * ``question``: the count/share pairs and bare shares of one sentence,
      or of a run of ;-separated clauses that continue one question; a
      clause that opens a new subject ("对…", "关于…", "在…方面") starts a
      new group.  Markers: multi-select (可多选, 多选, 最多选N项 …),
      single-select (单选), a breakdown of respondents (年龄, 性别, 学历 …),
      answer-scale options (满意, 一般, 较好 …).
    * ``rate``: a response rate (回收率, 有效率 …), a share of the
      questionnaires issued (or returned).
    * ``points``: a change in percentage points and the two shares it joins.
    * ``total``: a stated total (共, 合计, 两者总计 …) and its parts (其中 …).
    * ``mean``: a mean score with its n and the scale, if stated.
    * ``table``: one column of a flattened table: the answers of one
      question against the forms issued.

Candidate bases, each with its evidence (:func:`assign_bases`)
    ``stated`` in the sentence ("在310人中", "有效回答80人", "(n=45)",
    "本题有效填写人次66", a sub-population "在72名党员中", or a sample
    statement in the same sentence); ``sample``: every statement of the
    survey's sample before the group (valid, returned, people, issued);
    ``item``: the group's own sum of counts (item non-response); ``other``:
    another number of the sentence, or a base not printed anywhere that
    fits every share of a question.  No base is ever smaller than the
    largest count of its group.

One base per question
    The candidate that explains the most shares of the group, under the
    charitable rounding (half up or half down at an exact tie) or, as a
    named assumption, truncation; ties go to a stated base, then the valid
    sample, the group's own sum, the questionnaires returned, the people
    surveyed, the questionnaires issued.  When no candidate explains every
    count/share pair of a question with two pairs or more, every base from
    the largest count to the report's largest sample is tried: one base that
    fits every pair is a finding ("the shares were computed on 298, not the
    300 valid questionnaires stated, and truncated"), reported as
    ``consistent_if`` with that assumption.

Verdicts
    ``consistent``; ``consistent_if`` with the assumption named (item
    non-response, truncation, questionnaires issued, another base of the
    sentence, a base that is not printed); ``inconsistent`` only when a
    share breaks the base that fits the rest of its question, when a share
    printed beside its own count fits none of the bases the text gives, when
    a stated base rules out a bare share, when the shares of a
    single-select question add up to more than 100% beyond rounding, when
    stated parts miss their total, when a change in points does not join
    its two shares, or when a table column has more answers than forms.
    An inconsistent verdict says what would explain the number (a dropped
    or swapped digit, another base) without accusing.  A base that is only
    inferred never turns a bare share's GRIM failure into an accusation:
    the range of bases that would give the share is reported instead.

Each check names only the claims it judges (``claim_ids``); the numbers it
relies on are in its explanation.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from itertools import islice

from .consistency import answers_vs_forms, grim, part_of_base, reround
from .consistency.grim import _fitting_bases, _grim_fits
from .consistency.rounding import _round_ratio
from .papers import judge_paper_group, paper_groups
from .records import CHECK_COLUMNS, ClaimList, Group, Sample, clauses_of, span_at

__all__ = ["Base", "find_groups", "assign_bases", "judge", "RESPONSE_RATE_WORDS"]

# --- markers --------------------------------------------------------------------

_MULTI = re.compile(r"可多选|多选|多项选择|不定项|最多选|限选|可选\s*\d+\s*项|多项|复选|可选择多项")
_SINGLE = re.compile(r"单选|单项选择")
_DEMOGRAPHIC = re.compile(
    r"性别|年龄|学历|文化程度|受教育程度|婚姻|民族|政治面貌|宗教|职业|收入|户籍|年级|专业|身份|工龄|党龄|职务|职称|"
    r"居住|家庭人口|从业|工作年限|任职年限|来源地|生源"
)
#: Answers of the common scales of Chinese questionnaires, and of the breakdowns.
_OPTION_WORDS = (
    "非常满意 比较满意 基本满意 不太满意 不满意 很不满意 满意 一般 好 较好 很好 比较好 较差 很差 差 非常同意 比较同意 同意 不同意 "
    "赞成 反对 非常了解 比较了解 了解 不了解 清楚 不清楚 愿意 不愿意 非常重要 重要 不重要 经常 偶尔 从不 有时 "
    "真实 比较真实 基本真实 不真实 优秀 称职 基本称职 不称职 良好 合格 不合格 男性 女性 男 女"
).split()
_SCALE_OPTIONS = re.compile("|".join(sorted(_OPTION_WORDS, key=len, reverse=True)))
_MULTI_TOPIC = re.compile(r"渠道|原因|途径|方式|需求|困难|希望|建议|措施|内容|因素|来源|哪些|主要问题|存在的问题")
_QUESTION_VERB = re.compile(r"认为|表示|选择|觉得|赞成|同意|反映|回答|希望")
#: A clause that opens a new subject, hence a new question.
_NEW_SUBJECT = re.compile(
    r"[\s,，]*(?:而|另外|此外|同时|其次|再次|最后)?[\s,，]*"
    r"(?:对于|对|关于|问及|问到|当问|针对|在“|在\S{1,12}?方面|在\S{1,12}?问题上|就|从\S{1,12}?(?:看|来看|上看|分析)|按\S{1,8}?(?:分|划分|统计)|分\S{1,6}?看"
    r"|(?:而|但|另)?[\u4e00-\u9fff]{0,10}?(?:党员|干部|群众|人员|者|户|家庭|学生|居民|农户|职工|教师|家长|对象|群体|单位|企业)(?:当)?中)"
)
#: A base stated in the sentence, before its shares.
_STATED_BASE = re.compile(
    r"在(?:[\u4e00-\u9fff]{1,6}?的)?\s*(?P<a>\d+)\s*(?:人|名|份|个|户|家|位)[^,，。;；]{0,24}?中"
    r"|(?<![\d.])(?P<f>\d+)\s*(?:人|名|份|户|家|位)(?:受访者|调查对象|样本)?中"
    r"|(?:有效回答|回答|作答|填答)(?:此题|该题|本题|这一问题|这个问题)?(?:的)?(?:共|有|人数为)?\s*(?P<b>\d+)\s*(?:人|名|份)"
    r"|[(（]\s*[nN]\s*[=＝]\s*(?P<c>\d+)\s*[)）]"
    r"|(?:本题)?有效填写人次\s*[:：]?\s*(?P<d>\d+)"
    r"|(?<![\d.])(?P<e>\d+)\s*(?:名|位)[\u4e00-\u9fff]{1,10}?中"
)
#: A response rate: a share of the questionnaires issued (or returned).
RESPONSE_RATE_WORDS = ("有效回收率", "问卷回收率", "回收率", "有效率", "回复率", "应答率", "响应率", "有效问卷率")
_RATE_BEFORE = re.compile(r"(" + "|".join(RESPONSE_RATE_WORDS) + r")\s*(?:为|达|达到|是|约为|高达|约)?\s*$")
#: Any other "…率" before a share: a rate of its own (满意率, 知晓率): one share, its own question.
_OTHER_RATE = re.compile(r"(?:[\u4e00-\u9fff]{2}|[\u4e00-\u9fff])率\s*(?:为|达|达到|是|约为|高达|约)?\s*$")
#: What joins a count to the share after it ("有120人,占40%", "120人,比例为40%").
_COUNT_TO_SHARE = re.compile(r"[\s,，、]*(?:的)?(?:占|占比|所占比例|比例|比重|占总数的|占全部的|占样本的|占调查总数的|即|达|约)?(?:为|是|达|达到)?[\s:：]*")
#: A short predicate between a count and its share, which 占 then introduces.
_PREDICATE_TO_SHARE = re.compile(r"[\u4e00-\u9fff“”\"]{1,14}[,，]\s*(?:占|占比为|占比|比例为|比重为)\s*")
#: Words before a total, right before its number.
_TOTAL_BEFORE = re.compile(r"(?:合计|总计|共计|两者总计|二者合计|两项合计|总共|一共|累计)\s*(?:为|有|达)?\s*$")
_OF_WHICH = re.compile(r"其中")
#: "18个村党支部中,": a total whose parts follow, right after its number.
_AMONG = re.compile(r"[\u4e00-\u9fff“”]{0,12}?中\s*[,，:：]")
_SCALE_STATEMENT = re.compile(
    r"(?P<lo>\d)\s*[~～\-—–至到]\s*(?P<hi>\d{1,2})\s*分|(?P<points>\d{1,2})\s*分制|[五七5 7]\s*(?:级|点)(?:评分|量表|计分|评价|李克特)"
    r"|李克特\s*[五七57]\s*(?:级|点)|满分(?:为)?\s*(?P<full>\d{1,3})\s*分|百分制"
)
_MEAN_N = re.compile(r"[(（]\s*[nN]\s*[=＝]\s*(\d+)\s*[)）]|(\d+)\s*(?:人|名|位|份)(?:的)?(?:平均|评分|打分)")

#: The widest range of bases a search tries (a sample of millions is no survey's).
_MAX_RANGE = 5000
#: The roundings tried, the charitable default first.
_MODES = (("up_or_down", ""), ("trunc", "truncated to its printed decimals, not rounded"))
#: Rank of each kind of base among candidates that explain as many shares.
_RANK = {"stated": 0, "subgroup": 1, "valid": 2, "item": 3, "returned": 4, "people": 5, "issued": 6, "other": 7, "range": 8}
_SAMPLE_WORDS = {"valid": "valid questionnaires", "returned": "questionnaires returned", "issued": "questionnaires issued", "people": "people surveyed",
                 "count": "a count printed before it"}


@dataclass(frozen=True)
class Base:
    """A candidate base: ``n``, where it comes from (``kind``), the evidence."""

    n: int
    kind: str
    evidence: str

    @property
    def source(self) -> str:
        """The ``base_evidence`` prefix: stated, sample, item, issued, other."""
        return {"valid": "sample", "returned": "sample", "people": "sample", "range": "other", "subgroup": "stated"}.get(self.kind, self.kind)

    def describe(self) -> str:
        return f"{self.source}: {self.evidence}"


# --- numbers ----------------------------------------------------------------------


def _scaled(value: str) -> tuple[int, int]:
    """A printed decimal as ``(m, d)``: value = m / 10**d."""
    whole, _, frac = value.partition(".")
    return int(whole + frac), len(frac)


def _fits(k: int, n: int, value: str, mode: str) -> bool:
    """Does ``100 k / n``, rounded with ``mode`` to the decimals of ``value``, print as ``value``?"""
    m, d = _scaled(value)
    return m in _round_ratio(100 * k * 10**d, n, mode, 5)


def _printed(k: int, n: int, d: int) -> str:
    return reround(Fraction(100 * k, n), d, rounding="up")[0]


def _exact(k: int, n: int) -> str:
    return reround(Fraction(100 * k, n), 4, rounding="up")[0]


def _whole(value: str) -> int | None:
    v = Decimal(value)
    return int(v) if v == v.to_integral_value() else None


def _chance(value: str, n: int) -> float:
    """The chance that a random value with the decimals of ``value`` fits a base ``n``."""
    _, d = _scaled(value)
    return min(1.0, (n + 1) / (100 * 10**d))


# --- groups -------------------------------------------------------------------------


def _pair_count(rows: ClaimList, i: int) -> int | None:
    """The count printed with share ``i``, if any: "有120人,占40%", "占40%(120人)", "120人(40%)", "40 60.6%"."""
    text, (start, end) = rows.text, rows.positions[i]
    if i > 0 and rows[i - 1]["kind"] == "count" and rows[i - 1]["quote"] == rows[i]["quote"]:
        c_end = rows.positions[i - 1][1]
        between = text[c_end:start]
        if len(between) <= 12 and _COUNT_TO_SHARE.fullmatch(between):
            return i - 1
        if _PREDICATE_TO_SHARE.fullmatch(between):  # "有54人参加过培训,占75.00%"
            return i - 1
        if between.strip() in ("(", "（") and text[end : end + 1] in (")", "）"):
            return i - 1
    if i + 1 < len(rows) and rows[i + 1]["kind"] == "count" and rows[i + 1]["quote"] == rows[i]["quote"]:
        c_start, c_end = rows.positions[i + 1]
        between = text[end:c_start]
        if re.fullmatch(r"\s*[(（]\s*(?:共|计|有)?\s*", between) and text[c_end : c_end + 1] in (")", "）"):
            return i + 1
    return None


def _is_sample(rows: ClaimList, i: int) -> bool:
    start, end = rows.positions[i]
    return any(s.start <= start and end <= s.end for s in rows.samples)


def _markers(text: str) -> set[str]:
    out = set()
    if _MULTI.search(text):
        out.add("multi")
    if _SINGLE.search(text):
        out.add("single")
    if _DEMOGRAPHIC.search(text):
        out.add("breakdown")
    if _MULTI_TOPIC.search(text):
        out.add("multi_topic")
    return out


def find_groups(rows: ClaimList) -> list[Group]:
    """The question groups of a text's claims (see the module's notes); sets ``group_id`` on the rows."""
    text = rows.text
    sentences = rows.sentences
    groups: list[Group] = []
    used: set[int] = set()
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for i, (start, _) in enumerate(rows.positions):
        if i not in rows.paper:  # a paper's means ± SD, tests and rates are grouped by dangjian.engine.papers
            by_sentence.setdefault(span_at(sentences, start), []).append(i)

    def new(kind: str, start: int, end: int, **extra) -> Group:
        g = Group("", kind, start, end, extra=extra)
        groups.append(g)
        return g

    for sentence, members in _merge_rows(rows, by_sentence):
        lo, hi = sentence
        pairs = {}
        for i in members:
            if rows[i]["kind"] == "percent":
                c = _pair_count(rows, i)
                if c is not None and c not in pairs.values():
                    pairs[i] = c
        _pair_lists(rows, members, pairs)
        numerators = set(pairs.values())
        markers = _markers(text[lo:hi]) | _markers(_previous_sentence(text, sentences, lo))
        current: Group | None = None
        clause_spans = clauses_of(text, lo, hi)
        last_clause = None
        questions: list[Group] = []
        for i in members:
            kind = rows[i]["kind"]
            start, end = rows.positions[i]
            if kind == "percent":
                before = text[max(lo, start - 10) : start]
                rate = _RATE_BEFORE.search(before)
                other = None if rate else _OTHER_RATE.search(before)
                counts = _ratio_counts(rows, members, numerators, i, lo) if other and i not in pairs else []
                if rate or (other and i not in pairs):
                    # a rate is a question of its own: a response rate is a share of the forms issued; another
                    # rate ("办结率") is a ratio of two counts of its sentence, if it prints them
                    kind = "rate" if rate or counts else "question"
                    word = rate.group(1) if rate else re.sub(r"(?:为|达|达到|是|约为|高达|约)?\s*$", "", other.group(0)) if other else ""
                    g = new(kind, start, end, rate_word=word, markers=markers, counts=counts)
                    g.members.append(i)
                    g.bare.append(i)
                    used.add(i)
                    current = None
                    continue
                clause = span_at(clause_spans, start)
                fresh = clause != last_clause and last_clause is not None
                opens = fresh and (_NEW_SUBJECT.match(text, clause[0]) or _stated(text, clause[0], start))
                if current is None or opens:
                    current = new("question", clause[0], clause[1], markers=set(markers), subtotals=set(),
                                  lead=lo if current is None and not questions else clause[0])
                    questions.append(current)
                last_clause = clause
                current.end = max(current.end, end)
                if _SUBTOTAL.search(text, max(lo, start - 8), start):
                    current.extra["subtotals"].add(i)
                if i in pairs:
                    c = pairs[i]
                    current.members += [c, i]
                    current.pairs.append((c, i))
                    used.update((c, i))
                else:
                    current.members.append(i)
                    current.bare.append(i)
                    used.add(i)
            elif kind in ("points", "mean"):
                g = new(kind, lo, end)
                g.members.append(i)
                used.add(i)
        for g in questions:
            for part in _split_at_hundred(rows, g):
                if part is not g:
                    groups.append(part)
        _totals(rows, members, numerators, new, used, sentence)
        _counts_of_a_stated_base(rows, members, numerators, new, used, sentence)
    _table_groups(rows, new)
    paper_groups(rows, new)
    groups.sort(key=lambda g: (g.start, min(g.members, default=0)))
    for k, g in enumerate(groups, start=1):
        g.id = f"G{k:02d}"
        g.members.sort()
        for i in g.members:
            rows[i]["group_id"] = g.id
    return groups


#: A share that sums others of its question ("两项合计占67.74%"): not an answer of its own.
_SUBTOTAL = re.compile(r"(?:合计|共计|总计|累计|两项合计|两者合计|二者合计|三项合计|以上两项|合起来|加起来)(?:共)?(?:占|为|达|是)?\s*$")


def _shares(g: Group) -> list[int]:
    """The answer shares of a question, in text order (its subtotals left out)."""
    return sorted(s for s in [s for _, s in g.pairs] + g.bare if s not in g.extra.get("subtotals", ()))


def _slack(rows: ClaimList, shares: list[int]) -> Fraction:
    """How far rounding can move the sum of ``shares``: half a unit of the last decimal of each."""
    return sum((Fraction(1, 2 * 10 ** _scaled(rows[s]["value"])[1]) for s in shares), Fraction(0))


def _split_at_hundred(rows: ClaimList, g: Group) -> list[Group]:
    """A run of shares that is several breakdowns one after another ("男性…,女性…;35岁以下…"):
    split where the shares so far add up to 100% within rounding, if the whole run adds up to more."""
    shares = _shares(g)
    if len(shares) < 3 or "multi" in g.extra.get("markers", ()):
        return [g]
    values = [Fraction(rows[s]["value"]) for s in shares]
    if sum(values) <= 100 + _slack(rows, shares):
        return [g]
    total = Fraction(0)
    for k in range(1, len(shares) - 1):
        total += values[k - 1]
        head = shares[:k]
        if abs(total - 100) <= _slack(rows, head):
            cut = shares[k]
            first = Group("", "question", g.start, rows.positions[head[-1]][1], extra={**g.extra, "subtotals": set()})
            rest = Group("", "question", rows.positions[cut][0], g.end, extra={**g.extra, "subtotals": set()})
            for part, keep in ((first, lambda i: i < cut), (rest, lambda i: i >= cut)):  # noqa: B023 (used at once, inside the loop)
                part.pairs = [(c, s) for c, s in g.pairs if keep(s)]
                part.bare = [s for s in g.bare if keep(s)]
                part.members = [i for c, s in part.pairs for i in (c, s)] + part.bare
                part.extra["subtotals"] = {s for s in g.extra.get("subtotals", ()) if keep(s)}
            g.pairs, g.bare, g.members, g.extra, g.end = first.pairs, first.bare, first.members, first.extra, first.end
            return [g, *_split_at_hundred(rows, rest)]
    return [g]


def _counts_of_a_stated_base(rows: ClaimList, members: list[int], numerators: set[int], new, used: set[int], sentence) -> None:
    """A count with no share, after the base it is part of ("在214名农村生源毕业生中,愿意回去的有231人")."""
    text = rows.text
    lo, hi = sentence
    for m in _STATED_BASE.finditer(text, lo, hi):
        digits = next(x for x in m.groups() if x)
        if len(digits) > 9 or not m.group(0).startswith("在"):
            continue
        n = int(digits)
        for i in members:
            start = rows.positions[i][0]
            if (rows[i]["kind"] == "count" and i not in numerators and i not in used and start >= m.end()
                    and not _is_sample(rows, i) and _whole(rows[i]["value"]) is not None and rows.units[i] in _PEOPLE_UNITS | {"份", "户", "个", "家"}):
                g = new("count", start, rows.positions[i][1], base=Base(n, "stated", m.group(0)))
                g.members.append(i)
                used.add(i)


#: What is left of a table row once its numbers are taken out: a short label, no verb.
_ROW_REST = re.compile(r"[\u4e00-\u9fffA-Za-z“”\"()（）~～\-—.、:：\s]{0,16}")


def _merge_rows(rows: ClaimList, by_sentence: dict[tuple[int, int], list[int]]) -> list[tuple[tuple[int, int], list[int]]]:
    """Sentences, with the rows of a table printed one per line merged into one ("非常满意 40 60.6%" / "比较满意 20 30.3%")."""
    text = rows.text
    out: list[tuple[tuple[int, int], list[int]]] = []
    previous_row = False
    for (lo, hi), members in sorted(by_sentence.items()):
        rest = text[lo:hi]
        for i in reversed(members):
            s, e = rows.positions[i]
            rest = rest[: s - lo] + rest[e - lo :]
        is_row = (bool(members) and all(rows[i]["kind"] in ("percent", "count") for i in members)
                  and _ROW_REST.fullmatch(rest) is not None and not _QUESTION_VERB.search(rest))
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
        counts = [j for j in members if j < i and rows[j]["kind"] == "count" and j not in pairs.values() and not _is_sample(rows, j)]
        counts = counts[-len(shares) :]
        if len(counts) == len(shares) >= 2 and all(counts[k + 1] == counts[k] + 1 for k in range(len(counts) - 1)):
            for c, s in zip(counts, shares):
                pairs[s] = c


_PEOPLE_UNITS = frozenset("人名位")
#: What joins two counts into one population ("6个部门党委和26个部门党组中").
_JOINED = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:和|与|及|、|以及)")


def _same_unit(a: str, b: str) -> bool:
    return a == b or (a in _PEOPLE_UNITS and b in _PEOPLE_UNITS)


def _totals(rows: ClaimList, members: list[int], numerators: set[int], new, used: set[int], sentence: tuple[int, int]) -> None:
    """Stated totals and their parts in one sentence: "共32名,其中:2名、3名…", "甲20人,乙30人,合计50人"."""
    text = rows.text
    lo, hi = sentence
    counts = [i for i in members if rows[i]["kind"] == "count" and _whole(rows[i]["value"]) is not None]
    for i in counts:
        if _is_sample(rows, i):
            continue
        start, end = rows.positions[i]
        unit = rows.units[i]
        # "共32名…,其中…": the parts follow 其中 in the same sentence; "18个村党支部中,…12个、5个…"
        m = _OF_WHICH.search(text, end, hi)
        among = False
        if not (m and re.search(r"(?:共|共有|共计|总计|合计|累计|一共|总共)", text[max(lo, start - 30) : start])):
            # "18个村党支部中,…": not "在214名毕业生中", the base of what follows
            m = _AMONG.match(text, end) if "在" not in text[max(lo, start - 3) : start] else None
            among = True
        if m and not any(rows.positions[j][0] < m.start() for j in counts if j > i):
            parts = [j for j in counts if rows.positions[j][0] > m.start() and _same_unit(rows.units[j], unit) and not _is_sample(rows, j)
                     and not (among and j in numerators)]
            # the parts end where another base of the kind begins ("…;今年受访的418户中,…")
            stop = next((k for k, j in enumerate(parts) if _AMONG.match(text, rows.positions[j][1])), None)
            parts = parts[:stop] if stop is not None else parts
            if len(parts) >= (2 if among else 1):
                colon = text[m.end() : m.end() + 1] in (":", "：") or m.group(0).endswith((":", "："))
                # "6个部门党委和26个部门党组中,有2个…,有11个…": the population is both counts together
                joined = [j for j in counts if j < i and _same_unit(rows.units[j], unit) and not _is_sample(rows, j)
                          and _JOINED.fullmatch(text, rows.positions[j][1], start)][-1:] if among else []
                g = new("total", rows.positions[joined[0]][0] if joined else start, hi, total=i, parts=parts,
                        exhaustive=(colon or len(parts) >= 3) and not joined, how="其中" if "其中" in m.group(0) else "中", joined=joined)
                g.members += [*joined, i, *parts]
                used.update(joined)
                used.add(i)
                continue
        # "…,合计50人": the parts come before, in the same sentence
        if _TOTAL_BEFORE.search(text, max(lo, start - 6), start):
            parts = [j for j in counts if j < i and _same_unit(rows.units[j], unit) and not _is_sample(rows, j) and j not in used]
            if len(parts) >= 2:
                g = new("total", lo, end, total=i, parts=parts, exhaustive=True, how="合计")
                g.members += [*parts, i]
                used.add(i)


def _table_groups(rows: ClaimList, new) -> None:
    """Columns of flattened tables: the answer rows of one question against the total row."""
    from .tables import flattened_rows

    cells_at = {rows.positions[i]: i for i in range(len(rows)) if rows[i]["kind"] == "cell"}
    if not cells_at:
        return
    table: list[tuple[str, list[int]]] = []
    tables = []
    last_end = None
    for flat in rows.flat_rows if rows.flat_rows is not None else flattened_rows(rows.text):
        ids = [cells_at.get((s, e)) for s, e, _ in flat.cells]
        if any(i is None for i in ids):
            continue
        if last_end is not None and flat.start > last_end + 1:
            tables.append(table)
            table = []
        table.append((flat.label, ids))
        last_end = flat.cells[-1][1]
    tables.append(table)
    for table in tables:
        _table_blocks(rows, table, new)


_TOTAL_LABEL = re.compile(r"发放|合计|总计|总数|样本|人数|份数|回收")
_OWN_UNIT = re.compile(r"[(（][\u4e00-\u9fff]{1,2}[)）]\s*$")


def _table_blocks(rows: ClaimList, table: list[tuple[str, list[int]]], new) -> None:
    width = len(table[0][1]) if table else 0
    if len(table) < 3 or any(len(ids) != width for _, ids in table):
        return
    integer = [all(_whole(rows[i]["value"]) is not None and "." not in rows[i]["value"] for i in ids) for _, ids in table]
    total_row = next((k for k, (label, _) in enumerate(table) if integer[k] and _TOTAL_LABEL.search(label)), None)
    if total_row is None:
        return
    summary = "均值" in table[total_row][0] or "平均" in table[total_row][0]
    columns = width - 1 if summary else width
    blocks, block = [], []
    for k in range(total_row + 1, len(table)):
        label = table[k][0]
        if not integer[k] or _OWN_UNIT.search(label) or _TOTAL_LABEL.search(label):
            if len(block) >= 2:
                blocks.append(block)
            block = []
            continue
        block.append(k)
    if len(block) >= 2:
        blocks.append(block)
    for block in blocks:
        for col in range(columns):
            total = table[total_row][1][col]
            parts = [table[k][1][col] for k in block]
            labels = [_short_label(table[k][0]) for k in block]
            g = new("table", rows.positions[parts[0]][0], rows.positions[parts[-1]][1], total=total, parts=parts, labels=labels,
                    column=col + 1)
            g.members += [total, *parts] if not rows[total]["group_id"] else parts
            rows[total]["group_id"] = rows[total]["group_id"] or g.id


@functools.lru_cache(maxsize=1024)
def _short_label(label: str) -> str:
    """The option of a row label with a merged group label before it ("述职报告真实情况不真实" -> "不真实")."""
    ends = [o for o in _OPTION_WORDS if label.endswith(o)]
    return max(ends, key=len) if ends else label[-6:]


# --- bases ---------------------------------------------------------------------------


def _stated(text: str, lo: int, hi: int) -> list[Base]:
    out = []
    for m in _STATED_BASE.finditer(text, lo, hi):
        digits = next(g for g in m.groups() if g)
        if len(digits) <= 9 and int(digits) > 0:
            out.append(Base(int(digits), "stated", m.group(0).strip()))
    return out


def _samples_before(rows: ClaimList, pos: int) -> list[Sample]:
    """The sample statements that can be the base of a number at ``pos``, the likeliest first.

    The latest statement before ``pos`` and those of its sentence and the
    sentence before come first ("发放问卷600份,回收587份,其中有效571份":
    valid, returned, people, issued in that order), then the earlier ones,
    nearest first: a report that surveys a second group ("对45名村书记进行了
    问卷调查") states its own sample just before.  With none before, those after.
    """
    before = [s for s in rows.samples if s.end <= pos]
    if not before:
        return sorted(rows.samples, key=lambda s: (_RANK.get(s.kind, 9), s.start))
    last = span_at(rows.sentences, before[-1].start)
    prev = span_at(rows.sentences, max(last[0] - 1, 0))
    cluster = [s for s in before if s.start >= prev[0]]
    rest = [s for s in reversed(before) if s.start < prev[0]]
    return sorted(cluster, key=lambda s: (_RANK.get(s.kind, 9), -s.start)) + rest


#: A noun phrase before 中 ("机关事业单位党员中"): the sub-population a share is of.
_SUBGROUP_NAME = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:当|之)?中")
#: Words that point back to a group named in the sentence before ("这些家庭中", "上述人员中").
_BACK_REFERENCE = re.compile(r"这些|上述|该部分|这部分|他们|她们|其中")


def _subgroup_bases(rows: ClaimList, g: Group, lo: int, first: int) -> list[Base]:
    """Bases printed before the sentence: a sub-population named again ("机关事业单位党员158人" …
    "机关事业单位党员中…占72.15%"), or the group a back-reference points to ("受访户中有320户…。这些家庭中…")."""
    text = rows.text
    out = []
    lead = text[lo:first]
    people = _PEOPLE_UNITS | {"户", "家", "个", "份"}
    # the counts of people printed before the sentence, each with the text just before it
    earlier = [(j, rows.positions[j][0]) for j in rows.before(lo) if rows[j]["kind"] == "count" and rows.units[j] in people]
    for m in _SUBGROUP_NAME.finditer(lead):
        name = m.group(1)
        for cut in range(0, max(1, len(name) - 1)):
            noun = name[cut:]
            if len(noun) < 2:
                break
            for j, start in earlier:
                if text[max(0, start - len(noun) - 2) : start].rstrip("有共计为:：").endswith(noun):
                    n = _whole(rows[j]["value"])
                    if n:
                        out.append(Base(n, "subgroup", f"{noun}{rows[j]['reported']}{rows.units[j]}, printed earlier"))
            if out:
                return out
    if _BACK_REFERENCE.search(lead):
        prev = span_at(rows.sentences, max(lo - 1, 0))
        for j in range(len(rows)):
            start = rows.positions[j][0]
            if prev[0] <= start < lo and rows[j]["kind"] == "count" and rows.units[j] in people and not _is_sample(rows, j):
                n = _whole(rows[j]["value"])
                if n:
                    out.append(Base(n, "subgroup", f"{_near(text, rows.positions[j])}, the group the sentence refers back to"))
    return out


#: The noun right before a count ("60岁以上党员412名" -> 党员).
_NOUN_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,4})(?:共|有|为|计|达)?\s*$")


def _population_bases(rows: ClaimList, g: Group, lo: int) -> list[Base]:
    """A population printed earlier whose noun the question's counts share ("全镇党员1134名" … "党员412名,占36.33%")."""
    text = rows.text
    nouns = set()
    for c, _ in g.pairs:
        m = _NOUN_BEFORE.search(text, max(0, rows.positions[c][0] - 6), rows.positions[c][0])
        if m:
            nouns.add((m.group(1)[-2:], rows.units[c]))
    out = []
    for noun, unit in nouns:
        for j in rows.before(lo):
            start = rows.positions[j][0]
            if rows[j]["kind"] != "count" or not _same_unit(rows.units[j], unit) or _is_sample(rows, j):
                continue
            if text[max(0, start - 3) : start].rstrip("共有计为达 ").endswith(noun):
                n = _whole(rows[j]["value"])
                if n:
                    out.append(Base(n, "stated", f"{_near(text, rows.positions[j])}, the population named earlier"))
    return out


def _candidates(rows: ClaimList, g: Group) -> list[Base]:
    text = rows.text
    lo, hi = span_at(rows.sentences, g.start)
    first = rows.positions[g.members[0]][0]
    lead = g.extra.get("lead", lo)  # a question after another in the sentence: its own clause only
    out: list[Base] = []
    # stated in the sentence before the first share, or right after the last (问卷星: 本题有效填写人次)
    out += _stated(text, lead, first)
    out += [b for b in _stated(text, g.end, min(len(text), g.end + 24)) if "填写人次" in b.evidence]
    out += [Base(s.n, "stated", s.text) for s in rows.samples if lead <= s.start and s.end <= first]
    out += _subgroup_bases(rows, g, lead, first)
    out += _population_bases(rows, g, lo)
    seen = {b.n for b in out}
    for smp in _samples_before(rows, first):
        if smp.n not in seen:
            out.append(Base(smp.n, smp.kind, smp.text))
            seen.add(smp.n)
    shares = _shares(g)
    if len(g.pairs) >= 2 and "multi" not in g.extra.get("markers", ()):
        # item non-response: the question's own answers, if its shares make up a whole (100% within rounding)
        total = sum(_whole(rows[c]["value"]) or 0 for c, s in g.pairs if s in shares)
        whole = abs(sum(Fraction(rows[x]["value"]) for x in shares) - 100) <= _slack(rows, shares) and len(shares) == len(g.pairs) + len(g.bare) - len(g.extra.get("subtotals", ()))
        if total and total not in seen and whole:
            out.append(Base(total, "item", f"the question's counts add up to {total}"))
            seen.add(total)
    # another whole number of the sentence, not one of the group's ("平均每乡镇发放51份,…40份,占78.43%"):
    # a base only for a share printed with its count
    for j in rows.between(lo, hi) if g.pairs else ():
        row = rows[j]
        if j in g.members or row["kind"] not in ("count", "cell"):
            continue
        n = _whole(row["value"])
        if n and n not in seen:
            out.append(Base(n, "other", f"{row['reported']}, printed in the same sentence (“{_near(text, rows.positions[j])}”)"))
            seen.add(n)
    return out


def _near(text: str, span: tuple[int, int], width: int = 8) -> str:
    start, end = span
    return text[max(0, start - width) : end].lstrip(",，;；。")


def _explain(rows: ClaimList, g: Group, base: Base, mode: str) -> tuple[set[int], set[int]]:
    """The pairs' shares and the bare shares of ``g`` that ``base`` explains under ``mode``."""
    pairs = {s for c, s in g.pairs if (k := _whole(rows[c]["value"])) is not None and k <= base.n and _fits(k, base.n, rows[s]["value"], mode)}
    bare = {s for s in g.bare if Decimal(rows[s]["value"]) <= 100 and _grim_fits(rows[s]["value"], base.n, mode)}
    return pairs, bare


def _range_search(rows: ClaimList, g: Group, low: int, high: int) -> tuple[list[int], str] | None:
    """Bases from ``low`` to ``high`` that fit every pair of ``g`` (and as many bare shares): the smallest set, its mode."""
    for mode, _ in _MODES:
        found = []
        if high - low > _MAX_RANGE:
            low = high - _MAX_RANGE  # the bases nearest the sample: no report needs a wider search
        for n in range(max(low, 1), high + 1):
            if all(_fits(_whole(rows[c]["value"]), n, rows[s]["value"], mode) for c, s in g.pairs):
                found.append(n)
        if found:
            return found, mode
    return None


def _first_fit(options: list[tuple], value: str) -> dict:
    """The first (numerator, denominator) of ``options`` whose ratio prints as ``value``, rounded before truncated."""
    for mode, _ in _MODES:
        fit = next(((num, den) for num, den, _ in options if _fits(num.n, den.n, value, mode)), None)
        if fit:
            return {"fit": fit, "mode": mode}
    return {"fit": None, "mode": None}


def assign_bases(rows: ClaimList) -> None:
    """Choose one base per group and write it into the rows' ``base`` and ``base_evidence``.

    The decision (base, rounding, which shares it explains) is kept in
    ``group.extra["decision"]`` for :func:`judge`.
    """
    for g in rows.groups:
        if g.kind == "question":
            _decide_question(rows, g)
        elif g.kind == "rate":
            _decide_rate(rows, g)
        elif g.kind == "mean":
            _decide_mean(rows, g)


def _decide_question(rows: ClaimList, g: Group) -> None:
    shares = [s for _, s in g.pairs] + g.bare
    if not shares:
        return
    largest = max((_whole(rows[c]["value"]) or 0 for c, _ in g.pairs), default=0)
    candidates = [b for b in _candidates(rows, g) if b.n >= max(largest, 1)]
    best = None
    for rank_mode, (mode, _) in enumerate(_MODES):
        for b in candidates:
            pairs, bare = _explain(rows, g, b, mode)
            key = (len(pairs), len(bare), -_RANK[b.kind], -rank_mode)
            if best is None or key > best[0]:
                best = (key, b, mode, pairs, bare)
    if len(g.pairs) >= 2 and (best is None or len(best[3]) < len(g.pairs)):
        high = max([b.n for b in candidates] + [s.n for s in rows.samples] + [largest])
        found = _range_search(rows, g, largest, high)
        if found:
            ns, mode = found
            target = best[1].n if best else high
            n = min(ns, key=lambda v: (abs(v - target), v))
            b = Base(n, "range", _range_evidence(ns, n, best[1] if best else None, mode))
            pairs, bare = _explain(rows, g, b, mode)
            best = ((len(pairs), len(bare), -_RANK["range"], -1), b, mode, pairs, bare)
    if not g.pairs and len(g.bare) >= 3 and candidates and (best is None or len(best[4]) < len(g.bare)):
        found = _bare_range_search(rows, g, max(b.n for b in candidates))
        if found:
            n, mode, others = found
            b = Base(n, "range", _range_evidence([n, *others], n, best[1] if best else None, mode))
            pairs, bare = _explain(rows, g, b, mode)
            best = ((0, len(bare), -_RANK["range"], -1), b, mode, pairs, bare)
    if best is None:
        g.extra["decision"] = None
        return
    _, base, mode, pairs, bare = best
    g.extra["decision"] = {"base": base, "mode": mode, "pairs": pairs, "bare": bare, "candidates": candidates}
    explained = pairs | bare
    established = _established(rows, g, base, explained)
    g.extra["decision"]["established"] = established
    for c, s in g.pairs:
        for i in (c, s):
            rows[i]["base"], rows[i]["base_evidence"] = base.n, base.describe()
    for s in g.bare:
        if established or s in bare:
            rows[s]["base"], rows[s]["base_evidence"] = base.n, base.describe()


def _bare_range_search(rows: ClaimList, g: Group, high: int) -> tuple[int, str, list[int]] | None:
    """One base a little below the stated sample that every bare share of ``g`` fits, if the fit
    cannot be chance ("every share of the page fits 298, truncated; none fits the 300 stated").

    Bases from 80% of ``high`` to ``high`` are tried, rounded then truncated.
    A base counts only if the chance that so many shares with so many
    decimals fit some base of the range at random is below 1%.
    """
    values = [rows[s]["value"] for s in g.bare if Decimal(rows[s]["value"]) <= 100]
    if len(values) < 3:
        return None
    low = max(1, (4 * high) // 5, high - _MAX_RANGE)
    for mode, _ in _MODES:
        fits = range(low, high + 1)
        for v in values:
            fits = list(_fitting_bases(v, fits, mode))
        if not fits:
            continue
        n = fits[-1]
        chance = (high - low + 1)
        for v in values:
            chance *= _chance(v, n)
        if chance < 0.01:
            return n, mode, fits[:-1]
    return None


def _range_evidence(ns: list[int], n: int, stated: Base | None, mode: str) -> str:
    others = [v for v in ns if v != n]
    also = f" (also {', '.join(map(str, others[:3]))}{'…' if len(others) > 3 else ''})" if others else ""
    how = "truncated" if mode == "trunc" else "rounded"
    near = f", not the {stated.n} of {stated.describe()}" if stated and stated.n != n else ""
    return f"{n}{also}: the one base that fits every share of the question, {how}{near}; it is printed nowhere"


def _established(rows: ClaimList, g: Group, base: Base, explained: set[int]) -> bool:
    """Whether the group's base is known well enough to call a misfit inconsistent."""
    pair_shares = {s for _, s in g.pairs}
    if explained & pair_shares:
        return True
    if base.kind == "stated":
        return True
    fits = [s for s in g.bare if s in explained]
    chance = 1.0
    for s in fits:
        chance *= _chance(rows[s]["value"], base.n)
    return len(fits) >= 2 and chance < 0.05


def _ratio_counts(rows: ClaimList, members: list[int], numerators: set[int], i: int, lo: int) -> list[Sample]:
    """Counts before share ``i`` in its sentence, of one unit, that a rate may divide ("上报2137件,办结2089件,办结率97.75%")."""
    found = [j for j in members if j < i and rows[j]["kind"] == "count" and j not in numerators and _whole(rows[j]["value"])
             and not _is_sample(rows, j)]
    if len(found) < 2:
        return []
    unit = rows.units[found[-1]]
    found = [j for j in found if _same_unit(rows.units[j], unit)]
    return [Sample("count", _whole(rows[j]["value"]), *rows.positions[j], _near(rows.text, rows.positions[j])) for j in found] if len(found) >= 2 else []


def _decide_rate(rows: ClaimList, g: Group) -> None:
    s = g.bare[0]
    value = rows[s]["value"]
    word = g.extra["rate_word"]
    start = rows.positions[s][0]
    if g.extra.get("counts"):
        counts = g.extra["counts"]
        options = [(a, b, 0) for a in counts for b in counts if a is not b and a.n <= b.n]
        g.extra["decision"] = decision = {"options": options, **_first_fit(options, value), "ratio": True}
        if decision["fit"]:
            den = decision["fit"][1]
            rows[s]["base"], rows[s]["base_evidence"] = den.n, f"stated: {den.text}"
        return
    samples = rows.samples
    by_kind: dict[str, list[Sample]] = {}
    for smp in samples:
        by_kind.setdefault(smp.kind, []).append(smp)
    numerators = ("returned", "valid") if word in ("回收率", "问卷回收率", "回复率", "应答率", "响应率") else ("valid",)
    denominators = ("issued", "returned") if word in ("有效率",) else ("issued",)
    options = []
    for nk in numerators:
        for dk in denominators:
            for num in by_kind.get(nk, []):
                for den in by_kind.get(dk, []):
                    if num.n <= den.n and num is not den:
                        options.append((num, den, abs(num.start - start) + abs(den.start - start)))
    options.sort(key=lambda o: o[2])
    g.extra["decision"] = decision = {"options": options, **_first_fit(options, value)}
    den = decision["fit"][1] if decision["fit"] else (options[0][1] if options else None)
    if den is not None:
        rows[s]["base"], rows[s]["base_evidence"] = den.n, f"{'issued' if den.kind == 'issued' else 'sample'}: {den.text}"


def _decide_mean(rows: ClaimList, g: Group) -> None:
    i = g.members[0]
    text = rows.text
    if rows.units[i] != "分":
        g.extra["decision"] = None
        return
    start, end = rows.positions[i]
    sentence = span_at(rows.sentences, start)
    stated = None
    for m in _MEAN_N.finditer(text, sentence[0], min(sentence[1], end + 16)):
        stated = Base(int(m.group(1) or m.group(2)), "stated", m.group(0))
    if stated is None:
        # a sample statement of the same sentence ("对26名校长的问卷显示,…平均为3.53分")
        same = [smp for smp in rows.samples if sentence[0] <= smp.start < start]
        if same:
            stated = Base(same[-1].n, "stated", same[-1].text)
    scale = _SCALE_STATEMENT.search(text)
    n = stated or next((Base(s.n, s.kind, s.text) for s in reversed(_samples_before(rows, start))), None)
    g.extra["decision"] = {"n": n, "scale": scale.group(0) if scale else ""}
    if n is not None:
        rows[i]["base"], rows[i]["base_evidence"] = n.n, n.describe()


# --- checks ----------------------------------------------------------------------------


def _check(rows, g: Group | None, ids: list[int], check: str, assumption: str, expected: str, observed: str, verdict: str,
           explanation: str) -> dict:
    return {"source": rows[ids[0]]["source"] if ids else "", "check_id": "", "claim_ids": " ".join(rows[i]["claim_id"] for i in ids),
            "check": check, "assumption": assumption, "expected": expected, "observed": observed, "verdict": verdict,
            "explanation": explanation, "group_id": g.id if g else ""}


def _judge_paper(rows: ClaimList, g: Group) -> list[dict]:
    return judge_paper_group(rows, g, _check)


def judge(rows: list[dict]) -> list[dict]:
    """Every applicable check of a text's claims, group by group (see the module's notes).

    ``rows`` is a :class:`~dangjian.engine.extract.ClaimList` (from
    :func:`~dangjian.engine.extract.extract_records`); plain rows without the
    text's context are checked claim by claim from their ``base`` column.
    """
    if not isinstance(rows, ClaimList) or not rows.text:
        return _judge_without_context(rows)
    out: list[dict] = []
    grouped = set()
    for g in rows.groups:
        grouped.update(g.members)
        out += {
            "question": _judge_question, "rate": _judge_rate, "points": _judge_points, "total": _judge_total,
            "mean": _judge_mean, "table": _judge_table, "count": _judge_count,
            "mean_sd": _judge_paper, "test": _judge_paper, "two_group": _judge_paper,
        }[g.kind](rows, g)
    for i, row in enumerate(rows):
        if i in grouped:
            continue
        if row["kind"] == "damaged":
            out.append(_check(rows, None, [i], "damaged_number", "", "", row["reported"], "not_checkable",
                              f"The number is damaged ({row['base_evidence']}); its digits are not invented."))
    order = {row["claim_id"]: k for k, row in enumerate(rows)}
    out.sort(key=lambda r: min((order.get(c, 0) for c in r["claim_ids"].split()), default=0))
    for k, row in enumerate(out, start=1):
        row["check_id"] = f"K{k:03d}"
    return [{c: row[c] for c in CHECK_COLUMNS} for row in out]


def _judge_without_context(rows: list[dict]) -> list[dict]:
    """Claims read back from a table: each share with a base is GRIM-checked; nothing is accused."""
    out = []
    for _i, row in enumerate(rows):
        if row["kind"] == "percent" and row.get("base") not in (None, "") and Decimal(row["value"]) <= 100:
            n = int(row["base"])
            ok = _grim_fits(row["value"], n, "up_or_down")
            out.append({"source": row["source"], "check_id": "", "claim_ids": row["claim_id"], "check": "grim_percent",
                        "assumption": f"n = {n} ({row['base_evidence']})", "expected": f"a count 0..{n}",
                        "observed": "possible" if ok else "impossible", "verdict": "consistent" if ok else "consistent_if",
                        "explanation": f"{row['reported']} of n = {n} {'can' if ok else 'cannot'} arise from a whole number of cases"
                        + ("" if ok else " (checked without the text: the base may be another)") + ".",
                        "group_id": row.get("group_id", "")})
    for k, row in enumerate(out, start=1):
        row["check_id"] = f"K{k:03d}"
    return out


def _assumption_of(base: Base, mode: str, rows: ClaimList) -> tuple[str, str]:
    """(assumption, verdict) of a share that fits ``base`` under ``mode``."""
    notes = []
    verdict = "consistent"
    if base.kind == "subgroup":
        notes.append(f"the base is a sub-group: {base.evidence}")
        verdict = "consistent_if"
    elif base.kind == "item":
        valid = next((s.n for s in rows.samples if s.kind == "valid"), None) or max((s.n for s in rows.samples), default=None)
        skipped = f" ({valid - base.n} of the {valid} sampled did not answer it)" if valid and valid > base.n else ""
        notes.append(f"item non-response: the base is the question's own {base.n} answers{skipped}")
        verdict = "consistent_if"
    elif base.kind == "issued" and any(s.kind in ("valid", "returned") for s in rows.samples):
        notes.append(f"the base is the {base.n} questionnaires issued, not the questionnaires returned or valid")
        verdict = "consistent_if"
    elif base.kind == "other":
        notes.append(f"the base is {base.n}, another number of the sentence")
        verdict = "consistent_if"
    elif base.kind == "range":
        notes.append(f"the base is {base.evidence}")
        verdict = "consistent_if"
    if mode == "trunc":
        notes.append("the shares were truncated, not rounded")
        verdict = "consistent_if"
    return "; ".join(notes) or f"n = {base.n} ({base.describe()})", verdict


def _why_not(k: int | None, n: int, value: str, rows: ClaimList, g: Group, base: Base) -> str:
    """What would explain a share that does not fit: a digit lost or swapped, another base, another count."""
    _, d = _scaled(value)
    hints = []
    if k is not None:
        for d2 in sorted({d, d + 1, 2}):
            q = _printed(k, n, d2)
            if q.replace("0", "", 1) == value or _drop_one(q) == value:
                hints.append(f"{value}% would be {q}% with a digit dropped")
                break
            if _swapped(q, value):
                hints.append(f"{value}% would be {q}% with two digits swapped")
                break
        others = [s for s in rows.samples if s.n != n and s.n >= k and _fits(k, s.n, value, "up_or_down")]
        if others:
            hints.append(f"it would fit the {others[0].n} of “{others[0].text}” instead")
        else:
            # the base 100 k / value would need, and its neighbours (a few, not a scan of every number)
            guess = int(Fraction(100 * k) / Fraction(value)) if Decimal(value) > 0 else 0
            fitting = [b for b in range(max(k, 1, guess - 3), max(k, 1, guess - 3) + 8) if _fits(k, b, value, "up_or_down")]
            if fitting:
                near = min(fitting, key=lambda b: abs(b - n))
                hints.append(f"only a base of {near} would give it, and nothing in the text says so")
            else:
                hints.append(f"no base at all gives {value}% for a count of {k}")
    else:
        least = list(islice(_fitting_bases(value, range(1, 2001)), 4))
        if least:
            hints.append(f"bases that would give it: {', '.join(map(str, least))}, …")
    if not hints:
        return ""
    joined = "; ".join(hints)
    return joined[0].upper() + joined[1:] + "."


def _drop_one(q: str) -> str:
    """``q`` with its first zero after the point dropped ("90.03" -> "90.3")."""
    whole, _, frac = q.partition(".")
    return f"{whole}.{frac.replace('0', '', 1)}" if "0" in frac else q


def _swapped(q: str, value: str) -> bool:
    if len(q) != len(value) or q == value:
        return False
    diff = [k for k in range(len(q)) if q[k] != value[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and q[diff[0]] == value[diff[1]] and q[diff[1]] == value[diff[0]]


def _judge_question(rows: ClaimList, g: Group) -> list[dict]:
    out: list[dict] = []
    decision = g.extra.get("decision")
    if decision is None:
        for s in [s for _, s in g.pairs] + g.bare:
            out += _unbased(rows, g, s)
        return out
    base, mode = decision["base"], decision["mode"]
    explained = decision["pairs"] | decision["bare"]
    established = decision["established"]
    assumption, fit_verdict = _assumption_of(base, mode, rows)
    rule = "truncated" if mode == "trunc" else "rounded half up or down"
    for c, s in g.pairs:
        k = _whole(rows[c]["value"])
        value, reported = rows[s]["value"], rows[s]["reported"]
        count = rows[c]["claim_id"]
        if Decimal(value) > 100:
            out.append(_range_check(rows, g, s))
            continue
        if k is None:
            continue
        _, d = _scaled(value)
        expected = _printed(k, base.n, d)
        if not part_of_base(k, base.n):
            out.append(_check(rows, g, [c], "part_of_base", assumption, f"<= {base.n}", rows[c]["value"], "inconsistent",
                              f"{rows[c]['value']} is more than the base of {base.n} ({base.describe()}) that its question's shares fit; a count of a question cannot exceed its base."))
        else:
            out.append(_check(rows, g, [c], "part_of_base", assumption, f"<= {base.n}", rows[c]["value"], "consistent",
                              f"{rows[c]['value']} is within the base of {base.n}."))
        if s in explained:
            out.append(_check(rows, g, [s], "percent_of", assumption, f"{expected}%", reported, fit_verdict,
                              f"100 × {k} / {base.n} = {_exact(k, base.n)}%, which prints as {expected}% ({rule}); the report prints {reported} (count {count})."))
            continue
        other = _other_number(rows, g, c, s, k, value)
        if other is not None:
            out.append(_check(rows, g, [s], "percent_of", f"the base is {other}, printed in the same sentence, not {base.n}", f"{expected}%",
                              reported, "consistent_if",
                              (f"100 × {k} / {base.n} = {_exact(k, base.n)}%, not {reported}; but 100 × {k} / {other} = {_exact(k, other)}%, so the share is of {other}, another number of the same "
                                  "sentence.")))
            continue
        rest = len(explained & {x for _, x in g.pairs})
        context = (f"the other share of the question fits {base.n}" if rest == 1
                   else f"the other {rest} shares of the question fit {base.n}" if rest
                   else f"the base is {base.describe()}")
        out.append(_check(rows, g, [s], "percent_of", f"n = {base.n} ({base.describe()})", f"{expected}%", reported, "inconsistent",
                          f"100 × {k} / {base.n} = {_exact(k, base.n)}%, which prints as {expected}%; the report prints {reported} (count {count}), "
                          f"and {context}. " + _why_not(k, base.n, value, rows, g, base)))
    for s in g.bare:
        if s in g.extra.get("subtotals", ()):
            continue
        out += _judge_bare(rows, g, s, base, mode, explained, established, assumption, fit_verdict)
    out += _judge_subtotals(rows, g)
    out += _judge_sum(rows, g, out)
    return out


def _other_number(rows: ClaimList, g: Group, c: int, s: int, k: int, value: str) -> int | None:
    """Another whole number of the same sentence that is the share's base ("40份,占78.43%" of the 51 before)."""
    sentence = span_at(rows.sentences, rows.positions[s][0])
    for j, row in enumerate(rows):
        if j in (c, s) or row["kind"] not in ("count", "mean", "cell") or not (sentence[0] <= rows.positions[j][0] < sentence[1]):
            continue
        n = _whole(row["value"])
        if n and n >= k and _fits(k, n, value, "up_or_down"):
            return n
    return None


def _range_check(rows: ClaimList, g: Group | None, s: int) -> dict:
    return _check(rows, g, [s], "percent_range", "a share of respondents", "<= 100%", rows[s]["reported"], "inconsistent",
                  f"{rows[s]['reported']} is more than 100%, which no share of respondents can be.")


def _judge_bare(rows, g, s, base, mode, explained, established, assumption, fit_verdict) -> list[dict]:
    value, reported = rows[s]["value"], rows[s]["reported"]
    if Decimal(value) > 100:
        return [_range_check(rows, g, s)]
    n = base.n
    step = reround(Fraction(100, n), 3, rounding="up")[0]
    if s in explained:
        if fit_verdict == "consistent" and not established and base.kind in ("valid", "returned", "people", "issued"):
            # only the report's sample, nothing of the question, says that this is the base
            return [_check(rows, g, [s], "grim_percent", f"the base is the report's sample of {n} ({base.describe()}), not stated for this share",
                           f"a count 0..{n}", "possible", "consistent_if",
                           f"{reported} of n = {n} can arise from a whole number of cases (step 100/{n} = {step} points), if the share is of the report's sample.")]
        word = g.extra.get("rate_word", "")
        if fit_verdict == "consistent" and word and base.kind == "stated" and not g.pairs:
            # a named rate (满意率, 运转率) has its own definition: the sentence's population may not be its base
            return [_check(rows, g, [s], "grim_percent", f"the {word} is a share of the {n} of “{base.evidence}”", f"a count 0..{n}",
                           "possible", "consistent_if",
                           f"{reported} of n = {n} can arise from a whole number of cases (step 100/{n} = {step} points), "
                           f"if the {word} is a share of the {n} the sentence names (“{base.evidence}”); a rate may have a base of its own.")]
        return [_check(rows, g, [s], "grim_percent", assumption, f"a count 0..{n}", "possible", fit_verdict,
                       f"{reported} of n = {n} can arise from a whole number of cases (step 100/{n} = {step} points).")]
    if established:
        why = "the base stated in the sentence" if base.kind == "stated" else "the base that fits the rest of its question"
        return [_check(rows, g, [s], "grim_percent", f"n = {n} ({base.describe()})", f"a count 0..{n}", "impossible", "inconsistent",
                       f"{reported} of n = {n}, {why}, cannot arise from a whole number of cases (step 100/{n} = {step} points). "
                       + _why_not(None, n, value, rows, g, base))]
    return [_check(rows, g, [s], "grim_percent", f"the share has its own base, not {n} ({base.describe()})", f"a count 0..{n}",
                   "impossible with the inferred base", "consistent_if",
                   f"{reported} cannot be a share of {n} ({base.describe()}; step 100/{n} = {step} points), so it must have another base. "
                   + _why_not(None, n, value, rows, g, base))]


def _unbased(rows: ClaimList, g: Group, s: int) -> list[dict]:
    row = rows[s]
    if Decimal(row["value"]) > 100:
        return [_range_check(rows, g, s)]
    return [_check(rows, g, [s], "no_base", "", "a stated base", "none", "not_checkable",
                   f"No sample size is stated anywhere before {row['reported']}, so it cannot be checked.")]


def _single_select(rows: ClaimList, g: Group) -> str:
    """Why the group is one single-select question (``""`` if that is not evident)."""
    markers = g.extra.get("markers", set())
    text = rows.text[g.start : g.end]
    if "multi" in markers:
        return ""
    if "single" in markers:
        return "marked 单选"
    verbs = len(_QUESTION_VERB.findall(text))
    if "breakdown" in markers and verbs <= 1:
        return "a breakdown of respondents (每人只属一类)"
    labels = _option_labels(rows, g)
    if verbs <= 1 and len(labels) >= 2 and all(_SCALE_OPTIONS.fullmatch(lbl) for lbl in labels) and "multi_topic" not in markers:
        return f"the answers of one scale ({'、'.join(labels)})"
    return ""


_LABEL_TAIL = re.compile(r"[“\"'「]?([\u4e00-\u9fff]{1,8}?)[”\"'」]?(?:的|者)?(?:人|人数)?(?:有|为|占|是|达|共)?[\s,，:：]*(?:占|为|比例为|占比为|占比)?\s*$")
_LEAD_WORDS = re.compile(r"^(?:认为|选择|表示|觉得|其中|回答|对此|而|另有|有)+")


def _option_labels(rows: ClaimList, g: Group) -> list[str]:
    """The answer printed before each share of a group ("认为“满意”的", "比较满意的")."""
    text = rows.text
    counts = {c: s for c, s in g.pairs}
    labels = []
    previous_end = g.start
    for i in sorted(g.members):
        start, end = rows.positions[i]
        if i in counts or rows[i]["kind"] != "count":
            lead = text[previous_end:start]
            if not (rows[i]["kind"] == "percent" and any(s == i for _, s in g.pairs)):
                m = _LABEL_TAIL.search(lead)
                if m:
                    label = _LEAD_WORDS.sub("", m.group(1))
                    if label:
                        labels.append(label)
        previous_end = end
    return labels


#: Two shares of one measure at two times ("由45.2%提高到48.4%"): not answers to add up.
_OVER_TIME = re.compile(r"(?:由|从)\s*\d+(?:\.\d+)?%\s*(?:提高|增长|增加|上升|下降|降低|减少|提升|降)(?:到|至)|\d+(?:\.\d+)?%\s*(?:提高|增长|增加|上升|下降|降低|减少|提升)(?:到|至)")


def _judge_sum(rows: ClaimList, g: Group, checks: list[dict]) -> list[dict]:
    shares = [s for s in _shares(g) if Decimal(rows[s]["value"]) <= 100]
    if len(shares) < 2 or _OVER_TIME.search(rows.text, g.start, g.end):
        return []
    values = [rows[s]["value"] for s in shares]
    total = sum((Fraction(v) for v in values), Fraction(0))
    slack = sum((Fraction(1, 2 * 10 ** _scaled(v)[1]) for v in values), Fraction(0))
    terms = " + ".join(values)
    shown = f"{float(total):g}%"
    single = _single_select(rows, g)
    markers = g.extra.get("markers", set())
    if "multi" in markers:
        return [_check(rows, g, shares, "shares_sum", "a multi-select question (marked 多选)", "any total", shown, "consistent",
                       f"A multi-select question: its shares may add up to more than 100% ({shown}).")]
    if total <= 100 + slack:
        near = total >= 100 - slack
        return [_check(rows, g, shares, "shares_sum", "the listed shares are parts of one question", "<= 100%", shown, "consistent",
                       f"The shares add up to {terms} = {shown}" + (f", 100% within rounding (± {float(slack):g})." if near else ", no more than 100%."))]
    culprits = [s for s in shares if any(r["claim_ids"] == rows[s]["claim_id"] and r["verdict"] == "inconsistent" for r in checks)]
    if not single:
        return [_check(rows, g, culprits or shares, "shares_sum", "several answers per respondent, or several questions", "<= 100%", shown,
                       "consistent_if",
                       f"The shares add up to {terms} = {shown}, more than 100%: possible only if respondents could choose several answers, or if they answer different questions.")]
    named = culprits or shares
    blame = (f"; {', '.join(rows[s]['reported'] for s in culprits)} already break{'s' if len(culprits) == 1 else ''} the question's base"
             if culprits else "; at least one of them is wrong, and the text does not show which")
    return [_check(rows, g, named, "shares_sum", f"a single-select question: {single}", f"100% ± {float(slack):g}", shown, "inconsistent",
                   f"The shares of one single-select question add up to {terms} = {shown}, more than 100% by more than rounding allows ({float(slack):g} points){blame}.")]


def _judge_rate(rows: ClaimList, g: Group) -> list[dict]:
    s = g.bare[0]
    value, reported = rows[s]["value"], rows[s]["reported"]
    decision = g.extra["decision"]
    word = g.extra["rate_word"]
    if Decimal(value) > 100:
        return [_range_check(rows, g, s)]
    if decision["fit"]:
        num, den = decision["fit"]
        _, d = _scaled(value)
        trunc = decision["mode"] == "trunc"
        return [_check(rows, g, [s], "rate_of_counts" if decision.get("ratio") else "response_rate",
                       f"{word} = {_SAMPLE_WORDS[num.kind]} / {_SAMPLE_WORDS[den.kind]}" + ("; truncated" if trunc else ""),
                       f"{_printed(num.n, den.n, d)}%", reported, "consistent_if" if trunc else "consistent",
                       f"{word}: 100 × {num.n} / {den.n} = {_exact(num.n, den.n)}% (“{num.text}” of “{den.text}”); the report prints {reported}.")]
    if not decision["options"]:
        return [_check(rows, g, [s], "response_rate", f"{word} is a share of the questionnaires issued", "a count and the number issued",
                       "not printed", "not_checkable", f"The report does not print both numbers that {word} {reported} divides.")]
    num, den, _ = decision["options"][0]
    _, d = _scaled(value)
    tried = "; ".join(f"{n.n}/{dd.n} = {_exact(n.n, dd.n)}%" for n, dd, _ in decision["options"][:3])
    if decision.get("ratio") and len(g.extra["counts"]) > 2:
        return [_check(rows, g, [s], "rate_of_counts", f"{word} is a ratio of two counts of its sentence", "a ratio of the counts", reported,
                       "consistent_if", f"{word} {reported} is no ratio of the sentence's counts ({tried}); it may divide other numbers.")]
    return [_check(rows, g, [s], "rate_of_counts" if decision.get("ratio") else "response_rate", f"{word} = {_SAMPLE_WORDS[num.kind]} / {_SAMPLE_WORDS[den.kind]}", f"{_printed(num.n, den.n, d)}%",
                   reported, "inconsistent", f"{word} {reported} fits none of the ratios of the printed sample numbers ({tried}). "
                   + _why_not(num.n, den.n, value, rows, g, Base(den.n, den.kind, den.text)))]


def _judge_points(rows: ClaimList, g: Group) -> list[dict]:
    i = g.members[0]
    start = rows.positions[i][0]
    lo, _ = span_at(rows.sentences, start)
    before = [j for j in range(i) if rows[j]["kind"] == "percent" and rows.positions[j][0] >= lo]
    value = rows[i]["value"]
    if len(before) < 2:
        return [_check(rows, g, [i], "points_change", "", "two shares in the sentence", f"{value} points", "not_checkable",
                       f"A change of {value} percentage points, but the sentence does not print both shares it joins.")]
    a, b = before[-2], before[-1]
    va, vb = Fraction(rows[a]["value"]), Fraction(rows[b]["value"])
    change = abs(vb - va)
    slack = sum((Fraction(1, 2 * 10 ** _scaled(rows[j]["value"])[1]) for j in (a, b, i)), Fraction(0))
    ok = abs(change - Fraction(value)) <= slack
    terms = f"|{rows[b]['value']} − {rows[a]['value']}| = {float(change):g}"
    return [_check(rows, g, [i], "points_change", f"the change joins {rows[a]['reported']} and {rows[b]['reported']}", f"{float(change):g} points",
                   f"{value} points", "consistent" if ok else "inconsistent",
                   f"{terms} percentage points; the report prints {value}" + (f" (within rounding, ± {float(slack):g})." if ok
                   else f", more than rounding allows (± {float(slack):g})."))]


def _judge_total(rows: ClaimList, g: Group) -> list[dict]:
    t = g.extra["total"]
    parts = g.extra["parts"]
    joined = g.extra.get("joined", [])
    total = sum(_whole(rows[j]["value"]) for j in [*joined, t])
    values = [_whole(rows[j]["value"]) for j in parts]
    s = sum(values)
    terms = " + ".join(rows[j]["value"] for j in parts)
    if joined:
        named = " + ".join(rows[j]["value"] for j in [*joined, t])
        ok = s <= total
        return [_check(rows, g, [*joined, t], "stated_total", f"the parts are of the {named} = {total} named together", f">= {s}",
                       str(total), "consistent" if ok else "inconsistent",
                       f"The parts add up to {terms} = {s}, {'within' if ok else 'more than'} the {named} = {total} the sentence names together"
                       + ("; the text does not say which part is of which." if ok else "; parts of a population cannot exceed it."))]
    if len(parts) == 1:
        ok = s <= total
        return [_check(rows, g, [t], "stated_total", "a part of the total", f">= {s}", rows[t]["value"], "consistent" if ok else "inconsistent",
                       f"The part {terms} is {'within' if ok else 'more than'} the stated total of {total}.")]
    if s == total:
        return [_check(rows, g, [t], "stated_total", "the parts make up the total", str(s), rows[t]["value"], "consistent",
                       f"The parts add up to {terms} = {s}, the stated total.")]
    if s > total:
        return [_check(rows, g, [t], "stated_total", "the parts make up the total", str(s), rows[t]["value"], "inconsistent",
                       f"The parts add up to {terms} = {s}, {s - total} more than the stated total of {total}; parts of a total cannot exceed it.")]
    if g.extra["exhaustive"]:
        return [_check(rows, g, [t], "stated_total", "the parts listed make up the total", str(s), rows[t]["value"], "inconsistent",
                       (f"The parts add up to {terms} = {s}, not the stated {total} ({total - s} unaccounted for); they would agree only if the list were incomplete, which its form "
                           f"({g.extra['how']}{'' if g.extra['how'] == '合计' else ' with a list'}) does not suggest."))]
    how = "其中" if g.extra["how"] == "其中" else "the list"
    return [_check(rows, g, [t], "stated_total", f"{how} may name only some of the parts", f">= {s}", rows[t]["value"], "consistent_if",
                   f"The parts add up to {terms} = {s}, {total - s} fewer than the stated {total}: consistent if {how} names only some of them.")]


def _judge_mean(rows: ClaimList, g: Group) -> list[dict]:
    i = g.members[0]
    decision = g.extra.get("decision")
    if not decision:
        return []
    value, n = rows[i]["value"], decision["n"]
    if n is None:
        return [_check(rows, g, [i], "grim_mean", "", "a stated n", "none", "not_checkable", f"No n is stated for the mean {value}.")]
    if not decision["scale"]:
        return [_check(rows, g, [i], "grim_mean", f"n = {n.n} ({n.describe()})", "an integer scale", "not stated", "not_checkable",
                       f"The mean {value} of n = {n.n} can be checked only if the scores are whole numbers, and the report states no integer scale.")]
    ok = grim(value, n.n)
    if ok:
        return [_check(rows, g, [i], "grim_mean", f"n = {n.n} ({n.describe()}); integer scores ({decision['scale']})", "possible", "possible",
                       "consistent", f"A total of whole-number scores over {n.n} can give the mean {value}.")]
    strict = n.kind == "stated" and "百分制" not in decision["scale"]
    return [_check(rows, g, [i], "grim_mean", f"n = {n.n} ({n.describe()}); integer scores ({decision['scale']})", "possible", "impossible",
                   "inconsistent" if strict else "consistent_if",
                   f"No whole-number total over {n.n} gives the mean {value} (step 1/{n.n} = {float(Fraction(1, n.n)):.4f})"
                   + ("." if strict else "; possible only if n is another or the scores are not whole numbers."))]


def _judge_table(rows: ClaimList, g: Group) -> list[dict]:
    total, parts, labels = g.extra["total"], g.extra["parts"], g.extra["labels"]
    check = answers_vs_forms([rows[j]["value"] for j in parts], rows[total]["value"])
    t, s, gap = check.issued, check.answered, check.gap
    terms = " + ".join(rows[j]["value"] for j in parts)
    what = f"column {g.extra['column']} ({'、'.join(labels)})"
    ids = [total, *parts]
    if check.verdict == "consistent":
        return [_check(rows, g, ids, "table_column_sum", "one answer per form", str(t), str(s), "consistent",
                       f"{what}: {terms} = {s}, the {t} forms of the column.")]
    forms = f"{gap} form{'s' if gap != 1 else ''}"
    if check.verdict == "consistent_if":
        return [_check(rows, g, ids, "table_column_sum", f"{forms} gave no answer here", str(t), str(s),
                       "consistent_if", f"{what}: {terms} = {s}, {gap} fewer than the {t} forms; consistent only if {forms} gave no answer.")]
    return [_check(rows, g, ids, "table_column_sum", "one answer per form", f"<= {t}", str(s), "inconsistent",
                   f"{what}: {terms} = {s}, {-gap} more answers than the {t} forms, which no reading of one answer per form allows.")]


def _judge_count(rows: ClaimList, g: Group) -> list[dict]:
    i = g.members[0]
    base = g.extra["base"]
    ok = part_of_base(_whole(rows[i]["value"]), base.n)
    return [_check(rows, g, [i], "part_of_base", f"a part of the {base.n} of “{base.evidence}”", f"<= {base.n}", rows[i]["value"],
                   "consistent" if ok else "inconsistent",
                   f"{rows[i]['value']} is {'within' if ok else 'more than'} the {base.n} of “{base.evidence}” that the sentence makes it part of"
                   + ("." if ok else "; a part cannot exceed its whole."))]


def _judge_subtotals(rows: ClaimList, g: Group) -> list[dict]:
    """A share that sums others ("两项合计占67.74%") against the shares before it."""
    out = []
    shares = sorted([s for _, s in g.pairs] + g.bare)
    for t in sorted(g.extra.get("subtotals", ())):
        before = [s for s in shares if s < t and s not in g.extra["subtotals"]]
        lead = rows.text[max(0, rows.positions[t][0] - 8) : rows.positions[t][0]]
        k = 2 if re.search("两|二", lead) else 3 if "三" in lead else None
        tries = [before[-k:]] if k and len(before) >= k else [before[-j:] for j in range(2, len(before) + 1)]
        value = Fraction(rows[t]["value"])
        fit = next((part for part in tries if abs(sum(Fraction(rows[x]["value"]) for x in part) - value) <= _slack(rows, [*part, t])), None)
        if fit:
            terms = " + ".join(rows[x]["value"] for x in fit)
            out.append(_check(rows, g, [t], "subtotal", "the sum of the shares before it", rows[t]["reported"], rows[t]["reported"], "consistent",
                              f"{terms} = {float(sum(Fraction(rows[x]['value']) for x in fit)):g}%, the subtotal {rows[t]['reported']} within rounding."))
        elif tries and tries[0]:
            part = tries[0]
            terms = " + ".join(rows[x]["value"] for x in part)
            total = sum(Fraction(rows[x]["value"]) for x in part)
            out.append(_check(rows, g, [t], "subtotal", "the sum of the shares before it", f"{float(total):g}%", rows[t]["reported"],
                              "inconsistent" if k else "consistent_if",
                              f"{terms} = {float(total):g}%, not the subtotal {rows[t]['reported']}"
                              + (f" ({k} shares named by the text)." if k else "; it may sum other answers than the ones printed before it.")))
    return out
