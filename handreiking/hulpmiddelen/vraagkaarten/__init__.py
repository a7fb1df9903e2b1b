"""Vraagkaarten: the question cards (PDF sheets with bleed and crop marks), the deck builder and the
draw mode. Its data are the decks (data/stapels/), which other handouts quote too."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from handreiking.druk import ijkvel
from handreiking.hulpmiddelen.deel import Hulpmiddel, Pagina, Schema, Skript
from handreiking.hulpmiddelen.vraagkaarten import kaartmaat, kaartvellen, vraagkaarten
from handreiking.kern import stapels

if TYPE_CHECKING:
    from handreiking.druk.pdf import PdfJob
    from handreiking.kern.basismodel import Model


def _pdfs(model: Model) -> list[PdfJob]:
    """The card PDFs (size classes measured first) and the calibration sheet."""
    return [*kaartvellen.pdf_jobs(model, kaartmaat.sizes(model)), *ijkvel.pdf_jobs(model)]


def _vragenlijst(model: Model, page: Pagina) -> Callable[..., str]:
    """The macro `vragenlijst(stapel_id, groep="", opsomming=False)`."""

    def macro(stapel_id: str, groep: str = "", opsomming: bool = False) -> str:
        call = f'vragenlijst("{stapel_id}"' + (f', groep="{groep}"' if groep else "") + ")"
        return vraagkaarten.vragenlijst(model, stapel_id, page.waar(call), groep, opsomming)

    return macro


DEEL = Hulpmiddel(
    "vraagkaarten",
    laad=lambda root, decks: {"kaartsets": tuple(kaartvellen.pdf_sets(decks))},  # fit is measured with the PDFs
    schemas=(
        Schema(
            "stapel.schema.json",
            (f"{stapels.FOLDER}/*.yml", f"!{stapels.FOLDER}/volgorde.yml"),
            stapels.deck_json_schema,
        ),
        Schema("volgorde.schema.json", (f"{stapels.FOLDER}/volgorde.yml",), stapels.order_json_schema),
    ),
    pdf_jobs=_pdfs,
    macros={
        "vragenlijst": _vragenlijst,
        "kaarttekst": lambda m, p: (
            lambda kaart_id: vraagkaarten.kaarttekst(m, kaart_id, p.waar(f'kaarttekst("{kaart_id}")'))
        ),
        "vraagkaarten_pdfs": lambda m, p: (
            lambda set_id, buiten_zoeken=True: vraagkaarten.pdf_lijst(
                m, p.href, set_id, p.waar(f'vraagkaarten_pdfs("{set_id}")'), buiten_zoeken
            )
        ),
        "vraagkaarten_bouwer": lambda m, p: lambda: vraagkaarten.bouwer_start(m),
        "vraagkaarten_stapels": lambda m, p: lambda: vraagkaarten.stapels(m, p.href, p.waar("vraagkaarten_stapels()")),
    },
    skripts=(Skript(vraagkaarten.SCRIPT, delen=("vellen.js", "trekken.js"), kop=vraagkaarten.builder_head),),
)
