"""Self-checking exercises for the case study (notebooks 10 and 11).

Twelve exercises walk a student through the audit of the report, from one
percentage to the whole ledger::

    from dangjian.compendium.exercises import brief, check
    print(brief("01"))
    answer_01 = ...          # the student's answer
    check("01", answer_01)   # prints "✓ Correct." or "✗ Not yet. Hint: …"

:func:`check` prints one line of plain text and returns None:

* ``✓ Correct.`` when the answer matches;
* ``✗ Not yet. Hint: …`` when it does not, or has the wrong type (a
  string where a number is asked for, ...): a hint, never a traceback;
* ``… No answer yet. Hint: …`` when the answer is ``...`` (Ellipsis, the
  notebook's placeholder) or None.

The expected answers are not stored anywhere: each is computed when
:func:`check` runs, from the package's data (:func:`dangjian.load_claims`,
:func:`dangjian.load_table`, :func:`dangjian.load_audit`) and functions
(:func:`dangjian.grim`, :func:`dangjian.proportion_interval`, ...).  They
are never printed, never put into an exception or a repr: a hint is fixed
text, and a last guard replaces any hint that would show the expected
value with a neutral one.

Tolerances
----------
========  ==========================================================
01, 07    a percentage, within 0.005 percentage points of the exact
          share (65.16 and 65.1613 pass, 65.17 does not)
02        each bound within 0.0002 (0.02 percentage points), in
          percent or as proportions (the two bounds on one scale);
          Agresti-Coull's interval agrees with Wilson's that closely
          here and passes, Clopper-Pearson's and Jeffreys' do not
03        a bool, exactly
04, 12    a whole number, exactly (an int or an integral float)
05, 06    a township label, case and surrounding spaces ignored
08, 11    one letter, case, spaces, brackets and a final "." ignored
09        a letter as above and the printed 均值, exactly
10        the sum exactly and a bool
========  ==========================================================

References
----------
The report's sections 一(一), 一(二), 二(二) and 二(三); Brown & Heathers
(2017) for GRIM; Wilson (1927) for the interval.
"""

from __future__ import annotations

import math
import numbers
import re
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from types import SimpleNamespace

import numpy as np

__all__ = ["CORRECT", "NOT_YET", "NO_ANSWER", "exercise_ids", "brief", "check"]

#: What :func:`check` prints for a correct answer.
CORRECT = "✓ Correct."
#: How :func:`check` starts a wrong answer's line.
NOT_YET = "✗ Not yet. Hint: "
#: How :func:`check` starts the line of an exercise not answered yet.
NO_ANSWER = "… No answer yet. Hint: "

_FORMS = "发放测评表(份)"
_TRUTH_BLOCK = "述职报告真实情况"
_RATING_BLOCK = "测评意见"
_NEUTRAL = "Re-read the brief and try again."


class _WrongType(Exception):
    """An answer of the wrong shape; its message is a hint (no solution in it)."""


class _Unanswerable(Exception):
    """The package's data do not give one expected answer (a bug to report)."""


# --- the report's data, loaded once per session ------------------------------------


@lru_cache(maxsize=1)
def _report() -> SimpleNamespace:
    from .. import pipeline

    result = pipeline.load_clean()
    table = pipeline.load_table(result)
    return SimpleNamespace(result=result, table=table, claims=pipeline.load_claims(result))


@lru_cache(maxsize=1)
def _audit():
    from .checks import check_ledger

    r = _report()
    return check_ledger(r.claims, r.table, r.result)


def _claim(claim_id: str) -> str:
    """A claim's printed value (without "%")."""
    claims = _report().claims.set_index("claim_id")
    return str(claims.loc[claim_id, "reported"]).rstrip("%")


def _survey() -> tuple[int, int]:
    """The count and base of "认为'较好'以上的有202人,占65.16%" (claim C10)."""
    claims = _report().claims.set_index("claim_id")
    row = claims.loc["C10"]
    return int(_claim(row["numerator"])), int(_claim(row["denominator"]))


def _cells() -> dict[str, dict[str, Fraction]]:
    """The table as ``{item: {township: exact value}}``."""
    cells: dict[str, dict[str, Fraction]] = {}
    for row in _report().table.data.itertuples():
        cells.setdefault(row.item, {})[row.township] = Fraction(Decimal(str(row.value)))
    return cells


