"""Find the statistics in any clean report, with the question each belongs to.

This is the automatic counterpart of the curated ledger: it knows nothing
about one report.  It finds numbers that carry a statistical unit (%, 人,
份, 个, 名, 次, 条, 户, 万元, 分, 个百分点 …), including the forms a scrape or
a Chinese text uses for them (Chinese numerals "五零一八户", "三百二十人";
"百分之九十六"; "七成", "三分之一", "约1/3"; counts in 万), ratios and
multiples ("男女比例为1.3:1", "2.5倍"), margins of error ("抽样误差为±4.90%"),
the counts of an English abstract ("A total of 527 students"), the survey's
sample statements (issued, returned, valid, people taking part, a poll's
voters), and the cells of tables that a scrape flattened into text (a
platform's "选项 小计 比例", a share column headed "占比(%)", bands whose
shares ran into the next band's bound, SPSS output pasted with a separator
character).  Then the group kinds of :mod:`dangjian.engine.kinds` put the
statistics of one question together (a *question group*), chooses the base
of each group, and checks them.

Numbers that are not statistics are never reported: page counts, document
ids, file sizes, upload dates, postal codes, 13-digit timestamps, chapter,
article and question numbers ("第3章", "第5题"), scale points ("1~5分",
"5分制"), category bounds used as labels ("5人以下的小组", ages such as
"26~39岁" or "60岁以上"), money bands ("1000元以上占21%"), a confidence
level ("95%置信水平"), and question numbers glued to their question
("5以下对于…" is question 5, not "5 or fewer": a number with no unit; at
the start of a sentence or line, "3人们对…" or "2家庭年收入…" is question 3
or 2, whose first word merely begins with a unit's character).

Examples
--------
>>> from dangjian.engine.clean import clean_text
>>> result = clean_text("发放问卷200份。认为好的有120人,占60.00%;认为差的占15.3%。")
>>> claims = extract_claims(result, source="demo")
>>> claims[["reported", "kind", "group_id"]].values.tolist()
[['200', 'count', ''], ['120', 'count', 'G01'], ['60.00%', 'percent', 'G01'], ['15.3%', 'percent', 'G01']]
>>> claims["base"].tolist()
[<NA>, 200, 200, 200]
>>> claims["base_evidence"].iloc[2]
'issued: 发放问卷200份'
>>> checks = check_claims(claims)
>>> checks[["check", "verdict"]].values.tolist()
[['part_of_base', 'consistent'], ['percent_of', 'consistent'], ['shares_sum', 'consistent'], ['grim_percent', 'inconsistent']]
>>> print(checks["explanation"].iloc[-1])
15.3% of n = 200, the base that fits the rest of its question, cannot arise from a whole number of cases (step 100/200 = 0.500 points). Bases that would give it: 59, 72, 85, 98, ….
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from ._lazy import pd
from .clean import CleanResult
from .decoys import COUNTER_BEFORE, DECOY_BEFORE, TARGET_AFTER, TARGET_BEFORE, is_decoy
from .kinds import assign_bases, find_groups, judge
from .kinds.correlations import correlation_numbers
from .kinds.odds import ratio_numbers
from .kinds.regression import regression_numbers
from .numerals import CN_DIGITS, chinese_number
from .papers import find_paper_numbers
from .records import CHECK_COLUMNS, CLAIM_COLUMNS, ClaimList, Group, Sample, clause_start, clauses_of, sentences_of, span_at
from .results import Check
from .table_numbers import (
    COUNT_AND_SHARE_CELLS,
    DAMAGE,
    HEADER_BASE,
    MAYBE_SEPARATED,
    PERCENT_HEADER,
    PLATFORM_BASE,
    PLATFORM_COUNT,
    band_rows,
    header_cells,
    lost_sign_rows,
    separated_tables,
    split_glued,
)
from .tables import flattened_rows
from .tabular import records, to_frame

__all__ = [
    "CLAIM_COLUMNS",
    "CHECK_COLUMNS",
    "KINDS",
    "ClaimList",
    "Sample",
    "Group",
    "extract_claims",
    "extract_records",
    "read_records",
    "check_claims",
    "check_records",
    "check_results",
    "find_samples",
    "SAMPLE_PATTERNS",
    "chinese_number",
]


#: What a claim can be (the ``kind`` column).
KINDS = {
    "percent": "a share, in %",
    "count": "a number of people, forms, organisations …",
    "amount": "money (the unit is in ``reported``: 元, 万元, 亿元)",
    "mean": "an average (平均分 3.39分, 平均年龄41.85岁)",
    "points": "a change in percentage points (提高3.2个百分点)",
    "change": "a growth rate in % (增长12.5%): not a share",
    "bound": "a bound (98%以上, 120余名)",
    "approx": "an approximate share (七成, 兩成多, 三分之一, 约1/3)",
    "ratio": "a ratio of two numbers (男女比例为1.3:1) or a multiple (是2018年的2.5倍): not a share",
    "margin": "a sampling margin of error in points (抽样误差为±4.90%): not a share",
    "cell": "a number in a table flattened into text",
    "sd": "a standard deviation printed with its mean ((3.45±0.82)分)",
    "test": "a test statistic (χ²=5.67, t=2.13, F(2,147)=4.21)",
    "coefficient": "a regression coefficient, its standard error or β (B=0.511, SE=0.044), an odds, risk or hazard ratio or an end of its "
                   "interval (OR=2.84, 95%CI:1.37~5.89), or a mediation's effect (间接效应值为-0.161)",
    "p": "the p-value printed with a test (P<0.05, P=0.035)",
    "damaged": "a number that lost its digits or its % sign",
}

#: Units after a count (longest first, so 人次 is not read as 人).
#: 道 (题), 门 (课程), 票 (a poll's votes: "支持[41票]"), 耳 and 眼 (a paper's ears and eyes: "92例(96耳)").
#: 张 (a bulletin's beds: "实有床位2 965张", a form's sheets: "测评表1 020张").
_COUNT_UNITS = "人次|人|名|份|个|次|条|户|家|所|项|位|篇|场|期|件|批|例|支|村|道|门|票|耳|眼|张"
_AMOUNT_UNITS = "亿元|万元|千元|元"
_COUNT_UNIT_SET = frozenset(_COUNT_UNITS.split("|"))
#: Units that make a statistic only as an average ("人均年志愿服务时长为26.8小时").
_MEAN_UNITS = "小时|分钟|学时|课时|公斤|平方米|公里|天|亩"
_MEAN_UNIT_SET = frozenset(_MEAN_UNITS.split("|"))
#: Units of a physical quantity a bulletin prints as a level, a part or a change ("粮食总产量32.68万吨", "公路总里程1846公里",
#: "其中高速公路126公里", "播种面积68.52万亩"): a count of the quantity, an average after an average's word, and a distance
#: ("距县城15公里") or a band ("5亩以上") is no statistic.
_QUANTITY_UNITS = "万吨|万亩|万公顷|万公里|吨|公顷|千米|公里|亩"
_QUANTITY_UNIT_SET = frozenset(_QUANTITY_UNITS.split("|"))
_DISTANCE_BEFORE = re.compile(r"(?:距离?|离|相距|半径|车程|步行|绕行|长约|全长|方圆)[^,，;；。\d]{0,8}$")
#: Words of an average right before a number.
_AVERAGE = re.compile(r"人均|平均|年均|户均|日均|月均|场均|生均")

#: Statements of the survey's sample: (kind, pattern with the number as group 1).
#: A whole number as a sample statement prints it: digits, or digits in groups of three after a thousands comma ("1,236").
_N = r"(?<![\d.])(?<!\d,)(\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?!\d))"
SAMPLE_PATTERNS = (
    ("valid", r"(?:回收)?有效(?:调查)?问卷(?:共|为|共计|数|数为)?\s*" + _N + r"\s*份"),
    ("valid", r"有效(?:样本|答卷|回答|填写|调查答卷|投票|票)(?:量|数|人数|总数|份数)?(?:共|为|共计|是)?\s*[:：]?\s*" + _N + r"\s*(?:份|个|人次|人|票)?"),
    ("valid", r"其中有效(?:问卷)?\s*" + _N + r"\s*份"),
    ("returned", r"(?:回收|收回)(?!有效)(?:问卷|答卷)?(?:共|为|共计)?\s*" + _N + r"\s*份"),
    ("issued", r"(?:发放|发出|下发|派发)\S{0,12}?(?:问卷|测评表|调查表|测评票|答卷)(?:共|共计)?\s*" + _N + r"\s*份"),
    ("issued", r"(?:发放|发出|下发)(?:了)?\s*" + _N + r"\s*份\S{0,6}?(?:问卷|测评表|调查表|测评票|答卷)"),
    ("people", _N + r"\s*(?:人次|人|名)(?:参加|参与|接受)(?:了)?(?:本次|此次|这次)?\S{0,6}?(?:调查|问卷|访谈|访问|测评|座谈|投票)"),
    # "本次调查共有212人次参加", "共有317人参与投票"
    ("people", r"(?:调查|问卷|投票|评议|测评)\S{0,4}?共有\s*" + _N + r"\s*(?:人次|人|名|位)(?:参加|参与)"),
    ("people", r"(?:共)?(?:调查|访问|访谈|抽取|抽样调查|走访|问卷调查|入户调查|随机抽取)(?:了)?\s*" + _N + r"\s*(?:人|名|位|户|家)"),
    ("people", r"(?:受访者|被调查者|调查对象|受调查者)(?:共|共有|为)?\s*" + _N + r"\s*(?:人|名)"),
    # "样本量为500", "样本选择200户", "样本户数为178"
    ("people", r"样本(?:量|数|容量|户数|人数|选择|选取|总数|规模)?(?:为|共|是|达)?\s*[:：]?\s*" + _N + r"\s*(?:人|份|个|户)?"),
    # "投票人总数:84", "参与投票的网民317名", "参加评议的群众45人"
    ("people", r"投票(?:人|者)(?:总)?(?:数|人数)\s*(?:为|是)?\s*[:：]?\s*" + _N),
    ("people", r"(?:参与|参加)(?:本次)?(?:投票|调查|答卷|问卷调查|问卷|评议|测评)的[\u4e00-\u9fff]{0,8}?(?:共|有|共有)?\s*" + _N + r"\s*(?:人次|人|名|位)"),
    # "对全国31个省的252个村的449位农村党员进行了问卷调查": the count nearest the verb, with no number between
    # a survey platform's export: "答卷数:212", "有效答卷数为84"
    ("valid", r"(?:有效)?答卷(?:总)?数(?:量)?\s*(?:为|是|共)?\s*[:：]?\s*" + _N + r"(?:\s*份)?"),
    ("people", r"对[^。；;]{0,40}?" + _N + r"\s*(?:人|名|位|个|户|家)[^\d\s。；;,，]{0,20}?(?:进行|开展)?(?:了)?(?:问卷|抽样|入户|专项)?(?:调查|访问|访谈|问卷|测评|座谈)"),
    # a poll's interviews: "随机访问了全市18周岁以上常住居民1 206人", "电话调查了本市居民1000人": the people the verb takes, past
    # the words that name them (an age bound the only number between; a digit right after the unit is a garbled number,
    # "32名0份": no sample)
    ("people", r"(?:访问|走访|访谈|采访|调查)(?:了)?[^。；;,，:：\d]{1,12}?(?:\d{1,3}\s*(?:周岁|岁)[^。；;,，:：\d]{0,12}?)?" + _N + r"\s*(?:人|名|位|户)(?![\u4e00-\u9fff]{0,3}?中)(?!\d)"),
    # a paper's methods: "抽取安平市6所中小学2 346名学生进行视力筛查", "选取…收治的患者96例作为研究对象":
    # the people (名/例/人) nearest the verb that the sentence then studies; no other count of people between
    # (or the people recruited, then their composition: "招募…得分≥15分的本科生36名,其中男生14名")
    ("people", r"(?:抽取|选取|选择|纳入|招募)(?:了)?[^。；;\d]{0,20}?(?:\d+\s*(?:所|个|家|年|月|日|号|区|县|市|镇|乡|村|省|分)[^。；;\d]{0,20}?){0,4}"
     + _N + r"\s*(?:名|例|人|位)(?:[\u4e00-\u9fff]{0,8}?(?:进行|作为|为研究对象|为调查对象|为样本|参与|接受|[,，]?\s*(?:随机)?分为)"
     r"|(?=[,，]\s*其中\s*(?:男|女)))"),
    # those who took part, of those asked: "全校共1 548户家庭,实际参与1 247户", "实际参加调查的有386人"
    ("people", r"实际(?:参与|参加|填写|作答|回复)(?:了)?(?:调查|问卷|投票)?(?:的)?(?:有|共)?\s*" + _N + r"\s*(?:户|人|名|位|份)"),
    # a poll's participants in 万: "共有12.6万人次参与投票" (126 000, as rounded)
    ("people", r"共有\s*(\d{1,4}(?:\.\d{1,2})?)\s*万\s*(?:人次|人|名)\s*(?:参加|参与)(?:了)?\S{0,4}?(?:投票|调查|问卷|测评)"),
)
#: What a match of a pattern starts with, put first as a lookahead (no change to what matches): a pattern that starts
#: with a lookbehind or an optional word makes ``re`` try it at every character, a lookahead lets it skip to the
#: characters a match can start with (the count before 人参加 scanned three times faster, on the benchmark's corpus).
_SAMPLE_FIRST = {6: r"(?=\d)", 8: r"(?=[共调访抽走问入随])"}
_SAMPLE_RES = tuple((kind, re.compile(_SAMPLE_FIRST.get(i, "") + pattern)) for i, (kind, pattern) in enumerate(SAMPLE_PATTERNS))
#: Words one of which each sample pattern needs: a text without them skips the pattern's pass.
_SAMPLE_WORDS = (
    ("有效",), ("有效",), ("有效",), ("回收", "收回"), ("发放", "发出", "下发", "派发"), ("发放", "发出", "下发"),
    ("参加", "参与", "接受"), ("共有",), ("调查", "访问", "访谈", "抽取", "走访"), ("受访者", "调查", "对象"), ("样本",), ("投票",),
    ("参与", "参加"), ("答卷",), ("对",), ("访问", "走访", "访谈", "采访", "调查"), ("抽取", "选取", "选择", "纳入", "招募"), ("实际",), ("万",),
)
assert len(_SAMPLE_WORDS) == len(_SAMPLE_RES)
#: The words of the pattern that reads the sample from a noun of respondents ("受访者共500人").
_RESPONDENT_WORDS = _SAMPLE_WORDS[9]
#: What may stand right before that noun when it names the whole sample ("本次调查的受访者", "参与调查的受访者共500人");
#: any other word before it is a qualifier ("男性受访者587人", "农村受访者", "18至34岁的受访者"): a group of the sample.
_WHOLE_SAMPLE_BEFORE = re.compile(r"(?:^|[\s,，。;；:：、()（）]|本次|此次|这次|调查|访问|问卷|投票|测评|参与|参加|接受|共|其中|全部|所有|有效)的?$")


def _qualified(text: str, start: int) -> bool:
    """Does a qualifier stand right before the respondents' noun at ``start`` ("男性受访者")?"""
    return not _WHOLE_SAMPLE_BEFORE.search(text[max(0, start - 6) : start])

