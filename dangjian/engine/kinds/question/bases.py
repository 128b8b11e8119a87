"""The question kind's base (:func:`decide`): the candidate that explains most shares, or the base the shares establish, with its evidence."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from ...bases import PEOPLE_UNITS, RANK, Base, BaseIndex, answered_bases, derived_bases, near, population_bases, stated_bases, subgroup_bases
from ...consistency import fitting_bases, grim_fits
from ...evidence import ESTABLISHED, MAX_BASE, chance_of_fit, common_base, counts_fit, largest_common_base, page_base
from ...papers import arm_before, arm_size
from ...records import ClaimList, clause_start, span_at
from ...shares import MODES, fit_chance, rounding_slack, share_fits, whole
from ..form import Form, form_of
from ..platform import option_union
from .finding import _MAX_RANGE, _OVER_TIME, _SCALE_OPTIONS, OF_WHOLE_SAMPLE, QuestionDecision, QuestionGroup, option_labels, shares_of

# --- the base -----------------------------------------------------------------------------------------------

#: A question's form and its base in one bracket, as a heading states them: "(可多选,n=1346)", "(单选,n=1346)".
_QUESTION_N = re.compile(r"[(（]\s*(?:可多选|多选|单选|多项选择|单项选择|限选\S{1,2}项)[^()（）]*[nN]\s*[=＝]")
#: Units of things a report counts (villages, schools, projects, cases of a kind): never respondents or questionnaires.
_THING_UNITS = frozenset("个所项条件篇场期批支村道门座台辆")


def _candidates(rows: ClaimList, g: QuestionGroup) -> list[Base]:
    text = rows.text
    index = BaseIndex.of(rows)
    lo, hi = span_at(rows.sentences, g.start)
    first = rows.positions[g.members[0]][0]
    lead = lo if g.lead is None else g.lead  # a question after another in the sentence: its own clause only
    out: list[Base] = []
    # the counts of one study arm ("对照组14例(30.43%)"): the arm's size printed before ("对照组46例", "各45例")
    arms = {arm_before(text, lo, rows.positions[c][0]) for c, _ in g.pairs} | {arm_before(text, lo, rows.positions[s][0]) for s in g.bare}
    if len(arms) == 1 and None not in arms:
        size = arm_size(text, arms.pop(), first)
        if size is not None:
            out.append(Base(size[0], "arm", f"{size[1]}, the size of the group"))
    # stated in the sentence before the first share, or right after the last (问卷星: 本题有效填写人次)
    out += stated_bases(text, lead, first)[::-1]  # the nearest first: "(287人)中…61.3%;…(420人)支持率为56.4%" is of the 420
    if lead == lo and lo > 0:
        # a heading sentence right before, with no share of its own, that states the question's base: "(二)活动内容(可多选,n=1 346)。"
        prev = span_at(rows.sentences, lo - 1)
        if prev[1] - prev[0] <= 40 and not any(rows[j]["kind"] == "percent" for j in rows.between(prev[0], prev[1])):
            out += [b for b in stated_bases(text, prev[0], prev[1])[::-1] if _QUESTION_N.match(b.evidence)]
            # or opens the topic of the shares after it: "全县218个村(社区)中,村196个、社区22个。…“一肩挑”的201个,占92.20%"
            out += [b for b in stated_bases(text, prev[0], prev[1])[:1] if b.evidence.endswith("中") and re.match(r"\d+\s*(?:个|所|家)", b.evidence)]
    last = max(rows.positions[i][1] for i in g.members)  # the question's span may run on past its last number
    out += [b for b in stated_bases(text, last, min(len(text), last + 24)) if "填写人次" in b.evidence]
    out += [Base(s.n, "stated", s.text) for s in index.samples_in(lead, first) if s.end <= first]
    declared = index.declared_before(first)
    if declared is not None:
        out.append(Base(declared[0], "stated", f"{declared[1]}, the base the text declares for its shares"))
    named = subgroup_bases(rows, lead, first)
    out += named or answered_bases(rows, lead, first) or derived_bases(rows, lead, first)
    out += population_bases(rows, g, lo)
    seen = {b.n for b in out}
    # counts of things ("一肩挑的201个", "12所学校"): a sample of respondents or questionnaires is not their base
    things = bool(g.pairs) and all(rows.units[c] in _THING_UNITS for c, _ in g.pairs)
    for smp in index.samples_before(first) if not things else ():
        if g.pairs and smp.start > first:
            continue  # a sample stated only after the shares printed with their counts: the counts say more than it does
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
    # a share printed before with the same digits, and its base: last, and only a base no other candidate gives
    out += [b for b in (_recap_bases(rows, g) if not g.pairs else []) if b.n not in seen]
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


def _printed_bases(rows: ClaimList, g: QuestionGroup) -> list[Base]:
    """The question's candidate bases that the text prints for it (a repeat of an earlier share is not one)."""
    return [b for b in _candidates(rows, g) if b.kind != "recap"]