def _block_items(block: str) -> list[str]:
    data = _report().table.data
    return list(dict.fromkeys(data.loc[data["block"] == block, "item"]))


def _block_sums(block: str) -> dict[str, Fraction]:
    cells = _cells()
    townships = list(cells[_FORMS])
    return {t: sum((cells[item][t] for item in _block_items(block)), Fraction(0)) for t in townships}


def _answers_check(block: str, township: str):
    """The block's answers in one township against its forms (one answer per form, item non-response allowed)."""
    from ..engine.consistency import answers_vs_forms

    cells = _cells()
    return answers_vs_forms([cells[item][township] for item in _block_items(block)], cells[_FORMS][township])


def _printed_means() -> dict[str, str]:
    means = _report().table.means
    return dict(zip(means["item"], means["reported"].astype(str)))


def _one(values: list, what: str):
    if len(values) != 1:
        raise _Unanswerable(f"expected exactly one {what}, the data give {len(values)}")
    return values[0]


# --- the expected answers (computed at check time) -----------------------------------


def _pct(num, den) -> Fraction:
    return 100 * Fraction(num) / Fraction(den)


def _expect_percent() -> Fraction:
    return _pct(*_survey())


def _intervals() -> dict[str, tuple[float, float]]:
    from ..engine.metrics import proportion_interval

    count, nobs = _survey()
    methods = ("wilson", "agresti_coull", "beta", "normal", "jeffreys", "binom_test")
    return {m: tuple(float(b) for b in proportion_interval(count, nobs, method=m)) for m in methods}


def _expect_interval() -> tuple[float, float]:
    return _intervals()["wilson"]


def _expect_grim() -> bool:
    from ..engine.consistency import grim

    _, nobs = _survey()
    return bool(grim("65.17", nobs, percent=True))


def _expect_smallest_n() -> int:
    from ..engine.consistency import smallest_n

    n = smallest_n(_claim("C20"))  # 满意率为93.5%
    if n is None:
        raise _Unanswerable("no sample size prints the satisfaction rate")
    return int(n)


def _expect_truth_gap() -> str:
    forms = _cells()[_FORMS]
    return _one([t for t in forms if _answers_check(_TRUTH_BLOCK, t).verdict != "consistent"], "township whose truthfulness categories miss its forms")


def _expect_excess_ratings() -> str:
    forms = _cells()[_FORMS]
    return _one([t for t in forms if _answers_check(_RATING_BLOCK, t).verdict == "inconsistent"], "township with more ratings than forms")


def _truth_rates() -> dict[str, Fraction]:
    """Candidate "overall 真实 rates" in percent, by how they are computed."""
    cells = _cells()
    truth, forms = cells["真实"], cells[_FORMS]
    from ..engine.metrics import overall_rates

    answered = _block_sums(_TRUTH_BLOCK)
    means = _printed_means()
    townships = list(forms)
    fairly = [truth[t] + cells["比较真实"][t] for t in townships]
    issued = overall_rates([truth[t] for t in townships], [forms[t] for t in townships])
    return {
        "pooled": 100 * issued["pooled"],
        "mean_of_rates": 100 * issued["mean_of_rates"],
        "of_answered": 100 * overall_rates([truth[t] for t in townships], [answered[t] for t in townships])["pooled"],
        "with_fairly": 100 * overall_rates(fairly, [forms[t] for t in townships])["pooled"],
        "rounded_means": _pct(Fraction(means["真实"]), Fraction(means[_FORMS])),
    }


def _expect_pooled() -> Fraction:
    return _truth_rates()["pooled"]