#: A number: digits, an optional decimal part; or digits in groups of three after a thousands comma ("1,236人").
_NUMBER = r"(?<![\d.])(?<!\d,)(\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?)"
# (The lookahead put first, which every match satisfies, lets ``re`` skip to the digits instead of trying the
# lookbehinds at every character: 2.5x faster over the benchmark's texts, the same matches.)
_TOKEN = re.compile(
    r"(?=\d)"
    + _NUMBER
    + r"\s*(?P<more>余|多)?(?P<unit>%|个百分点|百分点|万(?:人次|人|名|户|份|个|家)|千(?:人|名|户)|"
    + f"{_AMOUNT_UNITS}|{_QUANTITY_UNITS}|{_MEAN_UNITS}|{_COUNT_UNITS}|"
    + r"分(?!之|管|工|别|析|类|布|期|批|散|级|配|成|为|钟|子|享|歧|解|头|化|辨|明|清|外|支|团|局|队|会|担|摊|发|居|数线)|岁|"
    # a count in 万 with no unit after it, or another noun: "约320万常住人口", "15万小时"; not money, area or weight
    + r"万(?!元|亿|分之|平方|亩|吨|公顷|公里|千米|米|公斤|千克|斤|立方|千瓦|度|一))"
)
#: Chinese numerals: positional (三百二十一) or digit by digit (五零一八).
_CN_NUMERAL = "[〇零一二两三四五六七八九十百千万]"
# (A pattern that starts with a lookbehind makes ``re`` try it at every character; the lookahead put
# first here and in _TENTHS and _LOST_DIGITS lets it skip to the characters a match can start with.)
_CN_TOKEN = re.compile(rf"(?={_CN_NUMERAL})(?<![〇零一二两三四五六七八九十百千万第])({_CN_NUMERAL}{{2,}})\s*(?P<unit>{_COUNT_UNITS})")
#: "百分之九十六", "百分之96.5"
_CN_PERCENT = re.compile(rf"百分之({_CN_NUMERAL}+|\d+(?:\.\d+)?)")
#: "七成", "八成以上", "兩成多" (两 after the traditional characters are converted): a share in tenths, approximate.
_TENTHS = re.compile(r"(?=[一二两三四五六七八九十]成)(?<![〇零一二两三四五六七八九十百千万\d])([一二两三四五六七八九]|十)成(?![为功立果绩本长熟效员就型交分份年人才品文都风事语绩])")
#: Words that begin with a count unit's character but never follow a count ("3人们对…": 人们 is a word, not
#: 3 人 + 们). Glued to a number at the start of a sentence or line they are a question's first word, the
#: number its question number.  Words a count can precede are left out: 所学 ("3所学校"), 家长 ("3家长期合作"),
#: 户主 ("3户主要靠务工"), 个人 ("5个人认为"), 项目 ("3项目标任务"), 名分 ("3名分管副书记").
_QUESTION_WORDS = ("人们", "人员", "家庭", "户籍", "户口", "村民", "支部", "条件", "期望")
#: A percentage sign with no digits before it ("占%"), or a number whose decimals were lost ("56.%").
_LOST_DIGITS = re.compile(r"(?=[占达为率\d])(?:(?:占|达|为|率)(?:了)?\s*%|(?<![\d.])(\d+)\.%)")
_LOST_SIGN = re.compile(r"占\s*(\d+\.\d+)(?![\d.%])(?!\s*(?:" + _COUNT_UNITS + "|" + _AMOUNT_UNITS + "|个百分点|百分点))")
#: What follows a number of persons that is the size of a household ("4人、5人家庭", "6人及以上的家庭", "5人之家").
_HOUSEHOLD_SIZE = re.compile(r"(?:及以上|以上|及以下|以下)?(?:的)?(?:家庭|之家|户家庭)|\s*、\s*\d+\s*人(?:及以上|以上)?(?:的)?(?:家庭|之家)")
#: What makes a "%" a growth rate rather than a share.
_GROWTH = re.compile(r"(?:增长|增加|提高|提升|上升|下降|降低|减少|同比|环比|增幅|降幅|增速)(?:了|幅度为|幅度达)?\s*$")
#: What makes a 分 a mean score: a word of averages before it, in the clause.
_MEAN_WORDS = re.compile(r"平均|均分|得分|均值|评分|分数|总分")
#: Words of a scale statement: their 分 is a point of the scale, not a result.
_SCALE_AFTER = re.compile(r"\s*(?:制|为满分|满分|表示|代表|=|＝)")
#: "三分之一", "五分之四": a fraction in words, an approximate share (百分之 is a percentage, read apart).
_CN_FRACTION = re.compile(r"(?=[一二两三四五六七八九十]分之)(?<![百千万〇零一二两三四五六七八九十])([二两三四五六七八九十])分之([一二三四五六七八九])(?![十百千])")
#: "约1/3的受访者", "近2\\3": a fraction in digits (a backslash typed for the slash), an approximate share when a word
#: of approximation comes before it or "的" after it; a date (3/4), a count over its group (1/62) or a page (1/15) is not one.
_FRACTION = re.compile(r"(?=\d\s*[/\\]\s*\d)(?<![\d./\\])([1-9])\s*[/\\]\s*([2-9]|10)(?![\d./\\])")
_APPROXIMATELY = re.compile(r"(?:约|大约|近|将近|接近|超过|逾|不到|不足|占|达|仅|只有|有)\s*$")
#: "男女比例为1.3:1", "两者之比为3∶2": a ratio of two numbers after a word that says so (a clock time "19:00" has none).
_RATIO = re.compile(r"(?=\d)(?<![\d.:：])(\d{1,6}(?:\.\d{1,4})?)\s*[:：∶]\s*(\d{1,6}(?:\.\d{1,4})?)(?![\d.:：])")
_COLON = re.compile(r"[:：∶]")
_RATIO_BEFORE = re.compile(r"(?:比例|之比|比值|性别比|比)(?:为|是|约为|约|达|达到)?\s*$")
#: "是2018年的2.5倍": a multiple.
_TIMES = re.compile(r"(?=\d)(?<![\d.])(\d{1,6}(?:\.\d{1,4})?)\s*倍(?!数)")
#: A margin of error before its "±N%": "抽样误差为±4.90%", "误差±2.60%".
_MARGIN_BEFORE = re.compile(r"误差(?:范围)?(?:为|是|约为|约|在|不超过|大约为)?\s*(?:[±]|正负|加减)?\s*$")
#: A confidence level: "95%置信水平", "置信度为95%" is the level of an interval, not a share.
_CONFIDENCE_AFTER = re.compile(r"\s*(?:的)?(?:置信|可信|CI(?![A-Za-z]))")
#: A poll's votes in brackets after its option: "[67票]", "【41票】".
_VOTES_AFTER = re.compile(r"\s*(?:及以上|以上|以下)?\s*[\[【]\s*\d{1,7}\s*票\s*[\]】]")
_CONFIDENCE_BEFORE = re.compile(r"(?:置信|可信)(?:水平|度|区间|概率|系数)?(?:为|是|取|在)?\s*$")
#: A number of persons, ears, items … in an English abstract: "A total of 527 students", "the scores of 2 dimensions";
#: a word cut by a line break keeps its hyphen ("527 stu-dents").
_ENGLISH_COUNT = re.compile(r"(?=\d)(?<![\w.\-=<>/])(\d{1,3}(?:,\d{3})+|\d{1,6})(?![\d.,%])((?:[ ]+[A-Za-z]+(?:-[a-z]+)?){1,3})")
_ENGLISH_NOUNS = frozenset(
    "student students patient patients case cases participant participants respondent respondents subject subjects child children "
    "adolescent adolescents adult adults nurse nurses teacher teachers doctor doctors physician physicians people person persons "
    "individual individuals women men boys girls ear ears eye eyes dimension dimensions item items questionnaire questionnaires "
    "school schools household households village villages family families member members volunteer volunteers employee employees "
    "worker workers resident residents infant infants mother mothers pregnancy pregnancies".split()
)
#: Words before a number that make it a label, not a count: "grade 9 students", "Table 2", "type 2".
_ENGLISH_LABEL = re.compile(r"(?:grade|Grade|table|Table|Fig|fig|Figure|figure|No|no|page|version|type|Type|level|Level|step|phase|stage|"
                            r"week|day|month|year|aged|age|to)\.?\s*$")
