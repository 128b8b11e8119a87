"""Helpers of the finding notebooks (dangjian.compendium.findings), and the notebooks' shape.

Expected values are the report's printed numbers or hand calculations written
beside each test.
"""

from __future__ import annotations

import re
import tempfile
import warnings
from fractions import Fraction

import nbformat
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from dangjian import paths
from dangjian.compendium import findings as fd
from dangjian.compendium import problems
from dangjian.engine.metrics import pooled_vs_mean_rate
from dangjian.pipeline import load_claims, load_sections


@pytest.fixture(scope="module")
def claims(cleaned):
    return load_claims(cleaned)


@pytest.fixture(scope="module")
def sections(cleaned):
    return load_sections(cleaned)


# --- the notebook map ----------------------------------------------------------------


def test_every_section_belongs_to_exactly_one_notebook(sections, claims):
    owners = [sid for secs in fd.NOTEBOOKS.values() for sid in secs]
    assert sorted(owners) == sorted(sections["section_id"])
    assert set(claims["section_id"]) <= set(owners)


def test_notebooks_are_in_the_report_order(sections):
    start = sections.set_index("section_id")["start"]
    firsts = [min(start[s] for s in secs) for secs in fd.NOTEBOOKS.values()]
    assert firsts == sorted(firsts)
    assert list(fd.NOTEBOOKS) == sorted(fd.NOTEBOOKS)
    assert fd.NOTEBOOKS["01_overall_performance.ipynb"][0] == "0"  # front matter goes with 01


# --- plain text ----------------------------------------------------------------------


def test_text_table_pads_chinese_by_display_width():
    frame = pd.DataFrame({"item": ["真实", "T1"], "n": [278, 7]})
    lines = fd.text_table(frame).splitlines()
    # "真实" is 4 columns wide, like "item"; the numbers line up on the right
    assert lines == ["item    n", "真实  278", "T1      7"]


@pytest.mark.parametrize(
    "value, digits, printed",
    [
        (0.125, 2, "0.13"),  # half-up on the decimal 0.125 (binary rounding would give 0.12)
        (2.675, 2, "2.68"),  # 2.675 is 2.67499999… in binary; the shortest decimal is rounded
        (float("nan"), 2, "—"),
        (Fraction(362, 7), 4, "51.7143"),  # 362/7 = 51.714285…
        ("", 2, "—"),
        (True, 2, "yes"),
    ],
)
def test_text_table_cells(value, digits, printed):
    assert fd.text_table(pd.DataFrame({"x": [value]}), digits=digits).splitlines()[1].strip() == printed


# --- reproduction ----------------------------------------------------------------------


def test_reproduction_lists_every_claim_of_the_sections_in_order(claims):
    frame = fd.reproduction(claims, fd.NOTEBOOKS["01_overall_performance.ipynb"])
    assert frame["claim_id"].tolist() == [f"C{i:02d}" for i in range(1, 17)]
    # the report prints 65.16%: 202/310 = 65.1613% -> 65.16
    assert frame.set_index("claim_id").loc["C10", ["reported", "recomputed", "status"]].tolist() == ["65.16%", "65.16%", "match"]
    assert frame.set_index("claim_id").loc["C09", "recomputed"] == "—"


def test_table_cells_only_on_request_and_the_mean_column_always(claims):
    plain = fd.reproduction(claims, ["2.2"])
    assert "R01-T1" not in set(plain["claim_id"]) and "R01-MEAN" in set(plain["claim_id"])
    # 11 rows x 7 townships = 77 cells
    assert len(fd.reproduction(claims, ["2.2"], table_cells=True)) - len(plain) == 77


def test_print_reproduction_one_line_per_claim(claims):
    text = fd.print_reproduction(claims, ["2.2"])
    lines = text.splitlines()
    assert len(lines) == 1 + len(fd.reproduction(claims, ["2.2"]))
    # 362/7 = 51.71 rounds to 52; the report prints 51
    assert re.search(r"^C41\s+二\(二\)\s+51\s+52\s+mismatch\s+forms issued per township", text, re.M)
    assert text == fd.print_reproduction(claims, ["2.2"])


def test_claim_words_quote_every_claim(claims):
    words = fd.claim_words(claims, ["1.3"])
    assert words.splitlines()[0] == "* **C21** 「6个部门党委和26个部门党组中」 — department Party committees covered by the visits"
    assert len(words.splitlines()) == 9  # C21..C29


# --- what the report leaves out ------------------------------------------------------------------


