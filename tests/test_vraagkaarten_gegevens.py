"""Vraagkaarten data: one source of truth, and every malformed deck stops the build in Dutch."""
from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import mkdocs_build

DECKS = "data/vraagkaarten"


def edit(project: Path, name: str, old: str, new: str) -> None:
    """Replace one piece of text in a project file (it must be there)."""
    path = project / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} niet gevonden in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_changing_a_question_in_yaml_changes_chapter_card_page_and_pdf(project: Path) -> None:
    """One edit in wie-vragen.yml shows in Bijlage II, on the card page and in the deck's PDF."""
    edit(project, f"{DECKS}/wie-vragen.yml", '"Wie geeft jou energie?"', '"Wie geeft jou echt energie?"')
    result = mkdocs_build(project, project / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    site = project / "site"
    chapter = BeautifulSoup((site / "handreiking/bijlage-2-wie-vragen.html").read_text(encoding="utf-8"), "html.parser")
    items = [li.get_text(strip=True) for li in chapter.select("article li")]
    assert "Wie geeft jou echt energie?" in items and "Wie geeft jou energie?" not in items
    cards = (site / "werkmateriaal/vraagkaarten.html").read_text(encoding="utf-8")
    assert "Wie geeft jou echt energie?" in cards
    import subprocess

    text = subprocess.run(["pdftotext", str(site / "werkmateriaal/pdf/vraagkaarten-wie-vragen-9-per-vel.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "echt energie" in " ".join(text.split())


BAD = {
    "verplicht-veld": (f"{DECKS}/grootste-last.yml", '  - {id: last-knelpunt, tekst: "Wat is je knelpunt?"}', "  - {id: last-knelpunt}",
                       ["grootste-last.yml", "last-knelpunt", "verplicht veld 'tekst' ontbreekt"]),
    "dubbele-id": (f"{DECKS}/vertrouwen.yml", "id: vertrouwen-adviezen", "id: wv-adviezen",
                   ["kaart-ids", "'wv-adviezen' komt twee keer voor"]),
    "onbekende-stapel": (f"{DECKS}/volgorde.yml", "  - vertrouwen\n", "  - vertrouwen\n  - bestaat-niet\n",
                         ["volgorde.yml", "bestaat-niet", "bestaat niet"]),
    "verkeerd-type": (f"{DECKS}/grootste-last.yml", '  - {id: last-onmachtig, tekst: "Wanneer voel je je onmachtig?"}',
                      "  - {id: last-onmachtig, tekst: [Wanneer, onmachtig]}",
                      ["grootste-last.yml", "last-onmachtig", "veld 'tekst' moet tekst zijn"]),
    "lege-tekst": (f"{DECKS}/grootste-last.yml", '"Wanneer voel je je onmachtig?"', '"  "',
                   ["grootste-last.yml", "last-onmachtig", "veld 'tekst' is leeg"]),
    "onbekende-stapel-in-hoofdstuk": ("docs/handreiking/3-netwerk-en-wie-vraag.md", '{{ vragenlijst("vertrouwen") }}',
                                      '{{ vragenlijst("vertrouwe") }}',
                                      ["3-netwerk-en-wie-vraag.md", "onbekende stapel 'vertrouwe'"]),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_deck_data_stops_the_build_in_dutch(project: Path, case: str) -> None:
    """A missing field, duplicate id, unknown deck, wrong type or empty text fails the build
    with a Dutch message naming the file (or page), the card and the problem."""
    name, old, new, expected = BAD[case]
    edit(project, name, old, new)
    result = mkdocs_build(project, project / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    for part in expected:
        assert part in output, f"{part!r} ontbreekt in de melding:\n{output[-1500:]}"