#: An English phrase (three words): a text without one has no English abstract to read counts from.
_ENGLISH_PHRASE = re.compile(r"[A-Za-z]{3,} [A-Za-z]{2,} [A-Za-z]{2,}")
_ENGLISH_YEAR = re.compile(r"(?:in|In|since|Since|from|From|during|During)\s*$")


#: A sample's number cut by a stray space that is no thousands separator ("回收有效问卷 5 62份"): read whole only where the
#: response rate printed with it confirms it (562/600 = 93.67%, "有效回收率93.67%").
_SPACED_SAMPLE = re.compile(r"(?:有效问卷|回收问卷|收回问卷|有效样本|有效答卷)(?:共|为|共计)?\s*(?P<a>\d{1,3}) (?P<b>\d{1,2}|\d{4,6})\s*份")
_RATE_AFTER = re.compile(r"回收率(?:为|达|是|达到)?\s*(?P<r>\d{1,3}(?:\.\d{1,2})?)\s*%")
_ISSUED_BEFORE = re.compile(r"(?:发放|发出|下发)\S{0,8}?(?:问卷|调查表|答卷)?(?:共|共计)?\s*(?P<n>\d{2,7})\s*份")


def spaced_samples(text: str) -> list[tuple[int, int, str, int]]:
    """``(start, end, printed, n)`` of each sample number cut by a stray space that its sentence's response rate
    confirms: "共发放问卷600份,回收有效问卷 5 62份,有效回收率93.67%" is 562 (562/600 = 93.67%).

    >>> spaced_samples("共发放问卷600份,回收有效问卷 5 62份,有效回收率93.67%。")
    [(17, 21, '5 62', 562)]
    """
    if "份" not in text or "回收率" not in text:
        return []
    out = []
    for m in _SPACED_SAMPLE.finditer(text):
        lo = clause_start(text, m.start(), marks="。\n")
        hi = min([k for k in (text.find(c, m.end()) for c in "。\n") if k >= 0] or [len(text)])
        rate, issued = _RATE_AFTER.search(text, m.end(), hi), list(_ISSUED_BEFORE.finditer(text, lo, m.start()))
        n = int(m.group("a") + m.group("b"))
        if rate and issued and 0 < n <= int(issued[-1].group("n")):
            r, d = rate.group("r"), len(rate.group("r").partition(".")[2])
            exact = Fraction(100 * n, int(issued[-1].group("n")))
            if abs(exact - Fraction(r)) <= Fraction(1, 2 * 10**d):
                out.append((m.start("a"), m.end("b"), f"{m.group('a')} {m.group('b')}", n))
    return out


