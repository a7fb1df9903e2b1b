"""The shared base of the handouts: the script core and worksheet shell (kern.js, bestand.js,
netwerk.js, sjablonen/), and the build data every page of the family's case gets."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from handreiking.kern.basismodel import Model


def site_gegevens(model: Model) -> dict[str, Any]:
    """What every handout script needs about this copy of the site: how long unused kept data stays."""
    return {"bewaardagen": model.bewaardagen}


def casus_gegevens(model: Model) -> dict[str, Any]:
    """What the shared case script (netwerk.js) checks people against: circle and ring ids, the
    olievlek's places and the map's choices (so every page validates a file the same way)."""
    kaart = model.netwerkkaart
    olievlek = next((s for s in model.werkbladen if s["soort"] == "olievlek"), None)
    return {
        "cirkels": {c.id: [r.id for r in c.kringen] for c in model.cirkels.cirkels},
        "olievlek": olievlek["personen"] if olievlek else 0,
        "gebieden": [g["id"] for g in kaart.levensgebieden],
        "biedt": [b["id"] for b in kaart.biedt],
        "contact": [c["id"] for c in kaart.contact],
        "beleving": [b["id"] for b in kaart.beleving],
    }


def werkblad_gegevens(model: Model, **eigen: Any) -> dict[str, Any]:
    """A worksheet page's build data: the site's, the case's, and the handout's own (name -> value)."""
    return {"site": site_gegevens(model), "netwerk": casus_gegevens(model), **eigen}
