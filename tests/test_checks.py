"""The audit of the report: every claim checked, fair verdicts, arithmetic shown."""

from __future__ import annotations

import pytest

from dangjian.compendium.checks import AUDIT_COLUMNS, VERDICTS, audit_report, smallest_n, verdict_counts
from dangjian.pipeline import load_claims


@pytest.fixture(scope="module")
def claims(cleaned):
    return load_claims(cleaned)


@pytest.fixture(scope="module")
def audit(claims, table, cleaned):
    return audit_report(claims, table, cleaned)


def _find(audit, check, claim):
    rows = audit[(audit["check"] == check) & audit["claim_ids"].str.split().map(lambda ids: claim in ids)]
    assert len(rows) == 1, f"{check} on {claim}: {len(rows)} rows"
    return rows.iloc[0]


def test_columns_and_vocabulary(audit):
    assert list(audit.columns) == AUDIT_COLUMNS
    assert set(audit["verdict"]) <= set(VERDICTS)
    assert audit["check_id"].is_unique
    assert audit["explanation"].str.contains("中文：").all()


def test_every_claim_has_a_check_or_an_explicit_not_checkable(audit, claims):
    covered = {cid for ids in audit["claim_ids"] for cid in ids.split()}
    assert set(claims["claim_id"]) <= covered
    reasons = audit[audit["verdict"] == "not_checkable"]["explanation"]
    assert reasons.str.len().min() > 40


@pytest.mark.parametrize(
    ("check", "claim", "verdict", "observed"),
    [
        # 100 * 202 / 310 = 65.1613 -> 65.16, as printed
        ("percent_of", "C10", "consistent", "65.16%"),
        # 2 + 3 + 11 + 1 + 5 = 22, the text says 32
        ("of_which_sum", "C52", "inconsistent", "22"),
        # T6 ratings: 24 + 14 + 0 + 0 = 38 answers from 36 forms
        ("row_sum_vs_forms", "R07-T6", "inconsistent", "38"),
        # T2 truthfulness: 41 + 14 + 9 + 0 = 64 of 68 forms: 4 blank answers would explain it
        ("row_sum_vs_forms", "R02-T2", "consistent_if", "64"),
        # 362 / 7 = 51.71 would print 52; 358 / 7 = 51.14 (forms answered) prints 51
        ("mean_rounding", "R01-MEAN", "consistent_if", "51"),
        ("mean_rounding", "R02-MEAN", "consistent", "40"),  # 278 / 7 = 39.71 -> 40
        # 40 / 51 = 78.43%, while 278 / 362 = 76.80%
        ("ratio_of_rounded_means", "C43", "consistent_if", "78.43%"),
        # 5935/64 = 92.734 and 5936/64 = 92.750: no integer total gives 92.74
        ("grim_mean", "R06-T3", "consistent_if", "impossible with integer scores; possible with scores in half points"),
        ("grim_mean", "R06-T1", "consistent", "possible"),  # 6394/68 = 94.0294
        ("township_count", "C39", "inconsistent", "7 table columns"),
        ("years", "C36", "inconsistent", "C01: 2010 / C36: 2009 / C48: 2008 / C50: 2008"),
        ("table_total", "C40", "consistent", "362"),
        ("no_base", "C20", "not_checkable", "none"),
    ],
)
def test_verdicts(audit, check, claim, verdict, observed):
    row = _find(audit, check, claim)
    assert (row["verdict"], row["observed"]) == (verdict, observed)


def test_consistent_if_always_names_its_assumption(audit):
    rows = audit[audit["verdict"].isin(["consistent_if", "inconsistent"])]
    assert (rows["assumption"].str.len() > 10).all()


def test_a_misprinted_percentage_is_caught(claims, table, cleaned):
    # 100 * k / 310 prints 65.16 for k = 202 and 65.48 for k = 203: 65.17 is impossible.
    wrong = claims.copy()
    wrong.loc[wrong["claim_id"] == "C10", "reported"] = "65.17%"
    audit = audit_report(wrong, table, cleaned)
    assert _find(audit, "grim_percent", "C10")["verdict"] == "inconsistent"
    assert _find(audit, "percent_of", "C10")["verdict"] == "inconsistent"


