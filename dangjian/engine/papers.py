"""Reading a paper's numbers: means ± SD, group sizes, scales, test statistics and two-group rates.

Journal papers in medicine, nursing, education and psychology report
means with their standard deviations ("(3.45±0.82)分", "M=3.45,SD=0.82"),
the size of each group ("观察组50例", "每组各45例"), rates of two groups
with their counts ("观察组总有效率93.33%(42/45)") and tests ("χ²=5.67,
P<0.05", "t=2.13,P=0.035", "F(2,147)=4.21,P<0.01"), also as a table
flattened into text leaves them ("观察组45 62.36±8.14 … t值0.283 P值0.778"),
several after one sign ("t=22.959,-20.516;P<0.05"), a correlation in words
("相关系数为0.045"), and a p whose "<" was lost or printed as a bracket
("P0.01", "P(0.01": read as "<" and flagged). :func:`find_paper_numbers`
reads them from clean text; :func:`group_n`, :func:`two_group_ns` and
:func:`scale_before` read what the checks need around them, and
:func:`p_value_range` and :func:`printed_p` the two sides of a p-value check.
The group kinds that judge them (a statcheck for Chinese text) are
:mod:`dangjian.engine.kinds.mean_sd` (GRIM, GRIMMER, DEBIT),
:mod:`dangjian.engine.kinds.test` (p from the statistic) and
:mod:`dangjian.engine.kinds.two_group` (a rate against its count).

Examples
--------
>>> found = find_paper_numbers("观察组50例,评分为(3.45±0.82)分,两组比较t=2.13,P=0.035。")
>>> [(f.kind, f.reported) for f in found]
[('mean', '3.45'), ('sd', '0.82'), ('test', 't=2.13'), ('p', 'P=0.035')]
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field

from .records import span_at

__all__ = ["PaperNumber", "find_paper_numbers", "group_sizes", "group_n", "two_group_ns", "arm_counts", "scale_before", "p_value_range", "printed_p",
           "header_sizes", "arm_before", "arm_size", "scales_stated", "defined_scales"]


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
    rf"(?:[(（]\s*[nN]\s*[=＝]\s*(?P<n_eq>\d{{1,5}})\s*[)）]|(?P<n>\d{{1,5}})\s*(?:例|名|人|位)(?!次)"
    # a table flattened into text, one row per group: its n (the 例数 column), then its means ± SD
    rf"|(?P<n_row>\d{{1,5}})[ \t]+(?={_NUM}\s*±))"
)
#: "每组各45例", "两组各45例", "各40例"
_EACH_GROUP_N = re.compile(r"(?:(?:每组|两组|各组|三组)(?:各|均)?|(?:各|均))\s*(?P<n>\d{1,5})\s*(?:例|名|人)")
_SAMPLE_N = re.compile(r"(?<![A-Za-z])[nN]\s*[=＝]\s*(?P<n>\d{1,6})(?!\d)")
#: The scale of a score: "1~5分", "采用5级评分", "共20个条目".
_SCALE = re.compile(r"(?P<lo>\d{1,3})\s*[~～\-—–至到]\s*(?P<hi>\d{1,3})\s*分(?!钟)|(?:采用|为|按)?(?P<levels>[3-9]|10)\s*(?:级|点)(?:评分|计分|记分|评价|量表)"
                    r"|(?P<binary>(?:是|有|阳性)\s*[=＝]\s*1\s*[,，、;；]\s*(?:否|无|阴性)\s*[=＝]\s*0|(?:否|无|阴性)\s*[=＝]\s*0\s*[,，、;；]\s*(?:是|有|阳性)\s*[=＝]\s*1)")
#: What says a range is the total's ("总分0~100分", "总分范围为20~100分").
_TOTAL_BEFORE = re.compile(r"总分(?:范围)?(?:为|是|在)?\s*$")
_ITEMS = re.compile(r"(?:共|含|包括)?\s*(?P<k>\d{1,3})\s*个?(?:条目|题目|项目|道题|题)")
#: Tests: "χ²=5.67", "χ2=5.67", "t=2.13", "F(2,147)=4.21", "Z=1.98", "u=2.01", "r=0.35".
_TEST = re.compile(
    r"(?P<name>(?<![A-Za-zΧχ])[χΧ]\s*[~～]?\s*[²2]|(?<![A-Za-z0-9.])(?:[Xx]\s*[²2](?!\d)|t|F|Z|z|u|r))"
    r"\s*(?:[(（]\s*(?P<df1>\d+)\s*(?:[,，]\s*(?P<df2>\d+(?:\.\d+)?))?\s*[)）])?\s*(?:值)?\s*(?:[=＝]|为)\s*(?P<value>-?\d+(?:\.\d+)?)(?![\d.])"
)
#: The p-value printed after a test: "P<0.05", "P＜0.01", "P=0.035", "p值为0.023"; a few words may stand
#: between ("t=2.13,差异有统计学意义(P<0.05)", "相关系数为0.323,假设成立的概率为p=0.00<0.01").  Two damaged
#: signs are read as "<", and flagged as uncertain (:func:`_sign_of`): a sign lost in a scrape ("P0.01", where
#: an HTML page ate the "<" as the start of a tag) and a bracket printed for it ("P(0.01").
_P_AFTER = re.compile(
    r"[\s,，;；、]*(?:[\u4e00-\u9fff]{1,14}[\s,，]*)?[(（]?\s*(?P<p>(?<![A-Za-z])[Pp]"
    r"(?:\s*(?:值)?\s*(?:为)?\s*(?P<op><=|>=|[<＜>＞=＝≤≥]|为|[(（](?=\s*0?\.\d))|(?=0?\.\d))\s*(?P<value>0?\.\d+|1(?:\.0+)?|0))(?![\d.])"
)
#: The degrees of freedom printed after a statistic, before its p: "χ²=9.862,df=2,P=0.021", "(χ²=4.12, ν=1, P<0.05)", "自由度为3".
_DF_AFTER = re.compile(r"[\s,，;；]*(?:[(（]\s*)?(?:[dD][fF]|ν|υ|自由度)\s*(?:[=＝]|为)\s*(?P<df>\d{1,5})(?![\d.])")
#: The p-values a lost or bracketed sign is read for: the thresholds that papers print with "<".
_THRESHOLDS = frozenset({"0.05", "0.01", "0.001", "0.005", ".05", ".01", ".001"})
#: More statistics of a list after one sign: "t=22.959,-20.516;P<0.05", "t=5.48和8.70,P<0.01", "F=4.50 or 3.96".
_LISTED = re.compile(r"[ \t]*(?:[,，、]|和|与|及|[ \t](?:and|or))[ \t]*(?P<value>-?\d+\.\d+)(?![\d.%±])(?!\s*(?:分|例|人|名|岁|次|个|项))")
#: A correlation named in words: "spearman等级相关系数为0.045", "相关系数r=0.35" is read by :data:`_TEST`.
_WORD_TEST = re.compile(r"相关系数\s*(?:为|=|＝|是)\s*(?P<value>-?0?\.\d+)(?![\d.])")
#: The n printed with a statistic or a group: "(n=45)", "r=-0.35, n=120".
_N_NEAR = re.compile(r"\s*[(（,，;；]\s*[nN]\s*[=＝]\s*(?P<n>\d{1,6})(?![\d.])")
_N_IN_BRACKETS = re.compile(r"[(（]\s*[nN]\s*[=＝]\s*(?P<n>\d{1,6})\s*[)）]")
#: A table's test rows flattened into text: "t值 0.283 5.917 P值 0.778 0.000" (one statistic and one p per column;
#: a p cell with a sign may be glued to the one before it, "P值0.778<0.001", once the spacing is collapsed).
_CELL_NUM = r"-?\d+(?:\.\d+)?"
_P_CELL = r"[<>＜＞≤≥]?\s*(?:0?\.\d+|1\.0+)(?![\d.])"
_TEST_ROW = re.compile(
    r"(?<![A-Za-z])(?P<name>[χΧ]\s*[²2]|[Xx]\s*[²2]|t|F|Z|z|u)\s*(?:值\s*|[ \t]+(?=-?\d)|(?=-\d))"
    rf"(?P<cells>{_CELL_NUM}(?:(?:[ \t]+|(?=-\d)){_CELL_NUM}){{0,11}})\s*(?:[Pp]\s*(?:值\s*|[ \t]+(?=[<>＜＞≤≥]?\s*\d*\.\d))"
    # SPSS's test table: "Z -1.683 -2.417 渐近显著性(双侧) .012 .016"
    r"|(?:渐近|精确)?显著性\s*[(（]\s*双侧\s*[)）]\s*|[Ss]ig\.?\s*[(（]\s*2-tailed\s*[)）]\s*)"
    rf"(?P<ps>{_P_CELL}(?:(?:[ \t]+|(?=[<>＜＞≤≥])){_P_CELL}){{0,11}})(?![\d.])"
)
#: The p-value of a table cell: "0.778", "<0.001".
_P_CELL_RE = re.compile(r"(?:(?P<op>[<>＜＞≤≥])\s*)?(?P<value>\d*\.\d+)")
#: A share with its count and group size: "93.33%(42/45)".
_RATE_WITH_COUNTS = re.compile(rf"(?<![\d.])(?P<pct>{_NUM})%\s*[(（]\s*(?P<k>\d{{1,6}})\s*/\s*(?P<n>\d{{1,6}})\s*[)）]")


def _decimals(s: str) -> int:
    return len(s.partition(".")[2])


def _printable(*numbers: str, decimals: int = 6) -> bool:
    """Could these be a paper's statistics?  Not a run of digits: at most 12 before the point and ``decimals`` after."""
    return all(len(n.lstrip("-").partition(".")[0]) <= 12 and _decimals(n) <= decimals for n in numbers)


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
            if m.group("m").startswith("-") or not _printable(m.group("m"), m.group("sd")):
                continue
            unit = _UNIT_AFTER.match(text, m.end()).group("unit") or ""
            mean = PaperNumber("mean", m.start("m"), m.end("m"), m.group("m"), m.group("m"), unit)
            sd = PaperNumber("sd", m.start("sd"), m.end("sd"), m.group("sd"), m.group("sd"), unit)
            if taken.isdisjoint(range(m.start(), m.end())):
                out += [mean, sd]
                taken.update(range(m.start(), m.end()))
    for m in _TEST_ROW.finditer(text) if ("P值" in text or "p值" in text or "±" in text) else ():
        _read_test_row(m, add)
    for m in _TEST.finditer(text) if tests else ():
        name = re.sub(r"\s", "", m.group("name"))
        stat = _STAT_NAMES.get(name, name.lower())
        _read_test(text, m, stat, {"stat": stat, "df1": m.group("df1"), "df2": m.group("df2")}, add)
    for m in _ROW_TEST.finditer(text) if "±" in text else ():
        _read_row_test(text, m, add)
    for m in _SPSS_T_HEAD.finditer(text) if "方差" in text else ():
        _read_spss_t_table(text, m, add)
    for m in _WORD_TEST.finditer(text) if "相关系数" in text else ():
        _read_test(text, m, "r", {"stat": "r", "df1": None, "df2": None}, add)
    for m in _N_IN_BRACKETS.finditer(text) if "=" in text or "＝" in text else ():
        # "观察组(n=45)", "独生子女(n=86)": the size of a group, a count (the checks read it again through group_n)
        add(PaperNumber("count", m.start("n"), m.end("n"), m.group("n"), m.group("n"), "", {"role": "size"}))
    rows = [m for m in _GROUP_N.finditer(text) if m.group("n_row")] if "±" in text else []
    for m in rows:  # "观察组45 62.36±8.14": the 例数 cell of a table row
        add(PaperNumber("count", m.start("n_row"), m.end("n_row"), m.group("n_row"), m.group("n_row"), "", {"role": "size", "group": m.group("name")}))
    for m in _RATE_WITH_COUNTS.finditer(text) if "/" in text else ():
        if not taken.isdisjoint(range(m.start(), m.end())) or not _printable(m.group("pct")):
            continue
        out += [PaperNumber("percent", m.start("pct"), m.start("pct") + len(m.group("pct")) + 1, m.group("pct") + "%", m.group("pct"), "%",
                            {"k": int(m.group("k")), "n": int(m.group("n"))}),
                PaperNumber("count", m.start("k"), m.end("k"), m.group("k"), m.group("k"), "例", {"role": "numerator"}),
                PaperNumber("count", m.start("n"), m.end("n"), m.group("n"), m.group("n"), "例", {"role": "group_n"})]
        taken.update(range(m.start(), m.end()))
    out.sort(key=lambda x: x.start)
    if rows:
        _mark_table_rows(text, rows, out)
    return out


