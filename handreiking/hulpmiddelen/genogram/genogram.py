"""Het genogram (werkmateriaal, 3.2.1): three or four generations of the family's own network
(handreikingKern.netwerk) with their relations and events, from data/genogram.yml; the page,
its legend, the blank PDF and the script's texts all render from that one file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from handreiking.druk.pdf import PdfJob
from handreiking.hulpmiddelen.basis import werkblad_gegevens
from handreiking.kern.gegevens import DataFout, array_of, check_fields, check_unique, load_yaml, object_schema
from handreiking.kern.sjablonen import render

if TYPE_CHECKING:
    from handreiking.kern.basismodel import Model

FILE = "data/genogram.yml"
PDF = "werkmateriaal/pdf/genogram.pdf"
# The ids of the file format, as handreiking/hulpmiddelen/basis/genogram.js keeps them (a test binds the two).
GESLACHTEN = ("m", "v", "x")
RELATIES = ("getrouwd", "samen", "uit-elkaar", "gescheiden", "biologisch", "pleeg", "adoptie", "breuk", "conflict")
GEBEURTENISSEN = ("geboorte", "overlijden", "verhuizing", "scheiding", "plaatsing")
SYMBOLEN = ("vierkant", "cirkel", "ruit")
# How each relation's line is drawn (SVG stroke attributes; the one source of the drawing and the
# legend's samples). Slashes (uit-elkaar 1, gescheiden 2), the brackets of adoption, the cut of a
# broken contact and the zigzag of a conflict are drawn on top of these, by the page and the legend.
LIJNEN = {
    "getrouwd": {"stroke-width": "2"},
    "samen": {"stroke-width": "2", "stroke-dasharray": "8 5"},
    "uit-elkaar": {"stroke-width": "2"},
    "gescheiden": {"stroke-width": "2"},
    "biologisch": {"stroke-width": "2"},
    "pleeg": {"stroke-width": "2.5", "stroke-dasharray": "1 5", "stroke-linecap": "round"},
    "adoptie": {"stroke-width": "2", "stroke-dasharray": "8 5"},
    "breuk": {"stroke-width": "2"},
    "conflict": {"stroke-width": "1.75"},
}
STREPEN = {"uit-elkaar": 1, "gescheiden": 2}
TOP = {
    "titel": (str, True),
    "bron": (str, True),
    "geslacht": (list, True),
    "relaties": (list, True),
    "gebeurtenissen": (list, True),
    "geen_geslacht": (str, True),
    "overleden": (str, True),
    "huishouden": (str, True),
    "toelichting": (list, True),
    "op_papier": (list, True),
}
LISTS = {  # key -> (item fields, the ids it must have exactly, what an item is)
    "geslacht": ({"id": (str, True), "naam": (str, True), "symbool": (str, True)}, GESLACHTEN, "geslacht"),
    "relaties": (
        {"id": (str, True), "naam": (str, True), "zin": (str, True), "teken": (str, True)},
        RELATIES,
        "relatie",
    ),
    "gebeurtenissen": ({"id": (str, True), "naam": (str, True)}, GEBEURTENISSEN, "gebeurtenis"),
}


@dataclass(frozen=True)
class Genogram:
    """The validated genogram texts: each list a tuple of dicts, in the file's order."""

    titel: str
    bron: str
    geslacht: tuple[dict[str, str], ...]
    relaties: tuple[dict[str, str], ...]
    gebeurtenissen: tuple[dict[str, str], ...]
    geen_geslacht: str
    overleden: str
    huishouden: str
    toelichting: tuple[str, ...]
    op_papier: tuple[str, ...]


def _een(tekst: str) -> str:
    """A text with its spaces made single."""
    return " ".join(tekst.split())


