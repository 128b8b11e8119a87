"""Records, frames and CSV: the cheap tables of ``dangjian audit`` write what pandas would."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dangjian.engine.clean import REPAIR_COLUMNS
from dangjian.engine.extract import CHECK_COLUMNS, CLAIM_COLUMNS, check_records, extract_records
from dangjian.engine.tabular import is_missing, records, to_frame, write_csv


@pytest.fixture(scope="module")
def tables(cleaned):
    claims = extract_records(cleaned, source="report")
    return {
        "claims": (CLAIM_COLUMNS, claims, ("base", "page")),
        "checks": (CHECK_COLUMNS, check_records(claims), ()),
        "repairs": (REPAIR_COLUMNS, cleaned.repair_records(), ("page",)),
    }


@pytest.mark.parametrize("name", ["claims", "checks", "repairs"])
def test_write_csv_writes_what_pandas_writes(tables, name, tmp_path):
    columns, rows, integers = tables[name]
    assert rows, "nothing to compare"
    write_csv(tmp_path / "fast.csv", columns, rows)
    to_frame(rows, columns, integers=integers).to_csv(tmp_path / "pandas.csv", index=False, lineterminator="\n")
    assert (tmp_path / "fast.csv").read_bytes() == (tmp_path / "pandas.csv").read_bytes()


CELLS = st.one_of(st.none(), st.integers(-10**6, 10**6), st.text(alphabet='甲,"\n\r 1a、%', max_size=8))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(CELLS, CELLS, CELLS), max_size=6))
def test_write_csv_quotes_and_missing_values_like_pandas(tmp_path_factory, rows):
    folder = tmp_path_factory.mktemp("csv")
    columns = ["a", "b", "c"]
    write_csv(folder / "fast.csv", columns, rows)
    frame = pd.DataFrame([list(r) for r in rows], columns=columns, dtype=object) if rows else pd.DataFrame(columns=columns)
    frame.to_csv(folder / "pandas.csv", index=False, lineterminator="\n")
    assert (folder / "fast.csv").read_bytes() == (folder / "pandas.csv").read_bytes()


def test_records_and_frames_round_trip(tables):
    columns, rows, integers = tables["claims"]
    frame = to_frame(rows, columns, integers=integers)
    assert records(frame) == rows
    assert frame["base"].dtype == "Int64"
    assert frame["base"].isna().any() and not frame["base"].isna().all()


def test_records_use_none_for_missing_values():
    frame = pd.DataFrame({"x": pd.array([1, None], dtype="Int64"), "y": ["a", None]})
    assert records(frame) == [{"x": 1, "y": "a"}, {"x": None, "y": None}]


def test_dict_rows_and_tuple_rows_write_the_same_file(tmp_path):
    columns = ["id", "base"]
    write_csv(tmp_path / "dicts.csv", columns, [{"base": 310, "id": "E001"}, {"id": "E002", "base": None}])
    write_csv(tmp_path / "tuples.csv", columns, [("E001", 310), ("E002", None)])
    assert (tmp_path / "dicts.csv").read_text(encoding="utf-8") == "id,base\nE001,310\nE002,\n"
    assert (tmp_path / "tuples.csv").read_bytes() == (tmp_path / "dicts.csv").read_bytes()


@pytest.mark.parametrize("value", [None, float("nan"), pd.NA, pd.NaT, np.nan, np.float64("nan"), 0, 310, -1, "", "x", 0.0, 1.5, np.int64(3), True, False])
def test_is_missing_is_pd_isna_of_a_scalar(value):
    assert is_missing(value) is bool(pd.isna(value))


def test_csv_text_is_what_write_csv_writes_and_joins_by_parts(tmp_path):
    from dangjian.engine.tabular import csv_text, write_csv

    columns = ["id", "quote", "base"]
    rows = [{"id": "E001", "quote": "共发放问卷310份,回收\n300份", "base": 310}, {"id": "E002", "quote": '问卷"A"卷', "base": None},
            {"id": "E003", "quote": "", "base": 0}]
    write_csv(tmp_path / "t.csv", columns, rows)
    whole = (tmp_path / "t.csv").read_bytes().decode("utf-8")
    assert csv_text(columns, rows) == whole
    # the header, then each part's lines: the same table (how the combined tables are put together)
    assert csv_text(columns, ()) + csv_text(columns, rows[:1], header=False) + csv_text(columns, rows[1:], header=False) == whole
    assert csv_text(columns, [tuple(r.values()) for r in rows]) == whole
    assert csv_text(columns, rows, header=False) != whole