def test_a_complete_of_which_list_is_consistent(claims, table, cleaned):
    fixed = claims.copy()
    fixed.loc[fixed["claim_id"] == "C52", "reported"] = "22"
    assert _find(audit_report(fixed, table, cleaned), "of_which_sum", "C52")["verdict"] == "consistent"


@pytest.mark.parametrize(("x", "n"), [("93.5", 31), ("50", 2), ("83.2", 95), ("100", 1)])
def test_smallest_n(x, n):
    # 29/31 = 93.548%, 1/2 = 50%, 79/95 = 83.158%, 1/1 = 100%
    assert smallest_n(x) == n


def test_verdict_counts_add_up(audit):
    counts = verdict_counts(audit)
    assert counts["verdict"].tolist() == list(VERDICTS)
    assert counts["checks"].sum() == len(audit)


# --- every verdict is computed: change the input, see it change --------------------------------


def _with(claims, **reported):
    changed = claims.copy()
    for cid, value in reported.items():
        changed.loc[changed["claim_id"] == cid, "reported"] = value
    return changed


def test_years_agree_when_the_text_gives_one_trial_year_and_the_table_is_not_earlier(claims, table, cleaned):
    assert _find(audit_report(claims, table, cleaned), "years", "C01")["verdict"] == "inconsistent"
    agreed = audit_report(_with(claims, C01="2008", C36="2008"), table, cleaned)
    row = _find(agreed, "years", "C01")
    assert row["verdict"] == "consistent" and "according to both the preamble and section 二(二)" in row["explanation"]
    # one trial year, but the table's debriefings are earlier than it: still impossible
    earlier = _find(audit_report(_with(claims, C01="2010", C36="2010"), table, cleaned), "years", "C01")
    assert earlier["verdict"] == "inconsistent" and "before it" in earlier["explanation"]


def test_average_per_township_follows_the_printed_average(claims, table, cleaned):
    # 362 / 21 = 17.24 and 362 / 7 = 51.71: 51 fits only the table's 7 townships, truncated
    row = _find(audit_report(claims, table, cleaned), "average_per_township", "C41")
    assert row["verdict"] == "consistent_if" and "truncated" in row["explanation"]
    assert _find(audit_report(_with(claims, C41="17"), table, cleaned), "average_per_township", "C41")["verdict"] == "consistent"
    assert "51.71, rounded)." in _find(audit_report(_with(claims, C41="52"), table, cleaned), "average_per_township", "C41")["explanation"]
    assert _find(audit_report(_with(claims, C41="40"), table, cleaned), "average_per_township", "C41")["verdict"] == "inconsistent"


def test_scheme_name_follows_the_names_and_their_lists(claims, table, cleaned):
    assert _find(audit_report(claims, table, cleaned), "scheme_name", "C35")["verdict"] == "consistent_if"
    same = _find(audit_report(_with(claims, C49="一述五评"), table, cleaned), "scheme_name", "C35")
    assert same["verdict"] == "consistent"
    # 一述四评 for a table of three measures counts its list wrongly
    wrong = _find(audit_report(_with(claims, C49="一述四评"), table, cleaned), "scheme_name", "C35")
    assert wrong["verdict"] == "inconsistent" and "一述四评 does not count the list beside it" in wrong["explanation"]


