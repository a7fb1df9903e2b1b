"""Loading and validating the YAML data files under data/ (Dutch errors that name file and key)."""
from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml
from mkdocs.exceptions import PluginError

# A field spec: (python type or tuple of types, required?)
FieldSpec = tuple[type | tuple[type, ...], bool]

TYPE_NAMES = {str: "tekst", int: "geheel getal", list: "lijst", dict: "object", bool: "ja/nee"}


class DataFout(PluginError):
    """A data file is malformed; the message says which file, which entry and what to do."""


def project_root(env: Any) -> Path:
    """The folder that holds mkdocs.yml."""
    return Path(env.conf["config_file_path"]).resolve().parent


# libyaml's parser when PyYAML has it (much faster than the pure-Python one).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_parsed: dict[tuple[str, int, int], Any] = {}


def load_yaml(path: Path) -> Any:
    """Read one YAML file, or stop the build with a Dutch message naming it.

    Several handouts read the same files; each file is parsed once per version (path, mtime,
    size) and every caller gets its own copy."""
    if not path.is_file():
        raise DataFout(f"Gegevensbestand ontbreekt: {path}. Zet het bestand terug of pas de verwijzing aan.")
    stat = path.stat()
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    if key not in _parsed:
        try:
            _parsed[key] = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
        except yaml.YAMLError as err:
            raise DataFout(f"{path}: geen geldige YAML ({err}). Controleer inspringing en aanhalingstekens.") from err
    return copy.deepcopy(_parsed[key])


def _type_name(expected: type | tuple[type, ...]) -> str:
    """Dutch name of an expected type."""
    types = expected if isinstance(expected, tuple) else (expected,)
    return " of ".join(TYPE_NAMES.get(t, t.__name__) for t in types)


def check_fields(item: Any, schema: dict[str, FieldSpec], where: str) -> None:
    """Check one mapping against a schema: required fields, types, no empty text, no unknown keys."""
    if not isinstance(item, dict):
        raise DataFout(f"{where}: verwacht een object met velden ({', '.join(schema)}), maar vond {item!r}.")
    for key in item:
        if key not in schema:
            raise DataFout(f"{where}: onbekend veld '{key}'. Toegestaan: {', '.join(schema)}. Verwijder of hernoem het.")
    for key, (expected, required) in schema.items():
        if key not in item or item[key] is None:
            if required:
                raise DataFout(f"{where}: verplicht veld '{key}' ontbreekt. Voeg '{key}' toe ({_type_name(expected)}).")
            continue
        value = item[key]
        if not isinstance(value, expected) or (isinstance(value, bool) and bool not in (expected if isinstance(expected, tuple) else (expected,))):
            raise DataFout(f"{where}: veld '{key}' moet {_type_name(expected)} zijn, maar is {value!r}.")
        if isinstance(value, str) and not value.strip():
            raise DataFout(f"{where}: veld '{key}' is leeg. Vul de tekst in of verwijder het item.")


def check_unique(ids: list[str], where: str) -> None:
    """Stop the build when an id occurs twice."""
    seen: set[str] = set()
    for ident in ids:
        if ident in seen:
            raise DataFout(f"{where}: id '{ident}' komt twee keer voor. Ids moeten uniek zijn; geef er één een nieuwe id.")
        seen.add(ident)
