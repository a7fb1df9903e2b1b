"""Family Finding werkbladen (data/family-finding-werkbladen.yml): worksheets on the family's case
and their PDF."""

from __future__ import annotations

from handreiking.hulpmiddelen.deel import Hulpmiddel, Schema, Skript
from handreiking.hulpmiddelen.werkbladen import werkbladen

DEEL = Hulpmiddel(
    "family-finding-werkbladen",
    laad=lambda root, decks: {"werkbladen": werkbladen.load_werkbladen(root, decks)},
    schemas=(Schema("family-finding-werkbladen.schema.json", (werkbladen.FILE,), werkbladen.json_schema),),
    pdf_jobs=werkbladen.pdf_jobs,
    macros={
        "werkblad_bijlage": lambda m, p: (
            lambda werkblad_id: werkbladen.bijlage(m, werkblad_id, p.waar(f"werkblad_bijlage('{werkblad_id}')"))
        ),
        "family_finding_werkbladen": lambda m, p: lambda: werkbladen.pagina(m),
    },
    skripts=(Skript("assets/werkbladen/werkbladen.js", werkblad=True),),
)
