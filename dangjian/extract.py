"""Find the statistics in any clean report, with their bases, and check them.

This is the automatic counterpart of the curated ledger: it knows nothing
about one report.  It finds numbers that carry a statistical unit (%, 人,
份, 个, 名, 次, 条, 户, 万元, 分 …), finds the base each percentage refers to,
and runs the checks of :mod:`dangjian.consistency` on them.

How a base is found (``base_evidence`` says which):

* ``stated``: the same sentence gives it ("在310人参加的调查问卷中…占65.16%",
  "有效回答120人").
* ``inferred``: the report states its sample elsewhere ("发放问卷310份",
  "有效问卷300份", "310人参加"); the nearest such statement before the
  number is used, and a statement of *valid* questionnaires beats one of
  questionnaires issued.

Numbers that are not statistics are never reported: page counts, document
ids, file sizes, upload dates, postal codes, 13-digit timestamps, chapter
and article numbers ("第3章", "第5条") and question numbers glued to their
question ("5以下对于…" is question 5, not "5 or fewer").

Examples
--------
>>> from dangjian.clean import clean_text
>>> result = clean_text("发放问卷200份。认为好的有120人,占60.00%;认为差的占15.3%。")
>>> claims = extract_claims(result, source="demo")
>>> claims[["reported", "kind"]].values.tolist()
[['200', 'count'], ['120', 'count'], ['60.00%', 'percent'], ['15.3%', 'percent']]
>>> claims["base"].tolist()
[<NA>, 200, 200, 200]
>>> claims["base_evidence"].iloc[2]
'inferred: 发放问卷200份'
>>> check_claims(claims)[["check", "verdict"]].values.tolist()
[['part_of_base', 'consistent'], ['percent_of', 'consistent'], ['grim_percent', 'consistent_if']]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from operator import itemgetter
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

import pandas as pd

from .clean import CleanResult
from .consistency import grim, percent_of, reround, sum_check
from .tabular import is_missing, records, to_frame

__all__ = ["CLAIM_COLUMNS", "CHECK_COLUMNS", "extract_claims", "extract_records", "check_claims", "check_records", "SAMPLE_PATTERNS"]

CLAIM_COLUMNS = ["source", "claim_id", "quote", "raw_start", "raw_end", "page", "reported", "kind", "value", "base", "base_evidence"]
CHECK_COLUMNS = ["source", "check_id", "claim_ids", "check", "assumption", "expected", "observed", "verdict", "explanation"]

#: Units after a count.
_COUNT_UNITS = "人|名|份|个|次|条|户|家|所|项|位|篇|场|期|件|批"
_AMOUNT_UNITS = "亿元|万元|元"

#: Statements of the survey's sample, most authoritative first.
SAMPLE_PATTERNS = (
    ("valid", r"有效(?:调查)?问卷\s*(?:共)?(\d+)\s*份"),
    ("valid", r"回收(?:有效)?问卷\s*(\d+)\s*份"),
    ("valid", r"有效样本(?:量|数)?\s*(?:为)?\s*(\d+)"),
    ("issued", r"发放\S{0,12}?(?:问卷|测评表|调查表|测评票)\s*(\d+)\s*份"),
    ("issued", r"发放\s*(\d+)\s*份\S{0,6}?(?:问卷|测评表|调查表|测评票)"),
    ("people", r"(\d+)\s*(?:人|名)(?:参加|参与)"),
    ("people", r"(?:共)?调查(?:了)?\s*(\d+)\s*(?:人|名)"),
    ("people", r"样本(?:量|数)?\s*(?:为)?\s*(\d+)"),
)

#: A base given in the sentence itself: for one item only (item non-response),
#: or the population the sentence is about ("在走访的921个乡村党组织中").
_ITEM_BASE = (
    r"(?:有效回答|回答|作答)(?:此题|该题|本题)?(?:的)?(?:共)?\s*(\d+)\s*(?:人|名|份)"
    r"|在(?:走访|调查|参加|参与|抽查|考核)?(?:的)?\s*(\d+)\s*(?:人|名|份|个|户|家)\S{0,12}?中"
)
_ITEM_BASE_RE = re.compile(_ITEM_BASE)
#: Words that mark a share of answers to a survey question.
_ANSWER_WORDS = re.compile(r"认为|选择|表示|回答|赞成|同意|满意")

#: A number not preceded by a digit or a dot: ``(?<![\d.])(\d+(?:\.\d+)?)``,
#: written so that the pattern starts with ``\d`` (the look-behind checks
#: the character before the first digit), which lets the regex engine skip
#: ahead to the next digit instead of trying every position.
_NUMBER = r"(\d(?<![\d.]\d)\d*(?:\.\d+)?)"
_TOKEN = re.compile(
    rf"{_NUMBER}\s*(?P<unit>%|{_AMOUNT_UNITS}|{_COUNT_UNITS}|分(?!之|管|工|别|析|类|布|期|批|散|级|配|成|为|钟))"
)
#: Decoys: a number in these contexts is not a statistic.
_DECOY_BEFORE = re.compile(r"(第|编号|邮编|邮政编码|No\.?|[A-Za-z])\s*$")
#: The last characters of _DECOY_BEFORE's words (第, 编号, 邮编, 邮政编码, No., a letter).
_DECOY_LAST = frozenset("第号编码o.") | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
#: A percentage sign with no digits before it ("占%"), or 占 with digits but no sign.
_LOST_DIGITS = re.compile(r"(?:占|达|为|率)(?:了)?\s*%")
_AMOUNT_UNIT_SET = frozenset(_AMOUNT_UNITS.split("|"))
#: After a count: it is the numerator of the share that follows ("有120人,占60%").
_SHARE_FOLLOWS = re.compile(r"\s*[,，]?\s*占")
_LOST_SIGN = re.compile(r"占\s*(\d+\.\d+)(?![\d.%])(?!\s*(?:" + _COUNT_UNITS + "|" + _AMOUNT_UNITS + "))")


@dataclass(frozen=True)
class _Sample:
    kind: str
    n: int
    start: int
    end: int
    text: str


def _sentences(text: str) -> list[tuple[int, int]]:
    """Spans of sentences (ending in 。!?) — bases are looked for inside one."""
    spans, start = [], 0
    for m in re.finditer(r"[。!?！？]", text):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _clauses(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of ；-separated clauses of a sentence (one survey question each)."""
    spans, start = [], lo
    for m in re.finditer(r"[;；]", text[lo:hi]):
        spans.append((start, lo + m.end()))
        start = lo + m.end()
    spans.append((start, hi))
    return spans


