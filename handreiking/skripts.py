"""Handout scripts as published: the shared core (assets/kern/kern.js) joined in front of each
handout's own file, at build time (no ES modules, so file:// keeps working)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .vraagkaarten import SCRIPT as BUILDER
from .vraagkaarten import builder_head

if TYPE_CHECKING:
    from .model import Model

CORE = "assets/kern/kern.js"
HANDOUTS = ("assets/veiligheidscirkels/veiligheidscirkels.js",
            "assets/werkbladen/werkbladen.js", BUILDER)


def handout_script(model: Model, path: str) -> str:
    """One handout's script as built: core, the builder's build data (vraagkaarten only), own code."""
    overrides = model.root / "overrides"
    parts = [(overrides / CORE).read_text(encoding="utf-8")]
    if path == BUILDER:
        parts.append(builder_head(model))
    parts.append((overrides / path).read_text(encoding="utf-8"))
    return "\n".join(parts)
