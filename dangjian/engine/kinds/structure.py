"""``structure``: a bulletin's structure printed as a chain of shares, "三次产业结构为14.4:35.9:49.7".

A statistical bulletin (统计公报) gives the shares of the three industries in the region's product as one chain of
numbers joined by colons, after 结构 ("三次产业结构由上年的16.1:38.7:45.2调整为15.5:39.3:45.2"), having printed
the product and each industry's value added before it.

Reader (:func:`structure_chains`, used by :mod:`dangjian.engine.table_numbers`: each number a share, the chain's span
owned by it)
    three or more numbers of at most one decimal joined by ":" (or "：", "∶") in a sentence that says 结构, 构成 or
    比例, adding up to 100 within their rounding.

Judge
    ``shares_sum``: the chain against 100 (it is read only when it makes 100: ``consistent``); ``structure_share``:
    each share against its part over the total of the parts group printed just before it (the same number of parts,
    :mod:`dangjian.engine.kinds.parts`), within the rounding of all three figures.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from fractions import Fraction

from ..judging import make_check
from ..records import ClaimList, Group
from ..results import Check
from ..shares import rounding_slack

__all__ = ["StructureGroup", "structure_chains", "share_range", "find", "judge"]

_CHAIN = re.compile(r"(?<![\d.:：∶])(\d{1,2}(?:\.\d)?)((?:\s*[:：∶]\s*\d{1,2}(?:\.\d)?){2,5})(?![\d.:：∶])")
_LINK = re.compile(r"[:：∶]\s*(\d{1,2}(?:\.\d)?)")
_WORD = re.compile(r"结构|构成|比例")
#: How far before the chain its word (and the parts it shares out) may be printed.
_REACH = 60


def structure_chains(text: str) -> list[list[tuple[int, int, str]]]:
    """The chains of shares in ``text``, each a list of ``(start, end, printed)``.

    >>> [[v for _, _, v in c] for c in structure_chains("三次产业结构由上年的16.1:38.7:45.2调整为15.5:39.3:45.2。")]
    [['16.1', '38.7', '45.2'], ['15.5', '39.3', '45.2']]
    """
    if ":" not in text and "：" not in text and "∶" not in text:
        return []
    return list(_chains(text))


@functools.lru_cache(maxsize=4)
def _chains(text: str) -> tuple:
    """(Read once per text: the extractor's readers and the kind's finder all ask.)"""
    out = []
    for m in _CHAIN.finditer(text):
        if not _WORD.search(text, max(0, m.start() - _REACH), m.start()):
            continue
        numbers = [(m.start(1), m.end(1), m.group(1))]
        base = m.start(2)
        numbers += [(base + x.start(1), base + x.end(1), x.group(1)) for x in _LINK.finditer(m.group(2))]
        values = [v for _, _, v in numbers]
        if abs(sum(map(Fraction, values)) - 100) <= rounding_slack(values):
            out.append(tuple(numbers))
    return tuple(out)


@dataclass(eq=False)
class StructureGroup(Group):
    """A chain of shares (its claims are ``members``, in order) and the parts group printed before it, if any."""

    kind: str = "structure"
    parts: Group | None = None


def find(rows: ClaimList, add) -> None:
    at = {pos[0]: i for i, pos in enumerate(rows.positions)}
    for chain in structure_chains(rows.text):
        ids = [at.get(start) for start, _, _ in chain]
        if None in ids or any(rows[i]["kind"] != "percent" for i in ids):
            continue
        g = StructureGroup(start=chain[0][0], end=chain[-1][1])
        g.members = ids
        add(g)


def judge(rows: ClaimList, g: StructureGroup) -> list[Check]:
    values = [str(rows[i]["value"]) for i in g.members]
    total = sum(map(Fraction, values))
    slack = rounding_slack(values)
    facts = {"shares": values, "sum": float(total), "slack": float(slack)}
    out = [make_check(rows, g, g.members, "shares_sum", "near_hundred", "consistent", assumption="the shares of one whole",
                      expected="100%", observed=f"{float(total):g}%", **facts)]
    parts = _parts_before(rows, g)
    if parts is None:
        return out
    whole, pieces = parts
    w = Fraction(str(rows[whole]["value"]))
    for i, j in zip(g.members, pieces, strict=True):
        p = Fraction(str(rows[j]["value"]))
        share = Fraction(str(rows[i]["value"]))
        lo, hi = share_range(p, w, str(rows[j]["value"]), str(rows[whole]["value"]))
        half = Fraction(1, 2 * 10 ** len(values[0].partition(".")[2] or ""))
        ok = lo - half <= share <= hi + half
        out.append(make_check(rows, g, [i], "structure_share", "fit" if ok else "misfit", "consistent" if ok else "inconsistent",
                              assumption="the share of the part printed before it in the total printed before it",
                              expected=f"{float(100 * p / w):.2f}%", observed=rows[i]["reported"], part=rows[j]["reported"],
                              total=rows[whole]["reported"], exact=f"{float(100 * p / w):.4f}", range=[float(lo), float(hi)],
                              reported=rows[i]["reported"]))
    return out


def share_range(part: Fraction, whole: Fraction, part_printed: str, whole_printed: str) -> tuple[Fraction, Fraction]:
    """100 part / whole over the rounding of both printed figures."""
    dp = Fraction(1, 2 * 10 ** len(part_printed.partition(".")[2]))
    dw = Fraction(1, 2 * 10 ** len(whole_printed.partition(".")[2]))
    return 100 * (part - dp) / (whole + dw), 100 * (part + dp) / (whole - dw)


def _parts_before(rows: ClaimList, g: StructureGroup) -> tuple[int, list[int]] | None:
    """The total and the parts of the parts group that ends last before the chain, in the same or the sentence before,
    with as many parts as the chain has shares; ``None`` if there is none."""
    from .parts import PartsGroup

    found = [p for p in rows.groups if isinstance(p, PartsGroup) and p.end <= g.start and g.start - p.end <= 300]
    if not found:
        return None
    p = found[-1]
    pieces = p.members[1:]
    if len(pieces) != len(g.members) or rows.text.count("。", p.end, g.start) > 1:
        return None
    if _EARLIER.search(rows.text, max(0, g.start - 8), g.start):
        return None  # "由上年的16.1:38.7:45.2": last year's structure, not of the parts printed this year
    return p.total, pieces


#: Words that make a chain last year's: "由上年的16.1:38.7:45.2调整为…".
_EARLIER = re.compile(r"上年|去年|上一年|前一年")
