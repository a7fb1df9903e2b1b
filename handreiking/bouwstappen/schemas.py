"""JSON Schemas of the data files, made from the same field specs the build validates with.

`python -m handreiking schemas` writes them to schemas/ and maps each data file to its schema in
.vscode/settings.json, so VS Code's YAML extension checks a file while someone types. Which
schemas exist, the parts' registry says (hulpmiddelen.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from handreiking.register import alle_schemas

DRAFT = "https://json-schema.org/draft/2020-12/schema"
# schema file -> (the data files it checks: glob patterns from the project root, "!" excludes; its generator)
SCHEMAS: dict[str, tuple[tuple[str, ...], Callable[[], dict]]] = {
    schema.naam: (schema.bestanden, schema.maak) for schema in alle_schemas()
}
VSCODE = ".vscode/settings.json"  # VS Code's YAML extension reads `yaml.schemas` from it


def schema_text(name: str) -> str:
    """One schema file's content."""
    schema = {"$schema": DRAFT, "$id": name, **SCHEMAS[name][1]()}
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def write(folder: Path) -> list[Path]:
    """Write every schema into `folder`; return the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in SCHEMAS:
        (folder / name).write_text(schema_text(name), encoding="utf-8")
        paths.append(folder / name)
    return paths


def files_for(root: Path, name: str) -> list[Path]:
    """The data files of the project that a schema checks."""
    patterns = SCHEMAS[name][0]
    found = {path for pattern in patterns if not pattern.startswith("!") for path in root.glob(pattern)}
    return sorted(found - {root / pattern[1:] for pattern in patterns if pattern.startswith("!")})


def vscode_mapping(folder: str = "schemas") -> dict[str, list[str]]:
    """VS Code's `yaml.schemas`: each schema (path from the project root) -> the data files it checks."""
    return {f"./{folder}/{name}": list(patterns) for name, (patterns, _) in SCHEMAS.items() if patterns}


def vscode_text(current: str = "", folder: str = "schemas") -> str:
    """.vscode/settings.json with `yaml.schemas` made from the registry, other settings kept as they are."""
    settings = json.loads(current) if current.strip() else {}
    settings["yaml.schemas"] = vscode_mapping(folder)
    return json.dumps(settings, ensure_ascii=False, indent=2) + "\n"


def write_vscode(root: Path, folder: str = "schemas") -> Path:
    """Write the schema mapping into root/.vscode/settings.json; return its path."""
    path = root / VSCODE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(vscode_text(path.read_text(encoding="utf-8") if path.is_file() else "", folder), encoding="utf-8")
    return path
