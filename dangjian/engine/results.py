"""What a check finds, as data: :class:`Check`.

Every check of the package returns a :class:`Check`: the claims it judges,
its kind, the verdict (a :class:`~dangjian.engine.verdicts.Verdict`), the
assumption the verdict rests on, the expected and observed values, and the
*facts* behind the verdict (the base and where it comes from, the counts,
the intervals, the p range, the evidence for an inferred base).  Its
explanation is not stored: :mod:`dangjian.engine.explain` renders it from
the facts, in English or Chinese.  A check is validated when it is made: a
verdict outside the four, or facts that its explanation needs and does not
get, raise ``ValueError``.

``expected`` and ``observed`` keep one meaning for each kind of check
(:data:`EXPECTED_OBSERVED`): ``observed`` is what the report prints (or, for
a sum, what its printed parts add up to is ``expected`` and the printed
whole is ``observed``); ``expected`` is what the check derives from the
other numbers under the assumption.

Examples
--------
>>> check = Check("percent_of", "fit", ("E002",), "consistent", "n = 200 (issued: 发放问卷200份)", "60.00%", "60.00%",
...               {"k": 120, "n": 200, "exact": "60.0000", "printed": "60.00", "mode": "up_or_down", "reported": "60.00%",
...                "count_id": "E001"})
>>> check.verdict, check.explanation()
(<Verdict.CONSISTENT: 'consistent'>, '100 × 120 / 200 = 60.0000%, which prints as 60.00% (rounded half up or down); the report prints 60.00% (count E001).')
>>> Check("percent_of", "fit", ("E002",), "fine", "", "", "", {})
Traceback (most recent call last):
...
ValueError: verdict must be one of inconsistent, consistent_if, consistent, not_checkable, not 'fine'
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace

from . import explain
from .verdicts import Verdict, rank

__all__ = ["Check", "EXPECTED_OBSERVED", "check_rows"]

#: What ``expected`` and ``observed`` hold, for each kind of check of ``dangjian audit`` and of the curated audit.
EXPECTED_OBSERVED: dict[str, tuple[str, str]] = {
    "percent_of": ("the share that the count over the base prints as", "the share as printed"),
    "percent_of_base": ("the count that the share of the base is", "the share as printed"),
    "grim_percent": ("the condition: a whole count from 0 to n", "whether the printed share meets it: possible or impossible"),
    "grim_mean": ("the condition on the total of whole-number scores", "whether the printed mean meets it"),
    "grimmer": ("the condition: whole-number data", "the mean ± SD as printed"),
    "debit": ("the condition: 0/1 data", "the mean ± SD as printed"),
    "part_of_base": ("the bound: at most the base", "the count as printed"),
    "percent_range": ("the bound: at most 100%", "the share as printed"),
    "no_base": ("what the check needs: a stated base", "what the text gives"),
    "shares_sum": ("the bound the question's form sets on the sum", "the sum of the printed shares"),
    "subtotal": ("the sum of the shares it adds up", "the subtotal as printed"),
    "response_rate": ("the rate that the printed counts give", "the rate as printed"),
    "rate_of_counts": ("the rate that the printed counts give", "the rate as printed"),
    "points_change": ("the change between the two printed shares", "the change as printed"),
    "stated_total": ("the sum of the printed parts (or a bound on it)", "the total as printed"),
    "of_which_sum": ("the sum of the printed parts", "the total as printed"),
    "table_column_sum": ("the sum of the printed answers", "the forms of the column as printed"),
    "median_in_quartiles": ("between the 25th and the 75th percentile printed with it", "the median as printed"),
    "cohen_d": ("the mean difference over the SDs' quadratic mean (or the paper's stated formula, or d_z)", "the d as printed"),
    "z_of_u": ("|U − n1·n2/2| / √(n1·n2·(n1 + n2 + 1)/12), the |Z| without ties (ties make it larger)", "the Z as printed"),
    "mean_in_range": ("between the row's smallest and largest value", "the mean as printed"),
    "bartlett_df": ("k(k − 1) / 2 for the k items the text says the scale has", "the df as printed"),
    "rank_score": ("the counts by place weighted as the platform defines 平均综合得分, over the question's n", "the 平均综合得分 as printed"),
    "cells_sum": ("the sum of the printed cells of a table's column (or row)", "its 合计 cell as printed"),
    "table_vs_sample": ("the sample the text states (before the table, where it states one there)", "the table's total as printed"),
    "row_sum_vs_forms": ("the sum of the printed answers", "the forms issued as printed"),
    "test_p": ("the p range the printed statistic gives", "the p as printed"),
    "decision_error": ("the p range the printed statistic gives", "the p as printed"),
    "chi2_recomputed": ("the χ² of the printed counts", "the χ² as printed"),
    "chi2_table": ("the χ² of the counts of the table printed before it", "the χ² as printed"),
    "frequency_share": ("the share that the table's counts over its 合计 print as", "the share as printed"),
    "scale_mean": ("the mean that the options' scores and counts give", "the mean as printed"),
    "parts_sum": ("the sum of the printed parts", "the total as printed"),
    "ratio_ci": ("the geometric middle of the interval (or the interval itself)", "the ratio as printed"),
    "r_stars": ("what the stars say of p, by the table's note", "the r as printed, with its stars"),
    "t_of_coefficient": ("B / SE", "the t as printed"),
    "effects_sum": ("the direct plus the indirect effect", "the total effect as printed"),
    "mediated_share": ("the indirect over the total effect, in %", "the share as printed"),
    "listed_cases": ("the sum of the listed cases", "the count of the rate beside them, as printed"),
    "blocks_sum": ("what the counts of the table's other blocks of the same people add up to", "what this block's counts add up to"),
    "growth_rate": ("the rate that the printed level and change give", "the rate as printed"),
    "t_recomputed": ("the t of the printed means, SDs and group sizes", "the t as printed"),
    "answers_sum": ("the respondents stated", "the answers of the question added up"),
    "f_recomputed": ("the one-way ANOVA F of the printed means, SDs and group sizes", "the F as printed"),
    "margin_of_error": ("the largest margin of a share for the sample", "the margin as printed"),
    "ratio_of_numbers": ("the ratio of the two printed numbers it divides", "the ratio as printed"),
    "arms_total": ("the groups times the size of each (or their own sizes added up)", "the total divided among them, as printed"),
    "share_of_total": ("the part over the named total, both as printed", "the share as printed"),
    "item_mean": ("the mean of the item's answers, from their counts and the scale's scores", "the item's mean as printed"),
    "item_sd": ("the SD of the item's answers, from their counts and the scale's scores", "the item's SD as printed"),
    "overall_rate": ("the groups' counts over their sizes, added up", "the overall rate as printed"),
    "series_growth": ("the level over the year before's, less one, as printed", "the growth as printed"),
    "composition_share": ("the part's amount over the 合计 row's, as printed", "the part's share as printed"),
    "wald_of_coefficient": ("(B / SE)² over the rounding of both", "the Wald χ² as printed"),
    "se_of_mean": ("the SD over √N, as printed", "the standard error as printed"),
    "votes_sum": ("the unit's voters, as printed", "its votes added up"),
    "vote_score": ("the votes weighted as the page defines the score, over the voters", "the score as printed"),
    "vote_rate": ("满意 (and 基本满意, as the page defines it) over the voters", "the 满意率 as printed"),
    "structure_share": ("the part over the total, as printed before the structure", "the structure's share as printed"),
    "split_sum": ("the group's size in the table's header", "its two categories' counts added up"),
    "arms_sexes": ("the group's size as printed", "its men and women added up"),
    "damaged_number": ("nothing: the digits are lost", "the number as printed"),
    # the curated checks of the bundled report (dangjian/compendium/checks.py, data/processed/audit.csv)
    "bound": ("the least count that the lower bound of the base is", "the bound as printed"),
    "table_total": ("the sum of the table's cells", "the total as printed in the text"),
    "mean_rounding": ("what the mean of the printed cells prints as", "the mean as printed"),
    "rounding_convention": ("the condition: one rounding rule explains every printed mean", "how many printed means half-up rounding explains"),
    "ratio_of_rounded_means": ("the share that the ratio of the two printed (rounded) means prints as", "the share as printed"),
    "same_number": ("the number as printed in the other passage", "the number as printed here"),
    "township_count": ("the township columns of the table", "the count of townships as printed in the text"),
    "average_per_township": ("the printed forms over the printed count of townships", "the average as printed"),
    "months": ("the condition: the table's months within the text's", "the two ranges as printed"),
    "scheme_name": ("the scheme's name as printed in the text", "its name as printed in the table"),
    "visits": ("the condition: the part within the whole, if one round of visits", "the two counts as printed"),
    "pairing": ("the count of one side of the pairing as printed", "the count of the other side as printed"),
    "years": ("the condition: one year", "the years as printed"),
    "none": ("nothing: no other number bears on it", "the number as printed"),
}


@dataclass(frozen=True)
class Check:
    """One check's result (see the module's notes).

    Attributes
    ----------
    kind : str
        The check (``percent_of``, ``grim_percent`` …): the ``check`` column.
    variant : str
        Which of the kind's explanations applies (:data:`dangjian.engine.explain.TEMPLATES`).
    claims : tuple of str
        The ids of the claims it judges (the ``claim_ids`` column); the numbers it only relies on are in its facts.
    verdict : Verdict
    assumption, expected, observed : str
    facts : dict
        The facts behind the verdict, by name: numbers, the printed strings, phrases.  JSON-serialisable.
    group, source, check_id : str
        The question group, the input's name and the check's id (``K001`` …), set when the checks are numbered.
    """

    kind: str
    variant: str
    claims: tuple[str, ...]
    verdict: Verdict
    assumption: str
    expected: str
    observed: str
    facts: dict = field(default_factory=dict, compare=False)
    group: str = ""
    source: str = ""
    check_id: str = ""

    def __post_init__(self) -> None:
        rank(self.verdict)  # a ValueError for anything but the four verdicts
        object.__setattr__(self, "verdict", Verdict(self.verdict))
        object.__setattr__(self, "claims", tuple(self.claims))
        explain.validate(self.kind, self.variant, self.facts)

    def explanation(self, language: str = "en") -> str:
        """The sentence that explains the verdict, from the facts (:func:`dangjian.engine.explain.render`)."""
        return explain.render(self, language)

    def numbered(self, check_id: str) -> Check:
        return replace(self, check_id=check_id)

    def row(self) -> dict:
        """The check as a row of ``checks.csv``, in the order of :data:`~dangjian.engine.records.CHECK_COLUMNS`."""
        return {"source": self.source, "check_id": self.check_id, "claim_ids": " ".join(self.claims), "check": self.kind,
                "assumption": self.assumption, "expected": self.expected, "observed": self.observed, "verdict": self.verdict.value,
                "explanation": self.explanation("en"), "group_id": self.group}

    def facts_json(self) -> str:
        """The facts as one line of JSON (keys sorted), for a table."""
        return json.dumps(self.facts, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def check_rows(checks) -> list[dict]:
    """Rows of ``checks.csv`` from :class:`Check` results (rows given as dicts pass through)."""
    return [c.row() if isinstance(c, Check) else c for c in checks]