def find_samples(text: str) -> list[Sample]:
    """Every statement of the survey's sample in ``text``, in text order.

    Examples
    --------
    >>> [(s.kind, s.n) for s in find_samples("共发放问卷430份,回收418份,其中有效问卷412份。")]
    [('issued', 430), ('returned', 418), ('valid', 412)]
    """
    found: dict[tuple[int, int], Sample] = {}
    for (kind, pattern), words in zip(_SAMPLE_RES, _SAMPLE_WORDS):
        if not any(w in text for w in words):
            continue
        for m in pattern.finditer(text):
            digits = m.group(1).replace(",", "")
            if text.startswith("万", m.end(1)) or text[m.end(1) : m.end(1) + 2].strip().startswith("万"):
                digits = str(int(Decimal(digits) * 10000))  # "12.6万人次": 126 000
            # a run of digits (beyond int()'s limit at 4,300), or zero: not a sample
            if len(digits) > 9 or not digits.strip("0") or not digits.isdigit():
                continue
            if words is _RESPONDENT_WORDS and _qualified(text, m.start()):
                continue  # "男性受访者587人", "60岁以上的受访者258人": a group of the sample, not the sample
            key = m.span(1)
            if key not in found:  # the first (most specific) pattern names the number
                found[key] = Sample(kind, int(digits), m.start(), m.end(), m.group(0))
    for start, end, _printed, n in spaced_samples(text):
        lead = clause_start(text, start, max(0, start - 8), ",，。;；\n")
        found[(start, end)] = Sample("valid", n, lead, end + 1, f"{text[lead:end + 1]} (read as {n}: the response rate printed with it confirms it)")
    return sorted(found.values(), key=lambda s: s.start)


def _is_question_number(text: str, sentence_start: int, m: re.Match) -> bool:
    """A question number whose question's first word begins with a unit's character.

    A scrape that loses the "." after a question number glues it to its
    question: "共发放问卷310份。3人们对党建工作的看法" reads "3人" as a count.
    It is a question number only where a question starts (nothing but
    spaces between the sentence's or line's start and the number), as a
    whole number of at most three digits glued, with no space, to one of
    :data:`_QUESTION_WORDS`.  "5人以上参加", "3人参加了培训" or "3所学校"
    are counts and bounds, and stay so.
    """
    number = m.group(1)
    return (number.isdigit() and len(number) <= 3 and m.group("more") is None and m.start("unit") == m.end(1)
            and text.startswith(_QUESTION_WORDS, m.start("unit")) and not text[sentence_start : m.start()].strip())


