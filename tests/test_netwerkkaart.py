"""The netwerkkaart and the family's network it shares with the veiligheidscirkels and the olievlek,
in a real Chromium: one list of people, kept privately, renamed everywhere, old circles migrated,
text never markup, everyone on the map without overlap or hidden lines (60 and 500 people),
the map in words at 390 px, lines, letters and signs for contact. Printing, the legend, keyboard and
axe: test_netwerkkaart_druk.py; the sheet for the family: test_netwerkkaart_gezin.py; moments and the
household: test_netwerkkaart_tijd.py."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from axe_rules import axe_violations
from conftest import ROOT
from recorder import Recorder
from test_veiligheidscirkels import CIRKELS, XSS, names_in_ring, network, place
from test_veiligheidscirkels import open_sheet as open_circles

sys.path.insert(0, str(ROOT))
from netwerkkaart_hulp import (
    AREAS,
    FIVE,
    KAART,
    KEY,
    OLD_KEY,
    PATH,
    SHEETS,
    START,
    TWELVE,
    add,
    assert_no_hidden_line,
    assert_no_overlap,
    in_table,
    network_file,
    on_map,
    open_file,
    open_map,
    person,
    sixty,
)


def test_sixty_people_each_their_own_box(page: Page, base_url: str, tmp_path: Path) -> None:
    """60 people, 44 of them in Familie: 60 boxes with full names, none overlapping another, an
    area's name or the family, no line under another's box, never "zie de tabel". The print has
    every name at 8 pt or more, the map on one A4 landscape page where it fits, else continued on a
    second; both looked at as PNG (pdftoppm -r 50)."""
    page.set_viewport_size({"width": 1280, "height": 900})
    open_map(page, base_url)
    case = sixty()
    open_file(page, network_file(case))
    expect(page.locator(".nk-mensen > g")).to_have_count(60)
    assert sorted(on_map(page)) == sorted(p["naam"] for p in case)
    assert "zie de tabel" not in page.locator(".nk-tekening").text_content()
    assert_no_overlap(page)
    assert_no_hidden_line(page)
    expect(page.locator(".nk-lijn")).to_have_count(sum(1 for p in case if p["kaart"]["contact"]))
    height = page.locator(".nk-tekening").evaluate("s => s.viewBox.baseVal.height")

    page.emulate_media(media="print")
    pdf = tmp_path / "kaart.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert re.search(r"Page size:\s+841\.\d+ x 59[45]\.\d+", info), info
    raw = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "zie de tabel" not in raw
    squeezed = re.sub(r"\s+", "", raw)
    missing = [p["naam"] for p in case if re.sub(r"\s+", "", p["naam"]) not in squeezed]
    assert not missing, missing
    # names at 8 pt or more: word heights against the header line's, which is 10 pt
    words = re.findall(
        r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>',
        subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout,
    )
    ten = next(float(b) - float(a) for a, b, w in words if w == "Gezin:") / 10
    first = {p["naam"].split()[0] for p in case}
    sizes = [(float(b) - float(a)) / ten for a, b, w in words if w in first]
    assert len(sizes) >= 60 and min(sizes) >= 7.95, min(sizes)
    map_pages = 1 if height <= 780 else 2
    assert pages <= map_pages + 1, (pages, height)
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(tmp_path / "kaart")], check=True)
    assert len(list(tmp_path.glob("kaart-*.png"))) == pages
    page.emulate_media(media="screen")
    # A v1 file of 56 people (40 in Familie), opened over the 60: each of the 56 its own box and row.
    page.once("dialog", lambda dialog: dialog.accept())  # "Het bestand vervangt wat nu is ingevuld"
    case56 = [p for i, p in enumerate(case) if i < 40 or i >= 44]
    open_file(page, network_file(case56))
    expect(page.locator(".nk-mensen > g")).to_have_count(56)
    names = sorted(p["naam"] for p in case56)
    assert sorted(on_map(page)) == names and sorted(in_table(page)) == names
    assert_no_overlap(page)
    assert_no_hidden_line(page)


def test_narrow_screen_the_map_in_words_and_every_column(page: Page, base_url: str) -> None:
    """At 390 px nothing scrolls sideways: the map is there in words, per life area (the same
    names, contact, offers, experience), and the table stands in stacked rows with every column's
    name in view."""
    page.set_viewport_size({"width": 390, "height": 844})
    open_map(page, base_url)
    case = sixty()
    open_file(page, network_file(case))
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    words = page.locator("[data-nk-woorden]")
    expect(words).to_be_visible()
    expect(page.locator(".nk-tekening")).to_be_hidden()
    for area in KAART.levensgebieden:
        expect(words.locator("h4", has_text=area["naam"])).to_be_visible()
    expect(words.locator("h4").first).to_have_text("Familie (44)")
    oma = words.locator("li").first
    expect(oma).to_contain_text(case[0]["naam"])
    expect(oma).to_contain_text("Contact: Sterk; was vroeger belangrijk.")
    expect(oma).to_contain_text("Kan meedenken: Ja.")
    assert words.locator("li").count() == 60
    row = page.locator("[data-nk-tabel] tr").first
    row.scroll_into_view_if_needed()
    for head in ["Levensgebied", "Biedt", "Contact", "Beleving", "Kan meedenken"]:
        label = row.locator(".nk-kolom", has_text=head)
        expect(label).to_be_visible()
        box = label.bounding_box()
        assert box and 0 <= box["x"] and box["x"] + box["width"] <= 390, (head, box)
    cells = page.locator("[data-nk-tabel] tr:first-child > *").evaluate_all(
        "cs => cs.map(c => c.getBoundingClientRect().right)"
    )
    assert len(cells) == 6 and max(cells) <= 390, cells
    assert page.locator(".nk-tabelraam").evaluate("e => e.scrollWidth <= e.clientWidth")
    assert axe_violations(page) == []


def test_first_visit_and_without_javascript(browser: Browser, base_url: str) -> None:
    """Without JavaScript: the blank map with every life area, the legend and how to use it on
    paper. With it, a first visit loads no script and stores nothing until the reader starts."""
    context = browser.new_context(locale="nl-NL", java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + PATH)
    expect(page.locator(".nk-tekening")).to_be_visible()
    for area in KAART.levensgebieden:
        expect(page.locator(".nk-gebied", has_text=area["naam"])).to_have_count(1)
    expect(page.locator(".nk-legenda")).to_contain_text("Verbroken")
    expect(page.locator(".nk-legenda")).to_contain_text("Emotionele steun")
    expect(page.locator(".nk-papier")).to_contain_text("Trek een lijn van het gezin naar de persoon")
    expect(page.locator(".nk-noscript")).to_be_visible()
    expect(page.locator(".nk-app")).to_be_hidden()
    context.close()

    page = browser.new_page(locale="nl-NL")
    recorder = Recorder(page)
    page.goto(base_url + PATH, wait_until="networkidle")
    assert not [url for url in recorder.requests if url.endswith("netwerkkaart.js")]
    assert page.evaluate("sessionStorage.length + localStorage.length") == 0
    page.get_by_role("button", name=START).click()
    expect(page.locator("#nk-app-kop")).to_be_focused()
    assert recorder.errors == []
    page.close()


def test_one_network_in_the_map_the_circles_and_the_olievlek(browser: Browser, base_url: str) -> None:
    """Five people added on the map, three placed in circle 2, two in the olievlek; after closing
    the browser (kept on the device) everyone is there once, in every view; a rename shows
    everywhere; wiping everything empties all three."""
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    open_map(page, base_url)
    page.get_by_label("Bewaar op dit apparaat").check()
    for name, area in zip(FIVE, ["Familie", "Buurt", "School of werk", "Familie", "Vrienden"], strict=True):
        add(page, name, area)
    assert on_map(page) == ["Oma", "Oom Kees", "Vriendin Mirjam", "Buurvrouw Anja", "Juf Petra"]

    open_circles(page, base_url)
    assert network(page) == FIVE
    expect(page.get_by_label("Bewaar op dit apparaat")).to_be_checked()
    for name, ring in (("Oma", 1), ("Juf Petra", 2), ("Oom Kees", 3)):
        place(page, 2, name, ring)

    page.goto(base_url + SHEETS, wait_until="networkidle")
    expect(page.locator(".wb-app")).to_be_visible()  # the kept network loads the worksheets at once
    page.get_by_label("Uit het netwerk (persoon 1)").select_option(label="Oma")
    page.get_by_label("Uit het netwerk (persoon 2)").select_option(label="Buurvrouw Anja")
    expect(page.locator("#olievlek fieldset[name=p1] textarea[name=naam]")).to_have_value("Oma")
    state = context.storage_state()
    context.close()

    context = browser.new_context(locale="nl-NL", storage_state=state)
    page = context.new_page()
    open_map(page, base_url)
    assert sorted(on_map(page)) == sorted(FIVE) and sorted(in_table(page)) == sorted(FIVE)
    assert len(json.loads(page.evaluate("k => localStorage.getItem(k)", KEY))["mensen"]) == 5
    oma = page.locator("details.nk-persoon-invul", has=page.locator("summary", has_text="Oma"))
    oma.locator("summary").click()
    oma.get_by_label("Naam of rol").fill("Oma Jo")
    oma.get_by_label("Naam of rol").press("Tab")
    expect(page.locator("[data-nk-status]")).to_contain_text("Oma heet nu Oma Jo")
    assert "Oma Jo" in on_map(page) and "Oma" not in on_map(page) and "Oma Jo" in in_table(page)

    open_circles(page, base_url)
    assert network(page) == ["Oma Jo", *FIVE[1:]]
    assert (names_in_ring(page, 2, 1), names_in_ring(page, 2, 2), names_in_ring(page, 2, 3)) == (
        ["Oma Jo"],
        ["Juf Petra"],
        ["Oom Kees"],
    )
    assert names_in_ring(page, 1, 1) == []
    page.goto(base_url + SHEETS, wait_until="networkidle")
    expect(page.locator("#olievlek fieldset[name=p1] textarea[name=naam]")).to_have_value("Oma Jo")
    expect(page.locator("#olievlek fieldset[name=p2] textarea[name=naam]")).to_have_value("Buurvrouw Anja")
    expect(page.get_by_label("Uit het netwerk (persoon 1)").locator("option")).to_have_count(6)

    open_map(page, base_url)
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Alles van deze site wissen").click()
    expect(page.locator("[data-nk-status]")).to_contain_text("Alles van deze site is gewist")
    assert on_map(page) == [] and page.evaluate("localStorage.length + sessionStorage.length") == 0
    open_circles(page, base_url)
    assert network(page) == []
    context.close()


def test_circles_kept_in_the_old_format_move_into_the_network_once(page: Page, base_url: str) -> None:
    """Circles kept by an older version (own key, format veiligheidscirkels 1) load on the map and
    in the circles with nothing lost; the old key goes, so they move only once."""
    page.goto(base_url + PATH, wait_until="networkidle")
    c1, c2 = CIRKELS[0], CIRKELS[1]
    old = {
        "soort": "veiligheidscirkels",
        "versie": 1,
        "datum": "2025-03-04",
        "midden": "Gezin K.",
        "mensen": [
            {
                "naam": "Tante",
                "notitie": "belt elke week",
                "kringen": {c1.id: c1.kringen[0].id, c2.id: c2.kringen[2].id},
            },
            {"naam": "Buurman", "notitie": "", "kringen": {}},
        ],
    }
    page.evaluate("([k, v]) => sessionStorage.setItem(k, v)", [OLD_KEY, json.dumps(old)])
    page.reload(wait_until="networkidle")
    expect(page.locator(".nk-app")).to_be_visible()  # kept data loads the script at once
    assert in_table(page) == ["Tante", "Buurman"]
    expect(page.locator("[data-nk-buiten]")).to_have_text(
        "Nog niet op de kaart (kies een levensgebied): Tante, Buurman."
    )
    expect(page.locator("[data-nk-midden]")).to_have_value("Gezin K.")
    kept = json.loads(page.evaluate("k => sessionStorage.getItem(k)", KEY))
    assert [(p["naam"], p["notitie"], p["kringen"]) for p in kept["mensen"]] == [
        (p["naam"], p["notitie"], p["kringen"]) for p in old["mensen"]
    ]
    assert kept["datum"] == "2025-03-04"
    assert page.evaluate("k => sessionStorage.getItem(k)", OLD_KEY) is None
    open_circles(page, base_url)
    assert network(page) == ["Tante", "Buurman"]
    assert names_in_ring(page, 1, 1) == ["Tante"] and names_in_ring(page, 2, 3) == ["Tante"]
    page.reload(wait_until="networkidle")
    assert network(page) == ["Tante", "Buurman"]


def test_names_are_text_long_names_fit_and_500_people_do_not_break_the_map(page: Page, base_url: str) -> None:
    """Names that look like HTML stay text; twelve people with long names fit, whole, without
    overlap; 500 people are each drawn, still without overlap."""
    page.set_viewport_size({"width": 1280, "height": 900})
    open_map(page, base_url)
    for name in XSS:
        add(page, name, "Online")
    assert on_map(page) == XSS and in_table(page) == XSS
    assert page.locator(".nk img, .nk script").count() == 0
    assert page.evaluate("typeof window.__xss") == "undefined"

    long = [
        person(f"Persoon {i:02d} met een heel lange naam en een rol erbij", AREAS[i % 7], contact="sterk")
        for i in range(12)
    ]
    page.once("dialog", lambda dialog: dialog.accept())  # the file replaces what is filled in
    open_file(page, network_file(long))
    assert sorted(on_map(page)) == sorted(p["naam"] for p in long)
    assert_no_overlap(page)
    assert_no_hidden_line(page)

    many = [
        person(f"Iemand {i:03d}", AREAS[i % 7], contact=["sterk", "zwak"][i % 2], meedenken=i % 50 == 0)
        for i in range(500)
    ]
    page.once("dialog", lambda dialog: dialog.accept())
    open_file(page, network_file(many), timeout=20000)
    expect(page.locator("[data-nk-tabel] tr")).to_have_count(500)
    expect(page.locator(".nk-mensen > g")).to_have_count(500)  # everyone on the map, no "zie de tabel"
    assert "zie de tabel" not in page.locator(".nk-tekening").text_content()
    expect(page.locator(".nk-lijnen .nk-lijn")).to_have_count(500)
    expect(page.locator("[data-nk-meedenken] li")).to_have_count(10)
    assert_no_overlap(page)
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_function("window.innerWidth === 390")
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0


def test_lines_letters_and_signs_tell_the_contact_without_colour(page: Page, base_url: str) -> None:
    """Each kind of contact is its own line style; what someone offers shows as letters, the
    family's experience as a sign, an earlier tie as a dashed border; the table says it in words."""
    open_map(page, base_url)
    open_file(page, network_file(TWELVE))
    styles = page.locator(".nk-lijn").evaluate_all(
        "ls => ls.map(l => [l.dataset.lijn, l.getAttribute('stroke-dasharray') || '', l.getAttribute('stroke-width')])"
    )
    assert len({tuple(s[1:]) for s in styles}) == 4 == len({s[0] for s in styles})
    oma = page.locator(".nk-mensen > g", has=page.locator("text", has_text="Oma Jansen"))
    expect(oma.locator(".nk-tekens")).to_have_text("+  E P  M")
    kees = page.locator(".nk-mensen > g", has=page.locator("text", has_text="Oom Kees"))
    assert kees.locator("rect").get_attribute("stroke-dasharray")
    row = page.locator("[data-nk-tabel] tr", has=page.locator("th", has_text="Oom Kees"))
    expect(row).to_contain_text("Verbroken; was vroeger belangrijk")
    expect(row).to_contain_text("Belastend")
    expect(page.locator("[data-nk-meedenken] li")).to_have_text(
        ["Oma Jansen", "Tante Fatima", "Buurvrouw Anja", "Voetbaltrainer", "Vriendin Mirjam"]
    )
    assert_no_overlap(page)
