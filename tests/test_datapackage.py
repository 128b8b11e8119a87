"""data/datapackage.json describes every processed file, and data/README.md's dictionary follows it.

The package is validated with the standard library only: the Frictionless
rules this project relies on (field names and order, types, required
fields, enums, primary keys, the source's hash) are checked here directly,
and the checker is itself tested on tampered copies so that it can fail.
"""

from __future__ import annotations

import copy
import csv
import hashlib
import json
import re
from pathlib import Path

import pytest

from dangjian import paths
from dangjian.compendium.docs import data_dictionary

PACKAGE = json.loads((paths.DATA / "datapackage.json").read_text(encoding="utf-8"))
RESOURCES = {r["path"]: r for r in PACKAGE["resources"]}
# Discovered from disk, not from the package: a new CSV that nobody described fails here.
PROCESSED_CSVS = sorted(p.name for p in paths.PROCESSED.glob("*.csv"))

# Lexical forms of Frictionless table-schema types, as this project writes them.
# Stricter than int()/float(), which accept " 7", "1_000", "nan" and "inf".
_INTEGER = re.compile(r"[+-]?\d+")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_TRUE = ("true", "True", "TRUE", "1")  # Frictionless' default trueValues
_FALSE = ("false", "False", "FALSE", "0")


def _parses(value: str, field: dict) -> bool:
    kind = field["type"]
    if kind == "integer":
        return _INTEGER.fullmatch(value) is not None
    if kind == "number":
        return _NUMBER.fullmatch(value) is not None
    if kind == "boolean":
        return value in field.get("trueValues", _TRUE) + field.get("falseValues", _FALSE)
    if kind == "string":
        return True
    raise AssertionError(f"{field['name']}: type {kind!r} is not one this test knows")


def _schema_problems(csv_path: Path, resource: dict) -> list[str]:
    """Every way ``csv_path`` departs from ``resource``'s schema (empty if none)."""
    schema = resource["schema"]
    fields = schema["fields"]
    names = [f["name"] for f in fields]
    with csv_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    if not rows:
        return [f"{csv_path.name}: empty file, no header"]
    if rows[0] != names:
        return [f"{csv_path.name}: header {rows[0]} differs from the schema's fields {names}"]
    problems = []
    for line, row in enumerate(rows[1:], start=2):
        if len(row) != len(fields):
            problems.append(f"{csv_path.name} row {line}: {len(row)} values for {len(fields)} fields")
            continue
        for value, field in zip(row, fields):
            where = f"{csv_path.name} row {line} {field['name']}={value!r}"
            constraints = field.get("constraints", {})
            if value == "":
                if constraints.get("required"):
                    problems.append(f"{where}: empty, but the field is required")
            elif not _parses(value, field):
                problems.append(f"{where}: not a valid {field['type']}")
            elif "enum" in constraints and value not in {str(v) for v in constraints["enum"]}:
                problems.append(f"{where}: not one of the enum {constraints['enum']}")
    key = schema.get("primaryKey")
    if key:
        idx = [names.index(k) for k in key]
        keys = [tuple(r[i] for i in idx) for r in rows[1:] if len(r) == len(fields)]
        if len(keys) != len(set(keys)):
            problems.append(f"{csv_path.name}: primary key {key} is not unique")
    return problems


# -- the package itself ---------------------------------------------------------


def test_every_processed_file_is_described_and_exists():
    on_disk = {f"processed/{p.name}" for p in paths.PROCESSED.iterdir()}
    assert set(RESOURCES) == on_disk, f"described but missing: {sorted(set(RESOURCES) - on_disk)}; present but not described: {sorted(on_disk - set(RESOURCES))}"


def test_resources_are_well_formed():
    names = [r["name"] for r in PACKAGE["resources"]]
    assert len(names) == len(set(names)), "resource names must be unique"
    assert PACKAGE["licenses"] and all("name" in lic or "path" in lic for lic in PACKAGE["licenses"])
    for res in PACKAGE["resources"]:
        assert re.fullmatch(r"[a-z0-9._-]+", res["name"]), res["name"]  # Frictionless' name pattern
        assert res["description"].strip(), res["name"]
        if res["path"].endswith(".csv"):
            assert res["profile"] == "tabular-data-resource", res["name"]
            fields = res["schema"]["fields"]
            names_ = [f["name"] for f in fields]
            assert len(names_) == len(set(names_)), f"{res['name']}: duplicate field names"
            assert set(res["schema"].get("primaryKey", [])) <= set(names_), f"{res['name']}: primaryKey not a field"
            for f in fields:
                assert f["type"] in {"integer", "number", "string", "boolean"}, f"{res['name']}.{f['name']}"
                assert f["description"].strip(), f"{res['name']}.{f['name']} has no description"


