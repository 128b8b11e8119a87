"""``margin``: a survey's margin of error, against the sample it is printed for.

Finder
    Each margin of error that :mod:`dangjian.engine.extract` reads (a claim of
    kind ``margin``: "抽样误差为±4.90%", "误差±2.60%"), with the survey's sample
    before it, the confidence level printed near it ("95%置信水平", default 95%)
    and the population the sample is drawn from, if the text prints one
    ("全县9,583名党员").

Judge
    The conventional margin of a share is ``z · √(p (1 − p) / n)`` at its
    largest, ``p = 0.5``, with ``z`` = 1.645, 1.96 or 2.576 for a confidence of
    90, 95 or 99%, times ``√((N − n) / (N − 1))`` where a population ``N`` is
    printed (the finite-population correction).  The printed margin is
    ``consistent`` when one of these conventions gives it (to its printed
    decimals, either rounding); ``inconsistent`` when none does and it is
    smaller than all of them (no design effect makes a margin smaller);
    ``consistent_if`` a design effect when it is larger and the data are
    weighted; ``not_checkable`` without a sample.

Worked example (``docs/architecture.md`` builds this module step by step):
400 respondents, "误差为±4.90%": 1.96 · √(0.25 / 400) = 0.0490, 4.90% ✓.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..bases import BaseIndex
from ..judging import make_check
from ..records import ClaimList, Group, Sample, clause_start, span_at
from ..results import Check
from ..shares import half_unit

__all__ = ["MarginGroup", "find", "judge", "Z"]

#: The normal quantile of each two-sided confidence level.
Z = {90: 1.645, 95: 1.96, 99: 2.576}
_LEVEL = re.compile(r"(90|95|99)\s*[%％]\s*(?:的)?(?:置信|可信)")
#: A population the sample is drawn from, printed as a count of people before the sample ("全县9,583名党员中").
_POPULATION = re.compile(r"(?:全县|全市|全区|全镇|全乡|全省|全校|共有|总计)[^\d。;；]{0,8}?(\d{1,3}(?:,\d{3})+|\d+)\s*(?:名|人|户|位)")


@dataclass(eq=False)
class MarginGroup(Group):
    """A margin of error (its one member), the ``sample`` it is of, the confidence ``level`` (%) and the ``population``."""

    kind: str = "margin"
    sample: Sample | None = None
    level: int = 95
    level_printed: bool = False
    population: int | None = None
    shares: tuple[str, ...] = ()


def find(rows: ClaimList, add) -> None:
    text = rows.text
    index = BaseIndex.of(rows)
    listed = _listed_groups(rows)
    for i, row in enumerate(rows):
        if row["kind"] != "margin":
            continue
        start, end = rows.positions[i]
        sentence = span_at(rows.sentences, start)
        level = _LEVEL.search(text, sentence[0], sentence[1])
        # a share the margin may be of ("支持率为80%,误差±3.9%"): the shares of its sentence
        shares = tuple(rows[j]["value"] for j in range(len(rows)) if rows[j]["kind"] == "percent" and sentence[0] <= rows.positions[j][0] < sentence[1])
        group = listed.get(i) or _group_of(rows, sentence[0], start)
        sample = group or next(iter(index.samples_before(start)), None)
        population = None
        if sample is not None and group is None:  # (a group of the sample is drawn from no population the text prints)
            found = [int(m.group(1).replace(",", "")) for m in _POPULATION.finditer(text, max(0, sample.start - 120), sample.end)]
            sizes = {s.n for s in rows.samples}
            population = next((n for n in reversed(found) if n > sample.n and n not in sizes), None)  # not the survey's own sample
        g = MarginGroup(start=start, end=end, sample=sample, level=int(level.group(1)) if level else 95, level_printed=level is not None,
                        population=population, shares=shares)
        g.members.append(i)
        add(g)


#: A group's size in brackets before a margin of its own: "18至34岁的受访者(287人)中…,该群体的抽样误差约为正负3.8个百分点".
_GROUP_SIZE = re.compile(r"[(（]\s*(?P<n>\d{1,3}(?:,\d{3})*|\d+)\s*(?:人|名|位|户)\s*[)）]")
_OF_THE_GROUP = re.compile(r"(?:该|这一|这个|此)(?:群体|组|部分|人群|类)")
#: An opening bracket and the margin's words before its number: "(抽样误差±", "(误差为正负".
_IN_BRACKETS = re.compile(r"[(（]\s*(?:抽样)?误差(?:为|约为|约)?\s*(?:±|正负)?\s*$")
#: A group of respondents with its size: "318名受访者", "402名青年受访者", "731名城区居民".
_GROUP_NAMED = re.compile(r"(?<![\d.])(?P<n>\d{2,6})\s*(?:名|人|位)[\u4e00-\u9fff]{0,6}?(?:受访者|被访者|居民|市民|群众|学生|对象|村民|党员|职工|者)")


def _group_of(rows: ClaimList, lo: int, start: int) -> Sample | None:
    """The size of the group a margin is said to be of ("该群体的抽样误差"): the last group size in brackets before it in its
    sentence; ``None`` when the margin names no group."""
    text = rows.text
    bracket = _IN_BRACKETS.search(text, max(lo, start - 12), start)
    if bracket is not None:
        # "在居住于老旧小区的318名受访者中(抽样误差±5.5个百分点)": a margin in brackets right after a group of the sample is
        # the group's; the group's size is the last count of people in the clause before the bracket
        clause = max([lo] + [text.rfind(c, lo, bracket.start()) + 1 for c in ",，;；"])
        groups = list(_GROUP_NAMED.finditer(text, clause, bracket.start()))
        if groups:
            m = groups[-1]
            return Sample("people", int(m.group("n")), m.start(), m.end(), text[max(clause, m.start() - 12) : m.end()])
    if not _OF_THE_GROUP.search(text, max(lo, start - 16), start):
        return None
    sizes = list(_GROUP_SIZE.finditer(text, lo, start))
    if not sizes:
        return None
    m = sizes[-1]
    return Sample("people", int(m.group("n").replace(",", "")), m.start(), m.end(), text[max(lo, m.start() - 12) : m.end()])


def _listed_groups(rows: ClaimList) -> dict[int, Sample]:
    """The groups of a list of margins ("三个年龄组的抽样误差分别约为±3.7、±3.1和±4.3个百分点"): the sizes in brackets printed
    from the sentence before up to the list ("35岁以下家长(687人)…,35-44岁家长(1 012人)…,45岁及以上家长(347人)…"), in
    order, when there are as many as margins; each margin's index to its group."""
    text = rows.text
    margins = [i for i, row in enumerate(rows) if row["kind"] == "margin"]
    out: dict[int, Sample] = {}
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for i in margins:
        by_sentence.setdefault(span_at(rows.sentences, rows.positions[i][0]), []).append(i)
    for (lo, _), items in by_sentence.items():
        first = rows.positions[items[0]][0]
        word = text.rfind("误差", lo, first)
        if len(items) < 2 or word < 0 or "分别" not in text[word:first]:
            continue
        before = span_at(rows.sentences, lo - 1)[0] if lo > 0 else lo
        sizes = list(_GROUP_SIZE.finditer(text, before, word))
        if len(sizes) != len(items):
            continue
        for i, m in zip(items, sizes, strict=True):
            named = clause_start(text, m.start(), max(before, m.start() - 12), ",，;；:：")  # the group's name
            out[i] = Sample("people", int(m.group("n").replace(",", "")), m.start(), m.end(), text[named : m.end()])
    return out


