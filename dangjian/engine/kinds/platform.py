"""``platform``: a survey platform's question block (问卷星, 腾讯问卷), read as the export prints it.

An export prints each question the same way: "第3题 您目前是否使用智能手机: [单选题]", the header
选项 · 小计 · 比例, one row per option with its count and its share ("是 163 76.89%"), and the
question's base, "本题有效填写人次 212".  An option's label may hold a question number of its own
("否(请跳至第6题)"), which breaks a reading by sentences; read by its block it does not.

Reader (:func:`platform_blocks`, whose counts and shares :mod:`dangjian.engine.extract` marks
as a table's, so that no sentence finder takes them)
    from "第N题" (its form in brackets: 单选题, 多选题, 量表题 …) to its 本题有效填写人次, each row of
    a count and a share with its %.

Judge
    ``percent_of`` each share against its count over the block's base (a misfit that the
    block's other shares do not share is ``inconsistent``); ``cells_sum`` the counts of a
    single-choice block against the base (they are the whole: more or fewer is
    ``inconsistent``), a multi-select block's counts against nothing (``consistent``, any total).

A ranking question (排序题, :func:`rank_blocks`, group kind ``rank``) prints each option's 平均综合得分 and its counts by
place ("离家近 2.86 61 40 33 25"): the score is the counts weighted from the first place's weight (the number of options,
or the weight the page prints) down by one, over the question's n (``rank_score``); each option's counts and each place's
counts that add up to n say so (``cells_sum``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction

from ..judging import make_check, misfit_hints
from ..records import ClaimList, Group
from ..results import Check
from ..shares import exact_share, half_unit, printed_share, scaled, share_fits

__all__ = ["PlatformBlock", "PlatformGroup", "RankGroup", "platform_blocks", "rank_blocks", "find", "judge", "find_ranks", "judge_ranks", "option_union"]

#: A question's head: "第3题 您目前是否使用智能手机: [单选题]" (no share or base between its number and its form: "否(请跳至第6题)"
#: is an option's label, not the next question).
_QUESTION = re.compile(r"第\s*(?P<q>\d{1,3})\s*题(?:(?!本题有效)[^\[【\n%％]){0,80}?[\[【]\s*(?P<form>[^\]】]{1,8}?)\s*[\]】]")
_BASE = re.compile(r"本题有效填写人次\s*[:：]?\s*(?P<n>\d{1,7})")
#: A row's count and share; a share whose % the scrape lost keeps its decimals and ends its row, before the line's end or
#: the next option's label ("不满意(2分)\t17\t8.02\n一般(3分)", joined by the cleaner into "不满意(2分)17 8.02一般(3分)").
_ROW = re.compile(r"(?<![\d.])(?P<k>\d{1,7})[ \t]+(?P<pct>\d{1,3}(?:\.\d{1,2})?(?=[%％])|\d{1,3}\.\d{1,2}(?=[ \t]*(?:\r?\n|$|[\u4e00-\u9fffA-Za-z])))")
#: A scale question's mean, printed after its base: "本题平均分:3.96".
_MEAN = re.compile(r"\s*本题平均分\s*[:：]?\s*(?P<m>\d{1,3}\.\d{1,3})")
#: An option's score in its label: "非常满意(5分)".
_SCORE = re.compile(r"[(（]\s*(?P<s>-?\d{1,3})\s*分\s*[)）]\s*$")


@dataclass(frozen=True)
class PlatformBlock:
    """A question: its number, its form as printed, its rows (``(count span, share span)`` as ``(start, end, printed)``,
    as the reader finds them; the finder pairs the claims themselves, a count glued to its share included), its base's
    span and value, and where its rows begin."""

    number: int
    form: str
    rows: tuple
    base: tuple
    start: int
    body: int = 0
    #: the span of the block's 本题平均分 (a scale question's mean), or ``None``
    mean: tuple | None = None


def platform_blocks(text: str) -> list[PlatformBlock]:
    """The question blocks of a platform export.

    >>> b = platform_blocks("第1题 您的性别: [单选题] 选项 小计 比例 男 87 41.04% 女 125 58.96% 本题有效填写人次 212")[0]
    >>> b.number, b.form, [(k[2], p[2]) for k, p in b.rows], b.base[2]
    (1, '单选题', [('87', '41.04'), ('125', '58.96')], '212')
    """
    if "本题有效填写人次" not in text:
        return []
    out = []
    heads = list(_QUESTION.finditer(text))
    for h, head in enumerate(heads):
        stop = heads[h + 1].start() if h + 1 < len(heads) else len(text)
        base = _BASE.search(text, head.end(), stop)
        if base is None:
            continue
        rows = tuple(((m.start("k"), m.end("k"), m.group("k")), (m.start("pct"), m.end("pct"), m.group("pct")))
                     for m in _ROW.finditer(text, head.end(), base.start()))
        signed = sum(text.startswith(("%", "％"), p[1]) for _, p in rows)
        if signed < 2:
            rows = tuple((k, p) for k, p in rows if text.startswith(("%", "％"), p[1]))  # a share without % only beside shares with it
        if len(rows) >= 2:
            # its 本题平均分 after its base (问卷星), or between its last row and its base (腾讯问卷)
            mean = _MEAN.match(text, base.end()) or _MEAN.search(text, rows[-1][1][1], base.start())
            out.append(PlatformBlock(int(head.group("q")), head.group("form"), rows, (base.start("n"), base.end("n"), base.group("n")),
                                     head.start(), head.end(), (mean.start("m"), mean.end("m"), mean.group("m")) if mean else None))
    return out


@dataclass(eq=False)
class PlatformGroup(Group):
    """A question block and the claims of its counts, shares and base (``(row, "k" | "p")`` and ``"base"`` -> index)."""

    kind: str = "platform"
    block: PlatformBlock | None = None
    claims: dict = field(default_factory=dict)
    #: each option's score as its label prints it, for a scale question with a 本题平均分
    scores: tuple = ()


def find(rows: ClaimList, add) -> None:
    at = {pos[0]: i for i, pos in enumerate(rows.positions)}
    taken = rows.taken()
    for b in platform_blocks(rows.text):
        # the rows as the claims have them: each share with the count right before it ("4060.61%" split into 40 and 60.61%)
        claims = {}
        pairs = []
        inside = [j for j in rows.between(b.body, b.base[0]) if j not in taken]
        for j in inside:
            if rows[j]["kind"] == "percent" and pairs is not None:
                before = [x for x in inside if x < j and rows[x]["kind"] == "count"]
                if not before or (pairs and before[-1] <= pairs[-1][1]):
                    pairs = None  # a share with no count of its own: not the export's layout
                    break
                pairs.append((before[-1], j))
        if not pairs:
            continue
        b = PlatformBlock(b.number, b.form, tuple((_span(rows, k), _span(rows, p)) for k, p in pairs), b.base, b.start, b.body, b.mean)
        for r, (k, p) in enumerate(pairs):
            claims[(r, "k")], claims[(r, "p")] = k, p
        if b.mean is not None and at.get(b.mean[0]) is not None:
            claims["mean"] = at[b.mean[0]]
            # each option's score, printed in its label ("非常满意(5分)"), between the row before and its count
            scores, last = [], b.body
            for k, _ in pairs:
                m = _SCORE.search(rows.text, last, rows.positions[k][0])
                scores.append(int(m.group("s")) if m else None)
                last = rows.positions[k][1]
            g_scores = tuple(scores)
        else:
            g_scores = ()
        i = at.get(b.base[0])
        if i is not None and i not in taken:
            claims["base"] = i
        if len(claims) < 3:
            continue
        g = PlatformGroup(start=b.start, end=b.base[1], block=b, claims=claims, scores=g_scores)
        g.members = sorted(set(claims.values()))
        n = int(b.base[2])
        for key, x in claims.items():
            if isinstance(key, tuple) and n:  # the block's base, known when it is found (a summary's repeat of a share takes it)
                rows[x]["base"], rows[x]["base_evidence"] = n, f"stated: 本题有效填写人次{n}"
        add(g)


def _span(rows: ClaimList, i: int) -> tuple[int, int, str]:
    start, end = rows.positions[i]
    return start, end, str(rows[i]["value"])


def judge(rows: ClaimList, g: PlatformGroup) -> list[Check]:
    b = g.block
    n = int(b.base[2])
    multi = "多选" in b.form or "排序" in b.form
    out: list[Check] = []
    counts = [int(k[2]) for k, _ in b.rows]
    fits = [share_fits(k, n, p[2]) for k, (_, p) in zip(counts, b.rows, strict=True)]
    # one row's count misprinted: every other count fits its share of n, this row's share gives the count that makes the rows
    # add up to n ("售后无保障 52 24.14%" under 本题有效填写人次 203: 49 fits 24.14% and 88 + 41 + 49 + 25 = 203)
    off = None
    if not multi and n and fits.count(False) == 1 and sum(counts) != n:
        r = fits.index(False)
        fit = n - (sum(counts) - counts[r])
        if 0 <= fit <= n and share_fits(fit, n, b.rows[r][1][2]):
            off = (r, fit)
    for r, (k, (_, p)) in enumerate(zip(counts, b.rows, strict=True)):
        i = g.claims.get((r, "p"))
        if i is None or n == 0:
            continue
        value = p[2]  # (the claims carry the block's base since the block was found)
        _, d = scaled(value)
        facts = {"k": k, "n": n, "exact": exact_share(k, n), "printed": printed_share(k, n, d), "reported": rows[i]["reported"],
                 "count_id": rows[g.claims[(r, "k")]]["claim_id"] if (r, "k") in g.claims else ""}
        assumption = f"n = {n} (本题有效填写人次)"
        if fits[r]:
            out.append(make_check(rows, g, [i], "percent_of", "fit", "consistent", assumption=assumption, expected=f"{facts['printed']}%",
                                  observed=rows[i]["reported"], mode="up_or_down", **facts))
        else:
            rest = sum(fits)
            context = {"key": "others_fit_one", "n": n} if rest == 1 else {"key": "others_fit_many", "rest": rest, "n": n} if rest else \
                {"key": "base_is", "base": f"本题有效填写人次{n}"}
            blamed = g.claims[(r, "k")] if off is not None and off[0] == r and (r, "k") in g.claims else i  # the misprinted count, not its share
            out.append(make_check(rows, g, [blamed], "percent_of", "misfit", "inconsistent", assumption=assumption, expected=f"{facts['printed']}%",
                                  observed=rows[i]["reported"], context=context, hints=misfit_hints(rows, k, n, value), **facts))
    out += _mean(rows, g, counts, n)
    ids = [g.claims.get((r, "k")) for r in range(len(b.rows))]
    base = g.claims.get("base")
    if None in ids or base is None:
        return out
    s = sum(counts)
    facts = {"line": f"第{b.number}题", "parts": [rows[i]["reported"] for i in ids], "sum": str(s), "total": b.base[2], "total_label": "本题有效填写人次",
             "total_in": "row"}
    if multi:
        out.append(make_check(rows, g, [base, *ids], "cells_sum", "multi_select", "consistent", assumption=f"a multi-select question ({b.form})",
                              expected=str(s), observed=b.base[2], **facts))
    elif s == n:
        out.append(make_check(rows, g, [base, *ids], "cells_sum", "equal", "consistent", assumption="each respondent gave one answer",
                              expected=str(s), observed=b.base[2], **facts))
    elif off is not None:
        r, fit = off
        j = ids[r]
        before = g.claims.get((r - 1, "p")) if r else None
        label = rows.text[(rows.positions[before][1] if before is not None else b.body) : rows.positions[j][0]].strip()  # the row's option
        out.append(make_check(rows, g, [j], "cells_sum", "one_count_off", "inconsistent", assumption="the other rows' counts and shares are right",
                              expected=str(fit), observed=rows[j]["reported"], gap=str(abs(s - n)), label=label, count=rows[j]["reported"],
                              share=rows[g.claims[(r, "p")]]["reported"], fit=fit, **facts))
    else:
        variant = "over" if s > n else "short_if"
        verdict = "inconsistent" if s > n else "consistent_if"
        extra = {"why": {"key": "form_marked"}} if s > n else {}
        out.append(make_check(rows, g, [base, *ids] if s < n else ids, "cells_sum", variant, verdict,
                              assumption="each respondent gave one answer" if s > n else "a row is not printed",
                              expected=str(s), observed=b.base[2], gap=str(abs(s - n)), **extra, **facts))
    return out


def _mean(rows: ClaimList, g: PlatformGroup, counts: list[int], n: int) -> list[Check]:
    """A scale question's 本题平均分 against its options' scores and counts: Σ score × count / n."""
    from fractions import Fraction

    from ..consistency import reround

    i = g.claims.get("mean")
    if i is None or not g.scores or None in g.scores or sum(counts) != n or n == 0:
        return []
    total = sum(s * k for s, k in zip(g.scores, counts, strict=True))
    printed = str(rows[i]["value"])
    d = len(printed.partition(".")[2])
    exact = Fraction(total, n)
    shown = reround(exact, d, rounding="up")[0]
    facts = {"terms": [f"{k}×{s}" for s, k in zip(g.scores, counts, strict=True)], "total": total, "n": n, "exact": reround(exact, 4, rounding="up")[0],
             "printed": shown, "reported": printed}
    fits = abs(exact - Fraction(printed)) <= Fraction(1, 2 * 10**d)
    return [make_check(rows, g, [i], "scale_mean", "fit" if fits else "misfit", "consistent" if fits else "inconsistent",
                       assumption="each option scores as its label prints it", expected=shown, observed=printed, **facts)]


#: What joins the answers a summary adds up: "经常或偶尔", "满意和基本满意", "A、B".
_JOIN = re.compile(r"\s*(?:或者|或是|或|和|与|及|以及|、|[+＋]|加上)\s*")
#: A clause that names the base of its share ("占全部受访者的", "占就餐老人的"): not the block's.
_OWN_BASE = re.compile(r"占[^,，;；。%\d]{1,12}的")
#: The block's header before its first row: "选项 小计 比例".
_HEADER = re.compile(r"^\s*选项\s*小计\s*比例\s*")
#: An option's note in brackets after its name: "经常(每周3次以上)", "从未(请跳至第6题)".
_NOTE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


def _option_names(rows: ClaimList, g: PlatformGroup) -> list[str]:
    """Each row's option as its name (its note in brackets left out), or ``""``."""
    b, text, names, last = g.block, rows.text, [], g.block.body
    for k, p in b.rows:
        label = _NOTE.sub("", _HEADER.sub("", text[last : k[0]].lstrip("%％ \t\n"))).strip(" \t\n:：“”\"")
        names.append(label if 2 <= len(label) <= 12 and not re.search(r"\d", label) else "")
        last = p[1]
    return names