# Options of the multiple-choice exercises: (letter, text, key).  The key
# names a computation; the expected letter is the one option whose
# computation holds, never typed in.
_OPTIONS_08 = (
    ("A", "它是七个乡镇“真实”比例的简单平均。 · It is the unweighted mean of the seven townships' 真实 rates.", "mean_of_rates"),
    ("B", "它是“真实”占已作答表格(四类之和)的比例。 · It is 真实 as a share of the forms answered (the four categories added up).", "of_answered"),
    ("C", "它是“真实”加“比较真实”占全部发放表格的比例。 · It is 真实 plus 比较真实 as a share of all forms issued.", "with_fairly"),
    ("D", "它是两个已经取整的均值之比:“真实”的均值 ÷ “发放测评表(份)”的均值。 · "
     "It is the ratio of two already rounded 均值: the printed mean of 真实 over the printed mean of forms issued.", "rounded_means"),
)
_OPTIONS_09 = (
    ("A", "四舍五入 · half-up: to the nearest whole number, halves up.", "up"),
    ("B", "进一法 · ceiling: always up to the next whole number.", "ceiling"),
    ("C", "去尾法 · truncation: the decimals dropped.", "trunc"),
)
_OPTIONS_11 = (
    ("A", "362 份分给了全部 21 个乡镇,每乡镇约 51 份。 · The 362 forms went to all 21 townships, about 51 each.", "spread_over_stated"),
    ("B", "362 份和“平均每乡镇51份”都只来自表中的乡镇;这些数字描述的不是 21 个乡镇。 · "
     "The 362 forms and the average of 51 both come from the table's townships alone; the numbers do not describe 21 townships.", "table_only"),
    ("C", "表中的乡镇只是 21 个中的一部分,362 份覆盖全部 21 个乡镇。 · The table shows some of the 21 townships; the 362 forms cover all 21.", "table_is_part"),
    ("D", "统计表原有 21 列,抓取时丢失了其余各列。 · The table had 21 columns and the scrape lost the others.", "columns_lost"),
)


def _expect_gap_letter() -> str:
    from ..engine.consistency import reround

    rates = _truth_rates()
    printed = _claim("C43")  # “真实”达40份,占78.43%
    digits = len(printed.partition(".")[2])
    holds = {key: printed in reround(rates[key], digits) for _, _, key in _OPTIONS_08}
    return _one([letter for letter, _, key in _OPTIONS_08 if holds[key]], "explanation of 78.43%")


def _mean_rules():
    from .checks import mean_column_convention

    return mean_column_convention(_report().table).set_index("rounding")


def _expect_rounding() -> tuple[str, str]:
    rules = _mean_rules()
    broken = {letter: int(rules.loc[key, "n_broken"]) for letter, _, key in _OPTIONS_09}
    fewest = min(broken.values())
    letter = _one([k for k, v in broken.items() if v == fewest], "rounding rule that explains the most 均值")
    if fewest != 1:
        raise _Unanswerable(f"the best rounding rule breaks {fewest} 均值, not one")
    key = dict((k, m) for k, _, m in _OPTIONS_09)[letter]
    return letter, str(rules.loc[key, "first_broken_printed"])


def _of_which() -> tuple[list[str], str]:
    """The parts and the stated total of the 其中 list (the audit's of_which_sum check)."""
    audit = _audit()
    ids = _one(list(audit.loc[audit["check"] == "of_which_sum", "claim_ids"]), "其中 list").split()
    total, parts = ids[0], ids[1:]
    return [_claim(p) for p in parts], _claim(total)


def _expect_of_which() -> tuple[int, bool]:
    from ..engine.consistency import sum_check

    parts, total = _of_which()
    result = sum_check(parts, total)
    return int(result.parts_sum), bool(result.consistent)


def _expect_townships_letter() -> str:
    forms = _cells()[_FORMS]
    stated_townships = int(_claim("C39"))  # 全县21个乡镇党委
    stated_forms = int(_claim("C40"))  # 共发放……测评表362份
    stated_mean = int(_claim("C41"))  # 平均每乡镇发放51份
    in_table = sum(forms.values())
    holds = {
        "spread_over_stated": round(Fraction(stated_forms, stated_townships)) == stated_mean,
        "table_only": in_table == stated_forms and abs(in_table / len(forms) - stated_mean) < 1,
        "table_is_part": len(forms) < stated_townships and in_table < stated_forms,
        "columns_lost": len(forms) == stated_townships,
    }
    return _one([letter for letter, _, key in _OPTIONS_11 if holds[key]], "reading of the 21 townships")


def _expect_inconsistent() -> int:
    return int((_audit()["verdict"] == "inconsistent").sum())


# --- reading answers -----------------------------------------------------------------


def _kind(answer) -> str:
    """"a str", "an int": the answer's type with its article, for a hint."""
    name = type(answer).__name__
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


