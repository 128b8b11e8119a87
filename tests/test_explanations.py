"""The sentences of the curated checks (dangjian.compendium.explanations): each template's words, once, in both languages.

The checks themselves are tested by their verdicts and facts (``tests/test_checks.py``); the words live
here, as ``tests/test_explain.py`` keeps the engine's.  A case marked with a check id gives that check's
facts and the two sentences of its row in ``data/processed/audit.csv`` as they were written before the
sentences became templates (so the move changed no word of the file); the other cases give facts of the
kind ``tests/test_checks.py`` produces by changing a printed number, and the sentences written out here.
Change a template and its case fails.
"""

from __future__ import annotations

import pytest

from dangjian.compendium import explanations
from dangjian.engine import explain
from dangjian.engine.results import Check

CASES = [
    # A001 of audit.csv
    (('grim_percent', 'survey_fit'), {'reported': '65.16%', 'n': 310, 'step': '0.323'},
     '65.16% of n = 310 can arise from a whole number of respondents (granularity 100/310 = 0.323 points).',
     '在 n = 310 时,65.16% 可以由整数人数得到(步长 100/310 = 0.323 个百分点)。'),
    # C10 printed 65.17% (tests/test_checks.py): no k of 310 gives it
    (('grim_percent', 'survey_misfit'), {'reported': '65.17%', 'n': 310, 'step': '0.323'},
     '65.17% of n = 310 cannot arise from a whole number of respondents (granularity 100/310 = 0.323 points).',
     '在 n = 310 时,65.17% 不可能由整数人数得到(步长 100/310 = 0.323 个百分点)。'),
    # A002 of audit.csv
    (('percent_of', 'survey_fit'), {'k': 202, 'n': 310, 'exact': '65.1613', 'printed': '65.16', 'places': 2, 'reported': '65.16%'},
     '100 × 202 / 310 = 65.1613%, which prints as 65.16%; the report prints 65.16%.',
     '100 × 202 / 310 = 65.1613%,保留2位小数为 65.16%;报告为 65.16%。'),
    (('percent_of', 'survey_misfit'), {'k': 202, 'n': 310, 'exact': '65.1613', 'printed': '65.16', 'places': 2, 'reported': '65.17%'},
     '100 × 202 / 310 = 65.1613%, which prints as 65.16%, not 65.17%.',
     '100 × 202 / 310 = 65.1613%,保留2位小数为 65.16%,而报告为 65.17%。'),
    # A013 of audit.csv
    (('bound', 'within'), {'reported': '98%', 'n': 125, 'part': '122.50', 'least': 123},
     '98% of 125 is 122.50, so at least 123 of the 125; that is possible.',
     '125 的 98% 为 122.50,即至少 123 个,可能成立。'),
    # 120% of 125 = 150
    (('bound', 'over'), {'reported': '120%', 'n': 125, 'part': '150', 'least': 150},
     '120% of 125 is 150, so at least 150 of the 125; that is impossible, as a part cannot exceed its base.',
     '125 的 120% 为 150,即至少 150 个,超过了基数 125,不可能成立。'),
    # A016 of audit.csv
    (('percent_of_base', 'within'), {'reported': '100%', 'n': 921, 'part': '921', 'least': 921},
     '100% of 921 is 921, so exactly 921 of the 921; that is possible.',
     '921 的 100% 为 921,即 921 个,可能成立。'),
    # 101% of 921 = 930.21, whose ceiling is 931
    (('percent_of_base', 'over'), {'reported': '101%', 'n': 921, 'part': '930.21', 'least': 931},
     '101% of 921 is 930.21, so exactly 931 of the 921; that is impossible, as a part cannot exceed its base.',
     '921 的 101% 为 930.21,即 931 个,超过了基数 921,不可能成立。'),
    # A015 of audit.csv
    (('no_base', 'none_given'), {'reported': '83.2%', 'n_min': 95},
     'No base is given for 83.2%, so it cannot be checked; it needs at least 95 respondents to be printable at all.',
     '83.2% 没有给出分母,无法核对;要得到这个比例至少需要 95 个样本。'),
    # A018 of audit.csv
    (('part_of_base', 'no_more_than_base'), {'count': '202', 'n': '310'},
     '202 is no more than its base of 310.',
     '202 不超过其基数 310。'),
    (('part_of_base', 'more_than_base'), {'count': '312', 'n': '310'},
     '312 is more than its base of 310.',
     '312 超过了其基数 310。'),
    # C52 printed 22 (tests/test_checks.py)
    (('of_which_sum', 'equal'), {'parts': ['2', '3', '11', '1', '5'], 'sum': '22', 'total': '22', 'gap': '0'},
     '2 + 3 + 11 + 1 + 5 = 22, the stated total.',
     '2 + 3 + 11 + 1 + 5 = 22,与总数一致。'),
    # A026 of audit.csv
    (('of_which_sum', 'short'), {'parts': ['2', '3', '11', '1', '5'], 'sum': '22', 'total': '32', 'gap': '10'},
     'The parts add up to 2 + 3 + 11 + 1 + 5 = 22, not the stated 32 (10 unaccounted for); they would agree only if the list were incomplete, which 其中 (of which) does not suggest.',
     '各项之和 2 + 3 + 11 + 1 + 5 = 22,不等于所述总数 32(相差 10);只有当“其中”所列不完整时才能相符。'),
    # C52 printed 20: 22 - 20 = 2
    (('of_which_sum', 'over'), {'parts': ['2', '3', '11', '1', '5'], 'sum': '22', 'total': '20', 'gap': '2'},
     'The parts add up to 2 + 3 + 11 + 1 + 5 = 22, 2 more than the stated 20; the parts listed under 其中 (of which) cannot exceed their total.',
     '各项之和 2 + 3 + 11 + 1 + 5 = 22,比所述总数 20 多 2;“其中”所列各项之和不可能超过总数。'),
    # A027 of audit.csv
    (('table_total', 'equal'), {'parts': ['68', '68', '64', '52', '37', '36', '37'], 'sum': '362', 'total': '362'},
     '68 + 68 + 64 + 52 + 37 + 36 + 37 = 362; the text states 362.',
     '68 + 68 + 64 + 52 + 37 + 36 + 37 = 362;正文为 362。'),
    (('table_total', 'differ'), {'parts': ['68', '68', '64', '52', '37', '36', '37'], 'sum': '362', 'total': '326'},
     '68 + 68 + 64 + 52 + 37 + 36 + 37 = 362, not the 326 the text states.',
     '68 + 68 + 64 + 52 + 37 + 36 + 37 = 362,而正文为 326,两者不符。'),
    # A029 of audit.csv
    (('row_sum_vs_forms', 'equal'), {'township': 'T1', 'block': '述职报告真实情况', 'parts': ['53', '13', '2', '0'], 'sum': '68', 'forms': '68', 'gap': 0},
     'T1 (述职报告真实情况): 53 + 13 + 2 + 0 = 68, the 68 forms issued.',
     'T1(述职报告真实情况):53 + 13 + 2 + 0 = 68,等于发放的 68 份。'),
    # A030 of audit.csv
    (('row_sum_vs_forms', 'short'), {'township': 'T2', 'block': '述职报告真实情况', 'parts': ['41', '14', '9', '0'], 'sum': '64', 'forms': '68', 'gap': 4},
     'T2 (述职报告真实情况): 41 + 14 + 9 + 0 = 64, 4 fewer than the 68 forms issued; consistent only if 4 forms gave no answer here.',
     'T2(述职报告真实情况):41 + 14 + 9 + 0 = 64,比发放的 68 份少 4 份;只有当这 4 份未作答时才一致。'),
    # A041 of audit.csv
    (('row_sum_vs_forms', 'over'), {'township': 'T6', 'block': '测评意见', 'parts': ['24', '14', '0', '0'], 'sum': '38', 'forms': '36', 'gap': 2},
     'T6 (测评意见): 24 + 14 + 0 + 0 = 38, 2 more answers than the 36 forms issued, which no reading of one answer per form allows.',
     'T6(测评意见):24 + 14 + 0 + 0 = 38,比发放的 36 份还多 2 份,每份表一个答案时不可能。'),
    # A044 of audit.csv
    (('mean_rounding', 'rounds'), {'units': 7, 'mean': '39.7143', 'rounded': ['40'], 'printed': '40'},
     'The mean of the seven townships is 39.7143, which rounds to 40; the table prints 40.',
     '七个乡镇的均值为 39.7143,四舍五入为 40;表中为 40。'),
    # A043 of audit.csv
    (('mean_rounding', 'issued_fits_only_if'), {'total': '362', 'units': 7, 'mean': '51.7143', 'rounded': '52', 'printed': '51', 'readings': [
        {'key': 'forms_answered', 'means': [{'key': 'answered_mean', 'total': '358', 'units': 7, 'mean': '51.14', 'block': '述职报告真实情况'},
                                            {'key': 'answered_mean', 'total': '360', 'units': 7, 'mean': '51.43', 'block': '测评意见'}]},
        {'key': 'truncation', 'mean': '51.7143'}]},
     'The mean of forms issued is 362/7 = 51.7143, which rounds to 52, not 51; 51 fits only the mean of forms answered (358/7 = 51.14 in '
     '述职报告真实情况, 360/7 = 51.43 in 测评意见) rather than forms issued or truncation (not rounding) of 51.7143, while the other means of the column are '
     'rounded.',
     '发放份数均值为 362/7 = 51.7143,应为 52 而非 51;只有按实际作答份数计算或截尾取整时才得 51,而该列其他均值都是四舍五入。'),
    # 278/7 = 39.714…: rounds to 40, truncates to 39
    (('mean_rounding', 'fits_only_if'), {'units': 7, 'mean': '39.7143', 'rounded': '40', 'printed': '39', 'readings': [{'key': 'truncation', 'mean': '39.7143'}]},
     'The mean of the seven townships is 39.7143, which rounds to 40, not 39; 39 fits only truncation (not rounding) of 39.7143, while the other means of the column are rounded.',
     '七个乡镇的均值为 39.7143,应为 40 而非 39;只有截尾取整时才得 39,而该列其他均值都是四舍五入。'),
    # R01-MEAN printed 49 (tests/test_checks.py)
    (('mean_rounding', 'no_rule'), {'units': 7, 'mean': '51.7143', 'printed': '49'},
     'The mean of the seven townships is 51.7143; no rounding rule prints 49.',
     '七个乡镇的均值为 51.7143,任何取整规则都得不到 49。'),
    # R01-MEAN printed 52 (tests/test_checks.py)
    (('rounding_convention', 'one_rule'), {'issued': {'key': 'half_up_fits', 'explained': 11, 'cases': 11}, 'rule': 'up', 'means': 11, 'units': 7,
                                           'answered_total': '358', 'answered_mean': '51.1429'},
     'With means of forms issued, half-up rounding explains 11 of 11 printed means; up rounding fits all eleven.',
     '按发放份数计算,四舍五入可解释 11/11 个均值;up 取整可解释全部 11 个。'),
    # A054 of audit.csv
    (('rounding_convention', 'one_rule_if_answered'), {'issued': {'key': 'half_up_breaks', 'explained': 10, 'cases': 11, 'broken': '51', 'exact': '51.7143'},
                                                       'means': 11, 'units': 7, 'answered_total': '358', 'answered_mean': '51.1429'},
     'With means of forms issued, half-up rounding explains 10 of 11 printed means and breaks at 51 (exact 51.7143); no single conventional rule '
     '(half-up, half-down, half-even, truncation, floor, ceiling) fits all eleven; with the forms mean taken over forms answered (358/7 = '
     '51.1429), half-up fits all.',
     '按发放份数计算,四舍五入可解释 10/11 个均值,在 51(精确值 51.7143)处不符;没有任何一种常规取整规则能解释全部 11 个;若发放份数均值按实际作答份数计算(358/7 = 51.1429),四舍五入可解释全部。'),
    (('rounding_convention', 'no_rule'), {'issued': {'key': 'half_up_breaks', 'explained': 10, 'cases': 11, 'broken': '49', 'exact': '51.7143'}, 'means': 11,
                                          'units': 7, 'answered_total': '358', 'answered_mean': '51.1429'},
     'With means of forms issued, half-up rounding explains 10 of 11 printed means and breaks at 49 (exact 51.7143); no single conventional rule '
     '(half-up, half-down, half-even, truncation, floor, ceiling) fits all eleven, and none does with the forms mean taken over forms answered (358/7 = 51.1429) either.',
     '按发放份数计算,四舍五入可解释 10/11 个均值,在 49(精确值 51.7143)处不符;没有任何一种常规取整规则能解释全部 11 个,若发放份数均值按实际作答份数计算(358/7 = 51.1429)也不能。'),
    # A055 of audit.csv
    (('ratio_of_rounded_means', 'pooled_lower'), {'reported': '78.43%', 'num': '40', 'den': '51', 'percent': '78.4314', 'total_num': '278', 'total_den': '362',
                                                  'pooled': '76.80', 'gap': '1.63'},
     '78.43% is 100 × 40 / 51 = 78.4314%, a ratio of rounded means; the share of all forms is 278/362 = 76.80%, 1.63 points lower.',
     '78.43% 是两个取整后的均值之比 100 × 40 / 51 = 78.4314%;按全部测评表计算应为 278/362 = 76.80%,相差 1.63 个百分点。'),
    # 37/51 = 72.5490%; 267/362 = 73.7569% -> 73.76; 73.7569 - 72.55 = 1.2069 -> 1.21
    (('ratio_of_rounded_means', 'pooled_higher'), {'reported': '72.55%', 'num': '37', 'den': '51', 'percent': '72.5490', 'total_num': '267', 'total_den': '362',
                                                   'pooled': '73.76', 'gap': '1.21'},
     '72.55% is 100 × 37 / 51 = 72.5490%, a ratio of rounded means; the share of all forms is 267/362 = 73.76%, 1.21 points higher.',
     '72.55% 是两个取整后的均值之比 100 × 37 / 51 = 72.5490%;按全部测评表计算应为 267/362 = 73.76%,相差 1.21 个百分点。'),
    (('ratio_of_rounded_means', 'not_ratio'), {'reported': '78.34%', 'num': '40', 'den': '51', 'percent': '78.4314', 'total_num': '278', 'total_den': '362',
                                               'pooled': '76.80', 'gap': '1.54'},
     '78.34% is not 100 × 40 / 51 = 78.4314%, the ratio of the rounded means; the share of all forms is 278/362 = 76.80%.',
     '78.34% 不是两个取整后的均值之比 100 × 40 / 51 = 78.4314%;按全部测评表计算为 278/362 = 76.80%。'),
    # A057 of audit.csv
    (('grim_mean', 'integer_scores_fit'), {'mean': '94.03', 'n': 68, 'product': '6394.04', 'step': '0.0147'},
     '94.03 × 68 = 6394.04, and a whole-number total over 68 forms can print as 94.03 (step 1/68 = 0.0147).',
     '94.03 × 68 = 6394.04,68 份表的整数总分可以得到 94.03(步长 1/68 = 0.0147)。'),
    # A059 of audit.csv
    (('grim_mean', 'finer_scores_fit'), {'mean': '92.74', 'n': 64, 'step': '0.0156', 'scores': 2},
     'No whole-number total over 64 forms gives 92.74 (step 1/64 = 0.0156), so the scores cannot all be integers; 92.74 is possible with scores in half points.',
     '64 份表的整数总分得不到 92.74(步长 1/64 = 0.0156),因此分数不全是整数;若以0.5分计分则可以得到。'),
    (('grim_mean', 'no_scores_fit'), {'mean': '94.021', 'n': 36},
     'No total of scores recorded to one decimal over 36 forms gives 94.021.',
     '36 份表即使按一位小数计分也得不到 94.021。'),
    # A064 of audit.csv
    (('same_number', 'same'), {'claim': 'C08', 'other': 'C04', 'value': '310', 'other_value': '310'},
     'C08 and C04 print the same number (310 / 310).',
     'C08 与 C04 给出的数字相同(310 / 310)。'),
    (('same_number', 'different'), {'claim': 'C41', 'other': 'R01-MEAN', 'value': '52', 'other_value': '51'},
     'C41 and R01-MEAN print different numbers (52 / 51).',
     'C41 与 R01-MEAN 给出的数字不同(52 / 51)。'),
    (('township_count', 'same_count'), {'stated': 7, 'columns': 7},
     "The text says 7 townships completed the debriefing, and the table that gives 'the details' has 7 township columns.",
     '正文称 7 个乡镇完成述职,“具体情况见统计表”的统计表也有 7 个乡镇列。'),
    # A071 of audit.csv
    (('township_count', 'fewer_columns'), {'stated': 21, 'columns': 7},
     "The text says 21 townships completed the debriefing, but the table that gives 'the details' has 7 township columns.",
     '正文称 21 个乡镇完成述职,但“具体情况见统计表”的统计表只有 7 个乡镇列。'),
    (('township_count', 'more_columns'), {'stated': 5, 'columns': 7},
     "The text says 5 townships completed the debriefing, but the table that gives 'the details' has 7 township columns.",
     '正文称 5 个乡镇完成述职,但“具体情况见统计表”的统计表有 7 个乡镇列。'),
    # C41 printed 17 (tests/test_checks.py): 362/21 = 17.24
    (('average_per_township', 'over_stated'), {'forms': '362', 'stated': 21, 'per_stated': '17.24', 'printed': '17', 'columns': 7, 'per_table': '51.71'},
     '362 forms over 21 townships is 17.24 each, which prints as 17.',
     '362 份除以 21 个乡镇为每乡镇 17.24 份,即 17。'),
    # A072 of audit.csv
    (('average_per_township', 'over_table_only'), {'forms': '362', 'stated': 21, 'per_stated': '17.24', 'printed': '51', 'columns': 7, 'per_table': '51.71', 'how': 'trunc'},
     "362 forms over 21 townships is 17.24 each, not 51; 51 fits only an average over the table's 7 townships (362/7 = 51.71, truncated).",
     '362 份除以 21 个乡镇为每乡镇 17.24 份,而非 51;只有按表中 7 个乡镇计算(362/7 = 51.71,截尾)才得 51。'),
    (('average_per_township', 'neither'), {'forms': '362', 'stated': 21, 'per_stated': '17.24', 'printed': '40', 'columns': 7, 'per_table': '51.71'},
     "362 forms over 21 townships is 17.24 each, and over the table's 7 townships 51.71; neither prints as 40.",
     '362 份除以 21 个乡镇为 17.24 份,除以表中 7 个乡镇为 51.71 份,都不是 40。'),
    # C01 and C36 printed 2008 (tests/test_checks.py)
    (('years', 'agree'), {'trial': {'key': 'trial_one_year', 'year': '2008'}, 'body': '2008', 'header': '2008', 'relation': 'not_earlier'},
     'The debriefing was first trialled in 2008 according to both the preamble and section 二(二), and the table reports debriefings held in 2008 '
     '(2008年 in its header), no earlier than the trial.',
     '前言与二(二)均称 2008 年试行述职,统计表记录的是 2008 年的述职,不早于试行之年。'),
    # A073 of audit.csv
    (('years', 'disagree'), {'trial': {'key': 'trial_two_years', 'preamble': '2010', 'section': '2009'}, 'body': '2008', 'header': '2008', 'relation': 'before_either'},
     'The debriefing was first trialled in 2010 according to the preamble and in 2009 according to section 二(二), while the table reports '
     'debriefings held in 2008 (2008年 in its header), before either.',
     '前言称 2010 年试行述职,二(二)称 2009 年试行,而统计表记录的是 2008 年的述职,早于两者。'),
    (('years', 'disagree_header'), {'trial': {'key': 'trial_one_year', 'year': '2008'}, 'body': '2008', 'header': '2009', 'relation': 'not_earlier'},
     'The debriefing was first trialled in 2008 according to both the preamble and section 二(二), while the table reports debriefings held in 2008 '
     "(2009年 in its header), no earlier than the trial. The table's body and header disagree (2008 / 2009).",
     '前言与二(二)均称 2008 年试行述职,而统计表记录的是 2008 年的述职,不早于试行之年。表中正文与表头年份不一致(2008 / 2009)。'),
    # A074 of audit.csv
    (('months', 'inside'), {'table': '8-9', 'text': '8-10'},
     "The table's debriefings (8-9月) fall inside the months the text gives for all townships (8-10月); both ranges were printed without their dash and repaired by the cleaner.",
     '表中述职时间 8-9月 在正文所说的 8-10月 之内;两处的连接号均由清洗程序恢复。'),
    (('months', 'outside'), {'table': '7-9', 'text': '8-10'},
     "The table's debriefings (7-9月) fall outside the months the text gives for all townships (8-10月); both ranges were printed without their dash and "
     'repaired by the cleaner.',
     '表中述职时间 7-9月 不在正文所说的 8-10月 之内;两处的连接号均由清洗程序恢复。'),
    # C49 printed 一述五评 (tests/test_checks.py)
    (('scheme_name', 'same'), {'text_name': '一述五评', 'table_name': '一述五评', 'n_measures': 3, 'measures': ['述职报告真实情况', '测评意见', '量化测评平均分'],
                               'groups': {'key': 'groups_counted', 'n': 5}},
     'The text calls the scheme 一述五评 and lists 5 groups of evaluators; the table is titled 一述五评 and has 3 evaluation measures '
     '(述职报告真实情况, 测评意见, 量化测评平均分); the names agree.',
     '正文称 一述五评,并列出 5 类评议人;统计表标题为 一述五评,有 3 项测评(述职报告真实情况、测评意见、量化测评平均分);名称一致。'),
    # A075 of audit.csv
    (('scheme_name', 'different_things'), {'text_name': '一述五评', 'table_name': '一述三评', 'n_measures': 3, 'measures': ['述职报告真实情况', '测评意见', '量化测评平均分'],
                                           'groups': {'key': 'groups_counted', 'n': 5}},
     'The text calls the scheme 一述五评 and lists 5 groups of evaluators; the table is titled 一述三评 and has 3 evaluation measures (述职报告真实情况, 测评意见, '
     '量化测评平均分); the names differ but need not contradict.',
     '正文称 一述五评,并列出 5 类评议人;统计表标题为 一述三评,有 3 项测评(述职报告真实情况、测评意见、量化测评平均分);名称不同,但不一定矛盾。'),
    # without the clean text, the groups the text lists are not counted
    (('scheme_name', 'miscounted'), {'text_name': '一述五评', 'table_name': '一述四评', 'n_measures': 3, 'measures': ['述职报告真实情况', '测评意见', '量化测评平均分'],
                                     'groups': {'key': 'groups_uncounted'}, 'wrong': '一述四评'},
     'The text calls the scheme 一述五评 and lists an unstated number of groups of evaluators; the table is titled 一述四评 and has 3 evaluation measures '
     '(述职报告真实情况, 测评意见, 量化测评平均分); 一述四评 does not count the list beside it.',
     '正文称 一述五评,并列出 若干 类评议人;统计表标题为 一述四评,有 3 项测评(述职报告真实情况、测评意见、量化测评平均分);一述四评 与其所列项数不符。'),
    # A076 of audit.csv
    (('visits', 'separate_rounds'), {'whole': '125', 'part': '921', 'whole_section': '一(一)', 'part_section': '一(二)'},
     'Section 一(一) says 125 Party organisations were visited, section 一(二) speaks of the 921 township and village organisations visited; one '
     'round of visits cannot have reached 921 of 125, so the passages agree only if they describe different visits.',
     '一(一)称走访了 125 个党组织,一(二)称在走访的 921 个乡村党组织中;同一次走访不可能在 125 个中走访到 921 个,只有两处指不同的走访时才一致。'),
    # the roles swapped (tests/test_checks.py)
    (('visits', 'one_round'), {'whole': '921', 'part': '125', 'whole_section': '一(二)', 'part_section': '一(一)'},
     'Section 一(二) says 921 Party organisations were visited, section 一(一) speaks of the 125 township and village organisations visited; '
     '125 of the 921 visited can be one round of visits.',
     '一(二)称走访了 921 个党组织,一(一)称在走访的 125 个乡村党组织中;921 个中的 125 个可以是同一次走访。'),
    # A077 of audit.csv
    (('pairing', 'equal'), {'agency': '161', 'rural': '161'},
     '161 agency branches paired with 161 rural branches: one-to-one pairing needs equal numbers.',
     '161 个机关党支部与 161 个农村党支部结对,一对一帮扶要求两数相等。'),
    # C05 and C17 as the pairing's roles (tests/test_checks.py)
    (('pairing', 'unequal'), {'agency': '125', 'rural': '921'},
     '125 agency branches paired with 921 rural branches: one-to-one pairing needs equal numbers, which they are not.',
     '125 个机关党支部与 921 个农村党支部结对,一对一帮扶要求两数相等,但二者不等。'),
    # A078 of audit.csv
    (('none', 'no_other_number'), {'claim': 'C03', 'reported': '15', 'unit': '次', 'meaning': 'meetings and interviews held for the study'},
     'C03 (15次, meetings and interviews held for the study) cannot be checked: no other number in the visible pages bears on it.',
     'C03(15次)无法核对:可见页面中没有其他数字与之相关。'),
    # A085 of audit.csv
    (('none', 'lower_bound'), {'claim': 'C58', 'reported': '120', 'unit': '名', 'meaning': 'more than 120 rural people paired for assistance got loan guarantees'},
     'C58 (120名, more than 120 rural people paired for assistance got loan guarantees) cannot be checked: a lower bound (余, 以上) with no total to compare it with.',
     'C58(120名)无法核对:可见页面中没有其他数字与之相关。'),
    # A079 of audit.csv
    (('none', 'date'), {'claim': 'C30', 'reported': '2009', 'unit': '年', 'meaning': 'year since which county and townships sign Party-building target contracts every year'},
     'C30 (2009年, year since which county and townships sign Party-building target contracts every year) cannot be checked: a date that no other passage of the visible pages gives.',
     'C30(2009年)无法核对:可见页面中没有其他数字与之相关。'),
]

