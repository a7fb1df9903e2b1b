"""Reading the chapters' Markdown: section headings and quoted passages, so handouts link to
and quote the text without copying it (a changed heading or sentence changes the handout)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from handreiking.kern.gegevens import DataFout

HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*(?:\{\s*#([\w-]+)\s*\})?\s*$")
LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
FOOTNOTE = re.compile(r"\[\^[^\]]+\]")


@dataclass(frozen=True)
class Kop:
    """A heading of a chapter: its level, text, anchor and page (relative to docs/)."""

    niveau: int
    tekst: str
    anker: str
    pagina: str

    @property
    def href(self) -> str:
        """Link target relative to docs/ (page plus anchor when it has one)."""
        return f"{self.pagina}#{self.anker}" if self.anker else self.pagina


def _markdown(root: Path, pagina: str, where: str) -> str:
    """The Markdown source of a page under docs/, or stop the build naming the reference."""
    path = root / "docs" / pagina
    if not path.is_file():
        raise DataFout(f"{where}: pagina '{pagina}' bestaat niet onder docs/. Verwijs naar een bestaande pagina.")
    return path.read_text(encoding="utf-8")


def koppen(root: Path, pagina: str, where: str) -> list[Kop]:
    """All headings of a page, in order (code blocks are not used in the chapters)."""
    found = []
    for line in _markdown(root, pagina, where).splitlines():
        match = HEADING.match(line)
        if match:
            found.append(Kop(len(match[1]), match[2], match[3] or "", pagina))
    return found


def kop(root: Path, pagina: str, anker: str, where: str) -> Kop:
    """The heading with this anchor (or the page title when anker is empty), or stop the build."""
    headings = koppen(root, pagina, where)
    for heading in headings:
        if (anker and heading.anker == anker) or (not anker and heading.niveau == 1):
            return heading
    raise DataFout(f"{where}: anker '{anker}' bestaat niet in docs/{pagina}. Kies een kop-anker uit die pagina.")


def onderkoppen(root: Path, pagina: str, anker: str, where: str) -> list[Kop]:
    """The headings one level below the heading `anker` (the page title when empty), up to the next sibling."""
    headings = koppen(root, pagina, where)
    parent = kop(root, pagina, anker, where)
    start = headings.index(parent)
    children = []
    for heading in headings[start + 1 :]:
        if heading.niveau <= parent.niveau:
            break
        if heading.niveau == parent.niveau + 1:
            children.append(heading)
    return children


def fragment(root: Path, pagina: str, van: str, tot: str, where: str) -> str:
    """The text of a page from `van` up to and including `tot`, as plain text (links kept as words)."""
    text = " ".join(_markdown(root, pagina, where).split())
    text = FOOTNOTE.sub("", LINK.sub(r"\1", text))
    start = text.find(van)
    if start < 0:
        raise DataFout(f"{where}: de tekst '{van}' staat niet (meer) in docs/{pagina}. Pas 'van' aan aan de tekst.")
    end = text.find(tot, start)
    if end < 0:
        raise DataFout(f"{where}: na '{van}' volgt '{tot}' niet in docs/{pagina}. Pas 'tot' aan aan de tekst.")
    return text[start : end + len(tot)]
