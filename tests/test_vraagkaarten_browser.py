"""Vraagkaarten in Chromium: the deck builder (loaded on request), browser print, storage,
sharing and draw mode."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Browser, Page, expect

from axe_rules import axe_violations
from conftest import ROOT
from keyboard import tab_to
from opslag import scoped
from recorder import Recorder
from vraagkaarten_bron import squash

sys.path.insert(0, str(ROOT))
from handreiking.hulpmiddelen.vraagkaarten.kaartvellen import deck_cards, pdf_sets
from handreiking.kern.stapels import load_stapels  # noqa: E402

PAGE = "werkmateriaal/vraagkaarten.html"
CHOSEN = ["wv-vertrouw", "last-wakker", "ff-schatting"]
OWN = "<img src=x onerror=alert(1)>"
START = "Kaarten samenstellen"
CARDS = ".vk-stapel .vk-raster > li"  # the page's cards; the question is the <p> without a class
TEXT = "p:not([class])"
KEY = scoped("vraagkaarten:v1")
BUILDER_FILES = ("vraagkaarten.js", "bouwer.css", "vellen.css", "ijkvel.css")


def open_page(page: Page, base_url: str) -> Recorder:
    """Open the card page, start the builder with its button; record requests and errors."""
    recorder = Recorder(page)
    page.goto(base_url + PAGE, wait_until="networkidle")
    page.get_by_role("button", name=START).click()
    expect(page.locator("#vk-bouwer")).to_be_visible()
    return recorder


def builder_requests(recorder: Recorder) -> list[str]:
    """Requests for the builder's script and stylesheets."""
    return [url for url in recorder.requests if url.rsplit("/", 1)[-1] in BUILDER_FILES]