def _kind_of(text: str, clause: tuple[int, int], start: int, end: int, number: str, unit: str) -> str | None:
    """What a number with its unit is (see :data:`KINDS`); ``None`` for a decoy."""
    after = text[end : end + 3]
    if unit == "%":
        near = text[max(clause[0], start - 10) : end + 3]  # a substring test first: most shares have neither word near
        if ("信" in near or "CI" in near) and (_CONFIDENCE_AFTER.match(text, end) or _CONFIDENCE_BEFORE.search(text, max(clause[0], start - 10), start)):
            return None  # "在95%置信水平下": the level of an interval, not a share
        if "误差" in near and _MARGIN_BEFORE.search(text, max(clause[0], start - 10), start):
            return "margin"  # "抽样误差为±4.90%"
        if TARGET_AFTER.match(text, end) or TARGET_BEFORE.search(text, max(clause[0], start - 30), start):
            return None  # "力争…覆盖率达到95%以上", "90%以上的工作目标": a target, not a result
        if after.startswith(("以上", "以下", "左右", "多")):
            return "bound"
        if _GROWTH.search(text, max(clause[0], start - 6), start):
            return "change"
        return "percent"
    if unit in ("个百分点", "百分点"):
        if "误差" in text[max(clause[0], start - 12) : start] and _MARGIN_BEFORE.search(text, max(clause[0], start - 12), start):
            return "margin"  # "抽样误差为正负3.1个百分点": a margin of error, not a change
        return "points"
    before = text[max(clause[0], start - 12) : start]
    if _VOTES_AFTER.match(text, end):
        return None  # "2元[67票] 28.27%", "5元及以上[25票]": a poll's option, its votes in the brackets
    if unit in ("万", "") and COUNTER_BEFORE.search(text, max(0, start - 8), start):
        return None  # "阅读 2.1万": a post's counter, page chrome
    if unit == "万":
        return "count"  # "约320万常住人口": a count in 万 (money, areas and weights are excluded by _TOKEN)
    if unit in _AMOUNT_UNITS.split("|"):
        # "月收入在5000元以上的", "1000元以上占21%", "集中在80元以下,占79%": a band of a breakdown, not an amount
        if after[:2] in ("以上", "以下", "以内") and (text[end + 2 : end + 3] in ("的", "占", ",", "，", "者", "为", " ", "\t", "(", "（")
                                                      or text[end + 2 : end + 3].isdigit()):
            return None  # and "3000元以下52 14.4": a row's label, its count after it
        return None if re.search(r"集中(?:在|于)\s*$", before) else "amount"
    if re.search(r"为期\s*$", before) and unit in ("天", "个"):
        return "count"  # "培训为期15天": the length of the event, a count
    if unit in _QUANTITY_UNIT_SET:
        if _AVERAGE.search(before):
            return "mean"  # "人均耕地1.2亩"
        if _DISTANCE_BEFORE.search(before) or after.startswith(("以内", "以上", "以下", "范围", "左右", "及以上", "处", "外")):
            return None
        return "count"
    if unit in _MEAN_UNIT_SET:
        return "mean" if _AVERAGE.search(before) else None
    if unit == "岁":
        # an age is a statistic only as a mean ("平均年龄41.85岁"); else a category bound
        return "mean" if "平均" in before else None
    if unit == "分":
        if _SCALE_AFTER.match(text, end) or re.search(r"\d\s*$", text[max(0, start - 2) : start]):
            return None
        words = text[max(clause[0], text.rfind(",", clause[0], start) + 1) : start]
        return "mean" if _MEAN_WORDS.search(words) or _MEAN_WORDS.search(before) else None
    if _AVERAGE.search(text, max(clause[0], start - 8), start) and not re.search(r"[,，、]", text[max(clause[0], start - 8) : start]):
        return "mean"  # "人均参加3.5次", "平均每户2.3人"
    if unit == "个" and after.startswith(("月", "小时", "工作日", "星期", "学期")):
        return None  # "随访6个月": a length of time, not a count
    if unit == "次" and re.search(r"每(?:月|周|年|天|日|学期)[^,，;；。\d]{0,12}?(?:不足|不到|少于|低于)\s*$", before):
        return None  # "每月参加志愿服务不足1次": the bound of a frequency band
    if unit == "人" and _HOUSEHOLD_SIZE.match(text, end):
        return None  # "4人、5人家庭占比分别为…", "6人及以上家庭": sizes of households, categories, not counts
    if unit == "期" and re.search(r"\d{4}\s*年\s*$", text[max(0, start - 7) : start]):
        return None  # "党政论坛 2015年12期": a journal's issue
    if after.startswith(("以上", "以下", "以内", "及以上", "及以下")):
        # "5人以下的小组", "4人及以上为主": a category label; "共120人以上": a bound
        rest = text[end + (3 if after.startswith("及") else 2) : end + 5]
        if unit == "次" and re.search(r"每(?:月|周|年|天|日|学期)", before):
            return None  # "每周使用6次及以上": a band of a frequency question, not a count
        return None if rest.startswith(("的", "者", "为主", "家庭", "之家", "[", "【")) else "bound"
    if after.startswith(("余", "多", "左右")) or text[start:end].rstrip(unit).endswith(("余", "多")):
        return "bound"  # "120余名": more than 120
    return "count"


def _decimal_of(value: Fraction) -> str:
    """A fraction written out: exact where it ends within six decimals ("25", "1.3"), else to ten ("33.3333333333")."""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    d = value.denominator
    for prime in (2, 5):
        while d % prime == 0:
            d //= prime
    if d == 1 and -exact.normalize().as_tuple().exponent <= 6:
        return format(exact.normalize(), "f")
    return f"{exact:.10f}"


def _words_and_ratios(text: str, sentences: list[tuple[int, int]], clause_of) -> list[tuple]:
    """Fractions ("三分之一", "约1/3"), ratios ("男女比例为1.3:1"), multiples ("2.5倍") and counts of an English abstract."""
    out = []
    for m in _CN_FRACTION.finditer(text) if "分之" in text else ():
        numerator, denominator = chinese_number(m.group(2)), chinese_number(m.group(1))
        if numerator and denominator and numerator < denominator:
            out.append((m.start(), m.end(), m.start(), m.end(), m.group(0), _decimal_of(Fraction(100 * numerator, denominator)), "分之", "approx"))
    for m in _FRACTION.finditer(text) if ("/" in text or "\\" in text) else ():
        numerator, denominator = int(m.group(1)), int(m.group(2))
        approximate = _APPROXIMATELY.search(text, max(0, m.start() - 4), m.start())
        if numerator < denominator and (approximate or text.startswith("的", m.end())):
            out.append((m.start(), m.end(), m.start(), m.end(), m.group(0), _decimal_of(Fraction(100 * numerator, denominator)), "/", "approx"))
    for m in _ratios(text) if "比" in text else ():
        clause = clause_of(m.start())
        if not _RATIO_BEFORE.search(text, max(clause[0], m.start() - 8), m.start()):
            continue
        if Decimal(m.group(2)) == 0:
            continue
        # "1.3:1" is 1.3 as printed; "3:2" is 1.5
        value = m.group(1) if Decimal(m.group(2)) == 1 else _decimal_of(Fraction(m.group(1)) / Fraction(m.group(2)))
        out.append((m.start(), m.end(), m.start(), m.end(), m.group(0), value, ":", "ratio"))
    # a sex ratio, males per 100 females: "户籍人口性别比(以女性为100)为104.6", "出生人口性别比107.7"
    for m in _SEX_RATIO.finditer(text) if "性别比" in text else ():
        out.append((m.start(1), m.end(1), m.start(1), m.end(1), m.group(1), m.group(1), "性别比", "ratio"))
    for m in _TIMES.finditer(text) if "倍" in text else ():
        if not DECOY_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            out.append((m.start(), m.end(), m.start(1), m.end(1), m.group(1), m.group(1), "倍", "ratio"))
    if (" of " in text or " the " in text or " and " in text) and _ENGLISH_PHRASE.search(text):
        for m in _ENGLISH_COUNT.finditer(text):
            # the noun, or up to two words before it ("1700 college students")
            if not any(w.replace("-", "").lower() in _ENGLISH_NOUNS for w in m.group(2).split()):
                continue
            before = text[max(0, m.start() - 10) : m.start()]
            number = m.group(1).replace(",", "")
            if _ENGLISH_LABEL.search(before) or (len(number) == 4 and number.startswith(("19", "20")) and _ENGLISH_YEAR.search(before)):
                continue
            out.append((m.start(1), m.end(1), m.start(1), m.end(1), m.group(1), number, "", "count"))
    return out


