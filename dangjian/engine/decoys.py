"""What is not a statistic, though a number: ids and references, page chrome, settings, targets and bands' bounds.

:mod:`dangjian.engine.extract` asks :func:`is_decoy` of each number it reads, and its share and count rules ask
:data:`TARGET_BEFORE`, :data:`TARGET_AFTER` and :data:`COUNTER_BEFORE` of theirs.
"""

from __future__ import annotations

import re

__all__ = ["DECOY_BEFORE", "TARGET_BEFORE", "TARGET_AFTER", "COUNTER_BEFORE", "is_decoy"]

#: Decoys: a number in these contexts is not a statistic; and a threshold after a comparison sign ("减少≥70%", "病程＜3年"),
#: but a p value's ("P<0.05", read by the paper reader).
DECOY_BEFORE = re.compile(r"(?:(?:第|编号|邮编|邮政编码|No\.?|\d\s*(?:万|千|元|岁|%|％)?\s*[~～\-—–至到]|满分|赋)\s*|[A-Za-z]|(?<![PpＰ])\s*[≥≤＞＜])$")

#: A share that is a target, not a result: "力争到2025年开展率达到100%", "确保…不低于90%"; "达到90%以上的(工作)目标".
TARGET_BEFORE = re.compile(r"(?:力争|争取|目标(?:是|为)?|确保|计划|要求)[^。;；,，\d]{0,20}?(?:\d{4}\s*年[^。;；,，\d]{0,16}?)?"
                           r"(?:达到|达|提高到|提升到|提高至|提升至|超过|不低于|控制在|稳定在|保持在|降至|降到)\s*$")
TARGET_AFTER = re.compile(r"\s*(?:以上|以下|左右)?\s*(?:的)?(?:工作)?目标")

#: Page chrome and settings a number is no statistic in: a post's or a document's counters ("阅读 2.1万", "(58人评价)"),
#: the most answers a question allows ("最多选3项"), a resampling's repetitions ("重复抽样5000次"), a time ("3分41秒"), a
#: criterion ("小于40%的临界标准"), a band's bound before another number ("3000元以下 52", "5万-10万元", "30%~69%").
_CHROME_BEFORE = re.compile(r"(?:(?:最多|至多|限|可)选|(?:重复)?(?:抽样|重抽样)|[Bb]ootstrap\s*(?:法)?\s*(?:重复)?(?:抽样)?"
                            r")$")
#: A site's counters: "被引 3 次", "下载(1 286)", "下载:412" (the cleaner may have taken the space); "累计下载1200万次", "APP下载量达
#: 300万" are statistics (a total word before, a count in 万 after, or a verb between).
_COUNTER = re.compile(r"(?<!累计)(?<!总共)(?<![共已达])(?:下载|被引|被引用)(?:次数)?\s*[:：(（]?\s*$")
_CHROME_AFTER = re.compile(r"(?:\s*(?:余|多)?\s*(?:人|次)(?:评价|已读|已下载|下载)\s*[)）])|(?:分\d{1,2}秒)|(?:\s*[%％]?\s*(?:的)?(?:临界|阈值|界值|判断标准))"
                           r"|(?:\s*(?:万|千)?(?:元|%|％)?\s*[-~～—–至]\s*\d)")
#: A post's counters: "阅读 2.1万", "浏览量:3418" (a number of 万 or with no unit right after the word).
COUNTER_BEFORE = re.compile(r"(?:阅读|浏览|在看|点赞|收藏|转发)(?:量|数|次数)?\s*[:：]?\s*$")


def is_decoy(text: str, start: int, number: str) -> bool:
    if DECOY_BEFORE.search(text, max(0, start - 6), start):
        return True
    if _CHROME_BEFORE.search(text, max(0, start - 14), start):
        return True
    end = start + len(number)
    if _CHROME_AFTER.match(text, end):
        return True
    if _COUNTER.search(text, max(0, start - 8), start) and not re.match(r"\s*(?:万|千|亿)", text[end : end + 3]):
        return True
    whole_part, _, decimals = number.replace(",", "").partition(".")
    # timestamps in milliseconds, digit runs; no report prints a statistic with more than six decimals
    return len(whole_part) >= 13 or len(decimals) > 6