def _number(answer, what: str = "a number such as 12.34") -> Fraction:
    if isinstance(answer, (bool, np.bool_)):
        raise _WrongType(f"give {what}, not a bool.")
    if isinstance(answer, Decimal):
        if not answer.is_finite():
            raise _WrongType(f"give {what} (a finite one).")
        return Fraction(answer)
    if isinstance(answer, numbers.Real):
        value = float(answer) if not isinstance(answer, (int, Fraction)) else answer
        if isinstance(value, float) and not math.isfinite(value):
            raise _WrongType(f"give {what} (a finite one).")
        return Fraction(value)
    if isinstance(answer, str):
        raise _WrongType(f"give {what}, without quotes (this is a string).")
    raise _WrongType(f"give {what}, not {_kind(answer)}.")


def _whole(answer) -> int:
    value = _number(answer, "a whole number")
    if value.denominator != 1:
        raise _WrongType("give a whole number.")
    return int(value)


def _bool(answer) -> bool:
    if isinstance(answer, (bool, np.bool_)):
        return bool(answer)
    raise _WrongType(f"give a bool, written without quotes, not {_kind(answer)}.")


def _pair(answer, what: str) -> tuple:
    if isinstance(answer, (str, bytes, dict)) or not hasattr(answer, "__len__") or not hasattr(answer, "__getitem__"):
        raise _WrongType(f"give a pair in brackets, {what}.")
    if len(answer) != 2:
        raise _WrongType(f"give a pair of exactly two values, {what}.")
    return answer[0], answer[1]


def _label(answer, what: str) -> str:
    if isinstance(answer, (list, tuple, set, frozenset)) and len(answer) == 1:
        answer = next(iter(answer))
    if not isinstance(answer, str):
        raise _WrongType(f"give {what}, as a string in quotes, not {_kind(answer)}.")
    return answer.strip()


def _letter(answer, options) -> str:
    text = _label(answer, "one option letter")
    letter = text.strip("()（）[]. ").upper()
    if letter not in {o[0] for o in options}:
        raise _WrongType("give one of the option letters listed in the brief, in quotes.")
    return letter


def _close(value: Fraction, target, tol: str) -> bool:
    return abs(value - Fraction(target)) <= Fraction(tol)


# --- judging (correct?, specific hint or None) ------------------------------------------


def _judge_percent(answer, expected, *, extra: Callable[[Fraction], str | None] | None = None):
    value = _number(answer)
    if _close(value, expected, "0.005"):
        return True, None
    if _close(100 * value, expected, "0.5"):
        return False, "that looks like a proportion; give the percentage (100 × part ÷ base)."
    if extra is not None and (hint := extra(value)):
        return False, hint
    return False, None


def _judge_01(answer, expected):
    count, nobs = _survey()

    def swapped(value):
        if value and _close(value, _pct(nobs, count), "0.005"):
            return "part and base are swapped: divide the respondents who chose the answer by all respondents."
        return None

    return _judge_percent(answer, expected, extra=swapped)


_METHOD_NAMES = {
    "beta": "Clopper-Pearson (beta)",
    "normal": "normal-approximation (Wald)",
    "jeffreys": "Jeffreys",
    "binom_test": "binomial-test",
    "agresti_coull": "Agresti-Coull",
}


def _judge_02(answer, expected):
    low, high = (_number(x) for x in _pair(answer, "(lower, upper)"))
    if low > high:
        return False, "give the lower bound first: (lower, upper)."
    if low > Fraction(3, 2) or high > Fraction(3, 2):  # percent: bring to proportions
        low, high = low / 100, high / 100
    tol = "0.0002"
    if _close(low, expected[0], tol) and _close(high, expected[1], tol):
        return True, None
    for method, bounds in _intervals().items():
        if method != "wilson" and _close(low, bounds[0], tol) and _close(high, bounds[1], tol):
            return False, f"that is the {_METHOD_NAMES[method]} interval; the exercise asks for Wilson's score interval."
    if _close(low, expected[0], "0.002") and _close(high, expected[1], "0.002"):
        return False, "close: keep at least two decimals in percent (four as proportions)."
    return False, None


def _judge_03(answer, expected):
    return _bool(answer) == expected, None


def _judge_04(answer, expected):
    from ..engine.consistency import grim

    n = _whole(answer)
    if n == expected:
        return True, None
    if n < 1:
        return False, "a sample has at least one respondent."
    if grim(_claim("C20"), n, percent=True):
        return False, "that sample size can print the rate, but a smaller one can too: look for the smallest."
    return False, "with that sample size no whole count of respondents prints as the rate; try others."


