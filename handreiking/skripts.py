"""Handout scripts as published: the shared core (assets/kern/kern.js) joined in front of each
handout's own file, at build time (no ES modules, so file:// keeps working). Handouts that use
the family's network get the shared network model (assets/kern/netwerk.js) with its build data
in between."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .netwerkkaart import netwerk_head
from .vraagkaarten import SCRIPT as BUILDER
from .vraagkaarten import builder_head

if TYPE_CHECKING:
    from .model import Model

CORE = "assets/kern/kern.js"
NETWORK = "assets/kern/netwerk.js"
NETWORK_USERS = ("assets/veiligheidscirkels/veiligheidscirkels.js", "assets/werkbladen/werkbladen.js",
                 "assets/netwerkkaart/netwerkkaart.js")
HANDOUTS = (*NETWORK_USERS, BUILDER)


def handout_script(model: Model, path: str) -> str:
    """One handout's script as built: core, its build data (builder, network), shared network, own code."""
    overrides = model.root / "overrides"
    parts = [(overrides / CORE).read_text(encoding="utf-8")]
    if path == BUILDER:
        parts.append(builder_head(model))
    if path in NETWORK_USERS:
        parts += [netwerk_head(model), (overrides / NETWORK).read_text(encoding="utf-8")]
    parts.append((overrides / path).read_text(encoding="utf-8"))
    return "\n".join(parts)
