"""The flowchart of 3.1.6 (vraag ‘Wie?’ – reactie – vervolg) from data/stroomschema.yml.

The follow-up questions are cards of the deck `vervolgvragen`; section links take their text
from the chapters' headings. Validation stops the build with a Dutch message naming the entry."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
from handreiking.kern.hoofdstukken import Kop, kop
from handreiking.kern.sjablonen import render
from handreiking.kern.stapels import Kaart, Stapel, kaart, stapel

if TYPE_CHECKING:
    from handreiking.kern.basismodel import Model

FILE = "data/stroomschema.yml"
SCHEMA = {
    "titel": (str, True),
    "bron": (str, True),
    "leeswijzer": (str, True),
    "groepen": (list, True),
    "pijlen": (list, True),
}
GROUP_SCHEMA = {"titel": (str, True), "keuze": (bool, False), "knopen": (list, True)}
NODE_SCHEMA = {
    "id": (str, True),
    "label": (str, True),
    "uitspraken": (list, False),
    "vragen": (list, False),
    "plek": (dict, True),
    "verder": (list, False),
    "stapels": (list, False),
}
PLACE_RANGES = {"kolom": (1, 12), "rij": (1, 40), "kolommen": (1, 6), "rijen": (1, 10)}  # the grid a printed A4 holds
PLACE_SCHEMA = {"kolom": (int, True), "rij": (int, True), "kolommen": (int, False), "rijen": (int, False)}
LINK_SCHEMA = {"pagina": (str, True), "anker": (str, False)}
ARROW_SCHEMA = {"van": (str, True), "naar": (str, True), "label": (str, False), "gestippeld": (bool, False)}


@dataclass
class Knoop:
    """One box of the chart: a question, a reaction or a follow-up, with its place in the grid."""

    id: str
    label: str
    groep: str
    kolom: int
    rij: int
    kolommen: int = 1
    rijen: int = 1
    keuze: bool = False
    uitspraken: list[str] = field(default_factory=list)
    vragen: list[Kaart] = field(default_factory=list)
    verder: list[Kop] = field(default_factory=list)
    stapels: list[Stapel] = field(default_factory=list)  # card decks that help on this path
    paden: list[str] = field(default_factory=list)  # ids of the reactions whose path passes here


@dataclass
class Pijl:
    """An arrow between two boxes; `gestippeld` when the text says it only may happen."""

    van: Knoop
    naar: Knoop
    label: str = ""
    gestippeld: bool = False
    paden: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        """Stable id of the arrow."""
        return f"{self.van.id}--{self.naar.id}"


@dataclass
class Schema:
    """The whole chart: boxes grouped in columns, arrows, and how to read it."""

    titel: str
    bron: str
    leeswijzer: str
    groepen: list[tuple[str, list[Knoop]]]
    pijlen: list[Pijl]

    @property
    def knopen(self) -> list[Knoop]:
        """All boxes in reading order."""
        return [node for _, nodes in self.groepen for node in nodes]

    @property
    def reacties(self) -> list[Knoop]:
        """The reactions a user can choose (boxes of the group marked `keuze`)."""
        return [node for node in self.knopen if node.keuze]


def _node(raw: Any, group: dict, decks: Mapping[str, Stapel], root: Path, where: str) -> Knoop:
    """Validate one box and build it (cards and section headings looked up)."""
    check_fields(raw, NODE_SCHEMA, where)
    check_fields(raw["plek"], PLACE_SCHEMA, f"{where}, plek")
    place = {"kolommen": 1, "rijen": 1, **raw["plek"]}
    if min(place.values()) < 1:
        raise DataFout(f"{where}, plek: kolom, rij, kolommen en rijen moeten 1 of meer zijn, maar zijn {place}.")
    check_range(place, PLACE_RANGES, f"{where}, plek")
    links = []
    for index, link in enumerate(raw.get("verder") or [], start=1):
        check_fields(link, LINK_SCHEMA, f"{where}, verder {index}")
        links.append(kop(root, link["pagina"], link.get("anker") or "", f"{where}, verder {index}"))
    return Knoop(
        id=raw["id"],
        label=raw["label"],
        groep=group["titel"],
        keuze=bool(group.get("keuze")),
        uitspraken=[str(u) for u in raw.get("uitspraken") or []],
        vragen=[kaart(decks, card_id, f"{where}, vragen") for card_id in raw.get("vragen") or []],
        verder=links,
        stapels=[stapel(decks, deck_id, f"{where}, stapels") for deck_id in raw.get("stapels") or []],
        **place,
    )


def _check_drawable(arrow: Pijl, where: str) -> None:
    """An arrow goes to the next column, or to the box right above or below: else stop the build."""
    a, b = arrow.van, arrow.naar
    if b.kolom == a.kolom + a.kolommen and b.rij < a.rij + a.rijen and a.rij < b.rij + b.rijen:
        return
    columns_meet = b.kolom < a.kolom + a.kolommen and a.kolom < b.kolom + b.kolommen
    if columns_meet and (b.rij + b.rijen == a.rij or a.rij + a.rijen == b.rij):
        return
    raise DataFout(
        f"{where}: '{a.id}' en '{b.id}' staan niet naast of boven elkaar, dus deze pijl kan niet "
        "getekend worden. Pas de 'plek' van een van beide knopen aan."
    )


def _mark_paths(schema: Schema) -> None:
    """For each reaction: mark the boxes and arrows on its path (everything before and after it)."""
    for reaction in schema.reacties:
        before, after = {reaction.id}, {reaction.id}
        for seen, forward in ((before, False), (after, True)):
            changed = True
            while changed:
                changed = False
                for arrow in schema.pijlen:
                    src, dst = (arrow.van, arrow.naar) if forward else (arrow.naar, arrow.van)
                    if src.id in seen and dst.id not in seen:
                        seen.add(dst.id)
                        changed = True
        for node in schema.knopen:
            if node.id in before | after:
                node.paden.append(reaction.id)
        for arrow in schema.pijlen:
            if {arrow.van.id, arrow.naar.id} <= before or {arrow.van.id, arrow.naar.id} <= after:
                arrow.paden.append(reaction.id)


def load_schema(root: Path, decks: Mapping[str, Stapel]) -> Schema:
    """Read and validate data/stroomschema.yml (card ids against the decks, anchors against the chapters)."""
    data = load_yaml(root / FILE, FILE)
    check_fields(data, SCHEMA, FILE)
    groups: list[tuple[str, list[Knoop]]] = []
    for g_index, group in enumerate(data["groepen"], start=1):
        check_fields(group, GROUP_SCHEMA, f"{FILE}, groep {g_index}")
        nodes = []
        for n_index, raw in enumerate(group["knopen"], start=1):
            label = f" ('{raw['id']}')" if isinstance(raw, dict) and raw.get("id") else ""
            nodes.append(_node(raw, group, decks, root, f"{FILE}, groep '{group['titel']}', knoop {n_index}{label}"))
        groups.append((group["titel"], nodes))
    all_nodes = {node.id: node for _, nodes in groups for node in nodes}
    check_unique([node.id for _, nodes in groups for node in nodes], f"{FILE}, knopen")
    cells: dict[tuple[int, int], str] = {}
    for node in all_nodes.values():
        for k in range(node.kolom, node.kolom + node.kolommen):
            for r in range(node.rij, node.rij + node.rijen):
                if (k, r) in cells:
                    raise DataFout(
                        f"{FILE}: knopen '{cells[(k, r)]}' en '{node.id}' staan allebei op kolom {k}, rij {r}. Geef er één een andere 'plek'."
                    )
                cells[(k, r)] = node.id
    arrows = []
    for index, raw in enumerate(data["pijlen"], start=1):
        where = f"{FILE}, pijl {index}"
        check_fields(raw, ARROW_SCHEMA, where)
        where += f" ({raw['van']} → {raw['naar']})"
        for end in ("van", "naar"):
            if raw[end] not in all_nodes:
                raise DataFout(
                    f"{where}: '{end}' verwijst naar onbekende knoop '{raw[end]}'. Bekende knopen: {', '.join(all_nodes)}."
                )
        arrow = Pijl(all_nodes[raw["van"]], all_nodes[raw["naar"]], raw.get("label") or "", bool(raw.get("gestippeld")))
        _check_drawable(arrow, where)
        arrows.append(arrow)
    check_unique([arrow.id for arrow in arrows], f"{FILE}, pijlen (van--naar)")
    schema = Schema(data["titel"], data["bron"], data["leeswijzer"], groups, arrows)
    if not schema.reacties:
        raise DataFout(f"{FILE}: geen groep met 'keuze: true'. Markeer de groep met de reacties van het gezin.")
    _mark_paths(schema)
    return schema


def _center(node: Knoop, first_row: int) -> float:
    """Vertical centre of a box in the 100-units-per-row coordinates of a gutter starting at first_row."""
    return (node.rij - first_row) * 100 + node.rijen * 50


def layout(schema: Schema) -> dict[str, Any]:
    """Grid placement of boxes, column heads, gutters with horizontal arrows, and vertical arrows."""
    columns = max(n.kolom + n.kolommen - 1 for n in schema.knopen)
    rows = max(n.rij + n.rijen - 1 for n in schema.knopen)
    heads = []
    for title, nodes in schema.groepen:
        first, last = min(n.kolom for n in nodes), max(n.kolom + n.kolommen - 1 for n in nodes)
        heads.append({"titel": title, "k": f"{2 * first - 1} / {2 * last}"})
    place = {
        n.id: {"k": f"{2 * n.kolom - 1} / span {2 * n.kolommen - 1}", "r": f"{n.rij + 1} / span {n.rijen}"}
        for n in schema.knopen
    }
    gutters: dict[int, list[Pijl]] = {}
    vertical = []
    for arrow in schema.pijlen:
        a, b = arrow.van, arrow.naar
        if b.kolom == a.kolom + a.kolommen:
            gutters.setdefault(a.kolom + a.kolommen - 1, []).append(arrow)
        else:
            col = max(a.kolom, b.kolom)
            up = b.rij < a.rij
            vertical.append({"pijl": arrow, "omhoog": up, "k": f"{2 * col - 1}", "r": f"{max(a.rij, b.rij) + 1}"})
    goten = []
    for col, arrows in sorted(gutters.items()):
        first = min(min(p.van.rij, p.naar.rij) for p in arrows)
        last = max(max(p.van.rij + p.van.rijen, p.naar.rij + p.naar.rijen) - 1 for p in arrows)
        height = (last - first + 1) * 100
        lines = []
        for arrow in arrows:
            ys = _center(arrow.van, first)
            top = (arrow.naar.rij - first) * 100
            yt = ys if top < ys < top + arrow.naar.rijen * 100 else _center(arrow.naar, first)
            lines.append(
                {"pijl": arrow, "d": f"M0 {ys:g} C50 {ys:g} 50 {yt:g} 100 {yt:g}", "y": f"{yt / height * 100:.3f}%"}
            )
        goten.append(
            {"k": f"{2 * col}", "r": f"{first + 1} / span {last - first + 1}", "hoogte": height, "lijnen": lines}
        )
    return {"kolommen": columns, "rijen": rows, "koppen": heads, "plek": place, "goten": goten, "verticaal": vertical}


def follow_ups(schema: Schema, reaction: Knoop) -> list[tuple[Pijl, Knoop]]:
    """The boxes after a reaction, in the order one reaches them, each with the arrow that leads there."""
    found: list[tuple[Pijl, Knoop]] = []
    queue = [reaction]
    while queue:
        current = queue.pop(0)
        for arrow in schema.pijlen:
            if arrow.van is current and all(node is not arrow.naar for _, node in found):
                found.append((arrow, arrow.naar))
                queue.append(arrow.naar)
    return found


def json_schema() -> dict:
    """JSON Schema of data/stroomschema.yml."""
    node = object_schema(
        NODE_SCHEMA,
        "Een vak van het schema.",
        plek=object_schema(PLACE_SCHEMA, **range_schema(PLACE_RANGES)),
        verder=array_of(object_schema(LINK_SCHEMA)),
        uitspraken=array_of({"type": "string"}),
        vragen=array_of({"type": "string"}),
        stapels=array_of({"type": "string"}),
    )
    group = object_schema(GROUP_SCHEMA, "Een kolom van het schema.", knopen=array_of(node))
    return object_schema(
        SCHEMA, "Het stroomschema van 3.1.6.", groepen=array_of(group), pijlen=array_of(object_schema(ARROW_SCHEMA))
    )


def stroomschema(model: Model, href: Callable[[str], str], interactief: bool = False) -> str:
    """The flowchart as HTML; with interactief=True also the choice ‘Wat zegt het gezin?’ and what follows."""
    schema = model.schema
    return render(
        model.root,
        "stroomschema/stroomschema.html",
        schema=schema,
        raster=layout(schema),
        interactief=interactief,
        vervolg={r.id: follow_ups(schema, r) for r in schema.reacties},
        href=href,
    )
