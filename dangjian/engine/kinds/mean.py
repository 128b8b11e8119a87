"""``mean``: a mean score (分) or another average, with its n and the scale, if stated.

Finder
    Each mean of a survey report ("平均得分3.53分", "平均年龄41.85岁") is a group of its own.

Base
    The n stated with it ("(n=26)", "26名…平均"), else a sample statement of
    its sentence, else the report's sample; the integer scale stated anywhere
    in the text ("1~5分", "5分制", "李克特五级").

Judge
    GRIM on a mean score (unit 分) when an integer scale is stated:
    ``inconsistent`` for an impossible mean of a stated n (not on a 百分制,
    whose scores may carry decimals), ``consistent_if`` for one of the report's
    sample; ``not_checkable`` without an n or a scale.  Other averages are
    read, not tested.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from ..bases import Base, BaseIndex
from ..consistency import grim
from ..grouping import Scan
from ..judging import make_check
from ..records import ClaimList, Group, span_at
from ..results import Check

__all__ = ["MeanGroup", "MeanDecision", "find", "decide", "judge"]

_SCALE_STATEMENT = re.compile(
    r"(?P<lo>\d)\s*[~～\-—–至到]\s*(?P<hi>\d{1,2})\s*分|(?P<points>\d{1,2})\s*分制|[五七5 7]\s*(?:级|点)(?:评分|量表|计分|评价|李克特)"
    r"|李克特\s*[五七57]\s*(?:级|点)|满分(?:为)?\s*(?P<full>\d{1,3})\s*分|百分制"
)
_MEAN_N = re.compile(r"[(（]\s*[nN]\s*[=＝]\s*(\d+)\s*[)）]|(\d+)\s*(?:人|名|位|份)(?:的)?(?:平均|评分|打分)")


@dataclass(frozen=True)
class MeanDecision:
    """The mean's n (``None`` if none is found) and the scale statement of the text (``""`` if none)."""

    n: Base | None
    scale: str


@dataclass(eq=False)
class MeanGroup(Group):
    """A mean of a survey report (its one member) and its :class:`MeanDecision` (``None`` for a mean that is not a score)."""

    kind: str = "mean"
    decision: MeanDecision | None = None


def find(scan: Scan) -> None:
    rows = scan.rows
    lo, _ = scan.sentence
    for i in scan.members:
        if rows[i]["kind"] == "mean":
            g = MeanGroup(start=lo, end=rows.positions[i][1])
            g.members.append(i)
            scan.add(g)
            scan.used.add(i)


def _scale_of(rows: ClaimList) -> str:
    """The first scale statement of the text, found once per text."""
    found = getattr(rows, "_scale_statement", None)
    if found is None or found[0] != len(rows.text):
        m = _SCALE_STATEMENT.search(rows.text)
        found = rows._scale_statement = (len(rows.text), m.group(0) if m else "")
    return found[1]


def decide(rows: ClaimList, g: MeanGroup) -> None:
    i = g.members[0]
    text = rows.text
    if rows.units[i] != "分":
        g.decision = None
        return
    start, end = rows.positions[i]
    sentence = span_at(rows.sentences, start)
    index = BaseIndex.of(rows)
    stated = None
    for m in _MEAN_N.finditer(text, sentence[0], min(sentence[1], end + 16)):
        digits = m.group(1) or m.group(2)
        if len(digits) <= 9 and int(digits) > 0:  # "(n=0)" is no sample
            stated = Base(int(digits), "stated", m.group(0))
    if stated is None:
        # a sample statement of the same sentence ("对26名校长的问卷显示,…平均为3.53分")
        same = index.samples_in(sentence[0], start)
        if same:
            stated = Base(same[-1].n, "stated", same[-1].text)
    last = index.last_sample_before(start)
    n = stated or (Base(last.n, last.kind, last.text) if last is not None else None)
    g.decision = MeanDecision(n, _scale_of(rows))
    if n is not None:
        rows[i]["base"], rows[i]["base_evidence"] = n.n, n.describe()


def judge(rows: ClaimList, g: MeanGroup) -> list[Check]:
    i = g.members[0]
    decision = g.decision
    if not decision:
        return []
    value, n = rows[i]["value"], decision.n
    if n is None:
        return [make_check(rows, g, [i], "grim_mean", "no_n", "not_checkable", expected="a stated n", observed="none", mean=value)]
    if not decision.scale:
        return [make_check(rows, g, [i], "grim_mean", "no_scale", "not_checkable", assumption=f"n = {n.n} ({n.describe()})",
                           expected="an integer scale", observed="not stated", mean=value, n=n.n)]
    assumption = f"n = {n.n} ({n.describe()}); integer scores ({decision.scale})"
    if grim(value, n.n):
        return [make_check(rows, g, [i], "grim_mean", "fit", "consistent", assumption=assumption, expected="possible", observed="possible",
                           mean=value, n=n.n)]
    strict = n.kind == "stated" and "百分制" not in decision.scale
    return [make_check(rows, g, [i], "grim_mean", "misfit" if strict else "misfit_if_other", "inconsistent" if strict else "consistent_if",
                       assumption=assumption, expected="possible", observed="impossible", mean=value, n=n.n, step=float(Fraction(1, n.n)))]
