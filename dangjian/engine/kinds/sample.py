"""``sample``: the counts of one sample statement, each within the one before it.

Finder
    The sample statements of one sentence (:func:`dangjian.engine.extract.find_samples`)
    that count the same questionnaires one step further each: issued, then
    returned, then valid ("共发放问卷650份,回收612份,其中有效问卷598份").  A
    statement of people surveyed ("共调查400人") counts something else and is
    not chained.

    And a count that the text makes a part of the sample it follows ("其中86名",
    "对其中120名学生", "独生子女(n=86)"), that no other group holds.

Judge
    Each count is at most the one before it (no more questionnaires come back
    than were issued, no more are valid than came back): ``consistent`` when
    it is, ``inconsistent`` when it is not.  A part of the sample is at most
    the sample: ``consistent`` when it is; larger, it may count another
    population, and nothing is said.

Examples
--------
"发放问卷650份,回收有效问卷612份": 612 <= 650, consistent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..bases import BaseIndex
from ..judging import make_check
from ..records import ClaimList, Group, Sample, span_at
from ..results import Check

__all__ = ["SampleGroup", "find", "judge"]

#: The order of a questionnaire's counts: each is at most the one before it.
STEP = {"issued": 0, "returned": 1, "valid": 2}


@dataclass(eq=False)
class SampleGroup(Group):
    """The chained sample statements of one sentence (``samples``) and the claim that prints each one's number."""

    kind: str = "sample"
    samples: list[Sample] = field(default_factory=list)
    #: for a part of the sample: its claim (``members[0]``) is within ``samples[0]``
    part: bool = False


def _claim_of(rows: ClaimList, sample: Sample, by_start: dict[int, int]) -> int | None:
    """The claim that prints a sample statement's number: a count inside its span with its value."""
    for start in range(sample.start, sample.end):
        i = by_start.get(start)
        if i is not None and rows[i]["kind"] == "count" and rows.positions[i][1] <= sample.end and rows[i]["value"] == str(sample.n):
            return i
    return None


#: Words right before a count that make it a part of the sample before it: "其中86名", "对其中120名", "(n=86)".
_PART_LEAD = re.compile(r"(?:其中|对其中|中的|[(（]\s*[nN]\s*=\s*)$")


def find(rows: ClaimList, add) -> None:
    _find_parts(rows, add)
    by_start = {start: i for i, (start, _) in enumerate(rows.positions)}
    chains: dict[tuple[int, int], list[tuple[Sample, int]]] = {}
    for sample in rows.samples:
        if sample.kind not in STEP:
            continue
        i = _claim_of(rows, sample, by_start)
        if i is None:
            continue
        chains.setdefault(span_at(rows.sentences, sample.start), []).append((sample, i))
    for chain in chains.values():
        # one questionnaire's counts in the order it was printed: issued, then returned, then valid
        steps = [STEP[s.kind] for s, _ in chain]
        if len(chain) < 2 or steps != sorted(steps) or len(set(steps)) != len(steps):
            continue
        g = SampleGroup(start=chain[0][0].start, end=chain[-1][0].end, samples=[s for s, _ in chain])
        g.members += [i for _, i in chain]
        add(g)


def _find_parts(rows: ClaimList, add) -> None:
    taken = rows.taken()
    index = None
    for i, row in enumerate(rows):
        if row["kind"] != "count" or i in taken or rows.is_sample(i) or not str(row["value"]).isdigit():
            continue
        start = rows.positions[i][0]
        if not _PART_LEAD.search(rows.text, max(0, start - 6), start):
            continue
        index = index or BaseIndex.of(rows)
        sample = next(iter(index.samples_before(start)), None)
        if sample is not None and sample.end <= start and int(row["value"]) <= sample.n:
            g = SampleGroup(start=start, end=rows.positions[i][1], samples=[sample], part=True)
            g.members.append(i)
            add(g)


def judge(rows: ClaimList, g: SampleGroup) -> list[Check]:
    if g.part:
        i, sample = g.members[0], g.samples[0]
        return [make_check(rows, g, [i], "part_of_base", "of_stated_within", "consistent", assumption=f"a part of the {sample.n} of “{sample.text}”",
                           expected=f"<= {sample.n}", observed=rows[i]["value"], count=rows[i]["value"], n=sample.n, evidence=sample.text)]
    out = []
    for before, after, j in zip(g.samples, g.samples[1:], g.members[1:]):
        ok = after.n <= before.n
        out.append(make_check(rows, g, [j], "part_of_base", "within_sample" if ok else "over_sample", "consistent" if ok else "inconsistent",
                              assumption=f"the {after.kind} questionnaires are among the {before.n} {before.kind}", expected=f"<= {before.n}",
                              observed=rows[j]["value"], count=after.n, n=before.n, count_text=after.text, n_text=before.text))
    return out
