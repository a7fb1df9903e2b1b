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
from handreiking.hulpmiddelen.netwerkkaart import b1
from handreiking.hulpmiddelen.netwerkkaart import netwerktekening as tekening
from handreiking.kern.gegevens import DataFout, array_of, check_fields, check_unique, load_yaml, object_schema
from handreiking.kern.sjablonen import render
from handreiking.kern.stapels import Stapel, kaart

if TYPE_CHECKING:
    from handreiking.kern.basismodel import Model

FILE = "data/netwerkkaart.yml"
PDF = "werkmateriaal/pdf/netwerkkaart.pdf"
# Line styles the map can draw (never colour alone): SVG stroke attributes; "onderbroken" also
# gets two short bars across it. The one source of the map's lines and the legend's samples.
LIJNEN = {
    "dik": {"stroke-width": "4.5"},
    "dun": {"stroke-width": "2"},
    "streep": {"stroke-width": "2", "stroke-dasharray": "10 6"},
    "stip": {"stroke-width": "2.5", "stroke-dasharray": "1 5", "stroke-linecap": "round"},
    "onderbroken": {"stroke-width": "1.5"},
}
LIJNNAMEN = {  # each style in words (the legend's Toelichting)
    "dik": "een dikke lijn",
    "dun": "een dunne lijn",
    "streep": "een streepjeslijn",
    "stip": "een stippellijn",
    "onderbroken": "een lijn met twee streepjes erdoor",
}
# What a style means in the usual ecogram convention (Hartman 1978, 1995): the id of the contact it
# stands for. A dotted or a thin line has no meaning of its own there.
ECOGRAM = {"dik": "sterk", "streep": "zwak", "onderbroken": "verbroken"}
# A contact the family experiences as a burden (beleving with `belastend: ja`): the ecogram's
# stressful line, short bars across the contact's line: a second, wide stroke of short dashes
# over the same path.
ARCERING = {"stroke-width": "12", "stroke-dasharray": "1.5 7"}
BELASTEND = ("ja", "deels")  # beleving's `belastend`: a burden, or partly
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
    "voor_het_gezin": (dict, True),
}
# The print for the family: its button and choices on the page, and the sheet's sentences (B1).
GEZIN_SCHEMA = {
    "kop": (str, True),
    "knop": (str, True),
    "uitleg": (str, True),
    "keuzes": (str, True),
    "zonder_belastend": (str, True),
    "zonder_belastend_uitleg": (str, True),
    "zonder_notities": (str, True),
    "titel": (str, True),
    "inleiding": (list, True),
    "datum": (str, True),
    "vroeger": (str, True),
    "meedenken": (str, True),
    "notitie": (str, True),
    "zonder_gebied": (str, True),
    "steunt": (str, True),
    "niemand": (str, True),
    "slot": (str, True),
}
LISTS = {  # list key -> (its item's fields, what the item is, in Dutch)
    "levensgebieden": ({"id": (str, True), "naam": (str, True)}, "levensgebied"),
    "biedt": (
        {"id": (str, True), "kaart": (str, True), "letter": (str, True), "gezin": (str, True)},
        "wat iemand biedt",
    ),
    "contact": ({"id": (str, True), "naam": (str, True), "lijn": (str, True), "gezin": (str, True)}, "soort contact"),
    "beleving": (
        {"id": (str, True), "naam": (str, True), "teken": (str, True), "belastend": (str, False), "gezin": (str, True)},
        "beleving",
    ),
}
# The texts of voor_het_gezin that stand on the sheet (the rest is for the professional, on the page).
OP_HET_BLAD = ("titel", "inleiding", "vroeger", "meedenken", "notitie", "zonder_gebied", "steunt", "niemand", "slot")
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
    voor_het_gezin: dict[str, Any]


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
        if key == "beleving" and item.get("belastend", "ja") not in BELASTEND:
            raise DataFout(
                f"{where}: belastend '{item['belastend']}' is onbekend. Kies 'ja' (een last), 'deels' (soms een last) of laat het veld weg."
            )
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


def _voor_het_gezin(block: dict) -> dict[str, Any]:
    """Validate the block of the print for the family; texts with their spaces made single."""
    where = f"{FILE}, voor_het_gezin"
    check_fields(block, GEZIN_SCHEMA, where)
    for number, line in enumerate(block["inleiding"], start=1):
        if not isinstance(line, str) or not line.strip():
            raise DataFout(
                f"{where}, inleiding {number}: verwacht een zin (tekst), maar vond {line!r}. Schrijf er een zin van of verwijder de regel."
            )
    return {
        key: [" ".join(line.split()) for line in value] if isinstance(value, list) else " ".join(value.split())
        for key, value in block.items()
    }


