"""Netwerkkaart: the family's network by life area (data/netwerkkaart.yml), a worksheet on the
family's case, and its PDF."""

from __future__ import annotations

from handreiking.hulpmiddelen.deel import Hulpmiddel, Schema, Skript
from handreiking.hulpmiddelen.netwerkkaart import netwerkkaart

DEEL = Hulpmiddel(
    "netwerkkaart",
    laad=lambda root, decks: {"netwerkkaart": netwerkkaart.load_netwerkkaart(root, decks)},
    schemas=(Schema("netwerkkaart.schema.json", (netwerkkaart.FILE,), netwerkkaart.json_schema),),
    pdf_jobs=netwerkkaart.pdf_jobs,
    macros={"netwerkkaart": lambda m, p: lambda: netwerkkaart.pagina(m)},
    skripts=(
        Skript(
            "assets/netwerkkaart/netwerkkaart.js", werkblad=True, delen=("indeling.js", "gezin.js", "vergelijking.js")
        ),
    ),
)
