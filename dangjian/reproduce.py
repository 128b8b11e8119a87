"""Helpers that keep the finding notebooks thin: reproduction listings and additions.

Each finding notebook prints its section's claims with reported against
recomputed values (:func:`reproduction`), adds what the report leaves out
(:func:`survey_intervals`, :func:`implied_shares`), says what cannot be
reproduced (:func:`not_reproducible`), and, for the qualitative section 三,
structures the problems (:func:`problem_table`, :func:`key_phrases`).
Everything printed comes from the ledger and the data; nothing is typed in.
"""

from __future__ import annotations

import re
from collections import Counter
from fractions import Fraction

import pandas as pd

from .claims import number_value
from .consistency import reround

__all__ = [
    "reproduction",
    "claim_words",
    "survey_intervals",
    "implied_shares",
    "not_reproducible",
    "problem_table",
    "key_phrases",
    "content_words",
]


def _in(claims: pd.DataFrame, sections: list[str]) -> pd.DataFrame:
    return claims[claims["section_id"].isin(sections)]


def reproduction(claims: pd.DataFrame, sections: list[str], *, table_cells: bool = False) -> str:
    """Plain text: every claim of ``sections``, reported against recomputed, one word of status.

    Table cells (status ``datum``) are left out unless ``table_cells``.

    Examples
    --------
    >>> claims = pd.DataFrame({"claim_id": ["C1", "C2"], "section_id": ["1.1", "1.1"], "section_label": ["一(一)"] * 2,
    ...     "reported": ["65.16%", "310"], "recomputed": ["65.16%", ""], "status": ["match", "stated"],
    ...     "meaning": ["share rating the leader well", "respondents"]})
    >>> print(reproduction(claims, ["1.1"]))
    claim     section  reported  recomputed  status    meaning
    C1        一(一)    65.16%    65.16%      match     share rating the leader well
    C2        一(一)    310       —           stated    respondents
    """
    rows = _in(claims, sections)
    if not table_cells:
        rows = rows[rows["status"] != "datum"]
    lines = [f"{'claim':<10}{'section':<9}{'reported':<10}{'recomputed':<12}{'status':<10}meaning"]
    for r in rows.itertuples():
        lines.append(f"{r.claim_id:<10}{r.section_label:<8}{r.reported:<10}{(r.recomputed or '—'):<12}{r.status:<10}{r.meaning}")
    return "\n".join(lines)


def claim_words(claims: pd.DataFrame, sections: list[str]) -> str:
    """Plain text: the report's own words for each claim, with the English gloss."""
    rows = _in(claims, sections)
    rows = rows[rows["status"] != "datum"]
    return "\n".join(f"{r.claim_id}  「{r.quote}」\n      {r.meaning}" for r in rows.itertuples())


def survey_intervals(claims: pd.DataFrame, *, method: str = "wilson", alpha: float = 0.05) -> pd.DataFrame:
    """95% intervals for every survey percentage whose count and n are claims.

    Returns
    -------
    DataFrame
        ``claim_id``, ``section_label``, ``count``, ``n``, ``reported``,
        ``percent`` (100·count/n, 2 decimals), ``ci_lower``, ``ci_upper``
        (percent, 2 decimals), ``method``.
    """
    from .metrics import proportion_ci

    by_id = claims.set_index("claim_id")
    rows = []
    for r in claims[(claims["kind"] == "percent") & (claims["numerator"] != "")].itertuples():
        if by_id.loc[r.numerator, "kind"] != "count":
            continue
        rows.append({"claim_id": r.claim_id, "section_label": r.section_label, "count": int(number_value(by_id.loc[r.numerator, "reported"])),
                     "n": int(number_value(by_id.loc[r.denominator, "reported"])), "reported": r.reported})
    frame = proportion_ci(pd.DataFrame(rows), count="count", nobs="n", method=method, alpha=alpha)
    for col in ("proportion", "ci_lower", "ci_upper"):
        frame[col] = (100 * frame[col]).round(2)
    return frame.rename(columns={"proportion": "percent"})[["claim_id", "section_label", "count", "n", "reported", "percent", "ci_lower", "ci_upper", "method"]]


