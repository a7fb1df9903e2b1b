"""The Family Finding worksheets: from data, fillable privately, printable; data errors stop the build."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import Browser, Locator, Page, expect

from axe_rules import axe_violations
from conftest import ROOT
from keyboard import tab_to
from opslag import scoped
from recorder import Recorder

sys.path.insert(0, str(ROOT))
from handreiking.hulpmiddelen.werkbladen.werkbladen import load_werkbladen  # noqa: E402
from handreiking.kern.stapels import load_stapels  # noqa: E402

PATH = "werkmateriaal/family-finding-werkbladen.html"
SHEETS = load_werkbladen(ROOT, load_stapels(ROOT))
KEY = scoped("handreiking.family-finding-werkbladen")
START = "Invullen op dit apparaat"


def field(page: Page, sheet: str, name: str, group: str = "") -> Locator:
    """A worksheet's text field by its storage key parts (worksheet id, group, field id)."""
    scope = page.locator(f"#{sheet}" + (f" fieldset[name='{group}']" if group else ""))
    return scope.locator(f"textarea[name='{name}']")


def script_requests(recorder: Recorder) -> list[str]:
    """Requests for the worksheets' script."""
    return [url for url in recorder.requests if url.endswith("werkbladen.js")]


def stored(page: Page) -> dict:
    """What the browser keeps for the worksheets (tab or device), as field key -> text."""
    text = page.evaluate(f"sessionStorage.getItem('{KEY}') || localStorage.getItem('{KEY}')")
    return json.loads(text)["velden"] if text else {}


def test_first_visit_is_light_until_started(page: Page, base_url: str) -> None:
    """A first visit shows the blank worksheets and a start button, loads no worksheet script and
    stores nothing; the button loads it and moves focus to the controls; kept text then loads it at once."""
    recorder = Recorder(page)
    page.goto(base_url + PATH, wait_until="networkidle")
    expect(field(page, "waarde-interview", "belangrijk")).to_be_visible()
    expect(page.locator(".wb-app")).to_have_count(0)
    assert script_requests(recorder) == []
    assert page.evaluate("sessionStorage.length + localStorage.length") == 0
    page.get_by_role("button", name=START).click()
    expect(page.locator(".wb-app")).to_be_visible()
    expect(page.get_by_role("heading", name=START)).to_be_focused()
    expect(page.get_by_role("button", name=START)).to_be_hidden()
    assert len(script_requests(recorder)) == 1
    assert page.evaluate("sessionStorage.length + localStorage.length") == 0
    field(page, "waarde-interview", "belangrijk").fill("Familie")
    page.reload(wait_until="networkidle")
    expect(page.locator(".wb-app")).to_be_visible()
    expect(page.get_by_role("button", name=START)).to_be_hidden()
    expect(field(page, "waarde-interview", "belangrijk")).to_have_value("Familie")
    assert page.evaluate("document.activeElement === document.body")
    assert recorder.errors == [] and recorder.outside(base_url) == []


def test_typing_before_starting_is_kept(page: Page, base_url: str) -> None:
    """Typing in a worksheet without pressing the button loads the script too; what was typed stays,
    the cursor stays in the field, and it is kept from then on."""
    recorder = Recorder(page)
    page.goto(base_url + PATH, wait_until="networkidle")
    box = field(page, "olievlek", "naam", "p3")
    box.click()
    page.keyboard.type("Oma")
    expect(page.locator(".wb-app")).to_be_visible()
    expect(box).to_be_focused()
    page.keyboard.type(" Els")
    expect(box).to_have_value("Oma Els")
    assert stored(page) == {"olievlek.p3.naam": "Oma Els"}
    page.reload(wait_until="networkidle")
    expect(field(page, "olievlek", "naam", "p3")).to_have_value("Oma Els")
    assert len(script_requests(recorder)) == 2 and recorder.errors == []


