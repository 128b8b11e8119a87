"""Build the labelled development corpus of Chinese survey reports.

What this is
------------
Fourteen invented survey reports, written the way county Party schools,
government offices and university departments write them (and the way
document-sharing sites mangle them), each with every statistic labelled in
``labels.csv``.  The corpus is a measuring instrument for ``dangjian audit``:
it was written without looking at the extractor, so it measures reading and
judging, not agreement with one implementation.

Regenerate (from the repository root)::

    python tests/corpus/build_corpus.py            # writes into tests/corpus/
    python tests/corpus/build_corpus.py --out DIR  # writes into DIR
    python tests/corpus/build_corpus.py --summary  # also prints label counts
    python tests/corpus/build_corpus.py --set auditor  # the second set, tests/corpus_auditor/

The second set (issue 28's auditor patterns and issue 25's real formats, each with an
innocent twin) keeps its reports in ``tests/corpus_auditor/auditor_reports.py`` and
uses this module's machinery (``Spec``, ``pct``, ``question``, ``render``,
``write_reports``, ``write_csv``); it is not part of ``build()``.

Standard library only.  Every share, mean, sum and label is computed here from
the counts with exact arithmetic (``fractions.Fraction``); the output is
byte-identical from run to run.

How a report is written
-----------------------
A report is a template.  ``⟪ ... ⟫`` marks an anchor (the verbatim substring
that goes into ``labels.csv``); ``«key»`` inside an anchor is a labelled number
whose printed text, value and verdict come from ``specs[key]``.  After
rendering, every anchor is checked: 5-40 characters, on one line, occurring
exactly once in the decoded file, and the scorer's own rule (first occurrence
of ``reported`` in the anchor that is not part of a longer number) must land
exactly on the labelled number.

Labelling rules (those of a careful human auditor)
---------------------------------------------------
* Percent shares round half-up to the printed decimals (a tie may go either
  way).  ``base`` is the denominator the share claims: the question's base.
  For a wrong share, ``base`` is still that base and ``why`` shows which
  denominator (if any) reproduces the printed figure.
* One question has one base.  A share that fits it is ``consistent``; a share
  that breaks the base that fits the rest of its question is ``inconsistent``.
* ``consistent_if`` = fits only under a named assumption:
  item non-response (the counts of the question sum below the sample and every
  share is exact for that sum; ``base_source=item``); truncation instead of
  rounding (a page whose shares all fit one base a little below the stated
  sample when truncated; ``base_source=other``); a sub-group of the sample as
  base ("在72名村两委干部中"; ``base_source=stated``).  A share whose base is a
  separately stated population (another year's survey, the county's party
  membership, the cases reported) is plain ``consistent`` / ``stated``.
* Response rates are shares of questionnaires issued (``base_source=issued``);
  a report that divides valid by returned questionnaires gets the returned
  number as base (``base_source=other``) and the why says so.
* Multi-select questions may add to more than 100%: consistent.
* A percent with no base anywhere is ``not_checkable``; a policy parameter or
  growth rate is ``n/a``.
* Counts: ``base`` is the total they are part of (blank for stand-alone
  figures).  Consistent when they fit it, inconsistent when above their base;
  a stated total its parts add up to is consistent; for a stated total whose
  parts miss it, the total is inconsistent and the parts ``n/a``.  A count printed beside a wrong share stays consistent when the
  question's counts add up to the sample (the share is the culprit).
* ``kind=rate`` is a percentage-point change or a growth rate; a change that
  does not equal the difference of the two printed shares is inconsistent.
* Means on an integer scale with n: consistent if some integer total / n rounds
  to the printed mean, inconsistent if none does.  Other means (age, hours,
  money) are ``n/a``.
* Counts in 万 keep the printed number (``3.2万`` -> value 3.2); money keeps the
  printed number in its printed unit (``120万`` -> 120).  ``reported`` keeps
  万/亿 but drops the unit word (人, 元, 份).
* Damage: ``reported`` is the raw text, ``value`` what a good repair reads
  (``93、75%`` -> 93.75; a number cut by a preview counter is labelled on the
  piece after the counter, value the joined number).  Lost digits (``占%``,
  ``56.%``) are ``kind=damaged`` with a blank value.  Decoys (ids, dates, page
  numbers, sizes, phone numbers, category bounds) are ``kind=decoy``, ``n/a``.
"""

from __future__ import annotations

import codecs
import csv
import io
import pathlib
import re
import sys
from fractions import Fraction

HERE = pathlib.Path(__file__).resolve().parent
COLUMNS = ["file", "anchor", "reported", "value", "kind", "base", "base_source", "expected", "why"]


# --------------------------------------------------------------------------
# exact arithmetic
# --------------------------------------------------------------------------

def _fmt_scaled(n: int, dp: int) -> str:
    if dp == 0:
        return str(n)
    s = str(n).rjust(dp + 1, "0")
    return s[:-dp] + "." + s[-dp:]


