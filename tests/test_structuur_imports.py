"""The core package has no import cycles: not at run time, and not through type-only imports either.

The graph is read from the source with `ast` (no import runs): every `import handreiking.x`,
`from . import x`, `from .x import y` and `from .. import x` between modules of handreiking/, also
inside functions and under `if TYPE_CHECKING:`. An edge under TYPE_CHECKING is type-only; the others
are run-time edges. A cycle means a module cannot be understood (or moved) without the others."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "handreiking"


def module_name(path: Path) -> str:
    """The dotted name of a module file under handreiking/ (a package is named by its __init__)."""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    """Every module of the package by dotted name (a handout's own tests, test_*.py in its folder, left out)."""
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py")) if not path.name.startswith("test_")}


def _type_checking(test: ast.expr) -> bool:
    """Whether an `if` tests TYPE_CHECKING (bare or as typing.TYPE_CHECKING)."""
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, type_only: bool = False):  # noqa: ANN202 (yields (node, type_only))
    """Every import node in a tree, with whether it sits under `if TYPE_CHECKING:`."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node, type_only
        elif isinstance(node, ast.If) and _type_checking(node.test):
            for child in node.body:
                yield from _imports(ast.Module(body=[child], type_ignores=[]), True)
            for child in node.orelse:
                yield from _imports(ast.Module(body=[child], type_ignores=[]), type_only)
        else:
            yield from _imports(node, type_only)


def edges(known: dict[str, Path]) -> dict[tuple[str, str], bool]:
    """(importer, imported) -> whether every import along that edge is type-only."""
    found: dict[tuple[str, str], bool] = {}
    for name, path in known.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node, type_only in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            targets = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")
                    anchor = anchor[: len(anchor) - (node.level - 1)]
                    base = ".".join([*anchor, *([base] if base else [])])
                targets = [base, *(f"{base}.{alias.name}" for alias in node.names)]
            for target in targets:
                while target and target not in known:  # handreiking.x.y (a name in x) -> handreiking.x
                    target = target.rpartition(".")[0]
                if (
                    target
                    and target != name
                    and (target in known)
                    and not (known[target].name == "__init__.py" and name.startswith(target + "."))
                ):
                    key = (name, target)
                    found[key] = found.get(key, True) and type_only
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


@cache
def graphs() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The run-time import graph and the full one (type-only imports included)."""
    runtime: dict[str, set[str]] = {}
    full: dict[str, set[str]] = {}
    for (source, target), type_only in edges(modules()).items():
        full.setdefault(source, set()).add(target)
        if not type_only:
            runtime.setdefault(source, set()).add(target)
    return runtime, full


def _describe(found: list[list[str]], graph: dict[str, set[str]]) -> str:
    """Each cycle with the imports that close it."""
    lines = []
    for component in found:
        members = set(component)
        inside = sorted(f"{a} -> {b}" for a in component for b in graph.get(a, ()) if b in members)
        lines.append(f"{len(component)} modules: {', '.join(component)}\n    " + "\n    ".join(inside))
    return "\n".join(lines)


def test_the_graph_sees_the_imports() -> None:
    """The scan finds imports of every kind (guards the tests below against an empty graph)."""
    runtime, full = graphs()
    assert "handreiking.kern.gegevens" in runtime["handreiking.kern.stapels"]
    assert "handreiking.bouwstappen.bouw" in runtime["handreiking.__main__"]
    assert sum(len(t) for t in full.values()) > sum(len(t) for t in runtime.values())  # TYPE_CHECKING imports


def test_cycle_finder_finds_a_cycle() -> None:
    """A two-module and a three-module cycle are found; a chain is not a cycle."""
    assert cycles({"a": {"b"}, "b": {"a"}, "c": {"d"}, "x": {"y"}, "y": {"z"}, "z": {"x"}}) == [
        ["a", "b"],
        ["x", "y", "z"],
    ]


def test_no_runtime_import_cycles() -> None:
    """No module of handreiking/ imports itself back through others when it runs."""
    runtime, _ = graphs()
    found = cycles(runtime)
    assert not found, "Importkringen in handreiking/ (bij het draaien):\n" + _describe(found, runtime)


def test_no_type_only_import_cycles() -> None:
    """Not even through `if TYPE_CHECKING:` imports: a handout names the model's type from
    handreiking/kern/basismodel.py, which imports no handout."""
    _, full = graphs()
    found = cycles(full)
    assert not found, "Importkringen in handreiking/ (met TYPE_CHECKING-imports):\n" + _describe(found, full)


# The layers, lowest first: a module imports only from its own layer and the ones below it.
LAYERS = (
    ("handreiking.material",),  # everything we know of Material's HTML, knowing nothing else
    ("handreiking.kern",),  # the model's shape, settings, reading and checking data, templates
    ("handreiking.druk",),  # PDFs, cutting, calibration, the book
    ("handreiking.hulpmiddelen",),  # one folder per handout
    ("handreiking.register",),  # finds the handouts' declarations
    ("handreiking.model",),  # loads the model through the register
    ("handreiking.bouwstappen",),  # the build steps around the generator
    ("handreiking.__main__", "handreiking"),  # the command line
)
# Imports from one handout's folder into another's, each with its reason.
BETWEEN_HANDOUTS = {
    ("oogopslag", "stroomschema"): "the page on one sheet shows where each reaction of the flowchart leads",
}


def layer(name: str) -> int:
    """The index of a module's layer."""
    for number, prefixes in enumerate(LAYERS):
        if any(name == p or name.startswith(p + ".") for p in prefixes if p != "handreiking") or name in prefixes:
            return number
    raise AssertionError(f"{name} hoort bij geen laag: zet hem in LAYERS")


def handout(name: str) -> str:
    """The handout folder a module belongs to ('' outside the folders, and for their shared base: deel.py, basis/)."""
    parts = name.split(".")
    return parts[2] if len(parts) > 2 and parts[1] == "hulpmiddelen" and parts[2] not in {"deel", "basis"} else ""


def test_every_module_has_a_layer() -> None:
    """The layer scan places each module (guards the tests below)."""
    placed = {name: layer(name) for name in modules()}
    assert placed["handreiking.kern.gegevens"] < placed["handreiking.druk.pdf"] < placed["handreiking.register"]
    assert len(set(placed.values())) == len(LAYERS)


def test_imports_follow_the_layers() -> None:
    """No module imports from a layer above its own (type-only imports included)."""
    _, full = graphs()
    wrong = sorted(f"{a} -> {b}" for a, targets in full.items() for b in targets if layer(b) > layer(a))
    assert not wrong, "Imports tegen de lagen in (zie LAYERS):\n    " + "\n    ".join(wrong)


def test_handouts_import_each_other_only_with_a_reason() -> None:
    """A handout's folder imports another handout's only where BETWEEN_HANDOUTS says why."""
    _, full = graphs()
    pairs = {(handout(a), handout(b)) for a, targets in full.items() for b in targets}
    found = {(a, b) for a, b in pairs if a and b and a != b}
    assert found == set(BETWEEN_HANDOUTS), f"Nieuw of verdwenen tussen hulpmiddelen: {found ^ set(BETWEEN_HANDOUTS)}"
