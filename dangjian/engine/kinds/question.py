"""``question``: the answers of one question, one base for all of them.

Finder
    The count/share pairs and bare shares of one sentence, or of a run of
    ;-separated clauses that continue one question; a clause that opens a new
    subject ("对…", "关于…", "在…方面") or states a base of its own starts a
    new group.  A run of shares that is several breakdowns one after another
    ("男性…,女性…;35岁以下…") is split where the shares so far make 100%.
    Markers: multi-select (可多选, 多选, 最多选N项 …), single-select (单选), a
    breakdown of respondents (年龄, 性别, 学历 …), answer-scale options
    (满意, 一般, 较好 …).

Base (:func:`decide`)
    The candidate of :mod:`dangjian.engine.bases` that explains the most
    shares, under the charitable rounding (half up or half down at an exact
    tie) or, as a named assumption, truncation; ties go to a stated base, then
    the valid sample, the group's own sum, the questionnaires returned, the
    people surveyed, the questionnaires issued.  When no candidate explains
    every count/share pair of a question with two pairs or more, every base
    from the largest count to the report's largest sample is tried: one base
    that fits every pair is a finding ("the shares were computed on 298, not
    the 300 valid questionnaires stated, and truncated"), reported as
    ``consistent_if`` with that assumption.  No base is ever smaller than the
    largest count of its group.

Judge (:func:`judge`)
    ``inconsistent`` only when a share breaks the base that fits the rest of
    its question, when a share printed beside its own count fits none of the
    bases the text gives, when a stated base rules out a bare share, when the
    shares of a single-select question add up to more than 100% beyond
    rounding, or when a subtotal named by the text misses its parts.  A base
    that is only inferred never turns a bare share's GRIM failure into an
    accusation: the range of bases that would give the share is reported
    instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from ..bases import RANK, Base, BaseIndex, near, population_bases, stated_bases, subgroup_bases
from ..consistency import fitting_bases, grim_fits, part_of_base, reround
from ..evidence import ESTABLISHED, MAX_BASE, chance_of_fit, common_base, count_range, counts_fit, largest_common_base, page_base
from ..grouping import Scan
from ..judging import make_check, misfit_hints, range_check
from ..records import ClaimList, Group, span_at
from ..results import Check
from ..shares import MODES, exact_share, fit_chance, printed_share, rounding_slack, scaled, share_fits, shifted, whole
from .form import Form, form_of

__all__ = ["QuestionGroup", "QuestionDecision", "find", "decide", "judge", "OPTION_WORDS", "shares_of"]

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
    #: a lone share that adds up answers of the question before ("其中月消费500元以上的学生达到53.3%"): that question and the parts
    part_of: tuple[QuestionGroup, list[int]] | None = None


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
        if current is not None and not opens and last_end is not None and _opens_with_subgroup(rows, last_end, start, current):
            opens, lead_from = True, last_end
        if current is None or opens:
            current = QuestionGroup(start=clause[0] if lead_from is None else lead_from, end=clause[1], markers=set(scan.markers),
                                    lead=lo if current is None and not questions else (clause[0] if lead_from is None else lead_from))
            scan.add(current)
            questions.append(current)
        last_clause = clause
        last_end = end if i not in scan.pairs else max(end, rows.positions[scan.pairs[i]][1])
        current.end = max(current.end, end)
        if _SUBTOTAL.search(text, max(lo, start - 8), start):
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


def _opens_with_subgroup(rows: ClaimList, lo: int, hi: int, current: QuestionGroup) -> bool:
    """Does ``text[lo:hi]``, between two shares, open with a category printed earlier with its count, other than the one
    the question before is of?"""
    found = subgroup_bases(rows, lo, hi)
    if not found or not any(b.evidence.endswith("printed earlier") for b in found):
        return False
    before = subgroup_bases(rows, current.lead if current.lead is not None else current.start, rows.positions[min(current.members)][0])
    return {b.n for b in found} != {b.n for b in before}


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


# --- the base -----------------------------------------------------------------------------------------------


def _candidates(rows: ClaimList, g: QuestionGroup) -> list[Base]:
    text = rows.text
    index = BaseIndex.of(rows)
    lo, hi = span_at(rows.sentences, g.start)
    first = rows.positions[g.members[0]][0]
    lead = lo if g.lead is None else g.lead  # a question after another in the sentence: its own clause only
    out: list[Base] = []
    # stated in the sentence before the first share, or right after the last (问卷星: 本题有效填写人次)
    out += stated_bases(text, lead, first)
    out += [b for b in stated_bases(text, g.end, min(len(text), g.end + 24)) if "填写人次" in b.evidence]
    out += [Base(s.n, "stated", s.text) for s in index.samples_in(lead, first) if s.end <= first]
    out += subgroup_bases(rows, lead, first)
    out += population_bases(rows, g, lo)
    seen = {b.n for b in out}
    for smp in index.samples_before(first):
        if smp.n not in seen:
            out.append(Base(smp.n, smp.kind, smp.text))
            seen.add(smp.n)
    shares = shares_of(g)
    if len(g.pairs) >= 2 and "multi" not in g.markers:
        # item non-response: the question's own answers, if its shares make up a whole (100% within rounding)
        total = sum(whole(rows[c]["value"]) or 0 for c, s in g.pairs if s in shares)
        values = [rows[x]["value"] for x in shares]
        makes_whole = abs(sum(Fraction(v) for v in values) - 100) <= rounding_slack(values) and len(shares) == len(g.pairs) + len(g.bare) - len(g.subtotals)
        if total and total not in seen and makes_whole:
            out.append(Base(total, "item", f"the question's counts add up to {total}"))
            seen.add(total)
    # another whole number of the sentence, not one of the group's ("平均每乡镇发放51份,…40份,占78.43%"):
    # a base only for a share printed with its count
    for j in rows.between(lo, hi) if g.pairs else ():
        row = rows[j]
        if j in g.members or row["kind"] not in ("count", "cell"):
            continue
        n = whole(row["value"])
        if n and n not in seen:
            out.append(Base(n, "other", f"{row['reported']}, printed in the same sentence (“{near(text, rows.positions[j])}”)"))
            seen.add(n)
    return out


def _explain(rows: ClaimList, g: QuestionGroup, base: Base, mode: str) -> tuple[set[int], set[int]]:
    """The pairs' shares and the bare shares of ``g`` that ``base`` explains under ``mode``."""
    pairs = {s for c, s in g.pairs if (k := whole(rows[c]["value"])) is not None and k <= base.n and share_fits(k, base.n, rows[s]["value"], mode)}
    bare = {s for s in g.bare if Decimal(rows[s]["value"]) <= 100 and grim_fits(rows[s]["value"], base.n, mode)}
    return pairs, bare