def round_half_up(x: Fraction, dp: int) -> str:
    s = x * 10 ** dp
    return _fmt_scaled((2 * s.numerator + s.denominator) // (2 * s.denominator), dp)


def truncate(x: Fraction, dp: int) -> str:
    s = x * 10 ** dp
    return _fmt_scaled(s.numerator // s.denominator, dp)


def decimals(s: str) -> int:
    return len(s.split(".")[1]) if "." in s else 0


def _ceil(x: Fraction) -> int:
    return -((-x.numerator) // x.denominator)


def _floor(x: Fraction) -> int:
    return x.numerator // x.denominator


def counts_fitting(printed: str, base: int, mode: str = "round") -> list[int]:
    """Counts k (0..base) whose share k/base prints as `printed` (ties either way)."""
    v, step = Fraction(printed), Fraction(1, 10 ** decimals(printed))
    if mode == "round":
        lo, hi = (v - step / 2) * base / 100, (v + step / 2) * base / 100
        ks = range(max(0, _ceil(lo)), min(base, _floor(hi)) + 1)
    else:  # truncation: v <= k/base*100 < v + step
        lo, hi = v * base / 100, (v + step) * base / 100
        ks = [k for k in range(max(0, _ceil(lo)), min(base, _ceil(hi))) if Fraction(100 * k, base) < v + step]
    return list(ks)


def mean_totals(printed: str, n: int, lo: int, hi: int) -> list[int]:
    """Integer totals T (lo*n..hi*n) with T/n printing as `printed` (ties either way)."""
    v, step = Fraction(printed), Fraction(1, 10 ** decimals(printed))
    a, b = _ceil((v - step / 2) * n), _floor((v + step / 2) * n)
    return [t for t in range(max(a, lo * n), min(b, hi * n) + 1)]


def q(k: int, base: int, dp: int) -> str:
    """The quotient k/base in percent, shown with two more decimals than printed."""
    return round_half_up(Fraction(100 * k, base), dp + 2)


# --------------------------------------------------------------------------
# label specs
# --------------------------------------------------------------------------

class Spec:
    """One labelled number.  `whole`: the number is glued to its neighbours (a count run into
    its share, "4060.61%"), so the scorer's span rule falls back to the whole anchor, and the
    renderer checks that it does."""
    __slots__ = ("text", "value", "kind", "base", "base_source", "expected", "why", "whole")

    def __init__(self, text, value, kind, base="", base_source="", expected="n/a", why="", whole=False):
        self.text, self.value, self.kind = text, value, kind
        self.base, self.base_source, self.expected, self.why = str(base), base_source, expected, why
        self.whole = whole


def styled(num: str, sign: str, style: str | None) -> str:
    if style is None:
        return num + sign
    if style == "spaced":  # "占 6 5 . 1 6 %": a converter put a space between every character
        return " ".join(num + sign)
    if style == "dunhao":  # "93、75%": the decimal point became 、
        return num.replace(".", "、") + sign
    raise ValueError(style)


def pct(k, base, dp=2, src="sample", *, printed=None, expected=None, mode="round", style=None,
        sign="%", bare=False, note="", why=None):
    """A share of `k` out of `base`; `printed` overrides the correct figure (a planted error)."""
    share = Fraction(100 * k, base)
    right = round_half_up(share, dp) if mode == "round" else truncate(share, dp)
    shown = right if printed is None else printed
    if expected is None:
        expected = "consistent" if shown == right else "inconsistent"
    if why is None:
        why = f"{k}/{base}={q(k, base, dp)}% -> {right}%"
        if mode == "trunc":
            why = (f"{k}/{base}={q(k, base, dp)}% truncated -> {right}% "
                   f"(half-up would print {round_half_up(share, dp)}%)")
        if bare:
            why = f"count not printed; {why}"
        if shown != right:
            why += f"; printed {shown}%"
            fit = counts_fitting(shown, base)
            why += (f" = {'/'.join(str(x) for x in fit)} of {base}, not {k}" if fit
                    else f", which no integer count of {base} gives")
        if note:
            why += "; " + note
    if expected in ("consistent", "consistent_if"):
        assert k in counts_fitting(shown, base, mode), (k, base, shown)
    return Spec(styled(shown, sign, style), shown, "percent", base, src, expected, why)


def cnt(k, base="", src="", expected=None, why="", text=None, value=None):
    if expected is None:
        expected = "consistent" if base != "" else "n/a"
    if base != "" and expected == "consistent":
        assert int(value or k) <= int(base)
    if not why:
        why = f"{k} of {base}" if base != "" else "stand-alone count"
    return Spec(text or str(k), str(value or k), "count", base, src, expected, why)


def dec(text, why):
    return Spec(text, "", "decoy", "", "", "n/a", why)


def damaged(text, why):
    return Spec(text, "", "damaged", "", "", "n/a", why)


def money(text, value, why="amount of money, no check"):
    return Spec(text, value, "money", "", "", "n/a", why)


def other(kind, text, value, why, expected="n/a", base="", src=""):
    return Spec(text, value, kind, base, src, expected, why)


def plain_mean(text, why="mean of a continuous quantity: no integer-scale check", base=""):
    return Spec(text, text, "mean", base, "sample" if base else "", "n/a", why)


def scale_mean(printed, n, lo=1, hi=5, src="sample"):
    """A mean on an integer lo..hi scale with n answers: GRIM for means."""
    totals = mean_totals(printed, n, lo, hi)
    if totals:
        t = totals[0]
        return Spec(printed, printed, "mean", n, src, "consistent",
                    f"{lo}-{hi} scale, n={n}: {t}/{n}={round_half_up(Fraction(t, n), 4)} -> {printed}")
    v = Fraction(printed)
    t0 = _floor(v * n)
    return Spec(printed, printed, "mean", n, src, "inconsistent",
                f"{lo}-{hi} scale, n={n}: {printed}x{n}={round_half_up(v * n, 2)}; "
                f"{t0}/{n}={round_half_up(Fraction(t0, n), 4)} -> {round_half_up(Fraction(t0, n), decimals(printed))}, "
                f"{t0 + 1}/{n}={round_half_up(Fraction(t0 + 1, n), 4)} -> {round_half_up(Fraction(t0 + 1, n), decimals(printed))}: "
                f"no integer total gives {printed}")


def pp_change(a: Spec, b: Spec, printed: str):
    """A change in percentage points between two printed shares."""
    diff = Fraction(b.value) - Fraction(a.value)
    right = round_half_up(abs(diff), max(decimals(a.value), decimals(b.value)))
    ok = Fraction(printed) == abs(diff)
    why = f"{b.value}-{a.value}={right} points"
    why += "" if ok else f", printed {printed}"
    return Spec(printed, printed, "rate", "", "", "consistent" if ok else "inconsistent", why)


def transposed(right: str) -> str:
    """The printed figure with its last two digits swapped (65.16 -> 65.61)."""
    s = right
    return s[:-2] + s[-1] + s[-2]


def question(S, key, counts, base, *, dp=2, src="sample", expected=None, multi=False, bare=False,
             errors=None, mode="round", sample=None, sign="%", styles=None, max_choices=None,
             count_expected=None):
    """Shares (and counts unless `bare`) of one question, as S[key+'_p'+i] / S[key+'_c'+i].

    errors: {i: printed figure or dict(printed=..., note=...)} plants an error at option i.
    sample: for src='item', the survey sample the counts fall short of.
    """
    errors, styles = errors or {}, styles or {}
    if multi:
        assert max(counts) <= base
        if max_choices:
            assert sum(counts) <= max_choices * base
    else:
        assert sum(counts) == base, (key, sum(counts), base)
    if src == "item":
        assert sample and base < sample
    shares = []
    for i, k in enumerate(counts):
        e = errors.get(i)
        if isinstance(e, str):
            e = {"printed": e}
        e = e or {}
        p = pct(k, base, dp, src, printed=e.get("printed"),
                expected=None if "printed" in e else expected, mode=mode,
                style=styles.get(i), sign=sign, bare=bare, note=e.get("note", ""))
        shares.append(p)
    total = sum(Fraction(p.value) for p in shares)
    tot_s = _fmt_scaled(int(total * 10 ** dp), dp)
    for i, p in enumerate(shares):
        extra = []
        if multi:
            extra.append(f"multi-select: shares sum to {tot_s}%")
        elif i in errors:
            extra.append(f"single-select shares as printed sum to {tot_s}%")
        if src == "item":
            assert not counts_fitting(p.value, sample), (key, p.value, sample)
            extra.append(f"counts sum to {base} of n={sample} (item non-response); "
                         f"{p.value}% does not fit {sample}")
        if mode == "trunc" and sample:
            assert not counts_fitting(p.value, sample) and not counts_fitting(p.value, sample, "trunc")
            extra.append(f"{p.value}% fits neither rounding nor truncation of n={sample}")
        if extra:
            p.why += "; " + "; ".join(extra)
        S[f"{key}_p{i}"] = p
    if not bare:
        joined = "+".join(str(k) for k in counts)
        for i, k in enumerate(counts):
            why = (f"{k} <= {base} (multi-select)" if multi else f"{joined}={sum(counts)}, the question's base")
            if src == "item":
                why += f"; {sample - base} of n={sample} did not answer"
            S[f"{key}_c{i}"] = cnt(k, base, src, count_expected or "consistent", why)
    return shares


# --------------------------------------------------------------------------
# rendering and verification
# --------------------------------------------------------------------------

ANCHOR = re.compile(r"⟪(.*?)⟫", re.S)
PLACE = re.compile(r"«(\w+)»")


def scorer_span(text, anchor, rep):
    """The scorer's rule (score_corpus.span_of): the first occurrence of `rep` in the
    anchor that is not part of a longer number; None when the anchor is not unique."""
    a = text.find(anchor)
    if a < 0 or text.find(anchor, a + 1) >= 0:
        return None
    j = anchor.find(rep) if rep else -1
    while j >= 0:
        before = anchor[j - 1] if j else ""
        after = anchor[j + len(rep)] if j + len(rep) < len(anchor) else ""
        if not (before.isdigit() or before == "." or after.isdigit() or (after == "." and rep[-1].isdigit())):
            return a + j, a + j + len(rep)
        j = anchor.find(rep, j + 1)
    return a, a + len(anchor)


def render(name, template, specs, newline="\n", keys=None):
    """The text of a report and its label rows; `keys` (a list) receives each row's spec key."""
    template = template.strip("\n") + "\n"
    if newline != "\n":
        template = template.replace("\n", newline)
    out, rows, pos, used = [], [], 0, set()
    length = 0
    for m in ANCHOR.finditer(template):
        chunk = template[pos:m.start()]
        assert "«" not in chunk and "⟫" not in chunk, (name, chunk[-60:])
        out.append(chunk)
        length += len(chunk)
        inner, parts, spans, ip = m.group(1), [], [], 0
        alen = 0
        for pm in PLACE.finditer(inner):
            lit = inner[ip:pm.start()]
            parts.append(lit)
            alen += len(lit)
            key = pm.group(1)
            assert key in specs, (name, key)
            assert key not in used, (name, key, "used twice")
            used.add(key)
            s = specs[key]
            spans.append((key, length + alen, length + alen + len(s.text)))
            parts.append(s.text)
            alen += len(s.text)
            ip = pm.end()
        parts.append(inner[ip:])
        anchor = "".join(parts)
        assert spans, (name, anchor, "anchor without a labelled number")
        out.append(anchor)
        for key, a, b in spans:
            rows.append((anchor, key, a, b, length))
        length += len(anchor)
        pos = m.end()
    tail = template[pos:]
    assert "«" not in tail and "⟪" not in tail, (name, tail[:60])
    out.append(tail)
    text = "".join(out)
    missing = set(specs) - used
    assert not missing, (name, sorted(missing))
    labels = []
    for anchor, key, a, b, start in rows:
        s = specs[key]
        assert 5 <= len(anchor) <= 40, (name, anchor, len(anchor))
        assert "\n" not in anchor and "\r" not in anchor, (name, anchor)
        assert s.text in anchor
        span = scorer_span(text, anchor, s.text)
        want = (start, start + len(anchor)) if s.whole else (a, b)
        assert span == want, (name, anchor, s.text, span, want)
        if keys is not None:
            keys.append(key)
        labels.append([name, anchor, s.text, s.value, s.kind, s.base, s.base_source, s.expected, s.why])
    return text, labels


def encode(text, encoding):
    if encoding == "utf-8":
        return text.encode("utf-8")
    if encoding == "utf-8-sig":
        return codecs.BOM_UTF8 + text.encode("utf-8")
    if encoding == "utf-16":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    if encoding == "gb18030":
        return text.encode("gb18030")
    raise ValueError(encoding)


def decode(b: bytes) -> str:
    """Decode a corpus file the way the scorer does."""
    if b.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return b.decode("utf-16")
    try:
        return b.decode("utf-8-sig")
    except UnicodeDecodeError:
        return b.decode("gb18030")


REPORTS = []


def report(fn):
    REPORTS.append(fn)
    return fn


# --------------------------------------------------------------------------
# the reports
# --------------------------------------------------------------------------

@report
def r01():
    """乡镇干部作风建设: a document-site scrape with preview counters and page markers."""
    S = {}
    n, issued = 310, 340
    S["d_id"] = dec("41870236", "document id in the site header")
    S["d_up"] = dec("2021-07-19", "upload date in the site header")
    S["d_pages"] = dec("11", "page count in the site header")
    S["d_size"] = dec("52KB", "file size in the site header")
    S["d_pv"] = dec("11", "page count in the site's title line (11页珍藏版)")
    S["d_p1"] = dec("1", "page marker '- 1 -' at the start of the body")
    S["d_date"] = dec("2021 年 3 月至 5 月", "survey period (date)")
    S["c_towns"] = cnt(14, why="number of townships visited")
    S["c_meet"] = cnt(23, why="number of forums held")
    S["c_talk"] = cnt(156, why="person-times interviewed")
    S["c_issued"] = cnt(340, text="40", why=(
        "questionnaires issued: the preview counter '2、' at a line start cut 340 into '3' | '40'; "
        "reported is the piece after the counter, a good repair joins 340 (310/340=91.18% confirms)"))
    S["c_valid"] = cnt(n, issued, "issued", why=f"{n} valid <= {issued} issued")
    S["p_eff"] = pct(n, issued, src="issued", note="有效率 = valid / issued")
    question(S, "g", [197, 113], n)
    question(S, "a", [94, 121, 95], n)
    S["a_d0"] = dec("35", "age bound of a category label (35 岁及以下)")
    S["a_d1"] = dec("36~45", "age range used as a category label")
    S["a_d2"] = dec("46", "age bound of a category label (46 岁及以上)")
    S["d_tab"] = dec("1", "table number (表 1)")
    question(S, "q1", [102, 108, 83, 17], n, errors={3: {
        "printed": round_half_up(Fraction(100 * 17, issued), 2),
        "note": f"wrong base: 17/{issued}=5.00% divides by questionnaires issued instead of the {n} valid"}})
    S["q1_sum"] = pct(102 + 108, n, note="“好”+“较好” = 102+108")
    question(S, "q4", [119, 128, 63], n, bare=True)
    S["q4_d0"] = dec("10", "bound of a category label (10 天以上)")
    S["q4_d1"] = dec("5~10", "range used as a category label")
    S["q4_d2"] = dec("5", "bound of a category label (不足 5 天)")
    question(S, "q3", [139, 127, 44], n, styles={0: "dunhao"})
    S["q3_p0"].why += "; printed with 、 for the decimal point"
    S["q3_p2"] = damaged("%", f"digits of the share lost in the scrape ('(%)'); 44/{n} would be "
                             f"{round_half_up(Fraction(100 * 44, n), 2)}% but the digits must not be invented")
    # the counter '2、' that cuts 3|40 is not labelled: a repaired 340 spans it
    for k in (3, 4):
        S[f"d_k{k}"] = dec(str(k), f"preview-chunk counter '{k}、' at a line start")
    S["p_admin"] = Spec("96.5%", "96.5", "percent", "", "unknown", "not_checkable",
                        "administrative completion rate, no base printed anywhere")
    right = round_half_up(Fraction(100 * 147, n), 2)
    question(S, "q2", [147, 131, 96, 58, 9], n, multi=True, styles={2: "spaced"}, errors={0: {
        "printed": transposed(right), "note": f"digits transposed ({right} -> {transposed(right)})"}})
    S["d_pg3"] = dec("3", "page marker '- 3 -' injected mid-sentence")
    S["q2_p1"].why += "; a page marker '- 3 -' sits between 占 and the share"
    S["q2_p2"].why += "; printed with a space between every character"
    S["d_tel"] = dec("0797-8263517", "telephone number in the site footer")
    S["d_post"] = dec("341000", "postcode in the site footer")
    T = """
关于全县乡镇干部作风建设情况的调查与思考

上传人:陈***  ⟪文档编号:«d_id»⟫  ⟪上传时间:«d_up»⟫  ⟪格式:DOC 页数:«d_pages» 大小:«d_size»⟫
返回 下载 相关 举报
关于全县乡镇干部作风建设情况的调查与思考_第1页
第1页 / 共11页
关于全县乡镇干部作风建设情况的调查与思考_第2页
第2页 / 共11页
关于全县乡镇干部作风建设情况的调查与思考_第3页
第3页 / 共11页
点击查看更多>>
资源描述

《关于全县乡镇干部作风建设情况的调查与思考》由会员分享,可在线阅读,更多相关《关于全县乡镇干部作风建设情况的⟪调查与思考(«d_pv»页珍藏版)⟫》请在红叶文库上搜索。

1、⟪- «d_p1» -关于全县乡镇⟫干部作风建设情况的调查与思考 县委组织部 县委党校联合调研组 乡镇处在服务群众的第一线,乡镇干部的作风如何,直接关系到党在基层的形象和群众的获得感。为全面掌握全县乡镇干部作风建设现状,找准存在的突出问题,调研组⟪于 «d_date» ,先后深入⟫⟪全县 «c_towns» 个乡镇⟫,召开座谈会 ⟪«c_meet» 场,个别访谈⟫乡镇干部、村干部和群众代表 ⟪«c_talk» 人次,并面向⟫乡镇机关干部发放调查问卷 3

2、⟪«c_issued» 份,收回有效问卷 «c_valid» 份⟫,⟪有效率为 «p_eff»⟫。现将有关情况报告如下。一、调查对象基本情况 在 310 名受访干部中,⟪男性 «g_c0» 人,占 «g_p0»⟫,⟪女性 «g_c1» 人,占 «g_p1»⟫;从年龄结构看,⟪«a_d0» 岁及以下的 «a_c0» 人,占 «a_p0»⟫,⟪«a_d1» 岁的 «a_c1» 人,占 «a_p1»⟫,⟪«a_d2» 岁及以上的 «a_c2» 人,占 «a_p2»⟫,具体⟪情况见表 «d_tab»⟫。受访对象涵盖乡镇领导班子成员、站所负责人和一般干部,具有较好的代表性。二、乡镇干部作风建设取得的成效 (一)干部作风总体向好。⟪认为本乡镇干部作风“好”的有 «q1_c0» 人⟫,⟪占 «q1_p0»;认为“较好”的⟫有 ⟪«q1_c1» 人,占 «q1_p1»⟫,⟪两项合计占 «q1_sum»⟫;⟪认为“一般”的 «q1_c2» 人,占 «q1_p2»⟫;⟪认为“较差”的 «q1_c3» 人,占 «q1_p3»⟫。大多数干部认为,开展“作风建设提升年”活动以来,“门难进、脸难看、事难办”的现象明显减少。 (二)联系服务群众更加经常。各乡镇普遍推行“干部进村、服务到户”制度,⟪每月下村入户天数在 «q4_d0» 天以上的占 «q4_p0»⟫,⟪«q4_d1» 天的占 «q4_p1»⟫,⟪不足 «q4_d2» 天的占 «q4_p2»⟫。群众来信来访事项实行首问负责、限时办结,⟪按时办结率达到 «p_admin»⟫。

⟪«d_k3»、(三)整治“为官不为”⟫初见成效。对于“为官不为、慢作为”问题专项整治的效果,⟪«q3_c0» 人(«q3_p0»)认为效果明显⟫,⟪«q3_c1» 人(«q3_p1»)认为有一定效果⟫,⟪认为效果不明显的 «q3_c2» 人(«q3_p2»)⟫。三、当前乡镇干部作风方面存在的主要问题 在“您认为当前乡镇干部作风方面存在哪些突出问题”(可多选)一题中,⟪选择“办事效率不高”的有 «q2_c0» 人,占 «q2_p0»⟫;选择“下村入户少、与群众联系不紧密”的有 ⟪«q2_c1» 人,占- «d_pg3» -«q2_p1»⟫;⟪选择“政策解释不到位”的有 «q2_c2» 人,占 «q2_p2»⟫;⟪“服务态度生硬”的 «q2_c3» 人,占 «q2_p3»⟫;反映存在“吃拿卡要”现象的 ⟪«q2_c4» 人,占 «q2_p4»⟫。从座谈情况看,问题主要表现在:一是服务意识有待增强,个别干部习惯于坐在办公室等群众上门;二是能力本领与新形势新任务不相适应,面对征地拆迁、信访矛盾等复杂问题办法不多;三是担当精神不足,遇到难事绕道走,遇到矛盾往上推;四是纪律观念有所松懈,上班迟到早退、工作时间玩手机等现象时有发生。有的群众在座谈中说:“现在干部来得是多了,但有时候是来拍个照、填个表就走,真正帮我们解决问题的还不够。”这种“留痕式”服务反映出部分干部重形式、轻实效的倾向。

⟪«d_k4»、四、原因分析⟫ 一是教育引导不够经常,重业务轻思想的倾向仍然存在;二是考核评价不够精准,干与不干、干多干少区别不大;三是激励关怀不够到位,乡镇干部工作任务重、待遇偏低、晋升通道窄;四是监督约束不够有力,群众监督渠道还不够畅通。五、对策建议 (一)坚持思想引领,持续开展理想信念教育和党性教育;(二)完善考核机制,把群众满意度作为评价乡镇干部的重要依据;(三)强化激励保障,落实乡镇工作补贴,畅通优秀干部上升通道;(四)严格监督问责,对作风漂浮、群众反映强烈的干部及时约谈、调整。作风建设永远在路上。全县各级党组织要把乡镇干部作风建设作为一项长期任务来抓,坚持常抓不懈、久久为功,推动乡镇干部真正做到心中有党、心中有民、心中有责、心中有戒。

下载后可任意编辑
本文(关于全县乡镇干部作风建设情况的调查与思考)为本站会员(陈***)主动上传,红叶文库仅提供信息存储空间,仅对用户上传内容的表现方式做保护处理,对上载内容本身不做任何修改或编辑。若此文所含内容侵犯了您的版权或隐私,请立即通知红叶文库。
⟪客服电话:«d_tel»⟫  ⟪邮编:«d_post»⟫
"""
    return "01_xiangzhen_ganbu_zuofeng.txt", "utf-8", "\n", T, S


@report
def r02():
    """青年就业创业意向: the worked example (430/418/412, age answered by 405)."""
    S = {}
    issued, returned, n = 430, 418, 412
    S["d_pub"] = dec("2023年6月", "date of the report")
    S["d_when"] = dec("2023年4月至5月", "survey period (date)")
    S["d_agerange"] = dec("16—40", "age bounds of the survey population")
    S["c_iss"] = cnt(issued, why="questionnaires issued")
    S["c_ret"] = cnt(returned, issued, "issued", why=f"{returned} returned <= {issued} issued")
    S["p_ret"] = pct(returned, issued, src="issued", note="回收率 = returned / issued")
    S["c_val"] = cnt(n, issued, "issued", why=f"{n} valid <= {returned} returned <= {issued} issued")
    S["p_val"] = pct(n, issued, src="issued", note="有效率 = valid / issued")
    question(S, "g", [187, 225], n)
    question(S, "a", [61, 148, 121, 52, 23], 405, src="item", sample=n, expected="consistent_if")
    for i, r in enumerate(["16~22", "23~26", "27~30", "31~35", "36~40"]):
        S[f"a_d{i}"] = dec(r, "age range used as a category label")
    S["m_age"] = plain_mean("26.4", base="")
    question(S, "e", [236, 131, 45], n)
    question(S, "w", [163, 62, 41, 77, 69], n)
    S["d_q9"] = dec("9", "question number (第9题)")
    question(S, "r", [88, 190, 134], n)
    question(S, "f", [219, 183, 173, 95, 28], n, multi=True)
    question(S, "k", [100, 184, 128], n, dp=1, bare=True)
    S["d_inc"] = dec("5000", "income bound of a category label (5000元以上)")
    S["p_inc"] = pct(155, n, bare=True)
    S["m_money"] = money("300万", "300")
    S["d_tab"] = dec("2", "table number (表2)")
    T = """
平川县青年就业创业意向调查报告

共青团平川县委员会  平川县人力资源和社会保障局
(⟪«d_pub»⟫)

一、调查的基本情况

为全面掌握全县青年就业创业的真实意愿和实际需求,精准做好青年就业创业服务工作,找准服务青年的切入点和着力点,团县委联合县人社局⟪于«d_when»开展⟫了全县青年就业创业意向问卷调查。调查对象为⟪«d_agerange»周岁的本县户籍⟫青年,调查采取线上问卷与乡镇(街道)团委线下发放相结合的方式进行。⟪本次共发放问卷«c_iss»份⟫,⟪回收«c_ret»份,回收率为«p_ret»⟫,⟪其中有效问卷«c_val»份,有效率为«p_val»⟫。

从性别看,⟪男性«g_c0»人,占«g_p0»⟫;⟪女性«g_c1»人,占«g_p1»⟫。从年龄看,⟪«a_d0»岁的«a_c0»人(«a_p0»)⟫,⟪«a_d1»岁的«a_c1»人(«a_p1»)⟫,⟪«a_d2»岁的«a_c2»人(«a_p2»)⟫,⟪«a_d3»岁的«a_c3»人(«a_p3»)⟫,⟪«a_d4»岁的«a_c4»人(«a_p4»)⟫,⟪受访青年平均年龄为«m_age»岁⟫。从学历看,⟪大专及以上学历的有«e_c0»人,占«e_p0»⟫;⟪高中(中专、职高)学历«e_c1»人,占«e_p1»⟫;⟪初中及以下学历«e_c2»人,占«e_p2»⟫。总体来看,受访青年以中青年、中等以上学历人群为主,基本反映了我县青年群体的结构特点。从就业地点看,在县内就业的青年与在县外务工的青年大体各占一半,在县外务工的青年主要集中在珠三角、长三角地区。

二、青年就业创业的现状

(一)就业渠道以企业为主。从目前的就业状态看,⟪在各类企业就业的«w_c0»人,占«w_p0»⟫;⟪在机关事业单位工作的有«w_c1»人,占比«w_p1»⟫;自主创业的⟪共计«w_c2»人,比例为«w_p2»⟫;⟪从事灵活就业的«w_c3»人,占«w_p3»⟫;⟪处于待业状态的«w_c4»人,占«w_p4»⟫。近年来县内工业园区用工需求旺盛,吸纳了相当一部分本地青年就近就业。

(二)返乡创业意愿较强。⟪问卷第«d_q9»题⟫询问“您是否有返乡创业意愿”,⟪选择A项的有«r_c0»人,占比为«r_p0»⟫;⟪选择B项的有«r_c1»人,占比为«r_p1»⟫;⟪选择C项的有«r_c2»人,占比为«r_p2»⟫。其中A项为“有明确意愿并已着手准备”,B项为“有意愿但尚未准备”,C项为“没有意愿”。可以看出,近七成青年对返乡创业持积极态度,但真正着手准备的比例还不高。座谈中,不少在外务工青年表示,家乡的交通条件和营商环境这几年明显改善,如果能找到合适的项目、解决启动资金问题,愿意回来发展;也有青年担心县内产业基础薄弱,回乡后“英雄无用武之地”。

(三)期望收入趋于理性。调查显示,⟪期望月收入在«d_inc»元以上的占«p_inc»⟫,多数青年对收入的预期与本地实际工资水平大体相当。

三、青年就业创业面临的主要困难

调查发现,青年在就业创业过程中遇到的困难既有资金、技能等“硬约束”,也有信息不对称、政策不了解等“软约束”。

在“您认为就业创业面临的主要困难”(可多选)一题中,⟪缺乏启动资金的占«f_p0»(«f_c0»人)⟫,⟪缺乏专业技能的占«f_p1»(«f_c1»人)⟫,⟪缺少项目和市场信息的占«f_p2»(«f_c2»人)⟫,⟪认为缺少政策扶持的占«f_p3»(«f_c3»人)⟫,⟪选择“其他”的占«f_p4»(«f_c4»人)⟫。

政策知晓度偏低也是一个突出问题。对于县里出台的创业担保贷款、场租补贴等扶持政策,⟪表示“比较了解”以上的仅占«k_p0»⟫,⟪“听说过但不了解具体内容”的占«k_p1»⟫,⟪“完全不了解”的占«k_p2»⟫。有的青年反映,政策文件“看得到、读不懂”,申请流程繁琐,跑了几趟也办不下来。各年龄段的详细情况⟪见表«d_tab»,此处不再⟫赘述。

四、对策建议

一是加大政策宣传力度。依托团组织、村(社区)和青年微信群,用群众听得懂的语言解读扶持政策,推动政策“看得到、用得上”。二是强化技能培训。围绕县内主导产业和电商、家政等新兴业态,开展订单式、菜单式培训。三是拓宽融资渠道。⟪县财政每年安排青年创业扶持资金«m_money»元⟫,建议进一步简化贷款审批流程,扩大贴息范围。四是搭建创业平台。整合现有孵化基地和返乡创业园,为青年提供场地、指导和市场对接服务。五是营造良好氛围。选树一批青年创业典型,讲好返乡创业故事,引导更多青年扎根家乡、建设家乡。六是健全服务机制。建立青年就业创业信息库,对有意愿的青年实行动态跟踪、结对帮扶,做到“有求必应、无事不扰”。
"""
    return "02_qingnian_jiuye_yixiang.txt", "utf-8", "\n", T, S


@report
def r03():
    """大学生就业意向: UTF-8 with BOM; 有效率 = valid / returned; a count above its base."""
    S = {}
    issued, returned, n = 560, 541, 526
    S["d_year"] = dec("2024", "graduating class (2024届)")
    S["d_when"] = dec("2023年11月", "survey date")
    S["c_iss"] = cnt(issued, why="questionnaires issued")
    S["c_ret"] = cnt(returned, issued, "issued", why=f"{returned} returned <= {issued} issued")
    S["p_ret"] = pct(returned, issued, src="issued", note="回收率 = returned / issued")
    S["c_val"] = cnt(n, returned, "other", why=f"{n} valid <= {returned} returned")
    S["p_val"] = pct(n, returned, src="other", note=(
        f"this report computes 有效率 as valid / returned; valid / issued would be "
        f"{round_half_up(Fraction(100 * n, issued), 2)}%"))
    question(S, "g", [238, 288], n)
    question(S, "o", [312, 214], n)
    S["c_back"] = cnt(231, 214, "stated", "inconsistent",
                      "count above its base: 231 willing to return > 214 rural students")
    question(S, "c", [147, 169, 88, 71, 19, 32], n)
    right = round_half_up(Fraction(100 * 276, n), 2)
    question(S, "f", [389, 341, 276, 198, 113, 87], n, multi=True, max_choices=3, errors={2: {
        "printed": transposed(right), "note": f"digits transposed ({right} -> {transposed(right)})"}})
    S["d_fig"] = dec("2", "figure number (图2)")
    S["d_q12"] = dec("12", "question number (第12题)")
    S["m_sal"] = plain_mean("5836", why="mean expected starting salary in yuan: no integer-scale check")
    S["sd_sal"] = other("sd", "1427", "1427", "standard deviation of expected salary")
    S["t_sal"] = other("test", "3.42", "3.42", "t statistic for the gender difference")
    S["x_sal"] = other("test", "15.63", "15.63", "chi-square statistic (origin x career intention)")
    S["m_sat"] = scale_mean("3.64", n)
    S["d_tab"] = dec("3", "table number (表3)")
    T = """
XX学院2024届本科毕业生就业意向调查报告

学院学生工作办公室  就业指导中心

一、调查说明

为及时掌握⟪掌握«d_year»届本科毕业生⟫的就业意向和求职需求,为学院开展精准就业指导提供依据,学生工作办公室⟪于«d_when»面向全体⟫应届毕业生开展了网络问卷调查。⟪本次调查共发放问卷«c_iss»份⟫,⟪回收«c_ret»份,回收率«p_ret»⟫;剔除漏答较多、规律性作答等无效问卷后,⟪得到有效问卷«c_val»份,有效率«p_val»⟫。问卷数据采用SPSS 26.0进行统计分析。问卷内容包括基本信息、毕业去向意向、择业因素、薪酬预期和就业指导服务评价五个部分,共25道题。此外,调研组还分专业召开了6场学生座谈会,并对部分辅导员和专业教师进行了访谈。

受访学生中,⟪男生«g_c0»人,占«g_p0»⟫,⟪女生«g_c1»人,占«g_p1»⟫;⟪城镇生源«o_c0»人(«o_p0»)⟫,⟪农村生源«o_c1»人(«o_p1»)⟫。

二、毕业去向意向

毕业生的首选去向呈现“考研考公热、就业求稳”的特点。这一特点与近年来全国高校毕业生的总体趋势基本一致。受经济形势和就业市场变化影响,学生对“稳定”的追求明显增强,部分学生甚至将多次考研、考公作为“缓冲期”,推迟进入就业市场。⟪选择继续升学深造的有«c_c0»人,占«c_p0»⟫;⟪准备报考公务员或事业单位的«c_c1»人,占«c_p1»⟫,是占比最高的一项;⟪打算到国有企业就业的«c_c2»人,占«c_p2»⟫;⟪选择民营企业的«c_c3»人,占«c_p3»⟫;⟪有自主创业打算的«c_c4»人,仅占«c_p4»⟫;⟪另有«c_c5»人(«c_p5»)表示暂未确定⟫。

从就业地域看,毕业生仍然倾向于省会城市和东部沿海发达地区。值得注意的是,在214名农村生源毕业生中,⟪愿意回到县域及乡镇就业的有«c_back»人⟫,说明基层就业的吸引力正在上升。座谈中,部分农村生源学生表示,回到县里工作离家近、生活成本低,家里也更需要照顾;但也有学生担心县域岗位少、收入偏低、发展空间有限,希望学校和地方能提供更多县域企业和基层岗位的招聘信息。不同生源的毕业生在去向意向上存在显著差异⟪(χ²=«x_sal»,P<0.05)⟫,农村生源学生更青睐机关事业单位。

三、择业时看重的因素

⟪问卷第«d_q12»题⟫要求学生选出择业时最看重的因素(最多选三项)。结果显示,⟪选择“薪酬福利”的«f_c0»人,占«f_p0»⟫;⟪选择“工作稳定性”的«f_c1»人,占«f_p1»⟫;⟪选择“个人发展前景”的«f_c2»人,占«f_p2»⟫;⟪选择“工作地点”的«f_c3»人,占«f_p3»⟫;⟪选择“专业对口”的«f_c4»人,占«f_p4»⟫;⟪选择“兴趣爱好”的«f_c5»人,占«f_p5»⟫。⟪各因素的分布情况详见图«d_fig»⟫。

在薪酬预期方面,⟪毕业生期望起薪平均为«m_sal»元⟫,⟪标准差为«sd_sal»元⟫,期望值较上一届略有下降。这在一定程度上反映出,在就业形势较为严峻的背景下,毕业生的就业预期更加务实理性。不少学生表示,“先就业再择业”是比较现实的选择。男生的期望起薪高于女生,差异具有统计学意义⟪(t=«t_sal»,P<0.01)⟫。

四、对就业指导服务的评价

学生对学院就业指导服务的评价总体较好,⟪满意度平均得分为«m_sat»分⟫(1~5分,分值越高越满意)。各项服务中,学生评价最高的是招聘信息推送和简历指导,评价较低的是职业生涯规划课程和实习实践基地建设。有学生反映,生涯规划课程多为大班授课,内容偏重理论,缺少个性化的咨询指导;学院联系的实习单位数量有限,且多集中在本市,难以满足学生到外地实习的需求。分专业的评价情况⟪见表«d_tab»,限于篇幅⟫从略。

五、几点建议

综合来看,本届毕业生就业意向呈现出“求稳心态突出、基层意愿上升、期望趋于理性”的特点,同时也暴露出生涯规划意识不强、求职准备不足、就业能力与岗位要求存在差距等问题。

一是引导学生树立正确的择业观,把个人理想融入国家和社会需要,鼓励毕业生到基层、到西部、到祖国最需要的地方建功立业。二是加强职业生涯规划教育,把就业指导贯穿大学四年全过程。三是拓展实习实践基地,深化校企合作,增加学生接触真实职场的机会。四是做好重点群体帮扶,对家庭经济困难、就业困难的毕业生实行“一人一档”“一人一策”精准帮扶。五是用好县域就业政策,加强与地方人社部门对接,把“三支一扶”、选调生、大学生村官等基层项目宣传到每一名毕业生。
"""
    return "03_daxuesheng_jiuye.txt", "utf-8-sig", "\n", T, S


@report
def r04():
    """社区养老服务满意度: GB18030; a page of shares truncated from 298 answers."""
    S = {}
    issued, n = 320, 300
    S["d_when"] = dec("2022年9月", "survey date")
    S["d_60"] = dec("60", "age bound of the survey population (60岁及以上)")
    S["c_comm"] = cnt(8, why="number of communities surveyed")
    S["c_iss"] = cnt(issued, why="questionnaires issued")
    S["c_val"] = cnt(n, issued, "issued", why=f"{n} valid <= {issued} issued")
    S["p_val"] = pct(n, issued, src="issued", note="有效回收率 = valid / issued")
    question(S, "g", [132, 168], n)
    question(S, "a", [117, 121, 62], n)
    S["a_d0"] = dec("60~69", "age range used as a category label")
    S["a_d1"] = dec("70~79", "age range used as a category label")
    S["a_d2"] = dec("80", "age bound of a category label (80岁及以上)")
    S["m_age"] = plain_mean("72.6")
    question(S, "l", [54, 139, 97, 10], n)
    S["d_tab"] = dec("1", "table number (表1)")
    trunc = question(S, "s", [71, 118, 76, 25, 8], 298, bare=True, mode="trunc", src="other",
                     expected="consistent_if", sample=n)
    trunc += question(S, "d", [103, 94, 52, 31, 18], 298, bare=True, mode="trunc", src="other",
                      expected="consistent_if", sample=n)
    # truncation, not a base of 298 with rounding, is what makes the page fit
    assert any(not counts_fitting(p.value, 298) for p in trunc)
    for p in trunc:
        p.why += "; the page fits 298 answers (2 missing) with truncation"
    S["d_q7"] = dec("7", "question number (第7题)")
    S["m_sat"] = scale_mean("3.71", n)
    S["m_fund"] = money("860万", "860")
    S["c_day"] = cnt(11, why="number of day-care centres")
    T = """
XX区社区居家养老服务满意度调查报告

区民政局课题组

随着人口老龄化程度不断加深,社区居家养老已成为我区绝大多数老年人的养老方式。为了解社区居家养老服务的供给状况和老年人的满意程度,课题组⟪于«d_when»在辖区⟫⟪«c_comm»个社区开展入户⟫问卷调查,调查对象为⟪«d_60»岁及以上常住老年人⟫。调查采取调查员入户、逐题询问并代填的方式进行。调查员由社区工作者和经过培训的大学生志愿者担任,问卷内容包括老年人基本情况、养老服务需求、服务使用情况和满意度评价四个部分。同时,课题组还召开了社区书记、养老服务机构负责人和老年人代表座谈会,实地查看了部分日间照料中心和老年食堂。⟪共发放问卷«c_iss»份⟫,⟪收回有效问卷«c_val»份⟫,⟪有效回收率«p_val»⟫。

一、受访老年人基本情况

⟪男性«g_c0»人,占«g_p0»⟫;⟪女性«g_c1»人,占«g_p1»⟫。⟪«a_d0»岁的低龄老人«a_c0»人,占«a_p0»⟫;⟪«a_d1»岁的«a_c1»人,占«a_p1»⟫;⟪«a_d2»岁及以上的高龄老人«a_c2»人,占«a_p2»⟫,⟪平均年龄«m_age»岁⟫。从居住方式看,⟪独居老人«l_c0»人,占«l_p0»⟫,⟪与配偶同住的«l_c1»人,占«l_p1»⟫,⟪与子女同住的«l_c2»人,占«l_p2»⟫,⟪其他方式«l_c3»人,占«l_p3»⟫。⟪受访者的其他情况见表«d_tab»⟫。

二、社区养老服务满意度

从调查结果看,老年人对社区养老服务总体评价较好。⟪表示“非常满意”的占«s_p0»⟫,⟪“比较满意”的占«s_p1»⟫,⟪“一般”的占«s_p2»⟫,⟪“不太满意”的占«s_p3»⟫,⟪“很不满意”的占«s_p4»⟫。

在⟪问卷第«d_q7»题⟫“您目前最需要社区提供哪项服务”(单选)中,⟪最需要助餐服务的占«d_p0»⟫,⟪最需要医疗护理的占«d_p1»⟫,⟪最需要日间照料的占«d_p2»⟫,⟪最需要精神慰藉的占«d_p3»⟫,⟪选择其他服务的占«d_p4»⟫。可以看出,“吃饭难”“看病难”仍是老年人最关心的问题。入户访谈中,一位八十多岁的独居老人告诉调查员:“子女都在外地,平时最怕的就是生病没人管,做饭也越来越吃力。”类似的情况在老旧小区比较普遍。与此同时,老年人对上门服务的需求明显上升,但不少老人对服务收费比较敏感,更愿意接受低偿或无偿的服务。

按1~5分计分,⟪综合满意度平均得分为«m_sat»分⟫,处于“一般”与“比较满意”之间。分项来看,老年人对社区文体活动和志愿服务的评价较高,对助餐服务、医疗护理和上门服务的评价较低。不同年龄段老年人的评价也存在差异,低龄老人的满意度普遍高于高龄老人,与子女同住的老人满意度高于独居老人。

三、存在的主要问题

(一)服务供给与需求不匹配。社区提供的服务以文体娱乐为主,而老年人最需要的助餐、医疗护理服务覆盖面不广,一些社区的老年食堂因经营困难时开时停。

(二)设施建设不均衡。近年来⟪区财政累计投入养老服务资金«m_fund»元⟫,⟪建成社区日间照料中心«c_day»个⟫,但老旧小区普遍缺少场地,部分设施闲置率较高。有的日间照料中心设在三楼以上,没有电梯,腿脚不便的老人上下楼困难;有的中心开放时间短,只在工作日的上午开门,与老年人的实际需要不相符。

(三)专业人才短缺。社区养老服务人员以下岗再就业人员和志愿者为主,年龄偏大、专业技能不足,持证护理员更是严重不足。由于工资待遇偏低、社会认同度不高,养老服务人员流动性大,一些机构“招人难、留人更难”。(四)信息化水平不高。各社区的老年人信息底数不清、更新不及时,智慧养老平台功能单一,老年人使用智能设备存在困难,“数字鸿沟”问题较为突出。

四、对策建议

一是以需求为导向优化服务内容,优先发展助餐、助医、助浴等刚需服务;二是盘活闲置资源,推动日间照料中心与社区卫生服务中心“医养结合”;三是培育专业化养老服务组织,通过政府购买服务引入社会力量;四是加强养老护理人才培养,落实岗位补贴和职业技能等级认定;五是建立老年人需求动态评估机制,定期开展满意度调查,把老年人满意不满意作为检验工作成效的重要标准。

养老服务关系千家万户。只有把老年人的需求放在首位,不断补齐服务短板、提升服务质量,才能让老年人在家门口享受到便捷、专业、温馨的养老服务,真正实现“老有所养、老有所依、老有所乐、老有所安”。
"""
    return "04_shequ_yanglao.txt", "gb18030", "\n", T, S


@report
def r05():
    """党员教育培训需求: UTF-16; sub-group bases; a share impossible for n=45."""
    S = {}
    issued, returned, n = 600, 587, 571
    S["d_when"] = dec("2023年8月", "survey date")
    S["c_pm"] = cnt(12476, why="party members in the county")
    S["c_org"] = cnt(683, why="grass-roots party organisations")
    S["c_iss"] = cnt(issued, why="questionnaires issued")
    S["c_ret"] = cnt(returned, issued, "issued", why=f"{returned} returned <= {issued} issued")
    S["p_ret"] = pct(returned, issued, src="issued", note="回收率 = returned / issued")
    S["c_val"] = cnt(n, issued, "issued", why=f"{n} valid <= {returned} returned <= {issued} issued")
    S["p_val"] = pct(n, issued, src="issued", note="有效率 = valid / issued")
    question(S, "t", [236, 158, 61, 49, 67], n, errors={4: {
        "printed": "17.73", "note": "mistyped digit (11.73 -> 17.73); the counts add up to the sample"}})
    S["s1_c"] = cnt(157, 236, "stated", why="157 of the 236 rural members")
    S["s1_p"] = pct(157, 236, src="stated", expected="consistent_if",
                    note="base is the sub-group of 236 rural members, not the sample")
    S["s2_p"] = pct(114, 158, src="stated", expected="consistent_if", bare=True,
                    note="base is the 158 members in government units printed in the composition above")
    question(S, "w", [198, 217, 119, 37], n, dp=1)
    S["c_sec"] = cnt(45, why="village secretaries surveyed (n of the special survey)")
    question(S, "h", [28, 12, 5], 45, bare=True)
    bad = "31.25"
    assert not counts_fitting(bad, 45)
    question(S, "z", [8, 23, 14], 45, bare=True, errors={2: {
        "printed": bad, "note": f"{bad}%x45={round_half_up(Fraction(bad) * 45 / 100, 4)} is not a whole person; "
                               f"14/45=31.11%, 15/45=33.33% (impossible for n=45)"}})
    S["z_d0"] = dec("3", "bound of a category label (3天以内)")
    S["z_d1"] = dec("3~5", "range used as a category label")
    S["z_d2"] = dec("5", "bound of a category label (5天以上)")
    S["m_sec"] = scale_mean("3.87", 45)
    S["m_hours"] = plain_mean("38.6")
    S["c_cls"] = cnt(27, why="training classes held")
    S["c_wan"] = cnt("3.2万", text="3.2万", value="3.2", why="person-times trained, printed in 万 (value as printed)")
    S["m_fund"] = money("186万", "186")
    S["d_tab"] = dec("2", "table number (表2)")
    T = """
关于全县党员教育培训需求情况的调研报告

中共XX县委党校课题组

党员教育培训是党的建设的基础性、经常性工作。为深入了解新形势下党员教育培训的需求,增强培训的针对性和实效性,县委党校课题组⟪于«d_when»对全县⟫党员教育培训情况开展了专题调研。截至上年底,⟪全县共有党员«c_pm»名⟫、⟪基层党组织«c_org»个⟫。

一、调研的基本情况

调研采取问卷调查、座谈访谈、实地走访相结合的方式进行。课题组先后召开座谈会,听取乡镇党委、县直机关工委、非公企业党委和部分党员代表的意见建议,并查阅了近三年来的党员教育培训计划和台账资料。

本次调研采取分层抽样方式,在全县各乡镇、县直单位和“两新”组织中抽取党员进行问卷调查。⟪共发放问卷«c_iss»份⟫,⟪回收«c_ret»份,回收率«p_ret»⟫,⟪其中有效问卷«c_val»份,有效率«p_val»⟫。在有效样本中,⟪农村党员«t_c0»人,占«t_p0»⟫;⟪机关事业单位党员«t_c1»人,占«t_p1»⟫;⟪国有企业党员«t_c2»人,占«t_p2»⟫;⟪非公企业和社会组织党员«t_c3»人,占«t_p3»⟫;⟪社区党员«t_c4»人,占«t_p4»⟫。

二、党员教育培训的需求特点

(一)培训方式希望多样化。⟪希望以集中面授为主的«w_c0»人,占«w_p0»⟫;⟪希望以网络学习为主的«w_c1»人,占«w_p1»⟫;⟪希望以现场教学为主的«w_c2»人,占«w_p2»⟫;⟪其他«w_c3»人,占«w_p3»⟫。不同群体的党员差异明显。在236名农村党员中,⟪有«s1_c»人表示更喜欢“田间课堂”⟫“院坝会”等现场教学形式,⟪占«s1_p»⟫;而⟪机关事业单位党员中倾向于网络学习的占«s2_p»⟫,反映出这部分党员工作节奏快、时间碎片化的特点。非公企业党员则普遍反映,企业生产任务重、加班多,很难抽出整块时间参加集中学习,希望培训能安排在晚上或周末,并更多采用“微党课”“口袋书”等灵活形式。

(二)培训内容希望更加实用。农村党员普遍希望多学习种养殖技术、电子商务和惠农政策,机关党员更关注理论政策解读和履职能力提升,企业党员则希望把党建与生产经营结合起来。调研中还发现,年轻党员对理论学习的兴趣明显高于预期,他们希望学习内容更有深度,讲授方式更有互动性,而不是“照着文件念”。部分老党员则更希望党组织多组织走访慰问、参观学习等活动。

(三)培训时间希望相对集中。目前⟪全县党员年均参加集中培训«m_hours»学时⟫,多数党员认为时间安排与生产、工作存在冲突,希望在农闲季节或周末集中安排。流动党员的教育管理是一个难点。外出务工的农村党员长期不在本地,参加组织生活不便,部分支部只能通过微信群发送学习材料,学习效果难以保证。

三、村(社区)党组织书记专项问卷情况

为进一步了解基层带头人的培训需求,课题组对⟪全县«c_sec»名村(社区)党组织书记⟫进行了专项问卷调查。对于现有培训内容,⟪认为“针对性强”的占«h_p0»⟫,⟪认为“一般”的占«h_p1»⟫,⟪认为“针对性不强”的占«h_p2»⟫。关于每年集中培训的时长,⟪希望在«z_d0»天以内的占«z_p0»⟫,⟪希望«z_d1»天的占«z_p1»⟫,⟪希望«z_d2»天以上的占«z_p2»⟫。书记们⟪对县委党校培训质量的评价平均为«m_sec»分⟫(1-5分)。⟪分乡镇的情况详见表«d_tab»⟫。

四、当前培训工作存在的不足

一是培训内容“大而全”,与党员实际需求结合不紧;二是培训方式仍以“你讲我听”为主,互动式、体验式教学偏少;三是培训资源分散,各部门各自为政,重复培训、多头培训现象仍然存在;四是培训效果评估机制不健全,重数量轻质量。近三年来,县委组织部、县委党校⟪共举办专题培训班«c_cls»期⟫,⟪培训党员«c_wan»人次⟫,⟪投入培训经费«m_fund»元⟫,但培训成果转化为推动发展实际成效的机制还不够完善。

五、对策建议

(一)推行“菜单式”选学,按党员类别分类设计培训内容;(二)创新培训方式,推广现场教学、案例教学和情景模拟;(三)整合培训资源,统筹用好党校、党员教育基地和远程教育站点;(四)健全考评机制,把培训情况纳入党员积分管理和基层党建述职评议考核。

做好新时代党员教育培训工作,必须坚持问题导向和需求导向,把“党员需要什么”与“组织要求什么”结合起来,真正让党员在培训中学有所获、学有所用。
"""
    return "05_dangyuan_jiaoyu_peixun.txt", "utf-16", "\n", T, S


@report
def r06():
    """农村电商: CRLF; a 百分点 change that misses its two shares; a dropped digit."""
    S = {}
    n = 418
    S["d_when"] = dec("2023年7月", "survey date")
    S["mo_trade"] = money("18.6亿", "18.6")
    S["r_trade"] = other("rate", "23.4%", "23.4", "year-on-year growth rate, no base")
    S["mo_net"] = money("7.9亿", "7.9")
    S["mo_fund"] = money("1200万", "1200")
    S["c_jobs"] = cnt("1.3万", text="1.3万", value="1.3", why="jobs created, printed in 万 (value as printed)")
    S["c_n"] = cnt(n, why="households surveyed (the sample)")
    question(S, "g", [247, 171], n)
    question(S, "e", [139, 152, 78, 32], 401, src="item", sample=n, expected="consistent_if")
    S["m_age"] = plain_mean("38.7")
    question(S, "t", [196, 74, 63, 39, 46], n)
    S["y1_c"] = cnt(83, 356, "stated", why="83 of the 356 households surveyed in 2022")
    S["y1_p"] = pct(83, 356, src="stated", note="2022 survey, its own stated base")
    S["y2_c"] = cnt(117, n, "sample", why=f"117 of the {n} households surveyed this year")
    S["y2_p"] = pct(117, n)
    S["y_pp"] = pp_change(S["y1_p"], S["y2_p"], "4.86")
    S["y_pp"].why += " (the digits of 4.68 transposed)"
    question(S, "ch", [271, 184, 153, 97], n, multi=True)
    question(S, "pr", [251, 203, 176, 88], n, multi=True, errors={0: {
        "printed": "60.5", "note": "dropped digit: 60.05 printed as 60.5"}})
    S["m_log"] = scale_mean("3.12", n)
    S["d_tab"] = dec("2", "table number (表2)")
    S["d_fig"] = dec("1", "figure number (图1)")
    T = """
关于XX县农村电子商务发展情况的调查报告

县委党校 县商务局联合课题组

近年来,我县把发展农村电子商务作为推动乡村振兴、促进农民增收的重要抓手,农村电商从无到有、从小到大,呈现出良好的发展态势。2022年,⟪全县电子商务交易额达«mo_trade»元⟫,⟪同比增长«r_trade»⟫,其中⟪农村网络零售额«mo_net»元⟫。为全面了解农村电商发展中的新情况新问题,课题组⟪于«d_when»深入⟫12个乡镇开展调研,⟪对«c_n»户农村电商经营户⟫进行了问卷调查。

一、受访经营户的基本情况

受访经营者中,⟪男性«g_c0»人,占«g_p0»⟫,⟪女性«g_c1»人,占«g_p1»⟫,⟪平均年龄«m_age»岁⟫。从文化程度看,⟪初中及以下的«e_c0»人,占«e_p0»⟫;⟪高中或中专的«e_c1»人,占«e_p1»⟫;⟪大专的«e_c2»人,占«e_p2»⟫;⟪本科及以上的«e_c3»人,占«e_p3»⟫。从经营主体看,⟪个体农户«t_c0»户,占«t_p0»⟫,⟪家庭农场«t_c1»户,占«t_p1»⟫,⟪农民专业合作社«t_c2»户,占«t_p2»⟫,⟪涉农企业«t_c3»户,占«t_p3»⟫,⟪其他«t_c4»户,占«t_p4»⟫。

二、农村电商发展的主要特点

受访经营户中,从事电商经营时间在三年以内的占多数,经营品类以茶叶、脐橙、蜂蜜、腊味等本地特色农产品为主,也有部分经营户销售竹木工艺品和手工布鞋等。多数经营户为夫妻店、家庭作坊,雇工人数较少。

(一)开设平台网店的经营户明显增多。⟪2022年调查的356户中,开设平台网店的«y1_c»户⟫,⟪占«y1_p»;今年⟫受访的418户中,⟪开设平台网店的有«y2_c»户,占«y2_p»⟫,⟪比上年提高«y_pp»个百分点⟫。

(二)销售渠道日益多元。在“您主要通过哪些渠道销售产品”(多选)中,⟪通过微信朋友圈销售的«ch_c0»户,占«ch_p0»⟫;⟪通过抖音、快手直播带货的«ch_c1»户,占«ch_p1»⟫;⟪通过淘宝、京东、拼多多等平台的«ch_c2»户,占«ch_p2»⟫;⟪通过社区团购的«ch_c3»户,占«ch_p3»⟫。各⟪渠道销售额的构成见图«d_fig»⟫。

(三)带动效应逐步显现。全县电商产业⟪累计带动就业«c_jobs»人⟫,一批返乡青年成为“新农人”,一些电商经营户从“单打独斗”走向抱团发展,通过合作社统一品牌、统一包装、统一发货,产品附加值明显提高。⟪县财政投入电商发展专项资金«mo_fund»元⟫,建成县级电商公共服务中心1个、乡村服务站点186个。

三、存在的主要问题

在“您在经营中遇到的主要困难”(多选)中,⟪认为物流成本偏高的有«pr_c0»户,占«pr_p0»⟫;⟪认为缺乏专业运营人才的«pr_c1»户,占«pr_p1»⟫;⟪认为产品标准化程度低、品牌影响力弱的«pr_c2»户,占«pr_p2»⟫;⟪认为融资困难的«pr_c3»户,占«pr_p3»⟫。经营户⟪对物流配送服务的评价平均为«m_log»分⟫(5分制)。分乡⟪镇的物流价格比较见表«d_tab»⟫。

具体来看:一是“最初一公里”的冷链、分拣、包装设施不足,生鲜农产品损耗大;二是电商人才“引不来、留不住”,县内懂运营、会推广的专业人才十分稀缺,外地人才不愿来,本地培养的人才又容易被大城市的高薪吸引走,多数经营户只会简单上架,不会运营推广;三是产品同质化严重,缺少有影响力的区域公共品牌;四是部分经营户诚信意识不强,以次充好的现象时有发生,影响了整体声誉。此外,调研中还发现,部分经营户对平台规则了解不够,因违规被处罚、店铺被降权的情况时有发生;有的经营户盲目跟风直播带货,投入不少却收效甚微。乡村服务站点的运营也参差不齐,一些站点只挂牌、不运营,成了“空壳站”。

四、对策建议

一是完善县乡村三级物流体系,推动快递进村与农村客运、邮政网点融合发展,降低物流成本;二是实施电商人才培育工程,开展分层分类培训,引进专业运营团队;三是加强品牌建设,打造县域农产品区域公共品牌,推进农产品标准化生产和质量追溯;四是强化行业监管和诚信建设,建立电商经营户信用档案。五是用好数字化手段,推动农产品产地仓、直播基地与乡村服务站点共建共享,让更多农民共享电商发展红利。

发展农村电商是一项系统工程,需要政府引导、市场主导、农民参与、社会协同。只要坚持问题导向,持续补短板、强弱项,农村电商必将在助力乡村振兴中发挥更大作用。
"""
    return "06_nongcun_dianshang.txt", "utf-8", "\r\n", T, S


@report
def r07():
    """居民垃圾分类: a single-select question whose shares add to 103%; a consistent 百分点 change."""
    S = {}
    issued, n = 680, 640
    S["d_when"] = dec("2023年6月", "survey date")
    S["c_iss"] = cnt(issued, why="questionnaires issued")
    S["c_val"] = cnt(n, issued, "issued", why=f"{n} valid <= {issued} issued")
    S["p_val"] = pct(n, issued, src="issued", note="有效率 = valid / issued")
    S["c_pts"] = cnt(127, why="collection points set up")
    S["c_sup"] = cnt(85, why="supervisors")
    S["mo_inv"] = money("46.8万", "46.8")
    question(S, "k", [118, 263, 197, 62], n)
    S["k_sum"] = pct(118 + 263, n, note="非常了解+比较了解 = 118+263")
    S["o_c"] = cnt(288, 550, "stated", why="288 of the 550 residents surveyed in 2021")
    S["o_p"] = pct(288, 550, src="stated", note="2021 survey, its own stated base")
    S["k_pp"] = pp_change(S["o_p"], S["k_sum"], "7.17")
    bad = "27.84"
    question(S, "b", [227, 254, 159], n, errors={2: {
        "printed": bad, "note": "the share that disagrees with its own count makes the question add to 103%"}})
    question(S, "w", [236, 187, 142, 96, 51], 254 + 159, multi=True, src="stated", expected="consistent_if",
             errors={2: {"printed": round_half_up(Fraction(100 * 142, n), 2),
                         "note": f"wrong base: 142/{n} divides by the whole sample instead of the 413 who do not always sort"}})
    for i in range(5):
        S[f"w_p{i}"].why += "; base is the sub-group of 413 residents who do not always sort"
        S[f"w_c{i}"].base_source = "stated"
    S["r_city"] = Spec("35.8%", "35.8", "percent", "", "unknown", "not_checkable",
                       "city-wide recycling rate, no base printed")
    S["d_hot"] = dec("12345", "hotline number (12345政务服务热线)")
    S["d_q9"] = dec("9", "question number (第9题)")
    S["d_tab"] = dec("1", "table number (表1)")
    T = """
XX街道居民生活垃圾分类知晓率及参与情况调查报告

街道党工委 办事处

为全面了解辖区居民生活垃圾分类的知晓和参与情况,查找工作中的薄弱环节,街道⟪于«d_when»组织⟫社区工作者和志愿者,在辖区11个社区开展了入户问卷调查。⟪共发放问卷«c_iss»份⟫,⟪收回有效问卷«c_val»份⟫,⟪有效率为«p_val»⟫。⟪受访者基本情况见表«d_tab»⟫。

一、垃圾分类工作开展情况

问卷内容涉及居民对垃圾分类知识的了解程度、分类投放行为、不分类的原因以及对街道垃圾分类工作的意见建议等方面。调查员在入户时对问卷内容进行了必要的解释,确保受访居民准确理解题意。

自全市推行生活垃圾强制分类以来,街道坚持党建引领、社区主抓、居民参与,⟪设置分类投放点«c_pts»个⟫,⟪配备督导员«c_sup»名⟫,⟪投入分类设施改造资金«mo_inv»元⟫,推行“定时定点、桶边督导”模式。同时,街道组织党员志愿者开展“垃圾分类进家庭”宣传活动,发放宣传资料,举办垃圾分类知识竞赛和“小手拉大手”亲子活动,营造了全民参与的良好氛围。部分社区试点推行“撤桶并点”,将原来分散在楼栋下的垃圾桶集中到固定投放点,由督导员在投放时段值守。全市层面,⟪生活垃圾回收利用率达到«r_city»⟫。

二、调查结果分析

(一)知晓率稳步提升。对于垃圾分类的相关知识,⟪表示“非常了解”的有«k_c0»人,占«k_p0»⟫;⟪“比较了解”的«k_c1»人,占«k_p1»⟫;⟪“了解一点”的«k_c2»人,占«k_p2»⟫;⟪“不了解”的«k_c3»人,占«k_p3»⟫。“非常了解”和“比较了解”的⟪两项合计占«k_sum»⟫。2021年街道曾开展过同类调查,当年受访的550名居民中,⟪了解垃圾分类的有«o_c»人,占«o_p»⟫。与之相比,⟪今年的知晓率提高了«k_pp»个百分点⟫。

(二)参与率仍有差距。对于“您家平时是否分类投放生活垃圾”(单选),⟪能够坚持每天分类投放的«b_c0»人,占«b_p0»⟫;⟪偶尔分类投放的«b_c1»人,占«b_p1»⟫;⟪基本不分类的«b_c2»人,占«b_p2»⟫。知晓率与参与率之间存在明显落差,“知道但做不到”的问题比较突出。入户访谈发现,老年居民和租住户的分类参与率明显偏低。一些老人表示“年纪大了,分不清哪个是厨余、哪个是其他垃圾”;一些租户则认为“住不了多久,没必要那么认真”。双职工家庭普遍反映,早上出门早、晚上下班晚,错过了定时投放的时间段。

(三)不分类的原因较为集中。在不能坚持分类的413名居民中,⟪问卷第«d_q9»题⟫(可多选)的结果显示:⟪认为分类标准记不住的«w_c0»人,占«w_p0»⟫;⟪认为投放时间不方便的«w_c1»人,占«w_p1»⟫;⟪觉得“分了也白分”的«w_c2»人,占«w_p2»⟫;⟪认为家里空间小、不便放置多个垃圾桶的«w_c3»人⟫,⟪占«w_p3»;其他原因⟫⟪«w_c4»人,占«w_p4»⟫。可见,分类标准复杂难记和投放时间不便是影响居民参与的两大主要因素,而“分了也白分”的看法则直接反映出居民对后端收运处置环节的不信任。

三、存在的问题

一是宣传方式单一,入脑入心不够;二是投放点设置和投放时间与居民作息不够匹配;三是前端分类与后端收运衔接不畅,个别小区出现“混装混运”,挫伤了居民积极性;四是激励约束机制不健全,对不分类行为缺乏有效的劝导手段。此外,部分物业公司参与积极性不高,认为垃圾分类增加了保洁成本,对桶边督导工作配合不够;少数社区的督导员由保洁员兼任,身兼数职,督导流于形式。部分居民通过⟪«d_hot»政务服务热线⟫反映投放点异味、满溢等问题。

四、工作建议

一是创新宣传方式,发挥党员、楼栋长和小学生“小手拉大手”的作用;二是优化投放点布局,适当延长投放时间,增设误时投放点;三是规范分类收运,公开收运线路和时间,让居民看得见、信得过;四是推行积分兑换等激励措施,把垃圾分类纳入文明家庭、文明楼栋评选。五是压实物业企业责任,将垃圾分类工作纳入物业服务质量考核,对落实不力的物业企业进行通报约谈。六是加强源头减量,倡导“光盘行动”和绿色消费,减少一次性用品使用。
"""
    return "07_laji_fenlei.txt", "utf-8", "\n", T, S


@report
def r08():
    """中小学课后服务: a share on the wrong base; an impossible mean on a 1-5 scale."""
    S = {}
    issued, returned, n = 1500, 1436, 1402
    S["c_sch"] = cnt(87, why="schools running after-school services")
    S["c_tch"] = cnt(3126, why="teachers taking part")
    S["d_term"] = dec("2023", "year of the school term (2023年秋季学期)")
    S["d_t1"] = dec("16:30", "clock time")
    S["d_t2"] = dec("18:00", "clock time")
    S["mo_fee"] = money("300", "300", "fee per pupil per term, money")
    S["mo_sub"] = money("540万", "540")
    S["c_iss"] = cnt(issued, why="questionnaires issued to parents")
    S["c_ret"] = cnt(returned, issued, "issued", why=f"{returned} returned <= {issued} issued")
    S["p_ret"] = pct(returned, issued, src="issued", note="回收率 = returned / issued")
    S["c_val"] = cnt(n, issued, "issued", why=f"{n} valid <= {returned} returned <= {issued} issued")
    S["p_val"] = pct(n, issued, src="issued", note="有效率 = valid / issued")
    question(S, "j", [1237, 165], n)
    question(S, "s", [512, 498, 176, 51], 1237, src="stated", expected="consistent_if")
    for i in range(4):
        S[f"s_p{i}"].why += "; base is the sub-group of 1237 parents whose child takes part"
    S["m_par"] = scale_mean("4.12", n)
    question(S, "w", [1012, 843, 716, 579, 488], n, multi=True)
    S["c_tn"] = cnt(186, why="teacher questionnaires (n of the teacher survey)")
    question(S, "b", [132, 41, 13], 186, errors={0: {
        "printed": round_half_up(Fraction(100 * 132, 182), 2),
        "note": "wrong base: 132/182 reproduces the printed share; the teacher survey has 186"}})
    S["c_pr"] = cnt(26, why="principals surveyed (n of the principal survey)")
    S["m_pr1"] = scale_mean("3.85", 26)
    S["m_pr2"] = scale_mean("3.53", 26)
    assert S["m_pr2"].expected == "inconsistent"
    S["d_tab"] = dec("3", "table number (表3)")
    T = """
XX县义务教育阶段学校课后服务实施情况调查报告

县教育体育局基础教育股

根据上级关于做好中小学生课后服务工作的部署要求,我县从2021年秋季学期起全面推行课后服务。目前,⟪全县«c_sch»所义务教育学校⟫全部开展了课后服务,⟪参与课后服务的教师«c_tch»人⟫。为了解课后服务的实施效果,县教体局⟪于«d_term»年秋季学期⟫末组织开展了专项调查,调查分家长、教师、校长三个层面进行。家长问卷主要了解孩子参与课后服务的情况、对服务内容和质量的评价及意见建议;教师问卷主要了解教师参与课后服务的工作量、补助落实和意见建议;校长问卷主要了解学校在课后服务组织实施中遇到的困难。

一、家长问卷调查情况

家长问卷通过各校家长群线上发放。⟪共发放问卷«c_iss»份⟫,⟪回收«c_ret»份,回收率«p_ret»⟫,⟪有效问卷«c_val»份,有效率«p_val»⟫。

(一)参与情况。⟪孩子参加了学校课后服务的«j_c0»人,占«j_p0»⟫;⟪未参加的«j_c1»人,占«j_p1»⟫。未参加的原因主要是家中有老人接送或孩子参加了校外兴趣班。也有部分家长担心课后服务质量不高,认为“只是换个地方写作业”,因此选择不参加。总体而言,家长对课后服务解决“三点半”接送难题给予了充分肯定,特别是双职工家庭和进城务工人员家庭,普遍认为课后服务减轻了家庭负担。

(二)满意度。在1237名孩子参加课后服务的家长中,⟪表示“非常满意”的«s_c0»人,占«s_p0»⟫;⟪“比较满意”的«s_c1»人,占«s_p1»⟫;⟪“一般”的«s_c2»人,占«s_p2»⟫;⟪“不满意”的«s_c3»人,占«s_p3»⟫。全体受访家长对课后服务的⟪总体评价平均得分«m_par»分⟫(1-5分)。

(三)服务内容需求。对于“希望学校增加哪些课后服务内容”(可多选),⟪选择作业辅导的«w_c0»人,占«w_p0»⟫;⟪选择体育活动的«w_c1»人,占«w_p1»⟫;⟪选择艺术类活动的«w_c2»人,占«w_p2»⟫;⟪选择科技创新活动的«w_c3»人,占«w_p3»⟫;⟪选择阅读的«w_c4»人,占«w_p4»⟫。

二、教师问卷调查情况

(四)意见建议。家长提出的意见建议主要集中在三个方面:一是希望增加体育、艺术、科技等素质拓展类课程;二是希望适当延长服务时间,与家长下班时间相衔接;三是希望加强对服务过程的管理,定期向家长反馈孩子在课后服务中的表现。


⟪共回收教师有效问卷«c_tn»份⟫。关于课后服务对工作负担的影响,⟪认为负担明显加重的«b_c0»人,占«b_p0»⟫;⟪认为有所加重的«b_c1»人,占«b_p1»⟫;⟪认为没有变化的«b_c2»人,占«b_p2»⟫。多数教师反映,课后服务时间一般为下午⟪放学后至«d_t1»⟫,部分学校延时到⟪«d_t2»,教师⟫离校时间普遍推迟,备课、批改作业的时间被压缩。部分教师坦言,每天在校时间超过十个小时,身体和精神压力都比较大,个别学校还出现了教师“被自愿”参与课后服务的情况。女教师和家有幼儿的教师反映尤为强烈,希望学校在排班时给予适当照顾。

三、校长问卷调查情况

⟪对«c_pr»名中小学校长⟫的问卷显示,校长们⟪对课后服务场地条件的评分平均为«m_pr1»分⟫,⟪对经费保障情况的评分平均为«m_pr2»分⟫(均为5分制)。目前⟪课后服务按每生每学期«mo_fee»元⟫的标准收取服务性收费,⟪县财政安排补助资金«mo_sub»元⟫,但用于教师补助的资金仍然偏少。⟪各校的具体情况见表«d_tab»⟫。

四、存在的问题

一是服务内容以作业辅导和看管为主,特色课程不多,城乡差距明显;二是教师负担加重,补助标准偏低,积极性受到影响;三是农村学校场地、器材和专业教师不足;四是引入校外资源的机制不健全,课程质量缺乏评估。五是安全管理压力大,课后服务时段学生人数多、活动场地分散,部分学校安全管理力量不足,放学时段校门口交通拥堵问题也比较突出。

五、改进建议

一是丰富课后服务内容,推行“基础托管+特色课程”模式;二是实行教师弹性上下班制度,合理核定课后服务补助;三是统筹利用少年宫、文化馆、体育场馆等资源,鼓励退休教师、志愿者参与;四是建立课后服务质量评价机制,定期听取家长和学生意见。

课后服务是一项民生工程,也是落实“双减”政策的重要举措。下一步,县教体局将以此次调查为基础,进一步完善课后服务管理办法,推动课后服务提质增效,让学生“学足学好”,让家长更加放心。
"""
    return "08_kehou_fuwu.txt", "utf-8", "\n", T, S


@report
def r09():
    """城乡居民医疗保障: a second site layout; a dropped digit; 、 as a decimal point; a lost dash."""
    S = {}
    n = 1204
    S["d_fmt"] = dec("12", "page count in the site header (文档页数)")
    S["d_size"] = dec("1.2MB", "file size in the site header")
    S["d_id"] = dec("7720165834", "document id in the site header")
    S["d_up"] = dec("2023-02-27 09:14:05", "upload time in the site header")
    S["c_pop"] = cnt("38.6万", text="38.6万", value="38.6", why="insured persons, printed in 万 (value as printed)")
    S["r_cov"] = Spec("95.2%", "95.2", "percent", "", "unknown", "not_checkable",
                      "coverage rate of the county, no base printed")
    S["mo_fund"] = money("4.3亿", "4.3")
    S["d_when"] = dec("810", "month range 8—10月 whose dash was lost in the scrape (2022年810月)")
    S["c_hh"] = cnt(n, why="households surveyed (the sample)")
    question(S, "k", [1084, 120], n, errors={0: {"printed": "90.3", "note": "dropped digit: 90.03 printed as 90.3"}})
    S["c_in"] = cnt(320, n, "sample", why="320 of the 1204 households had a hospital stay")
    question(S, "h", [300, 20], 320, src="stated", expected="consistent_if", bare=True, styles={0: "dunhao"})
    S["h_p0"].why += "; printed with 、 for the decimal point"
    for i in range(2):
        S[f"h_p{i}"].why += "; base is the sub-group of 320 households with a hospital stay"
    question(S, "r", [453, 751], n, dp=1, bare=True)
    right = round_half_up(Fraction(100 * 430, n), 2)
    question(S, "ch", [712, 598, 341, 430], n, multi=True, styles={2: "spaced"}, errors={3: {
        "printed": transposed(right), "note": f"digits transposed ({right} -> {transposed(right)})"}})
    S["ch_p2"].why += "; printed with a space between every character"
    question(S, "fd", [688, 516], n)
    S["m_cost"] = plain_mean("7265", why="mean cost per hospital stay in yuan: no integer-scale check")
    S["r_pol"] = other("rate", "60%", "60", "policy reimbursement ratio, not a survey statistic")
    S["d_tab"] = dec("4", "table number (表4)")
    S["d_tel"] = dec("400-8765-321", "service telephone in the site footer")
    T = """
XX县城乡居民医疗保障政策落实情况调研报告.doc

⟪文档格式:DOC | 文档页数:«d_fmt»页⟫ | ⟪文档大小:«d_size»⟫ | ⟪文档编号:«d_id»⟫
⟪上传时间:«d_up»⟫
下载后可任意编辑
--------------------------------------------------------------------------

XX县城乡居民医疗保障政策落实情况调研报告

医疗保障是减轻群众就医负担、增进民生福祉的重要制度安排。近年来,我县持续推进全民参保计划,⟪全县参保人数达«c_pop»人⟫,⟪参保率«r_cov»⟫,⟪医保基金年支出«mo_fund»元⟫。为了解城乡居民医疗保障政策的落实情况,县政协社会法制委员会联合县医保局⟪于2022年«d_when»月⟫,采取入户问卷、座谈走访相结合的方式开展调研,⟪共入户调查«c_hh»户居民⟫。调研组还分别召开了乡镇医保经办人员、定点医疗机构和参保群众代表座谈会,实地走访了县人民医院、县中医院和部分乡镇卫生院的医保结算窗口,查阅了相关政策文件和统计资料。

一、政策知晓情况

总的来看,群众对参加医保的重要性认识较为到位,但对具体报销政策的了解还比较模糊,“只知道交钱、不知道怎么报”的情况在农村老年人中较为普遍。

(一)门诊报销政策知晓率有待提高。对于“门诊费用能否报销”,⟪知道可以报销的有«k_c0»户,占«k_p0»⟫;⟪不知道的«k_c1»户,占«k_p1»⟫。

(二)报销比例知晓率偏低。⟪清楚知道住院报销比例的仅占«r_p0»⟫,⟪不清楚的占«r_p1»⟫。按照现行政策,大病保险起付线以上部分⟪报销比例提高到«r_pol»⟫,但不少群众并不清楚。

(三)了解政策的渠道。对于“您通过哪些渠道了解医保政策”(可多选),⟪通过村(社区)干部宣传的«ch_c0»户,占«ch_p0»⟫;⟪通过微信群、公众号的«ch_c1»户,占«ch_p1»⟫;⟪通过电视广播的«ch_c2»户,占«ch_p2»⟫;⟪通过医院窗口咨询的«ch_c3»户,占«ch_p3»⟫。

二、经办服务情况

⟪受访户中有«c_in»户近两年有住院经历⟫。对于医保经办服务,这些家庭中⟪表示满意和基本满意的占«h_p0»⟫,⟪不满意的占«h_p1»⟫,不满意的原因主要是异地就医备案手续繁琐、报销到账时间较长。也有群众表示,县医院开通“先诊疗后付费”和“一站式”结算以后,出院时只需支付个人自付部分,比过去方便多了。据县医保局统计,⟪住院次均费用«m_cost»元⟫,较上年略有下降。家庭医生签约服务方面,⟪表示已签约并接受过随访的«fd_c0»户(«fd_p0»)⟫,⟪表示未签约或不清楚的«fd_c1»户(«fd_p1»)⟫,签约服务的“签而不约”问题依然存在。⟪分乡镇的报销情况见表«d_tab»⟫。

三、存在的主要问题

一是政策宣传不够精准,群众对报销政策“知其然不知其所以然”;二是基层医疗机构服务能力不足,群众“小病也往县外跑”,推高了医疗费用;三是异地就医直接结算覆盖面不广,外出务工人员报销不便;四是防止因病返贫动态监测机制还不够健全,部分边缘人群保障不到位。调研中,有的群众反映,慢性病门诊认定需要到县级医院鉴定,来回奔波,手续复杂;有的外出务工人员不清楚异地就医备案的办理流程,只能回到参保地先垫付再报销,增加了经济负担。个别村干部对政策掌握也不够准确,在宣传解释时出现了偏差。

四、对策建议

一是创新宣传方式,制作“明白卡”“一图读懂”,把政策送到农户家中;二是提升基层医疗服务能力,推进县域医共体建设,让群众在家门口看好病;三是优化经办服务,推行“一站式”结算和“掌上办”;四是健全多层次医疗保障体系,做好基本医保、大病保险和医疗救助的衔接。五是加强医保基金监管,严厉打击欺诈骗保行为,守好群众的“看病钱”“救命钱”。

--------------------------------------------------------------------------
(本文档为word格式,下载后可任意编辑修改!)
如有侵权请联系删除 ⟪客服热线:«d_tel»⟫
"""
    return "09_yiliao_baozhang.txt", "utf-8", "\n", T, S


@report
def r10():
    """网格化管理: fullwidth ％; a stated total its parts miss; a share beside a count that misses it."""
    S = {}
    n = 528
    S["d_when"] = dec("2023年1—9月", "period (date)")
    S["c_grid"] = cnt(146, why="grid cells")
    parts_ok = [9, 5, 11, 7]
    S["t1"] = cnt(sum(parts_ok), expected="consistent", why=f"stated total: {'+'.join(map(str, parts_ok))}={sum(parts_ok)}")
    for i, k in enumerate(parts_ok):
        S[f"t1_{i}"] = cnt(k, sum(parts_ok), "stated", why=f"part of the stated total {sum(parts_ok)}")
    S["st_c0"] = cnt(153, 442, "stated", why="part of the stated total 442")
    S["st_c1"] = cnt(289, 442, "stated", why="part of the stated total 442")
    S["st_t"] = cnt(442, expected="consistent", why="stated total: 153+289=442")
    parts_bad, total_bad = [163, 97, 74, 79], 418
    S["t2"] = cnt(total_bad, expected="inconsistent",
                  why=f"stated total {total_bad} but its parts {'+'.join(map(str, parts_bad))}={sum(parts_bad)}")
    assert sum(parts_bad) != total_bad
    for i, k in enumerate(parts_bad):
        S[f"t2_{i}"] = cnt(k, expected="n/a", why=f"part of a stated total ({total_bad}) that its parts miss")
    S["ev_c"] = cnt(2137, why="events reported")
    S["ev_d"] = cnt(2089, 2137, "stated", why="2089 closed <= 2137 reported")
    S["ev_p"] = pct(2089, 2137, src="stated", sign="％", note="办结率 = closed / reported")
    S["c_n"] = cnt(n, why="residents surveyed (the sample)")
    question(S, "k", [391, 137], n, sign="％")
    question(S, "v", [96, 218, 127, 87], n, sign="％", errors={2: {
        "printed": "25.05", "note": "the share disagrees with its own count"}})
    S["v_d"] = dec("1-2", "range used as a category label (每月1-2次)")
    S["m_sat"] = scale_mean("4.06", n)
    S["d_tel"] = dec("0791-86213579", "telephone number of the grid service hotline")
    S["d_tab"] = dec("1", "table number (表1)")
    T = """
XX街道网格化服务管理工作调研报告

街道党工委

近年来,街道以党建引领基层治理为主线,深入推进网格化服务管理,⟪全街道共划分网格«c_grid»个⟫,⟪配备专职网格员«st_c0»名⟫、⟪兼职网格员«st_c1»名⟫,⟪共«st_t»名网格员⟫,基本形成了“街道—社区—网格—楼栋”四级管理架构。各网格按照“人往网格走、事在网格办”的要求,全面落实网格员“日巡查、周走访、月评议”工作制度,将人口信息采集、矛盾纠纷排查、安全隐患巡查、政策宣传和便民服务等事项纳入网格服务清单。为总结经验、查找不足,街道党工委组织专班开展了专题调研。

一、网格化管理工作的主要成效

(一)网格队伍不断优化。坚持“能者上、庸者下”,⟪今年以来共调整网格员«t1»人⟫,其中⟪因工作调动调出«t1_0»人⟫、⟪考核不合格解聘«t1_1»人⟫、⟪退休或辞职«t1_2»人⟫、⟪新充实到网格«t1_3»人⟫,网格员队伍结构进一步优化。

(二)矛盾纠纷就地化解。⟪«d_when»⟫,⟪共排查化解各类矛盾纠纷«t2»件⟫,其中⟪邻里纠纷«t2_0»件⟫、⟪物业纠纷«t2_1»件⟫、⟪婚姻家庭纠纷«t2_2»件⟫、⟪其他纠纷«t2_3»件⟫,做到了“小事不出网格、大事不出社区”。各网格推行“网格员+法律顾问+调解员”的联动调处机制,对一时难以化解的矛盾纠纷,及时上报社区和街道,由相关部门协同处置,有效防止了矛盾纠纷激化升级。

(三)事件办理提速增效。依托网格化管理信息平台,⟪网格员累计上报各类事件«ev_c»件⟫,⟪办结«ev_d»件,办结率«ev_p»⟫。居民可通过⟪网格服务热线«d_tel»⟫反映诉求。对居民反映的问题,平台实行“接单—派单—办理—反馈—评价”闭环管理,超期未办的事项自动预警,由街道督查室跟踪督办。

二、居民问卷调查情况

调查采取入户和线上相结合的方式,内容涵盖居民对网格员的知晓情况、网格员走访服务情况、居民诉求办理情况和总体满意度四个方面。

为客观评价网格化管理成效,街道委托第三方⟪对«c_n»名居民进行了问卷调查⟫,⟪受访者构成见表«d_tab»⟫。

(一)网格员知晓度较高。⟪知道自己所在网格网格员的有«k_c0»人,占«k_p0»⟫;⟪不知道的«k_c1»人,占«k_p1»⟫。

(二)走访频次有待提高。对于“网格员上门走访的频次”,⟪每周1次以上的«v_c0»人,占«v_p0»⟫;⟪每月«v_d»次的«v_c1»人,占«v_p1»⟫;⟪每季度1次的«v_c2»人,占«v_p2»⟫;⟪很少或从未上门的«v_c3»人,占«v_p3»⟫。

(三)服务满意度总体较好。居民对网格服务的⟪满意度平均得分«m_sat»分⟫(1-5分)。居民反映较多的意见集中在网格员“上门少、办事慢”,部分网格员身兼多职,疲于应付各类报表。座谈中,一位老网格员说:“居民有事找网格员,部门有事也找网格员,一天到晚跑不完的腿、填不完的表。”有的居民则表示,对网格员的工作内容不太了解,不知道哪些事情可以找网格员帮忙。

三、存在的问题

一是网格员待遇偏低,队伍不够稳定;二是网格事务“只进不出”,各部门把工作都压到网格,网格员负担过重;三是信息平台数据不共享,同一信息多头采集;四是居民参与不足,“网格员忙、居民看”的现象仍然存在。五是考核评价不够科学,对网格员的考核偏重上报事件数量,对事件办理质量和群众满意度重视不够,一定程度上助长了“为报而报”的现象。六是网格员能力参差不齐,面对复杂的矛盾纠纷和突发事件,部分网格员缺乏处置经验,只能简单上报。

四、对策建议

一是建立网格准入制度,厘清网格事项清单;二是提高网格员待遇,畅通职业发展通道;三是推进平台整合和数据共享,实现“一次采集、多方使用”;四是发动党员、志愿者、楼栋长参与网格服务,构建共建共治共享的治理格局。五是完善考核评价办法,把群众满意度作为考核网格员的主要依据,对表现突出的网格员优先推荐参加社区“两委”选拔。六是加强网格员培训,定期开展政策法规、矛盾调处、应急处置等专题培训,提升网格员履职能力。
"""
    return "10_wanggehua_guanli.txt", "utf-8", "\n", T, S


@report
def r11():
    """青年志愿者: a scraped table without % signs; a share computed on a wrong base."""
    S = {}
    n = 386
    S["d_year"] = dec("2023—2024", "school year (date)")
    S["d_tab"] = dec("1", "table number (表1)")
    S["c_n"] = cnt(n, why="valid questionnaires (the sample)")
    question(S, "g", [163, 223], n, sign="")
    question(S, "y", [118, 106, 97, 58], 379, src="item", sample=n, expected="consistent_if", sign="")
    for key in ("g", "y"):
        for i in range(4 if key == "y" else 2):
            S[f"{key}_p{i}"].why += "; table column 占比(%), printed without a % sign"
    question(S, "f", [57, 121, 149, 59], n, errors={2: {
        "printed": round_half_up(Fraction(100 * 149, 382), 2),
        "note": "wrong base: 149/382 reproduces the printed share; the sample is 386"}})
    S["f_d"] = dec("1-2", "range used as a category label (每学期1-2次)")
    question(S, "m", [241, 213, 138, 176, 19], 327, multi=True, max_choices=3, src="stated",
             expected="consistent_if")
    for i in range(5):
        S[f"m_p{i}"].why += "; base is the sub-group of 327 students who have volunteered (386-59)"
        S[f"m_c{i}"].base_source = "stated"
    S["m_hours"] = plain_mean("26.8")
    S["c_sec"] = cnt(17, why="college Youth League secretaries surveyed (n of the mean below)")
    S["m_sec"] = scale_mean("4.13", 17)
    assert S["m_sec"].expected == "inconsistent"
    S["h_d"] = dec("100", "threshold used as a category label (100小时以上)")
    S["h_c"] = cnt(64, n, "sample", why=f"64 of {n}")
    S["h_p"] = pct(64, n)
    S["d_fig"] = dec("3", "figure number (图3)")
    S["d_q15"] = dec("15", "question number (第15题)")
    T = """
XX大学青年志愿者参与志愿服务情况调查报告

校团委志愿服务指导中心

为深入了解我校学生参与志愿服务的现状,进一步完善志愿服务长效机制,校团委⟪于«d_year»学年第一学期⟫面向全校学生开展了问卷调查。问卷通过“问卷星”平台发放,内容包括受访者基本信息、志愿服务参与情况、参与动机、对学校志愿服务工作的评价和意见建议五个部分,⟪共回收有效问卷«c_n»份⟫。受访学生的基本情况如下:

⟪表«d_tab» 受访学生基本情况⟫
项目 类别 人数 占比(%)
性别 ⟪男 «g_c0» «g_p0»⟫
性别 ⟪女 «g_c1» «g_p1»⟫
年级 ⟪大一 «y_c0» «y_p0»⟫
年级 ⟪大二 «y_c1» «y_p1»⟫
年级 ⟪大三 «y_c2» «y_p2»⟫
年级 ⟪大四 «y_c3» «y_p3»⟫
注:年级一项有部分学生未填写。

从样本构成看,女生比例高于男生,低年级学生比例高于高年级学生,这与高年级学生课业、实习和求职压力较大、参与问卷积极性相对较低有关。

一、志愿服务参与情况

近年来,我校志愿服务工作不断发展,形成了“一院一品”的志愿服务格局,涌现出一批深受好评的志愿服务项目和先进个人。但从调查情况看,学生参与志愿服务的深度和持续性仍有待提升。

(一)参与面较广但频次不高。⟪每月参加多次志愿服务的«f_c0»人,占«f_p0»⟫;⟪每月参加1次的«f_c1»人,占«f_p1»⟫;⟪每学期«f_d»次的有«f_c2»人,占«f_p2»⟫;⟪从未参加过的«f_c3»人,占«f_p3»⟫。⟪人均年志愿服务时长为«m_hours»小时⟫,⟪累计时长在«h_d»小时以上的有«h_c»人,占«h_p»⟫。从参与的活动类型看,校园服务类、大型赛会和文明创建类活动参与人数最多,社区服务、支教助学类次之,应急救援、环境保护等专业性较强的活动参与人数较少。

(二)参与动机趋于多元。在参加过志愿服务的327名学生中,⟪问卷第«d_q15»题⟫“您参加志愿服务的主要动机”(最多选3项)的结果为:⟪“奉献社会、帮助他人”«m_c0»人(«m_p0»)⟫,⟪“锻炼能力、积累经验”«m_c1»人(«m_p1»)⟫,⟪“结交朋友”«m_c2»人(«m_p2»)⟫,⟪“综合测评加分”«m_c3»人(«m_p3»)⟫,⟪“其他”«m_c4»人(«m_p4»)⟫。⟪各学院的参与情况见图«d_fig»⟫。校团委还对⟪全校«c_sec»个学院的团委书记⟫进行了问卷调查,⟪书记们对学校志愿服务保障条件的评价平均为«m_sec»分⟫(5分制)。

二、存在的问题

从访谈情况看,不少学生对志愿服务有较高的认同度,认为参与志愿服务能够“走出象牙塔”,增进对社会的了解,培养责任意识和团队精神。一位参加过西部计划宣讲的同学说:“志愿服务让我看到了书本之外的中国,也让我更清楚自己将来想做什么。”也有学生坦言,由于课程安排紧凑,很难保证长期稳定地参与同一个项目。


一是志愿服务项目同质化,以校园活动、大型赛会服务为主,专业性志愿服务偏少;二是部分学生参与志愿服务功利化,为了加分而参加,活动结束即“一走了之”;三是志愿服务培训不足,服务质量参差不齐;四是激励保障机制不健全,志愿者的交通、餐饮等基本保障不到位。五是志愿服务组织化程度不高,部分学院的志愿者协会活动主要依靠少数骨干,缺乏长期稳定的服务项目和合作单位,“一阵风”式的活动较多。六是志愿服务宣传展示不够,优秀志愿者和品牌项目的示范带动作用发挥不充分。

三、对策建议

一是结合学科专业特色,打造支教助学、法律援助、医疗义诊、科技下乡等专业化志愿服务品牌;二是加强志愿服务理念教育,引导学生从“要我做”向“我要做”转变;三是建立分层分类的志愿者培训体系;四是完善志愿服务时长认证和星级评定制度,加大表彰激励力度;五是深化校地合作,与周边社区、乡村共建志愿服务基地,推动志愿服务常态化、项目化。六是加强志愿服务信息化建设,依托志愿服务管理平台,实现项目发布、报名招募、时长记录、评价反馈全流程线上管理,让志愿服务更加便捷、透明。

志愿服务是青年学生了解社会、服务社会的重要途径,也是立德树人的重要载体。学校将以此次调查为契机,进一步完善志愿服务工作体系,引导更多青年学生在志愿服务中受教育、长才干、作贡献。
"""
    return "11_qingnian_zhiyuanzhe.txt", "utf-8", "\n", T, S


@report
def r12():
    """村党支部标准化建设: the 72-member sub-group; a share beside its count that misses it."""
    S = {}
    issued, n = 300, 286
    members = 1134
    S["c_br"] = cnt(18, why="village party branches")
    S["c_pm"] = cnt(members, why="party members in the township")
    S["d_since"] = dec("2020", "year (2020年以来)")
    S["o_c"] = cnt(412, members, "stated", why=f"412 of the {members} members")
    S["o_p"] = pct(412, members, src="stated", note="base is the township's stated party membership")
    S["y_c"] = cnt(137, members, "stated", why=f"137 of the {members} members")
    S["y_p"] = pct(137, members, src="stated", note="base is the township's stated party membership")
    S["o_d"] = dec("60", "age bound of a category label (60岁以上)")
    S["y_d"] = dec("35", "age bound of a category label (35岁及以下)")
    S["m_age"] = plain_mean("54.7")
    S["e1"] = Spec("31.6%", "31.6", "percent", "", "unknown", "not_checkable", "share of members with senior-school education in 2019, no base printed")
    S["e2"] = Spec("41.2%", "41.2", "percent", "", "unknown", "not_checkable", "the same share now, no base printed")
    S["e_pp"] = pp_change(S["e1"], S["e2"], "9.6")
    S["c_iss"] = cnt(issued, why="questionnaires issued")
    S["c_val"] = cnt(n, issued, "issued", why=f"{n} valid <= {issued} issued")
    S["p_val"] = pct(n, issued, src="issued", note="有效率 = valid / issued")
    question(S, "h", [54, 13, 5], 72, src="stated", expected="consistent_if")
    for i in range(3):
        S[f"h_p{i}"].why += "; base is the sub-group of 72 village cadres"
    question(S, "m", [173, 84, 29], n, errors={0: {
        "printed": "62.59", "note": "the share disagrees with its own count; the counts add up to the sample"}})
    S["m_sat"] = scale_mean("3.92", n)
    lv = [12, 5, 2]
    assert sum(lv) != 18
    S["b_t"] = cnt(18, expected="inconsistent", why=f"stated total 18 but its parts {'+'.join(map(str, lv))}={sum(lv)}")
    for i, k in enumerate(lv):
        S[f"b_{i}"] = cnt(k, expected="n/a", why="part of a stated total (18) that its parts miss")
    S["d_q6"] = dec("6", "question number (第6题)")
    S["d_tab"] = dec("2", "table number (表2)")
    S["d_date"] = dec("2023年3月", "date of the report")
    T = """
关于XX镇村党支部标准化规范化建设情况的调研报告

镇党委组织委员  ⟪(«d_date»)⟫

村党支部是党在农村全部工作和战斗力的基础。⟪«d_since»年以来⟫,镇党委以村党支部标准化规范化建设为抓手,着力推动基层党组织全面进步、全面过硬。⟪全镇现有村党支部«c_br»个⟫、⟪党员«c_pm»名⟫。为全面掌握建设情况,镇党委组织专班开展了专题调研。调研采取查阅资料、实地查看、个别访谈、问卷调查等方式,对照村党支部标准化规范化建设“组织设置、组织生活、队伍建设、阵地建设、制度落实、作用发挥”六个方面的要求,逐村进行了评估。

一、基本情况

(一)党员队伍结构。从年龄看,⟪«o_d»岁以上党员«o_c»名,占«o_p»⟫;⟪«y_d»岁及以下党员«y_c»名,占«y_p»⟫;⟪党员平均年龄«m_age»岁⟫,老龄化问题比较突出。从学历看,⟪高中及以上学历党员占比由2019年的«e1»⟫⟪提高到目前的«e2»⟫,⟪提高了«e_pp»个百分点⟫,党员队伍的文化素质有所提升。(三)阵地建设情况。各村均建有党群服务中心,按照“六有”标准配齐了活动场所、党建标识、学习资料和便民服务设施,部分村还建设了党史教育长廊、新时代文明实践站,为党员群众提供了学习交流的平台。

(二)问卷调查情况。调研组在全镇党员和群众中⟪发放问卷«c_iss»份⟫,⟪收回有效问卷«c_val»份,有效率«p_val»⟫。

在受访的72名村“两委”干部中,⟪有«h_c0»人认为本村党支部⟫⟪“达到了标准化要求”,占«h_p0»⟫;⟪另有«h_c1»人(«h_p1»)认为“基本达到”⟫;⟪«h_c2»人(«h_p2»)认为“还有较大差距”⟫。

对于⟪问卷第«d_q6»题⟫“本村党支部‘三会一课’制度落实情况”,⟪认为“经常按要求开展”的有«m_c0»人⟫,⟪占«m_p0»;认为“基本开展”的⟫⟪«m_c1»人,占«m_p1»⟫;⟪认为“开展较少”的«m_c2»人,占«m_p2»⟫。群众对村党支部⟪发挥战斗堡垒作用的评价平均得分«m_sat»分⟫(5分制)。⟪各村的得分情况见表«d_tab»⟫。

经逐村评估,⟪全镇«b_t»个村党支部中⟫,⟪达到标准化规范化要求的«b_0»个⟫、⟪基本达到的«b_1»个⟫、⟪尚有较大差距的«b_2»个⟫。

二、取得的主要成效

从调研情况看,全镇村党支部标准化规范化建设总体进展顺利,大部分村党支部达到了建设标准,但村与村之间还存在一定差距,少数村在组织生活、党员管理等方面短板明显。


一是组织设置更加规范,各村党支部均按期完成换届,支委会成员配备齐全;二是组织生活更加严格,“三会一课”、主题党日、组织生活会等制度基本得到落实;三是阵地建设更加完善,各村均建有功能齐全的党群服务中心;四是作用发挥更加明显,党支部在产业发展、乡村治理、疫情防控等工作中冲锋在前。

三、存在的问题

一是发展党员工作不平衡,部分村连续几年没有发展党员,党员队伍“青黄不接”;二是组织生活质量不高,有的支部“三会一课”内容单一,照本宣科;三是部分村党支部书记能力不足,带领群众致富的本领不强;四是村集体经济薄弱,党支部为民办事的能力有限。调研中,有的村党支部书记坦言:“村里年轻人大多外出打工,开会都凑不齐人,有时候只能把会议改到春节前后。”有的村党员居住分散,组织生活参与率不高;有的支部记录本上会议开得很规范,但实际内容“换汤不换药”,党员参与的积极性不高。流动党员管理也存在薄弱环节,部分外出党员长期与支部失联。

四、对策建议

一是严把党员发展质量关,注重在青年农民、返乡大学生、致富能手中发展党员;二是提升组织生活质量,推广“主题党日+”模式;三是选优配强村党支部书记,加大培训力度;四是发展壮大村级集体经济,增强党支部凝聚力和号召力。五是加强流动党员管理,依托微信群、“学习强国”等平台,建立“线上支部”,确保流动党员“离乡不离党、流动不流失”。六是健全考核激励机制,把标准化规范化建设情况纳入村党支部书记述职评议和年度考核,对达标争先的支部给予表彰奖励。

村党支部标准化规范化建设是一项长期任务。镇党委将坚持问题导向,对照标准逐项整改,推动全镇村党支部建设整体提升、全面过硬,为全面推进乡村振兴提供坚强组织保证。
"""
    return "12_dangzhibu_biaozhunhua.txt", "utf-8", "\n", T, S


@report
def r13():
    """农村人居环境整治: a student report on a third site layout, heavy scrape damage, no errors."""
    S = {}
    issued, returned, n = 260, 252, 247
    S["d_pages"] = dec("8", "page count in the site header")
    S["d_size"] = dec("46KB", "file size in the site header")
    S["d_up"] = dec("2023-03-14 10:25:41", "upload time in the site header")
    S["d_ts"] = dec("1678767941823", "timestamp in the page address")
    S["d_summer"] = dec("2022", "year (2022年暑假)")
    S["c_town"] = cnt(5, why="townships visited")
    S["c_vil"] = cnt(12, why="villages visited")
    S["c_iss"] = cnt(issued, why="questionnaires issued")
    S["c_ret"] = cnt(returned, issued, "issued", why=f"{returned} returned <= {issued} issued")
    S["p_ret"] = pct(returned, issued, src="issued", note="回收率 = returned / issued")
    S["c_val"] = cnt(n, issued, "issued", why=f"{n} valid <= {returned} returned <= {issued} issued")
    S["p_val"] = pct(n, issued, src="issued", note="有效率 = valid / issued")
    S["m_age"] = plain_mean("51.3")
    question(S, "r", [159, 64, 24], n)
    S["r_p0"] = damaged("%", f"digits of the share lost in the scrape ('占%'); 159/{n} would be "
                             f"{round_half_up(Fraction(100 * 159, n), 2)}% but the digits must not be invented")
    question(S, "t", [139, 78, 30], n)
    S["t_p0"] = damaged("56.%", "decimals of the share lost in the scrape ('56.%'): flag, do not invent digits")
    question(S, "g", [105, 94, 48], n, styles={0: "spaced"})
    S["g_p0"].why += "; printed with a space between every character"
    S["g_p1"].why += "; a page marker '- 3 -' sits between 占 and the share"
    S["d_pg"] = dec("3", "page marker '- 3 -' injected mid-sentence")
    question(S, "w", [137, 82, 28], n)
    S["w_p0"] = Spec("47%", round_half_up(Fraction(100 * 137, n), 2), "percent", n, "sample", "consistent",
                     f"137/{n}={q(137, n, 2)}% -> 55.47%; the preview counter '4、' at a line start cut it "
                     f"into '55.' | '47%': reported is the piece after the counter, a good repair reads 55.47")
    assert S["w_p0"].value == "55.47"
    question(S, "s", [178, 46, 23], n, bare=True, styles={0: "dunhao"})
    S["s_p0"].why += "; printed with 、 for the decimal point"
    S["d_tab"] = dec("1", "table number (表1)")
    # the counter '4、' that cuts 55.|47% is not labelled: a repaired 55.47% spans it
    for k in (2, 3):
        S[f"d_k{k}"] = dec(str(k), f"preview-chunk counter '{k}、' at a line start")
    T = """
农村人居环境整治满意度调查报告——以XX县为例
⟪格式:DOC 页数:«d_pages» 大小:«d_size»⟫ ⟪上传时间:«d_up»⟫
https://www.wendangwang.⟪net/doc/«d_ts»⟫
举报 | 收藏 | 下载本文档

1、农村人居环境整治满意度调查报告——以XX县为例 (大学生暑期社会实践调研报告) 指导老师:王** 调研小组成员:李**、张**、刘**、陈** 摘要:改善农村人居环境是实施乡村振兴战略的重要任务。近年来,XX县大力实施农村人居环境整治三年行动,村容村貌发生了明显变化。为了解村民对整治工作的真实感受,我们调研小组在指导老师的带领下,采取问卷调查和入户访谈相结合的方式开展了调研。关键词:人居环境;满意度;乡村振兴。本小组⟪利用«d_summer»年暑假⟫,走访了XX县⟪«c_town»个乡镇«c_vil»个行政村⟫,⟪共发放问卷 «c_iss» 份⟫,⟪收回 «c_ret» 份,回收率 «p_ret»⟫,⟪其中有效问卷 «c_val» 份,有效率 «p_val»⟫。受访村民以中老年人为主,⟪平均年龄 «m_age» 岁⟫,具体情况见表1。一、村道硬化与亮化 对于“村内道路硬化情况”,⟪认为“较好”的有 «r_c0» 人,占«r_p0»⟫;⟪认为“一般”的 «r_c1» 人,占 «r_p1»⟫;⟪认为“较差”的 «r_c2» 人,占 «r_p2»⟫。多数村民认为主干道基本实现了硬化,但入户道路和田间道路仍然较差,路灯覆盖不足。调研小组在走访中看到,一些村庄通过“四旁”植绿、拆除危旧房和残垣断壁,建成了小游园、小广场,村民茶余饭后有了休闲的好去处。二、农村改厕 ⟪已完成改厕的 «t_c0» 户,占 «t_p0»⟫;⟪正在改造或已列入计划的 «t_c1» 户,占 «t_p1»⟫;⟪尚未改造的 «t_c2» 户,占 «t_p2»⟫。

⟪«d_k2»、部分村民反映⟫,改厕后的粪污清掏和后续管护跟不上,个别厕所建成后闲置。有的农户因为缺少上下水条件,改厕后仍然使用旱厕;有的农户家中只剩老人,觉得新厕所“用水多、不习惯”。三、生活垃圾治理 从访谈情况看,村民对垃圾治理的意见主要集中在垃圾桶数量不足、清运频次偏低两个方面,一些村民还反映保洁员年龄偏大、工作不够细致。⟪认为垃圾“日产日清”的 «g_c0» 人,占 «g_p0»⟫;⟪认为“定期清运”的 «g_c1» 人,占- «d_pg» -«g_p1»⟫;⟪认为“清运不及时”的 «g_c2» 人,占 «g_p2»⟫。总体上看,“户分类、村收集、镇转运、县处理”的模式已基本建立,但偏远村组仍有垃圾随意堆放的现象。

⟪«d_k3»、四、生活污水治理⟫ 生活污水治理是人居环境整治的短板。⟪认为本村生活污水“随意排放”的有 «w_c0» 人,占 55.⟫

⟪4、«w_p0»,其次是⟫⟪“经过简单处理”的 «w_c1» 人,占 «w_p1»⟫,⟪“纳入管网集中处理”的 «w_c2» 人,仅占 «w_p2»⟫。由于农村居住分散、地形复杂,铺设污水管网的成本较高,多数村庄的生活污水仍然直接排入沟渠和农田,雨季时气味较大,村民意见较多。五、总体满意度 对全村人居环境整治的总体评价,⟪满意和比较满意的合计占«s_p0»⟫,⟪“一般”的占«s_p1»⟫,⟪不满意的占«s_p2»⟫。⟪各村的详细数据见附表«d_tab»⟫。六、对策建议 一是坚持规划先行,因村制宜编制村庄规划,避免“千村一面”;二是建立长效管护机制,明确管护主体、管护责任和管护经费;三是加大污水治理投入,推广适合农村的小型化、生态化处理技术;四是发挥村民主体作用,引导村民自觉维护村庄环境,通过“积分超市”“最美庭院”评比等方式激发村民参与热情。

(本文为大学生社会实践调研报告,仅供参考)

通过此次社会实践,我们深切感受到农村面貌的巨大变化,也看到了农村人居环境整治中存在的现实困难。改善农村人居环境不可能一蹴而就,需要政府、村集体和村民共同努力,久久为功。我们也希望,今后有更多的大学生走进乡村、了解乡村、服务乡村。
"""
    return "13_renju_huanjing.txt", "utf-8", "\n", T, S


@report
def r14():
    """基层减负: bare 1-decimal shares of n=97; a question whose shares add to 103%."""
    S = {}
    issued, n = 100, 97
    S["d_when"] = dec("2024年1月", "survey date")
    S["c_iss"] = cnt(issued, why="questionnaires issued")
    S["c_val"] = cnt(n, issued, "issued", why=f"{n} valid <= {issued} issued")
    S["p_val"] = pct(n, issued, dp=0, src="issued", note="有效率 = valid / issued")
    question(S, "a", [42, 37, 15, 3], n, dp=1, bare=True)
    bad = "26.7"
    assert not counts_fitting(bad, n)
    question(S, "b", [34, 40, 23], n, dp=1, bare=True, errors={2: {
        "printed": bad, "note": f"impossible for n={n} (25/97=25.8%, 26/97=26.8%), and it makes the "
                               f"single-select question add to 103%; the other two shares fit"}})
    question(S, "c", [61, 48, 33, 12], n, dp=1, bare=True, multi=True)
    question(S, "e", [51, 33, 13], n, dp=1, errors={1: {
        "printed": round_half_up(Fraction(100 * 33, issued), 1),
        "note": f"wrong base: 33/{issued} divides by questionnaires issued instead of the {n} valid"}})
    S["m_all"] = scale_mean("3.58", n)
    S["r_doc"] = other("rate", "31.2%", "31.2", "year-on-year fall in documents, no base")
    S["r_meet"] = other("rate", "28.7%", "28.7", "year-on-year fall in meetings, no base")
    S["t_c"] = cnt(135, expected="consistent", why="stated total: 98+37=135")
    S["t_c0"] = cnt(98, 135, "stated", why="part of the stated total 135")
    S["t_c1"] = cnt(37, 135, "stated", why="part of the stated total 135")
    S["d_q8"] = dec("8", "question number (第8题)")
    S["d_tab"] = dec("1", "table number (表1)")
    S["d_doc"] = dec("2023", "year in a document number (〔2023〕5号)")
    S["d_docn"] = dec("5", "serial of a document number (〔2023〕5号)")
    T = """
关于全县基层减负工作落实情况的问卷调查分析

县委办公室督查室

为深入贯彻落实中央关于持续为基层减负的部署要求,了解基层减负工作的实际成效,县委办公室督查室⟪于«d_when»向⟫全县乡镇和村(社区)干部⟪发放问卷«c_iss»份⟫,⟪收回有效问卷«c_val»份,有效率«p_val»⟫。现将调查结果分析如下。问卷对象涵盖乡镇党政班子成员、站所负责人、一般干部和村(社区)“两委”干部,问卷内容围绕文件会议、督查检查考核、“指尖上的形式主义”、属地管理等方面设计,同时还通过座谈会、个别访谈等方式听取了基层干部的意见建议。

一、减负工作取得的成效

(一)文山会海有所减少。今年县级层面严格执行发文和会议计划管理,⟪县级发文数量同比下降«r_doc»⟫,⟪召开会议数量同比减少«r_meet»⟫。问卷显示,对于“文山会海现象是否减少”,⟪认为“明显减少”的占«a_p0»⟫,⟪“有所减少”的占«a_p1»⟫,⟪“没有变化”的占«a_p2»⟫,⟪认为“反而增多”的占«a_p3»⟫。

(二)督查检查考核得到规范。县委、县政府出台⟪《关于统筹规范督查检查考核工作的通知》(X办发〔«d_doc»〕«d_docn»号)⟫,实行年度计划和审批报备制度。对于“督查检查考核的频次是否减少”,⟪认为“明显减少”的占«b_p0»⟫,⟪“有所减少”的占«b_p1»⟫,⟪“没有变化”的占«b_p2»⟫。

(三)“指尖上的形式主义”得到整治。⟪全县共清理规范各类工作群和政务APP «t_c»个⟫,其中⟪工作群«t_c0»个⟫、⟪政务APP «t_c1»个⟫。县委办公室还建立了基层减负观察点,在部分乡镇和村(社区)设立直报渠道,及时收集基层反映的问题。

二、基层反映的突出问题

调查也反映出,基层减负工作在一些领域还存在“上热下冷”“边减边增”的问题,基层干部对减负的获得感还不够强。

⟪问卷第«d_q8»题⟫请基层干部选出当前负担较重的方面(多选)。⟪选择“填报各类表格”的占«c_p0»⟫,⟪选择“迎检材料准备”的占«c_p1»⟫,⟪选择“工作群消息过多”的占«c_p2»⟫,⟪选择“会议陪会”的占«c_p3»⟫。基层干部对减负工作的⟪总体评价平均为«m_all»分⟫(1-5分)。⟪分乡镇的评价情况见表«d_tab»⟫。

从座谈情况看,一些问题仍然比较突出:一是“留痕”过多,部分工作要求台账、照片、视频样样俱全,“干得好不如材料写得好”;调查中,⟪有«e_c0»人认为属地管理责任泛化问题“比较突出”,占«e_p0»⟫,⟪认为“有所改善”的«e_c1»人,占«e_p1»⟫,⟪认为“已基本解决”的«e_c2»人,占«e_p2»⟫;二是属地管理责任泛化,一些职能部门把本应自己承担的工作以“属地管理”为名转嫁给乡镇;三是考核“指挥棒”作用发挥不够,部分考核指标过细过繁;四是“减了又增”的反弹现象时有发生。有的乡镇干部反映,虽然县级层面的会议和文件减少了,但各种“临时通知”“紧急任务”明显增多,有的部门通过电话、微信布置工作,要求当天报送材料,“文件少了,电话多了”。还有的村干部说,一个村要对接二十多个部门,每个部门都要村里报数据、建台账,村干部成了“表哥”“表姐”,真正用来走访群众、发展产业的时间越来越少。

三、下一步工作建议

一是严控文件会议数量,提高文件会议质量,能合并的合并、能不开的不开;二是统筹督查检查考核,推行“综合查一次”;三是厘清乡镇职责边界,全面落实乡镇履行职责事项清单;四是持续整治“指尖上的形式主义”,严禁以工作群“派任务”“要材料”;五是建立基层减负监测点,常态化听取基层意见,让基层干部把更多精力放在抓落实上。六是强化监督问责,把基层减负情况纳入巡察和作风建设督查的重要内容,对搞形式主义、官僚主义加重基层负担的,发现一起、查处一起、通报一起,以作风建设的实际成效取信于民。

为基层减负是一项长期任务,不可能一劳永逸。全县各级各部门要坚持刀刃向内、自我革命,从自身做起、从具体问题改起,真正把基层干部从繁文缛节、文山会海、迎来送往中解脱出来,让他们有更多时间和精力深入群众、服务群众,在推动高质量发展中担当作为。
"""
    return "14_jiceng_jianfu.txt", "utf-8", "\n", T, S


def _pvalues():
    """The standard-library p-values of the second set (``tests/corpus_auditor/pvalues.py``)."""
    folder = str(HERE.parent / "corpus_auditor")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    import pvalues
    return pvalues


@report
def r15():
    """大学生心理健康: issue 25's formats in one counselling-centre report, no errors: a table of bands whose shares
    ran into the next band's bound (and one that no split decides: damaged), SPSS output pasted with "|" between the
    cells, tests listed after one sign, a correlation named in words, an English abstract with its "<" lost
    ("P0.01") or printed as a bracket ("P(0.05"), counts in English, 道 and 为期, a ratio, a multiple, a margin of
    error beside its confidence level, a fraction in words."""
    pv = _pvalues()
    S = {}
    issued, n, boys, girls = 540, 512, 236, 276
    S["d_when"] = dec("2024年9月", "date of the survey")
    S["c_days"] = cnt(10, why="length of the survey in days (为期10天): a stand-alone count")
    S["c_items"] = cnt(24, why="number of multiple-choice questions (24道选择题): a stand-alone count")
    S["c_iss"] = cnt(issued, why="questionnaires issued")
    S["c_val"] = cnt(n, issued, "issued", why=f"{n} valid <= {issued} issued")
    S["p_val"] = pct(n, issued, src="issued", note="有效率 = valid / issued")
    S["c_boys"] = cnt(boys, n, "sample", why=f"{boys} boys + {girls} girls = {n}")
    S["c_girls"] = cnt(girls, n, "sample", why=f"{boys} boys + {girls} girls = {n}")
    ratio = round_half_up(Fraction(boys, girls), 2)
    assert ratio == "0.86"
    S["r_sex"] = other("rate", ratio, ratio, f"男女比例 = boys / girls: {boys}/{girls} = {round_half_up(Fraction(boys, girls), 4)} -> {ratio}",
                       expected="consistent")
    S["d_conf"] = dec("95%", "confidence level of the margin of error, not a share")
    # 1.96 × sqrt(0.25 / 512) = 0.04331 (1.96² / 4 / 512 = 0.0018758, whose root lies between 0.043305 and 0.043315)
    assert Fraction(43305, 10**6) ** 2 < Fraction(196, 100) ** 2 / 4 / n < Fraction(43315, 10**6) ** 2
    S["r_moe"] = other("rate", "4.33%", "4.33", f"margin of error at 95% for n={n}: 1.96*sqrt(0.25/{n}) = 4.331% -> 4.33%",
                       expected="consistent", base=n, src="sample")
    S["c_head"] = cnt(n, why="base printed in the table header (占总人数(512))")
    # the table of bands: each share ran into the lower bound of the next band (12.50|19---20岁)
    ages = [64, 203, 178, 67]
    assert sum(ages) == n
    glued = ("; the table's cells ran together, so the share is glued to the next band's lower bound: reported is the "
             "glued number as printed, value the share a good reading splits off")
    question(S, "a", ages, n, sign="")
    for i, bound in enumerate(("19", "21", "23")):
        share = S[f"a_p{i}"]
        share.why += f"{glued} ({share.value} | {bound})"
        share.text += bound
    S["d_a18"] = dec("18", "age-band bound (18岁及以下)")
    question(S, "g", [142, 131, 125, 114], n, sign="")
    # the sports rows: the first share (91/512 = 17.77%) ran into "1---2小时", and its row's label (不运动) has no
    # bound that the 1 could continue, so 17.7|71 and 17.77|1 both remain: damaged
    question(S, "s", [91, 260, 161], n, sign="")
    S["s_d"] = damaged("17.771", "a share glued to the next band's lower bound (17.77 | 1---2小时 or 17.7 | 71---): "
                                 "its row's label (不运动) has no bound to continue, so no split is sure; flag it")
    del S["s_p0"]
    S["s_p1"].why += f"{glued} (50.78 | 3小时及以上)"
    S["s_p1"].text += "3"
    # SPSS output pasted with "|" between the cells: value, frequency, percent, valid percent, cumulative percent
    sleep = [23, 58, 187, 164, 80]
    assert sum(sleep) == n
    spss = f"SPSS frequency table of the sleep score pasted with '|' between the cells, N = {n} (合计 row)"
    running = 0
    for i, k in enumerate(sleep):
        running += k
        S[f"q_c{i}"] = cnt(k, n, "sample", why=f"frequency of score {i + 1}.00; {'+'.join(map(str, sleep))}={n}")
        S[f"q_p{i}"] = pct(k, n, dp=1, sign="", note=spss)
        if i:  # the first row's valid percent equals its percent and its cumulative one: its anchor could not be unique
            S[f"q_v{i}"] = pct(k, n, dp=1, sign="", note="valid percent (no missing values, equal to the percent); " + spss)
        S[f"q_u{i}"] = pct(running, n, dp=1, sign="", note=f"cumulative percent, cumulative count {running}; " + spss)
    S["q_p0"].why += "; the valid percent beside it is the same 4.5 (not labelled: its anchor would not be unique)"
    S["q_n"] = cnt(n, why="N of the SPSS table (合计 row)")
    S["q_tp"] = pct(n, n, dp=1, sign="", note="合计 row, percent column")
    S["q_tv"] = pct(n, n, dp=1, sign="", note="合计 row, valid percent column")
    for v in ("1.00", "2.00"):
        S[f"d_v{v[0]}"] = dec(v, "score value (a category of the frequency table), not a statistic")
    # tests: boys against girls (236 and 276: df = 510), grades (four: df = (3, 508)), a correlation with n = 512
    t_why = {}
    for t in ("-2.874", "-3.105"):
        lo, hi = pv.p_range("t", t, boys + girls - 2)
        assert hi < 0.01
        t_why[t] = f"boys vs girls, df={boys + girls - 2}: p({t}) = {lo:.5f} to {hi:.5f}, printed P<0.01: consistent"
    lo, hi = pv.p_range("f", "4.27", 3, n - 4)
    assert hi < 0.05
    f_why = f"one-way ANOVA across the four grades, df=(3, {n - 4}): p(4.27) = {lo:.5f} to {hi:.5f}, printed P<0.05: consistent"
    lo, hi = pv.p_range("r", "-0.312", n)
    assert hi < 0.01
    r_why = f"Pearson r with n={n} (df={n - 2}): p(-0.312) = {lo:.2e} to {hi:.2e}, printed P<0.01: consistent"
    S["t_a"] = other("test", "-2.874", "-2.874", t_why["-2.874"] + "; listed with the next t under one sign and one P", "consistent")
    S["t_b"] = other("test", "-3.105", "-3.105", t_why["-3.105"] + "; the second t of a list after one sign, sharing its P", "consistent")
    S["f_g"] = other("test", "4.27", "4.27", f_why, "consistent")
    S["r_s"] = other("test", "-0.312", "-0.312", r_why + "; the coefficient named in words (相关系数为)", "consistent")
    lost = "; English abstract: the '<' of 'P<0.01' was lost in the scrape (P0.01), read as P<0.01, never as P=0.01"
    S["e_ta"] = other("test", "-2.874", "-2.874", t_why["-2.874"] + lost, "consistent")
    S["e_tb"] = other("test", "-3.105", "-3.105", t_why["-3.105"] + lost, "consistent")
    S["e_f"] = other("test", "4.27", "4.27", f_why + "; English abstract: a bracket printed for '<' (P(0.05)", "consistent")
    S["e_n"] = cnt(n, why="sample n (English abstract)")
    S["e_b"] = cnt(boys, n, "sample", why=f"boys (English abstract): {boys} + {girls} = {n}")
    S["e_g"] = cnt(girls, n, "sample", why=f"girls (English abstract): {boys} + {girls} = {n}")
    # depression among girls and boys, each with its count and group, and the multiple of the two
    S["x_g"] = pct(52, girls, dp=1, src="stated", note="depression screened positive among the girls, printed with (52/276)")
    S["x_gk"] = cnt(52, girls, "stated", why=f"girls screened positive: 52 of {girls}")
    S["x_gn"] = cnt(girls, n, "sample", why="the girls, the base of their rate")
    S["x_b"] = pct(23, boys, dp=1, src="stated", note="depression screened positive among the boys, printed with (23/236)")
    S["x_bk"] = cnt(23, boys, "stated", why=f"boys screened positive: 23 of {boys}")
    S["x_bn"] = cnt(boys, n, "sample", why="the boys, the base of their rate")
    times = round_half_up(Fraction(S["x_g"].value) / Fraction(S["x_b"].value), 1)
    assert times == "1.9"
    S["r_times"] = other("rate", times, times, f"a multiple of two printed rates: {S['x_g'].value}/{S['x_b'].value} = "
                         f"{round_half_up(Fraction(S['x_g'].value) / Fraction(S['x_b'].value), 4)} -> {times}", "consistent")
    S["p_third"] = Spec("三分之一", repr(100 / 3), "percent", "", "unknown", "not_checkable",
                        "约三分之一 = about a third (33.33%), a rough fraction: not checkable")
    T = """
大学生心理健康状况调查报告

XX学院心理健康教育与咨询中心

一、调查概况
为了解我校学生的心理健康状况,中心⟪于«d_when»组织了⟫全校范围的抽样调查,⟪调查为期«c_days»天⟫。问卷包括基本情况、睡眠质量和症状自评量表(SCL-90)三部分,⟪共«c_items»道选择题⟫。⟪共发放问卷«c_iss»份⟫,⟪回收有效问卷«c_val»份⟫,⟪问卷有效率为«p_val»⟫。⟪其中男生«c_boys»名⟫,⟪女生«c_girls»名⟫,⟪男女比例为«r_sex»:1⟫。⟪在«d_conf»置信水平下⟫,⟪抽样误差为±«r_moe»⟫。

二、样本构成
样本覆盖全校各学院和各年级,与在校生的结构基本一致。各年龄段、各年级学生和学生每周运动时间的分布见表1(由网页表格转换而来,部分单元格粘连)。
表1 样本基本情况
类别 选项 人数 ⟪占总人数(«c_head»)的百分比⟫(%)
⟪年龄 «d_a18»岁及以下 «a_c0»⟫ ⟪«a_p0»---20岁⟫ ⟪«a_c1» «a_p1»---22岁⟫ ⟪«a_c2» «a_p2»岁及以上⟫ ⟪«a_c3» «a_p3»年级⟫ ⟪大一 «g_c0» «g_p0»⟫ ⟪大二 «g_c1» «g_p1»⟫ ⟪大三 «g_c2» «g_p2»⟫ ⟪大四 «g_c3» «g_p3»⟫ 每周运动时间 ⟪不运动 «s_c0» «s_d»---2小时⟫ ⟪«s_c1» «s_p1»小时及以上⟫ ⟪«s_c2» «s_p2»注:⟫年龄按入学登记填写。

三、睡眠质量
睡眠是影响大学生身心健康的重要因素。睡眠质量采用五级评分,得分越高睡眠越好。SPSS频率分析的输出粘贴如下:
表2 睡眠质量评分 |频率|百分比|有效百分比|累积百分比|
⟪有效|«d_v1»|«q_c0»|«q_p0»|⟫4.5|⟪«q_u0»|«d_v2»⟫⟪|«q_c1»|«q_p1»|⟫⟪«q_v1»|«q_u1»|3.00⟫⟪|«q_c2»|«q_p2»|⟫⟪«q_v2»|«q_u2»|4.00⟫⟪|«q_c3»|«q_p3»|⟫⟪«q_v3»|«q_u3»|5.00⟫⟪|«q_c4»|«q_p4»|⟫⟪«q_v4»|«q_u4»|合计⟫⟪|«q_n»|«q_tp»|⟫⟪«q_tv»|(表中数值⟫均为SPSS原始输出)
⟪约«p_third»的学生表示⟫近一个月内有过失眠。

四、心理症状及其相关因素
⟪男生躯体化和强迫(t=«t_a»,«t_b»;P<0.01)⟫两个因子得分均低于女生;不同年级学生的SCL-90总分差异有统计学意义⟪(F=«f_g»,P<0.05)⟫。⟪睡眠质量评分与SCL-90总分的相关系数为«r_s»⟫,P<0.01。⟪女生抑郁筛查阳性率为«x_g»(«x_gk»/«x_gn»)⟫,⟪男生为«x_b»(«x_bk»/«x_bn»)⟫,⟪女生是男生的«r_times»倍⟫。

Abstract Methods ⟪A total of «e_n» students⟫ (⟪«e_b» boys and «e_g» girls⟫) were surveyed with the SCL-90. Results Boys scored lower than girls on somatization and obsessive-compulsive symptoms⟪(t=«e_ta» and «e_tb»,P0.01)⟫; the total scores differed among grades⟪(F=«e_f»,P(0.05)⟫.

五、建议
一是将心理健康教育纳入新生入学教育,帮助学生尽快适应大学生活,引导新生正确认识和处理学习、人际交往和环境适应中遇到的困难;二是关注女生和高年级学生的心理状况,结合考研、就业等压力较为集中的时段,及时开展团体辅导和个别咨询;三是倡导规律作息和体育锻炼,改善学生的睡眠质量,鼓励学生参加社团活动和文体活动;四是完善学校、院系、班级、宿舍四级心理健康工作网络,加强辅导员和班主任的心理健康知识培训,做到早发现、早干预。

附:本报告中的统计表格由统计软件输出后直接粘贴,格式略有错乱,阅读时请以原始数据为准。调查数据仅用于学校心理健康教育工作,不涉及学生个人信息。
"""
    return "15_daxuesheng_xinli_jiankang.txt", "utf-8", "\n", T, S


# --------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------

def write_reports(reports, out_dir, lengths=(1500, 5000)):
    """Render `reports` into `out_dir`; return the label rows and, per report,
    (file name, the spec key of each row, whatever else the report function returned)."""
    out_dir = pathlib.Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rows, keyed = [], []
    for fn in reports:
        name, encoding, newline, template, specs, *extra = fn()
        keys = []
        text, labels = render(name, template, specs, newline, keys)
        assert lengths[0] <= len(text) <= lengths[1], (name, len(text))
        data = encode(text, encoding)
        assert decode(data) == text, name
        (out_dir / name).write_bytes(data)
        rows.extend(labels)
        keyed.append((name, keys, extra))
    return rows, keyed


def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    pathlib.Path(path).write_bytes(buf.getvalue().encode("utf-8"))


def build(out_dir=HERE):
    """Render every report into `out_dir`; return the label rows (without header)."""
    rows, _ = write_reports(REPORTS, out_dir)
    write_csv(pathlib.Path(out_dir) / "labels.csv", COLUMNS, rows)
    return rows


def _auditor_set():
    """The second set, tests/corpus_auditor/ (its reports live in that folder and use this
    module's machinery)."""
    sys.modules.setdefault("build_corpus", sys.modules[__name__])
    folder = HERE.parent / "corpus_auditor"
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    import auditor_reports
    return auditor_reports


def summary(rows):
    from collections import Counter
    by_kind = Counter(r[4] for r in rows)
    by_exp = Counter(r[7] for r in rows)
    by_both = Counter((r[4], r[7]) for r in rows)
    lines = [f"{len(rows)} labels in {len({r[0] for r in rows})} files"]
    lines.append("by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())))
    lines.append("by expected: " + ", ".join(f"{k} {v}" for k, v in sorted(by_exp.items())))
    for (k, e), v in sorted(by_both.items()):
        lines.append(f"  {k:8s} {e:14s} {v}")
    lines.append("inconsistent:")
    for r in rows:
        if r[7] == "inconsistent":
            lines.append(f"  {r[0]}  {r[2]}  ({r[4]})  {r[8]}")
    return "\n".join(lines)


def main(argv):
    which = argv[argv.index("--set") + 1] if "--set" in argv else "corpus"
    if which == "auditor":
        mod = _auditor_set()
        out = pathlib.Path(argv[argv.index("--out") + 1]) if "--out" in argv else mod.HERE
        rows = mod.build(out)
        count = len(mod.REPORTS)
    else:
        assert which == "corpus", which
        out = pathlib.Path(argv[argv.index("--out") + 1]) if "--out" in argv else HERE
        rows = build(out)
        count = len(REPORTS)
    if "--summary" in argv:
        print(summary(rows))
    else:
        print(f"wrote {count} reports and {len(rows)} labels to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