def _judge_township(answer, expected, *, block: str):
    township = _label(answer, "a township label as printed in the table")
    forms = _cells()[_FORMS]
    labels = {t.upper(): t for t in forms}
    if township.upper() not in labels:
        return False, "give a township label as printed in the table's township column (in quotes)."
    township = labels[township.upper()]
    if township == expected:
        return True, None
    total = _block_sums(block)[township]
    if block == _TRUTH_BLOCK:
        if total == forms[township]:
            return False, "that township's four truthfulness categories do add up to its forms issued."
        return False, None
    if total <= forms[township]:
        return False, "that township's grades add up to no more than its forms issued; look for one with more."
    return False, None


def _judge_05(answer, expected):
    return _judge_township(answer, expected, block=_TRUTH_BLOCK)


def _judge_06(answer, expected):
    return _judge_township(answer, expected, block=_RATING_BLOCK)


def _judge_07(answer, expected):
    rates = _truth_rates()

    def known(value):
        if _close(value, Fraction(_claim("C43")), "0.005"):
            return "that is the report's own figure; recompute the share from the table's counts."
        if _close(value, rates["mean_of_rates"], "0.005"):
            return "that is the mean of the seven townships' rates; add the counts first, then divide once."
        if _close(value, rates["of_answered"], "0.005"):
            return "that divides by the forms answered; the exercise asks for the forms issued (发放测评表(份))."
        return None

    return _judge_percent(answer, expected, extra=known)


def _judge_08(answer, expected):
    return _letter(answer, _OPTIONS_08) == expected, None


def _judge_09(answer, expected):
    letter_answer, value_answer = _pair(answer, 'a letter and a printed 均值, such as ("X", 12)')
    letter = _letter(letter_answer, _OPTIONS_09)
    rule, printed = expected
    if isinstance(value_answer, str):
        try:
            Fraction(value_answer.strip())
        except ValueError:
            raise _WrongType("give the printed 均值 as a number, such as 12.") from None
        value_ok = value_answer.strip() == printed
    else:
        value_ok = _number(value_answer, "the printed 均值 as a number, such as 12,") == Fraction(printed)
    if letter != rule:
        return False, "for each rule, re-round the exact means (column sum ÷ number of townships) and count the printed 均值 it reproduces; dj.rounding_convention does this."
    if value_ok:
        return True, None
    key = dict((k, m) for k, _, m in _OPTIONS_09)[rule]
    would = {Fraction(w) for w in str(_mean_rules().loc[key, "first_broken_expected"]).split(" or ")}
    value = Fraction(value_answer.strip()) if isinstance(value_answer, str) else _number(value_answer)
    if value in would:
        return False, "that is what the rule would print; give the value the report printed instead."
    return False, "the rule is right; now give the printed 均值 that it does not reproduce, as printed."


def _judge_10(answer, expected):
    total_answer, match_answer = _pair(answer, "(sum of the parts, whether it equals the stated total)")
    total = _whole(total_answer)
    matches = _bool(match_answer)
    if total != expected[0]:
        return False, None
    if matches != expected[1]:
        return False, "your sum is right; now compare it with the stated total."
    return True, None


def _judge_11(answer, expected):
    return _letter(answer, _OPTIONS_11) == expected, None


def _judge_12(answer, expected):
    return _whole(answer) == expected, None


# --- the exercises -------------------------------------------------------------------


class _Exercise:
    """One exercise: its texts, how to compute its answer and how to judge one."""

    __slots__ = ("id", "title", "zh", "en", "answer", "hint", "options", "_expected", "_judge")

    def __init__(self, id, title, zh, en, answer, hint, expected, judge, options=()):
        self.id, self.title, self.zh, self.en, self.answer, self.hint = id, title, zh, en, answer, hint
        self.options = options
        self._expected, self._judge = expected, judge

    def __repr__(self) -> str:
        return f"<exercise {self.id}: {self.title}>"


