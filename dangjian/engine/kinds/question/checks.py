"""The question kind's checks (:func:`judge`): each share against the base, the sum of the shares, subtotals."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from ...bases import Base, BaseIndex, same_unit
from ...consistency import grim_fits, part_of_base, reround
from ...evidence import count_range
from ...judging import make_check, misfit_hints, range_check
from ...records import ClaimList, span_at
from ...results import Check
from ...shares import exact_share, printed_share, rounding_slack, scaled, share_fits, shifted, whole
from ..form import form_of
from .bases import _answer_values, _other_mode, _over_time, _page_base, _scale_labels
from .finding import QuestionDecision, QuestionGroup, option_labels, shares_of

# --- judging -------------------------------------------------------------------------------------------------


def _assumption_of(base: Base, mode: str, rows: ClaimList) -> tuple[str, str]:
    """(assumption, verdict) of a share that fits ``base`` under ``mode``."""
    index = BaseIndex.of(rows)
    notes = []
    verdict = "consistent"
    if base.kind == "subgroup":
        notes.append(f"the base is a sub-group: {base.evidence}")
        verdict = "consistent_if"
    elif base.kind == "item":
        valid = index.first_valid or index.max_n or None
        skipped = f" ({valid - base.n} of the {valid} sampled did not answer it)" if valid and valid > base.n else ""
        notes.append(f"item non-response: the base is the question's own {base.n} answers{skipped}")
        verdict = "consistent_if"
    elif base.kind == "issued" and any(s.kind in ("valid", "returned") for s in index.samples):
        notes.append(f"the base is the {base.n} questionnaires issued, not the questionnaires returned or valid")
        verdict = "consistent_if"
    elif base.kind == "other":
        notes.append(f"the base is {base.n}, another number of the sentence")
        verdict = "consistent_if"
    elif base.kind == "range":
        notes.append(f"the base is {base.evidence}")
        verdict = "consistent_if"
    elif base.kind == "page":
        notes.append(f"the base is {base.n}, which no text prints: {base.evidence}")
    elif base.kind == "smallest":
        notes.append(f"the base is {base.evidence}")
        page = _page_base(rows)
        if page is not None and page.n != base.n:
            # the rest of the text has another base: this question's own is a named assumption (fewer answered it)
            notes.append(f"not the {page.n} that the other shares of the text establish: only {base.n} answered this question")
        verdict = "consistent_if"
    if mode == "trunc":
        notes.append("the shares were truncated, not rounded")
        verdict = "consistent_if"
    return "; ".join(notes) or f"n = {base.n} ({base.describe()})", verdict


def judge(rows: ClaimList, g: QuestionGroup) -> list[Check]:
    """The checks of one question (see the module's notes)."""
    out: list[Check] = []
    if g.part_of is not None:
        return _judge_part_of_previous(rows, g)
    if g.union is not None:
        return _judge_union(rows, g)
    decision = g.decision
    if decision is None:
        for s in [s for _, s in g.pairs] + g.bare:
            out.append(_unbased(rows, g, s))
        return out
    base, mode = decision.base, decision.mode
    explained = decision.explained
    assumption, fit_verdict = _assumption_of(base, mode, rows)
    page = _page_base(rows)
    if base.kind == "smallest" and decision.established and (page is None or page.n == base.n):
        fit_verdict = "consistent"  # a base that the question's shares establish beyond chance, and no other base of the text
    for c, s in g.pairs:
        k = whole(rows[c]["value"])
        value, reported = rows[s]["value"], rows[s]["reported"]
        count_id = rows[c]["claim_id"]
        if Decimal(value) > 100:
            out.append(range_check(rows, g, s))
            continue
        if k is None:
            continue
        _, d = scaled(value)
        expected = printed_share(k, base.n, d)
        if not part_of_base(k, base.n):
            out.append(make_check(rows, g, [c], "part_of_base", "over_question_base", "inconsistent", assumption=assumption,
                                  expected=f"<= {base.n}", observed=rows[c]["value"], count=rows[c]["value"], n=base.n, base=base.describe()))
        else:
            out.append(make_check(rows, g, [c], "part_of_base", "within", "consistent", assumption=assumption, expected=f"<= {base.n}",
                                  observed=rows[c]["value"], count=rows[c]["value"], n=base.n))
        facts = {"k": k, "n": base.n, "exact": exact_share(k, base.n), "printed": expected, "reported": reported, "count_id": count_id}
        if s in explained:
            out.append(make_check(rows, g, [s], "percent_of", "fit", fit_verdict, assumption=assumption, expected=f"{expected}%",
                                  observed=reported, mode=mode, **facts))
            continue
        other_mode = _other_mode(mode)
        if share_fits(k, base.n, value, other_mode):
            # the question is rounded and this one share truncated (or the reverse): a named assumption, not an error
            printed = printed_share(k, base.n, d, other_mode)
            out.append(make_check(rows, g, [s], "percent_of", "fit", "consistent_if", assumption=_mixed_rounding(assumption, other_mode),
                                  expected=f"{printed}%", observed=reported, mode=other_mode, **{**facts, "printed": printed}))
            continue
        other = _other_number(rows, c, s, k, value)
        if other is not None:
            out.append(make_check(rows, g, [s], "percent_of", "other_number", "consistent_if",
                                  assumption=f"the base is {other}, printed in the same sentence, not {base.n}", expected=f"{expected}%",
                                  observed=reported, other=other, exact_other=exact_share(k, other), **facts))
            continue
        misprint = _misprinted_count(rows, g, c, s, base.n, mode)
        if misprint is not None:
            out.append(make_check(rows, g, [c], "percent_of", "count_misprinted", "inconsistent", assumption=f"n = {base.n} ({base.describe()})",
                                  expected=str(misprint["k_fit"]), observed=rows[c]["value"], **facts, **misprint))
            continue
        rest = len(explained & {x for _, x in g.pairs})
        context = ({"key": "others_fit_one", "n": base.n} if rest == 1 else {"key": "others_fit_many", "rest": rest, "n": base.n} if rest
                   else {"key": "base_is", "base": base.describe()})
        out.append(make_check(rows, g, [s], "percent_of", "misfit", "inconsistent", assumption=f"n = {base.n} ({base.describe()})",
                              expected=f"{expected}%", observed=reported, context=context, hints=misfit_hints(rows, k, base.n, value), **facts))
    for c in g.orphans:
        k = whole(rows[c]["value"])
        if k is not None and part_of_base(k, base.n):
            out.append(make_check(rows, g, [c], "part_of_base", "within", "consistent", assumption=assumption, expected=f"<= {base.n}",
                                  observed=rows[c]["value"], count=rows[c]["value"], n=base.n))
    for s in g.bare:
        if s in g.subtotals:
            continue
        out.append(_judge_bare(rows, g, s, base, decision.established, explained, assumption, fit_verdict))
    out += _judge_subtotals(rows, g)
    out += _judge_sum(rows, g, out)
    out += _judge_answers_against_sample(rows, g)
    return out


#: The unit that ends a sample statement ("样本选择200户", "访问1208名").
_UNIT_AFTER = re.compile(r"[人名位户家份个票例]")


def _judge_answers_against_sample(rows: ClaimList, g: QuestionGroup) -> list[Check]:
    """The printed counts of a single-choice question whose shares are of their own sum (its base is the counts' total)
    against the survey's sample stated before it ("投票人总数:94" and 47 + 25 + 17 + 7 = 96 votes): one answer each, so more
    answers than respondents cannot be; the stated sample is then misprinted, or a count is."""
    d = g.decision
    if d is None or d.base.kind != "item" or not d.form.single or len(g.pairs) < 2:
        return []
    counts = [whole(rows[c]["value"]) for c, _ in g.pairs]
    if None in counts or len(d.pairs) < len(g.pairs):
        return []  # every share fits the counts' total: the counts were read right
    total = sum(counts)
    first = rows.positions[g.pairs[0][0]][0]
    sample = next((smp for smp in BaseIndex.of(rows).samples_before(first) if smp.kind != "issued" and smp.end <= first), None)
    if sample is None or total <= sample.n or max(counts) > sample.n:
        return []  # (a count above the sample on its own is that count's fault, which part_of_base says)
    unit = _UNIT_AFTER.match(sample.text, len(sample.text.rstrip()) - 1)
    if not all(same_unit(rows.units[c], unit.group(0) if unit else "") or not unit for c, _ in g.pairs):
        return []  # "样本选择200户" and counts of people: not the same things counted
    from ..sample import claim_of

    claim = claim_of(rows, sample, {start: k for k, (start, _) in enumerate(rows.positions)})
    named = [claim] if claim is not None else [c for c, _ in g.pairs]
    return [make_check(rows, g, named, "answers_sum", "over_sample", "inconsistent", assumption=f"a single-select question: {d.form.single}",
                       expected=f"at most {sample.n}", observed=str(total), counts=[rows[c]["reported"] for c, _ in g.pairs], sum=total,
                       n=sample.n, evidence=sample.text.strip())]


def _misprinted_count(rows: ClaimList, g: QuestionGroup, c: int, s: int, n: int, mode: str) -> dict | None:
    """The count of a pair whose share the base gives, when it is the count that is misprinted: the question's shares
    make 100%, its counts do not add up to the base, and with the one count the share gives in its place they do
    ("满意 262 40.9%" of 552: 40.9% is 226 of 552, and with 226 the counts add up to 552).  ``None`` otherwise."""
    # the answers' pairs, not a 合计 row printed with them ("合计552 100%")
    answers = [(x, y) for x, y in g.pairs if not (whole(rows[x]["value"]) == n and Decimal(rows[y]["value"]) == 100)]
    counts = [whole(rows[x]["value"]) for x, _ in answers]
    shares = [rows[y]["value"] for _, y in answers]
    if None in counts or len(counts) < 2 or (c, s) not in answers:
        return None
    total = sum(counts)
    if total == n or abs(sum(map(Fraction, shares)) - 100) > rounding_slack(shares):
        return None
    k = whole(rows[c]["value"])
    fits = count_range(rows[s]["value"], n, mode)
    if not fits:
        return None
    candidates = [x for x in range(fits[0], fits[1] + 1) if total - k + x == n]
    if len(candidates) != 1:
        return None
    return {"k_fit": candidates[0], "counts": [rows[x]["reported"] for x, _ in answers], "counts_sum": total}


def _mixed_rounding(assumption: str, mode: str) -> str:
    which = "truncated" if mode == "trunc" else "rounded"
    other = "rounded" if mode == "trunc" else "truncated"
    return f"{assumption}; this share {which} where the question's others are {other}"


def _other_number(rows: ClaimList, c: int, s: int, k: int, value: str) -> int | None:
    """Another whole number of the same sentence that is the share's base ("40份,占78.43%" of the 51 before)."""
    sentence = span_at(rows.sentences, rows.positions[s][0])
    for j in rows.between(*sentence):
        row = rows[j]
        if j in (c, s) or row["kind"] not in ("count", "mean", "cell"):
            continue
        n = whole(row["value"])
        if n and n >= k and share_fits(k, n, value, "up_or_down"):
            return n
    return None


def _judge_bare(rows: ClaimList, g: QuestionGroup, s: int, base: Base, established: bool, explained: frozenset[int], assumption: str,
                fit_verdict: str) -> Check:
    value, reported = rows[s]["value"], rows[s]["reported"]
    if Decimal(value) > 100:
        return range_check(rows, g, s)
    n = base.n
    step = reround(Fraction(100, n), 3, rounding="up")[0]
    facts = {"reported": reported, "n": n, "step": step}
    if s in explained:
        if fit_verdict == "consistent" and not established and base.kind in ("valid", "returned", "people", "issued"):
            # only the report's sample, nothing of the question, says that this is the base
            return make_check(rows, g, [s], "grim_percent", "fit_if_sample", "consistent_if",
                              assumption=f"the base is the report's sample of {n} ({base.describe()}), not stated for this share",
                              expected=f"a count 0..{n}", observed="possible", **facts)
        word = g.rate_word
        if fit_verdict == "consistent" and word and base.kind == "stated" and not g.pairs and not g.decision.rate_of_group:
            # a named rate (满意率, 运转率) has its own definition: the sentence's population may not be its base
            return make_check(rows, g, [s], "grim_percent", "fit_if_rate_base", "consistent_if",
                              assumption=f"the {word} is a share of the {n} of “{base.evidence}”", expected=f"a count 0..{n}",
                              observed="possible", word=word, evidence=base.evidence, **facts)
        return make_check(rows, g, [s], "grim_percent", "fit", fit_verdict, assumption=assumption, expected=f"a count 0..{n}",
                          observed="possible", **facts)
    other_mode = _other_mode(g.decision.mode)
    if grim_fits(value, n, other_mode):
        return make_check(rows, g, [s], "grim_percent", "fit", "consistent_if", assumption=_mixed_rounding(assumption, other_mode),
                          expected=f"a count 0..{n}", observed="possible", **facts)
    decision = g.decision
    hints = _forced_to_hundred(rows, g, s, n, decision.mode) + misfit_hints(rows, None, n, value)
    if decision.no_common_base and decision.form.single:
        # the sample is stated, the question is evidently single-choice, and no base up to the sample gives its shares together
        return make_check(rows, g, [s], "grim_percent", "misfit_no_base_below", "inconsistent", assumption=f"n = {n} ({base.describe()}); {decision.form.single}",
                          expected=f"a count 0..{n}", observed="impossible", shares=_answer_values(rows, g), form=decision.form.why,
                          above=_above(decision), hints=hints, **facts)
    if established:
        role = "stated" if g.named else {"stated": "stated", "answered": "stated", "arm": "stated", "page": "page"}.get(base.kind, "fits_rest")
        return make_check(rows, g, [s], "grim_percent", "misfit", "inconsistent", assumption=f"n = {n} ({base.describe()})",
                          expected=f"a count 0..{n}", observed="impossible", role=role, hints=hints, **facts)
    if decision.no_common_base:
        return make_check(rows, g, [s], "grim_percent", "misfit_no_base_below_if", "consistent_if",
                          assumption=f"the shares are of more answers than the {n} respondents (several answers each), or have another base",
                          expected=f"a count 0..{n}", observed="impossible with the inferred base", shares=_answer_values(rows, g),
                          above=_above(decision), hints=hints, **facts)
    return make_check(rows, g, [s], "grim_percent", "misfit_other_base", "consistent_if",
                      assumption=f"the share has its own base, not {n} ({base.describe()})", expected=f"a count 0..{n}",
                      observed="impossible with the inferred base", base=base.describe(), hints=hints, **facts)


def _above(decision: QuestionDecision) -> list[dict]:
    """The smallest base above the question's own that every share fits, as a phrase (none if none does)."""
    return [{"key": "smallest_above", "n": decision.above[0]}] if decision.above else []


def _forced_to_hundred(rows: ClaimList, g: QuestionGroup, s: int, n: int, mode: str) -> list[dict]:
    """A share moved by one unit of its last decimal so that the question's printed shares add up to exactly 100%
    ("4/27 = 14.81% printed 14.82%"), as a hint; ``[]`` when that does not explain it."""
    values = _answer_values(rows, g)
    value = rows[s]["value"]
    if value not in values or sum(Fraction(v) for v in values) != 100:
        return []
    _, d = scaled(value)
    zero, hundred = ("0." + "0" * d, "100." + "0" * d) if d else ("0", "100")
    for units in (-1, 1):
        printed = shifted(value, units)
        if printed.startswith("-"):
            continue
        k = count_range(printed, n, mode)
        if k is not None and k[0] == k[1]:
            return [{"key": "forced_to_hundred", "value": value, "k": k[0], "n": n, "printed": printed, "sum": shifted(hundred, units),
                     "by": shifted(zero, 1)}]
    return []


def _unbased(rows: ClaimList, g: QuestionGroup, s: int) -> Check:
    """A share with no base: why none could be inferred, and the bases that would give it (what a reader would look for)."""
    row = rows[s]
    if Decimal(row["value"]) > 100:
        return range_check(rows, g, s)
    value = row["value"]
    count = next((c for c, x in g.pairs if x == s), None)
    k = whole(rows[count]["value"]) if count is not None else None
    page = _page_base(rows)
    if k is not None:
        guess = int(Fraction(100 * k) / Fraction(value)) if Decimal(value) > 0 else 0
        bases = [b for b in range(max(k, 1, guess - 3), max(k, 1, guess - 3) + 8) if share_fits(k, b, value, "up_or_down")]
        why = {"key": "why_count", "k": k, "bases": bases} if bases else {"key": "why_count_no_base", "k": k}
    elif page is not None and not grim_fits(value, page.n):
        why = {"key": "why_page_misfit", "n": page.n}
    elif len(shares_of(g)) < 2:
        why = {"key": "why_lone_share"}
    elif _over_time(rows, g):
        why = {"key": "why_over_time"}
    else:
        why = {"key": "why_no_common"}
    hints = misfit_hints(rows, None, 0, value) if k is None and 0 < Decimal(value) < 100 else []
    return make_check(rows, g, [s], "no_base", "none_before", "not_checkable", expected="a stated base", observed="none", reported=row["reported"],
                      why=why, hints=hints)


def _judge_sum(rows: ClaimList, g: QuestionGroup, checks: list[Check]) -> list[Check]:
    shares = [s for s in shares_of(g) if Decimal(rows[s]["value"]) <= 100]
    if len(shares) < 2 or _over_time(rows, g):
        return []
    values = [rows[s]["value"] for s in shares]
    total = sum((Fraction(v) for v in values), Fraction(0))
    slack = rounding_slack(values)
    facts = {"shares": values, "sum": float(total), "slack": float(slack)}
    shown = f"{float(total):g}%"
    form = g.decision.form if g.decision is not None else (g.form or form_of(rows, g, g.markers, _scale_labels(rows, g)))
    single = form.single
    if form.multi:
        return [make_check(rows, g, shares, "shares_sum", "multi_select", "consistent", assumption="a multi-select question (marked 多选)",
                           expected="any total", observed=shown, **facts)]
    decision = g.decision
    from .. import weighted_at  # (the kinds' package imports this module)

    # a weighted share is no count: only the shares' sum is said
    if single and decision is not None and decision.established and not weighted_at(rows, rows.positions[shares[0]][0]):
        # with the base known, each share is a count: the counts of one single-choice question cannot pass the base
        # (n = 100 and 31 + 27 + 25 + 19: 102 answers of 100 respondents, no rounding slack at all)
        misprinted = {r.claims[0] for r in checks if r.variant == "count_misprinted"}
        # a count printed beside its share is the count (unless it is the one misprinted: then its share gives it)
        printed = {sh: whole(rows[c]["value"]) for c, sh in g.pairs if rows[c]["claim_id"] not in misprinted}
        least = [(printed[sh], printed[sh]) if printed.get(sh) is not None else count_range(rows[sh]["value"], decision.base.n, decision.mode)
                 for sh in shares]
        if all(least) and sum(k[0] for k in least) > decision.base.n:
            culprits = [sh for sh in shares if any(r.claims == (rows[sh]["claim_id"],) and r.verdict == "inconsistent" for r in checks)]
            return [make_check(rows, g, culprits or shares, "shares_sum", "over_counts", "inconsistent", assumption=f"a single-select question: {single}",
                               expected=f"at most {decision.base.n} answers", observed=shown, counts=[k[0] for k in least],
                               answers=sum(k[0] for k in least), n=decision.base.n, **facts)]
    if total <= 100 + slack:
        near_hundred = total >= 100 - slack
        return [make_check(rows, g, shares, "shares_sum", "near_hundred" if near_hundred else "below_hundred", "consistent",
                           assumption="the listed shares are parts of one question", expected="<= 100%", observed=shown, **facts)]
    culprits = [s for s in shares if any(r.claims == (rows[s]["claim_id"],) and r.verdict == "inconsistent" for r in checks)]
    if not single:
        return [make_check(rows, g, culprits or shares, "shares_sum", "over_if_several", "consistent_if",
                           assumption="several answers per respondent, or several questions", expected="<= 100%", observed=shown, **facts)]
    blame = ({"key": "culprits", "shares": [rows[s]["reported"] for s in culprits], "count": len(culprits)} if culprits
             else {"key": "unknown_culprit"})
    return [make_check(rows, g, culprits or shares, "shares_sum", "over_single", "inconsistent", assumption=f"a single-select question: {single}",
                       expected=f"100% ± {float(slack):g}", observed=shown, blame=blame, **facts)]


def _judge_subtotals(rows: ClaimList, g: QuestionGroup) -> list[Check]:
    """A share that sums others ("两项合计占67.74%") against the shares before it."""
    out = []
    shares = sorted([s for _, s in g.pairs] + g.bare)
    for t in sorted(g.subtotals):
        before = [s for s in shares if s < t and s not in g.subtotals]
        lead = rows.text[max(0, rows.positions[t][0] - 8) : rows.positions[t][0]]
        k = 2 if re.search("两|二", lead) else 3 if "三" in lead else None
        tries = [before[-k:]] if k and len(before) >= k else [before[-j:] for j in range(2, len(before) + 1)]
        named = _parts_named_before(rows, g, t, before)
        if named is not None:
            tries, k = [named], len(named)  # "满意和基本满意合计86.98%": the answers it names, wherever they stand
        value = Fraction(rows[t]["value"])
        fit = next((part for part in tries if abs(sum(Fraction(rows[x]["value"]) for x in part) - value)
                    <= rounding_slack(rows[x]["value"] for x in [*part, t])), None)
        reported = rows[t]["reported"]
        if fit:
            total = sum(Fraction(rows[x]["value"]) for x in fit)
            out.append(make_check(rows, g, [t], "subtotal", "fit", "consistent", assumption="the sum of the shares before it",
                                  expected=f"{float(total):g}%", observed=reported, shares=[rows[x]["value"] for x in fit], sum=float(total),
                                  reported=reported))
        elif tries and tries[0]:
            part = tries[0]
            total = sum(Fraction(rows[x]["value"]) for x in part)
            facts = {"shares": [rows[x]["value"] for x in part], "sum": float(total), "reported": reported}
            if k:
                out.append(make_check(rows, g, [t], "subtotal", "misfit_named", "inconsistent", assumption="the sum of the shares before it",
                                      expected=f"{float(total):g}%", observed=reported, k=k, **facts))
            else:
                out.append(make_check(rows, g, [t], "subtotal", "misfit_unnamed", "consistent_if", assumption="the sum of the shares before it",
                                      expected=f"{float(total):g}%", observed=reported, **facts))
    return out


#: The answers a subtotal names before 合计: "满意和基本满意合计", "非常满意、满意两项合计".
_NAMED_BEFORE_TOTAL = re.compile(r"([\u4e00-\u9fff“”\"]{2,20}?)(?:两项|三项|二者|两者)?(?:合计|共计|总计|累计)(?:共)?(?:占|为|达|是)?\s*$")


def _parts_named_before(rows: ClaimList, g: QuestionGroup, t: int, before: list[int]) -> list[int] | None:
    """The shares of ``g`` whose answers the words before subtotal ``t`` name ("满意和基本满意合计"), each by its label
    exactly; ``None`` unless every name is one answer's."""
    start = rows.positions[t][0]
    m = _NAMED_BEFORE_TOTAL.search(rows.text, max(0, start - 24), start)
    if m is None:
        return None
    names = [n.strip("“”\" ") for n in re.split(r"和|与|及|以及|、|[+＋]|加上", m.group(1))]
    every = sorted([x for _, x in g.pairs] + g.bare)
    labels = dict(zip(every, option_labels(rows, g), strict=False))
    parts = []
    for name in names:
        hit = [x for x in before if labels.get(x, "").strip("“”\" ") == name]
        if len(hit) != 1:
            return None
        parts.append(hit[0])
    return parts if len(parts) >= 2 else None


def _judge_part_of_previous(rows: ClaimList, g: QuestionGroup) -> list[Check]:
    """A subtotal of the question before, from its answers' counts: the parts' counts added, over the question's base
    (adding rounded shares is how "32.3% + 21% = 53.3%" comes about where 20 + 13 = 33 of 62 is 53.2%)."""
    p, run = g.part_of
    s = g.bare[0]
    n, mode = p.decision.base.n, p.decision.mode
    counts = [count_range(rows[x]["value"], n, mode) for x in run]
    reported = rows[s]["reported"]
    facts = {"shares": [rows[x]["value"] for x in run], "reported": reported, "n": n}
    if not all(c is not None and c[0] == c[1] for c in counts):
        return []
    k = sum(c[0] for c in counts)
    _, d = scaled(rows[s]["value"])
    printed = printed_share(k, n, d)
    facts.update(counts=[c[0] for c in counts], k=k, exact=exact_share(k, n), printed=printed)
    ok = share_fits(k, n, rows[s]["value"], mode) or share_fits(k, n, rows[s]["value"], _other_mode(mode))
    return [make_check(rows, g, [s], "subtotal", "counts_fit" if ok else "counts_misfit", "consistent" if ok else "inconsistent",
                       assumption=f"the sum of {len(run)} answers of the question before, of its base {n} ({p.decision.base.describe()})",
                       expected=f"{printed}%", observed=reported, **facts)]


def _judge_union(rows: ClaimList, g: QuestionGroup) -> list[Check]:
    """A share that adds up named answers of an earlier platform block: their counts added, over the block's base."""
    block, picked, names = g.union
    b = block.block
    s = g.bare[0]
    n = int(b.base[2])
    counts = [int(b.rows[r][0][2]) for r in picked]
    k = sum(counts)
    _, d = scaled(rows[s]["value"])
    reported = rows[s]["reported"]
    ok = share_fits(k, n, rows[s]["value"])
    facts = {"names": names, "line": f"第{b.number}题", "counts": counts, "k": k, "n": n, "exact": exact_share(k, n),
             "printed": printed_share(k, n, d), "reported": reported}
    return [make_check(rows, g, [s], "subtotal", "options_fit" if ok else "options_misfit", "consistent" if ok else "inconsistent",
                       assumption=f"the answers {'、'.join(names)} of {facts['line']}, of its 本题有效填写人次 {n}",
                       expected=f"{facts['printed']}%", observed=reported, **facts)]