#: How far back a share printed again in the text's words is looked for (a report's summary after its tables).
_RECAP_REACH = 2500


def _recap_bases(rows: ClaimList, g: QuestionGroup) -> list[Base]:
    """The bases of shares printed earlier with the same digits as this question's bare shares ("由表3可知,76.89%的老人
    使用智能手机" after the table's "是 163 76.89%"): a summary repeats a table's share, and its base with it.  Only a share
    whose base an earlier group settled with a count beside it or a stated base; never binding (a repeat is no statement)."""
    out, seen = [], set()
    for s in g.bare:
        value = str(rows[s]["value"])
        start = rows.positions[s][0]
        for j in reversed(rows.between(max(0, start - _RECAP_REACH), start)):
            row = rows[j]
            if row["kind"] not in ("percent", "cell") or str(row["value"]) != value or row["base"] is None:
                continue
            if not str(row.get("base_evidence") or "").startswith(("stated", "item", "sample")):
                continue
            n = whole(row["base"])
            if n and n not in seen:
                seen.add(n)
                out.append(Base(n, "recap", f"{row['reported']} is printed before as a share of {n} (“{near(rows.text, rows.positions[j], 12)}”)"))
            break
    return out


def _established(rows: ClaimList, g: QuestionGroup, base: Base, explained: set[int]) -> bool:
    """Whether the group's base is known well enough to call a misfit inconsistent."""
    if base.kind == "recap":
        return False  # a share printed again says nothing of the others beside it
    pair_shares = {s for _, s in g.pairs}
    if explained & pair_shares:
        return True
    if base.kind in ("stated", "page", "answered"):
        return True
    if g.named and base.kind == "subgroup" and base.evidence.startswith(g.named):
        return True  # "仅占快递员的16.37%" after "快递员176人": the text names the base
    if base.kind == "arm" and (g.pairs or len(g.bare) >= 2):
        return True  # an arm's size binds its counts; one bare share alone ("对照组为(1%,…") may be misread, and is not accused
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


#: A group's size stated in the share's own clause, right before it: "60岁及以上的258名受访者中,支持者占57.2%".
_OWN_CLAUSE = re.compile(r"[,，;；:：]|[。!?！？]")