_EXERCISES: dict[str, _Exercise] = {
    e.id: e
    for e in (
        _Exercise(
            "01", "重算百分比 · Recompute a percentage",
            "一(一)写道:“在310人参加的调查问卷中,对‘所在的党组织负责人发挥作用’认为‘较好’以上的有202人,占65.16%”。用 202 和 310 重算这个百分比。",
            "Section 一(一) says that of the 310 people who answered the survey, 202 rated their leader 较好 (fairly good) or better, “占65.16%”. Recompute the percentage from 202 and 310.",
            "a number, in percent (within 0.005 points).",
            "a share in percent is 100 × part ÷ base; the part is the respondents who chose the answer, the base all respondents.",
            _expect_percent, _judge_01,
        ),
        _Exercise(
            "02", "置信区间 · Its 95% Wilson interval",
            "65.16% 只是一个样本的比例。计算 310 人中 202 人这一比例的 95% Wilson 置信区间。",
            "65.16% is the share in one sample. Compute the 95% Wilson score interval of 202 out of 310.",
            "a pair (lower, upper), in percent or as proportions (each bound within 0.02 points).",
            'dj.proportion_interval(count, nobs, method="wilson") returns (lower, upper) as proportions.',
            _expect_interval, _judge_02,
        ),
        _Exercise(
            "03", "GRIM 检验 · Could 65.17% be printed?",
            "假设排版把 65.16% 印成了 65.17%。在 n = 310 时,有没有整数人数 k 使 100k/310 取两位小数后是 65.17?",
            "Suppose a typo had printed 65.17% instead. With n = 310, is there a whole number of respondents k whose share 100·k/310, printed with two decimals, is 65.17?",
            "a bool.",
            'try dj.grim("65.17", 310, percent=True), or list 100·k/310 for counts k near 202: neighbouring counts are about 0.32 points apart.',
            _expect_grim, _judge_03,
        ),
        _Exercise(
            "04", "最小样本 · The smallest sample for 93.5%",
            "一(二)的“满意率为93.5%”没有给出分母。受访者至少要有多少人,某个整数人数才可能印成 93.5%?",
            ("一(二) prints a satisfaction rate, “满意率为93.5%”, without saying of how many people. What is the smallest number of respondents n "
             "for which some whole count k gives a share 100·k/n that "
                "prints as 93.5?"),
            "a whole number.",
            'dj.smallest_n("93.5") searches n = 1, 2, 3, …; by hand, look for the first n with a count k such that k/n lies between 0.9345 and 0.9355.',
            _expect_smallest_n, _judge_04,
        ),
        _Exercise(
            "05", "分类合计 · Categories that do not add up",
            "二(二)的统计表中,每个乡镇“述职报告真实情况”的四类(真实、比较真实、基本真实、不真实)之和应等于它的“发放测评表(份)”。哪个乡镇不相等?",
            "In the table of 二(二), each township's four truthfulness categories (真实, 比较真实, 基本真实, 不真实) should add up to its forms issued, 发放测评表(份). Which township's do not?",
            "a township label as printed in the table, in quotes.",
            "in dj.load_table().data, add the rows of block 述职报告真实情况 by township (values are strings: pd.to_numeric) and compare with the row 发放测评表(份).",
            _expect_truth_gap, _judge_05,
        ),
        _Exercise(
            "06", "评价多于发放 · More ratings than forms",
            "同一张表中,哪个乡镇“测评意见”的四个等次(优秀、称职、基本称职、不称职)之和大于它发放的测评表份数?",
            "In the same table, in which township do the four grades of 测评意见 (优秀, 称职, 基本称职, 不称职) add up to more than the forms it issued?",
            "a township label as printed in the table, in quotes.",
            "as in exercise 05, with block 测评意见: a township cannot grade more forms than it handed out.",
            _expect_excess_ratings, _judge_06,
        ),
        _Exercise(
            "07", "合并比例 · The pooled share of 真实",
            "把表中的乡镇合在一起:评为“真实”的份数占全部发放测评表的百分之几?",
            "Pool the townships of the table: what share of all the forms issued rated the duty report 真实 (truthful), in percent?",
            "a number, in percent (within 0.005 points).",
            'add 真实 over the townships, add 发放测评表(份) over the townships, divide once and multiply by 100; '
            'dj.pooled_vs_mean_rate(data, numerator="真实", denominator="发放测评表(份)") does it too.',
            _expect_pooled, _judge_07,
        ),
        _Exercise(
            "08", "78.43% 从哪来 · Where does 78.43% come from?",
            "报告写道:“‘真实’达40份,占78.43%”,这与练习 07 的合并比例不同。下面哪种算法得到 78.43%?",
            "The report says “‘真实’达40份,占78.43%”, which is not the pooled share of exercise 07. Which computation gives 78.43%?",
            "one letter, in quotes.",
            "compute each option from the table (dj.load_table(): .data for the counts, .means for the printed 均值) and print it with two decimals; only one gives the report's figure.",
            _expect_gap_letter, _judge_08, _OPTIONS_08,
        ),
        _Exercise(
            "09", "均值的取整 · How was the 均值 column rounded?",
            "统计表最后一列“均值”是各乡镇数值的平均数,份数印成整数,得分保留两位小数。哪种取整规则能复现最多的均值?它复现不了的那个均值印的是多少?",
            ("The table's last column, 均值, is the mean over the townships, printed as whole numbers (the score with two decimals). Which rounding rule reproduces the most printed 均值, and which "
                "printed 均值 does it fail to reproduce?"),
            'a pair (letter, printed 均值), such as ("X", 12).',
            "for each rule, re-round the exact means (column sum ÷ number of townships) and compare with the printed 均值; "
            "mean_column_convention(table), imported at the top of this notebook, tabulates every rule.",
            _expect_rounding, _judge_09, _OPTIONS_09,
        ),
        _Exercise(
            "10", "其中 · Does the 其中 list add up?",
            "二(三)写道:“全县共对落实党建工作责任制较差的32名党组织负责人进行了调整或免职,其中:调整2名基层党委书记、3名分管党建工作副书记、11名党支部书记,"
            "免去1名分管党建工作副书记、5名党支部书记的职务。”其中各项之和是多少?是否等于 32?",
            ("二(三) says that 32 leaders were reassigned or removed, “其中” (of which): "
             "2 township Party secretaries, 3 deputy secretaries and 11 branch secretaries reassigned, 1 deputy secretary and "
                "5 branch secretaries removed. What do the parts add up to, and does that equal 32?"),
            "a pair (sum of the parts, whether it equals the stated total): a whole number and a bool.",
            "add the five counts listed after 其中, the three reassigned and the two removed, then compare with the stated total (dj.sum_check does both).",
            _expect_of_which, _judge_10,
        ),
        _Exercise(
            "11", "二十一个还是七个 · 21 townships or 7?",
            "二(二)写道:“全县21个乡镇党委已全部完成……述职,共发放党委书记党建述职测评表362份,平均每乡镇发放51份”,而统计表只有 7 个乡镇的列。报告自己的数字支持哪种解读?",
            ("二(二) says all 21 township Party committees completed their duty reports, “共发放……测评表362份,平均每乡镇发放51份” (362 forms, 51 per township on average), "
             "while the table has columns for 7 townships "
                "only. Which reading do the report's own numbers support?"),
            "one letter, in quotes.",
            "compare 362 with the forms issued in the table, and the stated 51 per township with 362 divided by 21 and by the number of the table's townships.",
            _expect_townships_letter, _judge_11, _OPTIONS_11,
        ),
        _Exercise(
            "12", "审计 · The audit's inconsistent checks",
            "dj.load_audit() 汇总了对报告中数字的全部核查。有多少项核查的结论(verdict)是 \"inconsistent\"(不一致)?",
            "dj.load_audit() holds every check of the report's numbers. How many checks have the verdict \"inconsistent\" (不一致)?",
            "a whole number.",
            'count the rows of dj.load_audit() whose verdict column equals "inconsistent"; notebook 09_audit shows the whole table.',
            _expect_inconsistent, _judge_12,
        ),
    )
}