def test_rounding_convention_and_its_sentence_follow_the_printed_means(claims, table, cleaned):
    import dataclasses

    row = _find(audit_report(claims, table, cleaned), "rounding_convention", "R01-MEAN")
    assert row["verdict"] == "consistent_if" and "fits all eleven" in row["explanation"]
    # 362/7 = 51.71 printed as 52: half-up now explains every mean of forms issued
    means = table.means.copy()
    means.loc[means["item"] == "发放测评表(份)", "reported"] = "52"
    fixed = _find(audit_report(claims, dataclasses.replace(table, means=means), cleaned), "rounding_convention", "R01-MEAN")
    assert fixed["verdict"] == "consistent" and "breaks at" not in fixed["explanation"]
    assert "no single conventional rule" not in fixed["explanation"]
    # a mean that no rule gives under either base
    means.loc[means["item"] == "发放测评表(份)", "reported"] = "49"
    broken = _find(audit_report(claims, dataclasses.replace(table, means=means), cleaned), "rounding_convention", "R01-MEAN")
    assert broken["verdict"] == "inconsistent" and "none does with the forms mean taken over forms answered" in broken["explanation"]


def test_number_words_come_from_the_counts():
    from dangjian.compendium.checks import _en, _zh

    assert (_en(7), _en(11), _en(21)) == ("seven", "eleven", "21")
    assert (_zh(7), _zh(11), _zh(21), _zh(30)) == ("七", "十一", "二十一", "三十")


# --- the cross-references are data: data/cross_references.yaml -----------------------------------


def _cross_refs():
    import yaml

    from dangjian import paths

    return yaml.safe_load(paths.CROSS_REFERENCES.read_text(encoding="utf-8"))


def _write(tmp_path, entries):
    import yaml

    path = tmp_path / "cross_references.yaml"
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_the_cross_references_run_in_the_files_order_after_the_ledger_checks(audit):
    checks = [entry["check"] for entry in _cross_refs()]
    # the seven hand-linked checks, as listed in data/cross_references.yaml; after them come only the "none" rows
    assert checks == ["township_count", "average_per_township", "years", "months", "scheme_name", "visits", "pairing"]
    tail = audit[audit["check"] != "none"]["check"].tolist()[-len(checks):]
    assert tail == checks


def test_the_audit_follows_the_cross_references_file(claims, table, cleaned, tmp_path):
    # As shipped, pairing compares C60 and C61, both printed "161" (161 agency and 161 rural branches).
    assert _find(audit_report(claims, table, cleaned), "pairing", "C60")["verdict"] == "consistent"
    entries = _cross_refs()
    pairing = next(e for e in entries if e["check"] == "pairing")
    # C05 prints "125" (organisations visited) and C17 "921": no one-to-one pairing of unequal numbers.
    pairing["roles"] = {"agency": "C05", "rural": "C17"}
    moved = audit_report(claims, table, cleaned, cross_references=_write(tmp_path, entries))
    row = _find(moved, "pairing", "C05")
    assert (row["verdict"], row["expected"], row["observed"], row["claim_ids"]) == ("inconsistent", "125", "921", "C05 C17")
    assert "125 agency branches paired with 921 rural branches" in row["explanation"]
    # C60 and C61 are then named by no check and fall back to "not checkable"
    assert _find(moved, "none", "C60")["verdict"] == "not_checkable"
    # the assumption is the file's too
    pairing["assumption"] = "a reworded assumption"
    reworded = audit_report(claims, table, cleaned, cross_references=_write(tmp_path, entries))
    assert _find(reworded, "pairing", "C05")["assumption"] == "a reworded assumption"


def test_the_visits_sentence_follows_its_verdict(claims, table, cleaned, tmp_path):
    # As shipped: 921 organisations (C17) "among those visited" against 125 visited (C05): two rounds at least.
    shipped = _find(audit_report(claims, table, cleaned), "visits", "C05")
    assert shipped["verdict"] == "consistent_if" and "cannot have reached 921 of 125" in shipped["explanation"]
    # The roles swapped: 125 of 921 visited can be one round, and the sentence says so.
    entries = _cross_refs()
    visits = next(e for e in entries if e["check"] == "visits")
    visits["roles"] = {"whole": "C17", "part": "C05"}
    swapped = _find(audit_report(claims, table, cleaned, cross_references=_write(tmp_path, entries)), "visits", "C17")
    assert swapped["verdict"] == "consistent"
    assert "125 of the 921 visited can be one round of visits" in swapped["explanation"] and "cannot" not in swapped["explanation"]