#: Facts that the sentences of one language name and the other's do not.  The Chinese sentences of these
#: checks predate the templates and are kept word for word (audit.csv is unchanged by the move): they give
#: the decimals where the English gives the rounded value (percent_of), give no direction of a gap whose
#: direction the English names in its variant (ratio_of_rounded_means, both variants alike), leave out the
#: table header's year when it equals the body's (years), and leave out a claim's meaning, which the ledger
#: writes in English (none).
ONE_LANGUAGE = {
    ("percent_of", "survey_fit"): {"places"},
    ("percent_of", "survey_misfit"): {"places"},
    ("years", "agree"): {"header"},
    ("years", "disagree"): {"header"},
    ("none", "no_other_number"): {"meaning"},
    ("none", "lower_bound"): {"meaning"},
    ("none", "date"): {"meaning"},
}


@pytest.mark.parametrize(("key", "facts", "en", "zh"), CASES, ids=[f"{k}.{v}" for (k, v), *_ in CASES])
def test_each_template_in_both_languages(key, facts, en, zh):
    check = Check(*key, ("C01",), "consistent", "", "", "", facts)
    assert check.explanation("en") == en
    assert check.explanation("zh") == zh


def test_every_curated_template_has_its_case():
    assert sorted(key for key, *_ in CASES) == sorted(explanations.TEMPLATES)