def test_source_hash_is_the_raw_files():
    (source,) = PACKAGE["sources"]
    assert (paths.DATA / source["path"]).resolve() == paths.RAW_REPORT.resolve()
    digest = hashlib.sha256(paths.RAW_REPORT.read_bytes()).hexdigest()
    assert source["hash"] == f"sha256:{digest}"
    assert digest == paths.RAW_SHA256


@pytest.mark.parametrize("name", PROCESSED_CSVS)
def test_csv_matches_its_schema(name):
    resource = RESOURCES.get(f"processed/{name}")
    assert resource is not None, f"data/processed/{name} is not described in data/datapackage.json"
    assert _schema_problems(paths.PROCESSED / name, resource) == []


def test_enum_values_are_listed_in_the_dictionary():
    # data/README.md shows each field's description, not its constraints, so a
    # closed vocabulary must be spelled out in the description too.
    for res in PACKAGE["resources"]:
        for f in res.get("schema", {}).get("fields", []):
            for value in f.get("constraints", {}).get("enum", []):
                assert str(value) in f["description"], f"{res['name']}.{f['name']}: {value!r} missing from its description"


def test_data_readme_dictionary_is_current():
    readme = (paths.DATA / "README.md").read_text(encoding="utf-8")
    assert data_dictionary(PACKAGE) in readme
    for needed in (paths.RAW_SHA256, "pages 1-7 of 15", "redacted"):
        assert needed in readme


# -- the checker can fail ---------------------------------------------------------

_TOY = {
    "name": "toy",
    "path": "processed/toy.csv",
    "profile": "tabular-data-resource",
    "description": "a toy table",
    "schema": {
        "fields": [
            {"name": "id", "type": "integer", "description": "key", "constraints": {"required": True}},
            {"name": "share", "type": "number", "description": "a share"},
            {"name": "flag", "type": "boolean", "description": "a flag"},
            {"name": "verdict", "type": "string", "description": "ok or bad", "constraints": {"enum": ["ok", "bad"]}},
        ],
        "primaryKey": ["id"],
    },
}
_GOOD = "id,share,flag,verdict\r\n1,65.16,true,ok\r\n2,,0,\r\n"


@pytest.mark.parametrize(
    ("csv_text", "complaint"),
    [
        (_GOOD, None),
        ("id,share,flag,verdict,extra\r\n1,65.16,true,ok,x\r\n", "header"),  # a column added to the CSV
        ("id,flag,share,verdict\r\n1,true,65.16,ok\r\n", "header"),  # columns reordered
        ("id,share,flag,verdict\r\n1.0,65.16,true,ok\r\n", "not a valid integer"),
        ("id,share,flag,verdict\r\n1_000,65.16,true,ok\r\n", "not a valid integer"),
        ("id,share,flag,verdict\r\n1,nan,true,ok\r\n", "not a valid number"),
        ("id,share,flag,verdict\r\n1,65.16%,true,ok\r\n", "not a valid number"),
        ("id,share,flag,verdict\r\n1,65.16,yes,ok\r\n", "not a valid boolean"),
        ("id,share,flag,verdict\r\n,65.16,true,ok\r\n", "required"),
        ("id,share,flag,verdict\r\n1,65.16,true,maybe\r\n", "enum"),
        ("id,share,flag,verdict\r\n1,65.16,true,ok\r\n1,72.90,false,bad\r\n", "primary key"),
        ("id,share,flag,verdict\r\n1,65.16,true\r\n", "3 values for 4 fields"),
        ("\ufeffid,share,flag,verdict\r\n1,65.16,true,ok\r\n", "header"),  # a byte-order mark
    ],
)
def test_checker_catches_tampering(tmp_path, csv_text, complaint):
    path = tmp_path / "toy.csv"
    path.write_text(csv_text, encoding="utf-8", newline="")
    problems = _schema_problems(path, copy.deepcopy(_TOY))
    if complaint is None:
        assert problems == []
    else:
        assert problems and any(complaint in p for p in problems), problems


def test_checker_catches_a_column_added_to_a_real_file(tmp_path):
    with (paths.PROCESSED / "repairs.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    with (tmp_path / "repairs.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([row + [col] for row, col in zip(rows, ["extra"] + [""] * (len(rows) - 1))])
    assert _schema_problems(tmp_path / "repairs.csv", RESOURCES["processed/repairs.csv"])
