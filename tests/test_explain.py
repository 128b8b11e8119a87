"""The one renderer of explanations (dangjian.engine.explain): each template's words, once, in both languages.

The checks themselves are tested by their verdicts and facts (``tests/test_kinds.py``,
``tests/test_papers.py``); the words live here.  Each case gives a template's
facts (most taken from a real check of the bundled report or the corpus) and
the sentence it must make in English and in Chinese: change a template and
its case fails.
"""

from __future__ import annotations

import pytest

from dangjian.engine import explain
from dangjian.engine.results import Check

CASES = [
    (('damaged_number', 'damaged'), {'why': 'percentage with no digits'},
     'The number is damaged (percentage with no digits); its digits are not invented.',
     '该数字已损坏(percentage with no digits),不臆造其缺失的数字。'),
    (('percent_range', 'over'), {'reported': '104.5%'},
     '104.5% is more than 100%, which no share of respondents can be.',
     '104.5% 超过了 100%,任何受访者比例都不可能如此。'),
    (('no_base', 'none_before'), {'reported': '2.25%', 'why': {'key': 'why_lone_share'}, 'hints': [{'key': 'bases_would_give', 'bases': [40, 80, 89, 120]}]},
     'No sample size is printed before 2.25%, and it is the only share of its statement: one share cannot establish a base, so it cannot be checked. '
     'Bases that would give it: 40, 80, 89, 120, ….',
     '2.25% 之前没有给出样本量,且它是该处唯一的比例:单个比例无法确立基数,无法核对。能得到它的基数:40,80,89,120,……。'),
    (('no_base', 'none_before'), {'reported': '22.63%', 'why': {'key': 'why_count', 'k': 210, 'bases': [928]}, 'hints': []},
     'No sample size is printed before 22.63%, and its count 210 gives it only on a base of 928, which the text does not print, so it cannot be checked.',
     '22.63% 之前没有给出样本量,且按其人数 210,基数只能是 928,而原文没有给出,无法核对。'),
    (('no_base', 'none_before'), {'reported': '40.1%', 'why': {'key': 'why_count_no_base', 'k': 3}, 'hints': []},
     'No sample size is printed before 40.1%, and no base at all gives it for its count 3: the count, the share or their pairing is misprinted, so it cannot be checked.',
     '40.1% 之前没有给出样本量,且人数为 3 时任何基数都得不到它:人数、比例或二者的对应有误,无法核对。'),
    (('no_base', 'none_before'), {'reported': '14.29%', 'why': {'key': 'why_page_misfit', 'n': 27}, 'hints': []},
     'No sample size is printed before 14.29%, and the shares of the text establish a base of 27, which it does not fit: it may be a share of another group, so it cannot be checked.',
     '14.29% 之前没有给出样本量,且全文各比例确立的基数为 27,它与之不符:它可能是另一群体的比例,无法核对。'),
    (('no_base', 'none_before'), {'reported': '35%', 'why': {'key': 'why_over_time'}, 'hints': []},
     'No sample size is printed before 35%, and its shares are of different times, not answers of one base, so it cannot be checked.',
     '35% 之前没有给出样本量,且该处各比例属于不同时间,不是同一基数下的选项,无法核对。'),
    (('no_base', 'none_before'), {'reported': '0.26%', 'why': {'key': 'why_no_common'}, 'hints': []},
     'No sample size is printed before 0.26%, and the shares of its question fit no one base, so it cannot be checked.',
     '0.26% 之前没有给出样本量,且该题各比例不符合任何同一基数,无法核对。'),
    (('part_of_base', 'within'), {'count': '202', 'n': 310},
     '202 is within the base of 310.',
     '202 不超过基数 310。'),
    (('part_of_base', 'over_question_base'), {'count': '231', 'n': 214, 'base': 'stated: 在214名毕业生中'},
     "231 is more than the base of 214 (stated: 在214名毕业生中) that its question's shares fit; a count of a question cannot exceed its base.",
     '231 超过了该题各比例所符合的基数 214(stated: 在214名毕业生中);一道题的人数不可能超过其基数。'),
    (('part_of_base', 'of_stated_within'), {'count': '157', 'n': 236, 'evidence': '在236名农村党员中'},
     '157 is within the 236 of “在236名农村党员中” that the sentence makes it part of.',
     '157 不超过句中“在236名农村党员中”的 236,它是其中的一部分。'),
    (('part_of_base', 'of_stated_over'), {'count': '231', 'n': 214, 'evidence': '在214名农村生源毕业生中'},
     '231 is more than the 214 of “在214名农村生源毕业生中” that the sentence makes it part of; a part cannot exceed its whole.',
     '231 超过了句中“在214名农村生源毕业生中”的 214,而它是其中的一部分;部分不可能超过整体。'),
    (('part_of_base', 'over_group'), {'count': 48, 'n': 45},
     'The count 48 is more than its group of 45, printed beside it (48/45).',
     '人数 48 超过了旁边所列的组人数 45(48/45)。'),
    (('part_of_base', 'within_sample'), {'count': 412, 'n': 430, 'count_text': '有效问卷412份', 'n_text': '共发放问卷430份'},
     '412 (“有效问卷412份”) is within the 430 before it (“共发放问卷430份”).',
     '412(“有效问卷412份”)不超过前面的 430(“共发放问卷430份”)。'),
    (('part_of_base', 'over_sample'), {'count': 320, 'n': 300, 'count_text': '回收有效问卷320份', 'n_text': '共发放问卷300份'},
     '320 (“回收有效问卷320份”) is more than the 300 before it (“共发放问卷300份”): more questionnaires cannot come back, or be valid, than were issued.',
     '320(“回收有效问卷320份”)超过了前面的 300(“共发放问卷300份”):回收或有效的问卷不可能多于发放的问卷。'),
    (('margin_of_error', 'fit'), {'reported': '4.90%', 'n': 400, 'sample': '共调查400人', 'tried': [{'key': 'margin_tried', 'level': 95, 'z': 1.96, 'p': '0.5', 'moe': '4.90', 'fpc': False, 'population': 0}]},
     'With 400 respondents (共调查400人), the margin of a share is 4.90% at 95% confidence (z = 1.96, p = 0.5); the report prints ±4.90%.',
     '400 名受访者(共调查400人)时,比例的误差为 4.90%(置信水平 95%,z = 1.96,p = 0.5);报告为 ±4.90%。'),
    (('margin_of_error', 'no_sample'), {'reported': '3%'},
     'The margin of error 3% cannot be checked: the text states no sample.',
     '误差 3% 无法核对:原文没有给出样本量。'),
    (('margin_of_error', 'misfit'), {'reported': '2.1%', 'n': 400, 'sample': '共调查400人', 'tried': [{'key': 'margin_tried', 'level': 95, 'z': 1.96, 'p': '0.5', 'moe': '4.90', 'fpc': False, 'population': 0}, {'key': 'margin_tried', 'level': 90, 'z': 1.645, 'p': '0.5', 'moe': '4.11', 'fpc': False, 'population': 0}]},
     'With 400 respondents (共调查400人), the largest margin of a share is 4.90% at 95% confidence (z = 1.96, p = 0.5); 4.11% at 90% confidence (z = 1.645, p = 0.5): every convention gives more than the printed ±2.1%, which understates the margin.',
     '400 名受访者(共调查400人)时,比例的最大误差为 4.90%(置信水平 95%,z = 1.96,p = 0.5);4.11%(置信水平 90%,z = 1.645,p = 0.5):任何常用算法都大于报告的 ±2.1%,报告低估了误差。'),
    (('margin_of_error', 'misfit_larger'), {'reported': '6.0%', 'n': 400, 'sample': '共调查400人', 'tried': [{'key': 'margin_tried', 'level': 95, 'z': 1.96, 'p': '0.5', 'moe': '4.90', 'fpc': False, 'population': 0}]},
     'With 400 respondents (共调查400人), the largest margin of a share is 4.90% at 95% confidence (z = 1.96, p = 0.5); the printed ±6.0% is larger, which a design effect or another convention would explain.',
     '400 名受访者(共调查400人)时,比例的最大误差为 4.90%(置信水平 95%,z = 1.96,p = 0.5);报告的 ±6.0% 更大,设计效应或其他算法可以解释。'),
    (('margin_of_error', 'design_effect'), {'reported': '3.1%', 'n': 1236, 'sample': '共调查1,236人', 'tried': [{'key': 'margin_tried', 'level': 95, 'z': 1.96, 'p': '0.5', 'moe': '2.60', 'fpc': True, 'population': 9583}]},
     'With 1236 respondents (共调查1,236人), the largest margin of a share is 2.60% at 95% confidence (z = 1.96, p = 0.5, corrected for a population of 9583); the printed ±3.1% is larger, as the weighting of the data makes it.',
     '1236 名受访者(共调查1,236人)时,比例的最大误差为 2.60%(置信水平 95%,z = 1.96,p = 0.5,按总体 9583 做有限总体校正);报告的 ±3.1% 更大,数据加权会使误差变大。'),
    (('ratio_of_numbers', 'fit'), {'a': '120', 'b': '92', 'exact': '1.3043', 'reported': '1.3:1'},
     "120 / 92 = 1.3043, which prints as the report's 1.3:1.",
     '120 / 92 = 1.3043,与报告的 1.3:1 相符。'),
    (('ratio_of_numbers', 'misfit'), {'a': '120', 'b': '92', 'exacts': ['1.3043', '0.7667'], 'reported': '1.5:1'},
     "The two numbers printed before it, 120 and 92, give 1.3043 or 0.7667 (either way round, over their rounding); neither prints as the report's 1.5:1.",
     '前面给出的两个数 120 与 92,无论谁除以谁(含取整误差)都得 1.3043 或 0.7667,都不是报告的 1.5:1。'),
    (('percent_of', 'fit'), {'mode': 'up_or_down', 'k': 202, 'n': 310, 'exact': '65.1613', 'printed': '65.16', 'reported': '65.16%', 'count_id': 'E008'},
     '100 × 202 / 310 = 65.1613%, which prints as 65.16% (rounded half up or down); the report prints 65.16% (count E008).',
     '100 × 202 / 310 = 65.1613%,四舍五入(逢五可入可舍)后为 65.16%;报告为 65.16%(人数 E008)。'),
    (('percent_of', 'other_number'), {'k': 40, 'n': 362, 'exact': '11.0497', 'printed': '11.05', 'reported': '78.43%', 'count_id': 'E003', 'other': 51, 'exact_other': '78.4314'},
     '100 × 40 / 362 = 11.0497%, not 78.43%; but 100 × 40 / 51 = 78.4314%, so the share is of 51, another number of the same sentence.',
     '100 × 40 / 362 = 11.0497%,不是 78.43%;但 100 × 40 / 51 = 78.4314%,所以该比例的分母是同一句中的另一个数 51。'),
    (('percent_of', 'misfit'), {'context': {'key': 'others_fit_many', 'rest': 3, 'n': 310}, 'hints': [{'key': 'other_sample', 'n': 340, 'text': '发放调查问卷340份'}], 'k': 17, 'n': 310, 'exact': '5.4839', 'printed': '5.48', 'reported': '5.00%', 'count_id': 'E025'},
     '100 × 17 / 310 = 5.4839%, which prints as 5.48%; the report prints 5.00% (count E025), and the other 3 shares of the question fit 310. It would fit the 340 of “发放调查问卷340份” instead.',
     '100 × 17 / 310 = 5.4839%,应为 5.48%;报告为 5.00%(人数 E025),而该题其余 3 个比例都符合 310。它符合“发放调查问卷340份”的 340。'),
    (('percent_of', 'beside_fit'), {'k': 1, 'n': 62, 'exact': 1.6129032258064515, 'reported_value': '1.6'},
     '100 × 1 / 62 = 1.6129%, which prints as 1.6%.',
     '100 × 1 / 62 = 1.6129%,取整后为 1.6%。'),
    (('percent_of', 'beside_misfit'), {'printed': '55.29', 'k': 94, 'n': 170, 'exact': 55.294117647058826, 'reported_value': '55.92'},
     '100 × 94 / 170 = 55.2941%, which prints as 55.29%, not 55.92%: the share does not match the count and group size printed beside it.',
     '100 × 94 / 170 = 55.2941%,取整后为 55.29%,不是 55.92%:该比例与旁边所列的人数和组人数不符。'),
    (('grim_percent', 'fit'), {'reported': '38.39%', 'n': 310, 'step': '0.323'},
     '38.39% of n = 310 can arise from a whole number of cases (step 100/310 = 0.323 points).',
     '在 n = 310 时,38.39% 可以由整数个个案得到(步长 100/310 = 0.323 个百分点)。'),
    (('grim_percent', 'fit_if_sample'), {'reported': '96.5%', 'n': 310, 'step': '0.323'},
     "96.5% of n = 310 can arise from a whole number of cases (step 100/310 = 0.323 points), if the share is of the report's sample.",
     '在 n = 310 时,96.5% 可以由整数个个案得到(步长 100/310 = 0.323 个百分点),前提是该比例以报告的样本为分母。'),
    (('grim_percent', 'fit_if_rate_base'), {'word': '运转率', 'evidence': '在走访的921个乡村党组织中', 'reported': '100%', 'n': 921, 'step': '0.109'},
     '100% of n = 921 can arise from a whole number of cases (step 100/921 = 0.109 points), if the 运转率 is a share of the 921 the sentence names (“在走访的921个乡村党组织中”); a rate may have a base of its own.',
     '在 n = 921 时,100% 可以由整数个个案得到(步长 100/921 = 0.109 个百分点),前提是运转率以句中所说的 921(“在走访的921个乡村党组织中”)为分母;一个“率”可能另有分母。'),
    (('grim_percent', 'misfit'), {'role': 'fits_rest', 'hints': [{'key': 'bases_would_give', 'bases': [16, 32, 48, 64]}], 'reported': '31.25%', 'n': 45, 'step': '2.222'},
     '31.25% of n = 45, the base that fits the rest of its question, cannot arise from a whole number of cases (step 100/45 = 2.222 points). Bases that would give it: 16, 32, 48, 64, ….',
     '在 n = 45(该题其余比例所符合的基数)时,31.25% 不可能由整数个个案得到(步长 100/45 = 2.222 个百分点)。能得到它的基数:16,32,48,64,……。'),
    (('grim_percent', 'misfit_other_base'), {'base': 'sample: 有效问卷286份', 'hints': [{'key': 'bases_would_give', 'bases': [19, 38, 57, 76]}], 'reported': '31.6%', 'n': 286, 'step': '0.350'},
     '31.6% cannot be a share of 286 (sample: 有效问卷286份; step 100/286 = 0.350 points), so it must have another base. Bases that would give it: 19, 38, 57, 76, ….',
     '31.6% 不可能是 286 的比例(sample: 有效问卷286份;步长 100/286 = 0.350 个百分点),因此它必定另有分母。能得到它的基数:19,38,57,76,……。'),
    (('grim_percent', 'table_only_fit'), {'reported': '65.16%', 'n': 310},
     '65.16% of n = 310 can arise from a whole number of cases.',
     '在 n = 310 时,65.16% 可以由整数个个案得到。'),
    (('grim_percent', 'table_only_misfit'), {'reported': '65.17%', 'n': 310},
     '65.17% of n = 310 cannot arise from a whole number of cases (checked without the text: the base may be another).',
     '在 n = 310 时,65.17% 不可能由整数个个案得到(未结合原文核对:分母可能是别的数)。'),
    (('shares_sum', 'multi_select'), {'shares': ['47.24', '42.26', '30.97', '18.71', '2.90'], 'sum': 142.08, 'slack': 0.025},
     'A multi-select question: its shares may add up to more than 100% (142.08%).',
     '多选题:各比例之和可以超过 100%(142.08%)。'),
    (('shares_sum', 'near_hundred'), {'shares': ['63.55', '36.45'], 'sum': 100.0, 'slack': 0.01},
     'The shares add up to 63.55 + 36.45 = 100%, 100% within rounding (± 0.01).',
     '各比例之和 63.55 + 36.45 = 100%,在取整误差(± 0.01)内等于 100%。'),
    (('shares_sum', 'below_hundred'), {'shares': ['32.90', '34.84', '26.77', '5.00'], 'sum': 99.51, 'slack': 0.02},
     'The shares add up to 32.90 + 34.84 + 26.77 + 5.00 = 99.51%, no more than 100%.',
     '各比例之和 32.90 + 34.84 + 26.77 + 5.00 = 99.51%,不超过 100%。'),
    (('shares_sum', 'over_if_several'), {'shares': ['78.43', '74.51'], 'sum': 152.94, 'slack': 0.01},
     'The shares add up to 78.43 + 74.51 = 152.94%, more than 100%: possible only if respondents could choose several answers, or if they answer different questions.',
     '各比例之和 78.43 + 74.51 = 152.94%,超过 100%:只有在可以多选、或各比例属于不同问题时才可能。'),
    (('shares_sum', 'over_single'), {'blame': {'key': 'culprits', 'shares': ['27.84%'], 'count': 1}, 'shares': ['35.47', '39.69', '27.84'], 'sum': 103.0, 'slack': 0.015},
     "The shares of one single-select question add up to 35.47 + 39.69 + 27.84 = 103%, more than 100% by more than rounding allows (0.015 points); 27.84% already breaks the question's base.",
     '同一道单选题的各比例之和 35.47 + 39.69 + 27.84 = 103%,超过 100% 的幅度大于取整所能解释的范围(0.015 个百分点);其中 27.84% 已与该题的基数不符。'),
    (('subtotal', 'fit'), {'shares': ['32.90', '34.84'], 'sum': 67.74, 'reported': '67.74%'},
     '32.90 + 34.84 = 67.74%, the subtotal 67.74% within rounding.',
     '32.90 + 34.84 = 67.74%,在取整误差内等于小计 67.74%。'),
    (('subtotal', 'misfit_named'), {'shares': ['32.90', '34.84'], 'sum': 67.74, 'reported': '68.74%', 'k': 2},
     '32.90 + 34.84 = 67.74%, not the subtotal 68.74% (2 shares named by the text).',
     '32.90 + 34.84 = 67.74%,不等于小计 68.74%(原文指明是 2 项之和)。'),
    (('subtotal', 'misfit_unnamed'), {'shares': ['32.90', '34.84'], 'sum': 67.74, 'reported': '68.74%'},
     '32.90 + 34.84 = 67.74%, not the subtotal 68.74%; it may sum other answers than the ones printed before it.',
     '32.90 + 34.84 = 67.74%,不等于小计 68.74%;它可能是其他选项之和,而非前面所列各项。'),
    (('response_rate', 'fit'), {'word': '有效率', 'num': 310, 'den': 340, 'exact': '91.1765', 'num_text': '有效问卷310份', 'den_text': '发放调查问卷340份', 'reported': '91.18%'},
     '有效率: 100 × 310 / 340 = 91.1765% (“有效问卷310份” of “发放调查问卷340份”); the report prints 91.18%.',
     '有效率:100 × 310 / 340 = 91.1765%(“有效问卷310份”除以“发放调查问卷340份”);报告为 91.18%。'),
    (('rate_of_counts', 'fit'), {'word': '办结率', 'num': 2089, 'den': 2137, 'exact': '97.7539', 'num_text': '2137件,办结2089件', 'den_text': '累计上报各类事件2137件', 'reported': '97.75%'},
     '办结率: 100 × 2089 / 2137 = 97.7539% (“2137件,办结2089件” of “累计上报各类事件2137件”); the report prints 97.75%.',
     '办结率:100 × 2089 / 2137 = 97.7539%(“2137件,办结2089件”除以“累计上报各类事件2137件”);报告为 97.75%。'),
    (('response_rate', 'not_printed'), {'word': '回收率', 'reported': '97.83%'},
     'The report does not print both numbers that 回收率 97.83% divides.',
     '报告没有同时给出回收率 97.83% 的分子和分母。'),
    (('rate_of_counts', 'no_ratio'), {'word': '办结率', 'reported': '96.5%', 'tried': [{'key': 'ratio', 'num': 2089, 'den': 2137, 'exact': '97.7539'}, {'key': 'ratio', 'num': 120, 'den': 2137, 'exact': '5.6153'}]},
     "办结率 96.5% is no ratio of the sentence's counts (2089/2137 = 97.7539%; 120/2137 = 5.6153%); it may divide other numbers.",
     '办结率 96.5% 不是句中任何两个数之比(2089/2137 = 97.7539%；120/2137 = 5.6153%);它可能另有分子分母。'),
    (('response_rate', 'misfit'), {'word': '回收率', 'reported': '98.83%', 'tried': [{'key': 'ratio', 'num': 587, 'den': 600, 'exact': '97.8333'}], 'hints': [{'key': 'other_base', 'n': 594}]},
     '回收率 98.83% fits none of the ratios of the printed sample numbers (587/600 = 97.8333%). Only a base of 594 would give it, and nothing in the text says so.',
     '回收率 98.83% 与所给样本数之间的任何比值都不符(587/600 = 97.8333%)。只有基数为 594 才能得到它,而原文没有这样说。'),
    (('rate_of_counts', 'misfit'), {'word': '办结率', 'reported': '98.75%', 'tried': [{'key': 'ratio', 'num': 2089, 'den': 2137, 'exact': '97.7539'}], 'hints': [{'key': 'no_base_at_all', 'value': '98.75', 'k': 2089}]},
     '办结率 98.75% fits none of the ratios of the printed sample numbers (2089/2137 = 97.7539%). No base at all gives 98.75% for a count of 2089.',
     '办结率 98.75% 与所给样本数之间的任何比值都不符(2089/2137 = 97.7539%)。人数为 2089 时,任何基数都得不到 98.75%。'),
    (('points_change', 'not_printed'), {'value': '7.17'},
     'A change of 7.17 percentage points, but the sentence does not print both shares it joins.',
     '变化了 7.17 个百分点,但句中没有同时给出前后两个比例。'),
    (('points_change', 'fit'), {'before': '31.6', 'after': '41.2', 'change': 9.6, 'value': '9.6', 'slack': 0.15},
     '|41.2 − 31.6| = 9.6 percentage points; the report prints 9.6 (within rounding, ± 0.15).',
     '|41.2 − 31.6| = 9.6 个百分点;报告为 9.6(在取整误差 ± 0.15 内)。'),
    (('points_change', 'misfit'), {'before': '23.31', 'after': '27.99', 'change': 4.68, 'value': '4.86', 'slack': 0.015},
     '|27.99 − 23.31| = 4.68 percentage points; the report prints 4.86, more than rounding allows (± 0.015).',
     '|27.99 − 23.31| = 4.68 个百分点;报告为 4.86,差距超过取整误差(± 0.015)。'),
    (('stated_total', 'joined_within'), {'named': ['6', '26'], 'parts': ['2', '11'], 'sum': 13, 'total': 32},
     'The parts add up to 2 + 11 = 13, within the 6 + 26 = 32 the sentence names together; the text does not say which part is of which.',
     '各部分之和 2 + 11 = 13,不超过句中合称的 6 + 26 = 32;原文没有说明哪部分属于哪一方。'),
    (('stated_total', 'joined_over'), {'parts': ['9', '25'], 'sum': 34, 'total': 32, 'named': ['6', '26']},
     'The parts add up to 9 + 25 = 34, more than the 6 + 26 = 32 the sentence names together; parts of a population cannot exceed it.',
     '各部分之和 9 + 25 = 34,超过了句中合称的 6 + 26 = 32;部分之和不可能超过总体。'),
    (('stated_total', 'part_within'), {'parts': ['35'], 'sum': 35, 'total': 120},
     'The part 35 is within the stated total of 120.',
     '部分 35 不超过所述总数 120。'),
    (('stated_total', 'part_over'), {'parts': ['135'], 'sum': 135, 'total': 120},
     'The part 135 is more than the stated total of 120.',
     '部分 135 超过了所述总数 120。'),
    (('stated_total', 'equal'), {'parts': ['9', '5', '11', '7'], 'sum': 32, 'total': 32},
     'The parts add up to 9 + 5 + 11 + 7 = 32, the stated total.',
     '各部分之和 9 + 5 + 11 + 7 = 32,与所述总数相符。'),
    (('stated_total', 'over'), {'gap': 1, 'parts': ['12', '5', '2'], 'sum': 19, 'total': 18},
     'The parts add up to 12 + 5 + 2 = 19, 1 more than the stated total of 18; parts of a total cannot exceed it.',
     '各部分之和 12 + 5 + 2 = 19,比所述总数 18 多 1;部分之和不可能超过总数。'),
    (('stated_total', 'short_complete'), {'gap': 10, 'how': '其中', 'parts': ['2', '3', '11', '1', '5'], 'sum': 22, 'total': 32},
     'The parts add up to 2 + 3 + 11 + 1 + 5 = 22, not the stated 32 (10 unaccounted for); they would agree only if the list were incomplete, which its form (其中 with a list) does not suggest.',
     '各部分之和 2 + 3 + 11 + 1 + 5 = 22,不等于所述总数 32(相差 10);只有列举不完整时才能相符,而其形式(“其中”加列举)并不表明列举不完整。'),
    (('stated_total', 'short_partial'), {'parts': ['35', '12'], 'sum': 47, 'total': 120, 'gap': 73, 'how': '其中'},
     'The parts add up to 35 + 12 = 47, 73 fewer than the stated 120: consistent if 其中 names only some of them.',
     '各部分之和 35 + 12 = 47,比所述总数 120 少 73:如果“其中”只列出了其中一部分,则一致。'),
    (('table_column_sum', 'equal'), {'column': 1, 'labels': ['真实', '比较真实', '基本真实', '不真实'], 'parts': ['53', '13', '2', '0'], 'sum': 68, 'forms': 68},
     'column 1 (真实、比较真实、基本真实、不真实): 53 + 13 + 2 + 0 = 68, the 68 forms of the column.',
     '第 1 列(真实、比较真实、基本真实、不真实):53 + 13 + 2 + 0 = 68,等于该列的 68 份表。'),
    (('table_column_sum', 'short'), {'gap': 4, 'column': 2, 'labels': ['真实', '比较真实', '基本真实', '不真实'], 'parts': ['41', '14', '9', '0'], 'sum': 64, 'forms': 68},
     'column 2 (真实、比较真实、基本真实、不真实): 41 + 14 + 9 + 0 = 64, 4 fewer than the 68 forms; consistent only if 4 forms gave no answer.',
     '第 2 列(真实、比较真实、基本真实、不真实):41 + 14 + 9 + 0 = 64,比 68 份表少 4 份;只有当这 4 份未作答时才一致。'),
    (('table_column_sum', 'over'), {'gap': 2, 'column': 6, 'labels': ['优秀', '称职', '基本称职', '不称职'], 'parts': ['24', '14', '0', '0'], 'sum': 38, 'forms': 36},
     'column 6 (优秀、称职、基本称职、不称职): 24 + 14 + 0 + 0 = 38, 2 more answers than the 36 forms, which no reading of one answer per form allows.',
     '第 6 列(优秀、称职、基本称职、不称职):24 + 14 + 0 + 0 = 38,比 36 份表多 2 个回答,每份表一个回答时不可能。'),
    (('grim_mean', 'no_n'), {'mean': '3.47'},
     'No n is stated for the mean 3.47.',
     '均值 3.47 没有给出 n。'),
    (('grim_mean', 'no_scale'), {'mean': '3.47', 'n': 28},
     'The mean 3.47 of n = 28 can be checked only if the scores are whole numbers, and the report states no integer scale.',
     'n = 28 的均值 3.47 只有在分数为整数时才能核对,而报告没有说明整数计分的量表。'),
    (('grim_mean', 'fit'), {'mean': '94.09', 'n': 362},
     'A total of whole-number scores over 362 can give the mean 94.09.',
     '362 个整数分数之和可以得到均值 94.09。'),
    (('grim_mean', 'misfit'), {'mean': '3.53', 'n': 26, 'step': 0.038461538461538464},
     'No whole-number total over 26 gives the mean 3.53 (step 1/26 = 0.0385).',
     '26 个整数分数之和得不到均值 3.53(步长 1/26 = 0.0385)。'),
    (('grim_mean', 'misfit_if_other'), {'mean': '3.47', 'n': 28, 'step': 0.03571428571428571},
     'No whole-number total over 28 gives the mean 3.47 (step 1/28 = 0.0357); possible only if n is another or the scores are not whole numbers.',
     '28 个整数分数之和得不到均值 3.47(步长 1/28 = 0.0357);只有 n 另有其数或分数不是整数时才可能。'),
    (('grimmer', 'no_unit'), {'mean': '2.14', 'sd': '0.34'},
     '2.14±0.34 is printed with no unit and no scale, so whether its data are whole numbers is unknown.',
     '2.14±0.34 没有单位也没有量表,无法知道其数据是否为整数。'),
    (('grimmer', 'measurement'), {'unit': 'mmol/L', 'mean': '6.12', 'sd': '1.05'},
     '6.12±1.05mmol/L is a mean of a measurement, not of whole numbers: GRIM and GRIMMER do not apply.',
     '6.12±1.05mmol/L 是测量值的均值,不是整数的均值:GRIM 和 GRIMMER 不适用。'),
    (('grimmer', 'no_n'), {'unit': '分', 'mean': '95.6', 'sd': '1.5'},
     'No group size is printed for 95.6±1.5分, so it cannot be tested.',
     '95.6±1.5分 没有给出组人数,无法检验。'),
    (('grimmer', 'no_scale'), {'mean': '95.6', 'sd': '1.5'},
     'No scale or number of items is printed for the score 95.6±1.5分, so whether its data are whole numbers is unknown.',
     '分数 95.6±1.5分 没有给出量表或条目数,无法知道其数据是否为整数。'),
    (('grimmer', 'fit'), {'mean': '52.35', 'sd': '8.12', 'n': 48, 'data': {'key': 'ages'}},
     'A mean of 52.35 with an SD of 8.12 can arise from 48 ages in whole years, as papers record them (GRIM and GRIMMER).',
     '48 个以整岁记录的年龄(论文通常如此)可以得到均值 52.35、标准差 8.12(GRIM 与 GRIMMER)。'),
    (('grimmer', 'fit_on_scale'), {'mean': '3.15', 'sd': '1.25', 'n': 40, 'data': {'key': 'item_scores', 'lo': 0, 'hi': 10}},
     'A mean of 3.15 with an SD of 1.25 can arise from 40 scores on the 0~10 scale (GRIM and GRIMMER with the scale).',
     '40 个0~10 分量表上的分数可以得到均值 3.15、标准差 1.25(GRIM 与结合量表的 GRIMMER)。'),
    (('grimmer', 'misfit'), {'reason': 'grim', 'total': 48, 'mean': '15.84', 'sd': '3.87', 'n': 48, 'data': {'key': 'total_scores_of_items', 'items': 14, 'lo': 0, 'hi': 4}},
     '15.84±3.87 cannot come from 48 whole-number total scores from 14 items on the 0~4 scale: no whole-number sum divided by 48 prints as 15.84 (GRIM). It would be possible only if the data were not whole numbers or the n were another.',
     '15.84±3.87 不可能来自 48 个由 14 个 0~4 分条目构成的整数总分:任何整数和除以 48 都得不到 15.84(GRIM)。只有数据不是整数或 n 另有其数时才可能。'),
    (('debit', 'fit_on_scale'), {'mean': '0.35', 'sd': '0.49', 'n': 20, 'data': {'key': 'binary'}},
     'A mean of 0.35 with an SD of 0.49 can arise from 20 answers coded 0/1 (GRIM and GRIMMER with the scale).',
     '20 个按 0/1 编码的回答可以得到均值 0.35、标准差 0.49(GRIM 与结合量表的 GRIMMER)。'),
    (('debit', 'misfit_grim'), {'mean': '0.33', 'sd': '0.48', 'n': 20, 'data': {'key': 'binary'}},
     '0.33±0.48 cannot come from 20 answers coded 0/1: no count of 1s among 20 gives the mean 0.33 (GRIM).',
     '0.33±0.48 不可能来自 20 个按 0/1 编码的回答:20 个回答中 1 的个数无论多少都得不到均值 0.33(GRIM)。'),
    (('debit', 'misfit_sd'), {'mean': '0.35', 'sd': '0.40', 'n': 20, 'data': {'key': 'binary'}},
     '0.35±0.40 cannot come from 20 answers coded 0/1: no 20 answers of 0 and 1 with that mean have an SD that prints as 0.40 (DEBIT).',
     '0.35±0.40 不可能来自 20 个按 0/1 编码的回答:均值如此的 20 个 0/1 回答,其标准差都不会是 0.40(DEBIT)。'),
    (('test_p', 'no_p'), {'test': 'F=4.50'},
     'F=4.50 is printed with no p-value.',
     'F=4.50 没有给出 p 值。'),
    (('test_p', 'no_df'), {'test': 'χ²=15.63'},
     'χ²=15.63 is printed without its degrees of freedom, and the text does not give the design that would fix them.',
     'χ²=15.63 没有给出自由度,原文也没有可以确定自由度的设计。'),
    (('test_p', 'fit'), {'test': 't=3.42', 'df': {'key': 'df_two_groups', 'n1': 238, 'n2': 288, 'df': 524}, 'p': [0.0006630016651071479, 0.0006872704633486087], 'printed': {'key': 'p_bound', 'op': '<', 'value': '0.01'}},
     "t=3.42, with df = 238 + 288 − 2 = 524, from the two groups' sizes (not printed), gives p = 0.000663–0.0006873, which P<0.01 allows.",
     't=3.42(自由度 = 238 + 288 − 2 = 524,由两组人数推出(原文未给出))对应 p = 0.000663–0.0006873,与 P<0.01 相符。'),
    (('test_p', 'misfit'), {'derived': True, 'test': 'χ2=15.543', 'df': {'key': 'df_two_rates'}, 'p': [8.062838661197327e-05, 8.067104683104807e-05], 'printed': {'key': 'p_equals', 'value': '0.002'}},
     'χ2=15.543, with df = 1, a 2×2 table of the two rates (not printed), gives p = 8.063e-05–8.067e-05, which P=0.002 does not allow. The df were derived, not printed: with other df the p would differ.',
     'χ2=15.543(自由度 = 1,两个率的 2×2 表(原文未给出))对应 p = 8.063e-05–8.067e-05,与 P=0.002 不符。自由度是推出来的,不是原文给出的:自由度不同,p 也会不同。'),
    (('decision_error', 'misfit'), {'side': 'not significant', 'derived': True, 'test': 't=1.52', 'df': {'key': 'df_two_groups', 'n1': 48, 'n2': 48, 'df': 94}, 'p': [0.13061668446612315, 0.1331279006183724], 'printed': {'key': 'p_bound', 'op': '<', 'value': '0.05'}},
     "t=1.52, with df = 48 + 48 − 2 = 94, from the two groups' sizes (not printed), gives p = 0.1306–0.1331, which P<0.05 does not allow; the printed p and the recomputed one fall on different sides of 0.05 (recomputed: not significant). The df were derived, not printed: with other df the p would differ.",
     't=1.52(自由度 = 48 + 48 − 2 = 94,由两组人数推出(原文未给出))对应 p = 0.1306–0.1331,与 P<0.05 不符;报告的 p 与重算的 p 分处 0.05 两侧(重算结果:不显著)。自由度是推出来的,不是原文给出的:自由度不同,p 也会不同。'),
    (('chi2_recomputed', 'fit'), {'matched': "with Yates' correction", 'cells': {'key': 'two_rates', 'k1': 38, 'n1': 40, 'k2': 32, 'n2': 40}, 'values': [{'key': 'chi2_pearson', 'value': '4.11'}, {'key': 'chi2_yates', 'value': '2.86'}], 'printed': '2.86', 'fisher': []},
     "From 38/40 against 32/40: Pearson's χ² 4.11, with Yates' correction 2.86; the printed 2.86 is with Yates' correction.",
     '由 38/40 与 32/40 算得:Pearson χ² 为 4.11,经 Yates 校正为 2.86;报告的 2.86 是经 Yates 校正的值。'),
    (('chi2_recomputed', 'misfit'), {'cells': {'key': 'two_rates', 'k1': 1, 'n1': 62, 'k2': 9, 'n2': 62}, 'values': [{'key': 'chi2_pearson', 'value': '6.961'}, {'key': 'chi2_yates', 'value': '5.330'}], 'printed': '15.543', 'fisher': []},
     "From 1/62 against 9/62: Pearson's χ² 6.961, with Yates' correction 5.330; neither gives the printed 15.543.",
     '由 1/62 与 9/62 算得:Pearson χ² 为 6.961,经 Yates 校正为 5.330;两者都得不到报告的 15.543。'),
    (('grim_percent', 'misfit_no_base_below'), {'reported': '54.32%', 'n': 449, 'step': '0.223', 'shares': ['54.32', '31.76', '13.92'], 'form': {'key': 'form_negation', 'answer': '参加', 'negated': '没有参加'}, 'above': [{'key': 'smallest_above', 'n': 740}], 'hints': []},
     "54.32% cannot be a share of n = 449 (step 100/449 = 0.223 points), and no base up to 449 gives the question's shares 54.32, 31.76, 13.92 together, under any conventional rounding; an answer and its negation (参加 / 没有参加): one answer per respondent, so their base is at most 449. The smallest base that gives them all is 740, above the respondents.",
     '54.32% 不可能是 n = 449 的比例(步长 100/449 = 0.223 个百分点),而且不超过 449 的任何基数,在常规取整下都不能同时得到该题的各比例 54.32、31.76、13.92;该题为单选(一个选项与其否定(参加 / 没有参加)),每人一个答案,基数不会超过 449。能同时得到它们的最小基数是 740,超过了受访人数。'),
    (('grim_percent', 'misfit_no_base_below_if'), {'reported': '13.64%', 'n': 5, 'step': '20.000', 'shares': ['13.64', '9.09', '4.55'], 'above': [{'key': 'smallest_above', 'n': 22}], 'hints': []},
     "13.64% cannot be a share of n = 5 (step 100/5 = 20.000 points), and no base up to 5 gives the question's shares 13.64, 9.09, 4.55 together: possible only if they are shares of more answers than respondents (several answers each) or have another base. The smallest base that gives them all is 22, above the respondents.",
     '13.64% 不可能是 n = 5 的比例(步长 100/5 = 20.000 个百分点),而且不超过 5 的任何基数都不能同时得到该题的各比例 13.64、9.09、4.55:只有当它们是多选题全部选项次数的比例、或另有基数时才可能。能同时得到它们的最小基数是 22,超过了受访人数。'),
    (('shares_sum', 'over_counts'), {'shares': ['31', '27', '25', '19'], 'sum': 102.0, 'slack': 2.0, 'counts': [31, 27, 25, 19], 'answers': 102, 'n': 100},
     'With the base of 100, the shares 31 + 27 + 25 + 19 = 102% are counts of at least 31 + 27 + 25 + 19 = 102 answers, more than the 100 respondents of one single-select question.',
     '基数为 100 时,各比例 31 + 27 + 25 + 19 = 102% 至少对应 31 + 27 + 25 + 19 = 102 个回答,超过了单选题的 100 名受访者。'),
    (('test_p', 'fit_every_df'), {'test': 't=22.959', 'printed': {'key': 'p_bound', 'op': '<', 'value': '0.05'}, 'p': [1e-100, 0.0277]},
     't=22.959 gives p = 1e-100–0.0277 for any degrees of freedom (none is printed), which P<0.05 allows.',
     't=22.959 在任何自由度下(原文未给出自由度)对应的 p = 1e-100–0.0277,都与 P<0.05 相符。'),
    (('test_p', 'fit_some_df'), {'test': 'χ²=7.36', 'printed': {'key': 'p_equals', 'value': '0.025'}, 'p': [1.1e-06, 0.0067], 'df': 'df = 2'},
     'χ²=7.36 gives p = 1.1e-06–0.0067 across the degrees of freedom it could have (none is printed); P=0.025 holds only with df = 2.',
     'χ²=7.36 在可能的自由度下对应 p = 1.1e-06–0.0067(原文未给出自由度);只有在 df = 2 时才与 P=0.025 相符。'),
    (('test_p', 'misfit_every_df'), {'test': 'χ²=3.41', 'printed': {'key': 'p_bound', 'op': '<', 'value': '0.01'}, 'p': [0.0646, 0.99]},
     'χ²=3.41 gives p = 0.0646–0.99 whatever its degrees of freedom (none is printed), which P<0.01 does not allow for any of them.',
     'χ²=3.41 无论自由度为多少(原文未给出),对应的 p = 0.0646–0.99,都与 P<0.01 不符。'),
    (('decision_error', 'misfit_every_df'), {'test': 't=1.50', 'printed': {'key': 'p_bound', 'op': '<', 'value': '0.05'}, 'p': [0.1323, 0.3753], 'side': 'not significant'},
     't=1.50 gives p = 0.1323–0.3753 whatever its degrees of freedom (none is printed), which P<0.05 does not allow for any of them; the printed p and every recomputed one fall on different sides of 0.05 (recomputed: not significant).',
     't=1.50 无论自由度为多少(原文未给出),对应的 p = 0.1323–0.3753,都与 P<0.05 不符;报告的 p 与任何重算的 p 都分处 0.05 两侧(重算结果:不显著)。'),
    (('grim_percent', 'misfit'), {'role': 'page', 'hints': [{'key': 'forced_to_hundred', 'value': '14.82', 'k': 4, 'n': 27, 'printed': '14.81', 'sum': '99.99', 'by': '0.01'}], 'reported': '14.82%', 'n': 27, 'step': '3.704'},
     "14.82% of n = 27, the base that the shares of the text establish, cannot arise from a whole number of cases (step 100/27 = 3.704 points). 14.82% is 4/27 = 14.81% moved by 0.01 so that the question's printed shares add up to exactly 100% (with 14.81% they add up to 99.99%).",
     '在 n = 27(全文各比例所确立的基数)时,14.82% 不可能由整数个个案得到(步长 100/27 = 3.704 个百分点)。14.82% 是 4/27 = 14.81% 被调整了 0.01,使该题各比例之和恰好为 100%(用 14.81% 时合计为 99.99%)。'),
    (('percent_of', 'uncertain_reading'), {'reported': '115', 'why': {'key': 'thousands_cut', 'context': '其中 4 115'}},
     '115 would break this check, but its reading is uncertain (digits and a space right before it, “其中 4 115”: its thousands may have been cut off): a number read from damaged text is never accused.',
     '115 本会与此核对不符,但它的读取并不确定(它前面紧挨着数字和空格(“其中 4 115”),千位可能被截断):从受损文字中读出的数字不作不一致的判断。'),
    (('grim_percent', 'weighted'), {'reported': '45.3%', 'words': '本次调查数据经过加权处理'},
     '45.3% is a share of weighted data (“本次调查数据经过加权处理”): a weighted share is no count over n, so GRIM does not apply.',
     '45.3% 是加权数据的比例(“本次调查数据经过加权处理”):加权后的比例不是整数人数除以 n,GRIM 不适用。'),
    (('t_recomputed', 'fit'), {'test': 't=2.80', 'means': ['7.12±0.86', '7.64±0.93'], 'groups': ['观察组', '对照组'], 'n1': 45, 'n2': 47, 't': [2.7123, 2.8611]},
     "From 7.12±0.86 and 7.64±0.93 (观察组 and 对照组, 45 and 47), t = 2.71–2.86 (pooled or Welch's); the report prints t=2.80.",
     '由 7.12±0.86与7.64±0.93(观察组与对照组,45 与 47 人)算得 t = 2.71–2.86(合并方差或 Welch);报告为 t=2.80。'),
    (('t_recomputed', 'misfit'), {'test': 't=3.715', 'means': ['7.12±0.86', '7.64±0.93'], 'groups': ['观察组', '对照组'], 'n1': 45, 'n2': 47, 't': [2.7123, 2.8611]},
     "From 7.12±0.86 and 7.64±0.93 (观察组 and 对照组, 45 and 47), t = 2.71–2.86 (pooled or Welch's), not the printed t=3.715.",
     '由 7.12±0.86与7.64±0.93(观察组与对照组,45 与 47 人)算得 t = 2.71–2.86(合并方差或 Welch),不是报告的 t=3.715。'),
    (('t_recomputed', 'misfit_any_n'), {'test': 't=5.365', 'means': ['95.6±1.5', '80.8±1.1'], 'groups': ['实验组', '对照组'], 't_least': 10.7714},
     "From 95.6±1.5 and 80.8±1.1 (实验组 and 对照组), t is at least 10.77 even with two per group, and grows with the groups' size: no size of the groups gives the printed t=5.365.",
     '由 95.6±1.5与80.8±1.1(实验组与对照组)算得,即使每组只有 2 人,t 也至少为 10.77,且随人数增大:任何组人数都得不到报告的 t=5.365。'),
    (('grimmer', 'grim_uninformative'), {'mean': '2.14', 'sd': '0.34', 'n': 1700, 'step': 0.01},
     'With n = 1700, a whole-number total can give any mean printed to the step of 0.01 (1/1700 is finer), so 2.14 is possible whatever the data are; GRIM cannot fail at this size, and the SD 0.34 is not bounded by it.',
     'n = 1700 时,整数总和可以得到精确到 0.01 的任何均值(1/1700 更细),所以无论数据如何 2.14 都可能;这么大的样本 GRIM 不会不符,标准差 0.34 也不受其限制。'),
    (('subtotal', 'counts_fit'), {'shares': ['32.3', '21'], 'reported': '53.2%', 'n': 62, 'counts': [20, 13], 'k': 33, 'exact': '53.2258', 'printed': '53.2'},
     '53.2% adds up 32.3 + 21 of the question before: with its base of 62, their counts 20 + 13 = 33 give 100 × 33 / 62 = 53.2258%, which prints as 53.2%.',
     '53.2% 是上一题 32.3 + 21 之和:按该题基数 62,人数 20 + 13 = 33,100 × 33 / 62 = 53.2258%,即 53.2%。'),
    (('subtotal', 'counts_misfit'), {'shares': ['32.3', '21'], 'reported': '53.3%', 'n': 62, 'counts': [20, 13], 'k': 33, 'exact': '53.2258', 'printed': '53.2'},
     '53.3% adds up 32.3 + 21 of the question before, but with its base of 62 their counts 20 + 13 = 33 give 100 × 33 / 62 = 53.2258%, which prints as 53.2%, not 53.3%: the rounded shares were added, not the counts.',
     '53.3% 是上一题 32.3 + 21 之和,但按该题基数 62,人数 20 + 13 = 33,100 × 33 / 62 = 53.2258%,应为 53.2%,不是 53.3%:相加的是取整后的比例,而不是人数。'),
]