def option_union(rows: ClaimList, s: int) -> tuple[PlatformGroup, list[int], list[str]] | None:
    """The answers of one earlier single-choice block that the clause of share ``s`` adds up, named joined by 或, 和 or 、
    ("经常或偶尔就餐的老人合计占64.21%" after a block with the rows 经常(每周3次以上), 偶尔, 从未): the block, the rows and
    their names; ``None`` unless exactly one block has two or more of its answers named that way, and the clause names
    no base of its own."""
    text = rows.text
    start = rows.positions[s][0]
    cut = max(text.rfind(p, 0, start) for p in ",，;；。\n") + 1
    if _OWN_BASE.search(text, cut, start):
        return None
    found = []
    for g in rows.groups:
        if not isinstance(g, PlatformGroup) or g.end > start or "多选" in g.block.form or "排序" in g.block.form:
            continue
        names = _option_names(rows, g)
        at, chain, x = {}, [], cut
        while x < start:  # each place of the clause takes the longest name there ("很满意" before "满意")
            hit = max((r for r, name in enumerate(names) if name and text.startswith(name, x)), key=lambda r: len(names[r]), default=None)
            if hit is None:
                x += 1
                continue
            at[x] = hit
            x += len(names[hit])
        for x in sorted(at):
            r = at[x]
            if chain and r not in [c for c, _ in chain]:
                end = chain[-1][1] + len(names[chain[-1][0]])
                if _JOIN.fullmatch(text, end, x):
                    chain.append((r, x))
                    continue
            if len(chain) >= 2:
                break
            chain = [(r, x)]
        if len(chain) >= 2:
            found.append((g, [r for r, _ in chain], [names[r] for r, _ in chain]))
    return found[0] if len(found) == 1 else None


