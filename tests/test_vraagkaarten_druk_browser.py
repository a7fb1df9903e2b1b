"""Deck builder print in Chromium (nl-NL): the back offset understands a Dutch comma, and the print
uses the bundled font."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from handreiking.druk.uitgave import load_uitgave
from test_vraagkaarten_browser import CHOSEN, open_page

ROOT = Path(__file__).resolve().parent.parent

LEFT_8 = 10.0 + 93.0 + 4.0 - 2.0  # mm: the first card's back on an 8-sheet: right column (mirrored), 2 mm bleed


def back_left(page: Page) -> float:
    """Where the first card's back is placed on the print sheet, in mm (its inline style)."""
    style = page.locator(".vk-print .vk-vel--achter .vk-plek").first.get_attribute("style")
    return float(re.search(r"left:\s*(-?[\d.]+)mm", style).group(1))


def type_offset(page: Page, text: str) -> None:
    """Type a value into the x offset and leave the field (a change event, as a user does)."""
    field = page.locator("#vk-offset-x")
    field.fill("")
    field.press_sequentially(text)
    field.press("Tab")


@pytest.mark.parametrize(
    ("typed", "mm", "shown"),
    [
        ("1,5", 1.5, "1,5"),
        ("1.5", 1.5, "1,5"),
        ("-0,5", -0.5, "−0,5"),
        ("−0,5", -0.5, "−0,5"),
        ("10", 10.0, "10"),
    ],
)
def test_offset_accepts_a_dutch_comma_and_says_what_it_uses(
    page: Page, base_url: str, typed: str, mm: float, shown: str
) -> None:
    """Typing 1,5 (or 1.5, -0,5, −0,5) moves the backs by that many mm and says so: 'Verschuiving: x 1,5 mm'."""
    open_page(page, base_url)
    page.locator(f"#kaart-{CHOSEN[0]} .vk-kies input").check()
    assert back_left(page) == pytest.approx(LEFT_8)
    type_offset(page, typed)
    expect(page.locator("#vk-offset-melding")).to_have_text(f"Verschuiving: x {shown} mm, y 0 mm")
    assert back_left(page) == pytest.approx(LEFT_8 + mm, abs=0.01)
    expect(page.locator("#vk-offset-x")).to_have_value(shown)
    expect(page.locator("#vk-offset-x")).not_to_have_attribute("aria-invalid", "true")


@pytest.mark.parametrize("typed", ["abc", "1,5,5", "11", "-10,5", "1,5 mm", ""])
def test_offset_refuses_anything_else_in_dutch_and_keeps_the_last_value(page: Page, base_url: str, typed: str) -> None:
    """Not a number from −10 to 10: a Dutch message, the field marked invalid, the offset used so far kept."""
    open_page(page, base_url)
    page.locator(f"#kaart-{CHOSEN[0]} .vk-kies input").check()
    type_offset(page, "2,5")
    type_offset(page, typed)
    message = page.locator("#vk-offset-melding")
    expect(message).to_contain_text("vul een getal in van −10 tot 10 mm")
    expect(message).to_contain_text("Nu gebruikt: x 2,5 mm")
    expect(page.locator("#vk-offset-x")).to_have_attribute("aria-invalid", "true")
    assert back_left(page) == pytest.approx(LEFT_8 + 2.5, abs=0.01)