@pytest.mark.parametrize(("key", "facts", "en", "zh"), CASES, ids=[f"{k}.{v}" for (k, v), *_ in CASES])
def test_each_template_in_both_languages(key, facts, en, zh):
    check = Check(*key, ("E001",), "consistent", "", "", "", facts)
    assert check.explanation("en") == en
    assert check.explanation("zh") == zh


def test_every_engine_template_has_its_case():
    # a variant any kind can take ("*") is tested once, on one kind
    covered = {key for key, *_ in CASES} | {("*", v) for (_, v), *_ in CASES if ("*", v) in explain.TEMPLATES}
    assert sorted(covered & explain.ENGINE_TEMPLATE_KEYS) == sorted(explain.ENGINE_TEMPLATE_KEYS)


# The engine's own templates: the table also holds the curated checks' once dangjian.compendium is imported (by
# conftest, at collection), and those are tested in tests/test_explanations.py, with the facts only one language names.
@pytest.mark.parametrize("key", sorted(explain.ENGINE_TEMPLATE_KEYS))
def test_both_languages_name_the_same_facts(key):
    template = explain.TEMPLATES[key]
    assert {f for f, _ in explain._fields(template.en)} == {f for f, _ in explain._fields(template.zh)}, key


def test_an_explanation_in_another_language_is_refused():
    check = Check("percent_range", "over", ("E001",), "inconsistent", "", "", "", {"reported": "104%"})
    with pytest.raises(ValueError, match="language"):
        check.explanation("fr")


