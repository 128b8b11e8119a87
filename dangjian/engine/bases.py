"""Candidate bases of a group's shares, each with its evidence: the second step of ``dangjian audit``.

A careful auditor asks of each question which base the author divided by.
The candidates, in the order :mod:`dangjian.engine.kinds.question` weighs
them:

``stated``
    in the sentence before the shares ("在310人中", "有效回答80人", "(n=45)",
    "本题有效填写人次66"), a sample statement in the question's own clause,
    or a population named earlier whose noun the question's counts share
    ("全镇党员1134名" … "党员412名,占36.33%");
``answered``
    those who answered, where the text says a share is of them ("在作答的学生中",
    "占有效样本的"): the 有效 合计 of a frequency table just before, or the
    sample less those counted as not answering ("有9名学生未作答");
``arm``
    a study arm's size, for the counts and shares of that arm ("对照组14例(30.43%)");
``subgroup``
    a sub-population named again ("机关事业单位党员158人" … "机关事业单位党员中…"),
    or the group a back-reference points to ("这些家庭中");
``derived``
    a sub-population named by an earlier share rather than a count ("63.2%的受访者
    表示支持…在支持新规的受访者中"): the counts that share's rounding allows;
``valid``, ``returned``, ``people``, ``issued`` (the report's samples)
    every statement of the survey's sample before the group, those of the
    latest statement's sentence and the one before first;
``item``
    the group's own sum of counts (item non-response), when its shares make a whole;
``other``
    another whole number of the same sentence;
``range``
    a base printed nowhere that fits every share of the question;
``recap``
    the base of an earlier share printed with the same digits (a summary repeating a
    table), last of all and never binding.

Every look-up here goes through an index built once per text
(:class:`BaseIndex`), so that inferring the bases of a long document costs
time in proportion to its length: the earlier claims and sample statements
are never scanned again for each group.  Where a text states more than
:data:`MAX_SAMPLE_SIZES` different sample sizes before a group, only the
most recent ones are candidates (a base is stated near its question, not a
dozen samples earlier).
"""

from __future__ import annotations

import functools
import math
import re
from bisect import bisect_left
from collections import OrderedDict
from dataclasses import dataclass
from fractions import Fraction

from .records import ClaimList, Group, Sample, span_at
from .shares import share_fits, whole

__all__ = ["Base", "BaseIndex", "RANK", "SAMPLE_KIND_WORDS", "PEOPLE_UNITS", "MAX_SAMPLE_SIZES", "STATED_BASE", "SUBPOPULATION", "stated_bases",
           "same_unit", "near", "subgroup_bases", "population_bases", "derived_bases",
           "answered_bases"]

#: Rank of each kind of base among candidates that explain as many shares (a stated base first).
RANK = {"stated": 0, "answered": 0, "arm": 0, "subgroup": 1, "derived": 1, "valid": 2, "item": 3, "returned": 4, "people": 5, "issued": 6,
        "page": 7, "recap": 7, "other": 8, "range": 9, "smallest": 10}
#: How the explanations name a sample statement's kind.
SAMPLE_KIND_WORDS = {"valid": "valid questionnaires", "returned": "questionnaires returned", "issued": "questionnaires issued",
                     "people": "people surveyed", "count": "a count printed before it"}
#: Units of people: two counts in any of them count the same things.
PEOPLE_UNITS = frozenset("人名位")
#: The most different sample sizes stated before a group that are tried as its base (the most recent ones).
MAX_SAMPLE_SIZES = 16

