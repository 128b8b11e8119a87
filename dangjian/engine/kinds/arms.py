"""``arms``: the groups a study divides its participants into, against the total and within each group.

Finder
    An allocation ("患者108例,按入院顺序分为观察组和对照组,每组54例",
    "分为A组、B组和C组,各40例"): the number of groups (the groups named,
    or 两组 / 三组), the size of each and the total divided among them (the
    count of the same unit printed before it in its sentence or the one
    before).  Groups of their own sizes ("94例…分为观察组48例和对照组46例"):
    the sizes added up against that total.  And a group's breakdown by sex ("观察组男29例,女25例") with the
    size of that group (each group's, from the allocation).

Judge
    ``groups × size`` against the total: ``consistent`` when equal,
    ``consistent_if`` when fewer (the rest not allocated or excluded, an
    assumption named), ``inconsistent`` when more (more in the groups than
    were divided).  Men + women against the group's size: ``consistent`` when
    equal, ``inconsistent`` otherwise (every participant has a sex).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..bases import near
from ..judging import make_check
from ..records import ClaimList, Group, span_at
from ..results import Check

__all__ = ["ArmsGroup", "find", "judge"]

_UNIT = r"(?:例|人|名|只|位)"
#: A group's name: 观察组, 对照组, A组, 甲组 ….
_ARM = r"(?:观察|对照|干预|实验|试验|治疗|研究|常规|护理|[A-Z]|[甲乙丙丁])组"
_NUMBER_OF_GROUPS = {"两": 2, "二": 2, "2": 2, "三": 3, "3": 3, "四": 4, "4": 4}
#: "分为观察组和对照组,每组54例", "分为A组、B组和C组,各40例", "随机分为两组,每组48例".
_ALLOCATION = re.compile(r"分(?:为|成)\s*(?P<names>(?:" + _ARM + r"(?:[、和与及,，]\s*)?){2,6}|(?P<k>[两二三四234])组)\s*[,，]?\s*"
                         r"(?:每组|各组)?\s*各?\s*(?P<n>\d{1,5})\s*" + _UNIT)
#: "分为观察组48例和对照组46例", "分为A组32例、B组30例和C组31例": groups of their own sizes.
_UNEQUAL = re.compile(r"分(?:为|成)\s*(?P<arms>(?:" + _ARM + r"\s*\d{1,5}\s*" + _UNIT + r"\s*[、和与及,，]?\s*){2,6})")
_ARM_SIZE = re.compile(r"(?P<arm>" + _ARM + r")\s*(?P<n>\d{1,5})\s*" + _UNIT)
#: "观察组男29例,女25例", "对照组中男性27例、女性27例".
_SEXES = re.compile(r"(?P<arm>" + _ARM + r")\s*(?:中|患者|学生)?\s*[:：]?\s*男(?:性|生)?\s*(?P<m>\d{1,5})\s*" + _UNIT
                    + r"\s*[,，、;；]?\s*女(?:性|生)?\s*(?P<f>\d{1,5})\s*" + _UNIT)


@dataclass(eq=False)
class ArmsGroup(Group):
    """An allocation (``total`` claim, ``size`` claim, ``k`` groups), groups of their own sizes (``what="sizes"``: their claims
    ``counted``, their sum ``size``) or a group's sexes (``men``, ``women`` and its ``size``)."""

    kind: str = "arms"
    what: str = "allocation"
    k: int = 0
    size: int = 0
    total: int | None = None
    size_claim: int | None = None
    men: int | None = None
    women: int | None = None
    arm: str = ""
    text: str = ""
    total_text: str = ""
    counted: list[int] = field(default_factory=list)


def _count_at(rows: ClaimList, starts: dict[int, int], pos: int, value: str) -> int | None:
    i = starts.get(pos)
    return i if i is not None and rows[i]["kind"] == "count" and rows[i]["value"] == value else None


