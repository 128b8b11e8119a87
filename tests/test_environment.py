"""One set of pins: pyproject.toml, constraints.txt and environment.yml agree; Binder's conventions hold."""

from __future__ import annotations

import re
import tomllib

import yaml

from dangjian import paths

META = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PINS = {
    name.lower(): version
    for spec in META["project"]["dependencies"] + [d for group in META["project"]["optional-dependencies"].values() for d in group]
    if "==" in spec
    for name, version in [spec.split("==")]
}
CONDA_NAMES = {"matplotlib": "matplotlib-base"}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_dependency_is_pinned_exactly():
    for spec in META["project"]["dependencies"]:
        assert "==" in spec, spec


def test_constraints_pin_the_same_versions():
    lock = {}
    for line in (paths.ROOT / "constraints.txt").read_text().splitlines():
        if "==" in line:
            name, version = line.split("==")
            lock[_norm(name)] = version.strip()
    for name, version in PINS.items():
        assert lock.get(_norm(name)) == version, name


def test_environment_yml_mirrors_the_pins():
    env = yaml.safe_load((paths.ROOT / "environment.yml").read_text(encoding="utf-8"))
    assert env["channels"] == ["conda-forge"]
    conda = {}
    pip = []
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            pip = dep["pip"]
        elif "=" in dep:
            name, version = dep.split("=", 1)
            conda[name] = version
    pip_pins = dict(p.split("==") for p in pip if "==" in p)
    assert "-e ." in pip
    assert conda["python"] == "3.11"
    for name, version in PINS.items():
        found = conda.get(CONDA_NAMES.get(name, name)) or pip_pins.get(name)
        assert found == version, f"{name}: {found} != {version}"


def test_binder_finds_what_it_needs_at_the_top_level():
    # repo2docker reads a binder/ or .binder/ folder first, and a Dockerfile
    # replaces everything: neither may exist, so environment.yml is used.
    for shadow in ("binder", ".binder", "Dockerfile"):
        assert not (paths.ROOT / shadow).exists(), shadow
    assert (paths.ROOT / "environment.yml").exists()
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    assert "mybinder.org/badge_logo.svg" in readme


def test_ci_runs_the_readme_test_command():
    assert "make test" in (paths.ROOT / ".ci" / "run").read_text()
