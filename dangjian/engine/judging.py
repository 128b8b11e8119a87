"""What the judges of the group kinds share: making a :class:`~dangjian.engine.results.Check`, and the hints of a misfit.

An inconsistent verdict says what would explain the number (a dropped or
swapped digit, another base) without accusing: :func:`misfit_hints` gives
those hints as facts, which :mod:`dangjian.engine.explain` words.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from itertools import islice

from .bases import BaseIndex
from .consistency import fitting_bases
from .records import ClaimList, Group
from .results import Check
from .shares import drop_one_zero, printed_share, scaled, share_fits, swapped

__all__ = ["make_check", "misfit_hints", "range_check"]


def make_check(rows: ClaimList, g: Group | None, ids: list[int], kind: str, variant: str, verdict: str, *, assumption: str = "",
               expected: str = "", observed: str = "", **facts) -> Check:
    """A :class:`Check` of the claims ``ids`` (indices into ``rows``) in group ``g``."""
    return Check(kind, variant, tuple(rows[i]["claim_id"] for i in ids), verdict, assumption, expected, observed, facts,
                 group=g.id if g else "", source=rows[ids[0]]["source"] if ids else "")


def range_check(rows: ClaimList, g: Group | None, s: int) -> Check:
    """A share above 100%: no share of respondents can be."""
    return make_check(rows, g, [s], "percent_range", "over", "inconsistent", assumption="a share of respondents", expected="<= 100%",
                      observed=rows[s]["reported"], reported=rows[s]["reported"])


def misfit_hints(rows: ClaimList, k: int | None, n: int, value: str) -> list[dict]:
    """What would explain a share ``value`` that a count ``k`` of ``n`` does not give: a digit lost or swapped,
    another base printed in the text, a base nothing prints (phrases of :data:`dangjian.engine.explain.PHRASES`).

    Without a count, the smallest bases that would give the share.
    """
    _, d = scaled(value)
    hints: list[dict] = []
    if k is not None:
        for d2 in sorted({d, d + 1, 2}):
            q = printed_share(k, n, d2)
            if q.replace("0", "", 1) == value or drop_one_zero(q) == value:
                hints.append({"key": "digit_dropped", "value": value, "printed": q})
                break
            if swapped(q, value):
                hints.append({"key": "digits_swapped", "value": value, "printed": q})
                break
        other = next((s for s in BaseIndex.of(rows).first_of_each_size if s.n != n and s.n >= k and share_fits(k, s.n, value, "up_or_down")), None)
        if other is not None:
            hints.append({"key": "other_sample", "n": other.n, "text": other.text})
        else:
            # the base 100 k / value would need, and its neighbours (a few, not a scan of every number)
            guess = int(Fraction(100 * k) / Fraction(value)) if Decimal(value) > 0 else 0
            fitting = [b for b in range(max(k, 1, guess - 3), max(k, 1, guess - 3) + 8) if share_fits(k, b, value, "up_or_down")]
            if fitting:
                hints.append({"key": "other_base", "n": min(fitting, key=lambda b: abs(b - n))})
            else:
                hints.append({"key": "no_base_at_all", "value": value, "k": k})
    else:
        least = list(islice(fitting_bases(value, range(1, 2001)), 4))
        if least:
            hints.append({"key": "bases_would_give", "bases": least})
    return hints