def yaml_card_ids() -> list[str]:
    """Every card id of every deck, read straight from data/vraagkaarten/."""
    ids = []
    for path in sorted((ROOT / "data" / "vraagkaarten").glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        ids += [card["id"] for group in data.get("groepen", []) for card in group["kaarten"]]
    return ids


def test_first_visit_is_light_and_the_button_loads_the_builder(page: Page, base_url: str) -> None:
    """A first visit shows every card and the start button, fetches no builder script or styles
    and stores nothing. The button loads the builder and moves the focus to it; looking only
    stores nothing, so the next visit is light again; a choice is kept and loads it at once."""
    recorder = Recorder(page)
    page.goto(base_url + PAGE, wait_until="networkidle")
    expect(page.locator(CARDS)).to_have_count(len(yaml_card_ids()))
    expect(page.locator(CARDS).first).to_be_visible()
    assert builder_requests(recorder) == []
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0
    assert page.locator("#vk-bouwer, .vk-kies").count() == 0

    button = page.get_by_role("button", name=START)
    button.click()
    expect(page.locator("#vk-bouwer")).to_be_visible()
    expect(page.locator("#vk-bouwer-kop")).to_be_focused()
    expect(button).to_be_hidden()
    expect(page.locator(".vk-stapel .vk-kies input")).to_have_count(len(yaml_card_ids()))
    assert sorted(url.rsplit("/", 1)[-1] for url in builder_requests(recorder)) == sorted(BUILDER_FILES)
    assert page.evaluate("localStorage.length") == 0

    page.reload(wait_until="networkidle")
    expect(page.get_by_role("button", name=START)).to_be_visible()
    assert page.locator("#vk-bouwer").count() == 0

    page.get_by_role("button", name=START).click()
    page.locator("#kaart-wv-vertrouw .vk-kies input").check()
    recorder.requests.clear()
    page.reload(wait_until="networkidle")
    expect(page.locator("#vk-bouwer")).to_be_visible()
    expect(page.locator("#kaart-wv-vertrouw .vk-kies input")).to_be_checked()
    expect(page.get_by_role("button", name=START)).to_be_hidden()
    expect(page.locator("#vk-bouwer-kop")).not_to_be_focused()
    assert builder_requests(recorder), "bewaarde keuze laadt de bouwer niet"
    assert recorder.errors == [], recorder.errors
    assert recorder.outside(base_url.split("/een/")[0]) == []


def test_without_javascript_every_card_and_pdf_is_there(browser: Browser, base_url: str) -> None:
    """JavaScript off: all cards and PDF links (the calibration sheet too), a note instead of the (hidden) start button."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + PAGE)
    expect(page.locator(CARDS)).to_have_count(len(yaml_card_ids()))
    expect(page.locator("#kaart-wv-vertrouw")).to_be_visible()
    note = page.locator(".vk-start strong")  # in <noscript>, which get_by_text skips
    expect(note).to_be_visible()
    expect(note).to_contain_text("werkt alleen als JavaScript aanstaat")
    expect(page.locator("[data-laad-start]")).to_be_hidden()
    expected = {pdf["pad"].rsplit("/", 1)[1] for entry in pdf_sets(load_stapels(ROOT)) for pdf in entry["pdfs"]}
    linked = {
        href.rsplit("/", 1)[1]
        for href in page.locator("a[href$='.pdf']").evaluate_all("links => links.map(a => a.href)")
    }
    assert len(expected) >= 30 and linked == expected | {
        "kalibratievel.pdf"
    }  # the calibration sheet needs no JavaScript
    context.close()


def test_print_sheets_use_the_pdfs_size_classes(page: Page, base_url: str) -> None:
    """All cards chosen: browser print lays out each card with the size class measured for its PDF (8 per sheet)."""
    from handreiking.hulpmiddelen.vraagkaarten.vraagkaarten import measured_sizes
    from handreiking.kern.configuratie import read_config
    from handreiking.model import instellingen, laad

    decks = load_stapels(ROOT)
    measured = measured_sizes(laad(ROOT, instellingen(read_config(ROOT / "mkdocs.yml"))))
    expected = [measured[card["id"]]["8"] for deck in decks.values() for card in deck_cards(deck)]
    page.goto(base_url + PAGE, wait_until="networkidle")
    page.evaluate(
        "([k, ids]) => localStorage.setItem(k, JSON.stringify({gekozen: ids}))",
        [KEY, [card["id"] for deck in decks.values() for card in deck_cards(deck)]],
    )
    page.reload(wait_until="networkidle")
    expect(page.locator("#vk-aantal")).to_have_text(f"{len(expected)} kaarten gekozen")
    classes = page.locator(".vk-print .vk-vel--voor .vk-kaart").evaluate_all(
        "cards => cards.map(c => c.className.match(/vk-(m\\d)/)[1])"
    )
    assert classes == expected


def card_text(page: Page, card_id: str) -> str:
    """The question on a card."""
    return page.locator(f"#kaart-{card_id} {TEXT}").text_content()


def test_print_shows_exactly_the_chosen_cards_and_reload_keeps_them(page: Page, base_url: str, tmp_path: Path) -> None:
    """Three cards and an own question chosen: printed (print media) are exactly those four,
    fronts and backs on A4; after a reload choice, favourite and own question are still there;
    the own question is text and runs nothing."""
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    recorder = open_page(page, base_url)
    for card in CHOSEN:
        page.locator(f"#kaart-{card} .vk-kies input").check()
    page.locator("#kaart-wv-sleutel .vk-ster").click()
    page.locator("#vk-eigen-tekst").fill(OWN)
    page.locator("#vk-eigen-form button[type=submit]").click()
    expect(page.locator("#vk-aantal")).to_have_text("4 kaarten gekozen")

    page.emulate_media(media="print")
    pdf = tmp_path / "keuze.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           2" in info and "A4" in info, info
    printed = squash(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout)
    wanted = [card_text(page, c) for c in CHOSEN] + [OWN]
    for text in wanted:
        assert squash(text) in printed, f"{text!r} niet afgedrukt"
    others = page.locator(f"{CARDS} {TEXT}").all_text_contents()
    extra = [t for t in others if t not in wanted and squash(t) in printed]
    assert not extra, f"niet gekozen maar afgedrukt: {extra}"
    page.emulate_media(media="screen")

    page.reload(wait_until="networkidle")
    for card in CHOSEN:
        expect(page.locator(f"#kaart-{card} .vk-kies input")).to_be_checked()
    expect(page.locator("#kaart-wv-sleutel .vk-ster")).to_have_attribute("aria-pressed", "true")
    own = page.locator("#vk-eigen-kaarten > li")
    expect(own).to_have_count(1)
    expect(own.locator(TEXT)).to_have_text(OWN)
    expect(own.locator(".vk-kies input")).to_be_checked()
    assert page.locator("#vk-eigen-kaarten img").count() == 0
    assert dialogs == [] and page.evaluate("typeof window.__x") == "undefined"
    assert recorder.errors == [], recorder.errors
    assert recorder.outside(base_url.split("/een/")[0]) == []


def test_builder_and_draw_mode_by_keyboard_alone_and_axe_clean(page: Page, base_url: str) -> None:
    """Start the builder, choose, star, add an own question and draw cards with the keyboard
    only; the focus stays in the draw mode until Escape returns it; axe finds nothing, before
    the start, builder open or drawing."""
    recorder = Recorder(page)
    page.goto(base_url + PAGE, wait_until="networkidle")
    assert axe_violations(page) == []
    tab_to(page, "[data-laad-start]")
    page.keyboard.press("Enter")
    expect(page.locator("#vk-bouwer-kop")).to_be_focused()
    tab_to(page, "#kaart-wv-waarheid .vk-kies input")
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    expect(page.locator("#kaart-wv-waarheid .vk-ster")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#kaart-wv-waarheid .vk-ster")).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#vk-aantal")).to_have_text("1 kaart gekozen")
    page.locator("#vk-eigen-tekst").focus()
    page.keyboard.type("Wie zou je nog eens willen zien?")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator("#vk-aantal")).to_have_text("2 kaarten gekozen")
    expect(page.locator("#vk-status")).to_contain_text("toegevoegd")
    assert axe_violations(page) == []

    trigger = page.locator("[data-actie=trek]")
    trigger.focus()
    page.keyboard.press("Enter")
    dialog = page.locator("#vk-trek")
    expect(dialog).to_be_visible()
    expect(page.locator("#vk-trek-positie")).to_contain_text("Kaart 1 van 2")
    page.keyboard.press("o")  # drawn shuffled; O puts the cards in order
    expect(page.locator(".vk-trek__tekst")).to_have_text(card_text(page, "wv-waarheid"))
    page.keyboard.press("ArrowRight")
    expect(page.locator(".vk-trek__tekst")).to_have_text("Wie zou je nog eens willen zien?")
    page.keyboard.press("ArrowLeft")
    expect(page.locator("#vk-trek-positie")).to_contain_text("Kaart 1 van 2")
    page.keyboard.press("s")
    expect(page.locator("#vk-trek-positie")).to_contain_text("Kaart 1 van 2")
    expect(page.locator("input.md-search__input")).not_to_be_focused()
    page.keyboard.press("Space")
    expect(page.locator("#vk-trek-positie")).to_contain_text("Kaart 2 van 2")
    for _ in range(6):
        page.keyboard.press("Tab")
        assert page.evaluate("document.getElementById('vk-trek').contains(document.activeElement)")
    size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.vk-trek__tekst')).fontSize)")
    assert size >= 40, f"tekst op het scherm maar {size}px"
    assert axe_violations(page) == []
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(trigger).to_be_focused()
    assert recorder.errors == [], recorder.errors
    assert recorder.outside(base_url.split("/een/")[0]) == []


def test_share_link_export_import_and_clear(page: Page, base_url: str, tmp_path: Path) -> None:
    """A choice travels as a link (card ids in the URL) and as a small JSON file; one button
    clears everything."""
    recorder = open_page(page, base_url)
    for card in CHOSEN[:2]:
        page.locator(f"#kaart-{card} .vk-kies input").check()
    page.locator("[data-actie=delen]").click()
    link = page.locator("#vk-link").input_value()
    assert link.endswith("vraagkaarten.html?kaarten=" + ",".join(CHOSEN[:2])), link

    with page.expect_download() as download:
        page.locator("[data-actie=exporteren]").click()
    saved = tmp_path / "keuze.json"
    download.value.save_as(saved)
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["gekozen"] == CHOSEN[:2]
    assert saved.stat().st_size < 2000

    page.once("dialog", lambda dialog: dialog.dismiss())
    page.locator("[data-actie=wissen]").click()
    expect(page.locator("#vk-aantal")).to_have_text("2 kaarten gekozen")  # "Annuleren" keeps everything
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator("[data-actie=wissen]").click()
    expect(page.locator("#vk-aantal")).to_have_text("0 kaarten gekozen")
    stored = json.loads(page.evaluate("k => localStorage.getItem(k)", KEY) or "{}")
    assert not stored.get("gekozen") and not stored.get("favorieten") and not stored.get("eigen")
    page.locator("#vk-bestand").set_input_files(str(saved))
    expect(page.locator("#vk-aantal")).to_have_text("2 kaarten gekozen")

    page.once("dialog", lambda dialog: dialog.accept())
    page.locator("[data-actie=wissen]").click()
    assert page.evaluate("localStorage.length") == 0, "na wissen blijft iets bewaard"
    page.goto(link, wait_until="networkidle")
    expect(page.locator(".vk-gedeeld")).to_be_visible()
    expect(page.locator("#vk-bouwer")).to_be_visible()
    page.locator("[data-actie=gedeeld-gebruiken]").click()
    expect(page.locator("#vk-aantal")).to_have_text("2 kaarten gekozen")
    for card in CHOSEN[:2]:
        expect(page.locator(f"#kaart-{card} .vk-kies input")).to_be_checked()
    assert recorder.errors == [], recorder.errors
    assert recorder.outside(base_url.split("/een/")[0]) == []


def test_a_shared_link_counts_only_real_cards(page: Page, base_url: str) -> None:
    """Names every JavaScript object has (constructor, __proto__) are no cards in a shared link."""
    page.goto(base_url + PAGE + "?kaarten=constructor,toString,__proto__,wv-vertrouw", wait_until="networkidle")
    expect(page.locator(".vk-gedeeld")).to_be_visible()
    page.locator("[data-actie=gedeeld-gebruiken]").click()
    expect(page.locator("#vk-aantal")).to_have_text("1 kaart gekozen")
    stored = json.loads(page.evaluate("k => sessionStorage.getItem(k)", KEY) or "{}")
    assert stored.get("gekozen") == ["wv-vertrouw"]


def add_own(page: Page, text: str) -> str:
    """Add an own question with the builder's form; return its id (chosen at once)."""
    page.locator("#vk-eigen-tekst").fill(text)
    page.locator("#vk-eigen-form button[type=submit]").click()
    expect(page.locator("#vk-eigen-kaarten > li").filter(has_text=text)).to_have_count(1)
    return page.locator("#vk-eigen-kaarten > li").filter(has_text=text).get_attribute("id").removeprefix("kaart-")


def open_file(page: Page, data: dict) -> None:
    """Open a choice file (as 'Open een bestand' does), given as a buffer."""
    page.locator("#vk-bestand").set_input_files(
        {"name": "vraagkaarten-keuze.json", "mimeType": "application/json", "buffer": json.dumps(data).encode()}
    )


def own_texts(page: Page) -> list[str]:
    """The texts of the own cards on the page."""
    return page.locator(f"#vk-eigen-kaarten > li {TEXT}").all_text_contents()


def stored(page: Page) -> dict:
    """What the builder keeps in this tab."""
    return json.loads(page.evaluate("k => sessionStorage.getItem(k)", KEY) or "{}")


def test_a_file_repeating_an_own_questions_id_is_refused_in_dutch(page: Page, base_url: str) -> None:
    """Two own questions with one id in a file: refused with a message naming both, nothing changed."""
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.accept()))
    recorder = open_page(page, base_url)
    page.locator(f"#kaart-{CHOSEN[0]} .vk-kies input").check()
    add_own(page, "Wie belt er als het misgaat?")
    before = stored(page)
    open_file(
        page,
        {
            "soort": "vraagkaarten-keuze",
            "versie": 1,
            "gekozen": ["eigen-abc"],
            "favorieten": [],
            "eigen": [
                {"id": "eigen-abc", "tekst": "Eerste vraag"},
                {"id": "eigen-def", "tekst": "Tweede vraag"},
                {"id": "eigen-abc", "tekst": "Derde vraag"},
            ],
        },
    )
    expect(page.locator("#vk-status")).to_have_text(
        "Eigen vraag 3 heeft hetzelfde kenmerk als eigen vraag 1. Er is niets veranderd."
    )
    assert own_texts(page) == ["Wie belt er als het misgaat?"]
    expect(page.locator("#vk-aantal")).to_have_text("2 kaarten gekozen")
    assert stored(page) == before and dialogs == []
    assert recorder.errors == [], recorder.errors