# --- a ranking question (排序题) -----------------------------------------------------------------------------------

#: A ranking question's header: "选项 平均综合得分 第1位 第2位 第3位 第4位".
_RANK_HEAD = re.compile(r"平均综合得分(?P<places>(?:\s*第\s*\d{1,2}\s*位)+)")
#: The weight the page gives the first place: "选项排在第1位的权值为4".
_FIRST_WEIGHT = re.compile(r"第\s*1\s*位的?权值(?:为|是)\s*(?P<w>\d{1,2})")


@dataclass(eq=False)
class RankGroup(Group):
    """A ranking question of a platform export: its number, its base ``n``, each option's name, average score and counts by
    place (claim indices), and the weight of the first place."""

    kind: str = "rank"
    number: int = 0
    n: int = 0
    base: int = -1
    options: list = field(default_factory=list)
    first_weight: int = 0
    weight_printed: bool = False


def rank_blocks(text: str) -> list[tuple]:
    """The ranking questions of a platform export: ``(number, head start, base match, places, rows)``, each row
    ``(name, score span, [count spans])`` with spans as ``(start, end)``.

    >>> b = rank_blocks("第4题 原因排序: [排序题] 选项 平均综合得分 第1位 第2位 离家近 1.6 3 2 价格 1.4 2 3 本题有效填写人次 5")[0]
    >>> b[0], b[3], [(name, len(counts)) for name, _, counts in b[4]]
    (4, 2, [('离家近', 2), ('价格', 2)])
    """
    if "排序" not in text or "平均综合得分" not in text:
        return []
    out = []
    heads = [h for h in _QUESTION.finditer(text)]
    for h, head in enumerate(heads):
        if "排序" not in head.group("form"):
            continue
        stop = heads[h + 1].start() if h + 1 < len(heads) else len(text)
        base = _BASE.search(text, head.end(), stop)
        header = _RANK_HEAD.search(text, head.end(), base.start()) if base else None
        if header is None:
            continue
        places = len(re.findall(r"第", header.group("places")))
        row = re.compile(r"\s*(?P<name>[^\d\s][^\d]{0,29}?)\s*(?P<score>\d{1,2}\.\d{1,3})" + r"\s+(\d{1,7})" * places)
        rows, at = [], header.end()
        while at < base.start():
            m = row.match(text, at, base.start())
            if m is None:
                break
            rows.append((m.group("name").strip(), m.span("score"), [m.span(k) for k in range(3, 3 + places)]))
            at = m.end()
        if len(rows) >= 2 and text[at : base.start()].strip() == "":
            out.append((int(head.group("q")), head.start(), base, places, rows))
    return out


