"""The README's tables are generated from the data and must not go stale."""

from __future__ import annotations

from dangjian import paths
from dangjian.compendium.docs import audit_table, claims_table
from dangjian.pipeline import load_audit, load_claims


def _readme() -> str:
    return (paths.ROOT / "README.md").read_text(encoding="utf-8")


def test_quick_start_gives_the_two_commands_first():
    readme = _readme()
    quick = readme[readme.index("## Quick start") :]
    first_commands = [line.strip() for line in quick.splitlines() if line.strip().startswith("make ")][:2]
    assert first_commands == ["make reproduce", "make test"]


def test_published_numbers_table_is_current(cleaned):
    # regenerate with `python -m dangjian.compendium.docs`
    assert claims_table(load_claims(cleaned)) in _readme()


def test_audit_table_is_current(cleaned):
    assert audit_table(load_audit(cleaned)) in _readme()


def test_every_claim_is_in_the_readme_table(cleaned):
    readme = _readme()
    claims = load_claims(cleaned)
    for cid in claims.loc[claims["claim_id"].str.startswith("C"), "claim_id"]:
        assert f"| {cid} |" in readme
    for row in sorted({c[:3] for c in claims["claim_id"] if c.startswith("R")}):
        assert f"| {row}-T1..MEAN |" in readme


def test_the_audit_example_prints_what_the_command_prints():
    from dangjian.engine.cli import audit_one

    result = audit_one(paths.RAW_REPORT)
    line = result.summary().replace(str(paths.RAW_REPORT), paths.RAW_REPORT.relative_to(paths.ROOT).as_posix())
    assert line in _readme()
