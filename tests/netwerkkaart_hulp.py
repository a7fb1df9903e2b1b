"""What the netwerkkaart's browser tests share (test_netwerkkaart*.py, and the case and attack tests):
the page's constants, opening the map and a case file, adding a person, reading the map and the table,
and the checks that no two boxes overlap and no line runs under a box."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import Page, expect

from conftest import ROOT
from opslag import scoped
from test_netwerkkaart_indeling import crosses
from test_veiligheidscirkels import boxes_overlap

sys.path.insert(0, str(ROOT))
from handreiking.hulpmiddelen.netwerkkaart.netwerkkaart import load_netwerkkaart  # noqa: E402
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


STROKE = "l => ['stroke-width', 'stroke-dasharray', 'stroke-linecap'].map(a => l.getAttribute(a))"


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


def editor_of(page: Page, name: str):
    """The opened editor of one person in the list."""
    editor = page.locator(".nk-persoon-invul", has=page.locator("summary", has_text=name))
    if editor.get_attribute("open") is None:
        editor.locator("summary").click()
    return editor


class Keys:
    """The keyboard, counting every press (typing a name is not counted)."""

    def __init__(self, page: Page) -> None:
        self.page, self.count = page, 0

    def press(self, *keys: str) -> None:
        for key in keys:
            self.page.keyboard.press(key)
            self.count += 1