def _lijst(data: dict, key: str) -> tuple[dict[str, str], ...]:
    """One list: fields, unique ids, exactly the ids of the file format, known symbols, {a} and {b} in a sentence."""
    spec, ids, what = LISTS[key]
    items = []
    for number, item in enumerate(data[key], start=1):
        where = f"{FILE}, {key} {number}"
        check_fields(item, spec, where)
        if key == "geslacht" and item["symbool"] not in SYMBOLEN:
            raise DataFout(f"{where}: symbool '{item['symbool']}' is onbekend. Kies uit: {', '.join(SYMBOLEN)}.")
        if key == "relaties" and not ("{a}" in item["zin"] and "{b}" in item["zin"]):
            raise DataFout(f"{where}: de zin moet {{a}} en {{b}} bevatten (daar komen de twee namen).")
        items.append({k: _een(str(v)) for k, v in item.items()})
    check_unique([i["id"] for i in items], f"{FILE}, {key}")
    found = tuple(i["id"] for i in items)
    if set(found) != set(ids):
        missing, extra = sorted(set(ids) - set(found)), sorted(set(found) - set(ids))
        raise DataFout(
            f"{FILE}, {key}: elke {what} van het genogram hoort er één keer in ({', '.join(ids)})."
            + (f" Er ontbreekt: {', '.join(missing)}." if missing else "")
            + (f" Onbekend: {', '.join(extra)}." if extra else "")
        )
    return tuple(items)


def _zinnen(data: dict, key: str) -> tuple[str, ...]:
    """A list of sentences, none empty."""
    for number, line in enumerate(data[key], start=1):
        if not isinstance(line, str) or not line.strip():
            raise DataFout(
                f"{FILE}, {key} {number}: verwacht een zin (tekst), maar vond {line!r}. Schrijf er een zin van of verwijder de regel."
            )
    return tuple(_een(line) for line in data[key])


def load(root: Path) -> Genogram:
    """Read and check data/genogram.yml."""
    data = load_yaml(root / FILE, FILE)
    check_fields(data, TOP, FILE)
    return Genogram(
        titel=_een(data["titel"]),
        bron=_een(data["bron"]),
        geen_geslacht=_een(data["geen_geslacht"]),
        overleden=_een(data["overleden"]),
        huishouden=_een(data["huishouden"]),
        toelichting=_zinnen(data, "toelichting"),
        op_papier=_zinnen(data, "op_papier"),
        **{key: _lijst(data, key) for key in LISTS},
    )


def json_schema() -> dict:
    """JSON Schema of data/genogram.yml."""
    lists = {
        key: array_of(object_schema(spec, f"Een {what}.", id={"enum": list(ids)}), minItems=len(ids), maxItems=len(ids))
        for key, (spec, ids, what) in LISTS.items()
    }
    lists["geslacht"]["items"]["properties"]["symbool"]["enum"] = list(SYMBOLEN)
    return object_schema(
        TOP,
        "Het genogram: geslachten, relaties en gebeurtenissen met hun namen, zinnen en tekens; de toelichting en het gebruik op papier.",
        toelichting=array_of({"type": "string", "pattern": r"\S"}, minItems=1),
        op_papier=array_of({"type": "string", "pattern": r"\S"}, minItems=1),
        **lists,
    )


def _context(model: Model) -> dict[str, Any]:
    """Everything the templates need; the script gets the texts and line styles as build data."""
    g = model.genogram
    script = {
        "geslacht": {x["id"]: {"naam": x["naam"], "symbool": x["symbool"]} for x in g.geslacht},
        "geenGeslacht": g.geen_geslacht,
        "relaties": [{k: r[k] for k in ("id", "naam", "zin")} for r in g.relaties],
        "gebeurtenissen": [dict(e) for e in g.gebeurtenissen],
        "lijnen": LIJNEN,
        "strepen": STREPEN,
    }
    return {
        "g": g,
        "pdf": PDF,
        "lijnen": LIJNEN,
        "strepen": STREPEN,
        "gegevens": werkblad_gegevens(model, genogram=script),
    }


def pagina(model: Model) -> str:
    """The genogram page: the editor (with JavaScript), the drawing, the genogram in words, the legend."""
    return render(model.root, "genogram/pagina.html", **_context(model))


def pdf_jobs(model: Model) -> list[PdfJob]:
    """The blank genogram on one A4 landscape page: rows for four generations, the legend, how to use it."""
    return [
        PdfJob(PDF, "genogram/pdf.html", {**_context(model), "uitgave": model.uitgave}, ["assets/genogram/pdf.css"])
    ]
