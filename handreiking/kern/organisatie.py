"""An organisation's own branding (extra.organisatie in an org config that INHERITs mkdocs.yml):
validated with Dutch messages, colour checked for contrast."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from handreiking.kern import svg
from handreiking.kern.gegevens import DataFout, check_fields, kort, object_schema

SCHEMA = {
    "naam": (str, True),
    "logo": (str, False),
    "kleur": (str, False),
    "contact": (str, False),
    "melding": (str, False),
    "bewaardagen": (int, False),
    "meldpunt": (str, False),
    "reactietermijn": (str, False),
}
KEEP_DAYS = 30  # how long a browser keeps what was typed (after opting in) when unused; an organisation may set 1-365
MAX_LOGO_BYTES = 1_000_000
MAX_LENGTH = {
    "naam": 100,
    "logo": 300,
    "kleur": 20,
    "contact": 500,
    "melding": 300,
    "meldpunt": 200,
    "reactietermijn": 100,
}  # characters per field
MIN_CONTRAST = 4.5  # WCAG 2.2 AA for normal text: white header text and links on white


@dataclass(frozen=True)
class Organisatie:
    """The branding an organisation set; empty fields mean 'keep the default'."""

    naam: str
    logo: Path | None
    kleur: str
    contact: str
    melding: str
    bewaardagen: int = KEEP_DAYS
    logo_inhoud: bytes = b""
    meldpunt: str = ""  # the accessibility statement's direct contact: an e-mail address or phone number
    reactietermijn: str = ""  # the statement's response time, e.g. "5 werkdagen"  # the logo as published (an SVG rebuilt from the allow-list)


def _luminance(hex_colour: str) -> float:
    """Relative luminance of a #rrggbb colour (WCAG 2.x)."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_with_white(hex_colour: str) -> float:
    """Contrast ratio of a colour against white."""
    return 1.05 / (_luminance(hex_colour) + 0.05)


def darker_until_readable(hex_colour: str) -> str:
    """The same hue, darkened in steps of 5 % until it reaches the minimum contrast on white."""
    channels = [int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)]
    candidate = hex_colour
    while contrast_with_white(candidate) < MIN_CONTRAST:
        channels = [int(c * 0.95) for c in channels]
        candidate = "#" + "".join(f"{c:02x}" for c in channels)
    return candidate


def _logo_bytes(path: Path, where: str) -> bytes:
    """The logo as published: an SVG rebuilt from the allow-list (svg.py), other images as they are."""
    data = path.read_bytes()
    if path.suffix.lower() != ".svg":
        return data
    try:
        return svg.schoon(data)
    except svg.SvgFout as err:
        raise DataFout(
            f"{where}: '{path.name}' kan niet als logo: {err}. Een logo mag geen scripts, gebeurtenissen "
            "(onload=…), animaties of verwijzingen naar andere bestanden of websites bevatten. Exporteer "
            "het logo opnieuw als eenvoudige SVG (in Inkscape: 'Opslaan als', 'Geoptimaliseerde SVG'), "
            "of gebruik een PNG."
        ) from None


def load_organisatie(data: Mapping[str, Any] | None, root: Path, config_name: str) -> Organisatie | None:
    """Validate extra.organisatie of a site config (`config_name` names it in messages), or None when unset."""
    if not data:
        return None
    where = f"{config_name}, extra.organisatie"
    if not isinstance(data, Mapping):
        raise DataFout(
            f"{where}: verwacht velden (naam, logo, kleur, …) onder elkaar, maar vond {kort(data)}. "
            "Zie organisatie-voorbeeld.yml voor de vorm."
        )
    data = dict(data)
    for key, value in data.items():
        if value is None:
            raise DataFout(
                f"{where}.{key} is leeg. Staat er een # zonder aanhalingstekens? In YAML begint # een "
                f'opmerking: schrijf bijvoorbeeld {key}: "#0b6e4f". Of verwijder de regel.'
            )
    check_fields(data, SCHEMA, where)
    for key, most in MAX_LENGTH.items():
        if len(data.get(key) or "") > most:
            raise DataFout(
                f"{where}.{key} is {len(data[key])} tekens lang; hoogstens {most} past op elke pagina. Maak het korter."
            )
    logo, logo_inhoud = None, b""
    if data.get("logo"):
        logo = (root / data["logo"]).resolve()
        if not logo.is_relative_to(root.resolve()):
            raise DataFout(
                f"{where}.logo: '{data['logo']}' ligt buiten de map van het project ({root}). Zet het logo "
                "in de projectmap (bijvoorbeeld organisatie/logo.svg) en geef het pad vanaf daar."
            )
        if not logo.is_file() or logo.suffix.lower() not in (".svg", ".png", ".jpg", ".jpeg", ".webp"):
            raise DataFout(
                f"{where}.logo: '{data['logo']}' is geen svg-, png-, jpg- of webp-bestand (pad vanaf {root}). Controleer het pad."
            )
        if logo.stat().st_size > MAX_LOGO_BYTES:
            raise DataFout(
                f"{where}.logo: '{data['logo']}' is groter dan {MAX_LOGO_BYTES // 1_000_000} MB. Een logo in de kopbalk "
                "hoeft maar enkele kilobytes te zijn: verklein het."
            )
        logo_inhoud = _logo_bytes(logo, f"{where}.logo")
    colour = (data.get("kleur") or "").lower()
    if colour:
        if not re.fullmatch(r"#[0-9a-f]{6}", colour):
            raise DataFout(f"{where}.kleur: '{data['kleur']}' is geen kleur in de vorm #rrggbb (bijvoorbeeld #1d4e89).")
        ratio = contrast_with_white(colour)
        if ratio < MIN_CONTRAST:
            raise DataFout(
                f"{where}.kleur: {colour} heeft te weinig contrast met wit ({ratio:.2f}:1, minimaal {MIN_CONTRAST}:1). "
                f"Witte tekst in de kopbalk en links worden dan slecht leesbaar. Kies een donkerdere kleur, "
                f"bijvoorbeeld {darker_until_readable(colour)}."
            )
    days = data.get("bewaardagen", KEEP_DAYS)
    if not 1 <= days <= 365:
        raise DataFout(
            f"{where}.bewaardagen: {days} kan niet. Kies een aantal dagen van 1 tot en met 365 (standaard {KEEP_DAYS})."
        )
    return Organisatie(
        naam=data["naam"],
        logo=logo,
        logo_inhoud=logo_inhoud,
        kleur=colour,
        contact=data.get("contact") or "",
        melding=data.get("melding") or "",
        bewaardagen=days,
        meldpunt=data.get("meldpunt") or "",
        reactietermijn=data.get("reactietermijn") or "",
    )


def json_schema() -> dict:
    """JSON Schema of extra.organisatie in an organisation's config."""
    return object_schema(
        SCHEMA,
        "De eigen naam, het logo en de kleur van een organisatie.",
        logo={"pattern": r"(?i)\.(svg|png|jpe?g|webp)$"},
        kleur={"pattern": "^#[0-9a-fA-F]{6}$"},
        bewaardagen={"minimum": 1, "maximum": 365},
    )