def _own_clause_base(rows: ClaimList, g: QuestionGroup, candidates: list[Base]) -> tuple[Base | None, bool]:
    """The base a lone share's own clause states right before it ("258名受访者中,支持者占57.2%" reads as one clause with the
    group and its share): binding, fit or not; and whether the share is a rate the clause defines as the group's
    ("女性受访者621人,支持率为64.9%").  ``(None, False)`` for a question of several shares, or no such statement."""
    shares = [s for _, s in g.pairs] + g.bare
    if len(shares) != 1:
        return None, False
    start = rows.positions[shares[0]][0]
    text = rows.text
    whole_sample = OF_WHOLE_SAMPLE.search(text, max(0, start - 24), start)
    if whole_sample:
        # "会用手机移动支付的老人占全部受访老人的41.10%": the text names the survey's sample as the base, when it has one size
        samples = [smp for smp in BaseIndex.of(rows).samples_before(start) if smp.kind != "issued"]
        if len({smp.n for smp in samples}) == 1:
            smp = samples[0]
            return Base(smp.n, "stated", f"{whole_sample.group(0).strip()}: the survey's sample ({smp.text.strip()})"), False
    # the clause before the share's own, and the share's: "的258名受访者中," then "支持者占57.2%"
    cut = [m.start() for m in _OWN_CLAUSE.finditer(text, max(0, start - 40), start)]
    if len(cut) < 1:
        return None, False
    lo = cut[-2] + 1 if len(cut) >= 2 else max(0, start - 40)
    if text[cut[-1]] in "。!?！？":
        return None, False  # the group's clause ends a sentence: the share is of another
    for b in stated_bases(text, lo, start)[::-1]:
        if b.evidence.endswith("中") and b.n in {c.n for c in candidates}:
            return next(c for c in candidates if c.n == b.n and c.kind == "stated"), False
    # "女性受访者621人,支持率为64.9%": a group and its size make the clause before, the group's rate the share's clause
    if _RATE_CLAUSE.fullmatch(text, cut[-1] + 1, start):
        found = [j for j in rows.between(lo, cut[-1]) if rows[j]["kind"] not in ("decoy",)]
        counts = [j for j in found if rows[j]["kind"] == "count"]
        if len(found) == 1 and len(counts) == 1 and rows.units[counts[0]] in PEOPLE_UNITS:
            j = counts[0]
            n = whole(rows[j]["value"])
            if n and _GROUP_SIZE_CLAUSE.fullmatch(text, lo, rows.positions[j][0]):
                return Base(n, "stated", f"{text[lo : rows.positions[j][1]].strip()}, the group's size in the clause before"), True
    return None, False


#: A share's clause that names it the rate of the group the clause before sizes: "支持率为64.9%", "满意度达".
#: Not "男性4人,所占比例为80.00%" (the group's share of the whole, 4 of 5): a share after 占, 比例 or 比重 is the group's part.
_RATE_CLAUSE = re.compile(r"\s*(?:其中)?(?:(?!占|比例|比重)[\u4e00-\u9fff]){1,6}?(?:率|满意度)(?:为|是|达|达到|仅为|约为)?\s*")
#: The words of a clause that names a group before its size: "男性受访者", "分性别看,女性" (no number, no verb of change).
_GROUP_SIZE_CLAUSE = re.compile(r"\s*(?:其中)?[\u4e00-\u9fff]{1,12}?(?:共|有|共有|为)?\s*")


