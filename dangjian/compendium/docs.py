"""Tables for the README and the site, generated from the data so that they cannot go stale.

``python -m dangjian.compendium.docs`` prints them; tests check that the README
(the verdict counts, the findings) and ``docs/published.md`` (every published
number and where it is reproduced) contain exactly what these functions
produce from ``data/processed``.
"""

from __future__ import annotations

import sys

import pandas as pd

from .checks import VERDICTS, explanation_parts, ledger_frame

__all__ = ["NOTEBOOK_FOR_SECTION", "claims_table", "verdict_table", "audit_table", "data_dictionary", "main"]

#: The notebook that reproduces each part of the report (front matter goes
#: with 一(一), where its survey is used).
NOTEBOOK_FOR_SECTION = {
    "0": "01_overall_performance",
    "1.1": "01_overall_performance",
    "1.2": "02_township_village",
    "1.3": "03_department_committees",
    "2.1": "04_target_contracts",
    "2.2": "05_debriefing_table",
    "2.3": "06_responsibility_system",
    "2.4": "07_branch_pairing",
    "3": "08_problems",
}


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def claims_table(claims: pd.DataFrame, *, notebooks: str = "notebooks/") -> str:
    """Markdown: every published number → notebook and claim id.

    The table's cells are grouped one line per table row (R01..R11), the
    text's claims one line each; ``notebooks`` is the path of the notebooks'
    folder from the page that holds the table (``../notebooks/`` from ``docs/``).
    """
    lines = ["| claim | section | page | reported | meaning | reproduced in | status |", "|---|---|---|---|---|---|---|"]
    text_claims = claims[claims["claim_id"].str.startswith("C")]
    for r in text_claims.itertuples():
        nb = NOTEBOOK_FOR_SECTION.get(r.section_id, NOTEBOOK_FOR_SECTION.get(r.section_id.split(".")[0], ""))
        lines.append(f"| {r.claim_id} | {r.section_label} | {r.page} | {_cell(r.reported)} | {_cell(r.meaning)} | [{nb[:2]}]({notebooks}{nb}.ipynb) | {r.status} |")
    table = claims[claims["claim_id"].str.startswith("R")]
    for row, cells in table.groupby(table["claim_id"].str[:3], sort=True):
        item = cells["meaning"].iloc[0].split(" in township")[0]
        values = " ".join(cells["reported"])
        statuses = ", ".join(f"{k} {v}" for k, v in cells["status"].value_counts().sort_index().items())
        nb = NOTEBOOK_FOR_SECTION[cells["section_id"].iloc[0]]
        lines.append(f"| {row}-T1..MEAN | {cells['section_label'].iloc[0]} | {cells['page'].iloc[0]} | {values} | table row {_cell(item)} (T1..T7, 均值) | [{nb[:2]}]({notebooks}{nb}.ipynb) | "
            f"{statuses} |")
    return "\n".join(lines)


def verdict_table(audit, claims: pd.DataFrame) -> str:
    """Markdown: the curated checks by verdict, and the claims by the worst verdict of the checks that name them.

    The two counts differ because one check judges several claims together
    (a stated total and each of its parts), and a claim counts under the
    worst verdict of all its checks (:func:`dangjian.compendium.checks.claim_verdicts`);
    a claim no check names is ``not_checkable``.
    """
    from .checks import claim_verdicts

    audit = ledger_frame(audit)
    checks = audit["verdict"].value_counts()
    by_claim = claim_verdicts(audit, claims).value_counts()
    lines = ["| verdict | checks | claims (by their worst verdict) |", "|---|---|---|"]
    lines += [f"| {v} | {int(checks.get(v, 0))} | {int(by_claim.get(v, 0))} |" for v in VERDICTS]
    lines.append(f"| all | {len(audit)} | {len(claims)} |")
    return "\n".join(lines)


def audit_table(audit) -> str:
    """Markdown: the curated checks that are not plainly consistent, one line each with its finding.

    ``audit`` is the checks (:func:`dangjian.load_ledger_checks`) or the frame of ``audit.csv``.
    """
    sentences = explanation_parts(audit)[0].tolist()
    audit = ledger_frame(audit)
    english = dict(zip(audit["check_id"], sentences))
    lines = ["| check | claims | verdict | finding |", "|---|---|---|---|"]
    for r in audit[audit["verdict"].isin(["inconsistent", "consistent_if"])].sort_values("verdict", key=lambda s: s.map({"inconsistent": 0, "consistent_if": 1}), kind="stable").itertuples():
        ids = r.claim_ids.split()
        shown = " ".join(ids[:3]) + (" …" if len(ids) > 3 else "")
        lines.append(f"| {r.check_id} {r.check} | {shown} | {r.verdict} | {_cell(english[r.check_id])} |")
    return "\n".join(lines)


def data_dictionary(package: dict) -> str:
    """Markdown data dictionary of every resource of ``data/datapackage.json``."""
    lines: list[str] = []
    for res in package["resources"]:
        lines += [f"### `data/{res['path']}`", "", res["description"], ""]
        fields = res.get("schema", {}).get("fields", [])
        if fields:
            lines += ["| column | type | meaning |", "|---|---|---|"]
            for f in fields:
                required = "" if f.get("constraints", {}).get("required") else " (may be empty)"
                lines.append(f"| `{f['name']}` | {f['type']} | {_cell(f['description'])}{required} |")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def main() -> int:
    from ..pipeline import load_claims, load_ledger_checks

    claims, checks = load_claims(), load_ledger_checks()
    print(verdict_table(checks, claims))
    print()
    print(audit_table(checks))
    print()
    print(claims_table(claims, notebooks="../notebooks/"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