def test_text_kept_by_an_earlier_version_comes_back(page: Page, base_url: str) -> None:
    """Text kept on this device under the documented keys (worksheet.group.field) fills the same
    fields: the script loads at once, without the button."""
    page.goto(base_url + PATH, wait_until="networkidle")
    kept = {
        "soort": "family-finding-werkbladen",
        "versie": 1,
        "velden": {
            "mobility-mapping.huis-4.mensen": "Oom Piet",
            "hoeveel-mensen.baby.wie": "Tante",
            "waarde-interview.belangrijk": "Rust",
        },
    }
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, json.dumps(kept)])
    page.reload(wait_until="networkidle")
    expect(field(page, "mobility-mapping", "mensen", "huis-4")).to_have_value("Oom Piet")
    expect(field(page, "hoeveel-mensen", "wie", "baby")).to_have_value("Tante")
    expect(field(page, "waarde-interview", "belangrijk")).to_have_value("Rust")
    expect(page.get_by_label("Bewaar op dit apparaat")).to_be_checked()
    expect(page.get_by_role("button", name=START)).to_be_hidden()


def test_every_field_is_named_with_its_group(page: Page, base_url: str) -> None:
    """Each text field's accessible name is its label plus its person, phase, house or need,
    so no two fields sound the same."""
    page.goto(base_url + PATH, wait_until="networkidle")
    expected = []
    for sheet in SHEETS:
        groups = {
            "olievlek": [f"persoon {n}" for n in range(1, (sheet["personen"] or 0) + 1)],
            "levensfasen": [fase["titel"] for fase in sheet["levensfasen"] or []],
            "huizen": [f"huis {n}" for n in range(1, len(sheet["huizen"] or []) + 1)],
            "behoeften": [f"behoefte {n}" for n in range(1, (sheet["behoeften"] or 0) + 1)],
        }.get(sheet["soort"], [""])
        expected += [f"{v['label']} – {g}" if g else v["label"] for g in groups for v in sheet["velden"]]
    assert len(set(expected)) == len(expected) == page.locator(".wb-blad textarea").count()
    for name in expected:
        expect(page.get_by_role("textbox", name=name, exact=True)).to_have_count(1)


def test_keyboard_only(page: Page, base_url: str) -> None:
    """Start, type, keep on the device and clear with the keyboard alone."""
    page.goto(base_url + PATH, wait_until="networkidle")
    tab_to(page, "[data-laad-start]")
    page.keyboard.press("Enter")
    expect(page.locator("#wb-app-kop")).to_be_focused()
    tab_to(page, "input[type=checkbox]")
    page.keyboard.press("Space")
    expect(page.get_by_label("Bewaar op dit apparaat")).to_be_checked()
    expect(page.locator(".wb-melding")).to_contain_text("bewaard")
    tab_to(page, "#olievlek textarea")
    page.keyboard.type("Buurvrouw")
    assert page.evaluate(f"JSON.parse(localStorage.getItem('{KEY}')).velden")["olievlek.p1.naam"] == "Buurvrouw"
    page.evaluate("document.getElementById('wb-app-kop').focus()")
    page.once("dialog", lambda dialog: dialog.accept())
    tab_to(page, ".wb-app button:nth-last-child(2)")
    expect(page.locator(".wb-app button:nth-last-child(2)")).to_have_text("Alles wissen")
    page.keyboard.press("Enter")
    expect(field(page, "olievlek", "naam", "p1")).to_have_value("")
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0


def test_keeps_text_for_the_tab_or_on_the_device(browser: Browser, base_url: str) -> None:
    """Typed text survives a reload; a new tab is empty; opted in it survives closing the browser;
    the sentence preview shows markup literally."""
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    recorder = Recorder(page)
    page.goto(base_url + PATH, wait_until="networkidle")
    page.get_by_role("button", name=START).click()
    field(page, "biggest-unmet-needs", "wie", "b1").fill("J.")
    field(page, "biggest-unmet-needs", "behoefte", "b1").fill('verdient <img src=x onerror="window.__xss=1">')
    field(page, "waarde-interview", "belangrijk").fill("Familie")
    page.reload()
    expect(field(page, "biggest-unmet-needs", "wie", "b1")).to_have_value("J.")
    expect(page.locator("#biggest-unmet-needs .wb-zin").first).to_have_text(
        'Zo luidt de behoefte: J. verdient <img src=x onerror="window.__xss=1">.'
    )
    assert page.evaluate("typeof window.__xss") == "undefined"
    other = context.new_page()
    other.goto(base_url + PATH)
    expect(field(other, "waarde-interview", "belangrijk")).to_have_value("")
    page.get_by_label("Bewaar op dit apparaat").check()
    state = context.storage_state()
    assert recorder.outside(base_url) == [] and recorder.errors == []
    context.close()
    context = browser.new_context(locale="nl-NL", storage_state=state)
    page = context.new_page()
    page.goto(base_url + PATH)
    expect(field(page, "waarde-interview", "belangrijk")).to_have_value("Familie")
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Alles wissen").click()
    expect(field(page, "waarde-interview", "belangrijk")).to_have_value("")
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0
    context.close()


