"""Reading a site config (mkdocs.yml, or an organisation's own file that INHERITs it) as data only.

MkDocs reads a config with its own loader, which runs `!!python/...` tags while it loads, before
any plugin or hook could look. So the documented build (`make build CONFIG=…`, `python -m
handreiking controleer`) reads every file of the INHERIT chain here first, with a safe loader that
refuses every tag and every alias bomb, and keeps every path inside the project."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from handreiking.kern.gegevens import DataFout, kort, parse_yaml, yaml_message

MAX_CONFIG_BYTES = 1_000_000
MAX_INHERIT = 5  # files in one INHERIT chain


class _Tag(yaml.YAMLError):
    """A config holds a YAML tag (!ENV, !!python/…): data that would be code or outside input."""

    def __init__(self, tag: str, line: int) -> None:
        super().__init__(tag)
        self.tag, self.line = tag.replace("tag:yaml.org,2002:", "!!"), line


class ConfigLoader(yaml.SafeLoader):
    """A safe loader that refuses every tag instead of resolving it."""


def _refuse(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    """Stop at a tag, naming it and its line."""
    raise _Tag(node.tag, node.start_mark.line + 1)


ConfigLoader.add_multi_constructor("!", _refuse)
ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", _refuse)
ConfigLoader.add_multi_constructor("tag:", _refuse)


def _merge(base: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
    """`own` over `base`, nested mappings merged (as MkDocs does for INHERIT)."""
    merged = dict(base)
    for key, value in own.items():
        merged[key] = (
            _merge(merged[key], value) if isinstance(value, dict) and isinstance(merged.get(key), dict) else value
        )
    return merged


def _read_one(path: Path) -> dict[str, Any]:
    """One config file as a mapping; Dutch errors name the file, the line and what to do."""
    name = path.name
    if not path.is_file():
        raise DataFout(f"Configuratie {path} bestaat niet. Geef het pad van mkdocs.yml of van de eigen configuratie.")
    if path.stat().st_size > MAX_CONFIG_BYTES:
        raise DataFout(
            f"{name}: het bestand is groter dan 1 MB; een configuratie is een paar kilobyte. Controleer of het het goede bestand is."
        )
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as err:
        raise DataFout(f"{name}: het bestand is geen UTF-8 (byte {err.start}). Sla het op als UTF-8.") from None
    try:
        data = parse_yaml(text, ConfigLoader, name)
    except _Tag as err:
        raise DataFout(
            f"{name}, regel {err.line}: de YAML-tag '{err.tag}' is in een configuratie niet toegestaan. Een tag "
            "kan bij het inlezen code uitvoeren of gegevens van buiten ophalen. Schrijf de waarde gewoon uit "
            "(tekst, getal, lijst) en haal de tag weg."
        ) from None
    except yaml.YAMLError as err:
        raise DataFout(
            f"{name}: geen geldige YAML op {yaml_message(err, text)}. Controleer inspringing en aanhalingstekens."
        ) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise DataFout(
            f"{name}: een configuratie bestaat uit sleutels met waarden (site_name: …), maar dit is {kort(data)}."
        )
    return data


def read_config(path: Path, project: Path | None = None) -> dict[str, Any]:
    """A site config file as a mapping, with its INHERIT chain applied; every file of the chain stays
    inside `project` (default: the folder of `path`)."""
    path = path.resolve()
    project = (project or path.parent).resolve()
    chain: list[dict[str, Any]] = []
    seen: list[Path] = []
    while True:
        if not path.is_relative_to(project):
            raise DataFout(
                f"{seen[-1].name if seen else path.name}: INHERIT wijst naar {path}, buiten de projectmap "
                f"{project}. Zet de configuratie in de projectmap."
            )
        if path in seen or len(seen) >= MAX_INHERIT:
            raise DataFout(
                f"{path.name}: INHERIT loopt in een kring of is langer dan {MAX_INHERIT} bestanden. "
                "Laat de eigen configuratie één keer mkdocs.yml erven."
            )
        seen.append(path)
        data = _read_one(path)
        parent = data.pop("INHERIT", None)
        chain.append(data)
        if parent is None:
            break
        if not isinstance(parent, str) or not parent.strip():
            raise DataFout(
                f"{path.name}: INHERIT moet het pad van een configuratie zijn, bijvoorbeeld INHERIT: mkdocs.yml."
            )
        path = (path.parent / parent).resolve()
    merged: dict[str, Any] = {}
    for data in reversed(chain):
        merged = _merge(merged, data)
    return merged