def test_an_imported_own_question_never_loses_its_text(page: Page, base_url: str) -> None:
    """A file's own question with the id of an own card here but other text is kept as a new own card
    (its choice and star follow it); with the same text it is the same card. The builder asks (in Dutch)
    before it replaces the choice, and says how many own questions were added."""
    dialogs: list[str] = []
    answer = {"ja": False}
    page.on("dialog", lambda d: (dialogs.append(d.message), d.accept() if answer["ja"] else d.dismiss()))
    recorder = open_page(page, base_url)
    mine = add_own(page, "Wie belt er als het misgaat?")
    data = {
        "soort": "vraagkaarten-keuze",
        "versie": 1,
        "gekozen": [mine, CHOSEN[1]],
        "favorieten": [mine],
        "eigen": [{"id": mine, "tekst": "Bij wie kun je altijd terecht?"}],
    }

    before = stored(page)
    with page.expect_event("dialog"):
        open_file(page, data)  # "Annuleren": nothing changes
    assert len(dialogs) == 1 and "vervangt je keuze (nu 1 kaart)" in dialogs[0] and "0 favorieten" in dialogs[0], (
        dialogs
    )
    assert own_texts(page) == ["Wie belt er als het misgaat?"] and stored(page) == before

    answer["ja"] = True
    open_file(page, data)
    expect(page.locator("#vk-status")).to_contain_text("1 eigen vraag toegevoegd.")
    expect(page.locator("#vk-status")).to_contain_text(
        "1 eigen vraag had het kenmerk van een eigen vraag hier met een andere tekst"
    )
    assert len(dialogs) == 2
    assert own_texts(page) == ["Wie belt er als het misgaat?", "Bij wie kun je altijd terecht?"]
    kept = stored(page)
    new = next(v["id"] for v in kept["eigen"] if v["tekst"] == "Bij wie kun je altijd terecht?")
    assert new != mine and sorted(kept["gekozen"]) == sorted([new, CHOSEN[1]]) and kept["favorieten"] == [new]
    expect(page.locator(f"#kaart-{new} .vk-kies input")).to_be_checked()
    expect(page.locator(f"#kaart-{mine} .vk-kies input")).not_to_be_checked()

    # A file with both own questions and this very choice: the same cards (same id, same text), so
    # nothing is added and, with nothing to replace, nothing is asked.
    open_file(
        page,
        {
            **data,
            "gekozen": [CHOSEN[1], new],
            "eigen": [
                {"id": new, "tekst": "Bij wie kun je altijd terecht?"},
                {"id": mine, "tekst": "Wie belt er als het misgaat?"},
            ],
            "favorieten": [new],
        },
    )
    expect(page.locator("#vk-status")).to_contain_text("geen eigen vragen toegevoegd (2 stonden er al)")
    assert len(dialogs) == 2, dialogs
    assert own_texts(page) == ["Wie belt er als het misgaat?", "Bij wie kun je altijd terecht?"]
    now = stored(page)
    assert (
        now["eigen"] == kept["eigen"]
        and sorted(now["gekozen"]) == sorted(kept["gekozen"])
        and now["favorieten"] == [new]
    )
    assert recorder.errors == [], recorder.errors


