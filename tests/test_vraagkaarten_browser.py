"""Vraagkaarten in Chromium: the deck builder, browser print, storage, sharing and draw mode."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

from playwright.sync_api import Page, expect

from axe_rules import axe_violations
from recorder import Recorder
from vraagkaarten_bron import squash

PAGE = "werkmateriaal/vraagkaarten.html"
CHOSEN = ["wv-vertrouw", "last-wakker", "ff-schatting"]
OWN = "<img src=x onerror=alert(1)>"


def open_page(page: Page, base_url: str) -> Recorder:
    """Open the card page and wait until the builder is there; record requests and errors."""
    recorder = Recorder(page)
    page.goto(base_url + PAGE, wait_until="networkidle")
    expect(page.locator("#vk-bouwer")).to_be_visible()
    return recorder


def card_text(page: Page, card_id: str) -> str:
    """The question on a card."""
    return page.locator(f"#kaart-{card_id} .vk-kaart__tekst").text_content()


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
    others = page.locator(".vk-stapel .vk-kaart__tekst").all_text_contents()
    extra = [t for t in others if t not in wanted and squash(t) in printed]
    assert not extra, f"niet gekozen maar afgedrukt: {extra}"
    page.emulate_media(media="screen")

    page.reload(wait_until="networkidle")
    for card in CHOSEN:
        expect(page.locator(f"#kaart-{card} .vk-kies input")).to_be_checked()
    expect(page.locator("#kaart-wv-sleutel .vk-ster")).to_have_attribute("aria-pressed", "true")
    own = page.locator("#vk-eigen-kaarten .vk-cel")
    expect(own).to_have_count(1)
    expect(own.locator(".vk-kaart__tekst")).to_have_text(OWN)
    expect(own.locator(".vk-kies input")).to_be_checked()
    assert page.locator("#vk-eigen-kaarten img").count() == 0
    assert dialogs == [] and page.evaluate("typeof window.__x") == "undefined"
    assert recorder.errors == [], recorder.errors
    assert recorder.outside(base_url.split("/een/")[0]) == []


def test_builder_and_draw_mode_by_keyboard_alone_and_axe_clean(page: Page, base_url: str) -> None:
    """Choose, star, add an own question and draw cards with the keyboard only; the focus
    stays in the draw mode until Escape returns it; axe finds nothing, builder open or drawing."""
    recorder = open_page(page, base_url)
    page.locator("#kaart-wv-waarheid .vk-kies input").focus()
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

    page.locator("[data-actie=wissen]").click()
    expect(page.locator("#vk-aantal")).to_have_text("0 kaarten gekozen")
    stored = json.loads(page.evaluate("localStorage.getItem('vraagkaarten:v1')") or "{}")
    assert not stored.get("gekozen") and not stored.get("favorieten") and not stored.get("eigen")
    page.locator("#vk-bestand").set_input_files(str(saved))
    expect(page.locator("#vk-aantal")).to_have_text("2 kaarten gekozen")

    page.locator("[data-actie=wissen]").click()
    page.goto(link, wait_until="networkidle")
    expect(page.locator(".vk-gedeeld")).to_be_visible()
    page.locator("[data-actie=gedeeld-gebruiken]").click()
    expect(page.locator("#vk-aantal")).to_have_text("2 kaarten gekozen")
    for card in CHOSEN[:2]:
        expect(page.locator(f"#kaart-{card} .vk-kies input")).to_be_checked()
    assert recorder.errors == [], recorder.errors
    assert recorder.outside(base_url.split("/een/")[0]) == []
