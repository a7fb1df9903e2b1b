"""Stroomschema: the flowchart Ja / Ja, maar... / Nee (data/stroomschema.yml), static and interactive."""

from __future__ import annotations

from handreiking.hulpmiddelen.deel import Hulpmiddel, Schema
from handreiking.hulpmiddelen.stroomschema import stroomschema

DEEL = Hulpmiddel(
    "stroomschema",
    laad=lambda root, decks: {"schema": stroomschema.load_schema(root, decks)},
    schemas=(Schema("stroomschema.schema.json", (stroomschema.FILE,), stroomschema.json_schema),),
    macros={"stroomschema": lambda m, p: lambda interactief=False: stroomschema.stroomschema(m, p.href, interactief)},
)
