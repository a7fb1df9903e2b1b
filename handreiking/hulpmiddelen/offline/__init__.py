"""Offline: the whole site kept on this device (service worker, the page block that offers it)."""

from __future__ import annotations

from handreiking.hulpmiddelen.deel import Hulpmiddel
from handreiking.hulpmiddelen.offline import offline

DEEL = Hulpmiddel("offline", macros={"offline_bewaren": lambda m, p: lambda: offline.bewaren(m)})
