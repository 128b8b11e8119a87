"""``sample``: the counts of one sample statement, each within the one before it.

Finder
    The sample statements of one sentence (:func:`dangjian.engine.extract.find_samples`)
    that count the same questionnaires one step further each: issued, then
    returned, then valid ("共发放问卷650份,回收612份,其中有效问卷598份").  A
    statement of people surveyed ("共调查400人") counts something else and is
    not chained.

    The counts after 其中 that split the sample by one attribute of the
    respondents, each led by one of its categories ("共调查1248人,其中男性583人,
    女性665人": sex), in the same unit, clause after clause.

    And a count that the text makes a part of the sample it follows ("其中86名",
    "对其中120名学生", "独生子女(n=86)"), that no other group holds.

Judge
    Each count is at most the one before it (no more questionnaires come back
    than were issued, no more are valid than came back): ``consistent`` when
    it is, ``inconsistent`` when it is not.  A part of the sample is at most
    the sample: ``consistent`` when it is; larger, it may count another
    population, and nothing is said.  The parts of a split add up to the
    sample (``consistent``), to less (``consistent_if``: some are in no
    category printed), or to more (``inconsistent``: a respondent is of one
    category of an attribute).

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

__all__ = ["SampleGroup", "claim_of", "find", "judge"]

#: The order of a questionnaire's counts: each is at most the one before it.
STEP = {"issued": 0, "returned": 1, "valid": 2}


@dataclass(eq=False)
class SampleGroup(Group):
    """The chained sample statements of one sentence (``samples``) and the claim that prints each one's number."""

    kind: str = "sample"
    samples: list[Sample] = field(default_factory=list)
    #: for a part of the sample: its claim (``members[0]``) is within ``samples[0]``
    part: bool = False
    #: for the parts of the sample by one attribute ("其中男性583人,女性665人"): their claims (``members``), the attribute
    split: str = ""
    #: the claims of a split's parts where some belong to another group too (a breakdown's group sizes)
    named: list = field(default_factory=list)
    #: counts within the split's parts, each ``(part, count)``: "男生1208名,近视598名" (598 of the 1208)
    subs: list = field(default_factory=list)


def claim_of(rows: ClaimList, sample: Sample, by_start: dict[int, int]) -> int | None:
    """The claim that prints a sample statement's number: a count inside its span with its value."""
    for start in range(sample.start, sample.end):
        i = by_start.get(start)
        if i is not None and rows[i]["kind"] == "count" and rows.positions[i][1] <= sample.end and rows[i]["value"] == str(sample.n):
            return i
    return None


#: Words right before a count that make it a part of the sample before it: "其中86名", "对其中120名", "(n=86)".
_PART_LEAD = re.compile(r"(?:其中|对其中|中的|[(（]\s*[nN]\s*=\s*)$")


#: A breakdown of the respondents by one attribute: "分年龄看", "从性别来看", "按学历分".
_BREAKDOWN = re.compile(r"分[\u4e00-\u9fff]{1,4}看|从[\u4e00-\u9fff]{1,4}(?:来)?看|按[\u4e00-\u9fff]{1,4}分")
#: The size of a group of respondents: "18至34岁的受访者(287人)", "40至59岁的448名受访者中", "男性受访者587人".
_GROUP_SIZE_AROUND = re.compile(r"受访者|被访者|调查对象|样本")


def _find_breakdowns(rows: ClaimList, add) -> None:
    """The sizes of the groups a breakdown by one attribute prints (each group's count of respondents, one per
    category, in the breakdown's sentence): together they are the sample."""
    from .form import attribute_of

    text = rows.text
    if not _BREAKDOWN.search(text):
        return
    taken = rows.taken()
    index = None
    for m in _BREAKDOWN.finditer(text):
        sentence = span_at(rows.sentences, m.start())
        if not any(rows[j]["kind"] == "count" for j in rows.between(m.end(), sentence[1])):
            # "分年龄看,年轻人支持度最高。18至34岁的受访者(287人)中…": the breakdown's groups are in the next sentence
            sentence = (sentence[0], span_at(rows.sentences, sentence[1] + 1)[1]) if sentence[1] < len(text) else sentence
        sizes = []
        for j in rows.between(m.end(), sentence[1]):
            if rows[j]["kind"] != "count" or rows.units[j] not in ("人", "名") or not str(rows[j]["value"]).isdigit():
                continue
            start, end = rows.positions[j]
            near = text[max(sentence[0], start - 8) : min(sentence[1], end + 6)]
            if not _GROUP_SIZE_AROUND.search(near):
                continue
            clause = max(text.rfind(c, sentence[0], start) for c in ",，;；") + 1
            sizes.append((j, attribute_of(text[max(clause, sentence[0]) : start])))
        attributes = {a for _, a in sizes}
        if len(sizes) < 2 or len(attributes) != 1 or "" in attributes:
            continue
        index = index or BaseIndex.of(rows)
        sample = next((x for x in index.samples_before(m.start()) if x.kind != "issued"), None)
        if sample is None:
            continue
        members = [j for j, _ in sizes]
        g = SampleGroup(start=rows.positions[members[0]][0], end=rows.positions[members[-1]][1], samples=[sample], split=sizes[0][1])
        g.members += [j for j in members if j not in taken]
        g.named = members
        taken.update(g.members)
        add(g)


