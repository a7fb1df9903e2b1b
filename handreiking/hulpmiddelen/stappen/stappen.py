"""The 4 stappen van het appèl (2.5) as a step component and a pocket card PDF, from the deck
data/vraagkaarten/4-stappen.yml (the wording lives only there)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from handreiking.druk.pdf import PdfJob
from handreiking.kern.sjablonen import render

if TYPE_CHECKING:
    from handreiking.kern.basismodel import Model

DECK = "4-stappen"
PDF_PATH = "werkmateriaal/pdf/4-stappen-zakkaart.pdf"  # A4: two cards side by side
PDF_PATH_A6 = "werkmateriaal/pdf/4-stappen-zakkaart-a6.pdf"  # A6 paper: the page is the card
VIEWER = {"PrintScaling": "None", "Duplex": "DuplexFlipLongEdge"}


def pdf_jobs(model: Model) -> list[PdfJob]:
    """The pocket card, front (the four steps) and back (their questions): two per A4 sheet, and on A6."""
    uitgave = model.uitgave
    context = {
        "stapel": model.vier_stappen,
        "bron": f"Uit: {uitgave['titel']} ({uitgave['auteur']})",
        "uitgave": uitgave,
        "afdrukken": model.afdrukken,
    }
    return [
        PdfJob(path, "stappen/zakkaart.html", {**context, "a6": a6}, ["assets/stappen/zakkaart.css"], VIEWER)
        for path, a6 in ((PDF_PATH, False), (PDF_PATH_A6, True))
    ]


def vier_stappen(model: Model, alleen_titels: bool = False, zoekbaar: bool = True) -> str:
    """The four steps as a numbered step component (only the step names when alleen_titels;
    left out of the search index when zoekbaar is false, for copies of chapter 2's text)."""
    return render(
        model.root, "stappen/stappen.html", stapel=model.vier_stappen, alleen_titels=alleen_titels, zoekbaar=zoekbaar
    )