def _mark_table_rows(text: str, rows: list[re.Match], found: list[PaperNumber]) -> None:
    """The cells of a table's rows: each mean ± SD after a group's n gets the group, its n and its column.

    "观察组45 62.36±8.14 81.53±7.21": 62.36 and 8.14 are column 1 of 观察组 (n = 45), 81.53 and 7.21 column 2.  The
    cells of the test rows under them ("t值0.283 5.917") carry the same column numbers, so a check can take the two
    groups' means and SDs that each test compares.
    """
    by_start = {x.start: x for x in found}
    for m in rows:
        pos, column = m.end("n_row"), 0
        while True:
            while text[pos : pos + 1] in (" ", "\t"):
                pos += 1
            cell = _MEAN_SD.match(text, pos)
            mean, sd = (by_start.get(cell.start("m")), by_start.get(cell.start("sd"))) if cell else (None, None)
            if mean is None or sd is None or mean.kind != "mean":
                break
            column += 1
            for x in (mean, sd):
                x.extra.update(group=m.group("name"), n=int(m.group("n_row")), column=column)
            pos = cell.end()


_STAT_NAMES = {"χ~2": "chi2", "χ～2": "chi2", "χ²": "chi2", "χ2": "chi2", "Χ²": "chi2", "Χ2": "chi2", "X²": "chi2", "X2": "chi2", "x²": "chi2", "x2": "chi2"}
_OPS = {"＜": "<", "＞": ">", "＝": "=", "为": "=", "≤": "<=", "≥": ">=", "(": "<", "（": "<", "": "<"}


