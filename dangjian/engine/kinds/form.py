"""The form of a question: is it evidently one single-choice question, or may respondents pick several answers?

Whether a question's shares must add up to 100% at most, and whether its
answers must be counts of one base, depends on its form.  A careful auditor
takes a question as single-choice when the text marks it (单选), when its
options exclude each other, or when it breaks the respondents down by one
attribute, and as multi-select when the text says so (多选, 可多选, 最多选N项,
哪些).  Options exclude each other when they are the answers of one scale
(满意/一般/不满意), an answer and its negation (参加/没有参加, 了解/不了解,
是/否, 有/没有) with perhaps a don't-know (记不清, 不清楚, 说不清), or the
categories of one attribute of the respondents (男/女; age bands; levels of
education; years of service; household sizes).  Nothing else makes a group
single-choice: shares of different attributes printed in one sentence
("大专以上学历的占73.2%,1979年以后入党的占88%") are not one question.

Examples
--------
>>> attribute_of("其中,青年党员(18—30周岁)占"), attribute_of("女性党员占"), attribute_of(",且大专以上学历党员占")
('age', 'sex', 'education')
>>> exclusive_options("有54.32%的受访党员参加了投票,有31.76%的受访党员没有参加投票,有13.92%的记不清是否参加")
{'key': 'form_negation', 'answer': '参加', 'negated': '没有参加'}
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..grouping import QUESTION_VERB
from ..records import ClaimList

__all__ = ["Form", "form_of", "attribute_of", "exclusive_options", "share_leads"]

#: The categories of one attribute of the respondents, tried in this order on the words before a share.
_ATTRIBUTES = (
    ("household", re.compile(r"\d+\s*人(?:及以上|以上)?(?:的)?(?:家庭|之家)|[一二三四五六]口之家")),
    ("age", re.compile(r"\d+\s*(?:周岁|岁)|岁(?:以上|以下|及以上|及以下)|未成年|青年|中年|老年|少年|青少年")),
    ("sex", re.compile(r"男|女")),
    ("education", re.compile(r"小学|初中|高中|中专|职高|技校|大专|专科|本科|研究生|硕士|博士|文盲|学历")),
    ("politics", re.compile(r"中共党员|共青团员|团员|群众|民主党派|无党派")),
    ("marital", re.compile(r"已婚|未婚|离异|丧偶")),
    ("years", re.compile(r"\d+\s*年(?:以上|以下|及以上|及以下|以内)?|教龄|工龄|党龄|年限")),
    ("income", re.compile(r"\d+\s*(?:元|万元)|收入")),
    ("residence", re.compile(r"城区|城镇|城市|市区|农村|乡村|乡镇")),
)
#: A place by its name, an administrative unit ("东城区", "高新区", "临川县", "白塘镇"): the attribute "district", tried before
#: residence (whose words "城区" and "乡镇" such names contain).
_DISTRICT = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:区|县|旗|镇|乡|街道)$")
_NOT_DISTRICT = frozenset(("城区", "市区", "郊区", "社区", "城乡", "乡镇", "老城区", "主城区", "新城区"))
#: The word that names each attribute before its categories ("从年龄看,35岁以下的…").
_ATTRIBUTE_WORDS = {"household": re.compile(r"家庭人口|人口数|家庭规模"), "age": re.compile(r"年龄"), "sex": re.compile(r"性别"),
                    "education": re.compile(r"学历|文化程度|受教育程度"), "politics": re.compile(r"政治面貌"), "marital": re.compile(r"婚姻"),
                    "years": re.compile(r"教龄|工龄|党龄|年限"), "income": re.compile(r"收入"),
                    "residence": re.compile(r"城乡|居住地|户籍")}
#: A negation before a verb or adjective of another option ("没有参加" beside "参加").
_NEGATED = re.compile(r"(?:没有|没|未|不|无|非)([\u4e00-\u9fff]{1,3})")
_DONT_KNOW = re.compile(r"记不清|不清楚|说不清|不知道|不确定|不好说|说不好")
_ASKED_WHETHER = re.compile(r"是否|吗[?？]")
_MULTI_WORDS = re.compile(r"哪些|多选|可多选|最多选|限选|多项选择|不定项")


@dataclass(frozen=True)
class Form:
    """What the text says of a question's form: ``multi`` (marked multi-select, or asking 哪些), and ``single``
    (why it is evidently one single-choice question, in words; ``""`` when that is not evident), with ``why``, the
    same reason as a phrase of :data:`dangjian.engine.explain.PHRASES` for an explanation in either language."""

    multi: bool
    single: str
    why: dict | None = None


def _single(why: dict) -> Form:
    from ..explain import render_phrase

    return Form(False, render_phrase(why), why)


def attribute_of(lead: str) -> str:
    """The attribute of the respondents whose category the words ``lead`` before a share name (``""`` for none)."""
    word = lead.strip(" ,，、;；")
    if _DISTRICT.match(word) and word not in _NOT_DISTRICT:
        return "district"
    for name, pattern in _ATTRIBUTES:
        if pattern.search(lead):
            return name
    return ""


def exclusive_options(text: str) -> dict | None:
    """Why the answers in ``text`` exclude each other (an answer and its negation), as a phrase; ``None`` if nothing says so."""
    for m in _NEGATED.finditer(text):
        word = m.group(1)
        for length in range(len(word), 1, -1):  # the longest stem that also stands on its own ("参加" of "参加投票")
            stem = word[:length]
            plain = [p.start() for p in re.finditer(re.escape(stem), text) if not _negated_at(text, p.start())]
            if plain:
                return {"key": "form_negation", "answer": stem, "negated": m.group(0)[: len(m.group(0)) - len(word) + length]}
    return None


def _negated_at(text: str, pos: int) -> bool:
    return any(text.endswith(neg, 0, pos) for neg in ("没有", "没", "未", "不", "无", "非"))


def share_leads(rows: ClaimList, g) -> list[str]:
    """The words before each answer share of a group (before its count, for a share printed with one), back to the
    number before them."""
    text = rows.text
    count_of = {s: c for c, s in g.pairs}
    out = []
    for s in sorted([s for _, s in g.pairs] + g.bare):
        first = count_of.get(s, s)
        start = rows.positions[first][0]
        before = rows.before(start)
        lo = rows.positions[before[-1]][1] if len(before) else 0
        out.append(text[max(lo, start - 30) : start])
    return out


def form_of(rows: ClaimList, g, markers: set[str], scale_labels: list[str]) -> Form:
    """The :class:`Form` of question ``g`` (``markers`` of its sentence, ``scale_labels`` its answer labels if they are
    all answers of one scale)."""
    text = rows.text[g.start : g.end]
    lead_text = rows.text[max(0, g.start - 60) : g.start]
    multi = "multi" in markers or bool(_MULTI_WORDS.search(text))
    if multi:
        return Form(True, "")
    if "single" in markers:
        return _single({"key": "form_marked"})
    n_shares = len(g.pairs) + len(g.bare)
    leads = share_leads(rows, g)
    kinds = [attribute_of(lead) for lead in leads]
    named = set(k for k in kinds if k)
    # every share names a category of one attribute (the first may leave it to the word that names the attribute:
    # "从年龄看,占…")
    if n_shares >= 2 and len(named) == 1:
        attribute = next(iter(named))
        first_ok = kinds[0] == attribute or (not kinds[0] and _ATTRIBUTE_WORDS[attribute].search(lead_text[-30:] + leads[0]))
        if first_ok and all(k == attribute for k in kinds[1:]):
            return _single({"key": "form_breakdown", "attribute": attribute})
    verbs = len(QUESTION_VERB.findall(text))
    if scale_labels and verbs <= 1 and "multi_topic" not in markers:
        return _single({"key": "form_scale", "labels": scale_labels})
    if 2 <= n_shares <= 5 and "multi_topic" not in markers:
        why = exclusive_options(text)
        if why:
            return _single(why)
        if _DONT_KNOW.search(text) and verbs <= 1:
            return _single({"key": "form_dont_know"})
        if _ASKED_WHETHER.search(lead_text[-30:] + text[:30]):
            return _single({"key": "form_whether"})
    return Form(False, "")
