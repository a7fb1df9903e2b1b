"""Loading and validating the YAML data files under data/ (Dutch errors that name file and key).

A field spec is (type or tuple of types, required?); the same specs produce the JSON Schemas that
editors use (`object_schema`), so the build and the editor check the same rules."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import yaml

# A field spec: (python type or tuple of types, required?)
FieldSpec = tuple[type | tuple[type, ...], bool]

TYPE_NAMES = {str: "tekst", int: "geheel getal", list: "lijst", dict: "object", bool: "ja/nee"}
JSON_TYPES = {str: "string", int: "integer", list: "array", dict: "object", bool: "boolean"}


class BouwFout(Exception):
    """The build cannot go on; the Dutch message says where and what to do (shown without a traceback).

    A value quoted from data (an id, a title) is cut to 80 characters, so a message never repeats a
    10 MB field."""

    def __init__(self, message: str = "") -> None:
        super().__init__(re.sub(r"[^\s]{81,}", lambda m: m.group()[:77] + "…", str(message)))


class DataFout(BouwFout):
    """A data file is malformed; the message says which file, which entry and what to do."""


class _DuplicateKey(yaml.YAMLError):
    """A mapping names the same key twice (YAML keeps the last one silently)."""

    def __init__(self, key: Any, first: int, second: int) -> None:
        super().__init__(f"'{key}' staat twee keer in hetzelfde blok (regel {first} en {second})")
        self.key, self.first, self.second = key, first, second


class _NoTextKey(yaml.MarkedYAMLError):
    """A key is a list or a block ("? [a]"): Python cannot look it up (PyYAML would raise a TypeError)."""

    def __init__(self, mark: yaml.Mark) -> None:
        super().__init__(problem="unhashable key", problem_mark=mark)


class Blok(dict):
    """A mapping read from a data file that knows its lines: `regel` where it starts, `regels` where
    each key stands (1-based), for messages that name the line."""

    regel: int = 0
    regels: dict[Any, int]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.regels = {}


# libyaml's parser when PyYAML has it (much faster than the pure-Python one).
_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BASE):  # type: ignore[misc, valid-type]
    """Safe loader that refuses duplicate keys instead of keeping the last value, and builds every
    mapping as a Blok that knows its lines."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        """Build a mapping; stop at the second occurrence of a key (the key lines kept for construct_block)."""
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            try:
                if key in seen:
                    raise _DuplicateKey(key, seen[key], line)
            except TypeError:
                raise _NoTextKey(key_node.start_mark) from None
            seen[key] = line
        self.key_lines = seen
        return super().construct_mapping(node, deep=deep)

    def construct_block(self, node: yaml.MappingNode) -> Any:
        """A mapping as a Blok with the line it starts on and the line of each key."""
        data = Blok()
        data.regel = node.start_mark.line + 1
        yield data
        data.update(self.construct_mapping(node))
        data.regels = self.key_lines


_Loader.add_constructor("tag:yaml.org,2002:map", _Loader.construct_block)


MAX_NODES = 200_000  # values in one YAML file once its aliases (*name) are expanded: stops an alias bomb


def expanded_size(node: yaml.Node, memo: dict[int, int] | None = None) -> int:
    """How many values a composed YAML node stands for with every alias expanded (shared nodes counted once each time)."""
    memo = {} if memo is None else memo
    if id(node) in memo:
        return memo[id(node)]
    memo[id(node)] = MAX_NODES + 1  # a node that contains itself expands without end
    if isinstance(node, yaml.SequenceNode):
        size = 1 + sum(expanded_size(child, memo) for child in node.value)
    elif isinstance(node, yaml.MappingNode):
        size = 1 + sum(expanded_size(k, memo) + expanded_size(v, memo) for k, v in node.value)
    else:
        size = 1
    memo[id(node)] = min(size, MAX_NODES + 1)
    return memo[id(node)]


def parse_yaml(text: str, loader: type, name: str) -> Any:
    """Parse one YAML document with `loader`, refusing an alias bomb before anything is built."""
    parser = loader(text)
    try:
        node = parser.get_single_node()
        if node is None:
            return None
        if expanded_size(node) > MAX_NODES:
            raise DataFout(
                f"{name}: het bestand wordt na het invullen van de verwijzingen (*naam) meer dan {MAX_NODES} "
                "waarden groot. Zo groot is geen echt gegevensbestand: schrijf de waarden uit of haal de verwijzingen weg."
            )
        return parser.construct_document(node)
    finally:
        parser.dispose()


# PyYAML's (and libyaml's) words for what is wrong, by how they start, and what that means in Dutch.
YAML_PROBLEMS = (
    ("could not find expected ':'", "hier verwacht YAML een dubbele punt (naam: waarde)"),
    (
        "mapping values are not allowed",
        "een dubbele punt waar die niet kan: zet een tekst met een dubbele punt tussen aanhalingstekens, "
        "of laat de regel even ver inspringen als de regels erboven",
    ),
    ("found unexpected end of stream", "het bestand houdt op voordat een aanhalingsteken of haakje is gesloten"),
    ("did not find expected ',' or ']'", "een lijst tussen [ en ] is niet gesloten met ]"),
    ("did not find expected ',' or '}'", "een blok tussen { en } is niet gesloten met }"),
    ("did not find expected '-' indicator", "een regel in een lijst zonder streepje (-), of anders ingesprongen"),
    ("did not find expected key", "deze regel springt anders in dan de regels erboven"),
    ("expected <block end>", "deze regel springt anders in dan de regels erboven"),
    (
        "block sequence entries are not allowed",
        "een streepje (-) waar geen lijst kan beginnen: controleer de inspringing",
    ),
    ("found a tab character", "een tab: spring in met spaties"),
    (
        "found character",
        "een teken waarmee een waarde niet kan beginnen (zoals @ of `): zet de waarde tussen aanhalingstekens",
    ),
    ("found unknown escape character", "een onbekende code met \\ tussen dubbele aanhalingstekens: gebruik enkele"),
    ("found undefined alias", "een verwijzing (*naam) naar een anker (&naam) dat er niet is"),
    ("second occurrence", "een anker (&naam) staat twee keer in het bestand"),
    ("expected alphabetic or numeric character", "na & of * hoort de naam van een anker"),
    ("could not determine a constructor", "een YAML-tag (!…): die leest deze site niet; haal de tag weg"),
    ("but found another document", "een tweede document (na ---): zet alles in één document"),
    ("unhashable key", "een sleutel die een lijst of blok is: een naam voor de dubbele punt moet tekst zijn"),
    ("unacceptable character", "een onzichtbaar stuurteken dat YAML niet toestaat: haal het weg"),
)


def _line_column(text: str, position: int) -> tuple[int, int]:
    """The 1-based line and column of a character position in a text."""
    line_start = text.rfind("\n", 0, position) + 1
    return text.count("\n", 0, position) + 1, position - line_start + 1


def yaml_message(err: yaml.YAMLError, text: str = "") -> str:
    """Where and what of a YAML error, in Dutch: the line and column (a tab or stray character read
    from `text`, the file's contents) and what that means; never PyYAML's English or its
    '<unicode string>'."""
    mark = getattr(err, "problem_mark", None)
    if mark is not None:
        line, column = mark.line + 1, mark.column + 1
    elif isinstance(getattr(err, "position", None), int) and text:
        line, column = _line_column(text, err.position)  # a ReaderError: only the position
    else:
        line = column = 0
    where = f"regel {line}, kolom {column}" if line else "een onbekende plek"
    problem = "unacceptable character" if isinstance(err, yaml.reader.ReaderError) else str(err.problem or "")
    lines = text.splitlines()
    if line and line <= len(lines) and "\t" in lines[line - 1][: column + 1]:
        what = "een tab: spring in met spaties"
    else:
        what = next((dutch for start, dutch in YAML_PROBLEMS if problem.startswith(start)), "")
        what = what or "YAML kan het bestand hier niet lezen"
    context = getattr(err, "context_mark", None)  # where an unclosed quote or bracket opened
    opened = any(part in str(getattr(err, "context", "")) for part in ("quoted scalar", "flow"))
    if opened and context is not None and mark is not None and context.line != mark.line:
        what += f" (het begon op regel {context.line + 1})"
    return f"{where}: {what}"


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
            raise DataFout(
                f"{name}: het bestand is geen UTF-8 (byte {err.start}). Sla het op als UTF-8 "
                "(in VS Code: rechtsonder de codering kiezen, 'Save with Encoding', UTF-8)."
            ) from None
        try:
            _parsed[key] = parse_yaml(text, _Loader, name)
        except _DuplicateKey as err:
            raise DataFout(
                f"{name}: sleutel {err}. Verwijder of hernoem er één; anders telt alleen de laatste."
            ) from None
        except yaml.YAMLError as err:
            raise DataFout(
                f"{name}: geen geldige YAML op {yaml_message(err, text)}. Controleer inspringing, dubbele punten "
                "en aanhalingstekens op die regel of de regel ervoor."
            ) from None
    return copy.deepcopy(_parsed[key])


MAX_TEXT = 20_000  # characters in any one text field of a data or config file: far more than any real text


def kort(value: Any) -> str:
    """A value as a message shows it: its repr, cut to 80 characters (a message never repeats a whole file)."""
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _type_name(expected: type | tuple[type, ...]) -> str:
    """Dutch name of an expected type."""
    types = expected if isinstance(expected, tuple) else (expected,)
    return " of ".join(TYPE_NAMES.get(t, t.__name__) for t in types)


def regel(item: Any, key: Any = None) -> str:
    """' (regel N)' for a message: where `key` of a mapping read from a file stands, or, without a key,
    ' (in het blok vanaf regel N)' (empty for data that does not come from a file, such as a site config)."""
    if not isinstance(item, Blok):
        return ""
    if key is not None and key in item.regels:
        return f" (regel {item.regels[key]})"
    return f" (in het blok vanaf regel {item.regel})" if item.regel else ""


def check_fields(item: Any, schema: dict[str, FieldSpec], where: str) -> None:
    """Check one mapping against a schema: required fields, types, no empty text, no unknown keys.
    A message names the line (of the field, or of the block a field is missing from)."""
    if not isinstance(item, dict):
        raise DataFout(f"{where}: verwacht een object met velden ({', '.join(schema)}), maar vond {kort(item)}.")
    for key in item:
        if key not in schema:
            raise DataFout(
                f"{where}: onbekend veld {kort(key)}{regel(item, key)}. Toegestaan: {', '.join(schema)}. "
                "Verwijder of hernoem het."
            )
    for key, (expected, required) in schema.items():
        if key not in item or item[key] is None:
            if required:
                raise DataFout(
                    f"{where}: verplicht veld '{key}' ontbreekt{regel(item, key if key in item else None)}. "
                    f"Voeg '{key}' toe ({_type_name(expected)})."
                )
            continue
        value = item[key]
        types = expected if isinstance(expected, tuple) else (expected,)
        at = regel(item, key)
        if not isinstance(value, expected) or (isinstance(value, bool) and bool not in types):
            raise DataFout(f"{where}: veld '{key}' moet {_type_name(expected)} zijn, maar is {kort(value)}{at}.")
        if isinstance(value, str) and not value.strip():
            raise DataFout(f"{where}: veld '{key}' is leeg{at}. Vul de tekst in of verwijder het item.")
        if isinstance(value, str) and len(value) > MAX_TEXT:
            raise DataFout(
                f"{where}: veld '{key}' is {len(value)} tekens lang{at}; hoogstens {MAX_TEXT} kan. Maak de tekst korter."
            )


def check_range(item: dict[str, Any], ranges: dict[str, tuple[int, int]], where: str) -> None:
    """Raise DataFout when a whole number in `item` lies outside its (lowest, highest); absent keys pass."""
    for key, (low, high) in ranges.items():
        value = item.get(key)
        if isinstance(value, int) and not low <= value <= high:
            raise DataFout(
                f"{where}: veld '{key}' is {value}; dat kan niet. Kies een geheel getal van {low} tot en met {high}."
            )


def range_schema(ranges: dict[str, tuple[int, int]]) -> dict[str, dict[str, int]]:
    """The JSON Schema refinements (minimum, maximum) of the ranges `check_range` checks."""
    return {key: {"minimum": low, "maximum": high} for key, (low, high) in ranges.items()}


def check_unique(ids: list[str], where: str) -> None:
    """Raise DataFout when an id occurs twice."""
    seen: set[str] = set()
    for ident in ids:
        if ident in seen:
            raise DataFout(
                f"{where}: id '{ident}' komt twee keer voor. Ids moeten uniek zijn; geef er één een nieuwe id."
            )
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
    schema: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "required": [k for k, (_, required) in spec.items() if required],
        "additionalProperties": False,
    }
    if description:
        schema["description"] = description
    return schema


def array_of(item: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """A JSON Schema refinement: a list whose items follow `item`."""
    return {"items": item, **extra}