def test_the_curated_templates_are_registered_beside_the_engines():
    for key, template in explanations.TEMPLATES.items():
        assert explain.TEMPLATES[key] is template
    assert not set(explanations.TEMPLATES) & explain.ENGINE_TEMPLATE_KEYS


@pytest.mark.parametrize("key", sorted(explanations.TEMPLATES))
def test_both_languages_name_the_same_facts(key):
    template = explanations.TEMPLATES[key]
    en, zh = ({f for f, _ in explain._fields(text)} for text in (template.en, template.zh))
    assert en ^ zh == ONE_LANGUAGE.get(key, set()), key


def test_a_check_without_the_facts_of_its_sentence_is_refused():
    with pytest.raises(ValueError, match="needs the fact 'gap'"):
        Check("of_which_sum", "short", ("C52",), "inconsistent", "", "22", "32", {"parts": ["2", "3", "11", "1", "5"], "sum": "22", "total": "32"})


def test_the_count_words():
    words = explanations.WORDS["number_word"]
    assert [(words[n].en, words[n].zh) for n in (0, 7, 11, 12, 13, 21, 30, 99)] == [
        ("zero", "零"), ("seven", "七"), ("eleven", "十一"), ("twelve", "十二"), ("13", "十三"), ("21", "二十一"), ("30", "三十"), ("99", "九十九")]
    assert sorted(words) == list(range(100))


