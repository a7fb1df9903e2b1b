"""The one list of the site's parts: each handout (and each other data file) declared once, with
its data file and loader, its JSON Schema, its PDFs, its macros and its scripts.

model.py loads the data from it, schemas.py writes the schemas (and the editor's mapping),
bouw.py plans the PDFs, skripts.py builds the scripts and macros/__init__.py registers the macros;
none of them names a handout. A new handout is one module and one entry here."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from . import (
    afdrukken,
    colofon,
    ijkvel,
    kaartmaat,
    kaartvellen,
    netwerkkaart,
    offline,
    oogopslag,
    organisatie,
    stapels,
    stappen,
    stroomschema,
    veiligheidscirkels,
    vraagkaarten,
    werkbladen,
)
from .sjablonen import render

if TYPE_CHECKING:
    from .basismodel import Model
    from .pdf import PdfJob

Decks = Mapping[str, stapels.Stapel]


@dataclass(frozen=True)
class Schema:
    """One JSON Schema file: the data files it checks (globs from the project root, "!" excludes) and its maker."""

    naam: str
    bestanden: tuple[str, ...]
    maak: Callable[[], dict]


@dataclass(frozen=True)
class Skript:
    """One handout script as published: its path under overrides/, whether it keeps a family's data
    (then it gets the shared file code and the family's network, skripts.py) and the build data put
    in front of its own code (a worksheet's: the network's build data)."""

    pad: str
    werkblad: bool = False
    kop: Callable[[Model], str] | None = None


@dataclass(frozen=True)
class Pagina:
    """What a macro may know of the page it is called on: links from it, and where it is (for messages)."""

    href: Callable[[str], str]
    waar: Callable[[str], str]  # the page and the macro call, for error messages


Macro = Callable[["Model", Pagina], Callable[..., Any]]  # (model, page) -> the function a page calls


@dataclass(frozen=True)
class Hulpmiddel:
    """One part of the site, declared once."""

    naam: str
    laad: Callable[[Path, Decks], Mapping[str, Any]] | None = None  # (root, decks) -> Model attributes
    schemas: tuple[Schema, ...] = ()
    pdf_jobs: Callable[[Model], list[PdfJob]] | None = None
    macros: Mapping[str, Macro] = field(default_factory=dict)
    skripts: tuple[Skript, ...] = ()


def _vraagkaarten_pdfs(model: Model) -> list[PdfJob]:
    """The card PDFs (size classes measured first) and the calibration sheet."""
    return [*kaartvellen.pdf_jobs(model, kaartmaat.sizes(model)), *ijkvel.pdf_jobs(model)]


def _vragenlijst(model: Model, page: Pagina) -> Callable[..., str]:
    """The macro `vragenlijst(stapel_id, groep="", opsomming=False)`."""

    def macro(stapel_id: str, groep: str = "", opsomming: bool = False) -> str:
        call = f'vragenlijst("{stapel_id}"' + (f', groep="{groep}"' if groep else "") + ")"
        return vraagkaarten.vragenlijst(model, stapel_id, page.waar(call), groep, opsomming)

    return macro


HULPMIDDELEN: tuple[Hulpmiddel, ...] = (
    Hulpmiddel(
        "vraagkaarten",
        laad=lambda root, decks: {"kaartsets": tuple(kaartvellen.pdf_sets(decks))},  # fit is measured with the PDFs
        schemas=(
            Schema(
                "stapel.schema.json",
                (f"{stapels.FOLDER}/*.yml", f"!{stapels.FOLDER}/volgorde.yml"),
                stapels.deck_json_schema,
            ),
            Schema("volgorde.schema.json", (f"{stapels.FOLDER}/volgorde.yml",), stapels.order_json_schema),
        ),
        pdf_jobs=_vraagkaarten_pdfs,
        macros={
            "vragenlijst": _vragenlijst,
            "kaarttekst": lambda m, p: (
                lambda kaart_id: vraagkaarten.kaarttekst(m, kaart_id, p.waar(f'kaarttekst("{kaart_id}")'))
            ),
            "vraagkaarten_pdfs": lambda m, p: (
                lambda set_id, buiten_zoeken=True: vraagkaarten.pdf_lijst(
                    m, p.href, set_id, p.waar(f'vraagkaarten_pdfs("{set_id}")'), buiten_zoeken
                )
            ),
            "vraagkaarten_bouwer": lambda m, p: lambda: vraagkaarten.bouwer_start(m),
            "vraagkaarten_stapels": lambda m, p: (
                lambda: vraagkaarten.stapels(m, p.href, p.waar("vraagkaarten_stapels()"))
            ),
        },
        skripts=(Skript(vraagkaarten.SCRIPT, kop=vraagkaarten.builder_head),),
    ),
    Hulpmiddel(
        "colofon",
        laad=lambda root, decks: {"leden": colofon.load_members(root)},
        schemas=(Schema("colofon.schema.json", (colofon.FILE,), colofon.json_schema),),
        macros={"leeratelier": lambda m, p: lambda: render(m.root, "colofon/leeratelier.html", leden=m.leden)},
    ),
    Hulpmiddel(
        "afdrukken",
        laad=lambda root, decks: {"afdrukken": MappingProxyType(afdrukken.load_termen(root))},
        schemas=(Schema("afdrukken.schema.json", (afdrukken.FILE,), afdrukken.json_schema),),
    ),
    Hulpmiddel(
        "oogopslag",
        laad=lambda root, decks: {"oogopslag": oogopslag.load_oogopslag(root)},
        schemas=(Schema("oogopslag.schema.json", (oogopslag.FILE,), oogopslag.json_schema),),
        macros={"in_een_oogopslag": lambda m, p: lambda: oogopslag.in_een_oogopslag(m, p.href)},
    ),
    Hulpmiddel(
        "stroomschema",
        laad=lambda root, decks: {"schema": stroomschema.load_schema(root, decks)},
        schemas=(Schema("stroomschema.schema.json", (stroomschema.FILE,), stroomschema.json_schema),),
        macros={
            "stroomschema": lambda m, p: lambda interactief=False: stroomschema.stroomschema(m, p.href, interactief)
        },
    ),
    Hulpmiddel(
        "veiligheidscirkels",
        laad=lambda root, decks: {"cirkels": veiligheidscirkels.load_cirkels(root)},
        schemas=(Schema("veiligheidscirkels.schema.json", (veiligheidscirkels.FILE,), veiligheidscirkels.json_schema),),
        pdf_jobs=veiligheidscirkels.pdf_jobs,
        macros={
            "veiligheidscirkels_bijlage": lambda m, p: lambda: veiligheidscirkels.bijlage(m),
            "veiligheidscirkels_werkblad": lambda m, p: (
                lambda pdf_prefix="": veiligheidscirkels.werkblad(m, pdf_prefix)
            ),
        },
        skripts=(
            Skript("assets/veiligheidscirkels/veiligheidscirkels.js", werkblad=True, kop=netwerkkaart.netwerk_head),
        ),
    ),
    Hulpmiddel(
        "family-finding-werkbladen",
        laad=lambda root, decks: {"werkbladen": werkbladen.load_werkbladen(root, decks)},
        schemas=(Schema("family-finding-werkbladen.schema.json", (werkbladen.FILE,), werkbladen.json_schema),),
        pdf_jobs=werkbladen.pdf_jobs,
        macros={
            "werkblad_bijlage": lambda m, p: (
                lambda werkblad_id: werkbladen.bijlage(m, werkblad_id, p.waar(f"werkblad_bijlage('{werkblad_id}')"))
            ),
            "family_finding_werkbladen": lambda m, p: lambda: werkbladen.pagina(m),
        },
        skripts=(Skript("assets/werkbladen/werkbladen.js", werkblad=True, kop=netwerkkaart.netwerk_head),),
    ),
    Hulpmiddel(
        "netwerkkaart",
        laad=lambda root, decks: {"netwerkkaart": netwerkkaart.load_netwerkkaart(root, decks)},
        schemas=(Schema("netwerkkaart.schema.json", (netwerkkaart.FILE,), netwerkkaart.json_schema),),
        pdf_jobs=netwerkkaart.pdf_jobs,
        macros={"netwerkkaart": lambda m, p: lambda: netwerkkaart.pagina(m)},
        skripts=(Skript("assets/netwerkkaart/netwerkkaart.js", werkblad=True, kop=netwerkkaart.netwerk_head),),
    ),
    Hulpmiddel(
        "stappen",  # the four steps of the appèl: their text is the deck 4-stappen
        pdf_jobs=stappen.pdf_jobs,
        macros={
            "vier_stappen": lambda m, p: (
                lambda alleen_titels=False, zoekbaar=True: stappen.vier_stappen(m, alleen_titels, zoekbaar)
            )
        },
    ),
    Hulpmiddel(
        "organisatie",  # extra.organisatie in the site config: loaded with the settings (model.py)
        schemas=(Schema("organisatie.schema.json", (), organisatie.json_schema),),
    ),
    Hulpmiddel(
        "offline",
        macros={"offline_bewaren": lambda m, p: lambda: offline.bewaren(m)},
    ),
)


def alle_schemas() -> list[Schema]:
    """Every schema file of every part, in order."""
    return [schema for part in HULPMIDDELEN for schema in part.schemas]


def alle_skripts() -> list[Skript]:
    """Every handout script, in order."""
    return [script for part in HULPMIDDELEN for script in part.skripts]


def macros(model: Model, page: Pagina) -> dict[str, Callable[..., Any]]:
    """Every macro of every part, bound to the model and the page (stops on a name declared twice)."""
    found: dict[str, Callable[..., Any]] = {}
    for part in HULPMIDDELEN:
        for name, make in part.macros.items():
            if name in found:
                raise ValueError(f"hulpmiddelen.py: macro {name!r} staat twee keer")
            found[name] = make(model, page)
    return found