def exercise_ids() -> list[str]:
    """The exercises' ids, in order.

    Examples
    --------
    >>> exercise_ids()[:3], len(exercise_ids())
    (['01', '02', '03'], 12)
    """
    return list(_EXERCISES)


def _get(exercise) -> _Exercise | None:
    key = str(exercise).strip()
    if key.isdigit():
        key = f"{int(key):02d}"
    return _EXERCISES.get(key)


def brief(exercise: str) -> str:
    """The exercise's brief: title, the task in Chinese and in English, options, answer format.

    Parameters
    ----------
    exercise : str
        An id of :func:`exercise_ids` ("01"; 1 and "1" work too).

    Returns
    -------
    str
        Markdown-friendly plain text, one paragraph per part.

    Raises
    ------
    KeyError
        If there is no such exercise.

    Examples
    --------
    >>> print(brief("03").splitlines()[0])
    练习 03 · Exercise 03: GRIM 检验 · Could 65.17% be printed?
    """
    ex = _get(exercise)
    if ex is None:
        raise KeyError(f"no exercise {exercise!r}; the exercises are {', '.join(_EXERCISES)}")
    parts = [f"练习 {ex.id} · Exercise {ex.id}: {ex.title}", ex.zh, ex.en]
    if ex.options:
        parts.append("\n".join(f"- {letter}. {text}" for letter, text, _ in ex.options))
    parts.append(f"答案格式 · Answer: {ex.answer}")
    return "\n\n".join(parts)


