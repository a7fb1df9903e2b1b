"""The veiligheidscirkels worksheet in a real Chromium: fill, keep privately, export/import, print."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from axe_rules import axe_violations
from bewaren import save_file
from conftest import ROOT
from keyboard import tab_to
from opslag import scoped
from recorder import Recorder

sys.path.insert(0, str(ROOT))
from handreiking.hulpmiddelen.veiligheidscirkels.veiligheidscirkels import load_cirkels  # noqa: E402

PATH = "werkmateriaal/veiligheidscirkels.html"
CIRKELS = load_cirkels(ROOT).cirkels
KEY = scoped("handreiking.netwerk")  # the family's network, shared with the olievlek and the netwerkkaart
XSS = ['<img src=x onerror="window.__xss=1">', '"><script>window.__xss=1</script>']


def open_sheet(page: Page, base_url: str) -> None:
    """Open the worksheet, start filling in when nothing is kept yet, wait for the controls."""
    page.goto(base_url + PATH, wait_until="networkidle")
    start = page.get_by_role("button", name="Invullen op dit apparaat")
    if start.is_visible():
        start.click()
    expect(page.locator(".vc-app")).to_be_visible()


def test_script_loads_on_request_or_for_kept_data(page: Page, base_url: str) -> None:
    """A first visit shows the blank circles and a start button, loads no worksheet script and
    stores nothing; the button loads it and moves focus to the controls; kept data loads it at once."""
    recorder = Recorder(page)
    page.goto(base_url + PATH, wait_until="networkidle")
    expect(page.locator(".vc-app")).to_be_hidden()
    expect(page.locator(".vc-tekening svg, svg").first).to_be_visible()
    assert not [url for url in recorder.requests if url.endswith("veiligheidscirkels.js")]
    assert page.evaluate("sessionStorage.length + localStorage.length") == 0
    page.get_by_role("button", name="Invullen op dit apparaat").click()
    expect(page.locator(".vc-app")).to_be_visible()
    assert page.evaluate("document.activeElement.id") == "vc-app-kop"
    expect(page.get_by_role("button", name="Invullen op dit apparaat")).to_be_hidden()
    add(page, "Oma")
    page.reload(wait_until="networkidle")
    expect(page.locator(".vc-app")).to_be_visible()
    assert network(page) == ["Oma"]
    assert recorder.errors == []


def add(page: Page, name: str, note: str = "") -> None:
    """Add a person to the network with the form."""
    page.fill("#vc-naam", name)
    page.fill("#vc-notitie", note)
    page.press("#vc-naam", "Enter")
    expect(page.locator(".vc-netwerk li").filter(has_text=name).first).to_be_visible()


def place(page: Page, circle: int, name: str, ring: int) -> None:
    """Choose a ring (1-3) for a person in a circle (1-5)."""
    person = (
        page.locator(f"#cirkel-{circle} fieldset.vc-persoon").filter(has=page.locator("legend", has_text=name)).first
    )
    person.get_by_role("radio", name=re.compile(rf"^Kring {ring}\b")).check()


def names_in_ring(page: Page, circle: int, ring: int) -> list[str]:
    """The names the drawing shows in one ring (full names, also when a label is shortened)."""
    ring_id = CIRKELS[circle - 1].kringen[ring - 1].id
    return page.locator(f"#cirkel-{circle} .vc-namen[data-kring='{ring_id}'] text").evaluate_all(
        "ts => ts.map(t => (t.querySelector('title') || t).textContent)"
    )


def network(page: Page) -> list[str]:
    """The names in the network list."""
    return page.locator(".vc-netwerk .vc-naamtekst").all_text_contents()


def fill_three(page: Page) -> None:
    """Three people, placed in rings of circles 1 and 2."""
    page.fill("#vc-midden", "Gezin J.")
    for name in ("Oma", "Buurvrouw", "Juf Anja"):
        add(page, name)
    place(page, 1, "Oma", 1)
    place(page, 1, "Buurvrouw", 2)
    place(page, 1, "Juf Anja", 3)
    place(page, 2, "Oma", 3)
    place(page, 2, "Juf Anja", 1)


def assert_three(page: Page) -> None:
    """The drawing shows the three people in the rings fill_three put them in."""
    assert names_in_ring(page, 1, 1) == ["Oma"]
    assert names_in_ring(page, 1, 2) == ["Buurvrouw"]
    assert names_in_ring(page, 1, 3) == ["Juf Anja"]
    assert names_in_ring(page, 2, 1) == ["Juf Anja"]
    assert names_in_ring(page, 2, 3) == ["Oma"]
    assert names_in_ring(page, 2, 2) == [] and names_in_ring(page, 3, 1) == []
    expect(page.locator("#cirkel-1 .vc-middentekst")).to_have_text("Gezin J.")


def test_fill_keep_for_the_tab_or_on_the_device(browser: Browser, base_url: str) -> None:
    """Filled rings show in the drawing; reload keeps them; a new tab starts empty; after
    opting in they survive closing the browser; opting out removes the stored copy."""
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    open_sheet(page, base_url)
    expect(page.locator(".vc-opslagtekst")).to_contain_text("alleen voor dit tabblad")
    expect(page.locator(".vc-opslagtekst")).not_to_contain_text("is het weg")
    fill_three(page)
    assert_three(page)
    page.reload()
    assert_three(page)

    other = context.new_page()
    open_sheet(other, base_url)
    assert network(other) == [] and names_in_ring(other, 1, 1) == []
    other.close()

    page.get_by_label("Bewaar op dit apparaat").check()
    expect(page.locator(".vc-waarschuwing")).to_be_visible()
    expect(page.locator(".vc-waarschuwing")).to_contain_text("gedeelde computer")
    state = context.storage_state()
    context.close()

    context = browser.new_context(locale="nl-NL", storage_state=state)
    page = context.new_page()
    open_sheet(page, base_url)
    assert_three(page)
    expect(page.get_by_label("Bewaar op dit apparaat")).to_be_checked()
    page.get_by_label("Bewaar op dit apparaat").uncheck()
    assert page.evaluate("localStorage.length") == 0
    state = context.storage_state()
    context.close()

    context = browser.new_context(locale="nl-NL", storage_state=state)
    page = context.new_page()
    open_sheet(page, base_url)
    assert network(page) == []
    context.close()


def export(page: Page) -> dict:
    """Save as a readable file and return it as JSON (encrypted: tests/test_bestand.py)."""
    return json.loads(Path(save_file(page, "[data-vc-export]").path()).read_text(encoding="utf-8"))


def test_export_wipe_import_gives_the_same_worksheet(page: Page, base_url: str, tmp_path: Path) -> None:
    """Export, Alles wissen, import: the same worksheet again."""
    open_sheet(page, base_url)
    fill_three(page)
    add(page, "Opa", "woont in Spanje")
    data = export(page)
    assert data["versie"] == 2 and data["midden"] == "Gezin J." and re.fullmatch(r"\d{4}-\d\d-\d\d", data["datum"])
    file = tmp_path / "werkblad.json"
    file.write_text(json.dumps(data), encoding="utf-8")

    page.once("dialog", lambda dialog: dialog.accept())
    page.click("[data-vc-wis]")
    expect(page.locator(".vc-netwerk li")).to_have_count(0)
    assert names_in_ring(page, 1, 1) == [] and page.input_value("#vc-midden") == ""

    page.set_input_files("[data-vc-import]", str(file))
    expect(page.locator("[data-vc-status]")).to_contain_text("Het netwerk is geopend")
    assert_three(page)
    assert network(page) == ["Oma", "Buurvrouw", "Juf Anja", "Opa"]
    assert export(page) == data


def worksheet(**changes: object) -> dict:
    """A valid exported worksheet with one placed person, changed as asked."""
    data = {
        "soort": "veiligheidscirkels",
        "versie": 1,
        "datum": "2026-11-28",
        "midden": "Gezin K.",
        "mensen": [{"naam": "Tante", "notitie": "", "kringen": {CIRKELS[0].id: CIRKELS[0].kringen[0].id}}],
    }
    data.update(changes)
    return data


def person(name: str = "Iemand", **rings: str) -> dict:
    """One person for a worksheet file."""
    return {"naam": name, "notitie": "", "kringen": rings}


BAD_FILES = {
    "geen-json": (b"dit is {geen json", "Deze pagina kan dit bestand niet lezen"),
    "geen-werkblad": (
        json.dumps({"naam": "boodschappenlijst", "items": [1, 2]}).encode(),
        "geen werkblad van deze pagina",
    ),
    "nieuwere-versie": (json.dumps(worksheet(versie=2)).encode(), "nieuwere versie"),
    "verkeerde-typen": (json.dumps(worksheet(mensen="Oma, Opa")).encode(), "beschadigd"),
    "naam-te-lang": (json.dumps(worksheet(mensen=[person("x" * 201)])).encode(), "hoogstens 200 tekens"),
    "te-veel-mensen": (json.dumps(worksheet(mensen=[person(f"P{i}") for i in range(501)])).encode(), "hoogstens 500"),
    "groter-dan-1-mb": (
        json.dumps(worksheet(midden="G", mensen=[person("Oma")])).encode() + b" " * (1024 * 1024),
        "groter dan 1 MB",
    ),
    "leeg": (b"", "leeg"),
    "kring-bestaat-niet": (
        json.dumps(worksheet(mensen=[person("Oma", **{CIRKELS[0].id: "achter-de-horizon"})])).encode(),
        "die kring bestaat niet",
    ),
    "cirkel-constructor": (
        json.dumps(worksheet(mensen=[person("Oma", constructor="binnen")])).encode(),
        "die cirkel bestaat niet",
    ),
}


def test_bad_import_files_leave_the_worksheet_alone(page: Page, base_url: str) -> None:
    """Each broken file gives its own Dutch message; the worksheet stays as it was."""
    open_sheet(page, base_url)
    fill_three(page)
    before = page.evaluate("k => sessionStorage.getItem(k)", KEY)
    for name, (content, message) in BAD_FILES.items():
        page.set_input_files(
            "[data-vc-import]", {"name": f"{name}.json", "mimeType": "application/json", "buffer": content}
        )
        expect(page.locator("[data-vc-fout]"), name).to_contain_text(message)
        assert page.evaluate("k => sessionStorage.getItem(k)", KEY) == before, name
        assert network(page) == ["Oma", "Buurvrouw", "Juf Anja"], name
        assert_three(page)


def test_names_are_text_never_markup(page: Page, base_url: str) -> None:
    """Names that look like HTML are shown literally, in the list and in the drawing; nothing runs."""
    open_sheet(page, base_url)
    for name in XSS:
        add(page, name)
        place(page, 1, name, 2)
    page.reload()
    assert network(page) == XSS
    assert sorted(names_in_ring(page, 1, 2)) == sorted(XSS)
    assert page.locator(".vc img, .vc script").count() == 0
    assert page.evaluate("typeof window.__xss") == "undefined"


def boxes_overlap(a: dict, b: dict) -> bool:
    """Whether two rectangles overlap."""
    return (
        a["x"] < b["x"] + b["width"]
        and b["x"] < a["x"] + a["width"]
        and a["y"] < b["y"] + b["height"]
        and b["y"] < a["y"] + a["height"]
    )


@pytest.mark.parametrize("ring", [1, 3])
def test_twelve_long_names_fit_one_ring(page: Page, base_url: str, ring: int) -> None:
    """12 long names in one ring: all shown, no two overlap, none leaves the drawing or its ring;
    a 13th makes the numbered list take over."""
    open_sheet(page, base_url)
    names = [f"Persoon {i:02d} met een heel lange naam en een rol erbij" for i in range(1, 13)]
    for name in names:
        add(page, name)
        place(page, 1, name, ring)
    assert sorted(names_in_ring(page, 1, ring)) == names
    texts = page.locator(f"#cirkel-1 .vc-namen[data-kring='{CIRKELS[0].kringen[ring - 1].id}'] text")
    # Boxes in the drawing's own units, all measured at once (no scrolling in between).
    bbox = "ts => ts.map(t => { const b = t.getBBox(); return {x: b.x, y: b.y, width: b.width, height: b.height}; })"
    boxes = texts.evaluate_all(bbox)
    size = page.locator("#cirkel-1 svg").evaluate("s => s.viewBox.baseVal.width")
    assert len(boxes) == 12
    for i, box in enumerate(boxes):
        assert 0 <= box["x"] and box["x"] + box["width"] <= size, names[i]
        assert 0 <= box["y"] and box["y"] + box["height"] <= size, names[i]
        for j in range(i):
            assert not boxes_overlap(box, boxes[j]), f"{names[i]} overlapt {names[j]}"
    labels = page.locator("#cirkel-1 .vc-label, #cirkel-1 .vc-middentekst").evaluate_all(bbox)
    assert not any(boxes_overlap(label, box) for label in labels for box in boxes), "een naam ligt over een kringlabel"
    add(page, "Nummer dertien")
    place(page, 1, "Nummer dertien", ring)
    expect(texts).to_have_count(1)
    expect(texts).to_have_text(re.compile("13 mensen"))
    expect(page.locator(f"#cirkel-1 .vc-kringlijst[data-kring='{CIRKELS[0].kringen[ring - 1].id}'] li")).to_have_count(
        13
    )


def test_keyboard_only(page: Page, base_url: str) -> None:
    """Start, add, place, move, export and remove with the keyboard alone."""
    page.goto(base_url + PATH, wait_until="networkidle")
    tab_to(page, "[data-laad-start]")
    page.keyboard.press("Enter")
    expect(page.locator("#vc-app-kop")).to_be_focused()
    tab_to(page, "#vc-naam")
    page.keyboard.type("Buurman")
    page.keyboard.press("Enter")
    expect(page.locator(".vc-netwerk li")).to_have_count(1)
    tab_to(page, "#cirkel-1 input[type=radio]")
    page.keyboard.press("ArrowRight")
    assert names_in_ring(page, 1, 1) == ["Buurman"]
    page.keyboard.press("ArrowRight")
    assert names_in_ring(page, 1, 2) == ["Buurman"] and names_in_ring(page, 1, 1) == []
    tab_to(page, "#cirkel-1 .vc-schuif button:last-child")
    page.keyboard.press("Enter")
    assert names_in_ring(page, 1, 3) == ["Buurman"]
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    assert names_in_ring(page, 1, 2) == ["Buurman"]
    expect(page.locator("[data-vc-status]")).to_contain_text("kring 2")
    page.evaluate("document.activeElement.blur()")
    tab_to(page, "[data-vc-export]")
    page.keyboard.press("Enter")
    page.keyboard.press("ArrowDown")  # "Zonder wachtwoord" (the dialog itself: tests/test_bestand.py)
    tab_to(page, ".kd button[type=submit]")
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    assert json.loads(Path(info.value.path()).read_text(encoding="utf-8"))["mensen"][0]["naam"] == "Buurman"
    page.evaluate("document.activeElement.blur()")
    tab_to(page, ".vc-weg")
    page.keyboard.press("Enter")
    expect(page.locator(".vc-netwerk li")).to_have_count(0)
    assert names_in_ring(page, 1, 2) == []


def test_accessible_private_and_narrow(page: Page, base_url: str) -> None:
    """axe finds nothing, empty and filled; 390 px wide has no sideways scroll; nothing leaves the site."""
    recorder = Recorder(page)
    page.set_viewport_size({"width": 1280, "height": 900})
    open_sheet(page, base_url)
    assert axe_violations(page) == []
    fill_three(page)
    for name in XSS:
        add(page, name)
    page.reload()
    assert axe_violations(page) == []
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_function("window.innerWidth === 390")
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    assert axe_violations(page) == []
    assert recorder.outside(base_url) == []
    assert recorder.errors == []


def test_printed_filled_worksheet_has_one_circle_per_page(page: Page, base_url: str, tmp_path: Path) -> None:
    """Print: an instruction page, then each circle on its own page with centre label, date and names."""
    open_sheet(page, base_url)
    fill_three(page)
    page.emulate_media(media="print")
    pdf = tmp_path / "cirkels.pdf"
    page.pdf(path=str(pdf), format="A4", margin={"top": "15mm", "bottom": "15mm", "left": "15mm", "right": "15mm"})
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")[:-1]
    assert len(pages) == 1 + len(CIRKELS), f"{len(pages)} pagina's"
    for cirkel, sheet in zip(CIRKELS, pages[1:], strict=True):
        flat = " ".join(sheet.split())
        assert f"Cirkel {cirkel.nummer}" in flat and sum(f"Cirkel {n}" in flat for n in range(1, 6)) == 1
        assert "Gezin: Gezin J." in flat and re.search(r"Datum: \d+ \w+ \d{4}", flat)
        assert "Naar binnen" not in flat and "Bewaar op dit apparaat" not in flat
    assert "Oma" in pages[1] and "Buurvrouw" in pages[1] and "Buurvrouw" not in pages[2]


def pdf_objects_text(pdf: Path) -> str:
    """The PDF's bytes with every Flate stream unpacked (form fields sit in compressed object streams)."""
    import zlib

    data = pdf.read_bytes()
    parts = [data.decode("latin-1")]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            parts.append(zlib.decompress(match.group(1)).decode("latin-1"))
        except zlib.error:
            pass
    return "\n".join(parts)


