"""The glossary: a well-formed CSV, the lookups, and an entry for every label of every figure."""

from __future__ import annotations

import ast
import csv
import importlib
import inspect
import re
import unicodedata
import warnings
from types import SimpleNamespace

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import nbformat  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from dangjian import paths  # noqa: E402
from dangjian.compendium.glossary import GLOSSARY, GLOSSARY_COLUMNS, _sort_key, bilingual, gloss, has_cjk, load_glossary, missing_terms  # noqa: E402

with GLOSSARY.open(encoding="utf-8", newline="") as _handle:
    ROWS = list(csv.reader(_handle))
HEADER, ENTRIES = ROWS[0], ROWS[1:]

# --- the CSV ------------------------------------------------------------------------------

#: Terms the case study and the notebooks cannot do without (the issue's list).
REQUIRED = """
党组 党委 党支部 支部 述职 一述三评 一述五评 一岗双责 第一责任人 党建 党建扶贫 支部联建 三级联创 三创三强
基层党组织 乡镇 镇 乡 均值 发放测评表(份) 述职报告真实情况 真实 比较真实 基本真实 不真实 量化测评平均分
测评意见 优秀 称职 基本称职 不称职 意见或建议(条) 一把手 党要管党 全面从严治党 双助双帮 结对帮扶
目标考核责任书 满意率 运转率 重业务轻党建 两张皮 一票否决 一盘棋 其中 以上 余
页码 章节 核查结论 乡镇类型 比例 份数 得分
""".split()

# Every toneless Hanyu Pinyin syllable (the standard syllable table), to check
# that each term's pinyin has one syllable per character.
SYLLABLES = frozenset("""
a ai an ang ao e ei en eng er o ou yi ya yao ye you yan yin yang ying yong wu wa wo wai wei wan wen wang weng yu yue yuan yun
ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu
ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu fa fan fang fei fen feng fo fou fu
da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo
ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nun nuo nü nüe
la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lü lüe
ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo
ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo
ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo
cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo
sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo
ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo
ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo sa sai san sang sao se sen seng si song sou su suan sui sun suo
""".split())
TONE_MARKS = "\u0304\u0301\u030c\u0300"  # after NFD: macron, acute, caron, grave
#: Words that are a neutral-tone particle alone (no tone mark expected).
NEUTRAL = {"de"}


def _toneless(pinyin: str) -> str:
    decomposed = unicodedata.normalize("NFD", pinyin)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in TONE_MARKS))


def _syllable_counts(word: str) -> set[int]:
    """All numbers of syllables that ``word`` (toneless, lower case) splits into."""
    counts: list[set[int]] = [set() for _ in range(len(word) + 1)]
    counts[0].add(0)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 6), end):
            if counts[start] and word[start:end] in SYLLABLES:
                counts[end] |= {c + 1 for c in counts[start]}
    return counts[-1]


def test_header_and_cells():
    assert tuple(HEADER) == GLOSSARY_COLUMNS
    for row in ENTRIES:
        assert len(row) == len(HEADER), row
        assert all(cell.strip() == cell and cell for cell in row), row
    assert len(ENTRIES) >= len(REQUIRED)


def test_terms_are_unique_and_chinese():
    terms = [row[0] for row in ENTRIES]
    assert len(terms) == len(set(terms)), sorted(t for t in terms if terms.count(t) > 1)
    assert all(has_cjk(t) for t in terms)


def test_required_terms_present():
    assert sorted(set(REQUIRED) - {row[0] for row in ENTRIES}) == []


def test_sorted_like_a_dictionary():
    keys = [_sort_key(term, pinyin) for term, pinyin, *_ in ENTRIES]
    assert keys == sorted(keys)


@pytest.mark.parametrize(("term", "pinyin"), [(r[0], r[1]) for r in ENTRIES], ids=[r[0] for r in ENTRIES])
def test_pinyin_has_one_tone_marked_syllable_per_character(term, pinyin):
    # only pinyin letters, tone-marked vowels, spaces, hyphens and the brackets of a unit
    assert re.fullmatch(r"[a-zü '\-()]+", _toneless(pinyin)), pinyin
    hanzi = sum(1 for ch in term if has_cjk(ch))
    words = [w for w in re.split(r"[\s'\-()]+", pinyin) if w]
    # each word carries a tone mark, unless it is a neutral-tone particle
    for word in words:
        assert any(m in unicodedata.normalize("NFD", word) for m in TONE_MARKS) or word in NEUTRAL, (term, word)
    # one syllable per character: some split of the words gives exactly that many
    totals = {0}
    for word in words:
        options = _syllable_counts(_toneless(word))
        assert options, (term, word, "is not made of pinyin syllables")
        totals = {t + o for t in totals for o in options}
    assert hanzi in totals, (term, pinyin, hanzi, sorted(totals))


def test_explanations_are_one_sentence_and_english_is_short():
    for term, _, english, explanation in ENTRIES:
        assert explanation[0].isupper() and explanation.endswith("."), term
        # one sentence: no full stop followed by a capital inside it
        assert not re.search(r"[.!?] [A-Z]", explanation[:-1]), term
        assert len(english) <= 60, term


