"""Genogram: three or four generations of the family's case with their relations and events
(data/genogram.yml), a worksheet on the family's network, and its blank PDF."""

from __future__ import annotations

from handreiking.hulpmiddelen.deel import Hulpmiddel, Schema, Skript
from handreiking.hulpmiddelen.genogram import genogram

DEEL = Hulpmiddel(
    "genogram",
    laad=lambda root, decks: {"genogram": genogram.load(root)},
    schemas=(Schema("genogram.schema.json", (genogram.FILE,), genogram.json_schema),),
    pdf_jobs=genogram.pdf_jobs,
    macros={"genogram": lambda m, p: lambda: genogram.pagina(m)},
    skripts=(Skript("assets/genogram/genogram.js", werkblad=True, delen=("indeling.js", "bewerk.js")),),
)
