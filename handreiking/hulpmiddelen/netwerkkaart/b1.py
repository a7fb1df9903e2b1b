"""Plain Dutch (taalniveau B1) on the print for the family: a short check the build runs on the
sheet's sentences in data/netwerkkaart.yml and the tests run on the printed sheet.

What it measures, after the usual B1 writing advice (short sentences, everyday words, no
abbreviations or codes): no sentence over MAX_WOORDEN words, sentences GEMIDDELD words or fewer on
average, none of the professional's words in MOEILIJK, and none of the map's letters or signs
(E, V, P, M, +, –, ±), which only the legend explains."""

from __future__ import annotations

import re
from collections.abc import Iterable

MAX_WOORDEN = 20
GEMIDDELD = 12
# The professional's words, not the family's: the methods (3.2), the map's own terms and its scale
# (woordenlijst.md, Netwerkkaart) and the handreiking's jargon. A word counts when it begins with
# one of these (netwerk: also netwerkkaart, netwerken).
MOEILIJK = (
    "ecogram",
    "sociogram",
    "genogram",
    "netwerk",
    "levensgebied",
    "belastend",
    "steunend",
    "emotionele",
    "praktische",
    "verbinding",
    "hulpbron",
    "informele",
    "informeel",
    "sociale",
    "wie-vraag",
    "meedenker",
    "casus",
    "cliënt",
    "professional",
)


def zinnen(tekst: str) -> list[str]:
    """The sentences of a text: split after '.', '!' or '?' followed by a space or the end."""
    return [z.strip() for z in re.split(r"(?<=[.!?])\s+", tekst.strip()) if z.strip()]


def woorden(zin: str) -> list[str]:
    """The words of a sentence (letters, digits, hyphens and apostrophes)."""
    return re.findall(r"[\w’'-]+", zin)


def problemen(teksten: Iterable[str], codes: Iterable[str], gemiddeld: bool = True) -> list[str]:
    """What is not B1 in these texts (Dutch, one line each; empty when all is well). `codes` are
    the map's letters and signs; `gemiddeld`: also the average length of all their sentences."""
    codes = set(codes)
    found, lengtes = [], []
    for tekst in teksten:
        for zin in zinnen(tekst):
            ws = woorden(zin)
            lengtes.append(len(ws))
            if len(ws) > MAX_WOORDEN:
                found.append(f"de zin ‘{zin}’ heeft {len(ws)} woorden (hoogstens {MAX_WOORDEN})")
            for w in ws:
                if any(w.lower().startswith(m) for m in MOEILIJK):
                    found.append(f"het woord ‘{w}’ in ‘{zin}’ is geen gewone taal")
            for token in re.findall(r"\S+", zin):
                if token.strip(".,;:!?()") in codes:
                    found.append(f"‘{token}’ in ‘{zin}’ is een letter of teken van de kaart; schrijf het in woorden")
    if gemiddeld and lengtes and sum(lengtes) / len(lengtes) > GEMIDDELD:
        gemiddeld = f"{sum(lengtes) / len(lengtes):.1f}".replace(".", ",")
        found.append(f"de zinnen zijn gemiddeld {gemiddeld} woorden lang (hoogstens {GEMIDDELD})")
    return found
