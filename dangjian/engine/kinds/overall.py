"""``overall``: the whole sample's rate printed after its groups' rates, each over its group's stated size.

A report gives a rate for each group, with the group's size, then the rate of all of them: "城区受访者(731人)中有52.4%给出肯定
回答,郊县受访者(475人)中为47.2%,总体为55.3%".  The overall rate is the groups' counts over their sizes added up: a
weighted mean of the groups' rates, so it lies between them.

Finder
    a share right after 总体/整体/全体/合计 … (:data:`dangjian.engine.kinds.question.finding.OVERALL`), and the shares before
    it in its sentence.

Judge (once the groups' bases are decided)
    ``overall_rate``: only where every share before it is a group's rate over a size stated with it (a base of kind
    ``stated``).  Outside the range of the groups' rates (over the rounding of all): ``inconsistent`` for any sizes; else
    the counts each group's rate allows, added up over the sizes added up, against the overall rate as printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from ..judging import make_check
from ..records import ClaimList, Group, span_at
from ..results import Check
from ..shares import half_unit, share_fits
from .question.finding import OVERALL

__all__ = ["OverallGroup", "find", "judge"]

_WORDS = ("总体", "整体", "全体", "总的来看", "合计", "全市", "全县", "全区")


@dataclass(eq=False)
class OverallGroup(Group):
    """The overall rate's claim (``overall``) and the groups' rates before it (``parts``); it judges claims that their
    questions hold, so it holds none."""

    kind: str = "overall"
    overall: int = -1
    parts: list[int] = field(default_factory=list)


def find(rows: ClaimList, add) -> None:
    text = rows.text
    if not any(w in text for w in _WORDS):
        return
    for i, row in enumerate(rows):
        if row["kind"] != "percent":
            continue
        start = rows.positions[i][0]
        if not OVERALL.search(text, max(0, start - 12), start):
            continue
        lo = span_at(rows.sentences, start)[0]
        parts = [j for j in range(i) if rows[j]["kind"] == "percent" and rows.positions[j][0] >= lo]
        if len(parts) >= 2:
            add(OverallGroup(start=rows.positions[parts[0]][0], end=rows.positions[i][1], overall=i, parts=parts))



def judge(rows: ClaimList, g: OverallGroup) -> list[Check]:
    sizes = []
    for j in g.parts:
        base, evidence = rows[j].get("base"), str(rows[j].get("base_evidence") or "")
        if not base or not evidence.startswith("stated"):
            return []  # a share before it that is no group's rate over its own size: not this pattern
        sizes.append(int(base))
    values = [str(rows[j]["value"]) for j in g.parts]
    overall = str(rows[g.overall]["value"])
    counts = []
    for v, n in zip(values, sizes, strict=True):
        ks = [k for k in range(int(Fraction(v) * n / 100) - 2, int(Fraction(v) * n / 100) + 3) if 0 <= k <= n and share_fits(k, n, v)]
        if not ks:
            return []  # a group's rate no count gives: its own check says so
        counts.append((min(ks), max(ks)))
    total = sum(sizes)
    lo, hi = Fraction(100 * sum(a for a, _ in counts), total), Fraction(100 * sum(b for _, b in counts), total)
    value, half = Fraction(overall), half_unit(overall)
    facts = {"overall": rows[g.overall]["reported"], "rates": [rows[j]["reported"] for j in g.parts], "sizes": sizes, "n": total,
             "range": [float(lo), float(hi)]}
    claims = [g.overall, *g.parts]
    low_rate = min(Fraction(v) - half_unit(v) for v in values)
    high_rate = max(Fraction(v) + half_unit(v) for v in values)
    if value + half < low_rate or value - half > high_rate:
        return [make_check(rows, g, claims, "overall_rate", "outside", "inconsistent", assumption="the overall rate is of the groups together",
                           expected=f"between {min(values, key=Fraction)}% and {max(values, key=Fraction)}%", observed=rows[g.overall]["reported"], **facts)]
    ok = lo - half <= value <= hi + half
    return [make_check(rows, g, claims if not ok else [g.overall], "overall_rate", "fit" if ok else "misfit", "consistent" if ok else "inconsistent",
                       assumption="the overall rate is of the groups together", expected=f"{float(lo):.2f}–{float(hi):.2f}%",
                       observed=rows[g.overall]["reported"], **facts)]
