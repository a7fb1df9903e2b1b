"""Handout scripts as published: the shared core (assets/kern/kern.js) joined in front of each
handout's own file, at build time (no ES modules, so file:// keeps working). The worksheets (which
keep a family's data) also get the shared file code (assets/kern/bestand.js: encrypted export,
import) and the family's network (assets/kern/netwerk.js, with its build data in front); the card
builder, which keeps no family data, goes without them."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .netwerkkaart import netwerk_head
from .vraagkaarten import SCRIPT as BUILDER
from .vraagkaarten import builder_head

if TYPE_CHECKING:
    from .model import Model

CORE = "assets/kern/kern.js"
FILES = "assets/kern/bestand.js"
NETWORK = "assets/kern/netwerk.js"
SHARED = (CORE, FILES, NETWORK)  # published only inside the handout scripts
WORKSHEETS = ("assets/veiligheidscirkels/veiligheidscirkels.js", "assets/werkbladen/werkbladen.js",
              "assets/netwerkkaart/netwerkkaart.js")
HANDOUTS = (*WORKSHEETS, BUILDER)


def handout_script(model: Model, path: str) -> str:
    """One handout's script as built: core, file code and network (worksheets) or build data (builder), own code."""
    overrides = model.root / "overrides"
    parts = [(overrides / CORE).read_text(encoding="utf-8")]
    if path in WORKSHEETS:
        parts.append((overrides / FILES).read_text(encoding="utf-8"))
    if path == BUILDER:
        parts.append(builder_head(model))
    if path in WORKSHEETS:
        parts += [netwerk_head(model), (overrides / NETWORK).read_text(encoding="utf-8")]
    parts.append((overrides / path).read_text(encoding="utf-8"))
    return "\n".join(parts)
