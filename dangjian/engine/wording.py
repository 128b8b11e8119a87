"""The words of ``dangjian audit``'s explanations: one :class:`Template` (English and Chinese) per check kind and variant.

:data:`TEMPLATES` (keyed by ``(kind, variant)``), :data:`REASONS` (why a
``not_checkable`` check could not decide, in a few words), :data:`PHRASES`
(the facts that are phrases of their own) and :data:`WORDS` (small
vocabularies).  They are data; :mod:`dangjian.engine.explain` renders them.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Template", "TEMPLATES", "PHRASES", "WORDS", "REASONS", "LANGUAGES"]

#: The languages every template is written in.
LANGUAGES = ("en", "zh")


@dataclass(frozen=True)
class Template:
    """The English and Chinese sentence of one variant of a check kind."""

    en: str
    zh: str

    def text(self, language: str) -> str:
        if language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
        return self.en if language == "en" else self.zh


def _t(en: str, zh: str) -> Template:
    return Template(en, zh)


_STEP = "(step 100/{n} = {step} points)"
_STEP_ZH = "(步长 100/{n} = {step} 个百分点)"

#: The sentences of the engine's checks, keyed by ``(kind, variant)``.  The curated audit adds its own (:func:`register`).
TEMPLATES: dict[tuple[str, str], Template] = {
    # --- any check: a number read from damaged text is never accused ---------------------------------------------------
    ("*", "uncertain_reading"): _t("{reported} would break this check, but its reading is uncertain ({why:phrase}): a number read from damaged text is never accused.",
                                   "{reported} 本会与此核对不符,但它的读取并不确定({why:phrase}):从受损文字中读出的数字不作不一致的判断。"),
    ("grim_percent", "weighted"): _t("{reported} is a share of weighted data (“{words}”): a weighted share is no count over n, so GRIM does not apply.",
                                     "{reported} 是加权数据的比例(“{words}”):加权后的比例不是整数人数除以 n,GRIM 不适用。"),
    # --- a number the scrape damaged -----------------------------------------------------------------------------------
    ("damaged_number", "damaged"): _t("The number is damaged ({why}); its digits are not invented.",
                                      "该数字已损坏({why}),不臆造其缺失的数字。"),
    # --- a share and its base ----------------------------------------------------------------------------------------------
    ("percent_range", "over"): _t("{reported} is more than 100%, which no share of respondents can be.",
                                  "{reported} 超过了 100%,任何受访者比例都不可能如此。"),
    ("no_base", "none_before"): _t("No sample size is printed before {reported}, and {why:phrase}, so it cannot be checked.{hints:spaced_hints}",
                                   "{reported} 之前没有给出样本量,且{why:phrase},无法核对。{hints:spaced_hints}"),
    ("part_of_base", "within"): _t("{count} is within the base of {n}.", "{count} 不超过基数 {n}。"),
    ("part_of_base", "over_question_base"): _t(
        "{count} is more than the base of {n} ({base}) that its question's shares fit; a count of a question cannot exceed its base.",
        "{count} 超过了该题各比例所符合的基数 {n}({base});一道题的人数不可能超过其基数。"),
    ("part_of_base", "of_stated_within"): _t("{count} is within the {n} of “{evidence}” that the sentence makes it part of.",
                                             "{count} 不超过句中“{evidence}”的 {n},它是其中的一部分。"),
    ("part_of_base", "of_stated_over"): _t(
        "{count} is more than the {n} of “{evidence}” that the sentence makes it part of; a part cannot exceed its whole.",
        "{count} 超过了句中“{evidence}”的 {n},而它是其中的一部分;部分不可能超过整体。"),
    ("part_of_base", "within_sample"): _t("{count} (“{count_text}”) is within the {n} before it (“{n_text}”).",
                                         "{count}(“{count_text}”)不超过前面的 {n}(“{n_text}”)。"),
    ("part_of_base", "over_sample"): _t("{count} (“{count_text}”) is more than the {n} before it (“{n_text}”): more questionnaires cannot come back, "
                                       "or be valid, than were issued.",
                                       "{count}(“{count_text}”)超过了前面的 {n}(“{n_text}”):回收或有效的问卷不可能多于发放的问卷。"),
    ("part_of_base", "over_group"): _t("The count {count} is more than its group of {n}, printed beside it ({count}/{n}).",
                                       "人数 {count} 超过了旁边所列的组人数 {n}({count}/{n})。"),
    ("percent_of", "fit"): _t("100 × {k} / {n} = {exact}%, which prints as {printed}% ({mode:word=rounding}); the report prints {reported} (count {count_id}).",
                              "100 × {k} / {n} = {exact}%,{mode:word=rounding}后为 {printed}%;报告为 {reported}(人数 {count_id})。"),
    ("percent_of", "count_misprinted"): _t(
        "The count {k} does not give {reported} of {n} (100 × {k} / {n} = {exact}%), but the share does: {reported} is {k_fit} of {n}, and with "
        "{k_fit} in its place the question's counts add up to its {n} (as printed, {counts:join} = {counts_sum}): the count is the number misprinted.",
        "人数 {k} 得不出 {n} 的 {reported}(100 × {k} / {n} = {exact}%),而比例可以:{reported} 是 {n} 中的 {k_fit} 人,换成 {k_fit} 后该题各人数之和恰为 {n}"
        "(原文 {counts:join} = {counts_sum}):印错的是人数。"),
    ("percent_of", "other_number"): _t(
        "100 × {k} / {n} = {exact}%, not {reported}; but 100 × {k} / {other} = {exact_other}%, so the share is of {other}, another number of the same sentence.",
        "100 × {k} / {n} = {exact}%,不是 {reported};但 100 × {k} / {other} = {exact_other}%,所以该比例的分母是同一句中的另一个数 {other}。"),
    ("percent_of", "misfit"): _t(
        "100 × {k} / {n} = {exact}%, which prints as {printed}%; the report prints {reported} (count {count_id}), and {context:phrase}. {hints:hints}",
        "100 × {k} / {n} = {exact}%,应为 {printed}%;报告为 {reported}(人数 {count_id}),而{context:phrase}。{hints:hints}"),
    ("percent_of", "beside_fit"): _t("100 × {k} / {n} = {exact:.4f}%, which prints as {reported_value}%.",
                                     "100 × {k} / {n} = {exact:.4f}%,取整后为 {reported_value}%。"),
    ("percent_of", "beside_misfit"): _t(
        "100 × {k} / {n} = {exact:.4f}%, which prints as {printed}%, not {reported_value}%: the share does not match the count and group size printed beside it.",
        "100 × {k} / {n} = {exact:.4f}%,取整后为 {printed}%,不是 {reported_value}%:该比例与旁边所列的人数和组人数不符。"),
    ("grim_percent", "fit"): _t("{reported} of n = {n} can arise from a whole number of cases " + _STEP + ".",
                                "在 n = {n} 时,{reported} 可以由整数个个案得到" + _STEP_ZH + "。"),
    ("grim_percent", "fit_if_sample"): _t(
        "{reported} of n = {n} can arise from a whole number of cases " + _STEP + ", if the share is of the report's sample.",
        "在 n = {n} 时,{reported} 可以由整数个个案得到" + _STEP_ZH + ",前提是该比例以报告的样本为分母。"),
    ("grim_percent", "fit_if_rate_base"): _t(
        "{reported} of n = {n} can arise from a whole number of cases " + _STEP
        + ", if the {word} is a share of the {n} the sentence names (“{evidence}”); a rate may have a base of its own.",
        "在 n = {n} 时,{reported} 可以由整数个个案得到" + _STEP_ZH + ",前提是{word}以句中所说的 {n}(“{evidence}”)为分母;一个“率”可能另有分母。"),
    ("grim_percent", "misfit"): _t(
        "{reported} of n = {n}, {role:word=base_role}, cannot arise from a whole number of cases " + _STEP + ". {hints:hints}",
        "在 n = {n}({role:word=base_role})时,{reported} 不可能由整数个个案得到" + _STEP_ZH + "。{hints:hints}"),
    ("grim_percent", "misfit_no_base_below"): _t(
        "{reported} cannot be a share of n = {n} " + _STEP + ", and no base up to {n} gives the question's shares {shares:join=, } together, "
        "under any conventional rounding; {form:phrase}: one answer per respondent, so their base is at most {n}.{above:phrases=}{hints:spaced_hints}",
        "{reported} 不可能是 n = {n} 的比例" + _STEP_ZH + ",而且不超过 {n} 的任何基数,在常规取整下都不能同时得到该题的各比例 {shares:join=、};"
        "该题为单选({form:phrase}),每人一个答案,基数不会超过 {n}。{above:phrases=}{hints:hints}"),
    ("grim_percent", "misfit_no_base_below_if"): _t(
        "{reported} cannot be a share of n = {n} " + _STEP + ", and no base up to {n} gives the question's shares {shares:join=, } together: "
        "possible only if they are shares of more answers than respondents (several answers each) or have another base.{above:phrases=}{hints:spaced_hints}",
        "{reported} 不可能是 n = {n} 的比例" + _STEP_ZH + ",而且不超过 {n} 的任何基数都不能同时得到该题的各比例 {shares:join=、}:"
        "只有当它们是多选题全部选项次数的比例、或另有基数时才可能。{above:phrases=}{hints:hints}"),
    ("grim_percent", "misfit_other_base"): _t(
        "{reported} cannot be a share of {n} ({base}; step 100/{n} = {step} points), so it must have another base. {hints:hints}",
        "{reported} 不可能是 {n} 的比例({base};步长 100/{n} = {step} 个百分点),因此它必定另有分母。{hints:hints}"),
    ("grim_percent", "table_only_fit"): _t("{reported} of n = {n} can arise from a whole number of cases.",
                                           "在 n = {n} 时,{reported} 可以由整数个个案得到。"),
    ("grim_percent", "table_only_misfit"): _t(
        "{reported} of n = {n} cannot arise from a whole number of cases (checked without the text: the base may be another).",
        "在 n = {n} 时,{reported} 不可能由整数个个案得到(未结合原文核对:分母可能是别的数)。"),
    # --- the shares of one question ---------------------------------------------------------------------------------------
    ("shares_sum", "multi_select"): _t("A multi-select question: its shares may add up to more than 100% ({sum:g}%).",
                                       "多选题:各比例之和可以超过 100%({sum:g}%)。"),
    ("shares_sum", "near_hundred"): _t("The shares add up to {shares:join} = {sum:g}%, 100% within rounding (± {slack:g}).",
                                       "各比例之和 {shares:join} = {sum:g}%,在取整误差(± {slack:g})内等于 100%。"),
    ("shares_sum", "composition_over"): _t("The shares of the table's total add up to {shares:join} = {sum:g}%, more than 100% beyond their rounding (± {slack:g}).",
                                           "表中各构成比例之和 {shares:join} = {sum:g}%,超出取整误差(± {slack:g})地大于 100%。"),
    ("shares_sum", "composition_under"): _t("The shares of the table's total add up to {shares:join} = {sum:g}%, less than 100% beyond their rounding (± {slack:g}).",
                                            "表中各构成比例之和 {shares:join} = {sum:g}%,超出取整误差(± {slack:g})地小于 100%。"),
    ("series_growth", "fit"): _t("{column}: 100 × ({now} / {before} − 1) = {exact}% from {last_year} to {year} ({range:t_range}% over the rounding of both), "
                                 "which prints as {reported}.",
                                 "{column}:100 × ({now} / {before} − 1) = {exact}%({last_year} 至 {year} 年,按两数的取整范围为 {range:t_range}%),与 {reported} 相符。"),
    ("series_growth", "misfit"): _t("{column}: 100 × ({now} / {before} − 1) = {exact}% from {last_year} to {year} ({range:t_range}% over the rounding of both), "
                                    "not the printed {reported}.",
                                    "{column}:100 × ({now} / {before} − 1) = {exact}%({last_year} 至 {year} 年,按两数的取整范围为 {range:t_range}%),"
                                    "不是所印的 {reported}。"),
    ("composition_share", "fit"): _t("100 × {part} / {total} = {exact}% ({range:t_range}% over the rounding of both), which prints as the {reported} of {label}.",
                                     "100 × {part} / {total} = {exact}%(按两数的取整范围为 {range:t_range}%),与“{label}”的 {reported} 相符。"),
    ("composition_share", "misfit"): _t("100 × {part} / {total} = {exact}% ({range:t_range}% over the rounding of both), not the {reported} printed for {label}.",
                                        "100 × {part} / {total} = {exact}%(按两数的取整范围为 {range:t_range}%),不是“{label}”所印的 {reported}。"),
    ("shares_sum", "below_hundred"): _t("The shares add up to {shares:join} = {sum:g}%, no more than 100%.",
                                        "各比例之和 {shares:join} = {sum:g}%,不超过 100%。"),
    ("shares_sum", "over_if_several"): _t(
        "The shares add up to {shares:join} = {sum:g}%, more than 100%: possible only if respondents could choose several answers, or if they answer different questions.",
        "各比例之和 {shares:join} = {sum:g}%,超过 100%:只有在可以多选、或各比例属于不同问题时才可能。"),
    ("shares_sum", "over_counts"): _t(
        "With the base of {n}, the shares {shares:join} = {sum:g}% are counts of at least {counts:join} = {answers} answers, more than the {n} respondents "
        "of one single-select question.",
        "基数为 {n} 时,各比例 {shares:join} = {sum:g}% 至少对应 {counts:join} = {answers} 个回答,超过了单选题的 {n} 名受访者。"),
    ("shares_sum", "over_single"): _t(
        "The shares of one single-select question add up to {shares:join} = {sum:g}%, more than 100% by more than rounding allows ({slack:g} points){blame:phrase}.",
        "同一道单选题的各比例之和 {shares:join} = {sum:g}%,超过 100% 的幅度大于取整所能解释的范围({slack:g} 个百分点){blame:phrase}。"),
    ("subtotal", "fit"): _t("{shares:join} = {sum:g}%, the subtotal {reported} within rounding.",
                            "{shares:join} = {sum:g}%,在取整误差内等于小计 {reported}。"),
    ("subtotal", "counts_fit"): _t("{reported} adds up {shares:join} of the question before: with its base of {n}, their counts {counts:join} = {k} give "
                                   "100 × {k} / {n} = {exact}%, which prints as {printed}%.",
                                   "{reported} 是上一题 {shares:join} 之和:按该题基数 {n},人数 {counts:join} = {k},100 × {k} / {n} = {exact}%,即 {printed}%。"),
    ("subtotal", "counts_misfit"): _t("{reported} adds up {shares:join} of the question before, but with its base of {n} their counts {counts:join} = {k} give "
                                      "100 × {k} / {n} = {exact}%, which prints as {printed}%, not {reported}: the rounded shares were added, not the counts.",
                                      "{reported} 是上一题 {shares:join} 之和,但按该题基数 {n},人数 {counts:join} = {k},100 × {k} / {n} = {exact}%,应为 {printed}%,"
                                      "不是 {reported}:相加的是取整后的比例,而不是人数。"),
    ("subtotal", "options_fit"): _t("{reported} adds up the answers {names:join=、} of {line}: their counts {counts:join} = {k} of its {n} "
                                    "respondents give 100 × {k} / {n} = {exact}%, which prints as {printed}%.",
                                    "{reported} 是{line}选项 {names:join=、} 之和:人数 {counts:join} = {k},该题 {n} 人作答,100 × {k} / {n} = {exact}%,即 {printed}%。"),
    ("subtotal", "options_misfit"): _t("{reported} adds up the answers {names:join=、} of {line}, but their counts {counts:join} = {k} of its {n} "
                                       "respondents give 100 × {k} / {n} = {exact}%, which prints as {printed}%, not {reported}.",
                                       "{reported} 是{line}选项 {names:join=、} 之和,但人数 {counts:join} = {k},该题 {n} 人作答,100 × {k} / {n} = {exact}%,"
                                       "应为 {printed}%,不是 {reported}。"),
    ("subtotal", "misfit_named"): _t("{shares:join} = {sum:g}%, not the subtotal {reported} ({k} shares named by the text).",
                                     "{shares:join} = {sum:g}%,不等于小计 {reported}(原文指明是 {k} 项之和)。"),
    ("subtotal", "misfit_unnamed"): _t(
        "{shares:join} = {sum:g}%, not the subtotal {reported}; it may sum other answers than the ones printed before it.",
        "{shares:join} = {sum:g}%,不等于小计 {reported};它可能是其他选项之和,而非前面所列各项。"),
    # --- rates ----------------------------------------------------------------------------------------------------------
    ("response_rate", "fit"): _t("{word}: 100 × {num} / {den} = {exact}% (“{num_text}” of “{den_text}”); the report prints {reported}.",
                                 "{word}:100 × {num} / {den} = {exact}%(“{num_text}”除以“{den_text}”);报告为 {reported}。"),
    ("rate_of_counts", "fit"): _t("{word}: 100 × {num} / {den} = {exact}% (“{num_text}” of “{den_text}”); the report prints {reported}.",
                                  "{word}:100 × {num} / {den} = {exact}%(“{num_text}”除以“{den_text}”);报告为 {reported}。"),
    ("response_rate", "not_printed"): _t("The report does not print both numbers that {word} {reported} divides.",
                                         "报告没有同时给出{word} {reported} 的分子和分母。"),
    ("rate_of_counts", "no_ratio"): _t("{word} {reported} is no ratio of the sentence's counts ({tried:phrases}); it may divide other numbers.",
                                       "{word} {reported} 不是句中任何两个数之比({tried:phrases});它可能另有分子分母。"),
    ("response_rate", "misfit"): _t("{word} {reported} fits none of the ratios of the printed sample numbers ({tried:phrases}). {hints:hints}",
                                    "{word} {reported} 与所给样本数之间的任何比值都不符({tried:phrases})。{hints:hints}"),
    ("rate_of_counts", "misfit"): _t("{word} {reported} fits none of the ratios of the printed sample numbers ({tried:phrases}). {hints:hints}",
                                     "{word} {reported} 与所给样本数之间的任何比值都不符({tried:phrases})。{hints:hints}"),
    ("points_change", "not_printed"): _t("A change of {value} percentage points, but the sentence does not print both shares it joins.",
                                         "变化了 {value} 个百分点,但句中没有同时给出前后两个比例。"),
    ("points_change", "fit"): _t("|{after} − {before}| = {change:g} percentage points; the report prints {value} (within rounding, ± {slack:g}).",
                                 "|{after} − {before}| = {change:g} 个百分点;报告为 {value}(在取整误差 ± {slack:g} 内)。"),
    ("points_change", "misfit"): _t("|{after} − {before}| = {change:g} percentage points; the report prints {value}, more than rounding allows (± {slack:g}).",
                                    "|{after} − {before}| = {change:g} 个百分点;报告为 {value},差距超过取整误差(± {slack:g})。"),
    # --- totals and their parts ---------------------------------------------------------------------------------------------
    ("stated_total", "joined_within"): _t(
        "The parts add up to {parts:join} = {sum}, within the {named:join} = {total} the sentence names together; the text does not say which part is of which.",
        "各部分之和 {parts:join} = {sum},不超过句中合称的 {named:join} = {total};原文没有说明哪部分属于哪一方。"),
    ("stated_total", "over_if_overlap"): _t(
        "The groups add up to {parts:join} = {sum}, {gap} more than the sample of {total}: consistent only if the groups overlap, as categories "
        "such as 30岁以上 and 50岁以上 do.",
        "各组之和 {parts:join} = {sum},比样本 {total} 多 {gap}:只有当各组有重叠(如“30岁以上”与“50岁以上”)时才一致。"),
    ("stated_total", "joined_over"): _t(
        "The parts add up to {parts:join} = {sum}, more than the {named:join} = {total} the sentence names together; parts of a population cannot exceed it.",
        "各部分之和 {parts:join} = {sum},超过了句中合称的 {named:join} = {total};部分之和不可能超过总体。"),
    ("stated_total", "part_within"): _t("The part {parts:join} is within the stated total of {total}.", "部分 {parts:join} 不超过所述总数 {total}。"),
    ("stated_total", "part_over"): _t("The part {parts:join} is more than the stated total of {total}.", "部分 {parts:join} 超过了所述总数 {total}。"),
    ("stated_total", "equal"): _t("The parts add up to {parts:join} = {sum}, the stated total.", "各部分之和 {parts:join} = {sum},与所述总数相符。"),
    ("stated_total", "over"): _t("The parts add up to {parts:join} = {sum}, {gap} more than the stated total of {total}; parts of a total cannot exceed it.",
                                 "各部分之和 {parts:join} = {sum},比所述总数 {total} 多 {gap};部分之和不可能超过总数。"),
    ("stated_total", "short_complete"): _t(
        "The parts add up to {parts:join} = {sum}, not the stated {total} ({gap} unaccounted for); "
        "they would agree only if the list were incomplete, which its form ({how:word=list_form}) does not suggest.",
        "各部分之和 {parts:join} = {sum},不等于所述总数 {total}(相差 {gap});只有列举不完整时才能相符,而其形式({how:word=list_form})并不表明列举不完整。"),
    ("stated_total", "short_partial"): _t(
        "The parts add up to {parts:join} = {sum}, {gap} fewer than the stated {total}: consistent if {how:word=partial_list} names only some of them.",
        "各部分之和 {parts:join} = {sum},比所述总数 {total} 少 {gap}:如果{how:word=partial_list}只列出了其中一部分,则一致。"),
    ("table_column_sum", "equal"): _t("column {column} ({labels:join=、}): {parts:join} = {sum}, the {forms} forms of the column.",
                                      "第 {column} 列({labels:join=、}):{parts:join} = {sum},等于该列的 {forms} 份表。"),
    ("table_column_sum", "short"): _t(
        "column {column} ({labels:join=、}): {parts:join} = {sum}, {gap} fewer than the {forms} forms; consistent only if {gap} form{gap:plural} gave no answer.",
        "第 {column} 列({labels:join=、}):{parts:join} = {sum},比 {forms} 份表少 {gap} 份;只有当这 {gap} 份未作答时才一致。"),
    ("table_column_sum", "over"): _t(
        "column {column} ({labels:join=、}): {parts:join} = {sum}, {gap} more answers than the {forms} forms, which no reading of one answer per form allows.",
        "第 {column} 列({labels:join=、}):{parts:join} = {sum},比 {forms} 份表多 {gap} 个回答,每份表一个回答时不可能。"),
    # --- a table of a document, read as cells (dangjian.engine.kinds.cells) ------------------------------------------------
    ("rank_score", "fit"): _t("{line} “{option}”: its counts by place {counts:join=, } weighted {weights:join=, } give {total}, and {total} / {n} = {exact}, "
                              "which prints as the 平均综合得分 {reported}.",
                              "{line}“{option}”:各位次人数 {counts:join=、} 按权值 {weights:join=、} 加权得 {total},{total} / {n} = {exact},与平均综合得分 {reported} 相符。"),
    ("rank_score", "misfit"): _t("{line} “{option}”: its counts by place {counts:join=, } weighted {weights:join=, } give {total}, and {total} / {n} = {exact}, "
                                 "not the 平均综合得分 {reported}.",
                                 "{line}“{option}”:各位次人数 {counts:join=、} 按权值 {weights:join=、} 加权得 {total},{total} / {n} = {exact},不是平均综合得分 {reported}。"),
    ("cells_sum", "equal"): _t("“{line}”: {parts:join} = {sum}, the {total} of its {total_label} {total_in:word=total_in}.",
                               "“{line}”:{parts:join} = {sum},与{total_label}{total_in:word=total_in}的 {total} 相符。"),
    ("cells_sum", "within_rounding"): _t("“{line}”: {parts:join} = {sum}, the {total} of its {total_label} {total_in:word=total_in} within rounding (± {slack}).",
                                         "“{line}”:{parts:join} = {sum},在取整误差(± {slack})内与{total_label}{total_in:word=total_in}的 {total} 相符。"),
    ("cells_sum", "over"): _t(
        "“{line}”: {parts:join} = {sum}, {gap} more than the {total} of its {total_label} {total_in:word=total_in}; {why:phrase}: "
        "no respondent counts twice, so they cannot add up to more.",
        "“{line}”:{parts:join} = {sum},比{total_label}{total_in:word=total_in}的 {total} 多 {gap};{why:phrase},没有人会被重复计算,各项之和不可能超过它。"),
    ("cells_sum", "one_count_off"): _t(
        "“{line}”: {parts:join} = {sum}, not the {total} of its {total_label} {total_in:word=total_in}; every other row's count fits its share of "
        "{total}, and the {label} row's share {share} gives {fit}, not the printed {count}: with {fit} the rows add up to {total}, so {count} is misprinted.",
        "“{line}”:{parts:join} = {sum},不等于{total_label}{total_in:word=total_in}的 {total};其余各行人数都与其占 {total} 的比例相符,"
        "而“{label}”行的比例 {share} 对应 {fit} 人,不是所印的 {count}:换成 {fit},各行之和正好是 {total},所以 {count} 印错了。"),
    ("cells_sum", "mismatch_whole"): _t(
        "“{line}”: {parts:join} = {sum}, not the {total} of its {total_label} {total_in:word=total_in} ({gap} apart), though the table prints "
        "the shares of these rows adding up to {shares_sum}% and its {total_label} as {total_share}: the rows are the whole, and must add up to it.",
        "“{line}”:{parts:join} = {sum},与{total_label}{total_in:word=total_in}的 {total} 相差 {gap};而表中这些行的比例之和为 {shares_sum}%,"
        "{total_label}为 {total_share}:这些行就是全体,其和必须等于合计。"),
    ("cells_sum", "over_if_several"): _t(
        "“{line}”: {parts:join} = {sum}, {gap} more than the {total} of its {total_label} {total_in:word=total_in}: possible only if a respondent "
        "counts in several of them (several answers each).",
        "“{line}”:{parts:join} = {sum},比{total_label}{total_in:word=total_in}的 {total} 多 {gap}:只有当一人可计入其中几项(可多选)时才可能。"),
    ("cells_sum", "short_if"): _t(
        "“{line}”: {parts:join} = {sum}, {gap} short of the {total} of its {total_label} {total_in:word=total_in}: consistent only if the difference "
        "gave no answer, or is in a part the table does not print.",
        "“{line}”:{parts:join} = {sum},比{total_label}{total_in:word=total_in}的 {total} 少 {gap}:只有当差额部分未作答、或属于表中未列出的项时才一致。"),
    ("cells_sum", "multi_select"): _t("“{line}”: a multi-select question: its rows may add up to more than its {total_label} ({sum} against {total}).",
                                      "“{line}”:多选题,各行之和可以超过{total_label}({sum} 对 {total})。"),
    ("frequency_share", "fit"): _t(
        "{column} of “{row}”: 100 × {how:phrase} / {n} (the {n_row} row) = {exact}%, which prints as {printed}%, as the table prints it.",
        "“{row}”的{column}:100 × {how:phrase} / {n}({n_row}行)= {exact}%,取整后为 {printed}%,与表中相符。"),
    ("frequency_share", "truncated"): _t(
        "{column} of “{row}”: 100 × {how:phrase} / {n} (the {n_row} row) = {exact}%, which truncates to {printed}%, as the table prints it "
        "(rounded it would not).",
        "“{row}”的{column}:100 × {how:phrase} / {n}({n_row}行)= {exact}%,截尾后为 {printed}%,与表中相符(四舍五入则不符)。"),
    ("frequency_share", "misfit"): _t(
        "{column} of “{row}”: 100 × {how:phrase} / {n} (the {n_row} row) = {exact}%, which prints as {printed}%, not {reported}: the table's "
        "own counts do not give the share it prints.{hints:spaced_hints}",
        "“{row}”的{column}:100 × {how:phrase} / {n}({n_row}行)= {exact}%,应为 {printed}%,而表中为 {reported}:表中自己的人数得不出它所印的比例。{hints:hints}"),
    ("frequency_share", "misfit_unsettled"): _t(
        "{column} of “{row}”: 100 × {how:phrase} / {n} (the {n_row} row) = {exact}%, which prints as {printed}%, not {reported}; the column's "
        "other shares do not settle {n} as its base, so it may have another.",
        "“{row}”的{column}:100 × {how:phrase} / {n}({n_row}行)= {exact}%,应为 {printed}%,不是 {reported};该列其他比例不能确定 {n} 就是其基数,它可能另有基数。"),
    ("growth_rate", "fit"): _t(
        "The year before: {level} {sign} {change} = {before}{unit}; 100 × {change} / {before} = {exact}% ({low}–{high}% over the rounding of "
        "both figures), which prints as the report's {reported}.",
        "上年为 {level} {sign} {change} = {before}{unit};100 × {change} / {before} = {exact}%(按两数的取整误差为 {low}–{high}%),与报告的 {reported} 相符。"),
    ("growth_rate", "misfit"): _t(
        "The year before: {level} {sign} {change} = {before}{unit}; 100 × {change} / {before} = {exact}%, which prints as {printed}% ({low}–{high}% "
        "over the rounding of both figures), not {reported}: the level, the change and the rate cannot all be right.",
        "上年为 {level} {sign} {change} = {before}{unit};100 × {change} / {before} = {exact}%,应为 {printed}%(按两数的取整误差为 {low}–{high}%),"
        "而不是 {reported}:总量、增量与增长率三者不可能都对。"),
    ("blocks_sum", "equal"): _t("“{line}”: {parts:join} = {sum}, as in {others} other block{others:plural} of the table splitting the same {n} people.",
                                "“{line}”:{parts:join} = {sum},与表中另外 {others} 个划分同样 {n} 人的分组相同。"),
    ("blocks_sum", "mismatch"): _t(
        "“{line}”: {parts:join} = {sum}, but the {others} other block{others:plural} of the table that split{others:singular_s} the same {n} people "
        "add{others:singular_s} up to {total}: the same people cannot make two totals.",
        "“{line}”:{parts:join} = {sum},而表中另外 {others} 个划分同样 {n} 人的分组合计为 {total}:同一批人不可能有两个合计。"),
    ("listed_cases", "over_if_several"): _t(
        "The listed cases add up to {parts:join} = {sum}, {gap} more than the {total} of the rate beside them: consistent if a patient had several of them.",
        "所列各项之和 {parts:join} = {sum},比旁边比率的 {total} 多 {gap}:如果一名患者同时有其中几项,则一致。"),
    ("t_of_coefficient", "fit"): _t("B / SE = {b} / {se} = {ratio} ({low} to {high} over the rounding of both), which gives the printed {t}.",
                                    "B / SE = {b} / {se} = {ratio}(按两数的取整误差为 {low} 至 {high}),与报告的 {t} 相符。"),
    ("t_of_coefficient", "misfit"): _t(
        "B / SE = {b} / {se} = {ratio} ({low} to {high} over the rounding of both), not the printed {t}: a coefficient's t is B / SE.",
        "B / SE = {b} / {se} = {ratio}(按两数的取整误差为 {low} 至 {high}),不是报告的 {t}:回归系数的 t 值就是 B / SE。"),
    ("effects_sum", "fit"): _t("Direct + indirect effect = {direct} + {indirect} = {sum}, the total effect {total} within rounding.",
                               "直接效应 + 间接效应 = {direct} + {indirect} = {sum},在取整误差内与总效应 {total} 相符。"),
    ("effects_sum", "misfit"): _t("Direct + indirect effect = {direct} + {indirect} = {sum}, not the total effect {total}: the total is their sum.",
                                  "直接效应 + 间接效应 = {direct} + {indirect} = {sum},不是总效应 {total}:总效应就是二者之和。"),
    ("mediated_share", "fit"): _t("Indirect / total effect = {indirect} / {total} = {exact}% ({low}–{high}% over the rounding of both), as printed ({reported}).",
                                  "间接效应 / 总效应 = {indirect} / {total} = {exact}%(按两数的取整误差为 {low}–{high}%),与报告的 {reported} 相符。"),
    ("mediated_share", "misfit"): _t(
        "Indirect / total effect = {indirect} / {total} = {exact}% ({low}–{high}% over the rounding of both), not the printed {reported}.",
        "间接效应 / 总效应 = {indirect} / {total} = {exact}%(按两数的取整误差为 {low}–{high}%),不是报告的 {reported}。"),
    ("r_stars", "fit"): _t("r = {r} with n = {n} (df = {df}) gives p = {p:range}, which its mark ({stars}: {means}) allows.",
                           "n = {n}(自由度 = {df})时 r = {r} 对应 p = {p:range},与其标记({stars}:{means})相符。"),
    ("r_stars", "misfit"): _t(
        "r = {r} with n = {n} (df = {df}) gives p = {p:range}, which its mark ({stars}: {means}) does not allow: no r that prints as it is "
        "significant at that level with this n.",
        "n = {n}(自由度 = {df})时 r = {r} 对应 p = {p:range},与其标记({stars}:{means})不符:在这个 n 下,任何印作该值的 r 都达不到这一显著水平。"),
    ("r_stars", "under_marked"): _t(
        "r = {r} with n = {n} (df = {df}) gives p = {p:range}, below what its mark ({stars}: {means}) says: consistent if the table marks this r "
        "with fewer stars than it could.",
        "n = {n}(自由度 = {df})时 r = {r} 对应 p = {p:range},比其标记({stars}:{means})所示更小:如果表中对该 r 少标了星号,则一致。"),
    ("r_stars", "unmarked_significant"): _t(
        "r = {r} with n = {n} (df = {df}) gives p = {p:range}, below {threshold}, yet it has no star: consistent if the table marks only some of "
        "its significant r.",
        "n = {n}(自由度 = {df})时 r = {r} 对应 p = {p:range},小于 {threshold},却没有星号:如果表中只标注了部分显著的 r,则一致。"),
    ("ratio_ci", "middle"): _t(
        "{name}={ratio} lies at the geometric middle of its interval {lower}–{upper}: √({lower} × {upper}) = {middle} ({low} to {high} over the "
        "rounding of both ends), as a ratio exp(B) with the interval exp(B ± 1.96 SE) is.",
        "{name}={ratio} 位于其区间 {lower}–{upper} 的几何中点:√({lower} × {upper}) = {middle}(按两端的取整误差为 {low} 至 {high}),与 exp(B) 及其区间 exp(B ± 1.96 SE) 相符。"),
    ("ratio_ci", "off_middle"): _t(
        "{name}={ratio} lies inside its interval {lower}–{upper} but off its geometric middle √({lower} × {upper}) = {middle} ({low} to {high}): "
        "consistent if the interval is not symmetric on the log scale (profile likelihood, exact or bootstrap).",
        "{name}={ratio} 在其区间 {lower}–{upper} 之内,但不在几何中点 √({lower} × {upper}) = {middle}({low} 至 {high}):如果该区间在对数尺度上不对称"
        "(似然比、精确法或 bootstrap 区间),则一致。"),
    ("ratio_ci", "outside"): _t(
        "{name}={ratio} lies outside its own interval {lower}–{upper}: a ratio is inside its confidence interval (at its geometric middle "
        "√({lower} × {upper}) = {middle} for exp(B ± 1.96 SE)).",
        "{name}={ratio} 落在其自身区间 {lower}–{upper} 之外:比值必然在其置信区间之内(对 exp(B ± 1.96 SE) 而言位于几何中点 √({lower} × {upper}) = {middle})。"),
    ("parts_sum", "equal"): _t("The parts add up to {parts:join} = {sum}, the total {total} within the rounding of the figures (± {slack}).",
                               "各部分之和 {parts:join} = {sum},在各数的取整误差(± {slack})内与总数 {total} 相符。"),
    ("parts_sum", "equal_exact"): _t("The parts add up to {parts:join} = {sum}, the total {total} (whole counts, exact).",
                                     "各部分之和 {parts:join} = {sum},与总数 {total} 相符(整数计数,无取整误差)。"),
    ("parts_sum", "part_over"): _t(
        "The part {part} is larger than its total {total} by itself (the parts add up to {parts:join} = {sum}): a part cannot exceed its whole, "
        "so the part or the total is wrong.",
        "部分 {part} 本身就大于总数 {total}(各部分之和 {parts:join} = {sum}):部分不可能超过整体,该部分或总数有误。"),
    ("parts_sum", "over"): _t(
        "The parts add up to {parts:join} = {sum}, {gap} more than the total {total}, beyond the rounding of the figures (± {slack}): parts that "
        "exclude each other cannot exceed their whole.",
        "各部分之和 {parts:join} = {sum},比总数 {total} 多 {gap},超出各数的取整误差(± {slack}):互不重叠的部分之和不可能超过总数。"),
    ("parts_sum", "over_confirmed"): _t(
        "The parts in brackets add up to {parts:join} = {sum}, {gap} more than {total}, which {confirmed} confirms: parts that "
        "exclude each other cannot exceed their whole, so one of them is misprinted.",
        "括号内各部分之和 {parts:join} = {sum},比 {total} 多 {gap};而 {total} 已由 {confirmed} 得到印证:互不重叠的部分之和不可能超过总数,"
        "因此是其中某一部分印错了。"),
    ("parts_sum", "short_whole"): _t(
        "The parts add up to {parts:join} = {sum}, {gap} short of the total {total}, beyond the rounding of the figures (± {slack}), though they "
        "are the whole of it.",
        "各部分之和 {parts:join} = {sum},比总数 {total} 少 {gap},超出各数的取整误差(± {slack}),而这些部分就是总数的全部。"),
    ("parts_sum", "short_if"): _t(
        "The parts add up to {parts:join} = {sum}, {gap} short of the total {total}: consistent if 其中 names only some of its parts.",
        "各部分之和 {parts:join} = {sum},比总数 {total} 少 {gap}:如果“其中”只列出了部分,则一致。"),
    ("scale_mean", "fit"): _t("({terms:join}) / {n} = {total} / {n} = {exact}, which prints as the question's mean {reported}.",
                              "({terms:join}) / {n} = {total} / {n} = {exact},与该题平均分 {reported} 相符。"),
    ("scale_mean", "misfit"): _t(
        "({terms:join}) / {n} = {total} / {n} = {exact}, which prints as {printed}, not the question's mean {reported}: its own counts and scores "
        "fix the mean.",
        "({terms:join}) / {n} = {total} / {n} = {exact},应为 {printed},而不是该题平均分 {reported}:该题自己的人数与分值决定了平均分。"),
    ("table_vs_sample", "equal"): _t("The table's {total} ({line}) is the {n} of “{sample}”.", "表中的 {total}({line})与“{sample}”的 {n} 相符。"),
    ("table_vs_sample", "fewer"): _t(
        "The table's {total} ({line}) is {gap} fewer than the {n} of “{sample}”: consistent if {gap} of them gave no answer, or the table is of a sub-group.",
        "表中的 {total}({line})比“{sample}”的 {n} 少 {gap}:如果其中 {gap} 人未作答、或该表只统计了一部分人,则一致。"),
    ("table_vs_sample", "more"): _t(
        "The table's {total} ({line}) is {gap} more than the {n} of “{sample}”: possible only if the table counts answers (several per respondent) "
        "or people outside that sample.",
        "表中的 {total}({line})比“{sample}”的 {n} 多 {gap}:只有当该表统计的是回答次数(每人多个)或样本以外的人时才可能。"),
    ("percent_of", "misfit_unsettled"): _t(
        "100 × {k} / {n} = {exact}%, which prints as {printed}%, not {reported} (count {count_id}); the other shares of its column do not settle "
        "{n} ({base}) as their base, so it may have another.",
        "100 × {k} / {n} = {exact}%,应为 {printed}%,不是 {reported}(人数 {count_id});该列其他比例不能确定 {n}({base})就是其基数,它可能另有基数。"),
    # --- means --------------------------------------------------------------------------------------------------------
    ("grim_mean", "no_n"): _t("No n is stated for the mean {mean}.", "均值 {mean} 没有给出 n。"),
    ("grim_mean", "no_scale"): _t(
        "The mean {mean} of n = {n} can be checked only if the scores are whole numbers, and the report states no integer scale.",
        "n = {n} 的均值 {mean} 只有在分数为整数时才能核对,而报告没有说明整数计分的量表。"),
    ("grim_mean", "fit"): _t("A total of whole-number scores over {n} can give the mean {mean}.", "{n} 个整数分数之和可以得到均值 {mean}。"),
    ("grim_mean", "misfit"): _t("No whole-number total over {n} gives the mean {mean} (step 1/{n} = {step:.4f}).",
                                "{n} 个整数分数之和得不到均值 {mean}(步长 1/{n} = {step:.4f})。"),
    ("grim_mean", "misfit_if_other"): _t(
        "No whole-number total over {n} gives the mean {mean} (step 1/{n} = {step:.4f}); possible only if n is another or the scores are not whole numbers.",
        "{n} 个整数分数之和得不到均值 {mean}(步长 1/{n} = {step:.4f});只有 n 另有其数或分数不是整数时才可能。"),
    ("grimmer", "no_unit"): _t("{mean}±{sd} is printed with no unit and no scale, so whether its data are whole numbers is unknown.",
                               "{mean}±{sd} 没有单位也没有量表,无法知道其数据是否为整数。"),
    ("grimmer", "measurement"): _t("{mean}±{sd}{unit} is a mean of a measurement, not of whole numbers: GRIM and GRIMMER do not apply.",
                                   "{mean}±{sd}{unit} 是测量值的均值,不是整数的均值:GRIM 和 GRIMMER 不适用。"),
    ("grimmer", "no_n"): _t("No group size is printed for {mean}±{sd}{unit}, so it cannot be tested.", "{mean}±{sd}{unit} 没有给出组人数,无法检验。"),
    ("grimmer", "grim_uninformative"): _t(
        "With n = {n}, a whole-number total can give any mean printed to the step of {step:g} (1/{n} is finer), so {mean} is possible "
        "whatever the data are; GRIM cannot fail at this size, and the SD {sd} is not bounded by it.",
        "n = {n} 时,整数总和可以得到精确到 {step:g} 的任何均值(1/{n} 更细),所以无论数据如何 {mean} 都可能;这么大的样本 GRIM 不会不符,标准差 {sd} 也不受其限制。"),
    ("grimmer", "no_scale"): _t("No scale or number of items is printed for the score {mean}±{sd}分, so whether its data are whole numbers is unknown.",
                                "分数 {mean}±{sd}分 没有给出量表或条目数,无法知道其数据是否为整数。"),
    ("grimmer", "fit"): _t("A mean of {mean} with an SD of {sd} can arise from {n} {data:phrase} (GRIM and GRIMMER).",
                           "{n} 个{data:phrase}可以得到均值 {mean}、标准差 {sd}(GRIM 与 GRIMMER)。"),
    ("grimmer", "fit_on_scale"): _t("A mean of {mean} with an SD of {sd} can arise from {n} {data:phrase} (GRIM and GRIMMER with the scale).",
                                    "{n} 个{data:phrase}可以得到均值 {mean}、标准差 {sd}(GRIM 与结合量表的 GRIMMER)。"),
    ("grimmer", "misfit"): _t(
        "{mean}±{sd} cannot come from {n} {data:phrase}: {reason:word=grimmer_reason}. It would be possible only if the data were not whole numbers or the n were another.",
        "{mean}±{sd} 不可能来自 {n} 个{data:phrase}:{reason:word=grimmer_reason}。只有数据不是整数或 n 另有其数时才可能。"),
    ("grimmer", "misfit_scale_unsure"): _t(
        "{mean}±{sd} cannot come from {n} {data:phrase}: {reason:word=grimmer_reason}. But this table holds several measures and the text "
        "states several scales before it: consistent if this column is on another scale, or is no score at all.",
        "{mean}±{sd} 不可能来自 {n} 个{data:phrase}:{reason:word=grimmer_reason}。但此表含多个指标,前文给出多个量表范围:"
        "若该列属另一量表或并非得分,则一致。"),
    ("grimmer", "misfit_if_sample"): _t(
        "{mean}±{sd} cannot come from {n} {data:phrase}, the survey's sample: {reason:word=grimmer_reason}. A table row's mean is of its "
        "own group, whose size is not printed: consistent only if that group is not the whole sample.",
        "{mean}±{sd} 不可能来自全部样本 {n} 个{data:phrase}:{reason:word=grimmer_reason}。表中一行的均值属于该行的组,其人数未给出:"
        "只有该组不是全部样本时才一致。"),
    ("debit", "fit_on_scale"): _t("A mean of {mean} with an SD of {sd} can arise from {n} {data:phrase} (GRIM and GRIMMER with the scale).",
                                  "{n} 个{data:phrase}可以得到均值 {mean}、标准差 {sd}(GRIM 与结合量表的 GRIMMER)。"),
    ("debit", "misfit_grim"): _t("{mean}±{sd} cannot come from {n} {data:phrase}: no count of 1s among {n} gives the mean {mean} (GRIM).",
                                 "{mean}±{sd} 不可能来自 {n} 个{data:phrase}:{n} 个回答中 1 的个数无论多少都得不到均值 {mean}(GRIM)。"),
    ("debit", "misfit_sd"): _t("{mean}±{sd} cannot come from {n} {data:phrase}: no {n} answers of 0 and 1 with that mean have an SD that prints as {sd} (DEBIT).",
                               "{mean}±{sd} 不可能来自 {n} 个{data:phrase}:均值如此的 {n} 个 0/1 回答,其标准差都不会是 {sd}(DEBIT)。"),
    # --- tests -------------------------------------------------------------------------------------------------------------
    ("test_p", "no_p"): _t("{test} is printed with no p-value.", "{test} 没有给出 p 值。"),
    ("test_p", "no_df"): _t("{test} is printed without its degrees of freedom, and the text does not give the design that would fix them.",
                            "{test} 没有给出自由度,原文也没有可以确定自由度的设计。"),
    ("test_p", "fit"): _t("{test}, with {df:phrase}, gives p = {p:range}, which {printed:phrase} allows.",
                          "{test}({df:phrase})对应 p = {p:range},与 {printed:phrase} 相符。"),
    ("test_p", "misfit"): _t("{test}, with {df:phrase}, gives p = {p:range}, which {printed:phrase} does not allow.{derived:word=df_derived}",
                             "{test}({df:phrase})对应 p = {p:range},与 {printed:phrase} 不符。{derived:word=df_derived}"),
    ("test_p", "fit_every_df"): _t("{test} gives p = {p:range} for any degrees of freedom (none is printed), which {printed:phrase} allows.",
                                   "{test} 在任何自由度下(原文未给出自由度)对应的 p = {p:range},都与 {printed:phrase} 相符。"),
    ("test_p", "fit_some_df"): _t("{test} gives p = {p:range} across the degrees of freedom it could have (none is printed); {printed:phrase} holds only with {df}.",
                                  "{test} 在可能的自由度下对应 p = {p:range}(原文未给出自由度);只有在 {df} 时才与 {printed:phrase} 相符。"),
    ("test_p", "misfit_every_df"): _t("{test} gives p = {p:range} whatever its degrees of freedom (none is printed), which {printed:phrase} does not allow for any of them.",
                                      "{test} 无论自由度为多少(原文未给出),对应的 p = {p:range},都与 {printed:phrase} 不符。"),
    ("decision_error", "misfit_every_df"): _t(
        "{test} gives p = {p:range} whatever its degrees of freedom (none is printed), which {printed:phrase} does not allow for any of them; "
        "the printed p and every recomputed one fall on different sides of 0.05 (recomputed: {side:word=significance}).",
        "{test} 无论自由度为多少(原文未给出),对应的 p = {p:range},都与 {printed:phrase} 不符;报告的 p 与任何重算的 p 都分处 0.05 两侧(重算结果:{side:word=significance})。"),
    ("decision_error", "misfit"): _t(
        "{test}, with {df:phrase}, gives p = {p:range}, which {printed:phrase} does not allow; "
        "the printed p and the recomputed one fall on different sides of 0.05 (recomputed: {side:word=significance}).{derived:word=df_derived}",
        "{test}({df:phrase})对应 p = {p:range},与 {printed:phrase} 不符;报告的 p 与重算的 p 分处 0.05 两侧(重算结果:{side:word=significance})。{derived:word=df_derived}"),
    ("t_recomputed", "fit"): _t("From {means:join= and } ({groups:join= and }, {n1} and {n2}), t = {t:t_range} (pooled or Welch's); the report prints {test}.",
                                "由 {means:join=与}({groups:join=与},{n1} 与 {n2} 人)算得 t = {t:t_range}(合并方差或 Welch);报告为 {test}。"),
    ("t_recomputed", "misfit"): _t("From {means:join= and } ({groups:join= and }, {n1} and {n2}), t = {t:t_range} (pooled or Welch's), not the printed {test}.",
                                   "由 {means:join=与}({groups:join=与},{n1} 与 {n2} 人)算得 t = {t:t_range}(合并方差或 Welch),不是报告的 {test}。"),
    ("answers_sum", "over_sample"): _t(
        "The answers of this single-select question add up to {counts:join= + } = {sum}, more than the {n} of “{evidence}”: "
        "each respondent gives one answer, so the stated number or one of the counts is wrong.",
        "这道单选题各选项人数合计 {counts:join= + } = {sum},多于“{evidence}”的 {n}:每人只选一项,所以给出的总数或某个选项人数有误。"),
    ("f_recomputed", "fit"): _t("From {means:join=, } (groups of {ns:join=, }), a one-way analysis of variance gives F = {f:t_range}; "
                                "the report prints {test}.",
                                "由 {means:join=、}(各组 {ns:join=、} 人)做单因素方差分析,F = {f:t_range};报告为 {test}。"),
    ("f_recomputed", "misfit"): _t("From {means:join=, } (groups of {ns:join=, }), a one-way analysis of variance gives F = {f:t_range}, "
                                   "not the printed {test}.",
                                   "由 {means:join=、}(各组 {ns:join=、} 人)做单因素方差分析,F = {f:t_range},不是报告的 {test}。"),
    ("mean_in_range", "fit"): _t("“{label}”: the mean {mean} lies between the smallest value {lo} and the largest {hi}.",
                                 "“{label}”:均值 {mean} 介于最小值 {lo} 与最大值 {hi} 之间。"),
    ("mean_in_range", "misfit"): _t("“{label}”: the mean {mean} is outside the range of its values, {lo} to {hi}: no data have a mean beyond their "
                                    "smallest and largest value.",
                                    "“{label}”:均值 {mean} 超出了其取值范围 {lo}~{hi}:任何数据的均值都不可能超出其最小值与最大值。"),
    ("median_in_quartiles", "fit"): _t("The median {median} lies between its quartiles {p25} and {p75}.", "中位数 {median} 介于其四分位数 {p25} 与 {p75} 之间。"),
    ("median_in_quartiles", "misfit"): _t("The median {median} is outside its quartiles {p25} and {p75}: a median lies between them, whatever the data.",
                                          "中位数 {median} 不在其四分位数 {p25} 与 {p75} 之间:无论数据如何,中位数都位于二者之间。"),
    ("cohen_d", "fit"): _t("Cohen's d of {means:join= and }: the difference over the SDs' quadratic mean is {exact:.3f} ({lo:.3f}–{hi:.3f} over their "
                           "rounding), which the printed d = {d} fits.",
                           "{means:join=与} 的 Cohen's d:均值差除以两个标准差的平方平均数为 {exact:.3f}(考虑取整为 {lo:.3f}–{hi:.3f}),与报告的 d = {d} 相符。"),
    ("cohen_d", "fit_paired"): _t("Cohen's d of {means:join= and }: the printed d = {d} is the difference's mean over its SD (d_z), one convention for "
                                  "a paired design (over the SDs' quadratic mean it would be {exact:.3f}).",
                                  "{means:join=与} 的 Cohen's d:报告的 d = {d} 是差值均值除以差值标准差(d_z),配对设计的一种算法(按两个标准差的平方平均数则为 {exact:.3f})。"),
    ("cohen_d", "misfit_stated"): _t("Cohen's d of {means:join= and } by the formula the paper states (the difference over √((SD前² + SD后²)/2)) is "
                                     "{exact:.3f} ({lo:.3f}–{hi:.3f} over their rounding), not the printed d = {d}.",
                                     "按论文给出的公式(均值差除以 √((SD前² + SD后²)/2)),{means:join=与} 的 Cohen's d 为 {exact:.3f}(考虑取整为 {lo:.3f}–{hi:.3f}),"
                                     "不是报告的 d = {d}。"),
    ("cohen_d", "misfit"): _t("Cohen's d of {means:join= and } is {exact:.3f} over the SDs' quadratic mean ({lo:.3f}–{hi:.3f} over their rounding), and "
                              "no other usual convention gives the printed d = {d} either.",
                              "{means:join=与} 的 Cohen's d 按两个标准差的平方平均数为 {exact:.3f}(考虑取整为 {lo:.3f}–{hi:.3f}),其他常用算法也得不到报告的 d = {d}。"),
    ("z_of_u", "fit"): _t("U = {u} of groups of {n1} and {n2} gives |Z| = {z_least:.3f} without ties (ties only make it larger); the printed {test} is "
                          "at least that.",
                          "两组 {n1} 与 {n2} 例、U = {u} 时,不计结点 |Z| = {z_least:.3f}(结点校正只会使其更大);报告的 {test} 不小于此值。"),
    ("z_of_u", "misfit"): _t("U = {u} of groups of {n1} and {n2} gives |Z| = {z_least:.3f} without ties, and a correction for ties only makes it larger: "
                             "the printed {test} is too small.",
                             "两组 {n1} 与 {n2} 例、U = {u} 时,不计结点 |Z| = {z_least:.3f},结点校正只会使其更大:报告的 {test} 过小。"),
    ("bartlett_df", "fit"): _t("Bartlett's test of sphericity on {items} items (“{words}”) has df = {items} × ({items} − 1) / 2 = {need}, as printed.",
                               "对 {items} 个题项(“{words}”)的 Bartlett 球形检验,自由度 = {items} × ({items} − 1) / 2 = {need},与报告相符。"),
    ("bartlett_df", "fewer_items"): _t(
        "Bartlett's test of sphericity on {items} items (“{words}”) has df = {need}; the printed df = {df} is that of {fewer} items: consistent if the "
        "analysis left some items out.",
        "对 {items} 个题项(“{words}”)的 Bartlett 球形检验自由度应为 {need};报告的 {df} 对应 {fewer} 个题项:若分析中删去了部分题项则一致。"),
    ("bartlett_df", "misfit"): _t(
        "Bartlett's test of sphericity on {items} items (“{words}”) has df = {items} × ({items} − 1) / 2 = {need}, and no number of items gives the "
        "printed df = {df}.",
        "对 {items} 个题项(“{words}”)的 Bartlett 球形检验,自由度 = {items} × ({items} − 1) / 2 = {need},而任何题项数都得不到报告的 {df}。"),
    ("t_recomputed", "paired_difference_fit"): _t(
        "A paired t is the mean difference over its SD / √n: {difference} with n = {df} + 1 = {n} gives |t| = {exact:.3f} ({t:t_range} over their "
        "rounding); the report prints {test}.",
        "配对 t 等于差值均值除以(差值标准差 / √n):{difference},n = {df} + 1 = {n},得 |t| = {exact:.3f}(考虑取整为 {t:t_range});报告为 {test}。"),
    ("t_recomputed", "paired_difference_misfit"): _t(
        "A paired t is the mean difference over its SD / √n: {difference} with n = {df} + 1 = {n} gives |t| = {exact:.3f} ({t:t_range} over their "
        "rounding), not the printed {test}.",
        "配对 t 等于差值均值除以(差值标准差 / √n):{difference},n = {df} + 1 = {n},得 |t| = {exact:.3f}(考虑取整为 {t:t_range}),不是报告的 {test}。"),
    ("t_recomputed", "paired_within_bound"): _t(
        "A paired t of {group}'s {n} before and after ({means:join= and }): the SD of the differences is at most the sum of the two SDs, "
        "so |t| is at least {t_least:.2f}; the printed {test} is within that bound.",
        "{group} {n} 例前后比较的配对 t({means:join=与}):差值的标准差至多为两个标准差之和,故 |t| 至少为 {t_least:.2f};报告的 {test} 在此范围内。"),
    ("t_recomputed", "paired_below_bound"): _t(
        "A paired t of {group}'s {n} before and after ({means:join= and }): the SD of the differences is at most the sum of the two SDs, "
        "so |t| is at least {t_least:.2f}, more than the printed {test}, whatever the pairs' correlation.",
        "{group} {n} 例前后比较的配对 t({means:join=与}):差值的标准差至多为两个标准差之和,故 |t| 至少为 {t_least:.2f},"
        "无论前后相关多大都大于报告的 {test}。"),
    ("t_recomputed", "misfit_any_n"): _t(
        "From {means:join= and } ({groups:join= and }), t is at least {t_least:.2f} even with two per group, and grows with the groups' size: "
        "no size of the groups gives the printed {test}.",
        "由 {means:join=与}({groups:join=与})算得,即使每组只有 2 人,t 也至少为 {t_least:.2f},且随人数增大:任何组人数都得不到报告的 {test}。"),
    ("chi2_recomputed", "fit"): _t("From {cells:phrase}: {values:phrases=, }; the printed {printed} is {matched:word=chi2_name}{fisher:phrases}.",
                                   "由 {cells:phrase} 算得:{values:phrases=,};报告的 {printed} 是{matched:word=chi2_name}{fisher:phrases}。"),
    ("chi2_recomputed", "misfit"): _t("From {cells:phrase}: {values:phrases=, }; neither gives the printed {printed}{fisher:phrases}.",
                                      "由 {cells:phrase} 算得:{values:phrases=,};两者都得不到报告的 {printed}{fisher:phrases}。"),
    ("chi2_table", "fit"): _t("From the {shape} table printed before it: {tried:phrases=, }; the printed {reported} is one of them (df = {df}).",
                              "由前面所列的 {shape} 表算得:{tried:phrases=,};报告的 {reported} 与之相符(自由度 = {df})。"),
    ("chi2_table", "misfit"): _t(
        "From the {shape} table printed before it: {tried:phrases=, }; none prints as {reported}, and every share of the table fits its counts, so "
        "they were read right: the χ² cannot be right for them (df = {df}).",
        "由前面所列的 {shape} 表算得:{tried:phrases=,};都不是报告的 {reported},而表中每个比例都与其人数相符,说明人数读取无误:该 χ² 与这些人数不符(自由度 = {df})。"),
    ("chi2_table", "misfit_if"): _t(
        "From the {shape} table printed before it: {tried:phrases=, }; none prints as {reported}: consistent only if the test is another one, or "
        "of other counts (df = {df}).",
        "由前面所列的 {shape} 表算得:{tried:phrases=,};都不是报告的 {reported}:只有当所用检验不同、或基于其他人数时才一致(自由度 = {df})。"),
    ("margin_of_error", "misfit_unweighted"): _t(
        "With {n} respondents ({sample}), the largest margin of a share is {tried:phrases=; }; the printed ±{reported} is larger than any of them, and "
        "the text says the sample is not weighted (“{words}”): no weighting widens it.",
        "{n} 名受访者({sample})时,比例的最大误差为 {tried:phrases=;};报告的 ±{reported} 比这些都大,而原文称样本未加权(“{words}”):没有加权可以使误差变大。"),
    ("margin_of_error", "fit"): _t("With {n} respondents ({sample}), the margin of a share is {tried:phrases}; the report prints ±{reported}.",
                                   "{n} 名受访者({sample})时,比例的误差为 {tried:phrases};报告为 ±{reported}。"),
    ("margin_of_error", "no_sample"): _t("The margin of error {reported} cannot be checked: the text states no sample.",
                                         "误差 {reported} 无法核对:原文没有给出样本量。"),
    ("margin_of_error", "misfit"): _t("With {n} respondents ({sample}), the largest margin of a share is {tried:phrases=; }: "
                                      "every convention gives more than the printed ±{reported}, which understates the margin.",
                                      "{n} 名受访者({sample})时,比例的最大误差为 {tried:phrases=;}:任何常用算法都大于报告的 ±{reported},报告低估了误差。"),
    ("margin_of_error", "misfit_larger"): _t("With {n} respondents ({sample}), the largest margin of a share is {tried:phrases=; }; "
                                             "the printed ±{reported} is larger, which a design effect or another convention would explain.",
                                             "{n} 名受访者({sample})时,比例的最大误差为 {tried:phrases=;};报告的 ±{reported} 更大,设计效应或其他算法可以解释。"),
    ("margin_of_error", "design_effect"): _t("With {n} respondents ({sample}), the largest margin of a share is {tried:phrases=; }; "
                                             "the printed ±{reported} is larger, as the weighting of the data makes it.",
                                             "{n} 名受访者({sample})时,比例的最大误差为 {tried:phrases=;};报告的 ±{reported} 更大,数据加权会使误差变大。"),
    ("ratio_of_numbers", "sex_fit"): _t("A sex ratio is males per 100 females: 100 × {male} / {female} = {exact} (over their rounding), which prints as "
                                        "the report's {reported}.",
                                        "性别比为每 100 名女性对应的男性数:100 × {male} / {female} = {exact}(考虑取整),与报告的 {reported} 相符。"),
    ("ratio_of_numbers", "sex_misfit"): _t("A sex ratio is males per 100 females: 100 × {male} / {female} = {exact}, and no value within their rounding "
                                           "prints as the report's {reported}.",
                                           "性别比为每 100 名女性对应的男性数:100 × {male} / {female} = {exact},在取整范围内得不到报告的 {reported}。"),
    ("ratio_of_numbers", "fit"): _t("{a} / {b} = {exact}, which prints as the report's {reported}.", "{a} / {b} = {exact},与报告的 {reported} 相符。"),
    ("ratio_of_numbers", "misfit"): _t("The two numbers printed before it, {a} and {b}, give {exacts:join= or } (either way round, over their rounding); "
                                       "neither prints as the report's {reported}.",
                                       "前面给出的两个数 {a} 与 {b},无论谁除以谁(含取整误差)都得 {exacts:join= 或 },都不是报告的 {reported}。"),
    ("arms_total", "equal"): _t("{k} groups of {n} (“{text}”) are {k} × {n} = {product}, the {total} of “{total_text}”.",
                                "{k} 组各 {n}(“{text}”)共 {k} × {n} = {product},即“{total_text}”的 {total}。"),
    ("arms_total", "fewer"): _t("{k} groups of {n} (“{text}”) are {k} × {n} = {product}, {gap} fewer than the {total} of “{total_text}”: "
                                "as many were not allocated or were excluded, which the text should say.",
                                "{k} 组各 {n}(“{text}”)共 {k} × {n} = {product},比“{total_text}”的 {total} 少 {gap}:这些人未分组或被排除,原文应当说明。"),
    ("arms_total", "more"): _t("{k} groups of {n} (“{text}”) are {k} × {n} = {product}, {gap} more than the {total} of “{total_text}” divided among them.",
                               "{k} 组各 {n}(“{text}”)共 {k} × {n} = {product},比被分组的“{total_text}”的 {total} 多 {gap}。"),
    ("arms_total", "sizes_equal"): _t("The {k} groups (“{text}”) add up to {sizes:join} = {sum}, the {total} of “{total_text}”.",
                                      "{k} 组(“{text}”)合计 {sizes:join} = {sum},即“{total_text}”的 {total}。"),
    ("arms_total", "sizes_fewer"): _t("The {k} groups (“{text}”) add up to {sizes:join} = {sum}, {gap} fewer than the {total} of “{total_text}”: "
                                      "as many were not allocated or were excluded, which the text should say.",
                                      "{k} 组(“{text}”)合计 {sizes:join} = {sum},比“{total_text}”的 {total} 少 {gap}:这些人未分组或被排除,原文应当说明。"),
    ("arms_total", "sizes_more"): _t("The {k} groups (“{text}”) add up to {sizes:join} = {sum}, {gap} more than the {total} of “{total_text}” divided among them.",
                                     "{k} 组(“{text}”)合计 {sizes:join} = {sum},比被分组的“{total_text}”的 {total} 多 {gap}。"),
    ("share_of_total", "fit"): _t("100 × {part} / {total} ({name}) = {exact}% ({range:t_range}% over the rounding of both), which prints as {reported}.",
                                  "100 × {part} / {total}({name})= {exact}%(按两数的取整范围为 {range:t_range}%),与所印的 {reported} 相符。"),
    ("share_of_total", "misfit"): _t("100 × {part} / {total} ({name}) = {exact}% ({range:t_range}% over the rounding of both), not the {reported} printed; "
                                     "{part} is the only figure of its sentence that can be the part.",
                                     "100 × {part} / {total}({name})= {exact}%(按两数的取整范围为 {range:t_range}%),不是所印的 {reported};"
                                     "{part} 是句中唯一可能的部分。"),
    ("item_mean", "fit"): _t("“{line}”: (scores {scores:join=, } × counts {counts:join=, }) / {n} = {total}/{n} = {exact}, which prints as {reported}.",
                             "“{line}”:(分值 {scores:join=、} × 人数 {counts:join=、})/ {n} = {total}/{n} = {exact},与 {reported} 相符。"),
    ("item_mean", "misfit"): _t("“{line}”: (scores {scores:join=, } × counts {counts:join=, }) / {n} = {total}/{n} = {exact}, not the printed {reported}.",
                                "“{line}”:(分值 {scores:join=、} × 人数 {counts:join=、})/ {n} = {total}/{n} = {exact},不是所印的 {reported}。"),
    ("item_sd", "fit"): _t("“{line}”: the SD of its {n} answers is {sample} (over n − 1) or {population} (over n); the printed {reported} is one of them.",
                           "“{line}”:{n} 个回答的标准差为 {sample}(除以 n − 1)或 {population}(除以 n);所印的 {reported} 与其一相符。"),
    ("item_sd", "misfit"): _t("“{line}”: the SD of its {n} answers is {sample} (over n − 1) or {population} (over n), not the printed {reported}.",
                              "“{line}”:{n} 个回答的标准差为 {sample}(除以 n − 1)或 {population}(除以 n),不是所印的 {reported}。"),
    ("overall_rate", "fit"): _t("The groups' rates {rates:join=, } of {sizes:join= and } give {range:t_range}% of all {n} over their rounding; "
                                "the overall {overall} is within it.",
                                "各组比例 {rates:join=、}(各 {sizes:join= 与 } 人)合起来为 {n} 人的 {range:t_range}%(按取整范围);总体 {overall} 在此范围内。"),
    ("overall_rate", "misfit"): _t("The groups' rates {rates:join=, } of {sizes:join= and } give {range:t_range}% of all {n} over their rounding, "
                                   "not the overall {overall}.",
                                   "各组比例 {rates:join=、}(各 {sizes:join= 与 } 人)合起来为 {n} 人的 {range:t_range}%(按取整范围),不是总体的 {overall}。"),
    ("overall_rate", "outside"): _t("The overall {overall} lies outside the groups' rates {rates:join=, }: a rate of the groups together is "
                                    "between theirs, whatever their sizes.",
                                    "总体 {overall} 不在各组比例 {rates:join=、} 之间:无论各组人数多少,合起来的比例都应介于各组之间。"),
    ("wald_of_coefficient", "fit"): _t("(B / SE)² = ({b} / {se})² = {square} ({low} to {high} over the rounding of both), which gives the printed {wald}.",
                                       "(B / SE)² = ({b} / {se})² = {square}(按两数的取整范围为 {low} 至 {high}),与所印的 {wald} 相符。"),
    ("wald_of_coefficient", "misfit"): _t("(B / SE)² = ({b} / {se})² = {square} ({low} to {high} over the rounding of both), not the printed {wald}.",
                                          "(B / SE)² = ({b} / {se})² = {square}(按两数的取整范围为 {low} 至 {high}),不是所印的 {wald}。"),
    ("se_of_mean", "fit"): _t("{label}: SD / √N = {sd} / √{n} = {exact}, which prints as the standard error {reported}.",
                              "{label}:标准差 / √N = {sd} / √{n} = {exact},与均值的标准误 {reported} 相符。"),
    ("se_of_mean", "misfit"): _t("{label}: SD / √N = {sd} / √{n} = {exact}, not the standard error {reported} printed.",
                                 "{label}:标准差 / √N = {sd} / √{n} = {exact},不是所印的均值的标准误 {reported}。"),
    ("votes_sum", "equal"): _t("{line}: {votes:join} = {sum} votes, its {n} voters.", "{line}:{votes:join} = {sum} 票,即其参评人数 {n}。"),
    ("votes_sum", "differ"): _t("{line}: {votes:join} = {sum} votes, not its {n} voters; each voter casts one vote.",
                                "{line}:{votes:join} = {sum} 票,不等于其参评人数 {n};每人只投一票。"),
    ("vote_rate", "fit"): _t("{line}: 100 × {k} / {n} = {exact}%, which prints as the 满意率 {reported}.",
                             "{line}:100 × {k} / {n} = {exact}%,与满意率 {reported} 相符。"),
    ("vote_rate", "misfit"): _t("{line}: 100 × {k} / {n} = {exact}%, not the 满意率 {reported} printed.",
                                "{line}:100 × {k} / {n} = {exact}%,不是所印的满意率 {reported}。"),
    ("vote_score", "fit"): _t("{line}: ({a} × {w1} + {b} × {w2}) / {n} = {exact}, which prints as the score {reported}.",
                              "{line}:({a} × {w1} + {b} × {w2})/ {n} = {exact},与综合得分 {reported} 相符。"),
    ("vote_score", "misfit"): _t("{line}: ({a} × {w1} + {b} × {w2}) / {n} = {exact}, not the score {reported} printed.",
                                 "{line}:({a} × {w1} + {b} × {w2})/ {n} = {exact},不是所印的综合得分 {reported}。"),
    ("cells_sum", "votes_total"): _t("“{line}”: the rows add up to {parts:join} = {sum}, not the {total} of the 合计 row ({gap} apart).",
                                     "“{line}”:各行之和 {parts:join} = {sum},不是合计行的 {total}(相差 {gap})。"),
    ("structure_share", "fit"): _t("100 × {part} / {total} = {exact}% ({range:t_range}% over the rounding of both), which the structure prints as {reported}.",
                                   "100 × {part} / {total} = {exact}%(按两数的取整范围为 {range:t_range}%),与结构比例 {reported} 相符。"),
    ("structure_share", "misfit"): _t("100 × {part} / {total} = {exact}% ({range:t_range}% over the rounding of both), not the {reported} of the structure.",
                                      "100 × {part} / {total} = {exact}%(按两数的取整范围为 {range:t_range}%),不是结构比例中的 {reported}。"),
    ("split_sum", "equal"): _t("“{line}”, group {column}: {counts:join= + } = {sum} ({categories:join=/}), the group's {n}.",
                               "“{line}”第 {column} 组:{counts:join= + } = {sum}({categories:join=/}),即该组的 {n}。"),
    ("split_sum", "differ"): _t("“{line}”, group {column}: {counts:join= + } = {sum} ({categories:join=/}), not the group's {n}: "
                                "each member is one or the other.",
                                "“{line}”第 {column} 组:{counts:join= + } = {sum}({categories:join=/}),不是该组的 {n}:每名成员必属其一。"),
    ("arms_sexes", "equal"): _t("{arm}: {men} men + {women} women = {sum}, its {n}.", "{arm}:男 {men} + 女 {women} = {sum},即该组的 {n}。"),
    ("arms_sexes", "differ"): _t("{arm}: {men} men + {women} women = {sum}, not its {n}: every participant is one or the other.",
                                 "{arm}:男 {men} + 女 {women} = {sum},不是该组的 {n}:每名研究对象非男即女。"),
}

#: Why a check is ``not_checkable``, in a few words a researcher acts on (to count by in the page's summary and the
#: terminal's): keyed like :data:`TEMPLATES`, and by ``("no_base", why)`` for a share with no base.
REASONS: dict[tuple[str, str], Template] = {
    ("no_base", "why_count"): _t("no base printed (its count implies one)", "未给出基数(其人数可推出基数)"),
    ("no_base", "why_count_no_base"): _t("a count and share that no base joins", "人数与比例对不上任何基数"),
    ("no_base", "why_page_misfit"): _t("no base printed (not the text's base)", "未给出基数(不符合全文基数)"),
    ("no_base", "why_lone_share"): _t("no base printed for a lone share", "单个比例未给出基数"),
    ("no_base", "why_over_time"): _t("shares of different times, no base printed", "不同时间的比例,未给出基数"),
    ("no_base", "why_no_common"): _t("no base printed, and none fits the question", "未给出基数,也没有符合该题的基数"),
    ("no_base", "none_before"): _t("no base printed", "未给出基数"),
    ("damaged_number", "damaged"): _t("a number damaged in the scrape", "数字在抓取中损坏"),
    ("grimmer", "measurement"): _t("a mean of measurements (GRIM does not apply)", "测量值的均值(GRIM 不适用)"),
    ("grimmer", "no_unit"): _t("a mean ± SD with no unit or scale", "均值 ± 标准差未给出单位或量表"),
    ("grimmer", "no_n"): _t("no group size printed for a mean", "均值未给出组人数"),
    ("grimmer", "no_scale"): _t("no integer scale stated for a mean", "均值未说明整数计分量表"),
    ("grim_mean", "no_n"): _t("no group size printed for a mean", "均值未给出组人数"),
    ("grim_mean", "no_scale"): _t("no integer scale stated for a mean", "均值未说明整数计分量表"),
    ("grim_percent", "weighted"): _t("weighted data (GRIM does not apply)", "加权数据(GRIM 不适用)"),
    ("test_p", "no_p"): _t("a test printed without its p", "检验未给出 p 值"),
    ("test_p", "no_df"): _t("a test with no df and no design that fixes them", "检验未给出自由度,设计也无法确定"),
    ("response_rate", "not_printed"): _t("a rate whose counts are not printed", "比率的分子分母未给出"),
    ("points_change", "not_printed"): _t("a change whose two shares are not printed", "变化量的前后比例未给出"),
    ("margin_of_error", "no_sample"): _t("a margin of error with no sample printed", "误差未给出样本量"),
    ("*", "uncertain_reading"): _t("a number read uncertainly (never accused)", "数字读取不确定(不作不一致判断)"),
}

#: Phrases that a fact can be (``{"key": ..., **fields}``), rendered inside a template.
PHRASES: dict[str, Template] = {
    # what the rest of a question says about a share that misses its base
    "others_fit_one": _t("the other share of the question fits {n}", "该题另一个比例符合 {n}"),
    "others_fit_many": _t("the other {rest} shares of the question fit {n}", "该题其余 {rest} 个比例都符合 {n}"),
    "base_is": _t("the base is {base}", "基数为 {base}"),
    # the count of a frequency table's share: its row's, or the rows' so far (a cumulative share)
    "row_count": _t("{k}", "{k}"),
    "running_count": _t("({parts:join} = {k})", "({parts:join} = {k})"),
    # what would explain a misfit
    "digit_dropped": _t("{value}% would be {printed}% with a digit dropped", "{value}% 可能是 {printed}% 漏了一位数字"),
    "digits_swapped": _t("{value}% would be {printed}% with two digits swapped", "{value}% 可能是 {printed}% 两位数字颠倒"),
    "other_sample": _t("it would fit the {n} of “{text}” instead", "它符合“{text}”的 {n}"),
    "other_base": _t("only a base of {n} would give it, and nothing in the text says so", "只有基数为 {n} 才能得到它,而原文没有这样说"),
    "no_base_at_all": _t("no base at all gives {value}% for a count of {k}", "人数为 {k} 时,任何基数都得不到 {value}%"),
    "bases_would_give": _t("bases that would give it: {bases:join=, }, …", "能得到它的基数:{bases:join=,},……"),
    "forced_to_hundred": _t("{value}% is {k}/{n} = {printed}% moved by {by} so that the question's printed shares add up to exactly 100% "
                            "(with {printed}% they add up to {sum}%)",
                            "{value}% 是 {k}/{n} = {printed}% 被调整了 {by},使该题各比例之和恰好为 100%(用 {printed}% 时合计为 {sum}%)"),
    "smallest_above": _t(" The smallest base that gives them all is {n}, above the respondents.", "能同时得到它们的最小基数是 {n},超过了受访人数。"),
    # why a share has no base (what a reader would look for to check it)
    "why_count": _t("its count {k} gives it only on a base of {bases:join= or }, which the text does not print",
                    "按其人数 {k},基数只能是 {bases:join= 或 },而原文没有给出"),
    "why_count_no_base": _t("no base at all gives it for its count {k}: the count, the share or their pairing is misprinted",
                            "人数为 {k} 时任何基数都得不到它:人数、比例或二者的对应有误"),
    "why_page_misfit": _t("the shares of the text establish a base of {n}, which it does not fit: it may be a share of another group",
                          "全文各比例确立的基数为 {n},它与之不符:它可能是另一群体的比例"),
    "why_lone_share": _t("it is the only share of its statement: one share cannot establish a base", "它是该处唯一的比例:单个比例无法确立基数"),
    "why_over_time": _t("its shares are of different times, not answers of one base", "该处各比例属于不同时间,不是同一基数下的选项"),
    "why_no_common": _t("the shares of its question fit no one base", "该题各比例不符合任何同一基数"),
    # why the reading of a number is uncertain
    "thousands_cut": _t("digits and a space right before it, “{context}”: its thousands may have been cut off", "它前面紧挨着数字和空格(“{context}”),千位可能被截断"),
    "reader_flag": _t("{text}", "{text}"),
    # why a question is one single-choice question
    "form_marked": _t("marked 单选", "标明单选"),
    "form_breakdown": _t("a breakdown of respondents by {attribute:word=attribute} (每人只属一类)", "按{attribute:word=attribute}划分受访者,每人只属一类"),
    "form_scale": _t("the answers of one scale ({labels:join=、})", "同一量表的各个选项({labels:join=、})"),
    "form_negation": _t("an answer and its negation ({answer} / {negated})", "一个选项与其否定({answer} / {negated})"),
    "form_dont_know": _t("answers with a don't-know (记不清, 不清楚 …)", "含“记不清”“不清楚”等选项"),
    "form_whether": _t("a question asked as 是否 / 吗", "以“是否”“吗”提问"),
    # the shares of a single-select question that add up past 100%
    "culprits": _t("; {shares:join=, } already break{count:singular_s} the question's base", ";其中 {shares:join=、} 已与该题的基数不符"),
    "unknown_culprit": _t("; at least one of them is wrong, and the text does not show which", ";其中至少有一个是错的,但原文看不出是哪一个"),
    # a ratio tried for a rate
    "ratio": _t("{num}/{den} = {exact}%", "{num}/{den} = {exact}%"),
    # the data a mean ± SD is of
    "ages": _t("ages in whole years, as papers record them", "以整岁记录的年龄(论文通常如此)"),
    "item_scores": _t("scores on the {lo}~{hi} scale", "{lo}~{hi} 分量表上的分数"),
    "item_scores_averaged": _t("scores on the {lo}~{hi} scale, averaged over {items} items", "{lo}~{hi} 分量表上的分数({items} 个条目的平均)"),
    "total_scores": _t("whole-number total scores", "整数总分"),
    "total_scores_of_items": _t("whole-number total scores from {items} items on the {lo}~{hi} scale", "由 {items} 个 {lo}~{hi} 分条目构成的整数总分"),
    "total_range": _t("whole-number total scores from {lo} to {hi}", "{lo}~{hi} 分的整数总分"),
    "instrument_total": _t("{name} totals, whole numbers from {lo} to {hi} by the instrument's scoring rules",
                           "{name} 总分,按该量表的计分规则为 {lo}~{hi} 的整数"),
    "differences": _t("differences of two whole-number {name} totals", "两个 {name} 整数总分之差"),
    "whole_stated": _t("whole numbers, as the text states (“{words}”)", "整数(原文称“{words}”)"),
    "binary": _t("answers coded 0/1", "按 0/1 编码的回答"),
    # the degrees of freedom of a test
    "df_regression_n": _t("df = {df} = N − k − 1, with the table's N = {n} and its {k} predictors", "自由度 = {df} = N − k − 1(表中 N = {n},{k} 个自变量)"),
    "df_regression": _t("df = {df}, the residual df of the table's {f}", "自由度 = {df},即表中 {f} 的残差自由度"),
    "df_printed": _t("df as printed ({df})", "按报告的自由度 ({df})"),
    "df_normal": _t("a normal statistic (no df)", "正态统计量(无自由度)"),
    "df_two_groups": _t("df = {n1} + {n2} − 2 = {df}, from the two groups' sizes (not printed)", "自由度 = {n1} + {n2} − 2 = {df},由两组人数推出(原文未给出)"),
    "df_k_groups": _t("df = {k} − 1 = {df1} and {total} − {k} = {df2}, from the sizes of the table's {k} groups (not printed)",
                      "自由度 = {k} − 1 = {df1} 与 {total} − {k} = {df2},由表中 {k} 组的人数推出(原文未给出)"),
    "df_table": _t("df = {df}, from the {shape} table printed before it (no df is printed)", "自由度 = {df},由前面的 {shape} 表推出(原文未给出自由度)"),
    "df_correlation": _t("df = n − 2 = {df}, from the n = {n} printed beside it", "自由度 = n − 2 = {df},由旁边给出的 n = {n} 推出"),
    "df_wald": _t("df = 1, a Wald χ² of one coefficient", "自由度 = 1,单个系数的 Wald χ²"),
    "df_two_rates": _t("df = 1, a 2×2 table of the two rates (not printed)", "自由度 = 1,两个率的 2×2 表(原文未给出)"),
    # the p-value as printed
    "p_equals": _t("P={value}", "P={value}"),
    "p_zero": _t("P={value} (read as P<{bound:g})", "P={value}(理解为 P<{bound:g})"),
    "p_bound": _t("P{op}{value}", "P{op}{value}"),
    # a margin of error recomputed
    "margin_tried": _t("{moe}% at {level}% confidence (z = {z}, p = {p}{fpc:word=fpc})", "{moe}%(置信水平 {level}%,z = {z},p = {p}{fpc:word=fpc})"),
    # a 2×2 table recomputed from two rates
    "two_rates": _t("{k1}/{n1} against {k2}/{n2}", "{k1}/{n1} 与 {k2}/{n2}"),
    "chi2_tried": _t("{name:word=chi2_name} = {value}", "{name:word=chi2_name} = {value}"),
    "chi2_pearson": _t("Pearson's χ² {value}", "Pearson χ² 为 {value}"),
    "chi2_yates": _t("with Yates' correction {value}", "经 Yates 校正为 {value}"),
    "fisher": _t("; an expected count is {expected_min:.2f}, below 5, so Fisher's exact test (p = {p:.4g}) is the usual choice",
                 ";有一个期望频数为 {expected_min:.2f},小于 5,通常应改用 Fisher 精确检验(p = {p:.4g})"),
}

#: Vocabularies: a fact's value and the words it stands for in each language.
WORDS: dict[str, dict[str, Template]] = {
    "rounding": {"up_or_down": _t("rounded half up or down", "四舍五入(逢五可入可舍)"), "trunc": _t("truncated", "截尾取整")},
    "base_role": {"stated": _t("the base stated in the sentence", "句中给出的基数"),
                  "fits_rest": _t("the base that fits the rest of its question", "该题其余比例所符合的基数"),
                  "page": _t("the base that the shares of the text establish", "全文各比例所确立的基数")},
    "list_form": {"合计": _t("合计", "合计"), "其中": _t("其中 with a list", "“其中”加列举"), "中": _t("中 with a list", "“中”加列举"),
},
    "partial_list": {"其中": _t("其中", "“其中”"), "list": _t("the list", "所列各项")},
    "grimmer_reason": {
        "grim": _t("no whole-number sum divided by {total} prints as {mean} (GRIM)", "任何整数和除以 {total} 都得不到 {mean}(GRIM)"),
        "sd_range": _t("no sum of squares of {n} such values gives an SD that prints as {sd} (GRIMMER)",
                       "{n} 个这样的数,其平方和都得不到标准差 {sd}(GRIMMER)"),
        "parity": _t("the sums of squares that would give the SD {sd} all have the wrong parity for a mean of {mean} (GRIMMER)",
                     "能得到标准差 {sd} 的平方和,其奇偶性都与均值 {mean} 不符(GRIMMER)"),
        "scale": _t("no {n} values on the scale print as both {mean} and {sd}", "量表上任何 {n} 个数都不能同时得到 {mean} 和 {sd}"),
    },
    "attribute": {"household": _t("household size", "家庭人口"), "age": _t("age", "年龄"), "sex": _t("sex", "性别"),
                  "education": _t("education", "学历"), "politics": _t("political affiliation", "政治面貌"), "marital": _t("marital status", "婚姻状况"),
                  "years": _t("years of service", "年限"), "income": _t("income", "收入"), "residence": _t("residence", "城乡")},
    "significance": {"significant": _t("significant", "显著"), "not significant": _t("not significant", "不显著")},
    "df_derived": {True: _t(" The df were derived, not printed: with other df the p would differ.", "自由度是推出来的,不是原文给出的:自由度不同,p 也会不同。"),
                   False: _t("", "")},
    "fpc": {True: _t(", corrected for a population of {population}", ",按总体 {population} 做有限总体校正"), False: _t("", "")},
    "total_in": {"row": _t("row", "行"), "column": _t("column", "列")},
    "chi2_name": {"Pearson's χ²": _t("Pearson's χ²", "Pearson χ²"), "with Yates' correction": _t("with Yates' correction", "经 Yates 校正的值"),
                  "likelihood ratio": _t("the likelihood-ratio χ²", "似然比 χ²"), "linear-by-linear": _t("the linear-by-linear χ²", "线性趋势 χ²")},
}