def decide(rows: ClaimList, g: QuestionGroup) -> None:
    """Choose the question's base (see the module's notes) and write it into its claims' ``base`` and ``base_evidence``."""
    shares = [s for _, s in g.pairs] + g.bare
    if not shares:
        return
    if _subtotal_of_previous(rows, g) or _union_of_options(rows, g):
        return
    form = form_of(rows, g, g.markers, _scale_labels(rows, g))
    largest = max((whole(rows[c]["value"]) or 0 for c, _ in g.pairs), default=0)
    candidates = [b for b in _candidates(rows, g) if b.n >= max(largest, 1)]
    if g.fixed is not None:
        candidates = [g.fixed]  # "…和45岁及以上家长中分别为…66.0%": the group 分别 names, sized earlier (347人)
    if g.named:
        # "…有97人,占17.26%,其中获得工伤认定的仅23人,占受伤者的23.71%": the share is of the group the text names, the whole
        # its 其中 part is of; with no such whole printed, of no base the text gives (never the sample's)
        whole_of = _whole_before_of_which(rows, g)
        if whole_of is not None and whole_of.n >= max(largest, 1):
            candidates = [whole_of]
        else:  # "仅占快递员的16.37%" after "快递员176人": the count printed with that name (or its stem: 参加者, 参加了…的家长)
            named = [b for b in candidates if b.kind in ("subgroup", "stated") and g.named in b.evidence]
            stem = _stem_base(rows, g) if not named else None
            candidates = named or ([stem] if stem is not None and stem.n >= max(largest, 1) else [])
    best = None
    bound, rate_of_group = _own_clause_base(rows, g, candidates)
    if bound is None and len(g.pairs) + len(g.bare) == 1:
        # "在作答的学生中…占41.7%": the text says the share is of those who answered; a lone share cannot pick another base
        bound = next((b for b in candidates if b.kind == "answered"), None)
    for rank_mode, (mode, _) in enumerate(MODES):
        for b in [bound] if bound is not None else candidates:
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
    established = _established(rows, g, base, pairs | bare) or (no_common and bool(form.single) and base.kind != "recap")
    g.decision = QuestionDecision(base, mode, frozenset(pairs), frozenset(bare), tuple(candidates), established, form, total, no_common, above,
                                  rate_of_group=rate_of_group and base is bound)
    for c, s in g.pairs:
        for i in (c, s):
            rows[i]["base"], rows[i]["base_evidence"] = base.n, base.describe()
    for s in g.bare:
        if established or s in bare:
            rows[s]["base"], rows[s]["base_evidence"] = base.n, base.describe()


#: "其中…": a lone share that picks out some answers of the question before.
_OF_WHICH_LEAD = re.compile(r"[\s,，;；。]*其中")


#: A subtotal defined by the answers it adds up, in brackets: "总体满意率(非常满意+满意)达81.9%".
_DEFINED_AS = re.compile(r"[(（]\s*([^()（）]{2,40}?)\s*[)）]")


def _named_parts(rows: ClaimList, g: QuestionGroup, p: QuestionGroup, s: int) -> list[int] | None:
    """The shares of question ``p`` that a bracket before share ``s`` names as its parts ("(非常满意+满意)"), each by
    its answer's label exactly; ``None`` if there is no such bracket or a name matches no answer, or two."""
    text = rows.text
    start = g.lead if g.lead is not None else g.start
    m = _DEFINED_AS.search(text, start, rows.positions[s][0])
    if m is None or not re.search(r"[+＋]|加上", m.group(1)):
        return None
    names = [n.strip("“”\"' ") for n in re.split(r"[+＋]|加上", m.group(1))]
    shares, labels = shares_of(p), option_labels(rows, p)
    every = sorted([x for _, x in p.pairs] + p.bare)
    if p.subtotals and len(labels) == len(every):  # a 合计 row has its label too: the answers' labels are the others
        labels = [label for x, label in zip(every, labels) if x not in p.subtotals]
    if len(labels) != len(shares):
        return None
    parts = []
    for name in names:
        hit = [x for x, label in zip(shares, labels) if label == name]
        if len(hit) != 1:
            return None
        parts.append(hit[0])
    return parts if len(parts) >= 2 else None


#: 其中 opening the clause of a share's part: ",其中获得工伤认定或平台补偿的仅23人".
_OF_WHICH = re.compile(r"[,，;；]\s*其中")


def _whole_before_of_which(rows: ClaimList, g: QuestionGroup) -> Base | None:
    """The count a share of a named group is of: the count of people right before the 其中 that opens the share's clause
    ("有97人,占17.26%,其中获得工伤认定或平台补偿的仅23人,占受伤者的23.71%": 97), or ``None``."""
    text = rows.text
    first = rows.positions[min(g.members)][0]
    lo, _ = span_at(rows.sentences, first)
    of_which = list(_OF_WHICH.finditer(text, lo, first))
    if not of_which:
        return None
    at = of_which[-1].start()
    counts = [j for j in rows.between(lo, at) if rows[j]["kind"] == "count" and rows.units[j] in PEOPLE_UNITS and not rows.is_sample(j)]
    if not counts:
        return None
    j = counts[-1]
    n = whole(rows[j]["value"])
    if not n:
        return None
    named = text[max(lo, rows.positions[j][0] - 12) : rows.positions[j][1] + 1]
    return Base(n, "subgroup", f"{named.strip()}, the whole its 其中 part is of (占{g.named}的)")