def find(rows: ClaimList, add) -> None:
    _find_breakdowns(rows, add)
    _find_parts(rows, add)
    by_start = {start: i for i, (start, _) in enumerate(rows.positions)}
    chains: dict[tuple[int, int], list[tuple[Sample, int]]] = {}
    for sample in rows.samples:
        if sample.kind not in STEP:
            continue
        i = claim_of(rows, sample, by_start)
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
    from .form import attribute_of

    taken = rows.taken()
    index = None
    for i, row in enumerate(rows):
        if row["kind"] != "count" or i in taken or rows.is_sample(i) or not str(row["value"]).isdigit():
            continue
        start = rows.positions[i][0]
        named = _NAMED_PART_LEAD.search(rows.text, max(0, start - 14), start) is not None
        if not named and not _PART_LEAD.search(rows.text, max(0, start - 6), start):
            continue
        index = index or BaseIndex.of(rows)
        sample = next(iter(index.samples_before(start)), None)
        if sample is None or sample.end > start:
            continue
        paired = _paired_split(rows, i, taken, rows.text[max(0, start - 14) : start]) if named else None
        if paired is not None:
            # "其中男生1208名,近视598名;女生1138名,近视619名。小学1052名,近视371名;…": each part with a count within it
            last = _add_paired(rows, add, taken, sample, paired)
            while (paired := _paired_next(rows, last, taken)) is not None:
                last = _add_paired(rows, add, taken, sample, paired)
            continue
        parts = _split(rows, i, taken)
        if named and not parts:
            continue  # "其中男性583人" alone: a part of some total, perhaps not of the sample
        if parts:
            g = SampleGroup(start=start, end=rows.positions[parts[-1][0]][1], samples=[sample], split=parts[0][1])
            g.members += [k for k, _ in parts]
            taken.update(g.members)
            add(g)
            last = parts[-1][0]
            while (more := _next_split(rows, last)) is not None:
                # "其中男生38人,女生48人;护理专业31人,机电一体化专业29人,电子商务专业26人;…获得实习补贴的57人,未获得的29人": each
                # clause after the 其中 split splits the same sample by another attribute
                h = SampleGroup(start=rows.positions[more[0]][0], end=rows.positions[more[-1]][1], samples=[sample],
                                split=attribute_of(rows.text[rows.positions[last][1] : rows.positions[more[0]][0]]) or "group")
                h.members += [k for k in more if k not in taken]
                h.named = more
                taken.update(h.members)
                add(h)
                last = more[-1]
        elif int(row["value"]) <= sample.n:
            g = SampleGroup(start=start, end=rows.positions[i][1], samples=[sample], part=True)
            g.members.append(i)
            add(g)


#: What stands between a split's clause and the next, or between two of its parts: the unit and the share in brackets
#: after the part before ("初一74人(34.91%)"), then ; (a new clause) or , (the next part), and the part's words.
_PART_TAIL = r"\s*(?:[(（]\s*\d+(?:\.\d+)?\s*[%％]\s*[)）])?\s*"
_NEXT_CLAUSE = re.compile(_PART_TAIL + r"[;；]\s*[\u4e00-\u9fff]{1,12}\s*$")
_NEXT_PART = re.compile(_PART_TAIL + r"[,，、]\s*[\u4e00-\u9fff]{1,8}\s*$")
_CLAUSE_END = re.compile(_PART_TAIL + r"[;；。]")


def _next_split(rows: ClaimList, last: int) -> list[int] | None:
    """The counts of the clause after claim ``last`` (the end of a split) if the clause is nothing but a split of the same
    sample in the same unit: two or more counts, each led by its category's words, a share in brackets after each allowed."""
    text, unit = rows.text, rows.units[last]

    def after(i: int) -> int:  # where the text after a part starts, past its unit
        end = rows.positions[i][1]
        return end + len(unit) if text.startswith(unit, end) else end

    out: list[int] = []
    for nxt in range(last + 1, len(rows)):
        row = rows[nxt]
        if row["kind"] == "percent" and text[rows.positions[nxt][1] : rows.positions[nxt][1] + 2].strip().startswith((")", "）")):
            continue  # a part's share in brackets: read as part of the gap below
        gap = text[after(out[-1] if out else last) : rows.positions[nxt][0]]
        if row["kind"] != "count" or not str(row["value"]).isdigit() or rows.units[nxt] != unit or not (_NEXT_PART if out else _NEXT_CLAUSE).match(gap):
            break
        out.append(nxt)
    if len(out) < 2 or not _CLAUSE_END.match(text, after(out[-1])):
        return None
    return out


