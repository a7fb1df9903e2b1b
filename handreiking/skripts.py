"""Handout scripts as published: the shared core (assets/kern/kern.js) joined in front of each
handout's own file, at build time (no ES modules, so file:// keeps working). The worksheets (which
keep a family's data) also get the shared file code (assets/kern/bestand.js: encrypted export,
import) and the family's network (assets/kern/netwerk.js, with its build data in front); the card
builder, which keeps no family data, goes without them. Which scripts exist, and which are
worksheets, the registry says (hulpmiddelen.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .hulpmiddelen import alle_skripts

if TYPE_CHECKING:
    from .basismodel import Model

CORE = "assets/kern/kern.js"
FILES = "assets/kern/bestand.js"
NETWORK = "assets/kern/netwerk.js"
SHARED = (CORE, FILES, NETWORK)  # published only inside the handout scripts
SCRIPTS = {script.pad: script for script in alle_skripts()}
WORKSHEETS = tuple(path for path, script in SCRIPTS.items() if script.werkblad)
HANDOUTS = tuple(SCRIPTS)


def handout_script(model: Model, path: str) -> str:
    """One handout's script as built: core, file code (worksheets), its build data (the builder's; a
    worksheet's: the network's), the network code (worksheets), own code."""
    overrides = model.root / "overrides"
    script = SCRIPTS[path]
    parts = [(overrides / CORE).read_text(encoding="utf-8")]
    if script.werkblad:
        parts.append((overrides / FILES).read_text(encoding="utf-8"))
    if script.kop:
        parts.append(script.kop(model))
    if script.werkblad:
        parts.append((overrides / NETWORK).read_text(encoding="utf-8"))
    parts.append((overrides / path).read_text(encoding="utf-8"))
    return "\n".join(parts)
