"""The four verdicts of a check, and the one order they are ranked in.

Every check of the package, the curated audit of the bundled report and
``dangjian audit`` alike, ends in one of four verdicts:

``inconsistent``
    The printed numbers disagree under the named assumption, and no
    conventional assumption tried makes them agree.
``consistent_if``
    They agree only under the named assumption (a rounding rule, a base other
    than the one printed, item non-response).
``consistent``
    They agree under the ordinary reading.
``not_checkable``
    Nothing in the text bears on the number (the explanation says why).

:data:`VERDICTS` lists them **worst first**, and that is the only order the
package knows: a number's verdict is the worst verdict of the checks that
name it, a question group is shown under the worst verdict of its checks, and
every table of checks is sorted this way.  ``not_checkable`` ranks last: a
check that decides (even ``consistent``) says more about a number than one
that cannot, so a number that one check finds consistent and another cannot
check is consistent (the convention of ``../shared/tools/score_corpus.py``).

Examples
--------
>>> worst(["consistent", "not_checkable", "consistent_if"])
<Verdict.CONSISTENT_IF: 'consistent_if'>
>>> sorted(["not_checkable", "consistent", "inconsistent"], key=rank)
['inconsistent', 'consistent', 'not_checkable']
>>> Verdict("consistent") == "consistent"
True
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

__all__ = ["Verdict", "VERDICTS", "rank", "worst"]


class Verdict(StrEnum):
    """A check's verdict: a ``str`` (it prints and compares as its value), ranked by :func:`rank`."""

    INCONSISTENT = "inconsistent"
    CONSISTENT_IF = "consistent_if"
    CONSISTENT = "consistent"
    NOT_CHECKABLE = "not_checkable"


#: The verdicts, worst first: the package's one order.
VERDICTS: tuple[Verdict, ...] = tuple(Verdict)
_RANK = {v.value: k for k, v in enumerate(VERDICTS)}


def rank(verdict: str) -> int:
    """The place of ``verdict`` in :data:`VERDICTS` (0 is the worst); a ``ValueError`` for anything else."""
    try:
        return _RANK[verdict]
    except (KeyError, TypeError):
        raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}, not {verdict!r}") from None


def worst(verdicts: Iterable[str], default: str | None = Verdict.NOT_CHECKABLE) -> Verdict | None:
    """The worst of ``verdicts`` (``default`` when there are none)."""
    best = None
    for v in verdicts:
        r = rank(v)
        if best is None or r < best:
            best = r
    return VERDICTS[best] if best is not None else (Verdict(default) if default is not None else None)