def find_ranks(rows: ClaimList, add) -> None:
    at = {pos[0]: i for i, pos in enumerate(rows.positions)}
    taken = rows.taken()
    text = rows.text
    for number, start, base, _places, options in rank_blocks(text):
        claimed = []
        for name, score, counts in options:
            ids = [at.get(score[0])] + [at.get(c[0]) for c in counts]
            if None in ids or any(i in taken for i in ids):
                break
            claimed.append((name, ids[0], ids[1:]))
        else:
            weight = _FIRST_WEIGHT.search(text, base.end(), min(len(text), base.end() + 200))
            g = RankGroup(start=start, end=base.end(), number=number, n=int(base.group("n")), base=at.get(base.start("n"), -1),
                          options=claimed, first_weight=int(weight.group("w")) if weight else len(options), weight_printed=weight is not None)
            g.members = sorted({i for _, s, cs in claimed for i in (s, *cs)} | ({g.base} if g.base >= 0 else set()))
            add(g)


def judge_ranks(rows: ClaimList, g: RankGroup) -> list[Check]:
    """Each option's 平均综合得分 against its counts by place, weighted first place ``first_weight`` down by one, over the
    question's n (问卷星's definition); each option's counts and each place's counts against n where they add up to it."""
    out: list[Check] = []
    n = g.n
    weights = [g.first_weight - r for r in range(len(g.options[0][2]))]
    if n <= 0 or min(weights) < 1:
        return out
    for name, s, cs in g.options:
        counts = [int(rows[c]["value"]) for c in cs]
        total = sum(k * w for k, w in zip(counts, weights, strict=True))
        printed = str(rows[s]["value"])
        _, d = scaled(printed)
        exact = Fraction(total, n)
        ok = abs(exact - Fraction(printed)) <= half_unit(printed)
        facts = {"option": name, "line": f"第{g.number}题", "counts": counts, "weights": weights, "total": total, "n": n,
                 "exact": f"{float(exact):.4f}", "reported": rows[s]["reported"],
                 "weight_source": "printed" if g.weight_printed else "options"}
        out.append(make_check(rows, g, [s, *cs], "rank_score", "fit" if ok else "misfit", "consistent" if ok else "inconsistent",
                              assumption=f"the first place weighs {weights[0]}, each next one 1 less; n = {n} (本题有效填写人次)",
                              expected=f"{float(exact):.{d}f}", observed=rows[s]["reported"], **facts))
    lines = [(name, cs) for name, _, cs in g.options]
    lines += [(f"第{r + 1}位", [cs[r] for _, _, cs in g.options]) for r in range(len(weights))]
    for line, ids in lines:
        parts = [int(rows[c]["value"]) for c in ids]
        if sum(parts) == n and g.base >= 0:
            out.append(make_check(rows, g, [g.base, *ids], "cells_sum", "equal", "consistent", assumption="each respondent ranks every option once",
                                  expected=str(n), observed=str(n), line=line, parts=[rows[c]["reported"] for c in ids], sum=str(n), total=str(n),
                                  total_label="本题有效填写人次", total_in="row"))
    return out
