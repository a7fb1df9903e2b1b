"""JSON Schemas of the data files, made from the same field specs the build validates with.

`python -m handreiking schemas` writes them to schemas/; .vscode/settings.json maps each data
file to its schema, so VS Code's YAML extension checks a file while someone types."""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from . import (
    afdrukken,
    colofon,
    netwerkkaart,
    oogopslag,
    organisatie,
    stapels,
    stroomschema,
    veiligheidscirkels,
    werkbladen,
)

DRAFT = "https://json-schema.org/draft/2020-12/schema"
# schema file -> (the data files it checks: glob patterns from the project root, "!" excludes; its generator)
SCHEMAS: dict[str, tuple[tuple[str, ...], Callable[[], dict]]] = {
    "stapel.schema.json": (("data/vraagkaarten/*.yml", "!data/vraagkaarten/volgorde.yml"), stapels.deck_json_schema),
    "volgorde.schema.json": (("data/vraagkaarten/volgorde.yml",), stapels.order_json_schema),
    "colofon.schema.json": (("data/colofon.yml",), colofon.json_schema),
    "afdrukken.schema.json": (("data/afdrukken.yml",), afdrukken.json_schema),
    "oogopslag.schema.json": (("data/oogopslag.yml",), oogopslag.json_schema),
    "stroomschema.schema.json": (("data/stroomschema.yml",), stroomschema.json_schema),
    "veiligheidscirkels.schema.json": (("data/veiligheidscirkels.yml",), veiligheidscirkels.json_schema),
    "family-finding-werkbladen.schema.json": (("data/family-finding-werkbladen.yml",), werkbladen.json_schema),
    "netwerkkaart.schema.json": (("data/netwerkkaart.yml",), netwerkkaart.json_schema),
    "organisatie.schema.json": ((), organisatie.json_schema),
}


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