def _sign_of(op: str, value: str) -> str | None:
    """How the sign of a p-value was printed: ``""`` as a sign, ``"lost"`` or ``"bracket"`` where it was damaged and
    is read as "<" ("P0.01", "P(0.01"), ``None`` for a damaged sign before a value that no paper prints with "<"
    ("P0.034" may have lost an "=" as well: not read)."""
    if op not in ("", "(", "（"):
        return ""
    if value not in _THRESHOLDS:
        return None
    return "lost" if op == "" else "bracket"


def _p_number(p: re.Match, test_starts: list[int]) -> PaperNumber | None:
    """The p of a test (or of a list of tests after one sign), with its sign read and, if damaged, flagged."""
    if not _printable(p.group("value"), decimals=10):
        return None
    op = p.group("op") or ""  # no sign at all: "P0.01"
    sign = _sign_of(op, p.group("value"))
    if sign is None:
        return None
    extra = {"op": _OPS.get(op, op), "test_start": test_starts[0]}
    if len(test_starts) > 1:
        extra["test_starts"] = test_starts  # every test of the list "t=22.959,-20.516;P<0.05" has this p
    if sign:
        extra["sign"] = sign  # an uncertain reading: the checks may use it, never to accuse
    return PaperNumber("p", p.start("p"), p.end("p"), p.group("p"), p.group("value"), "", extra)


