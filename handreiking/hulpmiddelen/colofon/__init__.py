"""Colofon: the members of the leeratelier (data/colofon.yml), listed on the colophon page."""

from __future__ import annotations

from handreiking.hulpmiddelen.colofon import colofon
from handreiking.hulpmiddelen.deel import Hulpmiddel, Schema
from handreiking.kern.sjablonen import render

DEEL = Hulpmiddel(
    "colofon",
    laad=lambda root, decks: {"leden": colofon.load_members(root)},
    schemas=(Schema("colofon.schema.json", (colofon.FILE,), colofon.json_schema),),
    macros={"leeratelier": lambda m, p: lambda: render(m.root, "colofon/leeratelier.html", leden=m.leden)},
)