#: A sex ratio printed as males per 100 females (a number from 50 to 200, the base 100 in brackets or left out).
_SEX_RATIO = re.compile(r"性别比(?:例)?\s*(?:[(（]\s*以?女(?:性)?(?:为|=|＝)?\s*100\s*[)）])?\s*(?:为|是|达|达到)?\s*((?:[5-9]\d|1\d\d)(?:\.\d{1,2})?)(?![\d.:：%％])")


def _ratios(text: str) -> list[re.Match]:
    """``list(_RATIO.finditer(text))``, matched only where a colon stands between two digits (a text has many
    digits and few such colons)."""
    out = []
    for colon in _COLON.finditer(text):
        i = colon.start()
        while i > 0 and text[i - 1].isspace():
            i -= 1
        if i == 0 or not text[i - 1].isdecimal():
            continue
        while i > 0 and (text[i - 1].isdecimal() or text[i - 1] == "."):
            i -= 1
        m = _RATIO.match(text, i)
        if m is not None and (not out or m.start() >= out[-1].end()):
            out.append(m)
    return out


def _sample_numbers(text: str, samples: list[Sample]) -> list[tuple[int, int, str]]:
    """The span and digits of each sample statement's number (the last number of the statement that is its n)."""
    out = []
    for s in samples:
        found = [m for m in re.finditer(_NUMBER, text[s.start : s.end]) if m.group(1).replace(",", "") == str(s.n)]
        if found:
            m = found[-1]
            out.append((s.start + m.start(1), s.start + m.end(1), m.group(1)))
    for m in PLATFORM_BASE.finditer(text) if "有效" in text else ():
        group = 1 if m.group(1) else 2
        out.append((m.start(group), m.end(group), m.group(group)))
    return out


def _numbers(result: CleanResult, sentences: list[tuple[int, int]], samples: list[Sample], tables: list[tuple]) -> list[tuple]:
    """``(start, end, number_start, number_end, reported, value, unit, kind)`` of every statistic, in text order; ``tables``
    are the cells of :func:`separated_tables`."""
    text = result.text
    clause_of = _ClauseOf(text, sentences)
    out = []
    for m in _TOKEN.finditer(text):
        number, unit = m.group(1), m.group("unit")
        start, end = m.span()
        if is_decoy(text, start, number) or _is_question_number(text, span_at(sentences, start)[0], m):
            continue
        clause = clause_of(start)
        kind = _kind_of(text, clause, start, end, number, unit)
        if kind is None:
            continue
        value = number.replace(",", "")
        reported = number + "%" if unit == "%" else number
        if unit.startswith(("万", "千")) and unit[1:] in _COUNT_UNIT_SET | {"人次", ""}:
            reported = number + unit[0]  # "3.2万": the value as printed, the unit says 万
        out.append((start, end, m.start(1), m.end(1) if unit != "%" else end, reported, value, unit, kind))
    for m in _CN_TOKEN.finditer(text):
        value = chinese_number(m.group(1))
        if value is None or value == 0:
            continue
        out.append((m.start(), m.end(), m.start(1), m.end(1), m.group(1), str(value), m.group("unit"), "count"))
    for m in _CN_PERCENT.finditer(text):
        body = m.group(1)
        value = body if body[0].isdigit() else chinese_number(body)
        if value is None:
            continue
        out.append((m.start(), m.end(), m.start(), m.end(), m.group(0), str(value), "%", "percent"))
    for m in _TENTHS.finditer(text):
        tenths = 10 if m.group(1) == "十" else CN_DIGITS[m.group(1)]
        out.append((m.start(), m.end(), m.start(), m.end(), m.group(0), str(10 * tenths), "成", "approx"))
    out += _words_and_ratios(text, sentences, clause_of)
    # the number of a sample statement printed without a unit ("投票人总数:84", "样本量为500", "本题有效填写人次 66")
    for sample_start, sample_end, number in _sample_numbers(text, samples):
        out.append((sample_start, sample_end, sample_start, sample_end, number, number.replace(",", ""), "", "count"))
    # 问卷星 / 腾讯问卷 tables flattened into text: "非常满意 40 60.6%", a count with no unit before its share
    for m in PLATFORM_COUNT.finditer(text):
        out.append((m.start(1), m.end(1), m.start(1), m.end(1), m.group(1), m.group(1), "", "count"))
    # a row of a flattened table whose share lost its % ("非常不满意11 2.0合计552 100%"), between rows that keep theirs
    # (and in a platform export's question block: "不满意(2分)\t17\t8.02")
    out += lost_sign_rows(text) if "%" in text else []
    # a table whose share column holds proportions ("频数 比例 … 男 187 0.439", "表中比例以小数表示"): each a share of 43.9%
    for header in _PROPORTION_HEADER.finditer(text) if "比" in text or "频率" in text else ():
        stop = min([len(text), header.end() + 800] + [k for k in (text.find("。", header.end()), text.find("注", header.end())) if k >= 0])
        cells = list(_COUNT_AND_PROPORTION.finditer(text, header.end(), stop))
        if len(cells) >= 2:
            for m in cells:
                out.append((m.start(1), m.end(1), m.start(1), m.end(1), m.group(1), m.group(1), "", "count"))
                out.append((m.start(2), m.end(2), m.start(2), m.end(2), m.group(2), _proportion_as_percent(m.group(2)), "%", "percent"))
    # a table whose share column is headed "占比(%)" prints its shares without %: "性别男163 42.23"
    for header in PERCENT_HEADER.finditer(text):
        stop = min([len(text), header.end() + 800] + [k for k in (text.find("。", header.end()), text.find("注", header.end())) if k >= 0])
        cells = list(COUNT_AND_SHARE_CELLS.finditer(text, header.end(), stop))
        decimals = max((len(m.group(2).partition(".")[2]) for m in cells), default=2)
        bands = band_rows(text, header.end(), stop, decimals)
        glued = {t[0] for t in bands}  # "31 15.56---10年" is a row of bands: 15.5 and the next band's 6, not 15.56
        for m in cells:
            if m.start(1) not in glued:
                out.append((m.start(1), m.end(1), m.start(1), m.end(1), m.group(1), m.group(1), "", "count"))
                out.append((m.start(2), m.end(2), m.start(2), m.end(2), m.group(2), m.group(2), "%", "percent"))
        out += bands
        # the base printed in the header: "人数 占总人数(301)的百分比(%)"
        base = HEADER_BASE.search(text, max(0, header.start() - 20), header.start())
        if base:
            out.append((base.start(1), base.end(1), base.start(1), base.end(1), base.group(1), base.group(1), "", "count"))
    out += tables
    # a number with a letter for one of its digits ("参与率8O.56%", "去年的6l.3%", "留言l 032条"): damaged, never read as a number
    ocr = [(m.start(), m.end(), m.start(), m.end(), m.group(0), "", "%" if m.group(0).endswith(("%", "％")) else "", "ocr")
           for m in _OCR_NUMBER.finditer(text) if sum(ch.isdigit() for ch in m.group(0)) >= 2] \
        if re.search(r"\d[OolI]|[OolI]\d|[OolI]\.\d", text) else []
    if ocr:
        out = [t for t in out if not any(a <= t[0] < b or t[0] <= a < t[1] for a, b, *_ in ocr)] + ocr
    # a sample number cut by a stray space, confirmed by its response rate ("回收有效问卷 5 62份,有效回收率93.67%"): one count
    spaced = spaced_samples(text)
    if spaced:
        cut = {t[0] for t in out if any(a <= t[0] < b for a, b, _, _ in spaced)}
        out = [t for t in out if t[0] not in cut] + [(a, b, a, b, printed, str(n), "份", "count") for a, b, printed, n in spaced]
    # a list of margins, one per group: "三个年龄组的抽样误差分别约为±3.7、±3.1和±4.3个百分点" (the unit after the last only)
    listed = [t for m in _MARGIN_LIST.finditer(text) if "误差" in text for t in _margin_items(text, m)] if "分别" in text else []
    if listed:
        starts = {t[0] for t in listed}
        out = [t for t in out if t[0] not in starts] + listed
    out = split_glued(text, out, samples)
    out.sort(key=lambda t: t[0])
    # a number inside another one's span (百分之96 is also "96"…) is read once
    kept: list = []
    for item in out:
        if kept and item[0] < kept[-1][1]:
            continue
        kept.append(item)
    return kept