def _listed_after(text: str, pos: int, value: str) -> list[tuple[int, int, str]]:
    """The statistics listed after the first one, with as many decimals as it: "t=22.959,-20.516,-14.943" → the last two."""
    out = []
    decimals = _decimals(value)
    while decimals:
        m = _LISTED.match(text, pos)
        if m is None or _decimals(m.group("value")) != decimals or not _printable(m.group("value")):
            break
        out.append((m.start("value"), m.end("value"), m.group("value")))
        pos = m.end()
    return out


def _read_test(text: str, m: re.Match, stat: str, extra: dict, add) -> None:
    """A test statistic (``m``'s ``value``), the ones listed after it under the same sign, and the p after them.

    "t=22.959,-20.516;P<0.05" is two t tests with one p; a bare "t=3" or "r=5" with no p after it is rarely a test
    and is not read.  The n printed beside a correlation ("r=0.35 (n=120)") is kept in ``extra["n"]``.
    """
    value = m.group("value")
    if not _printable(value):
        return
    listed = _listed_after(text, m.end(), value)
    after = listed[-1][1] if listed else m.end()
    n = _N_NEAR.match(text, after)  # "r=0.35 (n=120), P<0.01": the n between the statistic and its p
    if n is not None:
        after = n.end() + (1 if text[n.end() : n.end() + 1] in ")）" else 0)
    df = _DF_AFTER.match(text, after) if extra.get("df1") is None else None  # "χ²=9.862,df=2,P=0.021": its df, printed after it
    if df is not None:
        extra = {**extra, "df1": df.group("df")}
        after = df.end()
    found = _P_AFTER.match(text, after)
    starts = [m.start()] + [start for start, _, _ in listed]
    p = _p_number(found, starts) if found is not None else None
    if found is None and (cell := _BARE_P.match(text, after)) is not None and _TEST_P_HEADER.search(text, max(0, m.start() - 600), m.start()):
        # "t=0.478 0.634" under a header "t/χ² P": the number in the P column is its p
        p = PaperNumber("p", cell.start("value"), cell.end("value"), cell.group("value"), cell.group("value"), "", {"op": "=", "test_start": m.start()})
    if p is None and stat in ("t", "r", "u", "z"):
        return
    n = n or (_N_NEAR.match(text, p.end) if p is not None else None)
    if n is not None:
        extra = {**extra, "n": int(n.group("n"))}
    add(PaperNumber("test", m.start(), m.end(), text[m.start() : m.end()], value, "", extra))
    for start, end, listed_value in listed:
        add(PaperNumber("test", start, end, listed_value, listed_value, "", {**extra, "listed_after": m.start()}))
    if p is not None:
        add(p)


_HEADER_N = re.compile(r"[(（]\s*[nN]\s*[=＝]\s*(?P<n>\d{1,6})\s*[)）]")


def header_sizes(text: str, start: int, columns: int, same_table: bool = False) -> list[int] | None:
    """The sizes of a table's column groups printed together in its header before ``start`` (within 600 characters):
    "观察组(n=45) 对照组(n=45)", one per column and side by side; ``None`` if there is no such run of them.  With
    ``same_table``, only a run with no sentence's end between it and ``start`` (sizes printed in a paragraph before
    the table are the groups', not the columns')."""
    found = list(_HEADER_N.finditer(text, max(0, start - 600), start))
    runs, run = [], []
    for m in found:
        if run and m.start() - run[-1].end() > 20:
            runs.append(run)
            run = []
        run.append(m)
    if run:
        runs.append(run)
    run = next((r for r in reversed(runs) if len(r) == columns), None)
    if run and same_table and "。" in text[run[-1].end() : start]:
        return None
    return [int(m.group("n")) for m in run] if run else None


#: A table's header with a test column and then a p column: "t P", "t/χ² P", "F值 P值".
_TEST_P_HEADER = re.compile(r"(?<![A-Za-z])(?P<stat>t|F|Z|H|χ\s*[²2]|[Xx]\s*[²2]|统计值|统计量|检验值)\s*(?:值)?\s*"
                            r"(?:[(（]\s*(?P<df1>\d{1,5})\s*(?:[,，]\s*(?P<df2>\d{1,5})\s*)?[)）]\s*)?"
                            r"(?:[/／]\s*(?:t|F|Z|χ\s*[²2]|[Xx]\s*[²2])\s*(?:值)?\s*)?"
                            r"[Pp]\s*(?:值)?(?![A-Za-z\d.])")
