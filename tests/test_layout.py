"""The source tree as packaged: every package declared in pyproject.toml, every module documented."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "desktop"
PACKAGE = SOURCE / "minutier"


def declared_packages() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def test_every_package_is_declared_in_pyproject() -> None:
    found = {
        ".".join(init.parent.relative_to(SOURCE).parts)
        for init in PACKAGE.rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert "minutier" in found
    missing = sorted(found - declared_packages())
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {missing}"


def test_declared_packages_exist() -> None:
    dirs = {"minutier.resources": ROOT / "resources"}
    for name in declared_packages():
        folder = dirs.get(name, SOURCE.joinpath(*name.split(".")))
        assert folder.is_dir(), name
        if name != "minutier.resources":
            assert (folder / "__init__.py").is_file(), name


def test_every_module_starts_with_a_docstring() -> None:
    undocumented = []
    modules = [p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts]
    assert len(modules) > 20
    for path in modules:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        first = tree.body[0] if tree.body else None
        doc = ast.get_docstring(tree)
        is_first = (
            isinstance(first, ast.Expr)
            and isinstance(first.value, ast.Constant)
            and isinstance(first.value.value, str)
        )
        if not (is_first and doc and doc.strip()):
            undocumented.append(str(path.relative_to(ROOT)))
    assert not undocumented, f"modules without a leading docstring: {undocumented}"