def _stem_base(rows: ClaimList, g: QuestionGroup) -> Base | None:
    """The last count of people before a share of a named group whose clause holds the name's stem ("占参加者的79.34%" after
    "孩子参加了学校课后服务的家长1346人": 参加), or ``None``."""
    stem = re.sub(r"(?:者|人员|人|们)$", "", g.named)
    if len(stem) < 2:
        return None
    text = rows.text
    first = rows.positions[min(g.members)][0]
    for j in reversed([j for j in rows.between(0, first) if rows[j]["kind"] == "count" and rows.units[j] in PEOPLE_UNITS and not rows.is_sample(j)]):
        start = rows.positions[j][0]
        clause = clause_start(text, start, marks=",，。;；\n")
        if stem in text[clause:start]:
            n = whole(rows[j]["value"])
            return Base(n, "subgroup", f"{text[clause : rows.positions[j][1] + 1].strip()}, the group 占{g.named}的 names") if n else None
    return None


def _union_of_options(rows: ClaimList, g: QuestionGroup) -> bool:
    """A lone share that adds up answers of an earlier platform block, each named ("经常或偶尔就餐的老人合计占64.21%"): a share
    of that block's base.  Sets ``g.union``."""
    if g.pairs or len(g.bare) != 1:
        return False
    union = option_union(rows, g.bare[0])
    if union is None:
        return False
    g.union = union
    block = union[0].block
    rows[g.bare[0]]["base"] = int(block.base[2])
    rows[g.bare[0]]["base_evidence"] = f"stated: 本题有效填写人次{block.base[2]} (第{block.number}题, whose answers it adds up)"
    return True


def _subtotal_of_previous(rows: ClaimList, g: QuestionGroup) -> bool:
    """A lone share right after a question whose base is known that adds up some of its answers: opened by 其中 and
    equal (within rounding) to the sum of a run of that question's shares, or naming its parts in brackets
    ("总体满意率(非常满意+满意)达81.9%").  It is their subtotal, and a share of the same base.  Sets ``g.part_of``."""
    if g.pairs or len(g.bare) != 1:
        return False
    s = g.bare[0]
    previous = [q for q in rows.groups if isinstance(q, QuestionGroup) and q.end <= rows.positions[s][0] and q is not g]
    if not previous:
        return False
    p = previous[-1]
    if p.decision is None or not p.decision.established or len(shares_of(p)) < 2 or rows.positions[s][0] - p.end > 60:
        return False
    named = _named_parts(rows, g, p, s)
    if named is not None:
        g.part_of = (p, named)
        rows[s]["base"], rows[s]["base_evidence"] = p.decision.base.n, p.decision.base.describe()
        return True
    if not _OF_WHICH_LEAD.match(rows.text, g.lead if g.lead is not None else g.start):
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


def _page_base(rows: ClaimList):
    """The base that the bare shares of the text's questions with no printed base establish (found once per text), or
    ``None``.  It must be the smallest common base of one of those questions: a page whose questions have different
    bases (5, 11, 22) is fitted by their least common multiple (110) too, which is no question's base."""
    found = getattr(rows, "_page_base", False)
    if found is False:
        found = None
        questions = [g for g in rows.groups if isinstance(g, QuestionGroup) and not g.pairs and g.bare and not _printed_bases(rows, g)]
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
        questions = [g for g in rows.groups if isinstance(g, QuestionGroup) and not g.pairs and g.bare and not _printed_bases(rows, g)]
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


def _other_mode(mode: str) -> str:
    """The other rounding of :data:`~dangjian.engine.shares.MODES` (truncation for rounding, rounding for truncation)."""
    return "up_or_down" if mode == "trunc" else "trunc"