#: A number with a letter that a character recognition put for a digit: O for 0, l or I for 1, inside the digits of a share
#: or before a count's unit ("8O.56%", "6l.3%", "l 032条"); not a word (no letter next to it on the outside).
_OCR_NUMBER = re.compile(r"(?<![A-Za-z\d.])(?=[\dOolI ,.]*\d)(?=[\d.]*[OolI])(?:[\dOolI]{1,3}(?:[ ,]?[\dOolI]{3})*)(?:\.[\dOolI]+)?"
                         r"(?:\s*[%％]|\s*(?=[\u4e00-\u9fff]))(?<![A-Za-z]{2})")
#: A list of margins of error after 分别: each item with its ± (or 正负), the unit after the last one only.
_MARGIN_LIST = re.compile(r"误差(?:范围)?(?:分别)(?:约|大约)?(?:为|是)?\s*((?:(?:±|正负)\s*\d+(?:\.\d+)?\s*(?:%|％|个百分点)?\s*[、,，和及与]\s*)+"
                          r"(?:±|正负)\s*\d+(?:\.\d+)?)\s*(?P<unit>%|％|个百分点)")
_MARGIN_ITEM = re.compile(r"\d+(?:\.\d+)?")


def _margin_items(text: str, m: re.Match) -> list[tuple]:
    """The margins of a list (:data:`_MARGIN_LIST`), each as a claim of kind ``margin``."""
    return [(x.start(), x.end(), x.start(), x.end(), x.group(0), x.group(0), m.group("unit"), "margin")
            for x in _MARGIN_ITEM.finditer(text, m.start(1), m.end(1))]


#: A table's count column, then a column of proportions (no %): "频数 比例", "人数 频率".
_PROPORTION_HEADER = re.compile(r"(?:频数|人数|频次|例数)\s*(?:比例|占比|比率|频率|构成比)(?!\s*[(（]\s*%)(?!\s*[(（]\s*％)")
#: A row's count and proportion under it: "男 187 0.439" (a proportion below 1, 2 to 4 decimals).
_COUNT_AND_PROPORTION = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z)）])\s?(\d{1,6})[ \t]+(0?\.\d{2,4}|1\.0{2,4})(?![\d.%])")


def _proportion_as_percent(printed: str) -> str:
    """A proportion printed as a decimal, as the share in % with its precision kept: "0.439" -> "43.9", "0.35" -> "35"."""
    digits = printed.partition(".")[2]
    value = Decimal(printed) * 100
    places = max(len(digits) - 2, 0)
    return f"{value:.{places}f}"


class _ClauseOf:
    """The ;-separated clause around a position, each sentence split once."""

    def __init__(self, text: str, sentences: list[tuple[int, int]]) -> None:
        self.text, self.sentences, self.split = text, sentences, {}

    def __call__(self, pos: int) -> tuple[int, int]:
        sentence = span_at(self.sentences, pos)
        spans = self.split.get(sentence)
        if spans is None:
            spans = self.split[sentence] = clauses_of(self.text, *sentence)
        return span_at(spans, pos)


def extract_claims(result: CleanResult, *, source: str) -> pd.DataFrame:
    """The statistics of a clean report, each with its question group and base.

    Parameters
    ----------
    result : CleanResult
        A cleaned report (:func:`dangjian.engine.clean.clean_text`).
    source : str
        Name of the input, written into the ``source`` column.

    Returns
    -------
    DataFrame
        Columns :data:`CLAIM_COLUMNS`.  ``reported`` is the number as printed
        (with "%" for a percentage), ``value`` the number it stands for,
        ``kind`` one of :data:`KINDS`; ``base`` is the n a count or share
        refers to and ``base_evidence`` how it was found (``stated``,
        ``sample``, ``item``, ``issued``, ``other``: see
        :mod:`dangjian.engine.bases`); ``group_id`` names the question it belongs
        to (empty for a number that belongs to none).  Raw offsets and pages
        come from the cleaner's offset map.  ``frame.attrs`` keeps the
        context the checks need (:class:`ClaimList`).

    See Also
    --------
    extract_records : the same rows as plain dicts, without building a frame.
    """
    rows = extract_records(result, source=source)
    frame = to_frame(rows, CLAIM_COLUMNS, integers=("base", "page"))
    frame.attrs["context"] = rows.context()
    return frame


def extract_records(result: CleanResult, *, source: str) -> ClaimList:
    """:func:`extract_claims` as a :class:`ClaimList` of plain dicts (``None`` for missing).

    The first two steps of ``dangjian audit`` after cleaning, one after the
    other: :func:`read_records` (the statistics as printed), then the group
    kinds' finders (:func:`dangjian.engine.kinds.find_groups`) and their bases
    (:func:`dangjian.engine.kinds.assign_bases`).  Judging them is the third
    (:func:`check_records`).
    """
    rows = read_records(result, source=source)
    rows.groups = find_groups(rows)
    assign_bases(rows)
    return rows