#: A table row of two or more means ± SD that ends in its test's cell and its p's: "手机依赖 2.71±0.66 2.57±0.75 1.44 0.150".
#: (Bounded digit runs, and a start that is no digit's middle: a 5,000-digit run costs no more than a short number.)
_ROW_TEST = re.compile(r"(?<![\d.])(?P<cells>(?:-?\d{1,7}(?:\.\d{1,6})?[ \t]*±[ \t]*\d{1,7}(?:\.\d{1,6})?\s*){2,6})(?P<stat>-?\d{1,4}\.\d{1,4})(?:[ \t]+|(?=[<＜>＞≤]))"
                       r"(?P<p>(?P<op>[<＜>＞≤])?\s*(?P<value>0?\.\d{1,4}|1\.0{1,3}))(?![\d.±%])")


#: A bare p in a table's P column, after its test's cell: "t=0.478 0.634".
_BARE_P = re.compile(r"[ \t]+(?P<value>0?\.\d{1,4}|1\.0{1,3})(?![\d.±%])")


def _read_row_test(text: str, m: re.Match, add) -> None:
    """The test and p cells at the end of a table row of means ± SD, under a header with a test column and a p column
    ("变量 男(n=109) 女(n=103) t P"): a t for two groups, an F for three or more, with the df the groups' sizes in the
    header give (said so: they are not printed)."""
    header = [h for h in _TEST_P_HEADER.finditer(text, max(0, m.start() - 600), m.start())]
    if not header or not _printable(m.group("stat"), m.group("value"), decimals=4):
        return
    names = {re.sub(r"\s", "", x) for x in re.findall(r"t|F|Z|H|χ\s*[²2]|[Xx]\s*[²2]", header[-1].group(0))}
    cells = len(re.findall("±", m.group("cells")))
    head = header[-1]
    if head.group("df1") and head.group("stat") in ("t", "F"):
        # "差值(前-后) t(35) P", "随访 F(2,70) P": the df printed in the header; the design (paired, repeated measures) is the
        # header's, so the row's means are not taken as independent groups
        stat = head.group("stat").lower()
        means = [m.start("cells") + c.start(1) for c in re.finditer(r"(-?\d{1,7}(?:\.\d{1,6})?)[ \t]*±", m.group("cells"))]
        extra = {"stat": stat, "df1": head.group("df1"), "df2": head.group("df2") if stat == "f" else None, "header_df": True,
                 "cells": means}
        if stat == "f" and not head.group("df2"):
            return
        add(PaperNumber("test", m.start("stat"), m.end("stat"), m.group("stat"), m.group("stat"), "", extra))
        op = m.group("op") or "="
        add(PaperNumber("p", m.start("p"), m.end("p"), m.group("p"), m.group("value"), "", {"op": _OPS.get(op, op), "test_start": m.start("stat")}))
        d = _D_CELL.match(text, m.end()) if _EFFECT_HEADER.search(text, head.end(), head.end() + 24) else None
        if d is not None:  # "… P Cohen's d": the row's effect size after its p
            add(PaperNumber("coefficient", m.end() + d.start("d") - d.start(), m.end() + d.end("d") - d.start(), d.group("d"), d.group("d"), "",
                            {"role": "cohen_d", "test_start": m.start("stat"), "cells": means}))
        return
    stat = "t" if cells == 2 and "t" in names else "f" if cells >= 3 and "F" in names else None
    if stat is None:
        return
    # the means it compares: the row's cells, each "mean±sd" (their starts)
    means = [m.start("cells") + c.start(1) for c in re.finditer(r"(-?\d{1,7}(?:\.\d{1,6})?)[ \t]*±", m.group("cells"))]
    extra: dict = {"stat": stat, "df1": None, "df2": None, "row_means": means}
    sizes = header_sizes(text, m.start(), cells, same_table=True)
    if sizes and stat == "f":
        k, total = len(sizes), sum(sizes)
        extra.update(df1=str(k - 1), df2=str(total - k), df_phrase={"key": "df_k_groups", "k": k, "total": total, "df1": k - 1, "df2": total - k})
    add(PaperNumber("test", m.start("stat"), m.end("stat"), m.group("stat"), m.group("stat"), "", extra))
    op = m.group("op") or "="
    add(PaperNumber("p", m.start("p"), m.end("p"), m.group("p"), m.group("value"), "", {"op": _OPS.get(op, op), "test_start": m.start("stat")}))


#: A header's effect-size column after its P: "t(35) P Cohen's d", "P 效应量".
_EFFECT_HEADER = re.compile(r"Cohen\s*['’]?\s*s?\s*d|效应量")
#: The effect size in a row, right after its p: "＜0.001 0.86".
_D_CELL = re.compile(r"[ \t]+(?P<d>\d?\.\d{1,3})(?![\d.±%])")


