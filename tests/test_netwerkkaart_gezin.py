"""The netwerkkaart's sheet for the family, in a real Chromium: plain Dutch, without what is belastend and
without notes, one A4 in large type also for a large family, by keyboard and clean for axe."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import Page, expect

from axe_rules import axe_violations
from conftest import ROOT
from keyboard import tab_to

sys.path.insert(0, str(ROOT))
from handreiking.hulpmiddelen.netwerkkaart import b1  # noqa: E402
from handreiking.hulpmiddelen.netwerkkaart.netwerkkaart import codes  # noqa: E402
from netwerkkaart_hulp import (
    AREAS,
    FAMILY_CASE,
    KAART,
    NOTE_KEES,
    NOTE_OMA,
    STUB_PRINT,
    network_file,
    open_file,
    open_map,
    person,
    print_for_family,
)


def test_the_sheet_for_the_family(page: Page, base_url: str, tmp_path: Path) -> None:
    """'Afdrukken voor het gezin': one A4 portrait page in words, per life area; by default without
    the belastend uncle, without the 'soms ook zwaar' of 'allebei' and without notes; with all of
    them once both boxes are unticked; never a letter or sign of the map; plain Dutch (B1); the
    page's own print is the map again afterwards."""
    open_map(page, base_url)
    open_file(page, network_file(FAMILY_CASE))
    expect(page.locator(".nk-gezinblad")).to_be_hidden()  # never on screen
    expect(page.get_by_label("Zonder wat belastend is")).to_be_checked()
    expect(page.get_by_label("Zonder notities")).to_be_checked()

    text, sentences, size = print_for_family(page, tmp_path, "gezin-zonder")
    assert size >= 14, size  # a family of twelve: the largest type
    for part in (
        "Mensen om jullie heen",
        "Familie Oma Jansen Luistert en leeft mee. Helpt met de kinderen of in huis. Veel contact. "
        "Doet jullie goed. Denkt met jullie mee.",
        "Tante Fatima Weinig contact. Denkt met jullie mee.",
        "Juf Anja (groep 5, basisschool De Regenboog) Soms veel, soms weinig contact.",
        "Wijkteam: Lotte",
        "Geloof of vereniging",
        "Hulpverlening Wijkteam: Lotte Helpt met de kinderen of in huis. Veel contact. "
        "Ook om jullie heen Buurmeisje Lina Weinig contact. Klopt er iets niet?",
        "Zeg het tegen wie jullie dit blad gaf.",
    ):
        assert part in text, part
    assert "Oom Kees" not in text and "zwaar" not in text, text
    assert NOTE_OMA not in text and "Notitie" not in text and NOTE_KEES not in text
    assert "Legenda" not in text and "Netwerkkaart" not in text and "Toevoegen" not in text
    words = set(re.findall(r"\S+", text))
    assert not words & codes(KAART), words & codes(KAART)
    assert b1.problemen(sentences, codes(KAART)) == [], sentences

    page.get_by_label("Zonder wat belastend is").uncheck()
    page.get_by_label("Zonder notities").uncheck()
    text, sentences, _ = print_for_family(page, tmp_path, "gezin-met")
    assert (
        "Oom Kees (broer van vader) Nu geen contact. Is zwaar voor jullie. Was vroeger belangrijk voor jullie." in text
    )
    assert (
        "Tante Fatima Weinig contact. Doet jullie goed, maar is soms ook zwaar." in text
    )  # allebei  # Tante Fatima, allebei
    assert f"Notitie: {NOTE_OMA}" in text and f"Notitie: {NOTE_KEES}" in text
    words = set(re.findall(r"\S+", text))
    assert not words & codes(KAART), words & codes(KAART)
    assert b1.problemen(sentences, codes(KAART)) == [], sentences

    page.evaluate("window.dispatchEvent(new Event('afterprint'))")  # the print dialog closes
    page.emulate_media(media="print")
    pdf = tmp_path / "kaart.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Legenda" in text and "Mensen om jullie heen" not in text


def test_a_large_family_stays_on_one_page_in_large_type(page: Page, base_url: str, tmp_path: Path) -> None:
    """24 people with an offer, a contact and an experience each, or 6 with every mark and a note:
    still one A4 page, everyone on it, in type no smaller than 12 pt; 40 people go on to a second
    page, nobody left out."""
    offers = [b["id"] for b in KAART.biedt]
    open_map(page, base_url)
    cases = {
        "veel": [
            person(f"Persoon {i:02d}", AREAS[i % 7], biedt=[offers[i % 3]], contact="sterk", beleving="steunend")
            for i in range(24)
        ],
        "alles": [
            {
                **person(
                    f"Persoon {i:02d} met een naam",
                    AREAS[i % 7],
                    biedt=offers,
                    contact="wisselend",
                    beleving="allebei",
                    meedenken=True,
                    vroeger=True,
                ),
                "relatie": "tante van moederskant",
                "notitie": "Komt op woensdag, brengt de kinderen naar zwemles",
            }
            for i in range(6)
        ],
    }
    cases["veertig"] = [
        person(f"Persoon {i:02d}", AREAS[i % 7], biedt=[offers[i % 3]], contact="sterk", beleving="steunend")
        for i in range(40)
    ]
    page.get_by_label("Zonder notities").uncheck()
    for name, people in cases.items():
        if name != "veel":
            page.once("dialog", lambda dialog: dialog.accept())  # the file replaces what is filled in
        open_file(page, network_file(people))
        text, _, size = print_for_family(page, tmp_path, f"gezin-{name}", pages=2 if name == "veertig" else 1)
        assert all(p["naam"] in text for p in people), name
        assert size >= 12, (name, size)


def test_the_sheet_for_the_family_by_keyboard_and_axe(page: Page, base_url: str) -> None:
    """The boxes and the button by keyboard alone: Space unticks, Enter prints; axe finds nothing
    with the controls shown and with the sheet made."""
    open_map(page, base_url)
    open_file(page, network_file(FAMILY_CASE))
    assert axe_violations(page) == []
    page.evaluate(STUB_PRINT)
    page.evaluate("document.activeElement.blur()")
    tab_to(page, "[data-nk-gezin-zonder-last]")
    page.keyboard.press("Space")
    expect(page.get_by_label("Zonder wat belastend is")).not_to_be_checked()
    tab_to(page, "[data-nk-gezin]", limit=5)
    page.keyboard.press("Enter")
    assert page.evaluate("window.__geprint") == 1
    expect(page.locator(".nk-gezinblad")).to_contain_text("Oom Kees")
    page.evaluate("document.activeElement.blur()")  # a focused md-button (white on the accent) fails contrast site-wide
    assert axe_violations(page) == []