def _range_search(rows: ClaimList, g: QuestionGroup, low: int, high: int) -> tuple[list[int], str] | None:
    """Bases from ``low`` to ``high`` that fit every pair of ``g`` (and as many bare shares): the smallest set, its mode."""
    if any(whole(rows[c]["value"]) is None for c, _ in g.pairs):
        return None  # "0.5人": a count that is no whole number fits no base
    for mode, _ in MODES:
        found = []
        if high - low > _MAX_RANGE:
            low = high - _MAX_RANGE  # the bases nearest the sample: no report needs a wider search
        for n in range(max(low, 1), high + 1):
            if all(share_fits(whole(rows[c]["value"]), n, rows[s]["value"], mode) for c, s in g.pairs):
                found.append(n)
        if found:
            return found, mode
    return None


def _bare_range_search(rows: ClaimList, g: QuestionGroup, high: int) -> tuple[int, str, list[int]] | None:
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
    for mode, _ in MODES:
        fits = range(low, high + 1)
        for v in values:
            fits = list(fitting_bases(v, fits, mode))
        if not fits:
            continue
        n = fits[-1]
        chance = (high - low + 1)
        for v in values:
            chance *= fit_chance(v, n)
        if chance < 0.01:
            return n, mode, fits[:-1]
    return None


def _range_evidence(ns: list[int], n: int, stated: Base | None, mode: str) -> str:
    others = [v for v in ns if v != n]
    also = f" (also {', '.join(map(str, others[:3]))}{'…' if len(others) > 3 else ''})" if others else ""
    how = "truncated" if mode == "trunc" else "rounded"
    close = f", not the {stated.n} of {stated.describe()}" if stated and stated.n != n else ""
    return f"{n}{also}: the one base that fits every share of the question, {how}{close}; it is printed nowhere"


def _established(rows: ClaimList, g: QuestionGroup, base: Base, explained: set[int]) -> bool:
    """Whether the group's base is known well enough to call a misfit inconsistent."""
    pair_shares = {s for _, s in g.pairs}
    if explained & pair_shares:
        return True
    if base.kind in ("stated", "page"):
        return True
    fits = [s for s in g.bare if s in explained]
    if base.kind == "smallest":
        return len(fits) >= 2 and chance_of_fit([rows[s]["value"] for s in fits], base.n, tried=base.n) < ESTABLISHED
    chance = 1.0
    for s in fits:
        chance *= fit_chance(rows[s]["value"], base.n)
    return len(fits) >= 2 and chance < 0.05


def _answer_values(rows: ClaimList, g: QuestionGroup) -> list[str]:
    """The printed values of the question's answer shares (its subtotals and shares above 100% left out)."""
    return [rows[s]["value"] for s in shares_of(g) if Decimal(rows[s]["value"]) <= 100]