def _samples(text: str) -> list[_Sample]:
    found = []
    for kind, pattern in SAMPLE_PATTERNS:
        finder = _SAMPLE_FINDERS.get(pattern)
        for start, end, digits in finder(text) if finder else _spans(re.compile(pattern), text):
            if len(digits) > 9 or not digits.strip("0"):  # a run of digits (beyond int()'s limit at 4,300), or none: not a sample
                continue
            found.append(_Sample(kind, int(digits), start, end, text[start:end]))
    return sorted(found, key=lambda s: s.start)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    """``(start, end, group 1)`` of every match."""
    return [(m.start(), m.end(), m.group(1)) for m in pattern.finditer(text)]


# Two sample patterns do not start with a literal, so the regex engine tries
# them at every digit or every character.  These finders give the same
# spans from a literal anchor (tests compare them with the patterns).
_PEOPLE_ANCHOR = re.compile(r"(?:人|名)(?:参加|参与)")
_SURVEYED = re.compile(r"调查(?:了)?\s*(\d+)\s*(?:人|名)")


def _people_taking_part(text: str) -> list[tuple[int, int, str]]:
    """The matches of ``(\\d+)\\s*(?:人|名)(?:参加|参与)``: from each
    "人参加", back over spaces and then digits."""
    out = []
    for m in _PEOPLE_ANCHOR.finditer(text):
        end = m.start()
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start = end
        while start > 0 and text[start - 1].isdecimal():
            start -= 1
        if start < end:
            out.append((start, m.end(), text[start:end]))
    return out


def _people_surveyed(text: str) -> list[tuple[int, int, str]]:
    """The matches of ``(?:共)?调查(?:了)?\\s*(\\d+)\\s*(?:人|名)``: the
    pattern without its optional first "共", taking in a "共" just before."""
    return [(m.start() - (m.start() > 0 and text[m.start() - 1] == "共"), m.end(), m.group(1)) for m in _SURVEYED.finditer(text)]