# --- the lookups ----------------------------------------------------------------------------


def test_load_glossary_matches_the_file():
    frame = load_glossary()
    expected = pd.DataFrame(ENTRIES, columns=HEADER)
    pd.testing.assert_frame_equal(frame, expected)


@pytest.mark.parametrize(
    ("term", "english"),
    [("真实", "truthful"), ("均值", "mean"), ("一岗双责", "one post, two responsibilities"), (" 其中 ", "of which")],
)
def test_gloss(term, english):
    assert gloss(term) == english


def test_bilingual_both_orders():
    # the issue's own example
    assert bilingual("真实") == "真实 (truthful)"
    assert bilingual("真实", first="en") == "truthful (真实)"
    with pytest.raises(ValueError, match="first"):
        bilingual("真实", first="fr")


def test_unknown_term_suggests_close_ones():
    with pytest.raises(KeyError, match="比较真实"):
        gloss("比较真")


@pytest.mark.parametrize(
    ("labels", "missing"),
    [
        (["真实", "T1", "42", "", "C10", "%"], []),  # terms, and labels with no Chinese
        (["二(三)1", "一", "前言"], []),  # section numbers in Chinese numerals; 前言 is a term
        (["比例(%)", "页码(页)", "调整·党委书记", "页码(页外 = 网站页眉页脚)"], []),  # compounds of terms
        (["某某", "比例(某某)", "某某", 3.5], ["某某", "比例(某某)"]),  # each missing label once
    ],
)
def test_missing_terms(labels, missing):
    assert missing_terms(labels) == missing


# --- every label of every figure ------------------------------------------------------------

FIGURE_MODULES = ("dangjian.compendium.plotting", "dangjian.compendium.plotting")


def _figure_functions() -> list:
    found = []
    for module_name in FIGURE_MODULES:
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", None) or dir(module):
            if name.startswith("plot_") and callable(getattr(module, name, None)):
                found.append(pytest.param(module_name, name, id=f"{module_name.rpartition('.')[2]}.{name}"))
    return found


@pytest.fixture(scope="module")
def report(cleaned, table):
    from dangjian.compendium.checks import audit_locations, check_ledger
    from dangjian.compendium.display import repair_context, repair_counts
    from dangjian.pipeline import load_claims, load_sections

    claims = load_claims(cleaned)
    sections = load_sections(cleaned)
    audit = check_ledger(claims, table, cleaned)
    context = repair_context(cleaned)
    numeric = table.data.assign(value=pd.to_numeric(table.data["value"]))
    return SimpleNamespace(
        result=cleaned, claims=claims, table=table, sections=sections, numeric=numeric,
        # arguments by parameter name, for figure functions without a call in _calls()
        by_name={
            "table": table, "sections": sections, "claims": claims, "audit": audit, "result": cleaned,
            "context": context, "counts": repair_counts(context), "locations": audit_locations(audit, claims),
            "data": numeric, "title": "标题 · a title",
        },
    )


def _calls(name: str, r) -> list[tuple[tuple, dict]] | None:
    """The figure calls of the notebooks, for functions whose parameters the
    report's frames do not name (the notebook that makes each call is named)."""
    title = "标题 · a title"
    fd = importlib.import_module("dangjian.compendium.findings")
    if name == "plot_shares":
        # 01: the survey shares labelled with the answer chosen
        intervals = fd.survey_intervals(r.claims, sections=fd.NOTEBOOKS["01_overall_performance.ipynb"])
        labelled = intervals.assign(label=intervals["claim_id"] + " “" + intervals["answer"] + "”")
        # 02: the shares of 一(二), quoted, coloured by whether a base is stated
        shares = r.claims[r.claims["section_id"].isin(fd.NOTEBOOKS["02_township_village.ipynb"]) & r.claims["reported"].str.endswith("%")]
        shares = shares.assign(percent=[float(fd.claim_value(r.claims, c)) for c in shares["claim_id"]],
                               label=shares["claim_id"] + " " + shares["quote"],
                               基数=["有基数(921个党组织)" if b else "未说明基数" for b in shares["base"]])
        return [((labelled,), dict(y="label", ylabel="数字编号与所选答案", title=title)),
                ((shares,), dict(y="label", hue="基数", ylabel="数字编号与原文", title=title))]
    if name == "plot_rate_estimators":  # 05
        return [((fd.rate_estimators(r.table, r.claims),), dict(title=title))]
    if name == "plot_parts_vs_total":  # 06: the 其中 list of 二(三)
        total = _one_check(r, "of_which_sum")
        return [((fd.parts_vs_total(r.claims, total),), dict(title=title))]
    if name == "plot_counts":  # 07: the counts of 二(四), quoted
        counts = r.claims[r.claims["section_id"].isin(fd.NOTEBOOKS["07_branch_pairing.ipynb"]) & (r.claims["unit"] != "万元")]
        counts = counts.assign(value=[int(fd.claim_value(r.claims, c)) for c in counts["claim_id"]],
                               label=counts["claim_id"] + " " + counts["quote"])
        return [((counts,), dict(x="value", y="label", xlabel="数量(名、个、次)", title=title))]
    if name == "plot_timeline":  # 04: every year the report prints
        years = r.claims[(r.claims["kind"] == "date") & (r.claims["unit"] == "年")]
        years = years.assign(year=[int(fd.claim_value(r.claims, c)) for c in years["claim_id"]]).rename(columns={"section_label": "section"})
        return [((years,), dict(title=title, highlight=["二(一)"]))]
    if name == "plot_key_phrases":  # 08: chapter 三's quoted phrases and content words
        chapter = r.sections.set_index("section_id").loc["3"]
        text = r.result.text[chapter["start"]:chapter["end"]]
        return [((fd.key_phrases(text), fd.content_words(text)), dict(title=title, top=len(fd.key_phrases(text))))]
    return None


