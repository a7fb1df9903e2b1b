"""The one list of the site's parts, found, not written: every folder under handreiking/hulpmiddelen/
that declares a part (DEEL in its __init__.py), plus the site-wide parts below.

model.py loads the data from it, schemas.py writes the schemas (and the editor's mapping),
bouw.py plans the PDFs, skripts.py builds the scripts and macros/__init__.py registers the macros;
none of them names a handout. A new handout is one folder (README: "Een nieuw hulpmiddel toevoegen")."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from handreiking import hulpmiddelen
from handreiking.druk import afdrukken, uitgave
from handreiking.hulpmiddelen.deel import Hulpmiddel, Pagina, Schema, Skript
from handreiking.kern import organisatie

if TYPE_CHECKING:
    from handreiking.kern.basismodel import Model

__all__ = ["HULPMIDDELEN", "Hulpmiddel", "Pagina", "Schema", "Skript", "alle_schemas", "alle_skripts", "macros"]

SITE_BREED: tuple[Hulpmiddel, ...] = (  # parts of every page, not handouts: they live in the shared layers
    Hulpmiddel(
        "afdrukken",
        laad=lambda root, decks: {"afdrukken": MappingProxyType(afdrukken.load_termen(root))},
        schemas=(Schema("afdrukken.schema.json", (afdrukken.FILE,), afdrukken.json_schema),),
    ),
    Hulpmiddel(
        "uitgave",
        laad=lambda root, decks: {"editie": MappingProxyType(uitgave.load_uitgave(root))},
        schemas=(Schema("uitgave.schema.json", (uitgave.FILE,), uitgave.json_schema),),
    ),
    Hulpmiddel(
        "organisatie",  # extra.organisatie in the site config: loaded with the settings (model.py)
        schemas=(Schema("organisatie.schema.json", (), organisatie.json_schema),),
    ),
)


def handouts() -> tuple[Hulpmiddel, ...]:
    """Every folder's declaration, in the folders' alphabetical order."""
    found = []
    for info in sorted(pkgutil.iter_modules(hulpmiddelen.__path__), key=lambda i: i.name):
        if info.ispkg:
            part = getattr(importlib.import_module(f"{hulpmiddelen.__name__}.{info.name}"), "DEEL", None)
            if isinstance(part, Hulpmiddel):
                found.append(part)
    return tuple(found)


HULPMIDDELEN: tuple[Hulpmiddel, ...] = (*SITE_BREED, *handouts())


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
                raise ValueError(f"register.py: macro {name!r} staat twee keer ({part.naam})")
            found[name] = make(model, page)
    return found