def test_an_entry_left_out_of_the_file_is_not_run(audit, claims, table, cleaned, tmp_path):
    entries = [e for e in _cross_refs() if e["check"] != "visits"]
    without = audit_report(claims, table, cleaned, cross_references=_write(tmp_path, entries))
    assert "visits" not in set(without["check"]) and len(without) == len(audit) - 1
    # C17 (921 organisations visited) is still the base of C18's 100%, the one check left on it
    assert without[without["claim_ids"].str.split().map(lambda ids: "C17" in ids)]["check"].tolist() == ["percent_of_base"]


def _broken(entries, check, change):
    entry = next(e for e in entries if e["check"] == check)
    change(entry)
    return entries


@pytest.mark.parametrize(
    ("change", "message"),
    [
        # the entries are numbered from 1 in file order: pairing is the 7th, years the 3rd, months the 4th
        (lambda es: _broken(es, "pairing", lambda e: e.update(check="pairings")), "entry 7 (pairings): unknown check 'pairings'"),
        (lambda es: _broken(es, "pairing", lambda e: e["roles"].update(rural="C99")), "entry 7 (pairing): claims not in the ledger (rural: 'C99')"),
        (lambda es: _broken(es, "years", lambda e: e["roles"].pop("table_header")), "entry 3 (years): lacks the roles ['table_header']"),
        (lambda es: _broken(es, "years", lambda e: e["roles"].update(footer="C50")), "entry 3 (years): unknown roles ['footer']"),
        (lambda es: _broken(es, "months", lambda e: e.pop("assumption")), "entry 4 (months): lacks its assumption"),
        (lambda es: _broken(es, "scheme_name", lambda e: e.update(assumption="x")), "entry 5 (scheme_name): scheme_name words its assumption from the numbers"),
        (lambda es: _broken(es, "visits", lambda e: e.update(note="x")), "entry 6 (visits): unknown fields ['note']"),
        (lambda es: _broken(es, "visits", lambda e: e.update(roles=["C05", "C17"])), "entry 6 (visits): roles must map each of ['whole', 'part']"),
        # a claim that is in the ledger but of the wrong kind: 一述五评 (C35) is not a year
        (lambda es: _broken(es, "years", lambda e: e["roles"].update(preamble="C35")), "entry 3 (years): its claims cannot be read for this check"),
        (lambda es: es + ["pairing"], "entry 8: expected a mapping"),
        # keys YAML reads as other types: a list as the check, a number as a role or a field
        (lambda es: _broken(es, "pairing", lambda e: e.update(check=["pairing", "visits"])), "entry 7 (['pairing', 'visits']): unknown check"),
        (lambda es: _broken(es, "pairing", lambda e: e["roles"].update({1: "C60"})), "entry 7 (pairing): unknown roles ['1']"),
        (lambda es: _broken(es, "visits", lambda e: e.update({2: "x"})), "entry 6 (visits): unknown fields ['2']"),
        (lambda es: {"entries": es}, "expected a list of cross-references"),
    ],
)
def test_a_malformed_cross_references_file_names_the_entry(claims, table, cleaned, tmp_path, change, message):
    from dangjian.compendium.claims import LedgerError

    path = _write(tmp_path, change(_cross_refs()))
    with pytest.raises(LedgerError) as caught:
        audit_report(claims, table, cleaned, cross_references=path)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)


def test_no_claim_id_is_written_in_the_cross_reference_code():
    import inspect
    import re

    from dangjian.compendium import checks

    claim_id = re.compile(r"\b[CR]\d{2}\b")  # C39, R01-MEAN, ...
    # the pattern does find the ids where they now live
    assert {"C39", "R01"} <= set(claim_id.findall(str(_cross_refs())))
    functions = [checks._cross_references, checks._load_cross_references, checks._roles_of, checks._scheme_check, *checks._CROSS_REFERENCE_CHECKS.values()]
    assert checks._years_check in functions and len(checks._CROSS_REFERENCE_CHECKS) == 7
    for function in functions:
        assert claim_id.findall(inspect.getsource(function)) == [], function.__name__
