"""One validated model of everything the site is built from, loaded once per build.

`laad(root, instellingen)` reads data/ (and the chapters it quotes), validates it with Dutch
messages and returns an immutable Model; the same inputs give the same Model without reading
anything again (LADINGEN counts the real loads, so a build can say how often it loaded)."""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from . import (
    colofon,
    kaartvellen,
    netwerkkaart,
    oogopslag,
    organisatie,
    stapels,
    stroomschema,
    veiligheidscirkels,
    werkbladen,
)
from .afdrukken import load_termen

BOOK_SECTION = "Handreiking"  # the nav section whose pages make the book PDF, in reading order


@dataclass(frozen=True)
class Instellingen:
    """What the model takes from the site config: names, the organisation's branding, the chapters."""

    site_naam: str
    auteur: str
    config_naam: str = "mkdocs.yml"  # how messages name the config file
    organisatie: str = ""  # extra.organisatie as JSON (hashable, whatever the config holds; checked in laad)
    hoofdstukken: tuple[str, ...] = ()  # docs pages of the book section, in reading order


def _book_pages(nav: Any) -> tuple[str, ...]:
    """The Markdown pages listed under the book section of a nav."""
    for item in nav or []:
        if isinstance(item, Mapping) and BOOK_SECTION in item:
            return tuple(page for child in item[BOOK_SECTION] for page in (dict(child).values() if isinstance(child, Mapping) else [child])
                         if isinstance(page, str) and page.endswith(".md"))
    return ()


def instellingen(config: Mapping[str, Any], config_naam: str = "mkdocs.yml") -> Instellingen:
    """Settings from a site config mapping (a MkDocs config, or the YAML of one)."""
    extra = config.get("extra") or {}
    org = extra.get("organisatie") if isinstance(extra, Mapping) else None
    return Instellingen(site_naam=str(config.get("site_name") or ""), auteur=str(config.get("site_author") or ""),
                        config_naam=config_naam, organisatie=json.dumps(org, sort_keys=True, default=str) if org else "",
                        hoofdstukken=_book_pages(config.get("nav")))


@dataclass(frozen=True)
class Model:
    """Everything the pages, PDFs and scripts are made from; validated, read-only."""

    root: Path
    instellingen: Instellingen
    organisatie: organisatie.Organisatie | None
    leden: tuple[dict[str, str], ...]
    stapels: Mapping[str, stapels.Stapel]
    schema: stroomschema.Schema
    cirkels: veiligheidscirkels.Cirkels
    werkbladen: tuple[dict[str, Any], ...]
    oogopslag: oogopslag.Oogopslag
    netwerkkaart: netwerkkaart.Netwerkkaart
    kaartsets: tuple[dict[str, Any], ...] = field(default=())
    afdrukken: Mapping[str, str] = field(default_factory=dict)  # the print terms (data/afdrukken.yml)

    @property
    def vier_stappen(self) -> stapels.Stapel:
        """The deck with the four steps of the appèl."""
        return stapels.stapel(self.stapels, "4-stappen", "data/vraagkaarten/volgorde.yml")

    @property
    def uitgave(self) -> dict[str, str]:
        """Who publishes this copy, for every PDF: title, author and the organisation that offers it."""
        org = self.organisatie
        return {"titel": self.instellingen.site_naam, "auteur": self.instellingen.auteur,
                "organisatie": org.naam if org else "", "maker": org.naam if org else self.instellingen.auteur}

    @property
    def bewaardagen(self) -> int:
        """After how many days unused the browser forgets what a user chose to keep on the device."""
        return self.organisatie.bewaardagen if self.organisatie else organisatie.KEEP_DAYS


LADINGEN = 0  # how many times the data was really read and validated in this process
_cache: dict[tuple[str, Instellingen, tuple[tuple[str, int, int], ...]], Model] = {}


def _fingerprint(root: Path) -> tuple[tuple[str, int, int], ...]:
    """What the model is read from (data files and the chapters it quotes), by path, mtime and size."""
    files = sorted([*(root / "data").rglob("*.yml"), *(root / "docs").rglob("*.md")])
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)


def laad(root: Path, settings: Instellingen) -> Model:
    """The validated model of the project in `root`; read again only when a file changed."""
    global LADINGEN
    root = root.resolve()
    key = (str(root), settings, _fingerprint(root))
    if key in _cache:
        return _cache[key]
    org = organisatie.load_organisatie(json.loads(settings.organisatie) if settings.organisatie else None, root,
                                       settings.config_naam)
    decks = stapels.load_stapels(root)
    model = Model(
        root=root, instellingen=settings, organisatie=org, leden=colofon.load_members(root),
        stapels=MappingProxyType(decks), schema=stroomschema.load_schema(root, decks),
        cirkels=veiligheidscirkels.load_cirkels(root), werkbladen=werkbladen.load_werkbladen(root, decks),
        oogopslag=oogopslag.load_oogopslag(root), netwerkkaart=netwerkkaart.load_netwerkkaart(root, decks),
        kaartsets=tuple(kaartvellen.pdf_sets(decks)),  # fit is measured with the PDFs (kaartmaat)
        afdrukken=MappingProxyType(load_termen(root)),
    )
    LADINGEN += 1
    _cache.clear()  # one project per process: keep only the newest model
    _cache[key] = model
    return model