def _one_check(r, check: str) -> str:
    """The total claim of the audit's check ``check`` (e.g. the 其中 list's 32)."""
    from dangjian.compendium.checks import check_ledger

    audit = check_ledger(r.claims, r.table, r.result)
    return audit.loc[audit["check"] == check, "claim_ids"].iloc[0].split()[0]


def _generic_call(function, r) -> tuple[tuple, dict]:
    args, kwargs = [], {}
    for p in inspect.signature(function).parameters.values():
        if p.default is not inspect.Parameter.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        if p.name not in r.by_name:
            pytest.skip(f"{function.__name__} needs an argument {p.name!r} that this test cannot build; "
                        "add the notebook's call to _calls() in tests/test_glossary.py")
        if p.kind is p.KEYWORD_ONLY:
            kwargs[p.name] = r.by_name[p.name]
        else:
            args.append(r.by_name[p.name])
    return tuple(args), kwargs


def _labels(fig) -> list[str]:
    """Axis labels, tick labels and legend texts of a drawn figure (titles excluded)."""
    fig.canvas.draw()
    found = []
    legends = list(fig.legends)
    for ax in fig.axes:
        found += [ax.get_xlabel(), ax.get_ylabel()]
        found += [t.get_text() for t in (*ax.get_xticklabels(), *ax.get_yticklabels())]
        if ax.get_legend() is not None:
            legends.append(ax.get_legend())
    for legend in legends:
        found += [t.get_text() for t in legend.get_texts()] + [legend.get_title().get_text()]
    return [label for label in found if label]


_CLAIM_ID = re.compile(r"^[A-Z]\d+(?:-[A-Z0-9]+)?\s+")


def _is_quotation(label: str, text: str) -> bool:
    """A number in the report's own words ("C18 工作正常运转率达100%",
    "调整2名基层党委书记"): a verbatim passage of the report with a digit in it,
    maybe after a claim id.  A quotation is shown as printed, not glossed."""
    words = _CLAIM_ID.sub("", label)
    return has_cjk(words) and bool(re.search(r"\d", words)) and words in text


@pytest.mark.parametrize(("module_name", "name"), _figure_functions())
def test_every_figure_label_has_an_entry(module_name, name, report):
    from dangjian.compendium.plotting import MISSING_GLYPH, use_cjk_font

    function = getattr(importlib.import_module(module_name), name)
    calls = _calls(name, report) or [_generic_call(function, report)]
    use_cjk_font()
    labels = []
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("error", message=MISSING_GLYPH)
            for args, kwargs in calls:
                labels += _labels(function(*args, **kwargs))
    finally:
        plt.close("all")
    assert any(has_cjk(label) for label in labels), labels  # the test saw the Chinese labels
    terms = [label for label in labels if not _is_quotation(label, report.result.text)]
    assert missing_terms(terms) == []


def test_figure_functions_were_found():
    names = {p.values[1] for p in _figure_functions()}
    assert {"plot_township_table", "plot_audit_locations", "plot_repairs_heatmap"} <= names


def test_a_quotation_is_verbatim_and_has_a_number(cleaned):
    assert _is_quotation("C10 认为“较好”以上的有202人,占65.16%", cleaned.text)
    assert not _is_quotation("C10 认为“较好”以上的有203人", cleaned.text)  # not the report's words
    assert not _is_quotation("一岗双责", cleaned.text)  # a term: no number in it


def _axis_labels_of_figure_calls(source: str) -> list[str]:
    """String literals passed as ``xlabel=``/``ylabel=`` (any ``*label``) to a plot_* call."""
    code = "\n".join(line for line in source.splitlines() if not line.lstrip().startswith(("%", "!")))
    found = []
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")).startswith("plot_"):
            for kw in node.keywords:
                if kw.arg and kw.arg.endswith("label") and isinstance(kw.value, ast.Constant) and isinstance(kw.value.value, str):
                    found.append(kw.value.value)
    return found


def test_axis_labels_the_notebooks_pass_have_entries():
    # plot_shares and plot_counts take their axis labels from the
    # notebook, so the package's own figures do not show them all
    found = {}
    for path in sorted(paths.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type == "code":
                for label in _axis_labels_of_figure_calls(cell.source):
                    found.setdefault(label, path.name)
    missing = missing_terms(found)
    assert missing == [], {m: found[m] for m in missing}
