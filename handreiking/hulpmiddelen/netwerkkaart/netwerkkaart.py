"""De netwerkkaart (werkmateriaal): an ecogram of the family's network with what each contact
means, from data/netwerkkaart.yml; the page, its blank PDF and the build data of the shared
network script (assets/kern/netwerk.js) that the circles, the olievlek and this map share."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from handreiking.druk.pdf import PdfJob
from handreiking.hulpmiddelen.basis import werkblad_gegevens
from handreiking.hulpmiddelen.netwerkkaart import netwerktekening as tekening
from handreiking.kern.gegevens import DataFout, array_of, check_fields, check_unique, load_yaml, object_schema
from handreiking.kern.sjablonen import render
from handreiking.kern.stapels import Stapel, kaart

if TYPE_CHECKING:
    from handreiking.kern.basismodel import Model

FILE = "data/netwerkkaart.yml"
PDF = "werkmateriaal/pdf/netwerkkaart.pdf"
# Line styles the map can draw (never colour alone): SVG stroke attributes; "onderbroken" also
# gets two short bars across its middle.
LIJNEN = {
    "dik": {"stroke-width": "4"},
    "streep": {"stroke-width": "2", "stroke-dasharray": "10 6"},
    "stip": {"stroke-width": "2.5", "stroke-dasharray": "1 5", "stroke-linecap": "round"},
    "onderbroken": {"stroke-width": "1.5"},
}
ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
TOP_SCHEMA = {
    "titel": (str, True),
    "midden": (str, True),
    "inleiding": (str, True),
    "levensgebieden": (list, True),
    "biedt": (list, True),
    "contact": (list, True),
    "beleving": (list, True),
    "vroeger": (str, True),
    "meedenken": (str, True),
    "op_papier": (list, True),
}
LISTS = {  # list key -> (its item's fields, what the item is, in Dutch)
    "levensgebieden": ({"id": (str, True), "naam": (str, True)}, "levensgebied"),
    "biedt": ({"id": (str, True), "kaart": (str, True), "letter": (str, True)}, "wat iemand biedt"),
    "contact": ({"id": (str, True), "naam": (str, True), "lijn": (str, True)}, "soort contact"),
    "beleving": ({"id": (str, True), "naam": (str, True), "teken": (str, True)}, "beleving"),
}
MAX_GEBIEDEN = 9  # more wedges leave no room for a name


@dataclass(frozen=True)
class Netwerkkaart:
    """The validated map data: texts and the choices per person, each a tuple of dicts."""

    titel: str
    midden: str
    inleiding: str
    levensgebieden: tuple[dict[str, str], ...]
    biedt: tuple[dict[str, str], ...]
    contact: tuple[dict[str, str], ...]
    beleving: tuple[dict[str, str], ...]
    vroeger: str
    meedenken: str
    op_papier: tuple[str, ...]


def _items(data: dict, key: str, decks: Mapping[str, Stapel]) -> tuple[dict[str, str], ...]:
    """Validate one list of choices: fields, id pattern, unique ids; texts stripped; what a
    person offers takes its name and explanation from its card (3.1.4)."""
    spec, what = LISTS[key]
    if not data[key]:
        raise DataFout(f"{FILE}: '{key}' is leeg. Zet er minstens één {what} in.")
    items = []
    for number, item in enumerate(data[key], start=1):
        where = f"{FILE}, {key} {number}" + (f" ('{item['id']}')" if isinstance(item, dict) and "id" in item else "")
        check_fields(item, spec, where)
        if not ID_PATTERN.match(item["id"]):
            raise DataFout(
                f"{where}: id '{item['id']}' mag alleen kleine letters, cijfers en streepjes bevatten. Kies een id als 'school-werk'."
            )
        if key == "contact" and item["lijn"] not in LIJNEN:
            raise DataFout(f"{where}: lijn '{item['lijn']}' is onbekend. Kies uit: {', '.join(LIJNEN)}.")
        if key == "biedt" and not re.fullmatch(r"[A-LN-Z]", item["letter"]):
            raise DataFout(
                f"{where}: letter '{item['letter']}' moet één hoofdletter zijn, maar niet M (die betekent ‘kan meedenken’). Kies bijvoorbeeld 'E'."
            )
        if key == "beleving" and len(item["teken"]) != 1:
            raise DataFout(f"{where}: teken '{item['teken']}' moet één teken zijn, bijvoorbeeld '+'.")
        item = {k: " ".join(str(v).split()) for k, v in item.items()}
        if key == "biedt":
            card = kaart(decks, item["kaart"], where)
            item.update(
                naam=card.titel or card.tekst, uitleg=card.tekst[:1].lower() + card.tekst[1:] if card.titel else ""
            )
        items.append(item)
    check_unique([i["id"] for i in items], f"{FILE}, {key}")
    for field in ("letter", "teken", "lijn"):
        if field in spec:
            check_unique([i[field] for i in items], f"{FILE}, {key} (veld '{field}')")
    return tuple(items)


def load_netwerkkaart(root: Path, decks: Mapping[str, Stapel]) -> Netwerkkaart:
    """Read and validate data/netwerkkaart.yml (what a person offers looked up in the decks)."""
    data = load_yaml(root / FILE, FILE)
    check_fields(data, TOP_SCHEMA, FILE)
    lists = {key: _items(data, key, decks) for key in LISTS}
    if len(lists["levensgebieden"]) > MAX_GEBIEDEN:
        count = len(lists["levensgebieden"])
        raise DataFout(
            f"{FILE}: 'levensgebieden' heeft er {count}; op de kaart passen er hoogstens {MAX_GEBIEDEN}. Voeg levensgebieden samen."
        )
    for number, line in enumerate(data["op_papier"], start=1):
        if not isinstance(line, str) or not line.strip():
            raise DataFout(
                f"{FILE}, op_papier {number}: verwacht een zin (tekst), maar vond {line!r}. Schrijf er een zin van of verwijder de regel."
            )
    return Netwerkkaart(
        titel=data["titel"].strip(),
        midden=data["midden"].strip(),
        inleiding=" ".join(data["inleiding"].split()),
        vroeger=" ".join(data["vroeger"].split()),
        meedenken=" ".join(data["meedenken"].split()),
        op_papier=tuple(" ".join(line.split()) for line in data["op_papier"]),
        **lists,
    )


def json_schema() -> dict:
    """JSON Schema of data/netwerkkaart.yml."""
    pattern = {"pattern": ID_PATTERN.pattern}
    refine = {
        "contact": {"lijn": {"enum": list(LIJNEN)}},
        "biedt": {"letter": {"pattern": "^[A-LN-Z]$"}},
        "beleving": {"teken": {"minLength": 1, "maxLength": 1}},
    }
    lists = {
        key: array_of(object_schema(spec, f"Een {what}.", id=pattern, **refine.get(key, {})), minItems=1)
        for key, (spec, what) in LISTS.items()
    }
    lists["levensgebieden"]["maxItems"] = MAX_GEBIEDEN
    return object_schema(
        TOP_SCHEMA,
        "De netwerkkaart: levensgebieden, wat contact biedt, soorten contact en beleving.",
        op_papier=array_of({"type": "string", "pattern": r"\S"}),
        **lists,
    )


def vakken(kaart: Netwerkkaart) -> tuple[tekening.Vak, ...]:
    """The wedges of the map, one per life area."""
    return tekening.vakken(tuple(g["naam"] for g in kaart.levensgebieden))


def _context(model: Model) -> dict[str, Any]:
    """Everything the templates need."""
    kaart = model.netwerkkaart
    vakken_ = vakken(kaart)
    script = {
        "gebieden": [
            {"id": g["id"], "naam": g["naam"], "plekken": v.plekken}
            for g, v in zip(kaart.levensgebieden, vakken_, strict=True)
        ],
        "biedt": [{k: b[k] for k in ("id", "naam", "letter")} for b in kaart.biedt],
        "contact": [{k: c[k] for k in ("id", "naam", "lijn")} for c in kaart.contact],
        "beleving": [{k: b[k] for k in ("id", "naam", "teken")} for b in kaart.beleving],
        "midden": kaart.midden,
        "doos": tekening.BOX,
        "maat": [tekening.WIDTH, tekening.HEIGHT],
        "lijnen": LIJNEN,
    }
    return {
        "kaart": kaart,
        "vakken": list(zip(kaart.levensgebieden, vakken_, strict=True)),
        "pdf": PDF,
        "breedte": tekening.WIDTH,
        "hoogte": tekening.HEIGHT,
        "cx": tekening.CX,
        "cy": tekening.CY,
        "gezin": tekening.FAMILY,
        "gegevens": werkblad_gegevens(model, netwerkkaart=script),
        "lijnen": LIJNEN,
    }


def pagina(model: Model) -> str:
    """The netwerkkaart page: blank map, legend and how to use it on paper; fillable with JavaScript."""
    return render(model.root, "netwerkkaart/pagina.html", **_context(model))


def pdf_jobs(model: Model) -> list[PdfJob]:
    """The blank map on one A4 landscape page, with its legend and how to use it."""
    return [
        PdfJob(
            PDF, "netwerkkaart/pdf.html", {**_context(model), "uitgave": model.uitgave}, ["assets/netwerkkaart/pdf.css"]
        )
    ]