def test_built_pdfs_blank_and_fillable(site: Path) -> None:
    """The blank PDF: an instruction page and one circle per A4 page. The fillable one has a
    multi-line text field per ring plus family and date fields on each circle page."""
    for name in ("veiligheidscirkels.pdf", "veiligheidscirkels-invulbaar.pdf"):
        pdf = site / "werkmateriaal" / "pdf" / name
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert re.search(r"Pages:\s+6\b", info) and "595.276 x 841.89" in info, info
        pages = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split(
            "\f"
        )
        assert "Zo gebruik je dit werkblad" in pages[0]
        for cirkel, text in zip(CIRKELS, pages[1:6], strict=True):
            flat = " ".join(text.split())
            assert flat.startswith(f"Cirkel {cirkel.nummer} ") and " ".join(cirkel.zin.split()) in flat
            for kring in cirkel.kringen:
                assert f"{kring.nummer}." in flat
    fillable = site / "werkmateriaal" / "pdf" / "veiligheidscirkels-invulbaar.pdf"
    assert "AcroForm" in subprocess.run(["pdfinfo", str(fillable)], capture_output=True, text=True).stdout
    objects = pdf_objects_text(fillable)
    names = set(re.findall(r"/T \((cirkel\d-[a-z0-9]+)\)", objects))
    expected = {
        f"cirkel{c.nummer}-{part}" for c in CIRKELS for part in ("gezin", "datum", "kring1", "kring2", "kring3")
    }
    assert names == expected, names ^ expected
    assert len(re.findall(r"/Ff 4096", objects)) == 15, "elke kring is een tekstvak met meerdere regels"
    blank = pdf_objects_text(site / "werkmateriaal" / "pdf" / "veiligheidscirkels.pdf")
    assert "/AcroForm" not in blank


@pytest.mark.parametrize("name", ["veiligheidscirkels.pdf", "veiligheidscirkels-invulbaar.pdf"])
def test_ring_labels_print_at_9_pt_or_more(site: Path, name: str) -> None:
    """On each circle page every word of the drawing and its fields is ≥ 9 pt (only the footer is smaller)."""
    from test_vraagkaarten import MM, words
    from test_zakkaart import EM

    pdf = site / "werkmateriaal" / "pdf" / name
    for page in range(2, 7):
        found = [w for w in words(pdf, page) if w[3] < 280 * MM]  # above the footer
        labels = [w for w in found if w[4] == "Mensen"]
        assert len(labels) >= 3, (page, [w[4] for w in found])
        small = sorted({(w[4], round((w[3] - w[1]) / EM, 1)) for w in found if (w[3] - w[1]) / EM < 8.95})
        assert not small, f"{name}, blad {page}: kleiner dan 9 pt: {small}"
