"""``rate``: a response rate, or another named rate that divides two counts of its sentence.

Finder
    A share right after a response-rate word (回收率, 有效率, 应答率 …) is a
    share of the questionnaires issued (or returned).  Another "…率" before a
    share (办结率, 满意率) is a rate of its own: with two or more counts of one
    unit before it in the sentence ("上报2137件,办结2089件,办结率97.75%") it
    is their ratio; without them it is a question of its own
    (:class:`~dangjian.engine.kinds.question.QuestionGroup` with its
    ``rate_word``).

Base
    The sample statements that the rate word divides (valid ÷ issued for
    有效回收率, valid or returned ÷ issued for 回收率, valid ÷ issued or
    returned for 有效率), the pair nearest the rate first; or the counts of its
    sentence.  The first pair whose ratio prints as the rate, rounded before
    truncated, is its base.

Judge
    ``consistent`` (``consistent_if`` when truncated) for a pair that gives
    the rate; ``inconsistent`` when none of the printed sample numbers does;
    ``not_checkable`` when the report does not print both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ..bases import SAMPLE_KIND_WORDS, BaseIndex, near, same_unit
from ..grouping import Scan
from ..judging import make_check, misfit_hints, range_check
from ..records import ClaimList, Group, Sample, span_at
from ..results import Check
from ..shares import MODES, exact_share, printed_share, scaled, share_fits, whole
from .question import QuestionGroup

__all__ = ["RateGroup", "RateDecision", "RESPONSE_RATE_WORDS", "find", "decide", "judge"]

#: A response rate: a share of the questionnaires issued (or returned).
RESPONSE_RATE_WORDS = ("有效回收率", "问卷回收率", "回收率", "有效率", "回复率", "应答率", "响应率", "有效问卷率")
_RATE_BEFORE = re.compile(r"(" + "|".join(RESPONSE_RATE_WORDS) + r")\s*(?:为|达|达到|是|约为|高达|约)?\s*$")
#: Any other "…率" before a share (满意率, 知晓率): one share, its own question.
_OTHER_RATE = re.compile(r"(?:[\u4e00-\u9fff]{2}|[\u4e00-\u9fff])率\s*(?:为|达|达到|是|约为|高达|约)?\s*$")


@dataclass(frozen=True)
class RateDecision:
    """The (numerator, denominator, distance) pairs tried, nearest first; the first that ``fit`` and its ``mode``;
    ``ratio``: the pairs are counts of the rate's sentence, not sample statements."""

    options: tuple[tuple[Sample, Sample, int], ...]
    fit: tuple[Sample, Sample] | None
    mode: str | None
    ratio: bool = False


@dataclass(eq=False)
class RateGroup(Group):
    """A rate: its word, the counts of its sentence it may divide (``counts``), its :class:`RateDecision`."""

    kind: str = "rate"
    rate_word: str = ""
    markers: set[str] = field(default_factory=set)
    counts: list[Sample] = field(default_factory=list)
    decision: RateDecision | None = None


def find(scan: Scan) -> None:
    """The rates of one sentence (run before the question finder, which leaves their shares alone)."""
    rows, text = scan.rows, scan.rows.text
    lo, _ = scan.sentence
    numerators = scan.numerators
    for i in scan.members:
        if rows[i]["kind"] != "percent":
            continue
        start, end = rows.positions[i]
        before = text[max(lo, start - 10) : start]
        rate = _RATE_BEFORE.search(before)
        other = None if rate else _OTHER_RATE.search(before)
        if not (rate or (other and i not in scan.pairs)):
            continue
        counts = _ratio_counts(rows, scan, numerators, i) if other and i not in scan.pairs else []
        word = rate.group(1) if rate else re.sub(r"(?:为|达|达到|是|约为|高达|约)?\s*$", "", other.group(0))
        if rate or counts:
            g = RateGroup(start=start, end=end, rate_word=word, markers=scan.markers, counts=counts)
        else:
            g = QuestionGroup(start=start, end=end, rate_word=word, markers=scan.markers)
        g.members.append(i)
        g.bare.append(i)
        scan.add(g)
        scan.used.add(i)


def _ratio_counts(rows: ClaimList, scan: Scan, numerators: set[int], i: int) -> list[Sample]:
    """Counts before share ``i`` in its clause, of one unit, that a rate may divide ("上报2137件,办结2089件,办结率97.75%");
    a count of another ;-clause is another subject's ("18至34岁的受访者(287人)中…;35至54岁受访者(420人)支持率为56.4%")."""
    clause = span_at(scan.clause_spans, rows.positions[i][0])
    found = [j for j in scan.members if j < i and rows[j]["kind"] == "count" and j not in numerators and whole(rows[j]["value"])
             and not rows.is_sample(j) and rows.positions[j][0] >= clause[0]]
    if len(found) < 2:
        return []
    unit = rows.units[found[-1]]
    found = [j for j in found if same_unit(rows.units[j], unit)]
    return [Sample("count", whole(rows[j]["value"]), *rows.positions[j], near(rows.text, rows.positions[j])) for j in found] if len(found) >= 2 else []


