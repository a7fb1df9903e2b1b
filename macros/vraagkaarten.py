"""Vraagkaarten: the chapters' question lists and the card page, all rendered from the decks."""
from __future__ import annotations

import posixpath
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from .gegevens import DataFout, project_root
from .kaartvellen import browser_geometry, card_view, deck_cards, pdf_sets, site_name
from .sjablonen import render
from .stapels import Stapel, kaart, load_stapels, stapel

SCRIPT = "assets/vraagkaarten/vraagkaarten.js"  # the builder, loaded on request (front matter)
STORAGE_KEY = "vraagkaarten:v1"  # the builder's localStorage key: kept data loads it at once
LINK_PARAM = "kaarten"  # ?kaarten=id,id: a shared choice, which loads it at once too


def _relative(env: Any, target: str) -> str:
    """A site path (e.g. handreiking/x.html#y) relative to the page being rendered."""
    here = posixpath.dirname(env.page.file.dest_uri)
    path, _, anchor = target.partition("#")
    return posixpath.relpath(path, here or ".") + (f"#{anchor}" if anchor else "")


def _where(env: Any, call: str) -> str:
    """Names the page and the macro call, for error messages."""
    return f"docs/{env.page.file.src_uri}: {call}"


def _source_url(env: Any, deck: Stapel, anker: str = "") -> str:
    """Link from the current page to the section a deck (or group) comes from."""
    page = deck.bron_pagina.removesuffix(".md") + ".html"
    anchor = anker or deck.bron_anker
    return _relative(env, page + (f"#{anchor}" if anchor else ""))


def register(env: Any) -> None:
    """Register the vraagkaarten macros."""
    root = project_root(env)
    decks = load_stapels(root)
    sets = {entry["id"]: entry for entry in pdf_sets(decks)}  # also checks every card fits

    @env.macro
    def vragenlijst(stapel_id: str, groep: str = "", opsomming: bool = False) -> str:
        """A chapter's question list(s) from a deck (one group with `groep`); `opsomming`
        joins the items as one enumeration (";" between, "." at the end)."""
        call = f'vragenlijst("{stapel_id}"' + (f', groep="{groep}"' if groep else "") + ")"
        deck = stapel(decks, stapel_id, _where(env, call))
        groups = [g for g in deck.groepen if not groep or g.id == groep]
        if not groups:
            known = ", ".join(g.id for g in deck.groepen if g.id) or "geen"
            raise DataFout(f"{_where(env, call)}: stapel '{stapel_id}' heeft geen groep '{groep}'. Bekende groepen: {known}.")
        return render(root, "vraagkaarten/vragenlijst.html", groepen=groups, opsomming=opsomming, stapel=deck.id)

    @env.macro
    def kaarttekst(kaart_id: str) -> Markup:
        """One card's text, for a question that stands in a running paragraph."""
        return escape(kaart(decks, kaart_id, _where(env, f'kaarttekst("{kaart_id}")')).tekst)

    @env.macro
    def vraagkaarten_pdfs(set_id: str, buiten_zoeken: bool = True) -> str:
        """Links to the PDFs of one deck, or of all decks ("alle"); kept out of the search index
        (`buiten_zoeken=False` when the caller's block already is)."""
        if set_id not in sets:
            call = f'vraagkaarten_pdfs("{set_id}")'
            raise DataFout(f"{_where(env, call)}: onbekende stapel '{set_id}'. Bekende: {', '.join(sets)}.")
        entry = sets[set_id]
        pdfs = [{**pdf, "url": _relative(env, pdf["pad"])} for pdf in entry["pdfs"]]
        return render(root, "vraagkaarten/pdfs.html", titel=entry["titel"], pdfs=pdfs, aantal=len(entry["kaarten"]),
                      buiten=buiten_zoeken)

    @env.macro
    def vraagkaarten_bouwer() -> str:
        """Where the deck builder starts: a button that loads its script (markup in builder_script)."""
        return render(root, "vraagkaarten/start.html", sleutel=STORAGE_KEY, link=LINK_PARAM)

    @env.macro
    def vraagkaarten_stapels() -> str:
        """Every deck as a section (anchor stapel-<id>, out of the search index): source link, PDFs, cards."""
        parts = []
        for deck in decks.values():
            groups = [{"titel": g.titel, "id": g.id, "bron": _source_url(env, deck, g.anker) if g.anker else "",
                       "kaarten": [card_view(k, deck, g.titel) for k in g.kaarten]} for g in deck.groepen]
            html = render(root, "vraagkaarten/stapel.html", stapel=deck, groepen=groups,
                          bron=_source_url(env, deck), aantal=len(deck_cards(deck)),
                          pdfs=vraagkaarten_pdfs(deck.id, buiten_zoeken=False))
            # The deck's whole section stays out of the search index (a search leads to the chapter).
            parts.append(f"## {deck.titel} {{ #stapel-{deck.id} data-search-exclude }}\n\n{html}\n")
        return "\n".join(parts)


def builder_script(root: Path) -> str:
    """vraagkaarten.js as built: the builder's markup and the sheet geometry, then the script itself."""
    decks = load_stapels(root)
    data = {
        "html": render(root, "vraagkaarten/bouwer.html", stapels=list(decks.values())),
        "geometrie": dict(browser_geometry(), site=site_name(root)),
        "stapels": {d.id: {"titel": d.titel, "kleur": d.kleur, "patroon": d.patroon} for d in decks.values()},
        "sleutel": STORAGE_KEY, "link": LINK_PARAM,
    }
    head = render(root, "vraagkaarten/bouwer-js.html", gegevens=data)
    return head + "\n" + (root / "overrides" / SCRIPT).read_text(encoding="utf-8")