# Wilson interval for 202/310 by hand: p = .651613, z = 1.959964, n = 310
# centre = (p + z²/2n) / (1 + z²/n) = (0.651613 + 0.0061959) / 1.0123917 = 0.649757
# half = z/(1 + z²/n) * sqrt(p(1-p)/n + z²/4n²) = 1.935948 * sqrt(0.00073295 + 0.0000099937) = 0.052772
# -> 59.70% to 70.25%
def test_survey_intervals_wilson_by_hand(claims):
    frame = fd.survey_intervals(claims).set_index("claim_id")
    assert list(frame.index) == ["C10", "C12", "C14", "C16", "C27", "C29"]
    assert (frame["n"] == 310).all()
    assert frame.loc["C10", ["count", "answer", "reported"]].tolist() == [202, "较好", "65.16%"]
    assert (frame.loc["C10", "ci_lower"], frame.loc["C10", "ci_upper"]) == pytest.approx((59.70, 70.25), abs=0.005)
    assert frame.loc["C10", "percent"] == pytest.approx(100 * 202 / 310)


def test_survey_intervals_clopper_pearson_against_scipy(claims):
    # Clopper-Pearson from the beta quantiles (scipy, independent of statsmodels):
    # [B^-1(.025; 149, 162), B^-1(.975; 150, 161)] for 149 of 310
    from scipy.stats import beta

    frame = fd.survey_intervals(claims, sections=["1.3"], method="beta").set_index("claim_id")
    assert list(frame.index) == ["C27", "C29"]
    assert frame.loc["C29", "ci_lower"] == pytest.approx(100 * beta.ppf(0.025, 149, 162))
    assert frame.loc["C29", "ci_upper"] == pytest.approx(100 * beta.ppf(0.975, 150, 161))


def test_implied_shares_from_the_text(claims):
    shares = fd.implied_shares(claims).set_index("claim_id")
    # 2 of 6 = 33.33% -> 33.3; 11 of 26 = 42.31% -> 42.3
    assert shares.loc["C23", ["relation", "count", "n", "share"]].tolist() == ["=", 2, 6, "33.3"]
    assert shares.loc["C24", ["relation", "count", "n", "share"]].tolist() == ["=", 11, 26, "42.3"]
    # 98%以上 of 125: 0.98 * 125 = 122.5 -> at least 123; a rounded 98% (>= 97.5%): 121.875 -> 122
    assert shares.loc["C06", ["relation", "count", "n"]].tolist() == ["≥", 123, 125]
    assert "k ≥ 123" in shares.loc["C06", "assumption"] and "k ≥ 122" in shares.loc["C06", "assumption"]
    # 90%以上 of 125: 112.5 -> 113; rounded (>= 89.5%): 111.875 -> 112
    assert shares.loc["C07", "count"] == 113 and "k ≥ 112" in shares.loc["C07", "assumption"]
    # 100% of 921 = 921; a rounded 100% (>= 99.5%): 916.395 -> 917 to 921
    assert shares.loc["C18", ["relation", "count", "n"]].tolist() == ["=", 921, 921]
    assert "917-921" in shares.loc["C18", "assumption"]
    # the parts of the 其中 list of 二(三) are parts of a sum, not shares
    assert not {"C53", "C54", "C55", "C56", "C57"} & set(shares.index)


def test_implied_shares_from_the_table(claims, table):
    rows = fd.implied_shares(claims, table, sections=["2.2"])
    got = rows[["claim_id", "count", "n", "share"]].values.tolist()
    # 真实: 53+41+51+41+30+29+33 = 278; issued 68+68+64+52+37+36+37 = 362 -> 76.796% -> 76.80
    # answered 真实 block 68+64+64+52+37+36+37 = 358 -> 77.654% -> 77.65
    # 优秀: 55+44+44+40+29+24+31 = 267 -> 267/362 = 73.757% -> 73.76; answered 360 -> 74.167% -> 74.17
    assert got == [["C43", 278, 362, "76.80"], ["C43", 278, 358, "77.65"], ["C46", 267, 362, "73.76"], ["C46", 267, 360, "74.17"]]
    assert fd.implied_shares(claims, table, sections=["1.1"])["base"].ne("table").all()


def test_not_reproducible_gives_a_reason_for_every_stated_claim(claims):
    for secs in fd.NOTEBOOKS.values():
        frame = fd.not_reproducible(claims, secs)
        stated = fd.reproduction(claims, secs).query("status == 'stated'")
        assert frame["claim_id"].tolist() == stated["claim_id"].tolist()
        assert frame["reason"].str.len().gt(10).all()
    reasons = fd.not_reproducible(claims, ["1.2", "2.1"]).set_index("claim_id")["reason"]
    assert reasons["C19"].startswith("a lower bound on a percentage with no denominator")
    assert reasons["C20"].startswith("a percentage with no denominator")
    assert "pages 8-15" in reasons["C20"]
    assert reasons["C33"].startswith("an amount of money") and "约" in reasons["C33"]
    assert reasons["C30"].startswith("a date")