#: A base stated in the sentence, before its shares.
STATED_BASE = re.compile(
    r"在(?:[\u4e00-\u9fff]{1,6}?的)?\s*(?P<a>\d+)\s*(?:人|名|份|个|户|家|位)[^,，。;；]{0,24}?中"
    r"|(?<![\d.])(?P<f>\d+)\s*(?:人|名|份|户|家|位|例)(?:受访者|调查对象|样本|患者)?中"
    r"|(?:有效回答|回答|作答|填答)(?:此题|该题|本题|这一问题|这个问题)?(?:的)?(?:共|有|人数为)?\s*(?P<b>\d+)\s*(?:人|名|份)"
    r"|[(（](?:[^()（）。\d]{1,8}[,，、;；]\s*)?[nN]\s*[=＝]\s*(?P<c>\d+)\s*[)）]"
    r"|(?:本题)?有效填写人次\s*[:：]?\s*(?P<d>\d+)"
    r"|(?<![\d.])(?P<e>\d+)\s*(?:名|位)[\u4e00-\u9fff]{1,10}?中"
    # a group's size in brackets after its name: "18至34岁的受访者(287人)中", "35至54岁受访者(420人)支持率为56.4%"
    r"|(?<=[\u4e00-\u9fff])[(（]\s*(?P<g>\d+)\s*(?:人|名|位|户)\s*[)）](?:中)?"
    # a count of things that the sentence's shares are of: "全县218个村(社区)中", "在全市56所学校中"
    r"|(?<![\d.])(?P<h>\d+)\s*(?:个|所|家)[\u4e00-\u9fff]{1,6}(?:[(（][\u4e00-\u9fff]{1,6}[)）])?中"
)
#: A declaration of the base of the shares that follow: "以下比例均以412份有效问卷为基数", "百分比均按有效样本386人计算".
DECLARED_BASE = re.compile(r"(?:比例|百分比|占比|比重)(?:均|都|皆|一律)?(?:以|按)\s*[\u4e00-\u9fff]{0,6}?(?P<n>\d+)\s*(?:份|人|名|户)?"
                           r"[\u4e00-\u9fff]{0,8}?(?:为基数|为分母|计算)")
#: A noun phrase before 中 ("机关事业单位党员中"): the sub-population a share is of.
_SUBGROUP_NAME = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:当|之)?中")
#: Words that point back to a group named in the sentence before ("这些家庭中", "上述人员中").
_BACK_REFERENCE = re.compile(r"这些|上述|该部分|这部分|他们|她们|其中")
#: Words and marks that open a clause before its subject ("其中,", "而", "另外").
_LEAD_CONNECTIVES = re.compile(r"^(?:[\s,，;；:：、]|其中|而且|而|另外|此外|同时|其次|再次|最后|但|且)+")
#: Words that stand before a count but name no category of people.
_NOT_NOUNS = frozenset(("其中", "共有", "分别", "合计", "总计", "一共", "共计", "总共", "约有", "达到", "超过"))
_HAN = re.compile(r"[\u4e00-\u9fff]+")
#: Nouns of the survey's respondents as a whole (and their tails): a sub-population is named by what comes before them.
_WHOLE_SAMPLE_NOUNS = frozenset(w[i:] for w in ("受访者", "被访者", "被调查者", "受调查者", "调查对象", "受访群众", "受访居民", "样本")
                                for i in range(len(w) - 1))
#: The noun right before a count ("60岁以上党员412名" -> 党员).
_NOUN_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,4})(?:共|有|为|计|达)?\s*$")
#: Words between a population's noun and its count ("党员共412名"), and between a sub-population and its count.
_POPULATION_GLUE = "共有计为达 "
_SUBGROUP_GLUE = "有共计为:："
_LONGEST_NOUN = 12


@dataclass(frozen=True)
class Base:
    """A candidate base: ``n``, where it comes from (``kind``, a key of :data:`RANK`), the evidence."""

    n: int
    kind: str
    evidence: str

    @property
    def source(self) -> str:
        """The ``base_evidence`` prefix: stated, sample, item, issued, other."""
        return {"valid": "sample", "returned": "sample", "people": "sample", "range": "other", "subgroup": "stated", "page": "other",
                "smallest": "other", "derived": "other", "answered": "stated", "arm": "stated", "recap": "other"}.get(self.kind, self.kind)

    def describe(self) -> str:
        return f"{self.source}: {self.evidence}"


def same_unit(a: str, b: str) -> bool:
    """Do two counts count the same kind of thing (the same unit, or people in any unit)?"""
    return a == b or (a in PEOPLE_UNITS and b in PEOPLE_UNITS)