def find(rows: ClaimList, add) -> None:
    text = rows.text
    if "组" not in text:
        return
    starts = {rows.positions[i][0]: i for i in range(len(rows))}
    sizes: dict[str, tuple[int, int]] = {}  # each group's size (from its allocation) and where it was printed
    for m in _ALLOCATION.finditer(text):
        k = _NUMBER_OF_GROUPS[m.group("k")] if m.group("k") else len(re.findall(_ARM, m.group("names")))
        n = int(m.group("n"))
        size_claim = _count_at(rows, starts, m.start("n"), m.group("n"))
        if size_claim is None or k < 2:
            continue
        sentence = span_at(rows.sentences, m.start())
        previous = span_at(rows.sentences, max(sentence[0] - 1, 0))
        unit = rows.units[size_claim]
        before = [i for i in range(len(rows)) if previous[0] <= rows.positions[i][0] < m.start() and rows[i]["kind"] == "count"
                  and rows.units[i] == unit and str(rows[i]["value"]).isdigit() and int(rows[i]["value"]) > n]
        for name in re.findall(_ARM, m.group("names") or ""):
            sizes[name] = (n, m.start())
        if m.group("k"):
            sizes["*"] = (n, m.start())
        if not before:
            continue
        t = before[-1]
        g = ArmsGroup(start=rows.positions[t][0], end=m.end(), what="allocation", k=k, size=n, total=t, size_claim=size_claim,
                      text=m.group(0), total_text=near(text, rows.positions[t]))
        g.members += [t, size_claim]
        add(g)
    for m in _UNEQUAL.finditer(text):
        arms = list(_ARM_SIZE.finditer(text, m.start("arms"), m.end("arms")))
        claims = [_count_at(rows, starts, a.start("n"), a.group("n")) for a in arms]
        if None in claims or len({a.group("arm") for a in arms}) != len(arms):
            continue
        for a in arms:
            sizes[a.group("arm")] = (int(a.group("n")), a.start())
        product = sum(int(a.group("n")) for a in arms)
        sentence = span_at(rows.sentences, m.start())
        previous = span_at(rows.sentences, max(sentence[0] - 1, 0))
        unit = rows.units[claims[0]]
        before = [i for i in range(len(rows)) if previous[0] <= rows.positions[i][0] < m.start() and rows[i]["kind"] == "count"
                  and rows.units[i] == unit and str(rows[i]["value"]).isdigit() and int(rows[i]["value"]) >= max(int(a.group("n")) for a in arms)]
        if not before:
            continue
        t = before[-1]
        g = ArmsGroup(start=rows.positions[t][0], end=m.end(), what="sizes", k=len(arms), size=product, total=t, text=m.group(0).rstrip(" ,，、和与及"),
                      total_text=near(text, rows.positions[t]))
        g.counted = claims
        g.members += [t, *claims]
        add(g)
    for m in _SEXES.finditer(text):
        arm = m.group("arm")
        size = sizes.get(arm) or sizes.get("*")
        men, women = _count_at(rows, starts, m.start("m"), m.group("m")), _count_at(rows, starts, m.start("f"), m.group("f"))
        if size is None or men is None or women is None or size[1] > m.start():
            continue
        g = ArmsGroup(start=m.start(), end=m.end(), what="sexes", size=size[0], men=men, women=women, arm=arm, text=m.group(0))
        g.members += [men, women]
        add(g)


def judge(rows: ClaimList, g: ArmsGroup) -> list[Check]:
    if g.what == "allocation":
        total = int(rows[g.total]["value"])
        product = g.k * g.size
        facts = {"k": g.k, "n": g.size, "product": product, "total": total, "text": g.text, "total_text": g.total_text}
        if product == total:
            return [make_check(rows, g, [g.total, g.size_claim], "arms_total", "equal", "consistent", assumption=f"{g.k} groups of {g.size}",
                               expected=str(product), observed=str(total), **facts)]
        if product < total:
            return [make_check(rows, g, [g.total, g.size_claim], "arms_total", "fewer", "consistent_if",
                               assumption=f"{total - product} of the {total} were not allocated or were excluded", expected=str(product),
                               observed=str(total), gap=total - product, **facts)]
        return [make_check(rows, g, [g.size_claim], "arms_total", "more", "inconsistent", assumption=f"{g.k} groups of {g.size} out of {total}",
                           expected=str(product), observed=str(total), gap=product - total, **facts)]
    if g.what == "sizes":
        # "分为观察组48例和对照组46例" after "94例": the groups' own sizes added up against the total divided among them
        total = int(rows[g.total]["value"])
        sizes = [rows[i]["reported"] for i in g.counted]
        facts = {"k": g.k, "sizes": sizes, "sum": g.size, "total": total, "text": g.text, "total_text": g.total_text}
        named = [g.total, *g.counted]
        if g.size == total:
            return [make_check(rows, g, named, "arms_total", "sizes_equal", "consistent", assumption=f"{g.k} groups of the sizes printed",
                               expected=str(g.size), observed=str(total), **facts)]
        if g.size < total:
            return [make_check(rows, g, named, "arms_total", "sizes_fewer", "consistent_if",
                               assumption=f"{total - g.size} of the {total} were not allocated or were excluded", expected=str(g.size),
                               observed=str(total), gap=total - g.size, **facts)]
        return [make_check(rows, g, named, "arms_total", "sizes_more", "inconsistent", assumption=f"the {g.k} groups are of the {total}",
                           expected=str(g.size), observed=str(total), gap=g.size - total, **facts)]
    m, f = int(rows[g.men]["value"]), int(rows[g.women]["value"])
    facts = {"arm": g.arm, "men": m, "women": f, "sum": m + f, "n": g.size}
    ok = m + f == g.size
    return [make_check(rows, g, [g.men, g.women], "arms_sexes", "equal" if ok else "differ", "consistent" if ok else "inconsistent",
                       assumption=f"every participant of the {g.size} of {g.arm} is a man or a woman", expected=str(g.size), observed=str(m + f), **facts)]
