"""Familie- en netwerkveiligheidscirkels (Bijlage I): data, the circle drawing, page and PDFs.

The wording lives in data/veiligheidscirkels.yml; Bijlage I, the worksheet page, the PDFs and
the fillable worksheet (which reads the ids and labels from the page) render from it."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from handreiking.druk.pdf import PdfJob
from handreiking.hulpmiddelen.basis import werkblad_gegevens
from handreiking.kern.gegevens import DataFout, array_of, check_fields, check_unique, load_yaml, object_schema
from handreiking.kern.sjablonen import render

if TYPE_CHECKING:
    from handreiking.kern.basismodel import Model

FILE = "data/veiligheidscirkels.yml"
TOP_SCHEMA = {"inleiding": (str, True), "midden": (str, True), "cirkels": (list, True)}
CIRCLE_SCHEMA = {"id": (str, True), "kringen": (list, True), "zin": (str, True)}
RING_SCHEMA = {"id": (str, True), "tekst": (str, True)}
ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
PDF_BLANCO = "werkmateriaal/pdf/veiligheidscirkels.pdf"
PDF_INVULBAAR = "werkmateriaal/pdf/veiligheidscirkels-invulbaar.pdf"

# The drawing: a square viewBox, the family in the middle, three rings of equal width.
SIZE = 640
RADII = (56, 150, 236, 318)  # centre circle, then the outer edge of ring 1, 2 and 3
LABEL_GAP = 8  # the ring label sits at the top of each ring, just outside its inner edge
LABEL_LINE = 14  # line height of the two label lines (font size 12)


@dataclass(frozen=True)
class Kring:
    """One ring of a circle, with its drawing geometry."""

    id: str
    tekst: str
    nummer: int
    binnen: float
    buiten: float

    @property
    def label_regels(self) -> list[tuple[str, float]]:
        """The ring label in two balanced lines with their baselines, at the top of the ring."""
        words = f"{self.nummer}. {self.tekst}".split()
        split = min(range(1, len(words)), key=lambda i: max(len(" ".join(words[:i])), len(" ".join(words[i:]))))
        lines = [" ".join(words[:split]), " ".join(words[split:])]
        bottom = SIZE / 2 - self.binnen - LABEL_GAP
        return [(lines[0], bottom - LABEL_LINE), (lines[1], bottom)]


@dataclass(frozen=True)
class Cirkel:
    """One of the five circles: its number, sentence for Bijlage I and three rings."""

    id: str
    nummer: int
    zin: str
    kringen: tuple[Kring, ...]


def _sentence(template: str, labels: list[str], where: str) -> str:
    """Fill {1}, {2}, {3} with the ring labels (lower-case first letter inside the sentence)."""
    for number in (1, 2, 3):
        if template.count(f"{{{number}}}") != 1:
            raise DataFout(
                f"{where}: veld 'zin' moet {{{number}}} precies één keer bevatten (de plek van kring {number})."
            )
    text = template
    for number, label in enumerate(labels, start=1):
        at_start = text.startswith(f"{{{number}}}")
        text = text.replace(f"{{{number}}}", label if at_start else label[0].lower() + label[1:])
    return text


@dataclass(frozen=True)
class Cirkels:
    """The worksheet: its introduction, the label of the middle and the five circles."""

    inleiding: str
    midden: str
    cirkels: tuple[Cirkel, ...]


def load_cirkels(root: Path) -> Cirkels:
    """Read and validate data/veiligheidscirkels.yml: unique ids, exactly three rings per circle."""
    data = load_yaml(root / FILE, FILE)
    check_fields(data, TOP_SCHEMA, FILE)
    if len(data["cirkels"]) != 5:
        raise DataFout(
            f"{FILE}: Bijlage I kent vijf cirkels, maar 'cirkels' heeft er {len(data['cirkels'])}. Zet er precies vijf in."
        )
    circles = []
    for number, item in enumerate(data["cirkels"], start=1):
        where = f"{FILE}, cirkel {number}" + (f" ('{item['id']}')" if isinstance(item, dict) and "id" in item else "")
        check_fields(item, CIRCLE_SCHEMA, where)
        if not ID_PATTERN.match(item["id"]):
            raise DataFout(f"{where}: id '{item['id']}' mag alleen kleine letters, cijfers en streepjes bevatten.")
        if len(item["kringen"]) != 3:
            raise DataFout(
                f"{where}: veld 'kringen' moet precies drie kringen hebben (binnen, midden, buiten), maar heeft er {len(item['kringen'])}."
            )
        rings = []
        for r_number, ring in enumerate(item["kringen"], start=1):
            r_where = f"{where}, kring {r_number}"
            check_fields(ring, RING_SCHEMA, r_where)
            if not ID_PATTERN.match(ring["id"]):
                raise DataFout(
                    f"{r_where}: id '{ring['id']}' mag alleen kleine letters, cijfers en streepjes bevatten."
                )
            rings.append(
                Kring(
                    id=ring["id"],
                    tekst=ring["tekst"].strip(),
                    nummer=r_number,
                    binnen=RADII[r_number - 1],
                    buiten=RADII[r_number],
                )
            )
        check_unique([ring.id for ring in rings], f"{where}, kringen")
        zin = _sentence(item["zin"].strip(), [ring.tekst for ring in rings], where)
        circles.append(Cirkel(id=item["id"], nummer=number, zin=zin, kringen=tuple(rings)))
    check_unique([circle.id for circle in circles], f"{FILE}, cirkels")
    return Cirkels(inleiding=data["inleiding"].strip(), midden=data["midden"], cirkels=tuple(circles))


def json_schema() -> dict:
    """JSON Schema of data/veiligheidscirkels.yml."""
    ring = object_schema(RING_SCHEMA, "Een kring van een cirkel.", id={"pattern": ID_PATTERN.pattern})
    circle = object_schema(
        CIRCLE_SCHEMA,
        "Een van de vijf cirkels.",
        id={"pattern": ID_PATTERN.pattern},
        kringen=array_of(ring, minItems=3, maxItems=3),
    )
    return object_schema(
        TOP_SCHEMA, "De vijf familie- en netwerkveiligheidscirkels.", cirkels=array_of(circle, minItems=5, maxItems=5)
    )


def worksheet_data(cirkels: Cirkels) -> dict[str, Any]:
    """The ids and labels the fillable worksheet needs (JSON for its script)."""
    return {
        "midden": cirkels.midden,
        "cirkels": [
            {"id": c.id, "nummer": c.nummer, "kringen": [{"id": r.id, "tekst": r.tekst} for r in c.kringen]}
            for c in cirkels.cirkels
        ],
        "maat": SIZE,
        "stralen": RADII,
        "label": [LABEL_GAP, LABEL_LINE],
    }


def _context(model: Model) -> dict[str, Any]:
    """Everything the templates need."""
    cirkels = model.cirkels
    return {
        "inleiding": cirkels.inleiding,
        "midden": cirkels.midden,
        "cirkels": cirkels.cirkels,
        "maat": SIZE,
        "stralen": RADII,
        "gegevens": werkblad_gegevens(model, veiligheidscirkels=worksheet_data(cirkels)),
        "pdf_blanco": PDF_BLANCO,
        "pdf_invulbaar": PDF_INVULBAAR,
        "pi": math.pi,
    }


def pdf_jobs(model: Model) -> list[PdfJob]:
    """The blank worksheet PDF and its fillable variant (form fields per ring)."""
    context = {**_context(model), "uitgave": model.uitgave}
    css = ["assets/veiligheidscirkels/pdf.css"]
    return [
        PdfJob(PDF_BLANCO, "veiligheidscirkels/pdf.html", {**context, "invulbaar": False}, css),
        PdfJob(PDF_INVULBAAR, "veiligheidscirkels/pdf.html", {**context, "invulbaar": True}, css),
    ]


def bijlage(model: Model) -> str:
    """Bijlage I's text about the five circles."""
    return render(model.root, "veiligheidscirkels/bijlage.html", **_context(model))


def werkblad(model: Model, pdf_prefix: str = "") -> str:
    """The worksheet: the five circles (blank, fillable with JavaScript)."""
    return render(model.root, "veiligheidscirkels/werkblad.html", pdf_prefix=pdf_prefix, **_context(model))
