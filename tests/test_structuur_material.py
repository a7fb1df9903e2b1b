"""Material's HTML and files are known in one place: handreiking/material.py. Another module of the
core that looks for a Material class (`md-…`) or one of Material's asset or index paths in a string
must import it from there, so a Material upgrade touches one file (checked by tests/test_material.py)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "handreiking"
HOME = PACKAGE / "material.py"
# Material's names in a string: a class (the md- prefix), its asset folders, its search index and bundle files.
MATERIAL = re.compile(
    r"(?<![\w-])md-[a-z]|assets/javascripts|assets/stylesheets|(?<![\w-])(javascripts|stylesheets)/"
    r"|search_index|__index|bundle\.[^ ]*min\.js|\bheaderlink\b"
)
# Modules allowed to hold such a string anyway, each with its reason (none today).
EXCLUDED: dict[str, str] = {}


def docstrings(tree: ast.AST) -> set[int]:
    """The ids of the docstring nodes of a module, its classes and functions (prose, not lookups)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                found.add(id(first.value))
    return found


def material_strings(path: Path) -> list[tuple[int, str]]:
    """(line, string) for each string literal of a file (f-string parts too) that names Material's HTML or files."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = docstrings(tree)
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skip
        and MATERIAL.search(node.value)
    ]


def test_the_scan_finds_material_names() -> None:
    """material.py itself is full of them (guards the scan)."""
    found = " ".join(text for _, text in material_strings(HOME))
    for expected in ("md-content__inner", "md-banner", "assets/javascripts", "search_index.json", "__index"):
        assert expected in found


def test_docstrings_do_not_count() -> None:
    """A docstring may explain what Material writes; only strings the code uses count."""
    tree_text = '"""Material puts <script src=".../assets/javascripts/bundle.x.min.js">."""\nX = "md-top"\n'
    tree = ast.parse(tree_text)
    skip = docstrings(tree)
    strings = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and id(n) not in skip]
    assert strings == ["md-top"]


def test_only_material_py_knows_materials_html() -> None:
    """No other core module spells a Material class, asset folder or index path."""
    wrong = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if path == HOME or name in EXCLUDED:
            continue
        found = material_strings(path)
        if found:
            wrong[name] = [f"regel {line}: {text[:60]!r}" for line, text in found]
    assert not wrong, (
        f"Materials HTML-kennis buiten handreiking/material.py: {wrong}. Zet de klasse, het pad of het "
        "patroon in material.py (test_material.py controleert het daar) en importeer het."
    )
