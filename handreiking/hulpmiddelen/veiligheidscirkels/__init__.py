"""Veiligheidscirkels: the three circles around a child (data/veiligheidscirkels.yml), a worksheet
on the family's case and a PDF to fill in or print."""

from __future__ import annotations

from handreiking.hulpmiddelen.deel import Hulpmiddel, Schema, Skript
from handreiking.hulpmiddelen.veiligheidscirkels import veiligheidscirkels

DEEL = Hulpmiddel(
    "veiligheidscirkels",
    laad=lambda root, decks: {"cirkels": veiligheidscirkels.load_cirkels(root)},
    schemas=(Schema("veiligheidscirkels.schema.json", (veiligheidscirkels.FILE,), veiligheidscirkels.json_schema),),
    pdf_jobs=veiligheidscirkels.pdf_jobs,
    macros={
        "veiligheidscirkels_bijlage": lambda m, p: lambda: veiligheidscirkels.bijlage(m),
        "veiligheidscirkels_werkblad": lambda m, p: lambda pdf_prefix="": veiligheidscirkels.werkblad(m, pdf_prefix),
    },
    skripts=(Skript("assets/veiligheidscirkels/veiligheidscirkels.js", werkblad=True),),
)
