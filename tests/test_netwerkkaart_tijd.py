"""The netwerkkaart over time and around the household, in a real Chromium: moments kept, compared on the
map and in the case file; the household in the middle, who supports whom, a person added in few keys."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import Page, expect

from axe_rules import axe_violations
from bewaren import save_file
from conftest import ROOT
from keyboard import tab_to
from test_veiligheidscirkels import boxes_overlap

sys.path.insert(0, str(ROOT))
from netwerkkaart_hulp import (
    KAART,
    Keys,
    add,
    assert_no_hidden_line,
    assert_no_overlap,
    editor_of,
    network_file,
    open_file,
    open_map,
    person,
    print_for_family,
)


def test_moments_compared_on_the_map_and_kept_in_the_case_file(page: Page, base_url: str) -> None:
    """A file of versie 1 opens (started on its date); a moment needs a name; 'intake', then a
    contact changed, someone added, someone removed, a second moment; compared with now: the list
    says who is new, gone and changed in the data's words, the map marks them in text and prints
    the comparison; axe finds nothing; the case file holds moments and start date, back after
    'Alles wissen'."""
    contact = {c["id"]: c["naam"] for c in KAART.contact}
    open_map(page, base_url)
    v1 = network_file(
        [
            person("Oma", contact="wisselend"),
            person("Buurvrouw Anja", "buurt"),
            person("Juf Petra", "school-werk"),
            person("Vriendin Mirjam", "vrienden"),
        ]
    )
    open_file(page, v1)
    started = "Begonnen op 1 december 2026"
    expect(page.locator("[data-nk-data]")).to_have_text(started + " · Laatst gewijzigd op 1 december 2026")
    expect(page.locator("[data-nk-momenten-leeg]")).to_be_visible()
    page.get_by_role("button", name="Leg dit moment vast").click()
    label = page.get_by_label("Naam van het moment")
    expect(label).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#" + label.get_attribute("aria-describedby").split()[-1])).to_contain_text(
        "Geef het moment een naam"
    )
    label.fill("intake")
    page.get_by_role("button", name="Leg dit moment vast").click()
    expect(page.locator("[data-nk-status]")).to_contain_text("Moment ‘intake’ is vastgelegd")
    editor_of(page, "Oma").get_by_label(contact["sterk"]).check()
    editor_of(page, "Buurvrouw Anja").get_by_label("Kan meedenken").check()
    add(page, "Oom Kees")
    editor_of(page, "Juf Petra").get_by_role("button", name="Verwijder Juf Petra").click()
    label.fill("na het netwerkberaad")
    page.get_by_role("button", name="Leg dit moment vast").click()
    today = page.evaluate("window.handreikingKern.datum(new Date())")
    expect(page.locator("[data-nk-momenten] li span")).to_have_text(
        [f"{today}: intake (4 mensen)", f"{today}: na het netwerkberaad (4 mensen)"]
    )
    expect(page.locator("[data-nk-data]")).to_have_text(f"{started} · Laatst gewijzigd op {today}")

    page.get_by_label("Van moment").select_option(label=f"{today}: intake")
    page.get_by_label("Naar moment of nu").select_option(label="Nu")
    page.get_by_role("button", name="Vergelijk", exact=True).click()
    result = page.locator("[data-nk-vergelijking]")
    expect(result.get_by_role("heading", level=2)).to_have_text(f"Vergelijking van ‘intake’ ({today}) naar nu")
    expect(result.locator("h3")).to_have_text(
        ["Nieuw in het netwerk (1)", "Niet meer in het netwerk (1)", "Veranderd (2)"]
    )
    expect(result.locator("li")).to_have_text(
        [
            "Oom Kees",
            "Juf Petra",
            f"Oma: contact van {contact['wisselend']} naar {contact['sterk']}.",
            "Buurvrouw Anja: kan nu meedenken.",
        ]
    )
    marks = page.locator(".nk-mensen .nk-persoon").evaluate_all(
        "gs => Object.fromEntries(gs.map(g => [g.querySelector('.nk-naam').textContent, (g.querySelector('.nk-merk') || {}).textContent || '']))"
    )
    assert {name: mark.strip() for name, mark in marks.items()} == {
        "Oma": "veranderd",
        "Buurvrouw Anja": "veranderd",
        "Vriendin Mirjam": "",
        "Oom Kees": "nieuw",
    }
    expect(page.locator("[data-nk-weg]")).to_have_text(f"Niet meer in het netwerk sinds ‘intake’ ({today}): Juf Petra.")
    assert axe_violations(page) == []
    page.emulate_media(media="print")
    expect(result).to_be_visible()
    expect(page.locator(".nk-tekening")).to_be_visible()
    expect(page.locator(".nk-kopregel")).to_contain_text(started)
    page.emulate_media(media="screen")

    saved = Path(save_file(page, "[data-nk-export]").path()).read_text(encoding="utf-8")
    expect(page.locator("[data-nk-status]")).to_contain_text("2 vastgelegde momenten")
    data = json.loads(saved)
    assert data["versie"] == 2 and data["begonnen"] == "2026-12-01"
    assert [m["label"] for m in data["momenten"]] == ["intake", "na het netwerkberaad"]
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator("[data-nk-wis]").click()
    expect(page.locator("[data-nk-momenten-leeg]")).to_be_visible()
    expect(result).to_be_hidden()
    page.set_input_files(
        "[data-nk-import]", {"name": "casus.json", "mimeType": "application/json", "buffer": saved.encode()}
    )
    expect(page.locator("[data-nk-status]")).to_contain_text("Het netwerk is geopend")
    expect(page.locator("[data-nk-momenten] li span")).to_have_count(2)
    expect(page.locator("[data-nk-data]")).to_contain_text(started)
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name=f"Verwijder moment {today}: intake").click()
    expect(page.locator("[data-nk-momenten] li span")).to_have_text([f"{today}: na het netwerkberaad (4 mensen)"])


def test_household_in_the_middle_who_supports_whom_and_adding_in_few_keys(
    page: Page, base_url: str, tmp_path: Path
) -> None:
    """By keyboard alone: add a person with life area, contact and one offer in at most 10 key
    presses besides the name (before: the add form, then opening the person again, 26-29); two
    parents and two children marked as the household stand in the middle, each their own box;
    whom someone supports shows as an arrow to that member (no line under another box), in the
    table (Steunt), on the print and on the sheet for the family. At 1280 px the map stays in
    view beside the editor, focus never under the header."""
    page.set_viewport_size({"width": 1280, "height": 800})
    open_map(page, base_url)
    keys = Keys(page)
    page.focus("#nk-naam")
    for name in ["Moeder Sanne", "Vader Ahmed", "Mila", "Noor"]:  # the household: the box in the form
        page.keyboard.type(name)
        keys.press("Tab", "Tab", "Tab", "Tab", "Tab", "Space", "Shift+Tab", "Enter")
        expect(page.locator("[data-nk-status]")).to_contain_text(f"{name} is toegevoegd aan het huishouden")
    keys.count = 0
    page.keyboard.type("Oma Jansen")
    keys.press("Tab", "ArrowDown", "ArrowDown")  # Buurt
    keys.press("Tab", "ArrowDown")  # contact: Sterk
    keys.press("Tab", "ArrowDown")  # offers: Emotionele steun
    keys.press("Tab", "Enter")  # the relation may stay empty: Enter adds
    expect(page.locator("[data-nk-status]")).to_contain_text("Oma Jansen is toegevoegd bij Buurt")
    assert keys.count <= 10, keys.count
    expect(page.locator("#nk-naam")).to_be_focused()
    oma = page.locator("[data-nk-tabel] tr", has_text="Oma Jansen")
    expect(oma).to_contain_text("Buurt")
    expect(oma).to_contain_text("Emotionele steun")
    expect(oma).to_contain_text("Sterk")
    expect(oma).to_contain_text("het hele gezin")
    for i, name in enumerate(["Juf Petra", "Voetbaltrainer", "Vriendin Mirjam", "Buurman", "Coach Dirk", "Oom Kees"]):
        page.keyboard.type(name)
        keys.press("Tab", *["ArrowDown"] * (i % 6), "Tab", "ArrowDown", "Tab", "Tab", "Enter")

    # The household in the middle, each their own box; the family's ellipse gives way to them.
    members = page.locator(".nk-mensen .nk-huislid .nk-naam")
    expect(members).to_have_text(["Moeder Sanne", "Vader Ahmed", "Mila", "Noor"])
    expect(page.locator(".nk-gezin")).to_be_hidden()
    # Oma supports Mila: the editor's box by the member's name, by keyboard.
    page.locator(".nk-persoon-invul summary", has_text="Oma Jansen").focus()
    keys.press("Enter")
    expect(page.locator(".nk-persoon-invul[open] .nk-steunt")).to_be_visible()  # its fields are made on opening
    tab_to(page, ".nk-persoon-invul[open] .nk-steunt label:nth-of-type(3) input")  # Mila
    keys.press("Space")
    expect(page.locator("[data-nk-status]")).to_contain_text("Oma Jansen: steunt Mila")
    focused = page.evaluate("document.activeElement.getBoundingClientRect().top")
    header = page.locator(".md-header").bounding_box()
    assert focused >= header["y"] + header["height"], (focused, header)
    mila = page.locator(".nk-huislid", has_text="Mila").get_attribute("data-id")
    oma_id = page.locator(".nk-persoon-invul", has_text="Oma Jansen").get_attribute("data-id")
    arrow = page.locator(f".nk-lijn[data-persoon='{oma_id}']")
    expect(arrow).to_have_count(1)
    expect(arrow).to_have_attribute("data-naar", mila)
    expect(arrow).to_have_attribute("marker-end", "url(#nk-pijl)")
    assert_no_overlap(page)
    assert_no_hidden_line(page)
    # The map beside the editor, in view while the editor is scrolled.
    tab_to(page, ".nk-persoon-invul[open] .nk-weg")
    box, editor = page.locator(".nk-tekening").bounding_box(), page.locator(".nk-app").bounding_box()
    assert box["x"] >= editor["x"] + editor["width"] and box["y"] >= header["height"] - 1 and box["y"] < 800, box
    assert page.evaluate("document.documentElement.scrollWidth <= 1280")
    # Below the editor the map stays behind: the sections after it are never under the map.
    page.locator("#nk-papier-kop").scroll_into_view_if_needed()
    sheet, below = page.locator(".nk-blad").bounding_box(), page.locator("#nk-papier-kop").bounding_box()
    assert not boxes_overlap(sheet, below), f"de kaart ligt over ‘Zo gebruik je de kaart op papier’: {sheet} {below}"
    # The table says it in words; the legend explains the arrow.
    expect(page.locator("[data-nk-steunt-kop]")).to_be_visible()
    expect(oma.locator("td").last).to_have_text("Steunt: Mila")
    expect(page.locator("[data-nk-tabel] tr", has_text="Juf Petra").locator("td").last).to_have_text(
        "Steunt: het hele gezin"
    )
    expect(page.locator("[data-nk-pijluitleg]")).to_be_visible()
    assert axe_violations(page) == []
    # The print: the arrow and the members on the map, on one page.
    page.emulate_media(media="print")
    pdf = tmp_path / "kaart.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True)
    page.emulate_media(media="screen")
    text = " ".join(
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split()
    )
    for part in ["Moeder Sanne", "Vader Ahmed", "Mila", "Noor", "Pijl: wie de persoon steunt", "Oma Jansen"]:
        assert part in text, part
    # The sheet for the family: "Steunt Mila." with Oma; the household itself is "jullie", not listed.
    text, _, _ = print_for_family(page, tmp_path, "gezin")
    assert "Oma Jansen Luistert en leeft mee. Veel contact. Steunt Mila." in text, text
    assert "Moeder Sanne" not in text
