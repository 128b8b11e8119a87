"""Shared fixtures: the project's own copy of the scrape, cleaned once per session."""

from __future__ import annotations

import pytest

from dangjian import paths
from dangjian.pipeline import load_clean, load_table


@pytest.fixture(scope="session")
def raw_text() -> str:
    return paths.RAW_REPORT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def cleaned():
    return load_clean()


@pytest.fixture(scope="session")
def table(cleaned):
    return load_table(cleaned)
