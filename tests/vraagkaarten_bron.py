"""The questions of the handreiking's question lists, read from the source text (tests/fixtures)."""

from __future__ import annotations

import re
from pathlib import Path

FIXTURE = Path(__file__).parent / "fixtures" / "handreiking.txt"
# deck id -> (section heading in the source, text just before the list, text just after it)
LISTS = {
    "wie-vragen": ("Bijlage II – Favoriete wie-vragen", "eigen vragen erbij.", "Meer lezen?"),
    "grootste-last": ("3.1.2 Uitvragen van de grootste last", "boven water te krijgen, zijn:", "3.1.3 Epistemisch"),
    "vertrouwen": ("3.1.3 Epistemisch vertrouwen", "of niemand te hebben.", "3.1.4 Wat als"),
}


def squash(text: str) -> str:
    """Text without any white space (PDF line breaks and HTML layout fall away)."""
    return "".join(text.split())


def source_questions(deck: str) -> list[str]:
    """Every question (each sentence ending in '?') of one list in the source, in order."""
    heading, before, after = LISTS[deck]
    text = FIXTURE.read_text(encoding="utf-8")
    start = text.index(before, text.rindex(heading))
    part = text[start + len(before) : text.index(after, start)]
    part = " ".join(part.replace("•", " ").split())
    return [q.strip() for q in re.findall(r"[^?]+\?", part)]
