"""Vraagkaarten: the chapters' question lists, the card page and the builder's script, all from the decks."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

from handreiking.druk import ijkvel
from handreiking.hulpmiddelen.basis import site_gegevens
from handreiking.hulpmiddelen.vraagkaarten import kaartmaat
from handreiking.hulpmiddelen.vraagkaarten.kaartvellen import browser_geometry, card_view, deck_cards, variant
from handreiking.kern.gegevens import DataFout
from handreiking.kern.sjablonen import render
from handreiking.kern.stapels import Stapel, kaart, stapel

if TYPE_CHECKING:
    from handreiking.kern.basismodel import Model

SCRIPT = "assets/vraagkaarten/vraagkaarten.js"  # the builder, loaded on request (front matter)
STORAGE_KEY = "vraagkaarten:v1"  # the builder's storage name (scoped per copy by kern.js): kept data loads it at once
LINK_PARAM = "kaarten"  # ?kaarten=id,id: a shared choice, which loads it at once too


def _source_url(href: Callable[[str], str], deck: Stapel, anker: str = "") -> str:
    """Link from the current page to the section a deck (or group) comes from."""
    anchor = anker or deck.bron_anker
    return href(deck.bron_pagina + (f"#{anchor}" if anchor else ""))


def vragenlijst(model: Model, stapel_id: str, where: str, groep: str = "", opsomming: bool = False) -> str:
    """A chapter's question list(s) from a deck (one group with `groep`); `opsomming` joins the
    items as one enumeration (";" between, "." at the end)."""
    deck = stapel(model.stapels, stapel_id, where)
    groups = [g for g in deck.groepen if not groep or g.id == groep]
    if not groups:
        known = ", ".join(g.id for g in deck.groepen if g.id) or "geen"
        raise DataFout(f"{where}: stapel '{stapel_id}' heeft geen groep '{groep}'. Bekende groepen: {known}.")
    return render(model.root, "vraagkaarten/vragenlijst.html", groepen=groups, opsomming=opsomming, stapel=deck.id)


# What Markdown (with pymdownx.mark's =) reads as syntax and accepts escaped by a backslash; <, > and &
# become entities, so raw HTML in data stays text.
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!=<>&])")


def markdown_text(text: str) -> str:
    """A data text as literal text inside Markdown (a heading): every character Markdown, its attribute
    lists or raw HTML could read as syntax is escaped, so markup in data shows as the characters typed."""
    return MARKDOWN_SPECIAL.sub(
        lambda m: (
            "&amp;"
            if m.group(1) == "&"
            else "&lt;"
            if m.group(1) == "<"
            else "&gt;"
            if m.group(1) == ">"
            else "\\" + m.group(1)
        ),
        text,
    )


def kaarttekst(model: Model, kaart_id: str, where: str) -> Markup:
    """One card's text, for a question that stands in a running paragraph."""
    return escape(kaart(model.stapels, kaart_id, where).tekst)


def pdf_lijst(model: Model, href: Callable[[str], str], set_id: str, where: str, buiten_zoeken: bool = True) -> str:
    """Links to the PDFs of one deck, or of all decks ("alle"); kept out of the search index
    (`buiten_zoeken=False` when the caller's block already is)."""
    sets = {entry["id"]: entry for entry in model.kaartsets}
    if set_id not in sets:
        raise DataFout(f"{where}: onbekende stapel '{set_id}'. Bekende: {', '.join(sets)}.")
    entry = sets[set_id]
    pdfs = [{**pdf, "url": href(pdf["pad"])} for pdf in entry["pdfs"]]
    return render(
        model.root,
        "vraagkaarten/pdfs.html",
        titel=entry["titel"],
        pdfs=pdfs,
        aantal=len(entry["kaarten"]),
        buiten=buiten_zoeken,
    )


def bouwer_start(model: Model) -> str:
    """Where the deck builder starts: a button that loads its script (markup in builder_script)."""
    return render(
        model.root,
        "vraagkaarten/start.html",
        sleutel=STORAGE_KEY,
        link=LINK_PARAM,
        gegevens={"site": site_gegevens(model)},
    )


def stapels(model: Model, href: Callable[[str], str], where: str) -> str:
    """Every deck as a section (anchor stapel-<id>, out of the search index): source link, PDFs, cards."""
    parts = []
    for deck in model.stapels.values():
        groups = [
            {
                "titel": g.titel,
                "id": g.id,
                "bron": _source_url(href, deck, g.anker) if g.anker else "",
                "kaarten": [card_view(k, deck, g.titel) for k in g.kaarten],
            }
            for g in deck.groepen
        ]
        html = render(
            model.root,
            "vraagkaarten/stapel.html",
            stapel=deck,
            groepen=groups,
            bron=_source_url(href, deck),
            aantal=len(deck_cards(deck)),
            pdfs=pdf_lijst(model, href, deck.id, where, buiten_zoeken=False),
        )
        # The deck's whole section stays out of the search index (a search leads to the chapter).
        parts.append(f"## {markdown_text(deck.titel)} {{ #stapel-{deck.id} data-search-exclude }}\n\n{html}\n")
    return "\n".join(parts)


def measured_sizes(model: Model) -> dict[str, dict[str, str]]:
    """Each deck card's measured size class per layout ({card id: {"8": "m2", "9": "m3"}}), for browser print."""
    sizes = kaartmaat.sizes(model)
    return {card["id"]: sizes[variant(card)] for deck in model.stapels.values() for card in deck_cards(deck)}


def builder_head(model: Model) -> str:
    """The head of the built vraagkaarten.js: the builder's markup, the sheet geometry and its keys."""
    data = {
        "html": render(
            model.root, "vraagkaarten/bouwer.html", stapels=list(model.stapels.values()), afdrukken=model.afdrukken
        ),
        "ijkvel": render(model.root, "vraagkaarten/ijkvel.html", **ijkvel.context(model, voor_bouwer=True)),
        "geometrie": dict(
            browser_geometry(),
            site=model.uitgave["titel"],
            editie=model.uitgave["editie"],
            gemeten=measured_sizes(model),
        ),
        "stapels": {d.id: {"titel": d.titel, "kleur": d.kleur, "patroon": d.patroon} for d in model.stapels.values()},
        "sleutel": STORAGE_KEY,
        "link": LINK_PARAM,
    }
    return render(model.root, "vraagkaarten/bouwer-js.html", gegevens=data)
