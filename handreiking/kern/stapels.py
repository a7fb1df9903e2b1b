"""Question-card decks (stapels) from data/vraagkaarten/*.yml: loading and validation.

One YAML file per deck; the file name is the deck id. Every question's wording lives only
here: chapters, card pages, PDFs and the flowchart all render from these objects."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from handreiking.kern.gegevens import DataFout, array_of, check_fields, check_unique, load_yaml, object_schema

FOLDER = "data/vraagkaarten"
PATTERNS = ("strepen", "stippen", "ruit", "golven", "blokken", "kruisjes", "cirkels", "zigzag")

DECK_SCHEMA = {
    "id": (str, True),
    "titel": (str, True),
    "omschrijving": (str, True),
    "bron": (dict, True),
    "kleur": (str, True),
    "patroon": (str, True),
    "groepen": (list, True),
}
SOURCE_SCHEMA = {"pagina": (str, True), "anker": (str, False), "label": (str, True)}
# A group may name itself (id: a chapter renders one group's list) and its own heading (anker).
GROUP_SCHEMA = {"id": (str, False), "titel": (str, False), "anker": (str, False), "kaarten": (list, True)}
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
CARD_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
CARD_SCHEMA = {"id": (str, True), "tekst": (str, True), "titel": (str, False), "toelichting": (str, False)}


@dataclass(frozen=True)
class Kaart:
    """One card: a question (or a step) with a stable id."""

    id: str
    tekst: str
    stapel: str
    titel: str = ""
    toelichting: str = ""


@dataclass(frozen=True)
class Groep:
    """A group of cards within a deck (Bijlage II keeps the source's groups)."""

    titel: str
    kaarten: tuple[Kaart, ...]
    id: str = ""
    anker: str = ""


@dataclass(frozen=True)
class Stapel:
    """A deck: its cards in groups, where it comes from, and how its backs look."""

    id: str
    titel: str
    omschrijving: str
    bron_pagina: str
    bron_anker: str
    bron_label: str
    kleur: str
    patroon: str
    groepen: tuple[Groep, ...] = field(default_factory=tuple)

    @property
    def kaarten(self) -> list[Kaart]:
        """All cards of the deck, in order."""
        return [kaart for groep in self.groepen for kaart in groep.kaarten]


def _parse_deck(path: Path, root: Path) -> Stapel:
    """Validate one deck file and build its Stapel."""
    name = path.relative_to(root).as_posix()
    data = load_yaml(path, name)
    check_fields(data, DECK_SCHEMA, name)
    if data["id"] != path.stem:
        raise DataFout(
            f"{name}: id '{data['id']}' moet gelijk zijn aan de bestandsnaam '{path.stem}'. Hernoem het bestand of de id."
        )
    check_fields(data["bron"], SOURCE_SCHEMA, f"{name}, bron")
    if not (root / "docs" / data["bron"]["pagina"]).is_file():
        raise DataFout(
            f"{name}, bron: pagina '{data['bron']['pagina']}' bestaat niet onder docs/. Verwijs naar een bestaande pagina."
        )
    if not COLOUR.match(data["kleur"]):
        raise DataFout(
            f"{name}: kleur '{data['kleur']}' is geen kleurcode. Schrijf hem als #rrggbb, bijvoorbeeld \"#2e6b30\"."
        )
    if data["patroon"] not in PATTERNS:
        raise DataFout(f"{name}: patroon '{data['patroon']}' is onbekend. Kies uit: {', '.join(PATTERNS)}.")
    groups = []
    for g_index, group in enumerate(data["groepen"], start=1):
        check_fields(group, GROUP_SCHEMA, f"{name}, groep {g_index}")
        cards = []
        for c_index, card in enumerate(group["kaarten"], start=1):
            where = f"{name}, groep {g_index}, kaart {c_index}" + (
                f" ('{card['id']}')" if isinstance(card, dict) and "id" in card else ""
            )
            check_fields(card, CARD_SCHEMA, where)
            if not CARD_ID.match(card["id"]):
                raise DataFout(
                    f"{where}: id '{card['id']}' mag alleen kleine letters, cijfers en streepjes bevatten (het staat in links en bewaarde selecties)."
                )
            first = next((char for char in card["tekst"] if char.isalpha()), "")
            if first.islower():
                fixed = card["tekst"].replace(first, first.upper(), 1)
                raise DataFout(
                    f"{where}: de tekst begint met een kleine letter ('{card['tekst'][:40]}'). "
                    f"Een kaart begint met een hoofdletter: schrijf '{fixed[:40]}'."
                )
            cards.append(Kaart(stapel=data["id"], **{k: card[k] for k in card}))
        if not cards:
            raise DataFout(f"{name}, groep {g_index}: geen kaarten. Voeg kaarten toe of verwijder de groep.")
        groups.append(
            Groep(
                titel=group.get("titel") or "",
                kaarten=tuple(cards),
                id=group.get("id") or "",
                anker=group.get("anker") or "",
            )
        )
    check_unique([g.id for g in groups if g.id], f"{name} (groep-ids)")
    source = data["bron"]
    return Stapel(
        id=data["id"],
        titel=data["titel"],
        omschrijving=data["omschrijving"],
        bron_pagina=source["pagina"],
        bron_anker=source.get("anker") or "",
        bron_label=source["label"],
        kleur=data["kleur"],
        patroon=data["patroon"],
        groepen=tuple(groups),
    )


def load_stapels(root: Path) -> dict[str, Stapel]:
    """All decks, keyed by id, in the order of data/vraagkaarten/volgorde.yml; card ids unique."""
    order_file = root / FOLDER / "volgorde.yml"
    order = load_yaml(order_file, f"{FOLDER}/volgorde.yml")
    check_fields(order, {"stapels": (list, True)}, f"{FOLDER}/volgorde.yml")
    decks: dict[str, Stapel] = {}
    for deck_id in order["stapels"]:
        path = root / FOLDER / f"{deck_id}.yml"
        if not path.is_file():
            raise DataFout(f"{FOLDER}/volgorde.yml noemt stapel '{deck_id}', maar {FOLDER}/{deck_id}.yml bestaat niet.")
        decks[deck_id] = _parse_deck(path, root)
    for path in sorted((root / FOLDER).glob("*.yml")):
        if path.name != "volgorde.yml" and path.stem not in decks:
            raise DataFout(
                f"{path.relative_to(root).as_posix()}: deze stapel staat niet in {FOLDER}/volgorde.yml. Voeg '{path.stem}' daar toe."
            )
    check_unique(
        [kaart.id for deck in decks.values() for kaart in deck.kaarten], f"{FOLDER} (kaart-ids over alle stapels)"
    )
    check_unique(
        [deck.patroon for deck in decks.values()],
        f"{FOLDER} (patronen: elke stapel een eigen patroon op de achterkant)",
    )
    return decks


def stapel(decks: dict[str, Stapel], deck_id: str, where: str) -> Stapel:
    """Look up a deck by id, or stop the build naming the unknown reference and where it stood."""
    if deck_id not in decks:
        raise DataFout(f"{where}: onbekende stapel '{deck_id}'. Bekende stapels: {', '.join(decks)}.")
    return decks[deck_id]


def kaart(decks: dict[str, Stapel], card_id: str, where: str) -> Kaart:
    """Look up a card by id across all decks, or stop the build naming the unknown reference."""
    for deck in decks.values():
        for card in deck.kaarten:
            if card.id == card_id:
                return card
    raise DataFout(f"{where}: onbekende kaart '{card_id}'. Controleer de id in {FOLDER}/.")


def deck_json_schema() -> dict:
    """JSON Schema of one deck file (data/vraagkaarten/<id>.yml), from the same specs."""
    card = object_schema(CARD_SCHEMA, "Een kaart: een vraag met een vaste id.", id={"pattern": CARD_ID.pattern})
    group = object_schema(GROUP_SCHEMA, "Een groep kaarten.", kaarten=array_of(card, minItems=1))
    return object_schema(
        DECK_SCHEMA,
        "Een stapel vraagkaarten; de bestandsnaam is de id.",
        bron=object_schema(SOURCE_SCHEMA),
        groepen=array_of(group),
        kleur={"pattern": COLOUR.pattern},
        patroon={"enum": list(PATTERNS)},
    )


def order_json_schema() -> dict:
    """JSON Schema of data/vraagkaarten/volgorde.yml."""
    return object_schema(
        {"stapels": (list, True)}, "De volgorde van de stapels.", stapels=array_of({"type": "string"}, uniqueItems=True)
    )
