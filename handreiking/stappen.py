"""The 4 stappen van het appèl (2.5) as a step component and a pocket card PDF, from the deck
data/vraagkaarten/4-stappen.yml (the wording lives only there)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .pdf import PdfJob
from .sjablonen import render

if TYPE_CHECKING:
    from .model import Model

DECK = "4-stappen"
PDF_PATH = "werkmateriaal/pdf/4-stappen-zakkaart.pdf"


def pdf_jobs(model: Model) -> list[PdfJob]:
    """The pocket card: front (the four steps) and back (their questions), one A4 sheet per side."""
    uitgave = model.uitgave
    credit = f"Uit: {uitgave['titel']} ({uitgave['auteur']})"
    return [PdfJob(PDF_PATH, "stappen/zakkaart.html", {"stapel": model.vier_stappen, "bron": credit, "uitgave": uitgave},
                   ["assets/stappen/zakkaart.css"])]


def vier_stappen(model: Model, alleen_titels: bool = False, zoekbaar: bool = True) -> str:
    """The four steps as a numbered step component (only the step names when alleen_titels;
    left out of the search index when zoekbaar is false, for copies of chapter 2's text)."""
    return render(model.root, "stappen/stappen.html", stapel=model.vier_stappen, alleen_titels=alleen_titels,
                  zoekbaar=zoekbaar)
