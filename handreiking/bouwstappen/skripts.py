"""Handout scripts as published: the shared core (hulpmiddelen/basis/kern.js) joined in front of each
handout's own file, at build time (no ES modules, so file:// keeps working). The worksheets (which
keep a family's data) also get the shared file code (basis/bestand.js: encrypted export,
import) and the family's network (basis/netwerk.js, with its build data in front, and its moments,
basis/momenten.js); the card builder, which keeps no family data, goes without them. Which scripts exist, and which are
worksheets, the registry says (hulpmiddelen.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from handreiking.kern import bronnen
from handreiking.kern.bronnen import folder, source
from handreiking.register import alle_skripts

if TYPE_CHECKING:
    from handreiking.kern.basismodel import Model

BASE = folder(bronnen.BASE)  # the shared base of every handout script, published only inside them
CORE = BASE / "kern.js"
FILES = BASE / "bestand.js"
NETWORK = BASE / "netwerk.js"
MOMENTS = BASE / "momenten.js"  # the network over time: joined right after netwerk.js
GENOGRAM = BASE / "genogram.js"  # the genogram's part of the case, kept by every page of the network
SCRIPTS = {script.pad: script for script in alle_skripts()}
WORKSHEETS = tuple(path for path, script in SCRIPTS.items() if script.werkblad)
HANDOUTS = tuple(SCRIPTS)
PARTS = {
    f"{path.rpartition('/')[0]}/{name}" for path, script in SCRIPTS.items() for name in script.delen
}  # joined only


def handout_script(model: Model, path: str) -> str:
    """One handout's script as built: core, file code (worksheets), its build data head (the card
    builder's; every other build datum is in the page: basis/sjablonen/gegevens.html), the case code
    (worksheets), its parts (delen), own code."""
    script = SCRIPTS[path]
    parts = [CORE.read_text(encoding="utf-8")]
    if script.werkblad:
        parts.append(FILES.read_text(encoding="utf-8"))
    if script.kop:
        parts.append(script.kop(model))
    if script.werkblad:
        parts.extend(part.read_text(encoding="utf-8") for part in (NETWORK, MOMENTS, GENOGRAM))
    own = source(model.root, path)
    parts.extend((own.parent / name).read_text(encoding="utf-8") for name in script.delen)
    parts.append(own.read_text(encoding="utf-8"))
    return "\n".join(parts)