def implied_shares(claims: pd.DataFrame, sections: list[str]) -> pd.DataFrame:
    """Shares the report implies but never prints: counts of a subset of a stated base,
    and lower bounds turned into counts.

    Returns
    -------
    DataFrame
        ``claim_id``, ``base_id``, ``what``, ``count`` (for a bound: the
        least count it implies, rounding half-up), ``n``, ``share`` (percent, 1 decimal).
    """
    by_id = claims.set_index("claim_id")
    stated_shares = set(claims["numerator"]) - {""}
    rows = []
    for r in _in(claims, sections).itertuples():
        if not r.base or r.base not in by_id.index or by_id.loc[r.base, "kind"] != "count" or not r.claim_id.startswith("C"):
            continue
        n = number_value(by_id.loc[r.base, "reported"])
        if r.kind == "count" and r.claim_id not in stated_shares and by_id.loc[r.base, "method"] == "":
            k = number_value(r.reported)
            what = "implied share"
        elif r.kind in ("bound", "percent") and r.reported.endswith("%") and r.numerator == "":
            share = number_value(r.reported)
            k = -(-share * n // 100)  # ceiling: "at least"
            what = "least count implied" if r.kind == "bound" else "count implied"
        else:
            continue
        rows.append({"claim_id": r.claim_id, "base_id": r.base, "what": what, "count": int(k), "n": int(n),
                     "share": reround(Fraction(100) * k / n, 1, rounding="up")[0]})
    return pd.DataFrame(rows, columns=["claim_id", "base_id", "what", "count", "n", "share"])


_REASONS = {
    "date": "a date: nothing to recompute it from",
    "name": "a name, compared with its twin in the audit",
}


def not_reproducible(claims: pd.DataFrame, sections: list[str]) -> str:
    """Plain text: the section's claims that cannot be reproduced, and why."""
    lines = []
    for r in _in(claims, sections).itertuples():
        if r.status != "stated":
            continue
        percent = r.reported.endswith("%")
        if r.kind in _REASONS:
            reason = _REASONS[r.kind]
        elif percent and r.base:
            reason = f"a share of {r.base} whose count is not printed (see the implied count)"
        elif percent:
            reason = "no denominator is given: who was asked, and how many, is not stated"
        elif r.kind == "bound":
            reason = "a lower bound (余/以上); no total is given"
        elif r.base:
            reason = f"a count of a subset of {r.base}; the records behind it are not published"
        else:
            reason = "a count reported without the records behind it"
        lines.append(f"{r.claim_id:<6}{r.reported:<8}{reason}")
    return "\n".join(lines) if lines else "(none)"


_QUOTED = re.compile(r"“([^”]{1,20})”")


def key_phrases(text: str) -> pd.DataFrame:
    """The phrases the report itself puts in quotation marks, with their counts, most frequent first.

    Examples
    --------
    >>> key_phrases("把“主业”做好,“副业”不管,还是“主业”。").values.tolist()
    [['主业', 2], ['副业', 1]]
    """
    counts = Counter(_QUOTED.findall(text))
    frame = pd.DataFrame(sorted(counts.items(), key=lambda kv: (-kv[1], text.index(kv[0]))), columns=["phrase", "count"])
    return frame


def content_words(text: str, *, top: int = 15, min_length: int = 2) -> pd.DataFrame:
    """The most frequent content words of ``text`` (jieba segmentation, no stop words).

    Deterministic: jieba's dictionary is loaded quietly and ties are broken by
    first appearance.
    """
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    stop = set("的 了 和 与 在 对 把 是 就 等 或 而 也 都 及 其 中 为 有 没有 一些 负责人 工作".split())
    words = [w for w in jieba.lcut(text) if len(w) >= min_length and w not in stop and re.search(r"[\u4e00-\u9fff]", w)]
    counts = Counter(words)
    first = {w: i for i, w in reversed(list(enumerate(words)))}
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], first[kv[0]]))[:top]
    return pd.DataFrame(ranked, columns=["word", "count"])


def problem_table(text: str, sections: pd.DataFrame) -> pd.DataFrame:
    """The problems of chapter 三 and their sub-claims, one row per sub-claim.

    Each problem (三(一), 三(二), …) is split into sentences (。) and, where a
    sentence lists several cases with "；", into those clauses.

    Returns
    -------
    DataFrame
        ``problem`` (label), ``title``, ``key_phrase`` (the phrase the title
        puts in quotes), ``n`` (1, 2, … within the problem), ``sub_claim``.
    """
    rows = []
    problems = sections[(sections["level"] == 2) & (sections["section_id"].str.startswith("3."))]
    for p in problems.itertuples():
        body = text[p.start : p.end][len(f"({p.label[-2]})") + len(p.title) :]
        quoted = _QUOTED.findall(p.title)
        parts = [c for s in re.split(r"(?<=。)", body) for c in re.split(r"(?<=;)", s) if c.strip()]
        for i, part in enumerate(parts, start=1):
            rows.append({"problem": p.label, "title": p.title, "key_phrase": quoted[0] if quoted else "", "n": i, "sub_claim": part})
    return pd.DataFrame(rows, columns=["problem", "title", "key_phrase", "n", "sub_claim"])