def test_filled_page_accessible_narrow_and_printed_per_sheet(page: Page, base_url: str, tmp_path: Path) -> None:
    """axe clean before starting and when filled, no sideways scroll at 390 px, each worksheet
    starts a printed page, without the start button or the controls."""
    page.goto(base_url + PATH, wait_until="networkidle")
    assert axe_violations(page) == []
    page.get_by_role("button", name=START).click()
    field(page, "biggest-unmet-needs", "wie", "b1").fill("Moeder")
    expect(page.locator("#biggest-unmet-needs .wb-zin").first).to_be_visible()
    assert axe_violations(page) == []
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    page.emulate_media(media="print")
    pdf = tmp_path / "werkbladen.pdf"
    page.pdf(path=str(pdf), format="A4")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    starts = [p.split("\n")[0].strip() for p in text.split("\f")[:-1]]
    titles = [sheet["titel"] for sheet in SHEETS]
    assert [s for s in starts if s in titles] == titles, starts
    assert START not in text and "Bewaar op dit apparaat" not in text


def test_worksheet_pdf_has_every_sheet(site: Path) -> None:
    """The build's PDF holds every worksheet, each starting on a new page, with the levensfasen and houses."""
    pdf = site / "werkmateriaal" / "pdf" / "family-finding-werkbladen.pdf"
    pages = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split("\f")
    firsts = [p.strip().split("\n")[0] for p in pages if p.strip()]
    for sheet in SHEETS:
        assert sheet["titel"] in firsts
        for part in (sheet["levensfasen"] or []) + (sheet["huizen"] or []):
            assert part["titel"] in " ".join(pages)
    bun = next(s for s in SHEETS if s["id"] == "biggest-unmet-needs")
    flat = " ".join(" ".join(pages).split())
    for example in bun["voorbeelden"]:
        assert " ".join(example["in_tegenstelling_tot"].split()) in flat


def test_the_pdf_describes_each_drawing(site: Path) -> None:
    """PDF/UA: each drawing of the worksheets' PDF (the olievlek, the houses) is a figure with a text a
    screen reader reads (/Alt), the same as on the page."""
    from handreiking.hulpmiddelen.werkbladen.werkbladen import PDF
    from pdfstructuur import Structuur

    tree = Structuur(site / PDF)
    texts = [tree.text(figure) for figure in tree.tags("Figure")]
    assert len(texts) >= 5, texts
    assert all(texts), f"{texts.count('')} van de {len(texts)} figuren zonder /Alt"
    assert any(t.startswith("Schema: het gezin in het midden") for t in texts)
    assert any(t.startswith("Ruimte om huis 1") for t in texts)


def test_the_blank_pdf_fills_its_pages(site: Path, tmp_path: Path) -> None:
    """Printed for the table, no worksheet runs a tenth onto a page of its own: every page of the blank PDF
    is at least half used (its lowest ink, above the footer, measured from the rendered page)."""
    from test_boek import page_images

    pages = page_images(site / "werkmateriaal" / "pdf" / "family-finding-werkbladen.pdf", tmp_path, dpi=30)
    mm = 30 / 25.4
    used = []
    for rows in pages:
        body = rows[round(14 * mm) : len(rows) - round(22 * mm)]  # the page's margins and the footer line
        inked = [y for y, row in enumerate(body) if any(value < 128 for value in row)]
        used.append(round((inked[-1] + 1) / len(body), 2) if inked else 0)
    assert min(used) >= 0.5, f"gebruikt deel van elke pagina: {used}"
