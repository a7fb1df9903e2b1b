"""In één oogopslag: the handreiking on one page, from data/oogopslag.yml and the flowchart."""

from __future__ import annotations

from handreiking.hulpmiddelen.deel import Hulpmiddel, Schema
from handreiking.hulpmiddelen.oogopslag import oogopslag

DEEL = Hulpmiddel(
    "oogopslag",
    laad=lambda root, decks: {"oogopslag": oogopslag.load_oogopslag(root)},
    schemas=(Schema("oogopslag.schema.json", (oogopslag.FILE,), oogopslag.json_schema),),
    macros={"in_een_oogopslag": lambda m, p: lambda: oogopslag.in_een_oogopslag(m, p.href)},
)
