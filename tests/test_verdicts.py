"""The four verdicts and their one order (dangjian.engine.verdicts), and that nothing else defines an order."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import dangjian
from dangjian.engine.verdicts import VERDICTS, Verdict, rank, worst

PACKAGE = Path(dangjian.__file__).resolve().parent


def test_the_order_is_worst_first():
    # a check that decides says more of a number than one that cannot: not_checkable ranks last
    assert [v.value for v in VERDICTS] == ["inconsistent", "consistent_if", "consistent", "not_checkable"]
    assert [rank(v) for v in ("inconsistent", "consistent_if", "consistent", "not_checkable")] == [0, 1, 2, 3]


def test_worst_of_several_and_of_none():
    assert worst(["consistent", "not_checkable"]) == "consistent"
    assert worst(["not_checkable", "consistent_if", "inconsistent"]) is Verdict.INCONSISTENT
    assert worst([]) == "not_checkable" and worst([], default=None) is None


@pytest.mark.parametrize("bad", ["fine", "", None, "Consistent"])
def test_anything_but_the_four_is_refused(bad):
    with pytest.raises(ValueError, match="verdict must be one of"):
        rank(bad)


def test_a_verdict_is_its_string():
    assert Verdict.CONSISTENT == "consistent" and f"{Verdict.CONSISTENT_IF}" == "consistent_if" and str(Verdict.INCONSISTENT) == "inconsistent"


def _orders_in(source: str) -> list[int]:
    """Lines of a tuple or list literal that names all four verdicts: an order of its own."""
    names = {v.value for v in VERDICTS}
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Tuple, ast.List)):
            strings = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if names <= set(strings):
                found.append(node.lineno)
    return found


def test_no_module_or_test_defines_an_order_of_its_own():
    defined = {}
    for path in sorted([*PACKAGE.rglob("*.py"), *PACKAGE.parent.joinpath("tests").glob("*.py")]):
        if path.name in ("verdicts.py", "test_verdicts.py"):
            continue
        lines = _orders_in(path.read_text(encoding="utf-8"))
        if lines:
            defined[str(path.relative_to(PACKAGE.parent))] = lines
    assert defined == {}


def test_the_check_sees_an_order_of_its_own():
    assert _orders_in('ORDER = ("inconsistent", "consistent_if", "not_checkable", "consistent")\n') == [1]
    assert _orders_in('x = ["consistent", "inconsistent", "consistent_if"]\n') == []  # three verdicts a test expects


def test_the_review_page_the_workbook_and_the_curated_counts_follow_the_order(cleaned):
    import dangjian as dj
    from dangjian.compendium.checks import verdict_counts
    from dangjian.engine.cli import WORKBOOK_SHEETS

    assert verdict_counts(dj.load_audit(cleaned))["verdict"].tolist() == [v.value for v in VERDICTS]
    assert WORKBOOK_SHEETS[2:6] == tuple(v.value for v in VERDICTS)
    page = dj.audit_text("发放问卷200份。认为好的有120人,占60.00%;认为差的占15.3%。满意率为93.5%。").html
    headings = [page.index(f'<h2 id="{i}"') for i in ("inconsistencies", "consistent_if", "consistent", "not_checkable")]
    assert headings == sorted(headings)
