"""``question``: the answers of one question, one base for all of them.

Finder
    The count/share pairs and bare shares of one sentence, or of a run of
    ;-separated clauses that continue one question; a clause that opens a new
    subject ("对…", "关于…", "在…方面") or states a base of its own starts a
    new group.  A run of shares that is several breakdowns one after another
    ("男性…,女性…;35岁以下…") is split where the shares so far make 100%.
    Markers: multi-select (可多选, 多选, 最多选N项 …), single-select (单选), a
    breakdown of respondents (年龄, 性别, 学历 …), answer-scale options
    (满意, 一般, 较好 …).

Base (:func:`decide`)
    The candidate of :mod:`dangjian.engine.bases` that explains the most
    shares, under the charitable rounding (half up or half down at an exact
    tie) or, as a named assumption, truncation; ties go to a stated base, then
    the valid sample, the group's own sum, the questionnaires returned, the
    people surveyed, the questionnaires issued.  When no candidate explains
    every count/share pair of a question with two pairs or more, every base
    from the largest count to the report's largest sample is tried: one base
    that fits every pair is a finding ("the shares were computed on 298, not
    the 300 valid questionnaires stated, and truncated"), reported as
    ``consistent_if`` with that assumption.  No base is ever smaller than the
    largest count of its group.

Judge (:func:`judge`)
    ``inconsistent`` only when a share breaks the base that fits the rest of
    its question, when a share printed beside its own count fits none of the
    bases the text gives, when a stated base rules out a bare share, when a
    base the shares establish beyond chance (:mod:`dangjian.engine.evidence`)
    rules it out, when the shares of a single-select question fit no base up
    to its sample or add up to more than 100% beyond rounding, or when a
    subtotal named by the text misses its parts.  A base inferred but not
    established never turns a share's GRIM failure into an accusation: the
    bases that would give the share are reported instead.

The kind is a package of three modules, one per step: :mod:`.finding` (the
group and its finder), :mod:`.bases` (:func:`decide`: the base and its
evidence) and :mod:`.checks` (:func:`judge`).
"""

from __future__ import annotations

from .bases import decide
from .checks import judge
from .finding import OPTION_WORDS, QuestionDecision, QuestionGroup, find, option_labels, shares_of

__all__ = ["QuestionGroup", "QuestionDecision", "find", "decide", "judge", "OPTION_WORDS", "shares_of", "option_labels"]
