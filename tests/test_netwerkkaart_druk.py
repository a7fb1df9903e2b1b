"""The netwerkkaart printed and read, in a real Chromium: the map on one A4 landscape page, the blank PDF
with its legend, the legend's samples as the map draws its lines, keyboard only, axe, private and narrow."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import Page, expect

from axe_rules import axe_violations
from conftest import ROOT
from keyboard import tab_to
from recorder import Recorder
from test_veiligheidscirkels import XSS

sys.path.insert(0, str(ROOT))
from netwerkkaart_hulp import (
    KAART,
    PATH,
    STROKE,
    TWELVE,
    in_table,
    network_file,
    on_map,
    open_file,
    open_map,
    person,
)


def test_printed_map_fits_one_a4_landscape_page(page: Page, base_url: str, tmp_path: Path) -> None:
    """Print: the filled map, its legend and who can think along, on one A4 landscape page."""
    open_map(page, base_url)
    open_file(page, network_file(TWELVE))
    page.emulate_media(media="print")
    pdf = tmp_path / "kaart.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Pages:\s+1\b", info) and re.search(r"Page size:\s+841\.\d+ x 59[45]\.\d+", info), info
    text = " ".join(
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split()
    )
    for part in (
        "Gezin: Gezin J.",
        "Legenda",
        "korte streepjes dwars over de lijn",
        "Toelichting bij deze website",
        "gebruikelijke tekenwijze van een ecogram",
        "Wie kan meedenken?",
        "Voetbaltrainer",
        "Verbroken",
        "Geloof of vereniging",
    ):
        assert part in text, part
    assert "Toevoegen" not in text and "Bewaar op dit apparaat" not in text and "De kaart als tabel" not in text


def test_blank_pdf_is_one_landscape_page_with_the_legend(site: Path) -> None:
    """The blank PDF: one A4 landscape page with every life area, the legend and how to use it."""
    pdf = site / "werkmateriaal" / "pdf" / "netwerkkaart.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Pages:\s+1\b", info) and "841.89 x 595.276" in info, info
    text = " ".join(
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split()
    )
    assert "Legenda" in text and "Zo gebruik je de kaart" in text and "Gezin:" in text
    assert "korte streepjes dwars over de lijn" in text and "Toelichting bij deze website" in text
    assert "De levensgebieden (familie, vrienden," in text and "gebruikelijke tekenwijze van een ecogram" in text
    for item in [*KAART.levensgebieden, *KAART.contact, *KAART.biedt, *KAART.beleving]:
        assert item["naam"] in text, item["naam"]


def test_keyboard_only(page: Page, base_url: str) -> None:
    """Start, add, fill in what the contact means, see it on the map and export, keyboard alone."""
    page.goto(base_url + PATH, wait_until="networkidle")
    tab_to(page, "[data-laad-start]")
    page.keyboard.press("Enter")
    expect(page.locator("#nk-app-kop")).to_be_focused()
    tab_to(page, "#nk-naam")
    page.keyboard.type("Buurman")
    tab_to(page, "#nk-gebied")
    page.keyboard.press("ArrowDown")  # Vrienden
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    expect(page.locator("[data-nk-status]")).to_contain_text("Buurman is toegevoegd bij Vrienden")
    tab_to(page, ".nk-persoon-invul summary")
    page.keyboard.press("Enter")
    tab_to(page, "input[name^='nk-c-']")
    page.keyboard.press("ArrowRight")  # sterk
    expect(page.locator(".nk-lijn")).to_have_attribute("data-lijn", "dik")
    page.keyboard.press("ArrowRight")  # wisselend: a thin line (dashed is zwak, as in an ecogram)
    expect(page.locator(".nk-lijn")).to_have_attribute("data-lijn", "dun")
    tab_to(page, ".nk-persoon-invul > label:last-of-type input")
    page.keyboard.press("Space")
    expect(page.locator("[data-nk-meedenken] li")).to_have_text(["Buurman"])
    expect(page.locator("[data-nk-status]")).to_contain_text("Buurman: kan meedenken")
    page.evaluate("document.activeElement.blur()")
    tab_to(page, "[data-nk-export]")
    page.keyboard.press("Enter")  # the save dialog: focus on "Met wachtwoord versleuteld"
    expect(page.get_by_role("dialog", name="Bewaar als bestand")).to_be_visible()
    page.keyboard.press("ArrowDown")  # "Zonder wachtwoord (leesbaar bestand)"
    tab_to(page, "dialog button.md-button--primary, dialog button[type=submit]", limit=10)
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    saved = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert saved["soort"] == "casus" and saved["mensen"][0]["kaart"]["contact"] == "wisselend"
    page.evaluate("document.activeElement.blur()")
    tab_to(page, ".nk-weg")
    page.keyboard.press("Enter")
    assert on_map(page) == [] and in_table(page) == []


def test_accessible_private_and_narrow(page: Page, base_url: str) -> None:
    """axe finds nothing blank, started, filled (an editor open) and at 390 px; no sideways
    scroll at 390 px; nothing leaves the site."""
    recorder = Recorder(page)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(base_url + PATH, wait_until="networkidle")
    assert axe_violations(page) == []
    open_map(page, base_url)
    assert axe_violations(page) == []
    open_file(page, network_file(TWELVE + [person(x, "online") for x in XSS]))
    page.locator(".nk-persoon-invul summary").first.click()
    assert axe_violations(page) == []
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_function("window.innerWidth === 390")
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    assert axe_violations(page) == []
    assert recorder.outside(base_url) == []
    assert recorder.errors == []


def test_the_legend_shows_the_lines_the_map_draws(page: Page, base_url: str) -> None:
    """Each contact's sample in the legend has the stroke of that contact's line on the map, zwak
    is the dashed one and sterk the thickest (as in an ecogram); only the belastend contact gets
    the cross bars, drawn as the legend shows them; the Toelichting bij deze website names the
    life areas and the contact scale as the site's own choices."""
    open_map(page, base_url)
    open_file(page, network_file(TWELVE))
    legend = page.locator(".nk-legenda")
    for c in KAART.contact:
        sample = legend.locator(f"li:has-text('{c['naam']}') svg[data-voorbeeld='{c['lijn']}'] .nk-voorbeeldlijn")
        drawn = page.locator(f".nk-lijnen .nk-lijn[data-lijn='{c['lijn']}']").first
        assert sample.evaluate(STROKE) == drawn.evaluate(STROKE), c["id"]
    dashed = [
        c["naam"]
        for c in KAART.contact
        if legend.locator(f"svg[data-voorbeeld='{c['lijn']}'] .nk-voorbeeldlijn").first.get_attribute(
            "stroke-dasharray"
        )
    ]
    assert dashed == ["Zwak"]
    widths = {
        c["naam"]: float(page.locator(f".nk-lijn[data-lijn='{c['lijn']}']").first.get_attribute("stroke-width"))
        for c in KAART.contact
    }
    assert max(widths, key=widths.get) == "Sterk"

    hatch = page.locator(".nk-lijnen .nk-arcering")
    expect(hatch).to_have_count(1)  # Oom Kees, the one belastend contact of the twelve
    kees = [p for p in TWELVE if p["naam"] == "Oom Kees"][0]
    assert kees["kaart"]["beleving"] == "belastend"
    line = page.locator(f".nk-lijnen .nk-lijn[data-persoon='p{TWELVE.index(kees)}']")
    ends = "l => ['x1', 'y1', 'x2', 'y2'].map(a => l.getAttribute(a))"
    assert hatch.evaluate(ends) == line.evaluate(ends)
    assert hatch.evaluate(STROKE)[:2] == legend.locator("li:has-text('Belastend') .nk-arcering").evaluate(STROKE)[:2]

    note = legend.locator(".nk-toelichting")
    expect(note.locator(".admonition-title")).to_have_text("Toelichting bij deze website")
    for item in (*KAART.levensgebieden, *KAART.contact):
        expect(note).to_contain_text(item["naam"].lower())
    expect(note).to_contain_text("kiest deze website; ze staan niet in de handreiking")
    expect(note).to_contain_text("een streepjeslijn voor zwak contact")