def toelichting(kaart: Netwerkkaart) -> tuple[str, ...]:
    """The legend's 'Toelichting bij deze website', from the data: which choices are this site's,
    which line styles follow the usual ecogram convention (ECOGRAM) and which do not."""

    def names(items: tuple[dict[str, str], ...]) -> str:
        words = [i["naam"].lower() for i in items]
        return ", ".join(words[:-1]) + " en " + words[-1] if len(words) > 1 else words[0]

    zinnen = [
        f"De levensgebieden ({names(kaart.levensgebieden)}), de soorten contact ({names(kaart.contact)}), "
        "de letters en de tekens kiest deze website; ze staan niet in de handreiking. Wat iemand biedt, "
        "komt uit 3.1.4."
    ]
    volgt = [
        f"{LIJNNAMEN[c['lijn']]} voor {c['naam'].lower()} contact"
        for c in kaart.contact
        if ECOGRAM.get(c["lijn"]) == c["id"]
    ]
    volgt += [
        f"korte streepjes dwars over de lijn voor {b['naam'].lower()} contact"
        for b in kaart.beleving
        if b.get("belastend") == "ja"
    ]
    if volgt:
        opsomming = ", ".join(volgt[:-1]) + " en " + volgt[-1] if len(volgt) > 1 else volgt[0]
        zinnen.append(f"De lijnen volgen de gebruikelijke tekenwijze van een ecogram (Hartman, 1978): {opsomming}.")
    for c in kaart.contact:
        if ECOGRAM.get(c["lijn"]) != c["id"]:
            naam, lijn = c["naam"].lower(), LIJNNAMEN[c["lijn"]]
            zinnen.append(
                f"Deze website tekent {naam} contact als {lijn}; in een ecogram betekent die lijn {ECOGRAM[c['lijn']]} contact."
                if c["lijn"] in ECOGRAM
                else f"Voor {naam} contact heeft een ecogram geen eigen lijn; deze website tekent {lijn}."
            )
    return tuple(zinnen)


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
    kaart = Netwerkkaart(
        voor_het_gezin=_voor_het_gezin(data["voor_het_gezin"]),
        titel=data["titel"].strip(),
        midden=data["midden"].strip(),
        inleiding=" ".join(data["inleiding"].split()),
        vroeger=" ".join(data["vroeger"].split()),
        meedenken=" ".join(data["meedenken"].split()),
        op_papier=tuple(" ".join(line.split()) for line in data["op_papier"]),
        **lists,
    )
    _check_b1(kaart)
    return kaart


def gezin_teksten(kaart: Netwerkkaart) -> list[tuple[str, str]]:
    """Every text of the sheet for the family, with where it is in the file: the sentences of
    voor_het_gezin that stand on it and each choice's `gezin`."""
    found = []
    for key in OP_HET_BLAD:
        value = kaart.voor_het_gezin[key]
        lines = value if isinstance(value, list) else [value]
        found += [
            (f"voor_het_gezin, {key}" + (f" {n}" if isinstance(value, list) else ""), line)
            for n, line in enumerate(lines, start=1)
        ]
    for key in ("biedt", "contact", "beleving"):
        found += [
            (f"{key} {n} ('{item['id']}'), gezin", item["gezin"]) for n, item in enumerate(getattr(kaart, key), start=1)
        ]
    return found


def codes(kaart: Netwerkkaart) -> set[str]:
    """The map's letters and signs, which the sheet for the family never shows."""
    return {b["letter"] for b in kaart.biedt} | {b["teken"] for b in kaart.beleving} | {"M"}


def _check_b1(kaart: Netwerkkaart) -> None:
    """The sheet for the family is in plain Dutch (b1.py): else a Dutch message with the place."""
    teksten = gezin_teksten(kaart)
    for where, tekst in teksten:
        if found := b1.problemen([tekst], codes(kaart), gemiddeld=False):
            raise DataFout(f"{FILE}, {where}: {found[0]}. Het blad voor het gezin is in gewone taal (taalniveau B1).")
    if found := b1.problemen([tekst for _, tekst in teksten], codes(kaart)):
        raise DataFout(
            f"{FILE}, voor_het_gezin: {found[0]}. Maak zinnen korter: het blad voor het gezin is in gewone taal (taalniveau B1)."
        )


def json_schema() -> dict:
    """JSON Schema of data/netwerkkaart.yml."""
    pattern = {"pattern": ID_PATTERN.pattern}
    refine = {
        "contact": {"lijn": {"enum": list(LIJNEN)}},
        "biedt": {"letter": {"pattern": "^[A-LN-Z]$"}},
        "beleving": {"teken": {"minLength": 1, "maxLength": 1}, "belastend": {"enum": list(BELASTEND)}},
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
        voor_het_gezin=object_schema(
            GEZIN_SCHEMA,
            "Het blad voor het gezin: de knop en keuzes op de pagina, en de zinnen op het blad (taalniveau B1).",
            inleiding=array_of({"type": "string", "pattern": r"\S"}, minItems=1),
        ),
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
        "contact": [{k: c[k] for k in ("id", "naam", "lijn", "gezin")} for c in kaart.contact],
        "beleving": [{k: b.get(k, "") for k in ("id", "naam", "teken", "belastend", "gezin")} for b in kaart.beleving],
        "gezin": {"biedt": {b["id"]: b["gezin"] for b in kaart.biedt}, **kaart.voor_het_gezin},
        "arcering": ARCERING,
        "midden": kaart.midden,
        "doos": tekening.BOX,
        "maat": [tekening.WIDTH, tekening.HEIGHT],
        "lijnen": LIJNEN,
        "lijnnamen": LIJNNAMEN,
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
        "lijnnamen": LIJNNAMEN,
        "arcering": ARCERING,
        "toelichting": toelichting(kaart),
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
