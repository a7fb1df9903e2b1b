"""The netwerkkaart and the family's network it shares with the veiligheidscirkels and the olievlek,
in a real Chromium: one list of people, kept privately, renamed everywhere, old circles migrated,
text never markup, everyone on the map without overlap or hidden lines (60 and 500 people), the
print at 8 pt on one A4 landscape page or continued, the map in words at 390 px, the legend's samples
and the map's lines from one source with the Toelichting on screen and on every print, the sheet
for the family (plain Dutch, without what is belastend and without notes, one A4), keyboard and axe."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from axe_rules import axe_violations
from bewaren import save_file
from conftest import ROOT
from keyboard import tab_to
from opslag import scoped
from recorder import Recorder
from test_netwerkkaart_indeling import crosses
from test_veiligheidscirkels import CIRKELS, XSS, boxes_overlap, names_in_ring, network, place
from test_veiligheidscirkels import open_sheet as open_circles

sys.path.insert(0, str(ROOT))
from handreiking.hulpmiddelen.netwerkkaart import b1  # noqa: E402
from handreiking.hulpmiddelen.netwerkkaart.netwerkkaart import codes, load_netwerkkaart  # noqa: E402
from handreiking.kern.stapels import load_stapels  # noqa: E402

PATH = "werkmateriaal/netwerkkaart.html"
SHEETS = "werkmateriaal/family-finding-werkbladen.html"
KAART = load_netwerkkaart(ROOT, load_stapels(ROOT))
KEY = scoped("handreiking.netwerk")
OLD_KEY = scoped("handreiking.veiligheidscirkels")
START = "Invullen op dit apparaat"
FIVE = ["Oma", "Buurvrouw Anja", "Juf Petra", "Oom Kees", "Vriendin Mirjam"]
AREAS = [g["id"] for g in KAART.levensgebieden]


def open_map(page: Page, base_url: str) -> None:
    """Open the map, start filling in when nothing is kept yet, wait for the controls."""
    page.goto(base_url + PATH, wait_until="networkidle")
    start = page.get_by_role("button", name=START)
    if start.is_visible():
        start.click()
    expect(page.locator(".nk-app")).to_be_visible()


def add(page: Page, name: str, area: str = "Familie", relation: str = "") -> None:
    """Add a person on the map with the form."""
    page.fill("#nk-naam", name)
    page.fill("#nk-relatie", relation)
    page.select_option("#nk-gebied", label=area)
    page.press("#nk-naam", "Enter")
    expect(page.locator("[data-nk-status]")).to_contain_text("is toegevoegd")


def on_map(page: Page) -> list[str]:
    """The full names the map shows in its person boxes (the lines of a wrapped name together)."""
    return page.locator(".nk-mensen .nk-naam").evaluate_all(
        "ts => ts.map(t => (t.querySelector('title') || t).textContent)"
    )


def in_table(page: Page) -> list[str]:
    """The names in the table's first column."""
    return page.locator("[data-nk-tabel] th span:first-child").all_text_contents()


def person(name: str, area: str = "familie", **kaart: object) -> dict:
    """One person of a network file."""
    base = {"gebied": area, "biedt": [], "contact": "", "vroeger": False, "beleving": "", "meedenken": False}
    return {"naam": name, "relatie": "", "notitie": "", "kringen": {}, "kaart": {**base, **kaart}}


def network_file(people: list[dict], midden: str = "Gezin J.") -> dict:
    """A network file as the page exports it."""
    return {
        "soort": "netwerk",
        "versie": 1,
        "datum": "2026-12-01",
        "midden": midden,
        "mensen": [{"id": f"p{i}", **p} for i, p in enumerate(people)],
    }


def open_file(page: Page, data: dict, timeout: float = 5000) -> None:
    """Open a network file with the page's file picker (a big one may take longer on a busy machine)."""
    page.set_input_files(
        "[data-nk-import]",
        {"name": "netwerk.json", "mimeType": "application/json", "buffer": json.dumps(data).encode()},
    )
    expect(page.locator("[data-nk-status]")).to_contain_text("Het netwerk is geopend", timeout=timeout)