def test_printed_back_moves_by_the_typed_offset_and_uses_the_bundled_font(
    page: Page, base_url: str, tmp_path: Path
) -> None:
    """In the printed PDF (page.pdf) the back's label lies 1.5 mm further right after typing 1,5 (± 0.3 mm),
    every font in it is Atkinson Hyperlegible, and each sheet's margin says which sheet it is, how to print
    it and the site's edition (data/uitgave.yml), as the ready-made PDFs do."""
    open_page(page, base_url)
    page.locator(f"#kaart-{CHOSEN[0]} .vk-kies input").check()
    deck = page.locator(".vk-print .vk-achter__stapel").first.text_content()

    def printed(name: str) -> Path:
        """The page as printed."""
        pdf = tmp_path / f"{name}.pdf"
        page.emulate_media(media="print")
        page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
        page.emulate_media(media="screen")
        return pdf

    def label_x(pdf: Path) -> float:
        """The left edge (mm) of the first word of the deck's name on the printed back."""
        out = subprocess.run(
            ["pdftotext", "-bbox", "-f", "2", "-l", "2", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        first = re.escape(deck.split()[0].strip())
        return float(re.search(rf'<word xMin="([\d.]+)"[^>]*>{first}</word>', out).group(1)) * 25.4 / 72

    before = label_x(printed("zonder"))
    type_offset(page, "1,5")
    pdf = printed("met")
    assert label_x(pdf) - before == pytest.approx(1.5, abs=0.3)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    names = {re.sub(r"^[A-Z]{6}\+", "", line.split()[0]) for line in fonts.splitlines()[2:]}
    assert names and all(n.replace("-", "").startswith("AtkinsonHyperlegible") for n in names), names
    edition = load_uitgave(ROOT)["tekst"]
    for number, side in ((1, "voorkant"), (2, "achterkant")):
        text = " ".join(
            subprocess.run(
                ["pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split()
        )
        assert f"Vraagkaarten: zelf samengesteld · vel 1 van 1, {side}" in text, text
        assert "Druk dubbelzijdig af, omslaan langs de lange kant, op werkelijke grootte (100 %)" in text, text
        assert edition in text and "deze lijn is 50 mm" in text, text


def open_draw_mode(page: Page, base_url: str) -> list[str]:
    """Open 'Trek een kaart' on all cards; return the card texts in the page's order."""
    open_page(page, base_url)
    page.locator("#vk-trek-bron").select_option("alle")
    page.locator("[data-actie=trek]").click()
    expect(page.locator("#vk-trek")).to_be_visible()
    return [t.strip() for t in page.locator(".vk-stapel .vk-raster > li p:not([class])").all_text_contents()]


def drawn(page: Page, count: int) -> list[str]:
    """The texts of the next `count` cards in draw mode, from the one shown."""
    texts = []
    for _ in range(count):
        texts.append(page.locator(".vk-trek__tekst").text_content().strip())
        page.locator('#vk-trek [data-actie="volgende"]').click()
    return texts


def test_draw_mode_shuffles_on_open_and_op_volgorde_puts_it_in_order(page: Page, base_url: str) -> None:
    """Opening draws the cards shuffled (not the page's order); 'Op volgorde' deals them as on the page."""
    ordered = open_draw_mode(page, base_url)
    assert len(ordered) > 50
    total = page.locator("#vk-trek-positie").text_content()
    assert f"Kaart 1 van {len(ordered)}" in total
    first = drawn(page, 5)
    assert first != ordered[:5], "getrokken in de volgorde van de pagina"
    page.get_by_role("button", name="Op volgorde (O)").click()
    expect(page.locator("#vk-trek-positie")).to_contain_text(f"Kaart 1 van {len(ordered)}")
    assert drawn(page, 5) == ordered[:5]


FITS = """() => {
  const vak = document.querySelector('#vk-trek-kaart'), box = vak.getBoundingClientRect();
  const parts = [...vak.querySelectorAll('p')].map(p => p.getBoundingClientRect());
  const buttons = [...document.querySelectorAll('#vk-trek button')].map(b => b.getBoundingClientRect());
  return {
    clipped: vak.scrollHeight > vak.clientHeight + 1 || parts.some(r => r.top < box.top - 1 || r.bottom > box.bottom + 1),
    buttons: buttons.every(r => r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth),
    size: parseFloat(getComputedStyle(vak.querySelector('.vk-trek__tekst')).fontSize),
    text: vak.querySelector('.vk-trek__tekst').textContent,
  };
}"""


def test_every_card_fits_a_1280_by_720_screen_with_its_buttons(page: Page, base_url: str) -> None:
    """At 1280×720 every card of every deck is wholly in its box (long ones shrink their text) and all
    buttons stay in the window; short cards keep their large text."""
    page.set_viewport_size({"width": 1280, "height": 720})
    ordered = open_draw_mode(page, base_url)
    page.get_by_role("button", name="Op volgorde (O)").click()
    problems, sizes = [], []
    for _ in ordered:
        state = page.evaluate(FITS)
        sizes.append(state["size"])
        if state["clipped"] or not state["buttons"]:
            problems.append(f"{state['text'][:60]!r}: {'afgesneden' if state['clipped'] else 'knoppen buiten beeld'}")
        page.locator('#vk-trek [data-actie="volgende"]').click()
    assert not problems, "\n".join(problems[:10])
    assert max(sizes) >= 40 and min(sizes) >= 14, (min(sizes), max(sizes))
