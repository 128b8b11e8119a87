"""Check labels.csv of the second held-out set with exact arithmetic, without dangjian.

    python tests/corpus_heldout2/check_labels.py

1. Format: every anchor is 5-40 characters, occurs exactly once in its decoded file, and
   holds `reported` where the scorer's span rule finds it (decoys whose number is followed
   by a '.' fall back to the whole anchor, which holds no other number); decoys have no
   value and expect n/a.
2. Shares: every percent label with a whole base is tested against k/base under half-up,
   half-even and truncation (Fraction): consistent needs half-up or half-even, consistent_if
   a fit under some rounding (or an assumption checked below), inconsistent no fit unless a
   check below names the reason.
3. Arithmetic written in `why`: every "a + b + ... = c", every "k/b = x%" and every "a <= b"
   is recomputed.
4. Every other verdict (sums, 其中 parts, growth from level and increase, 百分点 changes,
   ratios, margins of error, GRIM/GRIMMER, means from counts, t from means and SDs,
   chi-square from counts, p from t/chi2/r and df, regression t = B/SE, F and adjusted R²,
   odds ratios against their CIs, the base of file 08 established by 1/N) is recomputed
   here and compared with `expected`.
Exits 1 on any failure.
"""
import codecs
import csv
import math
import re
import sys
from decimal import Decimal
from fractions import Fraction as F
from pathlib import Path

import numpy as np
from scipy import stats

HERE = Path(__file__).resolve().parent
FAIL = []


def fail(msg):
    FAIL.append(msg)


def read_text(p):
    b = p.read_bytes()
    if b.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return b.decode("utf-16")
    try:
        return b.decode("utf-8-sig")
    except UnicodeDecodeError:
        return b.decode("gb18030")


def span_of(text, anchor, rep):
    """The scorer's rule (shared/tools/score_corpus.py): first occurrence of `reported`
    in the anchor not inside a longer number; None means fallback to the whole anchor."""
    j = anchor.find(rep) if rep else -1
    while j >= 0:
        before = anchor[j - 1] if j else ""
        after = anchor[j + len(rep)] if j + len(rep) < len(anchor) else ""
        if not (before.isdigit() or before == "." or after.isdigit() or (after == "." and rep[-1].isdigit())):
            return j
        j = anchor.find(rep, j + 1)
    return None


