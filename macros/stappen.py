"""The 4 stappen van het appèl (2.5) as a step component and a pocket card PDF, from the deck
data/vraagkaarten/4-stappen.yml (the wording lives only there)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from .gegevens import load_yaml, project_root
from .pdf import PdfJob
from .sjablonen import render
from .stapels import Stapel, load_stapels, stapel

DECK = "4-stappen"
PDF_PATH = "werkmateriaal/pdf/4-stappen-zakkaart.pdf"


def vier_stappen_stapel(root: Path) -> Stapel:
    """The deck with the four steps (validated like every deck)."""
    return stapel(load_stapels(root), DECK, "macros/stappen.py")


def pdf_jobs(root: Path) -> list[PdfJob]:
    """The pocket card: front (the four steps) and back (their questions), one A4 sheet per side."""
    config = load_yaml(root / "mkdocs.yml")
    credit = f"Uit: {config['site_name']} ({config['site_author']})"
    return [PdfJob(PDF_PATH, "stappen/zakkaart.html", {"stapel": vier_stappen_stapel(root), "bron": credit},
                   ["assets/stappen/zakkaart.css"])]


def register(env: Any) -> None:
    """Register the step component macro."""
    root = project_root(env)
    deck = vier_stappen_stapel(root)

    @env.macro
    def vier_stappen(alleen_titels: bool = False, zoekbaar: bool = True) -> str:
        """The four steps as a numbered step component (only the step names when alleen_titels;
        left out of the search index when zoekbaar is false, for copies of chapter 2's text)."""
        return render(root, "stappen/stappen.html", stapel=deck, alleen_titels=alleen_titels, zoekbaar=zoekbaar)
