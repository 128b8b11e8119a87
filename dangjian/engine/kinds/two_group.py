"""``two_group``: a rate printed with its count and group size ("观察组总有效率93.33%(42/45)").

Finder
    Each share read by :func:`dangjian.engine.papers.find_paper_numbers` with
    its count and group size in parentheses.

Judge
    The count cannot exceed its group; the share must be what the count over
    the group size prints as (half up or down).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from ..bases import BaseIndex
from ..consistency import part_of_base, reround
from ..judging import make_check
from ..records import ClaimList, Group
from ..results import Check

__all__ = ["TwoGroupGroup", "find", "decide", "judge"]


@dataclass(eq=False)
class TwoGroupGroup(Group):
    """A rate (claim ``share``) with its count (claim ``k``) and group size (claim ``n``)."""

    kind: str = "two_group"
    share: int = -1
    k: int = -1
    n: int = -1


def find(rows: ClaimList, add) -> None:
    paper = rows.paper
    if not paper:
        return
    order = sorted(paper)
    for i in (i for i in order if paper[i].kind == "percent" and "k" in paper[i].extra):  # a rate printed with its counts
        k = next(j for j in order if j > i and paper[j].extra.get("role") == "numerator")
        n = next(j for j in order if j > k and paper[j].extra.get("role") == "group_n")
        g = TwoGroupGroup(start=paper[i].start, end=paper[n].end, share=i, k=k, n=n)
        g.members += [i, k, n]
        add(g)


def decide(rows: ClaimList, g: TwoGroupGroup) -> None:
    """The share's base is the group size printed beside it ("1.6%(1/62)")."""
    n = rows.paper[g.n].value
    rows[g.share]["base"], rows[g.share]["base_evidence"] = int(n), f"stated: {rows.paper[g.k].value}/{n}, printed beside it"


def judge(rows: ClaimList, g: TwoGroupGroup) -> list[Check]:
    paper = rows.paper
    s, k, n = g.share, g.k, g.n
    count, size, value = int(paper[k].value), int(paper[n].value), paper[s].value
    if not part_of_base(count, size) or size == 0:
        return [make_check(rows, g, [k], "part_of_base", "over_group", "inconsistent", assumption=f"{count} of the group's {size}",
                           expected=f"<= {size}", observed=str(count), count=count, n=size)]
    out = [make_check(rows, g, [k], "part_of_base", "within", "consistent", assumption=f"{count} of the group's {size}", expected=f"<= {size}",
                      observed=str(count), count=count, n=size)]
    sample = next(iter(BaseIndex.of(rows).samples_before(paper[n].start)), None)
    if sample is not None and size <= sample.n:
        # the group is part of the survey's sample (a larger group may be of another population: nothing is said of it)
        out.append(make_check(rows, g, [n], "part_of_base", "of_stated_within", "consistent", assumption=f"a part of the {sample.n} of “{sample.text}”",
                              expected=f"<= {sample.n}", observed=str(size), count=size, n=sample.n, evidence=sample.text))
    d = len(value.partition(".")[2])
    printed = reround(Fraction(100 * count, size), d, rounding="up_or_down")
    exact = float(Fraction(100 * count, size))
    facts = {"k": count, "n": size, "exact": exact, "reported_value": value}
    if value in printed:
        return out + [make_check(rows, g, [s], "percent_of", "beside_fit", "consistent", assumption=f"n = {size} ({count}/{size}, printed beside it)",
                           expected=f"{printed[0]}%", observed=paper[s].reported, **facts)]
    return out + [make_check(rows, g, [s], "percent_of", "beside_misfit", "inconsistent", assumption=f"n = {size} ({count}/{size}, printed beside it)",
                       expected=f"{printed[0]}%", observed=paper[s].reported, printed=printed[0], **facts)]