def near(text: str, span: tuple[int, int], width: int = 8) -> str:
    """A number with the words just before it, for an explanation."""
    start, end = span
    return text[max(0, start - width) : end].lstrip(",，;；。")


def stated_bases(text: str, lo: int, hi: int) -> list[Base]:
    """The bases stated in ``text[lo:hi]`` ("在310人中", "(n=45)", "有效回答80人" …)."""
    out = []
    for m in STATED_BASE.finditer(text, lo, hi):
        digits = next(g for g in m.groups() if g)
        if len(digits) <= 9 and int(digits) > 0:
            out.append(Base(int(digits), "stated", m.group(0).strip()))
    return out


def _unit_class(unit: str) -> str:
    return "people" if unit in PEOPLE_UNITS else unit


class BaseIndex:
    """What base inference looks up, indexed once per text (see the module's notes).

    Built by :meth:`of` and kept on the claim list, so every group of a text
    shares it.
    """

    def __init__(self, rows: ClaimList) -> None:
        self.rows = rows
        text = rows.text
        samples = sorted(rows.samples, key=lambda s: s.start)  # find_samples gives them in this order already
        self.samples = samples
        self.starts = [s.start for s in samples]
        self.longest = max((s.end - s.start for s in samples), default=0)
        # the most recent sample of each size before each sample, most recent first (at most MAX_SAMPLE_SIZES sizes)
        recent: list[tuple[Sample, ...]] = [()]
        lru: OrderedDict[int, Sample] = OrderedDict()
        for s in samples:
            lru[s.n] = s
            lru.move_to_end(s.n, last=False)
            while len(lru) > MAX_SAMPLE_SIZES:
                lru.popitem()
            recent.append(tuple(lru.values()))
        self._recent = recent
        self._by_rank = self._distinct(sorted(samples, key=lambda s: (RANK.get(s.kind, 9), s.start)))[:MAX_SAMPLE_SIZES]
        self.first_of_each_size = self._distinct(samples)
        self.max_n = max((s.n for s in samples), default=0)
        self.first_valid = next((s.n for s in samples if s.kind == "valid"), None)
        every = sorted(samples, key=lambda s: (RANK.get(s.kind, 9), s.start))
        self._last_by_rank = every[-1] if every else None
        by_kind: dict[str, dict[int, list[Sample]]] = {}
        for s in samples:
            by_kind.setdefault(s.kind, {}).setdefault(s.n, []).append(s)
        self._by_kind = {kind: {n: (ss, [s.start for s in ss]) for n, ss in sizes.items()} for kind, sizes in by_kind.items()}
        # counts of people (and households, forms …) with the words right before them, for sub-populations and populations
        people = PEOPLE_UNITS | {"户", "家", "个", "份"}
        self._subgroups: dict[str, list[tuple[int, int, int]]] = {}  # noun -> [(first start, claim, n)], one per n
        self._populations: dict[tuple[str, str], list[tuple[int, int, int]]] = {}  # (noun, unit class) -> [(first start, claim, n)]
        seen_sub: dict[str, set[int]] = {}
        seen_pop: dict[tuple[str, str], set[int]] = {}
        for j, row in enumerate(rows):
            if row["kind"] != "count":
                continue
            start = rows.positions[j][0]
            unit = rows.units[j]
            before = text[max(0, start - _LONGEST_NOUN - 4) : start]
            if unit in people:
                stripped = before.rstrip(_SUBGROUP_GLUE)
                if len(before) - len(stripped) <= 2:
                    n = whole(row["value"])
                    if n:
                        for length in range(2, _LONGEST_NOUN + 1):
                            if len(stripped) >= length:
                                noun = stripped[-length:]
                                if n not in seen_sub.setdefault(noun, set()):
                                    seen_sub[noun].add(n)
                                    self._subgroups.setdefault(noun, []).append((start, j, n))
            if not rows.is_sample(j):
                stripped = before.rstrip(_POPULATION_GLUE)
                n = whole(row["value"])
                if len(before) - len(stripped) <= 1 and len(stripped) >= 2 and n:
                    key = (stripped[-2:], _unit_class(unit))
                    if n not in seen_pop.setdefault(key, set()):
                        seen_pop[key].add(n)
                        self._populations.setdefault(key, []).append((start, j, n))

    @classmethod
    def of(cls, rows: ClaimList) -> BaseIndex:
        """The index of ``rows``, built on first use and kept (rebuilt if the claims or samples changed)."""
        index = getattr(rows, "_base_index", None)
        if index is None or index.rows is not rows or index._size != (len(rows), len(rows.samples)):
            index = cls(rows)
            index._size = (len(rows), len(rows.samples))
            rows._base_index = index
        return index

    @functools.cached_property
    def declared(self) -> list[tuple[int, int, str]]:
        """The text's declarations of the base of its shares ("以下比例均以412份有效问卷为基数"), ``(end, n, words)``."""
        text = self.rows.text
        if "基数" not in text and "分母" not in text and "计算" not in text:
            return []
        return [(m.end(), int(m.group("n")), m.group(0)) for m in DECLARED_BASE.finditer(text) if 0 < len(m.group("n")) <= 9 and int(m.group("n"))]

    def declared_before(self, pos: int) -> tuple[int, str] | None:
        """The last declaration of the shares' base before ``pos``: ``(n, words)``."""
        found = [(n, words) for end, n, words in self.declared if end <= pos]
        return found[-1] if found else None

    @staticmethod
    def _distinct(samples) -> list[Sample]:
        seen, out = set(), []
        for s in samples:
            if s.n not in seen:
                seen.add(s.n)
                out.append(s)
        return out

    # --- sample statements --------------------------------------------------------------------------------

    def _before(self, pos: int) -> tuple[int, list[Sample]]:
        """``k`` such that the samples that end by ``pos`` are ``samples[:k]`` less the few returned (those that span ``pos``)."""
        k = bisect_left(self.starts, pos)
        spanning = []
        j = k - 1
        while j >= 0 and self.samples[j].start >= pos - self.longest:
            if self.samples[j].end > pos:
                spanning.append(self.samples[j])
            j -= 1
        return k, spanning

    def samples_before(self, pos: int) -> list[Sample]:
        """The sample statements that can be the base of a number at ``pos``, the likeliest first, one per size.

        The latest statement before ``pos`` and those of its sentence and the
        sentence before come first ("发放问卷600份,回收587份,其中有效571份":
        valid, returned, people, issued in that order), then the earlier ones,
        nearest first: a report that surveys a second group ("对45名村书记进行了
        问卷调查") states its own sample just before.  With none before, those after.
        """
        k, spanning = self._before(pos)
        before = [s for s in self.samples[:k] if s not in spanning] if spanning else None
        last = (before[-1] if before else None) if before is not None else (self.samples[k - 1] if k else None)
        if last is None:
            return list(self._by_rank)
        first_sentence = span_at(self.rows.sentences, last.start)
        prev = span_at(self.rows.sentences, max(first_sentence[0] - 1, 0))
        a = bisect_left(self.starts, prev[0])
        if before is not None and any(s.start < prev[0] for s in spanning):
            # a statement that spans pos and starts before the cluster: the plain scan, as rare as it is
            cluster = [s for s in before if s.start >= prev[0]]
            rest = self._distinct(s for s in reversed(before) if s.start < prev[0])
        else:
            cluster = [s for s in self.samples[a:k] if s not in spanning]
            rest = list(self._recent[a])
        return sorted(cluster, key=lambda s: (RANK.get(s.kind, 9), -s.start)) + rest

    def last_sample_before(self, pos: int) -> Sample | None:
        """The last of every sample statement :meth:`samples_before` would give ``pos`` if it kept repeated sizes:
        the earliest statement of the text when there are statements before the latest sentences, else the least
        likely of those sentences' statements."""
        k, spanning = self._before(pos)
        last = next((self.samples[j] for j in range(k - 1, -1, -1) if self.samples[j] not in spanning), None)
        if last is None:
            return self._last_by_rank
        first_sentence = span_at(self.rows.sentences, last.start)
        prev = span_at(self.rows.sentences, max(first_sentence[0] - 1, 0))
        a = bisect_left(self.starts, prev[0])
        first = next((self.samples[j] for j in range(a) if self.samples[j] not in spanning), None)
        if first is not None:
            return first
        cluster = sorted((s for s in self.samples[a:k] if s not in spanning), key=lambda s: (RANK.get(s.kind, 9), -s.start))
        return cluster[-1]

    def samples_in(self, lo: int, hi: int) -> list[Sample]:
        """The sample statements that start in ``[lo, hi)``."""
        return self.samples[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def nearest_of_each_size(self, kind: str, pos: int) -> list[Sample]:
        """For each size stated by a statement of ``kind``: the statement nearest ``pos`` (the first at a tie)."""
        out = []
        for ss, starts in self._by_kind.get(kind, {}).values():
            k = bisect_left(starts, pos)
            best = None
            for j in (k - 1, k):
                if 0 <= j < len(ss) and (best is None or abs(ss[j].start - pos) < abs(ss[best].start - pos)):
                    best = j
            # the first of equally near statements: an equal distance further back wins only if it comes first
            if best is not None and best > 0 and abs(ss[best - 1].start - pos) == abs(ss[best].start - pos):
                best -= 1
            out.append(ss[best])
        return out

    # --- populations named earlier --------------------------------------------------------------------------------

    def subgroup_counts(self, noun: str, lo: int) -> list[tuple[int, int]]:
        """``(claim, n)`` of the counts before ``lo`` printed right after ``noun`` ("机关事业单位党员158人"), the first of each n."""
        return self._first_before(self._subgroups.get(noun), lo)

    def population_counts(self, noun: str, unit: str, lo: int) -> list[tuple[int, int]]:
        """``(claim, n)`` of the counts before ``lo`` (not sample statements) in ``unit`` printed right after the
        two-character ``noun`` ("党员1134名"), the first of each n."""
        return self._first_before(self._populations.get((noun, _unit_class(unit))), lo)

    @staticmethod
    def _first_before(found: list[tuple[int, int, int]] | None, lo: int) -> list[tuple[int, int]]:
        if not found:
            return []
        return [(j, n) for _, j, n in found[: bisect_left(found, (lo,))]]


def subgroup_bases(rows: ClaimList, lo: int, first: int) -> list[Base]:
    """Bases printed before the sentence: a sub-population named again ("机关事业单位党员158人" …
    "机关事业单位党员中…占72.15%"), or the group a back-reference points to ("受访户中有320户…。这些家庭中…")."""
    text = rows.text
    index = BaseIndex.of(rows)
    lead = text[lo:first]
    out = []
    for m in _SUBGROUP_NAME.finditer(lead):
        name = m.group(1)
        for cut in range(0, max(1, len(name) - 1)):
            noun = name[cut:]
            if len(noun) < 2 or noun in _WHOLE_SAMPLE_NOUNS:
                break  # "在支持新规的受访者中" is not "男性受访者587人": the noun they share names the whole sample
            for j, n in index.subgroup_counts(noun, lo):
                out.append(Base(n, "subgroup", f"{noun}{rows[j]['reported']}{rows.units[j]}, printed earlier"))
            if out:
                return out
    # "其中,男性三个年龄段的比例分别为…;女性分别为…": a category printed earlier with its count ("男性400人") opens the clause
    # the words right before the shares (";女性分别为"), then the clause's first words ("其中,男性三个年龄段…")
    for segment in dict.fromkeys((re.split(r"[,，;；]|\d[%％]", lead)[-1], lead)):
        opening = _LEAD_CONNECTIVES.sub("", segment)
        for length in range(min(6, len(opening)), 1, -1):
            noun = opening[:length]
            if noun in _NOT_NOUNS or noun in _WHOLE_SAMPLE_NOUNS or not _HAN.fullmatch(noun):
                continue
            for j, n in index.subgroup_counts(noun, lo):
                out.append(Base(n, "subgroup", f"{noun}{rows[j]['reported']}{rows.units[j]}, printed earlier"))
            if out:
                return out
    if _BACK_REFERENCE.search(lead):
        prev = span_at(rows.sentences, max(lo - 1, 0))
        people = PEOPLE_UNITS | {"户", "家", "个", "份"}
        for j in rows.between(prev[0], lo):
            if rows[j]["kind"] == "count" and rows.units[j] in people and not rows.is_sample(j):
                n = whole(rows[j]["value"])
                if n:
                    out.append(Base(n, "subgroup", f"{near(text, rows.positions[j])}, the group the sentence refers back to"))
    return out


def population_bases(rows: ClaimList, g: Group, lo: int) -> list[Base]:
    """A population printed earlier whose noun the question's counts share ("全镇党员1134名" … "党员412名,占36.33%")."""
    text = rows.text
    index = BaseIndex.of(rows)
    nouns = set()
    for c, _ in g.pairs:
        m = _NOUN_BEFORE.search(text, max(0, rows.positions[c][0] - 6), rows.positions[c][0])
        if m:
            nouns.add((m.group(1)[-2:], rows.units[c]))
    out = []
    for noun, unit in nouns:
        for j, n in index.population_counts(noun, unit, lo):
            out.append(Base(n, "stated", f"{near(text, rows.positions[j])}, the population named earlier"))
    return out


#: A sub-population named by what its members did or said, not by a count: "在支持新规的受访者中", "在反对者中",
#: "这部分受访者中" (a back-reference to the share just before).
SUBPOPULATION = re.compile(
    r"(?:(?P<back>这部分|该部分|这些|上述|此类)[\u4e00-\u9fff]{0,6}?|在(?P<what>[^,，;；。:：%％\d“”\s]{2,20}?))"
    r"(?:受访者|被访者|被调查者|调查对象|人群|群体|人员|网民|市民|居民|群众|同学|学生|老人|患者|职工|教师|家长|农户|村民|党员|干部|用户|"
    r"家庭|人|者)(?:当|之)?中"
)
#: Words too common to tie a sub-population to the share that defines it.
_COMMON_WORDS = frozenset(("认为", "表示", "受访", "访者", "调查", "选择", "觉得", "的受", "的人", "没有", "一个", "其中"))
#: Characters that negate the word after them ("从未使用过", "没有参加", "不满意").
_NEGATIONS = frozenset("未没不无非")
#: The most bases a share's rounding leaves for its count (beyond it, the count is too loosely known to be a base).
_MAX_DERIVED = 40
_CLAUSE_MARK = re.compile(r"[,，;；。!?！？]")


def _clause_around(text: str, start: int, end: int) -> str:
    """The comma-clause of the number at ``start:end``."""
    lo = max((m.end() for m in _CLAUSE_MARK.finditer(text, max(0, start - 40), start)), default=max(0, start - 40))
    m = _CLAUSE_MARK.search(text, end, min(len(text), end + 40))
    return text[lo : m.start() if m else min(len(text), end + 40)]


def _longest_common(a: str, b: str) -> str:
    best = ""
    for i in range(len(a)):
        for j in range(i + len(best) + 1, len(a) + 1):
            if a[i:j] in b:
                best = a[i:j]
            else:
                break
    return best


def derived_bases(rows: ClaimList, lo: int, hi: int) -> list[Base]:
    """The count of an earlier share that ``text[lo:hi]`` names as the population of the shares after it
    ("63.2%的受访者表示支持新规…在支持新规的受访者中,…占68.4%": the 763 or 764 of the 1208 that 63.2% can be).

    The earlier share is the one just before for a back-reference ("这部分受访者中"), else the one whose clause shares the
    longest run of words (two characters or more) with the sub-population's name; it must have a whole base already.
    Every count its rounding allows is a candidate; none is ever established by the reference alone."""
    text = rows.text
    found = max(SUBPOPULATION.finditer(text, lo, hi), key=lambda m: m.start(), default=None)  # the last, nearest the shares
    if found is None:
        return []
    before = [j for j in rows.between(max(0, found.start() - 400), found.start()) if rows[j]["kind"] == "percent" and rows[j]["base"] is not None and whole(rows[j]["base"])]
    parent = None
    if found.group("back"):
        parent = before[-1] if before and found.start() - rows.positions[before[-1]][1] <= 60 else None
    else:
        what = found.group("what").rstrip("的")
        best = 1
        for j in reversed(before):
            clause = _clause_around(text, *rows.positions[j])
            common = _longest_common(what, clause)
            at = clause.find(common)
            if at > 0 and clause[at - 1] in _NEGATIONS and clause[at - 1] not in what:
                continue  # "在使用过的同学中" is not "从未使用过的占62.58%": the clause negates what the name says
            if len(common) > best and common not in _COMMON_WORDS:
                best, parent = len(common), j
    if parent is None:
        return []
    n = whole(rows[parent]["base"])
    value = rows[parent]["value"]
    half = Fraction(1, 2 * 10 ** (len(value.split(".")[1]) if "." in value else 0))
    low, high = (Fraction(value) - half) * n / 100, (Fraction(value) + half) * n / 100
    if high - low > _MAX_DERIVED:
        return []
    ks = [k for k in range(max(1, math.floor(low)), min(n, math.ceil(high)) + 1) if share_fits(k, n, value)]
    if not ks or len(ks) > _MAX_DERIVED:
        return []
    return [Base(k, "derived", f"{k} of {n}: the {rows[parent]['reported']} of “{_clause_around(text, *rows.positions[parent]).strip()}” "
                 f"that “{found.group(0)}” names") for k in ks]


#: A share said to be of those who answered: "在作答的学生中", "占有效样本的", "有效回答者中".
_ANSWERED = re.compile(r"(?:作答|回答|填答|答题|填写)(?:此题|该题|本题)?的[\u4e00-\u9fff]{0,4}?中|有效(?:样本|回答|作答|填答)(?:者|人数)?(?:中|的)")
#: Those who did not answer, counted: "有9名学生未作答此题", "9份问卷未填写".
_UNANSWERED = re.compile(r"(?<![\d.])(\d{1,6})\s*(?:名|人|份|位)[\u4e00-\u9fff]{0,6}?(?:未作答|未回答|未填答|未填写|没有回答|没有作答|拒答|未答)")


def answered_bases(rows: ClaimList, lo: int, hi: int) -> list[Base]:
    """The number who answered, where ``text[lo:hi]`` says a share is of them ("在作答的学生中", "占有效样本的"): the 有效
    合计 of a frequency table just before, or the sample less those the text counts as not answering ("有9名学生未作答")."""
    text = rows.text
    found = _ANSWERED.search(text, lo, hi)
    if found is None:
        return []
    phrase = found.group(0)
    tables = [g for g in rows.groups if g.kind == "frequencies" and g.end <= found.start() and found.start() - g.end <= 300]
    if tables:
        t = tables[-1].table
        total = next(iter(t.part("valid_total")), None)
        cell = t.cell(total, "count") if total is not None else None
        if cell is not None and t.part("missing") and whole(cell[2]):
            return [Base(whole(cell[2]), "answered", f"{phrase}: the {cell[2]} who answered (the 有效 合计 of the table before)")]
    prev = span_at(rows.sentences, max(span_at(rows.sentences, found.start())[0] - 1, 0))
    missing = list(_UNANSWERED.finditer(text, prev[0], found.start()))
    if missing:
        m = missing[-1]
        sample = next(iter(BaseIndex.of(rows).samples_before(m.start())), None)
        if sample is not None and int(m.group(1)) < sample.n:
            n = sample.n - int(m.group(1))
            return [Base(n, "answered", f"{phrase}: {sample.n} ({sample.text.strip()}) less the {m.group(0)}, {n}")]
    return []
