"""The genogram page in a real Chromium, under the published Content-Security-Policy: a three-generation
genogram with a death, a divorce, a foster child and a move made by keyboard alone, drawn in the
notation and said in words; kept over a reload, saved in the case file, wiped with everything else
and opened whole again; the same people on the netwerkkaart and in the circles; axe clean (also in
forced colours); printed on one A4 landscape page; the blank PDF with its legend."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Page, Route, expect

from axe_rules import axe_violations
from bewaren import save_file
from keyboard import tab_to
from netwerkkaart_hulp import open_map
from recorder import Recorder
from test_csp import COLLECT_VIOLATIONS
from test_veiligheidscirkels import network
from test_veiligheidscirkels import open_sheet as open_circles

PATH = "werkmateriaal/genogram.html"
PEOPLE = ["Opa Jan", "Oma Els", "Mama Sanne", "Papa Ali", "Noor", "Jay"]
RELATIONS = [  # who, the relation's option (typed to choose it), with whom
    ("Opa Jan", "Getrouwd met", "Oma Els"),
    ("Opa Jan", "is ouder van (eigen kind)", "Mama Sanne"),
    ("Oma Els", "is ouder van (eigen kind)", "Mama Sanne"),
    ("Papa Ali", "Gescheiden met", "Mama Sanne"),
    ("Mama Sanne", "is ouder van (eigen kind)", "Noor"),
    ("Papa Ali", "is ouder van (eigen kind)", "Noor"),
    ("Mama Sanne", "is ouder van (pleegkind)", "Jay"),
]


def with_policy(page: Page, site: Path) -> None:
    """Every response of the site with the published CSP, as a web server would send it."""
    policy = (site / "csp.txt").read_text(encoding="utf-8").strip()

    def handle(route: Route) -> None:
        response = route.fetch()
        route.fulfill(response=response, headers={**response.headers, "content-security-policy": policy})

    page.route("http://127.0.0.1:*/**", handle)
    page.add_init_script(COLLECT_VIOLATIONS)


def pick(page: Page, selector: str, label: str) -> None:
    """On the focused select, pick an option by typing its first letters, as a keyboard user does."""
    expect(page.locator(selector)).to_be_focused()
    page.keyboard.type(label, delay=10)
    expect(page.locator(selector + " option:checked")).to_have_text(label)


def in_words(page: Page) -> str:
    """The genogram in words, as one text."""
    return " ".join(page.locator("[data-gg-woorden-lijst]").inner_text().split())


def start(page: Page, base_url: str) -> None:
    """Open the page; start filling in when nothing is kept yet."""
    page.goto(base_url + PATH, wait_until="networkidle")
    button = page.locator("[data-laad-start]")
    if button.is_visible():
        button.click()
    expect(page.locator(".gg-app")).to_be_visible()


def test_a_genogram_by_keyboard_kept_saved_wiped_and_opened_whole(
    page: Page, base_url: str, site: Path, tmp_path: Path
) -> None:
    """The story of issue 22, keyboard only from start to drawing; then reload, case file, wipe, open."""
    recorder = Recorder(page)
    with_policy(page, site)
    page.goto(base_url + PATH, wait_until="networkidle")
    tab_to(page, "[data-laad-start]")
    page.keyboard.press("Enter")
    expect(page.locator("#gg-app-kop")).to_be_focused()
    tab_to(page, "#gg-naam")
    for name in PEOPLE:  # the field keeps the focus after each
        page.keyboard.type(name)
        page.keyboard.press("Enter")
        expect(page.locator("[data-gg-status]")).to_contain_text(f"{name} is toegevoegd")
    # Forward through the people: Opa Jan a man who died in 2019; Mama Sanne and the children the household.
    details = {name: f".gg-persoon-invul:nth-child({i + 1})" for i, name in enumerate(PEOPLE)}
    tab_to(page, details["Opa Jan"] + " summary")
    page.keyboard.press("Enter")
    tab_to(page, details["Opa Jan"] + " input[type=radio]:checked")  # "Nog niet ingevuld", the last
    page.keyboard.press("ArrowRight")  # round to the first: Man
    expect(page.locator("[data-gg-status]")).to_contain_text("Opa Jan: man.")
    tab_to(page, details["Opa Jan"] + " input[id^='gg-o-']")
    page.keyboard.type("2019")
    page.keyboard.press("Tab")
    expect(page.locator("[data-gg-status]")).to_contain_text("Opa Jan: overleden in 2019.")
    for name in ("Mama Sanne", "Noor", "Jay"):
        tab_to(page, details[name] + " summary")
        page.keyboard.press("Enter")
        tab_to(page, details[name] + " input[type=checkbox]")  # Overleden
        page.keyboard.press("Tab")  # the year of death
        page.keyboard.press("Tab")  # the household
        page.keyboard.press("Space")
        expect(page.locator("[data-gg-status]")).to_contain_text(f"{name} hoort bij het huishouden.")
    tab_to(page, "#gg-van")
    for who, kind, whom in RELATIONS:
        pick(page, "#gg-van", who)
        page.keyboard.press("Tab")
        pick(page, "#gg-soort", kind)
        page.keyboard.press("Tab")
        pick(page, "#gg-naar", whom)
        page.keyboard.press("Tab")  # the form's button
        page.keyboard.press("Enter")
        expect(page.locator("[data-gg-status]")).to_contain_text("Toegevoegd:")
        for _ in range(3):  # back to the first field
            page.keyboard.press("Shift+Tab")
    tab_to(page, "#gg-wie")
    pick(page, "#gg-wie", "Mama Sanne")
    page.keyboard.press("Tab")
    pick(page, "#gg-wat", "Verhuizing")
    page.keyboard.press("Tab")
    page.keyboard.type("2016")
    page.keyboard.press("Enter")
    expect(page.locator("[data-gg-status]")).to_contain_text("Toegevoegd: 2016, verhuizing van Mama Sanne.")

    # The drawing: three rows, a cross for the death, two slashes for the divorce, a dotted line to the
    # foster child, the household circled; every meaning also in words.
    rows = page.evaluate(
        "[...new Set([...document.querySelectorAll('.gg-persoon')].map(g => g.querySelector('.gg-naam').getAttribute('y')))].length"
    )
    assert rows == 3
    expect(page.locator(".gg-kruis")).to_have_count(1)
    expect(page.locator(".gg-persoon", has=page.locator(".gg-kruis")).locator(".gg-naam")).to_have_text("Opa Jan")
    expect(page.locator("path.gg-lijn[data-soort=gescheiden]")).to_have_count(1)
    expect(page.locator("line.gg-lijn[data-soort=pleeg]")).to_have_attribute("stroke-dasharray", "1 5")
    expect(page.locator(".gg-huishouden")).to_have_count(1)
    words = in_words(page)
    for sentence in (
        "Opa Jan: Man, overleden in 2019.",
        "Noor: Geslacht nog niet ingevuld, hoort bij het huishouden.",
        "Papa Ali en Mama Sanne zijn gescheiden.",
        "Jay is een pleegkind van Mama Sanne.",
        "Gebeurtenissen 2016: Verhuizing, Mama Sanne.",
    ):
        assert sentence in words, (sentence, words)
    at = [
        words.index(w)
        for w in ("Generatie 1 (de oudste)", "Oma Els:", "Generatie 2", "Papa Ali:", "Generatie 3", "Jay:")
    ]
    assert at == sorted(at), words
    assert page.evaluate("window.__csp") == [], "alles hierboven werkte onder de gepubliceerde CSP"

    page.unroute("http://127.0.0.1:*/**")  # axe injects a style of its own
    page.reload(wait_until="networkidle")
    start(page, base_url)
    assert in_words(page) == words, "na opnieuw laden staat er hetzelfde genogram"
    page.locator(details["Jay"] + " summary").click()
    assert axe_violations(page) == []
    page.emulate_media(forced_colors="active")
    assert axe_violations(page) == []
    page.emulate_media(forced_colors="none")
    saved = Path(save_file(page, "[data-gg-export]").path()).read_text(encoding="utf-8")
    case = json.loads(saved)
    assert case["soort"] == "casus" and case["versie"] == 2
    assert len(case["relaties"]) == 7 and case["gebeurtenissen"][0]["soort"] == "verhuizing"
    assert sum(p.get("huishouden", False) for p in case["mensen"]) == 3

    page.once("dialog", lambda d: d.accept())
    page.get_by_role("button", name="Alles van deze site wissen").click()
    expect(page.locator("[data-gg-woorden]")).to_be_hidden()
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0
    page.set_input_files(
        "[data-gg-import]", {"name": "casus.json", "mimeType": "application/json", "buffer": saved.encode()}
    )
    expect(page.locator("[data-gg-status]")).to_contain_text("Het netwerk is geopend: 6 mensen.")
    assert in_words(page) == words

    open_map(page, base_url)
    assert sorted(page.locator(".nk-persoon-invul summary").all_text_contents()) == sorted(PEOPLE)
    # the netwerkkaart keeps the genogram's part of the case too: saving there never drops it
    assert json.loads(page.evaluate("window.handreikingKern.netwerk.tekst()"))["relaties"] == case["relaties"]
    open_circles(page, base_url)
    assert sorted(network(page)) == sorted(PEOPLE)
    assert recorder.errors == []
    assert [u for u in recorder.requests if not u.startswith(base_url.split("/een/")[0])] == []


def test_printed_on_one_a4_landscape_page_and_the_blank_pdf(
    page: Page, base_url: str, site: Path, tmp_path: Path
) -> None:
    """A family of 26 over three generations (16 grandchildren in one row) prints on one landscape page with the legend; the blank PDF is one page with
    rows for four generations, every sign of the legend and the Toelichting."""
    start(page, base_url)
    page.evaluate(
        """() => { const N = window.handreikingKern.netwerk, G = N.genogram;
        const m = n => { const p = N.voegToe(n); G.neemOp(p); return p; };
        const opa = m('Opa'), oma = m('Oma'); G.relatie(opa.id, oma.id, 'getrouwd');
        for (let i = 0; i < 4; i++) { const c = m('Kind ' + i), q = m('Partner ' + i); G.relatie(c.id, q.id, 'samen');
          G.relatie(opa.id, c.id, 'biologisch'); G.relatie(oma.id, c.id, 'biologisch');
          for (let j = 0; j < 4; j++) { const k = m('Klein ' + i + '.' + j); G.relatie(c.id, k.id, 'biologisch'); G.relatie(q.id, k.id, 'biologisch'); } }
        N.bewaar(); }"""
    )
    page.reload(wait_until="networkidle")
    start(page, base_url)
    expect(page.locator(".gg-persoon")).to_have_count(26)
    page.emulate_media(media="print")
    pdf = tmp_path / "genogram.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Pages:\s+1\b", info) and re.search(r"Page size:\s+841\.\d+ x 59[45]\.\d+", info), info
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Legenda" in text and "Klein 3.3" in text and "Invullen op dit apparaat" not in text

    blank = site / "werkmateriaal" / "pdf" / "genogram.pdf"
    info = subprocess.run(["pdfinfo", str(blank)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Pages:\s+1\b", info) and "841.89 x 595.276" in info, info
    text = " ".join(
        subprocess.run(["pdftotext", str(blank), "-"], capture_output=True, text=True, check=True).stdout.split()
    )
    for words in (
        "Grootouders",
        "Kinderen",
        "Legenda",
        "Gescheiden",
        "Pleegkind",
        "Conflict",
        "Toelichting bij deze website",
        "McGoldrick",
    ):
        assert words in text, words


@pytest.mark.parametrize("path, cls", [("netwerkkaart", "nk"), ("veiligheidscirkels", "vc"), ("genogram", "gg")])
def test_the_worksheet_shell_looks_the_same_on_every_page_of_the_network(
    page: Page, base_url: str, path: str, cls: str
) -> None:
    """The shell written once looks the same on each page of the case: the panel framed, every text
    field with a visible border, the file picker hidden behind its button (on the genogram page
    the fields had no border and the file picker showed, the shell's rules named only nk and vc)."""
    page.goto(f"{base_url}werkmateriaal/{path}.html", wait_until="networkidle")
    page.locator("[data-laad-start]").click()
    expect(page.locator(f".{cls}-app")).to_be_visible()
    style = """(e, p) => getComputedStyle(e)[p]"""
    assert page.locator(f".{cls}-app").evaluate(style, "borderTopStyle") == "solid"
    fields = page.locator(f".{cls}-app input[type='text']:visible")
    assert fields.count() >= 1
    assert fields.evaluate_all("es => es.map(e => getComputedStyle(e).borderTopStyle)") == ["solid"] * fields.count()
    assert page.locator(f"[data-{cls}-import]").evaluate(style, "opacity") == "0"