#: SPSS's independent-samples test table, flattened: "方差方程的 Levene 检验 F Sig. 均值方程的 t 检验 t df Sig.(双侧) 均值差值 标准误差值".
_SPSS_T_HEAD = re.compile(r"Levene\s*检验\s*F\s*Sig\.?\s*均值方程的\s*t\s*检验\s*t\s*df\s*Sig\.?\s*[(（]\s*双侧\s*[)）]")
#: Its rows: "假设方差相等 .347 .557 .257 93 .079 .530 2.061" (F, Sig., t, df, Sig.(双侧), …) and "假设方差不相等 .257 92.717 .798 …".
_SPSS_T_ROW = re.compile(r"(?P<equal>假设方差相等|已假设方差齐性)\s*(?P<f>\d*\.\d+)\s+(?P<fp>\d*\.\d+)\s+(?P<t>-?\d*\.\d+)\s+(?P<df>\d+)\s+(?P<p>\d*\.\d+)"
                         r"|(?P<unequal>假设方差不相等|未假设方差齐性)\s*(?P<t2>-?\d*\.\d+)\s+(?P<df2>\d+(?:\.\d+)?)\s+(?P<p2>\d*\.\d+)")


def _read_spss_t_table(text: str, head: re.Match, add) -> None:
    """SPSS's independent-samples test table: each row's t with its df as printed (Welch's fractional df for 假设方差不相等)
    and its Sig.(双侧) as the p, for the test kind to judge as statcheck does."""
    pos = head.end()
    for m in _SPSS_T_ROW.finditer(text, pos, min(len(text), pos + 600)):
        if re.search(r"[。;；]", text[pos : m.start()]):
            break  # past the table (a sentence between)
        t, df, p = ("t", "df", "p") if m.group("equal") else ("t2", "df2", "p2")
        df_value = m.group(df)
        extra = {"stat": "t", "df1": df_value, "df2": None, "row": m.group("equal") or m.group("unequal")}
        add(PaperNumber("test", m.start(t), m.end(t), m.group(t), m.group(t), "", extra))
        add(PaperNumber("p", m.start(p), m.end(p), m.group(p), m.group(p), "", {"op": "=", "test_start": m.start(t)}))
        pos = m.end()


#: A test row that names two statistics, one per kind of column: "χ2/t值", "t/χ2值".
_MIXED_TEST = re.compile(r"(?:[χΧ]\s*[²2]|[Xx]\s*[²2])\s*/\s*[tFZ]|[tFZ]\s*/\s*(?:[χΧ]\s*[²2]|[Xx]\s*[²2])")
#: A data row's cells, by kind: counts a/b (a χ²'s) or a mean ± SD (a t's).
_COLUMN_CELL = re.compile(r"(?<![\d.])(?P<counts>\d+\s*/\s*\d+)(?![\d.])|(?P<mean>-?\d+(?:\.\d+)?\s*±\s*\d+(?:\.\d+)?)")


def _column_kinds(text: str, pos: int, width: int) -> list[str]:
    """The statistic of each of the ``width`` columns of the table row right before ``pos`` (the clean text has no line
    breaks: the last ``width`` cells before it): χ² under counts a/b, t under a mean ± SD."""
    cells = list(_COLUMN_CELL.finditer(text, max(0, pos - 40 * width), pos))[-width:]
    return ["chi2" if c.group("counts") else "t" for c in cells]


def _read_test_row(m: re.Match, add) -> None:
    """The test row and the p row of a table flattened into text: one test and its p per column."""
    cells = list(re.finditer(_CELL_NUM, m.group("cells")))
    ps = list(_P_CELL_RE.finditer(m.group("ps")))
    if len(cells) != len(ps) or not _printable(*(c.group() for c in cells)) or not _printable(*(p.group("value") for p in ps), decimals=10):
        return
    name = re.sub(r"\s", "", m.group("name"))
    stat = _STAT_NAMES.get(name, name.lower())
    stats = [stat] * len(cells)
    text = m.string
    if _MIXED_TEST.search(text, max(0, m.start("name") - 4), m.end("name") + 4):
        # "χ2/t值 0.092 0.412 …": a χ² under a column of counts (27/19), a t under a column of means ± SD; read from the
        # row above, or not at all
        kinds = _column_kinds(text, m.start(), len(cells))
        if len(kinds) != len(cells):
            return
        stats = kinds
    base, p_base = m.start("cells"), m.start("ps")
    for column, (cell, p) in enumerate(zip(cells, ps), start=1):
        start = base + cell.start()
        add(PaperNumber("test", start, base + cell.end(), cell.group(), cell.group(), "",
                        {"stat": stats[column - 1], "df1": None, "df2": None, "row": name + "值", "column": column}))
        op = _OPS.get(p.group("op"), p.group("op")) if p.group("op") else "="
        add(PaperNumber("p", p_base + p.start(), p_base + p.end(), p.group(), p.group("value"), "", {"op": op, "test_start": start}))


# --- group sizes and scales ---------------------------------------------------------