def test_the_vocabularies():
    texts = {name: {value: (t.en, t.zh) for value, t in vocabulary.items()} for name, vocabulary in explanations.WORDS.items() if name != "number_word"}
    assert texts == {
        "score_step": {1: ("integer scores 0-100", "整数计分(0-100)"), 2: ("scores in half points", "以0.5分计分"),
                       10: ("scores with one decimal", "保留一位小数计分")},
        "average_rounding": {"up_or_down": ("rounded", "四舍五入"), "trunc": ("truncated", "截尾")},
        "year_relation": {"before_either": ("before either", "早于两者"), "before_it": ("before it", "早于试行之年"),
                          "not_earlier": ("no earlier than the trial", "不早于试行之年"), "between": ("between the two", "介于两者之间")},
    }
    assert explanations.word("score_step", 2) == "scores in half points" and explanations.word("score_step", 2, "zh") == "以0.5分计分"


@pytest.mark.parametrize("key", sorted(explanations.PHRASES))
def test_every_phrase_is_used_by_a_case(key):
    def keys(value):
        if isinstance(value, dict):
            yield value.get("key")
            for v in value.values():
                yield from keys(v)
        elif isinstance(value, list):
            for v in value:
                yield from keys(v)

    assert key in {k for _, facts, *_ in CASES for k in keys(facts)}
