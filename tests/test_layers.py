"""The two layers: the engine never imports the compendium (or the top-level modules that do); and no module
imports a private name of another folder.

The import graph is read from the source with :mod:`ast` (every ``import``
and ``from … import``, at any depth, relative imports resolved), so an
import hidden inside a function counts as much as one at the top.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import dangjian

PACKAGE = Path(dangjian.__file__).resolve().parent


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path, root: Path = PACKAGE) -> set[str]:
    """Every module ``path`` imports, as absolute dotted names (``from a import b`` gives ``a.b`` and ``a``)."""
    name = _module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def layer_violations(root: Path = PACKAGE) -> list[str]:
    """``"module imports target"`` for each import of an engine module outside the engine and the standard library."""
    top = root.name
    engine = f"{top}.engine"
    bad = []
    for path in sorted((root / "engine").rglob("*.py")):
        for target in sorted(imports_of(path, root)):
            inside = target == top or target.startswith(top + ".")
            if inside and not (target == engine or target.startswith(engine + ".")):
                bad.append(f"{_module_name(path, root)} imports {target}")
    return bad


def compendium_violations(root: Path = PACKAGE) -> list[str]:
    """``"module imports target"`` for each import of a compendium module outside the compendium, the engine,
    ``paths`` and ``pipeline`` (the top-level modules it may use)."""
    top = root.name
    allowed = (f"{top}.compendium", f"{top}.engine", f"{top}.paths", f"{top}.pipeline")
    bad = []
    for path in sorted((root / "compendium").rglob("*.py")):
        for target in sorted(imports_of(path, root)):
            # "from .. import paths" names the package itself beside dangjian.paths: the latter is judged
            inside = target.startswith(top + ".")
            if inside and not any(target == a or target.startswith(a + ".") for a in allowed):
                bad.append(f"{_module_name(path, root)} imports {target}")
    return bad


def test_the_engine_imports_nothing_of_the_compendium():
    assert layer_violations() == []


def test_the_compendium_imports_only_the_engine_paths_and_pipeline():
    assert compendium_violations() == []


def test_the_check_sees_an_import_of_the_compendium(tmp_path):
    # A copy of the layout with one engine module that reaches into the
    # compendium: at the top, inside a function, and through the top level.
    root = tmp_path / "pkg"
    for sub in ("engine", "compendium"):
        (root / sub).mkdir(parents=True)
        (root / sub / "__init__.py").write_text("")
    (root / "__init__.py").write_text("")
    (root / "pipeline.py").write_text("")
    (root / "compendium" / "checks.py").write_text("")
    (root / "engine" / "clean.py").write_text("import re\nfrom . import tables\n")
    (root / "engine" / "bad.py").write_text(
        "from ..compendium.checks import audit_report\n"
        "def f():\n    from .. import pipeline\n"
        "import pkg.compendium\n"
    )
    (root / "notebooks.py").write_text("")
    (root / "compendium" / "ok.py").write_text("from .. import paths, pipeline\nfrom ..engine import clean\nfrom . import checks\n")
    (root / "compendium" / "runs.py").write_text("def f():\n    from ..notebooks import execute\n")
    (root / "paths.py").write_text("")
    assert compendium_violations(root) == ["pkg.compendium.runs imports pkg.notebooks", "pkg.compendium.runs imports pkg.notebooks.execute"]
    assert layer_violations(root) == [
        "pkg.engine.bad imports pkg",
        "pkg.engine.bad imports pkg.compendium",
        "pkg.engine.bad imports pkg.compendium.checks",
        "pkg.engine.bad imports pkg.compendium.checks.audit_report",
        "pkg.engine.bad imports pkg.pipeline",
    ]


@pytest.mark.parametrize("layer", ["engine", "compendium"])
def test_every_module_sits_in_a_layer_or_at_the_top(layer):
    # The top level holds only the package's entry points and the modules
    # that join the layers (paths, the build, the notebooks' runner).
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert top == ["__init__.py", "__main__.py", "notebooks.py", "paths.py", "pipeline.py"]
    assert (PACKAGE / layer / "__init__.py").exists()



def private_imports(root: Path = PACKAGE) -> list[str]:
    """``"module imports module._name"`` for each private name (``_x``, not a dunder) that a module imports from a
    module of another folder: a private helper is its folder's business, and a name another folder needs is public."""
    bad = []
    for path in sorted(root.rglob("*.py")):
        name = _module_name(path, root)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom):
                continue
            if node.level:
                base = package.split(".")
                module = ".".join(base[: len(base) - node.level + 1] + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            target = root.parent.joinpath(*module.split("."))
            folder = target if target.is_dir() else target.parent
            if folder == path.parent:
                continue
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    bad.append(f"{name} imports {module}.{alias.name}")
    return bad


def test_no_module_imports_a_private_name_of_another_folder():
    assert private_imports() == []


def test_the_check_sees_a_private_import_across_folders(tmp_path):
    root = tmp_path / "pkg"
    for sub in ("engine", "engine/consistency", "engine/kinds"):
        (root / sub).mkdir(parents=True)
        (root / sub / "__init__.py").write_text("")
    (root / "__init__.py").write_text("")
    (root / "engine" / "consistency" / "grim.py").write_text("def _fits(): ...\ndef fits(): ...\n")
    (root / "engine" / "consistency" / "rounding.py").write_text("from .grim import _fits\n")  # same folder: allowed
    (root / "engine" / "kinds" / "question.py").write_text(
        "from ..consistency.grim import _fits, fits\n"
        "def f():\n    from ..consistency import _grim\n"
        "from .. import __version__\n"
    )
    assert sorted(private_imports(root)) == ["pkg.engine.kinds.question imports pkg.engine.consistency._grim",
                                             "pkg.engine.kinds.question imports pkg.engine.consistency.grim._fits"]