def group_sizes(text: str, pos: int) -> dict[str, tuple[int, str]]:
    """The groups whose size is printed before ``pos``: name -> (n, the words that say so), the latest statement of each.

    Examples
    --------
    >>> group_sizes("观察组男26例,女22例;对照组50例。", 99)
    {'男': (26, '男26例'), '女': (22, '女22例'), '对照组': (50, '对照组50例')}
    """
    out: dict[str, tuple[int, str]] = {}
    # (searched a little past pos: a table row's n is known by the mean ± SD after it, "对照组46 13.72±2.95")
    for m in _GROUP_N.finditer(text, 0, min(len(text), pos + 40)):
        if m.end() > pos:
            break
        out.pop(m.group("name"), None)
        out[m.group("name")] = (int(m.group("n") or m.group("n_eq") or m.group("n_row")), m.group(0).rstrip())
    return out


#: A count of cases with its share after it: "低血糖2例(4.4%)", "9例(20.0%)".
_COUNT_SHARE = re.compile(r"(?<![\d.])(?P<k>\d{1,5})\s*(?:例|人|名)\s*[(（]\s*(?P<pct>\d{1,3}(?:\.\d{1,2})?)\s*[%％]\s*[)）]")


def arm_counts(text: str, start: int, end: int) -> list[tuple[int, int, str, int]]:
    """The counts of cases of two study arms in ``text[start:end]``, each with its arm's size: "观察组发生低血糖2例(4.4%),
    对照组9例(20.0%)" with 各45例 before gives [(2, 45, "观察组", pos), (9, 45, "对照组", pos)].  A count is taken only when
    an arm is named before it in its sentence, the arm's size is printed before (its own, or 各n例), and the share printed
    with it is that count over that size; ``[]`` unless exactly two arms are found.

    >>> arm_counts("分为观察组和对照组,各45例。观察组发生低血糖2例(4.4%),对照组9例(20.0%)。", 15, 45)
    [(2, 45, '观察组', 23), (9, 45, '对照组', 35)]
    """
    from .shares import share_fits

    out = []
    for m in _COUNT_SHARE.finditer(text, start, end):
        arm = arm_before(text, start, m.start())
        if arm is None:
            continue
        size = arm_size(text, arm, m.start())
        n = size[0] if size else None
        k = int(m.group("k"))
        if n is None or k > n or not share_fits(k, n, m.group("pct")):
            continue
        if out and out[-1][2] == arm:
            return []  # two counts of one arm: not a comparison of two
        out.append((k, n, arm, m.start()))
    return out if len(out) == 2 else []


def arm_before(text: str, start: int, pos: int) -> str | None:
    """The study arm (…组) named last in ``text[start:pos]``, or ``None``."""
    arms = [a for a in _GROUP_NAME.findall(text, start, pos) if _is_arm(a)]
    return arms[-1] if arms else None


def arm_size(text: str, arm: str, pos: int) -> tuple[int, str] | None:
    """The size of study arm ``arm`` printed before ``pos`` ("观察组48例", or 每组各n例), with the words that say so."""
    sizes = group_sizes(text, pos)
    if arm in sizes:
        return sizes[arm]
    each = list(_EACH_GROUP_N.finditer(text, 0, pos))
    return (int(each[-1].group("n")), each[-1].group(0)) if each else None


def _is_arm(name: str) -> bool:
    """A study arm (观察组, A组) rather than a sub-group of one (男, 女生)."""
    return name.endswith("组")


def group_n(text: str, rows, paper: dict, i: int) -> tuple[int | None, str]:
    """The n of the group a mean belongs to, and where it came from.

    The group named just before the mean decides; a study arm (…组) wins
    over a sex named after it ("观察组男26例,女22例,年龄…": the age is of
    the arm). An arm with no size of its own takes 每组各n例; then an n= of
    the sentence, then a sub-group's own size.
    """
    pos = paper[i].start
    sentence = span_at(rows.sentences, pos)
    names = [m.group(0) for m in _GROUP_NAME.finditer(text, max(sentence[0], pos - 40), pos)]
    # a sub-group named in a ;-clause before the mean's is not its group ("其中男生14名(38.89%),女生22名;年龄18～22岁,平均
    # (19.83±1.13)岁" is the age of all 36); an arm is ("观察组46例;年龄…")
    clause = max(text.rfind(c, max(sentence[0], pos - 40), pos) for c in ";；")
    if clause >= 0:
        names = [m.group(0) for m in _GROUP_NAME.finditer(text, max(sentence[0], pos - 40), pos) if _is_arm(m.group(0)) or m.start() > clause]
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


def two_group_ns(text: str, rows, paper: dict, i: int) -> list[int]:
    """The sizes of the two groups a test compares: two study arms, else 每组各n例, else two sub-groups."""
    pos = paper[i].start
    sizes = group_sizes(text, pos)
    arms = [n for name, (n, _) in sizes.items() if _is_arm(name)]
    if len(arms) >= 2:
        return arms[-2:]
    each = [m for m in _EACH_GROUP_N.finditer(text, 0, pos)]
    if each:
        return [int(each[-1].group("n"))] * 2
    others = [(name, n) for name, (n, _) in sizes.items() if not _is_arm(name)][-2:]
    # two sub-groups ("男性188人…女性248人") only for a test that compares them: both named in its sentence before it (a
    # regression coefficient's t, "居住年限的作用…(t=1.21)", compares no groups)
    lo = max((text.rfind(c, 0, pos) for c in "。!?！？\n"), default=-1) + 1
    if len(others) == 2 and all(_named_in(text[lo:pos], name) for name, _ in others):
        return [n for _, n in others]
    return []


