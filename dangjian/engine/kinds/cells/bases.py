"""The base of each share column of a table read as cells (:func:`decide`), with its evidence: the candidate that
explains most of the column's shares."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ...bases import Base, BaseIndex
from ...records import ClaimList
from ...shares import MODES, share_fits, whole
from .finding import CellsGroup, cell_value

__all__ = ["decide"]


@dataclass(frozen=True)
class _Choice:
    """The base of a share column of a block: ``base`` (or ``None`` for the row's 合计, per row), the rounding ``mode``,
    the shares it explains, whether it is established, and each row's base."""

    base: Base | None
    mode: str
    explained: frozenset[int]
    established: bool
    n_of: dict


def decide(rows: ClaimList, g: CellsGroup) -> None:
    """The base of each share column of each block that has counts beside it, written into its claims."""
    t, lay = g.table, g.table.layout
    index = BaseIndex.of(rows)
    samples = index.samples_before(t.start) if rows.samples else []
    for b, block in enumerate(g.blocks):
        total = g.totals[b]
        for s, c in lay.pairs.items():
            pairs = [(r, whole(cell_value(rows, t, r, c))) for r in block if (r, s) in t.claims and (r, c) in t.claims]
            pairs = [(r, k) for r, k in pairs if k is not None]
            if not pairs:
                continue
            header = lay.column(c).header
            candidates: list[tuple[Base | None, dict]] = []
            if total is not None and (total, c) in t.claims and whole(cell_value(rows, t, total, c)):
                n = whole(cell_value(rows, t, total, c))
                candidates.append((Base(n, "stated", f"the {lay.labels[total].strip()} row of “{header}” in table {t.number}"), {}))
            # a cross-tab's shares of its rows: of the row's 合计, or of its groups' counts added up where it prints none
            if not lay.column(s).total:
                totals = [d.index for d in lay.columns if d.total and d.role == "count"]
                groups = [d.index for d in lay.columns if not d.total and d.role == "count"]
                n_of = {}
                if totals:
                    n_of = {r: whole(cell_value(rows, t, r, totals[0]) or "0") for r, _ in pairs}
                elif len(groups) >= 2:
                    n_of = {r: sum(whole(cell_value(rows, t, r, j) or "0") or 0 for j in groups) for r, _ in pairs}
                if n_of and all(n_of.values()):
                    candidates.append((None, n_of))
            seen = {base.n for base, _ in candidates if base is not None}
            for smp in samples:
                if smp.n not in seen:
                    candidates.append((Base(smp.n, smp.kind, smp.text), {}))
                    seen.add(smp.n)
            # the column's own counts added up (after the samples: a sample of that size is the better evidence)
            counts_sum = sum(whole(cell_value(rows, t, r, c) or "0") or 0 for r in block if (r, c) in t.claims)
            if counts_sum and counts_sum not in seen:
                candidates.append((Base(counts_sum, "item", f"the counts of “{header}” add up to {counts_sum}"), {}))
            best = None
            for rank_mode, (mode, _) in enumerate(MODES):
                for rank, (base, n_of) in enumerate(candidates):
                    ns = n_of or {r: base.n for r, _ in pairs}
                    fits = frozenset(r for r, k in pairs if k <= ns[r] and share_fits(k, ns[r], cell_value(rows, t, r, s), mode))
                    key = (len(fits), -rank_mode, -rank)
                    if best is None or key > best[0]:
                        best = (key, base, n_of, mode, fits, ns)
            if best is None or not best[4]:
                continue
            _, base, n_of, mode, fits, ns = best
            hundred = (total is not None and base is not None and base.kind == "stated" and cell_value(rows, t, total, s) is not None
                       and Decimal(cell_value(rows, t, total, s)) == 100)
            # two fits or more, and most of the column's shares: a few shares of a column may fit a wrong base by chance
            established = hundred or (len(fits) >= 2 and 2 * len(fits) > len(pairs))
            g.bases[(b, s)] = _Choice(base, mode, fits, established, ns)
            for r, _ in pairs:
                evidence = base.describe() if base is not None else f"stated: the {lay.labels[r].strip()} row's 合计 in table {t.number}"
                for j in (c, s):
                    i = t.claims[(r, j)]
                    rows[i]["base"], rows[i]["base_evidence"] = ns[r], evidence
