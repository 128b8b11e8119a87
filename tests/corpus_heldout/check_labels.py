"""Check labels.csv of the held-out set with exact arithmetic, without dangjian.

    python tests/corpus_heldout/check_labels.py

1. Format: every anchor is 5-40 characters, occurs exactly once in its decoded file, and
   holds `reported` where the scorer's span rule finds it (decoys whose number is followed
   by a '.' fall back to the whole anchor, which holds no other number); decoys have no
   value and expect n/a.
2. Shares: every percent label with a whole base is tested against k/base under half-up,
   half-even and truncation (Fraction): consistent needs half-up or half-even, consistent_if
   a fit under some rounding (or an assumption checked below), inconsistent no fit unless a
   check below names the reason.
3. Arithmetic written in `why`: every "a + b + ... = c" and every "k/b = x%" is recomputed.
4. Every other verdict (sums, growth, ratios, margins, GRIM/GRIMMER, means from counts,
   t from means and SDs, chi-square from counts, p from t/chi2/r, regression, odds-ratio
   CIs, the established base of file 04) is recomputed here and compared with `expected`.
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


def run_checks():
    f = "01_qingxi_tongji_gongbao.txt"
    def D(s):
        return F(Decimal(s))
    assert D("38.12") + D("96.47") + D("111.09") == D("245.68")
    assert D("21.86") + D("30.51") == D("52.37")
    assert D("61.27") + D("25.16") == D("86.43")
    for a, r in [("地区生产总值245.68亿元", "245.68"), ("第一产业增加值38.12亿元", "38.12"),
                 ("第二产业增加值96.47亿元", "96.47"), ("第三产业增加值111.09亿元", "111.09"),
                 ("户籍总人口52.37万人", "52.37万"), ("其中城镇人口21.86万人", "21.86万"),
                 ("乡村人口30.51万人", "30.51万"), ("社会消费品零售总额86.43亿元", "86.43"),
                 ("城镇消费品零售额61.27亿元", "61.27"), ("乡村消费品零售额25.16亿元", "25.16")]:
        check(f, a, r, "consistent")
    assert D("16.1") + D("38.7") + D("45.2") == 100
    for a, r, num in [("调整为15.5:39.3", "15.5", "38.12"), ("15.5:39.3:45.2。", "39.3", "96.47"), ("39.3:45.2。", "45.2", "111.09")]:
        check(f, a, r, fits_word(rounds(D(num) / D("245.68") * 100, r, "up")))
    check(f, "户籍人口城镇化率41.74%", "41.74%", fits_word(rounds(D("21.86") / D("52.37") * 100, "41.74", "up")))
    # natural growth rate per mille: year-end population, and the range of mean populations that give -0.74
    ok = rounds(F(4315 - 3926, 523700) * 1000, "0.74", "up")
    pops = [pp for pp in range(515000, 535000, 100) if rounds(F(4315 - 3926, pp) * 1000, "0.74", "up")]
    assert pops[0] == 522200 and pops[-1] == 529200, (pops[0], pops[-1])
    check(f, "人口自然增长率为-0.74‰", "-0.74‰", fits_word(ok))
    for a, r in [("上年的16.1:38.7", "16.1"), ("16.1:38.7:45.2调整", "38.7"), ("38.7:45.2调整为", "45.2")]:
        check(f, a, r, fits_word(abs(D("16.1") + D("38.7") + D("45.2") - 100) <= F(3, 20)))
    # grain: exclusive parts exceed total beyond rounding
    excess = D("11.08") + D("16.73") - D("27.64")
    g = "inconsistent" if excess > F(3, 200) else "consistent"
    for a, r in [("粮食总产量27.64万吨", "27.64万"), ("其中夏粮11.08万吨", "11.08万"), ("秋粮16.73万吨", "16.73万")]:
        check(f, a, r, g)
    check(f, "减少4家,下降5.6%", "5.6%", fits_word(rounds(F(4, 72) * 100, "5.6", "up")))
    road = any(rounds(F(118, 2846 - 118) * 100, "4.5", m) for m in ("up", "even", "trunc"))
    assert [d for d in range(100, 140) if rounds(F(d, 2846 - d) * 100, "4.5", "up")] == [122, 123]
    assert [L for L in range(2500, 2700) if rounds(F(118, L) * 100, "4.5", "up")] == list(range(2594, 2652))
    for a, r in [("公路通车里程2846公里", "2846"), ("比上年末增加118公里", "118"), ("增加118公里,增长4.5%", "4.5%")]:
        check(f, a, r, fits_word(road))
    check(f, "城乡居民收入比为2.11", "2.11", fits_word(rounds(F(41286, 19537), "2.11", "up")))
    priors = [F(41286, 19537) * (1 + gr) / (1 + gu) for gu in (D("0.0485"), D("0.0495")) for gr in (D("0.0715"), D("0.0725"))]
    cur = F(41286, 19537)
    drop_lo, drop_hi = min(priors) - cur, max(priors) - cur
    exact_ok = not (drop_hi < D("0.045") or drop_lo >= D("0.055"))
    rounded_ok = any(round(fl(x), 2) == 2.16 for x in priors) and round(fl(cur), 2) == 2.11
    check(f, "比上年缩小0.05", "0.05", "consistent_if" if (exact_ok or rounded_ok) else "inconsistent")

    f = "02_zhucan_wenjuanxing.txt"
    counts = {1: 2, 2: 7, 3: 19, 4: 46, 5: 29}
    n = sum(counts.values())
    assert n == 103 == 41 + 62
    total = sum(k * v for k, v in counts.items())
    check(f, "本题平均分:3.96", "3.96", fits_word(any(rounds(F(total, n), "3.96", m) for m in ("up", "even", "trunc"))))
    check(f, "口味不合适\t17\t30.19%", "30.19%", fits_word(any(rounds(F(1700, 53), "30.19", m) for m in ("up", "even", "trunc"))))

    f = "03_qingnian_jiuye_gongzhonghao.txt"
    sh = ["41.2", "33.5", "19.8", "12.6"]
    s = sum(D(x) for x in sh)
    v = fits_word(abs(s - 100) <= F(len(sh), 20))
    for a, r in [("在县内就业 41.2%", "41.2%"), ("在县外就业 33.5%", "33.5%"), ("自主创业 19.8%", "19.8%"), ("待业或正在找工作 12.6%", "12.6%")]:
        check(f, a, r, v)
    lo, hi = D("46.25") - D("37.45"), D("46.35") - D("37.35")
    check(f, "上升了9.9个百分点", "9.9", fits_word(lo <= D("9.9") <= hi))

    f = "04_zhengwu_manyidu_gongshi.txt"
    others = ["14.11", "25.15", "31.90", "18.40", "10.43", "53.99", "34.97", "11.04", "59.51", "31.29", "7.36",
              "1.84", "85.28", "14.72", "26.99", "29.45", "56.44", "35.58", "6.13", "1.84", "92.02"]
    smallest = next(b for b in range(1, 2000) if all(share_fits(x, b) for x in others))
    assert smallest == 163, smallest
    reach = len({fl(F(k * 100, 163)).__round__(2) for k in range(164)}) / 10001
    chance = reach ** len(others)
    assert 1e-38 < chance < 1e-37, chance
    for b in (163, 326, 489):
        assert not share_fits("45.36", b)
    q5 = D("26.99") + D("45.36") + D("29.45")
    check(f, "偶尔使用45.36%", "45.36%", fits_word(abs(q5 - 100) <= F(3, 200)))

    f = "05_houbei_ganbu_diaoyan.txt"
    ok = any(rounds(F(54800, b), "92.1", m) for b in (571, 600) for m in ("up", "even", "trunc"))
    check(f, "有效率92.1%", "92.1%", fits_word(ok))
    assert [b for b in range(560, 620) if rounds(F(54800, b), "92.1", "up")] == [595]
    check(f, "后备干部之比为1.6:1", "1.6", fits_word(rounds(F(126, 87), "1.6", "up") or rounds(F(87, 126), "1.6", "up")))
    assert [x for x in range(120, 150) if rounds(F(x, 87), "1.6", "up")] == list(range(135, 144))
    for a, r in [("选出35名作为重点培养对象", "35"), ("这35名重点培养对象中", "35"), ("集中培训的有41人", "41")]:
        check(f, a, r, fits_word(41 <= 35))
    assert 21 + 17 + 13 + 36 == 87

    f = "06_diandongche_minyi_xinwen.txt"
    check(f, "抽样误差为正负3.1个百分点", "3.1", fits_word(rounds(F(Decimal(str(margin(1026)))), "3.1", "up")))
    ok = any(rounds(F(Decimal(str(margin(287, z)))), "3.8", "up") for z in (1.645, 1.96, 2.576))
    check(f, "误差约为正负3.8个百分点", "3.8", fits_word(ok))
    assert 176 + 237 + 150 == 563 and 563 + 320 + 143 == 1026 and 287 + 420 + 319 == 1026
    assert [k for k in range(1027) if rounds(F(k * 100, 1026), "31.2", "up")] == [320]
    check(f, "支持率上升了6.3个百分点", "6.3", fits_word(D("54.85") - D("48.65") <= D("6.3") <= D("54.95") - D("48.55")))

    f = "07_lajifenlei_doc88.txt"
    check(f, "(非常满意+满意)达81.9%", "81.9%", fits_word(rounds(F(27700, 347), "81.9", "up")))
    assert not share_fits("81.9", 347)

    f = "08_xingfugan_baogao.txt"
    check(f, "两者相差4.5个百分点", "4.5", fits_word(D("73.25") - D("68.85") <= D("4.5") <= D("73.35") - D("68.75")))
    check(f, "平均得分为7.36分", "7.36", fits_word(bool(grim("7.36", 842))))

    f = "09_yuedu_lunwen_pinshu.txt"
    chi, p = chi2_table([[61, 83, 40, 21], [36, 85, 49, 28]])
    check(f, "χ²=8.258,P=0.041", "8.258", fits_word(rounds(F(Decimal(str(chi))), "8.258", "up") and p_fits(p, p, "0.041")))
    lo, hi = p_range_chi("9.862", 2)
    check(f, "χ²=9.862,df=2,P=0.021", "9.862", fits_word(p_fits(lo, hi, "0.021")))
    check(f, "53.7\n教辅类 118", "53.7", fits_word(any(rounds(F(21700, 412), "53.7", m) for m in ("up", "even", "trunc"))))
    assert share_fits("38.8", 198) == {"trunc"}

    f = "10_naozuzhong_huli_lunwen.txt"
    for a, sa, mean, sd in [("年龄(63.81±7.42)岁", "(63.81±7.42)岁", "63.81", "7.42"),
                            ("年龄(64.53±7.96)岁", "(64.53±7.96)岁", "64.53", "7.96"),
                            ("观察组FMA评分(38.47±6.25)", "(38.47±6.25)分", "38.47", "6.25"),
                            ("对照组(38.91±6.03)分", "(38.91±6.03)分", "38.91", "6.03"),
                            ("观察组(62.35±7.18)分", "(62.35±7.18)分", "62.35", "7.18"),
                            ("对照组(51.24±6.94)分", "(51.24±6.94)分", "51.24", "6.94"),
                            ("观察组MBI评分(41.28±8.37)", "(41.28±8.37)分", "41.28", "8.37"),
                            ("对照组(40.93±8.61)分", "(40.93±8.61)分", "40.93", "8.61"),
                            ("观察组(72.44±9.16)分", "(72.44±9.16)分", "72.44", "9.16"),
                            ("对照组(63.37±9.48)分", "(63.37±9.48)分", "63.37", "9.48")]:
        ok = bool(grim(mean, 43))
        check(f, a, mean, fits_word(ok))
        check(f, sa, sd, ("consistent" if grimmer(mean, sd, 43) else "inconsistent") if ok else "not_checkable")
    chi, p = chi2_table([[25, 18], [23, 20]])
    check(f, "性别(χ2=0.189,P=0.664)", "0.189", fits_word(rounds(F(Decimal(str(chi))), "0.189", "up") and p_fits(p, p, "0.664")))
    for a, r, args, pp in [("年龄(t=0.434,P=0.665)", "0.434", ("63.81", "7.42", "64.53", "7.96"), "0.665"),
                           ("病程(t=0.713,P=0.478)", "0.713", ("12.6", "3.1", "13.1", "3.4"), "0.478"),
                           ("(t=0.332,P=0.741)", "0.332", ("38.47", "6.25", "38.91", "6.03"), "0.741"),
                           ("(t=7.296,P＜0.001)", "7.296", ("62.35", "7.18", "51.24", "6.94"), "<0.001"),
                           ("(t=0.191,P=0.849)", "0.191", ("41.28", "8.37", "40.93", "8.61"), "0.849"),
                           ("(t=4.512,P=0.012)", "4.512", ("72.44", "9.16", "63.37", "9.48"), "0.012")]:
        lo, hi = t_from_means(*args, 43, 43)
        plo, phi = p_range_t(r, 84)
        check(f, a, r, fits_word(in_range(r, lo, hi) and p_fits(plo, phi, pp)))
    assert not any(p_fits(*p_range_t("4.512", d), "0.012") for d in range(1, 2000))
    chi, p = chi2_table([[2, 41], [7, 36]])
    chy, py = stats.chi2_contingency(np.array([[2, 41], [7, 36]]), correction=True)[:2]
    pf = stats.fisher_exact([[2, 41], [7, 36]])[1]
    assert round(chi, 3) == 3.102 and p > 0.05 and py > 0.05 and pf > 0.05 and round(pf, 3) == 0.156
    check(f, "(χ2=3.102,P＜0.05)", "3.102", fits_word(p < 0.05))
    chi, p = chi2_table([[41, 2], [35, 8]])
    exp = stats.chi2_contingency(np.array([[41, 2], [35, 8]]), correction=False)[3]
    assert exp.min() >= 5
    check(f, "(χ2=4.074,P=0.044)", "4.074", fits_word(rounds(F(Decimal(str(chi))), "4.074", "up") and p_fits(p, p, "0.044")))

    f = "11_shehui_zhichi_juandai.txt"
    def r_p(r, n=486):
        r = abs(r)
        return p_t(r * math.sqrt(n - 2) / math.sqrt(1 - r * r), n - 2)
    for a, r, thr in [("0.63 0.47** 1", "0.47", 0.01), ("-0.36** -0.42**", "-0.36", 0.01), ("-0.36** -0.42**", "-0.42", 0.01),
                      ("1.03 0.12** 0.09*", "0.12", 0.01), ("0.12** 0.09* -0.08*", "0.09", 0.05), ("0.09* -0.08* 1", "-0.08", 0.05)]:
        a_, b_ = interval(r.lstrip("-"))
        check(f, a, r, fits_word(min(r_p(fl(a_)), r_p(fl(b_))) < thr))
    for a, r, lo_, hi_ in [("社会支持 3.62 0.58", "3.62", 1, 5), ("心理韧性 3.41 0.63", "3.41", 1, 5),
                           ("学习倦怠 2.78 0.71", "2.78", 1, 5), ("每周运动时长 2.15 1.03", "2.15", 1, 5)]:
        # item means: any mean of k items is a multiple of 1/(486k), so GRIM on 486 is the weakest case
        check(f, a, r, fits_word(bool(grim(r, 486)) and lo_ <= float(r) <= hi_))
    for a, r in [("社会支持 3.62 0.58", "0.58"), ("心理韧性 3.41 0.63", "0.63"), ("学习倦怠 2.78 0.71", "0.71"), ("每周运动时长 2.15 1.03", "1.03")]:
        m = float(a.split()[1])
        sd_max = math.sqrt((m - 1) * (5 - m)) * math.sqrt(486 / 485)
        check(f, a, r, fits_word(0 < float(r) <= sd_max))
    check(f, "β=0.47,t=9.261", "0.47", "consistent")  # simple regression: standardised beta = r, printed r = 0.47
    check(f, "直接效应值为-0.175", "-0.175", "consistent")  # the beta of 社会支持 in table 3, printed -0.175
    t_r = [fl(x) * math.sqrt(484) / math.sqrt(1 - fl(x) ** 2) for x in interval("0.47")]
    t_b = (fl(interval("0.511")[0] / interval("0.044")[1]), fl(interval("0.511")[1] / interval("0.044")[0]))
    check(f, "t=9.261,P<0.001", "9.261", fits_word(in_range("9.261", *t_b) or in_range("9.261", *t_r)))
    b_rng = (fl(interval("0.47")[0] * interval("0.63")[0] / interval("0.58")[1]), fl(interval("0.47")[1] * interval("0.63")[1] / interval("0.58")[0]))
    check(f, "(B=0.511,SE=0.044", "0.511", fits_word(in_range("0.511", *b_rng)))
    se_rng = (fl(interval("0.511")[0]) / max(t_r), fl(interval("0.511")[1]) / min(t_r))
    check(f, "SE=0.044,β=0.47", "0.044", fits_word(in_range("0.044", *se_rng)))
    for (ab, B), (asd, SE), (abeta, beta), (at, tt), sdx, pp in [
            (("社会支持 -0.214 0.058", "-0.214"), ("-0.214 0.058 -0.175", "0.058"), ("-0.175 -3.690", "-0.175"), ("-0.175 -3.690", "-3.690"), "0.58", "<0.001"),
            (("心理韧性 -0.385 0.054", "-0.385"), ("-0.385 0.054 -0.342", "0.054"), ("-0.342 -7.130", "-0.342"), ("-0.342 -7.130", "-7.130"), "0.63", "<0.001"),
            (("每周运动时长 -0.031 0.027", "-0.031"), ("-0.031 0.027 -0.045", "0.027"), ("-0.045 -1.148", "-0.045"), ("-0.045 -1.148 0.252", "-1.148"), "1.03", "0.252")]:
        bl, bh = interval(B.lstrip("-"))
        sl, sh_ = interval(SE)
        t_ok = in_range(tt, fl(bl / sh_), fl(bh / sl))
        plo, phi = p_range_t(tt, 482)
        check(f, at, tt, fits_word(t_ok and p_fits(plo, phi, pp)))
        xl, xh = interval(sdx)
        yl, yh = interval("0.71")
        beta_ok = in_range(beta, fl(bl * xl / yh), fl(bh * xh / yl))
        check(f, abeta, beta, fits_word(beta_ok))
        check(f, ab, B, fits_word(t_ok and beta_ok))
        check(f, asd, SE, fits_word(t_ok))
    Fr = [(fl(R) / 3) / ((1 - fl(R)) / 482) for R in interval("0.203")]
    check(f, "F(3,482)=40.91", "40.91", fits_word(in_range("40.91", *Fr)))
    check(f, "R²=0.203", "0.203", fits_word(in_range("40.91", *Fr)))
    check(f, "调整R²=0.198", "0.198", fits_word(any(rounds(F(1) - (1 - R) * F(485, 482), "0.198", "up") for R in (F(2025, 10000), F(203, 1000), F(2035, 10000)))))
    check(f, "间接效应值为-0.161", "-0.161", fits_word(rounds(F(47, 100) * F(342, 1000), "0.161", "up")))
    check(f, "总效应值为-0.336", "-0.336", fits_word(D("0.175") + D("0.161") == D("0.336")))
    lo = interval("0.161")[0] / interval("0.336")[1] * 100
    hi = interval("0.161")[1] / interval("0.336")[0] * 100
    check(f, "占总效应的52.1%", "52.1%", fits_word(lo <= D("52.1") <= hi))

    f = "12_laonian_diedao_cnki.txt"
    tabs = {"sex": [[104, 479], [158, 507]], "age": [[98, 514], [104, 347], [60, 125]],
            "live": [[51, 122], [211, 864]], "chronic": [[123, 638], [139, 348]]}
    printed = {"sex": ("6.565", "0.010"), "age": ("14.862", "<0.001"), "live": ("8.720", "0.003"), "chronic": ("27.437", "<0.001")}
    verdict = {}
    for k, t in tabs.items():
        chi, p = chi2_table(t)
        verdict[k] = fits_word(rounds(F(Decimal(str(chi))), printed[k][0], "up") and p_fits(p, p, printed[k][1]))
    check(f, "(χ~2=6.565,P=0.010)", "6.565", verdict["sex"])
    check(f, "17.84 6.565 0.010", "6.565", verdict["sex"])
    check(f, "(χ~2=8.720,P=0.003)", "8.720", verdict["live"])
    check(f, "29.48 8.720 0.003", "8.720", verdict["live"])
    check(f, "16.01 14.862 <0.001", "14.862", verdict["age"])
    check(f, "15.16 27.437 <0.001", "27.437", verdict["chronic"])
    assert 583 + 665 == 612 + 451 + 185 == 173 + 1075 == 761 + 487 == 1248
    assert 104 + 158 == 98 + 104 + 60 == 51 + 211 == 123 + 139 == 262

    def or_ok(orv, lo_, hi_, pp):
        mids = [math.exp((math.log(fl(a)) + math.log(fl(b))) / 2) for a in interval(lo_) for b in interval(hi_)]
        mid_ok = in_range(orv, min(mids), max(mids))
        se = (math.log(float(hi_)) - math.log(float(lo_))) / (2 * 1.96)
        z = math.log(float(orv)) / se
        return mid_ok and p_fits(2 * stats.norm.sf(z * 1.02), 2 * stats.norm.sf(z * 0.98), pp)
    v1 = fits_word(or_ok("2.41", "1.63", "3.56", "<0.001"))
    v2 = fits_word(or_ok("1.62", "1.18", "2.23", "0.003"))
    for a, r in [("(OR=2.41,95%CI:1.63~3.56)、", "2.41"), ("95%CI:1.63~3.56)、", "1.63"), ("1.63~3.56)、独居", "3.56"),
                 ("年龄≥80岁(OR=2.41,95%CI:1.63~3.56,P", "2.41"), ("1.63~3.56,P<0.001", "1.63"), ("1.63~3.56,P<0.001", "3.56")]:
        check(f, a, r, v1)
    for a, r in [("独居(OR=1.62,95%CI:1.18~2.23)是", "1.62"), ("95%CI:1.18~2.23)是", "1.18"), ("1.18~2.23)是跌倒", "2.23"),
                 ("和独居(OR=1.62,95%CI", "1.62"), ("1.18~2.23,P=0.003", "1.18"), ("1.18~2.23,P=0.003", "2.23")]:
        check(f, a, r, v2)
    check(f, "761 123 15.16", "15.16", fits_word(any(rounds(F(12300, 761), "15.16", m) for m in ("up", "even", "trunc"))))


NUM = r"\d+(?: \d{3})*(?:\.\d+)?"
SUM = re.compile(r"(?<![\w.])(" + NUM + r"(?: \+ " + NUM + r")+) = (" + NUM + r")(?![\d])")
FRAC = re.compile(r"(?<![\w./])(\d+)/(\d+) = (\d+\.\d+)%")


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


def main():
    rows = list(csv.DictReader(open(HERE / "labels.csv", encoding="utf-8", newline="")))
    texts = {p.name: read_text(p) for p in sorted(HERE.glob("*.txt"))}
    raw = (HERE / "04_zhengwu_manyidu_gongshi.txt").read_bytes()
    try:
        raw.decode("utf-8")
        fail("04 should be GB18030, not UTF-8")
    except UnicodeDecodeError:
        pass
    for name, t in texts.items():
        if not 800 <= len(t) <= 3000:
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