#: What stands between two counts of a chain: a share in brackets after the count before, a separator, the next one's words.
_CHAIN_GAP = re.compile(r"\s*(?:[(（]\s*\d+(?:\.\d+)?\s*[%％]\s*[)）])?\s*(?P<sep>[,，、;；])\s*(?P<words>[\u4e00-\u9fff]{1,12})\s*$")
_CHAIN_END = re.compile(r"\s*(?:[(（]\s*\d+(?:\.\d+)?\s*[%％]\s*[)）])?\s*。")


def _chain(rows: ClaimList, first: int, taken: set[int]) -> list[tuple[int, str, str]] | None:
    """Claim ``first`` and the whole counts of its unit after it to the end of its sentence, each ``(claim, words before it,
    separator before it)``, if nothing else stands between them ("男生1208名,近视598名;女生1138名,近视619名。")."""
    text, unit = rows.text, rows.units[first]

    def after(i: int) -> int:
        end = rows.positions[i][1]
        return end + len(unit) if text.startswith(unit, end) else end

    out = [(first, "", "")]
    for nxt in range(first + 1, len(rows)):
        row = rows[nxt]
        end = rows.positions[nxt][1]
        if row["kind"] == "percent" and text[end : end + 2].strip().startswith((")", "）")):
            continue  # a count's share in brackets: read with the gap
        gap = text[after(out[-1][0]) : rows.positions[nxt][0]]
        m = _CHAIN_GAP.match(gap)
        if m is None or row["kind"] != "count" or not str(row["value"]).isdigit() or rows.units[nxt] != unit or nxt in taken:
            break
        out.append((nxt, m.group("words"), m.group("sep")))
    return out if _CHAIN_END.match(text, after(out[-1][0])) else None


def _paired_split(rows: ClaimList, first: int, taken: set[int], lead: str) -> tuple[str, list[tuple[int, int]]] | None:
    """A split whose each part is followed by a count within it, one part per ;-clause, the count's word the same in each
    ("男生1208名,近视598名;女生1138名,近视619名"): the parts' attribute and the ``(part, count)`` pairs."""
    from .form import attribute_of

    chain = _chain(rows, first, taken)
    if chain is None or len(chain) < 4 or len(chain) % 2:
        return None
    firsts, seconds = chain[0::2], chain[1::2]
    if any(sep not in (";", "；") for _, _, sep in firsts[1:]) or any(sep not in (",", "，") for _, _, sep in seconds):
        return None
    if len({re.sub(r"^(?:其中|有|检出|发生)", "", words) for _, words, _ in seconds}) != 1:
        return None
    attributes = {attribute_of(words) for words in [lead] + [w for _, w, _ in firsts[1:]]}
    if len(attributes) != 1:
        return None
    return attributes.pop() or "group", [(a[0], b[0]) for a, b in zip(firsts, seconds, strict=True)]


def _paired_next(rows: ClaimList, last: int, taken: set[int]) -> tuple[str, list[tuple[int, int]]] | None:
    """The paired split that makes up the whole sentence right after claim ``last``'s ("。小学1052名,近视371名;初中…")."""
    text = rows.text
    nxt = last + 1
    while nxt < len(rows) and rows[nxt]["kind"] == "percent":
        nxt += 1
    if nxt >= len(rows) or rows[nxt]["kind"] != "count" or rows.units[nxt] != rows.units[last]:
        return None
    m = re.match(r"[^。]{0,8}。\s*(?P<lead>[\u4e00-\u9fff]{1,12})\s*$", text[rows.positions[last][1] : rows.positions[nxt][0]])
    if m is None:
        return None
    return _paired_split(rows, nxt, taken, m.group("lead"))


def _add_paired(rows: ClaimList, add, taken: set[int], sample: Sample, paired: tuple[str, list[tuple[int, int]]]) -> int:
    """Add the group of a paired split; returns its last claim."""
    split, pairs = paired
    members = [k for pair in pairs for k in pair]
    g = SampleGroup(start=rows.positions[members[0]][0], end=rows.positions[members[-1]][1], samples=[sample], split=split)
    g.members += [k for k in members if k not in taken]
    g.named = [part for part, _ in pairs]
    g.subs = pairs
    taken.update(g.members)
    add(g)
    return members[-1]


