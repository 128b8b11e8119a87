"""The question kind's group and its finder: the answers of one question in a sentence or a run of clauses."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction

from ...bases import PEOPLE_UNITS, SUBPOPULATION, Base, stated_bases, subgroup_bases
from ...grouping import Scan
from ...papers import arm_before
from ...records import ClaimList, Group, clause_start, span_at
from ...shares import rounding_slack
from ..form import Form

#: Answers of the common scales of Chinese questionnaires, and of the breakdowns.
OPTION_WORDS = (
    "非常满意 比较满意 基本满意 不太满意 不满意 很不满意 满意 一般 好 较好 很好 比较好 较差 很差 差 非常同意 比较同意 同意 不同意 "
    "赞成 反对 非常了解 比较了解 了解 不了解 清楚 不清楚 愿意 不愿意 非常重要 重要 不重要 经常 偶尔 从不 有时 "
    "真实 比较真实 基本真实 不真实 优秀 称职 基本称职 不称职 良好 合格 不合格 男性 女性 男 女"
).split()
_SCALE_OPTIONS = re.compile("|".join(sorted(OPTION_WORDS, key=len, reverse=True)))
#: A clause that opens a new subject, hence a new question.
_NEW_SUBJECT = re.compile(
    r"[\s,，]*(?:而|另外|此外|同时|其次|再次|最后)?[\s,，]*"
    r"(?:对于|对|关于|问及|问到|当问|针对|在“|在\S{1,12}?方面|在\S{1,12}?问题上|就|从\S{1,12}?(?:看|来看|上看|分析)|按\S{1,8}?(?:分|划分|统计)|分\S{1,6}?看"
    r"|(?:而|但|另)?[\u4e00-\u9fff]{0,10}?(?:党员|干部|群众|人员|者|户|家庭|学生|居民|农户|职工|教师|家长|对象|群体|单位|企业)(?:当)?中)"
)
#: A group's size in brackets, as :func:`~dangjian.engine.bases.stated_bases` gives its evidence: "(1012人)".
_BRACKET_SIZE = re.compile(r"[(（]\s*\d+\s*(?:人|名|位|户)\s*[)）]")
#: A share said to be of all the survey's respondents: "占全部受访老人的", "占受访者总数的", "占调查总人数的", "占样本总数的".
OF_WHOLE_SAMPLE = re.compile(
    r"占(?:了)?(?:全部|所有|全体|本次)?(?:受访|被调查|被访|调查|参与调查的|参加调查的|样本)[\u4e00-\u9fff]{0,3}?(?:总数|总人数|人数|总量)?的?"
    r"(?:比例|比重)?(?:为|达|是)?\s*$")
#: A share said to be of a group the text names, not the whole sample: "占受伤者的23.71%", "占快递员的16.37%" (a name of the
#: whole sample is :data:`OF_WHOLE_SAMPLE`'s, tried first).
OF_NAMED = re.compile(r"占(?:了)?(?P<name>[\u4e00-\u9fff]{2,10}?)(?:总数|总人数|人数)?的(?:比例|比重)?(?:为|达|是)?\s*$")
#: Words that name the whole sample in a share's 占…的 ("有效样本", "参与调查的人数", "回收问卷").
_SAMPLE_NAME = re.compile(r"样本|受访|被访|被调查|调查对象|问卷|答卷|全体|全部|所有|总人数|调查")
#: A flattened table's total row, its count before its share: "合计552 100%", "总计 1 236 100.0%".
_TOTAL_ROW = re.compile(r"(?:合计|总计|共计|总体|合 计)\s*[:：]?\s*\d{1,3}(?:[ ,]?\d{3})*\s*$")
#: A clause that names the whole sample again after a sub-population's: "受访者占18.9%", "全体学生中".
_WHOLE_SAMPLE_AGAIN = re.compile(r"受访者|被访者|被调查者|调查对象|全体|全部|所有")
#: The whole sample's rate after its groups' ("城区受访者…52.4%,郊县受访者…47.2%,总体为55.3%"), right before the share.
OVERALL = re.compile(r"[,，;；]\s*(?:总体|整体|全体|总的来看|总体来看|总体上|合计|全市|全县|全区)(?:而言|来看|看)?(?:为|是|达|达到|占)?\s*$")
#: A share compared with another group's, which it follows: "高于<2 h者的48.45%", "低于对照组的30.43%", "女生(54.39%)高于男生(49.50%)".
_COMPARED_WITH = re.compile(r"(?:高于|低于|多于|少于|超过|不及|优于|差于)[^,，;；。%％()（）]{1,14}?(?:的|[(（])\s*$")
#: A share that sums others of its question ("两项合计占67.74%"): not an answer of its own.
_SUBTOTAL = re.compile(r"(?:合计|共计|总计|累计|两项合计|两者合计|二者合计|三项合计|以上两项|合起来|加起来)(?:共)?(?:占|为|达|是)?\s*$")
#: Two shares of one measure at two times ("由45.2%提高到48.4%"): not answers to add up.
_OVER_TIME = re.compile(r"(?:由|从)\s*\d+(?:\.\d+)?%\s*(?:提高|增长|增加|上升|下降|降低|减少|提升|降)(?:到|至)"
                        r"|(?<![\d.])\d+(?:\.\d+)?%\s*(?:提高|增长|增加|上升|下降|降低|减少|提升)(?:到|至)")
_LABEL_TAIL = re.compile(r"[“\"'「]?([\u4e00-\u9fff]{1,8}?)[”\"'」]?(?:的|者)?(?:人|人数)?(?:有|为|占|是|达|共)?[\s,，:：]*(?:占|为|比例为|占比为|占比)?\s*$")
_LEAD_WORDS = re.compile(r"^(?:认为|选择|表示|觉得|其中|回答|对此|而|另有|有)+")
#: The widest range of bases a search tries (a sample of millions is no survey's).
_MAX_RANGE = 5000


@dataclass(frozen=True)
class QuestionDecision:
    """The base of a question and what it explains: the shares of its pairs and its bare shares that fit
    ``base`` under ``mode``, the candidates tried, and whether the base is known well enough to accuse a misfit."""

    base: Base
    mode: str
    pairs: frozenset[int]
    bare: frozenset[int]
    candidates: tuple[Base, ...]
    established: bool
    form: Form = Form(False, "")
    #: what the answers' counts must add up to (:func:`_total_of`)
    total: str | None = None
    #: no base up to the question's own fits every share together; the smallest above it that does, if any
    no_common_base: bool = False
    above: tuple[int, str] | None = None
    #: the share is the rate of the group whose size its clause states ("女性受访者621人,支持率为64.9%"): its base by definition
    rate_of_group: bool = False

    @property
    def explained(self) -> frozenset[int]:
        return self.pairs | self.bare


@dataclass(eq=False)
class QuestionGroup(Group):
    """A question: ``markers`` of its form, ``subtotals`` (shares that sum others), ``lead`` (where the text that
    may state its base begins; ``None`` for its sentence's start), ``rate_word`` (a named rate such as 满意率
    that is a question of its own), and the :class:`QuestionDecision` once its base is chosen."""

    kind: str = "question"
    markers: set[str] = field(default_factory=set)
    subtotals: set[int] = field(default_factory=set)
    lead: int | None = None
    rate_word: str = ""
    decision: QuestionDecision | None = None
    form: Form | None = None
    #: counts whose share lost its digits ("44 人(%)"): answers of the question, judged against its base only
    orphans: list[int] = field(default_factory=list)
    #: a lone share that adds up answers of the question before ("其中月消费500元以上的学生达到53.3%"): that question and the parts
    part_of: tuple[QuestionGroup, list[int]] | None = None
    #: a lone share that adds up answers of an earlier platform block, named by the text ("经常或偶尔就餐的老人合计占64.21%"):
    #: the block, its rows and their names (:func:`dangjian.engine.kinds.platform.option_union`)
    union: tuple | None = None
    #: opened by a sub-population ("这部分受访者中": ``"sub"``, the question runs on until a clause names the whole sample
    #: again) or by a share of another group or of the whole sample (``"clause"``: it ends with its clause)
    scoped: str = ""
    #: the group a share is said to be of, by name, other than the whole sample ("占受伤者的23.71%": 受伤者)
    named: str = ""
    #: the base of a share that a list "A、B和C中分别为…" gives it, each name sized earlier ("35岁以下家长(687人)")
    fixed: object = None


def shares_of(g: QuestionGroup) -> list[int]:
    """The answer shares of a question, in text order (its subtotals left out)."""
    return sorted(s for s in [s for _, s in g.pairs] + g.bare if s not in g.subtotals)


# --- finding ------------------------------------------------------------------------------------------------


def find(scan: Scan) -> None:
    """The questions of one sentence (shares a rate finder took are left out, and end the question before them)."""
    rows, text = scan.rows, scan.rows.text
    lo, hi = scan.sentence
    current: QuestionGroup | None = None
    last_clause = None
    last_end = None
    questions: list[QuestionGroup] = []
    for i in scan.members:
        if rows[i]["kind"] == "count" and current is not None and _orphan_count(rows, scan, i):
            # "认为效果不明显的44人(%)": the share lost its digits, its count is still an answer of the question
            current.members.append(i)
            current.orphans.append(i)
            scan.used.add(i)
            continue
        if rows[i]["kind"] != "percent":
            continue
        if i in scan.used:  # a rate of its own (dangjian.engine.kinds.rate): the question before it ends there
            current = None
            continue
        start, end = rows.positions[i]
        clause = span_at(scan.clause_spans, start)
        fresh = clause != last_clause and last_clause is not None
        opens = fresh and (_NEW_SUBJECT.match(text, clause[0]) or stated_bases(text, clause[0], start))
        # ",女性分别为9.79%": a category printed earlier with its count ("女性572人") opens a question of its own
        lead_from = None
        subtotal = _SUBTOTAL.search(text, max(lo, start - 8), start) is not None  # "满意和基本满意合计86.98%": the question's own
        if current is not None and not opens and last_end is not None and not subtotal and (
                _opens_with_subgroup(rows, last_end, start, current)
                # ",<2 h的1734名学生中近视916名(52.83%)": a group's size stated between two shares opens the group's own question
                # ",35-44岁家长(1 012人)为70.4%": so does a group's size in brackets after its name
                or any(b.evidence.endswith("中") or _BRACKET_SIZE.fullmatch(b.evidence) for b in stated_bases(text, last_end, start))):
            opens, lead_from = True, last_end
        # "…41.6%的受访者骑行过,这部分受访者中有35.4%…": a sub-population of the share before opens a question, which runs on
        # until a clause names the whole sample again; a share of another group or of the whole sample opens one for its clause
        sub = SUBPOPULATION.search(text, last_end if last_end is not None and last_end > clause[0] else clause[0], start)
        scope = "sub" if sub is not None else "clause"
        if sub is None and last_end is not None:
            sub = _COMPARED_WITH.search(text, max(last_end, start - 24), start)  # "高于<2 h者的48.45%": another group's share
        if sub is None:
            sub = OF_WHOLE_SAMPLE.search(text, max(clause[0], start - 24), start)  # "…的老人占全部受访老人的41.10%": a question of its own
        named = ""
        if sub is None:
            # "其中获得工伤认定的仅23人,占受伤者的23.71%": a share of a group named by the text, not of the sample
            sub = OF_NAMED.search(text, max(clause[0], start - 16), start)
            if sub is not None and _SAMPLE_NAME.search(sub.group("name")):
                sub = None  # "占有效样本的39.5%": the sample, by another of its names
            named = sub.group("name") if sub is not None else ""
        if sub is None and last_end is not None:
            sub = OVERALL.search(text, max(last_end, start - 12), start)  # ",总体为55.3%": the whole sample's rate after its groups'
        if current is not None and sub is not None and not opens:
            opens, lead_from = True, sub.start()
        elif current is not None and fresh and (current.scoped == "clause" or (current.scoped == "sub" and _WHOLE_SAMPLE_AGAIN.search(text, clause[0], start))):
            opens = True  # "…这部分受访者中有35.4%…;表示每周都会骑行的受访者占18.9%": the clause is of the whole sample again
        if current is None or opens:
            current = QuestionGroup(start=clause[0] if lead_from is None else lead_from, end=clause[1], markers=set(scan.markers),
                                    lead=lo if current is None and not questions else (clause[0] if lead_from is None else lead_from))
            current.scoped = scope if sub is not None else ""
            current.named = named
            scan.add(current)
            questions.append(current)
        last_clause = clause
        last_end = end if i not in scan.pairs else max(end, rows.positions[scan.pairs[i]][1])
        current.end = max(current.end, end)
        if _SUBTOTAL.search(text, max(lo, start - 8), start) or _TOTAL_ROW.search(text, max(lo, start - 14), start):
            current.subtotals.add(i)
        if i in scan.pairs:
            c = scan.pairs[i]
            current.members += [c, i]
            current.pairs.append((c, i))
            scan.used.update((c, i))
        else:
            current.members.append(i)
            current.bare.append(i)
            scan.used.add(i)
    for g in questions:
        for part in _split_at_hundred(rows, g):
            if part is not g:
                scan.add(part)
        for part in _split_by_arm(rows, lo, g):
            scan.add(part)
        for part in _split_respectively(rows, lo, g):
            scan.add(part)


#: A share that lost its digits right after a count: "44 人(%)", "44人( %)", "44人,占%".
_EMPTY_SHARE = re.compile(r"\s*(?:[(（]\s*[%％]\s*[)）]|[,，]?\s*占\s*[%％])")


def _orphan_count(rows: ClaimList, scan: Scan, c: int) -> bool:
    """Is claim ``c`` a count of people whose share lost its digits right after it ("44 人(%)", or a damaged share
    claim), in its clause, that no other group holds?"""
    if c in scan.used or c in scan.pairs.values() or rows.is_sample(c) or rows.units[c] not in PEOPLE_UNITS:
        return False
    end = rows.positions[c][1]
    if _EMPTY_SHARE.match(rows.text, end):
        return True
    d = c + 1
    return (d < len(rows) and rows[d]["kind"] == "damaged" and len(rows.text[end : rows.positions[d][0]]) <= 3
            and span_at(scan.clause_spans, rows.positions[c][0]) == span_at(scan.clause_spans, rows.positions[d][0]))


def _opens_with_subgroup(rows: ClaimList, lo: int, hi: int, current: QuestionGroup) -> bool:
    """Does ``text[lo:hi]``, between two shares, open with a category printed earlier with its count, other than the one
    the question before is of?"""
    found = subgroup_bases(rows, lo, hi)
    if not found or not any(b.evidence.endswith("printed earlier") for b in found):
        return False
    before = subgroup_bases(rows, current.lead if current.lead is not None else current.start, rows.positions[min(current.members)][0])
    return {b.n for b in found} != {b.n for b in before}


#: "这一比例在35岁以下、35-44岁和45岁及以上家长中分别为54.7%、61.2%和66.0%": the names, then 分别 right before the shares.
_RESPECTIVELY = re.compile(r"(?:在|对)?(?P<names>[^,，。;；:：]{2,60}?)(?:家长|受访者|学生|人员|群体|人群)?(?:中|里|当中)?(?:的比例|比例|的占比)?\s*分别(?:为|是|占|达)\s*$")


def _split_respectively(rows: ClaimList, lo: int, g: QuestionGroup) -> list[QuestionGroup]:
    """A run of bare shares after a list of named groups and 分别 ("在35岁以下、35-44岁和45岁及以上家长中分别为54.7%、61.2%和
    66.0%"), each group sized earlier in the text ("35岁以下家长(687人)"): each share is a question of its own, over its group's
    size.  Returns the new groups (``g`` keeps the shares before the run, or the run's first)."""
    from ...bases import Base

    if g.pairs or len(g.bare) < 2:
        return []
    text = rows.text

    def lead(s: int) -> re.Match | None:
        first = rows.positions[s][0]
        return _RESPECTIVELY.search(text, clause_start(text, first, lo), first)

    hit = next(((k, m) for k, s in enumerate(g.bare) if (m := lead(s)) is not None), None)
    if hit is None:
        return []
    k, m = hit
    run = g.bare[k:]
    names = [n.strip() for n in re.split(r"、|和|与|以及|及(?!以[上下])", re.sub(r"^(?:这一比例|该比例|这一数字)?\s*(?:在|对)?", "", m.group("names")))]
    run = run[: len(names)]
    if len(names) != len(run) or len(run) < 2 or any(len(n) < 2 for n in names):
        return []
    bases = []
    for name in names:
        sized = list(re.compile(re.escape(name) + r"[^,，。;；\d]{0,8}?[(（]\s*(\d{1,6})\s*(?:人|名|户|位)\s*[)）]").finditer(text, 0, lo))
        if len(sized) != 1:
            return []
        bases.append(Base(int(sized[0].group(1)), "stated", f"{sized[0].group(0)}, the group 分别 names"))
    keep = g.bare[:k]
    out = []
    for j, (s, base) in enumerate(zip(run, bases, strict=True)):
        part = g if (j == 0 and not keep) else QuestionGroup(start=rows.positions[s][0], end=rows.positions[s][1], markers=g.markers,
                                                              lead=rows.positions[s][0])
        part.pairs, part.bare, part.members, part.subtotals = [], [s], [s], set()
        part.fixed = base
        part.end = rows.positions[s][1]
        if part is not g:
            out.append(part)
    if keep:
        g.bare, g.members = keep, [x for x in g.members if x not in run]
        g.subtotals = {x for x in g.subtotals if x in keep}
        g.end = rows.positions[keep[-1]][1]
    return out


def _split_by_arm(rows: ClaimList, lo: int, g: QuestionGroup) -> list[QuestionGroup]:
    """A run of shares, one per study arm ("观察组发生谵妄5例(10.42%),对照组14例(30.43%)", "观察组发生率为10.42%,低于对照组的
    30.43%"): each arm's shares are a question of their own, over the arm's size.  Returns the new groups (``g`` keeps the
    first arm's)."""
    items = [(c, (c, s)) for c, s in g.pairs] + [(s, s) for s in g.bare]
    if len(items) < 2 or (g.pairs and g.bare):
        return []
    text = rows.text
    arms = [arm_before(text, lo, rows.positions[at][0]) for at, _ in items]
    if None in arms or len(set(arms)) < 2 or any(arms.index(b) < arms.index(a) for a, b in zip(arms, arms[1:])):
        return []
    out = []
    for arm in dict.fromkeys(arms):
        mine = [item for (_, item), a in zip(items, arms, strict=True) if a == arm]
        first, last = (mine[0][0], mine[-1][1]) if g.pairs else (mine[0], mine[-1])
        start = rows.positions[first][0]
        part = g if not out else QuestionGroup(start=start, end=rows.positions[last][1], markers=g.markers, lead=start, rate_word=g.rate_word)
        part.pairs = mine if g.pairs else []
        part.bare = [] if g.pairs else mine
        part.members = [i for c, s in part.pairs for i in (c, s)] + part.bare
        part.subtotals = set()
        part.end = rows.positions[last][1]
        out.append(part)
    return out[1:]


def _split_at_hundred(rows: ClaimList, g: QuestionGroup) -> list[QuestionGroup]:
    """A run of shares that is several breakdowns one after another ("男性…,女性…;35岁以下…"):
    split where the shares so far add up to 100% within rounding, if the whole run adds up to more."""
    shares = shares_of(g)
    if len(shares) < 3 or "multi" in g.markers:
        return [g]
    values = [Fraction(rows[s]["value"]) for s in shares]
    if sum(values) <= 100 + rounding_slack(rows[s]["value"] for s in shares):
        return [g]
    total = Fraction(0)
    for k in range(1, len(shares) - 1):
        total += values[k - 1]
        head = shares[:k]
        if abs(total - 100) <= rounding_slack(rows[s]["value"] for s in head):
            cut = shares[k]
            first = QuestionGroup(start=g.start, end=rows.positions[head[-1]][1], markers=g.markers, lead=g.lead, rate_word=g.rate_word)
            rest = QuestionGroup(start=rows.positions[cut][0], end=g.end, markers=g.markers, lead=g.lead, rate_word=g.rate_word)
            for part, keep in ((first, lambda i: i < cut), (rest, lambda i: i >= cut)):  # noqa: B023 (used at once, inside the loop)
                part.pairs = [(c, s) for c, s in g.pairs if keep(s)]
                part.bare = [s for s in g.bare if keep(s)]
                part.members = [i for c, s in part.pairs for i in (c, s)] + part.bare
                part.subtotals = {s for s in g.subtotals if keep(s)}
            g.pairs, g.bare, g.members, g.subtotals, g.end = first.pairs, first.bare, first.members, first.subtotals, first.end
            return [g, *_split_at_hundred(rows, rest)]
    return [g]


def option_labels(rows: ClaimList, g: QuestionGroup) -> list[str]:
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
