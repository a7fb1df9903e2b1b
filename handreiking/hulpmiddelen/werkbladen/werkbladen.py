"""The other Family Finding tools of Bijlage I as worksheets (werkbladen), from data.

data/family-finding-werkbladen.yml holds each worksheet's structure (fields, levensfasen,
houses) and the wording of olievlek and Biggest Unmet Needs (Bijlage I renders those from
here). Questions of the other tools are referenced by card id (`kaart`), never copied."""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from handreiking.druk.pdf import PdfJob
from handreiking.hulpmiddelen.basis import werkblad_gegevens
from handreiking.kern.gegevens import (
    DataFout,
    array_of,
    check_fields,
    check_range,
    check_unique,
    load_yaml,
    object_schema,
    range_schema,
)
from handreiking.kern.sjablonen import render
from handreiking.kern.stapels import Stapel, kaart

if TYPE_CHECKING:
    from handreiking.kern.basismodel import Model

FILE = "data/family-finding-werkbladen.yml"
PDF = "werkmateriaal/pdf/family-finding-werkbladen.pdf"
BIJLAGE = "handreiking/bijlage-1-family-finding.md"
SOORTEN = ("olievlek", "levensfasen", "huizen", "velden", "behoeften")
SHEET_SCHEMA = {
    "id": (str, True),
    "titel": (str, True),
    "soort": (str, True),
    "bron": (str, True),
    "uitleg": (str, False),
    "velden": (list, True),
    "personen": (int, False),
    "levensfasen": (list, False),
    "huizen": (list, False),
    "voorbeelden": (list, False),
    "behoeften": (int, False),
    "vragen": (list, False),
}
FIELD_SCHEMA = {"id": (str, True), "label": (str, True), "groot": (bool, False), "kaart": (str, False)}
PART_SCHEMA = {"id": (str, True), "titel": (str, True)}
EXAMPLE_SCHEMA = {"behoefte": (str, True), "in_tegenstelling_tot": (str, True)}
# How many places the olievlek draws around the family, and how many needs the sheet offers: each is
# drawn and printed, so a number beyond what fits on the sheet is refused.
RANGES = {"personen": (1, 12), "behoeften": (1, 10)}
NEEDS = {
    "olievlek": ("uitleg", "personen"),
    "levensfasen": ("levensfasen",),
    "huizen": ("huizen",),
    "velden": (),
    "behoeften": ("uitleg", "voorbeelden", "behoeften"),
}


def _anchors(root: Path) -> set[str]:
    """The explicit heading anchors of Bijlage I ({ #anker })."""
    text = (root / "docs" / BIJLAGE).read_text(encoding="utf-8")
    return {part.split("}")[0].strip() for part in text.split("{ #")[1:]}


def _fields(sheet: dict, where: str, decks: Mapping[str, Stapel]) -> list[dict]:
    """Validate a worksheet's fields; a field's `kaart` becomes its question's wording."""
    fields = []
    for number, field in enumerate(sheet["velden"], start=1):
        f_where = f"{where}, veld {number}"
        check_fields(field, FIELD_SCHEMA, f_where)
        vraag = ""
        if field.get("kaart"):
            vraag = kaart(decks, field["kaart"], f_where).tekst
        fields.append({**field, "groot": bool(field.get("groot")), "vraag": vraag})
    check_unique([f["id"] for f in fields], f"{where}, velden")
    return fields


def _parts(sheet: dict, key: str, where: str) -> list[dict]:
    """Validate levensfasen or huizen: a non-empty list of {id, titel}, unique ids."""
    parts = sheet[key]
    if not parts:
        raise DataFout(f"{where}: '{key}' is leeg. Zet er minstens één in.")
    for number, part in enumerate(parts, start=1):
        check_fields(part, PART_SCHEMA, f"{where}, {key} {number}")
    check_unique([p["id"] for p in parts], f"{where}, {key}")
    return parts


