"""The sentences of the curated checks of the bundled report, as templates of the engine's renderer.

The checks of :mod:`dangjian.compendium.checks` carry no prose: each names
its check kind, the *variant* of the kind's explanation that applies, and the
facts behind its verdict (the numbers, the strings as printed, phrases).
Their English and Chinese sentences are kept here, keyed by ``(kind,
variant)`` like the engine's own (:data:`dangjian.engine.explain.TEMPLATES`),
and registered with :func:`dangjian.engine.explain.register` when this module
is imported, so that :meth:`dangjian.engine.results.Check.explanation` renders
them.  A variant's name says which case it is (``short``: the parts fall short
of their total; ``fits_only_if``: the printed mean fits only a less
conventional reading).

Some sentences are this report's own (the sections 一(一) and 二(二), the
cleaner's repair of the month ranges): they are templates all the same, filled
from the facts.  The format specifications are the engine's (``{x:join}``,
``{x:plural}``, ``{x:word=VOCABULARY}``, ``{x:phrase}``, ``{x:phrases= or }``;
see :mod:`dangjian.engine.explain`); the phrases and vocabularies of the
curated checks are :data:`PHRASES` and :data:`WORDS`.

Examples
--------
>>> from dangjian.engine.results import Check
>>> check = Check("part_of_base", "no_more_than_base", ("C09", "C08"), "consistent", "C09 counts a subset of C08", "≤ 310", "202",
...               {"count": "202", "n": "310"})
>>> check.explanation("en"), check.explanation("zh")
('202 is no more than its base of 310.', '202 不超过其基数 310。')
"""

from __future__ import annotations

from ..engine.explain import Template, register

__all__ = ["TEMPLATES", "PHRASES", "WORDS", "word"]


def _t(en: str, zh: str) -> Template:
    return Template(en, zh)


_EN_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_ZH_NUMBERS = "零一二三四五六七八九十"


def _en(n: int) -> str:
    """A count in English words up to twelve, in digits above ("seven", "eleven", "21")."""
    return _EN_NUMBERS[n] if 0 <= n < len(_EN_NUMBERS) else str(n)