#: What ``base_evidence`` says of a p whose sign was damaged (:mod:`dangjian.engine.papers` reads it as "<").
_UNCERTAIN_SIGN = {
    "lost": "uncertain reading: the sign of {} was lost (read as <)",
    "bracket": "uncertain reading: {} has a bracket for its sign (read as <)",
}


def read_records(result: CleanResult, *, source: str) -> ClaimList:
    """The statistics of a clean text as printed, with their sample statements and sentences: no groups, no bases yet."""
    text, offsets = result.text, result.offsets
    sentences = sentences_of(text, result.paragraph_starts)
    tables, totals = separated_tables(text) if MAYBE_SEPARATED.search(text) else ([], [])
    samples = sorted(find_samples(text) + totals, key=lambda s: s.start)
    found = []
    clause_of = _ClauseOf(text, sentences)
    # a paper's means ± SD, tests and two-group rates (dangjian.engine.papers) are read first: "0.82分" of
    # "3.45±0.82分" is an SD, not a mean score
    papers = find_paper_numbers(text)
    # a regression's coefficients, its table's t and P, a mediation's effects (dangjian.engine.kinds.regression)
    read = {k for x in papers for k in range(x.start, x.end)}
    more = regression_numbers(text) + correlation_numbers(text) + ratio_numbers(text)
    papers = sorted(papers + [x for x in more if read.isdisjoint(range(x.start, x.end))], key=lambda x: x.start)
    in_paper = {k for x in papers for k in range(x.start, x.end)}
    for x in papers:
        clause = clause_of(x.start)
        found.append((x.start, x.end, x.unit, {
            "source": source, "claim_id": "", "quote": text[clause[0] : clause[1]],
            "raw_start": int(offsets[x.start]), "raw_end": int(offsets[x.end - 1]) + 1,
            "page": result.page_of(int(offsets[x.start])), "reported": x.reported, "kind": x.kind, "value": x.value,
            "base": None, "base_evidence": _UNCERTAIN_SIGN.get(x.extra.get("sign", ""), "").format(x.reported), "group_id": "",
        }, x))
    for start, end, n_start, n_end, reported, value, unit, kind in _numbers(result, sentences, samples, tables):
        if not in_paper.isdisjoint(range(start, end)):
            continue
        clause = clause_of(start)
        evidence = ""
        if kind in DAMAGE:  # a number whose digits the page lost or ran together: flagged, never read
            kind, unit, evidence = "damaged", "damaged", DAMAGE[kind]
        found.append((start, end, unit, {
            "source": source, "claim_id": "", "quote": text[clause[0] : clause[1]],
            "raw_start": int(offsets[n_start]), "raw_end": int(offsets[n_end - 1]) + 1,
            "page": result.page_of(int(offsets[n_start])), "reported": reported, "kind": kind, "value": value,
            "base": None, "base_evidence": evidence, "group_id": "",
        }, None))
    taken = {k for s, e, *_ in found for k in range(s, e)}  # characters already read as a statistic
    flat_rows = flattened_rows(text)
    frequency_cells, in_frequency, table_shares, owned = header_cells(text)  # the cells of tables whose header fixes their columns
    for (start, end), (row_start, cells, value) in frequency_cells.items():
        if taken.isdisjoint(range(start, end)):
            sentence = span_at(sentences, start)
            found.append((start, end, "", {
                "source": source, "claim_id": "", "quote": text[max(sentence[0], row_start) : min(sentence[1], cells[-1][1])],
                "raw_start": int(offsets[start]), "raw_end": int(offsets[end - 1]) + 1, "page": result.page_of(int(offsets[start])),
                "reported": value, "kind": "cell", "value": value.replace(" ", ""), "base": None, "base_evidence": "", "group_id": "",
            }, None))
            taken.update(range(start, end))
    for flat in flat_rows:
        row_start, cells = flat.start, flat.cells
        for start, end, value in cells:
            if not taken.isdisjoint(range(start, end)) or any(lo <= start < hi for lo, hi in in_frequency):
                continue
            sentence = span_at(sentences, start)
            found.append((start, end, "", {
                "source": source, "claim_id": "", "quote": text[max(sentence[0], row_start) : min(sentence[1], cells[-1][1])],
                "raw_start": int(offsets[start]), "raw_end": int(offsets[end - 1]) + 1, "page": result.page_of(int(offsets[start])),
                "reported": value, "kind": "cell", "value": value, "base": None, "base_evidence": "", "group_id": "",
            }, None))
    for pattern, what in ((_LOST_DIGITS, "percentage with no digits"), (_LOST_SIGN, "share printed without a % sign")):
        for m in pattern.finditer(text):
            if not taken.isdisjoint(range(m.start(), m.end())):
                continue
            detail = "decimals lost before the % sign" if pattern is _LOST_DIGITS and m.group(1) else what
            sentence = span_at(sentences, m.start())
            span = result.span(m.start(), m.end())
            found.append((m.start(), m.end(), "damaged", {
                "source": source, "claim_id": "", "quote": text[sentence[0] : sentence[1]], "raw_start": span.raw_start,
                "raw_end": span.raw_end, "page": span.page_start, "reported": m.group(0).lstrip("占达为率了 "), "kind": "damaged",
                "value": "", "base": None, "base_evidence": detail, "group_id": "",
            }, None))
    found.sort(key=lambda item: item[0])  # stable: text order
    rows = ClaimList([row for _, _, _, row, _ in found], text=text, positions=[(s, e) for s, e, *_ in found], units=[u for _, _, u, *_ in found],
                     samples=samples, sentences=sentences, flat_rows=flat_rows)
    rows.paper = {i: x for i, (*_, x) in enumerate(found) if x is not None}
    # the cells of a table whose header fixes its columns are read for certain: "583 104" of a row of size, count and rate
    # is two cells, not one count with a space for its thousands separator (which those readers join where a row needs it)
    rows.structured = {start for start, _ in frequency_cells} | table_shares
    rows.owned = sorted(owned)  # spans whose numbers a block reads whole (no sentence finder takes them)
    for i, row in enumerate(rows, start=1):
        row["claim_id"] = f"E{i:03d}"
    return rows


def check_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """Every applicable consistency check on extracted claims (see :mod:`dangjian.engine.kinds`).

    ``claims`` is a frame from :func:`extract_claims` (its ``attrs`` keep
    the text's context); a frame read back from ``claims.csv`` has lost it,
    and is checked from its ``group_id`` and ``base`` columns alone.

    Returns
    -------
    DataFrame
        Columns :data:`CHECK_COLUMNS`, verdicts as in :data:`dangjian.engine.verdicts.VERDICTS`.
    """
    rows = records(claims)
    context = claims.attrs.get("context")
    if context:
        rows = ClaimList(rows, **context)
    return to_frame(check_records(rows), CHECK_COLUMNS)


def check_records(rows: list[dict]) -> list[dict]:
    """:func:`check_claims` on claims given as plain dicts (a :class:`ClaimList` from :func:`extract_records`), as rows of ``checks.csv``."""
    return [c.row() for c in judge(rows)]


def check_results(rows: list[dict]) -> list[Check]:
    """The checks of :func:`check_records` as :class:`~dangjian.engine.results.Check` results: the verdict and the facts behind it."""
    return judge(rows)


def _value(row: dict) -> Decimal:
    return Decimal(row["value"])