def test_page_coverage(cleaned, sections):
    # the site header says 页数:15; the outline ends on page 7
    assert fd.page_coverage(cleaned, sections) == {"pages": 15, "visible_last": 7, "missing": "8-15"}


def test_parts_vs_total(claims):
    parts = fd.parts_vs_total(claims, "C52").set_index("role")
    # 2 + 3 + 11 + 1 + 5 = 22 of the stated 32; 32 - 22 = 10
    assert parts.loc["sum of parts", "value"] == 22
    assert parts.loc["stated total", "value"] == 32
    assert parts.loc["not itemised", "value"] == 10
    # "调整2名基层党委书记、3名分管党建工作副书记、11名党支部书记,免去1名分管党建工作副书记、5名党支部书记的职务"
    assert parts.loc["part", "label"].tolist() == ["调整·基层党委书记", "调整·分管党建工作副书记", "调整·党支部书记",
                                                   "免去·分管党建工作副书记", "免去·党支部书记"]
    with pytest.raises(ValueError, match="not a sum"):
        fd.parts_vs_total(claims, "C10")


# --- the township table ---------------------------------------------------------------


def test_answered_vs_issued(table):
    rows = fd.answered_vs_issued(table)
    assert len(rows) == 14
    off = rows[rows["difference"] != 0][["township", "block", "issued", "answered"]].values.tolist()
    # T2: 41+14+9+0 = 64 and 44+15+8+0 = 67 of 68; T4: 40+9+0+0 = 49 of 52; T6: 24+14+0+0 = 38 of 36
    assert off == [["T2", "述职报告真实情况", 68, 64], ["T2", "测评意见", 68, 67], ["T4", "测评意见", 52, 49], ["T6", "测评意见", 36, 38]]


def test_mean_readings(table):
    readings = fd.mean_readings(table).set_index("reading")
    # 362/7 = 51.714: half-up 52, truncated 51; 358/7 = 51.143 -> 51; the table prints 51
    assert readings.loc["forms issued", ["total", "mean", "half_up", "truncated", "printed"]].tolist() == [362, Fraction(362, 7), "52", "51", "51"]
    assert readings.loc["forms answered: 述职报告真实情况", ["total", "half_up"]].tolist() == [358, "51"]


def test_rate_estimators_reproduce_the_report_only_as_a_ratio_of_printed_means(table, claims):
    rates = fd.rate_estimators(table, claims)
    hits = rates[rates["prints_as_reported"]]
    # 40/51 = 78.431% and 38/51 = 74.510%: the report's 78.43% and 74.51%
    assert hits[["item", "estimator", "numerator", "denominator", "claim_id"]].values.tolist() == [
        ["真实", "ratio of the printed means", "40", "51", "C43"],
        ["优秀", "ratio of the printed means", "38", "51", "C46"],
    ]
    exact = rates.set_index(["item", "estimator"])["exact"]
    assert exact["真实", "pooled over forms issued"] == Fraction(27800, 362)
    # mean of the seven rates 53/68 + 41/68 + 51/64 + 41/52 + 30/37 + 29/36 + 33/37
    # = (0.779412 + 0.602941 + 0.796875 + 0.788462 + 0.810811 + 0.805556 + 0.891892) / 7 = 5.475949 / 7 = 0.782278
    assert float(exact["真实", "mean of township rates (issued)"]) == pytest.approx(78.2278, abs=0.0001)


def test_rate_estimators_agree_with_metrics(table):
    data = table.data.assign(value=pd.to_numeric(table.data["value"]))
    rates = fd.rate_estimators(table).set_index(["item", "estimator"])["percent"]
    for item in ("真实", "优秀"):
        m = pooled_vs_mean_rate(data, numerator=item, denominator="发放测评表(份)").set_index("estimator")["value"]
        assert rates[item, "pooled over forms issued"] == pytest.approx(100 * m["pooled"])
        assert rates[item, "mean of township rates (issued)"] == pytest.approx(100 * m["mean_of_rates"])


