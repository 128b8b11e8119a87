"""data/datapackage.json describes every processed file, and data/README.md's dictionary follows it."""

from __future__ import annotations

import csv
import hashlib
import json

import pytest

from dangjian import paths
from dangjian.docs import data_dictionary

PACKAGE = json.loads((paths.DATA / "datapackage.json").read_text(encoding="utf-8"))
RESOURCES = {r["path"]: r for r in PACKAGE["resources"]}


def test_every_processed_file_is_described_and_exists():
    on_disk = {f"processed/{p.name}" for p in paths.PROCESSED.iterdir()}
    assert set(RESOURCES) == on_disk


def test_source_hash_is_the_raw_files():
    source = PACKAGE["sources"][0]
    digest = hashlib.sha256((paths.DATA / source["path"]).read_bytes()).hexdigest()
    assert source["hash"] == f"sha256:{digest}"


def _parses(value: str, kind: str) -> bool:
    try:
        {"integer": int, "number": float, "string": str}[kind](value)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("path", sorted(p for p in RESOURCES if p.endswith(".csv")))
def test_csv_matches_its_schema(path):
    fields = RESOURCES[path]["schema"]["fields"]
    with (paths.DATA / path).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == [f["name"] for f in fields], "header differs from the schema"
    for row in rows[1:]:
        for value, field in zip(row, fields, strict=True):
            if value == "":
                assert not field.get("constraints", {}).get("required"), f"{path}: empty required {field['name']}"
            else:
                assert _parses(value, field["type"]), f"{path}: {field['name']}={value!r} is not {field['type']}"
    key = RESOURCES[path]["schema"].get("primaryKey")
    if key:
        idx = [rows[0].index(k) for k in key]
        keys = [tuple(r[i] for i in idx) for r in rows[1:]]
        assert len(keys) == len(set(keys)), f"{path}: primary key {key} not unique"


def test_data_readme_dictionary_is_current():
    readme = (paths.DATA / "README.md").read_text(encoding="utf-8")
    assert data_dictionary(PACKAGE) in readme
    for needed in ("0af856023c4f687cb46706e04a7648f727dad6d235765d5583ad2962f522d522", "pages 1-7 of 15", "redacted"):
        assert needed in readme
