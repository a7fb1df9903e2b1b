"""The shape of a part's declaration: each handout declares itself once, in its folder's __init__.py
(DEEL = Hulpmiddel(...)): its data file and loader, its JSON Schemas, its PDFs, its macros and its
scripts. handreiking/register.py finds the declarations; nothing else names a handout."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from handreiking.kern import stapels

if TYPE_CHECKING:
    from handreiking.druk.pdf import PdfJob
    from handreiking.kern.basismodel import Model

Decks = Mapping[str, stapels.Stapel]


@dataclass(frozen=True)
class Schema:
    """One JSON Schema file: the data files it checks (globs from the project root, "!" excludes) and its maker."""

    naam: str
    bestanden: tuple[str, ...]
    maak: Callable[[], dict]


@dataclass(frozen=True)
class Skript:
    """One handout script as published: its site path (its source: kern/bronnen.py), whether it keeps a family's data
    (then it gets the shared file code and the family's network, skripts.py) and the build data put
    in front of its own code (a worksheet's: the network's build data)."""

    pad: str
    werkblad: bool = False
    delen: tuple[str, ...] = ()  # files of the handout's folder joined in front of its own, in order
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