#: 其中 and the words of a category before a count: "其中男性583人".
#: Also after the respondents' noun and 中: "受访读者中男性241人", "被调查者中女性311人".
_NAMED_PART_LEAD = re.compile(r"(?:其中|(?:受访|被调查|被访|调查对象|样本)[\u4e00-\u9fff]{0,3}?中)\s*(?P<category>[\u4e00-\u9fff]{1,6})$")
#: What may stand between two parts of a split: a comma or 、, and the next part's words.
_BETWEEN = re.compile(r"\s*[,，、;；]\s*[\u4e00-\u9fff]{1,8}\s*$")


def _split(rows: ClaimList, first: int, taken: set[int]) -> list[tuple[int, str]]:
    """The counts after 其中 that split the sample by one attribute, each led by a category of it ("其中男性583人,女性665人":
    sex), in the same unit, one clause after another; ``[]`` unless two or more."""
    from .form import attribute_of

    text = rows.text
    start = rows.positions[first][0]
    named = _NAMED_PART_LEAD.search(text, max(0, start - 14), start)
    lead = named.group("category") if named else text[max(0, start - 8) : start].rpartition("其中")[2]
    attribute = attribute_of(lead)
    if not attribute:
        return []
    parts = [(first, attribute)]
    unit = rows.units[first]
    k = first
    while k + 1 < len(rows):
        nxt = k + 1
        gap = text[rows.positions[k][1] - 0 : rows.positions[nxt][0]]
        if rows[nxt]["kind"] != "count" or not str(rows[nxt]["value"]).isdigit() or nxt in taken or rows.units[nxt] != unit or not _BETWEEN.match(gap[len(unit) if gap.startswith(unit) else 0 :]):
            break
        words = _BETWEEN.match(gap[len(unit) if gap.startswith(unit) else 0 :]).group().lstrip(" ,，、;；")
        if attribute_of(words) != attribute:
            break
        parts.append((nxt, attribute))
        k = nxt
    return parts if len(parts) >= 2 else []


def judge(rows: ClaimList, g: SampleGroup) -> list[Check]:
    if g.split:
        return _judge_split(rows, g) + [_within(rows, g, part, sub) for part, sub in g.subs]
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


def _judge_split(rows: ClaimList, g: SampleGroup) -> list[Check]:
    """The parts of a split against the sample: equal, fewer (some in no category printed) or more."""
    parts_of = g.named or g.members
    sample, values = g.samples[0], [int(rows[i]["value"]) for i in parts_of]
    total, parts = sum(values), [rows[i]["reported"] for i in parts_of]
    facts = {"parts": parts, "sum": str(total), "total": sample.n}
    whole = claim_of(rows, sample, {start: k for k, (start, _) in enumerate(rows.positions)})
    named = list(parts_of) + ([whole] if whole is not None else [])
    assumption = f"the parts split the {sample.n} of “{sample.text}” by {g.split}"
    if total == sample.n:
        return [make_check(rows, g, named, "stated_total", "equal", "consistent", assumption=assumption, expected=str(total), observed=str(sample.n),
                           **facts)]
    if total > sample.n and g.named and g.split not in ("sex", "residence"):
        # a breakdown's groups by age, years … may overlap as printed ("30岁以上", "50岁以上"): more than the sample is
        # then possible; only a partition that cannot overlap (sex, town and country) is accused
        return [make_check(rows, g, named, "stated_total", "over_if_overlap", "consistent_if", assumption="the groups may overlap",
                           expected=str(total), observed=str(sample.n), gap=total - sample.n, **facts)]
    if total > sample.n:
        # each respondent is of one category of an attribute: the categories cannot add up to more than the sample
        return [make_check(rows, g, named, "stated_total", "over", "inconsistent", assumption=assumption, expected=str(total),
                           observed=str(sample.n), gap=total - sample.n, **facts)]
    return [make_check(rows, g, named, "stated_total", "short_partial", "consistent_if", assumption=f"{assumption}; some are in no category printed",
                       expected=str(total), observed=str(sample.n), gap=sample.n - total, how="其中", **facts)]


def _within(rows: ClaimList, g: SampleGroup, part: int, sub: int) -> Check:
    """A count within a part of a split ("男生1208名,近视598名"): at most the part."""
    count, n = int(rows[sub]["value"]), int(rows[part]["value"])
    text, (start, end) = rows.text, rows.positions[part]
    lead = max(text.rfind(c, max(0, start - 14), start) for c in ",，;；。:：") + 1
    unit = rows.units[part] or ""
    evidence = text[max(lead, start - 14) : end + (len(unit) if text.startswith(unit, end) else 0)]  # "男生1208名"
    ok = count <= n
    return make_check(rows, g, [sub] if ok else [sub, part], "part_of_base", "of_stated_within" if ok else "of_stated_over",
                      "consistent" if ok else "inconsistent", assumption=f"a part of the {n} of “{evidence}”", expected=f"<= {n}",
                      observed=rows[sub]["value"], count=rows[sub]["value"], n=n, evidence=evidence)