# ---------- rounding ----------
def rounds(x, printed, mode):
    """Does the Fraction x print as the decimal string `printed` under `mode`?"""
    t = F(Decimal(printed))
    dp = len(printed.split(".")[1]) if "." in printed else 0
    s = F(1, 10 ** dp)
    if mode == "up":
        return t - s / 2 <= x < t + s / 2
    if mode == "even":
        if t - s / 2 < x < t + s / 2:
            return True
        last = int((t * 10 ** dp).numerator // (t * 10 ** dp).denominator)
        return (x == t - s / 2 or x == t + s / 2) and last % 2 == 0
    if mode == "trunc":
        return t <= x < t + s
    raise ValueError(mode)


def share_fits(value, base):
    """Roundings under which some k/base prints as value (percent)."""
    v = F(Decimal(value))
    dp = len(value.split(".")[1]) if "." in value else 0
    s = F(1, 10 ** dp)
    out = set()
    lo = math.floor((v - s) * base / 100)
    for k in range(max(lo, 0), min(math.ceil((v + s) * base / 100), base) + 1):
        for m in ("up", "even", "trunc"):
            if rounds(F(k * 100, base), value, m):
                out.add(m)
    return out


def interval(printed):
    t = F(Decimal(printed))
    dp = len(printed.split(".")[1]) if "." in printed else 0
    s = F(1, 10 ** dp)
    return t - s / 2, t + s / 2


def fl(x):
    return float(x)


# ---------- statistics ----------
def grim(mean, n):
    m = F(Decimal(mean))
    return [T for T in range(math.floor((m - 1) * n), math.ceil((m + 1) * n) + 1)
            if any(rounds(F(T, n), mean, md) for md in ("up", "even", "trunc"))]


def grimmer(mean, sd, n):
    S = F(Decimal(sd))
    dp = len(sd.split(".")[1])
    s = F(1, 10 ** dp)
    for T in grim(mean, n):
        for lo_sd, hi_sd in ((S - s / 2, S + s / 2), (S, S + s)):
            qlo = (n - 1) * lo_sd ** 2 + F(T * T, n)
            qhi = (n - 1) * hi_sd ** 2 + F(T * T, n)
            q = math.ceil(qlo)
            while q <= qhi:
                if (q - T) % 2 == 0:
                    return True
                q += 1
    return False


def t_from_means(m1, s1, m2, s2, n1, n2):
    """Range of the pooled and Welch t over the rounding intervals of the inputs."""
    vals = []
    for a in interval(m1):
        for b in interval(m2):
            for c in interval(s1):
                for d in interval(s2):
                    a_, b_, c_, d_ = map(float, (a, b, c, d))
                    se_w = math.sqrt(c_ ** 2 / n1 + d_ ** 2 / n2)
                    sp = math.sqrt(((n1 - 1) * c_ ** 2 + (n2 - 1) * d_ ** 2) / (n1 + n2 - 2))
                    se_p = sp * math.sqrt(1 / n1 + 1 / n2)
                    vals += [abs(a_ - b_) / se_w, abs(a_ - b_) / se_p]
    return min(vals), max(vals)


def in_range(printed, lo, hi):
    a, b = interval(printed.lstrip("-"))
    return not (fl(b) < lo or fl(a) > hi)


def p_t(t, df):
    return 2 * stats.t.sf(abs(t), df)


def p_range_t(printed, df):
    a, b = interval(printed.lstrip("-"))
    return p_t(fl(b), df), p_t(fl(a), df)


def p_range_chi(printed, df):
    a, b = interval(printed)
    return stats.chi2.sf(fl(b), df), stats.chi2.sf(fl(a), df)


def p_fits(lo, hi, p_printed):
    """Does a p in [lo, hi] print as p_printed ('0.041', '<0.001', '<0.05')?"""
    if p_printed.startswith("<"):
        return lo < float(p_printed[1:])
    a, b = interval(p_printed)
    return not (hi < fl(a) or lo > fl(b))


def chi2_table(t):
    return stats.chi2_contingency(np.array(t), correction=False)[:2]


def margin(n, z=1.96):
    return z * math.sqrt(0.25 / n) * 100


# ---------- explicit checks: (file, anchor, reported) -> (verdict, note) ----------
CHECKS = {}


def check(file, anchor, reported, verdict, note=""):
    CHECKS[(file, anchor, reported)] = (verdict, note)


def fits_word(ok):
    return "consistent" if ok else "inconsistent"


def D(s):
    return F(Decimal(s.replace(" ", "")))


def any_round(x, printed):
    return any(rounds(x, printed, m) for m in ("up", "even", "trunc"))


def chi_ok(table, printed, p_printed=None, yates_too=False):
    """Does the table give the printed chi-square (half-up), and its p the printed p?"""
    outs = [chi2_table(table)]
    if yates_too:
        outs.append(stats.chi2_contingency(np.array(table), correction=True)[:2])
    for chi, p in outs:
        if rounds(F(Decimal(str(round(chi, 9)))), printed, "up") and (p_printed is None or p_fits(p, p, p_printed)):
            return True
    return False


def t_ok(printed, m1, s1, m2, s2, n1, n2, p_printed):
    lo, hi = t_from_means(m1, s1, m2, s2, n1, n2)
    plo, phi = p_range_t(printed, n1 + n2 - 2)
    return in_range(printed, lo, hi) and p_fits(plo, phi, p_printed)


def growth_ok(level, increase, printed):
    """growth = increase/(level - increase) under any rounding of the printed rate."""
    return any_round(F(increase) / (F(level) - F(increase)) * 100, printed)


def run_checks():
    f = "01_tushuguan_manyidu_wenku.txt"
    assert 48 + 213 + 196 + 95 == 552 and 187 + 214 + 102 + 38 + 11 == 552 and 241 + 311 == 552
    q4 = [129, 262, 131, 49, 17]
    assert sum(q4) == 588 != 552
    # 262 breaks the 合计; 226 (digits swapped) fits both the 合计 and its share 40.9
    assert sum(q4) - 262 + 226 == 552 and share_fits("40.9", 552) and any_round(F(22600, 552), "40.9")
    check(f, "满意 262 40.9%", "262", fits_word(any_round(F(26200, 552), "40.9") and sum(q4) == 552))
    for a, r, k in [("非常满意 129 23.4%", "129", 129), ("一般 131 23.7%", "131", 131), ("不满意 49 8.9%", "49", 49), ("非常不满意 17 3。1%", "17", 17)]:
        share = {129: "23.4", 131: "23.7", 49: "8.9", 17: "3.1"}[k]
        check(f, a, r, fits_word(rounds(F(100 * k, 552), share, "up") and sum(q4) - 262 + 226 == 552))
    check(f, "3。1%\n合计 552 100%", "552", fits_word(sum(q4) - 262 + 226 == 552))
    assert not share_fits("75.6", 552) and rounds(F(40100, 552), "72.6", "up")

    f = "02_tangniaobing_huli_jixian.txt"
    for a, r, mn, sdv in [("68.62±8.14", "68.62", "68.62", "8.14"), ("69.43±7.93", "69.43", "69.43", "7.93"),
                          ("(72.36±8.45)分", "72.36", "72.36", "8.45"), ("(64.18±9.02)分", "64.18", "64.18", "9.02")]:
        ok = bool(grim(mn, 45))
        check(f, a, r, fits_word(ok))
        check(f, a, sdv, ("consistent" if grimmer(mn, sdv, 45) else "inconsistent") if ok else "not_checkable")
    check(f, "χ²=0.180 0.671", "0.180", fits_word(chi_ok([[24, 21], [26, 19]], "0.180", "0.671")))
    check(f, "χ²=0.295 0.863", "0.295", fits_word(chi_ok([[12, 18, 15], [14, 16, 14]], "0.295", "0.863")))
    for a, r, args, pp in [("t=0.478 0.634", "0.478", ("68.62", "8.14", "69.43", "7.93"), "0.634"),
                           ("t=0.508 0.613", "0.508", ("24.37", "2.86", "24.05", "3.11"), "0.613"),
                           ("t=0.858 0.393", "0.858", ("7.36", "2.41", "7.82", "2.67"), "0.393"),
                           ("t=0.279 0.781", "0.279", ("8.46", "1.21", "8.39", "1.17"), "0.781"),
                           ("(t=4.440,P", "4.440", ("72.36", "8.45", "64.18", "9.02"), "<0.001"),
                           ("(t=2.652,P=0.009)", "2.652", ("7.12", "0.94", "7.68", "1.06"), "0.009")]:
        check(f, a, r, fits_word(t_ok(r, *args, 45, 45, pp)))
    check(f, "(χ²=6.482,P=0.011)", "6.482", fits_word(chi_ok([[2, 43], [9, 36]], "6.482", None, yates_too=True)))
    assert p_fits(*p_range_chi("6.482", 1), "0.011")  # its own p agrees: only the statistic is wrong
    # control 文化程度: counts add to 44 (one non-response), shares fit 45 only
    assert 14 + 16 + 14 == 44
    for a, r, k in [("12(26.7) 14(31.1)", "31.1", 14), ("16(35.6)", "35.6", 16), ("15(33.3) 14(31.1)", "31.1", 14)]:
        fits45 = rounds(F(100 * k, 45), r, "up")
        fits44 = any_round(F(100 * k, 44), r)
        check(f, a, r, "consistent_if" if fits45 and not fits44 else ("consistent" if fits44 else "inconsistent"))

    f = "03_jiuye_zhiliang_baogao.txt"
    assert 912 + 845 + 1036 + 607 + 462 == 3862 and 861 + 790 + 948 + 559 + 410 == 3568
    assert 2215 + 648 + 386 + 97 + 222 + 294 == 3862 and 2215 + 648 + 97 + 222 == 3182 == 3568 - 386
    g = fits_word(growth_ok(3862, 214, "6.2"))
    check(f, "比上届增加214人", "214", g)
    check(f, "增加214人,增长6.2%", "6.2%", g)
    assert [d for d in range(150, 300) if rounds(F(d, 3862 - d) * 100, "6.2", "up")] == [224, 225, 226, 227]
    m = fits_word(growth_ok(4863, 4863 - 4712, "3.2"))
    for a, r in [("平均月收入为4 863元", "4 863"), ("上届的4 712元", "4 712"), ("4 712元增长3.2%", "3.2%")]:
        check(f, a, r, m)
    check(f, "提高1.26个百分点", "1.26", fits_word(D("9.985") - D("8.735") <= D("1.26") <= D("9.995") - D("8.725")))
    assert not share_fits("93.09", 607)

    f = "04_hequ_tongji_gongbao.txt"
    urb = rounds(D("61.37") / D("86.42") * 100, "71.01", "up")
    for a, r in [("常住人口86.42万人", "86.42万"), ("其中城镇人口61.37万人", "61.37万"), ("常住人口城镇化率71.01%", "71.01%")]:
        check(f, a, r, fits_word(urb))
    prev = (D("61.37") - D("1.02")) / (D("86.42") - D("0.66")) * 100
    cur = D("61.37") / D("86.42") * 100
    check(f, "提高0.64个百分点", "0.64", fits_word(rounds(cur - prev, "0.64", "up")))
    gdp = D("31.85") + D("198.64") + D("281.87") == D("512.36")
    for a, r in [("地区生产总值512.36亿元", "512.36"), ("第一产业增加值31.85亿元", "31.85"), ("第二产业增加值198.64亿元", "198.64"),
                 ("第三产业增加值281.87亿元", "281.87")]:
        check(f, a, r, fits_word(gdp))
    for a, r, num in [("结构为6.2:38.8", "6.2", "31.85"), ("6.2:38.8:55.0", "38.8", "198.64"), ("38.8:55.0。", "55.0", "281.87")]:
        check(f, a, r, fits_word(rounds(D(num) / D("512.36") * 100, r, "up")))
    rev = rounds(D("2.47") / (D("38.76") - D("2.47")) * 100, "6.8", "up")
    for a, r in [("预算收入38.76亿元", "38.76"), ("比上年增加2.47亿元", "2.47"), ("2.47亿元,增长6.8%", "6.8%")]:
        check(f, a, r, fits_word(rev))
    tax = rounds(D("29.14") / D("38.76") * 100, "75.2", "up")
    check(f, "其中税收收入29.14亿元", "29.14", fits_word(tax))
    check(f, "比重为75.2%", "75.2%", fits_word(tax))
    ret = abs(D("152.38") + D("34.10") - D("186.47")) <= F(3, 200)
    for a, r in [("社会消费品零售总额186.47亿元", "186.47"), ("城镇消费品零售额152.38亿元", "152.38"), ("乡村消费品零售额34.10亿元", "34.10")]:
        check(f, a, r, fits_word(ret))
    road = 1912 <= 1846
    check(f, "公路总里程1 846公里", "1 846", fits_word(road))
    check(f, "农村公路1 912公里", "1 912", fits_word(road))
    inc = fits_word(growth_ok(41256, 2186, "5.9"))
    for a, r in [("人均可支配收入41 256元", "41 256"), ("比上年增加2 186元", "2 186"), ("2 186元,增长5.9%", "5.9%")]:
        check(f, a, r, inc)
    ds = [d for d in range(2000, 2500) if rounds(F(d, 41256 - d) * 100, "5.9", "up")]
    assert ds[0] == 2281 and ds[-1] == 2316, (ds[0], ds[-1])
    ratio = rounds(F(52418, 26037), "2.01", "up")
    for a, r in [("城镇居民人均可支配收入52 418元", "52 418"), ("农村居民人均可支配收入26 037元", "26 037"), ("城乡居民收入比为2.01", "2.01")]:
        check(f, a, r, fits_word(ratio))

    f = "05_laoren_shouji_wenjuanxing.txt"
    q6 = {1: 8, 2: 17, 3: 55, 4: 84, 5: 48}
    assert sum(q6.values()) == 212
    check(f, "本题平均分:3.69", "3.69", fits_word(rounds(F(sum(k * v for k, v in q6.items()), 212), "3.69", "up")))
    assert 44 + 61 + 35 + 19 + 4 == 163 and not share_fits("13.66", 163) and not share_fits("41.10", 212)

    f = "06_nongmingong_shuoshi_spss.txt"
    assert 52 + 139 + 117 + 44 == 352 and 352 + 9 == 361
    for a, r, run in [("14.8\n 3000-5000元", "14.8", 52), ("39.5 54.3", "54.3", 52 + 139), ("33.2 85.7", "85.7", 52 + 139 + 117),
                      ("12.5 100.0\n 合计", "100.0", 352)]:
        check(f, a, r, fits_word(rounds(F(100 * run, 352), r, "up")))
    check(f, "χ²=7.836,df=2", "7.836", fits_word(chi_ok([[88, 61, 47], [57, 52, 47]], "7.836", "0.020")))
    assert p_fits(*p_range_chi("7.836", 2), "0.020") and chi_ok([[88, 61, 47], [57, 52, 47]], "2.836", "0.242")
    for name, B, SE, beta, t, sig in [("(常量)", "1.842", ".215", None, "8.567", "0.000"), ("月收入", ".186", ".041", ".231", "4.537", "0.000"),
                                      ("居住时间", ".127", ".038", ".178", "3.342", "0.001"), ("社会交往", ".298", ".052", ".296", "5.731", "0.000"),
                                      ("受教育程度", ".043", ".036", ".061", "1.194", "0.233")]:
        b_, se_ = "0" + B if B.startswith(".") else B, "0" + SE
        bl, bh = interval(b_)
        sl, sh_ = interval(se_)
        ok = in_range(t, fl(bl / sh_), fl(bh / sl))
        plo, phi = p_range_t(t, 347)
        ok = ok and (p_fits(plo, phi, sig) or (sig == "0.000" and phi < 0.0005))
        check(f, f"{name} {B} {SE}", B, fits_word(ok))
        check(f, f"{B} {SE} " + (beta if beta else " " + t), SE, fits_word(ok))
        check(f, f"{beta} {t} " if beta else f"{SE}  {t}", t, fits_word(ok))
    Fr = [(fl(R) / 4) / ((1 - fl(R)) / 347) for R in interval("0.247")]
    assert 28.37 < min(Fr) < 28.39 and 28.52 < max(Fr) < 28.54
    check(f, "F=28.46", "28.46", fits_word(in_range("28.46", *Fr)))
    check(f, "R²=.247", ".247", fits_word(in_range("28.46", *Fr)))
    check(f, "调整后R²=.238", ".238", fits_word(rounds(1 - (1 - D("0.247")) * F(351, 347), "0.238", "up")))

    f = "07_danche_mindiao_weixin.txt"
    check(f, "抽样误差为正负2.8个百分点", "2.8", fits_word(rounds(F(Decimal(str(margin(1208)))), "2.8", "up")))
    check(f, "约为正负6.1个百分点", "6.1", fits_word(rounds(F(Decimal(str(margin(258)))), "6.1", "up")))
    check(f, "支持率上升了8.4个百分点", "8.4", fits_word(D("63.15") - D("55.85") <= D("8.4") <= D("63.25") - D("55.75")))
    check(f, "高3.6个百分点", "3.6", fits_word(D("64.85") - D("61.35") <= D("3.6") <= D("64.95") - D("61.25")))
    assert 502 + 448 + 258 == 587 + 621 == 1208 and 358 + 269 + 136 == 360 + 403 == 763
    assert [k for k in range(1209) if rounds(F(100 * k, 1208), "63.2", "up")] == [763, 764]
    assert [k for k in range(503) if rounds(F(100 * k, 502), "71.3", "up")] == [358]
    assert [k for k in range(449) if rounds(F(100 * k, 448), "60.0", "up")] == [269]
    assert share_fits("68.4", 763) >= {"up"} and share_fits("68.4", 764) == {"trunc"}
    assert share_fits("35.4", 503) >= {"up"} and share_fits("35.4", 502) == {"trunc"} and not share_fits("57.2", 258)

    f = "08_jiceng_dangjian_diaoyan.txt"
    others = ["71.8", "20.5", "46.2", "78.8", "15.4", "5.9", "52.4", "31.1", "12.1", "87.2",
              "84.2", "76.9", "40.3", "6.6", "61.5", "54.9", "45.1", "38.5"]
    smallest = next(b for b in range(1, 2000) if all(share_fits(x, b) for x in others))
    assert smallest == 273, smallest
    assert not share_fits("38.3", 273) and not share_fits("4.6", 273)
    assert D("20.5") + D("46.2") + D("38.3") == 105

    f = "09_yanjiusheng_xinli_xiangguan.txt"
    def r_p(r, n=32):
        r = abs(r)
        return p_t(r * math.sqrt(n - 2) / math.sqrt(1 - r * r), n - 2)
    for a, r, lo_thr, hi_thr in [("3.84 0.70 0.58**", "0.58", 0, 0.01), ("0.86 0.29 0.37*", "0.29", 0.05, 1),
                                 ("0.29 0.37* 1", "0.37", 0.01, 0.05), ("0.79 0.46** 0.34*", "0.46", 0, 0.01),
                                 ("0.46** 0.34* 0.51**", "0.34", 0.01, 0.05), ("0.34* 0.51** 1", "0.51", 0, 0.01),
                                 ("相关(r=0.46)", "0.46", 0, 0.01)]:
        a_, b_ = interval(r)
        ps = (r_p(fl(b_)), r_p(fl(a_)))  # p range over the rounding of r
        check(f, a, r, fits_word(ps[1] > lo_thr and ps[0] < hi_thr))
    for a, r, nk in [("学业自我效能 3.46", "3.46", 128), ("学习投入 3.84", "3.84", 64), ("睡眠质量 3.19", "3.19", 32),
                     ("生活满意度 3.52", "3.52", 32), ("(4.03±0.63)", "4.03", 36), ("(3.61±0.74)", "3.61", 28)]:
        check(f, a, r, fits_word(bool(grim(r, nk)) and 1 <= float(r) <= 5))
    assert 145 in grim("4.03", 36) and 101 in grim("3.61", 28) and 145 + 101 in grim("3.84", 64)
    check(f, "3.19 0.86", "0.86", "consistent" if grimmer("3.19", "0.86", 32) else "inconsistent")
    check(f, "3.52 0.79", "0.79", "not_checkable" if not grim("3.52", 32) else "?")
    sds = []
    for m1 in interval("4.03"):
        for m2 in interval("3.61"):
            for s1 in interval("0.63"):
                for s2 in interval("0.74"):
                    m = (18 * m1 + 14 * m2) / 32
                    ss = 17 * s1 ** 2 + 13 * s2 ** 2 + 18 * (m1 - m) ** 2 + 14 * (m2 - m) ** 2
                    sds.append(math.sqrt(fl(ss / 31)))
    check(f, "3.84 0.70 0.58", "0.70", fits_word(in_range("0.70", min(sds), max(sds))))
    check(f, "t(30)=1.734", "1.734", fits_word(t_ok("1.734", "4.03", "0.63", "3.61", "0.74", 18, 14, "0.093")))
    check(f, "t(30)=2.48", "2.48", fits_word(p_fits(*p_range_t("2.48", 30), "0.031")))

    f = "10_xiaochuan_cnki_youxiaolv.txt"
    check(f, "(χ²=5.508,P=0.019)", "5.508", fits_word(chi_ok([[59, 4], [50, 13]], "5.508", "0.019")))
    check(f, "(χ²=3.708,P=0.054)", "3.708", fits_word(chi_ok([[4, 59], [11, 52]], "3.708", "0.054")))
    check(f, "(χ²=6.12,df=2,P=0.047)", "6.12", fits_word(p_fits(*p_range_chi("6.12", 2), "0.047")))
    check(f, "对照组为19.05%", "19.05%", fits_word(rounds(F(1100, 63), "19.05", "up")))
    assert rounds(F(1200, 63), "19.05", "up")

    def or_ok(orv, lo_, hi_, pp):
        mids = [math.exp((math.log(fl(a)) + math.log(fl(b))) / 2) for a in interval(lo_) for b in interval(hi_)]
        se = (math.log(float(hi_)) - math.log(float(lo_))) / (2 * 1.96)
        z = math.log(math.sqrt(float(lo_) * float(hi_))) / se
        ci_p = p_fits(2 * stats.norm.sf(z * 1.02), 2 * stats.norm.sf(z * 0.98), pp)
        return in_range(orv, min(mids), max(mids)), ci_p
    for orv, lo_, hi_, pp, anchors in [
            ("2.84", "1.37", "5.89", "0.005", [("(OR=2.84,", "2.84"), ("95%CI:1.37~5.89", "1.37"), ("1.37~5.89,P", "5.89")]),
            ("1.96", "1.12", "3.43", "0.018", [("(OR=1.96,", "1.96"), ("95%CI:1.12~3.43", "1.12"), ("1.12~3.43,P", "3.43")]),
            ("3.72", "1.08", "2.65", "0.021", [("(OR=3.72,", "3.72"), ("95%CI:1.08~2.65", "1.08"), ("1.08~2.65,P", "2.65")])]:
        mid_ok, ci_p = or_ok(orv, lo_, hi_, pp)
        check(f, *anchors[0], fits_word(mid_ok and ci_p))
        check(f, *anchors[1], fits_word(ci_p))   # the bounds answer to the printed P
        check(f, *anchors[2], fits_word(ci_p))


NUM = r"\d+(?: \d{3})*(?:\.\d+)?"
SUM = re.compile(r"(?<![\w.])(" + NUM + r"(?: \+ " + NUM + r")+) = (" + NUM + r")(?![\d])")
FRAC = re.compile(r"(?<![\w./])(\d+)/(\d+) = (\d+\.\d+)%")
LE = re.compile(r"(?<![\w.])(" + NUM + r") <= (" + NUM + r")(?![\d])")


def check_why(row):
    why = row["why"]
    for m in SUM.finditer(why):
        parts = [F(Decimal(x.replace(" ", ""))) for x in m.group(1).split(" + ")]
        if sum(parts) != F(Decimal(m.group(2).replace(" ", ""))):
            fail(f"why sum wrong {row['file']} {row['anchor']!r}: {m.group(0)}")
    for m in FRAC.finditer(why):
        k, b, x = int(m.group(1)), int(m.group(2)), m.group(3)
        if not rounds(F(100 * k, b), x, "up"):
            fail(f"why fraction wrong {row['file']} {row['anchor']!r}: {m.group(0)}")
    for m in LE.finditer(why):
        if not D(m.group(1)) <= D(m.group(2)):
            fail(f"why bound wrong {row['file']} {row['anchor']!r}: {m.group(0)}")


def main():
    rows = list(csv.DictReader(open(HERE / "labels.csv", encoding="utf-8", newline="")))
    texts = {p.name: read_text(p) for p in sorted(HERE.glob("*.txt"))}
    raw = (HERE / "04_hequ_tongji_gongbao.txt").read_bytes()
    try:
        raw.decode("utf-8")
        fail("04 should be GB18030, not UTF-8")
    except UnicodeDecodeError:
        pass
    for name, t in texts.items():
        if not 800 <= len(t) <= 1300:
            fail(f"{name}: {len(t)} characters")
    run_checks()
    seen = set()
    per_file = {}
    for i, row in enumerate(rows, 2):
        f, a, rep = row["file"], row["anchor"], row["reported"]
        per_file.setdefault(f, []).append(row)
        if f not in texts:
            fail(f"line {i}: no file {f}")
            continue
        t = texts[f]
        if not 5 <= len(a) <= 40:
            fail(f"line {i}: anchor length {len(a)} {a!r}")
        if t.count(a) != 1:
            fail(f"line {i}: anchor occurs {t.count(a)} times {a!r}")
        j = span_of(t, a, rep)
        if j is None:
            rest = a.replace(rep, "", 1)
            if not (row["kind"] == "decoy" and rep in a and not re.search(r"\d", rest.replace(rep, ""))):
                fail(f"line {i}: reported {rep!r} not located in anchor {a!r}")
        key = (f, a, rep)
        if key in seen:
            fail(f"line {i}: duplicate label {key}")
        seen.add(key)
        kind, exp = row["kind"], row["expected"]
        if kind == "decoy":
            if row["value"] or exp != "n/a":
                fail(f"line {i}: decoy with value or verdict")
            continue
        if exp not in ("consistent", "inconsistent", "consistent_if", "not_checkable", "n/a"):
            fail(f"line {i}: expected {exp!r}")
        if kind not in ("percent", "count", "mean", "money", "rate", "sd", "test", "damaged"):
            fail(f"line {i}: kind {kind!r}")
        check_why(row)
        if key in CHECKS:
            got, _ = CHECKS.pop(key)
            if got != exp:
                fail(f"line {i}: {f} {rep} expected {exp}, recomputed {got}")
            continue
        if kind == "percent" and row["base"] and re.fullmatch(r"\d+", row["base"]) and exp in ("consistent", "consistent_if", "inconsistent"):
            fits = share_fits(row["value"], int(row["base"]))
            if exp == "consistent" and not fits & {"up", "even"}:
                fail(f"line {i}: {f} {rep} labelled consistent, fits {fits or 'nothing'} on {row['base']}")
            if exp == "consistent_if" and (not fits or fits & {"up", "even"}):
                fail(f"line {i}: {f} {rep} labelled consistent_if, fits {fits or 'nothing'} on {row['base']}")
            if exp == "inconsistent" and fits:
                fail(f"line {i}: {f} {rep} labelled inconsistent but fits {fits} on {row['base']}, and no check explains it")
            continue
        if exp in ("consistent", "consistent_if", "inconsistent") and kind != "count":
            fail(f"line {i}: {f} {rep} ({kind}, {exp}) has no recomputation")
        if kind == "count" and exp == "inconsistent":
            fail(f"line {i}: {f} {rep} count labelled inconsistent without a check")
        if kind == "count" and exp == "consistent" and not (SUM.search(row["why"]) or "<=" in row["why"]):
            fail(f"line {i}: {f} {rep} count labelled consistent without a sum in why")
    for key in CHECKS:
        fail(f"check without a label: {key}")
    for f, rs in per_file.items():
        if sum(r["kind"] == "decoy" for r in rs) < 5:
            fail(f"{f}: fewer than 5 decoys")
    if FAIL:
        print("\n".join(FAIL))
        print(f"{len(FAIL)} problems")
        sys.exit(1)
    kinds = {}
    for r in rows:
        kinds[(r["kind"], r["expected"])] = kinds.get((r["kind"], r["expected"]), 0) + 1
    print(f"{len(rows)} labels in {len(per_file)} files: all checks pass")
    for k in sorted(kinds):
        print(f"  {k[0]:8s} {k[1]:14s} {kinds[k]}")


if __name__ == "__main__":
    main()
