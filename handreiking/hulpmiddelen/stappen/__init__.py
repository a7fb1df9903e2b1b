"""De vier stappen van het appèl: their text is the deck 4-stappen; a page block and the zakkaart PDF."""

from __future__ import annotations

from handreiking.hulpmiddelen.deel import Hulpmiddel
from handreiking.hulpmiddelen.stappen import stappen

DEEL = Hulpmiddel(
    "stappen",
    pdf_jobs=stappen.pdf_jobs,
    macros={
        "vier_stappen": lambda m, p: (
            lambda alleen_titels=False, zoekbaar=True: stappen.vier_stappen(m, alleen_titels, zoekbaar)
        )
    },
)
