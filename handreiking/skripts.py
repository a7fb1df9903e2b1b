"""Handout scripts as published: the shared core (assets/kern/kern.js) joined in front of each
handout's own file, at build time (no ES modules, so file:// keeps working). The worksheets also
get the shared file code (assets/kern/bestand.js: encrypted export, import); the card builder,
which keeps no family data, goes without it."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .vraagkaarten import SCRIPT as BUILDER
from .vraagkaarten import builder_head

if TYPE_CHECKING:
    from .model import Model

CORE = "assets/kern/kern.js"
FILES = "assets/kern/bestand.js"
SHARED = (CORE, FILES)  # published only inside the handout scripts
WORKSHEETS = ("assets/veiligheidscirkels/veiligheidscirkels.js", "assets/werkbladen/werkbladen.js")
HANDOUTS = (*WORKSHEETS, BUILDER)


def handout_script(model: Model, path: str) -> str:
    """One handout's script as built: core, file code (worksheets) or build data (builder), own code."""
    overrides = model.root / "overrides"
    parts = [(overrides / CORE).read_text(encoding="utf-8")]
    if path in WORKSHEETS:
        parts.append((overrides / FILES).read_text(encoding="utf-8"))
    if path == BUILDER:
        parts.append(builder_head(model))
    parts.append((overrides / path).read_text(encoding="utf-8"))
    return "\n".join(parts)
