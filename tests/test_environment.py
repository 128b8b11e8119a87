"""One set of pins: pyproject.toml, constraints.txt and environment.yml agree; Binder's conventions hold."""

from __future__ import annotations

import re
import tomllib

import yaml

from dangjian import paths

META = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SPECS = META["project"]["dependencies"] + [d for group in META["project"]["optional-dependencies"].values() for d in group]
SELF = META["project"]["name"]
# conda-forge names that differ from PyPI's (matplotlib-base is matplotlib without a GUI toolkit).
CONDA_NAMES = {"matplotlib": "matplotlib-base"}


def _norm(name: str) -> str:
    """PEP 503 normalisation: case-insensitive, runs of - _ . are one '-'."""
    return re.sub(r"[-_.]+", "-", name).lower()


PINS = {_norm(name): version.strip() for spec in SPECS if "==" in spec for name, version in [spec.split("==")]}


def _environment() -> tuple[dict[str, str], dict[str, str], list[str]]:
    """environment.yml as (conda name -> version, pip name -> version, raw pip lines)."""
    env = yaml.safe_load((paths.ROOT / "environment.yml").read_text(encoding="utf-8"))
    assert env["name"] == "dangjian"
    assert env["channels"] == ["conda-forge"]
    conda: dict[str, str] = {}
    pip: list[str] = []
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            pip = dep["pip"]
        else:
            name, _, version = dep.partition("=")
            conda[_norm(name)] = version
    pip_pins = {_norm(name): version for line in pip if "==" in line for name, version in [line.split("==")]}
    return conda, pip_pins, pip


def test_every_dependency_is_pinned_exactly():
    # The only unpinned entry allowed is the package's own extras, e.g. dangjian[dask,site].
    for spec in SPECS:
        assert "==" in spec or _norm(spec.split("[")[0]) == SELF, spec


def test_constraints_pin_the_same_versions():
    lock = {}
    for line in (paths.ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if "==" in line:
            name, version = line.split("#")[0].split("==")
            lock[_norm(name.strip())] = version.strip()
    for name, version in PINS.items():
        assert lock.get(name) == version, f"constraints.txt: {name}=={lock.get(name)}, pyproject.toml: {version}"


def test_environment_yml_mirrors_the_pins():
    conda, pip_pins, pip = _environment()
    assert conda["python"] == "3.11"
    assert "pip" in conda
    assert "-e ." in pip, "environment.yml must install the package itself (pip: -e .)"
    for name, version in PINS.items():
        found = conda.get(_norm(CONDA_NAMES.get(name, name))) or pip_pins.get(name)
        assert found == version, f"environment.yml: {name} {found}, pyproject.toml: {version}"


def test_environment_yml_pins_nothing_else():
    # The other direction: an extra or stale pin in environment.yml would let
    # conda users run different code from everyone else.
    conda, pip_pins, _ = _environment()
    from_conda = {name: version for name, version in conda.items() if name not in {"python", "pip"}}
    pypi_name = {_norm(c): p for p, c in CONDA_NAMES.items()}
    for name, version in from_conda.items():
        assert PINS.get(pypi_name.get(name, name)) == version, f"environment.yml pins {name}={version}; pyproject.toml does not"
    for name, version in pip_pins.items():
        assert PINS.get(name) == version, f"environment.yml pins {name}=={version}; pyproject.toml does not"
    assert not set(from_conda) & {_norm(CONDA_NAMES.get(n, n)) for n in pip_pins}, "a package is in both conda and pip"


def test_binder_finds_what_it_needs_at_the_top_level():
    # repo2docker reads a binder/ or .binder/ folder first, and a Dockerfile
    # replaces everything: neither may exist, so environment.yml is used.
    for shadow in ("binder", ".binder", "Dockerfile"):
        assert not (paths.ROOT / shadow).exists(), shadow
    assert (paths.ROOT / "environment.yml").exists()
    # the README tells Binder users that environment.yml is all it needs (no badge to a placeholder repository)
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    assert "[Binder](https://mybinder.org)" in readme and "`environment.yml`" in readme


def test_readme_quick_start_names_the_two_commands():
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    assert "make reproduce" in quick and "make test" in quick


def test_ci_runs_the_readme_test_command():
    run = (paths.ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^\s*make test\b", run, re.MULTILINE)
    # CI is set before the tests whoever runs the script, so a missing Chromium fails them rather than skipping them
    assert run.index('export CI="${CI:-true}"') < run.rindex("\nmake test")


def test_the_browser_tests_fail_rather_than_skip_in_ci(monkeypatch):
    import conftest
    import pytest

    monkeypatch.setattr(conftest, "CHROMIUM", None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI is set"):
        conftest.chromium_or_skip()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="Chromium not installed"):
        conftest.chromium_or_skip()