# --- checking --------------------------------------------------------------------------


def _representations(value) -> set[str]:
    """Ways the value could be written in a hint (to make sure none is)."""
    if isinstance(value, (tuple, list)):
        return set().union(*(_representations(v) for v in value))
    if isinstance(value, bool):
        return {str(value)}
    if isinstance(value, int):
        return {str(value)}
    if isinstance(value, str):
        forms = {value}
        try:
            forms |= _representations(Fraction(value))
        except (ValueError, ZeroDivisionError):
            pass
        return forms
    x = float(value)
    forms = set()
    for scale in (1, 100, 0.01):
        for d in range(1, 5):
            forms.add(f"{x * scale:.{d}f}")
    if x == int(x):
        forms.add(str(int(x)))
    return forms


def _reveals(text: str, value) -> bool:
    """True if ``text`` shows ``value`` (as a whole number, word or letter)."""
    for form in _representations(value):
        if form[:1].isdigit() or form[:1] == "-":
            pattern = rf"(?<![0-9A-Za-z.]){re.escape(form)}(?![0-9]|\.[0-9])"
        else:
            pattern = rf"(?<![0-9A-Za-z]){re.escape(form)}(?![0-9A-Za-z])"
        if re.search(pattern, text):
            return True
    return False


def _say(prefix: str, hint: str, expected) -> None:
    if expected is not None and _reveals(hint, expected):
        hint = _NEUTRAL
    print(prefix + hint)


def check(exercise: str, answer) -> None:
    """Check an answer and print the verdict, with a hint if it is not right yet.

    Parameters
    ----------
    exercise : str
        An id of :func:`exercise_ids` ("01").
    answer : object
        The student's answer; ``...`` or None means "not answered yet".

    Returns
    -------
    None
        Prints one line: :data:`CORRECT`, or :data:`NOT_YET` / :data:`NO_ANSWER`
        followed by a hint.  Never raises for a wrong or badly typed answer,
        and never shows the expected answer.

    Notes
    -----
    The expected answer is computed now, from the package's data; see the
    module docstring for the tolerances.

    Examples
    --------
    >>> check("01", ...)
    … No answer yet. Hint: a share in percent is 100 × part ÷ base; the part is the respondents who chose the answer, the base all respondents.
    >>> check("01", 100 * 202 / 310)
    ✓ Correct.
    >>> check("01", "65.16")
    ✗ Not yet. Hint: give a number such as 12.34, without quotes (this is a string).
    """
    ex = _get(exercise)
    if ex is None:
        print(f"? There is no exercise {exercise!r}; the exercises are {', '.join(_EXERCISES)}.")
        return
    if answer is None or answer is Ellipsis:
        print(NO_ANSWER + ex.hint)
        return
    try:
        expected = ex._expected()
    except Exception as error:  # a bug or damaged data, not the student's fault
        print(f"! Exercise {ex.id} cannot be checked: the package could not compute it ({type(error).__name__}). Please report this.")
        return
    try:
        correct, hint = ex._judge(answer, expected)
    except _WrongType as wrong:
        _say(NOT_YET, str(wrong), expected)
        return
    except Exception:  # an answer of a shape no rule foresaw (a frame, an array, ...)
        _say(NOT_YET, f"this answer has a shape that the exercise does not expect; the brief says: {ex.answer}", expected)
        return
    if correct:
        print(CORRECT)
    else:
        _say(NOT_YET, hint or ex.hint, expected)