def _said_unweighted(rows: ClaimList, g: MarginGroup, i: int) -> str:
    """The words that say the margin's survey is not weighted, in the margin's sentence or its sample's (``""`` if none)."""
    text = rows.text
    spans = [span_at(rows.sentences, rows.positions[i][0])]
    if g.sample is not None:
        spans.append(span_at(rows.sentences, g.sample.start))
    from . import unweighted_words

    return next((words for lo, hi in spans if (words := unweighted_words(text, lo, hi))), "")


def margin_of_error(n: int, z: float, population: int | None = None, p: float = 0.5) -> float:
    """The margin of a share ``p``, in percentage points: ``100 z √(p (1 − p) / n)`` (at its largest, ``p = 0.5``, by
    convention), corrected for a finite population.

    Examples
    --------
    >>> round(margin_of_error(400, 1.96), 4)
    4.9
    >>> round(margin_of_error(1236, 1.96, 9583), 2)
    2.6
    """
    moe = 100 * z * math.sqrt(p * (1 - p) / n)
    if population is not None and population > n:
        moe *= math.sqrt((population - n) / (population - 1))
    return moe


def judge(rows: ClaimList, g: MarginGroup) -> list[Check]:
    from . import weighted_at

    i = g.members[0]
    value = rows[i]["value"]
    reported = rows[i]["reported"]
    if g.sample is None:
        return [make_check(rows, g, [i], "margin_of_error", "no_sample", "not_checkable", expected="a stated sample", observed=reported, reported=reported)]
    n = g.sample.n
    decimals = len(value.partition(".")[2])
    half = 0.5 * 10**-decimals
    printed = float(value)
    levels = [g.level] if g.level_printed else sorted(Z, key=lambda lv: lv != 95)
    ps = ["0.5"] + [f"{float(v) / 100:g}" for v in g.shares if 0 < float(v) < 100]
    tried = []
    for p in dict.fromkeys(ps):
        for level in levels:
            for population in ([None, g.population] if g.population else [None]):
                moe = margin_of_error(n, Z[level], population, float(p))
                tried.append({"key": "margin_tried", "level": level, "z": Z[level], "p": p, "moe": f"{moe:.{max(decimals, 2)}f}",
                              "fpc": population is not None, "population": population or 0})
                if abs(moe - printed) <= half + 1e-9:
                    return [make_check(rows, g, [i], "margin_of_error", "fit", "consistent",
                                       assumption=f"p = {p}, z = {Z[level]} ({level}%), n = {n}" + (f", a population of {population}" if population else ""),
                                       expected=f"{moe:.{decimals}f}", observed=reported, reported=reported, n=n, sample=g.sample.text, tried=[tried[-1]])]
    tried = [t for t in tried if t["p"] == "0.5"]  # the conventional margins, said when none fits
    smallest = min(float(t["moe"]) for t in tried)
    facts = {"reported": reported, "n": n, "sample": g.sample.text, "tried": tried}
    if printed > smallest and weighted_at(rows, rows.positions[i][0]):
        return [make_check(rows, g, [i], "margin_of_error", "design_effect", "consistent_if", assumption="a design effect of the weighting",
                           expected=f"{smallest:.{decimals}f}", observed=reported, **facts)]
    unweighted = _said_unweighted(rows, g, i)
    if printed > smallest and unweighted and g.level_printed and "设计效应" not in rows.text and "design effect" not in rows.text:
        # "(样本未加权)…在95%置信水平下的抽样误差为±3.2个百分点" with 2035: no weighting to widen it, the level printed
        largest = max(float(t["moe"]) for t in tried)
        if printed - float(half_unit(value)) > largest:
            return [make_check(rows, g, [i], "margin_of_error", "misfit_unweighted", "inconsistent",
                               assumption=f"the text says the sample is not weighted (“{unweighted}”), at the {g.level}% level it prints",
                               expected=f"{smallest:.{decimals}f}", observed=reported, words=unweighted, **facts)]
    if printed < smallest:
        return [make_check(rows, g, [i], "margin_of_error", "misfit", "inconsistent", assumption="p = 0.5 (the conventional largest margin) or a share printed beside it",
                           expected=f"{smallest:.{decimals}f}", observed=reported, **facts)]
    return [make_check(rows, g, [i], "margin_of_error", "misfit_larger", "consistent_if",
                       assumption="another convention (a design effect, an observed share, another confidence level)",
                       expected=f"{smallest:.{decimals}f}", observed=reported, **facts)]