def _first_fit(options, value: str) -> tuple[tuple[Sample, Sample] | None, str | None]:
    """The first (numerator, denominator) of ``options`` whose ratio prints as ``value``, rounded before truncated."""
    for mode, _ in MODES:
        fit = next(((num, den) for num, den, _ in options if share_fits(num.n, den.n, value, mode)), None)
        if fit:
            return fit, mode
    return None, None


def decide(rows: ClaimList, g: RateGroup) -> None:
    """The pair of printed numbers the rate divides (see the module's notes), written into its ``base``."""
    s = g.bare[0]
    value = rows[s]["value"]
    word = g.rate_word
    start = rows.positions[s][0]
    if g.counts:
        counts = g.counts
        options = tuple((a, b, 0) for a in counts for b in counts if a is not b and a.n <= b.n)
        fit, mode = _first_fit(options, value)
        g.decision = RateDecision(options, fit, mode, ratio=True)
        if fit:
            rows[s]["base"], rows[s]["base_evidence"] = fit[1].n, f"stated: {fit[1].text}"
        return
    index = BaseIndex.of(rows)
    numerators = ("returned", "valid") if word in ("回收率", "问卷回收率", "回复率", "应答率", "响应率") else ("valid",)
    denominators = ("issued", "returned") if word in ("有效率",) else ("issued",)
    # each printed size once, by its statement nearest the rate: the first pair that fits is the same, and a long
    # text with many statements is not searched pair by pair
    candidates = []
    for kn, nk in enumerate(numerators):
        for kd, dk in enumerate(denominators):
            for num in index.nearest_of_each_size(nk, start):
                for den in index.nearest_of_each_size(dk, start):
                    if num.n <= den.n and num is not den:
                        candidates.append((abs(num.start - start) + abs(den.start - start), kn, kd, num.start, den.start, num, den))
    candidates.sort(key=lambda o: o[:5])
    options = tuple((num, den, distance) for distance, *_, num, den in candidates)
    fit, mode = _first_fit(options, value)
    g.decision = RateDecision(options, fit, mode)
    den = fit[1] if fit else (options[0][1] if options else None)
    if den is not None:
        rows[s]["base"], rows[s]["base_evidence"] = den.n, f"{'issued' if den.kind == 'issued' else 'sample'}: {den.text}"


def judge(rows: ClaimList, g: RateGroup) -> list[Check]:
    """The check of one rate (see the module's notes)."""
    s = g.bare[0]
    value, reported = rows[s]["value"], rows[s]["reported"]
    decision = g.decision
    word = g.rate_word
    if Decimal(value) > 100:
        return [range_check(rows, g, s)]
    kind = "rate_of_counts" if decision.ratio else "response_rate"
    _, d = scaled(value)
    if decision.fit:
        num, den = decision.fit
        trunc = decision.mode == "trunc"
        # the two counts of its sentence it divides ("上报2137件,办结2089件,办结率97.75%") are judged with it
        starts = {rows.positions[j][0]: j for j in range(len(rows))} if decision.ratio else {}
        ids = [s] + sorted(j for j in (starts.get(num.start), starts.get(den.start)) if j is not None)
        return [make_check(rows, g, ids, kind, "fit", "consistent_if" if trunc else "consistent",
                           assumption=f"{word} = {SAMPLE_KIND_WORDS[num.kind]} / {SAMPLE_KIND_WORDS[den.kind]}" + ("; truncated" if trunc else ""),
                           expected=f"{printed_share(num.n, den.n, d)}%", observed=reported, word=word, num=num.n, den=den.n,
                           exact=exact_share(num.n, den.n), num_text=num.text, den_text=den.text, reported=reported)]
    if not decision.options:
        return [make_check(rows, g, [s], "response_rate", "not_printed", "not_checkable", assumption=f"{word} is a share of the questionnaires issued",
                           expected="a count and the number issued", observed="not printed", word=word, reported=reported)]
    num, den, _ = decision.options[0]
    tried = [{"key": "ratio", "num": n.n, "den": dd.n, "exact": exact_share(n.n, dd.n)} for n, dd, _ in decision.options[:3]]
    if decision.ratio and len(g.counts) > 2:
        return [make_check(rows, g, [s], "rate_of_counts", "no_ratio", "consistent_if", assumption=f"{word} is a ratio of two counts of its sentence",
                           expected="a ratio of the counts", observed=reported, word=word, reported=reported, tried=tried)]
    return [make_check(rows, g, [s], kind, "misfit", "inconsistent", assumption=f"{word} = {SAMPLE_KIND_WORDS[num.kind]} / {SAMPLE_KIND_WORDS[den.kind]}",
                       expected=f"{printed_share(num.n, den.n, d)}%", observed=reported, word=word, reported=reported, tried=tried,
                       hints=misfit_hints(rows, num.n, den.n, value))]
