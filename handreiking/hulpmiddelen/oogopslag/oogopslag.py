""" "In één oogopslag": a one-page overview of the handreiking, rendered from data/oogopslag.yml,
passages and headings of the chapters, the 4-stappen deck and the flowchart data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from handreiking.hulpmiddelen.stroomschema.stroomschema import follow_ups
from handreiking.kern.gegevens import DataFout, array_of, check_fields, check_unique, load_yaml, object_schema
from handreiking.kern.hoofdstukken import Kop, fragment, kop, onderkoppen
from handreiking.kern.sjablonen import render

if TYPE_CHECKING:
    from handreiking.kern.basismodel import Model

FILE = "data/oogopslag.yml"
PARTS = ("passant", "stappen", "wie-vraag", "reacties", "tools")
PART_SCHEMA = {"id": (str, True), "titel": (str, True), "fragmenten": (list, False), "link": (dict, True)}
PASSAGE_SCHEMA = {"pagina": (str, True), "van": (str, True), "tot": (str, True), "vraag": (bool, False)}
LINK_SCHEMA = {"pagina": (str, True), "anker": (str, False)}
TOOLS = [("handreiking/3-netwerk-en-wie-vraag.md", "paragraaf-3-2"), ("handreiking/bijlage-1-family-finding.md", "")]


@dataclass(frozen=True)
class Oogopslag:
    """The overview's parts (with their quoted passages) and the tool headings it lists."""

    delen: tuple[dict[str, Any], ...]
    tools: tuple[tuple[Kop, list[Kop]], ...]


def load_oogopslag(root: Path) -> Oogopslag:
    """Validate data/oogopslag.yml and gather each part's passages, link and the tool headings."""
    data = load_yaml(root / FILE, FILE)
    check_fields(data, {"delen": (list, True)}, FILE)
    parts = []
    for index, raw in enumerate(data["delen"], start=1):
        where = f"{FILE}, deel {index}"
        check_fields(raw, PART_SCHEMA, where)
        if raw["id"] not in PARTS:
            raise DataFout(f"{where}: onbekend deel '{raw['id']}'. Kies uit: {', '.join(PARTS)}.")
        check_fields(raw["link"], LINK_SCHEMA, f"{where}, link")
        passages = []
        for p_index, passage in enumerate(raw.get("fragmenten") or [], start=1):
            check_fields(passage, PASSAGE_SCHEMA, f"{where}, fragment {p_index}")
            text = fragment(root, passage["pagina"], passage["van"], passage["tot"], f"{where}, fragment {p_index}")
            passages.append({"tekst": text[:1].upper() + text[1:], "vraag": bool(passage.get("vraag"))})
        parts.append(
            {
                "id": raw["id"],
                "titel": raw["titel"],
                "fragmenten": passages,
                "link": kop(root, raw["link"]["pagina"], raw["link"].get("anker") or "", f"{where}, link"),
            }
        )
    check_unique([part["id"] for part in parts], FILE)
    tools = tuple((kop(root, page, anchor, FILE), onderkoppen(root, page, anchor, FILE)) for page, anchor in TOOLS)
    return Oogopslag(delen=tuple(parts), tools=tools)


def json_schema() -> dict:
    """JSON Schema of data/oogopslag.yml."""
    part = object_schema(
        PART_SCHEMA,
        "Een deel van het overzicht.",
        id={"enum": list(PARTS)},
        fragmenten=array_of(object_schema(PASSAGE_SCHEMA)),
        link=object_schema(LINK_SCHEMA),
    )
    return object_schema({"delen": (list, True)}, "In één oogopslag: de delen van het overzicht.", delen=array_of(part))


def in_een_oogopslag(model: Model, href: Callable[[str], str]) -> str:
    """The overview: mindset, 4 stappen, wie-vraag, reactions and what follows, tools."""
    schema = model.schema
    reactions = [(r, follow_ups(schema, r)[0][1] if follow_ups(schema, r) else None) for r in schema.reacties]
    questions = next((node.vragen for node in schema.knopen if node.vragen), [])
    return render(
        model.root,
        "oogopslag/oogopslag.html",
        delen=model.oogopslag.delen,
        stapel=model.vier_stappen,
        reacties=reactions,
        vragen=questions,
        tools=model.oogopslag.tools,
        href=href,
    )