TWELVE = [
    person(
        "Oma Jansen",
        "familie",
        biedt=["emotionele-steun", "praktische-hulp-zorg"],
        contact="sterk",
        beleving="steunend",
        meedenken=True,
    ),
    person("Opa Piet", "familie", biedt=["verbinding"], contact="wisselend", beleving="steunend"),
    person("Tante Fatima", "familie", contact="zwak", beleving="allebei", meedenken=True),
    person("Oom Kees", "familie", contact="verbroken", beleving="belastend", vroeger=True),
    person("Buurvrouw Anja", "buurt", biedt=["praktische-hulp-zorg"], contact="sterk", meedenken=True),
    person("Buurman met de hond", "buurt", contact="zwak"),
    person("Juf Anja (groep 5, basisschool De Regenboog)", "school-werk", contact="wisselend"),
    person("Collega van moeder", "school-werk", contact="zwak"),
    person("Voetbaltrainer", "geloof-vereniging", biedt=["verbinding"], contact="sterk", meedenken=True),
    person("Vriendin Mirjam", "vrienden", biedt=["emotionele-steun", "verbinding"], contact="sterk", meedenken=True),
    person("Gamevriend Sam", "online", contact="wisselend", beleving="allebei"),
    person("Wijkteam: Lotte", "hulpverlening", biedt=["praktische-hulp-zorg"], contact="sterk"),
]


def assert_no_overlap(page: Page) -> None:
    """No two person boxes on the map overlap (their text included), none leaves the drawing or
    covers an area's name or the family; measured in the drawing's own units."""
    boxes = page.locator(".nk-mensen > g").evaluate_all("""gs => gs.map(g => { const b = g.getBBox(), t = g.transform.baseVal.consolidate().matrix;
        return {x: b.x + t.e, y: b.y + t.f, width: b.width, height: b.height}; })""")
    fixed = page.locator(".nk-gebied, .nk-gezin").evaluate_all(
        "es => es.map(e => { const b = e.getBBox(); return {x: b.x, y: b.y, width: b.width, height: b.height}; })"
    )
    width, height = page.locator(".nk-tekening").evaluate("s => [s.viewBox.baseVal.width, s.viewBox.baseVal.height]")
    assert boxes, "geen mensen op de kaart"
    for i, box in enumerate(boxes):
        assert (
            0 <= box["x"] and box["x"] + box["width"] <= width and 0 <= box["y"] and box["y"] + box["height"] <= height
        ), box
        assert not any(boxes_overlap(box, other) for other in boxes[:i]), box
        assert not any(boxes_overlap(box, other) for other in fixed), box
    widths = page.locator(".nk-mensen > g").evaluate_all(
        "gs => gs.map(g => [g.getBBox().width, g.querySelector('rect').width.baseVal.value])"
    )
    assert all(box <= rect + 0.5 for box, rect in widths), "een naam loopt uit zijn vak"
    assert not any(boxes_overlap(a, b) for i, a in enumerate(fixed) for b in fixed[:i]), "gebiedsnamen overlappen"


def assert_no_hidden_line(page: Page) -> None:
    """No person's line runs under another person's box (or an area's name): each line of the map,
    in the drawing's units, against every other box's bounding box."""
    lines = page.locator(".nk-lijn").evaluate_all(
        """ls => ls.map(l => [l.dataset.id, l.dataset.naar || '', l.points ? Array.from(l.points).flatMap(p => [p.x, p.y])
            : ['x1', 'y1', 'x2', 'y2'].map(a => l[a].baseVal.value)])"""
    )
    boxes = page.locator(".nk-mensen > g").evaluate_all("""gs => gs.map(g => { const b = g.getBBox(), t = g.transform.baseVal.consolidate().matrix;
        return [g.dataset.id, [b.x + t.e, b.y + t.f, b.width, b.height]]; })""")
    names = page.locator(".nk-gebied").evaluate_all(
        "es => es.map(e => { const b = e.getBBox(); return [b.x, b.y, b.width, b.height]; })"
    )
    assert lines, "geen lijnen op de kaart"
    for who, target, points in lines:  # a line to a member of the household may bend: each piece
        for line in (points[i : i + 4] for i in range(0, len(points) - 2, 2)):
            for other, box in boxes:
                assert other in (who, target) or not crosses(line, box), (
                    f"de lijn van {who} loopt onder het vak van {other}"
                )
            assert not any(crosses(line, box) for box in names), (
                f"de lijn van {who} loopt door de naam van een levensgebied"
            )


