"""Helpers of the finding notebooks: reproduction listings, intervals, implied shares, problems."""

from __future__ import annotations

import pytest

from dangjian.pipeline import load_claims, load_sections
from dangjian.reproduce import (
    content_words,
    implied_shares,
    key_phrases,
    not_reproducible,
    problem_table,
    reproduction,
    survey_intervals,
)


@pytest.fixture(scope="module")
def claims(cleaned):
    return load_claims(cleaned)


def test_reproduction_lists_every_claim_of_the_section_once(claims):
    lines = reproduction(claims, ["1.1"]).splitlines()[1:]
    ids = [line.split()[0] for line in lines]
    assert ids == [f"C{i:02d}" for i in range(5, 17)]
    assert lines[5].split()[1:5] == ["一(一)", "65.16%", "65.16%", "match"]


def test_table_cells_only_on_request(claims):
    assert "R01-T1" not in reproduction(claims, ["2.2"])
    assert "R01-T1" in reproduction(claims, ["2.2"], table_cells=True)


# Wilson interval for 202/310 by hand: p = .65161, z = 1.95996, n = 310
# centre = (p + z²/2n) / (1 + z²/n) = (0.65161 + 0.0061958) / 1.0123917 = 0.64974
# half = z/(1 + z²/n) * sqrt(p(1-p)/n + z²/4n²) = 1.93597 * sqrt(0.00073296 + 0.0000099936) = 0.052770
# -> 59.70% to 70.25%
def test_survey_intervals(claims):
    frame = survey_intervals(claims).set_index("claim_id")
    assert list(frame.index) == ["C10", "C12", "C14", "C16", "C27", "C29"]
    assert (frame.loc["C10", "ci_lower"], frame.loc["C10", "ci_upper"]) == pytest.approx((59.70, 70.25), abs=0.01)
    assert (frame["n"] == 310).all()


def test_implied_shares(claims):
    # 2 of 6 = 33.3%, 11 of 26 = 42.3%
    shares = implied_shares(claims, ["1.3"]).set_index("claim_id")
    assert shares.loc["C23", ["count", "n", "share"]].tolist() == [2, 6, "33.3"]
    assert shares.loc["C24", ["count", "n", "share"]].tolist() == [11, 26, "42.3"]
    # "98%以上" of 125: 122.5 -> at least 123
    bounds = implied_shares(claims, ["1.1"]).set_index("claim_id")
    assert bounds.loc["C06", "count"] == 123


def test_not_reproducible_gives_a_reason_for_every_stated_claim(claims):
    text = not_reproducible(claims, ["1.2"])
    assert "C19   83.2%   no denominator is given" in text
    assert len(text.splitlines()) == int((claims[claims["section_id"] == "1.2"]["status"] == "stated").sum())


def test_problem_table_and_phrases(cleaned):
    sections = load_sections(cleaned)
    problems = problem_table(cleaned.text, sections)
    assert problems["problem"].unique().tolist() == ["三(一)", "三(二)", "三(三)"]
    assert problems["key_phrase"].unique().tolist() == ["主次不分", "服务大局", "身体力行"]
    # the chapter breaks off mid-sentence: the last sub-claim has no full stop
    assert problems["sub_claim"].iloc[-1].endswith("因其经常")
    phrases = key_phrases("把“主业”做好,“副业”不管,还是“主业”。")
    assert phrases.values.tolist() == [["主业", 2], ["副业", 1]]


def test_content_words_are_deterministic():
    text = "党建工作要抓好党建,党组织要抓好党建。"
    first = content_words(text)
    assert first.equals(content_words(text))
    assert first.iloc[0].tolist() == ["党建", 3]
