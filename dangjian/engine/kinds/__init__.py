"""The group kinds of ``dangjian audit``, registered in one place, and the three steps that run them.

Each kind is one module with its group class, its finder and its judge (and,
where its base is inferred, its ``decide``).  :data:`KINDS` lists them in the
order their finders run: the sentence finders on each sentence of the text
(:class:`dangjian.engine.grouping.Scan`), rates before questions (a rate's
share is not an answer) and questions before the totals and counts that may
share their claims; then the finders that read the whole text.

Adding a check to the audit is one module here and one line in :data:`KINDS`
(``docs/architecture.md`` works an example through).

The steps
---------
:func:`find_groups`
    every kind's finder, then the groups numbered in text order (``G01`` …);
:func:`assign_bases`
    each group's ``decide``: the base of its shares and its evidence, written
    into the claims' ``base`` and ``base_evidence``;
:func:`judge`
    each group's judge, then a ``damaged_number`` check for each damaged
    number outside a group; the checks in the order of their first claim,
    numbered ``K001`` ….
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from ..bases import Base, BaseIndex
from ..consistency import grim_fits
from ..grouping import number_groups, scans
from ..records import ClaimList, Group, clause_start, span_at
from ..results import Check
from . import (
    arms,
    cases,
    cells,
    composition,
    correlations,
    count,
    crosstab,
    frequencies,
    group_rates,
    growth,
    margin,
    mean,
    mean_sd,
    medians,
    odds,
    overall,
    parts,
    platform,
    points,
    question,
    rate,
    ratio,
    regression,
    sample,
    series,
    share_of,
    slash_counts,
    spss_groups,
    structure,
    table,
    test,
    total,
    two_group,
    votes,
)

__all__ = ["GroupKind", "KINDS", "find_groups", "assign_bases", "judge", "weighting", "weighted_at", "unweighted_words", "uncertain_reading"]


@dataclass(frozen=True)
class GroupKind:
    """A kind of group: its ``name`` (the ``kind`` of its groups), its group class, its finder (over one sentence's
    :class:`~dangjian.engine.grouping.Scan` when ``scope`` is ``"sentence"``, over the claim list and an ``add``
    callback when it is ``"text"``), its ``decide`` (or ``None``) and its ``judge``."""

    name: str
    group: type[Group]
    scope: str
    find: Callable
    judge: Callable[[ClaimList, Group], list[Check]]
    decide: Callable[[ClaimList, Group], None] | None = None


#: Every group kind, in the order its finder runs.
KINDS: tuple[GroupKind, ...] = (
    GroupKind("rate", rate.RateGroup, "sentence", rate.find, rate.judge, rate.decide),
    GroupKind("share_of", share_of.ShareOfGroup, "sentence", share_of.find, share_of.judge),
    GroupKind("question", question.QuestionGroup, "sentence", question.find, question.judge, question.decide),
    GroupKind("points", points.PointsGroup, "sentence", points.find, points.judge),
    GroupKind("mean", mean.MeanGroup, "sentence", mean.find, mean.judge, mean.decide),
    GroupKind("total", total.TotalGroup, "sentence", total.find, total.judge),
    GroupKind("count", count.CountGroup, "sentence", count.find, count.judge),
    GroupKind("platform", platform.PlatformGroup, "text", platform.find, platform.judge),
    GroupKind("rank", platform.RankGroup, "text", platform.find_ranks, platform.judge_ranks),
    GroupKind("growth", growth.GrowthGroup, "text", growth.find, growth.judge),
    GroupKind("cells", cells.CellsGroup, "text", cells.find, cells.judge, cells.decide),
    GroupKind("frequencies", frequencies.FrequencyGroup, "text", frequencies.find, frequencies.judge),
    GroupKind("crosstab", crosstab.CrosstabGroup, "text", crosstab.find, crosstab.judge),
    GroupKind("crosstab_counts", crosstab.CountsGroup, "text", crosstab.find_counts, crosstab.judge),
    GroupKind("slash_counts", slash_counts.SlashGroup, "text", slash_counts.find, slash_counts.judge),
    GroupKind("group_rates", group_rates.RateGroup, "text", group_rates.find, group_rates.judge),
    GroupKind("share_rows", group_rates.ShareRowsGroup, "text", group_rates.find_share_rows, group_rates.judge),
    GroupKind("table", table.TableGroup, "text", table.find, table.judge),
    GroupKind("mean_sd", mean_sd.MeanSdGroup, "text", mean_sd.find, mean_sd.judge),
    GroupKind("two_group", two_group.TwoGroupGroup, "text", two_group.find, two_group.judge, two_group.decide),
    GroupKind("test", test.TestGroup, "text", test.find, test.judge),
    GroupKind("margin", margin.MarginGroup, "text", margin.find, margin.judge),
    GroupKind("sample", sample.SampleGroup, "text", sample.find, sample.judge),
    GroupKind("ratio", ratio.RatioGroup, "text", ratio.find, ratio.judge),
    GroupKind("arms", arms.ArmsGroup, "text", arms.find, arms.judge),
    GroupKind("cases", cases.CasesGroup, "text", cases.find, cases.judge),
    GroupKind("regression", regression.RegressionGroup, "text", regression.find, regression.judge),
    GroupKind("correlations", correlations.CorrelationGroup, "text", correlations.find, correlations.judge),
    GroupKind("odds", odds.OddsGroup, "text", odds.find, odds.judge),
    GroupKind("parts", parts.PartsGroup, "text", parts.find, parts.judge),
    GroupKind("structure", structure.StructureGroup, "text", structure.find, structure.judge),
    GroupKind("overall", overall.OverallGroup, "text", overall.find, overall.judge),
    GroupKind("composition", composition.CompositionGroup, "text", composition.find, composition.judge),
    GroupKind("series", series.SeriesGroup, "text", series.find, series.judge),
    GroupKind("spss_groups", spss_groups.SpssGroupsGroup, "text", spss_groups.find, spss_groups.judge),
    GroupKind("votes", votes.VotesGroup, "text", votes.find, votes.judge),
    GroupKind("medians", medians.MedianGroup, "text", medians.find, medians.judge),
)
_BY_NAME = {k.name: k for k in KINDS}
assert len(_BY_NAME) == len(KINDS), "two group kinds have one name"


def find_groups(rows: ClaimList) -> list[Group]:
    """The groups of a text's claims (every kind's finder, in :data:`KINDS` order); sets ``group_id`` on the rows."""
    groups: list[Group] = []
    used: set[int] = set()
    rows._found = groups  # what rows.taken() reads while the finders run

    def add(g: Group) -> Group:
        groups.append(g)
        return g

    sentence_finders = [k.find for k in KINDS if k.scope == "sentence"]
    for scan in scans(rows, used, add):
        for find in sentence_finders:
            find(scan)
    for k in KINDS:
        if k.scope == "text":
            k.find(rows, add)
    return number_groups(rows, groups)


def assign_bases(rows: ClaimList) -> None:
    """Each group's base and its evidence (the kinds that infer one), written into the claims' ``base`` and ``base_evidence``."""
    for g in rows.groups:
        decide = _BY_NAME[g.kind].decide
        if decide is not None:
            decide(rows, g)
    # an approximate share or a bound ("九成", "92%多") is not judged, but it is a share of the survey's sample
    index = BaseIndex.of(rows)
    for k, row in enumerate(rows):
        if row["kind"] in ("approx", "bound") and row["base"] is None and str(row["reported"]).endswith(("%", "％", "成")):
            sample = next(iter(index.samples_before(rows.positions[k][0])), None)
            if sample is not None:
                row["base"], row["base_evidence"] = sample.n, Base(sample.n, sample.kind, sample.text).describe()


def judge(rows: list[dict]) -> list[Check]:
    """Every applicable check of a text's claims, group by group, numbered in the order of their claims.

    ``rows`` is a :class:`~dangjian.engine.records.ClaimList` (from
    :func:`~dangjian.engine.extract.extract_records`); plain rows without the
    text's context are checked claim by claim from their ``base`` column.
    """
    if not isinstance(rows, ClaimList) or not rows.text:
        return _judge_without_context(rows)
    out: list[Check] = []
    grouped = set()
    for g in rows.groups:
        grouped.update(g.members)
        out += _BY_NAME[g.kind].judge(rows, g)
    out = [_guarded(rows, c) for c in out]
    for i, row in enumerate(rows):
        if i not in grouped and row["kind"] == "damaged":
            out.append(Check("damaged_number", "damaged", (row["claim_id"],), "not_checkable", "", "", row["reported"], {"why": row["base_evidence"]},
                             source=row["source"]))
    order = {row["claim_id"]: k for k, row in enumerate(rows)}
    out.sort(key=lambda c: min((order.get(cid, 0) for cid in c.claims), default=0))
    return [c.numbered(f"K{k:03d}") for k, c in enumerate(out, start=1)]


#: What says the data were weighted ("数据经过加权处理", "按人口结构加权", "weighted"): a weighted share is no count over n.
_WEIGHTED = re.compile(r"加权|权重|(?<![A-Za-z])[Ww]eighted")
#: One to three digits and a space right before a whole number of three digits: a count whose thousands were cut off
#: by a space ("8 126份" read as 126), the form a thousands separator takes; a table's cells ("7.92 72.10") are not.
_DIGITS_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}[ \t\u00a0\u2009\u3000]$")


def weighting(rows: ClaimList) -> str:
    """The words that say the text's data were weighted (``""`` if none): GRIM does not apply to weighted shares.
    Found once per text (every share's check asks)."""
    cached = getattr(rows, "_weighting", None)
    if cached is not None and cached[0] is rows.text:
        return cached[1]
    words = _weighting(rows)
    rows._weighting = (rows.text, words)
    return words


#: Words that deny the weighting right before the word: "数据未经加权", "未加权", "不加权", "没有加权", "非加权", "unweighted".
_NOT_WEIGHTED = re.compile(r"(?:未经|未|不|没有|没|无|非|毋须|无需|un)\s*$")


#: A weighting said of the figures after it in its sentence only: "按小学、初中在校生人数加权后,全区家长总体满意率为70.2%".
_LOCAL_WEIGHTING = re.compile(r"(?:加权|权重)(?:后|计算后|调整后|得到|计算)")
#: Words that make a weighting the whole text's: "数据经过加权", "本报告结果均为加权结果", "以下比例均已加权".
_GLOBAL_WEIGHTING = re.compile(r"数据|样本|本报告|本文|以下|全部|所有|均|皆")


def weighted_spans(rows: ClaimList) -> list[tuple[int, int]] | None:
    """Where the text's weighting applies: ``None`` for the whole text (or no weighting: see :func:`weighting`), else the
    spans from each local weighting to its sentence's end ("…加权后,…总体满意率为70.2%": that share alone)."""
    cached = getattr(rows, "_weighted_spans", None)
    if cached is not None and cached[0] is rows.text:
        return cached[1]
    text, spans = rows.text, []
    # a text that reports several surveys, one of them said not to be weighted ("(样本未加权)"): a weighting is its own survey's,
    # from the sentence of the sample statement before it to that of the next survey's
    negated = bool(unweighted_words(text, 0, len(text)))
    samples = sorted(rows.samples, key=lambda x: x.start) if negated and len({x.n for x in rows.samples}) >= 2 else []
    for m in _WEIGHTED.finditer(text):
        if _NOT_WEIGHTED.search(text, max(0, m.start() - 3), m.start()):
            continue
        lo, hi = span_at(rows.sentences, m.start())
        clause = max([lo] + [text.rfind(c, lo, m.start()) + 1 for c in ",，;；"])
        if not _LOCAL_WEIGHTING.match(text, m.start()) or _GLOBAL_WEIGHTING.search(text, clause, m.start()):
            if samples:
                before = [x for x in samples if x.start < m.start()]
                after = [x for x in samples if x.start > m.end() and (not before or x.n != before[-1].n)]
                spans.append((span_at(rows.sentences, before[-1].start)[0] if before else 0,
                              span_at(rows.sentences, after[0].start)[0] if after else len(text)))
                continue
            spans = None
            break
        spans.append((m.start(), hi))
    rows._weighted_spans = (text, spans)
    return spans


def unweighted_words(text: str, lo: int, hi: int) -> str:
    """The words of ``text[lo:hi]`` that say the data were not weighted ("(样本未加权)", "数据未经加权": the clause around a
    weighting word that :data:`_NOT_WEIGHTED` denies), or ``""``."""
    for m in _WEIGHTED.finditer(text, lo, hi):
        if _NOT_WEIGHTED.search(text, max(0, m.start() - 3), m.start()):
            return text[clause_start(text, m.start(), max(lo, m.start() - 10), ",，。;；()（）") : m.end()].strip()
    return ""


def weighted_at(rows: ClaimList, pos: int) -> str:
    """The words that say the figures at ``pos`` were weighted (``""`` if they were not): :func:`weighting`, where
    :func:`weighted_spans` puts ``pos``."""
    words = weighting(rows)
    spans = weighted_spans(rows) if words else None
    if words and spans is not None and not any(a <= pos < b for a, b in spans):
        return ""
    return words


def _weighting(rows: ClaimList) -> str:
    text = rows.text
    m = next((m for m in _WEIGHTED.finditer(text) if not _NOT_WEIGHTED.search(text, max(0, m.start() - 3), m.start())), None)
    if not m:
        return ""
    lo = max((text.rfind(p, max(0, m.start() - 20), m.start()) for p in "。;；,，"), default=-1) + 1
    his = [k for k in (text.find(p, m.end(), m.end() + 20) for p in "。;；,，") if k >= 0]
    return text[max(lo, m.start() - 20) : min(his) if his else m.end() + 10].strip()


def uncertain_reading(rows: ClaimList, claim_id: str) -> dict | None:
    """Why the reading of a claim is uncertain, as a phrase (``None`` if it is not): a three-digit count with one to
    three digits and a space right before it, or the reader's own flag (a ``base_evidence`` that begins with "uncertain")."""
    index = getattr(rows, "_claim_index", None)
    if index is None or len(index) != len(rows):
        index = rows._claim_index = {row["claim_id"]: k for k, row in enumerate(rows)}
    k = index.get(claim_id)
    if k is None:
        return None
    if str(rows[k].get("base_evidence") or "").startswith("uncertain"):
        return {"key": "reader_flag", "text": rows[k]["base_evidence"]}
    start, end = rows.positions[k]
    if start in getattr(rows, "structured", ()):
        return None  # a cell of a table whose header fixes its columns
    if rows[k]["kind"] == "percent":
        return None  # "合计552 100%": digits before a share of 100% would make it more than 100%, which no share is
    if re.fullmatch(r"\d{3}", rows.text[start:end].strip()[:3]) and re.fullmatch(r"\d{3}", str(rows[k].get("value") or "")) and \
            _DIGITS_BEFORE.search(rows.text, max(0, start - 5), start):
        return {"key": "thousands_cut", "context": rows.text[max(0, start - 6) : end]}
    return None


def _guarded(rows: ClaimList, check: Check) -> Check:
    """A share of weighted data is no count over n (GRIM does not apply), and a number read uncertainly is never accused:
    such checks become ``not_checkable``, saying why."""
    if check.kind in ("grim_percent", "percent_of") and check.verdict != "not_checkable":
        words = weighting(rows)
        k = next((k for k, row in enumerate(rows) if row["claim_id"] == check.claims[0]), None) if words else None
        if words and k is not None:
            words = weighted_at(rows, rows.positions[k][0])  # "" for a weighting of another sentence's or survey's figures only
        if words:
            reported = rows[k]["reported"] if k is not None else ""
            return replace(check, kind="grim_percent", variant="weighted", verdict="not_checkable", assumption="weighted data",
                           expected="", observed=reported, facts={"reported": reported, "words": words})
    if check.verdict in ("inconsistent", "consistent"):
        for cid in check.claims:
            why = uncertain_reading(rows, cid)
            if why and check.verdict == "inconsistent":
                return replace(check, variant="uncertain_reading", verdict="not_checkable",
                               facts={"reported": rows[rows._claim_index[cid]]["reported"], "why": why})
            if why:
                # it fits as read; that it was read right is an assumption, named
                from ..explain import render_phrase

                reported = rows[rows._claim_index[cid]]["reported"]
                return replace(check, verdict="consistent_if", assumption=f"{check.assumption}; {reported} read as printed, though {render_phrase(why)}"
                               .lstrip("; "))
    return check


def _judge_without_context(rows: list[dict]) -> list[Check]:
    """Claims read back from a table: each share with a base is GRIM-checked; nothing is accused."""
    out = []
    for row in rows:
        if row["kind"] == "percent" and row.get("base") not in (None, "") and Decimal(row["value"]) <= 100:
            n = int(row["base"])
            ok = grim_fits(row["value"], n, "up_or_down")
            out.append(Check("grim_percent", "table_only_fit" if ok else "table_only_misfit", (row["claim_id"],), "consistent" if ok else "consistent_if",
                             f"n = {n} ({row['base_evidence']})", f"a count 0..{n}", "possible" if ok else "impossible",
                             {"reported": row["reported"], "n": n}, group=row.get("group_id", ""), source=row["source"]))
    return [c.numbered(f"K{k:03d}") for k, c in enumerate(out, start=1)]

