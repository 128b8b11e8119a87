"""Means ± SD, test statistics and two-group rates in Chinese papers: a statcheck for Chinese text.

Journal papers in medicine, nursing, education and psychology report
means with their standard deviations ("(3.45±0.82)分", "M=3.45,SD=0.82"),
the size of each group ("观察组50例", "每组各45例"), rates of two groups
with their counts ("观察组总有效率93.33%(42/45)") and tests ("χ²=5.67,
P<0.05", "t=2.13,P=0.035", "F(2,147)=4.21,P<0.01"). :func:`find_paper_numbers`
reads them from clean text; :func:`paper_groups` makes one group of each
mean ± SD, each test and each pair of group rates; :func:`judge_paper_group`
checks them:

* **GRIM and GRIMMER** (:func:`dangjian.engine.consistency.grimmer`) on a mean ± SD
  with its group's n, when the data are whole numbers: scores (分) on a
  stated integer scale or with a stated number of items, or ages (岁) in
  whole years. A mean of a measurement (mmol/L, kg, 天 …) is read but not
  tested: GRIM says nothing about continuous data.
* **The p-value of each test, as statcheck does**: the printed statistic is
  widened by its rounding, the p-value range recomputed (scipy), and
  compared with the printed p (exact or a bound). A missing df is derived
  where the design gives it (t: n₁ + n₂ − 2 from the two groups' sizes; χ²
  of two rates: 1), and the assumption says so; otherwise the test is not
  checkable. When the printed and recomputed p fall on different sides of
  0.05 the check is ``decision_error``.
* **Two-group rates**: each share against its own count and group size, and
  the χ² of the 2×2 table recomputed with and without Yates' correction
  (Fisher's exact test beside it when an expected count is below 5); the
  explanation says which one the paper's value matches.

Examples
--------
>>> found = find_paper_numbers("观察组50例,评分为(3.45±0.82)分,两组比较t=2.13,P=0.035。")
>>> [(f.kind, f.reported) for f in found]
[('mean', '3.45'), ('sd', '0.82'), ('test', 't=2.13'), ('p', 'P=0.035')]
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from .records import span_at

__all__ = ["PaperNumber", "find_paper_numbers", "group_sizes", "paper_groups", "judge_paper_group", "p_value_range"]


@dataclass
class PaperNumber:
    """A number of a paper: ``kind`` (mean, sd, test, p, count, percent), its span, as printed, its value."""

    kind: str
    start: int
    end: int
    reported: str
    value: str
    unit: str = ""
    extra: dict = field(default_factory=dict)


_NUM = r"\d+(?:\.\d+)?"
#: "(3.45±0.82)分", "3.45±0.82", "3.45 ± 0.82"
_MEAN_SD = re.compile(rf"(?<![\d.])(?P<m>-?{_NUM})\s*(?:±|\+/-|\+-)\s*(?P<sd>{_NUM})(?![\d.])")
#: "M=3.45,SD=0.82", "均值为3.45,标准差为0.82"
_MEAN_SD_WORDS = re.compile(
    rf"(?:(?<![A-Za-z])M|均值|平均值|均数|平均分)\s*(?:为|=|＝|:|：)\s*(?P<m>{_NUM})\s*[,，;；、]?\s*(?:(?<![A-Za-z])(?:SD|s)|标准差)\s*(?:为|=|＝|:|：)\s*(?P<sd>{_NUM})(?![\d.])"
)
#: What follows a mean ± SD: its unit ("分", "岁", "mmol/L" …).
_UNIT_AFTER = re.compile(r"\s*[)）]?\s*(?P<unit>分|岁|天|d|次|个|项|例|kg|cm|mmol/L|μmol/L|mg|ml|mL|g/L|%|h|小时|min|分钟)?")
#: Groups and their sizes: "观察组50例", "对照组(n=45)", "男生120名".
_GROUP_NAMES = r"观察组|对照组|实验组|干预组|试验组|治疗组|研究组|常规组|A组|B组|C组|甲组|乙组|丙组|男生|女生|男性|女性|男|女"
_GROUP_NAME = re.compile(_GROUP_NAMES)
_GROUP_N = re.compile(
    rf"(?P<name>{_GROUP_NAMES})\s*(?:患者|病人|学生|儿童|护士|产妇)?\s*(?:共|各|为)?\s*"
    rf"(?:[(（]\s*[nN]\s*[=＝]\s*(?P<n_eq>\d{{1,5}})\s*[)）]|(?P<n>\d{{1,5}})\s*(?:例|名|人|位)(?!次))"
)
#: "每组各45例", "两组各45例", "各40例"
_EACH_GROUP_N = re.compile(r"(?:每组|两组|各组|三组)?(?:各|均)\s*(?P<n>\d{1,5})\s*(?:例|名|人)")
_SAMPLE_N = re.compile(r"(?<![A-Za-z])[nN]\s*[=＝]\s*(?P<n>\d{1,6})(?!\d)")
#: The scale of a score: "1~5分", "采用5级评分", "共20个条目".
_SCALE = re.compile(r"(?P<lo>\d)\s*[~～\-—–至到]\s*(?P<hi>\d{1,2})\s*分(?!钟)|(?:采用|为|按)?(?P<levels>[3-9]|10)\s*级(?:评分|计分|评价|量表)"
                    r"|(?P<binary>(?:是|有|阳性)\s*[=＝]\s*1\s*[,，、;；]\s*(?:否|无|阴性)\s*[=＝]\s*0|(?:否|无|阴性)\s*[=＝]\s*0\s*[,，、;；]\s*(?:是|有|阳性)\s*[=＝]\s*1)")
_ITEMS = re.compile(r"(?:共|含|包括)?\s*(?P<k>\d{1,3})\s*个?(?:条目|题目|项目|道题|题)")
#: Tests: "χ²=5.67", "χ2=5.67", "t=2.13", "F(2,147)=4.21", "Z=1.98", "u=2.01", "r=0.35".
_TEST = re.compile(
    r"(?<![A-Za-z0-9.])(?P<name>[χΧ]\s*[²2]|[Xx]\s*[²2](?!\d)|t|F|Z|z|u|r)"
    r"\s*(?:[(（]\s*(?P<df1>\d+)\s*(?:[,，]\s*(?P<df2>\d+(?:\.\d+)?))?\s*[)）])?\s*(?:值)?\s*(?:[=＝]|为)\s*(?P<value>-?\d+(?:\.\d+)?)(?![\d.])"
)
#: The p-value printed after a test: "P<0.05", "P＜0.01", "P=0.035", "p值为0.023".
_P_AFTER = re.compile(
    r"[\s,，;；、]*[(（]?\s*(?P<p>[Pp]\s*(?:值)?\s*(?:为)?\s*(?P<op><=|>=|[<＜>＞=＝≤≥]|为)\s*(?P<value>0?\.\d+|1(?:\.0+)?|0))(?![\d.])"
)
#: A share with its count and group size: "93.33%(42/45)".
_RATE_WITH_COUNTS = re.compile(rf"(?<![\d.])(?P<pct>{_NUM})%\s*[(（]\s*(?P<k>\d{{1,6}})\s*/\s*(?P<n>\d{{1,6}})\s*[)）]")


def _decimals(s: str) -> int:
    return len(s.partition(".")[2])


def find_paper_numbers(text: str) -> list[PaperNumber]:
    """Means ± SD, group sizes, tests with their p and two-group rates in ``text``, in text order.

    Group sizes ("观察组50例", "每组各45例") are not claims of their own:
    they stay with :mod:`dangjian.engine.extract`, and the checks read them from
    the text before each mean or test (see :func:`group_sizes`).
    """
    out: list[PaperNumber] = []
    taken: set[int] = set()

    def add(item: PaperNumber) -> None:
        if taken.isdisjoint(range(item.start, item.end)):
            out.append(item)
            taken.update(range(item.start, item.end))

    # each pass needs a sign or a word that most survey reports never print: skip it when that is absent
    means = [_MEAN_SD] if ("±" in text or "+/-" in text or "+-" in text) else []
    if "SD" in text or "标准差" in text or "s=" in text or "s＝" in text:
        means.append(_MEAN_SD_WORDS)
    tests = "=" in text or "＝" in text or "值为" in text or re.search(r"[χΧ]|[tFZzurX]\s*为", text) is not None
    for pattern in means:
        for m in pattern.finditer(text):
            if m.group("m").startswith("-"):
                continue
            unit = _UNIT_AFTER.match(text, m.end()).group("unit") or ""
            mean = PaperNumber("mean", m.start("m"), m.end("m"), m.group("m"), m.group("m"), unit)
            sd = PaperNumber("sd", m.start("sd"), m.end("sd"), m.group("sd"), m.group("sd"), unit)
            if taken.isdisjoint(range(m.start(), m.end())):
                out += [mean, sd]
                taken.update(range(m.start(), m.end()))
    for m in _TEST.finditer(text) if tests else ():
        p = _P_AFTER.match(text, m.end())
        name = re.sub(r"\s", "", m.group("name"))
        stat = {"χ²": "chi2", "χ2": "chi2", "Χ²": "chi2", "Χ2": "chi2", "X²": "chi2", "X2": "chi2", "x²": "chi2", "x2": "chi2"}.get(name, name.lower())
        reported = text[m.start() : m.end()]
        extra = {"stat": stat, "df1": m.group("df1"), "df2": m.group("df2")}
        if p is None and stat in ("t", "r", "u", "z"):
            continue  # a bare "t=3" or "r=5" without a p-value is rarely a test
        add(PaperNumber("test", m.start(), m.end(), reported, m.group("value"), "", extra))
        if p is not None:
            op = {"＜": "<", "＞": ">", "＝": "=", "为": "=", "≤": "<=", "≥": ">="}.get(p.group("op"), p.group("op"))
            add(PaperNumber("p", p.start("p"), p.end("p"), p.group("p"), p.group("value"), "", {"op": op, "test_start": m.start()}))
    for m in _RATE_WITH_COUNTS.finditer(text) if "/" in text else ():
        if not taken.isdisjoint(range(m.start(), m.end())):
            continue
        out += [PaperNumber("percent", m.start("pct"), m.start("pct") + len(m.group("pct")) + 1, m.group("pct") + "%", m.group("pct"), "%",
                            {"k": int(m.group("k")), "n": int(m.group("n"))}),
                PaperNumber("count", m.start("k"), m.end("k"), m.group("k"), m.group("k"), "例", {"role": "numerator"}),
                PaperNumber("count", m.start("n"), m.end("n"), m.group("n"), m.group("n"), "例", {"role": "group_n"})]
        taken.update(range(m.start(), m.end()))
    out.sort(key=lambda x: x.start)
    return out


# --- groups --------------------------------------------------------------------------


def paper_groups(rows, new) -> None:
    """One group per mean ± SD, per test and per pair of group rates, made with ``new(kind, start, end, **extra)``.

    ``rows`` is a :class:`dangjian.engine.extract.ClaimList` whose ``paper``
    attribute maps claim indices to their :class:`PaperNumber`.
    """
    paper: dict[int, PaperNumber] = getattr(rows, "paper", {}) or {}
    if not paper:
        return
    text = rows.text
    order = sorted(paper)
    means = [i for i in order if paper[i].kind == "mean"]
    for i in means:
        sd = next((j for j in order if j > i and paper[j].kind == "sd"), None)
        if sd is None:
            continue
        n, how = _group_n(text, rows, paper, i)
        scale = _scale_before(text, paper[i].start)
        g = new("mean_sd", paper[i].start, paper[sd].end, mean=i, sd=sd, n=n, n_how=how, scale=scale, unit=paper[i].unit)
        g.members += [i, sd]
    rates = [i for i in order if paper[i].kind == "percent"]
    for i in rates:
        k = next(j for j in order if j > i and paper[j].extra.get("role") == "numerator")
        n = next(j for j in order if j > k and paper[j].extra.get("role") == "group_n")
        g = new("two_group", paper[i].start, paper[n].end, share=i, k=k, n=n)
        g.members += [i, k, n]
    tests = [i for i in order if paper[i].kind == "test"]
    for i in tests:
        p = next((j for j in order if paper[j].kind == "p" and paper[j].extra.get("test_start") == paper[i].start), None)
        sentence = span_at(rows.sentences, paper[i].start)
        # the rates of the sentence, or of the one before, that a χ² compares
        compared = [j for j in rates if sentence[0] - 200 <= paper[j].start < paper[i].start]
        ns = _two_group_ns(text, rows, paper, i)
        g = new("test", paper[i].start, paper[p].end if p is not None else paper[i].end, test=i, p=p, rates=compared[-2:], ns=ns)
        g.members += [i] + ([p] if p is not None else [])


def group_sizes(text: str, pos: int) -> dict[str, tuple[int, str]]:
    """The groups whose size is printed before ``pos``: name -> (n, the words that say so), the latest statement of each.

    Examples
    --------
    >>> group_sizes("观察组男26例,女22例;对照组50例。", 99)
    {'男': (26, '男26例'), '女': (22, '女22例'), '对照组': (50, '对照组50例')}
    """
    out: dict[str, tuple[int, str]] = {}
    for m in _GROUP_N.finditer(text, 0, pos):
        out.pop(m.group("name"), None)
        out[m.group("name")] = (int(m.group("n") or m.group("n_eq")), m.group(0))
    return out


def _is_arm(name: str) -> bool:
    """A study arm (观察组, A组) rather than a sub-group of one (男, 女生)."""
    return name.endswith("组")


def _group_n(text: str, rows, paper: dict, i: int) -> tuple[int | None, str]:
    """The n of the group a mean belongs to, and where it came from.

    The group named just before the mean decides; a study arm (…组) wins
    over a sex named after it ("观察组男26例,女22例,年龄…": the age is of
    the arm). An arm with no size of its own takes 每组各n例; then an n= of
    the sentence, then a sub-group's own size.
    """
    pos = paper[i].start
    sentence = span_at(rows.sentences, pos)
    names = [m.group(0) for m in _GROUP_NAME.finditer(text, max(sentence[0], pos - 40), pos)]
    sizes = group_sizes(text, pos)
    arms = [n for n in names if _is_arm(n)]
    named = arms[-1] if arms else names[-1] if names else None
    if named in sizes:
        return sizes[named][0], sizes[named][1]
    each = [m for m in _EACH_GROUP_N.finditer(text, 0, pos)]
    if each and (named is None or _is_arm(named)):
        return int(each[-1].group("n")), each[-1].group(0)
    before = [m for m in _SAMPLE_N.finditer(text, max(0, sentence[0] - 200), pos)]
    after = [m for m in _SAMPLE_N.finditer(text, pos, sentence[1])]
    lone = before[-1] if before else after[0] if after else None  # the nearest n before it, else the first after it
    if lone is not None:
        return int(lone.group("n")), lone.group(0)
    if each:
        return int(each[-1].group("n")), each[-1].group(0)
    return None, ""


def _two_group_ns(text: str, rows, paper: dict, i: int) -> list[int]:
    """The sizes of the two groups a test compares: two study arms, else 每组各n例, else two sub-groups."""
    pos = paper[i].start
    sizes = group_sizes(text, pos)
    arms = [n for name, (n, _) in sizes.items() if _is_arm(name)]
    if len(arms) >= 2:
        return arms[-2:]
    each = [m for m in _EACH_GROUP_N.finditer(text, 0, pos)]
    if each:
        return [int(each[-1].group("n"))] * 2
    others = [n for name, (n, _) in sizes.items() if not _is_arm(name)]
    return others[-2:] if len(others) >= 2 else []


def _scale_before(text: str, pos: int) -> dict:
    """The scale stated before ``pos``: item score range and number of items, where printed."""
    out: dict = {}
    for m in _SCALE.finditer(text, 0, pos):
        if m.group("binary"):
            out["scale"] = (0, 1)  # a binary variable coded 0/1: GRIMMER on the scale is DEBIT
        elif m.group("levels"):
            out["scale"] = (1, int(m.group("levels")))
        else:
            lo, hi = int(m.group("lo")), int(m.group("hi"))
            if lo < hi:
                out["scale"] = (lo, hi)
    items = [m for m in _ITEMS.finditer(text, 0, pos)]
    if items:
        out["items"] = int(items[-1].group("k"))
    return out


# --- checks ---------------------------------------------------------------------------


def p_value_range(stat: str, value: str, df1: float | None = None, df2: float | None = None) -> tuple[float, float]:
    """The range of two-sided p-values (one-sided upper tail for χ² and F) that the printed statistic allows.

    The statistic is widened by half a unit of its last printed decimal,
    as statcheck does.

    Examples
    --------
    >>> lo, hi = p_value_range("t", "2.13", 98)
    >>> round(lo, 4), round(hi, 4)
    (0.0353, 0.0361)
    """
    from scipy import stats

    v = abs(float(value))
    half = 0.5 * 10 ** -_decimals(value)
    lo_v, hi_v = max(v - half, 0.0), v + half

    def p(x: float) -> float:
        if stat == "t":
            return float(2 * stats.t.sf(x, df1))
        if stat in ("z", "u"):
            return float(2 * stats.norm.sf(x))
        if stat == "chi2":
            return float(stats.chi2.sf(x, df1))
        if stat == "f":
            return float(stats.f.sf(x, df1, df2))
        if stat == "r":
            x = min(x, 0.999999)
            return float(2 * stats.t.sf(x * math.sqrt(df1 / (1 - x * x)), df1))
        raise ValueError(f"unknown statistic {stat!r}")

    return p(hi_v), p(lo_v)


def _printed_p(op: str, value: str) -> tuple[float, float, str]:
    """The interval of p that the printed p allows, and how to read it."""
    p = float(value)
    if op == "=" and p == 0:
        return 0.0, 0.5 * 10 ** -_decimals(value), f"P={value} (read as P<{0.5 * 10 ** -_decimals(value):g})"
    if op == "=":
        half = 0.5 * 10 ** -_decimals(value)
        return max(p - half, 0.0), p + half, f"P={value}"
    if op in ("<", "<="):
        return 0.0, p, f"P{op}{value}"
    return p, 1.0, f"P{op}{value}"


def judge_paper_group(rows, g, check) -> list[dict]:
    """The checks of one paper group; ``check(rows, g, ids, name, assumption, expected, observed, verdict, explanation)`` makes a row."""
    paper = rows.paper
    if g.kind == "mean_sd":
        return _judge_mean_sd(rows, g, paper, check)
    if g.kind == "two_group":
        return _judge_two_group(rows, g, paper, check)
    return _judge_test(rows, g, paper, check)


def _judge_mean_sd(rows, g, paper, check) -> list[dict]:
    from .consistency.grimmer import _grimmer_reason

    i, s = g.extra["mean"], g.extra["sd"]
    mean, sd, n, unit = paper[i].value, paper[s].value, g.extra["n"], g.extra["unit"]
    scale = g.extra["scale"]
    shown = f"{mean}±{sd}"
    if unit == "" and scale:
        unit = "分"  # no unit, but a scale is stated before it: a score
    if unit == "":
        return [check(rows, g, [i, s], "grimmer", "", "", shown, "not_checkable",
                      f"{shown} is printed with no unit and no scale, so whether its data are whole numbers is unknown.")]
    if unit not in ("分", "岁"):
        return [check(rows, g, [i, s], "grimmer", "", "", shown, "not_checkable",
                      f"{shown}{unit} is a mean of a measurement, not of whole numbers: GRIM and GRIMMER do not apply.")]
    if n is None:
        return [check(rows, g, [i, s], "grimmer", "", "", shown, "not_checkable", f"No group size is printed for {shown}{unit}, so it cannot be tested.")]
    if n < 2:
        return []
    items, bounds, what = 1, None, ""
    if unit == "岁":
        what = "ages in whole years, as papers record them"
    else:
        k = scale.get("items", 1)
        lo_hi = scale.get("scale")
        if lo_hi is None and "items" not in scale:
            return [check(rows, g, [i, s], "grimmer", "", "", shown, "not_checkable",
                          f"No scale or number of items is printed for the score {shown}分, so whether its data are whole numbers is unknown.")]
        if lo_hi is not None and Decimal(mean) <= lo_hi[1]:
            items, bounds = k, lo_hi  # the mean of item scores, each on the scale
            what = f"scores on the {lo_hi[0]}~{lo_hi[1]} scale" + (f", averaged over {k} items" if k > 1 else "")
        else:
            items = 1  # a total score: a whole number per respondent
            bounds = (k * lo_hi[0], k * lo_hi[1]) if lo_hi is not None else None
            what = "whole-number total scores" + (f" from {k} items on the {lo_hi[0]}~{lo_hi[1]} scale" if lo_hi is not None else "")
    name = "grimmer"
    if bounds == (0, 1) and items == 1:
        from .consistency.debit import _debit_reason

        name, what = "debit", "answers coded 0/1"
        reason = _debit_reason(mean, sd, n, "up_or_down", 5)
    assumption = f"n = {n} ({g.extra['n_how']}); {what}"
    if name == "grimmer":
        reason = _grimmer_reason(mean, sd, n, items, "up_or_down", 5, bounds)
    if reason == "":
        return [check(rows, g, [i, s], name, assumption, "possible", shown, "consistent",
                      f"A mean of {mean} with an SD of {sd} can arise from {n} {what} (GRIM and GRIMMER{' with the scale' if bounds else ''}).")]
    if name == "debit":
        why = (f"no count of 1s among {n} gives the mean {mean} (GRIM)" if reason == "grim"
               else f"no {n} answers of 0 and 1 with that mean have an SD that prints as {sd} (DEBIT)")
        return [check(rows, g, [i, s] if reason != "grim" else [i], name, assumption, "possible", shown, "inconsistent",
                      f"{shown} cannot come from {n} {what}: {why}.")]
    why = {
        "grim": f"no whole-number sum divided by {n * items} prints as {mean} (GRIM)",
        "sd_range": f"no sum of squares of {n} such values gives an SD that prints as {sd} (GRIMMER)",
        "parity": f"the sums of squares that would give the SD {sd} all have the wrong parity for a mean of {mean} (GRIMMER)",
        "scale": f"no {n} values on the scale print as both {mean} and {sd}",
    }[reason]
    return [check(rows, g, [i, s] if reason != "grim" else [i], name, assumption, "possible", shown, "inconsistent",
                  f"{shown} cannot come from {n} {what}: {why}. It would be possible only if the data were not whole numbers or the n were another.")]


def _judge_two_group(rows, g, paper, check) -> list[dict]:
    from .consistency import part_of_base, reround

    s, k, n = g.extra["share"], g.extra["k"], g.extra["n"]
    count, size, value = int(paper[k].value), int(paper[n].value), paper[s].value
    if not part_of_base(count, size) or size == 0:
        return [check(rows, g, [k], "part_of_base", f"{count} of the group's {size}", f"<= {size}", str(count), "inconsistent",
                      f"The count {count} is more than its group of {size}, printed beside it ({count}/{size}).")]
    d = _decimals(value)
    printed = reround(Fraction(100 * count, size), d, rounding="up_or_down")
    exact = float(Fraction(100 * count, size))
    if value in printed:
        return [check(rows, g, [s], "percent_of", f"n = {size} ({count}/{size}, printed beside it)", f"{printed[0]}%", paper[s].reported, "consistent",
                      f"100 × {count} / {size} = {exact:.4f}%, which prints as {value}%.")]
    return [check(rows, g, [s], "percent_of", f"n = {size} ({count}/{size}, printed beside it)", f"{printed[0]}%", paper[s].reported, "inconsistent",
                  f"100 × {count} / {size} = {exact:.4f}%, which prints as {printed[0]}%, not {value}%: the share does not match the count and group size printed beside it.")]


def _df_of(g, paper, i) -> tuple[float | None, float | None, str]:
    """The degrees of freedom of a test: printed, or derived from the design (said in the assumption)."""
    stat, df1, df2 = paper[i].extra["stat"], paper[i].extra["df1"], paper[i].extra["df2"]
    if df1 is not None:
        return float(df1), (float(df2) if df2 is not None else None), f"df as printed ({df1}{', ' + df2 if df2 else ''})"
    if stat in ("z", "u"):
        return None, None, "a normal statistic (no df)"
    ns = g.extra["ns"]
    if stat == "t" and len(ns) == 2:
        return float(sum(ns) - 2), None, f"df = {ns[0]} + {ns[1]} − 2 = {sum(ns) - 2}, from the two groups' sizes (not printed)"
    if stat == "chi2" and len(g.extra["rates"]) == 2:
        return 1.0, None, "df = 1, a 2×2 table of the two rates (not printed)"
    return None, None, ""


def _judge_test(rows, g, paper, check) -> list[dict]:
    i, p = g.extra["test"], g.extra["p"]
    stat = paper[i].extra["stat"]
    out = []
    if stat == "chi2" and len(g.extra["rates"]) == 2:
        out += _recompute_chi2(rows, g, paper, check)
    if p is None:
        return out + [check(rows, g, [i], "test_p", "", "", paper[i].reported, "not_checkable", f"{paper[i].reported} is printed with no p-value.")]
    df1, df2, how = _df_of(g, paper, i)
    needs = {"t": df1, "chi2": df1, "f": df1 if df2 is not None else None, "r": df1, "z": 0.0, "u": 0.0}
    if needs.get(stat) is None:
        return out + [check(rows, g, [i, p], "test_p", "", "", paper[p].reported, "not_checkable",
                            f"{paper[i].reported} is printed without its degrees of freedom, and the text does not give the design that would fix them.")]
    lo, hi = p_value_range(stat, paper[i].value, df1, df2)
    p_lo, p_hi, read = _printed_p(paper[p].extra["op"], paper[p].value)
    ok = lo <= p_hi and p_lo <= hi
    recomputed = f"{lo:.4g}–{hi:.4g}" if f"{lo:.4g}" != f"{hi:.4g}" else f"{lo:.4g}"
    if ok:
        return out + [check(rows, g, [i, p], "test_p", how, f"p in {recomputed}", paper[p].reported, "consistent",
                            f"{paper[i].reported}, with {how}, gives p = {recomputed}, which {read} allows.")]
    # a decision error: the printed p says significant at 0.05 and every recomputed p says not, or the reverse
    decision = (p_hi <= 0.05 and lo >= 0.05) or (p_lo >= 0.05 and hi < 0.05)
    name = "decision_error" if decision else "test_p"
    side = "significant" if hi < 0.05 else "not significant"
    return out + [check(rows, g, [i, p], name, how, f"p in {recomputed}", paper[p].reported, "inconsistent",
                        f"{paper[i].reported}, with {how}, gives p = {recomputed}, which {read} does not allow"
                        + (f"; the printed p and the recomputed one fall on different sides of 0.05 (recomputed: {side})." if decision else ".")
                        + (" The df were derived, not printed: with other df the p would differ." if "not printed" in how else ""))]


def _recompute_chi2(rows, g, paper, check) -> list[dict]:
    """χ² of the 2×2 table of two printed rates, with and without Yates' correction, against the printed value."""
    from scipy import stats

    i = g.extra["test"]
    table = []
    for s in g.extra["rates"]:
        k, n = paper[s].extra["k"], paper[s].extra["n"]
        if k > n:
            return []
        table.append([k, n - k])
    if any(sum(r) == 0 for r in table) or any(table[0][c] + table[1][c] == 0 for c in range(2)):
        return []
    printed = paper[i].value
    half = 0.5 * 10 ** -_decimals(printed)
    fits = {}
    for correction, name in ((False, "Pearson's χ²"), (True, "with Yates' correction")):
        value = float(stats.chi2_contingency(table, correction=correction)[0])
        fits[name] = (value, abs(value - float(printed)) <= half + 1e-12)
    expected = stats.contingency.expected_freq(table)
    fisher = ""
    if expected.min() < 5:
        fisher = f"; an expected count is {expected.min():.2f}, below 5, so Fisher's exact test (p = {stats.fisher_exact(table)[1]:.4g}) is the usual choice"
    cells = f"{table[0][0]}/{sum(table[0])} against {table[1][0]}/{sum(table[1])}"
    values = ", ".join(f"{name} {v:.{max(2, _decimals(printed))}f}" for name, (v, _) in fits.items())
    matched = [name for name, (_, ok) in fits.items() if ok]
    if matched:
        return [check(rows, g, [i], "chi2_recomputed", f"the 2×2 table of {cells}", printed, paper[i].reported, "consistent",
                      f"From {cells}: {values}; the printed {printed} is {matched[0]}{fisher}.")]
    return [check(rows, g, [i], "chi2_recomputed", f"the 2×2 table of {cells}", " or ".join(f"{v:.2f}" for v, _ in fits.values()), paper[i].reported,
                  "inconsistent", f"From {cells}: {values}; neither gives the printed {printed}{fisher}.")]