def test_homogeneity_tests_are_quiet_and_keep_the_warning(table):
    from scipy.stats import chi2_contingency

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        tests = fd.homogeneity_tests(table)
    assert list(tests) == [("述职报告真实情况", "township"), ("述职报告真实情况", "township_type"),
                           ("测评意见", "township"), ("测评意见", "township_type")]
    assert "expected counts below 5" in tests["述职报告真实情况", "township"].warning
    assert tests["述职报告真实情况", "township_type"].warning == ""
    # 镇 (T1-T3) vs 乡 (T4-T7), summed by hand: 真实 145/133, 比较真实 38/27, 基本真实 13/2
    expected = chi2_contingency([[145, 38, 13], [133, 27, 2]], correction=False)
    assert tests["述职报告真实情况", "township_type"].statistic == pytest.approx(expected.statistic)


def test_text_vs_table(claims, table):
    rows = fd.text_vs_table(claims, table)
    assert rows[["text_claim", "text", "other"]].values.tolist() == [
        ["C39", "21", "7"],
        ["C41", "51", "362/7 = 51.71"],
        ["C36", "2009", "2008"],
        ["C01", "2010", "2009"],
        ["C38", "8-10", "8-9"],
        ["C35", "一述五评", "一述三评"],
    ]
    assert not rows["same"].any()


# --- chapter 三 ----------------------------------------------------------------------------


def test_problem_table(cleaned, sections):
    problems = fd.problem_table(cleaned, sections)
    assert problems["problem"].unique().tolist() == ["三(一)", "三(二)", "三(三)"]
    assert problems["key_phrase"].unique().tolist() == ["“主次不分”", "“服务大局”", "“身体力行”"]
    clauses = problems[problems["form"] == "clause"]
    assert len(clauses) == 3 and clauses["sub_claim"].str.startswith("一些负责人").all()
    assert (clauses["lead_in"] == "突出表现为:").all()
    # the chapter breaks off mid-sentence: only the last row is incomplete
    assert problems["complete"].tolist()[:-1] == [True] * (len(problems) - 1)
    assert not problems["complete"].iloc[-1] and problems["sub_claim"].iloc[-1].endswith("因其经常")


def test_key_phrases(cleaned, sections):
    chapter = sections.set_index("section_id").loc["3"]
    phrases = fd.key_phrases(cleaned.text[chapter["start"] : chapter["end"]]).set_index("phrase")["count"]
    # “党要管党、从严治党” is quoted twice: in 三(一) and in 三(三); the titles' phrases once each
    assert phrases.iloc[0] == 2 and phrases.index[0] == "党要管党、从严治党"
    assert phrases[["主次不分", "服务大局", "身体力行"]].tolist() == [1, 1, 1]
    # nested quotes: the innermost pair is taken
    assert fd.key_phrases("对“总体评价“一把手”抓党建”认为").values.tolist() == [["一把手", 1]]


def test_content_words_are_deterministic_quiet_and_write_no_cache(capfd, monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    problems._pos_tokenizer.cache_clear()
    text = "党建工作要抓好党建,党组织要抓好党建。"
    first = fd.content_words(text)
    out, err = capfd.readouterr()
    assert out == "" and err == ""
    assert list(tmp_path.iterdir()) == []
    assert_frame_equal(first, fd.content_words(text))
    assert first.iloc[0].tolist() == ["党建", "j", 3]
    assert "要" not in set(first["word"])  # single characters are not content words here


# --- the notebooks -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(fd.NOTEBOOKS))
def test_notebook_shape(name, claims, sections):
    nb = nbformat.read(paths.NOTEBOOKS / name, as_version=4)
    first = nb.cells[0]
    assert first.cell_type == "markdown"
    secs = fd.NOTEBOOKS[name]
    titles = sections.set_index("section_id").loc[[s for s in secs if s != "0"], "title"]
    assert first.source.startswith(f"# {name[:2]} ")
    for title in titles:
        assert title in first.source
    # the report's own words for each claim, as in the ledger
    assert fd.claim_words(claims, secs) in first.source
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert "use_cjk_font()" in code[0].source
    assert any("fd.print_reproduction(claims, ours)" in c.source or "fd.reproduction(claims, ours)" in c.source for c in code)
    for cell in code:
        assert not re.search(r"^\s*(def|class)\s", cell.source, re.M)
        if "plotting.plot_" in cell.source:
            # a figure's pixels vary with the machine: nbval ignores its output, marked by a cell tag (not a comment)
            assert "nbval-ignore-output" in cell.metadata.get("tags", []) and "NBVAL" not in cell.source
        for out in cell.get("outputs", []):
            assert out.get("name") != "stderr"
            text = str(out.get("text", "")) + str(out.get("data", {}).get("text/plain", ""))
            assert "missing from font" not in text
            assert not re.search(r"0x[0-9a-f]{6,}|/work/|/home/|/tmp/", text)
    assert sum("plotting.plot_" in c.source for c in code) >= 1