def _named_in(words: str, name: str) -> bool:
    """Is the group ``name`` (男, 女性, 城市 …) named in ``words``?"""
    return name in words or name.rstrip("性生") in words


def scales_stated(text: str, pos: int) -> set[tuple[int, int]]:
    """The different ranges of scores stated before ``pos`` ("0~21分", "0~10分", "采用5级评分" as 1~5), one per instrument:
    a total's range that is k times an item's range stated with it ("每个条目1~5分,总分20~100分") is that instrument's."""
    items, totals = set(), set()
    for m in _SCALE.finditer(text, 0, pos):
        if m.group("levels"):
            items.add((1, int(m.group("levels"))))
        elif m.group("lo"):
            lo, hi = sorted((int(m.group("lo")), int(m.group("hi"))))
            (totals if _TOTAL_BEFORE.search(text, max(0, m.start() - 6), m.start()) else items).add((lo, hi))
    own = {t for t in totals for lo, hi in items if hi > lo and (t[1] - t[0]) % (hi - lo) == 0
           and t[0] == lo * ((t[1] - t[0]) // (hi - lo)) and (t[1] - t[0]) // (hi - lo) >= 1}
    return items | (totals - own)


#: An instrument's abbreviation in brackets where the text defines it: "(1)考试焦虑量表(TAS),共37题,…总分0～37分".
_ABBREVIATION = re.compile(r"[(（]\s*([A-Za-z][A-Za-z0-9\-]{1,11})\s*[)）]")
#: Where an instrument's definition ends: the next clause of a list, or the sentence's end.
_DEFINITION_END = re.compile(r"[;；。]|[(（]\s*\d{1,2}\s*[)）]")


@functools.lru_cache(maxsize=8)
def defined_scales(text: str) -> dict:
    """The scale of each instrument the text defines by its abbreviation, as :func:`scale_before` reads it from the
    definition's clause ("(TAS),共37题,是/否计0、1分,总分0～37分" -> TAS: total 0~37, 37 items); an abbreviation defined
    twice with different scales is left out.

    >>> defined_scales("工具 (1)考试焦虑量表(TAS),共37题,总分0～37分;(2)正念注意觉知量表(MAAS),共15题,1～6级评分,总分15～90分。")
    {'TAS': {'total': (0, 37), 'items': 37}, 'MAAS': {'scale': (1, 6), 'total': (15, 90), 'items': 15}}
    """
    out: dict = {}
    for m in _ABBREVIATION.finditer(text):
        end = _DEFINITION_END.search(text, m.end())
        clause = text[m.end() : end.start() if end else len(text)]
        found = scale_before(clause, len(clause))
        if "scale" in found or "total" in found:
            name = m.group(1)
            out[name] = found if out.get(name, found) == found else None
    return {k: v for k, v in out.items() if v is not None}


def scale_before(text: str, pos: int) -> dict:
    """The scale stated before ``pos``: item score range and number of items, where printed."""
    out: dict = {}
    for m in _SCALE.finditer(text, 0, pos):
        if m.group("binary"):
            out["scale"] = (0, 1)  # a binary variable coded 0/1: GRIMMER on the scale is DEBIT
        elif m.group("levels"):
            out["scale"] = (1, int(m.group("levels")))
        else:
            lo, hi = sorted((int(m.group("lo")), int(m.group("hi"))))  # "依次赋值5~1分": the scale 1 to 5, counted down
            if lo < hi and _TOTAL_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                out["total"] = (lo, hi)  # "每项0~2分,总分0~100分": the range of the total, not of an item
            elif lo < hi:
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


def printed_p(op: str, value: str) -> tuple[float, float, dict]:
    """The interval of p that the printed p allows, and how it is read (a phrase of
    :data:`dangjian.engine.explain.PHRASES`): "P=0.000" is read as p < 0.0005.

    Examples
    --------
    >>> printed_p("=", "0.000")
    (0.0, 0.0005, {'key': 'p_zero', 'value': '0.000', 'bound': 0.0005})
    >>> printed_p("<", "0.05")[:2]
    (0.0, 0.05)
    """
    p = float(value)
    if op == "=" and p == 0:
        bound = 0.5 * 10 ** -_decimals(value)
        return 0.0, bound, {"key": "p_zero", "value": value, "bound": bound}
    if op == "=":
        half = 0.5 * 10 ** -_decimals(value)
        return max(p - half, 0.0), p + half, {"key": "p_equals", "value": value}
    if op in ("<", "<="):
        return 0.0, p, {"key": "p_bound", "op": op, "value": value}
    return p, 1.0, {"key": "p_bound", "op": op, "value": value}