def _total_of(rows: ClaimList, g: QuestionGroup, form: Form) -> str | None:
    """What the counts of a question's answers must add up to: ``"exactly"`` its base when it is one single-choice question
    whose shares make 100% (every answer listed), ``"at_most"`` when it is one single-choice question, ``None`` otherwise."""
    if not form.single:
        return None
    values = _answer_values(rows, g)
    whole_listed = len(values) >= 2 and abs(sum(Fraction(v) for v in values) - 100) <= rounding_slack(values)
    return "exactly" if whole_listed else "at_most"


#: The words of a share over time ("由45.2%提高到48.4%"): two values of one measure, not answers with one base.
def _over_time(rows: ClaimList, g: QuestionGroup) -> bool:
    return _OVER_TIME.search(rows.text, g.start, g.end) is not None


def decide(rows: ClaimList, g: QuestionGroup) -> None:
    """Choose the question's base (see the module's notes) and write it into its claims' ``base`` and ``base_evidence``."""
    shares = [s for _, s in g.pairs] + g.bare
    if not shares:
        return
    if _subtotal_of_previous(rows, g):
        return
    form = form_of(rows, g, g.markers, _scale_labels(rows, g))
    largest = max((whole(rows[c]["value"]) or 0 for c, _ in g.pairs), default=0)
    candidates = [b for b in _candidates(rows, g) if b.n >= max(largest, 1)]
    best = None
    for rank_mode, (mode, _) in enumerate(MODES):
        for b in candidates:
            pairs, bare = _explain(rows, g, b, mode)
            key = (len(pairs), len(bare), -RANK[b.kind], -rank_mode)
            if best is None or key > best[0]:
                best = (key, b, mode, pairs, bare)
    if len(g.pairs) >= 2 and (best is None or len(best[3]) < len(g.pairs)):
        high = max([b.n for b in candidates] + [BaseIndex.of(rows).max_n, largest])
        if not candidates and not BaseIndex.of(rows).max_n:
            high = largest + MAX_BASE  # nothing printed bounds the base: the counts and their shares alone decide it
        found = _range_search(rows, g, largest, high)
        if found:
            ns, mode = found
            target = best[1].n if best else high
            n = min(ns, key=lambda v: (abs(v - target), v))
            b = Base(n, "range", _range_evidence(ns, n, best[1] if best else None, mode))
            pairs, bare = _explain(rows, g, b, mode)
            best = ((len(pairs), len(bare), -RANK["range"], -1), b, mode, pairs, bare)
    if not g.pairs and len(g.bare) >= 3 and candidates and (best is None or len(best[4]) < len(g.bare)):
        found = _bare_range_search(rows, g, max(b.n for b in candidates))
        if found:
            n, mode, others = found
            b = Base(n, "range", _range_evidence([n, *others], n, best[1] if best else None, mode))
            pairs, bare = _explain(rows, g, b, mode)
            best = ((0, len(bare), -RANK["range"], -1), b, mode, pairs, bare)
    values = _answer_values(rows, g)
    total = _total_of(rows, g, form)
    no_common = False
    above = None
    if not g.pairs and len(values) >= 2 and not _over_time(rows, g):
        # the shares of one question are counts of one base: a base below the question's stated one that every share
        # fits (item non-response), or none up to it; with no base at all, the smallest base that every share fits
        explained_all = best is not None and len(best[4]) == len(g.bare) and (
            total is None or counts_fit(values, best[1].n, best[2], total=total))
        if best is not None and not explained_all and best[1].kind not in ("range", "item"):
            n = best[1].n
            # a base below the question's own: no smaller than the count its largest share implies of it
            low = max(1, -(-max(Fraction(v) for v in values) * n // 100))
            below = largest_common_base(values, low, n - 1, total=total)
            if below is not None:
                b = Base(below[0], "item", f"{below[0]}: the one base below the {n} of {best[1].describe()} that every share of the question fits"
                         + (" with its counts adding up to it" if total == "exactly" else ""))
                pairs, bare = _explain(rows, g, b, below[1])
                best = ((0, len(bare), -RANK["item"], -1), b, below[1], pairs, bare)
            elif common_base(values, low, n, total=total) is None:
                no_common = True
                above = common_base(values, n + 1, n + 5000, total=None)
        elif best is None:
            # no text prints a base: the question's own smallest base if its shares establish it, else the base the shares
            # of the whole text establish (which may accuse the one share that breaks it), else the smallest, named
            found = common_base(values, 1, 5000, total=total)
            chance = chance_of_fit(values, found[0], tried=found[0]) if found else 1.0
            page = _page_base(rows)
            if page is not None:
                # the text's base, where it explains every share of the question (55.56% and 44.44% fit 9, and the 27 of a
                # page of 27ths too: the base of the page is the better-founded), or where the question's own is not established
                b = Base(page.n, "page", page.evidence())
                mode = "up_or_down"
                pairs, bare = _explain(rows, g, b, mode)
                if bare and (len(bare) == len(g.bare) or found is None or chance >= ESTABLISHED):
                    best = ((0, len(bare), -RANK["page"], 0), b, mode, pairs, bare)
            if best is None and found is not None:
                n, mode = found
                b = Base(n, "smallest", f"{n}: the smallest base that fits all {len(values)} shares of the question; it is printed nowhere "
                         f"(the chance that they fit it by accident is {chance:.1e})")
                whole_text = _text_smallest(rows) if chance >= ESTABLISHED else None
                if whole_text is not None and whole_text[0] != n and counts_fit(values, whole_text[0], whole_text[1], total=total):
                    # not established by the question alone: one survey has one pool of respondents, and the smallest base
                    # that every question of the text fits is the better guess (still an assumption, named)
                    (n, mode), m = whole_text[:2], whole_text[2]
                    b = Base(n, "smallest", f"{n}: the smallest base that fits all {m} shares of the text's questions; it is printed nowhere")
                pairs, bare = _explain(rows, g, b, mode)
                best = ((0, len(bare), -RANK["smallest"], -1), b, mode, pairs, bare)
    if best is None:
        g.decision = None
        g.form = form
        return
    _, base, mode, pairs, bare = best
    established = _established(rows, g, base, pairs | bare) or (no_common and bool(form.single))
    g.decision = QuestionDecision(base, mode, frozenset(pairs), frozenset(bare), tuple(candidates), established, form, total, no_common, above)
    for c, s in g.pairs:
        for i in (c, s):
            rows[i]["base"], rows[i]["base_evidence"] = base.n, base.describe()
    for s in g.bare:
        if established or s in bare:
            rows[s]["base"], rows[s]["base_evidence"] = base.n, base.describe()


#: "其中…": a lone share that picks out some answers of the question before.
_OF_WHICH_LEAD = re.compile(r"[\s,，;；。]*其中")


def _subtotal_of_previous(rows: ClaimList, g: QuestionGroup) -> bool:
    """A lone share opened by 其中 right after a question whose base is known, equal (within rounding) to the sum of a run
    of that question's shares: it is their subtotal, and a share of the same base.  Sets ``g.part_of``."""
    if g.pairs or len(g.bare) != 1 or not _OF_WHICH_LEAD.match(rows.text, g.lead if g.lead is not None else g.start):
        return False
    s = g.bare[0]
    previous = [q for q in rows.groups if isinstance(q, QuestionGroup) and q.end <= rows.positions[s][0] and q is not g]
    if not previous:
        return False
    p = previous[-1]
    if p.decision is None or not p.decision.established or len(shares_of(p)) < 2 or rows.positions[s][0] - p.end > 60:
        return False
    value = Fraction(rows[s]["value"])
    parts = shares_of(p)
    for a in range(len(parts)):
        for b in range(a + 2, len(parts) + 1):
            run = parts[a:b]
            if len(run) < len(parts) and abs(sum(Fraction(rows[x]["value"]) for x in run) - value) <= rounding_slack([rows[x]["value"] for x in [*run, s]]):
                g.part_of = (p, run)
                rows[s]["base"], rows[s]["base_evidence"] = p.decision.base.n, p.decision.base.describe()
                return True
    return False


def _judge_part_of_previous(rows: ClaimList, g: QuestionGroup) -> list[Check]:
    """A subtotal of the question before, from its answers' counts: the parts' counts added, over the question's base
    (adding rounded shares is how "32.3% + 21% = 53.3%" comes about where 20 + 13 = 33 of 62 is 53.2%)."""
    p, run = g.part_of
    s = g.bare[0]
    n, mode = p.decision.base.n, p.decision.mode
    counts = [count_range(rows[x]["value"], n, mode) for x in run]
    reported = rows[s]["reported"]
    facts = {"shares": [rows[x]["value"] for x in run], "reported": reported, "n": n}
    if not all(c is not None and c[0] == c[1] for c in counts):
        return []
    k = sum(c[0] for c in counts)
    _, d = scaled(rows[s]["value"])
    printed = printed_share(k, n, d)
    facts.update(counts=[c[0] for c in counts], k=k, exact=exact_share(k, n), printed=printed)
    ok = share_fits(k, n, rows[s]["value"], mode) or share_fits(k, n, rows[s]["value"], _other_mode(mode))
    return [make_check(rows, g, [s], "subtotal", "counts_fit" if ok else "counts_misfit", "consistent" if ok else "inconsistent",
                       assumption=f"the sum of {len(run)} answers of the question before, of its base {n} ({p.decision.base.describe()})",
                       expected=f"{printed}%", observed=reported, **facts)]


def _page_base(rows: ClaimList):
    """The base that the bare shares of the text's questions with no printed base establish (found once per text), or
    ``None``.  It must be the smallest common base of one of those questions: a page whose questions have different
    bases (5, 11, 22) is fitted by their least common multiple (110) too, which is no question's base."""
    found = getattr(rows, "_page_base", False)
    if found is False:
        found = None
        questions = [g for g in rows.groups if isinstance(g, QuestionGroup) and not g.pairs and g.bare and not _candidates(rows, g)]
        values = [rows[s]["value"] for g in questions for s in g.bare if Decimal(rows[s]["value"]) <= 100]
        candidate = page_base(values)
        if candidate is not None:
            own = {common_base(vs, 1, candidate.n, total=None) for g in questions if len(vs := _answer_values(rows, g)) >= 2}
            if any(b is not None and b[0] == candidate.n for b in own):
                found = candidate
        rows._page_base = found
    return found


def _text_smallest(rows: ClaimList) -> tuple[int, str, int] | None:
    """The smallest base that every share of the text's questions with no printed base fits (two questions at least),
    its rounding and the number of shares; ``None`` if there is none (found once per text)."""
    found = getattr(rows, "_text_smallest", False)
    if found is False:
        found = None
        questions = [g for g in rows.groups if isinstance(g, QuestionGroup) and not g.pairs and g.bare and not _candidates(rows, g)]
        values = [rows[s]["value"] for g in questions for s in g.bare if 0 < Decimal(rows[s]["value"]) < 100]
        if len(questions) >= 2 and len(values) >= 4:
            common = common_base(values, 1, MAX_BASE, total=None)
            if common is not None:
                found = (common[0], common[1], len(values))
        rows._text_smallest = found
    return found


def _scale_labels(rows: ClaimList, g: QuestionGroup) -> list[str]:
    """The question's answer labels, if they are all answers of one scale (满意, 一般 …); else ``[]``."""
    labels = option_labels(rows, g)
    return labels if len(labels) >= 2 and all(_SCALE_OPTIONS.fullmatch(lbl) for lbl in labels) else []


# --- judging -------------------------------------------------------------------------------------------------


def _assumption_of(base: Base, mode: str, rows: ClaimList) -> tuple[str, str]:
    """(assumption, verdict) of a share that fits ``base`` under ``mode``."""
    index = BaseIndex.of(rows)
    notes = []
    verdict = "consistent"
    if base.kind == "subgroup":
        notes.append(f"the base is a sub-group: {base.evidence}")
        verdict = "consistent_if"
    elif base.kind == "item":
        valid = index.first_valid or index.max_n or None
        skipped = f" ({valid - base.n} of the {valid} sampled did not answer it)" if valid and valid > base.n else ""
        notes.append(f"item non-response: the base is the question's own {base.n} answers{skipped}")
        verdict = "consistent_if"
    elif base.kind == "issued" and any(s.kind in ("valid", "returned") for s in index.samples):
        notes.append(f"the base is the {base.n} questionnaires issued, not the questionnaires returned or valid")
        verdict = "consistent_if"
    elif base.kind == "other":
        notes.append(f"the base is {base.n}, another number of the sentence")
        verdict = "consistent_if"
    elif base.kind == "range":
        notes.append(f"the base is {base.evidence}")
        verdict = "consistent_if"
    elif base.kind == "page":
        notes.append(f"the base is {base.n}, which no text prints: {base.evidence}")
    elif base.kind == "smallest":
        notes.append(f"the base is {base.evidence}")
        page = _page_base(rows)
        if page is not None and page.n != base.n:
            # the rest of the text has another base: this question's own is a named assumption (fewer answered it)
            notes.append(f"not the {page.n} that the other shares of the text establish: only {base.n} answered this question")
        verdict = "consistent_if"
    if mode == "trunc":
        notes.append("the shares were truncated, not rounded")
        verdict = "consistent_if"
    return "; ".join(notes) or f"n = {base.n} ({base.describe()})", verdict


def judge(rows: ClaimList, g: QuestionGroup) -> list[Check]:
    """The checks of one question (see the module's notes)."""
    out: list[Check] = []
    if g.part_of is not None:
        return _judge_part_of_previous(rows, g)
    decision = g.decision
    if decision is None:
        for s in [s for _, s in g.pairs] + g.bare:
            out.append(_unbased(rows, g, s))
        return out
    base, mode = decision.base, decision.mode
    explained = decision.explained
    assumption, fit_verdict = _assumption_of(base, mode, rows)
    page = _page_base(rows)
    if base.kind == "smallest" and decision.established and (page is None or page.n == base.n):
        fit_verdict = "consistent"  # a base that the question's shares establish beyond chance, and no other base of the text
    for c, s in g.pairs:
        k = whole(rows[c]["value"])
        value, reported = rows[s]["value"], rows[s]["reported"]
        count_id = rows[c]["claim_id"]
        if Decimal(value) > 100:
            out.append(range_check(rows, g, s))
            continue
        if k is None:
            continue
        _, d = scaled(value)
        expected = printed_share(k, base.n, d)
        if not part_of_base(k, base.n):
            out.append(make_check(rows, g, [c], "part_of_base", "over_question_base", "inconsistent", assumption=assumption,
                                  expected=f"<= {base.n}", observed=rows[c]["value"], count=rows[c]["value"], n=base.n, base=base.describe()))
        else:
            out.append(make_check(rows, g, [c], "part_of_base", "within", "consistent", assumption=assumption, expected=f"<= {base.n}",
                                  observed=rows[c]["value"], count=rows[c]["value"], n=base.n))
        facts = {"k": k, "n": base.n, "exact": exact_share(k, base.n), "printed": expected, "reported": reported, "count_id": count_id}
        if s in explained:
            out.append(make_check(rows, g, [s], "percent_of", "fit", fit_verdict, assumption=assumption, expected=f"{expected}%",
                                  observed=reported, mode=mode, **facts))
            continue
        other_mode = _other_mode(mode)
        if share_fits(k, base.n, value, other_mode):
            # the question is rounded and this one share truncated (or the reverse): a named assumption, not an error
            printed = printed_share(k, base.n, d, other_mode)
            out.append(make_check(rows, g, [s], "percent_of", "fit", "consistent_if", assumption=_mixed_rounding(assumption, other_mode),
                                  expected=f"{printed}%", observed=reported, mode=other_mode, **{**facts, "printed": printed}))
            continue
        other = _other_number(rows, c, s, k, value)
        if other is not None:
            out.append(make_check(rows, g, [s], "percent_of", "other_number", "consistent_if",
                                  assumption=f"the base is {other}, printed in the same sentence, not {base.n}", expected=f"{expected}%",
                                  observed=reported, other=other, exact_other=exact_share(k, other), **facts))
            continue
        rest = len(explained & {x for _, x in g.pairs})
        context = ({"key": "others_fit_one", "n": base.n} if rest == 1 else {"key": "others_fit_many", "rest": rest, "n": base.n} if rest
                   else {"key": "base_is", "base": base.describe()})
        out.append(make_check(rows, g, [s], "percent_of", "misfit", "inconsistent", assumption=f"n = {base.n} ({base.describe()})",
                              expected=f"{expected}%", observed=reported, context=context, hints=misfit_hints(rows, k, base.n, value), **facts))
    for s in g.bare:
        if s in g.subtotals:
            continue
        out.append(_judge_bare(rows, g, s, base, decision.established, explained, assumption, fit_verdict))
    out += _judge_subtotals(rows, g)
    out += _judge_sum(rows, g, out)
    return out


def _other_mode(mode: str) -> str:
    """The other rounding of :data:`~dangjian.engine.shares.MODES` (truncation for rounding, rounding for truncation)."""
    return "up_or_down" if mode == "trunc" else "trunc"


def _mixed_rounding(assumption: str, mode: str) -> str:
    which = "truncated" if mode == "trunc" else "rounded"
    other = "rounded" if mode == "trunc" else "truncated"
    return f"{assumption}; this share {which} where the question's others are {other}"


def _other_number(rows: ClaimList, c: int, s: int, k: int, value: str) -> int | None:
    """Another whole number of the same sentence that is the share's base ("40份,占78.43%" of the 51 before)."""
    sentence = span_at(rows.sentences, rows.positions[s][0])
    for j in rows.between(*sentence):
        row = rows[j]
        if j in (c, s) or row["kind"] not in ("count", "mean", "cell"):
            continue
        n = whole(row["value"])
        if n and n >= k and share_fits(k, n, value, "up_or_down"):
            return n
    return None


def _judge_bare(rows: ClaimList, g: QuestionGroup, s: int, base: Base, established: bool, explained: frozenset[int], assumption: str,
                fit_verdict: str) -> Check:
    value, reported = rows[s]["value"], rows[s]["reported"]
    if Decimal(value) > 100:
        return range_check(rows, g, s)
    n = base.n
    step = reround(Fraction(100, n), 3, rounding="up")[0]
    facts = {"reported": reported, "n": n, "step": step}
    if s in explained:
        if fit_verdict == "consistent" and not established and base.kind in ("valid", "returned", "people", "issued"):
            # only the report's sample, nothing of the question, says that this is the base
            return make_check(rows, g, [s], "grim_percent", "fit_if_sample", "consistent_if",
                              assumption=f"the base is the report's sample of {n} ({base.describe()}), not stated for this share",
                              expected=f"a count 0..{n}", observed="possible", **facts)
        word = g.rate_word
        if fit_verdict == "consistent" and word and base.kind == "stated" and not g.pairs:
            # a named rate (满意率, 运转率) has its own definition: the sentence's population may not be its base
            return make_check(rows, g, [s], "grim_percent", "fit_if_rate_base", "consistent_if",
                              assumption=f"the {word} is a share of the {n} of “{base.evidence}”", expected=f"a count 0..{n}",
                              observed="possible", word=word, evidence=base.evidence, **facts)
        return make_check(rows, g, [s], "grim_percent", "fit", fit_verdict, assumption=assumption, expected=f"a count 0..{n}",
                          observed="possible", **facts)
    other_mode = _other_mode(g.decision.mode)
    if grim_fits(value, n, other_mode):
        return make_check(rows, g, [s], "grim_percent", "fit", "consistent_if", assumption=_mixed_rounding(assumption, other_mode),
                          expected=f"a count 0..{n}", observed="possible", **facts)
    decision = g.decision
    hints = _forced_to_hundred(rows, g, s, n, decision.mode) + misfit_hints(rows, None, n, value)
    if decision.no_common_base and decision.form.single:
        # the sample is stated, the question is evidently single-choice, and no base up to the sample gives its shares together
        return make_check(rows, g, [s], "grim_percent", "misfit_no_base_below", "inconsistent", assumption=f"n = {n} ({base.describe()}); {decision.form.single}",
                          expected=f"a count 0..{n}", observed="impossible", shares=_answer_values(rows, g), form=decision.form.why,
                          above=_above(decision), hints=hints, **facts)
    if established:
        role = {"stated": "stated", "page": "page"}.get(base.kind, "fits_rest")
        return make_check(rows, g, [s], "grim_percent", "misfit", "inconsistent", assumption=f"n = {n} ({base.describe()})",
                          expected=f"a count 0..{n}", observed="impossible", role=role, hints=hints, **facts)
    if decision.no_common_base:
        return make_check(rows, g, [s], "grim_percent", "misfit_no_base_below_if", "consistent_if",
                          assumption=f"the shares are of more answers than the {n} respondents (several answers each), or have another base",
                          expected=f"a count 0..{n}", observed="impossible with the inferred base", shares=_answer_values(rows, g),
                          above=_above(decision), hints=hints, **facts)
    return make_check(rows, g, [s], "grim_percent", "misfit_other_base", "consistent_if",
                      assumption=f"the share has its own base, not {n} ({base.describe()})", expected=f"a count 0..{n}",
                      observed="impossible with the inferred base", base=base.describe(), hints=hints, **facts)


def _above(decision: QuestionDecision) -> list[dict]:
    """The smallest base above the question's own that every share fits, as a phrase (none if none does)."""
    return [{"key": "smallest_above", "n": decision.above[0]}] if decision.above else []


def _forced_to_hundred(rows: ClaimList, g: QuestionGroup, s: int, n: int, mode: str) -> list[dict]:
    """A share moved by one unit of its last decimal so that the question's printed shares add up to exactly 100%
    ("4/27 = 14.81% printed 14.82%"), as a hint; ``[]`` when that does not explain it."""
    values = _answer_values(rows, g)
    value = rows[s]["value"]
    if value not in values or sum(Fraction(v) for v in values) != 100:
        return []
    _, d = scaled(value)
    zero, hundred = ("0." + "0" * d, "100." + "0" * d) if d else ("0", "100")
    for units in (-1, 1):
        printed = shifted(value, units)
        if printed.startswith("-"):
            continue
        k = count_range(printed, n, mode)
        if k is not None and k[0] == k[1]:
            return [{"key": "forced_to_hundred", "value": value, "k": k[0], "n": n, "printed": printed, "sum": shifted(hundred, units),
                     "by": shifted(zero, 1)}]
    return []


def _unbased(rows: ClaimList, g: QuestionGroup, s: int) -> Check:
    """A share with no base: why none could be inferred, and the bases that would give it (what a reader would look for)."""
    row = rows[s]
    if Decimal(row["value"]) > 100:
        return range_check(rows, g, s)
    value = row["value"]
    count = next((c for c, x in g.pairs if x == s), None)
    k = whole(rows[count]["value"]) if count is not None else None
    page = _page_base(rows)
    if k is not None:
        guess = int(Fraction(100 * k) / Fraction(value)) if Decimal(value) > 0 else 0
        bases = [b for b in range(max(k, 1, guess - 3), max(k, 1, guess - 3) + 8) if share_fits(k, b, value, "up_or_down")]
        why = {"key": "why_count", "k": k, "bases": bases} if bases else {"key": "why_count_no_base", "k": k}
    elif page is not None and not grim_fits(value, page.n):
        why = {"key": "why_page_misfit", "n": page.n}
    elif len(shares_of(g)) < 2:
        why = {"key": "why_lone_share"}
    elif _over_time(rows, g):
        why = {"key": "why_over_time"}
    else:
        why = {"key": "why_no_common"}
    hints = misfit_hints(rows, None, 0, value) if k is None and 0 < Decimal(value) < 100 else []
    return make_check(rows, g, [s], "no_base", "none_before", "not_checkable", expected="a stated base", observed="none", reported=row["reported"],
                      why=why, hints=hints)


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


def _judge_sum(rows: ClaimList, g: QuestionGroup, checks: list[Check]) -> list[Check]:
    shares = [s for s in shares_of(g) if Decimal(rows[s]["value"]) <= 100]
    if len(shares) < 2 or _over_time(rows, g):
        return []
    values = [rows[s]["value"] for s in shares]
    total = sum((Fraction(v) for v in values), Fraction(0))
    slack = rounding_slack(values)
    facts = {"shares": values, "sum": float(total), "slack": float(slack)}
    shown = f"{float(total):g}%"
    form = g.decision.form if g.decision is not None else (g.form or form_of(rows, g, g.markers, _scale_labels(rows, g)))
    single = form.single
    if form.multi:
        return [make_check(rows, g, shares, "shares_sum", "multi_select", "consistent", assumption="a multi-select question (marked 多选)",
                           expected="any total", observed=shown, **facts)]
    decision = g.decision
    if single and decision is not None and decision.established:
        # with the base known, each share is a count: the counts of one single-choice question cannot pass the base
        # (n = 100 and 31 + 27 + 25 + 19: 102 answers of 100 respondents, no rounding slack at all)
        printed = {sh: whole(rows[c]["value"]) for c, sh in g.pairs}  # a count printed beside its share is the count
        least = [(printed[sh], printed[sh]) if printed.get(sh) is not None else count_range(rows[sh]["value"], decision.base.n, decision.mode)
                 for sh in shares]
        if all(least) and sum(k[0] for k in least) > decision.base.n:
            culprits = [sh for sh in shares if any(r.claims == (rows[sh]["claim_id"],) and r.verdict == "inconsistent" for r in checks)]
            return [make_check(rows, g, culprits or shares, "shares_sum", "over_counts", "inconsistent", assumption=f"a single-select question: {single}",
                               expected=f"at most {decision.base.n} answers", observed=shown, counts=[k[0] for k in least],
                               answers=sum(k[0] for k in least), n=decision.base.n, **facts)]
    if total <= 100 + slack:
        near_hundred = total >= 100 - slack
        return [make_check(rows, g, shares, "shares_sum", "near_hundred" if near_hundred else "below_hundred", "consistent",
                           assumption="the listed shares are parts of one question", expected="<= 100%", observed=shown, **facts)]
    culprits = [s for s in shares if any(r.claims == (rows[s]["claim_id"],) and r.verdict == "inconsistent" for r in checks)]
    if not single:
        return [make_check(rows, g, culprits or shares, "shares_sum", "over_if_several", "consistent_if",
                           assumption="several answers per respondent, or several questions", expected="<= 100%", observed=shown, **facts)]
    blame = ({"key": "culprits", "shares": [rows[s]["reported"] for s in culprits], "count": len(culprits)} if culprits
             else {"key": "unknown_culprit"})
    return [make_check(rows, g, culprits or shares, "shares_sum", "over_single", "inconsistent", assumption=f"a single-select question: {single}",
                       expected=f"100% ± {float(slack):g}", observed=shown, blame=blame, **facts)]


def _judge_subtotals(rows: ClaimList, g: QuestionGroup) -> list[Check]:
    """A share that sums others ("两项合计占67.74%") against the shares before it."""
    out = []
    shares = sorted([s for _, s in g.pairs] + g.bare)
    for t in sorted(g.subtotals):
        before = [s for s in shares if s < t and s not in g.subtotals]
        lead = rows.text[max(0, rows.positions[t][0] - 8) : rows.positions[t][0]]
        k = 2 if re.search("两|二", lead) else 3 if "三" in lead else None
        tries = [before[-k:]] if k and len(before) >= k else [before[-j:] for j in range(2, len(before) + 1)]
        value = Fraction(rows[t]["value"])
        fit = next((part for part in tries if abs(sum(Fraction(rows[x]["value"]) for x in part) - value)
                    <= rounding_slack(rows[x]["value"] for x in [*part, t])), None)
        reported = rows[t]["reported"]
        if fit:
            total = sum(Fraction(rows[x]["value"]) for x in fit)
            out.append(make_check(rows, g, [t], "subtotal", "fit", "consistent", assumption="the sum of the shares before it",
                                  expected=f"{float(total):g}%", observed=reported, shares=[rows[x]["value"] for x in fit], sum=float(total),
                                  reported=reported))
        elif tries and tries[0]:
            part = tries[0]
            total = sum(Fraction(rows[x]["value"]) for x in part)
            facts = {"shares": [rows[x]["value"] for x in part], "sum": float(total), "reported": reported}
            if k:
                out.append(make_check(rows, g, [t], "subtotal", "misfit_named", "inconsistent", assumption="the sum of the shares before it",
                                      expected=f"{float(total):g}%", observed=reported, k=k, **facts))
            else:
                out.append(make_check(rows, g, [t], "subtotal", "misfit_unnamed", "consistent_if", assumption="the sum of the shares before it",
                                      expected=f"{float(total):g}%", observed=reported, **facts))
    return out