def load_werkbladen(root: Path, decks: Mapping[str, Stapel]) -> tuple[dict, ...]:
    """Read and validate data/family-finding-werkbladen.yml (questions looked up in the decks)."""
    data = load_yaml(root / FILE, FILE)
    check_fields(data, {"werkbladen": (list, True)}, FILE)
    anchors = _anchors(root)
    sheets = []
    for number, sheet in enumerate(data["werkbladen"], start=1):
        where = f"{FILE}, werkblad {number}" + (
            f" ('{sheet['id']}')" if isinstance(sheet, dict) and "id" in sheet else ""
        )
        check_fields(sheet, SHEET_SCHEMA, where)
        check_range(sheet, RANGES, where)
        if sheet["soort"] not in SOORTEN:
            raise DataFout(f"{where}: soort '{sheet['soort']}' is onbekend. Kies uit: {', '.join(SOORTEN)}.")
        for key in NEEDS[sheet["soort"]]:
            if sheet.get(key) in (None, "", []):
                raise DataFout(f"{where}: een werkblad van soort '{sheet['soort']}' heeft veld '{key}' nodig.")
        if sheet["bron"] not in anchors:
            raise DataFout(
                f"{where}: bron '{sheet['bron']}' is geen anker in {BIJLAGE}. Kies uit: {', '.join(sorted(anchors))}."
            )
        item = {**{key: None for key in SHEET_SCHEMA}, **sheet, "velden": _fields(sheet, where, decks)}
        if sheet.get("vragen"):
            item["vragen"] = [
                kaart(decks, str(card), f"{where}, vragen {n}").tekst for n, card in enumerate(sheet["vragen"], start=1)
            ]
        for key in ("levensfasen", "huizen"):
            if sheet.get(key) is not None:
                item[key] = _parts(sheet, key, where)
        for e_number, example in enumerate(sheet.get("voorbeelden") or [], start=1):
            check_fields(example, EXAMPLE_SCHEMA, f"{where}, voorbeeld {e_number}")
        sheets.append(item)
    check_unique([s["id"] for s in sheets], f"{FILE}, werkbladen")
    return tuple(sheets)


def json_schema() -> dict:
    """JSON Schema of data/family-finding-werkbladen.yml."""
    field = object_schema(FIELD_SCHEMA, "Een invulveld; 'kaart' neemt de vraag van die kaart over.")
    part = object_schema(PART_SCHEMA)
    sheet = object_schema(
        SHEET_SCHEMA,
        "Een werkblad.",
        **range_schema(RANGES),
        soort={"enum": list(SOORTEN)},
        velden=array_of(field),
        levensfasen=array_of(part, minItems=1),
        huizen=array_of(part, minItems=1),
        voorbeelden=array_of(object_schema(EXAMPLE_SCHEMA)),
        vragen=array_of({"type": "string"}),
    )
    return object_schema({"werkbladen": (list, True)}, "De Family Finding-werkbladen.", werkbladen=array_of(sheet))


def olievlek_plekken(count: int) -> list[dict[str, int]]:
    """Where the olievlek drawing puts each network person (x, y) around the family, and the
    direction (degrees) their own contacts fan out in; whole units keep the inline SVG small."""
    plekken = []
    for i in range(count):
        hoek = 2 * math.pi * i / count - math.pi / 2
        x, y = 400 + 250 * math.cos(hoek), 300 + 215 * math.sin(hoek)
        plekken.append({"x": round(x), "y": round(y), "richting": round(math.degrees(math.atan2(y - 300, x - 400)))})
    return plekken


def olievlek_contacten() -> list[tuple[int, int]]:
    """A person's own three contacts in the olievlek drawing, relative to that person, fanned out along +x."""
    return [(round(66 * math.cos(d)), round(66 * math.sin(d))) for d in (-0.72, 0, 0.72)]


def _context(model: Model) -> dict[str, Any]:
    """Everything the templates need."""
    sheets = model.werkbladen
    olievlek = next((s for s in sheets if s["soort"] == "olievlek"), None)
    return {
        "werkbladen": {s["id"]: s for s in sheets},
        "lijst": sheets,
        "pdf": PDF,
        "plekken": olievlek_plekken(olievlek["personen"]) if olievlek else [],
        "contacten": olievlek_contacten(),
        "gegevens": werkblad_gegevens(model),
    }


def pdf_jobs(model: Model) -> list[PdfJob]:
    """One PDF with every worksheet, each starting on a new A4 page."""
    return [
        PdfJob(PDF, "werkbladen/pdf.html", {**_context(model), "uitgave": model.uitgave}, ["assets/werkbladen/pdf.css"])
    ]


def bijlage(model: Model, werkblad_id: str, where: str) -> str:
    """Bijlage I's text of a tool whose wording lives in the worksheet data."""
    context = _context(model)
    if werkblad_id not in context["werkbladen"]:
        raise DataFout(f"{where}: onbekend werkblad '{werkblad_id}'. Bekend: {', '.join(context['werkbladen'])}.")
    return render(model.root, "werkbladen/bijlage.html", blad=context["werkbladen"][werkblad_id])


def pagina(model: Model) -> str:
    """The worksheet page: every worksheet, printable and fillable."""
    return render(model.root, "werkbladen/pagina.html", **_context(model))