RELATIVES = ["Oma", "Opa", "Tante", "Oom", "Neef", "Nicht", "Achterneef", "Schoonzus", "Peettante", "Stiefvader"]


def sixty() -> list[dict]:
    """A Family Finding case: 44 relatives and 16 others, some with long names, every mark in use."""
    return [
        person(
            f"{RELATIVES[i % 10]} {['Jansen', 'Ayşe', 'de Vries', 'Bakker'][i % 4]} {i}"
            + (" (van moederskant, woont in Zwolle)" if i % 9 == 4 else ""),
            "familie" if i < 44 else AREAS[1 + i % 6],
            biedt=[["emotionele-steun"], ["verbinding", "praktische-hulp-zorg"], []][i % 3],
            contact=["sterk", "wisselend", "zwak", "verbroken", ""][i % 5],
            beleving=["steunend", "belastend", "allebei", ""][i % 4],
            vroeger=i % 7 == 0,
            meedenken=i % 5 == 0,
        )
        for i in range(60)
    ]


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


# --- Conventions: the legend's samples are the map's lines -------------------------------------


STROKE = "l => ['stroke-width', 'stroke-dasharray', 'stroke-linecap'].map(a => l.getAttribute(a))"


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


# --- The sheet for the family -----------------------------------------------------------------

NOTE_OMA, NOTE_KEES = "Belt elke zondag, weet van de ruzie", "Geen contact sinds de scheiding"
FAMILY_CASE = [
    {**p, "notitie": NOTE_OMA}
    if p["naam"] == "Oma Jansen"
    else {**p, "notitie": NOTE_KEES, "relatie": "broer van vader"}
    if p["naam"] == "Oom Kees"
    else p
    for p in TWELVE
] + [person("Buurmeisje Lina", "", contact="zwak")]  # no life area yet: on the sheet all the same
# The browser's print dialog, replaced: counts the calls (the test prints with page.pdf instead).
STUB_PRINT = "() => { window.print = () => { window.__geprint = (window.__geprint || 0) + 1; }; }"
SHEET_SENTENCES = ".nk-gezinblad h2, .nk-gezin-inleiding, .nk-gezin-zinnen, .nk-gezinblad > p:last-child"


def print_for_family(page: Page, tmp_path: Path, name: str, pages: int = 1) -> tuple[str, list[str], float]:
    """Press 'Afdrukken voor het gezin' (the browser's print dialog replaced by a PDF of the page
    in print media): the PDF's text, one line of words; the sentences of the sheet as printed.
    The PDF has `pages` A4 portrait pages; also the smallest type on the sheet, in pt."""
    page.evaluate(STUB_PRINT)
    before = page.evaluate("window.__geprint || 0")
    page.get_by_role("button", name="Afdrukken voor het gezin").click()
    assert page.evaluate("window.__geprint") == before + 1
    page.emulate_media(media="print")
    sentences = page.locator(SHEET_SENTENCES).all_text_contents()
    size = page.locator(".nk-gezinblad li, .nk-gezinblad li *, .nk-gezinblad p").evaluate_all(
        "es => Math.min(...es.map(e => parseFloat(getComputedStyle(e).fontSize))) * 72 / 96"
    )
    pdf = tmp_path / f"{name}.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True)  # ends with 'afterprint': the page's print is the map again
    page.emulate_media(media="screen")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(rf"Pages:\s+{pages}\b", info) and re.search(r"Page size:\s+59[45]\.\d+ x 841\.\d+", info), info
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-singlefile", str(pdf), str(tmp_path / name)], check=True)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split()), sentences, size


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


# --- The network over time: moments and their comparison --------------------------------------


def editor_of(page: Page, name: str):
    """The opened editor of one person in the list."""
    editor = page.locator(".nk-persoon-invul", has=page.locator("summary", has_text=name))
    if editor.get_attribute("open") is None:
        editor.locator("summary").click()
    return editor


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


class Keys:
    """The keyboard, counting every press (typing a name is not counted)."""

    def __init__(self, page: Page) -> None:
        self.page, self.count = page, 0

    def press(self, *keys: str) -> None:
        for key in keys:
            self.page.keyboard.press(key)
            self.count += 1


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