def test_a_layer_cannot_reword_a_registered_template():
    with pytest.raises(ValueError, match="registered already"):
        explain.register({("percent_range", "over"): explain.Template("Over 100%.", "超过 100%。")})
    explain.register({("percent_range", "over"): explain.TEMPLATES[("percent_range", "over")]})  # the same words: fine


def test_hints_are_one_sentence_with_a_capital_and_a_stop():
    hints = [{"key": "digit_dropped", "value": "90.3", "printed": "90.03"}, {"key": "other_base", "n": 1205}]
    assert explain._hints(hints, "en") == "90.3% would be 90.03% with a digit dropped; only a base of 1205 would give it, and nothing in the text says so."
    assert explain._hints([], "en") == ""


def test_every_not_checkable_case_has_a_reason_in_both_languages():
    # the reasons the page's summary and the terminal count by: every not_checkable variant the engine emits has one
    from dangjian.engine.kinds import question  # noqa: F401  (the kinds register nothing: the list below is the engine's)

    emitted = {("no_base", "none_before"), ("damaged_number", "damaged"), ("grimmer", "measurement"), ("grimmer", "no_unit"),
               ("grimmer", "no_n"), ("grimmer", "no_scale"), ("grim_mean", "no_n"), ("grim_mean", "no_scale"),
               ("grim_percent", "weighted"), ("test_p", "no_p"), ("test_p", "no_df"), ("response_rate", "not_printed"),
               ("points_change", "not_printed"), ("margin_of_error", "no_sample"), ("*", "uncertain_reading")}
    assert emitted <= set(explain.REASONS)
    for key, template in explain.REASONS.items():
        assert template.en and template.zh and "{" not in template.en + template.zh, key
    why_keys = {k for k in explain.PHRASES if k.startswith("why_")}
    assert {("no_base", k) for k in why_keys} <= set(explain.REASONS)


def test_the_reason_names_why_a_share_has_no_base():
    check = Check("no_base", "none_before", ("E001",), "not_checkable", "", "", "", {"reported": "9%", "why": {"key": "why_lone_share"}, "hints": []})
    assert explain.reason(check) == "no base printed for a lone share"
    # a case with no reason yet is named by its check and case, not dropped from the count
    from types import SimpleNamespace

    assert explain.reason(SimpleNamespace(kind="grimmer", variant="a_new_case", facts={})) == "grimmer (a new case)"
