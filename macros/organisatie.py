"""An organisation's own branding (extra.organisatie in an org config that INHERITs mkdocs.yml):
validated with Dutch messages, colour checked for contrast."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .gegevens import DataFout, check_fields

SCHEMA = {
    "naam": (str, True),
    "logo": (str, False),
    "kleur": (str, False),
    "contact": (str, False),
    "melding": (str, False),
}
MIN_CONTRAST = 4.5  # WCAG 2.2 AA for normal text: white header text and links on white


@dataclass(frozen=True)
class Organisatie:
    """The branding an organisation set; empty fields mean 'keep the default'."""

    naam: str
    logo: Path | None
    kleur: str
    contact: str
    melding: str


def _luminance(hex_colour: str) -> float:
    """Relative luminance of a #rrggbb colour (WCAG 2.x)."""
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_with_white(hex_colour: str) -> float:
    """Contrast ratio of a colour against white."""
    return 1.05 / (_luminance(hex_colour) + 0.05)


def darker_until_readable(hex_colour: str) -> str:
    """The same hue, darkened in steps of 5 % until it reaches the minimum contrast on white."""
    channels = [int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]
    candidate = hex_colour
    while contrast_with_white(candidate) < MIN_CONTRAST:
        channels = [int(c * 0.95) for c in channels]
        candidate = "#" + "".join(f"{c:02x}" for c in channels)
    return candidate


def load_organisatie(config: Any) -> Organisatie | None:
    """Read extra.organisatie from the MkDocs config, or None when no organisation is set."""
    data = (config.get("extra") or {}).get("organisatie")
    if not data:
        return None
    where = f"{Path(config['config_file_path']).name}, extra.organisatie"
    check_fields(data, SCHEMA, where)
    root = Path(config["config_file_path"]).resolve().parent
    logo = None
    if data.get("logo"):
        logo = (root / data["logo"]).resolve()
        if not logo.is_file() or logo.suffix.lower() not in (".svg", ".png", ".jpg", ".jpeg", ".webp"):
            raise DataFout(f"{where}.logo: '{data['logo']}' is geen svg-, png-, jpg- of webp-bestand (pad vanaf {root}). Controleer het pad.")
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
    return Organisatie(naam=data["naam"], logo=logo, kleur=colour, contact=data.get("contact") or "", melding=data.get("melding") or "")
