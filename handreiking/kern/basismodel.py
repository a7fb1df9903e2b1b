"""The shape of the model: the settings a build takes from its config, and the Model every page,
PDF and script is made from. Loading it is model.py's work (through the handouts' registry,
hulpmiddelen.py); this module imports no handout, so each handout can name the type without a
circle back to what loads it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from handreiking.kern import organisatie, stapels

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
            return tuple(
                page
                for child in item[BOOK_SECTION]
                for page in (dict(child).values() if isinstance(child, Mapping) else [child])
                if isinstance(page, str) and page.endswith(".md")
            )
    return ()


def instellingen(config: Mapping[str, Any], config_naam: str = "mkdocs.yml") -> Instellingen:
    """Settings from a site config mapping (a MkDocs config, or the YAML of one)."""
    extra = config.get("extra") or {}
    org = extra.get("organisatie") if isinstance(extra, Mapping) else None
    return Instellingen(
        site_naam=str(config.get("site_name") or ""),
        auteur=str(config.get("site_author") or ""),
        config_naam=config_naam,
        organisatie=json.dumps(org, sort_keys=True, default=str) if org else "",
        hoofdstukken=_book_pages(config.get("nav")),
    )


@dataclass(frozen=True)
class Model:
    """Everything the pages, PDFs and scripts are made from; validated, read-only.

    The shared parts are fields; each handout's own data (declared in hulpmiddelen.py, e.g.
    `model.cirkels`, `model.schema`) is read as an attribute too, from `gegevens`."""

    root: Path
    instellingen: Instellingen
    organisatie: organisatie.Organisatie | None
    stapels: Mapping[str, stapels.Stapel]  # the question decks every handout draws from
    gegevens: Mapping[str, Any] = field(default_factory=dict)  # the handouts' data, by attribute name

    def __getattr__(self, name: str) -> Any:
        """A handout's data by its attribute name (`model.cirkels`)."""
        try:
            return self.__dict__["gegevens"][name]
        except KeyError:
            raise AttributeError(f"Model heeft geen {name!r} (zie hulpmiddelen.py)") from None

    @property
    def vier_stappen(self) -> stapels.Stapel:
        """The deck with the four steps of the appèl."""
        return stapels.stapel(self.stapels, "4-stappen", "data/vraagkaarten/volgorde.yml")

    @property
    def uitgave(self) -> dict[str, str]:
        """Who publishes this copy, for every PDF: title, author, the organisation that offers it, and the
        edition (data/uitgave.yml: 'versie 3.5 van 7 december 2026')."""
        org = self.organisatie
        return {
            "editie": self.gegevens["editie"]["tekst"],
            "titel": self.instellingen.site_naam,
            "auteur": self.instellingen.auteur,
            "organisatie": org.naam if org else "",
            "maker": org.naam if org else self.instellingen.auteur,
        }

    @property
    def bewaardagen(self) -> int:
        """After how many days unused the browser forgets what a user chose to keep on the device."""
        return self.organisatie.bewaardagen if self.organisatie else organisatie.KEEP_DAYS
