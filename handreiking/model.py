"""One validated model of everything the site is built from, loaded once per build.

`laad(root, instellingen)` reads data/ (and the chapters it quotes), validates it with Dutch
messages and returns an immutable Model; the same inputs give the same Model without reading
anything again (LADINGEN counts the real loads, so a build can say how often it loaded). What
is read comes from the parts' registry (hulpmiddelen.py); the Model's shape from basismodel.py."""

from __future__ import annotations

import json
from pathlib import Path
from types import MappingProxyType
from typing import Any

from handreiking.kern import organisatie, stapels
from handreiking.kern.basismodel import BOOK_SECTION, Instellingen, Model, instellingen
from handreiking.register import HULPMIDDELEN

__all__ = ["BOOK_SECTION", "LADINGEN", "Instellingen", "Model", "instellingen", "laad"]

LADINGEN = 0  # how many times the data was really read and validated in this process
_cache: dict[tuple[str, Instellingen, tuple[tuple[str, int, int], ...]], Model] = {}


def _fingerprint(root: Path) -> tuple[tuple[str, int, int], ...]:
    """What the model is read from (data files and the chapters it quotes), by path, mtime and size."""
    files = sorted([*(root / "data").rglob("*.yml"), *(root / "docs").rglob("*.md")])
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)


def laad(root: Path, settings: Instellingen) -> Model:
    """The validated model of the project in `root`; read again only when a file changed."""
    global LADINGEN
    root = root.resolve()
    key = (str(root), settings, _fingerprint(root))
    if key in _cache:
        return _cache[key]
    org = organisatie.load_organisatie(
        json.loads(settings.organisatie) if settings.organisatie else None, root, settings.config_naam
    )
    decks = stapels.load_stapels(root)
    data: dict[str, Any] = {}
    for part in HULPMIDDELEN:
        if part.laad:
            loaded = part.laad(root, decks)
            if set(loaded) & set(data):
                raise ValueError(f"hulpmiddelen.py: {part.naam} laadt {sorted(set(loaded) & set(data))} nog eens")
            data.update(loaded)
    model = Model(
        root=root,
        instellingen=settings,
        organisatie=org,
        stapels=MappingProxyType(decks),
        gegevens=MappingProxyType(data),
    )
    LADINGEN += 1
    _cache.clear()  # one project per process: keep only the newest model
    _cache[key] = model
    return model