_SAMPLE_FINDERS = {
    r"(\d+)\s*(?:人|名)(?:参加|参与)": _people_taking_part,
    r"(?:共)?调查(?:了)?\s*(\d+)\s*(?:人|名)": _people_surveyed,
}


def _within(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The span that contains ``pos`` (``spans`` tile the text in order)."""
    return spans[bisect_right(spans, (pos, float("inf"))) - 1]


def _base_for(pos: int, sentence: tuple[int, int], samples: list[_Sample], text: str,
              item_bases: dict[tuple[int, int], list[re.Match[str]]]) -> tuple[int | None, str]:
    """The base of the number at ``pos`` and how it was found.

    ``item_bases`` caches each sentence's statements of an item's own base
    (a sentence with several shares is searched once).
    """
    lo, hi = sentence
    if sentence not in item_bases:
        item_bases[sentence] = list(_ITEM_BASE_RE.finditer(text[lo:hi]))
    item = [m for m in item_bases[sentence] if lo + m.start() < pos and len(m.group(1) or m.group(2)) <= 9 and (m.group(1) or m.group(2)).strip("0")]
    if item:
        m = item[-1]
        return int(m.group(1) or m.group(2)), f"stated: {m.group(0)}"
    same = [s for s in samples if lo <= s.start and s.end <= hi and s.start < pos]
    if same:
        s = same[-1]
        return s.n, f"stated: {s.text}"
    before = [s for s in samples if s.end <= pos]
    if not before:
        return None, ""
    best = min(before, key=lambda s: (_SAMPLE_RANK[s.kind], -s.start))
    return best.n, f"inferred: {best.text}"


_SAMPLE_RANK = {"valid": 0, "issued": 1, "people": 2}


def _is_decoy(text: str, start: int, end: int, number: str) -> bool:
    # _DECOY_BEFORE ends with \s*$: it can only match the 6 characters
    # before if the last of them is a space or ends one of its words
    if start and (text[start - 1] in _DECOY_LAST or text[start - 1].isspace()) and _DECOY_BEFORE.search(text, max(0, start - 6), start):
        return True
    if len(number.split(".")[0]) >= 13:  # timestamps in milliseconds
        return True
    # question number glued to its question: at a sentence start, no unit context
    return False


def extract_claims(result: CleanResult, *, source: str) -> pd.DataFrame:
    """The statistics of a clean report, each with its base.

    Parameters
    ----------
    result : CleanResult
        A cleaned report (:func:`dangjian.clean.clean_text`).
    source : str
        Name of the input, written into the ``source`` column.

    Returns
    -------
    DataFrame
        Columns :data:`CLAIM_COLUMNS`.  ``reported`` is the number as printed
        (with "%" for a percentage), ``value`` the number alone, ``kind`` one of
        count / percent / amount / mean / bound / damaged; ``base`` is the n a
        count or percentage refers to, and ``base_evidence`` how it was found.
        Raw offsets and pages come from the cleaner's offset map.

    See Also
    --------
    extract_records : the same rows as plain dicts, without building a frame.
    """
    return to_frame(extract_records(result, source=source), CLAIM_COLUMNS, integers=("base", "page"))


def extract_records(result: CleanResult, *, source: str) -> list[dict]:
    """:func:`extract_claims` as a list of plain dicts (``None`` for missing).

    Auditing thousands of reports spends more time building small frames
    than finding numbers; ``dangjian audit`` works on these records and
    writes them with the :mod:`csv` module.
    """
    text, offsets = result.text, result.offsets
    sentences = _sentences(text)
    samples = _samples(text)
    # (position, row): rows are built in CLAIM_COLUMNS order, claim_id last filled
    found: list[tuple[int, dict[str, object]]] = []
    clauses: dict[tuple[int, int], list[tuple[int, int]]] = {}
    item_bases: dict[tuple[int, int], list[re.Match[str]]] = {}
    for m in _TOKEN.finditer(text):
        number, unit = m.group(1, "unit")
        start, end = m.span()
        if _is_decoy(text, start, end, number):
            continue
        sentence = _within(sentences, start)
        if sentence not in clauses:
            clauses[sentence] = _clauses(text, *sentence)
        clause = _within(clauses[sentence], start)
        after = text[end : end + 2]
        if unit == "%":
            kind, reported = ("bound" if after.startswith("以上") or after.startswith("以下") else "percent"), number + "%"
        elif unit in _AMOUNT_UNIT_SET:
            kind, reported = "amount", number
        # "平均" said right before the number, back to the last comma, makes a mean
        elif unit == "分" or "平均" in text[max(clause[0], text.rfind(",", clause[0], start) + 1, text.rfind("，", clause[0], start) + 1) : start]:
            kind, reported = "mean", number
        else:
            kind, reported = "count", number
        if after.startswith("余") and kind != "percent":
            kind = "bound"  # "120余名": more than 120
        base, evidence = (None, "")
        if unit == "%" or (kind == "count" and _SHARE_FOLLOWS.match(text, end, end + 3)):
            base, evidence = _base_for(start, sentence, samples, text, item_bases)
        # raw span of the number (with its "%"), as result.span() gives it
        raw_start = int(offsets[m.start(1)])
        raw_end = int(offsets[(end if unit == "%" else m.end(1)) - 1]) + 1
        found.append((start, {
            "source": source, "claim_id": "", "quote": text[clause[0] : clause[1]], "raw_start": raw_start,
            "raw_end": raw_end, "page": result.page_of(raw_start), "reported": reported, "kind": kind, "value": number,
            "base": base, "base_evidence": evidence,
        }))
    for pattern, what in ((_LOST_DIGITS, "percentage with no digits"), (_LOST_SIGN, "share printed without a % sign")):
        for m in pattern.finditer(text):
            sentence = _within(sentences, m.start())
            span = result.span(m.start(), m.end())
            found.append((m.start(), {
                "source": source, "claim_id": "", "quote": text[sentence[0] : sentence[1]], "raw_start": span.raw_start,
                "raw_end": span.raw_end, "page": span.page_start, "reported": m.group(0), "kind": "damaged",
                "value": m.group(1) if m.groups() else "", "base": None, "base_evidence": what,
            }))
    found.sort(key=itemgetter(0))  # stable: text order, numbers before damage flags
    rows = [row for _, row in found]
    for i, row in enumerate(rows, start=1):
        row["claim_id"] = f"E{i:03d}"
    return rows


def _check(source: str, ids: list[str], check: str, assumption: str, expected: str, observed: str, verdict: str, explanation: str) -> dict[str, str]:
    return {"source": source, "claim_ids": " ".join(ids), "check": check, "assumption": assumption,
            "expected": expected, "observed": observed, "verdict": verdict, "explanation": explanation}


def _count_before(rows: list[dict], i: int) -> dict | None:
    """The count printed just before percentage ``i`` in the same clause ("有120人,占60%")."""
    if i == 0:
        return None
    prev, row = rows[i - 1], rows[i]
    if prev["kind"] == "count" and prev["quote"] == row["quote"] and _count_then_share(row["quote"], prev["value"]):
        return prev
    return None


#: What follows a count that is the numerator of the next share: its unit, then 占.
_UNIT_THEN_SHARE = re.compile(rf"\s*(?:{_COUNT_UNITS})\s*[,，]?\s*占")


def _count_then_share(quote: str, value: str) -> bool:
    """``re.search(re.escape(value) + _UNIT_THEN_SHARE.pattern, quote)``,
    without compiling a pattern for every value: each place ``value`` is
    printed is tried with the one compiled pattern for what follows."""
    at = quote.find(value)
    while at >= 0:
        if _UNIT_THEN_SHARE.match(quote, at + len(value)):
            return True
        at = quote.find(value, at + 1)
    return False


def _counts_before(rows: list[dict]) -> list[dict | None]:
    """:func:`_count_before` of every row (the checks and the share runs both need it)."""
    return [_count_before(rows, i) for i in range(len(rows))]


def _whole(value: str) -> int:
    """The whole part of a printed number, as ``int(Fraction(value))`` gives it."""
    return int(value) if value.isdecimal() else int(Fraction(value))


def check_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """Every applicable consistency check on extracted claims.

    Returns
    -------
    DataFrame
        Columns :data:`CHECK_COLUMNS`, verdicts as in :data:`dangjian.checks.VERDICTS`.

    See Also
    --------
    check_records : the same checks on plain records, without frames.
    """
    return to_frame(check_records(records(claims)), CHECK_COLUMNS)


def check_records(rows: list[dict]) -> list[dict]:
    """:func:`check_claims` on claims given as plain dicts (see :func:`extract_records`)."""
    out: list[dict[str, str]] = []
    counts = _counts_before(rows)
    steps: dict[int, str] = {}  # 100/n printed to 3 decimals, per n
    for i, row in enumerate(rows):
        source, cid = row["source"], row["claim_id"]
        base = row["base"]
        if row["kind"] == "damaged":
            out.append(_check(source, [cid], "damaged_number", "", "", row["reported"], "not_checkable",
                              f"The number is damaged ({row['base_evidence']}); its digits are not invented."))
            continue
        if row["kind"] == "count" and not is_missing(base):  # the numerator of a share
            k = _whole(row["value"])
            ok = k <= int(base)
            out.append(_check(source, [cid], "part_of_base", f"the count is part of the sample of {base} ({row['base_evidence']})",
                              f"<= {base}", row["value"], "consistent" if ok else "consistent_if",
                              f"{row['value']} is {'within' if ok else 'more than'} the sample of {base}" + ("." if ok else "; it must count something other than respondents.")))
            continue
        if row["kind"] not in ("percent", "bound") or not row["reported"].endswith("%"):
            continue
        x = row["value"]
        if row["kind"] == "percent" and Decimal(x) > 100:
            out.append(_check(source, [cid], "percent_range", "a share of respondents", "<= 100%", row["reported"], "inconsistent",
                              f"{row['reported']} is more than 100%, which no share of respondents can be."))
            continue
        if is_missing(base):
            out.append(_check(source, [cid], "no_base", "", "a stated base", "none", "not_checkable",
                              f"No sample size is stated anywhere before {row['reported']}, so it cannot be checked."))
            continue
        n = int(base)
        count = counts[i]
        if count is not None and row["kind"] == "percent":
            k = _whole(count["value"])
            check = percent_of(k, n, x)
            exact = reround(check.exact, 4, rounding="up")[0]
            ids = [count["claim_id"], cid]
            if check.consistent:
                out.append(_check(source, ids, "percent_of", f"n = {n} ({row['base_evidence']})", f"{'/'.join(check.printed)}%",
                                  row["reported"], "consistent", f"100 × {k} / {n} = {exact}%, which prints as {check.printed[0]}%; the report prints {row['reported']}."))
                continue
            other = next((c for c in _nearby_numbers(rows, i, exclude={count["claim_id"], cid}) if c > 0 and percent_of(k, c, x).consistent), None)
            if other is not None:
                alt = reround(Fraction(100 * k, other), 4, rounding="up")[0]
                out.append(_check(source, ids, "percent_of", f"the base is {other}, printed in the same sentence, not {n} ({row['base_evidence']})",
                                  f"{'/'.join(check.printed)}%", row["reported"], "consistent_if",
                                  f"100 × {k} / {n} = {exact}%, not {row['reported']}; but 100 × {k} / {other} = {alt}%, so the share is of {other}, another number of the same sentence."))
            else:
                out.append(_check(source, ids, "percent_of", f"n = {n} ({row['base_evidence']})", f"{'/'.join(check.printed)}%",
                                  row["reported"], "inconsistent", f"100 × {k} / {n} = {exact}%, which prints as {check.printed[0]}%; the report prints {row['reported']}, and no other number of the sentence gives it."))
            continue
        if row["kind"] == "bound":
            continue
        possible = grim(x, n, percent=True)
        stated = row["base_evidence"].startswith("stated")
        if n not in steps:
            steps[n] = reround(Fraction(100, n), 3, rounding="up")[0]
        step = steps[n]
        if possible:
            out.append(_check(source, [cid], "grim_percent", f"n = {n} ({row['base_evidence']}); rounded either way at a tie",
                              f"a count 0..{n}", "possible", "consistent",
                              f"{row['reported']} of n = {n} can arise from a whole number of cases (step 100/{n} = {step} points)."))
        elif stated:
            out.append(_check(source, [cid], "grim_percent", f"n = {n} ({row['base_evidence']}); rounded either way at a tie",
                              f"a count 0..{n}", "impossible", "inconsistent",
                              f"{row['reported']} of n = {n} cannot arise from a whole number of cases (step 100/{n} = {step} points)."))
        else:
            least = _smallest_n(x)
            k = _count_for(x, least) if least else None
            out.append(_check(source, [cid], "grim_percent", f"the share has its own base, not the sample of {n} ({row['base_evidence']})",
                              f"a count 0..{n}", "impossible with the inferred base", "consistent_if",
                              f"{row['reported']} cannot be a share of the {n} inferred from the report's sample (step 100/{n} = {step} points), so it must have another base"
                              + (f"; the smallest that gives it is {k}/{least}." if least else ".")))
    out += _multi_select(rows, counts)
    for i, row in enumerate(out, start=1):
        row["check_id"] = f"K{i:03d}"
    return [{c: row[c] for c in CHECK_COLUMNS} for row in out]


def _nearby_numbers(rows: list[dict], i: int, *, exclude: set[str]) -> list[int]:
    """Whole numbers printed in the same sentence as claim ``i`` (candidate bases)."""
    quote = rows[i]["quote"]
    values = [Decimal(r["value"]) for r in rows if r["quote"] == quote and r["claim_id"] not in exclude and r["kind"] in ("count", "mean")]
    return [int(v) for v in values if v == v.to_integral_value()]


def _smallest_n(x: str, limit: int = 2000) -> int | None:
    return next((n for n in range(1, limit + 1) if grim(x, n, percent=True)), None)


def _count_for(x: str, n: int) -> int:
    return next(k for k in range(n + 1) if reround(Fraction(100 * k, n), len(x.partition(".")[2]), rounding="up_or_down").count(x))


def _share_runs(rows: list[dict], counts: list[dict | None]) -> list[list[dict]]:
    """Runs of answer shares of one question: percentages printed one after
    another in one clause, with nothing between them but their own counts
    ("认为好的有120人,占40%,较好的有90人,占30%").  ``counts`` is
    :func:`_counts_before` of ``rows``."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, row in enumerate(rows):
        if row["kind"] == "percent" and _ANSWER_WORDS.search(row["quote"]):
            if current and rows[current[-1]]["quote"] != row["quote"]:
                runs.append(current)
                current = []
            current.append(i)
            continue
        is_numerator = row["kind"] == "count" and i + 1 < len(rows) and counts[i + 1] is not None
        if not is_numerator:
            runs.append(current)
            current = []
    runs.append(current)
    return [[rows[i] for i in r] for r in runs if len(r) >= 2]


def _multi_select(rows: list[dict], counts: list[dict | None]) -> list[dict[str, str]]:
    """Shares of one question (one clause) should add to 100% unless several answers were allowed."""
    out = []
    for group in _share_runs(rows, counts):
        quote, source = group[0]["quote"], group[0]["source"]
        parts = [r["value"] for r in group]
        ids = [r["claim_id"] for r in group]
        total = sum((Fraction(v) for v in parts), Fraction(0))
        if re.search(r"多选|可多选|多项选择", quote):
            out.append(_check(source, ids, "shares_sum", "a multi-select question (marked 多选)",
                              "any total", f"{float(total):g}%", "consistent",
                              f"A multi-select question: its shares may add up to more than 100% ({float(total):g}%)."))
            continue
        terms = " + ".join(parts)
        if total > 100:
            fits = sum_check(parts, "100", rounding="up_or_down").consistent
            out.append(_check(source, ids, "shares_sum", "a multi-select question (several answers per respondent)", "<= 100%",
                              f"{float(total):g}%", "consistent" if fits else "consistent_if",
                              f"The shares of one question add up to {terms} = {float(total):g}%, more than 100%: possible only if respondents could choose several answers."))
        else:
            out.append(_check(source, ids, "shares_sum", "the listed shares are parts of one question", "<= 100%",
                              f"{float(total):g}%", "consistent", f"The shares add up to {terms} = {float(total):g}%, no more than 100%."))
    return out
