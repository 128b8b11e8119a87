"""The README and the site's table of published numbers are generated from the data and must not go stale;
the README's examples print what the package prints."""

from __future__ import annotations

import re

from dangjian import paths
from dangjian.compendium.docs import audit_table, claims_table, verdict_table
from dangjian.pipeline import load_audit, load_claims

PUBLISHED = paths.ROOT / "docs" / "published.md"


def _readme() -> str:
    return (paths.ROOT / "README.md").read_text(encoding="utf-8")


def test_quick_start_gives_the_two_commands_first():
    readme = _readme()
    quick = readme[readme.index("## Quick start") :]
    first_commands = [line.strip() for line in quick.splitlines() if line.strip().startswith("make ")][:2]
    assert first_commands == ["make reproduce", "make test"]


def test_the_readme_leads_with_what_it_does_a_screenshot_and_each_use():
    readme = _readme()
    lead = readme[: readme.index("## What this is, for a policy researcher")]
    # what the package does, the screenshot of a real review page, the two commands, then one example of each use
    assert lead.index("**dangjian asks of every number") < lead.index("![") < lead.index("## Quick start") < lead.index("## Three ways to use it")
    image = re.search(r"!\[[^\]]+\]\((docs/images/[^)]+\.png)\)", lead).group(1)
    assert (paths.ROOT / image).stat().st_size > 10_000
    uses = lead[lead.index("## Three ways to use it") :]
    assert "make lab" in uses and "_site/html/index.html" in uses
    assert "dangjian audit data/raw/" in uses and "dangjian audit report.pdf" in uses
    assert ">>> claims, checks = dj.audit_file(" in uses and 'shares["value"].mean()' in uses
    # no placeholder left to click: the Binder badge of a repository that does not exist, an example.invalid URL
    for text in (readme, (paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"), (paths.ROOT / "CITATION.cff").read_text(encoding="utf-8")):
        assert "example.invalid" not in text and "mybinder.org/v2/gh/dangjian/dangjian" not in text


def test_published_numbers_table_is_current(cleaned):
    # regenerate with `python -m dangjian.compendium.docs`
    assert claims_table(load_claims(cleaned), notebooks="../notebooks/") in PUBLISHED.read_text(encoding="utf-8")
    assert "](./docs/published.md)" in _readme()


def test_audit_table_is_current(cleaned):
    readme = _readme()
    assert audit_table(load_audit(cleaned)) in readme
    # the checks by verdict beside the claims by their worst verdict, with why the two counts differ
    table = verdict_table(load_audit(cleaned), load_claims(cleaned))
    assert table in readme
    after = readme[readme.index(table) + len(table) :]
    assert after.lstrip().startswith("The two columns count different things.")


def test_every_claim_is_in_the_published_table(cleaned):
    published = PUBLISHED.read_text(encoding="utf-8")
    claims = load_claims(cleaned)
    for cid in claims.loc[claims["claim_id"].str.startswith("C"), "claim_id"]:
        assert f"| {cid} |" in published
    for row in sorted({c[:3] for c in claims["claim_id"] if c.startswith("R")}):
        assert f"| {row}-T1..MEAN |" in published


def test_the_audit_examples_print_what_the_command_prints(tmp_path, monkeypatch, capsys):
    from dangjian.__main__ import main

    monkeypatch.chdir(paths.ROOT)
    out = tmp_path / "audit-out"
    assert main(["audit", "data/raw/", "--out", str(out), "--quiet"]) == 0
    printed = capsys.readouterr().out.replace(out.as_posix(), "audit-out")
    assert f"```text\n$ .venv/bin/dangjian audit data/raw/ --out audit-out\n{printed}```" in _readme()
    # the PDF's block: the same lines, its name and folder in place of the scrape's
    name = paths.RAW_REPORT.relative_to(paths.ROOT).as_posix()
    pdf = printed.replace(name, "report.pdf").replace("audit-out/" + paths.RAW_REPORT.stem, "audit-pdf/report").replace("audit-out", "audit-pdf")
    assert f"```text\n$ .venv/bin/dangjian audit report.pdf --out audit-pdf\n{pdf}```" in _readme()