def _zh(n: int) -> str:
    """A count in Chinese numerals up to 99 (七, 十一, 二十一), in digits above."""
    if 0 <= n <= 10:
        return _ZH_NUMBERS[n]
    if n < 20:
        return "十" + _ZH_NUMBERS[n - 10]
    if n < 100:
        return _ZH_NUMBERS[n // 10] + "十" + (_ZH_NUMBERS[n % 10] if n % 10 else "")
    return str(n)


_NO_RULE = "no single conventional rule (half-up, half-down, half-even, truncation, floor, ceiling) fits all {means:word=number_word}"
_ANSWERED = "with the forms mean taken over forms answered ({answered_total}/{units} = {answered_mean})"
_ANSWERED_ZH = "若发放份数均值按实际作答份数计算({answered_total}/{units} = {answered_mean})"
_SCHEME = ("The text calls the scheme {text_name} and lists {groups:phrase} groups of evaluators; "
           "the table is titled {table_name} and has {n_measures} evaluation measures ({measures:join=, })")
_SCHEME_ZH = "正文称 {text_name},并列出 {groups:phrase} 类评议人;统计表标题为 {table_name},有 {n_measures} 项测评({measures:join=、})"
_VISITS = ("Section {whole_section} says {whole} Party organisations were visited, "
           "section {part_section} speaks of the {part} township and village organisations visited; ")
_VISITS_ZH = "{whole_section}称走访了 {whole} 个党组织,{part_section}称在走访的 {part} 个乡村党组织中;"
_YEARS = "The debriefing was first trialled {trial:phrase}, {joint} the table reports debriefings held in {body} ({header}年 in its header), {relation:word=year_relation}."
_UNCHECKED = "{claim} ({reported}{unit}, {meaning}) cannot be checked: "
_UNCHECKED_ZH = "{claim}({reported}{unit})无法核对:可见页面中没有其他数字与之相关。"

#: The sentences of the curated checks, keyed by ``(kind, variant)``.
TEMPLATES: dict[tuple[str, str], Template] = {
    # --- the survey's shares and their counts ------------------------------------------------------------------------
    ("grim_percent", "survey_fit"): _t("{reported} of n = {n} can arise from a whole number of respondents (granularity 100/{n} = {step} points).",
                                       "在 n = {n} 时,{reported} 可以由整数人数得到(步长 100/{n} = {step} 个百分点)。"),
    ("grim_percent", "survey_misfit"): _t("{reported} of n = {n} cannot arise from a whole number of respondents (granularity 100/{n} = {step} points).",
                                          "在 n = {n} 时,{reported} 不可能由整数人数得到(步长 100/{n} = {step} 个百分点)。"),
    ("percent_of", "survey_fit"): _t("100 × {k} / {n} = {exact}%, which prints as {printed}%; the report prints {reported}.",
                                     "100 × {k} / {n} = {exact}%,保留{places}位小数为 {printed}%;报告为 {reported}。"),
    ("percent_of", "survey_misfit"): _t("100 × {k} / {n} = {exact}%, which prints as {printed}%, not {reported}.",
                                        "100 × {k} / {n} = {exact}%,保留{places}位小数为 {printed}%,而报告为 {reported}。"),
    # --- a share of a stated base, and a share with none ------------------------------------------------------------
    ("bound", "within"): _t("{reported} of {n} is {part}, so at least {least} of the {n}; that is possible.",
                            "{n} 的 {reported} 为 {part},即至少 {least} 个,可能成立。"),
    ("bound", "over"): _t("{reported} of {n} is {part}, so at least {least} of the {n}; that is impossible, as a part cannot exceed its base.",
                          "{n} 的 {reported} 为 {part},即至少 {least} 个,超过了基数 {n},不可能成立。"),
    ("percent_of_base", "within"): _t("{reported} of {n} is {part}, so exactly {least} of the {n}; that is possible.",
                                      "{n} 的 {reported} 为 {part},即 {least} 个,可能成立。"),
    ("percent_of_base", "over"): _t("{reported} of {n} is {part}, so exactly {least} of the {n}; that is impossible, as a part cannot exceed its base.",
                                    "{n} 的 {reported} 为 {part},即 {least} 个,超过了基数 {n},不可能成立。"),
    ("no_base", "none_given"): _t("No base is given for {reported}, so it cannot be checked; it needs at least {n_min} respondents to be printable at all.",
                                  "{reported} 没有给出分母,无法核对;要得到这个比例至少需要 {n_min} 个样本。"),
    # --- parts and their wholes ---------------------------------------------------------------------------------------
    ("part_of_base", "no_more_than_base"): _t("{count} is no more than its base of {n}.", "{count} 不超过其基数 {n}。"),
    ("part_of_base", "more_than_base"): _t("{count} is more than its base of {n}.", "{count} 超过了其基数 {n}。"),
    ("of_which_sum", "equal"): _t("{parts:join} = {sum}, the stated total.", "{parts:join} = {sum},与总数一致。"),
    ("of_which_sum", "short"): _t(
        "The parts add up to {parts:join} = {sum}, not the stated {total} ({gap} unaccounted for); they would agree only if the list were incomplete, "
        "which 其中 (of which) does not suggest.",
        "各项之和 {parts:join} = {sum},不等于所述总数 {total}(相差 {gap});只有当“其中”所列不完整时才能相符。"),
    ("of_which_sum", "over"): _t("The parts add up to {parts:join} = {sum}, {gap} more than the stated {total}; the parts listed under 其中 (of which) cannot exceed their total.",
                                 "各项之和 {parts:join} = {sum},比所述总数 {total} 多 {gap};“其中”所列各项之和不可能超过总数。"),
    ("table_total", "equal"): _t("{parts:join} = {sum}; the text states {total}.", "{parts:join} = {sum};正文为 {total}。"),
    ("table_total", "differ"): _t("{parts:join} = {sum}, not the {total} the text states.", "{parts:join} = {sum},而正文为 {total},两者不符。"),
    # --- the 二(二) table: answers against forms, the 均值 column, the mean scores -------------------------------------
    ("row_sum_vs_forms", "equal"): _t("{township} ({block}): {parts:join} = {sum}, the {forms} forms issued.",
                                      "{township}({block}):{parts:join} = {sum},等于发放的 {forms} 份。"),
    ("row_sum_vs_forms", "short"): _t(
        "{township} ({block}): {parts:join} = {sum}, {gap} fewer than the {forms} forms issued; consistent only if {gap} form{gap:plural} gave no answer here.",
        "{township}({block}):{parts:join} = {sum},比发放的 {forms} 份少 {gap} 份;只有当这 {gap} 份未作答时才一致。"),
    ("row_sum_vs_forms", "over"): _t(
        "{township} ({block}): {parts:join} = {sum}, {gap} more answers than the {forms} forms issued, which no reading of one answer per form allows.",
        "{township}({block}):{parts:join} = {sum},比发放的 {forms} 份还多 {gap} 份,每份表一个答案时不可能。"),
    ("mean_rounding", "rounds"): _t("The mean of the {units:word=number_word} townships is {mean}, which rounds to {rounded:join=/}; the table prints {printed}.",
                                    "{units:word=number_word}个乡镇的均值为 {mean},四舍五入为 {rounded:join=/};表中为 {printed}。"),
    ("mean_rounding", "issued_fits_only_if"): _t(
        "The mean of forms issued is {total}/{units} = {mean}, which rounds to {rounded}, not {printed}; {printed} fits only {readings:phrases= or }, "
        "while the other means of the column are rounded.",
        "发放份数均值为 {total}/{units} = {mean},应为 {rounded} 而非 {printed};只有{readings:phrases=或}时才得 {printed},而该列其他均值都是四舍五入。"),
    ("mean_rounding", "fits_only_if"): _t(
        "The mean of the {units:word=number_word} townships is {mean}, which rounds to {rounded}, not {printed}; {printed} fits only {readings:phrases= or }, "
        "while the other means of the column are rounded.",
        "{units:word=number_word}个乡镇的均值为 {mean},应为 {rounded} 而非 {printed};只有{readings:phrases=或}时才得 {printed},而该列其他均值都是四舍五入。"),
    ("mean_rounding", "no_rule"): _t("The mean of the {units:word=number_word} townships is {mean}; no rounding rule prints {printed}.",
                                     "{units:word=number_word}个乡镇的均值为 {mean},任何取整规则都得不到 {printed}。"),
    ("rounding_convention", "one_rule"): _t("{issued:phrase}; {rule} rounding fits all {means:word=number_word}.",
                                            "{issued:phrase};{rule} 取整可解释全部 {means} 个。"),
    ("rounding_convention", "one_rule_if_answered"): _t(
        "{issued:phrase}; " + _NO_RULE + "; " + _ANSWERED + ", half-up fits all.",
        "{issued:phrase};没有任何一种常规取整规则能解释全部 {means} 个;" + _ANSWERED_ZH + ",四舍五入可解释全部。"),
    ("rounding_convention", "no_rule"): _t(
        "{issued:phrase}; " + _NO_RULE + ", and none does " + _ANSWERED + " either.",
        "{issued:phrase};没有任何一种常规取整规则能解释全部 {means} 个," + _ANSWERED_ZH + "也不能。"),
    ("ratio_of_rounded_means", "pooled_lower"): _t(
        "{reported} is 100 × {num} / {den} = {percent}%, a ratio of rounded means; the share of all forms is {total_num}/{total_den} = {pooled}%, {gap} points lower.",
        "{reported} 是两个取整后的均值之比 100 × {num} / {den} = {percent}%;按全部测评表计算应为 {total_num}/{total_den} = {pooled}%,相差 {gap} 个百分点。"),
    ("ratio_of_rounded_means", "pooled_higher"): _t(
        "{reported} is 100 × {num} / {den} = {percent}%, a ratio of rounded means; the share of all forms is {total_num}/{total_den} = {pooled}%, {gap} points higher.",
        "{reported} 是两个取整后的均值之比 100 × {num} / {den} = {percent}%;按全部测评表计算应为 {total_num}/{total_den} = {pooled}%,相差 {gap} 个百分点。"),
    ("ratio_of_rounded_means", "not_ratio"): _t(
        "{reported} is not 100 × {num} / {den} = {percent}%, the ratio of the rounded means; the share of all forms is {total_num}/{total_den} = {pooled}%.",
        "{reported} 不是两个取整后的均值之比 100 × {num} / {den} = {percent}%;按全部测评表计算为 {total_num}/{total_den} = {pooled}%。"),
    ("grim_mean", "integer_scores_fit"): _t(
        "{mean} × {n} = {product}, and a whole-number total over {n} forms can print as {mean} (step 1/{n} = {step}).",
        "{mean} × {n} = {product},{n} 份表的整数总分可以得到 {mean}(步长 1/{n} = {step})。"),
    ("grim_mean", "finer_scores_fit"): _t(
        "No whole-number total over {n} forms gives {mean} (step 1/{n} = {step}), so the scores cannot all be integers; {mean} is possible with {scores:word=score_step}.",
        "{n} 份表的整数总分得不到 {mean}(步长 1/{n} = {step}),因此分数不全是整数;若{scores:word=score_step}则可以得到。"),
    ("grim_mean", "no_scores_fit"): _t("No total of scores recorded to one decimal over {n} forms gives {mean}.",
                                       "{n} 份表即使按一位小数计分也得不到 {mean}。"),
    # --- one number printed twice -------------------------------------------------------------------------------------
    ("same_number", "same"): _t("{claim} and {other} print the same number ({value} / {other_value}).",
                                "{claim} 与 {other} 给出的数字相同({value} / {other_value})。"),
    ("same_number", "different"): _t("{claim} and {other} print different numbers ({value} / {other_value}).",
                                     "{claim} 与 {other} 给出的数字不同({value} / {other_value})。"),
    # --- the cross-references between passages (data/cross_references.yaml) ------------------------------------------
    ("township_count", "same_count"): _t("The text says {stated} townships completed the debriefing, and the table that gives 'the details' has {columns} township columns.",
                                         "正文称 {stated} 个乡镇完成述职,“具体情况见统计表”的统计表也有 {columns} 个乡镇列。"),
    ("township_count", "fewer_columns"): _t("The text says {stated} townships completed the debriefing, but the table that gives 'the details' has {columns} township columns.",
                                            "正文称 {stated} 个乡镇完成述职,但“具体情况见统计表”的统计表只有 {columns} 个乡镇列。"),
    ("township_count", "more_columns"): _t("The text says {stated} townships completed the debriefing, but the table that gives 'the details' has {columns} township columns.",
                                           "正文称 {stated} 个乡镇完成述职,但“具体情况见统计表”的统计表有 {columns} 个乡镇列。"),
    ("average_per_township", "over_stated"): _t("{forms} forms over {stated} townships is {per_stated} each, which prints as {printed}.",
                                                "{forms} 份除以 {stated} 个乡镇为每乡镇 {per_stated} 份,即 {printed}。"),
    ("average_per_township", "over_table_only"): _t(
        "{forms} forms over {stated} townships is {per_stated} each, not {printed}; {printed} fits only an average over the table's "
        "{columns} townships ({forms}/{columns} = {per_table}, {how:word=average_rounding}).",
        "{forms} 份除以 {stated} 个乡镇为每乡镇 {per_stated} 份,而非 {printed};只有按表中 {columns} 个乡镇计算"
        "({forms}/{columns} = {per_table},{how:word=average_rounding})才得 {printed}。"),
    ("average_per_township", "neither"): _t(
        "{forms} forms over {stated} townships is {per_stated} each, and over the table's {columns} townships {per_table}; neither prints as {printed}.",
        "{forms} 份除以 {stated} 个乡镇为 {per_stated} 份,除以表中 {columns} 个乡镇为 {per_table} 份,都不是 {printed}。"),
    ("years", "agree"): _t(_YEARS.replace("{joint}", "and"), "{trial:phrase},统计表记录的是 {body} 年的述职,{relation:word=year_relation}。"),
    ("years", "disagree"): _t(_YEARS.replace("{joint}", "while"), "{trial:phrase},而统计表记录的是 {body} 年的述职,{relation:word=year_relation}。"),
    ("years", "disagree_header"): _t(_YEARS.replace("{joint}", "while") + " The table's body and header disagree ({body} / {header}).",
                                     "{trial:phrase},而统计表记录的是 {body} 年的述职,{relation:word=year_relation}。表中正文与表头年份不一致({body} / {header})。"),
    ("months", "inside"): _t("The table's debriefings ({table}月) fall inside the months the text gives for all townships ({text}月); "
                             "both ranges were printed without their dash and repaired by the cleaner.",
                             "表中述职时间 {table}月 在正文所说的 {text}月 之内;两处的连接号均由清洗程序恢复。"),
    ("months", "outside"): _t("The table's debriefings ({table}月) fall outside the months the text gives for all townships ({text}月); "
                              "both ranges were printed without their dash and repaired by the cleaner.",
                              "表中述职时间 {table}月 不在正文所说的 {text}月 之内;两处的连接号均由清洗程序恢复。"),
    ("scheme_name", "same"): _t(_SCHEME + "; the names agree.", _SCHEME_ZH + ";名称一致。"),
    ("scheme_name", "different_things"): _t(_SCHEME + "; the names differ but need not contradict.", _SCHEME_ZH + ";名称不同,但不一定矛盾。"),
    ("scheme_name", "miscounted"): _t(_SCHEME + "; {wrong} does not count the list beside it.", _SCHEME_ZH + ";{wrong} 与其所列项数不符。"),
    ("visits", "separate_rounds"): _t(
        _VISITS + "one round of visits cannot have reached {part} of {whole}, so the passages agree only if they describe different visits.",
        _VISITS_ZH + "同一次走访不可能在 {whole} 个中走访到 {part} 个,只有两处指不同的走访时才一致。"),
    ("visits", "one_round"): _t(_VISITS + "{part} of the {whole} visited can be one round of visits.", _VISITS_ZH + "{whole} 个中的 {part} 个可以是同一次走访。"),
    ("pairing", "equal"): _t("{agency} agency branches paired with {rural} rural branches: one-to-one pairing needs equal numbers.",
                             "{agency} 个机关党支部与 {rural} 个农村党支部结对,一对一帮扶要求两数相等。"),
    ("pairing", "unequal"): _t("{agency} agency branches paired with {rural} rural branches: one-to-one pairing needs equal numbers, which they are not.",
                               "{agency} 个机关党支部与 {rural} 个农村党支部结对,一对一帮扶要求两数相等,但二者不等。"),
    # --- the numbers no check names -----------------------------------------------------------------------------------
    ("none", "no_other_number"): _t(_UNCHECKED + "no other number in the visible pages bears on it.", _UNCHECKED_ZH),
    ("none", "lower_bound"): _t(_UNCHECKED + "a lower bound (余, 以上) with no total to compare it with.", _UNCHECKED_ZH),
    ("none", "date"): _t(_UNCHECKED + "a date that no other passage of the visible pages gives.", _UNCHECKED_ZH),
}

#: Phrases a fact of a curated check can be (``{"key": ..., **fields}``).
PHRASES: dict[str, Template] = {
    # a less conventional reading under which the printed mean of forms fits
    "forms_answered": _t("the mean of forms answered ({means:phrases=, }) rather than forms issued", "按实际作答份数计算"),
    "answered_mean": _t("{total}/{units} = {mean} in {block}", "{block}:{total}/{units} = {mean}"),
    "truncation": _t("truncation (not rounding) of {mean}", "截尾取整"),
    # how far half-up rounding goes with the means of forms issued
    "half_up_breaks": _t("With means of forms issued, half-up rounding explains {explained} of {cases} printed means and breaks at {broken} (exact {exact})",
                         "按发放份数计算,四舍五入可解释 {explained}/{cases} 个均值,在 {broken}(精确值 {exact})处不符"),
    "half_up_fits": _t("With means of forms issued, half-up rounding explains {explained} of {cases} printed means",
                       "按发放份数计算,四舍五入可解释 {explained}/{cases} 个均值"),
    # the evaluator groups the text lists before it names the scheme
    "groups_counted": _t("{n}", "{n}"),
    "groups_uncounted": _t("an unstated number of", "若干"),
    # the year the debriefing was first trialled, as the preamble and section 二(二) give it
    "trial_one_year": _t("in {year} according to both the preamble and section 二(二)", "前言与二(二)均称 {year} 年试行述职"),
    "trial_two_years": _t("in {preamble} according to the preamble and in {section} according to section 二(二)",
                          "前言称 {preamble} 年试行述职,二(二)称 {section} 年试行"),
}

#: Vocabularies of the curated checks: a fact's value and its words in each language.
WORDS: dict[str, dict[object, Template]] = {
    # a count in words ("the seven townships", "七个乡镇"), in digits from 100 on
    "number_word": {n: _t(_en(n), _zh(n)) for n in range(100)},
    # the scores a mean score is read as, from the most conventional
    "score_step": {1: _t("integer scores 0-100", "整数计分(0-100)"), 2: _t("scores in half points", "以0.5分计分"),
                   10: _t("scores with one decimal", "保留一位小数计分")},
    "average_rounding": {"up_or_down": _t("rounded", "四舍五入"), "trunc": _t("truncated", "截尾")},
    "year_relation": {"before_either": _t("before either", "早于两者"), "before_it": _t("before it", "早于试行之年"),
                      "not_earlier": _t("no earlier than the trial", "不早于试行之年"), "between": _t("between the two", "介于两者之间")},
}


def word(vocabulary: str, value: object, language: str = "en") -> str:
    """The words of ``value`` in one of :data:`WORDS`' vocabularies (for a column that repeats them, as an assumption does)."""
    return WORDS[vocabulary][value].text(language)


register(TEMPLATES, phrases=PHRASES, words=WORDS)