@pytest.mark.parametrize("size", [(320, 256), (320, 400), (568, 320)])
def test_draw_mode_shows_the_question_on_a_short_screen(page: Page, base_url: str, size: tuple[int, int]) -> None:
    """On a phone on its side or at 400 % zoom the drawn card's question is on screen (not squeezed to
    nothing), and arrow down scrolls the dialog to what is below it (WCAG 1.4.10, 1.4.4)."""
    page.set_viewport_size({"width": size[0], "height": size[1]})
    open_page(page, base_url)
    page.locator("#vk-trek-bron").select_option("alle")
    page.locator("[data-actie=trek]").click()
    dialog = page.locator("#vk-trek")
    expect(dialog).to_be_visible()
    page.keyboard.press("o")  # every card in order, from the first
    box = page.locator("#vk-trek-kaart").bounding_box()
    assert box and box["height"] > 10, box
    hidden = page.evaluate(
        """() => {
          const n = parseInt(document.getElementById("vk-trek-positie").textContent.split(" van ")[1]), wrong = [];
          for (let i = 0; i < n; i++) {
            const t = document.querySelector(".vk-trek__tekst").getBoundingClientRect();
            if (!(t.height > 10 && t.top >= -1 && t.top + 14 <= innerHeight)) wrong.push(i + 1 + ": " + Math.round(t.top));
            document.querySelector('#vk-trek [data-actie="volgende"]').click();
          }
          return wrong;
        }"""
    )
    assert not hidden, f"de vraag staat niet op het scherm bij kaart {hidden[:5]}"
    if dialog.evaluate("d => d.scrollHeight > d.clientHeight + 1"):
        page.locator("[data-actie=volgende]").focus()
        dialog.evaluate("d => { d.scrollTop = 0; }")
        page.keyboard.press("ArrowDown")
        expect(page.locator("#vk-trek-positie")).to_contain_text("Kaart 1 van")  # scrolled, not the next card
        page.wait_for_function("document.getElementById('vk-trek').scrollTop > 0")  # (scrolling may be smooth)


def test_a_slow_builder_says_it_is_loading(browser: Browser, base_url: str) -> None:
    """On a slow line, pressing 'Kaarten samenstellen' shows 'Bezig met laden…' (focused, a status)
    where the button was until the builder is there and takes the focus; never nothing at all.
    (Without the offline copy: a script the service worker already holds would not be slow.)"""
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    page.goto(base_url + PAGE, wait_until="networkidle")
    held = []  # the builder's script is held back (a slow line) until the test lets it through
    page.route("**/assets/vraagkaarten/vraagkaarten.js", lambda route: held.append(route))
    page.get_by_role("button", name=START).click()
    busy = page.locator(".laad-bezig")
    expect(busy).to_have_text("Bezig met laden…")
    expect(busy).to_be_focused()
    expect(busy).to_have_attribute("role", "status")
    page.wait_for_timeout(500)
    expect(busy).to_be_visible()
    assert held, "het script van de bouwer is niet gevraagd"
    held[0].continue_()
    expect(page.locator("#vk-bouwer-kop")).to_be_focused(timeout=15_000)
    expect(busy).to_have_count(0)
    context.close()
