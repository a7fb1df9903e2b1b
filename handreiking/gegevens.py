"""Loading and validating the YAML data files under data/ (Dutch errors that name file and key).

A field spec is (type or tuple of types, required?); the same specs produce the JSON Schemas that
editors use (`object_schema`), so the build and the editor check the same rules."""
from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

# A field spec: (python type or tuple of types, required?)
FieldSpec = tuple[type | tuple[type, ...], bool]

TYPE_NAMES = {str: "tekst", int: "geheel getal", list: "lijst", dict: "object", bool: "ja/nee"}
JSON_TYPES = {str: "string", int: "integer", list: "array", dict: "object", bool: "boolean"}


class BouwFout(Exception):
    """The build cannot go on; the Dutch message says where and what to do (shown without a traceback)."""


class DataFout(BouwFout):
    """A data file is malformed; the message says which file, which entry and what to do."""


class _DuplicateKey(yaml.YAMLError):
    """A mapping names the same key twice (YAML keeps the last one silently)."""

    def __init__(self, key: Any, first: int, second: int) -> None:
        super().__init__(f"'{key}' staat twee keer in hetzelfde blok (regel {first} en {second})")
        self.key, self.first, self.second = key, first, second


# libyaml's parser when PyYAML has it (much faster than the pure-Python one).
_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BASE):  # type: ignore[misc, valid-type]
    """Safe loader that refuses duplicate keys instead of keeping the last value."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        """Build a mapping; stop at the second occurrence of a key."""
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            if key in seen:
                raise _DuplicateKey(key, seen[key], line)
            seen[key] = line
        return super().construct_mapping(node, deep=deep)


_parsed: dict[tuple[str, int, int], Any] = {}


def load_yaml(path: Path, name: str = "") -> Any:
    """Read one YAML file, or raise DataFout naming it (`name`: how messages call the file).

    Each file is parsed once per version (path, mtime, size); every caller gets its own copy."""
    name = name or str(path)
    if not path.is_file():
        raise DataFout(f"Gegevensbestand ontbreekt: {name}. Zet het bestand terug of pas de verwijzing aan.")
    stat = path.stat()
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    if key not in _parsed:
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as err:
            raise DataFout(f"{name}: het bestand is geen UTF-8 (byte {err.start}). Sla het op als UTF-8 "
                           "(in VS Code: rechtsonder de codering kiezen, 'Save with Encoding', UTF-8).") from None
        try:
            _parsed[key] = yaml.load(text, Loader=_Loader)  # noqa: S506 (a safe loader)
        except _DuplicateKey as err:
            raise DataFout(f"{name}: sleutel {err}. Verwijder of hernoem er één; anders telt alleen de laatste.") from None
        except yaml.YAMLError as err:
            raise DataFout(f"{name}: geen geldige YAML ({err}). Controleer inspringing en aanhalingstekens.") from None
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
        types = expected if isinstance(expected, tuple) else (expected,)
        if not isinstance(value, expected) or (isinstance(value, bool) and bool not in types):
            raise DataFout(f"{where}: veld '{key}' moet {_type_name(expected)} zijn, maar is {value!r}.")
        if isinstance(value, str) and not value.strip():
            raise DataFout(f"{where}: veld '{key}' is leeg. Vul de tekst in of verwijder het item.")


def check_unique(ids: list[str], where: str) -> None:
    """Raise DataFout when an id occurs twice."""
    seen: set[str] = set()
    for ident in ids:
        if ident in seen:
            raise DataFout(f"{where}: id '{ident}' komt twee keer voor. Ids moeten uniek zijn; geef er één een nieuwe id.")
        seen.add(ident)


def object_schema(spec: dict[str, FieldSpec], description: str = "", **fields: dict[str, Any]) -> dict[str, Any]:
    """The JSON Schema of a mapping checked by `check_fields`; `fields` refine single fields
    (nested objects, items of a list, patterns, enums)."""
    properties: dict[str, Any] = {}
    for key, (expected, _) in spec.items():
        types = [JSON_TYPES[t] for t in (expected if isinstance(expected, tuple) else (expected,))]
        prop: dict[str, Any] = {"type": types[0] if len(types) == 1 else types}
        if types == ["string"]:
            prop["pattern"] = r"\S"  # no empty text
        prop.update(fields.get(key, {}))
        properties[key] = prop
    schema: dict[str, Any] = {"type": "object", "properties": properties,
                              "required": [k for k, (_, required) in spec.items() if required],
                              "additionalProperties": False}
    if description:
        schema["description"] = description
    return schema


def array_of(item: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """A JSON Schema refinement: a list whose items follow `item`."""
    return {"items": item, **extra}
